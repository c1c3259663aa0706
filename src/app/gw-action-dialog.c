/* gw-action-dialog.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adds an action to the audit's action plan and links it to a requirement,
 * or edits an existing one: title, description, owner, due date, priority
 * and status. Nothing is written until Add/Save; problems show as toasts
 * inside the dialog, which stays open so nothing typed is lost.
 *
 * The setters and gw_action_dialog_save() are public so that tests can fill
 * and save the dialog.
 */

#define G_LOG_DOMAIN "gw-action-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-action-dialog.h"
#include "gw-date-button.h"
#include "gw-text-area.h"

struct _GwActionDialog
{
  AdwWindow            parent_instance;

  GwAudit             *audit;
  gint64               requirement_id;
  gint64               action_id;
  GwAction            *original;        /* when editing */

  /* Template widgets */
  GtkButton           *delete_button;
  GwTextArea          *description_area;
  AdwPreferencesGroup *details_group;
  GwDateButton        *due_date_button;
  AdwEntryRow         *owner_row;
  AdwComboRow         *priority_row;
  GtkButton           *save_button;
  AdwComboRow         *status_row;
  AdwEntryRow         *title_row;
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (GwActionDialog, gw_action_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_AUDIT,
  PROP_REQUIREMENT_ID,
  PROP_ACTION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (GwActionDialog *self,
            const char     *what,
            const GError   *error)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
has_audit (GwActionDialog  *self,
           GError         **error)
{
  if (self->audit != NULL && !gw_audit_get_closed (self->audit))
    return TRUE;

  g_set_error_literal (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED, _("No audit is open."));
  return FALSE;
}

static void
update_save_button (GwActionDialog *self)
{
  g_autofree char *title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), *g_strstrip (title) != '\0');
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  return *text ? g_steal_pointer (&text) : NULL;
}

static void
load (GwActionDialog *self)
{
  g_autoptr(GError) error = NULL;
  const GwAction *a;

  if (self->action_id == 0 || !has_audit (self, NULL))
    return;

  self->original = gw_audit_get_action (self->audit, self->action_id, &error);
  if (self->original == NULL)
    {
      show_error (self, _("The action could not be read"), error);
      return;
    }

  a = self->original;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), a->title ? a->title : "");
  gw_text_area_set_text (self->description_area, a->description);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), a->owner ? a->owner : "");
  gw_date_button_set_date (self->due_date_button, a->due_date);
  adw_combo_row_set_selected (self->priority_row, a->priority);
  adw_combo_row_set_selected (self->status_row, a->status);

  if (a->n_links > 1)
    {
      g_autofree char *description =
        g_strdup_printf (ngettext ("Closes gaps in %u requirement: changes show on each of them.",
                                   "Closes gaps in %u requirements: changes show on each of them.",
                                   a->n_links),
                         a->n_links);
      adw_preferences_group_set_description (self->details_group, description);
    }
}

static GwAction *
collect (GwActionDialog *self)
{
  GwAction *a = self->original ? gw_action_copy (self->original) : gw_action_new (NULL);
  g_autofree char *description = gw_text_area_dup_text (self->description_area);

  g_free (a->title);
  a->title = entry_text (self->title_row);
  g_free (a->description);
  a->description = *description ? g_steal_pointer (&description) : NULL;
  g_free (a->owner);
  a->owner = entry_text (self->owner_row);
  g_free (a->due_date);
  a->due_date = g_strdup (gw_date_button_get_date (self->due_date_button));
  a->priority = adw_combo_row_get_selected (self->priority_row);
  a->status = adw_combo_row_get_selected (self->status_row);

  return a;
}

static void
title_changed_cb (GwActionDialog *self,
                  GtkEditable    *editable)
{
  update_save_button (self);
}

static void
save_clicked_cb (GwActionDialog *self,
                 GtkButton      *button)
{
  g_autoptr(GError) error = NULL;

  if (!gw_action_dialog_save (self, &error))
    {
      show_error (self, _("The action could not be saved"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_response_cb (GwActionDialog   *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!gw_action_dialog_delete (self, &error))
    {
      show_error (self, _("The action could not be deleted"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_clicked_cb (GwActionDialog *self,
                   GtkButton      *button)
{
  GtkWidget *dialog;
  guint n_links;

  if (self->original == NULL)
    return;

  n_links = self->original->n_links;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete Action?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  ngettext ("“%s” will be removed from the action plan and from the "
                                            "%u requirement it is linked to.",
                                            "“%s” will be removed from the action plan and from the "
                                            "%u requirements it is linked to.",
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
gw_action_dialog_constructed (GObject *object)
{
  GwActionDialog *self = GW_ACTION_DIALOG (object);
  gboolean editing = self->action_id != 0;

  G_OBJECT_CLASS (gw_action_dialog_parent_class)->constructed (object);

  adw_window_title_set_title (self->window_title, editing ? _("Edit Action") : _("New Action"));
  gtk_window_set_title (GTK_WINDOW (self), editing ? _("Edit Action") : _("New Action"));
  gtk_button_set_label (self->save_button, editing ? _("_Save") : _("_Add"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), editing);

  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  update_save_button (self);
}

static void
gw_action_dialog_dispose (GObject *object)
{
  GwActionDialog *self = GW_ACTION_DIALOG (object);

  g_clear_object (&self->audit);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_ACTION_DIALOG);

  G_OBJECT_CLASS (gw_action_dialog_parent_class)->dispose (object);
}

static void
gw_action_dialog_finalize (GObject *object)
{
  g_clear_pointer (&GW_ACTION_DIALOG (object)->original, gw_action_free);

  G_OBJECT_CLASS (gw_action_dialog_parent_class)->finalize (object);
}

static void
gw_action_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GwActionDialog *self = GW_ACTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      g_value_set_object (value, self->audit);
      break;
    case PROP_REQUIREMENT_ID:
      g_value_set_int64 (value, self->requirement_id);
      break;
    case PROP_ACTION_ID:
      g_value_set_int64 (value, self->action_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_action_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GwActionDialog *self = GW_ACTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      self->audit = g_value_dup_object (value);
      break;
    case PROP_REQUIREMENT_ID:
      self->requirement_id = g_value_get_int64 (value);
      break;
    case PROP_ACTION_ID:
      self->action_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_action_dialog_class_init (GwActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gw_action_dialog_constructed;
  object_class->dispose = gw_action_dialog_dispose;
  object_class->finalize = gw_action_dialog_finalize;
  object_class->get_property = gw_action_dialog_get_property;
  object_class->set_property = gw_action_dialog_set_property;

  properties[PROP_AUDIT] =
    g_param_spec_object ("audit", NULL, NULL, GW_TYPE_AUDIT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GwActionDialog:requirement-id:
   *
   * The requirement a new action is linked to; 0 adds it unlinked.
   */
  properties[PROP_REQUIREMENT_ID] =
    g_param_spec_int64 ("requirement-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GwActionDialog:action-id:
   *
   * The action edited, or 0 to add one. After a save it is the id of the
   * new action.
   */
  properties[PROP_ACTION_ID] =
    g_param_spec_int64 ("action-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, delete_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, description_area);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, details_group);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, due_date_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, priority_row);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GwActionDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (GW_TYPE_DATE_BUTTON);
  g_type_ensure (GW_TYPE_TEXT_AREA);
}

static void
gw_action_dialog_init (GwActionDialog *self)
{
  g_autoptr(GtkStringList) priorities = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint p = GW_PRIORITY_LOW; p <= GW_PRIORITY_CRITICAL; p++)
    gtk_string_list_append (priorities, gw_priority_to_label (p));
  adw_combo_row_set_model (self->priority_row, G_LIST_MODEL (priorities));
  adw_combo_row_set_selected (self->priority_row, GW_PRIORITY_MEDIUM);

  for (guint s = GW_ACTION_STATUS_OPEN; s <= GW_ACTION_STATUS_VERIFIED; s++)
    gtk_string_list_append (statuses, gw_action_status_to_label (s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (self->status_row, GW_ACTION_STATUS_OPEN);
}

/**
 * gw_action_dialog_new:
 * @parent: (nullable): the window the dialog is modal for
 * @audit: the audit
 * @requirement_id: the requirement a new action is linked to, or 0
 * @action_id: the action to edit, or 0 to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown; like any toplevel
 *   it lives until it is closed or destroyed
 */
GwActionDialog *
gw_action_dialog_new (GtkWindow *parent,
                      GwAudit   *audit,
                      gint64     requirement_id,
                      gint64     action_id)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GW_IS_AUDIT (audit), NULL);

  return g_object_new (GW_TYPE_ACTION_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "audit", audit,
                       "requirement-id", requirement_id,
                       "action-id", action_id,
                       NULL);
}

/**
 * gw_action_dialog_get_action_id:
 *
 * Returns: the action edited, or after a successful save of a new action
 *   its id; 0 before that
 */
gint64
gw_action_dialog_get_action_id (GwActionDialog *self)
{
  g_return_val_if_fail (GW_IS_ACTION_DIALOG (self), 0);
  return self->action_id;
}

void
gw_action_dialog_set_action_title (GwActionDialog *self,
                                   const char     *title)
{
  g_return_if_fail (GW_IS_ACTION_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
}

void
gw_action_dialog_set_description (GwActionDialog *self,
                                  const char     *description)
{
  g_return_if_fail (GW_IS_ACTION_DIALOG (self));
  gw_text_area_set_text (self->description_area, description);
}

void
gw_action_dialog_set_owner (GwActionDialog *self,
                            const char     *owner)
{
  g_return_if_fail (GW_IS_ACTION_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), owner ? owner : "");
}

/**
 * gw_action_dialog_set_due_date:
 * @due_date: (nullable): YYYY-MM-DD, or %NULL for none
 */
void
gw_action_dialog_set_due_date (GwActionDialog *self,
                               const char     *due_date)
{
  g_return_if_fail (GW_IS_ACTION_DIALOG (self));
  gw_date_button_set_date (self->due_date_button, due_date);
}

void
gw_action_dialog_set_priority (GwActionDialog *self,
                               GwPriority      priority)
{
  g_return_if_fail (GW_IS_ACTION_DIALOG (self));
  g_return_if_fail ((guint) priority <= GW_PRIORITY_CRITICAL);
  adw_combo_row_set_selected (self->priority_row, priority);
}

void
gw_action_dialog_set_status (GwActionDialog *self,
                             GwActionStatus  status)
{
  g_return_if_fail (GW_IS_ACTION_DIALOG (self));
  g_return_if_fail ((guint) status <= GW_ACTION_STATUS_VERIFIED);
  adw_combo_row_set_selected (self->status_row, status);
}

/**
 * gw_action_dialog_save:
 *
 * Writes the fields to the audit: adds the action (linked to the dialog's
 * requirement) or updates the edited one. The dialog stays open; the
 * Add/Save button also closes it.
 *
 * Returns: %TRUE on success
 */
gboolean
gw_action_dialog_save (GwActionDialog  *self,
                       GError         **error)
{
  g_autoptr(GwAction) a = NULL;
  gint64 id;

  g_return_val_if_fail (GW_IS_ACTION_DIALOG (self), FALSE);

  if (!has_audit (self, error))
    return FALSE;

  a = collect (self);

  if (self->original != NULL)
    {
      if (!gw_audit_update_action (self->audit, a, error))
        return FALSE;

      g_clear_pointer (&self->original, gw_action_free);
      self->original = gw_audit_get_action (self->audit, a->id, NULL);
      return TRUE;
    }

  id = gw_audit_add_action (self->audit, a, error);
  if (id == 0)
    return FALSE;

  if (self->requirement_id != 0 &&
      !gw_audit_link_action (self->audit, id, self->requirement_id, TRUE, error))
    {
      gw_audit_delete_action (self->audit, id, NULL);
      return FALSE;
    }

  self->action_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_ID]);
  return TRUE;
}

/**
 * gw_action_dialog_delete:
 *
 * Deletes the edited action from the audit (after the user confirmed it).
 *
 * Returns: %TRUE on success
 */
gboolean
gw_action_dialog_delete (GwActionDialog  *self,
                         GError         **error)
{
  g_return_val_if_fail (GW_IS_ACTION_DIALOG (self), FALSE);

  if (!has_audit (self, error))
    return FALSE;

  if (self->original == NULL)
    {
      g_set_error_literal (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
                           _("The action has not been added yet."));
      return FALSE;
    }

  return gw_audit_delete_action (self->audit, self->original->id, error);
}
