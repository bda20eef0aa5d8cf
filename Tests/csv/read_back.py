#!/usr/bin/env python3
"""The review's CSV files read back by Python's csv module (issue 12).

Runs the real binary: sets up a site with demo data, writes a month's report and a
year's exports as CSV (`;` and UTF-8 with BOM by default, `,` on request), and a
network's consolidation whose first JSON file carries a formula as its site code.
Each file is read back by `csv.reader(strict=True)`; every record must have the
header's width, every number must read as one, and no cell may start with a
character a spreadsheet would run (= + - @ tab CR) unless it is a number or
neutralised with a leading quote. Usage: read_back.py PATH/TO/guichet
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/guichet"
checks = 0
failures = 0


def check(condition, message):
    global checks, failures
    checks += 1
    if not condition:
        failures += 1
        print("FAIL:", message, file=sys.stderr)


def run(*arguments, stdin=None):
    result = subprocess.run([binary, *arguments], input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"guichet {' '.join(arguments)}: exit {result.returncode}: {result.stderr}")
    return result


NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


def read(path, delimiter=";", bom=True):
    data = open(path, "rb").read()
    check(data.startswith(b"\xef\xbb\xbf") == bom, f"{path}: byte order mark {'missing' if bom else 'present'}")
    text = data.decode("utf-8-sig")
    check(text.endswith("\r\n"), f"{path}: records end with CR LF")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    check(len(rows) >= 2, f"{path}: a header and rows")
    width = len(rows[0])
    for number, row in enumerate(rows, 1):
        check(len(row) == width, f"{path}: record {number} has {len(row)} fields, the header {width}")
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                check(NUMBER.match(cell) is not None, f"{path}: record {number}: a formula cell {cell!r}")
    return rows


def number(cell, decimal):
    return float(cell.replace(decimal, ".")) if decimal == "," else float(cell)


with tempfile.TemporaryDirectory() as folder:
    os.chdir(folder)
    sites = []
    for code, seed in (("PAR", "1"), ("MRS", "2"), ("GRE", "3")):
        db = f"{code}.sqlite"
        run("init", "--db", db, "--site-code", code, "--site-name", f"Site {code}", "--supervisor-login", "alice",
            "--supervisor-name", "Alice Martin", "--password-stdin", stdin="motdepasse-alice\n")
        run("demo", "--db", db, "--beneficiaries", "300", "--ledger-rows", "3000", "--seed", seed)
        run("report", "--db", db, "--period", "month", "--date", "2026-11", "--format", "json", "--output", f"{code}.json")
        sites.append(f"{code}.json")

    # The month's report as CSV, with `;` and with `,`.
    run("report", "--db", "PAR.sqlite", "--date", "2026-11", "--format", "csv", "--output", "report.csv")
    rows = read("report.csv")
    check(rows[0] == ["Site", "Du", "Au", "Domaine", "Indicateur", "Valeur", "Unité", "Code"], f"report header {rows[0]}")
    by_code = {row[7]: row for row in rows[1:]}
    aggregate = json.load(open("PAR.json"))
    figures = {figure["id"]: figure for figure in aggregate["figures"]}
    check(int(by_code["people_accompanied"][5]) == figures["people_accompanied"]["amount"], "people accompanied as in the JSON")
    check(number(by_code["recharge_value"][5], ",") * 100 == figures["recharge_value"]["amount"], "the value in euros, decimal comma")
    check(by_code["hotspot_loans_out"][5] != "—" and number(by_code["hotspot_loans_out"][5], ",") == figures["hotspot_loans_out"]["amount"],
          "the keys lent, as in the JSON (an area that gives its figures: not « — »)")
    check(by_code["reception_points"][5] == "1", "one reception point")
    run("report", "--db", "PAR.sqlite", "--date", "2026-11", "--format", "csv", "--separator", ",", "--output", "report-comma.csv")
    comma = read("report-comma.csv", delimiter=",")
    check([row[5] for row in comma[1:]] == [row[5].replace(",", ".") for row in rows[1:]], "the same values with a decimal point")

    # A year day by day, and the month's journal, without a BOM.
    run("export", "--db", "PAR.sqlite", "--period", "year", "--date", "2026", "--output", "daily.csv")
    daily = read("daily.csv")
    check(len(daily) == 366, f"a row per day of 2026: {len(daily) - 1}")
    visits = sum(int(row[1]) for row in daily[1:] if row[0].startswith("2026-11-"))
    check(visits == figures["visits"]["amount"], f"the days' visits add up to the month's ({visits})")
    run("export", "--db", "PAR.sqlite", "--what", "journal", "--period", "year", "--date", "2026", "--no-bom", "--output", "journal.csv")
    journal = read("journal.csv", bom=False)
    check(journal[0][:3] == ["Jour", "Heure", "Identifiant"], f"journal header {journal[0]}")

    # The network: the first file says its site is a formula.
    hostile = json.load(open("PAR.json"))
    hostile["sites"][0]["code"] = "=HYPERLINK(\"http://example.invalid\";\"x\")"
    json.dump(hostile, open("hostile.json", "w"))
    run("consolidate", "hostile.json", "MRS.json", "GRE.json", "--format", "csv", "--output", "network.csv")
    network = read("network.csv")
    check(network[1][0].startswith("'=HYPERLINK"), f"the formula neutralised: {network[1][0]!r}")
    points = [row for row in network[1:] if row[7] == "reception_points"][0]
    check(points[5] == "3", "three reception points")
    def amount(path, figure):
        return [entry for entry in json.load(open(path))["figures"] if entry["id"] == figure][0]["amount"]
    people = sum(amount(site, "people_accompanied") for site in sites)
    check(int([row for row in network[1:] if row[7] == "people_accompanied"][0][5]) == people, "people added per site")

print("CSV of report, export and consolidate read back by Python's csv module")
print(f"csv: {checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
