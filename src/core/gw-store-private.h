/* gw-store-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between gw-store.c (connection, validation, schema, snapshots) and
 * gw-store-records.c (the queries on audit content).
 */

#pragma once

#include <sqlite3.h>

#include "gw-store.h"

G_BEGIN_DECLS

struct _GwStore
{
  sqlite3    *db;
  char       *path;
  GHashTable *statements;  /* const char *sql (static) → sqlite3_stmt */
  int         version;
  guint       depth;       /* nesting of gw_store_begin()/savepoints */
  gboolean    read_only;
};

sqlite3_stmt *_gw_store_prepare      (GwStore      *store,
                                      const char   *sql,
                                      GError      **error);
void          _gw_store_set_error    (GwStore      *store,
                                      GError      **error,
                                      int           code);
gboolean      _gw_store_savepoint    (GwStore      *store,
                                      GError      **error);
gboolean      _gw_store_release      (GwStore      *store,
                                      GError      **error);
void          _gw_store_rollback_to  (GwStore      *store);
gboolean      _gw_store_migrate_to_v2 (GwStore     *store,
                                       GError     **error);

G_END_DECLS
