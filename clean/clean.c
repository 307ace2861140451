/*
 * clean.c: the module's entry points. clean_html runs the pipeline (decode,
 * parse into the worker's arena, metadata, extraction, language) and owns
 * the result's lifetime rules: everything in a clean_doc is malloc'd and
 * released by clean_doc_free; everything in the arena dies at the next page.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "clean/internal.h"
#include "clean/templates.h"
#include "common/json.h"
#include "common/utf8.h"

clean_worker *clean_worker_new(void)
{
	clean_worker *w = xcalloc(1, sizeof(*w));
	arena_init(&w->arena, 4u << 20);
	buf_init(&w->scratch);
	buf_init(&w->text);
	return w;
}

void clean_worker_free(clean_worker *w)
{
	if (!w)
		return;
	arena_free(&w->arena);
	buf_free(&w->scratch);
	buf_free(&w->text);
	free(w);
}

void clean_doc_free(clean_doc *d)
{
	free(d->text);
	free(d->title);
	free(d->author);
	free(d->date);
	free(d->sitename);
	free(d->lang);
	free(d->url);
	free(d->description);
	free(d->charset);
	free(d->explain);
	memset(d, 0, sizeof(*d));
}

static int is_cjk(uint32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) ||   /* kana */
	       (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK ext A */
	       (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified */
	       (cp >= 0xAC00 && cp <= 0xD7AF) ||   /* hangul */
	       (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0x20000 && cp <= 0x2FFFF);
}

size_t clean_count_words(const char *s, size_t n)
{
	size_t words = 0, i = 0;
	int in_word = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (isspace(c)) {
				in_word = 0;
			} else if (!in_word) {
				in_word = 1;
				words++;
			}
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (is_cjk(cp)) {
			words++;
			in_word = 0;
		} else if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A)) {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			words++;
		}
		i += k;
	}
	return words;
}

int clean_looks_like_html(const char *p, size_t n)
{
	size_t lim = n < 4096 ? n : 4096;
	size_t tags = 0;
	for (size_t i = 0; i + 1 < lim; i++) {
		if (p[i] != '<')
			continue;
		char c = p[i + 1];
		if (c == '!' || c == '/' || isalpha((unsigned char)c)) {
			static const char *known[] = { "html", "head", "body", "div", "p", "!doctype",
						       "meta", "title", "span", "a ", "br", "script",
						       "!--", "table", "link", "section", "article" };
			for (size_t k = 0; k < sizeof(known) / sizeof(*known); k++) {
				size_t kl = strlen(known[k]);
				if (i + 1 + kl <= lim && strncasecmp(p + i + 1, known[k], kl) == 0) {
					tags++;
					break;
				}
			}
			if (c == '/')
				tags++;
		}
		if (tags >= 2)
			return 1;
	}
	return 0;
}

void clean_url_host(const char *url, char *out, size_t outlen)
{
	out[0] = 0;
	if (!url || !outlen)
		return;
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	const char *at = p;
	/* skip userinfo */
	for (const char *q = p; *q && *q != '/' && *q != '?' && *q != '#'; q++)
		if (*q == '@')
			at = q + 1;
	p = at;
	if (strncasecmp(p, "www.", 4) == 0)
		p += 4;
	size_t i = 0;
	while (*p && *p != '/' && *p != ':' && *p != '?' && *p != '#' && i + 1 < outlen)
		out[i++] = (char)tolower((unsigned char)*p++);
	out[i] = 0;
}

static void finish_doc(clean_worker *w, const clean_options *opt, clean_doc *doc, const char *hint)
{
	if (opt->templates) {
		char host[256];
		clean_url_host(doc->url, host, sizeof(host));
		if (opt->explain) {
			/* template lines join the explanation after the cleaner's own */
			buf ex = BUF_INIT;
			buf_init(&ex);
			if (doc->explain)
				buf_puts(&ex, doc->explain);
			clean_templates_strip_explain(opt->templates, host, &w->text, &ex);
			free(doc->explain);
			doc->explain = buf_detach(&ex, NULL);
		} else {
			clean_templates_strip(opt->templates, host, &w->text);
		}
	}
	buf_rtrim(&w->text);
	doc->words = clean_count_words(w->text.data, w->text.len);
	char lang[16];
	clean_detect_lang(w->text.data, w->text.len, hint && *hint ? hint : NULL, lang);
	doc->lang = lang[0] ? xstrdup(lang) : NULL;
	doc->text = xstrndup(w->text.data, w->text.len);
	doc->text_len = w->text.len;
}

/* Parse HTML into the worker's arena (freed in one go per document). */
static GumboOutput *parse_in_arena(clean_worker *w, const char *html, size_t len)
{
	GumboOptions go = kGumboDefaultOptions;
	go.allocator = arena_gumbo_alloc;
	go.deallocator = arena_gumbo_free;
	go.userdata = &w->arena;
	go.max_errors = 0;
	return gumbo_parse_with_options(&go, html, len);
}

/* Keep text in best when it has more words than the best so far. */
static void keep_if_longer(buf *best, size_t *best_words, const char *text, size_t n)
{
	size_t k = clean_count_words(text, n);
	if (k <= *best_words)
		return;
	*best_words = k;
	buf_reset(best);
	utf8_repair(best, text, n);
}

/* A page whose tree walk found little text may carry its article
 * elsewhere: the JSON-LD articleBody, a <noscript> copy for readers without
 * JavaScript, or the state blob a single-page app renders from. The
 * candidate with the most words wins when it has clearly more (twice the
 * walk's words and 40 more). Only short results get here, so the common
 * case pays nothing. */
static void thin_page_fallback(clean_worker *w, GumboNode *root, const clean_options *opt,
			       const clean_doc *meta, buf *text)
{
	size_t words = clean_count_words(text->data, text->len);
	if (words >= 150)
		return;
	size_t best_words = 2 * words + 40;
	buf best = BUF_INIT, alt = BUF_INIT, got = BUF_INIT;
	buf_init(&best);
	buf_init(&alt);
	buf_init(&got);

	char *body = meta_jsonld_article_body(root);
	if (body) {
		keep_if_longer(&best, &best_words, body, strlen(body));
		free(body);
	}

	int is_html = 0, has_noscript = 0;
	if (scriptdata_article(root, &alt, &is_html, &has_noscript)) {
		if (is_html) {
			GumboOutput *g = parse_in_arena(w, alt.data, alt.len);
			if (g)
				extract_content(w, g->root, opt, meta, 0, &got);
			keep_if_longer(&best, &best_words, got.data, got.len);
		} else {
			keep_if_longer(&best, &best_words, alt.data, alt.len);
		}
	}
	if (has_noscript) {
		buf_reset(&got);
		extract_content(w, root, opt, meta, EXTRACT_NOSCRIPT, &got);
		keep_if_longer(&best, &best_words, got.data, got.len);
	}
	if (best.len) {
		buf_reset(text);
		buf_append(text, best.data, best.len);
	}
	buf_free(&best);
	buf_free(&alt);
	buf_free(&got);
}

/* ---------- nesting guard ----------
 * Gumbo's tree construction checks element scope by walking the stack of
 * open elements, so a page nesting N elements deep costs O(N^2): 100 000
 * nested <div>s take half a minute. No real page nests beyond a few hundred,
 * so when a cheap byte scan sees open tags deeper than NEST_LIMIT, the tags
 * past that depth (and their matching end tags) are left out of the copy
 * Gumbo parses. Text is kept; only structure below the limit flattens.
 * Elements that the parser closes implicitly (p, li, td, ...) are not
 * counted, so long unclosed lists cannot trigger it. */
#define NEST_LIMIT 2000

static int tag_is_void_or_implied(const char *name, size_t n)
{
	static const char *const names[] = {
		"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup",
		"tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
		"html", "head", "body", "keygen", "frame", "basefont", "isindex",
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		if (strlen(names[i]) == n && strncasecmp(names[i], name, n) == 0)
			return 1;
	return 0;
}

/* Scan for tags; with out == NULL only measure the maximum depth. */
static size_t nest_scan(const char *s, size_t n, buf *out)
{
	size_t depth = 0, max = 0, dropped = 0, i = 0, copied = 0;
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		size_t t = (size_t)(lt - s);
		i = t + 1;
		if (i >= n)
			break;
		if (s[i] == '!') {
			/* comment or doctype: skip to its end */
			const char *e = (i + 2 < n && s[i + 1] == '-' && s[i + 2] == '-')
				? memmem(s + i, n - i, "-->", 3) : memchr(s + i, '>', n - i);
			i = e ? (size_t)(e - s) + 1 : n;
			continue;
		}
		int closing = s[i] == '/';
		size_t ns = i + closing, ne = ns;
		while (ne < n && (isalnum((unsigned char)s[ne]) || s[ne] == '-'))
			ne++;
		if (ne == ns || !isalpha((unsigned char)s[ns]))
			continue;
		/* end of tag, honouring quoted attribute values */
		size_t k = ne;
		char q = 0;
		while (k < n && (q || s[k] != '>')) {
			if (q && s[k] == q)
				q = 0;
			else if (!q && (s[k] == '"' || s[k] == '\''))
				q = s[k];
			k++;
		}
		size_t tag_end = k < n ? k + 1 : n;
		int self_closing = k > 0 && k < n && s[k - 1] == '/';
		size_t nl = ne - ns;
		int raw = !closing && ((nl == 6 && !strncasecmp(s + ns, "script", 6)) ||
				       (nl == 5 && !strncasecmp(s + ns, "style", 5)) ||
				       (nl == 8 && !strncasecmp(s + ns, "textarea", 8)));
		int drop = 0;
		if (!tag_is_void_or_implied(s + ns, nl) && !self_closing) {
			if (closing) {
				if (dropped && depth > NEST_LIMIT) {
					dropped--;
					drop = 1;
				}
				if (depth)
					depth--;
			} else if (!raw) {
				depth++;
				if (depth > max)
					max = depth;
				if (depth > NEST_LIMIT) {
					dropped++;
					drop = 1;
				}
			}
		}
		if (drop && out) {
			buf_append(out, s + copied, t - copied);
			copied = tag_end;
		}
		i = tag_end;
		if (raw) {
			/* skip the raw text element's content */
			char end[12] = "</";
			memcpy(end + 2, s + ns, nl);
			const char *e = NULL;
			for (size_t j = i; j + nl + 2 <= n; j++) {
				const char *c = memchr(s + j, '<', n - j);
				if (!c)
					break;
				j = (size_t)(c - s);
				if (j + nl + 2 <= n && !strncasecmp(c, end, nl + 2)) {
					e = c;
					break;
				}
			}
			i = e ? (size_t)(e - s) : n;
		}
	}
	if (out)
		buf_append(out, s + copied, n - copied);
	return max;
}

/* ---------- entry points ---------- */

int clean_html(clean_worker *w, const char *bytes, size_t len, const char *url,
	       const char *content_type, const clean_options *opt, clean_doc *doc,
	       char *err, size_t errlen)
{
	static const clean_options defaults;
	if (!opt)
		opt = &defaults;
	(void)err;
	(void)errlen;
	memset(doc, 0, sizeof(*doc));
	arena_reset(&w->arena);
	buf_reset(&w->scratch);
	buf_reset(&w->text);

	char charset[64];
	clean_decode(bytes, len, content_type, &w->scratch, charset, sizeof(charset));
	doc->charset = xstrdup(charset);

	if (nest_scan(w->scratch.data, w->scratch.len, NULL) > NEST_LIMIT) {
		buf flat = BUF_INIT;
		buf_init(&flat);
		nest_scan(w->scratch.data, w->scratch.len, &flat);
		buf_free(&w->scratch);
		w->scratch = flat;
	}

	GumboOutput *g = parse_in_arena(w, w->scratch.data, w->scratch.len);
	if (!g) {
		/* Gumbo gives up only on allocation failure; treat as an empty page */
		finish_doc(w, opt, doc, NULL);
		return 0;
	}
	char hint[16];
	meta_extract(g->root, url, doc, hint);
	extract_content(w, g->root, opt, doc, 0, &w->text);
	if (!opt->no_prune)
		thin_page_fallback(w, g->root, opt, doc, &w->text);
	/* the tree lives in the arena: no gumbo_destroy_output needed */
	finish_doc(w, opt, doc, hint);
	return 0;
}

int clean_text(clean_worker *w, const char *bytes, size_t len, const char *url,
	       const clean_options *opt, clean_doc *doc, char *err, size_t errlen)
{
	static const clean_options defaults;
	if (!opt)
		opt = &defaults;
	(void)err;
	(void)errlen;
	memset(doc, 0, sizeof(*doc));
	buf_reset(&w->scratch);
	buf_reset(&w->text);
	char charset[64];
	clean_decode(bytes, len, "text/plain", &w->scratch, charset, sizeof(charset));
	doc->charset = xstrdup(charset);
	if (url)
		doc->url = xstrdup(url);
	buf explain = BUF_INIT;
	buf_init(&explain);
	textclean_run(w->scratch.data, w->scratch.len, opt, &w->text, opt->explain ? &explain : NULL);
	if (opt->explain)
		doc->explain = buf_detach(&explain, NULL);
	buf_free(&explain);
	/* the first line of an article dump is its headline */
	const char *nl = memchr(w->text.data, '\n', w->text.len);
	size_t tl = nl ? (size_t)(nl - w->text.data) : w->text.len;
	if (tl && tl < 300)
		doc->title = xstrndup(w->text.data, tl);
	finish_doc(w, opt, doc, NULL);
	return 0;
}

void clean_doc_json(const clean_doc *d, const char *id, const char *source, buf *out)
{
	json_writer jw;
	json_init(&jw, out);
	json_obj_begin(&jw);
	json_kv_str(&jw, "id", id);
	json_kv_str(&jw, "url", d->url);
	json_kv_str(&jw, "title", d->title);
	json_kv_str(&jw, "author", d->author);
	json_kv_str(&jw, "date", d->date);
	json_kv_str(&jw, "sitename", d->sitename);
	json_kv_str(&jw, "lang", d->lang);
	json_kv_str(&jw, "description", d->description);
	json_key(&jw, "text");
	json_strn(&jw, d->text ? d->text : "", d->text_len);
	json_kv_int(&jw, "words", (long long)d->words);
	json_kv_str(&jw, "charset", d->charset);
	json_kv_str(&jw, "source", source);
	json_obj_end(&jw);
}
