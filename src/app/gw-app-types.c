/* gw-app-types.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of every composite widget class. The widget smoke test creates
 * each of them, since a .ui file using an API newer than GTK 4.8 or
 * libadwaita 1.2 compiles fine and fails only when it is instantiated. A new
 * composite class is added here.
 */

#include "config.h"

#include "gw-action-details.h"
#include "gw-action-dialog.h"
#include "gw-action-row.h"
#include "gw-actions-view.h"
#include "gw-app-types.h"
#include "gw-clause-page.h"
#include "gw-clause-sidebar.h"
#include "gw-date-button.h"
#include "gw-details-window.h"
#include "gw-evidence-chooser.h"
#include "gw-evidence-details.h"
#include "gw-evidence-dialog.h"
#include "gw-evidence-row.h"
#include "gw-evidence-view.h"
#include "gw-grade-row.h"
#include "gw-heat-map.h"
#include "gw-history-row.h"
#include "gw-maturity-picker.h"
#include "gw-measures-view.h"
#include "gw-overview-page.h"
#include "gw-preferences-window.h"
#include "gw-readiness-chart.h"
#include "gw-requirement-links.h"
#include "gw-requirement-editor.h"
#include "gw-result-picker.h"
#include "gw-risk-badge.h"
#include "gw-risk-dialog.h"
#include "gw-risk-links.h"
#include "gw-risks-view.h"
#include "gw-start-page.h"
#include "gw-text-area.h"
#include "gw-window.h"

const GType *
gw_app_get_widget_types (guint *n_types)
{
  static GType types[48];
  static guint n = 0;

  if (n == 0)
    {
      types[n++] = GW_TYPE_START_PAGE;
      types[n++] = GW_TYPE_DATE_BUTTON;
      types[n++] = GW_TYPE_DETAILS_WINDOW;
      types[n++] = GW_TYPE_PREFERENCES_WINDOW;
      /* sidebar types */
      types[n++] = GW_TYPE_CLAUSE_SIDEBAR;
      types[n++] = GW_TYPE_CLAUSE_PAGE;
      /* overview types */
      types[n++] = GW_TYPE_REQUIREMENT_LINKS;
      types[n++] = GW_TYPE_EVIDENCE_DETAILS;
      types[n++] = GW_TYPE_ACTION_DETAILS;
      types[n++] = GW_TYPE_READINESS_CHART;
      types[n++] = GW_TYPE_EVIDENCE_VIEW;
      types[n++] = GW_TYPE_ACTIONS_VIEW;
      types[n++] = GW_TYPE_OVERVIEW_PAGE;
      /* editor types */
      types[n++] = GW_TYPE_TEXT_AREA;
      types[n++] = GW_TYPE_RESULT_PICKER;
      types[n++] = GW_TYPE_MATURITY_PICKER;
      types[n++] = GW_TYPE_GRADE_ROW;
      types[n++] = GW_TYPE_EVIDENCE_ROW;
      types[n++] = GW_TYPE_ACTION_ROW;
      types[n++] = GW_TYPE_HISTORY_ROW;
      types[n++] = GW_TYPE_EVIDENCE_DIALOG;
      types[n++] = GW_TYPE_EVIDENCE_CHOOSER;
      types[n++] = GW_TYPE_ACTION_DIALOG;
      types[n++] = GW_TYPE_REQUIREMENT_EDITOR;
      /* risk types */
      types[n++] = GW_TYPE_RISK_BADGE;
      types[n++] = GW_TYPE_HEAT_MAP;
      types[n++] = GW_TYPE_RISK_LINKS;
      types[n++] = GW_TYPE_RISK_DIALOG;
      types[n++] = GW_TYPE_RISKS_VIEW;
      types[n++] = GW_TYPE_MEASURES_VIEW;
      /* the window last: it contains the others */
      types[n++] = GW_TYPE_WINDOW;
    }

  *n_types = n;
  return types;
}
