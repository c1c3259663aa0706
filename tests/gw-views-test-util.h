/* gw-views-test-util.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers of tests/test-views.c, tests/test-large-audit.c,
 * tests/test-risks.c and tests/gw-bench-views.c: a window with an audit, its
 * Evidence, Actions and Overview views found in it, waiting for a view to
 * have read the audit or caught up with a change, the rows a table shows,
 * the Overview's totals checked against the audit's scores, and the search
 * typed on the large audit, which the test checks and the benchmark times.
 */

#pragma once

#include <adwaita.h>

#include "gw-action-item.h"
#include "gw-actions-view.h"
#include "gw-evidence-item.h"
#include "gw-evidence-view.h"
#include "gw-overview-page.h"
#include "gw-ui-test-util.h"
#include "gw-ui-utils.h"
#include "gw-window.h"

G_BEGIN_DECLS

/* The window ------------------------------------------------------------- */

static inline GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)))
        return found;
    }
  return NULL;
}

static inline AdwViewStack *
view_stack (GwWindow *window)
{
  return ADW_VIEW_STACK (find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
}

static inline GwEvidenceView *
evidence_view (GwWindow *window)
{
  return GW_EVIDENCE_VIEW (find_descendant (GTK_WIDGET (window), GW_TYPE_EVIDENCE_VIEW));
}

static inline GwActionsView *
actions_view (GwWindow *window)
{
  return GW_ACTIONS_VIEW (find_descendant (GTK_WIDGET (window), GW_TYPE_ACTIONS_VIEW));
}

static inline GwOverviewPage *
overview_page (GwWindow *window)
{
  return GW_OVERVIEW_PAGE (find_descendant (GTK_WIDGET (window), GW_TYPE_OVERVIEW_PAGE));
}

static inline GwWindow *
open_window (GwAudit *audit,
             int      width)
{
  GwWindow *window = gw_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  gw_window_set_audit (window, audit);
  gw_test_flush (0.3);
  return window;
}

static inline void
close_window (GwWindow *window)
{
  gw_window_set_audit (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  gw_test_flush (0.1);
}

static inline gboolean
evidence_loaded (gpointer view)
{
  return gw_evidence_view_is_loaded (view);
}

/* Read, and done sorting and filtering after the last change. */
static inline gboolean
evidence_settled (gpointer view)
{
  return gw_evidence_view_is_settled (view);
}

static inline gboolean
actions_loaded (gpointer view)
{
  return gw_actions_view_is_loaded (view);
}

static inline gboolean
overview_loaded (gpointer page)
{
  return gw_overview_page_is_loaded (page);
}

static inline void
wait_until (gboolean (*ready) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!ready (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_true (ready (data));
  gw_test_flush (0.1);
}

static inline void
show (GwWindow   *window,
      const char *page)
{
  adw_view_stack_set_visible_child_name (view_stack (window), page);
  if (g_str_equal (page, "evidence"))
    wait_until (evidence_loaded, evidence_view (window));
  else if (g_str_equal (page, "actions"))
    wait_until (actions_loaded, actions_view (window));
  else if (g_str_equal (page, "overview"))
    wait_until (overview_loaded, overview_page (window));
  gw_test_flush (0.2);
}

/* Rows -------------------------------------------------------------------- */

static inline const GwEvidence *
evidence_row (GwEvidenceView *view,
              guint           i)
{
  g_autoptr(GwEvidenceItem) item = g_list_model_get_item (gw_evidence_view_get_rows (view), i);

  g_assert_nonnull (item);
  /* The store holds a reference; the record lives as long as the row. */
  return gw_evidence_item_get_evidence (item);
}

static inline char *
evidence_titles (GwEvidenceView *view)
{
  GListModel *rows = gw_evidence_view_get_rows (view);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_string_append_printf (s, "%s%s", i ? "|" : "", evidence_row (view, i)->title);
  return g_string_free (s, FALSE);
}

static inline const GwAction *
action_row (GwActionsView *view,
            guint          i)
{
  g_autoptr(GwActionItem) item = g_list_model_get_item (gw_actions_view_get_rows (view), i);

  g_assert_nonnull (item);
  return gw_action_item_get_action (item);
}

/* The Overview ------------------------------------------------------------- */

/* The totals and the readiness the Overview shows are the audit's scores. */
static inline void
assert_totals_match (GwOverviewPage *page,
                     GwAudit        *audit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GwScoreSheet) sheet = gw_audit_compute_scores (audit, &error);
  const GwScore *expected = gw_score_sheet_get_total (sheet);
  const GwScore *shown = gw_overview_page_get_total (page);
  g_autofree char *readiness = gw_format_percent (gw_score_get_readiness (expected));

  g_assert_no_error (error);
  g_assert_cmpuint (shown->n_assessed, ==, expected->n_assessed);
  g_assert_cmpuint (shown->n_conforming, ==, expected->n_conforming);
  g_assert_cmpuint (shown->n_nonconforming, ==, expected->n_nonconforming);
  g_assert_cmpstr (gw_overview_page_get_readiness_text (page), ==, readiness);
}

/* The large audit ---------------------------------------------------------- */

/* A search typed into the Evidence view of gw_synthetic_create()'s audit,
 * one keystroke at a time: a word, then more words that narrow it, back
 * again, then searches for a reference and a revision. */
static inline const char * const *
evidence_keystrokes (guint *n_keystrokes)
{
  static const char * const typed[] = {
    "s", "sy", "syn", "synt", "synth", "synthe", "synthet", "syntheti", "synthetic", "synthetic ",
    "synthetic r", "synthetic re", "synthetic rec", "synthetic reco", "synthetic recor", "synthetic record",
    "synthetic record ", "synthetic record 1", "synthetic record 12", "synthetic record 123",
    "synthetic record 1234", "synthetic record 123", "synthetic record 12", "synthetic record 1",
    "synthetic record", "synthetic", "synth", "s", "", "rec-0199", "rev 3", "",
  };

  *n_keystrokes = G_N_ELEMENTS (typed);
  return typed;
}

G_END_DECLS
