#!/usr/bin/env python3
"""Writes a CSV of N names to screen (id,name): list names from the shared SDN and CSL files, half with two
letters swapped, mixed with made-up names that should not match. Deterministic (seed 16).
Usage: names.py LISTS_DIR N OUT.csv"""
import csv, random, sys

lists, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
random.seed(16)
names = []
with open(f"{lists}/us_ofac_sdn/2024-05-03/sdn.csv", encoding="utf-8", errors="replace", newline="") as f:
    names += [row[1] for row in csv.reader(f) if len(row) > 2]
with open(f"{lists}/us_csl/2023-11-30/csl.csv", encoding="utf-8", errors="replace", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    at = header.index("name") if "name" in header else 1
    names += [row[at] for row in reader if len(row) > at]
first = ["John", "Maria", "Wei", "Olga", "Ahmed", "Fatima", "Carlos", "Anna", "Kenji", "Amara", "Ivan", "Lucia"]
last = ["Okafor", "Schmidt", "Tanaka", "Silva", "Nowak", "Haddad", "Jensen", "Moreau", "Rossi", "Kowalski"]
firms = ["Trading", "Logistics", "Holdings", "Shipping", "Software", "Consulting"]
forms = ["LLC", "Ltd", "GmbH", "S.A.", "Inc."]

def swapped(name):
    if len(name) < 4:
        return name
    i = random.randrange(1, len(name) - 2)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]

with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name"])
    for i in range(count):
        r = random.random()
        if r < 0.5:
            name = random.choice(names)
            name = swapped(name) if random.random() < 0.5 else name
        elif r < 0.8:
            name = f"{random.choice(first)} {random.choice(last)}"
        else:
            name = f"{random.choice(last)} {random.choice(firms)} {random.choice(forms)}"
        w.writerow([i, name])
