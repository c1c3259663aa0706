/* gw-window.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window shows one audit, or the start page when none is open. With an
 * audit it is an AdwLeaflet: the clause sidebar on the left, the clause
 * page or requirement editor on the right, folding to one pane in a narrow
 * window. The header shows the organisation, the file name and whether the
 * latest edits are on disk yet. The actions behind the menus and shortcuts
 * are in gw-window-actions.c.
 */

#define G_LOG_DOMAIN "gw-window"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "gw-ui-utils.h"
#include "gw-window-private.h"

G_DEFINE_FINAL_TYPE (GwWindow, gw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_AUDIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (GwWindow *self)
{
  g_autoptr(GwAuditDetails) details = NULL;
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  const char *state;
  const char *title;

  if (self->audit == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), "Gapwise");
      return;
    }

  details = gw_audit_get_details (self->audit, NULL);
  name = g_file_get_basename (gw_audit_get_file (self->audit));

  switch (gw_audit_get_save_state (self->audit))
    {
    case GW_SAVE_STATE_PENDING:
    case GW_SAVE_STATE_SAVING:
      state = _("Saving…");
      break;
    case GW_SAVE_STATE_FAILED:
      state = _("Not saved");
      break;
    case GW_SAVE_STATE_SAVED:
    default:
      state = gw_audit_get_read_only (self->audit) ? _("Read-only") : _("Saved");
      break;
    }

  title = details && details->organisation && *details->organisation ? details->organisation : name;
  /* Translators: the window subtitle, "file name — save state" */
  subtitle = g_strdup_printf (_("%s — %s"), name, state);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_label (self->save_state_label, state);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_state_label),
                               g_file_peek_path (gw_audit_get_file (self->audit)));

  if (gw_audit_get_save_state (self->audit) == GW_SAVE_STATE_FAILED)
    {
      const GError *error = gw_audit_get_save_error (self->audit);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_state_icon), error ? error->message : NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->save_state_icon), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->save_state_icon), FALSE);
}

/* The back button leads from the requirement to the checklist when the
 * leaflet is folded to one pane. */
static void
update_back_button (GwWindow *self)
{
  gboolean visible = adw_leaflet_get_folded (self->leaflet) &&
                     adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->content_stack) &&
                     g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "checklist") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), visible);
}

static void
save_state_changed_cb (GwWindow   *self,
                       GParamSpec *pspec,
                       GwAudit    *audit)
{
  const GError *error;

  update_title (self);

  error = gw_audit_get_save_error (audit);
  if (gw_audit_get_save_state (audit) == GW_SAVE_STATE_FAILED && error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Changes are kept safe but could not be written to the file: %s"),
                                                  error->message);
      gw_window_show_toast (self, message);
    }
}

static void
audit_changed_cb (GwWindow   *self,
                  const char *entity,
                  gint64      id,
                  GwAudit    *audit)
{
  if (g_strcmp0 (entity, "audit") == 0)
    update_title (self);
}

static void
author_changed_cb (GwWindow   *self,
                   const char *key,
                   GSettings  *settings)
{
  g_autofree char *author = g_settings_get_string (settings, "author-name");

  if (self->audit && author && *author)
    gw_audit_set_author (self->audit, author);
}

static void
sidebar_requirement_selected_cb (GwWindow        *self,
                                 gint64           requirement_id,
                                 GwClauseSidebar *sidebar)
{
  g_autoptr(GError) error = NULL;

  if (gw_requirement_editor_get_requirement (self->editor) != requirement_id &&
      !gw_requirement_editor_commit (self->editor, &error))
    _gw_window_report_error (self, _("Your last change could not be saved"), error);

  gw_requirement_editor_set_requirement (self->editor, requirement_id);
  gtk_stack_set_visible_child_name (self->content_stack, "requirement");

  /* Side by side, a user walking the list with the arrow keys keeps the
   * list's focus; folded, the form replaces the list and takes it. */
  if (!adw_leaflet_get_folded (self->leaflet))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)))
        gw_requirement_editor_keep_focus_away (self->editor);
    }

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
sidebar_clause_selected_cb (GwWindow        *self,
                            gint64           clause_id,
                            GwClauseSidebar *sidebar)
{
  g_autoptr(GError) error = NULL;

  if (!gw_requirement_editor_commit (self->editor, &error))
    _gw_window_report_error (self, _("Your last change could not be saved"), error);

  gw_clause_page_set_clause (self->clause_page, clause_id);
  gtk_stack_set_visible_child_name (self->content_stack, "clause");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* A view (clause page, evidence, actions, overview) asks to show a
 * requirement in the checklist. */
static void
requirement_activated_cb (GwWindow  *self,
                          gint64     requirement_id,
                          GtkWidget *view)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "checklist");
  gw_clause_sidebar_select_requirement (self->sidebar, requirement_id);
}

static void
action_activated_cb (GwWindow  *self,
                     gint64     action_id,
                     GtkWidget *view)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "actions");
  gw_actions_view_select_action (self->actions_view, action_id);
}

static void
remember_recent (GwAudit *audit)
{
  g_autofree char *uri = g_file_get_uri (gw_audit_get_file (audit));
  GtkRecentData data = { 0 };

  data.mime_type = (char *) "application/x-gapwise";
  data.app_name = (char *) "Gapwise";
  data.app_exec = (char *) "gapwise %u";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* For the start-up benchmark (tests/gw-bench-ui.c): with GAPWISE_BENCH set,
 * the first frame painted with an audit shown is reported on stdout, and
 * with GAPWISE_BENCH=quit the application then quits. */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  struct timespec now;
  const char *p;
  guint64 start_ticks;

  /* Field 22 of /proc/self/stat: the start time in clock ticks since boot. */
  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || (p = strrchr (stat, ')')) == NULL)
    return -1;
  for (guint field = 2; field < 22 && p; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL)
    return -1;
  start_ticks = g_ascii_strtoull (p + 1, NULL, 10);
  clock_gettime (CLOCK_BOOTTIME, &now);
  return (now.tv_sec + now.tv_nsec / 1e9 - (double) start_ticks / sysconf (_SC_CLK_TCK)) * 1000.0;
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GwWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
  g_print ("gapwise: first frame with the audit after %.0f ms\n", ms_since_process_start ());
  fflush (stdout);

  /* Closing the window (not quitting the application) closes the audit
   * and removes its working copy, as a user's close does. */
  if (g_strcmp0 (g_getenv ("GAPWISE_BENCH"), "quit") == 0)
    gtk_window_close (GTK_WINDOW (self));
}

static void
bench_realize_cb (GwWindow *self)
{
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), self);
}

/**
 * gw_window_set_audit:
 * @audit: (nullable): an open audit, which the window takes over
 *
 * Shows @audit, or the start page for %NULL. The previous audit must have
 * been closed with gw_window_close_audit().
 */
void
gw_window_set_audit (GwWindow *self,
                     GwAudit  *audit)
{
  g_autofree char *author = NULL;

  g_return_if_fail (GW_IS_WINDOW (self));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_data (self->audit, self);

  g_set_object (&self->audit, audit);

  gw_requirement_editor_set_audit (self->editor, audit);
  gw_clause_page_set_audit (self->clause_page, audit);
  gw_clause_sidebar_set_audit (self->sidebar, audit);
  gw_evidence_view_set_audit (self->evidence_view, audit);
  gw_actions_view_set_audit (self->actions_view, audit);
  gw_risks_view_set_audit (self->risks_view, audit);
  gw_measures_view_set_audit (self->measures_view, audit);
  gw_overview_page_set_audit (self->overview_page, audit);

  if (audit != NULL)
    {
      author = g_settings_get_string (self->settings, "author-name");
      if (author && *author)
        gw_audit_set_author (audit, author);

      g_signal_connect_object (audit, "notify::save-state", G_CALLBACK (save_state_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
      if (!gw_audit_get_read_only (audit))
        remember_recent (audit);

      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      gtk_stack_set_visible_child_name (self->main_stack, "audit");
      adw_view_stack_set_visible_child_name (self->view_stack, "checklist");
      adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar));
      gw_clause_sidebar_focus_search (self->sidebar);

      if (g_getenv ("GAPWISE_BENCH") != NULL)
        {
          if (gtk_widget_get_realized (GTK_WIDGET (self)))
            bench_realize_cb (self);
          else
            g_signal_connect (self, "realize", G_CALLBACK (bench_realize_cb), NULL);
        }
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "start");
      gw_start_page_reload (self->start_page);
    }

  update_title (self);
  _gw_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIT]);
}

GwAudit *
gw_window_get_audit (GwWindow *self)
{
  g_return_val_if_fail (GW_IS_WINDOW (self), NULL);
  return self->audit;
}

void
gw_window_select_requirement (GwWindow *self,
                              gint64    requirement_id)
{
  g_return_if_fail (GW_IS_WINDOW (self));
  gw_clause_sidebar_select_requirement (self->sidebar, requirement_id);
}

GtkWidget *
gw_window_get_sidebar (GwWindow *self)
{
  g_return_val_if_fail (GW_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->sidebar);
}

GtkWidget *
gw_window_get_editor (GwWindow *self)
{
  g_return_val_if_fail (GW_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->editor);
}

GtkWidget *
gw_window_get_clause_page (GwWindow *self)
{
  g_return_val_if_fail (GW_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->clause_page);
}

/**
 * gw_window_get_visible_page:
 *
 * Returns: "start", "loading", or, with an audit, "empty", "clause" or
 *   "requirement" for what the content pane shows
 */
const char *
gw_window_get_visible_page (GwWindow *self)
{
  const char *main_page;

  g_return_val_if_fail (GW_IS_WINDOW (self), NULL);

  main_page = gtk_stack_get_visible_child_name (self->main_stack);
  if (g_strcmp0 (main_page, "audit") != 0)
    return main_page;
  return gtk_stack_get_visible_child_name (self->content_stack);
}

void
gw_window_show_toast (GwWindow   *self,
                      const char *message)
{
  AdwToast *toast;

  g_return_if_fail (GW_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A problem the user must read before going on gets a dialog. */
void
_gw_window_report_error (GwWindow     *self,
                         const char   *heading,
                         const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening --------------------------------------------------------------- */

static void
recover_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  g_autoptr(GwWindow) self = user_data;
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *path = g_file_get_path (file);
  GwRecoverable *match = NULL;

  if (g_strcmp0 (response, "cancel") == 0 || response == NULL)
    {
      gw_window_set_audit (self, NULL);
      return;
    }

  found = gw_audit_list_recoverable (&error);
  for (guint i = 0; found && i < found->len; i++)
    {
      GwRecoverable *r = g_ptr_array_index (found, i);
      if (g_strcmp0 (r->original_path, path) == 0)
        match = r;
    }

  if (g_strcmp0 (response, "recover") == 0 && match != NULL)
    {
      g_autoptr(GwAudit) audit = gw_audit_recover (match, &error);

      if (audit == NULL)
        {
          _gw_window_report_error (self, _("The unsaved changes could not be recovered"), error);
          gw_window_set_audit (self, NULL);
          return;
        }
      gw_window_set_audit (self, audit);
      gw_window_show_toast (self, _("Unsaved changes recovered"));
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      if (match != NULL)
        gw_audit_discard_recoverable (match, NULL);
      gw_window_open_file (self, file);
    }
}

static void
ask_recovery (GwWindow *self,
              GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Unsaved Changes Found"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Gapwise closed before it could save the latest changes to “%s”. "
                                    "Recover them, or discard them and open the file as it was last saved."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard Changes"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (recover_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GwWindow *self;
  GFile    *file;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void
open_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  GwWindow *self = data->self;
  GFile *file = data->file;
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_audit_open_finish (result, &error);

  if (audit != NULL)
    {
      gw_window_set_audit (self, audit);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_EXISTS) && file != NULL)
    {
      ask_recovery (self, file);
      return;
    }

  gw_window_set_audit (self, NULL);
  _gw_window_report_error (self, _("The audit could not be opened"), error);
}

/**
 * gw_window_open_file:
 *
 * Opens @file in this window, off the main thread. Errors are shown to the
 * user; the window goes back to the start page.
 */
void
gw_window_open_file (GwWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  OpenData *data;

  g_return_if_fail (GW_IS_WINDOW (self));

  if (self->audit != NULL && !gw_window_close_audit (self, &error))
    {
      _gw_window_report_error (self, _("The open audit could not be closed"), error);
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "loading");

  data = g_new0 (OpenData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  gw_audit_open_async (file, GW_AUDIT_OPEN_NONE, self->cancellable, open_done_cb, data);
}

gboolean
gw_window_create_audit (GwWindow              *self,
                        GFile                 *file,
                        GwCatalogue           *catalogue,
                        const GwAuditDetails  *details,
                        GError               **error)
{
  g_autoptr(GwAudit) audit = NULL;
  g_autofree char *author = NULL;

  g_return_val_if_fail (GW_IS_WINDOW (self), FALSE);

  if (self->audit != NULL && !gw_window_close_audit (self, error))
    return FALSE;

  audit = gw_audit_create (file, catalogue, details, error);
  if (audit == NULL)
    return FALSE;

  gw_window_set_audit (self, audit);
  return TRUE;
}

/**
 * gw_window_close_audit:
 *
 * Saves what the editor holds, writes the audit back and shows the start
 * page. On failure the audit stays open and nothing is lost.
 */
gboolean
gw_window_close_audit (GwWindow  *self,
                       GError   **error)
{
  g_return_val_if_fail (GW_IS_WINDOW (self), FALSE);

  if (self->audit == NULL)
    return TRUE;

  if (!gw_requirement_editor_commit (self->editor, error) ||
      !gw_audit_close (self->audit, error))
    return FALSE;

  gw_window_set_audit (self, NULL);
  return TRUE;
}

/* GObject --------------------------------------------------------------- */

static void
close_failed_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  GwWindow *self = user_data;

  if (g_strcmp0 (response, "close") == 0 && self->audit != NULL)
    {
      /* The working copy stays for recovery at the next start. */
      g_clear_object (&self->audit);
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static gboolean
gw_window_close_request (GtkWindow *window)
{
  GwWindow *self = GW_WINDOW (window);
  g_autoptr(GError) error = NULL;
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (!gw_window_close_audit (self, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (window, _("Changes Could Not Be Saved"), NULL);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("%s\n\nIf you close now, your changes are kept and offered for "
                                        "recovery the next time Gapwise starts."), error->message);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Keep Open"),
                                        "close", _("_Close Anyway"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      g_signal_connect_object (dialog, "response", G_CALLBACK (close_failed_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (gw_window_parent_class)->close_request (window);
}

static void
gw_window_dispose (GObject *object)
{
  GwWindow *self = GW_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->audit != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!gw_audit_close (self->audit, &error))
        g_message ("Closing the audit failed: %s; its changes are kept for recovery", error->message);
      g_clear_object (&self->audit);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_WINDOW);

  G_OBJECT_CLASS (gw_window_parent_class)->dispose (object);
}

static void
gw_window_finalize (GObject *object)
{
  GwWindow *self = GW_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_toast);

  G_OBJECT_CLASS (gw_window_parent_class)->finalize (object);
}

static void
gw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GwWindow *self = GW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      g_value_set_object (value, self->audit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_window_class_init (GwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = gw_window_dispose;
  object_class->finalize = gw_window_finalize;
  object_class->get_property = gw_window_get_property;
  window_class->close_request = gw_window_close_request;

  properties[PROP_AUDIT] =
    g_param_spec_object ("audit", NULL, NULL, GW_TYPE_AUDIT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GW_TYPE_START_PAGE);
  g_type_ensure (GW_TYPE_CLAUSE_SIDEBAR);
  g_type_ensure (GW_TYPE_CLAUSE_PAGE);
  g_type_ensure (GW_TYPE_REQUIREMENT_EDITOR);
  g_type_ensure (GW_TYPE_EVIDENCE_VIEW);
  g_type_ensure (GW_TYPE_ACTIONS_VIEW);
  g_type_ensure (GW_TYPE_RISKS_VIEW);
  g_type_ensure (GW_TYPE_MEASURES_VIEW);
  g_type_ensure (GW_TYPE_OVERVIEW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GwWindow, actions_view);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, clause_page);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, evidence_view);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, measures_view);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, risks_view);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, save_state_icon);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, save_state_label);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GwWindow, view_stack);

  _gw_window_class_actions_init (klass);
}

static void
gw_window_init (GwWindow *self)
{
  /* GtkApplication adds this path itself; a window made without one (the
   * tests, the benchmarks) needs it for the bundled icons. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (SCHEMA_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->settings, "changed::author-name", G_CALLBACK (author_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "requirement-selected",
                           G_CALLBACK (sidebar_requirement_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "clause-selected",
                           G_CALLBACK (sidebar_clause_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clause_page, "requirement-activated",
                           G_CALLBACK (requirement_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->evidence_view, "requirement-activated",
                           G_CALLBACK (requirement_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actions_view, "requirement-activated",
                           G_CALLBACK (requirement_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overview_page, "requirement-activated",
                           G_CALLBACK (requirement_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overview_page, "action-activated",
                           G_CALLBACK (action_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_back_button), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (update_back_button), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (update_back_button), self,
                           G_CONNECT_SWAPPED);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  _gw_window_update_actions (self);
}

GwWindow *
gw_window_new (GtkApplication *application)
{
  return g_object_new (GW_TYPE_WINDOW, "application", application, NULL);
}
