/* gw-history-row.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-records.h"

G_BEGIN_DECLS

#define GW_TYPE_HISTORY_ROW (gw_history_row_get_type ())

G_DECLARE_FINAL_TYPE (GwHistoryRow, gw_history_row, GW, HISTORY_ROW, AdwActionRow)

GtkWidget      *gw_history_row_new        (const GwChange *change);
const GwChange *gw_history_row_get_change (GwHistoryRow   *self);
void            gw_history_row_set_change (GwHistoryRow   *self,
                                           const GwChange *change);

char           *gw_change_describe        (const GwChange *change);
char           *gw_change_format_time     (const char     *changed_at);
char           *gw_change_format_meta     (const GwChange *change);

G_END_DECLS
