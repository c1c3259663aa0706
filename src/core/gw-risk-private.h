/* gw-risk-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between gw-risk.c (the matrix and records) and gw-risk-parse.c
 * (reading them from XML).
 */

#pragma once

#include "gw-risk.h"

G_BEGIN_DECLS

struct _GwRiskMatrix
{
  char        *id;
  char        *name;
  GBytes      *definition;
  GPtrArray   *likelihood;  /* GwRiskScalePoint, index = value - 1 */
  GPtrArray   *impact;
  GPtrArray   *levels;      /* GwRiskLevel, lowest first */
};

gboolean      _gw_risk_parse_matrix     (GBytes            *bytes,
                                         const char        *name,
                                         GwRiskMatrix      *matrix,
                                         GError           **error);
GPtrArray    *_gw_risk_parse_measures   (GBytes            *bytes,
                                         const char        *name,
                                         GError           **error);

G_END_DECLS
