/* gw-export-test-util.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers of tests/test-export.c and tests/test-export-risks.c, which
 * check the Excel export by reading the workbook back: the zip file's
 * members (inflated with GLib's zlib converter, so no unzip tool is
 * needed), shared strings, cells by reference and defined names; and the
 * snapshots, folders and writes the tests start from.
 */

#pragma once

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "gw-export-private.h"
#include "gw-test-util.h"

G_BEGIN_DECLS

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

/* Zip reading ------------------------------------------------------------ */

static inline guint32
le32 (const guchar *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static inline guint16
le16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

static inline char *
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
static inline GHashTable *
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

static inline const char *
member (GHashTable *zip,
        const char *name)
{
  const char *xml = g_hash_table_lookup (zip, name);

  if (xml == NULL)
    g_error ("the workbook has no part %s", name);
  return xml;
}

static inline guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The shared strings, in order. */
static inline GPtrArray *
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
static inline char *
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

static inline gboolean
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
static inline const char *
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
static inline double
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

static inline char *
cell_ref (guint row,
          guint col)
{
  char name[16];

  lxw_rowcol_to_cell (name, row, col);
  return g_strdup (name);
}

/* The first and last cell of a defined name, as 0-based rows and columns. */
static inline void
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
static inline void
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

/* Folders, snapshots and writes ----------------------------------------- */

static inline char *
make_dir (const char *name)
{
  char *dir = gw_test_path (name);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return dir;
}

/* A directory outside the test's isolated ones, for tests that fork: the
 * subprocess shares the isolated directories and removes them when it
 * ends, which would take the parent's files with them. */
static inline char *
make_shared_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("gapwise-export-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return dir;
}

static inline void
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

static inline GwExportData *
collect (GwAudit *audit)
{
  g_autoptr(GError) error = NULL;
  GwExportData *data = gw_export_data_collect (audit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static inline GwExportData *
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

static inline void
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
static inline void
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

G_END_DECLS
