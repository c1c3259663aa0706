/* Temporary stand-in, replaced by the real view. */
#include "config.h"
#include "gw-overview-page.h"
struct _GwOverviewPage { GtkWidget parent_instance; GwAudit *audit; };
G_DEFINE_FINAL_TYPE (GwOverviewPage, gw_overview_page, GTK_TYPE_WIDGET)
static void gw_overview_page_dispose (GObject *o) { g_clear_object (&GW_OVERVIEW_PAGE (o)->audit); G_OBJECT_CLASS (gw_overview_page_parent_class)->dispose (o); }
static void gw_overview_page_class_init (GwOverviewPageClass *k) { G_OBJECT_CLASS (k)->dispose = gw_overview_page_dispose;
  g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  g_signal_new ("action-activated", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64); }
static void gw_overview_page_init (GwOverviewPage *s) { }
void gw_overview_page_set_audit (GwOverviewPage *s, GwAudit *a) { g_set_object (&s->audit, a); }
