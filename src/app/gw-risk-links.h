/* gw-risk-links.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Something a risk can be linked to, as the Link… popover lists it. */
typedef struct
{
  gint64  id;
  char   *title;      /* "PHY-01 Perimeter fence" */
  char   *subtitle;   /* "In place", a requirement's question */
  char   *section;    /* a heading the list groups by, or NULL */
} GwLinkCandidate;

GwLinkCandidate *gw_link_candidate_new  (gint64            id,
                                         const char       *title,
                                         const char       *subtitle,
                                         const char       *section);
void             gw_link_candidate_free (GwLinkCandidate  *candidate);

#define GW_TYPE_RISK_LINKS (gw_risk_links_get_type ())

G_DECLARE_FINAL_TYPE (GwRiskLinks, gw_risk_links, GW, RISK_LINKS, GtkWidget)

void          gw_risk_links_set_labels     (GwRiskLinks *self,
                                            const char  *title,
                                            const char  *placeholder,
                                            const char  *search_placeholder);
void          gw_risk_links_set_candidates (GwRiskLinks *self,
                                            GPtrArray   *candidates);
void          gw_risk_links_set_linked     (GwRiskLinks *self,
                                            GArray      *ids);
GArray       *gw_risk_links_get_linked     (GwRiskLinks *self);
void          gw_risk_links_toggle         (GwRiskLinks *self,
                                            gint64       id);
void          gw_risk_links_set_editable   (GwRiskLinks *self,
                                            gboolean     editable);
void          gw_risk_links_set_search_text (GwRiskLinks *self,
                                            const char  *text);
guint         gw_risk_links_get_n_results  (GwRiskLinks *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwLinkCandidate, gw_link_candidate_free)

G_END_DECLS
