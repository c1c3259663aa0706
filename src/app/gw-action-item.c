/* gw-action-item.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of the Actions table: an action as the audit returned it, the
 * refs of the requirements it closes (read once per action when the table
 * is filled, not when a row is drawn), whether it is overdue, and the keys
 * the table sorts and searches by, made on first use.
 */

#define G_LOG_DOMAIN "gw-action-item"

#include "config.h"

#include "gw-action-item.h"

struct _GwActionItem
{
  GObject   parent_instance;

  GwAction *action;
  char     *requirements;     /* "8.1-03, 8.4-02" */
  guint     first_position;   /* checklist position of the first one, or G_MAXUINT */
  gboolean  overdue;
  char     *title_key;
  char     *owner_key;
  char     *search_text;
};

G_DEFINE_FINAL_TYPE (GwActionItem, gw_action_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_REQUIREMENTS,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_keys (GwActionItem *self)
{
  g_clear_pointer (&self->title_key, g_free);
  g_clear_pointer (&self->owner_key, g_free);
  g_clear_pointer (&self->search_text, g_free);
}

static void
gw_action_item_finalize (GObject *object)
{
  GwActionItem *self = GW_ACTION_ITEM (object);

  clear_keys (self);
  g_clear_pointer (&self->action, gw_action_free);
  g_clear_pointer (&self->requirements, g_free);

  G_OBJECT_CLASS (gw_action_item_parent_class)->finalize (object);
}

static void
gw_action_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GwActionItem *self = GW_ACTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->action->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->action->title);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->action->owner);
      break;
    case PROP_DUE_DATE:
      g_value_set_string (value, self->action->due_date);
      break;
    case PROP_REQUIREMENTS:
      g_value_set_string (value, self->requirements);
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_action_item_class_init (GwActionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gw_action_item_finalize;
  object_class->get_property = gw_action_item_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REQUIREMENTS] =
    g_param_spec_string ("requirements", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gw_action_item_init (GwActionItem *self)
{
}

/**
 * gw_action_item_new:
 * @action: (transfer full): the record
 * @requirements: the refs of its requirements, as the table shows them
 * @first_position: where the first of them is in the checklist, for sorting
 * @overdue: whether it is open after its due date
 */
GwActionItem *
gw_action_item_new (GwAction   *action,
                    const char *requirements,
                    guint       first_position,
                    gboolean    overdue)
{
  GwActionItem *self;

  g_return_val_if_fail (action != NULL, NULL);

  self = g_object_new (GW_TYPE_ACTION_ITEM, NULL);
  self->action = action;
  self->requirements = g_strdup (requirements);
  self->first_position = first_position;
  self->overdue = overdue;
  return self;
}

/**
 * gw_action_item_set_action:
 * @action: (transfer full): the record as it is now, with the same id
 */
void
gw_action_item_set_action (GwActionItem *self,
                           GwAction     *action,
                           const char   *requirements,
                           guint         first_position,
                           gboolean      overdue)
{
  g_autoptr(GwAction) old = NULL;

  g_return_if_fail (GW_IS_ACTION_ITEM (self));
  g_return_if_fail (action != NULL && action->id == self->action->id);

  old = g_steal_pointer (&self->action);
  self->action = action;
  self->first_position = first_position;
  clear_keys (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (old->title, action->title) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  if (g_strcmp0 (old->owner, action->owner) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
  if (g_strcmp0 (old->due_date, action->due_date) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
  if (g_strcmp0 (self->requirements, requirements) != 0)
    {
      g_free (self->requirements);
      self->requirements = g_strdup (requirements);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIREMENTS]);
    }
  if (self->overdue != overdue)
    {
      self->overdue = overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
gw_action_item_get_id (GwActionItem *self)
{
  g_return_val_if_fail (GW_IS_ACTION_ITEM (self), 0);
  return self->action->id;
}

const GwAction *
gw_action_item_get_action (GwActionItem *self)
{
  g_return_val_if_fail (GW_IS_ACTION_ITEM (self), NULL);
  return self->action;
}

const char *
gw_action_item_get_requirements (GwActionItem *self)
{
  g_return_val_if_fail (GW_IS_ACTION_ITEM (self), NULL);
  return self->requirements;
}

guint
gw_action_item_get_first_position (GwActionItem *self)
{
  g_return_val_if_fail (GW_IS_ACTION_ITEM (self), G_MAXUINT);
  return self->first_position;
}

gboolean
gw_action_item_get_overdue (GwActionItem *self)
{
  g_return_val_if_fail (GW_IS_ACTION_ITEM (self), FALSE);
  return self->overdue;
}

const char *
gw_action_item_get_title_key (GwActionItem *self)
{
  if (self->title_key == NULL)
    self->title_key = g_utf8_collate_key (self->action->title ? self->action->title : "", -1);
  return self->title_key;
}

const char *
gw_action_item_get_owner_key (GwActionItem *self)
{
  if (self->owner_key == NULL)
    self->owner_key = self->action->owner ? g_utf8_collate_key (self->action->owner, -1) : g_strdup ("");
  return self->owner_key;
}

/* What a search looks in, case-folded: title, owner, requirements and
 * description. */
const char *
gw_action_item_get_search_text (GwActionItem *self)
{
  if (self->search_text == NULL)
    {
      const GwAction *a = self->action;
      g_autofree char *joined = g_strjoin ("\n", a->title ? a->title : "",
                                           a->owner ? a->owner : "",
                                           self->requirements ? self->requirements : "",
                                           a->description ? a->description : "", NULL);
      self->search_text = g_utf8_casefold (joined, -1);
    }
  return self->search_text;
}
