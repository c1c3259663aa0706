/* gw-store.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Connections to audit files: creating the schema, validating a file that
 * may come from anyone, migrating older schemas, transactions and
 * snapshots. The queries on audit content are in gw-store-records.c.
 *
 * An audit file is treated as untrusted input (see DESIGN.md): before any
 * query touches it, its header, application id, schema version, B-tree
 * integrity and foreign keys are checked, on a connection that has
 * defensive mode on, triggers, views and extensions off, and tight limits.
 */

#define G_LOG_DOMAIN "gw-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gw-store-private.h"

G_DEFINE_QUARK (gw-audit-error-quark, gw_audit_error)

#define SQLITE_HEADER "SQLite format 3"

/* Schema version 1. Text columns hold the stable ids of gw-enums.c, dates
 * are YYYY-MM-DD and timestamps ISO 8601 in UTC, so the file reads the same
 * everywhere. CHECK constraints keep a hand-edited file from holding values
 * the program cannot show. */
static const char schema_v1[] =
  "CREATE TABLE audit ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uuid TEXT NOT NULL,"
  "  organisation TEXT NOT NULL DEFAULT '',"
  "  scope TEXT,"
  "  audit_type TEXT NOT NULL DEFAULT 'gap-analysis',"
  "  lead_auditor TEXT,"
  "  team TEXT,"
  "  auditee_contacts TEXT,"
  "  start_date TEXT,"
  "  end_date TEXT,"
  "  standard_id TEXT NOT NULL,"
  "  standard TEXT NOT NULL,"
  "  standard_title TEXT NOT NULL,"
  "  catalogue_revision TEXT NOT NULL,"
  "  baseline_uuid TEXT,"
  "  baseline_title TEXT,"
  "  created_at TEXT NOT NULL,"
  "  created_with TEXT NOT NULL"
  ");"
  "CREATE TABLE site ("
  "  id INTEGER PRIMARY KEY,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL"
  ");"
  "CREATE TABLE clause ("
  "  id INTEGER PRIMARY KEY,"
  "  number TEXT NOT NULL UNIQUE,"
  "  parent_id INTEGER REFERENCES clause (id),"
  "  title TEXT NOT NULL,"
  "  intent TEXT,"
  "  informative INTEGER NOT NULL DEFAULT 0 CHECK (informative IN (0, 1)),"
  "  depth INTEGER NOT NULL DEFAULT 0,"
  "  position INTEGER NOT NULL"
  ");"
  "CREATE TABLE requirement ("
  "  id INTEGER PRIMARY KEY,"
  "  ref TEXT NOT NULL UNIQUE,"
  "  clause_id INTEGER NOT NULL REFERENCES clause (id),"
  "  position INTEGER NOT NULL,"
  "  question TEXT NOT NULL,"
  "  guidance TEXT,"
  "  typical_evidence TEXT,"
  "  documented TEXT NOT NULL DEFAULT 'none' CHECK (documented IN ('none', 'maintain', 'retain')),"
  "  informative INTEGER NOT NULL DEFAULT 0 CHECK (informative IN (0, 1))"
  ");"
  "CREATE INDEX requirement_clause ON requirement (clause_id);"
  "CREATE TABLE assessment ("
  "  requirement_id INTEGER PRIMARY KEY REFERENCES requirement (id) ON DELETE CASCADE,"
  "  result TEXT NOT NULL DEFAULT 'not-assessed'"
  "    CHECK (result IN ('not-assessed', 'conforming', 'partial', 'nonconforming', 'not-applicable')),"
  "  grade TEXT NOT NULL DEFAULT 'none'"
  "    CHECK (grade IN ('none', 'major-nc', 'minor-nc', 'observation', 'ofi')),"
  "  maturity_current INTEGER CHECK (maturity_current BETWEEN 0 AND 5),"
  "  maturity_target INTEGER CHECK (maturity_target BETWEEN 0 AND 5),"
  "  finding TEXT,"
  "  objective TEXT,"
  "  justification TEXT,"
  "  audit_method TEXT,"
  "  changed_by TEXT,"
  "  changed_at TEXT"
  ");"
  "CREATE TABLE evidence ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'document'"
  "    CHECK (kind IN ('document', 'record', 'interview', 'observation', 'photo', 'other')),"
  "  reference TEXT,"
  "  evidence_date TEXT,"
  "  notes TEXT,"
  "  created_at TEXT NOT NULL"
  ");"
  /* Attachments sit in their own table so that listing 20,000 evidence
   * items never reads a BLOB page. */
  "CREATE TABLE attachment ("
  "  evidence_id INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,"
  "  file_name TEXT NOT NULL,"
  "  mime_type TEXT NOT NULL,"
  "  size INTEGER NOT NULL CHECK (size >= 0),"
  "  sha256 TEXT NOT NULL,"
  "  data BLOB NOT NULL"
  ");"
  "CREATE TABLE evidence_link ("
  "  evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,"
  "  requirement_id INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (evidence_id, requirement_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX evidence_link_requirement ON evidence_link (requirement_id);"
  "CREATE TABLE action ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  description TEXT,"
  "  owner TEXT,"
  "  due_date TEXT,"
  "  priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'critical')),"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done', 'verified')),"
  "  created_at TEXT NOT NULL"
  ");"
  "CREATE TABLE action_link ("
  "  action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,"
  "  requirement_id INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (action_id, requirement_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX action_link_requirement ON action_link (requirement_id);"
  "CREATE TABLE change_log ("
  "  id INTEGER PRIMARY KEY,"
  "  changed_at TEXT NOT NULL,"
  "  author TEXT NOT NULL,"
  "  entity TEXT NOT NULL,"
  "  entity_id INTEGER NOT NULL,"
  "  field TEXT NOT NULL,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ");"
  "CREATE INDEX change_log_entity ON change_log (entity, entity_id);";

static gboolean
migrate_to_v1 (GwStore  *store,
               GError  **error)
{
  return _gw_store_exec (store, schema_v1, error);
}

/* Each step upgrades a file from to_version - 1. A new schema version is
 * one more entry here, and the supported version is the last entry's. */
static const GwMigration default_migrations[] = {
  { 1, migrate_to_v1 },
  { 2, _gw_store_migrate_to_v2 },  /* risk assessment, gw-store-risk.c */
};

static const GwMigration *migrations = default_migrations;
static guint n_migrations = G_N_ELEMENTS (default_migrations);

int
gw_store_get_supported_version (void)
{
  return migrations[n_migrations - 1].to_version;
}

/* Tests replace the migration list to exercise an upgrade step that the
 * shipped schema does not have yet. */
void
_gw_store_set_migrations (const GwMigration *list,
                          guint              n_list)
{
  if (list == NULL)
    {
      migrations = default_migrations;
      n_migrations = G_N_ELEMENTS (default_migrations);
    }
  else
    {
      migrations = list;
      n_migrations = n_list;
    }
}

void
_gw_store_set_error (GwStore  *store,
                     GError  **error,
                     int       code)
{
  int primary = code & 0xff;
  const char *detail = store && store->db ? sqlite3_errmsg (store->db) : sqlite3_errstr (code);

  switch (primary)
    {
    case SQLITE_FULL:
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                   _("The disk is full. Free some space and try again."));
      break;
    case SQLITE_READONLY:
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                   _("The audit is read-only."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_DAMAGED,
                   _("The audit file is damaged (%s)."), detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("The audit cannot hold this value (%s)."), detail);
      break;
    case SQLITE_TOOBIG:
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("The text or file is too large to store in the audit."));
      break;
    default:
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                   _("The audit could not be read or written (%s)."), detail);
      break;
    }
}

gboolean
_gw_store_exec (GwStore     *store,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (store->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _gw_store_set_error (store, error, rc);
      return FALSE;
    }

  return TRUE;
}

sqlite3_stmt *
_gw_store_prepare (GwStore     *store,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (store->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (store->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }

  g_hash_table_insert (store->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Runs a statement that yields one integer, such as a PRAGMA. */
static gboolean
query_int (GwStore     *store,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = _gw_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _gw_store_set_error (store, error, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static void
statement_finalize (gpointer data)
{
  sqlite3_finalize (data);
}

static GwStore *
store_new (const char *path)
{
  GwStore *store = g_new0 (GwStore, 1);

  store->path = g_strdup (path);
  store->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, statement_finalize);
  return store;
}

void
gw_store_free (GwStore *store)
{
  if (store == NULL)
    return;

  g_clear_pointer (&store->statements, g_hash_table_unref);
  if (store->db != NULL)
    sqlite3_close (store->db);
  g_free (store->path);
  g_free (store);
}

/* The settings of DESIGN.md "Files from strangers are untrusted input",
 * applied to every connection before its first query. */
static gboolean
connect (GwStore     *store,
         int          flags,
         GError     **error)
{
  int rc;

  g_assert (g_path_is_absolute (store->path));

  rc = sqlite3_open_v2 (store->path, &store->db,
                        flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      _gw_store_set_error (store, error, rc);
      return FALSE;
    }

  sqlite3_db_config (store->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (store->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (store->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (store->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (store->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_limit (store->db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit (store->db, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
  sqlite3_limit (store->db, SQLITE_LIMIT_SQL_LENGTH, 100000);
  sqlite3_busy_timeout (store->db, 5000);

  return _gw_store_exec (store,
                         "PRAGMA cell_size_check = ON;"
                         "PRAGMA mmap_size = 0;"
                         "PRAGMA secure_delete = ON;"
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA synchronous = FULL;",
                         error);
}

/* Reads the 100-byte database header ourselves, so that a file that is not
 * SQLite at all, or SQLite of another program, is refused before SQLite
 * parses a single page of it. */
static gboolean
check_header (const char  *path,
              const char  *name,
              GError     **error)
{
  guint8 header[100];
  gssize n_read;
  guint32 application_id;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_PERMISSION,
                   _("“%s” cannot be read: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  n_read = read (fd, header, sizeof header);
  close (fd);

  if (n_read != sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_AUDIT,
                   _("“%s” is not a Gapwise audit file."), name);
      return FALSE;
    }

  application_id = ((guint32) header[68] << 24) | ((guint32) header[69] << 16) |
                   ((guint32) header[70] << 8) | (guint32) header[71];
  if (application_id != GW_APPLICATION_ID)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_AUDIT,
                   _("“%s” is a database of another application, not a Gapwise audit."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate (GwStore     *store,
          const char  *name,
          gboolean     verify_integrity,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int application_id = 0;
  int count = 0;
  int rc;

  if (!query_int (store, "PRAGMA application_id", &application_id, &local_error) ||
      !query_int (store, "PRAGMA user_version", &store->version, &local_error))
    goto damaged;

  if ((guint32) application_id != GW_APPLICATION_ID)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NOT_AUDIT,
                   _("“%s” is a database of another application, not a Gapwise audit."), name);
      return FALSE;
    }

  if (store->version > gw_store_get_supported_version ())
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NEWER_VERSION,
                   _("“%s” was made by a newer version of Gapwise (file format %d; this version reads up to %d). "
                     "Update Gapwise to open it."),
                   name, store->version, gw_store_get_supported_version ());
      return FALSE;
    }

  if (store->version < 1)
    goto damaged;

  if (!verify_integrity)
    goto structure_checked;

  stmt = _gw_store_prepare (store, "PRAGMA quick_check", &local_error);
  if (stmt == NULL)
    goto damaged;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      sqlite3_reset (stmt);
      goto damaged;
    }
  sqlite3_reset (stmt);

  stmt = _gw_store_prepare (store, "PRAGMA foreign_key_check", &local_error);
  if (stmt == NULL)
    goto damaged;
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto damaged;

structure_checked:
  if (!query_int (store, "SELECT count(*) FROM audit", &count, &local_error) || count != 1)
    goto damaged;

  return TRUE;

damaged:
  g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_DAMAGED,
               _("“%s” is damaged and cannot be opened. If you have a copy, open that instead."), name);
  return FALSE;
}

/**
 * gw_store_open:
 * @path: an absolute path to a private copy of the user's file
 * @display_name: (nullable): the name of the user's file, for messages
 * @flags: %GW_STORE_OPEN_TRUSTED skips the O(size) integrity and foreign-key
 *   checks, for a file known to be a snapshot this program wrote itself
 *
 * Opens and validates an audit file. The caller must then migrate it with
 * gw_store_migrate() when gw_store_get_version() is older than supported.
 */
GwStore *
gw_store_open (const char  *path,
               const char  *display_name,
               GwStoreOpen  flags,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *own_name = display_name ? NULL : g_filename_display_basename (path);
  const char *name = display_name ? display_name : own_name;
  gboolean read_only = (flags & GW_STORE_OPEN_READ_ONLY) != 0;
  GwStore *store;

  if (!check_header (path, name, error))
    return NULL;

  store = store_new (path);
  store->read_only = read_only;

  if (!connect (store, read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, &local_error))
    {
      if (g_error_matches (local_error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED) ||
          g_error_matches (local_error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_DAMAGED))
        g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_DAMAGED,
                     _("“%s” is damaged and cannot be opened. If you have a copy, open that instead."), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      gw_store_free (store);
      return NULL;
    }

  if (!validate (store, name, !(flags & GW_STORE_OPEN_TRUSTED), error))
    {
      gw_store_free (store);
      return NULL;
    }

  return store;
}

/**
 * gw_store_check_file:
 *
 * Validates a file read-only, without keeping it open: what `gapwise-cli
 * check` and the open path do before trusting a file.
 */
gboolean
gw_store_check_file (const char  *path,
                     int         *out_version,
                     GError     **error)
{
  GwStore *store = gw_store_open (path, NULL, GW_STORE_OPEN_READ_ONLY, error);

  if (store == NULL)
    return FALSE;

  if (out_version)
    *out_version = store->version;
  gw_store_free (store);
  return TRUE;
}

gboolean
gw_store_migrate (GwStore  *store,
                  GError  **error)
{
  g_autofree char *pragma = NULL;

  g_return_val_if_fail (!store->read_only, FALSE);

  if (store->version >= gw_store_get_supported_version ())
    return TRUE;

  if (!_gw_store_exec (store, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint i = 0; i < n_migrations; i++)
    {
      if (migrations[i].to_version <= store->version)
        continue;

      g_debug ("Migrating %s to schema %d", store->path, migrations[i].to_version);
      if (!migrations[i].migrate (store, error))
        {
          _gw_store_exec (store, "ROLLBACK", NULL);
          return FALSE;
        }
    }

  /* PRAGMA takes no bound parameters; the value is our own integer. */
  pragma = g_strdup_printf ("PRAGMA user_version = %d", gw_store_get_supported_version ());
  if (!_gw_store_exec (store, pragma, error) ||
      !_gw_store_exec (store, "COMMIT", error))
    {
      _gw_store_exec (store, "ROLLBACK", NULL);
      return FALSE;
    }

  store->version = gw_store_get_supported_version ();
  return TRUE;
}

/**
 * gw_store_create:
 * @path: an absolute path that must not exist yet
 *
 * Creates an empty audit database with the current schema. The caller
 * fills it with gw_store_import_catalogue().
 */
GwStore *
gw_store_create (const char  *path,
                 GError     **error)
{
  g_autofree char *pragma = NULL;
  GwStore *store;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_EXISTS,
                   _("“%s” already exists."), name);
      return NULL;
    }

  store = store_new (path);
  pragma = g_strdup_printf ("PRAGMA application_id = %d", (int) GW_APPLICATION_ID);

  if (!connect (store, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error) ||
      !_gw_store_exec (store, pragma, error) ||
      !gw_store_migrate (store, error))
    {
      gw_store_free (store);
      g_unlink (path);
      return NULL;
    }

  return store;
}

int
gw_store_get_version (GwStore *store)
{
  return store->version;
}

/* A private copy opened for reading only is still opened read-write, so
 * that an older schema can be migrated in it; this refuses edits after. */
void
gw_store_set_read_only (GwStore  *store,
                        gboolean  read_only)
{
  store->read_only = read_only;
}

/* Batches: gw_store_begin() opens a transaction that every write inside it
 * joins through a savepoint, so a generator can write thousands of rows
 * with one commit while a single edit still commits on its own. */
gboolean
gw_store_begin (GwStore  *store,
                GError  **error)
{
  if (store->depth == 0 && !_gw_store_exec (store, "BEGIN IMMEDIATE", error))
    return FALSE;

  store->depth++;
  return TRUE;
}

gboolean
gw_store_commit (GwStore  *store,
                 GError  **error)
{
  g_return_val_if_fail (store->depth > 0, FALSE);

  if (store->depth == 1 && !_gw_store_exec (store, "COMMIT", error))
    return FALSE;

  store->depth--;
  return TRUE;
}

void
gw_store_rollback (GwStore *store)
{
  g_return_if_fail (store->depth > 0);

  if (--store->depth == 0)
    _gw_store_exec (store, "ROLLBACK", NULL);
}

gboolean
_gw_store_savepoint (GwStore  *store,
                     GError  **error)
{
  if (store->read_only)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY,
                   _("The audit is open read-only."));
      return FALSE;
    }

  return _gw_store_exec (store, "SAVEPOINT edit", error);
}

gboolean
_gw_store_release (GwStore  *store,
                   GError  **error)
{
  if (!_gw_store_exec (store, "RELEASE edit", error))
    {
      _gw_store_rollback_to (store);
      return FALSE;
    }

  return TRUE;
}

void
_gw_store_rollback_to (GwStore *store)
{
  sqlite3_exec (store->db, "ROLLBACK TO edit; RELEASE edit", NULL, NULL, NULL);
}

/**
 * gw_store_snapshot:
 * @dest_path: an absolute path that must not exist
 *
 * Writes a complete copy of the audit to @dest_path: the form the user's
 * file takes. The online backup API is used rather than VACUUM INTO, which
 * needs ATTACH, and ATTACH stays disabled on every audit connection. The
 * copy is put in rollback-journal mode whatever the working copy uses, so
 * it never needs a -wal file beside it, and it is synced to disk before
 * this returns.
 */
gboolean
gw_store_snapshot (GwStore     *store,
                   const char  *dest_path,
                   GError     **error)
{
  sqlite3_backup *backup;
  GwStore *dest;
  int rc;
  int fd;

  dest = store_new (dest_path);
  if (!connect (dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
    goto fail;

  backup = sqlite3_backup_init (dest->db, "main", store->db, "main");
  if (backup == NULL)
    {
      _gw_store_set_error (dest, error, sqlite3_errcode (dest->db));
      goto fail;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (dest, error, rc);
      goto fail;
    }

  if (!_gw_store_exec (dest, "PRAGMA journal_mode = DELETE", error))
    goto fail;
  gw_store_free (dest);
  dest = NULL;

  fd = g_open (dest_path, O_RDWR | O_CLOEXEC, 0);
  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED,
                   _("The audit could not be written: %s"), g_strerror (saved_errno));
      goto fail;
    }
  close (fd);

  return TRUE;

fail:
  gw_store_free (dest);
  g_unlink (dest_path);
  return FALSE;
}
