/*
 * source.c: the build's reader. Inputs of any mix: directories (walked
 * recursively, entries sorted bytewise so the order never depends on the
 * file system), saved HTML (.html .htm .xhtml, optionally .gz), WARC files
 * (response and resource records with HTML payloads, through
 * fetch/warc.h), plain-text files (one document each, for clean_text) and
 * URL manifests (fetched on the fly by fetchsrc.c). The kind is taken from
 * the name where it is clear and sniffed from the first bytes otherwise; a
 * top-level .txt file whose lines are all URLs is a manifest, not a text,
 * and "-" is a manifest on standard input. Anything that cannot become a
 * document (unreadable, too large, binary, a corrupt WARC record, a
 * non-HTML response) is still emitted, as a reject with a reason, so it
 * takes its place in the sequence and lands in rejects.jsonl.gz.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "clean/clean.h"
#include "common/buf.h"
#include "common/fileio.h"
#include "corpus/source.h"
#include "common/jsonr.h"
#include "fetch/warc.h"

enum { K_UNKNOWN, K_HTML, K_WARC, K_TEXT, K_MANIFEST };

static int ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && !strcasecmp(s + n - m, suf);
}

static int kind_by_name(const char *name)
{
	static const struct { const char *suf; int kind; } t[] = {
		{ ".html", K_HTML }, { ".htm", K_HTML }, { ".xhtml", K_HTML },
		{ ".html.gz", K_HTML }, { ".htm.gz", K_HTML }, { ".xhtml.gz", K_HTML },
		{ ".warc", K_WARC }, { ".warc.gz", K_WARC },
		{ ".txt", K_TEXT }, { ".txt.gz", K_TEXT },
		{ ".csv", K_MANIFEST }, { ".tsv", K_MANIFEST }, { ".jsonl", K_MANIFEST },
		{ ".ndjson", K_MANIFEST }, { ".json", K_MANIFEST }, { ".urls", K_MANIFEST },
		{ ".csv.gz", K_MANIFEST }, { ".tsv.gz", K_MANIFEST }, { ".jsonl.gz", K_MANIFEST },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		if (ends_with(name, t[i].suf))
			return t[i].kind;
	return K_UNKNOWN;
}

/* every non-blank, non-comment line of the first KBs is an http(s) URL */
int corpus_looks_like_url_list(const char *p, size_t n)
{
	size_t lim = n < 8192 ? n : 8192, i = 0, urls = 0;
	while (i < lim) {
		const char *nl = memchr(p + i, '\n', lim - i);
		size_t e = nl ? (size_t)(nl - p) : lim;
		size_t s = i;
		while (s < e && (p[s] == ' ' || p[s] == '\t' || p[s] == '\r'))
			s++;
		if (s < e && p[s] != '#') {
			if (!(e - s > 8 && (!strncasecmp(p + s, "http://", 7) || !strncasecmp(p + s, "https://", 8))))
				return 0;
			for (size_t k = s; k < e; k++)
				if (p[k] == ' ' && k + 1 < e && p[k + 1] != ' ' && p[k + 1] != '\r')
					return 0;
			urls++;
		}
		if (!nl)
			break;
		i = e + 1;
	}
	return urls > 0;
}

static int emit_reject(const corpus_source_sink *s, const char *source, const char *url,
		       const char *reason, const char *detail)
{
	corpus_source_doc d;
	memset(&d, 0, sizeof d);
	d.raw_file = -1;
	d.kind = SRC_REJECT;
	d.source = source;
	d.url = url;
	d.reason = reason;
	d.detail = detail;
	return s->emit(s->ctx, &d);
}

static int read_input_file(const char *path, const corpus_source_opts *o, buf *data,
			   const corpus_source_sink *s)
{
	char err[512];
	struct stat st;
	if (stat(path, &st) == 0 && o->max_doc_bytes && (uint64_t)st.st_size > o->max_doc_bytes * 4) {
		snprintf(err, sizeof err, "%lld bytes", (long long)st.st_size);
		return emit_reject(s, path, NULL, "too-large", err) < 0 ? -1 : 1;
	}
	if (file_read_all(path, data, o->max_doc_bytes ? o->max_doc_bytes + 1 : 0, err, sizeof err)) {
		const char *reason = strstr(err, "limit") || strstr(err, "large") ? "too-large" : "read-error";
		return emit_reject(s, path, NULL, reason, err) < 0 ? -1 : 1;
	}
	if (o->max_doc_bytes && data->len > o->max_doc_bytes) {
		snprintf(err, sizeof err, "more than %zu bytes", o->max_doc_bytes);
		return emit_reject(s, path, NULL, "too-large", err) < 0 ? -1 : 1;
	}
	return 0;
}

static int emit_doc(const corpus_source_sink *s, int kind, const char *source, const char *url,
		    const char *ctype, const char *meta, size_t meta_len, const char *p, size_t n)
{
	corpus_source_doc d;
	memset(&d, 0, sizeof d);
	d.raw_file = -1;
	d.kind = kind;
	d.source = source;
	d.url = url;
	d.content_type = ctype;
	d.meta = meta;
	d.meta_len = meta_len;
	d.data = p;
	d.len = n;
	return s->emit(s->ctx, &d);
}

static int is_html_type(const char *ct)
{
	if (!ct || !*ct)
		return 1;   /* unknown: let the content decide */
	while (*ct == ' ')
		ct++;
	return !strncasecmp(ct, "text/html", 9) || !strncasecmp(ct, "application/xhtml", 17);
}

static int is_json_object(const char *s)
{
	jsonr_doc d;
	char err[64];
	int ok = jsonr_parse(&d, s, strlen(s), 0, err, sizeof err) == 0 &&
		 jsonr_typeof(jsonr_root(&d)) == JSONR_OBJECT;
	jsonr_free(&d);
	return ok;
}

static int read_warc(const char *path, const corpus_source_opts *o, const corpus_source_sink *s)
{
	char err[512];
	warc_reader *r = warc_reader_open(path, 0, o->max_doc_bytes, err, sizeof err);
	if (!r)
		return emit_reject(s, path, NULL, "read-error", err);
	warc_record rec;
	char src[4200];
	int rc = 0;
	for (;;) {
		int n = warc_next(r, &rec, err, sizeof err);
		if (n == 0)
			break;
		if (n < 0) {
			snprintf(src, sizeof src, "%s", path);
			if ((rc = emit_reject(s, src, NULL, "warc-error", err)) < 0)
				break;
			continue;
		}
		if (!rec.type || (strcmp(rec.type, "response") && strcmp(rec.type, "resource")))
			continue;
		snprintf(src, sizeof src, "%s@%llu", path, (unsigned long long)rec.offset);
		const char *ct = rec.http_head ? warc_get_http_header(&rec, "Content-Type") : rec.content_type;
		if (rec.http_head && (rec.http_status < 200 || rec.http_status >= 300)) {
			snprintf(err, sizeof err, "HTTP status %d", rec.http_status);
			if ((rc = emit_reject(s, src, rec.target_uri, "http-status", err)) < 0)
				break;
			continue;
		}
		if (!is_html_type(ct)) {
			snprintf(err, sizeof err, "content type %s", ct);
			if ((rc = emit_reject(s, src, rec.target_uri, "not-html", err)) < 0)
				break;
			continue;
		}
		/* manifest fields of pages fetched by a corpus build (DIR/raw) */
		const char *meta = warc_get_header(&rec, "Pith-Meta");
		if (meta && !is_json_object(meta))
			meta = NULL;
		if ((rc = emit_doc(s, SRC_HTML, src, rec.target_uri, ct, meta, meta ? strlen(meta) : 0,
				   rec.payload, rec.payload_len)) < 0)
			break;
	}
	warc_reader_close(r);
	return rc < 0 ? -1 : 0;
}

static int read_file(const char *path, int in_dir, const corpus_source_opts *o,
		     const corpus_source_sink *s);

static int cmp_names(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int walk_dir(const char *path, const corpus_source_opts *o, const corpus_source_sink *s)
{
	struct dirent **ents;
	int n = scandir(path, &ents, NULL, cmp_names);
	if (n < 0)
		return emit_reject(s, path, NULL, "read-error", strerror(errno));
	int rc = 0;
	for (int i = 0; i < n; i++) {
		const char *nm = ents[i]->d_name;
		if (rc == 0 && nm[0] != '.') {
			size_t l = strlen(path);
			char *child = xmalloc(l + strlen(nm) + 2);
			sprintf(child, "%s%s%s", path, l && path[l - 1] == '/' ? "" : "/", nm);
			struct stat st;
			if (stat(child, &st))
				rc = emit_reject(s, child, NULL, "read-error", strerror(errno));
			else if (S_ISDIR(st.st_mode))
				rc = walk_dir(child, o, s);
			else if (S_ISREG(st.st_mode))
				rc = read_file(child, 1, o, s);
			free(child);
		}
		free(ents[i]);
	}
	free(ents);
	return rc < 0 ? -1 : 0;
}

static int read_file(const char *path, int in_dir, const corpus_source_opts *o,
		     const corpus_source_sink *s)
{
	int kind = kind_by_name(path);
	if (kind == K_WARC)
		return read_warc(path, o, s);
	if (kind == K_MANIFEST && in_dir)
		kind = K_UNKNOWN;
	if (kind == K_MANIFEST)
		return 2;   /* the caller fetches it */
	buf data = BUF_INIT;
	buf_init(&data);
	int rc = 0;
	int r = read_input_file(path, o, &data, s);
	if (r) {
		rc = r < 0 ? -1 : 0;
		goto out;
	}
	size_t probe = data.len < 4096 ? data.len : 4096;
	int binary = memchr(data.data, 0, probe) != NULL;
	/* a top-level list of URLs is a manifest, whatever its name says */
	if (!in_dir && !binary && (kind == K_UNKNOWN || kind == K_TEXT) &&
	    !clean_looks_like_html(data.data, data.len) &&
	    corpus_looks_like_url_list(data.data, data.len)) {
		buf_free(&data);
		return 2;
	}
	if (kind == K_UNKNOWN) {
		if (data.len >= 5 && !memcmp(data.data, "WARC/", 5)) {
			buf_free(&data);
			return read_warc(path, o, s);
		}
		if (!binary && clean_looks_like_html(data.data, data.len))
			kind = K_HTML;
		else if (!in_dir && !binary)
			kind = K_TEXT;
		else {
			rc = emit_reject(s, path, NULL, "not-html",
					 binary ? "binary file" : "not HTML, WARC or text by name or content");
			goto out;
		}
	}
	rc = emit_doc(s, kind == K_HTML ? SRC_HTML : SRC_TEXT, path, NULL, NULL, NULL, 0,
		      data.data, data.len);
out:
	buf_free(&data);
	return rc < 0 ? -1 : 0;
}

corpus_source *corpus_source_new(const corpus_source_opts *o, const corpus_source_sink *s,
				 char *err, size_t errlen)
{
	corpus_source *src = xcalloc(1, sizeof(*src));
	src->o = *o;
	src->s = *s;
	if (corpus_fetch_init(src, err, errlen)) {
		free(src);
		return NULL;
	}
	return src;
}

const char *corpus_source_error(const corpus_source *src)
{
	return src->failed ? src->err : NULL;
}

int corpus_source_free(corpus_source *src, char *err, size_t errlen)
{
	if (!src)
		return 0;
	int rc = corpus_fetch_close(src, err, errlen);
	free(src);
	return rc;
}

int corpus_source_read(corpus_source *src, const char *input)
{
	const corpus_source_opts *o = &src->o;
	const corpus_source_sink *s = &src->s;
	struct stat st;
	int rc;
	if (!strcmp(input, "-"))
		rc = 2;   /* standard input: always a URL manifest */
	else if (stat(input, &st))
		rc = emit_reject(s, input, NULL, "read-error", strerror(errno));
	else if (S_ISDIR(st.st_mode))
		rc = walk_dir(input, o, s);
	else
		rc = read_file(input, 0, o, s);
	if (rc == 2)
		rc = corpus_fetch_manifest(src, input);
	if (s->input_done)
		s->input_done(s->ctx);
	return rc < 0 ? -1 : 0;
}
