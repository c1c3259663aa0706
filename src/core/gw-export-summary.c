/* gw-export-summary.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first sheet of the workbook, the one a manager reads at a glance:
 * the key figures, the audit details, readiness per clause with its two
 * charts, the result counts and how readiness is calculated, the largest
 * gaps and the overdue actions, then the risk assessment and the security
 * measures per domain (gw-export-measures.c). It prints on landscape
 * pages, with a page break before the clause table so the charts are never
 * cut.
 */

#define G_LOG_DOMAIN "gw-export"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-export-builder.h"

/* Columns: the clause number and title, then ten narrow figure columns. */
enum
{
  S_CLAUSE, S_TITLE, S_APPLICABLE, S_ASSESSED, S_CONFORMING, S_PARTIAL, S_NONCONFORMING,
  S_NOT_APPLICABLE, S_READINESS, S_PROGRESS, S_MATURITY_NOW, S_MATURITY_TARGET, S_N_COLUMNS
};

#define S_LAST        (S_N_COLUMNS - 1)
#define WIDE_WIDTH    34.0
#define NARROW_WIDTH  12.0
#define MAX_LISTED    10
#define CHART_ROWS    17

/* A pixel is about a seventh of a width unit plus the cell padding. */
#define COLUMN_PIXELS(width) ((width) * 7 + 5)

static gboolean
section (GwExportBuilder *b,
         lxw_worksheet   *ws,
         lxw_row_t        row,
         const char      *title)
{
  return gwx_put_merged (b, ws, row, 0, S_LAST, title, b->f.section) &&
         gwx_set_height (b, ws, row, 24);
}

/* A label in the first two columns and a wrapped value across the rest;
 * empty values are left out. */
static gboolean
detail (GwExportBuilder *b,
        lxw_worksheet   *ws,
        lxw_row_t       *row,
        const char      *label,
        const char      *value)
{
  const double width = NARROW_WIDTH * (S_N_COLUMNS - 2);

  if (value == NULL || *value == '\0')
    return TRUE;

  if (!gwx_put_merged (b, ws, *row, S_CLAUSE, S_TITLE, label, b->f.label) ||
      !gwx_put_merged (b, ws, *row, S_APPLICABLE, S_LAST, value, b->f.value) ||
      !gwx_set_height (b, ws, *row, gwx_estimate_height (value, width)))
    return FALSE;

  (*row)++;
  return TRUE;
}

static char *
join_lines (const char *text,
            const char *separator)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i])
        g_ptr_array_add (kept, lines[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (separator, (char **) kept->pdata);
}

static gboolean
write_details (GwExportBuilder *b,
               lxw_worksheet   *ws,
               lxw_row_t       *row)
{
  GwAuditDetails *d = b->data->details;
  g_autofree char *sites = d->sites ? g_strjoinv ("\n", d->sites) : NULL;
  g_autofree char *team = join_lines (d->team, ", ");
  g_autofree char *contacts = join_lines (d->auditee_contacts, "\n");
  g_autofree char *dates = NULL;
  g_autofree char *standard = NULL;
  g_autofree char *exported = g_date_time_format (b->data->now, "%Y-%m-%d %H:%M");
  g_autofree char *exported_by = g_strdup_printf (_("%s, with Gapwise %s"), exported, PACKAGE_VERSION);

  if (d->start_date && d->end_date)
    /* Translators: the first and last day of the audit. */
    dates = g_strdup_printf (_("%s to %s"), d->start_date, d->end_date);
  else
    dates = g_strdup (d->start_date ? d->start_date : d->end_date);

  if (d->standard_title && *d->standard_title)
    standard = g_strdup_printf ("%s — %s", d->standard, d->standard_title);
  else
    standard = g_strdup (d->standard);

  return section (b, ws, (*row)++, _("Audit details")) &&
         detail (b, ws, row, _("Organisation"), d->organisation) &&
         detail (b, ws, row, _("Sites"), sites) &&
         detail (b, ws, row, _("Scope"), d->scope) &&
         detail (b, ws, row, _("Audit type"), gw_audit_type_to_label (d->audit_type)) &&
         detail (b, ws, row, _("Lead auditor"), d->lead_auditor) &&
         detail (b, ws, row, _("Audit team"), team) &&
         detail (b, ws, row, _("Auditee contacts"), contacts) &&
         detail (b, ws, row, _("Audit dates"), dates) &&
         detail (b, ws, row, _("Standard"), standard) &&
         detail (b, ws, row, _("Catalogue revision"), d->catalogue_revision) &&
         detail (b, ws, row, _("Follows up"), d->baseline_title) &&
         detail (b, ws, row, _("Exported"), exported_by);
}

/* Readiness, progress, nonconformities and overdue actions in big type. */
static gboolean
write_key_figures (GwExportBuilder *b,
                   lxw_worksheet   *ws,
                   lxw_row_t        row)
{
  static const lxw_col_t first[] = { S_CLAUSE, S_APPLICABLE, S_NONCONFORMING, S_READINESS };
  static const lxw_col_t last[] = { S_TITLE, S_PARTIAL, S_READINESS - 1, S_LAST };
  const GwScore *total = gw_score_sheet_get_total (b->data->scores);
  g_autofree char *progress_note = NULL, *nc_note = NULL, *overdue_note = NULL;
  guint n_open = 0, n_overdue = 0;
  const char *labels[4];
  const char *notes[4];
  double values[4];

  for (guint i = 0; i < b->data->actions->len; i++)
    {
      GwAction *action = g_ptr_array_index (b->data->actions, i);

      n_open += gwx_action_is_open (action);
      n_overdue += gwx_days_overdue (b->data, action) > 0;
    }

  progress_note = g_strdup_printf (_("%u of %u applicable requirements assessed"),
                                   total->n_assessed, total->n_applicable);
  nc_note = g_strdup_printf (_("%u major, %u minor"), total->n_major, total->n_minor);
  overdue_note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u open action", "of %u open actions", n_open),
                                  n_open);

  labels[0] = _("Readiness");
  labels[1] = _("Progress");
  labels[2] = _("Nonconformities");
  labels[3] = _("Overdue actions");
  values[0] = gw_score_get_readiness (total);
  values[1] = gw_score_get_progress (total);
  values[2] = total->n_major + total->n_minor;
  values[3] = n_overdue;
  notes[0] = _("conforming plus half of partially conforming, of the requirements assessed");
  notes[1] = progress_note;
  notes[2] = nc_note;
  notes[3] = overdue_note;

  for (guint i = 0; i < 4; i++)
    if (!gwx_put_merged (b, ws, row, first[i], last[i], labels[i], b->f.kpi_label) ||
        !gwx_put_merged_number (b, ws, row + 1, first[i], last[i], values[i],
                                i < 2 ? b->f.kpi_percent : b->f.kpi_number) ||
        !gwx_put_merged (b, ws, row + 2, first[i], last[i], notes[i], b->f.kpi_note))
      return FALSE;

  return gwx_set_height (b, ws, row, 20) &&
         gwx_set_height (b, ws, row + 1, 36) &&
         gwx_set_height (b, ws, row + 2, 2 * LINE_HEIGHT + 4);
}

static gboolean
write_clause_row (GwExportBuilder *b,
                  lxw_worksheet   *ws,
                  lxw_row_t        row,
                  const char      *number,
                  const char      *title,
                  const GwScore   *score,
                  gboolean         total)
{
  lxw_format *text = total ? b->f.total_text : b->f.text;
  lxw_format *number_format = total ? b->f.total_number : b->f.number;
  lxw_format *percent = total ? b->f.total_percent : b->f.percent;
  lxw_format *decimal = total ? b->f.total_decimal : b->f.decimal;

  return gwx_put_text (b, ws, row, S_CLAUSE, number, total ? b->f.total_text : b->f.text_bold) &&
         gwx_put_text (b, ws, row, S_TITLE, title, text) &&
         gwx_put_number (b, ws, row, S_APPLICABLE, score->n_applicable, number_format) &&
         gwx_put_number (b, ws, row, S_ASSESSED, score->n_assessed, number_format) &&
         gwx_put_number (b, ws, row, S_CONFORMING, score->n_conforming, number_format) &&
         gwx_put_number (b, ws, row, S_PARTIAL, score->n_partial, number_format) &&
         gwx_put_number (b, ws, row, S_NONCONFORMING, score->n_nonconforming, number_format) &&
         gwx_put_number (b, ws, row, S_NOT_APPLICABLE, score->n_not_applicable, number_format) &&
         gwx_put_optional (b, ws, row, S_READINESS, gw_score_get_readiness (score), percent) &&
         gwx_put_optional (b, ws, row, S_PROGRESS, gw_score_get_progress (score), percent) &&
         gwx_put_optional (b, ws, row, S_MATURITY_NOW, gw_score_get_maturity_current (score), decimal) &&
         gwx_put_optional (b, ws, row, S_MATURITY_TARGET, gw_score_get_maturity_target (score), decimal);
}

static void
style_chart (lxw_chart  *chart,
             const char *title)
{
  lxw_chart_font title_font = { .name = (char *) "Calibri", .size = 11, .bold = LXW_TRUE, .color = COLOR_NAVY };
  lxw_chart_font font = { .name = (char *) "Calibri", .size = 9, .color = COLOR_DARK };
  lxw_chart_line border = { .color = COLOR_RULE };

  chart_title_set_name (chart, title);
  chart_title_set_name_font (chart, &title_font);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_legend_set_font (chart, &font);
  chart_axis_set_num_font (chart->x_axis, &font);
  chart_axis_set_num_font (chart->y_axis, &font);
  chart_chartarea_set_line (chart, &border);
}

static gboolean
insert_chart (GwExportBuilder *b,
              lxw_worksheet   *ws,
              lxw_row_t        row,
              lxw_col_t        col,
              lxw_chart       *chart,
              double           width_pixels,
              const char      *description)
{
  g_autofree char *text = g_strdup (description);
  lxw_chart_options options = {
    .x_offset = col == 0 ? 0 : 12,
    .x_scale = width_pixels / 480.0,
    .y_scale = (CHART_ROWS * 20.0 - 8) / 288.0,
    .object_position = LXW_OBJECT_MOVE_DONT_SIZE,
    .description = text,
  };

  return gwx_check (b, worksheet_insert_chart_opt (ws, row, col, chart, &options));
}

/* A horizontal bar per clause (clause 4 on top) and a radar of maturity. */
static gboolean
write_charts (GwExportBuilder *b,
              lxw_worksheet   *ws,
              const char      *sheet,
              lxw_row_t        first,
              lxw_row_t        last,
              lxw_row_t        row)
{
  lxw_chart *bar = workbook_add_chart (b->workbook, LXW_CHART_BAR);
  lxw_chart *radar = workbook_add_chart (b->workbook, LXW_CHART_RADAR_WITH_MARKERS);
  lxw_chart_fill navy = { .color = COLOR_NAVY };
  lxw_chart_fill sky = { .color = COLOR_SKY };
  lxw_chart_line navy_line = { .color = COLOR_NAVY, .width = 2.25 };
  lxw_chart_line orange_line = { .color = COLOR_ORANGE, .width = 2.25, .dash_type = LXW_CHART_LINE_DASH_DASH };
  lxw_chart_fill orange = { .color = COLOR_ORANGE };
  lxw_chart_font label_font = { .name = (char *) "Calibri", .size = 8, .color = COLOR_DARK };
  lxw_chart_series *series[4];
  double left_pixels = COLUMN_PIXELS (NARROW_WIDTH) + COLUMN_PIXELS (WIDE_WIDTH) + 4 * COLUMN_PIXELS (NARROW_WIDTH);
  double right_pixels = 6 * COLUMN_PIXELS (NARROW_WIDTH) - 12;

  if (!gwx_check_pointer (b, bar) || !gwx_check_pointer (b, radar))
    return FALSE;

  series[0] = chart_add_series (bar, NULL, NULL);
  series[1] = chart_add_series (bar, NULL, NULL);
  series[2] = chart_add_series (radar, NULL, NULL);
  series[3] = chart_add_series (radar, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    if (!gwx_check_pointer (b, series[i]))
      return FALSE;

  chart_series_set_categories (series[0], sheet, first, S_TITLE, last, S_TITLE);
  chart_series_set_values (series[0], sheet, first, S_READINESS, last, S_READINESS);
  chart_series_set_name (series[0], _("Readiness"));
  chart_series_set_fill (series[0], &navy);
  chart_series_set_labels (series[0]);
  chart_series_set_labels_num_format (series[0], "0%");
  chart_series_set_labels_font (series[0], &label_font);

  chart_series_set_categories (series[1], sheet, first, S_TITLE, last, S_TITLE);
  chart_series_set_values (series[1], sheet, first, S_PROGRESS, last, S_PROGRESS);
  chart_series_set_name (series[1], _("Progress"));
  chart_series_set_fill (series[1], &sky);

  style_chart (bar, _("Readiness and progress per clause"));
  /* In a bar chart the x axis is the horizontal value axis. */
  chart_axis_set_min (bar->x_axis, 0);
  chart_axis_set_max (bar->x_axis, 1);
  chart_axis_set_major_unit (bar->x_axis, 0.25);
  chart_axis_set_num_format (bar->x_axis, "0%");
  /* Clause 4 on top, with the percentages still along the bottom. */
  chart_axis_set_reverse (bar->y_axis);
  chart_axis_set_crossing_max (bar->y_axis);
  chart_set_series_gap (bar, 60);

  chart_series_set_categories (series[2], sheet, first, S_TITLE, last, S_TITLE);
  chart_series_set_values (series[2], sheet, first, S_MATURITY_NOW, last, S_MATURITY_NOW);
  chart_series_set_name (series[2], _("Maturity now"));
  chart_series_set_line (series[2], &navy_line);
  chart_series_set_marker_type (series[2], LXW_CHART_MARKER_CIRCLE);
  chart_series_set_marker_fill (series[2], &navy);

  chart_series_set_categories (series[3], sheet, first, S_TITLE, last, S_TITLE);
  chart_series_set_values (series[3], sheet, first, S_MATURITY_TARGET, last, S_MATURITY_TARGET);
  chart_series_set_name (series[3], _("Maturity target"));
  chart_series_set_line (series[3], &orange_line);
  chart_series_set_marker_type (series[3], LXW_CHART_MARKER_SQUARE);
  chart_series_set_marker_fill (series[3], &orange);

  style_chart (radar, _("Maturity per clause, now and target (0–5)"));
  chart_axis_set_min (radar->y_axis, 0);
  chart_axis_set_max (radar->y_axis, 5);
  chart_axis_set_major_unit (radar->y_axis, 1);

  return insert_chart (b, ws, row, S_CLAUSE, bar, left_pixels,
                       _("Bar chart of readiness and progress for each clause of the standard")) &&
         insert_chart (b, ws, row, S_NONCONFORMING, radar, right_pixels,
                       _("Radar chart of the current and the target maturity for each clause"));
}

static gboolean
write_clauses (GwExportBuilder *b,
               lxw_worksheet   *ws,
               const char      *sheet,
               lxw_row_t       *row)
{
  static const gboolean centred[S_N_COLUMNS] = {
    [S_APPLICABLE] = TRUE, [S_ASSESSED] = TRUE, [S_CONFORMING] = TRUE, [S_PARTIAL] = TRUE,
    [S_NONCONFORMING] = TRUE, [S_NOT_APPLICABLE] = TRUE, [S_READINESS] = TRUE, [S_PROGRESS] = TRUE,
    [S_MATURITY_NOW] = TRUE, [S_MATURITY_TARGET] = TRUE,
  };
  const char *headers[S_N_COLUMNS] = {
    _("Clause"), _("Title"), _("Applicable"), _("Assessed"), _("Conforming"), _("Partially conforming"),
    _("Nonconforming"), _("Not applicable"), _("Readiness"), _("Progress"), _("Maturity now"),
    _("Maturity target"),
  };
  GwExportData *data = b->data;
  lxw_row_t header, first, last;

  if (!section (b, ws, (*row)++, _("Readiness per clause")))
    return FALSE;

  header = (*row)++;
  first = *row;
  for (guint i = 0; i < data->clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (data->clauses, i);

      if (clause->depth != 0)
        continue;
      if (!write_clause_row (b, ws, (*row)++, clause->number, clause->title,
                             gw_score_sheet_get_clause (data->scores, clause->id), FALSE))
        return FALSE;
    }
  last = *row - 1;

  if (last < first)
    return TRUE;

  if (!gwx_add_table (b, ws, "tblClauseSummary", header, last, headers, centred, S_N_COLUMNS) ||
      !gwx_define_name (b, "ClauseSummary", sheet, header, 0, last, S_LAST) ||
      !write_clause_row (b, ws, (*row)++, "", _("All clauses"), gw_score_sheet_get_total (data->scores), TRUE))
    return FALSE;

  (*row)++;
  if (!write_charts (b, ws, sheet, first, last, *row))
    return FALSE;
  *row += CHART_ROWS + 1;
  return TRUE;
}

/* Counts per result and per finding grade, side by side. */
static gboolean
write_counts (GwExportBuilder *b,
              lxw_worksheet   *ws,
              lxw_row_t       *row)
{
  const GwScore *t = gw_score_sheet_get_total (b->data->scores);
  const guint results[] = { t->n_conforming, t->n_partial, t->n_nonconforming, t->n_not_applicable,
                            t->n_not_assessed };
  const GwResult result_ids[] = { GW_RESULT_CONFORMING, GW_RESULT_PARTIAL, GW_RESULT_NONCONFORMING,
                                  GW_RESULT_NOT_APPLICABLE, GW_RESULT_NOT_ASSESSED };
  const guint grades[] = { t->n_major, t->n_minor, t->n_observation, t->n_opportunity };
  lxw_row_t top;

  if (!section (b, ws, (*row)++, _("Results and findings")))
    return FALSE;

  top = *row;
  if (!gwx_put_merged (b, ws, top, S_CLAUSE, S_TITLE, _("Result"), b->f.header) ||
      !gwx_put_text (b, ws, top, S_APPLICABLE, _("Requirements"), b->f.header_center) ||
      !gwx_put_text (b, ws, top, S_ASSESSED, _("Share"), b->f.header_center) ||
      !gwx_put_merged (b, ws, top, S_PARTIAL, S_NOT_APPLICABLE, _("Finding grade"), b->f.header) ||
      !gwx_put_text (b, ws, top, S_READINESS, _("Findings"), b->f.header_center) ||
      !gwx_set_height (b, ws, top, 2 * LINE_HEIGHT + 4))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      lxw_row_t r = top + 1 + i;

      if (!gwx_put_merged (b, ws, r, S_CLAUSE, S_TITLE, gw_result_to_label (result_ids[i]), b->f.text) ||
          !gwx_put_number (b, ws, r, S_APPLICABLE, results[i], b->f.number) ||
          !gwx_put_optional (b, ws, r, S_ASSESSED,
                             t->n_requirements ? (double) results[i] / t->n_requirements : -1, b->f.percent))
        return FALSE;
    }

  if (!gwx_put_merged (b, ws, top + 6, S_CLAUSE, S_TITLE, _("Requirements"), b->f.total_text) ||
      !gwx_put_number (b, ws, top + 6, S_APPLICABLE, t->n_requirements, b->f.total_number) ||
      !gwx_put_optional (b, ws, top + 6, S_ASSESSED, t->n_requirements ? 1.0 : -1, b->f.total_percent) ||
      !gwx_format_results (b, ws, top + 1, S_CLAUSE, top + 5, S_CLAUSE))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (grades); i++)
    {
      lxw_row_t r = top + 1 + i;

      if (!gwx_put_merged (b, ws, r, S_PARTIAL, S_NOT_APPLICABLE,
                           gw_finding_grade_to_label (GW_FINDING_GRADE_MAJOR + i), b->f.text) ||
          !gwx_put_number (b, ws, r, S_READINESS, grades[i], b->f.number))
        return FALSE;
    }

  if (!gwx_put_merged (b, ws, top + 5, S_PARTIAL, S_NOT_APPLICABLE, _("Findings"), b->f.total_text) ||
      !gwx_put_number (b, ws, top + 5, S_READINESS,
                       t->n_major + t->n_minor + t->n_observation + t->n_opportunity, b->f.total_number))
    return FALSE;

  *row = top + 7;
  if (t->n_informative > 0)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Besides these, %u informative principle is scored "
                                                            "on maturity only.",
                                                            "Besides these, %u informative principles are scored "
                                                            "on maturity only.", t->n_informative),
                                               t->n_informative);
      if (!gwx_put_text (b, ws, (*row)++, S_CLAUSE, note, b->f.note))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_formula (GwExportBuilder *b,
               lxw_worksheet   *ws,
               lxw_row_t       *row)
{
  const char *text = _("Readiness = (conforming + 0.5 × partially conforming) ÷ applicable requirements assessed.\n"
                       "Progress = applicable requirements assessed ÷ applicable requirements.\n"
                       "Not-applicable requirements are left out of both. The informative principles are scored "
                       "on maturity only (0–5). A clause's figures include all of its subclauses.");
  double width = 2 * NARROW_WIDTH + WIDE_WIDTH + (S_N_COLUMNS - 2) * NARROW_WIDTH;

  if (!section (b, ws, (*row)++, _("How readiness is calculated")) ||
      !gwx_put_merged (b, ws, *row, S_CLAUSE, S_LAST, text, b->f.value) ||
      !gwx_set_height (b, ws, *row, gwx_estimate_height (text, width)))
    return FALSE;

  *row += 2;
  return TRUE;
}

typedef struct
{
  guint position;
  int   rank;
  int   gap;
} Gap;

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const Gap *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank - y->rank;
  if (x->gap != y->gap)
    return y->gap - x->gap;
  return (x->position > y->position) - (x->position < y->position);
}

/* Nonconformities before partial conformities, graver findings first, then
 * the larger maturity gap. */
static int
gap_rank (const GwAssessment *a)
{
  static const int grade_rank[] = {
    [GW_FINDING_GRADE_MAJOR] = 0, [GW_FINDING_GRADE_MINOR] = 1, [GW_FINDING_GRADE_NONE] = 2,
    [GW_FINDING_GRADE_OBSERVATION] = 3, [GW_FINDING_GRADE_OPPORTUNITY] = 4,
  };

  return (a->result == GW_RESULT_NONCONFORMING ? 0 : 10) + grade_rank[a->grade];
}

static gboolean
write_gaps (GwExportBuilder *b,
            lxw_worksheet   *ws,
            lxw_row_t       *row)
{
  GwExportData *data = b->data;
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (Gap));
  g_autofree char *note = NULL;
  guint n_listed;

  for (guint i = 0; i < data->requirements->len; i++)
    {
      GwAssessment *a = g_ptr_array_index (data->assessments, i);
      Gap gap = { i, 0, 0 };

      if (a->result != GW_RESULT_NONCONFORMING && a->result != GW_RESULT_PARTIAL)
        continue;

      gap.rank = gap_rank (a);
      if (a->maturity_current != GW_MATURITY_UNSET && a->maturity_target != GW_MATURITY_UNSET)
        gap.gap = a->maturity_target - a->maturity_current;
      g_array_append_val (gaps, gap);
    }
  g_array_sort (gaps, compare_gaps);
  n_listed = MIN (gaps->len, MAX_LISTED);

  if (!section (b, ws, (*row)++, _("Largest gaps")))
    return FALSE;

  if (gaps->len == 0)
    {
      if (!gwx_put_text (b, ws, *row, S_CLAUSE, _("No nonconformities or partial conformities are recorded."),
                         b->f.note))
        return FALSE;
      *row += 2;
      return TRUE;
    }

  /* Ref | requirement (B–E) | result (F–G) | grade (H–I) | gap | actions (K–L) */
  if (!gwx_put_text (b, ws, *row, S_CLAUSE, _("Ref"), b->f.header) ||
      !gwx_put_merged (b, ws, *row, S_TITLE, S_CONFORMING, _("Requirement"), b->f.header) ||
      !gwx_put_merged (b, ws, *row, S_PARTIAL, S_NONCONFORMING, _("Result"), b->f.header_center) ||
      !gwx_put_merged (b, ws, *row, S_NOT_APPLICABLE, S_READINESS, _("Finding grade"), b->f.header_center) ||
      !gwx_put_text (b, ws, *row, S_PROGRESS, _("Maturity gap"), b->f.header_center) ||
      !gwx_put_merged (b, ws, *row, S_MATURITY_NOW, S_LAST, _("Actions"), b->f.header) ||
      !gwx_set_height (b, ws, *row, 2 * LINE_HEIGHT + 4))
    return FALSE;
  (*row)++;

  for (guint i = 0; i < n_listed; i++)
    {
      Gap *gap = &g_array_index (gaps, Gap, i);
      GwRequirement *req = g_ptr_array_index (data->requirements, gap->position);
      GwAssessment *a = g_ptr_array_index (data->assessments, gap->position);
      g_autofree char *actions = g_strdup (gwx_join_items (b, g_ptr_array_index (data->requirement_actions,
                                                                                gap->position),
                                                           data->actions, gwx_action_title, NULL));
      double height = MAX (gwx_estimate_height (req->question, WIDE_WIDTH + 3 * NARROW_WIDTH),
                           gwx_estimate_height (actions, 2 * NARROW_WIDTH));

      if (*actions == '\0')
        {
          g_free (actions);
          actions = g_strdup (_("None yet"));
        }

      if (!gwx_put_text (b, ws, *row, S_CLAUSE, req->ref, b->f.text_bold) ||
          !gwx_put_merged (b, ws, *row, S_TITLE, S_CONFORMING, req->question, b->f.text) ||
          !gwx_put_merged (b, ws, *row, S_PARTIAL, S_NONCONFORMING, gw_result_to_label (a->result),
                           b->f.text_center) ||
          !gwx_put_merged (b, ws, *row, S_NOT_APPLICABLE, S_READINESS,
                           a->grade != GW_FINDING_GRADE_NONE ? gw_finding_grade_to_label (a->grade) : "",
                           b->f.text_center) ||
          !(a->maturity_current != GW_MATURITY_UNSET && a->maturity_target != GW_MATURITY_UNSET
              ? gwx_put_number (b, ws, *row, S_PROGRESS, gap->gap, b->f.gap)
              : gwx_check (b, worksheet_write_blank (ws, *row, S_PROGRESS, b->f.gap))) ||
          !gwx_put_merged (b, ws, *row, S_MATURITY_NOW, S_LAST, actions, b->f.text) ||
          !gwx_set_height (b, ws, *row, height))
        return FALSE;
      (*row)++;
    }

  note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u gap; all are in the Gap matrix.",
                                       "%u of %u gaps; all are in the Gap matrix.", gaps->len),
                          n_listed, gaps->len);
  if (!gwx_put_text (b, ws, *row, S_CLAUSE, note, b->f.note))
    return FALSE;

  *row += 2;
  return TRUE;
}

typedef struct
{
  GwAction *action;
  int       days;
  guint     position;
} Overdue;

static int
compare_overdue (gconstpointer a,
                 gconstpointer b)
{
  const Overdue *x = a, *y = b;

  if (x->days != y->days)
    return y->days - x->days;
  return (x->position > y->position) - (x->position < y->position);
}

static gboolean
write_overdue (GwExportBuilder *b,
               lxw_worksheet   *ws,
               lxw_row_t       *row)
{
  GwExportData *data = b->data;
  g_autoptr(GArray) overdue = g_array_new (FALSE, FALSE, sizeof (Overdue));
  g_autofree char *note = NULL;
  guint n_listed;

  for (guint i = 0; i < data->actions->len; i++)
    {
      Overdue item = { g_ptr_array_index (data->actions, i), 0, i };

      item.days = gwx_days_overdue (data, item.action);
      if (item.days > 0)
        g_array_append_val (overdue, item);
    }
  g_array_sort (overdue, compare_overdue);
  n_listed = MIN (overdue->len, MAX_LISTED);

  if (!section (b, ws, (*row)++, _("Overdue actions")))
    return FALSE;

  if (overdue->len == 0)
    {
      note = g_strdup_printf (_("No open action was past its due date on %s."), data->today);
      if (!gwx_put_text (b, ws, *row, S_CLAUSE, note, b->f.note))
        return FALSE;
      *row += 2;
      return TRUE;
    }

  /* Due | action (B–D) | owner (E–F) | priority | status | days | requirements (J–L) */
  if (!gwx_put_text (b, ws, *row, S_CLAUSE, _("Due"), b->f.header_center) ||
      !gwx_put_merged (b, ws, *row, S_TITLE, S_ASSESSED, _("Action"), b->f.header) ||
      !gwx_put_merged (b, ws, *row, S_CONFORMING, S_PARTIAL, _("Owner"), b->f.header) ||
      !gwx_put_text (b, ws, *row, S_NONCONFORMING, _("Priority"), b->f.header_center) ||
      !gwx_put_text (b, ws, *row, S_NOT_APPLICABLE, _("Status"), b->f.header_center) ||
      !gwx_put_text (b, ws, *row, S_READINESS, _("Days overdue"), b->f.header_center) ||
      !gwx_put_merged (b, ws, *row, S_PROGRESS, S_LAST, _("Requirements"), b->f.header) ||
      !gwx_set_height (b, ws, *row, 2 * LINE_HEIGHT + 4))
    return FALSE;
  (*row)++;

  for (guint i = 0; i < n_listed; i++)
    {
      Overdue *item = &g_array_index (overdue, Overdue, i);
      GwAction *action = item->action;
      GString *refs = g_string_new (NULL);
      GArray *links = g_ptr_array_index (data->action_requirements, item->position);
      double height;
      gboolean ok;

      for (guint l = 0; links && l < links->len; l++)
        {
          GwRequirement *req = g_ptr_array_index (data->requirements, g_array_index (links, guint, l));
          g_string_append_printf (refs, l > 0 ? ", %s" : "%s", req->ref);
        }

      height = MAX (gwx_estimate_height (action->title, WIDE_WIDTH + 2 * NARROW_WIDTH),
                    MAX (gwx_estimate_height (action->owner, 2 * NARROW_WIDTH),
                         gwx_estimate_height (refs->str, 3 * NARROW_WIDTH)));

      ok = gwx_put_date (b, ws, *row, S_CLAUSE, action->due_date, b->f.date) &&
           gwx_put_merged (b, ws, *row, S_TITLE, S_ASSESSED, action->title, b->f.text) &&
           gwx_put_merged (b, ws, *row, S_CONFORMING, S_PARTIAL, action->owner ? action->owner : "", b->f.text) &&
           gwx_put_text (b, ws, *row, S_NONCONFORMING, gw_priority_to_label (action->priority), b->f.text_center) &&
           gwx_put_text (b, ws, *row, S_NOT_APPLICABLE, gw_action_status_to_label (action->status),
                         b->f.text_center) &&
           gwx_put_number (b, ws, *row, S_READINESS, item->days, b->f.overdue) &&
           gwx_put_merged (b, ws, *row, S_PROGRESS, S_LAST, refs->str, b->f.text) &&
           gwx_set_height (b, ws, *row, height);
      g_string_free (refs, TRUE);
      if (!ok)
        return FALSE;
      (*row)++;
    }

  note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u overdue action on %s; all are in the Action plan.",
                                       "%u of %u overdue actions on %s; all are in the Action plan.", overdue->len),
                          n_listed, overdue->len, data->today);
  if (!gwx_put_text (b, ws, *row, S_CLAUSE, note, b->f.note))
    return FALSE;

  *row += 2;
  return TRUE;
}

gboolean
gwx_write_summary (GwExportBuilder *b)
{
  static const double widths[S_N_COLUMNS] = {
    NARROW_WIDTH, WIDE_WIDTH, NARROW_WIDTH, NARROW_WIDTH, NARROW_WIDTH, NARROW_WIDTH,
    NARROW_WIDTH, NARROW_WIDTH, NARROW_WIDTH, NARROW_WIDTH, NARROW_WIDTH, NARROW_WIDTH,
  };
  GwAuditDetails *d = b->data->details;
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  lxw_worksheet *ws;
  lxw_row_t row = 0;
  lxw_row_t breaks[3] = { 0 };

  ws = gwx_add_sheet (b, _("Summary"), &name);
  if (ws == NULL || !gwx_set_columns (b, ws, widths, S_N_COLUMNS))
    return FALSE;

  /* Translators: under the organisation's name: the audit type and the
   * standard, like “Gap analysis against ISO 28000:2022”. */
  subtitle = g_strdup_printf (_("%s against %s"), gw_audit_type_to_label (d->audit_type),
                              d->standard ? d->standard : "");

  if (!gwx_put_merged (b, ws, row, 0, S_LAST, d->organisation && *d->organisation ? d->organisation : _("Audit"),
                       b->f.title) ||
      !gwx_set_height (b, ws, row++, 28) ||
      !gwx_put_merged (b, ws, row++, 0, S_LAST, subtitle, b->f.subtitle))
    return FALSE;

  row++;
  if (!write_key_figures (b, ws, row))
    return FALSE;
  row += 4;

  if (!write_details (b, ws, &row))
    return FALSE;

  row++;
  breaks[0] = row;
  if (!write_clauses (b, ws, name, &row))
    return FALSE;

  /* A page for the clause table and its charts, when there is one. */
  if (row > breaks[0])
    breaks[1] = row;
  if (!write_counts (b, ws, &row) ||
      !write_formula (b, ws, &row) ||
      !write_gaps (b, ws, &row) ||
      !write_overdue (b, ws, &row) ||
      !gwx_write_summary_risks (b, ws, &row))
    return FALSE;

  worksheet_gridlines (ws, LXW_HIDE_ALL_GRIDLINES);
  return gwx_check (b, worksheet_set_h_pagebreaks (ws, breaks)) &&
         gwx_page_setup (b, ws, -1);
}
