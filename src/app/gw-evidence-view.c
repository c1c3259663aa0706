/* Temporary stand-in, replaced by the real view. */
#include "config.h"
#include "gw-evidence-view.h"
struct _GwEvidenceView { GtkWidget parent_instance; GwAudit *audit; };
G_DEFINE_FINAL_TYPE (GwEvidenceView, gw_evidence_view, GTK_TYPE_WIDGET)
static void gw_evidence_view_dispose (GObject *o) { g_clear_object (&GW_EVIDENCE_VIEW (o)->audit); G_OBJECT_CLASS (gw_evidence_view_parent_class)->dispose (o); }
static void gw_evidence_view_class_init (GwEvidenceViewClass *k) { G_OBJECT_CLASS (k)->dispose = gw_evidence_view_dispose;
  g_signal_new ("requirement-activated", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  g_signal_new ("action-activated", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64); }
static void gw_evidence_view_init (GwEvidenceView *s) { }
void gw_evidence_view_set_audit (GwEvidenceView *s, GwAudit *a) { g_set_object (&s->audit, a); }
