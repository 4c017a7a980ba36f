#!/usr/bin/env bash
# Scores `storyline stories` on the gold event clusters in ../shared/data/stories/ with the
# shared scorer (pairwise and B-cubed F1, ARI). Usage: Benchmarks/eval-stories.sh [ecbplus-dev|wikiref220 ...]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
swift build -c release --product storyline >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(ecbplus-dev wikiref220)
for set in "${sets[@]}"; do
  echo "== $set"
  .build/release/storyline stories "$shared/data/stories/$set.input.jsonl" --no-library --format jsonl > "$out/$set.jsonl"
  python3 "$shared/tools/score_clusters.py" --gold "$shared/data/stories/$set.jsonl" --pred "$out/$set.jsonl" --mode stories
done
