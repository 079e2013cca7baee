#!/usr/bin/env python3
"""Compares two batch CSV outputs of `interdict screen --input` row by row, ignoring the columns only one side has
(the merged tree added `scorer` and `score_parts`): prints how many rows differ and the first few.
Usage: compare-batch.py BEFORE.csv AFTER.csv"""
import csv, sys

def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        return next(reader), list(reader)

before_header, before = rows(sys.argv[1])
after_header, after = rows(sys.argv[2])
shared = [c for c in before_header if c in after_header]
extra = [c for c in before_header + after_header if c not in shared]
pick_b = [before_header.index(c) for c in shared]
pick_a = [after_header.index(c) for c in shared]
differ = [(i, b, a) for i, (b, a) in enumerate(zip(before, after)) if [b[k] for k in pick_b] != [a[k] for k in pick_a]]
print(f"rows {len(before)} / {len(after)}; columns compared {len(shared)}, ignored {extra}; rows differing {len(differ) + abs(len(before) - len(after))}")
for i, b, a in differ[:5]:
    print(f"  row {i + 2}: before {b[:4]} after {a[:4]}")
sys.exit(0 if not differ and len(before) == len(after) else 1)
