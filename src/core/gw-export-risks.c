/* gw-export-risks.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk assessment in the workbook (issue #7): the Risk register, one
 * row per risk with its rating before and after treatment, and the Heat
 * map, the audit's risk matrix drawn twice with the number of risks in
 * each cell. Scores, levels and counts come from the core
 * (gw_risk_matrix_rate(), gw_risk_matrix_count()), never from a rule of
 * this file, so the workbook says what the app says. The colours are the
 * matrix's own; each level gets its formats once per workbook here. The
 * Security measures sheet and the risk block of the Summary are in
 * gw-export-measures.c.
 */

#define G_LOG_DOMAIN "gw-export"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-export-builder.h"

/* Level formats --------------------------------------------------------- */

static lxw_color_t
parse_colour (const char *colour)
{
  guint64 value;

  if (colour == NULL || colour[0] != '#' || strlen (colour) != 7 ||
      !g_ascii_string_to_unsigned (colour + 1, 16, 0, 0xffffff, &value, NULL))
    return COLOR_GREY;
  return (lxw_color_t) value;
}

/* Dark or white text, whichever reads better on @fill, as in the window. */
static lxw_color_t
text_colour_on (lxw_color_t fill)
{
  gboolean dark = gw_colour_wants_dark_text (((fill >> 16) & 0xff) / 255.0, ((fill >> 8) & 0xff) / 255.0,
                                             (fill & 0xff) / 255.0);

  return dark ? COLOR_DARK : LXW_COLOR_WHITE;
}

/* A quarter of @colour on white: the cell of a level that holds no risk. */
static lxw_color_t
tint (lxw_color_t colour)
{
  lxw_color_t out = 0;

  for (guint shift = 0; shift <= 16; shift += 8)
    {
      guint c = (colour >> shift) & 0xff;
      out |= (lxw_color_t) (c + (255 - c) * 3 / 4) << shift;
    }
  return out;
}

static lxw_format *
level_format (GwExportBuilder *b,
              lxw_color_t      fill,
              guint            size)
{
  lxw_format *format = workbook_add_format (b->workbook);

  if (format == NULL)
    return NULL;

  format_set_font_name (format, "Calibri");
  format_set_font_size (format, size);
  format_set_bg_color (format, fill);
  format_set_align (format, LXW_ALIGN_CENTER);
  return format;
}

/* The heat map is narrower than a page of the other sheets, so its notes
 * wrap in merged cells instead of running on past the print area. */
static lxw_format *
wrapped_text_format (GwExportBuilder *b,
                     guint            size,
                     gboolean         italic)
{
  lxw_format *format = workbook_add_format (b->workbook);

  if (format == NULL)
    return NULL;

  format_set_font_name (format, "Calibri");
  format_set_font_size (format, size);
  format_set_font_color (format, COLOR_GREY);
  format_set_text_wrap (format);
  format_set_align (format, LXW_ALIGN_LEFT);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (italic)
    format_set_italic (format);
  return format;
}

static lxw_format *
axis_format (GwExportBuilder *b,
             gboolean         vertical)
{
  lxw_format *format = workbook_add_format (b->workbook);

  if (format == NULL)
    return NULL;

  format_set_font_name (format, "Calibri");
  format_set_font_size (format, FONT_SIZE);
  format_set_bold (format);
  format_set_font_color (format, COLOR_GREY);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, vertical ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_BOTTOM);
  if (vertical)
    format_set_rotation (format, 90);
  return format;
}

/**
 * gwx_level_formats_init:
 *
 * Makes the formats of each level of the audit's risk matrix, in its
 * colour: the level's label in a table cell, and heat-map cells with and
 * without risks.
 */
gboolean
gwx_level_formats_init (GwExportBuilder *b)
{
  GwRiskMatrix *matrix = b->data->matrix;

  b->n_levels = gw_risk_matrix_get_n_levels (matrix);
  b->levels = g_new0 (GwxLevelFormats, MAX (b->n_levels, 1));
  b->axis = axis_format (b, FALSE);
  b->axis_vertical = axis_format (b, TRUE);
  b->note_wrap = wrapped_text_format (b, 9, TRUE);
  b->subtitle_wrap = wrapped_text_format (b, FONT_SIZE, FALSE);
  if (!gwx_check_pointer (b, b->axis) || !gwx_check_pointer (b, b->axis_vertical) ||
      !gwx_check_pointer (b, b->note_wrap) || !gwx_check_pointer (b, b->subtitle_wrap))
    return FALSE;

  for (guint i = 0; i < b->n_levels; i++)
    {
      const GwRiskLevel *level = gw_risk_matrix_get_level (matrix, i);
      lxw_color_t fill = parse_colour (level->colour);
      lxw_color_t text = text_colour_on (fill);
      GwxLevelFormats *f = &b->levels[i];

      f->cell = level_format (b, fill, FONT_SIZE);
      f->heat = level_format (b, fill, 14);
      f->heat_empty = level_format (b, tint (fill), 10);
      if (!gwx_check_pointer (b, f->cell) || !gwx_check_pointer (b, f->heat) ||
          !gwx_check_pointer (b, f->heat_empty))
        return FALSE;

      /* Bold doubles the colour, for a greyscale print. */
      format_set_bold (f->cell);
      format_set_font_color (f->cell, text);
      format_set_align (f->cell, LXW_ALIGN_VERTICAL_TOP);
      format_set_text_wrap (f->cell);
      format_set_bottom (f->cell, LXW_BORDER_THIN);
      format_set_bottom_color (f->cell, COLOR_RULE);

      format_set_bold (f->heat);
      format_set_font_color (f->heat, text);
      format_set_num_format (f->heat, "0");

      /* The zero is kept as a value, for formulas and filters, but not
       * shown: an empty cell reads faster than a grid of zeros. */
      format_set_font_color (f->heat_empty, COLOR_GREY);
      format_set_num_format (f->heat_empty, "0;-0;;@");

      for (guint k = 0; k < 2; k++)
        {
          lxw_format *heat = k == 0 ? f->heat : f->heat_empty;

          format_set_align (heat, LXW_ALIGN_VERTICAL_CENTER);
          format_set_border (heat, LXW_BORDER_MEDIUM);
          format_set_border_color (heat, LXW_COLOR_WHITE);
        }
    }

  return TRUE;
}

/* The label format of the level of a rating, or NULL when it is not
 * rated. */
lxw_format *
gwx_level_format (GwExportBuilder *b,
                  int              likelihood,
                  int              impact)
{
  int index = gw_risk_matrix_level_index (b->data->matrix, likelihood, impact);

  if (index < 0 || (guint) index >= b->n_levels)
    return NULL;
  return b->levels[index].cell;
}

/* Whether the risk at @position is one the Overview shows as a gap
 * (gw_risk_lacks_measures()), from the snapshot; check-workbook.py compares
 * the count with the command line's. */
gboolean
gwx_risk_lacks_measures (GwExportData *data,
                         guint         position)
{
  GArray *measures = g_ptr_array_index (data->risk_measures, position);
  guint n_in_place = 0;

  for (guint i = 0; measures && i < measures->len; i++)
    if (gw_measure_is_in_place (g_ptr_array_index (data->measures, g_array_index (measures, guint, i))))
      n_in_place++;

  return gw_risk_lacks_measures (g_ptr_array_index (data->risks, position), data->matrix, n_in_place);
}

/* Risk register --------------------------------------------------------- */

enum
{
  R_ID, R_TITLE, R_THREAT, R_VULNERABILITY, R_ASSET, R_CATEGORY,
  R_LIKELIHOOD, R_IMPACT, R_SCORE, R_LEVEL, R_TREATMENT, R_MEASURES,
  R_RESIDUAL_LIKELIHOOD, R_RESIDUAL_IMPACT, R_RESIDUAL_SCORE, R_RESIDUAL_LEVEL,
  R_OWNER, R_REVIEW, R_REQUIREMENTS, R_ACTIONS, R_N_COLUMNS
};

typedef struct
{
  guint position;
  int   level;      /* index of the inherent level, -1 when not rated */
  int   score;
  int   residual;   /* residual score, -1 when not rated */
} RankedRisk;

/* The gravest risks first: inherent level, then score, then the residual
 * score (what is left after treatment), then register order. */
static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const RankedRisk *x = a, *y = b;

  if (x->level != y->level)
    return y->level - x->level;
  if (x->score != y->score)
    return y->score - x->score;
  if (x->residual != y->residual)
    return y->residual - x->residual;
  return (x->position > y->position) - (x->position < y->position);
}

static GArray *
rank_risks (GwExportData *data)
{
  GArray *ranked = g_array_sized_new (FALSE, FALSE, sizeof (RankedRisk), data->risks->len);

  for (guint i = 0; i < data->risks->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (data->risks, i);
      RankedRisk item = { i, -1, -1, -1 };

      if (gw_risk_matrix_rate (data->matrix, risk->inherent_likelihood, risk->inherent_impact) != NULL)
        {
          item.level = gw_risk_matrix_level_index (data->matrix, risk->inherent_likelihood, risk->inherent_impact);
          item.score = gw_risk_matrix_score (data->matrix, risk->inherent_likelihood, risk->inherent_impact);
        }
      if (gw_risk_matrix_rate (data->matrix, risk->residual_likelihood, risk->residual_impact) != NULL)
        item.residual = gw_risk_matrix_score (data->matrix, risk->residual_likelihood, risk->residual_impact);
      g_array_append_val (ranked, item);
    }

  g_array_sort (ranked, compare_ranked);
  return ranked;
}

static gboolean
put_scale_value (GwExportBuilder *b,
                 lxw_worksheet   *ws,
                 lxw_row_t        row,
                 lxw_col_t        col,
                 int              value)
{
  if (value == GW_RISK_UNRATED)
    return gwx_check (b, worksheet_write_blank (ws, row, col, b->f.number));
  return gwx_put_number (b, ws, row, col, value, b->f.number);
}

/* Likelihood, impact, score and level, from @col on. */
static gboolean
put_rating (GwExportBuilder *b,
            lxw_worksheet   *ws,
            lxw_row_t        row,
            lxw_col_t        col,
            int              likelihood,
            int              impact)
{
  GwRiskMatrix *matrix = b->data->matrix;
  const GwRiskLevel *level = gw_risk_matrix_rate (matrix, likelihood, impact);
  lxw_format *format = gwx_level_format (b, likelihood, impact);

  if (!put_scale_value (b, ws, row, col, likelihood) ||
      !put_scale_value (b, ws, row, col + 1, impact))
    return FALSE;

  if (level == NULL || format == NULL)
    return gwx_check (b, worksheet_write_blank (ws, row, col + 2, b->f.number)) &&
           gwx_put_text (b, ws, row, col + 3, _("Not rated"), b->f.text_muted);

  return gwx_put_number (b, ws, row, col + 2, gw_risk_matrix_score (matrix, likelihood, impact), b->f.number) &&
         gwx_put_text (b, ws, row, col + 3, level->label, format);
}

static const char *
measure_line (gpointer item,
              gpointer user_data)
{
  GwMeasure *measure = item;
  GString *line = user_data;

  /* Translators: a security measure treating a risk: its ref, its title
   * and its status, like “CCI-02 Tamper-evident seals (In place)”. */
  g_string_printf (line, _("%s %s (%s)"), measure->ref, measure->title, gw_measure_status_to_label (measure->status));
  return line->str;
}

/* “• CCI-02 Tamper-evident seals (In place)” per measure. gwx_join_items()
 * calls measure_line() twice per item, so the line has its own buffer. */
static char *
join_measures (GwExportBuilder *b,
               GArray          *positions)
{
  g_autoptr(GString) line = g_string_new (NULL);

  return g_strdup (gwx_join_items (b, positions, b->data->measures, measure_line, line));
}

static gboolean
is_overdue_review (GwExportData *data,
                   const char   *date)
{
  lxw_datetime parsed;

  return date != NULL && _gw_export_parse_date (date, &parsed) && strcmp (date, data->today) < 0;
}

static gboolean
write_risk_row (GwExportBuilder *b,
                lxw_worksheet   *ws,
                lxw_row_t        row,
                guint            position)
{
  static const double widths[R_N_COLUMNS] = GW_EXPORT_RISK_WIDTHS;
  GwExportData *data = b->data;
  GwRisk *risk = g_ptr_array_index (data->risks, position);
  g_autofree char *ref = gw_risk_format_ref (risk->id);
  g_autofree char *measures = join_measures (b, g_ptr_array_index (data->risk_measures, position));
  g_autofree char *refs = gwx_join_refs (g_ptr_array_index (data->risk_requirements, position),
                                         data->requirements, widths[R_REQUIREMENTS]);
  lxw_format *review = is_overdue_review (data, risk->review_date) ? b->f.date_overdue : b->f.date;

  return gwx_put_text (b, ws, row, R_ID, ref, b->f.text_center) &&
         gwx_put_text (b, ws, row, R_TITLE, risk->title, b->f.text_bold) &&
         gwx_put_text (b, ws, row, R_THREAT, risk->threat, b->f.text) &&
         gwx_put_text (b, ws, row, R_VULNERABILITY, risk->vulnerability, b->f.text) &&
         gwx_put_text (b, ws, row, R_ASSET, gw_risk_asset_to_label (risk->asset), b->f.text_center) &&
         gwx_put_text (b, ws, row, R_CATEGORY, gw_threat_category_to_label (risk->category), b->f.text_center) &&
         put_rating (b, ws, row, R_LIKELIHOOD, risk->inherent_likelihood, risk->inherent_impact) &&
         gwx_put_text (b, ws, row, R_TREATMENT, gw_risk_treatment_to_label (risk->treatment), b->f.text_center) &&
         gwx_put_text (b, ws, row, R_MEASURES, measures, b->f.text) &&
         put_rating (b, ws, row, R_RESIDUAL_LIKELIHOOD, risk->residual_likelihood, risk->residual_impact) &&
         gwx_put_text (b, ws, row, R_OWNER, risk->owner, b->f.text) &&
         gwx_put_date (b, ws, row, R_REVIEW, risk->review_date, review) &&
         gwx_put_text (b, ws, row, R_REQUIREMENTS, refs, b->f.text) &&
         gwx_put_text (b, ws, row, R_ACTIONS,
                       gwx_join_items (b, g_ptr_array_index (data->risk_actions, position), data->actions,
                                       gwx_action_title, NULL), b->f.text);
}

gboolean
gwx_write_risk_register (GwExportBuilder *b)
{
  static const double widths[R_N_COLUMNS] = GW_EXPORT_RISK_WIDTHS;
  static const gboolean centred[R_N_COLUMNS] = {
    [R_ID] = TRUE, [R_ASSET] = TRUE, [R_CATEGORY] = TRUE, [R_LIKELIHOOD] = TRUE, [R_IMPACT] = TRUE,
    [R_SCORE] = TRUE, [R_LEVEL] = TRUE, [R_TREATMENT] = TRUE, [R_RESIDUAL_LIKELIHOOD] = TRUE,
    [R_RESIDUAL_IMPACT] = TRUE, [R_RESIDUAL_SCORE] = TRUE, [R_RESIDUAL_LEVEL] = TRUE, [R_REVIEW] = TRUE,
  };
  const char *headers[R_N_COLUMNS] = {
    _("Ref"), _("Risk"), _("Threat scenario"), _("Vulnerability"), _("Asset"), _("Threat category"),
    _("Inherent likelihood"), _("Inherent impact"), _("Inherent score"), _("Inherent level"), _("Treatment"),
    _("Security measures"), _("Residual likelihood"), _("Residual impact"), _("Residual score"),
    _("Residual level"), _("Owner"), _("Next review"), _("Requirements"), _("Actions"),
  };
  GwExportData *data = b->data;
  g_autoptr(GArray) ranked = rank_risks (data);
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;
  lxw_worksheet *ws;
  lxw_row_t row = TABLE_HEADER_ROW;

  ws = gwx_add_sheet (b, _("Risk register"), &name);
  if (ws == NULL || !gwx_set_columns (b, ws, widths, R_N_COLUMNS))
    return FALSE;

  for (guint i = 0; i < ranked->len; i++)
    {
      row++;
      if (gwx_cancelled (b, row) ||
          !write_risk_row (b, ws, row, g_array_index (ranked, RankedRisk, i).position) ||
          !gwx_end_row (b, ws, row))
        return FALSE;
    }

  if (ranked->len == 0 && !gwx_put_text (b, ws, ++row, R_TITLE, _("No risks recorded."), b->f.text))
    return FALSE;

  /* Translators: the note under the title of the Risk register; the
   * first %s is the name of the risk matrix, the second a date. */
  note = g_strdup_printf (_("One row per risk, the highest inherent level and score first. Score = likelihood × "
                            "impact on the “%s” risk matrix (see the Heat map); residual ratings are those "
                            "expected with the treatment in place. Review dates before %s are highlighted."),
                          gw_risk_matrix_get_name (data->matrix), data->today);

  if (!gwx_title_rows (b, ws, _("Risk register"), note) ||
      !gwx_add_table (b, ws, "tblRiskRegister", TABLE_HEADER_ROW, row, headers, centred, R_N_COLUMNS) ||
      !gwx_set_height (b, ws, TABLE_HEADER_ROW, 3 * LINE_HEIGHT + 4) ||
      !gwx_define_name (b, "RiskRegister", name, TABLE_HEADER_ROW, 0, row, R_N_COLUMNS - 1))
    return FALSE;

  worksheet_freeze_panes (ws, TABLE_HEADER_ROW + 1, R_TITLE + 1);
  if (!gwx_page_setup (b, ws, TABLE_HEADER_ROW))
    return FALSE;

  if (ranked->len == 0)
    return TRUE;
  return gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, R_TREATMENT, LIST_TREATMENTS);
}

/* Heat map -------------------------------------------------------------- */

/* Each grid: a narrow column for the likelihood axis, one for the scale
 * labels, one per impact; a gap between the two grids. */
#define AXIS_WIDTH   4.0
#define SCALE_WIDTH  16.0
#define CELL_WIDTH   11.0
#define GAP_WIDTH    4.0
#define CELL_HEIGHT  30.0

#define GRID_TITLE_ROW 4
#define GRID_TOP_ROW   7   /* the highest likelihood */

typedef struct
{
  lxw_col_t  first;        /* the axis column */
  guint     *counts;       /* from gw_risk_matrix_count() */
  guint      n_rated;
} Grid;

static char *
scale_label (const GwRiskScalePoint *point,
             int                     value)
{
  if (point == NULL || point->label == NULL || *point->label == '\0')
    return g_strdup_printf ("%d", value);
  return g_strdup_printf ("%s (%d)", point->label, value);
}

static gboolean
write_grid (GwExportBuilder *b,
            lxw_worksheet   *ws,
            const char      *sheet,
            const Grid      *grid,
            const char      *title,
            const char      *defined_name)
{
  GwRiskMatrix *matrix = b->data->matrix;
  int n_likelihood = gw_risk_matrix_get_n_likelihood (matrix);
  int n_impact = gw_risk_matrix_get_n_impact (matrix);
  lxw_col_t cells = grid->first + 2;
  lxw_col_t last = cells + n_impact - 1;
  lxw_row_t bottom = GRID_TOP_ROW + n_likelihood - 1;
  g_autofree char *rated = NULL;

  if (!gwx_put_merged (b, ws, GRID_TITLE_ROW, grid->first, last, title, b->f.section) ||
      (n_impact > 1 ? !gwx_put_merged (b, ws, GRID_TITLE_ROW + 1, cells, last, _("Impact"), b->axis)
                    : !gwx_put_text (b, ws, GRID_TITLE_ROW + 1, cells, _("Impact"), b->axis)) ||
      !gwx_check (b, worksheet_merge_range (ws, GRID_TOP_ROW, grid->first, bottom, grid->first,
                                            _("Likelihood"), b->axis_vertical)) ||
      !gwx_put_text (b, ws, GRID_TOP_ROW - 1, grid->first + 1, "", b->f.header))
    return FALSE;

  for (int impact = 1; impact <= n_impact; impact++)
    {
      g_autofree char *label = scale_label (gw_risk_matrix_get_impact (matrix, impact), impact);

      if (!gwx_put_text (b, ws, GRID_TOP_ROW - 1, cells + impact - 1, label, b->f.header_center))
        return FALSE;
    }

  for (int likelihood = n_likelihood; likelihood >= 1; likelihood--)
    {
      lxw_row_t row = GRID_TOP_ROW + (n_likelihood - likelihood);
      g_autofree char *label = scale_label (gw_risk_matrix_get_likelihood (matrix, likelihood), likelihood);

      if (!gwx_put_text (b, ws, row, grid->first + 1, label, b->f.header))
        return FALSE;

      for (int impact = 1; impact <= n_impact; impact++)
        {
          guint n = grid->counts[(likelihood - 1) * n_impact + (impact - 1)];
          int index = gw_risk_matrix_level_index (matrix, likelihood, impact);
          GwxLevelFormats *f = &b->levels[CLAMP (index, 0, (int) b->n_levels - 1)];

          if (!gwx_put_number (b, ws, row, cells + impact - 1, n, n > 0 ? f->heat : f->heat_empty))
            return FALSE;
        }
    }

  rated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u risk rated", "%u of %u risks rated",
                                        b->data->risks->len),
                           grid->n_rated, b->data->risks->len);
  return gwx_put_merged (b, ws, bottom + 1, grid->first + 1, last, rated, b->f.note) &&
         gwx_define_name (b, defined_name, sheet, GRID_TOP_ROW, cells, bottom, last);
}

/* Scores from a level's threshold to just below the next one's. */
static char *
score_range (GwRiskMatrix *matrix,
             guint         index)
{
  const GwRiskLevel *level = gw_risk_matrix_get_level (matrix, index);
  int highest = gw_risk_matrix_get_n_likelihood (matrix) * gw_risk_matrix_get_n_impact (matrix);
  int last = index + 1 < gw_risk_matrix_get_n_levels (matrix)
               ? gw_risk_matrix_get_level (matrix, index + 1)->min_score - 1
               : highest;

  if (last <= level->min_score)
    return g_strdup_printf ("%d", level->min_score);
  return g_strdup_printf ("%d–%d", level->min_score, last);
}

static void
count_levels (GwExportData *data,
              guint        *inherent,
              guint        *residual)
{
  guint n_levels = gw_risk_matrix_get_n_levels (data->matrix);

  for (guint i = 0; i < data->risks->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (data->risks, i);
      int before = gw_risk_matrix_level_index (data->matrix, risk->inherent_likelihood, risk->inherent_impact);
      int after = gw_risk_matrix_level_index (data->matrix, risk->residual_likelihood, risk->residual_impact);

      inherent[before >= 0 && (guint) before < n_levels ? (guint) before : n_levels]++;
      residual[after >= 0 && (guint) after < n_levels ? (guint) after : n_levels]++;
    }
}

/* The levels, highest first, with their scores and how many risks are at
 * each before and after treatment. */
static gboolean
write_legend (GwExportBuilder *b,
              lxw_worksheet   *ws,
              lxw_row_t        row,
              lxw_col_t        last_col)
{
  GwExportData *data = b->data;
  GwRiskMatrix *matrix = data->matrix;
  guint n_levels = b->n_levels;
  g_autofree guint *inherent = g_new0 (guint, n_levels + 1);
  g_autofree guint *residual = g_new0 (guint, n_levels + 1);
  g_autoptr(GString) high = g_string_new (NULL);
  g_autofree char *note = NULL;

  count_levels (data, inherent, residual);

  if (!gwx_put_merged (b, ws, row, 0, last_col, _("Levels"), b->f.section) ||
      !gwx_set_height (b, ws, row, 24) ||
      !gwx_put_text (b, ws, row + 1, 1, _("Level"), b->f.header) ||
      !gwx_put_text (b, ws, row + 1, 2, _("Scores"), b->f.header_center) ||
      !gwx_put_text (b, ws, row + 1, 3, _("Before treatment"), b->f.header_center) ||
      !gwx_put_text (b, ws, row + 1, 4, _("After treatment"), b->f.header_center) ||
      !gwx_set_height (b, ws, row + 1, 2 * LINE_HEIGHT + 4))
    return FALSE;
  row += 2;

  for (guint i = n_levels; i-- > 0; row++)
    {
      const GwRiskLevel *level = gw_risk_matrix_get_level (matrix, i);
      g_autofree char *range = score_range (matrix, i);

      if (level->high)
        g_string_append_printf (high, high->len ? ", %s" : "%s", level->label);
      if (!gwx_put_text (b, ws, row, 1, level->label, b->levels[i].cell) ||
          !gwx_put_text (b, ws, row, 2, range, b->f.text_center) ||
          !gwx_put_number (b, ws, row, 3, inherent[i], b->f.number) ||
          !gwx_put_number (b, ws, row, 4, residual[i], b->f.number))
        return FALSE;
    }

  if (!gwx_put_text (b, ws, row, 1, _("Not rated"), b->f.text_muted) ||
      !gwx_check (b, worksheet_write_blank (ws, row, 2, b->f.text_center)) ||
      !gwx_put_number (b, ws, row, 3, inherent[n_levels], b->f.number) ||
      !gwx_put_number (b, ws, row, 4, residual[n_levels], b->f.number) ||
      !gwx_put_text (b, ws, row + 1, 1, _("Risks"), b->f.total_text) ||
      !gwx_check (b, worksheet_write_blank (ws, row + 1, 2, b->f.total_text)) ||
      !gwx_put_number (b, ws, row + 1, 3, data->risks->len, b->f.total_number) ||
      !gwx_put_number (b, ws, row + 1, 4, data->risks->len, b->f.total_number))
    return FALSE;
  row += 2;

  if (high->len == 0)
    return TRUE;

  /* Translators: %s lists the levels of the risk matrix that call for
   * treatment, like “Critical, High”. */
  note = g_strdup_printf (_("%s: a risk at these levels before treatment, to be mitigated, needs every security "
                            "measure linked to it in place."), high->str);
  return gwx_put_text (b, ws, row, 1, note, b->f.note);
}

gboolean
gwx_write_heat_map (GwExportBuilder *b)
{
  GwExportData *data = b->data;
  GwRiskMatrix *matrix = data->matrix;
  int n_likelihood = gw_risk_matrix_get_n_likelihood (matrix);
  int n_impact = gw_risk_matrix_get_n_impact (matrix);
  guint n_columns = 2 * (n_impact + 2) + 1;
  g_autofree double *widths = g_new0 (double, n_columns);
  g_autofree char *name = NULL;
  g_autofree char *matrix_line = NULL;
  const char *how_to_read = _("Each cell counts the risks rated at that likelihood (rows, the most likely on top) "
                              "and impact (columns). Left, before treatment; right, with the treatment in place. "
                              "Risks moving down and to the left is what the security measures achieve.");
  double total_width = 0;
  Grid grids[2] = { { 0 }, { 0 } };
  lxw_worksheet *ws;
  lxw_row_t bottom = GRID_TOP_ROW + n_likelihood - 1;
  lxw_row_t end;
  gboolean ok;

  ws = gwx_add_sheet (b, _("Heat map"), &name);
  if (ws == NULL)
    return FALSE;

  for (guint g = 0; g < 2; g++)
    {
      lxw_col_t first = g * (n_impact + 3);

      grids[g].first = first;
      widths[first] = AXIS_WIDTH;
      widths[first + 1] = SCALE_WIDTH;
      for (int i = 0; i < n_impact; i++)
        widths[first + 2 + i] = CELL_WIDTH;
      grids[g].counts = gw_risk_matrix_count (matrix, data->risks, g == 1);
      for (int i = 0; i < n_likelihood * n_impact; i++)
        grids[g].n_rated += grids[g].counts[i];
    }
  /* The legend's last column is the gap when the grids are narrow. */
  widths[n_impact + 2] = n_impact < 3 ? CELL_WIDTH : GAP_WIDTH;

  /* Translators: %s is the name of the risk matrix, like “5 × 5 (default)”. */
  matrix_line = g_strdup_printf (_("Risk matrix: %s. Score = likelihood × impact; the colour of a cell is the level "
                                   "of its score."), gw_risk_matrix_get_name (matrix));

  for (guint i = 0; i < n_columns; i++)
    total_width += widths[i];

  ok = gwx_set_columns (b, ws, widths, n_columns) &&
       gwx_title_rows (b, ws, _("Heat map"), "") &&
       gwx_put_merged (b, ws, 1, 0, n_columns - 1, how_to_read, b->note_wrap) &&
       gwx_set_height (b, ws, 1, gwx_estimate_height (how_to_read, total_width)) &&
       gwx_put_merged (b, ws, 2, 0, n_columns - 1, matrix_line, b->subtitle_wrap) &&
       gwx_set_height (b, ws, 2, gwx_estimate_height (matrix_line, total_width)) &&
       write_grid (b, ws, name, &grids[0], _("Before treatment (inherent risk)"), "HeatMapInherent") &&
       write_grid (b, ws, name, &grids[1], _("With the treatment in place (residual risk)"), "HeatMapResidual");

  for (guint g = 0; g < 2; g++)
    g_free (grids[g].counts);
  if (!ok)
    return FALSE;

  {
    double label_height = gwx_lines_height (1);

    for (int i = 1; i <= n_impact; i++)
      {
        g_autofree char *label = scale_label (gw_risk_matrix_get_impact (matrix, i), i);
        label_height = MAX (label_height, gwx_estimate_height (label, CELL_WIDTH * 0.9));
      }
    if (!gwx_set_height (b, ws, GRID_TITLE_ROW, 24) ||
        !gwx_set_height (b, ws, GRID_TOP_ROW - 1, label_height))
      return FALSE;
  }

  for (lxw_row_t row = GRID_TOP_ROW; row <= bottom; row++)
    {
      g_autofree char *label = scale_label (gw_risk_matrix_get_likelihood (matrix, n_likelihood - (row - GRID_TOP_ROW)),
                                            n_likelihood - (row - GRID_TOP_ROW));
      if (!gwx_set_height (b, ws, row, MAX (CELL_HEIGHT, gwx_estimate_height (label, SCALE_WIDTH * 0.9))))
        return FALSE;
    }

  if (data->risks->len == 0 &&
      !gwx_put_text (b, ws, 3, 0, _("No risks recorded."), b->f.subtitle))
    return FALSE;

  if (!write_legend (b, ws, bottom + 3, n_columns - 1))
    return FALSE;
  end = bottom + 3 + 2 + b->n_levels + 2;

  worksheet_gridlines (ws, LXW_HIDE_ALL_GRIDLINES);
  if (!gwx_page_setup (b, ws, -1) ||
      !gwx_check (b, worksheet_print_area (ws, 0, 0, end, n_columns - 1)))
    return FALSE;
  /* The whole map on one page. */
  worksheet_fit_to_pages (ws, 1, 1);
  return TRUE;
}
