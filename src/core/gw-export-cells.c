/* gw-export-cells.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The small pieces the sheets of the workbook are made of: writing a cell
 * (every text through _gw_export_safe_text(), every lxw_error checked),
 * the formats, page set-up, tables, conditional formats and drop-down
 * lists. See gw-export-builder.h.
 */

#define G_LOG_DOMAIN "gw-export"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-export-builder.h"

/* Checks ---------------------------------------------------------------- */

gboolean
gwx_fail (GwExportBuilder *b,
          lxw_error        err)
{
  if (b->failure == NULL)
    b->failure = g_error_new (GW_EXPORT_ERROR, GW_EXPORT_ERROR_FAILED,
                              _("The sheet “%s” of the workbook could not be made: %s."),
                              b->sheet ? b->sheet : "", lxw_strerror (err));
  return FALSE;
}

gboolean
gwx_check_pointer (GwExportBuilder *b,
                   gconstpointer    pointer)
{
  if (G_LIKELY (pointer != NULL))
    return TRUE;
  return gwx_fail (b, LXW_ERROR_MEMORY_MALLOC_FAILED);
}

gboolean
gwx_cancelled (GwExportBuilder *b,
               lxw_row_t        row)
{
  GError *error = NULL;

  if ((row & 1023) != 0 || !g_cancellable_set_error_if_cancelled (b->cancellable, &error))
    return FALSE;

  if (b->failure == NULL)
    b->failure = error;
  else
    g_error_free (error);
  return TRUE;
}

/* Row heights ---------------------------------------------------------- */

/* How many lines @text takes in a column @width units wide, wrapping at
 * spaces the way spreadsheets do, with @chars_per_unit characters to a
 * width unit (CHARS_PER_UNIT for Calibri 10). The estimate errs on the side
 * of a line too many, since a line too few would hide text. */
guint
gwx_count_lines (const char *text,
                 double      width,
                 double      chars_per_unit)
{
  guint capacity = MAX (1, (guint) ((width - 1) * chars_per_unit));
  guint lines = 1, used = 0, word = 0;

  if (text == NULL)
    return 1;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      if (*p == ' ' || *p == '\n' || *p == '\0')
        {
          /* Place the word just ended. */
          if (word > 0)
            {
              if (used > 0 && used + 1 + word > capacity)
                {
                  lines++;
                  used = 0;
                }
              used += (used > 0) + word;
              while (used > capacity)
                {
                  lines++;
                  used -= capacity;
                }
              word = 0;
            }

          if (*p == '\0')
            break;
          if (*p == '\n')
            {
              lines++;
              used = 0;
            }
          continue;
        }

      word++;
    }

  return lines;
}

/* Row height in points for @lines lines of 10 pt text. */
double
gwx_lines_height (guint lines)
{
  return MIN (lines * LINE_HEIGHT + 3, 409);
}

/* Merged cells are never fitted by Excel or LibreOffice; @width is the
 * total width of the merged columns. */
double
gwx_estimate_height (const char *text,
                     double      width)
{
  return gwx_lines_height (gwx_count_lines (text, width, CHARS_PER_UNIT));
}

/* Ends a row of a table: neither Excel nor LibreOffice fit the height of
 * rows with wrapped text when they open a file, so the row gets the height
 * of its tallest cell. */
gboolean
gwx_end_row (GwExportBuilder *b,
             lxw_worksheet   *ws,
             lxw_row_t        row)
{
  guint lines = b->row_lines;

  b->row_lines = 0;
  if (lines <= 1)
    return TRUE;
  return gwx_check (b, worksheet_set_row (ws, row, gwx_lines_height (lines), NULL));
}

/* Characters per width unit for the formats that wrap, 0 for the others. */
static double
wrap_factor (GwExportBuilder *b,
             lxw_format      *format)
{
  if (format == b->f.text || format == b->f.text_center || format == b->f.link ||
      format == b->f.value || format == b->f.text_muted)
    return CHARS_PER_UNIT;
  if (format == b->f.text_bold || format == b->f.missing || format == b->f.label)
    return CHARS_PER_UNIT * 0.9;
  if (format == b->f.text_small)
    return CHARS_PER_UNIT * 1.2;
  return 0;
}

static void
measure (GwExportBuilder *b,
         lxw_col_t        col,
         const char      *text,
         lxw_format      *format)
{
  double factor;

  if (col >= b->n_widths || *text == '\0' || (factor = wrap_factor (b, format)) == 0)
    return;
  b->row_lines = MAX (b->row_lines, gwx_count_lines (text, b->widths[col], factor));
}

/* Cells ----------------------------------------------------------------- */

gboolean
gwx_put_text (GwExportBuilder *b,
              lxw_worksheet   *ws,
              lxw_row_t        row,
              lxw_col_t        col,
              const char      *text,
              lxw_format      *format)
{
  char *to_free;
  const char *safe = _gw_export_safe_text (text, &to_free);
  lxw_error err = worksheet_write_string (ws, row, col, safe, format);

  measure (b, col, safe, format);
  g_free (to_free);
  return gwx_check (b, err);
}

gboolean
gwx_put_number (GwExportBuilder *b,
                lxw_worksheet   *ws,
                lxw_row_t        row,
                lxw_col_t        col,
                double           value,
                lxw_format      *format)
{
  return gwx_check (b, worksheet_write_number (ws, row, col, value, format));
}

/* A ratio or average that may be undefined (negative): blank then. */
gboolean
gwx_put_optional (GwExportBuilder *b,
                  lxw_worksheet   *ws,
                  lxw_row_t        row,
                  lxw_col_t        col,
                  double           value,
                  lxw_format      *format)
{
  if (value < 0)
    return gwx_check (b, worksheet_write_blank (ws, row, col, format));
  return gwx_put_number (b, ws, row, col, value, format);
}

gboolean
gwx_put_date (GwExportBuilder *b,
              lxw_worksheet   *ws,
              lxw_row_t        row,
              lxw_col_t        col,
              const char      *date,
              lxw_format      *format)
{
  lxw_datetime datetime;

  if (date == NULL || *date == '\0')
    return gwx_check (b, worksheet_write_blank (ws, row, col, format));
  if (!_gw_export_parse_date (date, &datetime))
    return gwx_put_text (b, ws, row, col, date, format);
  return gwx_check (b, worksheet_write_datetime (ws, row, col, &datetime, format));
}

gboolean
gwx_put_merged (GwExportBuilder *b,
                lxw_worksheet   *ws,
                lxw_row_t        row,
                lxw_col_t        first_col,
                lxw_col_t        last_col,
                const char      *text,
                lxw_format      *format)
{
  char *to_free;
  const char *safe = _gw_export_safe_text (text, &to_free);
  lxw_error err = worksheet_merge_range (ws, row, first_col, row, last_col, safe, format);

  g_free (to_free);
  return gwx_check (b, err);
}

/* A number in a merged range: merge with a blank, then write the value. */
gboolean
gwx_put_merged_number (GwExportBuilder *b,
                       lxw_worksheet   *ws,
                       lxw_row_t        row,
                       lxw_col_t        first_col,
                       lxw_col_t        last_col,
                       double           value,
                       lxw_format      *format)
{
  if (!gwx_check (b, worksheet_merge_range (ws, row, first_col, row, last_col, "", format)))
    return FALSE;
  if (value < 0)
    return gwx_put_text (b, ws, row, first_col, "—", format);
  return gwx_put_number (b, ws, row, first_col, value, format);
}

/* Evidence references become links only when they are plain web or mail
 * addresses; everything else stays text. */
gboolean
gwx_put_reference (GwExportBuilder *b,
                   lxw_worksheet   *ws,
                   lxw_row_t        row,
                   lxw_col_t        col,
                   const char      *reference)
{
  char *to_free;
  const char *safe;
  lxw_error err;

  if (!_gw_export_url_is_safe (reference) || b->n_urls >= GW_EXPORT_MAX_URLS)
    return gwx_put_text (b, ws, row, col, reference, b->f.text);

  safe = _gw_export_safe_text (reference, &to_free);
  err = worksheet_write_url_opt (ws, row, col, reference, b->f.link, safe, NULL);
  measure (b, col, safe, b->f.link);
  g_free (to_free);
  b->n_urls++;
  return gwx_check (b, err);
}

gboolean
gwx_set_height (GwExportBuilder *b,
                lxw_worksheet   *ws,
                lxw_row_t        row,
                double           height)
{
  return gwx_check (b, worksheet_set_row (ws, row, MIN (height, 409), NULL));
}

/* “• a\n• b” for several items, “a” for one. The result lives in the
 * builder's scratch buffer until the next call. */
const char *
gwx_join_items (GwExportBuilder  *b,
                GArray           *positions,
                GPtrArray        *items,
                const char     *(*get) (gpointer item,
                                        gpointer user_data),
                gpointer          user_data)
{
  GString *out = b->scratch;
  guint n_items = 0;

  g_string_truncate (out, 0);
  for (guint i = 0; positions && i < positions->len; i++)
    {
      const char *text = get (g_ptr_array_index (items, g_array_index (positions, guint, i)), user_data);
      n_items += text != NULL && *text != '\0';
    }

  for (guint i = 0; n_items > 0 && i < positions->len; i++)
    {
      const char *text = get (g_ptr_array_index (items, g_array_index (positions, guint, i)), user_data);

      if (text == NULL || *text == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (n_items > 1)
        g_string_append (out, "• ");
      g_string_append (out, text);
    }

  return out->str;
}

const char *
gwx_evidence_title (gpointer item,
                    gpointer user_data)
{
  return ((GwEvidence *) item)->title;
}

const char *
gwx_action_title (gpointer item,
                  gpointer user_data)
{
  return ((GwAction *) item)->title;
}

/* Requirement refs, as many to a line as fit a column @width units wide,
 * with the line breaks made here: a spreadsheet left to wrap them would
 * break a line at the hyphen inside a ref. Refs are mostly digits, which
 * are wider than average text. */
char *
gwx_join_refs (GArray    *positions,
               GPtrArray *requirements,
               double     width)
{
  GString *out = g_string_new (NULL);
  gsize capacity = (gsize) ((width - 1) * 1.05);
  gsize line = 0;

  for (guint i = 0; positions && i < positions->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (requirements, g_array_index (positions, guint, i));
      gsize length = strlen (req->ref);

      if (i > 0 && line + 2 + length <= capacity)
        {
          g_string_append (out, ", ");
          line += 2;
        }
      else if (i > 0)
        {
          g_string_append_c (out, '\n');
          line = 0;
        }
      g_string_append (out, req->ref);
      line += length;
    }

  return g_string_free (out, FALSE);
}

gboolean
gwx_action_is_open (const GwAction *action)
{
  return action->status == GW_ACTION_STATUS_OPEN || action->status == GW_ACTION_STATUS_IN_PROGRESS;
}

/* Days an open action is past its due date on the day of the snapshot, or
 * 0 when it is not overdue. */
int
gwx_days_overdue (GwExportData   *data,
                  const GwAction *action)
{
  lxw_datetime due;
  GDate due_date, today;
  int days;

  if (!gwx_action_is_open (action) || !_gw_export_parse_date (action->due_date, &due))
    return 0;

  g_date_clear (&due_date, 1);
  g_date_clear (&today, 1);
  g_date_set_dmy (&due_date, due.day, due.month, due.year);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (data->now), g_date_time_get_month (data->now),
                  g_date_time_get_year (data->now));
  days = g_date_days_between (&due_date, &today);
  return MAX (days, 0);
}

/* Formats --------------------------------------------------------------- */

static lxw_format *
new_format (lxw_workbook *workbook,
            guint         size)
{
  lxw_format *format = workbook_add_format (workbook);

  if (format != NULL)
    {
      format_set_font_name (format, "Calibri");
      format_set_font_size (format, size);
    }
  return format;
}

static lxw_format *
cell_format (lxw_workbook *workbook,
             guint8        align,
             const char   *num_format)
{
  lxw_format *format = new_format (workbook, FONT_SIZE);

  if (format == NULL)
    return NULL;

  format_set_text_wrap (format);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (align != LXW_ALIGN_NONE)
    format_set_align (format, align);
  format_set_bottom (format, LXW_BORDER_THIN);
  format_set_bottom_color (format, COLOR_RULE);
  if (num_format)
    format_set_num_format (format, num_format);
  return format;
}

static lxw_format *
total_format (lxw_workbook *workbook,
              guint8        align,
              const char   *num_format)
{
  lxw_format *format = new_format (workbook, FONT_SIZE);

  if (format == NULL)
    return NULL;

  format_set_bold (format);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (align != LXW_ALIGN_NONE)
    format_set_align (format, align);
  format_set_top (format, LXW_BORDER_THIN);
  format_set_top_color (format, COLOR_NAVY);
  format_set_bottom (format, LXW_BORDER_DOUBLE);
  format_set_bottom_color (format, COLOR_NAVY);
  if (num_format)
    format_set_num_format (format, num_format);
  return format;
}

/* Conditional formats carry only what changes: fill and font style. */
static lxw_format *
highlight_format (lxw_workbook *workbook,
                  lxw_color_t   fill,
                  lxw_color_t   color,
                  gboolean      bold,
                  gboolean      italic)
{
  lxw_format *format = workbook_add_format (workbook);

  if (format == NULL)
    return NULL;

  if (fill != LXW_COLOR_UNSET)
    format_set_bg_color (format, fill);
  format_set_font_color (format, color);
  if (bold)
    format_set_bold (format);
  if (italic)
    format_set_italic (format);
  return format;
}

/**
 * _gw_export_formats_init:
 *
 * Creates the formats of the workbook; the export benchmark uses the same
 * ones for its bare libxlsxwriter loop.
 */
gboolean
_gw_export_formats_init (lxw_workbook    *wb,
                         GwExportFormats *f)
{
  lxw_format **all = (lxw_format **) f;

  memset (f, 0, sizeof *f);

  f->title = new_format (wb, 16);
  if (f->title)
    {
      format_set_bold (f->title);
      format_set_font_color (f->title, COLOR_NAVY);
      format_set_align (f->title, LXW_ALIGN_VERTICAL_CENTER);
    }

  f->subtitle = new_format (wb, FONT_SIZE);
  if (f->subtitle)
    {
      format_set_font_color (f->subtitle, COLOR_GREY);
      format_set_align (f->subtitle, LXW_ALIGN_VERTICAL_TOP);
    }

  f->section = new_format (wb, 12);
  if (f->section)
    {
      format_set_bold (f->section);
      format_set_font_color (f->section, COLOR_NAVY);
      format_set_bottom (f->section, LXW_BORDER_MEDIUM);
      format_set_bottom_color (f->section, COLOR_NAVY);
      format_set_align (f->section, LXW_ALIGN_VERTICAL_BOTTOM);
    }

  f->label = cell_format (wb, LXW_ALIGN_LEFT, NULL);
  if (f->label)
    {
      format_set_bold (f->label);
      format_set_font_color (f->label, COLOR_DARK);
    }

  f->value = cell_format (wb, LXW_ALIGN_LEFT, NULL);

  f->note = new_format (wb, 9);
  if (f->note)
    {
      format_set_italic (f->note);
      format_set_font_color (f->note, COLOR_GREY);
      format_set_align (f->note, LXW_ALIGN_VERTICAL_TOP);
    }

  f->kpi_label = new_format (wb, FONT_SIZE);
  if (f->kpi_label)
    {
      format_set_bold (f->kpi_label);
      format_set_font_color (f->kpi_label, COLOR_GREY);
      format_set_align (f->kpi_label, LXW_ALIGN_CENTER);
      format_set_align (f->kpi_label, LXW_ALIGN_VERTICAL_BOTTOM);
      format_set_top (f->kpi_label, LXW_BORDER_THIN);
      format_set_top_color (f->kpi_label, COLOR_RULE);
    }

  f->kpi_percent = new_format (wb, 24);
  f->kpi_number = new_format (wb, 24);
  for (guint i = 0; i < 2; i++)
    {
      lxw_format *kpi = i == 0 ? f->kpi_percent : f->kpi_number;

      if (kpi == NULL)
        continue;
      format_set_bold (kpi);
      format_set_font_color (kpi, COLOR_NAVY);
      format_set_align (kpi, LXW_ALIGN_CENTER);
      format_set_align (kpi, LXW_ALIGN_VERTICAL_CENTER);
      format_set_num_format (kpi, i == 0 ? "0%" : "0");
    }

  f->kpi_note = new_format (wb, 9);
  if (f->kpi_note)
    {
      format_set_font_color (f->kpi_note, COLOR_GREY);
      format_set_align (f->kpi_note, LXW_ALIGN_CENTER);
      format_set_align (f->kpi_note, LXW_ALIGN_VERTICAL_TOP);
      format_set_text_wrap (f->kpi_note);
      format_set_bottom (f->kpi_note, LXW_BORDER_THIN);
      format_set_bottom_color (f->kpi_note, COLOR_RULE);
    }

  f->header = new_format (wb, FONT_SIZE);
  f->header_center = new_format (wb, FONT_SIZE);
  for (guint i = 0; i < 2; i++)
    {
      lxw_format *header = i == 0 ? f->header : f->header_center;

      if (header == NULL)
        continue;
      format_set_bold (header);
      format_set_font_color (header, LXW_COLOR_WHITE);
      format_set_bg_color (header, COLOR_NAVY);
      format_set_text_wrap (header);
      format_set_align (header, LXW_ALIGN_VERTICAL_CENTER);
      format_set_align (header, i == 0 ? LXW_ALIGN_LEFT : LXW_ALIGN_CENTER);
      format_set_border (header, LXW_BORDER_THIN);
      format_set_border_color (header, COLOR_NAVY);
    }

  f->text = cell_format (wb, LXW_ALIGN_NONE, NULL);
  f->text_bold = cell_format (wb, LXW_ALIGN_NONE, NULL);
  if (f->text_bold)
    format_set_bold (f->text_bold);
  f->text_center = cell_format (wb, LXW_ALIGN_CENTER, NULL);
  f->text_small = cell_format (wb, LXW_ALIGN_NONE, NULL);
  if (f->text_small)
    {
      format_set_font_size (f->text_small, 8);
      format_set_font_color (f->text_small, COLOR_GREY);
    }
  f->number = cell_format (wb, LXW_ALIGN_CENTER, "0");
  f->decimal = cell_format (wb, LXW_ALIGN_CENTER, "0.0");
  f->percent = cell_format (wb, LXW_ALIGN_CENTER, "0%");
  f->date = cell_format (wb, LXW_ALIGN_CENTER, "yyyy-mm-dd");
  f->size = cell_format (wb, LXW_ALIGN_RIGHT, "#,##0");
  f->gap = cell_format (wb, LXW_ALIGN_CENTER, "+0;-0;0");
  f->link = cell_format (wb, LXW_ALIGN_NONE, NULL);
  if (f->link)
    {
      format_set_font_color (f->link, COLOR_LINK);
      format_set_underline (f->link, LXW_UNDERLINE_SINGLE);
    }
  f->overdue = cell_format (wb, LXW_ALIGN_CENTER, "0");
  if (f->overdue)
    {
      format_set_bold (f->overdue);
      format_set_font_color (f->overdue, 0xC00000);
    }
  f->missing = cell_format (wb, LXW_ALIGN_NONE, NULL);
  if (f->missing)
    {
      format_set_bold (f->missing);
      format_set_italic (f->missing);
      format_set_font_color (f->missing, 0x9C0006);
      format_set_bg_color (f->missing, 0xFFC7CE);
    }

  f->total_text = total_format (wb, LXW_ALIGN_NONE, NULL);
  f->total_number = total_format (wb, LXW_ALIGN_CENTER, "0");
  f->total_percent = total_format (wb, LXW_ALIGN_CENTER, "0%");
  f->total_decimal = total_format (wb, LXW_ALIGN_CENTER, "0.0");

  /* Greyscale: dark fill with white text, mid fill bold, light fill
   * regular, light grey italic. */
  f->cf_conforming = highlight_format (wb, 0xC6EFCE, 0x006100, FALSE, FALSE);
  f->cf_partial = highlight_format (wb, 0xFFC000, 0x000000, TRUE, FALSE);
  f->cf_nonconforming = highlight_format (wb, 0xC00000, LXW_COLOR_WHITE, TRUE, FALSE);
  f->cf_not_applicable = highlight_format (wb, 0xEDEDED, COLOR_GREY, FALSE, TRUE);
  f->cf_gap_high = highlight_format (wb, 0xFFC7CE, 0x9C0006, TRUE, FALSE);
  f->cf_gap_some = highlight_format (wb, 0xFFEB9C, 0x7F4F00, FALSE, FALSE);
  f->cf_gap_none = highlight_format (wb, LXW_COLOR_UNSET, 0x006100, FALSE, FALSE);
  f->cf_overdue_row = highlight_format (wb, 0xFCE4D6, 0x000000, FALSE, FALSE);

  /* A rating not made yet; a review date already past. */
  f->text_muted = cell_format (wb, LXW_ALIGN_CENTER, NULL);
  if (f->text_muted)
    {
      format_set_italic (f->text_muted);
      format_set_font_color (f->text_muted, COLOR_GREY);
    }
  f->date_overdue = cell_format (wb, LXW_ALIGN_CENTER, "yyyy-mm-dd");
  if (f->date_overdue)
    {
      format_set_bold (f->date_overdue);
      format_set_font_color (f->date_overdue, 0x9C0006);
      format_set_bg_color (f->date_overdue, 0xFFC7CE);
    }

  for (guint i = 0; i < sizeof *f / sizeof (lxw_format *); i++)
    if (all[i] == NULL)
      return FALSE;

  return TRUE;
}

/* Sheet set-up ---------------------------------------------------------- */

/* “&” starts a code in headers and footers; the space after the size
 * code keeps a leading digit of @text out of it. */
static void
append_header_text (GString    *out,
                    const char *text,
                    glong       max_chars)
{
  char *to_free;
  const char *safe = _gw_export_safe_text (text, &to_free);
  glong n = 0;

  for (const char *p = safe; *p && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '&')
        g_string_append (out, "&&");
      else if (c == '\n' || c == '\t')
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  g_free (to_free);
}

void
gwx_prepare_header_footer (GwExportBuilder *b)
{
  GwAuditDetails *details = b->data->details;
  GString *header = g_string_new ("&L&8 ");
  GString *footer = g_string_new ("&L&8 ");
  g_autofree char *exported = NULL;

  append_header_text (header, details->standard, 40);
  g_string_append (header, " · ");
  append_header_text (header, gw_audit_type_to_label (details->audit_type), 40);
  g_string_append (header, "&R&8 &A");

  append_header_text (footer, details->organisation, 60);
  g_string_append (footer, "&C&8 ");
  /* Translators: page footer; &P is the page number and &N the number of
   * pages. Keep both codes and add no other “&”. */
  append_header_text (footer, _("Page &P of &N"), 40);
  g_string_replace (footer, "&&P", "&P", 0);
  g_string_replace (footer, "&&N", "&N", 0);
  g_string_append (footer, "&R&8 ");
  exported = g_strdup_printf (_("Exported %s"), b->data->today);
  append_header_text (footer, exported, 40);

  b->header = g_string_free (header, FALSE);
  b->footer = g_string_free (footer, FALSE);
}

gboolean
gwx_page_setup (GwExportBuilder *b,
                lxw_worksheet   *ws,
                int              repeat_row)
{
  worksheet_set_paper (ws, PAPER_A4);
  worksheet_set_landscape (ws);
  worksheet_set_margins (ws, 0.3, 0.3, 0.6, 0.6);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_center_horizontally (ws);

  if (repeat_row >= 0 &&
      !gwx_check (b, worksheet_repeat_rows (ws, (lxw_row_t) repeat_row, (lxw_row_t) repeat_row)))
    return FALSE;

  return gwx_check (b, worksheet_set_header (ws, b->header)) &&
         gwx_check (b, worksheet_set_footer (ws, b->footer));
}

lxw_worksheet *
gwx_add_sheet (GwExportBuilder  *b,
               const char       *wanted,
               char            **out_name)
{
  g_autofree char *name = _gw_export_sheet_name (wanted, b->used_names);
  lxw_worksheet *ws;

  b->sheet = wanted;
  if (!gwx_check (b, workbook_validate_sheet_name (b->workbook, name)))
    return NULL;

  ws = workbook_add_worksheet (b->workbook, name);
  if (!gwx_check_pointer (b, ws))
    return NULL;

  b->n_urls = 0;
  *out_name = g_steal_pointer (&name);
  b->sheet = *out_name;
  return ws;
}

gboolean
gwx_set_columns (GwExportBuilder *b,
                 lxw_worksheet   *ws,
                 const double    *widths,
                 guint            n)
{
  b->widths = widths;
  b->n_widths = n;
  b->row_lines = 0;
  for (guint i = 0; i < n; i++)
    if (!gwx_check (b, worksheet_set_column (ws, i, i, widths[i], NULL)))
      return FALSE;
  return TRUE;
}

static char *
range_formula (const char *sheet,
               lxw_row_t   first_row,
               lxw_col_t   first_col,
               lxw_row_t   last_row,
               lxw_col_t   last_col)
{
  char first[16], last[16];

  lxw_col_to_name (first, first_col, LXW_TRUE);
  lxw_col_to_name (last, last_col, LXW_TRUE);
  /* Sheet names never contain a straight apostrophe (see
   * _gw_export_sheet_name()), so quoting needs no escaping. */
  return g_strdup_printf ("='%s'!%s$%u:%s$%u", sheet, first, first_row + 1, last, last_row + 1);
}

gboolean
gwx_define_name (GwExportBuilder *b,
                 const char      *name,
                 const char      *sheet,
                 lxw_row_t        first_row,
                 lxw_col_t        first_col,
                 lxw_row_t        last_row,
                 lxw_col_t        last_col)
{
  g_autofree char *formula = range_formula (sheet, first_row, first_col, last_row, last_col);

  return gwx_check (b, workbook_define_name (b->workbook, name, formula));
}

/* A real Excel table over the header row and the data rows (at least one:
 * Excel rejects a table without). Column headers must be unique. */
gboolean
gwx_add_table (GwExportBuilder    *b,
               lxw_worksheet      *ws,
               const char         *name,
               lxw_row_t           header_row,
               lxw_row_t           last_row,
               const char * const *headers,
               const gboolean     *centred,
               guint               n_columns)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree lxw_table_column *columns = g_new0 (lxw_table_column, n_columns);
  g_autofree lxw_table_column **pointers = g_new0 (lxw_table_column *, n_columns + 1);
  lxw_table_options options = {
    .name = (char *) name,
    .style_type = LXW_TABLE_STYLE_TYPE_LIGHT,
    .style_type_number = 1,
    .columns = pointers,
  };

  for (guint i = 0; i < n_columns; i++)
    {
      char *to_free;
      const char *safe = _gw_export_safe_text (headers[i], &to_free);
      char *text = g_strdup (*safe ? safe : "-");
      char *folded = g_utf8_casefold (text, -1);

      for (guint n = 2; g_hash_table_contains (seen, folded); n++)
        {
          g_free (text);
          g_free (folded);
          text = g_strdup_printf ("%s (%u)", *safe ? safe : "-", n);
          folded = g_utf8_casefold (text, -1);
        }

      g_hash_table_add (seen, folded);
      g_ptr_array_add (texts, text);
      g_free (to_free);

      columns[i].header = text;
      columns[i].header_format = centred && centred[i] ? b->f.header_center : b->f.header;
      pointers[i] = &columns[i];
    }

  if (last_row <= header_row)
    last_row = header_row + 1;

  return gwx_check (b, worksheet_add_table (ws, header_row, 0, last_row, n_columns - 1, &options)) &&
         gwx_set_height (b, ws, header_row, 2 * LINE_HEIGHT + 4);
}

static char *
quoted (const char *label)
{
  g_autoptr(GString) out = g_string_new ("\"");

  for (const char *p = label; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
gwx_format_if_equal (GwExportBuilder *b,
                     lxw_worksheet   *ws,
                     lxw_row_t        first_row,
                     lxw_col_t        first_col,
                     lxw_row_t        last_row,
                     lxw_col_t        last_col,
                     const char      *label,
                     lxw_format      *format)
{
  g_autofree char *value = quoted (label);
  lxw_conditional_format rule = {
    .type = LXW_CONDITIONAL_TYPE_CELL,
    .criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO,
    .value_string = value,
    .format = format,
  };

  return gwx_check (b, worksheet_conditional_format_range (ws, first_row, first_col, last_row, last_col, &rule));
}

gboolean
gwx_format_if_formula (GwExportBuilder *b,
                       lxw_worksheet   *ws,
                       lxw_row_t        first_row,
                       lxw_col_t        first_col,
                       lxw_row_t        last_row,
                       lxw_col_t        last_col,
                       const char      *formula,
                       lxw_format      *format)
{
  lxw_conditional_format rule = {
    .type = LXW_CONDITIONAL_TYPE_FORMULA,
    .value_string = (char *) formula,
    .format = format,
  };

  return gwx_check (b, worksheet_conditional_format_range (ws, first_row, first_col, last_row, last_col, &rule));
}

gboolean
gwx_format_results (GwExportBuilder *b,
                    lxw_worksheet   *ws,
                    lxw_row_t        first_row,
                    lxw_col_t        first_col,
                    lxw_row_t        last_row,
                    lxw_col_t        last_col)
{
  return gwx_format_if_equal (b, ws, first_row, first_col, last_row, last_col,
                              gw_result_to_label (GW_RESULT_CONFORMING), b->f.cf_conforming) &&
         gwx_format_if_equal (b, ws, first_row, first_col, last_row, last_col,
                              gw_result_to_label (GW_RESULT_PARTIAL), b->f.cf_partial) &&
         gwx_format_if_equal (b, ws, first_row, first_col, last_row, last_col,
                              gw_result_to_label (GW_RESULT_NONCONFORMING), b->f.cf_nonconforming) &&
         gwx_format_if_equal (b, ws, first_row, first_col, last_row, last_col,
                              gw_result_to_label (GW_RESULT_NOT_APPLICABLE), b->f.cf_not_applicable);
}

/* Excel limits validation titles to 32 and messages to 255 characters. */
static char *
cut_chars (const char *text,
           glong       max)
{
  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  return g_utf8_substring (text, 0, max);
}

/* The labels of a drop-down list, NULL-terminated; the hidden list sheet
 * holds the same ones. Returns how many there are. */
guint
gwx_list_items (guint        list,
                const char **items)
{
  static const char *const levels[] = { "0", "1", "2", "3", "4", "5" };
  guint n = 0;

  switch (list)
    {
    case LIST_RESULTS:
      for (guint i = 0; i <= GW_RESULT_NOT_APPLICABLE; i++)
        items[n++] = gw_result_to_label (i);
      break;
    case LIST_GRADES:
      for (guint i = GW_FINDING_GRADE_MAJOR; i <= GW_FINDING_GRADE_OPPORTUNITY; i++)
        items[n++] = gw_finding_grade_to_label (i);
      break;
    case LIST_PRIORITIES:
      for (guint i = 0; i <= GW_PRIORITY_CRITICAL; i++)
        items[n++] = gw_priority_to_label (i);
      break;
    case LIST_STATUSES:
      for (guint i = 0; i <= GW_ACTION_STATUS_VERIFIED; i++)
        items[n++] = gw_action_status_to_label (i);
      break;
    case LIST_TREATMENTS:
      for (guint i = 0; i <= GW_RISK_TREATMENT_ACCEPT; i++)
        items[n++] = gw_risk_treatment_to_label (i);
      break;
    case LIST_MEASURE_STATUSES:
      for (guint i = 0; i <= GW_MEASURE_STATUS_NOT_APPLICABLE; i++)
        items[n++] = gw_measure_status_to_label (i);
      break;
    case LIST_MATURITY:
      for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
        items[n++] = levels[i];
      break;
    default:
      g_assert_not_reached ();
    }

  items[n] = NULL;
  return n;
}

/* Whether libxlsxwriter 1.1.4 can take @items as an inline list: it
 * overflows a buffer with multi-byte text (platform-facts §1.3.4), Excel
 * allows 255 characters, and a comma or quote would split an item. */
static gboolean
inline_list_is_safe (const char * const *items)
{
  gsize length = 0;

  for (guint i = 0; items[i]; i++)
    {
      for (const guchar *p = (const guchar *) items[i]; *p; p++)
        if (*p >= 0x80 || *p < 0x20 || *p == ',' || *p == '"')
          return FALSE;
      length += strlen (items[i]) + 1;
    }

  return length + 2 < 255;
}

/* A drop-down list. Translated labels are inline when that is safe, and
 * otherwise a range of the hidden list sheet. The inline form is preferred
 * also because libxlsxwriter 1.1.4 leaks the range formula's text. */
gboolean
gwx_validate_list (GwExportBuilder *b,
                   lxw_worksheet   *ws,
                   lxw_row_t        first_row,
                   lxw_row_t        last_row,
                   lxw_col_t        col,
                   guint            list)
{
  const char *items[8];
  guint n_items = gwx_list_items (list, items);
  g_autofree char *formula = NULL;
  g_autofree char *title = cut_chars (_("Value not in the list"), 32);
  g_autofree char *message = cut_chars (_("Choose a value from the drop-down list."), 255);
  lxw_data_validation validation = {
    .validate = LXW_VALIDATION_TYPE_LIST,
    .value_list = (char **) items,
    .error_type = LXW_VALIDATION_ERROR_TYPE_STOP,
    .error_title = title,
    .error_message = message,
  };

  if (!inline_list_is_safe (items))
    {
      char column[8];

      g_assert (list != LIST_MATURITY);
      lxw_col_to_name (column, (lxw_col_t) list, LXW_TRUE);
      formula = g_strdup_printf ("=%s!%s$1:%s$%u", GW_EXPORT_LISTS_SHEET, column, column, n_items);
      validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      validation.value_list = NULL;
      validation.value_formula = formula;
    }

  return gwx_check (b, worksheet_data_validation_range (ws, first_row, col, last_row, col, &validation));
}
gboolean
gwx_title_rows (GwExportBuilder *b,
                lxw_worksheet   *ws,
                const char      *title,
                const char      *note)
{
  g_autofree char *full = NULL;
  const char *organisation = b->data->details->organisation;

  full = organisation && *organisation ? g_strdup_printf ("%s — %s", title, organisation) : g_strdup (title);
  return gwx_put_text (b, ws, 0, 0, full, b->f.title) &&
         gwx_set_height (b, ws, 0, 24) &&
         gwx_put_text (b, ws, 1, 0, note, b->f.note);
}
