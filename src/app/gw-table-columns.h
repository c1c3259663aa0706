/* gw-table-columns.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-actions-view.h"
#include "gw-evidence-view.h"

G_BEGIN_DECLS

void gw_evidence_columns_add (GtkColumnView        *view,
                              GtkColumnViewColumn **columns);
void gw_actions_columns_add  (GtkColumnView        *view,
                              GtkColumnViewColumn **columns);

G_END_DECLS
