/* gw-working-copy.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to src/core: the working directories of GwAudit.
 */

#pragma once

#include "gw-audit.h"

G_BEGIN_DECLS

#define GW_WORKING_NAME "audit.gapwise"

char     *gw_working_root          (void);
char     *gw_canonical_path        (const char  *path);
char     *gw_working_dir_for       (const char  *canonical);
void      gw_working_dir_remove    (const char  *dir);
gboolean  gw_working_dir_claim     (const char  *canonical,
                                    const char  *work_dir,
                                    gboolean     discard_recovery,
                                    GError     **error);
gboolean  gw_working_write_origin  (const char  *work_dir,
                                    const char  *original_path,
                                    GError     **error);

char     *gw_file_fingerprint      (const char  *path);
void      gw_remember_written      (const char  *canonical);
gboolean  gw_written_by_us         (const char  *canonical,
                                    const char  *fingerprint);

gboolean  gw_copy_file             (const char  *source,
                                    const char  *dest,
                                    GError     **error);
gboolean  gw_keep_backup           (const char  *path,
                                    int          version,
                                    GError     **error);

G_END_DECLS
