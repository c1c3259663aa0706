/* gw-risk-columns.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns of the risk table: what each cell shows and how a click on
 * each header sorts. Text cells are those of the Evidence and Actions
 * tables (gw-table-utils.c); the two level columns show the level as a pill
 * in the matrix colour (GwRiskBadge) with its score. Levels sort by their
 * place on the matrix, then by score, so a "High · 16" comes before a
 * "High · 10"; a risk not rated counts as below the lowest level.
 */

#define G_LOG_DOMAIN "gw-risk-columns"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "gw-risk-badge.h"
#include "gw-risk-columns.h"
#include "gw-risk-item.h"
#include "gw-table-utils.h"
#include "gw-ui-utils.h"
#include "gw-warnings.h"

static const GwRisk *
risk_of (gpointer item)
{
  return gw_risk_item_get_risk (item);
}

/* Cells -------------------------------------------------------------------- */

static char *
ref_text (gpointer item)
{
  return g_strdup (gw_risk_item_get_ref (item));
}

static char *
title_text (gpointer item)
{
  return g_strdup (risk_of (item)->title);
}

static char *
category_text (gpointer item)
{
  return g_strdup (gw_threat_category_to_label (risk_of (item)->category));
}

static char *
asset_text (gpointer item)
{
  return g_strdup (gw_risk_asset_to_label (risk_of (item)->asset));
}

static char *
treatment_text (gpointer item)
{
  return g_strdup (gw_risk_treatment_to_label (risk_of (item)->treatment));
}

/* A high risk whose treatment is not decided is a gap. */
static const char *
treatment_style (gpointer item)
{
  if (risk_of (item)->treatment != GW_RISK_TREATMENT_UNDECIDED)
    return NULL;
  return gw_risk_item_get_high (item) ? "warning" : "dim-label";
}

static char *
owner_text (gpointer item)
{
  const char *owner = risk_of (item)->owner;
  return owner && *owner ? g_strdup (owner) : g_strdup (_("Nobody yet"));
}

static const char *
owner_style (gpointer item)
{
  const char *owner = risk_of (item)->owner;
  return owner && *owner ? NULL : "dim-label";
}

static gboolean
review_due (gpointer item)
{
  const char *date = risk_of (item)->review_date;
  g_autofree char *today = NULL;

  if (!gw_date_is_valid (date))
    return FALSE;
  today = gw_date_today ();
  return strcmp (date, today) < 0;
}

/* A date that has passed is marked by its colour; the column stays narrow. */
static char *
review_text (gpointer item)
{
  g_autofree char *date = gw_format_date (risk_of (item)->review_date);

  return g_steal_pointer (&date);
}

static const char *
review_style (gpointer item)
{
  return review_due (item) ? "warning" : NULL;
}

static char *
measures_text (gpointer item)
{
  guint n = risk_of (item)->n_measures;

  if (n == 0)
    /* Translators: in the Measures column, a risk no measure treats */
    return g_strdup (C_("measures", "None"));
  /* Translators: measures in place of those linked to a risk, "2 of 3" */
  return g_strdup_printf (_("%u of %u"), gw_risk_item_get_n_in_place (item), n);
}

static const char *
measures_style (gpointer item)
{
  guint n = risk_of (item)->n_measures;
  gboolean all = n > 0 && gw_risk_item_get_n_in_place (item) >= n;

  if (all)
    return "success";
  return gw_risk_item_get_high (item) ? "warning" : NULL;
}

/* The level cells ---------------------------------------------------------- */

static void
level_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  residual)
{
  GtkWidget *badge = gw_risk_badge_new (TRUE);

  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (list_item, badge);
}

static void
level_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  residual)
{
  GwRiskBadge *badge = GW_RISK_BADGE (gtk_list_item_get_child (list_item));
  GwRiskItem *item = gtk_list_item_get_item (list_item);
  const GwRisk *r = risk_of (item);

  if (GPOINTER_TO_INT (residual))
    gw_risk_badge_show_rating (badge, gw_risk_item_get_matrix (item), r->residual_likelihood, r->residual_impact);
  else
    gw_risk_badge_show_rating (badge, gw_risk_item_get_matrix (item), r->inherent_likelihood, r->inherent_impact);
}

static GtkListItemFactory *
level_factory (gboolean residual)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (level_setup_cb), GINT_TO_POINTER (residual));
  g_signal_connect (factory, "bind", G_CALLBACK (level_bind_cb), GINT_TO_POINTER (residual));
  return factory;
}

/* Sorters ------------------------------------------------------------------- */

static int
order (int cmp)
{
  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_ids (gconstpointer a, gconstpointer b, gpointer data)
{
  gint64 x = gw_risk_item_get_id ((gpointer) a), y = gw_risk_item_get_id ((gpointer) b);
  return order ((x > y) - (x < y));
}

static int
compare_title (gconstpointer a, gconstpointer b, gpointer data)
{
  int cmp = strcmp (gw_risk_item_get_title_key ((gpointer) a), gw_risk_item_get_title_key ((gpointer) b));
  return cmp != 0 ? order (cmp) : compare_ids (a, b, data);
}

static int
compare_category (gconstpointer a, gconstpointer b, gpointer data)
{
  int cmp = (int) risk_of ((gpointer) a)->category - (int) risk_of ((gpointer) b)->category;
  return cmp != 0 ? order (cmp) : compare_title (a, b, data);
}

static int
compare_asset (gconstpointer a, gconstpointer b, gpointer data)
{
  int cmp = (int) risk_of ((gpointer) a)->asset - (int) risk_of ((gpointer) b)->asset;
  return cmp != 0 ? order (cmp) : compare_title (a, b, data);
}

static int
compare_level (gconstpointer a, gconstpointer b, gpointer residual)
{
  int cmp = gw_risk_item_get_level ((gpointer) a, GPOINTER_TO_INT (residual)) -
            gw_risk_item_get_level ((gpointer) b, GPOINTER_TO_INT (residual));

  if (cmp == 0)
    cmp = gw_risk_item_get_score ((gpointer) a, GPOINTER_TO_INT (residual)) -
          gw_risk_item_get_score ((gpointer) b, GPOINTER_TO_INT (residual));
  return cmp != 0 ? order (cmp) : compare_ids (a, b, NULL);
}

static int
compare_treatment (gconstpointer a, gconstpointer b, gpointer data)
{
  int cmp = (int) risk_of ((gpointer) a)->treatment - (int) risk_of ((gpointer) b)->treatment;
  return cmp != 0 ? order (cmp) : compare_ids (a, b, data);
}

static int
compare_owner (gconstpointer a, gconstpointer b, gpointer data)
{
  int cmp = gw_compare_strings (gw_risk_item_get_owner_key ((gpointer) a),
                                gw_risk_item_get_owner_key ((gpointer) b));
  return cmp != 0 ? order (cmp) : compare_ids (a, b, data);
}

static int
compare_review (gconstpointer a, gconstpointer b, gpointer data)
{
  int cmp = gw_compare_strings (risk_of ((gpointer) a)->review_date, risk_of ((gpointer) b)->review_date);
  return cmp != 0 ? order (cmp) : compare_ids (a, b, data);
}

/* By the share of measures in place; none linked sorts first. */
static int
compare_measures (gconstpointer a, gconstpointer b, gpointer data)
{
  guint na = risk_of ((gpointer) a)->n_measures, nb = risk_of ((gpointer) b)->n_measures;
  guint ia = gw_risk_item_get_n_in_place ((gpointer) a), ib = gw_risk_item_get_n_in_place ((gpointer) b);
  /* ia / na against ib / nb, without division */
  gint64 x = na ? (gint64) ia * MAX (nb, 1) : -1, y = nb ? (gint64) ib * MAX (na, 1) : -1;

  if (x != y)
    return order ((x > y) - (x < y));
  if (na != nb)
    return order ((na > nb) - (na < nb));
  return compare_ids (a, b, data);
}

static GtkSorter *
custom_sorter (GCompareDataFunc func,
               gpointer         data)
{
  return GTK_SORTER (gtk_custom_sorter_new (func, data, NULL));
}

/**
 * gw_risks_columns_add:
 * @columns: (out caller-allocates) (array fixed-size=10): the columns, in
 *   #GwRisksColumn order
 *
 * Adds the risk table's columns to @view.
 */
void
gw_risks_columns_add (GtkColumnView        *view,
                      GtkColumnViewColumn **columns)
{
  columns[GW_RISKS_COLUMN_REF] =
    gw_table_add_column (view, _("Ref"), gw_table_text_factory (ref_text, NULL, 0, 4, 4),
                         custom_sorter (compare_ids, NULL), FALSE);
  columns[GW_RISKS_COLUMN_TITLE] =
    gw_table_add_column (view, _("Risk"), gw_table_text_factory (title_text, NULL, 0, 16, 40),
                         custom_sorter (compare_title, NULL), TRUE);
  columns[GW_RISKS_COLUMN_CATEGORY] =
    gw_table_add_column (view, _("Threat"), gw_table_text_factory (category_text, NULL, 0, 7, 12),
                         custom_sorter (compare_category, NULL), FALSE);
  columns[GW_RISKS_COLUMN_ASSET] =
    gw_table_add_column (view, _("Asset"), gw_table_text_factory (asset_text, NULL, 0, 7, 10),
                         custom_sorter (compare_asset, NULL), FALSE);
  columns[GW_RISKS_COLUMN_INHERENT] =
    gw_table_add_column (view, _("Inherent"), level_factory (FALSE),
                         custom_sorter (compare_level, GINT_TO_POINTER (FALSE)), FALSE);
  columns[GW_RISKS_COLUMN_RESIDUAL] =
    gw_table_add_column (view, _("Residual"), level_factory (TRUE),
                         custom_sorter (compare_level, GINT_TO_POINTER (TRUE)), FALSE);
  columns[GW_RISKS_COLUMN_TREATMENT] =
    gw_table_add_column (view, _("Treatment"), gw_table_text_factory (treatment_text, treatment_style, 0, 8, 10),
                         custom_sorter (compare_treatment, NULL), FALSE);
  columns[GW_RISKS_COLUMN_OWNER] =
    gw_table_add_column (view, _("Owner"), gw_table_text_factory (owner_text, owner_style, 0, 7, 14),
                         custom_sorter (compare_owner, NULL), FALSE);
  columns[GW_RISKS_COLUMN_REVIEW] =
    gw_table_add_column (view, _("Review"), gw_table_text_factory (review_text, review_style, 0, 8, 9),
                         custom_sorter (compare_review, NULL), FALSE);
  columns[GW_RISKS_COLUMN_MEASURES] =
    gw_table_add_column (view, _("Measures"), gw_table_text_factory (measures_text, measures_style, 0, 6, 6),
                         custom_sorter (compare_measures, NULL), FALSE);
}
