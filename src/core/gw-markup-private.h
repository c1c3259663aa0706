/* gw-markup-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Locating problems in the XML data files (catalogues, risk matrices, the
 * measure catalogue), shared by their readers; defined in gw-catalogue.c.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int   _gw_markup_element_line (GMarkupParseContext  *context);
void  _gw_markup_set_error    (GMarkupParseContext  *context,
                               const char           *name,
                               int                   line,
                               GError              **error,
                               const char           *message);

G_END_DECLS
