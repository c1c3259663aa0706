/* gw-evidence-chooser.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Links evidence already in the audit's register to a requirement, since
 * one document often supports several clauses. The register is listed with
 * a check box per item (those already linked are checked and greyed out),
 * filtered as you type in the search entry by title, reference, notes, kind
 * and file name. Link adds every checked item at once.
 *
 * An audit's register holds tens to a few hundred items, so this is a
 * GtkListBox of rows made once with a filter function, not a model
 * pipeline: the rows never change while the chooser is open.
 */

#define G_LOG_DOMAIN "gw-evidence-chooser"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gw-evidence-chooser.h"
#include "gw-evidence-row.h"

struct _GwEvidenceChooser
{
  AdwWindow        parent_instance;

  GwAudit         *audit;
  gint64           requirement_id;
  GPtrArray       *items;             /* GwEvidence, in list order */
  char            *query;             /* casefolded search text */

  /* Template widgets */
  GtkButton       *link_button;
  GtkListBox      *list_box;
  GtkSearchEntry  *search_entry;
  GtkStack        *stack;
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
};

G_DEFINE_FINAL_TYPE (GwEvidenceChooser, gw_evidence_chooser, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_AUDIT,
  PROP_REQUIREMENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each row carries. */
#define ROW_EVIDENCE "gw-evidence"
#define ROW_CHECK    "gw-check"
#define ROW_HAYSTACK "gw-haystack"
#define ROW_LINKED   "gw-linked"

static char *
haystack_for (const GwEvidence *e)
{
  g_autofree char *text = g_strjoin ("\n",
                                     e->title ? e->title : "",
                                     e->reference ? e->reference : "",
                                     e->notes ? e->notes : "",
                                     e->file_name ? e->file_name : "",
                                     gw_evidence_kind_to_label (e->kind),
                                     NULL);
  return g_utf8_casefold (text, -1);
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  GwEvidenceChooser *self = user_data;
  const char *haystack;

  if (self->query == NULL || *self->query == '\0')
    return TRUE;

  haystack = g_object_get_data (G_OBJECT (row), ROW_HAYSTACK);
  return haystack && strstr (haystack, self->query) != NULL;
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  const GwEvidence *ea = *(const GwEvidence **) a;
  const GwEvidence *eb = *(const GwEvidence **) b;

  return g_utf8_collate (ea->title ? ea->title : "", eb->title ? eb->title : "");
}

static GtkCheckButton *
row_check (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ROW_CHECK);
}

static gboolean
row_selectable (GtkWidget *row)
{
  return !GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), ROW_LINKED));
}

static void
update_link_button (GwEvidenceChooser *self)
{
  guint n = gw_evidence_chooser_get_n_selected (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->link_button), n > 0);
}

static void
check_toggled_cb (GwEvidenceChooser *self,
                  GtkCheckButton    *check)
{
  update_link_button (self);
}

static GtkWidget *
create_row (GwEvidenceChooser *self,
            const GwEvidence  *e,
            const GArray      *linked_ids)
{
  g_autofree char *summary = gw_evidence_describe (e);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (gw_evidence_kind_icon_name (e->kind));
  gboolean linked = FALSE;

  for (guint i = 0; linked_ids && i < linked_ids->len; i++)
    if (g_array_index (linked_ids, gint64, i) == e->id)
      linked = TRUE;

  if (linked)
    /* Translators: shown under evidence that already supports the requirement */
    subtitle = g_strdup_printf (_("Already linked · %s"), summary);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), e->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : summary);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), linked);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, e->title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_set_tooltip_text (icon, gw_evidence_kind_to_label (e->kind));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_widget_set_sensitive (row, !linked);

  g_object_set_data (G_OBJECT (row), ROW_EVIDENCE, (gpointer) e);
  g_object_set_data (G_OBJECT (row), ROW_CHECK, check);
  g_object_set_data (G_OBJECT (row), ROW_LINKED, GINT_TO_POINTER (linked));
  g_object_set_data_full (G_OBJECT (row), ROW_HAYSTACK, haystack_for (e), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, G_CONNECT_SWAPPED);

  return row;
}

static void
load (GwEvidenceChooser *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GArray) linked_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->audit == NULL || gw_audit_get_closed (self->audit))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->items = gw_audit_list_evidence (self->audit, 0, &error);
  if (self->items == NULL)
    {
      AdwToast *toast = adw_toast_new_format ("%s: %s", _("The evidence register could not be read"),
                                              error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (self->requirement_id != 0)
    linked = gw_audit_list_evidence (self->audit, self->requirement_id, NULL);
  for (guint i = 0; linked && i < linked->len; i++)
    g_array_append_val (linked_ids, ((GwEvidence *) g_ptr_array_index (linked, i))->id);

  g_ptr_array_sort (self->items, compare_titles);
  for (guint i = 0; i < self->items->len; i++)
    gtk_list_box_append (self->list_box, create_row (self, g_ptr_array_index (self->items, i), linked_ids));

  gtk_stack_set_visible_child_name (self->stack, self->items->len > 0 ? "list" : "empty");
}

static void
link_and_close (GwEvidenceChooser *self)
{
  g_autoptr(GError) error = NULL;

  if (!gw_evidence_chooser_link (self, &error))
    {
      AdwToast *toast = adw_toast_new_format ("%s: %s", _("The evidence could not be linked"),
                                              error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
link_clicked_cb (GwEvidenceChooser *self,
                 GtkButton         *button)
{
  link_and_close (self);
}

static void
search_changed_cb (GwEvidenceChooser *self,
                   GtkSearchEntry    *entry)
{
  g_free (self->query);
  self->query = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  g_strstrip (self->query);
  gtk_list_box_invalidate_filter (self->list_box);
}

/* Enter in the search entry checks the only match, or links what is
 * checked: typing a document number and pressing Enter twice links it. */
static void
search_activate_cb (GwEvidenceChooser *self,
                    GtkSearchEntry    *entry)
{
  GtkWidget *only = NULL;
  guint n_visible = 0;

  /* Enter may come before the search delay has passed. */
  search_changed_cb (self, entry);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (GTK_IS_LIST_BOX_ROW (row) && filter_func (GTK_LIST_BOX_ROW (row), self) &&
          row_selectable (row))
        {
          only = row;
          n_visible++;
        }
    }

  if (n_visible == 1 && !gtk_check_button_get_active (row_check (only)))
    gtk_check_button_set_active (row_check (only), TRUE);
  else if (gw_evidence_chooser_get_n_selected (self) > 0)
    link_and_close (self);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
search_stop_cb (GwEvidenceChooser *self,
                GtkSearchEntry    *entry)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
gw_evidence_chooser_constructed (GObject *object)
{
  GwEvidenceChooser *self = GW_EVIDENCE_CHOOSER (object);

  G_OBJECT_CLASS (gw_evidence_chooser_parent_class)->constructed (object);

  if (self->audit != NULL && self->requirement_id != 0 && !gw_audit_get_closed (self->audit))
    {
      g_autoptr(GwRequirement) req = gw_audit_get_requirement (self->audit, self->requirement_id, NULL);
      g_autofree char *subtitle = NULL;

      if (req != NULL)
        {
          /* Translators: the subtitle of the Link Evidence window, with a requirement ref */
          subtitle = g_strdup_printf (_("to %s"), req->ref);
          adw_window_title_set_subtitle (self->window_title, subtitle);
        }
    }

  load (self);
  update_link_button (self);
}

static void
gw_evidence_chooser_dispose (GObject *object)
{
  GwEvidenceChooser *self = GW_EVIDENCE_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_EVIDENCE_CHOOSER);
  g_clear_object (&self->audit);

  G_OBJECT_CLASS (gw_evidence_chooser_parent_class)->dispose (object);
}

static void
gw_evidence_chooser_finalize (GObject *object)
{
  GwEvidenceChooser *self = GW_EVIDENCE_CHOOSER (object);

  /* The rows point into the items, so these go after the template. */
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self->query);

  G_OBJECT_CLASS (gw_evidence_chooser_parent_class)->finalize (object);
}

static void
gw_evidence_chooser_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GwEvidenceChooser *self = GW_EVIDENCE_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      g_value_set_object (value, self->audit);
      break;
    case PROP_REQUIREMENT_ID:
      g_value_set_int64 (value, self->requirement_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_evidence_chooser_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  GwEvidenceChooser *self = GW_EVIDENCE_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      self->audit = g_value_dup_object (value);
      break;
    case PROP_REQUIREMENT_ID:
      self->requirement_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_evidence_chooser_class_init (GwEvidenceChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gw_evidence_chooser_constructed;
  object_class->dispose = gw_evidence_chooser_dispose;
  object_class->finalize = gw_evidence_chooser_finalize;
  object_class->get_property = gw_evidence_chooser_get_property;
  object_class->set_property = gw_evidence_chooser_set_property;

  properties[PROP_AUDIT] =
    g_param_spec_object ("audit", NULL, NULL, GW_TYPE_AUDIT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REQUIREMENT_ID] =
    g_param_spec_int64 ("requirement-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-evidence-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceChooser, link_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceChooser, list_box);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceChooser, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceChooser, window_title);
  gtk_widget_class_bind_template_callback (widget_class, link_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gw_evidence_chooser_init (GwEvidenceChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->list_box, filter_func, self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * gw_evidence_chooser_new:
 * @parent: (nullable): the window the chooser is modal for
 * @audit: the audit
 * @requirement_id: the requirement to link evidence to
 *
 * Returns: (transfer none): a new chooser, not yet shown
 */
GwEvidenceChooser *
gw_evidence_chooser_new (GtkWindow *parent,
                         GwAudit   *audit,
                         gint64     requirement_id)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GW_IS_AUDIT (audit), NULL);

  return g_object_new (GW_TYPE_EVIDENCE_CHOOSER,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "audit", audit,
                       "requirement-id", requirement_id,
                       NULL);
}

void
gw_evidence_chooser_set_search_text (GwEvidenceChooser *self,
                                     const char        *text)
{
  g_return_if_fail (GW_IS_EVIDENCE_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Filter now rather than after the entry's search delay. */
  search_changed_cb (self, self->search_entry);
}

/**
 * gw_evidence_chooser_get_n_visible:
 *
 * Returns: how many items the search leaves visible
 */
guint
gw_evidence_chooser_get_n_visible (GwEvidenceChooser *self)
{
  guint n = 0;

  g_return_val_if_fail (GW_IS_EVIDENCE_CHOOSER (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && filter_func (GTK_LIST_BOX_ROW (row), self))
      n++;

  return n;
}

/**
 * gw_evidence_chooser_set_selected:
 *
 * Checks or unchecks the item @evidence_id.
 *
 * Returns: %FALSE if it is not in the list or is already linked
 */
gboolean
gw_evidence_chooser_set_selected (GwEvidenceChooser *self,
                                  gint64             evidence_id,
                                  gboolean           selected)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_CHOOSER (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const GwEvidence *e = g_object_get_data (G_OBJECT (row), ROW_EVIDENCE);

      if (e == NULL || e->id != evidence_id)
        continue;
      if (!row_selectable (row))
        return FALSE;

      gtk_check_button_set_active (row_check (row), selected);
      return TRUE;
    }

  return FALSE;
}

guint
gw_evidence_chooser_get_n_selected (GwEvidenceChooser *self)
{
  guint n = 0;

  g_return_val_if_fail (GW_IS_EVIDENCE_CHOOSER (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (row_check (row) && row_selectable (row) && gtk_check_button_get_active (row_check (row)))
      n++;

  return n;
}

/**
 * gw_evidence_chooser_link:
 *
 * Links every checked item to the requirement. The Link button also
 * closes the chooser.
 *
 * Returns: %TRUE on success
 */
gboolean
gw_evidence_chooser_link (GwEvidenceChooser  *self,
                          GError            **error)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_CHOOSER (self), FALSE);

  if (self->audit == NULL || gw_audit_get_closed (self->audit) || self->requirement_id == 0)
    {
      g_set_error_literal (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED, _("No requirement is open."));
      return FALSE;
    }

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const GwEvidence *e = g_object_get_data (G_OBJECT (row), ROW_EVIDENCE);

      if (e == NULL || !row_selectable (row) || !gtk_check_button_get_active (row_check (row)))
        continue;

      if (!gw_audit_link_evidence (self->audit, e->id, self->requirement_id, TRUE, error))
        return FALSE;

      /* Linked now: keep it checked but out of a second link. */
      g_object_set_data (G_OBJECT (row), ROW_LINKED, GINT_TO_POINTER (TRUE));
      gtk_widget_set_sensitive (row, FALSE);
    }

  update_link_button (self);
  return TRUE;
}
