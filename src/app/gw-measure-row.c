/* gw-measure-row.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One measure in the Measures view: an expander row with the ref, title
 * and description, the number of risks the measure treats and a status
 * drop-down that writes at once; inside it a notes field saved with its
 * apply button and a row per risk treated, which shows the risk in the
 * Risks view ("win.show-risk"). Compact, for a narrow window, the ref joins
 * the title and the description and the risks move inside the row.
 *
 * The row writes nothing itself: edits go through the view's write
 * function, and the row shows a measure again when the view hands it one.
 */

#define G_LOG_DOMAIN "gw-measure-row"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-measure-row.h"
#include "gw-table-utils.h"


static const char risk_id_key[] = "gw-risk-id";

static void status_selected_cb (GtkDropDown  *dropdown,
                                GParamSpec   *pspec,
                                GwMeasureRow *row);

static void
show_status (GwMeasureRow *row)
{
  g_signal_handlers_block_by_func (row->status, status_selected_cb, row);
  gtk_drop_down_set_selected (row->status, row->measure->status);
  g_signal_handlers_unblock_by_func (row->status, status_selected_cb, row);
}

static void
status_selected_cb (GtkDropDown  *dropdown,
                    GParamSpec   *pspec,
                    GwMeasureRow *row)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GwMeasure) changed = NULL;

  if (selected >= GW_N_MEASURE_STATUSES || selected == (guint) row->measure->status)
    return;

  changed = gw_measure_copy (row->measure);
  changed->status = selected;
  if (!row->write_func (changed, row->write_data))
    show_status (row);
}

static void
notes_applied_cb (AdwEntryRow  *entry,
                  GwMeasureRow *row)
{
  g_autofree char *notes = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GwMeasure) changed = gw_measure_copy (row->measure);

  g_free (changed->notes);
  changed->notes = *notes ? g_steal_pointer (&notes) : NULL;
  if (g_strcmp0 (changed->notes, row->measure->notes) != 0)
    row->write_func (changed, row->write_data);
}

static void
risk_row_activated_cb (AdwActionRow *risk_row)
{
  gint64 *id = g_object_get_data (G_OBJECT (risk_row), risk_id_key);

  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (risk_row), "win.show-risk", "x", *id);
}

static const char *
status_style (GwMeasureStatus status)
{
  switch (status)
    {
    case GW_MEASURE_STATUS_IN_PLACE:
      return "success";
    case GW_MEASURE_STATUS_PARTIAL:
    case GW_MEASURE_STATUS_PLANNED:
      return "warning";
    case GW_MEASURE_STATUS_NOT_IN_PLACE:
      return "error";
    case GW_MEASURE_STATUS_NOT_ASSESSED:
    case GW_MEASURE_STATUS_NOT_APPLICABLE:
    default:
      return NULL;
    }
}

static void
show_measure (GwMeasureRow *row)
{
  const GwMeasure *m = row->measure;
  g_autofree char *title = row->compact ? g_strdup_printf ("%s · %s", m->ref, m->title) : g_strdup (m->title);
  const char *style = status_style (m->status);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
  adw_expander_row_set_subtitle (row->row, row->compact ? NULL : m->description);
  adw_action_row_set_subtitle (row->description_row, m->description);
  gtk_widget_set_visible (GTK_WIDGET (row->description_row), row->compact && m->description && *m->description);
  gtk_widget_set_visible (row->ref_label, !row->compact);
  gtk_widget_set_visible (GTK_WIDGET (row->risks_label), !row->compact && row->risks_text != NULL);

  /* The status reads in its colour: done, under way, missing. */
  gtk_widget_remove_css_class (GTK_WIDGET (row->status), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (row->status), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (row->status), "error");
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row->status), style);
  show_status (row);

  /* Notes being typed are not overwritten. */
  if (!gtk_widget_has_focus (GTK_WIDGET (row->notes_row)) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->notes_row)), m->notes ? m->notes : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row->notes_row), m->notes ? m->notes : "");
  g_clear_pointer (&row->search_text, g_free);
}

/**
 * gw_measure_row_new:
 * @measure: (transfer full): the measure shown
 * @write_func: how an edit reaches the audit
 */
GwMeasureRow *
gw_measure_row_new (GwMeasure          *measure,
                    gboolean            read_only,
                    gboolean            compact,
                    GwMeasureWriteFunc  write_func,
                    gpointer            write_data)
{
  GwMeasureRow *row = g_new0 (GwMeasureRow, 1);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *ref = gtk_label_new (measure->ref);
  GtkWidget *description = adw_action_row_new ();

  row->measure = measure;
  row->compact = compact;
  row->write_func = write_func;
  row->write_data = write_data;
  row->risk_rows = g_ptr_array_new ();
  /* Held, so that the widgets outlive the handlers gw_measure_row_free()
   * drops. */
  row->row = ADW_EXPANDER_ROW (g_object_ref_sink (adw_expander_row_new ()));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);

  gtk_widget_add_css_class (ref, "gw-measure-ref");
  gtk_widget_add_css_class (ref, "numeric");
  gtk_widget_add_css_class (ref, "dim-label");
  gtk_widget_set_valign (ref, GTK_ALIGN_CENTER);
  adw_expander_row_add_prefix (row->row, ref);
  row->ref_label = ref;

  /* Actions are packed from the end: the status last, the count before it. */
  for (guint s = 0; s < GW_N_MEASURE_STATUSES; s++)
    gtk_string_list_append (statuses, gw_measure_status_to_label (s));
  row->status = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (row->status), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (row->status), 150, -1);
  gtk_widget_add_css_class (GTK_WIDGET (row->status), "gw-measure-status");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Status"), -1);
  gtk_widget_set_sensitive (GTK_WIDGET (row->status), !read_only);
  adw_expander_row_add_action (row->row, GTK_WIDGET (row->status));

  row->risks_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (row->risks_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (row->risks_label), "dim-label");
  gtk_widget_set_valign (GTK_WIDGET (row->risks_label), GTK_ALIGN_CENTER);
  adw_expander_row_add_action (row->row, GTK_WIDGET (row->risks_label));

  row->description_row = ADW_ACTION_ROW (description);
  adw_action_row_set_subtitle_lines (row->description_row, 0);
  adw_expander_row_add_row (row->row, description);

  row->notes_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->notes_row), _("How and where it is implemented"));
  adw_entry_row_set_show_apply_button (row->notes_row, TRUE);
  gtk_editable_set_editable (GTK_EDITABLE (row->notes_row), !read_only);
  adw_expander_row_add_row (row->row, GTK_WIDGET (row->notes_row));

  show_measure (row);
  g_signal_connect (row->status, "notify::selected", G_CALLBACK (status_selected_cb), row);
  g_signal_connect (row->notes_row, "apply", G_CALLBACK (notes_applied_cb), row);
  return row;
}

void
gw_measure_row_free (GwMeasureRow *row)
{
  if (row == NULL)
    return;

  g_signal_handlers_disconnect_by_data (row->status, row);
  g_signal_handlers_disconnect_by_data (row->notes_row, row);
  g_object_unref (row->row);
  gw_measure_free (row->measure);
  g_ptr_array_unref (row->risk_rows);
  g_free (row->risks_key);
  g_free (row->risks_text);
  g_free (row->search_text);
  g_free (row);
}

/**
 * gw_measure_row_set_measure:
 * @measure: (transfer full): the measure as it is now
 */
void
gw_measure_row_set_measure (GwMeasureRow *row,
                            GwMeasure    *measure)
{
  gw_measure_free (row->measure);
  row->measure = measure;
  show_measure (row);
}

void
gw_measure_row_set_compact (GwMeasureRow *row,
                            gboolean      compact)
{
  row->compact = compact;
  show_measure (row);
}

/**
 * gw_measure_row_show_risks:
 * @risk_ids: (element-type gint64) (nullable): the risks the measure treats
 * @risks: a risk id → its #GwRisk
 *
 * Shows how many risks the measure treats beside its status, and a row for
 * each inside it; nothing is rebuilt when they have not changed.
 */
void
gw_measure_row_show_risks (GwMeasureRow *row,
                           GArray       *risk_ids,
                           GHashTable   *risks)
{
  GString *key = g_string_new (NULL);
  guint n = risk_ids ? risk_ids->len : 0;

  for (guint i = 0; i < n; i++)
    {
      GwRisk *r = g_hash_table_lookup (risks, &g_array_index (risk_ids, gint64, i));
      g_string_append_printf (key, "%" G_GINT64_FORMAT ":%s;", g_array_index (risk_ids, gint64, i),
                              r && r->title ? r->title : "");
    }

  if (g_strcmp0 (key->str, row->risks_key) == 0)
    {
      g_string_free (key, TRUE);
      return;
    }
  g_free (row->risks_key);
  row->risks_key = g_string_free (key, FALSE);

  for (guint i = 0; i < row->risk_rows->len; i++)
    adw_expander_row_remove (row->row, g_ptr_array_index (row->risk_rows, i));
  g_ptr_array_set_size (row->risk_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      gint64 id = g_array_index (risk_ids, gint64, i);
      GwRisk *r = g_hash_table_lookup (risks, &id);
      g_autofree char *ref = gw_risk_format_ref (id);
      /* Translators: a risk a measure treats, "Treats R-04 · Intrusion through the fence" */
      g_autofree char *title = g_strdup_printf (_("Treats %s · %s"), ref, r && r->title ? r->title : "");
      GtkWidget *risk_row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (risk_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (risk_row), title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (risk_row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (risk_row), TRUE);
      gtk_widget_set_tooltip_text (risk_row, _("Show in the Risks view"));
      g_object_set_data_full (G_OBJECT (risk_row), risk_id_key, g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect (risk_row, "activated", G_CALLBACK (risk_row_activated_cb), NULL);
      adw_expander_row_add_row (row->row, risk_row);
      g_ptr_array_add (row->risk_rows, risk_row);
    }

  g_free (row->risks_text);
  row->risks_text = n > 0 ? g_strdup_printf (ngettext ("%u risk", "%u risks", n), n) : NULL;
  gtk_label_set_label (row->risks_label, row->risks_text);
  gtk_widget_set_visible (GTK_WIDGET (row->risks_label), n > 0 && !row->compact);
}

/* What a search looks in, case-folded: ref, title, description, notes. */
const char *
gw_measure_row_get_search_text (GwMeasureRow *row)
{
  if (row->search_text == NULL)
    {
      const GwMeasure *m = row->measure;
      g_autofree char *joined = g_strjoin ("\n", m->ref, m->title ? m->title : "",
                                           m->description ? m->description : "",
                                           m->notes ? m->notes : "", NULL);
      row->search_text = g_utf8_casefold (joined, -1);
    }
  return row->search_text;
}
