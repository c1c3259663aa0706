/* gw-action-row.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One linked action in the requirement editor: title, owner, due date and
 * priority, its status as a tag and an "Overdue" tag when its due date has
 * passed while it is still open. Like the evidence row it only shows its
 * "action" record; its buttons activate editor.edit-action and
 * editor.unlink-action with the action id as target.
 */

#define G_LOG_DOMAIN "gw-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-action-row.h"
#include "gw-ui-utils.h"

struct _GwActionRow
{
  AdwActionRow  parent_instance;

  GwAction     *action;

  /* Template widgets */
  GtkButton    *edit_button;
  GtkLabel     *overdue_label;
  GtkLabel     *status_label;
  GtkButton    *unlink_button;
};

G_DEFINE_FINAL_TYPE (GwActionRow, gw_action_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * gw_action_is_overdue:
 * @today: (nullable): today as YYYY-MM-DD, or %NULL for the real today
 *
 * Returns: whether @action is due before @today and neither done nor verified
 */
gboolean
gw_action_is_overdue (const GwAction *action,
                      const char     *today)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (action != NULL, FALSE);

  if (action->status == GW_ACTION_STATUS_DONE || action->status == GW_ACTION_STATUS_VERIFIED ||
      !gw_date_is_valid (action->due_date))
    return FALSE;

  if (today == NULL)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_now_local ();
      today = now = g_date_time_format (dt, "%Y-%m-%d");
    }

  /* YYYY-MM-DD sorts as text in date order. */
  return g_strcmp0 (action->due_date, today) < 0;
}

static char *
describe (const GwAction *a)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *due = gw_format_date (a->due_date);

  if (a->owner && *a->owner)
    g_ptr_array_add (parts, g_strdup (a->owner));
  else
    g_ptr_array_add (parts, g_strdup (_("No owner")));
  if (due)
    /* Translators: the due date of an action */
    g_ptr_array_add (parts, g_strdup_printf (_("due %s"), due));
  /* Translators: an action's priority, such as "High priority" */
  g_ptr_array_add (parts, g_strdup_printf (_("%s priority"), gw_priority_to_label (a->priority)));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update (GwActionRow *self)
{
  const GwAction *a = self->action;
  g_autofree char *subtitle = NULL;
  gboolean finished;

  if (a == NULL)
    return;

  subtitle = describe (a);
  finished = a->status == GW_ACTION_STATUS_DONE || a->status == GW_ACTION_STATUS_VERIFIED;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), a->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_label (self->status_label, gw_action_status_to_label (a->status));
  if (finished)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "success");
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), gw_action_is_overdue (a, NULL));

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), g_variant_new_int64 (a->id));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->unlink_button), g_variant_new_int64 (a->id));
}

static void
gw_action_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), GW_TYPE_ACTION_ROW);

  G_OBJECT_CLASS (gw_action_row_parent_class)->dispose (object);
}

static void
gw_action_row_finalize (GObject *object)
{
  g_clear_pointer (&GW_ACTION_ROW (object)->action, gw_action_free);

  G_OBJECT_CLASS (gw_action_row_parent_class)->finalize (object);
}

static void
gw_action_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTION:
      g_value_set_boxed (value, GW_ACTION_ROW (object)->action);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_action_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTION:
      gw_action_row_set_action (GW_ACTION_ROW (object), g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_action_row_class_init (GwActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_action_row_dispose;
  object_class->finalize = gw_action_row_finalize;
  object_class->get_property = gw_action_row_get_property;
  object_class->set_property = gw_action_row_set_property;

  properties[PROP_ACTION] =
    g_param_spec_boxed ("action", NULL, NULL, GW_TYPE_ACTION,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GwActionRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionRow, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, GwActionRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, GwActionRow, unlink_button);
}

static void
gw_action_row_init (GwActionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gw_action_row_new (const GwAction *action)
{
  return g_object_new (GW_TYPE_ACTION_ROW, "action", action, NULL);
}

const GwAction *
gw_action_row_get_action (GwActionRow *self)
{
  g_return_val_if_fail (GW_IS_ACTION_ROW (self), NULL);
  return self->action;
}

void
gw_action_row_set_action (GwActionRow    *self,
                          const GwAction *action)
{
  g_return_if_fail (GW_IS_ACTION_ROW (self));

  if (self->action == action)
    return;

  g_clear_pointer (&self->action, gw_action_free);
  if (action)
    self->action = gw_action_copy (action);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}
