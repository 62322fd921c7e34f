#!/usr/bin/env bash
# The linker flags of the release executable (make build, make bench), printed for the Makefile.
# Why: of a 100,000-row read's resident memory, 13 MiB were pages of the executable itself, most of
# them code the run never executes. The kernel maps a file's pages 64 KiB at a time around each
# one touched, and the code a run executes (1.3 MB) lay scattered over the 16 MB of the runtime,
# Foundation and renja. So, where the toolchain has lld:
#   - the functions a run executes are laid side by side, in the order of scripts/hot-functions.txt
#     (made by scripts/hot-functions.sh; a name it no longer knows only loses its place);
#   - relative relocations are packed (DT_RELR, glibc 2.36 or later): the loader reads 15 KB of
#     them at every start instead of 1.9 MB.
# Prints nothing elsewhere (macOS, no lld): the executable is then linked as the toolchain does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[[ "$(uname -s)" == Linux ]] || exit 0
swift=$(command -v "${SWIFT:-swift}" || true)
[[ -n "$swift" && -x "$(dirname "$(readlink -f "$swift")")/ld.lld" ]] || exit 0

flags="-Xswiftc -use-ld=lld -Xlinker --symbol-ordering-file=$root/scripts/hot-functions.txt -Xlinker --no-warn-symbol-ordering"
glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
major=${glibc%%.*}; minor=${glibc#*.}; minor=${minor%%.*}
if [[ -n "$glibc" ]] && (( major > 2 || (major == 2 && minor >= 36) )); then
  flags+=" -Xlinker -z -Xlinker pack-relative-relocs"
fi
echo "$flags"
