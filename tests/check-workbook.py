#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Excel export the way the manager's tools read it.

Runs `gapwise-cli export` on the demo audit, on an audit full of hostile
values and on a small risk register, then opens each workbook with
openpyxl (Debian's python3-openpyxl) and compares it with the audit:
sheets, one gap-matrix row per requirement (per applicable requirement
with --no-not-applicable), values, drop-down lists, conditional formats,
charts, print settings, defined names and properties; formula-like text
stays text, long text is cut with a marker, only web and mail references
are links. The risk sheets: one register row per risk with the core's
scores and levels in the level's colour, heat-map counts equal to those
of the register's rows, one row per security measure, and the Summary's
risk figures equal to those of `gapwise-cli summary --json`. It exports
under LC_ALL=de_DE.UTF-8 and checks every number, and converts the
workbooks to PDF with LibreOffice (`soffice --headless`).

A missing tool, package or locale is a failure, not a skip:
build-aux/setup-deps.sh installs and generates all of them.

The audits come from the test programs' helper modes: `test-export
--traps` and `--dump`, `test-export-risks --risks`.

Usage: check-workbook.py --cli GAPWISE_CLI --fixture TEST_EXPORT --risk-fixture TEST_EXPORT_RISKS
"""

import argparse
import glob
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

SHEETS = ["Summary", "Gap matrix", "Action plan", "Evidence register", "Documented information", "Risk register",
          "Heat map", "Security measures", "Lists"]
RISK_HEADERS = ["Ref", "Risk", "Threat scenario", "Vulnerability", "Asset", "Threat category", "Inherent likelihood",
                "Inherent impact", "Inherent score", "Inherent level", "Treatment", "Security measures",
                "Residual likelihood", "Residual impact", "Residual score", "Residual level", "Owner", "Next review",
                "Requirements", "Actions"]
STATUS_COLOURS = {"In place": "green", "Partly in place": "amber", "Planned": "amber", "Not in place": "red"}
MATRIX_HEADERS = ["Ref", "Clause", "Requirement", "Result", "Finding grade", "Maturity now", "Maturity target",
                  "Gap", "Finding", "Evidence", "Objective", "Actions", "Owner", "Next due", "Priority"]
MARKER = re.compile(r" \[…truncated: (\d+) more characters in the audit\]$")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)
    return condition


def fatal(message):
    print("FAIL:", message, file=sys.stderr)
    sys.exit(1)


try:
    import openpyxl
except ImportError:
    fatal("python3-openpyxl is missing (run build-aux/setup-deps.sh); this check cannot be skipped")


class Runner:
    def __init__(self, cli, fixture, risk_fixture, work):
        self.cli = os.path.abspath(cli)
        self.fixture = os.path.abspath(fixture)
        self.risk_fixture = os.path.abspath(risk_fixture)
        self.work = work
        self.env = dict(os.environ)
        self.env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": "", "HOME": os.path.join(work, "home"),
                         "XDG_STATE_HOME": os.path.join(work, "state"),
                         "XDG_CACHE_HOME": os.path.join(work, "cache")})
        os.makedirs(self.env["HOME"], exist_ok=True)

    def run(self, args, expect=0, env=None, cwd=None):
        process = subprocess.run(args, capture_output=True, text=True, env=env or self.env,
                                 cwd=cwd or self.work, timeout=600)
        if process.returncode != expect:
            fatal(f"{' '.join(args)} exited with {process.returncode}, not {expect}:\n"
                  f"{process.stdout}{process.stderr}")
        return process

    def gapwise(self, *args, expect=0, env=None, cwd=None):
        return self.run([self.cli, *args], expect=expect, env=env, cwd=cwd)


def empty(value):
    return value is None or value == ""


def table(ws, name):
    check(name in ws.tables, f"{ws.title}: no table {name}")
    ref = ws.tables[name].ref
    first, last = ref.split(":")
    return int(re.sub(r"[A-Z]+", "", first)), int(re.sub(r"[A-Z]+", "", last)), ref


def defined_names(wb):
    names = {}
    for dn in wb.defined_names.definedName:
        names[dn.name] = dn.attr_text
    return names


def check_print(ws, repeat=True):
    setup = ws.page_setup
    check(setup.orientation == "landscape", f"{ws.title}: not landscape")
    check(str(setup.paperSize) == "9", f"{ws.title}: not A4 ({setup.paperSize})")
    check(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage,
          f"{ws.title}: not fitted to the page")
    check(setup.fitToWidth in (None, 1, "1") and str(setup.fitToHeight) == "0",
          f"{ws.title}: not fitted to one page wide ({setup.fitToWidth}×{setup.fitToHeight})")
    check("&P" in (ws.oddFooter.center.text or ""), f"{ws.title}: no page number in the footer")
    if repeat:
        check(ws.print_title_rows is not None and "3" in ws.print_title_rows,
              f"{ws.title}: the header row is not repeated on every page ({ws.print_title_rows})")


def check_matrix(wb, values, expected, include_na):
    ws = wb["Gap matrix"]
    cached = values["Gap matrix"]
    rows = [r for r in expected["requirements"] if include_na or not r["not_applicable"]]
    first, last, ref = table(ws, "tblGapMatrix")
    check(first == 3 and last == 3 + len(rows), f"gap matrix table {ref} does not hold {len(rows)} rows")
    check([ws.cell(3, c).value for c in range(1, 16)] == MATRIX_HEADERS, "gap matrix headers")
    check(ws.max_row == 3 + len(rows), f"gap matrix has {ws.max_row - 3} rows, not {len(rows)}")
    check(ws.freeze_panes == "C4", f"gap matrix panes frozen at {ws.freeze_panes}")

    for i, req in enumerate(rows):
        row = 4 + i
        cell = lambda col: ws.cell(row, col).value
        where = f"gap matrix row {row} ({req['ref']})"
        check(cell(1) == req["ref"], f"{where}: ref {cell(1)!r}")
        check(cell(3) == req["question"], f"{where}: question")
        check(cell(4) == req["result"], f"{where}: result {cell(4)!r}, not {req['result']!r}")
        check(empty(cell(5)) if not req["grade"] else cell(5) == req["grade"], f"{where}: finding grade")
        for col, level in ((6, req["current"]), (7, req["target"])):
            if level < 0:
                check(cell(col) is None, f"{where}: maturity should be blank")
            else:
                check(cell(col) == level and ws.cell(row, col).data_type == "n", f"{where}: maturity {cell(col)!r}")
        gap = cached.cell(row, 8).value
        if req["current"] >= 0 and req["target"] >= 0:
            check(str(cell(8)).startswith("=IF(AND(ISNUMBER("), f"{where}: gap is not the app's formula")
            check(gap == req["target"] - req["current"], f"{where}: cached gap {gap!r}")
        else:
            check(empty(gap), f"{where}: gap should be blank, is {gap!r}")
        check((cell(9) or "") == (req["finding"] or ""), f"{where}: finding")
        evidence = cell(10)
        if req["n_evidence"] == 0:
            check(empty(evidence), f"{where}: evidence should be empty")
        else:
            check(len(evidence.split("\n")) >= req["n_evidence"], f"{where}: {req['n_evidence']} evidence items")

    validations = ws.data_validations.dataValidation
    check(len(validations) == 5 and all(v.type == "list" for v in validations),
          f"gap matrix: {len(validations)} drop-down lists, not 5")
    columns = sorted(str(v.sqref) for v in validations)
    for col in "DEFGO":
        check(f"{col}4:{col}{3 + len(rows)}" in columns, f"gap matrix: no drop-down list on column {col}")
    formulas = [v.formula1 for v in validations]
    check('"Not assessed,Conforming,Partially conforming,Nonconforming,Not applicable"' in formulas
          and '"0,1,2,3,4,5"' in formulas, f"gap matrix list sources {formulas}")

    ranges = {str(cf.sqref): [r.type for r in cf.rules] for cf in ws.conditional_formatting}
    check(ranges.get(f"D4:D{3 + len(rows)}") == ["cellIs"] * 4, f"gap matrix: result traffic lights {ranges}")
    check(ranges.get(f"H4:H{3 + len(rows)}") == ["expression"] * 3, f"gap matrix: gap traffic lights {ranges}")
    check_print(ws)

    names = defined_names(wb)
    check(names.get("GapMatrix") == f"'Gap matrix'!$A$3:$O${3 + len(rows)}", f"GapMatrix is {names.get('GapMatrix')}")


def check_summary(wb, summary):
    ws = wb["Summary"]
    first, last, ref = table(ws, "tblClauseSummary")
    clauses = summary["clauses"]
    check(last - first == len(clauses), f"clause table {ref} for {len(clauses)} clauses")

    def compare(row, score, label):
        values = [ws.cell(row, c).value for c in range(3, 13)]
        want = [score["applicable"], score["assessed"], score["conforming"], score["partial"],
                score["nonconforming"], score["not_applicable"]]
        check(values[:6] == want, f"summary {label}: counts {values[:6]} ≠ {want}")
        for got, key in zip(values[6:], ("readiness", "progress", "maturity_current", "maturity_target")):
            if score[key] is None:
                check(got is None, f"summary {label}: {key} should be blank")
            else:
                check(isinstance(got, (int, float)) and math.isclose(got, score[key], abs_tol=5e-5),
                      f"summary {label}: {key} {got!r} ≠ {score[key]}")

    for i, clause in enumerate(clauses):
        row = first + 1 + i
        check(str(ws.cell(row, 1).value) == clause["number"], f"summary row {row}: clause {ws.cell(row, 1).value}")
        check(ws.cell(row, 2).value == clause["title"], f"summary row {row}: title")
        compare(row, clause, f"clause {clause['number']}")
    check(ws.cell(last + 1, 2).value == "All clauses", "summary: no overall row under the clause table")
    compare(last + 1, summary["overall"], "overall")

    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    check(any("conforming + 0.5 × partially conforming" in t for t in texts), "summary: no readiness formula")
    check(summary["organisation"] in texts, "summary: no organisation")
    check_print(ws, repeat=False)
    check(ws.row_breaks.count >= 1, "summary: no page break before the charts")


def check_parts(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        check("xl/charts/chart1.xml" in names and "xl/charts/chart2.xml" in names, "summary: charts missing")
        bar = z.read("xl/charts/chart1.xml").decode()
        radar = z.read("xl/charts/chart2.xml").decode()
        check("<c:barChart>" in bar and "Readiness and progress per clause" in bar, "summary: no titled bar chart")
        check("<c:radarChart>" in radar and "<c:title>" in radar, "summary: no titled radar chart")
        rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        check("drawing" in rels, "summary: charts are not on the Summary sheet")


def check_others(wb, expected, include_na):
    ws = wb["Action plan"]
    first, last, _ = table(ws, "tblActionPlan")
    check(last - first == max(expected["n_actions"], 1), "action plan: one row per action")
    check(len(ws.data_validations.dataValidation) == (2 if expected["n_actions"] else 0),
          "action plan: drop-down lists on priority and status")
    overdue = [ws.cell(r, 8).value for r in range(first + 1, last + 1)]
    check(all(v is None or (isinstance(v, int) and v > 0) for v in overdue), f"action plan: days overdue {overdue}")
    check_print(ws)

    ws = wb["Evidence register"]
    first, last, _ = table(ws, "tblEvidenceRegister")
    evidence = expected["evidence"]
    check(last - first == max(len(evidence), 1), "evidence register: one row per item")
    for i, item in enumerate(evidence):
        cell = ws.cell(first + 1 + i, 3)
        check(ws.cell(first + 1 + i, 1).value == item["title"], f"evidence row {i}: title")
        check((cell.value or "") == (item["reference"] or ""), f"evidence row {i}: reference {cell.value!r}")
        if item["link"]:
            check(cell.hyperlink is not None and cell.hyperlink.target == item["reference"],
                  f"evidence row {i}: {item['reference']} is not a link")
        else:
            check(cell.hyperlink is None, f"evidence row {i}: {item['reference']!r} must not be a link")
    check_print(ws)

    ws = wb["Documented information"]
    first, last, _ = table(ws, "tblDocumentedInformation")
    n = sum(1 for r in expected["requirements"] if r["documented"] and (include_na or not r["not_applicable"]))
    check(last - first == max(n, 1), f"documented information: {last - first} rows, not {n}")
    check_print(ws)

    names = defined_names(wb)
    for name in ("ActionPlan", "EvidenceRegister", "DocumentedInformation", "ClauseSummary"):
        check(name in names, f"no defined name {name}")


def fill_of(cell):
    """The solid fill of a cell as "rrggbb", or None."""
    fill = cell.fill
    if fill is None or fill.fill_type != "solid" or fill.fgColor is None or fill.fgColor.type != "rgb":
        return None
    return fill.fgColor.rgb[-6:].lower()


def is_lighter(tinted, colour):
    channels = lambda c: [int(c[i:i + 2], 16) for i in (0, 2, 4)]
    return all(t >= c for t, c in zip(channels(tinted), channels(colour))) and tinted != colour


def cells_of(wb, name):
    """The cells of a defined name, row by row."""
    text = defined_names(wb)[name]
    sheet, ref = text.rsplit("!", 1)
    ws = wb[sheet.strip("'")]
    return [list(row) for row in ws[ref.replace("$", "")]]


def check_risk_register(wb, expected):
    ws = wb["Risk register"]
    risks = {r["ref"]: r for r in expected["risks"]}
    levels = {level["id"]: level for level in expected["matrix"]["levels"]}
    order = [level["id"] for level in expected["matrix"]["levels"]]
    first, last, ref = table(ws, "tblRiskRegister")
    check([ws.cell(3, c).value for c in range(1, 21)] == RISK_HEADERS, "risk register headers")
    check(last - first == max(len(risks), 1), f"risk register table {ref} for {len(risks)} risks")
    check(ws.freeze_panes == "C4", f"risk register panes frozen at {ws.freeze_panes}")
    check_print(ws)
    if not risks:
        check(ws.cell(4, 2).value == "No risks recorded.", "risk register: no line saying there are no risks")
        check(len(ws.data_validations.dataValidation) == 0, "risk register: a drop-down list without rows")
        return []

    rows = []
    rank = []
    for row in range(first + 1, last + 1):
        cell = lambda col: ws.cell(row, col).value
        risk = risks.get(cell(1))
        if not check(risk is not None, f"risk register row {row}: unknown ref {cell(1)!r}"):
            continue
        where = f"risk register row {row} ({risk['title']})"
        check(cell(2) == risk["title"], f"{where}: title {cell(2)!r}")
        check(cell(11) == risk["treatment"], f"{where}: treatment {cell(11)!r}")
        for col, name in ((7, "inherent"), (13, "residual")):
            level = risk[f"{name}_level"]
            if level is None:
                check(cell(col + 2) is None and cell(col + 3) == "Not rated", f"{where}: {name} should be not rated")
                continue
            check([cell(col), cell(col + 1)] == risk[name], f"{where}: {name} rating {cell(col)}×{cell(col + 1)}")
            check(cell(col + 2) == risk[f"{name}_score"], f"{where}: {name} score {cell(col + 2)!r}")
            check(cell(col + 3) == levels[level]["label"], f"{where}: {name} level {cell(col + 3)!r}")
            check(fill_of(ws.cell(row, col + 3)) == levels[level]["colour"][1:],
                  f"{where}: {name} level filled {fill_of(ws.cell(row, col + 3))}, not {levels[level]['colour']}")
        rank.append((order.index(risk["inherent_level"]) if risk["inherent_level"] else -1, risk["inherent_score"]))
        rows.append(((cell(7), cell(8)), (cell(13), cell(14))))
    check(len(rows) == len(risks), f"risk register: {len(rows)} rows for {len(risks)} risks")
    check(rank == sorted(rank, reverse=True), f"risk register is not sorted gravest first: {rank}")

    validations = ws.data_validations.dataValidation
    check(len(validations) == 1 and str(validations[0].sqref) == f"K4:K{last}"
          and validations[0].formula1 == '"Not decided,Mitigate,Avoid,Transfer,Accept"',
          "risk register: no drop-down list on the treatment")
    check(defined_names(wb).get("RiskRegister") == f"'Risk register'!$A$3:$T${last}", "RiskRegister name")
    return rows


def check_heat_map(wb, expected, rows):
    """The counts of each grid are those of the register's rows."""
    ws = wb["Heat map"]
    matrix = expected["matrix"]
    colours = {level["id"]: level["colour"][1:] for level in matrix["levels"]}
    n_l, n_i = matrix["n_likelihood"], matrix["n_impact"]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    check(any(matrix["name"] in t for t in texts), "heat map: the matrix is not named")
    check(any(t.startswith("Each cell counts") for t in texts), "heat map: no line on how to read it")
    for label in ("Critical", "High", "Medium", "Low"):
        check(label in texts, f"heat map: no {label} in the legend")
    for grid, name in enumerate(("HeatMapInherent", "HeatMapResidual")):
        cells = cells_of(wb, name)
        check(len(cells) == n_l and all(len(r) == n_i for r in cells), f"{name} is not {n_l}×{n_i}")
        for top, row in enumerate(cells):
            likelihood = n_l - top
            for i, cell in enumerate(row):
                impact = i + 1
                want = sum(1 for r in rows if r[grid] == (likelihood, impact))
                where = f"{name} at likelihood {likelihood}, impact {impact}"
                check(cell.value == want, f"{where}: {cell.value!r}, the register has {want}")
                colour = colours[matrix["cells"][likelihood - 1][impact - 1]]
                if want:
                    check(fill_of(cell) == colour, f"{where}: filled {fill_of(cell)}, not {colour}")
                else:
                    check(fill_of(cell) is not None and is_lighter(fill_of(cell), colour),
                          f"{where}: an empty cell is not a lighter {colour} ({fill_of(cell)})")
    check(ws.page_setup.orientation == "landscape" and ws.page_setup.fitToHeight in (None, 1, "1"),
          "heat map: not one landscape page")
    check(ws.print_area is not None, "heat map: no print area")


def check_measures(wb, expected):
    ws = wb["Security measures"]
    measures = expected["measures"]
    first, last, ref = table(ws, "tblSecurityMeasures")
    check(last - first == max(len(measures), 1), f"security measures table {ref} for {len(measures)} measures")
    by_ref = {m["ref"]: m for m in measures}
    seen = []
    for row in range(first + 1, last + 1):
        m = by_ref.get(ws.cell(row, 2).value)
        if not check(m is not None, f"security measures row {row}: unknown ref {ws.cell(row, 2).value!r}"):
            continue
        seen.append(m["ref"])
        check(ws.cell(row, 1).value == m["domain"], f"security measures {m['ref']}: domain")
        check(ws.cell(row, 5).value == m["status"], f"security measures {m['ref']}: status {ws.cell(row, 5).value!r}")
        check(ws.cell(row, 7).value == m["n_risks"], f"security measures {m['ref']}: {ws.cell(row, 7).value} risks")
    check(sorted(seen) == sorted(by_ref), "security measures: not one row per measure")
    rules = {str(cf.sqref): cf.rules for cf in ws.conditional_formatting}
    status_rules = rules.get(f"E4:E{last}", [])
    formulas = {r.formula[0].strip('"'): r for r in status_rules if r.formula}
    for status in STATUS_COLOURS:
        check(status in formulas, f"security measures: status {status} is not coloured")
    check_print(ws)


def check_summary_risks(wb, summary):
    """The risk block of the Summary says what `summary --json` says."""
    ws = wb["Summary"]
    risks = summary["risks"]
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    if not risks["total"]:
        check("No risks recorded." in cells, "summary: no line saying there are no risks")
        return
    label = cells.get("High risks without their measures in place")
    if check(label is not None, "summary: no count of high risks without their measures"):
        figure = ws.cell(label.row + 1, label.column).value
        check(figure == risks["high_without_measures_in_place"],
              f"summary: {figure} high risks without measures, the CLI says {risks['high_without_measures_in_place']}")
    for level in risks["levels"]:
        cell = cells.get(level["label"])
        if check(cell is not None, f"summary: no row for {level['label']} risks"):
            got = [ws.cell(cell.row, 3).value, ws.cell(cell.row, 4).value]
            check(got == [level["inherent"], level["residual"]],
                  f"summary: {level['label']} risks {got}, the CLI says {[level['inherent'], level['residual']]}")
            check(fill_of(cell) == level["colour"][1:], f"summary: {level['label']} is not in its colour")


def check_risks(wb, expected, summary):
    rows = check_risk_register(wb, expected)
    check_heat_map(wb, expected, rows)
    check_measures(wb, expected)
    check_summary_risks(wb, summary)
    names = defined_names(wb)
    for name in ("RiskRegister", "HeatMapInherent", "HeatMapResidual", "SecurityMeasures"):
        check(name in names, f"no defined name {name}")


def check_workbook(path, expected, summary, include_na):
    print(f"checking {os.path.basename(path)}")
    wb = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    check(wb.sheetnames == SHEETS, f"sheets {wb.sheetnames}")
    check(wb["Lists"].sheet_state == "hidden", "the Lists sheet is not hidden")
    check(wb.active.title == "Summary", "the workbook does not open on the Summary")
    check_matrix(wb, values, expected, include_na)
    check_summary(values, summary)
    check_others(wb, expected, include_na)
    check_parts(path)
    check_risks(wb, expected, summary)
    check(wb.properties.creator == summary.get("lead_auditor", wb.properties.creator), "author")
    check(summary["organisation"] in (wb.properties.title or ""), f"title {wb.properties.title!r}")
    return wb


def check_traps(path, expected):
    print(f"checking {os.path.basename(path)}")
    wb = openpyxl.load_workbook(path)
    strings = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    check(cell.data_type != "f" or cell.value.startswith("=IF(AND(ISNUMBER("),
                          f"{ws.title}!{cell.coordinate}: user text became a formula: {cell.value!r}")
                    strings.append(cell.value)
    joined = "\n".join(strings)
    for text in expected["injections"]:
        check(text in joined, f"injection text {text!r} is not kept as text")

    finding = wb["Gap matrix"].cell(5, 9).value
    match = MARKER.search(finding or "")
    check(match is not None, "the long finding has no truncation marker")
    if match:
        check(len(finding) <= 32767, "the long finding is longer than Excel allows")
        check(len(finding) - len(match.group(0)) + int(match.group(1)) == expected["long_text_length"],
              "the truncation marker does not count the missing characters")

    ws = wb["Evidence register"]
    links = [c.hyperlink.target for row in ws.iter_rows(min_row=4) for c in row if c.hyperlink]
    wanted = [e["reference"] for e in expected["evidence"] if e["link"]]
    check(sorted(links) == sorted(wanted), f"links {links} ≠ {wanted}")
    for bad in ("file:", "javascript:", "\\\\"):
        check(not any(link.startswith(bad) for link in links), f"a {bad} reference became a link")


def check_numbers(path):
    """Every cached value and numeric attribute uses a decimal point."""
    bad = re.compile(r'="-?\d+,\d+"')
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not name.endswith(".xml") or name == "xl/sharedStrings.xml":
                continue
            xml = z.read(name).decode()
            check(not bad.search(xml), f"{name}: decimal comma in an attribute: {bad.search(xml)}")
            for value in re.findall(r"<v>([^<]*)</v>", xml):
                if value == "":
                    continue  # the cached result of a formula that shows nothing
                try:
                    float(value)
                except ValueError:
                    check(False, f"{name}: cell value {value!r} is not a number")
                    break


def german(runner, demo, c_path):
    locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    if "de_de.utf8" not in locales:
        fatal("the de_DE.UTF-8 locale is missing (run build-aux/setup-deps.sh); this check cannot be skipped")
    env = dict(runner.env, LC_ALL="de_DE.UTF-8")
    check(subprocess.run(["printf", "%.1f", "1.5"], capture_output=True, text=True, env=env).stdout == "1,5",
          "de_DE.UTF-8 does not use a decimal comma here; the check would prove nothing")
    path = os.path.join(runner.work, "german.xlsx")
    runner.gapwise("export", demo, "-o", path, env=env)
    check_numbers(path)
    values = openpyxl.load_workbook(path, data_only=True)["Summary"]
    first, last, _ = table(values, "tblClauseSummary")
    readiness = [values.cell(r, 9).value for r in range(first + 1, last + 2)]
    check(all(v is None or (isinstance(v, (int, float)) and 0 <= v <= 1) for v in readiness),
          f"German export: readiness {readiness}")
    with zipfile.ZipFile(path) as de, zipfile.ZipFile(c_path) as c:
        for name in ("xl/worksheets/sheet2.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet6.xml",
                     "xl/worksheets/sheet7.xml", "xl/styles.xml", "xl/charts/chart1.xml"):
            check(de.read(name) == c.read(name), f"{name} differs between the German and the C export")


def libreoffice(runner, paths):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        fatal("soffice is missing (run build-aux/setup-deps.sh); this check cannot be skipped")
    out = os.path.join(runner.work, "pdf")
    profile = "file://" + os.path.join(runner.work, "lo-profile")
    for path in paths:
        print(f"converting {os.path.basename(path)} with LibreOffice")
        runner.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", out, path])
        pdf = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        check(os.path.exists(pdf), f"LibreOffice made no PDF of {path}")
        if os.path.exists(pdf):
            with open(pdf, "rb") as f:
                head = f.read(5)
            check(head == b"%PDF-" and os.path.getsize(pdf) > 20000, f"{pdf} is not a real PDF")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--fixture", required=True)
    parser.add_argument("--risk-fixture", required=True)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="gapwise-workbook-")
    runner = Runner(args.cli, args.fixture, args.risk_fixture, work)
    demo = os.path.join(work, "demo.gapwise")
    traps = os.path.join(work, "traps.gapwise")

    runner.gapwise("demo", demo)
    summary = json.loads(runner.gapwise("summary", "--json", demo).stdout)
    summary["lead_auditor"] = "Helen Okafor"
    expected = json.loads(runner.run([runner.fixture, "--dump", demo]).stdout)

    full = os.path.join(work, "demo.xlsx")
    applicable = os.path.join(work, "applicable.xlsx")
    out = runner.gapwise("export", demo, "-o", full).stdout
    check("Exported the workbook to" in out, f"export says {out!r}")
    runner.gapwise("export", "--no-not-applicable", demo, "-o", applicable)
    check_workbook(full, expected, summary, include_na=True)
    check_workbook(applicable, expected, summary, include_na=False)

    runner.run([runner.fixture, "--traps", traps])
    traps_expected = json.loads(runner.run([runner.fixture, "--dump", traps]).stdout)
    traps_summary = json.loads(runner.gapwise("summary", "--json", traps).stdout)
    traps_summary["lead_auditor"] = None
    traps_path = os.path.join(work, "traps.xlsx")
    runner.gapwise("export", traps, "-o", traps_path)
    check_traps(traps_path, traps_expected)

    # Traps has no risk: the sheets are there, with a line instead of rows.
    traps_wb = openpyxl.load_workbook(traps_path)
    check(traps_wb.sheetnames == SHEETS, f"traps sheets {traps_wb.sheetnames}")
    check_risks(traps_wb, traps_expected, traps_summary)

    # A small register with every case: unrated, half-rated, overdue review.
    risks = os.path.join(work, "risks.gapwise")
    risks_path = os.path.join(work, "risks.xlsx")
    runner.run([runner.risk_fixture, "--risks", risks])
    risks_expected = json.loads(runner.run([runner.fixture, "--dump", risks]).stdout)
    risks_summary = json.loads(runner.gapwise("summary", "--json", risks).stdout)
    runner.gapwise("export", risks, "-o", risks_path)
    print(f"checking {os.path.basename(risks_path)}")
    check(len(risks_expected["risks"]) == 6, "the risk fixture has not six risks")
    check(risks_summary["risks"]["high_without_measures_in_place"] == 2,
          f"summary: {risks_summary['risks']['high_without_measures_in_place']} high risks without measures, not 2")
    check_risks(openpyxl.load_workbook(risks_path), risks_expected, risks_summary)

    # Without -o, the suggested name in the current directory.
    cwd = os.path.join(work, "cwd")
    os.makedirs(cwd)
    runner.gapwise("export", demo, cwd=cwd)
    made = os.listdir(cwd)
    check(len(made) == 1 and re.fullmatch(r"Kestrel Quay Logistics Ltd - ISO 28000 gap analysis - "
                                          r"\d{4}-\d\d-\d\d\.xlsx", made[0]), f"default name {made}")

    # Usage and failures: exit 2 and 1, one line on stderr, no file left.
    check(runner.gapwise("export", expect=2).returncode == 2, "export without an audit")
    check("--no-not-applicable" in runner.gapwise("export", "--help").stdout, "export --help")
    failed = runner.gapwise("export", demo, "-o", os.path.join(work, "missing", "x.xlsx"), expect=1)
    check(failed.stderr.startswith("gapwise-cli: The workbook could not be saved in")
          and failed.stderr.count("\n") == 1, f"failure message {failed.stderr!r}")
    check(not glob.glob(os.path.join(work, ".*.xlsx")), "a temporary file was left behind")

    german(runner, demo, full)
    libreoffice(runner, [full, traps_path, risks_path])

    if failures:
        print(f"{len(failures)} checks failed", file=sys.stderr)
        sys.exit(1)
    shutil.rmtree(work, ignore_errors=True)
    print("all workbook checks passed")


if __name__ == "__main__":
    main()
