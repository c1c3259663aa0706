/* gw-date-button.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GW_TYPE_DATE_BUTTON (gw_date_button_get_type ())

G_DECLARE_FINAL_TYPE (GwDateButton, gw_date_button, GW, DATE_BUTTON, GtkWidget)

GtkWidget  *gw_date_button_new      (void);
const char *gw_date_button_get_date (GwDateButton *self);
void        gw_date_button_set_date (GwDateButton *self,
                                     const char   *date);

G_END_DECLS
