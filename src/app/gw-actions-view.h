/* gw-actions-view.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

typedef enum
{
  GW_ACTIONS_COLUMN_TITLE,
  GW_ACTIONS_COLUMN_REQUIREMENT,
  GW_ACTIONS_COLUMN_OWNER,
  GW_ACTIONS_COLUMN_DUE,
  GW_ACTIONS_COLUMN_PRIORITY,
  GW_ACTIONS_COLUMN_STATUS,
} GwActionsColumn;

#define GW_TYPE_ACTIONS_VIEW (gw_actions_view_get_type ())

G_DECLARE_FINAL_TYPE (GwActionsView, gw_actions_view, GW, ACTIONS_VIEW, GtkWidget)

void        gw_actions_view_set_audit         (GwActionsView   *self,
                                               GwAudit         *audit);
void        gw_actions_view_select_action     (GwActionsView   *self,
                                               gint64           action_id);

/* For tests and benchmarks. */
gboolean    gw_actions_view_is_loaded         (GwActionsView   *self);
GListModel *gw_actions_view_get_rows          (GwActionsView   *self);
guint       gw_actions_view_get_n_total       (GwActionsView   *self);
const char *gw_actions_view_get_count_text    (GwActionsView   *self);
const char *gw_actions_view_get_visible_state (GwActionsView   *self);
void        gw_actions_view_set_search_text   (GwActionsView   *self,
                                               const char      *text);
void        gw_actions_view_set_filters       (GwActionsView   *self,
                                               gboolean         mine,
                                               gboolean         open,
                                               gboolean         overdue);
void        gw_actions_view_sort_by           (GwActionsView   *self,
                                               GwActionsColumn  column,
                                               GtkSortType      order);
GtkWidget  *gw_actions_view_get_details       (GwActionsView   *self);

G_END_DECLS
