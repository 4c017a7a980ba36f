"""Compares two `storyline stories --format jsonl` outputs (or two `dups` outputs) over the same
articles: pairwise precision/recall/F1 of B's story pairs against A's, how many articles sit in
a story with other members in one and not the other, and (for dups) how many groups name
another original.

Usage: python3 Benchmarks/compare_partitions.py stories A.jsonl B.jsonl
       python3 Benchmarks/compare_partitions.py dups A.jsonl B.jsonl
"""
import itertools
import json
import sys


def stories(path):
    label = {}
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        for article in row["articles"]:
            label[article] = row["story"]
    return label


def pairs(label):
    groups = {}
    for article, story in label.items():
        groups.setdefault(story, []).append(article)
    found = set()
    for members in groups.values():
        for a, b in itertools.combinations(sorted(members), 2):
            found.add((a, b))
    return found


def main():
    mode, a, b = sys.argv[1:4]
    if mode == "stories":
        la, lb = stories(a), stories(b)
        assert set(la) == set(lb), "the two outputs hold different articles"
        pa, pb = pairs(la), pairs(lb)
        tp = len(pa & pb)
        p = tp / len(pb) if pb else 1.0
        r = tp / len(pa) if pa else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 1.0
        ids_same = sum(1 for x in la if la[x] == lb[x])
        print(f"articles {len(la)}; pairwise P={p:.4f} R={r:.4f} F1={f1:.4f}; "
              f"same story id {ids_same}/{len(la)}")
    else:
        def originals(path):
            result = {}
            for line in open(path, encoding="utf-8"):
                row = json.loads(line)
                members = frozenset([row["original"]] + [c["id"] for c in row["copies"]])
                result[members] = row["original"]
            return result
        oa, ob = originals(a), originals(b)
        same_groups = set(oa) & set(ob)
        flipped = sum(1 for g in same_groups if oa[g] != ob[g])
        print(f"groups {len(oa)} vs {len(ob)}; same member sets {len(same_groups)}; "
              f"originals that differ {flipped}")


main()
