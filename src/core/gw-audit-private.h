/* gw-audit-private.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GwAudit is split in two: gw-audit.c holds the life of the document (the
 * working copy, write-back, recovery) and gw-audit-edit.c the reading and
 * editing of its content.
 */

#pragma once

#include "gw-audit.h"
#include "gw-store.h"

G_BEGIN_DECLS

struct _GwAudit
{
  GObject       parent_instance;

  GFile        *file;
  char         *path;           /* the user's file */
  char         *work_dir;       /* private directory of the working copy */
  char         *work_path;      /* the working copy */
  GwStore      *store;
  GwRiskMatrix *risk_matrix;    /* read from the file, see gw-audit-risk.c */
  char         *author;

  gboolean      read_only;
  gboolean      closed;
  gboolean      in_batch;

  GwSaveState   save_state;
  GError       *save_error;
  guint64       generation;     /* bumped by every committed edit */
  guint64       saved_generation;
  guint         write_back_delay;
  guint         write_back_source;
  gboolean      saving;
};

void        _gw_audit_changed  (GwAudit     *self,
                                const char  *entity,
                                gint64       id);
char       *_gw_audit_now      (void);
gboolean    _gw_audit_writable (GwAudit     *self,
                                GError     **error);
gboolean    _gw_audit_check_text (const char  *text,
                                  const char  *what,
                                  gboolean     required,
                                  GError     **error);
gboolean    _gw_audit_check_date (const char  *date,
                                  const char  *what,
                                  GError     **error);
gboolean    _gw_audit_load_risk_matrix (GwAudit  *self,
                                        GError  **error);

G_END_DECLS
