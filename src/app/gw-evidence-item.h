/* gw-evidence-item.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "gw-records.h"

G_BEGIN_DECLS

#define GW_TYPE_EVIDENCE_ITEM (gw_evidence_item_get_type ())

G_DECLARE_FINAL_TYPE (GwEvidenceItem, gw_evidence_item, GW, EVIDENCE_ITEM, GObject)

GwEvidenceItem   *gw_evidence_item_new               (GwEvidence     *evidence);
gint64            gw_evidence_item_get_id            (GwEvidenceItem *self);
const GwEvidence *gw_evidence_item_get_evidence      (GwEvidenceItem *self);
void              gw_evidence_item_set_evidence      (GwEvidenceItem *self,
                                                      GwEvidence     *evidence);
const char       *gw_evidence_item_get_title_key     (GwEvidenceItem *self);
const char       *gw_evidence_item_get_reference_key (GwEvidenceItem *self);
const char       *gw_evidence_item_get_file_key      (GwEvidenceItem *self);
const char       *gw_evidence_item_get_search_text   (GwEvidenceItem *self);
void              gw_evidence_item_prepare_keys      (GwEvidenceItem *self);

G_END_DECLS
