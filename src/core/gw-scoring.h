/* gw-scoring.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "gw-records.h"

G_BEGIN_DECLS

/* The counts behind readiness and progress for one clause (with everything
 * below it) or for the whole audit. */
typedef struct
{
  guint  n_requirements;     /* normative requirements */
  guint  n_informative;      /* informative items, scored on maturity only */
  guint  n_applicable;       /* normative minus not applicable */
  guint  n_assessed;         /* applicable with a result */
  guint  n_conforming;
  guint  n_partial;
  guint  n_nonconforming;
  guint  n_not_applicable;
  guint  n_not_assessed;
  guint  n_major;
  guint  n_minor;
  guint  n_observation;
  guint  n_opportunity;
  guint  n_maturity;         /* items with both maturity levels set */
  guint  maturity_current_sum;
  guint  maturity_target_sum;
} GwScore;

typedef struct _GwScoreSheet GwScoreSheet;

#define GW_READINESS_FORMULA \
  "readiness = (conforming + 0.5 × partially conforming) / applicable requirements assessed; " \
  "progress = assessed / applicable"

double        gw_score_get_readiness          (const GwScore *score);
double        gw_score_get_progress           (const GwScore *score);
double        gw_score_get_maturity_current   (const GwScore *score);
double        gw_score_get_maturity_target    (const GwScore *score);

GwScoreSheet *gw_score_sheet_new              (GPtrArray     *clauses,
                                               GPtrArray     *requirements,
                                               GPtrArray     *assessments);
void          gw_score_sheet_free             (GwScoreSheet  *sheet);
const GwScore *gw_score_sheet_get_total       (GwScoreSheet  *sheet);
const GwScore *gw_score_sheet_get_clause      (GwScoreSheet  *sheet,
                                               gint64         clause_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwScoreSheet, gw_score_sheet_free)

G_END_DECLS
