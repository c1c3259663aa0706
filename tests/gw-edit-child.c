/* gw-edit-child.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A helper for test-audit-file: it opens an audit and makes edits until it
 * is killed, printing "edit N" once edit N has returned. The parent kills
 * it with SIGKILL at a moment of its choosing and then checks that every
 * edit reported was kept and that the user's file is still a valid audit.
 *
 * Usage: gw-edit-child FILE edits|save-and-wait
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "gw-audit.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) reqs = NULL;
  GwAudit *audit;

  if (argc != 3)
    return 2;

  file = g_file_new_for_path (argv[1]);
  audit = gw_audit_open (file, GW_AUDIT_OPEN_NONE, &error);
  if (audit == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* A short delay makes write-backs frequent, so the kill may well land in
   * the middle of one. */
  gw_audit_set_write_back_delay (audit, 2);
  gw_audit_set_author (audit, "Child Auditor");
  reqs = gw_audit_list_requirements (audit, &error);
  g_assert_no_error (error);

  if (g_str_equal (argv[2], "save-and-wait"))
    {
      GwRequirement *req = g_ptr_array_index (reqs, 0);

      g_assert_true (gw_audit_set_result (audit, req->id, GW_RESULT_CONFORMING, &error));
      g_assert_true (gw_audit_save (audit, &error));
      printf ("saved\n");
      fflush (stdout);
      for (;;)
        pause ();
    }

  for (guint i = 0;; i++)
    {
      GwRequirement *req = g_ptr_array_index (reqs, i % reqs->len);
      g_autoptr(GwAssessment) a = gw_audit_get_assessment (audit, req->id, &error);

      g_assert_no_error (error);
      g_free (a->finding);
      a->finding = g_strdup_printf ("edit %u", i);
      if (!gw_audit_set_assessment (audit, a, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }

      printf ("edit %u\n", i);
      fflush (stdout);

      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}
