#!/usr/bin/env bash
# Measures the temporal tagger on the shared development data:
#   1. TimeBank + AQUAINT (TempEval-3 Task A): "dateline tag" over every
#      document with its DCT, scored by score_timex.py (strict/relaxed span,
#      type and value F1);
#   2. Duckling's English time corpus: isolated expressions against their
#      reference time, scored by score_expr.py --skip-forward-default.
# Usage: scripts/eval-timex.sh [OUTDIR]   (default: a temporary directory)
# Needs ../shared beside the project; exits 0 with a message without it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${DATELINE_SHARED:-$root/../shared}
tools=$shared/tools/timex-eval
if [ ! -d "$tools" ] || [ ! -d "$shared/corpus/tbaq" ]; then
  echo "eval-timex: $shared not found: nothing to measure (the corpus is not part of the project)"
  exit 0
fi
out=${1:-$(mktemp -d /tmp/dateline-eval.XXXXXX)}
mkdir -p "$out/txt" "$out/sys"
cd "$root"

bin=$out/dateline
if ! go build -o "$bin" ./cmd/dateline 2>"$out/build.log"; then
  # The GUI side of the command may be mid-change; build the same "tag"
  # sub-command (cmd/dateline/tag.go, unchanged) without it, through a
  # build overlay, so the tagger can still be measured.
  echo "eval-timex: cmd/dateline does not build (see $out/build.log); building its tag sub-command alone" >&2
  cat >"$out/tagmain.go" <<'GO'
package main

import "os"

const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func main() {
	if len(os.Args) < 2 || os.Args[1] != "tag" {
		os.Exit(exitUsage)
	}
	os.Exit(runTag(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
}
GO
  printf '{"Replace":{"%s/cmd/dateline-tag/main.go":"%s","%s/cmd/dateline-tag/tag.go":"%s/cmd/dateline/tag.go"}}\n' \
    "$root" "$out/tagmain.go" "$root" "$root" >"$out/overlay.json"
  go build -overlay "$out/overlay.json" -o "$bin" ./cmd/dateline-tag
fi

python3 "$tools/tml_extract.py" "$shared/corpus/tbaq" "$out/txt" >/dev/null
n=0
for txt in "$out"/txt/*.txt; do
  doc=$(basename "$txt" .txt)
  dct=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("dct_rfc3339") or d["dct"])' "$out/txt/$doc.json")
  # stderr to a log: the GUI toolkit linked into the binary may log there.
  "$bin" tag --published "$dct" "$txt" 2>>"$out/tag.log" |
    python3 -c 'import json,sys; d=json.load(sys.stdin); d["doc"]=sys.argv[1]; json.dump(d,sys.stdout)' "$doc" >"$out/sys/$doc.json"
  n=$((n + 1))
done
echo "== TimeBank+AQUAINT dev ($n documents): dateline tag, score_timex.py --offsets bytes"
python3 "$tools/score_timex.py" "$shared/corpus/tbaq" "$out/sys" --offsets bytes --by-type --errors "$out/tbaq-errors.jsonl"

echo "== Duckling English time corpus: score_expr.py --skip-forward-default"
go run ./scripts/timexlines <"$shared/corpus/duckling_en_time.jsonl" >"$out/duckling-pred.jsonl"
python3 "$tools/score_expr.py" "$shared/corpus/duckling_en_time.jsonl" "$out/duckling-pred.jsonl" --skip-forward-default
echo "(outputs and error lists in $out)"
