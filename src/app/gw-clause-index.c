/* gw-clause-index.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search behind the clause sidebar: what each clause and requirement
 * can be found by, and which nodes of the tree the current search and
 * result filter show. It keeps no widgets; the sidebar asks it to apply the
 * search and then tells its filter model once.
 *
 * Everything a keystroke needs is in memory, so a search never runs SQL:
 *
 *  - per clause, its number and title; per requirement, its ref and
 *    question, and its finding. These are folded once (case-folded,
 *    compatibility-decomposed, combining marks dropped), as is the query,
 *    so matching is strstr();
 *  - per requirement, the titles of the evidence linked to it. Reading them
 *    takes one query per requirement, so they are read in idle time after
 *    the index is made, a few milliseconds at a time, and "evidence-read"
 *    is emitted when they are all in. An evidence change is queued and
 *    folded in the same way.
 *
 * A search is words that must all be found, each in the requirement or in
 * one of its clauses: "8.1 seal" finds the requirements of 8.1 that mention
 * seals. A clause is shown while anything below it is, or when its own
 * number or title matches and no result filter is on. The pinned node (the
 * selected row) is always shown.
 *
 * Order of the entries is the order of the rows: a clause's requirements,
 * then its subclauses. "Next requirement" walks that order.
 */

#define G_LOG_DOMAIN "gw-clause-index"

#include "config.h"

#include <string.h>

#include "gw-clause-index.h"

#define NO_INDEX            G_MAXUINT
#define MAX_WORDS           32
#define EVIDENCE_SLICE_USEC 6000

typedef struct
{
  GwTreeNode *node;
  guint       parent;        /* index of the parent clause, or NO_INDEX */
  char       *text;          /* folded number and title */
  guint32     mask;          /* words found here or in an ancestor */
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
  gboolean    match;         /* passes the search and the filter */
} RequirementEntry;

struct _GwClauseIndex
{
  GObject           parent_instance;

  GwAudit          *audit;

  ClauseEntry      *clauses;
  guint             n_clauses;
  RequirementEntry *requirements;
  guint             n_requirements;
  GHashTable       *clause_index;       /* gint64 id → index + 1 */
  GHashTable       *requirement_index;  /* gint64 id → index + 1 */

  char             *query;
  GStrv             words;
  GwSidebarFilter   filter;
  GwTreeNode       *pinned;
  guint             n_matches;

  guint             evidence_source;
  guint             evidence_cursor;
  gboolean          evidence_read;
  GHashTable       *evidence_titles;    /* gint64 id → folded title */
  GHashTable       *evidence_links;     /* gint64 id → GArray of requirement indexes */
  GHashTable       *pending_evidence;   /* gint64 ids changed since read */
};

G_DEFINE_FINAL_TYPE (GwClauseIndex, gw_clause_index, G_TYPE_OBJECT)

enum {
  EVIDENCE_READ,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Folding */

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

static guint
lookup_index (GHashTable *index,
              gint64      id)
{
  gpointer value = g_hash_table_lookup (index, &id);
  return value ? GPOINTER_TO_UINT (value) - 1 : NO_INDEX;
}

/* Building */

static void
index_subtree (GwClauseIndex *self,
               GListModel    *children,
               guint          parent,
               GHashTable    *assessments)
{
  guint n = g_list_model_get_n_items (children);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwTreeNode) node = g_list_model_get_item (children, i);
      gint64 id = gw_tree_node_get_id (node);

      if (gw_tree_node_get_kind (node) == GW_TREE_NODE_CLAUSE)
        {
          guint index = self->n_clauses++;
          ClauseEntry *entry = &self->clauses[index];

          entry->node = g_object_ref (node);
          entry->parent = parent;
          entry->text = fold_pair (gw_tree_node_get_number (node), gw_tree_node_get_title (node));
          entry->show = TRUE;
          g_hash_table_insert (self->clause_index, g_memdup2 (&id, sizeof id),
                               GUINT_TO_POINTER (index + 1));
          index_subtree (self, gw_tree_node_get_children (node), index, assessments);
        }
      else
        {
          guint index = self->n_requirements++;
          RequirementEntry *entry = &self->requirements[index];
          GwAssessment *assessment = g_hash_table_lookup (assessments, &id);

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

static void
count_subtree (GListModel *children,
               guint      *n_clauses,
               guint      *n_requirements)
{
  guint n = g_list_model_get_n_items (children);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwTreeNode) node = g_list_model_get_item (children, i);

      if (gw_tree_node_get_kind (node) == GW_TREE_NODE_CLAUSE)
        {
          (*n_clauses)++;
          count_subtree (gw_tree_node_get_children (node), n_clauses, n_requirements);
        }
      else
        {
          (*n_requirements)++;
        }
    }
}

/* Evidence titles */

static void
unlink_evidence (GwClauseIndex *self,
                 gint64         evidence_id,
                 guint          requirement)
{
  GArray *links = g_hash_table_lookup (self->evidence_links, &evidence_id);

  for (guint i = 0; links != NULL && i < links->len; i++)
    if (g_array_index (links, guint, i) == requirement)
      {
        g_array_remove_index_fast (links, i);
        break;
      }
}

static void
link_evidence (GwClauseIndex *self,
               gint64         evidence_id,
               guint          requirement)
{
  GArray *links = g_hash_table_lookup (self->evidence_links, &evidence_id);

  if (links == NULL)
    {
      links = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->evidence_links, g_memdup2 (&evidence_id, sizeof evidence_id), links);
    }
  g_array_append_val (links, requirement);
}

static const char *
folded_title (GwClauseIndex    *self,
              const GwEvidence *evidence)
{
  const char *title = g_hash_table_lookup (self->evidence_titles, &evidence->id);

  if (title == NULL)
    {
      char *folded = fold_text (evidence->title);

      title = folded ? folded : g_strdup ("");
      g_hash_table_insert (self->evidence_titles, g_memdup2 (&evidence->id, sizeof evidence->id),
                           (char *) title);
    }

  return title;
}

static gboolean
read_evidence (GwClauseIndex *self,
               guint          index,
               GError       **error)
{
  RequirementEntry *entry = &self->requirements[index];
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GString) text = NULL;

  evidence = gw_audit_list_evidence (self->audit, gw_tree_node_get_id (entry->node), error);
  if (evidence == NULL)
    return FALSE;

  for (guint i = 0; entry->evidence_ids != NULL && i < entry->evidence_ids->len; i++)
    unlink_evidence (self, g_array_index (entry->evidence_ids, gint64, i), index);
  g_clear_pointer (&entry->evidence_ids, g_array_unref);
  entry->evidence_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), evidence->len);

  text = g_string_new (NULL);
  for (guint i = 0; i < evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (evidence, i);

      g_array_append_val (entry->evidence_ids, e->id);
      link_evidence (self, e->id, index);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, folded_title (self, e));
    }

  g_free (entry->evidence);
  entry->evidence = text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
  return TRUE;
}

/* Folds the evidence changed since the register was read into the texts
 * of the requirements it was linked to and of those it is linked to now. */
static gboolean
read_pending_evidence (GwClauseIndex *self,
                       GError       **error)
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
  GwClauseIndex *self = user_data;
  gint64 deadline = g_get_monotonic_time () + EVIDENCE_SLICE_USEC;
  g_autoptr(GError) error = NULL;

  if (gw_audit_get_closed (self->audit))
    {
      self->evidence_source = 0;
      return G_SOURCE_REMOVE;
    }

  while (self->evidence_cursor < self->n_requirements && g_get_monotonic_time () < deadline)
    if (!read_evidence (self, self->evidence_cursor++, &error))
      goto failed;

  if (self->evidence_cursor < self->n_requirements)
    return G_SOURCE_CONTINUE;

  if (!read_pending_evidence (self, &error))
    goto failed;

  self->evidence_source = 0;
  self->evidence_read = TRUE;
  g_signal_emit (self, signals[EVIDENCE_READ], 0);
  return G_SOURCE_REMOVE;

failed:
  self->evidence_source = 0;
  g_signal_emit (self, signals[FAILED], 0, error);
  return G_SOURCE_REMOVE;
}

static void
schedule_evidence (GwClauseIndex *self)
{
  if (self->evidence_source == 0)
    self->evidence_source = g_idle_add_full (G_PRIORITY_LOW, evidence_idle_cb, self, NULL);
}

/* Matching */

/* An informative item (a principle of 4.2.3) takes no result, only a
 * maturity: it is "not assessed" until that is rated, and never a gap or
 * not applicable. */
static gboolean
filter_passes (GwSidebarFilter  filter,
               GwTreeNode      *node)
{
  GwResult result = gw_tree_node_get_result (node);
  gboolean informative = gw_tree_node_get_informative (node);

  switch (filter)
    {
    case GW_SIDEBAR_FILTER_GAPS:
      return !informative && (result == GW_RESULT_PARTIAL || result == GW_RESULT_NONCONFORMING);
    case GW_SIDEBAR_FILTER_NOT_ASSESSED:
      return !gw_tree_node_get_done (node);
    case GW_SIDEBAR_FILTER_NOT_APPLICABLE:
      return !informative && result == GW_RESULT_NOT_APPLICABLE;
    case GW_SIDEBAR_FILTER_ALL:
    default:
      return TRUE;
    }
}

static guint32
find_words (const char *text,
            GStrv       words,
            guint32     found)
{
  if (text == NULL)
    return found;

  for (guint w = 0; words[w] != NULL && w < MAX_WORDS; w++)
    if (!(found & (1u << w)) && strstr (text, words[w]) != NULL)
      found |= 1u << w;

  return found;
}

static void
show_clause_chain (GwClauseIndex *self,
                   guint          index)
{
  while (index != NO_INDEX && !self->clauses[index].show)
    {
      self->clauses[index].show = TRUE;
      index = self->clauses[index].parent;
    }
}

/* GObject overrides */

static void
gw_clause_index_dispose (GObject *object)
{
  GwClauseIndex *self = (GwClauseIndex *) object;

  g_clear_handle_id (&self->evidence_source, g_source_remove);
  g_clear_object (&self->audit);
  g_clear_object (&self->pinned);

  G_OBJECT_CLASS (gw_clause_index_parent_class)->dispose (object);
}

static void
gw_clause_index_finalize (GObject *object)
{
  GwClauseIndex *self = (GwClauseIndex *) object;

  for (guint i = 0; i < self->n_clauses; i++)
    {
      g_clear_object (&self->clauses[i].node);
      g_free (self->clauses[i].text);
    }
  for (guint i = 0; i < self->n_requirements; i++)
    {
      RequirementEntry *entry = &self->requirements[i];

      g_clear_object (&entry->node);
      g_free (entry->text);
      g_free (entry->finding);
      g_free (entry->evidence);
      g_clear_pointer (&entry->evidence_ids, g_array_unref);
    }
  g_free (self->clauses);
  g_free (self->requirements);

  g_clear_pointer (&self->clause_index, g_hash_table_unref);
  g_clear_pointer (&self->requirement_index, g_hash_table_unref);
  g_clear_pointer (&self->evidence_titles, g_hash_table_unref);
  g_clear_pointer (&self->evidence_links, g_hash_table_unref);
  g_clear_pointer (&self->pending_evidence, g_hash_table_unref);
  g_free (self->query);
  g_strfreev (self->words);

  G_OBJECT_CLASS (gw_clause_index_parent_class)->finalize (object);
}

static void
gw_clause_index_class_init (GwClauseIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gw_clause_index_dispose;
  object_class->finalize = gw_clause_index_finalize;

  /**
   * GwClauseIndex::evidence-read:
   *
   * Emitted when the titles of linked evidence have been read, or read
   * again after a change, so that a search can be applied again.
   */
  signals[EVIDENCE_READ] =
    g_signal_new ("evidence-read", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * GwClauseIndex::failed:
   * @error: why the evidence could not be read
   */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
gw_clause_index_init (GwClauseIndex *self)
{
  self->clause_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->requirement_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->evidence_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->evidence_links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                (GDestroyNotify) g_array_unref);
  self->pending_evidence = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/* Public API */

/**
 * gw_clause_index_new:
 * @audit: the audit the tree was read from
 * @root: (element-type GwTreeNode): the top of the clause tree
 * @assessments: (element-type GwAssessment): the answers, for the findings
 *
 * Indexes the tree and starts reading the linked evidence in idle time.
 */
GwClauseIndex *
gw_clause_index_new (GwAudit    *audit,
                     GListModel *root,
                     GPtrArray  *assessments)
{
  g_autoptr(GHashTable) by_requirement = g_hash_table_new (g_int64_hash, g_int64_equal);
  GwClauseIndex *self;
  guint n_clauses = 0;
  guint n_requirements = 0;

  g_return_val_if_fail (GW_IS_AUDIT (audit), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (root), NULL);
  g_return_val_if_fail (assessments != NULL, NULL);

  for (guint i = 0; i < assessments->len; i++)
    {
      GwAssessment *a = g_ptr_array_index (assessments, i);
      g_hash_table_insert (by_requirement, &a->requirement_id, a);
    }

  self = g_object_new (GW_TYPE_CLAUSE_INDEX, NULL);
  self->audit = g_object_ref (audit);

  count_subtree (root, &n_clauses, &n_requirements);
  self->clauses = g_new0 (ClauseEntry, n_clauses);
  self->requirements = g_new0 (RequirementEntry, n_requirements);
  index_subtree (self, root, NO_INDEX, by_requirement);
  self->n_matches = self->n_requirements;

  schedule_evidence (self);

  return self;
}

/**
 * gw_clause_index_set_query:
 * @text: (nullable): what the user typed
 *
 * Returns: %TRUE if the search changed (apply it with
 *   gw_clause_index_apply())
 */
gboolean
gw_clause_index_set_query (GwClauseIndex *self,
                           const char    *text)
{
  g_autofree char *folded = fold_text (text);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) words = NULL;
  guint n = 0;

  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), FALSE);

  if (g_strcmp0 (folded, self->query) == 0)
    return FALSE;

  g_free (self->query);
  self->query = g_steal_pointer (&folded);
  g_clear_pointer (&self->words, g_strfreev);

  if (self->query == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  words = g_strsplit_set (self->query, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && n < MAX_WORDS)
      {
        g_strv_builder_add (builder, words[i]);
        n++;
      }

  if (n > 0)
    self->words = g_strv_builder_end (builder);

  return TRUE;
}

void
gw_clause_index_set_filter (GwClauseIndex   *self,
                            GwSidebarFilter  filter)
{
  g_return_if_fail (GW_IS_CLAUSE_INDEX (self));
  self->filter = filter;
}

/**
 * gw_clause_index_set_pinned:
 * @node: (nullable): a node to show whatever the search, or %NULL
 */
void
gw_clause_index_set_pinned (GwClauseIndex *self,
                            GwTreeNode    *node)
{
  g_return_if_fail (GW_IS_CLAUSE_INDEX (self));
  g_set_object (&self->pinned, node);
}

/**
 * gw_clause_index_get_active:
 *
 * Returns: whether a search or a result filter is on
 */
gboolean
gw_clause_index_get_active (GwClauseIndex *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), FALSE);
  return self->words != NULL || self->filter != GW_SIDEBAR_FILTER_ALL;
}

gboolean
gw_clause_index_has_query (GwClauseIndex *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), FALSE);
  return self->words != NULL;
}

/**
 * gw_clause_index_apply:
 * @n_hidden: (out): how many nodes went from shown to hidden
 * @n_shown: (out): how many went from hidden to shown
 *
 * Sets the "visible" flag of every node for the current search, filter and
 * pin. The caller then tells its filter model, which reads the flags.
 */
void
gw_clause_index_apply (GwClauseIndex *self,
                       guint         *n_hidden,
                       guint         *n_shown)
{
  gboolean active;
  guint n_words;
  guint32 all;

  g_return_if_fail (GW_IS_CLAUSE_INDEX (self));

  active = gw_clause_index_get_active (self);
  n_words = self->words ? g_strv_length (self->words) : 0;
  all = n_words == 32 ? G_MAXUINT32 : (1u << n_words) - 1;
  *n_hidden = *n_shown = 0;
  self->n_matches = 0;

  for (guint i = 0; i < self->n_clauses; i++)
    {
      ClauseEntry *c = &self->clauses[i];
      guint32 inherited = c->parent != NO_INDEX ? self->clauses[c->parent].mask : 0;

      c->mask = n_words ? find_words (c->text, self->words, inherited) : 0;
      c->show = !active;
    }

  for (guint i = 0; i < self->n_requirements; i++)
    {
      RequirementEntry *r = &self->requirements[i];
      gboolean visible;

      r->match = filter_passes (self->filter, r->node);
      if (r->match && n_words > 0)
        {
          guint32 found = r->clause != NO_INDEX ? self->clauses[r->clause].mask : 0;

          found = find_words (r->text, self->words, found);
          if (found != all)
            found = find_words (r->finding, self->words, found);
          if (found != all)
            found = find_words (r->evidence, self->words, found);
          r->match = found == all;
        }

      if (r->match)
        self->n_matches++;

      visible = !active || r->match || r->node == self->pinned;
      if (visible)
        show_clause_chain (self, r->clause);

      if (gw_tree_node_set_visible (r->node, visible))
        (*(visible ? n_shown : n_hidden))++;
    }

  for (guint i = 0; i < self->n_clauses; i++)
    {
      ClauseEntry *c = &self->clauses[i];

      /* A clause found by its own number or title shows even when it has
       * no requirements, unless a result filter asks for requirements. */
      if ((n_words > 0 && c->mask == all && self->filter == GW_SIDEBAR_FILTER_ALL) ||
          c->node == self->pinned)
        show_clause_chain (self, i);
    }

  for (guint i = 0; i < self->n_clauses; i++)
    {
      ClauseEntry *c = &self->clauses[i];

      if (gw_tree_node_set_visible (c->node, c->show))
        (*(c->show ? n_shown : n_hidden))++;
    }
}

/**
 * gw_clause_index_get_n_matches:
 *
 * Returns: how many requirements pass the search and filter, as of the
 *   last gw_clause_index_apply()
 */
guint
gw_clause_index_get_n_matches (GwClauseIndex *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), 0);
  return self->n_matches;
}

guint
gw_clause_index_get_n_requirements (GwClauseIndex *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), 0);
  return self->n_requirements;
}

/**
 * gw_clause_index_find_requirement:
 *
 * Returns: (transfer none) (nullable): the node of a requirement
 */
GwTreeNode *
gw_clause_index_find_requirement (GwClauseIndex *self,
                                  gint64         requirement_id)
{
  guint i;

  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), NULL);

  i = lookup_index (self->requirement_index, requirement_id);
  return i == NO_INDEX ? NULL : self->requirements[i].node;
}

/**
 * gw_clause_index_find_clause:
 *
 * Returns: (transfer none) (nullable): the node of a clause
 */
GwTreeNode *
gw_clause_index_find_clause (GwClauseIndex *self,
                             gint64         clause_id)
{
  guint i;

  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), NULL);

  i = lookup_index (self->clause_index, clause_id);
  return i == NO_INDEX ? NULL : self->clauses[i].node;
}

/**
 * gw_clause_index_get_adjacent:
 * @requirement_id: a requirement, or 0 to start from an end
 * @direction: 1 for the next, -1 for the previous
 *
 * Returns: (transfer none) (nullable): the next or previous requirement in
 *   checklist order that passes the search and filter
 */
GwTreeNode *
gw_clause_index_get_adjacent (GwClauseIndex *self,
                              gint64         requirement_id,
                              int            direction)
{
  int step = direction > 0 ? 1 : -1;
  guint start;
  gint64 i;

  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), NULL);

  start = lookup_index (self->requirement_index, requirement_id);
  if (start != NO_INDEX)
    i = (gint64) start + step;
  else
    i = step > 0 ? 0 : (gint64) self->n_requirements - 1;

  for (; i >= 0 && i < self->n_requirements; i += step)
    if (self->requirements[i].match)
      return self->requirements[i].node;

  return NULL;
}

/**
 * gw_clause_index_set_finding:
 *
 * Takes the new finding of a requirement into the search.
 */
void
gw_clause_index_set_finding (GwClauseIndex *self,
                             gint64         requirement_id,
                             const char    *finding)
{
  guint i;

  g_return_if_fail (GW_IS_CLAUSE_INDEX (self));

  i = lookup_index (self->requirement_index, requirement_id);
  if (i == NO_INDEX)
    return;

  g_free (self->requirements[i].finding);
  self->requirements[i].finding = fold_text (finding);
}

/**
 * gw_clause_index_evidence_changed:
 *
 * Queues an evidence item whose title or links changed; it is read again
 * in idle time and "evidence-read" follows.
 */
void
gw_clause_index_evidence_changed (GwClauseIndex *self,
                                  gint64         evidence_id)
{
  g_return_if_fail (GW_IS_CLAUSE_INDEX (self));

  g_hash_table_add (self->pending_evidence, g_memdup2 (&evidence_id, sizeof evidence_id));
  self->evidence_read = FALSE;
  schedule_evidence (self);
}

/**
 * gw_clause_index_get_evidence_read:
 *
 * Returns: whether the evidence titles are all part of the search
 */
gboolean
gw_clause_index_get_evidence_read (GwClauseIndex *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_INDEX (self), FALSE);
  return self->evidence_read;
}
