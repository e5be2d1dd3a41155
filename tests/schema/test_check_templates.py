#!/usr/bin/env python3
"""The schema check fails on broken templates, with the place and the reason.

Run from the repository root: python3 -m unittest tests/schema/test_check_templates.py
"""

import copy
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "schema" / "check_templates.py"
BASE = json.loads((ROOT / "templates" / "chien-luoc-411.json").read_text(encoding="utf-8"))


def run(*paths):
    r = subprocess.run([sys.executable, str(SCRIPT), *map(str, paths)], capture_output=True, text=True, cwd=ROOT)
    return r.returncode, r.stdout


def field(doc, section_id, field_id):
    s = next(s for s in doc["sections"] if s["id"] == section_id)
    return next(f for f in s["fields"] if f["id"] == field_id)


class CheckTemplates(unittest.TestCase):
    def broken(self, change):
        doc = copy.deepcopy(BASE)
        change(doc)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False)
        code, out = run(fh.name)
        Path(fh.name).unlink()
        self.assertEqual(code, 1, out)
        self.assertTrue(out.endswith("0 passed, 1 failed\n"), out)
        return out

    def test_all_shipped_templates_pass(self):
        code, out = run()
        self.assertEqual(code, 0, out)
        self.assertRegex(out, r"^[1-9][0-9]* passed, 0 failed\n$")

    def test_newer_format(self):
        self.assertIn("format: 1 was expected", self.broken(lambda d: d.update(format=2)))

    def test_status_without_choices(self):
        out = self.broken(lambda d: field(d, "nhiem-vu-b1", "b1")["columns"][4].pop("choices"))
        self.assertIn("sections/3/fields/0/columns/4: 'choices' is a required property", out)

    def test_table_without_columns(self):
        out = self.broken(lambda d: field(d, "nhiem-vu-b1", "b1").update(columns=[]))
        self.assertIn("sections/3/fields/0/columns: [] should be non-empty", out)

    def test_print_without_placeholder(self):
        out = self.broken(lambda d: field(d, "xa-hoi-so", "thon-co-to").update(print="Số thôn"))
        self.assertIn("does not match", out)
        self.assertIn("print", out)

    def test_unknown_property_and_bad_id(self):
        self.assertIn("'colour' was unexpected", self.broken(lambda d: d["sections"][0].update(colour="đỏ")))
        self.assertIn("'Chiến lược' does not match", self.broken(lambda d: d.update(id="Chiến lược")))

    def test_rule_missing_its_relation(self):
        out = self.broken(lambda d: d["rules"].append({"id": "x", "kind": "sum", "parts": ["a"], "total": "b"}))
        self.assertIn(f"rules/{len(BASE['rules'])}:", out)

    def test_english_number_in_a_limit(self):
        out = self.broken(lambda d: field(d, "xa-hoi-so", "thon-co-to").update(min="1,686.5"))
        self.assertIn("min: '1,686.5' does not match", out)

    def test_unknown_indicator_and_unit_are_cross_checked(self):
        out = self.broken(lambda d: field(d, "xa-hoi-so", "thon-co-to").update(indicator="khong-co"))
        self.assertIn("chỉ tiêu “khong-co” không có trong danh mục chỉ tiêu", out)
        out = self.broken(lambda d: field(d, "xa-hoi-so", "thon-co-to").update(unit="con"))
        self.assertIn("sections/2/fields/2: đơn vị “con” không có trong danh mục đơn vị", out)

    def test_percent_unit_must_be_percent(self):
        out = self.broken(lambda d: field(d, "xa-hoi-so", "ty-le-ho-internet-xa").update(kind="percent", unit="người"))
        self.assertIn("'%' was expected", out)


if __name__ == "__main__":
    unittest.main()
