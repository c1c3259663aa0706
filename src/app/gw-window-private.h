/* gw-window-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GwWindow is split between gw-window.c (the window, its audit and its
 * panes) and gw-window-actions.c (what the menus and shortcuts do).
 */

#pragma once

#include "gw-actions-view.h"
#include "gw-clause-page.h"
#include "gw-clause-sidebar.h"
#include "gw-evidence-view.h"
#include "gw-measures-view.h"
#include "gw-overview-page.h"
#include "gw-requirement-editor.h"
#include "gw-risks-view.h"
#include "gw-start-page.h"
#include "gw-window.h"

G_BEGIN_DECLS

struct _GwWindow
{
  AdwApplicationWindow  parent_instance;

  GwAudit              *audit;
  GSettings            *settings;
  GCancellable         *cancellable;
  AdwToast             *export_toast;   /* while an export runs */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GwStartPage          *start_page;
  GtkButton            *back_button;
  AdwViewSwitcherTitle *switcher_title;
  GtkImage             *save_state_icon;
  GtkLabel             *save_state_label;
  AdwViewStack         *view_stack;
  AdwLeaflet           *leaflet;
  GwClauseSidebar      *sidebar;
  GtkStack             *content_stack;
  GwClausePage         *clause_page;
  GwRequirementEditor  *editor;
  GwEvidenceView       *evidence_view;
  GwActionsView        *actions_view;
  GwRisksView          *risks_view;
  GwMeasuresView       *measures_view;
  GwOverviewPage       *overview_page;
};

void  _gw_window_class_actions_init (GwWindowClass *klass);
void  _gw_window_update_actions     (GwWindow      *self);
void  _gw_window_report_error       (GwWindow      *self,
                                     const char    *heading,
                                     const GError  *error);

G_END_DECLS
