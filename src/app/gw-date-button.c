/* gw-date-button.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A date, or none: a button showing the date in the user's locale that
 * opens a calendar popover, and a button to clear it. The value is the
 * YYYY-MM-DD text the audit stores ("date" property, NULL for none).
 */

#define G_LOG_DOMAIN "gw-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-audit.h"
#include "gw-date-button.h"
#include "gw-ui-utils.h"

struct _GwDateButton
{
  GtkWidget       parent_instance;

  char           *date;
  GtkMenuButton  *menu_button;
  GtkCalendar    *calendar;
  GtkWidget      *clear_button;
};

G_DEFINE_FINAL_TYPE (GwDateButton, gw_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (GwDateButton *self)
{
  g_autofree char *label = gw_format_date (self->date);

  gtk_menu_button_set_label (self->menu_button, label ? label : _("Not set"));
  gtk_widget_set_sensitive (self->clear_button, self->date != NULL);
}

void
gw_date_button_set_date (GwDateButton *self,
                         const char   *date)
{
  g_return_if_fail (GW_IS_DATE_BUTTON (self));

  if (!gw_date_is_valid (date))
    date = NULL;

  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);

  if (date != NULL)
    {
      g_autofree char *iso = g_strconcat (date, "T12:00:00Z", NULL);
      g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

      if (dt != NULL)
        gtk_calendar_select_day (self->calendar, dt);
    }

  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
gw_date_button_get_date (GwDateButton *self)
{
  g_return_val_if_fail (GW_IS_DATE_BUTTON (self), NULL);
  return self->date;
}

static void
day_selected_cb (GwDateButton *self,
                 GtkCalendar  *calendar)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  g_autofree char *date = g_date_time_format (dt, "%Y-%m-%d");

  gw_date_button_set_date (self, date);
  gtk_menu_button_popdown (self->menu_button);
}

static void
clear_clicked_cb (GwDateButton *self,
                  GtkButton    *button)
{
  gw_date_button_set_date (self, NULL);
}

static void
gw_date_button_dispose (GObject *object)
{
  GwDateButton *self = GW_DATE_BUTTON (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gw_date_button_parent_class)->dispose (object);
}

static void
gw_date_button_finalize (GObject *object)
{
  g_free (GW_DATE_BUTTON (object)->date);

  G_OBJECT_CLASS (gw_date_button_parent_class)->finalize (object);
}

static void
gw_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, GW_DATE_BUTTON (object)->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      gw_date_button_set_date (GW_DATE_BUTTON (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_date_button_class_init (GwDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_date_button_dispose;
  object_class->finalize = gw_date_button_finalize;
  object_class->get_property = gw_date_button_get_property;
  object_class->set_property = gw_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gw-date-button");
}

static void
gw_date_button_init (GwDateButton *self)
{
  GtkWidget *popover = gtk_popover_new ();

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self,
                           G_CONNECT_SWAPPED);

  self->menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->menu_button, popover);
  gtk_menu_button_set_always_show_arrow (self->menu_button, TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->menu_button), GTK_WIDGET (self));

  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_tooltip_text (self->clear_button, _("Clear the date"));
  gtk_widget_set_parent (self->clear_button, GTK_WIDGET (self));
  g_signal_connect_object (self->clear_button, "clicked", G_CALLBACK (clear_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  update_label (self);
}

GtkWidget *
gw_date_button_new (void)
{
  return g_object_new (GW_TYPE_DATE_BUTTON, NULL);
}
