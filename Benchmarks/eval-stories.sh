#!/usr/bin/env bash
# Scores `storyline stories` on the gold event clusters in ../shared/data/stories/ with the
# shared scorer (pairwise and B-cubed F1, ARI).
# Usage: Benchmarks/eval-stories.sh [--titles-only] [ecbplus-dev|wikiref220 ...]
# STORYLINE=binary scores another build. --titles-only feeds each record with its title as its whole text (what aggregator feeds give).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
titles_only=false
if [ "${1:-}" = "--titles-only" ]; then
  titles_only=true
  shift
fi
if [ -z "${STORYLINE:-}" ]; then swift build -c release --product storyline >/dev/null; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(ecbplus-dev wikiref220)
for set in "${sets[@]}"; do
  input="$shared/data/stories/$set.input.jsonl"
  if $titles_only; then
    echo "== $set (titles only)"
    python3 -c '
import json, sys
for line in open(sys.argv[1]):
    record = json.loads(line)
    record["text"] = record.get("title") or ""
    print(json.dumps(record))
' "$input" > "$out/$set.input.jsonl"
    input="$out/$set.input.jsonl"
  else
    echo "== $set"
  fi
  "${STORYLINE:-.build/release/storyline}" stories "$input" --no-library --format jsonl > "$out/$set.jsonl"
  python3 "$shared/tools/score_clusters.py" --gold "$shared/data/stories/$set.jsonl" --pred "$out/$set.jsonl" --mode stories
done
