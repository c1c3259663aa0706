/* gw-preferences-window.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences, bound straight to GSettings: the name written into the
 * change log of every audit.
 */

#define G_LOG_DOMAIN "gw-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-preferences-window.h"

struct _GwPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwEntryRow          *author_row;
  AdwPreferencesGroup  *author_group;
};

G_DEFINE_FINAL_TYPE (GwPreferencesWindow, gw_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
gw_preferences_window_dispose (GObject *object)
{
  GwPreferencesWindow *self = GW_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (gw_preferences_window_parent_class)->dispose (object);
}

static void
gw_preferences_window_class_init (GwPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GwPreferencesWindow, author_group);
  gtk_widget_class_bind_template_child (widget_class, GwPreferencesWindow, author_row);
}

static void
gw_preferences_window_init (GwPreferencesWindow *self)
{
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_bind (self->settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);

  description = g_strdup_printf (_("Written into the change log with every edit you make. "
                                   "When empty, your account name “%s” is used."), g_get_user_name ());
  adw_preferences_group_set_description (self->author_group, description);
}

GwPreferencesWindow *
gw_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (GW_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}
