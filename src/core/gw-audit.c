/* gw-audit.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The life of an audit document, as DESIGN.md "Opening and saving" sets it:
 *
 *  - SQLite never works on the user's file. Opening copies the file into a
 *    private working directory under the user's state directory, validates
 *    the copy as untrusted input, migrates it if it is older, and works on
 *    it. The user's file is only ever read, until it is replaced whole.
 *  - Every edit is committed to the working copy before the call returns.
 *    The working copy uses write-ahead logging: it is private and local,
 *    and WAL lets the snapshot thread read while the main thread commits.
 *  - Write-back makes a complete snapshot (rollback-journal mode, no
 *    sidecar files) and renames it over the user's file, a moment after the
 *    last edit and on close.
 *  - A working directory left behind by a crash holds a working copy newer
 *    than its file; gw_audit_list_recoverable() finds it for recovery.
 */

#define G_LOG_DOMAIN "gw-audit"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gw-atomic.h"
#include "gw-audit-private.h"
#include "gw-working-copy.h"

#define DEFAULT_WRITE_BACK_DELAY 1500

G_DEFINE_FINAL_TYPE (GwAudit, gw_audit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_READ_ONLY,
  PROP_SAVE_STATE,
  PROP_AUTHOR,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Audits open in this process, by canonical path, so that the same file is
 * never worked on twice. Only touched from the main thread. */
static GHashTable *open_audits;

char *
_gw_audit_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
default_author (void)
{
  const char *real_name = g_get_real_name ();

  if (real_name && *real_name && !g_str_equal (real_name, "Unknown"))
    return g_strdup (real_name);
  return g_strdup (g_get_user_name ());
}

/* GObject --------------------------------------------------------------- */

static void
gw_audit_dispose (GObject *object)
{
  GwAudit *self = GW_AUDIT (object);

  if (!self->closed)
    {
      g_autoptr(GError) error = NULL;

      if (!gw_audit_close (self, &error))
        g_warning ("Closing %s on release failed: %s; its working copy is kept for recovery",
                   self->path, error->message);
    }

  G_OBJECT_CLASS (gw_audit_parent_class)->dispose (object);
}

static void
gw_audit_finalize (GObject *object)
{
  GwAudit *self = GW_AUDIT (object);

  g_clear_pointer (&self->store, gw_store_free);
  g_clear_pointer (&self->risk_matrix, gw_risk_matrix_unref);
  g_clear_object (&self->file);
  g_clear_error (&self->save_error);
  g_free (self->path);
  g_free (self->work_dir);
  g_free (self->work_path);
  g_free (self->author);

  G_OBJECT_CLASS (gw_audit_parent_class)->finalize (object);
}

static void
gw_audit_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  GwAudit *self = GW_AUDIT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_SAVE_STATE:
      g_value_set_int (value, self->save_state);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_audit_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  GwAudit *self = GW_AUDIT (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      gw_audit_set_author (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_audit_class_init (GwAuditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gw_audit_dispose;
  object_class->finalize = gw_audit_finalize;
  object_class->get_property = gw_audit_get_property;
  object_class->set_property = gw_audit_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* A GwSaveState; an int so that the core needs no generated enum types. */
  properties[PROP_SAVE_STATE] =
    g_param_spec_int ("save-state", NULL, NULL,
                      GW_SAVE_STATE_SAVED, GW_SAVE_STATE_FAILED, GW_SAVE_STATE_SAVED,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GwAudit::changed:
   * @entity: "audit", "assessment", "evidence" or "action"
   * @id: the id of what changed
   *
   * Emitted after an edit has been committed to the working copy.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
gw_audit_init (GwAudit *self)
{
  self->author = default_author ();
  self->write_back_delay = DEFAULT_WRITE_BACK_DELAY;
  self->save_state = GW_SAVE_STATE_SAVED;
}

static void
set_save_state (GwAudit     *self,
                GwSaveState  state)
{
  if (self->save_state == state)
    return;

  self->save_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_STATE]);
}

static void
register_open (GwAudit *self)
{
  if (open_audits == NULL)
    open_audits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (open_audits, g_strdup (self->path), self);
}

static void
unregister_open (GwAudit *self)
{
  if (open_audits != NULL && g_hash_table_lookup (open_audits, self->path) == self)
    g_hash_table_remove (open_audits, self->path);
}

/* Opening --------------------------------------------------------------- */

static gboolean
check_user_file (const char        *path,
                 GwAuditOpenFlags   flags,
                 GError           **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_FOUND,
                     _("“%s” does not exist. It may have been moved or deleted."), name);
      else
        g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_PERMISSION,
                     _("“%s” cannot be opened: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not an audit file."), name);
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_AUDIT,
                   _("“%s” is not a Gapwise audit file."), name);
      return FALSE;
    }

  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_PERMISSION,
                   _("You do not have permission to read “%s”."), name);
      return FALSE;
    }

  if (flags & GW_AUDIT_OPEN_READ_ONLY)
    return TRUE;

  /* A file with no write permission for anyone is read-only by intent,
   * even for a user (such as root) whom the system would let write it. */
  if (g_access (path, W_OK) != 0 || (st.st_mode & 0222) == 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes could not be saved to it. "
                     "Open it read-only, or make it writable first."), name);
      return FALSE;
    }

  if (g_access (dir, W_OK) != 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                   _("The folder of “%s” is read-only, so changes could not be saved there. "
                     "Open the audit read-only, or move it to a folder you can write to."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
prepare_working_dir (GwAudit  *self,
                     GError  **error)
{
  if (g_mkdir_with_parents (self->work_dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                   _("The working folder could not be created: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  return self->read_only || gw_working_write_origin (self->work_dir, self->path, error);
}

/* The working copy keeps write-ahead logging: see the top of this file. */
static gboolean
use_working_mode (GwAudit  *self,
                  GError  **error)
{
  return _gw_store_exec (self->store, "PRAGMA journal_mode = WAL", error);
}

static GwAudit *
audit_new (const char *path,
           gboolean    read_only)
{
  GwAudit *self = g_object_new (GW_TYPE_AUDIT, NULL);
  g_autofree char *dir = NULL;

  self->path = gw_canonical_path (path);
  self->file = g_file_new_for_path (self->path);
  self->read_only = read_only;

  if (read_only)
    {
      g_autofree char *root = g_build_filename (g_get_user_state_dir (), "gapwise", "read-only", NULL);
      g_autofree char *random = g_uuid_string_random ();
      self->work_dir = g_build_filename (root, random, NULL);
    }
  else
    self->work_dir = gw_working_dir_for (self->path);

  self->work_path = g_build_filename (self->work_dir, GW_WORKING_NAME, NULL);
  return self;
}

static gboolean
local_path (GFile       *file,
            char       **path,
            GError     **error)
{
  *path = g_file_get_path (file);
  if (*path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_FOUND,
                   _("“%s” is not a local file. Copy it to this computer first."), uri);
      return FALSE;
    }
  return TRUE;
}

/**
 * gw_audit_open:
 *
 * Opens the audit in @file, following DESIGN.md: the file is copied, the
 * copy is validated as untrusted input and migrated when older. The user's
 * file is not modified by opening, whatever its content.
 */
GwAudit *
gw_audit_open (GFile             *file,
               GwAuditOpenFlags   flags,
               GError           **error)
{
  g_autoptr(GwAudit) self = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  gboolean read_only = (flags & GW_AUDIT_OPEN_READ_ONLY) != 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!local_path (file, &path, error) || !check_user_file (path, flags, error))
    return NULL;

  self = audit_new (path, read_only);

  if (!read_only)
    {
      if (gw_audit_find_open (self->file) != NULL)
        {
          g_autofree char *name = g_filename_display_basename (path);
          g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                       _("“%s” is already open."), name);
          self->closed = TRUE;
          return NULL;
        }

      if (!gw_working_dir_claim (self->path, self->work_dir, (flags & GW_AUDIT_OPEN_DISCARD_RECOVERY) != 0, error))
        {
          self->closed = TRUE;
          return NULL;
        }
    }

  before = gw_file_fingerprint (self->path);

  if (!prepare_working_dir (self, error) ||
      !gw_copy_file (self->path, self->work_path, error))
    goto fail;

  {
    /* Messages name the user's file, not our private copy. */
    g_autofree char *name = g_filename_display_basename (self->path);
    g_autofree char *after = gw_file_fingerprint (self->path);
    gboolean trusted = g_strcmp0 (before, after) == 0 && gw_written_by_us (self->path, after);

    self->store = gw_store_open (self->work_path, name,
                                 trusted ? GW_STORE_OPEN_TRUSTED : GW_STORE_OPEN_NONE, error);
    if (self->store == NULL)
      goto fail;
  }

  if (gw_store_get_version (self->store) < gw_store_get_supported_version ())
    {
      if ((!read_only && !gw_keep_backup (self->path, gw_store_get_version (self->store), error)) ||
          !gw_store_migrate (self->store, error))
        goto fail;
    }

  if (!_gw_audit_load_risk_matrix (self, error) ||
      !use_working_mode (self, error))
    goto fail;

  if (read_only)
    gw_store_set_read_only (self->store, TRUE);
  else
    register_open (self);

  return g_steal_pointer (&self);

fail:
  g_clear_pointer (&self->store, gw_store_free);
  gw_working_dir_remove (self->work_dir);
  self->closed = TRUE;
  return NULL;
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  GwAuditOpenFlags flags = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "flags"));
  GError *error = NULL;
  GwAudit *audit = gw_audit_open (file, flags, &error);

  if (audit == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, audit, g_object_unref);
}

/**
 * gw_audit_open_async:
 *
 * Copies and validates the file in a worker thread, which for a large
 * audit takes longer than a frame. The audit is handed back to the calling
 * thread, which owns it from then on.
 */
void
gw_audit_open_async (GFile               *file,
                     GwAuditOpenFlags     flags,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = g_file_get_path (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gw_audit_open_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (task), "flags", GUINT_TO_POINTER (flags));

  /* The open registry is main-thread state: refuse a second open here. */
  if (path != NULL && !(flags & GW_AUDIT_OPEN_READ_ONLY) && gw_audit_find_open (file) != NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_task_return_new_error (task, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                               _("“%s” is already open."), name);
      return;
    }

  g_task_run_in_thread (task, open_thread);
}

GwAudit *
gw_audit_open_finish (GAsyncResult  *result,
                      GError       **error)
{
  GwAudit *audit;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  audit = g_task_propagate_pointer (G_TASK (result), error);
  if (audit != NULL && !audit->read_only)
    register_open (audit);
  return audit;
}

/**
 * gw_audit_check_file:
 *
 * Validates @file as gw_audit_open() would, on a private copy, without
 * opening it for editing.
 */
gboolean
gw_audit_check_file (GFile   *file,
                     int     *out_version,
                     GError **error)
{
  g_autoptr(GwAudit) audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, error);

  if (audit == NULL)
    return FALSE;

  if (out_version)
    *out_version = gw_store_get_version (audit->store);
  return gw_audit_close (audit, error);
}

GwAudit *
gw_audit_find_open (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *canonical = NULL;

  if (path == NULL || open_audits == NULL)
    return NULL;

  canonical = gw_canonical_path (path);
  return g_hash_table_lookup (open_audits, canonical);
}

/* Creating -------------------------------------------------------------- */

/**
 * gw_audit_create:
 * @file: where the audit is saved; it must not exist
 * @catalogue: the standard to audit against, copied into the file
 * @details: (nullable): organisation, scope and the other audit details
 */
GwAudit *
gw_audit_create (GFile                 *file,
                 GwCatalogue           *catalogue,
                 const GwAuditDetails  *details,
                 GError               **error)
{
  g_autoptr(GwAudit) self = NULL;
  g_autoptr(GwAuditDetails) copy = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *now = _gw_audit_now ();

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (GW_IS_CATALOGUE (catalogue), NULL);

  if (!local_path (file, &path, error))
    return NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name, or remove it first."), name);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_name (dir);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_FOUND,
                   _("The folder “%s” does not exist."), name);
      return NULL;
    }

  copy = details ? gw_audit_details_copy (details) : gw_audit_details_new ();
  g_free (copy->uuid);
  copy->uuid = g_uuid_string_random ();

  self = audit_new (path, FALSE);
  if (!gw_working_dir_claim (self->path, self->work_dir, TRUE, error))
    {
      self->closed = TRUE;
      return NULL;
    }

  if (!prepare_working_dir (self, error))
    goto fail;

  self->store = gw_store_create (self->work_path, error);
  if (self->store == NULL ||
      !gw_store_import_catalogue (self->store, catalogue, copy, self->author, now, error) ||
      !_gw_audit_load_risk_matrix (self, error) ||
      !use_working_mode (self, error))
    goto fail;

  register_open (self);

  /* The file exists on disk as soon as it is created, so a new audit is
   * never only in the working copy. */
  self->generation = 1;
  if (!gw_audit_save (self, error))
    {
      unregister_open (self);
      goto fail;
    }

  return g_steal_pointer (&self);

fail:
  g_clear_pointer (&self->store, gw_store_free);
  gw_working_dir_remove (self->work_dir);
  self->closed = TRUE;
  return NULL;
}

/* Saving ---------------------------------------------------------------- */

gboolean
_gw_audit_writable (GwAudit  *self,
                    GError  **error)
{
  if (self->closed)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY, _("The audit is closed."));
      return FALSE;
    }

  if (self->read_only)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                   _("The audit is open read-only. Save a copy to make changes."));
      return FALSE;
    }

  return TRUE;
}

/* Writes a snapshot of the working copy at @work_path and puts it in place
 * of @target. Runs on any thread: it uses its own connection. */
static gboolean
write_snapshot (const char  *work_path,
                const char  *work_dir,
                const char  *target,
                GError     **error)
{
  g_autofree char *random = g_uuid_string_random ();
  g_autofree char *name = g_strconcat ("snapshot-", random, ".tmp", NULL);
  g_autofree char *snapshot = g_build_filename (work_dir, name, NULL);
  GwStore *reader;
  gboolean ok;

  reader = gw_store_open (work_path, NULL, GW_STORE_OPEN_READ_ONLY | GW_STORE_OPEN_TRUSTED, error);
  if (reader == NULL)
    return FALSE;

  ok = gw_store_snapshot (reader, snapshot, error);
  gw_store_free (reader);

  if (ok)
    ok = gw_replace_file_atomically (snapshot, target, error);
  if (ok)
    gw_remember_written (target);

  g_unlink (snapshot);
  return ok;
}

static void
save_finished (GwAudit  *self,
               guint64   generation,
               GError   *error)
{
  if (error != NULL)
    {
      g_clear_error (&self->save_error);
      self->save_error = g_error_copy (error);
      set_save_state (self, GW_SAVE_STATE_FAILED);
      return;
    }

  g_clear_error (&self->save_error);
  self->saved_generation = MAX (self->saved_generation, generation);
  if (self->saved_generation >= self->generation)
    set_save_state (self, GW_SAVE_STATE_SAVED);
}

/**
 * gw_audit_save:
 *
 * Writes the audit back to its file now, in the calling thread.
 */
gboolean
gw_audit_save (GwAudit  *self,
               GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  guint64 generation;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  g_clear_handle_id (&self->write_back_source, g_source_remove);

  if (self->saved_generation >= self->generation && self->save_state == GW_SAVE_STATE_SAVED)
    return TRUE;

  generation = self->generation;
  set_save_state (self, GW_SAVE_STATE_SAVING);
  write_snapshot (self->work_path, self->work_dir, self->path, &local_error);
  save_finished (self, generation, local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  char    *work_path;
  char    *work_dir;
  char    *target;
  guint64  generation;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_free (data->work_path);
  g_free (data->work_dir);
  g_free (data->target);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (write_snapshot (data->work_path, data->work_dir, data->target, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void schedule_write_back (GwAudit *self);

static void
save_async_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GwAudit *self = GW_AUDIT (object);
  GTask *task = G_TASK (result);
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) outer = user_data;

  self->saving = FALSE;
  g_task_propagate_boolean (task, &error);

  if (!self->closed)
    {
      save_finished (self, data->generation, error);
      /* Edits made while the snapshot was being written need another one. */
      if (error == NULL && self->saved_generation < self->generation)
        schedule_write_back (self);
    }

  if (error != NULL)
    g_task_return_error (outer, g_steal_pointer (&error));
  else
    g_task_return_boolean (outer, TRUE);
}

/**
 * gw_audit_save_async:
 *
 * Writes the audit back to its file in a worker thread. The main thread
 * may go on editing meanwhile; those edits are written by the next
 * write-back.
 */
void
gw_audit_save_async (GwAudit             *self,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  SaveData *data;

  g_return_if_fail (GW_IS_AUDIT (self));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, gw_audit_save_async);

  if (!_gw_audit_writable (self, &error))
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  g_clear_handle_id (&self->write_back_source, g_source_remove);

  data = g_new0 (SaveData, 1);
  data->work_path = g_strdup (self->work_path);
  data->work_dir = g_strdup (self->work_dir);
  data->target = g_strdup (self->path);
  data->generation = self->generation;

  self->saving = TRUE;
  set_save_state (self, GW_SAVE_STATE_SAVING);

  task = g_task_new (self, NULL, save_async_done, g_steal_pointer (&outer));
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
gw_audit_save_finish (GwAudit       *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
write_back_cb (gpointer user_data)
{
  GwAudit *self = user_data;

  self->write_back_source = 0;
  if (self->saving)
    {
      /* save_async_done() schedules the next one. */
      return G_SOURCE_REMOVE;
    }

  gw_audit_save_async (self, NULL, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_write_back (GwAudit *self)
{
  g_clear_handle_id (&self->write_back_source, g_source_remove);
  self->write_back_source = g_timeout_add (self->write_back_delay, write_back_cb, self);
}

void
_gw_audit_changed (GwAudit     *self,
                   const char  *entity,
                   gint64       id)
{
  self->generation++;

  if (!self->in_batch)
    {
      set_save_state (self, GW_SAVE_STATE_PENDING);
      if (!self->saving)
        schedule_write_back (self);
    }

  g_signal_emit (self, signals[CHANGED], 0, entity, id);
}

static gboolean
check_target (GFile   *file,
              char   **path,
              GError **error)
{
  g_autofree char *dir = NULL;

  if (!local_path (file, path, error))
    return FALSE;

  dir = g_path_get_dirname (*path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_name (dir);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_FOUND,
                   _("The folder “%s” does not exist."), name);
      return FALSE;
    }

  if (g_file_test (*path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_basename (*path);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder."), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * gw_audit_save_copy:
 *
 * Writes a complete copy of the audit to @file; the audit stays attached
 * to its own file.
 */
gboolean
gw_audit_save_copy (GwAudit  *self,
                    GFile    *file,
                    GError  **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (self->closed)
    return _gw_audit_writable (self, error);

  if (!check_target (file, &path, error))
    return FALSE;

  return write_snapshot (self->work_path, self->work_dir, path, error);
}

/**
 * gw_audit_save_as:
 *
 * Writes the audit to @file and attaches it to that file from now on. A
 * read-only audit becomes editable this way.
 */
gboolean
gw_audit_save_as (GwAudit  *self,
                  GFile    *file,
                  GError  **error)
{
  g_autoptr(GwAudit) other = NULL;
  g_autofree char *path = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *new_dir = NULL;
  g_autofree char *new_work_path = NULL;
  GwStore *store;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (self->closed)
    return _gw_audit_writable (self, error);

  if (!check_target (file, &path, error))
    return FALSE;

  canonical = gw_canonical_path (path);
  if (g_strcmp0 (canonical, self->path) == 0 && !self->read_only)
    return gw_audit_save (self, error);

  if (gw_audit_find_open (file) != NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                   _("“%s” is open in another window. Close it first."), name);
      return FALSE;
    }

  if (!write_snapshot (self->work_path, self->work_dir, canonical, error))
    return FALSE;

  /* Move the working copy to the directory that belongs to the new file. */
  new_dir = gw_working_dir_for (canonical);
  new_work_path = g_build_filename (new_dir, GW_WORKING_NAME, NULL);
  if (!gw_working_dir_claim (canonical, new_dir, TRUE, error) ||
      g_mkdir_with_parents (new_dir, 0700) != 0 ||
      !gw_working_write_origin (new_dir, canonical, error) ||
      !gw_copy_file (canonical, new_work_path, error))
    {
      if (error && *error == NULL)
        g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED, _("The working folder could not be created."));
      gw_working_dir_remove (new_dir);
      return FALSE;
    }

  store = gw_store_open (new_work_path, NULL, GW_STORE_OPEN_TRUSTED, error);
  if (store == NULL)
    {
      gw_working_dir_remove (new_dir);
      return FALSE;
    }

  unregister_open (self);
  gw_store_free (self->store);
  gw_working_dir_remove (self->work_dir);

  self->store = store;
  g_free (self->path);
  self->path = g_steal_pointer (&canonical);
  g_free (self->work_dir);
  self->work_dir = g_steal_pointer (&new_dir);
  g_free (self->work_path);
  self->work_path = g_steal_pointer (&new_work_path);
  g_set_object (&self->file, NULL);
  self->file = g_file_new_for_path (self->path);
  use_working_mode (self, NULL);

  if (self->read_only)
    {
      self->read_only = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
    }

  register_open (self);
  self->saved_generation = self->generation;
  set_save_state (self, GW_SAVE_STATE_SAVED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  return TRUE;
}

/**
 * gw_audit_close:
 *
 * Writes pending edits back and removes the working copy. When the
 * write-back fails the audit stays open and its working copy is kept, so
 * the caller can report the problem, and nothing is lost.
 */
gboolean
gw_audit_close (GwAudit  *self,
                GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (self->closed)
    return TRUE;

  g_clear_handle_id (&self->write_back_source, g_source_remove);

  if (!self->read_only &&
      (self->saved_generation < self->generation || self->save_state != GW_SAVE_STATE_SAVED) &&
      !gw_audit_save (self, error))
    return FALSE;

  unregister_open (self);
  g_clear_pointer (&self->store, gw_store_free);
  gw_working_dir_remove (self->work_dir);
  self->closed = TRUE;
  return TRUE;
}

/**
 * gw_audit_recover:
 *
 * Opens the working copy an earlier session left, writes it back to its
 * file at once, and returns the audit.
 */
GwAudit *
gw_audit_recover (const GwRecoverable  *recoverable,
                  GError              **error)
{
  g_autoptr(GwAudit) self = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (recoverable != NULL, NULL);

  self = audit_new (recoverable->original_path, FALSE);
  if (g_strcmp0 (self->work_path, recoverable->working_path) != 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                   _("The recovered changes do not belong to “%s”."), recoverable->original_path);
      self->closed = TRUE;
      return NULL;
    }

  dir = g_path_get_dirname (self->path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_name (dir);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_FOUND,
                   _("The folder “%s” no longer exists. Recover the audit with Save As."), name);
      self->closed = TRUE;
      return NULL;
    }

  self->store = gw_store_open (self->work_path, NULL, GW_STORE_OPEN_NONE, error);
  if (self->store == NULL ||
      (gw_store_get_version (self->store) < gw_store_get_supported_version () &&
       !gw_store_migrate (self->store, error)) ||
      !_gw_audit_load_risk_matrix (self, error) ||
      !use_working_mode (self, error) ||
      !gw_working_write_origin (self->work_dir, self->path, error))
    {
      self->closed = TRUE;
      return NULL;
    }

  register_open (self);
  self->generation = 1;
  if (!gw_audit_save (self, error))
    {
      /* Keep the audit open: the changes are safe in the working copy. */
      return g_steal_pointer (&self);
    }

  return g_steal_pointer (&self);
}

/* Properties ------------------------------------------------------------ */

GFile *
gw_audit_get_file (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  return self->file;
}

const char *
gw_audit_get_working_path (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  return self->work_path;
}

gboolean
gw_audit_get_read_only (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), TRUE);
  return self->read_only;
}

gboolean
gw_audit_get_closed (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), TRUE);
  return self->closed;
}

GwSaveState
gw_audit_get_save_state (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), GW_SAVE_STATE_FAILED);
  return self->save_state;
}

const GError *
gw_audit_get_save_error (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  return self->save_error;
}

const char *
gw_audit_get_author (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  return self->author;
}

void
gw_audit_set_author (GwAudit    *self,
                     const char *author)
{
  g_return_if_fail (GW_IS_AUDIT (self));

  if (author == NULL || *author == '\0')
    return;

  if (g_strcmp0 (self->author, author) == 0)
    return;

  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

guint
gw_audit_get_write_back_delay (GwAudit *self)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), 0);
  return self->write_back_delay;
}

void
gw_audit_set_write_back_delay (GwAudit *self,
                               guint    milliseconds)
{
  g_return_if_fail (GW_IS_AUDIT (self));
  self->write_back_delay = milliseconds;
}

/* Batches --------------------------------------------------------------- */

/**
 * gw_audit_begin_batch:
 *
 * Groups the following edits into one transaction, for generators and
 * imports that make thousands of them. Nothing is committed until
 * gw_audit_end_batch().
 */
gboolean
gw_audit_begin_batch (GwAudit  *self,
                      GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (!_gw_audit_writable (self, error) || !gw_store_begin (self->store, error))
    return FALSE;

  self->in_batch = TRUE;
  return TRUE;
}

gboolean
gw_audit_end_batch (GwAudit  *self,
                    GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail (self->in_batch, FALSE);

  if (!gw_store_commit (self->store, error))
    {
      gw_store_rollback (self->store);
      self->in_batch = FALSE;
      return FALSE;
    }

  self->in_batch = FALSE;
  set_save_state (self, GW_SAVE_STATE_PENDING);
  schedule_write_back (self);
  return TRUE;
}

void
gw_audit_cancel_batch (GwAudit *self)
{
  g_return_if_fail (GW_IS_AUDIT (self));
  g_return_if_fail (self->in_batch);

  gw_store_rollback (self->store);
  self->in_batch = FALSE;
}
