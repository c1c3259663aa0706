/* gw-catalogue.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "gw-enums.h"

G_BEGIN_DECLS

#define GW_CATALOGUE_ERROR (gw_catalogue_error_quark ())

typedef enum
{
  GW_CATALOGUE_ERROR_INVALID,
  GW_CATALOGUE_ERROR_NOT_FOUND,
} GwCatalogueError;

typedef struct
{
  char     *number;
  char     *parent;       /* number of the parent clause, NULL at the top */
  char     *title;
  char     *intent;
  gboolean  informative;
  guint     depth;        /* 0 for a top-level clause */
} GwCatalogueClause;

typedef struct
{
  char         *ref;
  char         *clause;   /* number of the clause it belongs to */
  char         *question;
  char         *guidance;
  char         *evidence; /* typical evidence */
  GwDocumented  documented;
  gboolean      informative;
} GwCatalogueRequirement;

#define GW_TYPE_CATALOGUE (gw_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (GwCatalogue, gw_catalogue, GW, CATALOGUE, GObject)

GQuark                        gw_catalogue_error_quark        (void);

GwCatalogue                  *gw_catalogue_new                (const char    *id,
                                                               const char    *standard,
                                                               const char    *title,
                                                               const char    *revision);
GwCatalogue                  *gw_catalogue_new_from_file      (GFile         *file,
                                                               GError       **error);
GwCatalogue                  *gw_catalogue_new_from_bytes     (GBytes        *bytes,
                                                               const char    *display_name,
                                                               GError       **error);
GwCatalogue                  *gw_catalogue_new_builtin        (const char    *id,
                                                               GError       **error);
char                        **gw_catalogue_list_builtin       (void);

const char                   *gw_catalogue_get_id             (GwCatalogue   *self);
const char                   *gw_catalogue_get_standard       (GwCatalogue   *self);
const char                   *gw_catalogue_get_title          (GwCatalogue   *self);
const char                   *gw_catalogue_get_revision       (GwCatalogue   *self);
const char                   *gw_catalogue_get_description    (GwCatalogue   *self);
void                          gw_catalogue_set_description    (GwCatalogue   *self,
                                                               const char    *description);

gboolean                      gw_catalogue_add_clause         (GwCatalogue   *self,
                                                               const char    *number,
                                                               const char    *parent,
                                                               const char    *title,
                                                               const char    *intent,
                                                               gboolean       informative,
                                                               GError       **error);
gboolean                      gw_catalogue_add_requirement    (GwCatalogue   *self,
                                                               const char    *ref,
                                                               const char    *clause,
                                                               const char    *question,
                                                               const char    *guidance,
                                                               const char    *evidence,
                                                               GwDocumented   documented,
                                                               gboolean       informative,
                                                               GError       **error);

guint                         gw_catalogue_get_n_clauses      (GwCatalogue   *self);
const GwCatalogueClause      *gw_catalogue_get_clause         (GwCatalogue   *self,
                                                               guint          position);
const GwCatalogueClause      *gw_catalogue_find_clause        (GwCatalogue   *self,
                                                               const char    *number);
guint                         gw_catalogue_get_n_requirements (GwCatalogue   *self);
const GwCatalogueRequirement *gw_catalogue_get_requirement    (GwCatalogue   *self,
                                                               guint          position);

G_END_DECLS
