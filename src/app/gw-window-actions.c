/* gw-window-actions.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "win." actions: what the menus, buttons and keyboard shortcuts of a
 * window do. Accelerators are set by GwApplication; buttons and menus refer
 * to these names and never duplicate a handler.
 */

#define G_LOG_DOMAIN "gw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-application.h"
#include "gw-demo.h"
#include "gw-details-window.h"
#include "gw-export.h"
#include "gw-ui-utils.h"
#include "gw-window-private.h"

void
_gw_window_update_actions (GwWindow *self)
{
  gboolean has_audit = self->audit != NULL;
  gboolean writable = has_audit && !gw_audit_get_read_only (self->audit);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_audit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.details", has_audit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-audit", has_audit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_audit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-requirement", has_audit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-requirement", has_audit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.set-result", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-sidebar", has_audit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-risk", has_audit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_audit && self->export_toast == NULL);
}

/* Opens @file here when this window shows the start page, else in a new
 * window; a file already open somewhere is brought to the front. */
static void
open_in_suitable_window (GwWindow *self,
                         GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->audit == NULL)
    gw_window_open_file (self, file);
  else
    gw_application_open_file (GW_APPLICATION (app), file);
}

static void
open_picked_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(GwWindow) self = user_data;

  if (file != NULL)
    open_in_suitable_window (self, file);
}

static void
gw_window_open_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  g_autoptr(GtkFileFilter) filter = gw_audit_file_filter ();

  gw_pick_file (widget, _("Open Audit"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL, filter,
                open_picked_cb, g_object_ref (widget));
}

static void
gw_window_open_recent_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  open_in_suitable_window (GW_WINDOW (widget), file);
}

static void
gw_window_open_demo_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "gapwise", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo audit.gapwise", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GError) error = NULL;

  /* The demo is made fresh each time, so it always starts half-way. */
  if (gw_audit_find_open (file) != NULL)
    {
      gw_application_open_file (GW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), file);
      return;
    }

  g_mkdir_with_parents (dir, 0700);
  g_file_delete (file, NULL, NULL);
  audit = gw_demo_create (file, &error);
  if (audit == NULL)
    {
      _gw_window_report_error (self, _("The demo audit could not be created"), error);
      return;
    }

  gw_window_set_audit (self, audit);
}

static void
gw_window_new_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GwDetailsWindow *details = gw_details_window_new_for_create (GW_WINDOW (widget));

  gtk_window_present (GTK_WINDOW (details));
}

static void
gw_window_details_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);
  GwDetailsWindow *details;

  if (self->audit == NULL)
    return;

  details = gw_details_window_new_for_edit (self, self->audit);
  gtk_window_present (GTK_WINDOW (details));
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GwWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gw_audit_save_finish (GW_AUDIT (object), result, &error))
    _gw_window_report_error (self, _("The audit could not be saved"), error);
  else
    gw_window_show_toast (self, _("Saved"));
}

static void
gw_window_save_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->audit == NULL)
    return;

  if (!gw_requirement_editor_commit (self->editor, &error))
    {
      _gw_window_report_error (self, _("Your last change could not be saved"), error);
      return;
    }

  gw_audit_save_async (self->audit, self->cancellable, save_done_cb, g_object_ref (self));
}

static void
save_as_picked_cb (GFile    *file,
                   gpointer  user_data)
{
  g_autoptr(GwWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->audit == NULL)
    return;

  if (!gw_requirement_editor_commit (self->editor, &error) ||
      !gw_audit_save_as (self->audit, file, &error))
    {
      _gw_window_report_error (self, _("The audit could not be saved"), error);
      return;
    }

  _gw_window_update_actions (self);
  gw_window_show_toast (self, _("Saved"));
}

static void
gw_window_save_as_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gw_audit_file_filter ();
  g_autofree char *name = NULL;

  if (self->audit == NULL)
    return;

  name = g_file_get_basename (gw_audit_get_file (self->audit));
  gw_pick_file (widget, _("Save Audit As"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), name, filter,
                save_as_picked_cb, g_object_ref (self));
}

static void
gw_window_close_audit_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!gw_window_close_audit (self, &error))
    _gw_window_report_error (self, _("The audit could not be saved"), error);
}

static void
gw_window_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "checklist");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar));
  gw_clause_sidebar_focus_search (self->sidebar);
}

static void
gw_window_show_sidebar_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Shows the Risks view with @param (a risk id) selected; 0 just shows the
 * view. The Overview's warnings and the Measures view use it. */
static void
gw_window_show_risk_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);
  gint64 risk_id = g_variant_get_int64 (param);

  if (self->audit == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "risks");
  if (risk_id != 0)
    gw_risks_view_select_risk (self->risks_view, risk_id);
}

static void
move_requirement (GwWindow *self,
                  int       direction)
{
  gint64 current = 0, next;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "requirement") == 0)
    current = gw_requirement_editor_get_requirement (self->editor);

  adw_view_stack_set_visible_child_name (self->view_stack, "checklist");
  next = gw_clause_sidebar_get_adjacent_requirement (self->sidebar, current, direction);
  if (next != 0)
    {
      gw_clause_sidebar_select_requirement (self->sidebar, next);
      /* An explicit "next" means the user wants to work on it. */
      gw_requirement_editor_focus_default (self->editor);
    }
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
gw_window_next_requirement_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  move_requirement (GW_WINDOW (widget), 1);
}

static void
gw_window_previous_requirement_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  move_requirement (GW_WINDOW (widget), -1);
}

static void
gw_window_set_result_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);
  GwResult result;

  if (!gw_result_from_id (g_variant_get_string (param, NULL), &result))
    return;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "requirement") != 0 ||
      gw_requirement_editor_get_requirement (self->editor) == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  gw_requirement_editor_set_result (self->editor, result);
}

/* Export to Excel ------------------------------------------------------- */

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GwWindow) self = user_data;
  GFile *file = g_object_get_data (G_OBJECT (self), "gw-export-file");
  g_autoptr(GError) error = NULL;

  if (self->export_toast != NULL)
    adw_toast_dismiss (self->export_toast);
  g_clear_object (&self->export_toast);
  _gw_window_update_actions (self);

  if (!gw_export_write_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _gw_window_report_error (self, _("The workbook could not be exported"), error);
      return;
    }

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.launch-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

/**
 * gw_window_export_to:
 *
 * Writes the open audit's workbook to @file in a worker thread; a toast
 * shows the progress and, at the end, offers to open the workbook.
 */
void
gw_window_export_to (GwWindow *self,
                      GFile    *file)
{
  const GwExportOptions options = GW_EXPORT_OPTIONS_DEFAULT;
  g_autoptr(GError) error = NULL;

  if (self->audit == NULL || self->export_toast != NULL)
    return;

  if (!gw_requirement_editor_commit (self->editor, &error))
    {
      _gw_window_report_error (self, _("Your last change could not be saved"), error);
      return;
    }

  self->export_toast = g_object_ref (adw_toast_new (_("Exporting the workbook…")));
  adw_toast_set_timeout (self->export_toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->export_toast));
  _gw_window_update_actions (self);

  g_object_set_data_full (G_OBJECT (self), "gw-export-file", g_object_ref (file), g_object_unref);
  gw_export_write_async (self->audit, &options, file, self->cancellable, export_done_cb, g_object_ref (self));
}

static void
export_picked_cb (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(GwWindow) self = user_data;

  if (file != NULL)
    gw_window_export_to (self, file);
}

static void
gw_window_export_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  GwWindow *self = GW_WINDOW (widget);
  g_autoptr(GwAuditDetails) details = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->audit == NULL)
    return;

  details = gw_audit_get_details (self->audit, NULL);
  name = details ? gw_export_suggest_name (details) : g_strdup ("gap-analysis.xlsx");
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gw_pick_file (widget, _("Export to Excel"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name, filter,
                export_picked_cb, g_object_ref (self));
}

static void
gw_window_launch_uri_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  gw_launch_file (widget, file);
}

static void
gw_window_toast_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  gw_window_show_toast (GW_WINDOW (widget), g_variant_get_string (param, NULL));
}

void
_gw_window_class_actions_init (GwWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, gw_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, gw_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", gw_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, gw_window_open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, gw_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, gw_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.details", NULL, gw_window_details_action);
  gtk_widget_class_install_action (widget_class, "win.close-audit", NULL, gw_window_close_audit_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, gw_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, gw_window_show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-risk", "x", gw_window_show_risk_action);
  gtk_widget_class_install_action (widget_class, "win.next-requirement", NULL,
                                   gw_window_next_requirement_action);
  gtk_widget_class_install_action (widget_class, "win.previous-requirement", NULL,
                                   gw_window_previous_requirement_action);
  gtk_widget_class_install_action (widget_class, "win.set-result", "s", gw_window_set_result_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", gw_window_toast_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, gw_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.launch-uri", "s", gw_window_launch_uri_action);
}
