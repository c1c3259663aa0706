/* gw-start-page.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GW_TYPE_START_PAGE (gw_start_page_get_type ())

G_DECLARE_FINAL_TYPE (GwStartPage, gw_start_page, GW, START_PAGE, GtkWidget)

void   gw_start_page_reload        (GwStartPage *self);
guint  gw_start_page_get_n_recent  (GwStartPage *self);

G_END_DECLS
