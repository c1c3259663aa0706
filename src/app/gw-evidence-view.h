/* gw-evidence-view.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

typedef enum
{
  GW_EVIDENCE_COLUMN_TITLE,
  GW_EVIDENCE_COLUMN_KIND,
  GW_EVIDENCE_COLUMN_REFERENCE,
  GW_EVIDENCE_COLUMN_DATE,
  GW_EVIDENCE_COLUMN_FILE,
  GW_EVIDENCE_COLUMN_LINKS,
} GwEvidenceColumn;

#define GW_TYPE_EVIDENCE_VIEW (gw_evidence_view_get_type ())

G_DECLARE_FINAL_TYPE (GwEvidenceView, gw_evidence_view, GW, EVIDENCE_VIEW, GtkWidget)

void        gw_evidence_view_set_audit       (GwEvidenceView   *self,
                                              GwAudit          *audit);

/* For tests and benchmarks, and for other views that point at an item. */
gboolean    gw_evidence_view_is_loaded       (GwEvidenceView   *self);
gboolean    gw_evidence_view_is_settled      (GwEvidenceView   *self);
GListModel *gw_evidence_view_get_rows        (GwEvidenceView   *self);
guint       gw_evidence_view_get_n_total     (GwEvidenceView   *self);
const char *gw_evidence_view_get_count_text  (GwEvidenceView   *self);
const char *gw_evidence_view_get_visible_state (GwEvidenceView *self);
void        gw_evidence_view_set_search_text (GwEvidenceView   *self,
                                              const char       *text);
void        gw_evidence_view_set_kind_filter (GwEvidenceView   *self,
                                              int               kind);
void        gw_evidence_view_set_unused_only (GwEvidenceView   *self,
                                              gboolean          unused_only);
void        gw_evidence_view_sort_by         (GwEvidenceView   *self,
                                              GwEvidenceColumn  column,
                                              GtkSortType       order);
gboolean    gw_evidence_view_select_evidence (GwEvidenceView   *self,
                                              gint64            evidence_id);
GtkWidget  *gw_evidence_view_get_details     (GwEvidenceView   *self);

G_END_DECLS
