/* gw-start-page.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a window shows with no audit open: create a new audit, open one,
 * try the demo, or pick one of the recent audits (from the shared recent
 * files list, so the file manager's "Recent" agrees).
 */

#define G_LOG_DOMAIN "gw-start-page"

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "gw-start-page.h"

#define MAX_RECENT 8

struct _GwStartPage
{
  GtkWidget     parent_instance;

  guint         n_recent;

  /* Template widgets */
  GtkWidget    *status_page;
  GtkListBox   *recent_list;
  GtkWidget    *recent_group;
};

G_DEFINE_FINAL_TYPE (GwStartPage, gw_start_page, GTK_TYPE_WIDGET)

static gboolean
is_audit (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  return (g_strcmp0 (gtk_recent_info_get_mime_type (info), "application/x-gapwise") == 0 ||
          g_str_has_suffix (uri, ".gapwise")) &&
         gtk_recent_info_is_local (info) && gtk_recent_info_exists (info);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *x = *(GtkRecentInfo **) a, *y = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (y), gtk_recent_info_get_modified (x));
}

static GtkWidget *
create_recent_row (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : g_strdup ("");
  g_autofree char *when = g_date_time_format (gtk_recent_info_get_modified (info), "%x");
  g_autofree char *subtitle = g_strdup_printf ("%s — %s", folder, when);
  GtkWidget *row = adw_action_row_new ();

  if (g_str_has_suffix (name, ".gapwise"))
    name[strlen (name) - strlen (".gapwise")] = '\0';

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_recent_info_get_uri (info));
  gtk_widget_set_tooltip_text (row, gtk_recent_info_get_uri_display (info));
  return row;
}

/**
 * gw_start_page_reload:
 *
 * Lists the most recent audits that still exist.
 */
void
gw_start_page_reload (GwStartPage *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  g_autoptr(GPtrArray) audits = g_ptr_array_new ();
  GtkWidget *child;

  g_return_if_fail (GW_IS_START_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l; l = l->next)
    if (is_audit (l->data))
      g_ptr_array_add (audits, l->data);

  g_ptr_array_sort (audits, compare_recent);
  self->n_recent = MIN (audits->len, MAX_RECENT);
  for (guint i = 0; i < self->n_recent; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (g_ptr_array_index (audits, i)));

  gtk_widget_set_visible (self->recent_group, self->n_recent > 0);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

guint
gw_start_page_get_n_recent (GwStartPage *self)
{
  g_return_val_if_fail (GW_IS_START_PAGE (self), 0);
  return self->n_recent;
}

static void
recent_changed_cb (GwStartPage      *self,
                   GtkRecentManager *manager)
{
  gw_start_page_reload (self);
}

static void
gw_start_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), GW_TYPE_START_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gw_start_page_parent_class)->dispose (object);
}

static void
gw_start_page_class_init (GwStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_start_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GwStartPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, GwStartPage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, GwStartPage, status_page);
}

static void
gw_start_page_init (GwStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  gw_start_page_reload (self);
}
