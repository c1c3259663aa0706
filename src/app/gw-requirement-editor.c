/* gw-requirement-editor.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form an auditor fills in for one requirement: the question with its
 * guidance, the result, finding grade, maturity and the written finding,
 * objective and audit method, with the linked evidence, actions and change
 * history below (gw-requirement-editor-sections.c).
 *
 * It is saved as you go. Buttons and drop-downs write the assessment at
 * once; the text fields are written 600 ms after typing stops, when they
 * lose focus, and whenever the window asks (gw_requirement_editor_commit(),
 * before it switches requirement or closes), so nothing typed is lost.
 * Every write is one gw_audit_set_assessment() of the whole form, compared
 * first with the stored assessment so that an unchanged form writes
 * nothing.
 *
 * "Not applicable" needs a justification, which the core enforces. Choosing
 * it without one keeps the stored result, reveals the justification field
 * and waits: the N/A result is written together with the first non-empty
 * justification. So the audit never holds N/A without a reason, and the
 * auditor is not interrupted by an error for doing things in their order.
 *
 * When the audit reports a change of this assessment made elsewhere (the
 * checklist, a shortcut, another window), the form is reloaded, except for
 * text fields holding words not yet written: those are kept and win.
 */

#define G_LOG_DOMAIN "gw-requirement-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-requirement-editor-private.h"
#include "gw-ui-utils.h"

#define COMMIT_DELAY_MS 600

G_DEFINE_FINAL_TYPE (GwRequirementEditor, gw_requirement_editor, GTK_TYPE_WIDGET)

/* Helpers --------------------------------------------------------------- */

static const char *
nonempty (const char *text)
{
  return text && *text ? text : NULL;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* Stores @text in @field, an empty text as NULL. */
static void
take_text (char **field,
           char  *text)
{
  g_free (*field);
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  *field = text;
}

static gboolean
nc_grade (GwFindingGrade grade)
{
  return grade == GW_FINDING_GRADE_MAJOR || grade == GW_FINDING_GRADE_MINOR;
}

static gboolean
nc_result (GwResult result)
{
  return result == GW_RESULT_PARTIAL || result == GW_RESULT_NONCONFORMING;
}

static gboolean
assessments_equal (const GwAssessment *a,
                   const GwAssessment *b)
{
  return a->result == b->result &&
         a->grade == b->grade &&
         a->maturity_current == b->maturity_current &&
         a->maturity_target == b->maturity_target &&
         g_strcmp0 (nonempty (a->finding), nonempty (b->finding)) == 0 &&
         g_strcmp0 (nonempty (a->objective), nonempty (b->objective)) == 0 &&
         g_strcmp0 (nonempty (a->justification), nonempty (b->justification)) == 0 &&
         g_strcmp0 (nonempty (a->audit_method), nonempty (b->audit_method)) == 0;
}

gboolean
_gw_requirement_editor_can_edit (GwRequirementEditor *self)
{
  return self->audit != NULL && self->assessment != NULL &&
         !gw_audit_get_closed (self->audit) && !gw_audit_get_read_only (self->audit);
}

/**
 * _gw_requirement_editor_report_error:
 *
 * Shows an error as a toast, once: while saving keeps failing for the same
 * reason (a text over the length limit, say) the toast is not repeated at
 * every pause in typing.
 */
void
_gw_requirement_editor_report_error (GwRequirementEditor *self,
                                     const char          *what,
                                     const GError        *error)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);

  if (g_strcmp0 (message, self->last_error) == 0)
    return;

  g_free (self->last_error);
  self->last_error = g_steal_pointer (&message);
  gw_toast_error (GTK_WIDGET (self), what, error);
}

static GwTextArea *
field_area (GwRequirementEditor *self,
            GwEditorField        field)
{
  switch (field)
    {
    case GW_EDITOR_FIELD_FINDING:
      return self->finding_area;
    case GW_EDITOR_FIELD_OBJECTIVE:
      return self->objective_area;
    case GW_EDITOR_FIELD_AUDIT_METHOD:
      return self->method_area;
    case GW_EDITOR_FIELD_JUSTIFICATION:
      return self->justification_area;
    default:
      g_return_val_if_reached (NULL);
    }
}

static char **
field_text (GwAssessment  *a,
            GwEditorField  field)
{
  switch (field)
    {
    case GW_EDITOR_FIELD_FINDING:
      return &a->finding;
    case GW_EDITOR_FIELD_OBJECTIVE:
      return &a->objective;
    case GW_EDITOR_FIELD_AUDIT_METHOD:
      return &a->audit_method;
    case GW_EDITOR_FIELD_JUSTIFICATION:
      return &a->justification;
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Whether N/A is chosen but not yet stored, for want of a justification. */
static gboolean
na_pending (GwRequirementEditor *self)
{
  return self->assessment != NULL &&
         gw_result_picker_get_result (self->result_picker) == GW_RESULT_NOT_APPLICABLE &&
         self->assessment->result != GW_RESULT_NOT_APPLICABLE;
}

/* Form → assessment ------------------------------------------------------ */

static GwAssessment *
collect (GwRequirementEditor *self)
{
  GwAssessment *a = gw_assessment_copy (self->assessment);
  GwResult shown = gw_result_picker_get_result (self->result_picker);
  g_autofree char *justification = gw_text_area_dup_text (self->justification_area);

  a->result = shown;
  if (shown == GW_RESULT_NOT_APPLICABLE && is_blank (justification))
    {
      /* Never N/A without a reason: until one is written, keep the stored
       * result, or the stored reason of a stored N/A. */
      if (self->assessment->result == GW_RESULT_NOT_APPLICABLE)
        {
          g_free (justification);
          justification = g_strdup (self->assessment->justification);
        }
      else
        a->result = self->assessment->result;
    }

  take_text (&a->justification, g_steal_pointer (&justification));
  take_text (&a->finding, gw_text_area_dup_text (self->finding_area));
  take_text (&a->objective, gw_text_area_dup_text (self->objective_area));
  take_text (&a->audit_method, gw_text_area_dup_text (self->method_area));

  a->grade = gw_grade_row_get_grade (self->grade_row);
  if (nc_grade (a->grade) && !nc_result (a->result))
    a->grade = GW_FINDING_GRADE_NONE;

  a->maturity_current = gw_maturity_picker_get_level (self->maturity_current);
  a->maturity_target = gw_maturity_picker_get_level (self->maturity_target);

  return a;
}

/* Assessment → form ------------------------------------------------------ */

static void
update_maturity_subtitle (AdwActionRow     *row,
                          GwMaturityPicker *picker)
{
  int level = gw_maturity_picker_get_level (picker);
  g_autofree char *subtitle = NULL;

  if (level == GW_MATURITY_UNSET)
    subtitle = g_strdup (gw_maturity_level_to_label (level));
  else
    /* Translators: a maturity level, such as "3 Defined" */
    subtitle = g_strdup_printf (C_("maturity level", "%d %s"), level, gw_maturity_level_to_label (level));

  adw_action_row_set_subtitle (row, subtitle);
}

/* Shows what follows from the result: the justification field and its
 * hint, and which finding grades fit. */
static void
update_state (GwRequirementEditor *self)
{
  GwResult shown = gw_result_picker_get_result (self->result_picker);
  gboolean blank = gw_text_area_is_blank (self->justification_area);
  gboolean stored_na = self->assessment && self->assessment->result == GW_RESULT_NOT_APPLICABLE;
  const char *hint = NULL;

  if (shown == GW_RESULT_NOT_APPLICABLE && blank)
    hint = stored_na ? _("Not applicable needs a justification: the previous one is kept until you write a new one.")
                     : _("Say why it does not apply: Not applicable is saved together with the justification.");

  gtk_revealer_set_reveal_child (self->justification_revealer,
                                 shown == GW_RESULT_NOT_APPLICABLE || stored_na || !blank);
  gtk_label_set_label (self->justification_hint, hint ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->justification_hint), hint != NULL);

  gw_grade_row_set_nc_allowed (self->grade_row, nc_result (shown));
  update_maturity_subtitle (self->maturity_current_row, self->maturity_current);
  update_maturity_subtitle (self->maturity_target_row, self->maturity_target);
}

static void
update_editable (GwRequirementEditor *self)
{
  gboolean editable = _gw_requirement_editor_can_edit (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->result_picker), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->grade_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->maturity_current), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->maturity_target), editable);
  gw_text_area_set_editable (self->justification_area, editable);
  gw_text_area_set_editable (self->finding_area, editable);
  gw_text_area_set_editable (self->objective_area, editable);
  gw_text_area_set_editable (self->method_area, editable);
  _gw_requirement_editor_update_actions (self);
}

static void
load_choices (GwRequirementEditor *self)
{
  const GwAssessment *a = self->assessment;

  self->loading = TRUE;
  gw_result_picker_set_result (self->result_picker, a->result);
  gw_grade_row_set_grade (self->grade_row, a->grade);
  gw_maturity_picker_set_level (self->maturity_current, a->maturity_current);
  gw_maturity_picker_set_level (self->maturity_target, a->maturity_target);
  self->loading = FALSE;
}

/* Fills the text fields from the assessment. With @old, the assessment the
 * fields were last filled from, a field whose text differs from it holds
 * unsaved typing and is left alone. */
static void
load_texts (GwRequirementEditor *self,
            GwAssessment        *old)
{
  for (GwEditorField field = GW_EDITOR_FIELD_FINDING; field <= GW_EDITOR_FIELD_JUSTIFICATION; field++)
    {
      GwTextArea *area = field_area (self, field);
      const char *value = *field_text (self->assessment, field);

      if (old != NULL)
        {
          g_autofree char *shown = gw_text_area_dup_text (area);
          if (g_strcmp0 (nonempty (shown), nonempty (*field_text (old, field))) != 0)
            continue;
        }

      gw_text_area_set_text (area, value);
    }
}

static void
show_empty (GwRequirementEditor *self)
{
  g_clear_handle_id (&self->commit_source, g_source_remove);
  self->focus_pending = FALSE;
  self->requirement_id = 0;
  g_clear_pointer (&self->requirement, gw_requirement_free);
  g_clear_pointer (&self->assessment, gw_assessment_free);
  _gw_requirement_editor_clear_sections (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  _gw_requirement_editor_update_actions (self);
}

/* Saving ---------------------------------------------------------------- */

static gboolean
commit (GwRequirementEditor  *self,
        GError              **error)
{
  g_autoptr(GwAssessment) a = NULL;
  GwAssessment *stored;
  gboolean ok;

  g_clear_handle_id (&self->commit_source, g_source_remove);

  if (!_gw_requirement_editor_can_edit (self))
    return TRUE;

  a = collect (self);
  if (assessments_equal (a, self->assessment))
    return TRUE;

  self->committing = TRUE;
  ok = gw_audit_set_assessment (self->audit, a, error);
  self->committing = FALSE;
  if (!ok)
    return FALSE;

  /* Read back, for who changed it and when. */
  stored = gw_audit_get_assessment (self->audit, self->requirement_id, NULL);
  gw_assessment_free (self->assessment);
  self->assessment = stored ? stored : g_steal_pointer (&a);
  g_clear_pointer (&self->last_error, g_free);

  /* A grade the result no longer allows was dropped on the way. */
  self->loading = TRUE;
  gw_grade_row_set_grade (self->grade_row, self->assessment->grade);
  self->loading = FALSE;

  update_state (self);
  _gw_requirement_editor_reload_history (self);
  return TRUE;
}

/* Saves, and shows why not. A refused choice is undone on screen, so the
 * form never shows what the audit does not hold; typed text stays. */
static void
commit_or_report (GwRequirementEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (commit (self, &error))
    return;

  _gw_requirement_editor_report_error (self, _("Your change could not be saved"), error);
  if (self->assessment != NULL)
    {
      gboolean pending = na_pending (self);

      load_choices (self);
      if (pending)
        {
          self->loading = TRUE;
          gw_result_picker_set_result (self->result_picker, GW_RESULT_NOT_APPLICABLE);
          self->loading = FALSE;
        }
      update_state (self);
    }
}

static gboolean
commit_timeout_cb (gpointer user_data)
{
  GwRequirementEditor *self = user_data;

  self->commit_source = 0;
  commit_or_report (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_commit (GwRequirementEditor *self)
{
  g_clear_handle_id (&self->commit_source, g_source_remove);
  self->commit_source = g_timeout_add (COMMIT_DELAY_MS, commit_timeout_cb, self);
}

/* Signal handlers -------------------------------------------------------- */

static void
result_changed_cb (GwRequirementEditor *self)
{
  if (self->loading || self->assessment == NULL)
    return;

  /* As gw_audit_set_result() does: a nonconformity grade goes with a
   * result that is no longer partial or nonconforming (a pending N/A
   * changes nothing yet). */
  if (nc_grade (gw_grade_row_get_grade (self->grade_row)) &&
      !nc_result (gw_result_picker_get_result (self->result_picker)) && !na_pending (self))
    {
      self->loading = TRUE;
      gw_grade_row_set_grade (self->grade_row, GW_FINDING_GRADE_NONE);
      self->loading = FALSE;
    }

  update_state (self);

  if (na_pending (self) && gw_text_area_is_blank (self->justification_area))
    gtk_widget_grab_focus (GTK_WIDGET (self->justification_area));

  /* With N/A pending this still writes any other edit, and the stored result. */
  commit_or_report (self);
}

static void
grade_changed_cb (GwRequirementEditor *self)
{
  if (self->loading || self->assessment == NULL)
    return;

  commit_or_report (self);
}

static void
maturity_changed_cb (GwRequirementEditor *self)
{
  update_maturity_subtitle (self->maturity_current_row, self->maturity_current);
  update_maturity_subtitle (self->maturity_target_row, self->maturity_target);

  if (self->loading || self->assessment == NULL)
    return;

  commit_or_report (self);
}

static void
text_changed_cb (GwRequirementEditor *self)
{
  if (self->assessment != NULL)
    schedule_commit (self);
}

/* Scrolls the form so that @widget is in view, with a little room. */
static void
scroll_to_widget (GwRequirementEditor *self,
                  GtkWidget           *widget)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *content = gtk_widget_get_first_child (gtk_scrolled_window_get_child (self->scroller));
  graphene_point_t point;
  double top, bottom, value, page;

  if (content == NULL ||
      !gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  top = point.y - 12;
  bottom = point.y + gtk_widget_get_height (widget) + 12;
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);

  if (top < value)
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, MIN (top, bottom - page));
}

/* The justification slides in after it took the focus: bring it into view
 * once it is there. */
static void
justification_revealed_cb (GwRequirementEditor *self)
{
  GtkWidget *child = gtk_revealer_get_child (self->justification_revealer);

  if (gtk_revealer_get_child_revealed (self->justification_revealer) &&
      gtk_widget_has_focus (GTK_WIDGET (gw_text_area_get_text_view (self->justification_area))))
    scroll_to_widget (self, child);
}

static void
justification_changed_cb (GwRequirementEditor *self)
{
  update_state (self);
  text_changed_cb (self);
}

static void
text_focus_leave_cb (GwRequirementEditor *self)
{
  if (self->commit_source != 0)
    commit_or_report (self);
}

static void
reload_assessment (GwRequirementEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAssessment) old = NULL;
  GwAssessment *fresh;
  gboolean pending = na_pending (self);

  fresh = gw_audit_get_assessment (self->audit, self->requirement_id, &error);
  if (fresh == NULL)
    {
      _gw_requirement_editor_report_error (self, _("The assessment could not be read"), error);
      return;
    }

  old = g_steal_pointer (&self->assessment);
  self->assessment = fresh;

  load_choices (self);
  if (pending && fresh->result == old->result)
    {
      self->loading = TRUE;
      gw_result_picker_set_result (self->result_picker, GW_RESULT_NOT_APPLICABLE);
      self->loading = FALSE;
    }
  load_texts (self, old);
  update_state (self);
  _gw_requirement_editor_reload_history (self);
}

static gboolean
reload_sections_cb (gpointer user_data)
{
  GwRequirementEditor *self = user_data;

  self->reload_source = 0;
  if (self->reload_evidence)
    _gw_requirement_editor_reload_evidence (self);
  if (self->reload_actions)
    _gw_requirement_editor_reload_actions (self);
  if (self->reload_risks)
    _gw_requirement_editor_reload_risks (self);
  self->reload_evidence = self->reload_actions = self->reload_risks = FALSE;

  return G_SOURCE_REMOVE;
}

static void
audit_changed_cb (GwRequirementEditor *self,
                  const char          *entity,
                  gint64               id,
                  GwAudit             *audit)
{
  if (self->requirement_id == 0 || self->assessment == NULL)
    return;

  if (g_strcmp0 (entity, "assessment") == 0)
    {
      if (id == self->requirement_id && !self->committing)
        reload_assessment (self);
      return;
    }

  /* An evidence item or action may be linked to this requirement or not,
   * and batches make thousands of changes: reload the lists once, later. */
  if (g_strcmp0 (entity, "evidence") == 0)
    self->reload_evidence = TRUE;
  else if (g_strcmp0 (entity, "action") == 0)
    self->reload_actions = TRUE;
  else if (g_strcmp0 (entity, "risk") == 0 || g_strcmp0 (entity, "risk-matrix") == 0)
    self->reload_risks = TRUE;
  else
    return;

  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_sections_cb, self);
}

static gboolean
focus_idle_cb (gpointer user_data)
{
  GwRequirementEditor *self = user_data;

  self->focus_source = 0;
  if (self->focus_pending && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->focus_pending = FALSE;
      gw_requirement_editor_focus_default (self);
      /* A selectable label selects all when the window first focuses it. */
      gtk_label_select_region (self->question_label, 0, 0);
    }

  return G_SOURCE_REMOVE;
}

/* The focus moves once the form is on screen: the window shows the editor
 * only after gw_requirement_editor_set_requirement() returns. */
static void
schedule_focus (GwRequirementEditor *self)
{
  if (self->focus_source == 0)
    self->focus_source = g_idle_add (focus_idle_cb, self);
}

static void
gw_requirement_editor_map (GtkWidget *widget)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (widget);

  GTK_WIDGET_CLASS (gw_requirement_editor_parent_class)->map (widget);

  if (self->focus_pending)
    schedule_focus (self);
}

/* GObject ---------------------------------------------------------------- */

static void
gw_requirement_editor_dispose (GObject *object)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (object);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  /* The last words typed before the window closes. */
  if (self->assessment != NULL && !commit (self, &error))
    g_warning ("The last change to %s could not be saved: %s",
               self->requirement ? self->requirement->ref : "?", error->message);

  g_clear_handle_id (&self->commit_source, g_source_remove);
  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->open_dialog != NULL)
    gtk_window_destroy (self->open_dialog);
  g_clear_weak_pointer (&self->open_dialog);
  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_data (self->audit, self);

  _gw_requirement_editor_clear_sections (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_REQUIREMENT_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->audit);
  g_clear_pointer (&self->requirement, gw_requirement_free);
  g_clear_pointer (&self->assessment, gw_assessment_free);

  G_OBJECT_CLASS (gw_requirement_editor_parent_class)->dispose (object);
}

static void
gw_requirement_editor_finalize (GObject *object)
{
  GwRequirementEditor *self = GW_REQUIREMENT_EDITOR (object);

  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  g_free (self->last_error);

  G_OBJECT_CLASS (gw_requirement_editor_parent_class)->finalize (object);
}

static void
gw_requirement_editor_class_init (GwRequirementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_requirement_editor_dispose;
  object_class->finalize = gw_requirement_editor_finalize;
  widget_class->map = gw_requirement_editor_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-requirement-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, action_list);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, risk_list);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, clause_label);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, documented_label);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, finding_area);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, grade_row);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, guidance_card);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, guidance_heading);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, history_row);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, justification_area);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, justification_hint);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, justification_revealer);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, maturity_current);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, maturity_current_row);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, maturity_target);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, maturity_target_row);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, method_area);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, objective_area);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, principle_label);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, question_label);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, ref_label);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, result_picker);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, typical_evidence_heading);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementEditor, typical_evidence_label);
  gtk_widget_class_bind_template_callback (widget_class, grade_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, justification_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, justification_revealed_cb);
  gtk_widget_class_bind_template_callback (widget_class, maturity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_focus_leave_cb);

  _gw_requirement_editor_class_init_sections (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gw-requirement-editor");

  g_type_ensure (GW_TYPE_GRADE_ROW);
  g_type_ensure (GW_TYPE_MATURITY_PICKER);
  g_type_ensure (GW_TYPE_RESULT_PICKER);
  g_type_ensure (GW_TYPE_TEXT_AREA);
}

static void
gw_requirement_editor_init (GwRequirementEditor *self)
{
  self->history_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  show_empty (self);
}

/* Public API ------------------------------------------------------------- */

/**
 * gw_requirement_editor_set_audit:
 * @audit: (nullable): the open audit
 *
 * Saves what the editor holds for the previous audit (if it is still
 * open), then shows no requirement until gw_requirement_editor_set_requirement().
 */
void
gw_requirement_editor_set_audit (GwRequirementEditor *self,
                                 GwAudit             *audit)
{
  g_return_if_fail (GW_IS_REQUIREMENT_EDITOR (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    {
      commit_or_report (self);
      g_signal_handlers_disconnect_by_data (self->audit, self);
    }

  if (self->open_dialog != NULL)
    gtk_window_destroy (self->open_dialog);

  show_empty (self);
  g_set_object (&self->audit, audit);

  if (audit != NULL)
    g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * gw_requirement_editor_set_requirement:
 * @requirement_id: a requirement of the audit, or 0 for none
 *
 * Saves the requirement shown so far and shows @requirement_id, moving the
 * keyboard focus to its result buttons (or, for principles, its maturity;
 * for N/A without a justification, the justification) once it is on
 * screen. A "Not applicable" still waiting for its justification is
 * dropped, with a toast saying so.
 */
void
gw_requirement_editor_set_requirement (GwRequirementEditor *self,
                                       gint64               requirement_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwRequirement) req = NULL;
  g_autoptr(GwAssessment) assessment = NULL;

  g_return_if_fail (GW_IS_REQUIREMENT_EDITOR (self));

  if (self->assessment != NULL)
    {
      if (na_pending (self) && gw_text_area_is_blank (self->justification_area))
        gw_toast (GTK_WIDGET (self),
                  _("Not applicable was not saved: it needs a justification"));
      commit_or_report (self);
    }

  if (self->audit == NULL || requirement_id == 0 || gw_audit_get_closed (self->audit))
    {
      show_empty (self);
      return;
    }

  req = gw_audit_get_requirement (self->audit, requirement_id, &error);
  if (req != NULL)
    assessment = gw_audit_get_assessment (self->audit, requirement_id, &error);
  if (assessment == NULL)
    {
      _gw_requirement_editor_report_error (self, _("The requirement could not be opened"), error);
      show_empty (self);
      return;
    }

  g_clear_handle_id (&self->commit_source, g_source_remove);
  g_clear_pointer (&self->last_error, g_free);
  self->requirement_id = requirement_id;
  g_clear_pointer (&self->requirement, gw_requirement_free);
  self->requirement = g_steal_pointer (&req);
  g_clear_pointer (&self->assessment, gw_assessment_free);
  self->assessment = g_steal_pointer (&assessment);

  _gw_requirement_editor_load_header (self);
  load_choices (self);
  load_texts (self, NULL);
  update_state (self);
  update_editable (self);
  _gw_requirement_editor_reload_evidence (self);
  _gw_requirement_editor_reload_actions (self);
  _gw_requirement_editor_reload_risks (self);
  _gw_requirement_editor_reload_history (self);

  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  self->focus_pending = TRUE;
  schedule_focus (self);
}

gint64
gw_requirement_editor_get_requirement (GwRequirementEditor *self)
{
  g_return_val_if_fail (GW_IS_REQUIREMENT_EDITOR (self), 0);
  return self->requirement_id;
}

/**
 * gw_requirement_editor_commit:
 *
 * Writes what the form holds and the audit does not yet, such as text
 * typed in the last 600 ms. A "Not applicable" still waiting for its
 * justification is not written (the audit keeps the previous result).
 *
 * Returns: %TRUE when the audit holds the form
 */
gboolean
gw_requirement_editor_commit (GwRequirementEditor  *self,
                              GError              **error)
{
  g_return_val_if_fail (GW_IS_REQUIREMENT_EDITOR (self), FALSE);

  return commit (self, error);
}

/**
 * gw_requirement_editor_set_result:
 *
 * Chooses a result as if its button was clicked (the Ctrl+0…4 shortcuts).
 * "Not applicable" without a justification opens the justification field.
 */
void
gw_requirement_editor_set_result (GwRequirementEditor *self,
                                  GwResult             result)
{
  g_return_if_fail (GW_IS_REQUIREMENT_EDITOR (self));
  g_return_if_fail ((guint) result <= GW_RESULT_NOT_APPLICABLE);

  if (self->assessment == NULL)
    return;

  if (!_gw_requirement_editor_can_edit (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (self->requirement->informative &&
      result != GW_RESULT_NOT_ASSESSED && result != GW_RESULT_NOT_APPLICABLE)
    {
      gw_toast (GTK_WIDGET (self), _("This is a principle: rate its maturity instead of a result"));
      return;
    }

  gw_result_picker_set_result (self->result_picker, result);
}

/**
 * gw_requirement_editor_get_shown_result:
 *
 * Returns: the result the buttons show, which differs from the stored one
 *   while "Not applicable" waits for its justification
 */
GwResult
gw_requirement_editor_get_shown_result (GwRequirementEditor *self)
{
  g_return_val_if_fail (GW_IS_REQUIREMENT_EDITOR (self), GW_RESULT_NOT_ASSESSED);
  return gw_result_picker_get_result (self->result_picker);
}

/**
 * gw_requirement_editor_set_grade:
 *
 * Chooses a finding grade as if in the drop-down, and saves it.
 */
void
gw_requirement_editor_set_grade (GwRequirementEditor *self,
                                 GwFindingGrade       grade)
{
  g_return_if_fail (GW_IS_REQUIREMENT_EDITOR (self));
  g_return_if_fail ((guint) grade <= GW_FINDING_GRADE_OPPORTUNITY);

  gw_grade_row_set_grade (self->grade_row, grade);
}

/**
 * gw_requirement_editor_set_maturity:
 * @current: 0 to 5, or %GW_MATURITY_UNSET
 * @target: 0 to 5, or %GW_MATURITY_UNSET
 *
 * Chooses the maturity levels as if with their buttons, and saves them.
 */
void
gw_requirement_editor_set_maturity (GwRequirementEditor *self,
                                    int                  current,
                                    int                  target)
{
  g_return_if_fail (GW_IS_REQUIREMENT_EDITOR (self));

  gw_maturity_picker_set_level (self->maturity_current, current);
  gw_maturity_picker_set_level (self->maturity_target, target);
}

/**
 * gw_requirement_editor_get_field_buffer:
 *
 * Returns: (transfer none): the buffer of a text field. Text inserted into
 *   it behaves as typed: it is saved after the debounce delay or on
 *   gw_requirement_editor_commit().
 */
GtkTextBuffer *
gw_requirement_editor_get_field_buffer (GwRequirementEditor *self,
                                        GwEditorField        field)
{
  GwTextArea *area;

  g_return_val_if_fail (GW_IS_REQUIREMENT_EDITOR (self), NULL);

  area = field_area (self, field);
  return area ? gtk_text_view_get_buffer (gw_text_area_get_text_view (area)) : NULL;
}

/**
 * gw_requirement_editor_keep_focus_away:
 *
 * Cancels the move of the keyboard focus into the form that
 * gw_requirement_editor_set_requirement() schedules: the window calls it
 * when the user is walking the checklist with the arrow keys, so that each
 * step shows the requirement without taking the list's focus.
 */
void
gw_requirement_editor_keep_focus_away (GwRequirementEditor *self)
{
  g_return_if_fail (GW_IS_REQUIREMENT_EDITOR (self));
  self->focus_pending = FALSE;
}

/**
 * gw_requirement_editor_focus_default:
 *
 * Moves the keyboard focus where an auditor starts: the result buttons,
 * the maturity of a principle, or the justification that a "Not
 * applicable" lacks.
 *
 * Returns: whether the focus moved
 */
gboolean
gw_requirement_editor_focus_default (GwRequirementEditor *self)
{
  g_return_val_if_fail (GW_IS_REQUIREMENT_EDITOR (self), FALSE);

  if (self->requirement == NULL)
    return FALSE;

  if (gw_result_picker_get_result (self->result_picker) == GW_RESULT_NOT_APPLICABLE &&
      gw_text_area_is_blank (self->justification_area))
    return gtk_widget_grab_focus (GTK_WIDGET (self->justification_area));

  if (self->requirement->informative)
    return gtk_widget_grab_focus (GTK_WIDGET (self->maturity_current));

  return gtk_widget_grab_focus (GTK_WIDGET (self->result_picker));
}

/**
 * gw_requirement_editor_get_open_dialog:
 *
 * For tests: the dialog the editor's last editor.add-evidence,
 * editor.link-evidence, editor.add-action (or edit) action opened, while
 * it is open. It is a #GwEvidenceDialog, #GwEvidenceChooser or
 * #GwActionDialog, modal and transient for the editor's window.
 *
 * Returns: (transfer none) (nullable): the open dialog
 */
GtkWindow *
gw_requirement_editor_get_open_dialog (GwRequirementEditor *self)
{
  g_return_val_if_fail (GW_IS_REQUIREMENT_EDITOR (self), NULL);
  return self->open_dialog;
}
