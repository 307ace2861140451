#!/usr/bin/env python3
"""Generate bench/heldout2: hard, messy article pages and their ground truth.

Every page, site, person and sentence is invented for this set.  The article
text lives in src/content_*.py as a small line-based markup (see parse_body);
the site templates here wrap it in the kind of markup big and small real
sites produce: mega-menus, tickers, card grids marked up as <article>,
infinite scroll, live blogs, AMP, single-page apps that ship the story only
as JSON, paywalls, legacy table layouts and legacy encodings.

Deterministic: no clock, no network, one seeded RNG per page.  Run

    python3 bench/heldout2/generate.py

to rewrite html/, ground-truth.json and pages.tsv next to this script.
"""
import hashlib
import html
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from kits import KITS  # noqa: E402
import content_en  # noqa: E402
import content_eu  # noqa: E402
import content_world  # noqa: E402

ARTICLES = content_en.ARTICLES + content_eu.ARTICLES + content_world.ARTICLES


# ---------------------------------------------------------------- markup

def esc(s):
    return html.escape(s, quote=False)


def qattr(s):
    return html.escape(s, quote=True)


LINK = re.compile(r"\[([^\]]+?)\]\(([^)\s]+)\)")


def inline_html(s, footnotes=False):
    h = esc(s).replace("{-}", "&shy;").replace("{zw}", "&#8203;")
    h = LINK.sub(r'<a href="\2">\1</a>', h)
    h = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", h)
    h = re.sub(r"__(.+?)__", r"<em>\1</em>", h)
    if footnotes:
        h = re.sub(r"\[(\d+)\]", r'<sup class="fnref" id="ref\1"><a href="#fn\1">[\1]</a></sup>', h)
    return h


def inline_text(s):
    s = LINK.sub(r"\1", s).replace("{-}", "").replace("{zw}", "")
    return s.replace("**", "").replace("__", "")


def parse_body(src):
    """Line markup: '## ' h2, '### ' h3, '* ' bullet, '+ ' numbered item,
    '> ' quote, '| a | b' table row ('|! ' header row), '@ name | handle |
    text' embedded social post, anything else a paragraph."""
    blocks = []
    for raw in src.strip().split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("* "):
            blocks.append(("ul", line[2:]))
        elif line.startswith("+ "):
            blocks.append(("ol", line[2:]))
        elif line.startswith("> "):
            blocks.append(("quote", line[2:]))
        elif line.startswith("|"):
            head = line.startswith("|!")
            cells = [c.strip() for c in line[2:].split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append((head, cells))
            else:
                blocks.append(("table", [(head, cells)]))
        elif line.startswith("@ "):
            name, handle, text = [x.strip() for x in line[2:].split(" | ", 2)]
            blocks.append(("post", dict(name=name, handle=handle, text=text)))
        else:
            blocks.append(("p", line))
    return blocks


def truth_lines(blocks):
    out = []
    for kind, val in blocks:
        if kind == "table":
            for _head, cells in val:
                out.append(" ".join(inline_text(c) for c in cells))
        elif kind == "post":
            out.append(inline_text(val["text"]))
        else:
            out.append(inline_text(val))
    return out


# ---------------------------------------------------------------- class names

SEM = dict(page="page-wrapper", header="site-header", nav="main-nav", mega="mega-menu", panel="mega-menu__panel",
           ticker="breaking-ticker", trending="trending-bar", main="main-content", article="article",
           headline="article-headline", standfirst="article-standfirst", byline="byline", date="published-date",
           share="share-bar", figure="article-figure", caption="caption", body="article-body", ad="ad-slot",
           inline_related="inline-related", newsletter="newsletter-signup", tags="tag-list", bio="author-bio",
           aside="sidebar", mostread="most-read", more="more-stories", card="story-card", comments="comments",
           comment="comment", footer="site-footer", cookie="cookie-banner", correction="correction",
           card_inline="related-card", expand="expand-fulltext", live="live-blog", entry="live-entry", keyevents="key-events", player="video-player", playlist="up-next",
           logo="logo", wrap="container", col="column", meta="article-meta", paywall="paywall", toc="table-of-contents")

TW = dict(page="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100",
          header="sticky top-0 z-40 w-full border-b border-zinc-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/60",
          nav="mx-auto flex h-14 max-w-7xl items-center gap-x-6 px-4 text-sm font-medium text-zinc-600 sm:px-6 lg:px-8",
          main="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-10 lg:grid-cols-12 lg:px-8",
          article="lg:col-span-8",
          headline="text-3xl font-extrabold tracking-tight text-zinc-900 sm:text-5xl",
          standfirst="mt-4 text-xl leading-8 text-zinc-600",
          byline="mt-6 flex items-center gap-x-3 text-sm text-zinc-500",
          date="text-sm text-zinc-500",
          share="mt-4 flex gap-2 border-y border-zinc-100 py-2",
          figure="my-8 overflow-hidden rounded-2xl",
          caption="mt-2 text-xs leading-5 text-zinc-500",
          body="mt-8 space-y-6 text-lg leading-8 text-zinc-800 [&_a]:underline [&_a]:decoration-sky-500",
          ad="my-10 flex min-h-[250px] items-center justify-center bg-zinc-50 text-[10px] uppercase tracking-widest text-zinc-400",
          newsletter="my-10 rounded-xl bg-sky-50 p-6 ring-1 ring-sky-100",
          tags="mt-10 flex flex-wrap gap-2 text-xs",
          bio="mt-12 flex gap-4 rounded-lg border border-zinc-200 p-6 text-sm",
          aside="space-y-8 lg:col-span-4",
          more="mx-auto mt-16 grid max-w-7xl gap-8 px-4 sm:grid-cols-2 lg:grid-cols-3",
          card="group relative flex flex-col overflow-hidden rounded-xl shadow-sm ring-1 ring-zinc-100 hover:shadow-md",
          comments="mx-auto mt-16 max-w-3xl divide-y divide-zinc-100",
          comment="py-4 text-sm",
          footer="mt-24 bg-zinc-900 py-12 text-sm text-zinc-400",
          cookie="fixed inset-x-0 bottom-0 z-50 bg-zinc-800 p-4 text-sm text-white")


SHORT = dict(page="wrp", header="hd", nav="mn", mega="mn-dd", panel="dd-pn", ticker="tk", trending="trd", main="ct",
             article="art", headline="ttl", standfirst="sum", byline="au", date="dt", share="shr", figure="fig", caption="cap",
             body="art-txt", ad="adv", inline_related="rl-in", newsletter="nl-box", tags="tgs", bio="au-box", aside="sb-r",
             mostread="top-rd", more="mr-lst", card="itm", comments="cmts", comment="cmt", footer="ft", cookie="cc-bar",
             correction="crr", live="lv", entry="lv-itm", keyevents="kev", player="plyr", playlist="nxt", logo="lg", wrap="bx",
             col="cl", meta="kck", paywall="pw", toc="tc", card_inline="rl-crd", expand="xpd")


def pascal(name):
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[-_]+", name) if w)


class Namer:
    """Turns a template role into attributes, in one of several naming schemes."""

    def __init__(self, scheme, kit, seed):
        self.scheme, self.kit, self.seed, self.n = scheme, kit, seed, 0

    def _hash(self, role):
        h = hashlib.sha1((self.seed + role).encode()).hexdigest()
        return "css-%s e%s%s" % (h[:7], h[7], h[8:13])

    def __call__(self, role):
        s = self.scheme
        if s == "semantic":
            return ' class="%s"' % SEM.get(role, role)
        if s == "hashed":
            return ' class="%s"' % self._hash(role)
        if s == "tailwind":
            return ' class="%s"' % TW.get(role, "flex flex-col gap-4")
        if s == "native":
            nat = self.kit.get("classes", {})
            if role in nat:
                return ' class="%s"' % nat[role]
            return ' class="%s"' % self._hash(role)
        if s == "cssmod":
            h = hashlib.sha1((self.seed + role).encode()).hexdigest()
            comp = pascal(SEM.get(role, role).split("__")[0])
            return ' class="%s_%s__%s"' % (comp, "root" if int(h[0], 16) < 8 else "wrapper", h[1:6])
        if s == "abbrev":
            return ' class="%s"' % SHORT.get(role, role[:3])
        if s == "ids":
            self.n += 1
            return ' id="%s%d"' % (role[:1], self.n)
        return ""


# ---------------------------------------------------------------- pieces

def slug(s, rng):
    ascii_part = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return ascii_part if len(ascii_part) > 3 else "a%06d" % rng.randrange(10**6)


def megamenu(ctx, n_per_section=20):
    kit, c, rng = ctx["kit"], ctx["c"], ctx["rng"]
    host = ctx["host"]
    out = ['<nav%s aria-label="%s"><ul>' % (c("mega"), qattr(kit["sections"][0]))]
    for sec in kit["sections"]:
        out.append('<li><a href="https://%s/%s/">%s</a><div%s><ul>' % (host, slug(sec, rng), esc(sec), c("panel")))
        topics = list(kit["topics"])
        rng.shuffle(topics)
        for t in (topics * 3)[:n_per_section]:
            out.append('<li><a href="https://%s/%s/%s/">%s</a></li>' % (host, slug(sec, rng), slug(t, rng), esc(t)))
        out.append("</ul></div></li>")
    out.append("</ul></nav>")
    return "".join(out)


def simple_nav(ctx):
    kit, c, rng = ctx["kit"], ctx["c"], ctx["rng"]
    links = "".join('<li><a href="/%s/">%s</a></li>' % (slug(s, rng), esc(s)) for s in kit["sections"])
    return '<nav%s><ul>%s</ul></nav>' % (c("nav"), links)


def ticker(ctx):
    kit, c = ctx["kit"], ctx["c"]
    items = "".join('<li><a href="/live/%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(kit["headlines"][:6]))
    return '<div%s><span>%s</span><ul>%s</ul></div>' % (c("ticker"), esc(kit["ui"]["breaking"]), items)


def trending(ctx):
    kit, c = ctx["kit"], ctx["c"]
    items = "".join('<a href="/topic/%d">#%s</a> ' % (i, esc(t)) for i, t in enumerate(kit["topics"][:9]))
    return '<div%s><strong>%s</strong> %s</div>' % (c("trending"), esc(kit["ui"]["trending"]), items)


def share_bar(ctx):
    kit, c = ctx["kit"], ctx["c"]
    return ('<div%s><span>%s</span><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a>'
            '<a href="#mail">E-mail</a><button type="button">%s</button></div>') % (
        c("share"), esc(kit["ui"]["share"]), esc(kit["ui"]["copy_link"]))


def figure(ctx, caption, credit=None):
    c, rng = ctx["c"], ctx["rng"]
    src = "https://img.%s/%08x.jpg" % (ctx["host"].replace("www.", ""), rng.getrandbits(32))
    cred = " <span>%s</span>" % esc(credit) if credit else ""
    return '<figure%s><img src="%s" alt="%s" width="1200" height="800" loading="lazy"><figcaption%s>%s%s</figcaption></figure>' % (
        c("figure"), src, qattr(caption[:60]), c("caption"), esc(caption), cred)


def ad_slot(ctx):
    kit, c, rng = ctx["kit"], ctx["c"], ctx["rng"]
    cont = "<p>%s</p>" % esc(kit["ui"]["continue_reading"]) if ctx.get("ad_continue") else ""
    return '<div%s><span>%s</span><div id="div-gpt-ad-%d-0" style="min-height:250px"></div>%s</div>' % (
        c("ad"), esc(kit["ui"]["advert"]), rng.randrange(10**9, 10**10), cont)


def inline_card(ctx, k):
    """A related-story card with a summary, dropped into the body."""
    kit, c = ctx["kit"], ctx["c"]
    heads, sums = kit["headlines"], kit.get("summaries") or [""]
    return '<aside%s><a href="/story/%d"><img src="/c/%d.jpg" alt=""><div><span>%s</span><h4>%s</h4><p>%s</p></div></a></aside>' % (
        c("card_inline"), 6000 + k, k, esc(kit["ui"]["related"]), esc(heads[(k + 5) % len(heads)]), esc(sums[(k + 1) % len(sums)]))


def read_also(ctx, k):
    kit, c = ctx["kit"], ctx["c"]
    h = kit["headlines"][k % len(kit["headlines"])]
    return '<p%s><strong>%s</strong> <a href="/news/%d">%s</a></p>' % (
        c("inline_related"), esc(kit["ui"]["read_also"]), 9000 + k, esc(h))


def newsletter_box(ctx):
    kit, c = ctx["kit"], ctx["c"]
    u = kit["ui"]
    return ('<div%s><h3>%s</h3><p>%s</p><form action="/newsletter"><input type="email" placeholder="e-mail">'
            '<button>%s</button></form></div>') % (c("newsletter"), esc(u["newsletter"]), esc(u["newsletter_text"]), esc(u["subscribe"]))


def tag_list(ctx):
    kit, c = ctx["kit"], ctx["c"]
    items = "".join('<li><a href="/tag/%d">%s</a></li>' % (i, esc(t)) for i, t in enumerate(kit["topics"][2:7]))
    return '<div%s><span>%s</span><ul>%s</ul></div>' % (c("tags"), esc(kit["ui"]["tags"]), items)


def headline_list(ctx, n, summaries=False, title=None, role="mostread"):
    kit, c = ctx["kit"], ctx["c"]
    heads = kit["headlines"]
    sums = kit.get("summaries", [])
    items = []
    for i in range(n):
        h = heads[i % len(heads)]
        s = "<p>%s</p>" % esc(sums[i % len(sums)]) if summaries and sums else ""
        items.append('<li><a href="/story/%d"><h3>%s</h3></a>%s<span>%d min</span></li>' % (7000 + i, esc(h), s, 3 + i))
    return '<div%s><h2>%s</h2><ol>%s</ol></div>' % (c(role), esc(title or kit["ui"]["most_read"]), "".join(items))


def more_cards(ctx, n, summaries=True, tag="article"):
    kit, c, rng = ctx["kit"], ctx["c"], ctx["rng"]
    heads = kit["headlines"]
    sums = kit.get("summaries", [])
    cards = []
    for i in range(n):
        h = heads[(i + 3) % len(heads)]
        s = "<p>%s</p>" % esc(sums[(i + 2) % len(sums)]) if summaries and sums else ""
        cards.append('<%s%s><a href="/story/%d"><img src="/t/%x.jpg" alt=""><h3>%s</h3></a>%s<time>%d h</time></%s>' % (
            tag, c("card"), 8000 + i, rng.getrandbits(24), esc(h), s, 1 + i, tag))
    return '<section%s><h2>%s</h2>%s</section>' % (c("more"), esc(kit["ui"]["more"]), "".join(cards))


def comments(ctx, n, tag="div"):
    kit, c = ctx["kit"], ctx["c"]
    texts, names = kit["comments"], kit["names"]
    out = ['<section%s><h2>%s (%d)</h2>' % (c("comments"), esc(kit["ui"]["comments"]), n)]
    for i in range(n):
        reply = ' style="margin-left:40px"' if i % 4 == 3 else ""
        out.append('<%s%s%s><b>%s</b> <time>%d min</time><p>%s</p><a href="#r%d">%s</a> <span>&#128077; %d</span></%s>' % (
            tag, c("comment"), reply, esc(names[i % len(names)]), 5 + 7 * i, esc(texts[i % len(texts)]), i,
            esc(kit["ui"]["reply"]), (i * 7) % 23, tag))
    out.append("</section>")
    return "".join(out)


def footer(ctx):
    kit, c, rng = ctx["kit"], ctx["c"], ctx["rng"]
    u = kit["ui"]
    cols = []
    for group in (kit["sections"][:6], kit["sections"][6:], kit["topics"][:8]):
        cols.append("<ul>%s</ul>" % "".join('<li><a href="/%s/">%s</a></li>' % (slug(s, rng), esc(s)) for s in group))
    legal = " | ".join('<a href="/%s">%s</a>' % (k, esc(u[k])) for k in ("about", "contact", "privacy", "terms"))
    return '<footer%s>%s<p>%s</p><p>&copy; 2024 %s. %s</p><p>%s: <a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">YouTube</a></p></footer>' % (
        c("footer"), "".join(cols), legal, esc(ctx["site"]), esc(u["rights"]), esc(u["follow"]))


def cookie_banner(ctx):
    kit, c = ctx["kit"], ctx["c"]
    return '<div%s role="dialog"><p>%s</p><button>%s</button></div>' % (c("cookie"), esc(kit["ui"]["cookie_text"]), esc(kit["ui"]["accept"]))


def post_html(post, lang):
    return ('<blockquote class="twitter-tweet" data-lang="%s"><p lang="%s" dir="auto">%s</p>&mdash; %s (@%s) '
            '<a href="https://x.example/%s/status/%d">%s</a></blockquote>') % (
        lang, lang, inline_html(post["text"]), esc(post["name"]), esc(post["handle"]), esc(post["handle"]),
        abs(hash_int(post["text"])) % 10**18, "March 2, 2024")


def hash_int(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:15], 16)


def render_blocks(ctx, blocks, style="p", inserts=None, footnotes=False):
    """The article body.  inserts maps a block index to HTML placed before it
    (len(blocks) for after the last)."""
    inserts = inserts or {}
    lang = ctx["lang"]
    out = []
    i = 0
    while i < len(blocks):
        if i in inserts:
            out.append(inserts[i])
        kind, val = blocks[i]
        if kind in ("ul", "ol"):
            j = i
            items = []
            while j < len(blocks) and blocks[j][0] == kind and (j == i or j not in inserts):
                items.append("<li>%s</li>" % inline_html(blocks[j][1], footnotes))
                j += 1
            out.append("<%s>%s</%s>" % (kind, "".join(items), kind))
            i = j
            continue
        if kind in ("h2", "h3"):
            if style in ("br", "font"):
                out.append("<b>%s</b><br>\n" % inline_html(val, footnotes))
            else:
                out.append("<%s>%s</%s>" % (kind, inline_html(val, footnotes), kind))
        elif kind == "quote":
            out.append("<blockquote><p>%s</p></blockquote>" % inline_html(val, footnotes))
        elif kind == "table":
            rows = []
            for head, cells in val:
                tag = "th" if head else "td"
                rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, inline_html(x), tag) for x in cells))
            out.append("<table><tbody>%s</tbody></table>" % "".join(rows))
        elif kind == "post":
            out.append(post_html(val, lang))
        else:
            t = inline_html(val, footnotes)
            if style == "p":
                out.append("<p>%s</p>" % t)
            elif style == "unclosed":
                out.append("<p>%s\n" % t)
            elif style == "br":
                out.append("%s<br><br>\n" % t)
            elif style == "font":
                out.append('<font face="Verdana" size="2">%s</font><br><br>\n' % t)
            elif style == "div":
                out.append("<div>%s</div>" % t)
            elif style == "onep":
                out.append("%s<br><br>" % t)
            elif style == "indent":
                out.append("&nbsp;&nbsp;&nbsp;&nbsp;%s<br />\n<br />\n" % t)
        i += 1
    if len(blocks) in inserts:
        out.append(inserts[len(blocks)])
    if style == "onep":
        return "<p>%s</p>" % "\n".join(out)
    return "\n".join(out)


def wrap_deep(ctx, inner, depth):
    rng = ctx["rng"]
    opens, closes = [], []
    for d in range(depth):
        h = hashlib.sha1(("%s%d" % (ctx["id"], d)).encode()).hexdigest()
        opens.append('<div class="css-%s"%s>' % (h[:6], ' data-v-%s=""' % h[6:12] if rng.random() < 0.3 else ""))
        closes.append("</div>")
    return "".join(opens) + inner + "".join(closes)


HIDDEN_JUNK = [
    '<div style="display:none">Best cheap flights hotels car rental deals compare prices now free shipping casino bonus</div>',
    '<span aria-hidden="true">Trending now: celebrity diets, lottery numbers, horoscopes and the weekend weather in one place.</span>',
    '<p hidden>This paragraph is reserved for the print edition and is never shown on the website of this newspaper.</p>',
    '<div class="sr-only-skip" style="visibility:hidden;height:0">Skip to the next section of the page. Press enter to continue reading later.</div>',
    '<div style="display: none !important">Recommended for you: ten things you never knew about your local supermarket shelves.</div>',
]


def jsonld(art, body_mode):
    d = {"@context": "https://schema.org", "@type": art.get("ld_type", "NewsArticle"), "headline": art["title"],
         "datePublished": art["date"], "author": {"@type": "Person", "name": art["author"]},
         "publisher": {"@type": "Organization", "name": art["site"]}, "mainEntityOfPage": art["url"],
         "inLanguage": art["lang"]}
    text = "\n".join(truth_lines(art["blocks"]))
    if body_mode == "full":
        d["articleBody"] = text
    elif body_mode == "truncated":
        d["articleBody"] = text[:240].rsplit(" ", 1)[0] + "…"
    elif body_mode == "description":
        d["description"] = truth_lines(art["blocks"])[0][:150]
    if art.get("paywall_ld"):
        d["isAccessibleForFree"] = "False"
        d["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False).replace("</", "<\\/")


def head(art, ctx, extra=""):
    ms = art.get("meta_style", "charset")
    cs = art.get("meta_charset", "utf-8")
    parts = ["<head>"]
    late = ""
    if ms == "charset" and cs:
        parts.append('<meta charset="%s">' % cs)
    elif ms == "http-equiv" and cs:
        parts.append('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs)
    elif ms == "late" and cs:
        late = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
    parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    if art.get("big_head_script"):
        parts.append("<script>%s</script>" % big_script(ctx))
    parts.append(late)
    parts.append("<title>%s | %s</title>" % (esc(art["title"]), esc(art["site"])))
    first = truth_lines(art["blocks"])[0] if art.get("blocks") else art["title"]
    parts.append('<meta name="description" content="%s">' % qattr(first[:160]))
    parts.append('<meta property="og:title" content="%s">' % qattr(art["title"]))
    parts.append('<meta property="og:url" content="%s">' % qattr(art["url"]))
    parts.append('<meta property="og:site_name" content="%s">' % qattr(art["site"]))
    parts.append('<link rel="canonical" href="%s">' % qattr(art["url"]))
    if art.get("ld", "meta") != "none":
        parts.append(jsonld(art, art.get("ld", "meta")))
    parts.append("<style>body{font-family:Georgia,serif;margin:0}.hidden{display:none}</style>")
    parts.append(extra)
    parts.append("</head>")
    return "\n".join(p for p in parts if p)


def big_script(ctx):
    rng = ctx["rng"]
    lines = ["window.__cfg=window.__cfg||{};"]
    for i in range(60):
        lines.append("__cfg['k%d']={slot:'/%d/site/section_%d',sizes:[[300,250],[728,90]],refresh:%d};" % (
            i, rng.randrange(10**7), i, rng.randrange(30, 90)))
    return "\n".join(lines)


def byline_html(art, ctx):
    c, kit = ctx["c"], ctx["kit"]
    return '<div%s><span>%s <a href="/author/%s" rel="author">%s</a></span> <time%s datetime="%s">%s</time></div>' % (
        c("byline"), esc(kit["ui"]["by"]), slug(art["author"], ctx["rng"]), esc(art["author"]), c("date"),
        art["date"], esc(art.get("date_text", art["date"][:10])))


# ---------------------------------------------------------------- templates

def tpl_news(art, ctx):
    """The configurable commercial news template."""
    o = art.get("opts", {})
    c, kit = ctx["c"], ctx["kit"]
    sem = o.get("semantic_tags", True)
    T = (lambda t: t) if sem else (lambda t: "div")
    blocks = art["blocks"]
    inserts = {}
    for k, cap in art.get("figures", {}).items():
        inserts[k] = inserts.get(k, "") + figure(ctx, cap, art.get("credit"))
    for k in o.get("ads", []):
        inserts[k] = inserts.get(k, "") + ad_slot(ctx)
    for n, k in enumerate(o.get("read_also", [])):
        inserts[k] = inserts.get(k, "") + read_also(ctx, n + 1)
    if "newsletter_at" in o:
        k = o["newsletter_at"]
        inserts[k] = inserts.get(k, "") + newsletter_box(ctx)
    if o.get("hidden_junk"):
        for n, k in enumerate(o["hidden_junk"]):
            inserts[k] = inserts.get(k, "") + HIDDEN_JUNK[n % len(HIDDEN_JUNK)]
    for k in o.get("scripts_at", []):
        inserts[k] = inserts.get(k, "") + (
            "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'scroll_%d',section:'news'});</script>"
            "<style>.inline-%d{margin:0 auto;max-width:640px}</style>" % (k, k))
    for k in o.get("iframes_at", []):
        inserts[k] = inserts.get(k, "") + (
            '<iframe src="https://video.example/embed/%08x" width="640" height="360" title="video" allowfullscreen>'
            'Your browser does not support iframes.</iframe>' % hash_int(art["id"] + str(k)) if True else "")
    if art.get("extra_inserts"):
        for k, h in art["extra_inserts"].items():
            inserts[k] = inserts.get(k, "") + h
    for k in o.get("inline_cards", []):
        inserts[k] = inserts.get(k, "") + inline_card(ctx, k)
    body_attr = c("body")
    if o.get("itemprop"):
        body_attr += ' itemprop="articleBody"'
    if art.get("paywall_ld"):
        body_attr = body_attr.replace('class="', 'class="paywall ') if 'class="' in body_attr else ' class="paywall"'
    style = o.get("p_style", "p")
    fn = art.get("footnotes", False)
    if o.get("split"):
        # the body in several sibling chunks, promos and ads between them
        cuts = [0] + list(o["split"]) + [len(blocks)]
        chunks = []
        for a, b in zip(cuts, cuts[1:]):
            sub = {k - a: v for k, v in inserts.items() if a <= k < b or (k == b == len(blocks))}
            chunks.append("<div%s>%s</div>" % (body_attr, render_blocks(ctx, blocks[a:b], style, sub, footnotes=fn)))
            if b < len(blocks):
                chunks.append(ad_slot(ctx))
        body = "<div%s>%s</div>" % (c("wrap"), "\n".join(chunks))
    elif "collapse_after" in o:
        k = o["collapse_after"]
        first = render_blocks(ctx, blocks[:k], style, {i: v for i, v in inserts.items() if i < k}, footnotes=fn)
        rest = render_blocks(ctx, blocks[k:], style, {i - k: v for i, v in inserts.items() if i >= k}, footnotes=fn)
        body = ('<div%s>%s<div%s style="display:none" aria-hidden="true">%s</div>'
                '<div class="expand-mask"><a href="javascript:void(0)" onclick="showAll()">%s</a></div></div>') % (
            body_attr, first, c("expand"), rest, esc(o.get("expand_label", "Read more")))
    else:
        body = render_blocks(ctx, blocks, style, inserts, footnotes=fn)
        body = "<div%s>%s</div>" % (body_attr, body)
    if art.get("body_prefix"):
        body = art["body_prefix"] + body
    if o.get("deep"):
        body = wrap_deep(ctx, body, o["deep"])

    head_parts = []
    if o.get("cookie_top"):
        head_parts.append(cookie_banner(ctx))
    head_parts.append('<a%s href="/"><img src="/logo.svg" alt="%s"></a>' % (c("logo"), qattr(ctx["site"])))
    head_parts.append(megamenu(ctx, o["mega"]) if o.get("mega") else simple_nav(ctx))
    if o.get("ticker"):
        head_parts.append(ticker(ctx))
    if o.get("trending"):
        head_parts.append(trending(ctx))
    header = "<%s%s>%s</%s>" % (T("header"), c("header"), "\n".join(head_parts), T("header"))

    art_parts = []
    if o.get("kicker"):
        art_parts.append('<a href="/section/" %s>%s</a>' % (c("meta"), esc(o["kicker"])))
    art_parts.append("<h1%s>%s</h1>" % (c("headline"), esc(art["title"])))
    if art.get("standfirst"):
        art_parts.append("<p%s>%s</p>" % (c("standfirst"), esc(art["standfirst"])))
    art_parts.append(byline_html(art, ctx))
    if o.get("share", True):
        art_parts.append(share_bar(ctx))
    if art.get("lead_caption"):
        art_parts.append(figure(ctx, art["lead_caption"], art.get("credit")))
    art_parts.append(body)
    if art.get("paywall_box"):
        art_parts.append(art["paywall_box"])
    if o.get("tags", True):
        art_parts.append(tag_list(ctx))
    if art.get("bio"):
        art_parts.append('<div%s><img src="/a.jpg" alt=""><p>%s</p></div>' % (c("bio"), inline_html(art["bio"])))
    if o.get("share_bottom"):
        art_parts.append(share_bar(ctx))
    story = "<%s%s>%s</%s>" % (T("article"), c("article"), "\n".join(art_parts), T("article"))

    after = []
    if art.get("second"):
        after.append(render_second(art["second"], ctx, T))
    side = []
    if o.get("aside"):
        side.append(headline_list(ctx, o["aside"], summaries=o.get("aside_summaries", False), title=kit["ui"]["latest"], role="aside"))
    if o.get("mostread"):
        side.append(headline_list(ctx, o["mostread"]))
    aside = "<%s%s>%s</%s>" % (T("aside"), c("aside"), "".join(side), T("aside")) if side else ""
    if o.get("cards"):
        after.append(more_cards(ctx, o["cards"], summaries=o.get("card_summaries", True), tag="article" if sem else "div"))
    if o.get("comments"):
        after.append(comments(ctx, o["comments"], o.get("comment_tag", "div")))
    top = more_cards(ctx, o["cards_top"], summaries=True, tag="article") if o.get("cards_top") else ""
    main = "<%s%s>%s%s%s%s</%s>" % (T("main"), c("main"), top, story, aside, "\n".join(after), T("main"))
    if o.get("comments_outside"):
        main = main  # kept for symmetry
    tail = [footer(ctx)]
    if o.get("cookie", True) and not o.get("cookie_top"):
        tail.append(cookie_banner(ctx))
    page = "<body%s><div%s>%s\n%s\n%s</div></body>" % (
        ' class="article-page"' if ctx["c"].scheme == "semantic" else "", c("page"), header, main, "\n".join(tail))
    return page


def render_second(sec, ctx, T):
    """An infinite-scroll follow-up story (never article text for this page)."""
    c = ctx["c"]
    blocks = parse_body(sec["body"])
    body = render_blocks(ctx, blocks, "p", {2: ad_slot(ctx)})
    return '<div%s data-next-url="%s"><p>%s</p><%s%s><h1%s>%s</h1><div%s>%s %s</div><div%s>%s</div></%s></div>' % (
        c("wrap"), qattr(sec["url"]), esc(ctx["kit"]["ui"]["next"]), T("article"), c("article"), c("headline"),
        esc(sec["title"]), c("byline"), esc(ctx["kit"]["ui"]["by"]), esc(sec["author"]), c("body"), body, T("article"))


def tpl_liveblog(art, ctx):
    o = art.get("opts", {})
    c, kit = ctx["c"], ctx["kit"]
    entries = []
    keys = []
    for n, (t, title, body) in enumerate(art["entries"]):
        blocks = parse_body(body)
        eid = "post-%d" % (1000 + n)
        inner = render_blocks(ctx, blocks, "p")
        ttl = "<h3>%s</h3>" % esc(title) if title else ""
        share = ('<div%s><a href="#%s">%s</a></div>' % (c("share"), eid, esc(kit["ui"]["copy_link"]))) if o.get("entry_share", True) else ""
        entries.append('<div%s id="%s"><time datetime="%s">%s</time>%s%s%s</div>' % (
            c("entry"), eid, art["date"][:11] + t + ":00", esc(t), ttl, inner, share))
        if title:
            keys.append('<li><a href="#%s">%s %s</a></li>' % (eid, esc(t), esc(title)))
        if n == 2:
            entries.append(ad_slot(ctx))
    key_events = '<div%s><h2>%s</h2><ul>%s</ul></div>' % (c("keyevents"), esc(o.get("key_label", "Key events")), "".join(keys[:6]))
    intro = ""
    if art.get("intro"):
        intro = "<div%s>%s</div>" % (c("standfirst"), render_blocks(ctx, parse_body(art["intro"])))
    header = "<header%s>%s%s%s</header>" % (c("header"), megamenu(ctx, o.get("mega", 12)) if o.get("mega") else simple_nav(ctx),
                                             ticker(ctx) if o.get("ticker") else "", trending(ctx) if o.get("trending") else "")
    story = '<article%s><span>LIVE</span><h1%s>%s</h1>%s%s%s<button>%s</button><div%s>%s</div><button>%s</button></article>' % (
        c("live"), c("headline"), esc(art["title"]), byline_html(art, ctx), intro, key_events,
        esc(kit["ui"]["updated"]), c("body"), "\n".join(reversed(entries)) if o.get("newest_first", True) else "\n".join(entries),
        esc(kit["ui"]["load_more"]))
    side = headline_list(ctx, 6, summaries=True, title=kit["ui"]["latest"])
    return "<body>%s<main%s>%s<aside>%s</aside>%s</main>%s%s</body>" % (
        header, c("main"), story, side, more_cards(ctx, o.get("cards", 4)), footer(ctx), cookie_banner(ctx))


def live_truth(art):
    lines = truth_lines(parse_body(art["intro"])) if art.get("intro") else []
    ents = art["entries"]
    if art.get("opts", {}).get("newest_first", True):
        ents = list(reversed(ents))
    for t, title, body in ents:
        if title:
            lines.append(title)
        lines.extend(truth_lines(parse_body(body)))
    return lines


def tpl_amp(art, ctx):
    c, kit = ctx["c"], ctx["kit"]
    blocks = art["blocks"]
    inserts = {}
    for k, cap in art.get("figures", {}).items():
        inserts[k] = ('<figure><amp-img src="/i/%d.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
                      '<figcaption>%s</figcaption></figure>') % (k, esc(cap))
    for k in art.get("opts", {}).get("ads", []):
        inserts[k] = inserts.get(k, "") + ('<div class="amp-ad-wrap"><span>%s</span><amp-ad width="300" height="250" type="doubleclick" '
                                           'data-slot="/1234/amp/article"></amp-ad></div>' % esc(kit["ui"]["advert"]))
    for n, k in enumerate(art.get("opts", {}).get("read_also", [])):
        inserts[k] = inserts.get(k, "") + read_also(ctx, n)
    body = render_blocks(ctx, blocks, "p", inserts)
    side_links = "".join('<li><a href="/%d">%s</a></li>' % (i, esc(s)) for i, s in enumerate(kit["sections"] + kit["topics"]))
    return ('<body><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>%s</ul></amp-sidebar>'
            '<header class="amp-header"><button on="tap:sidebar.toggle">&#9776;</button><a href="/"><amp-img src="/logo.png" width="120" height="30" alt="%s"></amp-img></a></header>'
            '%s'
            '<article class="amp-article"><h1>%s</h1><div class="amp-byline">%s %s &middot; <time>%s</time></div>'
            '<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>'
            '<figure><amp-img src="/lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>%s</figcaption></figure>'
            '<div class="amp-body">%s</div></article>'
            '<amp-accordion><section><h4>%s</h4><div>%s</div></section></amp-accordion>'
            '<div class="amp-related"><h3>%s</h3><amp-carousel height="300" layout="fixed-height" type="carousel">%s</amp-carousel></div>'
            '%s<amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"G-XXXX"}}</script></amp-analytics></body>') % (
        side_links, qattr(ctx["site"]), trending(ctx) if art.get("opts", {}).get("trending") else "",
        esc(art["title"]), esc(kit["ui"]["by"]), esc(art["author"]), esc(art.get("date_text", art["date"][:10])),
        esc(art.get("lead_caption", "")), body, esc(kit["ui"]["tags"]),
        " ".join(esc(t) for t in kit["topics"][:6]), esc(kit["ui"]["related"]),
        "".join('<div><amp-img src="/r%d.jpg" width="300" height="200" alt=""></amp-img><p>%s</p></div>' % (i, esc(h))
                for i, h in enumerate(kit["headlines"])), footer(ctx))


AMP_HEAD = ('<script async src="https://cdn.ampproject.org/v0.js"></script>'
            '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
            '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>'
            '<style amp-custom>.amp-article{padding:16px}.amp-body p{line-height:1.6}</style>')


def tpl_spa(art, ctx):
    """Client-rendered: the HTML body is an empty shell, the story is JSON."""
    o = art.get("opts", {})
    kit = ctx["kit"]
    blocks = art["blocks"]
    mode = o.get("spa", "ldjson")
    shell_nav = "".join('<a href="/%s" class="css-nav%d">%s</a>' % (slug(s, ctx["rng"]), i, esc(s)) for i, s in enumerate(kit["sections"]))
    skeleton = ('<div id="root"><div class="css-shell"><header class="css-hdr">%s</header>'
                '<main class="css-main"><div class="skeleton skeleton-title"></div><div class="skeleton skeleton-line"></div>'
                '<div class="skeleton skeleton-line"></div><p class="css-loading">%s</p></main>'
                '<footer class="css-ftr">&copy; 2024 %s &middot; %s</footer></div></div>') % (
        shell_nav, esc(o.get("loading", "Loading…")), esc(ctx["site"]), esc(kit["ui"]["rights"]))
    scripts = []
    nos = ""
    if mode == "nextdata":
        data = {"props": {"pageProps": {"article": {
            "id": hash_int(art["id"]) % 10**8, "headline": art["title"], "byline": art["author"], "published": art["date"],
            "content": [{"type": "heading" if k in ("h2", "h3") else "paragraph", "text": inline_text(v)} for k, v in blocks],
            "related": [{"title": h, "url": "/s/%d" % i} for i, h in enumerate(kit["headlines"])],
        }}, "__N_SSG": True}, "page": "/[section]/[slug]", "buildId": "b%06x" % (hash_int(art["id"]) % 16**6)}
        scripts.append('<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))
    elif mode == "state":
        body_html = render_blocks(ctx, blocks, "p")
        data = {"route": {"name": "story"}, "story": {"headline": art["title"], "authors": [{"name": art["author"]}],
                                                     "bodyHtml": body_html, "teaser": inline_text(blocks[0][1])[:120],
                                                     "recirc": [{"h": h} for h in kit["headlines"]]},
                "ads": {"slots": ["top", "mid", "bottom"]}}
        scripts.append("<script>window.__INITIAL_STATE__ = %s;</script>" % json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))
    if o.get("noscript"):
        nos = "<noscript><h1>%s</h1>%s</noscript>" % (esc(art["title"]), render_blocks(ctx, blocks, "p"))
    scripts.append('<script src="/static/js/main.%06x.js" defer></script>' % (hash_int(art["id"]) % 16**6))
    return "<body>%s%s%s</body>" % (nos if o.get("noscript_first") else "", skeleton + ("" if o.get("noscript_first") else nos), "".join(scripts))


def tpl_legacy(art, ctx):
    """1990s/2000s table layout: nested tables, <font>, <center>, text in <td>."""
    o = art.get("opts", {})
    kit = ctx["kit"]
    blocks = art["blocks"]
    inserts = {}
    for k, cap in art.get("figures", {}).items():
        inserts[k] = '<center><img src="img/p%d.jpg" width="320" height="240"><br><font size="1"><i>%s</i></font></center><br>\n' % (k, esc(cap))
    body = render_blocks(ctx, blocks, o.get("p_style", "font"), inserts)
    navcells = "".join('<tr><td bgcolor="#e0e0e0"><font face="Arial" size="2"><a href="%s.htm">%s</a></font></td></tr>' % (
        slug(s, ctx["rng"]), esc(s)) for s in kit["sections"] + kit["topics"][:o.get("navextra", 6)])
    counter = '<font size="1">%s: 0%d%05d</font>' % (esc(o.get("counter_label", "Visitors")), 1, hash_int(art["id"]) % 10**5)
    extra_bottom = art.get("legacy_bottom", "")
    title_row = '<tr><td><font face="Arial" size="4" color="#000080"><b>%s</b></font><br><font size="1">%s</font></td></tr>' % (
        esc(art["title"]), esc(art.get("date_text", art["date"][:10]) + (" - " + art["author"] if o.get("author_in_title") else "")))
    if o.get("br_in_td"):
        content = '<table width="100%%" border="0" cellpadding="4"><tr><td>%s</td></tr></table>' % body
    else:
        content = '<table width="100%%" border="0"><tr><td><table border="0" cellpadding="2"><tr><td>%s</td></tr></table></td></tr></table>' % body
    return ('<body bgcolor="#ffffff" text="#000000" link="#0000cc" vlink="#551a8b">'
            '<center><table width="760" border="0" cellspacing="0" cellpadding="0">'
            '<tr><td colspan="3" bgcolor="#000080"><font face="Arial" color="#ffffff" size="5"><b>%s</b></font><br>'
            '<font color="#ffff00" size="1">%s</font></td></tr>'
            '<tr><td width="150" valign="top"><table width="150" border="0" cellspacing="1">%s</table><br>%s</td>'
            '<td width="10">&nbsp;</td>'
            '<td valign="top"><table width="100%%" border="0">%s<tr><td>%s</td></tr></table>%s</td></tr>'
            '<tr><td colspan="3"><hr noshade size="1"><center><font size="1">%s<br>&copy; %s %s</font></center></td></tr>'
            '</table></center></body>') % (
        esc(ctx["site"]), esc(o.get("tagline", "")), navcells, counter, title_row, content, extra_bottom,
        " | ".join('<a href="%s.htm">%s</a>' % (k, esc(kit["ui"][k])) for k in ("home", "about", "contact")),
        art["date"][:4], esc(kit["ui"]["rights"]))


def tpl_video(art, ctx):
    o = art.get("opts", {})
    c, kit = ctx["c"], ctx["kit"]
    body = render_blocks(ctx, art["blocks"], "p")
    playlist = "".join('<li><a href="/video/%d"><img src="/v/%d.jpg" alt=""><span>%s</span><span>%d:%02d</span></a></li>' % (
        i, i, esc(h), 1 + i % 9, (i * 17) % 60) for i, h in enumerate(art.get("playlist", kit["headlines"])))
    return ('<body><header%s>%s</header><main%s><div%s><video controls poster="/poster.jpg" src="/media/%s.mp4"></video>'
            '<div class="vjs-overlay"><span>%s</span> 0:00 / 4:12 <button>CC</button><button>HD</button></div></div>'
            '<h1%s>%s</h1><div%s>%s &middot; <time>%s</time> &middot; %s</div>%s<div%s>%s</div>'
            '<aside%s><h2>%s</h2><ol>%s</ol></aside>%s</main>%s%s</body>') % (
        c("header"), megamenu(ctx, o.get("mega", 10)), c("main"), c("player"), art["id"], esc(kit["ui"]["video"]),
        c("headline"), esc(art["title"]), c("byline"), esc(art["author"]), esc(art.get("date_text", art["date"][:10])),
        esc(o.get("views", "")), share_bar(ctx), c("body"), body, c("playlist"), esc(kit["ui"]["next"]), playlist,
        comments(ctx, o["comments"]) if o.get("comments") else "", footer(ctx), cookie_banner(ctx))


def tpl_raw(art, ctx):
    """Hand-written page body (for shapes no template covers)."""
    return art["raw"](art, ctx, sys.modules[__name__])


TEMPLATES = dict(news=tpl_news, liveblog=tpl_liveblog, amp=tpl_amp, spa=tpl_spa, legacy=tpl_legacy, video=tpl_video, raw=tpl_raw)


def build(art):
    kit = KITS[art.get("kit", art["lang"])]
    art.setdefault("blocks", parse_body(art["body"]) if art.get("body") else [])
    host = re.match(r"https?://([^/]+)", art["url"]).group(1)
    rng = random.Random(art["id"])
    scheme = art.get("opts", {}).get("scheme", "semantic")
    ctx = dict(kit=kit, rng=rng, host=host, site=art["site"], lang=art["lang"], id=art["id"],
               ad_continue=art.get("opts", {}).get("ad_continue", False),
               c=Namer(scheme, kit, art.get("class_seed", host)))
    tpl = art.get("tpl", "news")
    extra = AMP_HEAD if tpl == "amp" else art.get("head_extra", "")
    body = TEMPLATES[tpl](art, ctx)
    hd = head(art, ctx, extra)
    doctype = art.get("doctype", "<!DOCTYPE html>")
    rtl = ' dir="rtl"' if art["lang"] in ("ar", "he") else ""
    amp = " amp" if tpl == "amp" else ""
    page = '%s\n<html lang="%s"%s%s>\n%s\n%s\n</html>\n' % (doctype, art["lang"], rtl, amp, hd, body)
    enc = art.get("encoding", "utf-8")
    data = page.encode(enc, "xmlcharrefreplace")
    if tpl == "liveblog":
        lines = live_truth(art)
    else:
        lines = truth_lines(art["blocks"])
    truth = "\n".join(lines)
    return data, truth


def main():
    out_html = os.path.join(HERE, "html")
    os.makedirs(out_html, exist_ok=True)
    for f in os.listdir(out_html):
        os.remove(os.path.join(out_html, f))
    truth = {}
    rows = []
    ids = set()
    for art in ARTICLES:
        assert art["id"] not in ids, art["id"]
        ids.add(art["id"])
        data, text = build(art)
        with open(os.path.join(out_html, art["id"] + ".html"), "wb") as f:
            f.write(data)
        truth[art["id"]] = {"articleBody": text, "url": art["url"]}
        rows.append((art["id"], art["lang"], art.get("encoding", "utf-8"), str(art.get("meta_charset", "utf-8")),
                     str(len(re.findall(r"\w+", text))), art["tests"]))
    with open(os.path.join(HERE, "ground-truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "pages.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tlang\tencoding\tmeta_charset\ttruth_tokens\ttests\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("%d pages written" % len(rows))


if __name__ == "__main__":
    main()
