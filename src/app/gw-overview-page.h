/* gw-overview-page.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_OVERVIEW_PAGE (gw_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (GwOverviewPage, gw_overview_page, GW, OVERVIEW_PAGE, GtkWidget)

void gw_overview_page_set_audit (GwOverviewPage *self,
                       GwAudit *audit);

G_END_DECLS
