/* gw-evidence-item.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of the Evidence table: an evidence record as the audit returned
 * it, and the keys its table sorts and searches by. The keys are made the
 * first time they are asked for and kept, so sorting 20,000 rows by title
 * compares ready-made collation keys instead of collating strings, and an
 * item that is never sorted or searched costs nothing extra. When the item
 * changes in the audit the view hands it the new record, which drops the
 * keys.
 */

#define G_LOG_DOMAIN "gw-evidence-item"

#include "config.h"

#include "gw-evidence-item.h"

struct _GwEvidenceItem
{
  GObject     parent_instance;

  GwEvidence *evidence;
  char       *title_key;
  char       *reference_key;
  char       *file_key;
  char       *search_text;
};

G_DEFINE_FINAL_TYPE (GwEvidenceItem, gw_evidence_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_REFERENCE,
  PROP_DATE,
  PROP_FILE_NAME,
  PROP_N_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_keys (GwEvidenceItem *self)
{
  g_clear_pointer (&self->title_key, g_free);
  g_clear_pointer (&self->reference_key, g_free);
  g_clear_pointer (&self->file_key, g_free);
  g_clear_pointer (&self->search_text, g_free);
}

static void
gw_evidence_item_finalize (GObject *object)
{
  GwEvidenceItem *self = GW_EVIDENCE_ITEM (object);

  clear_keys (self);
  g_clear_pointer (&self->evidence, gw_evidence_free);

  G_OBJECT_CLASS (gw_evidence_item_parent_class)->finalize (object);
}

static void
gw_evidence_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GwEvidenceItem *self = GW_EVIDENCE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->evidence->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->evidence->title);
      break;
    case PROP_REFERENCE:
      g_value_set_string (value, self->evidence->reference);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->evidence->date);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->evidence->file_name);
      break;
    case PROP_N_LINKS:
      g_value_set_uint (value, self->evidence->n_links);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_evidence_item_class_init (GwEvidenceItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gw_evidence_item_finalize;
  object_class->get_property = gw_evidence_item_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_LINKS] =
    g_param_spec_uint ("n-links", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gw_evidence_item_init (GwEvidenceItem *self)
{
}

/**
 * gw_evidence_item_new:
 * @evidence: (transfer full): the record
 */
GwEvidenceItem *
gw_evidence_item_new (GwEvidence *evidence)
{
  GwEvidenceItem *self;

  g_return_val_if_fail (evidence != NULL, NULL);

  self = g_object_new (GW_TYPE_EVIDENCE_ITEM, NULL);
  self->evidence = evidence;
  return self;
}

gint64
gw_evidence_item_get_id (GwEvidenceItem *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_ITEM (self), 0);
  return self->evidence->id;
}

const GwEvidence *
gw_evidence_item_get_evidence (GwEvidenceItem *self)
{
  g_return_val_if_fail (GW_IS_EVIDENCE_ITEM (self), NULL);
  return self->evidence;
}

/**
 * gw_evidence_item_set_evidence:
 * @evidence: (transfer full): the record as it is now, with the same id
 */
void
gw_evidence_item_set_evidence (GwEvidenceItem *self,
                               GwEvidence     *evidence)
{
  GwEvidence *old;

  g_return_if_fail (GW_IS_EVIDENCE_ITEM (self));
  g_return_if_fail (evidence != NULL && evidence->id == self->evidence->id);

  old = self->evidence;
  self->evidence = evidence;
  clear_keys (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (old->title, evidence->title) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  if (g_strcmp0 (old->reference, evidence->reference) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
  if (g_strcmp0 (old->date, evidence->date) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  if (g_strcmp0 (old->file_name, evidence->file_name) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
  if (old->n_links != evidence->n_links)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LINKS]);
  g_object_thaw_notify (G_OBJECT (self));

  gw_evidence_free (old);
}

const char *
gw_evidence_item_get_title_key (GwEvidenceItem *self)
{
  if (self->title_key == NULL)
    self->title_key = g_utf8_collate_key (self->evidence->title ? self->evidence->title : "", -1);
  return self->title_key;
}

/* References hold numbers (REC-000012 rev 2): compare them as numbers. */
const char *
gw_evidence_item_get_reference_key (GwEvidenceItem *self)
{
  if (self->reference_key == NULL)
    self->reference_key = self->evidence->reference
                          ? g_utf8_collate_key_for_filename (self->evidence->reference, -1)
                          : g_strdup ("");
  return self->reference_key;
}

const char *
gw_evidence_item_get_file_key (GwEvidenceItem *self)
{
  if (self->file_key == NULL)
    self->file_key = self->evidence->file_name
                     ? g_utf8_collate_key_for_filename (self->evidence->file_name, -1)
                     : g_strdup ("");
  return self->file_key;
}

/* What a search looks in, case-folded: title, reference, file and notes. */
const char *
gw_evidence_item_get_search_text (GwEvidenceItem *self)
{
  if (self->search_text == NULL)
    {
      const GwEvidence *e = self->evidence;
      g_autofree char *joined = g_strjoin ("\n", e->title ? e->title : "",
                                           e->reference ? e->reference : "",
                                           e->file_name ? e->file_name : "",
                                           e->notes ? e->notes : "", NULL);
      self->search_text = g_utf8_casefold (joined, -1);
    }
  return self->search_text;
}

/* Makes every key now, so that the first sort or search does not have to. */
void
gw_evidence_item_prepare_keys (GwEvidenceItem *self)
{
  g_return_if_fail (GW_IS_EVIDENCE_ITEM (self));

  gw_evidence_item_get_title_key (self);
  gw_evidence_item_get_reference_key (self);
  gw_evidence_item_get_file_key (self);
  gw_evidence_item_get_search_text (self);
}
