#!/usr/bin/env bash
# Installs what renja needs on a Debian/Ubuntu machine (Swift itself is assumed present).
#   scripts/install-deps.sh          build dependencies (libxlsxwriter, libxml2, mimalloc, pkg-config)
#   scripts/install-deps.sh --test   also what the tests use: LibreOffice Calc (headless
#                                    recalculation check) and openpyxl (an independent XLSX reader)
#   scripts/install-deps.sh --bench  also the peers of the benchmark: gcc and libminizip-dev (the
#                                    C floor programs), openpyxl, python-calamine and XlsxWriter
# Runs apt-get only for what is missing; uses sudo when not root.
set -euo pipefail

want=(libxlsxwriter-dev libxml2-dev libmimalloc-dev pkg-config zlib1g-dev)
if [[ "${1:-}" == "--test" ]]; then
  want+=(libreoffice-calc-nogui python3-openpyxl)
fi
if [[ "${1:-}" == "--bench" ]]; then
  want+=(gcc libminizip-dev python3-pip)
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  echo "renja: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null; then
  echo "renja: Swift 6 is required (https://www.swift.org/install/linux/); it is not on PATH" >&2
  exit 1
fi

if [[ "${1:-}" == "--bench" ]]; then
  for m in openpyxl python_calamine xlsxwriter; do
    python3 -c "import $m" 2>/dev/null && continue
    pkg=${m/python_calamine/python-calamine}; pkg=${pkg/xlsxwriter/XlsxWriter}
    echo "renja: pip installing $pkg"
    python3 -m pip install -q "$pkg" 2>/dev/null || python3 -m pip install -q --break-system-packages "$pkg"
  done
fi
