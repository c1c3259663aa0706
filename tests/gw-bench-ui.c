/* gw-bench-ui.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's responsiveness, printed as figures (run under Xvfb, see
 * tests/meson.build; `meson test -C build --benchmark --suite ui`):
 *
 *  - start-up: from starting the gapwise process on an audit to the first
 *    frame drawn with the audit shown (the program reports that frame on
 *    stdout when GAPWISE_BENCH is set), for the demo and for a synthetic
 *    audit of 5,000 requirements and 20,000 evidence items;
 *  - on that large audit, in this process: the longest time from an input
 *    (a scroll step of the clause tree, a keystroke in the search) to the
 *    next frame drawn.
 *
 * Aims (issue "The checklist workspace"): first frame under 400 ms; no
 * frame over 50 ms.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "gw-clause-sidebar.h"
#include "gw-demo.h"
#include "gw-window.h"

#define N_STARTS 5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The program measures itself from its process start (see gw-window.c) and
 * reports the time on stdout, then closes its window. */
static double
start_once (const char *app_path,
            const char *audit_path,
            const char *state_dir)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  const char *prefix = "gapwise: first frame with the audit after ";

  g_subprocess_launcher_setenv (launcher, "GAPWISE_BENCH", "quit", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", state_dir, TRUE);

  process = g_subprocess_launcher_spawn (launcher, &error, app_path, audit_path, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (line, prefix));
  g_subprocess_wait (process, NULL, NULL);
  return g_ascii_strtod (line + strlen (prefix), NULL);
}

static void
measure_start (const char *label,
               const char *app_path,
               const char *audit_path,
               const char *state_dir)
{
  double times[N_STARTS];

  for (guint i = 0; i < N_STARTS; i++)
    times[i] = start_once (app_path, audit_path, state_dir);
  qsort (times, N_STARTS, sizeof (double), compare_doubles);
  printf ("%-34s %8.1f %8.1f %8.1f\n", label, times[0], times[N_STARTS / 2], times[N_STARTS - 1]);
  fflush (stdout);
}

/* Frame latency ------------------------------------------------------------ */

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

/* Runs @step, then the main loop until the next frame is painted, and
 * returns the time that took. */
static double
time_to_next_frame (GtkWidget *window,
                    void     (*step) (gpointer, guint),
                    gpointer   data,
                    guint      i)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  FrameWait wait = { FALSE };
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  gint64 start = g_get_monotonic_time ();

  step (data, i);
  gtk_widget_queue_draw (window);
  while (!wait.painted)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (clock, handler);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (GTK_IS_SCROLLED_WINDOW (child))
        return GTK_SCROLLED_WINDOW (child);
      if ((found = find_scrolled_window (child)))
        return found;
    }
  return NULL;
}

static void
scroll_step (gpointer data,
             guint    i)
{
  GtkAdjustment *adjustment = data;

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 120);
}

static void
type_step (gpointer data,
           guint    i)
{
  static const char *typed[] = { "s", "se", "sea", "seal", "seal ", "seal l", "seal lo", "seal log",
                                 "seal lo", "seal l", "seal", "sea", "se", "s", "", "8", "8.", "8.6",
                                 "8.6.", "8.6.4", "", "synthetic 49", "synthetic 499", "" };

  gw_clause_sidebar_set_search_text (data, typed[i % G_N_ELEMENTS (typed)]);
}

static void
measure_frames (const char *audit_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (audit_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  GwWindow *window = gw_window_new (NULL);
  GwClauseSidebar *sidebar;
  GtkScrolledWindow *scrolled;
  double worst_scroll = 0, worst_type = 0, sum_scroll = 0, sum_type = 0;
  guint n_scroll = 60, n_type = 24;

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gw_window_set_audit (window, audit);

  /* settle */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);

  sidebar = GW_CLAUSE_SIDEBAR (gw_window_get_sidebar (window));
  g_assert_nonnull (sidebar);
  scrolled = find_scrolled_window (GTK_WIDGET (sidebar));
  g_assert_nonnull (scrolled);

  /* Scroll with everything expanded by a search that matches all rows. */
  gw_clause_sidebar_set_search_text (sidebar, "synthetic");
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);

  for (guint i = 0; i < n_scroll; i++)
    {
      double ms = time_to_next_frame (GTK_WIDGET (window), scroll_step,
                                      gtk_scrolled_window_get_vadjustment (scrolled), i);
      worst_scroll = MAX (worst_scroll, ms);
      sum_scroll += ms;
    }

  for (guint i = 0; i < n_type; i++)
    {
      double ms = time_to_next_frame (GTK_WIDGET (window), type_step, sidebar, i);
      worst_type = MAX (worst_type, ms);
      sum_type += ms;
    }

  printf ("\nOn the 5000/20000 audit, from input to the next drawn frame (ms):\n");
  printf ("%-34s %8s %8s\n", "", "mean", "worst");
  printf ("%-34s %8.1f %8.1f\n", "scrolling the clause tree", sum_scroll / n_scroll, worst_scroll);
  printf ("%-34s %8.1f %8.1f\n", "typing a search", sum_type / n_type, worst_type);
  printf ("(The frame clock paces frames; Xvfb has no vsync, so idle frames are short.)\n");

  gw_window_close_audit (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("gapwise-bench-ui-XXXXXX", NULL);
  g_autofree char *state = g_build_filename (dir, "state", NULL);
  g_autofree char *demo = g_build_filename (dir, "demo.gapwise", NULL);
  g_autofree char *big = g_build_filename (dir, "big.gapwise", NULL);
  const char *app_path = g_getenv ("GAPWISE_APP");
  g_autoptr(GError) error = NULL;

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_assert_nonnull (app_path);

  {
    g_autoptr(GFile) file = g_file_new_for_path (demo);
    g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
    g_assert_no_error (error);
    g_assert_true (gw_audit_close (audit, &error));
  }
  {
    g_autoptr(GFile) file = g_file_new_for_path (big);
    g_autoptr(GwAudit) audit = gw_synthetic_create (file, 5000, 20000, &error);
    g_assert_no_error (error);
    g_assert_true (gw_audit_close (audit, &error));
  }

  printf ("Gapwise window benchmark\n\nFrom process start to the first frame with the audit (ms, %d runs):\n",
          N_STARTS);
  printf ("%-34s %8s %8s %8s\n", "", "best", "median", "worst");
  fflush (stdout);
  measure_start ("demo audit (147 requirements)", app_path, demo, state);
  measure_start ("synthetic 5000/20000", app_path, big, state);

  /* GTK starts only now: a second X client of the same Xvfb that does not
   * read its connection while it waits for the child stalls the child. */
  gtk_init ();
  adw_init ();
  measure_frames (big);

  printf ("\nAims: first frame under 400 ms; no frame over 50 ms.\n");
  return 0;
}
