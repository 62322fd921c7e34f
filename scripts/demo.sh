#!/usr/bin/env bash
# The main job on the bundled examples (make demo): blank templates of every kind into OUT/templat/.
set -euo pipefail
BIN=${1:-.build/release/renja}
OUT=${2:-out}
mkdir -p "$OUT/templat"
for kind in $("$BIN" tables | awk -F'\t' 'NF>1 {print $1}'); do
  "$BIN" template "$kind" -o "$OUT/templat/$kind.xlsx"
  echo "templat $kind -> $OUT/templat/$kind.xlsx"
done
