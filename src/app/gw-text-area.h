/* gw-text-area.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GW_TYPE_TEXT_AREA (gw_text_area_get_type ())

G_DECLARE_FINAL_TYPE (GwTextArea, gw_text_area, GW, TEXT_AREA, GtkWidget)

char          *gw_text_area_dup_text        (GwTextArea *self);
gboolean       gw_text_area_is_blank        (GwTextArea *self);
void           gw_text_area_set_text        (GwTextArea *self,
                                             const char *text);
const char    *gw_text_area_get_placeholder (GwTextArea *self);
void           gw_text_area_set_placeholder (GwTextArea *self,
                                             const char *placeholder);
void           gw_text_area_set_editable    (GwTextArea *self,
                                             gboolean    editable);
GtkTextView   *gw_text_area_get_text_view   (GwTextArea *self);

G_END_DECLS
