/* gw-ui-test-util.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the ui suite, which runs under Xvfb with the cairo renderer:
 * waiting for the main loop, and saving a window as a PNG into the build
 * directory so that a person can look at it.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Runs the main loop until @done is TRUE or @seconds pass. */
static inline gboolean
gw_test_wait_for (gboolean *done,
                  double    seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (!*done && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return *done;
}

/* Lets pending layout, drawing and idle work run. */
static inline void
gw_test_flush (double seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

/* Renders @window as it is on screen into BUILDDIR/screenshots/@name.png. */
static inline char *
gw_test_screenshot (GtkWindow  *window,
                    const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir, file, NULL);
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  g_mkdir_with_parents (dir, 0755);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  return path;
}

G_END_DECLS
