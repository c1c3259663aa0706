/* gw-store-risk.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk assessment in the audit file (schema version 2): the risk
 * matrix the audit rates on, the risk register, the security measures and
 * the links of risks to requirements, actions and measures.
 *
 * Links cascade from both ends, so deleting a risk, an action or a
 * requirement never leaves a link row pointing nowhere.
 */

#define G_LOG_DOMAIN "gw-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gw-store-private.h"
#include "gw-store-rows.h"

/* Schema version 2 ------------------------------------------------------- */

static const char schema_v2[] =
  /* The XML definition of the matrix (data/risk/README.md), kept whole so
   * an audit reads the same wherever it is opened. */
  "CREATE TABLE risk_matrix ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  definition TEXT NOT NULL"
  ");"
  "CREATE TABLE risk ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  threat TEXT,"
  "  vulnerability TEXT,"
  "  asset TEXT NOT NULL DEFAULT 'facility'"
  "    CHECK (asset IN ('facility', 'cargo', 'conveyance', 'information', 'people', 'business-partner',"
  "                     'process')),"
  "  category TEXT NOT NULL DEFAULT 'other'"
  "    CHECK (category IN ('theft', 'tampering', 'smuggling', 'terrorism', 'cyber-attack', 'insider',"
  "                        'counterfeit', 'disruption', 'other')),"
  "  inherent_likelihood INTEGER CHECK (inherent_likelihood BETWEEN 1 AND 10),"
  "  inherent_impact INTEGER CHECK (inherent_impact BETWEEN 1 AND 10),"
  "  residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 10),"
  "  residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 10),"
  "  treatment TEXT NOT NULL DEFAULT 'undecided'"
  "    CHECK (treatment IN ('undecided', 'mitigate', 'avoid', 'transfer', 'accept')),"
  "  owner TEXT,"
  "  review_date TEXT,"
  "  notes TEXT,"
  "  created_at TEXT NOT NULL"
  ");"
  "CREATE TABLE measure ("
  "  id INTEGER PRIMARY KEY,"
  "  ref TEXT NOT NULL UNIQUE,"
  "  domain TEXT NOT NULL"
  "    CHECK (domain IN ('physical', 'access-control', 'personnel', 'it-cyber', 'cargo-conveyance',"
  "                      'business-partner', 'training', 'crisis')),"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL,"
  "  description TEXT,"
  "  status TEXT NOT NULL DEFAULT 'not-assessed'"
  "    CHECK (status IN ('not-assessed', 'not-in-place', 'planned', 'partial', 'in-place', 'not-applicable')),"
  "  notes TEXT"
  ");"
  "CREATE TABLE risk_requirement ("
  "  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
  "  requirement_id INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (risk_id, requirement_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX risk_requirement_target ON risk_requirement (requirement_id);"
  "CREATE TABLE risk_action ("
  "  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
  "  action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (risk_id, action_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX risk_action_target ON risk_action (action_id);"
  "CREATE TABLE risk_measure ("
  "  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
  "  measure_id INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (risk_id, measure_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX risk_measure_target ON risk_measure (measure_id);";

static gboolean
insert_measures (GwStore    *store,
                 GPtrArray  *measures,
                 GError    **error)
{
  sqlite3_stmt *stmt;

  stmt = _gw_store_prepare (store,
                            "INSERT INTO measure (ref, domain, position, title, description) VALUES (?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < measures->len; i++)
    {
      const GwMeasure *m = g_ptr_array_index (measures, i);

      sqlite3_bind_text (stmt, 1, m->ref, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, gw_measure_domain_to_id (m->domain), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, (int) i);
      sqlite3_bind_text (stmt, 4, m->title, -1, SQLITE_TRANSIENT);
      bind_text (stmt, 5, m->description);
      if (!step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Upgrades a version 1 file, and builds the risk part of a new one: the
 * default matrix and the built-in measure catalogue. */
gboolean
_gw_store_migrate_to_v2 (GwStore  *store,
                         GError  **error)
{
  g_autoptr(GwRiskMatrix) matrix = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  sqlite3_stmt *stmt;
  GBytes *definition;

  matrix = gw_risk_matrix_new_builtin (GW_RISK_MATRIX_DEFAULT, error);
  if (matrix == NULL)
    return FALSE;
  measures = gw_measure_catalogue_new_builtin (error);
  if (measures == NULL)
    return FALSE;

  if (!_gw_store_exec (store, schema_v2, error))
    return FALSE;

  stmt = _gw_store_prepare (store, "INSERT INTO risk_matrix (id, definition) VALUES (1, ?)", error);
  if (stmt == NULL)
    return FALSE;
  definition = gw_risk_matrix_get_definition (matrix);
  sqlite3_bind_text (stmt, 1, g_bytes_get_data (definition, NULL), (int) g_bytes_get_size (definition),
                     SQLITE_TRANSIENT);
  if (!step_done (store, stmt, error))
    return FALSE;

  return insert_measures (store, measures, error);
}

/* The risk matrix -------------------------------------------------------- */

GBytes *
gw_store_get_risk_matrix (GwStore  *store,
                          GError  **error)
{
  GBytes *bytes = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _gw_store_prepare (store, "SELECT definition FROM risk_matrix WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_text (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_DAMAGED, _("The audit file holds no risk matrix."));
  else if (rc != SQLITE_ROW)
    _gw_store_set_error (store, error, rc);

  return bytes;
}

gboolean
gw_store_set_risk_matrix (GwStore     *store,
                          GBytes      *definition,
                          const char  *old_name,
                          const char  *new_name,
                          const char  *author,
                          const char  *now,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  stmt = _gw_store_prepare (store, "UPDATE risk_matrix SET definition = ? WHERE id = 1", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, g_bytes_get_data (definition, NULL), (int) g_bytes_get_size (definition),
                     SQLITE_TRANSIENT);
  if (!step_done (store, stmt, error) ||
      !log_change (store, author, now, "audit", 1, "risk_matrix", old_name, new_name, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

/* Risks ------------------------------------------------------------------ */

#define RISK_COLUMNS \
  "SELECT r.id, r.title, r.threat, r.vulnerability, r.asset, r.category," \
  " r.inherent_likelihood, r.inherent_impact, r.residual_likelihood, r.residual_impact," \
  " r.treatment, r.owner, r.review_date, r.notes, r.created_at," \
  " (SELECT count(*) FROM risk_requirement l WHERE l.risk_id = r.id)," \
  " (SELECT count(*) FROM risk_action l WHERE l.risk_id = r.id)," \
  " (SELECT count(*) FROM risk_measure l WHERE l.risk_id = r.id) FROM risk r"

static int
column_rating (sqlite3_stmt *stmt,
               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return GW_RISK_UNRATED;
  return CLAMP (sqlite3_column_int (stmt, column), 1, GW_RISK_MATRIX_MAX_SCALE);
}

static void
bind_rating (sqlite3_stmt *stmt,
             int           index,
             int           value)
{
  if (value == GW_RISK_UNRATED)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

static GwRisk *
read_risk (sqlite3_stmt *stmt)
{
  GwRisk *r = g_new0 (GwRisk, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->title = column_text (stmt, 1);
  r->threat = column_text (stmt, 2);
  r->vulnerability = column_text (stmt, 3);
  if (!gw_risk_asset_from_id ((const char *) sqlite3_column_text (stmt, 4), &r->asset))
    r->asset = GW_RISK_ASSET_FACILITY;
  if (!gw_threat_category_from_id ((const char *) sqlite3_column_text (stmt, 5), &r->category))
    r->category = GW_THREAT_OTHER;
  r->inherent_likelihood = column_rating (stmt, 6);
  r->inherent_impact = column_rating (stmt, 7);
  r->residual_likelihood = column_rating (stmt, 8);
  r->residual_impact = column_rating (stmt, 9);
  if (!gw_risk_treatment_from_id ((const char *) sqlite3_column_text (stmt, 10), &r->treatment))
    r->treatment = GW_RISK_TREATMENT_UNDECIDED;
  r->owner = column_text (stmt, 11);
  r->review_date = column_text (stmt, 12);
  r->notes = column_text (stmt, 13);
  r->created_at = column_text (stmt, 14);
  r->n_requirements = (guint) sqlite3_column_int (stmt, 15);
  r->n_actions = (guint) sqlite3_column_int (stmt, 16);
  r->n_measures = (guint) sqlite3_column_int (stmt, 17);
  return r;
}

GPtrArray *
gw_store_list_risks (GwStore  *store,
                     GError  **error)
{
  sqlite3_stmt *stmt = _gw_store_prepare (store, RISK_COLUMNS " ORDER BY r.id", error);

  if (stmt == NULL)
    return NULL;

  return list_rows (store, stmt, (gpointer (*) (sqlite3_stmt *)) read_risk,
                    (GDestroyNotify) gw_risk_free, error);
}

GwRisk *
gw_store_get_risk (GwStore  *store,
                   gint64    id,
                   GError  **error)
{
  return get_row (store, RISK_COLUMNS " WHERE r.id = ?", id,
                  (gpointer (*) (sqlite3_stmt *)) read_risk, N_("risk"), error);
}

static void
bind_risk (sqlite3_stmt *stmt,
           const GwRisk *r)
{
  sqlite3_bind_text (stmt, 1, r->title, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 2, r->threat);
  bind_text (stmt, 3, r->vulnerability);
  sqlite3_bind_text (stmt, 4, gw_risk_asset_to_id (r->asset), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, gw_threat_category_to_id (r->category), -1, SQLITE_STATIC);
  bind_rating (stmt, 6, r->inherent_likelihood);
  bind_rating (stmt, 7, r->inherent_impact);
  bind_rating (stmt, 8, r->residual_likelihood);
  bind_rating (stmt, 9, r->residual_impact);
  sqlite3_bind_text (stmt, 10, gw_risk_treatment_to_id (r->treatment), -1, SQLITE_STATIC);
  bind_text (stmt, 11, r->owner);
  bind_text (stmt, 12, r->review_date);
  bind_text (stmt, 13, r->notes);
}

gint64
gw_store_insert_risk (GwStore       *store,
                      const GwRisk  *r,
                      const char    *author,
                      const char    *now,
                      GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!_gw_store_savepoint (store, error))
    return 0;

  stmt = _gw_store_prepare (store,
                            "INSERT INTO risk (title, threat, vulnerability, asset, category,"
                            " inherent_likelihood, inherent_impact, residual_likelihood, residual_impact,"
                            " treatment, owner, review_date, notes, created_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;

  bind_risk (stmt, r);
  sqlite3_bind_text (stmt, 14, now, -1, SQLITE_TRANSIENT);
  if (!step_done (store, stmt, error))
    goto fail;

  id = sqlite3_last_insert_rowid (store->db);
  if (!log_change (store, author, now, "risk", id, "created", NULL, r->title, error))
    goto fail;
  if (!_gw_store_release (store, error))
    return 0;

  return id;

fail:
  _gw_store_rollback_to (store);
  return 0;
}

static char *
format_rating (int likelihood,
               int impact)
{
  if (likelihood == GW_RISK_UNRATED)
    return NULL;
  return g_strdup_printf ("%d×%d", likelihood, impact);
}

gboolean
gw_store_update_risk (GwStore       *store,
                      const GwRisk  *r,
                      const char    *author,
                      const char    *now,
                      GError       **error)
{
  g_autoptr(GwRisk) old = NULL;
  g_autofree char *old_inherent = NULL, *new_inherent = NULL;
  g_autofree char *old_residual = NULL, *new_residual = NULL;
  sqlite3_stmt *stmt;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_risk (store, r->id, error);
  if (old == NULL)
    goto fail;

  /* A rating is logged as one value, "likelihood×impact". */
  old_inherent = format_rating (old->inherent_likelihood, old->inherent_impact);
  new_inherent = format_rating (r->inherent_likelihood, r->inherent_impact);
  old_residual = format_rating (old->residual_likelihood, old->residual_impact);
  new_residual = format_rating (r->residual_likelihood, r->residual_impact);

  if (!log_change (store, author, now, "risk", r->id, "title", old->title, r->title, error) ||
      !log_change (store, author, now, "risk", r->id, "threat", old->threat, r->threat, error) ||
      !log_change (store, author, now, "risk", r->id, "vulnerability", old->vulnerability, r->vulnerability, error) ||
      !log_change (store, author, now, "risk", r->id, "asset",
                   gw_risk_asset_to_id (old->asset), gw_risk_asset_to_id (r->asset), error) ||
      !log_change (store, author, now, "risk", r->id, "category",
                   gw_threat_category_to_id (old->category), gw_threat_category_to_id (r->category), error) ||
      !log_change (store, author, now, "risk", r->id, "inherent", old_inherent, new_inherent, error) ||
      !log_change (store, author, now, "risk", r->id, "residual", old_residual, new_residual, error) ||
      !log_change (store, author, now, "risk", r->id, "treatment",
                   gw_risk_treatment_to_id (old->treatment), gw_risk_treatment_to_id (r->treatment), error) ||
      !log_change (store, author, now, "risk", r->id, "owner", old->owner, r->owner, error) ||
      !log_change (store, author, now, "risk", r->id, "review_date", old->review_date, r->review_date, error) ||
      !log_change (store, author, now, "risk", r->id, "notes", old->notes, r->notes, error))
    goto fail;

  stmt = _gw_store_prepare (store,
                            "UPDATE risk SET title = ?, threat = ?, vulnerability = ?, asset = ?, category = ?,"
                            " inherent_likelihood = ?, inherent_impact = ?, residual_likelihood = ?,"
                            " residual_impact = ?, treatment = ?, owner = ?, review_date = ?, notes = ?"
                            " WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;

  bind_risk (stmt, r);
  sqlite3_bind_int64 (stmt, 14, r->id);
  if (!step_done (store, stmt, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

gboolean
gw_store_delete_risk (GwStore     *store,
                      gint64       id,
                      const char  *author,
                      const char  *now,
                      GError     **error)
{
  g_autoptr(GwRisk) old = NULL;
  sqlite3_stmt *stmt;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_risk (store, id, error);
  if (old == NULL)
    goto fail;

  stmt = _gw_store_prepare (store, "DELETE FROM risk WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_done (store, stmt, error) ||
      !log_change (store, author, now, "risk", id, "deleted", old->title, NULL, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

/* Links ------------------------------------------------------------------ */

typedef struct
{
  const char *field;      /* in the change log */
  const char *link_sql;
  const char *unlink_sql;
  const char *list_sql;
  const char *all_sql;
  const char *name_sql;   /* the target's name for the change log, or proof it exists */
  const char *what;
  const char *risks_sql;  /* the risks linked to one target */
} RiskLinkTable;

static const RiskLinkTable risk_link_tables[] = {
  [GW_RISK_LINK_REQUIREMENT] = {
    "requirement",
    "INSERT OR IGNORE INTO risk_requirement (risk_id, requirement_id) VALUES (?, ?)",
    "DELETE FROM risk_requirement WHERE risk_id = ? AND requirement_id = ?",
    "SELECT l.requirement_id FROM risk_requirement l JOIN requirement t ON t.id = l.requirement_id"
    " WHERE l.risk_id = ? ORDER BY t.position",
    "SELECT l.risk_id, l.requirement_id FROM risk_requirement l JOIN requirement t ON t.id = l.requirement_id"
    " ORDER BY l.risk_id, t.position",
    "SELECT ref FROM requirement WHERE id = ?",
    N_("requirement"),
    RISK_COLUMNS " WHERE r.id IN (SELECT risk_id FROM risk_requirement WHERE requirement_id = ?) ORDER BY r.id" },
  [GW_RISK_LINK_ACTION] = {
    "action",
    "INSERT OR IGNORE INTO risk_action (risk_id, action_id) VALUES (?, ?)",
    "DELETE FROM risk_action WHERE risk_id = ? AND action_id = ?",
    "SELECT action_id FROM risk_action WHERE risk_id = ? ORDER BY action_id",
    "SELECT risk_id, action_id FROM risk_action ORDER BY risk_id, action_id",
    "SELECT title FROM action WHERE id = ?",
    N_("action"),
    RISK_COLUMNS " WHERE r.id IN (SELECT risk_id FROM risk_action WHERE action_id = ?) ORDER BY r.id" },
  [GW_RISK_LINK_MEASURE] = {
    "measure",
    "INSERT OR IGNORE INTO risk_measure (risk_id, measure_id) VALUES (?, ?)",
    "DELETE FROM risk_measure WHERE risk_id = ? AND measure_id = ?",
    "SELECT l.measure_id FROM risk_measure l JOIN measure t ON t.id = l.measure_id"
    " WHERE l.risk_id = ? ORDER BY t.position",
    "SELECT l.risk_id, l.measure_id FROM risk_measure l JOIN measure t ON t.id = l.measure_id"
    " ORDER BY l.risk_id, t.position",
    "SELECT ref FROM measure WHERE id = ?",
    N_("security measure"),
    RISK_COLUMNS " WHERE r.id IN (SELECT risk_id FROM risk_measure WHERE measure_id = ?) ORDER BY r.id" },
};

static gpointer
read_name (sqlite3_stmt *stmt)
{
  return column_text (stmt, 0);
}

gboolean
gw_store_set_risk_link (GwStore         *store,
                        gint64           risk_id,
                        GwRiskLinkKind   kind,
                        gint64           target_id,
                        gboolean         linked,
                        const char      *author,
                        const char      *now,
                        GError         **error)
{
  const RiskLinkTable *table;
  g_autoptr(GwRisk) risk = NULL;
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (risk_link_tables), FALSE);
  table = &risk_link_tables[kind];

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  risk = gw_store_get_risk (store, risk_id, error);
  if (risk == NULL)
    goto fail;
  /* The target's name for the change log; no such target is an error. */
  name = get_row (store, table->name_sql, target_id, read_name, table->what, error);
  if (name == NULL)
    goto fail;

  stmt = _gw_store_prepare (store, linked ? table->link_sql : table->unlink_sql, error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, risk_id);
  sqlite3_bind_int64 (stmt, 2, target_id);
  if (!step_done (store, stmt, error))
    goto fail;

  if (sqlite3_changes (store->db) > 0 &&
      !log_change (store, author, now, "risk", risk_id, table->field,
                   linked ? NULL : name, linked ? name : NULL, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}

GArray *
gw_store_list_risk_targets (GwStore         *store,
                            gint64           risk_id,
                            GwRiskLinkKind   kind,
                            GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (risk_link_tables), NULL);

  stmt = _gw_store_prepare (store, risk_link_tables[kind].list_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, risk_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _gw_store_set_error (store, error, rc);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

GArray *
gw_store_list_risk_links (GwStore         *store,
                          GwRiskLinkKind   kind,
                          GError         **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (GwRiskLink));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (risk_link_tables), NULL);

  stmt = _gw_store_prepare (store, risk_link_tables[kind].all_sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GwRiskLink link = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
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

GPtrArray *
gw_store_list_linked_risks (GwStore         *store,
                            GwRiskLinkKind   kind,
                            gint64           target_id,
                            GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (risk_link_tables), NULL);

  stmt = _gw_store_prepare (store, risk_link_tables[kind].risks_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, target_id);
  return list_rows (store, stmt, (gpointer (*) (sqlite3_stmt *)) read_risk,
                    (GDestroyNotify) gw_risk_free, error);
}

/* Measures --------------------------------------------------------------- */

#define MEASURE_COLUMNS \
  "SELECT m.id, m.ref, m.domain, m.title, m.description, m.status, m.notes," \
  " (SELECT count(*) FROM risk_measure l WHERE l.measure_id = m.id) FROM measure m"

static GwMeasure *
read_measure (sqlite3_stmt *stmt)
{
  GwMeasure *m = g_new0 (GwMeasure, 1);

  m->id = sqlite3_column_int64 (stmt, 0);
  m->ref = column_text (stmt, 1);
  if (!gw_measure_domain_from_id ((const char *) sqlite3_column_text (stmt, 2), &m->domain))
    m->domain = GW_MEASURE_DOMAIN_PHYSICAL;
  m->title = column_text (stmt, 3);
  m->description = column_text (stmt, 4);
  if (!gw_measure_status_from_id ((const char *) sqlite3_column_text (stmt, 5), &m->status))
    m->status = GW_MEASURE_STATUS_NOT_ASSESSED;
  m->notes = column_text (stmt, 6);
  m->n_risks = (guint) sqlite3_column_int (stmt, 7);
  return m;
}

GPtrArray *
gw_store_list_measures (GwStore  *store,
                        GError  **error)
{
  sqlite3_stmt *stmt = _gw_store_prepare (store, MEASURE_COLUMNS " ORDER BY m.position", error);

  if (stmt == NULL)
    return NULL;

  return list_rows (store, stmt, (gpointer (*) (sqlite3_stmt *)) read_measure,
                    (GDestroyNotify) gw_measure_free, error);
}

GwMeasure *
gw_store_get_measure (GwStore  *store,
                      gint64    id,
                      GError  **error)
{
  return get_row (store, MEASURE_COLUMNS " WHERE m.id = ?", id,
                  (gpointer (*) (sqlite3_stmt *)) read_measure, N_("security measure"), error);
}

gboolean
gw_store_update_measure (GwStore          *store,
                         const GwMeasure  *m,
                         const char       *author,
                         const char       *now,
                         GError          **error)
{
  g_autoptr(GwMeasure) old = NULL;
  sqlite3_stmt *stmt;

  if (!_gw_store_savepoint (store, error))
    return FALSE;

  old = gw_store_get_measure (store, m->id, error);
  if (old == NULL)
    goto fail;

  if (!log_change (store, author, now, "measure", m->id, "status",
                   gw_measure_status_to_id (old->status), gw_measure_status_to_id (m->status), error) ||
      !log_change (store, author, now, "measure", m->id, "notes", old->notes, m->notes, error))
    goto fail;

  stmt = _gw_store_prepare (store, "UPDATE measure SET status = ?, notes = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, gw_measure_status_to_id (m->status), -1, SQLITE_STATIC);
  bind_text (stmt, 2, m->notes);
  sqlite3_bind_int64 (stmt, 3, m->id);
  if (!step_done (store, stmt, error))
    goto fail;

  return _gw_store_release (store, error);

fail:
  _gw_store_rollback_to (store);
  return FALSE;
}
