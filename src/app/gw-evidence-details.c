/* gw-evidence-details.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side pane of the Evidence view: the chosen item's title, kind,
 * reference, date and notes; its attached file, to open, save a copy of,
 * or attach when there is none; and the requirements it supports, to open
 * in the Checklist, unlink, or add to. Edit… opens the evidence dialog that
 * the requirement editor also uses, so an item is edited the same way
 * wherever it is met; the dialog also replaces or removes the file and
 * deletes the item.
 *
 * The pane follows the audit's "changed" signal for its item, so it shows
 * every edit, and shows nothing once the item is deleted.
 */

#define G_LOG_DOMAIN "gw-evidence-details"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-evidence-details.h"
#include "gw-evidence-dialog.h"
#include "gw-ui-utils.h"

struct _GwEvidenceDetails
{
  GtkWidget           parent_instance;

  GwAudit            *audit;
  GwEvidence         *evidence;
  gint64              evidence_id;

  /* Template widgets */
  GtkButton          *attach_button;
  GtkLabel           *date_label;
  GtkButton          *edit_button;
  AdwActionRow       *file_row;
  GtkLabel           *kind_label;
  GwRequirementLinks *links;
  GtkLabel           *notes_label;
  GtkButton          *open_button;
  GtkLabel           *reference_label;
  GtkButton          *save_button;
  GtkLabel           *title_label;
};

G_DEFINE_FINAL_TYPE (GwEvidenceDetails, gw_evidence_details, GTK_TYPE_WIDGET)

enum {
  REQUIREMENT_ACTIVATED,
  CLOSE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_text (GtkLabel   *label,
          const char *text,
          const char *fallback)
{
  gboolean empty = text == NULL || *text == '\0';

  gtk_label_set_label (label, empty ? fallback : text);
  if (empty)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
update (GwEvidenceDetails *self)
{
  const GwEvidence *e = self->evidence;
  gboolean writable = self->audit && !gw_audit_get_read_only (self->audit);
  g_autofree char *date = NULL;
  g_autofree char *size = NULL;
  gboolean has_file;

  gtk_widget_set_sensitive (GTK_WIDGET (self), e != NULL);
  if (e == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->kind_label, "");
      gtk_label_set_label (self->reference_label, "");
      gtk_label_set_label (self->date_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->notes_label), FALSE);
      return;
    }

  gtk_label_set_label (self->title_label, e->title);
  gtk_label_set_label (self->kind_label, gw_evidence_kind_to_label (e->kind));
  set_text (self->reference_label, e->reference, _("None"));
  date = gw_format_date (e->date);
  set_text (self->date_label, date, _("Not set"));
  gtk_label_set_label (self->notes_label, e->notes ? e->notes : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), e->notes && *e->notes);

  has_file = e->file_name != NULL;
  if (has_file)
    {
      size = g_format_size (e->file_size);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), e->file_name);
      adw_action_row_set_subtitle (self->file_row, size);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), _("No file attached"));
      adw_action_row_set_subtitle (self->file_row, _("Keep a copy of the document, record or photo in the audit"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), has_file);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), has_file);
  gtk_widget_set_visible (GTK_WIDGET (self->attach_button), !has_file);
  gtk_widget_set_sensitive (GTK_WIDGET (self->attach_button), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->edit_button), writable);
}

static void
reload (GwEvidenceDetails *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->evidence, gw_evidence_free);
  if (self->audit != NULL && self->evidence_id != 0 && !gw_audit_get_closed (self->audit))
    {
      self->evidence = gw_audit_get_evidence (self->audit, self->evidence_id, &error);
      if (self->evidence == NULL && !g_error_matches (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM))
        gw_toast_error (GTK_WIDGET (self), _("The evidence could not be read"), error);
    }

  update (self);
}

static void
audit_changed_cb (GwEvidenceDetails *self,
                  const char        *entity,
                  gint64             id,
                  GwAudit           *audit)
{
  if (id == self->evidence_id && g_strcmp0 (entity, "evidence") == 0)
    reload (self);
}

static void
edit_clicked_cb (GwEvidenceDetails *self,
                 GtkButton         *button)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GwEvidenceDialog *dialog;

  if (self->evidence == NULL)
    return;

  dialog = gw_evidence_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   self->audit, 0, self->evidence_id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_clicked_cb (GwEvidenceDetails *self,
                  GtkButton         *button)
{
  g_signal_emit (self, signals[CLOSE_REQUESTED], 0);
}

static void
links_requirement_activated_cb (GwEvidenceDetails *self,
                                gint64             requirement_id,
                                GwRequirementLinks *links)
{
  g_signal_emit (self, signals[REQUIREMENT_ACTIVATED], 0, requirement_id);
}

/* The attached file -------------------------------------------------------- */

/* A name safe to create in a folder of ours, whatever the audit holds. */
static char *
safe_file_name (const char *name)
{
  g_autofree char *copy = g_strdup (name && *name ? name : "attachment");

  g_strdelimit (copy, "/\\", '_');
  if (g_str_equal (copy, ".") || g_str_equal (copy, ".."))
    return g_strdup ("attachment");
  return g_steal_pointer (&copy);
}

/**
 * gw_evidence_details_export_attachment:
 *
 * Writes the attached file, checked against its SHA-256, to a private
 * folder under the user's cache directory, named as it was attached, so
 * that another application can open it.
 *
 * Returns: (transfer full): the file written
 */
GFile *
gw_evidence_details_export_attachment (GwEvidenceDetails  *self,
                                       GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (GW_IS_EVIDENCE_DETAILS (self), NULL);
  g_return_val_if_fail (self->evidence != NULL && self->evidence->file_name != NULL, NULL);

  bytes = gw_audit_read_attachment (self->audit, self->evidence_id, error);
  if (bytes == NULL)
    return NULL;

  /* One folder per content, so two attachments with one name never meet. */
  dir = g_build_filename (g_get_user_cache_dir (), "gapwise", "attachments",
                          self->evidence->sha256 ? self->evidence->sha256 : "unknown", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", dir, g_strerror (saved));
      return NULL;
    }

  name = safe_file_name (self->evidence->file_name);
  path = g_build_filename (dir, name, NULL);
  if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return NULL;

  return g_file_new_for_path (path);
}

static void
open_clicked_cb (GwEvidenceDetails *self,
                 GtkButton         *button)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gw_evidence_details_export_attachment (self, &error);

  if (file == NULL)
    {
      gw_toast_error (GTK_WIDGET (self), _("The file could not be opened"), error);
      return;
    }

  gw_launch_file (GTK_WIDGET (self), file);
}

static void
replace_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GwEvidenceDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    gw_toast_error (GTK_WIDGET (self), _("The copy could not be saved"), error);
  else
    gw_toast (GTK_WIDGET (self), _("Copy saved"));
}

static void
save_picked_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(GwEvidenceDetails) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->audit == NULL || gw_audit_get_closed (self->audit))
    return;

  bytes = gw_audit_read_attachment (self->audit, self->evidence_id, &error);
  if (bytes == NULL)
    {
      gw_toast_error (GTK_WIDGET (self), _("The copy could not be saved"), error);
      return;
    }

  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, replace_done_cb, g_object_ref (self));
}

static void
save_clicked_cb (GwEvidenceDetails *self,
                 GtkButton         *button)
{
  g_autofree char *name = NULL;

  if (self->evidence == NULL || self->evidence->file_name == NULL)
    return;

  name = safe_file_name (self->evidence->file_name);
  gw_pick_file (GTK_WIDGET (self), _("Save a Copy of the File"), GTK_FILE_CHOOSER_ACTION_SAVE,
                _("_Save"), name, NULL, save_picked_cb, g_object_ref (self));
}

static void
attach_picked_cb (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(GwEvidenceDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->audit == NULL || gw_audit_get_closed (self->audit) || self->evidence_id == 0)
    return;

  if (!gw_audit_attach_file (self->audit, self->evidence_id, file, &error))
    gw_toast_error (GTK_WIDGET (self), _("The file could not be attached"), error);
}

static void
attach_clicked_cb (GwEvidenceDetails *self,
                   GtkButton         *button)
{
  gw_pick_file (GTK_WIDGET (self), _("Attach a File"), GTK_FILE_CHOOSER_ACTION_OPEN,
                _("_Attach"), NULL, NULL, attach_picked_cb, g_object_ref (self));
}

/* GObject ------------------------------------------------------------------ */

static void
gw_evidence_details_dispose (GObject *object)
{
  GwEvidenceDetails *self = GW_EVIDENCE_DETAILS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_EVIDENCE_DETAILS);
  /* Children without an id are not the template's to remove. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->audit);
  g_clear_pointer (&self->evidence, gw_evidence_free);

  G_OBJECT_CLASS (gw_evidence_details_parent_class)->dispose (object);
}

static void
gw_evidence_details_class_init (GwEvidenceDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_evidence_details_dispose;

  signals[REQUIREMENT_ACTIVATED] =
    g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[CLOSE_REQUESTED] =
    g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gapwise/Gapwise/gw-evidence-details.ui");
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, attach_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, date_label);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, edit_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, file_row);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, kind_label);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, links);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, notes_label);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, open_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, reference_label);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, save_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDetails, title_label);
  gtk_widget_class_bind_template_callback (widget_class, attach_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, links_requirement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  g_type_ensure (GW_TYPE_REQUIREMENT_LINKS);
}

static void
gw_evidence_details_init (GwEvidenceDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_evidence_details_set_audit:
 * @requirements: (element-type GwRequirement) (nullable): the audit's
 *   requirements, kept to show refs and questions
 */
void
gw_evidence_details_set_audit (GwEvidenceDetails *self,
                               GwAudit           *audit,
                               GPtrArray         *requirements)
{
  g_return_if_fail (GW_IS_EVIDENCE_DETAILS (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));

  if (self->audit != audit)
    {
      if (self->audit != NULL)
        g_signal_handlers_disconnect_by_data (self->audit, self);
      g_set_object (&self->audit, audit);
      if (audit != NULL)
        g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
    }

  self->evidence_id = 0;
  gw_requirement_links_set_requirements (self->links, requirements);
  gw_requirement_links_set_target (self->links, audit, "evidence", 0);
  reload (self);
}

void
gw_evidence_details_set_evidence_id (GwEvidenceDetails *self,
                                     gint64             evidence_id)
{
  g_return_if_fail (GW_IS_EVIDENCE_DETAILS (self));

  if (self->evidence_id == evidence_id)
    return;

  self->evidence_id = evidence_id;
  gw_requirement_links_set_target (self->links, self->audit, "evidence", evidence_id);
  reload (self);
}

gint64
gw_evidence_details_get_evidence_id (GwEvidenceDetails *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_DETAILS (self), 0);
  return self->evidence_id;
}

GwRequirementLinks *
gw_evidence_details_get_links (GwEvidenceDetails *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_DETAILS (self), NULL);
  return self->links;
}
