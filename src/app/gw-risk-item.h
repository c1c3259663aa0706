/* gw-risk-item.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "gw-risk.h"

G_BEGIN_DECLS

#define GW_TYPE_RISK_ITEM (gw_risk_item_get_type ())

G_DECLARE_FINAL_TYPE (GwRiskItem, gw_risk_item, GW, RISK_ITEM, GObject)

GwRiskItem    *gw_risk_item_new              (GwRisk        *risk,
                                              GwRiskMatrix  *matrix,
                                              guint          n_in_place);
gboolean       gw_risk_item_set_risk         (GwRiskItem    *self,
                                              GwRisk        *risk,
                                              GwRiskMatrix  *matrix,
                                              guint          n_in_place);
gint64         gw_risk_item_get_id           (GwRiskItem    *self);
const GwRisk  *gw_risk_item_get_risk         (GwRiskItem    *self);
GwRiskMatrix  *gw_risk_item_get_matrix       (GwRiskItem    *self);
const char    *gw_risk_item_get_ref          (GwRiskItem    *self);
int            gw_risk_item_get_level        (GwRiskItem    *self,
                                              gboolean       residual);
int            gw_risk_item_get_score        (GwRiskItem    *self,
                                              gboolean       residual);
gboolean       gw_risk_item_get_high         (GwRiskItem    *self);
guint          gw_risk_item_get_n_in_place   (GwRiskItem    *self);
const char    *gw_risk_item_get_title_key    (GwRiskItem    *self);
const char    *gw_risk_item_get_owner_key    (GwRiskItem    *self);
const char    *gw_risk_item_get_search_text  (GwRiskItem    *self);


G_END_DECLS
