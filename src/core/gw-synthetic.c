/* gw-synthetic.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Large synthetic audits for benchmarks and for trying the program on a
 * realistic load: a catalogue of any size spread over clauses 4 to 10, a
 * plausible spread of results, an evidence register where each item
 * supports one to three requirements, and a risk register of one risk per
 * 25 requirements with its measures and links. The content is deterministic (a
 * fixed seed), so two runs measure the same audit.
 */

#define G_LOG_DOMAIN "gw-synthetic"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gw-demo.h"

#define SUBCLAUSES_PER_CLAUSE 6

static GwCatalogue *
synthetic_catalogue (guint    n_requirements,
                     GError **error)
{
  g_autoptr(GwCatalogue) catalogue = gw_catalogue_new ("synthetic", "Synthetic standard",
                                                       "Synthetic catalogue for load testing", "1");
  guint n_leaves = 7 * SUBCLAUSES_PER_CLAUSE;

  for (guint top = 4; top <= 10; top++)
    {
      g_autofree char *number = g_strdup_printf ("%u", top);
      g_autofree char *title = g_strdup_printf ("Synthetic clause %u", top);

      if (!gw_catalogue_add_clause (catalogue, number, NULL, title, "Synthetic clause.", FALSE, error))
        return NULL;

      for (guint sub = 1; sub <= SUBCLAUSES_PER_CLAUSE; sub++)
        {
          g_autofree char *child = g_strdup_printf ("%u.%u", top, sub);
          g_autofree char *child_title = g_strdup_printf ("Synthetic subclause %u.%u", top, sub);

          if (!gw_catalogue_add_clause (catalogue, child, number, child_title,
                                        "Synthetic subclause.", FALSE, error))
            return NULL;
        }
    }

  for (guint i = 0; i < n_requirements; i++)
    {
      guint leaf = (guint) ((guint64) i * n_leaves / MAX (n_requirements, 1));
      g_autofree char *clause = g_strdup_printf ("%u.%u", 4 + leaf / SUBCLAUSES_PER_CLAUSE,
                                                 1 + leaf % SUBCLAUSES_PER_CLAUSE);
      g_autofree char *ref = g_strdup_printf ("%s-%05u", clause, i + 1);
      g_autofree char *question =
        g_strdup_printf ("Is synthetic control %u defined, implemented and reviewed at every site in scope?", i + 1);

      if (!gw_catalogue_add_requirement (catalogue, ref, clause, question,
                                         "Sample the records of the last quarter and compare them with the procedure.",
                                         "Procedure; records; interview notes",
                                         i % 9 == 0 ? GW_DOCUMENTED_RETAIN : GW_DOCUMENTED_NONE,
                                         FALSE, error))
        return NULL;
    }

  return g_steal_pointer (&catalogue);
}

static gboolean
add_risks (GwAudit    *audit,
           GPtrArray  *reqs,
           GRand      *rand,
           GError    **error)
{
  GwRiskMatrix *matrix = gw_audit_get_risk_matrix (audit);
  int n_l = gw_risk_matrix_get_n_likelihood (matrix);
  int n_i = gw_risk_matrix_get_n_impact (matrix);
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (audit, error);
  guint n_risks = MAX (reqs->len / 25, 4);

  if (measures == NULL)
    return FALSE;

  for (guint i = 0; i < measures->len; i++)
    {
      GwMeasure *m = g_ptr_array_index (measures, i);

      m->status = (GwMeasureStatus) g_rand_int_range (rand, GW_MEASURE_STATUS_NOT_ASSESSED,
                                                      GW_MEASURE_STATUS_NOT_APPLICABLE);
      if (!gw_audit_update_measure (audit, m, error))
        return FALSE;
    }

  for (guint i = 0; i < n_risks; i++)
    {
      g_autofree char *title = g_strdup_printf ("Synthetic risk %u", i + 1);
      g_autoptr(GwRisk) risk = gw_risk_new (title);
      gint64 id;

      risk->threat = g_strdup ("An outsider exploits a gap in a synthetic control.");
      risk->vulnerability = g_strdup ("The control is not applied on every shift.");
      risk->asset = (GwRiskAsset) (i % (GW_RISK_ASSET_PROCESS + 1));
      risk->category = (GwThreatCategory) (i % (GW_THREAT_OTHER + 1));
      risk->inherent_likelihood = g_rand_int_range (rand, 1, n_l + 1);
      risk->inherent_impact = g_rand_int_range (rand, 1, n_i + 1);
      risk->residual_likelihood = MAX (1, risk->inherent_likelihood - 2);
      risk->residual_impact = MAX (1, risk->inherent_impact - 1);
      risk->treatment = GW_RISK_TREATMENT_MITIGATE;
      risk->owner = g_strdup_printf ("Owner %u", 1 + i % 7);
      risk->review_date = g_strdup_printf ("2027-%02u-%02u", 1 + i % 12, 1 + i % 28);

      id = gw_audit_add_risk (audit, risk, error);
      if (id == 0)
        return FALSE;

      for (guint l = 0; l < 2 && reqs->len > 0; l++)
        {
          GwRequirement *req = g_ptr_array_index (reqs, g_rand_int_range (rand, 0, reqs->len));
          if (!gw_audit_link_risk (audit, id, GW_RISK_LINK_REQUIREMENT, req->id, TRUE, error))
            return FALSE;
        }
      for (guint l = 0; l < 3; l++)
        {
          GwMeasure *m = g_ptr_array_index (measures, g_rand_int_range (rand, 0, measures->len));
          if (!gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, m->id, TRUE, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
fill (GwAudit  *audit,
      guint     n_evidence,
      GError  **error)
{
  static const GwResult spread[] = {
    GW_RESULT_CONFORMING, GW_RESULT_CONFORMING, GW_RESULT_CONFORMING, GW_RESULT_PARTIAL,
    GW_RESULT_PARTIAL, GW_RESULT_NONCONFORMING, GW_RESULT_NOT_ASSESSED, GW_RESULT_NOT_ASSESSED,
    GW_RESULT_NOT_APPLICABLE, GW_RESULT_CONFORMING,
  };
  g_autoptr(GPtrArray) reqs = gw_audit_list_requirements (audit, error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (28000);

  if (reqs == NULL)
    return FALSE;

  for (guint i = 0; i < reqs->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (reqs, i);
      g_autoptr(GwAssessment) a = gw_assessment_new (req->id);

      a->result = spread[g_rand_int_range (rand, 0, G_N_ELEMENTS (spread))];
      if (a->result == GW_RESULT_NOT_ASSESSED)
        continue;

      a->maturity_current = g_rand_int_range (rand, 0, 4);
      a->maturity_target = MAX (a->maturity_current, 3);
      if (a->result == GW_RESULT_NONCONFORMING)
        {
          a->grade = GW_FINDING_GRADE_MINOR;
          a->finding = g_strdup ("No records were available for the sampled period.");
          a->objective = g_strdup ("Records kept for every shift and reviewed monthly.");
        }
      else if (a->result == GW_RESULT_NOT_APPLICABLE)
        a->justification = g_strdup ("Activity not performed at the sites in scope.");

      if (!gw_audit_set_assessment (audit, a, error))
        return FALSE;
    }

  for (guint i = 0; i < n_evidence; i++)
    {
      g_autofree char *title = g_strdup_printf ("Synthetic record %u", i + 1);
      g_autoptr(GwEvidence) e = gw_evidence_new (title, (GwEvidenceKind) (i % 6));
      guint n_links = 1 + g_rand_int_range (rand, 0, 3);
      gint64 id;

      e->reference = g_strdup_printf ("REC-%06u rev %u", i + 1, 1 + i % 4);
      e->date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 12, 1 + i % 28);

      id = gw_audit_add_evidence (audit, e, error);
      if (id == 0)
        return FALSE;

      for (guint l = 0; l < n_links && reqs->len > 0; l++)
        {
          GwRequirement *req = g_ptr_array_index (reqs, g_rand_int_range (rand, 0, reqs->len));
          if (!gw_audit_link_evidence (audit, id, req->id, TRUE, error))
            return FALSE;
        }
    }

  return add_risks (audit, reqs, rand, error);
}

/**
 * gw_synthetic_create:
 * @n_requirements: requirements in the generated catalogue
 * @n_evidence: evidence items, each linked to one to three requirements
 *
 * Creates a large synthetic audit at @file, written in one transaction.
 */
GwAudit *
gw_synthetic_create (GFile   *file,
                     guint    n_requirements,
                     guint    n_evidence,
                     GError **error)
{
  g_autoptr(GwCatalogue) catalogue = NULL;
  g_autoptr(GwAuditDetails) details = gw_audit_details_new ();
  g_autoptr(GwAudit) audit = NULL;

  if (n_requirements == 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("A synthetic audit needs at least one requirement."));
      return NULL;
    }

  catalogue = synthetic_catalogue (n_requirements, error);
  if (catalogue == NULL)
    return NULL;

  g_free (details->organisation);
  details->organisation = g_strdup ("Synthetic Logistics Ltd");
  details->scope = g_strdup_printf ("Synthetic audit of %u requirements and %u evidence items",
                                    n_requirements, n_evidence);

  audit = gw_audit_create (file, catalogue, details, error);
  if (audit == NULL)
    return NULL;

  gw_audit_set_author (audit, "Synthetic generator");
  if (!gw_audit_begin_batch (audit, error))
    goto fail;

  if (!fill (audit, n_evidence, error))
    {
      gw_audit_cancel_batch (audit);
      goto fail;
    }

  if (!gw_audit_end_batch (audit, error) || !gw_audit_save (audit, error))
    goto fail;

  return g_steal_pointer (&audit);

fail:
  /* A half-made audit is no use to anyone: remove it. */
  if (gw_audit_close (audit, NULL))
    g_file_delete (file, NULL, NULL);
  return NULL;
}
