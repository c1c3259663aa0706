/* Temporary stand-in, replaced by the real editor. */
#include "config.h"
#include "gw-requirement-editor.h"
struct _GwRequirementEditor { GtkWidget parent_instance; GwAudit *audit; gint64 req; };
G_DEFINE_FINAL_TYPE (GwRequirementEditor, gw_requirement_editor, GTK_TYPE_WIDGET)
static void gw_requirement_editor_dispose (GObject *o) { g_clear_object (&GW_REQUIREMENT_EDITOR (o)->audit); G_OBJECT_CLASS (gw_requirement_editor_parent_class)->dispose (o); }
static void gw_requirement_editor_class_init (GwRequirementEditorClass *k) { G_OBJECT_CLASS (k)->dispose = gw_requirement_editor_dispose; }
static void gw_requirement_editor_init (GwRequirementEditor *s) { }
void gw_requirement_editor_set_audit (GwRequirementEditor *s, GwAudit *a) { g_set_object (&s->audit, a); }
void gw_requirement_editor_set_requirement (GwRequirementEditor *s, gint64 id) { s->req = id; }
gint64 gw_requirement_editor_get_requirement (GwRequirementEditor *s) { return s->req; }
gboolean gw_requirement_editor_commit (GwRequirementEditor *s, GError **e) { return TRUE; }
void gw_requirement_editor_set_result (GwRequirementEditor *s, GwResult r) { if (s->audit && s->req) gw_audit_set_result (s->audit, s->req, r, NULL); }
