/* gw-risk-badge.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A risk level shown in its matrix colour: a pill in the risk table and the
 * risk dialog ("High · 12"), a cell of the heat map (the count of risks in
 * it). The colours come from the audit's matrix, which is data, so they are
 * drawn here rather than named in style.css; the text is black or white,
 * whichever contrasts more with the fill (WCAG relative luminance), so a
 * yellow cell reads as well as a red one in the light and dark styles. A
 * chosen cell gets a ring in the text colour.
 */

#define G_LOG_DOMAIN "gw-risk-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-risk-badge.h"

#define RING_WIDTH 3.f

struct _GwRiskBadge
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
  GdkRGBA    colour;
  gboolean   has_colour;
  gboolean   pill;
  gboolean   selected;
};

G_DEFINE_FINAL_TYPE (GwRiskBadge, gw_risk_badge, GTK_TYPE_WIDGET)

static gboolean
wants_dark_text (GwRiskBadge *self)
{
  return gw_colour_wants_dark_text (self->colour.red, self->colour.green, self->colour.blue);
}

static void
update_text_style (GwRiskBadge *self)
{
  GtkWidget *label = GTK_WIDGET (self->label);
  gboolean dark = self->has_colour && wants_dark_text (self);

  gtk_widget_remove_css_class (label, "gw-on-light");
  gtk_widget_remove_css_class (label, "gw-on-dark");
  gtk_widget_remove_css_class (label, "dim-label");
  if (!self->has_colour)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_add_css_class (label, dark ? "gw-on-light" : "gw-on-dark");
}

static void
gw_risk_badge_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  GwRiskBadge *self = GW_RISK_BADGE (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  float radius;
  GskRoundedRect outline;

  if (self->has_colour && width > 0 && height > 0)
    {
      radius = self->pill ? height / 2.f : MIN (8.f, MIN (width, height) / 4.f);
      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), radius);
      gtk_snapshot_push_rounded_clip (snapshot, &outline);
      gtk_snapshot_append_color (snapshot, &self->colour, &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_pop (snapshot);

      if (self->selected)
        {
          const float widths[4] = { RING_WIDTH, RING_WIDTH, RING_WIDTH, RING_WIDTH };
          GdkRGBA ring = { 0, 0, 0, 0.85f };

          if (!wants_dark_text (self))
            ring = (GdkRGBA) { 1, 1, 1, 1 };
          gtk_snapshot_append_border (snapshot, &outline, widths,
                                      (const GdkRGBA[4]) { ring, ring, ring, ring });
        }
    }

  GTK_WIDGET_CLASS (gw_risk_badge_parent_class)->snapshot (widget, snapshot);
}

static void
gw_risk_badge_dispose (GObject *object)
{
  GwRiskBadge *self = GW_RISK_BADGE (object);

  if (self->label != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->label));
      self->label = NULL;
    }

  G_OBJECT_CLASS (gw_risk_badge_parent_class)->dispose (object);
}

static void
gw_risk_badge_class_init (GwRiskBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_risk_badge_dispose;
  widget_class->snapshot = gw_risk_badge_snapshot;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gw-risk-badge");
}

static void
gw_risk_badge_init (GwRiskBadge *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  update_text_style (self);
}

/**
 * gw_risk_badge_new:
 * @pill: a rounded label sized to its text (a level), rather than a
 *   square cell (the heat map)
 */
GtkWidget *
gw_risk_badge_new (gboolean pill)
{
  GwRiskBadge *self = g_object_new (GW_TYPE_RISK_BADGE, NULL);

  self->pill = pill;
  /* A level is short and is never cut: its column is as wide as it. */
  if (pill)
    gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self), pill ? "pill" : "cell");
  return GTK_WIDGET (self);
}

/**
 * gw_risk_badge_set_colour:
 * @colour: (nullable): "#rrggbb", or %NULL for no fill (an unrated risk)
 */
void
gw_risk_badge_set_colour (GwRiskBadge *self,
                          const char  *colour)
{
  GdkRGBA rgba;
  gboolean has = colour != NULL && gdk_rgba_parse (&rgba, colour);

  g_return_if_fail (GW_IS_RISK_BADGE (self));

  if (has == self->has_colour && (!has || gdk_rgba_equal (&rgba, &self->colour)))
    return;

  self->has_colour = has;
  if (has)
    self->colour = rgba;
  update_text_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
gw_risk_badge_set_text (GwRiskBadge *self,
                        const char  *text)
{
  g_return_if_fail (GW_IS_RISK_BADGE (self));
  gtk_label_set_label (self->label, text ? text : "");
}

const char *
gw_risk_badge_get_text (GwRiskBadge *self)
{
  g_return_val_if_fail (GW_IS_RISK_BADGE (self), NULL);
  return gtk_label_get_label (self->label);
}

void
gw_risk_badge_set_selected (GwRiskBadge *self,
                            gboolean     selected)
{
  g_return_if_fail (GW_IS_RISK_BADGE (self));

  selected = !!selected;
  if (self->selected == selected)
    return;
  self->selected = selected;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * gw_risk_badge_show_rating:
 * @matrix: (nullable): the audit's matrix
 *
 * Shows the level of a rating and its score, "High · 12", or "Not rated".
 */
void
gw_risk_badge_show_rating (GwRiskBadge  *self,
                           GwRiskMatrix *matrix,
                           int           likelihood,
                           int           impact)
{
  const GwRiskLevel *level = matrix ? gw_risk_matrix_rate (matrix, likelihood, impact) : NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (GW_IS_RISK_BADGE (self));

  if (level == NULL)
    {
      gw_risk_badge_set_colour (self, NULL);
      gw_risk_badge_set_text (self, C_("risk level", "Not rated"));
      return;
    }

  /* Translators: a risk level and its score, "High · 12" */
  text = g_strdup_printf (C_("risk level", "%s · %d"), level->label,
                          gw_risk_matrix_score (matrix, likelihood, impact));
  gw_risk_badge_set_colour (self, level->colour);
  gw_risk_badge_set_text (self, text);
}
