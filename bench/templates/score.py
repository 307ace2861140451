#!/usr/bin/env python3
"""Score cleaned pages of the synthetic template batch (gen.py).

  score.py GOLD_DIR OUT_DIR [--json] [--no-title]

OUT_DIR holds NAME.txt for each GOLD_DIR/NAME.article. Per site and in
total: the share of injected template lines gone from the output (compared
as whole lines, whitespace folded), the share of article paragraphs still
there as lines of their own, the legitimately repeated lines kept
(gold/repeats.txt), and the score-articles metric (\\w+ tokens, 4-token
shingles; per page tp/fp/fn shares; precision and recall averaged over
pages, F1 from the means). --no-title leaves the headline (the first line
of each .article) out of the gold: the HTML cleaner puts it in the
metadata, not the text.
"""
import json
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


def score(gold, out, no_title=False):
    repeats = defaultdict(set)
    rp = os.path.join(gold, "repeats.txt")
    if os.path.exists(rp):
        for l in open(rp, encoding="utf-8"):
            h, _, line = l.rstrip("\n").partition("\t")
            repeats[h].add(fold(line))
    sites = defaultdict(lambda: defaultdict(float))
    for g in sorted(os.listdir(gold)):
        if not g.endswith(".article"):
            continue
        name = g[:-8]
        host = name.split("__")[0]
        art = [fold(l) for l in open(os.path.join(gold, g), encoding="utf-8") if l.strip()]
        if no_title:
            art = art[1:]
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
        rep = [a for a in art if a in repeats[host]]
        s["rep"] += len(rep)
        s["rep_kept"] += sum(1 for a in rep if a in lines)
        t, p = shingles("\n".join(art)), shingles(text)
        tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
        tot = tp + fp + fn
        if tot:
            s["tp"] += tp / tot
            s["fp"] += fp / tot
            s["fn"] += fn / tot
    total = defaultdict(float)
    rows = {}
    for host in sorted(sites):
        for k, v in sites[host].items():
            total[k] += v
        rows[host] = figures(sites[host])
    rows["TOTAL"] = figures(total)
    return rows


def figures(s):
    n = s["pages"] or 1
    tp, fp, fn = s["tp"] / n, s["fp"] / n, s["fn"] / n
    prec = tp / (tp + fp) if tp + fp else 0
    rec = tp / (tp + fn) if tp + fn else 0
    return {
        "pages": int(s["pages"]),
        "tmpl_lines": int(s["tmpl"]), "tmpl_gone": int(s["tmpl_gone"]),
        "tmpl_removed": s["tmpl_gone"] / max(1, s["tmpl"]),
        "paras": int(s["art"]), "paras_kept": int(s["art_kept"]),
        "para_recall": s["art_kept"] / max(1, s["art"]),
        "repeats": int(s["rep"]), "repeats_kept": int(s["rep_kept"]),
        "precision": prec, "recall": rec,
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0,
    }


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    rows = score(*args, no_title="--no-title" in sys.argv)
    if "--json" in sys.argv:
        print(json.dumps(rows))
        return
    print(f"{'site':24} {'pages':>5} {'template lines gone':>19} {'paragraphs kept':>16} "
          f"{'repeats kept':>12} {'P':>6} {'R':>6} {'F1':>6}")
    for host, r in rows.items():
        print(f"{host:24} {r['pages']:5d} {r['tmpl_removed']:7.3f} ({r['tmpl_gone']:4d}/{r['tmpl_lines']:<4d})"
              f" {r['para_recall']:6.4f} ({r['paras_kept']}/{r['paras']})"
              f" {r['repeats_kept']:5d}/{r['repeats']:<5d} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}")


if __name__ == "__main__":
    main()
