/* gw-grade-row.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The finding grade of an assessment: a row with a drop-down of the five
 * grades. A major or minor nonconformity only fits a partially conforming
 * or nonconforming result, so while "nc-allowed" is false those two are
 * greyed out in the popup and cannot be chosen. GtkDropDown has no
 * per-item sensitivity, hence the popup's own list factory, which keeps
 * the items it has bound so it can update them.
 */

#define G_LOG_DOMAIN "gw-grade-row"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-grade-row.h"

struct _GwGradeRow
{
  AdwActionRow  parent_instance;

  GPtrArray    *bound_items;      /* GtkListItem of the popup */
  gboolean      nc_allowed;

  /* Template widgets */
  GtkDropDown  *dropdown;
};

G_DEFINE_FINAL_TYPE (GwGradeRow, gw_grade_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_GRADE,
  PROP_NC_ALLOWED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_nc_grade (guint grade)
{
  return grade == GW_FINDING_GRADE_MAJOR || grade == GW_FINDING_GRADE_MINOR;
}

static void
update_item (GwGradeRow  *self,
             GtkListItem *item)
{
  guint position = gtk_list_item_get_position (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_last_child (box);
  gboolean allowed = self->nc_allowed || !is_nc_grade (position);

  gtk_list_item_set_activatable (item, allowed);
  gtk_list_item_set_selectable (item, allowed);
  gtk_widget_set_sensitive (box, allowed);
  gtk_widget_set_tooltip_text (box, allowed ? NULL
                               : _("Only for a partially conforming or nonconforming result"));
  gtk_widget_set_opacity (check, position == gtk_drop_down_get_selected (self->dropdown) ? 1 : 0);
}

static void
update_items (GwGradeRow *self)
{
  for (guint i = 0; i < self->bound_items->len; i++)
    update_item (self, g_ptr_array_index (self->bound_items, i));
}

static void
setup_cb (GwGradeRow               *self,
          GtkListItem              *item,
          GtkSignalListItemFactory *factory)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GwGradeRow               *self,
         GtkListItem              *item,
         GtkSignalListItemFactory *factory)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (string));
  g_ptr_array_add (self->bound_items, item);
  update_item (self, item);
}

static void
unbind_cb (GwGradeRow               *self,
           GtkListItem              *item,
           GtkSignalListItemFactory *factory)
{
  g_ptr_array_remove_fast (self->bound_items, item);
}

static void
selected_cb (GwGradeRow *self)
{
  update_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
}

static void
gw_grade_row_dispose (GObject *object)
{
  GwGradeRow *self = GW_GRADE_ROW (object);

  g_ptr_array_set_size (self->bound_items, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_GRADE_ROW);

  G_OBJECT_CLASS (gw_grade_row_parent_class)->dispose (object);
}

static void
gw_grade_row_finalize (GObject *object)
{
  g_ptr_array_unref (GW_GRADE_ROW (object)->bound_items);

  G_OBJECT_CLASS (gw_grade_row_parent_class)->finalize (object);
}

static void
gw_grade_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GwGradeRow *self = GW_GRADE_ROW (object);

  switch (prop_id)
    {
    case PROP_GRADE:
      g_value_set_int (value, gw_grade_row_get_grade (self));
      break;
    case PROP_NC_ALLOWED:
      g_value_set_boolean (value, self->nc_allowed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_grade_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GwGradeRow *self = GW_GRADE_ROW (object);

  switch (prop_id)
    {
    case PROP_GRADE:
      gw_grade_row_set_grade (self, g_value_get_int (value));
      break;
    case PROP_NC_ALLOWED:
      gw_grade_row_set_nc_allowed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_grade_row_class_init (GwGradeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_grade_row_dispose;
  object_class->finalize = gw_grade_row_finalize;
  object_class->get_property = gw_grade_row_get_property;
  object_class->set_property = gw_grade_row_set_property;

  /**
   * GwGradeRow:grade:
   *
   * The chosen #GwFindingGrade (an int: the core's enums have no GType).
   */
  properties[PROP_GRADE] =
    g_param_spec_int ("grade", NULL, NULL, GW_FINDING_GRADE_NONE, GW_FINDING_GRADE_OPPORTUNITY,
                      GW_FINDING_GRADE_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GwGradeRow:nc-allowed:
   *
   * Whether a major or minor nonconformity can be chosen.
   */
  properties[PROP_NC_ALLOWED] =
    g_param_spec_boolean ("nc-allowed", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-grade-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GwGradeRow, dropdown);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
}

static void
gw_grade_row_init (GwGradeRow *self)
{
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->bound_items = g_ptr_array_new ();
  self->nc_allowed = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint grade = GW_FINDING_GRADE_NONE; grade <= GW_FINDING_GRADE_OPPORTUNITY; grade++)
    gtk_string_list_append (grades, gw_finding_grade_to_label (grade));

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, G_CONNECT_SWAPPED);
  gtk_drop_down_set_list_factory (self->dropdown, factory);

  g_signal_handlers_block_by_func (self->dropdown, selected_cb, self);
  gtk_drop_down_set_model (self->dropdown, G_LIST_MODEL (grades));
  gtk_drop_down_set_selected (self->dropdown, GW_FINDING_GRADE_NONE);
  g_signal_handlers_unblock_by_func (self->dropdown, selected_cb, self);
}

GwFindingGrade
gw_grade_row_get_grade (GwGradeRow *self)
{
  guint selected;

  g_return_val_if_fail (GW_IS_GRADE_ROW (self), GW_FINDING_GRADE_NONE);

  selected = gtk_drop_down_get_selected (self->dropdown);
  return selected <= GW_FINDING_GRADE_OPPORTUNITY ? selected : GW_FINDING_GRADE_NONE;
}

void
gw_grade_row_set_grade (GwGradeRow     *self,
                        GwFindingGrade  grade)
{
  g_return_if_fail (GW_IS_GRADE_ROW (self));
  g_return_if_fail ((guint) grade <= GW_FINDING_GRADE_OPPORTUNITY);

  /* Notifies through selected_cb when it changes. */
  gtk_drop_down_set_selected (self->dropdown, grade);
}

gboolean
gw_grade_row_get_nc_allowed (GwGradeRow *self)
{
  g_return_val_if_fail (GW_IS_GRADE_ROW (self), FALSE);
  return self->nc_allowed;
}

void
gw_grade_row_set_nc_allowed (GwGradeRow *self,
                             gboolean    nc_allowed)
{
  g_return_if_fail (GW_IS_GRADE_ROW (self));

  nc_allowed = !!nc_allowed;
  if (self->nc_allowed == nc_allowed)
    return;

  self->nc_allowed = nc_allowed;
  update_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NC_ALLOWED]);
}
