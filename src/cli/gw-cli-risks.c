/* gw-cli-risks.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk part of `gapwise-cli summary`: risks per level before and
 * after treatment, the gravest risks, the high risks still waiting for
 * their security measures, and the measures in place per domain. Text and
 * JSON are printed from one GwCliRisks so they always agree; levels and
 * scores come from the audit's risk matrix through the core, and the high
 * risks waiting for measures from the audit's warnings, as in the
 * Overview.
 */

#define G_LOG_DOMAIN "gw-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-cli-private.h"
#include "gw-warnings.h"

#define MAX_TOP        10
#define TOP_TITLE_WIDTH 40
#define LEVEL_WIDTH    10
#define DOMAIN_WIDTH   34

struct _GwCliRisks
{
  GwRiskMatrix *matrix;
  GPtrArray    *risks;          /* GwRisk */
  GPtrArray    *top;            /* GwRisk, borrowed from risks */
  guint        *inherent;       /* per level, then the risks not rated */
  guint        *residual;
  guint         n_lacking;      /* high risks without their measures in place */
  GwMeasureCount all;
  GwMeasureCount domains[GW_N_MEASURE_DOMAINS];
};

void
gw_cli_risks_free (GwCliRisks *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  g_clear_pointer (&self->top, g_ptr_array_unref);
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_free (self->inherent);
  g_free (self->residual);
  g_free (self);
}

static int
inherent_score (GwRiskMatrix *matrix,
                const GwRisk *risk)
{
  return gw_risk_matrix_score (matrix, risk->inherent_likelihood, risk->inherent_impact);
}

static int
residual_score (GwRiskMatrix *matrix,
                const GwRisk *risk)
{
  return gw_risk_matrix_score (matrix, risk->residual_likelihood, risk->residual_impact);
}

/* Highest inherent score first, then what is left after treatment, then
 * the register's order. */
static int
compare_top (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  GwRiskMatrix *matrix = user_data;
  const GwRisk *x = *(GwRisk * const *) a;
  const GwRisk *y = *(GwRisk * const *) b;
  int dx = inherent_score (matrix, x), dy = inherent_score (matrix, y);

  if (dx != dy)
    return dy - dx;
  dx = residual_score (matrix, x);
  dy = residual_score (matrix, y);
  if (dx != dy)
    return dy - dx;
  return (x->id > y->id) - (x->id < y->id);
}

/* The high risks without their measures in place, as the Overview counts
 * them: the warnings of the audit say which they are. */
static gboolean
count_lacking (GwCliRisks  *self,
               GwAudit     *audit,
               GError     **error)
{
  g_autoptr(GwWarningIndex) index = gw_warning_index_new ();
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *today = gw_date_today ();

  if (!gw_warning_index_load (index, audit, error))
    return FALSE;

  warnings = gw_warning_index_compute (index, today);
  for (guint i = 0; i < warnings->len; i++)
    self->n_lacking += ((GwWarning *) g_ptr_array_index (warnings, i))->kind == GW_WARNING_HIGH_RISK_UNTREATED;
  return TRUE;
}

GwCliRisks *
gw_cli_risks_load (GwAudit  *audit,
                   GError  **error)
{
  g_autoptr(GwCliRisks) self = g_new0 (GwCliRisks, 1);
  g_autoptr(GPtrArray) measures = NULL;
  guint n_levels;

  self->matrix = gw_risk_matrix_ref (gw_audit_get_risk_matrix (audit));
  if ((self->risks = gw_audit_list_risks (audit, error)) == NULL ||
      (measures = gw_audit_list_measures (audit, error)) == NULL ||
      !count_lacking (self, audit, error))
    return NULL;

  gw_measure_count_by_domain (measures, self->domains, &self->all);

  n_levels = gw_risk_matrix_get_n_levels (self->matrix);
  self->inherent = g_new0 (guint, n_levels + 1);
  self->residual = g_new0 (guint, n_levels + 1);
  self->top = g_ptr_array_new ();

  for (guint i = 0; i < self->risks->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (self->risks, i);
      int before = gw_risk_matrix_level_index (self->matrix, risk->inherent_likelihood, risk->inherent_impact);
      int after = gw_risk_matrix_level_index (self->matrix, risk->residual_likelihood, risk->residual_impact);

      self->inherent[before >= 0 ? (guint) before : n_levels]++;
      self->residual[after >= 0 ? (guint) after : n_levels]++;
      if (before >= 0)
        g_ptr_array_add (self->top, risk);
    }

  g_ptr_array_sort_with_data (self->top, compare_top, self->matrix);
  if (self->top->len > MAX_TOP)
    g_ptr_array_set_size (self->top, MAX_TOP);

  return g_steal_pointer (&self);
}

/* Text ------------------------------------------------------------------ */

static const char *
level_label (GwRiskMatrix *matrix,
             int           likelihood,
             int           impact)
{
  const GwRiskLevel *level = gw_risk_matrix_rate (matrix, likelihood, impact);

  return level ? level->label : _("Not rated");
}

static void
print_levels (GwCliRisks *self)
{
  guint n_levels = gw_risk_matrix_get_n_levels (self->matrix);
  g_autofree char *header = gw_cli_fit (_("Level"), LEVEL_WIDTH + 2);
  g_autofree char *unrated = gw_cli_fit (_("Not rated"), LEVEL_WIDTH + 2);

  /* Translators: column headings: risks per level before and after
   * treatment. */
  g_print ("%s %16s %16s\n", header, _("Before treatment"), _("After treatment"));
  for (guint i = n_levels; i-- > 0; )
    {
      g_autofree char *label = gw_cli_fit (gw_risk_matrix_get_level (self->matrix, i)->label, LEVEL_WIDTH + 2);
      g_print ("%s %16u %16u\n", label, self->inherent[i], self->residual[i]);
    }
  g_print ("%s %16u %16u\n", unrated, self->inherent[n_levels], self->residual[n_levels]);
}

static void
print_top (GwCliRisks *self)
{
  g_autofree char *level = gw_cli_fit (_("Level"), LEVEL_WIDTH);
  g_autofree char *title = gw_cli_fit (_("Risk"), TOP_TITLE_WIDTH);
  g_autofree char *treatment = gw_cli_fit (_("Treatment"), 12);

  if (self->top->len == 0)
    return;

  g_print (g_dngettext (GETTEXT_PACKAGE, "\nThe gravest rated risk:\n", "\nThe %u gravest rated risks:\n",
                        self->top->len), self->top->len);
  /* Translators: column headings of the list of risks; “Residual” is the
   * level expected with the treatment in place. */
  g_print ("%-6s %s %5s  %s %s %s\n", _("Ref"), level, _("Score"), title, treatment, _("Residual"));

  for (guint i = 0; i < self->top->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (self->top, i);
      g_autofree char *level_text = gw_cli_fit (level_label (self->matrix, risk->inherent_likelihood,
                                                             risk->inherent_impact), LEVEL_WIDTH);
      g_autofree char *title_text = gw_cli_fit (risk->title ? risk->title : "", TOP_TITLE_WIDTH);
      g_autofree char *treatment_text = gw_cli_fit (gw_risk_treatment_to_label (risk->treatment), 12);
      g_autofree char *ref = gw_risk_format_ref (risk->id);

      g_print ("%-6s %s %5d  %s %s %s\n", ref, level_text,
               inherent_score (self->matrix, risk), title_text, treatment_text,
               level_label (self->matrix, risk->residual_likelihood, risk->residual_impact));
    }
}

static void
print_domains (GwCliRisks *self)
{
  g_autofree char *header = gw_cli_fit (_("Domain"), DOMAIN_WIDTH);

  if (self->all.total == 0)
    {
      g_print ("\n%s\n", _("No security measures recorded."));
      return;
    }

  g_print ("\n");
  g_print (g_dngettext (GETTEXT_PACKAGE, "Security measures: %u, of which %u in place.\n",
                        "Security measures: %u, of which %u in place.\n", self->all.total),
           self->all.total, self->all.by_status[GW_MEASURE_STATUS_IN_PLACE]);
  /* Translators: column heading: measures in place of those that apply. */
  g_print ("%s %s\n", header, _("In place / applicable"));
  for (guint d = 0; d < GW_N_MEASURE_DOMAINS; d++)
    {
      const GwMeasureCount *count = &self->domains[d];
      g_autofree char *label = NULL;

      if (count->total == 0)
        continue;
      label = gw_cli_fit (gw_measure_domain_to_label (d), DOMAIN_WIDTH);
      g_print ("%s %3u / %u\n", label, count->by_status[GW_MEASURE_STATUS_IN_PLACE],
               gw_measure_count_applicable (count));
    }
}

void
gw_cli_risks_print_text (GwCliRisks *self)
{
  if (self->risks->len == 0)
    g_print ("\n%s\n", _("Risks: none recorded."));
  else
    {
      g_print ("\n");
      /* Translators: %u is a number of risks, %s the name of the risk
       * matrix, like “5 × 5 (default)”. */
      g_print (g_dngettext (GETTEXT_PACKAGE, "Risks: %u, rated on the “%s” matrix.\n",
                            "Risks: %u, rated on the “%s” matrix.\n", self->risks->len),
               self->risks->len, gw_risk_matrix_get_name (self->matrix));
      print_levels (self);
      print_top (self);
      g_print (_("\nHigh risks without their measures in place: %u.\n"), self->n_lacking);
    }

  print_domains (self);
}

/* JSON ------------------------------------------------------------------ */

/* The level's id, then @score_key with the score; null for both when the
 * rating is not made. */
static void
json_level (GString      *out,
            GwRiskMatrix *matrix,
            int           likelihood,
            int           impact,
            const char   *score_key)
{
  const GwRiskLevel *level = gw_risk_matrix_rate (matrix, likelihood, impact);

  if (level == NULL)
    {
      g_string_append_printf (out, "null, \"%s\": null", score_key);
      return;
    }
  gw_cli_json_string (out, level->id);
  g_string_append_printf (out, ", \"%s\": %d", score_key, gw_risk_matrix_score (matrix, likelihood, impact));
}

static void
json_risks (GwCliRisks *self,
            GString    *out)
{
  guint n_levels = gw_risk_matrix_get_n_levels (self->matrix);

  g_string_append (out, ",\n  \"risks\": {\n    \"matrix\": ");
  gw_cli_json_string (out, gw_risk_matrix_get_id (self->matrix));
  g_string_append (out, ", \"matrix_name\": ");
  gw_cli_json_string (out, gw_risk_matrix_get_name (self->matrix));
  g_string_append_printf (out, ", \"total\": %u, \"high_without_measures_in_place\": %u,\n    \"levels\": [",
                          self->risks->len, self->n_lacking);

  for (guint i = n_levels; i-- > 0; )
    {
      const GwRiskLevel *level = gw_risk_matrix_get_level (self->matrix, i);

      g_string_append (out, i + 1 < n_levels ? ",\n      { \"id\": " : "\n      { \"id\": ");
      gw_cli_json_string (out, level->id);
      g_string_append (out, ", \"label\": ");
      gw_cli_json_string (out, level->label);
      g_string_append (out, ", \"colour\": ");
      gw_cli_json_string (out, level->colour);
      g_string_append_printf (out, ", \"min_score\": %d, \"high\": %s, \"inherent\": %u, \"residual\": %u }",
                              level->min_score, level->high ? "true" : "false",
                              self->inherent[i], self->residual[i]);
    }

  g_string_append_printf (out, "\n    ],\n    \"not_rated\": { \"inherent\": %u, \"residual\": %u },\n    \"top\": [",
                          self->inherent[n_levels], self->residual[n_levels]);

  for (guint i = 0; i < self->top->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (self->top, i);
      g_autofree char *ref = gw_risk_format_ref (risk->id);

      g_string_append_printf (out, "%s\n      { \"id\": %" G_GINT64_FORMAT ", \"ref\": \"%s\", \"title\": ",
                              i ? "," : "", risk->id, ref);
      gw_cli_json_string (out, risk->title);
      g_string_append (out, ", \"level\": ");
      json_level (out, self->matrix, risk->inherent_likelihood, risk->inherent_impact, "score");
      g_string_append (out, ", \"treatment\": ");
      gw_cli_json_string (out, gw_risk_treatment_to_id (risk->treatment));
      g_string_append (out, ", \"residual_level\": ");
      json_level (out, self->matrix, risk->residual_likelihood, risk->residual_impact, "residual_score");
      g_string_append (out, " }");
    }
  g_string_append (out, self->top->len ? "\n    ]\n  }" : "]\n  }");
}

static void
json_measures (GwCliRisks *self,
               GString    *out)
{
  static const GwMeasureStatus statuses[] = {
    GW_MEASURE_STATUS_IN_PLACE, GW_MEASURE_STATUS_PARTIAL, GW_MEASURE_STATUS_PLANNED,
    GW_MEASURE_STATUS_NOT_IN_PLACE, GW_MEASURE_STATUS_NOT_ASSESSED, GW_MEASURE_STATUS_NOT_APPLICABLE,
  };
  gboolean first = TRUE;

  g_string_append_printf (out, ",\n  \"measures\": { \"total\": %u, \"in_place\": %u,\n    \"domains\": [",
                          self->all.total, self->all.by_status[GW_MEASURE_STATUS_IN_PLACE]);

  for (guint d = 0; d < GW_N_MEASURE_DOMAINS; d++)
    {
      const GwMeasureCount *count = &self->domains[d];

      if (count->total == 0)
        continue;

      g_string_append (out, first ? "\n      { \"domain\": " : ",\n      { \"domain\": ");
      first = FALSE;
      gw_cli_json_string (out, gw_measure_domain_to_id (d));
      g_string_append (out, ", \"label\": ");
      gw_cli_json_string (out, gw_measure_domain_to_label (d));
      g_string_append_printf (out, ", \"total\": %u", count->total);
      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        {
          g_autofree char *key = g_strdelimit (g_strdup (gw_measure_status_to_id (statuses[i])), "-", '_');
          g_string_append_printf (out, ", \"%s\": %u", key, count->by_status[statuses[i]]);
        }
      g_string_append (out, " }");
    }
  g_string_append (out, first ? "]\n  }" : "\n    ]\n  }");
}

/* Appends the "risks" and "measures" members, each after a comma. */
void
gw_cli_risks_append_json (GwCliRisks *self,
                          GString    *out)
{
  json_risks (self, out);
  json_measures (self, out);
}
