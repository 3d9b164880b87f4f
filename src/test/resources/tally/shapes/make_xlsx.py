#!/usr/bin/env python3
"""Writes ms-forms-skillset.xlsx: the skillset answers of keyed-skillset.csv as Microsoft Forms
exports them to Excel (sheet "Sheet1"; ID, Start time, Completion time, Email, Name, then one
column per question titled with its text; the times as date cells). Genuine SpreadsheetML parts,
written with a fixed zip timestamp and order so the same script gives the same bytes.

Run from this folder: python3 make_xlsx.py
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ms-forms-skillset.xlsx")

QUESTIONS = [
    "I realise the importance of service to the success of the organisation.",
    "I include customer service in all aspects of my job.",
    "I adapt my service approach to my different customers.",
    "I feel I am continuing to gain knowledge and skills in customer care.",
    "I adapt my speaking to better communicate service.",
    "I know & use my organisation\u2019s service models and processes well.",
    "I am confident that I handle conflict well.",
    "I feel I use listening skills well.",
    "I feel that I am flexible in my communication style.",
    "I am very solution oriented in my approach.",
    "I am always courteous in giving service.",
    "I am open to the subject of customer care skills improvement.",
]
HI = "a strong part of my skill set at present"
LO = "not currently part of my skill set"

# Name, email, department, completion time, minutes taken, answers (None: left blank) — the same
# people and answers as keyed-skillset.csv and google-forms-skillset.csv.
PEOPLE = [
    ("Ana Souza", "ana.souza@example.com", "Support", "2026-11-02 09:12:44", 7, [4, 5, 3, 4, 4, 3, 2, 5, 4, 4, 5, 5]),
    ("Ben Okafor", "ben.okafor@example.com", "Support", "2026-11-05 14:03:10", 4, [3, 3, 2, 3, 3, 2, 2, 3, 3, 3, 4, 4]),
    ("Chlo\u00e9 Martin", "chloe.martin@example.com", "Sales", "2026-11-13 11:47:31", 9, [5, 5, 4, 5, 4, 4, 3, 4, 4, 5, 5, 5]),
    ("Dev Patel", "dev.patel@example.com", "Sales", "2026-11-22 22:15:03", 3, [2, 3, 2, 3, 2, 1, 1, 2, 3, 2, 3, 3]),
    ("Eva Novak", "eva.novak@example.com", "Support", "2026-12-01 08:30:00", 5, [4, 4, 4, 4, 3, 3, 3, 4, 3, 4, 4, 5]),
    ("Farid Haddad", "farid.haddad@example.com", "Sales", "2026-12-03 16:20:55", 6, [1, 2, 1, 2, 2, 1, 1, 2, 1, 2, 2, 3]),
    ("Grace Liu", "grace.liu@example.com", "Support", "2026-12-10 12:00:01", 8, [5, 4, 5, 5, 5, 4, 4, 5, 5, 5, 5, 5]),
    ("Hugo Berg", "hugo.berg@example.com", "Sales", "2026-12-15 19:45:12", 4, [3, 4, 3, 4, 3, 3, 2, 3, 4, 3, 4, None]),
]
# Likert-style questions export the option's text: (row index, question index) -> label.
LABELS = {(3, 5): LO, (6, 11): HI}

EPOCH = datetime.datetime(1899, 12, 30)


def serial(moment):
    """An Excel date serial (1900 date system) of a datetime, to the second."""
    delta = moment - EPOCH
    return delta.days + delta.seconds / 86400


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def main():
    strings, index = [], {}

    def sst(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    def s_cell(ref, text):
        return f'<c r="{ref}" t="s"><v>{sst(text)}</v></c>'

    def n_cell(ref, number, style=None):
        s = f' s="{style}"' if style is not None else ""
        return f'<c r="{ref}"{s}><v>{number}</v></c>'

    header = ["ID", "Start time", "Completion time", "Email", "Name", "Department"] + QUESTIONS
    rows = ['<row r="1">' + "".join(s_cell(f"{col(i)}1", h) for i, h in enumerate(header)) + "</row>"]
    for r, (name, email, dept, done, minutes, answers) in enumerate(PEOPLE):
        n = r + 2
        end = datetime.datetime.strptime(done, "%Y-%m-%d %H:%M:%S")
        start = end - datetime.timedelta(minutes=minutes, seconds=17)
        cells = [n_cell(f"A{n}", r + 1),
                 n_cell(f"B{n}", repr(round(serial(start), 10)), 1),
                 n_cell(f"C{n}", repr(round(serial(end), 10)), 1),
                 s_cell(f"D{n}", email), s_cell(f"E{n}", name), s_cell(f"F{n}", dept)]
        for q, v in enumerate(answers):
            ref = f"{col(6 + q)}{n}"
            if (r, q) in LABELS:
                cells.append(s_cell(ref, LABELS[(r, q)]))
            elif v is not None:
                cells.append(n_cell(ref, v))
        rows.append(f'<row r="{n}">' + "".join(cells) + "</row>")
    last = f"{col(len(header) - 1)}{len(PEOPLE) + 1}"

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    sheet = (decl + f'<worksheet xmlns="{ns}" xmlns:r="{rel}"><dimension ref="A1:{last}"/>'
             '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
             "<sheetData>" + "".join(rows) + "</sheetData></worksheet>")
    shared = (decl + f'<sst xmlns="{ns}" count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    styles = (decl + f'<styleSheet xmlns="{ns}">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm:ss"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              "</styleSheet>")
    workbook = (decl + f'<workbook xmlns="{ns}" xmlns:r="{rel}"><bookViews><workbookView/></bookViews>'
                '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    pr = "http://schemas.openxmlformats.org/package/2006/relationships"
    wb_rels = (decl + f'<Relationships xmlns="{pr}">'
               f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
               f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
               "</Relationships>")
    root_rels = (decl + f'<Relationships xmlns="{pr}">'
                 f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types = (decl + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
             f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
             f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
             f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/>'
             "</Types>")
    parts = [("[Content_Types].xml", types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
             ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/styles.xml", styles),
             ("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet)]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    main()
