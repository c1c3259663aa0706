/* test-scoring.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Readiness and progress on a small hand-made audit whose figures were
 * worked out on paper:
 *
 *   4     4.1  r1 conforming (maturity 3→4), r2 partial (2→4, minor NC),
 *                r3 nonconforming (major NC)
 *         4.2  r4 not applicable (maturity 1→3, ignored), r5 not assessed,
 *                r7 without any assessment row (counts as not assessed)
 *           4.2.3 (informative) r6 principle, maturity 1→3
 *   5     5.1  r8 conforming
 *
 *   overall: applicable 6 (7 normative − 1 N/A), assessed 4,
 *            readiness (2 + 0.5) / 4 = 0.625, progress 4 / 6
 */

#include "config.h"

#include "gw-scoring.h"

static GwClause *
clause (gint64      id,
        gint64      parent_id,
        const char *number,
        gboolean    informative)
{
  GwClause *c = g_new0 (GwClause, 1);

  c->id = id;
  c->parent_id = parent_id;
  c->number = g_strdup (number);
  c->title = g_strdup (number);
  c->informative = informative;
  return c;
}

static GwRequirement *
requirement (gint64   id,
             gint64   clause_id,
             gboolean informative)
{
  GwRequirement *r = g_new0 (GwRequirement, 1);

  r->id = id;
  r->clause_id = clause_id;
  r->ref = g_strdup_printf ("r%" G_GINT64_FORMAT, id);
  r->question = g_strdup ("?");
  r->informative = informative;
  return r;
}

static GwAssessment *
assessment (gint64         id,
            GwResult       result,
            GwFindingGrade grade,
            int            current,
            int            target)
{
  GwAssessment *a = gw_assessment_new (id);

  a->result = result;
  a->grade = grade;
  a->maturity_current = current;
  a->maturity_target = target;
  return a;
}

static GwScoreSheet *
hand_made_sheet (void)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_clause_free);
  g_autoptr(GPtrArray) reqs = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_requirement_free);
  g_autoptr(GPtrArray) assessments = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_assessment_free);
  const int unset = GW_MATURITY_UNSET;

  g_ptr_array_add (clauses, clause (1, 0, "4", FALSE));
  g_ptr_array_add (clauses, clause (2, 1, "4.1", FALSE));
  g_ptr_array_add (clauses, clause (3, 1, "4.2", FALSE));
  g_ptr_array_add (clauses, clause (4, 3, "4.2.3", TRUE));
  g_ptr_array_add (clauses, clause (5, 0, "5", FALSE));
  g_ptr_array_add (clauses, clause (6, 5, "5.1", FALSE));

  g_ptr_array_add (reqs, requirement (1, 2, FALSE));
  g_ptr_array_add (reqs, requirement (2, 2, FALSE));
  g_ptr_array_add (reqs, requirement (3, 2, FALSE));
  g_ptr_array_add (reqs, requirement (4, 3, FALSE));
  g_ptr_array_add (reqs, requirement (5, 3, FALSE));
  g_ptr_array_add (reqs, requirement (6, 4, TRUE));
  g_ptr_array_add (reqs, requirement (7, 3, FALSE));
  g_ptr_array_add (reqs, requirement (8, 6, FALSE));

  g_ptr_array_add (assessments, assessment (1, GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4));
  g_ptr_array_add (assessments, assessment (2, GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4));
  g_ptr_array_add (assessments, assessment (3, GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MAJOR, unset, 4));
  g_ptr_array_add (assessments, assessment (4, GW_RESULT_NOT_APPLICABLE, GW_FINDING_GRADE_NONE, 1, 3));
  g_ptr_array_add (assessments, assessment (5, GW_RESULT_NOT_ASSESSED, GW_FINDING_GRADE_NONE, unset, unset));
  g_ptr_array_add (assessments, assessment (6, GW_RESULT_NOT_ASSESSED, GW_FINDING_GRADE_NONE, 1, 3));
  g_ptr_array_add (assessments, assessment (8, GW_RESULT_CONFORMING, GW_FINDING_GRADE_OPPORTUNITY, unset, unset));

  return gw_score_sheet_new (clauses, reqs, assessments);
}

static void
test_overall (void)
{
  g_autoptr(GwScoreSheet) sheet = hand_made_sheet ();
  const GwScore *total = gw_score_sheet_get_total (sheet);

  g_assert_cmpuint (total->n_requirements, ==, 7);
  g_assert_cmpuint (total->n_informative, ==, 1);
  g_assert_cmpuint (total->n_not_applicable, ==, 1);
  g_assert_cmpuint (total->n_applicable, ==, 6);
  g_assert_cmpuint (total->n_assessed, ==, 4);
  g_assert_cmpuint (total->n_not_assessed, ==, 2);
  g_assert_cmpuint (total->n_conforming, ==, 2);
  g_assert_cmpuint (total->n_partial, ==, 1);
  g_assert_cmpuint (total->n_nonconforming, ==, 1);
  g_assert_cmpuint (total->n_major, ==, 1);
  g_assert_cmpuint (total->n_minor, ==, 1);
  g_assert_cmpuint (total->n_opportunity, ==, 1);

  g_assert_cmpfloat_with_epsilon (gw_score_get_readiness (total), 0.625, 1e-9);
  g_assert_cmpfloat_with_epsilon (gw_score_get_progress (total), 4.0 / 6.0, 1e-9);

  /* r1 (3→4), r2 (2→4), r6 (1→3); r3 lacks a current level, r4 is N/A. */
  g_assert_cmpuint (total->n_maturity, ==, 3);
  g_assert_cmpfloat_with_epsilon (gw_score_get_maturity_current (total), 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (gw_score_get_maturity_target (total), 11.0 / 3.0, 1e-9);
}

static void
test_per_clause (void)
{
  g_autoptr(GwScoreSheet) sheet = hand_made_sheet ();
  const GwScore *four = gw_score_sheet_get_clause (sheet, 1);
  const GwScore *four_one = gw_score_sheet_get_clause (sheet, 2);
  const GwScore *four_two = gw_score_sheet_get_clause (sheet, 3);
  const GwScore *principles = gw_score_sheet_get_clause (sheet, 4);
  const GwScore *five = gw_score_sheet_get_clause (sheet, 5);

  /* Clause 4 includes everything below it. */
  g_assert_cmpuint (four->n_applicable, ==, 5);
  g_assert_cmpuint (four->n_assessed, ==, 3);
  g_assert_cmpuint (four->n_informative, ==, 1);
  g_assert_cmpfloat_with_epsilon (gw_score_get_readiness (four), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (gw_score_get_progress (four), 0.6, 1e-9);

  g_assert_cmpfloat_with_epsilon (gw_score_get_readiness (four_one), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (gw_score_get_progress (four_one), 1.0, 1e-9);

  /* Nothing assessed yet: readiness is unknown, not zero. */
  g_assert_cmpfloat (gw_score_get_readiness (four_two), <, 0);
  g_assert_cmpfloat_with_epsilon (gw_score_get_progress (four_two), 0.0, 1e-9);

  /* The principles count for maturity only. */
  g_assert_cmpuint (principles->n_requirements, ==, 0);
  g_assert_cmpfloat (gw_score_get_progress (principles), <, 0);
  g_assert_cmpfloat_with_epsilon (gw_score_get_maturity_current (principles), 1.0, 1e-9);

  g_assert_cmpfloat_with_epsilon (gw_score_get_readiness (five), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (gw_score_get_progress (five), 1.0, 1e-9);

  g_assert_null (gw_score_sheet_get_clause (sheet, 99));
}

static void
test_all_not_applicable (void)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_clause_free);
  g_autoptr(GPtrArray) reqs = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_requirement_free);
  g_autoptr(GPtrArray) assessments = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_assessment_free);
  g_autoptr(GwScoreSheet) sheet = NULL;

  g_ptr_array_add (clauses, clause (1, 0, "8", FALSE));
  g_ptr_array_add (reqs, requirement (1, 1, FALSE));
  g_ptr_array_add (assessments, assessment (1, GW_RESULT_NOT_APPLICABLE, GW_FINDING_GRADE_NONE, 0, 0));
  sheet = gw_score_sheet_new (clauses, reqs, assessments);

  /* No denominator left: both figures are unknown rather than a division by zero. */
  g_assert_cmpfloat (gw_score_get_readiness (gw_score_sheet_get_total (sheet)), <, 0);
  g_assert_cmpfloat (gw_score_get_progress (gw_score_sheet_get_total (sheet)), <, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scoring/overall", test_overall);
  g_test_add_func ("/scoring/per-clause", test_per_clause);
  g_test_add_func ("/scoring/all-not-applicable", test_all_not_applicable);

  return g_test_run ();
}
