/* test-catalogue.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in ISO 28000:2022 catalogue against the clause facts, and the
 * parser's located errors on broken catalogue files.
 */

#include "config.h"

#include <string.h>

#include "gw-catalogue.h"

/* Clause numbers and titles of ISO 28000:2022 as listed in
 * shared/reference/iso28000-structure-facts.md (appendix), except the
 * unverified principles 4.2.3.1 and 4.2.3.4 to 4.2.3.9, which the catalogue
 * deliberately carries as 4.2.3-Pn items instead of guessed numbers. */
static const struct { const char *number; const char *title; } expected_clauses[] = {
  { "4", "Context of the organization" },
  { "4.1", "Understanding the organization and its context" },
  { "4.2", "Understanding the needs and expectations of interested parties" },
  { "4.2.1", "General" },
  { "4.2.2", "Legal, regulatory and other requirements" },
  { "4.2.3", "Principles" },
  { "4.2.3.2", "Leadership" },
  { "4.2.3.3", "Structured and comprehensive process approach based on best available information" },
  { "4.3", "Determining the scope of the security management system" },
  { "4.4", "Security management system" },
  { "5", "Leadership" },
  { "5.1", "Leadership and commitment" },
  { "5.2", "Security policy" },
  { "5.2.1", "Establishing the security policy" },
  { "5.2.2", "Security policy requirements" },
  { "5.3", "Roles, responsibilities and authorities" },
  { "6", "Planning" },
  { "6.1", "Actions to address risks and opportunities" },
  { "6.1.1", "General" },
  { "6.1.2", "Determining security-related risks and identifying opportunities" },
  { "6.1.3", "Addressing security-related risks and exploiting opportunities" },
  { "6.2", "Security objectives and planning to achieve them" },
  { "6.2.1", "Establishing security objectives" },
  { "6.2.2", "Determining security objectives" },
  { "6.3", "Planning of changes" },
  { "7", "Support" },
  { "7.1", "Resources" },
  { "7.2", "Competence" },
  { "7.3", "Awareness" },
  { "7.4", "Communication" },
  { "7.5", "Documented information" },
  { "7.5.1", "General" },
  { "7.5.2", "Creating and updating documented information" },
  { "7.5.3", "Control of documented information" },
  { "8", "Operation" },
  { "8.1", "Operational planning and control" },
  { "8.2", "Identification of processes and activities" },
  { "8.3", "Risk assessment and treatment" },
  { "8.4", "Controls" },
  { "8.5", "Security strategies, procedures, processes and treatments" },
  { "8.5.1", "Identification and selection of strategies and treatments" },
  { "8.5.2", "Resource requirements" },
  { "8.5.3", "Implementation of treatments" },
  { "8.6", "Security plans" },
  { "8.6.1", "General" },
  { "8.6.2", "Response structure" },
  { "8.6.3", "Warning and communication" },
  { "8.6.4", "Content of the security plans" },
  { "8.6.5", "Recovery" },
  { "9", "Performance evaluation" },
  { "9.1", "Monitoring, measurement, analysis and evaluation" },
  { "9.2", "Internal audit" },
  { "9.2.1", "General" },
  { "9.2.2", "Internal audit programme" },
  { "9.3", "Management review" },
  { "9.3.1", "General" },
  { "9.3.2", "Management review inputs" },
  { "9.3.3", "Management review results" },
  { "10", "Improvement" },
  { "10.1", "Continual improvement" },
  { "10.2", "Nonconformity and corrective action" },
};

static GwCatalogue *
load_iso (void)
{
  g_autoptr(GError) error = NULL;
  GwCatalogue *catalogue = gw_catalogue_new_builtin ("iso28000-2022", &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

static void
test_iso_clauses (void)
{
  g_autoptr(GwCatalogue) catalogue = load_iso ();
  guint n_second_level = 0;

  g_assert_cmpstr (gw_catalogue_get_standard (catalogue), ==, "ISO 28000:2022");
  g_assert_cmpuint (gw_catalogue_get_n_clauses (catalogue), ==, G_N_ELEMENTS (expected_clauses));

  for (guint i = 0; i < G_N_ELEMENTS (expected_clauses); i++)
    {
      const GwCatalogueClause *clause = gw_catalogue_find_clause (catalogue, expected_clauses[i].number);

      g_assert_nonnull (clause);
      g_assert_cmpstr (clause->title, ==, expected_clauses[i].title);
      g_assert_nonnull (clause->intent);
      g_assert_cmpuint (strlen (clause->intent), >, 20);
      /* The catalogue keeps the standard's order. */
      g_assert_cmpstr (gw_catalogue_get_clause (catalogue, i)->number, ==, expected_clauses[i].number);
      if (clause->depth == 1)
        n_second_level++;
    }

  /* The second-level subclauses 4.1 to 10.2. The facts sheet's summary says
   * 28, but its own clause list has 26 (4 + 3 + 3 + 5 + 6 + 3 + 2). */
  g_assert_cmpuint (n_second_level, ==, 26);
}

static void
test_iso_requirements (void)
{
  g_autoptr(GwCatalogue) catalogue = load_iso ();
  g_autoptr(GHashTable) clauses_with_questions = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = gw_catalogue_get_n_requirements (catalogue);
  guint n_informative = 0, n_maintain = 0, n_retain = 0;

  g_assert_cmpuint (n, >=, 120);
  g_assert_cmpuint (n, <=, 160);

  for (guint i = 0; i < n; i++)
    {
      const GwCatalogueRequirement *req = gw_catalogue_get_requirement (catalogue, i);

      g_assert_true (g_str_has_suffix (req->question, "?"));
      g_assert_cmpuint (strlen (req->guidance), >, 40);
      g_assert_cmpuint (strlen (req->evidence), >, 10);
      g_hash_table_add (clauses_with_questions, req->clause);

      if (req->informative)
        {
          n_informative++;
          g_assert_true (g_str_has_prefix (req->ref, "4.2.3"));
        }
      n_maintain += req->documented == GW_DOCUMENTED_MAINTAIN;
      n_retain += req->documented == GW_DOCUMENTED_RETAIN;
    }

  /* Every leaf clause (one without children) has at least one question. */
  for (guint i = 0; i < gw_catalogue_get_n_clauses (catalogue); i++)
    {
      const GwCatalogueClause *clause = gw_catalogue_get_clause (catalogue, i);
      gboolean has_children = FALSE;

      for (guint j = 0; j < gw_catalogue_get_n_clauses (catalogue); j++)
        if (g_strcmp0 (gw_catalogue_get_clause (catalogue, j)->parent, clause->number) == 0)
          has_children = TRUE;

      if (!has_children)
        g_assert_true (g_hash_table_contains (clauses_with_questions, clause->number));
    }

  /* The principles: 4.2.3.2, 4.2.3.3 and 4.2.3-Pn items, maturity only. */
  g_assert_cmpuint (n_informative, >=, 8);
  g_assert_true (gw_catalogue_find_clause (catalogue, "4.2.3")->informative);
  g_assert_null (gw_catalogue_find_clause (catalogue, "4.2.3.4"));

  /* The documented-information register of the facts list. */
  g_assert_cmpuint (n_maintain, >=, 5);
  g_assert_cmpuint (n_retain, >=, 6);
}

static void
test_builtin_list (void)
{
  g_auto(GStrv) ids = gw_catalogue_list_builtin ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GwCatalogue) missing = NULL;

  g_assert_true (g_strv_contains ((const char * const *) ids, "iso28000-2022"));

  missing = gw_catalogue_new_builtin ("iso9999", &error);
  g_assert_null (missing);
  g_assert_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_NOT_FOUND);
}

typedef struct
{
  const char *name;
  const char *xml;
  const char *expected_location;  /* "broken.xml:LINE:" */
  const char *expected_words;
} BrokenCase;

#define HEAD "<?xml version=\"1.0\"?>\n<catalogue id=\"t\" standard=\"T 1\">\n"
#define CLAUSE_4 "  <clause number=\"4\" title=\"Four\">\n    <intent>Four.</intent>\n  </clause>\n"
#define REQ(ref) \
  "    <requirement ref=\"" ref "\">\n      <question>Q?</question>\n" \
  "      <guidance>G.</guidance>\n      <evidence>E.</evidence>\n    </requirement>\n"

static const BrokenCase broken_cases[] = {
  { "duplicate-ref",
    HEAD CLAUSE_4
    "  <clause number=\"4.1\" parent=\"4\" title=\"One\">\n    <intent>One.</intent>\n"
    REQ ("4.1-01") REQ ("4.1-01")
    "  </clause>\n</catalogue>\n",
    "broken.xml:13:", "Duplicate requirement ref “4.1-01”" },
  { "unknown-parent",
    HEAD CLAUSE_4
    "  <clause number=\"5.1\" parent=\"5\" title=\"Five one\">\n    <intent>X.</intent>\n"
    REQ ("5.1-01")
    "  </clause>\n</catalogue>\n",
    "broken.xml:6:", "unknown parent clause “5”" },
  { "missing-question",
    HEAD CLAUSE_4
    "  <clause number=\"4.1\" parent=\"4\" title=\"One\">\n    <intent>One.</intent>\n"
    "    <requirement ref=\"4.1-01\">\n      <guidance>G.</guidance>\n      <evidence>E.</evidence>\n"
    "    </requirement>\n  </clause>\n</catalogue>\n",
    "broken.xml:8:", "missing its <question>" },
  { "missing-title",
    HEAD "  <clause number=\"4\">\n    <intent>Four.</intent>\n  </clause>\n</catalogue>\n",
    "broken.xml:3:", "title" },
  { "bad-number",
    HEAD "  <clause number=\"4.x\" title=\"Four\">\n    <intent>Four.</intent>\n" REQ ("4-01")
    "  </clause>\n</catalogue>\n",
    "broken.xml:3:", "not a clause number" },
  { "unclosed-element",
    HEAD CLAUSE_4 "  <clause number=\"4.1\" parent=\"4\" title=\"One\">\n    <intent>One.\n</catalogue>\n",
    "broken.xml:", "" },
  { "unknown-element",
    HEAD CLAUSE_4 "  <chapter number=\"9\"/>\n</catalogue>\n",
    "broken.xml:6:", "Unexpected element <chapter>" },
  { "bad-documented",
    HEAD CLAUSE_4
    "  <clause number=\"4.1\" parent=\"4\" title=\"One\">\n    <intent>One.</intent>\n"
    "    <requirement ref=\"4.1-01\" documented=\"always\">\n"
    "      <question>Q?</question><guidance>G.</guidance><evidence>E.</evidence>\n"
    "    </requirement>\n  </clause>\n</catalogue>\n",
    "broken.xml:8:", "“documented” must be" },
  { "no-requirements",
    HEAD CLAUSE_4 "</catalogue>\n",
    "broken.xml:", "has no requirements" },
  { "wrong-root",
    "<?xml version=\"1.0\"?>\n<standard/>\n",
    "broken.xml:2:", "Expected <catalogue>" },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *broken = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (broken->xml, strlen (broken->xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(GwCatalogue) catalogue = gw_catalogue_new_from_bytes (bytes, "broken.xml", &error);

  g_assert_null (catalogue);
  g_assert_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID);
  g_test_message ("%s → %s", broken->name, error->message);
  g_assert_true (g_str_has_prefix (error->message, broken->expected_location));
  g_assert_nonnull (strstr (error->message, broken->expected_words));
}

static void
test_external_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "custom.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwCatalogue) catalogue = NULL;
  const char *xml = HEAD CLAUSE_4
    "  <clause number=\"4.1\" parent=\"4\" title=\"One\">\n    <intent>One.</intent>\n"
    REQ ("4.1-01") REQ ("4.1-02") "  </clause>\n</catalogue>\n";

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_assert_true (g_file_set_contents (path, xml, -1, NULL));

  catalogue = gw_catalogue_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gw_catalogue_get_n_requirements (catalogue), ==, 2);
  g_assert_cmpstr (gw_catalogue_get_requirement (catalogue, 1)->clause, ==, "4.1");
  g_assert_cmpuint (gw_catalogue_find_clause (catalogue, "4.1")->depth, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalogue/iso28000/clauses", test_iso_clauses);
  g_test_add_func ("/catalogue/iso28000/requirements", test_iso_requirements);
  g_test_add_func ("/catalogue/builtin-list", test_builtin_list);
  g_test_add_func ("/catalogue/external-file", test_external_file);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalogue/broken/%s", broken_cases[i].name);
      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }

  return g_test_run ();
}
