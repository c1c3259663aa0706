/* test-risk.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk assessment: matrices as data and their arithmetic, the measure
 * catalogue, the risk register in the audit file, links that survive
 * reopening and never dangle, the matrix of an audit, the upgrade of a
 * version 1 file, and the high-risk gap of the Overview.
 */

#include "config.h"

#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "gw-audit.h"
#include "gw-store.h"
#include "gw-test-util.h"
#include "gw-warnings.h"

/* Matrices -------------------------------------------------------------- */

static GwRiskMatrix *
builtin_matrix (const char *id)
{
  g_autoptr(GError) error = NULL;
  GwRiskMatrix *matrix = gw_risk_matrix_new_builtin (id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (matrix);
  return matrix;
}

static const char *
level_of (GwRiskMatrix *matrix,
          int           likelihood,
          int           impact)
{
  const GwRiskLevel *level = gw_risk_matrix_rate (matrix, likelihood, impact);

  return level ? level->id : "unrated";
}

static void
test_matrix_builtin (void)
{
  g_auto(GStrv) ids = gw_risk_matrix_list_builtin ();
  g_autoptr(GError) error = NULL;

  /* The default first, then the smaller ones. */
  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  g_assert_cmpstr (ids[0], ==, GW_RISK_MATRIX_DEFAULT);
  g_assert_cmpstr (ids[1], ==, "4x4");
  g_assert_cmpstr (ids[2], ==, "3x3");

  for (guint m = 0; ids[m]; m++)
    {
      g_autoptr(GwRiskMatrix) matrix = builtin_matrix (ids[m]);
      int n_l = gw_risk_matrix_get_n_likelihood (matrix);
      int n_i = gw_risk_matrix_get_n_impact (matrix);
      g_autofree char *size = g_strdup_printf ("%dx%d", n_l, n_i);

      g_assert_cmpstr (gw_risk_matrix_get_id (matrix), ==, ids[m]);
      g_assert_cmpstr (size, ==, ids[m]);

      /* Every point has a label, every cell a level, and the level never
       * drops as likelihood or impact grows. */
      for (int l = 1; l <= n_l; l++)
        {
          g_assert_nonnull (gw_risk_matrix_get_likelihood (matrix, l)->label);
          for (int i = 1; i <= n_i; i++)
            {
              int here = gw_risk_matrix_level_index (matrix, l, i);

              g_assert_nonnull (gw_risk_matrix_get_impact (matrix, i)->label);
              g_assert_cmpint (here, >=, 0);
              if (l > 1)
                g_assert_cmpint (here, >=, gw_risk_matrix_level_index (matrix, l - 1, i));
              if (i > 1)
                g_assert_cmpint (here, >=, gw_risk_matrix_level_index (matrix, l, i - 1));
            }
        }

      /* The worst cell is a high level, the mildest is not. */
      g_assert_true (gw_risk_matrix_rate (matrix, n_l, n_i)->high);
      g_assert_false (gw_risk_matrix_rate (matrix, 1, 1)->high);
    }

  g_assert_null (gw_risk_matrix_new_builtin ("9x9", &error));
  g_assert_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (gw_risk_matrix_new_builtin ("../standards/iso28000-2022", &error));
  g_assert_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_NOT_FOUND);
}

/* Scores and levels worked out by hand from data/risk/matrix-*.xml. */
static void
test_matrix_arithmetic (void)
{
  g_autoptr(GwRiskMatrix) m5 = builtin_matrix ("5x5");
  g_autoptr(GwRiskMatrix) m3 = builtin_matrix ("3x3");
  static const struct { int l, i, score; const char *level; } cells[] = {
    { 1, 1, 1, "low" },
    { 2, 2, 4, "low" },       /* the top of low */
    { 1, 5, 5, "medium" },    /* the threshold of medium */
    { 3, 3, 9, "medium" },
    { 2, 5, 10, "high" },     /* the threshold of high */
    { 5, 2, 10, "high" },
    { 4, 4, 16, "high" },
    { 3, 5, 15, "high" },
    { 4, 5, 20, "critical" },
    { 5, 5, 25, "critical" },
  };

  for (guint n = 0; n < G_N_ELEMENTS (cells); n++)
    {
      g_assert_cmpint (gw_risk_matrix_score (m5, cells[n].l, cells[n].i), ==, cells[n].score);
      g_assert_cmpstr (level_of (m5, cells[n].l, cells[n].i), ==, cells[n].level);
    }

  /* Sixteen is high, seventeen would be critical: no cell scores 17 to 19
   * on a 5 × 5 matrix, so 20 is the first critical one. */
  g_assert_cmpint (gw_risk_matrix_get_level (m5, 3)->min_score, ==, 17);

  g_assert_cmpstr (level_of (m3, 1, 2), ==, "low");
  g_assert_cmpstr (level_of (m3, 1, 3), ==, "medium");
  g_assert_cmpstr (level_of (m3, 2, 2), ==, "medium");
  g_assert_cmpstr (level_of (m3, 2, 3), ==, "high");

  /* Not rated, half rated and off the matrix have no score and no level. */
  g_assert_cmpint (gw_risk_matrix_score (m5, 0, 0), ==, 0);
  g_assert_cmpint (gw_risk_matrix_level_index (m5, 0, 0), ==, -1);
  g_assert_cmpstr (level_of (m5, 0, 0), ==, "unrated");
  g_assert_true (gw_risk_matrix_is_valid_rating (m5, 0, 0));
  g_assert_false (gw_risk_matrix_is_valid_rating (m5, 3, 0));
  g_assert_false (gw_risk_matrix_is_valid_rating (m5, 6, 1));
  g_assert_false (gw_risk_matrix_is_valid_rating (m3, 4, 1));
  g_assert_cmpint (gw_risk_matrix_score (m3, 4, 1), ==, 0);
  g_assert_cmpstr (level_of (m5, 3, 0), ==, "unrated");
}

static void
test_matrix_count (void)
{
  g_autoptr(GwRiskMatrix) matrix = builtin_matrix ("5x5");
  g_autoptr(GPtrArray) risks = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_risk_free);
  g_autofree guint *inherent = NULL;
  g_autofree guint *residual = NULL;
  static const int ratings[][4] = {
    /* inherent l, i, residual l, i */
    { 4, 5, 2, 3 },
    { 4, 5, 2, 3 },
    { 4, 5, 0, 0 },
    { 1, 1, 1, 1 },
    { 0, 0, 0, 0 },
  };
  guint total = 0;

  for (guint n = 0; n < G_N_ELEMENTS (ratings); n++)
    {
      GwRisk *risk = gw_risk_new ("r");

      risk->inherent_likelihood = ratings[n][0];
      risk->inherent_impact = ratings[n][1];
      risk->residual_likelihood = ratings[n][2];
      risk->residual_impact = ratings[n][3];
      g_ptr_array_add (risks, risk);
    }

  inherent = gw_risk_matrix_count (matrix, risks, FALSE);
  residual = gw_risk_matrix_count (matrix, risks, TRUE);

  /* cell (l, i) is at (l - 1) × 5 + (i - 1) */
  g_assert_cmpuint (inherent[3 * 5 + 4], ==, 3);
  g_assert_cmpuint (inherent[0], ==, 1);
  g_assert_cmpuint (residual[1 * 5 + 2], ==, 2);
  g_assert_cmpuint (residual[0], ==, 1);
  for (guint n = 0; n < 25; n++)
    total += inherent[n];
  g_assert_cmpuint (total, ==, 4);  /* the unrated risk is in no cell */
}

/* The gap rule on its own, and how level colours are labelled. */
static void
test_lacks_measures_and_text (void)
{
  g_autoptr(GwRiskMatrix) matrix = builtin_matrix ("5x5");
  g_autoptr(GwRisk) risk = gw_risk_new ("r");

  risk->inherent_likelihood = 4;
  risk->inherent_impact = 4;
  risk->treatment = GW_RISK_TREATMENT_MITIGATE;
  risk->n_measures = 2;
  g_assert_true (gw_risk_lacks_measures (risk, matrix, 1));
  g_assert_false (gw_risk_lacks_measures (risk, matrix, 2));
  risk->n_measures = 0;
  g_assert_true (gw_risk_lacks_measures (risk, matrix, 0));
  risk->treatment = GW_RISK_TREATMENT_TRANSFER;
  g_assert_false (gw_risk_lacks_measures (risk, matrix, 0));
  risk->treatment = GW_RISK_TREATMENT_UNDECIDED;
  risk->inherent_impact = 2;  /* 4 × 2: medium */
  g_assert_false (gw_risk_lacks_measures (risk, matrix, 0));

  /* Black on white and on the matrix's yellow and green; white on black
   * and on its red. */
  g_assert_true (gw_colour_wants_dark_text (1, 1, 1));
  g_assert_false (gw_colour_wants_dark_text (0, 0, 0));
  g_assert_true (gw_colour_wants_dark_text (0xf6 / 255.0, 0xd3 / 255.0, 0x2d / 255.0));
  g_assert_true (gw_colour_wants_dark_text (0x33 / 255.0, 0xd1 / 255.0, 0x7a / 255.0));
  g_assert_false (gw_colour_wants_dark_text (0xe0 / 255.0, 0x1b / 255.0, 0x24 / 255.0));
}

typedef struct
{
  const char *name;
  const char *xml;
  const char *message;  /* expected in the error, with its line */
} BrokenMatrix;

#define HEAD "<risk-matrix id=\"t\" name=\"Test\">\n"
#define SCALE2 \
  "  <likelihood value=\"1\" label=\"Low\"/>\n" \
  "  <likelihood value=\"2\" label=\"High\"/>\n" \
  "  <impact value=\"1\" label=\"Low\"/>\n" \
  "  <impact value=\"2\" label=\"High\"/>\n"
#define LEVELS2 \
  "  <level id=\"low\" label=\"Low\" colour=\"#33d17a\" min-score=\"1\"/>\n" \
  "  <level id=\"high\" label=\"High\" colour=\"#e01b24\" min-score=\"3\" high=\"true\"/>\n"

static const BrokenMatrix broken_matrices[] = {
  { "gap in the scale",
    HEAD "  <likelihood value=\"1\" label=\"Low\"/>\n  <likelihood value=\"3\" label=\"High\"/>\n",
    "m.xml:3: <likelihood> value “3” must be 2" },
  { "scale point without label",
    HEAD "  <likelihood value=\"1\" label=\" \"/>\n",
    "m.xml:2: <likelihood> 1 needs a non-empty “label”" },
  { "scale too long",
    HEAD "  <impact value=\"11\" label=\"x\"/>\n",
    "m.xml:2: <impact> value “11” must be 1" },
  { "first level above 1",
    HEAD SCALE2 "  <level id=\"low\" label=\"Low\" colour=\"#33d17a\" min-score=\"2\"/>\n",
    "m.xml:6: The first level “low” must start at min-score 1" },
  { "levels not rising",
    HEAD SCALE2 LEVELS2 "  <level id=\"top\" label=\"Top\" colour=\"#000000\" min-score=\"3\"/>\n",
    "m.xml:8: The min-score 3 of level “top” must be higher" },
  { "level out of reach",
    HEAD SCALE2 "  <level id=\"low\" label=\"Low\" colour=\"#33d17a\" min-score=\"1\"/>\n"
    "  <level id=\"top\" label=\"Top\" colour=\"#000000\" min-score=\"5\"/>\n</risk-matrix>\n",
    "m.xml: the level “top” starts at 5, above the largest score of this matrix (4)" },
  { "bad colour",
    HEAD SCALE2 "  <level id=\"low\" label=\"Low\" colour=\"green\" min-score=\"1\"/>\n",
    "m.xml:6: The colour “green” of level “low” is not of the form #rrggbb" },
  { "duplicate level",
    HEAD SCALE2 LEVELS2 "  <level id=\"high\" label=\"Again\" colour=\"#000000\" min-score=\"4\"/>\n",
    "m.xml:8: The level id “high” is used twice" },
  { "bad high flag",
    HEAD SCALE2 "  <level id=\"low\" label=\"Low\" colour=\"#33d17a\" min-score=\"1\" high=\"yes\"/>\n",
    "m.xml:6: “high” must be true or false" },
  { "unknown element",
    HEAD SCALE2 "  <colour-scheme/>\n",
    "m.xml:6: Unknown element <colour-scheme>" },
  { "unknown attribute",
    HEAD "  <likelihood value=\"1\" label=\"Low\" weight=\"2\"/>\n",
    "m.xml:2:" },
  { "one level only",
    HEAD SCALE2 "  <level id=\"low\" label=\"Low\" colour=\"#33d17a\" min-score=\"1\"/>\n</risk-matrix>\n",
    "m.xml: a risk matrix needs at least 2 levels" },
  { "one point of impact",
    HEAD "  <likelihood value=\"1\" label=\"a\"/>\n  <likelihood value=\"2\" label=\"b\"/>\n"
    "  <impact value=\"1\" label=\"a\"/>\n" LEVELS2 "</risk-matrix>\n",
    "m.xml: a risk matrix needs at least 2 points of likelihood and 2 of impact" },
  { "stray text",
    HEAD SCALE2 "  five by five\n</risk-matrix>\n",
    "m.xml:6: Text is not allowed here" },
  { "another root",
    "<catalogue id=\"x\" standard=\"y\"/>\n",
    "m.xml:1: Unexpected element <catalogue>" },
  { "not XML",
    "likelihood,impact\n1,1\n",
    "m.xml: " },
};

static void
test_matrix_broken (void)
{
  for (guint n = 0; n < G_N_ELEMENTS (broken_matrices); n++)
    {
      const BrokenMatrix *b = &broken_matrices[n];
      g_autoptr(GBytes) bytes = g_bytes_new_static (b->xml, strlen (b->xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(GwRiskMatrix) matrix = NULL;

      g_test_message ("%s", b->name);
      matrix = gw_risk_matrix_new_from_bytes (bytes, "m.xml", &error);
      g_assert_null (matrix);
      g_assert_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID);
      if (strstr (error->message, b->message) == NULL)
        g_error ("%s: “%s” does not contain “%s”", b->name, error->message, b->message);
    }

  /* The same matrix, whole, is accepted. */
  {
    static const char good[] = HEAD SCALE2 LEVELS2 "</risk-matrix>\n";
    g_autoptr(GBytes) bytes = g_bytes_new_static (good, strlen (good));
    g_autoptr(GError) error = NULL;
    g_autoptr(GwRiskMatrix) matrix = gw_risk_matrix_new_from_bytes (bytes, "m.xml", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (level_of (matrix, 1, 2), ==, "low");
    g_assert_cmpstr (level_of (matrix, 2, 2), ==, "high");
  }
}

/* Measures -------------------------------------------------------------- */

static void
test_measure_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measures = gw_measure_catalogue_new_builtin (&error);
  g_autoptr(GHashTable) refs = g_hash_table_new (g_str_hash, g_str_equal);
  guint per_domain[GW_N_MEASURE_DOMAINS] = { 0 };
  int last_domain = 0;

  g_assert_no_error (error);
  g_assert_nonnull (measures);

  for (guint n = 0; n < measures->len; n++)
    {
      const GwMeasure *m = g_ptr_array_index (measures, n);

      g_assert_true (g_hash_table_add (refs, m->ref));
      g_assert_nonnull (m->title);
      g_assert_nonnull (m->description);
      g_assert_cmpuint (strlen (m->title), <=, 80);
      g_assert_cmpint (m->status, ==, GW_MEASURE_STATUS_NOT_ASSESSED);
      /* grouped by domain, in the order of the domains */
      g_assert_cmpint ((int) m->domain, >=, last_domain);
      last_domain = (int) m->domain;
      per_domain[m->domain]++;
    }

  /* Every domain the issue names has its measures. */
  for (guint d = 0; d < GW_N_MEASURE_DOMAINS; d++)
    g_assert_cmpuint (per_domain[d], >=, 5);
}

static void
test_measure_catalogue_broken (void)
{
  static const struct { const char *xml; const char *message; } cases[] = {
    { "<measures id=\"m\">\n"
      "  <measure ref=\"A-1\" domain=\"physical\"><title>Fence</title></measure>\n"
      "  <measure ref=\"A-1\" domain=\"physical\"><title>Gate</title></measure>\n"
      "</measures>\n",
      "ms.xml:3: The measure ref “A-1” is used twice" },
    { "<measures id=\"m\">\n"
      "  <measure ref=\"A-1\" domain=\"moat\"><title>Moat</title></measure>\n"
      "</measures>\n",
      "ms.xml:2: Unknown measure domain “moat”" },
    { "<measures id=\"m\">\n"
      "  <measure ref=\"A-1\" domain=\"physical\">\n"
      "    <description>No title</description>\n"
      "  </measure>\n"
      "</measures>\n",
      "ms.xml:2: The measure “A-1” has no <title>" },
    { "<measures id=\"m\"/>\n",
      "ms.xml: the file holds no security measures" },
  };

  for (guint n = 0; n < G_N_ELEMENTS (cases); n++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[n].xml, strlen (cases[n].xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) measures = gw_measure_catalogue_new_from_bytes (bytes, "ms.xml", &error);

      g_assert_null (measures);
      g_assert_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID);
      if (strstr (error->message, cases[n].message) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, cases[n].message);
    }
}

/* The register in the audit file ---------------------------------------- */

static gint64
measure_id (GwAudit    *audit,
            const char *ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (audit, &error);

  g_assert_no_error (error);
  for (guint n = 0; n < measures->len; n++)
    {
      const GwMeasure *m = g_ptr_array_index (measures, n);
      if (g_str_equal (m->ref, ref))
        return m->id;
    }
  g_assert_not_reached ();
  return 0;
}

static gint64
add_action (GwAudit    *audit,
            const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAction) action = gw_action_new (title);
  gint64 id = gw_audit_add_action (audit, action, &error);

  g_assert_no_error (error);
  return id;
}

static GwRisk *
cargo_theft (void)
{
  GwRisk *risk = gw_risk_new ("Theft of high-value cargo from parked trailers");

  risk->threat = g_strdup ("Organised thieves cut trailer curtains at an unguarded overnight stop.");
  risk->vulnerability = g_strdup ("Drivers choose their own stops; trailers have no alarms.");
  risk->asset = GW_RISK_ASSET_CARGO;
  risk->category = GW_THREAT_THEFT;
  risk->inherent_likelihood = 4;
  risk->inherent_impact = 4;
  risk->residual_likelihood = 2;
  risk->residual_impact = 3;
  risk->treatment = GW_RISK_TREATMENT_MITIGATE;
  risk->owner = g_strdup ("Fiona Castell");
  risk->review_date = g_strdup ("2027-03-31");
  risk->notes = g_strdup ("Two thefts on the M6 corridor last year.");
  return risk;
}

static GArray *
targets (GwAudit        *audit,
         gint64          risk_id,
         GwRiskLinkKind  kind)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = gw_audit_list_risk_targets (audit, risk_id, kind, &error);

  g_assert_no_error (error);
  return ids;
}

static void
test_register_round_trip (void)
{
  g_autofree char *path = gw_test_path ("risks.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwRisk) risk = cargo_theft ();
  g_autoptr(GwRisk) read = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GArray) reqs = NULL;
  g_autoptr(GArray) actions = NULL;
  g_autoptr(GArray) measures = NULL;
  gint64 req_a = gw_test_requirement (audit, "8.1-01");
  gint64 req_b = gw_test_requirement (audit, "6.1.2-01");
  gint64 action = add_action (audit, "Approved overnight parking list");
  gint64 seals = measure_id (audit, "CCI-01");
  gint64 gps = measure_id (audit, "CCI-05");
  gint64 id;

  gw_audit_set_author (audit, "Helen Okafor");
  g_assert_cmpstr (gw_risk_matrix_get_id (gw_audit_get_risk_matrix (audit)), ==, GW_RISK_MATRIX_DEFAULT);

  id = gw_audit_add_risk (audit, risk, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  /* Linked in the order they are added, listed in checklist order. */
  g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_REQUIREMENT, req_a, TRUE, &error));
  g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_REQUIREMENT, req_b, TRUE, &error));
  g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_ACTION, action, TRUE, &error));
  g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, gps, TRUE, &error));
  g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, seals, TRUE, &error));
  /* linking twice is harmless */
  g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, seals, TRUE, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GwMeasure) m = gw_audit_get_measure (audit, seals, &error);
    g_assert_no_error (error);
    m->status = GW_MEASURE_STATUS_PARTIAL;
    g_free (m->notes);
    m->notes = g_strdup ("Bolt seals at Berth 7 only.");
    g_assert_true (gw_audit_update_measure (audit, m, &error));
    g_assert_no_error (error);
  }

  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  /* Everything is in the file. */
  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);

  read = gw_audit_get_risk (audit, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->title, ==, risk->title);
  g_assert_cmpstr (read->threat, ==, risk->threat);
  g_assert_cmpstr (read->vulnerability, ==, risk->vulnerability);
  g_assert_cmpint (read->asset, ==, GW_RISK_ASSET_CARGO);
  g_assert_cmpint (read->category, ==, GW_THREAT_THEFT);
  g_assert_cmpint (read->inherent_likelihood, ==, 4);
  g_assert_cmpint (read->inherent_impact, ==, 4);
  g_assert_cmpint (read->residual_likelihood, ==, 2);
  g_assert_cmpint (read->residual_impact, ==, 3);
  g_assert_cmpint (read->treatment, ==, GW_RISK_TREATMENT_MITIGATE);
  g_assert_cmpstr (read->owner, ==, "Fiona Castell");
  g_assert_cmpstr (read->review_date, ==, "2027-03-31");
  g_assert_cmpstr (read->notes, ==, risk->notes);
  g_assert_nonnull (read->created_at);
  g_assert_cmpuint (read->n_requirements, ==, 2);
  g_assert_cmpuint (read->n_actions, ==, 1);
  g_assert_cmpuint (read->n_measures, ==, 2);
  g_assert_cmpstr (level_of (gw_audit_get_risk_matrix (audit), read->inherent_likelihood, read->inherent_impact),
                   ==, "high");
  g_assert_cmpstr (level_of (gw_audit_get_risk_matrix (audit), read->residual_likelihood, read->residual_impact),
                   ==, "medium");

  reqs = targets (audit, id, GW_RISK_LINK_REQUIREMENT);
  g_assert_cmpuint (reqs->len, ==, 2);
  g_assert_cmpint (g_array_index (reqs, gint64, 0), ==, req_b);  /* 6.1.2 before 8.1 */
  g_assert_cmpint (g_array_index (reqs, gint64, 1), ==, req_a);
  actions = targets (audit, id, GW_RISK_LINK_ACTION);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpint (g_array_index (actions, gint64, 0), ==, action);
  measures = targets (audit, id, GW_RISK_LINK_MEASURE);
  g_assert_cmpuint (measures->len, ==, 2);
  g_assert_cmpint (g_array_index (measures, gint64, 0), ==, seals);  /* catalogue order */
  g_assert_cmpint (g_array_index (measures, gint64, 1), ==, gps);

  {
    g_autoptr(GwMeasure) m = gw_audit_get_measure (audit, seals, &error);
    g_assert_cmpint (m->status, ==, GW_MEASURE_STATUS_PARTIAL);
    g_assert_cmpstr (m->notes, ==, "Bolt seals at Berth 7 only.");
    g_assert_cmpuint (m->n_risks, ==, 1);
  }

  /* Seen from the other end: the requirement, action and measure list it. */
  for (GwRiskLinkKind kind = GW_RISK_LINK_REQUIREMENT; kind <= GW_RISK_LINK_MEASURE; kind++)
    {
      gint64 target = kind == GW_RISK_LINK_REQUIREMENT ? req_a : kind == GW_RISK_LINK_ACTION ? action : gps;
      g_autoptr(GPtrArray) linked = gw_audit_list_linked_risks (audit, kind, target, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (linked->len, ==, 1);
      g_assert_cmpint (((GwRisk *) g_ptr_array_index (linked, 0))->id, ==, id);
    }
  {
    g_autoptr(GPtrArray) none = gw_audit_list_linked_risks (audit, GW_RISK_LINK_REQUIREMENT,
                                                            gw_test_requirement (audit, "4.1-01"), &error);
    g_assert_cmpuint (none->len, ==, 0);
  }

  /* The whole-audit link lists agree. */
  {
    g_autoptr(GArray) all = gw_audit_list_risk_links (audit, GW_RISK_LINK_MEASURE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 2);
    g_assert_cmpint (g_array_index (all, GwRiskLink, 0).risk_id, ==, id);
    g_assert_cmpint (g_array_index (all, GwRiskLink, 0).target_id, ==, seals);
  }

  /* The change log tells who did what to the risk and the measure. */
  changes = gw_audit_list_changes (audit, "risk", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 6);  /* created, 2 requirements, 1 action, 2 measures */
  g_assert_cmpstr (((GwChange *) g_ptr_array_index (changes, 0))->author, ==, "Helen Okafor");
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = gw_audit_list_changes (audit, "measure", seals, &error);
  g_assert_cmpuint (changes->len, ==, 2);  /* status and notes */

  /* An update logs each changed field, the rating as one value. */
  read->inherent_likelihood = 5;
  g_free (read->owner);
  read->owner = g_strdup ("Sandra Mbeki");
  g_assert_true (gw_audit_update_risk (audit, read, &error));
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = gw_audit_list_changes (audit, "risk", id, &error);
  g_assert_cmpuint (changes->len, ==, 8);
  {
    gboolean seen_rating = FALSE;
    for (guint n = 0; n < changes->len; n++)
      {
        const GwChange *c = g_ptr_array_index (changes, n);
        if (g_str_equal (c->field, "inherent"))
          {
            g_assert_cmpstr (c->old_value, ==, "4×4");
            g_assert_cmpstr (c->new_value, ==, "5×4");
            seen_rating = TRUE;
          }
      }
    g_assert_true (seen_rating);
  }
}

static void
test_register_validation (void)
{
  g_autofree char *path = gw_test_path ("invalid.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autofree char *huge = g_strnfill (GW_AUDIT_MAX_TEXT_LENGTH + 1, 'x');
  GwRisk *r;

  r = cargo_theft ();
  g_free (r->title);
  r->title = g_strdup ("   ");
  g_assert_cmpint (gw_audit_add_risk (audit, r, &error), ==, 0);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "risk title"));
  g_clear_error (&error);
  gw_risk_free (r);

  /* half a rating */
  r = cargo_theft ();
  r->residual_impact = GW_RISK_UNRATED;
  g_assert_cmpint (gw_audit_add_risk (audit, r, &error), ==, 0);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "residual rating needs both a likelihood and an impact"));
  g_clear_error (&error);
  gw_risk_free (r);

  /* off the matrix */
  r = cargo_theft ();
  r->inherent_likelihood = 6;
  g_assert_cmpint (gw_audit_add_risk (audit, r, &error), ==, 0);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "6 × 4 is not on the audit’s 5 × 5 risk matrix"));
  g_clear_error (&error);
  gw_risk_free (r);

  r = cargo_theft ();
  g_free (r->review_date);
  r->review_date = g_strdup ("31/03/2027");
  g_assert_cmpint (gw_audit_add_risk (audit, r, &error), ==, 0);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  gw_risk_free (r);

  r = cargo_theft ();
  g_free (r->threat);
  r->threat = g_strdup (huge);
  g_assert_cmpint (gw_audit_add_risk (audit, r, &error), ==, 0);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  gw_risk_free (r);

  r = cargo_theft ();
  r->treatment = 42;
  g_assert_cmpint (gw_audit_add_risk (audit, r, &error), ==, 0);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  gw_risk_free (r);

  /* Links to things that do not exist are refused. */
  r = cargo_theft ();
  {
    gint64 id = gw_audit_add_risk (audit, r, &error);
    g_assert_no_error (error);
    g_assert_false (gw_audit_link_risk (audit, id, GW_RISK_LINK_ACTION, 4242, TRUE, &error));
    g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM);
    g_clear_error (&error);
    g_assert_false (gw_audit_link_risk (audit, 4242, GW_RISK_LINK_REQUIREMENT,
                                        gw_test_requirement (audit, "8.1-01"), TRUE, &error));
    g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM);
    g_clear_error (&error);
  }
  gw_risk_free (r);

  /* Nothing of the refused edits reached the register. */
  risks = gw_audit_list_risks (audit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (risks->len, ==, 1);
  g_assert_cmpuint (((GwRisk *) g_ptr_array_index (risks, 0))->n_actions, ==, 0);
}

static int
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* Deleting one end of a link removes the link and nothing else. */
static void
test_register_no_orphans (void)
{
  g_autofree char *path = gw_test_path ("orphans.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwRisk) theft = cargo_theft ();
  g_autoptr(GwRisk) fraud = gw_risk_new ("Fictitious collection of a container");
  gint64 req = gw_test_requirement (audit, "8.1-01");
  gint64 action = add_action (audit, "Driver ID check at the gate");
  gint64 kept_action = add_action (audit, "Release PINs by phone only");
  gint64 seals = measure_id (audit, "CCI-01");
  gint64 theft_id, fraud_id;

  theft_id = gw_audit_add_risk (audit, theft, &error);
  fraud_id = gw_audit_add_risk (audit, fraud, &error);
  g_assert_no_error (error);
  for (guint n = 0; n < 2; n++)
    {
      gint64 id = n == 0 ? theft_id : fraud_id;
      g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_REQUIREMENT, req, TRUE, &error));
      g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_ACTION, action, TRUE, &error));
      g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_ACTION, kept_action, TRUE, &error));
      g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, seals, TRUE, &error));
    }

  /* Unlinking a requirement keeps the requirement and the risk. */
  g_assert_true (gw_audit_link_risk (audit, theft_id, GW_RISK_LINK_REQUIREMENT, req, FALSE, &error));
  /* Deleting an action removes its links from both risks. */
  g_assert_true (gw_audit_delete_action (audit, action, &error));
  /* Deleting a risk removes its links and leaves the measure. */
  g_assert_true (gw_audit_delete_risk (audit, fraud_id, &error));
  g_assert_no_error (error);

  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM risk_requirement"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM risk_action"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM risk_action WHERE action_id NOT IN (SELECT id FROM action)"
                                     " OR risk_id NOT IN (SELECT id FROM risk)"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM risk_measure"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM requirement WHERE ref = '8.1-01'"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GwRisk) read = gw_audit_get_risk (audit, theft_id, &error);
    g_autoptr(GwMeasure) m = gw_audit_get_measure (audit, seals, &error);
    g_autoptr(GArray) actions = targets (audit, theft_id, GW_RISK_LINK_ACTION);

    g_assert_no_error (error);
    g_assert_cmpuint (read->n_requirements, ==, 0);
    g_assert_cmpuint (read->n_actions, ==, 1);
    g_assert_cmpint (g_array_index (actions, gint64, 0), ==, kept_action);
    g_assert_cmpuint (m->n_risks, ==, 1);
  }
  g_assert_null (gw_audit_get_risk (audit, fraud_id, &error));
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM);
}

/* Changing an audit's matrix -------------------------------------------- */

static void
test_audit_matrix (void)
{
  g_autofree char *path = gw_test_path ("matrix.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GwRiskMatrix) m3 = builtin_matrix ("3x3");
  g_autoptr(GError) error = NULL;
  g_autoptr(GwRisk) risk = cargo_theft ();
  g_autoptr(GwRisk) read = NULL;
  gint64 id;

  id = gw_audit_add_risk (audit, risk, &error);
  g_assert_no_error (error);

  /* A rating of 4 does not exist on a 3 × 3 matrix: refused, unchanged. */
  g_assert_false (gw_audit_set_risk_matrix (audit, m3, &error));
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "1 risk is rated outside the 3 × 3 matrix"));
  g_clear_error (&error);
  g_assert_cmpstr (gw_risk_matrix_get_id (gw_audit_get_risk_matrix (audit)), ==, "5x5");

  /* Rated within 3 × 3, the change goes through and is kept in the file. */
  read = gw_audit_get_risk (audit, id, &error);
  read->inherent_likelihood = 3;
  read->inherent_impact = 3;
  read->residual_likelihood = 1;
  read->residual_impact = 2;
  g_assert_true (gw_audit_update_risk (audit, read, &error));
  g_assert_true (gw_audit_set_risk_matrix (audit, m3, &error));
  g_assert_no_error (error);
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);
  g_clear_pointer (&read, gw_risk_free);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gw_risk_matrix_get_id (gw_audit_get_risk_matrix (audit)), ==, "3x3");
  read = gw_audit_get_risk (audit, id, &error);
  g_assert_cmpstr (level_of (gw_audit_get_risk_matrix (audit), read->inherent_likelihood, read->inherent_impact),
                   ==, "high");
  g_assert_cmpstr (level_of (gw_audit_get_risk_matrix (audit), read->residual_likelihood, read->residual_impact),
                   ==, "low");
}

/* A hand-edited matrix that does not parse is reported with its line, and
 * the file is left as it was. */
static void
test_audit_matrix_damaged (void)
{
  g_autofree char *path = gw_test_path ("damaged-matrix.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *sum = NULL;
  sqlite3 *db;

  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE risk_matrix SET definition ="
                                 " replace(definition, 'min-score=\"10\"', 'min-score=\"4\"')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  sum = gw_test_file_checksum (path);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_null (audit);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "risk matrix:17: The min-score 4 of level “high” must be higher"));
  gw_test_assert_checksum (path, TRUE, sum);
}

/* A file of schema version 1, from before the risk assessment, opens with
 * the default matrix and the measure catalogue, its content intact. */
static void
test_upgrade_from_v1 (void)
{
  g_autofree char *path = gw_test_path ("v1.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) catalogue = gw_measure_catalogue_new_builtin (NULL);
  g_autoptr(GwAssessment) assessment = NULL;
  gint64 req = gw_test_requirement (audit, "8.1-01");
  sqlite3 *db;
  int version = 0;

  g_assert_true (gw_audit_set_result (audit, req, GW_RESULT_PARTIAL, &error));
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  /* What version 1 wrote: the same tables without the risk assessment. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "DROP TABLE risk_measure; DROP TABLE risk_action; DROP TABLE risk_requirement;"
                                 "DROP TABLE measure; DROP TABLE risk; DROP TABLE risk_matrix;"
                                 "PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (count_rows (path, "PRAGMA user_version"), ==, 1);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gw_risk_matrix_get_id (gw_audit_get_risk_matrix (audit)), ==, GW_RISK_MATRIX_DEFAULT);
  measures = gw_audit_list_measures (audit, &error);
  g_assert_cmpuint (measures->len, ==, catalogue->len);
  assessment = gw_audit_get_assessment (audit, req, &error);
  g_assert_cmpint (assessment->result, ==, GW_RESULT_PARTIAL);

  /* The upgraded file takes risks and is saved as version 2. */
  {
    g_autoptr(GwRisk) risk = cargo_theft ();
    g_assert_cmpint (gw_audit_add_risk (audit, risk, &error), >, 0);
  }
  g_assert_true (gw_audit_close (audit, &error));
  g_assert_cmpint (count_rows (path, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM risk"), ==, 1);
  g_assert_true (gw_audit_check_file (file, &version, &error));
  g_assert_no_error (error);
}

/* The gap in the Overview ------------------------------------------------ */

static guint
count_high_risk_warnings (GwAudit *audit,
                          gint64   risk_id)
{
  g_autoptr(GwWarningIndex) index = gw_warning_index_new ();
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (gw_warning_index_load (index, audit, &error));
  g_assert_no_error (error);
  warnings = gw_warning_index_compute (index, "2026-11-28");
  for (guint i = 0; i < warnings->len; i++)
    {
      const GwWarning *w = g_ptr_array_index (warnings, i);
      if (w->kind == GW_WARNING_HIGH_RISK_UNTREATED)
        {
          g_assert_cmpint (w->risk_id, ==, risk_id);
          g_assert_nonnull (w->text);
          n++;
        }
    }
  return n;
}

static void
set_status (GwAudit         *audit,
            gint64           id,
            GwMeasureStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwMeasure) m = gw_audit_get_measure (audit, id, &error);

  m->status = status;
  g_assert_true (gw_audit_update_measure (audit, m, &error));
  g_assert_no_error (error);
}

static void
test_high_risk_gap (void)
{
  g_autofree char *path = gw_test_path ("gap.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwRisk) risk = cargo_theft ();   /* inherent 4 × 4: high */
  g_autoptr(GwRisk) mild = cargo_theft ();
  gint64 seals = measure_id (audit, "CCI-01");
  gint64 gps = measure_id (audit, "CCI-05");
  gint64 id;

  mild->inherent_likelihood = 1;              /* 1 × 4: low, never a gap */
  g_assert_cmpint (gw_audit_add_risk (audit, mild, &error), >, 0);

  id = gw_audit_add_risk (audit, risk, &error);
  g_assert_no_error (error);

  /* High, to be mitigated, and nothing in place: a gap. */
  g_assert_cmpuint (count_high_risk_warnings (audit, id), ==, 1);

  g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, seals, TRUE, &error));
  g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, gps, TRUE, &error));
  set_status (audit, seals, GW_MEASURE_STATUS_IN_PLACE);
  set_status (audit, gps, GW_MEASURE_STATUS_PLANNED);
  g_assert_cmpuint (count_high_risk_warnings (audit, id), ==, 1);   /* one still planned */

  set_status (audit, gps, GW_MEASURE_STATUS_IN_PLACE);
  g_assert_cmpuint (count_high_risk_warnings (audit, id), ==, 0);   /* all in place */

  set_status (audit, gps, GW_MEASURE_STATUS_PARTIAL);
  g_assert_cmpuint (count_high_risk_warnings (audit, id), ==, 1);

  /* Accepting or transferring the risk is a decision, not a gap. */
  risk->id = id;
  risk->treatment = GW_RISK_TREATMENT_ACCEPT;
  g_assert_true (gw_audit_update_risk (audit, risk, &error));
  g_assert_cmpuint (count_high_risk_warnings (audit, id), ==, 0);
  risk->treatment = GW_RISK_TREATMENT_UNDECIDED;
  g_assert_true (gw_audit_update_risk (audit, risk, &error));
  g_assert_cmpuint (count_high_risk_warnings (audit, id), ==, 1);

  /* Rated lower, it is no longer high. */
  risk->inherent_likelihood = 2;
  risk->inherent_impact = 2;
  g_assert_true (gw_audit_update_risk (audit, risk, &error));
  g_assert_cmpuint (count_high_risk_warnings (audit, id), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/risk/matrix/builtin", test_matrix_builtin);
  g_test_add_func ("/risk/matrix/arithmetic", test_matrix_arithmetic);
  g_test_add_func ("/risk/matrix/count", test_matrix_count);
  g_test_add_func ("/risk/matrix/broken", test_matrix_broken);
  g_test_add_func ("/risk/lacks-measures-and-text", test_lacks_measures_and_text);
  g_test_add_func ("/risk/measures/catalogue", test_measure_catalogue);
  g_test_add_func ("/risk/measures/broken", test_measure_catalogue_broken);
  g_test_add_func ("/risk/register/round-trip", test_register_round_trip);
  g_test_add_func ("/risk/register/validation", test_register_validation);
  g_test_add_func ("/risk/register/no-orphans", test_register_no_orphans);
  g_test_add_func ("/risk/audit/matrix", test_audit_matrix);
  g_test_add_func ("/risk/audit/matrix-damaged", test_audit_matrix_damaged);
  g_test_add_func ("/risk/audit/upgrade-from-v1", test_upgrade_from_v1);
  g_test_add_func ("/risk/warnings/high-risk", test_high_risk_gap);

  return g_test_run ();
}
