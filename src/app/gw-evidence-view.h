/* gw-evidence-view.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_EVIDENCE_VIEW (gw_evidence_view_get_type ())

G_DECLARE_FINAL_TYPE (GwEvidenceView, gw_evidence_view, GW, EVIDENCE_VIEW, GtkWidget)

void gw_evidence_view_set_audit (GwEvidenceView *self,
                       GwAudit *audit);

G_END_DECLS
