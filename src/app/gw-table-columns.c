/* gw-table-columns.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns of the Evidence and Actions tables: what each cell shows
 * (made when its row is bound, see gw-table-utils.c) and how a click on
 * each header sorts. Sorters compare the keys the row items keep
 * (GwEvidenceItem, GwActionItem) so that sorting 20,000 rows never
 * collates a string twice; empty values sort last either way up.
 */

#define G_LOG_DOMAIN "gw-table-columns"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "gw-action-item.h"
#include "gw-evidence-item.h"
#include "gw-table-columns.h"
#include "gw-table-utils.h"
#include "gw-ui-utils.h"
#include "gw-warnings.h"

/* Evidence: cells --------------------------------------------------------- */

static const GwEvidence *
evidence_of (gpointer item)
{
  return gw_evidence_item_get_evidence (item);
}

static char *
evidence_title_text (gpointer item)
{
  return g_strdup (evidence_of (item)->title);
}

static char *
kind_text (gpointer item)
{
  return g_strdup (gw_evidence_kind_to_label (evidence_of (item)->kind));
}

static char *
reference_text (gpointer item)
{
  return g_strdup (evidence_of (item)->reference);
}

static char *
date_text (gpointer item)
{
  return gw_format_date (evidence_of (item)->date);
}

static char *
file_text (gpointer item)
{
  const GwEvidence *e = evidence_of (item);
  g_autofree char *size = NULL;

  if (e->file_name == NULL)
    return NULL;
  size = g_format_size (e->file_size);
  /* Translators: an attached file and its size, "seal-log.csv (12 kB)" */
  return g_strdup_printf (_("%s (%s)"), e->file_name, size);
}

static char *
links_text (gpointer item)
{
  guint n = evidence_of (item)->n_links;

  /* Translators: in the Requirements column, evidence that supports none */
  return n == 0 ? g_strdup (C_("evidence", "Unused")) : g_strdup_printf ("%u", n);
}

static const char *
links_style (gpointer item)
{
  return evidence_of (item)->n_links == 0 ? "warning" : NULL;
}

/* Evidence: sorters ------------------------------------------------------- */

static int
order (int cmp)
{
  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_evidence_title (gconstpointer a, gconstpointer b, gpointer data)
{
  return order (strcmp (gw_evidence_item_get_title_key ((gpointer) a),
                        gw_evidence_item_get_title_key ((gpointer) b)));
}

static int
compare_kind (gconstpointer a, gconstpointer b, gpointer data)
{
  int cmp = (int) evidence_of ((gpointer) a)->kind - (int) evidence_of ((gpointer) b)->kind;
  return cmp != 0 ? order (cmp) : compare_evidence_title (a, b, data);
}

static int
compare_reference (gconstpointer a, gconstpointer b, gpointer data)
{
  return order (gw_compare_strings (gw_evidence_item_get_reference_key ((gpointer) a),
                                    gw_evidence_item_get_reference_key ((gpointer) b)));
}

static int
compare_date (gconstpointer a, gconstpointer b, gpointer data)
{
  return order (gw_compare_strings (evidence_of ((gpointer) a)->date, evidence_of ((gpointer) b)->date));
}

static int
compare_file (gconstpointer a, gconstpointer b, gpointer data)
{
  return order (gw_compare_strings (gw_evidence_item_get_file_key ((gpointer) a),
                                    gw_evidence_item_get_file_key ((gpointer) b)));
}

static int
compare_links (gconstpointer a, gconstpointer b, gpointer data)
{
  guint x = evidence_of ((gpointer) a)->n_links, y = evidence_of ((gpointer) b)->n_links;
  return order ((x > y) - (x < y));
}

static GtkSorter *
custom_sorter (GCompareDataFunc func)
{
  return GTK_SORTER (gtk_custom_sorter_new (func, NULL, NULL));
}

/**
 * gw_evidence_columns_add:
 * @columns: (out caller-allocates) (array fixed-size=6): the columns, in
 *   #GwEvidenceColumn order
 *
 * Adds the Evidence table's columns to @view.
 */
void
gw_evidence_columns_add (GtkColumnView        *view,
                         GtkColumnViewColumn **columns)
{
  columns[GW_EVIDENCE_COLUMN_TITLE] =
    gw_table_add_column (view, _("Title"), gw_table_text_factory (evidence_title_text, NULL, 0, 14, 40),
                         custom_sorter (compare_evidence_title), TRUE);
  columns[GW_EVIDENCE_COLUMN_KIND] =
    gw_table_add_column (view, _("Kind"), gw_table_text_factory (kind_text, NULL, 0, 11, 11),
                         custom_sorter (compare_kind), FALSE);
  columns[GW_EVIDENCE_COLUMN_REFERENCE] =
    gw_table_add_column (view, _("Reference"), gw_table_text_factory (reference_text, NULL, 0, 8, 14),
                         custom_sorter (compare_reference), FALSE);
  columns[GW_EVIDENCE_COLUMN_DATE] =
    gw_table_add_column (view, _("Date"), gw_table_text_factory (date_text, NULL, 0, 10, 10),
                         custom_sorter (compare_date), FALSE);
  columns[GW_EVIDENCE_COLUMN_FILE] =
    gw_table_add_column (view, _("Attachment"), gw_table_text_factory (file_text, NULL, 0, 8, 14),
                         custom_sorter (compare_file), FALSE);
  columns[GW_EVIDENCE_COLUMN_LINKS] =
    gw_table_add_column (view, _("Requirements"), gw_table_text_factory (links_text, links_style, 1, 7, 7),
                         custom_sorter (compare_links), FALSE);
}

/* Actions: cells ---------------------------------------------------------- */

static const GwAction *
action_of (gpointer item)
{
  return gw_action_item_get_action (item);
}

static char *
action_title_text (gpointer item)
{
  return g_strdup (action_of (item)->title);
}

static char *
requirement_text (gpointer item)
{
  return g_strdup (gw_action_item_get_requirements (item));
}

static char *
owner_text (gpointer item)
{
  const char *owner = action_of (item)->owner;
  return owner && *owner ? g_strdup (owner) : g_strdup (_("Nobody yet"));
}

static const char *
owner_style (gpointer item)
{
  const char *owner = action_of (item)->owner;
  return owner && *owner ? NULL : "warning";
}

static char *
due_text (gpointer item)
{
  g_autofree char *date = gw_format_date (action_of (item)->due_date);

  if (date != NULL && gw_action_item_get_overdue (item))
    /* Translators: a due date that has passed, "12/05/2026 — overdue" */
    return g_strdup_printf (_("%s — overdue"), date);
  return g_steal_pointer (&date);
}

static const char *
due_style (gpointer item)
{
  return gw_action_item_get_overdue (item) ? "error" : NULL;
}

static char *
priority_text (gpointer item)
{
  return g_strdup (gw_priority_to_label (action_of (item)->priority));
}

static const char *
priority_style (gpointer item)
{
  switch (action_of (item)->priority)
    {
    case GW_PRIORITY_CRITICAL:
      return "error";
    case GW_PRIORITY_HIGH:
      return "warning";
    case GW_PRIORITY_LOW:
    case GW_PRIORITY_MEDIUM:
    default:
      return NULL;
    }
}

static char *
status_text (gpointer item)
{
  return g_strdup (gw_action_status_to_label (action_of (item)->status));
}

static const char *
status_style (gpointer item)
{
  return gw_action_is_open (action_of (item)) ? NULL : "dim-label";
}

/* Actions: sorters -------------------------------------------------------- */

static int
compare_action_title (gconstpointer a, gconstpointer b, gpointer data)
{
  return order (strcmp (gw_action_item_get_title_key ((gpointer) a),
                        gw_action_item_get_title_key ((gpointer) b)));
}

static int
compare_requirement (gconstpointer a, gconstpointer b, gpointer data)
{
  guint x = gw_action_item_get_first_position ((gpointer) a);
  guint y = gw_action_item_get_first_position ((gpointer) b);
  return order ((x > y) - (x < y));
}

static int
compare_owner (gconstpointer a, gconstpointer b, gpointer data)
{
  return order (gw_compare_strings (gw_action_item_get_owner_key ((gpointer) a),
                                    gw_action_item_get_owner_key ((gpointer) b)));
}

static int
compare_due (gconstpointer a, gconstpointer b, gpointer data)
{
  return order (gw_compare_strings (action_of ((gpointer) a)->due_date, action_of ((gpointer) b)->due_date));
}

/* Ascending puts the most urgent first, as "priority 1" does. */
static int
compare_priority (gconstpointer a, gconstpointer b, gpointer data)
{
  return order ((int) action_of ((gpointer) b)->priority - (int) action_of ((gpointer) a)->priority);
}

static int
compare_status (gconstpointer a, gconstpointer b, gpointer data)
{
  return order ((int) action_of ((gpointer) a)->status - (int) action_of ((gpointer) b)->status);
}

/**
 * gw_actions_columns_add:
 * @columns: (out caller-allocates) (array fixed-size=6): the columns, in
 *   #GwActionsColumn order
 *
 * Adds the Actions table's columns to @view.
 */
void
gw_actions_columns_add (GtkColumnView        *view,
                        GtkColumnViewColumn **columns)
{
  columns[GW_ACTIONS_COLUMN_TITLE] =
    gw_table_add_column (view, _("Title"), gw_table_text_factory (action_title_text, NULL, 0, 12, 36),
                         custom_sorter (compare_action_title), TRUE);
  columns[GW_ACTIONS_COLUMN_REQUIREMENT] =
    gw_table_add_column (view, _("Requirement"), gw_table_text_factory (requirement_text, NULL, 0, 6, 12),
                         custom_sorter (compare_requirement), FALSE);
  columns[GW_ACTIONS_COLUMN_OWNER] =
    gw_table_add_column (view, _("Owner"), gw_table_text_factory (owner_text, owner_style, 0, 8, 18),
                         custom_sorter (compare_owner), FALSE);
  columns[GW_ACTIONS_COLUMN_DUE] =
    gw_table_add_column (view, _("Due"), gw_table_text_factory (due_text, due_style, 0, 18, 18),
                         custom_sorter (compare_due), FALSE);
  columns[GW_ACTIONS_COLUMN_PRIORITY] =
    gw_table_add_column (view, _("Priority"), gw_table_text_factory (priority_text, priority_style, 0, 8, 8),
                         custom_sorter (compare_priority), FALSE);
  columns[GW_ACTIONS_COLUMN_STATUS] =
    gw_table_add_column (view, _("Status"), gw_table_text_factory (status_text, status_style, 0, 11, 11),
                         custom_sorter (compare_status), FALSE);
}

