#!/usr/bin/env bash
# Scores `storyline quotes` on the gold quote files in ../shared/data/quotes/ with the shared
# scorer (Gender Gap Tracker metrics: F1 at 0.3 and 0.8 overlap, speaker accuracy, recall
# per kind). Usage: Benchmarks/eval-quotes.sh [ggt-dev|polnear ...]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
swift build -c release --product storyline >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(ggt-dev polnear)
for set in "${sets[@]}"; do
  echo "== $set"
  .build/release/storyline quotes "$shared/data/quotes/$set.input.jsonl" --no-library --format jsonl > "$out/$set.jsonl"
  python3 "$shared/tools/score_quotes.py" --gold "$shared/data/quotes/$set.jsonl" --pred "$out/$set.jsonl"
done
