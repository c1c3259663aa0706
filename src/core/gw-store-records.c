/* gw-store-records.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The queries on audit content: details, catalogue copy, assessments,
 * evidence with attachments, actions, links and the change log.
 *
 * Every write runs inside a savepoint together with its change-log rows,
 * so an edit and its history are committed as one. An edit that changes
 * nothing writes nothing: no empty history, no needless write-back.
 * Empty optional text is stored as NULL so "" and "unset" never differ.
 */

#define G_LOG_DOMAIN "gw-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-store-private.h"
#include "gw-store-rows.h"

/* Details and catalogue ------------------------------------------------- */

static gboolean
write_sites (GwStore      *store,
             char * const *sites,
             GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = _gw_store_prepare (store, "DELETE FROM site", error);
  if (stmt == NULL || !step_done (store, stmt, error))
    return FALSE;

  for (guint i = 0; sites && sites[i]; i++)
    {
      if (nonempty (sites[i]) == NULL)
        continue;

      stmt = _gw_store_prepare (store, "INSERT INTO site (position, name) VALUES (?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_text (stmt, 2, sites[i], -1, SQLITE_TRANSIENT);
      if (!step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_clauses (GwStore      *store,
                GwCatalogue  *catalogue,
                GHashTable   *clause_ids,
                GError      **error)
{
  for (guint i = 0; i < gw_catalogue_get_n_clauses (catalogue); i++)
    {
      const GwCatalogueClause *clause = gw_catalogue_get_clause (catalogue, i);
      sqlite3_stmt *stmt;

      stmt = _gw_store_prepare (store,
                                "INSERT INTO clause (number, parent_id, title, intent, informative, depth, position)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, clause->number, -1, SQLITE_STATIC);
      if (clause->parent)
        sqlite3_bind_int64 (stmt, 2, GPOINTER_TO_SIZE (g_hash_table_lookup (clause_ids, clause->parent)));
      else
        sqlite3_bind_null (stmt, 2);
      sqlite3_bind_text (stmt, 3, clause->title, -1, SQLITE_STATIC);
      bind_text (stmt, 4, clause->intent);
      sqlite3_bind_int (stmt, 5, clause->informative);
      sqlite3_bind_int (stmt, 6, (int) clause->depth);
      sqlite3_bind_int (stmt, 7, (int) i);
      if (!step_done (store, stmt, error))
        return FALSE;

      g_hash_table_insert (clause_ids, clause->number,
                           GSIZE_TO_POINTER ((gsize) sqlite3_last_insert_rowid (store->db)));
    }

  return TRUE;
}

static gboolean
import_requirements (GwStore      *store,
                     GwCatalogue  *catalogue,
                     GHashTable   *clause_ids,
                     GError      **error)
{
  for (guint i = 0; i < gw_catalogue_get_n_requirements (catalogue); i++)
    {
      const GwCatalogueRequirement *req = gw_catalogue_get_requirement (catalogue, i);
      sqlite3_stmt *stmt;

      stmt = _gw_store_prepare (store,
                                "INSERT INTO requirement (ref, clause_id, position, question, guidance,"
                                " typical_evidence, documented, informative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, req->ref, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, GPOINTER_TO_SIZE (g_hash_table_lookup (clause_ids, req->clause)));
      sqlite3_bind_int (stmt, 3, (int) i);
      sqlite3_bind_text (stmt, 4, req->question, -1, SQLITE_STATIC);
      bind_text (stmt, 5, req->guidance);
      bind_text (stmt, 6, req->evidence);
      sqlite3_bind_text (stmt, 7, gw_documented_to_id (req->documented), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 8, req->informative);
      if (!step_done (store, stmt, error))
        return FALSE;

      stmt = _gw_store_prepare (store, "INSERT INTO assessment (requirement_id) VALUES (?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, sqlite3_last_insert_rowid (store->db));
      if (!step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * gw_store_import_catalogue:
 *
 * Fills a new audit: its details and its own copy of the catalogue, with a
 * "not assessed" assessment for every requirement.
 */
gboolean
gw_store_import_catalogue (GwStore               *store,
                           GwCatalogue           *catalogue,
                           const GwAuditDetails  *details,
                           const char            *author,
                           const char            *now,
                           GError               **error)
{
  g_autoptr(GHashTable) clause_ids = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  stmt = _gw_store_prepare (store,
                            "INSERT INTO audit (id, uuid, organisation, scope, audit_type, lead_auditor, team,"
                            " auditee_contacts, start_date, end_date, standard_id, standard, standard_title,"
                            " catalogue_revision, baseline_uuid, baseline_title, created_at, created_with)"
                            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, details->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, details->organisation ? details->organisation : "", -1, SQLITE_TRANSIENT);
  bind_text (stmt, 3, details->scope);
  sqlite3_bind_text (stmt, 4, gw_audit_type_to_id (details->audit_type), -1, SQLITE_STATIC);
  bind_text (stmt, 5, details->lead_auditor);
  bind_text (stmt, 6, details->team);
  bind_text (stmt, 7, details->auditee_contacts);
  bind_text (stmt, 8, details->start_date);
  bind_text (stmt, 9, details->end_date);
  sqlite3_bind_text (stmt, 10, gw_catalogue_get_id (catalogue), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, gw_catalogue_get_standard (catalogue), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, gw_catalogue_get_title (catalogue), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, gw_catalogue_get_revision (catalogue), -1, SQLITE_TRANSIENT);
  bind_text (stmt, 14, details->baseline_uuid);
  bind_text (stmt, 15, details->baseline_title);
  sqlite3_bind_text (stmt, 16, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 17, "Gapwise " PACKAGE_VERSION, -1, SQLITE_STATIC);

  if (!step_done (store, stmt, error) ||
      !write_sites (store, details->sites, error) ||
      !import_clauses (store, catalogue, clause_ids, error) ||
      !import_requirements (store, catalogue, clause_ids, error) ||
      !log_change (store, author, now, "audit", 1, "created", NULL,
                   gw_catalogue_get_standard (catalogue), error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

GwAuditDetails *
gw_store_get_details (GwStore  *store,
                      GError  **error)
{
  g_autoptr(GwAuditDetails) details = g_new0 (GwAuditDetails, 1);
  g_autoptr(GStrvBuilder) sites = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = _gw_store_prepare (store,
                            "SELECT uuid, organisation, scope, audit_type, lead_auditor, team, auditee_contacts,"
                            " start_date, end_date, standard_id, standard, standard_title, catalogue_revision,"
                            " baseline_uuid, baseline_title, created_at FROM audit WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      _gw_store_set_error (store, error, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
      return NULL;
    }

  details->uuid = column_text (stmt, 0);
  details->organisation = column_text (stmt, 1);
  details->scope = column_text (stmt, 2);
  if (!gw_audit_type_from_id ((const char *) sqlite3_column_text (stmt, 3), &details->audit_type))
    details->audit_type = GW_AUDIT_TYPE_GAP_ANALYSIS;
  details->lead_auditor = column_text (stmt, 4);
  details->team = column_text (stmt, 5);
  details->auditee_contacts = column_text (stmt, 6);
  details->start_date = column_text (stmt, 7);
  details->end_date = column_text (stmt, 8);
  details->standard_id = column_text (stmt, 9);
  details->standard = column_text (stmt, 10);
  details->standard_title = column_text (stmt, 11);
  details->catalogue_revision = column_text (stmt, 12);
  details->baseline_uuid = column_text (stmt, 13);
  details->baseline_title = column_text (stmt, 14);
  details->created_at = column_text (stmt, 15);
  sqlite3_reset (stmt);

  stmt = _gw_store_prepare (store, "SELECT name FROM site ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (sites, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }
  details->sites = g_strv_builder_end (sites);

  return g_steal_pointer (&details);
}

gboolean
gw_store_update_details (GwStore               *store,
                         const GwAuditDetails  *details,
                         const char            *author,
                         const char            *now,
                         GError               **error)
{
  g_autoptr(GwAuditDetails) old = NULL;
  g_autofree char *old_sites = NULL;
  g_autofree char *new_sites = NULL;
  sqlite3_stmt *stmt;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_details (store, error);
  if (old == NULL)
    goto fail;

  old_sites = g_strjoinv ("\n", old->sites);
  new_sites = details->sites ? g_strjoinv ("\n", (char **) details->sites) : g_strdup ("");

#define LOG(field, a, b) \
  if (!log_change (store, author, now, "audit", 1, field, a, b, error)) goto fail
  LOG ("organisation", old->organisation, details->organisation);
  LOG ("sites", old_sites, new_sites);
  LOG ("scope", old->scope, details->scope);
  LOG ("audit_type", gw_audit_type_to_id (old->audit_type), gw_audit_type_to_id (details->audit_type));
  LOG ("lead_auditor", old->lead_auditor, details->lead_auditor);
  LOG ("team", old->team, details->team);
  LOG ("auditee_contacts", old->auditee_contacts, details->auditee_contacts);
  LOG ("start_date", old->start_date, details->start_date);
  LOG ("end_date", old->end_date, details->end_date);
  LOG ("baseline_uuid", old->baseline_uuid, details->baseline_uuid);
  LOG ("baseline_title", old->baseline_title, details->baseline_title);
#undef LOG

  stmt = _gw_store_prepare (store,
                            "UPDATE audit SET organisation = ?, scope = ?, audit_type = ?, lead_auditor = ?,"
                            " team = ?, auditee_contacts = ?, start_date = ?, end_date = ?, baseline_uuid = ?,"
                            " baseline_title = ? WHERE id = 1", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, details->organisation ? details->organisation : "", -1, SQLITE_TRANSIENT);
  bind_text (stmt, 2, details->scope);
  sqlite3_bind_text (stmt, 3, gw_audit_type_to_id (details->audit_type), -1, SQLITE_STATIC);
  bind_text (stmt, 4, details->lead_auditor);
  bind_text (stmt, 5, details->team);
  bind_text (stmt, 6, details->auditee_contacts);
  bind_text (stmt, 7, details->start_date);
  bind_text (stmt, 8, details->end_date);
  bind_text (stmt, 9, details->baseline_uuid);
  bind_text (stmt, 10, details->baseline_title);

  if (!step_done (store, stmt, error) ||
      (g_strcmp0 (old_sites, new_sites) != 0 && !write_sites (store, details->sites, error)))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

/* Clause tree and requirements ------------------------------------------ */

GPtrArray *
gw_store_list_clauses (GwStore  *store,
                       GError  **error)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_clause_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _gw_store_prepare (store,
                            "SELECT id, parent_id, number, title, intent, informative, depth"
                            " FROM clause ORDER BY position", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GwClause *clause = g_new0 (GwClause, 1);

      clause->id = sqlite3_column_int64 (stmt, 0);
      clause->parent_id = sqlite3_column_int64 (stmt, 1);
      clause->number = column_text (stmt, 2);
      clause->title = column_text (stmt, 3);
      clause->intent = column_text (stmt, 4);
      clause->informative = sqlite3_column_int (stmt, 5) != 0;
      clause->depth = (guint) sqlite3_column_int (stmt, 6);
      g_ptr_array_add (clauses, clause);
    }

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }

  return g_steal_pointer (&clauses);
}

static GwRequirement *
read_requirement (sqlite3_stmt *stmt)
{
  GwRequirement *req = g_new0 (GwRequirement, 1);

  req->id = sqlite3_column_int64 (stmt, 0);
  req->clause_id = sqlite3_column_int64 (stmt, 1);
  req->ref = column_text (stmt, 2);
  req->question = column_text (stmt, 3);
  req->guidance = column_text (stmt, 4);
  req->typical_evidence = column_text (stmt, 5);
  if (!gw_documented_from_id ((const char *) sqlite3_column_text (stmt, 6), &req->documented))
    req->documented = GW_DOCUMENTED_NONE;
  req->informative = sqlite3_column_int (stmt, 7) != 0;
  return req;
}

#define REQUIREMENT_COLUMNS \
  "SELECT id, clause_id, ref, question, guidance, typical_evidence, documented, informative FROM requirement"

GPtrArray *
gw_store_list_requirements (GwStore  *store,
                            GError  **error)
{
  g_autoptr(GPtrArray) reqs = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_requirement_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _gw_store_prepare (store, REQUIREMENT_COLUMNS " ORDER BY position", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (reqs, read_requirement (stmt));

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }

  return g_steal_pointer (&reqs);
}

GwRequirement *
gw_store_get_requirement (GwStore  *store,
                          gint64    id,
                          GError  **error)
{
  return get_row (store, REQUIREMENT_COLUMNS " WHERE id = ?", id,
                  (gpointer (*) (sqlite3_stmt *)) read_requirement, N_("requirement"), error);
}

/* Assessments ------------------------------------------------------------ */

#define ASSESSMENT_COLUMNS \
  "SELECT requirement_id, result, grade, maturity_current, maturity_target, finding, objective," \
  " justification, audit_method, changed_by, changed_at FROM assessment"

static GwAssessment *
read_assessment (sqlite3_stmt *stmt)
{
  GwAssessment *a = g_new0 (GwAssessment, 1);

  a->requirement_id = sqlite3_column_int64 (stmt, 0);
  if (!gw_result_from_id ((const char *) sqlite3_column_text (stmt, 1), &a->result))
    a->result = GW_RESULT_NOT_ASSESSED;
  if (!gw_finding_grade_from_id ((const char *) sqlite3_column_text (stmt, 2), &a->grade))
    a->grade = GW_FINDING_GRADE_NONE;
  a->maturity_current = column_maturity (stmt, 3);
  a->maturity_target = column_maturity (stmt, 4);
  a->finding = column_text (stmt, 5);
  a->objective = column_text (stmt, 6);
  a->justification = column_text (stmt, 7);
  a->audit_method = column_text (stmt, 8);
  a->changed_by = column_text (stmt, 9);
  a->changed_at = column_text (stmt, 10);
  return a;
}

GPtrArray *
gw_store_list_assessments (GwStore  *store,
                           GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_assessment_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _gw_store_prepare (store, ASSESSMENT_COLUMNS " ORDER BY requirement_id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_assessment (stmt));

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }

  return g_steal_pointer (&list);
}

GwAssessment *
gw_store_get_assessment (GwStore  *store,
                         gint64    requirement_id,
                         GError  **error)
{
  return get_row (store, ASSESSMENT_COLUMNS " WHERE requirement_id = ?", requirement_id,
                  (gpointer (*) (sqlite3_stmt *)) read_assessment, N_("requirement"), error);
}

gboolean
gw_store_update_assessment (GwStore             *store,
                            const GwAssessment  *a,
                            const char          *author,
                            const char          *now,
                            GError             **error)
{
  g_autoptr(GwAssessment) old = NULL;
  sqlite3_stmt *stmt;
  gint64 id = a->requirement_id;
  gboolean changed;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_assessment (store, id, error);
  if (old == NULL)
    goto fail;

  changed = old->result != a->result || old->grade != a->grade ||
            old->maturity_current != a->maturity_current ||
            old->maturity_target != a->maturity_target ||
            g_strcmp0 (nonempty (old->finding), nonempty (a->finding)) != 0 ||
            g_strcmp0 (nonempty (old->objective), nonempty (a->objective)) != 0 ||
            g_strcmp0 (nonempty (old->justification), nonempty (a->justification)) != 0 ||
            g_strcmp0 (nonempty (old->audit_method), nonempty (a->audit_method)) != 0;
  if (!changed)
    return _gw_store_release (store, error);

  if (!log_change (store, author, now, "assessment", id, "result",
                   gw_result_to_id (old->result), gw_result_to_id (a->result), error) ||
      !log_change (store, author, now, "assessment", id, "grade",
                   gw_finding_grade_to_id (old->grade), gw_finding_grade_to_id (a->grade), error) ||
      !log_int_change (store, author, now, "assessment", id, "maturity_current",
                       old->maturity_current, a->maturity_current, error) ||
      !log_int_change (store, author, now, "assessment", id, "maturity_target",
                       old->maturity_target, a->maturity_target, error) ||
      !log_change (store, author, now, "assessment", id, "finding", old->finding, a->finding, error) ||
      !log_change (store, author, now, "assessment", id, "objective", old->objective, a->objective, error) ||
      !log_change (store, author, now, "assessment", id, "justification",
                   old->justification, a->justification, error) ||
      !log_change (store, author, now, "assessment", id, "audit_method",
                   old->audit_method, a->audit_method, error))
    goto fail;

  stmt = _gw_store_prepare (store,
                            "UPDATE assessment SET result = ?, grade = ?, maturity_current = ?,"
                            " maturity_target = ?, finding = ?, objective = ?, justification = ?,"
                            " audit_method = ?, changed_by = ?, changed_at = ? WHERE requirement_id = ?",
                            error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, gw_result_to_id (a->result), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, gw_finding_grade_to_id (a->grade), -1, SQLITE_STATIC);
  bind_maturity (stmt, 3, a->maturity_current);
  bind_maturity (stmt, 4, a->maturity_target);
  bind_text (stmt, 5, a->finding);
  bind_text (stmt, 6, a->objective);
  bind_text (stmt, 7, a->justification);
  bind_text (stmt, 8, a->audit_method);
  bind_text (stmt, 9, author);
  sqlite3_bind_text (stmt, 10, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 11, id);

  if (!step_done (store, stmt, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

/* Evidence ------------------------------------------------------------- */

#define EVIDENCE_COLUMNS \
  "SELECT e.id, e.title, e.kind, e.reference, e.evidence_date, e.notes," \
  " a.file_name, a.mime_type, a.size, a.sha256," \
  " (SELECT count(*) FROM evidence_link l WHERE l.evidence_id = e.id)" \
  " FROM evidence e LEFT JOIN attachment a ON a.evidence_id = e.id"

static GwEvidence *
read_evidence (sqlite3_stmt *stmt)
{
  GwEvidence *e = g_new0 (GwEvidence, 1);

  e->id = sqlite3_column_int64 (stmt, 0);
  e->title = column_text (stmt, 1);
  if (!gw_evidence_kind_from_id ((const char *) sqlite3_column_text (stmt, 2), &e->kind))
    e->kind = GW_EVIDENCE_KIND_OTHER;
  e->reference = column_text (stmt, 3);
  e->date = column_text (stmt, 4);
  e->notes = column_text (stmt, 5);
  e->file_name = column_text (stmt, 6);
  e->mime_type = column_text (stmt, 7);
  e->file_size = sqlite3_column_int64 (stmt, 8);
  e->sha256 = column_text (stmt, 9);
  e->n_links = (guint) sqlite3_column_int (stmt, 10);
  return e;
}

GPtrArray *
gw_store_list_evidence (GwStore  *store,
                        gint64    requirement_id,
                        GError  **error)
{
  sqlite3_stmt *stmt;

  if (requirement_id == 0)
    stmt = _gw_store_prepare (store, EVIDENCE_COLUMNS " ORDER BY e.id", error);
  else
    stmt = _gw_store_prepare (store,
                              EVIDENCE_COLUMNS " WHERE e.id IN"
                              " (SELECT evidence_id FROM evidence_link WHERE requirement_id = ?)"
                              " ORDER BY e.id", error);
  if (stmt == NULL)
    return NULL;

  if (requirement_id != 0)
    sqlite3_bind_int64 (stmt, 1, requirement_id);

  return list_rows (store, stmt, (gpointer (*) (sqlite3_stmt *)) read_evidence,
                    (GDestroyNotify) gw_evidence_free, error);
}

GwEvidence *
gw_store_get_evidence (GwStore  *store,
                       gint64    id,
                       GError  **error)
{
  return get_row (store, EVIDENCE_COLUMNS " WHERE e.id = ?", id,
                  (gpointer (*) (sqlite3_stmt *)) read_evidence, N_("evidence item"), error);
}

gint64
gw_store_insert_evidence (GwStore           *store,
                          const GwEvidence  *e,
                          const char        *author,
                          const char        *now,
                          GError           **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!_gw_store_savepoint (store, error))
    return 0;

  stmt = _gw_store_prepare (store,
                            "INSERT INTO evidence (title, kind, reference, evidence_date, notes, created_at)"
                            " VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, e->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, gw_evidence_kind_to_id (e->kind), -1, SQLITE_STATIC);
  bind_text (stmt, 3, e->reference);
  bind_text (stmt, 4, e->date);
  bind_text (stmt, 5, e->notes);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (!step_done (store, stmt, error))
    goto fail;

  id = sqlite3_last_insert_rowid (store->db);
  if (!log_change (store, author, now, "evidence", id, "created", NULL, e->title, error))
    goto fail;
  if (!_gw_store_release (store, error))
    return 0;

  return id;

fail:
  _gw_store_rollback_to (store);
  return 0;
}

gboolean
gw_store_update_evidence (GwStore           *store,
                          const GwEvidence  *e,
                          const char        *author,
                          const char        *now,
                          GError           **error)
{
  g_autoptr(GwEvidence) old = NULL;
  sqlite3_stmt *stmt;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_evidence (store, e->id, error);
  if (old == NULL)
    goto fail;

  if (!log_change (store, author, now, "evidence", e->id, "title", old->title, e->title, error) ||
      !log_change (store, author, now, "evidence", e->id, "kind",
                   gw_evidence_kind_to_id (old->kind), gw_evidence_kind_to_id (e->kind), error) ||
      !log_change (store, author, now, "evidence", e->id, "reference", old->reference, e->reference, error) ||
      !log_change (store, author, now, "evidence", e->id, "date", old->date, e->date, error) ||
      !log_change (store, author, now, "evidence", e->id, "notes", old->notes, e->notes, error))
    goto fail;

  stmt = _gw_store_prepare (store,
                            "UPDATE evidence SET title = ?, kind = ?, reference = ?, evidence_date = ?, notes = ?"
                            " WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, e->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, gw_evidence_kind_to_id (e->kind), -1, SQLITE_STATIC);
  bind_text (stmt, 3, e->reference);
  bind_text (stmt, 4, e->date);
  bind_text (stmt, 5, e->notes);
  sqlite3_bind_int64 (stmt, 6, e->id);
  if (!step_done (store, stmt, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

/* Deleting evidence or an action removes its links and attachment through
 * ON DELETE CASCADE; the change log keeps the title it had. */
static gboolean
delete_row (GwStore     *store,
            const char  *entity,
            const char  *sql,
            gint64       id,
            const char  *title,
            const char  *author,
            const char  *now,
            GError     **error)
{
  sqlite3_stmt *stmt = _gw_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (store, stmt, error) &&
         log_change (store, author, now, entity, id, "deleted", title, NULL, error);
}

gboolean
gw_store_delete_evidence (GwStore     *store,
                          gint64       id,
                          const char  *author,
                          const char  *now,
                          GError     **error)
{
  g_autoptr(GwEvidence) old = NULL;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_evidence (store, id, error);
  if (old == NULL ||
      !delete_row (store, "evidence", "DELETE FROM evidence WHERE id = ?", id, old->title, author, now, error))
    {
      _gw_store_rollback_to (store);
      return FALSE;
    }

  return _gw_store_release (store, error);
}

gboolean
gw_store_set_attachment (GwStore     *store,
                         gint64       evidence_id,
                         const char  *file_name,
                         const char  *mime_type,
                         GBytes      *data,
                         const char  *sha256,
                         const char  *author,
                         const char  *now,
                         GError     **error)
{
  g_autoptr(GwEvidence) old = NULL;
  sqlite3_stmt *stmt;
  gsize size = 0;
  gconstpointer bytes;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_evidence (store, evidence_id, error);
  if (old == NULL)
    goto fail;

  if (data == NULL)
    {
      stmt = _gw_store_prepare (store, "DELETE FROM attachment WHERE evidence_id = ?", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, evidence_id);
    }
  else
    {
      stmt = _gw_store_prepare (store,
                                "INSERT OR REPLACE INTO attachment (evidence_id, file_name, mime_type, size, sha256, data)"
                                " VALUES (?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        goto fail;

      bytes = g_bytes_get_data (data, &size);
      sqlite3_bind_int64 (stmt, 1, evidence_id);
      sqlite3_bind_text (stmt, 2, file_name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, mime_type, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, (sqlite3_int64) size);
      sqlite3_bind_text (stmt, 5, sha256, -1, SQLITE_TRANSIENT);
      /* A zero-length BLOB binds as NULL with a NULL pointer. */
      sqlite3_bind_blob64 (stmt, 6, size ? bytes : "", size, SQLITE_STATIC);
    }

  if (!step_done (store, stmt, error) ||
      !log_change (store, author, now, "evidence", evidence_id, "attachment",
                   old->file_name, file_name, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

GBytes *
gw_store_get_attachment (GwStore  *store,
                         gint64    evidence_id,
                         char    **out_sha256,
                         GError  **error)
{
  GBytes *bytes = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _gw_store_prepare (store, "SELECT data, sha256 FROM attachment WHERE evidence_id = ?", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, evidence_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
      *out_sha256 = column_text (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
                 _("This evidence item has no attached file."));
  else if (rc != SQLITE_ROW)
    _gw_store_set_error (store, error, rc);

  return bytes;
}

/* Links between requirements and evidence or actions -------------------- */

typedef struct
{
  const char *entity;
  const char *link_sql;
  const char *unlink_sql;
  const char *list_sql;
  const char *all_sql;
} LinkTable;

static const LinkTable link_tables[] = {
  { "evidence",
    "INSERT OR IGNORE INTO evidence_link (evidence_id, requirement_id) VALUES (?, ?)",
    "DELETE FROM evidence_link WHERE evidence_id = ? AND requirement_id = ?",
    "SELECT l.requirement_id FROM evidence_link l JOIN requirement r ON r.id = l.requirement_id"
    " WHERE l.evidence_id = ? ORDER BY r.position",
    "SELECT l.evidence_id, l.requirement_id FROM evidence_link l JOIN requirement r ON r.id = l.requirement_id"
    " ORDER BY l.evidence_id, r.position" },
  { "action",
    "INSERT OR IGNORE INTO action_link (action_id, requirement_id) VALUES (?, ?)",
    "DELETE FROM action_link WHERE action_id = ? AND requirement_id = ?",
    "SELECT l.requirement_id FROM action_link l JOIN requirement r ON r.id = l.requirement_id"
    " WHERE l.action_id = ? ORDER BY r.position",
    "SELECT l.action_id, l.requirement_id FROM action_link l JOIN requirement r ON r.id = l.requirement_id"
    " ORDER BY l.action_id, r.position" },
};

static const LinkTable *
find_link_table (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (link_tables); i++)
    if (g_str_equal (link_tables[i].entity, entity))
      return &link_tables[i];

  g_return_val_if_reached (NULL);
}

gboolean
gw_store_set_link (GwStore     *store,
                   const char  *entity,
                   gint64       id,
                   gint64       requirement_id,
                   gboolean     linked,
                   const char  *author,
                   const char  *now,
                   GError     **error)
{
  const LinkTable *table = find_link_table (entity);
  g_autoptr(GwRequirement) req = NULL;
  sqlite3_stmt *stmt;

  if (table == NULL || !_gw_store_savepoint (store, error))
    return FALSE;

  req = gw_store_get_requirement (store, requirement_id, error);
  if (req == NULL)
    goto fail;

  if (g_str_equal (entity, "evidence"))
    {
      g_autoptr(GwEvidence) e = gw_store_get_evidence (store, id, error);
      if (e == NULL)
        goto fail;
    }
  else
    {
      g_autoptr(GwAction) a = gw_store_get_action (store, id, error);
      if (a == NULL)
        goto fail;
    }

  stmt = _gw_store_prepare (store, linked ? table->link_sql : table->unlink_sql, error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  if (!step_done (store, stmt, error))
    goto fail;

  if (sqlite3_changes (store->db) > 0 &&
      !log_change (store, author, now, entity, id, "requirement",
                   linked ? NULL : req->ref, linked ? req->ref : NULL, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

/**
 * gw_store_list_links:
 * @entity: "evidence" or "action"
 *
 * Every link of @entity in one query, ordered by item and then by
 * checklist order: what a whole-audit view needs without a query per item.
 */
GArray *
gw_store_list_links (GwStore     *store,
                     const char  *entity,
                     GError     **error)
{
  const LinkTable *table = find_link_table (entity);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (GwLink));
  sqlite3_stmt *stmt;
  int rc;

  if (table == NULL)
    return NULL;

  stmt = _gw_store_prepare (store, table->all_sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GwLink link = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
      g_array_append_val (links, link);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }

  return g_steal_pointer (&links);
}

GArray *
gw_store_list_linked_requirements (GwStore     *store,
                                   const char  *entity,
                                   gint64       id,
                                   GError     **error)
{
  const LinkTable *table = find_link_table (entity);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  if (table == NULL)
    return NULL;

  stmt = _gw_store_prepare (store, table->list_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 req_id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, req_id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* Actions -------------------------------------------------------------- */

#define ACTION_COLUMNS \
  "SELECT a.id, a.title, a.description, a.owner, a.due_date, a.priority, a.status, a.created_at," \
  " (SELECT count(*) FROM action_link l WHERE l.action_id = a.id) FROM action a"

static GwAction *
read_action (sqlite3_stmt *stmt)
{
  GwAction *a = g_new0 (GwAction, 1);

  a->id = sqlite3_column_int64 (stmt, 0);
  a->title = column_text (stmt, 1);
  a->description = column_text (stmt, 2);
  a->owner = column_text (stmt, 3);
  a->due_date = column_text (stmt, 4);
  if (!gw_priority_from_id ((const char *) sqlite3_column_text (stmt, 5), &a->priority))
    a->priority = GW_PRIORITY_MEDIUM;
  if (!gw_action_status_from_id ((const char *) sqlite3_column_text (stmt, 6), &a->status))
    a->status = GW_ACTION_STATUS_OPEN;
  a->created_at = column_text (stmt, 7);
  a->n_links = (guint) sqlite3_column_int (stmt, 8);
  return a;
}

GPtrArray *
gw_store_list_actions (GwStore  *store,
                       gint64    requirement_id,
                       GError  **error)
{
  sqlite3_stmt *stmt;

  if (requirement_id == 0)
    stmt = _gw_store_prepare (store, ACTION_COLUMNS " ORDER BY a.id", error);
  else
    stmt = _gw_store_prepare (store,
                              ACTION_COLUMNS " WHERE a.id IN"
                              " (SELECT action_id FROM action_link WHERE requirement_id = ?)"
                              " ORDER BY a.id", error);
  if (stmt == NULL)
    return NULL;

  if (requirement_id != 0)
    sqlite3_bind_int64 (stmt, 1, requirement_id);

  return list_rows (store, stmt, (gpointer (*) (sqlite3_stmt *)) read_action,
                    (GDestroyNotify) gw_action_free, error);
}

GwAction *
gw_store_get_action (GwStore  *store,
                     gint64    id,
                     GError  **error)
{
  return get_row (store, ACTION_COLUMNS " WHERE a.id = ?", id,
                  (gpointer (*) (sqlite3_stmt *)) read_action, N_("action"), error);
}

gint64
gw_store_insert_action (GwStore         *store,
                        const GwAction  *a,
                        const char      *author,
                        const char      *now,
                        GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!_gw_store_savepoint (store, error))
    return 0;

  stmt = _gw_store_prepare (store,
                            "INSERT INTO action (title, description, owner, due_date, priority, status, created_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, a->title, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 2, a->description);
  bind_text (stmt, 3, a->owner);
  bind_text (stmt, 4, a->due_date);
  sqlite3_bind_text (stmt, 5, gw_priority_to_id (a->priority), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, gw_action_status_to_id (a->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  if (!step_done (store, stmt, error))
    goto fail;

  id = sqlite3_last_insert_rowid (store->db);
  if (!log_change (store, author, now, "action", id, "created", NULL, a->title, error))
    goto fail;
  if (!_gw_store_release (store, error))
    return 0;

  return id;

fail:
  _gw_store_rollback_to (store);
  return 0;
}

gboolean
gw_store_update_action (GwStore         *store,
                        const GwAction  *a,
                        const char      *author,
                        const char      *now,
                        GError         **error)
{
  g_autoptr(GwAction) old = NULL;
  sqlite3_stmt *stmt;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_action (store, a->id, error);
  if (old == NULL)
    goto fail;

  if (!log_change (store, author, now, "action", a->id, "title", old->title, a->title, error) ||
      !log_change (store, author, now, "action", a->id, "description", old->description, a->description, error) ||
      !log_change (store, author, now, "action", a->id, "owner", old->owner, a->owner, error) ||
      !log_change (store, author, now, "action", a->id, "due_date", old->due_date, a->due_date, error) ||
      !log_change (store, author, now, "action", a->id, "priority",
                   gw_priority_to_id (old->priority), gw_priority_to_id (a->priority), error) ||
      !log_change (store, author, now, "action", a->id, "status",
                   gw_action_status_to_id (old->status), gw_action_status_to_id (a->status), error))
    goto fail;

  stmt = _gw_store_prepare (store,
                            "UPDATE action SET title = ?, description = ?, owner = ?, due_date = ?, priority = ?,"
                            " status = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, a->title, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 2, a->description);
  bind_text (stmt, 3, a->owner);
  bind_text (stmt, 4, a->due_date);
  sqlite3_bind_text (stmt, 5, gw_priority_to_id (a->priority), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, gw_action_status_to_id (a->status), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, a->id);
  if (!step_done (store, stmt, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

gboolean
gw_store_delete_action (GwStore     *store,
                        gint64       id,
                        const char  *author,
                        const char  *now,
                        GError     **error)
{
  g_autoptr(GwAction) old = NULL;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_action (store, id, error);
  if (old == NULL ||
      !delete_row (store, "action", "DELETE FROM action WHERE id = ?", id, old->title, author, now, error))
    {
      _gw_store_rollback_to (store);
      return FALSE;
    }

  return _gw_store_release (store, error);
}

/* Change log ----------------------------------------------------------- */

static GwChange *
read_change (sqlite3_stmt *stmt)
{
  GwChange *c = g_new0 (GwChange, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->changed_at = column_text (stmt, 1);
  c->author = column_text (stmt, 2);
  c->entity = column_text (stmt, 3);
  c->entity_id = sqlite3_column_int64 (stmt, 4);
  c->field = column_text (stmt, 5);
  c->old_value = column_text (stmt, 6);
  c->new_value = column_text (stmt, 7);
  return c;
}

GPtrArray *
gw_store_list_changes (GwStore     *store,
                       const char  *entity,
                       gint64       entity_id,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  if (entity == NULL)
    stmt = _gw_store_prepare (store,
                              "SELECT id, changed_at, author, entity, entity_id, field, old_value, new_value"
                              " FROM change_log ORDER BY id", error);
  else
    stmt = _gw_store_prepare (store,
                              "SELECT id, changed_at, author, entity, entity_id, field, old_value, new_value"
                              " FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  if (entity != NULL)
    {
      sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, entity_id);
    }

  return list_rows (store, stmt, (gpointer (*) (sqlite3_stmt *)) read_change,
                    (GDestroyNotify) gw_change_free, error);
}
