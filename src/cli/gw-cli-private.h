/* gw-cli-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gw-audit.h"
#include "gw-cli.h"

G_BEGIN_DECLS

int  gw_cli_fail          (const char  *format,
                           ...) G_GNUC_PRINTF (1, 2);
int  gw_cli_fail_error    (const GError *error);
int  gw_cli_usage         (GOptionContext *context,
                           const char     *message);
int  gw_cli_summary       (int    argc,
                           char **argv);
int  gw_cli_export        (int    argc,
                           char **argv);

G_END_DECLS
