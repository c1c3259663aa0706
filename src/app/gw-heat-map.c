/* gw-heat-map.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heat map of the Risks view: the audit's risk matrix as a grid,
 * likelihood up the side (the highest at the top) and impact along the
 * bottom, each cell in its level's colour with the number of risks rated
 * there. Inherent | Residual switches which rating is counted. Each cell is
 * a button, so the map works from the keyboard (Tab and the arrow keys) and
 * a screen reader hears "Likely, Major: High, 2 risks"; choosing a cell
 * selects it ("selection-changed") and the Risks view then lists just its
 * risks, choosing it again or Show All clears the choice. A legend gives
 * the scores of each level.
 *
 * The widget only shows counts: the view works them out with
 * gw_risk_matrix_count() and hands them over with gw_heat_map_set_counts().
 */

#define G_LOG_DOMAIN "gw-heat-map"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "gw-heat-map.h"
#include "gw-risk-badge.h"

struct _GwHeatMap
{
  GtkWidget        parent_instance;

  GwRiskMatrix    *matrix;
  GPtrArray       *cells;          /* GtkToggleButton, (likelihood − 1) × n_impact + (impact − 1) */
  guint           *counts;
  int              n_likelihood;
  int              n_impact;
  int              likelihood;     /* the chosen cell, or 0 */
  int              impact;
  gboolean         residual;

  /* Template widgets */
  GtkGrid         *grid;
  GtkToggleButton *inherent_button;
  GtkFlowBox      *legend;
  GtkToggleButton *residual_button;
  GtkWidget       *selection_box;
  GtkLabel        *selection_label;
  GtkLabel        *unrated_label;
};

G_DEFINE_FINAL_TYPE (GwHeatMap, gw_heat_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESIDUAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char likelihood_key[] = "gw-likelihood";
static const char impact_key[] = "gw-impact";

static guint
cell_index (GwHeatMap *self,
            int        likelihood,
            int        impact)
{
  return (likelihood - 1) * self->n_impact + (impact - 1);
}

static gboolean
in_matrix (GwHeatMap *self,
           int        likelihood,
           int        impact)
{
  return likelihood >= 1 && likelihood <= self->n_likelihood && impact >= 1 && impact <= self->n_impact;
}

static GwRiskBadge *
cell_badge (GtkWidget *cell)
{
  return GW_RISK_BADGE (gtk_button_get_child (GTK_BUTTON (cell)));
}

/* What a cell says: its count, and in words for a screen reader. */
static void
update_cell (GwHeatMap *self,
             int        likelihood,
             int        impact)
{
  GtkWidget *cell = g_ptr_array_index (self->cells, cell_index (self, likelihood, impact));
  const GwRiskScalePoint *l = gw_risk_matrix_get_likelihood (self->matrix, likelihood);
  const GwRiskScalePoint *i = gw_risk_matrix_get_impact (self->matrix, impact);
  const GwRiskLevel *level = gw_risk_matrix_rate (self->matrix, likelihood, impact);
  guint n = self->counts ? self->counts[cell_index (self, likelihood, impact)] : 0;
  g_autofree char *count = n > 0 ? g_strdup_printf ("%u", n) : NULL;
  g_autofree char *risks = g_strdup_printf (ngettext ("%u risk", "%u risks", n), n);
  g_autofree char *description = NULL;
  gboolean chosen = likelihood == self->likelihood && impact == self->impact;

  /* Translators: a heat-map cell for a screen reader, "Likely, Major: High, 2 risks" */
  description = g_strdup_printf (_("%s, %s: %s, %s"), l ? l->label : "?", i ? i->label : "?",
                                 level ? level->label : "?", risks);
  gw_risk_badge_set_text (cell_badge (cell), count);
  gw_risk_badge_set_selected (cell_badge (cell), chosen);
  gtk_widget_set_tooltip_text (cell, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);

  /* A chosen cell stands out by dimming the others. */
  if (self->likelihood != 0 && !chosen)
    gtk_widget_add_css_class (cell, "dimmed");
  else
    gtk_widget_remove_css_class (cell, "dimmed");

  /* Pressed for a screen reader; this emits "toggled", not "clicked". */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (cell), chosen);
}

static void
update_selection_label (GwHeatMap *self)
{
  const GwRiskScalePoint *l, *i;
  const GwRiskLevel *level;
  guint n;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->selection_box, self->likelihood != 0);
  if (self->likelihood == 0)
    return;

  l = gw_risk_matrix_get_likelihood (self->matrix, self->likelihood);
  i = gw_risk_matrix_get_impact (self->matrix, self->impact);
  level = gw_risk_matrix_rate (self->matrix, self->likelihood, self->impact);
  n = self->counts ? self->counts[cell_index (self, self->likelihood, self->impact)] : 0;
  text = g_strdup_printf (self->residual
                          /* Translators: the heat-map cell chosen, "Likely × Major (High): 2 risks after treatment" */
                          ? ngettext ("%s × %s (%s): %u risk after treatment",
                                      "%s × %s (%s): %u risks after treatment", n)
                          /* Translators: the heat-map cell chosen, "Likely × Major (High): 2 risks before treatment" */
                          : ngettext ("%s × %s (%s): %u risk before treatment",
                                      "%s × %s (%s): %u risks before treatment", n),
                          l ? l->label : "?", i ? i->label : "?", level ? level->label : "?", n);
  gtk_label_set_label (self->selection_label, text);
}

static void
update_cells (GwHeatMap *self)
{
  for (int l = 1; l <= self->n_likelihood; l++)
    for (int i = 1; i <= self->n_impact; i++)
      update_cell (self, l, i);
  update_selection_label (self);
}

static void
set_selection (GwHeatMap *self,
               int        likelihood,
               int        impact)
{
  if (!in_matrix (self, likelihood, impact))
    likelihood = impact = 0;

  if (likelihood == self->likelihood && impact == self->impact)
    {
      update_cells (self);
      return;
    }

  self->likelihood = likelihood;
  self->impact = impact;
  update_cells (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
cell_clicked_cb (GtkButton *cell,
                 GwHeatMap *self)
{
  int likelihood = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), likelihood_key));
  int impact = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), impact_key));

  /* Choosing the chosen cell again lets go of it. */
  if (likelihood == self->likelihood && impact == self->impact)
    set_selection (self, 0, 0);
  else
    set_selection (self, likelihood, impact);
}

static void
clear_clicked_cb (GwHeatMap *self)
{
  set_selection (self, 0, 0);
}

static void
mode_toggled_cb (GwHeatMap       *self,
                 GtkToggleButton *button)
{
  gw_heat_map_set_residual (self, gtk_toggle_button_get_active (self->residual_button));
}

/* Building the grid --------------------------------------------------------- */

static GtkWidget *
axis_label (const char *text,
            const char *tooltip,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_justify (GTK_LABEL (label), xalign > 0.9 ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* By words only, so a column is never narrower than its longest word. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_widget_set_tooltip_text (label, tooltip);
  gtk_widget_add_css_class (label, "caption");
  return label;
}

static char *
point_tooltip (const GwRiskScalePoint *point)
{
  if (point->description == NULL || *point->description == '\0')
    return g_strdup_printf ("%d · %s", point->value, point->label);
  return g_strdup_printf ("%d · %s: %s", point->value, point->label, point->description);
}

static GtkWidget *
legend_item (GwRiskMatrix *matrix,
             guint         index)
{
  const GwRiskLevel *level = gw_risk_matrix_get_level (matrix, index);
  const GwRiskLevel *next = index + 1 < gw_risk_matrix_get_n_levels (matrix)
                            ? gw_risk_matrix_get_level (matrix, index + 1) : NULL;
  int max = next ? next->min_score - 1
                 : gw_risk_matrix_get_n_likelihood (matrix) * gw_risk_matrix_get_n_impact (matrix);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gw_risk_badge_new (FALSE);
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (max > level->min_score)
    /* Translators: a level of the heat-map legend and its scores, "High 10–16" */
    text = g_strdup_printf (_("%s %d–%d"), level->label, level->min_score, max);
  else
    text = g_strdup_printf ("%s %d", level->label, level->min_score);

  gw_risk_badge_set_colour (GW_RISK_BADGE (swatch), level->colour);
  gtk_widget_set_size_request (swatch, 14, 14);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  if (level->high)
    gtk_widget_set_tooltip_text (box, _("A high risk: its treatment has to be in place"));
  return box;
}

static void
clear_grid (GwHeatMap *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))))
    gtk_grid_remove (self->grid, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend))))
    gtk_flow_box_remove (self->legend, child);
  g_ptr_array_set_size (self->cells, 0);
}

/* Row 0 names the vertical axis; rows 1 … n are the likelihoods, the
 * highest first; then the impacts and the horizontal axis's name. Column 0
 * holds the likelihood labels. */
static void
build_grid (GwHeatMap *self)
{
  g_autoptr(GString) key = NULL;
  GtkWidget *title;

  clear_grid (self);
  g_clear_pointer (&self->counts, g_free);
  self->n_likelihood = self->matrix ? gw_risk_matrix_get_n_likelihood (self->matrix) : 0;
  self->n_impact = self->matrix ? gw_risk_matrix_get_n_impact (self->matrix) : 0;
  if (self->matrix == NULL)
    return;

  title = gtk_label_new (_("Likelihood"));
  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_grid_attach (self->grid, title, 0, 0, 1, 1);

  g_ptr_array_set_size (self->cells, self->n_likelihood * self->n_impact);
  for (int l = self->n_likelihood; l >= 1; l--)
    {
      const GwRiskScalePoint *point = gw_risk_matrix_get_likelihood (self->matrix, l);
      /* No-break spaces: "4 · Likely" wraps only inside a long name. */
      g_autofree char *text = g_strdup_printf ("%d\u00a0·\u00a0%s", l, point->label);
      g_autofree char *tooltip = point_tooltip (point);
      int row = self->n_likelihood - l + 1;
      GtkWidget *label = axis_label (text, tooltip, 1);

      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
      gtk_widget_set_halign (label, GTK_ALIGN_END);
      gtk_grid_attach (self->grid, label, 0, row, 1, 1);

      for (int i = 1; i <= self->n_impact; i++)
        {
          GtkWidget *cell = gtk_toggle_button_new ();
          GtkWidget *badge = gw_risk_badge_new (FALSE);
          const GwRiskLevel *level = gw_risk_matrix_rate (self->matrix, l, i);

          gw_risk_badge_set_colour (GW_RISK_BADGE (badge), level ? level->colour : NULL);
          gtk_widget_set_size_request (badge, 40, 34);
          gtk_button_set_child (GTK_BUTTON (cell), badge);
          gtk_widget_add_css_class (cell, "gw-heat-cell");
          gtk_widget_set_hexpand (cell, TRUE);
          g_object_set_data (G_OBJECT (cell), likelihood_key, GINT_TO_POINTER (l));
          g_object_set_data (G_OBJECT (cell), impact_key, GINT_TO_POINTER (i));
          g_signal_connect_object (cell, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
          gtk_grid_attach (self->grid, cell, i, row, 1, 1);
          g_ptr_array_index (self->cells, cell_index (self, l, i)) = cell;
        }
    }

  /* Impact names do not fit under cells a fifth of the pane wide: the
   * columns are numbered, and the names follow in a key. */
  key = g_string_new (NULL);
  for (int i = 1; i <= self->n_impact; i++)
    {
      const GwRiskScalePoint *point = gw_risk_matrix_get_impact (self->matrix, i);
      g_autofree char *text = g_strdup_printf ("%d", i);
      g_autofree char *tooltip = point_tooltip (point);
      GtkWidget *label = axis_label (text, tooltip, 0.5);

      gtk_widget_set_valign (label, GTK_ALIGN_START);
      gtk_grid_attach (self->grid, label, i, self->n_likelihood + 1, 1, 1);
      /* Translators: an impact in the heat map's key, "3 Moderate"; the key lists them with " · " */
      g_string_append_printf (key, "%s%d\u00a0%s", i > 1 ? " · " : "", i, point->label);
    }

  title = gtk_label_new (_("Impact"));
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_grid_attach (self->grid, title, 1, self->n_likelihood + 2, self->n_impact, 1);

  title = gtk_label_new (key->str);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_grid_attach (self->grid, title, 1, self->n_likelihood + 3, self->n_impact, 1);

  for (guint k = 0; k < gw_risk_matrix_get_n_levels (self->matrix); k++)
    gtk_flow_box_append (self->legend, legend_item (self->matrix, k));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->legend));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  self->counts = g_new0 (guint, self->n_likelihood * self->n_impact);
}

/* GObject ------------------------------------------------------------------ */

static void
gw_heat_map_dispose (GObject *object)
{
  GwHeatMap *self = GW_HEAT_MAP (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_HEAT_MAP);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (gw_heat_map_parent_class)->dispose (object);
}

static void
gw_heat_map_finalize (GObject *object)
{
  g_free (GW_HEAT_MAP (object)->counts);

  G_OBJECT_CLASS (gw_heat_map_parent_class)->finalize (object);
}

static void
gw_heat_map_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_RESIDUAL:
      g_value_set_boolean (value, GW_HEAT_MAP (object)->residual);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_heat_map_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_RESIDUAL:
      gw_heat_map_set_residual (GW_HEAT_MAP (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_heat_map_class_init (GwHeatMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_heat_map_dispose;
  object_class->finalize = gw_heat_map_finalize;
  object_class->get_property = gw_heat_map_get_property;
  object_class->set_property = gw_heat_map_set_property;

  /**
   * GwHeatMap:residual:
   *
   * Whether the cells count the residual ratings (with the treatment in
   * place) rather than the inherent ones.
   */
  properties[PROP_RESIDUAL] =
    g_param_spec_boolean ("residual", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GwHeatMap::selection-changed:
   *
   * A cell was chosen, or the choice let go of.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-heat-map.ui");
  gtk_widget_class_bind_template_child (widget_class, GwHeatMap, grid);
  gtk_widget_class_bind_template_child (widget_class, GwHeatMap, inherent_button);
  gtk_widget_class_bind_template_child (widget_class, GwHeatMap, legend);
  gtk_widget_class_bind_template_child (widget_class, GwHeatMap, residual_button);
  gtk_widget_class_bind_template_child (widget_class, GwHeatMap, selection_box);
  gtk_widget_class_bind_template_child (widget_class, GwHeatMap, selection_label);
  gtk_widget_class_bind_template_child (widget_class, GwHeatMap, unrated_label);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);

  gtk_widget_class_set_css_name (widget_class, "gw-heat-map");
}

static void
gw_heat_map_init (GwHeatMap *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cells = g_ptr_array_new ();
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_heat_map_set_matrix:
 * @matrix: (nullable): the audit's matrix
 *
 * Draws the grid of @matrix with every count at zero, and lets go of the
 * chosen cell.
 */
void
gw_heat_map_set_matrix (GwHeatMap    *self,
                        GwRiskMatrix *matrix)
{
  gboolean had_selection;

  g_return_if_fail (GW_IS_HEAT_MAP (self));

  if (matrix != NULL)
    gw_risk_matrix_ref (matrix);
  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  self->matrix = matrix;

  had_selection = self->likelihood != 0;
  self->likelihood = self->impact = 0;
  build_grid (self);
  update_cells (self);
  gtk_widget_set_visible (GTK_WIDGET (self->unrated_label), FALSE);
  if (had_selection)
    g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/**
 * gw_heat_map_get_matrix:
 *
 * Returns: (transfer none) (nullable): the matrix shown
 */
GwRiskMatrix *
gw_heat_map_get_matrix (GwHeatMap *self)
{
  g_return_val_if_fail (GW_IS_HEAT_MAP (self), NULL);
  return self->matrix;
}

/**
 * gw_heat_map_set_counts:
 * @counts: (array): n_likelihood × n_impact counts, as
 *   gw_risk_matrix_count() returns them
 * @n_unrated: the risks without the rating shown, which no cell holds
 */
void
gw_heat_map_set_counts (GwHeatMap   *self,
                        const guint *counts,
                        guint        n_unrated)
{
  g_return_if_fail (GW_IS_HEAT_MAP (self));

  if (self->counts == NULL)
    return;

  memcpy (self->counts, counts, sizeof (guint) * self->n_likelihood * self->n_impact);
  update_cells (self);

  if (n_unrated > 0)
    {
      g_autofree char *text = g_strdup_printf (self->residual
                                               ? ngettext ("%u risk has no residual rating and is not in the map.",
                                                           "%u risks have no residual rating and are not in the map.",
                                                           n_unrated)
                                               : ngettext ("%u risk is not rated yet and is not in the map.",
                                                           "%u risks are not rated yet and are not in the map.",
                                                           n_unrated),
                                               n_unrated);
      gtk_label_set_label (self->unrated_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unrated_label), n_unrated > 0);
}

gboolean
gw_heat_map_get_residual (GwHeatMap *self)
{
  g_return_val_if_fail (GW_IS_HEAT_MAP (self), FALSE);
  return self->residual;
}

void
gw_heat_map_set_residual (GwHeatMap *self,
                          gboolean   residual)
{
  g_return_if_fail (GW_IS_HEAT_MAP (self));

  residual = !!residual;
  if (residual == self->residual)
    return;

  self->residual = residual;
  gtk_toggle_button_set_active (residual ? self->residual_button : self->inherent_button, TRUE);
  update_selection_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESIDUAL]);
}

/**
 * gw_heat_map_get_selection:
 * @likelihood: (out) (optional): the chosen cell's likelihood, or 0
 * @impact: (out) (optional): its impact, or 0
 *
 * Returns: whether a cell is chosen
 */
gboolean
gw_heat_map_get_selection (GwHeatMap *self,
                           int       *likelihood,
                           int       *impact)
{
  g_return_val_if_fail (GW_IS_HEAT_MAP (self), FALSE);

  if (likelihood)
    *likelihood = self->likelihood;
  if (impact)
    *impact = self->impact;
  return self->likelihood != 0;
}

/* Chooses a cell, or with 0, 0 none. */
void
gw_heat_map_select (GwHeatMap *self,
                    int        likelihood,
                    int        impact)
{
  g_return_if_fail (GW_IS_HEAT_MAP (self));
  set_selection (self, likelihood, impact);
}

/* What the chosen cell holds, "Likely × Major (High): 2 risks before
 * treatment", or NULL when none is chosen. */
const char *
gw_heat_map_get_selection_text (GwHeatMap *self)
{
  g_return_val_if_fail (GW_IS_HEAT_MAP (self), NULL);
  return self->likelihood != 0 ? gtk_label_get_label (self->selection_label) : NULL;
}

/**
 * gw_heat_map_get_cell:
 *
 * Returns: (transfer none) (nullable): the button of a cell
 */
GtkWidget *
gw_heat_map_get_cell (GwHeatMap *self,
                      int        likelihood,
                      int        impact)
{
  g_return_val_if_fail (GW_IS_HEAT_MAP (self), NULL);

  if (!in_matrix (self, likelihood, impact))
    return NULL;
  return g_ptr_array_index (self->cells, cell_index (self, likelihood, impact));
}

guint
gw_heat_map_get_cell_count (GwHeatMap *self,
                            int        likelihood,
                            int        impact)
{
  g_return_val_if_fail (GW_IS_HEAT_MAP (self), 0);

  if (!in_matrix (self, likelihood, impact) || self->counts == NULL)
    return 0;
  return self->counts[cell_index (self, likelihood, impact)];
}

/* The number the cell shows, "" for none. */
const char *
gw_heat_map_get_cell_text (GwHeatMap *self,
                           int        likelihood,
                           int        impact)
{
  GtkWidget *cell = gw_heat_map_get_cell (self, likelihood, impact);

  return cell ? gw_risk_badge_get_text (cell_badge (cell)) : NULL;
}
