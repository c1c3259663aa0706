/* gw-result-picker.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The five results of a requirement as linked toggle buttons, the checked
 * one filled with its result colour. A squeezer swaps the full labels for
 * the auditors' abbreviations (C, PC, NC, N/A) when the window is narrow.
 * Both rows of buttons are bound to one property action ("result.choose"),
 * so they always agree and a click simply sets the "result" property.
 */

#define G_LOG_DOMAIN "gw-result-picker"

#include "config.h"

#include <adwaita.h>

#include "gw-result-picker.h"

struct _GwResultPicker
{
  GtkWidget    parent_instance;

  GwResult     result;

  /* Template widgets */
  GtkWidget   *narrow_box;
  AdwSqueezer *squeezer;
  GtkWidget   *wide_box;
};

G_DEFINE_FINAL_TYPE (GwResultPicker, gw_result_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Focus goes to the checked button of the visible row, as in a radio group. */
static gboolean
gw_result_picker_grab_focus (GtkWidget *widget)
{
  GwResultPicker *self = GW_RESULT_PICKER (widget);
  GtkWidget *box = adw_squeezer_get_visible_child (self->squeezer);

  if (box == NULL)
    box = self->wide_box;

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
        return gtk_widget_grab_focus (child);
    }

  return gtk_widget_grab_focus (gtk_widget_get_first_child (box));
}

static void
gw_result_picker_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), GW_TYPE_RESULT_PICKER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gw_result_picker_parent_class)->dispose (object);
}

static void
gw_result_picker_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_int (value, GW_RESULT_PICKER (object)->result);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_result_picker_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_RESULT:
      gw_result_picker_set_result (GW_RESULT_PICKER (object), g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_result_picker_class_init (GwResultPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_result_picker_dispose;
  object_class->get_property = gw_result_picker_get_property;
  object_class->set_property = gw_result_picker_set_property;
  widget_class->grab_focus = gw_result_picker_grab_focus;

  /**
   * GwResultPicker:result:
   *
   * The checked result, a #GwResult. (An int rather than an enum property:
   * the core's enums are plain C enums without a GType.)
   */
  properties[PROP_RESULT] =
    g_param_spec_int ("result", NULL, NULL, GW_RESULT_NOT_ASSESSED, GW_RESULT_NOT_APPLICABLE,
                      GW_RESULT_NOT_ASSESSED,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "result.choose", "result");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-result-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, GwResultPicker, narrow_box);
  gtk_widget_class_bind_template_child (widget_class, GwResultPicker, squeezer);
  gtk_widget_class_bind_template_child (widget_class, GwResultPicker, wide_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gw-result-picker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gw_result_picker_init (GwResultPicker *self)
{
  self->result = GW_RESULT_NOT_ASSESSED;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GwResult
gw_result_picker_get_result (GwResultPicker *self)
{
  g_return_val_if_fail (GW_IS_RESULT_PICKER (self), GW_RESULT_NOT_ASSESSED);
  return self->result;
}

void
gw_result_picker_set_result (GwResultPicker *self,
                             GwResult        result)
{
  g_return_if_fail (GW_IS_RESULT_PICKER (self));
  g_return_if_fail ((guint) result <= GW_RESULT_NOT_APPLICABLE);

  if (self->result == result)
    return;

  self->result = result;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}
