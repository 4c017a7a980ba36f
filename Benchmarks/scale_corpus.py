"""Makes a larger corpus for scale benchmarks: every article K times; each replica after the
first misses one line chosen by a seeded generator, so replicas are near-duplicates. Titles,
dates and sources are kept (replicas included), so story clustering sees a dated corpus.

Usage: python3 Benchmarks/scale_corpus.py K FILE.jsonl ... > scaled.jsonl
"""
import json
import sys

scale = int(sys.argv[1])
base = []
for path in sys.argv[2:]:
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        meta = {key: row[key] for key in ("title", "date", "source") if row.get(key)}
        base.append((row["id"], row["text"], meta))
state = 42
for article_id, text, meta in base:
    print(json.dumps({"id": article_id, "text": text, **meta}))
for replica in range(2, scale + 1):
    for article_id, text, meta in base:
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        lines = text.split("\n")
        if len(lines) > 2:
            lines.pop((state >> 33) % len(lines))
        print(json.dumps({"id": f"{article_id}#{replica}", "text": "\n".join(lines), **meta}))
