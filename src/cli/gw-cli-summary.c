/* gw-cli-summary.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `gapwise-cli summary`: readiness and progress per top-level clause and
 * overall, then the risk assessment (gw-cli-risks.c), as a table for
 * people or as JSON for scripts. Both are built from one GwSummary so they
 * always agree.
 */

#define G_LOG_DOMAIN "gw-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-cli-private.h"

#define TITLE_WIDTH 46

typedef struct
{
  GwAuditDetails *details;
  GPtrArray      *clauses;
  GwScoreSheet   *scores;
  guint           n_evidence;
  guint           n_attachments;
  guint           n_unlinked_evidence;
  guint           n_actions;
  guint           n_open_actions;
  guint           n_overdue_actions;
  GwCliRisks     *risks;
} GwSummary;

static void
summary_clear (GwSummary *summary)
{
  g_clear_pointer (&summary->details, gw_audit_details_free);
  g_clear_pointer (&summary->clauses, g_ptr_array_unref);
  g_clear_pointer (&summary->scores, gw_score_sheet_free);
  g_clear_pointer (&summary->risks, gw_cli_risks_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GwSummary, summary_clear)

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
summary_load (GwSummary  *summary,
              GwAudit    *audit,
              GError    **error)
{
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autofree char *date = today ();

  summary->details = gw_audit_get_details (audit, error);
  if (summary->details == NULL)
    return FALSE;
  summary->clauses = gw_audit_list_clauses (audit, error);
  if (summary->clauses == NULL)
    return FALSE;
  summary->scores = gw_audit_compute_scores (audit, error);
  if (summary->scores == NULL)
    return FALSE;
  evidence = gw_audit_list_evidence (audit, 0, error);
  if (evidence == NULL)
    return FALSE;
  actions = gw_audit_list_actions (audit, 0, error);
  if (actions == NULL)
    return FALSE;
  summary->risks = gw_cli_risks_load (audit, error);
  if (summary->risks == NULL)
    return FALSE;

  summary->n_evidence = evidence->len;
  for (guint i = 0; i < evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (evidence, i);
      summary->n_attachments += e->file_name != NULL;
      summary->n_unlinked_evidence += e->n_links == 0;
    }

  summary->n_actions = actions->len;
  for (guint i = 0; i < actions->len; i++)
    {
      GwAction *a = g_ptr_array_index (actions, i);
      gboolean open = a->status == GW_ACTION_STATUS_OPEN || a->status == GW_ACTION_STATUS_IN_PROGRESS;

      summary->n_open_actions += open;
      summary->n_overdue_actions += open && a->due_date && g_strcmp0 (a->due_date, date) < 0;
    }

  return TRUE;
}

/* Text ------------------------------------------------------------------ */

static char *
percent (double ratio)
{
  if (ratio < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%.0f%%", ratio * 100);
}

/* Pads or cuts @text to @width characters, counting characters rather than
 * bytes so that accented titles line up. */
char *
gw_cli_fit (const char *text,
            glong       width)
{
  glong length = g_utf8_strlen (text, -1);
  GString *out;

  if (length > width)
    {
      out = g_string_new_len (text, g_utf8_offset_to_pointer (text, width - 1) - text);
      g_string_append (out, "…");
      return g_string_free (out, FALSE);
    }

  out = g_string_new (text);
  for (glong i = length; i < width; i++)
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

static void
print_row (const char    *label,
           const GwScore *score)
{
  g_autofree char *fitted = gw_cli_fit (label, TITLE_WIDTH);
  g_autofree char *readiness = percent (gw_score_get_readiness (score));
  g_autofree char *progress = percent (gw_score_get_progress (score));
  g_autofree char *assessed = g_strdup_printf ("%u/%u", score->n_assessed, score->n_applicable);

  g_print ("%s %9s %9s %9s %4u %4u %4u %4u\n", fitted, readiness, progress, assessed,
           score->n_conforming, score->n_partial, score->n_nonconforming, score->n_not_applicable);
}

static void
print_text (GwSummary  *summary,
            const char *file_name)
{
  const GwScore *total = gw_score_sheet_get_total (summary->scores);
  g_autofree char *header = gw_cli_fit (_("Clause"), TITLE_WIDTH);
  const char *organisation = summary->details->organisation;

  g_print ("%s — %s %s\n", organisation && *organisation ? organisation : _("(no organisation)"),
           summary->details->standard, gw_audit_type_to_label (summary->details->audit_type));
  g_print (_("File: %s\n"), file_name);
  if (summary->details->lead_auditor)
    g_print (_("Lead auditor: %s\n"), summary->details->lead_auditor);
  if (summary->details->start_date || summary->details->end_date)
    g_print (_("Dates: %s to %s\n"), summary->details->start_date ? summary->details->start_date : "…",
             summary->details->end_date ? summary->details->end_date : "…");

  /* Translators: column headings; C = conforming, PC = partially
   * conforming, NC = nonconforming, N/A = not applicable. */
  g_print ("\n%s %9s %9s %9s %4s %4s %4s %4s\n", header, _("Readiness"), _("Progress"), _("Assessed"),
           _("C"), _("PC"), _("NC"), _("N/A"));

  for (guint i = 0; i < summary->clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (summary->clauses, i);

      if (clause->depth == 0)
        {
          g_autofree char *label = g_strdup_printf ("%-4s %s", clause->number, clause->title);
          print_row (label, gw_score_sheet_get_clause (summary->scores, clause->id));
        }
    }

  print_row (_("Overall"), total);

  if (total->n_informative > 0)
    {
      g_autofree char *current = g_strdup_printf ("%.1f", gw_score_get_maturity_current (total));
      g_autofree char *target = g_strdup_printf ("%.1f", gw_score_get_maturity_target (total));

      g_print (_("\nInformative principles: %u, scored on maturity only.\n"), total->n_informative);
      if (total->n_maturity > 0)
        g_print (_("Average maturity: %s now, %s targeted (0–5).\n"), current, target);
    }
  else
    g_print ("\n");

  g_print (_("Findings: %u major, %u minor nonconformities; %u observations; %u opportunities for improvement.\n"),
           total->n_major, total->n_minor, total->n_observation, total->n_opportunity);
  g_print (_("Evidence: %u items, %u with an attached file, %u not linked to any requirement.\n"),
           summary->n_evidence, summary->n_attachments, summary->n_unlinked_evidence);
  g_print (_("Actions: %u, of which %u open and %u overdue.\n"),
           summary->n_actions, summary->n_open_actions, summary->n_overdue_actions);
  g_print ("\n%s\n", _("Readiness = (conforming + 0.5 × partially conforming) / applicable requirements assessed; "
                        "progress = assessed / applicable. Not-applicable requirements are left out of both."));
  gw_cli_risks_print_text (summary->risks);
}

/* JSON ------------------------------------------------------------------ */

void
gw_cli_json_string (GString    *out,
                    const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

/* Numbers in JSON always use a dot, whatever the user's locale. */
static void
json_ratio (GString *out,
            double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value < 0)
    g_string_append (out, "null");
  else
    g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.4f", value));
}

static void
json_score (GString       *out,
            const GwScore *score)
{
  g_string_append (out, "\"readiness\": ");
  json_ratio (out, gw_score_get_readiness (score));
  g_string_append (out, ", \"progress\": ");
  json_ratio (out, gw_score_get_progress (score));
  g_string_append (out, ", \"maturity_current\": ");
  json_ratio (out, gw_score_get_maturity_current (score));
  g_string_append (out, ", \"maturity_target\": ");
  json_ratio (out, gw_score_get_maturity_target (score));
  g_string_append_printf (out,
                          ", \"requirements\": %u, \"applicable\": %u, \"assessed\": %u"
                          ", \"conforming\": %u, \"partial\": %u, \"nonconforming\": %u"
                          ", \"not_applicable\": %u, \"not_assessed\": %u, \"informative\": %u"
                          ", \"major\": %u, \"minor\": %u, \"observation\": %u, \"opportunity\": %u",
                          score->n_requirements, score->n_applicable, score->n_assessed,
                          score->n_conforming, score->n_partial, score->n_nonconforming,
                          score->n_not_applicable, score->n_not_assessed, score->n_informative,
                          score->n_major, score->n_minor, score->n_observation, score->n_opportunity);
}

static void
print_json (GwSummary  *summary,
            const char *file_name)
{
  g_autoptr(GString) out = g_string_new ("{\n  \"file\": ");
  gboolean first = TRUE;

  gw_cli_json_string (out, file_name);
  g_string_append (out, ",\n  \"organisation\": ");
  gw_cli_json_string (out, summary->details->organisation);
  g_string_append (out, ",\n  \"standard\": ");
  gw_cli_json_string (out, summary->details->standard);
  g_string_append (out, ",\n  \"audit_type\": ");
  gw_cli_json_string (out, gw_audit_type_to_id (summary->details->audit_type));
  g_string_append (out, ",\n  \"formula\": ");
  gw_cli_json_string (out, GW_READINESS_FORMULA);
  g_string_append (out, ",\n  \"overall\": { ");
  json_score (out, gw_score_sheet_get_total (summary->scores));
  g_string_append (out, " },\n  \"clauses\": [");

  for (guint i = 0; i < summary->clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (summary->clauses, i);

      if (clause->depth != 0)
        continue;

      g_string_append (out, first ? "\n    { \"number\": " : ",\n    { \"number\": ");
      first = FALSE;
      gw_cli_json_string (out, clause->number);
      g_string_append (out, ", \"title\": ");
      gw_cli_json_string (out, clause->title);
      g_string_append (out, ", ");
      json_score (out, gw_score_sheet_get_clause (summary->scores, clause->id));
      g_string_append (out, " }");
    }

  g_string_append_printf (out,
                          "\n  ],\n  \"evidence\": { \"items\": %u, \"with_file\": %u, \"unlinked\": %u },"
                          "\n  \"actions\": { \"total\": %u, \"open\": %u, \"overdue\": %u }",
                          summary->n_evidence, summary->n_attachments, summary->n_unlinked_evidence,
                          summary->n_actions, summary->n_open_actions, summary->n_overdue_actions);
  gw_cli_risks_append_json (summary->risks, out);
  g_string_append (out, "\n}\n");
  g_print ("%s", out->str);
}

int
gw_cli_summary (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE — print readiness and progress per clause"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GwSummary) summary = { 0 };
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of a table"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return gw_cli_usage (context, error->message);
  if (argc != 2)
    return gw_cli_usage (context, argc < 2 ? _("Missing argument") : _("Too many arguments"));

  file = g_file_new_for_commandline_arg (argv[1]);
  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  if (audit == NULL || !summary_load (&summary, audit, &error))
    return gw_cli_fail_error (error);

  if (json)
    print_json (&summary, argv[1]);
  else
    print_text (&summary, argv[1]);

  return GW_CLI_EXIT_OK;
}
