/* gw-cli.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of gapwise-cli, as DESIGN.md sets them. */
#define GW_CLI_EXIT_OK      0
#define GW_CLI_EXIT_FAILURE 1
#define GW_CLI_EXIT_USAGE   2

int gw_cli_run (int    argc,
                char **argv);

G_END_DECLS
