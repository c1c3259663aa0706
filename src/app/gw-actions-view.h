/* gw-actions-view.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_ACTIONS_VIEW (gw_actions_view_get_type ())

G_DECLARE_FINAL_TYPE (GwActionsView, gw_actions_view, GW, ACTIONS_VIEW, GtkWidget)

void gw_actions_view_set_audit (GwActionsView *self,
                       GwAudit *audit);

void gw_actions_view_select_action (GwActionsView *self,
                                    gint64         action_id);

G_END_DECLS
