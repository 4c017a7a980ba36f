#!/usr/bin/env python3
"""Scores `storyline quotes` per outlet of a gold quote file, to check that a rule added for
one outlet helps the others (issue: cross-validate by outlet; nothing is trained).

Usage: Benchmarks/eval-quotes-by-outlet.py [--binary B] [SET ...]   (default: ggt-dev polnear)
Runs the release binary (built first; or B, another build to compare with) once per set, splits gold and predictions by the gold articles'
`outlet` field (articles without one are "(no outlet)"), and prints, per outlet: articles,
gold quotes, F1 at 0.3 overlap, speaker accuracy, and recall of indirect and mixed quotes,
as the shared scorer (../shared/tools/score_quotes.py) computes them.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
BINARY = os.path.join(ROOT, ".build", "release", "storyline")


def score(gold_path, pred_path):
    output = subprocess.run(
        [sys.executable, os.path.join(SHARED, "tools", "score_quotes.py"),
         "--gold", gold_path, "--pred", pred_path],
        capture_output=True, text=True, check=True).stdout
    section = output.split("overlap>0.8")[0]
    values = {}
    if match := re.search(r"F1=([0-9.]+)", section):
        values["f1"] = float(match.group(1))
    if match := re.search(r"speaker_acc=([0-9.]+)", section):
        values["speaker"] = float(match.group(1))
    for kind in ("direct", "indirect", "mixed"):
        if match := re.search(kind + r"=([0-9.]+)\(n=(\d+)\)", section):
            values[kind] = (float(match.group(1)), int(match.group(2)))
    return values


def main():
    parser = argparse.ArgumentParser(description="Scores storyline quotes per outlet.")
    parser.add_argument("--binary", help="a storyline binary to score instead of a fresh build")
    parser.add_argument("sets", nargs="*", default=["ggt-dev", "polnear"])
    arguments = parser.parse_args()
    binary = arguments.binary or BINARY
    if not arguments.binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "storyline"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    sets = arguments.sets
    with tempfile.TemporaryDirectory() as scratch:
        for name in sets:
            base = os.path.join(SHARED, "data", "quotes", name)
            pred_all = os.path.join(scratch, name + ".pred.jsonl")
            with open(pred_all, "w") as out:
                subprocess.run([binary, "quotes", base + ".input.jsonl", "--no-library",
                                "--format", "jsonl"], stdout=out, stderr=subprocess.DEVNULL,
                               check=True)
            gold_rows = [json.loads(line) for line in open(base + ".jsonl")]
            outlet_of = {row["id"]: row.get("outlet") or "(no outlet)" for row in gold_rows}
            by_outlet = collections.defaultdict(list)
            for row in gold_rows:
                by_outlet[outlet_of[row["id"]]].append(row)
            predictions = [json.loads(line) for line in open(pred_all)]
            print(f"== {name}")
            print(f"{'outlet':<16} {'articles':>8} {'quotes':>6} {'F1@0.3':>7} {'speaker':>7}"
                  f" {'indirect':>13} {'mixed':>13}")
            groups = sorted(by_outlet.items())
            if len(groups) > 1:
                groups.append(("(all)", gold_rows))
            for outlet, rows in groups:
                ids = {row["id"] for row in rows}
                gold_path = os.path.join(scratch, "gold.jsonl")
                pred_path = os.path.join(scratch, "pred.jsonl")
                with open(gold_path, "w") as out:
                    out.writelines(json.dumps(row) + "\n" for row in rows)
                with open(pred_path, "w") as out:
                    out.writelines(json.dumps(p) + "\n" for p in predictions
                                   if p["article"] in ids)
                values = score(gold_path, pred_path)
                quotes = sum(len(row.get("quotes", [])) for row in rows)

                def recall(kind):
                    value = values.get(kind)
                    return f"{value[0]:.4f} (n={value[1]})" if value else "-"
                print(f"{outlet:<16} {len(rows):>8} {quotes:>6} {values.get('f1', 0):>7.4f}"
                      f" {values.get('speaker', 0):>7.4f} {recall('indirect'):>13}"
                      f" {recall('mixed'):>13}")


if __name__ == "__main__":
    main()
