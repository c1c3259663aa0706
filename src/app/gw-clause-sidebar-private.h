/* gw-clause-sidebar-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clause sidebar is split in two files: gw-clause-sidebar.c (models,
 * search, live updates, API) and gw-clause-sidebar-navigation.c (finding,
 * scrolling to and focusing rows, and the tree's keys).
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-clause-index.h"
#include "gw-clause-sidebar.h"
#include "gw-tree-node.h"

G_BEGIN_DECLS

struct _GwClauseSidebar
{
  GtkWidget           parent_instance;

  GwAudit            *audit;
  GwSidebarFilter     filter;

  /* What was read when the audit was set, kept current by "changed" */
  GPtrArray          *clauses;          /* GwClause */
  GPtrArray          *requirements;     /* GwRequirement */
  GPtrArray          *assessments;      /* GwAssessment */
  GHashTable         *assessment_by_id; /* gint64 → GwAssessment in assessments */

  GwClauseIndex      *index;
  GListStore         *root;
  GtkTreeListModel   *tree_model;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *node_filter;
  GtkSingleSelection *selection;

  GwTreeNode         *selected;         /* the pinned node */
  gboolean            active;           /* a search or filter is on */
  GHashTable         *saved_expanded;   /* nodes the user had expanded */
  guint               selection_guard;
  guint               refilter_source;

  GwTreeNode         *focus_target;
  guint               focus_tick;
  guint               focus_tries;

  /* Template widgets */
  GtkToggleButton    *all_button;
  GtkLabel           *count_label;
  GtkToggleButton    *gaps_button;
  GtkListView        *list_view;
  GtkToggleButton    *not_applicable_button;
  GtkToggleButton    *not_assessed_button;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
};

GtkTreeListRow *_gw_clause_sidebar_get_tree_row        (GwClauseSidebar       *self,
                                                        GwTreeNode            *node);
guint           _gw_clause_sidebar_get_view_position   (GwClauseSidebar       *self,
                                                        GtkTreeListRow        *row);
guint           _gw_clause_sidebar_get_node_position   (GwClauseSidebar       *self,
                                                        GwTreeNode            *node);
gboolean        _gw_clause_sidebar_list_has_focus      (GwClauseSidebar       *self);
void            _gw_clause_sidebar_show_position       (GwClauseSidebar       *self,
                                                        guint                  position,
                                                        gboolean               focus);
void            _gw_clause_sidebar_cancel_focus        (GwClauseSidebar       *self);
gboolean        _gw_clause_sidebar_list_key_pressed    (GwClauseSidebar       *self,
                                                        guint                  keyval,
                                                        guint                  keycode,
                                                        GdkModifierType        state,
                                                        GtkEventControllerKey *controller);
gboolean        _gw_clause_sidebar_search_key_pressed  (GwClauseSidebar       *self,
                                                        guint                  keyval,
                                                        guint                  keycode,
                                                        GdkModifierType        state,
                                                        GtkEventControllerKey *controller);

G_END_DECLS
