/* gw-details-window.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-audit.h"
#include "gw-window.h"

G_BEGIN_DECLS

#define GW_TYPE_DETAILS_WINDOW (gw_details_window_get_type ())

G_DECLARE_FINAL_TYPE (GwDetailsWindow, gw_details_window, GW, DETAILS_WINDOW, AdwWindow)

GwDetailsWindow *gw_details_window_new_for_create (GwWindow             *window);
GwDetailsWindow *gw_details_window_new_for_edit   (GwWindow             *window,
                                                   GwAudit              *audit);
void             gw_details_window_set_details    (GwDetailsWindow      *self,
                                                   const GwAuditDetails *details);
GwAuditDetails  *gw_details_window_get_details    (GwDetailsWindow      *self);
void             gw_details_window_set_catalogue  (GwDetailsWindow      *self,
                                                   GwCatalogue          *catalogue);
gboolean         gw_details_window_create_at      (GwDetailsWindow      *self,
                                                   GFile                *file,
                                                   GError              **error);
gboolean         gw_details_window_apply          (GwDetailsWindow      *self,
                                                   GError              **error);

G_END_DECLS
