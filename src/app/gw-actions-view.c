/* gw-actions-view.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Actions view: the action plan as a table — title, the requirements
 * each action addresses, owner, due date (marked when it has passed),
 * priority and status — that sorts on a click on a header (by due date at
 * first, so what is late comes first) and filters by words and to my
 * actions, the open ones and the overdue ones. The chosen action's details
 * and links are in a side pane (GwActionDetails) that folds over the table
 * in a narrow window.
 *
 * The pipeline, built in init():
 *
 *   GListStore<GwActionItem>   in audit order (by id)
 *    └ GtkSortListModel        sorter = the column view's sorter
 *       └ GtkFilterListModel   GtkCustomFilter: words, mine, open, overdue
 *          └ GtkSingleSelection
 *             └ GtkColumnView
 *
 * As in the Evidence view, sorting comes before filtering so a keystroke
 * never sorts. Each action's requirement refs are read once when the plan
 * is read (one query per action, not per row drawn) and again only for an
 * action the audit's "changed" signal names. "Mine" compares the owner with
 * the author name set in Preferences (gw_audit_get_author()).
 */

#define G_LOG_DOMAIN "gw-actions-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-action-details.h"
#include "gw-action-dialog.h"
#include "gw-action-item.h"
#include "gw-actions-view.h"
#include "gw-table-columns.h"
#include "gw-table-utils.h"
#include "gw-ui-utils.h"
#include "gw-warnings.h"

typedef enum
{
  LOAD_NONE,
  LOAD_REQUIREMENTS,
  LOAD_ACTIONS,
  LOAD_DONE,
} LoadPhase;

struct _GwActionsView
{
  GtkWidget            parent_instance;

  GwAudit             *audit;
  GPtrArray           *requirements;
  GHashTable          *requirement_positions;  /* gint64 → position + 1 */
  GListStore          *store;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;
  GHashTable          *items;                  /* gint64 id → GwActionItem (borrowed) */
  GtkColumnViewColumn *columns[GW_ACTIONS_COLUMN_STATUS + 1];
  char                *today;

  /* Filter state */
  char               **words;
  char                *search_text;
  char                *author;                 /* case-folded */
  gboolean             mine;
  gboolean             open;
  gboolean             overdue;

  /* Loading and live updates */
  LoadPhase            phase;
  guint                load_source;
  GHashTable          *changed_ids;
  guint                changes_source;
  guint                flap_source;
  gint64               select_when_added;
  char                *count_text;

  /* Template widgets */
  GtkColumnView       *column_view;
  GtkLabel            *count_label;
  GwActionDetails     *details;
  AdwFlap             *flap;
  GtkToggleButton     *mine_button;
  GtkButton           *new_button;
  GtkToggleButton     *open_button;
  GtkToggleButton     *overdue_button;
  GtkSearchEntry      *search_entry;
  GtkSpinner          *spinner;
  GtkStack            *stack;
  GtkWidget           *status_separator;
  GtkWidget           *toolbar;
  GtkWidget           *toolbar_separator;
};

G_DEFINE_FINAL_TYPE (GwActionsView, gw_actions_view, GTK_TYPE_WIDGET)

enum {
  REQUIREMENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Filtering ---------------------------------------------------------------- */

/* The owner field often holds "Name, Role": it is mine when it starts with
 * my name as a whole word. */
static gboolean
is_mine (GwActionsView  *self,
         const GwAction *a)
{
  g_autofree char *owner = NULL;
  gsize length;

  if (self->author == NULL || *self->author == '\0' || a->owner == NULL)
    return FALSE;

  owner = g_utf8_casefold (a->owner, -1);
  length = strlen (self->author);
  return g_str_has_prefix (owner, self->author) &&
         (owner[length] == '\0' || !g_unichar_isalnum (g_utf8_get_char (owner + length)));
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GwActionsView *self = user_data;
  const GwAction *a = gw_action_item_get_action (item);

  if (self->open && !gw_action_is_open (a))
    return FALSE;
  if (self->overdue && !gw_action_item_get_overdue (item))
    return FALSE;
  if (self->mine && !is_mine (self, a))
    return FALSE;
  return self->words == NULL || gw_text_matches (gw_action_item_get_search_text (item), self->words);
}

static void
apply_search (GwActionsView *self,
              const char    *text)
{
  GtkFilterChange change;

  if (gw_search_update (&self->search_text, &self->words, text, &change))
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
search_changed_cb (GwActionsView  *self,
                   GtkSearchEntry *entry)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
stop_search_cb (GwActionsView  *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
filter_toggled_cb (GwActionsView   *self,
                   GtkToggleButton *button)
{
  gboolean mine = gtk_toggle_button_get_active (self->mine_button);
  gboolean open = gtk_toggle_button_get_active (self->open_button);
  gboolean overdue = gtk_toggle_button_get_active (self->overdue_button);
  gboolean stricter = mine >= self->mine && open >= self->open && overdue >= self->overdue;
  gboolean looser = mine <= self->mine && open <= self->open && overdue <= self->overdue;

  if (mine == self->mine && open == self->open && overdue == self->overdue)
    return;

  self->mine = mine;
  self->open = open;
  self->overdue = overdue;
  gtk_filter_changed (GTK_FILTER (self->filter),
                      stricter ? GTK_FILTER_CHANGE_MORE_STRICT
                      : looser ? GTK_FILTER_CHANGE_LESS_STRICT
                      : GTK_FILTER_CHANGE_DIFFERENT);
}

static void
clear_filters_cb (GwActionsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self, "");
  gtk_toggle_button_set_active (self->mine_button, FALSE);
  gtk_toggle_button_set_active (self->open_button, FALSE);
  gtk_toggle_button_set_active (self->overdue_button, FALSE);
}

static void
author_changed_cb (GwActionsView *self)
{
  const char *author = self->audit ? gw_audit_get_author (self->audit) : NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (author ? author : ""));
  g_autofree char *tooltip = NULL;

  g_free (self->author);
  self->author = *stripped ? g_utf8_casefold (stripped, -1) : NULL;

  if (self->author != NULL)
    tooltip = g_strdup_printf (_("Only actions owned by %s, the name set in Preferences"), stripped);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mine_button),
                               tooltip ? tooltip : _("Set your name in Preferences to see your actions"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->mine_button), self->author != NULL);

  if (self->mine)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* What the view shows ---------------------------------------------------- */

static void
update_state (GwActionsView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *shown_text = gw_format_number (shown);
  g_autofree char *total_text = gw_format_number (total);
  const char *page;

  g_clear_pointer (&self->count_text, g_free);
  if (shown == total)
    self->count_text = g_strdup_printf (ngettext ("%s action", "%s actions", total), total_text);
  else
    /* Translators: "3 of 15 actions" */
    self->count_text = g_strdup_printf (ngettext ("%s of %s action", "%s of %s actions", total),
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
selection_changed_cb (GwActionsView *self)
{
  GwActionItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (item == NULL)
    return;

  gw_action_details_set_action_id (self->details, gw_action_item_get_id (item));
  if (!adw_flap_get_folded (self->flap))
    gw_flap_reveal (self->flap);
}

static void
row_activated_cb (GwActionsView *self,
                  guint          position,
                  GtkColumnView *view)
{
  g_autoptr(GwActionItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item == NULL)
    return;

  gw_action_details_set_action_id (self->details, gw_action_item_get_id (item));
  gw_flap_reveal (self->flap);
}

static gboolean
update_flap_cb (gpointer data)
{
  GwActionsView *self = data;

  gboolean folded = adw_flap_get_folded (self->flap);

  self->flap_source = 0;

  /* In a narrow window the table keeps what, who and by when. */
  gtk_column_view_column_set_visible (self->columns[GW_ACTIONS_COLUMN_REQUIREMENT], !folded);
  gtk_column_view_column_set_visible (self->columns[GW_ACTIONS_COLUMN_PRIORITY], !folded);
  gtk_column_view_column_set_visible (self->columns[GW_ACTIONS_COLUMN_STATUS], !folded);

  /* Folding hides the pane; unfolding shows it again if an item is chosen. */
  if (folded)
    adw_flap_set_reveal_flap (self->flap, FALSE);
  else if (gw_action_details_get_action_id (self->details) != 0)
    gw_flap_reveal (self->flap);
  return G_SOURCE_REMOVE;
}

/* The flap is "locked", so it never opens or closes by itself; the change
 * is made after the allocation that folded it, not inside it. */
static void
flap_folded_cb (GwActionsView *self)
{
  if (self->flap_source == 0)
    self->flap_source = g_idle_add (update_flap_cb, self);
}

static void
details_close_cb (GwActionsView *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
details_requirement_activated_cb (GwActionsView *self,
                                  gint64         requirement_id)
{
  g_signal_emit (self, signals[REQUIREMENT_ACTIVATED], 0, requirement_id);
}

static void
dialog_action_id_cb (GwActionsView  *self,
                     GParamSpec     *pspec,
                     GwActionDialog *dialog)
{
  gint64 id = gw_action_dialog_get_action_id (dialog);

  if (id != 0)
    gw_actions_view_select_action (self, id);
}

static void
new_clicked_cb (GwActionsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GwActionDialog *dialog;

  if (self->audit == NULL)
    return;

  dialog = gw_action_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->audit, 0, 0);
  g_signal_connect_object (dialog, "notify::action-id", G_CALLBACK (dialog_action_id_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The store ---------------------------------------------------------------- */

/* The refs of an action's requirements and the checklist position of the
 * first, read with one query. */
static GwActionItem *
make_item (GwActionsView  *self,
           GwAction       *action,
           GwActionItem   *existing,
           GError        **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) refs = g_string_new (NULL);
  guint first = G_MAXUINT;
  gboolean overdue = gw_action_is_past_due (action, self->today);

  if (action->n_links > 0)
    {
      ids = gw_audit_list_action_requirements (self->audit, action->id, error);
      if (ids == NULL)
        {
          gw_action_free (action);
          return NULL;
        }
    }

  for (guint i = 0; ids && i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->requirement_positions, &id));

      if (position == 0)
        continue;
      first = MIN (first, position - 1);
      if (refs->len > 0)
        g_string_append (refs, ", ");
      g_string_append (refs, ((GwRequirement *) g_ptr_array_index (self->requirements, position - 1))->ref);
    }

  if (existing != NULL)
    {
      gw_action_item_set_action (existing, action, refs->str, first, overdue);
      return existing;
    }

  return gw_action_item_new (action, refs->str, first, overdue);
}

static guint
find_position (GwActionsView *self,
               gint64         id,
               gboolean      *found)
{
  guint lo = 0, hi = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(GwActionItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), mid);
      gint64 mid_id = gw_action_item_get_id (item);

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

static void
apply_change (GwActionsView *self,
              gint64         id)
{
  g_autoptr(GError) error = NULL;
  GwAction *action = gw_audit_get_action (self->audit, id, &error);
  GwActionItem *item = g_hash_table_lookup (self->items, &id);
  gboolean found = FALSE;
  guint position = find_position (self, id, &found);

  if (action == NULL)
    {
      if (!g_error_matches (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM))
        gw_toast_error (GTK_WIDGET (self), _("The action plan could not be updated"), error);
      else if (found)
        {
          g_list_store_remove (self->store, position);
          g_hash_table_remove (self->items, &id);
        }
      return;
    }

  if (item != NULL && found)
    {
      /* Same object, new content: one exact change at its position. */
      if (make_item (self, action, item, &error) == NULL)
        gw_toast_error (GTK_WIDGET (self), _("The action plan could not be updated"), error);
      else
        g_list_store_splice (self->store, position, 1, (gpointer *) &item, 1);
    }
  else
    {
      g_autoptr(GwActionItem) added = make_item (self, action, NULL, &error);

      if (added == NULL)
        {
          gw_toast_error (GTK_WIDGET (self), _("The action plan could not be updated"), error);
          return;
        }
      g_hash_table_insert (self->items, g_memdup2 (&id, sizeof id), added);
      g_list_store_insert (self->store, position, added);
    }
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return (x > y) - (x < y);
}

static void
apply_changes (GwActionsView *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gint64 *key;

  g_hash_table_iter_init (&iter, self->changed_ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    g_array_append_val (ids, *key);
  g_hash_table_remove_all (self->changed_ids);
  g_array_sort (ids, compare_ids);

  /* An action plan is short: one change at a time is exact and cheap. */
  for (guint i = 0; i < ids->len; i++)
    apply_change (self, g_array_index (ids, gint64, i));

  if (self->select_when_added != 0)
    gw_actions_view_select_action (self, self->select_when_added);
}

static gboolean
apply_changes_cb (gpointer data)
{
  GwActionsView *self = data;

  self->changes_source = 0;
  if (self->phase == LOAD_DONE && self->audit != NULL && !gw_audit_get_closed (self->audit))
    apply_changes (self);
  return G_SOURCE_REMOVE;
}

static void
audit_changed_cb (GwActionsView *self,
                  const char    *entity,
                  gint64         id,
                  GwAudit       *audit)
{
  if (!g_str_equal (entity, "action") || self->phase == LOAD_NONE)
    return;

  g_hash_table_add (self->changed_ids, g_memdup2 (&id, sizeof id));
  if (self->phase == LOAD_DONE && self->changes_source == 0)
    self->changes_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_changes_cb, self, NULL);
}

/* Loading ------------------------------------------------------------------ */

static void
load_requirements (GwActionsView  *self,
                   GError        **error)
{
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_hash_table_remove_all (self->requirement_positions);

  self->requirements = gw_audit_list_requirements (self->audit, error);
  for (guint i = 0; self->requirements && i < self->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (self->requirements, i);
      g_hash_table_insert (self->requirement_positions, &req->id, GUINT_TO_POINTER (i + 1));
    }

  gw_action_details_set_audit (self->details, self->audit, self->requirements);
}

static void
load_actions (GwActionsView  *self,
              GError        **error)
{
  g_autoptr(GPtrArray) actions = gw_audit_list_actions (self->audit, 0, error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (actions == NULL)
    return;

  /* The records move into the items. */
  g_ptr_array_set_free_func (actions, NULL);
  for (guint i = 0; i < actions->len; i++)
    {
      GwAction *action = g_ptr_array_index (actions, i);
      gint64 id = action->id;
      GwActionItem *item = make_item (self, action, NULL, error);

      if (item == NULL)
        {
          for (guint j = i + 1; j < actions->len; j++)
            gw_action_free (g_ptr_array_index (actions, j));
          return;
        }
      g_hash_table_insert (self->items, g_memdup2 (&id, sizeof id), item);
      g_ptr_array_add (items, item);
    }

  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
}

static gboolean
load_step_cb (gpointer data)
{
  GwActionsView *self = data;
  g_autoptr(GError) error = NULL;

  if (self->audit == NULL || gw_audit_get_closed (self->audit))
    {
      self->load_source = 0;
      return G_SOURCE_REMOVE;
    }

  if (self->phase == LOAD_REQUIREMENTS)
    {
      load_requirements (self, &error);
      self->phase = LOAD_ACTIONS;
      if (error == NULL)
        return G_SOURCE_CONTINUE;
    }
  else if (self->phase == LOAD_ACTIONS)
    {
      g_free (self->today);
      self->today = gw_date_today ();
      load_actions (self, &error);
    }

  self->phase = LOAD_DONE;
  self->load_source = 0;
  if (error != NULL)
    gw_toast_error (GTK_WIDGET (self), _("The action plan could not be read"), error);
  if (g_hash_table_size (self->changed_ids) > 0)
    apply_changes (self);
  else if (self->select_when_added != 0)
    gw_actions_view_select_action (self, self->select_when_added);
  update_state (self);
  return G_SOURCE_REMOVE;
}

static void
start_load (GwActionsView *self)
{
  if (self->audit == NULL || self->phase != LOAD_NONE)
    return;

  self->phase = LOAD_REQUIREMENTS;
  update_state (self);
  self->load_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_step_cb, self, NULL);
}

/* Overdue is relative to today: a plan left open overnight is read again. */
static void
gw_actions_view_map (GtkWidget *widget)
{
  GwActionsView *self = GW_ACTIONS_VIEW (widget);
  g_autofree char *today = gw_date_today ();

  GTK_WIDGET_CLASS (gw_actions_view_parent_class)->map (widget);

  if (self->phase == LOAD_DONE && g_strcmp0 (today, self->today) != 0)
    {
      GHashTableIter iter;
      gint64 *id;

      g_free (self->today);
      self->today = g_steal_pointer (&today);
      g_hash_table_iter_init (&iter, self->items);
      while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
        g_hash_table_add (self->changed_ids, g_memdup2 (id, sizeof *id));
      apply_changes (self);
    }

  start_load (self);
}

/* GObject ------------------------------------------------------------------ */

static void
gw_actions_view_dispose (GObject *object)
{
  GwActionsView *self = GW_ACTIONS_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->changes_source, g_source_remove);
  g_clear_handle_id (&self->flap_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_ACTIONS_VIEW);
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
  g_clear_pointer (&self->requirement_positions, g_hash_table_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->changed_ids, g_hash_table_unref);

  G_OBJECT_CLASS (gw_actions_view_parent_class)->dispose (object);
}

static void
gw_actions_view_finalize (GObject *object)
{
  GwActionsView *self = GW_ACTIONS_VIEW (object);

  g_strfreev (self->words);
  g_free (self->search_text);
  g_free (self->author);
  g_free (self->today);
  g_free (self->count_text);

  G_OBJECT_CLASS (gw_actions_view_parent_class)->finalize (object);
}

static void
gw_actions_view_class_init (GwActionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_actions_view_dispose;
  object_class->finalize = gw_actions_view_finalize;
  widget_class->map = gw_actions_view_map;

  /**
   * GwActionsView::requirement-activated:
   * @requirement_id: a requirement to show in the Checklist
   */
  signals[REQUIREMENT_ACTIVATED] =
    g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/gapwise/Gapwise/gw-actions-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, details);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, flap);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, mine_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, new_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, open_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, stack);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, status_separator);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, GwActionsView, toolbar_separator);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_close_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_requirement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, flap_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  g_type_ensure (GW_TYPE_ACTION_DETAILS);
}

static void
gw_actions_view_init (GwActionsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->changed_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->requirement_positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->today = gw_date_today ();

  gw_actions_columns_add (self->column_view, self->columns);
  gw_table_enable_tooltips (self->column_view);

  self->store = g_list_store_new (GW_TYPE_ACTION_ITEM);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* What is late comes first. */
  gtk_column_view_sort_by_column (self->column_view, self->columns[GW_ACTIONS_COLUMN_DUE],
                                  GTK_SORT_ASCENDING);

  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);

  author_changed_cb (self);
  update_state (self);
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_actions_view_set_audit:
 * @audit: (nullable): the audit to show
 *
 * The action plan is read the first time the view is shown.
 */
void
gw_actions_view_set_audit (GwActionsView *self,
                           GwAudit       *audit)
{
  g_return_if_fail (GW_IS_ACTIONS_VIEW (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_data (self->audit, self);

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->changes_source, g_source_remove);
  g_hash_table_remove_all (self->changed_ids);
  g_hash_table_remove_all (self->items);
  g_list_store_remove_all (self->store);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_hash_table_remove_all (self->requirement_positions);
  self->select_when_added = 0;
  self->phase = LOAD_NONE;

  g_set_object (&self->audit, audit);
  gw_action_details_set_audit (self->details, audit, NULL);
  adw_flap_set_reveal_flap (self->flap, FALSE);
  clear_filters_cb (self);
  author_changed_cb (self);

  if (audit != NULL)
    {
      g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (audit, "notify::author", G_CALLBACK (author_changed_cb), self,
                               G_CONNECT_SWAPPED);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        start_load (self);
    }

  update_state (self);
}

/**
 * gw_actions_view_select_action:
 *
 * Selects @action_id, clearing the search and filters if they hide it,
 * scrolls to it and shows its details. Before the plan has been read (the
 * view was just shown) this happens as soon as it is.
 */
void
gw_actions_view_select_action (GwActionsView *self,
                               gint64         action_id)
{
  GwActionItem *item;
  guint n;

  g_return_if_fail (GW_IS_ACTIONS_VIEW (self));

  item = g_hash_table_lookup (self->items, &action_id);
  if (item == NULL)
    {
      self->select_when_added = action_id;
      return;
    }

  self->select_when_added = 0;
  if (!filter_func (item, self))
    clear_filters_cb (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwActionItem) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (row == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gw_table_scroll_to (self->column_view, i);
          gw_action_details_set_action_id (self->details, action_id);
          gw_flap_reveal (self->flap);
          return;
        }
    }
}

gboolean
gw_actions_view_is_loaded (GwActionsView *self)
{
  g_return_val_if_fail (GW_IS_ACTIONS_VIEW (self), FALSE);
  return self->phase == LOAD_DONE;
}

/**
 * gw_actions_view_get_rows:
 *
 * Returns: (transfer none): the rows as the table shows them (a
 *   #GtkSelectionModel of #GwActionItem)
 */
GListModel *
gw_actions_view_get_rows (GwActionsView *self)
{
  g_return_val_if_fail (GW_IS_ACTIONS_VIEW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

guint
gw_actions_view_get_n_total (GwActionsView *self)
{
  g_return_val_if_fail (GW_IS_ACTIONS_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}

const char *
gw_actions_view_get_count_text (GwActionsView *self)
{
  g_return_val_if_fail (GW_IS_ACTIONS_VIEW (self), NULL);
  return self->count_text;
}

/* "loading", "empty", "no-results" or "table". */
const char *
gw_actions_view_get_visible_state (GwActionsView *self)
{
  g_return_val_if_fail (GW_IS_ACTIONS_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
gw_actions_view_set_search_text (GwActionsView *self,
                                 const char    *text)
{
  g_return_if_fail (GW_IS_ACTIONS_VIEW (self));

  apply_search (self, text);
  /* Setting the text empties the entry first, which would search for "". */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
}

void
gw_actions_view_set_filters (GwActionsView *self,
                             gboolean       mine,
                             gboolean       open,
                             gboolean       overdue)
{
  g_return_if_fail (GW_IS_ACTIONS_VIEW (self));

  gtk_toggle_button_set_active (self->mine_button, mine);
  gtk_toggle_button_set_active (self->open_button, open);
  gtk_toggle_button_set_active (self->overdue_button, overdue);
}

void
gw_actions_view_sort_by (GwActionsView   *self,
                         GwActionsColumn  column,
                         GtkSortType      sort_order)
{
  g_return_if_fail (GW_IS_ACTIONS_VIEW (self));
  g_return_if_fail (column <= GW_ACTIONS_COLUMN_STATUS);

  gtk_column_view_sort_by_column (self->column_view, self->columns[column], sort_order);
}

GtkWidget *
gw_actions_view_get_details (GwActionsView *self)
{
  g_return_val_if_fail (GW_IS_ACTIONS_VIEW (self), NULL);
  return GTK_WIDGET (self->details);
}
