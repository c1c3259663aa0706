/* gw-clause-sidebar.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

typedef enum
{
  GW_SIDEBAR_FILTER_ALL,
  GW_SIDEBAR_FILTER_GAPS,           /* partially conforming or nonconforming */
  GW_SIDEBAR_FILTER_NOT_ASSESSED,
  GW_SIDEBAR_FILTER_NOT_APPLICABLE,
} GwSidebarFilter;

#define GW_TYPE_CLAUSE_SIDEBAR (gw_clause_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (GwClauseSidebar, gw_clause_sidebar, GW, CLAUSE_SIDEBAR, GtkWidget)

GwAudit         *gw_clause_sidebar_get_audit                (GwClauseSidebar *self);
void             gw_clause_sidebar_set_audit                (GwClauseSidebar *self,
                                                             GwAudit         *audit);
void             gw_clause_sidebar_focus_search             (GwClauseSidebar *self);
void             gw_clause_sidebar_set_search_text          (GwClauseSidebar *self,
                                                             const char      *text);
GwSidebarFilter  gw_clause_sidebar_get_filter               (GwClauseSidebar *self);
void             gw_clause_sidebar_set_filter               (GwClauseSidebar *self,
                                                             GwSidebarFilter  filter);
void             gw_clause_sidebar_select_requirement       (GwClauseSidebar *self,
                                                             gint64           requirement_id);
void             gw_clause_sidebar_select_clause            (GwClauseSidebar *self,
                                                             gint64           clause_id);
gint64           gw_clause_sidebar_get_adjacent_requirement (GwClauseSidebar *self,
                                                             gint64           requirement_id,
                                                             int              direction);
guint            gw_clause_sidebar_count_visible_requirements (GwClauseSidebar *self);
const char      *gw_clause_sidebar_get_search_text          (GwClauseSidebar *self);
gint64           gw_clause_sidebar_get_selected             (GwClauseSidebar *self,
                                                             gboolean        *out_is_clause);
gboolean         gw_clause_sidebar_is_search_complete       (GwClauseSidebar *self);

G_END_DECLS
