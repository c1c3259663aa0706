/* gw-audit-risk.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk assessment of an audit: its risk matrix, the risk register, the
 * security measures and the links between them and the checklist. As in
 * gw-audit-edit.c, every edit is checked here in the user's terms and
 * committed with its change-log rows before the function returns.
 */

#define G_LOG_DOMAIN "gw-audit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gw-audit-private.h"

/* Reads the matrix the file rates on. A definition that does not parse is
 * damage (the file was edited by hand or broken), reported with its line. */
gboolean
_gw_audit_load_risk_matrix (GwAudit  *self,
                            GError  **error)
{
  g_autoptr(GBytes) definition = NULL;
  g_autoptr(GError) local_error = NULL;
  GwRiskMatrix *matrix;

  definition = gw_store_get_risk_matrix (self->store, error);
  if (definition == NULL)
    return FALSE;

  matrix = gw_risk_matrix_new_from_bytes (definition, _("the audit’s risk matrix"), &local_error);
  if (matrix == NULL)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_DAMAGED,
                   _("The audit file is damaged: %s"), local_error->message);
      return FALSE;
    }

  g_clear_pointer (&self->risk_matrix, gw_risk_matrix_unref);
  self->risk_matrix = matrix;
  return TRUE;
}

/**
 * gw_audit_get_risk_matrix:
 *
 * Returns: (transfer none): the matrix the audit's risks are rated on. It
 *   is replaced when gw_audit_set_risk_matrix() succeeds (the audit then
 *   emits ::changed with the entity "risk-matrix"); take a reference to
 *   keep it longer.
 */
GwRiskMatrix *
gw_audit_get_risk_matrix (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return self->risk_matrix;
}

/**
 * gw_audit_set_risk_matrix:
 *
 * Rates the audit's risks on @matrix from now on. Refused when a rating
 * already made does not exist on @matrix (a likelihood of 5 on a 3 × 3
 * matrix): ratings are never rescaled behind the user's back.
 */
gboolean
gw_audit_set_risk_matrix (GwAudit       *self,
                          GwRiskMatrix  *matrix,
                          GError       **error)
{
  g_autoptr(GPtrArray) risks = NULL;
  g_autofree char *now = NULL;
  guint n_misfits = 0;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail (matrix != NULL, FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  risks = gw_store_list_risks (self->store, error);
  if (risks == NULL)
    return FALSE;

  for (guint i = 0; i < risks->len; i++)
    {
      const GwRisk *r = g_ptr_array_index (risks, i);

      if (!gw_risk_matrix_is_valid_rating (matrix, r->inherent_likelihood, r->inherent_impact) ||
          !gw_risk_matrix_is_valid_rating (matrix, r->residual_likelihood, r->residual_impact))
        n_misfits++;
    }

  if (n_misfits > 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u risk is rated outside the %d × %d matrix “%s”. Rate it on the smaller "
                                "scale first.",
                                "%u risks are rated outside the %d × %d matrix “%s”. Rate them on the smaller "
                                "scale first.",
                                n_misfits),
                   n_misfits, gw_risk_matrix_get_n_likelihood (matrix), gw_risk_matrix_get_n_impact (matrix),
                   gw_risk_matrix_get_name (matrix));
      return FALSE;
    }

  now = _gw_audit_now ();
  if (!gw_store_set_risk_matrix (self->store, gw_risk_matrix_get_definition (matrix),
                                 gw_risk_matrix_get_name (self->risk_matrix), gw_risk_matrix_get_name (matrix),
                                 self->author, now, error))
    return FALSE;

  g_clear_pointer (&self->risk_matrix, gw_risk_matrix_unref);
  self->risk_matrix = gw_risk_matrix_ref (matrix);
  _gw_audit_changed (self, "risk-matrix", 0);
  return TRUE;
}

/* Risks ------------------------------------------------------------------ */

static gboolean
check_rating (GwRiskMatrix  *matrix,
              int            likelihood,
              int            impact,
              const char    *what,
              GError       **error)
{
  if (gw_risk_matrix_is_valid_rating (matrix, likelihood, impact))
    return TRUE;

  if ((likelihood == GW_RISK_UNRATED) != (impact == GW_RISK_UNRATED))
    /* Translators: the argument is "inherent rating" or "residual rating" */
    g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                 _("The %s needs both a likelihood and an impact."), what);
  else
    g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                 _("The %s %d × %d is not on the audit’s %d × %d risk matrix."),
                 what, likelihood, impact,
                 gw_risk_matrix_get_n_likelihood (matrix), gw_risk_matrix_get_n_impact (matrix));
  return FALSE;
}

static gboolean
check_risk (GwAudit       *self,
            const GwRisk  *r,
            GError       **error)
{
  if ((guint) r->asset > GW_RISK_ASSET_PROCESS ||
      (guint) r->category > GW_THREAT_OTHER ||
      (guint) r->treatment > GW_RISK_TREATMENT_ACCEPT)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("Unknown asset, threat category or treatment."));
      return FALSE;
    }

  return _gw_audit_check_text (r->title, _("risk title"), TRUE, error) &&
         _gw_audit_check_text (r->threat, _("threat"), FALSE, error) &&
         _gw_audit_check_text (r->vulnerability, _("vulnerability"), FALSE, error) &&
         _gw_audit_check_text (r->owner, _("owner"), FALSE, error) &&
         _gw_audit_check_text (r->notes, _("notes"), FALSE, error) &&
         _gw_audit_check_date (r->review_date, _("review date"), error) &&
         check_rating (self->risk_matrix, r->inherent_likelihood, r->inherent_impact,
                       _("inherent rating"), error) &&
         check_rating (self->risk_matrix, r->residual_likelihood, r->residual_impact,
                       _("residual rating"), error);
}

gint64
gw_audit_add_risk (GwAudit       *self,
                   const GwRisk  *risk,
                   GError       **error)
{
  g_autofree char *now = NULL;
  gint64 id;

  g_return_val_if_fail (GW_IS_AUDIT (self), 0);
  g_return_val_if_fail (risk != NULL, 0);

  if (!_gw_audit_writable (self, error) || !check_risk (self, risk, error))
    return 0;

  now = _gw_audit_now ();
  id = gw_store_insert_risk (self->store, risk, self->author, now, error);
  if (id == 0)
    return 0;

  _gw_audit_changed (self, "risk", id);
  return id;
}

gboolean
gw_audit_update_risk (GwAudit       *self,
                      const GwRisk  *risk,
                      GError       **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail (risk != NULL, FALSE);

  if (!_gw_audit_writable (self, error) || !check_risk (self, risk, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_update_risk (self->store, risk, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "risk", risk->id);
  return TRUE;
}

gboolean
gw_audit_delete_risk (GwAudit  *self,
                      gint64    risk_id,
                      GError  **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_delete_risk (self->store, risk_id, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "risk", risk_id);
  return TRUE;
}

/* A hand-edited file may hold a rating beyond its own matrix; it reads as
 * not rated rather than as a cell that does not exist. */
static void
fit_to_matrix (GwAudit *self,
               GwRisk  *risk)
{
  if (!gw_risk_matrix_is_valid_rating (self->risk_matrix, risk->inherent_likelihood, risk->inherent_impact))
    risk->inherent_likelihood = risk->inherent_impact = GW_RISK_UNRATED;
  if (!gw_risk_matrix_is_valid_rating (self->risk_matrix, risk->residual_likelihood, risk->residual_impact))
    risk->residual_likelihood = risk->residual_impact = GW_RISK_UNRATED;
}

GwRisk *
gw_audit_get_risk (GwAudit  *self,
                   gint64    risk_id,
                   GError  **error)
{
  GwRisk *risk;

  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);

  risk = gw_store_get_risk (self->store, risk_id, error);
  if (risk != NULL)
    fit_to_matrix (self, risk);
  return risk;
}

/**
 * gw_audit_list_risks:
 *
 * Returns: (transfer full) (element-type GwRisk): the risk register, in
 *   the order the risks were recorded
 */
GPtrArray *
gw_audit_list_risks (GwAudit  *self,
                     GError  **error)
{
  GPtrArray *risks;

  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);

  risks = gw_store_list_risks (self->store, error);
  for (guint i = 0; risks && i < risks->len; i++)
    fit_to_matrix (self, g_ptr_array_index (risks, i));
  return risks;
}

/**
 * gw_audit_link_risk:
 * @kind: what @target_id is: a requirement, an action or a measure
 * @linked: %TRUE to link, %FALSE to unlink
 */
gboolean
gw_audit_link_risk (GwAudit         *self,
                    gint64           risk_id,
                    GwRiskLinkKind   kind,
                    gint64           target_id,
                    gboolean         linked,
                    GError         **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail ((guint) kind <= GW_RISK_LINK_MEASURE, FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_set_risk_link (self->store, risk_id, kind, target_id, linked, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "risk", risk_id);
  if (kind == GW_RISK_LINK_MEASURE)
    _gw_audit_changed (self, "measure", target_id);
  return TRUE;
}

/**
 * gw_audit_list_risk_targets:
 *
 * Returns: (transfer full) (element-type gint64): the requirements,
 *   actions or measures linked to @risk_id, in checklist, creation or
 *   catalogue order
 */
GArray *
gw_audit_list_risk_targets (GwAudit         *self,
                            gint64           risk_id,
                            GwRiskLinkKind   kind,
                            GError         **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_risk_targets (self->store, risk_id, kind, error);
}

/**
 * gw_audit_list_linked_risks:
 * @kind: what @target_id is
 *
 * Returns: (transfer full) (element-type GwRisk): the risks linked to a
 *   requirement, an action or a measure, in the order they were recorded
 */
GPtrArray *
gw_audit_list_linked_risks (GwAudit         *self,
                            GwRiskLinkKind   kind,
                            gint64           target_id,
                            GError         **error)
{
  GPtrArray *risks;

  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);

  risks = gw_store_list_linked_risks (self->store, kind, target_id, error);
  for (guint i = 0; risks && i < risks->len; i++)
    fit_to_matrix (self, g_ptr_array_index (risks, i));
  return risks;
}

/**
 * gw_audit_list_risk_links:
 *
 * Returns: (transfer full) (element-type GwRiskLink): every link of one
 *   kind in the audit, ordered by risk
 */
GArray *
gw_audit_list_risk_links (GwAudit         *self,
                          GwRiskLinkKind   kind,
                          GError         **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_risk_links (self->store, kind, error);
}

/* Measures --------------------------------------------------------------- */

/**
 * gw_audit_list_measures:
 *
 * Returns: (transfer full) (element-type GwMeasure): the audit's security
 *   measures in catalogue order (grouped by domain)
 */
GPtrArray *
gw_audit_list_measures (GwAudit  *self,
                        GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_measures (self->store, error);
}

GwMeasure *
gw_audit_get_measure (GwAudit  *self,
                      gint64    measure_id,
                      GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_get_measure (self->store, measure_id, error);
}

/**
 * gw_audit_update_measure:
 *
 * Records a measure's implementation status and notes; its ref, title and
 * description come from the catalogue and are not changed.
 */
gboolean
gw_audit_update_measure (GwAudit          *self,
                         const GwMeasure  *measure,
                         GError          **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail (measure != NULL, FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  if ((guint) measure->status > GW_MEASURE_STATUS_NOT_APPLICABLE)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE, _("Unknown measure status."));
      return FALSE;
    }
  if (!_gw_audit_check_text (measure->notes, _("notes"), FALSE, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_update_measure (self->store, measure, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "measure", measure->id);
  return TRUE;
}
