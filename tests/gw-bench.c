/* gw-bench.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints what the core costs on the demo audit and on synthetic audits of
 * growing size: create, open (copy and validation included; "open" is a
 * file this program wrote, "open*" the same bytes under a name it did not
 * write, which gets the full integrity scan), loading the
 * clause tree with every requirement, assessment and evidence item, one
 * committed edit beside a bare SQLite commit with the same settings, and
 * the summary computation. Run with `meson test -C build --benchmark` or
 * directly; it prints figures and judges nothing, since machines are noisy.
 *
 * Aims (issue "Foundation"): open and load 5,000 requirements with 20,000
 * evidence items under 100 ms; one edit within 2× a bare commit; costs
 * growing linearly.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "gw-demo.h"

#define N_EDITS 40

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return values[n / 2];
}

/* The floor for one edit: a transaction of one UPDATE and one INSERT on a
 * database with the working copy's settings (WAL, synchronous FULL). */
static double
bare_commit_ms (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "bare.db", NULL);
  double times[N_EDITS];
  sqlite3 *db;
  sqlite3_stmt *update, *insert;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                "CREATE TABLE a (id INTEGER PRIMARY KEY, result TEXT, changed_at TEXT);"
                "CREATE TABLE log (id INTEGER PRIMARY KEY, field TEXT, old TEXT, new TEXT);"
                "INSERT INTO a (result) VALUES ('not-assessed');", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "UPDATE a SET result = ?, changed_at = 'now' WHERE id = 1", -1, &update, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO log (field, old, new) VALUES ('result', 'a', ?)", -1, &insert, NULL);

  for (guint i = 0; i < N_EDITS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      const char *value = i % 2 ? "conforming" : "partial";

      sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      sqlite3_bind_text (update, 1, value, -1, SQLITE_STATIC);
      sqlite3_step (update);
      sqlite3_reset (update);
      sqlite3_bind_text (insert, 1, value, -1, SQLITE_STATIC);
      sqlite3_step (insert);
      sqlite3_reset (insert);
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
      times[i] = ms_since (start);
    }

  sqlite3_finalize (update);
  sqlite3_finalize (insert);
  sqlite3_close (db);
  return median (times, N_EDITS);
}

static void
measure (const char *label,
         const char *path,
         double      create_ms)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GPtrArray) clauses = NULL, reqs = NULL, assessments = NULL, evidence = NULL;
  g_autoptr(GwScoreSheet) scores = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *stranger_path = g_strconcat (path, ".copy.gapwise", NULL);
  g_autoptr(GFile) stranger = g_file_new_for_path (stranger_path);
  double open_ms, foreign_ms, load_ms, summary_ms, edit_ms, bare_ms, edits[N_EDITS];
  gint64 start;

  g_assert_true (g_file_copy (file, stranger, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  start = g_get_monotonic_time ();
  audit = gw_audit_open (stranger, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  foreign_ms = ms_since (start);
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  start = g_get_monotonic_time ();
  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  open_ms = ms_since (start);

  start = g_get_monotonic_time ();
  clauses = gw_audit_list_clauses (audit, &error);
  reqs = gw_audit_list_requirements (audit, &error);
  assessments = gw_audit_list_assessments (audit, &error);
  evidence = gw_audit_list_evidence (audit, 0, &error);
  g_assert_no_error (error);
  load_ms = ms_since (start);

  start = g_get_monotonic_time ();
  scores = gw_audit_compute_scores (audit, &error);
  g_assert_no_error (error);
  summary_ms = ms_since (start);

  /* Long enough that no write-back runs between the edits measured. */
  gw_audit_set_write_back_delay (audit, 60000);
  for (guint i = 0; i < N_EDITS; i++)
    {
      GwRequirement *req = g_ptr_array_index (reqs, i % reqs->len);
      g_autoptr(GwAssessment) a = gw_audit_get_assessment (audit, req->id, &error);

      g_free (a->finding);
      a->finding = g_strdup_printf ("benchmark edit %u", i);
      start = g_get_monotonic_time ();
      g_assert_true (gw_audit_set_assessment (audit, a, &error));
      edits[i] = ms_since (start);
    }
  edit_ms = median (edits, N_EDITS);
  bare_ms = bare_commit_ms (dir);
  g_assert_true (gw_audit_close (audit, &error));

  printf ("%-22s %6u %7u %9.1f %8.1f %8.1f %8.1f %10.1f %8.2f %8.2f %6.2f× %8.2f\n",
          label, reqs->len, evidence->len, create_ms, open_ms, foreign_ms, load_ms, open_ms + load_ms,
          edit_ms, bare_ms, edit_ms / bare_ms, summary_ms);
  fflush (stdout);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  static const guint sizes[][2] = {
    { 1250, 5000 }, { 2500, 10000 }, { 5000, 20000 }, { 10000, 40000 },
  };
  g_autofree char *dir = g_dir_make_tmp ("gapwise-bench-XXXXXX", NULL);
  g_autofree char *state = g_build_filename (dir, "state", NULL);

  g_assert_nonnull (dir);
  g_setenv ("XDG_STATE_HOME", state, TRUE);

  printf ("Gapwise core benchmark (times in ms; edit and bare commit are medians of %d)\n\n", N_EDITS);
  printf ("%-22s %6s %7s %9s %8s %8s %8s %10s %8s %8s %7s %8s\n", "audit", "reqs", "evid",
          "create", "open", "open*", "load", "open+load", "edit", "bare", "ratio", "summary");

  {
    g_autofree char *path = g_build_filename (dir, "demo.gapwise", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(GwAudit) audit = NULL;
    gint64 start = g_get_monotonic_time ();

    audit = gw_demo_create (file, &error);
    g_assert_no_error (error);
    g_assert_true (gw_audit_close (audit, &error));
    measure ("demo", path, ms_since (start));
  }

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("synthetic-%u.gapwise", sizes[i][0]);
      g_autofree char *label = g_strdup_printf ("synthetic %u/%u", sizes[i][0], sizes[i][1]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GwAudit) audit = NULL;
      gint64 start = g_get_monotonic_time ();

      audit = gw_synthetic_create (file, sizes[i][0], sizes[i][1], &error);
      g_assert_no_error (error);
      g_assert_true (gw_audit_close (audit, &error));
      measure (label, path, ms_since (start));
    }

  printf ("\nopen: a file Gapwise wrote itself (integrity scan skipped); open*: the same bytes as a\n"
          "file from elsewhere (full integrity and foreign-key checks).\n"
          "Aims: open+load of 5000/20000 under 100 ms; edit within 2× bare; costs linear in size.\n");

  remove_tree (dir);
  return 0;
}
