/* gw-test-util.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the test programs. Every test runs with
 * G_TEST_OPTION_ISOLATE_DIRS, so the state directory (where working copies
 * live) and the temporary files of one test never meet another's.
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "gw-audit.h"
#include "gw-demo.h"

G_BEGIN_DECLS

/* A fresh path inside the test's own temporary directory. */
static inline char *
gw_test_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "gw-test", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, name, NULL);
}

static inline char *
gw_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Asserts that the file at @path has (or, with @same FALSE, no longer has)
 * the checksum @expected. */
static inline void
gw_test_assert_checksum (const char *path,
                         gboolean    same,
                         const char *expected)
{
  g_autofree char *actual = gw_test_file_checksum (path);

  if (same)
    g_assert_cmpstr (actual, ==, expected);
  else
    g_assert_cmpstr (actual, !=, expected);
}

static inline GwAudit *
gw_test_create_audit (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwCatalogue) catalogue = gw_catalogue_new_builtin ("iso28000-2022", &error);
  g_autoptr(GwAuditDetails) details = gw_audit_details_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GwAudit *audit;

  g_assert_no_error (error);
  g_free (details->organisation);
  details->organisation = g_strdup ("Test Freight GmbH");
  audit = gw_audit_create (file, catalogue, details, &error);
  g_assert_no_error (error);
  g_assert_nonnull (audit);
  return audit;
}

static inline gint64
gw_test_requirement (GwAudit    *audit,
                     const char *ref)
{
  g_autoptr(GError) error = NULL;
  gint64 id = gw_audit_find_requirement (audit, ref, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

G_END_DECLS
