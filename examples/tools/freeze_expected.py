#!/usr/bin/env python3
"""Freezes an expected result after it was checked by hand against the source document:
    python3 examples/tools/freeze_expected.py BASE MODEL.json REPORT.json
writes examples/expected/BASE.json (rows without source) and BASE.errors.json (the error-level
findings: rule, cell, kode, expected, actual). Only run it after reading every row against the seed."""
import json
import os
import sys

base, model, report = sys.argv[1:4]
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "expected")
m = json.load(open(model))
for r in m["rows"]:
    r.pop("source", None)
    r.pop("targets", None)
with open(os.path.join(out, base + ".json"), "w", encoding="utf-8") as f:
    json.dump(m, f, ensure_ascii=False, indent=1)
    f.write("\n")
rep = json.load(open(report))
errors = [{k: x[k] for k in ("rule", "cell", "kode", "column", "expected", "actual") if k in x}
          for x in rep["findings"] if x["severity"] == "error"]
with open(os.path.join(out, base + ".errors.json"), "w", encoding="utf-8") as f:
    json.dump(errors, f, ensure_ascii=False, indent=1)
    f.write("\n")
