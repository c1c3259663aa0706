/* gw-demo-risks.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo audit's risk assessment: the risk register Kestrel Quay
 * Logistics rebuilt with the audit team for its two sites, and where the
 * company stands on the security measures. As in gw-demo.c, the content is
 * in tables applied through the public GwAudit API. Names and incidents are
 * invented.
 */

#define G_LOG_DOMAIN "gw-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gw-demo-private.h"

/* Risks ----------------------------------------------------------------- */

typedef struct
{
  const char        *title;
  const char        *threat;
  const char        *vulnerability;
  GwRiskAsset        asset;
  GwThreatCategory   category;
  int                inherent[2];     /* likelihood, impact on the 5 × 5 matrix */
  int                residual[2];     /* { 0, 0 } while not rated */
  GwRiskTreatment    treatment;
  const char        *owner;
  int                review_in_days;  /* negative when the review is overdue */
  const char        *notes;
  const char        *requirements[4]; /* requirement refs, NULL-terminated */
  const char        *actions[3];      /* titles from demo_actions, NULL-terminated */
  const char        *measures[5];     /* measure refs, NULL-terminated */
} DemoRisk;

/* The register the audit team rebuilt with the Group Security Manager for
 * both sites. Mostly mitigated; the depot theft, seal and haulier risks
 * lean on measures that are not in place yet, so the Overview flags them,
 * while the Berth 7 fence risk is high but fully treated. */
static const DemoRisk demo_risks[] = {
  { .title = "Theft from loaded trailers parked overnight at the depot",
    .threat = "Thieves get into the depot yard at night and slash curtains or hitch up whole trailers loaded for "
              "the morning run, going for pharmaceutical and electronics loads.",
    .vulnerability = "One guard covers 55 trailers and the fuel bay, nine of 28 nights have no patrol record, no "
                     "kingpin locks are used and trailers overflow onto the estate road when the yard is full.",
    .asset = GW_RISK_ASSET_CARGO, .category = GW_THREAT_THEFT,
    .inherent = { 4, 4 }, .residual = { 2, 4 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Fiona Castell, Transport Manager", .review_in_days = 30,
    .notes = "Insurer's warranty asks for a locked yard and guarding of loaded trailers; not met on busy nights.",
    .requirements = { "8.4-01", "8.3-01" },
    .actions = { "Repair the reefer yard fence and the trailer park lighting", "Risk-assess the depot processes" },
    .measures = { "PHY-02", "PHY-06", "PHY-07", "PHY-03" } },
  { .title = "Seal swapped during a driver stop",
    .threat = "On an unplanned stop a seal is cut and replaced with a copy carrying the same number, so goods can "
              "be taken out or contraband put in without anyone noticing at delivery.",
    .vulnerability = "The depot skips the gate-in seal check on most night arrivals, two mismatches went "
                     "uninvestigated, and drivers choose their own stops.",
    .asset = GW_RISK_ASSET_CARGO, .category = GW_THREAT_TAMPERING,
    .inherent = { 4, 5 }, .residual = { 2, 4 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Fiona Castell, Transport Manager", .review_in_days = -6,
    .notes = "The highest-rated risk. See the two mismatches in the depot seal log extract.",
    .requirements = { "8.4-02", "8.1-03" },
    .actions = { "Check seals at depot gate-in on every shift", "Brief drivers on customer route rules" },
    .measures = { "CCI-01", "CCI-03", "CCI-04", "CCI-07" } },
  { .title = "Drugs hidden in containers passing through Berth 7",
    .threat = "A gang plants drugs in a box at origin and sends a team, or pays an insider, to lift the bag in "
              "the reefer yard before the box is opened (rip-on/rip-off).",
    .vulnerability = "Boxes shuttled from the terminal stack are not seal-checked on arrival, reefers stand out "
                     "of camera view at night, and custody at the gate handover is unclear.",
    .asset = GW_RISK_ASSET_CARGO, .category = GW_THREAT_SMUGGLING,
    .inherent = { 3, 5 }, .residual = { 2, 5 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Sandra Mbeki, Group Security Manager", .review_in_days = 14,
    .notes = "Stays high after treatment: part of the exposure sits with the terminal. Raise at the port "
             "security committee.",
    .requirements = { "6.1.2-02", "8.4-02", "8.2-02" },
    .measures = { "CCI-03", "CCI-04", "PHY-03", "PER-02" } },
  { .title = "Intrusion through the quay-side fence at Berth 7",
    .threat = "Someone climbs or cuts through the fence by the reefer yard to steal generator fuel, batteries "
              "or goods, or to reach containers waiting for collection.",
    .vulnerability = "A 3 m section near the reefer yard stood open for three weeks with no temporary barrier.",
    .asset = GW_RISK_ASSET_FACILITY, .category = GW_THREAT_THEFT,
    .inherent = { 4, 3 }, .residual = { 2, 3 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Derek Holm, Warehouse Manager", .review_in_days = 45,
    .notes = "Fence repaired and lighting restored; weekly fence walk now on the gatehouse checklist.",
    .requirements = { "8.4-01", "8.1-04" },
    .actions = { "Repair the reefer yard fence and the trailer park lighting" },
    .measures = { "PHY-01", "PHY-02", "PHY-04" } },
  { .title = "Warehouse or dispatch staff colluding with a haulier",
    .threat = "An operative or dispatcher tips off a haulier's driver about valuable loads, or releases extra "
              "pallets against altered paperwork, in return for a share.",
    .vulnerability = "Dispatchers have had no check beyond basic screening, one person can adjust stock and "
                     "release goods, and run sheets with values were on open display.",
    .asset = GW_RISK_ASSET_CARGO, .category = GW_THREAT_INSIDER,
    .inherent = { 3, 4 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Sandra Mbeki, Group Security Manager", .review_in_days = 60,
    .notes = "Residual rating waits for HR's view on enhanced checks.",
    .requirements = { "6.1.2-02", "8.4-03" },
    .actions = { "Stop sending route plans and load values by spreadsheet" },
    .measures = { "PER-02", "PER-07", "ITC-07" } },
  { .title = "Ransomware on the booking and transport systems",
    .threat = "Ransomware gets in through a phishing email or an exposed remote-access service and encrypts the "
              "booking portal, the transport system and the WMS, stopping gate and dispatch at both sites.",
    .vulnerability = "No second factor on the booking portal, yard PCs share the office network, and the only "
                     "backup is on a NAS in the same server room that has never been restored.",
    .asset = GW_RISK_ASSET_INFORMATION, .category = GW_THREAT_CYBER_ATTACK,
    .inherent = { 3, 5 }, .residual = { 2, 4 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Amir Haddad, IT Manager", .review_in_days = 20,
    .requirements = { "6.1.2-02", "8.4-04", "8.6.5-01" },
    .measures = { "ITC-01", "ITC-04", "ITC-05", "CMR-05" } },
  { .title = "Load released to a fake haulier",
    .threat = "A criminal posing as a booked haulier, with a cloned company identity and a convincing booking "
              "email, turns up early to collect a high-value load.",
    .vulnerability = "Release relies on the driver quoting the booking reference; there is no release code and "
                     "changed collection details are not confirmed by phone.",
    .asset = GW_RISK_ASSET_CARGO, .category = GW_THREAT_THEFT,
    .inherent = { 3, 3 }, .residual = { 1, 3 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Fiona Castell, Transport Manager", .review_in_days = -3,
    .notes = "Two attempts reported by other operators on the estate this year.",
    .requirements = { "8.1-01", "8.1-05" },
    .actions = { "Vet every subcontracted haulier before booking" },
    .measures = { "CCI-06", "ITC-06", "TRA-04" } },
  { .title = "Counterfeit goods passed through the bonded store",
    .threat = "Fake branded goods are declared as generic stock and held in the bonded store, borrowing the "
              "company's customs authorisation to look legitimate.",
    .vulnerability = "New importers are accepted on the forwarder's word, with no check of who they are.",
    .asset = GW_RISK_ASSET_PROCESS, .category = GW_THREAT_COUNTERFEIT,
    .inherent = { 2, 4 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Derek Holm, Warehouse Manager", .review_in_days = 90,
    .requirements = { "4.2.2-02", "8.2-02" },
    .measures = { "BPS-07", "TRA-03" } },
  { .title = "Overflow work given to an unvetted haulier",
    .threat = "A haulier booked at short notice uses unscreened drivers or passes the job on to another firm, "
              "and the load goes missing or is tampered with on the way.",
    .vulnerability = "Four of the nine hauliers used last quarter have no vetting file, planners can book any "
                     "haulier, and the terms do not forbid onward subcontracting.",
    .asset = GW_RISK_ASSET_BUSINESS_PARTNER, .category = GW_THREAT_THEFT,
    .inherent = { 4, 4 }, .residual = { 2, 3 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Fiona Castell, Transport Manager", .review_in_days = 10,
    .requirements = { "8.1-05", "6.1.3-01" },
    .actions = { "Vet every subcontracted haulier before booking" },
    .measures = { "BPS-01", "BPS-02", "BPS-03" } },
  { .title = "Stowaways or a device in a container",
    .threat = "People hide in an empty or part-loaded container in the yard, or a device is placed in a box "
              "bound for a sensitive destination.",
    .vulnerability = "Empty boxes stand open in the yard overnight and the night shift skips the seven-point "
                     "inspection; Berth 7 has no plan for a suspicious package.",
    .asset = GW_RISK_ASSET_CONVEYANCE, .category = GW_THREAT_TERRORISM,
    .inherent = { 2, 5 }, .residual = { 1, 5 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Sandra Mbeki, Group Security Manager", .review_in_days = 30,
    .requirements = { "8.6.1-01", "8.4-02" },
    .actions = { "Write a security plan for Berth 7" },
    .measures = { "CCI-04", "PHY-07", "CMR-02", "TRA-03" } },
  { .title = "Port shut by a strike, flood or crane failure",
    .threat = "A dock strike, a tidal surge over the quay or a failure of the terminal's cranes stops container "
              "moves for days, stranding reefers and bonded stock.",
    .vulnerability = "There is no continuity plan of our own; the company relies on the terminal's plan and on "
                     "one road in and out of the port estate.",
    .asset = GW_RISK_ASSET_PROCESS, .category = GW_THREAT_DISRUPTION,
    .inherent = { 3, 4 }, .treatment = GW_RISK_TREATMENT_UNDECIDED,
    .owner = "Graham Lyle, Managing Director", .review_in_days = -20,
    .notes = "The board has still to decide whether to pay for standby reefer plugs at an inland yard.",
    .requirements = { "6.1.3-01", "8.6.5-01" },
    .measures = { "CMR-04", "CMR-03" } },
  { .title = "Shipment details leaked to criminals",
    .threat = "Route plans, values and consignees reach the wrong people, who use them to pick which truck to "
              "follow or which load to steal.",
    .vulnerability = "Run details are emailed to subcontractors as open spreadsheets and the next day's run "
                     "sheet was pinned up in the drivers' room in view of visiting drivers.",
    .asset = GW_RISK_ASSET_INFORMATION, .category = GW_THREAT_OTHER,
    .inherent = { 4, 3 }, .residual = { 2, 3 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Amir Haddad, IT Manager", .review_in_days = 10,
    .requirements = { "8.4-04", "7.4-04" },
    .actions = { "Stop sending route plans and load values by spreadsheet" },
    .measures = { "ITC-07", "ITC-02", "TRA-05" } },
  { .title = "Lost or copied keys and badges",
    .threat = "A lost badge or a copied key to a tractor unit or the bonded store is used out of hours to get "
              "in or to drive off a loaded unit.",
    .vulnerability = "The depot has no key register: tractor keys hang on an open board in the drivers' room, and "
                     "lost badges are not always reported.",
    .asset = GW_RISK_ASSET_FACILITY, .category = GW_THREAT_THEFT,
    .inherent = { 3, 3 }, .residual = { 2, 3 }, .treatment = GW_RISK_TREATMENT_MITIGATE,
    .owner = "Derek Holm, Warehouse Manager", .review_in_days = 25,
    .requirements = { "8.4-01", "8.4-03" },
    .actions = { "Remove the shared depot login and leavers' accounts" },
    .measures = { "ACC-05", "ACC-02", "PER-04" } },
  { .title = "Diesel siphoned from parked tractor units",
    .threat = "Fuel is drained from tractor units parked at the depot or at lay-bys on long runs.",
    .vulnerability = "Only the newer units have locking fuel caps, and the fuel bay is outside camera view.",
    .asset = GW_RISK_ASSET_CONVEYANCE, .category = GW_THREAT_THEFT,
    .inherent = { 3, 2 }, .residual = { 3, 2 }, .treatment = GW_RISK_TREATMENT_ACCEPT,
    .owner = "Fiona Castell, Transport Manager", .review_in_days = 120,
    .notes = "Losses of about £2,000 a year. Accepted by the Managing Director at the management review; "
             "locking caps come with each new unit.",
    .requirements = { "6.1.3-01" },
    .measures = { "PHY-03", "PHY-07" } },
  { .title = "Hijack of a high-value load on the road",
    .threat = "A pharmaceutical load is stopped by a fake police car or taken at a services stop, and the "
              "vehicle and goods are lost.",
    .vulnerability = "Single-driver runs on long lanes, and subcontracted vehicles are not tracked.",
    .asset = GW_RISK_ASSET_CARGO, .category = GW_THREAT_THEFT,
    .inherent = { 2, 5 }, .residual = { 2, 3 }, .treatment = GW_RISK_TREATMENT_TRANSFER,
    .owner = "Graham Lyle, Managing Director", .review_in_days = 75,
    .notes = "Goods-in-transit cover raised to £500,000 a load; the insurer requires tracking and approved "
             "stops.",
    .requirements = { "6.1.3-01", "8.5.1-01" },
    .measures = { "CCI-07", "CMR-06" } },
};

typedef struct
{
  const char      *ref;
  GwMeasureStatus  status;
  const char      *notes;
} DemoMeasure;

/* Where the company stands on each measure it has looked at so far; the
 * rest stay not assessed. */
static const DemoMeasure demo_measures[] = {
  { "PHY-01", GW_MEASURE_STATUS_IN_PLACE, "Reefer yard section repaired; walked weekly by the gatehouse." },
  { "PHY-02", GW_MEASURE_STATUS_IN_PLACE, "The four depot columns replaced; checked on the night visit." },
  { "PHY-03", GW_MEASURE_STATUS_PARTIAL,
    "Berth 7 cameras back in service, 31 days kept. The depot fuel bay and rear fence have no camera." },
  { "PHY-04", GW_MEASURE_STATUS_IN_PLACE, "Both sites monitored by an alarm receiving centre." },
  { "PHY-05", GW_MEASURE_STATUS_IN_PLACE, "Bonded cage at Berth 7 with its own alarm zone." },
  { "PHY-06", GW_MEASURE_STATUS_PARTIAL, "No kingpin locks; trailers on the estate road when the yard is full." },
  { "PHY-07", GW_MEASURE_STATUS_PARTIAL, "One night guard at the depot; nine nights without a patrol sheet." },
  { "ACC-01", GW_MEASURE_STATUS_PARTIAL, "Staffed gate at Berth 7; the depot gate is open in the day." },
  { "ACC-02", GW_MEASURE_STATUS_IN_PLACE, NULL },
  { "ACC-03", GW_MEASURE_STATUS_IN_PLACE, "Pre-booked visits and dated passes at both sites." },
  { "ACC-05", GW_MEASURE_STATUS_NOT_IN_PLACE, "Tractor keys on an open board in the drivers' room." },
  { "PER-01", GW_MEASURE_STATUS_IN_PLACE, "Eight starters' files sampled, all complete." },
  { "PER-02", GW_MEASURE_STATUS_PLANNED, "HR to propose which roles need a criminal record check." },
  { "PER-03", GW_MEASURE_STATUS_PARTIAL, "One of the two agencies has confirmed in writing." },
  { "PER-04", GW_MEASURE_STATUS_IN_PLACE, "Account removal added to the HR leaver checklist." },
  { "PER-06", GW_MEASURE_STATUS_IN_PLACE, "Hotline card on every lanyard." },
  { "PER-07", GW_MEASURE_STATUS_NOT_IN_PLACE, "One person can adjust stock and release it at the gate." },
  { "ITC-01", GW_MEASURE_STATUS_PARTIAL, "On email and remote access; not on the booking portal." },
  { "ITC-02", GW_MEASURE_STATUS_IN_PLACE, "Shared depot login removed." },
  { "ITC-03", GW_MEASURE_STATUS_PARTIAL, "Monthly for PCs; servers patched only when someone has time." },
  { "ITC-04", GW_MEASURE_STATUS_NOT_IN_PLACE, "Nightly copy to a NAS in the same room; never restored." },
  { "ITC-06", GW_MEASURE_STATUS_PARTIAL,
    "Mail filter in place; changed bank or collection details are not confirmed by phone." },
  { "ITC-07", GW_MEASURE_STATUS_PLANNED, "Carrier portal of the transport system being set up." },
  { "CCI-01", GW_MEASURE_STATUS_IN_PLACE, "Bolt seals on every loaded unit from Berth 7." },
  { "CCI-02", GW_MEASURE_STATUS_IN_PLACE, NULL },
  { "CCI-03", GW_MEASURE_STATUS_PARTIAL, "Done at Berth 7; 17 of 40 depot arrivals sampled were not checked." },
  { "CCI-04", GW_MEASURE_STATUS_PARTIAL, "Not done on the depot night shift." },
  { "CCI-05", GW_MEASURE_STATUS_IN_PLACE, "Six stuffing jobs observed, all supervised." },
  { "CCI-06", GW_MEASURE_STATUS_PARTIAL, "Photo ID checked; no release codes." },
  { "CCI-07", GW_MEASURE_STATUS_PARTIAL, "Own units tracked with geofence alerts; subcontractors not." },
  { "BPS-01", GW_MEASURE_STATUS_PARTIAL, "Five of nine hauliers assessed." },
  { "BPS-02", GW_MEASURE_STATUS_PLANNED, "New haulage terms with the solicitor." },
  { "BPS-03", GW_MEASURE_STATUS_NOT_IN_PLACE, "Planners can book any haulier in the system." },
  { "TRA-01", GW_MEASURE_STATUS_PARTIAL, "Four gate and agency staff without an induction record." },
  { "TRA-03", GW_MEASURE_STATUS_PARTIAL, "Berth 7 gate staff trained on seals; depot night shift not." },
  { "TRA-07", GW_MEASURE_STATUS_IN_PLACE, NULL },
  { "CMR-01", GW_MEASURE_STATUS_PARTIAL, "Reported, but seal mismatches and fence damage were never logged." },
  { "CMR-02", GW_MEASURE_STATUS_NOT_IN_PLACE, "The depot plan is out of date and Berth 7 has none." },
  { "CMR-03", GW_MEASURE_STATUS_PARTIAL, "Three call-out numbers no longer answer." },
  { "CMR-04", GW_MEASURE_STATUS_NOT_IN_PLACE, NULL },
  { "CMR-06", GW_MEASURE_STATUS_IN_PLACE, "Listed in SEC-COM-001." },
};

/* Applying the tables --------------------------------------------------- */

/* A risk links to requirements by ref, to the demo's actions by title and
 * to the measures the new audit copied from the catalogue by ref. */
typedef struct
{
  GHashTable *actions;   /* title → GwAction */
  GHashTable *measures;  /* ref → GwMeasure */
} RiskTargets;

static GwMeasure *
find_measure (RiskTargets  *targets,
              const char   *ref,
              GError      **error)
{
  GwMeasure *measure = g_hash_table_lookup (targets->measures, ref);

  if (measure == NULL)
    g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
                 _("The demo audit needs security measure “%s”, which the built-in list lacks."), ref);

  return measure;
}

static gint64
find_target (Demo            *demo,
             RiskTargets     *targets,
             GwRiskLinkKind   kind,
             const char      *key,
             GError         **error)
{
  GwAction *action;
  GwMeasure *measure;

  switch (kind)
    {
    case GW_RISK_LINK_REQUIREMENT:
      return _gw_demo_lookup (demo, key, error);

    case GW_RISK_LINK_ACTION:
      action = g_hash_table_lookup (targets->actions, key);
      if (action == NULL)
        g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
                     _("The demo audit needs action “%s”, which it does not define."), key);
      return action != NULL ? action->id : 0;

    case GW_RISK_LINK_MEASURE:
      measure = find_measure (targets, key, error);
      return measure != NULL ? measure->id : 0;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
link_risk (Demo               *demo,
           RiskTargets        *targets,
           gint64              risk_id,
           GwRiskLinkKind      kind,
           const char *const  *keys,
           GError            **error)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      gint64 target_id = find_target (demo, targets, kind, keys[i], error);

      if (target_id == 0 || !gw_audit_link_risk (demo->audit, risk_id, kind, target_id, TRUE, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
apply_measures (Demo         *demo,
                RiskTargets  *targets,
                GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_measures); i++)
    {
      const DemoMeasure *entry = &demo_measures[i];
      GwMeasure *listed = find_measure (targets, entry->ref, error);
      g_autoptr(GwMeasure) measure = NULL;

      if (listed == NULL)
        return FALSE;

      measure = gw_measure_copy (listed);
      measure->status = entry->status;
      g_free (measure->notes);
      measure->notes = g_strdup (entry->notes);

      if (!gw_audit_update_measure (demo->audit, measure, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_gw_demo_apply_risks (Demo    *demo,
                      GError **error)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GHashTable) actions_by_title = NULL;
  g_autoptr(GHashTable) measures_by_ref = NULL;
  RiskTargets targets;

  actions = gw_audit_list_actions (demo->audit, 0, error);
  if (actions == NULL)
    return FALSE;

  measures = gw_audit_list_measures (demo->audit, error);
  if (measures == NULL)
    return FALSE;

  /* The keys and values are borrowed from the two lists, which outlive the tables. */
  actions_by_title = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < actions->len; i++)
    {
      GwAction *action = g_ptr_array_index (actions, i);
      g_hash_table_insert (actions_by_title, action->title, action);
    }

  measures_by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < measures->len; i++)
    {
      GwMeasure *measure = g_ptr_array_index (measures, i);
      g_hash_table_insert (measures_by_ref, measure->ref, measure);
    }

  targets = (RiskTargets) { .actions = actions_by_title, .measures = measures_by_ref };

  if (!apply_measures (demo, &targets, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_risks); i++)
    {
      const DemoRisk *entry = &demo_risks[i];
      g_autoptr(GwRisk) risk = gw_risk_new (entry->title);
      gint64 id;

      risk->threat = g_strdup (entry->threat);
      risk->vulnerability = g_strdup (entry->vulnerability);
      risk->asset = entry->asset;
      risk->category = entry->category;
      risk->inherent_likelihood = entry->inherent[0];
      risk->inherent_impact = entry->inherent[1];
      risk->residual_likelihood = entry->residual[0];
      risk->residual_impact = entry->residual[1];
      risk->treatment = entry->treatment;
      risk->owner = g_strdup (entry->owner);
      risk->review_date = _gw_demo_format_day (demo->today, entry->review_in_days);
      risk->notes = g_strdup (entry->notes);

      id = gw_audit_add_risk (demo->audit, risk, error);
      if (id == 0 ||
          !link_risk (demo, &targets, id, GW_RISK_LINK_REQUIREMENT, entry->requirements, error) ||
          !link_risk (demo, &targets, id, GW_RISK_LINK_ACTION, entry->actions, error) ||
          !link_risk (demo, &targets, id, GW_RISK_LINK_MEASURE, entry->measures, error))
        return FALSE;
    }

  return TRUE;
}
