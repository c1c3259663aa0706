/* gw-action-dialog.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_ACTION_DIALOG (gw_action_dialog_get_type ())

G_DECLARE_FINAL_TYPE (GwActionDialog, gw_action_dialog, GW, ACTION_DIALOG, AdwWindow)

GwActionDialog *gw_action_dialog_new              (GtkWindow      *parent,
                                                   GwAudit        *audit,
                                                   gint64          requirement_id,
                                                   gint64          action_id);

gint64          gw_action_dialog_get_action_id    (GwActionDialog *self);

void            gw_action_dialog_set_action_title (GwActionDialog *self,
                                                   const char     *title);
void            gw_action_dialog_set_description  (GwActionDialog *self,
                                                   const char     *description);
void            gw_action_dialog_set_owner        (GwActionDialog *self,
                                                   const char     *owner);
void            gw_action_dialog_set_due_date     (GwActionDialog *self,
                                                   const char     *due_date);
void            gw_action_dialog_set_priority     (GwActionDialog *self,
                                                   GwPriority      priority);
void            gw_action_dialog_set_status       (GwActionDialog *self,
                                                   GwActionStatus  status);

gboolean        gw_action_dialog_save             (GwActionDialog *self,
                                                   GError        **error);
gboolean        gw_action_dialog_delete           (GwActionDialog *self,
                                                   GError        **error);

G_END_DECLS
