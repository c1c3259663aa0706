/* gw-action-row.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-records.h"

G_BEGIN_DECLS

#define GW_TYPE_ACTION_ROW (gw_action_row_get_type ())

G_DECLARE_FINAL_TYPE (GwActionRow, gw_action_row, GW, ACTION_ROW, AdwActionRow)

GtkWidget      *gw_action_row_new        (const GwAction *action);
const GwAction *gw_action_row_get_action (GwActionRow    *self);
void            gw_action_row_set_action (GwActionRow    *self,
                                          const GwAction *action);

gboolean        gw_action_is_overdue     (const GwAction *action,
                                          const char     *today);

G_END_DECLS
