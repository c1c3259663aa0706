/* gw-measures-view.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Measures view: the audit's catalogue of security measures, one group
 * per domain (physical security, access control, …) saying how many are in
 * place, and an overall figure on top. Each measure is an expander row —
 * ref, title, what it means as the subtitle, the number of risks it treats
 * and a status drop-down that writes at once (gw_audit_update_measure) —
 * which opens on a notes field, saved with its apply button, and the risks
 * the measure treats; choosing one shows it in the Risks view
 * ("win.show-risk"). A search and a status filter narrow the list.
 *
 * In a narrow window (below COMPACT_WIDTH) a row keeps its title and status;
 * the description and the risks move inside it.
 *
 * A catalogue has tens of measures, so they are rows (GwMeasureRow, in
 * gw-measure-row.c) of AdwPreferencesGroups made once when the view is
 * first shown, not a list model; filtering hides rows. Afterwards each "changed" signal of the audit for a measure updates
 * just its row, and one for a risk reads the links again (in an idle), since
 * linking a risk changes what a measure treats.
 */

#define G_LOG_DOMAIN "gw-measures-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-measure-row.h"
#include "gw-measures-view.h"
#include "gw-table-utils.h"
#include "gw-ui-utils.h"

#define COMPACT_WIDTH 600

struct _GwMeasuresView
{
  GtkWidget            parent_instance;

  GwAudit             *audit;
  GHashTable          *rows;                           /* gint64 → GwMeasureRow */
  GPtrArray           *order;                          /* GwMeasureRow, as shown */
  AdwPreferencesGroup *groups[GW_N_MEASURE_DOMAINS];
  char                *domain_summaries[GW_N_MEASURE_DOMAINS];
  char                *count_text;

  /* Filter state */
  int                  status_filter;                  /* a GwMeasureStatus, or −1 */
  char               **words;

  /* Loading and live updates */
  gboolean             loaded;
  guint                load_source;
  guint                links_source;
  gboolean             compact;
  guint                compact_source;

  /* Template widgets */
  GtkLabel            *count_label;
  GtkDropDown         *filter_dropdown;
  GtkBox              *groups_box;
  GtkSearchEntry      *search_entry;
  GtkSpinner          *spinner;
  GtkStack            *stack;
  GtkLevelBar         *summary_bar;
  GtkLabel            *summary_label;
};

G_DEFINE_FINAL_TYPE (GwMeasuresView, gw_measures_view, GTK_TYPE_WIDGET)

/* Filtering and counting ------------------------------------------------- */

static gboolean
row_matches (GwMeasuresView *self,
             GwMeasureRow     *row)
{
  if (self->status_filter >= 0 && (int) row->measure->status != self->status_filter)
    return FALSE;

  return gw_text_matches (gw_measure_row_get_search_text (row), self->words);
}

static void
update_summaries (GwMeasuresView *self)
{
  GwMeasureCount counts[GW_N_MEASURE_DOMAINS] = { { 0 } };
  GwMeasureCount all = { 0 };
  g_autofree char *summary = NULL;
  guint all_applicable;

  for (guint i = 0; i < self->order->len; i++)
    {
      GwMeasureRow *row = g_ptr_array_index (self->order, i);

      gw_measure_count_add (&counts[row->measure->domain], row->measure);
      gw_measure_count_add (&all, row->measure);
    }

  for (guint d = 0; d < GW_N_MEASURE_DOMAINS; d++)
    {
      guint applicable = gw_measure_count_applicable (&counts[d]);
      guint in_place = counts[d].by_status[GW_MEASURE_STATUS_IN_PLACE];
      guint not_applicable = counts[d].by_status[GW_MEASURE_STATUS_NOT_APPLICABLE];

      g_clear_pointer (&self->domain_summaries[d], g_free);
      if (counts[d].total == 0)
        continue;
      if (applicable == 0)
        self->domain_summaries[d] = g_strdup (_("Not applicable here"));
      else if (not_applicable > 0)
        /* Translators: a domain of security measures, "5 of 7 in place, 1 not applicable" */
        self->domain_summaries[d] = g_strdup_printf (ngettext ("%u of %u in place, %u not applicable",
                                                               "%u of %u in place, %u not applicable",
                                                               applicable),
                                                     in_place, applicable, not_applicable);
      else
        /* Translators: a domain of security measures, "5 of 7 in place" */
        self->domain_summaries[d] = g_strdup_printf (ngettext ("%u of %u in place", "%u of %u in place",
                                                               applicable),
                                                     in_place, applicable);
      adw_preferences_group_set_description (self->groups[d], self->domain_summaries[d]);
    }

  all_applicable = gw_measure_count_applicable (&all);

  summary = g_strdup_printf (ngettext ("%u of %u measure in place", "%u of %u measures in place", all_applicable),
                             all.by_status[GW_MEASURE_STATUS_IN_PLACE], all_applicable);
  gtk_label_set_label (self->summary_label, summary);
  gtk_level_bar_set_value (self->summary_bar,
                           all_applicable ? (double) all.by_status[GW_MEASURE_STATUS_IN_PLACE] / all_applicable : 0);
}

static void
apply_filter (GwMeasuresView *self)
{
  guint n_visible = 0, total = self->order->len;
  gboolean visible_in[GW_N_MEASURE_DOMAINS] = { FALSE };
  g_autofree char *shown_text = NULL;
  g_autofree char *total_text = gw_format_number (total);

  for (guint i = 0; i < self->order->len; i++)
    {
      GwMeasureRow *row = g_ptr_array_index (self->order, i);
      gboolean visible = row_matches (self, row);

      gtk_widget_set_visible (GTK_WIDGET (row->row), visible);
      if (visible)
        {
          n_visible++;
          visible_in[row->measure->domain] = TRUE;
        }
    }

  for (guint d = 0; d < GW_N_MEASURE_DOMAINS; d++)
    gtk_widget_set_visible (GTK_WIDGET (self->groups[d]), visible_in[d]);

  shown_text = gw_format_number (n_visible);
  g_free (self->count_text);
  if (n_visible == total)
    self->count_text = g_strdup_printf (ngettext ("%s measure", "%s measures", total), total_text);
  else
    /* Translators: "12 of 40 measures" */
    self->count_text = g_strdup_printf (ngettext ("%s of %s measure", "%s of %s measures", total),
                                        shown_text, total_text);
  gtk_label_set_label (self->count_label, self->count_text);

  if (!self->loaded)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else if (total == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, n_visible > 0 ? "list" : "no-results");
  gtk_spinner_set_spinning (self->spinner, !self->loaded && self->audit != NULL);
}

static void
search_changed_cb (GwMeasuresView *self,
                   GtkSearchEntry *entry)
{
  g_strfreev (self->words);
  self->words = gw_search_words (gtk_editable_get_text (GTK_EDITABLE (entry)));
  apply_filter (self);
}

static void
stop_search_cb (GwMeasuresView *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
filter_changed_cb (GwMeasuresView *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  self->status_filter = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  apply_filter (self);
}

static void
clear_filters_cb (GwMeasuresView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->words, g_strfreev);
  gtk_drop_down_set_selected (self->filter_dropdown, 0);
  apply_filter (self);
}

/* Editing ------------------------------------------------------------------ */

static gboolean
write_measure (const GwMeasure *changed,
               gpointer         user_data)
{
  GwMeasuresView *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->audit == NULL || gw_audit_get_closed (self->audit))
    return FALSE;

  if (!gw_audit_update_measure (self->audit, changed, &error))
    {
      gw_toast_error (GTK_WIDGET (self), _("The measure could not be changed"), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
update_links (GwMeasuresView  *self,
              GError         **error)
{
  g_autoptr(GPtrArray) risks = gw_audit_list_risks (self->audit, error);
  g_autoptr(GArray) links = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) treated = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  GwMeasureRow *row;

  if (risks == NULL || (links = gw_audit_list_risk_links (self->audit, GW_RISK_LINK_MEASURE, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < risks->len; i++)
    {
      GwRisk *r = g_ptr_array_index (risks, i);
      g_hash_table_insert (by_id, &r->id, r);
    }

  for (guint i = 0; i < links->len; i++)
    {
      GwRiskLink *link = &g_array_index (links, GwRiskLink, i);
      GArray *ids = g_hash_table_lookup (treated, &link->target_id);

      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (treated, &link->target_id, ids);
        }
      g_array_append_val (ids, link->risk_id);
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    gw_measure_row_show_risks (row, g_hash_table_lookup (treated, &row->measure->id), by_id);
  return TRUE;
}

static int
compare_domains (gconstpointer a,
                 gconstpointer b)
{
  const GwMeasure *x = *(const GwMeasure **) a, *y = *(const GwMeasure **) b;
  return (int) x->domain - (int) y->domain;
}

static void
clear_rows (GwMeasuresView *self)
{
  for (guint i = 0; i < self->order->len; i++)
    {
      GwMeasureRow *row = g_ptr_array_index (self->order, i);
      adw_preferences_group_remove (self->groups[row->measure->domain], GTK_WIDGET (row->row));
    }
  g_ptr_array_set_size (self->order, 0);
  g_hash_table_remove_all (self->rows);
}

static gboolean
load (GwMeasuresView  *self,
      GError         **error)
{
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (self->audit, error);

  clear_rows (self);
  if (measures == NULL)
    return FALSE;

  /* By domain, in catalogue order within each (the sort is stable). */
  g_ptr_array_sort (measures, compare_domains);
  g_ptr_array_set_free_func (measures, NULL);
  for (guint i = 0; i < measures->len; i++)
    {
      GwMeasure *m = g_ptr_array_index (measures, i);
      GwMeasureRow *row;

      if ((guint) m->domain >= GW_N_MEASURE_DOMAINS)
        {
          gw_measure_free (m);
          continue;
        }
      row = gw_measure_row_new (m, gw_audit_get_read_only (self->audit), self->compact, write_measure, self);
      g_hash_table_insert (self->rows, g_memdup2 (&m->id, sizeof m->id), row);
      g_ptr_array_add (self->order, row);
      adw_preferences_group_add (self->groups[m->domain], GTK_WIDGET (row->row));
    }

  return update_links (self, error);
}

static gboolean
load_cb (gpointer data)
{
  GwMeasuresView *self = data;
  g_autoptr(GError) error = NULL;

  self->load_source = 0;
  if (self->audit == NULL || gw_audit_get_closed (self->audit))
    return G_SOURCE_REMOVE;

  if (!load (self, &error))
    gw_toast_error (GTK_WIDGET (self), _("The security measures could not be read"), error);
  self->loaded = TRUE;
  update_summaries (self);
  apply_filter (self);
  return G_SOURCE_REMOVE;
}

static gboolean
links_cb (gpointer data)
{
  GwMeasuresView *self = data;
  g_autoptr(GError) error = NULL;

  self->links_source = 0;
  if (self->audit != NULL && !gw_audit_get_closed (self->audit) && !update_links (self, &error))
    gw_toast_error (GTK_WIDGET (self), _("The risks the measures treat could not be read"), error);
  return G_SOURCE_REMOVE;
}

static void
measure_changed (GwMeasuresView *self,
                 gint64          id)
{
  g_autoptr(GError) error = NULL;
  GwMeasureRow *row = g_hash_table_lookup (self->rows, &id);
  GwMeasure *measure;

  if (row == NULL)
    return;

  measure = gw_audit_get_measure (self->audit, id, &error);
  if (measure == NULL)
    {
      gw_toast_error (GTK_WIDGET (self), _("The measure could not be read"), error);
      return;
    }

  gw_measure_row_set_measure (row, measure);
  update_summaries (self);
  apply_filter (self);
}

static void
audit_changed_cb (GwMeasuresView *self,
                  const char     *entity,
                  gint64          id,
                  GwAudit        *audit)
{
  if (!self->loaded)
    return;

  if (g_str_equal (entity, "measure"))
    measure_changed (self, id);
  else if (g_str_equal (entity, "risk") && self->links_source == 0)
    self->links_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, links_cb, self, NULL);
}

static gboolean
apply_compact_cb (gpointer data)
{
  GwMeasuresView *self = data;

  self->compact_source = 0;
  self->compact = !self->compact;
  for (guint i = 0; i < self->order->len; i++)
    gw_measure_row_set_compact (g_ptr_array_index (self->order, i), self->compact);
  return G_SOURCE_REMOVE;
}

/* The view lays out its one child itself, rather than with a GtkBinLayout,
 * to learn its width: a layout manager would take size_allocate over. */
static void
gw_measures_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
gw_measures_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  GwMeasuresView *self = GW_MEASURES_VIEW (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);
  gboolean compact = width < COMPACT_WIDTH;

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* The rows change after this allocation, not inside it. */
  if (compact != self->compact && self->compact_source == 0)
    self->compact_source = g_idle_add (apply_compact_cb, self);
  else if (compact == self->compact)
    g_clear_handle_id (&self->compact_source, g_source_remove);
}

static void
gw_measures_view_map (GtkWidget *widget)
{
  GwMeasuresView *self = GW_MEASURES_VIEW (widget);

  GTK_WIDGET_CLASS (gw_measures_view_parent_class)->map (widget);

  if (!self->loaded && self->audit != NULL && self->load_source == 0)
    self->load_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_cb, self, NULL);
}

/* GObject ------------------------------------------------------------------ */

static void
gw_measures_view_dispose (GObject *object)
{
  GwMeasuresView *self = GW_MEASURES_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->links_source, g_source_remove);
  g_clear_handle_id (&self->compact_source, g_source_remove);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_MEASURES_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->audit);

  G_OBJECT_CLASS (gw_measures_view_parent_class)->dispose (object);
}

static void
gw_measures_view_finalize (GObject *object)
{
  GwMeasuresView *self = GW_MEASURES_VIEW (object);

  for (guint d = 0; d < GW_N_MEASURE_DOMAINS; d++)
    g_free (self->domain_summaries[d]);
  g_free (self->count_text);
  g_strfreev (self->words);

  G_OBJECT_CLASS (gw_measures_view_parent_class)->finalize (object);
}

static void
gw_measures_view_class_init (GwMeasuresViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_measures_view_dispose;
  object_class->finalize = gw_measures_view_finalize;
  widget_class->map = gw_measures_view_map;
  widget_class->measure = gw_measures_view_measure;
  widget_class->size_allocate = gw_measures_view_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-measures-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GwMeasuresView, count_label);
  gtk_widget_class_bind_template_child (widget_class, GwMeasuresView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GwMeasuresView, groups_box);
  gtk_widget_class_bind_template_child (widget_class, GwMeasuresView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GwMeasuresView, spinner);
  gtk_widget_class_bind_template_child (widget_class, GwMeasuresView, stack);
  gtk_widget_class_bind_template_child (widget_class, GwMeasuresView, summary_bar);
  gtk_widget_class_bind_template_child (widget_class, GwMeasuresView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

static void
gw_measures_view_init (GwMeasuresView *self)
{
  g_autoptr(GtkStringList) filters = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) gw_measure_row_free);
  self->order = g_ptr_array_new ();
  self->status_filter = -1;

  for (guint d = 0; d < GW_N_MEASURE_DOMAINS; d++)
    {
      self->groups[d] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (self->groups[d], gw_measure_domain_to_label (d));
      gtk_widget_set_visible (GTK_WIDGET (self->groups[d]), FALSE);
      gtk_box_append (self->groups_box, GTK_WIDGET (self->groups[d]));
    }

  gtk_string_list_append (filters, _("All statuses"));
  for (guint s = 0; s < GW_N_MEASURE_STATUSES; s++)
    gtk_string_list_append (filters, gw_measure_status_to_label (s));
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (filters));
  gtk_drop_down_set_selected (self->filter_dropdown, 0);

  apply_filter (self);
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_measures_view_set_audit:
 * @audit: (nullable): the audit to show
 *
 * The measures are read the first time the view is shown.
 */
void
gw_measures_view_set_audit (GwMeasuresView *self,
                            GwAudit        *audit)
{
  g_return_if_fail (GW_IS_MEASURES_VIEW (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_data (self->audit, self);

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->links_source, g_source_remove);
  clear_rows (self);
  self->loaded = FALSE;
  g_set_object (&self->audit, audit);
  clear_filters_cb (self);

  if (audit != NULL)
    {
      g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        self->load_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_cb, self, NULL);
    }
  apply_filter (self);
}

gboolean
gw_measures_view_is_loaded (GwMeasuresView *self)
{
  g_return_val_if_fail (GW_IS_MEASURES_VIEW (self), FALSE);
  return self->loaded && self->load_source == 0 && self->links_source == 0;
}

/* Picks @status in the measure's drop-down, as a user does. */
gboolean
gw_measures_view_choose_status (GwMeasuresView  *self,
                                gint64           measure_id,
                                GwMeasureStatus  status)
{
  GwMeasureRow *row;

  g_return_val_if_fail (GW_IS_MEASURES_VIEW (self), FALSE);

  row = g_hash_table_lookup (self->rows, &measure_id);
  if (row == NULL)
    return FALSE;
  gtk_drop_down_set_selected (row->status, status);
  return TRUE;
}

/* The status the drop-down shows, or −1 for an unknown measure. */
int
gw_measures_view_get_status_shown (GwMeasuresView *self,
                                   gint64          measure_id)
{
  GwMeasureRow *row;

  g_return_val_if_fail (GW_IS_MEASURES_VIEW (self), -1);

  row = g_hash_table_lookup (self->rows, &measure_id);
  return row ? (int) gtk_drop_down_get_selected (row->status) : -1;
}

/* Types @notes into the measure's notes field and applies them. */
gboolean
gw_measures_view_apply_notes (GwMeasuresView *self,
                              gint64          measure_id,
                              const char     *notes)
{
  GwMeasureRow *row;

  g_return_val_if_fail (GW_IS_MEASURES_VIEW (self), FALSE);

  row = g_hash_table_lookup (self->rows, &measure_id);
  if (row == NULL)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (row->notes_row), notes ? notes : "");
  g_signal_emit_by_name (row->notes_row, "apply");
  return TRUE;
}

/* "5 of 7 in place", as the domain's group says it. */
const char *
gw_measures_view_get_domain_summary (GwMeasuresView  *self,
                                     GwMeasureDomain  domain)
{
  g_return_val_if_fail (GW_IS_MEASURES_VIEW (self), NULL);
  g_return_val_if_fail ((guint) domain < GW_N_MEASURE_DOMAINS, NULL);
  return self->domain_summaries[domain];
}

/* "2 risks" beside the measure's status, or NULL when it treats none. */
const char *
gw_measures_view_get_risks_text (GwMeasuresView *self,
                                 gint64          measure_id)
{
  GwMeasureRow *row;

  g_return_val_if_fail (GW_IS_MEASURES_VIEW (self), NULL);

  row = g_hash_table_lookup (self->rows, &measure_id);
  return row ? row->risks_text : NULL;
}

/* Shows only the measures with @status, or with −1 all of them. */
void
gw_measures_view_set_status_filter (GwMeasuresView *self,
                                    int             status)
{
  g_return_if_fail (GW_IS_MEASURES_VIEW (self));
  g_return_if_fail (status >= -1 && status < GW_N_MEASURE_STATUSES);

  gtk_drop_down_set_selected (self->filter_dropdown, status + 1);
}

guint
gw_measures_view_get_n_visible (GwMeasuresView *self)
{
  guint n = 0;

  g_return_val_if_fail (GW_IS_MEASURES_VIEW (self), 0);

  for (guint i = 0; i < self->order->len; i++)
    if (gtk_widget_get_visible (GTK_WIDGET (((GwMeasureRow *) g_ptr_array_index (self->order, i))->row)))
      n++;
  return n;
}

/* Opens a measure's row, as for a screenshot. */
void
gw_measures_view_expand (GwMeasuresView *self,
                         gint64          measure_id)
{
  GwMeasureRow *row;

  g_return_if_fail (GW_IS_MEASURES_VIEW (self));

  row = g_hash_table_lookup (self->rows, &measure_id);
  if (row != NULL)
    adw_expander_row_set_expanded (row->row, TRUE);
}
