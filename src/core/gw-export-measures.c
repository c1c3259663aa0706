/* gw-export-measures.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Security measures sheet of the workbook (one row per measure of the
 * audit, by domain, with its status and the risks it treats) and the risk
 * block at the end of the Summary: risks per level before and after
 * treatment, the high risks still waiting for their measures, and the
 * measures in place per domain. See gw-export-risks.c for the Risk
 * register and the Heat map.
 */

#define G_LOG_DOMAIN "gw-export"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-export-builder.h"

/* Security measures ----------------------------------------------------- */

enum
{
  SM_DOMAIN, SM_REF, SM_TITLE, SM_DESCRIPTION, SM_STATUS, SM_NOTES, SM_N_RISKS, SM_RISKS, SM_N_COLUMNS
};

typedef struct
{
  GwMeasure *measure;
  guint      position;
} SortedMeasure;

/* By domain in the catalogue's order of domains, then as listed. */
static int
compare_measures (gconstpointer a,
                  gconstpointer b)
{
  const SortedMeasure *x = a, *y = b;

  if (x->measure->domain != y->measure->domain)
    return (int) x->measure->domain - (int) y->measure->domain;
  return (x->position > y->position) - (x->position < y->position);
}

static const char *
risk_title (gpointer item,
            gpointer user_data)
{
  return ((GwRisk *) item)->title;
}

/* Status colours follow edits made in Excel, so they are conditional. */
static gboolean
format_statuses (GwExportBuilder *b,
                 lxw_worksheet   *ws,
                 lxw_row_t        first_row,
                 lxw_row_t        last_row,
                 lxw_col_t        col)
{
  static const struct { GwMeasureStatus status; gsize format; } rules[] = {
    { GW_MEASURE_STATUS_IN_PLACE, G_STRUCT_OFFSET (GwExportFormats, cf_conforming) },
    { GW_MEASURE_STATUS_PARTIAL, G_STRUCT_OFFSET (GwExportFormats, cf_partial) },
    { GW_MEASURE_STATUS_PLANNED, G_STRUCT_OFFSET (GwExportFormats, cf_partial) },
    { GW_MEASURE_STATUS_NOT_IN_PLACE, G_STRUCT_OFFSET (GwExportFormats, cf_nonconforming) },
    { GW_MEASURE_STATUS_NOT_APPLICABLE, G_STRUCT_OFFSET (GwExportFormats, cf_not_applicable) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      lxw_format *format = G_STRUCT_MEMBER (lxw_format *, &b->f, rules[i].format);

      if (!gwx_format_if_equal (b, ws, first_row, col, last_row, col,
                                gw_measure_status_to_label (rules[i].status), format))
        return FALSE;
    }
  return TRUE;
}

gboolean
gwx_write_measures (GwExportBuilder *b)
{
  static const double widths[SM_N_COLUMNS] = GW_EXPORT_MEASURE_WIDTHS;
  static const gboolean centred[SM_N_COLUMNS] = { [SM_STATUS] = TRUE, [SM_N_RISKS] = TRUE };
  const char *headers[SM_N_COLUMNS] = {
    _("Domain"), _("Ref"), _("Security measure"), _("What is in place when implemented"), _("Status"),
    _("How and where it is implemented"), _("Risks treated"), _("Risks"),
  };
  GwExportData *data = b->data;
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (SortedMeasure), data->measures->len);
  g_autofree char *name = NULL;
  lxw_worksheet *ws;
  lxw_row_t row = TABLE_HEADER_ROW;

  ws = gwx_add_sheet (b, _("Security measures"), &name);
  if (ws == NULL || !gwx_set_columns (b, ws, widths, SM_N_COLUMNS))
    return FALSE;

  for (guint i = 0; i < data->measures->len; i++)
    {
      SortedMeasure item = { g_ptr_array_index (data->measures, i), i };
      g_array_append_val (sorted, item);
    }
  g_array_sort (sorted, compare_measures);

  for (guint i = 0; i < sorted->len; i++)
    {
      SortedMeasure *item = &g_array_index (sorted, SortedMeasure, i);
      GwMeasure *m = item->measure;
      GArray *risks = g_ptr_array_index (data->measure_risks, item->position);
      gboolean ok;

      row++;
      if (gwx_cancelled (b, row))
        return FALSE;

      ok = gwx_put_text (b, ws, row, SM_DOMAIN, gw_measure_domain_to_label (m->domain), b->f.text) &&
           gwx_put_text (b, ws, row, SM_REF, m->ref, b->f.text_bold) &&
           gwx_put_text (b, ws, row, SM_TITLE, m->title, b->f.text_bold) &&
           gwx_put_text (b, ws, row, SM_DESCRIPTION, m->description, b->f.text) &&
           gwx_put_text (b, ws, row, SM_STATUS, gw_measure_status_to_label (m->status), b->f.text_center) &&
           gwx_put_text (b, ws, row, SM_NOTES, m->notes, b->f.text) &&
           gwx_put_number (b, ws, row, SM_N_RISKS, risks ? risks->len : 0, b->f.number) &&
           gwx_put_text (b, ws, row, SM_RISKS, gwx_join_items (b, risks, data->risks, risk_title, NULL), b->f.text);
      if (!ok || !gwx_end_row (b, ws, row))
        return FALSE;
    }

  if (sorted->len == 0 &&
      !gwx_put_text (b, ws, ++row, SM_TITLE, _("No security measures recorded."), b->f.text))
    return FALSE;

  if (!gwx_title_rows (b, ws, _("Security measures"),
                       _("The security measures of the audit by domain, how far each is implemented and the "
                         "risks it treats. The Summary counts them per domain; Status has a drop-down list.")) ||
      !gwx_add_table (b, ws, "tblSecurityMeasures", TABLE_HEADER_ROW, row, headers, centred, SM_N_COLUMNS) ||
      !gwx_define_name (b, "SecurityMeasures", name, TABLE_HEADER_ROW, 0, row, SM_N_COLUMNS - 1))
    return FALSE;

  worksheet_freeze_panes (ws, TABLE_HEADER_ROW + 1, SM_TITLE);
  if (!gwx_page_setup (b, ws, TABLE_HEADER_ROW))
    return FALSE;

  if (sorted->len == 0)
    return TRUE;
  return format_statuses (b, ws, TABLE_HEADER_ROW + 1, row, SM_STATUS) &&
         gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, SM_STATUS, LIST_MEASURE_STATUSES);
}

/* The risk block of the Summary ----------------------------------------- */

/* The Summary's columns: a narrow one, a wide one, then ten narrow ones
 * (gw-export-summary.c). */
#define S_LABEL_LAST  1
#define S_LAST        11
#define S_NARROW      12.0
#define S_WIDE        34.0

static gboolean
section (GwExportBuilder *b,
         lxw_worksheet   *ws,
         lxw_row_t        row,
         const char      *title)
{
  return gwx_put_merged (b, ws, row, 0, S_LAST, title, b->f.section) &&
         gwx_set_height (b, ws, row, 24);
}

static gboolean
write_risk_levels (GwExportBuilder *b,
                   lxw_worksheet   *ws,
                   lxw_row_t       *row)
{
  GwExportData *data = b->data;
  GwRiskMatrix *matrix = data->matrix;
  guint n_levels = b->n_levels;
  g_autofree guint *inherent = g_new0 (guint, n_levels + 1);
  g_autofree guint *residual = g_new0 (guint, n_levels + 1);
  g_autofree char *note = NULL;
  guint n_lacking = 0;
  lxw_row_t r = *row;

  for (guint i = 0; i < data->risks->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (data->risks, i);
      int before = gw_risk_matrix_level_index (matrix, risk->inherent_likelihood, risk->inherent_impact);
      int after = gw_risk_matrix_level_index (matrix, risk->residual_likelihood, risk->residual_impact);

      inherent[before >= 0 && (guint) before < n_levels ? (guint) before : n_levels]++;
      residual[after >= 0 && (guint) after < n_levels ? (guint) after : n_levels]++;
      n_lacking += gwx_risk_lacks_measures (data, i);
    }

  if (!section (b, ws, r++, _("Risk assessment")))
    return FALSE;

  if (data->risks->len == 0)
    {
      if (!gwx_put_text (b, ws, r, 0, _("No risks recorded."), b->f.note))
        return FALSE;
      *row = r + 2;
      return TRUE;
    }

  /* Level (A–B) | before | after, and beside it the risks waiting for
   * their measures in big type. */
  if (!gwx_put_merged (b, ws, r, 0, S_LABEL_LAST, _("Risk level"), b->f.header) ||
      !gwx_put_text (b, ws, r, 2, _("Before treatment"), b->f.header_center) ||
      !gwx_put_text (b, ws, r, 3, _("After treatment"), b->f.header_center) ||
      !gwx_set_height (b, ws, r, 2 * LINE_HEIGHT + 4))
    return FALSE;
  r++;

  for (guint i = n_levels; i-- > 0; r++)
    {
      const GwRiskLevel *level = gw_risk_matrix_get_level (matrix, i);

      if (!gwx_put_merged (b, ws, r, 0, S_LABEL_LAST, level->label, b->levels[i].cell) ||
          !gwx_put_number (b, ws, r, 2, inherent[i], b->f.number) ||
          !gwx_put_number (b, ws, r, 3, residual[i], b->f.number))
        return FALSE;
    }

  if (!gwx_put_merged (b, ws, r, 0, S_LABEL_LAST, _("Not rated"), b->f.text) ||
      !gwx_put_number (b, ws, r, 2, inherent[n_levels], b->f.number) ||
      !gwx_put_number (b, ws, r, 3, residual[n_levels], b->f.number) ||
      !gwx_put_merged (b, ws, r + 1, 0, S_LABEL_LAST, _("Risks"), b->f.total_text) ||
      !gwx_put_number (b, ws, r + 1, 2, data->risks->len, b->f.total_number) ||
      !gwx_put_number (b, ws, r + 1, 3, data->risks->len, b->f.total_number))
    return FALSE;

  /* Beside the table, over two of its rows each: the figure and what it
   * counts. */
  if (!gwx_put_merged (b, ws, *row + 1, 5, 8, _("High risks without their measures in place"), b->f.kpi_label) ||
      !gwx_check (b, worksheet_merge_range (ws, *row + 2, 5, *row + 3, 8, "", b->f.kpi_number)) ||
      !gwx_put_number (b, ws, *row + 2, 5, n_lacking, b->f.kpi_number) ||
      !gwx_check (b, worksheet_merge_range (ws, *row + 4, 5, *row + 5, 8, "", b->f.kpi_note)) ||
      !gwx_put_text (b, ws, *row + 4, 5,
                     _("rated high before treatment, to be mitigated, and with a linked measure not in place "
                       "or none linked"), b->f.kpi_note))
    return FALSE;

  /* Translators: %s is the name of the risk matrix. */
  note = g_strdup_printf (_("Rated on the “%s” risk matrix; the Risk register and the Heat map show every risk."),
                          gw_risk_matrix_get_name (matrix));
  if (!gwx_put_text (b, ws, r + 2, 0, note, b->f.note))
    return FALSE;

  *row = r + 4;
  return TRUE;
}

static gboolean
write_domain_row (GwExportBuilder      *b,
                  lxw_worksheet        *ws,
                  lxw_row_t             row,
                  const char           *label,
                  const GwMeasureCount *count,
                  gboolean              total)
{
  static const GwMeasureStatus order[] = {
    GW_MEASURE_STATUS_IN_PLACE, GW_MEASURE_STATUS_PARTIAL, GW_MEASURE_STATUS_PLANNED,
    GW_MEASURE_STATUS_NOT_IN_PLACE, GW_MEASURE_STATUS_NOT_ASSESSED, GW_MEASURE_STATUS_NOT_APPLICABLE,
  };
  guint applicable = gw_measure_count_applicable (count);
  lxw_format *number = total ? b->f.total_number : b->f.number;

  if (!gwx_put_merged (b, ws, row, 0, S_LABEL_LAST, label, total ? b->f.total_text : b->f.text) ||
      !gwx_put_number (b, ws, row, 2, count->total, number))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (!gwx_put_number (b, ws, row, 3 + i, count->by_status[order[i]], number))
      return FALSE;

  return gwx_put_optional (b, ws, row, 9,
                           applicable ? (double) count->by_status[GW_MEASURE_STATUS_IN_PLACE] / applicable : -1,
                           total ? b->f.total_percent : b->f.percent);
}

static gboolean
write_domains (GwExportBuilder *b,
               lxw_worksheet   *ws,
               lxw_row_t       *row)
{
  GwExportData *data = b->data;
  GwMeasureCount domains[GW_N_MEASURE_DOMAINS];
  GwMeasureCount all;
  const char *headers[] = {
    _("Measures"), _("In place"), _("Partly in place"), _("Planned"), _("Not in place"), _("Not assessed"),
    _("Not applicable"), _("Share in place"),
  };
  lxw_row_t r = *row;

  if (!section (b, ws, r++, _("Security measures per domain")))
    return FALSE;

  if (data->measures->len == 0)
    {
      if (!gwx_put_text (b, ws, r, 0, _("No security measures recorded."), b->f.note))
        return FALSE;
      *row = r + 2;
      return TRUE;
    }

  gw_measure_count_by_domain (data->measures, domains, &all);

  if (!gwx_put_merged (b, ws, r, 0, S_LABEL_LAST, _("Domain"), b->f.header))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    if (!gwx_put_text (b, ws, r, 2 + i, headers[i], b->f.header_center))
      return FALSE;
  if (!gwx_set_height (b, ws, r, 2 * LINE_HEIGHT + 4))
    return FALSE;
  r++;

  for (guint d = 0; d < GW_N_MEASURE_DOMAINS; d++)
    {
      if (domains[d].total == 0)
        continue;
      if (!write_domain_row (b, ws, r++, gw_measure_domain_to_label (d), &domains[d], FALSE))
        return FALSE;
    }

  if (!write_domain_row (b, ws, r, _("All domains"), &all, TRUE) ||
      !gwx_put_text (b, ws, r + 1, 0, _("Share in place = in place ÷ measures other than not applicable."),
                     b->f.note))
    return FALSE;

  *row = r + 3;
  return TRUE;
}

/**
 * gwx_write_summary_risks:
 * @row: (inout): the first free row of the Summary; the row after the
 *   block on return
 *
 * The risk assessment and the security measures per domain, at the end of
 * the Summary.
 */
gboolean
gwx_write_summary_risks (GwExportBuilder *b,
                         lxw_worksheet   *ws,
                         lxw_row_t       *row)
{
  return write_risk_levels (b, ws, row) &&
         write_domains (b, ws, row);
}
