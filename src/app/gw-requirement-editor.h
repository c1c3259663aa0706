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

/*
 * Widget actions, for buttons, shortcuts and tests
 * (gtk_widget_activate_action (editor, "editor.add-evidence", NULL)):
 *
 *   editor.add-evidence           opens a GwEvidenceDialog adding an item linked
 *                                 to the requirement shown
 *   editor.link-evidence          opens a GwEvidenceChooser over the audit's register
 *   editor.add-action             opens a GwActionDialog adding a linked action
 *   editor.edit-evidence    (x)   opens a GwEvidenceDialog on evidence id x
 *   editor.unlink-evidence  (x)   unlinks evidence x from the requirement
 *   editor.open-attachment  (x)   opens the file attached to evidence x
 *   editor.save-attachment  (x)   saves that file where the user chooses
 *   editor.edit-action      (x)   opens a GwActionDialog on action id x
 *   editor.unlink-action    (x)   unlinks action x from the requirement
 *
 * The dialogs are modal and transient for the editor's window;
 * gw_requirement_editor_get_open_dialog() returns the one just opened, and
 * each has setters and a _save() (GwEvidenceChooser: _link()) that work
 * without a file chooser: see gw-evidence-dialog.h, gw-evidence-chooser.h
 * and gw-action-dialog.h. They are disabled while no requirement is shown
 * or the audit is read-only.
 *
 * The form saves itself (see gw-requirement-editor.c); tests can drive it
 * like a user with gw_requirement_editor_set_result(), _set_grade(),
 * _set_maturity(), and text inserted into
 * gw_requirement_editor_get_field_buffer(), which is saved 600 ms later or
 * on gw_requirement_editor_commit().
 */

/**
 * GwEditorField:
 *
 * The multi-line text fields of the editor, for
 * gw_requirement_editor_get_field_buffer().
 */
typedef enum
{
  GW_EDITOR_FIELD_FINDING,
  GW_EDITOR_FIELD_OBJECTIVE,
  GW_EDITOR_FIELD_AUDIT_METHOD,
  GW_EDITOR_FIELD_JUSTIFICATION,
} GwEditorField;

void           gw_requirement_editor_set_audit        (GwRequirementEditor *self,
                                                       GwAudit             *audit);
void           gw_requirement_editor_set_requirement  (GwRequirementEditor *self,
                                                       gint64               requirement_id);
gint64         gw_requirement_editor_get_requirement  (GwRequirementEditor *self);
gboolean       gw_requirement_editor_commit           (GwRequirementEditor *self,
                                                       GError             **error);
void           gw_requirement_editor_set_result       (GwRequirementEditor *self,
                                                       GwResult             result);

/* What the user sees and can set, for keyboard handling and tests. */
GwResult       gw_requirement_editor_get_shown_result (GwRequirementEditor *self);
void           gw_requirement_editor_set_grade        (GwRequirementEditor *self,
                                                       GwFindingGrade       grade);
void           gw_requirement_editor_set_maturity     (GwRequirementEditor *self,
                                                       int                  current,
                                                       int                  target);
GtkTextBuffer *gw_requirement_editor_get_field_buffer (GwRequirementEditor *self,
                                                       GwEditorField        field);
gboolean       gw_requirement_editor_focus_default    (GwRequirementEditor *self);
GtkWindow     *gw_requirement_editor_get_open_dialog  (GwRequirementEditor *self);

void      gw_requirement_editor_keep_focus_away (GwRequirementEditor *self);

G_END_DECLS
