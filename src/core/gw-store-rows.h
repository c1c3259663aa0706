/* gw-store-rows.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers shared by the query modules (gw-store-records.c and
 * gw-store-risk.c): binding and reading columns, stepping a statement, and
 * writing the change log.
 */

#pragma once

#include <glib/gi18n-lib.h>

#include "gw-store-private.h"

G_BEGIN_DECLS

static inline void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static inline void
bind_maturity (sqlite3_stmt *stmt,
               int           index,
               int           level)
{
  if (level == GW_MATURITY_UNSET)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, level);
}

static inline char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static inline int
column_maturity (sqlite3_stmt *stmt,
                 int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return GW_MATURITY_UNSET;
  return CLAMP (sqlite3_column_int (stmt, column), 0, GW_MATURITY_MAX);
}

static inline const char *
nonempty (const char *text)
{
  return text && *text ? text : NULL;
}

static inline gboolean
step_done (GwStore       *store,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return FALSE;
    }
  return TRUE;
}

/* Appends one row to the change log when the value really changed. */
static inline gboolean
log_change (GwStore     *store,
            const char  *author,
            const char  *now,
            const char  *entity,
            gint64       entity_id,
            const char  *field,
            const char  *old_value,
            const char  *new_value,
            GError     **error)
{
  sqlite3_stmt *stmt;

  if (g_strcmp0 (nonempty (old_value), nonempty (new_value)) == 0)
    return TRUE;

  stmt = _gw_store_prepare (store,
                            "INSERT INTO change_log (changed_at, author, entity, entity_id, field, old_value, new_value)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, author ? author : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, entity_id);
  sqlite3_bind_text (stmt, 5, field, -1, SQLITE_STATIC);
  bind_text (stmt, 6, old_value);
  bind_text (stmt, 7, new_value);

  return step_done (store, stmt, error);
}

static inline gboolean
log_int_change (GwStore     *store,
                const char  *author,
                const char  *now,
                const char  *entity,
                gint64       entity_id,
                const char  *field,
                int          old_value,
                int          new_value,
                GError     **error)
{
  char old_text[16] = "", new_text[16] = "";

  if (old_value != GW_MATURITY_UNSET)
    g_snprintf (old_text, sizeof old_text, "%d", old_value);
  if (new_value != GW_MATURITY_UNSET)
    g_snprintf (new_text, sizeof new_text, "%d", new_value);

  return log_change (store, author, now, entity, entity_id, field, old_text, new_text, error);
}

static inline gboolean
no_such_item (GError     **error,
              const char  *what,
              gint64       id)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* Translators: "The audit has no requirement with id 42." */
  g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
               _("The audit has no %s with id %s."), what, number);
  return FALSE;
}

static inline GPtrArray *
list_rows (GwStore        *store,
           sqlite3_stmt   *stmt,
           gpointer      (*read) (sqlite3_stmt *),
           GDestroyNotify  free_func,
           GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read (stmt));

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* The one row @sql (a query with one "?" for @id) finds, read with @read;
 * no row is a GW_AUDIT_ERROR_NO_SUCH_ITEM error naming @what (marked
 * with N_(), translated only then). */
static inline gpointer
get_row (GwStore        *store,
         const char     *sql,
         gint64          id,
         gpointer      (*read) (sqlite3_stmt *),
         const char     *what,
         GError        **error)
{
  gpointer row = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _gw_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    row = read (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    no_such_item (error, _(what), id);
  else if (rc != SQLITE_ROW)
    _gw_store_set_error (store, error, rc);

  return row;
}

G_END_DECLS
