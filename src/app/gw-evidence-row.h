/* gw-evidence-row.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-records.h"

G_BEGIN_DECLS

#define GW_TYPE_EVIDENCE_ROW (gw_evidence_row_get_type ())

G_DECLARE_FINAL_TYPE (GwEvidenceRow, gw_evidence_row, GW, EVIDENCE_ROW, AdwActionRow)

GtkWidget        *gw_evidence_row_new               (const GwEvidence *evidence);
const GwEvidence *gw_evidence_row_get_evidence      (GwEvidenceRow    *self);
void              gw_evidence_row_set_evidence      (GwEvidenceRow    *self,
                                                     const GwEvidence *evidence);

const char       *gw_evidence_kind_icon_name        (GwEvidenceKind    kind);
char             *gw_evidence_describe              (const GwEvidence *evidence);

G_END_DECLS
