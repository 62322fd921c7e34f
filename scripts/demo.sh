#!/usr/bin/env bash
# The main job on the bundled examples (make demo): every example of examples/ converted into the
# official template (live formulas and cached values), checked (annotated workbook with comments and
# a Temuan sheet, JSON report), plus the nine blank templates. A short summary per file at the end.
set -uo pipefail
BIN=${1:-.build/release/renja}
OUT=${2:-out}
mkdir -p "$OUT/templat" "$OUT/examples"
for kind in $("$BIN" tables | awk -F'\t' 'NF>1 {print $1}'); do
  "$BIN" template "$kind" -o "$OUT/templat/$kind.xlsx" || exit 1
done
echo "templat kosong: $OUT/templat/ (9 jenis)"
echo
printf '%-44s %-13s %-28s %6s %10s\n' "berkas" "tabel" "tata letak" "galat" "peringatan"
status=0
for f in examples/*.xlsx examples/*.csv examples/*.json; do
  [ -e "$f" ] || continue
  base=$(basename "$f"); stem=${base%.*}
  "$BIN" convert "$f" -o "$OUT/examples/$stem.xlsx" --report "$OUT/examples/$stem.report.json" 2>/dev/null
  rc=$?
  if [ $rc -ge 2 ]; then echo "$base: tidak terbaca (exit $rc)"; status=1; continue; fi
  "$BIN" validate "$f" --annotate "$OUT/examples/$stem.anotasi.xlsx" --format json > /dev/null 2>&1
  python3 - "$OUT/examples/$stem.report.json" "$base" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{sys.argv[2]:<44} {r['table']:<13} {r['layout']:<28} {r['errors']:>6} {r['warnings']:>10}")
PY
done
echo
echo "keluaran: $OUT/examples/<nama>.xlsx (templat resmi terisi), <nama>.anotasi.xlsx (temuan), <nama>.report.json"
exit $status
