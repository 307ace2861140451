#!/usr/bin/env python3
"""Score cleaned pages of the synthetic template batch (gen.py).

  score.py GOLD_DIR OUT_DIR

Per page: injected template lines still present in the output (whitespace
folded, as lines of their own), article paragraphs present, and the
score-articles metric (4-token shingles of \\w+ tokens; per-page tp/fp/fn
shares, precision and recall averaged over pages, F1 from the means).
Prints per-site and total figures.
"""
import os
import re
import sys
from collections import Counter, defaultdict

TOKEN = re.compile(r"\w+", re.UNICODE)


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def shingles(text, n=4):
    toks = TOKEN.findall(text)
    if len(toks) < n:
        return Counter([tuple(toks)] if toks else [])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def main():
    gold, out = sys.argv[1], sys.argv[2]
    sites = defaultdict(lambda: defaultdict(float))
    for g in sorted(os.listdir(gold)):
        if not g.endswith(".article"):
            continue
        name = g[:-8]
        host = name.split("__")[0]
        art = [fold(l) for l in open(os.path.join(gold, g), encoding="utf-8") if l.strip()]
        tmpl = [fold(l) for l in open(os.path.join(gold, name + ".tmpl"), encoding="utf-8") if l.strip()]
        path = os.path.join(out, name + ".txt")
        text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        lines = Counter(fold(l) for l in text.splitlines() if l.strip())
        s = sites[host]
        s["pages"] += 1
        s["tmpl"] += len(tmpl)
        s["tmpl_gone"] += sum(1 for t in tmpl if t not in lines)
        s["art"] += len(art)
        s["art_kept"] += sum(1 for a in art if a in lines)
        t, p = shingles("\n".join(art)), shingles(text)
        tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
        tot = tp + fp + fn
        if tot:
            s["tp"] += tp / tot
            s["fp"] += fp / tot
            s["fn"] += fn / tot
    allv = defaultdict(float)
    print(f"{'site':24} {'pages':>5} {'tmpl removed':>14} {'para recall':>12} {'P':>6} {'R':>6} {'F1':>6}")
    for host in sorted(sites):
        s = sites[host]
        for k, v in s.items():
            allv[k] += v
        row(host, s)
    row("TOTAL", allv)


def row(name, s):
    n = s["pages"] or 1
    tp, fp, fn = s["tp"] / n, s["fp"] / n, s["fn"] / n
    prec = tp / (tp + fp) if tp + fp else 0
    rec = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
    print(f"{name:24} {int(s['pages']):5d} {s['tmpl_gone'] / max(1, s['tmpl']):9.3f} ({int(s['tmpl_gone'])}/{int(s['tmpl'])})"
          f" {s['art_kept'] / max(1, s['art']):7.4f} {prec:6.3f} {rec:6.3f} {f1:6.3f}")


if __name__ == "__main__":
    main()
