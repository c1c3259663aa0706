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
 *     → GtkFilterListModel (filter)           the top level
 *     → GtkTreeListModel (create_child_model)  each clause's children: a
 *         GtkFilterListModel over the clause's own GListStore, sharing the
 *         one GtkCustomFilter
 *     → GtkSingleSelection
 *     → GtkListView (GtkTreeExpander + GwClauseRow per row)
 *
 * Searching never touches SQL. When the audit is set, the sidebar reads the
 * clauses, requirements and assessments once and keeps a folded (case- and
 * accent-insensitive) text per clause and per requirement; the titles of
 * linked evidence are read afterwards in idle time, a slice at a time. A
 * change of search or filter recomputes every node's "visible" flag in one
 * pass over those texts, then calls gtk_filter_changed() once, telling the
 * filter models whether rows only went away (MORE_STRICT), only came back
 * (LESS_STRICT) or both, from the flags that actually changed. The filter
 * function itself only reads the flag.
 *
 * A clause stays visible while anything below it matches. The selected row
 * is always kept visible (pinned), so that setting the result of the
 * requirement in view does not make it vanish under "Not assessed"; it
 * drops out when the selection moves on.
 *
 * While a search or filter is active, the tree list model expands every
 * row; the rows the user had expanded before are expanded again when the
 * search is cleared.
 *
 * Live updates: the audit's "changed" signal updates the result of one
 * node and the scores of the clauses, recomputed with the core's scoring
 * from the cached records, without touching the models. Evidence changes
 * are queued and folded into the search texts in idle time.
 */

#define G_LOG_DOMAIN "gw-clause-sidebar"

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "gw-clause-row.h"
#include "gw-clause-sidebar.h"
#include "gw-tree-node.h"
#include "gw-ui-utils.h"

#define NO_INDEX            G_MAXUINT
#define MAX_TOKENS          32
#define EVIDENCE_SLICE_USEC 6000

typedef struct
{
  GwTreeNode *node;
  guint       parent;        /* index of the parent clause, or NO_INDEX */
  char       *text;          /* folded number and title */
  guint32     mask;          /* search tokens found here or in an ancestor */
  gboolean    show;
} ClauseEntry;

typedef struct
{
  GwTreeNode *node;
  guint       clause;        /* index of its clause, or NO_INDEX */
  char       *text;          /* folded ref and question */
  char       *finding;       /* folded finding, or NULL */
  char       *evidence;      /* folded titles of linked evidence, or NULL */
  GArray     *evidence_ids;  /* gint64; NULL until read */
  gboolean    match;         /* passes the current search and filter */
} RequirementEntry;

struct _GwClauseSidebar
{
  GtkWidget           parent_instance;

  GwAudit            *audit;
  GwSidebarFilter     filter;
  char               *query;          /* folded search text */
  GStrv               tokens;         /* its words */

  /* What was read when the audit was set, kept current by "changed" */
  GPtrArray          *clauses;        /* GwClause */
  GPtrArray          *requirements;   /* GwRequirement */
  GPtrArray          *assessments;    /* GwAssessment */
  GHashTable         *assessment_by_id;

  ClauseEntry        *clause_entries; /* parents before their children */
  guint               n_clauses;
  RequirementEntry   *requirement_entries; /* in checklist (tree) order */
  guint               n_requirements;
  GHashTable         *clause_index;   /* gint64 id → index + 1 */
  GHashTable         *requirement_index;
  guint               n_matches;

  GListStore         *root;
  GtkCustomFilter    *node_filter;
  GtkTreeListModel   *tree_model;
  GtkSingleSelection *selection;

  GwTreeNode         *selected;       /* pinned: visible whatever the filter */
  gboolean            active;         /* a search or filter is on */
  GHashTable         *saved_expanded; /* clause nodes expanded before searching */
  guint               selection_guard;
  guint               refilter_source;
  GwTreeNode         *focus_target;
  guint               focus_tick;
  guint               focus_tries;

  guint               evidence_source;
  guint               evidence_cursor;
  gboolean            evidence_loaded;
  GHashTable         *evidence_titles;   /* gint64 id → folded title */
  GHashTable         *evidence_links;    /* gint64 id → GArray of requirement indexes */
  GHashTable         *pending_evidence;  /* gint64 ids changed since */

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

static void refilter            (GwClauseSidebar *self,
                                 gboolean         query_changed);
static void schedule_evidence   (GwClauseSidebar *self);

/* Text folding */

/* Lower-case, compatibility-decomposed text without combining marks, so
 * that "regle", "Règle" and "RÈGLE" find each other. Queries and texts are
 * folded the same way; matching is then a plain strstr(). */
static char *
fold_text (const char *text)
{
  g_autofree char *casefolded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (text == NULL || *text == '\0')
    return NULL;

  casefolded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (casefolded, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_steal_pointer (&casefolded);

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
fold_pair (const char *first,
           const char *second)
{
  g_autofree char *joined = g_strconcat (first ? first : "", "\n", second ? second : "", NULL);
  return fold_text (joined);
}

/* Lookups */

static guint
lookup_index (GHashTable *index,
              gint64      id)
{
  gpointer value = g_hash_table_lookup (index, &id);
  return value ? GPOINTER_TO_UINT (value) - 1 : NO_INDEX;
}

static RequirementEntry *
lookup_requirement (GwClauseSidebar *self,
                    gint64           id)
{
  guint i;

  if (self->requirement_index == NULL)
    return NULL;

  i = lookup_index (self->requirement_index, id);
  return i == NO_INDEX ? NULL : &self->requirement_entries[i];
}

static GwTreeNode *
lookup_clause_node (GwClauseSidebar *self,
                    gint64           id)
{
  guint i;

  if (self->clause_index == NULL)
    return NULL;

  i = lookup_index (self->clause_index, id);
  return i == NO_INDEX ? NULL : self->clause_entries[i].node;
}

/* Building the tree */

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  GwClauseSidebar *self = user_data;
  GListModel *children = gw_tree_node_get_children (GW_TREE_NODE (item));

  if (children == NULL || g_list_model_get_n_items (children) == 0)
    return NULL;

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (children),
                                                  g_object_ref (GTK_FILTER (self->node_filter))));
}

/* The rows are made in C rather than by a GtkBuilderListItemFactory: the
 * list view of GTK 4.8 keeps some 200 rows alive and makes new ones for
 * every row that a search brings into its window, so the cost of one row
 * is paid hundreds of times per keystroke. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), gw_clause_row_new ());
  gtk_list_item_set_child (item, expander);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  GtkTreeListRow *row = gtk_list_item_get_item (item);

  gtk_tree_expander_set_list_row (expander, row);
  gw_clause_row_set_node (GW_CLAUSE_ROW (gtk_tree_expander_get_child (expander)),
                          GW_TREE_NODE (gtk_tree_list_row_get_item (row)));
  g_object_unref (gtk_tree_list_row_get_item (row));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));

  gtk_tree_expander_set_list_row (expander, NULL);
  gw_clause_row_set_node (GW_CLAUSE_ROW (gtk_tree_expander_get_child (expander)), NULL);
}

static gboolean
node_filter_func (gpointer item,
                  gpointer user_data)
{
  return gw_tree_node_get_visible (GW_TREE_NODE (item));
}

static void
clear_entries (GwClauseSidebar *self)
{
  for (guint i = 0; i < self->n_clauses; i++)
    {
      g_clear_object (&self->clause_entries[i].node);
      g_free (self->clause_entries[i].text);
    }
  for (guint i = 0; i < self->n_requirements; i++)
    {
      RequirementEntry *entry = &self->requirement_entries[i];

      g_clear_object (&entry->node);
      g_free (entry->text);
      g_free (entry->finding);
      g_free (entry->evidence);
      g_clear_pointer (&entry->evidence_ids, g_array_unref);
    }

  g_clear_pointer (&self->clause_entries, g_free);
  g_clear_pointer (&self->requirement_entries, g_free);
  self->n_clauses = 0;
  self->n_requirements = 0;
  self->n_matches = 0;

  g_clear_pointer (&self->clause_index, g_hash_table_unref);
  g_clear_pointer (&self->requirement_index, g_hash_table_unref);
  g_clear_pointer (&self->evidence_titles, g_hash_table_unref);
  g_clear_pointer (&self->evidence_links, g_hash_table_unref);
  g_clear_pointer (&self->pending_evidence, g_hash_table_unref);
  g_clear_pointer (&self->saved_expanded, g_hash_table_unref);
  g_clear_pointer (&self->assessment_by_id, g_hash_table_unref);
  g_clear_pointer (&self->clauses, g_ptr_array_unref);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);

  g_clear_handle_id (&self->evidence_source, g_source_remove);
  g_clear_handle_id (&self->refilter_source, g_source_remove);
  self->evidence_cursor = 0;
  self->evidence_loaded = FALSE;
  self->active = FALSE;
  g_clear_object (&self->selected);
}

/* Records the tree in depth-first order, which is the order of the rows and
 * of the checklist: a clause's own requirements, then its subclauses. */
static void
index_subtree (GwClauseSidebar *self,
               GListModel      *children,
               guint            parent)
{
  guint n = g_list_model_get_n_items (children);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwTreeNode) node = g_list_model_get_item (children, i);
      gint64 id = gw_tree_node_get_id (node);

      if (gw_tree_node_get_kind (node) == GW_TREE_NODE_CLAUSE)
        {
          guint index = self->n_clauses++;
          ClauseEntry *entry = &self->clause_entries[index];

          entry->node = g_object_ref (node);
          entry->parent = parent;
          entry->text = fold_pair (gw_tree_node_get_number (node), gw_tree_node_get_title (node));
          entry->show = TRUE;
          g_hash_table_insert (self->clause_index, g_memdup2 (&id, sizeof id),
                               GUINT_TO_POINTER (index + 1));
          index_subtree (self, gw_tree_node_get_children (node), index);
        }
      else
        {
          guint index = self->n_requirements++;
          RequirementEntry *entry = &self->requirement_entries[index];
          GwAssessment *assessment = g_hash_table_lookup (self->assessment_by_id, &id);

          entry->node = g_object_ref (node);
          entry->clause = parent;
          entry->text = fold_pair (gw_tree_node_get_number (node), gw_tree_node_get_title (node));
          entry->finding = assessment ? fold_text (assessment->finding) : NULL;
          entry->match = TRUE;
          g_hash_table_insert (self->requirement_index, g_memdup2 (&id, sizeof id),
                               GUINT_TO_POINTER (index + 1));
        }
    }
}

/* A clause whose parent chain does not end at the top (a cycle or a dangling
 * parent in a hand-edited file) is shown at the top rather than lost. */
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

static void
build_tree (GwClauseSidebar *self)
{
  g_autoptr(GHashTable) nodes = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) clauses_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  self->assessment_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < self->assessments->len; i++)
    {
      GwAssessment *a = g_ptr_array_index (self->assessments, i);
      g_hash_table_insert (self->assessment_by_id, &a->requirement_id, a);
    }

  for (guint i = 0; i < self->clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (self->clauses, i);
      g_hash_table_insert (clauses_by_id, &clause->id, clause);
      g_hash_table_insert (nodes, &clause->id, gw_tree_node_new_clause (clause));
    }

  /* Requirements first, so that a clause lists its own requirements
   * before its subclauses. */
  for (guint i = 0; i < self->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (self->requirements, i);
      g_autoptr(GwTreeNode) node = gw_tree_node_new_requirement (req);
      GwTreeNode *clause = g_hash_table_lookup (nodes, &req->clause_id);
      GwAssessment *a = g_hash_table_lookup (self->assessment_by_id, &req->id);

      if (a != NULL)
        gw_tree_node_set_result (node, a->result);

      if (clause != NULL)
        gw_tree_node_append_child (clause, node);
      else
        g_list_store_append (self->root, node);
    }

  for (guint i = 0; i < self->clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (self->clauses, i);
      g_autoptr(GwTreeNode) node = g_hash_table_lookup (nodes, &clause->id);
      GwTreeNode *parent = NULL;

      if (reaches_top (clauses_by_id, clause))
        parent = g_hash_table_lookup (nodes, &clause->parent_id);

      if (parent != NULL)
        gw_tree_node_append_child (parent, node);
      else
        g_list_store_append (self->root, node);
    }

  self->clause_entries = g_new0 (ClauseEntry, self->clauses->len);
  self->requirement_entries = g_new0 (RequirementEntry, self->requirements->len);
  self->clause_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->requirement_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  index_subtree (self, G_LIST_MODEL (self->root), NO_INDEX);
  self->n_matches = self->n_requirements;

  self->evidence_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->evidence_links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                (GDestroyNotify) g_array_unref);
  self->pending_evidence = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/* Scores */

static void
update_scores (GwClauseSidebar *self)
{
  g_autoptr(GwScoreSheet) sheet = NULL;

  sheet = gw_score_sheet_new (self->clauses, self->requirements, self->assessments);
  for (guint i = 0; i < self->n_clauses; i++)
    {
      GwTreeNode *node = self->clause_entries[i].node;
      const GwScore *score = gw_score_sheet_get_clause (sheet, gw_tree_node_get_id (node));

      if (score != NULL)
        gw_tree_node_set_score (node, score);
    }
}

/* Finding rows */

/* Returns the row of @node, expanding its ancestors. The visible flags must
 * agree with the filter models, which they do outside refilter(). */
static GtkTreeListRow *
get_row_for_node (GwClauseSidebar *self,
                  GwTreeNode      *node)
{
  g_autoptr(GtkTreeListRow) parent_row = NULL;
  GtkTreeListRow *row;
  GwTreeNode *parent = gw_tree_node_get_parent (node);
  GListModel *siblings;
  guint position = 0;
  guint n;

  if (!gw_tree_node_get_visible (node))
    return NULL;

  if (parent != NULL)
    {
      parent_row = get_row_for_node (self, parent);
      if (parent_row == NULL)
        return NULL;
      gtk_tree_list_row_set_expanded (parent_row, TRUE);
      siblings = gw_tree_node_get_children (parent);
    }
  else
    {
      siblings = G_LIST_MODEL (self->root);
    }

  n = g_list_model_get_n_items (siblings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwTreeNode) sibling = g_list_model_get_item (siblings, i);

      if (sibling == node)
        break;
      if (gw_tree_node_get_visible (sibling))
        position++;
    }

  if (parent_row != NULL)
    row = gtk_tree_list_row_get_child_row (parent_row, position);
  else
    row = gtk_tree_list_model_get_child_row (self->tree_model, position);

  if (row != NULL)
    {
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (item != (GObject *) node)
        {
          g_critical ("Sidebar rows out of step with the clause tree");
          g_clear_object (&row);
        }
    }

  return row;
}

static GwTreeNode *
get_selected_node (GwClauseSidebar *self)
{
  GtkTreeListRow *row;

  if (self->selection == NULL)
    return NULL;

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return NULL;

  return gtk_tree_list_row_get_item (row);
}

/* Selects the row of the pinned node again after a filter change removed
 * and re-added it, which GtkSingleSelection takes as a new item. */
static void
restore_selection (GwClauseSidebar *self)
{
  g_autoptr(GwTreeNode) current = NULL;
  g_autoptr(GtkTreeListRow) row = NULL;

  if (self->selected == NULL || self->tree_model == NULL)
    return;

  current = get_selected_node (self);
  if (current == self->selected)
    return;

  row = get_row_for_node (self, self->selected);
  if (row == NULL)
    return;

  self->selection_guard++;
  gtk_single_selection_set_selected (self->selection, gtk_tree_list_row_get_position (row));
  self->selection_guard--;
}

static GtkWidget *
find_row_widget (GwClauseSidebar *self,
                 GwTreeNode      *node)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *expander = gtk_widget_get_first_child (item);
      GtkWidget *row = expander ? gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander)) : NULL;

      if (GW_IS_CLAUSE_ROW (row) && gw_clause_row_get_node (GW_CLAUSE_ROW (row)) == node &&
          gtk_widget_get_mapped (item))
        return item;
    }

  return NULL;
}

/* The list view makes a row's widget only once it has scrolled there, so
 * focus waits for a frame or two. */
static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  GwClauseSidebar *self = GW_CLAUSE_SIDEBAR (widget);
  GtkWidget *item;

  if (self->focus_target == NULL || self->focus_tries-- == 0)
    goto done;

  item = find_row_widget (self, self->focus_target);
  if (item == NULL)
    return G_SOURCE_CONTINUE;

  gtk_widget_grab_focus (item);

done:
  g_clear_object (&self->focus_target);
  self->focus_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
show_row (GwClauseSidebar *self,
          GwTreeNode      *node,
          gboolean         focus)
{
  g_autoptr(GtkTreeListRow) row = get_row_for_node (self, node);
  GtkWidget *item;

  if (row == NULL)
    return;

  /* gtk_list_view_scroll_to() is GTK 4.12; the list's own action is the
   * GTK 4.8 way. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                              gtk_tree_list_row_get_position (row));

  if (!focus)
    return;

  item = find_row_widget (self, node);
  if (item != NULL)
    {
      gtk_widget_grab_focus (item);
      return;
    }

  g_set_object (&self->focus_target, node);
  self->focus_tries = 3;
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
}

static gboolean
list_has_focus (GwClauseSidebar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));
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
 * that happens from an idle so that the list view is not changed under
 * the click or key press that moved the selection. */
static void
set_pinned (GwClauseSidebar *self,
            GwTreeNode      *node)
{
  if (!g_set_object (&self->selected, node))
    return;

  if (self->active && self->refilter_source == 0)
    self->refilter_source = g_idle_add (refilter_idle_cb, self);
}

static void
select_node (GwClauseSidebar *self,
             GwTreeNode      *node)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  set_pinned (self, node);
  if (!gw_tree_node_get_visible (node))
    {
      g_clear_handle_id (&self->refilter_source, g_source_remove);
      refilter (self, FALSE);
    }

  row = get_row_for_node (self, node);
  if (row != NULL)
    {
      self->selection_guard++;
      gtk_single_selection_set_selected (self->selection, gtk_tree_list_row_get_position (row));
      self->selection_guard--;
      show_row (self, node, list_has_focus (self));
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
      if (self->saved_expanded != NULL && g_hash_table_contains (self->saved_expanded, node))
        continue;
      if (is_ancestor (node, self->selected))
        continue;

      gtk_tree_list_row_set_expanded (row, FALSE);
    }

  g_clear_pointer (&self->saved_expanded, g_hash_table_unref);
}

/* Filtering */

static gboolean
result_passes (GwSidebarFilter filter,
               GwResult        result)
{
  switch (filter)
    {
    case GW_SIDEBAR_FILTER_GAPS:
      return result == GW_RESULT_PARTIAL || result == GW_RESULT_NONCONFORMING;
    case GW_SIDEBAR_FILTER_NOT_ASSESSED:
      return result == GW_RESULT_NOT_ASSESSED;
    case GW_SIDEBAR_FILTER_NOT_APPLICABLE:
      return result == GW_RESULT_NOT_APPLICABLE;
    case GW_SIDEBAR_FILTER_ALL:
    default:
      return TRUE;
    }
}

static guint32
find_tokens (const char *text,
             GStrv       tokens,
             guint32     found)
{
  if (text == NULL)
    return found;

  for (guint t = 0; tokens[t] != NULL && t < MAX_TOKENS; t++)
    if (!(found & (1u << t)) && strstr (text, tokens[t]) != NULL)
      found |= 1u << t;

  return found;
}

static void
show_clause_chain (GwClauseSidebar *self,
                   guint            index)
{
  while (index != NO_INDEX && !self->clause_entries[index].show)
    {
      self->clause_entries[index].show = TRUE;
      index = self->clause_entries[index].parent;
    }
}

/* Computes every node's match and visible flags; returns how many flags
 * went from visible to hidden and back. */
static void
compute_flags (GwClauseSidebar *self,
               guint           *n_hidden,
               guint           *n_shown)
{
  guint n_tokens = self->tokens ? MIN (g_strv_length (self->tokens), MAX_TOKENS) : 0;
  guint32 all = n_tokens == 32 ? G_MAXUINT32 : (1u << n_tokens) - 1;

  self->n_matches = 0;

  for (guint i = 0; i < self->n_clauses; i++)
    {
      ClauseEntry *c = &self->clause_entries[i];
      guint32 inherited = c->parent != NO_INDEX ? self->clause_entries[c->parent].mask : 0;

      c->mask = n_tokens ? find_tokens (c->text, self->tokens, inherited) : 0;
      c->show = !self->active;
    }

  for (guint i = 0; i < self->n_requirements; i++)
    {
      RequirementEntry *r = &self->requirement_entries[i];
      gboolean visible;

      r->match = result_passes (self->filter, gw_tree_node_get_result (r->node));
      if (r->match && n_tokens > 0)
        {
          guint32 found = r->clause != NO_INDEX ? self->clause_entries[r->clause].mask : 0;

          found = find_tokens (r->text, self->tokens, found);
          if (found != all)
            found = find_tokens (r->finding, self->tokens, found);
          if (found != all)
            found = find_tokens (r->evidence, self->tokens, found);
          r->match = found == all;
        }

      if (r->match)
        self->n_matches++;

      visible = !self->active || r->match || r->node == self->selected;
      if (visible)
        show_clause_chain (self, r->clause);

      if (gw_tree_node_set_visible (r->node, visible))
        (*(visible ? n_shown : n_hidden))++;
    }

  for (guint i = 0; i < self->n_clauses; i++)
    {
      ClauseEntry *c = &self->clause_entries[i];

      /* A clause found by its own number or title shows, even when empty,
       * unless a result filter asks for requirements only. */
      if ((n_tokens > 0 && c->mask == all && self->filter == GW_SIDEBAR_FILTER_ALL) ||
          c->node == self->selected)
        show_clause_chain (self, i);
    }

  for (guint i = 0; i < self->n_clauses; i++)
    {
      ClauseEntry *c = &self->clause_entries[i];

      if (gw_tree_node_set_visible (c->node, c->show))
        (*(c->show ? n_shown : n_hidden))++;
    }
}

static void
update_count (GwClauseSidebar *self)
{
  gboolean show_count = self->active && self->n_requirements > 0;

  if (show_count)
    {
      g_autofree char *text = NULL;

      /* Translators: shown under the sidebar search, e.g. "12 of 147 requirements" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u requirement",
                                           "%u of %u requirements",
                                           self->n_requirements),
                              self->n_matches, self->n_requirements);
      gtk_label_set_text (self->count_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), show_count);

  gtk_stack_set_visible_child_name (self->stack,
                                    self->active && self->n_matches == 0 ? "empty" : "list");
}

/* Flags that changed by more than this are applied with the list view
 * detached from its model. GtkListView 4.8 takes some 5 ms per removed
 * block of rows, so hiding thousands of rows, or collapsing every clause,
 * would freeze it for seconds; without a view the models take a few ms,
 * and the view then builds only the rows on screen. */
#define BULK_CHANGE 32

/* Recomputes what the search and filter show and applies it. @query_changed
 * says the user changed the search or filter, so the results are shown
 * from the top; otherwise the selected row is kept in view. */
static void
refilter (GwClauseSidebar *self,
          gboolean         query_changed)
{
  gboolean was_active = self->active;
  gboolean bulk;
  gboolean had_focus = FALSE;
  guint n_hidden = 0;
  guint n_shown = 0;
  gint64 start = g_get_monotonic_time ();

  g_clear_handle_id (&self->refilter_source, g_source_remove);

  if (self->tree_model == NULL)
    return;

  self->active = (self->tokens != NULL && self->tokens[0] != NULL) ||
                 self->filter != GW_SIDEBAR_FILTER_ALL;

  if (self->active && !was_active)
    save_expanded (self);

  compute_flags (self, &n_hidden, &n_shown);

  bulk = self->active != was_active || n_hidden + n_shown > BULK_CHANGE;
  if (bulk)
    {
      had_focus = list_has_focus (self);
      gtk_list_view_set_model (self->list_view, NULL);
    }

  if (self->active && !was_active)
    gtk_tree_list_model_set_autoexpand (self->tree_model, TRUE);

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

  if (self->active && !was_active)
    expand_all (self);

  if (!self->active && was_active)
    {
      gtk_tree_list_model_set_autoexpand (self->tree_model, FALSE);
      restore_expanded (self);
    }

  restore_selection (self);

  if (bulk)
    {
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
      if (self->selected != NULL && !(query_changed && self->active))
        show_row (self, self->selected, had_focus);
      else if (had_focus)
        gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
    }

  update_count (self);

  g_debug ("Filtered %u requirements in %.2f ms (%u hidden, %u shown%s)",
           self->n_requirements, (g_get_monotonic_time () - start) / 1000.0,
           n_hidden, n_shown, bulk ? ", detached" : "");
}

/* Evidence titles */

static void
unlink_evidence (GwClauseSidebar *self,
                 gint64           evidence_id,
                 guint            requirement)
{
  GArray *links = g_hash_table_lookup (self->evidence_links, &evidence_id);

  if (links == NULL)
    return;

  for (guint i = 0; i < links->len; i++)
    if (g_array_index (links, guint, i) == requirement)
      {
        g_array_remove_index_fast (links, i);
        break;
      }
}

static void
link_evidence (GwClauseSidebar *self,
               gint64           evidence_id,
               guint            requirement)
{
  GArray *links = g_hash_table_lookup (self->evidence_links, &evidence_id);

  if (links == NULL)
    {
      links = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->evidence_links, g_memdup2 (&evidence_id, sizeof evidence_id), links);
    }
  g_array_append_val (links, requirement);
}

static gboolean
read_evidence (GwClauseSidebar *self,
               guint            index,
               GError         **error)
{
  RequirementEntry *entry = &self->requirement_entries[index];
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GString) text = NULL;

  evidence = gw_audit_list_evidence (self->audit, gw_tree_node_get_id (entry->node), error);
  if (evidence == NULL)
    return FALSE;

  if (entry->evidence_ids != NULL)
    for (guint i = 0; i < entry->evidence_ids->len; i++)
      unlink_evidence (self, g_array_index (entry->evidence_ids, gint64, i), index);
  g_clear_pointer (&entry->evidence_ids, g_array_unref);
  entry->evidence_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), evidence->len);

  text = g_string_new (NULL);
  for (guint i = 0; i < evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (evidence, i);
      const char *title = g_hash_table_lookup (self->evidence_titles, &e->id);

      if (title == NULL)
        {
          char *folded = fold_text (e->title);

          g_hash_table_insert (self->evidence_titles, g_memdup2 (&e->id, sizeof e->id),
                               folded ? folded : g_strdup (""));
          title = g_hash_table_lookup (self->evidence_titles, &e->id);
        }

      g_array_append_val (entry->evidence_ids, e->id);
      link_evidence (self, e->id, index);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, title);
    }

  g_free (entry->evidence);
  entry->evidence = text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
  return TRUE;
}

/* Folds the evidence that changed since the register was read into the
 * search texts: the requirements it was linked to and those it is linked
 * to now. */
static gboolean
read_pending_evidence (GwClauseSidebar *self,
                       GError         **error)
{
  g_autoptr(GHashTable) affected = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->pending_evidence);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 evidence_id = *(gint64 *) key;
      GArray *old_links = g_hash_table_lookup (self->evidence_links, &evidence_id);
      g_autoptr(GArray) new_links = NULL;

      g_hash_table_remove (self->evidence_titles, &evidence_id);

      for (guint i = 0; old_links != NULL && i < old_links->len; i++)
        g_hash_table_add (affected, GUINT_TO_POINTER (g_array_index (old_links, guint, i) + 1));

      new_links = gw_audit_list_evidence_requirements (self->audit, evidence_id, error);
      if (new_links == NULL)
        return FALSE;

      for (guint i = 0; i < new_links->len; i++)
        {
          guint index = lookup_index (self->requirement_index, g_array_index (new_links, gint64, i));

          if (index != NO_INDEX)
            g_hash_table_add (affected, GUINT_TO_POINTER (index + 1));
        }
    }
  g_hash_table_remove_all (self->pending_evidence);

  g_hash_table_iter_init (&iter, affected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!read_evidence (self, GPOINTER_TO_UINT (key) - 1, error))
      return FALSE;

  return TRUE;
}

static gboolean
evidence_idle_cb (gpointer user_data)
{
  GwClauseSidebar *self = user_data;
  gint64 deadline = g_get_monotonic_time () + EVIDENCE_SLICE_USEC;
  g_autoptr(GError) error = NULL;

  while (self->evidence_cursor < self->n_requirements && g_get_monotonic_time () < deadline)
    if (!read_evidence (self, self->evidence_cursor++, &error))
      goto failed;

  if (self->evidence_cursor < self->n_requirements)
    return G_SOURCE_CONTINUE;

  if (!read_pending_evidence (self, &error))
    goto failed;

  self->evidence_loaded = TRUE;
  self->evidence_source = 0;

  if (self->tokens != NULL && self->tokens[0] != NULL)
    refilter (self, FALSE);

  return G_SOURCE_REMOVE;

failed:
  /* The search still works on everything else. */
  gw_toast_error (GTK_WIDGET (self), _("Could not read the evidence for the search"), error);
  self->evidence_source = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_evidence (GwClauseSidebar *self)
{
  if (self->evidence_source != 0 || self->audit == NULL)
    return;

  self->evidence_source = g_idle_add_full (G_PRIORITY_LOW, evidence_idle_cb, self, NULL);
}

/* Audit signals */

static void
assessment_changed (GwClauseSidebar *self,
                    gint64           requirement_id)
{
  RequirementEntry *entry = lookup_requirement (self, requirement_id);
  g_autoptr(GwAssessment) fresh = NULL;
  g_autoptr(GError) error = NULL;
  GwAssessment *cached;

  if (entry == NULL)
    return;

  fresh = gw_audit_get_assessment (self->audit, requirement_id, &error);
  if (fresh == NULL)
    {
      gw_toast_error (GTK_WIDGET (self), _("Could not update the checklist"), error);
      return;
    }

  /* Keep the cached record, which the score sheet and the index point
   * into, and update it in place. */
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
      g_free (cached->finding);
      cached->finding = g_strdup (fresh->finding);
    }

  g_free (entry->finding);
  entry->finding = fold_text (fresh->finding);
  gw_tree_node_set_result (entry->node, fresh->result);
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
  if (audit != self->audit || self->tree_model == NULL)
    return;

  if (g_strcmp0 (entity, "assessment") == 0)
    {
      assessment_changed (self, id);
    }
  else if (g_strcmp0 (entity, "evidence") == 0)
    {
      g_hash_table_add (self->pending_evidence, g_memdup2 (&id, sizeof id));
      if (self->evidence_loaded)
        {
          self->evidence_loaded = FALSE;
          schedule_evidence (self);
        }
    }
}

/* Template callbacks */

static void
search_changed_cb (GwClauseSidebar *self,
                   GtkSearchEntry  *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *folded = fold_text (text);

  if (g_strcmp0 (folded, self->query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (folded);

  g_clear_pointer (&self->tokens, g_strfreev);
  if (folded != NULL)
    {
      g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      guint n = 0;

      for (guint i = 0; words[i] != NULL; i++)
        if (*words[i] != '\0')
          {
            g_strv_builder_add (builder, words[i]);
            n++;
          }

      if (n > 0)
        self->tokens = g_strv_builder_end (builder);
    }

  refilter (self, TRUE);
}

static void
stop_search_cb (GwClauseSidebar *self,
                GtkSearchEntry  *entry)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Enter in the search: show the first match. */
static void
search_activate_cb (GwClauseSidebar *self,
                    GtkSearchEntry  *entry)
{
  for (guint i = 0; i < self->n_requirements; i++)
    if (self->requirement_entries[i].match)
      {
        select_node (self, self->requirement_entries[i].node);
        return;
      }
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
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gw_clause_sidebar_set_filter (self, GW_SIDEBAR_FILTER_ALL);
}

static void
list_activate_cb (GwClauseSidebar *self,
                  guint            position,
                  GtkListView     *list_view)
{
  g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, position);
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
  /* No selection means the row left the model for a moment; the pin keeps
   * it, and refilter() selects it again. */
  if (node == NULL || node == self->selected)
    return;

  set_pinned (self, node);
  emit_selected (self, node);
}

/* Left and Right open and close clauses, and move between a row and its
 * parent, as in any tree. */
static gboolean
list_key_pressed_cb (GwClauseSidebar       *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  GtkTreeListRow *selected_row;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  gboolean open;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || self->selection == NULL)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    open = !rtl;
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    open = rtl;
  else
    return GDK_EVENT_PROPAGATE;

  selected_row = gtk_single_selection_get_selected_item (self->selection);
  if (selected_row == NULL)
    return GDK_EVENT_PROPAGATE;
  row = g_object_ref (selected_row);

  if (open && gtk_tree_list_row_is_expandable (row) && !gtk_tree_list_row_get_expanded (row))
    {
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
  else if (!open && gtk_tree_list_row_get_expanded (row))
    {
      gtk_tree_list_row_set_expanded (row, FALSE);
    }
  else
    {
      g_autoptr(GtkTreeListRow) target = NULL;
      g_autoptr(GwTreeNode) node = NULL;

      if (open)
        target = gtk_tree_list_row_get_child_row (row, 0);
      else
        target = gtk_tree_list_row_get_parent (row);
      if (target == NULL)
        return GDK_EVENT_STOP;

      node = gtk_tree_list_row_get_item (target);
      gtk_single_selection_set_selected (self->selection, gtk_tree_list_row_get_position (target));
      show_row (self, node, TRUE);
    }

  return GDK_EVENT_STOP;
}

/* Down in the search entry goes to the list. */
static gboolean
search_key_pressed_cb (GwClauseSidebar       *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
  return GDK_EVENT_STOP;
}

/* GObject overrides */

static void
gw_clause_sidebar_dispose (GObject *object)
{
  GwClauseSidebar *self = (GwClauseSidebar *) object;
  GtkWidget *child;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_func (self->audit, audit_changed_cb, self);
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
  self->focus_tick = 0;
  g_clear_object (&self->focus_target);

  clear_entries (self);
  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->root);
  g_clear_object (&self->audit);

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_CLAUSE_SIDEBAR);
  /* Template children without an id are not the template's to drop. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->node_filter);

  G_OBJECT_CLASS (gw_clause_sidebar_parent_class)->dispose (object);
}

static void
gw_clause_sidebar_finalize (GObject *object)
{
  GwClauseSidebar *self = (GwClauseSidebar *) object;

  g_strfreev (self->tokens);
  g_free (self->query);

  G_OBJECT_CLASS (gw_clause_sidebar_parent_class)->finalize (object);
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
  object_class->finalize = gw_clause_sidebar_finalize;
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

  g_type_ensure (GW_TYPE_CLAUSE_ROW);
}

static void
gw_clause_sidebar_init (GwClauseSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->node_filter = gtk_custom_filter_new (node_filter_func, NULL, NULL);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (list_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (search_key_pressed_cb), self, G_CONNECT_SWAPPED);
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
  if (self->assessments == NULL)
    return FALSE;
  return TRUE;
}

/**
 * gw_clause_sidebar_set_audit:
 * @audit: (nullable): the audit to show, or %NULL to clear the sidebar
 *
 * Builds the clause tree of @audit, with the top-level clauses expanded and
 * nothing selected. The search text and filter are kept.
 */
void
gw_clause_sidebar_set_audit (GwClauseSidebar *self,
                             GwAudit         *audit)
{
  g_autoptr(GError) error = NULL;
  GtkFilterListModel *top;
  gint64 start;
  guint n_top;

  g_return_if_fail (GW_IS_CLAUSE_SIDEBAR (self));
  g_return_if_fail (audit == NULL || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_func (self->audit, audit_changed_cb, self);

  self->selection_guard++;
  gtk_single_selection_set_model (self->selection, NULL);
  self->selection_guard--;
  g_clear_object (&self->tree_model);
  g_clear_object (&self->root);
  clear_entries (self);
  g_set_object (&self->audit, audit);

  if (audit == NULL)
    goto out;

  start = g_get_monotonic_time ();
  if (!load_audit (self, &error))
    {
      gw_toast_error (GTK_WIDGET (self), _("Could not read the checklist"), error);
      clear_entries (self);
      goto out;
    }

  self->root = g_list_store_new (GW_TYPE_TREE_NODE);
  build_tree (self);
  update_scores (self);

  top = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->root)),
                                   g_object_ref (GTK_FILTER (self->node_filter)));
  self->tree_model = gtk_tree_list_model_new (G_LIST_MODEL (top), FALSE, FALSE,
                                              create_child_model, self, NULL);

  n_top = g_list_model_get_n_items (G_LIST_MODEL (self->root));
  for (guint i = 0; i < n_top; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree_model, i);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }

  self->selection_guard++;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->tree_model));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selection_guard--;

  g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);

  refilter (self, TRUE);
  schedule_evidence (self);

  g_debug ("Built the clause tree of %u clauses and %u requirements in %.1f ms",
           self->n_clauses, self->n_requirements, (g_get_monotonic_time () - start) / 1000.0);

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
  RequirementEntry *entry;

  g_return_if_fail (GW_IS_CLAUSE_SIDEBAR (self));

  entry = lookup_requirement (self, requirement_id);
  if (entry == NULL)
    return;

  select_node (self, entry->node);
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

  node = lookup_clause_node (self, clause_id);
  if (node == NULL)
    return;

  select_node (self, node);
}

/**
 * gw_clause_sidebar_get_adjacent_requirement:
 * @requirement_id: a requirement, or 0 to start at an end of the checklist
 * @direction: 1 for the next requirement, -1 for the previous one
 *
 * Finds the next or previous requirement in checklist order among those
 * that pass the current search and filter. @requirement_id itself need
 * not pass them.
 *
 * Returns: its id, or 0 if there is none
 */
gint64
gw_clause_sidebar_get_adjacent_requirement (GwClauseSidebar *self,
                                            gint64           requirement_id,
                                            int              direction)
{
  RequirementEntry *entry;
  gint64 i;

  g_return_val_if_fail (GW_IS_CLAUSE_SIDEBAR (self), 0);
  g_return_val_if_fail (direction != 0, 0);

  entry = lookup_requirement (self, requirement_id);
  if (entry != NULL)
    i = (entry - self->requirement_entries) + (direction > 0 ? 1 : -1);
  else
    i = direction > 0 ? 0 : (gint64) self->n_requirements - 1;

  for (; i >= 0 && i < self->n_requirements; i += direction > 0 ? 1 : -1)
    if (self->requirement_entries[i].match)
      return gw_tree_node_get_id (self->requirement_entries[i].node);

  return 0;
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
  return self->n_matches;
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
  return self->audit == NULL || self->evidence_loaded;
}
