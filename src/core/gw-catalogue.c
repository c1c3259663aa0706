/* gw-catalogue.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A catalogue is the clause tree and the questions of one standard. It is
 * read from the XML format described in data/standards/README.md, either
 * from the built-in GResource or from a file a user imports. An audit copies
 * its catalogue into the audit file at creation, so this module is only
 * needed when an audit is created or a catalogue is checked.
 *
 * Every problem in a catalogue file is reported with the file name and line,
 * because the people who write catalogues are auditors with a text editor.
 */

#define G_LOG_DOMAIN "gw-catalogue"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gw-catalogue.h"
#include "gw-markup-private.h"

#define STANDARDS_PATH RESOURCE_BASE "/standards"

struct _GwCatalogue
{
  GObject     parent_instance;

  char       *id;
  char       *standard;
  char       *title;
  char       *revision;
  char       *description;

  GPtrArray  *clauses;       /* GwCatalogueClause */
  GPtrArray  *requirements;  /* GwCatalogueRequirement */
  GHashTable *clause_index;  /* number → GwCatalogueClause, borrowed */
  GHashTable *refs;          /* set of requirement refs, borrowed */
};

G_DEFINE_FINAL_TYPE (GwCatalogue, gw_catalogue, G_TYPE_OBJECT)

G_DEFINE_QUARK (gw-catalogue-error-quark, gw_catalogue_error)

static void
clause_free (gpointer data)
{
  GwCatalogueClause *clause = data;

  g_free (clause->number);
  g_free (clause->parent);
  g_free (clause->title);
  g_free (clause->intent);
  g_free (clause);
}

static void
requirement_free (gpointer data)
{
  GwCatalogueRequirement *req = data;

  g_free (req->ref);
  g_free (req->clause);
  g_free (req->question);
  g_free (req->guidance);
  g_free (req->evidence);
  g_free (req);
}

static gboolean
is_clause_number (const char *number)
{
  gboolean want_digit = TRUE;

  if (number == NULL || *number == '\0')
    return FALSE;

  for (const char *p = number; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        want_digit = FALSE;
      else if (*p == '.' && !want_digit)
        want_digit = TRUE;
      else
        return FALSE;
    }

  return !want_digit;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

static void
gw_catalogue_finalize (GObject *object)
{
  GwCatalogue *self = GW_CATALOGUE (object);

  g_clear_pointer (&self->clause_index, g_hash_table_unref);
  g_clear_pointer (&self->refs, g_hash_table_unref);
  g_clear_pointer (&self->clauses, g_ptr_array_unref);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_free (self->id);
  g_free (self->standard);
  g_free (self->title);
  g_free (self->revision);
  g_free (self->description);

  G_OBJECT_CLASS (gw_catalogue_parent_class)->finalize (object);
}

static void
gw_catalogue_class_init (GwCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gw_catalogue_finalize;
}

static void
gw_catalogue_init (GwCatalogue *self)
{
  self->clauses = g_ptr_array_new_with_free_func (clause_free);
  self->requirements = g_ptr_array_new_with_free_func (requirement_free);
  self->clause_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->refs = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * gw_catalogue_new:
 *
 * Creates an empty catalogue, to be filled with gw_catalogue_add_clause()
 * and gw_catalogue_add_requirement(). The XML parser and the synthetic audit
 * generator both build catalogues this way, so both get the same checks.
 */
GwCatalogue *
gw_catalogue_new (const char *id,
                  const char *standard,
                  const char *title,
                  const char *revision)
{
  GwCatalogue *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (standard != NULL, NULL);

  self = g_object_new (GW_TYPE_CATALOGUE, NULL);
  self->id = g_strdup (id);
  self->standard = g_strdup (standard);
  self->title = g_strdup (title ? title : standard);
  self->revision = g_strdup (revision ? revision : "1");

  return self;
}

gboolean
gw_catalogue_add_clause (GwCatalogue  *self,
                         const char   *number,
                         const char   *parent,
                         const char   *title,
                         const char   *intent,
                         gboolean      informative,
                         GError      **error)
{
  GwCatalogueClause *clause;
  GwCatalogueClause *parent_clause = NULL;

  g_return_val_if_fail (GW_IS_CATALOGUE (self), FALSE);

  if (!is_clause_number (number))
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("“%s” is not a clause number (expected digits separated by dots, such as 8.6.2)"),
                   number ? number : "");
      return FALSE;
    }

  if (g_hash_table_contains (self->clause_index, number))
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("Clause %s is defined twice"), number);
      return FALSE;
    }

  if (is_blank (title))
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("Clause %s has no title"), number);
      return FALSE;
    }

  if (parent != NULL)
    {
      parent_clause = g_hash_table_lookup (self->clause_index, parent);
      if (parent_clause == NULL)
        {
          g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                       _("Clause %s names an unknown parent clause “%s” (a parent must be defined before its children)"),
                       number, parent);
          return FALSE;
        }

      if (!g_str_has_prefix (number, parent) || number[strlen (parent)] != '.')
        {
          g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                       _("Clause %s cannot be a child of clause %s: its number must start with “%s.”"),
                       number, parent, parent);
          return FALSE;
        }
    }

  clause = g_new0 (GwCatalogueClause, 1);
  clause->number = g_strdup (number);
  clause->parent = g_strdup (parent);
  clause->title = g_strstrip (g_strdup (title));
  clause->intent = g_strdup (intent);
  clause->informative = informative || (parent_clause && parent_clause->informative);
  clause->depth = parent_clause ? parent_clause->depth + 1 : 0;

  g_ptr_array_add (self->clauses, clause);
  g_hash_table_insert (self->clause_index, clause->number, clause);

  return TRUE;
}

gboolean
gw_catalogue_add_requirement (GwCatalogue   *self,
                              const char    *ref,
                              const char    *clause,
                              const char    *question,
                              const char    *guidance,
                              const char    *evidence,
                              GwDocumented   documented,
                              gboolean       informative,
                              GError       **error)
{
  GwCatalogueRequirement *req;
  GwCatalogueClause *owner;

  g_return_val_if_fail (GW_IS_CATALOGUE (self), FALSE);

  if (is_blank (ref))
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("A requirement has no “ref”"));
      return FALSE;
    }

  if (g_hash_table_contains (self->refs, ref))
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("Duplicate requirement ref “%s”"), ref);
      return FALSE;
    }

  owner = clause ? g_hash_table_lookup (self->clause_index, clause) : NULL;
  if (owner == NULL)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("Requirement “%s” belongs to an unknown clause “%s”"),
                   ref, clause ? clause : "");
      return FALSE;
    }

  if (is_blank (question))
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("Requirement “%s” has no question"), ref);
      return FALSE;
    }

  req = g_new0 (GwCatalogueRequirement, 1);
  req->ref = g_strdup (ref);
  req->clause = g_strdup (clause);
  req->question = g_strdup (question);
  req->guidance = g_strdup (guidance ? guidance : "");
  req->evidence = g_strdup (evidence ? evidence : "");
  req->documented = documented;
  req->informative = informative || owner->informative;

  g_ptr_array_add (self->requirements, req);
  g_hash_table_add (self->refs, req->ref);

  return TRUE;
}

/* XML parsing ----------------------------------------------------------- */

typedef enum
{
  FIELD_NONE,
  FIELD_DESCRIPTION,
  FIELD_INTENT,
  FIELD_QUESTION,
  FIELD_GUIDANCE,
  FIELD_EVIDENCE,
} Field;

typedef struct
{
  GwCatalogue *catalogue;
  const char  *display_name;

  gboolean     in_catalogue;
  gboolean     seen_root;

  /* the clause being read */
  char        *clause_number;
  char        *clause_parent;
  char        *clause_title;
  char        *clause_intent;
  gboolean     clause_informative;
  int          clause_line;

  /* the requirement being read */
  gboolean     in_requirement;
  char        *req_ref;
  GwDocumented req_documented;
  gboolean     req_informative;
  char        *req_question;
  char        *req_guidance;
  char        *req_evidence;
  int          req_line;

  Field        field;
  GString     *text;
} ParseState;

static void
parse_state_clear_clause (ParseState *state)
{
  g_clear_pointer (&state->clause_number, g_free);
  g_clear_pointer (&state->clause_parent, g_free);
  g_clear_pointer (&state->clause_title, g_free);
  g_clear_pointer (&state->clause_intent, g_free);
}

static void
parse_state_clear_requirement (ParseState *state)
{
  state->in_requirement = FALSE;
  g_clear_pointer (&state->req_ref, g_free);
  g_clear_pointer (&state->req_question, g_free);
  g_clear_pointer (&state->req_guidance, g_free);
  g_clear_pointer (&state->req_evidence, g_free);
}

/* Catalogue text is wrapped and indented in the XML; what the auditor reads is
 * the words, so every run of white space becomes one space. */
static char *
normalise_text (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * _gw_markup_element_line:
 *
 * The line of the element GMarkup has just read. GMarkup reports the
 * position after a start tag, which is the beginning of the next line when
 * the tag ends its line; the element is on the line before.
 */
int
_gw_markup_element_line (GMarkupParseContext *context)
{
  int line = 0, column = 0;

  g_markup_parse_context_get_position (context, &line, &column);
  if (column <= 1 && line > 1)
    line--;
  return line;
}

/**
 * _gw_markup_set_error:
 * @line: the line of the problem, or 0 for the element just read
 *
 * Sets a %GW_CATALOGUE_ERROR_INVALID error "name:line: message", the form
 * of every problem found in a catalogue, matrix or measure file.
 */
void
_gw_markup_set_error (GMarkupParseContext  *context,
                      const char           *name,
                      int                   line,
                      GError              **error,
                      const char           *message)
{
  g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
               "%s:%d: %s", name, line > 0 ? line : _gw_markup_element_line (context), message);
}

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
parse_boolean (const char *value,
               gboolean   *result)
{
  if (value == NULL)
    *result = FALSE;
  else if (g_str_equal (value, "true"))
    *result = TRUE;
  else if (g_str_equal (value, "false"))
    *result = FALSE;
  else
    return FALSE;

  return TRUE;
}

static void
start_catalogue (GMarkupParseContext  *context,
                 ParseState           *state,
                 const char          **names,
                 const char          **values,
                 GError              **error)
{
  const char *id = NULL, *standard = NULL, *title = NULL, *revision = NULL, *language = NULL;

  if (!g_markup_collect_attributes ("catalogue", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "standard", &standard,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "title", &title,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "revision", &revision,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "language", &language,
                                    G_MARKUP_COLLECT_INVALID))
    {
      g_autoptr(GError) inner = g_steal_pointer (error);
      set_located_error (context, state, 0, error, inner->message);
      return;
    }

  if (is_blank (id) || is_blank (standard))
    {
      set_located_error (context, state, 0, error,
                         _("The catalogue needs a non-empty “id” and “standard”"));
      return;
    }

  state->catalogue = gw_catalogue_new (id, standard, title, revision);
  state->in_catalogue = TRUE;
  state->seen_root = TRUE;
}

static void
start_clause (GMarkupParseContext  *context,
              ParseState           *state,
              const char          **names,
              const char          **values,
              GError              **error)
{
  const char *number = NULL, *parent = NULL, *title = NULL, *informative = NULL;

  if (!g_markup_collect_attributes ("clause", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "number", &number,
                                    G_MARKUP_COLLECT_STRING, "title", &title,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "parent", &parent,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "informative", &informative,
                                    G_MARKUP_COLLECT_INVALID))
    {
      g_autoptr(GError) inner = g_steal_pointer (error);
      set_located_error (context, state, 0, error, inner->message);
      return;
    }

  if (!parse_boolean (informative, &state->clause_informative))
    {
      set_located_error (context, state, 0, error,
                         _("“informative” must be “true” or “false”"));
      return;
    }

  state->clause_number = g_strdup (number);
  state->clause_parent = g_strdup (parent);
  state->clause_title = normalise_text (title);
  state->clause_line = _gw_markup_element_line (context);
}

static gboolean
flush_clause (GMarkupParseContext  *context,
              ParseState           *state,
              GError              **error)
{
  g_autoptr(GError) inner = NULL;

  if (state->clause_number == NULL)
    return TRUE;

  if (is_blank (state->clause_intent))
    {
      g_autofree char *message =
        g_strdup_printf (_("Clause %s is missing its <intent> text (it must come before the requirements)"),
                         state->clause_number);
      set_located_error (context, state, state->clause_line, error, message);
      return FALSE;
    }

  if (!gw_catalogue_add_clause (state->catalogue,
                                state->clause_number, state->clause_parent,
                                state->clause_title, state->clause_intent,
                                state->clause_informative, &inner))
    {
      set_located_error (context, state, state->clause_line, error, inner->message);
      return FALSE;
    }

  g_clear_pointer (&state->clause_number, g_free);
  return TRUE;
}

static void
start_requirement (GMarkupParseContext  *context,
                   ParseState           *state,
                   const char          **names,
                   const char          **values,
                   GError              **error)
{
  const char *ref = NULL, *documented = NULL, *informative = NULL;

  if (!g_markup_collect_attributes ("requirement", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "ref", &ref,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "documented", &documented,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "informative", &informative,
                                    G_MARKUP_COLLECT_INVALID))
    {
      g_autoptr(GError) inner = g_steal_pointer (error);
      set_located_error (context, state, 0, error, inner->message);
      return;
    }

  state->req_documented = GW_DOCUMENTED_NONE;
  if (documented != NULL && !gw_documented_from_id (documented, &state->req_documented))
    {
      g_autofree char *message =
        g_strdup_printf (_("Requirement “%s”: “documented” must be “none”, “maintain” or “retain”, not “%s”"),
                         ref, documented);
      set_located_error (context, state, 0, error, message);
      return;
    }

  if (!parse_boolean (informative, &state->req_informative))
    {
      set_located_error (context, state, 0, error,
                         _("“informative” must be “true” or “false”"));
      return;
    }

  /* The clause must exist before its requirements can point at it. */
  if (!flush_clause (context, state, error))
    return;

  state->in_requirement = TRUE;
  state->req_ref = g_strdup (ref);
  state->req_line = _gw_markup_element_line (context);
}

static const char *
current_clause_number (ParseState *state)
{
  guint n = gw_catalogue_get_n_clauses (state->catalogue);

  return n > 0 ? gw_catalogue_get_clause (state->catalogue, n - 1)->number : NULL;
}

static void
end_requirement (GMarkupParseContext  *context,
                 ParseState           *state,
                 GError              **error)
{
  g_autoptr(GError) inner = NULL;
  const char *missing = NULL;

  if (is_blank (state->req_question))
    missing = "question";
  else if (is_blank (state->req_guidance))
    missing = "guidance";
  else if (is_blank (state->req_evidence))
    missing = "evidence";

  if (missing != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("Requirement “%s” is missing its <%s> text"), state->req_ref, missing);
      set_located_error (context, state, state->req_line, error, message);
      return;
    }

  if (!gw_catalogue_add_requirement (state->catalogue, state->req_ref,
                                     current_clause_number (state),
                                     state->req_question, state->req_guidance,
                                     state->req_evidence, state->req_documented,
                                     state->req_informative, &inner))
    {
      set_located_error (context, state, state->req_line, error, inner->message);
      return;
    }

  parse_state_clear_requirement (state);
}

static void
parse_start_element (GMarkupParseContext  *context,
                     const char           *element_name,
                     const char          **names,
                     const char          **values,
                     gpointer              user_data,
                     GError              **error)
{
  ParseState *state = user_data;
  const char *parent = g_markup_parse_context_get_element_stack (context)->next
                         ? g_markup_parse_context_get_element_stack (context)->next->data
                         : NULL;
  g_autofree char *message = NULL;

  if (parent == NULL)
    {
      if (g_str_equal (element_name, "catalogue"))
        {
          start_catalogue (context, state, names, values, error);
          return;
        }
      message = g_strdup_printf (_("Expected <catalogue> as the root element, found <%s>"), element_name);
    }
  else if (g_str_equal (parent, "catalogue") && g_str_equal (element_name, "description"))
    state->field = FIELD_DESCRIPTION;
  else if (g_str_equal (parent, "catalogue") && g_str_equal (element_name, "clause"))
    start_clause (context, state, names, values, error);
  else if (g_str_equal (parent, "clause") && g_str_equal (element_name, "intent"))
    {
      if (state->clause_number == NULL)
        message = g_strdup (_("<intent> must come before the clause's requirements"));
      state->field = FIELD_INTENT;
    }
  else if (g_str_equal (parent, "clause") && g_str_equal (element_name, "requirement"))
    start_requirement (context, state, names, values, error);
  else if (g_str_equal (parent, "requirement") && g_str_equal (element_name, "question"))
    state->field = FIELD_QUESTION;
  else if (g_str_equal (parent, "requirement") && g_str_equal (element_name, "guidance"))
    state->field = FIELD_GUIDANCE;
  else if (g_str_equal (parent, "requirement") && g_str_equal (element_name, "evidence"))
    state->field = FIELD_EVIDENCE;
  else
    message = g_strdup_printf (_("Unexpected element <%s> inside <%s>"), element_name, parent);

  if (message != NULL)
    {
      set_located_error (context, state, 0, error, message);
      return;
    }

  g_string_truncate (state->text, 0);
}

static void
parse_end_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   gpointer              user_data,
                   GError              **error)
{
  ParseState *state = user_data;
  char *text = NULL;

  if (state->field != FIELD_NONE)
    text = normalise_text (state->text->str);

  switch (state->field)
    {
    case FIELD_DESCRIPTION:
      gw_catalogue_set_description (state->catalogue, text);
      g_free (text);
      break;
    case FIELD_INTENT:
      g_free (state->clause_intent);
      state->clause_intent = text;
      break;
    case FIELD_QUESTION:
      g_free (state->req_question);
      state->req_question = text;
      break;
    case FIELD_GUIDANCE:
      g_free (state->req_guidance);
      state->req_guidance = text;
      break;
    case FIELD_EVIDENCE:
      g_free (state->req_evidence);
      state->req_evidence = text;
      break;
    case FIELD_NONE:
    default:
      break;
    }

  state->field = FIELD_NONE;
  g_string_truncate (state->text, 0);

  if (g_str_equal (element_name, "requirement"))
    end_requirement (context, state, error);
  else if (g_str_equal (element_name, "clause"))
    {
      if (flush_clause (context, state, error))
        parse_state_clear_clause (state);
    }
}

static void
parse_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 text_len,
            gpointer              user_data,
            GError              **error)
{
  ParseState *state = user_data;

  if (state->field != FIELD_NONE)
    {
      g_string_append_len (state->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          set_located_error (context, state, 0, error, _("Unexpected text outside of a text element"));
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

/**
 * gw_catalogue_new_from_bytes:
 * @bytes: the XML text
 * @display_name: the name used in error messages, usually the file name
 *
 * Parses and validates a catalogue. Errors are %GW_CATALOGUE_ERROR_INVALID
 * with a message of the form "name:line: problem".
 */
GwCatalogue *
gw_catalogue_new_from_bytes (GBytes      *bytes,
                             const char  *display_name,
                             GError     **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;
  ParseState state = { 0 };
  const char *data;
  gsize size;
  GwCatalogue *result = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  state.display_name = display_name ? display_name : "catalogue";
  state.text = g_string_new (NULL);
  data = g_bytes_get_data (bytes, &size);

  if (!g_utf8_validate (data, size, NULL))
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: the file is not valid UTF-8 text"), state.display_name);
      goto out;
    }

  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, &state, NULL);

  if (!g_markup_parse_context_parse (context, data, size, &parse_error) ||
      !g_markup_parse_context_end_parse (context, &parse_error))
    {
      /* Our own errors already carry "file:line:"; GMarkup's carry a
       * position but not the file name. */
      if (parse_error->domain == GW_CATALOGUE_ERROR)
        g_propagate_error (error, g_steal_pointer (&parse_error));
      else
        g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                     "%s: %s", state.display_name, parse_error->message);
      goto out;
    }

  if (!state.seen_root)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: the file holds no <catalogue> element"), state.display_name);
      goto out;
    }

  if (gw_catalogue_get_n_requirements (state.catalogue) == 0)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_INVALID,
                   _("%s: the catalogue has no requirements"), state.display_name);
      goto out;
    }

  result = g_steal_pointer (&state.catalogue);

out:
  g_clear_object (&state.catalogue);
  parse_state_clear_clause (&state);
  parse_state_clear_requirement (&state);
  g_string_free (state.text, TRUE);

  return result;
}

GwCatalogue *
gw_catalogue_new_from_file (GFile   *file,
                            GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return gw_catalogue_new_from_bytes (bytes, name, error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/**
 * gw_catalogue_list_builtin:
 *
 * Returns: (transfer full): the ids of the built-in catalogues, sorted
 */
char **
gw_catalogue_list_builtin (void)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  names = g_resources_enumerate_children (STANDARDS_PATH, 0, NULL);
  for (guint i = 0; names && names[i]; i++)
    {
      if (g_str_has_suffix (names[i], ".xml"))
        {
          g_autofree char *id = g_strndup (names[i], strlen (names[i]) - 4);
          g_strv_builder_add (builder, id);
        }
    }

  result = g_strv_builder_end (builder);
  g_qsort_with_data (result, g_strv_length (result), sizeof (char *), compare_strings, NULL);
  return g_steal_pointer (&result);
}

GwCatalogue *
gw_catalogue_new_builtin (const char  *id,
                          GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  name = g_strconcat (id, ".xml", NULL);
  path = g_build_path ("/", STANDARDS_PATH, name, NULL);
  bytes = g_resources_lookup_data (path, 0, NULL);
  if (bytes == NULL || strchr (id, '/') != NULL)
    {
      g_set_error (error, GW_CATALOGUE_ERROR, GW_CATALOGUE_ERROR_NOT_FOUND,
                   _("There is no built-in catalogue called “%s”"), id);
      return NULL;
    }

  return gw_catalogue_new_from_bytes (bytes, name, error);
}

const char *
gw_catalogue_get_id (GwCatalogue *self)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), NULL);
  return self->id;
}

const char *
gw_catalogue_get_standard (GwCatalogue *self)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), NULL);
  return self->standard;
}

const char *
gw_catalogue_get_title (GwCatalogue *self)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), NULL);
  return self->title;
}

const char *
gw_catalogue_get_revision (GwCatalogue *self)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), NULL);
  return self->revision;
}

const char *
gw_catalogue_get_description (GwCatalogue *self)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), NULL);
  return self->description;
}

void
gw_catalogue_set_description (GwCatalogue *self,
                              const char  *description)
{
  g_return_if_fail (GW_IS_CATALOGUE (self));
  g_free (self->description);
  self->description = g_strdup (description);
}

guint
gw_catalogue_get_n_clauses (GwCatalogue *self)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), 0);
  return self->clauses->len;
}

const GwCatalogueClause *
gw_catalogue_get_clause (GwCatalogue *self,
                         guint        position)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (position < self->clauses->len, NULL);
  return g_ptr_array_index (self->clauses, position);
}

const GwCatalogueClause *
gw_catalogue_find_clause (GwCatalogue *self,
                          const char  *number)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), NULL);
  return g_hash_table_lookup (self->clause_index, number);
}

guint
gw_catalogue_get_n_requirements (GwCatalogue *self)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), 0);
  return self->requirements->len;
}

const GwCatalogueRequirement *
gw_catalogue_get_requirement (GwCatalogue *self,
                              guint        position)
{
  g_return_val_if_fail (GW_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (position < self->requirements->len, NULL);
  return g_ptr_array_index (self->requirements, position);
}
