/* gw-tree-node.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One item of the clause tree that the sidebar shows: a clause, with its
 * requirements and subclauses as children, or a requirement, a leaf. The
 * catalogue part (number, title) never changes while an audit is open; the
 * live part (a requirement's result, a clause's score) is set by the
 * sidebar when the audit reports a change, and row widgets follow it
 * through property notifications, so an edit never rebuilds the tree.
 *
 * A clause owns its children in a GListStore; the sidebar wraps that store
 * in a filter model when GtkTreeListModel asks for it. A child points back
 * to its parent without a reference (the parent outlives it).
 *
 * "visible" is the answer of the sidebar's search and result filter for this
 * node. It is a plain field rather than a property: the sidebar sets it for
 * thousands of nodes per keystroke, then tells the filter once.
 */

#define G_LOG_DOMAIN "gw-tree-node"

#include "config.h"

#include <string.h>

#include "gw-tree-node.h"

struct _GwTreeNode
{
  GObject         parent_instance;

  GwTreeNodeKind  kind;
  gint64          id;
  char           *number;
  char           *title;
  gboolean        informative;

  GwTreeNode     *parent;
  GListStore     *children;

  GwResult        result;
  GwScore         score;

  guint           visible : 1;
};

G_DEFINE_FINAL_TYPE (GwTreeNode, gw_tree_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_RESULT,
  PROP_READINESS,
  PROP_PROGRESS,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
gw_tree_node_finalize (GObject *object)
{
  GwTreeNode *self = (GwTreeNode *) object;

  g_clear_object (&self->children);
  g_free (self->number);
  g_free (self->title);

  G_OBJECT_CLASS (gw_tree_node_parent_class)->finalize (object);
}

static void
gw_tree_node_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GwTreeNode *self = GW_TREE_NODE (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_RESULT:
      g_value_set_int (value, self->result);
      break;
    case PROP_READINESS:
      g_value_set_double (value, gw_tree_node_get_readiness (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, gw_tree_node_get_progress (self));
      break;
    case PROP_SCORE:
      g_value_set_pointer (value, &self->score);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_tree_node_class_init (GwTreeNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gw_tree_node_finalize;
  object_class->get_property = gw_tree_node_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* A GwResult; an int because the core has no generated enum types. */
  properties[PROP_RESULT] =
    g_param_spec_int ("result", NULL, NULL,
                      GW_RESULT_NOT_ASSESSED, GW_RESULT_NOT_APPLICABLE, GW_RESULT_NOT_ASSESSED,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READINESS] =
    g_param_spec_double ("readiness", NULL, NULL, -1.0, 1.0, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, -1.0, 1.0, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The GwScore behind readiness and progress; notified when any count
   * changes, even when both ratios stay the same. */
  properties[PROP_SCORE] =
    g_param_spec_pointer ("score", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gw_tree_node_init (GwTreeNode *self)
{
  self->result = GW_RESULT_NOT_ASSESSED;
  self->visible = TRUE;
}

/* Public API */

GwTreeNode *
gw_tree_node_new_clause (const GwClause *clause)
{
  GwTreeNode *self;

  g_return_val_if_fail (clause != NULL, NULL);

  self = g_object_new (GW_TYPE_TREE_NODE, NULL);
  self->kind = GW_TREE_NODE_CLAUSE;
  self->id = clause->id;
  self->number = g_strdup (clause->number);
  self->title = g_strdup (clause->title);
  self->informative = clause->informative;
  self->children = g_list_store_new (GW_TYPE_TREE_NODE);

  return self;
}

GwTreeNode *
gw_tree_node_new_requirement (const GwRequirement *requirement)
{
  GwTreeNode *self;

  g_return_val_if_fail (requirement != NULL, NULL);

  self = g_object_new (GW_TYPE_TREE_NODE, NULL);
  self->kind = GW_TREE_NODE_REQUIREMENT;
  self->id = requirement->id;
  self->number = g_strdup (requirement->ref);
  self->title = g_strdup (requirement->question);
  self->informative = requirement->informative;

  return self;
}

GwTreeNodeKind
gw_tree_node_get_kind (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), GW_TREE_NODE_CLAUSE);
  return self->kind;
}

gint64
gw_tree_node_get_id (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), 0);
  return self->id;
}

/**
 * gw_tree_node_get_number:
 *
 * Returns: the clause number, or the requirement's ref
 */
const char *
gw_tree_node_get_number (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), NULL);
  return self->number;
}

/**
 * gw_tree_node_get_title:
 *
 * Returns: the clause title, or the requirement's question
 */
const char *
gw_tree_node_get_title (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), NULL);
  return self->title;
}

gboolean
gw_tree_node_get_informative (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), FALSE);
  return self->informative;
}

/**
 * gw_tree_node_get_parent:
 *
 * Returns: (transfer none) (nullable): the clause this node belongs to
 */
GwTreeNode *
gw_tree_node_get_parent (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), NULL);
  return self->parent;
}

/**
 * gw_tree_node_get_children:
 *
 * Returns: (transfer none) (nullable): the requirements and subclauses of
 *   a clause, in checklist order; %NULL for a requirement
 */
GListModel *
gw_tree_node_get_children (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), NULL);
  return self->children ? G_LIST_MODEL (self->children) : NULL;
}

void
gw_tree_node_append_child (GwTreeNode *self,
                           GwTreeNode *child)
{
  g_return_if_fail (GW_IS_TREE_NODE (self));
  g_return_if_fail (GW_IS_TREE_NODE (child));
  g_return_if_fail (self->kind == GW_TREE_NODE_CLAUSE);
  g_return_if_fail (child->parent == NULL);

  child->parent = self;
  g_list_store_append (self->children, child);
}

GwResult
gw_tree_node_get_result (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), GW_RESULT_NOT_ASSESSED);
  return self->result;
}

void
gw_tree_node_set_result (GwTreeNode *self,
                         GwResult    result)
{
  g_return_if_fail (GW_IS_TREE_NODE (self));

  if (self->result == result)
    return;

  self->result = result;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

/**
 * gw_tree_node_get_score:
 *
 * Returns: (transfer none): the counts of a clause and everything below it
 */
const GwScore *
gw_tree_node_get_score (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), NULL);
  return &self->score;
}

void
gw_tree_node_set_score (GwTreeNode    *self,
                        const GwScore *score)
{
  double old_readiness;
  double old_progress;

  g_return_if_fail (GW_IS_TREE_NODE (self));
  g_return_if_fail (score != NULL);

  if (memcmp (&self->score, score, sizeof *score) == 0)
    return;

  old_readiness = gw_tree_node_get_readiness (self);
  old_progress = gw_tree_node_get_progress (self);
  self->score = *score;

  g_object_freeze_notify (G_OBJECT (self));
  if (gw_tree_node_get_readiness (self) != old_readiness)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READINESS]);
  if (gw_tree_node_get_progress (self) != old_progress)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * gw_tree_node_get_readiness:
 *
 * Returns: the readiness of a clause from 0 to 1, or a negative number
 *   when nothing in it has been assessed
 */
double
gw_tree_node_get_readiness (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), -1.0);
  return gw_score_get_readiness (&self->score);
}

/**
 * gw_tree_node_get_progress:
 *
 * Returns: the share of applicable requirements assessed, from 0 to 1, or
 *   a negative number when nothing in the clause is applicable
 */
double
gw_tree_node_get_progress (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), -1.0);
  return gw_score_get_progress (&self->score);
}

gboolean
gw_tree_node_get_visible (GwTreeNode *self)
{
  return self->visible;
}

/**
 * gw_tree_node_set_visible:
 *
 * Returns: %TRUE if the value changed
 */
gboolean
gw_tree_node_set_visible (GwTreeNode *self,
                          gboolean    visible)
{
  visible = !!visible;
  if (self->visible == (guint) visible)
    return FALSE;

  self->visible = visible;
  return TRUE;
}
