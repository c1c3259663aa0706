/* gw-overview-page.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Overview: the audit seen whole. Four figures (readiness, progress,
 * open actions with how many are late, warnings), the readiness formula in
 * words, a chart per clause 4 to 10 (GwReadinessChart), the counts per
 * result and per finding grade, who owns the open actions, and the points a
 * lead auditor would raise, grouped by kind; each point opens its
 * requirement ("requirement-activated") or action ("action-activated"),
 * and a high risk without its measures in place opens the Risks view
 * ("win.show-risk"). A group counts the risks of the register.
 *
 * Everything shown comes from a GwWarningIndex (src/core/gw-warnings.c).
 * It is read the first time the page is shown, in idle steps of a few
 * milliseconds behind a spinner, since on a large audit it takes one query
 * per evidence item. From then on each "changed" signal of the audit
 * re-reads just the entity it names, and the page redraws from the index in
 * an idle — at once when it is on screen, otherwise when it is next shown.
 */

#define G_LOG_DOMAIN "gw-overview-page"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "gw-overview-page.h"
#include "gw-readiness-chart.h"
#include "gw-ui-utils.h"
#include "gw-warnings.h"

#define LOAD_BUDGET_US    8000
#define MAX_WARNING_ROWS  50
#define N_RESULTS         5
#define N_GRADES          4
#define N_RISK_COUNTS     4

struct _GwOverviewPage
{
  GtkWidget            parent_instance;

  GwAudit             *audit;
  GwWarningIndex      *index;
  GPtrArray           *warnings;
  GwScore              total;
  guint                load_source;
  guint                refresh_source;
  gboolean             loading;
  gboolean             dirty;
  char                *readiness_text;

  /* Built in init */
  AdwActionRow        *result_rows[N_RESULTS];
  GtkLabel            *result_counts[N_RESULTS];
  GtkLabel            *grade_counts[N_GRADES];
  GtkLabel            *risk_counts[N_RISK_COUNTS];
  AdwExpanderRow      *expanders[GW_N_WARNING_KINDS];
  GtkLabel            *expander_counts[GW_N_WARNING_KINDS];
  GtkWidget           *expander_ok[GW_N_WARNING_KINDS];
  GPtrArray           *warning_rows[GW_N_WARNING_KINDS];
  char                *warning_keys[GW_N_WARNING_KINDS];
  GPtrArray           *owner_rows;

  /* Template widgets */
  GtkLabel            *actions_detail;
  GtkLabel            *actions_label;
  GwReadinessChart    *chart;
  GtkFlowBox          *figures;
  AdwPreferencesGroup *grades_group;
  AdwPreferencesGroup *owners_group;
  GtkLabel            *progress_detail;
  GtkLabel            *progress_label;
  GtkLabel            *readiness_detail;
  GtkLabel            *readiness_label;
  AdwPreferencesGroup *results_group;
  AdwPreferencesGroup *risks_group;
  GtkSpinner          *spinner;
  GtkStack            *stack;
  GtkLabel            *warnings_detail;
  AdwPreferencesGroup *warnings_group;
  GtkLabel            *warnings_label;
};

G_DEFINE_FINAL_TYPE (GwOverviewPage, gw_overview_page, GTK_TYPE_WIDGET)

enum {
  REQUIREMENT_ACTIVATED,
  ACTION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char requirement_key[] = "gw-requirement-id";
static const char action_key[] = "gw-action-id";
static const char risk_key[] = "gw-risk-id";

/* Activatable rows -------------------------------------------------------- */

static void
set_id (GtkWidget  *row,
        const char *key,
        gint64      id)
{
  g_object_set_data_full (G_OBJECT (row), key, g_memdup2 (&id, sizeof id), g_free);
}

static gint64
get_id (GtkWidget  *row,
        const char *key)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), key);
  return id ? *id : 0;
}

static void
row_activated_cb (AdwActionRow   *row,
                  GwOverviewPage *self)
{
  gint64 action_id = get_id (GTK_WIDGET (row), action_key);
  gint64 requirement_id = get_id (GTK_WIDGET (row), requirement_key);
  gint64 risk_id = get_id (GTK_WIDGET (row), risk_key);

  if (risk_id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-risk", "x", risk_id);
  else if (action_id != 0)
    g_signal_emit (self, signals[ACTION_ACTIVATED], 0, action_id);
  else if (requirement_id != 0)
    g_signal_emit (self, signals[REQUIREMENT_ACTIVATED], 0, requirement_id);
}

static GtkWidget *
activatable_row (GwOverviewPage *self,
                 const char     *title,
                 const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);
  return row;
}

static GtkLabel *
count_row (AdwPreferencesGroup *group,
           const char          *title,
           const char          *style,
           AdwActionRow       **out_row)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *count = gtk_label_new ("0");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "heading");
  if (style != NULL)
    {
      GtkWidget *dot = gtk_image_new_from_icon_name ("media-record-symbolic");
      gtk_widget_add_css_class (dot, style);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
  adw_preferences_group_add (group, row);
  if (out_row)
    *out_row = ADW_ACTION_ROW (row);
  return GTK_LABEL (count);
}

static void
set_count (GtkLabel *label,
           guint     n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);
  gtk_label_set_label (label, text);
}

/* Figures ---------------------------------------------------------------- */

static void
update_figures (GwOverviewPage *self,
                const GwScore  *total,
                const char     *today)
{
  g_autofree char *readiness = gw_format_percent (gw_score_get_readiness (total));
  g_autofree char *progress = gw_format_percent (gw_score_get_progress (total));
  g_autofree char *readiness_detail = NULL;
  g_autofree char *progress_detail = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *actions_detail = NULL;
  g_autofree char *warnings = NULL;
  guint n_open = 0, n_overdue = 0, n_closed = 0;

  g_free (self->readiness_text);
  self->readiness_text = g_strdup (readiness);
  gtk_label_set_label (self->readiness_label, readiness);
  readiness_detail = g_strdup_printf (_("%u conforming and %u partially of %u assessed"),
                                      total->n_conforming, total->n_partial, total->n_assessed);
  gtk_label_set_label (self->readiness_detail, readiness_detail);

  gtk_label_set_label (self->progress_label, progress);
  progress_detail = g_strdup_printf (ngettext ("%u of %u applicable requirement assessed",
                                               "%u of %u applicable requirements assessed",
                                               total->n_applicable),
                                     total->n_assessed, total->n_applicable);
  gtk_label_set_label (self->progress_detail, progress_detail);

  gw_warning_index_count_actions (self->index, today, &n_open, &n_overdue, &n_closed);
  actions = g_strdup_printf ("%u", n_open);
  gtk_label_set_label (self->actions_label, actions);
  if (n_overdue > 0)
    actions_detail = g_strdup_printf (ngettext ("%u overdue, %u done", "%u overdue, %u done", n_overdue),
                                      n_overdue, n_closed);
  else
    actions_detail = g_strdup_printf (_("None overdue, %u done"), n_closed);
  gtk_label_set_label (self->actions_detail, actions_detail);
  if (n_overdue > 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->actions_detail), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->actions_detail), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->actions_detail), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->actions_detail), "dim-label");
    }

  warnings = g_strdup_printf ("%u", self->warnings->len);
  gtk_label_set_label (self->warnings_label, warnings);
  gtk_label_set_label (self->warnings_detail, self->warnings->len > 0
                                              ? _("Points to settle before certification")
                                              : _("Nothing to raise"));
}

static void
update_chart (GwOverviewPage *self,
              GwScoreSheet   *sheet)
{
  GPtrArray *clauses = gw_warning_index_get_clauses (self->index);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (GwChartRow));

  for (guint i = 0; clauses && i < clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (clauses, i);
      const GwScore *score;
      GwChartRow row = { 0 };

      /* The chart shows the top-level clauses, 4 to 10. */
      if (clause->parent_id != 0 || (score = gw_score_sheet_get_clause (sheet, clause->id)) == NULL)
        continue;

      row.number = clause->number;
      row.title = clause->title;
      row.readiness = gw_score_get_readiness (score);
      row.progress = gw_score_get_progress (score);
      row.maturity_current = gw_score_get_maturity_current (score);
      row.maturity_target = gw_score_get_maturity_target (score);
      row.n_assessed = score->n_assessed;
      row.n_applicable = score->n_applicable;
      g_array_append_val (rows, row);
    }

  gw_readiness_chart_set_rows (self->chart, (GwChartRow *) (gpointer) rows->data, rows->len);
}

static void
update_counts (GwOverviewPage *self,
               const GwScore  *total)
{
  set_count (self->result_counts[0], total->n_conforming);
  set_count (self->result_counts[1], total->n_partial);
  set_count (self->result_counts[2], total->n_nonconforming);
  set_count (self->result_counts[3], total->n_not_applicable);
  set_count (self->result_counts[4], total->n_not_assessed);
  set_count (self->grade_counts[0], total->n_major);
  set_count (self->grade_counts[1], total->n_minor);
  set_count (self->grade_counts[2], total->n_observation);
  set_count (self->grade_counts[3], total->n_opportunity);
}

static void
update_risk_counts (GwOverviewPage *self)
{
  guint n_risks = 0, n_high = 0, n_high_residual = 0, n_untreated = 0;

  gw_warning_index_count_risks (self->index, &n_risks, &n_high, &n_high_residual, &n_untreated);
  set_count (self->risk_counts[0], n_risks);
  set_count (self->risk_counts[1], n_high);
  set_count (self->risk_counts[2], n_high_residual);
  set_count (self->risk_counts[3], n_untreated);
}

/* Owners ------------------------------------------------------------------ */

typedef struct
{
  const char *owner;
  guint       n_open;
  guint       n_overdue;
  GwAction   *most_urgent;
} Owner;

/* Overdue first, then the earliest due, then those without a date. */
static gboolean
more_urgent (const GwAction *a,
             const GwAction *b,
             const char     *today)
{
  gboolean a_late = gw_action_is_past_due (a, today), b_late = gw_action_is_past_due (b, today);

  if (a_late != b_late)
    return a_late;
  if (!gw_date_is_valid (b->due_date))
    return gw_date_is_valid (a->due_date);
  return gw_date_is_valid (a->due_date) && strcmp (a->due_date, b->due_date) < 0;
}

static int
compare_owners (gconstpointer a,
                gconstpointer b)
{
  const Owner *x = a, *y = b;

  if (x->n_overdue != y->n_overdue)
    return x->n_overdue > y->n_overdue ? -1 : 1;
  if (x->n_open != y->n_open)
    return x->n_open > y->n_open ? -1 : 1;
  return g_utf8_collate (x->owner, y->owner);
}

static void
update_owners (GwOverviewPage *self,
               const char     *today)
{
  g_autoptr(GPtrArray) actions = gw_warning_index_get_actions (self->index);
  g_autoptr(GHashTable) by_owner = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) owners = g_array_new (FALSE, TRUE, sizeof (Owner));

  for (guint i = 0; i < self->owner_rows->len; i++)
    adw_preferences_group_remove (self->owners_group, g_ptr_array_index (self->owner_rows, i));
  g_ptr_array_set_size (self->owner_rows, 0);

  for (guint i = 0; i < actions->len; i++)
    {
      GwAction *a = g_ptr_array_index (actions, i);
      const char *owner = a->owner && *a->owner ? a->owner : _("Nobody yet");
      gpointer index_plus_one;
      Owner *o;

      if (!gw_action_is_open (a))
        continue;

      if (!g_hash_table_lookup_extended (by_owner, owner, NULL, &index_plus_one))
        {
          Owner fresh = { owner, 0, 0, NULL };
          g_array_append_val (owners, fresh);
          index_plus_one = GUINT_TO_POINTER (owners->len);
          g_hash_table_insert (by_owner, (gpointer) owner, index_plus_one);
        }

      o = &g_array_index (owners, Owner, GPOINTER_TO_UINT (index_plus_one) - 1);
      o->n_open++;
      if (gw_action_is_past_due (a, today))
        o->n_overdue++;
      if (o->most_urgent == NULL || more_urgent (a, o->most_urgent, today))
        o->most_urgent = a;
    }

  g_array_sort (owners, compare_owners);
  for (guint i = 0; i < owners->len; i++)
    {
      Owner *o = &g_array_index (owners, Owner, i);
      g_autofree char *open = g_strdup_printf (ngettext ("%u open", "%u open", o->n_open), o->n_open);
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *icon;

      if (o->n_overdue > 0)
        subtitle = g_strdup_printf (ngettext ("%s, %u overdue", "%s, %u overdue", o->n_overdue),
                                    open, o->n_overdue);
      else
        subtitle = g_strdup (open);

      row = activatable_row (self, o->owner, subtitle);
      set_id (row, action_key, o->most_urgent->id);
      if (o->n_overdue > 0)
        {
          icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, "error");
          gtk_widget_set_tooltip_text (icon, _("Has overdue actions"));
        }
      else
        {
          icon = gtk_image_new_from_icon_name ("avatar-default-symbolic");
          gtk_widget_add_css_class (icon, "dim-label");
        }
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (self->owners_group, row);
      g_ptr_array_add (self->owner_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->owners_group), owners->len > 0);
}

/* Warnings ---------------------------------------------------------------- */

/* Days from @from to @to, both YYYY-MM-DD. */
static int
days_between (const char *from,
              const char *to)
{
  int y1, m1, d1, y2, m2, d2;
  GDate a, b;

  if (!gw_date_is_valid (from) || !gw_date_is_valid (to) ||
      sscanf (from, "%d-%d-%d", &y1, &m1, &d1) != 3 || sscanf (to, "%d-%d-%d", &y2, &m2, &d2) != 3)
    return 0;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, d1, m1, y1);
  g_date_set_dmy (&b, d2, m2, y2);
  return g_date_days_between (&a, &b);
}

static char *
warning_subtitle (const GwWarning *w,
                  const char      *today)
{
  g_autofree char *due = NULL;
  int late;

  if (w->kind == GW_WARNING_HIGH_RISK_UNTREATED)
    {
      g_autofree char *ref = gw_risk_format_ref (w->risk_id);

      /* Translators: a high risk without its measures in place: its ref and owner, "R-07 · Jana Novak" */
      return g_strdup_printf (_("%s · %s"), ref, w->owner && *w->owner ? w->owner : _("Nobody yet"));
    }
  if (w->kind != GW_WARNING_ACTION_OVERDUE)
    return g_strdup (w->text);

  due = gw_format_date (w->due_date);
  late = days_between (w->due_date, today);
  /* Translators: an overdue action: owner, due date, how late, its requirement */
  return g_strdup_printf (ngettext ("%s · due %s, %d day late · %s", "%s · due %s, %d days late · %s", late),
                          w->owner && *w->owner ? w->owner : _("Nobody yet"),
                          due ? due : "—", late, w->ref ? w->ref : _("no requirement"));
}

static void
update_warning_kind (GwOverviewPage *self,
                     GwWarningKind   kind,
                     GPtrArray      *of_kind,
                     const char     *today)
{
  GString *key = g_string_new (NULL);
  GPtrArray *rows = self->warning_rows[kind];
  AdwExpanderRow *expander = self->expanders[kind];
  guint n = of_kind->len;

  /* The rows are rebuilt only when what they show has changed. */
  for (guint i = 0; i < n; i++)
    {
      GwWarning *w = g_ptr_array_index (of_kind, i);
      g_string_append_printf (key, "%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s:%s:%s;",
                              w->requirement_id, w->action_id, w->risk_id, w->text ? w->text : "",
                              w->due_date ? w->due_date : "", w->owner ? w->owner : "");
    }

  set_count (self->expander_counts[kind], n);
  gtk_widget_set_visible (GTK_WIDGET (self->expander_counts[kind]), n > 0);
  gtk_widget_set_visible (self->expander_ok[kind], n == 0);
  adw_expander_row_set_enable_expansion (expander, n > 0);

  if (g_strcmp0 (key->str, self->warning_keys[kind]) == 0)
    {
      g_string_free (key, TRUE);
      return;
    }
  g_free (self->warning_keys[kind]);
  self->warning_keys[kind] = g_string_free (key, FALSE);

  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_remove (expander, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);

  for (guint i = 0; i < MIN (n, MAX_WARNING_ROWS); i++)
    {
      GwWarning *w = g_ptr_array_index (of_kind, i);
      g_autofree char *subtitle = warning_subtitle (w, today);
      gboolean by_text = kind == GW_WARNING_ACTION_OVERDUE || kind == GW_WARNING_HIGH_RISK_UNTREATED;
      GtkWidget *row = activatable_row (self, by_text ? w->text : w->ref, subtitle);

      if (w->risk_id != 0)
        set_id (row, risk_key, w->risk_id);
      else if (w->action_id != 0)
        set_id (row, action_key, w->action_id);
      else
        set_id (row, requirement_key, w->requirement_id);
      adw_expander_row_add_row (expander, row);
      g_ptr_array_add (rows, row);
    }

  if (n > MAX_WARNING_ROWS)
    {
      GtkWidget *more = adw_action_row_new ();
      g_autofree char *text = g_strdup_printf (_("And %u more; the Checklist's filters find them all."),
                                               n - MAX_WARNING_ROWS);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), text);
      gtk_widget_add_css_class (more, "dim-label");
      adw_expander_row_add_row (expander, more);
      g_ptr_array_add (rows, more);
    }
}

static void
update_warnings (GwOverviewPage *self,
                 const char     *today)
{
  g_autoptr(GPtrArray) of_kind = g_ptr_array_new ();

  for (guint k = 0; k < GW_N_WARNING_KINDS; k++)
    {
      g_ptr_array_set_size (of_kind, 0);
      for (guint i = 0; i < self->warnings->len; i++)
        {
          GwWarning *w = g_ptr_array_index (self->warnings, i);
          if (w->kind == k)
            g_ptr_array_add (of_kind, w);
        }
      update_warning_kind (self, k, of_kind, today);
    }
}

/* Refreshing -------------------------------------------------------------- */

static void
refresh (GwOverviewPage *self)
{
  g_autoptr(GwScoreSheet) sheet = NULL;
  g_autofree char *today = gw_date_today ();
  g_autoptr(GPtrArray) actions = NULL;
  const GwScore *total;

  self->dirty = FALSE;
  if (!gw_warning_index_is_loaded (self->index))
    return;

  sheet = gw_warning_index_compute_scores (self->index);
  total = gw_score_sheet_get_total (sheet);
  self->total = *total;
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  self->warnings = gw_warning_index_compute (self->index, today);
  actions = gw_warning_index_get_actions (self->index);

  update_figures (self, total, today);
  update_chart (self, sheet);
  update_counts (self, total);
  update_risk_counts (self);
  update_owners (self, today);
  update_warnings (self, today);

  gtk_stack_set_visible_child_name (self->stack,
                                    total->n_assessed == 0 && actions->len == 0 ? "empty" : "dashboard");
}

static gboolean
refresh_cb (gpointer data)
{
  GwOverviewPage *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (GwOverviewPage *self)
{
  self->dirty = TRUE;
  if (self->refresh_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

static void start_load (GwOverviewPage *self);

static void
audit_changed_cb (GwOverviewPage *self,
                  const char     *entity,
                  gint64          id,
                  GwAudit        *audit)
{
  g_autoptr(GError) error = NULL;

  if (!gw_warning_index_update (self->index, audit, entity, id, &error))
    {
      /* Read it all again rather than show stale figures. */
      g_warning ("Overview: %s", error->message);
      g_clear_handle_id (&self->load_source, g_source_remove);
      gw_warning_index_free (g_steal_pointer (&self->index));
      self->index = gw_warning_index_new ();
      self->loading = FALSE;
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        start_load (self);
      return;
    }

  queue_refresh (self);
}

static gboolean
load_step_cb (gpointer data)
{
  GwOverviewPage *self = data;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  if (self->audit == NULL || gw_audit_get_closed (self->audit))
    {
      self->load_source = 0;
      return G_SOURCE_REMOVE;
    }

  if (!gw_warning_index_load_step (self->index, self->audit, LOAD_BUDGET_US, &done, &error))
    {
      self->load_source = 0;
      self->loading = FALSE;
      gtk_spinner_set_spinning (self->spinner, FALSE);
      gw_toast_error (GTK_WIDGET (self), _("The overview could not be made"), error);
      return G_SOURCE_REMOVE;
    }

  if (!done)
    return G_SOURCE_CONTINUE;

  self->load_source = 0;
  self->loading = FALSE;
  gtk_spinner_set_spinning (self->spinner, FALSE);
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
start_load (GwOverviewPage *self)
{
  if (self->audit == NULL || self->loading || gw_warning_index_is_loaded (self->index))
    return;

  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_spinner_set_spinning (self->spinner, TRUE);
  self->load_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_step_cb, self, NULL);
}

static void
gw_overview_page_map (GtkWidget *widget)
{
  GwOverviewPage *self = GW_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (gw_overview_page_parent_class)->map (widget);

  start_load (self);
  if (self->dirty || gw_warning_index_is_loaded (self->index))
    queue_refresh (self);
}

static void
start_clicked_cb (GwOverviewPage *self)
{
  GPtrArray *requirements = gw_warning_index_get_requirements (self->index);

  for (guint i = 0; requirements && i < requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (requirements, i);

      if (!req->informative)
        {
          g_signal_emit (self, signals[REQUIREMENT_ACTIVATED], 0, req->id);
          return;
        }
    }
}

/* Set-up ------------------------------------------------------------------ */

static void
build_rows (GwOverviewPage *self)
{
  static const GwResult results[N_RESULTS] = {
    GW_RESULT_CONFORMING, GW_RESULT_PARTIAL, GW_RESULT_NONCONFORMING,
    GW_RESULT_NOT_APPLICABLE, GW_RESULT_NOT_ASSESSED,
  };
  static const GwFindingGrade grades[N_GRADES] = {
    GW_FINDING_GRADE_MAJOR, GW_FINDING_GRADE_MINOR, GW_FINDING_GRADE_OBSERVATION, GW_FINDING_GRADE_OPPORTUNITY,
  };

  for (guint i = 0; i < N_RESULTS; i++)
    self->result_counts[i] = count_row (self->results_group, gw_result_to_label (results[i]),
                                        gw_result_css_class (results[i]), &self->result_rows[i]);
  for (guint i = 0; i < N_GRADES; i++)
    self->grade_counts[i] = count_row (self->grades_group, gw_finding_grade_to_label (grades[i]), NULL, NULL);

  self->risk_counts[0] = count_row (self->risks_group, _("In the register"), NULL, NULL);
  self->risk_counts[1] = count_row (self->risks_group, _("High before treatment"), "warning", NULL);
  self->risk_counts[2] = count_row (self->risks_group, _("High after treatment"), "warning", NULL);
  self->risk_counts[3] = count_row (self->risks_group, _("High, measures not in place"), "error", NULL);

  for (guint k = 0; k < GW_N_WARNING_KINDS; k++)
    {
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *count = gtk_label_new ("0");
      GtkWidget *ok = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), gw_warning_kind_to_label (k));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), gw_warning_kind_to_description (k));
      gtk_widget_add_css_class (count, "overview-count");
      gtk_widget_add_css_class (count, "numeric");
      gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (ok, "success");
      gtk_widget_set_tooltip_text (ok, _("Nothing to raise"));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), count);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), ok);
      adw_preferences_group_add (self->warnings_group, expander);

      self->expanders[k] = ADW_EXPANDER_ROW (expander);
      self->expander_counts[k] = GTK_LABEL (count);
      self->expander_ok[k] = ok;
      self->warning_rows[k] = g_ptr_array_new ();
    }

  /* The figure cards are read, not used: keep them out of the focus chain. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->figures));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

static void
gw_overview_page_dispose (GObject *object)
{
  GwOverviewPage *self = GW_OVERVIEW_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_OVERVIEW_PAGE);
  /* Children without an id are not the template's to remove. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->audit);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->owner_rows, g_ptr_array_unref);
  for (guint k = 0; k < GW_N_WARNING_KINDS; k++)
    {
      g_clear_pointer (&self->warning_rows[k], g_ptr_array_unref);
      g_clear_pointer (&self->warning_keys[k], g_free);
    }

  G_OBJECT_CLASS (gw_overview_page_parent_class)->dispose (object);
}

static void
gw_overview_page_finalize (GObject *object)
{
  GwOverviewPage *self = GW_OVERVIEW_PAGE (object);

  g_clear_pointer (&self->index, gw_warning_index_free);
  g_free (self->readiness_text);

  G_OBJECT_CLASS (gw_overview_page_parent_class)->finalize (object);
}

static void
gw_overview_page_class_init (GwOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_overview_page_dispose;
  object_class->finalize = gw_overview_page_finalize;
  widget_class->map = gw_overview_page_map;

  /**
   * GwOverviewPage::requirement-activated:
   * @requirement_id: a requirement to show in the Checklist
   */
  signals[REQUIREMENT_ACTIVATED] =
    g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * GwOverviewPage::action-activated:
   * @action_id: an action to show in the Actions view
   */
  signals[ACTION_ACTIVATED] =
    g_signal_new ("action-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/gapwise/Gapwise/gw-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, actions_detail);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, actions_label);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, chart);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, figures);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, grades_group);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, owners_group);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, progress_detail);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, readiness_detail);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, readiness_label);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, results_group);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, risks_group);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, warnings_detail);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, GwOverviewPage, warnings_label);
  gtk_widget_class_bind_template_callback (widget_class, start_clicked_cb);

  g_type_ensure (GW_TYPE_READINESS_CHART);
}

static void
gw_overview_page_init (GwOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->index = gw_warning_index_new ();
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_warning_free);
  self->owner_rows = g_ptr_array_new ();
  build_rows (self);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_overview_page_set_audit:
 * @audit: (nullable): the audit to show
 *
 * The figures are worked out the first time the page is shown.
 */
void
gw_overview_page_set_audit (GwOverviewPage *self,
                            GwAudit        *audit)
{
  g_return_if_fail (GW_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (!audit || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_data (self->audit, self);

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gw_warning_index_free (self->index);
  self->index = gw_warning_index_new ();
  self->loading = FALSE;
  self->dirty = FALSE;
  g_set_object (&self->audit, audit);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  if (audit != NULL)
    {
      g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self, G_CONNECT_SWAPPED);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        start_load (self);
    }
}

gboolean
gw_overview_page_is_loaded (GwOverviewPage *self)
{
  g_return_val_if_fail (GW_IS_OVERVIEW_PAGE (self), FALSE);
  return gw_warning_index_is_loaded (self->index) && !self->dirty && self->refresh_source == 0;
}

/* "loading", "empty" or "dashboard". */
const char *
gw_overview_page_get_visible_state (GwOverviewPage *self)
{
  g_return_val_if_fail (GW_IS_OVERVIEW_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* The totals as last shown. */
const GwScore *
gw_overview_page_get_total (GwOverviewPage *self)
{
  g_return_val_if_fail (GW_IS_OVERVIEW_PAGE (self), NULL);
  return &self->total;
}

const char *
gw_overview_page_get_readiness_text (GwOverviewPage *self)
{
  g_return_val_if_fail (GW_IS_OVERVIEW_PAGE (self), NULL);
  return self->readiness_text;
}

/**
 * gw_overview_page_get_warnings:
 *
 * Returns: (transfer none) (element-type GwWarning): the warnings as last shown
 */
GPtrArray *
gw_overview_page_get_warnings (GwOverviewPage *self)
{
  g_return_val_if_fail (GW_IS_OVERVIEW_PAGE (self), NULL);
  return self->warnings;
}

/**
 * gw_overview_page_activate_warning:
 *
 * Activates the row of the @index-th warning of @kind, as a click does.
 *
 * Returns: %FALSE if there is no such row
 */
gboolean
gw_overview_page_activate_warning (GwOverviewPage *self,
                                   GwWarningKind   kind,
                                   guint           index)
{
  GPtrArray *rows;
  GtkWidget *row;

  g_return_val_if_fail (GW_IS_OVERVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (kind < GW_N_WARNING_KINDS, FALSE);

  rows = self->warning_rows[kind];
  if (index >= rows->len)
    return FALSE;

  row = g_ptr_array_index (rows, index);
  if (!gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)))
    return FALSE;

  adw_action_row_activate (ADW_ACTION_ROW (row));
  return TRUE;
}

GtkWidget *
gw_overview_page_get_chart (GwOverviewPage *self)
{
  g_return_val_if_fail (GW_IS_OVERVIEW_PAGE (self), NULL);
  return GTK_WIDGET (self->chart);
}

/* Opens (or closes) every kind of warning that has some, as for a screenshot. */
void
gw_overview_page_expand_warnings (GwOverviewPage *self,
                                  gboolean        expanded)
{
  g_return_if_fail (GW_IS_OVERVIEW_PAGE (self));

  for (guint k = 0; k < GW_N_WARNING_KINDS; k++)
    if (adw_expander_row_get_enable_expansion (self->expanders[k]))
      adw_expander_row_set_expanded (self->expanders[k], expanded);
}
