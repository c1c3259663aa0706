/* test-views.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Evidence, Actions and Overview views in a real window, under Xvfb:
 * they list what the file holds; sorting and filtering give the rows a user
 * expects; an edit made anywhere shows without reopening anything; every
 * kind of warning appears for an audit made to have it and opens the right
 * requirement or action; a new audit gets empty states. Then screenshots of
 * the three views, wide and narrow, light and dark, into
 * BUILDDIR/tests/screenshots. On a synthetic audit of 5,000 requirements
 * and 20,000 evidence items, the Evidence table holds every item, each sort
 * click, search keystroke and filter gives exactly the rows worked out from
 * the audit, and the Overview adds up; how fast is for the benchmark
 * tests/gw-bench-views.c, which prints its figures instead of asserting
 * them, as timings vary with the machine's load.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <adwaita.h>

#include "gw-action-details.h"
#include "gw-action-item.h"
#include "gw-actions-view.h"
#include "gw-evidence-details.h"
#include "gw-evidence-item.h"
#include "gw-evidence-view.h"
#include "gw-overview-page.h"
#include "gw-readiness-chart.h"
#include "gw-requirement-editor.h"
#include "gw-requirement-links.h"
#include "gw-risks-view.h"
#include "gw-test-util.h"
#include "gw-ui-test-util.h"
#include "gw-ui-utils.h"
#include "gw-views-test-util.h"
#include "gw-warnings.h"
#include "gw-window.h"

/* A small register whose orders are worked out by hand. */
typedef struct
{
  const char     *title;
  GwEvidenceKind  kind;
  const char     *reference;
  const char     *date;
  const char     *links[4];
} Sample;

static const Sample samples[] = {
  { "Seal log, depot, week 12", GW_EVIDENCE_KIND_RECORD, "REC-10", "2026-03-02", { "8.4-01", "8.4-02" } },
  { "Security policy", GW_EVIDENCE_KIND_DOCUMENT, "POL-2", "2026-01-15", { "5.2.1-01" } },
  { "Interview with gate staff", GW_EVIDENCE_KIND_INTERVIEW, NULL, "2026-04-20", { NULL } },
  { "Photo of the fence", GW_EVIDENCE_KIND_PHOTO, "IMG-9", NULL, { NULL } },
  { "Access card records", GW_EVIDENCE_KIND_RECORD, "REC-9", "2026-02-10", { "7.2-01", "7.3-01", "8.1-01" } },
};

static GwAudit *
sample_audit (const char *name,
              gint64     *ids)
{
  g_autofree char *path = gw_test_path (name);
  GwAudit *audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GwEvidence) e = gw_evidence_new (samples[i].title, samples[i].kind);

      e->reference = g_strdup (samples[i].reference);
      e->date = g_strdup (samples[i].date);
      ids[i] = gw_audit_add_evidence (audit, e, &error);
      g_assert_no_error (error);
      for (guint l = 0; samples[i].links[l]; l++)
        g_assert_true (gw_audit_link_evidence (audit, ids[i], gw_test_requirement (audit, samples[i].links[l]),
                                               TRUE, &error));
    }

  {
    g_autoptr(GBytes) data = g_bytes_new_static ("seal,time\nA123,06:40\n", 21);
    g_assert_true (gw_audit_attach_bytes (audit, ids[0], "seal-log.csv", "text/csv", data, &error));
    g_assert_no_error (error);
  }
  return audit;
}

/* Evidence ---------------------------------------------------------------- */

static void
test_evidence_lists_file (void)
{
  g_autofree char *path = gw_test_path ("demo-evidence.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  GwWindow *window;
  GwEvidenceView *view;
  GListModel *rows;
  guint n_unused = 0;
  g_autofree char *expected_count = NULL;

  g_assert_no_error (error);
  evidence = gw_audit_list_evidence (audit, 0, &error);
  g_assert_no_error (error);

  window = open_window (audit, 1280);
  view = evidence_view (window);
  /* Not read before it is shown, so opening an audit stays quick. */
  g_assert_false (gw_evidence_view_is_loaded (view));
  show (window, "evidence");

  rows = gw_evidence_view_get_rows (view);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, evidence->len);
  g_assert_cmpuint (gw_evidence_view_get_n_total (view), ==, evidence->len);
  g_assert_cmpstr (gw_evidence_view_get_visible_state (view), ==, "table");
  expected_count = g_strdup_printf ("%u items", evidence->len);
  g_assert_cmpstr (gw_evidence_view_get_count_text (view), ==, expected_count);

  for (guint i = 0; i < evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (evidence, i);
      g_hash_table_add (titles, e->title);
      if (e->n_links == 0)
        n_unused++;
    }
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_assert_true (g_hash_table_contains (titles, evidence_row (view, i)->title));

  /* Evidence no requirement uses is one click away. */
  gw_evidence_view_set_unused_only (view, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_unused);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_assert_cmpuint (evidence_row (view, i)->n_links, ==, 0);

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

static void
test_evidence_sort_filter (void)
{
  gint64 ids[G_N_ELEMENTS (samples)];
  g_autoptr(GwAudit) audit = sample_audit ("sort.gapwise", ids);
  g_autoptr(GError) error = NULL;
  GwWindow *window = open_window (audit, 1280);
  GwEvidenceView *view = evidence_view (window);
  GListModel *rows = gw_evidence_view_get_rows (view);
  g_autofree char *titles = NULL;

  show (window, "evidence");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);

#define ASSERT_TITLES(expected) \
  G_STMT_START { g_free (titles); titles = evidence_titles (view); g_assert_cmpstr (titles, ==, expected); } G_STMT_END

  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_TITLE, GTK_SORT_ASCENDING);
  ASSERT_TITLES ("Access card records|Interview with gate staff|Photo of the fence|"
                 "Seal log, depot, week 12|Security policy");
  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_TITLE, GTK_SORT_DESCENDING);
  ASSERT_TITLES ("Security policy|Seal log, depot, week 12|Photo of the fence|"
                 "Interview with gate staff|Access card records");

  /* References compare their numbers as numbers; none sorts last. */
  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_REFERENCE, GTK_SORT_ASCENDING);
  ASSERT_TITLES ("Photo of the fence|Security policy|Access card records|"
                 "Seal log, depot, week 12|Interview with gate staff");

  /* By date, the undated last. */
  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_DATE, GTK_SORT_ASCENDING);
  ASSERT_TITLES ("Security policy|Access card records|Seal log, depot, week 12|"
                 "Interview with gate staff|Photo of the fence");

  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_LINKS, GTK_SORT_DESCENDING);
  g_assert_cmpuint (evidence_row (view, 0)->n_links, ==, 3);
  g_assert_cmpuint (evidence_row (view, 1)->n_links, ==, 2);
  g_assert_cmpuint (evidence_row (view, 2)->n_links, ==, 1);

  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_FILE, GTK_SORT_ASCENDING);
  g_assert_cmpstr (evidence_row (view, 0)->file_name, ==, "seal-log.csv");

  /* Filters apply to the sorted rows and keep their order. */
  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_TITLE, GTK_SORT_ASCENDING);
  gw_evidence_view_set_search_text (view, "se");
  ASSERT_TITLES ("Seal log, depot, week 12|Security policy");
  g_assert_cmpstr (gw_evidence_view_get_count_text (view), ==, "2 of 5 items");
  gw_evidence_view_set_search_text (view, "seal");
  ASSERT_TITLES ("Seal log, depot, week 12");
  /* Words match in any order, in the reference and the file name too. */
  gw_evidence_view_set_search_text (view, "csv week");
  ASSERT_TITLES ("Seal log, depot, week 12");
  gw_evidence_view_set_search_text (view, "rec-9");
  ASSERT_TITLES ("Access card records");
  gw_evidence_view_set_search_text (view, "");

  gw_evidence_view_set_kind_filter (view, GW_EVIDENCE_KIND_RECORD);
  ASSERT_TITLES ("Access card records|Seal log, depot, week 12");
  gw_evidence_view_set_kind_filter (view, -1);
  gw_evidence_view_set_unused_only (view, TRUE);
  ASSERT_TITLES ("Interview with gate staff|Photo of the fence");
  gw_evidence_view_set_kind_filter (view, GW_EVIDENCE_KIND_RECORD);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  gw_test_flush (0.1);
  g_assert_cmpstr (gw_evidence_view_get_visible_state (view), ==, "no-results");
  g_assert_cmpstr (gw_evidence_view_get_count_text (view), ==, "0 of 5 items");

  /* Selecting an item clears what hides it. */
  g_assert_true (gw_evidence_view_select_evidence (view, ids[1]));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
  g_assert_cmpint (gw_evidence_details_get_evidence_id (GW_EVIDENCE_DETAILS (gw_evidence_view_get_details (view))),
                   ==, ids[1]);

#undef ASSERT_TITLES
  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

static void
test_evidence_live (void)
{
  gint64 ids[G_N_ELEMENTS (samples)];
  g_autoptr(GwAudit) audit = sample_audit ("live.gapwise", ids);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwEvidence) added = gw_evidence_new ("Visitor book, gate 2", GW_EVIDENCE_KIND_RECORD);
  g_autoptr(GwEvidence) renamed = NULL;
  GwWindow *window = open_window (audit, 1280);
  GwEvidenceView *view = evidence_view (window);
  GListModel *rows = gw_evidence_view_get_rows (view);
  GwEvidenceDetails *details = GW_EVIDENCE_DETAILS (gw_evidence_view_get_details (view));
  GwRequirementLinks *links = gw_evidence_details_get_links (details);
  GwRequirementEditor *editor = GW_REQUIREMENT_EDITOR (gw_window_get_editor (window));
  gint64 added_id, gate = gw_test_requirement (audit, "8.4-03");
  g_autofree char *titles = NULL;

  show (window, "evidence");
  gw_evidence_view_sort_by (view, GW_EVIDENCE_COLUMN_TITLE, GTK_SORT_ASCENDING);

  /* Added, renamed, linked and deleted elsewhere: the table follows. */
  added_id = gw_audit_add_evidence (audit, added, &error);
  g_assert_no_error (error);
  gw_test_flush (0.1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 6);
  g_assert_cmpstr (evidence_row (view, 5)->title, ==, "Visitor book, gate 2");

  renamed = gw_audit_get_evidence (audit, ids[4], &error);
  g_free (renamed->title);
  renamed->title = g_strdup ("Zone access card records");
  g_assert_true (gw_audit_update_evidence (audit, renamed, &error));
  gw_test_flush (0.1);
  g_assert_cmpstr (evidence_row (view, 5)->title, ==, "Zone access card records");

  gw_evidence_view_set_unused_only (view, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);
  g_assert_true (gw_audit_link_evidence (audit, added_id, gate, TRUE, &error));
  gw_test_flush (0.1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  g_assert_true (gw_audit_delete_evidence (audit, ids[3], &error));
  gw_test_flush (0.1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  gw_evidence_view_set_unused_only (view, FALSE);
  g_assert_cmpuint (gw_evidence_view_get_n_total (view), ==, 5);

  /* The pane shows what an item supports, changes it, and jumps to it. */
  g_assert_true (gw_evidence_view_select_evidence (view, ids[0]));
  gw_test_flush (0.1);
  g_assert_cmpuint (gw_requirement_links_get_linked (links)->len, ==, 2);
  g_assert_true (gw_requirement_links_toggle (links, gate, &error));
  g_assert_no_error (error);
  gw_test_flush (0.1);
  g_assert_cmpuint (gw_requirement_links_get_linked (links)->len, ==, 3);
  g_assert_cmpstr (evidence_row (view, 1)->title, ==, "Seal log, depot, week 12");
  g_assert_cmpuint (evidence_row (view, 1)->n_links, ==, 3);

  /* The attachment opens from a checked copy. */
  {
    g_autoptr(GFile) copy = gw_evidence_details_export_attachment (details, &error);
    g_autofree char *contents = NULL;

    g_assert_no_error (error);
    g_assert_true (g_file_load_contents (copy, NULL, &contents, NULL, NULL, NULL));
    g_assert_cmpstr (contents, ==, "seal,time\nA123,06:40\n");
  }

  gw_requirement_links_activate_row (links, 0);
  gw_test_flush (0.3);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "checklist");
  g_assert_cmpint (gw_requirement_editor_get_requirement (editor), ==,
                   g_array_index (gw_requirement_links_get_linked (links), gint64, 0));

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Actions ----------------------------------------------------------------- */

/* As the view decides it: the owner starts with the author's name. */
static gboolean
owned_by (const GwAction *a,
          const char     *name)
{
  return a->owner && g_str_has_prefix (a->owner, name) &&
         (a->owner[strlen (name)] == '\0' || a->owner[strlen (name)] == ',');
}

static void
test_actions (void)
{
  g_autofree char *path = gw_test_path ("demo-actions.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  g_autoptr(GPtrArray) actions = NULL;
  g_autofree char *today = gw_date_today ();
  guint n_open = 0, n_overdue = 0, n_mine = 0, n;
  GwWindow *window;
  GwActionsView *view;
  GListModel *rows;

  g_assert_no_error (error);
  actions = gw_audit_list_actions (audit, 0, &error);
  for (guint i = 0; i < actions->len; i++)
    {
      GwAction *a = g_ptr_array_index (actions, i);
      n_open += gw_action_is_open (a);
      n_overdue += gw_action_is_past_due (a, today);
      n_mine += owned_by (a, "Sandra Mbeki");
    }
  g_assert_cmpuint (n_overdue, >, 0);
  g_assert_cmpuint (n_mine, >, 0);

  window = open_window (audit, 1280);
  view = actions_view (window);
  show (window, "actions");
  rows = gw_actions_view_get_rows (view);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, actions->len);

  /* At first by due date: the most overdue first. */
  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      const char *a = action_row (view, i - 1)->due_date, *b = action_row (view, i)->due_date;
      g_assert_true (b == NULL || (a != NULL && strcmp (a, b) <= 0));
    }

  gw_actions_view_set_filters (view, FALSE, FALSE, TRUE);
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, ==, n_overdue);
  for (guint i = 0; i < n; i++)
    g_assert_true (gw_action_is_past_due (action_row (view, i), today));

  gw_actions_view_set_filters (view, FALSE, TRUE, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_open);

  /* Mine follows the name set in Preferences. */
  gw_audit_set_author (audit, "Sandra Mbeki");
  gw_actions_view_set_filters (view, TRUE, FALSE, FALSE);
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, ==, n_mine);
  for (guint i = 0; i < n; i++)
    g_assert_true (owned_by (action_row (view, i), "Sandra Mbeki"));
  gw_audit_set_author (audit, "Nobody Here");
  gw_test_flush (0.1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  g_assert_cmpstr (gw_actions_view_get_visible_state (view), ==, "no-results");
  gw_actions_view_set_filters (view, FALSE, FALSE, FALSE);

  gw_actions_view_sort_by (view, GW_ACTIONS_COLUMN_PRIORITY, GTK_SORT_ASCENDING);
  g_assert_cmpint (action_row (view, 0)->priority, ==, GW_PRIORITY_CRITICAL);
  gw_actions_view_sort_by (view, GW_ACTIONS_COLUMN_STATUS, GTK_SORT_DESCENDING);
  g_assert_cmpint (action_row (view, 0)->status, ==, GW_ACTION_STATUS_VERIFIED);

  gw_actions_view_set_search_text (view, "seal");
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, actions->len);

  /* Done in the pane: it drops out of the open ones at once. */
  gw_actions_view_set_search_text (view, "");
  gw_actions_view_set_filters (view, FALSE, TRUE, FALSE);
  {
    const GwAction *first = action_row (view, 0);
    g_autoptr(GwAction) done = gw_action_copy (first);

    done->status = GW_ACTION_STATUS_DONE;
    g_assert_true (gw_audit_update_action (audit, done, &error));
    gw_test_flush (0.1);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_open - 1);
  }

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Overview ---------------------------------------------------------------- */

static void
assert_totals_match (GwOverviewPage *page,
                     GwAudit        *audit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwScoreSheet) sheet = gw_audit_compute_scores (audit, &error);
  const GwScore *expected = gw_score_sheet_get_total (sheet);
  const GwScore *shown = gw_overview_page_get_total (page);
  g_autofree char *readiness = gw_format_percent (gw_score_get_readiness (expected));

  g_assert_no_error (error);
  g_assert_cmpuint (shown->n_assessed, ==, expected->n_assessed);
  g_assert_cmpuint (shown->n_conforming, ==, expected->n_conforming);
  g_assert_cmpuint (shown->n_nonconforming, ==, expected->n_nonconforming);
  g_assert_cmpstr (gw_overview_page_get_readiness_text (page), ==, readiness);
}

static gint64
first_not_assessed (GwAudit *audit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reqs = gw_audit_list_requirements (audit, &error);

  for (guint i = 0; i < reqs->len; i++)
    {
      GwRequirement *r = g_ptr_array_index (reqs, i);
      g_autoptr(GwAssessment) a = gw_audit_get_assessment (audit, r->id, &error);

      if (!r->informative && a->result == GW_RESULT_NOT_ASSESSED)
        return r->id;
    }
  g_assert_not_reached ();
}

static void
test_overview_live (void)
{
  g_autofree char *path = gw_test_path ("demo-overview.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  GwWindow *window;
  GwOverviewPage *page;
  guint assessed;

  g_assert_no_error (error);
  window = open_window (audit, 1280);
  page = overview_page (window);
  show (window, "overview");
  g_assert_cmpstr (gw_overview_page_get_visible_state (page), ==, "dashboard");
  g_assert_cmpuint (gw_readiness_chart_get_n_rows (GW_READINESS_CHART (gw_overview_page_get_chart (page))), ==, 7);
  assert_totals_match (page, audit);
  assessed = gw_overview_page_get_total (page)->n_assessed;

  /* A result set while the Overview is on screen shows at once. */
  g_assert_true (gw_audit_set_result (audit, first_not_assessed (audit), GW_RESULT_CONFORMING, &error));
  gw_test_flush (0.2);
  g_assert_cmpuint (gw_overview_page_get_total (page)->n_assessed, ==, assessed + 1);
  assert_totals_match (page, audit);

  /* And one set in the Checklist shows when the Overview comes back. */
  show (window, "checklist");
  g_assert_true (gw_audit_set_result (audit, first_not_assessed (audit), GW_RESULT_NONCONFORMING, &error));
  show (window, "overview");
  g_assert_cmpuint (gw_overview_page_get_total (page)->n_assessed, ==, assessed + 2);
  assert_totals_match (page, audit);

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

static gint64
documented_requirement (GwAudit *audit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reqs = gw_audit_list_requirements (audit, &error);

  for (guint i = 0; i < reqs->len; i++)
    {
      GwRequirement *r = g_ptr_array_index (reqs, i);
      if (r->documented != GW_DOCUMENTED_NONE && !r->informative)
        return r->id;
    }
  g_assert_not_reached ();
}

/* An audit with one warning of each kind. Gapwise refuses "not applicable"
 * without a justification, so that one is written into the file as an older
 * version or a hand edit could have left it. */
static GwAudit *
warning_audit (void)
{
  g_autofree char *path = gw_test_path ("warnings.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwEvidence) interview = gw_evidence_new ("Interview with the QHSE coordinator",
                                                     GW_EVIDENCE_KIND_INTERVIEW);
  g_autoptr(GwAction) late = gw_action_new ("Train the night shift on seal checks");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) last_week = g_date_time_add_days (now, -7);
  g_autofree char *sql = NULL;
  gint64 documented = documented_requirement (audit);
  gint64 interview_id, late_id;
  sqlite3 *db;

  g_assert_true (gw_audit_set_result (audit, gw_test_requirement (audit, "4.1-01"), GW_RESULT_CONFORMING, &error));
  g_assert_true (gw_audit_set_result (audit, gw_test_requirement (audit, "5.2.1-01"), GW_RESULT_NONCONFORMING,
                                      &error));
  g_assert_true (gw_audit_set_result (audit, documented, GW_RESULT_PARTIAL, &error));
  interview_id = gw_audit_add_evidence (audit, interview, &error);
  g_assert_true (gw_audit_link_evidence (audit, interview_id, documented, TRUE, &error));
  late->owner = g_strdup ("Fiona Castell, Transport Manager");
  late->due_date = g_date_time_format (last_week, "%Y-%m-%d");
  late_id = gw_audit_add_action (audit, late, &error);
  g_assert_true (gw_audit_link_action (audit, late_id, gw_test_requirement (audit, "8.4-02"), TRUE, &error));
  /* A high risk to mitigate with no measure in place. */
  {
    g_autoptr(GwRisk) risk = gw_risk_new ("Seal swapped at an unplanned stop");
    gint64 risk_id;

    risk->inherent_likelihood = 4;
    risk->inherent_impact = 5;
    risk->treatment = GW_RISK_TREATMENT_MITIGATE;
    risk_id = gw_audit_add_risk (audit, risk, &error);
    g_assert_true (gw_audit_link_risk (audit, risk_id, GW_RISK_LINK_REQUIREMENT,
                                       gw_test_requirement (audit, "8.4-02"), TRUE, &error));
  }
  g_assert_no_error (error);
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  sql = g_strdup ("UPDATE assessment SET result = 'not-applicable', justification = NULL"
                  " WHERE requirement_id = (SELECT id FROM requirement WHERE ref = '8.6.1-01')");
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&audit);
}

static void
test_overview_warnings (void)
{
  g_autoptr(GwAudit) audit = warning_audit ();
  g_autoptr(GError) error = NULL;
  GwWindow *window = open_window (audit, 1280);
  GwOverviewPage *page = overview_page (window);
  GwRequirementEditor *editor = GW_REQUIREMENT_EDITOR (gw_window_get_editor (window));
  GwActionDetails *action_details = GW_ACTION_DETAILS (gw_actions_view_get_details (actions_view (window)));

  for (guint k = 0; k < GW_N_WARNING_KINDS; k++)
    {
      GPtrArray *warnings;
      GwWarning *w = NULL;

      show (window, "overview");
      warnings = gw_overview_page_get_warnings (page);
      for (guint i = 0; i < warnings->len && w == NULL; i++)
        if (((GwWarning *) g_ptr_array_index (warnings, i))->kind == k)
          w = g_ptr_array_index (warnings, i);
      g_assert_nonnull (w);

      /* Its row opens the requirement in the Checklist, the action or the risk. */
      g_assert_true (gw_overview_page_activate_warning (page, k, 0));
      gw_test_flush (0.3);
      if (k == GW_WARNING_ACTION_OVERDUE)
        {
          g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "actions");
          wait_until (actions_loaded, actions_view (window));
          g_assert_cmpint (gw_action_details_get_action_id (action_details), ==, w->action_id);
        }
      else if (k == GW_WARNING_HIGH_RISK_UNTREATED)
        {
          GwRisksView *risks = GW_RISKS_VIEW (find_descendant (GTK_WIDGET (window), GW_TYPE_RISKS_VIEW));

          g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "risks");
          g_assert_cmpint (w->risk_id, >, 0);
          g_assert_cmpint (gw_risks_view_get_selected_risk (risks), ==, w->risk_id);
        }
      else
        {
          g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "checklist");
          g_assert_cmpint (gw_requirement_editor_get_requirement (editor), ==, w->requirement_id);
        }
    }

  /* Settling one takes it off the list. */
  {
    gint64 na = gw_test_requirement (audit, "8.6.1-01");
    g_autoptr(GwAssessment) a = gw_audit_get_assessment (audit, na, &error);

    a->justification = g_strdup ("No port facility within the scope.");
    g_assert_true (gw_audit_set_assessment (audit, a, &error));
    show (window, "overview");
    g_assert_false (gw_overview_page_activate_warning (page, GW_WARNING_NOT_APPLICABLE_WITHOUT_JUSTIFICATION, 0));
  }

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

static void
test_empty_states (void)
{
  g_autofree char *path = gw_test_path ("new.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  GwWindow *window = open_window (audit, 1280);

  show (window, "evidence");
  g_assert_cmpstr (gw_evidence_view_get_visible_state (evidence_view (window)), ==, "empty");
  g_free (gw_test_screenshot (GTK_WINDOW (window), "evidence-empty"));
  show (window, "actions");
  g_assert_cmpstr (gw_actions_view_get_visible_state (actions_view (window)), ==, "empty");
  g_free (gw_test_screenshot (GTK_WINDOW (window), "actions-empty"));
  show (window, "overview");
  g_assert_cmpstr (gw_overview_page_get_visible_state (overview_page (window)), ==, "empty");
  g_free (gw_test_screenshot (GTK_WINDOW (window), "overview-empty"));

  /* The first result turns the empty Overview into the dashboard. */
  g_assert_true (gw_audit_set_result (audit, gw_test_requirement (audit, "4.1-01"), GW_RESULT_PARTIAL, &error));
  gw_test_flush (0.2);
  g_assert_cmpstr (gw_overview_page_get_visible_state (overview_page (window)), ==, "dashboard");

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Screenshots -------------------------------------------------------------- */

/* A popover is a surface of its own, not part of the window's picture. */
static void
screenshot_popover (GtkWidget  *popover,
                    const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (popover);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                            "screenshots", file, NULL);
  int width = gtk_widget_get_width (popover), height = gtk_widget_get_height (popover);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (popover)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
shoot (GwAudit    *audit,
       int         width,
       const char *style,
       const char *size_name)
{
  GwWindow *window = open_window (audit, width);
  g_autofree char *name = NULL;
  g_autofree char *today = gw_date_today ();
  GwEvidenceView *evidence = evidence_view (window);
  GwActionsView *actions = actions_view (window);
  GwOverviewPage *overview = overview_page (window);
  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;

  show (window, "evidence");
  if (width > 800)
    gw_evidence_view_select_evidence (evidence, 3);
  gw_test_flush (0.4);
  name = g_strdup_printf ("evidence-%s-%s", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));

  /* The Link… popover, finding a requirement by words. */
  if (width > 800 && g_str_equal (style, "light"))
    {
      GtkWidget *details = gw_evidence_view_get_details (evidence);
      GtkMenuButton *link = GTK_MENU_BUTTON (find_descendant (details, GTK_TYPE_MENU_BUTTON));
      GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (link));

      gtk_menu_button_popup (link);
      gw_test_flush (0.3);
      gtk_editable_set_text (GTK_EDITABLE (find_descendant (popover, GTK_TYPE_SEARCH_ENTRY)), "seal");
      gw_test_flush (0.6);
      g_free (name);
      name = g_strdup_printf ("evidence-%s-%s-link", size_name, style);
      screenshot_popover (popover, name);
      gtk_menu_button_popdown (link);
      gw_test_flush (0.2);
    }

  /* Narrow, the pane opens over the table when an item is chosen. */
  if (width <= 800)
    {
      gw_evidence_view_select_evidence (evidence, 3);
      gw_test_flush (0.8);
      g_free (name);
      name = g_strdup_printf ("evidence-%s-%s-details", size_name, style);
      g_free (gw_test_screenshot (GTK_WINDOW (window), name));
    }

  show (window, "actions");
  if (width > 800)
    {
      g_autoptr(GwActionItem) first = g_list_model_get_item (gw_actions_view_get_rows (actions), 0);
      gw_actions_view_select_action (actions, gw_action_item_get_id (first));
    }
  gw_test_flush (0.4);
  g_free (name);
  name = g_strdup_printf ("actions-%s-%s", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));

  show (window, "overview");
  gw_overview_page_expand_warnings (overview, TRUE);
  gw_test_flush (0.4);
  g_free (name);
  name = g_strdup_printf ("overview-%s-%s", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));

  /* Further down: counts, owners and warnings. */
  scrolled = GTK_SCROLLED_WINDOW (gtk_stack_get_visible_child (
               GTK_STACK (find_descendant (GTK_WIDGET (overview), GTK_TYPE_STACK))));
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_page_size (adjustment) * 0.9);
  gw_test_flush (0.3);
  g_free (name);
  name = g_strdup_printf ("overview-%s-%s-2", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  gw_test_flush (0.3);
  g_free (name);
  name = g_strdup_printf ("overview-%s-%s-3", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));

  close_window (window);
}

static void
test_screenshots (void)
{
  g_autofree char *path = gw_test_path ("screenshots.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_no_error (error);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (audit, 1280, "light", "wide");
  shoot (audit, 400, "light", "narrow");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (audit, 1280, "dark", "wide");
  shoot (audit, 400, "dark", "narrow");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_true (gw_audit_close (audit, &error));
}

/* The large audit ----------------------------------------------------------- */

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

/* Warnings and criticals fail the test, except one known fault of another
 * pane (the clause sidebar leaves children behind when it is finalized),
 * which is not these views' and would otherwise stop every test here. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  static gboolean in_known_fault = FALSE;

  if (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL))
    {
      const char *message = "";

      for (gsize i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
          message = fields[i].value;

      /* The fault is one warning, then one per child ("   - GtkBox …"). */
      if ((level & G_LOG_LEVEL_WARNING) && strstr (message, "Finalizing GwClauseSidebar") != NULL)
        in_known_fault = TRUE;
      /* GTK 4.8's cross-fades snapshot a page that lost its allocation
       * (see gw-ui-test-util.h): GTK's noise, not a fault of ours. */
      else if ((level & G_LOG_LEVEL_WARNING) && strstr (message, "without a current allocation") != NULL)
        in_known_fault = FALSE;
      else if (!(in_known_fault && (level & G_LOG_LEVEL_WARNING) && g_str_has_prefix (message, "   - ")))
        {
          in_known_fault = FALSE;
          g_test_fail ();
        }
    }
  else
    in_known_fault = FALSE;

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children && (info = g_file_enumerator_next_file (children, NULL, NULL)))
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));
      remove_tree (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *tmp = g_dir_make_tmp ("gapwise-test-views-XXXXXX", NULL);
  g_autoptr(GFile) tmp_file = g_file_new_for_path (tmp);
  const char *dirs[] = { "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME" };
  int status;

  /* gtk_test_init() does not pass G_TEST_OPTION_ISOLATE_DIRS on to
   * g_test_init(), so the program keeps its files (audits, working copies,
   * recent files) in a folder of its own, removed at the end. */
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (tmp, dirs[i], NULL);
      g_setenv (dirs[i], dir, TRUE);
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* AdwApplication loads the application's style sheet; here there is none. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, "/io/github/gapwise/Gapwise/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_log_set_writer_func (log_writer_cb, NULL, NULL);

  g_test_add_func ("/views/evidence/lists-file", test_evidence_lists_file);
  g_test_add_func ("/views/evidence/sort-filter", test_evidence_sort_filter);
  g_test_add_func ("/views/evidence/live", test_evidence_live);
  g_test_add_func ("/views/actions/sort-filter-live", test_actions);
  g_test_add_func ("/views/overview/live", test_overview_live);
  g_test_add_func ("/views/overview/warnings", test_overview_warnings);
  g_test_add_func ("/views/empty-states", test_empty_states);
  g_test_add_func ("/views/screenshots", test_screenshots);
  g_test_add_func ("/views/large-audit", test_large_audit);

  status = g_test_run ();
  remove_tree (tmp_file);
  return status;
}
