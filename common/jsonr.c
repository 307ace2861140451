/*
 * jsonr: a recursive-descent JSON reader into a flat node array.
 *
 * Design: nodes are appended in document order to one growable array and
 * linked by index (parent, first child, next sibling), so there are no
 * per-node allocations and no pointers to fix up when the array grows.
 * Decoded strings and keys go into one pool buffer and nodes keep offsets
 * into it for the same reason. Recursion depth is bounded by
 * JSONR_MAX_DEPTH, so hostile input ("[[[[...") cannot exhaust the stack,
 * and every byte access goes through the cursor's bounds (p < end), so the
 * input need not be NUL-terminated. Numbers are validated against the
 * RFC 8259 grammar before strtod sees a NUL-terminated copy of them.
 */
#include "common/jsonr.h"
#include "common/utf8.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
	jsonr_doc *doc;
	const char *s;      /* start of the text */
	size_t i, n;        /* cursor and length */
	int flags;
	char *err;
	size_t errlen;
} parser;

static int fail(parser *p, const char *what)
{
	if (p->err && p->errlen)
		snprintf(p->err, p->errlen, "JSON error at byte %zu: %s", p->i, what);
	return -1;
}

static void skip_ws(parser *p)
{
	while (p->i < p->n) {
		char c = p->s[p->i];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		p->i++;
	}
}

static int new_node(parser *p, jsonr_type t, int parent)
{
	jsonr_doc *d = p->doc;
	if (d->n >= (size_t)INT_MAX - 1)
		return -1;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->nodes = xrealloc(d->nodes, d->cap * sizeof(*d->nodes));
	}
	jsonr_node *nd = &d->nodes[d->n];
	memset(nd, 0, sizeof(*nd));
	nd->type = t;
	nd->parent = parent;
	nd->first_child = -1;
	nd->next = -1;
	nd->src_start = p->i;
	return (int)d->n++;
}

static int hex4(parser *p, size_t at, unsigned *out)
{
	if (at + 4 > p->n)
		return -1;
	unsigned v = 0;
	for (size_t k = 0; k < 4; k++) {
		char c = p->s[at + k];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/* Parse a string literal at the cursor (on the opening quote) into
 * the pool; off and len receive where it went. */
static int parse_string(parser *p, size_t *off, size_t *len)
{
	buf *pool = &p->doc->pool;
	p->i++; /* opening quote */
	*off = pool->len;
	for (;;) {
		if (p->i >= p->n)
			return fail(p, "unterminated string");
		/* copy a run of plain ASCII at once */
		size_t start = p->i;
		while (p->i < p->n) {
			unsigned char c = (unsigned char)p->s[p->i];
			if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
				break;
			p->i++;
		}
		buf_append(pool, p->s + start, p->i - start);
		if (p->i >= p->n)
			return fail(p, "unterminated string");
		unsigned char c = (unsigned char)p->s[p->i];
		if (c == '"') {
			p->i++;
			break;
		}
		if (c < 0x20)
			return fail(p, "control character in string");
		if (c >= 0x80) {
			uint32_t cp;
			size_t k = utf8_decode(p->s + p->i, p->n - p->i, &cp);
			int genuine = !(cp == 0xFFFD && !(k == 3 && memcmp(p->s + p->i, "\xEF\xBF\xBD", 3) == 0));
			if (!genuine) {
				if (!(p->flags & JSONR_LENIENT_UTF8))
					return fail(p, "invalid UTF-8 in string");
				buf_append(pool, "\xEF\xBF\xBD", 3);
			} else {
				buf_append(pool, p->s + p->i, k);
			}
			p->i += k ? k : 1;
			continue;
		}
		/* backslash escape */
		if (p->i + 1 >= p->n)
			return fail(p, "unterminated escape");
		char e = p->s[p->i + 1];
		switch (e) {
		case '"': buf_putc(pool, '"'); break;
		case '\\': buf_putc(pool, '\\'); break;
		case '/': buf_putc(pool, '/'); break;
		case 'b': buf_putc(pool, '\b'); break;
		case 'f': buf_putc(pool, '\f'); break;
		case 'n': buf_putc(pool, '\n'); break;
		case 'r': buf_putc(pool, '\r'); break;
		case 't': buf_putc(pool, '\t'); break;
		case 'u': {
			unsigned u;
			if (hex4(p, p->i + 2, &u) < 0)
				return fail(p, "bad \\u escape");
			p->i += 6;
			uint32_t cp = u;
			if (u >= 0xD800 && u <= 0xDBFF) {
				unsigned lo;
				/* a high surrogate pairs only with an immediately
				 * following \u low surrogate; otherwise it is lone */
				if (p->i + 1 < p->n && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u' &&
				    hex4(p, p->i + 2, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
					cp = 0x10000 + ((uint32_t)(u - 0xD800) << 10) + (lo - 0xDC00);
					p->i += 6;
				} else {
					cp = 0xFFFD;
				}
			} else if (u >= 0xDC00 && u <= 0xDFFF) {
				cp = 0xFFFD;
			}
			utf8_encode(pool, cp);
			continue;
		}
		default:
			p->i++;
			return fail(p, "bad escape");
		}
		p->i += 2;
	}
	*len = pool->len - *off;
	buf_putc(pool, 0);
	return 0;
}

static int parse_number(parser *p, jsonr_node *unused, int idx)
{
	(void)unused;
	size_t st = p->i;
	const char *s = p->s;
	size_t i = p->i, n = p->n;
	if (i < n && s[i] == '-')
		i++;
	if (i >= n)
		return fail(p, "bad number");
	if (s[i] == '0') {
		i++;
	} else if (s[i] >= '1' && s[i] <= '9') {
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
	} else {
		return fail(p, "bad number");
	}
	if (i < n && s[i] == '.') {
		i++;
		if (i >= n || s[i] < '0' || s[i] > '9') {
			p->i = i;
			return fail(p, "bad number: digit expected after '.'");
		}
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= n || s[i] < '0' || s[i] > '9') {
			p->i = i;
			return fail(p, "bad number: digit expected in exponent");
		}
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	buf *pool = &p->doc->pool;
	size_t off = pool->len;
	buf_append(pool, s + st, i - st);
	buf_putc(pool, 0);
	jsonr_node *nd = &p->doc->nodes[idx];
	nd->str_off = off;
	nd->str_len = i - st;
	nd->num = strtod(pool->data + off, NULL);
	p->i = i;
	return 0;
}

static int parse_value(parser *p, int parent, int depth);

static void link_child(parser *p, int parent, int *last, int child)
{
	jsonr_node *nodes = p->doc->nodes;
	if (*last < 0)
		nodes[parent].first_child = child;
	else
		nodes[*last].next = child;
	*last = child;
	nodes[parent].count++;
}

static int parse_container(parser *p, int idx, int depth, int is_obj)
{
	char close = is_obj ? '}' : ']';
	int last = -1;
	p->i++; /* [ or { */
	skip_ws(p);
	if (p->i < p->n && p->s[p->i] == close) {
		p->i++;
		return 0;
	}
	for (;;) {
		size_t koff = 0, klen = 0;
		skip_ws(p);
		if (is_obj) {
			if (p->i >= p->n || p->s[p->i] != '"')
				return fail(p, "object key expected");
			if (parse_string(p, &koff, &klen) < 0)
				return -1;
			skip_ws(p);
			if (p->i >= p->n || p->s[p->i] != ':')
				return fail(p, "':' expected");
			p->i++;
			skip_ws(p);
		}
		int child = parse_value(p, idx, depth + 1);
		if (child < 0)
			return -1;
		if (is_obj) {
			p->doc->nodes[child].key_off = koff;
			p->doc->nodes[child].key_len = klen;
		}
		link_child(p, idx, &last, child);
		skip_ws(p);
		if (p->i >= p->n)
			return fail(p, is_obj ? "unterminated object" : "unterminated array");
		char c = p->s[p->i];
		if (c == ',') {
			p->i++;
			continue;
		}
		if (c == close) {
			p->i++;
			return 0;
		}
		return fail(p, is_obj ? "',' or '}' expected" : "',' or ']' expected");
	}
}

static int match_word(parser *p, const char *w)
{
	size_t k = strlen(w);
	if (p->i + k > p->n || memcmp(p->s + p->i, w, k) != 0)
		return -1;
	p->i += k;
	return 0;
}

/* Returns the node index, or -1. */
static int parse_value(parser *p, int parent, int depth)
{
	if (depth > JSONR_MAX_DEPTH) {
		fail(p, "nesting too deep");
		return -1;
	}
	skip_ws(p);
	if (p->i >= p->n) {
		fail(p, "value expected");
		return -1;
	}
	char c = p->s[p->i];
	int idx;
	int rc = 0;
	switch (c) {
	case '{':
	case '[':
		idx = new_node(p, c == '{' ? JSONR_OBJECT : JSONR_ARRAY, parent);
		if (idx < 0)
			return fail(p, "too many values");
		rc = parse_container(p, idx, depth, c == '{');
		break;
	case '"':
		idx = new_node(p, JSONR_STRING, parent);
		if (idx < 0)
			return fail(p, "too many values");
		{
			size_t off, len;
			rc = parse_string(p, &off, &len);
			if (rc == 0) {
				p->doc->nodes[idx].str_off = off;
				p->doc->nodes[idx].str_len = len;
			}
		}
		break;
	case 't':
	case 'f':
	case 'n':
		idx = new_node(p, c == 't' ? JSONR_TRUE : c == 'f' ? JSONR_FALSE : JSONR_NULL, parent);
		if (idx < 0)
			return fail(p, "too many values");
		if (match_word(p, c == 't' ? "true" : c == 'f' ? "false" : "null") < 0)
			rc = fail(p, "invalid literal");
		break;
	default:
		if (c == '-' || (c >= '0' && c <= '9')) {
			idx = new_node(p, JSONR_NUMBER, parent);
			if (idx < 0)
				return fail(p, "too many values");
			rc = parse_number(p, NULL, idx);
		} else {
			return fail(p, "unexpected character");
		}
	}
	if (rc < 0)
		return -1;
	p->doc->nodes[idx].src_end = p->i;
	return idx;
}

int jsonr_parse(jsonr_doc *doc, const char *text, size_t len, int flags,
		char *err, size_t errlen)
{
	memset(doc, 0, sizeof(*doc));
	buf_init(&doc->pool);
	if (err && errlen)
		err[0] = 0;
	parser p = { doc, text ? text : "", 0, text ? len : 0, flags, err, errlen };
	if (parse_value(&p, -1, 1) < 0) {
		doc->n = 0; /* no half-built tree escapes */
		return -1;
	}
	skip_ws(&p);
	doc->end = p.i;
	if (p.i < p.n && !(flags & JSONR_ALLOW_TRAILING)) {
		doc->n = 0;
		return fail(&p, "trailing characters after the value");
	}
	return 0;
}

void jsonr_free(jsonr_doc *doc)
{
	free(doc->nodes);
	buf_free(&doc->pool);
	memset(doc, 0, sizeof(*doc));
}

/* ---- accessors ---- */

static const jsonr_node *node_at(const jsonr_doc *d, int i)
{
	if (!d || i < 0 || (size_t)i >= d->n)
		return NULL;
	return &d->nodes[i];
}

const jsonr_node *jsonr_root(const jsonr_doc *doc)
{
	return node_at(doc, 0);
}

const jsonr_node *jsonr_first(const jsonr_doc *doc, const jsonr_node *n)
{
	if (!n || (n->type != JSONR_ARRAY && n->type != JSONR_OBJECT))
		return NULL;
	return node_at(doc, n->first_child);
}

const jsonr_node *jsonr_next(const jsonr_doc *doc, const jsonr_node *n)
{
	return n ? node_at(doc, n->next) : NULL;
}

const char *jsonr_key(const jsonr_doc *doc, const jsonr_node *n)
{
	if (!doc || !n || n->parent < 0 || doc->nodes[n->parent].type != JSONR_OBJECT)
		return NULL;
	return doc->pool.data + n->key_off;
}

const jsonr_node *jsonr_get(const jsonr_doc *doc, const jsonr_node *obj, const char *key)
{
	if (!obj || !key || obj->type != JSONR_OBJECT)
		return NULL;
	size_t kl = strlen(key);
	for (const jsonr_node *c = jsonr_first(doc, obj); c; c = jsonr_next(doc, c))
		if (c->key_len == kl && memcmp(doc->pool.data + c->key_off, key, kl) == 0)
			return c;
	return NULL;
}

const jsonr_node *jsonr_at(const jsonr_doc *doc, const jsonr_node *n, size_t i)
{
	if (!n || i >= n->count)
		return NULL;
	const jsonr_node *c = jsonr_first(doc, n);
	while (c && i--)
		c = jsonr_next(doc, c);
	return c;
}

const char *jsonr_str(const jsonr_doc *doc, const jsonr_node *n, size_t *len)
{
	if (!doc || !n || n->type != JSONR_STRING)
		return NULL;
	if (len)
		*len = n->str_len;
	return doc->pool.data + n->str_off;
}

double jsonr_num(const jsonr_node *n)
{
	return n && n->type == JSONR_NUMBER ? n->num : 0;
}

int jsonr_int(const jsonr_doc *doc, const jsonr_node *n, long long *out)
{
	if (!doc || !n || n->type != JSONR_NUMBER)
		return -1;
	const char *t = doc->pool.data + n->str_off;
	if (!strpbrk(t, ".eE")) {
		errno = 0;
		long long v = strtoll(t, NULL, 10);
		if (errno == ERANGE)
			return -1;
		*out = v;
		return 0;
	}
	double d = n->num;
	if (!isfinite(d) || d != floor(d) || d < -9.2e18 || d > 9.2e18)
		return -1;
	*out = (long long)d;
	return 0;
}

int jsonr_bool(const jsonr_node *n)
{
	if (!n)
		return -1;
	return n->type == JSONR_TRUE ? 1 : n->type == JSONR_FALSE ? 0 : -1;
}

jsonr_type jsonr_typeof(const jsonr_node *n)
{
	return n ? n->type : JSONR_NULL;
}

/* Compact serialisation into b; recursion is bounded by the parse depth. */
static void emit_buf(const jsonr_doc *doc, const jsonr_node *n, buf *b)
{
	switch (n->type) {
	case JSONR_NULL: buf_puts(b, "null"); break;
	case JSONR_TRUE: buf_puts(b, "true"); break;
	case JSONR_FALSE: buf_puts(b, "false"); break;
	case JSONR_NUMBER: buf_append(b, doc->pool.data + n->str_off, n->str_len); break;
	case JSONR_STRING: json_escape(b, doc->pool.data + n->str_off, n->str_len); break;
	case JSONR_ARRAY:
	case JSONR_OBJECT: {
		int obj = n->type == JSONR_OBJECT;
		buf_putc(b, obj ? '{' : '[');
		int first = 1;
		for (const jsonr_node *c = jsonr_first(doc, n); c; c = jsonr_next(doc, c)) {
			if (!first)
				buf_putc(b, ',');
			first = 0;
			if (obj) {
				json_escape(b, doc->pool.data + c->key_off, c->key_len);
				buf_putc(b, ':');
			}
			emit_buf(doc, c, b);
		}
		buf_putc(b, obj ? '}' : ']');
		break;
	}
	}
}

void jsonr_emit(const jsonr_doc *doc, const jsonr_node *n, json_writer *w)
{
	if (!doc || !n) {
		json_null(w);
		return;
	}
	/* serialise separately: json_writer tracks at most JSON_MAX_DEPTH
	 * levels, fewer than a parsed document may have */
	buf tmp = BUF_INIT;
	buf_init(&tmp);
	emit_buf(doc, n, &tmp);
	json_raw(w, tmp.data, tmp.len);
	buf_free(&tmp);
}
