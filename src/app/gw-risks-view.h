/* gw-risks-view.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"
#include "gw-heat-map.h"
#include "gw-risk-columns.h"
#include "gw-risk-dialog.h"

G_BEGIN_DECLS

#define GW_TYPE_RISKS_VIEW (gw_risks_view_get_type ())

G_DECLARE_FINAL_TYPE (GwRisksView, gw_risks_view, GW, RISKS_VIEW, GtkWidget)

void          gw_risks_view_set_audit         (GwRisksView   *self,
                                               GwAudit       *audit);
void          gw_risks_view_select_risk       (GwRisksView   *self,
                                               gint64         risk_id);
gint64        gw_risks_view_get_selected_risk (GwRisksView   *self);
GwRiskDialog *gw_risks_view_open_risk         (GwRisksView   *self,
                                               gint64         risk_id);

/* For tests: what the view shows, and driving it. */
gboolean      gw_risks_view_is_loaded         (GwRisksView   *self);
GListModel   *gw_risks_view_get_rows          (GwRisksView   *self);
guint         gw_risks_view_get_n_total       (GwRisksView   *self);
const char   *gw_risks_view_get_count_text    (GwRisksView   *self);
const char   *gw_risks_view_get_visible_state (GwRisksView   *self);
void          gw_risks_view_set_search_text   (GwRisksView   *self,
                                               const char    *text);
void          gw_risks_view_sort_by           (GwRisksView   *self,
                                               GwRisksColumn  column,
                                               GtkSortType    sort_order);
GwHeatMap    *gw_risks_view_get_heat_map      (GwRisksView   *self);

G_END_DECLS
