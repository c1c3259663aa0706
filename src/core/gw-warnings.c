/* gw-warnings.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The warnings a lead auditor would raise on reading an audit, and the
 * figures of the Overview, kept up to date edit by edit.
 *
 * A GwWarningIndex holds what the warnings need — every requirement with
 * its assessment, and for each one how many evidence items, documents or
 * records and actions are linked to it — read once through the public
 * GwAudit API. After that, gw_warning_index_update() re-reads only the
 * entity a "changed" signal names and adjusts the counts by the difference,
 * so a window showing the warnings does not reread 20,000 evidence links
 * after every keystroke. Computing the warnings and the scores is plain
 * arithmetic over that data.
 *
 * The rules:
 *  - conforming without evidence: a normative requirement is conforming and
 *    no evidence item is linked to it;
 *  - nonconforming without an action: nonconforming and no action linked;
 *  - not applicable without justification: the justification is empty;
 *  - action past due: open or in progress with a due date before today;
 *  - documented information without a document: the requirement asks for
 *    documented information (to maintain or to retain), it is conforming or
 *    partially conforming, and no document or record supports it. A
 *    conforming requirement with no evidence at all is already warned about
 *    and is not listed twice;
 *  - high risk without its measures in place: the risk's inherent rating is
 *    at a level the matrix marks as high, its treatment is to mitigate (or
 *    not decided yet), and no measure is linked to it or a linked one is not
 *    in place. A risk accepted, avoided or transferred is a decision the
 *    Overview does not second-guess.
 *
 * A register holds tens of risks, not thousands: any change to a risk, a
 * measure or the matrix rereads the risk part whole.
 */

#define G_LOG_DOMAIN "gw-warnings"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-warnings.h"

typedef struct
{
  GwRequirement *requirement;        /* borrowed from the index's array */
  guint          position;           /* checklist order */
  guint          assessment_index;   /* into the assessments, or G_MAXUINT */
  guint          n_evidence;
  guint          n_documents;
  guint          n_actions;
} RequirementState;

typedef struct
{
  GwEvidenceKind  kind;
  GArray         *requirement_ids;
} EvidenceState;

typedef struct
{
  GwAction *action;
  GArray   *requirement_ids;
} ActionState;

typedef enum
{
  LOAD_NONE,          /* nothing read yet */
  LOAD_CATALOGUE,     /* next: clauses, requirements, assessments */
  LOAD_EVIDENCE,      /* next: the evidence register */
  LOAD_ACTIONS,       /* next: the action plan */
  LOAD_LINKS,         /* next: what each item is linked to, a few at a time */
  LOAD_DONE,
} LoadPhase;

typedef struct
{
  char   entity;      /* 'a'ssessment, 'e'vidence, 'x' action, 'r'isk assessment */
  gint64 id;
} Change;

struct _GwWarningIndex
{
  GPtrArray  *clauses;
  GPtrArray  *requirements;
  GPtrArray  *assessments;
  GHashTable *requirement_states;  /* gint64 → RequirementState */
  GHashTable *evidence;            /* gint64 → EvidenceState */
  GHashTable *actions;             /* gint64 → ActionState */

  /* The risk assessment, reread whole on any change to it */
  GwRiskMatrix *matrix;
  GPtrArray    *risks;
  GHashTable   *measures_in_place; /* gint64 measure id → GINT_TO_POINTER (in place) */
  GArray       *measure_links;     /* GwRiskLink */
  GArray       *requirement_links; /* GwRiskLink */

  /* A load in steps (gw_warning_index_load_step()) */
  LoadPhase   phase;
  GPtrArray  *pending_evidence;
  GPtrArray  *pending_actions;
  guint       cursor;
  GArray     *changes;             /* Change: edits made while loading */
};

/* Labels ------------------------------------------------------------------ */

void
gw_warning_free (GwWarning *warning)
{
  if (warning == NULL)
    return;

  g_free (warning->ref);
  g_free (warning->text);
  g_free (warning->owner);
  g_free (warning->due_date);
  g_free (warning);
}

const char *
gw_warning_kind_to_label (GwWarningKind kind)
{
  switch (kind)
    {
    case GW_WARNING_CONFORMING_WITHOUT_EVIDENCE:
      return _("Conforming without evidence");
    case GW_WARNING_NONCONFORMING_WITHOUT_ACTION:
      return _("Nonconforming without an action");
    case GW_WARNING_NOT_APPLICABLE_WITHOUT_JUSTIFICATION:
      return _("Not applicable without justification");
    case GW_WARNING_ACTION_OVERDUE:
      return _("Actions past due");
    case GW_WARNING_DOCUMENT_MISSING:
      return _("Documented information not evidenced");
    case GW_WARNING_HIGH_RISK_UNTREATED:
      return _("High risks without measures in place");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
gw_warning_kind_to_description (GwWarningKind kind)
{
  switch (kind)
    {
    case GW_WARNING_CONFORMING_WITHOUT_EVIDENCE:
      return _("Marked conforming, but no evidence is linked to show it.");
    case GW_WARNING_NONCONFORMING_WITHOUT_ACTION:
      return _("A gap was found, but no action is planned to close it.");
    case GW_WARNING_NOT_APPLICABLE_WITHOUT_JUSTIFICATION:
      return _("Excluded from the scope without saying why.");
    case GW_WARNING_ACTION_OVERDUE:
      return _("Open or in progress after the due date.");
    case GW_WARNING_DOCUMENT_MISSING:
      return _("The standard asks for documented information, but no document or record is linked.");
    case GW_WARNING_HIGH_RISK_UNTREATED:
      return _("Rated high and to be mitigated, but the security measures for it are not all in place.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Small facts ------------------------------------------------------------- */

/**
 * gw_date_today:
 *
 * Returns: today's date in the local time zone, as YYYY-MM-DD
 */
char *
gw_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
gw_action_is_open (const GwAction *action)
{
  g_return_val_if_fail (action != NULL, FALSE);

  return action->status == GW_ACTION_STATUS_OPEN || action->status == GW_ACTION_STATUS_IN_PROGRESS;
}

/**
 * gw_action_is_past_due:
 * @today: YYYY-MM-DD
 *
 * Returns: whether @action is still open or in progress after its due date
 */
gboolean
gw_action_is_past_due (const GwAction *action,
                      const char     *today)
{
  g_return_val_if_fail (action != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  /* YYYY-MM-DD compares correctly as text. */
  return gw_action_is_open (action) && gw_date_is_valid (action->due_date) &&
         strcmp (action->due_date, today) < 0;
}

/* Documents and records are documented information in the standard's
 * sense; an interview or an observation is not. */
gboolean
gw_evidence_kind_is_documented (GwEvidenceKind kind)
{
  return kind == GW_EVIDENCE_KIND_DOCUMENT || kind == GW_EVIDENCE_KIND_RECORD;
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

/* The index --------------------------------------------------------------- */

static void
evidence_state_free (gpointer data)
{
  EvidenceState *state = data;

  g_clear_pointer (&state->requirement_ids, g_array_unref);
  g_free (state);
}

static void
action_state_free (gpointer data)
{
  ActionState *state = data;

  g_clear_pointer (&state->action, gw_action_free);
  g_clear_pointer (&state->requirement_ids, g_array_unref);
  g_free (state);
}

GwWarningIndex *
gw_warning_index_new (void)
{
  GwWarningIndex *self = g_new0 (GwWarningIndex, 1);

  self->requirement_states = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  self->evidence = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, evidence_state_free);
  self->actions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, action_state_free);
  self->measures_in_place = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  return self;
}

static void
clear (GwWarningIndex *self)
{
  g_hash_table_remove_all (self->requirement_states);
  g_hash_table_remove_all (self->evidence);
  g_hash_table_remove_all (self->actions);
  g_hash_table_remove_all (self->measures_in_place);
  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->measure_links, g_array_unref);
  g_clear_pointer (&self->requirement_links, g_array_unref);
  g_clear_pointer (&self->clauses, g_ptr_array_unref);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_clear_pointer (&self->pending_evidence, g_ptr_array_unref);
  g_clear_pointer (&self->pending_actions, g_ptr_array_unref);
  g_array_set_size (self->changes, 0);
  self->cursor = 0;
  self->phase = LOAD_NONE;
}

void
gw_warning_index_free (GwWarningIndex *self)
{
  if (self == NULL)
    return;

  clear (self);
  g_hash_table_unref (self->requirement_states);
  g_hash_table_unref (self->evidence);
  g_hash_table_unref (self->actions);
  g_hash_table_unref (self->measures_in_place);
  g_array_unref (self->changes);
  g_free (self);
}

static gint64 *
new_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
count_evidence (GwWarningIndex *self,
                GwEvidenceKind  kind,
                GArray         *requirement_ids,
                int             sign)
{
  for (guint i = 0; requirement_ids && i < requirement_ids->len; i++)
    {
      gint64 id = g_array_index (requirement_ids, gint64, i);
      RequirementState *state = g_hash_table_lookup (self->requirement_states, &id);

      if (state == NULL)
        continue;
      state->n_evidence += sign;
      if (gw_evidence_kind_is_documented (kind))
        state->n_documents += sign;
    }
}

static void
count_action (GwWarningIndex *self,
              GArray         *requirement_ids,
              int             sign)
{
  for (guint i = 0; requirement_ids && i < requirement_ids->len; i++)
    {
      gint64 id = g_array_index (requirement_ids, gint64, i);
      RequirementState *state = g_hash_table_lookup (self->requirement_states, &id);

      if (state != NULL)
        state->n_actions += sign;
    }
}

static gboolean
load_evidence (GwWarningIndex  *self,
               GwAudit         *audit,
               const GwEvidence *evidence,
               GError         **error)
{
  EvidenceState *state = g_new0 (EvidenceState, 1);

  state->kind = evidence->kind;
  /* An item linked to nothing needs no query. */
  if (evidence->n_links > 0)
    state->requirement_ids = gw_audit_list_evidence_requirements (audit, evidence->id, error);
  else
    state->requirement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (state->requirement_ids == NULL)
    {
      evidence_state_free (state);
      return FALSE;
    }

  count_evidence (self, state->kind, state->requirement_ids, +1);
  g_hash_table_replace (self->evidence, new_key (evidence->id), state);
  return TRUE;
}

static gboolean
load_action (GwWarningIndex  *self,
             GwAudit         *audit,
             GwAction        *action,
             GError         **error)
{
  ActionState *state = g_new0 (ActionState, 1);

  state->action = action;
  if (action->n_links > 0)
    state->requirement_ids = gw_audit_list_action_requirements (audit, action->id, error);
  else
    state->requirement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (state->requirement_ids == NULL)
    {
      action_state_free (state);
      return FALSE;
    }

  count_action (self, state->requirement_ids, +1);
  g_hash_table_replace (self->actions, new_key (action->id), state);
  return TRUE;
}

static gboolean
load_catalogue (GwWarningIndex  *self,
                GwAudit         *audit,
                GError         **error)
{
  if (!(self->clauses = gw_audit_list_clauses (audit, error)) ||
      !(self->requirements = gw_audit_list_requirements (audit, error)) ||
      !(self->assessments = gw_audit_list_assessments (audit, error)))
    return FALSE;

  for (guint i = 0; i < self->requirements->len; i++)
    {
      RequirementState *state = g_new0 (RequirementState, 1);

      state->requirement = g_ptr_array_index (self->requirements, i);
      state->position = i;
      state->assessment_index = G_MAXUINT;
      g_hash_table_insert (self->requirement_states, &state->requirement->id, state);
    }

  for (guint i = 0; i < self->assessments->len; i++)
    {
      GwAssessment *a = g_ptr_array_index (self->assessments, i);
      RequirementState *state = g_hash_table_lookup (self->requirement_states, &a->requirement_id);

      if (state != NULL)
        state->assessment_index = i;
    }

  return TRUE;
}

/* Reads the links of pending items until @deadline; returns FALSE on an
 * error, and sets @done when every item has been read. */
static gboolean
load_links (GwWarningIndex  *self,
            GwAudit         *audit,
            gint64           deadline,
            gboolean        *done,
            GError         **error)
{
  guint n_evidence = self->pending_evidence->len;
  guint n_total = n_evidence + self->pending_actions->len;

  for (guint n = 0; self->cursor < n_total; n++)
    {
      guint i = self->cursor;

      /* Asking the clock costs more than a query: ask every 64 items. */
      if (n % 64 == 63 && g_get_monotonic_time () >= deadline)
        break;

      if (i < n_evidence)
        {
          if (!load_evidence (self, audit, g_ptr_array_index (self->pending_evidence, i), error))
            return FALSE;
        }
      else
        {
          /* The action moves into the index. */
          GwAction *action = g_steal_pointer (&g_ptr_array_index (self->pending_actions, i - n_evidence));

          if (!load_action (self, audit, action, error))
            return FALSE;
        }
      self->cursor++;
    }

  *done = self->cursor == n_total;
  return TRUE;
}

/* Reads the risk register, the measures' status and the links the
 * high-risk warning needs, replacing what was read before. */
static gboolean
load_risks (GwWarningIndex  *self,
            GwAudit         *audit,
            GError         **error)
{
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GArray) measure_links = NULL;
  g_autoptr(GArray) requirement_links = NULL;

  if ((risks = gw_audit_list_risks (audit, error)) == NULL ||
      (measures = gw_audit_list_measures (audit, error)) == NULL ||
      (measure_links = gw_audit_list_risk_links (audit, GW_RISK_LINK_MEASURE, error)) == NULL ||
      (requirement_links = gw_audit_list_risk_links (audit, GW_RISK_LINK_REQUIREMENT, error)) == NULL)
    return FALSE;

  g_hash_table_remove_all (self->measures_in_place);
  for (guint i = 0; i < measures->len; i++)
    {
      const GwMeasure *m = g_ptr_array_index (measures, i);
      g_hash_table_insert (self->measures_in_place, new_key (m->id),
                           GINT_TO_POINTER (gw_measure_is_in_place (m)));
    }

  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  self->matrix = gw_risk_matrix_ref (gw_audit_get_risk_matrix (audit));
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  self->risks = g_steal_pointer (&risks);
  g_clear_pointer (&self->measure_links, g_array_unref);
  self->measure_links = g_steal_pointer (&measure_links);
  g_clear_pointer (&self->requirement_links, g_array_unref);
  self->requirement_links = g_steal_pointer (&requirement_links);
  return TRUE;
}

static gboolean apply_change (GwWarningIndex  *self,
                              GwAudit         *audit,
                              char             entity,
                              gint64           id,
                              GError         **error);

static gboolean
finish_load (GwWarningIndex  *self,
             GwAudit         *audit,
             GError         **error)
{
  g_autoptr(GArray) changes = g_array_copy (self->changes);

  g_clear_pointer (&self->pending_evidence, g_ptr_array_unref);
  g_clear_pointer (&self->pending_actions, g_ptr_array_unref);
  g_array_set_size (self->changes, 0);
  self->phase = LOAD_DONE;

  /* Edits made while loading may or may not have been read: read them again. */
  for (guint i = 0; i < changes->len; i++)
    {
      Change *c = &g_array_index (changes, Change, i);
      if (!apply_change (self, audit, c->entity, c->id, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * gw_warning_index_load_step:
 * @budget_us: how long this step may take, in microseconds
 * @done: (out): set when the index is loaded
 *
 * Reads part of what the warnings and scores need from @audit, so that a
 * large audit (20,000 evidence items, each one query for its links) can be
 * loaded from idle callbacks without holding up the main loop. The first
 * step starts a new load, replacing what the index held; edits reported to
 * gw_warning_index_update() while the load goes on are applied at its end.
 *
 * Returns: %FALSE on an error, after which the index is empty
 */
gboolean
gw_warning_index_load_step (GwWarningIndex  *self,
                            GwAudit         *audit,
                            gint64           budget_us,
                            gboolean        *done,
                            GError         **error)
{
  gint64 deadline = g_get_monotonic_time () + budget_us;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (GW_IS_AUDIT (audit), FALSE);
  g_return_val_if_fail (done != NULL, FALSE);

  *done = FALSE;

  if (self->phase == LOAD_NONE || self->phase == LOAD_DONE)
    {
      clear (self);
      self->phase = LOAD_CATALOGUE;
    }

  /* Each list is one query; the links are read a few at a time. Every step
   * makes progress, however small its budget. */
  do
    {
      switch (self->phase)
        {
        case LOAD_CATALOGUE:
          ok = load_catalogue (self, audit, error) && load_risks (self, audit, error);
          self->phase = LOAD_EVIDENCE;
          break;
        case LOAD_EVIDENCE:
          ok = (self->pending_evidence = gw_audit_list_evidence (audit, 0, error)) != NULL;
          self->phase = LOAD_ACTIONS;
          break;
        case LOAD_ACTIONS:
          ok = (self->pending_actions = gw_audit_list_actions (audit, 0, error)) != NULL;
          self->cursor = 0;
          self->phase = LOAD_LINKS;
          break;
        case LOAD_LINKS:
          if ((ok = load_links (self, audit, deadline, done, error)) && *done)
            ok = finish_load (self, audit, error);
          break;
        case LOAD_NONE:
        case LOAD_DONE:
        default:
          g_assert_not_reached ();
        }
    }
  while (ok && !*done && g_get_monotonic_time () < deadline);

  if (!ok)
    {
      clear (self);
      *done = FALSE;
    }

  return ok;
}

/**
 * gw_warning_index_load:
 *
 * Reads everything the warnings and scores need from @audit at once,
 * replacing what the index held.
 */
gboolean
gw_warning_index_load (GwWarningIndex  *self,
                       GwAudit         *audit,
                       GError         **error)
{
  gboolean done = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (GW_IS_AUDIT (audit), FALSE);

  /* Start afresh even in the middle of a load in steps. */
  clear (self);
  while (!done)
    if (!gw_warning_index_load_step (self, audit, G_MAXINT32, &done, error))
      return FALSE;

  return TRUE;
}

/**
 * gw_warning_index_is_loaded:
 *
 * Returns: whether a load has finished, so that the warnings and scores
 *   describe the audit
 */
gboolean
gw_warning_index_is_loaded (GwWarningIndex *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->phase == LOAD_DONE;
}

static gboolean
update_assessment (GwWarningIndex  *self,
                   GwAudit         *audit,
                   gint64           requirement_id,
                   GError         **error)
{
  RequirementState *state = g_hash_table_lookup (self->requirement_states, &requirement_id);
  GwAssessment *a;

  if (state == NULL)
    return TRUE;

  a = gw_audit_get_assessment (audit, requirement_id, error);
  if (a == NULL)
    return FALSE;

  if (state->assessment_index == G_MAXUINT)
    {
      state->assessment_index = self->assessments->len;
      g_ptr_array_add (self->assessments, a);
    }
  else
    {
      gw_assessment_free (g_ptr_array_index (self->assessments, state->assessment_index));
      g_ptr_array_index (self->assessments, state->assessment_index) = a;
    }

  return TRUE;
}

static gboolean
update_evidence (GwWarningIndex  *self,
                 GwAudit         *audit,
                 gint64           id,
                 GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GwEvidence) evidence = gw_audit_get_evidence (audit, id, &local_error);
  EvidenceState *old = g_hash_table_lookup (self->evidence, &id);

  if (evidence == NULL && !g_error_matches (local_error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (old != NULL)
    {
      count_evidence (self, old->kind, old->requirement_ids, -1);
      g_hash_table_remove (self->evidence, &id);
    }

  /* Deleted: nothing more to count. */
  if (evidence == NULL)
    return TRUE;

  return load_evidence (self, audit, evidence, error);
}

static gboolean
update_action (GwWarningIndex  *self,
               GwAudit         *audit,
               gint64           id,
               GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  GwAction *action = gw_audit_get_action (audit, id, &local_error);
  ActionState *old = g_hash_table_lookup (self->actions, &id);

  if (action == NULL && !g_error_matches (local_error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (old != NULL)
    {
      count_action (self, old->requirement_ids, -1);
      g_hash_table_remove (self->actions, &id);
    }

  if (action == NULL)
    return TRUE;

  return load_action (self, audit, action, error);
}

static gboolean
apply_change (GwWarningIndex  *self,
              GwAudit         *audit,
              char             entity,
              gint64           id,
              GError         **error)
{
  switch (entity)
    {
    case 'a':
      return update_assessment (self, audit, id, error);
    case 'e':
      return update_evidence (self, audit, id, error);
    case 'x':
      return update_action (self, audit, id, error);
    case 'r':
      return load_risks (self, audit, error);
    default:
      g_assert_not_reached ();
    }
}

/**
 * gw_warning_index_update:
 * @entity: @audit's "changed" entity: "assessment", "evidence", "action",
 *   "risk", "measure", "risk-matrix" or "audit"
 * @id: its id
 *
 * Re-reads one changed entity. Call it from the audit's "changed" signal.
 * Before a load nothing is done; during a load in steps the change is read
 * when the load ends. On failure the index may be stale; load it again.
 */
gboolean
gw_warning_index_update (GwWarningIndex  *self,
                         GwAudit         *audit,
                         const char      *entity,
                         gint64           id,
                         GError         **error)
{
  Change change = { 0, id };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (GW_IS_AUDIT (audit), FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);

  if (g_str_equal (entity, "assessment"))
    change.entity = 'a';
  else if (g_str_equal (entity, "evidence"))
    change.entity = 'e';
  else if (g_str_equal (entity, "action"))
    change.entity = 'x';
  else if (g_str_equal (entity, "risk") || g_str_equal (entity, "measure") || g_str_equal (entity, "risk-matrix"))
    change.entity = 'r';
  else
    return TRUE;   /* the audit's details play no part in the warnings */

  if (self->phase == LOAD_NONE)
    return TRUE;

  if (self->phase != LOAD_DONE)
    {
      g_array_append_val (self->changes, change);
      return TRUE;
    }

  return apply_change (self, audit, change.entity, id, error);
}

/* Warnings ---------------------------------------------------------------- */

static GwWarning *
requirement_warning (GwWarningKind        kind,
                     const GwRequirement *req)
{
  GwWarning *w = g_new0 (GwWarning, 1);

  w->kind = kind;
  w->requirement_id = req->id;
  w->ref = g_strdup (req->ref);
  w->text = g_strdup (req->question);
  return w;
}

static int
compare_overdue (gconstpointer a,
                 gconstpointer b)
{
  const GwAction *x = *(const GwAction * const *) a;
  const GwAction *y = *(const GwAction * const *) b;
  int cmp = strcmp (x->due_date, y->due_date);

  return cmp != 0 ? cmp : (x->id > y->id) - (x->id < y->id);
}

static void
add_overdue_actions (GwWarningIndex *self,
                     const char     *today,
                     GPtrArray      *warnings)
{
  g_autoptr(GPtrArray) overdue = g_ptr_array_new ();
  g_autoptr(GHashTable) by_action = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  ActionState *state;

  g_hash_table_iter_init (&iter, self->actions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &state))
    if (gw_action_is_past_due (state->action, today))
      {
        g_ptr_array_add (overdue, state->action);
        g_hash_table_insert (by_action, state->action, state);
      }

  /* The longest overdue first. */
  g_ptr_array_sort (overdue, compare_overdue);

  for (guint i = 0; i < overdue->len; i++)
    {
      GwAction *action = g_ptr_array_index (overdue, i);
      ActionState *s = g_hash_table_lookup (by_action, action);
      GwWarning *w = g_new0 (GwWarning, 1);

      w->kind = GW_WARNING_ACTION_OVERDUE;
      w->action_id = action->id;
      w->text = g_strdup (action->title);
      w->owner = g_strdup (action->owner);
      w->due_date = g_strdup (action->due_date);
      if (s->requirement_ids->len > 0)
        {
          gint64 req_id = g_array_index (s->requirement_ids, gint64, 0);
          RequirementState *rs = g_hash_table_lookup (self->requirement_states, &req_id);

          w->requirement_id = req_id;
          w->ref = rs ? g_strdup (rs->requirement->ref) : NULL;
        }
      g_ptr_array_add (warnings, w);
    }
}

static gboolean
risk_needs_measures (GwWarningIndex *self,
                     const GwRisk   *risk)
{
  guint n_in_place = 0;

  for (guint i = 0; i < self->measure_links->len; i++)
    {
      const GwRiskLink *link = &g_array_index (self->measure_links, GwRiskLink, i);

      if (link->risk_id == risk->id &&
          GPOINTER_TO_INT (g_hash_table_lookup (self->measures_in_place, &link->target_id)))
        n_in_place++;
    }

  return gw_risk_lacks_measures (risk, self->matrix, n_in_place);
}

static int
compare_inherent_score (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  const GwRisk *x = *(const GwRisk * const *) a;
  const GwRisk *y = *(const GwRisk * const *) b;
  GwRiskMatrix *matrix = user_data;
  int sx = gw_risk_matrix_score (matrix, x->inherent_likelihood, x->inherent_impact);
  int sy = gw_risk_matrix_score (matrix, y->inherent_likelihood, y->inherent_impact);

  if (sx != sy)
    return sy - sx;
  return (x->id > y->id) - (x->id < y->id);
}

static void
add_high_risks (GwWarningIndex *self,
                GPtrArray      *warnings)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new ();

  for (guint i = 0; i < self->risks->len; i++)
    if (risk_needs_measures (self, g_ptr_array_index (self->risks, i)))
      g_ptr_array_add (open, g_ptr_array_index (self->risks, i));

  /* The highest risk first. */
  g_ptr_array_sort_with_data (open, compare_inherent_score, self->matrix);

  for (guint i = 0; i < open->len; i++)
    {
      const GwRisk *risk = g_ptr_array_index (open, i);
      GwWarning *w = g_new0 (GwWarning, 1);

      w->kind = GW_WARNING_HIGH_RISK_UNTREATED;
      w->risk_id = risk->id;
      w->text = g_strdup (risk->title);
      w->owner = g_strdup (risk->owner);
      w->due_date = g_strdup (risk->review_date);
      for (guint j = 0; j < self->requirement_links->len; j++)
        {
          const GwRiskLink *link = &g_array_index (self->requirement_links, GwRiskLink, j);

          if (link->risk_id == risk->id)
            {
              RequirementState *rs = g_hash_table_lookup (self->requirement_states, &link->target_id);

              w->requirement_id = link->target_id;
              w->ref = rs ? g_strdup (rs->requirement->ref) : NULL;
              break;
            }
        }
      g_ptr_array_add (warnings, w);
    }
}

/**
 * gw_warning_index_compute:
 * @today: YYYY-MM-DD, the day actions become overdue after
 *
 * Returns: (transfer full) (element-type GwWarning): the warnings, grouped
 *   by kind in the order of #GwWarningKind; requirements in checklist
 *   order, overdue actions the longest overdue first, high risks the
 *   highest first
 */
GPtrArray *
gw_warning_index_compute (GwWarningIndex *self,
                          const char     *today)
{
  GPtrArray *by_kind[GW_N_WARNING_KINDS];
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_warning_free);

  g_return_val_if_fail (self != NULL, warnings);
  g_return_val_if_fail (today != NULL, warnings);

  if (self->phase != LOAD_DONE)
    return warnings;

  for (guint k = 0; k < GW_N_WARNING_KINDS; k++)
    by_kind[k] = g_ptr_array_new ();

  for (guint i = 0; i < self->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (self->requirements, i);
      RequirementState *state = g_hash_table_lookup (self->requirement_states, &req->id);
      GwAssessment *a;

      if (state->assessment_index == G_MAXUINT)
        continue;
      a = g_ptr_array_index (self->assessments, state->assessment_index);

      if (a->result == GW_RESULT_NOT_APPLICABLE && is_blank (a->justification))
        g_ptr_array_add (by_kind[GW_WARNING_NOT_APPLICABLE_WITHOUT_JUSTIFICATION],
                         requirement_warning (GW_WARNING_NOT_APPLICABLE_WITHOUT_JUSTIFICATION, req));

      /* Informative items are scored on maturity only. */
      if (req->informative)
        continue;

      if (a->result == GW_RESULT_CONFORMING && state->n_evidence == 0)
        g_ptr_array_add (by_kind[GW_WARNING_CONFORMING_WITHOUT_EVIDENCE],
                         requirement_warning (GW_WARNING_CONFORMING_WITHOUT_EVIDENCE, req));
      else if ((a->result == GW_RESULT_CONFORMING || a->result == GW_RESULT_PARTIAL) &&
               req->documented != GW_DOCUMENTED_NONE && state->n_documents == 0)
        g_ptr_array_add (by_kind[GW_WARNING_DOCUMENT_MISSING],
                         requirement_warning (GW_WARNING_DOCUMENT_MISSING, req));

      if (a->result == GW_RESULT_NONCONFORMING && state->n_actions == 0)
        g_ptr_array_add (by_kind[GW_WARNING_NONCONFORMING_WITHOUT_ACTION],
                         requirement_warning (GW_WARNING_NONCONFORMING_WITHOUT_ACTION, req));
    }

  for (guint k = 0; k < GW_N_WARNING_KINDS; k++)
    {
      if (k == GW_WARNING_ACTION_OVERDUE)
        add_overdue_actions (self, today, warnings);
      else if (k == GW_WARNING_HIGH_RISK_UNTREATED)
        add_high_risks (self, warnings);
      else
        g_ptr_array_extend_and_steal (warnings, g_steal_pointer (&by_kind[k]));
      g_clear_pointer (&by_kind[k], g_ptr_array_unref);
    }

  return warnings;
}

/**
 * gw_warning_index_compute_scores:
 *
 * Returns: (transfer full) (nullable): readiness and progress from the
 *   index's data, as gw_audit_compute_scores() would give them; %NULL
 *   before a load
 */
GwScoreSheet *
gw_warning_index_compute_scores (GwWarningIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->phase != LOAD_DONE)
    return NULL;

  return gw_score_sheet_new (self->clauses, self->requirements, self->assessments);
}

/**
 * gw_warning_index_get_clauses:
 *
 * Returns: (transfer none) (nullable) (element-type GwClause): the clause
 *   tree in checklist order
 */
GPtrArray *
gw_warning_index_get_clauses (GwWarningIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->clauses;
}

/**
 * gw_warning_index_get_requirements:
 *
 * Returns: (transfer none) (nullable) (element-type GwRequirement): the
 *   requirements in checklist order
 */
GPtrArray *
gw_warning_index_get_requirements (GwWarningIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->requirements;
}

static int
compare_action_ids (gconstpointer a,
                    gconstpointer b)
{
  const GwAction *x = *(const GwAction * const *) a;
  const GwAction *y = *(const GwAction * const *) b;

  return (x->id > y->id) - (x->id < y->id);
}

/**
 * gw_warning_index_get_actions:
 *
 * Returns: (transfer container) (element-type GwAction): the action plan
 *   in the order the actions were added; the actions belong to the index
 *   and last until its next update
 */
GPtrArray *
gw_warning_index_get_actions (GwWarningIndex *self)
{
  GPtrArray *actions = g_ptr_array_new ();
  GHashTableIter iter;
  ActionState *state;

  g_return_val_if_fail (self != NULL, actions);

  g_hash_table_iter_init (&iter, self->actions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &state))
    g_ptr_array_add (actions, state->action);
  g_ptr_array_sort (actions, compare_action_ids);
  return actions;
}

/**
 * gw_warning_index_count_actions:
 * @n_open: (out) (optional): open or in progress
 * @n_overdue: (out) (optional): of those, past their due date
 * @n_closed: (out) (optional): done or verified
 */
void
gw_warning_index_count_actions (GwWarningIndex *self,
                                const char     *today,
                                guint          *n_open,
                                guint          *n_overdue,
                                guint          *n_closed)
{
  guint open = 0, overdue = 0, closed = 0;
  GHashTableIter iter;
  ActionState *state;

  g_return_if_fail (self != NULL);
  g_return_if_fail (today != NULL);

  g_hash_table_iter_init (&iter, self->actions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &state))
    {
      if (!gw_action_is_open (state->action))
        closed++;
      else
        {
          open++;
          if (gw_action_is_past_due (state->action, today))
            overdue++;
        }
    }

  if (n_open)
    *n_open = open;
  if (n_overdue)
    *n_overdue = overdue;
  if (n_closed)
    *n_closed = closed;
}

/**
 * gw_warning_index_count_risks:
 * @n_risks: (out) (optional): risks in the register
 * @n_high: (out) (optional): of those, rated high before treatment
 * @n_high_residual: (out) (optional): rated high after treatment
 * @n_untreated: (out) (optional): high risks without their measures in place
 */
void
gw_warning_index_count_risks (GwWarningIndex *self,
                              guint          *n_risks,
                              guint          *n_high,
                              guint          *n_high_residual,
                              guint          *n_untreated)
{
  guint high = 0, high_residual = 0, untreated = 0;

  g_return_if_fail (self != NULL);

  for (guint i = 0; self->risks && i < self->risks->len; i++)
    {
      const GwRisk *risk = g_ptr_array_index (self->risks, i);
      const GwRiskLevel *residual = gw_risk_matrix_rate (self->matrix, risk->residual_likelihood,
                                                         risk->residual_impact);

      if (gw_risk_is_high (risk, self->matrix))
        high++;
      if (residual != NULL && residual->high)
        high_residual++;
      if (risk_needs_measures (self, risk))
        untreated++;
    }

  if (n_risks)
    *n_risks = self->risks ? self->risks->len : 0;
  if (n_high)
    *n_high = high;
  if (n_high_residual)
    *n_high_residual = high_residual;
  if (n_untreated)
    *n_untreated = untreated;
}
