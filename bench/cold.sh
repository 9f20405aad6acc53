#!/usr/bin/env bash
# Cold start, as a teacher installs and runs the kit: packs the tool (README: dotnet pack, then dotnet tool install),
# installs it into a scratch folder, and times fresh processes of `handout leonid-1 --kind student` and `course`,
# interleaved with Chromium printing the HTML output of the same handout to PDF. Prints every run, then the medians and
# the median of the paired ratios (handout / Chromium, run by run). Writes nothing outside a scratch folder.
# Usage: bench/cold.sh [runs, default 11] [path of a curriculum executable to time instead of packing one]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-11}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${2:-}" ]; then
  tool="$(realpath "$2")"
else
  echo "packing and installing the tool into $work (as in the README) ..."
  dotnet pack src/Curriculum.Cli -c Release -o "$work/packages" -v quiet -nologo >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
  dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" curriculum >/dev/null
  tool="$work/tools/curriculum"
fi
echo "tool: $(realpath "$tool") ($(file -b "$(realpath "$tool")" | cut -d, -f1))"

chromium="$(command -v chromium || command -v chromium-browser || true)"
"$tool" handout leonid-1 --kind student --format html --out "$work/html" >/dev/null
page="$work/html/student-handout-leonid-1.html"

now() { date +%s%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e6 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One of each first, untimed: the page cache holds the files afterwards, as it would for a teacher's second command.
"$tool" handout leonid-1 --kind student --out "$work/pdf" >/dev/null
"$tool" course --out "$work/course" >/dev/null

printf '%4s %12s %12s %12s %8s\n' run handout_ms chromium_ms course_ms ratio
for i in $(seq 1 "$runs"); do
  t0=$(now); "$tool" handout leonid-1 --kind student --out "$work/pdf" >/dev/null; t1=$(now)
  chrome="-"
  if [ -n "$chromium" ]; then
    c0=$(now)
    "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
      --disable-sync --no-first-run --disable-quic --user-data-dir="$work/chromium-$i" --no-pdf-header-footer \
      --print-to-pdf="$work/chromium.pdf" "file://$page" >/dev/null 2>&1
    c1=$(now)
    chrome=$(ms "$c0" "$c1")
    rm -rf "$work/chromium-$i"
  fi
  k0=$(now); "$tool" course --out "$work/course" >/dev/null; k1=$(now)
  handout=$(ms "$t0" "$t1"); course=$(ms "$k0" "$k1")
  ratio="-"; [ "$chrome" != "-" ] && ratio=$(awk -v a="$handout" -v b="$chrome" 'BEGIN { printf "%.3f", a / b }')
  printf '%4d %12s %12s %12s %8s\n' "$i" "$handout" "$chrome" "$course" "$ratio" | tee -a "$work/runs"
done

col() { awk -v c="$1" '$c != "-" { print $c }' "$work/runs" | median; }
echo
echo "median of $runs interleaved runs (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "  handout leonid-1 --kind student: $(col 2) ms"
[ -n "$chromium" ] && echo "  chromium printing its HTML:      $(col 3) ms" && echo "  paired ratio handout/chromium:   $(col 5)"
echo "  course:                          $(col 4) ms"
