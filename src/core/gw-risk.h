/* gw-risk.h
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk assessment of an audit: risk matrices (defined as data, see
 * data/risk/README.md), the risks of the register and the security
 * measures that treat them.
 *
 * A rating is a likelihood and an impact on the audit's matrix, both
 * counted from 1; 0 marks a rating not yet made. The score is their
 * product, and the level is the last level of the matrix whose threshold
 * the score reaches.
 */

#pragma once

#include <gio/gio.h>

#include "gw-enums.h"

G_BEGIN_DECLS

#define GW_RISK_UNRATED 0

/* The matrix of a new audit. */
#define GW_RISK_MATRIX_DEFAULT "5x5"

/* The largest scale a matrix may define on either axis. */
#define GW_RISK_MATRIX_MAX_SCALE 10

typedef struct
{
  int   value;          /* 1 … n */
  char *label;          /* "Likely" */
  char *description;    /* what the point means, may be NULL */
} GwRiskScalePoint;

typedef struct
{
  char     *id;         /* "high" */
  char     *label;      /* "High" */
  char     *colour;     /* "#rrggbb" */
  int       min_score;  /* the smallest likelihood × impact at this level */
  gboolean  high;       /* a risk at this level needs its treatment in place */
} GwRiskLevel;

typedef struct _GwRiskMatrix GwRiskMatrix;

#define GW_TYPE_RISK_MATRIX (gw_risk_matrix_get_type ())

GType                   gw_risk_matrix_get_type          (void) G_GNUC_CONST;

GwRiskMatrix           *gw_risk_matrix_new_from_bytes    (GBytes             *bytes,
                                                          const char         *name,
                                                          GError            **error);
GwRiskMatrix           *gw_risk_matrix_new_from_file     (GFile              *file,
                                                          GError            **error);
GwRiskMatrix           *gw_risk_matrix_new_builtin       (const char         *id,
                                                          GError            **error);
char                  **gw_risk_matrix_list_builtin      (void);
GwRiskMatrix           *gw_risk_matrix_ref               (GwRiskMatrix       *self);
void                    gw_risk_matrix_unref             (GwRiskMatrix       *self);

const char             *gw_risk_matrix_get_id            (GwRiskMatrix       *self);
const char             *gw_risk_matrix_get_name          (GwRiskMatrix       *self);
GBytes                 *gw_risk_matrix_get_definition    (GwRiskMatrix       *self);
int                     gw_risk_matrix_get_n_likelihood  (GwRiskMatrix       *self);
int                     gw_risk_matrix_get_n_impact      (GwRiskMatrix       *self);
const GwRiskScalePoint *gw_risk_matrix_get_likelihood    (GwRiskMatrix       *self,
                                                          int                 value);
const GwRiskScalePoint *gw_risk_matrix_get_impact        (GwRiskMatrix       *self,
                                                          int                 value);
guint                   gw_risk_matrix_get_n_levels      (GwRiskMatrix       *self);
const GwRiskLevel      *gw_risk_matrix_get_level         (GwRiskMatrix       *self,
                                                          guint               index);
gboolean                gw_risk_matrix_is_valid_rating   (GwRiskMatrix       *self,
                                                          int                 likelihood,
                                                          int                 impact);
int                     gw_risk_matrix_score             (GwRiskMatrix       *self,
                                                          int                 likelihood,
                                                          int                 impact);
int                     gw_risk_matrix_level_index       (GwRiskMatrix       *self,
                                                          int                 likelihood,
                                                          int                 impact);
const GwRiskLevel      *gw_risk_matrix_rate              (GwRiskMatrix       *self,
                                                          int                 likelihood,
                                                          int                 impact);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwRiskMatrix, gw_risk_matrix_unref)

/* One risk of the register. */
typedef struct
{
  gint64            id;
  char             *title;
  char             *threat;           /* the scenario: what could happen */
  char             *vulnerability;    /* the weakness it would exploit */
  GwRiskAsset       asset;
  GwThreatCategory  category;
  int               inherent_likelihood;  /* GW_RISK_UNRATED or 1 … n */
  int               inherent_impact;
  int               residual_likelihood;  /* with the treatment in place */
  int               residual_impact;
  GwRiskTreatment   treatment;
  char             *owner;
  char             *review_date;      /* YYYY-MM-DD or NULL */
  char             *notes;
  char             *created_at;       /* read-only */
  guint             n_requirements;   /* read-only: linked requirements */
  guint             n_actions;        /* read-only */
  guint             n_measures;       /* read-only */
} GwRisk;

/* One security measure of the audit, copied from the measure catalogue
 * when the audit was made; only its status and notes are edited. */
typedef struct
{
  gint64           id;
  char            *ref;               /* "PHY-01" */
  GwMeasureDomain  domain;
  char            *title;
  char            *description;
  GwMeasureStatus  status;
  char            *notes;             /* how and where it is implemented */
  guint            n_risks;           /* read-only: risks it treats */
} GwMeasure;

typedef enum
{
  GW_RISK_LINK_REQUIREMENT,
  GW_RISK_LINK_ACTION,
  GW_RISK_LINK_MEASURE,
} GwRiskLinkKind;

/* One link between a risk and a requirement, action or measure. */
typedef struct
{
  gint64  risk_id;
  gint64  target_id;
} GwRiskLink;

GwRisk         *gw_risk_new                    (const char        *title);
char           *gw_risk_format_ref             (gint64             id);
GwRisk         *gw_risk_copy                   (const GwRisk      *risk);
void            gw_risk_free                   (GwRisk            *risk);
gboolean        gw_risk_is_high                (const GwRisk      *risk,
                                                GwRiskMatrix      *matrix);
gboolean        gw_risk_lacks_measures         (const GwRisk      *risk,
                                                GwRiskMatrix      *matrix,
                                                guint              n_in_place);
gboolean        gw_colour_wants_dark_text      (double             red,
                                                double             green,
                                                double             blue);

GwMeasure      *gw_measure_copy                (const GwMeasure   *measure);
void            gw_measure_free                (GwMeasure         *measure);
gboolean        gw_measure_is_in_place         (const GwMeasure   *measure);

/* How many measures have each status. */
typedef struct
{
  guint total;
  guint by_status[GW_N_MEASURE_STATUSES];
} GwMeasureCount;

void            gw_measure_count_add           (GwMeasureCount    *count,
                                                const GwMeasure   *measure);
void            gw_measure_count_by_domain     (GPtrArray         *measures,
                                                GwMeasureCount    *domains,
                                                GwMeasureCount    *all);
guint           gw_measure_count_applicable    (const GwMeasureCount *count);

GPtrArray      *gw_measure_catalogue_new_from_bytes (GBytes       *bytes,
                                                const char        *name,
                                                GError           **error);
GPtrArray      *gw_measure_catalogue_new_builtin    (GError      **error);

guint          *gw_risk_matrix_count           (GwRiskMatrix      *matrix,
                                                GPtrArray         *risks,
                                                gboolean           residual);

#define GW_TYPE_RISK    (gw_risk_get_type ())
#define GW_TYPE_MEASURE (gw_measure_get_type ())

GType gw_risk_get_type    (void) G_GNUC_CONST;
GType gw_measure_get_type (void) G_GNUC_CONST;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwRisk, gw_risk_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GwMeasure, gw_measure_free)

G_END_DECLS
