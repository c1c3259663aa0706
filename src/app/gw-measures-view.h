/* gw-measures-view.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_MEASURES_VIEW (gw_measures_view_get_type ())

G_DECLARE_FINAL_TYPE (GwMeasuresView, gw_measures_view, GW, MEASURES_VIEW, GtkWidget)

void        gw_measures_view_set_audit          (GwMeasuresView  *self,
                                                 GwAudit         *audit);

/* For tests: what the view shows, and driving it as a user would. */
gboolean    gw_measures_view_is_loaded          (GwMeasuresView  *self);
gboolean    gw_measures_view_choose_status      (GwMeasuresView  *self,
                                                 gint64           measure_id,
                                                 GwMeasureStatus  status);
int         gw_measures_view_get_status_shown   (GwMeasuresView  *self,
                                                 gint64           measure_id);
gboolean    gw_measures_view_apply_notes        (GwMeasuresView  *self,
                                                 gint64           measure_id,
                                                 const char      *notes);
const char *gw_measures_view_get_domain_summary (GwMeasuresView  *self,
                                                 GwMeasureDomain  domain);
const char *gw_measures_view_get_risks_text     (GwMeasuresView  *self,
                                                 gint64           measure_id);
void        gw_measures_view_set_status_filter  (GwMeasuresView  *self,
                                                 int              status);
guint       gw_measures_view_get_n_visible      (GwMeasuresView  *self);
void        gw_measures_view_expand             (GwMeasuresView  *self,
                                                 gint64           measure_id);

G_END_DECLS
