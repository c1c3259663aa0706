/* test-export.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Excel export as a manager (and an attacker) meets it: the guards on
 * every value, the workbook's parts read back from the zip file, numbers
 * that stay valid under a German locale, a workbook that follows the
 * interface language, an export that runs beside a live main loop, and
 * failures (missing folder, read-only folder, full disk) that leave no
 * partial file and an earlier export untouched. The risk sheets are checked
 * in tests/test-export-risks.c; the helpers both use to read a workbook are
 * in tests/gw-export-test-util.h.
 *
 * The program has two helper modes for tests/check-workbook.py, which
 * reads the workbook with openpyxl and LibreOffice (test-export-risks
 * --risks makes its third audit):
 *   test-export --traps AUDIT   creates an audit full of hostile values
 *   test-export --dump AUDIT    prints what the workbook must show, as JSON
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>

#include "gw-export-test-util.h"

#define LONG_TEXT_LENGTH 40000

/* libxlsxwriter 1.1.4 never frees the text of a drop-down list that refers
 * to a range; the export uses one only for lists that cannot be inline.
 * LeakSanitizer reads these suppressions from the test program itself;
 * the second line matches when the fast unwinder stops at the library. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:worksheet_data_validation_range\n"
         "leak:lxw_strdup\n";
}

static const char *const injections[] = {
  "=HYPERLINK(\"http://evil.example/\",\"click\")",
  "+1+1",
  "-2+3",
  "@SUM(A1:A2)",
  "=cmd|' /C calc'!A0",
};

static const char *const references[][2] = {
  /* reference, whether it becomes a link */
  { "https://intranet.example.com/docs/SEC-POL-001.pdf", "1" },
  { "http://example.com/records?id=7", "1" },
  { "mailto:security@example.com", "1" },
  { "file:///etc/passwd", "0" },
  { "javascript:alert(1)", "0" },
  { "\\\\fileserver\\share\\policy.docx", "0" },
  { "https://example.com/with space", "0" },
};

/* Guards ---------------------------------------------------------------- */

static void
test_safe_text (void)
{
  char *to_free = NULL;
  const char *plain = "Seal log, last four weeks";
  const char *out;
  g_autofree char *long_text = g_strnfill (LONG_TEXT_LENGTH, 'a');
  g_autoptr(GString) emoji = g_string_new (NULL);

  g_assert_cmpstr (_gw_export_safe_text (NULL, &to_free), ==, "");
  g_assert_null (to_free);

  /* Plain text is passed through without a copy. */
  g_assert_true (_gw_export_safe_text (plain, &to_free) == plain);
  g_assert_null (to_free);

  /* Formula-like text is kept as it is: it is written as a string. */
  for (guint i = 0; i < G_N_ELEMENTS (injections); i++)
    {
      out = _gw_export_safe_text (injections[i], &to_free);
      g_assert_cmpstr (out, ==, injections[i]);
      g_free (to_free);
    }

  out = _gw_export_safe_text ("a\001b\007c\td\ne\r\nf\rg\x7fh", &to_free);
  g_assert_cmpstr (out, ==, "abc\td\ne\nf\ngh");
  g_free (to_free);

  out = _gw_export_safe_text ("bad \xff\xfe bytes", &to_free);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_true (g_str_has_prefix (out, "bad "));
  g_assert_true (g_str_has_suffix (out, " bytes"));
  g_free (to_free);

  /* A literal Excel escape stays literal. */
  out = _gw_export_safe_text ("code _x0041_ here", &to_free);
  g_assert_cmpstr (out, ==, "code _x005F_x0041_ here");
  g_free (to_free);

  out = _gw_export_safe_text (long_text, &to_free);
  g_assert_nonnull (to_free);
  g_assert_cmpint (g_utf8_strlen (out, -1), <, 32767);
  g_assert_cmpint (strspn (out, "a"), ==, GW_EXPORT_MAX_CELL_UNITS);
  g_assert_true (g_str_has_suffix (out, " […truncated: 8000 more characters in the audit]"));
  g_free (to_free);

  /* Excel counts UTF-16 units, two for an emoji. */
  for (guint i = 0; i < 20000; i++)
    g_string_append (emoji, "😀");
  out = _gw_export_safe_text (emoji->str, &to_free);
  g_assert_true (g_str_has_suffix (out, " […truncated: 4000 more characters in the audit]"));
  g_assert_cmpint (g_utf8_strlen (out, -1), <, 32767 / 2);
  g_free (to_free);
}

static void
test_sheet_names (void)
{
  static const char *const cases[][2] = {
    { "Summary", "Summary" },
    { "Summary", "Summary (2)" },
    { "SUMMARY", "SUMMARY (3)" },
    { "Gap: matrix/[all]*?", "Gap matrix all" },
    { "'Maßnahmenplan'", "’Maßnahmenplan’" },
    { "", "Sheet" },
    { " \t\n ", "Sheet (2)" },
    { "History", "History (2)" },
    { "history", "history (3)" },
    { "Nachweisregister mit einem sehr langen Namen über 31 Zeichen", "Nachweisregister mit einem sehr" },
    { "Nachweisregister mit einem sehr langen Namen", "Nachweisregister mit einem (2)" },
    { "ctrl\001chars\x7f", "ctrl chars" },
  };
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *path = gw_test_path ("names.xlsx");
  lxw_workbook *workbook = workbook_new (path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = _gw_export_sheet_name (cases[i][0], used);

      g_assert_cmpstr (name, ==, cases[i][1]);
      g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
      /* libxlsxwriter agrees, and accepts the sheet. */
      g_assert_cmpint (workbook_validate_sheet_name (workbook, name), ==, LXW_NO_ERROR);
      g_assert_nonnull (workbook_add_worksheet (workbook, name));
    }

  lxw_workbook_free (workbook);
}

static void
test_links (void)
{
  g_autofree char *longest = NULL;
  g_autofree char *too_long = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    g_assert_cmpint (_gw_export_url_is_safe (references[i][0]), ==, references[i][1][0] == '1');

  g_assert_true (_gw_export_url_is_safe ("HTTPS://EXAMPLE.COM"));
  g_assert_false (_gw_export_url_is_safe ("https://"));
  g_assert_false (_gw_export_url_is_safe ("ftp://example.com/file"));
  g_assert_false (_gw_export_url_is_safe ("https://exämple.com/"));
  g_assert_false (_gw_export_url_is_safe ("SEC-POL-001 rev 3"));
  g_assert_false (_gw_export_url_is_safe (NULL));

  longest = g_strconcat ("https://example.com/", NULL);
  while (strlen (longest) < GW_EXPORT_MAX_URL_LENGTH)
    {
      char *longer = g_strconcat (longest, "a", NULL);
      g_free (longest);
      longest = longer;
    }
  g_assert_true (_gw_export_url_is_safe (longest));
  too_long = g_strconcat (longest, "a", NULL);
  g_assert_false (_gw_export_url_is_safe (too_long));
}

static void
test_suggested_name (void)
{
  g_autofree char *path = gw_test_path ("name.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GwAuditDetails) details = NULL;
  g_autoptr(GwExportData) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *today = NULL;

  data = collect (audit);
  name = gw_export_data_suggest_name (data);
  today = g_strdup (data->today);
  expected = g_strdup_printf ("Test Freight GmbH - ISO 28000 gap analysis - %s.xlsx", today);
  g_assert_cmpstr (name, ==, expected);
  g_clear_pointer (&data, gw_export_data_free);
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&expected, g_free);

  details = gw_audit_get_details (audit, &error);
  g_assert_no_error (error);
  g_free (details->organisation);
  details->organisation = g_strdup ("..A/B: C*D? <E>");
  g_assert_true (gw_audit_set_details (audit, details, &error));
  data = collect (audit);
  name = gw_export_data_suggest_name (data);
  expected = g_strdup_printf ("A-B- C-D- -E- - ISO 28000 gap analysis - %s.xlsx", today);
  g_assert_cmpstr (name, ==, expected);

  g_assert_true (gw_audit_close (audit, &error));
}

/* Content --------------------------------------------------------------- */

static void
test_demo_workbook (void)
{
  g_autoptr(GwExportData) data = demo_data ();
  g_autofree char *dir = make_dir ("demo");
  g_autofree char *path = g_build_filename (dir, "demo.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autofree char *table = NULL;
  const char *workbook, *matrix;
  guint n_requirements = data->requirements->len;
  guint n_documented = 0;

  write_ok (data, NULL, path);
  assert_dir_holds (dir, (const char *[]) { "demo.xlsx", NULL });

  zip = zip_read (path);
  workbook = member (zip, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Summary\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Gap matrix\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Action plan\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Evidence register\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Documented information\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Risk register\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Heat map\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Security measures\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Lists\" sheetId=\"9\" state=\"hidden\""));

  /* One matrix row per requirement, below the title, note and header. */
  matrix = member (zip, MATRIX_XML);
  g_assert_cmpuint (count (matrix, "<row "), ==, n_requirements + 3);
  table = g_strdup_printf ("ref=\"A3:O%u\"", n_requirements + 3);
  g_assert_nonnull (strstr (member (zip, "xl/tables/table2.xml"), table));
  g_assert_nonnull (strstr (member (zip, "xl/tables/table2.xml"), "name=\"tblGapMatrix\""));

  /* Defined names for the main tables, and the print titles. */
  g_assert_nonnull (strstr (workbook, "<definedName name=\"GapMatrix\">'Gap matrix'!$A$3:$O$"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"ActionPlan\">'Action plan'!$A$3:$H$"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"EvidenceRegister\">'Evidence register'!$A$3:$H$"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"DocumentedInformation\">"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"ClauseSummary\">"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">"
                                      "'Gap matrix'!$3:$3"));

  /* Drop-downs on result, grade, both maturities and priority; traffic
   * lights on result, grade and gap; a frozen header. */
  g_assert_cmpuint (count (matrix, "<dataValidation type=\"list\""), ==, 5);
  g_assert_nonnull (strstr (matrix, "<formula1>\"Not assessed,Conforming,Partially conforming,Nonconforming,"
                                    "Not applicable\"</formula1>"));
  g_assert_nonnull (strstr (matrix, "<formula1>\"0,1,2,3,4,5\"</formula1>"));
  g_assert_cmpuint (count (matrix, "<cfRule "), ==, 8);
  g_assert_nonnull (strstr (matrix, "<formula>\"Nonconforming\"</formula>"));
  g_assert_nonnull (strstr (matrix, "<pane xSplit=\"2\" ySplit=\"3\" topLeftCell=\"C4\" "
                                    "activePane=\"bottomRight\" state=\"frozen\"/>"));

  /* Landscape A4 fitted to one page wide, on every sheet but the heat
   * map, which fits one page. */
  for (guint i = 1; i <= 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("xl/worksheets/sheet%u.xml", i);
      const char *xml = member (zip, name);

      g_assert_nonnull (strstr (xml, "<pageSetUpPr fitToPage=\"1\"/>"));
      g_assert_nonnull (strstr (xml, i == 7 ? "<pageSetup paperSize=\"9\" orientation=\"landscape\""
                                            : "<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\""));
      g_assert_nonnull (strstr (xml, "<oddFooter>"));
    }

  /* The demo's risk register, one row per risk. */
  g_assert_cmpuint (data->risks->len, >, 0);
  g_assert_cmpuint (count (member (zip, RISKS_XML), "<row "), ==, data->risks->len + 3);
  g_assert_cmpuint (count (member (zip, MEASURES_XML), "<row "), ==, data->measures->len + 3);

  /* Two charts on the Summary, with titles. */
  g_assert_nonnull (strstr (member (zip, "xl/charts/chart1.xml"), "<c:barChart>"));
  g_assert_nonnull (strstr (member (zip, "xl/charts/chart1.xml"), "Readiness and progress per clause"));
  g_assert_nonnull (strstr (member (zip, "xl/charts/chart2.xml"), "<c:radarChart>"));
  g_assert_nonnull (strstr (member (zip, "xl/drawings/drawing1.xml"), "descr=\"Bar chart"));

  /* Properties. */
  g_assert_nonnull (strstr (member (zip, "docProps/core.xml"), "<dc:creator>Helen Okafor</dc:creator>"));
  g_assert_nonnull (strstr (member (zip, "docProps/app.xml"), "<Company>Kestrel Quay Logistics Ltd</Company>"));

  /* Every requirement with documented information is listed; the demo
   * has some without any document or record found. */
  strings = shared_strings (zip);
  for (guint i = 0; i < n_requirements; i++)
    n_documented += ((GwRequirement *) g_ptr_array_index (data->requirements, i))->documented != GW_DOCUMENTED_NONE;
  g_assert_cmpuint (count (member (zip, DOCUMENTS_XML), "<row "), ==, n_documented + 3);
  g_assert_true (has_string (strings, "None found"));
  g_assert_true (has_string (strings, "Kestrel Quay Logistics Ltd"));
}

static void
test_not_applicable_option (void)
{
  g_autoptr(GwExportData) data = demo_data ();
  g_autofree char *dir = make_dir ("options");
  g_autofree char *path = g_build_filename (dir, "applicable.xlsx", NULL);
  GwExportOptions options = { .include_not_applicable = FALSE };
  g_autoptr(GHashTable) zip = NULL;
  guint n_applicable = 0;

  for (guint i = 0; i < data->assessments->len; i++)
    n_applicable += ((GwAssessment *) g_ptr_array_index (data->assessments, i))->result != GW_RESULT_NOT_APPLICABLE;
  g_assert_cmpuint (n_applicable, <, data->requirements->len);

  write_ok (data, &options, path);
  zip = zip_read (path);
  g_assert_cmpuint (count (member (zip, MATRIX_XML), "<row "), ==, n_applicable + 3);
  g_assert_nonnull (strstr (member (zip, "xl/sharedStrings.xml"), "not-applicable requirements are left out"));
}

/* An audit with every hostile value the brief names. */
static GwAudit *
create_traps (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (LONG_TEXT_LENGTH, 'x');
  GwAudit *audit = gw_test_create_audit (path);
  gint64 first = gw_test_requirement (audit, "4.1-01");
  gint64 second = gw_test_requirement (audit, "4.1-02");
  g_autoptr(GwAssessment) a = gw_audit_get_assessment (audit, first, &error);
  g_autoptr(GwAssessment) b = gw_audit_get_assessment (audit, second, &error);
  g_autoptr(GwAction) action = gw_action_new (injections[1]);

  g_assert_no_error (error);
  a->result = GW_RESULT_NONCONFORMING;
  a->grade = GW_FINDING_GRADE_MAJOR;
  a->maturity_current = 1;
  a->maturity_target = 4;
  a->finding = g_strdup (injections[0]);
  a->objective = g_strdup (injections[3]);
  g_assert_true (gw_audit_set_assessment (audit, a, &error));

  b->result = GW_RESULT_PARTIAL;
  b->finding = g_strdup_printf ("%s", long_text);
  g_assert_true (gw_audit_set_assessment (audit, b, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *title = g_strdup_printf ("%s", i < G_N_ELEMENTS (injections) ? injections[i] : "Evidence");
      g_autoptr(GwEvidence) e = gw_evidence_new (title, GW_EVIDENCE_KIND_DOCUMENT);
      gint64 id;

      e->reference = g_strdup (references[i][0]);
      id = gw_audit_add_evidence (audit, e, &error);
      g_assert_no_error (error);
      g_assert_true (gw_audit_link_evidence (audit, id, first, TRUE, &error));
    }

  action->owner = g_strdup (injections[2]);
  action->due_date = g_strdup ("2020-01-31");
  action->priority = GW_PRIORITY_HIGH;
  g_assert_true (gw_audit_link_action (audit, gw_audit_add_action (audit, action, &error), first, TRUE, &error));
  g_assert_no_error (error);

  return audit;
}

static void
test_traps (void)
{
  g_autofree char *audit_path = gw_test_path ("traps.gapwise");
  g_autoptr(GwAudit) audit = create_traps (audit_path);
  g_autoptr(GwExportData) data = collect (audit);
  g_autofree char *dir = make_dir ("traps");
  g_autofree char *path = g_build_filename (dir, "traps.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(GError) error = NULL;
  const char *evidence, *rels;
  gboolean found_long = FALSE;
  GHashTableIter iter;
  gpointer value;

  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);

  /* Formula-like text is a shared string, never a formula. */
  for (guint i = 0; i < G_N_ELEMENTS (injections); i++)
    g_assert_true (has_string (strings, injections[i]));
  g_hash_table_iter_init (&iter, zip);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_assert_null (strstr (value, "<f>HYPERLINK"));
      g_assert_null (strstr (value, "<f>cmd"));
      g_assert_null (strstr (value, "<f>SUM"));
    }

  /* The long finding is cut with a marker saying how much is missing. */
  for (guint i = 0; i < strings->len; i++)
    {
      const char *s = g_ptr_array_index (strings, i);
      if (g_str_has_prefix (s, "xxxxxxxxxx"))
        {
          g_assert_true (g_str_has_suffix (s, " […truncated: 8000 more characters in the audit]"));
          g_assert_cmpint (g_utf8_strlen (s, -1), <=, 32767);
          found_long = TRUE;
        }
    }
  g_assert_true (found_long);

  /* Only http, https and mailto references are links. */
  evidence = member (zip, EVIDENCE_XML);
  rels = member (zip, "xl/worksheets/_rels/sheet4.xml.rels");
  g_assert_cmpuint (count (evidence, "<hyperlink "), ==, 3);
  g_assert_nonnull (strstr (rels, "Target=\"https://intranet.example.com/docs/SEC-POL-001.pdf\""));
  g_assert_nonnull (strstr (rels, "Target=\"mailto:security@example.com\""));
  g_assert_null (strstr (rels, "file:"));
  g_assert_null (strstr (rels, "javascript"));
  g_assert_null (strstr (rels, "fileserver"));
  g_assert_true (has_string (strings, "file:///etc/passwd"));
  g_assert_true (has_string (strings, "javascript:alert(1)"));

  /* The overdue action is counted and highlighted. */
  g_assert_nonnull (strstr (member (zip, ACTIONS_XML), "<cfRule type=\"expression\""));

  g_assert_true (gw_audit_close (audit, &error));
}

/* Locale and language --------------------------------------------------- */

static gboolean
is_number (const char *text,
           gsize       length)
{
  g_autofree char *copy = g_strndup (text, length);
  char *end = NULL;

  if (length == 0)
    return TRUE;
  g_ascii_strtod (copy, &end);
  return end != copy && *end == '\0';
}

/* Every cached value and every numeric attribute must use a dot; a comma
 * makes a file Excel repairs and LibreOffice misreads. */
static void
assert_numbers_valid (GHashTable *zip)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n_values = 0;

  g_hash_table_iter_init (&iter, zip);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *xml = value;

      if (g_str_equal (key, "xl/sharedStrings.xml") || !g_str_has_suffix (key, ".xml"))
        continue;

      for (const char *p = strstr (xml, "<v>"); p; p = strstr (p + 1, "<v>"))
        {
          const char *end = strstr (p, "</v>");
          if (!is_number (p + 3, end - p - 3))
            g_error ("%s: cell value “%.*s” is not a number", (char *) key, (int) (end - p - 3), p + 3);
          n_values++;
        }

      for (const char *p = strstr (xml, "=\""); p; p = strstr (p + 1, "=\""))
        {
          const char *start = p + 2;
          const char *end = strchr (start, '"');
          gsize n_digits = strspn (start, "-0123456789");

          if (n_digits > 0 && start[n_digits] == ',' && strspn (start + n_digits + 1, "0123456789") > 0 &&
              start + n_digits + 1 + strspn (start + n_digits + 1, "0123456789") == end)
            g_error ("%s: attribute value “%.*s” has a decimal comma", (char *) key, (int) (end - start), start);
        }
    }

  g_assert_cmpuint (n_values, >, 100);
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GError **error = user_data;

  g_assert_true (GW_IS_AUDIT (source));
  if (!gw_export_write_finish (result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NONE, "done");
}

static gboolean
export_async (GwAudit                *audit,
              const GwExportOptions  *options,
              const char             *path,
              GCancellable           *cancellable,
              guint                  *n_iterations,
              GError                **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *result = NULL;

  gw_export_write_async (audit, options, file, cancellable, async_done, &result);
  while (result == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      if (n_iterations)
        (*n_iterations)++;
    }

  if (g_error_matches (result, G_IO_ERROR, G_IO_ERROR_NONE))
    {
      g_error_free (result);
      return TRUE;
    }

  g_propagate_error (error, result);
  return FALSE;
}

static void
test_german_locale (void)
{
  g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GwExportData) data = demo_data ();
  g_autofree char *dir = make_dir ("locale");
  g_autofree char *c_path = g_build_filename (dir, "c.xlsx", NULL);
  g_autofree char *de_path = g_build_filename (dir, "de.xlsx", NULL);
  g_autofree char *async_path = g_build_filename (dir, "async.xlsx", NULL);
  g_autofree char *audit_path = gw_test_path ("demo.gapwise");
  g_autoptr(GFile) audit_file = g_file_new_for_path (audit_path);
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GHashTable) c_zip = NULL, de_zip = NULL, async_zip = NULL;
  g_autoptr(GError) error = NULL;
  char number[32];
  GHashTableIter iter;
  gpointer key, value;

  /* The demo has a risk register, so the risk sheets are checked too. */
  g_assert_cmpuint (data->risks->len, >, 0);
  setlocale (LC_ALL, "C.UTF-8");
  write_ok (data, NULL, c_path);

  /* The locale must exist: build-aux/setup-deps.sh generates it. A test
   * that cannot fail proves nothing, so a missing locale is a failure. */
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      setlocale (LC_ALL, old);
      g_test_message ("de_DE.UTF-8 is missing; run build-aux/setup-deps.sh");
      g_test_fail ();
      return;
    }
  /* … and it must arm the trap. */
  g_snprintf (number, sizeof number, "%.1f", 1.5);
  g_assert_cmpstr (number, ==, "1,5");

  write_ok (data, NULL, de_path);
  audit = gw_audit_open (audit_file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (export_async (audit, NULL, async_path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gw_audit_close (audit, &error));

  /* The process locale is the user's again after the export. */
  g_snprintf (number, sizeof number, "%.1f", 1.5);
  g_assert_cmpstr (number, ==, "1,5");
  setlocale (LC_ALL, old);

  c_zip = zip_read (c_path);
  de_zip = zip_read (de_path);
  async_zip = zip_read (async_path);
  assert_numbers_valid (de_zip);
  assert_numbers_valid (async_zip);

  /* The same snapshot makes the same workbook, whatever the locale. */
  g_hash_table_iter_init (&iter, c_zip);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpstr (g_hash_table_lookup (de_zip, key), ==, value);
  g_assert_cmpuint (g_hash_table_size (c_zip), ==, g_hash_table_size (de_zip));
  /* … and the widths, which are fractional, kept their decimal point. */
  {
    const char *width = strstr (member (de_zip, MATRIX_XML), "<col min=\"3\" max=\"3\" width=\"");

    g_assert_nonnull (width);
    width += strlen ("<col min=\"3\" max=\"3\" width=\"");
    g_assert_cmpint (strcspn (width, "."), <, strcspn (width, "\""));
  }
}

static const char translation[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
  "\n"
  "msgid \"Summary\"\nmsgstr \"Übersicht: Stand/2026\"\n\n"
  "msgid \"Gap matrix\"\nmsgstr \"History\"\n\n"
  "msgid \"Action plan\"\nmsgstr \"'Maßnahmenplan'\"\n\n"
  "msgid \"Evidence register\"\nmsgstr \"Nachweisregister mit einem sehr langen Namen über 31 Zeichen\"\n\n"
  "msgid \"Documented information\"\nmsgstr \"history\"\n\n"
  "msgid \"Conforming\"\nmsgstr \"Konform\"\n\n"
  "msgid \"Major nonconformity\"\nmsgstr \"Schwerwiegende Abweichung (größer)\"\n\n"
  "msgid \"Readiness\"\nmsgstr \"Umsetzungsgrad\"\n";

/* The workbook speaks the interface language, even though it is written
 * on a worker thread with the C locale for numbers; translated sheet
 * names are made legal. Runs in a subprocess: it changes the process's
 * locale and message catalogue. */
static void
test_language (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *po = NULL, *mo = NULL, *mo_dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *audit_path = NULL;
  g_autoptr(GFile) audit_file = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(GError) error = NULL;
  const char *workbook;
  int status = -1;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = make_dir ("language");
  mo_dir = g_build_filename (dir, "de", "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0755), ==, 0);
  po = g_build_filename (dir, "de.po", NULL);
  mo = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_assert_true (g_file_set_contents (po, translation, -1, &error));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "msgfmt", (char *) "-o", mo, po, NULL }, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_unsetenv ("LANGUAGE");
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    g_error ("de_DE.UTF-8 is missing; run build-aux/setup-deps.sh");
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_assert_cmpstr (_("Summary"), ==, "Übersicht: Stand/2026");

  audit_path = gw_test_path ("language.gapwise");
  audit_file = g_file_new_for_path (audit_path);
  audit = gw_demo_create (audit_file, &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "de.xlsx", NULL);
  g_assert_true (export_async (audit, NULL, path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gw_audit_close (audit, &error));

  zip = zip_read (path);
  workbook = member (zip, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Übersicht Stand 2026\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"History (2)\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"’Maßnahmenplan’\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Nachweisregister mit einem sehr\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"history (3)\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Lists\""));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"GapMatrix\">'History (2)'!$A$3:$O$"));

  strings = shared_strings (zip);
  g_assert_true (has_string (strings, "Konform"));
  g_assert_true (has_string (strings, "Umsetzungsgrad"));
  g_assert_false (has_string (strings, "Readiness"));
  g_assert_nonnull (strstr (member (zip, MATRIX_XML), "<formula>\"Konform\"</formula>"));
  /* ASCII labels stay an inline drop-down list; others come from the
   * hidden sheet, which holds the translations. */
  g_assert_nonnull (strstr (member (zip, MATRIX_XML), "Konform,Partially conforming"));
  g_assert_nonnull (strstr (member (zip, MATRIX_XML), "<formula1>Lists!$B$1:$B$4</formula1>"));
  g_assert_true (has_string (strings, "Schwerwiegende Abweichung (größer)"));
  assert_numbers_valid (zip);
}

/* Threads --------------------------------------------------------------- */

static gboolean
tick (gpointer user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* The window keeps running while the workbook is written, and edits made
 * meanwhile do not reach the snapshot being written. */
static void
test_async_snapshot (void)
{
  g_autofree char *audit_path = gw_test_path ("async.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (audit_path);
  g_autofree char *dir = make_dir ("async");
  g_autofree char *path = g_build_filename (dir, "async.xlsx", NULL);
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GPtrArray) reqs = NULL;
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GwAssessment) before = NULL;
  g_autoptr(GwAssessment) after = NULL;
  GwRequirement *first;
  GError *result = NULL;
  guint ticks = 0, source;
  const char *matrix;

  audit = gw_synthetic_create (file, 2000, 4000, &error);
  g_assert_no_error (error);
  reqs = gw_audit_list_requirements (audit, &error);
  first = g_ptr_array_index (reqs, 0);
  before = gw_audit_get_assessment (audit, first->id, &error);
  g_assert_cmpint (before->result, !=, GW_RESULT_NOT_APPLICABLE);

  source = g_idle_add (tick, &ticks);
  gw_export_write_async (audit, NULL, target, NULL, async_done, &result);
  /* The snapshot was taken when the export started. */
  after = gw_assessment_copy (before);
  after->result = GW_RESULT_NOT_APPLICABLE;
  g_free (after->justification);
  after->justification = g_strdup ("Changed while the workbook was being written.");
  g_assert_true (gw_audit_set_assessment (audit, after, &error));
  g_assert_no_error (error);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (source);

  g_assert_true (g_error_matches (result, G_IO_ERROR, G_IO_ERROR_NONE));
  g_clear_error (&result);
  g_test_message ("main loop iterations during the export: %u", ticks);
  g_assert_cmpuint (ticks, >, 10);

  zip = zip_read (path);
  matrix = member (zip, MATRIX_XML);
  g_assert_cmpuint (count (matrix, "<row "), ==, reqs->len + 3);
  strings = shared_strings (zip);
  g_assert_cmpstr (cell_string (matrix, strings, "A4"), ==, first->ref);
  g_assert_cmpstr (cell_string (matrix, strings, "D4"), ==, gw_result_to_label (before->result));
  g_assert_true (gw_audit_close (audit, &error));
}

static void
test_cancel (void)
{
  g_autofree char *audit_path = gw_test_path ("cancel.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (audit_path);
  g_autofree char *dir = make_dir ("cancel");
  g_autofree char *path = g_build_filename (dir, "cancelled.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (export_async (audit, NULL, path, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_dir_holds (dir, (const char *[]) { NULL });
  g_clear_error (&error);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Failures -------------------------------------------------------------- */

static void
test_bad_targets (void)
{
  g_autoptr(GwExportData) data = demo_data ();
  g_autofree char *dir = make_dir ("targets");
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "x.xlsx", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.xlsx", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (plain, "x.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (gw_export_write (data, NULL, missing, &error));
  g_assert_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "the folder does not exist"));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_false (gw_export_write (data, NULL, folder, &error));
  g_assert_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "that is a folder"));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (plain, "not a folder", -1, NULL));
  g_assert_false (gw_export_write (data, NULL, under_file, &error));
  g_assert_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_INVALID);
  g_clear_error (&error);

  assert_dir_holds (dir, (const char *[]) { "folder.xlsx", "plain-file", NULL });
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GHashTable) zip = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GwExportData) data = demo_data ();
      g_autoptr(GError) error = NULL;

      dir = g_strdup (g_getenv ("GW_TEST_EXPORT_DIR"));
      path = g_build_filename (dir, "workbook.xlsx", NULL);
      write_ok (data, NULL, path);
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

      /* Permission bits do not stop root: become nobody. */
      if (geteuid () == 0)
        {
          g_assert_cmpint (setgid (65534), ==, 0);
          g_assert_cmpint (setuid (65534), ==, 0);
        }
      g_assert_cmpint (access (dir, W_OK), !=, 0);

      g_assert_false (gw_export_write (data, NULL, path, &error));
      g_assert_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_PERMISSION);
      g_assert_nonnull (strstr (error->message, "The workbook could not be saved in"));
      g_assert_nonnull (strstr (error->message, "permission"));
      return;
    }

  dir = make_shared_dir ();
  path = g_build_filename (dir, "workbook.xlsx", NULL);
  g_setenv ("GW_TEST_EXPORT_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  /* The earlier export is whole and alone. */
  g_chmod (dir, 0755);
  assert_dir_holds (dir, (const char *[]) { "workbook.xlsx", NULL });
  zip = zip_read (path);
  g_assert_nonnull (g_hash_table_lookup (zip, MATRIX_XML));
  remove_tree (dir);
}

/* A full disk, simulated with a file-size limit: writes past it fail with
 * EFBIG like they fail with ENOSPC on a full disk. */
static void
test_full_disk (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GwExportData) data = demo_data ();
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 16 * 1024, 16 * 1024 };

      dir = g_strdup (g_getenv ("GW_TEST_EXPORT_DIR"));
      path = g_build_filename (dir, "workbook.xlsx", NULL);

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (gw_export_write (data, NULL, path, &error));
      g_assert_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_NO_SPACE);
      g_assert_nonnull (strstr (error->message, "the disk is full"));
      return;
    }

  {
    g_autoptr(GwExportData) data = demo_data ();

    dir = make_shared_dir ();
    path = g_build_filename (dir, "workbook.xlsx", NULL);
    write_ok (data, NULL, path);
    before = gw_test_file_checksum (path);
  }

  g_setenv ("GW_TEST_EXPORT_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  gw_test_assert_checksum (path, TRUE, before);
  assert_dir_holds (dir, (const char *[]) { "workbook.xlsx", NULL });
  remove_tree (dir);
}

/* An export over an earlier one replaces it whole, keeping its mode. */
static void
test_replace (void)
{
  g_autoptr(GwExportData) data = demo_data ();
  g_autofree char *dir = make_dir ("replace");
  g_autofree char *path = g_build_filename (dir, "workbook.xlsx", NULL);
  GwExportOptions options = { .include_not_applicable = FALSE };
  g_autoptr(GHashTable) zip = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (path, "an older file", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  write_ok (data, &options, path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  zip = zip_read (path);
  g_assert_nonnull (g_hash_table_lookup (zip, MATRIX_XML));
  assert_dir_holds (dir, (const char *[]) { "workbook.xlsx", NULL });
}

/* Helper modes for check-workbook.py ------------------------------------ */

static void
json_string (GString    *out,
             const char *text)
{
  char *to_free;
  const char *safe = _gw_export_safe_text (text, &to_free);

  g_string_append_c (out, '"');
  for (const char *p = safe; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  g_free (to_free);
}

static void
dump_rating (GString      *out,
             GwRiskMatrix *matrix,
             const char   *name,
             int           likelihood,
             int           impact)
{
  const GwRiskLevel *level = gw_risk_matrix_rate (matrix, likelihood, impact);

  g_string_append_printf (out, ", \"%s\": [%d, %d], \"%s_score\": %d, \"%s_level\": ", name, likelihood, impact,
                          name, gw_risk_matrix_score (matrix, likelihood, impact), name);
  if (level)
    json_string (out, level->id);
  else
    g_string_append (out, "null");
}

/* The matrix, risks and measures as the core rates and lists them. */
static void
dump_risks (GString      *out,
            GwExportData *data)
{
  GwRiskMatrix *matrix = data->matrix;
  int n_likelihood = gw_risk_matrix_get_n_likelihood (matrix);
  int n_impact = gw_risk_matrix_get_n_impact (matrix);

  g_string_append (out, "\n  ],\n  \"matrix\": { \"name\": ");
  json_string (out, gw_risk_matrix_get_name (matrix));
  g_string_append_printf (out, ", \"n_likelihood\": %d, \"n_impact\": %d, \"levels\": [", n_likelihood, n_impact);
  for (guint i = 0; i < gw_risk_matrix_get_n_levels (matrix); i++)
    {
      const GwRiskLevel *level = gw_risk_matrix_get_level (matrix, i);

      g_string_append (out, i ? ", { \"id\": " : "{ \"id\": ");
      json_string (out, level->id);
      g_string_append (out, ", \"label\": ");
      json_string (out, level->label);
      g_string_append (out, ", \"colour\": ");
      json_string (out, level->colour);
      g_string_append (out, " }");
    }
  /* The level of each cell, likelihood by impact, from 1. */
  g_string_append (out, "],\n    \"cells\": [");
  for (int l = 1; l <= n_likelihood; l++)
    {
      g_string_append (out, l > 1 ? ", [" : "[");
      for (int i = 1; i <= n_impact; i++)
        {
          g_string_append (out, i > 1 ? ", " : "");
          json_string (out, gw_risk_matrix_rate (matrix, l, i)->id);
        }
      g_string_append (out, "]");
    }
  g_string_append (out, "] },\n  \"risks\": [");

  for (guint i = 0; i < data->risks->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (data->risks, i);
      GArray *measures = g_ptr_array_index (data->risk_measures, i);
      g_autofree char *ref = gw_risk_format_ref (risk->id);

      g_string_append_printf (out, "%s\n    { \"ref\": \"%s\", \"title\": ", i ? "," : "", ref);
      json_string (out, risk->title);
      g_string_append (out, ", \"treatment\": ");
      json_string (out, gw_risk_treatment_to_label (risk->treatment));
      dump_rating (out, matrix, "inherent", risk->inherent_likelihood, risk->inherent_impact);
      dump_rating (out, matrix, "residual", risk->residual_likelihood, risk->residual_impact);
      g_string_append_printf (out, ", \"n_measures\": %u }", measures ? measures->len : 0);
    }

  g_string_append (out, "\n  ],\n  \"measures\": [");
  for (guint i = 0; i < data->measures->len; i++)
    {
      GwMeasure *m = g_ptr_array_index (data->measures, i);
      GArray *risks = g_ptr_array_index (data->measure_risks, i);

      g_string_append (out, i ? ",\n    { \"ref\": " : "\n    { \"ref\": ");
      json_string (out, m->ref);
      g_string_append (out, ", \"domain\": ");
      json_string (out, gw_measure_domain_to_label (m->domain));
      g_string_append (out, ", \"status\": ");
      json_string (out, gw_measure_status_to_label (m->status));
      g_string_append_printf (out, ", \"n_risks\": %u }", risks ? risks->len : 0);
    }
}

/* What the gap matrix and the evidence register must show, from the core
 * API, for the Python checks to compare with the workbook. */
static int
dump (const char *audit_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (audit_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_autoptr(GwExportData) data = NULL;
  g_autoptr(GString) out = g_string_new ("{\n  \"requirements\": [");

  if (audit == NULL)
    g_error ("%s", error->message);
  data = collect (audit);

  for (guint i = 0; i < data->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (data->requirements, i);
      GwAssessment *a = g_ptr_array_index (data->assessments, i);
      GArray *evidence = g_ptr_array_index (data->requirement_evidence, i);

      g_string_append (out, i ? ",\n    { \"ref\": " : "\n    { \"ref\": ");
      json_string (out, req->ref);
      g_string_append (out, ", \"question\": ");
      json_string (out, req->question);
      g_string_append (out, ", \"result\": ");
      json_string (out, gw_result_to_label (a->result));
      g_string_append (out, ", \"not_applicable\": ");
      g_string_append (out, a->result == GW_RESULT_NOT_APPLICABLE ? "true" : "false");
      g_string_append (out, ", \"grade\": ");
      json_string (out, a->grade != GW_FINDING_GRADE_NONE ? gw_finding_grade_to_label (a->grade) : "");
      g_string_append_printf (out, ", \"current\": %d, \"target\": %d, \"n_evidence\": %u",
                              a->maturity_current, a->maturity_target, evidence ? evidence->len : 0);
      g_string_append (out, ", \"finding\": ");
      json_string (out, a->finding && *a->finding ? a->finding
                        : a->result == GW_RESULT_NOT_APPLICABLE ? a->justification : NULL);
      g_string_append (out, ", \"documented\": ");
      g_string_append (out, req->documented != GW_DOCUMENTED_NONE ? "true" : "false");
      g_string_append (out, " }");
    }

  g_string_append (out, "\n  ],\n  \"evidence\": [");
  for (guint i = 0; i < data->evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (data->evidence, i);

      g_string_append (out, i ? ",\n    { \"title\": " : "\n    { \"title\": ");
      json_string (out, e->title);
      g_string_append (out, ", \"reference\": ");
      json_string (out, e->reference);
      g_string_append_printf (out, ", \"link\": %s }", _gw_export_url_is_safe (e->reference) ? "true" : "false");
    }
  dump_risks (out, data);
  g_string_append_printf (out, "\n  ],\n  \"n_actions\": %u,\n  \"injections\": [", data->actions->len);
  for (guint i = 0; i < G_N_ELEMENTS (injections); i++)
    {
      g_string_append (out, i ? ", " : "");
      json_string (out, injections[i]);
    }
  g_string_append_printf (out, "],\n  \"long_text_length\": %d\n}\n", LONG_TEXT_LENGTH);

  fputs (out->str, stdout);
  g_assert_true (gw_audit_close (audit, &error));
  return 0;
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 3 && g_str_equal (argv[1], "--traps"))
    {
      g_autoptr(GwAudit) audit = NULL;
      g_autoptr(GError) error = NULL;

      audit = create_traps (argv[2]);
      g_assert_true (gw_audit_close (audit, &error));
      return 0;
    }
  if (argc == 3 && g_str_equal (argv[1], "--dump"))
    return dump (argv[2]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/safe-text", test_safe_text);
  g_test_add_func ("/export/sheet-names", test_sheet_names);
  g_test_add_func ("/export/links", test_links);
  g_test_add_func ("/export/suggested-name", test_suggested_name);
  g_test_add_func ("/export/demo-workbook", test_demo_workbook);
  g_test_add_func ("/export/not-applicable-option", test_not_applicable_option);
  g_test_add_func ("/export/traps", test_traps);
  g_test_add_func ("/export/german-locale", test_german_locale);
  g_test_add_func ("/export/language", test_language);
  g_test_add_func ("/export/async-snapshot", test_async_snapshot);
  g_test_add_func ("/export/cancel", test_cancel);
  g_test_add_func ("/export/bad-targets", test_bad_targets);
  g_test_add_func ("/export/read-only-folder", test_read_only_folder);
  g_test_add_func ("/export/full-disk", test_full_disk);
  g_test_add_func ("/export/replace", test_replace);

  return g_test_run ();
}
