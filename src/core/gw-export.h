/* gw-export.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_EXPORT_ERROR (gw_export_error_quark ())

typedef enum
{
  GW_EXPORT_ERROR_FAILED,       /* the workbook could not be written */
  GW_EXPORT_ERROR_PERMISSION,   /* the folder is read-only or not ours */
  GW_EXPORT_ERROR_NO_SPACE,     /* the disk (or the file-size limit) is full */
  GW_EXPORT_ERROR_INVALID,      /* a target that cannot be a workbook file */
} GwExportError;

typedef struct
{
  /* FALSE leaves not-applicable requirements out of the gap matrix. */
  gboolean include_not_applicable;
} GwExportOptions;

#define GW_EXPORT_OPTIONS_DEFAULT { .include_not_applicable = TRUE }

/* An owned snapshot of everything the workbook shows. It holds no pointer
 * into the audit, so it can be written on another thread while the audit
 * goes on being edited. */
typedef struct _GwExportData GwExportData;

GQuark         gw_export_error_quark          (void);

GwExportData  *gw_export_data_collect         (GwAudit                *audit,
                                               GError                **error);
void           gw_export_data_free            (GwExportData           *data);
char          *gw_export_data_suggest_name    (GwExportData           *data);
char          *gw_export_suggest_name         (const GwAuditDetails   *details);

gboolean       gw_export_write                (GwExportData           *data,
                                               const GwExportOptions  *options,
                                               const char             *path,
                                               GError                **error);

void           gw_export_write_async          (GwAudit                *audit,
                                               const GwExportOptions  *options,
                                               GFile                  *file,
                                               GCancellable           *cancellable,
                                               GAsyncReadyCallback     callback,
                                               gpointer                user_data);
gboolean       gw_export_write_finish         (GAsyncResult           *result,
                                               GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwExportData, gw_export_data_free)

G_END_DECLS
