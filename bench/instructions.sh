#!/usr/bin/env bash
# Instructions per MB of real news for the tagger: BenchmarkTagNews (the
# TimeBank and AQUAINT texts of ../shared, repeated to 1 MB) under
# cachegrind, the figure a busy shared host does not move. It runs the
# benchmark for 1 and for 3 Tags and divides the difference by the 2 Tags
# and the text's size. Built without the PGO profile, GOGC off.
# Usage: bench/instructions.sh   (needs valgrind and ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions: valgrind not found (apt-get install valgrind)"; exit 0; }
[ -d ../shared/corpus/tbaq ] || { echo "instructions: ../shared not found: nothing to measure"; exit 0; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go test -c -tags ci -o "$dir/t" ./timeline/temporal/
count() { # $1: Tags; prints the instructions, leaves the benchmark's line in $dir/out.$1
  (cd timeline/temporal && GOGC=off valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$dir/cg" \
    "$dir/t" -test.run '^$' -test.bench 'TagNews$' -test.benchtime "${1}x" -test.cpu 1 2>&1 >"$dir/out.$1") |
    awk '/I *refs/ {gsub(",", "", $4); print $4}'
}
one=$(count 1)
three=$(count 3)
# the size of the text a Tag reads, which the benchmark reports
bytes=$(awk '/^BenchmarkTagNews/ {for (i = 1; i <= NF; i++) if ($i == "text-bytes") printf "%d", $(i-1)}' "$dir/out.3")
awk -v d="$((three - one))" -v b="$bytes" 'BEGIN {printf "%.0f million instructions per MB (%d bytes a Tag)\n", d / 2 / (b / 1048576) / 1e6, b}'
