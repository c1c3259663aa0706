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

/* Shared by the parts of `summary`, in gw-cli-summary.c. */
char *gw_cli_fit          (const char *text,
                           glong       width);
void  gw_cli_json_string  (GString    *out,
                           const char *text);

/* The risk part of `summary`, in gw-cli-risks.c. */
typedef struct _GwCliRisks GwCliRisks;

GwCliRisks *gw_cli_risks_load        (GwAudit     *audit,
                                      GError     **error);
void        gw_cli_risks_free        (GwCliRisks  *self);
void        gw_cli_risks_print_text  (GwCliRisks  *self);
void        gw_cli_risks_append_json (GwCliRisks  *self,
                                      GString     *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwCliRisks, gw_cli_risks_free)

G_END_DECLS
