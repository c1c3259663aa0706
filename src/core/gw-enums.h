/* gw-enums.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The closed vocabularies of an audit. Each value has a stable id that is
 * what the audit file stores (so files stay readable whatever the interface
 * language) and a translated label for people.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  GW_RESULT_NOT_ASSESSED,
  GW_RESULT_CONFORMING,
  GW_RESULT_PARTIAL,
  GW_RESULT_NONCONFORMING,
  GW_RESULT_NOT_APPLICABLE,
} GwResult;

typedef enum
{
  GW_FINDING_GRADE_NONE,
  GW_FINDING_GRADE_MAJOR,
  GW_FINDING_GRADE_MINOR,
  GW_FINDING_GRADE_OBSERVATION,
  GW_FINDING_GRADE_OPPORTUNITY,
} GwFindingGrade;

typedef enum
{
  GW_DOCUMENTED_NONE,
  GW_DOCUMENTED_MAINTAIN,
  GW_DOCUMENTED_RETAIN,
} GwDocumented;

typedef enum
{
  GW_EVIDENCE_KIND_DOCUMENT,
  GW_EVIDENCE_KIND_RECORD,
  GW_EVIDENCE_KIND_INTERVIEW,
  GW_EVIDENCE_KIND_OBSERVATION,
  GW_EVIDENCE_KIND_PHOTO,
  GW_EVIDENCE_KIND_OTHER,
} GwEvidenceKind;

typedef enum
{
  GW_ACTION_STATUS_OPEN,
  GW_ACTION_STATUS_IN_PROGRESS,
  GW_ACTION_STATUS_DONE,
  GW_ACTION_STATUS_VERIFIED,
} GwActionStatus;

typedef enum
{
  GW_PRIORITY_LOW,
  GW_PRIORITY_MEDIUM,
  GW_PRIORITY_HIGH,
  GW_PRIORITY_CRITICAL,
} GwPriority;

typedef enum
{
  GW_AUDIT_TYPE_GAP_ANALYSIS,
  GW_AUDIT_TYPE_INTERNAL,
  GW_AUDIT_TYPE_PRE_CERTIFICATION,
  GW_AUDIT_TYPE_FOLLOW_UP,
} GwAuditType;

/* What a supply-chain security risk threatens. */
typedef enum
{
  GW_RISK_ASSET_FACILITY,
  GW_RISK_ASSET_CARGO,
  GW_RISK_ASSET_CONVEYANCE,
  GW_RISK_ASSET_INFORMATION,
  GW_RISK_ASSET_PEOPLE,
  GW_RISK_ASSET_BUSINESS_PARTNER,
  GW_RISK_ASSET_PROCESS,
} GwRiskAsset;

typedef enum
{
  GW_THREAT_THEFT,
  GW_THREAT_TAMPERING,
  GW_THREAT_SMUGGLING,
  GW_THREAT_TERRORISM,
  GW_THREAT_CYBER_ATTACK,
  GW_THREAT_INSIDER,
  GW_THREAT_COUNTERFEIT,
  GW_THREAT_DISRUPTION,
  GW_THREAT_OTHER,
} GwThreatCategory;

typedef enum
{
  GW_RISK_TREATMENT_UNDECIDED,
  GW_RISK_TREATMENT_MITIGATE,
  GW_RISK_TREATMENT_AVOID,
  GW_RISK_TREATMENT_TRANSFER,
  GW_RISK_TREATMENT_ACCEPT,
} GwRiskTreatment;

/* The domains of the security-measure catalogue, in the order shown. */
typedef enum
{
  GW_MEASURE_DOMAIN_PHYSICAL,
  GW_MEASURE_DOMAIN_ACCESS_CONTROL,
  GW_MEASURE_DOMAIN_PERSONNEL,
  GW_MEASURE_DOMAIN_IT_CYBER,
  GW_MEASURE_DOMAIN_CARGO_CONVEYANCE,
  GW_MEASURE_DOMAIN_BUSINESS_PARTNER,
  GW_MEASURE_DOMAIN_TRAINING,
  GW_MEASURE_DOMAIN_CRISIS,
} GwMeasureDomain;

#define GW_N_MEASURE_DOMAINS (GW_MEASURE_DOMAIN_CRISIS + 1)

typedef enum
{
  GW_MEASURE_STATUS_NOT_ASSESSED,
  GW_MEASURE_STATUS_NOT_IN_PLACE,
  GW_MEASURE_STATUS_PLANNED,
  GW_MEASURE_STATUS_PARTIAL,
  GW_MEASURE_STATUS_IN_PLACE,
  GW_MEASURE_STATUS_NOT_APPLICABLE,
} GwMeasureStatus;

#define GW_N_MEASURE_STATUSES (GW_MEASURE_STATUS_NOT_APPLICABLE + 1)

const char *gw_result_to_id             (GwResult        value);
gboolean    gw_result_from_id           (const char     *id,
                                         GwResult       *value);
const char *gw_result_to_label          (GwResult        value);

const char *gw_finding_grade_to_id      (GwFindingGrade  value);
gboolean    gw_finding_grade_from_id    (const char     *id,
                                         GwFindingGrade *value);
const char *gw_finding_grade_to_label   (GwFindingGrade  value);

const char *gw_documented_to_id         (GwDocumented    value);
gboolean    gw_documented_from_id       (const char     *id,
                                         GwDocumented   *value);
const char *gw_documented_to_label      (GwDocumented    value);

const char *gw_evidence_kind_to_id      (GwEvidenceKind  value);
gboolean    gw_evidence_kind_from_id    (const char     *id,
                                         GwEvidenceKind *value);
const char *gw_evidence_kind_to_label   (GwEvidenceKind  value);

const char *gw_action_status_to_id      (GwActionStatus  value);
gboolean    gw_action_status_from_id    (const char     *id,
                                         GwActionStatus *value);
const char *gw_action_status_to_label   (GwActionStatus  value);

const char *gw_priority_to_id           (GwPriority      value);
gboolean    gw_priority_from_id         (const char     *id,
                                         GwPriority     *value);
const char *gw_priority_to_label        (GwPriority      value);

const char *gw_audit_type_to_id         (GwAuditType     value);
gboolean    gw_audit_type_from_id       (const char     *id,
                                         GwAuditType    *value);
const char *gw_audit_type_to_label      (GwAuditType     value);

const char *gw_risk_asset_to_id         (GwRiskAsset      value);
gboolean    gw_risk_asset_from_id       (const char      *id,
                                         GwRiskAsset     *value);
const char *gw_risk_asset_to_label      (GwRiskAsset      value);

const char *gw_threat_category_to_id    (GwThreatCategory value);
gboolean    gw_threat_category_from_id  (const char      *id,
                                         GwThreatCategory *value);
const char *gw_threat_category_to_label (GwThreatCategory value);

const char *gw_risk_treatment_to_id     (GwRiskTreatment  value);
gboolean    gw_risk_treatment_from_id   (const char      *id,
                                         GwRiskTreatment *value);
const char *gw_risk_treatment_to_label  (GwRiskTreatment  value);

const char *gw_measure_domain_to_id     (GwMeasureDomain  value);
gboolean    gw_measure_domain_from_id   (const char      *id,
                                         GwMeasureDomain *value);
const char *gw_measure_domain_to_label  (GwMeasureDomain  value);

const char *gw_measure_status_to_id     (GwMeasureStatus  value);
gboolean    gw_measure_status_from_id   (const char      *id,
                                         GwMeasureStatus *value);
const char *gw_measure_status_to_label  (GwMeasureStatus  value);

G_END_DECLS
