/* gw-risk-parse.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading risk matrices and the measure catalogue from XML (formats in
 * data/risk/README.md). Every problem is reported as "name:line: problem",
 * the same way as in a catalogue, so a consultant editing their own matrix
 * finds the line to fix.
 */

#define G_LOG_DOMAIN "gw-risk"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-catalogue.h"
#include "gw-markup-private.h"
#include "gw-risk-private.h"

typedef enum
{
  ELEMENT_NONE,
  ELEMENT_LIKELIHOOD,
  ELEMENT_IMPACT,
  ELEMENT_TITLE,
  ELEMENT_DESCRIPTION,
} Element;

typedef struct
{
  const char       *display_name;
  gboolean          seen_root;
  gboolean          in_root;
  Element           element;
  GString          *text;

  /* a matrix */
  GwRiskMatrix     *matrix;
  GwRiskScalePoint *point;
  int               point_line;

  /* a measure catalogue */
  GPtrArray        *measures;
  GHashTable       *refs;
  GwMeasure        *measure;
  int               measure_line;
} ParseState;

static void
set_located_error (GMarkupParseContext  *context,
                   ParseState           *state,
                   int                   line,
                   GError              **error,
                   const char           *message)
{
  _gw_markup_set_error (context, state->display_name, line, error, message);
}

static gboolean
collect_failed (GMarkupParseContext  *context,
                ParseState           *state,
                GError              **error)
{
  g_autoptr(GError) inner = g_steal_pointer (error);

  set_located_error (context, state, 0, error, inner->message);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
parse_int (const char *text,
           int         min,
           int         max,
           int        *result)
{
  gint64 value;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, min, max, &value, NULL))
    return FALSE;
  *result = (int) value;
  return TRUE;
}

static gboolean
is_colour (const char *text)
{
  if (text == NULL || strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

static void
start_matrix_element (GMarkupParseContext  *context,
                      ParseState           *state,
                      const char           *element,
                      const char          **names,
                      const char          **values,
                      GError              **error)
{
  if (!state->in_root)
    {
      const char *id = NULL, *name = NULL;

      if (!g_str_equal (element, "risk-matrix") || state->seen_root)
        {
          g_autofree char *message = g_strdup_printf (_("Unexpected element <%s>, a <risk-matrix> was expected"),
                                                      element);
          set_located_error (context, state, 0, error, message);
          return;
        }

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_STRING, "name", &name,
                                        G_MARKUP_COLLECT_INVALID))
        {
          collect_failed (context, state, error);
          return;
        }
      if (is_blank (id) || is_blank (name))
        {
          set_located_error (context, state, 0, error, _("The risk matrix needs a non-empty “id” and “name”"));
          return;
        }

      state->matrix->id = g_strdup (id);
      state->matrix->name = g_strdup (name);
      state->seen_root = state->in_root = TRUE;
      return;
    }

  if (state->element != ELEMENT_NONE)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected element <%s> inside a scale point"), element);
      set_located_error (context, state, 0, error, message);
      return;
    }

  if (g_str_equal (element, "likelihood") || g_str_equal (element, "impact"))
    {
      gboolean is_likelihood = g_str_equal (element, "likelihood");
      GPtrArray *scale = is_likelihood ? state->matrix->likelihood : state->matrix->impact;
      const char *value = NULL, *label = NULL;
      int number;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "value", &value,
                                        G_MARKUP_COLLECT_STRING, "label", &label,
                                        G_MARKUP_COLLECT_INVALID))
        {
          collect_failed (context, state, error);
          return;
        }

      if (!parse_int (value, 1, GW_RISK_MATRIX_MAX_SCALE, &number) || number != (int) scale->len + 1)
        {
          g_autofree char *message = NULL;

          /* Translators: "<likelihood> value “7” must be 3: points are numbered from 1 without gaps" */
          message = g_strdup_printf (_("<%s> value “%s” must be %u: points are numbered from 1 without gaps, "
                                       "up to %d"),
                                     element, value, scale->len + 1, GW_RISK_MATRIX_MAX_SCALE);
          set_located_error (context, state, 0, error, message);
          return;
        }
      if (is_blank (label))
        {
          g_autofree char *message = g_strdup_printf (_("<%s> %d needs a non-empty “label”"), element, number);
          set_located_error (context, state, 0, error, message);
          return;
        }

      state->point = g_new0 (GwRiskScalePoint, 1);
      state->point->value = number;
      state->point->label = g_strdup (label);
      g_ptr_array_add (scale, state->point);
      state->element = is_likelihood ? ELEMENT_LIKELIHOOD : ELEMENT_IMPACT;
      g_string_truncate (state->text, 0);
      return;
    }

  if (g_str_equal (element, "level"))
    {
      const char *id = NULL, *label = NULL, *colour = NULL, *min_score = NULL, *high = NULL;
      GPtrArray *levels = state->matrix->levels;
      GwRiskLevel *level;
      int score;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_STRING, "label", &label,
                                        G_MARKUP_COLLECT_STRING, "colour", &colour,
                                        G_MARKUP_COLLECT_STRING, "min-score", &min_score,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "high", &high,
                                        G_MARKUP_COLLECT_INVALID))
        {
          collect_failed (context, state, error);
          return;
        }

      if (is_blank (id) || is_blank (label))
        {
          set_located_error (context, state, 0, error, _("A <level> needs a non-empty “id” and “label”"));
          return;
        }
      for (guint i = 0; i < levels->len; i++)
        {
          if (g_str_equal (((GwRiskLevel *) g_ptr_array_index (levels, i))->id, id))
            {
              g_autofree char *message = g_strdup_printf (_("The level id “%s” is used twice"), id);
              set_located_error (context, state, 0, error, message);
              return;
            }
        }
      if (!is_colour (colour))
        {
          g_autofree char *message = g_strdup_printf (_("The colour “%s” of level “%s” is not of the form #rrggbb"),
                                                      colour, id);
          set_located_error (context, state, 0, error, message);
          return;
        }
      if (!parse_int (min_score, 1, GW_RISK_MATRIX_MAX_SCALE * GW_RISK_MATRIX_MAX_SCALE, &score))
        {
          g_autofree char *message = g_strdup_printf (_("The min-score “%s” of level “%s” is not a whole number "
                                                        "from 1 to %d"),
                                                      min_score, id,
                                                      GW_RISK_MATRIX_MAX_SCALE * GW_RISK_MATRIX_MAX_SCALE);
          set_located_error (context, state, 0, error, message);
          return;
        }
      if (levels->len == 0 && score != 1)
        {
          g_autofree char *message = g_strdup_printf (_("The first level “%s” must start at min-score 1, "
                                                        "so that every rating has a level"), id);
          set_located_error (context, state, 0, error, message);
          return;
        }
      if (levels->len > 0 &&
          score <= ((GwRiskLevel *) g_ptr_array_index (levels, levels->len - 1))->min_score)
        {
          g_autofree char *message = g_strdup_printf (_("The min-score %d of level “%s” must be higher than the "
                                                        "level before it: levels go from the lowest up"),
                                                      score, id);
          set_located_error (context, state, 0, error, message);
          return;
        }
      if (high != NULL && !g_str_equal (high, "true") && !g_str_equal (high, "false"))
        {
          g_autofree char *message = g_strdup_printf (_("“high” must be true or false, not “%s”"), high);
          set_located_error (context, state, 0, error, message);
          return;
        }

      level = g_new0 (GwRiskLevel, 1);
      level->id = g_strdup (id);
      level->label = g_strdup (label);
      level->colour = g_ascii_strdown (colour, -1);
      level->min_score = score;
      level->high = g_strcmp0 (high, "true") == 0;
      g_ptr_array_add (levels, level);
      return;
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown element <%s> in a risk matrix"), element);
    set_located_error (context, state, 0, error, message);
  }
}

static void
start_measures_element (GMarkupParseContext  *context,
                        ParseState           *state,
                        const char           *element,
                        const char          **names,
                        const char          **values,
                        GError              **error)
{
  if (!state->in_root)
    {
      const char *id = NULL, *revision = NULL;

      if (!g_str_equal (element, "measures") || state->seen_root)
        {
          g_autofree char *message = g_strdup_printf (_("Unexpected element <%s>, <measures> was expected"),
                                                      element);
          set_located_error (context, state, 0, error, message);
          return;
        }
      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "revision", &revision,
                                        G_MARKUP_COLLECT_INVALID))
        {
          collect_failed (context, state, error);
          return;
        }
      state->seen_root = state->in_root = TRUE;
      return;
    }

  if (state->measure == NULL && g_str_equal (element, "measure"))
    {
      const char *ref = NULL, *domain = NULL;
      GwMeasureDomain value;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "ref", &ref,
                                        G_MARKUP_COLLECT_STRING, "domain", &domain,
                                        G_MARKUP_COLLECT_INVALID))
        {
          collect_failed (context, state, error);
          return;
        }
      if (is_blank (ref))
        {
          set_located_error (context, state, 0, error, _("A <measure> needs a non-empty “ref”"));
          return;
        }
      if (g_hash_table_contains (state->refs, ref))
        {
          g_autofree char *message = g_strdup_printf (_("The measure ref “%s” is used twice"), ref);
          set_located_error (context, state, 0, error, message);
          return;
        }
      if (!gw_measure_domain_from_id (domain, &value))
        {
          g_autofree char *message = g_strdup_printf (_("Unknown measure domain “%s”"), domain);
          set_located_error (context, state, 0, error, message);
          return;
        }

      state->measure = g_new0 (GwMeasure, 1);
      state->measure->ref = g_strdup (ref);
      state->measure->domain = value;
      state->measure->status = GW_MEASURE_STATUS_NOT_ASSESSED;
      state->measure_line = _gw_markup_element_line (context);
      g_hash_table_add (state->refs, g_strdup (ref));
      return;
    }

  if (state->measure != NULL && state->element == ELEMENT_NONE &&
      (g_str_equal (element, "title") || g_str_equal (element, "description")))
    {
      if (!g_markup_collect_attributes (element, names, values, error, G_MARKUP_COLLECT_INVALID, NULL))
        {
          collect_failed (context, state, error);
          return;
        }
      state->element = g_str_equal (element, "title") ? ELEMENT_TITLE : ELEMENT_DESCRIPTION;
      g_string_truncate (state->text, 0);
      return;
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unexpected element <%s> in a measure catalogue"), element);
    set_located_error (context, state, 0, error, message);
  }
}

static void
parse_start_element (GMarkupParseContext  *context,
                     const char           *element,
                     const char          **names,
                     const char          **values,
                     gpointer              user_data,
                     GError              **error)
{
  ParseState *state = user_data;

  if (state->matrix != NULL)
    start_matrix_element (context, state, element, names, values, error);
  else
    start_measures_element (context, state, element, names, values, error);
}

static char *
collapse_text (GString *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text->str));
  g_auto(GStrv) words = g_strsplit_set (stripped, " \t\n\r", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  for (guint i = 0; words[i]; i++)
    if (*words[i])
      g_strv_builder_add (builder, words[i]);
  kept = g_strv_builder_end (builder);
  return *kept ? g_strjoinv (" ", kept) : NULL;
}

static void
parse_end_element (GMarkupParseContext  *context,
                   const char           *element,
                   gpointer              user_data,
                   GError              **error)
{
  ParseState *state = user_data;

  switch (state->element)
    {
    case ELEMENT_LIKELIHOOD:
    case ELEMENT_IMPACT:
      state->point->description = collapse_text (state->text);
      state->point = NULL;
      state->element = ELEMENT_NONE;
      return;

    case ELEMENT_TITLE:
      g_free (state->measure->title);
      state->measure->title = collapse_text (state->text);
      state->element = ELEMENT_NONE;
      return;

    case ELEMENT_DESCRIPTION:
      g_free (state->measure->description);
      state->measure->description = collapse_text (state->text);
      state->element = ELEMENT_NONE;
      return;

    case ELEMENT_NONE:
    default:
      break;
    }

  if (state->measure != NULL && g_str_equal (element, "measure"))
    {
      if (state->measure->title == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("The measure “%s” has no <title>"), state->measure->ref);
          set_located_error (context, state, state->measure_line, error, message);
          return;
        }
      g_ptr_array_add (state->measures, g_steal_pointer (&state->measure));
      return;
    }

  if (g_str_equal (element, "risk-matrix") || g_str_equal (element, "measures"))
    state->in_root = FALSE;
}

static void
parse_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 text_len,
            gpointer              user_data,
            GError              **error)
{
  ParseState *state = user_data;

  if (state->element != ELEMENT_NONE)
    {
      g_string_append_len (state->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          int line = 0, column = 0;

          /* GMarkup is past the text: count back to the line it starts on. */
          g_markup_parse_context_get_position (context, &line, &column);
          for (gsize j = i; j < text_len; j++)
            if (text[j] == '\n')
              line--;
          set_located_error (context, state, MAX (line, 1), error, _("Text is not allowed here"));
          return;
        }
    }
}

static const GMarkupParser parser = {
  parse_start_element,
  parse_end_element,
  parse_text,
  NULL,
  NULL,
};

static gboolean
run_parser (ParseState  *state,
            GBytes      *bytes,
            GError     **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (data == NULL || !g_utf8_validate (data, size, NULL))
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: the file is not valid UTF-8 text"), state->display_name);
      return FALSE;
    }

  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, state, NULL);
  if (!g_markup_parse_context_parse (context, data, size, &parse_error) ||
      !g_markup_parse_context_end_parse (context, &parse_error))
    {
      if (parse_error->domain == GW_CATALOGUE_ERROR)
        g_propagate_error (error, g_steal_pointer (&parse_error));
      else
        g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                     "%s: %s", state->display_name, parse_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_matrix (GwRiskMatrix  *matrix,
                 const char    *display_name,
                 GError       **error)
{
  int largest;
  GwRiskLevel *top;

  if (matrix->likelihood->len < 2 || matrix->impact->len < 2)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: a risk matrix needs at least 2 points of likelihood and 2 of impact"), display_name);
      return FALSE;
    }
  if (matrix->levels->len < 2)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: a risk matrix needs at least 2 levels"), display_name);
      return FALSE;
    }

  largest = (int) (matrix->likelihood->len * matrix->impact->len);
  top = g_ptr_array_index (matrix->levels, matrix->levels->len - 1);
  if (top->min_score > largest)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: the level “%s” starts at %d, above the largest score of this matrix (%d), "
                     "so no rating could reach it"),
                   display_name, top->id, top->min_score, largest);
      return FALSE;
    }

  return TRUE;
}

/* Fills @matrix from @bytes and checks it as a whole. */
gboolean
_gw_risk_parse_matrix (GBytes        *bytes,
                       const char    *name,
                       GwRiskMatrix  *matrix,
                       GError       **error)
{
  ParseState state = { 0 };
  gboolean ok;

  state.display_name = name ? name : "risk matrix";
  state.text = g_string_new (NULL);
  state.matrix = matrix;

  ok = run_parser (&state, bytes, error);
  g_string_free (state.text, TRUE);
  if (!ok)
    return FALSE;

  if (!state.seen_root)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: the file holds no <risk-matrix> element"), state.display_name);
      return FALSE;
    }

  return validate_matrix (matrix, state.display_name, error);
}

GPtrArray *
_gw_risk_parse_measures (GBytes      *bytes,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func ((GDestroyNotify) gw_measure_free);
  g_autoptr(GHashTable) refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ParseState state = { 0 };
  gboolean ok;

  state.display_name = name ? name : "measures";
  state.text = g_string_new (NULL);
  state.measures = measures;
  state.refs = refs;

  ok = run_parser (&state, bytes, error);
  g_string_free (state.text, TRUE);
  g_clear_pointer (&state.measure, gw_measure_free);
  if (!ok)
    return NULL;

  if (!state.seen_root || measures->len == 0)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: the file holds no security measures"), state.display_name);
      return NULL;
    }

  return g_steal_pointer (&measures);
}
