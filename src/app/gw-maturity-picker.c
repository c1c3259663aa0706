/* gw-maturity-picker.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A maturity level as a row of linked toggle buttons: "not rated" and the
 * levels 0 (Incomplete) to 5 (Optimising), each named in its tooltip. The
 * buttons are bound to a property action ("maturity.level"), so the picker
 * has no toggle handlers: a click sets the "level" property, and setting the
 * property checks the matching button.
 */

#define G_LOG_DOMAIN "gw-maturity-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-maturity-picker.h"
#include "gw-records.h"

struct _GwMaturityPicker
{
  GtkWidget parent_instance;

  int       level;
};

G_DEFINE_FINAL_TYPE (GwMaturityPicker, gw_maturity_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Focus goes to the checked button, as in a radio group. */
static gboolean
gw_maturity_picker_grab_focus (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
        return gtk_widget_grab_focus (child);
    }

  return FALSE;
}

static void
gw_maturity_picker_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), GW_TYPE_MATURITY_PICKER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gw_maturity_picker_parent_class)->dispose (object);
}

static void
gw_maturity_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_int (value, GW_MATURITY_PICKER (object)->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_maturity_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_LEVEL:
      gw_maturity_picker_set_level (GW_MATURITY_PICKER (object), g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_maturity_picker_class_init (GwMaturityPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_maturity_picker_dispose;
  object_class->get_property = gw_maturity_picker_get_property;
  object_class->set_property = gw_maturity_picker_set_property;
  widget_class->grab_focus = gw_maturity_picker_grab_focus;

  /**
   * GwMaturityPicker:level:
   *
   * The chosen level, 0 to 5, or %GW_MATURITY_UNSET.
   */
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, GW_MATURITY_UNSET, GW_MATURITY_MAX, GW_MATURITY_UNSET,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "maturity.level", "level");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-maturity-picker.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gw-maturity-picker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gw_maturity_picker_init (GwMaturityPicker *self)
{
  self->level = GW_MATURITY_UNSET;
  gtk_widget_init_template (GTK_WIDGET (self));
}

int
gw_maturity_picker_get_level (GwMaturityPicker *self)
{
  g_return_val_if_fail (GW_IS_MATURITY_PICKER (self), GW_MATURITY_UNSET);
  return self->level;
}

void
gw_maturity_picker_set_level (GwMaturityPicker *self,
                              int               level)
{
  g_return_if_fail (GW_IS_MATURITY_PICKER (self));
  g_return_if_fail (level >= GW_MATURITY_UNSET && level <= GW_MATURITY_MAX);

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * gw_maturity_level_to_label:
 * @level: 0 to 5, or %GW_MATURITY_UNSET
 *
 * Returns: the translated name of a maturity level
 */
const char *
gw_maturity_level_to_label (int level)
{
  switch (level)
    {
    case 0:
      return C_("maturity", "Incomplete");
    case 1:
      return C_("maturity", "Initial");
    case 2:
      return C_("maturity", "Managed");
    case 3:
      return C_("maturity", "Defined");
    case 4:
      return C_("maturity", "Measured");
    case 5:
      return C_("maturity", "Optimising");
    default:
      return C_("maturity", "Not rated");
    }
}
