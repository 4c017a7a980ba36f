"""Reference for `storyline-bench dups`: Python datasketch MinHash LSH with the same parameters
(word 5-shingles, 128 permutations, LSH threshold 0.5), timed on the same files.

Usage: python3 Benchmarks/dups_reference.py FILE.jsonl ...   (pip install datasketch first)
"""
import json, re, time, sys
from datasketch import MinHash, MinHashLSH
paths = sys.argv[1:]
docs = []
for p in paths:
    for line in open(p):
        d = json.loads(line); docs.append((d['id'], d['text']))
start = time.time()
lsh = MinHashLSH(threshold=0.5, num_perm=128)
sigs = {}
for i, (id_, text) in enumerate(docs):
    w = re.findall(r'\w+', text.lower())
    m = MinHash(num_perm=128, seed=1)
    for k in range(len(w) - 4):
        m.update(' '.join(w[k:k+5]).encode('utf8'))
    lsh.insert(str(i), m); sigs[str(i)] = m
pairs = 0
for key, m in sigs.items():
    pairs += len(lsh.query(m)) - 1
elapsed = time.time() - start
print(f"datasketch: {len(docs)} articles in {elapsed:.2f} s: {len(docs)/elapsed:.0f} articles/s ({pairs//2} candidate pairs)")
