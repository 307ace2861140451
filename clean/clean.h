/*
 * clean: turn a web page (or text another extractor produced) into the
 * article's text and metadata.
 *
 * Pipeline for HTML: decode to UTF-8 (charset.c) -> parse once with Gumbo
 * into a per-worker arena -> prune boilerplate subtrees -> score blocks and
 * pick the main content -> classify blocks inside it -> serialise text or
 * Markdown -> metadata (meta.c) and language (lang.c).
 * For plain text (textclean.c) lines are judged by shape, lexicon and
 * position. Learned per-host template lines (templates.c) apply to both.
 *
 * Thread safety: no global mutable state. A clean_worker holds the reusable
 * arena and scratch buffers of one thread; use one worker per thread.
 */
#ifndef PITH_CLEAN_H
#define PITH_CLEAN_H

#include <stddef.h>

#include "common/buf.h"

typedef struct clean_templates clean_templates;   /* templates.c */

typedef struct clean_options {
	int keep_captions;   /* keep figure captions and photo descriptions */
	int keep_comments;   /* keep reader comment sections */
	int no_tables;       /* drop tables */
	int no_prune;        /* full-text dump: every visible block, no pruning */
	int markdown;        /* text is Markdown (headings, lists, quotes, tables) */
	int explain;         /* plain-text mode: record removed lines and reasons */
	const clean_templates *templates; /* learned template text, or NULL */
} clean_options;

typedef struct clean_doc {
	char *text;          /* UTF-8; paragraphs separated by a blank line */
	size_t text_len;
	size_t words;
	char *title;         /* without the site-name suffix */
	char *author;        /* "A; B" for several authors */
	char *date;          /* ISO 8601 (YYYY-MM-DD or full timestamp) */
	char *sitename;
	char *lang;          /* ISO 639-1 code from the text, hint from <html lang> */
	char *url;           /* canonical URL, else the given URL */
	char *description;
	char *charset;       /* the source charset the page was decoded from */
	char *explain;       /* with opt.explain: removed lines with reasons */
} clean_doc;

typedef struct clean_worker clean_worker;

clean_worker *clean_worker_new(void);
void clean_worker_free(clean_worker *w);

/* Clean an HTML page. bytes are raw (any charset); url and content_type
 * (the HTTP header, for its charset) may be NULL. Returns 0, or -1 with a
 * message in err (the doc is then empty). */
int clean_html(clean_worker *w, const char *bytes, size_t len, const char *url,
	       const char *content_type, const clean_options *opt, clean_doc *doc,
	       char *err, size_t errlen);

/* Clean already-extracted plain text line by line. */
int clean_text(clean_worker *w, const char *bytes, size_t len, const char *url,
	       const clean_options *opt, clean_doc *doc, char *err, size_t errlen);

/* Heuristic: does this look like HTML (tags in the first KBs)? */
int clean_looks_like_html(const char *p, size_t n);

void clean_doc_free(clean_doc *doc);

/* Serialise one document as a JSON object (no trailing newline). id and
 * source may be NULL. */
void clean_doc_json(const clean_doc *doc, const char *id, const char *source, buf *out);

/* Count words (whitespace-separated tokens; CJK characters count one each). */
size_t clean_count_words(const char *s, size_t n);

/* ---- charset.c ---- */
/* Decode raw page bytes to valid UTF-8: BOM, HTTP Content-Type charset,
 * <meta charset>/http-equiv in the first 4 KB, UTF-8 validity, then
 * libuchardet for pages that declare nothing or lie; iconv converts.
 * charset receives the name used (e.g. "UTF-8", "WINDOWS-1252").
 * Never fails on content: undecodable bytes become U+FFFD. */
void clean_decode(const char *in, size_t n, const char *content_type, buf *out,
		  char *charset, size_t charset_len);

/* ---- lang.c ---- */
/* Identify the language of UTF-8 text (CLD2 through a C shim). hint is the
 * page's <html lang> or NULL. Writes an ISO 639-1 code (or "" when unknown)
 * into out. */
void clean_detect_lang(const char *text, size_t n, const char *hint, char out[16]);

/* ---- templates.c (batch template learning) ---- */
/* Learn per-host template text across a batch: observe every cleaned
 * document's text under its host, finalize, then strip what recurs on at
 * least min_pages pages (and min_share of that host's pages) from each
 * document. Memory for the counts is bounded (see templates.c). Learned
 * templates can be saved and loaded for later runs. The counting object is
 * not thread-safe; observe from one thread (the ordered writer). Once
 * finalized, strip/apply are read-only and safe from many threads. */
clean_templates *clean_templates_new(unsigned min_pages, double min_share);
void clean_templates_free(clean_templates *t);
void clean_templates_observe(clean_templates *t, const char *host, const char *text, size_t n);
void clean_templates_finalize(clean_templates *t);
/* Remove template paragraphs/lines of host from text; returns how many. */
size_t clean_templates_strip(const clean_templates *t, const char *host, buf *text);
int clean_templates_save(const clean_templates *t, const char *path, char *err, size_t errlen);
clean_templates *clean_templates_load(const char *path, char *err, size_t errlen);
/* Host part of a URL, lowercased, without "www." (empty string if none). */
void clean_url_host(const char *url, char *out, size_t outlen);

#endif
