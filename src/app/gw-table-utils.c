/* gw-table-utils.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Evidence and Actions tables share: text cells drawn with
 * GtkInscription (the fast label GTK 4.8 made for list cells) whose text is
 * made only when a row is bound, so a table of 20,000 rows formats the
 * thirty on screen and not the rest; one tooltip handler for the table that
 * shows a cut cell whole; revealing a side pane (AdwFlap) safely; scrolling a GtkColumnView to a row,
 * which GTK 4.8 can only do through its inner list's "list.scroll-to-item"
 * action; and the word search both tables use.
 */

#define G_LOG_DOMAIN "gw-table"

#include "config.h"

#include <string.h>

#include "gw-table-utils.h"

typedef struct
{
  GwCellTextFunc  text_func;
  GwCellStyleFunc style_func;
  float           xalign;
  int             min_chars;
  int             nat_chars;
} CellFuncs;

static const char style_key[] = "gw-cell-style";

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          CellFuncs                *funcs)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), funcs->xalign);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), funcs->nat_chars);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), funcs->min_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, inscription);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         CellFuncs                *funcs)
{
  GtkWidget *inscription = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *text = funcs->text_func (item);
  const char *style = funcs->style_func ? funcs->style_func (item) : NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (inscription), text);
  if (style != NULL)
    {
      gtk_widget_add_css_class (inscription, style);
      g_object_set_data (G_OBJECT (inscription), style_key, (gpointer) style);
    }
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           CellFuncs                *funcs)
{
  GtkWidget *inscription = gtk_list_item_get_child (list_item);
  const char *style = g_object_get_data (G_OBJECT (inscription), style_key);

  if (style != NULL)
    {
      gtk_widget_remove_css_class (inscription, style);
      g_object_set_data (G_OBJECT (inscription), style_key, NULL);
    }
}

/**
 * gw_table_text_factory:
 * @style_func: (nullable): a style class for the cell, such as "error"
 * @min_chars: the width the column keeps in a narrow window, in characters;
 *   below that the table scrolls sideways
 * @nat_chars: the width the column asks for, in characters
 *
 * Returns: (transfer full): a factory of text cells
 */
GtkListItemFactory *
gw_table_text_factory (GwCellTextFunc  text_func,
                       GwCellStyleFunc style_func,
                       float           xalign,
                       int             min_chars,
                       int             nat_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellFuncs *funcs = g_new0 (CellFuncs, 1);

  funcs->text_func = text_func;
  funcs->style_func = style_func;
  funcs->xalign = xalign;
  funcs->min_chars = min_chars;
  funcs->nat_chars = nat_chars;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), funcs);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), funcs);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), funcs);
  g_object_set_data_full (G_OBJECT (factory), "gw-cell-funcs", funcs, g_free);
  return factory;
}

/**
 * gw_table_add_column:
 * @factory: (transfer full)
 * @sorter: (transfer full) (nullable): how a click on the header sorts
 * @expand: whether the column takes the width left over
 *
 * Returns: (transfer none): the column, now owned by @view
 */
GtkColumnViewColumn *
gw_table_add_column (GtkColumnView      *view,
                     const char         *title,
                     GtkListItemFactory *factory,
                     GtkSorter          *sorter,
                     gboolean            expand)
{
  GtkColumnViewColumn *column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);

  g_clear_object (&sorter);
  g_object_unref (column);
  return column;
}

/* A cut text shows whole in a tooltip. The table answers for all its cells:
 * a tooltip set on each cell would make GTK ask the display server where
 * the pointer is every time a cell is made, a round trip on X11 that made
 * filtering a large table several times slower. */
static gboolean
query_tooltip_cb (GtkWidget  *view,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  GtkWidget *cell = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);
  g_autoptr(PangoLayout) layout = NULL;
  const char *text;
  graphene_rect_t bounds;
  int width;

  while (cell != NULL && cell != view && !GTK_IS_INSCRIPTION (cell))
    cell = gtk_widget_get_parent (cell);
  if (cell == NULL || !GTK_IS_INSCRIPTION (cell) || keyboard_mode)
    return FALSE;

  text = gtk_inscription_get_text (GTK_INSCRIPTION (cell));
  if (text == NULL || *text == '\0')
    return FALSE;

  /* Only text that does not fit. */
  layout = gtk_widget_create_pango_layout (cell, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  if (width <= gtk_widget_get_width (cell) || !gtk_widget_compute_bounds (cell, view, &bounds))
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                       bounds.size.width, bounds.size.height });
  return TRUE;
}

/* Shows the whole text of a cut cell when the pointer rests on it. */
void
gw_table_enable_tooltips (GtkColumnView *view)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (view), TRUE);
  g_signal_connect (view, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

/* GtkColumnView keeps its rows in an inner GtkListView. */
GtkWidget *
gw_table_get_list_view (GtkColumnView *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

/* gtk_column_view_scroll_to() is GTK 4.12; 4.8 has the list's action. */
void
gw_table_scroll_to (GtkColumnView *view,
                    guint          position)
{
  GtkWidget *list = gw_table_get_list_view (view);

  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
}

/* A count as the user's locale groups digits: 20,000 or 20.000. */
char *
gw_format_number (guint n)
{
  return g_strdup_printf ("%'u", n);
}

/* NULL and empty sort after any text. */
int
gw_compare_strings (const char *a,
                    const char *b)
{
  gboolean a_empty = a == NULL || *a == '\0';
  gboolean b_empty = b == NULL || *b == '\0';

  if (a_empty || b_empty)
    return a_empty - b_empty;
  return strcmp (a, b);
}

/**
 * gw_search_words:
 *
 * Returns: (transfer full) (nullable): the case-folded words of @text, or
 *   %NULL when it has none
 */
char **
gw_search_words (const char *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  if (text == NULL)
    return NULL;

  folded = g_utf8_casefold (text, -1);
  parts = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      {
        g_strv_builder_add (builder, parts[i]);
        n++;
      }

  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

/* Every word occurs somewhere in the text, in any order. */
gboolean
gw_text_matches (const char   *casefolded_haystack,
                 char * const *words)
{
  if (words == NULL)
    return TRUE;

  for (guint i = 0; words[i]; i++)
    if (strstr (casefolded_haystack, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

/* AdwFlap 1.2 divides by the flap's width when it starts to reveal it, so
 * revealing it before its first allocation (its view was only just shown)
 * makes every size NaN and the pane is allocated a width of G_MININT. This
 * waits for a frame to have laid the flap out. */
static gboolean
reveal_when_allocated_cb (GtkWidget     *widget,
                          GdkFrameClock *clock,
                          gpointer       user_data)
{
  AdwFlap *flap = ADW_FLAP (widget);

  if (gtk_widget_get_width (adw_flap_get_flap (flap)) == 0)
    return G_SOURCE_CONTINUE;

  g_object_set_data (G_OBJECT (flap), "gw-reveal-tick", NULL);
  adw_flap_set_reveal_flap (flap, TRUE);
  return G_SOURCE_REMOVE;
}

void
gw_flap_reveal (AdwFlap *flap)
{
  g_return_if_fail (ADW_IS_FLAP (flap));

  if (gtk_widget_get_width (adw_flap_get_flap (flap)) > 0)
    adw_flap_set_reveal_flap (flap, TRUE);
  else if (g_object_get_data (G_OBJECT (flap), "gw-reveal-tick") == NULL)
    g_object_set_data (G_OBJECT (flap), "gw-reveal-tick",
                       GUINT_TO_POINTER (gtk_widget_add_tick_callback (GTK_WIDGET (flap),
                                                                       reveal_when_allocated_cb,
                                                                       NULL, NULL)));
}

/**
 * gw_search_update:
 * @search_text: (inout): the text searched for until now
 * @words: (inout): its words, from gw_search_words()
 * @text: the text now in the search entry
 * @change: (out): which way a filter on @words moved
 *
 * Keeps a view's search text and words up to date, and says whether the
 * filter became stricter (the old text is part of the new one), looser or
 * different, so that GTK rechecks only the rows it must.
 *
 * Returns: %FALSE when @text is what was searched for already
 */
gboolean
gw_search_update (char            **search_text,
                  char           ***words,
                  const char       *text,
                  GtkFilterChange  *change)
{
  g_autofree char *old = g_steal_pointer (search_text);

  if (g_strcmp0 (old ? old : "", text ? text : "") == 0)
    {
      *search_text = g_steal_pointer (&old);
      return FALSE;
    }

  *search_text = g_strdup (text);
  g_clear_pointer (words, g_strfreev);
  *words = gw_search_words (text);

  if (old && *old && text && strstr (text, old))
    *change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (text == NULL || *text == '\0' || (old && strstr (old, text)))
    *change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    *change = GTK_FILTER_CHANGE_DIFFERENT;

  return TRUE;
}
