"""The compilation page's XLSX against the table the page showed: every unit's row of the raw-data
sheet ("Số liệu", read by openpyxl) must hold the same figures as the page's table (Vietnamese
numbers parsed; "—" = an empty cell), column for column.

Usage: python3 xlsx_equals_table.py tong-hop.xlsx table.json   (table.json written by the e2e test)"""
import json
import sys
from decimal import Decimal

import openpyxl


def vn(text):
    if text in ("", "—"):
        return None
    try:
        return Decimal(text.replace(".", "").replace(",", "."))
    except Exception:
        return text


def main(xlsx_path, table_path):
    table = json.load(open(table_path, encoding="utf-8"))
    sheet = openpyxl.load_workbook(xlsx_path)["Số liệu"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    header = rows[0]
    lead = 4  # Đơn vị, Loại báo cáo, Số báo cáo, Ngày báo cáo
    page_header = table["header"][1:]
    # Page headers are "label (unit)" over two lines; the workbook writes "label (unit)".
    if [h.replace("  ", " ") for h in page_header] != header[lead:]:
        print("FAIL headers differ", page_header[:3], header[lead:lead + 3])
        return 1
    by_unit = {r[0]: r for r in rows[1:]}
    compared = 0
    for page_row in table["rows"]:
        unit, cells = page_row[0], page_row[1:]
        x = by_unit.get(unit)
        if x is None:
            print(f"FAIL {unit} not in the workbook")
            return 1
        for i, cell in enumerate(cells):
            want, got = vn(cell), x[lead + i] if lead + i < len(x) else None
            same = (want is None and got is None) or (
                isinstance(want, Decimal) and isinstance(got, (int, float)) and abs(Decimal(str(got)) - want) < Decimal("1e-9")
            ) or (isinstance(want, str) and want == got)
            if not same:
                print(f"FAIL {unit}, {header[lead + i]}: page {cell!r}, workbook {got!r}")
                return 1
            compared += 1
    if len(by_unit) != len(table["rows"]):
        print(f"FAIL workbook has {len(by_unit)} units, page {len(table['rows'])}")
        return 1
    print(f"PASS {compared} cells of {len(table['rows'])} units equal in the workbook and on the page")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
