/* Temporary stand-in, replaced by the real view. */
#include "config.h"
#include "gw-actions-view.h"
struct _GwActionsView { GtkWidget parent_instance; GwAudit *audit; };
G_DEFINE_FINAL_TYPE (GwActionsView, gw_actions_view, GTK_TYPE_WIDGET)
static void gw_actions_view_dispose (GObject *o) { g_clear_object (&GW_ACTIONS_VIEW (o)->audit); G_OBJECT_CLASS (gw_actions_view_parent_class)->dispose (o); }
static void gw_actions_view_class_init (GwActionsViewClass *k) { G_OBJECT_CLASS (k)->dispose = gw_actions_view_dispose;
  g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  g_signal_new ("action-activated", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64); }
static void gw_actions_view_init (GwActionsView *s) { }
void gw_actions_view_set_audit (GwActionsView *s, GwAudit *a) { g_set_object (&s->audit, a); }
void gw_actions_view_select_action (GwActionsView *s, gint64 id) { }
