/* gw-app-types.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const GType *gw_app_get_widget_types (guint *n_types);

G_END_DECLS
