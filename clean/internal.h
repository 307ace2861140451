/*
 * Interfaces shared between the files of the clean module; not public.
 */
#ifndef PITH_CLEAN_INTERNAL_H
#define PITH_CLEAN_INTERNAL_H

#include <gumbo.h>
#include <stddef.h>

#include "clean/clean.h"
#include "common/arena.h"
#include "common/buf.h"

struct clean_worker {
	arena arena;      /* Gumbo's allocations and per-document scratch */
	buf scratch;
	buf text;
};

/* ---- meta.c ----
 * Fill doc->title, author, date, sitename, url (canonical), description from
 * JSON-LD, OpenGraph, meta names, <time>, bylines and URL patterns. url is
 * the page's address or NULL. lang_hint receives <html lang> (or ""). */
void meta_extract(GumboNode *root, const char *url, clean_doc *doc, char lang_hint[16]);

/* JSON-LD articleBody if the page has one (malloc'd, or NULL). */
char *meta_jsonld_article_body(GumboNode *root);

/* ---- extract.c ---- */
/* Main-content extraction from a parsed tree into text (markdown if asked).
 * xflags: EXTRACT_NOSCRIPT also reads <noscript> content (the fallback for
 * pages whose body is rendered by script). */
#define EXTRACT_NOSCRIPT 1u
void extract_content(clean_worker *w, GumboNode *root, const clean_options *opt,
		     const clean_doc *meta, unsigned xflags, buf *out);

/* ---- scriptdata.c ---- */
/* The article a single-page app ships as script data (a state blob with an
 * HTML body string or an array of text blocks). Returns 1 and fills out
 * (HTML when *is_html, else paragraphs separated by blank lines), or 0.
 * The same walk sets *has_noscript when the page has a <noscript>. */
int scriptdata_article(GumboNode *root, buf *out, int *is_html, int *has_noscript);

/* ---- textclean.c ---- */
/* Clean plain text in place of HTML extraction's block classification: used
 * by clean_text(). Appends kept lines to out; with explain, removed lines and
 * reasons to explain. */
void textclean_run(const char *text, size_t n, const clean_options *opt, buf *out, buf *explain);

#endif
