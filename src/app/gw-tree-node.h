/* gw-tree-node.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "gw-audit.h"

G_BEGIN_DECLS

typedef enum
{
  GW_TREE_NODE_CLAUSE,
  GW_TREE_NODE_REQUIREMENT,
} GwTreeNodeKind;

#define GW_TYPE_TREE_NODE (gw_tree_node_get_type ())

G_DECLARE_FINAL_TYPE (GwTreeNode, gw_tree_node, GW, TREE_NODE, GObject)

GwTreeNode     *gw_tree_node_new_clause        (const GwClause      *clause);
GwTreeNode     *gw_tree_node_new_requirement   (const GwRequirement *requirement);
GListStore     *gw_tree_node_build_tree        (GPtrArray           *clauses,
                                                GPtrArray           *requirements,
                                                GHashTable          *assessments);

GwTreeNodeKind  gw_tree_node_get_kind          (GwTreeNode          *self);
gint64          gw_tree_node_get_id            (GwTreeNode          *self);
const char     *gw_tree_node_get_number        (GwTreeNode          *self);
const char     *gw_tree_node_get_title         (GwTreeNode          *self);
gboolean        gw_tree_node_get_informative   (GwTreeNode          *self);

GwTreeNode     *gw_tree_node_get_parent        (GwTreeNode          *self);
GListModel     *gw_tree_node_get_children      (GwTreeNode          *self);
void            gw_tree_node_append_child      (GwTreeNode          *self,
                                                GwTreeNode          *child);
guint           gw_tree_node_get_index         (GwTreeNode          *self);

GwResult        gw_tree_node_get_result        (GwTreeNode          *self);
void            gw_tree_node_set_result        (GwTreeNode          *self,
                                                GwResult             result);

int             gw_tree_node_get_maturity_current (GwTreeNode       *self);
int             gw_tree_node_get_maturity_target  (GwTreeNode       *self);
void            gw_tree_node_set_maturity      (GwTreeNode          *self,
                                                int                  current,
                                                int                  target);
gboolean        gw_tree_node_get_done          (GwTreeNode          *self);

const GwScore  *gw_tree_node_get_score         (GwTreeNode          *self);
void            gw_tree_node_set_score         (GwTreeNode          *self,
                                                const GwScore       *score);
double          gw_tree_node_get_readiness     (GwTreeNode          *self);
double          gw_tree_node_get_progress      (GwTreeNode          *self);

gboolean        gw_tree_node_get_visible       (GwTreeNode          *self);
gboolean        gw_tree_node_set_visible       (GwTreeNode          *self,
                                                gboolean             visible);

G_END_DECLS
