/* test-export-risks.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk-assessment sheets of the Excel export, read back from the zip
 * file: the Risk register with the core's scores and levels, gravest
 * first; heat maps whose counts and size follow the audit's own matrix;
 * the Security measures by domain with their status; the Summary's risk
 * figures; and an audit without risks, which still gets every sheet.
 * tests/test-export.c checks the rest of the workbook.
 *
 * The program has a helper mode for tests/check-workbook.py, which reads
 * the workbook with openpyxl and LibreOffice:
 *   test-export-risks --risks AUDIT   creates an audit with a small risk register
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "gw-export-test-util.h"

/* A small register ------------------------------------------------------ */

typedef struct
{
  const char      *title;
  int              inherent[2];     /* likelihood, impact */
  int              residual[2];
  GwRiskTreatment  treatment;
  const char      *review;
  const char      *measures[3];     /* refs of linked measures */
} RiskSpec;

/* On the default 5 × 5 matrix: Critical from 17, High from 10, Medium
 * from 5. The first and the fifth risk are high and still wait for a
 * measure; the sixth is high but transferred. */
static const RiskSpec risk_specs[] = {
  { "Seal swapped during a driver stop", { 4, 5 }, { 2, 4 }, GW_RISK_TREATMENT_MITIGATE, "2020-01-15",
    { "CCI-01", "CCI-03" } },
  { "Theft from trailers parked overnight", { 4, 4 }, { 2, 2 }, GW_RISK_TREATMENT_MITIGATE, "2099-12-31",
    { "PHY-02" } },
  { "=HYPERLINK(\"http://evil.example/\",\"risk\")", { 3, 3 }, { 0, 0 }, GW_RISK_TREATMENT_ACCEPT, NULL, { NULL } },
  { "Counterfeit spare parts in the store", { 0, 0 }, { 0, 0 }, GW_RISK_TREATMENT_UNDECIDED, NULL, { NULL } },
  { "Ransomware on the booking system", { 3, 5 }, { 1, 5 }, GW_RISK_TREATMENT_UNDECIDED, NULL, { NULL } },
  { "Port closed by a strike", { 2, 5 }, { 2, 5 }, GW_RISK_TREATMENT_TRANSFER, NULL, { NULL } },
};

/* The register order the workbook must show: gravest first. */
static const guint risk_order[] = { 0, 1, 4, 5, 2, 3 };

static gint64
find_measure (GPtrArray  *measures,
              const char *ref)
{
  for (guint i = 0; i < measures->len; i++)
    {
      GwMeasure *m = g_ptr_array_index (measures, i);
      if (g_str_equal (m->ref, ref))
        return m->id;
    }
  g_error ("no measure %s in the catalogue", ref);
}

static void
set_measure_status (GwAudit         *audit,
                    GPtrArray       *measures,
                    const char      *ref,
                    GwMeasureStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwMeasure) m = gw_audit_get_measure (audit, find_measure (measures, ref), &error);

  g_assert_no_error (error);
  m->status = status;
  g_assert_true (gw_audit_update_measure (audit, m, &error));
  g_assert_no_error (error);
}

/* An audit with the risks above, linked to measures, a requirement and an
 * action. */
static GwAudit *
create_risks (const char *path)
{
  g_autoptr(GError) error = NULL;
  GwAudit *audit = gw_test_create_audit (path);
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (audit, &error);
  g_autoptr(GwAction) action = gw_action_new ("Check seals at the depot gate");
  gint64 action_id, requirement_id = gw_test_requirement (audit, "4.1-01");

  g_assert_no_error (error);
  set_measure_status (audit, measures, "CCI-01", GW_MEASURE_STATUS_IN_PLACE);
  set_measure_status (audit, measures, "CCI-03", GW_MEASURE_STATUS_NOT_IN_PLACE);
  set_measure_status (audit, measures, "PHY-02", GW_MEASURE_STATUS_IN_PLACE);
  set_measure_status (audit, measures, "PHY-03", GW_MEASURE_STATUS_PARTIAL);
  set_measure_status (audit, measures, "ITC-04", GW_MEASURE_STATUS_PLANNED);

  action_id = gw_audit_add_action (audit, action, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (risk_specs); i++)
    {
      const RiskSpec *spec = &risk_specs[i];
      g_autoptr(GwRisk) risk = gw_risk_new (spec->title);
      gint64 id;

      risk->threat = g_strdup_printf ("Threat scenario %u", i + 1);
      risk->vulnerability = g_strdup_printf ("Weakness %u", i + 1);
      risk->category = GW_THREAT_THEFT;
      risk->asset = GW_RISK_ASSET_CARGO;
      risk->inherent_likelihood = spec->inherent[0];
      risk->inherent_impact = spec->inherent[1];
      risk->residual_likelihood = spec->residual[0];
      risk->residual_impact = spec->residual[1];
      risk->treatment = spec->treatment;
      risk->review_date = g_strdup (spec->review);
      risk->owner = g_strdup ("Fiona Castell");
      id = gw_audit_add_risk (audit, risk, &error);
      g_assert_no_error (error);

      for (guint m = 0; m < G_N_ELEMENTS (spec->measures) && spec->measures[m]; m++)
        g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_MEASURE, find_measure (measures, spec->measures[m]),
                                           TRUE, &error));
      if (i == 0)
        {
          g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_REQUIREMENT, requirement_id, TRUE, &error));
          g_assert_true (gw_audit_link_risk (audit, id, GW_RISK_LINK_ACTION, action_id, TRUE, &error));
        }
      g_assert_no_error (error);
    }

  return audit;
}

static GwExportData *
risks_data (const char *name)
{
  g_autofree char *path = gw_test_path (name);
  g_autoptr(GwAudit) audit = create_risks (path);
  g_autoptr(GError) error = NULL;
  GwExportData *data = collect (audit);

  g_assert_true (gw_audit_close (audit, &error));
  return data;
}

static GwRisk *
risk_titled (GwExportData *data,
             const char   *title)
{
  for (guint i = 0; i < data->risks->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (data->risks, i);
      if (g_str_equal (risk->title, title))
        return risk;
    }
  g_error ("no risk “%s” in the snapshot", title);
}

/* Sheets ---------------------------------------------------------------- */

/* The rating of one row: likelihood, impact, score and level as the core
 * rates them, blank and “Not rated” when there is no rating. */
static void
assert_rating (const char   *xml,
               GPtrArray    *strings,
               GwRiskMatrix *matrix,
               guint         row,
               guint         col,
               int           likelihood,
               int           impact)
{
  const GwRiskLevel *level = gw_risk_matrix_rate (matrix, likelihood, impact);
  g_autofree char *l = cell_ref (row, col), *i = cell_ref (row, col + 1);
  g_autofree char *score = cell_ref (row, col + 2), *label = cell_ref (row, col + 3);

  if (level == NULL)
    {
      g_assert_cmpfloat (cell_number (xml, score), ==, -1);
      g_assert_cmpstr (cell_string (xml, strings, label), ==, "Not rated");
      return;
    }
  g_assert_cmpfloat (cell_number (xml, l), ==, likelihood);
  g_assert_cmpfloat (cell_number (xml, i), ==, impact);
  g_assert_cmpfloat (cell_number (xml, score), ==, gw_risk_matrix_score (matrix, likelihood, impact));
  g_assert_cmpstr (cell_string (xml, strings, label), ==, level->label);
}

static void
test_risk_register (void)
{
  g_autoptr(GwExportData) data = risks_data ("register.gapwise");
  g_autofree char *dir = make_dir ("register");
  g_autofree char *path = g_build_filename (dir, "register.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autofree char *table = NULL;
  const char *xml, *workbook;
  guint n = G_N_ELEMENTS (risk_specs);

  g_assert_cmpuint (data->risks->len, ==, n);
  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);
  workbook = member (zip, "xl/workbook.xml");
  xml = member (zip, RISKS_XML);

  g_assert_nonnull (strstr (workbook, "<sheet name=\"Risk register\" sheetId=\"6\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Heat map\" sheetId=\"7\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Security measures\" sheetId=\"8\""));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"RiskRegister\">'Risk register'!$A$3:$T$9<"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"5\">'Risk register'!$3:$3"));

  /* One row per risk, under a real table with the treatment drop-down. */
  g_assert_cmpuint (count (xml, "<row "), ==, n + 3);
  table = g_strdup_printf ("ref=\"A3:T%u\"", n + 3);
  g_assert_nonnull (strstr (member (zip, "xl/tables/table6.xml"), table));
  g_assert_nonnull (strstr (member (zip, "xl/tables/table6.xml"), "name=\"tblRiskRegister\""));
  g_assert_nonnull (strstr (xml, "<formula1>\"Not decided,Mitigate,Avoid,Transfer,Accept\"</formula1>"));
  g_assert_nonnull (strstr (xml, "sqref=\"K4:K9\""));
  g_assert_nonnull (strstr (xml, "state=\"frozen\""));

  /* Gravest first, each with the core's scores and levels. */
  for (guint r = 0; r < n; r++)
    {
      const RiskSpec *spec = &risk_specs[risk_order[r]];
      GwRisk *risk = risk_titled (data, spec->title);
      guint row = 3 + r;
      g_autofree char *id = cell_ref (row, 0), *title = cell_ref (row, 1), *treatment = cell_ref (row, 10);
      g_autofree char *escaped = xml_text (spec->title);
      g_autofree char *ref = gw_risk_format_ref (risk->id);

      g_test_message ("row %u: %s", row + 1, spec->title);
      g_assert_cmpstr (cell_string (xml, strings, id), ==, ref);
      g_assert_cmpstr (cell_string (xml, strings, title), ==, escaped);
      assert_rating (xml, strings, data->matrix, row, 6, spec->inherent[0], spec->inherent[1]);
      g_assert_cmpstr (cell_string (xml, strings, treatment), ==, gw_risk_treatment_to_label (spec->treatment));
      assert_rating (xml, strings, data->matrix, row, 12, spec->residual[0], spec->residual[1]);
    }

  /* The measures with their status, the linked requirement and action. */
  g_assert_cmpstr (cell_string (xml, strings, "L4"), ==,
                   "• CCI-01 High-security seals on every loaded unit (In place)\n"
                   "• CCI-03 Seal check on arrival (Not in place)");
  g_assert_cmpstr (cell_string (xml, strings, "S4"), ==, "4.1-01");
  g_assert_cmpstr (cell_string (xml, strings, "T4"), ==, "Check seals at the depot gate");
  /* The review date is a date, the overdue one in another format. */
  g_assert_cmpfloat (cell_number (xml, "R4"), ==, 43845);   /* 2020-01-15 */
  g_assert_cmpfloat (cell_number (xml, "R5"), >, 73000);    /* 2099-12-31 */
  {
    const char *r4 = strstr (xml, "<c r=\"R4\"");
    const char *r5 = strstr (xml, "<c r=\"R5\"");

    g_assert_nonnull (r4);
    g_assert_nonnull (r5);
    g_assert_true (strncmp (strstr (r4, " s=\""), strstr (r5, " s=\""), 8) != 0);
  }
  /* Formula-like text stays text. */
  g_assert_null (strstr (xml, "<f>HYPERLINK"));
}

static void
test_heat_map (void)
{
  g_autoptr(GwExportData) data = risks_data ("heat.gapwise");
  g_autofree char *dir = make_dir ("heat");
  g_autofree char *path = g_build_filename (dir, "heat.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  const char *xml, *workbook;
  int n_likelihood = gw_risk_matrix_get_n_likelihood (data->matrix);
  int n_impact = gw_risk_matrix_get_n_impact (data->matrix);

  write_ok (data, NULL, path);
  zip = zip_read (path);
  xml = member (zip, HEAT_MAP_XML);
  workbook = member (zip, "xl/workbook.xml");

  for (guint g = 0; g < 2; g++)
    {
      g_autofree guint *counts = gw_risk_matrix_count (data->matrix, data->risks, g == 1);
      guint first_row, first_col, last_row, last_col, total = 0;

      defined_range (workbook, g == 0 ? "HeatMapInherent" : "HeatMapResidual",
                     &first_row, &first_col, &last_row, &last_col);
      g_assert_cmpuint (last_row - first_row + 1, ==, n_likelihood);
      g_assert_cmpuint (last_col - first_col + 1, ==, n_impact);

      /* The most likely row on top, impact growing to the right. */
      for (int l = 1; l <= n_likelihood; l++)
        for (int i = 1; i <= n_impact; i++)
          {
            g_autofree char *ref = cell_ref (first_row + (n_likelihood - l), first_col + i - 1);
            guint expected = counts[(l - 1) * n_impact + (i - 1)];

            g_assert_cmpfloat (cell_number (xml, ref), ==, expected);
            total += expected;
          }
      /* Inherent: five rated of six; residual: four. */
      g_assert_cmpuint (total, ==, g == 0 ? 5 : 4);
    }

  /* Each count sits in its cell of the grid: the seal risk at 4 × 5 before
   * treatment and 2 × 4 after. */
  g_assert_cmpfloat (cell_number (xml, "G9"), ==, 1);
  g_assert_cmpfloat (cell_number (xml, "N11"), ==, 1);

  /* One printed page, landscape, with the whole map. */
  g_assert_nonnull (strstr (xml, "<pageSetup paperSize=\"9\" orientation=\"landscape\""));
  g_assert_nonnull (strstr (xml, "<pageSetUpPr fitToPage=\"1\"/>"));
  g_assert_nonnull (strstr (workbook, "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"6\">'Heat map'!$A$1:"));
  g_assert_nonnull (strstr (member (zip, "xl/sharedStrings.xml"), "Risk matrix: 5 × 5 (default)."));
}

/* The grids follow the audit's own matrix: a 3 × 3 one here. */
static void
test_heat_map_small_matrix (void)
{
  g_autofree char *audit_path = gw_test_path ("small.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (audit_path);
  g_autoptr(GwRiskMatrix) matrix = NULL;
  g_autoptr(GwRisk) risk = gw_risk_new ("Gate left open");
  g_autoptr(GwExportData) data = NULL;
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ("small");
  g_autofree char *path = g_build_filename (dir, "small.xlsx", NULL);
  const char *workbook, *xml;
  guint first_row, first_col, last_row, last_col;

  matrix = gw_risk_matrix_new_builtin ("3x3", &error);
  g_assert_no_error (error);
  g_assert_true (gw_audit_set_risk_matrix (audit, matrix, &error));
  g_assert_no_error (error);
  risk->inherent_likelihood = 3;
  risk->inherent_impact = 2;
  risk->residual_likelihood = 1;
  risk->residual_impact = 2;
  gw_audit_add_risk (audit, risk, &error);
  g_assert_no_error (error);

  data = collect (audit);
  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);
  workbook = member (zip, "xl/workbook.xml");
  xml = member (zip, HEAT_MAP_XML);

  defined_range (workbook, "HeatMapInherent", &first_row, &first_col, &last_row, &last_col);
  g_assert_cmpuint (last_row - first_row + 1, ==, 3);
  g_assert_cmpuint (last_col - first_col + 1, ==, 3);
  {
    g_autofree char *ref = cell_ref (first_row, first_col + 1);
    g_assert_cmpfloat (cell_number (xml, ref), ==, 1);
  }
  defined_range (workbook, "HeatMapResidual", &first_row, &first_col, &last_row, &last_col);
  g_assert_cmpuint (last_col - first_col + 1, ==, 3);
  {
    g_autofree char *ref = cell_ref (last_row, first_col + 1);
    g_assert_cmpfloat (cell_number (xml, ref), ==, 1);
  }
  /* Scores 6 and 2 on this matrix: High before, Low after. */
  g_assert_cmpstr (cell_string (member (zip, RISKS_XML), strings, "J4"), ==, "High");
  g_assert_cmpstr (cell_string (member (zip, RISKS_XML), strings, "P4"), ==, "Low");
  g_assert_true (has_string (strings, "Risk matrix: 3 × 3. Score = likelihood × impact; the colour of a cell is the "
                                      "level of its score."));
  g_assert_true (gw_audit_close (audit, &error));
}

static void
test_measures_sheet (void)
{
  g_autoptr(GwExportData) data = risks_data ("measures.gapwise");
  g_autofree char *dir = make_dir ("measures");
  g_autofree char *path = g_build_filename (dir, "measures.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autofree char *table = NULL;
  const char *xml, *summary;
  guint n = data->measures->len;
  GwMeasureDomain domain = GW_MEASURE_DOMAIN_PHYSICAL;

  g_assert_cmpuint (n, >, 10);
  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);
  xml = member (zip, MEASURES_XML);

  /* One row per measure, by domain. */
  g_assert_cmpuint (count (xml, "<row "), ==, n + 3);
  table = g_strdup_printf ("ref=\"A3:H%u\"", n + 3);
  g_assert_nonnull (strstr (member (zip, "xl/tables/table7.xml"), table));
  for (guint r = 0; r < n; r++)
    {
      g_autofree char *ref = cell_ref (3 + r, 0);
      const char *label = cell_string (xml, strings, ref);
      GwMeasureDomain d;

      for (d = GW_MEASURE_DOMAIN_PHYSICAL; d < GW_N_MEASURE_DOMAINS; d++)
        if (g_strcmp0 (label, gw_measure_domain_to_label (d)) == 0)
          break;
      g_assert_cmpint (d, <, GW_N_MEASURE_DOMAINS);
      g_assert_cmpint (d, >=, domain);
      domain = d;
    }

  /* CCI-03 is not in place and treats the seal risk. */
  for (guint r = 0; r < n; r++)
    {
      g_autofree char *ref = cell_ref (3 + r, 1);
      g_autofree char *status = cell_ref (3 + r, 4);
      g_autofree char *n_risks = cell_ref (3 + r, 6);
      g_autofree char *risks = cell_ref (3 + r, 7);

      if (g_strcmp0 (cell_string (xml, strings, ref), "CCI-03") != 0)
        continue;
      g_assert_cmpstr (cell_string (xml, strings, status), ==, "Not in place");
      g_assert_cmpfloat (cell_number (xml, n_risks), ==, 1);
      g_assert_cmpstr (cell_string (xml, strings, risks), ==, risk_specs[0].title);
    }

  /* Status colours and a status drop-down. */
  g_assert_cmpuint (count (xml, "<cfRule "), ==, 5);
  g_assert_nonnull (strstr (xml, "<formula>\"Not in place\"</formula>"));
  g_assert_nonnull (strstr (xml, "<formula1>\"Not assessed,Not in place,Planned,Partly in place,In place,"
                                 "Not applicable\"</formula1>"));

  /* The Summary counts risks per level and the high ones still waiting
   * for their measures: the seal risk and the ransomware. */
  summary = member (zip, SUMMARY_XML);
  g_assert_true (has_string (strings, "Risk assessment"));
  g_assert_true (has_string (strings, "Security measures per domain"));
  {
    guint row, col;
    g_autofree char *figure = NULL;

    find_string_cell (summary, strings, "High risks without their measures in place", &row, &col);
    figure = cell_ref (row + 1, col);
    g_assert_cmpfloat (cell_number (summary, figure), ==, 2);
  }
}

/* An audit without risks exports cleanly: every sheet, and a line where
 * the rows would be. */
static void
test_no_risks (void)
{
  g_autofree char *audit_path = gw_test_path ("no-risks.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (audit_path);
  g_autoptr(GwExportData) data = collect (audit);
  g_autofree char *dir = make_dir ("no-risks");
  g_autofree char *path = g_build_filename (dir, "no-risks.xlsx", NULL);
  g_autoptr(GHashTable) zip = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(GError) error = NULL;
  const char *xml;

  g_assert_cmpuint (data->risks->len, ==, 0);
  write_ok (data, NULL, path);
  zip = zip_read (path);
  strings = shared_strings (zip);

  xml = member (zip, RISKS_XML);
  g_assert_cmpstr (cell_string (xml, strings, "B4"), ==, "No risks recorded.");
  g_assert_nonnull (strstr (member (zip, "xl/tables/table6.xml"), "ref=\"A3:T4\""));
  g_assert_null (strstr (xml, "<dataValidation"));

  /* An empty grid: zeros, kept as values. */
  xml = member (zip, HEAT_MAP_XML);
  g_assert_cmpfloat (cell_number (xml, "C8"), ==, 0);
  g_assert_cmpfloat (cell_number (xml, "O12"), ==, 0);
  g_assert_true (has_string (strings, "0 of 0 risks rated"));
  g_assert_true (has_string (strings, "No risks recorded."));

  g_assert_cmpuint (count (member (zip, MEASURES_XML), "<row "), ==, data->measures->len + 3);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Helper mode for check-workbook.py ------------------------------------- */

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 3 && g_str_equal (argv[1], "--risks"))
    {
      g_autoptr(GwAudit) audit = NULL;
      g_autoptr(GError) error = NULL;

      audit = create_risks (argv[2]);
      g_assert_true (gw_audit_close (audit, &error));
      return 0;
    }

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/risk-register", test_risk_register);
  g_test_add_func ("/export/heat-map", test_heat_map);
  g_test_add_func ("/export/heat-map-small-matrix", test_heat_map_small_matrix);
  g_test_add_func ("/export/measures", test_measures_sheet);
  g_test_add_func ("/export/no-risks", test_no_risks);

  return g_test_run ();
}
