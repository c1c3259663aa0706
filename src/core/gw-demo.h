/* gw-demo.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gw-audit.h"

G_BEGIN_DECLS

GwAudit *gw_demo_create      (GFile   *file,
                              GError **error);

GwAudit *gw_synthetic_create (GFile   *file,
                              guint    n_requirements,
                              guint    n_evidence,
                              GError **error);

G_END_DECLS
