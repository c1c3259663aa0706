/* gw-clause-sidebar.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checklist sidebar: the clause tree of the open audit, with a live
 * search and a filter by result. Selecting a row tells the window which
 * clause or requirement to show.
 *
 * Model pipeline:
 *
 *   root GListStore of GwTreeNode (clauses 4 … 10)
 *     → GtkTreeListModel (a clause's children: its own GListStore of
 *       requirements, then subclauses)
 *     → GtkFilterListModel (GtkCustomFilter reading each node's "visible")
 *     → GtkSingleSelection
 *     → GtkListView (gw_clause_row_factory_new(): GtkTreeExpander + GwClauseRow)
 *
 * The filter sits above the tree rather than in each clause's child model
 * on purpose. A change of search then reaches the list view as one
 * items-changed whose rows are the same GtkTreeListRow objects as before, so
 * the list view keeps the widgets of rows that stay and makes new ones only
 * for rows that come into view. Filtering each child model instead makes
 * the tree replace its rows with new objects, clause by clause, and the
 * GTK 4.8 list view rebuilds its 200 or so row widgets for each: seconds
 * per keystroke on a large audit.
 *
 * GwClauseIndex holds the search texts and sets every node's "visible"
 * flag; the sidebar then calls gtk_filter_changed() once, with
 * MORE_STRICT when rows only went away, LESS_STRICT when they only came
 * back (counted from the flags that changed). While a search or filter is
 * on, every clause is expanded (the tree list model's autoexpand); the rows
 * the user had expanded before are restored when it is cleared. The
 * selected row is pinned: it stays visible whatever the filter, so setting
 * the result of the requirement in view does not make it vanish under
 * "Not assessed"; it goes when the selection moves on.
 *
 * Live updates: the audit's "changed" signal updates one node's result and
 * the scores of the clauses, recomputed with the core's scoring from the
 * records read when the audit was set, without touching the models.
 *
 * Finding, scrolling to and focusing rows, and the keys of the tree, are in
 * gw-clause-sidebar-navigation.c.
 */

#define G_LOG_DOMAIN "gw-clause-sidebar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gw-clause-row.h"
#include "gw-clause-sidebar-private.h"
#include "gw-ui-utils.h"

G_DEFINE_FINAL_TYPE (GwClauseSidebar, gw_clause_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AUDIT,
  N_PROPS
};

enum {
  REQUIREMENT_SELECTED,
  CLAUSE_SELECTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void refilter (GwClauseSidebar *self,
                      gboolean         query_changed);

/* Rows and positions */

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  GListModel *children = gw_tree_node_get_children (GW_TREE_NODE (item));

  if (children == NULL || g_list_model_get_n_items (children) == 0)
    return NULL;

  return g_object_ref (children);
}

static gboolean
row_filter_func (gpointer item,
                 gpointer user_data)
{
  g_autoptr(GwTreeNode) node = gtk_tree_list_row_get_item (GTK_TREE_LIST_ROW (item));

  return gw_tree_node_get_visible (node);
}

static GwTreeNode *
get_selected_node (GwClauseSidebar *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row ? gtk_tree_list_row_get_item (row) : NULL;
}

/* Scores */

static void
update_scores (GwClauseSidebar *self)
{
  g_autoptr(GwScoreSheet) sheet = NULL;

  sheet = gw_score_sheet_new (self->clauses, self->requirements, self->assessments);
  for (guint i = 0; i < self->clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (self->clauses, i);
      GwTreeNode *node = gw_clause_index_find_clause (self->index, clause->id);
      const GwScore *score = gw_score_sheet_get_clause (sheet, clause->id);

      if (node != NULL && score != NULL)
        gw_tree_node_set_score (node, score);
    }
}

/* Selection, scrolling and focus */

/* Selects @position without reporting it as the user's choice. */
static void
select_quietly (GwClauseSidebar *self,
                guint            position)
{
  self->selection_guard++;
  gtk_single_selection_set_selected (self->selection, position);
  self->selection_guard--;
}

static void
emit_selected (GwClauseSidebar *self,
               GwTreeNode      *node)
{
  if (gw_tree_node_get_kind (node) == GW_TREE_NODE_REQUIREMENT)
    g_signal_emit (self, signals[REQUIREMENT_SELECTED], 0, gw_tree_node_get_id (node));
  else
    g_signal_emit (self, signals[CLAUSE_SELECTED], 0, gw_tree_node_get_id (node));
}

static gboolean
refilter_idle_cb (gpointer user_data)
{
  GwClauseSidebar *self = user_data;

  self->refilter_source = 0;
  refilter (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* Moves the pin. The row that loses it may have to leave a filtered list;
 * that happens from an idle, not under the click or key press that moved
 * the selection. */
static void
set_pinned (GwClauseSidebar *self,
            GwTreeNode      *node)
{
  if (!g_set_object (&self->selected, node))
    return;

  gw_clause_index_set_pinned (self->index, node);
  if (self->active && self->refilter_source == 0)
    self->refilter_source = g_idle_add (refilter_idle_cb, self);
}

static void
select_node (GwClauseSidebar *self,
             GwTreeNode      *node)
{
  guint position;

  set_pinned (self, node);
  if (!gw_tree_node_get_visible (node))
    refilter (self, FALSE);

  position = _gw_clause_sidebar_get_node_position (self, node);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      select_quietly (self, position);
      _gw_clause_sidebar_show_position (self, position, _gw_clause_sidebar_list_has_focus (self));
    }

  emit_selected (self, node);
}

/* Expansion */

static void
expand_all (GwClauseSidebar *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);

      if (gtk_tree_list_row_is_expandable (row) && !gtk_tree_list_row_get_expanded (row))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
save_expanded (GwClauseSidebar *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree_model));

  g_clear_pointer (&self->saved_expanded, g_hash_table_unref);
  self->saved_expanded = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);

      if (gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (self->saved_expanded, gtk_tree_list_row_get_item (row));
    }
}

static gboolean
is_ancestor (GwTreeNode *clause,
             GwTreeNode *node)
{
  for (GwTreeNode *p = node ? gw_tree_node_get_parent (node) : NULL; p; p = gw_tree_node_get_parent (p))
    if (p == clause)
      return TRUE;
  return FALSE;
}

/* Back from a search: the rows the user had open, and the way to the
 * selected row. */
static void
restore_expanded (GwClauseSidebar *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);
      g_autoptr(GwTreeNode) node = NULL;

      if (!gtk_tree_list_row_get_expanded (row))
        continue;

      node = gtk_tree_list_row_get_item (row);
      if ((self->saved_expanded != NULL && g_hash_table_contains (self->saved_expanded, node)) ||
          is_ancestor (node, self->selected))
        continue;

      gtk_tree_list_row_set_expanded (row, FALSE);
    }

  g_clear_pointer (&self->saved_expanded, g_hash_table_unref);
}

/* Filtering */

static void
update_count (GwClauseSidebar *self)
{
  guint n_requirements = self->index ? gw_clause_index_get_n_requirements (self->index) : 0;
  guint n_matches = self->index ? gw_clause_index_get_n_matches (self->index) : 0;
  gboolean show_count = self->active && n_requirements > 0;

  if (show_count)
    {
      g_autofree char *text = NULL;

      /* Translators: shown under the sidebar search, e.g. "12 of 147 requirements" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u requirement",
                                           "%u of %u requirements",
                                           n_requirements),
                              n_matches, n_requirements);
      gtk_label_set_text (self->count_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), show_count);

  gtk_stack_set_visible_child_name (self->stack,
                                    self->active && n_matches == 0 ? "empty" : "list");
}

/* Applies the search and filter to the list. @query_changed says the user
 * changed them, so the results are shown from the top; otherwise the
 * selected row stays in view. */
static void
refilter (GwClauseSidebar *self,
          gboolean         query_changed)
{
  gboolean was_active = self->active;
  guint n_hidden = 0;
  guint n_shown = 0;
  gboolean detach = FALSE;
  gboolean had_focus = FALSE;
  gint64 start = g_get_monotonic_time ();

  g_clear_handle_id (&self->refilter_source, g_source_remove);

  if (self->index == NULL)
    return;

  gw_clause_index_set_filter (self->index, self->filter);
  self->active = gw_clause_index_get_active (self->index);

  if (self->active && !was_active)
    save_expanded (self);

  gw_clause_index_apply (self->index, &n_hidden, &n_shown);

  /* The selection model re-reports its row as rows come and go; that is
   * not the user choosing one. */
  self->selection_guard++;

  /* Starting a search opens every clause and ending it closes them again.
   * Meanwhile the list view is detached from its model: GTK 4.8 remakes
   * the row widgets in view after each clause opened or closed (some
   * 200 ms for the 42 clauses of a large audit), which is slower than
   * making them once (some 30 ms). */
  if (!self->active && was_active)
    {
      /* Collapse first, while the search still hides most rows. */
      had_focus = _gw_clause_sidebar_list_has_focus (self);
      detach = TRUE;
      gtk_list_view_set_model (self->list_view, NULL);
      gtk_tree_list_model_set_autoexpand (self->tree_model, FALSE);
      restore_expanded (self);
    }

  if (n_hidden > 0 || n_shown > 0)
    {
      GtkFilterChange change;

      if (n_shown == 0)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (n_hidden == 0)
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      else
        change = GTK_FILTER_CHANGE_DIFFERENT;

      gtk_filter_changed (GTK_FILTER (self->node_filter), change);
    }

  /* Open everything once the search has hidden what it hides, so that the
   * rows it adds are mostly filtered out on the way in. */
  if (self->active && !was_active)
    {
      had_focus = _gw_clause_sidebar_list_has_focus (self);
      detach = TRUE;
      gtk_list_view_set_model (self->list_view, NULL);
      gtk_tree_list_model_set_autoexpand (self->tree_model, TRUE);
      expand_all (self);
    }

  if (detach)
    gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  if (self->selected != NULL)
    {
      guint position = _gw_clause_sidebar_get_node_position (self, self->selected);

      if (position != GTK_INVALID_LIST_POSITION &&
          position != gtk_single_selection_get_selected (self->selection))
        gtk_single_selection_set_selected (self->selection, position);

      if (position != GTK_INVALID_LIST_POSITION && (detach || (!self->active && was_active)))
        _gw_clause_sidebar_show_position (self, position, had_focus);
    }

  if (query_changed && self->active && n_hidden + n_shown > 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    _gw_clause_sidebar_show_position (self, 0, FALSE);

  self->selection_guard--;
  update_count (self);

  g_debug ("Filtered %u requirements in %.2f ms (%u rows hidden, %u shown%s)",
           gw_clause_index_get_n_requirements (self->index),
           (g_get_monotonic_time () - start) / 1000.0, n_hidden, n_shown,
           detach ? ", list detached" : "");
}

/* Audit and index signals */

static void
assessment_changed (GwClauseSidebar *self,
                    gint64           requirement_id)
{
  GwTreeNode *node = gw_clause_index_find_requirement (self->index, requirement_id);
  g_autoptr(GwAssessment) fresh = NULL;
  g_autoptr(GError) error = NULL;
  GwAssessment *cached;

  if (node == NULL)
    return;

  fresh = gw_audit_get_assessment (self->audit, requirement_id, &error);
  if (fresh == NULL)
    {
      gw_toast_error (GTK_WIDGET (self), _("Could not update the checklist"), error);
      return;
    }

  /* The score sheet reads the cached records: update them in place. */
  cached = g_hash_table_lookup (self->assessment_by_id, &requirement_id);
  if (cached == NULL)
    {
      cached = gw_assessment_copy (fresh);
      g_ptr_array_add (self->assessments, cached);
      g_hash_table_insert (self->assessment_by_id, &cached->requirement_id, cached);
    }
  else
    {
      cached->result = fresh->result;
      cached->grade = fresh->grade;
      cached->maturity_current = fresh->maturity_current;
      cached->maturity_target = fresh->maturity_target;
    }

  gw_clause_index_set_finding (self->index, requirement_id, fresh->finding);
  gw_tree_node_set_result (node, fresh->result);
  gw_tree_node_set_maturity (node, fresh->maturity_current, fresh->maturity_target);
  update_scores (self);

  if (self->active)
    refilter (self, FALSE);
}

static void
audit_changed_cb (GwClauseSidebar *self,
                  const char      *entity,
                  gint64           id,
                  GwAudit         *audit)
{
  if (audit != self->audit || self->index == NULL)
    return;

  if (g_strcmp0 (entity, "assessment") == 0)
    assessment_changed (self, id);
  else if (g_strcmp0 (entity, "evidence") == 0)
    gw_clause_index_evidence_changed (self->index, id);
}

static void
evidence_read_cb (GwClauseSidebar *self,
                  GwClauseIndex   *index)
{
  if (index == self->index && gw_clause_index_has_query (index))
    refilter (self, FALSE);
}

static void
index_failed_cb (GwClauseSidebar *self,
                 const GError    *error,
                 GwClauseIndex   *index)
{
  /* The search still works on everything else. */
  gw_toast_error (GTK_WIDGET (self), _("Could not read the evidence for the search"), error);
}

/* Template callbacks */

static void
search_changed_cb (GwClauseSidebar *self,
                   GtkSearchEntry  *entry)
{
  if (self->index != NULL &&
      gw_clause_index_set_query (self->index, gtk_editable_get_text (GTK_EDITABLE (entry))))
    refilter (self, TRUE);
}

static void
stop_search_cb (GwClauseSidebar *self,
                GtkSearchEntry  *entry)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

/* Enter in the search shows the first match. */
static void
search_activate_cb (GwClauseSidebar *self,
                    GtkSearchEntry  *entry)
{
  GwTreeNode *first;

  if (self->index == NULL)
    return;

  first = gw_clause_index_get_adjacent (self->index, 0, 1);
  if (first != NULL)
    select_node (self, first);
}

static void
filter_toggled_cb (GwClauseSidebar *self,
                   GtkToggleButton *button)
{
  GwSidebarFilter filter;

  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->gaps_button)
    filter = GW_SIDEBAR_FILTER_GAPS;
  else if (button == self->not_assessed_button)
    filter = GW_SIDEBAR_FILTER_NOT_ASSESSED;
  else if (button == self->not_applicable_button)
    filter = GW_SIDEBAR_FILTER_NOT_APPLICABLE;
  else
    filter = GW_SIDEBAR_FILTER_ALL;

  gw_clause_sidebar_set_filter (self, filter);
}

static void
show_all_cb (GwClauseSidebar *self,
             GtkButton       *button)
{
  gw_clause_sidebar_set_search_text (self, NULL);
  gw_clause_sidebar_set_filter (self, GW_SIDEBAR_FILTER_ALL);
}

/* Enter or a double click: open or close a clause, and report the row
 * again, so that the window can move on to it. */
static void
list_activate_cb (GwClauseSidebar *self,
                  guint            position,
                  GtkListView     *list_view)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);
  g_autoptr(GwTreeNode) node = NULL;

  if (row == NULL)
    return;

  node = gtk_tree_list_row_get_item (row);
  if (gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));

  emit_selected (self, node);
}

static void
selection_changed_cb (GwClauseSidebar    *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  g_autoptr(GwTreeNode) node = NULL;

  if (self->selection_guard > 0)
    return;

  node = get_selected_node (self);
  if (node == NULL || node == self->selected)
    return;

  set_pinned (self, node);
  emit_selected (self, node);
}

/* GObject overrides */

static void
clear_audit_data (GwClauseSidebar *self)
{
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->saved_expanded, g_hash_table_unref);
  g_clear_pointer (&self->assessment_by_id, g_hash_table_unref);
  g_clear_pointer (&self->clauses, g_ptr_array_unref);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_clear_handle_id (&self->refilter_source, g_source_remove);
  self->active = FALSE;

  self->selection_guard++;
  gtk_single_selection_set_model (self->selection, NULL);
  self->selection_guard--;
  g_clear_object (&self->filter_model);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->root);
}

static void
gw_clause_sidebar_dispose (GObject *object)
{
  GwClauseSidebar *self = (GwClauseSidebar *) object;
  GtkWidget *child;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_func (self->audit, audit_changed_cb, self);
  g_clear_object (&self->audit);

  _gw_clause_sidebar_cancel_focus (self);

  if (self->selection != NULL)
    clear_audit_data (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_CLAUSE_SIDEBAR);
  /* Template children without an id are not the template's to drop. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->node_filter);

  G_OBJECT_CLASS (gw_clause_sidebar_parent_class)->dispose (object);
}

static void
gw_clause_sidebar_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GwClauseSidebar *self = GW_CLAUSE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      g_value_set_object (value, self->audit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_clause_sidebar_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GwClauseSidebar *self = GW_CLAUSE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      gw_clause_sidebar_set_audit (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_clause_sidebar_class_init (GwClauseSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_clause_sidebar_dispose;
  object_class->get_property = gw_clause_sidebar_get_property;
  object_class->set_property = gw_clause_sidebar_set_property;

  properties[PROP_AUDIT] =
    g_param_spec_object ("audit", NULL, NULL, GW_TYPE_AUDIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GwClauseSidebar::requirement-selected:
   * @requirement_id: the requirement the user selected
   */
  signals[REQUIREMENT_SELECTED] =
    g_signal_new ("requirement-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * GwClauseSidebar::clause-selected:
   * @clause_id: the clause the user selected
   */
  signals[CLAUSE_SELECTED] =
    g_signal_new ("clause-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-clause-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, GwClauseSidebar, all_button);
  gtk_widget_class_bind_template_child (widget_class, GwClauseSidebar, count_label);
  gtk_widget_class_bind_template_child (widget_class, GwClauseSidebar, gaps_button);
  gtk_widget_class_bind_template_child (widget_class, GwClauseSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, GwClauseSidebar, not_applicable_button);
  gtk_widget_class_bind_template_child (widget_class, GwClauseSidebar, not_assessed_button);
  gtk_widget_class_bind_template_child (widget_class, GwClauseSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GwClauseSidebar, stack);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_all_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_set_css_name (widget_class, "clausesidebar");
}

static void
gw_clause_sidebar_init (GwClauseSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gw_clause_row_factory_new ();
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_view_set_factory (self->list_view, factory);

  self->node_filter = gtk_custom_filter_new (row_filter_func, NULL, NULL);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (_gw_clause_sidebar_list_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (_gw_clause_sidebar_search_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);
}

/* Public API */

/**
 * gw_clause_sidebar_get_audit:
 *
 * Returns: (transfer none) (nullable): the audit shown
 */
GwAudit *
gw_clause_sidebar_get_audit (GwClauseSidebar *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_SIDEBAR (self), NULL);
  return self->audit;
}

static gboolean
load_audit (GwClauseSidebar *self,
            GError         **error)
{
  self->clauses = gw_audit_list_clauses (self->audit, error);
  if (self->clauses == NULL)
    return FALSE;
  self->requirements = gw_audit_list_requirements (self->audit, error);
  if (self->requirements == NULL)
    return FALSE;
  self->assessments = gw_audit_list_assessments (self->audit, error);
  return self->assessments != NULL;
}

/**
 * gw_clause_sidebar_set_audit:
 * @audit: (nullable): the audit to show, or %NULL to clear the sidebar
 *
 * Builds the clause tree of @audit, with the top-level clauses expanded
 * and nothing selected. The search text and filter are kept.
 */
void
gw_clause_sidebar_set_audit (GwClauseSidebar *self,
                             GwAudit         *audit)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  guint n_top;

  g_return_if_fail (GW_IS_CLAUSE_SIDEBAR (self));
  g_return_if_fail (audit == NULL || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_func (self->audit, audit_changed_cb, self);
  clear_audit_data (self);
  g_set_object (&self->audit, audit);

  if (audit == NULL)
    goto out;

  if (!load_audit (self, &error))
    {
      gw_toast_error (GTK_WIDGET (self), _("Could not read the checklist"), error);
      clear_audit_data (self);
      goto out;
    }

  self->assessment_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < self->assessments->len; i++)
    {
      GwAssessment *a = g_ptr_array_index (self->assessments, i);
      g_hash_table_insert (self->assessment_by_id, &a->requirement_id, a);
    }
  self->root = gw_tree_node_build_tree (self->clauses, self->requirements, self->assessment_by_id);

  self->index = gw_clause_index_new (audit, G_LIST_MODEL (self->root), self->assessments);
  g_signal_connect_object (self->index, "evidence-read",
                           G_CALLBACK (evidence_read_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->index, "failed",
                           G_CALLBACK (index_failed_cb), self, G_CONNECT_SWAPPED);
  gw_clause_index_set_query (self->index, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_scores (self);

  self->tree_model = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->root)),
                                              FALSE, FALSE, create_child_model, NULL, NULL);
  n_top = g_list_model_get_n_items (G_LIST_MODEL (self->root));
  for (guint i = 0; i < n_top; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree_model, i);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->tree_model)),
                                                  g_object_ref (GTK_FILTER (self->node_filter)));

  self->selection_guard++;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->filter_model));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selection_guard--;

  g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);

  refilter (self, TRUE);

  g_debug ("Built the clause tree of %u clauses and %u requirements in %.1f ms",
           self->clauses->len, self->requirements->len,
           (g_get_monotonic_time () - start) / 1000.0);

out:
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIT]);
}

/**
 * gw_clause_sidebar_focus_search:
 *
 * Moves the keyboard focus to the search entry and selects its text, for
 * Ctrl+F.
 */
void
gw_clause_sidebar_focus_search (GwClauseSidebar *self)
{
  g_return_if_fail (GW_IS_CLAUSE_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/**
 * gw_clause_sidebar_set_search_text:
 * @text: (nullable): what to search for
 *
 * Searches at once, without the entry's typing delay.
 */
void
gw_clause_sidebar_set_search_text (GwClauseSidebar *self,
                                   const char      *text)
{
  g_return_if_fail (GW_IS_CLAUSE_SIDEBAR (self));

  /* Setting the text empties the entry first, which GtkSearchEntry reports
   * at once; that would end the search and start it again. */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  search_changed_cb (self, self->search_entry);
}

/**
 * gw_clause_sidebar_get_search_text:
 *
 * Returns: the text in the search entry
 */
const char *
gw_clause_sidebar_get_search_text (GwClauseSidebar *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_SIDEBAR (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

GwSidebarFilter
gw_clause_sidebar_get_filter (GwClauseSidebar *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_SIDEBAR (self), GW_SIDEBAR_FILTER_ALL);
  return self->filter;
}

void
gw_clause_sidebar_set_filter (GwClauseSidebar *self,
                              GwSidebarFilter  filter)
{
  GtkToggleButton *button;

  g_return_if_fail (GW_IS_CLAUSE_SIDEBAR (self));
  g_return_if_fail (filter <= GW_SIDEBAR_FILTER_NOT_APPLICABLE);

  if (self->filter == filter)
    return;

  self->filter = filter;

  switch (filter)
    {
    case GW_SIDEBAR_FILTER_GAPS:
      button = self->gaps_button;
      break;
    case GW_SIDEBAR_FILTER_NOT_ASSESSED:
      button = self->not_assessed_button;
      break;
    case GW_SIDEBAR_FILTER_NOT_APPLICABLE:
      button = self->not_applicable_button;
      break;
    case GW_SIDEBAR_FILTER_ALL:
    default:
      button = self->all_button;
      break;
    }
  gtk_toggle_button_set_active (button, TRUE);

  refilter (self, TRUE);
}

/**
 * gw_clause_sidebar_select_requirement:
 *
 * Selects the row of a requirement, opening the clauses above it and
 * scrolling it into view, and emits #GwClauseSidebar::requirement-selected.
 * A requirement hidden by the search or filter is shown while it stays
 * selected.
 */
void
gw_clause_sidebar_select_requirement (GwClauseSidebar *self,
                                      gint64           requirement_id)
{
  GwTreeNode *node;

  g_return_if_fail (GW_IS_CLAUSE_SIDEBAR (self));

  node = self->index ? gw_clause_index_find_requirement (self->index, requirement_id) : NULL;
  if (node != NULL)
    select_node (self, node);
}

/**
 * gw_clause_sidebar_select_clause:
 *
 * Selects the row of a clause, as gw_clause_sidebar_select_requirement()
 * does for a requirement, and emits #GwClauseSidebar::clause-selected.
 */
void
gw_clause_sidebar_select_clause (GwClauseSidebar *self,
                                 gint64           clause_id)
{
  GwTreeNode *node;

  g_return_if_fail (GW_IS_CLAUSE_SIDEBAR (self));

  node = self->index ? gw_clause_index_find_clause (self->index, clause_id) : NULL;
  if (node != NULL)
    select_node (self, node);
}

/**
 * gw_clause_sidebar_get_adjacent_requirement:
 * @requirement_id: a requirement, or 0 to start at an end of the checklist
 * @direction: 1 for the next requirement, -1 for the previous one
 *
 * Finds the next or previous requirement in checklist order among those
 * that pass the current search and filter. @requirement_id itself need not
 * pass them.
 *
 * Returns: its id, or 0 if there is none
 */
gint64
gw_clause_sidebar_get_adjacent_requirement (GwClauseSidebar *self,
                                            gint64           requirement_id,
                                            int              direction)
{
  GwTreeNode *node;

  g_return_val_if_fail (GW_IS_CLAUSE_SIDEBAR (self), 0);
  g_return_val_if_fail (direction != 0, 0);

  if (self->index == NULL)
    return 0;

  node = gw_clause_index_get_adjacent (self->index, requirement_id, direction);
  return node ? gw_tree_node_get_id (node) : 0;
}

/**
 * gw_clause_sidebar_count_visible_requirements:
 *
 * Returns: how many requirements pass the current search and filter
 */
guint
gw_clause_sidebar_count_visible_requirements (GwClauseSidebar *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_SIDEBAR (self), 0);
  return self->index ? gw_clause_index_get_n_matches (self->index) : 0;
}

/**
 * gw_clause_sidebar_get_selected:
 * @out_is_clause: (out) (optional): whether the selection is a clause
 *
 * Returns: the id of the selected requirement or clause, or 0
 */
gint64
gw_clause_sidebar_get_selected (GwClauseSidebar *self,
                                gboolean        *out_is_clause)
{
  g_return_val_if_fail (GW_IS_CLAUSE_SIDEBAR (self), 0);

  if (out_is_clause != NULL)
    *out_is_clause = self->selected != NULL &&
                     gw_tree_node_get_kind (self->selected) == GW_TREE_NODE_CLAUSE;

  return self->selected ? gw_tree_node_get_id (self->selected) : 0;
}

/**
 * gw_clause_sidebar_is_search_complete:
 *
 * Returns: %TRUE once the titles of linked evidence are part of the search
 *   (they are read in idle time after the audit is set)
 */
gboolean
gw_clause_sidebar_is_search_complete (GwClauseSidebar *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_SIDEBAR (self), FALSE);
  return self->index == NULL || gw_clause_index_get_evidence_read (self->index);
}
