/* gw-store.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQLite layer of an audit file. This header is private to src/core:
 * the rest of the program goes through GwAudit, and no SQL exists outside
 * gw-store*.c. A GwStore is one connection with one owner; it is not
 * thread-safe.
 */

#pragma once

#include <gio/gio.h>

#include "gw-catalogue.h"
#include "gw-error.h"
#include "gw-records.h"
#include "gw-risk.h"

G_BEGIN_DECLS

/* "GapW" in the file header at offset 68, so file(1) and shared-mime-info
 * can tell an audit from any other SQLite database. */
#define GW_APPLICATION_ID 0x47617057

typedef struct _GwStore GwStore;

typedef enum
{
  GW_STORE_OPEN_NONE      = 0,
  GW_STORE_OPEN_READ_ONLY = 1 << 0,
  GW_STORE_OPEN_TRUSTED   = 1 << 1,
} GwStoreOpen;

typedef gboolean (*GwMigrationFunc) (GwStore  *store,
                                     GError  **error);

typedef struct
{
  int             to_version;
  GwMigrationFunc migrate;
} GwMigration;

int           gw_store_get_supported_version  (void);
void          _gw_store_set_migrations        (const GwMigration *migrations,
                                               guint              n_migrations);
gboolean      _gw_store_exec                  (GwStore           *store,
                                               const char        *sql,
                                               GError           **error);

GwStore      *gw_store_create                 (const char        *path,
                                               GError           **error);
GwStore      *gw_store_open                   (const char        *path,
                                               const char        *display_name,
                                               GwStoreOpen        flags,
                                               GError           **error);
gboolean      gw_store_check_file             (const char        *path,
                                               int               *out_version,
                                               GError           **error);
void          gw_store_free                   (GwStore           *store);
int           gw_store_get_version            (GwStore           *store);
void          gw_store_set_read_only          (GwStore           *store,
                                               gboolean           read_only);
gboolean      gw_store_migrate                (GwStore           *store,
                                               GError           **error);
gboolean      gw_store_snapshot               (GwStore           *store,
                                               const char        *dest_path,
                                               GError           **error);

gboolean      gw_store_begin                  (GwStore           *store,
                                               GError           **error);
gboolean      gw_store_commit                 (GwStore           *store,
                                               GError           **error);
void          gw_store_rollback               (GwStore           *store);

gboolean      gw_store_import_catalogue       (GwStore           *store,
                                               GwCatalogue       *catalogue,
                                               const GwAuditDetails *details,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);

GwAuditDetails *gw_store_get_details          (GwStore           *store,
                                               GError           **error);
gboolean      gw_store_update_details         (GwStore           *store,
                                               const GwAuditDetails *details,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);

GPtrArray    *gw_store_list_clauses           (GwStore           *store,
                                               GError           **error);
GPtrArray    *gw_store_list_requirements      (GwStore           *store,
                                               GError           **error);
GwRequirement *gw_store_get_requirement       (GwStore           *store,
                                               gint64             id,
                                               GError           **error);
GPtrArray    *gw_store_list_assessments       (GwStore           *store,
                                               GError           **error);
GwAssessment *gw_store_get_assessment         (GwStore           *store,
                                               gint64             requirement_id,
                                               GError           **error);
gboolean      gw_store_update_assessment      (GwStore           *store,
                                               const GwAssessment *assessment,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);

gint64        gw_store_insert_evidence        (GwStore           *store,
                                               const GwEvidence  *evidence,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
gboolean      gw_store_update_evidence        (GwStore           *store,
                                               const GwEvidence  *evidence,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
gboolean      gw_store_delete_evidence        (GwStore           *store,
                                               gint64             id,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
GwEvidence   *gw_store_get_evidence           (GwStore           *store,
                                               gint64             id,
                                               GError           **error);
GPtrArray    *gw_store_list_evidence          (GwStore           *store,
                                               gint64             requirement_id,
                                               GError           **error);
gboolean      gw_store_set_link               (GwStore           *store,
                                               const char        *entity,
                                               gint64             id,
                                               gint64             requirement_id,
                                               gboolean           linked,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
GArray       *gw_store_list_links             (GwStore           *store,
                                               const char        *entity,
                                               GError           **error);
GArray       *gw_store_list_linked_requirements (GwStore         *store,
                                               const char        *entity,
                                               gint64             id,
                                               GError           **error);
gboolean      gw_store_set_attachment         (GwStore           *store,
                                               gint64             evidence_id,
                                               const char        *file_name,
                                               const char        *mime_type,
                                               GBytes            *data,
                                               const char        *sha256,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
GBytes       *gw_store_get_attachment         (GwStore           *store,
                                               gint64             evidence_id,
                                               char             **out_sha256,
                                               GError           **error);

gint64        gw_store_insert_action          (GwStore           *store,
                                               const GwAction    *action,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
gboolean      gw_store_update_action          (GwStore           *store,
                                               const GwAction    *action,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
gboolean      gw_store_delete_action          (GwStore           *store,
                                               gint64             id,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
GwAction     *gw_store_get_action             (GwStore           *store,
                                               gint64             id,
                                               GError           **error);
GPtrArray    *gw_store_list_actions           (GwStore           *store,
                                               gint64             requirement_id,
                                               GError           **error);

GPtrArray    *gw_store_list_changes           (GwStore           *store,
                                               const char        *entity,
                                               gint64             entity_id,
                                               GError           **error);

GBytes       *gw_store_get_risk_matrix        (GwStore           *store,
                                               GError           **error);
gboolean      gw_store_set_risk_matrix        (GwStore           *store,
                                               GBytes            *definition,
                                               const char        *old_name,
                                               const char        *new_name,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
GPtrArray    *gw_store_list_risks             (GwStore           *store,
                                               GError           **error);
GwRisk       *gw_store_get_risk               (GwStore           *store,
                                               gint64             id,
                                               GError           **error);
gint64        gw_store_insert_risk            (GwStore           *store,
                                               const GwRisk      *risk,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
gboolean      gw_store_update_risk            (GwStore           *store,
                                               const GwRisk      *risk,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
gboolean      gw_store_delete_risk            (GwStore           *store,
                                               gint64             id,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
gboolean      gw_store_set_risk_link          (GwStore           *store,
                                               gint64             risk_id,
                                               GwRiskLinkKind     kind,
                                               gint64             target_id,
                                               gboolean           linked,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);
GArray       *gw_store_list_risk_targets      (GwStore           *store,
                                               gint64             risk_id,
                                               GwRiskLinkKind     kind,
                                               GError           **error);
GPtrArray    *gw_store_list_linked_risks      (GwStore           *store,
                                               GwRiskLinkKind     kind,
                                               gint64             target_id,
                                               GError           **error);
GArray       *gw_store_list_risk_links        (GwStore           *store,
                                               GwRiskLinkKind     kind,
                                               GError           **error);
GPtrArray    *gw_store_list_measures          (GwStore           *store,
                                               GError           **error);
GwMeasure    *gw_store_get_measure            (GwStore           *store,
                                               gint64             id,
                                               GError           **error);
gboolean      gw_store_update_measure         (GwStore           *store,
                                               const GwMeasure   *measure,
                                               const char        *author,
                                               const char        *now,
                                               GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwStore, gw_store_free)

G_END_DECLS
