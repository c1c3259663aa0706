/* gw-risk-dialog.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-audit.h"
#include "gw-risk-links.h"

G_BEGIN_DECLS

#define GW_TYPE_RISK_DIALOG (gw_risk_dialog_get_type ())

G_DECLARE_FINAL_TYPE (GwRiskDialog, gw_risk_dialog, GW, RISK_DIALOG, AdwWindow)

GwRiskDialog *gw_risk_dialog_new               (GtkWindow        *parent,
                                                GwAudit          *audit,
                                                gint64            risk_id);
gint64        gw_risk_dialog_get_risk_id       (GwRiskDialog     *self);

/* The fields, for tests that fill the dialog as a user would. */
void          gw_risk_dialog_set_risk_title    (GwRiskDialog     *self,
                                                const char       *title);
void          gw_risk_dialog_set_threat        (GwRiskDialog     *self,
                                                const char       *threat);
void          gw_risk_dialog_set_category      (GwRiskDialog     *self,
                                                GwThreatCategory  category);
void          gw_risk_dialog_set_asset         (GwRiskDialog     *self,
                                                GwRiskAsset       asset);
void          gw_risk_dialog_set_owner         (GwRiskDialog     *self,
                                                const char       *owner);
void          gw_risk_dialog_set_treatment     (GwRiskDialog     *self,
                                                GwRiskTreatment   treatment);
void          gw_risk_dialog_set_rating        (GwRiskDialog     *self,
                                                gboolean          residual,
                                                int               likelihood,
                                                int               impact);
const char   *gw_risk_dialog_get_level_text    (GwRiskDialog     *self,
                                                gboolean          residual);
GwRiskLinks  *gw_risk_dialog_get_links         (GwRiskDialog     *self,
                                                GwRiskLinkKind    kind);
const char   *gw_risk_dialog_get_error_text    (GwRiskDialog     *self);

gboolean      gw_risk_dialog_save              (GwRiskDialog     *self,
                                                GError          **error);
gboolean      gw_risk_dialog_delete            (GwRiskDialog     *self,
                                                GError          **error);

G_END_DECLS
