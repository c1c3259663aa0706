/* gw-requirement-editor.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_REQUIREMENT_EDITOR (gw_requirement_editor_get_type ())

G_DECLARE_FINAL_TYPE (GwRequirementEditor, gw_requirement_editor, GW, REQUIREMENT_EDITOR, GtkWidget)

void      gw_requirement_editor_set_audit       (GwRequirementEditor *self,
                                                 GwAudit             *audit);
void      gw_requirement_editor_set_requirement (GwRequirementEditor *self,
                                                 gint64               requirement_id);
gint64    gw_requirement_editor_get_requirement (GwRequirementEditor *self);
gboolean  gw_requirement_editor_commit          (GwRequirementEditor *self,
                                                 GError             **error);
void      gw_requirement_editor_set_result      (GwRequirementEditor *self,
                                                 GwResult             result);

G_END_DECLS
