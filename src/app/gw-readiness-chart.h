/* gw-readiness-chart.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One bar of the chart: a top-level clause. A figure below 0 is unknown
 * (nothing assessed, no maturity set). */
typedef struct
{
  const char *number;
  const char *title;
  double      readiness;
  double      progress;
  double      maturity_current;
  double      maturity_target;
  guint       n_assessed;
  guint       n_applicable;
} GwChartRow;

#define GW_TYPE_READINESS_CHART (gw_readiness_chart_get_type ())

G_DECLARE_FINAL_TYPE (GwReadinessChart, gw_readiness_chart, GW, READINESS_CHART, GtkWidget)

GtkWidget *gw_readiness_chart_new         (void);
void       gw_readiness_chart_set_rows    (GwReadinessChart *self,
                                           const GwChartRow *rows,
                                           guint             n_rows);
guint      gw_readiness_chart_get_n_rows  (GwReadinessChart *self);
char      *gw_readiness_chart_describe    (GwReadinessChart *self);

G_END_DECLS
