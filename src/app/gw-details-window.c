/* gw-details-window.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The audit details form, used twice: to create a new audit (with the
 * standard to audit against, then a Save dialog for where the file goes)
 * and to edit the details of the open audit later. Problems are shown in
 * the form's own toast overlay so nothing typed is lost.
 *
 * Both also choose the risk matrix: a built-in one or one read from a file.
 * The audit refuses a matrix on which a rating already made does not
 * exist; that refusal is shown under the choice, and nothing is saved.
 */

#define G_LOG_DOMAIN "gw-details-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-date-button.h"
#include "gw-details-window.h"
#include "gw-ui-utils.h"

struct _GwDetailsWindow
{
  AdwWindow        parent_instance;

  GwWindow        *window;     /* weak */
  GwAudit         *audit;      /* NULL when creating */
  GPtrArray       *catalogues; /* GwCatalogue, in the order of catalogue_row */

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkButton       *accept_button;
  AdwEntryRow     *organisation_row;
  AdwComboRow     *type_row;
  GtkTextView     *sites_view;
  GtkTextView     *scope_view;
  AdwEntryRow     *lead_row;
  GwDateButton    *start_button;
  GwDateButton    *end_button;
  AdwEntryRow     *baseline_row;
  GtkTextView     *team_view;
  GtkTextView     *contacts_view;
  GtkWidget       *standard_group;
  AdwComboRow     *catalogue_row;
  AdwComboRow     *matrix_row;
  AdwActionRow    *matrix_error_row;

  GPtrArray       *matrices;   /* GwRiskMatrix, in the order of matrix_row */
  GSettings       *settings;
};

G_DEFINE_FINAL_TYPE (GwDetailsWindow, gw_details_window, ADW_TYPE_WINDOW)

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (text);
  return text;
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
toast (GwDetailsWindow *self,
       const char      *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * gw_details_window_get_details:
 *
 * Returns: (transfer full): the details as the form holds them
 */
GwAuditDetails *
gw_details_window_get_details (GwDetailsWindow *self)
{
  GwAuditDetails *details = gw_audit_details_new ();
  g_autofree char *sites = text_of (self->sites_view);
  g_auto(GStrv) lines = g_strsplit (sites, "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i])
        g_strv_builder_add (builder, lines[i]);
    }

  g_free (details->organisation);
  details->organisation = entry_text (self->organisation_row);
  g_strfreev (details->sites);
  details->sites = g_strv_builder_end (builder);
  details->scope = text_of (self->scope_view);
  details->audit_type = (GwAuditType) adw_combo_row_get_selected (self->type_row);
  details->lead_auditor = entry_text (self->lead_row);
  details->team = text_of (self->team_view);
  details->auditee_contacts = text_of (self->contacts_view);
  details->start_date = g_strdup (gw_date_button_get_date (self->start_button));
  details->end_date = g_strdup (gw_date_button_get_date (self->end_button));
  details->baseline_title = entry_text (self->baseline_row);
  return details;
}

void
gw_details_window_set_details (GwDetailsWindow      *self,
                               const GwAuditDetails *details)
{
  g_autofree char *sites = NULL;

  g_return_if_fail (GW_IS_DETAILS_WINDOW (self));

  sites = details->sites ? g_strjoinv ("\n", details->sites) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), details->organisation ? details->organisation : "");
  set_text (self->sites_view, sites);
  set_text (self->scope_view, details->scope);
  adw_combo_row_set_selected (self->type_row, details->audit_type);
  gtk_editable_set_text (GTK_EDITABLE (self->lead_row), details->lead_auditor ? details->lead_auditor : "");
  set_text (self->team_view, details->team);
  set_text (self->contacts_view, details->auditee_contacts);
  gw_date_button_set_date (self->start_button, details->start_date);
  gw_date_button_set_date (self->end_button, details->end_date);
  gtk_editable_set_text (GTK_EDITABLE (self->baseline_row), details->baseline_title ? details->baseline_title : "");
}

static void
fill_catalogues (GwDetailsWindow *self)
{
  g_auto(GStrv) ids = gw_catalogue_list_builtin ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GwCatalogue) catalogue = gw_catalogue_new_builtin (ids[i], &error);

      if (catalogue == NULL)
        {
          g_message ("Built-in catalogue %s: %s", ids[i], error->message);
          continue;
        }
      gtk_string_list_append (names, gw_catalogue_get_standard (catalogue));
      g_ptr_array_add (self->catalogues, g_steal_pointer (&catalogue));
    }

  adw_combo_row_set_model (self->catalogue_row, G_LIST_MODEL (names));
}

#define MAX_RECENT_CATALOGUES 5

/* Catalogue files used before are offered again, after the built-in ones,
 * as long as they still exist and are valid. */
static void
add_recent_catalogues (GwDetailsWindow *self)
{
  g_auto(GStrv) paths = g_settings_get_strv (self->settings, "recent-catalogues");
  GtkStringList *names = GTK_STRING_LIST (adw_combo_row_get_model (self->catalogue_row));

  for (guint i = 0; paths[i]; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GwCatalogue) catalogue = gw_catalogue_new_from_file (file, NULL);
      g_autofree char *label = NULL;

      if (catalogue == NULL)
        continue;

      label = g_strdup_printf ("%s (%s)", gw_catalogue_get_standard (catalogue), gw_catalogue_get_id (catalogue));
      gtk_string_list_append (names, label);
      g_ptr_array_add (self->catalogues, g_steal_pointer (&catalogue));
    }
}

static void
remember_catalogue (GwDetailsWindow *self,
                    GFile           *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-catalogues");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;
  guint n = 1;

  if (path == NULL)
    return;

  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] && n < MAX_RECENT_CATALOGUES; i++)
    if (g_strcmp0 (old[i], path) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }

  paths = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-catalogues", (const char * const *) paths);
}

/**
 * gw_details_window_set_catalogue:
 *
 * Adds @catalogue (one read from a file) to the choices and selects it.
 */
void
gw_details_window_set_catalogue (GwDetailsWindow *self,
                                 GwCatalogue     *catalogue)
{
  GtkStringList *names = GTK_STRING_LIST (adw_combo_row_get_model (self->catalogue_row));
  g_autofree char *label = g_strdup_printf ("%s (%s)", gw_catalogue_get_standard (catalogue),
                                            gw_catalogue_get_id (catalogue));

  g_ptr_array_add (self->catalogues, g_object_ref (catalogue));
  gtk_string_list_append (names, label);
  adw_combo_row_set_selected (self->catalogue_row, self->catalogues->len - 1);
}

static GwCatalogue *
selected_catalogue (GwDetailsWindow *self)
{
  guint position = adw_combo_row_get_selected (self->catalogue_row);

  if (position >= self->catalogues->len)
    return NULL;
  return g_ptr_array_index (self->catalogues, position);
}

/* Risk matrix ------------------------------------------------------------- */

static gboolean
focus_matrix_error_cb (gpointer data)
{
  GwDetailsWindow *self = data;

  if (gtk_widget_get_visible (GTK_WIDGET (self->matrix_error_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->matrix_error_row));
  return G_SOURCE_REMOVE;
}

static void
show_matrix_error (GwDetailsWindow *self,
                   const char      *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->matrix_error_row), message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->matrix_error_row), message != NULL);

  /* The choice sits low in a long form: bring the message into view, once
   * it has been laid out (focus scrolls to where a widget is). */
  if (message != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_matrix_error_cb, g_object_ref (self), g_object_unref);
}

static void
matrix_selected_cb (GwDetailsWindow *self)
{
  guint position = adw_combo_row_get_selected (self->matrix_row);
  GwRiskMatrix *matrix;
  g_autoptr(GString) levels = g_string_new (NULL);
  g_autofree char *subtitle = NULL;

  show_matrix_error (self, NULL);
  if (self->matrices == NULL || position >= self->matrices->len)
    return;

  matrix = g_ptr_array_index (self->matrices, position);
  for (guint i = 0; i < gw_risk_matrix_get_n_levels (matrix); i++)
    g_string_append_printf (levels, "%s%s", i ? ", " : "", gw_risk_matrix_get_level (matrix, i)->label);
  /* Translators: a risk matrix: likelihood × impact points and its levels, "5 × 5 · Low, Medium, High" */
  subtitle = g_strdup_printf (_("%d × %d · %s"), gw_risk_matrix_get_n_likelihood (matrix),
                              gw_risk_matrix_get_n_impact (matrix), levels->str);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->matrix_row), subtitle);
}

static void
add_matrix (GwDetailsWindow *self,
            GwRiskMatrix    *matrix,
            const char      *label)
{
  GtkStringList *names = GTK_STRING_LIST (adw_combo_row_get_model (self->matrix_row));

  g_ptr_array_add (self->matrices, gw_risk_matrix_ref (matrix));
  gtk_string_list_append (names, label ? label : gw_risk_matrix_get_name (matrix));
}

static void
fill_matrices (GwDetailsWindow *self)
{
  g_auto(GStrv) ids = gw_risk_matrix_list_builtin ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  adw_combo_row_set_model (self->matrix_row, G_LIST_MODEL (names));
  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GwRiskMatrix) matrix = gw_risk_matrix_new_builtin (ids[i], &error);

      if (matrix == NULL)
        g_message ("Built-in risk matrix %s: %s", ids[i], error->message);
      else
        add_matrix (self, matrix, NULL);
    }
  /* The default comes first. */
  adw_combo_row_set_selected (self->matrix_row, 0);
  matrix_selected_cb (self);
}

/* Selects the choice that defines the same matrix as @matrix, adding it
 * (a matrix of the audit's own) when there is none. */
static void
select_matrix (GwDetailsWindow *self,
               GwRiskMatrix    *matrix)
{
  g_autofree char *label = NULL;

  for (guint i = 0; i < self->matrices->len; i++)
    if (g_bytes_equal (gw_risk_matrix_get_definition (g_ptr_array_index (self->matrices, i)),
                       gw_risk_matrix_get_definition (matrix)))
      {
        adw_combo_row_set_selected (self->matrix_row, i);
        return;
      }

  /* Translators: the matrix an audit uses already, when it is not built in, "Port 4 × 4 (this audit)" */
  label = g_strdup_printf (_("%s (this audit)"), gw_risk_matrix_get_name (matrix));
  add_matrix (self, matrix, label);
  adw_combo_row_set_selected (self->matrix_row, self->matrices->len - 1);
}

static GwRiskMatrix *
selected_matrix (GwDetailsWindow *self)
{
  guint position = adw_combo_row_get_selected (self->matrix_row);

  if (position >= self->matrices->len)
    return NULL;
  return g_ptr_array_index (self->matrices, position);
}

/* Rates @audit's risks on the chosen matrix, if it is another one. */
static gboolean
apply_matrix (GwDetailsWindow  *self,
              GwAudit          *audit,
              GError          **error)
{
  GwRiskMatrix *matrix = selected_matrix (self);
  GwRiskMatrix *current = gw_audit_get_risk_matrix (audit);
  g_autoptr(GError) local_error = NULL;

  if (matrix == NULL || current == NULL ||
      g_bytes_equal (gw_risk_matrix_get_definition (matrix), gw_risk_matrix_get_definition (current)))
    return TRUE;

  if (!gw_audit_set_risk_matrix (audit, matrix, &local_error))
    {
      show_matrix_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static void
matrix_picked_cb (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(GwDetailsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GwRiskMatrix) matrix = NULL;
  g_autofree char *label = NULL;

  if (file == NULL)
    return;

  matrix = gw_risk_matrix_new_from_file (file, &error);
  if (matrix == NULL)
    {
      /* "file.xml:12: problem": where to look, for whoever wrote it. */
      show_matrix_error (self, error->message);
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (file);
    /* Translators: a risk matrix read from a file, "Port 4 × 4 (port-matrix.xml)" */
    label = g_strdup_printf (_("%s (%s)"), gw_risk_matrix_get_name (matrix), name);
  }
  add_matrix (self, matrix, label);
  adw_combo_row_set_selected (self->matrix_row, self->matrices->len - 1);
}

static void
pick_matrix_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Risk matrices (XML)"));
  gtk_file_filter_add_suffix (filter, "xml");
  gw_pick_file (widget, _("Choose a Risk Matrix"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL,
                filter, matrix_picked_cb, g_object_ref (widget));
}

gboolean
gw_details_window_create_at (GwDetailsWindow  *self,
                             GFile            *file,
                             GError          **error)
{
  g_autoptr(GwAuditDetails) details = gw_details_window_get_details (self);
  GwCatalogue *catalogue = selected_catalogue (self);

  g_return_val_if_fail (self->window != NULL, FALSE);

  if (catalogue == NULL)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE, _("Choose the standard to audit against."));
      return FALSE;
    }

  if (!gw_window_create_audit (self->window, file, catalogue, details, error))
    return FALSE;

  /* A new audit has no ratings yet, so any matrix fits it. */
  return apply_matrix (self, gw_window_get_audit (self->window), error);
}

/**
 * gw_details_window_apply:
 *
 * Stores the form's details in the audit being edited.
 */
gboolean
gw_details_window_apply (GwDetailsWindow  *self,
                         GError          **error)
{
  g_autoptr(GwAuditDetails) details = gw_details_window_get_details (self);

  g_return_val_if_fail (self->audit != NULL, FALSE);

  /* The matrix first: when the audit refuses it, nothing is saved. */
  return apply_matrix (self, self->audit, error) &&
         gw_audit_set_details (self->audit, details, error);
}

static char *
suggested_file_name (GwDetailsWindow *self)
{
  g_autofree char *organisation = entry_text (self->organisation_row);
  GwCatalogue *catalogue = selected_catalogue (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  name = g_strdup_printf ("%s %s %s.gapwise", *organisation ? organisation : _("Audit"),
                          catalogue ? gw_catalogue_get_standard (catalogue) : "", date);
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

static void
create_picked_cb (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(GwDetailsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return;

  if (!gw_details_window_create_at (self, file, &error))
    {
      toast (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GwDetailsWindow *self = GW_DETAILS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->audit != NULL)
    {
      if (!gw_details_window_apply (self, &error))
        {
          /* A refused matrix is shown under the choice already. */
          if (!gtk_widget_get_visible (GTK_WIDGET (self->matrix_error_row)))
            toast (self, error->message);
        }
      else
        gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  {
    g_autoptr(GtkFileFilter) filter = gw_audit_file_filter ();
    g_autofree char *name = suggested_file_name (self);

    gw_pick_file (widget, _("Save the New Audit"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"),
                  name, filter, create_picked_cb, g_object_ref (self));
  }
}

static void
catalogue_picked_cb (GFile    *file,
                     gpointer  user_data)
{
  g_autoptr(GwDetailsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GwCatalogue) catalogue = NULL;

  if (file == NULL)
    return;

  catalogue = gw_catalogue_new_from_file (file, &error);
  if (catalogue == NULL)
    {
      toast (self, error->message);
      return;
    }

  gw_details_window_set_catalogue (self, catalogue);
  remember_catalogue (self, file);
}

static void
pick_catalogue_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Catalogues (XML)"));
  gtk_file_filter_add_suffix (filter, "xml");
  gw_pick_file (widget, _("Choose a Catalogue"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL,
                filter, catalogue_picked_cb, g_object_ref (widget));
}

static void
gw_details_window_dispose (GObject *object)
{
  GwDetailsWindow *self = GW_DETAILS_WINDOW (object);

  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->audit);
  g_clear_pointer (&self->catalogues, g_ptr_array_unref);
  g_clear_pointer (&self->matrices, g_ptr_array_unref);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), GW_TYPE_DETAILS_WINDOW);

  G_OBJECT_CLASS (gw_details_window_parent_class)->dispose (object);
}

static void
gw_details_window_class_init (GwDetailsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_details_window_dispose;

  g_type_ensure (GW_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-details-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, catalogue_row);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, contacts_view);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, end_button);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, lead_row);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, matrix_error_row);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, matrix_row);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, scope_view);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, sites_view);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, standard_group);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, start_button);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, team_view);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, type_row);
  gtk_widget_class_bind_template_child (widget_class, GwDetailsWindow, window_title);

  gtk_widget_class_install_action (widget_class, "details.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "details.pick-catalogue", NULL, pick_catalogue_action);
  gtk_widget_class_install_action (widget_class, "details.pick-matrix", NULL, pick_matrix_action);
  gtk_widget_class_bind_template_callback (widget_class, matrix_selected_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gw_details_window_init (GwDetailsWindow *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->catalogues = g_ptr_array_new_with_free_func (g_object_unref);
  self->matrices = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_risk_matrix_unref);
  for (GwAuditType t = GW_AUDIT_TYPE_GAP_ANALYSIS; t <= GW_AUDIT_TYPE_FOLLOW_UP; t++)
    gtk_string_list_append (types, gw_audit_type_to_label (t));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  self->settings = g_settings_new (SCHEMA_ID);
  fill_catalogues (self);
  add_recent_catalogues (self);
  fill_matrices (self);

  adw_window_title_set_title (self->window_title, _("New Audit"));
  gtk_button_set_label (self->accept_button, _("C_reate…"));
}

GwDetailsWindow *
gw_details_window_new_for_create (GwWindow *window)
{
  GwDetailsWindow *self = g_object_new (GW_TYPE_DETAILS_WINDOW, "transient-for", window, NULL);

  g_set_weak_pointer (&self->window, window);
  gtk_widget_grab_focus (GTK_WIDGET (self->organisation_row));
  return self;
}

GwDetailsWindow *
gw_details_window_new_for_edit (GwWindow *window,
                                GwAudit  *audit)
{
  GwDetailsWindow *self = g_object_new (GW_TYPE_DETAILS_WINDOW, "transient-for", window, NULL);
  g_autoptr(GwAuditDetails) details = NULL;
  g_autoptr(GError) error = NULL;
  g_set_weak_pointer (&self->window, window);
  self->audit = g_object_ref (audit);

  details = gw_audit_get_details (audit, &error);
  if (details != NULL)
    {
      gw_details_window_set_details (self, details);
      adw_window_title_set_subtitle (self->window_title, details->standard);
    }
  else
    toast (self, error->message);

  adw_window_title_set_title (self->window_title, _("Audit Details"));
  gtk_button_set_label (self->accept_button, _("_Save"));
  gtk_widget_set_visible (self->standard_group, FALSE);
  if (!gw_audit_get_closed (audit))
    select_matrix (self, gw_audit_get_risk_matrix (audit));

  if (gw_audit_get_read_only (audit))
    gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), FALSE);

  return self;
}
