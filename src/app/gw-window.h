/* gw-window.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_WINDOW (gw_window_get_type ())

G_DECLARE_FINAL_TYPE (GwWindow, gw_window, GW, WINDOW, AdwApplicationWindow)

GwWindow  *gw_window_new           (GtkApplication        *application);
GwAudit   *gw_window_get_audit     (GwWindow              *self);
void       gw_window_set_audit     (GwWindow              *self,
                                    GwAudit               *audit);
void       gw_window_open_file     (GwWindow              *self,
                                    GFile                 *file);
gboolean   gw_window_create_audit  (GwWindow              *self,
                                    GFile                 *file,
                                    GwCatalogue           *catalogue,
                                    const GwAuditDetails  *details,
                                    GError               **error);
gboolean   gw_window_close_audit   (GwWindow              *self,
                                    GError               **error);
void       gw_window_export_to     (GwWindow              *self,
                                    GFile                 *file);
void       gw_window_show_toast    (GwWindow              *self,
                                    const char            *message);
void       gw_window_select_requirement (GwWindow         *self,
                                    gint64                 requirement_id);

/* The panes, for tests and benchmarks that drive the window. */
GtkWidget *gw_window_get_sidebar   (GwWindow              *self);
GtkWidget *gw_window_get_editor    (GwWindow              *self);
GtkWidget *gw_window_get_clause_page (GwWindow            *self);
const char *gw_window_get_visible_page (GwWindow          *self);

G_END_DECLS
