/* gw-export.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Excel export, minus the look of the sheets (gw-export-summary.c,
 * gw-export-sheets.c, gw-export-cells.c) and the guards on every value
 * (gw-export-text.c):
 *
 * - gw_export_data_collect() copies what the workbook needs out of the
 *   audit, on the audit's own thread; the SQLite connection never leaves it.
 * - gw_export_write() turns such a snapshot into a file, on any thread. The
 *   workbook goes to a hidden temporary file beside the target, which is
 *   synced and renamed over the target only once libxlsxwriter reports a
 *   complete file, so a failed export leaves no partial file and an earlier
 *   export at the same place untouched.
 * - gw_export_write_async() collects on the caller's thread and writes in a
 *   GTask worker, so the window never waits for the workbook.
 */

#define G_LOG_DOMAIN "gw-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gw-export-private.h"

G_DEFINE_QUARK (gw-export-error-quark, gw_export_error)

/* Snapshot -------------------------------------------------------------- */

static void
links_free (gpointer links)
{
  if (links != NULL)
    g_array_unref (links);
}

void
gw_export_data_free (GwExportData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->details, gw_audit_details_free);
  g_clear_pointer (&data->clause_index, g_hash_table_unref);
  g_clear_pointer (&data->clauses, g_ptr_array_unref);
  g_clear_pointer (&data->requirements, g_ptr_array_unref);
  g_clear_pointer (&data->assessments, g_ptr_array_unref);
  g_clear_pointer (&data->evidence, g_ptr_array_unref);
  g_clear_pointer (&data->actions, g_ptr_array_unref);
  g_clear_pointer (&data->scores, gw_score_sheet_free);
  g_clear_pointer (&data->requirement_evidence, g_ptr_array_unref);
  g_clear_pointer (&data->requirement_actions, g_ptr_array_unref);
  g_clear_pointer (&data->evidence_requirements, g_ptr_array_unref);
  g_clear_pointer (&data->action_requirements, g_ptr_array_unref);
  g_clear_pointer (&data->matrix, gw_risk_matrix_unref);
  g_clear_pointer (&data->risks, g_ptr_array_unref);
  g_clear_pointer (&data->measures, g_ptr_array_unref);
  g_clear_pointer (&data->risk_requirements, g_ptr_array_unref);
  g_clear_pointer (&data->risk_actions, g_ptr_array_unref);
  g_clear_pointer (&data->risk_measures, g_ptr_array_unref);
  g_clear_pointer (&data->measure_risks, g_ptr_array_unref);
  g_clear_pointer (&data->now, g_date_time_unref);
  g_free (data->today);
  g_free (data);
}

static GPtrArray *
links_new (guint n)
{
  GPtrArray *array = g_ptr_array_new_full (n, links_free);

  g_ptr_array_set_size (array, n);
  return array;
}

static void
links_add (GPtrArray *array,
           guint      position,
           guint      value)
{
  GArray *links = g_ptr_array_index (array, position);

  if (links == NULL)
    {
      links = g_array_sized_new (FALSE, FALSE, sizeof (guint), 2);
      g_ptr_array_index (array, position) = links;
    }
  g_array_append_val (links, value);
}

/* Reads the requirements linked to each item of @items (evidence or
 * actions) and records the links both ways, as positions in the arrays. */
static gboolean
collect_links (GwAudit     *audit,
               GPtrArray   *items,
               gboolean     is_evidence,
               GHashTable  *requirement_positions,
               GPtrArray   *item_requirements,
               GPtrArray   *requirement_items,
               GError     **error)
{
  g_autoptr(GHashTable) positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) links = gw_audit_list_links (audit, is_evidence ? "evidence" : "action", error);

  if (links == NULL)
    return FALSE;

  /* One query for all links, then a hash lookup per link: a query per item
   * took most of the collection time on large audits. */
  for (guint i = 0; i < items->len; i++)
    {
      gint64 *id = is_evidence ? &((GwEvidence *) g_ptr_array_index (items, i))->id
                               : &((GwAction *) g_ptr_array_index (items, i))->id;
      g_hash_table_insert (positions, id, GUINT_TO_POINTER (i + 1));
    }

  for (guint l = 0; l < links->len; l++)
    {
      GwLink *link = &g_array_index (links, GwLink, l);
      gpointer item = g_hash_table_lookup (positions, &link->id);
      gpointer found = g_hash_table_lookup (requirement_positions, &link->requirement_id);
      guint position;

      if (item == NULL || found == NULL)
        continue;

      position = GPOINTER_TO_UINT (found) - 1;
      links_add (item_requirements, GPOINTER_TO_UINT (item) - 1, position);
      links_add (requirement_items, position, GPOINTER_TO_UINT (item) - 1);
    }

  return TRUE;
}

/* Positions by id, counted from 1 so that a miss is NULL. */
static GHashTable *
positions_by_id (GPtrArray *items,
                 gsize      id_offset)
{
  GHashTable *positions = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (positions, (guchar *) g_ptr_array_index (items, i) + id_offset, GUINT_TO_POINTER (i + 1));
  return positions;
}

/* Reads the links of every risk to one kind of target and records them
 * as positions; with @target_risks, the other way too. */
static gboolean
collect_risk_links (GwAudit         *audit,
                    GwRiskLinkKind   kind,
                    GHashTable      *risk_positions,
                    GHashTable      *target_positions,
                    GPtrArray       *risk_targets,
                    GPtrArray       *target_risks,
                    GError         **error)
{
  g_autoptr(GArray) links = gw_audit_list_risk_links (audit, kind, error);

  if (links == NULL)
    return FALSE;

  for (guint l = 0; l < links->len; l++)
    {
      GwRiskLink *link = &g_array_index (links, GwRiskLink, l);
      gpointer risk = g_hash_table_lookup (risk_positions, &link->risk_id);
      gpointer target = g_hash_table_lookup (target_positions, &link->target_id);

      if (risk == NULL || target == NULL)
        continue;

      links_add (risk_targets, GPOINTER_TO_UINT (risk) - 1, GPOINTER_TO_UINT (target) - 1);
      if (target_risks != NULL)
        links_add (target_risks, GPOINTER_TO_UINT (target) - 1, GPOINTER_TO_UINT (risk) - 1);
    }

  return TRUE;
}

/* The risk register, the measures, the audit's matrix and the links
 * between them, with requirements and actions already collected. */
static gboolean
collect_risks (GwExportData  *data,
               GwAudit       *audit,
               GHashTable    *requirement_positions,
               GError       **error)
{
  g_autoptr(GHashTable) risk_positions = NULL;
  g_autoptr(GHashTable) action_positions = NULL;
  g_autoptr(GHashTable) measure_positions = NULL;

  data->matrix = gw_risk_matrix_ref (gw_audit_get_risk_matrix (audit));
  if ((data->risks = gw_audit_list_risks (audit, error)) == NULL ||
      (data->measures = gw_audit_list_measures (audit, error)) == NULL)
    return FALSE;

  data->risk_requirements = links_new (data->risks->len);
  data->risk_actions = links_new (data->risks->len);
  data->risk_measures = links_new (data->risks->len);
  data->measure_risks = links_new (data->measures->len);

  risk_positions = positions_by_id (data->risks, G_STRUCT_OFFSET (GwRisk, id));
  action_positions = positions_by_id (data->actions, G_STRUCT_OFFSET (GwAction, id));
  measure_positions = positions_by_id (data->measures, G_STRUCT_OFFSET (GwMeasure, id));

  return collect_risk_links (audit, GW_RISK_LINK_REQUIREMENT, risk_positions, requirement_positions,
                             data->risk_requirements, NULL, error) &&
         collect_risk_links (audit, GW_RISK_LINK_ACTION, risk_positions, action_positions,
                             data->risk_actions, NULL, error) &&
         collect_risk_links (audit, GW_RISK_LINK_MEASURE, risk_positions, measure_positions,
                             data->risk_measures, data->measure_risks, error);
}

/**
 * gw_export_data_collect:
 * @audit: an open audit
 *
 * Copies everything the workbook shows out of @audit. Call it on the thread
 * that owns @audit; the result belongs to the caller and may be written on
 * any thread.
 *
 * Returns: (transfer full): the snapshot, or %NULL with @error set
 */
GwExportData *
gw_export_data_collect (GwAudit  *audit,
                        GError  **error)
{
  g_autoptr(GwExportData) data = g_new0 (GwExportData, 1);
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GHashTable) by_requirement = NULL;
  g_autoptr(GHashTable) positions = NULL;
  guint n;

  g_return_val_if_fail (GW_IS_AUDIT (audit), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((data->details = gw_audit_get_details (audit, error)) == NULL ||
      (data->clauses = gw_audit_list_clauses (audit, error)) == NULL ||
      (data->requirements = gw_audit_list_requirements (audit, error)) == NULL ||
      (assessments = gw_audit_list_assessments (audit, error)) == NULL ||
      (data->evidence = gw_audit_list_evidence (audit, 0, error)) == NULL ||
      (data->actions = gw_audit_list_actions (audit, 0, error)) == NULL)
    return NULL;

  data->scores = gw_score_sheet_new (data->clauses, data->requirements, assessments);

  data->clause_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < data->clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (data->clauses, i);
      g_hash_table_insert (data->clause_index, &clause->id, clause);
    }

  /* One assessment per requirement, in the same order, so the sheets never
   * search: a requirement nobody touched gets a blank one. */
  by_requirement = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < assessments->len; i++)
    {
      GwAssessment *a = g_ptr_array_index (assessments, i);
      g_hash_table_insert (by_requirement, &a->requirement_id, a);
    }

  n = data->requirements->len;
  data->assessments = g_ptr_array_new_full (n, (GDestroyNotify) gw_assessment_free);
  positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n; i++)
    {
      GwRequirement *req = g_ptr_array_index (data->requirements, i);
      GwAssessment *a = g_hash_table_lookup (by_requirement, &req->id);

      g_ptr_array_add (data->assessments, a ? gw_assessment_copy (a) : gw_assessment_new (req->id));
      g_hash_table_insert (positions, &req->id, GUINT_TO_POINTER (i + 1));
    }

  data->requirement_evidence = links_new (n);
  data->requirement_actions = links_new (n);
  data->evidence_requirements = links_new (data->evidence->len);
  data->action_requirements = links_new (data->actions->len);

  if (!collect_links (audit, data->evidence, TRUE, positions,
                      data->evidence_requirements, data->requirement_evidence, error) ||
      !collect_links (audit, data->actions, FALSE, positions,
                      data->action_requirements, data->requirement_actions, error) ||
      !collect_risks (data, audit, positions, error))
    return NULL;

  data->now = g_date_time_new_now_local ();
  data->today = g_date_time_format (data->now, "%Y-%m-%d");

  return g_steal_pointer (&data);
}

/* Replaces what file systems or file pickers reject, so the name works on
 * Windows and macOS too when the file is sent on. */
static char *
file_name_part (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || strchr ("<>:\"/\\|?*", (int) c) != NULL)
        g_string_append_c (out, c < 0x20 || c == 0x7f ? ' ' : '-');
      else
        g_string_append_unichar (out, c);
    }

  g_strstrip (out->str);
  while (out->len > 0 && out->str[0] == '.')
    g_string_erase (out, 0, 1);
  g_string_set_size (out, strlen (out->str));

  /* Leave room for the rest of the name under NAME_MAX. */
  if (out->len > 120)
    {
      const char *end = g_utf8_find_prev_char (out->str, out->str + 120);
      g_string_truncate (out, end ? (gsize) (end - out->str) : 0);
    }

  return g_string_free (out, FALSE);
}

/**
 * gw_export_data_suggest_name:
 *
 * Returns: (transfer full): a file name for the workbook, like
 *   “Kestrel Quay Logistics Ltd - ISO 28000 gap analysis - 2026-11-28.xlsx”
 */
char *
gw_export_data_suggest_name (GwExportData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return gw_export_suggest_name (data->details);
}

/**
 * gw_export_suggest_name:
 *
 * Returns: (transfer full): the workbook's file name for an audit with
 *   these @details, as gw_export_data_suggest_name()
 */
char *
gw_export_suggest_name (const GwAuditDetails *details)
{
  g_autofree char *organisation = NULL;
  g_autofree char *head = NULL;
  g_autofree char *standard = NULL;
  const char *colon;

  g_return_val_if_fail (details != NULL, NULL);

  organisation = file_name_part (details->organisation);

  /* “ISO 28000:2022” names the standard well enough without its year. */
  head = g_strdup (details->standard ? details->standard : "");
  colon = strchr (head, ':');
  if (colon)
    head[colon - head] = '\0';
  standard = file_name_part (head);

  if (*organisation == '\0')
    {
      g_free (organisation);
      organisation = g_strdup (_("Audit"));
    }

  /* Translators: the default file name of the workbook: organisation,
   * standard (like “ISO 28000”) and the date of the export. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    return g_strdup_printf (_("%s - %s gap analysis - %s.xlsx"), organisation,
                            *standard ? standard : "ISO 28000", today);
  }
}

/* Writing --------------------------------------------------------------- */

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *where = g_filename_display_name (dir);

  switch (saved_errno)
    {
    case EROFS:
      g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_PERMISSION,
                   _("The workbook could not be saved in “%s”: the folder is read-only."), where);
      break;
    case EACCES:
    case EPERM:
      g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_PERMISSION,
                   _("The workbook could not be saved in “%s”: you do not have permission to write in "
                     "this folder."), where);
      break;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_NO_SPACE,
                   _("The workbook could not be saved in “%s”: the disk is full. Free some space "
                     "and try again."), where);
      break;
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_INVALID,
                   _("The workbook could not be saved in “%s”: the folder does not exist."), where);
      break;
    case ENAMETOOLONG:
      g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_INVALID,
                   _("The workbook could not be saved in “%s”: the file name is too long."), where);
      break;
    default:
      g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_FAILED,
                   _("The workbook could not be saved in “%s”: %s."), where, g_strerror (saved_errno));
      break;
    }

  return FALSE;
}

static gboolean
is_file_error (lxw_error err)
{
  switch (err)
    {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* libxlsxwriter does not say why a file operation failed, and errno may
 * have been overwritten by its clean-up; a nearly full disk is the likely
 * cause worth naming. */
static gboolean
disk_nearly_full (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GFileInfo) info = g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_FREE, NULL, NULL);

  return info != NULL &&
         g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE) &&
         g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE) < 4 * 1024 * 1024;
}

static gboolean
set_close_error (GError     **error,
                 lxw_error    err,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *where = NULL;

  if (is_file_error (err))
    {
      if (saved_errno == ENOSPC || saved_errno == EDQUOT || saved_errno == EFBIG || disk_nearly_full (dir))
        return set_errno_error (error, ENOSPC, path);
      if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
        return set_errno_error (error, saved_errno, path);
    }

  where = g_filename_display_name (dir);
  g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_FAILED,
               _("The workbook could not be saved in “%s”: it could not be written completely (%s)."),
               where, lxw_strerror (err));
  return FALSE;
}

/* A complete zip file ends with its end-of-central-directory record; a
 * write that silently came up short does not. */
static gboolean
check_complete (int fd)
{
  guchar tail[22 + 256];
  struct stat st;
  gsize n;

  if (fstat (fd, &st) != 0 || st.st_size < 22)
    return FALSE;

  n = MIN ((gsize) st.st_size, sizeof tail);
  if (pread (fd, tail, n, st.st_size - (off_t) n) != (ssize_t) n)
    return FALSE;

  for (gsize i = n - 22 + 1; i-- > 0; )
    if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6)
      return TRUE;

  return FALSE;
}

/* The C locale for numbers, on this thread only: Debian's libxlsxwriter
 * prints numbers with the locale's decimal separator, which makes a corrupt
 * file under German or French (platform-facts §1.3.1). LC_MESSAGES (and
 * LC_CTYPE) stay the user's, since every label is translated on this
 * thread: a full “C” locale would turn the workbook English. */
static locale_t
export_locale_new (void)
{
  locale_t base = duplocale (LC_GLOBAL_LOCALE);
  locale_t c;

  if (base == (locale_t) 0)
    return newlocale (LC_ALL_MASK, "C", (locale_t) 0);

  c = newlocale (LC_NUMERIC_MASK | LC_TIME_MASK | LC_MONETARY_MASK | LC_COLLATE_MASK, "C", base);
  if (c == (locale_t) 0)
    {
      freelocale (base);
      return newlocale (LC_ALL_MASK, "C", (locale_t) 0);
    }
  return c;
}

static char *
temp_template (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stem = NULL;

  if (g_str_has_suffix (base, ".xlsx"))
    stem = g_strndup (base, strlen (base) - 5);
  else
    stem = g_strdup (base);

  if (strlen (stem) > 200)
    g_clear_pointer (&stem, g_free);

  return g_strdup_printf ("%s/.%s.XXXXXX.xlsx", dir, stem ? stem : "gapwise-export");
}

static gboolean
check_target (const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_autofree char *name = g_filename_display_name (path);
      g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_INVALID,
                   _("The workbook could not be saved as “%s”: that is a folder."), name);
      return FALSE;
    }

  if (g_stat (dir, &st) != 0)
    return set_errno_error (error, errno, path);
  if (!S_ISDIR (st.st_mode))
    return set_errno_error (error, ENOTDIR, path);

  return TRUE;
}

/* Writes the workbook to @tmp_path, which exists and is empty. */
static gboolean
write_workbook (GwExportData           *data,
                const GwExportOptions  *options,
                const char             *tmp_path,
                const char             *path,
                GCancellable           *cancellable,
                GError                **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  lxw_workbook_options lxw_options = { .constant_memory = LXW_FALSE, .tmpdir = dir, .use_zip64 = LXW_FALSE };
  lxw_workbook *workbook;
  lxw_error err;
  int saved_errno;

  workbook = workbook_new_opt (tmp_path, &lxw_options);
  if (workbook == NULL)
    {
      g_autofree char *where = g_filename_display_name (dir);
      g_set_error (error, GW_EXPORT_ERROR, GW_EXPORT_ERROR_FAILED,
                   _("The workbook could not be saved in “%s”: there is not enough memory."), where);
      return FALSE;
    }

  if (!_gw_export_build (workbook, data, options, cancellable, error))
    {
      lxw_workbook_free (workbook);
      return FALSE;
    }

  /* workbook_close() writes the whole file and frees the workbook, whether
   * it succeeds or not. */
  errno = 0;
  err = workbook_close (workbook);
  saved_errno = errno;
  if (err != LXW_NO_ERROR)
    return set_close_error (error, err, saved_errno, path);

  return TRUE;
}

gboolean
_gw_export_write_full (GwExportData           *data,
                       const GwExportOptions  *options,
                       const char             *path,
                       GCancellable           *cancellable,
                       GError                **error)
{
  static const GwExportOptions defaults = GW_EXPORT_OPTIONS_DEFAULT;
  g_autofree char *tmp_path = NULL;
  g_autofree char *dir = NULL;
  locale_t locale, old_locale;
  struct stat st;
  gboolean ok;
  int fd;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    options = &defaults;

  if (!check_target (path, error))
    return FALSE;

  tmp_path = temp_template (path);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno, path);

  /* Keep the permissions the user gave an earlier export. */
  if (g_stat (path, &st) == 0)
    fchmod (fd, st.st_mode & 0777);
  close (fd);

  locale = export_locale_new ();
  old_locale = locale != (locale_t) 0 ? uselocale (locale) : (locale_t) 0;

  ok = write_workbook (data, options, tmp_path, path, cancellable, error);

  if (locale != (locale_t) 0)
    {
      uselocale (old_locale);
      freelocale (locale);
    }

  if (!ok)
    goto failed;

  fd = g_open (tmp_path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno, path);
      goto failed;
    }

  if (!check_complete (fd))
    {
      close (fd);
      set_errno_error (error, disk_nearly_full (path) ? ENOSPC : EIO, path);
      goto failed;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;
      close (fd);
      set_errno_error (error, saved_errno, path);
      goto failed;
    }
  close (fd);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;

  if (g_rename (tmp_path, path) != 0)
    {
      set_errno_error (error, errno, path);
      goto failed;
    }

  dir = g_path_get_dirname (path);
  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;

failed:
  g_unlink (tmp_path);
  return FALSE;
}

/**
 * gw_export_write:
 * @data: a snapshot from gw_export_data_collect()
 * @options: (nullable): what to include; %NULL for the defaults
 * @path: the workbook file to create or replace
 *
 * Writes the workbook. Safe on any thread, given that no other thread uses
 * @data at the same time. On failure nothing is left at @path but what was
 * there before.
 */
gboolean
gw_export_write (GwExportData           *data,
                 const GwExportOptions  *options,
                 const char             *path,
                 GError                **error)
{
  return _gw_export_write_full (data, options, path, NULL, error);
}

typedef struct
{
  GwExportData    *data;
  GwExportOptions  options;
  char            *path;
} WriteJob;

static void
write_job_free (gpointer pointer)
{
  WriteJob *job = pointer;

  gw_export_data_free (job->data);
  g_free (job->path);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (_gw_export_write_full (job->data, &job->options, job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * gw_export_write_async:
 * @audit: the audit to export
 * @options: (nullable): what to include
 * @file: the workbook to create or replace; it must have a local path
 *
 * Takes a snapshot of @audit now, on the calling thread, and writes the
 * workbook on a worker thread. Edits made to @audit meanwhile are not in
 * the workbook.
 */
void
gw_export_write_async (GwAudit                *audit,
                       const GwExportOptions  *options,
                       GFile                  *file,
                       GCancellable           *cancellable,
                       GAsyncReadyCallback     callback,
                       gpointer                user_data)
{
  static const GwExportOptions defaults = GW_EXPORT_OPTIONS_DEFAULT;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  WriteJob *job;

  g_return_if_fail (GW_IS_AUDIT (audit));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (audit, cancellable, callback, user_data);
  g_task_set_source_tag (task, gw_export_write_async);
  g_task_set_name (task, "[gapwise] export workbook");

  job = g_new0 (WriteJob, 1);
  job->options = options ? *options : defaults;
  job->path = g_file_get_path (file);
  g_task_set_task_data (task, job, write_job_free);

  if (job->path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_task_return_new_error (task, GW_EXPORT_ERROR, GW_EXPORT_ERROR_INVALID,
                               _("The workbook could not be saved as “%s”: only folders on this "
                                 "computer can hold it."), name);
      return;
    }

  job->data = gw_export_data_collect (audit, &error);
  if (job->data == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, write_thread);
}

gboolean
gw_export_write_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gw_export_write_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
