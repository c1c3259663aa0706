/* gw-error.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The error domain of audit files. Every message in this domain is written
 * for the person who chose the file, and is translated where it is made.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GW_AUDIT_ERROR (gw_audit_error_quark ())

typedef enum
{
  GW_AUDIT_ERROR_NOT_FOUND,       /* the file does not exist */
  GW_AUDIT_ERROR_IS_DIRECTORY,
  GW_AUDIT_ERROR_PERMISSION,      /* cannot be read, or cannot be written */
  GW_AUDIT_ERROR_READ_ONLY,       /* the file or the audit is read-only */
  GW_AUDIT_ERROR_EXISTS,          /* creating over an existing file */
  GW_AUDIT_ERROR_NOT_AUDIT,       /* not SQLite, or SQLite of another application */
  GW_AUDIT_ERROR_DAMAGED,         /* our file, but corrupt or truncated */
  GW_AUDIT_ERROR_NEWER_VERSION,   /* made by a newer Gapwise */
  GW_AUDIT_ERROR_INVALID_VALUE,   /* a value the audit cannot hold */
  GW_AUDIT_ERROR_NO_SUCH_ITEM,    /* an id that is not in the audit */
  GW_AUDIT_ERROR_ATTACHMENT_CORRUPT,
  GW_AUDIT_ERROR_FAILED,          /* storage failed: disk full, I/O error */
} GwAuditError;

GQuark gw_audit_error_quark (void);

G_END_DECLS
