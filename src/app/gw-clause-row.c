/* gw-clause-row.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of the clause sidebar, inside the GtkTreeExpander that the
 * sidebar's list item factory creates. A clause row shows its number, its
 * title and a small score: readiness as a figure ("—" while nothing in it
 * is assessed) over a thin bar of progress. A requirement row shows its
 * result as a coloured symbol, its ref and the start of its question.
 *
 * The row never reads the audit: it shows a GwTreeNode and follows the
 * node's notifications, so a result set in the editor reaches the row
 * without the list being rebuilt. Rows are recycled by the list view, so
 * the node changes often; a GSignalGroup moves the connections with it.
 *
 * A row is cheap on purpose: the GTK 4.8 list view keeps about 200 rows
 * alive and makes new ones for every row a search brings into view, so one
 * row is paid for hundreds of times per keystroke. Measured with callgrind
 * on a 5,000-requirement audit, a template made the row three times as
 * costly as these few lines of C, so this row breaks the house rule of
 * composite templates. The title is a GtkInscription, tooltips are written
 * only when asked for, and the score widgets, which only clause rows need,
 * are made when a row first shows a clause. (Pango attributes on the
 * inscription, tried for the number, cost more than a whole extra label.)
 */

#define G_LOG_DOMAIN "gw-clause-row"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-clause-row.h"
#include "gw-ui-utils.h"

struct _GwClauseRow
{
  GtkWidget       parent_instance;

  GwTreeNode     *node;
  GSignalGroup   *node_signals;
  const char     *result_class;

  /* Made for clause rows only */
  GtkWidget      *score_box;
  GtkLabel       *readiness_label;
  GtkLevelBar    *progress_bar;

  GtkImage       *result_icon;
  GtkLabel       *number_label;
  GtkInscription *title_inscription;
};

G_DEFINE_FINAL_TYPE (GwClauseRow, gw_clause_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_result (GwClauseRow *self)
{
  GwResult result = gw_tree_node_get_result (self->node);
  const char *css_class = gw_result_css_class (result);

  gtk_image_set_from_icon_name (self->result_icon, gw_result_icon_name (result));
  if (self->result_class != css_class)
    {
      if (self->result_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self->result_icon), self->result_class);
      gtk_widget_add_css_class (GTK_WIDGET (self->result_icon), css_class);
      self->result_class = css_class;
    }

  /* The symbol's shape and colour say the result; a screen reader says
   * its name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gw_result_to_label (result),
                                  -1);
}

static void
update_score (GwClauseRow *self)
{
  g_autofree char *readiness_text = gw_format_percent (gw_tree_node_get_readiness (self->node));

  gtk_label_set_text (self->readiness_label, readiness_text);
  gtk_level_bar_set_value (self->progress_bar, MAX (gw_tree_node_get_progress (self->node), 0.0));
}

/* Tooltips are written when asked for rather than for every row the list
 * makes. */
static char *
describe (GwClauseRow *self)
{
  const GwScore *score;
  g_autofree char *readiness_text = NULL;
  g_autofree char *progress_text = NULL;

  if (gw_tree_node_get_kind (self->node) == GW_TREE_NODE_REQUIREMENT)
    /* Translators: the tooltip of a requirement in the sidebar: its ref, its
     * result, then its whole question on the next line */
    return g_strdup_printf (_("%s · %s\n%s"),
                            gw_tree_node_get_number (self->node),
                            gw_result_to_label (gw_tree_node_get_result (self->node)),
                            gw_tree_node_get_title (self->node));

  score = gw_tree_node_get_score (self->node);
  readiness_text = gw_format_percent (gw_tree_node_get_readiness (self->node));

  if (score->n_applicable > 0)
    /* Translators: the score part of a clause's tooltip, e.g. "Readiness 72% ·
     * 12 of 30 applicable requirements assessed" */
    progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Readiness %s · %u of %u applicable requirement assessed",
                                                  "Readiness %s · %u of %u applicable requirements assessed",
                                                  score->n_applicable),
                                     readiness_text, score->n_assessed, score->n_applicable);
  else if (score->n_informative > 0)
    progress_text = g_strdup (_("Informative — scored on maturity only"));
  else
    progress_text = g_strdup (_("No applicable requirements"));

  return g_strdup_printf ("%s %s\n%s",
                          gw_tree_node_get_number (self->node),
                          gw_tree_node_get_title (self->node),
                          progress_text);
}

static gboolean
query_tooltip_cb (GwClauseRow *self,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = NULL;

  if (self->node == NULL)
    return FALSE;

  text = describe (self);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ensure_score_widgets (GwClauseRow *self)
{
  if (self->score_box != NULL)
    return;

  self->score_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_valign (self->score_box, GTK_ALIGN_CENTER);

  self->readiness_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->readiness_label, 1.0);
  gtk_label_set_width_chars (self->readiness_label, 4);
  gtk_widget_add_css_class (GTK_WIDGET (self->readiness_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->readiness_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->readiness_label), "dim-label");
  gtk_box_append (GTK_BOX (self->score_box), GTK_WIDGET (self->readiness_label));

  /* Progress is one continuous bar in the accent colour: the default
   * offsets would paint a low figure in the warning colour, which reads as
   * a problem when it only means "not done yet". */
  self->progress_bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0.0, 1.0));
  gtk_level_bar_remove_offset_value (self->progress_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->progress_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->progress_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (GTK_WIDGET (self->progress_bar), 36, -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_bar), "clause-progress");
  gtk_box_append (GTK_BOX (self->score_box), GTK_WIDGET (self->progress_bar));

  gtk_widget_set_parent (self->score_box, GTK_WIDGET (self));
}

static void
update (GwClauseRow *self)
{
  gboolean is_clause;

  if (self->node == NULL)
    {
      gtk_inscription_set_text (self->title_inscription, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->result_icon), FALSE);
      if (self->score_box != NULL)
        gtk_widget_set_visible (self->score_box, FALSE);
      return;
    }

  is_clause = gw_tree_node_get_kind (self->node) == GW_TREE_NODE_CLAUSE;
  gtk_label_set_text (self->number_label, gw_tree_node_get_number (self->node));
  gtk_inscription_set_text (self->title_inscription, gw_tree_node_get_title (self->node));

  gtk_widget_set_visible (GTK_WIDGET (self->result_icon), !is_clause);
  if (is_clause)
    ensure_score_widgets (self);
  if (self->score_box != NULL)
    gtk_widget_set_visible (self->score_box, is_clause);

  if (is_clause)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->number_label), "dim-label");
      gtk_widget_remove_css_class (GTK_WIDGET (self->number_label), "caption");
      if (gw_tree_node_get_parent (self->node) == NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self), "top-level");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "top-level");
      update_score (self);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->number_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->number_label), "caption");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "top-level");
      update_result (self);
    }
}

static void
node_notify_cb (GwClauseRow *self,
                GParamSpec  *pspec,
                GwTreeNode  *node)
{
  if (node != self->node)
    return;

  if (gw_tree_node_get_kind (node) == GW_TREE_NODE_CLAUSE)
    update_score (self);
  else
    update_result (self);
}

/* GObject overrides */

static void
gw_clause_row_dispose (GObject *object)
{
  GwClauseRow *self = (GwClauseRow *) object;
  GtkWidget *child;

  if (self->node_signals != NULL)
    g_signal_group_set_target (self->node_signals, NULL);
  g_clear_object (&self->node_signals);
  g_clear_object (&self->node);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->result_icon = NULL;
  self->number_label = NULL;
  self->title_inscription = NULL;
  self->score_box = NULL;

  G_OBJECT_CLASS (gw_clause_row_parent_class)->dispose (object);
}

static void
gw_clause_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GwClauseRow *self = GW_CLAUSE_ROW (object);

  switch (prop_id)
    {
    case PROP_NODE:
      g_value_set_object (value, self->node);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_clause_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GwClauseRow *self = GW_CLAUSE_ROW (object);

  switch (prop_id)
    {
    case PROP_NODE:
      gw_clause_row_set_node (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_clause_row_class_init (GwClauseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_clause_row_dispose;
  object_class->get_property = gw_clause_row_get_property;
  object_class->set_property = gw_clause_row_set_property;

  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL, GW_TYPE_TREE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "clauserow");
}

static void
gw_clause_row_init (GwClauseRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (widget)), 8);
  gtk_widget_set_hexpand (widget, TRUE);

  self->result_icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->result_icon), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self->result_icon), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->result_icon), "result-indicator");
  gtk_widget_set_parent (GTK_WIDGET (self->result_icon), widget);

  self->number_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->number_label), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->number_label), "numeric");
  gtk_widget_set_parent (GTK_WIDGET (self->number_label), widget);

  self->title_inscription = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  gtk_inscription_set_text_overflow (self->title_inscription, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (self->title_inscription, 28);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_inscription), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->title_inscription), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (self->title_inscription), widget);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  self->node_signals = g_signal_group_new (GW_TYPE_TREE_NODE);
  g_signal_group_connect_swapped (self->node_signals, "notify::result",
                                  G_CALLBACK (node_notify_cb), self);
  g_signal_group_connect_swapped (self->node_signals, "notify::score",
                                  G_CALLBACK (node_notify_cb), self);
}

/* Public API */

GtkWidget *
gw_clause_row_new (void)
{
  return g_object_new (GW_TYPE_CLAUSE_ROW, NULL);
}

/**
 * gw_clause_row_get_node:
 *
 * Returns: (transfer none) (nullable): the node the row shows
 */
GwTreeNode *
gw_clause_row_get_node (GwClauseRow *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_ROW (self), NULL);
  return self->node;
}

void
gw_clause_row_set_node (GwClauseRow *self,
                        GwTreeNode  *node)
{
  g_return_if_fail (GW_IS_CLAUSE_ROW (self));
  g_return_if_fail (node == NULL || GW_IS_TREE_NODE (node));

  if (!g_set_object (&self->node, node))
    return;

  g_signal_group_set_target (self->node_signals, node);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE]);
}
