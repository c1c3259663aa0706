/* gw-export-builder.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook under construction and the helpers every sheet uses, shared
 * by gw-export-cells.c (cells, formats, page set-up), gw-export-sheets.c
 * (the tables) and gw-export-summary.c (the first sheet). The gwx_ prefix
 * marks these helpers as private to the export. Each returns FALSE after
 * recording the first failure in the builder, so a sheet stops at once.
 */

#pragma once

#include "gw-export-private.h"

G_BEGIN_DECLS

#define FONT_SIZE      10
#define COLOR_NAVY     0x1F3864
#define COLOR_GREY     0x595959
#define COLOR_DARK     0x262626
#define COLOR_RULE     0xD9D9D9
#define COLOR_LINK     0x0563C1
#define COLOR_ORANGE   0xC55A11
#define COLOR_SKY      0x9DC3E6
#define LINE_HEIGHT    12.75     /* points per line of 10 pt text */
#define CHARS_PER_UNIT 1.3       /* characters of Calibri 10 per width unit */
#define PAPER_A4       9

/* The table sheets: a title, a note, then the table. */
#define TABLE_HEADER_ROW 2

/* Column widths of the table sheets, in Excel's character units. They are
 * chosen so that landscape A4 fitted to one page wide still prints the
 * gap matrix at about 60 % (6 pt text); the export benchmark uses them
 * too. */
#define GW_EXPORT_MATRIX_WIDTHS \
  { 8, 15, 36, 13, 13, 7.5, 7.5, 5.5, 34, 24, 26, 24, 14, 10.5, 8.5 }
#define GW_EXPORT_ACTION_WIDTHS     { 34, 48, 20, 24, 11, 10, 12, 10 }
#define GW_EXPORT_EVIDENCE_WIDTHS   { 36, 12, 34, 11, 26, 11, 25, 20 }
#define GW_EXPORT_DOCUMENTED_WIDTHS { 9, 24, 50, 18, 14, 56 }
#define GW_EXPORT_RISK_WIDTHS \
  { 5, 22, 30, 26, 11, 13, 9, 8, 7, 9, 11, 32, 9, 8, 7, 9, 14, 10.5, 12, 26 }
#define GW_EXPORT_MEASURE_WIDTHS    { 20, 8, 26, 48, 13, 34, 8, 34 }

/* Columns of the hidden list sheet. */
enum
{
  LIST_RESULTS,
  LIST_GRADES,
  LIST_PRIORITIES,
  LIST_STATUSES,
  LIST_TREATMENTS,
  LIST_MEASURE_STATUSES,
};

/* The maturity levels 0–5, always an inline list. */
#define LIST_MATURITY G_MAXUINT

/* The formats of one level of the risk matrix, in its colour. */
typedef struct
{
  lxw_format *cell;          /* the level's label in a table */
  lxw_format *heat;          /* a heat-map cell holding risks */
  lxw_format *heat_empty;    /* a heat-map cell holding none: a tint, no zero */
} GwxLevelFormats;

typedef struct
{
  lxw_workbook          *workbook;
  GwExportData          *data;
  const GwExportOptions *options;
  GCancellable          *cancellable;
  GwExportFormats        f;
  GHashTable            *used_names;
  GString               *scratch;
  GError                *failure;
  const char            *sheet;            /* for messages */
  guint                  n_urls;           /* on the current sheet */
  const double          *widths;           /* of the current sheet's columns */
  guint                  n_widths;
  guint                  row_lines;        /* of the tallest cell of the row */
  char                  *footer;
  char                  *header;
  GwxLevelFormats       *levels;           /* one per level of the risk matrix */
  guint                  n_levels;
  lxw_format            *axis;             /* heat-map axis titles */
  lxw_format            *axis_vertical;
  lxw_format            *note_wrap;        /* notes over a narrow sheet */
  lxw_format            *subtitle_wrap;
} GwExportBuilder;

/* Checks: each records the first failure and returns FALSE. */
gboolean        gwx_fail                  (GwExportBuilder  *b,
                                           lxw_error         err);
gboolean        gwx_check_pointer         (GwExportBuilder  *b,
                                           gconstpointer     pointer);
gboolean        gwx_cancelled             (GwExportBuilder  *b,
                                           lxw_row_t         row);

/* Cells. */
gboolean        gwx_put_text              (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           const char       *text,
                                           lxw_format       *format);
gboolean        gwx_put_number            (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           double            value,
                                           lxw_format       *format);
gboolean        gwx_put_optional          (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           double            value,
                                           lxw_format       *format);
gboolean        gwx_put_date              (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           const char       *date,
                                           lxw_format       *format);
gboolean        gwx_put_merged            (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row,
                                           lxw_col_t         first_col,
                                           lxw_col_t         last_col,
                                           const char       *text,
                                           lxw_format       *format);
gboolean        gwx_put_merged_number     (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row,
                                           lxw_col_t         first_col,
                                           lxw_col_t         last_col,
                                           double            value,
                                           lxw_format       *format);
gboolean        gwx_put_reference         (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           const char       *reference);

/* Row heights: neither Excel nor LibreOffice fit rows with wrapped text
 * when they open a file, so the export sets them. */
guint           gwx_count_lines           (const char       *text,
                                           double            width,
                                           double            chars_per_unit);
double          gwx_lines_height          (guint             lines);
double          gwx_estimate_height       (const char       *text,
                                           double            width);
gboolean        gwx_end_row               (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row);
gboolean        gwx_set_height            (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         row,
                                           double            height);

/* Texts made of several items. */
const char *    gwx_join_items            (GwExportBuilder  *b,
                                           GArray           *positions,
                                           GPtrArray        *items,
                                           const char     *(*get) (gpointer item,
                                                                 gpointer user_data),
                                           gpointer          user_data);
const char *    gwx_evidence_title        (gpointer          item,
                                           gpointer          user_data);
const char *    gwx_action_title          (gpointer          item,
                                           gpointer          user_data);
char *          gwx_join_refs             (GArray           *positions,
                                           GPtrArray        *requirements,
                                           double            width);
gboolean        gwx_action_is_open        (const GwAction   *action);
int             gwx_days_overdue          (GwExportData     *data,
                                           const GwAction   *action);

/* Sheets, tables, conditional formats and drop-down lists. */
void            gwx_prepare_header_footer (GwExportBuilder  *b);
gboolean        gwx_page_setup            (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           int               repeat_row);
lxw_worksheet * gwx_add_sheet             (GwExportBuilder  *b,
                                           const char       *wanted,
                                           char            **out_name);
gboolean        gwx_set_columns           (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           const double     *widths,
                                           guint             n);
gboolean        gwx_define_name           (GwExportBuilder  *b,
                                           const char       *name,
                                           const char       *sheet,
                                           lxw_row_t         first_row,
                                           lxw_col_t         first_col,
                                           lxw_row_t         last_row,
                                           lxw_col_t         last_col);
gboolean        gwx_add_table             (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           const char       *name,
                                           lxw_row_t         header_row,
                                           lxw_row_t         last_row,
                                           const char *const *headers,
                                           const gboolean   *centred,
                                           guint             n_columns);
gboolean        gwx_format_if_equal       (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         first_row,
                                           lxw_col_t         first_col,
                                           lxw_row_t         last_row,
                                           lxw_col_t         last_col,
                                           const char       *label,
                                           lxw_format       *format);
gboolean        gwx_format_if_formula     (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         first_row,
                                           lxw_col_t         first_col,
                                           lxw_row_t         last_row,
                                           lxw_col_t         last_col,
                                           const char       *formula,
                                           lxw_format       *format);
gboolean        gwx_format_results        (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         first_row,
                                           lxw_col_t         first_col,
                                           lxw_row_t         last_row,
                                           lxw_col_t         last_col);
gboolean        gwx_validate_list         (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t         first_row,
                                           lxw_row_t         last_row,
                                           lxw_col_t         col,
                                           guint             list);
guint           gwx_list_items            (guint             list,
                                           const char      **items);
gboolean        gwx_title_rows            (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           const char       *title,
                                           const char       *note);

static inline gboolean
gwx_check (GwExportBuilder *b,
           lxw_error        err)
{
  if (G_LIKELY (err == LXW_NO_ERROR))
    return TRUE;
  return gwx_fail (b, err);
}

/* The first sheet, in gw-export-summary.c. */
gboolean        gwx_write_summary         (GwExportBuilder  *b);

/* The risk assessment, in gw-export-risks.c and gw-export-measures.c. */
gboolean        gwx_level_formats_init    (GwExportBuilder  *b);
lxw_format *    gwx_level_format          (GwExportBuilder  *b,
                                           int               likelihood,
                                           int               impact);
gboolean        gwx_risk_lacks_measures   (GwExportData     *data,
                                           guint             position);
gboolean        gwx_write_risk_register   (GwExportBuilder  *b);
gboolean        gwx_write_heat_map        (GwExportBuilder  *b);
gboolean        gwx_write_measures        (GwExportBuilder  *b);
gboolean        gwx_write_summary_risks   (GwExportBuilder  *b,
                                           lxw_worksheet    *ws,
                                           lxw_row_t        *row);

G_END_DECLS
