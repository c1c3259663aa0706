/* gw-clause-page.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the content area shows when a clause rather than a requirement is
 * selected in the sidebar: the clause, its intent, its readiness, progress
 * and maturity with the counts behind them, and every requirement in it
 * (its own, then those of each subclause under the subclause's heading).
 * Activating a requirement emits "requirement-activated"; the window then
 * opens it.
 *
 * The clause tree and the requirements are catalogue data, read once when
 * the audit is set. The answers are read when a clause is shown, and kept
 * current from the audit's "changed" signal: the row of the requirement
 * that changed is updated in place and the figures are recomputed with the
 * core's scoring, so what the page shows always matches the export.
 *
 * The list of requirements is short (tens of rows for a real clause), so
 * each group is a boxed GtkListBox of AdwActionRows rather than a list
 * view. A page of a huge synthetic catalogue stops after ROW_BUDGET rows,
 * and each group shows the rest of its rows on demand.
 */

#define G_LOG_DOMAIN "gw-clause-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gw-clause-page.h"
#include "gw-ui-utils.h"

/* Rows made at once for a page; the rest wait behind a "Show more" row. */
#define ROW_BUDGET 120

struct _GwClausePage
{
  GtkWidget       parent_instance;

  GwAudit        *audit;
  gint64          clause_id;

  GPtrArray      *clauses;         /* GwClause, catalogue order */
  GPtrArray      *requirements;    /* GwRequirement, catalogue order */
  GPtrArray      *assessments;     /* GwAssessment of the clause shown */
  GHashTable     *rows;            /* gint64 requirement id → AdwActionRow */

  /* Template widgets */
  GtkLabel       *conforming_label;
  GtkFlowBox     *counts_box;
  GtkBox         *groups_box;
  GtkLabel       *empty_label;
  GtkBox         *informative_box;
  GtkLabel       *intent_label;
  GtkFlowBoxChild *maturity_child;
  GtkLabel       *maturity_label;
  GtkLabel       *maturity_target_label;
  GtkLabel       *nonconforming_label;
  GtkLabel       *not_applicable_label;
  GtkLabel       *not_assessed_label;
  GtkLabel       *number_label;
  GtkLabel       *partial_label;
  GtkLevelBar    *progress_bar;
  GtkFlowBoxChild *progress_child;
  GtkLabel       *progress_detail_label;
  GtkLabel       *progress_label;
  GtkLevelBar    *readiness_bar;
  GtkFlowBoxChild *readiness_child;
  GtkLabel       *readiness_detail_label;
  GtkLabel       *readiness_label;
  GtkFlowBox     *score_box;
  GtkScrolledWindow *scrolled_window;
  GtkLabel       *title_label;
};

G_DEFINE_FINAL_TYPE (GwClausePage, gw_clause_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AUDIT,
  PROP_CLAUSE_ID,
  N_PROPS
};

enum {
  REQUIREMENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GwClause *
find_clause (GwClausePage *self,
             gint64        clause_id)
{
  for (guint i = 0; self->clauses != NULL && i < self->clauses->len; i++)
    {
      GwClause *clause = g_ptr_array_index (self->clauses, i);

      if (clause->id == clause_id)
        return clause;
    }
  return NULL;
}

/* Whether @clause is @ancestor or lies below it. */
static gboolean
clause_within (GwClausePage *self,
               GwClause     *clause,
               gint64        ancestor)
{
  for (guint guard = 0; clause != NULL && guard < 64; guard++)
    {
      if (clause->id == ancestor)
        return TRUE;
      clause = clause->parent_id ? find_clause (self, clause->parent_id) : NULL;
    }
  return FALSE;
}

static void
set_figure (GtkLabel    *label,
            GtkLevelBar *bar,
            double       ratio)
{
  g_autofree char *text = gw_format_percent (ratio);

  gtk_label_set_text (label, text);
  if (bar != NULL)
    gtk_level_bar_set_value (bar, MAX (ratio, 0.0));
}

static void
take_text (GtkLabel *label,
           char     *text)
{
  gtk_label_set_text (label, text);
  g_free (text);
}

static void
update_figures (GwClausePage *self)
{
  g_autoptr(GwScoreSheet) sheet = NULL;
  g_autofree char *text = NULL;
  const GwScore *score;
  gboolean normative;
  guint n_cards;

  sheet = gw_score_sheet_new (self->clauses, self->requirements, self->assessments);
  score = gw_score_sheet_get_clause (sheet, self->clause_id);
  if (score == NULL)
    return;

  /* A clause of informative items only (4.2.3) has no readiness or
   * progress to speak of: its maturity is the figure. */
  normative = score->n_requirements > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->readiness_child), normative);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_child), normative);
  gtk_widget_set_visible (GTK_WIDGET (self->counts_box), normative);

  set_figure (self->readiness_label, self->readiness_bar, gw_score_get_readiness (score));
  set_figure (self->progress_label, self->progress_bar, gw_score_get_progress (score));

  if (score->n_assessed == 0)
    text = g_strdup (_("Nothing assessed yet"));
  else
    /* Translators: under the readiness figure of a clause, e.g. "3 conforming
     * and 2 partially of 7 assessed" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u conforming and %u partially of %u assessed",
                                         "%u conforming and %u partially of %u assessed",
                                         score->n_assessed),
                            score->n_conforming, score->n_partial, score->n_assessed);
  gtk_label_set_text (self->readiness_detail_label, text);
  g_clear_pointer (&text, g_free);

  /* Translators: under the progress figure of a clause */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u applicable requirement assessed",
                                       "%u of %u applicable requirements assessed",
                                       score->n_applicable),
                          score->n_assessed, score->n_applicable);
  gtk_label_set_text (self->progress_detail_label, text);
  g_clear_pointer (&text, g_free);

  gtk_widget_set_visible (GTK_WIDGET (self->maturity_child), score->n_maturity > 0);
  /* The cards on show share the width, two a line at least. */
  n_cards = MAX (1, (normative ? 2 : 0) + (score->n_maturity > 0 ? 1 : 0));
  gtk_flow_box_set_min_children_per_line (self->score_box, MIN (n_cards, 2));
  gtk_flow_box_set_max_children_per_line (self->score_box, n_cards);
  if (score->n_maturity > 0)
    {
      text = g_strdup_printf ("%.1f", gw_score_get_maturity_current (score));
      gtk_label_set_text (self->maturity_label, text);
      g_clear_pointer (&text, g_free);
      /* Translators: under the average maturity of a clause, on a scale of 0 to 5 */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "target %.1f, over %u item",
                                           "target %.1f, over %u items",
                                           score->n_maturity),
                              gw_score_get_maturity_target (score), score->n_maturity);
      gtk_label_set_text (self->maturity_target_label, text);
    }

  take_text (self->conforming_label,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conforming", "%u conforming",
                                           score->n_conforming),
                              score->n_conforming));
  take_text (self->partial_label,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partially conforming",
                                           "%u partially conforming", score->n_partial),
                              score->n_partial));
  take_text (self->nonconforming_label,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u nonconforming", "%u nonconforming",
                                           score->n_nonconforming),
                              score->n_nonconforming));
  take_text (self->not_applicable_label,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not applicable", "%u not applicable",
                                           score->n_not_applicable),
                              score->n_not_applicable));
  take_text (self->not_assessed_label,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not assessed", "%u not assessed",
                                           score->n_not_assessed),
                              score->n_not_assessed));
}

/* Rows */

static GwAssessment *
find_assessment (GwClausePage *self,
                 gint64        requirement_id)
{
  for (guint i = 0; self->assessments != NULL && i < self->assessments->len; i++)
    {
      GwAssessment *a = g_ptr_array_index (self->assessments, i);

      if (a->requirement_id == requirement_id)
        return a;
    }
  return NULL;
}

static void
update_row (AdwActionRow        *row,
            const GwRequirement *req,
            const GwAssessment  *assessment)
{
  GtkImage *icon = g_object_get_data (G_OBJECT (row), "result-icon");
  const char *old_class = g_object_get_data (G_OBJECT (row), "result-class");
  GwResult result = assessment ? assessment->result : GW_RESULT_NOT_ASSESSED;
  int maturity = assessment ? assessment->maturity_current : GW_MATURITY_UNSET;
  const char *css_class;
  const char *icon_name;
  g_autofree char *subtitle = NULL;

  if (!req->informative)
    {
      /* Translators: the subtitle of a requirement: its ref and its result */
      subtitle = g_strdup_printf (_("%s · %s"), req->ref, gw_result_to_label (result));
      css_class = gw_result_css_class (result);
      icon_name = gw_result_icon_name (result);
    }
  else
    {
      /* A principle of 4.2.3 is rated on maturity and takes no result. */
      if (maturity == GW_MATURITY_UNSET)
        /* Translators: the subtitle of a principle of 4.2.3: its ref */
        subtitle = g_strdup_printf (_("%s · Informative, maturity not rated"), req->ref);
      else
        /* Translators: the subtitle of a principle of 4.2.3: its ref and its
         * maturity, e.g. "4.2.3-P1 · Informative, maturity 2 of 5" */
        subtitle = g_strdup_printf (_("%s · Informative, maturity %d of %d"), req->ref, maturity,
                                    GW_MATURITY_MAX);
      css_class = gw_result_css_class (GW_RESULT_NOT_ASSESSED);
      icon_name = maturity == GW_MATURITY_UNSET ? gw_result_icon_name (GW_RESULT_NOT_ASSESSED)
                                                : "emblem-ok-symbolic";
    }
  adw_action_row_set_subtitle (row, subtitle);

  gtk_image_set_from_icon_name (icon, icon_name);
  if (old_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (icon), old_class);
  gtk_widget_add_css_class (GTK_WIDGET (icon), css_class);
  g_object_set_data (G_OBJECT (row), "result-class", (gpointer) css_class);
}

static void
row_activated_cb (GwClausePage *self,
                  AdwActionRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "requirement-id");

  g_signal_emit (self, signals[REQUIREMENT_ACTIVATED], 0, *id);
}

static GtkWidget *
create_row (GwClausePage        *self,
            const GwRequirement *req)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GwAssessment *a = find_assessment (self, req->id);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), req->question);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (icon, "result-indicator");
  adw_action_row_add_prefix (row, icon);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (row, arrow);

  g_object_set_data (G_OBJECT (row), "result-icon", icon);
  g_object_set_data_full (G_OBJECT (row), "requirement-id",
                          g_memdup2 (&req->id, sizeof req->id), g_free);
  update_row (row, req, a);

  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  g_hash_table_insert (self->rows, g_memdup2 (&req->id, sizeof req->id), row);

  return GTK_WIDGET (row);
}

typedef struct
{
  GwClausePage *self;
  GtkListBox   *list;
  GPtrArray    *rest;   /* GwRequirement, borrowed */
} MoreRows;

static void
more_rows_free (gpointer data)
{
  MoreRows *more = data;

  g_ptr_array_unref (more->rest);
  g_free (more);
}

static void
show_more_cb (AdwActionRow *more_row,
              MoreRows     *more)
{
  for (guint i = 0; i < more->rest->len; i++)
    gtk_list_box_append (more->list, create_row (more->self, g_ptr_array_index (more->rest, i)));
  gtk_list_box_remove (more->list, GTK_WIDGET (more_row));
}

static GtkWidget *
create_more_row (GwClausePage *self,
                 GtkListBox   *list,
                 GPtrArray    *rest)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  MoreRows *more = g_new0 (MoreRows, 1);
  g_autofree char *title = NULL;

  more->self = self;
  more->list = list;
  more->rest = g_ptr_array_ref (rest);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u more requirement",
                                        "Show %u more requirements", rest->len),
                           rest->len);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row), "show-more");
  g_signal_connect_data (row, "activated", G_CALLBACK (show_more_cb), more,
                         (GClosureNotify) (void (*) (void)) more_rows_free, 0);

  return GTK_WIDGET (row);
}

static void
add_group (GwClausePage   *self,
           const GwClause *clause,
           GPtrArray      *reqs,
           gboolean        own,
           guint          *budget)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(GPtrArray) rest = NULL;

  /* A heading of our own rather than AdwPreferencesGroup's, which does not
   * wrap a long subclause title at narrow widths. */
  if (!own)
    {
      g_autofree char *title = g_strdup_printf ("%s %s", clause->number, clause->title);
      GtkWidget *heading = gtk_label_new (title);

      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (group), heading);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                      -1);
    }

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (group), list);

  for (guint i = 0; i < reqs->len; i++)
    {
      /* A few rows over the budget are cheaper than a "Show 2 more". */
      if (*budget == 0 && reqs->len - i > 5)
        {
          rest = g_ptr_array_new ();
          for (; i < reqs->len; i++)
            g_ptr_array_add (rest, g_ptr_array_index (reqs, i));
          gtk_list_box_append (GTK_LIST_BOX (list), create_more_row (self, GTK_LIST_BOX (list), rest));
          break;
        }
      gtk_list_box_append (GTK_LIST_BOX (list), create_row (self, g_ptr_array_index (reqs, i)));
      if (*budget > 0)
        (*budget)--;
    }

  gtk_box_append (self->groups_box, group);
}

/* A group per clause that has requirements: the clause's own (without a
 * heading), then each subclause in catalogue order. */
static guint
build_groups (GwClausePage *self,
              GwClause     *clause)
{
  g_autoptr(GHashTable) by_clause = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  guint budget = ROW_BUDGET;
  guint n = 0;

  for (guint i = 0; i < self->requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (self->requirements, i);
      GPtrArray *list = g_hash_table_lookup (by_clause, &req->clause_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_clause, &req->clause_id, list);
        }
      g_ptr_array_add (list, req);
    }

  for (guint i = 0; i < self->clauses->len; i++)
    {
      GwClause *c = g_ptr_array_index (self->clauses, i);
      GPtrArray *list = g_hash_table_lookup (by_clause, &c->id);

      if (list == NULL || !clause_within (self, c, clause->id))
        continue;

      add_group (self, c, list, c == clause, &budget);
      n += list->len;
    }

  return n;
}

static void
clear_groups (GwClausePage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
  g_hash_table_remove_all (self->rows);
}

static gboolean
clause_is_informative (GwClausePage *self,
                       GwClause     *clause)
{
  for (guint guard = 0; clause != NULL && guard < 64; guard++)
    {
      if (clause->informative)
        return TRUE;
      clause = clause->parent_id ? find_clause (self, clause->parent_id) : NULL;
    }
  return FALSE;
}

static void
rebuild (GwClausePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  GwClause *clause;
  guint n_requirements;

  clear_groups (self);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);

  clause = find_clause (self, self->clause_id);
  if (clause == NULL)
    {
      gtk_label_set_text (self->number_label, NULL);
      gtk_label_set_text (self->title_label, NULL);
      gtk_label_set_text (self->intent_label, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->informative_box), FALSE);
      return;
    }

  self->assessments = gw_audit_list_assessments (self->audit, &error);
  if (self->assessments == NULL)
    {
      gw_toast_error (GTK_WIDGET (self), _("Could not read the answers of this clause"), error);
      self->assessments = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_assessment_free);
    }

  /* Translators: above the title of a clause page, e.g. "Clause 8.1" */
  number = g_strdup_printf (_("Clause %s"), clause->number);
  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->title_label, clause->title);
  gtk_label_set_text (self->intent_label, clause->intent);
  gtk_widget_set_visible (GTK_WIDGET (self->intent_label), clause->intent && *clause->intent);
  gtk_widget_set_visible (GTK_WIDGET (self->informative_box), clause_is_informative (self, clause));

  n_requirements = build_groups (self, clause);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n_requirements == 0);
  update_figures (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

static void
audit_changed_cb (GwClausePage *self,
                  const char   *entity,
                  gint64        id,
                  GwAudit      *audit)
{
  g_autoptr(GwAssessment) fresh = NULL;
  g_autoptr(GError) error = NULL;
  AdwActionRow *row;
  GwAssessment *cached;
  GwRequirement *req = NULL;

  if (audit != self->audit || g_strcmp0 (entity, "assessment") != 0 || self->assessments == NULL)
    return;

  row = g_hash_table_lookup (self->rows, &id);
  cached = find_assessment (self, id);
  for (guint i = 0; i < self->requirements->len && req == NULL; i++)
    if (((GwRequirement *) g_ptr_array_index (self->requirements, i))->id == id)
      req = g_ptr_array_index (self->requirements, i);

  if (req == NULL || !clause_within (self, find_clause (self, req->clause_id), self->clause_id))
    return;

  fresh = gw_audit_get_assessment (self->audit, id, &error);
  if (fresh == NULL)
    {
      gw_toast_error (GTK_WIDGET (self), _("Could not update the clause"), error);
      return;
    }

  if (cached != NULL)
    g_ptr_array_remove (self->assessments, cached);
  if (row != NULL)
    update_row (row, req, fresh);
  g_ptr_array_add (self->assessments, g_steal_pointer (&fresh));

  update_figures (self);
}

/* GObject overrides */

static void
gw_clause_page_dispose (GObject *object)
{
  GwClausePage *self = (GwClausePage *) object;
  GtkWidget *child;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_func (self->audit, audit_changed_cb, self);
  g_clear_object (&self->audit);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_CLAUSE_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->clauses, g_ptr_array_unref);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);

  G_OBJECT_CLASS (gw_clause_page_parent_class)->dispose (object);
}

static void
gw_clause_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GwClausePage *self = GW_CLAUSE_PAGE (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      g_value_set_object (value, self->audit);
      break;
    case PROP_CLAUSE_ID:
      g_value_set_int64 (value, self->clause_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_clause_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GwClausePage *self = GW_CLAUSE_PAGE (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      gw_clause_page_set_audit (self, g_value_get_object (value));
      break;
    case PROP_CLAUSE_ID:
      gw_clause_page_set_clause (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_clause_page_class_init (GwClausePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_clause_page_dispose;
  object_class->get_property = gw_clause_page_get_property;
  object_class->set_property = gw_clause_page_set_property;

  properties[PROP_AUDIT] =
    g_param_spec_object ("audit", NULL, NULL, GW_TYPE_AUDIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLAUSE_ID] =
    g_param_spec_int64 ("clause-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GwClausePage::requirement-activated:
   * @requirement_id: the requirement the user chose
   */
  signals[REQUIREMENT_ACTIVATED] =
    g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-clause-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, conforming_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, counts_box);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, informative_box);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, intent_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, maturity_child);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, maturity_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, maturity_target_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, nonconforming_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, not_applicable_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, not_assessed_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, number_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, partial_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, progress_child);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, progress_detail_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, readiness_bar);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, readiness_child);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, readiness_detail_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, readiness_label);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, score_box);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, GwClausePage, title_label);

  gtk_widget_class_set_css_name (widget_class, "clausepage");
}

static void
remove_offsets (GtkLevelBar *bar)
{
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_FULL);
}

static void
gw_clause_page_init (GwClausePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* Both bars are one accent colour: the default offsets would colour a
   * low figure as a warning, and a low progress is not a problem. */
  remove_offsets (self->readiness_bar);
  remove_offsets (self->progress_bar);
}

/* Public API */

/**
 * gw_clause_page_set_audit:
 * @audit: (nullable): the audit, or %NULL to clear the page
 */
void
gw_clause_page_set_audit (GwClausePage *self,
                          GwAudit      *audit)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GW_IS_CLAUSE_PAGE (self));
  g_return_if_fail (audit == NULL || GW_IS_AUDIT (audit));

  if (self->audit == audit)
    return;

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_func (self->audit, audit_changed_cb, self);
  g_set_object (&self->audit, audit);

  g_clear_pointer (&self->clauses, g_ptr_array_unref);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  self->clause_id = 0;

  if (audit != NULL)
    {
      self->clauses = gw_audit_list_clauses (audit, &error);
      if (self->clauses != NULL)
        self->requirements = gw_audit_list_requirements (audit, &error);
      if (self->requirements == NULL)
        {
          gw_toast_error (GTK_WIDGET (self), _("Could not read the checklist"), error);
          g_clear_pointer (&self->clauses, g_ptr_array_unref);
        }
      else
        {
          g_signal_connect_object (audit, "changed", G_CALLBACK (audit_changed_cb), self,
                                   G_CONNECT_SWAPPED);
        }
    }

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAUSE_ID]);
}

/**
 * gw_clause_page_set_clause:
 *
 * Shows a clause of the audit, reading its current answers.
 */
void
gw_clause_page_set_clause (GwClausePage *self,
                           gint64        clause_id)
{
  g_return_if_fail (GW_IS_CLAUSE_PAGE (self));

  if (self->clause_id == clause_id)
    return;

  self->clause_id = clause_id;
  if (self->clauses != NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAUSE_ID]);
}

gint64
gw_clause_page_get_clause (GwClausePage *self)
{
  g_return_val_if_fail (GW_IS_CLAUSE_PAGE (self), 0);
  return self->clause_id;
}
