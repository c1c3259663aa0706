/* gw-audit.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "gw-catalogue.h"
#include "gw-enums.h"
#include "gw-error.h"
#include "gw-records.h"
#include "gw-risk.h"
#include "gw-scoring.h"

G_BEGIN_DECLS

typedef enum
{
  GW_AUDIT_OPEN_NONE              = 0,
  GW_AUDIT_OPEN_READ_ONLY         = 1 << 0,
  /* Open even though unsaved changes of an earlier session were found for
   * the file, and throw those changes away. */
  GW_AUDIT_OPEN_DISCARD_RECOVERY  = 1 << 1,
} GwAuditOpenFlags;

typedef enum
{
  GW_SAVE_STATE_SAVED,
  GW_SAVE_STATE_PENDING,
  GW_SAVE_STATE_SAVING,
  GW_SAVE_STATE_FAILED,
} GwSaveState;

/* Limits that keep absurd input out of an audit. */
#define GW_AUDIT_MAX_TEXT_LENGTH      100000            /* characters per text field */
#define GW_AUDIT_MAX_ATTACHMENT_SIZE  (64 * 1024 * 1024)

typedef struct
{
  char      *original_path;
  char      *working_path;
  char      *organisation;
  GDateTime *modified;
} GwRecoverable;

void           gw_recoverable_free              (GwRecoverable *recoverable);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwRecoverable, gw_recoverable_free)

#define GW_TYPE_AUDIT (gw_audit_get_type ())

G_DECLARE_FINAL_TYPE (GwAudit, gw_audit, GW, AUDIT, GObject)

GwAudit       *gw_audit_create                  (GFile                *file,
                                                 GwCatalogue          *catalogue,
                                                 const GwAuditDetails *details,
                                                 GError              **error);
GwAudit       *gw_audit_open                    (GFile                *file,
                                                 GwAuditOpenFlags      flags,
                                                 GError              **error);
void           gw_audit_open_async              (GFile                *file,
                                                 GwAuditOpenFlags      flags,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
GwAudit       *gw_audit_open_finish             (GAsyncResult         *result,
                                                 GError              **error);
gboolean       gw_audit_check_file              (GFile                *file,
                                                 int                  *out_version,
                                                 GError              **error);
GwAudit       *gw_audit_find_open               (GFile                *file);

gboolean       gw_audit_save                    (GwAudit              *self,
                                                 GError              **error);
void           gw_audit_save_async              (GwAudit              *self,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean       gw_audit_save_finish             (GwAudit              *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
gboolean       gw_audit_save_as                 (GwAudit              *self,
                                                 GFile                *file,
                                                 GError              **error);
gboolean       gw_audit_save_copy               (GwAudit              *self,
                                                 GFile                *file,
                                                 GError              **error);
gboolean       gw_audit_close                   (GwAudit              *self,
                                                 GError              **error);

GPtrArray     *gw_audit_list_recoverable        (GError              **error);
GwAudit       *gw_audit_recover                 (const GwRecoverable  *recoverable,
                                                 GError              **error);
gboolean       gw_audit_discard_recoverable     (const GwRecoverable  *recoverable,
                                                 GError              **error);

GFile         *gw_audit_get_file                (GwAudit              *self);
const char    *gw_audit_get_working_path        (GwAudit              *self);
gboolean       gw_audit_get_read_only           (GwAudit              *self);
gboolean       gw_audit_get_closed              (GwAudit              *self);
GwSaveState    gw_audit_get_save_state          (GwAudit              *self);
const GError  *gw_audit_get_save_error          (GwAudit              *self);
const char    *gw_audit_get_author              (GwAudit              *self);
void           gw_audit_set_author              (GwAudit              *self,
                                                 const char           *author);
guint          gw_audit_get_write_back_delay    (GwAudit              *self);
void           gw_audit_set_write_back_delay    (GwAudit              *self,
                                                 guint                 milliseconds);

gboolean       gw_audit_begin_batch             (GwAudit              *self,
                                                 GError              **error);
gboolean       gw_audit_end_batch               (GwAudit              *self,
                                                 GError              **error);
void           gw_audit_cancel_batch            (GwAudit              *self);

GwAuditDetails *gw_audit_get_details            (GwAudit              *self,
                                                 GError              **error);
gboolean       gw_audit_set_details             (GwAudit              *self,
                                                 const GwAuditDetails *details,
                                                 GError              **error);

GPtrArray     *gw_audit_list_clauses            (GwAudit              *self,
                                                 GError              **error);
GPtrArray     *gw_audit_list_requirements       (GwAudit              *self,
                                                 GError              **error);
GwRequirement *gw_audit_get_requirement         (GwAudit              *self,
                                                 gint64                requirement_id,
                                                 GError              **error);
gint64         gw_audit_find_requirement        (GwAudit              *self,
                                                 const char           *ref,
                                                 GError              **error);

GPtrArray     *gw_audit_list_assessments        (GwAudit              *self,
                                                 GError              **error);
GwAssessment  *gw_audit_get_assessment          (GwAudit              *self,
                                                 gint64                requirement_id,
                                                 GError              **error);
gboolean       gw_audit_set_assessment          (GwAudit              *self,
                                                 const GwAssessment   *assessment,
                                                 GError              **error);
gboolean       gw_audit_set_result              (GwAudit              *self,
                                                 gint64                requirement_id,
                                                 GwResult              result,
                                                 GError              **error);

gint64         gw_audit_add_evidence            (GwAudit              *self,
                                                 const GwEvidence     *evidence,
                                                 GError              **error);
gboolean       gw_audit_update_evidence         (GwAudit              *self,
                                                 const GwEvidence     *evidence,
                                                 GError              **error);
gboolean       gw_audit_delete_evidence         (GwAudit              *self,
                                                 gint64                evidence_id,
                                                 GError              **error);
GwEvidence    *gw_audit_get_evidence            (GwAudit              *self,
                                                 gint64                evidence_id,
                                                 GError              **error);
GPtrArray     *gw_audit_list_evidence           (GwAudit              *self,
                                                 gint64                requirement_id,
                                                 GError              **error);
gboolean       gw_audit_link_evidence           (GwAudit              *self,
                                                 gint64                evidence_id,
                                                 gint64                requirement_id,
                                                 gboolean              linked,
                                                 GError              **error);
GArray        *gw_audit_list_evidence_requirements (GwAudit           *self,
                                                 gint64                evidence_id,
                                                 GError              **error);
gboolean       gw_audit_attach_bytes            (GwAudit              *self,
                                                 gint64                evidence_id,
                                                 const char           *file_name,
                                                 const char           *mime_type,
                                                 GBytes               *data,
                                                 GError              **error);
gboolean       gw_audit_attach_file             (GwAudit              *self,
                                                 gint64                evidence_id,
                                                 GFile                *file,
                                                 GError              **error);
gboolean       gw_audit_remove_attachment       (GwAudit              *self,
                                                 gint64                evidence_id,
                                                 GError              **error);
GBytes        *gw_audit_read_attachment         (GwAudit              *self,
                                                 gint64                evidence_id,
                                                 GError              **error);

gint64         gw_audit_add_action              (GwAudit              *self,
                                                 const GwAction       *action,
                                                 GError              **error);
gboolean       gw_audit_update_action           (GwAudit              *self,
                                                 const GwAction       *action,
                                                 GError              **error);
gboolean       gw_audit_delete_action           (GwAudit              *self,
                                                 gint64                action_id,
                                                 GError              **error);
GwAction      *gw_audit_get_action              (GwAudit              *self,
                                                 gint64                action_id,
                                                 GError              **error);
GPtrArray     *gw_audit_list_actions            (GwAudit              *self,
                                                 gint64                requirement_id,
                                                 GError              **error);
gboolean       gw_audit_link_action             (GwAudit              *self,
                                                 gint64                action_id,
                                                 gint64                requirement_id,
                                                 gboolean              linked,
                                                 GError              **error);
GArray        *gw_audit_list_action_requirements (GwAudit             *self,
                                                 gint64                action_id,
                                                 GError              **error);

GArray        *gw_audit_list_links              (GwAudit              *self,
                                                 const char           *entity,
                                                 GError              **error);
GPtrArray     *gw_audit_list_changes            (GwAudit              *self,
                                                 const char           *entity,
                                                 gint64                entity_id,
                                                 GError              **error);

GwRiskMatrix  *gw_audit_get_risk_matrix         (GwAudit              *self);
gboolean       gw_audit_set_risk_matrix         (GwAudit              *self,
                                                 GwRiskMatrix         *matrix,
                                                 GError              **error);

gint64         gw_audit_add_risk                (GwAudit              *self,
                                                 const GwRisk         *risk,
                                                 GError              **error);
gboolean       gw_audit_update_risk             (GwAudit              *self,
                                                 const GwRisk         *risk,
                                                 GError              **error);
gboolean       gw_audit_delete_risk             (GwAudit              *self,
                                                 gint64                risk_id,
                                                 GError              **error);
GwRisk        *gw_audit_get_risk                (GwAudit              *self,
                                                 gint64                risk_id,
                                                 GError              **error);
GPtrArray     *gw_audit_list_risks              (GwAudit              *self,
                                                 GError              **error);
gboolean       gw_audit_link_risk               (GwAudit              *self,
                                                 gint64                risk_id,
                                                 GwRiskLinkKind        kind,
                                                 gint64                target_id,
                                                 gboolean              linked,
                                                 GError              **error);
GArray        *gw_audit_list_risk_targets       (GwAudit              *self,
                                                 gint64                risk_id,
                                                 GwRiskLinkKind        kind,
                                                 GError              **error);
GPtrArray     *gw_audit_list_linked_risks       (GwAudit              *self,
                                                 GwRiskLinkKind        kind,
                                                 gint64                target_id,
                                                 GError              **error);
GArray        *gw_audit_list_risk_links         (GwAudit              *self,
                                                 GwRiskLinkKind        kind,
                                                 GError              **error);

GPtrArray     *gw_audit_list_measures           (GwAudit              *self,
                                                 GError              **error);
GwMeasure     *gw_audit_get_measure             (GwAudit              *self,
                                                 gint64                measure_id,
                                                 GError              **error);
gboolean       gw_audit_update_measure          (GwAudit              *self,
                                                 const GwMeasure      *measure,
                                                 GError              **error);

GwScoreSheet  *gw_audit_compute_scores          (GwAudit              *self,
                                                 GError              **error);

G_END_DECLS
