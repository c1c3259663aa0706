/* gw-atomic.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean gw_replace_file_atomically (const char  *source_path,
                                     const char  *target_path,
                                     GError     **error);

G_END_DECLS
