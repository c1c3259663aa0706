/* gw-requirement-links.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_TYPE_REQUIREMENT_LINKS (gw_requirement_links_get_type ())

G_DECLARE_FINAL_TYPE (GwRequirementLinks, gw_requirement_links, GW, REQUIREMENT_LINKS, GtkWidget)

void          gw_requirement_links_set_requirements (GwRequirementLinks *self,
                                                     GPtrArray          *requirements);
void          gw_requirement_links_set_target       (GwRequirementLinks *self,
                                                     GwAudit            *audit,
                                                     const char         *entity,
                                                     gint64              id);
GArray       *gw_requirement_links_get_linked       (GwRequirementLinks *self);
gboolean      gw_requirement_links_toggle           (GwRequirementLinks *self,
                                                     gint64              requirement_id,
                                                     GError            **error);
void          gw_requirement_links_activate_row     (GwRequirementLinks *self,
                                                     guint               index);

G_END_DECLS
