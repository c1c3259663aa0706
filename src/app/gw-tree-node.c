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
 * gw_tree_node_build_tree() makes the whole tree from the audit's records.
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
  guint           index;          /* among its siblings */

  GwResult        result;
  int             maturity_current;
  int             maturity_target;
  GwScore         score;

  guint           visible : 1;
};

G_DEFINE_FINAL_TYPE (GwTreeNode, gw_tree_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_RESULT,
  PROP_MATURITY,
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
    case PROP_MATURITY:
      g_value_set_int (value, self->maturity_current);
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
  /* The current maturity, GW_MATURITY_UNSET or 0 to 5; notified when the
   * current or the target level changes. For an informative item (a
   * principle of 4.2.3) it takes the place of a result. */
  properties[PROP_MATURITY] =
    g_param_spec_int ("maturity", NULL, NULL,
                      GW_MATURITY_UNSET, GW_MATURITY_MAX, GW_MATURITY_UNSET,
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
  self->maturity_current = GW_MATURITY_UNSET;
  self->maturity_target = GW_MATURITY_UNSET;
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
  child->index = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  g_list_store_append (self->children, child);
}

/**
 * gw_tree_node_get_index:
 *
 * Returns: the position of the node among its siblings
 */
guint
gw_tree_node_get_index (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), 0);
  return self->index;
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

int
gw_tree_node_get_maturity_current (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), GW_MATURITY_UNSET);
  return self->maturity_current;
}

int
gw_tree_node_get_maturity_target (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), GW_MATURITY_UNSET);
  return self->maturity_target;
}

void
gw_tree_node_set_maturity (GwTreeNode *self,
                           int         current,
                           int         target)
{
  g_return_if_fail (GW_IS_TREE_NODE (self));

  if (self->maturity_current == current && self->maturity_target == target)
    return;

  self->maturity_current = current;
  self->maturity_target = target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATURITY]);
}

/**
 * gw_tree_node_get_done:
 *
 * Returns: whether a requirement has been assessed: it has a result, or,
 *   for an informative item, which takes no result, a current maturity
 */
gboolean
gw_tree_node_get_done (GwTreeNode *self)
{
  g_return_val_if_fail (GW_IS_TREE_NODE (self), FALSE);

  if (self->informative)
    return self->maturity_current != GW_MATURITY_UNSET;
  return self->result != GW_RESULT_NOT_ASSESSED;
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

static void
append_top (GListStore *root,
            GwTreeNode *node)
{
  node->index = g_list_model_get_n_items (G_LIST_MODEL (root));
  g_list_store_append (root, node);
}

/* A clause whose parent chain does not end at the top (a cycle or a
 * dangling parent in a hand-edited file) is shown at the top rather than
 * lost. */
static gboolean
reaches_top (GHashTable *clauses_by_id,
             GwClause   *clause)
{
  for (guint guard = 0; guard < 64; guard++)
    {
      if (clause->parent_id == 0)
        return TRUE;
      clause = g_hash_table_lookup (clauses_by_id, &clause->parent_id);
      if (clause == NULL)
        return FALSE;
    }
  return FALSE;
}

/**
 * gw_tree_node_build_tree:
 * @clauses: (element-type GwClause): the clauses in catalogue order
 * @requirements: (element-type GwRequirement): in catalogue order
 * @assessments: (element-type gint64 GwAssessment): the answers by
 *   requirement id, for the results and maturity
 *
 * Makes the clause tree: each clause lists its own requirements, then its
 * subclauses, as the catalogue does. A requirement without a known clause
 * goes to the top.
 *
 * Returns: (transfer full): a store of the top-level nodes
 */
GListStore *
gw_tree_node_build_tree (GPtrArray  *clauses,
                         GPtrArray  *requirements,
                         GHashTable *assessments)
{
  g_autoptr(GHashTable) nodes = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                       NULL, g_object_unref);
  g_autoptr(GHashTable) clauses_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  GListStore *root = g_list_store_new (GW_TYPE_TREE_NODE);

  for (guint i = 0; i < clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (clauses, i);

      g_hash_table_insert (clauses_by_id, &clause->id, clause);
      g_hash_table_insert (nodes, &clause->id, gw_tree_node_new_clause (clause));
    }

  /* Requirements first, so that they come before the subclauses. */
  for (guint i = 0; i < requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (requirements, i);
      g_autoptr(GwTreeNode) node = gw_tree_node_new_requirement (req);
      GwTreeNode *clause = g_hash_table_lookup (nodes, &req->clause_id);
      GwAssessment *a = assessments ? g_hash_table_lookup (assessments, &req->id) : NULL;

      if (a != NULL)
        {
          node->result = a->result;
          node->maturity_current = a->maturity_current;
          node->maturity_target = a->maturity_target;
        }

      if (clause != NULL)
        gw_tree_node_append_child (clause, node);
      else
        append_top (root, node);
    }

  for (guint i = 0; i < clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (clauses, i);
      GwTreeNode *node = g_hash_table_lookup (nodes, &clause->id);
      GwTreeNode *parent = NULL;

      if (reaches_top (clauses_by_id, clause))
        parent = g_hash_table_lookup (nodes, &clause->parent_id);

      if (parent != NULL)
        gw_tree_node_append_child (parent, node);
      else
        append_top (root, node);
    }

  return root;
}
