/* gw-maturity-picker.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GW_TYPE_MATURITY_PICKER (gw_maturity_picker_get_type ())

G_DECLARE_FINAL_TYPE (GwMaturityPicker, gw_maturity_picker, GW, MATURITY_PICKER, GtkWidget)

int         gw_maturity_picker_get_level (GwMaturityPicker *self);
void        gw_maturity_picker_set_level (GwMaturityPicker *self,
                                          int               level);

const char *gw_maturity_level_to_label   (int               level);

G_END_DECLS
