"""Makes a larger corpus for scale benchmarks: every article K times; each replica after the
first misses one line chosen by a seeded generator, so replicas are near-duplicates.

Usage: python3 Benchmarks/scale_corpus.py K FILE.jsonl ... > scaled.jsonl
"""
import json
import sys

scale = int(sys.argv[1])
base = []
for path in sys.argv[2:]:
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        base.append((row["id"], row["text"]))
state = 42
for article_id, text in base:
    print(json.dumps({"id": article_id, "text": text}))
for replica in range(2, scale + 1):
    for article_id, text in base:
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        lines = text.split("\n")
        if len(lines) > 2:
            lines.pop((state >> 33) % len(lines))
        print(json.dumps({"id": f"{article_id}#{replica}", "text": "\n".join(lines)}))
