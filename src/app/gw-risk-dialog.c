/* gw-risk-dialog.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adds a risk to the audit's register or edits one: title, threat category
 * and asset, owner and next review, the threat scenario and the weakness it
 * would exploit, the inherent rating, the treatment and the residual
 * rating — each rating picked on the audit's matrix ("3 · Possible"), its
 * level shown as it is picked — the measures, requirements and actions it
 * is linked to, and notes. Nothing is written until Add/Save, links
 * included (GwRiskLinks stages them); what the audit refuses is shown in a
 * banner at the top of the dialog, which stays open so nothing is lost.
 *
 * The setters and gw_risk_dialog_save() are public so that tests can fill
 * and save the dialog.
 */

#define G_LOG_DOMAIN "gw-risk-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-action-dialog.h"
#include "gw-date-button.h"
#include "gw-history-row.h"
#include "gw-risk-badge.h"
#include "gw-risk-dialog.h"
#include "gw-risk-links.h"
#include "gw-text-area.h"

#define N_KINDS 3

struct _GwRiskDialog
{
  AdwWindow            parent_instance;

  GwAudit             *audit;
  GwRiskMatrix        *matrix;
  gint64               risk_id;
  GwRisk              *original;            /* when editing */
  GArray              *saved[N_KINDS];      /* the links as written, by GwRiskLinkKind */
  GwRiskBadge         *inherent_badge;
  GwRiskBadge         *residual_badge;

  /* Template widgets */
  GwRiskLinks         *actions_links;
  AdwComboRow         *asset_row;
  AdwComboRow         *category_row;
  GtkButton           *delete_button;
  GtkLabel            *error_label;
  GtkRevealer         *error_revealer;
  AdwPreferencesGroup *inherent_group;
  AdwComboRow         *inherent_impact_row;
  AdwComboRow         *inherent_likelihood_row;
  GwRiskLinks         *measures_links;
  GwTextArea          *notes_area;
  AdwEntryRow         *owner_row;
  GwRiskLinks         *requirements_links;
  AdwPreferencesGroup *residual_group;
  AdwComboRow         *residual_impact_row;
  AdwComboRow         *residual_likelihood_row;
  GwDateButton        *review_button;
  GtkButton           *save_button;
  GwTextArea          *threat_area;
  AdwEntryRow         *title_row;
  AdwComboRow         *treatment_row;
  GwTextArea          *vulnerability_area;
  AdwWindowTitle      *window_title;
  GtkButton           *new_action_button;
  AdwPreferencesGroup *history_group;
  AdwExpanderRow      *history_row;
};

G_DEFINE_FINAL_TYPE (GwRiskDialog, gw_risk_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_AUDIT,
  PROP_RISK_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (GwRiskDialog *self,
            const char   *what,
            const GError *error)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);

  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
dismiss_error_cb (GwRiskDialog *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static gboolean
has_audit (GwRiskDialog  *self,
           GError       **error)
{
  if (self->audit != NULL && !gw_audit_get_closed (self->audit) && self->matrix != NULL)
    return TRUE;

  g_set_error_literal (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_FAILED, _("No audit is open."));
  return FALSE;
}

static gboolean
writable (GwRiskDialog *self)
{
  return has_audit (self, NULL) && !gw_audit_get_read_only (self->audit);
}

static void
update_save_button (GwRiskDialog *self)
{
  g_autofree char *title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), writable (self) && *g_strstrip (title) != '\0');
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  return *text ? g_steal_pointer (&text) : NULL;
}

static char *
area_text (GwTextArea *area)
{
  g_autofree char *text = gw_text_area_dup_text (area);

  return text && *g_strstrip (text) ? g_steal_pointer (&text) : NULL;
}

/* Choices ------------------------------------------------------------------ */

/* "Not rated", then "1 · Rare" … as the matrix names its points: the
 * position in the list is the value. */
static void
fill_scale (AdwComboRow  *row,
            GwRiskMatrix *matrix,
            gboolean      likelihood)
{
  g_autoptr(GtkStringList) points = gtk_string_list_new (NULL);
  int n = likelihood ? gw_risk_matrix_get_n_likelihood (matrix) : gw_risk_matrix_get_n_impact (matrix);

  gtk_string_list_append (points, C_("risk rating", "Not rated"));
  for (int v = 1; v <= n; v++)
    {
      const GwRiskScalePoint *point = likelihood ? gw_risk_matrix_get_likelihood (matrix, v)
                                                 : gw_risk_matrix_get_impact (matrix, v);
      g_autofree char *text = g_strdup_printf ("%d · %s", v, point->label);

      gtk_string_list_append (points, text);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (points));
}

static void
fill_vocabularies (GwRiskDialog *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) assets = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) treatments = gtk_string_list_new (NULL);

  for (guint c = GW_THREAT_THEFT; c <= GW_THREAT_OTHER; c++)
    gtk_string_list_append (categories, gw_threat_category_to_label (c));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  for (guint a = GW_RISK_ASSET_FACILITY; a <= GW_RISK_ASSET_PROCESS; a++)
    gtk_string_list_append (assets, gw_risk_asset_to_label (a));
  adw_combo_row_set_model (self->asset_row, G_LIST_MODEL (assets));
  for (guint t = GW_RISK_TREATMENT_UNDECIDED; t <= GW_RISK_TREATMENT_ACCEPT; t++)
    gtk_string_list_append (treatments, gw_risk_treatment_to_label (t));
  adw_combo_row_set_model (self->treatment_row, G_LIST_MODEL (treatments));
}

static void
rating_changed_cb (GwRiskDialog *self)
{
  if (self->matrix == NULL)
    return;

  gw_risk_badge_show_rating (self->inherent_badge, self->matrix,
                             adw_combo_row_get_selected (self->inherent_likelihood_row),
                             adw_combo_row_get_selected (self->inherent_impact_row));
  gw_risk_badge_show_rating (self->residual_badge, self->matrix,
                             adw_combo_row_get_selected (self->residual_likelihood_row),
                             adw_combo_row_get_selected (self->residual_impact_row));
}

/* What can be linked ------------------------------------------------------ */

static int
compare_measure_domains (gconstpointer a,
                         gconstpointer b)
{
  const GwMeasure *x = *(const GwMeasure **) a, *y = *(const GwMeasure **) b;
  return (int) x->domain - (int) y->domain;
}

static GPtrArray *
measure_candidates (GwRiskDialog  *self,
                    GError       **error)
{
  g_autoptr(GPtrArray) measures = gw_audit_list_measures (self->audit, error);
  GPtrArray *candidates;

  if (measures == NULL)
    return NULL;

  /* By domain, in catalogue order within each (g_ptr_array_sort is stable). */
  g_ptr_array_sort (measures, compare_measure_domains);
  candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_link_candidate_free);
  for (guint i = 0; i < measures->len; i++)
    {
      GwMeasure *m = g_ptr_array_index (measures, i);
      g_autofree char *title = g_strdup_printf ("%s  %s", m->ref, m->title);

      g_ptr_array_add (candidates, gw_link_candidate_new (m->id, title, gw_measure_status_to_label (m->status),
                                                          gw_measure_domain_to_label (m->domain)));
    }
  return candidates;
}

static GPtrArray *
requirement_candidates (GwRiskDialog  *self,
                        GError       **error)
{
  g_autoptr(GPtrArray) requirements = gw_audit_list_requirements (self->audit, error);
  GPtrArray *candidates;

  if (requirements == NULL)
    return NULL;

  candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_link_candidate_free);
  for (guint i = 0; i < requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (requirements, i);
      g_ptr_array_add (candidates, gw_link_candidate_new (req->id, req->ref, req->question, NULL));
    }
  return candidates;
}

static GPtrArray *
action_candidates (GwRiskDialog  *self,
                   GError       **error)
{
  g_autoptr(GPtrArray) actions = gw_audit_list_actions (self->audit, 0, error);
  GPtrArray *candidates;

  if (actions == NULL)
    return NULL;

  candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_link_candidate_free);
  for (guint i = 0; i < actions->len; i++)
    {
      GwAction *a = g_ptr_array_index (actions, i);
      g_autofree char *subtitle = NULL;

      if (a->owner && *a->owner)
        /* Translators: an action in the risk dialog's Link… list, "In progress · Jana Novak" */
        subtitle = g_strdup_printf (_("%s · %s"), gw_action_status_to_label (a->status), a->owner);
      else
        subtitle = g_strdup (gw_action_status_to_label (a->status));
      g_ptr_array_add (candidates, gw_link_candidate_new (a->id, a->title, subtitle, NULL));
    }
  return candidates;
}

static GwRiskLinks *
links_of (GwRiskDialog   *self,
          GwRiskLinkKind  kind)
{
  switch (kind)
    {
    case GW_RISK_LINK_REQUIREMENT:
      return self->requirements_links;
    case GW_RISK_LINK_ACTION:
      return self->actions_links;
    case GW_RISK_LINK_MEASURE:
    default:
      return self->measures_links;
    }
}

static void
load_links (GwRiskDialog *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *candidates[N_KINDS] = { NULL, NULL, NULL };

  candidates[GW_RISK_LINK_MEASURE] = measure_candidates (self, &error);
  if (error == NULL)
    candidates[GW_RISK_LINK_REQUIREMENT] = requirement_candidates (self, &error);
  if (error == NULL)
    candidates[GW_RISK_LINK_ACTION] = action_candidates (self, &error);

  for (guint kind = 0; kind < N_KINDS; kind++)
    {
      if (candidates[kind] != NULL)
        gw_risk_links_set_candidates (links_of (self, kind), candidates[kind]);
      if (self->risk_id != 0 && error == NULL)
        self->saved[kind] = gw_audit_list_risk_targets (self->audit, self->risk_id, kind, &error);
      gw_risk_links_set_linked (links_of (self, kind), self->saved[kind]);
      gw_risk_links_set_editable (links_of (self, kind), writable (self));
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_action_button), writable (self));

  if (error != NULL)
    show_error (self, _("The links of the risk could not be read"), error);
}

/* An action planned from the risk joins the plan at once and is staged as
 * a link of the risk, saved with it. */
static void
action_created_cb (GwRiskDialog   *self,
                   GParamSpec     *pspec,
                   GwActionDialog *dialog)
{
  gint64 id = gw_action_dialog_get_action_id (dialog);
  g_autoptr(GError) error = NULL;
  GPtrArray *candidates;
  GArray *linked;

  if (id == 0)
    return;

  candidates = action_candidates (self, &error);
  if (candidates == NULL)
    {
      show_error (self, _("The action plan could not be read"), error);
      return;
    }
  gw_risk_links_set_candidates (self->actions_links, candidates);

  linked = gw_risk_links_get_linked (self->actions_links);
  for (guint i = 0; linked && i < linked->len; i++)
    if (g_array_index (linked, gint64, i) == id)
      return;
  gw_risk_links_toggle (self->actions_links, id);
}

static void
new_action_clicked_cb (GwRiskDialog *self)
{
  GArray *requirements = gw_risk_links_get_linked (self->requirements_links);
  gint64 requirement_id = requirements && requirements->len > 0 ? g_array_index (requirements, gint64, 0) : 0;
  g_autofree char *owner = entry_text (self->owner_row);
  GwActionDialog *dialog;

  /* The action also counts for the risk's first requirement, so the
   * checklist shows it where the gap is. */
  dialog = gw_action_dialog_new (GTK_WINDOW (self), self->audit, requirement_id, 0);
  if (owner != NULL)
    gw_action_dialog_set_owner (dialog, owner);
  g_signal_connect_object (dialog, "notify::action-id", G_CALLBACK (action_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Loading and saving ------------------------------------------------------ */

/* Who changed what in the risk, newest first: the trail an auditor shows
 * when asked why a rating moved. */
static void
load_history (GwRiskDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = gw_audit_list_changes (self->audit, "risk", self->risk_id, &error);
  g_autofree char *subtitle = NULL;
  g_autofree char *last = NULL;

  if (changes == NULL)
    {
      show_error (self, _("The history could not be read"), error);
      return;
    }
  if (changes->len == 0)
    return;

  last = gw_change_format_meta (g_ptr_array_index (changes, changes->len - 1));
  subtitle = g_strdup_printf (ngettext ("%u change, the last by %s", "%u changes, the last by %s", changes->len),
                              changes->len, last);
  adw_expander_row_set_subtitle (self->history_row, subtitle);
  for (guint i = changes->len; i > 0; i--)
    adw_expander_row_add_row (self->history_row, gw_history_row_new (g_ptr_array_index (changes, i - 1)));
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), TRUE);
}

static void
load (GwRiskDialog *self)
{
  g_autoptr(GError) error = NULL;
  const GwRisk *r;

  if (self->risk_id == 0)
    return;

  self->original = gw_audit_get_risk (self->audit, self->risk_id, &error);
  if (self->original == NULL)
    {
      show_error (self, _("The risk could not be read"), error);
      return;
    }

  r = self->original;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), r->title ? r->title : "");
  adw_combo_row_set_selected (self->category_row, r->category);
  adw_combo_row_set_selected (self->asset_row, r->asset);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), r->owner ? r->owner : "");
  gw_date_button_set_date (self->review_button, r->review_date);
  gw_text_area_set_text (self->threat_area, r->threat);
  gw_text_area_set_text (self->vulnerability_area, r->vulnerability);
  adw_combo_row_set_selected (self->inherent_likelihood_row, r->inherent_likelihood);
  adw_combo_row_set_selected (self->inherent_impact_row, r->inherent_impact);
  adw_combo_row_set_selected (self->treatment_row, r->treatment);
  adw_combo_row_set_selected (self->residual_likelihood_row, r->residual_likelihood);
  adw_combo_row_set_selected (self->residual_impact_row, r->residual_impact);
  gw_text_area_set_text (self->notes_area, r->notes);
  load_history (self);
}

static GwRisk *
collect (GwRiskDialog *self)
{
  GwRisk *r = self->original ? gw_risk_copy (self->original) : gw_risk_new (NULL);

  g_free (r->title);
  r->title = entry_text (self->title_row);
  r->category = adw_combo_row_get_selected (self->category_row);
  r->asset = adw_combo_row_get_selected (self->asset_row);
  g_free (r->owner);
  r->owner = entry_text (self->owner_row);
  g_free (r->review_date);
  r->review_date = g_strdup (gw_date_button_get_date (self->review_button));
  g_free (r->threat);
  r->threat = area_text (self->threat_area);
  g_free (r->vulnerability);
  r->vulnerability = area_text (self->vulnerability_area);
  r->inherent_likelihood = adw_combo_row_get_selected (self->inherent_likelihood_row);
  r->inherent_impact = adw_combo_row_get_selected (self->inherent_impact_row);
  r->treatment = adw_combo_row_get_selected (self->treatment_row);
  r->residual_likelihood = adw_combo_row_get_selected (self->residual_likelihood_row);
  r->residual_impact = adw_combo_row_get_selected (self->residual_impact_row);
  g_free (r->notes);
  r->notes = area_text (self->notes_area);
  return r;
}

static gboolean
contains (GArray *ids,
          gint64  id)
{
  for (guint i = 0; ids && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Writes the difference between the links as saved and as staged. */
static gboolean
save_links (GwRiskDialog  *self,
            GError       **error)
{
  for (guint kind = 0; kind < N_KINDS; kind++)
    {
      GArray *staged = gw_risk_links_get_linked (links_of (self, kind));
      GArray *saved = self->saved[kind];

      for (guint i = 0; saved && i < saved->len; i++)
        {
          gint64 id = g_array_index (saved, gint64, i);
          if (!contains (staged, id) &&
              !gw_audit_link_risk (self->audit, self->risk_id, kind, id, FALSE, error))
            return FALSE;
        }
      for (guint i = 0; i < staged->len; i++)
        {
          gint64 id = g_array_index (staged, gint64, i);
          if (!contains (saved, id) &&
              !gw_audit_link_risk (self->audit, self->risk_id, kind, id, TRUE, error))
            return FALSE;
        }

      g_clear_pointer (&self->saved[kind], g_array_unref);
      self->saved[kind] = g_array_copy (staged);
    }
  return TRUE;
}

static void
title_changed_cb (GwRiskDialog *self)
{
  update_save_button (self);
}

static void
save_clicked_cb (GwRiskDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!gw_risk_dialog_save (self, &error))
    {
      show_error (self, _("The risk could not be saved"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_response_cb (GwRiskDialog     *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!gw_risk_dialog_delete (self, &error))
    {
      show_error (self, _("The risk could not be deleted"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_clicked_cb (GwRiskDialog *self)
{
  GtkWidget *dialog;

  if (self->original == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete Risk?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” will be removed from the risk register, with its links to "
                                    "measures, requirements and actions. The measures and actions stay."),
                                  self->original->title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject ------------------------------------------------------------------ */

static void
gw_risk_dialog_constructed (GObject *object)
{
  GwRiskDialog *self = GW_RISK_DIALOG (object);
  gboolean editing = self->risk_id != 0;
  g_autofree char *ref = editing ? gw_risk_format_ref (self->risk_id) : NULL;

  G_OBJECT_CLASS (gw_risk_dialog_parent_class)->constructed (object);

  adw_window_title_set_title (self->window_title, editing ? _("Edit Risk") : _("New Risk"));
  adw_window_title_set_subtitle (self->window_title, ref);
  gtk_window_set_title (GTK_WINDOW (self), editing ? _("Edit Risk") : _("New Risk"));
  gtk_button_set_label (self->save_button, editing ? _("_Save") : _("_Add"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), editing);

  if (self->audit != NULL && !gw_audit_get_closed (self->audit))
    self->matrix = gw_risk_matrix_ref (gw_audit_get_risk_matrix (self->audit));

  if (self->matrix != NULL)
    {
      fill_scale (self->inherent_likelihood_row, self->matrix, TRUE);
      fill_scale (self->inherent_impact_row, self->matrix, FALSE);
      fill_scale (self->residual_likelihood_row, self->matrix, TRUE);
      fill_scale (self->residual_impact_row, self->matrix, FALSE);
      load (self);
      load_links (self);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->delete_button), writable (self));
  rating_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  update_save_button (self);
}

static void
gw_risk_dialog_dispose (GObject *object)
{
  GwRiskDialog *self = GW_RISK_DIALOG (object);

  g_clear_object (&self->audit);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_RISK_DIALOG);

  G_OBJECT_CLASS (gw_risk_dialog_parent_class)->dispose (object);
}

static void
gw_risk_dialog_finalize (GObject *object)
{
  GwRiskDialog *self = GW_RISK_DIALOG (object);

  g_clear_pointer (&self->original, gw_risk_free);
  g_clear_pointer (&self->matrix, gw_risk_matrix_unref);
  for (guint kind = 0; kind < N_KINDS; kind++)
    g_clear_pointer (&self->saved[kind], g_array_unref);

  G_OBJECT_CLASS (gw_risk_dialog_parent_class)->finalize (object);
}

static void
gw_risk_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GwRiskDialog *self = GW_RISK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      g_value_set_object (value, self->audit);
      break;
    case PROP_RISK_ID:
      g_value_set_int64 (value, self->risk_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_risk_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GwRiskDialog *self = GW_RISK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AUDIT:
      self->audit = g_value_dup_object (value);
      break;
    case PROP_RISK_ID:
      self->risk_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_risk_dialog_class_init (GwRiskDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gw_risk_dialog_constructed;
  object_class->dispose = gw_risk_dialog_dispose;
  object_class->finalize = gw_risk_dialog_finalize;
  object_class->get_property = gw_risk_dialog_get_property;
  object_class->set_property = gw_risk_dialog_set_property;

  properties[PROP_AUDIT] =
    g_param_spec_object ("audit", NULL, NULL, GW_TYPE_AUDIT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GwRiskDialog:risk-id:
   *
   * The risk edited, or 0 to add one. After a save it is the id of the
   * new risk.
   */
  properties[PROP_RISK_ID] =
    g_param_spec_int64 ("risk-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-risk-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, actions_links);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, asset_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, delete_button);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, inherent_group);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, inherent_impact_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, inherent_likelihood_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, measures_links);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, notes_area);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, requirements_links);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, residual_group);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, residual_impact_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, residual_likelihood_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, review_button);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, threat_area);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, treatment_row);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, vulnerability_area);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, new_action_button);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, history_group);
  gtk_widget_class_bind_template_child (widget_class, GwRiskDialog, history_row);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_action_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, rating_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (GW_TYPE_DATE_BUTTON);
  g_type_ensure (GW_TYPE_RISK_LINKS);
  g_type_ensure (GW_TYPE_TEXT_AREA);
}

static void
gw_risk_dialog_init (GwRiskDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->inherent_badge = GW_RISK_BADGE (gw_risk_badge_new (TRUE));
  self->residual_badge = GW_RISK_BADGE (gw_risk_badge_new (TRUE));
  gtk_widget_set_valign (GTK_WIDGET (self->inherent_badge), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->residual_badge), GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (self->inherent_group, GTK_WIDGET (self->inherent_badge));
  adw_preferences_group_set_header_suffix (self->residual_group, GTK_WIDGET (self->residual_badge));

  fill_vocabularies (self);
  adw_combo_row_set_selected (self->category_row, GW_THREAT_THEFT);
  adw_combo_row_set_selected (self->asset_row, GW_RISK_ASSET_CARGO);
  adw_combo_row_set_selected (self->treatment_row, GW_RISK_TREATMENT_UNDECIDED);

  gw_risk_links_set_labels (self->measures_links, _("Security Measures"),
                            _("No measure treats this risk yet. Use Link… to say which ones do."),
                            _("Find a measure by ref, words or domain"));
  gw_risk_links_set_labels (self->requirements_links, _("Requirements"),
                            _("Not linked to a requirement of the checklist."),
                            _("Find a requirement by ref or words"));
  gw_risk_links_set_labels (self->actions_links, _("Actions"),
                            _("No action of the plan reduces this risk yet."),
                            _("Find an action by title or owner"));
}

/* Public API --------------------------------------------------------------- */

/**
 * gw_risk_dialog_new:
 * @parent: (nullable): the window the dialog is modal for
 * @audit: the audit
 * @risk_id: the risk to edit, or 0 to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown; like any toplevel
 *   it lives until it is closed or destroyed
 */
GwRiskDialog *
gw_risk_dialog_new (GtkWindow *parent,
                    GwAudit   *audit,
                    gint64     risk_id)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GW_IS_AUDIT (audit), NULL);

  return g_object_new (GW_TYPE_RISK_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "audit", audit,
                       "risk-id", risk_id,
                       NULL);
}

/* The risk edited, or after a successful save of a new one its id; 0
 * before that. */
gint64
gw_risk_dialog_get_risk_id (GwRiskDialog *self)
{
  g_return_val_if_fail (GW_IS_RISK_DIALOG (self), 0);
  return self->risk_id;
}

void
gw_risk_dialog_set_risk_title (GwRiskDialog *self,
                               const char   *title)
{
  g_return_if_fail (GW_IS_RISK_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
}

void
gw_risk_dialog_set_threat (GwRiskDialog *self,
                           const char   *threat)
{
  g_return_if_fail (GW_IS_RISK_DIALOG (self));
  gw_text_area_set_text (self->threat_area, threat);
}

void
gw_risk_dialog_set_category (GwRiskDialog     *self,
                             GwThreatCategory  category)
{
  g_return_if_fail (GW_IS_RISK_DIALOG (self));
  adw_combo_row_set_selected (self->category_row, category);
}

void
gw_risk_dialog_set_asset (GwRiskDialog *self,
                          GwRiskAsset   asset)
{
  g_return_if_fail (GW_IS_RISK_DIALOG (self));
  adw_combo_row_set_selected (self->asset_row, asset);
}

void
gw_risk_dialog_set_owner (GwRiskDialog *self,
                          const char   *owner)
{
  g_return_if_fail (GW_IS_RISK_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), owner ? owner : "");
}

void
gw_risk_dialog_set_treatment (GwRiskDialog    *self,
                              GwRiskTreatment  treatment)
{
  g_return_if_fail (GW_IS_RISK_DIALOG (self));
  adw_combo_row_set_selected (self->treatment_row, treatment);
}

/* Picks a rating in the drop-downs; 0 is "Not rated". */
void
gw_risk_dialog_set_rating (GwRiskDialog *self,
                           gboolean      residual,
                           int           likelihood,
                           int           impact)
{
  g_return_if_fail (GW_IS_RISK_DIALOG (self));

  adw_combo_row_set_selected (residual ? self->residual_likelihood_row : self->inherent_likelihood_row,
                              likelihood);
  adw_combo_row_set_selected (residual ? self->residual_impact_row : self->inherent_impact_row, impact);
}

/* What the level shown beside a rating says, "High · 12". */
const char *
gw_risk_dialog_get_level_text (GwRiskDialog *self,
                               gboolean      residual)
{
  g_return_val_if_fail (GW_IS_RISK_DIALOG (self), NULL);
  return gw_risk_badge_get_text (residual ? self->residual_badge : self->inherent_badge);
}

/**
 * gw_risk_dialog_get_links:
 *
 * Returns: (transfer none): the links of one kind, as staged
 */
GwRiskLinks *
gw_risk_dialog_get_links (GwRiskDialog   *self,
                          GwRiskLinkKind  kind)
{
  g_return_val_if_fail (GW_IS_RISK_DIALOG (self), NULL);
  return links_of (self, kind);
}

/* The problem the banner shows, or NULL when it shows none. */
const char *
gw_risk_dialog_get_error_text (GwRiskDialog *self)
{
  g_return_val_if_fail (GW_IS_RISK_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

/**
 * gw_risk_dialog_save:
 *
 * Writes the fields and the links to the audit: adds the risk or updates
 * the edited one. The dialog stays open; the Add/Save button also closes
 * it.
 *
 * Returns: %TRUE on success
 */
gboolean
gw_risk_dialog_save (GwRiskDialog  *self,
                     GError       **error)
{
  g_autoptr(GwRisk) r = NULL;

  g_return_val_if_fail (GW_IS_RISK_DIALOG (self), FALSE);

  if (!has_audit (self, error))
    return FALSE;

  r = collect (self);
  if (self->original != NULL)
    {
      if (!gw_audit_update_risk (self->audit, r, error))
        return FALSE;
    }
  else
    {
      gint64 id = gw_audit_add_risk (self->audit, r, error);

      if (id == 0)
        return FALSE;
      /* From here on a second Save (after a link failed) updates what the
       * first one added. */
      self->risk_id = id;
      self->original = gw_audit_get_risk (self->audit, id, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_ID]);
    }

  if (!save_links (self, error))
    return FALSE;

  g_clear_pointer (&self->original, gw_risk_free);
  self->original = gw_audit_get_risk (self->audit, self->risk_id, NULL);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  return TRUE;
}

/**
 * gw_risk_dialog_delete:
 *
 * Deletes the edited risk from the audit (after the user confirmed it).
 *
 * Returns: %TRUE on success
 */
gboolean
gw_risk_dialog_delete (GwRiskDialog  *self,
                       GError       **error)
{
  g_return_val_if_fail (GW_IS_RISK_DIALOG (self), FALSE);

  if (!has_audit (self, error))
    return FALSE;

  if (self->original == NULL)
    {
      g_set_error_literal (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
                           _("The risk has not been added yet."));
      return FALSE;
    }

  return gw_audit_delete_risk (self->audit, self->original->id, error);
}
