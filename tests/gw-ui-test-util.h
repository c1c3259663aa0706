/* gw-ui-test-util.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the ui suite, which runs under Xvfb with the cairo renderer:
 * the set-up and tear-down every ui test program shares, waiting for the
 * main loop, and saving a window or a popover as a PNG into the build
 * directory so that a person can look at it.
 *
 * A ui test program's main() is
 *
 *   gw_test_ui_init (&argc, &argv);
 *   g_test_add_func (…);
 *   return gw_test_ui_finish (g_test_run ());
 */

#pragma once

#include <adwaita.h>
#include <string.h>
#include <glib/gstdio.h>

G_BEGIN_DECLS

/* Set-up and tear-down ---------------------------------------------------- */

typedef struct
{
  char  *root;                          /* the user directories' tree */
  guint  n_failures;                    /* warnings and criticals logged */
} GwTestUi;

static inline GwTestUi *
gw_test_ui (void)
{
  static GwTestUi ui;

  return &ui;
}

/* gtk_test_init() ignores G_TEST_OPTION_ISOLATE_DIRS, so a ui test gives
 * itself fresh user directories before GTK starts: working copies, recent
 * files and test files then never meet another run's. */
static inline void
gw_test_isolate_user_dirs (void)
{
  GwTestUi *ui = gw_test_ui ();
  const char *vars[] = { "HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                         "XDG_STATE_HOME", "XDG_RUNTIME_DIR" };

  g_assert_null (ui->root);
  ui->root = g_dir_make_tmp ("gapwise-ui-test-XXXXXX", NULL);
  g_assert_nonnull (ui->root);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (ui->root, vars[i], NULL);
      g_mkdir_with_parents (dir, 0700);
      g_setenv (vars[i], dir, TRUE);
    }
}

/* Every warning and critical fails the test it happens in, and makes the
 * program exit with a failure even when no test is running (in the set-up,
 * say), where g_test_fail() alone would be lost. The test goes on to its
 * end, so its log shows every such message it caused.
 *
 * Except one: GTK 4.8's GtkStack cross-fade snapshots the page it leaves,
 * which may have lost its allocation already, and warns "Trying to
 * snapshot … without a current allocation". It is harmless and GTK's, not
 * ours, so it is only printed. GTK logs through the structured API, hence
 * a log writer. */
static inline GLogWriterOutput
gw_test_log_writer (GLogLevelFlags   log_level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  const char *domain = NULL, *message = NULL;

  if (!(log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL)))
    return g_log_writer_default (log_level, fields, n_fields, user_data);

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN") && fields[i].length < 0)
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        message = fields[i].value;
    }

  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
      strstr (message, "without a current allocation") != NULL)
    return g_log_writer_standard_streams (log_level & ~G_LOG_FLAG_FATAL, fields, n_fields, user_data);

  gw_test_ui ()->n_failures++;
  g_test_fail ();
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* AdwApplication loads the application's style.css; tests run without an
 * application, so they load it themselves, or screenshots lack its colours. */
static inline void
gw_test_load_style (void)
{
  GtkCssProvider *provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_unref (provider);
}

/* Before any g_test_add_func(): user directories of the program's own,
 * GTK and libadwaita, the log writer above, the application's style. */
static inline void
gw_test_ui_init (int    *argc,
                 char ***argv)
{
  gw_test_isolate_user_dirs ();
  gtk_test_init (argc, argv, NULL);
  /* g_test_init() made warnings and criticals abort the program; the
   * writer fails the test instead, all but GTK's one. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_log_set_writer_func (gw_test_log_writer, NULL, NULL);
  adw_init ();
  gw_test_load_style ();
}

static inline void
gw_test_remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children && (info = g_file_enumerator_next_file (children, NULL, NULL)))
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));
      gw_test_remove_tree (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

/* After g_test_run(), whose result is @status: removes the user
 * directories and returns the program's exit status, a failure also when
 * a warning came outside any test. */
static inline int
gw_test_ui_finish (int status)
{
  GwTestUi *ui = gw_test_ui ();
  g_autoptr(GFile) root = g_file_new_for_path (ui->root);

  gw_test_remove_tree (root);
  g_clear_pointer (&ui->root, g_free);
  if (status == 0 && ui->n_failures > 0)
    {
      g_printerr ("%u warnings or criticals outside any test\n", ui->n_failures);
      status = 1;
    }
  return status;
}

/* Waiting and screenshots ------------------------------------------------- */

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
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir, file, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int width = 0, height = 0;

  /* A window in the middle of a transition or a resize has nothing to
   * show yet; give it a few frames. */
  for (guint attempt = 0; node == NULL && attempt < 40; attempt++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      width = gtk_widget_get_width (GTK_WIDGET (window));
      height = gtk_widget_get_height (GTK_WIDGET (window));
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        gw_test_flush (0.05);
    }

  g_assert_nonnull (node);
  g_mkdir_with_parents (dir, 0755);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  return path;
}

/* Renders @popover into BUILDDIR/screenshots/@name.png: a popover is a
 * surface of its own, not part of the window's picture. */
static inline void
gw_test_screenshot_popover (GtkWidget  *popover,
                            const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (popover);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                            "screenshots", file, NULL);
  int width = gtk_widget_get_width (popover), height = gtk_widget_get_height (popover);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (popover)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

G_END_DECLS
