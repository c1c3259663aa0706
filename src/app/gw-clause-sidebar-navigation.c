/* gw-clause-sidebar-navigation.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moving about the clause sidebar: where a node's row is in the filtered
 * list (opening the clauses above it), scrolling to a row and giving it the
 * keyboard focus, and the keys of a tree that GTK 4.8 does not provide.
 * The models and the search are in gw-clause-sidebar.c.
 */

#define G_LOG_DOMAIN "gw-clause-sidebar"

#include "config.h"

#include "gw-clause-row.h"
#include "gw-clause-sidebar-private.h"

/* The tree row of @node, expanding the clauses above it. */
GtkTreeListRow *
_gw_clause_sidebar_get_tree_row (GwClauseSidebar *self,
                                 GwTreeNode      *node)
{
  g_autoptr(GtkTreeListRow) parent_row = NULL;
  GwTreeNode *parent = gw_tree_node_get_parent (node);

  if (parent == NULL)
    return gtk_tree_list_model_get_child_row (self->tree_model, gw_tree_node_get_index (node));

  parent_row = _gw_clause_sidebar_get_tree_row (self, parent);
  if (parent_row == NULL)
    return NULL;

  gtk_tree_list_row_set_expanded (parent_row, TRUE);
  return gtk_tree_list_row_get_child_row (parent_row, gw_tree_node_get_index (node));
}

/* Where a tree row is in the filtered list: the filter keeps the order, so
 * a binary search over the rows' tree positions finds it. */
guint
_gw_clause_sidebar_get_view_position (GwClauseSidebar *self,
                                      GtkTreeListRow  *row)
{
  GListModel *view = G_LIST_MODEL (self->filter_model);
  guint target = gtk_tree_list_row_get_position (row);
  guint low = 0;
  guint high = g_list_model_get_n_items (view);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(GtkTreeListRow) probe = g_list_model_get_item (view, middle);

      if (gtk_tree_list_row_get_position (probe) < target)
        low = middle + 1;
      else
        high = middle;
    }

  if (low < g_list_model_get_n_items (view))
    {
      g_autoptr(GtkTreeListRow) found = g_list_model_get_item (view, low);

      if (found == row)
        return low;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The list position of @node, opening the clauses above it; invalid while
 * the search hides it. */
guint
_gw_clause_sidebar_get_node_position (GwClauseSidebar *self,
                                      GwTreeNode      *node)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  if (self->tree_model == NULL || !gw_tree_node_get_visible (node))
    return GTK_INVALID_LIST_POSITION;

  row = _gw_clause_sidebar_get_tree_row (self, node);
  return row ? _gw_clause_sidebar_get_view_position (self, row) : GTK_INVALID_LIST_POSITION;
}

static GtkWidget *
find_row_widget (GwClauseSidebar *self,
                 GwTreeNode      *node)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *expander = gtk_widget_get_first_child (item);
      GtkWidget *row;

      if (!GTK_IS_TREE_EXPANDER (expander) || !gtk_widget_get_mapped (item))
        continue;

      row = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
      if (GW_IS_CLAUSE_ROW (row) && gw_clause_row_get_node (GW_CLAUSE_ROW (row)) == node)
        return item;
    }

  return NULL;
}

/* The list view makes a row's widget only once it has scrolled there, so
 * moving the focus may wait for a frame or two. */
static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  GwClauseSidebar *self = GW_CLAUSE_SIDEBAR (widget);
  GtkWidget *item = NULL;

  if (self->focus_target != NULL && self->focus_tries-- > 0)
    {
      item = find_row_widget (self, self->focus_target);
      if (item == NULL)
        return G_SOURCE_CONTINUE;
      gtk_widget_grab_focus (item);
    }

  g_clear_object (&self->focus_target);
  self->focus_tick = 0;
  return G_SOURCE_REMOVE;
}

gboolean
_gw_clause_sidebar_list_has_focus (GwClauseSidebar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));
}

/* Scrolls the row at @position into view and, if asked, gives it the
 * keyboard focus. */
void
_gw_clause_sidebar_show_position (GwClauseSidebar *self,
                                  guint            position,
                                  gboolean         focus)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(GwTreeNode) node = NULL;
  GtkWidget *item;

  /* gtk_list_view_scroll_to() is GTK 4.12; the list's own action is the
   * GTK 4.8 way. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  if (!focus)
    return;

  row = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);
  if (row == NULL)
    return;

  node = gtk_tree_list_row_get_item (row);
  item = find_row_widget (self, node);
  if (item != NULL)
    {
      gtk_widget_grab_focus (item);
      return;
    }

  g_set_object (&self->focus_target, node);
  self->focus_tries = 3;
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
}

/**
 * _gw_clause_sidebar_cancel_focus:
 *
 * Forgets a row still waiting for the focus.
 */
void
_gw_clause_sidebar_cancel_focus (GwClauseSidebar *self)
{
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
  self->focus_tick = 0;
  g_clear_object (&self->focus_target);
}

/* The first child of @row that the search shows. */
static GtkTreeListRow *
first_visible_child (GtkTreeListRow *row)
{
  GListModel *children = gtk_tree_list_row_get_children (row);
  guint n = children ? g_list_model_get_n_items (children) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GwTreeNode) node = g_list_model_get_item (children, i);

      if (gw_tree_node_get_visible (node))
        return gtk_tree_list_row_get_child_row (row, i);
    }

  return NULL;
}

/* Left and Right close and open clauses and move between a row and its
 * parent, as in any tree. GtkTreeExpander of GTK 4.8 has no such keys. */
gboolean
_gw_clause_sidebar_list_key_pressed (GwClauseSidebar       *self,
                                     guint                  keyval,
                                     guint                  keycode,
                                     GdkModifierType        state,
                                     GtkEventControllerKey *controller)
{
  g_autoptr(GtkTreeListRow) target = NULL;
  GtkTreeListRow *row;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  gboolean open;
  guint position;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    open = !rtl;
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    open = rtl;
  else
    return GDK_EVENT_PROPAGATE;

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return GDK_EVENT_PROPAGATE;

  if (open && gtk_tree_list_row_is_expandable (row) && !gtk_tree_list_row_get_expanded (row))
    {
      gtk_tree_list_row_set_expanded (row, TRUE);
      return GDK_EVENT_STOP;
    }
  if (!open && gtk_tree_list_row_get_expanded (row))
    {
      gtk_tree_list_row_set_expanded (row, FALSE);
      return GDK_EVENT_STOP;
    }

  target = open ? first_visible_child (row) : gtk_tree_list_row_get_parent (row);
  position = target ? _gw_clause_sidebar_get_view_position (self, target) : GTK_INVALID_LIST_POSITION;
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->selection, position);
      _gw_clause_sidebar_show_position (self, position, TRUE);
    }

  return GDK_EVENT_STOP;
}

/* Down in the search entry goes to the list. */
gboolean
_gw_clause_sidebar_search_key_pressed (GwClauseSidebar       *self,
                                       guint                  keyval,
                                       guint                  keycode,
                                       GdkModifierType        state,
                                       GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
  return GDK_EVENT_STOP;
}
