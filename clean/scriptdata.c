/*
 * scriptdata.c: the article of a page that ships it as script data.
 *
 * Single-page applications often send an empty shell ("enable JavaScript")
 * and the story as data the script renders: a framework's state blob
 * (window.__INITIAL_STATE__ = {...}, <script type=application/json>) holding
 * either one HTML string ("bodyHtml": "<p>...</p><p>...</p>") or an array of
 * blocks ([{"type":"paragraph","text":"..."}, ...]). Only consulted when the
 * tree walk found little text (see clean.c), so ordinary pages pay nothing.
 *
 * Every <script> except JSON-LD (meta.c reads that) and external ones is
 * tried: its JSON value (the whole text for JSON types, else the first
 * object or array after an '=') goes through common/jsonr.h, and two kinds
 * of candidate are weighed by the prose they carry:
 *   - a string of HTML with at least two paragraph or line-break tags;
 *   - an array whose elements carry sentences: the strings of three or more
 *     words under each element, in order, make its paragraphs (subheadings
 *     included, one-word type tags and URLs left out).
 * The candidate with the most prose wins when it has enough of it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clean/internal.h"
#include "common/jsonr.h"

#define SCRIPT_MAX (8u << 20)   /* larger script texts are not parsed */
#define MIN_PROSE 400           /* bytes of prose a candidate needs */

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static size_t count_tags(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i + 3 < n; i++)
		if (s[i] == '<' && ((tolower((unsigned char)s[i + 1]) == 'p' &&
				     (s[i + 2] == '>' || s[i + 2] == ' ')) ||
				    (tolower((unsigned char)s[i + 1]) == 'b' && tolower((unsigned char)s[i + 2]) == 'r')))
			k++;
	return k;
}

/* A string that reads as text: three or more words, no markup, not a URL. */
static int texty(const char *s, size_t n)
{
	if (n < 12 || memchr(s, '<', n) || strstr(s, "://"))
		return 0;
	size_t words = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = is_space((unsigned char)s[i]);
		if (!sp && !in)
			words++;
		in = !sp;
	}
	return words >= 3;
}

/* A sentence: long enough and ending like one. */
static int sentence(const char *s, size_t n)
{
	while (n && is_space((unsigned char)s[n - 1]))
		n--;
	if (n < 60)
		return 0;
	unsigned char c = (unsigned char)s[n - 1];
	return c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c >= 0x80;
}

/* Append the texty strings under node i (document order) to out as
 * paragraphs; returns the bytes of sentence-like prose among them. */
static size_t gather(const jsonr_doc *d, const jsonr_node *n, buf *out)
{
	size_t prose = 0, sp = 0, cap = 64;
	const jsonr_node **stack = xmalloc(cap * sizeof(*stack));
	stack[sp++] = n;
	while (sp) {
		const jsonr_node *x = stack[--sp];
		if (x->type == JSONR_STRING) {
			size_t len;
			const char *s = jsonr_str(d, x, &len);
			if (!texty(s, len))
				continue;
			if (out) {
				if (out->len)
					buf_puts(out, "\n\n");
				buf_append(out, s, len);
			}
			if (sentence(s, len))
				prose += len;
			continue;
		}
		if (x->type != JSONR_ARRAY && x->type != JSONR_OBJECT)
			continue;
		/* children pushed in reverse so they pop in document order */
		size_t base = sp;
		for (const jsonr_node *c = jsonr_first(d, x); c; c = jsonr_next(d, c)) {
			if (sp == cap)
				stack = xrealloc(stack, (cap *= 2) * sizeof(*stack));
			stack[sp++] = c;
		}
		for (size_t a = base, z = sp; a + 1 < z; a++, z--) {
			const jsonr_node *t = stack[a];
			stack[a] = stack[z - 1];
			stack[z - 1] = t;
		}
	}
	free(stack);
	return prose;
}

typedef struct best {
	size_t score;
	int is_html;
	buf text;
} best;

static void consider_json(const char *s, size_t n, best *b)
{
	jsonr_doc d;
	char err[128];
	if (jsonr_parse(&d, s, n, JSONR_LENIENT_UTF8 | JSONR_ALLOW_TRAILING, err, sizeof(err)) != 0) {
		jsonr_free(&d);
		return;
	}
	for (size_t i = 0; i < d.n; i++) {
		const jsonr_node *x = &d.nodes[i];
		if (x->type == JSONR_STRING && x->str_len >= MIN_PROSE) {
			size_t len;
			const char *str = jsonr_str(&d, x, &len);
			if (count_tags(str, len) >= 2 && len * 4 / 5 > b->score) {
				b->score = len * 4 / 5;   /* markup is about a fifth */
				b->is_html = 1;
				buf_reset(&b->text);
				buf_append(&b->text, str, len);
			}
		} else if (x->type == JSONR_ARRAY && x->count >= 2) {
			size_t prose = gather(&d, x, NULL);
			if (prose >= MIN_PROSE && prose > b->score) {
				b->score = prose;
				b->is_html = 0;
				buf_reset(&b->text);
				gather(&d, x, &b->text);
			}
		}
	}
	jsonr_free(&d);
}

static void consider_script(GumboNode *script, best *b)
{
	GumboAttribute *type = gumbo_get_attribute(&script->v.element.attributes, "type");
	if (type && strcasestr(type->value, "ld+json"))
		return;
	GumboVector *ch = &script->v.element.children;
	if (ch->length != 1 || ((GumboNode *)ch->data[0])->type != GUMBO_NODE_TEXT)
		return;
	const char *s = ((GumboNode *)ch->data[0])->v.text.text;
	size_t n = strlen(s);
	if (n < MIN_PROSE || n > SCRIPT_MAX)
		return;
	if (type && strcasestr(type->value, "json")) {
		consider_json(s, n, b);
		return;
	}
	/* JavaScript: the value assigned, "X = {...}" or "X = [...]" */
	for (const char *p = s; (p = memchr(p, '=', (size_t)(s + n - p))); p++) {
		const char *v = p + 1;
		while (v < s + n && is_space((unsigned char)*v))
			v++;
		if (v < s + n && (*v == '{' || *v == '[')) {
			consider_json(v, (size_t)(s + n - v), b);
			return;
		}
	}
}

int scriptdata_article(GumboNode *root, buf *out, int *is_html, int *has_noscript)
{
	*has_noscript = 0;
	best b = { 0, 0, BUF_INIT };
	buf_init(&b.text);
	/* iterative walk for <script> elements */
	size_t cap = 256, sp = 0;
	GumboNode **stack = xmalloc(cap * sizeof(*stack));
	stack[sp++] = root;
	while (sp) {
		GumboNode *g = stack[--sp];
		if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE)
			continue;
		if (g->v.element.tag == GUMBO_TAG_SCRIPT) {
			consider_script(g, &b);
			continue;
		}
		if (g->v.element.tag == GUMBO_TAG_NOSCRIPT)
			*has_noscript = 1;
		GumboVector *kids = &g->v.element.children;
		for (unsigned i = kids->length; i-- > 0;) {
			if (sp == cap)
				stack = xrealloc(stack, (cap *= 2) * sizeof(*stack));
			stack[sp++] = kids->data[i];
		}
	}
	free(stack);
	if (!b.score) {
		buf_free(&b.text);
		return 0;
	}
	buf_reset(out);
	buf_append(out, b.text.data, b.text.len);
	*is_html = b.is_html;
	buf_free(&b.text);
	return 1;
}
