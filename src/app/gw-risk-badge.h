/* gw-risk-badge.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-risk.h"

G_BEGIN_DECLS

#define GW_TYPE_RISK_BADGE (gw_risk_badge_get_type ())

G_DECLARE_FINAL_TYPE (GwRiskBadge, gw_risk_badge, GW, RISK_BADGE, GtkWidget)

GtkWidget  *gw_risk_badge_new          (gboolean           pill);
void        gw_risk_badge_set_colour   (GwRiskBadge       *self,
                                        const char        *colour);
void        gw_risk_badge_set_text     (GwRiskBadge       *self,
                                        const char        *text);
const char *gw_risk_badge_get_text     (GwRiskBadge       *self);
void        gw_risk_badge_set_selected (GwRiskBadge       *self,
                                        gboolean           selected);
void        gw_risk_badge_show_rating  (GwRiskBadge       *self,
                                        GwRiskMatrix      *matrix,
                                        int                likelihood,
                                        int                impact);

G_END_DECLS
