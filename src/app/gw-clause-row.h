/* gw-clause-row.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-tree-node.h"

G_BEGIN_DECLS

#define GW_TYPE_CLAUSE_ROW (gw_clause_row_get_type ())

G_DECLARE_FINAL_TYPE (GwClauseRow, gw_clause_row, GW, CLAUSE_ROW, GtkWidget)

GtkWidget          *gw_clause_row_new         (void);
GtkListItemFactory *gw_clause_row_factory_new (void);
GwTreeNode         *gw_clause_row_get_node    (GwClauseRow *self);
void                gw_clause_row_set_node    (GwClauseRow *self,
                                               GwTreeNode  *node);

G_END_DECLS
