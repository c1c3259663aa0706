/* test-cli.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gapwise-cli as a user or a script meets it: each command, what it
 * prints, and its exit codes (0 success, 1 failure, 2 wrong usage).
 */

#include "config.h"

#include <string.h>

#include "gw-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
cli (Run        *run,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli_path = g_getenv ("GAPWISE_CLI");
  va_list ap;

  g_assert_nonnull (cli_path);
  g_ptr_array_add (args, (gpointer) cli_path);
  va_start (ap, first);
  for (const char *arg = first; arg; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", g_get_user_state_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_subprocess_launcher_set_cwd (launcher, g_get_user_cache_dir ());
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_help_and_usage (void)
{
  static const char *commands[] = { "new", "demo", "synthetic", "summary", "check", "catalogue" };

  {
    g_auto(Run) run = { 0 };
    cli (&run, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "Usage: gapwise-cli COMMAND"));
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      g_assert_nonnull (strstr (run.out, commands[i]));
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "frobnicate", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "unknown command “frobnicate”"));
  }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };
      cli (&run, commands[i], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, "Usage:"));
      g_assert_nonnull (strstr (run.out, commands[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };
      cli (&run, commands[i], "--no-such-option", NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "gapwise-cli: "));
    }
}

static void
test_new (void)
{
  g_autofree char *path = gw_test_path ("new.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GwAuditDetails) details = NULL;

  {
    g_auto(Run) run = { 0 };
    cli (&run, "new", path, "--organisation", "Baltic Reefer AS", "--site", "Terminal 2",
         "--site", "Cold store", "--type", "internal", "--lead", "Ines Duarte",
         "--start", "2026-12-01", "--end", "2026-12-05", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "147 requirements"));
  }

  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  details = gw_audit_get_details (audit, &error);
  g_assert_cmpstr (details->organisation, ==, "Baltic Reefer AS");
  g_assert_cmpuint (g_strv_length (details->sites), ==, 2);
  g_assert_cmpint (details->audit_type, ==, GW_AUDIT_TYPE_INTERNAL);
  g_assert_cmpstr (details->start_date, ==, "2026-12-01");

  {
    g_auto(Run) run = { 0 };
    cli (&run, "new", path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "already exists"));
    g_assert_cmpuint (count (run.err, "\n"), ==, 1);
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "new", "other.gapwise", "--type", "audit-of-doom", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "new", "other.gapwise", "--start", "31/12/2026", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "new", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "Missing argument"));
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "new", "x.gapwise", "--catalogue", "nonexistent", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "no built-in catalogue"));
  }
}

static void
test_demo_summary (void)
{
  g_autofree char *path = gw_test_path ("demo.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GwScoreSheet) scores = NULL;
  g_autofree char *expected_assessed = NULL;
  g_autofree char *expected_readiness = NULL;
  const GwScore *total;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  {
    g_auto(Run) run = { 0 };
    cli (&run, "demo", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }

  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  scores = gw_audit_compute_scores (audit, &error);
  total = gw_score_sheet_get_total (scores);

  {
    g_auto(Run) run = { 0 };
    g_autofree char *overall = NULL;

    cli (&run, "summary", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_test_message ("%s", run.out);

    /* One row per clause 4 to 10, and the overall row with the figures of
     * the core. */
    for (guint i = 4; i <= 10; i++)
      {
        g_autofree char *row = g_strdup_printf ("\n%-4u ", i);
        g_assert_nonnull (strstr (run.out, row));
      }
    overall = g_strdup_printf ("%u/%u", total->n_assessed, total->n_applicable);
    g_assert_nonnull (strstr (run.out, overall));
    g_assert_nonnull (strstr (run.out, "Readiness"));
    g_assert_nonnull (strstr (run.out, "0.5 × partially conforming"));
  }

  {
    g_auto(Run) run = { 0 };

    cli (&run, "summary", "--json", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "{"));
    g_assert_cmpuint (count (run.out, "\"number\": "), ==, 7);
    expected_assessed = g_strdup_printf ("\"assessed\": %u,", total->n_assessed);
    g_assert_nonnull (strstr (run.out, expected_assessed));
    expected_readiness = g_strdup_printf ("\"readiness\": %s",
                                          g_ascii_formatd (buffer, sizeof buffer, "%.4f",
                                                           gw_score_get_readiness (total)));
    g_assert_nonnull (strstr (run.out, expected_readiness));
    g_assert_cmpuint (count (run.out, "{"), ==, count (run.out, "}"));
  }

  {
    g_auto(Run) run = { 0 };
    cli (&run, "check", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "sound Gapwise audit"));
  }
}

static void
test_failures (void)
{
  g_autofree char *text = gw_test_path ("notes.gapwise");
  g_autofree char *missing = gw_test_path ("missing.gapwise");

  g_assert_true (g_file_set_contents (text, "just some notes", -1, NULL));

  {
    g_auto(Run) run = { 0 };
    cli (&run, "summary", text, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_true (g_str_has_prefix (run.err, "gapwise-cli: "));
    g_assert_nonnull (strstr (run.err, "is not a Gapwise audit file"));
    g_assert_cmpuint (count (run.err, "\n"), ==, 1);
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "check", missing, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "does not exist"));
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "summary", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "synthetic", "s.gapwise", "--requirements", "many", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
}

static void
test_synthetic (void)
{
  g_autofree char *path = gw_test_path ("synthetic.gapwise");

  {
    g_auto(Run) run = { 0 };
    cli (&run, "synthetic", path, "--requirements", "300", "--evidence", "900", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "summary", "--json", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"items\": 900"));
  }
}

static void
test_catalogue (void)
{
  g_autofree char *iso = g_test_build_filename (G_TEST_DIST, "..", "data", "standards", "iso28000-2022.xml", NULL);
  g_autofree char *broken = gw_test_path ("broken.xml");

  g_assert_true (g_file_set_contents (broken,
                                      "<catalogue id=\"x\" standard=\"X\">\n"
                                      "  <clause number=\"4\" title=\"Four\">\n"
                                      "    <intent>Four.</intent>\n"
                                      "  </clause>\n"
                                      "  <clause number=\"4.1\" parent=\"9\" title=\"One\">\n"
                                      "    <intent>One.</intent>\n"
                                      "  </clause>\n"
                                      "</catalogue>\n", -1, NULL));
  {
    g_auto(Run) run = { 0 };
    cli (&run, "catalogue", "list", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "iso28000-2022"));
    g_assert_nonnull (strstr (run.out, "ISO 28000:2022"));
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "catalogue", "validate", iso, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "valid catalogue"));
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "catalogue", "validate", broken, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "broken.xml:5:"));
    g_assert_nonnull (strstr (run.err, "unknown parent"));
  }
  {
    g_auto(Run) run = { 0 };
    cli (&run, "catalogue", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/help-and-usage", test_help_and_usage);
  g_test_add_func ("/cli/new", test_new);
  g_test_add_func ("/cli/demo-summary-check", test_demo_summary);
  g_test_add_func ("/cli/failures", test_failures);
  g_test_add_func ("/cli/synthetic", test_synthetic);
  g_test_add_func ("/cli/catalogue", test_catalogue);

  return g_test_run ();
}
