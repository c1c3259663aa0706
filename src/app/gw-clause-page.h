/* gw-clause-page.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_CLAUSE_PAGE (gw_clause_page_get_type ())

G_DECLARE_FINAL_TYPE (GwClausePage, gw_clause_page, GW, CLAUSE_PAGE, GtkWidget)

void     gw_clause_page_set_audit  (GwClausePage *self,
                                    GwAudit      *audit);
void     gw_clause_page_set_clause (GwClausePage *self,
                                    gint64        clause_id);
gint64   gw_clause_page_get_clause (GwClausePage *self);

G_END_DECLS
