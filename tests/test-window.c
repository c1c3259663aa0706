/* test-window.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window driven as a user drives it, through its actions and widgets:
 * create an audit, set results from the keyboard actions, add evidence with
 * an attached file and an action through their dialogs, search and filter
 * the checklist, close, reopen, and find everything in the file. Then
 * screenshots of the start page, the checklist and the requirement editor,
 * wide and narrow, light and dark, into BUILDDIR/tests/screenshots.
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "gw-action-dialog.h"
#include "gw-clause-sidebar.h"
#include "gw-details-window.h"
#include "gw-evidence-dialog.h"
#include "gw-requirement-editor.h"
#include "gw-start-page.h"
#include "gw-test-util.h"
#include "gw-ui-test-util.h"
#include "gw-window.h"

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static GwAssessment *
stored_assessment (GwWindow   *window,
                   const char *ref)
{
  GwAudit *audit = gw_window_get_audit (window);
  g_autoptr(GError) error = NULL;
  GwAssessment *a = gw_audit_get_assessment (audit, gw_test_requirement (audit, ref), &error);

  g_assert_no_error (error);
  return a;
}

static void
audit_set_cb (GObject    *object,
              GParamSpec *pspec,
              gboolean   *done)
{
  *done = gw_window_get_audit (GW_WINDOW (object)) != NULL;
}

static void
test_create_edit_reopen (void)
{
  g_autofree char *path = gw_test_path ("window.gapwise");
  g_autofree char *attachment_path = gw_test_path ("gate-log.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) attachment = g_file_new_for_path (attachment_path);
  g_autoptr(GwAuditDetails) details = gw_audit_details_new ();
  g_autoptr(GError) error = NULL;
  GwWindow *window = gw_window_new (NULL);
  GwDetailsWindow *details_window;
  GwClauseSidebar *sidebar;
  GwRequirementEditor *editor;
  GwEvidenceDialog *evidence_dialog;
  GwActionDialog *action_dialog;
  g_autoptr(GwAudit) reopened = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GwAudit *audit;
  gint64 req, next_req, partial_req;
  guint n_all;
  gboolean reopened_done = FALSE;

  g_assert_true (g_file_set_contents (attachment_path, "time,gate,seal\n06:40,2,A1234\n", -1, NULL));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gw_test_flush (0.3);
  g_assert_cmpstr (gw_window_get_visible_page (window), ==, "start");

  /* New Audit: the details form, then the file. */
  details_window = gw_details_window_new_for_create (window);
  gtk_window_present (GTK_WINDOW (details_window));
  g_free (details->organisation);
  details->organisation = g_strdup ("Quayside Freight Ltd");
  details->scope = g_strdup ("Bonded warehouse operations at Berth 4");
  details->lead_auditor = g_strdup ("Mara Lindqvist");
  details->start_date = g_strdup ("2026-12-01");
  gw_details_window_set_details (details_window, details);
  gw_details_window_create_at (details_window, file, &error);
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (details_window));
  gw_test_flush (0.3);

  audit = gw_window_get_audit (window);
  g_assert_nonnull (audit);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Quayside Freight Ltd");

  sidebar = GW_CLAUSE_SIDEBAR (gw_window_get_sidebar (window));
  editor = GW_REQUIREMENT_EDITOR (gw_window_get_editor (window));

  /* Pick a requirement and set its result with the keyboard action. */
  req = gw_test_requirement (audit, "8.2-01");
  gw_clause_sidebar_select_requirement (sidebar, req);
  gw_test_flush (0.2);
  g_assert_cmpstr (gw_window_get_visible_page (window), ==, "requirement");
  g_assert_cmpint (gw_requirement_editor_get_requirement (editor), ==, req);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-result", "s", "conforming"));
  gw_test_flush (0.2);
  {
    g_autoptr(GwAssessment) a = stored_assessment (window, "8.2-01");
    g_assert_cmpint (a->result, ==, GW_RESULT_CONFORMING);
  }

  /* Next requirement, then "not applicable" without a justification is
   * not stored as such. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-requirement", NULL));
  gw_test_flush (0.2);
  next_req = gw_requirement_editor_get_requirement (editor);
  g_assert_cmpint (next_req, !=, req);
  g_assert_cmpint (next_req, ==, gw_clause_sidebar_get_adjacent_requirement (sidebar, req, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-result", "s", "not-applicable"));
  gw_test_flush (0.3);
  {
    g_autoptr(GwAssessment) a = gw_audit_get_assessment (audit, next_req, &error);
    g_assert_cmpint (a->result, !=, GW_RESULT_NOT_APPLICABLE);
  }

  /* One gap to filter on later. */
  partial_req = gw_test_requirement (audit, "7.2-01");
  gw_clause_sidebar_select_requirement (sidebar, partial_req);
  gw_test_flush (0.2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-result", "s", "partial"));
  gw_test_flush (0.2);

  /* Evidence with an attached file, through the editor's dialog. */
  gw_clause_sidebar_select_requirement (sidebar, req);
  gw_test_flush (0.2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-evidence", NULL));
  gw_test_flush (0.3);
  evidence_dialog = GW_EVIDENCE_DIALOG (find_toplevel (GW_TYPE_EVIDENCE_DIALOG));
  g_assert_nonnull (evidence_dialog);
  gw_evidence_dialog_set_evidence_title (evidence_dialog, "Gate log, week 48");
  gw_evidence_dialog_set_kind (evidence_dialog, GW_EVIDENCE_KIND_RECORD);
  gw_evidence_dialog_set_reference (evidence_dialog, "SEC-REC-007");
  gw_evidence_dialog_set_attachment_file (evidence_dialog, attachment);
  g_assert_true (gw_evidence_dialog_save (evidence_dialog, &error));
  g_assert_no_error (error);
  gw_test_flush (0.3);

  /* An action, through its dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-action", NULL));
  gw_test_flush (0.3);
  action_dialog = GW_ACTION_DIALOG (find_toplevel (GW_TYPE_ACTION_DIALOG));
  g_assert_nonnull (action_dialog);
  gw_action_dialog_set_action_title (action_dialog, "Record gate checks on night shifts");
  gw_action_dialog_set_owner (action_dialog, "Jonas Weber");
  gw_action_dialog_set_due_date (action_dialog, "2027-01-15");
  gw_action_dialog_set_priority (action_dialog, GW_PRIORITY_HIGH);
  g_assert_true (gw_action_dialog_save (action_dialog, &error));
  g_assert_no_error (error);
  gw_test_flush (0.3);

  /* Search and filter keep what matches. */
  n_all = gw_clause_sidebar_count_visible_requirements (sidebar);
  g_assert_cmpuint (n_all, ==, 147);
  gw_clause_sidebar_set_search_text (sidebar, "Gate log, week 48");
  gw_test_flush (0.3);
  g_assert_cmpuint (gw_clause_sidebar_count_visible_requirements (sidebar), ==, 1);
  gw_clause_sidebar_set_search_text (sidebar, "no such words anywhere");
  gw_test_flush (0.3);
  g_assert_cmpuint (gw_clause_sidebar_count_visible_requirements (sidebar), ==, 0);
  gw_clause_sidebar_set_search_text (sidebar, "");
  gw_test_flush (0.3);
  g_assert_cmpuint (gw_clause_sidebar_count_visible_requirements (sidebar), ==, n_all);

  gw_clause_sidebar_set_filter (sidebar, GW_SIDEBAR_FILTER_GAPS);
  gw_test_flush (0.3);
  g_assert_cmpuint (gw_clause_sidebar_count_visible_requirements (sidebar), ==, 1);
  gw_clause_sidebar_set_filter (sidebar, GW_SIDEBAR_FILTER_NOT_ASSESSED);
  gw_test_flush (0.3);
  g_assert_cmpuint (gw_clause_sidebar_count_visible_requirements (sidebar), ==, n_all - 2);
  gw_clause_sidebar_set_filter (sidebar, GW_SIDEBAR_FILTER_ALL);

  /* Export to Excel (Ctrl+E after its file dialog): a workbook appears,
   * written off the main thread. */
  {
    g_autofree char *xlsx_path = gw_test_path ("window.xlsx");
    g_autoptr(GFile) xlsx = g_file_new_for_path (xlsx_path);
    g_autofree char *contents = NULL;
    gsize length = 0;
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    gw_window_export_to (window, xlsx);
    while (!g_file_test (xlsx_path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (5000);
    gw_test_flush (0.3);
    g_assert_true (g_file_get_contents (xlsx_path, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (contents[0] == 'P' && contents[1] == 'K');
  }

  /* Close, reopen from the file, and find everything there. */
  g_assert_true (gw_window_close_audit (window, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gw_window_get_visible_page (window), ==, "start");

  g_signal_connect (window, "notify::audit", G_CALLBACK (audit_set_cb), &reopened_done);
  gw_window_open_file (window, file);
  g_assert_true (gw_test_wait_for (&reopened_done, 10));
  audit = gw_window_get_audit (window);
  g_assert_true (g_file_equal (gw_audit_get_file (audit), file));
  g_assert_true (gw_window_close_audit (window, &error));

  reopened = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GwAssessment) a = gw_audit_get_assessment (reopened, gw_test_requirement (reopened, "8.2-01"), &error);
    g_autoptr(GwAssessment) p = gw_audit_get_assessment (reopened, gw_test_requirement (reopened, "7.2-01"), &error);
    g_assert_cmpint (a->result, ==, GW_RESULT_CONFORMING);
    g_assert_cmpint (p->result, ==, GW_RESULT_PARTIAL);
  }

  evidence = gw_audit_list_evidence (reopened, gw_test_requirement (reopened, "8.2-01"), &error);
  g_assert_cmpuint (evidence->len, ==, 1);
  g_assert_cmpstr (((GwEvidence *) g_ptr_array_index (evidence, 0))->title, ==, "Gate log, week 48");
  g_assert_cmpstr (((GwEvidence *) g_ptr_array_index (evidence, 0))->file_name, ==, "gate-log.csv");
  bytes = gw_audit_read_attachment (reopened, ((GwEvidence *) g_ptr_array_index (evidence, 0))->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, strlen ("time,gate,seal\n06:40,2,A1234\n"));

  actions = gw_audit_list_actions (reopened, gw_test_requirement (reopened, "8.2-01"), &error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpstr (((GwAction *) g_ptr_array_index (actions, 0))->owner, ==, "Jonas Weber");
  g_assert_cmpstr (((GwAction *) g_ptr_array_index (actions, 0))->due_date, ==, "2027-01-15");
  g_assert_cmpint (((GwAction *) g_ptr_array_index (actions, 0))->priority, ==, GW_PRIORITY_HIGH);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A catalogue file used before is offered again by the New Audit form,
 * and a vanished or broken one is not. */
static void
test_recent_catalogues (void)
{
  g_autofree char *good = gw_test_path ("own-standard.xml");
  g_autofree char *broken = gw_test_path ("broken-standard.xml");
  g_autofree char *gone = gw_test_path ("gone.xml");
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  const char *paths[] = { good, broken, gone, NULL };
  GwWindow *window = gw_window_new (NULL);
  GwDetailsWindow *details;
  GListModel *model;

  g_assert_true (g_file_set_contents (good,
                                      "<catalogue id=\"own\" standard=\"Own Standard 1\">\n"
                                      "  <clause number=\"1\" title=\"One\"><intent>One.</intent>\n"
                                      "    <requirement ref=\"1-01\"><question>Q?</question><guidance>G.</guidance>"
                                      "<evidence>E.</evidence></requirement>\n"
                                      "  </clause>\n</catalogue>\n", -1, NULL));
  g_assert_true (g_file_set_contents (broken, "<catalogue", -1, NULL));
  g_settings_set_strv (settings, "recent-catalogues", paths);

  details = gw_details_window_new_for_create (window);
  model = adw_combo_row_get_model (ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (details),
                                                                                 GW_TYPE_DETAILS_WINDOW,
                                                                                 "catalogue_row")));
  /* the built-in ISO 28000:2022, then the one valid recent file */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_nonnull (strstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), "Own Standard 1"));

  gtk_window_destroy (GTK_WINDOW (details));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "recent-catalogues");
}

/* Screenshots -------------------------------------------------------------- */

static void
shoot (GwAudit    *audit,
       int         width,
       const char *style,
       const char *size_name)
{
  GwWindow *window = gw_window_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *shot = NULL;
  GwClauseSidebar *sidebar;

  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  gw_test_flush (0.5);
  name = g_strdup_printf ("start-%s-%s", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));

  gw_window_set_audit (window, audit);
  sidebar = GW_CLAUSE_SIDEBAR (gw_window_get_sidebar (window));
  gw_test_flush (0.8);

  {
    g_autoptr(GPtrArray) clauses = gw_audit_list_clauses (audit, &error);
    for (guint i = 0; i < clauses->len; i++)
      {
        GwClause *clause = g_ptr_array_index (clauses, i);
        if (g_str_equal (clause->number, "8"))
          gw_clause_sidebar_select_clause (sidebar, clause->id);
      }
  }
  gw_test_flush (0.6);
  g_free (name);
  name = g_strdup_printf ("checklist-%s-%s", size_name, style);
  g_free (gw_test_screenshot (GTK_WINDOW (window), name));

  gw_clause_sidebar_select_requirement (sidebar, gw_test_requirement (audit, "8.4-02"));
  gw_test_flush (0.6);
  g_free (name);
  name = g_strdup_printf ("requirement-%s-%s", size_name, style);
  shot = gw_test_screenshot (GTK_WINDOW (window), name);
  g_test_message ("screenshots up to %s", shot);

  gw_window_set_audit (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  gw_test_flush (0.2);
}

static void
test_screenshots (void)
{
  g_autofree char *path = gw_test_path ("screenshots.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_no_error (error);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (audit, 1280, "light", "wide");
  shoot (audit, 400, "light", "narrow");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (audit, 1280, "dark", "wide");
  shoot (audit, 400, "dark", "narrow");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_true (gw_audit_close (audit, &error));
}

int
main (int    argc,
      char **argv)
{
  gw_test_ui_init (&argc, &argv);

  g_test_add_func ("/window/create-edit-reopen", test_create_edit_reopen);
  g_test_add_func ("/window/recent-catalogues", test_recent_catalogues);
  g_test_add_func ("/window/screenshots", test_screenshots);

  return gw_test_ui_finish (g_test_run ());
}
