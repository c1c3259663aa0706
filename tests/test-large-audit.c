/* test-large-audit.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Evidence and Overview views on a synthetic audit of 5,000
 * requirements and 20,000 evidence items, in a real window under Xvfb: the
 * Evidence table holds every item, each sort click, search keystroke and
 * filter gives exactly the rows worked out from the audit, and the Overview
 * adds up. How fast is for the benchmark tests/gw-bench-views.c, which
 * times the same inputs and prints its figures instead of asserting them,
 * as timings vary with the machine's load. tests/test-views.c checks the
 * same views on small audits.
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "gw-evidence-item.h"
#include "gw-evidence-view.h"
#include "gw-overview-page.h"
#include "gw-readiness-chart.h"
#include "gw-test-util.h"
#include "gw-ui-test-util.h"
#include "gw-views-test-util.h"
#include "gw-window.h"

/* Expected records --------------------------------------------------------- */

/* What the test expects of one evidence record, worked out from the record
 * as the audit returns it, not from the keys the view keeps. */
typedef struct
{
  const GwEvidence *evidence;
  char             *title_key;
  char             *reference_key;
  char             *folded[4];          /* title, reference, file name, notes */
} Expected;

static void
expected_free (gpointer data)
{
  Expected *x = data;

  g_free (x->title_key);
  g_free (x->reference_key);
  for (guint i = 0; i < G_N_ELEMENTS (x->folded); i++)
    g_free (x->folded[i]);
  g_free (x);
}

static char *
fold (const char *text)
{
  return g_utf8_casefold (text ? text : "", -1);
}

/* The audit's records, each with what it sorts and is searched by: titles
 * in the locale's order, references with their numbers as numbers. */
static GPtrArray *
expected_records (GPtrArray *evidence)
{
  GPtrArray *expected = g_ptr_array_new_full (evidence->len, expected_free);

  for (guint i = 0; i < evidence->len; i++)
    {
      const GwEvidence *e = g_ptr_array_index (evidence, i);
      Expected *x = g_new0 (Expected, 1);

      x->evidence = e;
      x->title_key = g_utf8_collate_key (e->title, -1);
      x->reference_key = g_utf8_collate_key_for_filename (e->reference ? e->reference : "", -1);
      x->folded[0] = fold (e->title);
      x->folded[1] = fold (e->reference);
      x->folded[2] = fold (e->file_name);
      x->folded[3] = fold (e->notes);
      g_ptr_array_add (expected, x);
    }
  return expected;
}

static GHashTable *
index_by_id (GPtrArray *expected)
{
  GHashTable *by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < expected->len; i++)
    {
      Expected *x = g_ptr_array_index (expected, i);
      g_hash_table_insert (by_id, (gpointer) &x->evidence->id, x);
    }
  return by_id;
}

static const Expected *
expected_row (GwEvidenceView *view,
              GHashTable     *by_id,
              guint           i)
{
  const Expected *x = g_hash_table_lookup (by_id, &evidence_row (view, i)->id);

  g_assert_nonnull (x);
  return x;
}

/* Sorting ------------------------------------------------------------------ */

typedef struct
{
  GwEvidenceColumn   column;
  int              (*compare) (const Expected *a,
                               const Expected *b);
  /* What the column sorts by, as text, for the checks and their messages. */
  char            *(*value)   (const Expected *x);
} SortCheck;

static int
compare_title (const Expected *a,
               const Expected *b)
{
  return strcmp (a->title_key, b->title_key);
}

static int
compare_kind (const Expected *a,
              const Expected *b)
{
  int cmp = (int) a->evidence->kind - (int) b->evidence->kind;
  return cmp != 0 ? cmp : compare_title (a, b);
}

static int
compare_reference (const Expected *a,
                   const Expected *b)
{
  return strcmp (a->reference_key, b->reference_key);
}

static int
compare_date (const Expected *a,
              const Expected *b)
{
  return g_strcmp0 (a->evidence->date, b->evidence->date);
}

static int
compare_links (const Expected *a,
               const Expected *b)
{
  return (a->evidence->n_links > b->evidence->n_links) - (a->evidence->n_links < b->evidence->n_links);
}

static char *
title_value (const Expected *x)
{
  return g_strdup (x->evidence->title);
}

static char *
kind_value (const Expected *x)
{
  return g_strdup_printf ("%d %s", x->evidence->kind, x->evidence->title);
}

static char *
reference_value (const Expected *x)
{
  return g_strdup (x->evidence->reference);
}

static char *
date_value (const Expected *x)
{
  return g_strdup (x->evidence->date);
}

static char *
links_value (const Expected *x)
{
  return g_strdup_printf ("%u", x->evidence->n_links);
}

/* The attachment column is left out: the synthetic audit attaches nothing. */
static const SortCheck sort_checks[] = {
  { GW_EVIDENCE_COLUMN_TITLE, compare_title, title_value },
  { GW_EVIDENCE_COLUMN_KIND, compare_kind, kind_value },
  { GW_EVIDENCE_COLUMN_REFERENCE, compare_reference, reference_value },
  { GW_EVIDENCE_COLUMN_DATE, compare_date, date_value },
  { GW_EVIDENCE_COLUMN_LINKS, compare_links, links_value },
};

static int
compare_expected (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  const SortCheck *check = data;
  return check->compare (*(Expected * const *) a, *(Expected * const *) b);
}

/* After a click on @check's column, every row holds the value that a sort
 * of the audit's records puts there, the other way round for a descending
 * sort. Titles and references are all different, so there the rows are
 * the very items expected; dates and link counts repeat, and the view
 * orders equal ones by the columns clicked before, so there only the
 * values are compared. */
static void
assert_sorts (GwEvidenceView  *view,
              GHashTable      *by_id,
              GPtrArray       *expected,
              const SortCheck *check)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (expected, NULL, NULL);
  GListModel *rows = gw_evidence_view_get_rows (view);
  guint n = sorted->len;

  /* The copy borrows the records; it would free them with @expected's
   * free function. */
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort_with_data (sorted, compare_expected, (gpointer) check);

  for (guint descending = 0; descending < 2; descending++)
    {
      gw_evidence_view_sort_by (view, check->column, descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
      wait_until (evidence_settled, view);
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *shown = check->value (expected_row (view, by_id, i));
          g_autofree char *wanted = check->value (g_ptr_array_index (sorted, descending ? n - 1 - i : i));

          g_assert_cmpstr (shown, ==, wanted);
        }
    }
}

/* Filtering ---------------------------------------------------------------- */

typedef struct
{
  const char *search;
  int         kind;                     /* a GwEvidenceKind, or -1 */
  gboolean    unused_only;
} FilterCheck;

/* As a user reads the filters: every word of the search, in any case and
 * order, somewhere in the title, the reference, the attachment's name or
 * the notes; of the kind chosen; supporting no requirement. */
static gboolean
expected_shown (const Expected    *x,
                const FilterCheck *filter,
                char * const      *words)
{
  if (filter->kind >= 0 && (int) x->evidence->kind != filter->kind)
    return FALSE;
  if (filter->unused_only && x->evidence->n_links > 0)
    return FALSE;

  for (guint w = 0; words[w]; w++)
    {
      gboolean found = FALSE;

      if (*words[w] == '\0')
        continue;
      for (guint f = 0; f < G_N_ELEMENTS (x->folded) && !found; f++)
        found = strstr (x->folded[f], words[w]) != NULL;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* Sets @filter in the view; the rows are then exactly the records
 * expected_shown() keeps, still in title order. Returns how many. */
static guint
assert_filters (GwEvidenceView    *view,
                GHashTable        *by_id,
                GPtrArray         *expected,
                const FilterCheck *filter)
{
  g_autofree char *folded = fold (filter->search);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  GListModel *rows = gw_evidence_view_get_rows (view);
  guint n;

  gw_evidence_view_set_search_text (view, filter->search);
  gw_evidence_view_set_kind_filter (view, filter->kind);
  gw_evidence_view_set_unused_only (view, filter->unused_only);
  wait_until (evidence_settled, view);

  for (guint i = 0; i < expected->len; i++)
    if (expected_shown (g_ptr_array_index (expected, i), filter, words))
      g_hash_table_add (wanted, g_ptr_array_index (expected, i));

  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, ==, g_hash_table_size (wanted));
  for (guint i = 0; i < n; i++)
    {
      const Expected *x = expected_row (view, by_id, i);

      g_assert_true (g_hash_table_contains (wanted, x));
      if (i > 0)
        g_assert_cmpint (compare_title (expected_row (view, by_id, i - 1), x), <, 0);
    }
  g_assert_cmpstr (gw_evidence_view_get_visible_state (view), ==, n > 0 ? "table" : "no-results");
  return n;
}

/* gw_synthetic_create() links every item to one to three requirements; ten
 * lose theirs here, so that the Unused filter has something to find. */
static void
unlink_some (GwAudit *audit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) evidence = gw_audit_list_evidence (audit, 0, &error);

  g_assert_no_error (error);
  for (guint i = 7; i < evidence->len; i += 2000)
    {
      GwEvidence *e = g_ptr_array_index (evidence, i);
      g_autoptr(GArray) reqs = gw_audit_list_evidence_requirements (audit, e->id, &error);

      g_assert_no_error (error);
      for (guint r = 0; r < reqs->len; r++)
        g_assert_true (gw_audit_link_evidence (audit, e->id, g_array_index (reqs, gint64, r), FALSE, &error));
      g_assert_no_error (error);
    }
}

/* The benchmark tests/gw-bench-views.c times these same inputs on the same
 * audit; here they must give the right rows, however long they take. */
static void
test_large_audit (void)
{
  g_autofree char *path = gw_test_path ("large.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_synthetic_create (file, 5000, 20000, &error);
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  const char * const *typed;
  guint n_typed, n_unused = 0;
  GwWindow *window;
  GwEvidenceView *view;
  GwOverviewPage *page;
  GListModel *rows;

  g_assert_no_error (error);
  unlink_some (audit);
  evidence = gw_audit_list_evidence (audit, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evidence->len, ==, 20000);
  expected = expected_records (evidence);
  by_id = index_by_id (expected);
  for (guint i = 0; i < evidence->len; i++)
    n_unused += ((GwEvidence *) g_ptr_array_index (evidence, i))->n_links == 0;
  g_assert_cmpuint (n_unused, ==, 10);

  window = open_window (audit, 1280);
  view = evidence_view (window);
  rows = gw_evidence_view_get_rows (view);

  /* Every item of the register, once. */
  show (window, "evidence");
  g_assert_cmpuint (gw_evidence_view_get_n_total (view), ==, 20000);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 20000);
  g_assert_cmpstr (gw_evidence_view_get_visible_state (view), ==, "table");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_assert_true (g_hash_table_add (seen, (gpointer) expected_row (view, by_id, i)));
  g_assert_cmpuint (g_hash_table_size (seen), ==, 20000);

  /* A click on a header sorts the whole register, both ways. */
  for (guint c = 0; c < G_N_ELEMENTS (sort_checks); c++)
    assert_sorts (view, by_id, expected, &sort_checks[c]);

  /* Each keystroke of a search narrows or widens the rows to exactly the
   * items that match, sorted as before. */
  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_TITLE, GTK_SORT_ASCENDING);
  typed = evidence_keystrokes (&n_typed);
  for (guint i = 0; i < n_typed; i++)
    {
      FilterCheck filter = { typed[i], -1, FALSE };
      guint n = assert_filters (view, by_id, expected, &filter);

      /* REC-019900 to REC-019999: a check on the matching above. */
      if (g_str_equal (typed[i], "rec-0199"))
        g_assert_cmpuint (n, ==, 100);
    }

  /* The kind and unused filters, alone and together. */
  for (int kind = GW_EVIDENCE_KIND_DOCUMENT; kind <= GW_EVIDENCE_KIND_OTHER; kind++)
    {
      FilterCheck filter = { "", kind, FALSE };
      g_assert_cmpuint (assert_filters (view, by_id, expected, &filter), >, 0);
    }
  {
    FilterCheck unused = { "", -1, TRUE };
    FilterCheck unused_records = { "", GW_EVIDENCE_KIND_RECORD, TRUE };
    FilterCheck words_and_kind = { "record 12", GW_EVIDENCE_KIND_PHOTO, FALSE };
    FilterCheck none = { "", -1, FALSE };

    g_assert_cmpuint (assert_filters (view, by_id, expected, &unused), ==, n_unused);
    assert_filters (view, by_id, expected, &unused_records);
    assert_filters (view, by_id, expected, &words_and_kind);
    g_assert_cmpuint (assert_filters (view, by_id, expected, &none), ==, 20000);
  }

  /* The Overview adds up every requirement's result. */
  page = overview_page (window);
  show (window, "overview");
  g_assert_cmpstr (gw_overview_page_get_visible_state (page), ==, "dashboard");
  g_assert_cmpuint (gw_readiness_chart_get_n_rows (GW_READINESS_CHART (gw_overview_page_get_chart (page))), ==, 7);
  assert_totals_match (page, audit);

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

int
main (int    argc,
      char **argv)
{
  gw_test_ui_init (&argc, &argv);

  g_test_add_func ("/views/large-audit", test_large_audit);

  return gw_test_ui_finish (g_test_run ());
}
