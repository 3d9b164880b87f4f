#!/usr/bin/env python3
"""Works out, independently of the kit, the figures RealShapesTest expects from the fixtures in
this folder: each file parsed with Python's csv/zipfile by the rules the issue promises (question
text headers, scale labels, Y/P/N, decimal commas, d/m/yyyy), then the statistics by their
definitions (sample standard deviation; NPS = % promoters − % detractors; coverage = 100 × mean
of yes 1 / partly 0.5 / no 0; a score only when every item is answered). Run once; the figures
are copied into README.md and the test as literals.

Run from this folder: python3 expected_figures.py
"""
import csv
import io
import re
import statistics
import zipfile
from xml.etree import ElementTree

SK = ["importance-of-service", "service-in-every-task", "adapt-to-customers", "continuing-to-learn", "adapt-speaking",
      "service-models-and-processes", "handling-conflict", "listening-skills", "flexible-communication",
      "solution-oriented", "always-courteous", "open-to-improvement"]
SC_SECTIONS = {"caring-attitude": 6, "customized-practices": 6, "competent-ccps": 5, "call-visit-once": 4,
               "convenient-access": 5, "compressed-cycle-times": 4, "committed-follow-through": 4}
LABEL = {"a strong part of my skill set at present": 5, "not currently part of my skill set": 1}
CHECK = {"y": 1.0, "yes": 1.0, "p": 0.5, "partly": 0.5, "n": 0.0, "no": 0.0}


def rating(cell):
    c = cell.strip().lower()
    if c == "":
        return None
    if c in LABEL:
        return LABEL[c]
    return int(float(c.replace(",", ".")))


def fmt(x):
    return "–" if x is None else f"{x:.4f}"


def sd(xs):
    return statistics.stdev(xs) if len(xs) > 1 else None


def skillset_figures(title, people):
    """people: list of (month, [12 answers or None])."""
    print(f"== {title}")
    scores = [sum(a) for _, a in people if None not in a]
    print(f"  n {len(people)}, score n {len(scores)}, mean {fmt(statistics.mean(scores))}, sd {fmt(sd(scores))},"
          f" median {statistics.median(scores)}, scores {scores}")
    for i, item in enumerate(SK):
        xs = [a[i] for _, a in people if a[i] is not None]
        print(f"  {item:30s} n {len(xs)} mean {fmt(statistics.mean(xs))} sd {fmt(sd(xs))}")
    months = sorted({m for m, _ in people})
    for m in months:
        sc = [sum(a) for mm, a in people if mm == m and None not in a]
        print(f"  month {m}: n {sum(1 for mm, _ in people if mm == m)}, score n {len(sc)}, mean {fmt(statistics.mean(sc)) if sc else '–'}")
    return people


def read_keyed():
    rows = list(csv.DictReader(open("keyed-skillset.csv", encoding="utf-8", newline="")))
    return [(r["date"][:7], [rating(r[i]) for i in SK]) for r in rows]


def read_google():
    rows = list(csv.reader(open("google-forms-skillset.csv", encoding="utf-8", newline="")))
    out = []
    for r in rows[1:]:
        y, m = r[0].split("/")[:2]
        out.append((f"{y}-{m}", [rating(c) for c in r[3:15]]))
    return out


def read_xlsx():
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    z = zipfile.ZipFile("ms-forms-skillset.xlsx")
    strings = ["".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t"))
               for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
    sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    out = []
    for row in sheet.find("m:sheetData", ns).findall("m:row", ns)[1:]:
        cells = {}
        for c in row.findall("m:c", ns):
            v = c.find("m:v", ns).text
            cells[re.match(r"[A-Z]+", c.get("r")).group()] = strings[int(v)] if c.get("t") == "s" else v
        start = float(cells["B"])  # Start time, the first date column
        import datetime
        d = datetime.datetime(1899, 12, 30) + datetime.timedelta(days=start)
        cols = [chr(ord("G") + k) for k in range(12)]
        out.append((d.strftime("%Y-%m"), [rating(cells.get(k, "")) for k in cols]))
    return out


def nps_figures(title, rows, key):
    """rows: list of (breakdown key, score)."""
    xs = [s for _, s in rows]
    p, d = sum(1 for s in xs if s >= 9), sum(1 for s in xs if s <= 6)
    n = len(xs)
    print(f"== {title}: n {n}, promoters {p}, passives {n - p - d}, detractors {d}, NPS {100 * (p - d) / n:.4f},"
          f" mean {fmt(statistics.mean(xs))}")
    for k in sorted({k for k, _ in rows}, key=str):
        ys = [s for kk, s in rows if kk == k]
        pk, dk = sum(1 for s in ys if s >= 9), sum(1 for s in ys if s <= 6)
        print(f"  {key} {k}: n {len(ys)}, NPS {100 * (pk - dk) / len(ys):.4f}")


def seven_cs_figures(title, answers, items):
    """answers: list of 34-item lists of 1/0.5/0/None."""
    print(f"== {title}: n {len(answers)}")
    full = [a for a in answers if None not in a]
    scores = [100 * sum(a) / len(a) for a in full]
    print(f"  score n {len(scores)}, mean {fmt(statistics.mean(scores))}, sd {fmt(sd(scores))}, scores {[round(s, 4) for s in scores]}")
    at = 0
    for sec, k in SC_SECTIONS.items():
        cov = [100 * sum(a[at:at + k]) / k for a in full]
        print(f"  coverage {sec}: n {len(cov)} mean {fmt(statistics.mean(cov))}")
        at += k
    for i, item in enumerate(items):
        xs = [a[i] for a in answers if a[i] is not None]
        if item in ("caring", "flexible-policies", "simple-ordering", "prevent-reoccurrence"):
            print(f"  {item:28s} n {len(xs)} mean {fmt(statistics.mean(xs))}")


def check(cell):
    return CHECK.get(cell.strip().lower())


def main():
    keyed, google, xlsx = read_keyed(), read_google(), read_xlsx()
    assert keyed == google == xlsx, "the three skillset files must hold the same answers and months"
    skillset_figures("skillset (keyed = Google Forms = Microsoft Forms)", keyed)

    rows = list(csv.reader(io.open("excel-semicolon-dmy.csv", encoding="utf-8-sig", newline=""), delimiter=";"))
    nps_figures("excel-semicolon-dmy.csv (dmy)", [("2026-" + r[2].split("/")[1], int(r[3])) for r in rows[1:]], "month")

    rows = list(csv.reader(io.open("windows-1252.csv", encoding="cp1252", newline="")))
    nps_figures("windows-1252.csv", [(r[1], int(r[3])) for r in rows[1:]], "group")
    print("  reasons:", [r[4] for r in rows[1:] if r[4]])

    rows = list(csv.reader(io.open("web-form-posted.csv", encoding="utf-8", newline="")))
    nps_figures("web-form-posted.csv (the date column, not created_at)",
                [(r[5][:7] or "(no date)", int(r[7])) for r in rows[1:]], "month")

    rows = list(csv.reader(io.open("utf16-unicode-text.txt", encoding="utf-16", newline=""), delimiter="\t"))
    seven_cs_figures("utf16-unicode-text.txt", [[check(c) for c in r[3:]] for r in rows[1:]], rows[0][3:])
    print("  groups:", sorted({r[1] for r in rows[1:]}))

    rows = list(csv.reader(io.open("libreoffice-dots-commas.csv", encoding="utf-8", newline=""), delimiter=";"))
    skillset_figures("libreoffice-dots-commas.csv (d.m.yyyy)",
                     [("2026-%02d" % int(r[2].split(".")[1]), [rating(c) for c in r[3:]]) for r in rows[1:]])

    rows = list(csv.reader(io.open("messy/skillset-numbered.csv", encoding="utf-8", newline="")))
    seen, people = set(), []
    for line, r in enumerate(rows[1:], start=2):
        if r[0] in seen:
            print(f"  messy line {line}: row rejected, {r[0]} answered before")
            continue
        seen.add(r[0])
        a = [rating(c) for c in r[3:15]]
        for k, v in enumerate(a):
            if v is not None and not 1 <= v <= 5:
                print(f"  messy line {line}: cell ignored, column {k + 1}, value {v}")
                a[k] = None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[2]):
            print(f"  messy line {line}: date unknown, {r[2]!r}")
        if r[15] and None not in a and int(r[15]) != sum(a):
            print(f"  messy line {line}: total differs, written {r[15]}, computed {sum(a)}")
        people.append((r[2][:7], a))
    skillset_figures("messy/skillset-numbered.csv", people)

    rows = list(csv.reader(io.open("messy/seven-cs-ypn.csv", encoding="utf-8", newline="")))
    for line, r in enumerate(rows[1:], start=2):
        for k, c in enumerate(r[3:]):
            if check(c) is None:
                print(f"  seven-cs-ypn line {line}: cell ignored, column {rows[0][3 + k]}, value {c!r}")
    seven_cs_figures("messy/seven-cs-ypn.csv", [[check(c) for c in r[3:]] for r in rows[1:]], rows[0][3:])


if __name__ == "__main__":
    main()
