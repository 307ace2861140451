#!/usr/bin/env python3
"""Generate a synthetic multi-site batch for template learning.

  gen.py OUT_DIR [--pages 60] [--seed 7] [--sites N] [--no-html]

For each synthetic site HOST (five by default) and page NNN it writes

  OUT_DIR/text/HOST/HOST__NNN.txt   the page as another extractor would dump
                                    it: head chrome, the article's paragraphs
                                    with promo lines injected between them,
                                    tail chrome
  OUT_DIR/html/HOST/HOST__NNN.html  the same page as HTML: chrome and promos
                                    are plain <p> inside the <article>, as a
                                    CMS inserts them, and a canonical link
                                    gives the host
  OUT_DIR/gold/HOST__NNN.article    the article text, one paragraph a line
  OUT_DIR/gold/HOST__NNN.tmpl       the template lines injected on that page
  OUT_DIR/gold/repeats.txt          article lines that legitimately recur on
                                    a few pages of one site (HOST<TAB>line)

Article text comes from a small grammar plus a random reference code, so no
two pages share a paragraph except on purpose: a quote reused on two pages of
a site, a standard legal sentence in two reports, and a correction note on
three pages (legitimate repetition that template learning must keep: three
pages is the learner's floor, but it is under 5 % of a site's 60+ pages).
Template lines come in kinds the lexicon alone cannot all catch: fixed lines,
lines with a per-page slot (a town, a date, a count, a headline of another
story), promos that rotate between a few variants, and plain prose lines.
"""
import argparse
import html
import os
import random

SUBJ = ["The city council", "A local teacher", "The regional health board", "Officials at the port",
        "A group of residents", "The new director", "Researchers at the university", "The transport agency",
        "Farmers in the valley", "The mayor's office", "A spokesperson for the company", "Volunteers",
        "The school district", "Two former employees", "The state auditor", "Local shop owners"]
VERB = ["approved", "questioned", "announced", "rejected", "delayed", "expanded", "reviewed", "criticised",
        "welcomed", "funded", "proposed", "postponed", "investigated", "defended", "described", "praised"]
OBJ = ["a plan to rebuild the old bridge", "the budget for next year", "new rules for short-term rentals",
       "a study of air quality near the highway", "the closure of two rural clinics",
       "an agreement with the neighbouring county", "the decision to raise parking fees",
       "a pilot programme for electric buses", "the latest report on housing costs",
       "changes to the school lunch menu", "a proposal to extend library hours",
       "the contract for waste collection", "plans for a new community garden",
       "a review of police overtime", "the timetable for the water project"]
TAIL = ["after a long debate on Tuesday", "despite objections from several members",
        "according to documents seen by reporters", "in a statement released on Monday",
        "following months of negotiations", "at a meeting that ran past midnight",
        "while critics warned about the costs", "as the deadline approached",
        "before the summer recess", "in response to complaints from parents"]
CONN = ["However,", "Meanwhile,", "In addition,", "At the same time,", "Later,", "By contrast,",
        "For now,", "Still,"]
QUOTE_SAY = ["said", "told reporters", "wrote in an email", "added"]
NAMES = ["Maria Lopez", "James Carter", "Aisha Khan", "Tom Becker", "Nora Lind", "Peter Novak",
         "Grace Okafor", "Liam O'Brien", "Sofia Rossi", "Daniel Kim"]
QUOTES = ["We have waited far too long for this", "Nobody here wants to pay more for less",
          "This is a good day for the whole neighbourhood", "We will keep asking questions until we get answers",
          "The numbers simply do not add up", "It is a small step, but it matters to people",
          "We need to be honest about what this will cost", "I am proud of what the volunteers achieved"]
TOWNS = ["Riverton", "Oak Falls", "Millbrook", "Cedar Grove", "Lakeside", "Hillcrest", "Fairview",
         "Brookfield", "Maple Ridge", "Stonebridge", "Westport", "Elmwood"]

# head: chrome above the headline; between: promos injected after the 2nd and
# 4th paragraph (a list rotates: page p takes variant p % len); tail: below.
SITES = {
    "dailyharbor.example": {
        "name": "Daily Harbor",
        "head": ["Sections", "Home | News | Sport | Business | Weather | Login"],
        "between": [["Find out what's happening in {town} for free with the latest updates from Daily Harbor."],
                    ["Our reporters cover every council meeting so that you do not have to."]],
        "tail": ["Get more local news delivered straight to your inbox.", "More from {town}"],
    },
    "valleyvoice.example": {
        "name": "Valley Voice",
        "head": ["Valley Voice", "Local News"],
        "between": [["This story is made possible by readers like you who believe local reporting matters.",
                     "Local reporting costs money, and readers in {town} pay for most of ours.",
                     "Every story on this site is free to read because our members chip in."],
                    ["Have a news tip for our team in {town}? We read every message we receive."]],
        "tail": ["Valley Voice is an independent newsroom serving the valley since 1998.",
                 "Most Popular"],
    },
    "metroledger.example": {
        "name": "Metro Ledger",
        "head": ["Metro Ledger - {date}"],
        "between": [["Readers in {town} can now listen to this article on the Metro Ledger app."],
                    ["The Ledger's coverage of city hall is supported by a grant from a local foundation.",
                     "Related: {other}"]],
        "tail": ["Metro Ledger staff writers contributed to this report.",
                 "{n} people are reading this story right now."],
    },
    "northpost.example": {
        "name": "North Post",
        "head": ["North Post", "Politics"],
        "between": [["Continue below for the rest of the story from our {town} bureau."],
                    ["Want the morning briefing? It lands before seven every weekday.",
                     "The morning briefing lands in your inbox before seven every weekday."]],
        "tail": ["Corrections and clarifications can be sent to the standards desk.",
                 "Comments are closed for this article."],
    },
    "coastguardian.example": {
        "name": "Coast Guardian",
        "head": ["Coast Guardian | {date}"],
        "between": [["The Coast Guardian relies on its members to keep reporting in {town} free for everyone."],
                    ["Listen to the Coast Guardian podcast wherever you get your podcasts."]],
        "tail": ["Published by Coast Guardian Media in partnership with regional libraries."],
    },
    "lakesidetimes.example": {
        "name": "Lakeside Times",
        "head": ["Lakeside Times", "News | Schools | Business | Obituaries"],
        "between": [["Read more: {other}"],
                    ["Lakeside Times reporters spent {n} hours at council meetings this year."]],
        "tail": ["Copyright {year} Lakeside Times. All rights reserved."],
    },
}

LEGAL = ("Under state law, all defendants are presumed innocent until proven guilty in a court "
         "of law.")
CORRECTION = ("An earlier version of this story misstated the date of the next council meeting; "
              "it is on the first Monday of the month.")


def sentence(rng):
    s = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)} {rng.choice(TAIL)}"
    if rng.random() < 0.4:
        s = f"{rng.choice(CONN)} {s[0].lower()}{s[1:]}"
    if rng.random() < 0.3:
        s += f", and {rng.choice(SUBJ).lower()} {rng.choice(VERB)} {rng.choice(OBJ)}"
    return s + "."


def paragraph(rng):
    n = rng.randint(2, 4)
    sents = [sentence(rng) for _ in range(n)]
    if rng.random() < 0.35:
        sents.append(f'"{rng.choice(QUOTES)}," {rng.choice(NAMES)} {rng.choice(QUOTE_SAY)}.')
    # a random reference code keeps every paragraph distinct across the batch
    code = "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(7))
    sents.append(f"The file was filed under reference {code}, officials confirmed.")
    rng.shuffle(sents)
    return " ".join(sents)


def headline(rng):
    t = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)}"
    return t[0].upper() + t[1:]


def fill(line, rng, town, date):
    return line.format(town=town, date=date, n=rng.randint(12, 900), other=headline(rng),
                       year=rng.choice([2024, 2025]))


def write_html(path, host, p, title, site, lines):
    slug = "-".join(title.lower().replace("'", "").split()[:6])
    body = [f"<h1>{html.escape(title)}</h1>" if kind == "title" else f"<p>{html.escape(text)}</p>"
            for kind, text in lines]
    with open(path, "w", encoding="utf-8") as f:
        f.write("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                f"<title>{html.escape(title)} | {html.escape(site)}</title>\n"
                f"<link rel=\"canonical\" href=\"https://www.{host}/news/{p:04d}-{slug}\">\n"
                "</head><body>\n<article>\n" + "\n".join(body) + "\n</article>\n</body></html>\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sites", type=int, default=len(SITES))
    ap.add_argument("--no-html", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    gold = os.path.join(a.out, "gold")
    os.makedirs(gold, exist_ok=True)
    repeats = []
    for host, tp in list(SITES.items())[:a.sites]:
        os.makedirs(os.path.join(a.out, "text", host), exist_ok=True)
        if not a.no_html:
            os.makedirs(os.path.join(a.out, "html", host), exist_ok=True)
        shared_quote = (f'"{rng.choice(QUOTES)} and we will not stop now," said {rng.choice(NAMES)}, '
                        f"who has led the campaign for three years.")
        repeats += [(host, shared_quote), (host, LEGAL), (host, CORRECTION)]
        for p in range(a.pages):
            town = rng.choice(TOWNS)
            date = f"{rng.choice(['Monday', 'Tuesday', 'Friday'])}, March {rng.randint(1, 28)}, 2025"
            title = headline(rng)
            paras = [paragraph(rng) for _ in range(rng.randint(5, 9))]
            if p in (3, 11):        # a quote used on two pages of the site
                paras.insert(2, shared_quote)
            if p in (5, 17):        # a standard legal sentence in two reports
                paras.append(LEGAL)
            if p in (8, 21, 34):    # a correction note on three pages
                paras.append(CORRECTION)
            article = [title] + paras
            tmpl, lines = [], []
            for h in tp["head"]:
                t = fill(h, rng, town, date)
                lines.append(("chrome", t))
                tmpl.append(t)
            lines.append(("title", title))
            for i, para in enumerate(paras):
                lines.append(("para", para))
                if i in (1, 3) and i < len(paras) - 1:
                    variants = tp["between"][0 if i == 1 else 1]
                    t = fill(variants[p % len(variants)], rng, town, date)
                    lines.append(("promo", t))
                    tmpl.append(t)
            for tl in tp["tail"]:
                t = fill(tl, rng, town, date)
                lines.append(("chrome", t))
                tmpl.append(t)
            name = f"{host}__{p:04d}"
            with open(os.path.join(a.out, "text", host, name + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n\n".join(t for _, t in lines) + "\n")
            if not a.no_html:
                write_html(os.path.join(a.out, "html", host, name + ".html"), host, p, title, tp["name"],
                           lines)
            with open(os.path.join(gold, name + ".article"), "w", encoding="utf-8") as f:
                f.write("\n".join(article) + "\n")
            with open(os.path.join(gold, name + ".tmpl"), "w", encoding="utf-8") as f:
                f.write("\n".join(tmpl) + "\n")
    with open(os.path.join(gold, "repeats.txt"), "w", encoding="utf-8") as f:
        f.write("".join(f"{h}\t{l}\n" for h, l in repeats))


if __name__ == "__main__":
    main()
