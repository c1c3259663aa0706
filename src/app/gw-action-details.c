/* gw-action-details.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side pane of the Actions view: the chosen action's title, owner, due
 * date (marked when it has passed), priority and description; its status,
 * which can be moved on right here since that is the edit an action plan
 * sees most; and the requirements it addresses, to open in the Checklist,
 * unlink or add to. Edit… opens the action dialog the requirement editor
 * also uses, which edits every field and deletes the action.
 *
 * The pane follows the audit's "changed" signal for its action.
 */

#define G_LOG_DOMAIN "gw-action-details"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-action-details.h"
#include "gw-action-dialog.h"
#include "gw-ui-utils.h"
#include "gw-warnings.h"

struct _GwActionDetails
{
  GtkWidget           parent_instance;

  GwAudit            *audit;
  GwAction           *action;
  gint64              action_id;
  gboolean            updating;

  /* Template widgets */
  GtkLabel           *description_label;
  GtkLabel           *due_label;
  GtkButton          *edit_button;
  GwRequirementLinks *links;
  GtkLabel           *owner_label;
  GtkLabel           *priority_label;
  GtkDropDown        *status_dropdown;
  GtkLabel           *title_label;
};

G_DEFINE_FINAL_TYPE (GwActionDetails, gw_action_details, GTK_TYPE_WIDGET)

enum {
  REQUIREMENT_ACTIVATED,
  CLOSE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_style (GtkWidget  *widget,
           const char *style,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, style);
  else
    gtk_widget_remove_css_class (widget, style);
}

static void
update (GwActionDetails *self)
{
  const GwAction *a = self->action;
  gboolean writable = self->audit && !gw_audit_get_read_only (self->audit);
  g_autofree char *today = gw_date_today ();
  g_autofree char *due = NULL;
  gboolean overdue;

  gtk_widget_set_sensitive (GTK_WIDGET (self), a != NULL);
  self->updating = TRUE;

  if (a == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->owner_label, "");
      gtk_label_set_label (self->due_label, "");
      gtk_label_set_label (self->priority_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->description_label), FALSE);
      self->updating = FALSE;
      return;
    }

  overdue = gw_action_is_past_due (a, today);
  gtk_label_set_label (self->title_label, a->title);
  gtk_label_set_label (self->owner_label, a->owner && *a->owner ? a->owner : _("Nobody yet"));
  set_style (GTK_WIDGET (self->owner_label), "warning", !(a->owner && *a->owner));

  due = gw_format_date (a->due_date);
  if (due == NULL)
    gtk_label_set_label (self->due_label, _("No due date"));
  else if (overdue)
    {
      /* Translators: a due date that has passed, "12/05/2026 — overdue" */
      g_autofree char *text = g_strdup_printf (_("%s — overdue"), due);
      gtk_label_set_label (self->due_label, text);
    }
  else
    gtk_label_set_label (self->due_label, due);
  set_style (GTK_WIDGET (self->due_label), "error", overdue);

  gtk_label_set_label (self->priority_label, gw_priority_to_label (a->priority));
  gtk_drop_down_set_selected (self->status_dropdown, a->status);
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_dropdown), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->edit_button), writable);

  gtk_label_set_label (self->description_label, a->description ? a->description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), a->description && *a->description);
  self->updating = FALSE;
}

static void
reload (GwActionDetails *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->action, gw_action_free);
  if (self->audit != NULL && self->action_id != 0 && !gw_audit_get_closed (self->audit))
    {
      self->action = gw_audit_get_action (self->audit, self->action_id, &error);
      if (self->action == NULL && !g_error_matches (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM))
        gw_toast_error (GTK_WIDGET (self), _("The action could not be read"), error);
    }

  update (self);
}

static void
audit_changed_cb (GwActionDetails *self,
                  const char      *entity,
                  gint64           id,
                  GwAudit         *audit)
{
  if (id == self->action_id && g_strcmp0 (entity, "action") == 0)
    reload (self);
}

static void
status_changed_cb (GwActionDetails *self,
                   GParamSpec      *pspec,
                   GtkDropDown     *dropdown)
{
  g_autoptr(GwAction) changed = NULL;
  g_autoptr(GError) error = NULL;
  guint status = gtk_drop_down_get_selected (dropdown);

  if (self->updating || self->action == NULL || status > GW_ACTION_STATUS_VERIFIED ||
      status == (guint) self->action->status)
    return;

  changed = gw_action_copy (self->action);
  changed->status = status;
  if (!gw_audit_update_action (self->audit, changed, &error))
    {
      gw_toast_error (GTK_WIDGET (self), _("The status could not be changed"), error);
      update (self);
    }
}

static void
edit_clicked_cb (GwActionDetails *self,
                 GtkButton       *button)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GwActionDialog *dialog;

  if (self->action == NULL)
    return;

  dialog = gw_action_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 self->audit, 0, self->action_id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_clicked_cb (GwActionDetails *self,
                  GtkButton       *button)
{
  g_signal_emit (self, signals[CLOSE_REQUESTED], 0);
}

static void
links_requirement_activated_cb (GwActionDetails    *self,
                                gint64              requirement_id,
                                GwRequirementLinks *links)
{
  g_signal_emit (self, signals[REQUIREMENT_ACTIVATED], 0, requirement_id);
}

static void
gw_action_details_dispose (GObject *object)
{
  GwActionDetails *self = GW_ACTION_DETAILS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_ACTION_DETAILS);
  /* Children without an id are not the template's to remove. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->audit);
  g_clear_pointer (&self->action, gw_action_free);

  G_OBJECT_CLASS (gw_action_details_parent_class)->dispose (object);
}

static void
gw_action_details_class_init (GwActionDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_action_details_dispose;

  signals[REQUIREMENT_ACTIVATED] =
    g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[CLOSE_REQUESTED] =
    g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gapwise/Gapwise/gw-action-details.ui");
  gtk_widget_class_bind_template_child (widget_class, GwActionDetails, description_label);
  gtk_widget_class_bind_template_child (widget_class, GwActionDetails, due_label);
  gtk_widget_class_bind_template_child (widget_class, GwActionDetails, edit_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionDetails, links);
  gtk_widget_class_bind_template_child (widget_class, GwActionDetails, owner_label);
  gtk_widget_class_bind_template_child (widget_class, GwActionDetails, priority_label);
  gtk_widget_class_bind_template_child (widget_class, GwActionDetails, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GwActionDetails, title_label);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, links_requirement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);

  g_type_ensure (GW_TYPE_REQUIREMENT_LINKS);
}

static void
gw_action_details_init (GwActionDetails *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint s = GW_ACTION_STATUS_OPEN; s <= GW_ACTION_STATUS_VERIFIED; s++)
    gtk_string_list_append (statuses, gw_action_status_to_label (s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  update (self);
}

/**
 * gw_action_details_set_audit:
 * @requirements: (element-type GwRequirement) (nullable): the audit's
 *   requirements, kept to show refs and questions
 */
void
gw_action_details_set_audit (GwActionDetails *self,
                             GwAudit         *audit,
                             GPtrArray       *requirements)
{
  g_return_if_fail (GW_IS_ACTION_DETAILS (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));

  if (self->audit != audit)
    {
      if (self->audit != NULL)
        g_signal_handlers_disconnect_by_data (self->audit, self);
      g_set_object (&self->audit, audit);
      if (audit != NULL)
        g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
    }

  self->action_id = 0;
  gw_requirement_links_set_requirements (self->links, requirements);
  gw_requirement_links_set_target (self->links, audit, "action", 0);
  reload (self);
}

void
gw_action_details_set_action_id (GwActionDetails *self,
                                 gint64           action_id)
{
  g_return_if_fail (GW_IS_ACTION_DETAILS (self));

  if (self->action_id == action_id)
    return;

  self->action_id = action_id;
  gw_requirement_links_set_target (self->links, self->audit, "action", action_id);
  reload (self);
}

gint64
gw_action_details_get_action_id (GwActionDetails *self)
{
  g_return_val_if_fail (GW_IS_ACTION_DETAILS (self), 0);
  return self->action_id;
}

GwRequirementLinks *
gw_action_details_get_links (GwActionDetails *self)
{
  g_return_val_if_fail (GW_IS_ACTION_DETAILS (self), NULL);
  return self->links;
}
