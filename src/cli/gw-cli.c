/* gw-cli.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gapwise-cli: the core library without a display. Each command parses its
 * own options (so each has its own --help), calls the core and turns its
 * errors into one plain line on stderr. Exit codes: 0 success, 1 failure,
 * 2 wrong usage.
 */

#define G_LOG_DOMAIN "gw-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "gw-cli-private.h"
#include "gw-demo.h"

typedef struct
{
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

int
gw_cli_fail (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("gapwise-cli: %s\n", message);
  return GW_CLI_EXIT_FAILURE;
}

int
gw_cli_fail_error (const GError *error)
{
  return gw_cli_fail ("%s", error->message);
}

int
gw_cli_usage (GOptionContext *context,
              const char     *message)
{
  g_autofree char *help = context ? g_option_context_get_help (context, TRUE, NULL) : NULL;

  g_printerr ("gapwise-cli: %s\n", message);
  if (help)
    g_printerr ("\n%s", help);
  return GW_CLI_EXIT_USAGE;
}

/* Parses a command's options. Returns -1 when parsing succeeded and the
 * command should go on, or the exit code to return. */
static int
parse (GOptionContext   *context,
       int              *argc,
       char           ***argv,
       int               n_args)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return gw_cli_usage (context, error->message);

  /* argv[0] is the command name */
  if (n_args >= 0 && *argc - 1 != n_args)
    return gw_cli_usage (context, *argc - 1 < n_args ? _("Missing argument") : _("Too many arguments"));

  return -1;
}

static gboolean
load_catalogue (const char    *name,
                GwCatalogue  **catalogue,
                GError       **error)
{
  if (g_str_has_suffix (name, ".xml") || strchr (name, '/') != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);
      *catalogue = gw_catalogue_new_from_file (file, error);
    }
  else
    *catalogue = gw_catalogue_new_builtin (name, error);

  return *catalogue != NULL;
}

/* A built-in matrix by id, or a matrix file: the same rule as for
 * catalogues, so that “3x3” is an id and “./3x3.xml” a file. */
static GwRiskMatrix *
load_matrix (const char  *name,
             GError     **error)
{
  if (g_str_has_suffix (name, ".xml") || strchr (name, '/') != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);
      return gw_risk_matrix_new_from_file (file, error);
    }

  return gw_risk_matrix_new_builtin (name, error);
}

/* The levels of @matrix with the scores each covers, for one line:
 * “Low 1–4, Medium 5–9, High 10–16, Critical 17–25”. */
static char *
describe_levels (GwRiskMatrix *matrix)
{
  guint n_levels = gw_risk_matrix_get_n_levels (matrix);
  int max_score = gw_risk_matrix_get_n_likelihood (matrix) * gw_risk_matrix_get_n_impact (matrix);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_levels; i++)
    {
      const GwRiskLevel *level = gw_risk_matrix_get_level (matrix, i);
      int last = i + 1 < n_levels ? gw_risk_matrix_get_level (matrix, i + 1)->min_score - 1 : max_score;

      if (i > 0)
        g_string_append (out, ", ");
      if (last > level->min_score)
        /* Translators: a risk level and the range of scores it covers,
         * like “Medium 5–9”. */
        g_string_append_printf (out, _("%s %d–%d"), level->label, level->min_score, last);
      else
        g_string_append_printf (out, "%s %d", level->label, level->min_score);
    }

  return g_string_free (out, FALSE);
}

static int
command_new (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — create an empty audit"));
  g_autofree char *organisation = NULL, *catalogue_name = NULL, *type = NULL, *lead = NULL;
  g_autofree char *scope = NULL, *start = NULL, *end = NULL, *author = NULL, *matrix_name = NULL;
  g_auto(GStrv) sites = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GwCatalogue) catalogue = NULL;
  g_autoptr(GwRiskMatrix) matrix = NULL;
  g_autoptr(GwAuditDetails) details = gw_audit_details_new ();
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GFile) file = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "organisation", 'o', 0, G_OPTION_ARG_STRING, &organisation, N_("Organisation audited"), N_("NAME") },
    { "site", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sites, N_("A site or location (repeat for several)"), N_("SITE") },
    { "scope", 0, 0, G_OPTION_ARG_STRING, &scope, N_("Scope statement"), N_("TEXT") },
    { "type", 't', 0, G_OPTION_ARG_STRING, &type,
      N_("Audit type: gap-analysis, internal, pre-certification or follow-up"), N_("TYPE") },
    { "lead", 0, 0, G_OPTION_ARG_STRING, &lead, N_("Lead auditor"), N_("NAME") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("Start date"), N_("YYYY-MM-DD") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("End date"), N_("YYYY-MM-DD") },
    { "catalogue", 'c', 0, G_OPTION_ARG_STRING, &catalogue_name,
      N_("Built-in catalogue id or catalogue file (default: iso28000-2022)"), N_("ID|FILE") },
    { "matrix", 0, 0, G_OPTION_ARG_STRING, &matrix_name,
      N_("Built-in risk matrix id or matrix file (default: 5x5; see “gapwise-cli matrix list”)"), N_("ID|FILE") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Your name, for the change log"), N_("NAME") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = parse (context, &argc, &argv, 1)) >= 0)
    return status;

  if (type != NULL && !gw_audit_type_from_id (type, &details->audit_type))
    return gw_cli_usage (context, _("Unknown audit type"));

  if ((start && !gw_date_is_valid (start)) || (end && !gw_date_is_valid (end)))
    return gw_cli_usage (context, _("Dates must be of the form YYYY-MM-DD"));

  /* Everything that can fail is read before the file is made, so that a
   * failed command leaves nothing behind. */
  if (!load_catalogue (catalogue_name ? catalogue_name : "iso28000-2022", &catalogue, &error))
    return gw_cli_fail_error (error);
  if (matrix_name != NULL && (matrix = load_matrix (matrix_name, &error)) == NULL)
    return gw_cli_fail_error (error);

  g_free (details->organisation);
  details->organisation = g_strdup (organisation ? organisation : "");
  g_strfreev (details->sites);
  details->sites = sites ? g_strdupv (sites) : g_new0 (char *, 1);
  details->scope = g_strdup (scope);
  details->lead_auditor = g_strdup (lead);
  details->start_date = g_strdup (start);
  details->end_date = g_strdup (end);

  file = g_file_new_for_commandline_arg (argv[1]);
  audit = gw_audit_create (file, catalogue, details, &error);
  if (audit == NULL)
    return gw_cli_fail_error (error);

  if (author)
    gw_audit_set_author (audit, author);

  /* A new audit has no risk that could misfit, so only the disk can make
   * this fail; the file just made goes again then. */
  if (matrix != NULL && !gw_audit_set_risk_matrix (audit, matrix, &error))
    {
      gw_audit_close (audit, NULL);
      g_file_delete (file, NULL, NULL);
      return gw_cli_fail_error (error);
    }

  if (!gw_audit_close (audit, &error))
    return gw_cli_fail_error (error);

  g_print (_("Created %s with %u requirements of %s.\n"), argv[1],
           gw_catalogue_get_n_requirements (catalogue), gw_catalogue_get_standard (catalogue));
  if (matrix != NULL)
    g_print (_("Risks are rated on the “%s” matrix.\n"), gw_risk_matrix_get_name (matrix));
  return GW_CLI_EXIT_OK;
}

static int
command_demo (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE — create a demo audit of a fictional logistics company"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GFile) file = NULL;
  int status;

  if ((status = parse (context, &argc, &argv, 1)) >= 0)
    return status;

  file = g_file_new_for_commandline_arg (argv[1]);
  audit = gw_demo_create (file, &error);
  if (audit == NULL || !gw_audit_close (audit, &error))
    return gw_cli_fail_error (error);

  g_print (_("Created the demo audit %s.\n"), argv[1]);
  return GW_CLI_EXIT_OK;
}

static gboolean
parse_count (const char *text,
             guint       max,
             guint      *value)
{
  guint64 parsed;

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, &parsed, NULL))
    return FALSE;

  *value = (guint) parsed;
  return TRUE;
}

static int
command_synthetic (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE — create a large synthetic audit for benchmarks"));
  g_autofree char *requirements = NULL, *evidence = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GFile) file = NULL;
  guint n_requirements = 5000, n_evidence = 20000;
  int status;
  const GOptionEntry entries[] = {
    { "requirements", 'r', 0, G_OPTION_ARG_STRING, &requirements, N_("Number of requirements (default 5000)"), N_("N") },
    { "evidence", 'e', 0, G_OPTION_ARG_STRING, &evidence, N_("Number of evidence items (default 20000)"), N_("N") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = parse (context, &argc, &argv, 1)) >= 0)
    return status;

  if ((requirements && !parse_count (requirements, 1000000, &n_requirements)) || n_requirements == 0)
    return gw_cli_usage (context, _("--requirements takes a number from 1 to 1000000"));
  if (evidence && !parse_count (evidence, 10000000, &n_evidence))
    return gw_cli_usage (context, _("--evidence takes a number from 0 to 10000000"));

  file = g_file_new_for_commandline_arg (argv[1]);
  audit = gw_synthetic_create (file, n_requirements, n_evidence, &error);
  if (audit == NULL || !gw_audit_close (audit, &error))
    return gw_cli_fail_error (error);

  g_print (_("Created %s with %u requirements and %u evidence items.\n"), argv[1], n_requirements, n_evidence);
  return GW_CLI_EXIT_OK;
}

static int
command_check (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE — check that a file is a sound Gapwise audit"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GwAuditDetails) details = NULL;
  g_autoptr(GPtrArray) reqs = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GFile) file = NULL;
  guint n_damaged = 0;
  int status;

  if ((status = parse (context, &argc, &argv, 1)) >= 0)
    return status;

  file = g_file_new_for_commandline_arg (argv[1]);
  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  if (audit == NULL)
    return gw_cli_fail_error (error);

  details = gw_audit_get_details (audit, &error);
  reqs = details ? gw_audit_list_requirements (audit, &error) : NULL;
  evidence = reqs ? gw_audit_list_evidence (audit, 0, &error) : NULL;
  if (evidence == NULL)
    return gw_cli_fail_error (error);

  /* Every attachment is read back against its checksum. */
  for (guint i = 0; i < evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (evidence, i);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) attachment_error = NULL;

      if (e->file_name == NULL)
        continue;

      bytes = gw_audit_read_attachment (audit, e->id, &attachment_error);
      if (bytes == NULL)
        {
          g_printerr (_("gapwise-cli: attachment “%s” of “%s”: %s\n"),
                      e->file_name, e->title, attachment_error->message);
          n_damaged++;
        }
    }

  if (n_damaged > 0)
    return gw_cli_fail (g_dngettext (GETTEXT_PACKAGE, "%s: %u attached file is damaged",
                                     "%s: %u attached files are damaged", n_damaged),
                        argv[1], n_damaged);

  g_print (_("%s: a sound Gapwise audit of %s (“%s”), %u requirements, %u evidence items.\n"),
           argv[1], details->standard, details->organisation, reqs->len, evidence->len);
  return GW_CLI_EXIT_OK;
}

static int
command_catalogue (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("list | validate FILE — list built-in catalogues or check a catalogue file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GwCatalogue) catalogue = NULL;
  g_autoptr(GFile) file = NULL;
  int status;

  if ((status = parse (context, &argc, &argv, -1)) >= 0)
    return status;

  if (argc == 2 && g_str_equal (argv[1], "list"))
    {
      g_auto(GStrv) ids = gw_catalogue_list_builtin ();

      for (guint i = 0; ids[i]; i++)
        {
          g_autoptr(GwCatalogue) builtin = gw_catalogue_new_builtin (ids[i], &error);
          if (builtin == NULL)
            return gw_cli_fail_error (error);
          g_print ("%-16s %s — %s (%u clauses, %u requirements)\n", ids[i],
                   gw_catalogue_get_standard (builtin), gw_catalogue_get_title (builtin),
                   gw_catalogue_get_n_clauses (builtin), gw_catalogue_get_n_requirements (builtin));
        }
      return GW_CLI_EXIT_OK;
    }

  if (argc == 3 && g_str_equal (argv[1], "validate"))
    {
      file = g_file_new_for_commandline_arg (argv[2]);
      catalogue = gw_catalogue_new_from_file (file, &error);
      if (catalogue == NULL)
        return gw_cli_fail_error (error);

      g_print (_("%s: valid catalogue “%s” (%s), %u clauses, %u requirements.\n"), argv[2],
               gw_catalogue_get_id (catalogue), gw_catalogue_get_standard (catalogue),
               gw_catalogue_get_n_clauses (catalogue), gw_catalogue_get_n_requirements (catalogue));
      return GW_CLI_EXIT_OK;
    }

  return gw_cli_usage (context, _("Use “catalogue list” or “catalogue validate FILE”"));
}

static int
command_matrix (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("list | validate FILE — list built-in risk matrices or check a matrix file"));
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context, _("A risk’s score is likelihood × impact, its level the band that score "
                                           "falls in.\nA new audit takes a matrix with “gapwise-cli new --matrix "
                                           "ID|FILE”."));
  if ((status = parse (context, &argc, &argv, -1)) >= 0)
    return status;

  if (argc == 2 && g_str_equal (argv[1], "list"))
    {
      g_auto(GStrv) ids = gw_risk_matrix_list_builtin ();
      g_autoptr(GPtrArray) matrices = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_risk_matrix_unref);
      glong id_width = 0, name_width = 0;

      /* All are read first, so that the columns line up. */
      for (guint i = 0; ids[i]; i++)
        {
          GwRiskMatrix *builtin = gw_risk_matrix_new_builtin (ids[i], &error);

          if (builtin == NULL)
            return gw_cli_fail_error (error);
          g_ptr_array_add (matrices, builtin);
          id_width = MAX (id_width, g_utf8_strlen (ids[i], -1));
          name_width = MAX (name_width, g_utf8_strlen (gw_risk_matrix_get_name (builtin), -1));
        }

      for (guint i = 0; i < matrices->len; i++)
        {
          GwRiskMatrix *builtin = g_ptr_array_index (matrices, i);
          g_autofree char *id = gw_cli_fit (ids[i], id_width);
          g_autofree char *name = gw_cli_fit (gw_risk_matrix_get_name (builtin), name_width);
          g_autofree char *levels = describe_levels (builtin);

          g_print ("%s   %s   %s\n", id, name, levels);
        }
      return GW_CLI_EXIT_OK;
    }

  if (argc == 3 && g_str_equal (argv[1], "validate"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);
      g_autoptr(GwRiskMatrix) matrix = gw_risk_matrix_new_from_file (file, &error);
      g_autofree char *levels = NULL;
      guint n_levels;

      if (matrix == NULL)
        return gw_cli_fail_error (error);

      levels = describe_levels (matrix);
      n_levels = gw_risk_matrix_get_n_levels (matrix);
      /* Translators: the file, the matrix's name and id, its size
       * (likelihood × impact), the number of levels and the levels with
       * their scores, like “Low 1–4, Medium 5–9”. */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%s: valid risk matrix “%s” (%s), %d × %d (likelihood × impact), "
                                             "%u level: %s.\n",
                            "%s: valid risk matrix “%s” (%s), %d × %d (likelihood × impact), %u levels: %s.\n",
                            n_levels),
               argv[2], gw_risk_matrix_get_name (matrix), gw_risk_matrix_get_id (matrix),
               gw_risk_matrix_get_n_likelihood (matrix), gw_risk_matrix_get_n_impact (matrix), n_levels, levels);
      return GW_CLI_EXIT_OK;
    }

  return gw_cli_usage (context, _("Use “matrix list” or “matrix validate FILE”"));
}

static const Command commands[] = {
  { "new", N_("Create an empty audit"), command_new },
  { "demo", N_("Create a demo audit of a fictional logistics company"), command_demo },
  { "synthetic", N_("Create a large synthetic audit for benchmarks"), command_synthetic },
  { "summary", N_("Print readiness and progress per clause (--json for JSON)"), gw_cli_summary },
  { "export", N_("Export the gap-analysis workbook (.xlsx) of an audit"), gw_cli_export },
  { "check", N_("Check that a file is a sound Gapwise audit"), command_check },
  { "catalogue", N_("List built-in catalogues, or validate a catalogue file"), command_catalogue },
  { "matrix", N_("List built-in risk matrices, or validate a risk matrix file"), command_matrix },
};

static void
print_help (FILE *stream)
{
  fprintf (stream, "%s\n\n%s\n", _("Usage: gapwise-cli COMMAND [OPTION…] [ARGUMENT…]"),
           _("Gap-analysis audits against ISO 28000:2022, without a window."));
  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-11s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “gapwise-cli COMMAND --help” for the options of a command."));
}

int
gw_cli_run (int    argc,
            char **argv)
{
  if (argc < 2)
    {
      print_help (stderr);
      return GW_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_help (stdout);
      return GW_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("gapwise-cli %s\n", PACKAGE_VERSION);
      return GW_CLI_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("gapwise-cli: unknown command “%s”\n\n"), argv[1]);
  print_help (stderr);
  return GW_CLI_EXIT_USAGE;
}
