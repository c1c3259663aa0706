/* gw-export-text.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guards every value of the workbook passes: text made valid and cut
 * below Excel's cell limit with a visible marker, sheet names made legal,
 * links restricted to http, https and mailto, and dates checked before
 * they become Excel dates. They are pure functions, tested on their own.
 */

#define G_LOG_DOMAIN "gw-export"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-export-private.h"

/* Guards ---------------------------------------------------------------- */

static gboolean
is_dropped (gunichar c)
{
  /* C0 controls other than TAB and LF, DEL, C1 controls, and the two
   * non-characters XML does not allow. */
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0) ||
         c == 0xfffe || c == 0xffff;
}

/* “_x0041_” in a cell is an escape to Excel, which would show “A”. */
static gboolean
looks_like_escape (const char *p)
{
  if (p[0] != '_' || p[1] != 'x')
    return FALSE;
  for (guint i = 2; i < 6; i++)
    if (!g_ascii_isxdigit (p[i]))
      return FALSE;
  return p[6] == '_';
}

static char *
clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  const char *s = text;
  GString *out;
  gsize units = 0;
  gulong n_cut = 0;

  if (!g_utf8_validate (text, -1, NULL))
    s = valid = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (s) + 16);
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize width;

      if (c == '\r')
        {
          if (p[1] == '\n')
            continue;
          c = '\n';
        }
      else if (is_dropped (c))
        continue;

      /* Excel counts UTF-16 code units. */
      width = c > 0xffff ? 2 : 1;
      if (n_cut > 0 || units + width > GW_EXPORT_MAX_CELL_UNITS)
        {
          n_cut++;
          continue;
        }

      units += width;
      if (c == '_' && looks_like_escape (p))
        g_string_append (out, "_x005F_");
      else
        g_string_append_unichar (out, c);
    }

  if (n_cut > 0)
    {
      g_string_append_c (out, ' ');
      /* Translators: ends a text too long for one Excel cell. */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "[…truncated: %lu more character in the audit]",
                                                "[…truncated: %lu more characters in the audit]",
                                                n_cut), n_cut);
    }

  return g_string_free (out, FALSE);
}

/**
 * _gw_export_safe_text:
 * @text: (nullable): text from the audit
 * @to_free: (out): set to what the caller must free, or %NULL
 *
 * Makes @text fit for a cell: valid UTF-8, no control characters other
 * than TAB and LF, CR LF turned into LF, no accidental “_xHHHH_” escapes,
 * and cut below Excel's limit with a marker saying how much is missing.
 * Plain short ASCII, by far the usual case, is returned as it is.
 */
const char *
_gw_export_safe_text (const char  *text,
                      char       **to_free)
{
  const guchar *p;

  *to_free = NULL;
  if (text == NULL)
    return "";

  for (p = (const guchar *) text; *p; p++)
    if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p >= 0x7f || (*p == '_' && p[1] == 'x'))
      break;

  if (*p == '\0' && (gsize) (p - (const guchar *) text) <= GW_EXPORT_MAX_CELL_UNITS)
    return text;

  return *to_free = clean_text (text);
}

static gsize
utf16_length (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) > 0xffff ? 2 : 1;
  return n;
}

/* Cuts @text to at most @max UTF-16 units, on a character boundary. */
static void
truncate_units (GString *text,
                gsize    max)
{
  gsize n = 0;

  for (const char *p = text->str; *p; p = g_utf8_next_char (p))
    {
      gsize width = g_utf8_get_char (p) > 0xffff ? 2 : 1;

      if (n + width > max)
        {
          g_string_truncate (text, p - text->str);
          break;
        }
      n += width;
    }

  while (text->len > 0 && text->str[text->len - 1] == ' ')
    g_string_truncate (text, text->len - 1);
}

/**
 * _gw_export_sheet_name:
 * @wanted: the name the sheet should have, usually a translation
 * @used: (element-type utf8 utf8): case-folded names already taken; the
 *   name returned is added
 *
 * Makes a legal, unique Excel sheet name out of @wanted: no control
 * characters and none of [ ] : * ? / \ (each becomes a space), at most 31
 * characters, not empty, not the reserved “History”, unique regardless of
 * case (“Name (2)” and so on). Straight apostrophes become typographic
 * ones, so a name never starts or ends with one and never needs escaping
 * in a formula.
 *
 * Returns: (transfer full): the name to use
 */
char *
_gw_export_sheet_name (const char *wanted,
                       GHashTable *used)
{
  g_autofree char *valid = g_utf8_make_valid (wanted ? wanted : "", -1);
  g_autoptr(GString) base = g_string_new (NULL);
  g_autoptr(GString) name = NULL;
  gboolean space = TRUE;

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_dropped (c) || c == '\t' || c == '\n' || strchr ("[]:*?/\\", (int) c) != NULL || c == ' ')
        {
          if (!space)
            g_string_append_c (base, ' ');
          space = TRUE;
          continue;
        }

      space = FALSE;
      if (c == '\'')
        g_string_append (base, "’");
      else
        g_string_append_unichar (base, c);
    }

  truncate_units (base, GW_EXPORT_SHEET_NAME_MAX);
  if (base->len == 0)
    g_string_assign (base, _("Sheet"));

  name = g_string_new (base->str);
  for (guint n = 2; ; n++)
    {
      g_autofree char *folded = g_utf8_casefold (name->str, -1);
      g_autofree char *suffix = NULL;

      if (!g_hash_table_contains (used, folded) && g_strcmp0 (folded, "history") != 0)
        {
          g_hash_table_add (used, g_steal_pointer (&folded));
          break;
        }

      suffix = g_strdup_printf (" (%u)", n);
      g_string_assign (name, base->str);
      truncate_units (name, GW_EXPORT_SHEET_NAME_MAX - utf16_length (suffix));
      g_string_append (name, suffix);
    }

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * _gw_export_url_is_safe:
 *
 * Whether an evidence reference may become a hyperlink: an http, https or
 * mailto address of printable ASCII, within Excel's 2,079 characters.
 * Anything else (file:, javascript:, UNC paths, text with spaces) is
 * written as plain text.
 */
gboolean
_gw_export_url_is_safe (const char *reference)
{
  gsize length, scheme;

  if (reference == NULL)
    return FALSE;

  if (g_ascii_strncasecmp (reference, "https://", 8) == 0)
    scheme = 8;
  else if (g_ascii_strncasecmp (reference, "http://", 7) == 0)
    scheme = 7;
  else if (g_ascii_strncasecmp (reference, "mailto:", 7) == 0)
    scheme = 7;
  else
    return FALSE;

  length = strlen (reference);
  if (length <= scheme || length > GW_EXPORT_MAX_URL_LENGTH)
    return FALSE;

  for (const guchar *p = (const guchar *) reference; *p; p++)
    if (*p <= 0x20 || *p >= 0x7f || strchr ("\"<>\\^`{|}", *p) != NULL)
      return FALSE;

  return TRUE;
}

gboolean
_gw_export_parse_date (const char   *text,
                       lxw_datetime *date)
{
  if (!gw_date_is_valid (text))
    return FALSE;

  *date = (lxw_datetime) {
    .year = (int) g_ascii_strtoull (text, NULL, 10),
    .month = (int) g_ascii_strtoull (text + 5, NULL, 10),
    .day = (int) g_ascii_strtoull (text + 8, NULL, 10),
  };
  return TRUE;
}
