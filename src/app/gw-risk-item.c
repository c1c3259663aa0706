/* gw-risk-item.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of the risk table: a risk as the audit returned it, its levels
 * and scores on the audit's matrix, how many of the measures linked to it
 * are in place (read once per risk when the register is read), and the
 * keys the table sorts and searches by, made on first use.
 */

#define G_LOG_DOMAIN "gw-risk-item"

#include "config.h"

#include "gw-risk-item.h"

struct _GwRiskItem
{
  GObject       parent_instance;

  GwRisk       *risk;
  GwRiskMatrix *matrix;
  char         *ref;
  guint         n_in_place;
  char         *title_key;
  char         *owner_key;
  char         *search_text;
};

G_DEFINE_FINAL_TYPE (GwRiskItem, gw_risk_item, G_TYPE_OBJECT)

static void
clear_keys (GwRiskItem *self)
{
  g_clear_pointer (&self->title_key, g_free);
  g_clear_pointer (&self->owner_key, g_free);
  g_clear_pointer (&self->search_text, g_free);
}

static void
gw_risk_item_finalize (GObject *object)
{
  GwRiskItem *self = GW_RISK_ITEM (object);

  clear_keys (self);
  g_clear_pointer (&self->risk, gw_risk_free);
  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  g_clear_pointer (&self->ref, g_free);

  G_OBJECT_CLASS (gw_risk_item_parent_class)->finalize (object);
}

static void
gw_risk_item_class_init (GwRiskItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gw_risk_item_finalize;
}

static void
gw_risk_item_init (GwRiskItem *self)
{
}

/**
 * gw_risk_item_new:
 * @risk: (transfer full): the record
 * @matrix: the audit's matrix
 * @n_in_place: how many of its measures are in place
 */
GwRiskItem *
gw_risk_item_new (GwRisk       *risk,
                  GwRiskMatrix *matrix,
                  guint         n_in_place)
{
  GwRiskItem *self;

  g_return_val_if_fail (risk != NULL, NULL);
  g_return_val_if_fail (matrix != NULL, NULL);

  self = g_object_new (GW_TYPE_RISK_ITEM, NULL);
  self->risk = risk;
  self->matrix = gw_risk_matrix_ref (matrix);
  self->ref = gw_risk_format_ref (risk->id);
  self->n_in_place = n_in_place;
  return self;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

static gboolean
same_risk (const GwRisk *a,
           const GwRisk *b)
{
  return same_text (a->title, b->title) && same_text (a->threat, b->threat) &&
         same_text (a->vulnerability, b->vulnerability) && a->asset == b->asset &&
         a->category == b->category && a->inherent_likelihood == b->inherent_likelihood &&
         a->inherent_impact == b->inherent_impact && a->residual_likelihood == b->residual_likelihood &&
         a->residual_impact == b->residual_impact && a->treatment == b->treatment &&
         same_text (a->owner, b->owner) && same_text (a->review_date, b->review_date) &&
         same_text (a->notes, b->notes) && a->n_requirements == b->n_requirements &&
         a->n_actions == b->n_actions && a->n_measures == b->n_measures;
}

/**
 * gw_risk_item_set_risk:
 * @risk: (transfer full): the record as it is now, with the same id
 *
 * Returns: whether anything the row shows has changed
 */
gboolean
gw_risk_item_set_risk (GwRiskItem   *self,
                       GwRisk       *risk,
                       GwRiskMatrix *matrix,
                       guint         n_in_place)
{
  gboolean changed;

  g_return_val_if_fail (GW_IS_RISK_ITEM (self), FALSE);
  g_return_val_if_fail (risk != NULL && risk->id == self->risk->id, FALSE);

  changed = !same_risk (self->risk, risk) || matrix != self->matrix || n_in_place != self->n_in_place;
  gw_risk_free (self->risk);
  self->risk = risk;
  if (matrix != self->matrix)
    {
      gw_risk_matrix_ref (matrix);
      gw_risk_matrix_unref (self->matrix);
      self->matrix = matrix;
    }
  self->n_in_place = n_in_place;
  if (changed)
    clear_keys (self);
  return changed;
}

gint64
gw_risk_item_get_id (GwRiskItem *self)
{
  g_return_val_if_fail (GW_IS_RISK_ITEM (self), 0);
  return self->risk->id;
}

const GwRisk *
gw_risk_item_get_risk (GwRiskItem *self)
{
  g_return_val_if_fail (GW_IS_RISK_ITEM (self), NULL);
  return self->risk;
}

GwRiskMatrix *
gw_risk_item_get_matrix (GwRiskItem *self)
{
  g_return_val_if_fail (GW_IS_RISK_ITEM (self), NULL);
  return self->matrix;
}

const char *
gw_risk_item_get_ref (GwRiskItem *self)
{
  g_return_val_if_fail (GW_IS_RISK_ITEM (self), NULL);
  return self->ref;
}

/* The index of the level on the matrix, −1 when not rated. */
int
gw_risk_item_get_level (GwRiskItem *self,
                        gboolean    residual)
{
  const GwRisk *r;

  g_return_val_if_fail (GW_IS_RISK_ITEM (self), -1);

  r = self->risk;
  return residual ? gw_risk_matrix_level_index (self->matrix, r->residual_likelihood, r->residual_impact)
                  : gw_risk_matrix_level_index (self->matrix, r->inherent_likelihood, r->inherent_impact);
}

/* likelihood × impact, 0 when not rated. */
int
gw_risk_item_get_score (GwRiskItem *self,
                        gboolean    residual)
{
  const GwRisk *r;

  g_return_val_if_fail (GW_IS_RISK_ITEM (self), 0);

  r = self->risk;
  return residual ? gw_risk_matrix_score (self->matrix, r->residual_likelihood, r->residual_impact)
                  : gw_risk_matrix_score (self->matrix, r->inherent_likelihood, r->inherent_impact);
}

/* Rated at a level whose treatment has to be in place. */
gboolean
gw_risk_item_get_high (GwRiskItem *self)
{
  g_return_val_if_fail (GW_IS_RISK_ITEM (self), FALSE);
  return gw_risk_is_high (self->risk, self->matrix);
}

guint
gw_risk_item_get_n_in_place (GwRiskItem *self)
{
  g_return_val_if_fail (GW_IS_RISK_ITEM (self), 0);
  return self->n_in_place;
}

const char *
gw_risk_item_get_title_key (GwRiskItem *self)
{
  if (self->title_key == NULL)
    self->title_key = g_utf8_collate_key (self->risk->title ? self->risk->title : "", -1);
  return self->title_key;
}

const char *
gw_risk_item_get_owner_key (GwRiskItem *self)
{
  if (self->owner_key == NULL)
    self->owner_key = self->risk->owner && *self->risk->owner ? g_utf8_collate_key (self->risk->owner, -1)
                                                               : g_strdup ("");
  return self->owner_key;
}

/* What a search looks in, case-folded: ref, title, scenario,
 * vulnerability, owner, category, asset and notes. */
const char *
gw_risk_item_get_search_text (GwRiskItem *self)
{
  if (self->search_text == NULL)
    {
      const GwRisk *r = self->risk;
      g_autofree char *joined = g_strjoin ("\n", self->ref,
                                           r->title ? r->title : "",
                                           r->threat ? r->threat : "",
                                           r->vulnerability ? r->vulnerability : "",
                                           r->owner ? r->owner : "",
                                           gw_threat_category_to_label (r->category),
                                           gw_risk_asset_to_label (r->asset),
                                           r->notes ? r->notes : "", NULL);
      self->search_text = g_utf8_casefold (joined, -1);
    }
  return self->search_text;
}
