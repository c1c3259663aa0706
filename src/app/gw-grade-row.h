/* gw-grade-row.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gw-enums.h"

G_BEGIN_DECLS

#define GW_TYPE_GRADE_ROW (gw_grade_row_get_type ())

G_DECLARE_FINAL_TYPE (GwGradeRow, gw_grade_row, GW, GRADE_ROW, AdwActionRow)

GwFindingGrade gw_grade_row_get_grade        (GwGradeRow     *self);
void           gw_grade_row_set_grade        (GwGradeRow     *self,
                                              GwFindingGrade  grade);
gboolean       gw_grade_row_get_nc_allowed   (GwGradeRow     *self);
void           gw_grade_row_set_nc_allowed   (GwGradeRow     *self,
                                              gboolean        nc_allowed);

G_END_DECLS
