/* gw-readiness-chart.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Overview's chart of the clauses 4 to 10, drawn with GtkSnapshot: for
 * each clause a readiness bar (green from 80 %, amber from 50 %, red below)
 * with its percentage, a thin line under it for progress (how much of the
 * clause has been assessed), and maturity on a 0–5 scale: a bar to the
 * current level and a diamond at the target.
 *
 * Wide, a clause is one line: title, readiness, maturity. Narrow (a phone-
 * sized window) the title goes on a line of its own above the two scales,
 * so the widget asks for its height for the width it gets.
 *
 * Colours come from libadwaita's named colours through the style context
 * (GTK 4.8 has no gtk_widget_get_color), so they follow the light and dark
 * styles and high contrast. A tooltip gives a clause's figures in words,
 * and so does the accessible description.
 */

#define G_LOG_DOMAIN "gw-readiness-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-readiness-chart.h"
#include "gw-ui-utils.h"

#define WIDE_MIN      520     /* below this width, the narrow layout */
#define HEADER_HEIGHT 22
#define ROW_HEIGHT    40
#define NARROW_ROW    70
#define GAP           12
#define VALUE_WIDTH   52
#define LEVELS_WIDTH  64      /* "2.1 ◆ 3.0" */
#define BAR_HEIGHT    12
#define LINE_HEIGHT   3

typedef struct
{
  char   *number;
  char   *title;
  double  readiness;
  double  progress;
  double  maturity_current;
  double  maturity_target;
  guint   n_assessed;
  guint   n_applicable;
} Row;

struct _GwReadinessChart
{
  GtkWidget  parent_instance;

  GArray    *rows;  /* Row */
};

G_DEFINE_FINAL_TYPE (GwReadinessChart, gw_readiness_chart, GTK_TYPE_WIDGET)

typedef struct
{
  gboolean wide;
  int      label_x, label_width;
  int      bar_x, bar_width;
  int      value_x;
  int      maturity_x, maturity_width;
  int      top;        /* of the first row */
  int      row_height;
} Layout;

static void
compute_layout (int     width,
                Layout *l)
{
  l->wide = width >= WIDE_MIN;
  if (l->wide)
    {
      l->label_x = 0;
      l->label_width = CLAMP (width * 0.34, 150, 320);
      l->maturity_width = CLAMP (width * 0.2, 100, 180);
      l->maturity_x = width - LEVELS_WIDTH - l->maturity_width;
      l->value_x = l->maturity_x - GAP * 2 - VALUE_WIDTH;
      l->bar_x = l->label_x + l->label_width + GAP;
      l->bar_width = MAX (40, l->value_x - GAP / 2 - l->bar_x);
      l->top = HEADER_HEIGHT;
      l->row_height = ROW_HEIGHT;
    }
  else
    {
      l->label_x = 0;
      l->label_width = width;
      l->bar_x = 0;
      l->value_x = width - VALUE_WIDTH;
      l->bar_width = MAX (40, l->value_x - GAP / 2);
      l->maturity_x = 0;
      l->maturity_width = width - LEVELS_WIDTH - GAP / 2;
      l->top = 0;
      l->row_height = NARROW_ROW;
    }
}

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->number);
  g_free (row->title);
}

/* Colours ----------------------------------------------------------------- */

static GdkRGBA
named_color (GtkWidget  *widget,
             const char *name,
             const char *fallback)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    gdk_rgba_parse (&color, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

static GdkRGBA
foreground (GtkWidget *widget,
            double     alpha)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color.alpha *= alpha;
  return color;
}

static GdkRGBA
readiness_color (GtkWidget *widget,
                 double     readiness)
{
  if (readiness >= 0.8)
    return named_color (widget, "success_color", "#26a269");
  if (readiness >= 0.5)
    return named_color (widget, "warning_color", "#cd9309");
  return named_color (widget, "error_color", "#c01c28");
}

/* Drawing ------------------------------------------------------------------ */

static void
append_rounded (GtkSnapshot   *snapshot,
                float          x,
                float          y,
                float          width,
                float          height,
                const GdkRGBA *color)
{
  GskRoundedRect rect;
  float radius = height / 2;

  if (width <= 0)
    return;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
  gtk_snapshot_pop (snapshot);
}

static void
append_text (GtkWidget     *widget,
             GtkSnapshot   *snapshot,
             const char    *markup,
             int            x,
             int            y_center,
             int            width,
             PangoAlignment alignment,
             const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  int text_width, text_height;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y_center - text_height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_readiness (GtkWidget   *widget,
                GtkSnapshot *snapshot,
                const Row   *row,
                int          x,
                int          cy,
                int          width)
{
  GdkRGBA track = foreground (widget, 0.1);
  GdkRGBA line_track = foreground (widget, 0.06);
  GdkRGBA accent = named_color (widget, "accent_color", "#1c71d8");
  int bar_y = cy - BAR_HEIGHT / 2 - 2;
  int line_y = bar_y + BAR_HEIGHT + 4;

  append_rounded (snapshot, x, bar_y, width, BAR_HEIGHT, &track);
  if (row->readiness >= 0)
    {
      GdkRGBA fill = readiness_color (widget, row->readiness);
      /* Keep a sliver visible for 0 %, so "assessed, none ready" shows. */
      append_rounded (snapshot, x, bar_y, MAX (BAR_HEIGHT, width * row->readiness), BAR_HEIGHT, &fill);
    }

  append_rounded (snapshot, x, line_y, width, LINE_HEIGHT, &line_track);
  if (row->progress > 0)
    append_rounded (snapshot, x, line_y, MAX (LINE_HEIGHT, width * row->progress), LINE_HEIGHT, &accent);
}

static void
draw_maturity (GtkWidget   *widget,
               GtkSnapshot *snapshot,
               const Row   *row,
               int          x,
               int          cy,
               int          width)
{
  GdkRGBA track = foreground (widget, 0.15);
  GdkRGBA tick = foreground (widget, 0.3);
  GdkRGBA target = foreground (widget, 0.9);
  GdkRGBA accent = named_color (widget, "accent_color", "#1c71d8");

  append_rounded (snapshot, x, cy - 1, width, 2, &track);
  for (int level = 0; level <= 5; level++)
    gtk_snapshot_append_color (snapshot, &tick,
                               &GRAPHENE_RECT_INIT (x + width * level / 5.0 - 0.5, cy - 4, 1, 8));

  if (row->maturity_current >= 0)
    append_rounded (snapshot, x, cy - 4, MAX (8, width * row->maturity_current / 5.0), 8, &accent);

  if (row->maturity_target >= 0)
    {
      /* A diamond: a square turned by 45°. */
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + width * row->maturity_target / 5.0, cy));
      gtk_snapshot_rotate (snapshot, 45);
      gtk_snapshot_append_color (snapshot, &target, &GRAPHENE_RECT_INIT (-4.5, -4.5, 9, 9));
      gtk_snapshot_restore (snapshot);
    }
}

static char *
value_markup (double ratio)
{
  g_autofree char *text = gw_format_percent (ratio);
  return g_markup_printf_escaped ("<b>%s</b>", text);
}

static void
gw_readiness_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  GwReadinessChart *self = GW_READINESS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  GdkRGBA text = foreground (widget, 1.0);
  GdkRGBA dim = foreground (widget, 0.6);
  Layout l;

  compute_layout (width, &l);

  if (l.wide)
    {
      g_autofree char *clause = g_markup_printf_escaped ("<small>%s</small>", _("Clause"));
      g_autofree char *readiness = g_markup_printf_escaped ("<small>%s</small>", _("Readiness · progress"));
      g_autofree char *maturity = g_markup_printf_escaped ("<small>%s</small>", _("Maturity 0–5 · ◆ target"));

      append_text (widget, snapshot, clause, l.label_x, HEADER_HEIGHT / 2, l.label_width, PANGO_ALIGN_LEFT, &dim);
      append_text (widget, snapshot, readiness, l.bar_x, HEADER_HEIGHT / 2, l.bar_width, PANGO_ALIGN_LEFT, &dim);
      append_text (widget, snapshot, maturity, l.maturity_x, HEADER_HEIGHT / 2, l.maturity_width + LEVELS_WIDTH,
                   PANGO_ALIGN_LEFT, &dim);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);
      int y = l.top + i * l.row_height;
      g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>  %s", row->number, row->title);
      g_autofree char *value = value_markup (row->readiness);
      g_autofree char *levels = NULL;

      if (row->maturity_current >= 0)
        levels = g_markup_printf_escaped ("<small>%.1f ◆ %.1f</small>", row->maturity_current,
                                          row->maturity_target);

      if (l.wide)
        {
          int cy = y + l.row_height / 2;

          append_text (widget, snapshot, label, l.label_x, cy, l.label_width, PANGO_ALIGN_LEFT, &text);
          draw_readiness (widget, snapshot, row, l.bar_x, cy, l.bar_width);
          append_text (widget, snapshot, value, l.value_x, cy - 2, VALUE_WIDTH, PANGO_ALIGN_RIGHT, &text);
          draw_maturity (widget, snapshot, row, l.maturity_x + 5, cy - 2, l.maturity_width - 10);
          if (levels != NULL)
            append_text (widget, snapshot, levels, l.maturity_x + l.maturity_width, cy - 2, LEVELS_WIDTH,
                         PANGO_ALIGN_RIGHT, &dim);
        }
      else
        {
          append_text (widget, snapshot, label, l.label_x, y + 11, l.label_width, PANGO_ALIGN_LEFT, &text);
          draw_readiness (widget, snapshot, row, l.bar_x, y + 34, l.bar_width);
          append_text (widget, snapshot, value, l.value_x, y + 32, VALUE_WIDTH, PANGO_ALIGN_RIGHT, &text);
          draw_maturity (widget, snapshot, row, l.maturity_x + 5, y + 56, l.maturity_width - 10);
          if (levels != NULL)
            append_text (widget, snapshot, levels, width - LEVELS_WIDTH, y + 56, LEVELS_WIDTH,
                         PANGO_ALIGN_RIGHT, &dim);
        }
    }
}

/* Size -------------------------------------------------------------------- */

static GtkSizeRequestMode
gw_readiness_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
gw_readiness_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GwReadinessChart *self = GW_READINESS_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
    }
  else
    {
      Layout l;

      compute_layout (for_size < 0 ? WIDE_MIN : for_size, &l);
      *minimum = *natural = l.top + self->rows->len * l.row_height;
    }
}

/* Words ------------------------------------------------------------------- */

static char *
describe_row (const Row *row)
{
  g_autofree char *readiness = gw_format_percent (row->readiness);
  g_autofree char *progress = gw_format_percent (row->progress);
  g_autofree char *maturity = NULL;

  if (row->maturity_current >= 0)
    maturity = g_strdup_printf (_("maturity %.1f, target %.1f"), row->maturity_current, row->maturity_target);
  else
    maturity = g_strdup (_("no maturity rated"));

  /* Translators: "4 Context of the organization: readiness 72 %, progress 90 % (18 of 20 assessed), maturity 2.1, target 3.0" */
  return g_strdup_printf (_("%s %s: readiness %s, progress %s (%u of %u assessed), %s"),
                          row->number, row->title, readiness, progress,
                          row->n_assessed, row->n_applicable, maturity);
}

static gboolean
gw_readiness_chart_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_mode,
                                  GtkTooltip *tooltip)
{
  GwReadinessChart *self = GW_READINESS_CHART (widget);
  g_autofree char *text = NULL;
  Layout l;
  int index;

  compute_layout (gtk_widget_get_width (widget), &l);
  index = (y - l.top) / l.row_height;
  if (y < l.top || index < 0 || (guint) index >= self->rows->len)
    return FALSE;

  text = describe_row (&g_array_index (self->rows, Row, index));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GObject ------------------------------------------------------------------ */

static void
gw_readiness_chart_finalize (GObject *object)
{
  GwReadinessChart *self = GW_READINESS_CHART (object);

  g_array_unref (self->rows);

  G_OBJECT_CLASS (gw_readiness_chart_parent_class)->finalize (object);
}

static void
gw_readiness_chart_class_init (GwReadinessChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = gw_readiness_chart_finalize;
  widget_class->snapshot = gw_readiness_chart_snapshot;
  widget_class->measure = gw_readiness_chart_measure;
  widget_class->get_request_mode = gw_readiness_chart_get_request_mode;
  widget_class->query_tooltip = gw_readiness_chart_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "readiness-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
gw_readiness_chart_init (GwReadinessChart *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
gw_readiness_chart_new (void)
{
  return g_object_new (GW_TYPE_READINESS_CHART, NULL);
}

/**
 * gw_readiness_chart_set_rows:
 * @rows: (array length=n_rows): the clauses, copied
 */
void
gw_readiness_chart_set_rows (GwReadinessChart *self,
                             const GwChartRow *rows,
                             guint             n_rows)
{
  g_autofree char *description = NULL;
  guint old_len;

  g_return_if_fail (GW_IS_READINESS_CHART (self));

  old_len = self->rows->len;
  g_array_set_size (self->rows, 0);
  for (guint i = 0; i < n_rows; i++)
    {
      Row row = {
        g_strdup (rows[i].number), g_strdup (rows[i].title),
        rows[i].readiness, rows[i].progress, rows[i].maturity_current, rows[i].maturity_target,
        rows[i].n_assessed, rows[i].n_applicable,
      };
      g_array_append_val (self->rows, row);
    }

  description = gw_readiness_chart_describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);

  if (old_len != n_rows)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
gw_readiness_chart_get_n_rows (GwReadinessChart *self)
{
  g_return_val_if_fail (GW_IS_READINESS_CHART (self), 0);
  return self->rows->len;
}

/**
 * gw_readiness_chart_describe:
 *
 * Returns: (transfer full): the chart in words, one clause a line
 */
char *
gw_readiness_chart_describe (GwReadinessChart *self)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (GW_IS_READINESS_CHART (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      g_autofree char *line = describe_row (&g_array_index (self->rows, Row, i));
      g_string_append_printf (s, "%s%s", i > 0 ? "\n" : "", line);
    }
  return g_string_free (s, FALSE);
}
