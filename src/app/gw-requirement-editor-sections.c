/* gw-requirement-editor-sections.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of the requirement editor that show rather than edit: the
 * question with its guidance above the form, and below it the evidence
 * linked to the requirement, its actions and the change history of its
 * assessment, with the editor's widget actions that add, link, edit and
 * unlink them and open or save attached files. The rows only show records; everything they can
 * do goes through the "editor." actions installed here, with the item id
 * as target.
 *
 * The lists are short (a handful of items per requirement), so they are
 * GtkListBoxes refilled from the audit when it reports an evidence or
 * action change; the history rows are only made while the history is
 * expanded.
 */

#define G_LOG_DOMAIN "gw-requirement-editor"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "gw-action-dialog.h"
#include "gw-action-row.h"
#include "gw-evidence-chooser.h"
#include "gw-evidence-dialog.h"
#include "gw-evidence-row.h"
#include "gw-history-row.h"
#include "gw-requirement-editor-private.h"
#include "gw-risk-badge.h"
#include "gw-ui-utils.h"

/* How many history entries are listed; older ones are counted. */
#define MAX_HISTORY_ROWS 100

/* The question ------------------------------------------------------------ */

static const char *
find_clause (GPtrArray  *clauses,
             gint64      clause_id,
             const char **title)
{
  for (guint i = 0; clauses && i < clauses->len; i++)
    {
      const GwClause *c = g_ptr_array_index (clauses, i);
      if (c->id == clause_id)
        {
          *title = c->title;
          return c->number;
        }
    }

  *title = NULL;
  return NULL;
}

void
_gw_requirement_editor_load_header (GwRequirementEditor *self)
{
  const GwRequirement *req = self->requirement;
  g_autoptr(GPtrArray) clauses = gw_audit_list_clauses (self->audit, NULL);
  const char *clause_title = NULL;
  const char *clause_number = find_clause (clauses, req->clause_id, &clause_title);
  g_autofree char *clause = NULL;
  gboolean has_guidance = req->guidance && *req->guidance;
  gboolean has_typical = req->typical_evidence && *req->typical_evidence;

  if (clause_number != NULL)
    clause = g_strdup_printf ("%s %s", clause_number, clause_title ? clause_title : "");

  gtk_label_set_label (self->ref_label, req->ref);
  gtk_label_set_label (self->clause_label, clause ? clause : "");
  gtk_widget_set_visible (GTK_WIDGET (self->clause_label), clause != NULL);
  gtk_label_set_label (self->question_label, req->question);

  gtk_widget_set_visible (GTK_WIDGET (self->documented_label), req->documented != GW_DOCUMENTED_NONE);
  gtk_label_set_label (self->documented_label, gw_documented_to_label (req->documented));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->documented_label),
                               req->documented == GW_DOCUMENTED_MAINTAIN
                               ? _("The standard requires this to be documented information that is maintained")
                               : _("The standard requires records of this to be retained as evidence"));

  gtk_label_set_label (self->guidance_label, has_guidance ? req->guidance : "");
  gtk_label_set_label (self->typical_evidence_label, has_typical ? req->typical_evidence : "");
  gtk_widget_set_visible (GTK_WIDGET (self->guidance_heading), has_guidance);
  gtk_widget_set_visible (GTK_WIDGET (self->guidance_label), has_guidance);
  gtk_widget_set_visible (GTK_WIDGET (self->typical_evidence_heading), has_typical);
  gtk_widget_set_visible (GTK_WIDGET (self->typical_evidence_label), has_typical);
  gtk_widget_set_margin_top (GTK_WIDGET (self->typical_evidence_heading), has_guidance ? 12 : 0);
  gtk_widget_set_visible (self->guidance_card, has_guidance || has_typical);

  /* The 4.2.3 principles are rated on maturity only. */
  gtk_widget_set_visible (GTK_WIDGET (self->result_picker), !req->informative);
  gtk_widget_set_visible (GTK_WIDGET (self->principle_label), req->informative);
}

/* Lists ------------------------------------------------------------------ */

/* Removes the rows, not the placeholder. */
static void
clear_list (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      child = next;
    }
}

static void
clear_history_rows (GwRequirementEditor *self)
{
  for (guint i = 0; i < self->history_rows->len; i++)
    adw_expander_row_remove (self->history_row, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);
}

void
_gw_requirement_editor_clear_sections (GwRequirementEditor *self)
{
  if (self->evidence_list == NULL)
    return;

  clear_list (self->evidence_list);
  clear_list (self->action_list);
  clear_list (self->risk_list);
  clear_history_rows (self);
}

void
_gw_requirement_editor_reload_evidence (GwRequirementEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  clear_list (self->evidence_list);
  if (self->audit == NULL || self->requirement_id == 0 || gw_audit_get_closed (self->audit))
    return;

  items = gw_audit_list_evidence (self->audit, self->requirement_id, &error);
  if (items == NULL)
    {
      _gw_requirement_editor_report_error (self, _("The evidence could not be read"), error);
      return;
    }

  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (self->evidence_list, gw_evidence_row_new (g_ptr_array_index (items, i)));
}

void
_gw_requirement_editor_reload_actions (GwRequirementEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  clear_list (self->action_list);
  if (self->audit == NULL || self->requirement_id == 0 || gw_audit_get_closed (self->audit))
    return;

  items = gw_audit_list_actions (self->audit, self->requirement_id, &error);
  if (items == NULL)
    {
      _gw_requirement_editor_report_error (self, _("The actions could not be read"), error);
      return;
    }

  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (self->action_list, gw_action_row_new (g_ptr_array_index (items, i)));
}

/* A linked risk: its ref and title, its treatment, and its level before
 * treatment as a pill; activating it opens it in the Risks view. */
static GtkWidget *
risk_row_new (const GwRisk *risk,
              GwRiskMatrix *matrix)
{
  g_autofree char *ref = gw_risk_format_ref (risk->id);
  /* Translators: a risk in the requirement editor, "R-07 · Theft from parked trailers" */
  g_autofree char *title = g_strdup_printf (_("%s · %s"), ref, risk->title);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = gw_risk_badge_new (TRUE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), gw_risk_treatment_to_label (risk->treatment));
  gw_risk_badge_show_rating (GW_RISK_BADGE (badge), matrix, risk->inherent_likelihood, risk->inherent_impact);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "gw-risk-id", g_memdup2 (&risk->id, sizeof risk->id), g_free);
  return row;
}

void
_gw_requirement_editor_reload_risks (GwRequirementEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) risks = NULL;

  clear_list (self->risk_list);
  if (self->audit == NULL || self->requirement_id == 0 || gw_audit_get_closed (self->audit))
    return;

  risks = gw_audit_list_linked_risks (self->audit, GW_RISK_LINK_REQUIREMENT, self->requirement_id, &error);
  if (risks == NULL)
    {
      _gw_requirement_editor_report_error (self, _("The risks could not be read"), error);
      return;
    }

  for (guint i = 0; i < risks->len; i++)
    gtk_list_box_append (self->risk_list, risk_row_new (g_ptr_array_index (risks, i),
                                                        gw_audit_get_risk_matrix (self->audit)));
}

void
_gw_requirement_editor_reload_history (GwRequirementEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *subtitle = NULL;
  guint n_shown;

  clear_history_rows (self);
  if (self->audit == NULL || self->requirement_id == 0 || gw_audit_get_closed (self->audit))
    return;

  changes = gw_audit_list_changes (self->audit, "assessment", self->requirement_id, &error);
  if (changes == NULL)
    {
      _gw_requirement_editor_report_error (self, _("The history could not be read"), error);
      return;
    }

  if (changes->len == 0)
    subtitle = g_strdup (_("No changes yet"));
  else
    {
      g_autofree char *last = gw_change_format_meta (g_ptr_array_index (changes, changes->len - 1));
      /* Translators: the number of changes, then who made the last one and when */
      subtitle = g_strdup_printf (ngettext ("%u change, the last by %s", "%u changes, the last by %s",
                                            changes->len),
                                  changes->len, last);
    }
  adw_expander_row_set_subtitle (self->history_row, subtitle);
  adw_expander_row_set_enable_expansion (self->history_row, changes->len > 0);

  if (!adw_expander_row_get_expanded (self->history_row))
    return;

  /* The log is oldest first; show the newest first. */
  n_shown = MIN (changes->len, MAX_HISTORY_ROWS);
  for (guint i = 0; i < n_shown; i++)
    {
      GtkWidget *row = gw_history_row_new (g_ptr_array_index (changes, changes->len - 1 - i));

      adw_expander_row_add_row (self->history_row, row);
      g_ptr_array_add (self->history_rows, row);
    }

  if (changes->len > n_shown)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (ngettext ("%u older change not shown",
                                                          "%u older changes not shown",
                                                          changes->len - n_shown),
                                                changes->len - n_shown);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_add_css_class (row, "dim-label");
      adw_expander_row_add_row (self->history_row, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

static void
history_expanded_cb (GwRequirementEditor *self)
{
  _gw_requirement_editor_reload_history (self);
}

/* Dialogs ---------------------------------------------------------------- */

static GtkWindow *
parent_window (GwRequirementEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Saves the form first, so a dialog never stands between the auditor and
 * the words they typed. */
static void
present_dialog (GwRequirementEditor *self,
                gpointer             dialog)
{
  g_autoptr(GError) error = NULL;

  if (!gw_requirement_editor_commit (self, &error))
    _gw_requirement_editor_report_error (self, _("Your change could not be saved"), error);

  if (self->open_dialog != NULL)
    gtk_window_destroy (self->open_dialog);

  g_set_weak_pointer (&self->open_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_evidence_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);

  present_dialog (self, gw_evidence_dialog_new (parent_window (self), self->audit,
                                                self->requirement_id, 0));
}

static void
link_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);

  present_dialog (self, gw_evidence_chooser_new (parent_window (self), self->audit,
                                                 self->requirement_id));
}

static void
edit_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);

  present_dialog (self, gw_evidence_dialog_new (parent_window (self), self->audit,
                                                self->requirement_id, g_variant_get_int64 (param)));
}

static void
unlink_evidence_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!gw_audit_link_evidence (self->audit, g_variant_get_int64 (param), self->requirement_id,
                               FALSE, &error))
    _gw_requirement_editor_report_error (self, _("The evidence could not be unlinked"), error);
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);

  present_dialog (self, gw_action_dialog_new (parent_window (self), self->audit,
                                              self->requirement_id, 0));
}

static void
edit_action_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);

  present_dialog (self, gw_action_dialog_new (parent_window (self), self->audit,
                                              self->requirement_id, g_variant_get_int64 (param)));
}

static void
unlink_action_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!gw_audit_link_action (self->audit, g_variant_get_int64 (param), self->requirement_id,
                             FALSE, &error))
    _gw_requirement_editor_report_error (self, _("The action could not be unlinked"), error);
}

static void
evidence_row_activated_cb (GwRequirementEditor *self,
                           GtkListBoxRow       *row,
                           GtkListBox          *list)
{
  const GwEvidence *e = gw_evidence_row_get_evidence (GW_EVIDENCE_ROW (row));

  if (e != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.edit-evidence", "x", e->id);
}

static void
action_row_activated_cb (GwRequirementEditor *self,
                         GtkListBoxRow       *row,
                         GtkListBox          *list)
{
  const GwAction *a = gw_action_row_get_action (GW_ACTION_ROW (row));

  if (a != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.edit-action", "x", a->id);
}

static void
risk_row_activated_cb (GwRequirementEditor *self,
                       GtkListBoxRow       *row,
                       GtkListBox          *list)
{
  const gint64 *risk_id = g_object_get_data (G_OBJECT (row), "gw-risk-id");

  if (risk_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-risk", "x", *risk_id);
}

/* Attached files ---------------------------------------------------------- */

typedef struct
{
  GwRequirementEditor *self;
  GFile               *file;
  char                *name;
  gboolean             launch;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_object_unref (data->self);
  g_clear_object (&data->file);
  g_free (data->name);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WriteData, write_data_free)

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(WriteData) data = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      _gw_requirement_editor_report_error (data->self,
                                           data->launch ? _("The attached file could not be opened")
                                                        : _("The attached file could not be saved"),
                                           error);
      return;
    }

  if (data->launch)
    gw_launch_file (GTK_WIDGET (data->self), data->file);
  else
    {
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), data->name);
      gw_toast (GTK_WIDGET (data->self), message);
    }
}

/* Reads an attachment (checked against its SHA-256 by the core) and writes
 * it to @file without blocking, then opens it or says it is saved. */
static void
write_attachment (GwRequirementEditor *self,
                  gint64               evidence_id,
                  GFile               *file,
                  gboolean             launch)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WriteData *data;

  bytes = gw_audit_read_attachment (self->audit, evidence_id, &error);
  if (bytes == NULL)
    {
      _gw_requirement_editor_report_error (self,
                                           launch ? _("The attached file could not be opened")
                                                  : _("The attached file could not be saved"),
                                           error);
      return;
    }

  data = g_new0 (WriteData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->name = g_file_get_basename (file);
  data->launch = launch;
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       launch ? G_FILE_CREATE_PRIVATE : G_FILE_CREATE_NONE,
                                       NULL, written_cb, data);
}

/* An attachment's stored name, made safe to use as a file name. */
static char *
safe_file_name (const char *name)
{
  g_autofree char *base = g_path_get_basename (name && *name ? name : "attachment");

  g_strdelimit (base, "/\\:", '_');
  if (*base == '.' || *base == '\0')
    return g_strconcat ("attachment", base, NULL);
  return g_steal_pointer (&base);
}

/* Opening writes the file to a private folder in the user's cache, one per
 * item and content, so that an application can open it by path. */
static void
open_attachment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwEvidence) e = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *subdir = NULL;

  e = gw_audit_get_evidence (self->audit, id, &error);
  if (e == NULL || e->file_name == NULL)
    {
      if (error)
        _gw_requirement_editor_report_error (self, _("The attached file could not be opened"), error);
      return;
    }

  subdir = g_strdup_printf ("%" G_GINT64_FORMAT "-%.16s", id, e->sha256 ? e->sha256 : "");
  folder = g_build_filename (g_get_user_cache_dir (), "gapwise", "attachments", subdir, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      _gw_requirement_editor_report_error (self, _("The attached file could not be opened"), error);
      return;
    }

  name = safe_file_name (e->file_name);
  file = g_file_new_build_filename (folder, name, NULL);
  write_attachment (self, id, file, TRUE);
}

typedef struct
{
  GwRequirementEditor *self;
  gint64               evidence_id;
} SaveData;

static void
save_picked_cb (GFile    *file,
                gpointer  user_data)
{
  SaveData *data = user_data;

  if (file != NULL && data->self->audit != NULL && !gw_audit_get_closed (data->self->audit))
    write_attachment (data->self, data->evidence_id, file, FALSE);

  g_object_unref (data->self);
  g_free (data);
}

static void
save_attachment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);
  g_autoptr(GwEvidence) e = NULL;
  g_autofree char *name = NULL;
  SaveData *data;

  e = gw_audit_get_evidence (self->audit, g_variant_get_int64 (param), NULL);
  if (e == NULL || e->file_name == NULL)
    return;

  name = safe_file_name (e->file_name);
  data = g_new0 (SaveData, 1);
  data->self = g_object_ref (self);
  data->evidence_id = e->id;
  gw_pick_file (widget, _("Save Attached File"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                name, NULL, save_picked_cb, data);
}

/* Setup ------------------------------------------------------------------- */

void
_gw_requirement_editor_update_actions (GwRequirementEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean shown = self->audit != NULL && self->requirement_id != 0 && self->assessment != NULL;
  gboolean editable = shown && _gw_requirement_editor_can_edit (self);

  gtk_widget_action_set_enabled (widget, "editor.add-evidence", editable);
  gtk_widget_action_set_enabled (widget, "editor.link-evidence", editable);
  gtk_widget_action_set_enabled (widget, "editor.edit-evidence", editable);
  gtk_widget_action_set_enabled (widget, "editor.unlink-evidence", editable);
  gtk_widget_action_set_enabled (widget, "editor.add-action", editable);
  gtk_widget_action_set_enabled (widget, "editor.edit-action", editable);
  gtk_widget_action_set_enabled (widget, "editor.unlink-action", editable);
  gtk_widget_action_set_enabled (widget, "editor.open-attachment", shown);
  gtk_widget_action_set_enabled (widget, "editor.save-attachment", shown);
}

void
_gw_requirement_editor_class_init_sections (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, action_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, risk_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, history_expanded_cb);

  gtk_widget_class_install_action (widget_class, "editor.add-evidence", NULL, add_evidence_action);
  gtk_widget_class_install_action (widget_class, "editor.link-evidence", NULL, link_evidence_action);
  gtk_widget_class_install_action (widget_class, "editor.edit-evidence", "x", edit_evidence_action);
  gtk_widget_class_install_action (widget_class, "editor.unlink-evidence", "x", unlink_evidence_action);
  gtk_widget_class_install_action (widget_class, "editor.open-attachment", "x", open_attachment_action);
  gtk_widget_class_install_action (widget_class, "editor.save-attachment", "x", save_attachment_action);
  gtk_widget_class_install_action (widget_class, "editor.add-action", NULL, add_action_action);
  gtk_widget_class_install_action (widget_class, "editor.edit-action", "x", edit_action_action);
  gtk_widget_class_install_action (widget_class, "editor.unlink-action", "x", unlink_action_action);

  g_type_ensure (GW_TYPE_ACTION_ROW);
  g_type_ensure (GW_TYPE_EVIDENCE_ROW);
}
