#!/usr/bin/env python3
"""Generate bench/heldout: html/<id>.html, ground-truth.json and pages.tsv.

Every page and every word in it is invented and hand-written for this set
(pages_*.py); kit.py holds the Body builder that emits the article markup
and its ground truth together. Deterministic: running it again rewrites the
same bytes.

  python3 bench/heldout/gen.py          # regenerate
  python3 bench/heldout/gen.py --check  # also verify every truth line occurs in its page
"""
import html as htmllib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import kit  # noqa: E402
import pages_en  # noqa: E402,F401
import pages_eu  # noqa: E402,F401
import pages_world  # noqa: E402,F401

TOK = re.compile(r"\w+", re.UNICODE)


def page_tokens(markup, tag_sep=" "):
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = re.sub(r"<[^>]+>", tag_sep, markup)
    return TOK.findall(htmllib.unescape(text))


def check(p, markup, truth):
    """Every truth line must occur in the page's text (tags read as spaces,
    or as nothing for inline tags such as a drop-cap span or <sup>)."""
    spaced = " " + " ".join(page_tokens(markup)) + " "
    glued = " " + " ".join(page_tokens(markup, "")) + " "
    bad = []
    for line in truth.split("\n"):
        t = " " + " ".join(TOK.findall(line)) + " "
        if t.strip() and t not in spaced and t not in glued:
            bad.append(line[:80])
    for b in bad:
        print("%s: truth line not found in page: %r" % (p["id"], b), file=sys.stderr)
    return not bad


def main():
    out = os.path.join(HERE, "html")
    os.makedirs(out, exist_ok=True)
    truth, ok, langs = {}, True, {}
    ids = set()
    for p in kit.PAGES:
        assert p["id"] not in ids, p["id"]
        ids.add(p["id"])
        markup, body = p["fn"]()
        assert body.strip(), p["id"]
        if "--check" in sys.argv:
            ok &= check(p, markup, body)
        data = markup.encode(p["enc"], errors="xmlcharrefreplace")
        with open(os.path.join(out, p["id"] + ".html"), "wb") as f:
            f.write(data)
        truth[p["id"]] = {"articleBody": body, "url": p["url"]}
        langs[p["lang"]] = langs.get(p["lang"], 0) + 1
    for name in os.listdir(out):
        if name.endswith(".html") and name[:-5] not in ids:
            os.remove(os.path.join(out, name))
    with open(os.path.join(HERE, "pages.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tlang\tencoding\twhat the page exercises\n")
        for p in sorted(kit.PAGES, key=lambda p: p["id"]):
            f.write("%s\t%s\t%s\t%s\n" % (p["id"], p["lang"], p["enc"], p["kind"]))
    with open(os.path.join(HERE, "ground-truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    n = len(kit.PAGES)
    en = langs.get("en", 0)
    print("%d pages, %d non-English (%.0f%%): %s" % (
        n, n - en, 100.0 * (n - en) / n,
        " ".join("%s=%d" % kv for kv in sorted(langs.items()))))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
