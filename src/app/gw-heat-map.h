/* gw-heat-map.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-risk.h"

G_BEGIN_DECLS

#define GW_TYPE_HEAT_MAP (gw_heat_map_get_type ())

G_DECLARE_FINAL_TYPE (GwHeatMap, gw_heat_map, GW, HEAT_MAP, GtkWidget)

void          gw_heat_map_set_matrix     (GwHeatMap     *self,
                                          GwRiskMatrix  *matrix);
GwRiskMatrix *gw_heat_map_get_matrix     (GwHeatMap     *self);
void          gw_heat_map_set_counts     (GwHeatMap     *self,
                                          const guint   *counts,
                                          guint          n_unrated);
gboolean      gw_heat_map_get_residual   (GwHeatMap     *self);
void          gw_heat_map_set_residual   (GwHeatMap     *self,
                                          gboolean       residual);
gboolean      gw_heat_map_get_selection  (GwHeatMap     *self,
                                          int           *likelihood,
                                          int           *impact);
void          gw_heat_map_select         (GwHeatMap     *self,
                                          int            likelihood,
                                          int            impact);
const char   *gw_heat_map_get_selection_text (GwHeatMap *self);

/* For tests: the button of a cell, and what it shows. */
GtkWidget    *gw_heat_map_get_cell       (GwHeatMap     *self,
                                          int            likelihood,
                                          int            impact);
guint         gw_heat_map_get_cell_count (GwHeatMap     *self,
                                          int            likelihood,
                                          int            impact);
const char   *gw_heat_map_get_cell_text  (GwHeatMap     *self,
                                          int            likelihood,
                                          int            impact);

G_END_DECLS
