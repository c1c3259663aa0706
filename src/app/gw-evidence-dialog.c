/* gw-evidence-dialog.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adds an evidence item to the audit and links it to a requirement, or
 * edits an existing one: title, kind, reference, date, notes and an
 * attached file. Nothing is written until Add/Save; then the item, its link
 * and its attachment are written in that order, and a new item whose file
 * cannot be attached is removed again, so a failed save leaves no half
 * item behind. Problems show as toasts inside the dialog, which stays open
 * so nothing typed is lost.
 *
 * The setters and gw_evidence_dialog_save() are public so that tests can
 * fill and save the dialog without a file chooser.
 */

#define G_LOG_DOMAIN "gw-evidence-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-date-button.h"
#include "gw-evidence-dialog.h"
#include "gw-text-area.h"
#include "gw-ui-utils.h"

struct _GwEvidenceDialog
{
  AdwWindow            parent_instance;

  GwAudit             *audit;
  gint64               requirement_id;
  gint64               evidence_id;
  GwEvidence          *original;          /* when editing */
  GFile               *attachment_file;   /* a file chosen to attach */
  gboolean             remove_attachment;

  /* Template widgets */
  GwDateButton        *date_button;
  GtkButton           *delete_button;
  AdwPreferencesGroup *details_group;
  GtkButton           *choose_file_button;
  AdwActionRow        *file_row;
  AdwComboRow         *kind_row;
  GwTextArea          *notes_area;
  AdwEntryRow         *reference_row;
  GtkButton           *remove_file_button;
  GtkButton           *save_button;
  AdwEntryRow         *title_row;
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (GwEvidenceDialog, gw_evidence_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_AUDIT,
  PROP_REQUIREMENT_ID,
  PROP_EVIDENCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (GwEvidenceDialog *self,
            const char       *what,
            const GError     *error)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
has_audit (GwEvidenceDialog  *self,
           GError           **error)
{
  if (self->audit != NULL && !gw_audit_get_closed (self->audit))
    return TRUE;

  g_set_error_literal (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED, _("No audit is open."));
  return FALSE;
}

static void
update_file_row (GwEvidenceDialog *self)
{
  g_autofree char *size = NULL;
  const char *title = NULL;
  const char *subtitle = NULL;
  g_autofree char *name = NULL;

  if (self->attachment_file != NULL)
    {
      g_autoptr(GFileInfo) info =
        g_file_query_info (self->attachment_file,
                           G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                           G_FILE_QUERY_INFO_NONE, NULL, NULL);

      name = info ? g_strdup (g_file_info_get_display_name (info))
                  : g_file_get_basename (self->attachment_file);
      title = name;
      if (info != NULL)
        size = g_format_size (g_file_info_get_size (info));
      subtitle = size;
    }
  else if (self->original && self->original->file_name && !self->remove_attachment)
    {
      title = self->original->file_name;
      subtitle = size = g_format_size (self->original->file_size);
    }

  if (title != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->file_row), subtitle ? subtitle : "");
      gtk_button_set_label (self->choose_file_button, _("_Replace…"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), _("No file attached"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->file_row),
                                   _("A copy of the document, record or photo is kept in the audit file"));
      gtk_button_set_label (self->choose_file_button, _("_Choose File…"));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->remove_file_button), title != NULL);
}

static void
update_save_button (GwEvidenceDialog *self)
{
  g_autofree char *title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), *g_strstrip (title) != '\0');
}

static void
load (GwEvidenceDialog *self)
{
  g_autoptr(GError) error = NULL;
  const GwEvidence *e;

  if (self->evidence_id == 0 || !has_audit (self, NULL))
    return;

  self->original = gw_audit_get_evidence (self->audit, self->evidence_id, &error);
  if (self->original == NULL)
    {
      show_error (self, _("The evidence could not be read"), error);
      return;
    }

  e = self->original;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), e->title ? e->title : "");
  adw_combo_row_set_selected (self->kind_row, e->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), e->reference ? e->reference : "");
  gw_date_button_set_date (self->date_button, e->date);
  gw_text_area_set_text (self->notes_area, e->notes);

  if (e->n_links > 1)
    {
      g_autofree char *description =
        g_strdup_printf (ngettext ("Supports %u requirement: changes show on each of them.",
                                   "Supports %u requirements: changes show on each of them.",
                                   e->n_links),
                         e->n_links);
      adw_preferences_group_set_description (self->details_group, description);
    }
}

static GwEvidence *
collect (GwEvidenceDialog *self)
{
  g_autofree char *title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_autofree char *reference = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reference_row)));
  GwEvidence *e;

  if (self->original)
    e = gw_evidence_copy (self->original);
  else
    e = gw_evidence_new (NULL, GW_EVIDENCE_KIND_DOCUMENT);

  g_free (e->title);
  e->title = g_strdup (g_strstrip (title));
  e->kind = adw_combo_row_get_selected (self->kind_row);
  g_free (e->reference);
  e->reference = *g_strstrip (reference) ? g_strdup (reference) : NULL;
  g_free (e->date);
  e->date = g_strdup (gw_date_button_get_date (self->date_button));
  g_free (e->notes);
  e->notes = gw_text_area_dup_text (self->notes_area);

  return e;
}

static void
file_picked_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(GwEvidenceDialog) self = user_data;

  if (file != NULL)
    gw_evidence_dialog_set_attachment_file (self, file);
}

static void
choose_file_clicked_cb (GwEvidenceDialog *self,
                        GtkButton        *button)
{
  gw_pick_file (GTK_WIDGET (self), _("Attach a File"), GTK_FILE_CHOOSER_ACTION_OPEN,
                _("_Attach"), NULL, NULL, file_picked_cb, g_object_ref (self));
}

static void
remove_file_clicked_cb (GwEvidenceDialog *self,
                        GtkButton        *button)
{
  gw_evidence_dialog_remove_attachment (self);
}

static void
title_changed_cb (GwEvidenceDialog *self,
                  GtkEditable      *editable)
{
  update_save_button (self);
}

static void
save_clicked_cb (GwEvidenceDialog *self,
                 GtkButton        *button)
{
  g_autoptr(GError) error = NULL;

  if (!gw_evidence_dialog_save (self, &error))
    {
      show_error (self, _("The evidence could not be saved"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_response_cb (GwEvidenceDialog *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!gw_evidence_dialog_delete (self, &error))
    {
      show_error (self, _("The evidence could not be deleted"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_clicked_cb (GwEvidenceDialog *self,
                   GtkButton        *button)
{
  GtkWidget *dialog;
  guint n_links = self->original ? self->original->n_links : 0;

  if (self->original == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete Evidence?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  ngettext ("“%s” will be removed from the audit, with its attached "
                                            "file, and from the %u requirement it supports.",
                                            "“%s” will be removed from the audit, with its attached "
                                            "file, and from the %u requirements it supports.",
                                            n_links),
                                  self->original->title, n_links);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
gw_evidence_dialog_constructed (GObject *object)
{
  GwEvidenceDialog *self = GW_EVIDENCE_DIALOG (object);
  gboolean editing = self->evidence_id != 0;

  G_OBJECT_CLASS (gw_evidence_dialog_parent_class)->constructed (object);

  adw_window_title_set_title (self->window_title, editing ? _("Edit Evidence") : _("New Evidence"));
  gtk_window_set_title (GTK_WINDOW (self), editing ? _("Edit Evidence") : _("New Evidence"));
  gtk_button_set_label (self->save_button, editing ? _("_Save") : _("_Add"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), editing);

  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  update_file_row (self);
  update_save_button (self);
}

static void
gw_evidence_dialog_dispose (GObject *object)
{
  GwEvidenceDialog *self = GW_EVIDENCE_DIALOG (object);

  g_clear_object (&self->audit);
  g_clear_object (&self->attachment_file);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_EVIDENCE_DIALOG);

  G_OBJECT_CLASS (gw_evidence_dialog_parent_class)->dispose (object);
}

static void
gw_evidence_dialog_finalize (GObject *object)
{
  g_clear_pointer (&GW_EVIDENCE_DIALOG (object)->original, gw_evidence_free);

  G_OBJECT_CLASS (gw_evidence_dialog_parent_class)->finalize (object);
}

static void
gw_evidence_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GwEvidenceDialog *self = GW_EVIDENCE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      g_value_set_object (value, self->audit);
      break;
    case PROP_REQUIREMENT_ID:
      g_value_set_int64 (value, self->requirement_id);
      break;
    case PROP_EVIDENCE_ID:
      g_value_set_int64 (value, self->evidence_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_evidence_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  GwEvidenceDialog *self = GW_EVIDENCE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      self->audit = g_value_dup_object (value);
      break;
    case PROP_REQUIREMENT_ID:
      self->requirement_id = g_value_get_int64 (value);
      break;
    case PROP_EVIDENCE_ID:
      self->evidence_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_evidence_dialog_class_init (GwEvidenceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gw_evidence_dialog_constructed;
  object_class->dispose = gw_evidence_dialog_dispose;
  object_class->finalize = gw_evidence_dialog_finalize;
  object_class->get_property = gw_evidence_dialog_get_property;
  object_class->set_property = gw_evidence_dialog_set_property;

  properties[PROP_AUDIT] =
    g_param_spec_object ("audit", NULL, NULL, GW_TYPE_AUDIT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GwEvidenceDialog:requirement-id:
   *
   * The requirement a new item is linked to; 0 adds it unlinked.
   */
  properties[PROP_REQUIREMENT_ID] =
    g_param_spec_int64 ("requirement-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GwEvidenceDialog:evidence-id:
   *
   * The item edited, or 0 to add a new one. After a save it is the id of
   * the new item.
   */
  properties[PROP_EVIDENCE_ID] =
    g_param_spec_int64 ("evidence-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-evidence-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, choose_file_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, delete_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, details_group);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, notes_area);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, remove_file_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, choose_file_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_file_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (GW_TYPE_DATE_BUTTON);
  g_type_ensure (GW_TYPE_TEXT_AREA);
}

static void
gw_evidence_dialog_init (GwEvidenceDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint kind = GW_EVIDENCE_KIND_DOCUMENT; kind <= GW_EVIDENCE_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, gw_evidence_kind_to_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

/**
 * gw_evidence_dialog_new:
 * @parent: (nullable): the window the dialog is modal for
 * @audit: the audit
 * @requirement_id: the requirement a new item is linked to, or 0
 * @evidence_id: the item to edit, or 0 to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown; like any toplevel
 *   it lives until it is closed or destroyed
 */
GwEvidenceDialog *
gw_evidence_dialog_new (GtkWindow *parent,
                        GwAudit   *audit,
                        gint64     requirement_id,
                        gint64     evidence_id)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GW_IS_AUDIT (audit), NULL);

  return g_object_new (GW_TYPE_EVIDENCE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "audit", audit,
                       "requirement-id", requirement_id,
                       "evidence-id", evidence_id,
                       NULL);
}

/**
 * gw_evidence_dialog_get_evidence_id:
 *
 * Returns: the item edited, or after a successful save of a new item its
 *   id; 0 before that
 */
gint64
gw_evidence_dialog_get_evidence_id (GwEvidenceDialog *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_DIALOG (self), 0);
  return self->evidence_id;
}

void
gw_evidence_dialog_set_evidence_title (GwEvidenceDialog *self,
                                       const char       *title)
{
  g_return_if_fail (GW_IS_EVIDENCE_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
}

void
gw_evidence_dialog_set_kind (GwEvidenceDialog *self,
                             GwEvidenceKind    kind)
{
  g_return_if_fail (GW_IS_EVIDENCE_DIALOG (self));
  g_return_if_fail ((guint) kind <= GW_EVIDENCE_KIND_OTHER);
  adw_combo_row_set_selected (self->kind_row, kind);
}

void
gw_evidence_dialog_set_reference (GwEvidenceDialog *self,
                                  const char       *reference)
{
  g_return_if_fail (GW_IS_EVIDENCE_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), reference ? reference : "");
}

/**
 * gw_evidence_dialog_set_date:
 * @date: (nullable): YYYY-MM-DD, or %NULL for no date
 */
void
gw_evidence_dialog_set_date (GwEvidenceDialog *self,
                             const char       *date)
{
  g_return_if_fail (GW_IS_EVIDENCE_DIALOG (self));
  gw_date_button_set_date (self->date_button, date);
}

void
gw_evidence_dialog_set_notes (GwEvidenceDialog *self,
                              const char       *notes)
{
  g_return_if_fail (GW_IS_EVIDENCE_DIALOG (self));
  gw_text_area_set_text (self->notes_area, notes);
}

/**
 * gw_evidence_dialog_set_attachment_file:
 * @file: (nullable): a file to attach on save, replacing any attached
 *   one; %NULL forgets a file chosen earlier
 */
void
gw_evidence_dialog_set_attachment_file (GwEvidenceDialog *self,
                                        GFile            *file)
{
  g_return_if_fail (GW_IS_EVIDENCE_DIALOG (self));
  g_return_if_fail (!file || G_IS_FILE (file));

  g_set_object (&self->attachment_file, file);
  if (file)
    self->remove_attachment = FALSE;
  update_file_row (self);
}

/**
 * gw_evidence_dialog_remove_attachment:
 *
 * Forgets a chosen file and, on save, removes the attached one.
 */
void
gw_evidence_dialog_remove_attachment (GwEvidenceDialog *self)
{
  g_return_if_fail (GW_IS_EVIDENCE_DIALOG (self));

  g_clear_object (&self->attachment_file);
  self->remove_attachment = TRUE;
  update_file_row (self);
}

static gboolean
save_new (GwEvidenceDialog  *self,
          const GwEvidence  *e,
          GError           **error)
{
  gint64 id = gw_audit_add_evidence (self->audit, e, error);

  if (id == 0)
    return FALSE;

  if ((self->requirement_id != 0 &&
       !gw_audit_link_evidence (self->audit, id, self->requirement_id, TRUE, error)) ||
      (self->attachment_file != NULL &&
       !gw_audit_attach_file (self->audit, id, self->attachment_file, error)))
    {
      /* Take the half-made item back out; the error says what went wrong. */
      gw_audit_delete_evidence (self->audit, id, NULL);
      return FALSE;
    }

  self->evidence_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE_ID]);
  return TRUE;
}

static gboolean
save_existing (GwEvidenceDialog  *self,
               const GwEvidence  *e,
               GError           **error)
{
  if (!gw_audit_update_evidence (self->audit, e, error))
    return FALSE;

  if (self->attachment_file != NULL)
    {
      if (!gw_audit_attach_file (self->audit, e->id, self->attachment_file, error))
        return FALSE;
    }
  else if (self->remove_attachment && self->original->file_name != NULL)
    {
      if (!gw_audit_remove_attachment (self->audit, e->id, error))
        return FALSE;
    }

  g_clear_object (&self->attachment_file);
  self->remove_attachment = FALSE;
  g_clear_pointer (&self->original, gw_evidence_free);
  self->original = gw_audit_get_evidence (self->audit, e->id, NULL);
  return TRUE;
}

/**
 * gw_evidence_dialog_save:
 *
 * Writes the fields to the audit: adds the item (linked to the dialog's
 * requirement) or updates the edited one, then attaches or removes the
 * file. The dialog stays open; the Add/Save button also closes it.
 *
 * Returns: %TRUE on success
 */
gboolean
gw_evidence_dialog_save (GwEvidenceDialog  *self,
                         GError           **error)
{
  g_autoptr(GwEvidence) e = NULL;

  g_return_val_if_fail (GW_IS_EVIDENCE_DIALOG (self), FALSE);

  if (!has_audit (self, error))
    return FALSE;

  e = collect (self);

  if (self->original != NULL)
    return save_existing (self, e, error);

  return save_new (self, e, error);
}

/**
 * gw_evidence_dialog_delete:
 *
 * Deletes the edited item from the audit (after the user confirmed it).
 *
 * Returns: %TRUE on success
 */
gboolean
gw_evidence_dialog_delete (GwEvidenceDialog  *self,
                           GError           **error)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_DIALOG (self), FALSE);

  if (!has_audit (self, error))
    return FALSE;

  if (self->original == NULL)
    {
      g_set_error_literal (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
                           _("The evidence has not been added yet."));
      return FALSE;
    }

  return gw_audit_delete_evidence (self->audit, self->original->id, error);
}
