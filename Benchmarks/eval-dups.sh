#!/usr/bin/env bash
# Scores `storyline dups` on ../shared/data/dups/syndication-dev (pairwise and B-cubed F1,
# copy recall per level, false merges) with the shared scorer.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
swift build -c release --product storyline >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
.build/release/storyline dups "$shared/data/dups/syndication-dev.input.jsonl" --no-library --format jsonl > "$out"
python3 "$shared/tools/score_clusters.py" --gold "$shared/data/dups/syndication-dev.jsonl" --pred "$out" --mode dups
