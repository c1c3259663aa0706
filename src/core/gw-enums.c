/* gw-enums.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table per vocabulary: the stored id and the label. The tables are the
 * single place where a new value is added; the functions below only search
 * them.
 */

#define G_LOG_DOMAIN "gw-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gw-enums.h"

typedef struct
{
  const char *id;
  const char *label;
} Entry;

static const Entry results[] = {
  { "not-assessed", N_("Not assessed") },
  { "conforming", N_("Conforming") },
  { "partial", N_("Partially conforming") },
  { "nonconforming", N_("Nonconforming") },
  { "not-applicable", N_("Not applicable") },
};

static const Entry finding_grades[] = {
  { "none", N_("None") },
  { "major-nc", N_("Major nonconformity") },
  { "minor-nc", N_("Minor nonconformity") },
  { "observation", N_("Observation") },
  { "ofi", N_("Opportunity for improvement") },
};

static const Entry documented[] = {
  { "none", N_("None") },
  { "maintain", N_("Document to maintain") },
  { "retain", N_("Record to retain") },
};

static const Entry evidence_kinds[] = {
  { "document", N_("Document") },
  { "record", N_("Record") },
  { "interview", N_("Interview") },
  { "observation", N_("Observation") },
  { "photo", N_("Photo") },
  { "other", N_("Other") },
};

static const Entry action_statuses[] = {
  { "open", N_("Open") },
  { "in-progress", N_("In progress") },
  { "done", N_("Done") },
  { "verified", N_("Verified") },
};

static const Entry priorities[] = {
  { "low", N_("Low") },
  { "medium", N_("Medium") },
  { "high", N_("High") },
  { "critical", N_("Critical") },
};

static const Entry audit_types[] = {
  { "gap-analysis", N_("Gap analysis") },
  { "internal", N_("Internal audit") },
  { "pre-certification", N_("Pre-certification audit") },
  { "follow-up", N_("Follow-up audit") },
};

static const Entry risk_assets[] = {
  { "facility", N_("Facility") },
  { "cargo", N_("Cargo") },
  { "conveyance", N_("Conveyance") },
  { "information", N_("Information") },
  { "people", N_("People") },
  { "business-partner", N_("Business partner") },
  { "process", N_("Process") },
};

static const Entry threat_categories[] = {
  { "theft", N_("Theft") },
  { "tampering", N_("Tampering") },
  { "smuggling", N_("Smuggling and contraband") },
  { "terrorism", N_("Terrorism") },
  { "cyber-attack", N_("Cyber attack") },
  { "insider", N_("Insider threat") },
  { "counterfeit", N_("Counterfeit goods") },
  { "disruption", N_("Disruption") },
  { "other", N_("Other threat") },
};

static const Entry risk_treatments[] = {
  { "undecided", N_("Not decided") },
  { "mitigate", N_("Mitigate") },
  { "avoid", N_("Avoid") },
  { "transfer", N_("Transfer") },
  { "accept", N_("Accept") },
};

static const Entry measure_domains[] = {
  { "physical", N_("Physical security") },
  { "access-control", N_("Access control") },
  { "personnel", N_("Personnel security") },
  { "it-cyber", N_("IT and cyber security") },
  { "cargo-conveyance", N_("Cargo and conveyance integrity") },
  { "business-partner", N_("Business partner security") },
  { "training", N_("Training and awareness") },
  { "crisis", N_("Crisis management and recovery") },
};

static const Entry measure_statuses[] = {
  { "not-assessed", N_("Not assessed") },
  { "not-in-place", N_("Not in place") },
  { "planned", N_("Planned") },
  { "partial", N_("Partly in place") },
  { "in-place", N_("In place") },
  { "not-applicable", N_("Not applicable") },
};

static gboolean
lookup (const Entry *table,
        guint        n_entries,
        const char  *id,
        int         *value)
{
  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < n_entries; i++)
    {
      if (g_str_equal (table[i].id, id))
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_VOCABULARY(prefix, Type, table)                            \
  const char *prefix##_to_id (Type value)                                 \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);    \
    return table[value].id;                                               \
  }                                                                       \
  const char *prefix##_to_label (Type value)                              \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);    \
    return _(table[value].label);                                         \
  }                                                                       \
  gboolean prefix##_from_id (const char *id, Type *value)                 \
  {                                                                       \
    int found = 0;                                                        \
    if (!lookup (table, G_N_ELEMENTS (table), id, &found))                \
      return FALSE;                                                       \
    *value = (Type) found;                                                \
    return TRUE;                                                          \
  }

DEFINE_VOCABULARY (gw_result, GwResult, results)
DEFINE_VOCABULARY (gw_finding_grade, GwFindingGrade, finding_grades)
DEFINE_VOCABULARY (gw_documented, GwDocumented, documented)
DEFINE_VOCABULARY (gw_evidence_kind, GwEvidenceKind, evidence_kinds)
DEFINE_VOCABULARY (gw_action_status, GwActionStatus, action_statuses)
DEFINE_VOCABULARY (gw_priority, GwPriority, priorities)
DEFINE_VOCABULARY (gw_audit_type, GwAuditType, audit_types)
DEFINE_VOCABULARY (gw_risk_asset, GwRiskAsset, risk_assets)
DEFINE_VOCABULARY (gw_threat_category, GwThreatCategory, threat_categories)
DEFINE_VOCABULARY (gw_risk_treatment, GwRiskTreatment, risk_treatments)
DEFINE_VOCABULARY (gw_measure_domain, GwMeasureDomain, measure_domains)
DEFINE_VOCABULARY (gw_measure_status, GwMeasureStatus, measure_statuses)
