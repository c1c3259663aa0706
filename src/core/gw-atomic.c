/* gw-atomic.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Putting a finished file in place of the user's file so that, whatever
 * happens, the user's file is either the old one or the new one, never a
 * mixture. The new bytes go to a hidden temporary file in the target's own
 * directory (a rename is atomic only within one file system), are synced,
 * and the temporary file is renamed over the target; then the directory is
 * synced so the rename itself survives a power cut. On any failure the
 * temporary file is removed and the target is untouched.
 *
 * This is done with plain POSIX calls rather than g_file_replace(), because
 * the latter may fall back to rewriting the target in place when it cannot
 * create a temporary file, which is exactly what must never happen here.
 */

#define G_LOG_DOMAIN "gw-atomic"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gw-atomic.h"
#include "gw-error.h"

static gboolean
fail (GError     **error,
      int          saved_errno,
      const char  *target_path)
{
  g_autofree char *name = g_filename_display_basename (target_path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                 _("“%s” could not be saved: the disk is full. Free some space and try again; "
                   "the previous version of the file is unchanged."), name);
  else if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
    g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_PERMISSION,
                 _("“%s” could not be saved: you do not have permission to write in its folder. "
                   "Save it somewhere else."), name);
  else
    g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                 _("“%s” could not be saved: %s. The previous version of the file is unchanged."),
                 name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
copy_fd (int in_fd,
         int out_fd)
{
  char buffer[64 * 1024];

  for (;;)
    {
      ssize_t n_read = read (in_fd, buffer, sizeof buffer);
      ssize_t done = 0;

      if (n_read < 0 && errno == EINTR)
        continue;
      if (n_read < 0)
        return FALSE;
      if (n_read == 0)
        return TRUE;

      while (done < n_read)
        {
          ssize_t n_written = write (out_fd, buffer + done, (size_t) (n_read - done));

          if (n_written < 0 && errno == EINTR)
            continue;
          if (n_written < 0)
            return FALSE;
          done += n_written;
        }
    }
}

/**
 * gw_replace_file_atomically:
 * @source_path: the finished file, which is left in place
 * @target_path: the file to replace (or create)
 */
gboolean
gw_replace_file_atomically (const char  *source_path,
                            const char  *target_path,
                            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (target_path);
  g_autofree char *base = g_path_get_basename (target_path);
  g_autofree char *tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  struct stat st;
  int in_fd = -1, out_fd = -1, dir_fd;
  int saved_errno;

  in_fd = g_open (source_path, O_RDONLY | O_CLOEXEC, 0);
  if (in_fd < 0)
    return fail (error, errno, target_path);

  out_fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0644);
  if (out_fd < 0)
    {
      saved_errno = errno;
      close (in_fd);
      return fail (error, saved_errno, target_path);
    }

  /* Keep the permissions the user gave the file. */
  if (g_stat (target_path, &st) == 0)
    fchmod (out_fd, st.st_mode & 07777);

  if (!copy_fd (in_fd, out_fd) || fsync (out_fd) != 0)
    goto error;

  close (in_fd);
  in_fd = -1;
  if (close (out_fd) != 0)
    {
      out_fd = -1;
      goto error;
    }
  out_fd = -1;

  if (g_rename (tmp_path, target_path) != 0)
    goto error;

  dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }

  return TRUE;

error:
  saved_errno = errno;
  if (in_fd >= 0)
    close (in_fd);
  if (out_fd >= 0)
    close (out_fd);
  g_unlink (tmp_path);
  return fail (error, saved_errno, target_path);
}
