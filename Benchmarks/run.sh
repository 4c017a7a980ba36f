#!/usr/bin/env bash
# Storyline's benchmarks (not tests): release build, then
#  1. ingest + clean throughput on the Reuters-21578 + BBC corpora (../shared/data/corpus/);
#  2. huge and hostile inputs made on the fly: a 200 MB JSON Lines file, a 200 MB text file,
#     a file with a 1 MB single line; each loaded in its own process, time and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product storyline-bench
bench=.build/release/storyline-bench
runs=${RUNS:-5}

echo "== ingest + clean throughput"
"$bench" ingest --runs "$runs"

echo
echo "== quote extraction"
"$bench" quotes --runs "$runs"

echo
echo "== near-duplicates, against Python datasketch in the same run"
python3 -m pip install --quiet datasketch >/dev/null 2>&1 || echo "(datasketch could not be installed; no reference)"
"$bench" dups --runs "$runs"
python3 Benchmarks/dups_reference.py ../shared/data/corpus/reuters21578.jsonl ../shared/data/corpus/bbc-dev.jsonl || true
echo "-- a ~100k-article corpus: each article 5 times, each replica missing one seeded-random line"
scaled=$(mktemp --suffix=.jsonl)
python3 Benchmarks/scale_corpus.py 5 ../shared/data/corpus/reuters21578.jsonl ../shared/data/corpus/bbc-dev.jsonl > "$scaled"
"$bench" dups "$scaled" --runs 3
python3 Benchmarks/dups_reference.py "$scaled" || true
rm -f "$scaled"

echo
echo "== stories (clustering alone), ~20k articles, then ~100k"
"$bench" stories --runs "$runs"
scaled=$(mktemp --suffix=.jsonl)
python3 Benchmarks/scale_corpus.py 5 ../shared/data/corpus/reuters21578.jsonl ../shared/data/corpus/bbc-dev.jsonl > "$scaled"
"$bench" stories "$scaled" --runs 3
"$bench" stories "$scaled" --runs 1 --no-fold
rm -f "$scaled"

echo
echo "== library: first analysis end to end, reopen; search as you type (~20k, then ~100k)"
libraries=$(mktemp -d)
XDG_DATA_HOME="$libraries" "$bench" library --runs 3
XDG_DATA_HOME="$libraries" "$bench" search --runs 3
scaled=$(mktemp --suffix=.jsonl)
python3 Benchmarks/scale_corpus.py 5 ../shared/data/corpus/reuters21578.jsonl ../shared/data/corpus/bbc-dev.jsonl > "$scaled"
XDG_DATA_HOME="$libraries" "$bench" library "$scaled" --runs 1
XDG_DATA_HOME="$libraries" "$bench" search "$scaled" --runs 3

echo
echo "== the reader on the virtual terminal at 120x40: first frame of a reopened library, every key (~20k, then ~100k)"
XDG_DATA_HOME="$libraries" "$bench" reader --runs 3
XDG_DATA_HOME="$libraries" "$bench" reader "$scaled" --runs 3

echo
echo "== incremental updates: batches against a fresh analysis; 100 files added (~20k, ~100k)"
"$bench" library-batches ../shared/data/stories/ecbplus-dev.input.jsonl --batches 5
"$bench" library-batches ../shared/data/corpus/reuters21578.jsonl ../shared/data/corpus/bbc-dev.jsonl --batches 5
"$bench" library-add --count 100 --runs 3
"$bench" library-add "$scaled" --count 100 --runs 3
rm -rf "$scaled" "$libraries"

echo
echo "== huge inputs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
corpus = os.path.join(os.path.dirname(os.path.abspath('.')), 'shared/data/corpus/bbc-dev.jsonl')
rows = [json.loads(line) for line in open(corpus)]
# 200 MB of JSON Lines: the BBC corpus repeated with fresh ids.
with open(os.path.join(work, 'huge.jsonl'), 'w') as out:
    size, n = 0, 0
    while size < 200_000_000:
        row = dict(rows[n % len(rows)]); row['id'] = f"x{n}"; n += 1
        line = json.dumps(row) + "\n"; out.write(line); size += len(line)
# 200 MB of plain text in one file.
with open(os.path.join(work, 'huge.txt'), 'w') as out:
    text = "\n\n".join(r['text'] for r in rows)
    while out.tell() < 200_000_000: out.write(text)
# One 1 MB line: a JSON Lines record, and a text file.
line = " ".join(["word"] * 200_000)
with open(os.path.join(work, 'longline.jsonl'), 'w') as out: out.write(json.dumps({"text": line}) + "\n")
with open(os.path.join(work, 'longline.txt'), 'w') as out: out.write(line)
PY
ls -l "$work"
for file in huge.jsonl huge.txt longline.jsonl longline.txt; do
  "$bench" load "$work/$file"
done
