/* gw-table-utils.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The text of a cell, newly allocated (or NULL), and a style class for it
 * (or NULL); called when a row is bound, so only for the rows on screen. */
typedef char       *(*GwCellTextFunc)  (gpointer item);
typedef const char *(*GwCellStyleFunc) (gpointer item);

GtkListItemFactory  *gw_table_text_factory  (GwCellTextFunc   text_func,
                                             GwCellStyleFunc  style_func,
                                             float            xalign,
                                             int              min_chars,
                                             int              nat_chars);
GtkColumnViewColumn *gw_table_add_column    (GtkColumnView   *view,
                                             const char      *title,
                                             GtkListItemFactory *factory,
                                             GtkSorter       *sorter,
                                             gboolean         expand);
void                 gw_table_enable_tooltips (GtkColumnView *view);
GtkWidget           *gw_table_get_list_view (GtkColumnView   *view);
void                 gw_table_scroll_to     (GtkColumnView   *view,
                                             guint            position);
char                *gw_format_number       (guint            n);
int                  gw_compare_strings     (const char      *a,
                                             const char      *b);
char               **gw_search_words        (const char      *text);
gboolean             gw_search_update       (char           **search_text,
                                             char          ***words,
                                             const char      *text,
                                             GtkFilterChange *change);
gboolean             gw_text_matches        (const char      *casefolded_haystack,
                                             char * const    *words);
void                 gw_flap_reveal         (AdwFlap         *flap);

G_END_DECLS
