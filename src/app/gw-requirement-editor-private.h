/* gw-requirement-editor-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor is split in two files: gw-requirement-editor.c holds the
 * assessment form (loading, saving as you go, the N/A rule) and
 * gw-requirement-editor-sections.c the parts around it that only show
 * records: the question, and the evidence, actions and history lists with
 * the dialogs they open. Both share this struct.
 */

#pragma once

#include <adwaita.h>

#include "gw-grade-row.h"
#include "gw-maturity-picker.h"
#include "gw-requirement-editor.h"
#include "gw-result-picker.h"
#include "gw-text-area.h"

G_BEGIN_DECLS

struct _GwRequirementEditor
{
  GtkWidget          parent_instance;

  GwAudit           *audit;
  gint64             requirement_id;
  GwRequirement     *requirement;
  GwAssessment      *assessment;        /* as stored: last loaded or committed */

  guint              commit_source;     /* debounce of the text fields */
  guint              focus_source;
  guint              reload_source;     /* coalesces evidence/action changes */
  guint              loading : 1;       /* widgets are being filled from the audit */
  guint              focus_pending : 1; /* focus the form once it is on screen */
  guint              committing : 1;    /* our own edit is being written */
  guint              reload_evidence : 1;
  guint              reload_actions : 1;
  guint              reload_risks : 1;
  char              *last_error;        /* the last error shown, not repeated */
  GtkWindow         *open_dialog;       /* weak */
  GPtrArray         *history_rows;      /* the rows added to the history expander */

  /* Template widgets */
  GtkListBox        *action_list;
  GtkListBox        *risk_list;
  GtkLabel          *clause_label;
  GtkLabel          *documented_label;
  GtkListBox        *evidence_list;
  GwGradeRow        *grade_row;
  GtkWidget         *guidance_card;
  GtkLabel          *guidance_heading;
  GtkLabel          *guidance_label;
  AdwExpanderRow    *history_row;
  GwTextArea        *justification_area;
  GtkLabel          *justification_hint;
  GtkRevealer       *justification_revealer;
  GwMaturityPicker  *maturity_current;
  AdwActionRow      *maturity_current_row;
  GwMaturityPicker  *maturity_target;
  AdwActionRow      *maturity_target_row;
  GwTextArea        *method_area;
  GwTextArea        *objective_area;
  GwTextArea        *finding_area;
  GtkLabel          *principle_label;
  GtkLabel          *question_label;
  GtkLabel          *ref_label;
  GwResultPicker    *result_picker;
  GtkScrolledWindow *scroller;
  GtkStack          *stack;
  GtkLabel          *typical_evidence_heading;
  GtkLabel          *typical_evidence_label;
};

gboolean _gw_requirement_editor_can_edit           (GwRequirementEditor *self);
void     _gw_requirement_editor_report_error       (GwRequirementEditor *self,
                                                    const char          *what,
                                                    const GError        *error);

void     _gw_requirement_editor_class_init_sections (GtkWidgetClass     *widget_class);
void     _gw_requirement_editor_load_header        (GwRequirementEditor *self);
void     _gw_requirement_editor_update_actions     (GwRequirementEditor *self);
void     _gw_requirement_editor_reload_evidence    (GwRequirementEditor *self);
void     _gw_requirement_editor_reload_actions     (GwRequirementEditor *self);
void     _gw_requirement_editor_reload_risks       (GwRequirementEditor *self);
void     _gw_requirement_editor_reload_history     (GwRequirementEditor *self);
void     _gw_requirement_editor_clear_sections     (GwRequirementEditor *self);

G_END_DECLS
