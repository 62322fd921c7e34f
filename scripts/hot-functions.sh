#!/usr/bin/env bash
# Remakes scripts/hot-functions.txt: the functions of the renja executable that its daily uses
# execute, which scripts/link-flags.sh has the linker lay side by side. Run after a change that
# adds, renames or moves hot code, then commit the list (`make build` relinks when it is newer than
# the executable); a stale list costs only resident memory.
#   scripts/hot-functions.sh [renja-executable]      (needs valgrind; python3 for the inputs)
# The runs, each under callgrind with names left mangled (as the linker knows them):
#   - scripts/demo.sh: every table of examples/ converted, validated and annotated, the templates;
#   - when ../shared/bench/gen_tc33.py is there, a 10,000-row T-C.33 read to JSON, written back to
#     XLSX, converted XLSX to XLSX and from CSV, and twenty OPD files validated in one process.
# A function's place: first those that more runs execute, then by name (the list is the same for
# the same code, whatever the order the runs finish in).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(readlink -f "${1:-$root/.build/release/renja}")
command -v valgrind >/dev/null || { echo "hot-functions: valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
[[ -x "$bin" ]] || { echo "hot-functions: no executable at $bin (make build first)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

cat > "$work/renja" <<W
#!/usr/bin/env bash
exec valgrind -q --tool=callgrind --demangle=no --callgrind-out-file="$work/cg.%p" "$bin" "\$@"
W
chmod +x "$work/renja"
(cd "$root" && bash scripts/demo.sh "$work/renja" "$work/demo" >/dev/null 2>&1) || true

gen=$root/../shared/bench/gen_tc33.py
[[ -f "$gen" ]] || gen=$(git -C "$root" remote get-url origin 2>/dev/null || true)/../shared/bench/gen_tc33.py
if [[ -f "$gen" ]]; then
  python3 "$gen" -n 10000 -o "$work/t.xlsx" --csv "$work/t.csv" >/dev/null
  for i in $(seq 1 20); do python3 "$gen" -n $((20 + i * 4)) --seed $((100 + i)) -o "$work/opd_$i.xlsx" >/dev/null; done
  "$work/renja" convert "$work/t.xlsx" -o "$work/t.json" >/dev/null 2>&1 || true
  "$work/renja" convert "$work/t.json" -o "$work/w.xlsx" >/dev/null 2>&1 || true
  "$work/renja" convert "$work/t.xlsx" -o "$work/e.xlsx" >/dev/null 2>&1 || true
  "$work/renja" convert "$work/t.csv" -o "$work/c.xlsx" >/dev/null 2>&1 || true
  "$work/renja" validate "$work"/opd_*.xlsx --format json >/dev/null 2>&1 || true
else
  echo "hot-functions: no ../shared/bench/gen_tc33.py; profiling the examples only" >&2
fi

python3 - "$work" "$bin" > "$root/scripts/hot-functions.txt" <<'PY'
import collections, glob, re, sys
work, binary = sys.argv[1], sys.argv[2]
runs = collections.Counter()
for path in glob.glob(f"{work}/cg.*"):
    objects, names, mine, current = {}, {}, set(), None
    for line in open(path, errors="replace"):
        m = re.match(r"(c?ob)=\((\d+)\)(?: (.*))?", line)
        if m:
            if m.group(3): objects[m.group(2)] = m.group(3).strip()
            if m.group(1) == "ob": current = objects.get(m.group(2))
            continue
        m = re.match(r"(c?fn)=\((\d+)\)(?: (.*))?", line)
        if m:
            if m.group(3): names[m.group(2)] = m.group(3).strip()
            if m.group(1) == "fn" and current == binary:
                # callgrind marks a recursion level or a piece of a function with 'N; code without
                # a symbol shows as an address, the start-up as "(below main)".
                name = re.sub(r"'\d+$", "", names[m.group(2)])
                if re.fullmatch(r"[A-Za-z_$.][\w$.]*", name): mine.add(name)
    runs.update(mine)
for name, _ in sorted(runs.items(), key=lambda kv: (-kv[1], kv[0])):
    print(name)
PY
echo "hot-functions: $(wc -l < "$root/scripts/hot-functions.txt") functions from $(ls "$work"/cg.* | wc -l) runs into scripts/hot-functions.txt" >&2
