#!/bin/sh
# eval-modality.sh measures the event modality detector (happened,
# expected, possible, reported, denied) on the TimeML development corpus
# in ../shared/corpus/tbaq (TimeBank and AQUAINT, TBAQ-cleaned). It is
# not part of the test suite; see scripts/eval-modality/main.go for which
# events are counted and how the gold modality is read. Pass -v to list
# the errors.
set -eu
cd "$(dirname "$0")/.."
corpus=${TBAQ:-../shared/corpus/tbaq}
if [ ! -d "$corpus" ]; then
	echo "eval-modality: $corpus not found; skipping (set TBAQ=DIR to point at the corpus)"
	exit 0
fi
for part in TimeBank AQUAINT; do
	if [ -d "$corpus/$part" ]; then
		echo "== $part"
		go run ./scripts/eval-modality "$@" "$corpus/$part"
		echo
	fi
done
echo "== both"
go run ./scripts/eval-modality "$@" "$corpus"
