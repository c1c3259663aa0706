/* Temporary stand-in, replaced by the real clause page. */
#include "config.h"
#include "gw-clause-page.h"
struct _GwClausePage { GtkWidget parent_instance; GwAudit *audit; gint64 clause; };
G_DEFINE_FINAL_TYPE (GwClausePage, gw_clause_page, GTK_TYPE_WIDGET)
static void gw_clause_page_dispose (GObject *o) { g_clear_object (&GW_CLAUSE_PAGE (o)->audit); G_OBJECT_CLASS (gw_clause_page_parent_class)->dispose (o); }
static void gw_clause_page_class_init (GwClausePageClass *k) { G_OBJECT_CLASS (k)->dispose = gw_clause_page_dispose;
  g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64); }
static void gw_clause_page_init (GwClausePage *s) { }
void gw_clause_page_set_audit (GwClausePage *s, GwAudit *a) { g_set_object (&s->audit, a); }
void gw_clause_page_set_clause (GwClausePage *s, gint64 id) { s->clause = id; }
gint64 gw_clause_page_get_clause (GwClausePage *s) { return s->clause; }
