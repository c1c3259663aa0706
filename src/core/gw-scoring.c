/* gw-scoring.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Readiness and progress, with the one transparent formula of DESIGN.md:
 *
 *   readiness = (conforming + 0.5 × partially conforming) / applicable assessed
 *   progress  = assessed / applicable
 *
 * Not-applicable requirements leave both denominators. Informative items
 * (the principles of 4.2.3) never count towards readiness or progress; they
 * contribute their maturity only. A clause's score includes every
 * requirement below it, so the figure for clause 8 covers 8.1 to 8.6.5.
 *
 * This module works on plain arrays and does no I/O, so the arithmetic is
 * tested on hand-made data.
 */

#define G_LOG_DOMAIN "gw-scoring"

#include "config.h"

#include "gw-scoring.h"

struct _GwScoreSheet
{
  GwScore     total;
  GHashTable *clauses;  /* gint64 id → GwScore */
};

double
gw_score_get_readiness (const GwScore *score)
{
  if (score->n_assessed == 0)
    return -1.0;
  return (score->n_conforming + 0.5 * score->n_partial) / score->n_assessed;
}

double
gw_score_get_progress (const GwScore *score)
{
  if (score->n_applicable == 0)
    return -1.0;
  return (double) score->n_assessed / score->n_applicable;
}

double
gw_score_get_maturity_current (const GwScore *score)
{
  if (score->n_maturity == 0)
    return -1.0;
  return (double) score->maturity_current_sum / score->n_maturity;
}

double
gw_score_get_maturity_target (const GwScore *score)
{
  if (score->n_maturity == 0)
    return -1.0;
  return (double) score->maturity_target_sum / score->n_maturity;
}

static void
score_add (GwScore             *score,
           const GwRequirement *req,
           const GwAssessment  *a)
{
  if (a->maturity_current != GW_MATURITY_UNSET && a->maturity_target != GW_MATURITY_UNSET &&
      a->result != GW_RESULT_NOT_APPLICABLE)
    {
      score->n_maturity++;
      score->maturity_current_sum += (guint) a->maturity_current;
      score->maturity_target_sum += (guint) a->maturity_target;
    }

  if (req->informative)
    {
      score->n_informative++;
      return;
    }

  score->n_requirements++;

  switch (a->result)
    {
    case GW_RESULT_NOT_APPLICABLE:
      score->n_not_applicable++;
      return;
    case GW_RESULT_NOT_ASSESSED:
      score->n_applicable++;
      score->n_not_assessed++;
      return;
    case GW_RESULT_CONFORMING:
      score->n_conforming++;
      break;
    case GW_RESULT_PARTIAL:
      score->n_partial++;
      break;
    case GW_RESULT_NONCONFORMING:
      score->n_nonconforming++;
      break;
    default:
      g_assert_not_reached ();
    }

  score->n_applicable++;
  score->n_assessed++;

  switch (a->grade)
    {
    case GW_FINDING_GRADE_MAJOR:
      score->n_major++;
      break;
    case GW_FINDING_GRADE_MINOR:
      score->n_minor++;
      break;
    case GW_FINDING_GRADE_OBSERVATION:
      score->n_observation++;
      break;
    case GW_FINDING_GRADE_OPPORTUNITY:
      score->n_opportunity++;
      break;
    case GW_FINDING_GRADE_NONE:
    default:
      break;
    }
}

/**
 * gw_score_sheet_new:
 * @clauses: (element-type GwClause): the clause tree
 * @requirements: (element-type GwRequirement)
 * @assessments: (element-type GwAssessment): one per requirement; a
 *   requirement without one counts as not assessed
 */
GwScoreSheet *
gw_score_sheet_new (GPtrArray *clauses,
                    GPtrArray *requirements,
                    GPtrArray *assessments)
{
  GwScoreSheet *sheet = g_new0 (GwScoreSheet, 1);
  g_autoptr(GHashTable) parents = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, NULL);
  g_autoptr(GHashTable) by_requirement = g_hash_table_new (g_int64_hash, g_int64_equal);
  GwAssessment blank = { 0 };

  blank.result = GW_RESULT_NOT_ASSESSED;
  blank.maturity_current = GW_MATURITY_UNSET;
  blank.maturity_target = GW_MATURITY_UNSET;

  sheet->clauses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (clauses, i);
      gint64 *key = g_memdup2 (&clause->id, sizeof clause->id);

      g_hash_table_insert (sheet->clauses, key, g_new0 (GwScore, 1));
      g_hash_table_insert (parents, &clause->id, clause);
    }

  for (guint i = 0; i < assessments->len; i++)
    {
      GwAssessment *a = g_ptr_array_index (assessments, i);
      g_hash_table_insert (by_requirement, &a->requirement_id, a);
    }

  for (guint i = 0; i < requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (requirements, i);
      GwAssessment *a = g_hash_table_lookup (by_requirement, &req->id);
      gint64 clause_id = req->clause_id;
      guint guard = 0;

      if (a == NULL)
        a = &blank;

      score_add (&sheet->total, req, a);

      /* Walk up the tree; the guard stops a cycle in a hand-edited file. */
      while (clause_id != 0 && guard++ < 64)
        {
          GwClause *clause = g_hash_table_lookup (parents, &clause_id);
          GwScore *score = g_hash_table_lookup (sheet->clauses, &clause_id);

          if (clause == NULL || score == NULL)
            break;

          score_add (score, req, a);
          clause_id = clause->parent_id;
        }
    }

  return sheet;
}

void
gw_score_sheet_free (GwScoreSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_hash_table_unref (sheet->clauses);
  g_free (sheet);
}

const GwScore *
gw_score_sheet_get_total (GwScoreSheet *sheet)
{
  return &sheet->total;
}

const GwScore *
gw_score_sheet_get_clause (GwScoreSheet *sheet,
                           gint64        clause_id)
{
  return g_hash_table_lookup (sheet->clauses, &clause_id);
}
