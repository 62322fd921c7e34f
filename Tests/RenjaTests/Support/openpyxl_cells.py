#!/usr/bin/env python3
"""Reads an .xlsx with openpyxl, an XLSX reader independent of renja, twice: once for the formulas
(normal load) and once for the cached values (data_only=True). Prints one JSON object:
{"A1": [formula_or_null, cached_value_or_null], ...} for the first worksheet named on the command line."""
import json
import sys

import openpyxl

path, sheet = sys.argv[1], sys.argv[2]
formulas = openpyxl.load_workbook(path)[sheet]
values = openpyxl.load_workbook(path, data_only=True)[sheet]
out = {}
for row in formulas.iter_rows():
    for c in row:
        if c.value is None:
            continue
        f = c.value if c.data_type == "f" else None
        v = values[c.coordinate].value
        out[c.coordinate] = [f, v]
print(json.dumps(out))
