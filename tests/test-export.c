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
 * partial file and an earlier export untouched.
 *
 * The program has two helper modes for tests/check-workbook.py, which
 * reads the workbook with openpyxl and LibreOffice:
 *   test-export --traps AUDIT   creates an audit full of hostile values
 *   test-export --risks AUDIT   creates an audit with a small risk register
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

#include "gw-export-private.h"
#include "gw-test-util.h"

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

/* Sheets in workbook order, as libxlsxwriter names their parts. */
#define SUMMARY_XML   "xl/worksheets/sheet1.xml"
#define MATRIX_XML    "xl/worksheets/sheet2.xml"
#define ACTIONS_XML   "xl/worksheets/sheet3.xml"
#define EVIDENCE_XML  "xl/worksheets/sheet4.xml"
#define DOCUMENTS_XML "xl/worksheets/sheet5.xml"
#define RISKS_XML     "xl/worksheets/sheet6.xml"
#define HEAT_MAP_XML  "xl/worksheets/sheet7.xml"
#define MEASURES_XML  "xl/worksheets/sheet8.xml"
#define LISTS_XML     "xl/worksheets/sheet9.xml"

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

/* Zip reading ------------------------------------------------------------ */

static guint32
le32 (const guchar *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static guint16
le16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

static char *
inflate (const guchar *data,
         gsize         size,
         gsize         expected)
{
  g_autoptr(GConverter) converter = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW));
  g_autoptr(GError) error = NULL;
  char *out = g_malloc (expected + 1);
  gsize bytes_read = 0, bytes_written = 0;
  GConverterResult result;

  result = g_converter_convert (converter, data, size, out, expected + 1, G_CONVERTER_INPUT_AT_END,
                                &bytes_read, &bytes_written, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, G_CONVERTER_FINISHED);
  g_assert_cmpuint (bytes_written, ==, expected);
  out[bytes_written] = '\0';
  return out;
}

/* The members of a zip file by name, read with GLib's zlib converter so
 * the test needs no unzip tool. */
static GHashTable *
zip_read (const char *path)
{
  g_autofree guchar *contents = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gsize length = 0;
  const guchar *end = NULL;
  guint n_entries;
  gsize offset;

  g_file_get_contents (path, (char **) &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 22);

  for (gsize i = length - 22 + 1; i-- > 0; )
    if (le32 (contents + i) == 0x06054b50)
      {
        end = contents + i;
        break;
      }
  g_assert_nonnull (end);

  n_entries = le16 (end + 10);
  offset = le32 (end + 16);
  for (guint i = 0; i < n_entries; i++)
    {
      const guchar *entry = contents + offset;
      guint method, name_length, extra_length, comment_length;
      gsize compressed, size, local;
      const guchar *local_header, *data;
      char *name;

      g_assert_cmpuint (le32 (entry), ==, 0x02014b50);
      method = le16 (entry + 10);
      compressed = le32 (entry + 20);
      size = le32 (entry + 24);
      name_length = le16 (entry + 28);
      extra_length = le16 (entry + 30);
      comment_length = le16 (entry + 32);
      local = le32 (entry + 42);
      name = g_strndup ((const char *) entry + 46, name_length);

      local_header = contents + local;
      g_assert_cmpuint (le32 (local_header), ==, 0x04034b50);
      data = local_header + 30 + le16 (local_header + 26) + le16 (local_header + 28);

      if (method == 0)
        g_hash_table_insert (members, name, g_strndup ((const char *) data, size));
      else
        {
          g_assert_cmpuint (method, ==, 8);
          g_hash_table_insert (members, name, inflate (data, compressed, size));
        }

      offset += 46 + name_length + extra_length + comment_length;
    }

  return members;
}

static const char *
member (GHashTable *zip,
        const char *name)
{
  const char *xml = g_hash_table_lookup (zip, name);

  if (xml == NULL)
    g_error ("the workbook has no part %s", name);
  return xml;
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

/* The shared strings, in order. */
static GPtrArray *
shared_strings (GHashTable *zip)
{
  const char *xml = member (zip, "xl/sharedStrings.xml");
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = strstr (xml, "<si>"); p; p = strstr (p + 1, "<si>"))
    {
      const char *start = strstr (p, "<t");
      const char *end;

      start = strchr (start, '>') + 1;
      end = strstr (start, "</t>");
      g_ptr_array_add (strings, g_strndup (start, end - start));
    }

  return strings;
}

/* libxlsxwriter escapes only &, < and > in text. */
static char *
xml_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '&')
        g_string_append (out, "&amp;");
      else if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_string (GPtrArray  *strings,
            const char *text)
{
  g_autofree char *escaped = xml_text (text);

  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), escaped))
      return TRUE;
  return FALSE;
}

/* The text of cell @ref (like "D4") of a sheet, through the shared
 * strings; NULL for a cell that is not a shared string. */
static const char *
cell_string (const char *sheet_xml,
             GPtrArray  *strings,
             const char *ref)
{
  g_autofree char *start = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *cell = strstr (sheet_xml, start);
  const char *end, *v;

  if (cell == NULL)
    return NULL;
  end = strstr (cell, "</c>");
  v = strstr (cell, "<v>");
  if (end == NULL || v == NULL || v > end || strstr (cell, "t=\"s\"") > end)
    return NULL;
  return g_ptr_array_index (strings, (guint) g_ascii_strtoull (v + 3, NULL, 10));
}

/* The number in cell @ref, or -1 for a cell that is missing, blank or
 * text. */
static double
cell_number (const char *sheet_xml,
             const char *ref)
{
  g_autofree char *start = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *cell = strstr (sheet_xml, start);
  const char *close, *v;

  if (cell == NULL)
    return -1;
  close = strchr (cell, '>');
  if (close[-1] == '/')
    return -1;
  v = strstr (cell, "<v>");
  if (v == NULL || v > strstr (cell, "</c>") || g_strstr_len (cell, close - cell, "t=\"") != NULL)
    return -1;
  return g_ascii_strtod (v + 3, NULL);
}

static char *
cell_ref (guint row,
          guint col)
{
  char name[16];

  lxw_rowcol_to_cell (name, row, col);
  return g_strdup (name);
}

/* The first and last cell of a defined name, as 0-based rows and columns. */
static void
defined_range (const char *workbook_xml,
               const char *name,
               guint      *first_row,
               guint      *first_col,
               guint      *last_row,
               guint      *last_col)
{
  g_autofree char *start = g_strdup_printf ("<definedName name=\"%s\">", name);
  const char *p = strstr (workbook_xml, start);
  g_autofree char *range = NULL;
  g_auto(GStrv) cells = NULL;

  g_assert_nonnull (p);
  p = strchr (p + strlen (start), '!');
  g_assert_nonnull (p);
  range = g_strndup (p + 1, strchr (p, '<') - p - 1);
  g_strdelimit (range, "$", ' ');
  g_strstrip (range);
  {
    GString *compact = g_string_new (NULL);

    for (const char *c = range; *c; c++)
      if (*c != ' ')
        g_string_append_c (compact, *c);
    cells = g_strsplit (compact->str, ":", 2);
    g_string_free (compact, TRUE);
  }
  g_assert_cmpuint (g_strv_length (cells), ==, 2);
  *first_row = lxw_name_to_row (cells[0]);
  *first_col = lxw_name_to_col (cells[0]);
  *last_row = lxw_name_to_row (cells[1]);
  *last_col = lxw_name_to_col (cells[1]);
}

/* Where the shared string @text is in a sheet, as a 0-based row and
 * column. */
static void
find_string_cell (const char *sheet_xml,
                  GPtrArray  *strings,
                  const char *text,
                  guint      *row,
                  guint      *col)
{
  g_autofree char *escaped = xml_text (text);

  for (guint i = 0; i < strings->len; i++)
    {
      g_autofree char *value = NULL;
      const char *v;

      if (!g_str_equal (g_ptr_array_index (strings, i), escaped))
        continue;

      value = g_strdup_printf ("t=\"s\"><v>%u</v>", i);
      v = strstr (sheet_xml, value);
      g_assert_nonnull (v);
      while (v > sheet_xml && !g_str_has_prefix (v, "<c r=\""))
        v--;
      {
        g_autofree char *ref = g_strndup (v + 6, strcspn (v + 6, "\""));

        *row = lxw_name_to_row (ref);
        *col = lxw_name_to_col (ref);
      }
      return;
    }

  g_error ("no string “%s” in the workbook", text);
}

/* Helpers --------------------------------------------------------------- */

static char *
make_dir (const char *name)
{
  char *dir = gw_test_path (name);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return dir;
}

/* A directory outside the test's isolated ones, for tests that fork: the
 * subprocess shares the isolated directories and removes them when it
 * ends, which would take the parent's files with them. */
static char *
make_shared_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("gapwise-export-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return dir;
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

static GwExportData *
collect (GwAudit *audit)
{
  g_autoptr(GError) error = NULL;
  GwExportData *data = gw_export_data_collect (audit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static GwExportData *
demo_data (void)
{
  g_autofree char *path = gw_test_path ("demo.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  GwExportData *data;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  else
    audit = gw_demo_create (file, &error);
  g_assert_no_error (error);

  data = collect (audit);
  g_assert_true (gw_audit_close (audit, &error));
  return data;
}

static void
write_ok (GwExportData          *data,
          const GwExportOptions *options,
          const char            *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gw_export_write (data, options, path, &error));
  g_assert_no_error (error);
}

/* The names in @dir other than @expected (NULL-terminated), which must be
 * none: a failed export leaves no temporary file behind. */
static void
assert_dir_holds (const char         *dir,
                  const char * const *expected)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)))
    {
      if (!g_strv_contains (expected, name))
        g_error ("unexpected file left in %s: %s", dir, name);
      n++;
    }
  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected));
}

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

/* Risk assessment ------------------------------------------------------- */

typedef struct
{
  const char      *title;
  int              inherent[2];     /* likelihood, impact */
  int              residual[2];
  GwRiskTreatment  treatment;
  const char      *review;
  const char      *measures[3];     /* refs of linked measures */
} RiskSpec;

/* On the default 5 × 5 matrix: Critical from 17, High from 10, Medium
 * from 5. The first and the fifth risk are high and still wait for a
 * measure; the sixth is high but transferred. */
static const RiskSpec risk_specs[] = {
  { "Seal swapped during a driver stop", { 4, 5 }, { 2, 4 }, GW_RISK_TREATMENT_MITIGATE, "2020-01-15",
    { "CCI-01", "CCI-03" } },
  { "Theft from trailers parked overnight", { 4, 4 }, { 2, 2 }, GW_RISK_TREATMENT_MITIGATE, "2099-12-31",
    { "PHY-02" } },
  { "=HYPERLINK(\"http://evil.example/\",\"risk\")", { 3, 3 }, { 0, 0 }, GW_RISK_TREATMENT_ACCEPT, NULL, { NULL } },
  { "Counterfeit spare parts in the store", { 0, 0 }, { 0, 0 }, GW_RISK_TREATMENT_UNDECIDED, NULL, { NULL } },
  { "Ransomware on the booking system", { 3, 5 }, { 1, 5 }, GW_RISK_TREATMENT_UNDECIDED, NULL, { NULL } },
  { "Port closed by a strike", { 2, 5 }, { 2, 5 }, GW_RISK_TREATMENT_TRANSFER, NULL, { NULL } },
};

/* The register order the workbook must show: gravest first. */
static const guint risk_order[] = { 0, 1, 4, 5, 2, 3 };

static gint64
find_measure (GPtrArray  *measures,
              const char *ref)
{
  for (guint i = 0; i < measures->len; i++)
    {
      GwMeasure *m = g_ptr_array_index (measures, i);
      if (g_str_equal (m->ref, ref))
        return m->id;
    }
  g_error ("no measure %s in the catalogue", ref);
}

static void
set_measure_status (GwAudit         *audit,
                    GPtrArray       *measures,
                    const char      *ref,
                    GwMeasureStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwMeasure) m = gw_audit_get_measure (audit, find_measure (measures, ref), &error);

  g_assert_no_error (error);
  m->status = status;
  g_assert_true (gw_audit_update_measure (audit, m, &error));
  g_assert_no_error (error);
}

/* An audit with the risks above, linked to measures, a requirement and an
 * action. */
static GwAudit *
create_risks (const char *path)
{
  g_autoptr(GError) error = NULL;
  GwAudit *audit = gw_test_create_audit (path);
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (audit, &error);
  g_autoptr(GwAction) action = gw_action_new ("Check seals at the depot gate");
  gint64 action_id, requirement_id = gw_test_requirement (audit, "4.1-01");

  g_assert_no_error (error);
  set_measure_status (audit, measures, "CCI-01", GW_MEASURE_STATUS_IN_PLACE);
  set_measure_status (audit, measures, "CCI-03", GW_MEASURE_STATUS_NOT_IN_PLACE);
  set_measure_status (audit, measures, "PHY-02", GW_MEASURE_STATUS_IN_PLACE);
  set_measure_status (audit, measures, "PHY-03", GW_MEASURE_STATUS_PARTIAL);
  set_measure_status (audit, measures, "ITC-04", GW_MEASURE_STATUS_PLANNED);

  action_id = gw_audit_add_action (audit, action, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (risk_specs); i++)
    {
      const RiskSpec *spec = &risk_specs[i];
      g_autoptr(GwRisk) risk = gw_risk_new (spec->title);
      gint64 id;

      risk->threat = g_strdup_printf ("Threat scenario %u", i + 1);
      risk->vulnerability = g_strdup_printf ("Weakness %u", i + 1);
      risk->category = GW_THREAT_THEFT;
      risk->asset = GW_RISK_ASSET_CARGO;
      risk->inherent_likelihood = spec->inherent[0];
      risk->inherent_impact = spec->inherent[1];
      risk->residual_likelihood = spec->residual[0];
      risk->residual_impact = spec->residual[1];
      risk->treatment = spec->treatment;
      risk->review_date = g_strdup (spec->review);
      risk->owner = g_strdup ("Fiona Castell");
      id = gw_audit_add_risk (audit, risk, &error);
      g_assert_no_error (error);

      for (guint m = 0; m < G_N_ELEMENTS (spec->measures) && spec->measures[m]; m++)
        g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, find_measure (measures, spec->measures[m]),
                                           TRUE, &error));
      if (i == 0)
        {
          g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_REQUIREMENT, requirement_id, TRUE, &error));
          g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_ACTION, action_id, TRUE, &error));
        }
      g_assert_no_error (error);
    }

  return audit;
}

static GwExportData *
risks_data (const char *name)
{
  g_autofree char *path = gw_test_path (name);
  g_autoptr(GwAudit) audit = create_risks (path);
  g_autoptr(GError) error = NULL;
  GwExportData *data = collect (audit);

  g_assert_true (gw_audit_close (audit, &error));
  return data;
}

static GwRisk *
risk_titled (GwExportData *data,
             const char   *title)
{
  for (guint i = 0; i < data->risks->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (data->risks, i);
      if (g_str_equal (risk->title, title))
        return risk;
    }
  g_error ("no risk “%s” in the snapshot", title);
}

/* The rating of one row: likelihood, impact, score and level as the core
 * rates them, blank and “Not rated” when there is no rating. */
static void
assert_rating (const char   *xml,
               GPtrArray    *strings,
               GwRiskMatrix *matrix,
               guint         row,
               guint         col,
               int           likelihood,
               int           impact)
{
  const GwRiskLevel *level = gw_risk_matrix_rate (matrix, likelihood, impact);
  g_autofree char *l = cell_ref (row, col), *i = cell_ref (row, col + 1);
  g_autofree char *score = cell_ref (row, col + 2), *label = cell_ref (row, col + 3);

  if (level == NULL)
    {
      g_assert_cmpfloat (cell_number (xml, score), ==, -1);
      g_assert_cmpstr (cell_string (xml, strings, label), ==, "Not rated");
      return;
    }
  g_assert_cmpfloat (cell_number (xml, l), ==, likelihood);
  g_assert_cmpfloat (cell_number (xml, i), ==, impact);
  g_assert_cmpfloat (cell_number (xml, score), ==, gw_risk_matrix_score (matrix, likelihood, impact));
  g_assert_cmpstr (cell_string (xml, strings, label), ==, level->label);
}

static void
test_risk_register (void)
{
  g_autoptr(GwExportData) data = risks_data ("register.gapwise");
  g_autofree char *dir = make_dir ("register");
  g_autofree char *path = g_build_filename (dir, "register.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autofree char *table = NULL;
  const char *xml, *workbook;
  guint n = G_N_ELEMENTS (risk_specs);

  g_assert_cmpuint (data->risks->len, ==, n);
  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);
  workbook = member (zip, "xl/workbook.xml");
  xml = member (zip, RISKS_XML);

  g_assert_nonnull (strstr (workbook, "<sheet name=\"Risk register\" sheetId=\"6\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Heat map\" sheetId=\"7\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Security measures\" sheetId=\"8\""));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"RiskRegister\">'Risk register'!$A$3:$T$9<"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"5\">'Risk register'!$3:$3"));

  /* One row per risk, under a real table with the treatment drop-down. */
  g_assert_cmpuint (count (xml, "<row "), ==, n + 3);
  table = g_strdup_printf ("ref=\"A3:T%u\"", n + 3);
  g_assert_nonnull (strstr (member (zip, "xl/tables/table6.xml"), table));
  g_assert_nonnull (strstr (member (zip, "xl/tables/table6.xml"), "name=\"tblRiskRegister\""));
  g_assert_nonnull (strstr (xml, "<formula1>\"Not decided,Mitigate,Avoid,Transfer,Accept\"</formula1>"));
  g_assert_nonnull (strstr (xml, "sqref=\"K4:K9\""));
  g_assert_nonnull (strstr (xml, "state=\"frozen\""));

  /* Gravest first, each with the core's scores and levels. */
  for (guint r = 0; r < n; r++)
    {
      const RiskSpec *spec = &risk_specs[risk_order[r]];
      GwRisk *risk = risk_titled (data, spec->title);
      guint row = 3 + r;
      g_autofree char *id = cell_ref (row, 0), *title = cell_ref (row, 1), *treatment = cell_ref (row, 10);
      g_autofree char *escaped = xml_text (spec->title);

      g_test_message ("row %u: %s", row + 1, spec->title);
      g_assert_cmpfloat (cell_number (xml, id), ==, risk->id);
      g_assert_cmpstr (cell_string (xml, strings, title), ==, escaped);
      assert_rating (xml, strings, data->matrix, row, 6, spec->inherent[0], spec->inherent[1]);
      g_assert_cmpstr (cell_string (xml, strings, treatment), ==, gw_risk_treatment_to_label (spec->treatment));
      assert_rating (xml, strings, data->matrix, row, 12, spec->residual[0], spec->residual[1]);
    }

  /* The measures with their status, the linked requirement and action. */
  g_assert_cmpstr (cell_string (xml, strings, "L4"), ==,
                   "• CCI-01 High-security seals on every loaded unit (In place)\n"
                   "• CCI-03 Seal check on arrival (Not in place)");
  g_assert_cmpstr (cell_string (xml, strings, "S4"), ==, "4.1-01");
  g_assert_cmpstr (cell_string (xml, strings, "T4"), ==, "Check seals at the depot gate");
  /* The review date is a date, the overdue one in another format. */
  g_assert_cmpfloat (cell_number (xml, "R4"), ==, 43845);   /* 2020-01-15 */
  g_assert_cmpfloat (cell_number (xml, "R5"), >, 73000);    /* 2099-12-31 */
  {
    const char *r4 = strstr (xml, "<c r=\"R4\"");
    const char *r5 = strstr (xml, "<c r=\"R5\"");

    g_assert_nonnull (r4);
    g_assert_nonnull (r5);
    g_assert_true (strncmp (strstr (r4, " s=\""), strstr (r5, " s=\""), 8) != 0);
  }
  /* Formula-like text stays text. */
  g_assert_null (strstr (xml, "<f>HYPERLINK"));
}

static void
test_heat_map (void)
{
  g_autoptr(GwExportData) data = risks_data ("heat.gapwise");
  g_autofree char *dir = make_dir ("heat");
  g_autofree char *path = g_build_filename (dir, "heat.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  const char *xml, *workbook;
  int n_likelihood = gw_risk_matrix_get_n_likelihood (data->matrix);
  int n_impact = gw_risk_matrix_get_n_impact (data->matrix);

  write_ok (data, NULL, path);
  zip = zip_read (path);
  xml = member (zip, HEAT_MAP_XML);
  workbook = member (zip, "xl/workbook.xml");

  for (guint g = 0; g < 2; g++)
    {
      g_autofree guint *counts = gw_risk_matrix_count (data->matrix, data->risks, g == 1);
      guint first_row, first_col, last_row, last_col, total = 0;

      defined_range (workbook, g == 0 ? "HeatMapInherent" : "HeatMapResidual",
                     &first_row, &first_col, &last_row, &last_col);
      g_assert_cmpuint (last_row - first_row + 1, ==, n_likelihood);
      g_assert_cmpuint (last_col - first_col + 1, ==, n_impact);

      /* The most likely row on top, impact growing to the right. */
      for (int l = 1; l <= n_likelihood; l++)
        for (int i = 1; i <= n_impact; i++)
          {
            g_autofree char *ref = cell_ref (first_row + (n_likelihood - l), first_col + i - 1);
            guint expected = counts[(l - 1) * n_impact + (i - 1)];

            g_assert_cmpfloat (cell_number (xml, ref), ==, expected);
            total += expected;
          }
      /* Inherent: five rated of six; residual: four. */
      g_assert_cmpuint (total, ==, g == 0 ? 5 : 4);
    }

  /* Each count sits in its cell of the grid: the seal risk at 4 × 5 before
   * treatment and 2 × 4 after. */
  g_assert_cmpfloat (cell_number (xml, "G9"), ==, 1);
  g_assert_cmpfloat (cell_number (xml, "N11"), ==, 1);

  /* One printed page, landscape, with the whole map. */
  g_assert_nonnull (strstr (xml, "<pageSetup paperSize=\"9\" orientation=\"landscape\""));
  g_assert_nonnull (strstr (xml, "<pageSetUpPr fitToPage=\"1\"/>"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"6\">'Heat map'!$A$1:"));
  g_assert_nonnull (strstr (member (zip, "xl/sharedStrings.xml"), "Risk matrix: 5 × 5 (default)."));
}

/* The grids follow the audit's own matrix: a 3 × 3 one here. */
static void
test_heat_map_small_matrix (void)
{
  g_autofree char *audit_path = gw_test_path ("small.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (audit_path);
  g_autoptr(GwRiskMatrix) matrix = NULL;
  g_autoptr(GwRisk) risk = gw_risk_new ("Gate left open");
  g_autoptr(GwExportData) data = NULL;
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ("small");
  g_autofree char *path = g_build_filename (dir, "small.xlsx", NULL);
  const char *workbook, *xml;
  guint first_row, first_col, last_row, last_col;

  matrix = gw_risk_matrix_new_builtin ("3x3", &error);
  g_assert_no_error (error);
  g_assert_true (gw_audit_set_risk_matrix (audit, matrix, &error));
  g_assert_no_error (error);
  risk->inherent_likelihood = 3;
  risk->inherent_impact = 2;
  risk->residual_likelihood = 1;
  risk->residual_impact = 2;
  gw_audit_add_risk (audit, risk, &error);
  g_assert_no_error (error);

  data = collect (audit);
  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);
  workbook = member (zip, "xl/workbook.xml");
  xml = member (zip, HEAT_MAP_XML);

  defined_range (workbook, "HeatMapInherent", &first_row, &first_col, &last_row, &last_col);
  g_assert_cmpuint (last_row - first_row + 1, ==, 3);
  g_assert_cmpuint (last_col - first_col + 1, ==, 3);
  {
    g_autofree char *ref = cell_ref (first_row, first_col + 1);
    g_assert_cmpfloat (cell_number (xml, ref), ==, 1);
  }
  defined_range (workbook, "HeatMapResidual", &first_row, &first_col, &last_row, &last_col);
  g_assert_cmpuint (last_col - first_col + 1, ==, 3);
  {
    g_autofree char *ref = cell_ref (last_row, first_col + 1);
    g_assert_cmpfloat (cell_number (xml, ref), ==, 1);
  }
  /* Scores 6 and 2 on this matrix: High before, Low after. */
  g_assert_cmpstr (cell_string (member (zip, RISKS_XML), strings, "J4"), ==, "High");
  g_assert_cmpstr (cell_string (member (zip, RISKS_XML), strings, "P4"), ==, "Low");
  g_assert_true (has_string (strings, "Risk matrix: 3 × 3. Score = likelihood × impact; the colour of a cell is the "
                                      "level of its score."));
  g_assert_true (gw_audit_close (audit, &error));
}

static void
test_measures_sheet (void)
{
  g_autoptr(GwExportData) data = risks_data ("measures.gapwise");
  g_autofree char *dir = make_dir ("measures");
  g_autofree char *path = g_build_filename (dir, "measures.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autofree char *table = NULL;
  const char *xml, *summary;
  guint n = data->measures->len;
  GwMeasureDomain domain = GW_MEASURE_DOMAIN_PHYSICAL;

  g_assert_cmpuint (n, >, 10);
  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);
  xml = member (zip, MEASURES_XML);

  /* One row per measure, by domain. */
  g_assert_cmpuint (count (xml, "<row "), ==, n + 3);
  table = g_strdup_printf ("ref=\"A3:H%u\"", n + 3);
  g_assert_nonnull (strstr (member (zip, "xl/tables/table7.xml"), table));
  for (guint r = 0; r < n; r++)
    {
      g_autofree char *ref = cell_ref (3 + r, 0);
      const char *label = cell_string (xml, strings, ref);
      GwMeasureDomain d;

      for (d = GW_MEASURE_DOMAIN_PHYSICAL; d < GW_N_MEASURE_DOMAINS; d++)
        if (g_strcmp0 (label, gw_measure_domain_to_label (d)) == 0)
          break;
      g_assert_cmpint (d, <, GW_N_MEASURE_DOMAINS);
      g_assert_cmpint (d, >=, domain);
      domain = d;
    }

  /* CCI-03 is not in place and treats the seal risk. */
  for (guint r = 0; r < n; r++)
    {
      g_autofree char *ref = cell_ref (3 + r, 1);
      g_autofree char *status = cell_ref (3 + r, 4);
      g_autofree char *n_risks = cell_ref (3 + r, 6);
      g_autofree char *risks = cell_ref (3 + r, 7);

      if (g_strcmp0 (cell_string (xml, strings, ref), "CCI-03") != 0)
        continue;
      g_assert_cmpstr (cell_string (xml, strings, status), ==, "Not in place");
      g_assert_cmpfloat (cell_number (xml, n_risks), ==, 1);
      g_assert_cmpstr (cell_string (xml, strings, risks), ==, risk_specs[0].title);
    }

  /* Status colours and a status drop-down. */
  g_assert_cmpuint (count (xml, "<cfRule "), ==, 5);
  g_assert_nonnull (strstr (xml, "<formula>\"Not in place\"</formula>"));
  g_assert_nonnull (strstr (xml, "<formula1>\"Not assessed,Not in place,Planned,Partly in place,In place,"
                                 "Not applicable\"</formula1>"));

  /* The Summary counts risks per level and the high ones still waiting
   * for their measures: the seal risk and the ransomware. */
  summary = member (zip, SUMMARY_XML);
  g_assert_true (has_string (strings, "Risk assessment"));
  g_assert_true (has_string (strings, "Security measures per domain"));
  {
    guint row, col;
    g_autofree char *figure = NULL;

    find_string_cell (summary, strings, "High risks without their measures in place", &row, &col);
    figure = cell_ref (row + 1, col);
    g_assert_cmpfloat (cell_number (summary, figure), ==, 2);
  }
}

/* An audit without risks exports cleanly: every sheet, and a line where
 * the rows would be. */
static void
test_no_risks (void)
{
  g_autofree char *audit_path = gw_test_path ("no-risks.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (audit_path);
  g_autoptr(GwExportData) data = collect (audit);
  g_autofree char *dir = make_dir ("no-risks");
  g_autofree char *path = g_build_filename (dir, "no-risks.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(GError) error = NULL;
  const char *xml;

  g_assert_cmpuint (data->risks->len, ==, 0);
  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);

  xml = member (zip, RISKS_XML);
  g_assert_cmpstr (cell_string (xml, strings, "B4"), ==, "No risks recorded.");
  g_assert_nonnull (strstr (member (zip, "xl/tables/table6.xml"), "ref=\"A3:T4\""));
  g_assert_null (strstr (xml, "<dataValidation"));

  /* An empty grid: zeros, kept as values. */
  xml = member (zip, HEAT_MAP_XML);
  g_assert_cmpfloat (cell_number (xml, "C8"), ==, 0);
  g_assert_cmpfloat (cell_number (xml, "O12"), ==, 0);
  g_assert_true (has_string (strings, "0 of 0 risks rated"));
  g_assert_true (has_string (strings, "No risks recorded."));

  g_assert_cmpuint (count (member (zip, MEASURES_XML), "<row "), ==, data->measures->len + 3);
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

      g_string_append_printf (out, "%s\n    { \"id\": %" G_GINT64_FORMAT ", \"title\": ", i ? "," : "", risk->id);
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
  if (argc == 3 && g_str_equal (argv[1], "--risks"))
    {
      g_autoptr(GwAudit) audit = NULL;
      g_autoptr(GError) error = NULL;

      audit = create_risks (argv[2]);
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
  g_test_add_func ("/export/risk-register", test_risk_register);
  g_test_add_func ("/export/heat-map", test_heat_map);
  g_test_add_func ("/export/heat-map-small-matrix", test_heat_map_small_matrix);
  g_test_add_func ("/export/measures", test_measures_sheet);
  g_test_add_func ("/export/no-risks", test_no_risks);
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
