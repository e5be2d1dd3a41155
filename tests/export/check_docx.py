#!/usr/bin/env python3
"""Checks every exported Word file (tests/out/export/*.docx) with independent readers:

- Python's zipfile: the archive opens, every CRC checks, the parts Word needs are there;
- python-docx: the document opens, and its paragraphs (table cells row by row) say exactly
  what the HTML print of the same report says, block for block;
- the page set-up of Nghị định 30: A4 portrait, margins 20/20/30/15 mm, Times New Roman,
  page number in the header but not on page 1 (titlePg), header rows repeated in tables.

Prints PASS/FAIL lines. Run from the repository root after tests/export/run.sh exported.
"""
import glob
import os
import re
import sys
import zipfile
from html.parser import HTMLParser

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

OUT = "tests/out/export"
PARTS = [
    "[Content_Types].xml",
    "_rels/.rels",
    "word/document.xml",
    "word/styles.xml",
    "word/_rels/document.xml.rels",
    "word/header1.xml",
    "word/header2.xml",
]
failed = 0


def report(ok, what, detail=""):
    global failed
    print(("PASS " if ok else "FAIL ") + what + (f" ({detail})" if detail else ""))
    if not ok:
        failed += 1


def norm(text):
    return "\n".join(line.strip() for line in text.replace("\r", "").split("\n")).strip()


class HtmlBlocks(HTMLParser):
    """Text of every block of the HTML body: <p>, <h1>, and table cells without paragraphs;
    <br> is a line break inside a block."""

    BLOCKS = {"p", "h1", "td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # [tag, text parts, has child block]
        self.blocks = []
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if not self.in_body:
            return
        if tag == "br" and self.stack:
            self.stack[-1][1].append("\n")
        elif tag in self.BLOCKS:
            for s in self.stack:
                s[2] = True
            self.stack.append([tag, [], False])

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self.stack and self.stack[-1][0] == tag:
            t, parts, has_child = self.stack.pop()
            if not has_child:
                text = norm("".join(parts))
                if text:
                    self.blocks.append(text)

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][1].append(data)


def html_blocks(path):
    p = HtmlBlocks()
    p.feed(open(path, encoding="utf-8").read())
    return p.blocks


def docx_blocks(document):
    """Paragraph texts in body order; a table's cells row by row, each cell's paragraphs."""
    out = []

    def walk(parent, element):
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                text = norm(Paragraph(child, parent).text)
                if text:
                    out.append(text)
            elif child.tag == qn("w:tbl"):
                table = Table(child, parent)
                for row in table.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell, cell._tc)

    walk(document, document.element.body)
    return out


def check(path):
    name = os.path.basename(path)
    try:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            names = z.namelist()
            document_xml = z.read("word/document.xml").decode("utf-8")
            styles_xml = z.read("word/styles.xml").decode("utf-8")
            header_xml = z.read("word/header1.xml").decode("utf-8")
        missing = [p for p in PARTS if p not in names]
        report(bad is None and not missing, f"zip: {name} opens, CRCs check, parts present",
               f"bad entry {bad}" if bad else (f"missing {missing}" if missing else f"{len(names)} parts"))
    except Exception as e:  # noqa: BLE001 - any failure to open is the finding
        report(False, f"zip: {name}", repr(e))
        return
    try:
        document = docx.Document(path)
    except Exception as e:  # noqa: BLE001
        report(False, f"python-docx: {name} opens", repr(e))
        return
    report(True, f"python-docx: {name} opens", f"{len(document.paragraphs)} paragraphs, {len(document.tables)} tables")

    sect = document.sections[0]
    mm = lambda length: round(length / 36000)  # EMU per mm
    geometry = (mm(sect.page_width), mm(sect.page_height), mm(sect.top_margin), mm(sect.bottom_margin),
                mm(sect.left_margin), mm(sect.right_margin))
    report(geometry == (210, 297, 20, 20, 30, 15), f"page: {name} A4, margins 20/20/30/15 mm", str(geometry))
    report(all(s.different_first_page_header_footer for s in document.sections)
           and "PAGE" in header_xml and "PAGE" not in z_first(path),
           f"page numbers: {name} in the header from page 2, none on page 1")
    fonts = {f for attrs in re.findall(r"<w:rFonts ([^>]*)/>", styles_xml + document_xml)
             for f in re.findall(r'w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"', attrs)}
    report(fonts == {"Times New Roman"}, f"fonts: {name} Times New Roman only", ", ".join(sorted(fonts)))
    if "<w:tbl>" in document_xml and "w:val=\"single\" w:sz=\"4\"" in document_xml:
        report("<w:tblHeader/>" in document_xml, f"tables: {name} header rows repeat on every page")

    html = os.path.splitext(path)[0] + ".html"
    if not os.path.exists(html):
        report(False, f"text: {name} has no HTML twin")
        return
    hb, db = html_blocks(html), docx_blocks(document)
    if hb == db:
        report(True, f"text: {name} equals the HTML print block for block", f"{len(hb)} blocks")
    else:
        i = next((k for k, (a, b) in enumerate(zip(hb, db)) if a != b), min(len(hb), len(db)))
        report(False, f"text: {name} differs from the HTML print at block {i}",
               f"HTML {hb[i] if i < len(hb) else '(end)'!r} / Word {db[i] if i < len(db) else '(end)'!r}; "
               f"{len(hb)} vs {len(db)} blocks")


def z_first(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/header2.xml").decode("utf-8")


files = sorted(glob.glob(os.path.join(OUT, "*.docx")))
report(len(files) > 0, "docx: exported files found", str(len(files)))
for f in files:
    check(f)
sys.exit(1 if failed else 0)
