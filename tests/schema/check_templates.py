#!/usr/bin/env python3
"""Validates the template files against the JSON Schemas.

Every templates/*.json except frame.json is checked: report-type templates against
schemas/template.schema.json, the catalogue templates/indicators.json against
schemas/indicators.schema.json, the document catalogue templates/documents.json against
schemas/documents.schema.json (plus: symbols unique). On top of the schema, templates are cross-checked with the
catalogue (indicator ids and units exist), which a schema alone cannot express.

Prints one line per failure and then "N passed, M failed"; exits 1 if anything failed.
Usage: python3 tests/schema/check_templates.py [template.json ...]   (run from the repository root;
with no arguments, all of templates/).
Needs the `jsonschema` package (pip install jsonschema).
"""

import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
SCHEMAS = ROOT / "schemas"


def load_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def validator(name):
    schema = load_json(SCHEMAS / name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(v, doc):
    out = []
    for e in sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in e.absolute_path) or "(gốc)"
        out.append(f"{where}: {e.message}")
    return out


def fields(items, at):
    for i, f in enumerate(items or []):
        if isinstance(f, dict):
            here = f"{at}/{i}"
            yield here, f
            yield from fields(f.get("columns"), here + "/columns")


def catalogue_errors(doc, catalogue):
    """Indicator ids and units must exist in the catalogue (load.rs says the same)."""
    out = []
    indicators = {i["id"] for i in catalogue.get("indicators", [])}
    units = set(catalogue.get("units", []))
    for si, s in enumerate(doc.get("sections", [])):
        for at, f in fields(s.get("fields"), f"sections/{si}/fields"):
            ind = f.get("indicator")
            if ind is not None and ind not in indicators:
                out.append(f"{at}: chỉ tiêu “{ind}” không có trong danh mục chỉ tiêu")
            unit = f.get("unit")
            if unit is not None and unit not in units and unit not in ("%", "đồng"):
                out.append(f"{at}: đơn vị “{unit}” không có trong danh mục đơn vị")
    return out


def documents_errors(doc):
    """Symbols must be unique (citations/catalogue.rs says the same); a schema cannot say it."""
    out, seen = [], {}
    for i, d in enumerate(doc.get("documents", [])):
        sym = d.get("so_ky_hieu")
        if sym in seen:
            out.append(f"documents/{i}: số, ký hiệu “{sym}” trùng với documents/{seen[sym]}")
        seen.setdefault(sym, i)
    return out


def main(argv):
    template_v = validator("template.schema.json")
    catalogue_v = validator("indicators.schema.json")
    documents_v = validator("documents.schema.json")
    documents_path = TEMPLATES / "documents.json"
    catalogue_path = TEMPLATES / "indicators.json"
    catalogue = load_json(catalogue_path)
    paths = [Path(a) for a in argv] or sorted(p for p in TEMPLATES.glob("*.json") if p.name != "frame.json")
    passed = failed = 0
    for path in paths:
        try:
            doc = load_json(path)
        except (OSError, ValueError) as e:
            problems = [f"không đọc được JSON: {e}"]
        else:
            if path.resolve() == catalogue_path.resolve():
                problems = schema_errors(catalogue_v, doc)
            elif path.resolve() == documents_path.resolve():
                problems = schema_errors(documents_v, doc) or documents_errors(doc)
            else:
                problems = schema_errors(template_v, doc)
                if not problems:
                    problems = catalogue_errors(doc, catalogue)
        if problems:
            failed += 1
            for p in problems:
                print(f"FAIL {path.name}: {p}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
