"""Checks the compilation's exports with independent readers: the XLSX with openpyxl, the CSV with
Python's csv module. Every cell of the raw-data sheet must equal the CSV's cell (numbers as numbers),
and hand-checked totals of the five seed fixtures must be there.

Usage: python3 check_compile.py tong-hop.xlsx so-lieu.csv
Prints PASS/FAIL lines; exits 1 when anything failed."""
import csv
import io
import sys
from decimal import Decimal

import openpyxl

failed = 0


def check(ok, what):
    global failed
    print(("PASS " if ok else "FAIL ") + what)
    if not ok:
        failed += 1


def vn_number(text):
    """'28050,38' -> Decimal('28050.38'); '' -> None; other text unchanged."""
    if text == "":
        return None
    try:
        return Decimal(text.replace(",", "."))
    except Exception:
        return text


def main(xlsx_path, csv_path):
    wb = openpyxl.load_workbook(xlsx_path)
    check(wb.sheetnames == ["Số liệu", "Tổng hợp", "Phát hiện"], f"xlsx sheets {wb.sheetnames}")
    raw = wb["Số liệu"]
    rows = [[c.value for c in r] for r in raw.iter_rows()]
    header = rows[0]
    check(header[:4] == ["Đơn vị", "Loại báo cáo", "Số báo cáo", "Ngày báo cáo"], "raw sheet leading columns")
    with open(csv_path, encoding="utf-8", newline="") as f:
        text = f.read()
    check(text.startswith("\ufeff"), "csv starts with a UTF-8 byte-order mark")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";"))
    check(table[0] == header, "csv header equals the xlsx header")
    check(len(table) == len(rows), f"csv has {len(table)} rows, xlsx {len(rows)}")
    mismatches = []
    numbers = 0
    for r, (xrow, crow) in enumerate(zip(rows[1:], table[1:]), start=2):
        for c, name in enumerate(header):
            x = xrow[c] if c < len(xrow) else None
            v = vn_number(crow[c]) if c >= 4 else (crow[c] or None)
            if isinstance(x, (int, float)):
                numbers += 1
                if not isinstance(v, Decimal) or abs(Decimal(str(x)) - v) > Decimal("1e-9"):
                    mismatches.append((r, name, x, crow[c]))
            elif x != v:
                mismatches.append((r, name, x, crow[c]))
    check(not mismatches, f"every raw cell equals the csv cell ({numbers} numbers compared) {mismatches[:3]}")

    def cell(unit, column):
        row = next(r for r in rows[1:] if r[0] == unit)
        return row[header.index(column)]

    check(cell("Xã Đăk Long", "Diện tích tự nhiên (ha)") == 28050.38, "Đăk Long area 28.050,38 ha is a number")
    check(cell("Xã Tịnh Khê", "Dân số (người)") == 56000, "Tịnh Khê population 56.000")
    check(cell("Huyện Minh Long", "Tổng số hồ sơ TTHC tiếp nhận (hồ sơ)") == 1686, "Minh Long applications 1.686")
    check(raw["E2"].number_format == "#,##0", f"whole numbers formatted with thousands ({raw['E2'].number_format})")

    summary = {r[0].value: [c.value for c in r] for r in wb["Tổng hợp"].iter_rows(min_row=2)}
    s_header = [c.value for c in next(wb["Tổng hợp"].iter_rows(max_row=1))]
    total = s_header.index("Tổng")
    rate = s_header.index("Tỷ lệ tính lại từ tổng số (%)")
    check(summary["Dân số"][total] == 62814, "summary: population total 6.814 + 56.000 = 62.814")
    check(summary["Số thôn trên địa bàn"][total] == 27, "summary: villages 9 + 18 = 27")
    check(summary["Kinh phí chuyển đổi số được phân bổ"][total] == 150000000, "summary: budget 150.000.000 đồng")
    check(summary["Tỷ lệ hồ sơ tiếp nhận trực tuyến"][rate] == 97.51, "summary: online rate recomputed 1.644 / 1.686 = 97,51%")
    messages = [r[4].value for r in wb["Phát hiện"].iter_rows(min_row=2)]
    check(any("1.644 + 47 = 1.691" in (m or "") for m in messages), "findings sheet carries seed-000's sum error")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    print(f"compile exports: {failed} failed")
    sys.exit(1 if failed else 0)
