/* gw-risks-view.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Risks view: the heat map of the audit's risk matrix (GwHeatMap) in a
 * side pane, beside the risk register as a table — ref, title, threat,
 * asset, inherent and residual level, treatment, owner, review date and
 * how many of its measures are in place — sorted by inherent level, the
 * highest first, until a header is clicked. Choosing a cell of the map
 * lists just the risks rated there; the search narrows by words. Opening a
 * row (Enter, a double click) opens it in GwRiskDialog. In a narrow window
 * the map folds away behind a button in the toolbar.
 *
 * The pipeline, built in init():
 *
 *   GListStore<GwRiskItem>     in id order
 *    └ GtkSortListModel        sorter = the column view's sorter
 *       └ GtkFilterListModel   GtkCustomFilter: words, heat-map cell
 *          └ GtkSingleSelection
 *             └ GtkColumnView
 *
 * A register holds tens of risks, not thousands, so it is read whole: the
 * first time the view is shown, and again (in an idle) after the audit
 * says a risk, a measure or the matrix changed. Reading it again updates
 * the items in place and emits an exact change only for the rows whose
 * content changed, so the selection and the scroll position stay.
 */

#define G_LOG_DOMAIN "gw-risks-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-heat-map.h"
#include "gw-risk-columns.h"
#include "gw-risk-dialog.h"
#include "gw-risk-item.h"
#include "gw-risks-view.h"
#include "gw-table-utils.h"
#include "gw-ui-utils.h"

struct _GwRisksView
{
  GtkWidget            parent_instance;

  GwAudit             *audit;
  GwRiskMatrix        *matrix;
  GListStore          *store;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;
  GHashTable          *items;             /* gint64 id → GwRiskItem (borrowed) */
  GtkColumnViewColumn *columns[GW_RISKS_N_COLUMNS];
  char                *count_text;

  /* Filter state */
  char               **words;
  char                *search_text;

  /* Loading and live updates */
  gboolean             loaded;
  guint                reload_source;
  guint                fold_source;
  gint64               select_when_loaded;

  /* Template widgets */
  GtkButton           *add_button;
  GtkLabel            *cell_label;
  GtkRevealer         *cell_revealer;
  GtkColumnView       *column_view;
  GtkLabel            *count_label;
  GtkButton           *empty_add_button;
  AdwFlap             *flap;
  GwHeatMap           *heat_map;
  GtkStack            *outer_stack;
  GtkSearchEntry      *search_entry;
  GtkSpinner          *spinner;
  GtkStack            *stack;
};

G_DEFINE_FINAL_TYPE (GwRisksView, gw_risks_view, GTK_TYPE_WIDGET)

/* Filtering ---------------------------------------------------------------- */

static gboolean
in_chosen_cell (GwRisksView *self,
                GwRiskItem  *item)
{
  const GwRisk *r = gw_risk_item_get_risk (item);
  int likelihood, impact;

  if (!gw_heat_map_get_selection (self->heat_map, &likelihood, &impact))
    return TRUE;
  if (gw_heat_map_get_residual (self->heat_map))
    return r->residual_likelihood == likelihood && r->residual_impact == impact;
  return r->inherent_likelihood == likelihood && r->inherent_impact == impact;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GwRisksView *self = user_data;

  if (!in_chosen_cell (self, item))
    return FALSE;
  return self->words == NULL || gw_text_matches (gw_risk_item_get_search_text (item), self->words);
}

static void
apply_search (GwRisksView *self,
              const char  *text)
{
  GtkFilterChange change;

  if (gw_search_update (&self->search_text, &self->words, text, &change))
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
search_changed_cb (GwRisksView    *self,
                   GtkSearchEntry *entry)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
stop_search_cb (GwRisksView    *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
clear_filters_cb (GwRisksView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self, "");
  gw_heat_map_select (self->heat_map, 0, 0);
}

/* Folded, the map is out of sight: a bar over the table says which cell
 * the table shows. */
static void
update_cell_bar (GwRisksView *self)
{
  const char *text = gw_heat_map_get_selection_text (self->heat_map);

  gtk_label_set_label (self->cell_label, text);
  gtk_revealer_set_reveal_child (self->cell_revealer, text != NULL && adw_flap_get_folded (self->flap));
}

static void
show_all_cells_cb (GwRisksView *self)
{
  gw_heat_map_select (self->heat_map, 0, 0);
}

static void
cell_chosen_cb (GwRisksView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_cell_bar (self);

  /* Folded, the map covers the table: show what was chosen. */
  if (adw_flap_get_folded (self->flap) && gw_heat_map_get_selection (self->heat_map, NULL, NULL))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* The counts of the map ----------------------------------------------------- */

static void
update_counts (GwRisksView *self)
{
  g_autoptr(GPtrArray) risks = g_ptr_array_new ();
  g_autofree guint *counts = NULL;
  gboolean residual = gw_heat_map_get_residual (self->heat_map);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint n_unrated = 0;

  if (self->matrix == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwRiskItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      g_ptr_array_add (risks, (gpointer) gw_risk_item_get_risk (item));
      if (gw_risk_item_get_score (item, residual) == 0)
        n_unrated++;
    }

  counts = gw_risk_matrix_count (self->matrix, risks, residual);
  gw_heat_map_set_counts (self->heat_map, counts, n_unrated);
  update_cell_bar (self);
}

static void
residual_changed_cb (GwRisksView *self)
{
  update_counts (self);
  if (gw_heat_map_get_selection (self->heat_map, NULL, NULL))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* What the view shows ---------------------------------------------------- */

static gboolean
update_columns_cb (gpointer data)
{
  GwRisksView *self = data;
  gboolean folded = adw_flap_get_folded (self->flap);
  static const GwRisksColumn wide_only[] = {
    GW_RISKS_COLUMN_REF, GW_RISKS_COLUMN_CATEGORY, GW_RISKS_COLUMN_ASSET, GW_RISKS_COLUMN_TREATMENT,
    GW_RISKS_COLUMN_OWNER, GW_RISKS_COLUMN_REVIEW, GW_RISKS_COLUMN_MEASURES,
  };

  self->fold_source = 0;

  /* In a narrow window the table keeps what the risk is and how bad, before
   * and after treatment; the rest is one row activation away. */
  for (guint i = 0; i < G_N_ELEMENTS (wide_only); i++)
    gtk_column_view_column_set_visible (self->columns[wide_only[i]], !folded);
  update_cell_bar (self);
  return G_SOURCE_REMOVE;
}

/* Columns change after the allocation that folded the pane, not inside it. */
static void
flap_folded_cb (GwRisksView *self)
{
  if (self->fold_source == 0)
    self->fold_source = g_idle_add (update_columns_cb, self);
}

static void
update_state (GwRisksView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *shown_text = gw_format_number (shown);
  g_autofree char *total_text = gw_format_number (total);
  gboolean writable = self->audit && !gw_audit_get_closed (self->audit) && !gw_audit_get_read_only (self->audit);

  g_clear_pointer (&self->count_text, g_free);
  if (shown == total)
    self->count_text = g_strdup_printf (ngettext ("%s risk", "%s risks", total), total_text);
  else
    /* Translators: "3 of 15 risks" */
    self->count_text = g_strdup_printf (ngettext ("%s of %s risk", "%s of %s risks", total),
                                        shown_text, total_text);
  gtk_label_set_label (self->count_label, self->count_text);

  if (!self->loaded)
    gtk_stack_set_visible_child_name (self->outer_stack, "loading");
  else if (total == 0)
    gtk_stack_set_visible_child_name (self->outer_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->outer_stack, "register");
  gtk_stack_set_visible_child_name (self->stack, shown == 0 && total > 0 ? "no-results" : "table");

  gtk_spinner_set_spinning (self->spinner, !self->loaded && self->audit != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->empty_add_button), writable);
}

/* Opening and adding ------------------------------------------------------- */

static void
dialog_risk_id_cb (GwRisksView  *self,
                   GParamSpec   *pspec,
                   GwRiskDialog *dialog)
{
  gint64 id = gw_risk_dialog_get_risk_id (dialog);

  if (id != 0)
    gw_risks_view_select_risk (self, id);
}

static void
add_clicked_cb (GwRisksView *self)
{
  gw_risks_view_open_risk (self, 0);
}

static void
row_activated_cb (GwRisksView   *self,
                  guint          position,
                  GtkColumnView *view)
{
  g_autoptr(GwRiskItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL)
    gw_risks_view_open_risk (self, gw_risk_item_get_id (item));
}

/* Reading the register ------------------------------------------------------ */

static guint
find_position (GwRisksView *self,
               gint64       id,
               gboolean    *found)
{
  guint lo = 0, hi = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(GwRiskItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), mid);
      gint64 mid_id = gw_risk_item_get_id (item);

      if (mid_id == id)
        {
          *found = TRUE;
          return mid;
        }
      if (mid_id < id)
        lo = mid + 1;
      else
        hi = mid;
    }

  *found = FALSE;
  return lo;
}

static int
compare_risk_ids (gconstpointer a,
                  gconstpointer b)
{
  const GwRisk *x = *(const GwRisk **) a, *y = *(const GwRisk **) b;
  return (x->id > y->id) - (x->id < y->id);
}

/* How many measures of each risk are in place: risk id → count. */
static GHashTable *
count_in_place (GwRisksView  *self,
                GError      **error)
{
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (self->audit, error);
  g_autoptr(GArray) links = NULL;
  g_autoptr(GHashTable) in_place = NULL;
  GHashTable *counts;

  if (measures == NULL)
    return NULL;
  links = gw_audit_list_risk_links (self->audit, GW_RISK_LINK_MEASURE, error);
  if (links == NULL)
    return NULL;

  in_place = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < measures->len; i++)
    {
      GwMeasure *m = g_ptr_array_index (measures, i);
      if (gw_measure_is_in_place (m))
        g_hash_table_add (in_place, &m->id);
    }

  counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < links->len; i++)
    {
      GwRiskLink *link = &g_array_index (links, GwRiskLink, i);
      guint n;

      if (!g_hash_table_contains (in_place, &link->target_id))
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &link->risk_id));
      g_hash_table_replace (counts, g_memdup2 (&link->risk_id, sizeof link->risk_id), GUINT_TO_POINTER (n + 1));
    }
  return counts;
}

static void
set_matrix (GwRisksView  *self,
            GwRiskMatrix *matrix)
{
  if (matrix == self->matrix)
    return;

  if (matrix != NULL)
    gw_risk_matrix_ref (matrix);
  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  self->matrix = matrix;
  gw_heat_map_set_matrix (self->heat_map, matrix);
}

/* Reads the register and brings the store in line with it. */
static gboolean
reload (GwRisksView  *self,
        GError      **error)
{
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GHashTable) in_place = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gint64 *key;

  set_matrix (self, gw_audit_get_risk_matrix (self->audit));

  risks = gw_audit_list_risks (self->audit, error);
  if (risks == NULL)
    return FALSE;
  in_place = count_in_place (self, error);
  if (in_place == NULL)
    return FALSE;

  /* The records move into the items. */
  g_ptr_array_sort (risks, compare_risk_ids);
  g_ptr_array_set_free_func (risks, NULL);
  for (guint i = 0; i < risks->len; i++)
    {
      GwRisk *risk = g_ptr_array_index (risks, i);
      gint64 id = risk->id;
      guint n_in_place = GPOINTER_TO_UINT (g_hash_table_lookup (in_place, &id));
      GwRiskItem *item = g_hash_table_lookup (self->items, &id);
      gboolean found = FALSE;
      guint position = find_position (self, id, &found);

      if (item != NULL && found)
        {
          /* Same object, new content: one exact change at its position.
           * The splice drops the store's reference before it takes the
           * new one, so the item is held across it. */
          if (gw_risk_item_set_risk (item, risk, self->matrix, n_in_place))
            {
              g_autoptr(GwRiskItem) held = g_object_ref (item);

              g_list_store_splice (self->store, position, 1, (gpointer *) &held, 1);
            }
        }
      else
        {
          g_autoptr(GwRiskItem) added = gw_risk_item_new (risk, self->matrix, n_in_place);

          g_hash_table_insert (self->items, g_memdup2 (&id, sizeof id), added);
          g_list_store_insert (self->store, position, added);
          item = added;
        }
      g_hash_table_add (seen, (gpointer) &gw_risk_item_get_risk (item)->id);
    }

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (seen, key))
      g_array_append_val (gone, *key);
  for (guint i = 0; i < gone->len; i++)
    {
      gint64 id = g_array_index (gone, gint64, i);
      gboolean found = FALSE;
      guint position = find_position (self, id, &found);

      if (found)
        g_list_store_remove (self->store, position);
      g_hash_table_remove (self->items, &id);
    }

  update_counts (self);
  return TRUE;
}

static gboolean
reload_cb (gpointer data)
{
  GwRisksView *self = data;
  g_autoptr(GError) error = NULL;

  self->reload_source = 0;
  if (self->audit == NULL || gw_audit_get_closed (self->audit))
    return G_SOURCE_REMOVE;

  if (!reload (self, &error))
    gw_toast_error (GTK_WIDGET (self), self->loaded ? _("The risk register could not be updated")
                                                   : _("The risk register could not be read"), error);
  self->loaded = TRUE;
  update_state (self);

  if (self->select_when_loaded != 0)
    {
      gint64 id = self->select_when_loaded;

      self->select_when_loaded = 0;
      if (g_hash_table_contains (self->items, &id))
        gw_risks_view_select_risk (self, id);
    }
  return G_SOURCE_REMOVE;
}

static void
queue_reload (GwRisksView *self,
              int          priority)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (priority, reload_cb, self, NULL);
}

static void
audit_changed_cb (GwRisksView *self,
                  const char  *entity,
                  gint64       id,
                  GwAudit     *audit)
{
  if (!self->loaded)
    return;
  if (g_str_equal (entity, "risk") || g_str_equal (entity, "measure") || g_str_equal (entity, "risk-matrix"))
    queue_reload (self, G_PRIORITY_HIGH_IDLE);
}

static void
gw_risks_view_map (GtkWidget *widget)
{
  GwRisksView *self = GW_RISKS_VIEW (widget);

  GTK_WIDGET_CLASS (gw_risks_view_parent_class)->map (widget);

  if (!self->loaded && self->audit != NULL)
    queue_reload (self, G_PRIORITY_DEFAULT_IDLE);
}

/* GObject ------------------------------------------------------------------ */

static void
gw_risks_view_dispose (GObject *object)
{
  GwRisksView *self = GW_RISKS_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->fold_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_RISKS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->audit);
  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->items, g_hash_table_unref);

  G_OBJECT_CLASS (gw_risks_view_parent_class)->dispose (object);
}

static void
gw_risks_view_finalize (GObject *object)
{
  GwRisksView *self = GW_RISKS_VIEW (object);

  g_strfreev (self->words);
  g_free (self->search_text);
  g_free (self->count_text);

  G_OBJECT_CLASS (gw_risks_view_parent_class)->finalize (object);
}

static void
gw_risks_view_class_init (GwRisksViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_risks_view_dispose;
  object_class->finalize = gw_risks_view_finalize;
  widget_class->map = gw_risks_view_map;

  g_type_ensure (GW_TYPE_HEAT_MAP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-risks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, add_button);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, cell_label);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, cell_revealer);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, column_view);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, count_label);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, flap);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, heat_map);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, outer_stack);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, spinner);
  gtk_widget_class_bind_template_child (widget_class, GwRisksView, stack);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cell_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, flap_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, residual_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_all_cells_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

static void
gw_risks_view_init (GwRisksView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gw_risks_columns_add (self->column_view, self->columns);
  gw_table_enable_tooltips (self->column_view);

  self->store = g_list_store_new (GW_TYPE_RISK_ITEM);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* The worst first. */
  gtk_column_view_sort_by_column (self->column_view, self->columns[GW_RISKS_COLUMN_INHERENT],
                                  GTK_SORT_DESCENDING);

  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  update_state (self);
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_risks_view_set_audit:
 * @audit: (nullable): the audit to show
 *
 * The register is read the first time the view is shown.
 */
void
gw_risks_view_set_audit (GwRisksView *self,
                         GwAudit     *audit)
{
  g_return_if_fail (GW_IS_RISKS_VIEW (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_data (self->audit, self);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_hash_table_remove_all (self->items);
  g_list_store_remove_all (self->store);
  self->loaded = FALSE;
  self->select_when_loaded = 0;
  g_set_object (&self->audit, audit);
  set_matrix (self, NULL);
  clear_filters_cb (self);
  gw_heat_map_set_residual (self->heat_map, FALSE);

  if (audit != NULL)
    {
      g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        queue_reload (self, G_PRIORITY_DEFAULT_IDLE);
    }

  update_state (self);
}

/**
 * gw_risks_view_select_risk:
 *
 * Selects @risk_id, clearing the search and the chosen cell if they hide
 * it, and scrolls to it. Before the register has been read (the view was
 * just shown, or the risk was just added) this happens as soon as it is.
 */
void
gw_risks_view_select_risk (GwRisksView *self,
                           gint64       risk_id)
{
  GwRiskItem *item;
  guint n;

  g_return_if_fail (GW_IS_RISKS_VIEW (self));

  /* Not read yet, or just added and not read again yet. */
  item = g_hash_table_lookup (self->items, &risk_id);
  if (item == NULL)
    {
      self->select_when_loaded = risk_id;
      return;
    }

  self->select_when_loaded = 0;
  if (!filter_func (item, self))
    clear_filters_cb (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwRiskItem) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (row == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gw_table_scroll_to (self->column_view, i);
          return;
        }
    }
}

/* The risk selected in the table, or 0. */
gint64
gw_risks_view_get_selected_risk (GwRisksView *self)
{
  GwRiskItem *item;

  g_return_val_if_fail (GW_IS_RISKS_VIEW (self), 0);

  item = gtk_single_selection_get_selected_item (self->selection);
  return item ? gw_risk_item_get_id (item) : 0;
}

/**
 * gw_risks_view_open_risk:
 * @risk_id: the risk to edit, or 0 to add one
 *
 * Returns: (transfer none) (nullable): the dialog, already shown
 */
GwRiskDialog *
gw_risks_view_open_risk (GwRisksView *self,
                         gint64       risk_id)
{
  GtkRoot *root;
  GwRiskDialog *dialog;

  g_return_val_if_fail (GW_IS_RISKS_VIEW (self), NULL);

  if (self->audit == NULL || gw_audit_get_closed (self->audit))
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = gw_risk_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->audit, risk_id);
  if (risk_id == 0)
    g_signal_connect_object (dialog, "notify::risk-id", G_CALLBACK (dialog_risk_id_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

gboolean
gw_risks_view_is_loaded (GwRisksView *self)
{
  g_return_val_if_fail (GW_IS_RISKS_VIEW (self), FALSE);
  return self->loaded && self->reload_source == 0;
}

/**
 * gw_risks_view_get_rows:
 *
 * Returns: (transfer none): the rows as the table shows them (a
 *   #GtkSelectionModel of #GwRiskItem)
 */
GListModel *
gw_risks_view_get_rows (GwRisksView *self)
{
  g_return_val_if_fail (GW_IS_RISKS_VIEW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

guint
gw_risks_view_get_n_total (GwRisksView *self)
{
  g_return_val_if_fail (GW_IS_RISKS_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}

const char *
gw_risks_view_get_count_text (GwRisksView *self)
{
  g_return_val_if_fail (GW_IS_RISKS_VIEW (self), NULL);
  return self->count_text;
}

/* "loading", "empty", "no-results" or "table". */
const char *
gw_risks_view_get_visible_state (GwRisksView *self)
{
  const char *outer;

  g_return_val_if_fail (GW_IS_RISKS_VIEW (self), NULL);

  outer = gtk_stack_get_visible_child_name (self->outer_stack);
  return g_strcmp0 (outer, "register") == 0 ? gtk_stack_get_visible_child_name (self->stack) : outer;
}

void
gw_risks_view_set_search_text (GwRisksView *self,
                               const char  *text)
{
  g_return_if_fail (GW_IS_RISKS_VIEW (self));

  apply_search (self, text);
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
}

void
gw_risks_view_sort_by (GwRisksView   *self,
                       GwRisksColumn  column,
                       GtkSortType    sort_order)
{
  g_return_if_fail (GW_IS_RISKS_VIEW (self));
  g_return_if_fail (column < GW_RISKS_N_COLUMNS);

  gtk_column_view_sort_by_column (self->column_view, self->columns[column], sort_order);
}

GwHeatMap *
gw_risks_view_get_heat_map (GwRisksView *self)
{
  g_return_val_if_fail (GW_IS_RISKS_VIEW (self), NULL);
  return self->heat_map;
}
