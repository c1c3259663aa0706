/* gw-preferences-window.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GW_TYPE_PREFERENCES_WINDOW (gw_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (GwPreferencesWindow, gw_preferences_window, GW, PREFERENCES_WINDOW, AdwPreferencesWindow)

GwPreferencesWindow *gw_preferences_window_new (GtkWindow *parent);

G_END_DECLS
