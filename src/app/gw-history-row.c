/* gw-history-row.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry of an assessment's change log, in people's words:
 * "Result: Not assessed → Conforming" over "Helen Okafor · 28 Nov 2026
 * 14:02". The change log stores field names and value ids (so it reads the
 * same in every language); this file turns them into translated labels.
 */

#define G_LOG_DOMAIN "gw-history-row"

#include "config.h"

#include <glib/gi18n.h>

#include "gw-history-row.h"
#include "gw-maturity-picker.h"

/* How much of a long text a history line quotes. */
#define QUOTE_LENGTH 80

struct _GwHistoryRow
{
  AdwActionRow  parent_instance;

  GwChange     *change;
};

G_DEFINE_FINAL_TYPE (GwHistoryRow, gw_history_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "result", N_("Result") },
    { "grade", N_("Finding grade") },
    { "maturity_current", N_("Current maturity") },
    { "maturity_target", N_("Target maturity") },
    { "finding", N_("Finding") },
    { "objective", N_("Objective") },
    { "justification", N_("Justification") },
    { "audit_method", N_("How audited") },
    /* a risk of the register */
    { "title", N_("Title") },
    { "threat", N_("Threat scenario") },
    { "vulnerability", N_("Vulnerability") },
    { "asset", N_("Asset at risk") },
    { "category", N_("Threat") },
    { "inherent", N_("Inherent rating") },
    { "residual", N_("Residual rating") },
    { "treatment", N_("Treatment") },
    { "owner", N_("Risk owner") },
    { "review_date", N_("Next review") },
    { "notes", N_("Notes") },
    /* a security measure */
    { "status", N_("Status") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].field, field) == 0)
      return _(labels[i].label);

  return field;
}

static gboolean
is_text_field (const char *field)
{
  static const char *const fields[] = {
    "finding", "objective", "justification", "audit_method", "title", "threat", "vulnerability", "notes",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (field, fields[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A quoted, shortened, single-line form of a long text. */
static char *
quote (const char *text)
{
  g_autofree char *line = g_strdup (text);
  g_autofree char *cut = NULL;

  g_strdelimit (line, "\r\n\t", ' ');
  g_strstrip (line);

  if (g_utf8_strlen (line, -1) > QUOTE_LENGTH)
    {
      cut = g_utf8_substring (line, 0, QUOTE_LENGTH);
      g_strchomp (cut);
      return g_strdup_printf (_("“%s…”"), cut);
    }

  return g_strdup_printf (_("“%s”"), line);
}

static char *
value_label (const char *field,
             const char *value)
{
  if (value == NULL || *value == '\0')
    return g_strdup (g_str_has_prefix (field, "maturity_") ? C_("history value", "not rated")
                                                           : C_("history value", "none"));

  if (g_strcmp0 (field, "result") == 0)
    {
      GwResult result;
      if (gw_result_from_id (value, &result))
        return g_strdup (gw_result_to_label (result));
    }
  else if (g_strcmp0 (field, "grade") == 0)
    {
      GwFindingGrade grade;
      if (gw_finding_grade_from_id (value, &grade))
        return g_strdup (gw_finding_grade_to_label (grade));
    }
  else if (g_strcmp0 (field, "asset") == 0)
    {
      GwRiskAsset asset;
      if (gw_risk_asset_from_id (value, &asset))
        return g_strdup (gw_risk_asset_to_label (asset));
    }
  else if (g_strcmp0 (field, "category") == 0)
    {
      GwThreatCategory category;
      if (gw_threat_category_from_id (value, &category))
        return g_strdup (gw_threat_category_to_label (category));
    }
  else if (g_strcmp0 (field, "treatment") == 0)
    {
      GwRiskTreatment treatment;
      if (gw_risk_treatment_from_id (value, &treatment))
        return g_strdup (gw_risk_treatment_to_label (treatment));
    }
  else if (g_strcmp0 (field, "status") == 0)
    {
      GwMeasureStatus status;
      if (gw_measure_status_from_id (value, &status))
        return g_strdup (gw_measure_status_to_label (status));
    }
  else if (g_strcmp0 (field, "inherent") == 0 || g_strcmp0 (field, "residual") == 0)
    /* Translators: a rating in the history, likelihood × impact, "4 × 5" */
    return g_strdup_printf (C_("history value", "%s (likelihood × impact)"), value);
  else if (g_str_has_prefix (field, "maturity_"))
    {
      int level = (int) g_ascii_strtoll (value, NULL, 10);
      /* Translators: a maturity level, such as "3 Defined" */
      return g_strdup_printf (C_("maturity level", "%d %s"), level, gw_maturity_level_to_label (level));
    }
  else if (is_text_field (field))
    return quote (value);

  return g_strdup (value);
}

/**
 * gw_change_describe:
 *
 * Returns: what a change-log entry changed, such as
 *   "Result: Not assessed → Conforming"
 */
char *
gw_change_describe (const GwChange *change)
{
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  const char *field;

  g_return_val_if_fail (change != NULL, NULL);

  /* A risk's own life and its links */
  if (g_strcmp0 (change->field, "created") == 0)
    /* Translators: a risk was added to the register, and its title */
    return g_strdup_printf (_("Recorded: %s"), change->new_value ? change->new_value : "");
  if (g_strcmp0 (change->field, "requirement") == 0 || g_strcmp0 (change->field, "action") == 0 ||
      g_strcmp0 (change->field, "measure") == 0)
    {
      gboolean linked = change->new_value != NULL && *change->new_value != '\0';
      const char *what = linked ? change->new_value : change->old_value;

      if (g_strcmp0 (change->field, "requirement") == 0)
        return g_strdup_printf (linked ? _("Requirement %s linked") : _("Requirement %s unlinked"), what);
      if (g_strcmp0 (change->field, "measure") == 0)
        return g_strdup_printf (linked ? _("Measure %s linked") : _("Measure %s unlinked"), what);
      return g_strdup_printf (linked ? _("Action “%s” linked") : _("Action “%s” unlinked"), what);
    }

  field = field_label (change->field);

  if (is_text_field (change->field))
    {
      gboolean had = change->old_value && *change->old_value;
      gboolean has = change->new_value && *change->new_value;

      if (!has)
        /* Translators: a text such as the finding was emptied */
        return g_strdup_printf (_("%s cleared"), field);

      new_value = value_label (change->field, change->new_value);
      if (!had)
        /* Translators: a text such as the finding was written, and what it says */
        return g_strdup_printf (_("%s written: %s"), field, new_value);

      /* Translators: a text such as the finding was changed, and what it now says */
      return g_strdup_printf (_("%s changed: %s"), field, new_value);
    }

  old_value = value_label (change->field, change->old_value);
  new_value = value_label (change->field, change->new_value);
  /* Translators: a changed field, its old and its new value */
  return g_strdup_printf (_("%s: %s → %s"), field, old_value, new_value);
}

/**
 * gw_change_format_time:
 * @changed_at: a change-log time, ISO 8601 in UTC
 *
 * Returns: the time in the user's time zone, such as "28 Nov 2026 14:02"
 */
char *
gw_change_format_time (const char *changed_at)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (changed_at == NULL)
    return g_strdup ("");

  utc = g_date_time_new_from_iso8601 (changed_at, NULL);
  if (utc == NULL)
    return g_strdup (changed_at);

  local = g_date_time_to_local (utc);
  /* Translators: the time of a change, see g_date_time_format() */
  return g_date_time_format (local, C_("history time", "%-d %b %Y %H:%M"));
}

/**
 * gw_change_format_meta:
 *
 * Returns: who made a change and when, such as "Helen Okafor · 28 Nov 2026 14:02"
 */
char *
gw_change_format_meta (const GwChange *change)
{
  g_autofree char *time = NULL;
  const char *author;

  g_return_val_if_fail (change != NULL, NULL);

  time = gw_change_format_time (change->changed_at);
  author = change->author && *change->author ? change->author : _("Unknown author");
  return g_strdup_printf ("%s · %s", author, time);
}

static void
update (GwHistoryRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->change == NULL)
    return;

  title = gw_change_describe (self->change);
  subtitle = gw_change_format_meta (self->change);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
gw_history_row_finalize (GObject *object)
{
  g_clear_pointer (&GW_HISTORY_ROW (object)->change, gw_change_free);

  G_OBJECT_CLASS (gw_history_row_parent_class)->finalize (object);
}

static void
gw_history_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CHANGE:
      g_value_set_boxed (value, GW_HISTORY_ROW (object)->change);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_history_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CHANGE:
      gw_history_row_set_change (GW_HISTORY_ROW (object), g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gw_history_row_class_init (GwHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gw_history_row_finalize;
  object_class->get_property = gw_history_row_get_property;
  object_class->set_property = gw_history_row_set_property;

  properties[PROP_CHANGE] =
    g_param_spec_boxed ("change", NULL, NULL, GW_TYPE_CHANGE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gw_history_row_init (GwHistoryRow *self)
{
  /* Values are user text: never parse them as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 3);
  gtk_widget_add_css_class (GTK_WIDGET (self), "gw-history-row");
}

GtkWidget *
gw_history_row_new (const GwChange *change)
{
  return g_object_new (GW_TYPE_HISTORY_ROW, "change", change, NULL);
}

const GwChange *
gw_history_row_get_change (GwHistoryRow *self)
{
  g_return_val_if_fail (GW_IS_HISTORY_ROW (self), NULL);
  return self->change;
}

void
gw_history_row_set_change (GwHistoryRow   *self,
                           const GwChange *change)
{
  g_return_if_fail (GW_IS_HISTORY_ROW (self));

  if (self->change == change)
    return;

  g_clear_pointer (&self->change, gw_change_free);
  if (change)
    self->change = gw_change_copy (change);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGE]);
}
