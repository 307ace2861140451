/*
 * Metadata: title, author, date, site name, canonical URL, description and
 * the language hint, gathered in ONE iterative walk of the Gumbo tree.
 *
 * The walk only records candidates (pointers into the tree, or copies for
 * JSON-LD and element text); the decision comes afterwards, per field, by
 * trying the sources in priority order until one survives normalisation:
 * a garbage <meta name=date> falls through to <time datetime>, then to the
 * URL. Priorities follow what publishers get right most often: JSON-LD, then
 * OpenGraph, then meta names, then microdata/<time>/bylines, then the URL.
 *
 * JSON-LD goes through common/jsonr.h; pages often emit raw newlines inside
 * strings or trailing commas, so a failed parse is retried once on a
 * sanitised copy. Its nodes are flat, so "every object in the document,
 * including @graph members and arrays of objects" is a linear loop.
 *
 * The tree walk uses an explicit stack (pages nest 100 000 deep) and does
 * per-element work only from a switch on the tag and a single pass over the
 * attributes; element text is gathered (capped) only for <title>, <h1> and
 * byline candidates. No regexes: dates and titles are parsed by hand.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clean/internal.h"
#include "common/jsonr.h"
#include "common/utf8.h"

#define TEXT_CAP 512          /* longest element text gathered for a candidate */
#define BYLINE_MAX 120        /* a byline longer than this is prose, not a name */

/* ------------------------------------------------------------------ */
/* small string helpers                                                */

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Append s, collapsing whitespace (ASCII, NBSP) runs to one space and
 * decoding the few entities that survive double-encoding in meta content
 * and JSON-LD ("&amp;amp;" is common). */
static void append_clean(buf *out, const char *s, size_t n)
{
	int space = out->len > 0 && out->data[out->len - 1] == ' ';
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (is_space(c) || (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)) {
			i += c == 0xC2 ? 2 : 1;
			if (!space && out->len > 0)
				buf_putc(out, ' ');
			space = 1;
			continue;
		}
		if (c == '&') {
			static const struct {
				const char *e;
				const char *r;
			} ents[] = { { "&amp;", "&" }, { "&quot;", "\"" }, { "&apos;", "'" }, { "&#39;", "'" },
				     { "&lt;", "<" }, { "&gt;", ">" }, { "&nbsp;", " " } };
			size_t k;
			for (k = 0; k < sizeof(ents) / sizeof(*ents); k++) {
				size_t el = strlen(ents[k].e);
				if (n - i >= el && strncasecmp(s + i, ents[k].e, el) == 0) {
					if (ents[k].r[0] == ' ') {
						if (!space && out->len > 0)
							buf_putc(out, ' ');
						space = 1;
					} else {
						buf_puts(out, ents[k].r);
						space = 0;
					}
					i += el;
					break;
				}
			}
			if (k < sizeof(ents) / sizeof(*ents))
				continue;
			if (i + 3 < n && s[i + 1] == '#') {
				size_t j = i + 2;
				int hex = s[j] == 'x' || s[j] == 'X';
				j += hex;
				uint32_t cp = 0;
				size_t d0 = j;
				while (j < n && j - d0 < 7 &&
				       (hex ? isxdigit((unsigned char)s[j]) : isdigit((unsigned char)s[j]))) {
					int v = isdigit((unsigned char)s[j]) ? s[j] - '0' : (tolower((unsigned char)s[j]) - 'a' + 10);
					cp = cp * (hex ? 16 : 10) + (uint32_t)v;
					j++;
				}
				if (j > d0 && j < n && s[j] == ';' && cp > 0) {
					if (cp == 0xA0 || cp < 0x20) {
						if (!space && out->len > 0)
							buf_putc(out, ' ');
						space = 1;
					} else {
						utf8_encode(out, cp);
						space = 0;
					}
					i = j + 1;
					continue;
				}
			}
		}
		buf_putc(out, (char)c);
		space = 0;
		i++;
	}
}

/* A cleaned malloc'd copy, or NULL when nothing is left. */
static char *clean_dup(const char *s, size_t n)
{
	if (!s)
		return NULL;
	buf b = BUF_INIT;
	buf_init(&b);
	append_clean(&b, s, n);
	buf_rtrim(&b);
	if (b.len == 0 || !utf8_valid(b.data, b.len)) {
		if (b.len) {
			buf r = BUF_INIT;
			buf_init(&r);
			utf8_repair(&r, b.data, b.len);
			buf_free(&b);
			return buf_detach(&r, NULL);
		}
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

static char *clean_dupz(const char *s)
{
	return s ? clean_dup(s, strlen(s)) : NULL;
}

static int has_prefix_ci(const char *s, const char *p)
{
	return strncasecmp(s, p, strlen(p)) == 0;
}

/* Case-insensitive substring search (ASCII). */
static const char *strcasestr_n(const char *h, size_t hn, const char *needle)
{
	size_t nl = strlen(needle);
	for (size_t i = 0; i + nl <= hn; i++)
		if (strncasecmp(h + i, needle, nl) == 0)
			return h + i;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* element text                                                        */

/* Text of an element's subtree (scripts and styles skipped), appended to out
 * until it reaches cap bytes. Iterative: the subtree may be deep. */
static void node_text(GumboNode *root, buf *out, size_t cap)
{
	GumboNode *stack_small[64];
	GumboNode **stack = stack_small;
	size_t sp = 0, scap = 64;
	stack[sp++] = root;
	while (sp > 0 && out->len < cap) {
		GumboNode *n = stack[--sp];
		if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
			append_clean(out, n->v.text.text, strlen(n->v.text.text));
			continue;
		}
		if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
			continue;
		GumboTag t = n->v.element.tag;
		if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT)
			continue;
		if (t == GUMBO_TAG_BR && out->len && out->data[out->len - 1] != ' ')
			buf_putc(out, ' ');
		GumboVector *ch = &n->v.element.children;
		if (sp + ch->length > scap) {
			size_t ncap = (sp + ch->length) * 2;
			GumboNode **ns = xmalloc(ncap * sizeof(*ns));
			memcpy(ns, stack, sp * sizeof(*ns));
			if (stack != stack_small)
				free(stack);
			stack = ns;
			scap = ncap;
		}
		for (size_t i = ch->length; i-- > 0;)
			stack[sp++] = ch->data[i];
	}
	if (stack != stack_small)
		free(stack);
	if (out->len > cap) {
		/* cut on a character boundary */
		size_t k = cap;
		while (k > 0 && ((unsigned char)out->data[k] & 0xC0) == 0x80)
			k--;
		buf_truncate(out, k);
	}
	buf_rtrim(out);
}

static char *element_text(GumboNode *n, size_t cap)
{
	buf b = BUF_INIT;
	buf_init(&b);
	node_text(n, &b, cap);
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

/* ------------------------------------------------------------------ */
/* candidates                                                          */

enum { BYL_NONE, BYL_BYTEXT, BYL_CLASS, BYL_REL, BYL_ITEMPROP };

/* meta names for author and date, best first */
static const char *const author_names[] = { "author", "dc.creator", "dcterms.creator", "parsely-author",
					    "sailthru.author", "byl", "cxenseparse:author", "twitter:creator" };
static const char *const date_names[] = { "date", "pubdate", "publish-date", "publish_date", "publishdate",
					  "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
					  "dcterms.created", "article.published", "article_date_original",
					  "sailthru.date", "parsely-pub-date", "datepublished", "og:published_time",
					  "publication_date", "citation_publication_date",
					  "cxenseparse:recs:publishtime", "date.published", "timestamp" };
#define N_AUTHOR_NAMES (sizeof(author_names) / sizeof(*author_names))
#define N_DATE_NAMES (sizeof(date_names) / sizeof(*date_names))

typedef struct meta_state {
	/* JSON-LD, copied (malloc'd) */
	int ld_score;
	char *ld_headline, *ld_author, *ld_date, *ld_publisher, *ld_url, *ld_desc, *ld_site;
	/* attribute values point into the tree */
	const char *og_title, *og_site, *og_url, *og_desc, *og_date, *og_author, *og_locale;
	const char *tw_title, *tw_desc;
	const char *m_author[N_AUTHOR_NAMES];
	const char *m_date[N_DATE_NAMES];
	const char *m_desc, *m_app;
	const char *canonical, *html_lang, *content_lang;
	const char *time_pub;     /* <time> / element with itemprop=datePublished, or pubdate */
	const char *time_any;     /* the first <time datetime> */
	/* element text (malloc'd) */
	char *title_tag, *h1, *h1_article;
	char *byline;
	int byline_rank;
} meta_state;

static void state_free(meta_state *st)
{
	free(st->ld_headline);
	free(st->ld_author);
	free(st->ld_date);
	free(st->ld_publisher);
	free(st->ld_url);
	free(st->ld_desc);
	free(st->ld_site);
	free(st->title_tag);
	free(st->h1);
	free(st->h1_article);
	free(st->byline);
}

/* ------------------------------------------------------------------ */
/* JSON-LD                                                             */

/* Strip a schema.org prefix: "http://schema.org/NewsArticle" -> "NewsArticle". */
static const char *ld_type_name(const char *t)
{
	const char *slash = strrchr(t, '/');
	if (slash)
		t = slash + 1;
	if (strncasecmp(t, "schema:", 7) == 0)
		t += 7;
	return t;
}

/* 3: an article type; 1: a web page; 0: anything else. */
static int ld_type_score(const char *t)
{
	t = ld_type_name(t);
	size_t n = strlen(t);
	if ((n >= 7 && strcasecmp(t + n - 7, "Article") == 0) || (n >= 7 && strcasecmp(t + n - 7, "Posting") == 0) ||
	    strcasecmp(t, "ReportageNews") == 0 || strcasecmp(t, "Report") == 0)
		return 3;
	if (strcasecmp(t, "WebPage") == 0 || strcasecmp(t, "ItemPage") == 0)
		return 1;
	return 0;
}

static int ld_node_score(const jsonr_doc *d, const jsonr_node *obj, int *is_site)
{
	const jsonr_node *t = jsonr_get(d, obj, "@type");
	int best = 0;
	*is_site = 0;
	if (jsonr_typeof(t) == JSONR_STRING) {
		const char *s = jsonr_str(d, t, NULL);
		best = ld_type_score(s);
		*is_site = strcasecmp(ld_type_name(s), "WebSite") == 0;
	} else if (jsonr_typeof(t) == JSONR_ARRAY) {
		for (const jsonr_node *e = jsonr_first(d, t); e; e = jsonr_next(d, e)) {
			const char *s = jsonr_str(d, e, NULL);
			if (!s)
				continue;
			int sc = ld_type_score(s);
			if (sc > best)
				best = sc;
			if (strcasecmp(ld_type_name(s), "WebSite") == 0)
				*is_site = 1;
		}
	}
	return best;
}

/* An object that only says {"@id": X}: find the full object with that @id
 * elsewhere in the document (Yoast-style @graph references). */
static const jsonr_node *ld_resolve(const jsonr_doc *d, const jsonr_node *n)
{
	if (jsonr_typeof(n) != JSONR_OBJECT || jsonr_get(d, n, "name"))
		return n;
	const char *id = jsonr_str(d, jsonr_get(d, n, "@id"), NULL);
	if (!id)
		return n;
	for (size_t i = 0; i < d->n; i++) {
		const jsonr_node *o = &d->nodes[i];
		if (o == n || o->type != JSONR_OBJECT)
			continue;
		const char *oid = jsonr_str(d, jsonr_get(d, o, "@id"), NULL);
		if (oid && strcmp(oid, id) == 0 && jsonr_get(d, o, "name"))
			return o;
	}
	return n;
}

/* The name of a person/organisation value: a string, {"name": ...}, or an
 * @id reference. */
static const char *ld_name(const jsonr_doc *d, const jsonr_node *n)
{
	if (jsonr_typeof(n) == JSONR_STRING)
		return jsonr_str(d, n, NULL);
	n = ld_resolve(d, n);
	const jsonr_node *name = jsonr_get(d, n, "name");
	if (jsonr_typeof(name) == JSONR_ARRAY)
		name = jsonr_first(d, name);
	return jsonr_str(d, name, NULL);
}

static char *ld_authors(const jsonr_doc *d, const jsonr_node *a)
{
	buf b = BUF_INIT;
	buf_init(&b);
	if (jsonr_typeof(a) == JSONR_ARRAY) {
		for (const jsonr_node *e = jsonr_first(d, a); e; e = jsonr_next(d, e)) {
			const char *s = ld_name(d, e);
			if (s && *s) {
				if (b.len)
					buf_puts(&b, "; ");
				buf_puts(&b, s);
			}
		}
	} else {
		const char *s = ld_name(d, a);
		if (s)
			buf_puts(&b, s);
	}
	char *r = b.len ? xstrndup(b.data, b.len) : NULL;
	buf_free(&b);
	return r;
}

static void set_if_empty(char **dst, const char *s)
{
	if (!*dst && s && *s)
		*dst = clean_dupz(s);
}

/* Raw control characters inside strings and trailing commas are the usual
 * faults of hand-made JSON-LD; fix both (and HTML comment / CDATA wrappers). */
static void ld_sanitise(const char *s, size_t n, buf *out)
{
	int in_str = 0, esc = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (in_str) {
			if (esc)
				esc = 0;
			else if (c == '\\')
				esc = 1;
			else if (c == '"')
				in_str = 0;
			buf_putc(out, c < 0x20 ? ' ' : (char)c);
			continue;
		}
		if (c == '"') {
			in_str = 1;
		} else if (c == ',') {
			size_t j = i + 1;
			while (j < n && is_space((unsigned char)s[j]))
				j++;
			if (j < n && (s[j] == '}' || s[j] == ']'))
				continue;
		} else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
			/* a line comment (often "// <![CDATA[") */
			while (i + 1 < n && s[i + 1] != '\n')
				i++;
			continue;
		} else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
			const char *end = memmem(s + i + 2, n - i - 2, "*/", 2);
			i = end ? (size_t)(end - s) + 1 : n;
			continue;
		} else if (c == '<' || c == '-' || c == ']') {
			/* HTML comment and CDATA markers: never JSON outside strings */
			static const char *const marks[] = { "<![CDATA[", "<!--", "-->", "]]>" };
			size_t k, ml = 0;
			for (k = 0; k < sizeof(marks) / sizeof(*marks); k++) {
				ml = strlen(marks[k]);
				if (n - i >= ml && memcmp(s + i, marks[k], ml) == 0)
					break;
			}
			if (k < sizeof(marks) / sizeof(*marks)) {
				i += ml - 1;
				continue;
			}
		}
		buf_putc(out, (char)c);
	}
}

static int ld_parse(jsonr_doc *d, const char *s, size_t n)
{
	char err[128];
	while (n && is_space((unsigned char)*s))
		s++, n--;
	if (jsonr_parse(d, s, n, JSONR_LENIENT_UTF8 | JSONR_ALLOW_TRAILING, err, sizeof(err)) == 0)
		return 0;
	jsonr_free(d);
	buf b = BUF_INIT;
	buf_init(&b);
	ld_sanitise(s, n, &b);
	int r = jsonr_parse(d, b.data, b.len, JSONR_LENIENT_UTF8 | JSONR_ALLOW_TRAILING, err, sizeof(err));
	buf_free(&b);
	return r;
}

/* The script's JSON text (Gumbo keeps script content as one text child). */
static const char *script_text(GumboNode *n, size_t *len)
{
	GumboVector *ch = &n->v.element.children;
	if (ch->length == 0)
		return NULL;
	GumboNode *t = ch->data[0];
	if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_CDATA && t->type != GUMBO_NODE_WHITESPACE)
		return NULL;
	*len = strlen(t->v.text.text);
	return t->v.text.text;
}

static int is_ld_script(GumboNode *n)
{
	GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, "type");
	return a && strcasestr_n(a->value, strlen(a->value), "ld+json") != NULL;
}

static void ld_collect(meta_state *st, GumboNode *script)
{
	size_t len;
	const char *s = script_text(script, &len);
	if (!s)
		return;
	jsonr_doc d;
	if (ld_parse(&d, s, len) != 0) {
		jsonr_free(&d);
		return;
	}
	for (size_t i = 0; i < d.n; i++) {
		const jsonr_node *o = &d.nodes[i];
		if (o->type != JSONR_OBJECT)
			continue;
		int is_site;
		int sc = ld_node_score(&d, o, &is_site);
		if (is_site)
			set_if_empty(&st->ld_site, jsonr_str(&d, jsonr_get(&d, o, "name"), NULL));
		if (sc == 0 || sc <= st->ld_score)
			continue;
		/* a better (article-typed) object replaces a web page's fields */
		st->ld_score = sc;
		char **fields[] = { &st->ld_headline, &st->ld_author, &st->ld_date, &st->ld_publisher,
				    &st->ld_url, &st->ld_desc };
		for (size_t k = 0; k < sizeof(fields) / sizeof(*fields); k++) {
			free(*fields[k]);
			*fields[k] = NULL;
		}
		const char *h = jsonr_str(&d, jsonr_get(&d, o, "headline"), NULL);
		if (!h && sc == 3)
			h = jsonr_str(&d, jsonr_get(&d, o, "name"), NULL);
		set_if_empty(&st->ld_headline, h);
		st->ld_author = ld_authors(&d, jsonr_get(&d, o, "author"));
		if (!st->ld_author)
			st->ld_author = ld_authors(&d, jsonr_get(&d, o, "creator"));
		set_if_empty(&st->ld_date, jsonr_str(&d, jsonr_get(&d, o, "datePublished"), NULL));
		set_if_empty(&st->ld_date, jsonr_str(&d, jsonr_get(&d, o, "dateCreated"), NULL));
		set_if_empty(&st->ld_publisher, ld_name(&d, jsonr_get(&d, o, "publisher")));
		set_if_empty(&st->ld_url, jsonr_str(&d, jsonr_get(&d, o, "url"), NULL));
		const jsonr_node *mep = jsonr_get(&d, o, "mainEntityOfPage");
		set_if_empty(&st->ld_url, jsonr_typeof(mep) == JSONR_STRING ? jsonr_str(&d, mep, NULL)
									     : jsonr_str(&d, jsonr_get(&d, mep, "@id"), NULL));
		set_if_empty(&st->ld_desc, jsonr_str(&d, jsonr_get(&d, o, "description"), NULL));
	}
	jsonr_free(&d);
}

/* ------------------------------------------------------------------ */
/* the walk                                                            */

static void on_meta(meta_state *st, GumboElement *el)
{
	const char *key = NULL, *content = NULL, *equiv = NULL, *itemprop = NULL;
	for (unsigned i = 0; i < el->attributes.length; i++) {
		GumboAttribute *a = el->attributes.data[i];
		if (strcmp(a->name, "property") == 0 || (strcmp(a->name, "name") == 0 && !key))
			key = a->value;
		else if (strcmp(a->name, "content") == 0)
			content = a->value;
		else if (strcmp(a->name, "http-equiv") == 0)
			equiv = a->value;
		else if (strcmp(a->name, "itemprop") == 0)
			itemprop = a->value;
	}
	if (!content || !*content)
		return;
	if (equiv && strcasecmp(equiv, "content-language") == 0) {
		if (!st->content_lang)
			st->content_lang = content;
		return;
	}
	if (itemprop && strcasecmp(itemprop, "datePublished") == 0 && !st->time_pub)
		st->time_pub = content;
	if (!key)
		return;
#define TAKE(field) do { if (!st->field) st->field = content; } while (0)
	if (strncasecmp(key, "og:", 3) == 0) {
		const char *k = key + 3;
		if (strcasecmp(k, "title") == 0)
			TAKE(og_title);
		else if (strcasecmp(k, "site_name") == 0)
			TAKE(og_site);
		else if (strcasecmp(k, "url") == 0)
			TAKE(og_url);
		else if (strcasecmp(k, "description") == 0)
			TAKE(og_desc);
		else if (strcasecmp(k, "locale") == 0)
			TAKE(og_locale);
	} else if (strcasecmp(key, "article:published_time") == 0) {
		TAKE(og_date);
	} else if (strcasecmp(key, "article:author") == 0) {
		TAKE(og_author);
	} else if (strcasecmp(key, "twitter:title") == 0) {
		TAKE(tw_title);
	} else if (strcasecmp(key, "twitter:description") == 0) {
		TAKE(tw_desc);
	} else if (strcasecmp(key, "description") == 0) {
		TAKE(m_desc);
	} else if (strcasecmp(key, "application-name") == 0) {
		TAKE(m_app);
	} else {
		for (size_t i = 0; i < N_AUTHOR_NAMES; i++)
			if (strcasecmp(key, author_names[i]) == 0 && !st->m_author[i])
				st->m_author[i] = content;
		for (size_t i = 0; i < N_DATE_NAMES; i++)
			if (strcasecmp(key, date_names[i]) == 0 && !st->m_date[i])
				st->m_date[i] = content;
	}
#undef TAKE
}

/* Does a class attribute name a byline? Whole-word families: byline,
 * author (but not author-bio / avatar / image boxes). */
static int byline_class(const char *cls)
{
	size_t n = strlen(cls);
	if (!strcasestr_n(cls, n, "byline") && !strcasestr_n(cls, n, "author"))
		return 0;
	static const char *const not_names[] = { "avatar", "image", "img", "photo", "bio", "desc",
						 "about", "follow", "social", "title", "role", "job" };
	for (size_t i = 0; i < sizeof(not_names) / sizeof(*not_names); i++)
		if (strcasestr_n(cls, n, not_names[i]))
			return 0;
	return 1;
}

static int inside_article(GumboNode *n)
{
	for (GumboNode *p = n->parent; p; p = p->parent)
		if (p->type == GUMBO_NODE_ELEMENT &&
		    (p->v.element.tag == GUMBO_TAG_ARTICLE || p->v.element.tag == GUMBO_TAG_MAIN))
			return 1;
	return 0;
}

static void take_byline(meta_state *st, GumboNode *n, int rank)
{
	if (rank <= st->byline_rank)
		return;
	char *t = element_text(n, TEXT_CAP);
	if (t && strlen(t) <= BYLINE_MAX) {
		free(st->byline);
		st->byline = t;
		st->byline_rank = rank;
	} else {
		free(t);
	}
}

static void on_element(meta_state *st, GumboNode *n, int in_body)
{
	GumboElement *el = &n->v.element;
	if (el->tag_namespace != GUMBO_NAMESPACE_HTML)
		return;
	switch (el->tag) {
	case GUMBO_TAG_HTML: {
		GumboAttribute *a = gumbo_get_attribute(&el->attributes, "lang");
		if (!a)
			a = gumbo_get_attribute(&el->attributes, "xml:lang");
		if (a && *a->value && !st->html_lang)
			st->html_lang = a->value;
		return;
	}
	case GUMBO_TAG_META:
		on_meta(st, el);
		return;
	case GUMBO_TAG_LINK: {
		GumboAttribute *rel = gumbo_get_attribute(&el->attributes, "rel");
		GumboAttribute *href = gumbo_get_attribute(&el->attributes, "href");
		if (rel && href && *href->value && !st->canonical && strcasecmp(rel->value, "canonical") == 0)
			st->canonical = href->value;
		return;
	}
	case GUMBO_TAG_TITLE:
		if (!st->title_tag)
			st->title_tag = element_text(n, TEXT_CAP);
		return;
	case GUMBO_TAG_SCRIPT:
		if (is_ld_script(n))
			ld_collect(st, n);
		return;
	case GUMBO_TAG_H1:
		if (!st->h1_article && inside_article(n))
			st->h1_article = element_text(n, TEXT_CAP);
		if (!st->h1)
			st->h1 = element_text(n, TEXT_CAP);
		break;
	case GUMBO_TAG_TIME: {
		GumboAttribute *dt = gumbo_get_attribute(&el->attributes, "datetime");
		if (dt && *dt->value) {
			if (!st->time_any)
				st->time_any = dt->value;
			if (!st->time_pub && gumbo_get_attribute(&el->attributes, "pubdate"))
				st->time_pub = dt->value;
		}
		break;
	}
	default:
		break;
	}
	if (!in_body)
		return;
	/* microdata and byline evidence on any body element */
	const char *itemprop = NULL, *cls = NULL, *rel = NULL;
	for (unsigned i = 0; i < el->attributes.length; i++) {
		GumboAttribute *a = el->attributes.data[i];
		if (strcmp(a->name, "itemprop") == 0)
			itemprop = a->value;
		else if (strcmp(a->name, "class") == 0)
			cls = a->value;
		else if (strcmp(a->name, "rel") == 0)
			rel = a->value;
	}
	if (itemprop) {
		if (strcasecmp(itemprop, "datePublished") == 0 && !st->time_pub) {
			GumboAttribute *a = gumbo_get_attribute(&el->attributes, "datetime");
			if (!a)
				a = gumbo_get_attribute(&el->attributes, "content");
			if (a && *a->value)
				st->time_pub = a->value;
		} else if (strcasecmp(itemprop, "author") == 0 || strcasecmp(itemprop, "creator") == 0) {
			take_byline(st, n, BYL_ITEMPROP);
		}
	}
	if (rel && el->tag == GUMBO_TAG_A && strcasecmp(rel, "author") == 0)
		take_byline(st, n, BYL_REL);
	if (cls && st->byline_rank < BYL_CLASS && byline_class(cls))
		take_byline(st, n, BYL_CLASS);
}

/* A text node starting "By " in a short element is a byline of last resort. */
static void on_text(meta_state *st, GumboNode *n)
{
	if (st->byline_rank >= BYL_BYTEXT)
		return;
	const char *t = n->v.text.text;
	while (is_space((unsigned char)*t))
		t++;
	if (!(has_prefix_ci(t, "by ") || strcasecmp(t, "by") == 0 || has_prefix_ci(t, "by:")) || strlen(t) > BYLINE_MAX)
		return;
	if (!n->parent || n->parent->type != GUMBO_NODE_ELEMENT)
		return;
	GumboTag pt = n->parent->v.element.tag;
	if (pt == GUMBO_TAG_SCRIPT || pt == GUMBO_TAG_STYLE || pt == GUMBO_TAG_TITLE || pt == GUMBO_TAG_OPTION)
		return;
	take_byline(st, n->parent, BYL_BYTEXT);
}

static void walk(meta_state *st, GumboNode *root)
{
	size_t cap = 256, sp = 0;
	/* each entry: node, and whether it is inside <body> (low bit) */
	struct ent {
		GumboNode *n;
		int in_body;
	} *stack = xmalloc(cap * sizeof(*stack));
	stack[sp++] = (struct ent){ root, 0 };
	while (sp > 0) {
		struct ent e = stack[--sp];
		GumboNode *n = e.n;
		GumboVector *ch;
		if (n->type == GUMBO_NODE_DOCUMENT) {
			ch = &n->v.document.children;
		} else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
			on_element(st, n, e.in_body);
			GumboTag t = n->v.element.tag;
			if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TITLE ||
			    t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH)
				continue;
			if (t == GUMBO_TAG_BODY)
				e.in_body = 1;
			ch = &n->v.element.children;
		} else {
			if (n->type == GUMBO_NODE_TEXT && e.in_body)
				on_text(st, n);
			continue;
		}
		if (sp + ch->length > cap) {
			cap = (sp + ch->length) * 2;
			stack = xrealloc(stack, cap * sizeof(*stack));
		}
		for (size_t i = ch->length; i-- > 0;)
			stack[sp++] = (struct ent){ ch->data[i], e.in_body };
	}
	free(stack);
}

/* ------------------------------------------------------------------ */
/* dates                                                               */

static int parse_num(const char *s, int digits, int *out)
{
	int v = 0;
	for (int i = 0; i < digits; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

static int valid_ymd(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

static int month_from_word(const char *w, size_t n)
{
	static const char *const months[][3] = {
		{ "january", "janvier", "januar" }, { "february", "fevrier", "februar" },
		{ "march", "mars", "marz" }, { "april", "avril", "abril" }, { "may", "mai", "mayo" },
		{ "june", "juin", "juni" }, { "july", "juillet", "juli" }, { "august", "aout", "agosto" },
		{ "september", "septembre", "sept" }, { "october", "octobre", "oktober" },
		{ "november", "novembre", "noviembre" }, { "december", "decembre", "dezember" },
	};
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++)
		for (int k = 0; k < 3; k++) {
			size_t ml = strlen(months[m][k]);
			/* a full name, or an abbreviation of at least 3 letters */
			if (n <= ml && strncasecmp(w, months[m][k], n) == 0 && (n == ml || n >= 3))
				return m + 1;
		}
	return 0;
}

/* Zone after a time: Z, +HH:MM, +HHMM, +HH, GMT, UTC. Writes "+HH:MM" or
 * "Z" into z; returns the bytes consumed (0 if none). */
static size_t parse_zone(const char *s, char z[8])
{
	const char *p = s;
	while (*p == ' ')
		p++;
	if (*p == 'Z' && !isalpha((unsigned char)p[1])) {
		strcpy(z, "Z");
		return (size_t)(p + 1 - s);
	}
	if (strncmp(p, "GMT", 3) == 0 || strncmp(p, "UTC", 3) == 0) {
		p += 3;
		if (*p != '+' && *p != '-') {
			strcpy(z, "+00:00");
			return (size_t)(p - s);
		}
	}
	if (*p == '+' || *p == '-') {
		int hh, mm = 0;
		char sign = *p++;
		if (!parse_num(p, 2, &hh))
			return 0;
		p += 2;
		if (*p == ':')
			p++;
		if (parse_num(p, 2, &mm))
			p += 2;
		if (hh < 0 || hh > 14 || mm < 0 || mm > 59)
			return 0;
		z[0] = sign;
		z[1] = (char)('0' + hh / 10);
		z[2] = (char)('0' + hh % 10);
		z[3] = ':';
		z[4] = (char)('0' + mm / 10);
		z[5] = (char)('0' + mm % 10);
		z[6] = 0;
		return (size_t)(p - s);
	}
	return 0;
}

/* HH:MM[:SS][.fff] at s; returns bytes consumed or 0. */
static size_t parse_time(const char *s, int *h, int *mi, int *se)
{
	const char *p = s;
	if (!parse_num(p, 2, h)) {
		if (!parse_num(p, 1, h) || p[1] != ':')
			return 0;
		p += 1;
	} else {
		p += 2;
	}
	if (*p != ':' || !parse_num(p + 1, 2, mi))
		return 0;
	p += 3;
	*se = 0;
	if (*p == ':' && parse_num(p + 1, 2, se))
		p += 3;
	if (*p == '.' || *p == ',')
		for (p++; isdigit((unsigned char)*p); p++)
			;
	if (*h > 23 || *mi > 59 || *se > 60)
		return 0;
	return (size_t)(p - s);
}

static void format_date(char out[40], int y, int m, int d, int has_time, int h, int mi, int se, const char *zone)
{
	if (has_time)
		snprintf(out, 40, "%04d-%02d-%02dT%02d:%02d:%02d%s", y, m, d, h, mi, se, zone);
	else
		snprintf(out, 40, "%04d-%02d-%02d", y, m, d);
}

/* Normalise a date to ISO 8601. Accepts ISO forms (with T or space, zone as
 * given), YYYY/MM/DD, YYYYMMDD, and free text with a month name ("June 14,
 * 2021", "14 June 2021", RFC 2822 "Mon, 14 Jun 2021 10:00:00 +0000").
 * Returns 1 on success. */
static int norm_date(const char *s, char out[40])
{
	if (!s)
		return 0;
	while (is_space((unsigned char)*s))
		s++;
	int y, m, d, h = 0, mi = 0, se = 0;
	char zone[8] = "";
	/* ISO-like: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD */
	if (parse_num(s, 4, &y)) {
		const char *p = s + 4;
		char sep = *p;
		if ((sep == '-' || sep == '/' || sep == '.') && parse_num(p + 1, 2, &m) && p[3] == sep &&
		    parse_num(p + 4, 2, &d)) {
			p += 6;
		} else if (parse_num(p, 2, &m) && parse_num(p + 2, 2, &d) && !isdigit((unsigned char)p[4])) {
			p += 4;
		} else {
			goto freeform;
		}
		if (!valid_ymd(y, m, d))
			return 0;
		int has_time = 0;
		if ((*p == 'T' || *p == ' ') && isdigit((unsigned char)p[1])) {
			size_t k = parse_time(p + 1, &h, &mi, &se);
			if (k) {
				has_time = 1;
				p += 1 + k;
				parse_zone(p, zone);
			}
		}
		format_date(out, y, m, d, has_time, h, mi, se, zone);
		return 1;
	}
freeform:;
	/* tokens: numbers, words, a time */
	y = m = d = 0;
	int has_time = 0;
	const char *p = s;
	for (int guard = 0; *p && guard < 40; guard++) {
		if (isdigit((unsigned char)*p)) {
			size_t k = parse_time(p, &h, &mi, &se);
			if (k && !has_time && y) {
				/* a time after the date; a zone may follow */
				has_time = 1;
				p += k;
				p += parse_zone(p, zone);
				continue;
			}
			if (k && !has_time) {
				has_time = 1;
				p += k;
				p += parse_zone(p, zone);
				continue;
			}
			int v = 0;
			size_t nd = 0;
			while (isdigit((unsigned char)p[nd]) && nd < 6)
				v = v * 10 + (p[nd++] - '0');
			if (nd == 4 && !y)
				y = v;
			else if (nd <= 2 && !d && v >= 1 && v <= 31)
				d = v;
			else if (nd <= 2 && d && !y && v <= 31)
				return 0;   /* 14/06/21: ambiguous, refuse */
			p += nd;
			/* ordinal suffix: 14th, 1st, 2nd, 3rd */
			if (isalpha((unsigned char)p[0]) && isalpha((unsigned char)p[1]) && !isalpha((unsigned char)p[2]))
				p += 2;
			if (*p == '/' || *p == '-')
				return 0;   /* numeric D/M/Y forms are ambiguous */
			continue;
		}
		if (isalpha((unsigned char)*p)) {
			size_t wl = 0;
			while (isalpha((unsigned char)p[wl]))
				wl++;
			int mm = month_from_word(p, wl);
			if (mm && !m)
				m = mm;
			p += wl;
			continue;
		}
		p++;
	}
	if (!y || !m || !d || !valid_ymd(y, m, d))
		return 0;
	/* a time without a zone is kept only in full ISO forms */
	format_date(out, y, m, d, has_time && zone[0], h, mi, se, zone);
	return 1;
}

/* /2021/06/14/ or 2021-06-14 inside a URL's path. */
static int url_date(const char *url, char out[40])
{
	if (!url)
		return 0;
	const char *p = strstr(url, "://");
	p = p ? strchr(p + 3, '/') : url;
	if (!p)
		return 0;
	for (; *p; p++) {
		int y, m, d;
		if (!parse_num(p, 4, &y) || (p > url && isdigit((unsigned char)p[-1])))
			continue;
		char sep = p[4];
		if ((sep == '/' || sep == '-' || sep == '_') && parse_num(p + 5, 2, &m) && p[7] == sep &&
		    parse_num(p + 8, 2, &d) && !isdigit((unsigned char)p[10]) && valid_ymd(y, m, d) && y >= 1995) {
			format_date(out, y, m, d, 0, 0, 0, 0, "");
			return 1;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* authors                                                             */

static int looks_like_handle_or_url(const char *s, size_t n)
{
	return strcasestr_n(s, n, "://") || has_prefix_ci(s, "www.") || memchr(s, '@', n) ||
	       memchr(s, '/', n);
}

static void add_author(buf *out, const char *s, size_t n)
{
	while (n && (is_space((unsigned char)*s) || *s == '-' || *s == ':' || *s == '|'))
		s++, n--;
	while (n && (is_space((unsigned char)s[n - 1]) || s[n - 1] == '.' || s[n - 1] == '-' || s[n - 1] == ':'))
		n--;
	static const char *const lead[] = { "written by ", "posted by ", "reported by ", "by ", "by:", "von ",
					    "par ", "por ", "door ", "di " };
	for (int again = 1; again;) {
		again = 0;
		for (size_t i = 0; i < sizeof(lead) / sizeof(*lead); i++) {
			size_t ll = strlen(lead[i]);
			if (n > ll && strncasecmp(s, lead[i], ll) == 0) {
				s += ll;
				n -= ll;
				while (n && is_space((unsigned char)*s))
					s++, n--;
				again = 1;
			}
		}
	}
	/* a byline often runs on into its date: cut at the first word with a
	 * digit, a full month name, or "on"/"updated"/"published" */
	for (size_t i = 0; i < n;) {
		size_t e = i;
		while (e < n && s[e] != ' ')
			e++;
		int cut = 0;
		for (size_t k = i; k < e; k++)
			cut |= isdigit((unsigned char)s[k]) != 0;
		static const char *const stop[] = { "on", "updated", "published", "posted", "am", "at",
						    "january", "february", "march", "april", "june", "july",
						    "august", "september", "october", "november", "december",
						    "may" };
		/* a month name opening the part is a date only when a number
		 * follows ("June 3, 2020"; "June Carter" is a name) */
		int digit_next = 0;
		if (e < n)
			for (size_t k = e + 1; k < n && s[k] != ' '; k++)
				digit_next |= isdigit((unsigned char)s[k]) != 0;
		for (size_t k = 0; k < sizeof(stop) / sizeof(*stop); k++)
			if (e - i == strlen(stop[k]) && strncasecmp(s + i, stop[k], e - i) == 0 &&
			    (k >= 6 ? digit_next : i > 0))
				cut = 1;
		if (cut) {
			n = i;
			while (n && (is_space((unsigned char)s[n - 1]) || s[n - 1] == '-' || s[n - 1] == '.'))
				n--;
			break;
		}
		i = e + 1;
	}
	if (n < 2 || n > 60 || looks_like_handle_or_url(s, n))
		return;
	size_t words = 1, lower_words = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ') {
			words++;
			if (i + 1 < n && islower((unsigned char)s[i + 1]))
				lower_words++;
		}
	}
	if (words > 5 || lower_words > 2)
		return;
	/* "Staff Writer", "Senior Correspondent": a role, not a name */
	static const char *const roles[] = { "writer", "reporter", "correspondent", "editor", "contributor",
					     "columnist", "staff", "producer", "journalist", "desk", "team",
					     "photographer", "author", "editors" };
	const char *lw = s + n;
	while (lw > s && lw[-1] != ' ')
		lw--;
	for (size_t i = 0; i < sizeof(roles) / sizeof(*roles); i++)
		if ((size_t)(s + n - lw) == strlen(roles[i]) && strncasecmp(lw, roles[i], strlen(roles[i])) == 0)
			return;
	/* skip duplicates */
	for (const char *p = out->data; out->len && p && *p;) {
		const char *e = strstr(p, "; ");
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == n && strncasecmp(p, s, n) == 0)
			return;
		p = e ? e + 2 : NULL;
	}
	if (out->len)
		buf_puts(out, "; ");
	buf_append(out, s, n);
}

/* Clean an author string: strip "By", split "A and B", "A, B", "A & B",
 * "A; B", drop URLs, handles, dates; join as "A; B". NULL if nothing left. */
static char *clean_author(const char *raw)
{
	if (!raw)
		return NULL;
	char *c = clean_dupz(raw);
	if (!c)
		return NULL;
	buf out = BUF_INIT;
	buf_init(&out);
	const char *p = c;
	size_t n = strlen(c);
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		size_t skip = 0;
		if (i == n || p[i] == ';' || p[i] == ',' || p[i] == '|' || p[i] == '\n' || p[i] == '/')
			skip = 1;
		else if (p[i] == ' ' && (has_prefix_ci(p + i, " and ") || has_prefix_ci(p + i, " und ") ||
					  has_prefix_ci(p + i, " et ") || has_prefix_ci(p + i, " y ")))
			skip = strchr(p + i + 1, ' ') - (p + i) + 1;
		else if (p[i] == ' ' && strncmp(p + i, " & ", 3) == 0)
			skip = 3;
		if (!skip)
			continue;
		/* a URL keeps its slashes: do not split inside one */
		if (i < n && p[i] == '/' && strcasestr_n(p + start, i - start, "http"))
			continue;
		add_author(&out, p + start, i - start);
		start = i + skip;
		i = start - 1;
	}
	free(c);
	if (!out.len) {
		buf_free(&out);
		return NULL;
	}
	return buf_detach(&out, NULL);
}

/* ------------------------------------------------------------------ */
/* titles and URLs                                                     */

static const char *const title_seps[] = { " | ", " - ", " — ", " – ", " · ", " :: ", " » ", " « ", " // " };

static int same_name(const char *a, size_t an, const char *b)
{
	size_t bn = strlen(b);
	while (an && is_space((unsigned char)a[an - 1]))
		an--;
	if (an == bn && strncasecmp(a, b, an) == 0)
		return 1;
	/* "Example" vs "Example.com", "The Example" vs "Example" */
	if (an >= 3 && bn >= 3) {
		if (an < bn && strncasecmp(a, b, an) == 0 && (b[an] == '.' || b[an] == ' '))
			return 1;
		if (bn < an && strncasecmp(a, b, bn) == 0 && (a[bn] == '.' || a[bn] == ' '))
			return 1;
		if (an > 4 && strncasecmp(a, "The ", 4) == 0 && an - 4 == bn && strncasecmp(a + 4, b, bn) == 0)
			return 1;
		if (bn > 4 && strncasecmp(b, "The ", 4) == 0 && bn - 4 == an && strncasecmp(b + 4, a, an) == 0)
			return 1;
	}
	return 0;
}

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		if (is_space((unsigned char)s[i]))
			in = 0;
		else if (!in)
			in = 1, w++;
	}
	return w;
}

/* Does a trailing title segment look like a site name: short, and every
 * word capitalised or not a word at all ("BBC News", "example.com")? */
static int looks_like_site(const char *s, size_t n)
{
	size_t words = count_words(s, n);
	if (words == 0 || words > 4 || n > 40)
		return 0;
	if (memchr(s, '.', n))
		return 1;   /* a domain name */
	static const char *const small[] = { "of ", "the ", "and ", "de ", "la ", "le ", "on " };
	for (size_t i = 0; i < n; i++) {
		if ((i > 0 && s[i - 1] != ' ') || !islower((unsigned char)s[i]))
			continue;
		size_t k;
		for (k = 0; k < sizeof(small) / sizeof(*small); k++)
			if (strncmp(s + i, small[k], strlen(small[k])) == 0)
				break;
		if (k == sizeof(small) / sizeof(*small))
			return 0;
	}
	return 1;
}

/* Strip a site-name suffix or prefix from title (in place). stripped gets
 * the removed part when it was removed for its shape alone. */
static void strip_site(char *title, const char *site, char **stripped)
{
	size_t tn = strlen(title);
	/* suffix: the last separator */
	for (int pass = 0; pass < 2; pass++) {
		const char *best = NULL;
		size_t bl = 0;
		for (size_t i = 0; i < sizeof(title_seps) / sizeof(*title_seps); i++) {
			const char *sep = title_seps[i], *p = title, *last = NULL;
			while ((p = strstr(p, sep)) != NULL)
				last = p++;
			if (last && (!best || last > best)) {
				best = last;
				bl = strlen(sep);
			}
		}
		if (!best)
			break;
		const char *tail = best + bl;
		size_t tail_n = tn - (size_t)(tail - title);
		size_t head_n = (size_t)(best - title);
		if (head_n == 0)
			break;
		int matches = site && same_name(tail, tail_n, site);
		/* without a known site name any separator may end in one; with one,
		 * only " | " (a section or a variant of the name) */
		int shaped = pass == 0 && (!site || strncmp(best, " | ", 3) == 0) &&
			     count_words(title, head_n) >= 3 && looks_like_site(tail, tail_n) &&
			     (bl != 3 || best[1] != '-' || count_words(tail, tail_n) <= 3);
		if (!matches && !shaped)
			break;
		if (shaped && stripped && !*stripped)
			*stripped = xstrndup(tail, tail_n);
		title[head_n] = 0;
		tn = head_n;
		/* "Headline | Section | Site": one more pass strips only a site match */
		if (!matches)
			break;
	}
	/* prefix: "Site: Headline", "Site | Headline" */
	if (site) {
		static const char *const pre[] = { ": ", " | ", " - ", " — ", " – " };
		size_t sl = strlen(site);
		for (size_t i = 0; i < sizeof(pre) / sizeof(*pre); i++) {
			size_t pl = strlen(pre[i]);
			if (tn > sl + pl + 1 && strncasecmp(title, site, sl) == 0 && strncmp(title + sl, pre[i], pl) == 0) {
				memmove(title, title + sl + pl, tn - sl - pl + 1);
				break;
			}
		}
	}
}

/* Resolve a possibly relative URL against base. NULL if it cannot be. */
static char *resolve_url(const char *href, const char *base)
{
	if (!href)
		return NULL;
	while (is_space((unsigned char)*href))
		href++;
	if (!*href)
		return NULL;
	/* absolute: scheme ":" before any / ? # */
	for (const char *p = href; *p && *p != '/' && *p != '?' && *p != '#'; p++)
		if (*p == ':')
			return (p > href && (has_prefix_ci(href, "http") || has_prefix_ci(href, "https"))) ? xstrdup(href)
													  : NULL;
	if (!base)
		return NULL;
	const char *sch = strstr(base, "://");
	if (!sch)
		return NULL;
	const char *host = sch + 3;
	const char *path = host;
	while (*path && *path != '/' && *path != '?' && *path != '#')
		path++;
	buf b = BUF_INIT;
	buf_init(&b);
	if (href[0] == '/' && href[1] == '/') {
		buf_append(&b, base, (size_t)(sch - base) + 1);
		buf_puts(&b, href);
	} else if (href[0] == '/') {
		buf_append(&b, base, (size_t)(path - base));
		buf_puts(&b, href);
	} else {
		/* relative path: base directory + href, then fold ./ and ../ */
		const char *end = path;
		while (*end && *end != '?' && *end != '#')
			end++;
		const char *dir = end;
		while (dir > path && dir[-1] != '/')
			dir--;
		buf_append(&b, base, (size_t)(path - base));
		size_t root = b.len;
		if (dir == path)
			buf_putc(&b, '/');
		else
			buf_append(&b, path, (size_t)(dir - path));
		const char *h = href;
		while (*h) {
			if (strncmp(h, "./", 2) == 0) {
				h += 2;
			} else if (strncmp(h, "../", 3) == 0 || strcmp(h, "..") == 0) {
				h += h[2] ? 3 : 2;
				if (b.len > root + 1) {
					b.len--;   /* the trailing slash */
					while (b.len > root && b.data[b.len - 1] != '/')
						b.len--;
					b.data[b.len] = 0;
				}
			} else {
				break;
			}
		}
		buf_puts(&b, h);
	}
	return buf_detach(&b, NULL);
}

/* ------------------------------------------------------------------ */
/* decisions                                                           */

static char *first_clean(const char *const *cands, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *s = clean_dupz(cands[i]);
		if (s)
			return s;
	}
	return NULL;
}

void meta_extract(GumboNode *root, const char *url, clean_doc *doc, char lang_hint[16])
{
	meta_state st;
	memset(&st, 0, sizeof(st));
	lang_hint[0] = 0;
	if (root)
		walk(&st, root);

	/* site name */
	const char *site_c[] = { st.ld_publisher, st.og_site, st.m_app, st.ld_site };
	doc->sitename = first_clean(site_c, 4);

	/* title: structured sources, then the article's <h1>, then another
	 * <h1> only if it is most of <title> (else it is likely the site logo) */
	const char *h1 = st.h1_article;
	if (!h1 && st.h1) {
		if (!st.title_tag) {
			h1 = st.h1;
		} else {
			char *t = xstrdup(st.title_tag);
			strip_site(t, doc->sitename, NULL);
			size_t hl = strlen(st.h1), tl = strlen(t);
			if (strcasecmp(t, st.h1) == 0 || (strstr(t, st.h1) && hl * 2 >= tl))
				h1 = st.h1;
			free(t);
		}
	}
	const char *title_c[] = { st.ld_headline, st.og_title, st.tw_title, h1, st.title_tag };
	doc->title = first_clean(title_c, 5);
	if (doc->title) {
		char *stripped = NULL;
		strip_site(doc->title, doc->sitename, doc->sitename ? NULL : &stripped);
		if (!doc->sitename && stripped)
			doc->sitename = stripped;
		else
			free(stripped);
		if (!doc->title[0]) {
			free(doc->title);
			doc->title = NULL;
		}
	}

	/* author: the first source that survives cleaning */
	const char *auth_c[3 + N_AUTHOR_NAMES];
	size_t na = 0;
	auth_c[na++] = st.ld_author;
	auth_c[na++] = st.og_author;
	for (size_t i = 0; i < N_AUTHOR_NAMES; i++)
		auth_c[na++] = st.m_author[i];
	auth_c[na++] = st.byline;
	for (size_t i = 0; i < na && !doc->author; i++)
		doc->author = clean_author(auth_c[i]);

	/* date */
	char date[40];
	const char *date_c[4 + N_DATE_NAMES];
	size_t nd = 0;
	date_c[nd++] = st.ld_date;
	date_c[nd++] = st.og_date;
	for (size_t i = 0; i < N_DATE_NAMES; i++)
		date_c[nd++] = st.m_date[i];
	date_c[nd++] = st.time_pub;
	date_c[nd++] = st.time_any;
	for (size_t i = 0; i < nd && !doc->date; i++)
		if (norm_date(date_c[i], date))
			doc->date = xstrdup(date);

	/* canonical URL, resolved against the page's */
	const char *url_c[] = { st.canonical, st.og_url, st.ld_url };
	for (size_t i = 0; i < 3 && !doc->url; i++)
		doc->url = resolve_url(url_c[i], url);
	if (!doc->url && url && *url)
		doc->url = xstrdup(url);
	if (!doc->date && (url_date(doc->url, date) || url_date(url, date)))
		doc->date = xstrdup(date);

	const char *desc_c[] = { st.og_desc, st.m_desc, st.tw_desc, st.ld_desc };
	doc->description = first_clean(desc_c, 4);

	const char *lang = st.html_lang && *st.html_lang ? st.html_lang
			   : st.content_lang                ? st.content_lang
							    : st.og_locale;
	if (lang) {
		size_t i = 0;
		while (is_space((unsigned char)*lang))
			lang++;
		for (; lang[i] && i < 15 && !is_space((unsigned char)lang[i]) && lang[i] != ','; i++)
			lang_hint[i] = lang[i];
		lang_hint[i] = 0;
	}
	state_free(&st);
}

/* ------------------------------------------------------------------ */

char *meta_jsonld_article_body(GumboNode *root)
{
	if (!root)
		return NULL;
	size_t cap = 256, sp = 0;
	GumboNode **stack = xmalloc(cap * sizeof(*stack));
	char *body = NULL;
	stack[sp++] = root;
	while (sp > 0 && !body) {
		GumboNode *n = stack[--sp];
		GumboVector *ch;
		if (n->type == GUMBO_NODE_DOCUMENT) {
			ch = &n->v.document.children;
		} else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
			GumboTag t = n->v.element.tag;
			if (t == GUMBO_TAG_SCRIPT) {
				size_t len;
				const char *s;
				jsonr_doc d;
				if (!is_ld_script(n) || !(s = script_text(n, &len)))
					continue;
				if (ld_parse(&d, s, len) == 0) {
					for (size_t i = 0; i < d.n && !body; i++) {
						const jsonr_node *o = &d.nodes[i];
						int is_site;
						if (o->type != JSONR_OBJECT || ld_node_score(&d, o, &is_site) < 3)
							continue;
						size_t bl;
						const char *b = jsonr_str(&d, jsonr_get(&d, o, "articleBody"), &bl);
						if (b && bl > 0) {
							buf out = BUF_INIT;
							buf_init(&out);
							utf8_repair(&out, b, bl);
							body = buf_detach(&out, NULL);
						}
					}
				}
				jsonr_free(&d);
				continue;
			}
			if (t == GUMBO_TAG_STYLE || t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH)
				continue;
			ch = &n->v.element.children;
		} else {
			continue;
		}
		if (sp + ch->length > cap) {
			cap = (sp + ch->length) * 2;
			stack = xrealloc(stack, cap * sizeof(*stack));
		}
		for (size_t i = ch->length; i-- > 0;)
			stack[sp++] = ch->data[i];
	}
	free(stack);
	return body;
}
