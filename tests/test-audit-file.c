/* test-audit-file.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The audit file as a user relies on it: what is written comes back, an
 * edit is kept once the call returns even if the program is killed, the
 * user's file is replaced whole, unsaved work is found after a crash, and
 * an older file is upgraded after a backup.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sqlite3.h>

#include "gw-store.h"
#include "gw-test-util.h"

static void
test_round_trip (void)
{
  g_autofree char *path = gw_test_path ("round-trip.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GwAuditDetails) details = NULL;
  g_autoptr(GwAssessment) a = NULL;
  g_autoptr(GwEvidence) e = gw_evidence_new ("Seal log, depot, week 12", GW_EVIDENCE_KIND_RECORD);
  g_autoptr(GwAction) action = gw_action_new ("Introduce seal verification at the gate");
  g_autoptr(GBytes) attachment = g_bytes_new_static ("seal,time\nA123,06:40\n", 21);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GArray) linked = NULL;
  g_autoptr(GBytes) read_back = NULL;
  const char *sites[] = { "Port warehouse, Berth 7", "Trucking depot, Ringstraße 4", NULL };
  GwEvidence *stored_e;
  GwAction *stored_action;
  gint64 req, req2, evidence_id, action_id;

  gw_audit_set_author (audit, "Ana Ferreira");

  /* audit details */
  details = gw_audit_get_details (audit, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (details->standard, ==, "ISO 28000:2022");
  g_assert_nonnull (details->uuid);
  g_free (details->organisation);
  details->organisation = g_strdup ("Nordhafen Logistik GmbH & Co. KG");
  g_strfreev (details->sites);
  details->sites = g_strdupv ((char **) sites);
  details->scope = g_strdup ("Bonded warehousing and road haulage of containers");
  details->audit_type = GW_AUDIT_TYPE_PRE_CERTIFICATION;
  details->lead_auditor = g_strdup ("Ana Ferreira");
  details->team = g_strdup ("Jonas Weber\nLi Na");
  details->auditee_contacts = g_strdup ("Petra Kühn, security manager");
  details->start_date = g_strdup ("2026-11-02");
  details->end_date = g_strdup ("2026-12-18");
  details->baseline_uuid = g_strdup ("0f5d8f7c-1111-4222-8333-944455556666");
  details->baseline_title = g_strdup ("Gap analysis 2025");
  g_assert_true (gw_audit_set_details (audit, details, &error));
  g_assert_no_error (error);

  /* an assessment with every field */
  req = gw_test_requirement (audit, "8.1-01");
  req2 = gw_test_requirement (audit, "8.3-01");
  a = gw_audit_get_assessment (audit, req, &error);
  a->result = GW_RESULT_PARTIAL;
  a->grade = GW_FINDING_GRADE_MINOR;
  a->maturity_current = 2;
  a->maturity_target = 4;
  a->finding = g_strdup ("Gate checks are done but not recorded on night shifts.");
  a->objective = g_strdup ("Every gate check recorded, reviewed weekly.");
  a->audit_method = g_strdup ("Interviewed the gatehouse supervisor; sampled 20 entries.");
  g_assert_true (gw_audit_set_assessment (audit, a, &error));
  g_assert_no_error (error);

  /* evidence with an attached file, linked to two requirements */
  e->reference = g_strdup ("SEC-REC-014 rev 2");
  e->date = g_strdup ("2026-11-10");
  e->notes = g_strdup ("Extract only");
  evidence_id = gw_audit_add_evidence (audit, e, &error);
  g_assert_no_error (error);
  g_assert_true (gw_audit_attach_bytes (audit, evidence_id, "seal-log.csv", "text/csv", attachment, &error));
  g_assert_no_error (error);
  g_assert_true (gw_audit_link_evidence (audit, evidence_id, req, TRUE, &error));
  g_assert_true (gw_audit_link_evidence (audit, evidence_id, req2, TRUE, &error));

  /* an action */
  action->description = g_strdup ("Add a seal check step to the gate procedure.");
  action->owner = g_strdup ("Petra Kühn");
  action->due_date = g_strdup ("2027-01-31");
  action->priority = GW_PRIORITY_HIGH;
  action->status = GW_ACTION_STATUS_IN_PROGRESS;
  action_id = gw_audit_add_action (audit, action, &error);
  g_assert_no_error (error);
  g_assert_true (gw_audit_link_action (audit, action_id, req, TRUE, &error));

  g_assert_true (gw_audit_close (audit, &error));
  g_assert_no_error (error);
  g_clear_object (&audit);

  /* reopen and compare */
  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_clear_pointer (&details, gw_audit_details_free);
  details = gw_audit_get_details (audit, &error);
  g_assert_cmpstr (details->organisation, ==, "Nordhafen Logistik GmbH & Co. KG");
  g_assert_cmpstrv (details->sites, sites);
  g_assert_cmpstr (details->scope, ==, "Bonded warehousing and road haulage of containers");
  g_assert_cmpint (details->audit_type, ==, GW_AUDIT_TYPE_PRE_CERTIFICATION);
  g_assert_cmpstr (details->lead_auditor, ==, "Ana Ferreira");
  g_assert_cmpstr (details->team, ==, "Jonas Weber\nLi Na");
  g_assert_cmpstr (details->auditee_contacts, ==, "Petra Kühn, security manager");
  g_assert_cmpstr (details->start_date, ==, "2026-11-02");
  g_assert_cmpstr (details->end_date, ==, "2026-12-18");
  g_assert_cmpstr (details->baseline_uuid, ==, "0f5d8f7c-1111-4222-8333-944455556666");
  g_assert_cmpstr (details->baseline_title, ==, "Gap analysis 2025");

  g_clear_pointer (&a, gw_assessment_free);
  a = gw_audit_get_assessment (audit, req, &error);
  g_assert_cmpint (a->result, ==, GW_RESULT_PARTIAL);
  g_assert_cmpint (a->grade, ==, GW_FINDING_GRADE_MINOR);
  g_assert_cmpint (a->maturity_current, ==, 2);
  g_assert_cmpint (a->maturity_target, ==, 4);
  g_assert_cmpstr (a->finding, ==, "Gate checks are done but not recorded on night shifts.");
  g_assert_cmpstr (a->objective, ==, "Every gate check recorded, reviewed weekly.");
  g_assert_cmpstr (a->audit_method, ==, "Interviewed the gatehouse supervisor; sampled 20 entries.");
  g_assert_cmpstr (a->changed_by, ==, "Ana Ferreira");
  g_assert_nonnull (a->changed_at);

  evidence = gw_audit_list_evidence (audit, req2, &error);
  g_assert_cmpuint (evidence->len, ==, 1);
  stored_e = g_ptr_array_index (evidence, 0);
  g_assert_cmpstr (stored_e->title, ==, "Seal log, depot, week 12");
  g_assert_cmpint (stored_e->kind, ==, GW_EVIDENCE_KIND_RECORD);
  g_assert_cmpstr (stored_e->reference, ==, "SEC-REC-014 rev 2");
  g_assert_cmpstr (stored_e->date, ==, "2026-11-10");
  g_assert_cmpstr (stored_e->notes, ==, "Extract only");
  g_assert_cmpstr (stored_e->file_name, ==, "seal-log.csv");
  g_assert_cmpstr (stored_e->mime_type, ==, "text/csv");
  g_assert_cmpint (stored_e->file_size, ==, 21);
  g_assert_cmpuint (stored_e->n_links, ==, 2);
  read_back = gw_audit_read_attachment (audit, evidence_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read_back, attachment));
  linked = gw_audit_list_evidence_requirements (audit, evidence_id, &error);
  g_assert_cmpuint (linked->len, ==, 2);

  actions = gw_audit_list_actions (audit, req, &error);
  g_assert_cmpuint (actions->len, ==, 1);
  stored_action = g_ptr_array_index (actions, 0);
  g_assert_cmpstr (stored_action->title, ==, "Introduce seal verification at the gate");
  g_assert_cmpstr (stored_action->description, ==, "Add a seal check step to the gate procedure.");
  g_assert_cmpstr (stored_action->owner, ==, "Petra Kühn");
  g_assert_cmpstr (stored_action->due_date, ==, "2027-01-31");
  g_assert_cmpint (stored_action->priority, ==, GW_PRIORITY_HIGH);
  g_assert_cmpint (stored_action->status, ==, GW_ACTION_STATUS_IN_PROGRESS);

  /* the change log names the author and the old and new values */
  changes = gw_audit_list_changes (audit, "assessment", req, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 7);
  for (guint i = 0; i < changes->len; i++)
    {
      GwChange *c = g_ptr_array_index (changes, i);
      g_assert_cmpstr (c->author, ==, "Ana Ferreira");
      if (g_str_equal (c->field, "result"))
        {
          g_assert_cmpstr (c->old_value, ==, "not-assessed");
          g_assert_cmpstr (c->new_value, ==, "partial");
        }
    }

  g_assert_true (gw_audit_close (audit, &error));
}

static void
expect_invalid (GwAudit            *audit,
                const GwAssessment *a,
                const char         *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (gw_audit_set_assessment (audit, a, &error));
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_validation (void)
{
  g_autofree char *path = gw_test_path ("validation.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAssessment) a = gw_assessment_new (gw_test_requirement (audit, "5.1-01"));
  g_autoptr(GwAssessment) principle = gw_assessment_new (gw_test_requirement (audit, "4.2.3-P4"));
  g_autoptr(GwAssessment) stored = NULL;
  g_autoptr(GwEvidence) e = gw_evidence_new ("   ", GW_EVIDENCE_KIND_DOCUMENT);
  g_autoptr(GwAction) action = gw_action_new ("Fix it");
  g_autoptr(GPtrArray) changes = NULL;
  GString *huge = g_string_new (NULL);

  a->result = GW_RESULT_NOT_APPLICABLE;
  expect_invalid (audit, a, "justification");
  a->justification = g_strdup ("  ");
  expect_invalid (audit, a, "justification");

  a->result = GW_RESULT_CONFORMING;
  a->grade = GW_FINDING_GRADE_MAJOR;
  expect_invalid (audit, a, "nonconformity");

  a->grade = GW_FINDING_GRADE_NONE;
  a->maturity_current = 7;
  expect_invalid (audit, a, "0 to 5");

  a->maturity_current = 3;
  for (guint i = 0; i < GW_AUDIT_MAX_TEXT_LENGTH / 10 + 1; i++)
    g_string_append (huge, "ÄÖÜ finding");
  a->finding = g_string_free (huge, FALSE);
  expect_invalid (audit, a, "too long");

  principle->result = GW_RESULT_CONFORMING;
  expect_invalid (audit, principle, "maturity");

  g_assert_cmpint (gw_audit_add_evidence (audit, e, &error), ==, 0);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  action->due_date = g_strdup ("2026-02-30");
  g_assert_cmpint (gw_audit_add_action (audit, action, &error), ==, 0);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_false (gw_audit_link_evidence (audit, 999, a->requirement_id, TRUE, &error));
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM);
  g_clear_error (&error);

  /* Nothing of the refused edits reached the audit. */
  stored = gw_audit_get_assessment (audit, a->requirement_id, &error);
  g_assert_cmpint (stored->result, ==, GW_RESULT_NOT_ASSESSED);
  g_assert_null (stored->finding);
  changes = gw_audit_list_changes (audit, NULL, 0, &error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((GwChange *) g_ptr_array_index (changes, 0))->field, ==, "created");

  /* A principle takes maturity levels; a justified N/A is accepted. */
  principle->result = GW_RESULT_NOT_ASSESSED;
  principle->maturity_current = 1;
  principle->maturity_target = 3;
  g_assert_true (gw_audit_set_assessment (audit, principle, &error));
  g_assert_no_error (error);
  g_assert_true (gw_audit_set_result (audit, a->requirement_id, GW_RESULT_CONFORMING, &error));
  g_assert_no_error (error);
}

static void
test_attachment_integrity (void)
{
  g_autofree char *path = gw_test_path ("integrity.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwEvidence) e = gw_evidence_new ("Photo of fence", GW_EVIDENCE_KIND_PHOTO);
  g_autoptr(GBytes) data = g_bytes_new_static ("original bytes", 14);
  g_autoptr(GBytes) read_back = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  gint64 id;

  id = gw_audit_add_evidence (audit, e, &error);
  g_assert_true (gw_audit_attach_bytes (audit, id, "fence.jpg", "image/jpeg", data, &error));
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  /* Someone alters the stored attachment behind the program's back. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE attachment SET data = X'00010203'", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  read_back = gw_audit_read_attachment (audit, id, &error);
  g_assert_null (read_back);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_ATTACHMENT_CORRUPT);
}

static ino_t
inode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_ino;
}

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (dir && g_dir_read_name (dir))
    n++;
  return n;
}

static void
save_state_notify_cb (GObject    *object,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  guint *n_notifications = user_data;
  (*n_notifications)++;
}

static void
test_write_back (void)
{
  g_autofree char *path = gw_test_path ("write-back.gapwise");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) reader = NULL;
  g_autoptr(GwAssessment) a = NULL;
  g_autofree char *before = gw_test_file_checksum (path);
  gint64 req = gw_test_requirement (audit, "7.2-01");
  guint n_notifications = 0;
  ino_t inode = inode_of (path);
  gint64 deadline;

  g_signal_connect (audit, "notify::save-state", G_CALLBACK (save_state_notify_cb), &n_notifications);
  gw_audit_set_write_back_delay (audit, 50);

  g_assert_true (gw_audit_set_result (audit, req, GW_RESULT_CONFORMING, &error));
  g_assert_cmpint (gw_audit_get_save_state (audit), ==, GW_SAVE_STATE_PENDING);

  /* The edit is committed to the working copy at once, and the user's file
   * is left alone until the write-back. */
  gw_test_assert_checksum (path, TRUE, before);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gw_audit_get_save_state (audit) != GW_SAVE_STATE_SAVED && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (gw_audit_get_save_state (audit), ==, GW_SAVE_STATE_SAVED);
  g_assert_cmpuint (n_notifications, >=, 3); /* pending, saving, saved */

  /* Replaced whole by a rename: a new inode, and no temporary file left. */
  g_assert_cmpuint (inode_of (path), !=, inode);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  gw_test_assert_checksum (path, FALSE, before);

  /* What is on disk now is a complete audit with the edit in it. */
  reader = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  a = gw_audit_get_assessment (reader, req, &error);
  g_assert_cmpint (a->result, ==, GW_RESULT_CONFORMING);

  /* No sidecar file ever sits beside the user's file. */
  g_assert_false (g_file_test ("write-back.gapwise-journal", G_FILE_TEST_EXISTS));
  g_assert_true (gw_audit_close (audit, &error));
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

/* Starts gw-edit-child on @path with this test's private state directory,
 * where the working copies it leaves behind are looked for. */
static GSubprocess *
spawn_child (const char *path,
             const char *mode)
{
  g_autofree char *exe = g_test_build_filename (G_TEST_BUILT, "gw-edit-child", NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  GSubprocess *child;

  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", g_get_user_state_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, exe, path, mode, NULL);
  g_assert_no_error (error);
  return child;
}

static void
test_durable_edits (void)
{
  g_autofree char *path = gw_test_path ("durable.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recoverable = NULL;
  g_autoptr(GPtrArray) reqs = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autofree char *line = NULL;
  int last_edit = -1;
  int version = 0;

  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  child = spawn_child (path, "edits");
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

  /* Let the child make 80 edits (with write-backs going on), then kill it
   * without warning. */
  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, &error)) != NULL)
    {
      last_edit = atoi (line + strlen ("edit "));
      g_clear_pointer (&line, g_free);
      if (last_edit >= 80)
        break;
    }
  g_assert_no_error (error);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, NULL);
  g_assert_cmpint (last_edit, >=, 80);

  /* The user's file is a valid audit, whatever moment the kill hit. */
  g_assert_true (gw_audit_check_file (file, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, gw_store_get_supported_version ());

  /* Opening it normally now reports the unsaved work first. */
  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_null (audit);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_EXISTS);
  g_clear_error (&error);

  recoverable = gw_audit_list_recoverable (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (recoverable->len, ==, 1);
  g_assert_cmpstr (((GwRecoverable *) g_ptr_array_index (recoverable, 0))->original_path, ==, path);
  g_assert_cmpstr (((GwRecoverable *) g_ptr_array_index (recoverable, 0))->organisation, ==, "Test Freight GmbH");

  audit = gw_audit_recover (g_ptr_array_index (recoverable, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (gw_audit_get_save_state (audit), ==, GW_SAVE_STATE_SAVED);

  /* Every edit that had returned is there. */
  reqs = gw_audit_list_requirements (audit, &error);
  for (int i = 0; i <= last_edit; i++)
    {
      GwRequirement *req = g_ptr_array_index (reqs, i);
      g_autoptr(GwAssessment) a = gw_audit_get_assessment (audit, req->id, &error);
      g_autofree char *expected = g_strdup_printf ("edit %d", i);

      g_assert_cmpstr (a->finding, ==, expected);
      g_assert_cmpstr (a->changed_by, ==, "Child Auditor");
    }

  g_assert_true (gw_audit_close (audit, &error));
  g_clear_pointer (&recoverable, g_ptr_array_unref);
  recoverable = gw_audit_list_recoverable (&error);
  g_assert_cmpuint (recoverable->len, ==, 0);
}

static void
test_stale_working_copy (void)
{
  g_autofree char *path = gw_test_path ("stale.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recoverable = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autofree char *line = NULL;

  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  /* The child saves, then dies: its working copy holds nothing newer. */
  child = spawn_child (path, "save-and-wait");
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_cmpstr (line, ==, "saved");
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, NULL);

  recoverable = gw_audit_list_recoverable (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (recoverable->len, ==, 0);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
}

static void
test_open_twice_and_read_only (void)
{
  g_autofree char *path = gw_test_path ("twice.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GwAudit) second = NULL;
  g_autoptr(GwAudit) viewer = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gw_audit_find_open (file) == audit);

  second = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_null (second);
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* A read-only view works beside it and refuses edits. */
  viewer = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (gw_audit_get_read_only (viewer));
  g_assert_false (gw_audit_set_result (viewer, gw_test_requirement (viewer, "9.2.1-01"),
                                       GW_RESULT_CONFORMING, &error));
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_READ_ONLY);
}

static void
test_save_as_and_copy (void)
{
  g_autofree char *path = gw_test_path ("original.gapwise");
  g_autofree char *copy_path = gw_test_path ("copy.gapwise");
  g_autofree char *new_path = gw_test_path ("renamed.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GwAudit) reopened = NULL;
  g_autoptr(GwAssessment) a = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original_sum = NULL;
  gint64 req = gw_test_requirement (audit, "10.2-01");

  g_assert_true (gw_audit_set_result (audit, req, GW_RESULT_NONCONFORMING, &error));
  g_assert_true (gw_audit_save_copy (audit, copy_file, &error));
  g_assert_no_error (error);
  g_assert_true (gw_audit_check_file (copy_file, NULL, &error));

  g_assert_true (gw_audit_save_as (audit, new_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (gw_audit_get_file (audit), new_file));
  original_sum = gw_test_file_checksum (path);

  /* Later edits go to the new file only. */
  g_assert_true (gw_audit_set_result (audit, req, GW_RESULT_CONFORMING, &error));
  g_assert_true (gw_audit_close (audit, &error));
  gw_test_assert_checksum (path, TRUE, original_sum);

  reopened = gw_audit_open (new_file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);
  a = gw_audit_get_assessment (reopened, req, &error);
  g_assert_cmpint (a->result, ==, GW_RESULT_CONFORMING);
}

/* An upgrade step as a future schema version 3 would have it. */
static gboolean
migrate_to_v3 (GwStore  *store,
               GError  **error)
{
  return _gw_store_exec (store, "ALTER TABLE audit ADD COLUMN certification_body TEXT", error);
}

/* Steps a file made by this build has already taken. */
static gboolean
migrate_done (GwStore  *store,
              GError  **error)
{
  g_assert_not_reached ();
  return FALSE;
}

static int
header_user_version (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guchar *p;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 100);
  p = (const guchar *) contents + 60;
  return (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
}

static void
test_migration (void)
{
  static const GwMigration future[] = {
    { 1, migrate_done },
    { 2, migrate_done },
    { 3, migrate_to_v3 },
  };
  g_autofree char *path = gw_test_path ("old.gapwise");
  g_autoptr(GwAudit) audit = gw_test_create_audit (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) backups = NULL;
  g_autofree char *backup_dir = NULL;
  g_autofree char *original_sum = NULL;
  const char *name;
  gint64 req = gw_test_requirement (audit, "6.1.2-01");
  guint n_backups = 0;
  int version = 0;

  g_assert_true (gw_audit_set_result (audit, req, GW_RESULT_PARTIAL, &error));
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);
  g_assert_cmpint (header_user_version (path), ==, 2);
  original_sum = gw_test_file_checksum (path);

  /* This build now knows schema 3: opening upgrades the file. */
  _gw_store_set_migrations (future, G_N_ELEMENTS (future));
  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  g_assert_no_error (error);

  /* The file as it was is kept first. */
  backup_dir = g_build_filename (g_get_user_state_dir (), "gapwise", "backups", NULL);
  backups = g_dir_open (backup_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (backups)))
    {
      g_autofree char *backup = g_build_filename (backup_dir, name, NULL);
      g_assert_true (g_str_has_prefix (name, "old.gapwise.format2."));
      gw_test_assert_checksum (backup, TRUE, original_sum);
      n_backups++;
    }
  g_assert_cmpuint (n_backups, ==, 1);

  /* The data survived the upgrade, and the saved file is schema 3. */
  {
    g_autoptr(GwAssessment) a = gw_audit_get_assessment (audit, req, &error);
    g_assert_cmpint (a->result, ==, GW_RESULT_PARTIAL);
  }
  g_assert_true (gw_audit_set_result (audit, req, GW_RESULT_CONFORMING, &error));
  g_assert_true (gw_audit_close (audit, &error));
  g_assert_cmpint (header_user_version (path), ==, 3);
  g_assert_true (gw_audit_check_file (file, &version, &error));
  g_assert_cmpint (version, ==, 3);

  /* Back in today's build, that file is one from a newer version. */
  _gw_store_set_migrations (NULL, 0);
  g_assert_false (gw_audit_check_file (file, NULL, &error));
  g_assert_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NEWER_VERSION);
}

static void
open_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GwAudit **audit = user_data;
  g_autoptr(GError) error = NULL;

  *audit = gw_audit_open_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_open_async (void)
{
  g_autofree char *path = gw_test_path ("async.gapwise");
  g_autoptr(GwAudit) created = gw_test_create_audit (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GwAudit *audit = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_true (gw_audit_close (created, &error));

  /* Opened off the main thread, owned by it afterwards. */
  gw_audit_open_async (file, GW_AUDIT_OPEN_NONE, NULL, open_async_cb, &audit);
  while (audit == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (audit);
  g_assert_true (gw_audit_find_open (file) == audit);
  g_assert_true (gw_audit_set_result (audit, gw_test_requirement (audit, "9.1-01"), GW_RESULT_CONFORMING, &error));
  g_assert_true (gw_audit_close (audit, &error));
  g_object_unref (audit);
  g_assert_null (gw_audit_find_open (file));
}

static void
test_demo (void)
{
  g_autofree char *path = gw_test_path ("demo.gapwise");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GwAudit) audit = gw_demo_create (file, &error);
  g_autoptr(GwScoreSheet) scores = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  const GwScore *total;
  guint n_files = 0;

  g_assert_no_error (error);
  g_assert_true (gw_audit_close (audit, &error));
  g_clear_object (&audit);

  audit = gw_audit_open (file, GW_AUDIT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  scores = gw_audit_compute_scores (audit, &error);
  total = gw_score_sheet_get_total (scores);

  /* Half-way through, with every kind of result. */
  g_assert_cmpfloat (gw_score_get_progress (total), >, 0.3);
  g_assert_cmpfloat (gw_score_get_progress (total), <, 0.8);
  g_assert_cmpuint (total->n_conforming, >, 0);
  g_assert_cmpuint (total->n_partial, >, 0);
  g_assert_cmpuint (total->n_nonconforming, >, 0);
  g_assert_cmpuint (total->n_not_applicable, >, 0);
  g_assert_cmpuint (total->n_major, >, 0);

  evidence = gw_audit_list_evidence (audit, 0, &error);
  g_assert_cmpuint (evidence->len, >=, 20);
  for (guint i = 0; i < evidence->len; i++)
    {
      GwEvidence *e = g_ptr_array_index (evidence, i);
      if (e->file_name)
        {
          g_autoptr(GBytes) bytes = gw_audit_read_attachment (audit, e->id, &error);
          g_assert_no_error (error);
          n_files++;
        }
    }
  g_assert_cmpuint (n_files, >=, 3);

  actions = gw_audit_list_actions (audit, 0, &error);
  g_assert_cmpuint (actions->len, >=, 8);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/audit/round-trip", test_round_trip);
  g_test_add_func ("/audit/validation", test_validation);
  g_test_add_func ("/audit/attachment-integrity", test_attachment_integrity);
  g_test_add_func ("/audit/write-back", test_write_back);
  g_test_add_func ("/audit/durable-edits", test_durable_edits);
  g_test_add_func ("/audit/stale-working-copy", test_stale_working_copy);
  g_test_add_func ("/audit/open-twice-and-read-only", test_open_twice_and_read_only);
  g_test_add_func ("/audit/save-as-and-copy", test_save_as_and_copy);
  g_test_add_func ("/audit/migration", test_migration);
  g_test_add_func ("/audit/open-async", test_open_async);
  g_test_add_func ("/audit/demo", test_demo);

  return g_test_run ();
}
