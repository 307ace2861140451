#!/usr/bin/env python3
"""Generate a synthetic batch for template learning.

  gen.py OUT_DIR [--pages 60] [--seed 7]

Writes, for each of five synthetic sites and each page:
  OUT_DIR/pages/HOST__NNN.txt    the page as another extractor would dump it:
                                 head chrome, article paragraphs with promo
                                 lines injected between them, tail chrome
  OUT_DIR/gold/HOST__NNN.article the article text (one paragraph a line)
  OUT_DIR/gold/HOST__NNN.tmpl    the injected template lines of that page

Article text is generated from a small grammar so no two pages share a
paragraph, except on purpose: a quote reused on two pages of a site and a
standard legal sentence reused on two pages (legitimate repetition that
template learning must keep). Template lines are of three kinds: fixed
lines, lines with a per-page slot (a town, a date, a count), and prose-like
lines that the lexicon alone cannot recognise.
"""
import argparse
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

SITES = {
    "dailyharbor.example": {
        "head": ["Sections", "Home | News | Sport | Business | Weather | Login"],
        "between": ["Find out what's happening in {town} for free with the latest updates from Daily Harbor.",
                    "Our reporters cover every council meeting so that you do not have to."],
        "tail": ["Get more local news delivered straight to your inbox.", "More from {town}"],
    },
    "valleyvoice.example": {
        "head": ["Valley Voice", "Local News"],
        "between": ["This story is made possible by readers like you who believe local reporting matters.",
                    "Have a news tip for our team in {town}? We read every message we receive."],
        "tail": ["Valley Voice is an independent newsroom serving the valley since 1998.",
                 "Most Popular"],
    },
    "metroledger.example": {
        "head": ["Metro Ledger - {date}"],
        "between": ["Readers in {town} can now listen to this article on the Metro Ledger app.",
                    "The Ledger's coverage of city hall is supported by a grant from a local foundation."],
        "tail": ["Metro Ledger staff writers contributed to this report.",
                 "{n} people are reading this story right now."],
    },
    "northpost.example": {
        "head": ["North Post", "Politics"],
        "between": ["Continue below for the rest of the story from our {town} bureau.",
                    "Want the morning briefing? It lands before seven every weekday."],
        "tail": ["Corrections and clarifications can be sent to the standards desk.",
                 "Comments are closed for this article."],
    },
    "coastguardian.example": {
        "head": ["Coast Guardian | {date}"],
        "between": ["The Coast Guardian relies on its members to keep reporting in {town} free for everyone.",
                    "Listen to the Coast Guardian podcast wherever you get your podcasts."],
        "tail": ["Published by Coast Guardian Media in partnership with regional libraries."],
    },
}

LEGAL = ("Under state law, all defendants are presumed innocent until proven guilty in a court "
         "of law.")


def sentence(rng):
    s = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)} {rng.choice(TAIL)}"
    if rng.random() < 0.4:
        s = f"{rng.choice(CONN)} {s[0].lower()}{s[1:]}"
    if rng.random() < 0.3:
        s += f", and {rng.choice(SUBJ).lower()} {rng.choice(VERB)} {rng.choice(OBJ)}"
    return s + "."


def paragraph(rng, uniq):
    n = rng.randint(2, 4)
    sents = [sentence(rng) for _ in range(n)]
    if rng.random() < 0.35:
        sents.append(f'"{rng.choice(QUOTES)}," {rng.choice(NAMES)} {rng.choice(QUOTE_SAY)}.')
    # a unique marker keeps every paragraph distinct across the batch
    code = "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(7))
    sents.append(f"The file was filed under reference {code}, officials confirmed.")
    rng.shuffle(sents)
    return " ".join(sents)


def fill(line, rng, town, date):
    return line.format(town=town, date=date, n=rng.randint(12, 900))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, "pages"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "gold"), exist_ok=True)
    uniq = 1000
    for host, tp in SITES.items():
        shared_quote = (f'"{rng.choice(QUOTES)} and we will not stop now," said {rng.choice(NAMES)}, '
                        f"who has led the campaign for three years.")
        for p in range(a.pages):
            town = rng.choice(TOWNS)
            date = f"{rng.choice(['Monday', 'Tuesday', 'Friday'])}, March {rng.randint(1, 28)}, 2025"
            title = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)}"
            title = title[0].upper() + title[1:]
            paras = []
            for _ in range(rng.randint(5, 9)):
                uniq += rng.randint(1, 50)
                paras.append(paragraph(rng, uniq))
            if p in (3, 11):        # a quote used on two pages of the site
                paras.insert(2, shared_quote)
            if p in (5, 17):        # a standard legal sentence in two reports
                paras.append(LEGAL)
            article = [title] + paras
            tmpl = []
            lines = []
            for h in tp["head"]:
                t = fill(h, rng, town, date)
                lines.append(t)
                tmpl.append(t)
            lines.append(title)
            for i, para in enumerate(paras):
                lines.append(para)
                if i in (1, 3) and i < len(paras) - 1:
                    t = fill(tp["between"][0 if i == 1 else 1], rng, town, date)
                    lines.append(t)
                    tmpl.append(t)
            for tl in tp["tail"]:
                t = fill(tl, rng, town, date)
                lines.append(t)
                tmpl.append(t)
            name = f"{host}__{p:03d}"
            with open(os.path.join(a.out, "pages", name + ".txt"), "w") as f:
                f.write("\n\n".join(lines) + "\n")
            with open(os.path.join(a.out, "gold", name + ".article"), "w") as f:
                f.write("\n".join(article) + "\n")
            with open(os.path.join(a.out, "gold", name + ".tmpl"), "w") as f:
                f.write("\n".join(tmpl) + "\n")


if __name__ == "__main__":
    main()
