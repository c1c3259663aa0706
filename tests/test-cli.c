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
  static const char *commands[] = { "new", "demo", "synthetic", "summary", "check", "catalogue", "matrix" };

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

/* Risks ----------------------------------------------------------------- */

typedef struct
{
  const char      *title;
  int              inherent[2];
  int              residual[2];
  GwRiskTreatment  treatment;
  const char      *measure;
} RiskSpec;

/* On the default 5 × 5 matrix (Critical from 17, High from 10, Medium
 * from 5), gravest first. The seal and ransomware risks are high and wait
 * for a measure; the strike is high but transferred. */
static const RiskSpec risk_specs[] = {
  { "Seal swapped at a stop", { 4, 5 }, { 2, 4 }, GW_RISK_TREATMENT_MITIGATE, "CCI-03" },
  { "Trailer theft overnight", { 4, 4 }, { 2, 2 }, GW_RISK_TREATMENT_MITIGATE, "PHY-02" },
  { "Ransomware", { 3, 5 }, { 1, 5 }, GW_RISK_TREATMENT_UNDECIDED, NULL },
  { "Port strike", { 2, 5 }, { 2, 5 }, GW_RISK_TREATMENT_TRANSFER, NULL },
  { "Fuel siphoned", { 3, 3 }, { 0, 0 }, GW_RISK_TREATMENT_ACCEPT, NULL },
  { "Counterfeit parts", { 0, 0 }, { 0, 0 }, GW_RISK_TREATMENT_UNDECIDED, NULL },
};

static gint64
set_measure (GwAudit         *audit,
             const char      *ref,
             GwMeasureStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (audit, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < measures->len; i++)
    {
      GwMeasure *m = g_ptr_array_index (measures, i);

      if (!g_str_equal (m->ref, ref))
        continue;
      m->status = status;
      g_assert_true (gw_audit_update_measure (audit, m, &error));
      g_assert_no_error (error);
      return m->id;
    }
  g_error ("no measure %s", ref);
}

static void
create_risks (const char *path)
{
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;

  set_measure (audit, "CCI-01", GW_MEASURE_STATUS_IN_PLACE);
  set_measure (audit, "ACC-04", GW_MEASURE_STATUS_NOT_APPLICABLE);

  for (guint i = 0; i < G_N_ELEMENTS (risk_specs); i++)
    {
      const RiskSpec *spec = &risk_specs[i];
      g_autoptr(GwRisk) risk = gw_risk_new (spec->title);
      gint64 id;

      risk->inherent_likelihood = spec->inherent[0];
      risk->inherent_impact = spec->inherent[1];
      risk->residual_likelihood = spec->residual[0];
      risk->residual_impact = spec->residual[1];
      risk->treatment = spec->treatment;
      id = gw_audit_add_risk (audit, risk, &error);
      g_assert_no_error (error);
      if (spec->measure)
        {
          /* PHY-02 in place, CCI-03 not. */
          GwMeasureStatus status = g_str_equal (spec->measure, "PHY-02") ? GW_MEASURE_STATUS_IN_PLACE
                                                                          : GW_MEASURE_STATUS_NOT_IN_PLACE;
          g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, set_measure (audit, spec->measure, status),
                                             TRUE, &error));
          g_assert_no_error (error);
        }
    }

  g_assert_true (gw_audit_close (audit, &error));
}

/* The words of the line of @text that starts with @start. */
static GStrv
line_words (const char *text,
            const char *start)
{
  g_autofree char *needle = g_strconcat ("\n", start, NULL);
  const char *line = strstr (text, needle);
  g_autofree char *copy = NULL;
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  g_assert_nonnull (line);
  line += 1 + strlen (start);
  copy = g_strndup (line, strcspn (line, "\n"));
  parts = g_strsplit (copy, " ", -1);
  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_strv_builder_add (words, parts[i]);
  return g_strv_builder_end (words);
}

static void
assert_line_ends (const char *text,
                  const char *start,
                  const char *before,
                  const char *after)
{
  g_auto(GStrv) words = line_words (text, start);
  guint n = g_strv_length (words);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (words[n - 2], ==, before);
  g_assert_cmpstr (words[n - 1], ==, after);
}

/* Where @needle first is in @text, failing when it is not there. */
static gsize
position (const char *text,
          const char *needle)
{
  const char *p = strstr (text, needle);

  if (p == NULL)
    g_error ("“%s” is not in:\n%s", needle, text);
  return p - text;
}

static void
test_summary_risks (void)
{
  g_autofree char *path = gw_test_path ("risks.gapwise");

  create_risks (path);

  {
    g_auto(Run) run = { 0 };

    cli (&run, "summary", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_test_message ("%s", run.out);

    g_assert_nonnull (strstr (run.out, "\nRisks: 6, rated on the “5 × 5 (default)” matrix.\n"));
    /* Risks per level, before and after treatment. */
    assert_line_ends (run.out, "Critical ", "1", "0");
    assert_line_ends (run.out, "High ", "3", "1");
    assert_line_ends (run.out, "Medium ", "1", "2");
    assert_line_ends (run.out, "Low ", "0", "1");
    assert_line_ends (run.out, "Not rated ", "1", "2");

    /* The rated risks, highest inherent score first, with their residual
     * level; the risk not rated is not among them. */
    g_assert_nonnull (strstr (run.out, "The 5 gravest rated risks:"));
    g_assert_cmpuint (position (run.out, "Seal swapped at a stop"), <, position (run.out, "Trailer theft overnight"));
    g_assert_cmpuint (position (run.out, "Trailer theft overnight"), <, position (run.out, "Ransomware"));
    g_assert_cmpuint (position (run.out, "Ransomware"), <, position (run.out, "Port strike"));
    g_assert_cmpuint (position (run.out, "Port strike"), <, position (run.out, "Fuel siphoned"));
    g_assert_null (strstr (run.out, "Counterfeit parts"));
    {
      g_auto(GStrv) words = line_words (run.out, "R-");
      guint n = g_strv_length (words);

      /* ref ("R-" and its number), level, score, title…, treatment, residual level */
      g_assert_cmpstr (words[1], ==, "Critical");
      g_assert_cmpstr (words[2], ==, "20");
      g_assert_cmpstr (words[n - 2], ==, "Mitigate");
      g_assert_cmpstr (words[n - 1], ==, "Medium");
    }
    g_assert_nonnull (strstr (run.out, "\nHigh risks without their measures in place: 2.\n"));

    /* Measures in place of those that apply, per domain. */
    g_assert_nonnull (strstr (run.out, "Security measures: 56, of which 2 in place."));
    {
      g_auto(GStrv) cargo = line_words (run.out, "Cargo and conveyance integrity");
      g_auto(GStrv) access = line_words (run.out, "Access control");
      g_autofree char *cargo_text = g_strjoinv (" ", cargo);
      g_autofree char *access_text = g_strjoinv (" ", access);

      g_assert_cmpstr (cargo_text, ==, "1 / 7");
      g_assert_cmpstr (access_text, ==, "0 / 6");
    }
  }

  {
    g_auto(Run) run = { 0 };
    const char *risks, *top;

    cli (&run, "summary", "--json", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpuint (count (run.out, "{"), ==, count (run.out, "}"));
    g_assert_cmpuint (count (run.out, "["), ==, count (run.out, "]"));

    risks = strstr (run.out, "\"risks\": {");
    g_assert_nonnull (risks);
    g_assert_nonnull (strstr (risks, "\"matrix\": \"5x5\""));
    g_assert_nonnull (strstr (risks, "\"total\": 6, \"high_without_measures_in_place\": 2"));
    g_assert_nonnull (strstr (risks, "{ \"id\": \"critical\", \"label\": \"Critical\", \"colour\": \"#e01b24\", "
                                     "\"min_score\": 17, \"high\": true, \"inherent\": 1, \"residual\": 0 }"));
    g_assert_nonnull (strstr (risks, "\"high\": true, \"inherent\": 3, \"residual\": 1 }"));
    g_assert_nonnull (strstr (risks, "\"not_rated\": { \"inherent\": 1, \"residual\": 2 }"));

    top = strstr (risks, "\"top\": [");
    g_assert_nonnull (top);
    g_assert_nonnull (strstr (top, "\"title\": \"Seal swapped at a stop\", \"level\": \"critical\", \"score\": 20, "
                                   "\"treatment\": \"mitigate\", \"residual_level\": \"medium\", \"residual_score\": 8 }"));
    g_assert_nonnull (strstr (top, "\"title\": \"Fuel siphoned\", \"level\": \"medium\", \"score\": 9, "
                                   "\"treatment\": \"accept\", \"residual_level\": null, \"residual_score\": null }"));
    g_assert_cmpuint (position (top, "Seal swapped"), <, position (top, "Trailer theft"));
    g_assert_cmpuint (position (top, "Ransomware"), <, position (top, "Port strike"));
    g_assert_null (strstr (top, "Counterfeit parts"));

    g_assert_nonnull (strstr (run.out, "\"measures\": { \"total\": 56, \"in_place\": 2,"));
    g_assert_nonnull (strstr (run.out, "{ \"domain\": \"access-control\", \"label\": \"Access control\", \"total\": 7, "
                                       "\"in_place\": 0, \"partial\": 0, \"planned\": 0, \"not_in_place\": 0, "
                                       "\"not_assessed\": 6, \"not_applicable\": 1 }"));
  }
}

/* An audit without risks says so, in text and in JSON. */
static void
test_summary_no_risks (void)
{
  g_autofree char *path = gw_test_path ("no-risks.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (gw_audit_close (audit, &error));
  {
    g_auto(Run) run = { 0 };

    cli (&run, "summary", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\nRisks: none recorded.\n"));
    g_assert_null (strstr (run.out, "gravest"));
    g_assert_nonnull (strstr (run.out, "Security measures: 56, of which 0 in place."));
  }
  {
    g_auto(Run) run = { 0 };

    cli (&run, "summary", "--json", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"total\": 0, \"high_without_measures_in_place\": 0"));
    g_assert_nonnull (strstr (run.out, "\"top\": []"));
    g_assert_cmpuint (count (run.out, "{"), ==, count (run.out, "}"));
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

/* Risk matrices --------------------------------------------------------- */

/* A matrix of one's own: four points of likelihood, three of impact. */
static const char custom_matrix[] =
  "<risk-matrix id=\"depot-4x3\" name=\"Depot 4 × 3\">\n"
  "  <likelihood value=\"1\" label=\"Rare\"/>\n"
  "  <likelihood value=\"2\" label=\"Possible\"/>\n"
  "  <likelihood value=\"3\" label=\"Likely\"/>\n"
  "  <likelihood value=\"4\" label=\"Certain\"/>\n"
  "  <impact value=\"1\" label=\"Minor\"/>\n"
  "  <impact value=\"2\" label=\"Serious\"/>\n"
  "  <impact value=\"3\" label=\"Severe\"/>\n"
  "  <level id=\"low\" label=\"Low\" colour=\"#33d17a\" min-score=\"1\"/>\n"
  "  <level id=\"medium\" label=\"Medium\" colour=\"#f6d32d\" min-score=\"4\"/>\n"
  "  <level id=\"high\" label=\"High\" colour=\"#e01b24\" min-score=\"8\" high=\"true\"/>\n"
  "</risk-matrix>\n";

/* The second level starts no higher than the first, on line 7. */
static const char broken_matrix[] =
  "<risk-matrix id=\"broken\" name=\"Broken\">\n"
  "  <likelihood value=\"1\" label=\"Low\"/>\n"
  "  <likelihood value=\"2\" label=\"High\"/>\n"
  "  <impact value=\"1\" label=\"Low\"/>\n"
  "  <impact value=\"2\" label=\"High\"/>\n"
  "  <level id=\"low\" label=\"Low\" colour=\"#33d17a\" min-score=\"1\"/>\n"
  "  <level id=\"high\" label=\"High\" colour=\"#e01b24\" min-score=\"1\"/>\n"
  "</risk-matrix>\n";

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in @dir, sorted and joined with spaces. */
static char *
dir_listing (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_matrix (void)
{
  g_autofree char *builtin = g_test_build_filename (G_TEST_DIST, "..", "data", "risk", "matrix-3x3.xml", NULL);
  g_autofree char *custom = gw_test_path ("depot.xml");
  g_autofree char *broken = gw_test_path ("broken-matrix.xml");

  g_assert_true (g_file_set_contents (custom, custom_matrix, -1, NULL));
  g_assert_true (g_file_set_contents (broken, broken_matrix, -1, NULL));

  /* One line per built-in matrix, the default first, levels with the
   * scores they cover. */
  {
    g_auto(Run) run = { 0 };
    g_auto(GStrv) lines = NULL;

    cli (&run, "matrix", "list", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    lines = g_strsplit (run.out, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 4);
    g_assert_cmpstr (lines[3], ==, "");
    g_assert_cmpstr (lines[0], ==, "5x5   5 × 5 (default)   Low 1–4, Medium 5–9, High 10–16, Critical 17–25");
    g_assert_cmpstr (lines[1], ==, "4x4   4 × 4             Low 1–3, Medium 4–7, High 8–11, Critical 12–16");
    g_assert_cmpstr (lines[2], ==, "3x3   3 × 3             Low 1–2, Medium 3–5, High 6–9");
  }

  {
    g_auto(Run) run = { 0 };

    cli (&run, "matrix", "validate", custom, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpuint (count (run.out, "\n"), ==, 1);
    g_assert_true (g_str_has_prefix (run.out, custom));
    g_assert_nonnull (strstr (run.out, ": valid risk matrix “Depot 4 × 3” (depot-4x3), 4 × 3 (likelihood × impact), "
                                       "3 levels: Low 1–3, Medium 4–7, High 8–12.\n"));
  }
  {
    g_auto(Run) run = { 0 };

    cli (&run, "matrix", "validate", builtin, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "valid risk matrix “3 × 3” (3x3)"));
  }

  /* A broken file: exit 1, the file and line of the problem, nothing on
   * stdout. */
  {
    g_auto(Run) run = { 0 };

    cli (&run, "matrix", "validate", broken, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_true (g_str_has_prefix (run.err, "gapwise-cli: broken-matrix.xml:7: "));
    g_assert_nonnull (strstr (run.err, "level “high” must be higher"));
    g_assert_cmpuint (count (run.err, "\n"), ==, 1);
  }
  {
    g_auto(Run) run = { 0 };
    g_autofree char *missing = gw_test_path ("no-such-matrix.xml");

    cli (&run, "matrix", "validate", missing, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpuint (count (run.err, "\n"), ==, 1);
  }

  /* Wrong usage. */
  {
    const char *const wrong[][3] = {
      { NULL }, { "validate", NULL }, { "list", "extra", NULL }, { "validate", custom, "extra" }, { "show", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
      {
        g_auto(Run) run = { 0 };

        /* cli() stops at the first NULL. */
        cli (&run, "matrix", wrong[i][0], wrong[i][1], wrong[i][2], NULL);
        g_assert_cmpint (run.status, ==, 2);
        g_assert_cmpstr (run.out, ==, "");
        g_assert_nonnull (strstr (run.err, "matrix list"));
      }
  }
}

/* `new --matrix`: the audit rates its risks on that matrix; a matrix that
 * cannot be read stops the command before any file is made. */
static void
test_new_matrix (void)
{
  g_autofree char *dir = gw_test_path ("new-matrix");
  g_autofree char *small = g_build_filename (dir, "small.gapwise", NULL);
  g_autofree char *depot = g_build_filename (dir, "depot.gapwise", NULL);
  g_autofree char *failed = g_build_filename (dir, "failed.gapwise", NULL);
  g_autofree char *custom = gw_test_path ("depot-matrix.xml");
  g_autofree char *broken = gw_test_path ("broken-matrix.xml");

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (custom, custom_matrix, -1, NULL));
  g_assert_true (g_file_set_contents (broken, broken_matrix, -1, NULL));

  {
    g_auto(Run) run = { 0 };

    cli (&run, "new", small, "--organisation", "Baltic Reefer AS", "--matrix", "3x3", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "147 requirements"));
    g_assert_nonnull (strstr (run.out, "Risks are rated on the “3 × 3” matrix."));
  }
  {
    g_auto(Run) run = { 0 };

    cli (&run, "summary", "--json", small, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"matrix\": \"3x3\", \"matrix_name\": \"3 × 3\""));
    /* Three levels, High from 6: the 3 × 3 bands, not the default's. */
    g_assert_nonnull (strstr (run.out, "{ \"id\": \"high\", \"label\": \"High\", \"colour\": \"#e01b24\", "
                                       "\"min_score\": 6, \"high\": true"));
    g_assert_null (strstr (run.out, "\"critical\""));
  }
  {
    g_auto(Run) run = { 0 };

    cli (&run, "summary", small, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Baltic Reefer AS"));
  }

  /* A matrix file of one's own. */
  {
    g_auto(Run) run = { 0 };

    cli (&run, "new", depot, "--matrix", custom, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(Run) run = { 0 };

    cli (&run, "summary", "--json", depot, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"matrix\": \"depot-4x3\", \"matrix_name\": \"Depot 4 × 3\""));
  }

  /* Failures leave nothing behind: no audit file, no temporary file. */
  {
    g_auto(Run) run = { 0 };

    cli (&run, "new", failed, "--matrix", broken, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_true (g_str_has_prefix (run.err, "gapwise-cli: broken-matrix.xml:7: "));
    g_assert_cmpuint (count (run.err, "\n"), ==, 1);
    g_assert_false (g_file_test (failed, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = { 0 };

    cli (&run, "new", failed, "--matrix", "7x7", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "no built-in risk matrix called “7x7”"));
    g_assert_false (g_file_test (failed, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *listing = dir_listing (dir);

    g_assert_cmpstr (listing, ==, "depot.gapwise small.gapwise");
  }

  /* --matrix without its value is wrong usage. */
  {
    g_auto(Run) run = { 0 };

    cli (&run, "new", failed, "--matrix", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_false (g_file_test (failed, G_FILE_TEST_EXISTS));
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
  g_test_add_func ("/cli/summary-risks", test_summary_risks);
  g_test_add_func ("/cli/summary-no-risks", test_summary_no_risks);
  g_test_add_func ("/cli/failures", test_failures);
  g_test_add_func ("/cli/synthetic", test_synthetic);
  g_test_add_func ("/cli/catalogue", test_catalogue);
  g_test_add_func ("/cli/matrix", test_matrix);
  g_test_add_func ("/cli/new-matrix", test_new_matrix);

  return g_test_run ();
}
