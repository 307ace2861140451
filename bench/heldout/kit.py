"""Building blocks for the held-out pages (see gen.py and README.md).

A page is written as ordinary HTML around an article Body. The Body records
every piece of article text twice: as the markup the page serves and as the
line that goes into the ground truth, so the truth is exact by construction.
Anything added with Body.raw() (ads, captions, promos, "read more" links
inside the text column) is served but is not part of the truth.

Inline markup in article text: [words](url) is a link, **words** bold,
*words* italic; the truth keeps only the words.
"""
import html
import json
import re

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"\*(.+?)\*")


def esc(s):
    return html.escape(s, quote=True)


def tesc(s):
    """Escape for a text node (quotes stay as they are, as most CMSs leave them)."""
    return html.escape(s, quote=False)


def inl(text):
    """Article text with inline markup -> HTML."""
    out, pos = [], 0
    for m in _LINK.finditer(text):
        out.append(_fmt(tesc(text[pos:m.start()])))
        out.append('<a href="%s">%s</a>' % (esc(m.group(2)), _fmt(tesc(m.group(1)))))
        pos = m.end()
    out.append(_fmt(tesc(text[pos:])))
    return "".join(out)


def _fmt(s):
    s = _BOLD.sub(r"<strong>\1</strong>", s)
    return _EM.sub(r"<em>\1</em>", s)


def plain(text):
    """Article text with inline markup -> the words only."""
    text = _LINK.sub(r"\1", text)
    text = _BOLD.sub(r"\1", text)
    return _EM.sub(r"\1", text)


class Body:
    """Article markup plus its ground-truth lines."""

    def __init__(self):
        self.parts = []
        self.lines = []

    # generic primitives
    def add(self, markup, *truth_lines):
        self.parts.append(markup)
        self.lines.extend(plain(t) for t in truth_lines)
        return self

    def raw(self, markup):
        """Served, not part of the article."""
        self.parts.append(markup)
        return self

    # common shapes; `wrap` is a format string with one {} for the inline HTML
    def p(self, text, wrap="<p>{}</p>"):
        return self.add(wrap.format(inl(text)), text)

    def ps(self, texts, wrap="<p>{}</p>"):
        for t in texts:
            self.p(t, wrap)
        return self

    def h(self, text, level=2, attrs=""):
        a = (" " + attrs) if attrs else ""
        return self.add("<h%d%s>%s</h%d>" % (level, a, inl(text), level), text)

    def ul(self, items, tag="ul", attrs="", li="<li>{}</li>"):
        a = (" " + attrs) if attrs else ""
        inner = "".join(li.format(inl(i)) for i in items)
        return self.add("<%s%s>%s</%s>" % (tag, a, inner, tag), *items)

    def ol(self, items, attrs="", li="<li>{}</li>"):
        return self.ul(items, "ol", attrs, li)

    def quote(self, paras, attrs="", cite=None):
        if isinstance(paras, str):
            paras = [paras]
        a = (" " + attrs) if attrs else ""
        inner = "".join("<p>%s</p>" % inl(t) for t in paras)
        if cite:
            inner += "<cite>%s</cite>" % esc(cite)
        return self.add("<blockquote%s>%s</blockquote>" % (a, inner), *paras)

    def table(self, rows, attrs="", head=True):
        a = (" " + attrs) if attrs else ""
        out = ["<table%s>" % a]
        for i, row in enumerate(rows):
            cell = "th" if head and i == 0 else "td"
            out.append("<tr>" + "".join("<%s>%s</%s>" % (cell, inl(c), cell) for c in row) + "</tr>")
        out.append("</table>")
        return self.add("\n".join(out), *(" ".join(r) for r in rows))

    def brtext(self, texts, sep="<br />\n<br />\n"):
        """Paragraphs as bare text separated by <br> (no <p>)."""
        return self.add(sep.join(inl(t) for t in texts) + sep, *texts)

    def html(self, joiner="\n"):
        return joiner.join(self.parts)

    def truth(self):
        return "\n".join(self.lines)


def ld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False, indent=None)


def links(items, tag="li", fmt='<a href="{u}">{t}</a>', cls=""):
    """items: list of labels or (label, url) pairs -> <li><a>..</a></li>..."""
    out = []
    c = ' class="%s"' % cls if cls else ""
    for it in items:
        t, u = (it, "/" + slug(it) + "/") if isinstance(it, str) else it
        out.append("<%s%s>%s</%s>" % (tag, c, fmt.format(u=esc(u), t=esc(t)), tag))
    return "\n".join(out)


def slug(s):
    s = re.sub(r"[^\w]+", "-", s.lower(), flags=re.UNICODE).strip("-")
    return s or "x"


def teasers(items, wrap='<li><a href="{u}">{t}</a></li>'):
    """items: list of headline strings (or (headline, summary))."""
    out = []
    for i, it in enumerate(items):
        if isinstance(it, tuple):
            t, s = it
        else:
            t, s = it, ""
        out.append(wrap.format(u="/%d/%s" % (2000 + i * 37, slug(t)[:60]), t=esc(t), s=esc(s)))
    return "\n".join(out)


PAGES = []


def page(pid, url, lang, enc="utf-8", kind=""):
    """Register a page generator: fn() -> (html, truth)."""
    def deco(fn):
        PAGES.append(dict(id=pid, url=url, lang=lang, enc=enc, kind=kind, fn=fn))
        return fn
    return deco


def og(title, desc, url, site, image=None, typ="article", locale=None, twitter=True):
    """The usual OpenGraph / Twitter card block."""
    out = [
        '<meta property="og:type" content="%s" />' % typ,
        '<meta property="og:title" content="%s" />' % esc(title),
        '<meta property="og:description" content="%s" />' % esc(desc),
        '<meta property="og:url" content="%s" />' % esc(url),
        '<meta property="og:site_name" content="%s" />' % esc(site),
    ]
    if locale:
        out.append('<meta property="og:locale" content="%s" />' % locale)
    if image:
        out.append('<meta property="og:image" content="%s" />' % esc(image))
    if twitter:
        out.append('<meta name="twitter:card" content="summary_large_image" />')
        out.append('<meta name="twitter:title" content="%s" />' % esc(title))
    return "\n".join(out)


GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-%s');</script>"""


def ga(code):
    return GA % (code, code)
