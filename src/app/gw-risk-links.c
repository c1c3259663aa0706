/* gw-risk-links.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a risk is linked to, in the risk dialog: the requirements it bears
 * on, the actions that reduce it, the security measures that treat it. One
 * widget serves all three; the dialog hands it the candidates (with a
 * heading to group by, such as a measure's domain) and the links the risk
 * has. The links are only staged here — each a row with a button to drop
 * it, and a "Link…" popover that finds a candidate by words and links it,
 * or drops it when linked already — and written by the dialog's Save, so
 * Cancel leaves the audit as it was. "changed" tells the dialog.
 *
 * The popover lists at most MAX_RESULTS matches: a checklist of a few
 * hundred requirements is searched, not scrolled.
 */

#define G_LOG_DOMAIN "gw-risk-links"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-risk-links.h"
#include "gw-table-utils.h"

#define MAX_RESULTS 60

struct _GwRiskLinks
{
  GtkWidget            parent_instance;

  GPtrArray           *candidates;      /* GwLinkCandidate */
  GHashTable          *by_id;           /* gint64 → GwLinkCandidate */
  GPtrArray           *search_texts;    /* case-folded, made on first search */
  GArray              *linked;          /* gint64, in the order linked */
  GtkLabel            *placeholder;
  guint                n_results;

  /* Template widgets */
  AdwPreferencesGroup *group;
  GtkMenuButton       *link_button;
  GtkListBox          *list;
  GtkPopover          *popover;
  GtkListBox          *results_list;
  GtkLabel            *results_label;
  GtkSearchEntry      *search_entry;
};

G_DEFINE_FINAL_TYPE (GwRiskLinks, gw_risk_links, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char id_key[] = "gw-target-id";
static const char section_key[] = "gw-section";

GwLinkCandidate *
gw_link_candidate_new (gint64      id,
                       const char *title,
                       const char *subtitle,
                       const char *section)
{
  GwLinkCandidate *candidate = g_new0 (GwLinkCandidate, 1);

  candidate->id = id;
  candidate->title = g_strdup (title);
  candidate->subtitle = g_strdup (subtitle);
  candidate->section = g_strdup (section);
  return candidate;
}

void
gw_link_candidate_free (GwLinkCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->title);
  g_free (candidate->subtitle);
  g_free (candidate->section);
  g_free (candidate);
}

static gboolean
is_linked (GwRiskLinks *self,
           gint64       id)
{
  for (guint i = 0; i < self->linked->len; i++)
    if (g_array_index (self->linked, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gint64
row_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), id_key);
  return id ? *id : 0;
}

static void
set_row_id (GtkWidget *row,
            gint64     id)
{
  g_object_set_data_full (G_OBJECT (row), id_key, g_memdup2 (&id, sizeof id), g_free);
}

/* The linked rows --------------------------------------------------------- */

static void
unlink_clicked_cb (GtkButton   *button,
                   GwRiskLinks *self)
{
  gw_risk_links_toggle (self, row_id (GTK_WIDGET (button)));
}

static GtkWidget *
make_row (GwRiskLinks *self,
          gint64       id)
{
  GwLinkCandidate *c = g_hash_table_lookup (self->by_id, &id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *unlink = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  g_autofree char *tooltip = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c ? c->title : "?");
  if (c != NULL && c->subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), c->subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  /* Translators: the tooltip of the button that drops a link of a risk */
  tooltip = g_strdup_printf (_("Remove the link to %s"), c ? c->title : "?");
  gtk_widget_set_tooltip_text (unlink, tooltip);
  gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (unlink, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (unlink), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  set_row_id (unlink, id);
  g_signal_connect_object (unlink, "clicked", G_CALLBACK (unlink_clicked_cb), self, 0);
  gtk_widget_set_sensitive (unlink, gtk_widget_get_sensitive (GTK_WIDGET (self->link_button)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unlink);
  set_row_id (row, id);
  return row;
}

static void
update_rows (GwRiskLinks *self)
{
  GtkListBoxRow *row;
  g_autofree char *description = NULL;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)))
    gtk_list_box_remove (self->list, GTK_WIDGET (row));

  for (guint i = 0; i < self->linked->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_array_index (self->linked, gint64, i)));

  if (self->linked->len > 0)
    /* Translators: how many links a risk has of one kind */
    description = g_strdup_printf (ngettext ("%u linked", "%u linked", self->linked->len), self->linked->len);
  adw_preferences_group_set_description (self->group, description);
}

/* The Link… popover ------------------------------------------------------- */

static void
ensure_search_texts (GwRiskLinks *self)
{
  if (self->search_texts != NULL)
    return;

  self->search_texts = g_ptr_array_new_full (self->candidates->len, g_free);
  for (guint i = 0; i < self->candidates->len; i++)
    {
      GwLinkCandidate *c = g_ptr_array_index (self->candidates, i);
      g_autofree char *joined = g_strjoin (" ", c->title ? c->title : "", c->subtitle ? c->subtitle : "",
                                           c->section ? c->section : "", NULL);

      g_ptr_array_add (self->search_texts, g_utf8_casefold (joined, -1));
    }
}

static GtkWidget *
make_result_row (GwRiskLinks     *self,
                 GwLinkCandidate *c)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (c->title);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 36);
  gtk_box_append (GTK_BOX (texts), title);
  if (c->subtitle != NULL)
    {
      GtkWidget *subtitle = gtk_label_new (c->subtitle);

      gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
      gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
      gtk_label_set_lines (GTK_LABEL (subtitle), 2);
      gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 36);
      gtk_widget_add_css_class (subtitle, "caption");
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_box_append (GTK_BOX (texts), subtitle);
    }
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_visible (check, is_linked (self, c->id));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Linked; choose it again to remove the link"));

  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  set_row_id (row, c->id);
  g_object_set_data_full (G_OBJECT (row), section_key, g_strdup (c->section), g_free);
  return row;
}

/* A heading above the first result of each section. */
static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const char *section = g_object_get_data (G_OBJECT (row), section_key);
  const char *previous = before ? g_object_get_data (G_OBJECT (before), section_key) : NULL;
  GtkWidget *header;

  if (section == NULL || g_strcmp0 (section, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (section);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_margin_start (header, 8);
  gtk_widget_set_margin_top (header, before ? 12 : 4);
  gtk_widget_set_margin_bottom (header, 4);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static void
update_results (GwRiskLinks *self)
{
  g_auto(GStrv) words = gw_search_words (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  GtkListBoxRow *row;
  guint n_found = 0;

  while ((row = gtk_list_box_get_row_at_index (self->results_list, 0)))
    gtk_list_box_remove (self->results_list, GTK_WIDGET (row));
  self->n_results = 0;

  ensure_search_texts (self);
  for (guint i = 0; i < self->candidates->len; i++)
    {
      GwLinkCandidate *c = g_ptr_array_index (self->candidates, i);

      if (!gw_text_matches (g_ptr_array_index (self->search_texts, i), words))
        continue;

      n_found++;
      if (self->n_results < MAX_RESULTS)
        {
          gtk_list_box_append (self->results_list, make_result_row (self, c));
          self->n_results++;
        }
    }

  if (self->candidates->len == 0)
    gtk_label_set_label (self->results_label, _("There is nothing to link yet."));
  else if (n_found == 0)
    gtk_label_set_label (self->results_label, _("Nothing matches."));
  else if (n_found > self->n_results)
    {
      g_autofree char *text = g_strdup_printf (_("The first %u of %u matches: type more to narrow them."),
                                               self->n_results, n_found);
      gtk_label_set_label (self->results_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->results_label), n_found == 0 || n_found > self->n_results);
}

static void
popover_show_cb (GwRiskLinks *self)
{
  update_results (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_changed_cb (GwRiskLinks *self)
{
  update_results (self);
}

static void
choose_result (GwRiskLinks   *self,
               GtkListBoxRow *row)
{
  if (row == NULL)
    return;

  gtk_popover_popdown (self->popover);
  gw_risk_links_toggle (self, row_id (GTK_WIDGET (row)));
}

static void
search_activate_cb (GwRiskLinks *self)
{
  choose_result (self, gtk_list_box_get_row_at_index (self->results_list, 0));
}

static void
result_activated_cb (GwRiskLinks   *self,
                     GtkListBoxRow *row)
{
  choose_result (self, row);
}

/* GObject ------------------------------------------------------------------ */

static void
gw_risk_links_dispose (GObject *object)
{
  GwRiskLinks *self = GW_RISK_LINKS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_RISK_LINKS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->search_texts, g_ptr_array_unref);
  g_clear_pointer (&self->linked, g_array_unref);

  G_OBJECT_CLASS (gw_risk_links_parent_class)->dispose (object);
}

static void
gw_risk_links_class_init (GwRiskLinksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_risk_links_dispose;

  /**
   * GwRiskLinks::changed:
   *
   * A link was added or dropped (not yet written to the audit).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-risk-links.ui");
  gtk_widget_class_bind_template_child (widget_class, GwRiskLinks, group);
  gtk_widget_class_bind_template_child (widget_class, GwRiskLinks, link_button);
  gtk_widget_class_bind_template_child (widget_class, GwRiskLinks, list);
  gtk_widget_class_bind_template_child (widget_class, GwRiskLinks, popover);
  gtk_widget_class_bind_template_child (widget_class, GwRiskLinks, results_label);
  gtk_widget_class_bind_template_child (widget_class, GwRiskLinks, results_list);
  gtk_widget_class_bind_template_child (widget_class, GwRiskLinks, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
gw_risk_links_init (GwRiskLinks *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_link_candidate_free);
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->linked = g_array_new (FALSE, FALSE, sizeof (gint64));

  placeholder = gtk_label_new (NULL);
  self->placeholder = GTK_LABEL (placeholder);
  gtk_label_set_wrap (self->placeholder, TRUE);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_list_box_set_header_func (self->results_list, header_func, NULL, NULL);
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_risk_links_set_labels:
 * @title: the group's title, "Security Measures"
 * @placeholder: what the list says while nothing is linked
 * @search_placeholder: the hint in the popover's search entry
 */
void
gw_risk_links_set_labels (GwRiskLinks *self,
                          const char  *title,
                          const char  *placeholder,
                          const char  *search_placeholder)
{
  g_return_if_fail (GW_IS_RISK_LINKS (self));

  adw_preferences_group_set_title (self->group, title);
  gtk_label_set_label (self->placeholder, placeholder);
  g_object_set (self->search_entry, "placeholder-text", search_placeholder, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  search_placeholder, -1);
  /* Translators: the tooltip of the Link… button, "Link to Security Measures" */
  {
    g_autofree char *tooltip = g_strdup_printf (_("Link to %s"), title);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->link_button), tooltip);
  }
}

/**
 * gw_risk_links_set_candidates:
 * @candidates: (transfer full) (element-type GwLinkCandidate): what can be
 *   linked, in the order listed, grouped by section
 */
void
gw_risk_links_set_candidates (GwRiskLinks *self,
                              GPtrArray   *candidates)
{
  g_return_if_fail (GW_IS_RISK_LINKS (self));
  g_return_if_fail (candidates != NULL);

  g_ptr_array_unref (self->candidates);
  self->candidates = candidates;
  g_clear_pointer (&self->search_texts, g_ptr_array_unref);
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < candidates->len; i++)
    {
      GwLinkCandidate *c = g_ptr_array_index (candidates, i);
      g_hash_table_insert (self->by_id, &c->id, c);
    }
  update_rows (self);
}

/**
 * gw_risk_links_set_linked:
 * @ids: (element-type gint64) (nullable): the links the risk has
 *
 * Does not emit "changed": this is where the staging starts from.
 */
void
gw_risk_links_set_linked (GwRiskLinks *self,
                          GArray      *ids)
{
  g_return_if_fail (GW_IS_RISK_LINKS (self));

  g_array_set_size (self->linked, 0);
  if (ids != NULL)
    g_array_append_vals (self->linked, ids->data, ids->len);
  update_rows (self);
}

/**
 * gw_risk_links_get_linked:
 *
 * Returns: (transfer none) (element-type gint64): the staged links
 */
GArray *
gw_risk_links_get_linked (GwRiskLinks *self)
{
  g_return_val_if_fail (GW_IS_RISK_LINKS (self), NULL);
  return self->linked;
}

/* Links @id, or drops the link if there is one. */
void
gw_risk_links_toggle (GwRiskLinks *self,
                      gint64       id)
{
  g_return_if_fail (GW_IS_RISK_LINKS (self));

  if (id == 0)
    return;

  for (guint i = 0; i < self->linked->len; i++)
    if (g_array_index (self->linked, gint64, i) == id)
      {
        g_array_remove_index (self->linked, i);
        update_rows (self);
        g_signal_emit (self, signals[CHANGED], 0);
        return;
      }

  g_array_append_val (self->linked, id);
  update_rows (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
gw_risk_links_set_editable (GwRiskLinks *self,
                            gboolean     editable)
{
  g_return_if_fail (GW_IS_RISK_LINKS (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->link_button), editable);
  update_rows (self);
}

/* Searches the popover's list as typing in it does. */
void
gw_risk_links_set_search_text (GwRiskLinks *self,
                               const char  *text)
{
  g_return_if_fail (GW_IS_RISK_LINKS (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  update_results (self);
}

/* The rows the popover lists for the search. */
guint
gw_risk_links_get_n_results (GwRiskLinks *self)
{
  g_return_val_if_fail (GW_IS_RISK_LINKS (self), 0);
  return self->n_results;
}
