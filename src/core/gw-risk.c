/* gw-risk.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Risk matrices and their arithmetic, the built-in matrices and measure
 * catalogue, and the records of the risk register. The XML is read in
 * gw-risk-parse.c.
 */

#define G_LOG_DOMAIN "gw-risk"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-catalogue.h"
#include "gw-risk-private.h"

#define RISK_DATA_PATH "/io/github/gapwise/Gapwise/risk"


static void
scale_point_free (GwRiskScalePoint *point)
{
  g_free (point->label);
  g_free (point->description);
  g_free (point);
}

static void
level_free (GwRiskLevel *level)
{
  g_free (level->id);
  g_free (level->label);
  g_free (level->colour);
  g_free (level);
}

static GwRiskMatrix *
gw_risk_matrix_alloc (void)
{
  GwRiskMatrix *self = g_atomic_rc_box_new0 (GwRiskMatrix);

  self->likelihood = g_ptr_array_new_with_free_func ((GDestroyNotify) scale_point_free);
  self->impact = g_ptr_array_new_with_free_func ((GDestroyNotify) scale_point_free);
  self->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) level_free);
  return self;
}

static void
gw_risk_matrix_clear (GwRiskMatrix *self)
{
  g_free (self->id);
  g_free (self->name);
  g_clear_pointer (&self->definition, g_bytes_unref);
  g_ptr_array_unref (self->likelihood);
  g_ptr_array_unref (self->impact);
  g_ptr_array_unref (self->levels);
}

GwRiskMatrix *
gw_risk_matrix_ref (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
gw_risk_matrix_unref (GwRiskMatrix *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) gw_risk_matrix_clear);
}

G_DEFINE_BOXED_TYPE (GwRiskMatrix, gw_risk_matrix, gw_risk_matrix_ref, gw_risk_matrix_unref)

/**
 * gw_risk_matrix_new_from_bytes:
 * @bytes: the XML definition
 * @name: the name used in error messages, usually the file name
 *
 * Errors are %GW_CATALOGUE_ERROR_INVALID with a message "name:line: problem".
 */
GwRiskMatrix *
gw_risk_matrix_new_from_bytes (GBytes      *bytes,
                               const char  *name,
                               GError     **error)
{
  g_autoptr(GwRiskMatrix) matrix = gw_risk_matrix_alloc ();

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!_gw_risk_parse_matrix (bytes, name, matrix, error))
    return NULL;

  matrix->definition = g_bytes_ref (bytes);
  return g_steal_pointer (&matrix);
}

GwRiskMatrix *
gw_risk_matrix_new_from_file (GFile   *file,
                              GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return gw_risk_matrix_new_from_bytes (bytes, name, error);
}

/**
 * gw_risk_matrix_new_builtin:
 * @id: "5x5", "4x4" or "3x3"
 */
GwRiskMatrix *
gw_risk_matrix_new_builtin (const char  *id,
                            GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  name = g_strconcat ("matrix-", id, ".xml", NULL);
  path = g_build_path ("/", RISK_DATA_PATH, name, NULL);
  if (strchr (id, '/') == NULL)
    bytes = g_resources_lookup_data (path, 0, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_NOT_FOUND,
                   _("There is no built-in risk matrix called “%s”"), id);
      return NULL;
    }

  return gw_risk_matrix_new_from_bytes (bytes, name, error);
}

static int
compare_matrix_ids (gconstpointer a,
                    gconstpointer b)
{
  const char *x = *(char * const *) a, *y = *(char * const *) b;

  /* "5x5" first: the default, then the smaller ones */
  return -g_strcmp0 (x, y);
}

/**
 * gw_risk_matrix_list_builtin:
 *
 * Returns: (transfer full): the ids of the built-in matrices, the default
 *   first
 */
char **
gw_risk_matrix_list_builtin (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RISK_DATA_PATH, 0, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; names && names[i]; i++)
    {
      if (g_str_has_prefix (names[i], "matrix-") && g_str_has_suffix (names[i], ".xml"))
        {
          g_autofree char *id = g_strndup (names[i] + strlen ("matrix-"),
                                           strlen (names[i]) - strlen ("matrix-") - strlen (".xml"));
          g_strv_builder_add (builder, id);
        }
    }

  result = g_strv_builder_end (builder);
  qsort (result, g_strv_length (result), sizeof (char *), compare_matrix_ids);
  return result;
}

const char *
gw_risk_matrix_get_id (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

const char *
gw_risk_matrix_get_name (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

/**
 * gw_risk_matrix_get_definition:
 *
 * Returns: (transfer none): the XML the matrix was read from, which an
 *   audit keeps so that it reads the same everywhere
 */
GBytes *
gw_risk_matrix_get_definition (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->definition;
}

int
gw_risk_matrix_get_n_likelihood (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return (int) self->likelihood->len;
}

int
gw_risk_matrix_get_n_impact (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return (int) self->impact->len;
}

const GwRiskScalePoint *
gw_risk_matrix_get_likelihood (GwRiskMatrix *self,
                               int           value)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (value < 1 || value > (int) self->likelihood->len)
    return NULL;
  return g_ptr_array_index (self->likelihood, value - 1);
}

const GwRiskScalePoint *
gw_risk_matrix_get_impact (GwRiskMatrix *self,
                           int           value)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (value < 1 || value > (int) self->impact->len)
    return NULL;
  return g_ptr_array_index (self->impact, value - 1);
}

guint
gw_risk_matrix_get_n_levels (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->levels->len;
}

const GwRiskLevel *
gw_risk_matrix_get_level (GwRiskMatrix *self,
                          guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);
  return g_ptr_array_index (self->levels, index);
}

/**
 * gw_risk_matrix_is_valid_rating:
 *
 * Whether @likelihood and @impact are both points of this matrix, or both
 * %GW_RISK_UNRATED. A rating with only one of the two is not valid.
 */
gboolean
gw_risk_matrix_is_valid_rating (GwRiskMatrix *self,
                                int           likelihood,
                                int           impact)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (likelihood == GW_RISK_UNRATED && impact == GW_RISK_UNRATED)
    return TRUE;

  return likelihood >= 1 && likelihood <= (int) self->likelihood->len &&
         impact >= 1 && impact <= (int) self->impact->len;
}

/**
 * gw_risk_matrix_score:
 *
 * Returns: likelihood × impact, or 0 for a rating not made or not on this
 *   matrix
 */
int
gw_risk_matrix_score (GwRiskMatrix *self,
                      int           likelihood,
                      int           impact)
{
  g_return_val_if_fail (self != NULL, 0);

  if (likelihood == GW_RISK_UNRATED || !gw_risk_matrix_is_valid_rating (self, likelihood, impact))
    return 0;
  return likelihood * impact;
}

/**
 * gw_risk_matrix_level_index:
 *
 * Returns: the index of the rating's level (0 for the lowest), or -1 for a
 *   rating not made
 */
int
gw_risk_matrix_level_index (GwRiskMatrix *self,
                            int           likelihood,
                            int           impact)
{
  int score = gw_risk_matrix_score (self, likelihood, impact);

  if (score == 0)
    return -1;

  for (int i = (int) self->levels->len - 1; i >= 0; i--)
    if (score >= ((GwRiskLevel *) g_ptr_array_index (self->levels, i))->min_score)
      return i;

  return 0;
}

const GwRiskLevel *
gw_risk_matrix_rate (GwRiskMatrix *self,
                     int           likelihood,
                     int           impact)
{
  int index = gw_risk_matrix_level_index (self, likelihood, impact);

  return index < 0 ? NULL : g_ptr_array_index (self->levels, index);
}

/**
 * gw_risk_matrix_count:
 * @risks: (element-type GwRisk)
 * @residual: count the residual ratings rather than the inherent ones
 *
 * The heat map: how many risks sit in each cell.
 *
 * Returns: (transfer full): n_likelihood × n_impact counts; the cell of
 *   likelihood l and impact i is at (l - 1) × n_impact + (i - 1)
 */
guint *
gw_risk_matrix_count (GwRiskMatrix *matrix,
                      GPtrArray    *risks,
                      gboolean      residual)
{
  int n_impact = gw_risk_matrix_get_n_impact (matrix);
  guint *counts = g_new0 (guint, gw_risk_matrix_get_n_likelihood (matrix) * n_impact);

  for (guint i = 0; risks && i < risks->len; i++)
    {
      const GwRisk *risk = g_ptr_array_index (risks, i);
      int l = residual ? risk->residual_likelihood : risk->inherent_likelihood;
      int m = residual ? risk->residual_impact : risk->inherent_impact;

      if (gw_risk_matrix_score (matrix, l, m) > 0)
        counts[(l - 1) * n_impact + (m - 1)]++;
    }

  return counts;
}

/* Measure catalogue ------------------------------------------------------ */


/**
 * gw_measure_catalogue_new_from_bytes:
 *
 * Returns: (transfer full) (element-type GwMeasure): the measures, in
 *   catalogue order, with id 0 and status not assessed
 */
GPtrArray *
gw_measure_catalogue_new_from_bytes (GBytes      *bytes,
                                     const char  *name,
                                     GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  return _gw_risk_parse_measures (bytes, name, error);
}

GPtrArray *
gw_measure_catalogue_new_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RISK_DATA_PATH "/measures.xml", 0, error);

  if (bytes == NULL)
    return NULL;
  return _gw_risk_parse_measures (bytes, "measures.xml", error);
}

/* Records ---------------------------------------------------------------- */

/**
 * gw_risk_format_ref:
 *
 * How a risk is referred to in the window, the workbook and the command
 * line: "R-07". The register has no numbering of its own, so the id,
 * which never changes, is the reference.
 */
char *
gw_risk_format_ref (gint64 id)
{
  return g_strdup_printf ("R-%02" G_GINT64_FORMAT, id);
}

GwRisk *
gw_risk_new (const char *title)
{
  GwRisk *risk = g_new0 (GwRisk, 1);

  risk->title = g_strdup (title);
  risk->asset = GW_RISK_ASSET_FACILITY;
  risk->category = GW_THREAT_OTHER;
  risk->treatment = GW_RISK_TREATMENT_UNDECIDED;
  return risk;
}

GwRisk *
gw_risk_copy (const GwRisk *risk)
{
  GwRisk *copy;

  g_return_val_if_fail (risk != NULL, NULL);

  copy = g_memdup2 (risk, sizeof *risk);
  copy->title = g_strdup (risk->title);
  copy->threat = g_strdup (risk->threat);
  copy->vulnerability = g_strdup (risk->vulnerability);
  copy->owner = g_strdup (risk->owner);
  copy->review_date = g_strdup (risk->review_date);
  copy->notes = g_strdup (risk->notes);
  copy->created_at = g_strdup (risk->created_at);
  return copy;
}

void
gw_risk_free (GwRisk *risk)
{
  if (risk == NULL)
    return;

  g_free (risk->title);
  g_free (risk->threat);
  g_free (risk->vulnerability);
  g_free (risk->owner);
  g_free (risk->review_date);
  g_free (risk->notes);
  g_free (risk->created_at);
  g_free (risk);
}

/**
 * gw_risk_is_high:
 *
 * Whether the risk's inherent rating, before any treatment, is at a level
 * the matrix marks as high.
 */
gboolean
gw_risk_is_high (const GwRisk *risk,
                 GwRiskMatrix *matrix)
{
  const GwRiskLevel *level;

  g_return_val_if_fail (risk != NULL, FALSE);
  g_return_val_if_fail (matrix != NULL, FALSE);

  level = gw_risk_matrix_rate (matrix, risk->inherent_likelihood, risk->inherent_impact);
  return level != NULL && level->high;
}

/**
 * gw_risk_lacks_measures:
 * @n_in_place: how many of the measures linked to @risk are in place
 *
 * The gap the Overview, the workbook and the command line report: the risk
 * is rated high before treatment, its treatment is to mitigate (or not
 * decided yet), and no measure is linked to it or a linked one is not in
 * place. Accepting, avoiding or transferring a risk is a decision, not a
 * gap.
 */
gboolean
gw_risk_lacks_measures (const GwRisk *risk,
                        GwRiskMatrix *matrix,
                        guint         n_in_place)
{
  g_return_val_if_fail (risk != NULL, FALSE);

  if (!gw_risk_is_high (risk, matrix))
    return FALSE;
  if (risk->treatment != GW_RISK_TREATMENT_MITIGATE && risk->treatment != GW_RISK_TREATMENT_UNDECIDED)
    return FALSE;
  return risk->n_measures == 0 || n_in_place < risk->n_measures;
}

static double
linear_channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/**
 * gw_colour_wants_dark_text:
 * @red: from 0 to 1, like @green and @blue
 *
 * Whether dark text contrasts more with a fill of this colour than white
 * text does (the WCAG relative-luminance rule): how a level's colour is
 * labelled in the window and in the workbook.
 */
gboolean
gw_colour_wants_dark_text (double red,
                           double green,
                           double blue)
{
  double l = 0.2126 * linear_channel (red) + 0.7152 * linear_channel (green) + 0.0722 * linear_channel (blue);

  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05);
}

GwMeasure *
gw_measure_copy (const GwMeasure *measure)
{
  GwMeasure *copy;

  g_return_val_if_fail (measure != NULL, NULL);

  copy = g_memdup2 (measure, sizeof *measure);
  copy->ref = g_strdup (measure->ref);
  copy->title = g_strdup (measure->title);
  copy->description = g_strdup (measure->description);
  copy->notes = g_strdup (measure->notes);
  return copy;
}

void
gw_measure_free (GwMeasure *measure)
{
  if (measure == NULL)
    return;

  g_free (measure->ref);
  g_free (measure->title);
  g_free (measure->description);
  g_free (measure->notes);
  g_free (measure);
}

/* A measure counts as in place when it is implemented, or when it does not
 * apply to the organisation (so it cannot leave a risk open). */
gboolean
gw_measure_is_in_place (const GwMeasure *measure)
{
  g_return_val_if_fail (measure != NULL, FALSE);
  return measure->status == GW_MEASURE_STATUS_IN_PLACE ||
         measure->status == GW_MEASURE_STATUS_NOT_APPLICABLE;
}

void
gw_measure_count_add (GwMeasureCount  *count,
                      const GwMeasure *measure)
{
  count->total++;
  count->by_status[MIN ((guint) measure->status, GW_N_MEASURE_STATUSES - 1)]++;
}

/**
 * gw_measure_count_by_domain:
 * @measures: (element-type GwMeasure)
 * @domains: (out caller-allocates) (array fixed-size=8): the counts of each
 *   domain, in #GwMeasureDomain order
 * @all: (out caller-allocates) (optional): the counts of every domain
 */
void
gw_measure_count_by_domain (GPtrArray      *measures,
                            GwMeasureCount *domains,
                            GwMeasureCount *all)
{
  memset (domains, 0, GW_N_MEASURE_DOMAINS * sizeof *domains);
  if (all != NULL)
    memset (all, 0, sizeof *all);

  for (guint i = 0; measures && i < measures->len; i++)
    {
      const GwMeasure *m = g_ptr_array_index (measures, i);

      gw_measure_count_add (&domains[MIN ((guint) m->domain, GW_N_MEASURE_DOMAINS - 1)], m);
      if (all != NULL)
        gw_measure_count_add (all, m);
    }
}

/* The measures that apply: all but those not applicable. */
guint
gw_measure_count_applicable (const GwMeasureCount *count)
{
  return count->total - count->by_status[GW_MEASURE_STATUS_NOT_APPLICABLE];
}

G_DEFINE_BOXED_TYPE (GwRisk, gw_risk, gw_risk_copy, gw_risk_free)
G_DEFINE_BOXED_TYPE (GwMeasure, gw_measure, gw_measure_copy, gw_measure_free)
