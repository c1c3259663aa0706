/* gw-working-copy.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where working copies live and how they are told apart. Each audit open
 * for editing has a private directory under the user's state directory,
 * named after a digest of the file's canonical path, holding the working
 * copy and an origin.ini that names the file and the process using it. A
 * directory whose process is gone and whose working copy is newer than its
 * file is unsaved work, offered for recovery.
 *
 * The module also keeps the fingerprints of files Gapwise wrote itself
 * (see gw_file_fingerprint()) and the backups made before an upgrade.
 */

#define G_LOG_DOMAIN "gw-audit"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gw-store.h"
#include "gw-working-copy.h"

#define ORIGIN_NAME "origin.ini"

void
gw_recoverable_free (GwRecoverable *recoverable)
{
  if (recoverable == NULL)
    return;

  g_free (recoverable->original_path);
  g_free (recoverable->working_path);
  g_free (recoverable->organisation);
  g_clear_pointer (&recoverable->modified, g_date_time_unref);
  g_free (recoverable);
}


char *
gw_working_root (void)
{
  return g_build_filename (g_get_user_state_dir (), "gapwise", "working", NULL);
}

/* The directory part is resolved through symbolic links so that two names
 * for one file share one working copy. */
char *
gw_canonical_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *absolute_dir = NULL;
  char *resolved = realpath (dir, NULL);

  if (resolved != NULL)
    {
      absolute_dir = g_strdup (resolved);
      free (resolved);
    }
  else
    absolute_dir = g_canonicalize_filename (dir, NULL);

  return g_build_filename (absolute_dir, base, NULL);
}

char *
gw_working_dir_for (const char *canonical)
{
  g_autofree char *root = gw_working_root ();
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);

  digest[24] = '\0';
  return g_build_filename (root, digest, NULL);
}

void
gw_working_dir_remove (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (dir);
}

static gboolean
process_alive (int pid)
{
  if (pid <= 0)
    return FALSE;
  return kill (pid, 0) == 0 || errno == EPERM;
}

/* The newest modification time of a working copy, including its WAL, where
 * its most recent commits live. */
static gint64
working_copy_mtime (const char *work_path)
{
  g_autofree char *wal = g_strconcat (work_path, "-wal", NULL);
  struct stat st;
  gint64 newest = 0;

  if (g_stat (work_path, &st) == 0)
    newest = (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
  if (g_stat (wal, &st) == 0)
    newest = MAX (newest, (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000);
  return newest;
}

static gint64
file_mtime (const char *path)
{
  struct stat st;

  if (g_stat (path, &st) != 0)
    return -1;
  return (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
}

/* Files this program wrote itself are not strangers. Right after each
 * write-back the file's identity (device, inode, size, modification and
 * change times, to the nanosecond) is recorded; a file that still has that
 * identity has not been touched since, and opening it can skip the
 * integrity scan, whose cost grows with the file (about half of the open
 * time of a large audit). Any other file gets the full checks. */
char *
gw_file_fingerprint (const char *path)
{
  struct stat st;

  if (g_stat (path, &st) != 0)
    return NULL;

  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT
                          ":%" G_GINT64_FORMAT ".%09ld:%" G_GINT64_FORMAT ".%09ld",
                          (guint64) st.st_dev, (guint64) st.st_ino, (gint64) st.st_size,
                          (gint64) st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                          (gint64) st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
}

static char *
fingerprint_record_for (const char *canonical)
{
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);

  digest[24] = '\0';
  return g_build_filename (g_get_user_state_dir (), "gapwise", "written", digest, NULL);
}

void
gw_remember_written (const char *canonical)
{
  g_autofree char *record = fingerprint_record_for (canonical);
  g_autofree char *dir = g_path_get_dirname (record);
  g_autofree char *fingerprint = gw_file_fingerprint (canonical);

  if (fingerprint == NULL || g_mkdir_with_parents (dir, 0700) != 0)
    return;
  g_file_set_contents (record, fingerprint, -1, NULL);
}

gboolean
gw_written_by_us (const char *canonical,
               const char *fingerprint)
{
  g_autofree char *record = fingerprint_record_for (canonical);
  g_autofree char *remembered = NULL;

  return fingerprint != NULL &&
         g_file_get_contents (record, &remembered, NULL, NULL) &&
         g_str_equal (remembered, fingerprint);
}

gboolean
gw_working_write_origin (const char  *work_dir,
              const char  *original_path,
              GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *origin = g_build_filename (work_dir, ORIGIN_NAME, NULL);

  g_key_file_set_string (key_file, "working-copy", "path", original_path);
  g_key_file_set_integer (key_file, "working-copy", "pid", (int) getpid ());
  return g_key_file_save_to_file (key_file, origin, error);
}

gboolean
gw_copy_file (const char  *source,
           const char  *dest,
           GError     **error)
{
  g_autoptr(GFile) source_file = g_file_new_for_path (source);
  g_autoptr(GFile) dest_file = g_file_new_for_path (dest);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (source_file, dest_file,
                    G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                    NULL, NULL, NULL, &local_error))
    {
      g_autofree char *name = g_filename_display_basename (source);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                   _("“%s” could not be copied for editing: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Before a migration the file as it was is kept, so that nothing the older
 * version wrote can be lost by the upgrade. */
gboolean
gw_keep_backup (const char  *path,
             int          version,
             GError     **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "gapwise", "backups", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  name = g_strdup_printf ("%s.format%d.%s.gapwise", base, version, stamp);
  backup = g_build_filename (dir, name, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                   _("A backup could not be made before upgrading the file: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  return gw_copy_file (path, backup, error);
}

/* Finds a working directory left for this file by an earlier session. */
gboolean
gw_working_dir_claim (const char        *canonical,
                   const char        *work_dir,
                   gboolean           discard_recovery,
                   GError           **error)
{
  g_autofree char *origin = g_build_filename (work_dir, ORIGIN_NAME, NULL);
  g_autofree char *work_path = g_build_filename (work_dir, GW_WORKING_NAME, NULL);
  g_autofree char *name = g_filename_display_basename (canonical);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  if (!g_file_test (work_dir, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_key_file_load_from_file (key_file, origin, G_KEY_FILE_NONE, NULL))
    {
      int pid = g_key_file_get_integer (key_file, "working-copy", "pid", NULL);

      if (pid != (int) getpid () && process_alive (pid))
        {
          g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                       _("“%s” is already open in another Gapwise window."), name);
          return FALSE;
        }
    }

  if (g_file_test (work_path, G_FILE_TEST_EXISTS) &&
      working_copy_mtime (work_path) > file_mtime (canonical) &&
      !discard_recovery)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_EXISTS,
                   _("Unsaved changes to “%s” from an earlier session were found. "
                     "Recover them, or discard them to open the file as it is."), name);
      return FALSE;
    }

  gw_working_dir_remove (work_dir);
  return TRUE;
}

/* Recovery -------------------------------------------------------------- */

/**
 * gw_audit_list_recoverable:
 *
 * Finds working copies left by a session that ended without writing them
 * back, such as after a crash. Working copies that hold nothing newer than
 * their file are removed on the way.
 *
 * Returns: (transfer full) (element-type GwRecoverable)
 */
GPtrArray *
gw_audit_list_recoverable (GError **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_recoverable_free);
  g_autofree char *root = gw_working_root ();
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (root, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&found);

  dir = g_dir_open (root, 0, error);
  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *work_dir = g_build_filename (root, name, NULL);
      g_autofree char *origin = g_build_filename (work_dir, ORIGIN_NAME, NULL);
      g_autofree char *work_path = g_build_filename (work_dir, GW_WORKING_NAME, NULL);
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_autofree char *original = NULL;
      g_autoptr(GwStore) store = NULL;
      g_autoptr(GwAuditDetails) details = NULL;
      GwRecoverable *recoverable;
      int pid;

      if (!g_key_file_load_from_file (key_file, origin, G_KEY_FILE_NONE, NULL))
        continue;

      original = g_key_file_get_string (key_file, "working-copy", "path", NULL);
      pid = g_key_file_get_integer (key_file, "working-copy", "pid", NULL);
      if (original == NULL || process_alive (pid))
        continue;

      if (!g_file_test (work_path, G_FILE_TEST_EXISTS) ||
          working_copy_mtime (work_path) <= file_mtime (original))
        {
          gw_working_dir_remove (work_dir);
          continue;
        }

      recoverable = g_new0 (GwRecoverable, 1);
      recoverable->original_path = g_steal_pointer (&original);
      recoverable->working_path = g_strdup (work_path);
      recoverable->modified = g_date_time_new_from_unix_local (working_copy_mtime (work_path) / G_USEC_PER_SEC);

      store = gw_store_open (work_path, NULL, GW_STORE_OPEN_READ_ONLY, NULL);
      details = store ? gw_store_get_details (store, NULL) : NULL;
      recoverable->organisation = details ? g_strdup (details->organisation) : NULL;

      g_ptr_array_add (found, recoverable);
    }

  return g_steal_pointer (&found);
}

gboolean
gw_audit_discard_recoverable (const GwRecoverable  *recoverable,
                              GError              **error)
{
  g_autofree char *dir = g_path_get_dirname (recoverable->working_path);
  g_autofree char *root = gw_working_root ();
  g_autofree char *parent = g_path_get_dirname (dir);

  if (g_strcmp0 (parent, root) != 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                   _("“%s” is not a working copy of Gapwise."), recoverable->working_path);
      return FALSE;
    }

  gw_working_dir_remove (dir);
  return TRUE;
}
