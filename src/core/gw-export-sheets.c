/* gw-export-sheets.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheets of the workbook after the Summary (gw-export-summary.c): Gap
 * matrix, Action plan, Evidence register, Documented information and the
 * hidden sheet of drop-down lists, and _gw_export_build(), which makes the
 * whole workbook. The risk sheets are in gw-export-risks.c and
 * gw-export-measures.c. It works only on a GwExportData snapshot and an open
 * lxw_workbook, so it runs on the export thread; gw-export.c owns the file.
 *
 * House rules for every sheet: one font (Calibri 10), a dark header row with
 * white bold text, real Excel tables for the banding and filters, wrapped
 * text in the long columns, landscape A4 fitted to one page wide with the
 * header row repeated, and a footer with the organisation and page numbers.
 * Colours are doubled by bold or italic so a greyscale print still shows
 * them. The only formulas are the app's own, with cached results.
 */

#define G_LOG_DOMAIN "gw-export"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-export-builder.h"

/* Lists ----------------------------------------------------------------- */

/* The hidden sheet keeps its fixed name, reserved before any other sheet
 * is named, because the validation formulas refer to it. */
static gboolean
write_lists (GwExportBuilder *b)
{
  lxw_worksheet *ws;

  b->sheet = GW_EXPORT_LISTS_SHEET;
  b->n_widths = 0;
  if (!gwx_check (b, workbook_validate_sheet_name (b->workbook, GW_EXPORT_LISTS_SHEET)))
    return FALSE;
  ws = workbook_add_worksheet (b->workbook, GW_EXPORT_LISTS_SHEET);
  if (!gwx_check_pointer (b, ws))
    return FALSE;

  for (guint list = LIST_RESULTS; list <= LIST_MEASURE_STATUSES; list++)
    {
      const char *items[8];
      guint n_items = gwx_list_items (list, items);

      for (guint i = 0; i < n_items; i++)
        if (!gwx_put_text (b, ws, i, list, items[i], NULL))
          return FALSE;
    }

  worksheet_hide (ws);
  return TRUE;
}

/* Gap matrix ------------------------------------------------------------ */

enum
{
  M_REF, M_CLAUSE, M_QUESTION, M_RESULT, M_GRADE, M_CURRENT, M_TARGET, M_GAP, M_FINDING,
  M_EVIDENCE, M_OBJECTIVE, M_ACTIONS, M_OWNER, M_DUE, M_PRIORITY, M_N_COLUMNS
};

static gboolean
write_maturity (GwExportBuilder *b,
                lxw_worksheet   *ws,
                lxw_row_t        row,
                lxw_col_t        col,
                int              level)
{
  if (level == GW_MATURITY_UNSET)
    return gwx_check (b, worksheet_write_blank (ws, row, col, b->f.number));
  return gwx_put_number (b, ws, row, col, level, b->f.number);
}

/* Gap = target − current, as a formula so it follows edits in Excel, with
 * the value the app computed as its cached result. */
static gboolean
write_gap (GwExportBuilder    *b,
           lxw_worksheet      *ws,
           lxw_row_t           row,
           const GwAssessment *a)
{
  char current[16], target[16];
  char formula[160];

  lxw_rowcol_to_cell (current, row, M_CURRENT);
  lxw_rowcol_to_cell (target, row, M_TARGET);
  g_snprintf (formula, sizeof formula, "=IF(AND(ISNUMBER(%s),ISNUMBER(%s)),%s-%s,\"\")",
              current, target, target, current);

  if (a->maturity_current == GW_MATURITY_UNSET || a->maturity_target == GW_MATURITY_UNSET)
    return gwx_check (b, worksheet_write_formula_str (ws, row, M_GAP, formula, b->f.gap, ""));

  return gwx_check (b, worksheet_write_formula_num (ws, row, M_GAP, formula, b->f.gap,
                                                    a->maturity_target - a->maturity_current));
}

static gboolean
has_line (const char *lines,
          const char *line)
{
  gsize length = strlen (line);

  for (const char *p = lines; p && *p; p = strchr (p, '\n') ? strchr (p, '\n') + 1 : NULL)
    if (strncmp (p, line, length) == 0 && (p[length] == '\n' || p[length] == '\0'))
      return TRUE;
  return FALSE;
}

/* The owners of the actions of one requirement, and the due date and the
 * highest priority of those still open: what the manager chases next. */
static gboolean
write_action_summary (GwExportBuilder *b,
                      lxw_worksheet   *ws,
                      lxw_row_t        row,
                      GArray          *positions)
{
  GString *owners = b->scratch;
  const char *due = NULL;
  int priority = -1;

  g_string_truncate (owners, 0);
  for (guint i = 0; positions && i < positions->len; i++)
    {
      GwAction *action = g_ptr_array_index (b->data->actions, g_array_index (positions, guint, i));

      if (action->owner && *action->owner && !has_line (owners->str, action->owner))
        {
          if (owners->len > 0)
            g_string_append_c (owners, '\n');
          g_string_append (owners, action->owner);
        }

      if (!gwx_action_is_open (action))
        continue;
      if (action->due_date && (due == NULL || strcmp (action->due_date, due) < 0))
        due = action->due_date;
      priority = MAX (priority, (int) action->priority);
    }

  return gwx_put_text (b, ws, row, M_OWNER, owners->str, b->f.text) &&
         gwx_put_date (b, ws, row, M_DUE, due, b->f.date) &&
         gwx_put_text (b, ws, row, M_PRIORITY, priority >= 0 ? gw_priority_to_label (priority) : "",
                       b->f.text_center);
}

static const char *
clause_label (GwExportBuilder     *b,
              const GwRequirement *req)
{
  GwClause *clause = g_hash_table_lookup (b->data->clause_index, &req->clause_id);

  if (clause == NULL)
    return "";
  g_string_printf (b->scratch, "%s %s", clause->number, clause->title);
  return b->scratch->str;
}

static gboolean
write_matrix (GwExportBuilder *b)
{
  static const double widths[M_N_COLUMNS] = GW_EXPORT_MATRIX_WIDTHS;
  static const gboolean centred[M_N_COLUMNS] = {
    [M_RESULT] = TRUE, [M_GRADE] = TRUE, [M_CURRENT] = TRUE, [M_TARGET] = TRUE, [M_GAP] = TRUE,
    [M_DUE] = TRUE, [M_PRIORITY] = TRUE,
  };
  const char *headers[M_N_COLUMNS] = {
    _("Ref"), _("Clause"), _("Requirement"), _("Result"), _("Finding grade"),
    _("Maturity now"), _("Maturity target"), _("Gap"), _("Finding"), _("Evidence"),
    _("Objective"), _("Actions"), _("Owner"), _("Next due"), _("Priority"),
  };
  GwExportData *data = b->data;
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;
  g_autofree char *gap_high = NULL, *gap_some = NULL, *gap_none = NULL;
  lxw_worksheet *ws;
  lxw_row_t row = TABLE_HEADER_ROW;
  char gap_cell[16];
  guint n_left_out = 0;

  ws = gwx_add_sheet (b, _("Gap matrix"), &name);
  if (ws == NULL || !gwx_set_columns (b, ws, widths, M_N_COLUMNS))
    return FALSE;

  for (guint i = 0; i < data->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (data->requirements, i);
      GwAssessment *a = g_ptr_array_index (data->assessments, i);
      const char *finding = a->finding;
      gboolean ok;

      if (!b->options->include_not_applicable && a->result == GW_RESULT_NOT_APPLICABLE)
        {
          n_left_out++;
          continue;
        }

      row++;
      if (gwx_cancelled (b, row))
        return FALSE;

      /* The justification is the finding of a not-applicable item. */
      if ((finding == NULL || *finding == '\0') && a->result == GW_RESULT_NOT_APPLICABLE)
        finding = a->justification;

      ok = gwx_put_text (b, ws, row, M_REF, req->ref, b->f.text_bold) &&
           gwx_put_text (b, ws, row, M_CLAUSE, clause_label (b, req), b->f.text) &&
           gwx_put_text (b, ws, row, M_QUESTION, req->question, b->f.text) &&
           gwx_put_text (b, ws, row, M_RESULT, gw_result_to_label (a->result), b->f.text_center) &&
           gwx_put_text (b, ws, row, M_GRADE,
                         a->grade != GW_FINDING_GRADE_NONE ? gw_finding_grade_to_label (a->grade) : "",
                         b->f.text_center) &&
           write_maturity (b, ws, row, M_CURRENT, a->maturity_current) &&
           write_maturity (b, ws, row, M_TARGET, a->maturity_target) &&
           write_gap (b, ws, row, a) &&
           gwx_put_text (b, ws, row, M_FINDING, finding, b->f.text) &&
           gwx_put_text (b, ws, row, M_EVIDENCE,
                         gwx_join_items (b, g_ptr_array_index (data->requirement_evidence, i), data->evidence,
                                         gwx_evidence_title, NULL), b->f.text) &&
           gwx_put_text (b, ws, row, M_OBJECTIVE, a->objective, b->f.text) &&
           gwx_put_text (b, ws, row, M_ACTIONS,
                         gwx_join_items (b, g_ptr_array_index (data->requirement_actions, i), data->actions,
                                         gwx_action_title, NULL), b->f.text) &&
           write_action_summary (b, ws, row, g_ptr_array_index (data->requirement_actions, i));
      if (!ok || !gwx_end_row (b, ws, row))
        return FALSE;
    }

  if (n_left_out > 0)
    note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "One row per requirement of %s, in checklist order; %u not-applicable "
                                         "requirement is left out. Result, finding grade and maturity have "
                                         "drop-down lists.",
                                         "One row per requirement of %s, in checklist order; %u not-applicable "
                                         "requirements are left out. Result, finding grade and maturity have "
                                         "drop-down lists.", n_left_out),
                            data->details->standard, n_left_out);
  else
    note = g_strdup_printf (_("One row per requirement of %s, in checklist order. Result, finding grade and "
                              "maturity have drop-down lists."), data->details->standard);

  if (!gwx_title_rows (b, ws, _("Gap matrix"), note) ||
      !gwx_add_table (b, ws, "tblGapMatrix", TABLE_HEADER_ROW, row, headers, centred, M_N_COLUMNS) ||
      !gwx_define_name (b, "GapMatrix", name, TABLE_HEADER_ROW, 0, MAX (row, TABLE_HEADER_ROW + 1), M_N_COLUMNS - 1))
    return FALSE;

  worksheet_freeze_panes (ws, TABLE_HEADER_ROW + 1, M_QUESTION);
  if (!gwx_page_setup (b, ws, TABLE_HEADER_ROW))
    return FALSE;

  if (row == TABLE_HEADER_ROW)
    return TRUE;

  lxw_rowcol_to_cell (gap_cell, TABLE_HEADER_ROW + 1, M_GAP);
  gap_high = g_strdup_printf ("AND(ISNUMBER(%s),%s>=2)", gap_cell, gap_cell);
  gap_some = g_strdup_printf ("AND(ISNUMBER(%s),%s=1)", gap_cell, gap_cell);
  gap_none = g_strdup_printf ("AND(ISNUMBER(%s),%s<=0)", gap_cell, gap_cell);

  return gwx_format_results (b, ws, TABLE_HEADER_ROW + 1, M_RESULT, row, M_RESULT) &&
         gwx_format_if_equal (b, ws, TABLE_HEADER_ROW + 1, M_GRADE, row, M_GRADE,
                              gw_finding_grade_to_label (GW_FINDING_GRADE_MAJOR), b->f.cf_gap_high) &&
         gwx_format_if_formula (b, ws, TABLE_HEADER_ROW + 1, M_GAP, row, M_GAP, gap_high, b->f.cf_gap_high) &&
         gwx_format_if_formula (b, ws, TABLE_HEADER_ROW + 1, M_GAP, row, M_GAP, gap_some, b->f.cf_gap_some) &&
         gwx_format_if_formula (b, ws, TABLE_HEADER_ROW + 1, M_GAP, row, M_GAP, gap_none, b->f.cf_gap_none) &&
         gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, M_RESULT, LIST_RESULTS) &&
         gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, M_GRADE, LIST_GRADES) &&
         gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, M_CURRENT, LIST_MATURITY) &&
         gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, M_TARGET, LIST_MATURITY) &&
         gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, M_PRIORITY, LIST_PRIORITIES);
}

/* Action plan ----------------------------------------------------------- */

enum
{
  A_TITLE, A_DESCRIPTION, A_REQUIREMENTS, A_OWNER, A_DUE, A_PRIORITY, A_STATUS, A_OVERDUE, A_N_COLUMNS
};

/* Open work first, by due date (undated last), then finished work. */
static int
compare_actions (gconstpointer a,
                 gconstpointer b)
{
  const GwAction *x = *(GwAction * const *) a;
  const GwAction *y = *(GwAction * const *) b;
  gboolean x_open = gwx_action_is_open (x), y_open = gwx_action_is_open (y);

  if (x_open != y_open)
    return x_open ? -1 : 1;
  if ((x->due_date == NULL) != (y->due_date == NULL))
    return x->due_date == NULL ? 1 : -1;
  if (x->due_date && y->due_date && strcmp (x->due_date, y->due_date) != 0)
    return strcmp (x->due_date, y->due_date);
  return (x->id > y->id) - (x->id < y->id);
}

static gboolean
write_actions (GwExportBuilder *b)
{
  static const double widths[A_N_COLUMNS] = GW_EXPORT_ACTION_WIDTHS;
  static const gboolean centred[A_N_COLUMNS] = {
    [A_DUE] = TRUE, [A_PRIORITY] = TRUE, [A_STATUS] = TRUE, [A_OVERDUE] = TRUE,
  };
  const char *headers[A_N_COLUMNS] = {
    _("Action"), _("Description"), _("Requirements"), _("Owner"), _("Due"), _("Priority"),
    _("Status"), _("Days overdue"),
  };
  GwExportData *data = b->data;
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (data->actions->len);
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;
  g_autofree char *rule = NULL;
  lxw_worksheet *ws;
  lxw_row_t row = TABLE_HEADER_ROW;
  char overdue_cell[16];

  ws = gwx_add_sheet (b, _("Action plan"), &name);
  if (ws == NULL || !gwx_set_columns (b, ws, widths, A_N_COLUMNS))
    return FALSE;

  for (guint i = 0; i < data->actions->len; i++)
    {
      g_ptr_array_add (sorted, g_ptr_array_index (data->actions, i));
      g_hash_table_insert (positions, g_ptr_array_index (data->actions, i), GUINT_TO_POINTER (i));
    }
  g_ptr_array_sort (sorted, compare_actions);

  for (guint i = 0; i < sorted->len; i++)
    {
      GwAction *action = g_ptr_array_index (sorted, i);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, action));
      g_autofree char *refs = gwx_join_refs (g_ptr_array_index (data->action_requirements, position),
                                             data->requirements, widths[A_REQUIREMENTS]);
      int overdue = gwx_days_overdue (data, action);
      gboolean ok;

      row++;
      if (gwx_cancelled (b, row))
        return FALSE;

      ok = gwx_put_text (b, ws, row, A_TITLE, action->title, b->f.text_bold) &&
           gwx_put_text (b, ws, row, A_DESCRIPTION, action->description, b->f.text) &&
           gwx_put_text (b, ws, row, A_REQUIREMENTS, refs, b->f.text) &&
           gwx_put_text (b, ws, row, A_OWNER, action->owner, b->f.text) &&
           gwx_put_date (b, ws, row, A_DUE, action->due_date, b->f.date) &&
           gwx_put_text (b, ws, row, A_PRIORITY, gw_priority_to_label (action->priority), b->f.text_center) &&
           gwx_put_text (b, ws, row, A_STATUS, gw_action_status_to_label (action->status), b->f.text_center) &&
           (overdue > 0 ? gwx_put_number (b, ws, row, A_OVERDUE, overdue, b->f.overdue)
                        : gwx_check (b, worksheet_write_blank (ws, row, A_OVERDUE, b->f.overdue)));
      if (!ok || !gwx_end_row (b, ws, row))
        return FALSE;
    }

  if (sorted->len == 0 && !gwx_put_text (b, ws, ++row, A_TITLE, _("No actions recorded."), b->f.text))
    return FALSE;

  note = g_strdup_printf (_("Open actions first, by due date. Days overdue are counted on %s for actions "
                            "still open or in progress; overdue rows are highlighted."), data->today);

  if (!gwx_title_rows (b, ws, _("Action plan"), note) ||
      !gwx_add_table (b, ws, "tblActionPlan", TABLE_HEADER_ROW, row, headers, centred, A_N_COLUMNS) ||
      !gwx_define_name (b, "ActionPlan", name, TABLE_HEADER_ROW, 0, row, A_N_COLUMNS - 1))
    return FALSE;

  worksheet_freeze_panes (ws, TABLE_HEADER_ROW + 1, 1);
  if (!gwx_page_setup (b, ws, TABLE_HEADER_ROW))
    return FALSE;

  if (sorted->len == 0)
    return TRUE;

  lxw_rowcol_to_cell_abs (overdue_cell, TABLE_HEADER_ROW + 1, A_OVERDUE, LXW_FALSE, LXW_TRUE);
  rule = g_strdup_printf ("AND(ISNUMBER(%s),%s>0)", overdue_cell, overdue_cell);

  return gwx_format_if_formula (b, ws, TABLE_HEADER_ROW + 1, 0, row, A_N_COLUMNS - 1, rule, b->f.cf_overdue_row) &&
         gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, A_PRIORITY, LIST_PRIORITIES) &&
         gwx_validate_list (b, ws, TABLE_HEADER_ROW + 1, row, A_STATUS, LIST_STATUSES);
}

/* Evidence register ----------------------------------------------------- */

enum
{
  E_TITLE, E_KIND, E_REFERENCE, E_DATE, E_FILE, E_SIZE, E_SHA256, E_REQUIREMENTS, E_N_COLUMNS
};

static gboolean
write_evidence (GwExportBuilder *b)
{
  static const double widths[E_N_COLUMNS] = GW_EXPORT_EVIDENCE_WIDTHS;
  static const gboolean centred[E_N_COLUMNS] = { [E_KIND] = TRUE, [E_DATE] = TRUE };
  const char *headers[E_N_COLUMNS] = {
    _("Evidence"), _("Kind"), _("Reference"), _("Date"), _("Attached file"), _("Size (bytes)"),
    _("SHA-256 of the file"), _("Requirements"),
  };
  GwExportData *data = b->data;
  g_autofree char *name = NULL;
  lxw_worksheet *ws;
  lxw_row_t row = TABLE_HEADER_ROW;

  ws = gwx_add_sheet (b, _("Evidence register"), &name);
  if (ws == NULL || !gwx_set_columns (b, ws, widths, E_N_COLUMNS))
    return FALSE;

  for (guint i = 0; i < data->evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (data->evidence, i);
      g_autofree char *refs = gwx_join_refs (g_ptr_array_index (data->evidence_requirements, i),
                                             data->requirements, widths[E_REQUIREMENTS]);
      gboolean ok;

      row++;
      if (gwx_cancelled (b, row))
        return FALSE;

      ok = gwx_put_text (b, ws, row, E_TITLE, e->title, b->f.text_bold) &&
           gwx_put_text (b, ws, row, E_KIND, gw_evidence_kind_to_label (e->kind), b->f.text_center) &&
           gwx_put_reference (b, ws, row, E_REFERENCE, e->reference) &&
           gwx_put_date (b, ws, row, E_DATE, e->date, b->f.date) &&
           gwx_put_text (b, ws, row, E_FILE, e->file_name, b->f.text) &&
           (e->file_name ? gwx_put_number (b, ws, row, E_SIZE, (double) e->file_size, b->f.size)
                         : gwx_check (b, worksheet_write_blank (ws, row, E_SIZE, b->f.size))) &&
           gwx_put_text (b, ws, row, E_SHA256, e->sha256, b->f.text_small) &&
           gwx_put_text (b, ws, row, E_REQUIREMENTS, refs, b->f.text);
      if (!ok || !gwx_end_row (b, ws, row))
        return FALSE;
    }

  if (data->evidence->len == 0 && !gwx_put_text (b, ws, ++row, E_TITLE, _("No evidence recorded."), b->f.text))
    return FALSE;

  if (!gwx_title_rows (b, ws, _("Evidence register"),
                       _("Every evidence item of the audit with the requirements it supports. Web and mail "
                         "references are links; attached files are kept in the audit file.")) ||
      !gwx_add_table (b, ws, "tblEvidenceRegister", TABLE_HEADER_ROW, row, headers, centred, E_N_COLUMNS) ||
      !gwx_define_name (b, "EvidenceRegister", name, TABLE_HEADER_ROW, 0, row, E_N_COLUMNS - 1))
    return FALSE;

  worksheet_freeze_panes (ws, TABLE_HEADER_ROW + 1, 1);
  return gwx_page_setup (b, ws, TABLE_HEADER_ROW);
}

/* Documented information ------------------------------------------------ */

enum
{
  D_REF, D_CLAUSE, D_QUESTION, D_KIND, D_RESULT, D_FOUND, D_N_COLUMNS
};

static gboolean
write_documented (GwExportBuilder *b)
{
  static const double widths[D_N_COLUMNS] = GW_EXPORT_DOCUMENTED_WIDTHS;
  static const gboolean centred[D_N_COLUMNS] = { [D_KIND] = TRUE, [D_RESULT] = TRUE };
  const char *headers[D_N_COLUMNS] = {
    _("Ref"), _("Clause"), _("Requirement"), _("Documented information"), _("Result"),
    _("Documents and records found"),
  };
  GwExportData *data = b->data;
  g_autofree char *name = NULL;
  lxw_worksheet *ws;
  lxw_row_t row = TABLE_HEADER_ROW;

  ws = gwx_add_sheet (b, _("Documented information"), &name);
  if (ws == NULL || !gwx_set_columns (b, ws, widths, D_N_COLUMNS))
    return FALSE;

  for (guint i = 0; i < data->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (data->requirements, i);
      GwAssessment *a = g_ptr_array_index (data->assessments, i);
      GArray *links = g_ptr_array_index (data->requirement_evidence, i);
      g_autoptr(GString) found = g_string_new (NULL);
      gboolean ok;

      if (req->documented == GW_DOCUMENTED_NONE ||
          (!b->options->include_not_applicable && a->result == GW_RESULT_NOT_APPLICABLE))
        continue;

      row++;
      if (gwx_cancelled (b, row))
        return FALSE;

      for (guint l = 0, n = 0; links && l < links->len; l++)
        {
          GwEvidence *e = g_ptr_array_index (data->evidence, g_array_index (links, guint, l));

          if (e->kind != GW_EVIDENCE_KIND_DOCUMENT && e->kind != GW_EVIDENCE_KIND_RECORD)
            continue;
          /* Bullets only when there are several items. */
          if (n++ == 1)
            g_string_prepend (found, "• ");
          if (n > 1)
            g_string_append (found, "\n• ");
          g_string_append (found, e->title);
          if (e->reference && *e->reference)
            g_string_append_printf (found, " (%s)", e->reference);
        }

      ok = gwx_put_text (b, ws, row, D_REF, req->ref, b->f.text_bold) &&
           gwx_put_text (b, ws, row, D_CLAUSE, clause_label (b, req), b->f.text) &&
           gwx_put_text (b, ws, row, D_QUESTION, req->question, b->f.text) &&
           gwx_put_text (b, ws, row, D_KIND, gw_documented_to_label (req->documented), b->f.text_center) &&
           gwx_put_text (b, ws, row, D_RESULT, gw_result_to_label (a->result), b->f.text_center) &&
           (found->len > 0 ? gwx_put_text (b, ws, row, D_FOUND, found->str, b->f.text)
                           : gwx_put_text (b, ws, row, D_FOUND, _("None found"), b->f.missing));
      if (!ok || !gwx_end_row (b, ws, row))
        return FALSE;
    }

  if (row == TABLE_HEADER_ROW &&
      !gwx_put_text (b, ws, ++row, D_REF, _("The catalogue asks for no documented information."), b->f.text))
    return FALSE;

  if (!gwx_title_rows (b, ws, _("Documented information"),
                       _("Requirements for which the standard asks for a document to maintain or a record to "
                         "retain, and the documents and records linked to them as evidence.")) ||
      !gwx_add_table (b, ws, "tblDocumentedInformation", TABLE_HEADER_ROW, row, headers, centred, D_N_COLUMNS) ||
      !gwx_define_name (b, "DocumentedInformation", name, TABLE_HEADER_ROW, 0, row, D_N_COLUMNS - 1))
    return FALSE;

  worksheet_freeze_panes (ws, TABLE_HEADER_ROW + 1, 1);
  return gwx_page_setup (b, ws, TABLE_HEADER_ROW) &&
         gwx_format_results (b, ws, TABLE_HEADER_ROW + 1, D_RESULT, row, D_RESULT);
}

/* Workbook -------------------------------------------------------------- */

static char *
safe_copy (const char *text)
{
  char *to_free;
  const char *safe = _gw_export_safe_text (text, &to_free);

  return to_free ? to_free : g_strdup (safe);
}

static gboolean
set_properties (GwExportBuilder *b)
{
  GwAuditDetails *d = b->data->details;
  g_autofree char *raw_title = NULL, *title = NULL, *subject = NULL, *author = NULL, *company = NULL;
  g_autofree char *category = NULL, *keywords = NULL, *comments = NULL, *uuid = NULL;
  lxw_doc_properties properties = { 0 };

  if (d->organisation && *d->organisation)
    /* Translators: the title of the workbook: standard and organisation. */
    raw_title = g_strdup_printf (_("%s gap analysis — %s"), d->standard, d->organisation);
  else
    raw_title = g_strdup_printf (_("%s gap analysis"), d->standard);
  title = safe_copy (raw_title);
  subject = safe_copy (d->standard_title);
  author = safe_copy (d->lead_auditor);
  company = safe_copy (d->organisation);
  category = safe_copy (gw_audit_type_to_label (d->audit_type));
  keywords = g_strdup_printf ("%s; %s", d->standard, _("gap analysis; security management system; audit"));
  comments = g_strdup_printf (_("Exported from Gapwise %s on %s."), PACKAGE_VERSION, b->data->today);

  properties.title = title;
  properties.subject = subject;
  properties.author = author;
  properties.company = company;
  properties.category = category;
  properties.keywords = keywords;
  properties.comments = comments;
  properties.created = (time_t) g_date_time_to_unix (b->data->now);

  if (!gwx_check (b, workbook_set_properties (b->workbook, &properties)))
    return FALSE;

  if (d->uuid == NULL || *d->uuid == '\0')
    return TRUE;
  uuid = safe_copy (d->uuid);
  return gwx_check (b, workbook_set_custom_property_string (b->workbook, "Gapwise audit", uuid));
}

/**
 * _gw_export_build:
 * @workbook: a new, empty workbook
 *
 * Fills @workbook with every sheet. On failure @workbook is left for the
 * caller to free without writing it.
 */
gboolean
_gw_export_build (lxw_workbook           *workbook,
                  GwExportData           *data,
                  const GwExportOptions  *options,
                  GCancellable           *cancellable,
                  GError                **error)
{
  GwExportBuilder b = {
    .workbook = workbook,
    .data = data,
    .options = options,
    .cancellable = cancellable,
  };
  gboolean ok;

  b.used_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b.scratch = g_string_sized_new (1024);
  g_hash_table_add (b.used_names, g_utf8_casefold (GW_EXPORT_LISTS_SHEET, -1));

  if (!_gw_export_formats_init (workbook, &b.f))
    gwx_fail (&b, LXW_ERROR_MEMORY_MALLOC_FAILED);
  gwx_prepare_header_footer (&b);

  ok = b.failure == NULL &&
       gwx_level_formats_init (&b) &&
       set_properties (&b) &&
       gwx_write_summary (&b) &&
       write_matrix (&b) &&
       write_actions (&b) &&
       write_evidence (&b) &&
       write_documented (&b) &&
       gwx_write_risk_register (&b) &&
       gwx_write_heat_map (&b) &&
       gwx_write_measures (&b) &&
       write_lists (&b);

  g_free (b.levels);
  g_hash_table_unref (b.used_names);
  g_string_free (b.scratch, TRUE);
  g_free (b.header);
  g_free (b.footer);

  if (!ok)
    {
      g_propagate_error (error, b.failure);
      return FALSE;
    }

  return TRUE;
}
