/* gw-risk-columns.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  GW_RISKS_COLUMN_REF,
  GW_RISKS_COLUMN_TITLE,
  GW_RISKS_COLUMN_CATEGORY,
  GW_RISKS_COLUMN_ASSET,
  GW_RISKS_COLUMN_INHERENT,
  GW_RISKS_COLUMN_RESIDUAL,
  GW_RISKS_COLUMN_TREATMENT,
  GW_RISKS_COLUMN_OWNER,
  GW_RISKS_COLUMN_REVIEW,
  GW_RISKS_COLUMN_MEASURES,
} GwRisksColumn;

#define GW_RISKS_N_COLUMNS (GW_RISKS_COLUMN_MEASURES + 1)

void gw_risks_columns_add (GtkColumnView        *view,
                           GtkColumnViewColumn **columns);

G_END_DECLS
