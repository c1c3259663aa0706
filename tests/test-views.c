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
 * BUILDDIR/tests/screenshots. The same views on a synthetic audit of
 * 20,000 evidence items are tests/test-large-audit.c's.
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
      gw_test_screenshot_popover (popover, name);
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

int
main (int    argc,
      char **argv)
{
  gw_test_ui_init (&argc, &argv);

  g_test_add_func ("/views/evidence/lists-file", test_evidence_lists_file);
  g_test_add_func ("/views/evidence/sort-filter", test_evidence_sort_filter);
  g_test_add_func ("/views/evidence/live", test_evidence_live);
  g_test_add_func ("/views/actions/sort-filter-live", test_actions);
  g_test_add_func ("/views/overview/live", test_overview_live);
  g_test_add_func ("/views/overview/warnings", test_overview_warnings);
  g_test_add_func ("/views/empty-states", test_empty_states);
  g_test_add_func ("/views/screenshots", test_screenshots);

  return gw_test_ui_finish (g_test_run ());
}
