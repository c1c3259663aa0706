/* gw-evidence-chooser.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_EVIDENCE_CHOOSER (gw_evidence_chooser_get_type ())

G_DECLARE_FINAL_TYPE (GwEvidenceChooser, gw_evidence_chooser, GW, EVIDENCE_CHOOSER, AdwWindow)

GwEvidenceChooser *gw_evidence_chooser_new             (GtkWindow         *parent,
                                                        GwAudit           *audit,
                                                        gint64             requirement_id);

void               gw_evidence_chooser_set_search_text (GwEvidenceChooser *self,
                                                        const char        *text);
guint              gw_evidence_chooser_get_n_visible   (GwEvidenceChooser *self);
gboolean           gw_evidence_chooser_set_selected    (GwEvidenceChooser *self,
                                                        gint64             evidence_id,
                                                        gboolean           selected);
guint              gw_evidence_chooser_get_n_selected  (GwEvidenceChooser *self);
gboolean           gw_evidence_chooser_link            (GwEvidenceChooser *self,
                                                        GError           **error);

G_END_DECLS
