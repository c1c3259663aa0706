/* gw-text-area.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framed, growing, multi-line text field with a placeholder hint, for the
 * long texts of an audit (finding, objective, notes…). GtkTextView has no
 * placeholder in GTK 4.8, so a dimmed label is overlaid while the buffer is
 * empty. "changed" is emitted for the user's edits only: text set with
 * gw_text_area_set_text() is neither signalled nor undoable.
 */

#define G_LOG_DOMAIN "gw-text-area"

#include "config.h"

#include "gw-text-area.h"

struct _GwTextArea
{
  GtkWidget      parent_instance;

  gboolean       setting_text;

  /* Template widgets */
  GtkTextBuffer *buffer;
  GtkLabel      *placeholder_label;
  GtkTextView   *text_view;
};

G_DEFINE_FINAL_TYPE (GwTextArea, gw_text_area, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLACEHOLDER,
  PROP_EDITABLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_placeholder (GwTextArea *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder_label),
                          gtk_text_buffer_get_char_count (self->buffer) == 0);
}

static void
buffer_changed_cb (GwTextArea    *self,
                   GtkTextBuffer *buffer)
{
  update_placeholder (self);

  if (!self->setting_text)
    g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
gw_text_area_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (GW_TEXT_AREA (widget)->text_view));
}

static void
gw_text_area_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), GW_TYPE_TEXT_AREA);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gw_text_area_parent_class)->dispose (object);
}

static void
gw_text_area_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GwTextArea *self = GW_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER:
      g_value_set_string (value, gw_text_area_get_placeholder (self));
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, gtk_text_view_get_editable (self->text_view));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_text_area_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GwTextArea *self = GW_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER:
      gw_text_area_set_placeholder (self, g_value_get_string (value));
      break;
    case PROP_EDITABLE:
      gw_text_area_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_text_area_class_init (GwTextAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_text_area_dispose;
  object_class->get_property = gw_text_area_get_property;
  object_class->set_property = gw_text_area_set_property;
  widget_class->grab_focus = gw_text_area_grab_focus;

  properties[PROP_PLACEHOLDER] =
    g_param_spec_string ("placeholder", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GwTextArea::changed:
   *
   * Emitted when the user edits the text.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-text-area.ui");
  gtk_widget_class_bind_template_child (widget_class, GwTextArea, buffer);
  gtk_widget_class_bind_template_child (widget_class, GwTextArea, placeholder_label);
  gtk_widget_class_bind_template_child (widget_class, GwTextArea, text_view);
  gtk_widget_class_bind_template_callback (widget_class, buffer_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gw-text-area");
}

static void
gw_text_area_init (GwTextArea *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Keep the text view inside the rounded corners. */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  update_placeholder (self);
}

/**
 * gw_text_area_dup_text:
 *
 * Returns: (transfer full): the whole text
 */
char *
gw_text_area_dup_text (GwTextArea *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (GW_IS_TEXT_AREA (self), NULL);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

/**
 * gw_text_area_is_blank:
 *
 * Returns: whether the text is empty or only white space
 */
gboolean
gw_text_area_is_blank (GwTextArea *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (GW_IS_TEXT_AREA (self), TRUE);

  text = gw_text_area_dup_text (self);
  return *g_strstrip (text) == '\0';
}

void
gw_text_area_set_text (GwTextArea *self,
                       const char *text)
{
  g_autofree char *current = NULL;

  g_return_if_fail (GW_IS_TEXT_AREA (self));

  current = gw_text_area_dup_text (self);
  if (g_strcmp0 (current, text ? text : "") == 0)
    return;

  self->setting_text = TRUE;
  gtk_text_buffer_begin_irreversible_action (self->buffer);
  gtk_text_buffer_set_text (self->buffer, text ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (self->buffer);
  self->setting_text = FALSE;
}

const char *
gw_text_area_get_placeholder (GwTextArea *self)
{
  g_return_val_if_fail (GW_IS_TEXT_AREA (self), NULL);
  return gtk_label_get_label (self->placeholder_label);
}

void
gw_text_area_set_placeholder (GwTextArea *self,
                              const char *placeholder)
{
  g_return_if_fail (GW_IS_TEXT_AREA (self));

  if (g_strcmp0 (placeholder, gtk_label_get_label (self->placeholder_label)) == 0)
    return;

  gtk_label_set_label (self->placeholder_label, placeholder);
  /* The placeholder doubles as the description a screen reader gives. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, placeholder ? placeholder : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER]);
}

void
gw_text_area_set_editable (GwTextArea *self,
                           gboolean    editable)
{
  g_return_if_fail (GW_IS_TEXT_AREA (self));

  editable = !!editable;
  if (editable == gtk_text_view_get_editable (self->text_view))
    return;

  gtk_text_view_set_editable (self->text_view, editable);
  gtk_text_view_set_cursor_visible (self->text_view, editable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * gw_text_area_get_text_view:
 *
 * Returns: (transfer none): the text view, for focus and accessibility
 */
GtkTextView *
gw_text_area_get_text_view (GwTextArea *self)
{
  g_return_val_if_fail (GW_IS_TEXT_AREA (self), NULL);
  return self->text_view;
}
