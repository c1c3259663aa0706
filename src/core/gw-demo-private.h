/* gw-demo-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the parts of the demo audit: gw-demo.c (details, checklist,
 * evidence, actions) and gw-demo-risks.c (the risk assessment).
 */

#pragma once

#include "gw-demo.h"

G_BEGIN_DECLS

typedef struct
{
  GwAudit    *audit;
  GDateTime  *today;
  GHashTable *requirements;  /* ref → GwRequirement */
} Demo;

gint64    _gw_demo_lookup       (Demo        *demo,
                                 const char  *ref,
                                 GError     **error);
char     *_gw_demo_format_day   (GDateTime   *today,
                                 int          days);
gboolean  _gw_demo_apply_risks  (Demo        *demo,
                                 GError     **error);

G_END_DECLS
