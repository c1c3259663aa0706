/* gw-ui-utils.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gw-audit.h"

G_BEGIN_DECLS

typedef void (*GwPickFileFunc) (GFile    *file,
                                gpointer  user_data);

const char *gw_result_css_class     (GwResult              result);
const char *gw_result_icon_name     (GwResult              result);
char       *gw_format_date          (const char           *date);
char       *gw_format_percent       (double                ratio);

void        gw_pick_file            (GtkWidget            *parent,
                                     const char           *title,
                                     GtkFileChooserAction  action,
                                     const char           *accept_label,
                                     const char           *suggested_name,
                                     GtkFileFilter        *filter,
                                     GwPickFileFunc        callback,
                                     gpointer              user_data);
GtkFileFilter *gw_audit_file_filter (void);
void        gw_launch_file          (GtkWidget            *parent,
                                     GFile                *file);
void        gw_toast                (GtkWidget            *widget,
                                     const char           *message);
void        gw_toast_error          (GtkWidget            *widget,
                                     const char           *what,
                                     const GError         *error);

G_END_DECLS
