#!/usr/bin/env python3
"""The largest stories of a corpus and how many different main entities each holds.

Runs `storyline stories --no-library --format jsonl` on FILE and prints its ten largest
stories: size, the number of distinct main entities among the members, and the three most
common. An article's main entity is the company ticker its headline names (`<SRD>`, as
Reuters-21578 writes them) or else the first two words of its headline, folded: a rough
stand-in for "which company, person or place the report is about", the same for every run.
One event told by many outlets holds one or a few; a pile of templated reports about
different companies holds hundreds.

    python3 Benchmarks/story-piles.py ../shared/data/corpus/reuters21578.jsonl
"""

import argparse
import collections
import json
import re
import subprocess


def main_entity(title: str) -> str:
    ticker = re.search(r"<([A-Z0-9.]+)>", title)
    if ticker:
        return ticker.group(1)
    words = re.findall(r"[A-Za-z0-9]+", title.lower())
    return " ".join(words[:2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--binary", default=".build/release/storyline")
    args = parser.parse_args()
    titles = {}
    with open(args.file, encoding="utf-8") as source:
        for line in source:
            if line.strip():
                record = json.loads(line)
                titles[str(record["id"])] = record.get("title") or ""
    result = subprocess.run(
        [args.binary, "stories", "--no-library", "--format", "jsonl", args.file],
        capture_output=True, text=True, check=True)
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    stories.sort(key=lambda story: -len(story["articles"]))
    sizes = [len(story["articles"]) for story in stories]
    print(f"{len(stories)} stories; largest {sizes[:args.top]}")
    print(f"{'size':>5} {'entities':>8}  most common main entities · story title")
    for story in stories[:args.top]:
        entities = collections.Counter(main_entity(titles.get(a, "")) for a in story["articles"])
        common = ", ".join(f"{name} ({count})" for name, count in entities.most_common(3))
        print(f"{len(story['articles']):>5} {len(entities):>8}  {common} · {story['title'][:50]}")


if __name__ == "__main__":
    main()
