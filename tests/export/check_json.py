#!/usr/bin/env python3
"""Validates every exported JSON in tests/out/export against schemas/report.schema.json.

Prints one line per check, "PASS …" or "FAIL …"; exits non-zero on any failure. Also checks
that the schema rejects broken envelopes, so a schema that accepts anything fails here.
"""
import copy
import glob
import json
import os
import sys

from jsonschema import Draft202012Validator

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "out", "export")

with open(os.path.join(ROOT, "schemas", "report.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

failed = 0


def report(ok, what):
    global failed
    print(("PASS " if ok else "FAIL ") + what)
    if not ok:
        failed += 1


files = sorted(glob.glob(os.path.join(OUT, "*.json")))
report(len(files) > 0, f"exported JSON files found: {len(files)}")
sample = None
for path in files:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        print(f"    {os.path.basename(path)}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    report(not errors, f"schema: {os.path.basename(path)}")
    sample = sample or data

if sample is not None:
    broken = []
    b = copy.deepcopy(sample); b["format"] = 2; broken.append(("format 2", b))
    b = copy.deepcopy(sample); del b["report"]["template_id"]; broken.append(("no template_id", b))
    b = copy.deepcopy(sample); b["report"]["values"]["x"] = 12; broken.append(("number value", b))
    b = copy.deepcopy(sample); b["findings"] = [{"key": "k", "severity": "fatal", "kind": "missing", "section": "", "fields": [], "message": "m"}]; broken.append(("bad severity", b))
    b = copy.deepcopy(sample); b["extra"] = True; broken.append(("unknown property", b))
    for what, data in broken:
        report(not validator.is_valid(data), f"schema rejects {what}")

sys.exit(1 if failed else 0)
