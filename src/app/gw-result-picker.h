/* gw-result-picker.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-enums.h"

G_BEGIN_DECLS

#define GW_TYPE_RESULT_PICKER (gw_result_picker_get_type ())

G_DECLARE_FINAL_TYPE (GwResultPicker, gw_result_picker, GW, RESULT_PICKER, GtkWidget)

GwResult  gw_result_picker_get_result (GwResultPicker *self);
void      gw_result_picker_set_result (GwResultPicker *self,
                                       GwResult        result);

G_END_DECLS
