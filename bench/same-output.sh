#!/usr/bin/env bash
# Checks that two checkouts write the same files, byte for byte: the whole course in PDF, Word and HTML, the course
# in A4 easy-read and in large print, with other seeds. For performance work that must not change what is written.
# Usage: bench/same-output.sh OTHER_CHECKOUT [this checkout, default: this one]
set -euo pipefail
other="${1:?usage: bench/same-output.sh OTHER_CHECKOUT [THIS_CHECKOUT]}"
this="${2:-$(cd "$(dirname "$0")/.." && pwd)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for tree in "$other" "$this"; do
  (cd "$tree" && dotnet build src/Curriculum.Cli -c Release -v quiet -nologo >/dev/null)
done

write() {
  local tree="$1" out="$2"
  local cli="$tree/src/Curriculum.Cli/bin/Release/net10.0/curriculum.dll"
  (cd "$work" && dotnet "$cli" course --format all --out "$out/all" >/dev/null \
    && dotnet "$cli" course --easy-read --paper a4 --seed 7 --out "$out/easy-read" >/dev/null \
    && dotnet "$cli" course --large-print --seed 3 --audience 11-12 --out "$out/large-print" >/dev/null)
}

write "$other" "$work/other"
write "$this" "$work/this"
count="$(find "$work/this" -type f | wc -l)"
if diff -r "$work/other" "$work/this" >/dev/null; then
  echo "same: $count files, byte for byte"
else
  diff -rq "$work/other" "$work/this" | head -20
  exit 1
fi
