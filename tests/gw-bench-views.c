/* gw-bench-views.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Evidence, Overview and Risks views on a large audit, printed as
 * figures (run under Xvfb, see tests/meson.build;
 * `meson test -C build --benchmark gw-bench-views --verbose`). On a
 * synthetic audit of 5,000 requirements, 20,000 evidence items and 200
 * risks, in a window set up as the ui tests set up theirs:
 *
 *  - the time to fill the Evidence table once the view is shown, and the
 *    longest main-loop step meanwhile;
 *  - the longest frame after a redraw with nothing changed, a sort click,
 *    a search keystroke, a kind or unused filter, and the time until every
 *    row is in place;
 *  - the time to add up the Overview, and its longest step;
 *  - the time to show the Risks view, and the longest frame after choosing
 *    a heat-map cell.
 *
 * The aim is 50 ms a frame, which the means meet on a quiet machine; a
 * regression shows as worst figures in the hundreds (a tooltip set on every
 * cell once made each sort click or keystroke take 300 to 900 ms). The
 * figures depend on what else the machine does, so they are printed with
 * the load average and never asserted: /views/large-audit in
 * tests/test-large-audit.c checks that the same inputs give the right rows.
 */

#include "config.h"

#include <adwaita.h>

#include "gw-demo.h"
#include "gw-heat-map.h"
#include "gw-risks-view.h"
#include "gw-test-util.h"
#include "gw-ui-test-util.h"
#include "gw-views-test-util.h"
#include "gw-window.h"

#define AIM_MS 50.0

static const char *
over_aim (double worst)
{
  return worst > AIM_MS ? "  over the aim" : "";
}

/* Measuring ----------------------------------------------------------------- */

typedef struct
{
  gboolean painted;
} FrameWait;

static void
after_paint_cb (GdkFrameClock *clock,
                FrameWait     *wait)
{
  wait->painted = TRUE;
}

/* Runs @step (an input: a click, a keystroke) on @view, then the main loop
 * until @settled says the view has caught up and a frame is drawn. Returns
 * the longest single main-loop iteration meanwhile, the input's own
 * handling included: the longest the screen could have gone without a new
 * frame. */
static double
longest_frame_after (GtkWidget  *window,
                     gboolean  (*settled) (gpointer),
                     gpointer    view,
                     void      (*step) (gpointer, guint),
                     guint       i,
                     double     *total_ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  FrameWait wait = { FALSE };
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  gint64 start = g_get_monotonic_time ();
  double worst;

  step (view, i);
  worst = (g_get_monotonic_time () - start) / 1000.0;
  gtk_widget_queue_draw (window);

  for (gboolean caught_up = FALSE;;)
    {
      gint64 t;

      /* The frame that counts is the first one drawn once it caught up. */
      if (!caught_up && settled (view))
        {
          caught_up = TRUE;
          wait.painted = FALSE;
          gtk_widget_queue_draw (window);
        }
      if (caught_up && wait.painted)
        break;

      /* Only work counts, not the wait for the next frame tick. */
      t = g_get_monotonic_time ();
      if (g_main_context_iteration (NULL, FALSE))
        worst = MAX (worst, (g_get_monotonic_time () - t) / 1000.0);
      else
        g_usleep (200);
    }

  g_signal_handler_disconnect (clock, handler);
  *total_ms = (g_get_monotonic_time () - start) / 1000.0;
  return worst;
}

/* The longest single main-loop iteration while @ready is false. */
static double
longest_block_until (gboolean (*ready) (gpointer),
                     gpointer   data,
                     double    *total_ms)
{
  gint64 start = g_get_monotonic_time ();
  double worst = 0;

  while (!ready (data))
    {
      gint64 t = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        worst = MAX (worst, (g_get_monotonic_time () - t) / 1000.0);
      else
        g_usleep (200);
    }
  *total_ms = (g_get_monotonic_time () - start) / 1000.0;
  return worst;
}

/* Prints one line of the table: the longest frame after each of @n inputs
 * (mean and worst) and the time until all rows were in place. */
static void
measure (const char *what,
         GtkWidget  *window,
         gboolean  (*settled) (gpointer),
         gpointer    view,
         void      (*step) (gpointer, guint),
         guint       n)
{
  double worst = 0, sum = 0, worst_total = 0, sum_total = 0;

  for (guint i = 0; i < n; i++)
    {
      double total;
      double ms = longest_frame_after (window, settled, view, step, i, &total);

      worst = MAX (worst, ms);
      sum += ms;
      worst_total = MAX (worst_total, total);
      sum_total += total;
    }

  g_print ("%-36s %7.1f %7.1f %5.0f %9.1f %7.1f %4u%s\n",
           what, sum / n, worst, AIM_MS, sum_total / n, worst_total, n, over_aim (worst));
}

/* Prints how long @ready took to become true and its longest step. */
static void
measure_load (const char *what,
              gboolean  (*ready) (gpointer),
              gpointer    data)
{
  double total;
  double worst = longest_block_until (ready, data, &total);

  g_print ("%-36s %7s %7.1f %5.0f %9.0f %7s %4s%s\n", what, "", worst, AIM_MS, total, "", "1", over_aim (worst));
}

/* Inputs -------------------------------------------------------------------- */

/* A redraw with nothing changed: what a frame costs here at all. */
static void
idle_step (gpointer data,
           guint    i)
{
}

/* Each column, ascending then descending. */
static void
sort_step (gpointer data,
           guint    i)
{
  gw_evidence_view_sort_by (data, (GwEvidenceColumn) (i / 2) % 6, i % 2 ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

static void
type_step (gpointer data,
           guint    i)
{
  guint n;
  const char * const *typed = evidence_keystrokes (&n);

  gw_evidence_view_set_search_text (data, typed[i % n]);
}

static void
filter_step (gpointer data,
             guint    i)
{
  switch (i % 4)
    {
    case 0: gw_evidence_view_set_unused_only (data, TRUE); break;
    case 1: gw_evidence_view_set_unused_only (data, FALSE); break;
    case 2: gw_evidence_view_set_kind_filter (data, GW_EVIDENCE_KIND_PHOTO); break;
    default: gw_evidence_view_set_kind_filter (data, -1); break;
    }
}

/* Down the map's diagonal, a cell then Show All: the table goes from
 * every risk to one cell's and back. */
static void
cell_step (gpointer data,
           guint    i)
{
  GwHeatMap *map = gw_risks_view_get_heat_map (data);
  GwRiskMatrix *matrix = gw_heat_map_get_matrix (map);
  int n = MIN (gw_risk_matrix_get_n_likelihood (matrix), gw_risk_matrix_get_n_impact (matrix));
  int k = (int) (i / 2) % n;

  if (i % 2)
    gw_heat_map_select (map, 0, 0);
  else
    gw_heat_map_select (map, k + 1, k + 1);
}

static gboolean
risks_loaded (gpointer view)
{
  return gw_risks_view_is_loaded (view);
}

/* The benchmark ------------------------------------------------------------- */

static void
measure_views (GwAudit *audit)
{
  GwWindow *window = open_window (audit, 1280);
  GtkWidget *widget = GTK_WIDGET (window);
  GwEvidenceView *evidence = evidence_view (window);
  GwRisksView *risks = GW_RISKS_VIEW (find_descendant (widget, GW_TYPE_RISKS_VIEW));
  GwRiskMatrix *matrix;
  guint n_typed;

  evidence_keystrokes (&n_typed);

  g_print ("%-36s %-21s %s\n", "", "     longest frame", "  all rows in place");
  g_print ("%-36s %7s %7s %5s %9s %7s %4s\n", "(ms)", "mean", "worst", "aim", "mean", "worst", "n");

  /* From showing the view to every row in the table. */
  adw_view_stack_set_visible_child_name (view_stack (window), "evidence");
  measure_load ("filling the Evidence table", evidence_loaded, evidence);
  g_assert_cmpuint (gw_evidence_view_get_n_total (evidence), ==, 20000);
  /* The sort and search keys are made in the background meanwhile. */
  gw_test_flush (1.0);

  measure ("redraw, nothing changed", widget, evidence_settled, evidence, idle_step, 10);
  measure ("sort click (each column, both ways)", widget, evidence_settled, evidence, sort_step, 24);
  gw_evidence_view_sort_by (evidence, GW_EVIDENCE_COLUMN_TITLE, GTK_SORT_ASCENDING);
  measure ("search keystroke", widget, evidence_settled, evidence, type_step, n_typed);
  measure ("kind or unused filter", widget, evidence_settled, evidence, filter_step, 16);

  adw_view_stack_set_visible_child_name (view_stack (window), "overview");
  measure_load ("adding up the Overview", overview_loaded, overview_page (window));
  gw_test_flush (0.5);

  adw_view_stack_set_visible_child_name (view_stack (window), "risks");
  measure_load ("showing the Risks view", risks_loaded, risks);
  gw_test_flush (0.5);
  matrix = gw_heat_map_get_matrix (gw_risks_view_get_heat_map (risks));
  measure ("choosing a heat-map cell", widget, risks_loaded, risks, cell_step,
           2 * MIN (gw_risk_matrix_get_n_likelihood (matrix), gw_risk_matrix_get_n_impact (matrix)));
  g_print ("(%u risks on a %d × %d matrix)\n", gw_risks_view_get_n_total (risks),
           gw_risk_matrix_get_n_likelihood (matrix), gw_risk_matrix_get_n_impact (matrix));

  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *tmp = g_dir_make_tmp ("gapwise-bench-views-XXXXXX", NULL);
  g_autoptr(GFile) tmp_file = g_file_new_for_path (tmp);
  const char *dirs[] = { "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *load = NULL;
  gint64 start;

  /* The audit, its working copy and the recent files stay in a folder of
   * the benchmark's own, removed at the end. */
  g_assert_nonnull (tmp);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (tmp, dirs[i], NULL);
      g_setenv (dirs[i], dir, TRUE);
    }

  gtk_init ();
  adw_init ();
  gw_test_load_style ();

  g_print ("Gapwise views benchmark\n\n");
  path = gw_test_path ("large.gapwise");
  file = g_file_new_for_path (path);
  start = g_get_monotonic_time ();
  audit = gw_synthetic_create (file, 5000, 20000, &error);
  g_assert_no_error (error);
  g_print ("Synthetic audit of 5,000 requirements and 20,000 evidence items, made in %.1f s\n",
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  /* Figures depend on what else the machine is doing. */
  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    g_print ("Load average before measuring: %s\n", g_strstrip (load));
  g_print ("\nThe longest frame (a main-loop step) after an input, and the time until\n"
           "every row is in place; for a view being shown, the time until it shows\n"
           "everything (under \"all rows\") and its longest step (under \"worst\"):\n\n");

  measure_views (audit);

  g_clear_pointer (&load, g_free);
  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    g_print ("Load average after measuring: %s\n", g_strstrip (load));
  g_print ("\nAim: no frame over %.0f ms. Figures are not checked here; a busy machine\n"
           "makes them longer. (Xvfb has no vsync, so idle frames are short.)\n", AIM_MS);

  g_assert_true (gw_audit_close (audit, &error));
  g_assert_no_error (error);
  gw_test_remove_tree (tmp_file);
  return 0;
}
