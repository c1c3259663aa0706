/* gw-requirement-links.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The requirements an evidence item supports or an action addresses, in
 * the side pane of the Evidence and Actions views: each one a row that
 * opens the requirement in the Checklist ("requirement-activated"), with a
 * button to remove the link, and a "Link…" popover that finds a requirement
 * by its ref or words of its question and links it (or unlinks one that is
 * linked already).
 *
 * The widget follows the audit's "changed" signal for its own item, so a
 * link made anywhere (here, in the requirement editor) shows at once. The
 * popover lists at most MAX_RESULTS matches: a 5,000-requirement catalogue
 * is searched, not scrolled.
 */

#define G_LOG_DOMAIN "gw-requirement-links"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-requirement-links.h"
#include "gw-table-utils.h"
#include "gw-ui-utils.h"

#define MAX_RESULTS 50

struct _GwRequirementLinks
{
  GtkWidget            parent_instance;

  GwAudit             *audit;
  GtkLabel            *placeholder;
  char                *entity;          /* "evidence" or "action" */
  gint64               id;
  GPtrArray           *requirements;    /* GwRequirement, checklist order */
  GHashTable          *by_id;           /* gint64 → GwRequirement */
  GPtrArray           *search_texts;    /* case-folded "ref question", made on first search */
  GArray              *linked;          /* gint64 */

  /* Template widgets */
  AdwPreferencesGroup *group;
  GtkMenuButton       *link_button;
  GtkListBox          *list;
  GtkPopover          *popover;
  GtkListBox          *results_list;
  GtkLabel            *results_label;
  GtkSearchEntry      *search_entry;
};

G_DEFINE_FINAL_TYPE (GwRequirementLinks, gw_requirement_links, GTK_TYPE_WIDGET)

enum {
  REQUIREMENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char requirement_id_key[] = "gw-requirement-id";

static gboolean
is_linked (GwRequirementLinks *self,
           gint64              requirement_id)
{
  for (guint i = 0; self->linked && i < self->linked->len; i++)
    if (g_array_index (self->linked, gint64, i) == requirement_id)
      return TRUE;
  return FALSE;
}

static gint64
row_requirement_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), requirement_id_key);
  return id ? *id : 0;
}

static void
set_row_requirement_id (GtkWidget *row,
                        gint64     id)
{
  g_object_set_data_full (G_OBJECT (row), requirement_id_key, g_memdup2 (&id, sizeof id), g_free);
}

static void
unlink_clicked_cb (GtkButton          *button,
                   GwRequirementLinks *self)
{
  g_autoptr(GError) error = NULL;
  gint64 requirement_id = row_requirement_id (GTK_WIDGET (button));

  if (!gw_requirement_links_toggle (self, requirement_id, &error))
    gw_toast_error (GTK_WIDGET (self), _("The link could not be removed"), error);
}

static GtkWidget *
make_row (GwRequirementLinks *self,
          gint64              requirement_id)
{
  GwRequirement *req = g_hash_table_lookup (self->by_id, &requirement_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *unlink = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  g_autofree char *tooltip = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), req ? req->ref : "?");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (req != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), req->question);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Show in the Checklist"));
  set_row_requirement_id (row, requirement_id);

  tooltip = g_strdup_printf (_("Remove the link to %s"), req ? req->ref : "?");
  gtk_widget_set_tooltip_text (unlink, tooltip);
  gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (unlink, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (unlink), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  set_row_requirement_id (unlink, requirement_id);
  g_signal_connect_object (unlink, "clicked", G_CALLBACK (unlink_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unlink);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static void
update_description (GwRequirementLinks *self)
{
  guint n = self->linked ? self->linked->len : 0;
  g_autofree char *description = NULL;

  if (n > 0)
    description = g_strdup_printf (ngettext ("%u requirement", "%u requirements", n), n);
  adw_preferences_group_set_description (self->group, description);
}

static void
reload (GwRequirementLinks *self)
{
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  /* Row by row: the list's first child may be its placeholder. */
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)))
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  g_clear_pointer (&self->linked, g_array_unref);

  if (self->audit == NULL || self->id == 0 || gw_audit_get_closed (self->audit))
    {
      update_description (self);
      return;
    }

  if (g_strcmp0 (self->entity, "evidence") == 0)
    self->linked = gw_audit_list_evidence_requirements (self->audit, self->id, &error);
  else
    self->linked = gw_audit_list_action_requirements (self->audit, self->id, &error);

  if (self->linked == NULL)
    {
      /* A deleted item has no links; anything else is worth saying. */
      if (!g_error_matches (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM))
        gw_toast_error (GTK_WIDGET (self), _("The linked requirements could not be read"), error);
      update_description (self);
      return;
    }

  for (guint i = 0; i < self->linked->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_array_index (self->linked, gint64, i)));

  update_description (self);
}

static void
audit_changed_cb (GwRequirementLinks *self,
                  const char         *entity,
                  gint64              id,
                  GwAudit            *audit)
{
  if (id == self->id && g_strcmp0 (entity, self->entity) == 0)
    reload (self);
}

static void
row_activated_cb (GwRequirementLinks *self,
                  GtkListBoxRow      *row,
                  GtkListBox         *list)
{
  gint64 requirement_id = row_requirement_id (GTK_WIDGET (row));

  if (requirement_id != 0)
    g_signal_emit (self, signals[REQUIREMENT_ACTIVATED], 0, requirement_id);
}

/* The link popover ------------------------------------------------------- */

static void
ensure_search_texts (GwRequirementLinks *self)
{
  if (self->search_texts != NULL || self->requirements == NULL)
    return;

  self->search_texts = g_ptr_array_new_full (self->requirements->len, g_free);
  for (guint i = 0; i < self->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (self->requirements, i);
      g_autofree char *joined = g_strconcat (req->ref, " ", req->question, NULL);

      g_ptr_array_add (self->search_texts, g_utf8_casefold (joined, -1));
    }
}

static GtkWidget *
make_result_row (GwRequirementLinks *self,
                 GwRequirement      *req)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *ref = gtk_label_new (req->ref);
  GtkWidget *question = gtk_label_new (req->question);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (ref), 0);
  gtk_label_set_width_chars (GTK_LABEL (ref), 8);
  gtk_widget_set_valign (ref, GTK_ALIGN_START);
  gtk_widget_add_css_class (ref, "numeric");
  gtk_label_set_xalign (GTK_LABEL (question), 0);
  gtk_label_set_wrap (GTK_LABEL (question), TRUE);
  gtk_label_set_lines (GTK_LABEL (question), 2);
  gtk_label_set_ellipsize (GTK_LABEL (question), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (question), 36);
  gtk_widget_set_hexpand (question, TRUE);
  gtk_widget_add_css_class (question, "dim-label");
  gtk_widget_set_visible (check, is_linked (self, req->id));
  gtk_widget_set_tooltip_text (check, _("Linked; choose it again to remove the link"));

  gtk_box_append (GTK_BOX (box), ref);
  gtk_box_append (GTK_BOX (box), question);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  set_row_requirement_id (row, req->id);
  return row;
}

static void
update_results (GwRequirementLinks *self)
{
  g_auto(GStrv) words = gw_search_words (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  GtkListBoxRow *row;
  guint n_shown = 0, n_found = 0;

  while ((row = gtk_list_box_get_row_at_index (self->results_list, 0)))
    gtk_list_box_remove (self->results_list, GTK_WIDGET (row));

  if (self->requirements == NULL)
    return;

  ensure_search_texts (self);
  for (guint i = 0; i < self->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (self->requirements, i);

      if (!gw_text_matches (g_ptr_array_index (self->search_texts, i), words))
        continue;

      n_found++;
      if (n_shown < MAX_RESULTS)
        {
          gtk_list_box_append (self->results_list, make_result_row (self, req));
          n_shown++;
        }
    }

  if (n_found == 0)
    gtk_label_set_label (self->results_label, _("No requirement matches."));
  else if (n_found > n_shown)
    {
      g_autofree char *text = g_strdup_printf (_("The first %u of %u matches: type more to narrow them."),
                                               n_shown, n_found);
      gtk_label_set_label (self->results_label, text);
    }
  else
    gtk_label_set_label (self->results_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->results_label), n_found == 0 || n_found > n_shown);
}

static void
popover_show_cb (GwRequirementLinks *self,
                 GtkPopover         *popover)
{
  update_results (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_changed_cb (GwRequirementLinks *self,
                   GtkSearchEntry     *entry)
{
  update_results (self);
}

static void
choose_result (GwRequirementLinks *self,
               GtkListBoxRow      *row)
{
  g_autoptr(GError) error = NULL;

  if (row == NULL)
    return;

  gtk_popover_popdown (self->popover);
  if (!gw_requirement_links_toggle (self, row_requirement_id (GTK_WIDGET (row)), &error))
    gw_toast_error (GTK_WIDGET (self), _("The link could not be changed"), error);
}

static void
search_activate_cb (GwRequirementLinks *self,
                    GtkSearchEntry     *entry)
{
  choose_result (self, gtk_list_box_get_row_at_index (self->results_list, 0));
}

static void
result_activated_cb (GwRequirementLinks *self,
                     GtkListBoxRow      *row,
                     GtkListBox         *list)
{
  choose_result (self, row);
}

/* GObject ------------------------------------------------------------------ */

static void
gw_requirement_links_dispose (GObject *object)
{
  GwRequirementLinks *self = GW_REQUIREMENT_LINKS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_REQUIREMENT_LINKS);
  /* Children without an id are not the template's to remove. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->audit);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->search_texts, g_ptr_array_unref);
  g_clear_pointer (&self->linked, g_array_unref);

  G_OBJECT_CLASS (gw_requirement_links_parent_class)->dispose (object);
}

static void
gw_requirement_links_finalize (GObject *object)
{
  GwRequirementLinks *self = GW_REQUIREMENT_LINKS (object);

  g_free (self->entity);

  G_OBJECT_CLASS (gw_requirement_links_parent_class)->finalize (object);
}

static void
gw_requirement_links_class_init (GwRequirementLinksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_requirement_links_dispose;
  object_class->finalize = gw_requirement_links_finalize;

  /**
   * GwRequirementLinks::requirement-activated:
   * @requirement_id: the requirement to show in the Checklist
   */
  signals[REQUIREMENT_ACTIVATED] =
    g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gapwise/Gapwise/gw-requirement-links.ui");
  gtk_widget_class_bind_template_child (widget_class, GwRequirementLinks, group);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementLinks, link_button);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementLinks, list);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementLinks, popover);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementLinks, results_label);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementLinks, results_list);
  gtk_widget_class_bind_template_child (widget_class, GwRequirementLinks, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
gw_requirement_links_init (GwRequirementLinks *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (NULL);
  self->placeholder = GTK_LABEL (placeholder);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->list, placeholder);
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_requirement_links_set_requirements:
 * @requirements: (element-type GwRequirement): the audit's requirements
 *
 * Sets the catalogue that refs and questions are shown from and that the
 * Link popover searches. The array is kept, not copied.
 */
void
gw_requirement_links_set_requirements (GwRequirementLinks *self,
                                       GPtrArray          *requirements)
{
  g_return_if_fail (GW_IS_REQUIREMENT_LINKS (self));

  if (self->requirements == requirements)
    return;

  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->search_texts, g_ptr_array_unref);

  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  if (requirements != NULL)
    {
      self->requirements = g_ptr_array_ref (requirements);
      for (guint i = 0; i < requirements->len; i++)
        {
          GwRequirement *req = g_ptr_array_index (requirements, i);
          g_hash_table_insert (self->by_id, &req->id, req);
        }
    }

  reload (self);
}

/**
 * gw_requirement_links_set_target:
 * @audit: (nullable): the audit
 * @entity: "evidence" or "action"
 * @id: the item whose links are shown, or 0 for none
 */
void
gw_requirement_links_set_target (GwRequirementLinks *self,
                                 GwAudit            *audit,
                                 const char         *entity,
                                 gint64              id)
{
  g_return_if_fail (GW_IS_REQUIREMENT_LINKS (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));
  g_return_if_fail (g_strcmp0 (entity, "evidence") == 0 || g_strcmp0 (entity, "action") == 0);

  if (self->audit != audit)
    {
      if (self->audit != NULL)
        g_signal_handlers_disconnect_by_data (self->audit, self);
      g_set_object (&self->audit, audit);
      if (audit != NULL)
        g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_free (self->entity);
  self->entity = g_strdup (entity);
  self->id = id;

  if (g_str_equal (entity, "evidence"))
    {
      adw_preferences_group_set_title (self->group, _("Supports"));
      gtk_label_set_label (self->placeholder,
                           _("Unused: it supports no requirement yet. Use Link… to say which ones it shows are met."));
    }
  else
    {
      adw_preferences_group_set_title (self->group, _("Addresses"));
      gtk_label_set_label (self->placeholder,
                           _("Not linked to a requirement yet. Use Link… to say which gap it closes."));
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->link_button),
                            audit != NULL && !gw_audit_get_read_only (audit));
  reload (self);
}

/**
 * gw_requirement_links_get_linked:
 *
 * Returns: (transfer none) (nullable) (element-type gint64): the linked
 *   requirements, in checklist order
 */
GArray *
gw_requirement_links_get_linked (GwRequirementLinks *self)
{
  g_return_val_if_fail (GW_IS_REQUIREMENT_LINKS (self), NULL);
  return self->linked;
}

/**
 * gw_requirement_links_toggle:
 *
 * Links the item to @requirement_id, or removes the link if there is one.
 */
gboolean
gw_requirement_links_toggle (GwRequirementLinks  *self,
                             gint64               requirement_id,
                             GError             **error)
{
  gboolean link;

  g_return_val_if_fail (GW_IS_REQUIREMENT_LINKS (self), FALSE);
  g_return_val_if_fail (self->audit != NULL && self->id != 0, FALSE);

  link = !is_linked (self, requirement_id);
  if (g_strcmp0 (self->entity, "evidence") == 0)
    return gw_audit_link_evidence (self->audit, self->id, requirement_id, link, error);
  return gw_audit_link_action (self->audit, self->id, requirement_id, link, error);
}

/* Activates the @index-th linked requirement, as a click on it does. */
void
gw_requirement_links_activate_row (GwRequirementLinks *self,
                                   guint               index)
{
  GtkListBoxRow *row;

  g_return_if_fail (GW_IS_REQUIREMENT_LINKS (self));

  row = gtk_list_box_get_row_at_index (self->list, index);
  if (row != NULL)
    g_signal_emit_by_name (self->list, "row-activated", row);
}
