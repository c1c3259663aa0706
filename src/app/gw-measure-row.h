/* gw-measure-row.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One measure of the Measures view (gw-measures-view.c), which reads its
 * fields directly: the view owns the rows and the row owns its widgets.
 */

#pragma once

#include <adwaita.h>

#include "gw-risk.h"

G_BEGIN_DECLS

/* Writes @changed to the audit; %FALSE (the problem already told) puts
 * the row back as it was. */
typedef gboolean (*GwMeasureWriteFunc) (const GwMeasure *changed,
                                        gpointer         user_data);

typedef struct
{
  GwMeasure          *measure;
  AdwExpanderRow     *row;
  GtkWidget          *ref_label;
  AdwActionRow       *description_row;  /* the description, inside the row when compact */
  GtkDropDown        *status;
  GtkLabel           *risks_label;
  AdwEntryRow        *notes_row;
  GPtrArray          *risk_rows;        /* AdwActionRow */
  char               *risks_key;
  char               *risks_text;       /* "2 risks", or NULL */
  char               *search_text;
  gboolean            compact;
  GwMeasureWriteFunc  write_func;
  gpointer            write_data;
} GwMeasureRow;

GwMeasureRow *gw_measure_row_new             (GwMeasure          *measure,
                                              gboolean            read_only,
                                              gboolean            compact,
                                              GwMeasureWriteFunc  write_func,
                                              gpointer            write_data);
void          gw_measure_row_free            (GwMeasureRow       *row);
void          gw_measure_row_set_measure     (GwMeasureRow       *row,
                                              GwMeasure          *measure);
void          gw_measure_row_set_compact     (GwMeasureRow       *row,
                                              gboolean            compact);
void          gw_measure_row_show_risks      (GwMeasureRow       *row,
                                              GArray             *risk_ids,
                                              GHashTable         *risks);
const char   *gw_measure_row_get_search_text (GwMeasureRow       *row);

G_END_DECLS
