/* gw-evidence-details.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"
#include "gw-requirement-links.h"

G_BEGIN_DECLS

#define GW_TYPE_EVIDENCE_DETAILS (gw_evidence_details_get_type ())

G_DECLARE_FINAL_TYPE (GwEvidenceDetails, gw_evidence_details, GW, EVIDENCE_DETAILS, GtkWidget)

void                gw_evidence_details_set_audit        (GwEvidenceDetails *self,
                                                          GwAudit           *audit,
                                                          GPtrArray         *requirements);
void                gw_evidence_details_set_evidence_id  (GwEvidenceDetails *self,
                                                          gint64             evidence_id);
gint64              gw_evidence_details_get_evidence_id  (GwEvidenceDetails *self);
GwRequirementLinks *gw_evidence_details_get_links        (GwEvidenceDetails *self);
GFile              *gw_evidence_details_export_attachment (GwEvidenceDetails *self,
                                                          GError           **error);

G_END_DECLS
