/* gw-evidence-row.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One linked evidence item in the requirement editor: its kind as an icon,
 * title, reference, date and attached file, with buttons to open or save
 * the attachment, edit the item and unlink it. The row only shows its
 * "evidence" record; the buttons activate the editor's actions
 * (editor.open-attachment, …) with the evidence id as target, so the row
 * never touches the audit.
 */

#define G_LOG_DOMAIN "gw-evidence-row"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-evidence-row.h"
#include "gw-ui-utils.h"

struct _GwEvidenceRow
{
  AdwActionRow  parent_instance;

  GwEvidence   *evidence;

  /* Template widgets */
  GtkButton    *edit_button;
  GtkImage     *kind_icon;
  GtkButton    *open_button;
  GtkButton    *save_button;
  GtkButton    *unlink_button;
};

G_DEFINE_FINAL_TYPE (GwEvidenceRow, gw_evidence_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
gw_evidence_kind_icon_name (GwEvidenceKind kind)
{
  switch (kind)
    {
    case GW_EVIDENCE_KIND_DOCUMENT:
      return "x-office-document-symbolic";
    case GW_EVIDENCE_KIND_RECORD:
      return "folder-documents-symbolic";
    case GW_EVIDENCE_KIND_INTERVIEW:
      return "system-users-symbolic";
    case GW_EVIDENCE_KIND_OBSERVATION:
      return "view-reveal-symbolic";
    case GW_EVIDENCE_KIND_PHOTO:
      return "camera-photo-symbolic";
    case GW_EVIDENCE_KIND_OTHER:
    default:
      return "text-x-generic-symbolic";
    }
}

/**
 * gw_evidence_describe:
 *
 * Returns: the one-line summary under an evidence title: reference, date
 *   and attached file, those that are set, such as
 *   "SP-04 v3 · 12/03/2026 · security-plan.pdf (1.2 MB)"
 */
char *
gw_evidence_describe (const GwEvidence *evidence)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = NULL;

  g_return_val_if_fail (evidence != NULL, NULL);

  if (evidence->reference && *evidence->reference)
    g_ptr_array_add (parts, g_strdup (evidence->reference));
  if ((date = gw_format_date (evidence->date)))
    g_ptr_array_add (parts, g_steal_pointer (&date));
  if (evidence->file_name)
    {
      g_autofree char *size = g_format_size (evidence->file_size);
      /* Translators: an attached file and its size, such as "plan.pdf (1.2 MB)" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s (%s)"), evidence->file_name, size));
    }
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (gw_evidence_kind_to_label (evidence->kind)));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
set_target (GtkButton *button,
            gint64     id)
{
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
}

static void
update (GwEvidenceRow *self)
{
  const GwEvidence *e = self->evidence;
  g_autofree char *subtitle = NULL;
  gboolean attached;

  if (e == NULL)
    return;

  attached = e->file_name != NULL;
  subtitle = gw_evidence_describe (e);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), e->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_image_set_from_icon_name (self->kind_icon, gw_evidence_kind_icon_name (e->kind));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon), gw_evidence_kind_to_label (e->kind));

  gtk_widget_set_visible (GTK_WIDGET (self->open_button), attached);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), attached);
  set_target (self->open_button, e->id);
  set_target (self->save_button, e->id);
  set_target (self->edit_button, e->id);
  set_target (self->unlink_button, e->id);
}

static void
gw_evidence_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), GW_TYPE_EVIDENCE_ROW);

  G_OBJECT_CLASS (gw_evidence_row_parent_class)->dispose (object);
}

static void
gw_evidence_row_finalize (GObject *object)
{
  g_clear_pointer (&GW_EVIDENCE_ROW (object)->evidence, gw_evidence_free);

  G_OBJECT_CLASS (gw_evidence_row_parent_class)->finalize (object);
}

static void
gw_evidence_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_EVIDENCE:
      g_value_set_boxed (value, GW_EVIDENCE_ROW (object)->evidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_evidence_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_EVIDENCE:
      gw_evidence_row_set_evidence (GW_EVIDENCE_ROW (object), g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_evidence_row_class_init (GwEvidenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gw_evidence_row_dispose;
  object_class->finalize = gw_evidence_row_finalize;
  object_class->get_property = gw_evidence_row_get_property;
  object_class->set_property = gw_evidence_row_set_property;

  properties[PROP_EVIDENCE] =
    g_param_spec_boxed ("evidence", NULL, NULL, GW_TYPE_EVIDENCE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/gw-evidence-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceRow, save_button);
  gtk_widget_class_bind_template_child (widget_class, GwEvidenceRow, unlink_button);
}

static void
gw_evidence_row_init (GwEvidenceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gw_evidence_row_new (const GwEvidence *evidence)
{
  return g_object_new (GW_TYPE_EVIDENCE_ROW, "evidence", evidence, NULL);
}

const GwEvidence *
gw_evidence_row_get_evidence (GwEvidenceRow *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_ROW (self), NULL);
  return self->evidence;
}

void
gw_evidence_row_set_evidence (GwEvidenceRow    *self,
                              const GwEvidence *evidence)
{
  g_return_if_fail (GW_IS_EVIDENCE_ROW (self));

  if (self->evidence == evidence)
    return;

  g_clear_pointer (&self->evidence, gw_evidence_free);
  if (evidence)
    self->evidence = gw_evidence_copy (evidence);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}
