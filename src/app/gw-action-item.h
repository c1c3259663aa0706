/* gw-action-item.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "gw-records.h"

G_BEGIN_DECLS

#define GW_TYPE_ACTION_ITEM (gw_action_item_get_type ())

G_DECLARE_FINAL_TYPE (GwActionItem, gw_action_item, GW, ACTION_ITEM, GObject)

GwActionItem   *gw_action_item_new                  (GwAction     *action,
                                                     const char   *requirements,
                                                     guint         first_position,
                                                     gboolean      overdue);
void            gw_action_item_set_action           (GwActionItem *self,
                                                     GwAction     *action,
                                                     const char   *requirements,
                                                     guint         first_position,
                                                     gboolean      overdue);
gint64          gw_action_item_get_id               (GwActionItem *self);
const GwAction *gw_action_item_get_action           (GwActionItem *self);
const char     *gw_action_item_get_requirements     (GwActionItem *self);
guint           gw_action_item_get_first_position   (GwActionItem *self);
gboolean        gw_action_item_get_overdue          (GwActionItem *self);
const char     *gw_action_item_get_title_key        (GwActionItem *self);
const char     *gw_action_item_get_owner_key        (GwActionItem *self);
const char     *gw_action_item_get_search_text      (GwActionItem *self);

G_END_DECLS
