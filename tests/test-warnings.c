/* test-warnings.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lead auditor's warnings: each kind appears when its condition is met
 * on a real audit file and goes away when the auditor fixes it, the index
 * kept up to date edit by edit agrees with one read afresh, and its scores
 * agree with gw_audit_compute_scores().
 */

#include "config.h"

#include <sqlite3.h>

#include "gw-test-util.h"
#include "gw-warnings.h"

#define TODAY "2026-05-20"

/* Keeps an index up to date from the audit's "changed" signal, as the
 * Overview does. */
static void
changed_cb (GwAudit        *audit,
            const char     *entity,
            gint64          id,
            GwWarningIndex *index)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gw_warning_index_update (index, audit, entity, id, &error));
  g_assert_no_error (error);
}

static GwWarningIndex *
follow (GwAudit *audit)
{
  g_autoptr(GError) error = NULL;
  GwWarningIndex *index = gw_warning_index_new ();

  g_assert_true (gw_warning_index_load (index, audit, &error));
  g_assert_no_error (error);
  g_signal_connect (audit, "changed", G_CALLBACK (changed_cb), index);
  return index;
}

static guint
count_kind (GPtrArray     *warnings,
            GwWarningKind  kind,
            gint64         requirement_id,
            gint64         action_id)
{
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    {
      GwWarning *w = g_ptr_array_index (warnings, i);

      if (w->kind == kind &&
          (requirement_id == 0 || w->requirement_id == requirement_id) &&
          (action_id == 0 || w->action_id == action_id))
        n++;
    }
  return n;
}

static guint
has_warning (GwWarningIndex *index,
             GwWarningKind   kind,
             gint64          requirement_id,
             gint64          action_id)
{
  g_autoptr(GPtrArray) warnings = gw_warning_index_compute (index, TODAY);

  return count_kind (warnings, kind, requirement_id, action_id);
}

/* A string per warning, to compare two lists. */
static char *
describe (GPtrArray *warnings)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < warnings->len; i++)
    {
      GwWarning *w = g_ptr_array_index (warnings, i);
      g_string_append_printf (s, "%d:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s\n",
                              w->kind, w->requirement_id, w->action_id, w->ref ? w->ref : "");
    }
  return g_string_free (s, FALSE);
}

static void
assert_same_as_fresh (GwWarningIndex *index,
                      GwAudit        *audit)
{
  g_autoptr(GwWarningIndex) fresh = gw_warning_index_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) a = gw_warning_index_compute (index, TODAY);
  g_autoptr(GPtrArray) b = NULL;
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;
  g_autoptr(GwScoreSheet) sheet = NULL;
  g_autoptr(GwScoreSheet) expected = NULL;
  const GwScore *x, *y;

  g_assert_true (gw_warning_index_load (fresh, audit, &error));
  g_assert_no_error (error);
  b = gw_warning_index_compute (fresh, TODAY);
  da = describe (a);
  db = describe (b);
  g_assert_cmpstr (da, ==, db);

  sheet = gw_warning_index_compute_scores (index);
  expected = gw_audit_compute_scores (audit, &error);
  g_assert_no_error (error);
  x = gw_score_sheet_get_total (sheet);
  y = gw_score_sheet_get_total (expected);
  g_assert_cmpuint (x->n_assessed, ==, y->n_assessed);
  g_assert_cmpuint (x->n_conforming, ==, y->n_conforming);
  g_assert_cmpuint (x->n_partial, ==, y->n_partial);
  g_assert_cmpuint (x->n_applicable, ==, y->n_applicable);
  g_assert_cmpuint (x->n_major, ==, y->n_major);
  g_assert_cmpuint (x->maturity_current_sum, ==, y->maturity_current_sum);
}

static gint64
documented_requirement (GwAudit *audit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reqs = gw_audit_list_requirements (audit, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < reqs->len; i++)
    {
      GwRequirement *r = g_ptr_array_index (reqs, i);
      if (r->documented != GW_DOCUMENTED_NONE && !r->informative)
        return r->id;
    }
  g_assert_not_reached ();
}

static void
test_empty (void)
{
  g_autofree char *path = gw_test_path ("empty.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GwWarningIndex) index = follow (audit);
  g_autoptr(GPtrArray) warnings = gw_warning_index_compute (index, TODAY);
  g_autoptr(GwScoreSheet) sheet = gw_warning_index_compute_scores (index);
  guint n_open = 99, n_overdue = 99, n_closed = 99;

  /* Nothing assessed yet is not a warning: it is what progress shows. */
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpfloat (gw_score_get_readiness (gw_score_sheet_get_total (sheet)), <, 0);
  gw_warning_index_count_actions (index, TODAY, &n_open, &n_overdue, &n_closed);
  g_assert_cmpuint (n_open, ==, 0);
  g_assert_cmpuint (n_overdue, ==, 0);
  g_assert_cmpuint (n_closed, ==, 0);
  g_signal_handlers_disconnect_by_data (audit, index);
}

static void
test_each_kind (void)
{
  g_autofree char *path = gw_test_path ("kinds.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GwWarningIndex) index = follow (audit);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwEvidence) interview = gw_evidence_new ("Interview with the security manager",
                                                     GW_EVIDENCE_KIND_INTERVIEW);
  g_autoptr(GwEvidence) procedure = gw_evidence_new ("Procedure PRO-SEC-004", GW_EVIDENCE_KIND_DOCUMENT);
  g_autoptr(GwAction) action = gw_action_new ("Write the missing procedure");
  gint64 conforming = gw_test_requirement (audit, "4.1-01");
  gint64 nonconforming = gw_test_requirement (audit, "5.2.1-01");
  gint64 documented = documented_requirement (audit);
  gint64 interview_id, procedure_id, action_id;

  /* Conforming without evidence, until an interview supports it. */
  g_assert_true (gw_audit_set_result (audit, conforming, GW_RESULT_CONFORMING, &error));
  g_assert_cmpuint (has_warning (index, GW_WARNING_CONFORMING_WITHOUT_EVIDENCE, conforming, 0), ==, 1);
  interview_id = gw_audit_add_evidence (audit, interview, &error);
  g_assert_no_error (error);
  g_assert_true (gw_audit_link_evidence (audit, interview_id, conforming, TRUE, &error));
  g_assert_cmpuint (has_warning (index, GW_WARNING_CONFORMING_WITHOUT_EVIDENCE, conforming, 0), ==, 0);

  /* Documented information: an interview is no document; the procedure is. */
  g_assert_true (gw_audit_set_result (audit, documented, GW_RESULT_PARTIAL, &error));
  g_assert_true (gw_audit_link_evidence (audit, interview_id, documented, TRUE, &error));
  g_assert_cmpuint (has_warning (index, GW_WARNING_DOCUMENT_MISSING, documented, 0), ==, 1);
  procedure_id = gw_audit_add_evidence (audit, procedure, &error);
  g_assert_true (gw_audit_link_evidence (audit, procedure_id, documented, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (has_warning (index, GW_WARNING_DOCUMENT_MISSING, documented, 0), ==, 0);
  /* Changing its kind to an observation brings the warning back. */
  procedure->id = procedure_id;
  procedure->kind = GW_EVIDENCE_KIND_OBSERVATION;
  g_assert_true (gw_audit_update_evidence (audit, procedure, &error));
  g_assert_cmpuint (has_warning (index, GW_WARNING_DOCUMENT_MISSING, documented, 0), ==, 1);
  g_assert_true (gw_audit_delete_evidence (audit, procedure_id, &error));
  g_assert_cmpuint (has_warning (index, GW_WARNING_DOCUMENT_MISSING, documented, 0), ==, 1);

  /* Nonconforming without an action, and the action once it is late. */
  g_assert_true (gw_audit_set_result (audit, nonconforming, GW_RESULT_NONCONFORMING, &error));
  g_assert_cmpuint (has_warning (index, GW_WARNING_NONCONFORMING_WITHOUT_ACTION, nonconforming, 0), ==, 1);
  action->owner = g_strdup ("Marta Nowak");
  action->due_date = g_strdup ("2026-05-19");
  action_id = gw_audit_add_action (audit, action, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (has_warning (index, GW_WARNING_ACTION_OVERDUE, 0, action_id), ==, 1);
  g_assert_true (gw_audit_link_action (audit, action_id, nonconforming, TRUE, &error));
  g_assert_cmpuint (has_warning (index, GW_WARNING_NONCONFORMING_WITHOUT_ACTION, nonconforming, 0), ==, 0);
  g_assert_cmpuint (has_warning (index, GW_WARNING_ACTION_OVERDUE, nonconforming, action_id), ==, 1);
  action->id = action_id;
  action->status = GW_ACTION_STATUS_DONE;
  g_assert_true (gw_audit_update_action (audit, action, &error));
  g_assert_cmpuint (has_warning (index, GW_WARNING_ACTION_OVERDUE, 0, action_id), ==, 0);

  assert_same_as_fresh (index, audit);
  g_signal_handlers_disconnect_by_data (audit, index);
}

/* Gapwise refuses "not applicable" without a justification, but a file
 * written by an older version or edited by hand can hold one. */
static void
test_not_applicable (void)
{
  g_autofree char *path = gw_test_path ("excluded.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GwWarningIndex) index = NULL;
  g_autoptr(GwAssessment) na = NULL;
  g_autoptr(GError) error = NULL;
  gint64 excluded = gw_test_requirement (audit, "8.6.1-01");
  g_autofree char *sql = NULL;
  sqlite3 *db;

  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);
  sql = g_strdup_printf ("UPDATE assessment SET result = 'not-applicable', justification = NULL"
                         " WHERE requirement_id = %" G_GINT64_FORMAT, excluded);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  index = follow (audit);
  g_assert_cmpuint (has_warning (index, GW_WARNING_NOT_APPLICABLE_WITHOUT_JUSTIFICATION, excluded, 0), ==, 1);

  /* The auditor says why. */
  na = gw_audit_get_assessment (audit, excluded, &error);
  na->justification = g_strdup ("No port facility in scope.");
  g_assert_true (gw_audit_set_assessment (audit, na, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (has_warning (index, GW_WARNING_NOT_APPLICABLE_WITHOUT_JUSTIFICATION, excluded, 0), ==, 0);
  g_signal_handlers_disconnect_by_data (audit, index);
}

/* The demo audit raises the warnings it was made for, and many edits later
 * the index kept up to date still agrees with a fresh read. */
static void
test_demo_incremental (void)
{
  g_autofree char *path = gw_test_path ("demo.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  g_autoptr(GwWarningIndex) index = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) reqs = NULL;
  g_autofree char *today = gw_date_today ();

  g_assert_no_error (error);
  index = follow (audit);
  warnings = gw_warning_index_compute (index, today);
  /* What the demo is made to show: a conforming answer without evidence, a
   * gap without an action, and actions past their due date. */
  g_assert_cmpuint (count_kind (warnings, GW_WARNING_CONFORMING_WITHOUT_EVIDENCE, 0, 0), >, 0);
  g_assert_cmpuint (count_kind (warnings, GW_WARNING_NONCONFORMING_WITHOUT_ACTION, 0, 0), >, 0);
  g_assert_cmpuint (count_kind (warnings, GW_WARNING_ACTION_OVERDUE, 0, 0), >, 0);

  evidence = gw_audit_list_evidence (audit, 0, &error);
  actions = gw_audit_list_actions (audit, 0, &error);
  reqs = gw_audit_list_requirements (audit, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 40; i++)
    {
      GwRequirement *r = g_ptr_array_index (reqs, (i * 7) % reqs->len);
      GwEvidence *e = g_ptr_array_index (evidence, (i * 3) % evidence->len);
      GwAction *a = g_ptr_array_index (actions, i % actions->len);

      /* Not applicable would need a justification; principles take no result. */
      if (!r->informative)
        g_assert_true (gw_audit_set_result (audit, r->id, (GwResult) (i % 4), &error));
      g_assert_true (gw_audit_link_evidence (audit, e->id, r->id, i % 2 == 0, &error));
      g_assert_true (gw_audit_link_action (audit, a->id, r->id, i % 3 != 0, &error));
      g_assert_no_error (error);
    }
  g_assert_true (gw_audit_delete_evidence (audit, ((GwEvidence *) g_ptr_array_index (evidence, 0))->id, &error));
  g_assert_true (gw_audit_delete_action (audit, ((GwAction *) g_ptr_array_index (actions, 0))->id, &error));
  g_assert_no_error (error);

  assert_same_as_fresh (index, audit);
  g_signal_handlers_disconnect_by_data (audit, index);
}

/* Loaded a little at a time, as the Overview does from idle callbacks,
 * with edits made while the load goes on. */
static void
test_load_in_steps (void)
{
  g_autofree char *path = gw_test_path ("steps.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  g_autoptr(GwWarningIndex) index = gw_warning_index_new ();
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  gint64 requirement = 0;
  gboolean done = FALSE;
  guint steps = 0;

  g_assert_no_error (error);
  evidence = gw_audit_list_evidence (audit, 0, &error);
  actions = gw_audit_list_actions (audit, 0, &error);
  requirement = gw_test_requirement (audit, "9.1-01");
  g_signal_connect (audit, "changed", G_CALLBACK (changed_cb), index);

  g_assert_false (gw_warning_index_is_loaded (index));
  while (!done)
    {
      g_assert_true (gw_warning_index_load_step (index, audit, 0, &done, &error));
      g_assert_no_error (error);
      if (steps++ == 2)
        {
          GwEvidence *e = g_ptr_array_index (evidence, evidence->len - 1);
          GwAction *a = g_ptr_array_index (actions, 0);

          g_assert_true (gw_audit_set_result (audit, requirement, GW_RESULT_NONCONFORMING, &error));
          g_assert_true (gw_audit_link_evidence (audit, e->id, requirement, TRUE, &error));
          g_assert_true (gw_audit_delete_action (audit, a->id, &error));
          g_assert_no_error (error);
        }
    }

  /* Lists first, then links a few at a time. */
  g_assert_cmpuint (steps, >=, 4);
  g_assert_true (gw_warning_index_is_loaded (index));
  assert_same_as_fresh (index, audit);
  g_signal_handlers_disconnect_by_data (audit, index);
}

static void
test_overdue (void)
{
  g_autoptr(GwAction) a = gw_action_new ("Fix the fence");
  g_autofree char *today = gw_date_today ();

  g_assert_true (gw_date_is_valid (today));
  g_assert_false (gw_action_is_past_due (a, TODAY));   /* no due date */
  a->due_date = g_strdup (TODAY);
  g_assert_false (gw_action_is_past_due (a, TODAY));   /* due today is not late */
  g_assert_true (gw_action_is_past_due (a, "2026-05-21"));
  a->status = GW_ACTION_STATUS_IN_PROGRESS;
  g_assert_true (gw_action_is_past_due (a, "2027-01-01"));
  a->status = GW_ACTION_STATUS_VERIFIED;
  g_assert_false (gw_action_is_past_due (a, "2027-01-01"));
  g_assert_true (gw_evidence_kind_is_documented (GW_EVIDENCE_KIND_RECORD));
  g_assert_false (gw_evidence_kind_is_documented (GW_EVIDENCE_KIND_PHOTO));
  for (guint k = 0; k < GW_N_WARNING_KINDS; k++)
    {
      g_assert_nonnull (gw_warning_kind_to_label (k));
      g_assert_nonnull (gw_warning_kind_to_description (k));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/warnings/empty", test_empty);
  g_test_add_func ("/warnings/each-kind", test_each_kind);
  g_test_add_func ("/warnings/not-applicable", test_not_applicable);
  g_test_add_func ("/warnings/demo-incremental", test_demo_incremental);
  g_test_add_func ("/warnings/load-in-steps", test_load_in_steps);
  g_test_add_func ("/warnings/overdue", test_overdue);

  return g_test_run ();
}
