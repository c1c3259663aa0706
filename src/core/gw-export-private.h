/* gw-export-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inside of the Excel export, shared by gw-export.c (the snapshot, the
 * file handling, the thread), gw-export-sheets.c (what the workbook looks
 * like), the tests and the export benchmark. Nothing outside src/core and
 * tests includes it.
 */

#pragma once

#include <xlsxwriter.h>

#include "gw-export.h"

G_BEGIN_DECLS

/* Cells are cut well below Excel's 32,767 so that the marker fits and text
 * counted in UTF-16 units (as Excel counts) stays under the limit too. */
#define GW_EXPORT_MAX_CELL_UNITS  32000
#define GW_EXPORT_MAX_URL_LENGTH  2079
#define GW_EXPORT_MAX_URLS        65530
#define GW_EXPORT_SHEET_NAME_MAX  31

/* The hidden sheet holding the drop-down lists. Its name is not translated:
 * validation formulas refer to it, and nobody sees it. */
#define GW_EXPORT_LISTS_SHEET     "Lists"

struct _GwExportData
{
  GwAuditDetails *details;
  GPtrArray      *clauses;                /* GwClause, in tree order */
  GPtrArray      *requirements;           /* GwRequirement, in checklist order */
  GPtrArray      *assessments;            /* GwAssessment, parallel to requirements */
  GPtrArray      *evidence;               /* GwEvidence, in register order */
  GPtrArray      *actions;                /* GwAction */
  GwScoreSheet   *scores;

  /* Links as indices into the arrays above; an entry is NULL when there
   * is no link. */
  GPtrArray      *requirement_evidence;   /* GArray of guint per requirement */
  GPtrArray      *requirement_actions;    /* GArray of guint per requirement */
  GPtrArray      *evidence_requirements;  /* GArray of guint per evidence item */
  GPtrArray      *action_requirements;    /* GArray of guint per action */

  /* The risk assessment. The matrix is immutable, so the snapshot keeps a
   * reference rather than a copy. */
  GwRiskMatrix   *matrix;
  GPtrArray      *risks;                  /* GwRisk, in register order */
  GPtrArray      *measures;               /* GwMeasure, in catalogue order */
  GPtrArray      *risk_requirements;      /* GArray of requirement positions per risk */
  GPtrArray      *risk_actions;           /* GArray of action positions per risk */
  GPtrArray      *risk_measures;          /* GArray of measure positions per risk */
  GPtrArray      *measure_risks;          /* GArray of risk positions per measure */

  GHashTable     *clause_index;           /* clause id → GwClause, borrowed */
  GDateTime      *now;                    /* when the snapshot was taken */
  char           *today;                  /* its date, YYYY-MM-DD */
};

typedef struct
{
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *section;
  lxw_format *label;
  lxw_format *value;
  lxw_format *note;
  lxw_format *kpi_label;
  lxw_format *kpi_percent;
  lxw_format *kpi_number;
  lxw_format *kpi_note;
  lxw_format *header;
  lxw_format *header_center;
  lxw_format *text;
  lxw_format *text_bold;
  lxw_format *text_center;
  lxw_format *text_small;
  lxw_format *number;
  lxw_format *percent;
  lxw_format *date;
  lxw_format *size;
  lxw_format *link;
  lxw_format *gap;
  lxw_format *overdue;
  lxw_format *missing;
  lxw_format *total_text;
  lxw_format *total_number;
  lxw_format *total_percent;
  lxw_format *total_decimal;
  lxw_format *decimal;
  lxw_format *cf_conforming;
  lxw_format *cf_partial;
  lxw_format *cf_nonconforming;
  lxw_format *cf_not_applicable;
  lxw_format *cf_gap_high;
  lxw_format *cf_gap_some;
  lxw_format *cf_gap_none;
  lxw_format *cf_overdue_row;
  lxw_format *text_muted;
  lxw_format *date_overdue;
} GwExportFormats;

gboolean    _gw_export_formats_init         (lxw_workbook           *workbook,
                                             GwExportFormats        *formats);

gboolean    _gw_export_build                (lxw_workbook           *workbook,
                                             GwExportData           *data,
                                             const GwExportOptions  *options,
                                             GCancellable           *cancellable,
                                             GError                **error);

gboolean    _gw_export_write_full           (GwExportData           *data,
                                             const GwExportOptions  *options,
                                             const char             *path,
                                             GCancellable           *cancellable,
                                             GError                **error);

const char *_gw_export_safe_text            (const char             *text,
                                             char                  **to_free);
char       *_gw_export_sheet_name           (const char             *wanted,
                                             GHashTable             *used);
gboolean    _gw_export_url_is_safe          (const char             *reference);
gboolean    _gw_export_parse_date           (const char             *text,
                                             lxw_datetime           *date);

G_END_DECLS
