/* gw-action-details.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"
#include "gw-requirement-links.h"

G_BEGIN_DECLS

#define GW_TYPE_ACTION_DETAILS (gw_action_details_get_type ())

G_DECLARE_FINAL_TYPE (GwActionDetails, gw_action_details, GW, ACTION_DETAILS, GtkWidget)

void                gw_action_details_set_audit     (GwActionDetails *self,
                                                     GwAudit         *audit,
                                                     GPtrArray       *requirements);
void                gw_action_details_set_action_id (GwActionDetails *self,
                                                     gint64           action_id);
gint64              gw_action_details_get_action_id (GwActionDetails *self);
GwRequirementLinks *gw_action_details_get_links     (GwActionDetails *self);

G_END_DECLS
