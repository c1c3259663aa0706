/* gw-demo.c
 *
 * Copyright 2026 The Gapwise developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo audit: Kestrel Quay Logistics, a fictional company with a port
 * warehouse and a trucking depot, about half-way through a gap analysis
 * against ISO 28000:2022. It lets a new user, a screenshot or a manual test
 * start from an audit that looks like real work: clauses 4 to 7 mostly
 * done, clause 8 under way, an evidence register, an action plan with
 * overdue items, a risk register whose measures are partly in place, and a
 * few loose ends that the Overview should flag.
 *
 * The content lives in the tables below; the functions only apply them
 * through the public GwAudit API, so every edit passes the same checks as
 * one made in the window. Dates are counted from today so the audit always
 * looks current. Names, sites and documents are invented.
 */

#define G_LOG_DOMAIN "gw-demo"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gw-demo-private.h"

#define CATALOGUE_ID  "iso28000-2022"
#define LEAD_AUDITOR  "Helen Okafor"

/* Details --------------------------------------------------------------- */

static const char *const demo_sites[] = {
  "Port warehouse, Berth 7, North Quay, Port of Marrowby",
  "Trucking depot, Unit 12, Fenwick Road Industrial Estate, Marrowby",
  NULL,
};

static const char demo_scope[] =
  "Supply-chain security management of Kestrel Quay Logistics at two sites: the Berth 7 port "
  "warehouse (customs-bonded storage, container stuffing and stripping, cross-docking and the "
  "reefer yard) and the Fenwick Road trucking depot (road haulage of containers and palletised "
  "freight with 38 tractor units and 55 trailers and skeletal chassis, plus subcontracted "
  "hauliers for overflow). The freight-forwarding desk is covered only for the booking data it "
  "passes to the sites. No air or rail freight is handled at either site.";

static const char demo_team[] =
  "Tomasz Wierzbicki\n"
  "Priya Raman";

static const char demo_contacts[] =
  "Graham Lyle, Managing Director\n"
  "Sandra Mbeki, Group Security Manager\n"
  "Derek Holm, Warehouse Manager, Berth 7\n"
  "Fiona Castell, Transport Manager, Fenwick Road depot\n"
  "Marta Nowak, QHSE Coordinator\n"
  "Amir Haddad, IT Manager";

/* Assessments ----------------------------------------------------------- */

typedef struct
{
  const char     *ref;
  GwResult        result;
  GwFindingGrade  grade;
  int             maturity_current;
  int             maturity_target;
  const char     *finding;
  const char     *objective;
  const char     *audit_method;
} DemoAssessment;

/* The audit team has worked through clauses 4 to 7 (skipping a few items
 * left for the second visit), is part-way into clause 8 and has looked at
 * a handful of items in 9 and 10. Everything else stays not assessed. */
static const DemoAssessment demo_assessments[] = {
  /* Clause 4 */
  { "4.1-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Walked through the context workshop output SEC-CTX-001 with the Group Security Manager. The issues are "
    "concrete: reefer generator thefts on the port estate, driver shortages, phishing aimed at the booking "
    "portal, congestion at the terminal gate." },
  { "4.1-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "The context analysis names “carriers” and “the port” in general terms only. The nine subcontracted "
    "hauliers, the customs broker and the terminal operator are not listed as dependencies, and the analysis "
    "was not revisited when the pharmaceutical distribution contract started, although it brought a new lane "
    "and a high-value commodity.",
    "Dependencies mapped per lane and partner, reviewed at each management review and whenever a customer, "
    "lane or subcontractor is added.",
    "Reviewed SEC-CTX-001; asked the Transport Manager which partners' failure would stop operations." },
  { "4.2.1-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Reviewed the interested-party register (customs, port authority, terminal operator, six key customers, "
    "insurer, hauliers, staff) against last quarter's customer list: no major customer missing." },
  { "4.2.1-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Needs are recorded for customs and the two largest customers only. The insurer's warranties (locked "
    "yard, overnight guarding of loaded trailers) and the port authority's access rules for Berth 7 are "
    "missing, so nobody has checked that they are met.",
    "Each party in the register has its security requirements recorded with source document and owner.",
    "Compared the register with the insurance schedule and the Berth 7 tenancy agreement." },
  { "4.2.1-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_OPPORTUNITY, 3, 3,
    "Opportunity: the register does not say that the ISPS obligations of the port facility are met by the "
    "terminal operator rather than by Kestrel Quay. Writing that decision down would settle the question "
    "at every audit.",
    "The register shows for each requirement whether the SMS handles it and, if not, who does.",
    "Discussed the register's “handled by” column with the Group Security Manager." },
  { "4.2.2-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "No one is responsible for following changes in security law and customs rules. Updates arrive when the "
    "customs broker happens to email the Warehouse Manager; revised guidance for authorised economic "
    "operators reached the depot about six months after it was published.",
    "A named owner checks defined sources monthly and records each change, its impact and who was told.",
    "Interviewed the Warehouse Manager and the QHSE Coordinator on how the last three changes were picked up." },
  { "4.2.2-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Traced four conditions of the customs warehouse authorisation (stock records, seal control, access to "
    "the bonded area, reporting irregularities) into PRO-SEC-004, PRO-SEC-007 and the bonded-store work "
    "instruction; all four are applied on the floor." },
  { "4.2.2-03", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 4,
    "There is no register of legal and other security obligations. They are spread over the customs "
    "authorisation, customer security schedules and the insurance policy, with no owner, no review date and "
    "no single view of what applies at which site.",
    "A controlled register giving each obligation's source, site, owner and date last checked.",
    "Asked the QHSE Coordinator for the register (none exists); reviewed the three source documents instead." },
  { "4.2.2-04", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 3,
    "Drivers are not told about customer-specific security rules. Two of five drivers interviewed did not "
    "know that the pharmaceutical customer forbids unscheduled stops within 200 km of collection; the rule "
    "is in no briefing and on no run sheet.",
    "Customer rules drivers must follow are printed on the run sheet and briefed before the first run.",
    "Interviewed five drivers at the depot; read appendix C (security schedule) of the customer contract." },
  { "4.3-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Compared the scope in SEC-MAN-001 §2 with both sites: bonded storage, stuffing and stripping, reefer "
    "yard, haulage and subcontracted overflow are covered; exclusions are stated with reasons." },
  { "4.3-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_OBSERVATION, 2, 3,
    "The scope stops at the Berth 7 gate. The shuttle of containers from the terminal stack, done by the "
    "terminal's straddle carriers, is neither included nor excluded, so it is unclear where custody passes "
    "and who checks the seal first.",
    "The scope states where custody passes at each interface with the terminal, hauliers and customers.",
    "Watched two container handovers at the Berth 7 gate; asked the gatehouse supervisor who checks first." },
  { "4.3-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 3, NULL, NULL,
    "SEC-MAN-001 rev 2 is approved, current on SharePoint and matches the policy and the operations seen." },
  { "4.4-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "The process map lists eleven SMS processes, but four have no owner (partner vetting, key control, "
    "information security, security communication) and the link from partner vetting to transport planning "
    "is missing: planners book subcontractors without seeing whether they are vetted.",
    "Every SMS process has an owner and defined inputs and outputs; vetting status is visible at booking.",
    "Reviewed the map in SEC-MAN-001 §4; followed one overflow booking back to the vetting file." },
  { "4.4-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Read the improvement log kept by the Group Security Manager: 14 entries since go-live, including three "
    "revisions of the seal procedure after discrepancy trends and the new visitor badges." },

  /* Clause 5 */
  { "5.1-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Interviewed the Managing Director: objectives were set with the reefer expansion plan, and the policy "
    "was revised when the pharmaceutical contract was won." },
  { "5.1-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Security is not part of the sales process. Two contracts signed this year carry security schedules (one "
    "demands two drivers on a lane) that the Group Security Manager never saw; the depot learned of the "
    "two-driver clause from the customer's own audit.",
    "Every contract or tender with security terms is reviewed by the Group Security Manager before signature.",
    "Interviewed the Managing Director and the sales lead; sampled three contracts from the last six months." },
  { "5.1-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "The capital request for the Berth 7 CCTV head-end was raised, approved and ordered within three weeks. "
    "A second night guard for the depot waits for the depot risk assessment, which is a fair reason." },
  { "5.1-04", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "The MD's quarterly staff briefing has a security item; saw the slides of the last two briefings and the "
    "toolbox-talk sign-in sheets at both sites." },
  { "5.1-05", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Top management sees a monthly loss figure but no security indicators. The Managing Director could not "
    "say how many seal discrepancies or access violations there were last quarter; the board pack has no "
    "security section.",
    "A one-page security dashboard reviewed at every monthly board meeting.",
    "Reviewed the last three board packs; interviewed the Managing Director." },
  /* Conforming without evidence on purpose: the Overview should warn. */
  { "5.1-06", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Both site managers run weekly security walk-rounds and described the MD backing a refusal to release a "
    "load with a broken seal. Not yet backed by a record." },
  { "5.1-07", GW_RESULT_CONFORMING, GW_FINDING_GRADE_OPPORTUNITY, 2, 3,
    "Opportunity: good reports go unrecognised. A monthly mention of the best near-miss or suspicious-activity "
    "report would encourage reporting, especially among agency staff.",
    NULL,
    "Read the improvement log and management review minutes; asked six staff if reports are acknowledged." },
  { "5.2.1-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "SEC-POL-001 rev 3 is written for a port warehouse and haulier: bonded cargo, container integrity, "
    "partner security and information protection are all addressed." },
  { "5.2.1-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Two of the five objectives (driver turnover, server patching) trace to no policy commitment, while the "
    "commitment on partner security has no objective at all.",
    "Every objective cites the commitment it serves, and every commitment has an objective or a reason why not.",
    "Mapped SEC-OBJ-001 against the six commitments in SEC-POL-001." },
  { "5.2.1-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 4, 4, NULL, NULL,
    "Commitment 2.1 of the policy names customs, customer and insurer requirements explicitly." },
  { "5.2.1-04", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Commitment 2.6 of the policy, borne out by the improvement log (see 4.4-02)." },
  { "5.2.2-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "The policy carries revision, approval date and the MD's signature; reviewed within the last year." },
  { "5.2.2-02", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 3,
    "Most people asked do not know the policy: of eight warehouse operatives and four drivers, three could say "
    "what it means for their job. It hangs only in the depot office, not at Berth 7 or in the drivers' room, "
    "and agency staff are never briefed on it.",
    "Policy displayed at both sites and in the drivers' room, briefed at induction, including agency staff.",
    "Short interviews with twelve staff during the site tours at Berth 7 and Fenwick Road." },
  { "5.2.2-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 3, NULL, NULL,
    "Policy on the company website and in the subcontractor onboarding pack; two hauliers confirmed having it." },
  { "5.3-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Job descriptions for gate officers and dispatchers contain no security duties. The night gate officer "
    "at Berth 7 was unsure whether he may turn away a haulier who arrives without a booking reference.",
    "Security duties and authority written into gate, dispatch and driver job descriptions.",
    "Sampled four job descriptions; interviewed the night gate officer during the night visit." },
  { "5.3-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Appointment letter from the MD names the Group Security Manager as SMS owner for both sites." },
  { "5.3-03", GW_RESULT_PARTIAL, GW_FINDING_GRADE_OBSERVATION, 2, 3,
    "Quarterly SMS reports to the board are defined, but the last one was still a draft six weeks after "
    "quarter end. If the next one slips too, the reporting line exists only on paper.",
    "SMS report issued to the board within four weeks of each quarter end.",
    "Asked for the last two quarterly reports: one issued, one in draft." },

  /* Clause 6 */
  { "6.1.1-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "The risk workshop minutes refer back to the context issues and the interested-party register; each "
    "issue leads to at least one risk entry." },
  { "6.1.1-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_OPPORTUNITY, 2, 3,
    "Planning covers operational risks only. Risks to the system itself are not recorded: the Group "
    "Security Manager has no deputy, and partners are hard to engage. Naming a deputy and planning a partner "
    "workshop would close most of the gap.",
    "Risks and opportunities for the SMS itself recorded and reviewed with the operational ones.",
    "Reviewed the risk register headings with the Group Security Manager." },
  { "6.1.1-03", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Seven of the fifteen actions from the risk workshop have no owner, and none has been checked for effect.",
    "Each risk action has an owner and a date, and its effect is reviewed at the monthly security meeting.",
    "Sampled the fifteen workshop actions in the security action list." },
  { "6.1.2-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "SEC-RA-001 §1: 5×5 likelihood and consequence matrix, risks above 8 need treatment, above 15 go to the "
    "MD. Applied consistently in the Berth 7 assessment." },
  { "6.1.2-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "All 41 entries of the risk register are physical threats. Cyber attack on the booking portal, insider "
    "collusion and fraudulent collection are not assessed, and the depot is missing entirely (see 8.3-01).",
    "Physical, cyber, insider and fraud threats assessed at both sites.",
    "Read all 41 entries of the risk register." },
  { "6.1.2-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "SEC-RA-001 v1.4 is dated, names its assessors and was approved by the Managing Director." },
  { "6.1.3-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Of the twelve risks above the threshold, nine have a treatment decision. The reefer yard fence line, "
    "trailer park lighting at the depot and key control have read “TBC” for four months.",
    "A recorded treatment decision for every risk above the threshold within a month of assessment.",
    "Compared the risk register with the treatment plan SEC-RTP-001." },
  { "6.1.3-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "The nine decided treatments appear in procedures (seal control, visitor escort) or in the capital plan "
    "(CCTV head-end); checked three of them on site." },
  { "6.2.1-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Five company objectives with separate targets for Berth 7 and Fenwick Road in SEC-OBJ-001." },
  { "6.2.1-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_OPPORTUNITY, 3, 4,
    "Opportunity: the highest-rated risk (tampering with loaded containers) has no objective. A target for "
    "seal discrepancies would tie the objectives to the risk picture.",
    NULL,
    "Traced SEC-OBJ-001 back to the policy, the obligations and the top five risks." },
  /* Nonconforming without an action on purpose: the Overview should warn. */
  { "6.2.1-03", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 3,
    "Three of five objectives cannot be measured: “improve security awareness”, “strengthen partner "
    "security” and “reduce incidents” have no indicator, baseline, target or date.",
    "Each objective has an indicator, a baseline, a target value and a due date.",
    "Reviewed SEC-OBJ-001 with the Group Security Manager." },
  { "6.2.1-04", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Progress is reviewed at the monthly security meeting; saw four months of notes with the tracker attached." },
  { "6.2.1-05", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 3, NULL, NULL,
    "SEC-OBJ-001 rev 2 is controlled, with owners and a revision history." },
  { "6.2.2-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Action plans exist for two of the five objectives only (CCTV coverage, visitor management).",
    "Every objective has a plan of actions with resources.",
    "Reviewed the objectives tracker." },
  { "6.2.2-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Each objective and each of its twelve supporting actions has a named owner in the tracker." },
  { "6.3-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 2, 3, NULL, NULL,
    "Change request CHG-014 (CCTV head-end replacement): security impact assessed, temporary patrols "
    "planned for the cut-over night, signed off by the Group Security Manager." },

  /* Clause 7 */
  { "7.1-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "The annual budget covers guarding hours, CCTV, access control and half a post of training time; "
    "discussed with the Managing Director." },
  { "7.1-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Resources are not all working. At Berth 7, three of 22 cameras were dark during the visit, two of them "
    "over the reefer yard, five weeks after the fault was logged. At night one guard covers the depot's "
    "55 trailers and the fuel bay.",
    "Equipment faults fixed within five working days with interim measures; guarding set from the depot "
    "risk assessment.",
    "Checked every camera view in the Berth 7 control room and the fault log; night visit to the depot." },
  { "7.2-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Competence matrix TRN-MAT-SEC sets training and licences for eleven security roles, agency staff included." },
  { "7.2-02", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 3,
    "Four of ten gate and agency staff files sampled show no security induction, and two agency operatives "
    "working in the bonded store had not done the customs awareness module the matrix requires.",
    "No one works in a security role before the required induction and modules are recorded.",
    "Sampled ten training files against TRN-MAT-SEC." },
  { "7.2-04", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Competence records live in three places (HR system, a paper file at the depot, the agency's portal). "
    "The ADR certificates of two depot drivers could not be produced during the audit.",
    "One training record per person, complete and retrievable within a day.",
    "Asked for the records of the ten sampled people and the two ADR drivers." },
  { "7.3-01", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 3,
    "Policy awareness is low (see 5.2.2-02): agency operatives at Berth 7 had not heard of the policy and "
    "no driver had been briefed on it.",
    "All staff and agency workers can explain the policy in their own words.",
    "Twelve staff interviews during the site tours." },
  { "7.3-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "All eight staff asked knew how to report suspicious activity; the hotline card is on every lanyard and "
    "the gatehouse log shows five staff reports this quarter." },
  { "7.3-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_OBSERVATION, 2, 3,
    "Staff understand what a lapse costs the company, but several drivers called a broken seal “the "
    "customer's problem”. Worth a toolbox talk.",
    NULL,
    "Interviews with five drivers and four warehouse operatives." },
  { "7.4-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Communication matrix SEC-COM-001 says what goes to whom and by whom, internally and to customs, the "
    "port and customers." },
  { "7.4-04", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 4,
    "Route plans and load values for high-value runs are emailed to subcontracted hauliers as plain "
    "spreadsheets, and the next day's run sheet, with consignees and values, was pinned on the drivers'-room "
    "noticeboard in view of visiting drivers.",
    "Route and value information shared only through the transport system with named access.",
    "Observation in the drivers' room; read three emails to subcontractors with the Transport Manager." },
  { "7.5.1-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Most required documented information exists, but the legal register (4.2.2-03) and a security plan for "
    "Berth 7 (8.6.1-01) are missing.",
    "All documented information the standard requires is in place and on the master list.",
    "Checked the document master list against the documentation the standard calls for." },
  { "7.5.1-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "The master list holds 23 procedures and instructions for both sites, including seal control, key "
    "control, visitors and the bonded store." },
  { "7.5.2-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_OPPORTUNITY, 3, 4,
    "Opportunity: depot forms still use the old DEP- numbering while Berth 7 uses SEC- and PRO-. One scheme "
    "would help staff who work at both sites.",
    NULL,
    "Sampled twelve documents and forms from both sites." },
  /* Conforming without evidence on purpose: the Overview should warn. */
  { "7.5.2-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 3, NULL, NULL,
    "The QHSE Coordinator showed the SharePoint approval workflow; every document sampled names its approver "
    "and date." },
  { "7.5.3-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "The Berth 7 gatehouse PC cannot reach the security library, and the paper binder held revision 2 of the "
    "access control procedure (current: revision 4). The night gate officer could not find the bomb-threat "
    "checklist.",
    "Current instructions available at every security post, on paper or screen, day and night.",
    "Night visit to the Berth 7 gatehouse; compared the binder with the master list." },
  { "7.5.3-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "SharePoint permissions: the security library is open to nine named users, risk assessments and plans "
    "to four." },

  /* Clause 8, in progress */
  { "8.1-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Criteria are set in PRO-SEC-004, PRO-SEC-007 and the stuffing instruction, e.g. seal number recorded at "
    "door closure with a supervisor as witness." },
  { "8.1-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_OPPORTUNITY, 3, 4,
    "Opportunity: the supervisor signs off door closure on paper; doing it on the tally handheld would "
    "time-stamp it and save retyping.",
    NULL,
    "Observed six stuffing operations at Berth 7 over two shifts; all followed the work instruction." },
  { "8.1-03", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Depot records are incomplete: 9 of 28 nights sampled have no patrol sheet, and the seal log has blank "
    "gate-in checks (see 8.4-02). Berth 7 records were complete.",
    "Every patrol and seal check recorded, with a weekly completeness check by the shift supervisor.",
    "Sampled 28 nights of depot patrol sheets and the seal log for the same weeks." },
  { "8.1-05", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 4,
    "Subcontracted haulage is not controlled: checklist SUB-CHK-01 was completed for five of the nine "
    "hauliers used last quarter, and two were used with no vetting file at all, one for a bonded movement.",
    "No subcontractor booked unless vetted and approved; vetting renewed yearly.",
    "Compared last quarter's subcontractor bookings with the vetting files." },
  { "8.2-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "SEC-AST-001 lists receiving, storage, stuffing, stripping, sealing, yard moves, trunking and delivery "
    "for both sites." },
  { "8.2-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 2, 3, NULL, NULL,
    "SEC-AST-001 §3 covers handovers to the terminal, hauliers and customers; checked against vetting files." },
  { "8.3-01", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MAJOR, 1, 4,
    "SEC-RA-001 covers Berth 7 only. None of the depot's processes (trailer parking, driver changeovers, the "
    "fuel bay, key issue, loaded trailers left overnight) has been assessed, although the depot moves every "
    "container that leaves Berth 7 by road.",
    "Every depot process assessed with the SEC-RA-001 method, approved and feeding the treatment plan.",
    "Asked for the depot risk assessment; the Group Security Manager confirmed it has not been started." },
  { "8.3-02", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "The Berth 7 assessment was not revisited when the terminal changed its gate hours or when the "
    "pharmaceutical lane started.",
    "Risk assessment reviewed yearly and within a month of any incident, threat or operational change.",
    "Compared the revision history of SEC-RA-001 with the change register and incident log." },
  { "8.4-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "About 3 m of perimeter fence near the Berth 7 reefer yard is down, reported three weeks ago with no "
    "temporary barrier. At the depot, 4 of 11 lighting columns in the trailer park were out.",
    "Perimeter and lighting defects made safe within 24 hours and repaired within two weeks.",
    "Walked both perimeters: Berth 7 by day, the depot at night." },
  { "8.4-02", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MAJOR, 1, 4,
    "Seal integrity is not verified at the depot. Of 40 inbound movements from Berth 7 sampled, 17 have no "
    "gate-in seal check, and two recorded numbers differ from the seal issued, with no investigation. The "
    "seven-point trailer inspection is not done on the night shift at all.",
    "Every loaded unit's seal checked against the issue record at gate-in, discrepancies stopped and "
    "reported at once, and the seven-point inspection done on every shift.",
    "Sampled 40 movements in the depot seal log against the Berth 7 issue log; watched two night arrivals." },
  { "8.4-03", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Screening files of eight recent starters (four warehouse, three drivers, one agency) show identity, "
    "right to work, five-year history and references, all before the start date." },
  { "8.4-04", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "The depot's transport terminal runs on a shared login, and six people who left in the past year still "
    "have active accounts in the warehouse management system.",
    "Named accounts only; leavers disabled on their last day.",
    "Compared the WMS user list with the HR leavers' report; observed the depot terminal." },
  { "8.6.1-01", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MAJOR, 0, 3,
    "There is no security plan for the Berth 7 warehouse. PRO-SEC-011 covers the depot only, and the "
    "warehouse relies on the terminal's port facility plan, which does not deal with the bonded store, a "
    "breach of the warehouse perimeter, a bomb threat or a suspicious package at the dock.",
    "A Berth 7 security plan, coordinated with the terminal's plan, covering the credible scenarios.",
    "Asked the Warehouse Manager and two gate officers what they would do in three scenarios; read PRO-SEC-011." },
  { "8.6.3-01", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 4, NULL, NULL,
    "Intruder alarms at both sites report to an alarm receiving centre; telematics geofence alerts reach the "
    "depot dispatcher. A test alert during the night visit arrived in under two minutes." },
  { "8.6.4-01", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 3,
    "PRO-SEC-011 rev 1 is unsigned, has not been reviewed since issue, and three of its call-out numbers "
    "belong to people who have left.",
    "Plans approved, reviewed yearly and after every exercise or incident; call-out list checked monthly.",
    "Read PRO-SEC-011 and rang the call-out list with the Transport Manager." },

  /* Clauses 9 and 10: a first look only */
  { "9.2.1-01", GW_RESULT_PARTIAL, GW_FINDING_GRADE_MINOR, 2, 4,
    "Three of six planned internal audits were done; the depot audit has been postponed twice.",
    "Programme completed as planned; any postponement approved with a new date.",
    "Reviewed the audit programme and the three reports." },
  { "9.3.3-02", GW_RESULT_CONFORMING, GW_FINDING_GRADE_NONE, 3, 3, NULL, NULL,
    "Minutes of the inaugural management review are approved and list nine decisions with owners and dates." },
  { "10.2-01", GW_RESULT_NONCONFORMING, GW_FINDING_GRADE_MINOR, 1, 3,
    "The nonconformity log has four entries since go-live, yet the two seal mismatches and the fence damage "
    "found in this audit were known to site staff and never logged.",
    "Every nonconformity and security incident logged within 24 hours and contained.",
    "Compared the NC log with the seal log and the gatehouse occurrence book." },
};

typedef struct
{
  const char *ref;
  const char *justification;
  const char *audit_method;
} DemoExclusion;

/* Most of ISO 28000 cannot be excluded; these three are not applicable
 * only because the SMS is young. */
static const DemoExclusion demo_exclusions[] = {
  { "6.3-02",
    "No change to the SMS has been carried out yet: the CCTV replacement planned under CHG-014 (see 6.3-01) "
    "happens next quarter, so there is no completed change whose continuity arrangements could be tested. "
    "Re-check at the follow-up audit.",
    "Confirmed with the Group Security Manager against the change register." },
  { "8.6.5-02",
    "No incident has activated a security plan since the SMS went live; the incident log and occurrence "
    "books at both sites were checked back to go-live. The review step exists in PRO-SEC-011 §7 but cannot "
    "be tested until it is used.",
    "Read the incident log and both occurrence books." },
  { "9.3.2-01",
    "Only one management review has been held, the inaugural one, so there were no earlier actions to "
    "follow up. To be checked at the next review.",
    "Read the minutes of the inaugural review." },
};

typedef struct
{
  const char *ref;
  int         maturity_current;
  int         maturity_target;
} DemoPrinciple;

/* The 4.2.3 principles take maturity levels only. */
static const DemoPrinciple demo_principles[] = {
  { "4.2.3-P1", 2, 4 },
  { "4.2.3-P4", 3, 4 },
  { "4.2.3-P5", 2, 3 },
  { "4.2.3-P6", 2, 4 },
  { "4.2.3-P7", 1, 3 },
  { "4.2.3-P8", 2, 4 },
  { "4.2.3-P9", 2, 3 },
  { "4.2.3.2-01", 3, 4 },
  { "4.2.3.3-01", 2, 4 },
};

/* Attachments ----------------------------------------------------------- */

static const char policy_extract[] =
  "SEC-POL-001 Security policy, revision 3 (extract)\n"
  "Kestrel Quay Logistics Ltd\n"
  "\n"
  "We store, pack and move other people's goods. Our customers, customs and the\n"
  "port trust us to keep those goods, the containers they travel in and the\n"
  "information about them safe from theft, tampering and misuse.\n"
  "\n"
  "2.1 We meet the security conditions of our customs authorisation, our\n"
  "    customers' contracts and our insurers.\n"
  "2.2 We assess security risks at every site and on every lane, and act on them.\n"
  "2.3 We work only with hauliers and suppliers who meet our security rules.\n"
  "2.4 We protect shipment and route information as carefully as the cargo.\n"
  "2.5 Everyone who works for us, agency staff included, knows how to report\n"
  "    anything suspicious and may stop a load that does not look right.\n"
  "2.6 We set security objectives every year and keep improving how we work.\n"
  "\n"
  "Approved: Graham Lyle, Managing Director\n"
  "Review: yearly, and after any serious incident or major change\n";

static const char seal_procedure_extract[] =
  "PRO-SEC-004 Seal control, revision 2 (extract, sections 4 and 5)\n"
  "\n"
  "4 Issue and fitting (Berth 7)\n"
  "4.1 Seals are kept in the locked cabinet in the warehouse office; the shift\n"
  "    supervisor holds the key and issues seals one at a time.\n"
  "4.2 The seal number is written on the tally sheet and in the seal issue log\n"
  "    before the doors are closed.\n"
  "4.3 The supervisor witnesses door closure, fits the seal, pulls it to test it\n"
  "    and signs the tally sheet.\n"
  "\n"
  "5 Checks on arrival (depot and customer sites)\n"
  "5.1 The gate officer reads the seal number and compares it with the number on\n"
  "    the CMR and in the seal issue log.\n"
  "5.2 The gate officer carries out the seven-point check of the trailer or\n"
  "    container before it is parked.\n"
  "5.3 If the number differs or the seal is damaged, the unit is held at the gate,\n"
  "    the Transport Manager is called and an incident report is opened.\n";

static const char interview_security_manager[] =
  "# Interview: Group Security Manager\n"
  "\n"
  "- **Interviewee:** Sandra Mbeki, Group Security Manager (SMS owner)\n"
  "- **Auditors:** Helen Okafor (lead), Priya Raman\n"
  "- **Where:** Berth 7 office, about 90 minutes\n"
  "\n"
  "## Noted\n"
  "\n"
  "- Appointed SMS owner by letter from the MD; authority covers both sites.\n"
  "- Keeps an improvement log (14 entries); the seal procedure was revised three times.\n"
  "- No deputy. When she is on leave, security questions wait or go to the Warehouse Manager.\n"
  "- Last quarter's board report is still a draft.\n"
  "- Depot risk assessment is \"on the list\" but not started; she will need the Transport\n"
  "  Manager's time and has not asked for it yet.\n"
  "\n"
  "## Follow up\n"
  "\n"
  "- Get the draft quarterly report and an export of the improvement log.\n"
  "- Sample the depot seal log against the Berth 7 issue log.\n";

static const char interview_gatehouse[] =
  "# Interview: gatehouse supervisor, Berth 7\n"
  "\n"
  "- **Interviewee:** Lee Pritchard, gatehouse supervisor; night gate officer joined later\n"
  "- **Auditor:** Tomasz Wierzbicki\n"
  "\n"
  "## Noted\n"
  "\n"
  "- Knows the reporting route well and showed five staff reports in the log this quarter.\n"
  "- Watched door closure on two stuffing jobs; supervisor present both times.\n"
  "- Night officer unsure whether he may refuse a haulier with no booking reference.\n"
  "  \"I'd ring Derek, but he's not on call.\"\n"
  "- Gatehouse binder holds access control procedure rev 2 (current rev 4).\n"
  "- Gatehouse PC has no access to the security library on SharePoint.\n"
  "- Bomb-threat checklist could not be found.\n";

static const char interview_drivers[] =
  "# Interviews: drivers, Fenwick Road depot\n"
  "\n"
  "Five drivers in the drivers' room at the start of the early shift (three employed,\n"
  "two agency). About 10 minutes each.\n"
  "\n"
  "| Question | Answered well |\n"
  "|---|---|\n"
  "| What does the security policy ask of you? | 1 of 5 |\n"
  "| Pharmaceutical lane: where may you stop? | 3 of 5 |\n"
  "| Broken seal on collection: what do you do? | 3 of 5 |\n"
  "| How do you report something suspicious? | 5 of 5 |\n"
  "\n"
  "Two drivers said a broken seal is \"the customer's problem\". Tomorrow's run sheet,\n"
  "with values, was pinned on the noticeboard (photo taken).\n";

typedef struct
{
  int         days_ago;
  const char *time;
  const char *unit;
  const char *container;
  const char *seal_issued;
  const char *seal_found;   /* empty when nobody checked */
  const char *checked_by;
  const char *remark;
} SealCheck;

static const SealCheck seal_checks[] = {
  { 27, "06:40", "KQ-14", "KQLU 4417203", "KQ118402", "KQ118402", "CA", "" },
  { 27, "22:15", "KQ-09", "NRDU 8830115", "KQ118409", "", "", "night shift" },
  { 26, "07:05", "Norland Haulage", "BLWU 2210448", "KQ118415", "KQ118415", "CA", "" },
  { 25, "23:50", "KQ-21", "TRXU 5519732", "KQ118421", "", "", "night shift" },
  { 24, "14:30", "KQ-03", "KQLU 7720196", "KQ118433", "KQ118433", "JB", "" },
  { 22, "02:10", "KQ-17", "NRDU 6645081", "KQ118440", "KQ118404", "PS", "driver says seal replaced at terminal" },
  { 20, "09:45", "KQ-14", "BLWU 3390027", "KQ118456", "KQ118456", "CA", "" },
  { 18, "21:30", "Dunmore Transport", "KQLU 1184630", "KQ118471", "", "", "" },
  { 15, "16:20", "KQ-06", "TRXU 2076514", "KQ118489", "KQ118489", "JB", "" },
  { 13, "03:05", "KQ-11", "NRDU 7451208", "KQ118512", "KQ118521", "PS", "typo?" },
  { 11, "11:10", "KQ-03", "KQLU 6603391", "KQ118530", "KQ118530", "CA", "" },
  { 9, "22:40", "KQ-21", "BLWU 9917045", "KQ118544", "", "", "night shift" },
  { 7, "08:15", "KQ-09", "TRXU 3318820", "KQ118561", "KQ118561", "JB", "" },
  { 4, "13:55", "Norland Haulage", "KQLU 5524107", "KQ118577", "KQ118577", "CA", "" },
};

char *
_gw_demo_format_day (GDateTime *today,
                     int        days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (today, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

/* The seal log extract carries real dates, so it is written for today. */
static char *
seal_log_csv (GDateTime *today)
{
  GString *csv = g_string_new ("date,time,unit,container,seal_issued,seal_at_gate_in,checked_by,remark\n");

  for (guint i = 0; i < G_N_ELEMENTS (seal_checks); i++)
    {
      const SealCheck *row = &seal_checks[i];
      g_autofree char *date = _gw_demo_format_day (today, -row->days_ago);

      g_string_append_printf (csv, "%s,%s,%s,%s,%s,%s,%s,%s\n", date, row->time, row->unit,
                              row->container, row->seal_issued, row->seal_found, row->checked_by,
                              row->remark);
    }

  return g_string_free (csv, FALSE);
}

/* Evidence -------------------------------------------------------------- */

typedef struct
{
  const char      *title;
  GwEvidenceKind   kind;
  const char      *reference;
  int              days_ago;
  const char      *notes;
  const char      *links[5];      /* requirement refs, NULL-terminated */
  const char      *file_name;     /* NULL when nothing is attached */
  const char      *mime_type;
  const char      *text;          /* the attachment, unless it is generated */
  char          *(*generate)      (GDateTime *today);
} DemoEvidence;

/* 5.1-06 and 7.5.2-03 are left without evidence on purpose (see above). */
static const DemoEvidence demo_evidence[] = {
  { .title = "Security policy SEC-POL-001 rev 3", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "SEC-POL-001 rev 3, signed by G. Lyle", .days_ago = 160,
    .notes = "Displayed in the depot office only; also on the company website.",
    .links = { "5.2.1-01", "5.2.1-03", "5.2.1-04", "5.2.2-01" },
    .file_name = "SEC-POL-001-rev3-extract.txt", .mime_type = "text/plain", .text = policy_extract },
  { .title = "SMS manual SEC-MAN-001 rev 2", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "SEC-MAN-001 rev 2, §2 scope, §4 process map", .days_ago = 95,
    .links = { "4.3-01", "4.3-03", "4.4-01", "7.5.1-02" } },
  { .title = "Context analysis SEC-CTX-001", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "SEC-CTX-001, PESTLE and SWOT workshop output", .days_ago = 210,
    .notes = "No revision history; not updated since before the pharmaceutical contract.",
    .links = { "4.1-01", "4.1-02", "6.1.1-01" } },
  { .title = "Interested-party register", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "SEC-REG-001 v2", .days_ago = 88,
    .links = { "4.2.1-01", "4.2.1-02", "4.2.1-03" } },
  { .title = "Customs warehouse authorisation and conditions", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "Authorisation CW-C 0417, conditions schedule", .days_ago = 300,
    .notes = "Reviewed in place of the missing legal register.",
    .links = { "4.2.2-01", "4.2.2-02", "4.2.2-03" } },
  { .title = "Interview: Group Security Manager", .kind = GW_EVIDENCE_KIND_INTERVIEW,
    .reference = "S. Mbeki, Berth 7 office", .days_ago = 19,
    .links = { "4.4-02", "5.3-02", "5.3-03", "6.1.1-02" },
    .file_name = "interview-security-manager.md", .mime_type = "text/markdown",
    .text = interview_security_manager },
  { .title = "Interview: Managing Director", .kind = GW_EVIDENCE_KIND_INTERVIEW,
    .reference = "G. Lyle, 45 minutes", .days_ago = 19,
    .links = { "5.1-01", "5.1-03", "5.1-04", "5.1-05" } },
  { .title = "Minutes of the inaugural management review", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "MR-01, approved", .days_ago = 70,
    .links = { "4.4-02", "5.1-07", "9.3.2-01", "9.3.3-02" } },
  { .title = "Security risk assessment SEC-RA-001 v1.4 (Berth 7)", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "SEC-RA-001 v1.4", .days_ago = 130,
    .notes = "Berth 7 only; there is no depot section.",
    .links = { "6.1.2-01", "6.1.2-03", "8.3-01", "8.3-02" } },
  { .title = "Risk treatment plan and workshop action list", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "SEC-RTP-001, “Actions” tab", .days_ago = 30,
    .links = { "6.1.1-03", "6.1.2-02", "6.1.3-01", "6.1.3-03" } },
  { .title = "Security objectives SEC-OBJ-001 rev 2", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "SEC-OBJ-001 rev 2", .days_ago = 85,
    .links = { "6.2.1-01", "6.2.1-02", "6.2.1-03", "6.2.1-05" } },
  { .title = "Objectives tracker and security meeting notes", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "Monthly security meeting, last four meetings", .days_ago = 12,
    .links = { "5.2.1-02", "6.2.1-04", "6.2.2-01", "6.2.2-03" } },
  { .title = "Change request CHG-014: CCTV head-end replacement", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "CHG-014", .days_ago = 40,
    .links = { "5.1-03", "6.3-01", "6.3-02", "7.1-01" } },
  { .title = "Site tour: Berth 7 perimeter, gatehouse and reefer yard", .kind = GW_EVIDENCE_KIND_OBSERVATION,
    .reference = "Day visit with D. Holm", .days_ago = 17,
    .notes = "Three cameras dark on the control-room wall; fault log shows them reported five weeks earlier.",
    .links = { "7.1-02", "8.1-01", "8.4-01" } },
  { .title = "Night visit: depot gate and trailer park", .kind = GW_EVIDENCE_KIND_OBSERVATION,
    .reference = "22:00 to 01:30, with the night shift supervisor", .days_ago = 8,
    .notes = "Two arrivals from Berth 7 parked without a seal check; four lighting columns out; one guard.",
    .links = { "7.1-02", "8.1-03", "8.4-01", "8.4-02" } },
  { .title = "Photo: damaged perimeter fence near the reefer yard", .kind = GW_EVIDENCE_KIND_PHOTO,
    .reference = "IMG_4471.jpg, audit laptop", .days_ago = 17,
    .notes = "About 3 m of mesh pulled off two posts; no temporary barrier.",
    .links = { "8.4-01", "10.2-01" } },
  { .title = "Competence matrix TRN-MAT-SEC rev 1", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "TRN-MAT-SEC rev 1", .days_ago = 120,
    .links = { "7.2-01", "7.2-02" } },
  { .title = "Training files of ten gate and agency staff", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "HR system export and depot paper files", .days_ago = 11,
    .notes = "Four without induction record; two agency operatives missing the customs module.",
    .links = { "7.2-02", "7.2-04", "7.3-01" } },
  { .title = "Interview: gatehouse supervisor, Berth 7", .kind = GW_EVIDENCE_KIND_INTERVIEW,
    .reference = "L. Pritchard and the night gate officer", .days_ago = 16,
    .links = { "5.3-01", "7.3-02", "7.5.3-01", "8.1-02" },
    .file_name = "interview-gatehouse-berth7.md", .mime_type = "text/markdown", .text = interview_gatehouse },
  { .title = "Interviews: five drivers, depot drivers' room", .kind = GW_EVIDENCE_KIND_INTERVIEW,
    .reference = "Fenwick Road, early shift", .days_ago = 10,
    .links = { "4.2.2-04", "5.2.2-02", "7.3-01", "7.3-03" },
    .file_name = "interviews-drivers-depot.md", .mime_type = "text/markdown", .text = interview_drivers },
  { .title = "Communication matrix SEC-COM-001", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "SEC-COM-001 rev 1", .days_ago = 90,
    .links = { "5.2.2-03", "7.4-01" } },
  { .title = "Photo: run sheet with load values on the drivers'-room noticeboard",
    .kind = GW_EVIDENCE_KIND_PHOTO, .reference = "IMG_4502.jpg, audit laptop", .days_ago = 10,
    .links = { "7.4-04" } },
  { .title = "Document master list, both sites", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "QHSE master list, export", .days_ago = 14,
    .links = { "7.5.1-01", "7.5.1-02", "7.5.2-01" } },
  { .title = "SharePoint permissions, security library", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "Permission report exported by A. Haddad", .days_ago = 13,
    .links = { "7.5.3-02", "8.4-04" } },
  { .title = "Seal control procedure PRO-SEC-004 rev 2", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "PRO-SEC-004 rev 2", .days_ago = 100,
    .links = { "8.1-01", "8.4-02" },
    .file_name = "PRO-SEC-004-rev2-extract.txt", .mime_type = "text/plain", .text = seal_procedure_extract },
  { .title = "Seal log extract, depot gate-in", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "Depot seal log, last four weeks", .days_ago = 3,
    .notes = "Fourteen of the 40 movements sampled. Blank gate-in checks, mostly at night; two mismatches.",
    .links = { "8.1-03", "8.4-02", "10.2-01" },
    .file_name = "seal-log-depot-extract.csv", .mime_type = "text/csv", .generate = seal_log_csv },
  { .title = "Night patrol sheets, depot", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "Patrol sheets, 28 nights", .days_ago = 8,
    .notes = "Nine nights without a sheet.",
    .links = { "8.1-03" } },
  { .title = "Haulier vetting files", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "SUB-CHK-01 files, nine hauliers used last quarter", .days_ago = 9,
    .links = { "8.1-05", "8.2-02" } },
  { .title = "Process and asset inventory SEC-AST-001", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "SEC-AST-001 rev 1", .days_ago = 110,
    .links = { "8.2-01", "8.2-02" } },
  { .title = "Pre-employment screening files of eight starters", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "HR-PRO-003 screening files", .days_ago = 11,
    .links = { "8.4-03" } },
  { .title = "Worksheet: WMS accounts against HR leavers", .kind = GW_EVIDENCE_KIND_OTHER,
    .reference = "Prepared by the audit team", .days_ago = 13,
    .notes = "Six leavers with active accounts; one shared login on the depot terminal.",
    .links = { "8.4-04" } },
  { .title = "Incident response procedure PRO-SEC-011 rev 1 (depot)", .kind = GW_EVIDENCE_KIND_DOCUMENT,
    .reference = "PRO-SEC-011 rev 1, unsigned", .days_ago = 150,
    .notes = "Three call-out numbers no longer answer.",
    .links = { "8.6.1-01", "8.6.3-01", "8.6.4-01" } },
  { .title = "Telematics geofence alert test", .kind = GW_EVIDENCE_KIND_OTHER,
    .reference = "Test alert from unit KQ-21 during the night visit", .days_ago = 8,
    .notes = "Alert reached the dispatcher's screen in under two minutes.",
    .links = { "8.6.3-01" } },
  { .title = "Internal audit programme and reports", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "IA programme, reports IA-01 to IA-03", .days_ago = 15,
    .links = { "9.2.1-01" } },
  { .title = "Nonconformity log", .kind = GW_EVIDENCE_KIND_RECORD,
    .reference = "QHSE nonconformity log, four entries", .days_ago = 7,
    .links = { "10.2-01" } },
};

/* Actions --------------------------------------------------------------- */

typedef struct
{
  const char     *title;
  const char     *description;
  const char     *owner;
  int             due_in_days;    /* negative when the due date has passed */
  GwPriority      priority;
  GwActionStatus  status;
  const char     *links[4];       /* requirement refs, NULL-terminated */
} DemoAction;

static const DemoAction demo_actions[] = {
  { "Check seals at depot gate-in on every shift",
    "Brief all depot gate staff on PRO-SEC-004 §5, add the seal check and seven-point inspection to the night "
    "shift checklist, and have the shift supervisor review the seal log daily. Investigate the two mismatches.",
    "Fiona Castell, Transport Manager", -5, GW_PRIORITY_CRITICAL, GW_ACTION_STATUS_IN_PROGRESS,
    { "8.4-02", "8.1-03" } },
  { "Write a security plan for Berth 7",
    "Cover perimeter breach, bomb threat, suspicious package and bonded-store intrusion; agree the "
    "interfaces with the terminal's port facility plan; approve, brief and exercise it.",
    "Sandra Mbeki, Group Security Manager", 30, GW_PRIORITY_CRITICAL, GW_ACTION_STATUS_OPEN,
    { "8.6.1-01", "8.6.4-01", "7.5.1-01" } },
  { "Risk-assess the depot processes",
    "Apply the SEC-RA-001 method to trailer parking, driver changeovers, fuel bay and key issue, and add "
    "cyber, insider and fraud threats for both sites.",
    "Sandra Mbeki, Group Security Manager", 21, GW_PRIORITY_HIGH, GW_ACTION_STATUS_IN_PROGRESS,
    { "8.3-01", "6.1.2-02", "8.3-02" } },
  { "Set up a register of legal and other security obligations",
    "One controlled register with source, site, owner and review date for each obligation, and a monthly "
    "check of customs and legislation updates.",
    "Marta Nowak, QHSE Coordinator", -10, GW_PRIORITY_HIGH, GW_ACTION_STATUS_OPEN,
    { "4.2.2-03", "4.2.2-01" } },
  { "Vet every subcontracted haulier before booking",
    "Complete SUB-CHK-01 for the four hauliers without a file and block unvetted hauliers in the planning "
    "system.",
    "Fiona Castell, Transport Manager", -2, GW_PRIORITY_HIGH, GW_ACTION_STATUS_IN_PROGRESS,
    { "8.1-05" } },
  { "Brief all staff and agency workers on the security policy",
    "Display the policy at Berth 7 and in the drivers' room, add it to the induction for agency staff, and "
    "cover it in the next round of toolbox talks.",
    "Joanne Reeve, HR Business Partner", 14, GW_PRIORITY_MEDIUM, GW_ACTION_STATUS_DONE,
    { "5.2.2-02", "7.3-01" } },
  { "Repair the reefer yard fence and the trailer park lighting",
    "Temporary barrier at once, permanent repair of the fence section, replacement of the four failed lamps.",
    "Derek Holm, Warehouse Manager", -12, GW_PRIORITY_HIGH, GW_ACTION_STATUS_VERIFIED,
    { "8.4-01" } },
  { "Restore the three failed cameras at Berth 7",
    "Call out the CCTV contractor, and set a five-day repair target for camera faults.",
    "Amir Haddad, IT Manager", -8, GW_PRIORITY_HIGH, GW_ACTION_STATUS_DONE,
    { "7.1-02" } },
  { "Stop sending route plans and load values by spreadsheet",
    "Share run details with subcontractors through the transport system's carrier portal, and take run "
    "sheets off the noticeboard.",
    "Amir Haddad, IT Manager", 10, GW_PRIORITY_HIGH, GW_ACTION_STATUS_IN_PROGRESS,
    { "7.4-04" } },
  { "Complete induction records for gate and agency staff",
    "Induct the four staff without a record, put the two agency operatives through the customs module, and "
    "move all training records into the HR system.",
    "Joanne Reeve, HR Business Partner", 20, GW_PRIORITY_MEDIUM, GW_ACTION_STATUS_OPEN,
    { "7.2-02", "7.2-04" } },
  { "Remove the shared depot login and leavers' accounts",
    "Named accounts on the depot terminal; disable the six leavers and add account removal to the HR "
    "leaver checklist.",
    "Amir Haddad, IT Manager", -3, GW_PRIORITY_MEDIUM, GW_ACTION_STATUS_DONE,
    { "8.4-04" } },
  { "Brief drivers on customer route rules",
    "Print customer security rules on run sheets and brief every driver before a first run for a customer.",
    "Fiona Castell, Transport Manager", 7, GW_PRIORITY_MEDIUM, GW_ACTION_STATUS_OPEN,
    { "4.2.2-04" } },
  { "Log and investigate the seal mismatches and fence damage",
    "Open nonconformity records for the cases found in this audit, find the root causes and remind site "
    "staff what must be logged.",
    "Marta Nowak, QHSE Coordinator", -1, GW_PRIORITY_MEDIUM, GW_ACTION_STATUS_OPEN,
    { "10.2-01" } },
  { "Reschedule the depot internal audit",
    "Set a firm date for the postponed depot audit and have postponements approved by the Group Security "
    "Manager.",
    "Marta Nowak, QHSE Coordinator", 40, GW_PRIORITY_LOW, GW_ACTION_STATUS_OPEN,
    { "9.2.1-01" } },
};

/* Applying the tables --------------------------------------------------- */

typedef gboolean (*LinkFunc) (GwAudit  *audit,
                              gint64    id,
                              gint64    requirement_id,
                              gboolean  linked,
                              GError  **error);

gint64
_gw_demo_lookup (Demo        *demo,
                 const char  *ref,
                 GError     **error)
{
  GwRequirement *req = g_hash_table_lookup (demo->requirements, ref);

  if (req == NULL)
    {
      g_set_error (error, GW_AUDIT_ERROR, GW_AUDIT_ERROR_NO_SUCH_ITEM,
                   _("The demo audit needs requirement “%s”, which the built-in catalogue lacks."), ref);
      return 0;
    }

  return req->id;
}

static gboolean
assess (Demo          *demo,
        GwAssessment  *a,
        const char    *ref,
        GError       **error)
{
  a->requirement_id = _gw_demo_lookup (demo, ref, error);
  return a->requirement_id != 0 && gw_audit_set_assessment (demo->audit, a, error);
}

static gboolean
apply_assessments (Demo    *demo,
                   GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_assessments); i++)
    {
      const DemoAssessment *entry = &demo_assessments[i];
      g_autoptr(GwAssessment) a = gw_assessment_new (0);

      a->result = entry->result;
      a->grade = entry->grade;
      a->maturity_current = entry->maturity_current;
      a->maturity_target = entry->maturity_target;
      a->finding = g_strdup (entry->finding);
      a->objective = g_strdup (entry->objective);
      a->audit_method = g_strdup (entry->audit_method);

      if (!assess (demo, a, entry->ref, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
apply_exclusions (Demo    *demo,
                  GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_exclusions); i++)
    {
      const DemoExclusion *entry = &demo_exclusions[i];
      g_autoptr(GwAssessment) a = gw_assessment_new (0);

      a->result = GW_RESULT_NOT_APPLICABLE;
      a->justification = g_strdup (entry->justification);
      a->audit_method = g_strdup (entry->audit_method);

      if (!assess (demo, a, entry->ref, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
apply_principles (Demo    *demo,
                  GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_principles); i++)
    {
      const DemoPrinciple *entry = &demo_principles[i];
      g_autoptr(GwAssessment) a = gw_assessment_new (0);

      a->maturity_current = entry->maturity_current;
      a->maturity_target = entry->maturity_target;

      if (!assess (demo, a, entry->ref, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
link_all (Demo               *demo,
          LinkFunc            link,
          gint64              id,
          const char *const  *refs,
          GError            **error)
{
  for (guint i = 0; refs[i] != NULL; i++)
    {
      gint64 requirement_id = _gw_demo_lookup (demo, refs[i], error);

      if (requirement_id == 0 || !link (demo->audit, id, requirement_id, TRUE, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
attach (Demo                *demo,
        gint64               id,
        const DemoEvidence  *entry,
        GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (entry->file_name == NULL)
    return TRUE;

  if (entry->generate != NULL)
    {
      char *text = entry->generate (demo->today);
      bytes = g_bytes_new_take (text, strlen (text));
    }
  else
    bytes = g_bytes_new_static (entry->text, strlen (entry->text));

  return gw_audit_attach_bytes (demo->audit, id, entry->file_name, entry->mime_type, bytes, error);
}

static gboolean
apply_evidence (Demo    *demo,
                GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_evidence); i++)
    {
      const DemoEvidence *entry = &demo_evidence[i];
      g_autoptr(GwEvidence) e = gw_evidence_new (entry->title, entry->kind);
      gint64 id;

      e->reference = g_strdup (entry->reference);
      e->date = _gw_demo_format_day (demo->today, -entry->days_ago);
      e->notes = g_strdup (entry->notes);

      id = gw_audit_add_evidence (demo->audit, e, error);
      if (id == 0 ||
          !attach (demo, id, entry, error) ||
          !link_all (demo, gw_audit_link_evidence, id, entry->links, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
apply_actions (Demo    *demo,
               GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_actions); i++)
    {
      const DemoAction *entry = &demo_actions[i];
      g_autoptr(GwAction) action = gw_action_new (entry->title);
      gint64 id;

      action->description = g_strdup (entry->description);
      action->owner = g_strdup (entry->owner);
      action->due_date = _gw_demo_format_day (demo->today, entry->due_in_days);
      action->priority = entry->priority;
      action->status = entry->status;

      id = gw_audit_add_action (demo->audit, action, error);
      if (id == 0 || !link_all (demo, gw_audit_link_action, id, entry->links, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill (GwAudit    *audit,
      GDateTime  *today,
      GError    **error)
{
  g_autoptr(GPtrArray) requirements = gw_audit_list_requirements (audit, error);
  g_autoptr(GHashTable) by_ref = NULL;
  Demo demo;

  if (requirements == NULL)
    return FALSE;

  /* The keys and values are borrowed from @requirements, which outlives the table. */
  by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < requirements->len; i++)
    {
      GwRequirement *req = g_ptr_array_index (requirements, i);
      g_hash_table_insert (by_ref, req->ref, req);
    }

  demo = (Demo) { .audit = audit, .today = today, .requirements = by_ref };

  return apply_assessments (&demo, error) &&
         apply_exclusions (&demo, error) &&
         apply_principles (&demo, error) &&
         apply_evidence (&demo, error) &&
         apply_actions (&demo, error) &&
         _gw_demo_apply_risks (&demo, error);
}

static GwAuditDetails *
demo_details (GDateTime *today)
{
  GwAuditDetails *details = gw_audit_details_new ();

  g_free (details->organisation);
  details->organisation = g_strdup ("Kestrel Quay Logistics Ltd");
  g_strfreev (details->sites);
  details->sites = g_strdupv ((char **) demo_sites);
  details->scope = g_strdup (demo_scope);
  details->audit_type = GW_AUDIT_TYPE_GAP_ANALYSIS;
  details->lead_auditor = g_strdup (LEAD_AUDITOR);
  details->team = g_strdup (demo_team);
  details->auditee_contacts = g_strdup (demo_contacts);
  details->start_date = _gw_demo_format_day (today, -20);
  details->end_date = _gw_demo_format_day (today, 25);

  return details;
}

/* A demo that could not be written completely is of no use, and the empty
 * file left behind would make the next attempt fail because it exists. */
static GwAudit *
discard (GwAudit *audit,
         GFile   *file)
{
  if (gw_audit_close (audit, NULL))
    g_file_delete (file, NULL, NULL);

  return NULL;
}

/**
 * gw_demo_create:
 * @file: where the demo audit is saved; it must not exist
 *
 * Creates the demo audit of a fictional logistics company, written in one
 * transaction.
 *
 * Returns: (transfer full): the open audit, or %NULL with @error set
 */
GwAudit *
gw_demo_create (GFile   *file,
                GError **error)
{
  g_autoptr(GwCatalogue) catalogue = NULL;
  g_autoptr(GwAuditDetails) details = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GwAudit) audit = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  catalogue = gw_catalogue_new_builtin (CATALOGUE_ID, error);
  if (catalogue == NULL)
    return NULL;

  today = g_date_time_new_now_local ();
  details = demo_details (today);

  audit = gw_audit_create (file, catalogue, details, error);
  if (audit == NULL)
    return NULL;

  gw_audit_set_author (audit, LEAD_AUDITOR);

  if (!gw_audit_begin_batch (audit, error))
    return discard (audit, file);

  if (!fill (audit, today, error))
    {
      gw_audit_cancel_batch (audit);
      return discard (audit, file);
    }

  if (!gw_audit_end_batch (audit, error) || !gw_audit_save (audit, error))
    return discard (audit, file);

  return g_steal_pointer (&audit);
}
