/* test-widgets.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every composite widget class is created once. A .ui file that uses a
 * widget or property newer than GTK 4.8 or libadwaita 1.2 compiles fine
 * and fails only here, when its template is built.
 */

#include "config.h"

#include <adwaita.h>

#include "gw-app-types.h"
#include "gw-ui-test-util.h"

static void
test_instantiate (gconstpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  GObject *object = g_object_new (type, NULL);

  g_assert_nonnull (object);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (object, type));

  if (GTK_IS_WINDOW (object))
    {
      gtk_window_present (GTK_WINDOW (object));
      while (g_main_context_iteration (NULL, FALSE))
        ;
      gtk_window_destroy (GTK_WINDOW (object));
    }
  else
    {
      g_object_ref_sink (object);
      g_object_unref (object);
    }
}

int
main (int    argc,
      char **argv)
{
  const GType *types;
  guint n_types;

  gw_test_ui_init (&argc, &argv);

  types = gw_app_get_widget_types (&n_types);
  g_assert_cmpuint (n_types, >=, 5);

  for (guint i = 0; i < n_types; i++)
    {
      g_autofree char *path = g_strdup_printf ("/widgets/instantiate/%s", g_type_name (types[i]));
      g_test_add_data_func (path, GSIZE_TO_POINTER (types[i]), test_instantiate);
    }

  return gw_test_ui_finish (g_test_run ());
}
