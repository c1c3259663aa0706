/* gw-cli-export.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `gapwise-cli export AUDIT [-o OUT.xlsx]`: the gap-analysis workbook of
 * an audit, the same one the window exports. Without -o the workbook gets
 * its suggested name (“Organisation - ISO 28000 gap analysis - date.xlsx”)
 * in the current directory.
 */

#define G_LOG_DOMAIN "gw-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-cli-private.h"
#include "gw-export.h"

int
gw_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("AUDIT — export the gap-analysis workbook (.xlsx) of an audit"));
  g_autofree char *output = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GwExportData) data = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean no_not_applicable = FALSE;
  GwExportOptions options = GW_EXPORT_OPTIONS_DEFAULT;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Workbook to write (default: a name made from the organisation and today's date)"), N_("FILE") },
    { "no-not-applicable", 0, 0, G_OPTION_ARG_NONE, &no_not_applicable,
      N_("Leave not-applicable requirements out of the gap matrix"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return gw_cli_usage (context, error->message);
  if (argc != 2)
    return gw_cli_usage (context, argc < 2 ? _("Missing argument") : _("Too many arguments"));
  if (output != NULL && *output == '\0')
    return gw_cli_usage (context, _("--output needs a file name"));

  file = g_file_new_for_commandline_arg (argv[1]);
  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  if (audit == NULL)
    return gw_cli_fail_error (error);

  data = gw_export_data_collect (audit, &error);
  if (data == NULL || !gw_audit_close (audit, &error))
    return gw_cli_fail_error (error);

  if (output != NULL)
    path = g_canonicalize_filename (output, NULL);
  else
    {
      g_autofree char *name = gw_export_data_suggest_name (data);
      g_autofree char *system_name = g_filename_from_utf8 (name, -1, NULL, NULL, &error);

      if (system_name == NULL)
        return gw_cli_fail_error (error);
      path = g_canonicalize_filename (system_name, NULL);
    }

  options.include_not_applicable = !no_not_applicable;
  if (!gw_export_write (data, &options, path, &error))
    return gw_cli_fail_error (error);

  {
    g_autofree char *display = g_filename_display_name (path);
    g_print (_("Exported the workbook to %s.\n"), display);
  }
  return GW_CLI_EXIT_OK;
}
