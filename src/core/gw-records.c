/* gw-records.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "gw-records"

#include "config.h"

#include <string.h>

#include "gw-records.h"

G_DEFINE_BOXED_TYPE (GwAuditDetails, gw_audit_details, gw_audit_details_copy, gw_audit_details_free)
G_DEFINE_BOXED_TYPE (GwClause, gw_clause, gw_clause_copy, gw_clause_free)
G_DEFINE_BOXED_TYPE (GwRequirement, gw_requirement, gw_requirement_copy, gw_requirement_free)
G_DEFINE_BOXED_TYPE (GwAssessment, gw_assessment, gw_assessment_copy, gw_assessment_free)
G_DEFINE_BOXED_TYPE (GwEvidence, gw_evidence, gw_evidence_copy, gw_evidence_free)
G_DEFINE_BOXED_TYPE (GwAction, gw_action, gw_action_copy, gw_action_free)
G_DEFINE_BOXED_TYPE (GwChange, gw_change, gw_change_copy, gw_change_free)

GwAuditDetails *
gw_audit_details_new (void)
{
  GwAuditDetails *details = g_new0 (GwAuditDetails, 1);

  details->organisation = g_strdup ("");
  details->sites = g_new0 (char *, 1);
  details->audit_type = GW_AUDIT_TYPE_GAP_ANALYSIS;
  return details;
}

GwAuditDetails *
gw_audit_details_copy (const GwAuditDetails *details)
{
  GwAuditDetails *copy = g_new0 (GwAuditDetails, 1);

  copy->uuid = g_strdup (details->uuid);
  copy->organisation = g_strdup (details->organisation);
  copy->sites = details->sites ? g_strdupv (details->sites) : g_new0 (char *, 1);
  copy->scope = g_strdup (details->scope);
  copy->audit_type = details->audit_type;
  copy->lead_auditor = g_strdup (details->lead_auditor);
  copy->team = g_strdup (details->team);
  copy->auditee_contacts = g_strdup (details->auditee_contacts);
  copy->start_date = g_strdup (details->start_date);
  copy->end_date = g_strdup (details->end_date);
  copy->standard_id = g_strdup (details->standard_id);
  copy->standard = g_strdup (details->standard);
  copy->standard_title = g_strdup (details->standard_title);
  copy->catalogue_revision = g_strdup (details->catalogue_revision);
  copy->baseline_uuid = g_strdup (details->baseline_uuid);
  copy->baseline_title = g_strdup (details->baseline_title);
  copy->created_at = g_strdup (details->created_at);
  return copy;
}

void
gw_audit_details_free (GwAuditDetails *details)
{
  if (details == NULL)
    return;

  g_free (details->uuid);
  g_free (details->organisation);
  g_strfreev (details->sites);
  g_free (details->scope);
  g_free (details->lead_auditor);
  g_free (details->team);
  g_free (details->auditee_contacts);
  g_free (details->start_date);
  g_free (details->end_date);
  g_free (details->standard_id);
  g_free (details->standard);
  g_free (details->standard_title);
  g_free (details->catalogue_revision);
  g_free (details->baseline_uuid);
  g_free (details->baseline_title);
  g_free (details->created_at);
  g_free (details);
}

GwClause *
gw_clause_copy (const GwClause *clause)
{
  GwClause *copy = g_memdup2 (clause, sizeof *clause);

  copy->number = g_strdup (clause->number);
  copy->title = g_strdup (clause->title);
  copy->intent = g_strdup (clause->intent);
  return copy;
}

void
gw_clause_free (GwClause *clause)
{
  if (clause == NULL)
    return;

  g_free (clause->number);
  g_free (clause->title);
  g_free (clause->intent);
  g_free (clause);
}

GwRequirement *
gw_requirement_copy (const GwRequirement *requirement)
{
  GwRequirement *copy = g_memdup2 (requirement, sizeof *requirement);

  copy->ref = g_strdup (requirement->ref);
  copy->question = g_strdup (requirement->question);
  copy->guidance = g_strdup (requirement->guidance);
  copy->typical_evidence = g_strdup (requirement->typical_evidence);
  return copy;
}

void
gw_requirement_free (GwRequirement *requirement)
{
  if (requirement == NULL)
    return;

  g_free (requirement->ref);
  g_free (requirement->question);
  g_free (requirement->guidance);
  g_free (requirement->typical_evidence);
  g_free (requirement);
}

GwAssessment *
gw_assessment_new (gint64 requirement_id)
{
  GwAssessment *assessment = g_new0 (GwAssessment, 1);

  assessment->requirement_id = requirement_id;
  assessment->result = GW_RESULT_NOT_ASSESSED;
  assessment->grade = GW_FINDING_GRADE_NONE;
  assessment->maturity_current = GW_MATURITY_UNSET;
  assessment->maturity_target = GW_MATURITY_UNSET;
  return assessment;
}

GwAssessment *
gw_assessment_copy (const GwAssessment *assessment)
{
  GwAssessment *copy = g_memdup2 (assessment, sizeof *assessment);

  copy->finding = g_strdup (assessment->finding);
  copy->objective = g_strdup (assessment->objective);
  copy->justification = g_strdup (assessment->justification);
  copy->audit_method = g_strdup (assessment->audit_method);
  copy->changed_by = g_strdup (assessment->changed_by);
  copy->changed_at = g_strdup (assessment->changed_at);
  return copy;
}

void
gw_assessment_free (GwAssessment *assessment)
{
  if (assessment == NULL)
    return;

  g_free (assessment->finding);
  g_free (assessment->objective);
  g_free (assessment->justification);
  g_free (assessment->audit_method);
  g_free (assessment->changed_by);
  g_free (assessment->changed_at);
  g_free (assessment);
}

GwEvidence *
gw_evidence_new (const char     *title,
                 GwEvidenceKind  kind)
{
  GwEvidence *evidence = g_new0 (GwEvidence, 1);

  evidence->title = g_strdup (title);
  evidence->kind = kind;
  return evidence;
}

GwEvidence *
gw_evidence_copy (const GwEvidence *evidence)
{
  GwEvidence *copy = g_memdup2 (evidence, sizeof *evidence);

  copy->title = g_strdup (evidence->title);
  copy->reference = g_strdup (evidence->reference);
  copy->date = g_strdup (evidence->date);
  copy->notes = g_strdup (evidence->notes);
  copy->file_name = g_strdup (evidence->file_name);
  copy->mime_type = g_strdup (evidence->mime_type);
  copy->sha256 = g_strdup (evidence->sha256);
  return copy;
}

void
gw_evidence_free (GwEvidence *evidence)
{
  if (evidence == NULL)
    return;

  g_free (evidence->title);
  g_free (evidence->reference);
  g_free (evidence->date);
  g_free (evidence->notes);
  g_free (evidence->file_name);
  g_free (evidence->mime_type);
  g_free (evidence->sha256);
  g_free (evidence);
}

GwAction *
gw_action_new (const char *title)
{
  GwAction *action = g_new0 (GwAction, 1);

  action->title = g_strdup (title);
  action->priority = GW_PRIORITY_MEDIUM;
  action->status = GW_ACTION_STATUS_OPEN;
  return action;
}

GwAction *
gw_action_copy (const GwAction *action)
{
  GwAction *copy = g_memdup2 (action, sizeof *action);

  copy->title = g_strdup (action->title);
  copy->description = g_strdup (action->description);
  copy->owner = g_strdup (action->owner);
  copy->due_date = g_strdup (action->due_date);
  copy->created_at = g_strdup (action->created_at);
  return copy;
}

void
gw_action_free (GwAction *action)
{
  if (action == NULL)
    return;

  g_free (action->title);
  g_free (action->description);
  g_free (action->owner);
  g_free (action->due_date);
  g_free (action->created_at);
  g_free (action);
}

GwChange *
gw_change_copy (const GwChange *change)
{
  GwChange *copy = g_memdup2 (change, sizeof *change);

  copy->changed_at = g_strdup (change->changed_at);
  copy->author = g_strdup (change->author);
  copy->entity = g_strdup (change->entity);
  copy->field = g_strdup (change->field);
  copy->old_value = g_strdup (change->old_value);
  copy->new_value = g_strdup (change->new_value);
  return copy;
}

void
gw_change_free (GwChange *change)
{
  if (change == NULL)
    return;

  g_free (change->changed_at);
  g_free (change->author);
  g_free (change->entity);
  g_free (change->field);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

/**
 * gw_date_is_valid:
 * @date: (nullable): a date as stored in an audit
 *
 * Dates are stored as calendar dates, YYYY-MM-DD, so that they sort as text
 * and mean the same day in every time zone.
 *
 * Returns: whether @date is a real calendar date in that form
 */
gboolean
gw_date_is_valid (const char *date)
{
  guint year, month, day;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  year = g_ascii_strtoull (date, NULL, 10);
  month = g_ascii_strtoull (date + 5, NULL, 10);
  day = g_ascii_strtoull (date + 8, NULL, 10);

  return g_date_valid_dmy (day, month, year) && year >= 1900;
}
