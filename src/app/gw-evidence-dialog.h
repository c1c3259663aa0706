/* gw-evidence-dialog.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_EVIDENCE_DIALOG (gw_evidence_dialog_get_type ())

G_DECLARE_FINAL_TYPE (GwEvidenceDialog, gw_evidence_dialog, GW, EVIDENCE_DIALOG, AdwWindow)

GwEvidenceDialog *gw_evidence_dialog_new                 (GtkWindow        *parent,
                                                          GwAudit          *audit,
                                                          gint64            requirement_id,
                                                          gint64            evidence_id);

gint64            gw_evidence_dialog_get_evidence_id     (GwEvidenceDialog *self);

void              gw_evidence_dialog_set_evidence_title  (GwEvidenceDialog *self,
                                                          const char       *title);
void              gw_evidence_dialog_set_kind            (GwEvidenceDialog *self,
                                                          GwEvidenceKind    kind);
void              gw_evidence_dialog_set_reference       (GwEvidenceDialog *self,
                                                          const char       *reference);
void              gw_evidence_dialog_set_date            (GwEvidenceDialog *self,
                                                          const char       *date);
void              gw_evidence_dialog_set_notes           (GwEvidenceDialog *self,
                                                          const char       *notes);
void              gw_evidence_dialog_set_attachment_file (GwEvidenceDialog *self,
                                                          GFile            *file);
void              gw_evidence_dialog_remove_attachment   (GwEvidenceDialog *self);

gboolean          gw_evidence_dialog_save                (GwEvidenceDialog *self,
                                                          GError          **error);
gboolean          gw_evidence_dialog_delete              (GwEvidenceDialog *self,
                                                          GError          **error);

G_END_DECLS
