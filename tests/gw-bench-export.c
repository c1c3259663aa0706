/* gw-bench-export.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Excel export costs on the demo audit and on synthetic audits of
 * 1,000, 10,000 and 50,000 gap-matrix rows (with twice as many evidence
 * items): the snapshot taken on the main thread, the workbook written on
 * the worker, rows per second, and beside it the floor we cannot beat: a
 * bare libxlsxwriter loop that writes the same cells with the same formats,
 * tables, row heights, drop-down lists and conditional formats, its
 * strings prepared beforehand. Each size runs in its own process so the
 * peak memory (VmHWM) is that size's alone. Run with
 * `meson test -C build --benchmark` or directly; it prints figures and
 * judges nothing, since machines are noisy.
 *
 * Aims (issue #5): the export within 1.5× of the bare loop, growing
 * linearly with the rows.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "gw-export-builder.h"
#include "gw-demo.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* kB from a line of /proc/self/status. */
static double
status_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || !(line = strstr (status, field)))
    return 0;
  return g_ascii_strtod (line + strlen (field) + 1, NULL) / 1024.0;
}

/* The floor ----------------------------------------------------------- */

typedef struct
{
  char    **text;       /* n_rows × n_columns, NULL for a number or date */
  double   *numbers;    /* n_rows × n_columns, NAN for none */
  double   *heights;    /* per row, 0 for the default */
  guint     n_rows;
  guint     n_columns;
} Grid;

static void
grid_init (Grid  *grid,
           guint  n_rows,
           guint  n_columns)
{
  grid->n_rows = n_rows;
  grid->n_columns = n_columns;
  grid->text = g_new0 (char *, (gsize) n_rows * n_columns);
  grid->numbers = g_new (double, (gsize) n_rows * n_columns);
  grid->heights = g_new0 (double, n_rows);
  for (gsize i = 0; i < (gsize) n_rows * n_columns; i++)
    grid->numbers[i] = NAN;
}

static void
grid_clear (Grid *grid)
{
  for (gsize i = 0; i < (gsize) grid->n_rows * grid->n_columns; i++)
    g_free (grid->text[i]);
  g_free (grid->text);
  g_free (grid->numbers);
  g_free (grid->heights);
}

static void
set_text (Grid       *grid,
          guint       row,
          guint       col,
          const char *text)
{
  char *to_free;
  const char *safe = _gw_export_safe_text (text, &to_free);

  grid->text[(gsize) row * grid->n_columns + col] = to_free ? to_free : g_strdup (safe);
}

static char *
joined (GArray    *links,
        GPtrArray *items,
        gboolean   evidence)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; links && i < links->len; i++)
    {
      gpointer item = g_ptr_array_index (items, g_array_index (links, guint, i));

      if (links->len > 1)
        g_string_append (out, i ? "\n• " : "• ");
      g_string_append (out, evidence ? ((GwEvidence *) item)->title : ((GwAction *) item)->title);
    }
  return g_string_free (out, FALSE);
}

static void
fit_heights (Grid         *grid,
             const double *widths)
{
  for (guint r = 0; r < grid->n_rows; r++)
    {
      guint lines = 1;

      for (guint c = 0; c < grid->n_columns; c++)
        {
          const char *text = grid->text[(gsize) r * grid->n_columns + c];
          if (text && *text)
            lines = MAX (lines, gwx_count_lines (text, widths[c], CHARS_PER_UNIT));
        }
      grid->heights[r] = lines > 1 ? gwx_lines_height (lines) : 0;
    }
}

static const double matrix_widths[] = GW_EXPORT_MATRIX_WIDTHS;
static const double action_widths[] = GW_EXPORT_ACTION_WIDTHS;
static const double evidence_widths[] = GW_EXPORT_EVIDENCE_WIDTHS;
static const double documented_widths[] = GW_EXPORT_DOCUMENTED_WIDTHS;

/* The cells the export writes for the table sheets, prepared outside the
 * timed loop. */
static void
prepare (GwExportData *data,
         Grid         *grids)
{
  guint n_documented = 0;

  grid_init (&grids[0], data->requirements->len, G_N_ELEMENTS (matrix_widths));
  for (guint i = 0; i < data->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (data->requirements, i);
      GwAssessment *a = g_ptr_array_index (data->assessments, i);
      GwClause *clause = g_hash_table_lookup (data->clause_index, &req->clause_id);
      g_autofree char *label = g_strdup_printf ("%s %s", clause->number, clause->title);
      g_autofree char *evidence = joined (g_ptr_array_index (data->requirement_evidence, i), data->evidence, TRUE);
      g_autofree char *actions = joined (g_ptr_array_index (data->requirement_actions, i), data->actions, FALSE);
      Grid *g = &grids[0];

      set_text (g, i, 0, req->ref);
      set_text (g, i, 1, label);
      set_text (g, i, 2, req->question);
      set_text (g, i, 3, gw_result_to_label (a->result));
      set_text (g, i, 4, a->grade ? gw_finding_grade_to_label (a->grade) : "");
      if (a->maturity_current >= 0)
        g->numbers[(gsize) i * g->n_columns + 5] = a->maturity_current;
      if (a->maturity_target >= 0)
        g->numbers[(gsize) i * g->n_columns + 6] = a->maturity_target;
      if (a->maturity_current >= 0 && a->maturity_target >= 0)
        g->numbers[(gsize) i * g->n_columns + 7] = a->maturity_target - a->maturity_current;
      set_text (g, i, 8, a->finding);
      set_text (g, i, 9, evidence);
      set_text (g, i, 10, a->objective);
      set_text (g, i, 11, actions);
      set_text (g, i, 12, "");
      set_text (g, i, 14, "");
      n_documented += req->documented != GW_DOCUMENTED_NONE;
    }
  fit_heights (&grids[0], matrix_widths);

  grid_init (&grids[1], MAX (data->actions->len, 1), G_N_ELEMENTS (action_widths));
  for (guint i = 0; i < data->actions->len; i++)
    {
      GwAction *action = g_ptr_array_index (data->actions, i);
      g_autofree char *linked = gwx_join_refs (g_ptr_array_index (data->action_requirements, i),
                                                data->requirements, action_widths[2]);

      set_text (&grids[1], i, 0, action->title);
      set_text (&grids[1], i, 1, action->description);
      set_text (&grids[1], i, 2, linked);
      set_text (&grids[1], i, 3, action->owner);
      set_text (&grids[1], i, 5, gw_priority_to_label (action->priority));
      set_text (&grids[1], i, 6, gw_action_status_to_label (action->status));
    }
  fit_heights (&grids[1], action_widths);

  grid_init (&grids[2], MAX (data->evidence->len, 1), G_N_ELEMENTS (evidence_widths));
  for (guint i = 0; i < data->evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (data->evidence, i);
      g_autofree char *linked = gwx_join_refs (g_ptr_array_index (data->evidence_requirements, i),
                                                data->requirements, evidence_widths[7]);

      set_text (&grids[2], i, 0, e->title);
      set_text (&grids[2], i, 1, gw_evidence_kind_to_label (e->kind));
      set_text (&grids[2], i, 2, e->reference);
      set_text (&grids[2], i, 4, e->file_name);
      set_text (&grids[2], i, 6, e->sha256);
      set_text (&grids[2], i, 7, linked);
    }
  fit_heights (&grids[2], evidence_widths);

  grid_init (&grids[3], MAX (n_documented, 1), G_N_ELEMENTS (documented_widths));
  for (guint i = 0, r = 0; i < data->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (data->requirements, i);
      GwAssessment *a = g_ptr_array_index (data->assessments, i);

      if (req->documented == GW_DOCUMENTED_NONE)
        continue;
      set_text (&grids[3], r, 0, req->ref);
      set_text (&grids[3], r, 2, req->question);
      set_text (&grids[3], r, 3, gw_documented_to_label (req->documented));
      set_text (&grids[3], r, 4, gw_result_to_label (a->result));
      set_text (&grids[3], r, 5, "None found");
      r++;
    }
  fit_heights (&grids[3], documented_widths);
}

static void
bare_sheet (lxw_workbook    *workbook,
            GwExportFormats *f,
            const char      *name,
            const char      *table,
            Grid            *grid,
            const double    *widths)
{
  lxw_worksheet *ws = workbook_add_worksheet (workbook, name);
  lxw_table_options options = { .name = (char *) table, .style_type = LXW_TABLE_STYLE_TYPE_LIGHT,
                                .style_type_number = 1 };
  lxw_error err = LXW_NO_ERROR;

  for (guint c = 0; c < grid->n_columns; c++)
    worksheet_set_column (ws, c, c, widths[c], NULL);
  worksheet_write_string (ws, 0, 0, name, f->title);
  worksheet_write_string (ws, 1, 0, "Note", f->note);

  for (guint r = 0; r < grid->n_rows; r++)
    {
      lxw_row_t row = 3 + r;

      for (guint c = 0; c < grid->n_columns; c++)
        {
          const char *text = grid->text[(gsize) r * grid->n_columns + c];
          double number = grid->numbers[(gsize) r * grid->n_columns + c];

          if (text)
            err |= worksheet_write_string (ws, row, c, text, c == 0 ? f->text_bold : f->text);
          else if (!isnan (number))
            err |= worksheet_write_number (ws, row, c, number, f->number);
          else
            err |= worksheet_write_blank (ws, row, c, f->number);
        }
      if (grid->heights[r] > 0)
        err |= worksheet_set_row (ws, row, grid->heights[r], NULL);
    }

  err |= worksheet_add_table (ws, 2, 0, 2 + grid->n_rows, grid->n_columns - 1, &options);
  g_assert_cmpint (err, ==, LXW_NO_ERROR);
  worksheet_freeze_panes (ws, 3, 1);
  worksheet_set_landscape (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_repeat_rows (ws, 2, 2);
}

/* The gap matrix also has its formulas, drop-down lists and traffic lights. */
static void
bare_matrix_extras (lxw_workbook    *workbook,
                    GwExportFormats *f,
                    Grid            *grid)
{
  lxw_worksheet *ws = workbook_get_worksheet_by_name (workbook, "Gap matrix");
  lxw_row_t last = 2 + grid->n_rows;
  lxw_data_validation list = { .validate = LXW_VALIDATION_TYPE_LIST_FORMULA,
                               .value_formula = (char *) "=Lists!$A$1:$A$5" };
  lxw_conditional_format rule = { .type = LXW_CONDITIONAL_TYPE_CELL,
                                  .criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO,
                                  .value_string = (char *) "\"Conforming\"", .format = f->cf_conforming };

  for (guint r = 0; r < grid->n_rows; r++)
    {
      double gap = grid->numbers[(gsize) r * grid->n_columns + 7];
      char formula[96];

      g_snprintf (formula, sizeof formula, "=IF(AND(ISNUMBER(F%u),ISNUMBER(G%u)),G%u-F%u,\"\")",
                  r + 4, r + 4, r + 4, r + 4);
      if (isnan (gap))
        worksheet_write_formula_str (ws, 3 + r, 7, formula, f->gap, "");
      else
        worksheet_write_formula_num (ws, 3 + r, 7, formula, f->gap, gap);
    }

  for (guint c = 3; c <= 6; c++)
    worksheet_data_validation_range (ws, 3, c, last, c, &list);
  worksheet_data_validation_range (ws, 3, 14, last, 14, &list);
  for (guint i = 0; i < 8; i++)
    worksheet_conditional_format_range (ws, 3, 3, last, 3, &rule);
}

static double
bare_ms (GwExportData *data,
         const char   *path)
{
  static const char *const names[] = { "Gap matrix", "Action plan", "Evidence register", "Documented information" };
  static const char *const tables[] = { "tblGapMatrix", "tblActionPlan", "tblEvidence", "tblDocumented" };
  const double *widths[] = { matrix_widths, action_widths, evidence_widths, documented_widths };
  Grid grids[4];
  GwExportFormats f;
  lxw_workbook *workbook;
  gint64 start;

  prepare (data, grids);

  start = g_get_monotonic_time ();
  workbook = workbook_new (path);
  g_assert_true (_gw_export_formats_init (workbook, &f));
  workbook_add_worksheet (workbook, "Summary");
  for (guint i = 0; i < G_N_ELEMENTS (grids); i++)
    bare_sheet (workbook, &f, names[i], tables[i], &grids[i], widths[i]);
  bare_matrix_extras (workbook, &f, &grids[0]);
  workbook_add_worksheet (workbook, "Lists");
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  for (guint i = 0; i < G_N_ELEMENTS (grids); i++)
    grid_clear (&grids[i]);
  return ms_since (start);
}

/* One size ------------------------------------------------------------ */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static int
run_one (guint rows)
{
  g_autofree char *dir = g_dir_make_tmp ("gapwise-bench-export-XXXXXX", NULL);
  g_autofree char *state = g_build_filename (dir, "state", NULL);
  g_autofree char *audit_path = g_build_filename (dir, "audit.gapwise", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "export.xlsx", NULL);
  g_autofree char *bare = g_build_filename (dir, "bare.xlsx", NULL);
  g_autofree char *label = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (audit_path);
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GwExportData) data = NULL;
  g_autoptr(GError) error = NULL;
  double collect_ms, write_ms, floor_ms, rss_mb, peak_mb;
  GStatBuf st;
  gint64 start;

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  audit = rows == 0 ? gw_demo_create (file, &error) : gw_synthetic_create (file, rows, 2 * rows, &error);
  g_assert_no_error (error);
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);
  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  data = gw_export_data_collect (audit, &error);
  g_assert_no_error (error);
  collect_ms = ms_since (start);
  g_assert_true (gw_audit_close (audit, &error));

  rss_mb = status_mb ("VmRSS:");
  start = g_get_monotonic_time ();
  g_assert_true (gw_export_write (data, NULL, xlsx, &error));
  g_assert_no_error (error);
  write_ms = ms_since (start);
  peak_mb = status_mb ("VmHWM:");

  floor_ms = bare_ms (data, bare);
  g_assert_cmpint (g_stat (xlsx, &st), ==, 0);

  label = rows == 0 ? g_strdup ("demo") : g_strdup_printf ("synthetic %u", rows);
  printf ("%-16s %7u %7u %9.1f %9.1f %10.0f %9.1f %6.2f× %8.1f %8.1f %8.0f\n", label,
          data->requirements->len, data->evidence->len, collect_ms, write_ms,
          data->requirements->len / (write_ms / 1000.0), floor_ms, write_ms / floor_ms,
          rss_mb, peak_mb, st.st_size / 1024.0);
  fflush (stdout);

  remove_tree (dir);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  static const guint sizes[] = { 0, 1000, 10000, 50000 };

  if (argc == 3 && g_str_equal (argv[1], "--one"))
    return run_one ((guint) g_ascii_strtoull (argv[2], NULL, 10));

  printf ("Gapwise export benchmark (times in ms; rows/s of the gap matrix; memory in MB)\n\n");
  printf ("%-16s %7s %7s %9s %9s %10s %9s %7s %8s %8s %8s\n", "audit", "rows", "evid", "collect",
          "write", "rows/s", "bare", "ratio", "rss", "peak", "xlsx kB");
  fflush (stdout);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *size = g_strdup_printf ("%u", sizes[i]);
      g_autoptr(GError) error = NULL;
      int status = 0;

      /* A process per size, so each peak is its own. */
      if (!g_spawn_sync (NULL, (char *[]) { argv[0], (char *) "--one", size, NULL }, NULL,
                         G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("benchmark of size %s failed: %s", size, error->message);
    }

  printf ("\ncollect: snapshot on the main thread; write: the workbook on the worker thread;\n"
          "bare: libxlsxwriter alone writing the same table cells, formats, row heights and tables;\n"
          "rss: before writing; peak: VmHWM after writing.\n"
          "Aim: write within 1.5× of bare, growing linearly.\n");
  return 0;
}
