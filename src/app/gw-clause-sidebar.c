/* Temporary stand-in, replaced by the real sidebar. */
#include "config.h"
#include "gw-clause-sidebar.h"
struct _GwClauseSidebar { GtkWidget parent_instance; GwAudit *audit; GwSidebarFilter filter; };
G_DEFINE_FINAL_TYPE (GwClauseSidebar, gw_clause_sidebar, GTK_TYPE_WIDGET)
static void gw_clause_sidebar_dispose (GObject *o) { g_clear_object (&GW_CLAUSE_SIDEBAR (o)->audit); G_OBJECT_CLASS (gw_clause_sidebar_parent_class)->dispose (o); }
static void gw_clause_sidebar_class_init (GwClauseSidebarClass *k) { G_OBJECT_CLASS (k)->dispose = gw_clause_sidebar_dispose;
  g_signal_new ("requirement-selected", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  g_signal_new ("clause-selected", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64); }
static void gw_clause_sidebar_init (GwClauseSidebar *s) { }
GwAudit *gw_clause_sidebar_get_audit (GwClauseSidebar *s) { return s->audit; }
void gw_clause_sidebar_set_audit (GwClauseSidebar *s, GwAudit *a) { g_set_object (&s->audit, a); }
void gw_clause_sidebar_focus_search (GwClauseSidebar *s) { }
void gw_clause_sidebar_set_search_text (GwClauseSidebar *s, const char *t) { }
GwSidebarFilter gw_clause_sidebar_get_filter (GwClauseSidebar *s) { return s->filter; }
void gw_clause_sidebar_set_filter (GwClauseSidebar *s, GwSidebarFilter f) { s->filter = f; }
void gw_clause_sidebar_select_requirement (GwClauseSidebar *s, gint64 id) { g_signal_emit_by_name (s, "requirement-selected", id); }
void gw_clause_sidebar_select_clause (GwClauseSidebar *s, gint64 id) { g_signal_emit_by_name (s, "clause-selected", id); }
gint64 gw_clause_sidebar_get_adjacent_requirement (GwClauseSidebar *s, gint64 id, int d) { return id + d; }
guint gw_clause_sidebar_count_visible_requirements (GwClauseSidebar *s) { return 0; }
