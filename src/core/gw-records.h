/* gw-records.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain records read from and written to an audit. They are owned copies:
 * reading an audit hands out records the caller frees, so no caller ever
 * holds a pointer into the database layer. Ids are the audit file's row ids
 * and stay stable for the life of the file.
 */

#pragma once

#include <glib-object.h>

#include "gw-enums.h"

G_BEGIN_DECLS

/* Maturity levels run from 0 to 5; this marks a level not yet set. */
#define GW_MATURITY_UNSET (-1)
#define GW_MATURITY_MAX   5

typedef struct
{
  char        *uuid;
  char        *organisation;
  char       **sites;             /* NULL-terminated, may be empty */
  char        *scope;
  GwAuditType  audit_type;
  char        *lead_auditor;
  char        *team;              /* one name per line */
  char        *auditee_contacts;  /* one contact per line */
  char        *start_date;        /* YYYY-MM-DD or NULL */
  char        *end_date;          /* YYYY-MM-DD or NULL */
  char        *standard_id;       /* read-only: set from the catalogue */
  char        *standard;          /* read-only */
  char        *standard_title;    /* read-only */
  char        *catalogue_revision;/* read-only */
  char        *baseline_uuid;     /* the audit this one follows up, or NULL */
  char        *baseline_title;
  char        *created_at;        /* read-only, ISO 8601 UTC */
} GwAuditDetails;

typedef struct
{
  gint64    id;
  gint64    parent_id;            /* 0 at the top */
  char     *number;
  char     *title;
  char     *intent;
  gboolean  informative;
  guint     depth;
} GwClause;

typedef struct
{
  gint64        id;
  gint64        clause_id;
  char         *ref;
  char         *question;
  char         *guidance;
  char         *typical_evidence;
  GwDocumented  documented;
  gboolean      informative;
} GwRequirement;

typedef struct
{
  gint64          requirement_id;
  GwResult        result;
  GwFindingGrade  grade;
  int             maturity_current;  /* GW_MATURITY_UNSET or 0..5 */
  int             maturity_target;
  char           *finding;
  char           *objective;
  char           *justification;
  char           *audit_method;      /* how it was audited */
  char           *changed_by;        /* read-only */
  char           *changed_at;        /* read-only */
} GwAssessment;

typedef struct
{
  gint64          id;
  char           *title;
  GwEvidenceKind  kind;
  char           *reference;
  char           *date;              /* YYYY-MM-DD or NULL */
  char           *notes;
  /* the attached file, read-only here (see gw_audit_attach_file()) */
  char           *file_name;         /* NULL when nothing is attached */
  char           *mime_type;
  gint64          file_size;
  char           *sha256;
  guint           n_links;           /* read-only: requirements it supports */
} GwEvidence;

typedef struct
{
  gint64          id;
  char           *title;
  char           *description;
  char           *owner;
  char           *due_date;          /* YYYY-MM-DD or NULL */
  GwPriority      priority;
  GwActionStatus  status;
  char           *created_at;        /* read-only */
  guint           n_links;           /* read-only */
} GwAction;

typedef struct
{
  gint64  id;
  char   *changed_at;
  char   *author;
  char   *entity;      /* "audit", "assessment", "evidence", "action" */
  gint64  entity_id;
  char   *field;
  char   *old_value;
  char   *new_value;
} GwChange;

/* One link between an evidence item or action and a requirement. */
typedef struct
{
  gint64  id;
  gint64  requirement_id;
} GwLink;

GwAuditDetails *gw_audit_details_new   (void);
GwAuditDetails *gw_audit_details_copy  (const GwAuditDetails *details);
void            gw_audit_details_free  (GwAuditDetails       *details);

GwClause       *gw_clause_copy         (const GwClause       *clause);
void            gw_clause_free         (GwClause             *clause);

GwRequirement  *gw_requirement_copy    (const GwRequirement  *requirement);
void            gw_requirement_free    (GwRequirement        *requirement);

GwAssessment   *gw_assessment_new      (gint64                requirement_id);
GwAssessment   *gw_assessment_copy     (const GwAssessment   *assessment);
void            gw_assessment_free     (GwAssessment         *assessment);

GwEvidence     *gw_evidence_new        (const char           *title,
                                        GwEvidenceKind        kind);
GwEvidence     *gw_evidence_copy       (const GwEvidence     *evidence);
void            gw_evidence_free       (GwEvidence           *evidence);

GwAction       *gw_action_new          (const char           *title);
GwAction       *gw_action_copy         (const GwAction       *action);
void            gw_action_free         (GwAction             *action);

GwChange       *gw_change_copy         (const GwChange       *change);
void            gw_change_free         (GwChange             *change);

gboolean        gw_date_is_valid       (const char           *date);

#define GW_TYPE_AUDIT_DETAILS (gw_audit_details_get_type ())
#define GW_TYPE_CLAUSE        (gw_clause_get_type ())
#define GW_TYPE_REQUIREMENT   (gw_requirement_get_type ())
#define GW_TYPE_ASSESSMENT    (gw_assessment_get_type ())
#define GW_TYPE_EVIDENCE      (gw_evidence_get_type ())
#define GW_TYPE_ACTION        (gw_action_get_type ())
#define GW_TYPE_CHANGE        (gw_change_get_type ())

GType gw_audit_details_get_type (void) G_GNUC_CONST;
GType gw_clause_get_type        (void) G_GNUC_CONST;
GType gw_requirement_get_type   (void) G_GNUC_CONST;
GType gw_assessment_get_type    (void) G_GNUC_CONST;
GType gw_evidence_get_type      (void) G_GNUC_CONST;
GType gw_action_get_type        (void) G_GNUC_CONST;
GType gw_change_get_type        (void) G_GNUC_CONST;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwAuditDetails, gw_audit_details_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwClause, gw_clause_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwRequirement, gw_requirement_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwAssessment, gw_assessment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwEvidence, gw_evidence_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwAction, gw_action_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwChange, gw_change_free)

G_END_DECLS
