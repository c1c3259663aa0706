/* gw-application.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The single-instance application: a second launch hands its files to the
 * running one, a file already open brings its window to the front, and the
 * first window of a session offers the unsaved work of a crashed one for
 * recovery. App-wide actions (about, preferences, quit) and every keyboard
 * accelerator are set here.
 */

#define G_LOG_DOMAIN "gw-application"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-application.h"
#include "gw-preferences-window.h"
#include "gw-window.h"

struct _GwApplication
{
  AdwApplication parent_instance;

  gboolean       recovery_checked;
};

G_DEFINE_FINAL_TYPE (GwApplication, gw_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close-audit", { "<Control>w", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.details", { "<Control>i", NULL } },
  { "win.next-requirement", { "<Alt>Down", "<Control>Page_Down", NULL } },
  { "win.previous-requirement", { "<Alt>Up", "<Control>Page_Up", NULL } },
  { "win.set-result('conforming')", { "<Control>1", NULL } },
  { "win.set-result('partial')", { "<Control>2", NULL } },
  { "win.set-result('nonconforming')", { "<Control>3", NULL } },
  { "win.set-result('not-applicable')", { "<Control>4", NULL } },
  { "win.set-result('not-assessed')", { "<Control>0", NULL } },
};

static GwWindow *
find_window_for (GwApplication *self,
                 GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GwAudit *audit;

      if (!GW_IS_WINDOW (l->data))
        continue;

      audit = gw_window_get_audit (l->data);
      if (audit != NULL && g_file_equal (gw_audit_get_file (audit), file))
        return l->data;
    }

  return NULL;
}

static GwWindow *
find_empty_window (GwApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (GW_IS_WINDOW (l->data) && gw_window_get_audit (l->data) == NULL)
      return l->data;

  return NULL;
}

/**
 * gw_application_open_file:
 *
 * Shows @file: its window if it is open already, else an empty window or
 * a new one.
 */
void
gw_application_open_file (GwApplication *self,
                          GFile         *file)
{
  GwWindow *window = find_window_for (self, file);

  if (window == NULL)
    {
      window = find_empty_window (self);
      if (window == NULL)
        window = gw_window_new (GTK_APPLICATION (self));
      gw_window_open_file (window, file);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
recover_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  GwWindow *window = GW_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  GwRecoverable *recoverable = user_data;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "recover") == 0)
    {
      g_autoptr(GwAudit) audit = gw_audit_recover (recoverable, &error);

      if (audit == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("The unsaved changes could not be recovered: %s"),
                                                      error->message);
          gw_window_show_toast (window, message);
          return;
        }

      if (gw_window_get_audit (window) == NULL)
        gw_window_set_audit (window, audit);
      else
        {
          GwWindow *other = gw_window_new (gtk_window_get_application (GTK_WINDOW (window)));
          gw_window_set_audit (other, audit);
          gtk_window_present (GTK_WINDOW (other));
        }
    }
  else if (g_strcmp0 (response, "discard") == 0)
    gw_audit_discard_recoverable (recoverable, NULL);
}

static void
recoverable_notify (gpointer  data,
                    GClosure *closure)
{
  gw_recoverable_free (data);
}

/* Offers each working copy a crashed session left behind. */
static void
check_recovery (GwApplication *self,
                GwWindow      *window)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  if (self->recovery_checked)
    return;
  self->recovery_checked = TRUE;

  found = gw_audit_list_recoverable (&error);
  if (found == NULL)
    {
      g_message ("Looking for unsaved work failed: %s", error->message);
      return;
    }

  while (found->len > 0)
    {
      GwRecoverable *recoverable = g_ptr_array_steal_index (found, 0);
      g_autofree char *name = g_path_get_basename (recoverable->original_path);
      g_autofree char *when = g_date_time_format (recoverable->modified, "%c");
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Recover Unsaved Changes?"), NULL);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("Gapwise closed before it could save the changes made to “%s” (%s) "
                                        "on %s. Recover them into the file, or discard them."),
                                      name, recoverable->organisation ? recoverable->organisation : "",
                                      when);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "later", _("_Decide Later"),
                                        "discard", _("_Discard"),
                                        "recover", _("_Recover"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
      g_signal_connect_data (dialog, "response", G_CALLBACK (recover_response_cb),
                             recoverable, recoverable_notify, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
gw_application_activate (GApplication *app)
{
  GwApplication *self = GW_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (gw_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
  check_recovery (self, GW_WINDOW (window));
}

static void
gw_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  GwApplication *self = GW_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    gw_application_open_file (self, files[i]);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GwApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Each window saves on close and stays open if it cannot. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { "The Gapwise developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", "Gapwise",
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Gap-analysis audits against ISO 28000:2022, "
                                       "the supply-chain security management standard."),
                         "developer-name", _("The Gapwise developers"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Gapwise developers",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkApplication *app = user_data;
  GwPreferencesWindow *preferences = gw_preferences_window_new (gtk_application_get_active_window (app));

  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
gw_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (gw_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accelerators[i].action,
                                           accelerators[i].accels);
}

static void
gw_application_class_init (GwApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = gw_application_activate;
  app_class->open = gw_application_open;
  app_class->startup = gw_application_startup;
}

static void
gw_application_init (GwApplication *self)
{
}

GwApplication *
gw_application_new (void)
{
  return g_object_new (GW_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
