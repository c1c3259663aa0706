/* gw-audit-edit.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and editing an audit's content. Every edit is checked here, in
 * the user's terms, before it reaches the store: a rule such as "not
 * applicable needs a justification" holds the same for the window, the
 * command line and the generators. Each edit is committed, with its
 * change-log rows, before the function returns.
 */

#define G_LOG_DOMAIN "gw-audit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gw-audit-private.h"

gboolean
_gw_audit_check_text (const char  *text,
                      const char  *what,
                      gboolean     required,
                      GError     **error)
{
  glong length;

  if (text == NULL || *text == '\0')
    {
      if (required)
        {
          g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                       _("The %s must not be empty."), what);
          return FALSE;
        }
      return TRUE;
    }

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("The %s is not valid text."), what);
      return FALSE;
    }

  length = g_utf8_strlen (text, -1);
  if (length > GW_AUDIT_MAX_TEXT_LENGTH)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("The %s is too long: %ld characters, where at most %d fit. "
                     "Attach long texts as a file instead."),
                   what, length, GW_AUDIT_MAX_TEXT_LENGTH);
      return FALSE;
    }

  if (required)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      if (*stripped == '\0')
        {
          g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                       _("The %s must not be empty."), what);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
_gw_audit_check_date (const char  *date,
                      const char  *what,
                      GError     **error)
{
  if (date == NULL || *date == '\0' || gw_date_is_valid (date))
    return TRUE;

  g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
               _("The %s “%s” is not a date of the form YYYY-MM-DD."), what, date);
  return FALSE;
}

/* Details --------------------------------------------------------------- */

GwAuditDetails *
gw_audit_get_details (GwAudit  *self,
                      GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_get_details (self->store, error);
}

gboolean
gw_audit_set_details (GwAudit               *self,
                      const GwAuditDetails  *details,
                      GError               **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail (details != NULL, FALSE);

  if (!_gw_audit_writable (self, error) ||
      !_gw_audit_check_text (details->organisation, _("organisation"), FALSE, error) ||
      !_gw_audit_check_text (details->scope, _("scope"), FALSE, error) ||
      !_gw_audit_check_text (details->lead_auditor, _("lead auditor"), FALSE, error) ||
      !_gw_audit_check_text (details->team, _("audit team"), FALSE, error) ||
      !_gw_audit_check_text (details->auditee_contacts, _("auditee contacts"), FALSE, error) ||
      !_gw_audit_check_text (details->baseline_title, _("baseline audit"), FALSE, error) ||
      !_gw_audit_check_date (details->start_date, _("start date"), error) ||
      !_gw_audit_check_date (details->end_date, _("end date"), error))
    return FALSE;

  for (guint i = 0; details->sites && details->sites[i]; i++)
    if (!_gw_audit_check_text (details->sites[i], _("site"), FALSE, error))
      return FALSE;

  if (details->start_date && details->end_date && *details->start_date && *details->end_date &&
      g_strcmp0 (details->start_date, details->end_date) > 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("The audit ends (%s) before it starts (%s)."), details->end_date, details->start_date);
      return FALSE;
    }

  now = _gw_audit_now ();
  if (!gw_store_update_details (self->store, details, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "audit", 1);
  return TRUE;
}

/* Clauses and requirements --------------------------------------------- */

GPtrArray *
gw_audit_list_clauses (GwAudit  *self,
                       GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_clauses (self->store, error);
}

GPtrArray *
gw_audit_list_requirements (GwAudit  *self,
                            GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_requirements (self->store, error);
}

GwRequirement *
gw_audit_get_requirement (GwAudit  *self,
                          gint64    requirement_id,
                          GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_get_requirement (self->store, requirement_id, error);
}

/**
 * gw_audit_find_requirement:
 * @ref: a requirement's stable ref, such as "8.6.4-01"
 *
 * Returns: its id, or 0 with @error set
 */
gint64
gw_audit_find_requirement (GwAudit     *self,
                           const char  *ref,
                           GError     **error)
{
  g_autoptr(GPtrArray) reqs = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), 0);

  reqs = gw_audit_list_requirements (self, error);
  if (reqs == NULL)
    return 0;

  for (guint i = 0; i < reqs->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (reqs, i);
      if (g_strcmp0 (req->ref, ref) == 0)
        return req->id;
    }

  g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
               _("The audit has no requirement “%s”."), ref);
  return 0;
}

/* Assessments ----------------------------------------------------------- */

GPtrArray *
gw_audit_list_assessments (GwAudit  *self,
                           GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_assessments (self->store, error);
}

GwAssessment *
gw_audit_get_assessment (GwAudit  *self,
                         gint64    requirement_id,
                         GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_get_assessment (self->store, requirement_id, error);
}

static gboolean
check_assessment (const GwRequirement  *req,
                  const GwAssessment   *a,
                  GError              **error)
{
  if ((guint) a->result > GW_RESULT_NOT_APPLICABLE || (guint) a->grade > GW_FINDING_GRADE_OPPORTUNITY)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE, _("Unknown result or finding grade."));
      return FALSE;
    }

  if (a->maturity_current < GW_MATURITY_UNSET || a->maturity_current > GW_MATURITY_MAX ||
      a->maturity_target < GW_MATURITY_UNSET || a->maturity_target > GW_MATURITY_MAX)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("Maturity levels run from 0 to %d."), GW_MATURITY_MAX);
      return FALSE;
    }

  if (req->informative &&
      a->result != GW_RESULT_NOT_ASSESSED && a->result != GW_RESULT_NOT_APPLICABLE)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("%s is a principle, not a requirement: rate its maturity instead of a result."),
                   req->ref);
      return FALSE;
    }

  if ((a->grade == GW_FINDING_GRADE_MAJOR || a->grade == GW_FINDING_GRADE_MINOR) &&
      a->result != GW_RESULT_PARTIAL && a->result != GW_RESULT_NONCONFORMING)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("A nonconformity can only be graded on a requirement that is partially conforming or nonconforming."));
      return FALSE;
    }

  if (a->result == GW_RESULT_NOT_APPLICABLE)
    {
      g_autofree char *justification = g_strstrip (g_strdup (a->justification ? a->justification : ""));
      if (*justification == '\0')
        {
          g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                       _("Say why %s is not applicable: a justification is required."), req->ref);
          return FALSE;
        }
    }

  return _gw_audit_check_text (a->finding, _("finding"), FALSE, error) &&
         _gw_audit_check_text (a->objective, _("objective"), FALSE, error) &&
         _gw_audit_check_text (a->justification, _("justification"), FALSE, error) &&
         _gw_audit_check_text (a->audit_method, _("audit method"), FALSE, error);
}

/**
 * gw_audit_set_assessment:
 *
 * Replaces the assessment of @assessment->requirement_id. Only the fields
 * that differ are logged; an assessment equal to the stored one writes
 * nothing.
 */
gboolean
gw_audit_set_assessment (GwAudit             *self,
                         const GwAssessment  *assessment,
                         GError             **error)
{
  g_autoptr(GwRequirement) req = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  req = gw_store_get_requirement (self->store, assessment->requirement_id, error);
  if (req == NULL || !check_assessment (req, assessment, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_update_assessment (self->store, assessment, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "assessment", assessment->requirement_id);
  return TRUE;
}

/**
 * gw_audit_set_result:
 *
 * Sets only the result, the one-key action of the checklist. A finding
 * grade that no longer fits the result is cleared with it.
 */
gboolean
gw_audit_set_result (GwAudit   *self,
                     gint64     requirement_id,
                     GwResult   result,
                     GError   **error)
{
  g_autoptr(GwAssessment) a = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  a = gw_store_get_assessment (self->store, requirement_id, error);
  if (a == NULL)
    return FALSE;

  a->result = result;
  if ((a->grade == GW_FINDING_GRADE_MAJOR || a->grade == GW_FINDING_GRADE_MINOR) &&
      result != GW_RESULT_PARTIAL && result != GW_RESULT_NONCONFORMING)
    a->grade = GW_FINDING_GRADE_NONE;

  return gw_audit_set_assessment (self, a, error);
}

/* Evidence -------------------------------------------------------------- */

static gboolean
check_evidence (const GwEvidence  *e,
                GError           **error)
{
  if ((guint) e->kind > GW_EVIDENCE_KIND_OTHER)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE, _("Unknown kind of evidence."));
      return FALSE;
    }

  return _gw_audit_check_text (e->title, _("evidence title"), TRUE, error) &&
         _gw_audit_check_text (e->reference, _("reference"), FALSE, error) &&
         _gw_audit_check_text (e->notes, _("notes"), FALSE, error) &&
         _gw_audit_check_date (e->date, _("evidence date"), error);
}

gint64
gw_audit_add_evidence (GwAudit           *self,
                       const GwEvidence  *evidence,
                       GError           **error)
{
  g_autofree char *now = NULL;
  gint64 id;

  g_return_val_if_fail (GW_IS_AUDIT (self), 0);

  if (!_gw_audit_writable (self, error) || !check_evidence (evidence, error))
    return 0;

  now = _gw_audit_now ();
  id = gw_store_insert_evidence (self->store, evidence, self->author, now, error);
  if (id == 0)
    return 0;

  _gw_audit_changed (self, "evidence", id);
  return id;
}

gboolean
gw_audit_update_evidence (GwAudit           *self,
                          const GwEvidence  *evidence,
                          GError           **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (!_gw_audit_writable (self, error) || !check_evidence (evidence, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_update_evidence (self->store, evidence, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "evidence", evidence->id);
  return TRUE;
}

gboolean
gw_audit_delete_evidence (GwAudit  *self,
                          gint64    evidence_id,
                          GError  **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_delete_evidence (self->store, evidence_id, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "evidence", evidence_id);
  return TRUE;
}

GwEvidence *
gw_audit_get_evidence (GwAudit  *self,
                       gint64    evidence_id,
                       GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_get_evidence (self->store, evidence_id, error);
}

/**
 * gw_audit_list_evidence:
 * @requirement_id: a requirement, or 0 for the whole evidence register
 */
GPtrArray *
gw_audit_list_evidence (GwAudit  *self,
                        gint64    requirement_id,
                        GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_evidence (self->store, requirement_id, error);
}

static gboolean
set_link (GwAudit     *self,
          const char  *entity,
          gint64       id,
          gint64       requirement_id,
          gboolean     linked,
          GError     **error)
{
  g_autofree char *now = NULL;

  if (!_gw_audit_writable (self, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_set_link (self->store, entity, id, requirement_id, linked, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, entity, id);
  return TRUE;
}

gboolean
gw_audit_link_evidence (GwAudit   *self,
                        gint64     evidence_id,
                        gint64     requirement_id,
                        gboolean   linked,
                        GError   **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  return set_link (self, "evidence", evidence_id, requirement_id, linked, error);
}

/**
 * gw_audit_list_evidence_requirements:
 *
 * Returns: (element-type gint64): the requirements @evidence_id supports,
 *   in checklist order
 */
GArray *
gw_audit_list_evidence_requirements (GwAudit  *self,
                                     gint64    evidence_id,
                                     GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_linked_requirements (self->store, "evidence", evidence_id, error);
}

/**
 * gw_audit_attach_bytes:
 *
 * Stores a file in the audit as the attachment of @evidence_id, replacing
 * any earlier one. Its SHA-256 is kept and checked whenever it is read.
 */
gboolean
gw_audit_attach_bytes (GwAudit     *self,
                       gint64       evidence_id,
                       const char  *file_name,
                       const char  *mime_type,
                       GBytes      *data,
                       GError     **error)
{
  g_autofree char *sha256 = NULL;
  g_autofree char *now = NULL;
  g_autofree char *guessed = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!_gw_audit_writable (self, error) ||
      !_gw_audit_check_text (file_name, _("file name"), TRUE, error))
    return FALSE;

  if (g_bytes_get_size (data) > GW_AUDIT_MAX_ATTACHMENT_SIZE)
    {
      g_autofree char *size = g_format_size (g_bytes_get_size (data));
      g_autofree char *limit = g_format_size (GW_AUDIT_MAX_ATTACHMENT_SIZE);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("“%s” is too large to attach (%s; at most %s). "
                     "Record where it is kept in the reference instead."),
                   file_name, size, limit);
      return FALSE;
    }

  if (mime_type == NULL || *mime_type == '\0')
    {
      g_autofree char *content_type = g_content_type_guess (file_name, g_bytes_get_data (data, NULL),
                                                            g_bytes_get_size (data), NULL);
      guessed = g_content_type_get_mime_type (content_type);
      mime_type = guessed ? guessed : "application/octet-stream";
    }

  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  now = _gw_audit_now ();
  if (!gw_store_set_attachment (self->store, evidence_id, file_name, mime_type, data, sha256,
                                self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "evidence", evidence_id);
  return TRUE;
}

gboolean
gw_audit_attach_file (GwAudit  *self,
                      gint64    evidence_id,
                      GFile    *file,
                      GError  **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *mime_type = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;

  if (g_file_info_get_size (info) > GW_AUDIT_MAX_ATTACHMENT_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (GW_AUDIT_MAX_ATTACHMENT_SIZE);
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE,
                   _("“%s” is too large to attach (%s; at most %s). "
                     "Record where it is kept in the reference instead."),
                   g_file_info_get_display_name (info), size, limit);
      return FALSE;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;

  if (g_file_info_get_content_type (info) != NULL)
    mime_type = g_content_type_get_mime_type (g_file_info_get_content_type (info));

  return gw_audit_attach_bytes (self, evidence_id, g_file_info_get_display_name (info),
                                mime_type, bytes, error);
}

gboolean
gw_audit_remove_attachment (GwAudit  *self,
                            gint64    evidence_id,
                            GError  **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_set_attachment (self->store, evidence_id, NULL, NULL, NULL, NULL,
                                self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "evidence", evidence_id);
  return TRUE;
}

/**
 * gw_audit_read_attachment:
 *
 * Returns the attached file of @evidence_id after checking it against the
 * SHA-256 recorded when it was attached, so a damaged attachment is never
 * handed out as if it were the original.
 */
GBytes *
gw_audit_read_attachment (GwAudit  *self,
                          gint64    evidence_id,
                          GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);

  bytes = gw_store_get_attachment (self->store, evidence_id, &expected, error);
  if (bytes == NULL)
    return NULL;

  actual = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  if (g_strcmp0 (actual, expected) != 0)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_ATTACHMENT_CORRUPT,
                   _("The attached file is damaged: its content no longer matches the checksum "
                     "recorded when it was attached."));
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

/* Actions --------------------------------------------------------------- */

static gboolean
check_action (const GwAction  *a,
              GError         **error)
{
  if ((guint) a->priority > GW_PRIORITY_CRITICAL || (guint) a->status > GW_ACTION_STATUS_VERIFIED)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE, _("Unknown priority or status."));
      return FALSE;
    }

  return _gw_audit_check_text (a->title, _("action title"), TRUE, error) &&
         _gw_audit_check_text (a->description, _("description"), FALSE, error) &&
         _gw_audit_check_text (a->owner, _("owner"), FALSE, error) &&
         _gw_audit_check_date (a->due_date, _("due date"), error);
}

gint64
gw_audit_add_action (GwAudit         *self,
                     const GwAction  *action,
                     GError         **error)
{
  g_autofree char *now = NULL;
  gint64 id;

  g_return_val_if_fail (GW_IS_AUDIT (self), 0);

  if (!_gw_audit_writable (self, error) || !check_action (action, error))
    return 0;

  now = _gw_audit_now ();
  id = gw_store_insert_action (self->store, action, self->author, now, error);
  if (id == 0)
    return 0;

  _gw_audit_changed (self, "action", id);
  return id;
}

gboolean
gw_audit_update_action (GwAudit         *self,
                        const GwAction  *action,
                        GError         **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (!_gw_audit_writable (self, error) || !check_action (action, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_update_action (self->store, action, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "action", action->id);
  return TRUE;
}

gboolean
gw_audit_delete_action (GwAudit  *self,
                        gint64    action_id,
                        GError  **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);

  if (!_gw_audit_writable (self, error))
    return FALSE;

  now = _gw_audit_now ();
  if (!gw_store_delete_action (self->store, action_id, self->author, now, error))
    return FALSE;

  _gw_audit_changed (self, "action", action_id);
  return TRUE;
}

GwAction *
gw_audit_get_action (GwAudit  *self,
                     gint64    action_id,
                     GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_get_action (self->store, action_id, error);
}

/**
 * gw_audit_list_actions:
 * @requirement_id: a requirement, or 0 for the whole action plan
 */
GPtrArray *
gw_audit_list_actions (GwAudit  *self,
                       gint64    requirement_id,
                       GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_actions (self->store, requirement_id, error);
}

gboolean
gw_audit_link_action (GwAudit   *self,
                      gint64     action_id,
                      gint64     requirement_id,
                      gboolean   linked,
                      GError   **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), FALSE);
  return set_link (self, "action", action_id, requirement_id, linked, error);
}

GArray *
gw_audit_list_action_requirements (GwAudit  *self,
                                   gint64    action_id,
                                   GError  **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_linked_requirements (self->store, "action", action_id, error);
}

/**
 * gw_audit_list_links:
 * @entity: "evidence" or "action"
 *
 * Returns: (element-type GwLink): every link between @entity items and
 *   requirements, ordered by item, then by checklist order
 */
GArray *
gw_audit_list_links (GwAudit     *self,
                     const char  *entity,
                     GError     **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  g_return_val_if_fail (g_strcmp0 (entity, "evidence") == 0 || g_strcmp0 (entity, "action") == 0, NULL);
  return gw_store_list_links (self->store, entity, error);
}

/* Change log and scores ------------------------------------------------- */

/**
 * gw_audit_list_changes:
 * @entity: (nullable): "audit", "assessment", "evidence" or "action", or
 *   %NULL for the whole log
 * @entity_id: the id within @entity
 */
GPtrArray *
gw_audit_list_changes (GwAudit     *self,
                       const char  *entity,
                       gint64       entity_id,
                       GError     **error)
{
  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);
  return gw_store_list_changes (self->store, entity, entity_id, error);
}

GwScoreSheet *
gw_audit_compute_scores (GwAudit  *self,
                         GError  **error)
{
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GPtrArray) reqs = NULL;
  g_autoptr(GPtrArray) assessments = NULL;

  g_return_val_if_fail (GW_IS_AUDIT (self), NULL);
  g_return_val_if_fail (!self->closed, NULL);

  clauses = gw_store_list_clauses (self->store, error);
  if (clauses == NULL)
    return NULL;
  reqs = gw_store_list_requirements (self->store, error);
  if (reqs == NULL)
    return NULL;
  assessments = gw_store_list_assessments (self->store, error);
  if (assessments == NULL)
    return NULL;

  return gw_score_sheet_new (clauses, reqs, assessments);
}
