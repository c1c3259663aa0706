/* test-untrusted.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files from strangers: whatever is handed to the open path, the user gets
 * a clear error in plain words, and the file's bytes stay exactly as they
 * were. Nothing is left behind in the working directory either.
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sqlite3.h>

#include "gw-test-util.h"

typedef void (*MakeFile) (const char *path);

typedef struct
{
  const char   *name;
  MakeFile      make;
  GwAuditError  expected;
  const char   *words;
} UntrustedCase;

static void
make_random (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));
}

static void
make_empty (const char *path)
{
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static void
make_text (const char *path)
{
  g_assert_true (g_file_set_contents (path, "Organisation;Clause;Result\nACME;4.1;C\n", -1, NULL));
}

static void
make_valid (const char *path)
{
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (gw_audit_set_result (audit, gw_test_requirement (audit, "4.1-01"),
                                      GW_RESULT_CONFORMING, &error));
  g_assert_true (gw_audit_close (audit, &error));
}

static void
make_truncated (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_valid (path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
}

static void
make_scrambled (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* A valid header over pages of garbage: the kind of damage a failing
   * USB stick produces. */
  make_valid (path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 4096; i < length; i += 7)
    contents[i] ^= 0x5a;
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
make_foreign_sqlite (const char *path)
{
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1179602002;" /* another program's id */
                                 "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);"
                                 "INSERT INTO photos (path) VALUES ('/tmp/x.jpg');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
make_plain_sqlite (const char *path)
{
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
make_our_id_no_tables (const char *path)
{
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1197568087; PRAGMA user_version = 1;"
                                 "CREATE TABLE t (x);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
make_newer (const char *path)
{
  sqlite3 *db;

  make_valid (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
make_broken_links (const char *path)
{
  sqlite3 *db;

  make_valid (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO evidence_link VALUES (4242, 4343)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
make_read_only (const char *path)
{
  make_valid (path);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
}

static void
make_nothing (const char *path)
{
}

static void
make_directory (const char *path)
{
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static const UntrustedCase cases[] = {
  { "random-bytes", make_random, GW_AUDIT_ERROR_NOT_AUDIT, "is not a Gapwise audit file" },
  { "empty", make_empty, GW_AUDIT_ERROR_NOT_AUDIT, "is not a Gapwise audit file" },
  { "text", make_text, GW_AUDIT_ERROR_NOT_AUDIT, "is not a Gapwise audit file" },
  { "truncated", make_truncated, GW_AUDIT_ERROR_DAMAGED, "is damaged" },
  { "scrambled", make_scrambled, GW_AUDIT_ERROR_DAMAGED, "is damaged" },
  { "other-application", make_foreign_sqlite, GW_AUDIT_ERROR_NOT_AUDIT, "another application" },
  { "plain-sqlite", make_plain_sqlite, GW_AUDIT_ERROR_NOT_AUDIT, "another application" },
  { "our-id-no-tables", make_our_id_no_tables, GW_AUDIT_ERROR_DAMAGED, "is damaged" },
  { "broken-links", make_broken_links, GW_AUDIT_ERROR_DAMAGED, "is damaged" },
  { "newer-version", make_newer, GW_AUDIT_ERROR_NEWER_VERSION, "newer version of Gapwise" },
  { "read-only", make_read_only, GW_AUDIT_ERROR_READ_ONLY, "is read-only" },
  { "missing", make_nothing, GW_AUDIT_ERROR_NOT_FOUND, "does not exist" },
  { "directory", make_directory, GW_AUDIT_ERROR_IS_DIRECTORY, "is a folder" },
};

static guint
working_copies (void)
{
  g_autofree char *root = g_build_filename (g_get_user_state_dir (), "gapwise", "working", NULL);
  g_autofree char *ro = g_build_filename (g_get_user_state_dir (), "gapwise", "read-only", NULL);
  g_autoptr(GDir) dir = g_dir_open (root, 0, NULL);
  g_autoptr(GDir) ro_dir = g_dir_open (ro, 0, NULL);
  guint n = 0;

  while (dir && g_dir_read_name (dir))
    n++;
  while (ro_dir && g_dir_read_name (ro_dir))
    n++;
  return n;
}

static void
test_untrusted (gconstpointer data)
{
  const UntrustedCase *c = data;
  g_autofree char *name = g_strconcat (c->name, ".gapwise", NULL);
  g_autofree char *path = gw_test_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  struct stat st_before = { 0 }, st_after = { 0 };

  c->make (path);
  before = gw_test_file_checksum (path);
  g_stat (path, &st_before);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_null (audit);
  g_assert_error (error, GW_AUDIT_ERROR, (int) c->expected);
  g_test_message ("%s → %s", c->name, error->message);
  g_assert_nonnull (strstr (error->message, c->words));
  g_assert_nonnull (strstr (error->message, name));
  g_clear_error (&error);

  /* The checking path of gapwise-cli check agrees. */
  if (c->expected != GW_AUDIT_ERROR_READ_ONLY)
    {
      g_assert_false (gw_audit_check_file (file, NULL, &error));
      g_assert_error (error, GW_AUDIT_ERROR, (int) c->expected);
      g_clear_error (&error);
    }

  /* Untouched: same bytes, same time stamp, nothing left behind. */
  after = gw_test_file_checksum (path);
  g_stat (path, &st_after);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (st_before.st_mtim.tv_sec, ==, st_after.st_mtim.tv_sec);
  g_assert_cmpint (st_before.st_mtim.tv_nsec, ==, st_after.st_mtim.tv_nsec);
  g_assert_cmpuint (working_copies (), ==, 0);
}

static void
test_read_only_opens_for_reading (void)
{
  g_autofree char *path = gw_test_path ("locked.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GwAssessment) a = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  make_read_only (path);
  before = gw_test_file_checksum (path);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  a = gw_audit_get_assessment (audit, gw_test_requirement (audit, "4.1-01"), &error);
  g_assert_cmpint (a->result, ==, GW_RESULT_CONFORMING);
  g_assert_true (gw_audit_close (audit, &error));
  gw_test_assert_checksum (path, TRUE, before);
  g_assert_cmpuint (working_copies (), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/untrusted/%s", cases[i].name);
      g_test_add_data_func (test_path, &cases[i], test_untrusted);
    }
  g_test_add_func ("/untrusted/read-only-opens-for-reading", test_read_only_opens_for_reading);

  return g_test_run ();
}
