/* gw-evidence-view.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Evidence view: every evidence item of the audit in a table that
 * sorts on a click on a column header and filters by words, by kind and to
 * the items no requirement uses, with the chosen item's details, file and
 * requirements in a side pane (GwEvidenceDetails) that folds over the table
 * in a narrow window.
 *
 * The pipeline, built in init():
 *
 *   GListStore<GwEvidenceItem>   in audit order (by id), one item per evidence
 *    └ GtkSortListModel          sorter = the column view's sorter
 *       └ GtkFilterListModel     GtkCustomFilter: words, kind, unused
 *          └ GtkSingleSelection
 *             └ GtkColumnView
 *
 * Sorting comes before filtering on purpose: a keystroke in the search then
 * filters rows that are already sorted instead of sorting again what the
 * filter lets through, and a sort runs only when a header is clicked. The
 * sorters compare keys each item makes once (collation keys), and cells are
 * GtkInscriptions whose text is made when a row is bound, so only the rows
 * on screen are formatted.
 *
 * Once the table is filled, every item's sort and search keys are made in
 * low-priority idle steps, so the first click on a header does not pay for
 * 20,000 collation keys. Filtering and sorting are not incremental: on
 * GTK 4.8 the column view makes new cells for every visible row at each
 * change of the rows on screen, so an incremental filter, which changes
 * them a few hundred items at a time, costs that several times over
 * (measured by tests/gw-bench-views.c).
 *
 * The register is read when the view is first shown, in idle steps (the
 * requirements, then the evidence) behind a spinner, so opening an audit
 * is not held up by a page nobody looked at yet. After that the audit's
 * "changed" signal names the evidence items that changed; they are re-read
 * one by one in an idle and updated in place (one exact items_changed
 * each), new ones are spliced in together, deleted ones removed.
 */

#define G_LOG_DOMAIN "gw-evidence-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-evidence-details.h"
#include "gw-evidence-dialog.h"
#include "gw-evidence-item.h"
#include "gw-evidence-view.h"
#include "gw-table-columns.h"
#include "gw-table-utils.h"
#include "gw-ui-utils.h"

#define KEYS_BUDGET_US  6000

typedef enum
{
  LOAD_NONE,
  LOAD_REQUIREMENTS,
  LOAD_EVIDENCE,
  LOAD_FILL,
  LOAD_DONE,
} LoadPhase;

struct _GwEvidenceView
{
  GtkWidget           parent_instance;

  GwAudit            *audit;
  GPtrArray          *requirements;
  GListStore         *store;
  GtkSortListModel   *sort_model;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GHashTable         *items;            /* gint64 id → GwEvidenceItem (borrowed) */
  GtkColumnViewColumn *columns[GW_EVIDENCE_COLUMN_LINKS + 1];

  /* Filter state */
  char              **words;
  char               *search_text;
  int                 kind;             /* a GwEvidenceKind, or -1 for all */
  gboolean            unused_only;

  /* Loading and live updates */
  LoadPhase           phase;
  guint               load_source;
  GPtrArray          *loaded;           /* GwEvidence records read by LOAD_EVIDENCE */
  GHashTable         *changed_ids;      /* gint64 set */
  guint               changes_source;
  guint               flap_source;
  guint               keys_source;
  guint               keys_position;
  gint64              select_when_added;
  char               *count_text;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkLabel           *count_label;
  GwEvidenceDetails  *details;
  AdwFlap            *flap;
  GtkDropDown        *kind_dropdown;
  GtkButton          *new_button;
  GtkSearchEntry     *search_entry;
  GtkSpinner         *spinner;
  GtkStack           *stack;
  GtkWidget          *status_separator;
  GtkWidget          *toolbar;
  GtkWidget          *toolbar_separator;
  GtkToggleButton    *unused_button;
};

G_DEFINE_FINAL_TYPE (GwEvidenceView, gw_evidence_view, GTK_TYPE_WIDGET)

enum {
  REQUIREMENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Filtering ---------------------------------------------------------------- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GwEvidenceView *self = user_data;
  const GwEvidence *e = gw_evidence_item_get_evidence (item);

  if (self->kind >= 0 && (int) e->kind != self->kind)
    return FALSE;
  if (self->unused_only && e->n_links > 0)
    return FALSE;
  /* The search text is made only once something is searched for. */
  return self->words == NULL || gw_text_matches (gw_evidence_item_get_search_text (item), self->words);
}

static void
apply_search (GwEvidenceView *self,
              const char     *text)
{
  GtkFilterChange change;

  if (gw_search_update (&self->search_text, &self->words, text, &change))
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
search_changed_cb (GwEvidenceView *self,
                   GtkSearchEntry *entry)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
stop_search_cb (GwEvidenceView *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
kind_changed_cb (GwEvidenceView *self,
                 GParamSpec     *pspec,
                 GtkDropDown    *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  int kind = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  int old = self->kind;

  if (kind == old)
    return;

  self->kind = kind;
  gtk_filter_changed (GTK_FILTER (self->filter),
                      old < 0 ? GTK_FILTER_CHANGE_MORE_STRICT
                      : kind < 0 ? GTK_FILTER_CHANGE_LESS_STRICT
                      : GTK_FILTER_CHANGE_DIFFERENT);
}

static void
unused_toggled_cb (GwEvidenceView  *self,
                   GtkToggleButton *button)
{
  gboolean active = gtk_toggle_button_get_active (button);

  if (active == self->unused_only)
    return;

  self->unused_only = active;
  gtk_filter_changed (GTK_FILTER (self->filter),
                      active ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
clear_filters_cb (GwEvidenceView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self, "");
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_toggle_button_set_active (self->unused_button, FALSE);
}

/* What the view shows ---------------------------------------------------- */

static void
update_state (GwEvidenceView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *shown_text = gw_format_number (shown);
  g_autofree char *total_text = gw_format_number (total);
  const char *page;

  g_clear_pointer (&self->count_text, g_free);
  if (shown == total)
    self->count_text = g_strdup_printf (ngettext ("%s item", "%s items", total), total_text);
  else
    /* Translators: "312 of 20,000 items" */
    self->count_text = g_strdup_printf (ngettext ("%s of %s item", "%s of %s items", total),
                                        shown_text, total_text);
  gtk_label_set_label (self->count_label, self->count_text);

  if (self->phase != LOAD_DONE)
    page = "loading";
  else if (total == 0)
    page = "empty";
  else if (shown == 0)
    page = "no-results";
  else
    page = "table";

  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_spinner_set_spinning (self->spinner, self->phase != LOAD_DONE && self->phase != LOAD_NONE);
  gtk_widget_set_visible (self->toolbar, total > 0);
  gtk_widget_set_visible (self->toolbar_separator, total > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), total > 0);
  gtk_widget_set_visible (self->status_separator, total > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_button),
                            self->audit && !gw_audit_get_read_only (self->audit));
}

static void
filter_items_changed_cb (GwEvidenceView *self)
{
  update_state (self);

  /* An item asked for while a large register was still being filtered. */
  if (self->select_when_added != 0 && gw_evidence_view_is_settled (self) &&
      gw_evidence_view_select_evidence (self, self->select_when_added))
    self->select_when_added = 0;
}

static GwEvidenceItem *
selected_item (GwEvidenceView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
selection_changed_cb (GwEvidenceView *self)
{
  GwEvidenceItem *item = selected_item (self);

  if (item == NULL)
    return;

  gw_evidence_details_set_evidence_id (self->details, gw_evidence_item_get_id (item));
  /* Docked beside the table the pane follows the selection; folded over
   * it, it opens only when a row is activated. */
  if (!adw_flap_get_folded (self->flap))
    gw_flap_reveal (self->flap);
}

static void
row_activated_cb (GwEvidenceView *self,
                  guint           position,
                  GtkColumnView  *view)
{
  g_autoptr(GwEvidenceItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item == NULL)
    return;

  gw_evidence_details_set_evidence_id (self->details, gw_evidence_item_get_id (item));
  gw_flap_reveal (self->flap);
}

static gboolean
update_flap_cb (gpointer data)
{
  GwEvidenceView *self = data;

  gboolean folded = adw_flap_get_folded (self->flap);

  self->flap_source = 0;

  /* In a narrow window the table keeps what identifies an item. */
  gtk_column_view_column_set_visible (self->columns[GW_EVIDENCE_COLUMN_KIND], !folded);
  gtk_column_view_column_set_visible (self->columns[GW_EVIDENCE_COLUMN_REFERENCE], !folded);
  gtk_column_view_column_set_visible (self->columns[GW_EVIDENCE_COLUMN_FILE], !folded);

  /* Folding hides the pane; unfolding shows it again if an item is chosen. */
  if (folded)
    adw_flap_set_reveal_flap (self->flap, FALSE);
  else if (gw_evidence_details_get_evidence_id (self->details) != 0)
    gw_flap_reveal (self->flap);
  return G_SOURCE_REMOVE;
}

/* The flap is "locked", so it never opens or closes by itself; the change
 * is made after the allocation that folded it, not inside it. */
static void
flap_folded_cb (GwEvidenceView *self)
{
  if (self->flap_source == 0)
    self->flap_source = g_idle_add (update_flap_cb, self);
}

static void
details_close_cb (GwEvidenceView *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
details_requirement_activated_cb (GwEvidenceView *self,
                                  gint64          requirement_id)
{
  g_signal_emit (self, signals[REQUIREMENT_ACTIVATED], 0, requirement_id);
}

static void
dialog_evidence_id_cb (GwEvidenceView   *self,
                       GParamSpec       *pspec,
                       GwEvidenceDialog *dialog)
{
  gint64 id = gw_evidence_dialog_get_evidence_id (dialog);

  /* The new item arrives with the audit's "changed" signal; select it then. */
  if (id != 0 && !gw_evidence_view_select_evidence (self, id))
    self->select_when_added = id;
}

static void
new_clicked_cb (GwEvidenceView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GwEvidenceDialog *dialog;

  if (self->audit == NULL)
    return;

  dialog = gw_evidence_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->audit, 0, 0);
  g_signal_connect_object (dialog, "notify::evidence-id", G_CALLBACK (dialog_evidence_id_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The store ---------------------------------------------------------------- */

/* The store is in id order: find @id by bisection. */
static guint
find_position (GwEvidenceView *self,
               gint64          id,
               gboolean       *found)
{
  guint lo = 0, hi = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(GwEvidenceItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), mid);
      gint64 mid_id = gw_evidence_item_get_id (item);

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
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return (x > y) - (x < y);
}

static void
apply_changes (GwEvidenceView *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) appended = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gint64 *key;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  gint64 last_id = 0;

  if (n_items > 0)
    {
      g_autoptr(GwEvidenceItem) last = g_list_model_get_item (G_LIST_MODEL (self->store), n_items - 1);
      last_id = gw_evidence_item_get_id (last);
    }

  g_hash_table_iter_init (&iter, self->changed_ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    g_array_append_val (ids, *key);
  g_hash_table_remove_all (self->changed_ids);
  g_array_sort (ids, compare_ids);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(GError) error = NULL;
      GwEvidence *e = gw_audit_get_evidence (self->audit, id, &error);
      GwEvidenceItem *item = g_hash_table_lookup (self->items, &id);
      gboolean found = FALSE;
      guint position;

      if (e == NULL && !g_error_matches (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM))
        {
          gw_toast_error (GTK_WIDGET (self), _("The evidence register could not be updated"), error);
          continue;
        }

      if (e != NULL && item == NULL && id > last_id)
        {
          /* New items come last; they are spliced in together below. */
          item = gw_evidence_item_new (e);
          g_hash_table_insert (self->items, g_memdup2 (&id, sizeof id), item);
          g_ptr_array_add (appended, item);
          continue;
        }

      position = find_position (self, id, &found);
      if (e == NULL)
        {
          if (found)
            g_list_store_remove (self->store, position);
          g_hash_table_remove (self->items, &id);
        }
      else if (item != NULL && found)
        {
          /* Same object, new content: one exact change at its position. */
          gw_evidence_item_set_evidence (item, e);
          g_list_store_splice (self->store, position, 1, (gpointer *) &item, 1);
        }
      else
        {
          g_autoptr(GwEvidenceItem) added = gw_evidence_item_new (e);
          g_hash_table_insert (self->items, g_memdup2 (&id, sizeof id), added);
          g_list_store_insert (self->store, position, added);
        }
    }

  if (appended->len > 0)
    g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                         appended->pdata, appended->len);

  if (self->select_when_added != 0 && gw_evidence_view_select_evidence (self, self->select_when_added))
    self->select_when_added = 0;
}

static gboolean
apply_changes_cb (gpointer data)
{
  GwEvidenceView *self = data;

  self->changes_source = 0;
  if (self->phase == LOAD_DONE && self->audit != NULL && !gw_audit_get_closed (self->audit))
    apply_changes (self);
  return G_SOURCE_REMOVE;
}

static void
audit_changed_cb (GwEvidenceView *self,
                  const char     *entity,
                  gint64          id,
                  GwAudit        *audit)
{
  if (!g_str_equal (entity, "evidence") || self->phase == LOAD_NONE)
    return;

  g_hash_table_add (self->changed_ids, g_memdup2 (&id, sizeof id));

  /* Edits in a batch arrive together: apply them in one go, before the
   * next frame is drawn. */
  if (self->phase == LOAD_DONE && self->changes_source == 0)
    self->changes_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_changes_cb, self, NULL);
}

/* Loading ------------------------------------------------------------------ */

static void
fill_store (GwEvidenceView *self)
{
  g_autoptr(GPtrArray) records = g_steal_pointer (&self->loaded);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (records->len, g_object_unref);

  /* The records move into the items. */
  g_ptr_array_set_free_func (records, NULL);
  for (guint i = 0; i < records->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (records, i);
      GwEvidenceItem *item = gw_evidence_item_new (e);

      g_hash_table_insert (self->items, g_memdup2 (&e->id, sizeof e->id), item);
      g_ptr_array_add (items, item);
    }

  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
}

static gboolean
prepare_keys_cb (gpointer data)
{
  GwEvidenceView *self = data;
  GListModel *store = G_LIST_MODEL (self->store);
  guint n = g_list_model_get_n_items (store);
  gint64 deadline = g_get_monotonic_time () + KEYS_BUDGET_US;

  while (self->keys_position < n)
    {
      g_autoptr(GwEvidenceItem) item = g_list_model_get_item (store, self->keys_position++);

      gw_evidence_item_prepare_keys (item);
      if (self->keys_position % 128 == 0 && g_get_monotonic_time () > deadline)
        return G_SOURCE_CONTINUE;
    }

  self->keys_source = 0;
  return G_SOURCE_REMOVE;
}

static void
start_preparing_keys (GwEvidenceView *self)
{
  self->keys_position = 0;
  if (self->keys_source == 0)
    self->keys_source = g_idle_add_full (G_PRIORITY_LOW, prepare_keys_cb, self, NULL);
}

static gboolean
load_step_cb (gpointer data)
{
  GwEvidenceView *self = data;
  g_autoptr(GError) error = NULL;

  if (self->audit == NULL || gw_audit_get_closed (self->audit))
    {
      self->load_source = 0;
      return G_SOURCE_REMOVE;
    }

  switch (self->phase)
    {
    case LOAD_REQUIREMENTS:
      g_clear_pointer (&self->requirements, g_ptr_array_unref);
      self->requirements = gw_audit_list_requirements (self->audit, &error);
      gw_evidence_details_set_audit (self->details, self->audit, self->requirements);
      self->phase = LOAD_EVIDENCE;
      return G_SOURCE_CONTINUE;

    case LOAD_EVIDENCE:
      /* One query, then the rows in the next step: two shorter waits. */
      self->loaded = gw_audit_list_evidence (self->audit, 0, &error);
      if (self->loaded != NULL)
        {
          self->phase = LOAD_FILL;
          return G_SOURCE_CONTINUE;
        }
      G_GNUC_FALLTHROUGH;

    case LOAD_FILL:
      if (self->loaded != NULL)
        {
          fill_store (self);
          start_preparing_keys (self);
        }
      self->phase = LOAD_DONE;
      self->load_source = 0;
      if (error != NULL)
        gw_toast_error (GTK_WIDGET (self), _("The evidence register could not be read"), error);
      /* Edits made while it was read. */
      if (g_hash_table_size (self->changed_ids) > 0)
        apply_changes (self);
      else if (self->select_when_added != 0 &&
               gw_evidence_view_select_evidence (self, self->select_when_added))
        self->select_when_added = 0;
      update_state (self);
      return G_SOURCE_REMOVE;

    case LOAD_NONE:
    case LOAD_DONE:
    default:
      self->load_source = 0;
      return G_SOURCE_REMOVE;
    }
}

static void
start_load (GwEvidenceView *self)
{
  if (self->audit == NULL || self->phase != LOAD_NONE)
    return;

  self->phase = LOAD_REQUIREMENTS;
  update_state (self);
  /* Below the priority of redrawing, so the spinner shows first. */
  self->load_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_step_cb, self, NULL);
}

static void
gw_evidence_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (gw_evidence_view_parent_class)->map (widget);
  start_load (GW_EVIDENCE_VIEW (widget));
}

/* GObject ------------------------------------------------------------------ */

static void
gw_evidence_view_dispose (GObject *object)
{
  GwEvidenceView *self = GW_EVIDENCE_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->changes_source, g_source_remove);
  g_clear_handle_id (&self->flap_source, g_source_remove);
  g_clear_handle_id (&self->keys_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_EVIDENCE_VIEW);
  /* Children without an id are not the template's to remove. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->audit);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->loaded, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->changed_ids, g_hash_table_unref);

  G_OBJECT_CLASS (gw_evidence_view_parent_class)->dispose (object);
}

static void
gw_evidence_view_finalize (GObject *object)
{
  GwEvidenceView *self = GW_EVIDENCE_VIEW (object);

  g_strfreev (self->words);
  g_free (self->search_text);
  g_free (self->count_text);

  G_OBJECT_CLASS (gw_evidence_view_parent_class)->finalize (object);
}

static void
gw_evidence_view_class_init (GwEvidenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_evidence_view_dispose;
  object_class->finalize = gw_evidence_view_finalize;
  widget_class->map = gw_evidence_view_map;

  /**
   * GwEvidenceView::requirement-activated:
   * @requirement_id: a requirement to show in the Checklist
   */
  signals[REQUIREMENT_ACTIVATED] =
    g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/gapwise/Gapwise/gw-evidence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, column_view);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, count_label);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, details);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, flap);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, new_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, spinner);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, stack);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, status_separator);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, toolbar_separator);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceView, unused_button);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_close_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_requirement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, flap_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, unused_toggled_cb);

  g_type_ensure (GW_TYPE_EVIDENCE_DETAILS);
}

static void
gw_evidence_view_init (GwEvidenceView *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->kind = -1;
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->changed_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_string_list_append (kinds, _("All Kinds"));
  for (guint k = GW_EVIDENCE_KIND_DOCUMENT; k <= GW_EVIDENCE_KIND_OTHER; k++)
    gtk_string_list_append (kinds, gw_evidence_kind_to_label (k));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  gw_evidence_columns_add (self->column_view, self->columns);
  gw_table_enable_tooltips (self->column_view);

  self->store = g_list_store_new (GW_TYPE_EVIDENCE_ITEM);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (filter_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);

  update_state (self);
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_evidence_view_set_audit:
 * @audit: (nullable): the audit to show
 *
 * The register is read the first time the view is shown.
 */
void
gw_evidence_view_set_audit (GwEvidenceView *self,
                            GwAudit        *audit)
{
  g_return_if_fail (GW_IS_EVIDENCE_VIEW (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_data (self->audit, self);

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->changes_source, g_source_remove);
  g_clear_handle_id (&self->keys_source, g_source_remove);
  g_hash_table_remove_all (self->changed_ids);
  g_hash_table_remove_all (self->items);
  g_list_store_remove_all (self->store);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->loaded, g_ptr_array_unref);
  self->select_when_added = 0;
  self->phase = LOAD_NONE;

  g_set_object (&self->audit, audit);
  gw_evidence_details_set_audit (self->details, audit, NULL);
  adw_flap_set_reveal_flap (self->flap, FALSE);
  clear_filters_cb (self);

  if (audit != NULL)
    {
      g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        start_load (self);
    }

  update_state (self);
}

gboolean
gw_evidence_view_is_loaded (GwEvidenceView *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_VIEW (self), FALSE);
  return self->phase == LOAD_DONE;
}

/**
 * gw_evidence_view_get_rows:
 *
 * Returns: (transfer none): the rows as the table shows them, sorted and
 *   filtered (a #GtkSelectionModel of #GwEvidenceItem)
 */
GListModel *
gw_evidence_view_get_rows (GwEvidenceView *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_VIEW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

guint
gw_evidence_view_get_n_total (GwEvidenceView *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}

/* "312 of 20,000 items", as the status line shows it. */
const char *
gw_evidence_view_get_count_text (GwEvidenceView *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_VIEW (self), NULL);
  return self->count_text;
}

/* Whether the table has caught up with the last sort or filter change;
 * the models are not incremental, so it has once the register is read. */
gboolean
gw_evidence_view_is_settled (GwEvidenceView *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_VIEW (self), FALSE);
  return self->phase == LOAD_DONE &&
         gtk_filter_list_model_get_pending (self->filter_model) == 0 &&
         gtk_sort_list_model_get_pending (self->sort_model) == 0;
}

/* "loading", "empty", "no-results" or "table". */
const char *
gw_evidence_view_get_visible_state (GwEvidenceView *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* Searches at once, without the search entry's typing delay. */
void
gw_evidence_view_set_search_text (GwEvidenceView *self,
                                  const char     *text)
{
  g_return_if_fail (GW_IS_EVIDENCE_VIEW (self));

  apply_search (self, text);
  /* Setting the text empties the entry first, which would search for "". */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
}

/**
 * gw_evidence_view_set_kind_filter:
 * @kind: a #GwEvidenceKind, or -1 for every kind
 */
void
gw_evidence_view_set_kind_filter (GwEvidenceView *self,
                                  int             kind)
{
  g_return_if_fail (GW_IS_EVIDENCE_VIEW (self));
  g_return_if_fail (kind >= -1 && kind <= GW_EVIDENCE_KIND_OTHER);

  gtk_drop_down_set_selected (self->kind_dropdown, kind + 1);
}

void
gw_evidence_view_set_unused_only (GwEvidenceView *self,
                                  gboolean        unused_only)
{
  g_return_if_fail (GW_IS_EVIDENCE_VIEW (self));

  gtk_toggle_button_set_active (self->unused_button, unused_only);
}

/* As a click on the column's header does. */
void
gw_evidence_view_sort_by (GwEvidenceView   *self,
                          GwEvidenceColumn  column,
                          GtkSortType       sort_order)
{
  g_return_if_fail (GW_IS_EVIDENCE_VIEW (self));
  g_return_if_fail (column <= GW_EVIDENCE_COLUMN_LINKS);

  gtk_column_view_sort_by_column (self->column_view, self->columns[column], sort_order);
}

/**
 * gw_evidence_view_select_evidence:
 *
 * Selects @evidence_id in the table, clearing the search and filters if
 * they hide it, scrolls to it and shows its details. Before the register
 * has been read (the view was just shown) this happens as soon as it is.
 *
 * Returns: %FALSE if the view holds no such item (yet)
 */
gboolean
gw_evidence_view_select_evidence (GwEvidenceView *self,
                                  gint64          evidence_id)
{
  GwEvidenceItem *item;
  guint n;

  g_return_val_if_fail (GW_IS_EVIDENCE_VIEW (self), FALSE);

  item = g_hash_table_lookup (self->items, &evidence_id);
  if (item == NULL)
    {
      /* Not read yet: select it when it is. */
      if (self->phase != LOAD_DONE)
        self->select_when_added = evidence_id;
      return FALSE;
    }

  if (!filter_func (item, self))
    clear_filters_cb (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwEvidenceItem) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (row == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gw_table_scroll_to (self->column_view, i);
          gw_evidence_details_set_evidence_id (self->details, evidence_id);
          gw_flap_reveal (self->flap);
          return TRUE;
        }
    }

  /* Still being filtered in: select it when it arrives. */
  if (!gw_evidence_view_is_settled (self))
    self->select_when_added = evidence_id;
  return FALSE;
}

GtkWidget *
gw_evidence_view_get_details (GwEvidenceView *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_VIEW (self), NULL);
  return GTK_WIDGET (self->details);
}
