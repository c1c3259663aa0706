/* gw-risk.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Risk matrices and the security-measure catalogue, both read from XML
 * (formats in data/risk/README.md), and the records of the risk register.
 * Every problem in a definition is reported as "name:line: problem", the
 * same way as in a catalogue, so a consultant editing their own matrix
 * finds the line to fix.
 */

#define G_LOG_DOMAIN "gw-risk"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-catalogue.h"
#include "gw-risk.h"

#define RISK_DATA_PATH "/io/github/gapwise/Gapwise/risk"

struct _GwRiskMatrix
{
  char        *id;
  char        *name;
  GBytes      *definition;
  GPtrArray   *likelihood;  /* GwRiskScalePoint, index = value - 1 */
  GPtrArray   *impact;
  GPtrArray   *levels;      /* GwRiskLevel, lowest first */
};

static void
scale_point_free (GwRiskScalePoint *point)
{
  g_free (point->label);
  g_free (point->description);
  g_free (point);
}

static void
level_free (GwRiskLevel *level)
{
  g_free (level->id);
  g_free (level->label);
  g_free (level->colour);
  g_free (level);
}

static GwRiskMatrix *
gw_risk_matrix_alloc (void)
{
  GwRiskMatrix *self = g_atomic_rc_box_new0 (GwRiskMatrix);

  self->likelihood = g_ptr_array_new_with_free_func ((GDestroyNotify) scale_point_free);
  self->impact = g_ptr_array_new_with_free_func ((GDestroyNotify) scale_point_free);
  self->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) level_free);
  return self;
}

static void
gw_risk_matrix_clear (GwRiskMatrix *self)
{
  g_free (self->id);
  g_free (self->name);
  g_clear_pointer (&self->definition, g_bytes_unref);
  g_ptr_array_unref (self->likelihood);
  g_ptr_array_unref (self->impact);
  g_ptr_array_unref (self->levels);
}

GwRiskMatrix *
gw_risk_matrix_ref (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
gw_risk_matrix_unref (GwRiskMatrix *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) gw_risk_matrix_clear);
}

G_DEFINE_BOXED_TYPE (GwRiskMatrix, gw_risk_matrix, gw_risk_matrix_ref, gw_risk_matrix_unref)

/* Parsing ---------------------------------------------------------------- */

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

static int
element_line (GMarkupParseContext *context)
{
  int line = 0, column = 0;

  g_markup_parse_context_get_position (context, &line, &column);
  if (column <= 1 && line > 1)
    line--;
  return line;
}

static void
set_located_error (GMarkupParseContext  *context,
                   ParseState           *state,
                   int                   line,
                   GError              **error,
                   const char           *message)
{
  g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
               "%s:%d: %s", state->display_name,
               line > 0 ? line : element_line (context), message);
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
      state->measure_line = element_line (context);
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

/**
 * gw_risk_matrix_new_from_bytes:
 * @bytes: the XML definition
 * @name: the name used in error messages, usually the file name
 *
 * Errors are %GW_CATALOGUE_ERROR_INVALID with a message "name:line: problem".
 */
GwRiskMatrix *
gw_risk_matrix_new_from_bytes (GBytes      *bytes,
                               const char  *name,
                               GError     **error)
{
  g_autoptr(GwRiskMatrix) matrix = gw_risk_matrix_alloc ();
  ParseState state = { 0 };
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);

  state.display_name = name ? name : "risk matrix";
  state.text = g_string_new (NULL);
  state.matrix = matrix;

  ok = run_parser (&state, bytes, error);
  g_string_free (state.text, TRUE);
  if (!ok)
    return NULL;

  if (!state.seen_root)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: the file holds no <risk-matrix> element"), state.display_name);
      return NULL;
    }
  if (!validate_matrix (matrix, state.display_name, error))
    return NULL;

  matrix->definition = g_bytes_ref (bytes);
  return g_steal_pointer (&matrix);
}

GwRiskMatrix *
gw_risk_matrix_new_from_file (GFile   *file,
                              GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return gw_risk_matrix_new_from_bytes (bytes, name, error);
}

/**
 * gw_risk_matrix_new_builtin:
 * @id: "5x5", "4x4" or "3x3"
 */
GwRiskMatrix *
gw_risk_matrix_new_builtin (const char  *id,
                            GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  name = g_strconcat ("matrix-", id, ".xml", NULL);
  path = g_build_path ("/", RISK_DATA_PATH, name, NULL);
  if (strchr (id, '/') == NULL)
    bytes = g_resources_lookup_data (path, 0, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_NOT_FOUND,
                   _("There is no built-in risk matrix called “%s”"), id);
      return NULL;
    }

  return gw_risk_matrix_new_from_bytes (bytes, name, error);
}

static int
compare_matrix_ids (gconstpointer a,
                    gconstpointer b)
{
  const char *x = *(char * const *) a, *y = *(char * const *) b;

  /* "5x5" first: the default, then the smaller ones */
  return -g_strcmp0 (x, y);
}

/**
 * gw_risk_matrix_list_builtin:
 *
 * Returns: (transfer full): the ids of the built-in matrices, the default
 *   first
 */
char **
gw_risk_matrix_list_builtin (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RISK_DATA_PATH, 0, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; names && names[i]; i++)
    {
      if (g_str_has_prefix (names[i], "matrix-") && g_str_has_suffix (names[i], ".xml"))
        {
          g_autofree char *id = g_strndup (names[i] + strlen ("matrix-"),
                                           strlen (names[i]) - strlen ("matrix-") - strlen (".xml"));
          g_strv_builder_add (builder, id);
        }
    }

  result = g_strv_builder_end (builder);
  qsort (result, g_strv_length (result), sizeof (char *), compare_matrix_ids);
  return result;
}

const char *
gw_risk_matrix_get_id (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

const char *
gw_risk_matrix_get_name (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

/**
 * gw_risk_matrix_get_definition:
 *
 * Returns: (transfer none): the XML the matrix was read from, which an
 *   audit keeps so that it reads the same everywhere
 */
GBytes *
gw_risk_matrix_get_definition (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->definition;
}

int
gw_risk_matrix_get_n_likelihood (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return (int) self->likelihood->len;
}

int
gw_risk_matrix_get_n_impact (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return (int) self->impact->len;
}

const GwRiskScalePoint *
gw_risk_matrix_get_likelihood (GwRiskMatrix *self,
                               int           value)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (value < 1 || value > (int) self->likelihood->len)
    return NULL;
  return g_ptr_array_index (self->likelihood, value - 1);
}

const GwRiskScalePoint *
gw_risk_matrix_get_impact (GwRiskMatrix *self,
                           int           value)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (value < 1 || value > (int) self->impact->len)
    return NULL;
  return g_ptr_array_index (self->impact, value - 1);
}

guint
gw_risk_matrix_get_n_levels (GwRiskMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->levels->len;
}

const GwRiskLevel *
gw_risk_matrix_get_level (GwRiskMatrix *self,
                          guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);
  return g_ptr_array_index (self->levels, index);
}

/**
 * gw_risk_matrix_is_valid_rating:
 *
 * Whether @likelihood and @impact are both points of this matrix, or both
 * %GW_RISK_UNRATED. A rating with only one of the two is not valid.
 */
gboolean
gw_risk_matrix_is_valid_rating (GwRiskMatrix *self,
                                int           likelihood,
                                int           impact)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (likelihood == GW_RISK_UNRATED && impact == GW_RISK_UNRATED)
    return TRUE;

  return likelihood >= 1 && likelihood <= (int) self->likelihood->len &&
         impact >= 1 && impact <= (int) self->impact->len;
}

/**
 * gw_risk_matrix_score:
 *
 * Returns: likelihood × impact, or 0 for a rating not made or not on this
 *   matrix
 */
int
gw_risk_matrix_score (GwRiskMatrix *self,
                      int           likelihood,
                      int           impact)
{
  g_return_val_if_fail (self != NULL, 0);

  if (likelihood == GW_RISK_UNRATED || !gw_risk_matrix_is_valid_rating (self, likelihood, impact))
    return 0;
  return likelihood * impact;
}

/**
 * gw_risk_matrix_level_index:
 *
 * Returns: the index of the rating's level (0 for the lowest), or -1 for a
 *   rating not made
 */
int
gw_risk_matrix_level_index (GwRiskMatrix *self,
                            int           likelihood,
                            int           impact)
{
  int score = gw_risk_matrix_score (self, likelihood, impact);

  if (score == 0)
    return -1;

  for (int i = (int) self->levels->len - 1; i >= 0; i--)
    if (score >= ((GwRiskLevel *) g_ptr_array_index (self->levels, i))->min_score)
      return i;

  return 0;
}

const GwRiskLevel *
gw_risk_matrix_rate (GwRiskMatrix *self,
                     int           likelihood,
                     int           impact)
{
  int index = gw_risk_matrix_level_index (self, likelihood, impact);

  return index < 0 ? NULL : g_ptr_array_index (self->levels, index);
}

/**
 * gw_risk_matrix_count:
 * @risks: (element-type GwRisk)
 * @residual: count the residual ratings rather than the inherent ones
 *
 * The heat map: how many risks sit in each cell.
 *
 * Returns: (transfer full): n_likelihood × n_impact counts; the cell of
 *   likelihood l and impact i is at (l - 1) × n_impact + (i - 1)
 */
guint *
gw_risk_matrix_count (GwRiskMatrix *matrix,
                      GPtrArray    *risks,
                      gboolean      residual)
{
  int n_impact = gw_risk_matrix_get_n_impact (matrix);
  guint *counts = g_new0 (guint, gw_risk_matrix_get_n_likelihood (matrix) * n_impact);

  for (guint i = 0; risks && i < risks->len; i++)
    {
      const GwRisk *risk = g_ptr_array_index (risks, i);
      int l = residual ? risk->residual_likelihood : risk->inherent_likelihood;
      int m = residual ? risk->residual_impact : risk->inherent_impact;

      if (gw_risk_matrix_score (matrix, l, m) > 0)
        counts[(l - 1) * n_impact + (m - 1)]++;
    }

  return counts;
}

/* Measure catalogue ------------------------------------------------------ */

static GPtrArray *
parse_measures (GBytes      *bytes,
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

/**
 * gw_measure_catalogue_new_from_bytes:
 *
 * Returns: (transfer full) (element-type GwMeasure): the measures, in
 *   catalogue order, with id 0 and status not assessed
 */
GPtrArray *
gw_measure_catalogue_new_from_bytes (GBytes      *bytes,
                                     const char  *name,
                                     GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  return parse_measures (bytes, name, error);
}

GPtrArray *
gw_measure_catalogue_new_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RISK_DATA_PATH "/measures.xml", 0, error);

  if (bytes == NULL)
    return NULL;
  return parse_measures (bytes, "measures.xml", error);
}

/* Records ---------------------------------------------------------------- */

GwRisk *
gw_risk_new (const char *title)
{
  GwRisk *risk = g_new0 (GwRisk, 1);

  risk->title = g_strdup (title);
  risk->asset = GW_RISK_ASSET_FACILITY;
  risk->category = GW_THREAT_OTHER;
  risk->treatment = GW_RISK_TREATMENT_UNDECIDED;
  return risk;
}

GwRisk *
gw_risk_copy (const GwRisk *risk)
{
  GwRisk *copy;

  g_return_val_if_fail (risk != NULL, NULL);

  copy = g_memdup2 (risk, sizeof *risk);
  copy->title = g_strdup (risk->title);
  copy->threat = g_strdup (risk->threat);
  copy->vulnerability = g_strdup (risk->vulnerability);
  copy->owner = g_strdup (risk->owner);
  copy->review_date = g_strdup (risk->review_date);
  copy->notes = g_strdup (risk->notes);
  copy->created_at = g_strdup (risk->created_at);
  return copy;
}

void
gw_risk_free (GwRisk *risk)
{
  if (risk == NULL)
    return;

  g_free (risk->title);
  g_free (risk->threat);
  g_free (risk->vulnerability);
  g_free (risk->owner);
  g_free (risk->review_date);
  g_free (risk->notes);
  g_free (risk->created_at);
  g_free (risk);
}

/**
 * gw_risk_is_high:
 *
 * Whether the risk's inherent rating, before any treatment, is at a level
 * the matrix marks as high.
 */
gboolean
gw_risk_is_high (const GwRisk *risk,
                 GwRiskMatrix *matrix)
{
  const GwRiskLevel *level;

  g_return_val_if_fail (risk != NULL, FALSE);
  g_return_val_if_fail (matrix != NULL, FALSE);

  level = gw_risk_matrix_rate (matrix, risk->inherent_likelihood, risk->inherent_impact);
  return level != NULL && level->high;
}

GwMeasure *
gw_measure_copy (const GwMeasure *measure)
{
  GwMeasure *copy;

  g_return_val_if_fail (measure != NULL, NULL);

  copy = g_memdup2 (measure, sizeof *measure);
  copy->ref = g_strdup (measure->ref);
  copy->title = g_strdup (measure->title);
  copy->description = g_strdup (measure->description);
  copy->notes = g_strdup (measure->notes);
  return copy;
}

void
gw_measure_free (GwMeasure *measure)
{
  if (measure == NULL)
    return;

  g_free (measure->ref);
  g_free (measure->title);
  g_free (measure->description);
  g_free (measure->notes);
  g_free (measure);
}

/* A measure counts as in place when it is implemented, or when it does not
 * apply to the organisation (so it cannot leave a risk open). */
gboolean
gw_measure_is_in_place (const GwMeasure *measure)
{
  g_return_val_if_fail (measure != NULL, FALSE);
  return measure->status == GW_MEASURE_STATUS_IN_PLACE ||
         measure->status == GW_MEASURE_STATUS_NOT_APPLICABLE;
}

G_DEFINE_BOXED_TYPE (GwRisk, gw_risk, gw_risk_copy, gw_risk_free)
G_DEFINE_BOXED_TYPE (GwMeasure, gw_measure, gw_measure_copy, gw_measure_free)
