/* test-risks.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk assessment in a real window, under Xvfb: a risk added through
 * the dialog is stored with its links, and what the audit refuses shows in
 * the dialog; the levels the table shows are the matrix's, and the table
 * sorts by level both ways; choosing a heat-map cell lists exactly the
 * risks rated there, as many as the cell says, and Inherent | Residual
 * changes the counts; a measure's status set in the Measures view reaches
 * the file and the "x of y in place" figures; the Overview's high-risk
 * warning selects its risk in the Risks view; Audit Details refuses, with
 * a visible error, a matrix the ratings do not fit. Then screenshots of
 * the Risks and Measures views, wide and narrow, light and dark, into
 * BUILDDIR/tests/screenshots.
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "gw-details-window.h"
#include "gw-action-dialog.h"
#include "gw-heat-map.h"
#include "gw-history-row.h"
#include "gw-measures-view.h"
#include "gw-requirement-editor.h"
#include "gw-risk-badge.h"
#include "gw-risk-dialog.h"
#include "gw-risk-item.h"
#include "gw-risk-links.h"
#include "gw-risks-view.h"
#include "gw-test-util.h"
#include "gw-ui-test-util.h"
#include "gw-views-test-util.h"
#include "gw-warnings.h"
#include "gw-window.h"

/* The window's risk views ------------------------------------------------ */

static GwRisksView *
risks_view (GwWindow *window)
{
  return GW_RISKS_VIEW (find_descendant (GTK_WIDGET (window), GW_TYPE_RISKS_VIEW));
}

static GwMeasuresView *
measures_view (GwWindow *window)
{
  return GW_MEASURES_VIEW (find_descendant (GTK_WIDGET (window), GW_TYPE_MEASURES_VIEW));
}

static gboolean
risks_loaded (gpointer view)
{
  return gw_risks_view_is_loaded (view);
}

static gboolean
measures_loaded (gpointer view)
{
  return gw_measures_view_is_loaded (view);
}

static void
show_view (GwWindow   *window,
           const char *page)
{
  adw_view_stack_set_visible_child_name (view_stack (window), page);
  if (g_str_equal (page, "risks"))
    wait_until (risks_loaded, risks_view (window));
  else if (g_str_equal (page, "measures"))
    wait_until (measures_loaded, measures_view (window));
  else
    show (window, page);
  gw_test_flush (0.2);
}

static const GwRisk *
risk_row (GwRisksView *view,
          guint        i)
{
  g_autoptr(GwRiskItem) item = g_list_model_get_item (gw_risks_view_get_rows (view), i);

  g_assert_nonnull (item);
  return gw_risk_item_get_risk (item);
}

static char *
risk_titles (GwRisksView *view)
{
  GListModel *rows = gw_risks_view_get_rows (view);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_string_append_printf (s, "%s%s", i ? "|" : "", risk_row (view, i)->title);
  return g_string_free (s, FALSE);
}

/* Every descendant of @widget of @type, in tree order. */
static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static GtkWidget *
find_by_name (GtkWidget  *widget,
              const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_by_name (child, name)))
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/* "High · 16", as the matrix names the level of a rating. */
static char *
expected_level (GwAudit *audit,
                int      likelihood,
                int      impact)
{
  GwRiskMatrix *matrix = gw_audit_get_risk_matrix (audit);
  const GwRiskLevel *level = gw_risk_matrix_rate (matrix, likelihood, impact);

  g_assert_nonnull (level);
  return g_strdup_printf ("%s · %d", level->label, gw_risk_matrix_score (matrix, likelihood, impact));
}

/* A register whose orders and cells are worked out by hand --------------- */

typedef struct
{
  const char      *title;
  int              inherent[2];
  int              residual[2];
  GwRiskTreatment  treatment;
} Sample;

/* On the default 5 × 5 matrix: Low from 1, Medium from 5, High from 10,
 * Critical from 17. */
static const Sample samples[] = {
  { "Container tampering at the depot", { 5, 5 }, { 2, 2 }, GW_RISK_TREATMENT_MITIGATE },  /* Critical 25 → Low 4 */
  { "Cargo theft on the road", { 4, 3 }, { 3, 3 }, GW_RISK_TREATMENT_MITIGATE },           /* High 12 → Medium 9 */
  { "Forged release documents", { 2, 2 }, { 0, 0 }, GW_RISK_TREATMENT_ACCEPT },            /* Low 4 → not rated */
  { "Insider copies booking data", { 3, 4 }, { 3, 3 }, GW_RISK_TREATMENT_UNDECIDED },      /* High 12 → Medium 9 */
  { "Drone over the yard", { 0, 0 }, { 0, 0 }, GW_RISK_TREATMENT_UNDECIDED },              /* not rated */
  { "Flooded access road", { 1, 5 }, { 1, 3 }, GW_RISK_TREATMENT_TRANSFER },               /* Medium 5 → Low 3 */
};

static GwAudit *
sample_audit (const char *name,
              gint64     *ids)
{
  g_autofree char *path = gw_test_path (name);
  GwAudit *audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GwRisk) r = gw_risk_new (samples[i].title);

      r->inherent_likelihood = samples[i].inherent[0];
      r->inherent_impact = samples[i].inherent[1];
      r->residual_likelihood = samples[i].residual[0];
      r->residual_impact = samples[i].residual[1];
      r->treatment = samples[i].treatment;
      ids[i] = gw_audit_add_risk (audit, r, &error);
      g_assert_no_error (error);
      g_assert_cmpint (ids[i], >, 0);
    }
  return audit;
}

/* Adding a risk through the dialog --------------------------------------- */

static void
test_add_through_dialog (void)
{
  g_autofree char *path = gw_test_path ("add.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (audit, &error);
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GArray) linked = NULL;
  g_autofree char *high = expected_level (audit, 4, 4);
  g_autofree char *medium = expected_level (audit, 2, 3);
  GwWindow *window = open_window (audit, 1280);
  GwRisksView *view = risks_view (window);
  GwRiskDialog *dialog;
  GwRiskLinks *links;
  GtkWidget *add;
  GwMeasure *fence;
  gint64 requirement = gw_test_requirement (audit, "8.1-01");
  gint64 new_action = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (measures->len, >, 0);
  fence = g_ptr_array_index (measures, 0);

  show_view (window, "risks");
  g_assert_cmpstr (gw_risks_view_get_visible_state (view), ==, "empty");
  g_free (gw_test_screenshot (GTK_WINDOW (window), "risks-empty"));

  dialog = gw_risks_view_open_risk (view, 0);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gw_test_flush (0.2);

  /* The level follows the rating as it is picked, as the matrix says. */
  g_assert_cmpstr (gw_risk_dialog_get_level_text (dialog, FALSE), ==, "Not rated");
  gw_risk_dialog_set_risk_title (dialog, "Seal swapped during the night shift");
  gw_risk_dialog_set_threat (dialog, "A driver and a yard hand swap the seal of a loaded container.");
  gw_risk_dialog_set_category (dialog, GW_THREAT_TAMPERING);
  gw_risk_dialog_set_asset (dialog, GW_RISK_ASSET_CARGO);
  gw_risk_dialog_set_owner (dialog, "Depot manager");
  gw_risk_dialog_set_treatment (dialog, GW_RISK_TREATMENT_MITIGATE);

  /* Half a rating is refused by the audit, and the dialog says so. */
  gw_risk_dialog_set_rating (dialog, FALSE, 4, 0);
  add = find_button (GTK_WIDGET (dialog), "_Add");
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  gw_test_flush (0.2);
  g_assert_nonnull (dialog);
  g_assert_nonnull (gw_risk_dialog_get_error_text (dialog));
  g_assert_nonnull (strstr (gw_risk_dialog_get_error_text (dialog), "likelihood and an impact"));
  risks = gw_audit_list_risks (audit, &error);
  g_assert_cmpuint (risks->len, ==, 0);
  g_clear_pointer (&risks, g_ptr_array_unref);

  gw_risk_dialog_set_rating (dialog, FALSE, 4, 4);
  g_assert_cmpstr (gw_risk_dialog_get_level_text (dialog, FALSE), ==, high);
  gw_risk_dialog_set_rating (dialog, TRUE, 2, 3);
  g_assert_cmpstr (gw_risk_dialog_get_level_text (dialog, TRUE), ==, medium);

  /* Links are found by words and staged until Add. */
  links = gw_risk_dialog_get_links (dialog, GW_RISK_LINK_MEASURE);
  gw_risk_links_set_search_text (links, fence->ref);
  g_assert_cmpuint (gw_risk_links_get_n_results (links), >=, 1);
  gw_risk_links_toggle (links, fence->id);
  gw_risk_links_toggle (gw_risk_dialog_get_links (dialog, GW_RISK_LINK_REQUIREMENT), requirement);

  /* An action planned from the risk joins the plan and is staged as a link. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GwActionDialog *planned = NULL;
    GArray *staged;

    g_signal_emit_by_name (find_by_name (GTK_WIDGET (dialog), "new-action"), "clicked");
    gw_test_flush (0.2);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && planned == NULL; i++)
      {
        g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);
        if (GW_IS_ACTION_DIALOG (toplevel))
          planned = GW_ACTION_DIALOG (toplevel);
      }
    g_assert_nonnull (planned);
    gw_action_dialog_set_action_title (planned, "Seal check at gate-in on the night shift");
    g_assert_true (gw_action_dialog_save (planned, &error));
    g_assert_no_error (error);
    new_action = gw_action_dialog_get_action_id (planned);
    g_assert_cmpint (new_action, >, 0);
    gtk_window_destroy (GTK_WINDOW (planned));
    gw_test_flush (0.1);

    staged = gw_risk_links_get_linked (gw_risk_dialog_get_links (dialog, GW_RISK_LINK_ACTION));
    g_assert_cmpuint (staged->len, ==, 1);
    g_assert_cmpint (g_array_index (staged, gint64, 0), ==, new_action);
  }

  g_signal_emit_by_name (add, "clicked");
  gw_test_flush (0.3);
  g_assert_null (dialog);

  risks = gw_audit_list_risks (audit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (risks->len, ==, 1);
  {
    GwRisk *r = g_ptr_array_index (risks, 0);

    g_assert_cmpstr (r->title, ==, "Seal swapped during the night shift");
    g_assert_cmpint (r->category, ==, GW_THREAT_TAMPERING);
    g_assert_cmpint (r->asset, ==, GW_RISK_ASSET_CARGO);
    g_assert_cmpstr (r->owner, ==, "Depot manager");
    g_assert_cmpint (r->inherent_likelihood, ==, 4);
    g_assert_cmpint (r->inherent_impact, ==, 4);
    g_assert_cmpint (r->residual_likelihood, ==, 2);
    g_assert_cmpint (r->residual_impact, ==, 3);
    g_assert_cmpint (r->treatment, ==, GW_RISK_TREATMENT_MITIGATE);

    linked = gw_audit_list_risk_targets (audit, r->id, GW_RISK_LINK_MEASURE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (linked->len, ==, 1);
    g_assert_cmpint (g_array_index (linked, gint64, 0), ==, fence->id);
    g_clear_pointer (&linked, g_array_unref);
    linked = gw_audit_list_risk_targets (audit, r->id, GW_RISK_LINK_REQUIREMENT, &error);
    g_assert_cmpuint (linked->len, ==, 1);
    g_assert_cmpint (g_array_index (linked, gint64, 0), ==, requirement);
    g_clear_pointer (&linked, g_array_unref);

    /* The planned action treats the risk and sits on its requirement, with
     * the risk's owner. */
    linked = gw_audit_list_risk_targets (audit, r->id, GW_RISK_LINK_ACTION, &error);
    g_assert_cmpuint (linked->len, ==, 1);
    g_assert_cmpint (g_array_index (linked, gint64, 0), ==, new_action);
    g_clear_pointer (&linked, g_array_unref);
    linked = gw_audit_list_action_requirements (audit, new_action, &error);
    g_assert_cmpuint (linked->len, ==, 1);
    g_assert_cmpint (g_array_index (linked, gint64, 0), ==, requirement);
    {
      g_autoptr(GwAction) action = gw_audit_get_action (audit, new_action, &error);
      g_assert_cmpstr (action->owner, ==, "Depot manager");
    }

    /* The table shows it at once, selected, with the level of the dialog. */
    g_assert_cmpstr (gw_risks_view_get_visible_state (view), ==, "table");
    g_assert_cmpstr (gw_risks_view_get_count_text (view), ==, "1 risk");
    g_assert_cmpint (gw_risks_view_get_selected_risk (view), ==, r->id);
  }

  {
    g_autoptr(GPtrArray) badges = g_ptr_array_new ();
    gboolean shown = FALSE;

    collect (GTK_WIDGET (view), GW_TYPE_RISK_BADGE, badges);
    for (guint i = 0; i < badges->len; i++)
      if (g_strcmp0 (gw_risk_badge_get_text (g_ptr_array_index (badges, i)), high) == 0)
        shown = TRUE;
    g_assert_true (shown);
  }

  /* Opened again, the dialog shows the risk's history, newest first. */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    g_autofree char *measure_linked = g_strdup_printf ("Measure %s linked", fence->ref);
    gboolean recorded = FALSE, linked_seen = FALSE;

    dialog = gw_risks_view_open_risk (view, gw_risks_view_get_selected_risk (view));
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    gw_test_flush (0.2);
    collect (GTK_WIDGET (dialog), GW_TYPE_HISTORY_ROW, rows);
    g_assert_cmpuint (rows->len, ==, 4);  /* recorded, then a measure, a requirement and an action linked */
    for (guint i = 0; i < rows->len; i++)
      {
        const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));

        if (g_strcmp0 (title, "Recorded: Seal swapped during the night shift") == 0)
          {
            recorded = TRUE;
            g_assert_cmpuint (i, ==, rows->len - 1);  /* the oldest last */
          }
        if (g_strcmp0 (title, measure_linked) == 0)
          linked_seen = TRUE;
      }
    g_assert_true (recorded);
    g_assert_true (linked_seen);
    gtk_window_close (GTK_WINDOW (dialog));
    gw_test_flush (0.1);
  }

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Levels and sorting ------------------------------------------------------ */

static void
test_levels_and_sorting (void)
{
  gint64 ids[G_N_ELEMENTS (samples)];
  g_autoptr(GwAudit) audit = sample_audit ("levels.gapwise", ids);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) badges = g_ptr_array_new ();
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  GwWindow *window = open_window (audit, 1280);
  GwRisksView *view = risks_view (window);
  g_autofree char *titles = NULL;

  show_view (window, "risks");
  g_assert_cmpuint (gw_risks_view_get_n_total (view), ==, G_N_ELEMENTS (samples));

#define ASSERT_TITLES(expected) \
  G_STMT_START { g_free (titles); titles = risk_titles (view); g_assert_cmpstr (titles, ==, expected); } G_STMT_END

  /* The worst first: by level, then score; equal ones newest first. */
  ASSERT_TITLES ("Container tampering at the depot|Insider copies booking data|Cargo theft on the road|"
                 "Flooded access road|Forged release documents|Drone over the yard");
  gw_risks_view_sort_by (view, GW_RISKS_COLUMN_INHERENT, GTK_SORT_ASCENDING);
  ASSERT_TITLES ("Drone over the yard|Forged release documents|Flooded access road|"
                 "Cargo theft on the road|Insider copies booking data|Container tampering at the depot");
  gw_risks_view_sort_by (view, GW_RISKS_COLUMN_RESIDUAL, GTK_SORT_DESCENDING);
  ASSERT_TITLES ("Insider copies booking data|Cargo theft on the road|Container tampering at the depot|"
                 "Flooded access road|Drone over the yard|Forged release documents");
  gw_risks_view_sort_by (view, GW_RISKS_COLUMN_RESIDUAL, GTK_SORT_ASCENDING);
  ASSERT_TITLES ("Forged release documents|Drone over the yard|Flooded access road|"
                 "Container tampering at the depot|Cargo theft on the road|Insider copies booking data");
  gw_risks_view_sort_by (view, GW_RISKS_COLUMN_TITLE, GTK_SORT_ASCENDING);
  ASSERT_TITLES ("Cargo theft on the road|Container tampering at the depot|Drone over the yard|"
                 "Flooded access road|Forged release documents|Insider copies booking data");

  /* The pills say what the matrix says. */
  gw_test_flush (0.3);
  collect (GTK_WIDGET (view), GW_TYPE_RISK_BADGE, badges);
  for (guint i = 0; i < badges->len; i++)
    g_hash_table_add (texts, (gpointer) gw_risk_badge_get_text (g_ptr_array_index (badges, i)));
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      if (samples[i].inherent[0] != 0)
        {
          g_autofree char *inherent = expected_level (audit, samples[i].inherent[0], samples[i].inherent[1]);
          g_assert_true (g_hash_table_contains (texts, inherent));
        }
      if (samples[i].residual[0] != 0)
        {
          g_autofree char *residual = expected_level (audit, samples[i].residual[0], samples[i].residual[1]);
          g_assert_true (g_hash_table_contains (texts, residual));
        }
    }
  g_assert_true (g_hash_table_contains (texts, "Critical · 25"));
  g_assert_true (g_hash_table_contains (texts, "Not rated"));

  /* The search narrows by words. */
  gw_risks_view_set_search_text (view, "depot");
  ASSERT_TITLES ("Container tampering at the depot");
  g_assert_cmpstr (gw_risks_view_get_count_text (view), ==, "1 of 6 risks");
  gw_risks_view_set_search_text (view, "");

#undef ASSERT_TITLES
  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* The heat map ------------------------------------------------------------ */

static guint
n_rows (GwRisksView *view)
{
  return g_list_model_get_n_items (gw_risks_view_get_rows (view));
}

static void
test_heat_map (void)
{
  gint64 ids[G_N_ELEMENTS (samples)];
  g_autoptr(GwAudit) audit = sample_audit ("heat.gapwise", ids);
  g_autoptr(GError) error = NULL;
  GwWindow *window = open_window (audit, 1280);
  GwRisksView *view = risks_view (window);
  GwHeatMap *map = gw_risks_view_get_heat_map (view);
  guint total = 0;

  show_view (window, "risks");

  /* Likelihood 4, impact 3 holds the road theft only; the cell says 1. */
  g_assert_cmpuint (gw_heat_map_get_cell_count (map, 4, 3), ==, 1);
  g_assert_cmpstr (gw_heat_map_get_cell_text (map, 4, 3), ==, "1");
  g_assert_cmpstr (gw_heat_map_get_cell_text (map, 3, 3), ==, "");
  for (int l = 1; l <= 5; l++)
    for (int i = 1; i <= 5; i++)
      total += gw_heat_map_get_cell_count (map, l, i);
  g_assert_cmpuint (total, ==, 5);  /* the drone is not rated */

  /* Choosing the cell lists exactly its risks; choosing it again all. */
  g_signal_emit_by_name (gw_heat_map_get_cell (map, 4, 3), "clicked");
  gw_test_flush (0.1);
  g_assert_cmpuint (n_rows (view), ==, gw_heat_map_get_cell_count (map, 4, 3));
  g_assert_cmpstr (risk_row (view, 0)->title, ==, "Cargo theft on the road");
  g_assert_cmpstr (gw_risks_view_get_count_text (view), ==, "1 of 6 risks");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gw_heat_map_get_cell (map, 4, 3))));
  g_signal_emit_by_name (gw_heat_map_get_cell (map, 4, 3), "clicked");
  gw_test_flush (0.1);
  g_assert_cmpuint (n_rows (view), ==, 6);
  g_assert_false (gw_heat_map_get_selection (map, NULL, NULL));

  /* After treatment, 3 × 3 holds two risks and 4 × 3 none. */
  gw_heat_map_set_residual (map, TRUE);
  gw_test_flush (0.1);
  g_assert_cmpuint (gw_heat_map_get_cell_count (map, 3, 3), ==, 2);
  g_assert_cmpstr (gw_heat_map_get_cell_text (map, 3, 3), ==, "2");
  g_assert_cmpuint (gw_heat_map_get_cell_count (map, 4, 3), ==, 0);
  g_signal_emit_by_name (gw_heat_map_get_cell (map, 3, 3), "clicked");
  gw_test_flush (0.1);
  g_assert_cmpuint (n_rows (view), ==, 2);
  for (guint i = 0; i < n_rows (view); i++)
    {
      const GwRisk *r = risk_row (view, i);
      g_assert_cmpint (r->residual_likelihood, ==, 3);
      g_assert_cmpint (r->residual_impact, ==, 3);
    }

  /* An edit elsewhere moves the risk out of the chosen cell at once. */
  {
    g_autoptr(GwRisk) r = gw_audit_get_risk (audit, ids[1], &error);

    r->residual_likelihood = 2;
    g_assert_true (gw_audit_update_risk (audit, r, &error));
    g_assert_no_error (error);
    gw_test_flush (0.2);
    g_assert_cmpuint (gw_heat_map_get_cell_count (map, 3, 3), ==, 1);
    g_assert_cmpuint (n_rows (view), ==, 1);
    g_assert_cmpstr (risk_row (view, 0)->title, ==, "Insider copies booking data");
  }

  /* Back to inherent: the chosen cell now counts the inherent ratings. */
  gw_heat_map_set_residual (map, FALSE);
  gw_test_flush (0.1);
  g_assert_cmpuint (n_rows (view), ==, gw_heat_map_get_cell_count (map, 3, 3));
  gw_heat_map_select (map, 0, 0);

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Measures ---------------------------------------------------------------- */

static void
test_measures (void)
{
  gint64 ids[G_N_ELEMENTS (samples)];
  g_autoptr(GwAudit) audit = sample_audit ("measures.gapwise", ids);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (audit, &error);
  g_autoptr(GFile) file = g_object_ref (gw_audit_get_file (audit));
  GwWindow *window;
  GwMeasuresView *view;
  GwMeasure *first;
  guint n_domain = 0;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  first = g_ptr_array_index (measures, 0);
  for (guint i = 0; i < measures->len; i++)
    if (((GwMeasure *) g_ptr_array_index (measures, i))->domain == first->domain)
      n_domain++;

  /* The road theft is treated by the first measure. */
  g_assert_true (gw_audit_link_risk (audit, ids[1], GW_RISK_LINK_MEASURE, first->id, TRUE, &error));

  window = open_window (audit, 1280);
  view = measures_view (window);
  show_view (window, "measures");

  before = g_strdup_printf ("0 of %u in place", n_domain);
  after = g_strdup_printf ("1 of %u in place", n_domain);
  g_assert_cmpstr (gw_measures_view_get_domain_summary (view, first->domain), ==, before);
  g_assert_cmpstr (gw_measures_view_get_risks_text (view, first->id), ==, "1 risk");
  g_assert_cmpuint (gw_measures_view_get_n_visible (view), ==, measures->len);

  g_assert_true (gw_measures_view_choose_status (view, first->id, GW_MEASURE_STATUS_IN_PLACE));
  gw_test_flush (0.2);
  g_assert_cmpstr (gw_measures_view_get_domain_summary (view, first->domain), ==, after);
  g_assert_cmpint (gw_measures_view_get_status_shown (view, first->id), ==, GW_MEASURE_STATUS_IN_PLACE);
  g_assert_true (gw_measures_view_apply_notes (view, first->id, "Fence checked weekly, log at the gate."));
  gw_test_flush (0.2);

  /* Filtering by status shows just that one. */
  gw_measures_view_set_status_filter (view, GW_MEASURE_STATUS_IN_PLACE);
  g_assert_cmpuint (gw_measures_view_get_n_visible (view), ==, 1);
  gw_measures_view_set_status_filter (view, -1);

  /* The risk it treats now has all its measures in place. */
  show_view (window, "risks");
  gw_risks_view_select_risk (risks_view (window), ids[1]);
  {
    GListModel *rows = gw_risks_view_get_rows (risks_view (window));
    gboolean seen = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr(GwRiskItem) item = g_list_model_get_item (rows, i);

        if (gw_risk_item_get_id (item) == ids[1])
          {
            g_assert_cmpuint (gw_risk_item_get_n_in_place (item), ==, 1);
            g_assert_cmpuint (gw_risk_item_get_risk (item)->n_measures, ==, 1);
            seen = TRUE;
          }
      }
    g_assert_true (seen);
  }

  /* It is in the file: closed and opened again. */
  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);
  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GwMeasure) m = gw_audit_get_measure (audit, first->id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (m->status, ==, GW_MEASURE_STATUS_IN_PLACE);
    g_assert_cmpstr (m->notes, ==, "Fence checked weekly, log at the gate.");
  }
  g_assert_true (gw_audit_close (audit, &error));
}

/* The Overview's warning ------------------------------------------------- */

static void
test_overview_warning (void)
{
  gint64 ids[G_N_ELEMENTS (samples)];
  g_autoptr(GwAudit) audit = sample_audit ("warning.gapwise", ids);
  g_autoptr(GError) error = NULL;
  GwWindow *window;
  GwOverviewPage *page;
  GPtrArray *warnings;
  gint64 first_risk = 0;

  /* The dashboard shows once something is assessed. */
  g_assert_true (gw_audit_set_result (audit, gw_test_requirement (audit, "4.1-01"), GW_RESULT_CONFORMING, &error));

  window = open_window (audit, 1280);
  page = overview_page (window);
  show_view (window, "overview");

  warnings = gw_overview_page_get_warnings (page);
  for (guint i = 0; i < warnings->len && first_risk == 0; i++)
    {
      GwWarning *w = g_ptr_array_index (warnings, i);
      if (w->kind == GW_WARNING_HIGH_RISK_UNTREATED)
        first_risk = w->risk_id;
    }
  /* The highest untreated one: the container tampering. */
  g_assert_cmpint (first_risk, ==, ids[0]);

  /* The Risks group's button opens the view, selecting nothing. */
  {
    GtkWidget *open = find_button (GTK_WIDGET (page), "_Open Risks");

    g_assert_nonnull (open);
    g_signal_emit_by_name (open, "clicked");
    gw_test_flush (0.1);
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "risks");
    wait_until (risks_loaded, risks_view (window));
    g_assert_cmpint (gw_risks_view_get_selected_risk (risks_view (window)), ==, 0);
    show_view (window, "overview");
  }

  g_assert_true (gw_overview_page_activate_warning (page, GW_WARNING_HIGH_RISK_UNTREATED, 0));
  gw_test_flush (0.1);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "risks");
  wait_until (risks_loaded, risks_view (window));
  g_assert_cmpint (gw_risks_view_get_selected_risk (risks_view (window)), ==, ids[0]);

  /* It selects the risk even when the heat map's cell hides it. */
  gw_heat_map_select (gw_risks_view_get_heat_map (risks_view (window)), 1, 1);
  gw_test_flush (0.1);
  show_view (window, "overview");
  g_assert_true (gw_overview_page_activate_warning (page, GW_WARNING_HIGH_RISK_UNTREATED, 1));
  gw_test_flush (0.3);
  /* The second highest: the road theft (High 12, before the insider's 12 by age). */
  g_assert_cmpint (gw_risks_view_get_selected_risk (risks_view (window)), ==, ids[1]);
  g_assert_false (gw_heat_map_get_selection (gw_risks_view_get_heat_map (risks_view (window)), NULL, NULL));

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* The checklist side: a requirement lists the risks linked to it ----------- */

static void
test_requirement_risks (void)
{
  gint64 ids[G_N_ELEMENTS (samples)];
  g_autoptr(GwAudit) audit = sample_audit ("requirement.gapwise", ids);
  g_autoptr(GError) error = NULL;
  gint64 req = gw_test_requirement (audit, "8.1-01");
  GwWindow *window = open_window (audit, 1280);
  GwRequirementEditor *editor = GW_REQUIREMENT_EDITOR (gw_window_get_editor (window));
  GtkListBox *list = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  GtkListBoxRow *row;

  show (window, "checklist");
  gw_window_select_requirement (window, req);
  gw_test_flush (0.2);
  g_assert_cmpint (gw_requirement_editor_get_requirement (editor), ==, req);

  /* The editor's group of linked risks, empty so far: its list is the one
   * shown (the group keeps a list of its own for rows, hidden here). */
  collect (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len && list == NULL; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)), "Risks") == 0)
      {
        g_autoptr(GPtrArray) lists = g_ptr_array_new ();

        collect (g_ptr_array_index (groups, i), GTK_TYPE_LIST_BOX, lists);
        for (guint j = 0; j < lists->len; j++)
          if (gtk_widget_get_visible (g_ptr_array_index (lists, j)))
            list = g_ptr_array_index (lists, j);
      }
  g_assert_nonnull (list);
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));

  /* Linked elsewhere, it appears here at once, with its ref and title. */
  g_assert_true (gw_audit_link_risk (audit, ids[1], GW_RISK_LINK_REQUIREMENT, req, TRUE, &error));
  g_assert_no_error (error);
  gw_test_flush (0.2);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  {
    g_autoptr(GwRisk) risk = gw_audit_get_risk (audit, ids[1], &error);
    g_autofree char *ref = gw_risk_format_ref (ids[1]);
    g_autofree char *title = g_strdup_printf ("%s · %s", ref, risk->title);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
  }
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gw_test_flush (0.3);
  g_free (gw_test_screenshot (GTK_WINDOW (window), "requirement-risks"));

  /* Choosing it opens the risk in the Risks view. */
  g_signal_emit_by_name (list, "row-activated", row);
  gw_test_flush (0.2);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "risks");
  wait_until (risks_loaded, risks_view (window));
  g_assert_cmpint (gw_risks_view_get_selected_risk (risks_view (window)), ==, ids[1]);

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Audit Details: the matrix ------------------------------------------------ */

static AdwComboRow *
matrix_row (GtkWidget *details)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (details, ADW_TYPE_COMBO_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "Risk matrix") == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static void
choose_matrix (AdwComboRow *row,
               const char  *prefix)
{
  GListModel *names = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (names), i), prefix))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_assert_not_reached ();
}

static void
test_details_matrix (void)
{
  gint64 ids[G_N_ELEMENTS (samples)];
  g_autoptr(GwAudit) audit = sample_audit ("matrix.gapwise", ids);
  g_autoptr(GError) error = NULL;
  GwWindow *window = open_window (audit, 1280);
  GwDetailsWindow *details;
  AdwComboRow *row;
  GtkWidget *error_row;

  show_view (window, "risks");
  g_assert_cmpstr (gw_risk_matrix_get_id (gw_audit_get_risk_matrix (audit)), ==, "5x5");

  details = gw_details_window_new_for_edit (window, audit);
  gtk_window_present (GTK_WINDOW (details));
  gw_test_flush (0.2);
  row = matrix_row (GTK_WIDGET (details));
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (row)),
                                                               adw_combo_row_get_selected (row)), "5 × 5"));
  error_row = find_by_name (GTK_WIDGET (details), "matrix-error");
  g_assert_nonnull (error_row);
  g_assert_false (gtk_widget_get_visible (error_row));

  /* A 5 × 5 rating does not exist on 3 × 3: refused, said, nothing saved. */
  choose_matrix (row, "3 × 3");
  g_assert_false (gw_details_window_apply (details, &error));
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_true (gtk_widget_get_visible (error_row));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (error_row)), "3 × 3"));
  g_assert_cmpstr (gw_risk_matrix_get_id (gw_audit_get_risk_matrix (audit)), ==, "5x5");
  gw_test_flush (0.5);
  g_free (gw_test_screenshot (GTK_WINDOW (details), "details-matrix-refused"));
  gtk_window_destroy (GTK_WINDOW (details));

  /* Once every rating fits, the change is made and the map follows. */
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GwRisk) r = gw_audit_get_risk (audit, ids[i], &error);

      r->inherent_likelihood = MIN (r->inherent_likelihood, 3);
      r->inherent_impact = MIN (r->inherent_impact, 3);
      r->residual_likelihood = MIN (r->residual_likelihood, 3);
      r->residual_impact = MIN (r->residual_impact, 3);
      g_assert_true (gw_audit_update_risk (audit, r, &error));
    }
  details = gw_details_window_new_for_edit (window, audit);
  choose_matrix (matrix_row (GTK_WIDGET (details)), "3 × 3");
  g_assert_true (gw_details_window_apply (details, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (details));
  gw_test_flush (0.3);
  g_assert_cmpstr (gw_risk_matrix_get_id (gw_audit_get_risk_matrix (audit)), ==, "3x3");
  {
    GwHeatMap *map = gw_risks_view_get_heat_map (risks_view (window));

    g_assert_nonnull (gw_heat_map_get_cell (map, 3, 3));
    g_assert_null (gw_heat_map_get_cell (map, 4, 4));
  }

  close_window (window);
  g_assert_true (gw_audit_close (audit, &error));
}

/* Screenshots -------------------------------------------------------------- */

static gint64
worst_risk (GwAudit *audit)
{
  g_autoptr(GPtrArray) risks = gw_audit_list_risks (audit, NULL);
  GwRiskMatrix *matrix = gw_audit_get_risk_matrix (audit);
  gint64 id = 0;
  int best = -1;

  for (guint i = 0; i < risks->len; i++)
    {
      GwRisk *r = g_ptr_array_index (risks, i);
      int score = gw_risk_matrix_score (matrix, r->inherent_likelihood, r->inherent_impact);

      if (score > best)
        {
          best = score;
          id = r->id;
        }
    }
  return id;
}

static void
shoot (GwAudit    *audit,
       int         width,
       const char *style,
       const char *size_name)
{
  GwWindow *window = open_window (audit, width);
  GwRisksView *risks = risks_view (window);
  GwHeatMap *map = gw_risks_view_get_heat_map (risks);
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (audit, NULL);
  GtkWidget *flap;

  show_view (window, "risks");
  gw_test_flush (0.4);
  name = g_strdup_printf ("risks-%s-%s", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));

  flap = find_descendant (GTK_WIDGET (risks), ADW_TYPE_FLAP);
  if (adw_flap_get_folded (ADW_FLAP (flap)))
    {
      /* Narrow, the map opens over the table. */
      adw_flap_set_reveal_flap (ADW_FLAP (flap), TRUE);
      gw_test_flush (0.8);
      g_free (name);
      name = g_strdup_printf ("risks-%s-%s-map", size_name, style);
      g_free (gw_test_screenshot (GTK_WINDOW (window), name));
    }

  /* A chosen cell, and the residual ratings. */
  gw_heat_map_set_residual (map, TRUE);
  {
    int best_l = 0, best_i = 0;
    guint best = 0;

    for (int l = 1; l <= 5; l++)
      for (int i = 1; i <= 5; i++)
        if (gw_heat_map_get_cell_count (map, l, i) > best)
          {
            best = gw_heat_map_get_cell_count (map, l, i);
            best_l = l;
            best_i = i;
          }
    g_signal_emit_by_name (gw_heat_map_get_cell (map, best_l, best_i), "clicked");
  }
  gw_test_flush (0.8);
  g_free (name);
  name = g_strdup_printf ("risks-%s-%s-cell", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));
  gw_heat_map_select (map, 0, 0);
  gw_heat_map_set_residual (map, FALSE);

  /* The dialog of the worst risk. */
  if (g_str_equal (size_name, "wide"))
    {
      GwRiskDialog *dialog = gw_risks_view_open_risk (risks, worst_risk (audit));

      gtk_window_set_default_size (GTK_WINDOW (dialog), 600, 1000);
      gw_test_flush (0.6);
      g_free (name);
      name = g_strdup_printf ("risk-dialog-%s", style);
      g_free (gw_test_screenshot (GTK_WINDOW (dialog), name));

      /* Further down: the links. */
      {
        GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_descendant (GTK_WIDGET (dialog),
                                                                            GTK_TYPE_SCROLLED_WINDOW));
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        gw_test_flush (0.3);
        g_free (name);
        name = g_strdup_printf ("risk-dialog-%s-2", style);
        g_free (gw_test_screenshot (GTK_WINDOW (dialog), name));
      }

      /* The Link… popover of the measures, found by a word. */
      if (g_str_equal (style, "light"))
        {
          GwRiskLinks *links = gw_risk_dialog_get_links (dialog, GW_RISK_LINK_MEASURE);
          GtkMenuButton *link = GTK_MENU_BUTTON (find_descendant (GTK_WIDGET (links), GTK_TYPE_MENU_BUTTON));
          GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (link));

          gtk_menu_button_popup (link);
          gw_test_flush (0.3);
          gw_risk_links_set_search_text (links, "seal");
          gw_test_flush (0.5);
          gw_test_screenshot_popover (popover, "risk-dialog-light-link");
          gtk_menu_button_popdown (link);
          gw_test_flush (0.2);
        }
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  show_view (window, "measures");
  gw_measures_view_expand (measures_view (window), ((GwMeasure *) g_ptr_array_index (measures, 0))->id);
  gw_test_flush (0.5);
  g_free (name);
  name = g_strdup_printf ("measures-%s-%s", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));

  show_view (window, "overview");
  {
    GtkWidget *page = GTK_WIDGET (overview_page (window));
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_stack_get_visible_child (
                                    GTK_STACK (find_descendant (page, GTK_TYPE_STACK))));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_page_size (adjustment) * 0.9);
    gw_test_flush (0.3);
    g_free (name);
    name = g_strdup_printf ("overview-risks-%s-%s", size_name, style);
    g_free (gw_test_screenshot (GTK_WINDOW (window), name));
  }

  close_window (window);
}

static void
test_screenshots (void)
{
  g_autofree char *path = gw_test_path ("risk-screenshots.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_no_error (error);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (audit, 1280, "light", "wide");
  shoot (audit, 400, "light", "narrow");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (audit, 1280, "dark", "wide");
  shoot (audit, 400, "dark", "narrow");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_true (gw_audit_close (audit, &error));
}

int
main (int    argc,
      char **argv)
{
  gw_test_ui_init (&argc, &argv);

  g_test_add_func ("/risks/add-through-dialog", test_add_through_dialog);
  g_test_add_func ("/risks/levels-and-sorting", test_levels_and_sorting);
  g_test_add_func ("/risks/heat-map", test_heat_map);
  g_test_add_func ("/risks/measures", test_measures);
  g_test_add_func ("/risks/overview-warning", test_overview_warning);
  g_test_add_func ("/risks/requirement-risks", test_requirement_risks);
  g_test_add_func ("/risks/details-matrix", test_details_matrix);
  g_test_add_func ("/risks/screenshots", test_screenshots);

  return gw_test_ui_finish (g_test_run ());
}
