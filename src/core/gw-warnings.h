/* gw-warnings.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gw-audit.h"

G_BEGIN_DECLS

/* What a lead auditor would raise on reading the checklist. */
typedef enum
{
  GW_WARNING_CONFORMING_WITHOUT_EVIDENCE,
  GW_WARNING_NONCONFORMING_WITHOUT_ACTION,
  GW_WARNING_NOT_APPLICABLE_WITHOUT_JUSTIFICATION,
  GW_WARNING_ACTION_OVERDUE,
  GW_WARNING_DOCUMENT_MISSING,
  GW_WARNING_HIGH_RISK_UNTREATED,
} GwWarningKind;

#define GW_N_WARNING_KINDS (GW_WARNING_HIGH_RISK_UNTREATED + 1)

typedef struct
{
  GwWarningKind  kind;
  gint64         requirement_id;  /* the requirement concerned; for an action its first linked one, or 0 */
  gint64         action_id;       /* the overdue action, or 0 */
  gint64         risk_id;         /* the high risk without its measures in place, or 0 */
  char          *ref;             /* the requirement's ref, or NULL */
  char          *text;            /* the requirement's question, or the action's title */
  char          *owner;           /* the action's owner, or NULL */
  char          *due_date;        /* the action's due date, or NULL */
} GwWarning;

void           gw_warning_free                    (GwWarning      *warning);
const char    *gw_warning_kind_to_label           (GwWarningKind   kind);
const char    *gw_warning_kind_to_description     (GwWarningKind   kind);

char          *gw_date_today                      (void);
gboolean       gw_action_is_open                  (const GwAction *action);
gboolean       gw_action_is_past_due              (const GwAction *action,
                                                   const char     *today);
gboolean       gw_evidence_kind_is_documented     (GwEvidenceKind  kind);

typedef struct _GwWarningIndex GwWarningIndex;

GwWarningIndex *gw_warning_index_new              (void);
void           gw_warning_index_free              (GwWarningIndex *self);
gboolean       gw_warning_index_load              (GwWarningIndex *self,
                                                   GwAudit        *audit,
                                                   GError        **error);
gboolean       gw_warning_index_load_step         (GwWarningIndex *self,
                                                   GwAudit        *audit,
                                                   gint64          budget_us,
                                                   gboolean       *done,
                                                   GError        **error);
gboolean       gw_warning_index_is_loaded         (GwWarningIndex *self);
gboolean       gw_warning_index_update            (GwWarningIndex *self,
                                                   GwAudit        *audit,
                                                   const char     *entity,
                                                   gint64          id,
                                                   GError        **error);
GPtrArray     *gw_warning_index_compute           (GwWarningIndex *self,
                                                   const char     *today);
GwScoreSheet  *gw_warning_index_compute_scores    (GwWarningIndex *self);
GPtrArray     *gw_warning_index_get_clauses       (GwWarningIndex *self);
GPtrArray     *gw_warning_index_get_requirements  (GwWarningIndex *self);
GPtrArray     *gw_warning_index_get_actions       (GwWarningIndex *self);
void           gw_warning_index_count_actions     (GwWarningIndex *self,
                                                   const char     *today,
                                                   guint          *n_open,
                                                   guint          *n_overdue,
                                                   guint          *n_closed);

void           gw_warning_index_count_risks       (GwWarningIndex *self,
                                                   guint          *n_risks,
                                                   guint          *n_high,
                                                   guint          *n_high_residual,
                                                   guint          *n_untreated);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwWarning, gw_warning_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwWarningIndex, gw_warning_index_free)

G_END_DECLS
