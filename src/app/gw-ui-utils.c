/* gw-ui-utils.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers shared by the widgets: how a result looks, how dates and
 * percentages read in the user's locale, and the one wrapper around each
 * API that GTK 4.10 replaced (GtkFileChooserNative, gtk_show_uri), so they
 * can be swapped in one place later. Errors and notices reach the user
 * through the window's "win.toast" action, so a widget never needs to know
 * which window it is in.
 */

#define G_LOG_DOMAIN "gw-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-ui-utils.h"

const char *
gw_result_css_class (GwResult result)
{
  switch (result)
    {
    case GW_RESULT_CONFORMING:
      return "result-conforming";
    case GW_RESULT_PARTIAL:
      return "result-partial";
    case GW_RESULT_NONCONFORMING:
      return "result-nonconforming";
    case GW_RESULT_NOT_APPLICABLE:
      return "result-not-applicable";
    case GW_RESULT_NOT_ASSESSED:
    default:
      return "result-not-assessed";
    }
}

const char *
gw_result_icon_name (GwResult result)
{
  switch (result)
    {
    case GW_RESULT_CONFORMING:
      return "emblem-ok-symbolic";
    case GW_RESULT_PARTIAL:
      return "dialog-warning-symbolic";
    case GW_RESULT_NONCONFORMING:
      return "dialog-error-symbolic";
    case GW_RESULT_NOT_APPLICABLE:
      return "action-unavailable-symbolic";
    case GW_RESULT_NOT_ASSESSED:
    default:
      return "radio-symbolic";
    }
}

/**
 * gw_format_date:
 * @date: (nullable): a stored YYYY-MM-DD date
 *
 * Returns: the date as the user's locale writes it, or %NULL
 */
char *
gw_format_date (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (!gw_date_is_valid (date))
    return NULL;

  iso = g_strconcat (date, "T12:00:00Z", NULL);
  dt = g_date_time_new_from_iso8601 (iso, NULL);
  return dt ? g_date_time_format (dt, "%x") : g_strdup (date);
}

char *
gw_format_percent (double ratio)
{
  if (ratio < 0)
    return g_strdup ("—");
  /* Translators: a percentage, such as "72 %" or "72%" */
  return g_strdup_printf (_("%.0f%%"), ratio * 100);
}

typedef struct
{
  GwPickFileFunc callback;
  gpointer       user_data;
} PickData;

static void
pick_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  PickData *data = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  data->callback (file, data->user_data);
  g_free (data);
  g_object_unref (dialog);
}

/**
 * gw_pick_file:
 *
 * Asks for a file with the native (portal) file chooser. The callback
 * gets %NULL when the user cancels. GtkFileChooserNative is the GTK 4.8 way;
 * it is the only place that uses it.
 */
void
gw_pick_file (GtkWidget            *parent,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept_label,
              const char           *suggested_name,
              GtkFileFilter        *filter,
              GwPickFileFunc        callback,
              gpointer              user_data)
{
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  GtkFileChooserNative *dialog;
  PickData *data = g_new0 (PickData, 1);

  data->callback = callback;
  data->user_data = user_data;

  dialog = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (filter)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (suggested_name && action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);

  g_signal_connect (dialog, "response", G_CALLBACK (pick_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

GtkFileFilter *
gw_audit_file_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Gapwise audits"));
  gtk_file_filter_add_mime_type (filter, "application/x-gapwise");
  gtk_file_filter_add_suffix (filter, "gapwise");
  return filter;
}

/* gtk_show_uri is deprecated in GTK 4.10 but is the 4.8 way; this is its
 * only caller. */
void
gw_launch_file (GtkWidget *parent,
                GFile     *file)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

void
gw_toast (GtkWidget  *widget,
          const char *message)
{
  gtk_widget_activate_action (widget, "win.toast", "s", message);
}

/**
 * gw_toast_error:
 * @what: what failed, such as "The evidence could not be saved"
 *
 * Shows "@what: @error" in the window's toast overlay.
 */
void
gw_toast_error (GtkWidget    *widget,
                const char   *what,
                const GError *error)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);

  g_message ("%s", message);
  gw_toast (widget, message);
}
