/* gw-clause-index.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "gw-audit.h"
#include "gw-clause-sidebar.h"
#include "gw-tree-node.h"

G_BEGIN_DECLS

#define GW_TYPE_CLAUSE_INDEX (gw_clause_index_get_type ())

G_DECLARE_FINAL_TYPE (GwClauseIndex, gw_clause_index, GW, CLAUSE_INDEX, GObject)

GwClauseIndex *gw_clause_index_new                (GwAudit         *audit,
                                                   GListModel      *root,
                                                   GPtrArray       *assessments);

gboolean       gw_clause_index_set_query          (GwClauseIndex   *self,
                                                   const char      *text);
void           gw_clause_index_set_filter         (GwClauseIndex   *self,
                                                   GwSidebarFilter  filter);
void           gw_clause_index_set_pinned         (GwClauseIndex   *self,
                                                   GwTreeNode      *node);
gboolean       gw_clause_index_get_active         (GwClauseIndex   *self);
gboolean       gw_clause_index_has_query          (GwClauseIndex   *self);
void           gw_clause_index_apply              (GwClauseIndex   *self,
                                                   guint           *n_hidden,
                                                   guint           *n_shown);

guint          gw_clause_index_get_n_matches      (GwClauseIndex   *self);
guint          gw_clause_index_get_n_requirements (GwClauseIndex   *self);
GwTreeNode    *gw_clause_index_find_requirement   (GwClauseIndex   *self,
                                                   gint64           requirement_id);
GwTreeNode    *gw_clause_index_find_clause        (GwClauseIndex   *self,
                                                   gint64           clause_id);
GwTreeNode    *gw_clause_index_get_adjacent       (GwClauseIndex   *self,
                                                   gint64           requirement_id,
                                                   int              direction);

void           gw_clause_index_set_finding        (GwClauseIndex   *self,
                                                   gint64           requirement_id,
                                                   const char      *finding);
void           gw_clause_index_evidence_changed   (GwClauseIndex   *self,
                                                   gint64           evidence_id);
gboolean       gw_clause_index_get_evidence_read  (GwClauseIndex   *self);

G_END_DECLS
