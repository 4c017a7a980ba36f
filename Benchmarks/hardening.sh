#!/usr/bin/env bash
# Storyline on hostile and growing inputs (issue: hardening). Release build, then for each
# series the time and peak memory of one command per size, and the ratio to the size before:
# about 2 at each doubling is linear, about 4 quadratic.
#   1. article length: one paragraph of quotes, 0.5 to 4 MiB (`quotes`);
#   2. quote marks per paragraph: unclosed opening marks, 12,500 to 100,000 (`quotes`);
#   8. attributions to an organisation the article never names, 12,500 to 100,000 in one
#      paragraph (`NOTE: company said …`, each looked up back to the headline; `quotes`);
#   9. cues in one sentence with no full stop, 12,500 to 100,000 (`the figures show "…" and
#      the minister said …, he said, and …`, each cue reading what follows it and each pronoun
#      what comes before; `quotes`);
#   3. articles per corpus: 2,500 to 20,000 articles of the Reuters + BBC corpora (`stories`);
#   4. files per folder: 2,500 to 20,000 one-article files (`articles`);
# then single cases: 50 MB of invalid JSON Lines, and a folder of FIFOs, device links, links
# out of the folder and a name that is not UTF-8 (each must end at once, with one line each);
#   6. (only when asked for: it takes about 15 minutes) one large JSON Lines file, 256 MB to
#      1 GB of the corpora's articles repeated under new ids, analysed into a new library
#      (`library`): a first analysis that large goes in batches, so peak memory stays about
#      flat while the time grows.
#   7. (only when asked for: about 15 minutes) the 20k corpus's library, then 256 MB and
#      512 MB JSON Lines files added to its folder: an update that large goes in batches too.
# Usage: Benchmarks/hardening.sh  (SERIES="1 2 3 4 5 6 7" to choose; STORYLINE=binary to
# measure another build)
set -euo pipefail
cd "$(dirname "$0")/.."
# NB: STORYLINE=path measures another build (an older one, beside this one).
if [ -z "${STORYLINE:-}" ]; then swift build -c release --product storyline >/dev/null; fi
storyline=${STORYLINE:-$PWD/.build/release/storyline}
shared=$PWD/../shared
series=${SERIES:-"1 2 3 4 5 8 9"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one command; prints "label  seconds  peak-MB  ratio-to-previous".
previous=""
measure() {
  local label=$1
  shift
  local out
  /usr/bin/time -o "$work/time" -f "%e %M" "$@" >/dev/null 2>&1 || true
  out=$(tail -1 "$work/time")
  local seconds=${out% *} kilobytes=${out#* }
  local ratio="-"
  if [ -n "$previous" ]; then ratio=$(python3 -c "print(f'{$seconds / max($previous, 0.01):.2f}')"); fi
  printf '%-34s %8.2f s %8.0f MB   x%s\n' "$label" "$seconds" "$((kilobytes / 1024))" "$ratio"
  previous=$seconds
}

python3 - "$work" "$shared" <<'PY'
import json, os, sys
work, shared = sys.argv[1], sys.argv[2]
sentence = ('"We are ready for talks," Russian Foreign Minister Sergei Lavrov said on Monday. '
            'He said the talks went on. ')
for mb in (0.5, 1, 2, 4):
    with open(f"{work}/paragraph-{mb}.txt", "w") as out:
        out.write("Headline\n\n" + sentence * int(mb * 1024 * 1024 // len(sentence)))
for count in (12500, 25000, 50000, 100000):
    with open(f"{work}/unclosed-{count}.txt", "w") as out:
        out.write("Headline\n\n" + "\u201cword " * count)
    with open(f"{work}/unnamed-{count}.txt", "w") as out:
        out.write("Headline\n\n" + "NOTE: company said sales rose 5 pct. " * count)
    with open(f"{work}/cues-{count}.txt", "w") as out:
        out.write("Headline\n\n" + ('the figures show "we said" and the minister said the'
                                     ' talks went on, he said, and ') * (count // 3) + "end.")
rows = []
for name in ("reuters21578.jsonl", "bbc-dev.jsonl"):
    rows += [json.loads(line) for line in open(f"{shared}/data/corpus/{name}")]
for count in (2500, 5000, 10000, 20000):
    with open(f"{work}/corpus-{count}.jsonl", "w") as out:
        for n in range(count):
            row = dict(rows[n % len(rows)]); row["id"] = f"a{n}"
            out.write(json.dumps(row) + "\n")
    folder = f"{work}/files-{count}"
    os.makedirs(folder)
    for n in range(count):
        with open(f"{folder}/{n:06}.txt", "w") as out:
            out.write(f"Short report {n}\n\nThe council met on day {n} and agreed the budget.")
with open(f"{work}/invalid.jsonl", "w") as out:
    line = "{not json at all}\n"
    out.write(line * (50 * 1024 * 1024 // len(line)))
PY

# One scaling series: NUMBER, TITLE, COMMAND, UNIT, the input's name with SIZE for each size,
# then the sizes.
scaling() {
  local number=$1 title=$2 command=$3 unit=$4 input=$5
  shift 5
  [[ $series == *$number* ]] || return 0
  echo "== $number. $title, storyline $command"
  previous=""
  for size in "$@"; do
    measure "$size $unit" "$storyline" "$command" "$work/${input//SIZE/$size}" --no-library
  done
}
scaling 1 "article length (one paragraph)" quotes MiB paragraph-SIZE.txt 0.5 1 2 4
scaling 2 "unclosed quote marks in one paragraph" quotes marks unclosed-SIZE.txt \
  12500 25000 50000 100000
scaling 8 "attributions to an unnamed company" quotes attributions unnamed-SIZE.txt \
  12500 25000 50000 100000
scaling 9 "cues in one sentence" quotes cues cues-SIZE.txt 12500 25000 50000 100000
scaling 3 "articles per corpus" stories articles corpus-SIZE.jsonl 2500 5000 10000 20000
scaling 4 "files per folder" articles files files-SIZE 2500 5000 10000 20000
# Writes SIZE MB of the corpora's articles, repeated under new ids, to the JSON Lines file PATH.
large_file() {
  python3 - "$shared" "$1" "$2" <<'PY'
import json, sys
shared, path, megabytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = []
for name in ("bbc-dev.jsonl", "reuters21578.jsonl"):
    rows += [json.loads(line) for line in open(f"{shared}/data/corpus/{name}")]
written, repeat = 0, 0
with open(path, "w") as out:
    while written < megabytes << 20:
        for row in rows:
            row = dict(row); row["id"] = f"r{repeat}-{row.get('id')}"
            line = json.dumps(row) + "\n"
            out.write(line); written += len(line)
            if written >= megabytes << 20: break
        repeat += 1
PY
}
if [[ $series == *6* ]]; then
  echo "== 6. one large JSON Lines file, storyline library (a new library)"
  previous=""
  for size in 256 512 1024; do
    large_file "$work/large.jsonl" "$size"
    rm -f "$work/large.sqlite"*
    measure "$size MB" "$storyline" library "$work/large.jsonl" --library "$work/large.sqlite"
  done
  rm -f "$work/large.jsonl" "$work/large.sqlite"*
fi
if [[ $series == *7* ]]; then
  echo "== 7. a large JSON Lines file added to the library of the 20k corpus (an update)"
  previous=""
  mkdir -p "$work/growing"
  cp "$shared/data/corpus/reuters21578.jsonl" "$shared/data/corpus/bbc-dev.jsonl" "$work/growing/"
  rm -f "$work/growing.sqlite"*
  measure "the 20k corpus (first analysis)" "$storyline" library "$work/growing" --library "$work/growing.sqlite"
  for size in 256 512; do
    large_file "$work/growing/large-$size.jsonl" "$size"
    measure "$size MB added" "$storyline" library "$work/growing" --library "$work/growing.sqlite"
  done
  rm -rf "$work/growing" "$work/growing.sqlite"*
fi
if [[ $series == *5* ]]; then
  echo "== 5. single cases"
  previous=""
  measure "50 MB of invalid JSON Lines" "$storyline" articles "$work/invalid.jsonl" --no-library
  hostile="$work/hostile"
  mkdir -p "$hostile"
  mkfifo "$hostile/pipe.jsonl"
  ln -s /dev/zero "$hostile/zero.jsonl"
  ln -s /dev/urandom "$hostile/random.txt"
  ln -s / "$hostile/root"
  ln -s .. "$hostile/up"
  ln -s loop-b "$hostile/loop-a"
  ln -s loop-a "$hostile/loop-b"
  printf 'Headline\n\nText.' >"$hostile/$(printf 'caf\xe9.txt')"
  previous=""
  measure "hostile folder" timeout 60 "$storyline" articles "$hostile" --no-library
  previous=""
  measure "a FIFO named directly" timeout 60 "$storyline" articles "$hostile/pipe.jsonl" --no-library
  previous=""
  measure "a link to /dev/zero named directly" timeout 60 "$storyline" articles "$hostile/zero.jsonl" --no-library
  echo "-- what the hostile folder reports:"
  "$storyline" articles "$hostile" --no-library 2>&1 >/dev/null | cat -v || true
fi
