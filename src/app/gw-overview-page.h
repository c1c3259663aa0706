/* gw-overview-page.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"
#include "gw-warnings.h"

G_BEGIN_DECLS

#define GW_TYPE_OVERVIEW_PAGE (gw_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (GwOverviewPage, gw_overview_page, GW, OVERVIEW_PAGE, GtkWidget)

void           gw_overview_page_set_audit          (GwOverviewPage *self,
                                                    GwAudit        *audit);

/* For tests: what the page shows. */
gboolean       gw_overview_page_is_loaded          (GwOverviewPage *self);
const char    *gw_overview_page_get_visible_state  (GwOverviewPage *self);
const GwScore *gw_overview_page_get_total          (GwOverviewPage *self);
const char    *gw_overview_page_get_readiness_text (GwOverviewPage *self);
GPtrArray     *gw_overview_page_get_warnings       (GwOverviewPage *self);
gboolean       gw_overview_page_activate_warning   (GwOverviewPage *self,
                                                    GwWarningKind   kind,
                                                    guint           index);
GtkWidget     *gw_overview_page_get_chart          (GwOverviewPage *self);
void           gw_overview_page_expand_warnings    (GwOverviewPage *self,
                                                    gboolean        expanded);

G_END_DECLS
