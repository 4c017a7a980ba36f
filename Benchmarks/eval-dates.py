#!/usr/bin/env python3
"""How well Storyline dates articles that do not say their date.

Takes JSON Lines files whose records carry a `date`, withholds the dates of a share of the
dated records (chosen by a hash of the id, so every run withholds the same ones), runs
`storyline stories --no-library --format jsonl` on the copy, and compares the date each
withheld article is shown with against the date withheld:

  dated      how many withheld articles got a date at all (always marked inferred, `~`)
  ≤3 days    of those, how many are within 3 days of the truth (target ≥ 95%)
  >30 days   of those, how many are more than 30 days off (target: none)

`--withhold 1` withholds every date (a collection with no dated article: nothing bounds the
period, so only evidence in the text may date an article); `--withhold 0.2` keeps 80% dated.

    python3 Benchmarks/eval-dates.py --withhold 0.2 ../shared/data/corpus/reuters21578.jsonl
"""

import argparse
import datetime
import hashlib
import json
import os
import subprocess
import sys
import tempfile


def withheld(record_id: str, share: float) -> bool:
    digest = hashlib.sha1(record_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text[:10])


def evaluate(path: str, share: float, binary: str) -> dict:
    truth = {}
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, os.path.basename(path))
        with open(path, encoding="utf-8") as source, open(copy, "w", encoding="utf-8") as out:
            for line in source:
                if not line.strip():
                    continue
                record = json.loads(line)
                if record.get("date") and withheld(str(record["id"]), share):
                    truth[str(record["id"])] = day(record["date"])
                    record["date"] = ""
                    record.pop("dateline", None)
                out.write(json.dumps(record) + "\n")
        result = subprocess.run(
            [binary, "stories", "--no-library", "--format", "jsonl", copy],
            capture_output=True, text=True, check=True)
    shown = {}
    for line in result.stdout.splitlines():
        for member in json.loads(line)["members"]:
            shown[member["article"]] = (member["date"], member["dateInferred"])
    offsets = []
    for record_id, true_day in truth.items():
        date, _ = shown.get(record_id, (None, False))
        if date:
            offsets.append(abs((day(date) - true_day).days))
    dated = len(offsets)
    return {
        "file": os.path.basename(path),
        "withheld": len(truth),
        "dated": dated,
        "within3": sum(1 for o in offsets if o <= 3),
        "over30": sum(1 for o in offsets if o > 30),
        "worst": max(offsets) if offsets else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--withhold", type=float, default=1.0)
    parser.add_argument("--binary", default=".build/release/storyline")
    args = parser.parse_args()
    print(f"withholding {args.withhold:.0%} of the dates")
    print(f"{'file':<28} {'withheld':>8} {'dated':>7} {'≤3 days':>9} {'>30 days':>9} {'worst':>6}")
    for path in args.files:
        row = evaluate(path, args.withhold, args.binary)
        share = f"{row['within3'] / row['dated']:.1%}" if row["dated"] else "-"
        print(
            f"{row['file']:<28} {row['withheld']:>8} {row['dated']:>7} {share:>9} "
            f"{row['over30']:>9} {row['worst'] if row['worst'] is not None else '-':>6}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
