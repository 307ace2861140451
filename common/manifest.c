/*
 * manifest: URL lists in txt, CSV, TSV, JSONL and JSON, and URL
 * normalisation.
 *
 * Design: input comes through a small line source that reads either memory
 * or a zlib gzFile (which passes plain files through and reads every gzip
 * member), so a manifest of millions of URLs is streamed and never held
 * whole; only the "json" format (one array) is read entirely. The format is
 * fixed before the first record: from the caller, from the file extension,
 * or by sniffing the first meaningful line, which the source can push back.
 * CSV records are assembled across physical lines while a quoted field is
 * open, with a field-start-aware scan so a stray quote inside an unquoted
 * field cannot swallow the rest of the file. Each entry's other columns are
 * serialised once into a compact JSON object so downstream stages can
 * splice it with json_raw() without knowing the source format.
 */
#include "common/manifest.h"
#include "common/hash.h"
#include "common/json.h"
#include "common/jsonr.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>

/* ==== URLs ================================================================ */

static int uerr(buf *out, char *err, size_t errlen, const char *fmt, const char *arg)
{
	buf_reset(out);
	if (err && errlen)
		snprintf(err, errlen, fmt, arg ? arg : "");
	return -1;
}

static int host_char_ok(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '%' || c >= 0x80;
}

int url_normalize(const char *in, buf *out, char *err, size_t errlen)
{
	buf_reset(out);
	if (!in)
		return uerr(out, err, errlen, "empty URL%s", NULL);
	const char *s = in, *e = in + strlen(in);
	while (s < e && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
		e--;
	if (s == e)
		return uerr(out, err, errlen, "empty URL%s", NULL);
	for (const char *q = s; q < e; q++) {
		unsigned char c = (unsigned char)*q;
		if (c == ' ')
			return uerr(out, err, errlen, "space in URL%s", NULL);
		if (c < 0x20 || c == 0x7f)
			return uerr(out, err, errlen, "control character in URL%s", NULL);
	}
	/* scheme */
	const char *colon = memchr(s, ':', (size_t)(e - s));
	const char *q = s;
	if (colon && isalpha((unsigned char)*s)) {
		for (q = s; q < colon; q++)
			if (!isalnum((unsigned char)*q) && *q != '+' && *q != '-' && *q != '.')
				break;
	}
	if (!colon || q != colon || colon == s)
		return uerr(out, err, errlen, "not an absolute URL (no scheme)%s", NULL);
	size_t sl = (size_t)(colon - s);
	int https;
	if (sl == 4 && strncasecmp(s, "http", 4) == 0) {
		https = 0;
	} else if (sl == 5 && strncasecmp(s, "https", 5) == 0) {
		https = 1;
	} else {
		char sch[24];
		snprintf(sch, sizeof sch, "%.*s", (int)(sl < 20 ? sl : 20), s);
		for (char *c = sch; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		return uerr(out, err, errlen, "unsupported scheme '%s' (only http and https)", sch);
	}
	const char *p = colon + 1;
	if (e - p < 2 || p[0] != '/' || p[1] != '/')
		return uerr(out, err, errlen, "missing host (no '//' after the scheme)%s", NULL);
	p += 2;
	const char *auth_end = p;
	while (auth_end < e && *auth_end != '/' && *auth_end != '?' && *auth_end != '#')
		auth_end++;
	/* userinfo ends at the last '@' of the authority */
	const char *hp = p;
	for (const char *c = p; c < auth_end; c++)
		if (*c == '@')
			hp = c + 1;
	const char *host_s = hp, *host_e, *port_s = NULL, *port_e = auth_end;
	if (hp < auth_end && *hp == '[') {
		const char *rb = memchr(hp, ']', (size_t)(auth_end - hp));
		if (!rb)
			return uerr(out, err, errlen, "unterminated IPv6 address%s", NULL);
		for (const char *c = hp + 1; c < rb; c++)
			if (!isxdigit((unsigned char)*c) && *c != ':' && *c != '.')
				return uerr(out, err, errlen, "bad character in IPv6 address%s", NULL);
		if (rb == hp + 1)
			return uerr(out, err, errlen, "empty IPv6 address%s", NULL);
		host_e = rb + 1;
		if (host_e < auth_end) {
			if (*host_e != ':')
				return uerr(out, err, errlen, "bad characters after IPv6 address%s", NULL);
			port_s = host_e + 1;
		}
	} else {
		host_e = hp;
		while (host_e < auth_end && *host_e != ':')
			host_e++;
		if (host_e < auth_end)
			port_s = host_e + 1;
		for (const char *c = host_s; c < host_e; c++)
			if (!host_char_ok((unsigned char)*c)) {
				char bad[2] = { *c, 0 };
				return uerr(out, err, errlen, "bad character '%s' in host", bad);
			}
	}
	if (host_e == host_s)
		return uerr(out, err, errlen, "missing host%s", NULL);
	long port = -1;
	if (port_s && port_s < port_e) {
		port = 0;
		for (const char *c = port_s; c < port_e; c++) {
			if (!isdigit((unsigned char)*c) || port > 65535)
				return uerr(out, err, errlen, "bad port%s", NULL);
			port = port * 10 + (*c - '0');
		}
		if (port < 1 || port > 65535)
			return uerr(out, err, errlen, "bad port%s", NULL);
	}
	buf_puts(out, https ? "https://" : "http://");
	buf_append(out, p, (size_t)(hp - p)); /* userinfo@, verbatim */
	for (const char *c = host_s; c < host_e; c++)
		buf_putc(out, (char)tolower((unsigned char)*c));
	if (port > 0 && port != (https ? 443 : 80))
		buf_printf(out, ":%ld", port);
	const char *rest = auth_end;
	const char *hash = memchr(rest, '#', (size_t)(e - rest));
	const char *rest_e = hash ? hash : e;
	if (rest == rest_e || *rest != '/')
		buf_putc(out, '/');
	static const char hx[] = "0123456789ABCDEF";
	for (const char *c = rest; c < rest_e; c++) {
		unsigned char ch = (unsigned char)*c;
		if (ch >= 0x80) {
			buf_putc(out, '%');
			buf_putc(out, hx[ch >> 4]);
			buf_putc(out, hx[ch & 15]);
		} else {
			buf_putc(out, (char)ch);
		}
	}
	return 0;
}

int url_host(const char *url, buf *out)
{
	buf_reset(out);
	const char *p = url ? strstr(url, "://") : NULL;
	if (!p)
		return -1;
	p += 3;
	const char *ae = p;
	while (*ae && *ae != '/' && *ae != '?' && *ae != '#')
		ae++;
	const char *hp = p;
	for (const char *c = p; c < ae; c++)
		if (*c == '@')
			hp = c + 1;
	const char *he;
	if (*hp == '[') {
		he = memchr(hp, ']', (size_t)(ae - hp));
		if (!he)
			return -1;
		he++;
	} else {
		he = hp;
		while (he < ae && *he != ':')
			he++;
	}
	if (he == hp)
		return -1;
	buf_append(out, hp, (size_t)(he - hp));
	return 0;
}

/* ==== URL set ============================================================== */

struct url_set {
	char **slots;
	uint64_t *hashes;
	size_t cap, n;
};

url_set *url_set_new(void)
{
	url_set *s = xcalloc(1, sizeof(*s));
	s->cap = 1024;
	s->slots = xcalloc(s->cap, sizeof(char *));
	s->hashes = xcalloc(s->cap, sizeof(uint64_t));
	return s;
}

static size_t set_find(const url_set *s, const char *u, uint64_t h)
{
	size_t i = (size_t)h & (s->cap - 1);
	while (s->slots[i] && !(s->hashes[i] == h && strcmp(s->slots[i], u) == 0))
		i = (i + 1) & (s->cap - 1);
	return i;
}

int url_set_has(const url_set *s, const char *url)
{
	uint64_t h = hash_xxh3(url, strlen(url));
	return s->slots[set_find(s, url, h)] != NULL;
}

int url_set_add(url_set *s, const char *url)
{
	uint64_t h = hash_xxh3(url, strlen(url));
	size_t i = set_find(s, url, h);
	if (s->slots[i])
		return 0;
	s->slots[i] = xstrdup(url);
	s->hashes[i] = h;
	if (++s->n * 4 > s->cap * 3) {
		/* grow at 75 % load, rehashing every key */
		url_set old = *s;
		s->cap *= 2;
		s->slots = xcalloc(s->cap, sizeof(char *));
		s->hashes = xcalloc(s->cap, sizeof(uint64_t));
		for (size_t k = 0; k < old.cap; k++) {
			if (!old.slots[k])
				continue;
			size_t j = set_find(s, old.slots[k], old.hashes[k]);
			s->slots[j] = old.slots[k];
			s->hashes[j] = old.hashes[k];
		}
		free(old.slots);
		free(old.hashes);
	}
	return 1;
}

size_t url_set_count(const url_set *s)
{
	return s ? s->n : 0;
}

void url_set_free(url_set *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->cap; i++)
		free(s->slots[i]);
	free(s->slots);
	free(s->hashes);
	free(s);
}

/* ==== line source ========================================================== */

typedef struct src {
	gzFile gz;               /* NULL: memory */
	const char *mem;
	size_t memlen, mempos;
	char chunk[65536];       /* gz read-ahead */
	size_t clen, cpos;
	int eof;
	int failed;
	char errmsg[160];
	buf pushed;              /* a line given back after sniffing */
	int has_pushed;
	size_t pushed_lineno;
	size_t lineno;           /* physical line number of the last line returned */
	int first;               /* strip a UTF-8 BOM from the first line */
} src;

/* Read one physical line into line (without "\n" or "\r\n").
 * Returns 1, 0 at end of input, -1 on a read error. */
static int src_getline(src *s, buf *line)
{
	buf_reset(line);
	if (s->has_pushed) {
		s->has_pushed = 0;
		buf_append(line, s->pushed.data, s->pushed.len);
		s->lineno = s->pushed_lineno;
		return 1;
	}
	int got = 0;
	if (!s->gz) {
		if (s->mempos >= s->memlen)
			return 0;
		const char *st = s->mem + s->mempos;
		const char *nl = memchr(st, '\n', s->memlen - s->mempos);
		size_t n = nl ? (size_t)(nl - st) : s->memlen - s->mempos;
		buf_append(line, st, n);
		s->mempos += n + (nl ? 1 : 0);
		got = 1;
	} else {
		for (;;) {
			if (s->cpos >= s->clen) {
				if (s->eof)
					break;
				int n = gzread(s->gz, s->chunk, sizeof s->chunk);
				if (n < 0) {
					int zerr;
					const char *m = gzerror(s->gz, &zerr);
					snprintf(s->errmsg, sizeof s->errmsg, "read error: %s",
						 zerr == Z_ERRNO ? strerror(errno) : m);
					s->failed = 1;
					return -1;
				}
				if (n == 0) {
					int zerr;
					const char *m = gzerror(s->gz, &zerr);
					if (zerr != Z_OK && zerr != Z_STREAM_END) {
						snprintf(s->errmsg, sizeof s->errmsg, "read error: %s", m);
						s->failed = 1;
						return -1;
					}
					s->eof = 1;
					break;
				}
				s->clen = (size_t)n;
				s->cpos = 0;
			}
			const char *st = s->chunk + s->cpos;
			const char *nl = memchr(st, '\n', s->clen - s->cpos);
			size_t n = nl ? (size_t)(nl - st) : s->clen - s->cpos;
			buf_append(line, st, n);
			s->cpos += n + (nl ? 1 : 0);
			got = 1;
			if (nl)
				break;
		}
		if (!got)
			return 0;
	}
	if (line->len && line->data[line->len - 1] == '\r')
		buf_truncate(line, line->len - 1);
	if (s->first) {
		s->first = 0;
		if (line->len >= 3 && memcmp(line->data, "\xEF\xBB\xBF", 3) == 0) {
			memmove(line->data, line->data + 3, line->len - 3);
			buf_truncate(line, line->len - 3);
		}
	}
	s->lineno++;
	return 1;
}

static void src_push(src *s, const buf *line)
{
	buf_reset(&s->pushed);
	buf_append(&s->pushed, line->data, line->len);
	s->has_pushed = 1;
	s->pushed_lineno = s->lineno;
}

/* ==== field splitting ===================================================== */

typedef struct fields {
	buf data;         /* field values, NUL-separated */
	size_t *off;
	size_t n, cap;
} fields;

static void fields_reset(fields *f)
{
	buf_reset(&f->data);
	f->n = 0;
}

static void fields_end(fields *f, size_t start)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->off = xrealloc(f->off, f->cap * sizeof(size_t));
	}
	f->off[f->n++] = start;
	buf_putc(&f->data, 0);
}

static const char *field(const fields *f, size_t i)
{
	return f->data.data + f->off[i];
}

/* Does the CSV record text leave a quoted field open at its end? */
static int csv_open_quote(const char *s, size_t n)
{
	int inq = 0, at_start = 1;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (inq) {
			if (c == '"') {
				if (i + 1 < n && s[i + 1] == '"')
					i++;
				else
					inq = 0;
			}
			continue;
		}
		if (c == ',') {
			at_start = 1;
			continue;
		}
		if (c == '"' && at_start)
			inq = 1;
		at_start = 0;
	}
	return inq;
}

/* Split a complete CSV record (RFC 4180; lenient about quotes inside
 * unquoted fields and text after a closing quote). */
static void csv_split(const char *s, size_t n, fields *f)
{
	fields_reset(f);
	size_t i = 0;
	for (;;) {
		size_t start = f->data.len;
		if (i < n && s[i] == '"') {
			i++;
			while (i < n) {
				if (s[i] == '"') {
					if (i + 1 < n && s[i + 1] == '"') {
						buf_putc(&f->data, '"');
						i += 2;
						continue;
					}
					i++;
					break;
				}
				buf_putc(&f->data, s[i++]);
			}
		}
		while (i < n && s[i] != ',')
			buf_putc(&f->data, s[i++]);
		fields_end(f, start);
		if (i >= n)
			break;
		i++; /* comma */
	}
}

static void tsv_split(const char *s, size_t n, fields *f)
{
	fields_reset(f);
	size_t i = 0;
	for (;;) {
		size_t start = f->data.len;
		while (i < n && s[i] != '\t')
			buf_putc(&f->data, s[i++]);
		fields_end(f, start);
		if (i >= n)
			break;
		i++;
	}
}

static void trim_ws(const char **s, size_t *n)
{
	while (*n && isspace((unsigned char)**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && isspace((unsigned char)(*s)[*n - 1]))
		(*n)--;
}

static int is_blank(const char *s, size_t n)
{
	trim_ws(&s, &n);
	return n == 0;
}

static int is_comment(const char *s, size_t n)
{
	trim_ws(&s, &n);
	return n > 0 && s[0] == '#';
}

/* index of a column named url (case-insensitive, trimmed), or -1 */
static long find_url_column(const fields *f)
{
	for (size_t i = 0; i < f->n; i++) {
		const char *v = field(f, i);
		size_t n = strlen(v);
		trim_ws(&v, &n);
		if (n == 3 && strncasecmp(v, "url", 3) == 0)
			return (long)i;
	}
	return -1;
}

/* ==== reading ============================================================== */

typedef struct rd {
	src s;
	const char *name;
	int flags;
	manifest_entry_fn on_entry;
	manifest_error_fn on_error;
	void *ctx;
	manifest_stats st;
	url_set *seen;
	buf url, meta, line, rec;
	fields hdr, row;
	char err[256];
} rd;

static void report(rd *r, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void report(rd *r, size_t line, const char *fmt, ...)
{
	r->st.invalid++;
	if (!r->on_error)
		return;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->on_error(r->ctx, r->name, line, msg);
}

/* Normalise and hand over one entry; returns the callback's value. */
static int emit(rd *r, const char *raw, size_t rawlen, size_t line)
{
	char why[160];
	if (memchr(raw, 0, rawlen)) {
		report(r, line, "NUL byte in url");
		return 0;
	}
	char *rawz = xstrndup(raw, rawlen);
	const char *t = rawz;
	size_t tn = rawlen;
	trim_ws(&t, &tn);
	if (tn == 0) {
		report(r, line, "empty url");
		free(rawz);
		return 0;
	}
	if (url_normalize(rawz, &r->url, why, sizeof why) < 0) {
		report(r, line, "invalid URL '%.200s': %s", rawz, why);
		free(rawz);
		return 0;
	}
	if ((r->flags & MANIFEST_DEDUP) && !url_set_add(r->seen, r->url.data)) {
		r->st.duplicates++;
		free(rawz);
		return 0;
	}
	char *rawt = xstrndup(t, tn);
	manifest_entry e = { r->url.data, rawt, r->meta.data, r->meta.len, line };
	r->st.entries++;
	int rc = r->on_entry ? r->on_entry(r->ctx, &e) : 0;
	free(rawt);
	free(rawz);
	return rc;
}

static int read_txt(rd *r)
{
	int g;
	while ((g = src_getline(&r->s, &r->line)) > 0) {
		r->st.lines++;
		if (is_blank(r->line.data, r->line.len) || is_comment(r->line.data, r->line.len))
			continue;
		buf_reset(&r->meta);
		buf_puts(&r->meta, "{}");
		int rc = emit(r, r->line.data, r->line.len, r->s.lineno);
		if (rc)
			return rc;
	}
	return g < 0 ? -1 : 0;
}

static void meta_from_row(rd *r, long urlcol)
{
	buf_reset(&r->meta);
	json_writer w;
	json_init(&w, &r->meta);
	json_obj_begin(&w);
	for (size_t i = 0; i < r->row.n; i++) {
		if ((long)i == urlcol)
			continue;
		char keybuf[32];
		const char *key;
		if (i < r->hdr.n && field(&r->hdr, i)[0]) {
			key = field(&r->hdr, i);
		} else {
			snprintf(keybuf, sizeof keybuf, "column_%zu", i + 1);
			key = keybuf;
		}
		json_key(&w, key);
		const char *v = field(&r->row, i);
		json_strn(&w, v, strlen(v));
	}
	json_obj_end(&w);
}

static int read_delimited(rd *r, int csv, char *err, size_t errlen)
{
	int g;
	/* header: the first line that is neither blank nor a comment */
	for (;;) {
		g = src_getline(&r->s, &r->line);
		if (g <= 0)
			return g < 0 ? -1 : 0; /* empty manifest */
		r->st.lines++;
		if (!is_blank(r->line.data, r->line.len) && !is_comment(r->line.data, r->line.len))
			break;
	}
	if (csv)
		csv_split(r->line.data, r->line.len, &r->hdr);
	else
		tsv_split(r->line.data, r->line.len, &r->hdr);
	/* header names are trimmed in place (keys of the metadata) */
	for (size_t i = 0; i < r->hdr.n; i++) {
		char *v = r->hdr.data.data + r->hdr.off[i];
		size_t n = strlen(v);
		const char *t = v;
		trim_ws(&t, &n);
		memmove(v, t, n);
		v[n] = 0;
	}
	long urlcol = find_url_column(&r->hdr);
	if (urlcol < 0) {
		snprintf(err, errlen, "%s: line %zu: the header names no 'url' column",
			 r->name, r->s.lineno);
		return -2;
	}
	while ((g = src_getline(&r->s, &r->line)) > 0) {
		r->st.lines++;
		size_t start_line = r->s.lineno;
		buf_reset(&r->rec);
		buf_append(&r->rec, r->line.data, r->line.len);
		if (csv) {
			int unterminated = 0;
			while (csv_open_quote(r->rec.data, r->rec.len)) {
				g = src_getline(&r->s, &r->line);
				if (g <= 0) {
					unterminated = 1;
					break;
				}
				r->st.lines++;
				buf_putc(&r->rec, '\n');
				buf_append(&r->rec, r->line.data, r->line.len);
			}
			if (unterminated) {
				if (g < 0)
					return -1;
				report(r, start_line, "unterminated quoted field");
				return 0;
			}
		}
		if (is_blank(r->rec.data, r->rec.len))
			continue;
		if (csv)
			csv_split(r->rec.data, r->rec.len, &r->row);
		else
			tsv_split(r->rec.data, r->rec.len, &r->row);
		if ((size_t)urlcol >= r->row.n) {
			report(r, start_line, "missing url column (%zu fields, url is field %ld)",
			       r->row.n, urlcol + 1);
			continue;
		}
		meta_from_row(r, urlcol);
		const char *u = field(&r->row, (size_t)urlcol);
		int rc = emit(r, u, strlen(u), start_line);
		if (rc)
			return rc;
	}
	return g < 0 ? -1 : 0;
}

/* One JSON value (object with "url", or a bare URL string) -> entry. */
static int json_item(rd *r, const jsonr_doc *d, const jsonr_node *n, size_t line)
{
	buf_reset(&r->meta);
	if (jsonr_typeof(n) == JSONR_STRING) {
		buf_puts(&r->meta, "{}");
		size_t ul;
		const char *u = jsonr_str(d, n, &ul);
		return emit(r, u, ul, line);
	}
	if (jsonr_typeof(n) != JSONR_OBJECT) {
		report(r, line, "not a JSON object");
		return 0;
	}
	const jsonr_node *un = jsonr_get(d, n, "url");
	if (!un) {
		report(r, line, "no \"url\" field");
		return 0;
	}
	size_t ul;
	const char *u = jsonr_str(d, un, &ul);
	if (!u) {
		report(r, line, "\"url\" is not a string");
		return 0;
	}
	if (memchr(u, 0, ul)) {
		report(r, line, "NUL in url");
		return 0;
	}
	json_writer w;
	json_init(&w, &r->meta);
	json_obj_begin(&w);
	for (const jsonr_node *c = jsonr_first(d, n); c; c = jsonr_next(d, c)) {
		if (c == un)
			continue;
		json_key(&w, jsonr_key(d, c));
		jsonr_emit(d, c, &w);
	}
	json_obj_end(&w);
	return emit(r, u, ul, line);
}

static int read_jsonl(rd *r)
{
	int g;
	char jerr[200];
	while ((g = src_getline(&r->s, &r->line)) > 0) {
		r->st.lines++;
		if (is_blank(r->line.data, r->line.len) || is_comment(r->line.data, r->line.len))
			continue;
		jsonr_doc d;
		int rc = 0;
		if (jsonr_parse(&d, r->line.data, r->line.len, JSONR_LENIENT_UTF8, jerr, sizeof jerr) < 0)
			report(r, r->s.lineno, "invalid JSON: %s", jerr);
		else
			rc = json_item(r, &d, jsonr_root(&d), r->s.lineno);
		jsonr_free(&d);
		if (rc)
			return rc;
	}
	return g < 0 ? -1 : 0;
}

static int read_json(rd *r, char *err, size_t errlen)
{
	buf all = BUF_INIT;
	buf_init(&all);
	int g;
	while ((g = src_getline(&r->s, &r->line)) > 0) {
		r->st.lines++;
		buf_append(&all, r->line.data, r->line.len);
		buf_putc(&all, '\n');
	}
	if (g < 0) {
		buf_free(&all);
		return -1;
	}
	jsonr_doc d;
	char jerr[200];
	int rc = 0;
	if (jsonr_parse(&d, all.data, all.len, JSONR_LENIENT_UTF8, jerr, sizeof jerr) < 0) {
		snprintf(err, errlen, "%s: invalid JSON: %s", r->name, jerr);
		rc = -2;
	} else if (jsonr_typeof(jsonr_root(&d)) == JSONR_OBJECT) {
		rc = json_item(r, &d, jsonr_root(&d), 1);
	} else if (jsonr_typeof(jsonr_root(&d)) != JSONR_ARRAY) {
		snprintf(err, errlen, "%s: expected a JSON array of objects", r->name);
		rc = -2;
	} else {
		/* line numbers from the elements' offsets, counted incrementally */
		size_t line = 1, pos = 0;
		for (const jsonr_node *c = jsonr_first(&d, jsonr_root(&d)); c && !rc; c = jsonr_next(&d, c)) {
			for (; pos < c->src_start && pos < all.len; pos++)
				if (all.data[pos] == '\n')
					line++;
			rc = json_item(r, &d, c, line);
		}
	}
	jsonr_free(&d);
	buf_free(&all);
	return rc;
}

static manifest_format format_from_name(const char *name)
{
	if (!name)
		return MANIFEST_AUTO;
	size_t n = strlen(name);
	if (n > 3 && strcasecmp(name + n - 3, ".gz") == 0)
		n -= 3;
	struct { const char *ext; manifest_format f; } exts[] = {
		{ ".txt", MANIFEST_TXT }, { ".list", MANIFEST_TXT }, { ".urls", MANIFEST_TXT },
		{ ".csv", MANIFEST_CSV }, { ".tsv", MANIFEST_TSV }, { ".tab", MANIFEST_TSV },
		{ ".jsonl", MANIFEST_JSONL }, { ".ndjson", MANIFEST_JSONL }, { ".json", MANIFEST_JSON },
	};
	for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
		size_t el = strlen(exts[i].ext);
		if (n > el && strncasecmp(name + n - el, exts[i].ext, el) == 0)
			return exts[i].f;
	}
	return MANIFEST_AUTO;
}

static manifest_format sniff(const char *s, size_t n, fields *tmp)
{
	trim_ws(&s, &n);
	if (n && s[0] == '{')
		return MANIFEST_JSONL;
	if (n && s[0] == '[')
		return MANIFEST_JSON;
	if (memchr(s, '\t', n)) {
		tsv_split(s, n, tmp);
		if (find_url_column(tmp) >= 0)
			return MANIFEST_TSV;
	}
	csv_split(s, n, tmp);
	if (find_url_column(tmp) >= 0)
		return MANIFEST_CSV;
	return MANIFEST_TXT;
}

static int run(rd *r, manifest_format fmt, manifest_stats *stats, char *err, size_t errlen)
{
	buf_init(&r->url);
	buf_init(&r->meta);
	buf_init(&r->line);
	buf_init(&r->rec);
	buf_init(&r->hdr.data);
	buf_init(&r->row.data);
	buf_init(&r->s.pushed);
	r->s.first = 1;
	if (r->flags & MANIFEST_DEDUP)
		r->seen = url_set_new();
	if (fmt == MANIFEST_AUTO)
		fmt = format_from_name(r->name);
	int rc = 0;
	if (fmt == MANIFEST_AUTO) {
		/* sniff the first line that is neither blank nor a comment, then give
		 * back that line and restart counting from the top */
		fmt = MANIFEST_TXT;
		int g;
		size_t skipped = 0;
		while ((g = src_getline(&r->s, &r->line)) > 0) {
			if (is_blank(r->line.data, r->line.len) || is_comment(r->line.data, r->line.len)) {
				skipped++;
				continue;
			}
			fmt = sniff(r->line.data, r->line.len, &r->row);
			src_push(&r->s, &r->line);
			break;
		}
		r->st.lines += skipped;
		if (g < 0)
			rc = -1;
	}
	r->st.format = fmt;
	if (rc == 0) {
		switch (fmt) {
		case MANIFEST_CSV: rc = read_delimited(r, 1, err, errlen); break;
		case MANIFEST_TSV: rc = read_delimited(r, 0, err, errlen); break;
		case MANIFEST_JSONL: rc = read_jsonl(r); break;
		case MANIFEST_JSON: rc = read_json(r, err, errlen); break;
		default: rc = read_txt(r); break;
		}
	}
	if (rc == -1) /* read error from the source */
		snprintf(err, errlen, "%s: %s", r->name, r->s.errmsg[0] ? r->s.errmsg : "read error");
	if (rc == -2) /* message already in err */
		rc = -1;
	if (stats)
		*stats = r->st;
	buf_free(&r->url);
	buf_free(&r->meta);
	buf_free(&r->line);
	buf_free(&r->rec);
	buf_free(&r->hdr.data);
	buf_free(&r->row.data);
	free(r->hdr.off);
	free(r->row.off);
	buf_free(&r->s.pushed);
	url_set_free(r->seen);
	return rc;
}

int manifest_parse(const char *data, size_t len, const char *name, manifest_format fmt,
		int flags, manifest_entry_fn on_entry, manifest_error_fn on_error,
		void *ctx, manifest_stats *stats, char *err, size_t errlen)
{
	rd *r = xcalloc(1, sizeof(*r));
	r->name = name ? name : "(manifest)";
	r->flags = flags;
	r->on_entry = on_entry;
	r->on_error = on_error;
	r->ctx = ctx;
	r->s.mem = data ? data : "";
	r->s.memlen = data ? len : 0;
	int rc = run(r, fmt, stats, err, errlen);
	free(r);
	return rc;
}

int manifest_read(const char *path, manifest_format fmt, int flags,
		manifest_entry_fn on_entry, manifest_error_fn on_error, void *ctx,
		manifest_stats *stats, char *err, size_t errlen)
{
	gzFile gz;
	if (strcmp(path, "-") == 0) {
		int fd = dup(0);
		gz = fd >= 0 ? gzdopen(fd, "rb") : NULL;
		if (!gz && fd >= 0)
			close(fd);
	} else {
		gz = gzopen(path, "rb");
	}
	if (!gz) {
		snprintf(err, errlen, "%s: %s", path, errno ? strerror(errno) : "cannot open");
		return -1;
	}
	gzbuffer(gz, 65536);
	rd *r = xcalloc(1, sizeof(*r));
	r->name = path;
	r->flags = flags;
	r->on_entry = on_entry;
	r->on_error = on_error;
	r->ctx = ctx;
	r->s.gz = gz;
	int rc = run(r, fmt, stats, err, errlen);
	gzclose(gz);
	free(r);
	return rc;
}

/* ==== collected lists ====================================================== */

static int list_entry(void *ctx, const manifest_entry *e)
{
	manifest_list *l = ctx;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->items = xrealloc(l->items, l->cap * sizeof(*l->items));
	}
	manifest_item *it = &l->items[l->n++];
	it->url = xstrdup(e->url);
	it->meta = xstrndup(e->meta, e->meta_len);
	it->line = e->line;
	return 0;
}

static void list_error(void *ctx, const char *name, size_t line, const char *reason)
{
	(void)name;
	manifest_list *l = ctx;
	if (l->nerr == l->errcap) {
		l->errcap = l->errcap ? l->errcap * 2 : 16;
		l->errors = xrealloc(l->errors, l->errcap * sizeof(*l->errors));
	}
	l->errors[l->nerr].line = line;
	l->errors[l->nerr].reason = xstrdup(reason);
	l->nerr++;
}

int manifest_load(const char *path, manifest_format fmt, int flags,
		manifest_list *list, char *err, size_t errlen)
{
	return manifest_read(path, fmt, flags, list_entry, list_error, list, &list->stats, err, errlen);
}

void manifest_list_free(manifest_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		free(list->items[i].url);
		free(list->items[i].meta);
	}
	for (size_t i = 0; i < list->nerr; i++)
		free(list->errors[i].reason);
	free(list->items);
	free(list->errors);
	memset(list, 0, sizeof(*list));
}

const char *manifest_format_name(manifest_format f)
{
	switch (f) {
	case MANIFEST_TXT: return "txt";
	case MANIFEST_CSV: return "csv";
	case MANIFEST_TSV: return "tsv";
	case MANIFEST_JSONL: return "jsonl";
	case MANIFEST_JSON: return "json";
	default: return "auto";
	}
}

int manifest_format_parse(const char *name)
{
	static const char *names[] = { "auto", "txt", "csv", "tsv", "jsonl", "json" };
	for (int i = 0; i < 6; i++)
		if (name && strcasecmp(name, names[i]) == 0)
			return i;
	if (name && strcasecmp(name, "ndjson") == 0)
		return MANIFEST_JSONL;
	return -1;
}
