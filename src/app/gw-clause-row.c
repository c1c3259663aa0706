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
 * without the list being rebuilt. Rows are reused for other nodes (see the
 * factory below), so a GSignalGroup moves the connections with the node.
 *
 * A row is cheap on purpose: the GTK 4.8 list view keeps about 200 rows
 * alive and makes new ones for every row a search brings into view, so one
 * row is paid for hundreds of times per keystroke. Measured with callgrind
 * on a 5,000-requirement audit, a template made a row some 60% more costly
 * to create than these few lines of C, so this row breaks the house rule of
 * composite templates. The title is a GtkInscription, tooltips are written
 * only when asked for, and the score widgets, which only clause rows need,
 * are made when a row first shows a clause. (Pango attributes on the
 * inscription, tried for the number, cost more than a whole extra label.)
 *
 * gw_clause_row_factory_new() makes the list item factory for a
 * GtkTreeListModel of GwTreeNode: each item is a GtkTreeExpander holding a
 * GwClauseRow. GTK 4.8 does not recycle row widgets (4.12 does): it drops
 * the rows that leave its window of some 200 rows and makes new ones for
 * those that come in, so the factory keeps the dropped ones for reuse.
 */

#define G_LOG_DOMAIN "gw-clause-row"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-clause-row.h"
#include "gw-ui-utils.h"

#define MAX_SPARE_ROWS 256

struct _GwClauseRow
{
  GtkWidget       parent_instance;

  GwTreeNode     *node;
  GSignalGroup   *node_signals;
  const char     *result_class;

  /* Made for informative items only */
  GtkLabel       *maturity_label;

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

/* A principle of 4.2.3 takes a maturity, not a result: once rated, its
 * level ("M2") stands where a result symbol would. */
static void
update_maturity (GwClauseRow *self)
{
  int level = gw_tree_node_get_maturity_current (self->node);
  g_autofree char *text = NULL;

  if (self->maturity_label == NULL)
    {
      self->maturity_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_set_valign (GTK_WIDGET (self->maturity_label), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (GTK_WIDGET (self->maturity_label), "caption-heading");
      gtk_widget_add_css_class (GTK_WIDGET (self->maturity_label), "numeric");
      gtk_widget_add_css_class (GTK_WIDGET (self->maturity_label), "maturity-indicator");
      gtk_widget_insert_after (GTK_WIDGET (self->maturity_label), GTK_WIDGET (self),
                               GTK_WIDGET (self->result_icon));
    }

  /* Translators: a short maturity level in the sidebar, "M" for maturity */
  text = g_strdup_printf (C_("maturity level", "M%d"), level);
  gtk_label_set_text (self->maturity_label, text);
}

static void
update_result (GwClauseRow *self)
{
  GwResult result = gw_tree_node_get_result (self->node);
  const char *css_class = gw_result_css_class (result);
  gboolean rated = gw_tree_node_get_informative (self->node) &&
                   gw_tree_node_get_maturity_current (self->node) != GW_MATURITY_UNSET;

  gtk_widget_set_visible (GTK_WIDGET (self->result_icon), !rated);
  if (rated)
    update_maturity (self);
  if (self->maturity_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->maturity_label), rated);
  if (rated)
    return;

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
  const GwScore *score = gw_tree_node_get_score (self->node);
  g_autofree char *text = NULL;
  double bar;

  if (score->n_requirements == 0 && score->n_informative > 0)
    {
      /* Principles only (4.2.3): the average maturity, and how many of
       * them are rated. */
      if (score->n_maturity > 0)
        /* Translators: a short average maturity in the sidebar, "M" for maturity */
        text = g_strdup_printf (C_("maturity level", "M%.1f"), gw_score_get_maturity_current (score));
      else
        text = g_strdup ("—");
      bar = (double) score->n_maturity / score->n_informative;
    }
  else
    {
      text = gw_format_percent (gw_tree_node_get_readiness (self->node));
      bar = MAX (gw_tree_node_get_progress (self->node), 0.0);
    }

  gtk_label_set_text (self->readiness_label, text);
  gtk_level_bar_set_value (self->progress_bar, MIN (bar, 1.0));
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
    {
      g_autofree char *state = NULL;

      if (!gw_tree_node_get_informative (self->node))
        state = g_strdup (gw_result_to_label (gw_tree_node_get_result (self->node)));
      else if (gw_tree_node_get_maturity_current (self->node) == GW_MATURITY_UNSET)
        state = g_strdup (_("Informative, maturity not rated"));
      else
        /* Translators: the state of a principle of 4.2.3, e.g. "Informative,
         * maturity 2 of 5" */
        state = g_strdup_printf (_("Informative, maturity %d of %d"),
                                 gw_tree_node_get_maturity_current (self->node), GW_MATURITY_MAX);

      /* Translators: the tooltip of a requirement in the sidebar: its ref,
       * its result, then its whole question on the next line */
      return g_strdup_printf (_("%s · %s\n%s"),
                              gw_tree_node_get_number (self->node), state,
                              gw_tree_node_get_title (self->node));
    }

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
  else if (score->n_informative > 0 && score->n_maturity > 0)
    /* Translators: the score part of the tooltip of 4.2.3, e.g. "Informative,
     * scored on maturity only: 2.1 on average, 9 of 9 rated" */
    progress_text = g_strdup_printf (_("Informative, scored on maturity only: %.1f on average, %u of %u rated"),
                                     gw_score_get_maturity_current (score),
                                     score->n_maturity, score->n_informative);
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

/* The title of a top-level clause is bold. GtkInscription of GTK 4.8 does
 * not lay its text out again when a CSS class changes the font, nor when
 * its attributes are cleared, and rows are reused for other nodes: so every
 * title carries an explicit weight. */
static PangoAttrList *
weight_attributes (gboolean bold)
{
  static PangoAttrList *lists[2] = { NULL, NULL };

  if (lists[bold] == NULL)
    {
      lists[bold] = pango_attr_list_new ();
      pango_attr_list_insert (lists[bold],
                              pango_attr_weight_new (bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL));
    }

  return lists[bold];
}

static void
update (GwClauseRow *self)
{
  const char *number;
  gboolean is_clause;

  /* An unbound row is out of sight until it shows another node. */
  if (self->node == NULL)
    return;

  is_clause = gw_tree_node_get_kind (self->node) == GW_TREE_NODE_CLAUSE;
  number = gw_tree_node_get_number (self->node);
  gtk_label_set_text (self->number_label, number);
  gtk_inscription_set_text (self->title_inscription, gw_tree_node_get_title (self->node));
  gtk_inscription_set_attributes (self->title_inscription,
                                  weight_attributes (is_clause &&
                                                     gw_tree_node_get_parent (self->node) == NULL));

  if (is_clause)
    ensure_score_widgets (self);
  if (self->score_box != NULL)
    gtk_widget_set_visible (self->score_box, is_clause);

  if (is_clause)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->result_icon), FALSE);
      if (self->maturity_label != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->maturity_label), FALSE);
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
  self->maturity_label = NULL;
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

  /* An inscription measures a long text by font metrics without laying it
   * out: the list view measures every row it keeps. */
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
  g_signal_group_connect_swapped (self->node_signals, "notify::maturity",
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

/* The row factory */

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               GPtrArray                *spares)
{
  GtkWidget *expander = NULL;

  if (spares->len > 0)
    expander = g_ptr_array_steal_index_fast (spares, spares->len - 1);

  if (expander == NULL)
    {
      expander = g_object_ref_sink (gtk_tree_expander_new ());
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), gw_clause_row_new ());
    }

  gtk_list_item_set_child (item, expander);
  /* The list item unparents its child before "teardown"; this reference
   * keeps the row for the spares. */
  g_object_set_data_full (G_OBJECT (item), "gw-clause-row", expander, g_object_unref);
}

static void
teardown_item_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  GPtrArray                *spares)
{
  GtkWidget *expander = g_object_steal_data (G_OBJECT (item), "gw-clause-row");

  if (expander == NULL)
    return;

  if (gtk_widget_get_parent (expander) != NULL)
    gtk_list_item_set_child (item, NULL);

  if (spares->len < MAX_SPARE_ROWS)
    g_ptr_array_add (spares, expander);
  else
    g_object_unref (expander);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(GwTreeNode) node = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (expander, row);
  gw_clause_row_set_node (GW_CLAUSE_ROW (gtk_tree_expander_get_child (expander)), node);
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));

  gtk_tree_expander_set_list_row (expander, NULL);
  gw_clause_row_set_node (GW_CLAUSE_ROW (gtk_tree_expander_get_child (expander)), NULL);
}

/**
 * gw_clause_row_factory_new:
 *
 * Returns: (transfer full): a factory of rows for a GtkTreeListModel whose
 *   items are #GwTreeNode
 */
GtkListItemFactory *
gw_clause_row_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GPtrArray *spares = g_ptr_array_new_with_free_func (g_object_unref);

  /* The spares live as long as the factory, which outlives its items. */
  g_object_set_data_full (G_OBJECT (factory), "gw-spare-rows", spares,
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), spares);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_item_cb), spares);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item_cb), NULL);

  return factory;
}
