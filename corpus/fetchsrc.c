/*
 * fetchsrc.c: URL manifests as build inputs, fetched on the fly.
 *
 * The manifest is streamed (common/manifest.h) into a batch of at most B
 * entries (default 4 x --concurrency, at least 64). Each entry already has
 * its build sequence number: the next number the sink will hand out plus
 * its place in the batch, because every entry becomes exactly one item
 * (a document, or a reject: bad manifest line, repeated URL, fetch error,
 * HTTP error status, not HTML). A full batch is queued on one fetcher,
 * which keeps its per-host politeness state (robots.txt, delays) from
 * batch to batch, and fetcher_run() drives it; as transfers finish, in
 * whatever order, the longest finished prefix of the batch is handed to
 * the sink in manifest order. So the documents' sequence, and with it the
 * shards, depend only on the manifest and on the bytes fetched, never on
 * completion order or -j. (The fetcher cannot take new URLs while it runs,
 * hence batches: the slowest transfer of a batch holds back the start of
 * the next one. Memory is bounded by B fetched pages.)
 *
 * Raw pages: unless --no-raw, every fetched entry's records (request and
 * response per redirect hop, a metadata record for failures) are appended
 * to DIR/raw/pages-NNNNN.warc.gz (rotated at 1 GiB) when the entry is
 * emitted, i.e. in sequence order. Each record carries "Pith-Seq: N", the
 * entry's sequence number, the last one of an entry "Pith-End: 1" (a kill
 * can leave an entry's records half written), and the final response
 * "Pith-Meta: {...}", the manifest fields, so a build from DIR/raw as a
 * WARC input sees the same pages, URLs and meta.
 *
 * Resume: items below the checkpoint are never fetched (the sink drops
 * them). Items at or after it were perhaps fetched before the crash: the
 * raw files are scanned in step with the manifest (both are in sequence
 * order) from the file the checkpoint names, and an entry whose records
 * are there is replayed from them instead of fetched again, so a resumed
 * build sees the bytes the interrupted one saw. A half-written record at
 * the tail is cut first; if the raw files and the manifest disagree (an
 * entry missing or incomplete, or another URL), the raw tail from that
 * point is cut and fetching resumes there, keeping the files in sequence
 * order.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/hash.h"
#include "common/manifest.h"
#include "corpus/source.h"
#include "fetch/warc.h"

#define RAW_FILE_MAX (1ull << 30)

typedef struct rhop {
	char *url;
	char ip[64];
	int status;
	char *req, *resp, *body;
	size_t req_len, resp_len, body_len;
	int truncated;
	int64_t sec;
	long usec;
} rhop;

enum { E_FETCH, E_SKIP, E_REJECT, E_DONE };

typedef struct fentry {
	int state;
	uint64_t seq;
	char *url, *meta, *source;
	size_t meta_len;
	const char *reason;    /* E_REJECT */
	char *detail;
	/* E_DONE: the result, fetched now (hops) or replayed (body) */
	int replayed, raw_file;
	int status;
	char *final_url, *error, *ctype;
	int attempts;
	rhop *hops;
	int nhops;
	char *body;            /* replayed payload */
	size_t body_len;
} fentry;

struct fetchsrc {
	fetch_options fo;
	volatile sig_atomic_t stop;
	fetcher *f;
	int aborted;
	/* the batch */
	fentry *batch;
	size_t n, max, next_emit;
	uint64_t base;
	const char *manifest;
	/* normalised URLs seen (xxh64; 0 marks an empty slot) */
	uint64_t *set;
	size_t set_cap, set_n;
	/* raw WARC */
	char dir[4096];
	warc_writer *w;
	int w_index;
	buf head, extra, fields, tmp;
	/* replay */
	warc_reader *rp;
	int rp_file, rp_nfiles, rp_have;
	warc_record rec;
	uint64_t rp_seq;
	size_t max_record;
};

/* ---- URL set ------------------------------------------------------------- */

static int set_add(struct fetchsrc *fs, uint64_t h)
{
	if (!h)
		h = 1;
	if ((fs->set_n + 1) * 2 > fs->set_cap) {
		size_t ocap = fs->set_cap;
		uint64_t *old = fs->set;
		fs->set_cap = ocap ? ocap * 2 : 1024;
		fs->set = xcalloc(fs->set_cap, sizeof(uint64_t));
		for (size_t i = 0; i < ocap; i++) {
			if (!old[i])
				continue;
			size_t j = (size_t)old[i] & (fs->set_cap - 1);
			while (fs->set[j])
				j = (j + 1) & (fs->set_cap - 1);
			fs->set[j] = old[i];
		}
		free(old);
	}
	size_t j = (size_t)h & (fs->set_cap - 1);
	while (fs->set[j]) {
		if (fs->set[j] == h)
			return 0;
		j = (j + 1) & (fs->set_cap - 1);
	}
	fs->set[j] = h;
	fs->set_n++;
	return 1;
}

/* ---- entries ------------------------------------------------------------- */

static void entry_free(fentry *e)
{
	free(e->url);
	free(e->meta);
	free(e->source);
	free(e->detail);
	free(e->final_url);
	free(e->error);
	free(e->ctype);
	for (int i = 0; i < e->nhops; i++) {
		free(e->hops[i].url);
		free(e->hops[i].req);
		free(e->hops[i].resp);
		free(e->hops[i].body);
	}
	free(e->hops);
	free(e->body);
	memset(e, 0, sizeof(*e));
}

static fentry *entry_add(corpus_source *src, size_t line)
{
	struct fetchsrc *fs = src->fs;
	if (fs->n == 0)
		fs->base = src->s.next_seq(src->s.ctx);
	fentry *e = &fs->batch[fs->n];
	memset(e, 0, sizeof(*e));
	e->seq = fs->base + fs->n;
	e->raw_file = -1;
	fs->n++;
	buf b = BUF_INIT;
	buf_init(&b);
	buf_printf(&b, "%s:%zu", fs->manifest, line);
	e->source = buf_detach(&b, NULL);
	return e;
}

/* value of an HTTP header in a raw header block, or NULL (caller frees) */
static char *head_get(const char *h, size_t n, const char *name)
{
	size_t nl = strlen(name);
	for (size_t i = 0; i < n;) {
		const char *e = memchr(h + i, '\n', n - i);
		size_t end = e ? (size_t)(e - h) : n;
		if (end - i > nl && h[i + nl] == ':' && !strncasecmp(h + i, name, nl)) {
			size_t a = i + nl + 1, z = end;
			while (a < z && (h[a] == ' ' || h[a] == '\t'))
				a++;
			while (z > a && (h[z - 1] == '\r' || h[z - 1] == ' '))
				z--;
			return xstrndup(h + a, z - a);
		}
		i = end + 1;
	}
	return NULL;
}

static int is_html_type(const char *ct)
{
	if (!ct || !*ct)
		return 1;
	while (*ct == ' ')
		ct++;
	return !strncasecmp(ct, "text/html", 9) || !strncasecmp(ct, "application/xhtml", 17);
}

/* ---- raw WARC ------------------------------------------------------------ */

static void raw_path(const struct fetchsrc *fs, int idx, char *out, size_t n)
{
	char rel[64];
	snprintf(rel, sizeof rel, CORPUS_RAW_FMT, idx);
	snprintf(out, n, "%s/%s", fs->dir, rel);
}

static int raw_open(struct fetchsrc *fs, char *err, size_t errlen)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/raw", fs->dir);
	if (mkdir(path, 0755) && errno != EEXIST) {
		snprintf(err, errlen, "%.300s: %s", path, strerror(errno));
		return -1;
	}
	raw_path(fs, fs->w_index, path, sizeof path);
	fs->w = warc_writer_open(path, WARC_W_GZIP | WARC_W_APPEND, 0, err, errlen);
	if (!fs->w)
		return -1;
	if (warc_writer_offset(fs->w) == 0) {
		buf_reset(&fs->fields);
		warc_fields_add(&fs->fields, "software", "pith/" PITH_VERSION " corpus build");
		warc_fields_add(&fs->fields, "format", "WARC File Format 1.1");
		warc_fields_add(&fs->fields, "http-header-user-agent",
				fs->fo.user_agent && *fs->fo.user_agent ? fs->fo.user_agent :
				fetch_default_user_agent());
		warc_fields_add(&fs->fields, "robots", fs->fo.ignore_robots ? "ignored" : "obeyed (RFC 9309)");
		warc_fields_add(&fs->fields, "description",
				"pages fetched by pith corpus build; Pith-Seq: the build's sequence "
				"number of the manifest entry, Pith-Meta: its manifest fields");
		const char *base = strrchr(path, '/');
		if (warc_write_warcinfo(fs->w, base + 1, fs->fields.data, NULL, err, errlen))
			return -1;
	}
	return 0;
}

static int raw_write_entry(corpus_source *src, fentry *e, char *err, size_t errlen)
{
	struct fetchsrc *fs = src->fs;
	if (src->o.no_raw)
		return 0;
	if (fs->w && warc_writer_offset(fs->w) >= RAW_FILE_MAX) {
		int rc = warc_writer_close(fs->w, err, errlen);
		fs->w = NULL;
		if (rc)
			return -1;
		fs->w_index++;
	}
	if (!fs->w && raw_open(fs, err, errlen))
		return -1;
	char last_resp[WARC_ID_LEN] = "";
	for (int i = 0; i < e->nhops; i++) {
		rhop *h = &e->hops[i];
		if (!h->status)
			continue;
		buf_reset(&fs->extra);
		buf_printf(&fs->extra, "Pith-Seq: %llu\r\n", (unsigned long long)e->seq);
		warc_rec req, resp;
		memset(&req, 0, sizeof req);
		memset(&resp, 0, sizeof resp);
		warc_new_record_id(req.id);
		warc_new_record_id(resp.id);
		req.type = "request";
		req.target_uri = h->url;
		req.ip_address = h->ip[0] ? h->ip : NULL;
		req.concurrent_to = resp.id;
		req.date_sec = h->sec;
		req.date_usec = h->usec;
		req.extra_headers = fs->extra.data;
		req.head = h->req;
		req.head_len = h->req_len;
		if (!req.head_len) {
			buf_reset(&fs->tmp);
			buf_printf(&fs->tmp, "GET %s HTTP/1.1\r\n\r\n", h->url);
			req.head = fs->tmp.data;
			req.head_len = fs->tmp.len;
		}
		if (warc_write(fs->w, &req, err, errlen))
			return -1;
		if (i == e->nhops - 1 && e->meta)
			buf_printf(&fs->extra, "Pith-Meta: %.*s\r\n", (int)e->meta_len, e->meta);
		if (i == e->nhops - 1 && !(e->error || !e->nhops))
			buf_puts(&fs->extra, "Pith-End: 1\r\n");
		resp.type = "response";
		resp.target_uri = h->url;
		resp.ip_address = req.ip_address;
		resp.concurrent_to = req.id;
		resp.date_sec = h->sec;
		resp.date_usec = h->usec;
		resp.extra_headers = fs->extra.data;
		warc_http_head_for_decoded(h->resp, h->resp_len, h->body_len, &fs->head);
		resp.head = fs->head.data;
		resp.head_len = fs->head.len;
		resp.body = h->body;
		resp.body_len = h->body_len;
		if (h->truncated)
			resp.truncated = "length";
		if (warc_write(fs->w, &resp, err, errlen))
			return -1;
		memcpy(last_resp, resp.id, WARC_ID_LEN);
	}
	if (e->error || !e->nhops) {
		buf_reset(&fs->extra);
		buf_printf(&fs->extra, "Pith-Seq: %llu\r\nPith-End: 1\r\n", (unsigned long long)e->seq);
		buf_reset(&fs->fields);
		char num[32];
		warc_fields_add(&fs->fields, "fetch-error", e->error ? e->error : "no response");
		snprintf(num, sizeof num, "%d", e->status);
		warc_fields_add(&fs->fields, "fetch-status", num);
		snprintf(num, sizeof num, "%d", e->attempts);
		warc_fields_add(&fs->fields, "fetch-attempts", num);
		warc_fields_add(&fs->fields, "final-url", e->final_url ? e->final_url : e->url);
		warc_rec m;
		memset(&m, 0, sizeof m);
		m.type = "metadata";
		m.target_uri = e->url;
		m.concurrent_to = last_resp[0] ? last_resp : NULL;
		m.extra_headers = fs->extra.data;
		m.body = fs->fields.data;
		m.body_len = fs->fields.len;
		if (warc_write(fs->w, &m, err, errlen))
			return -1;
	}
	e->raw_file = fs->w_index;
	return 0;
}

/* ---- replay (resume) ----------------------------------------------------- */

static void replay_close(struct fetchsrc *fs)
{
	if (fs->rp)
		warc_reader_close(fs->rp);
	fs->rp = NULL;
	fs->rp_have = 0;
}

/* the next record that carries Pith-Seq, across files; rp_have = 0 at the end */
static void replay_next(struct fetchsrc *fs)
{
	fs->rp_have = 0;
	while (fs->rp) {
		char err[256];
		int r = warc_next(fs->rp, &fs->rec, err, sizeof err);
		if (r < 0)
			continue;   /* a damaged record: its entry will be fetched again */
		if (r == 0) {
			warc_reader_close(fs->rp);
			fs->rp = NULL;
			if (++fs->rp_file >= fs->rp_nfiles)
				return;
			char path[4200];
			raw_path(fs, fs->rp_file, path, sizeof path);
			fs->rp = warc_reader_open(path, 0, fs->max_record, err, sizeof err);
			continue;
		}
		const char *seq = warc_get_header(&fs->rec, "Pith-Seq");
		if (!seq)
			continue;
		fs->rp_seq = strtoull(seq, NULL, 10);
		fs->rp_have = 1;
		return;
	}
}

/* Cut the raw files at (file, off) and drop later files, so fetched
 * records appended from there on stay in sequence order. */
static void replay_cut_at(struct fetchsrc *fs, int file, uint64_t off)
{
	char path[4200];
	replay_close(fs);
	raw_path(fs, file, path, sizeof path);
	if (truncate(path, (off_t)off) != 0) {
		/* cannot happen for our own file; appending after it still
		 * leaves a readable WARC */
	}
	for (int i = file + 1; i < fs->rp_nfiles; i++) {
		raw_path(fs, i, path, sizeof path);
		unlink(path);
	}
	fs->w_index = file;
	fs->rp_nfiles = file + 1;
}

/* The raw files disagree with the manifest from the current record on. */
static void replay_cut(struct fetchsrc *fs)
{
	if (fs->rp_have)
		replay_cut_at(fs, fs->rp_file, fs->rec.offset);
	else
		replay_close(fs);
}

static char *warc_field(const char *block, size_t n, const char *name)
{
	return head_get(block, n, name);
}

/* 1 when e was found in the raw files (and is now E_DONE), 0 to fetch */
static int replay_take(struct fetchsrc *fs, fentry *e)
{
	if (!fs->rp && !fs->rp_have)
		return 0;
	while (fs->rp_have && fs->rp_seq < e->seq)
		replay_next(fs);
	if (!fs->rp_have) {
		replay_close(fs);
		return 0;
	}
	/* not there (or another URL): fetched again, and the raw tail from
	 * here is cut once it is (run_batch) */
	if (fs->rp_seq > e->seq || !fs->rec.target_uri || strcmp(fs->rec.target_uri, e->url))
		return 0;
	/* the entry's records; only a group whose last record carries
	 * Pith-End is whole (a kill can leave a request without its
	 * response, or the first hops of a redirect chain) */
	int file = fs->rp_file, complete = 0;
	uint64_t start = fs->rec.offset;
	while (fs->rp_have && fs->rp_seq == e->seq && fs->rp_file == file && !complete) {
		const warc_record *r = &fs->rec;
		if (r->type && !strcmp(r->type, "response")) {
			e->status = r->http_status;
			free(e->final_url);
			e->final_url = xstrdup(r->target_uri ? r->target_uri : e->url);
			free(e->ctype);
			const char *ct = warc_get_http_header(r, "Content-Type");
			e->ctype = ct ? xstrdup(ct) : NULL;
			free(e->body);
			e->body = xmalloc(r->payload_len + 1);
			memcpy(e->body, r->payload, r->payload_len);
			e->body[r->payload_len] = 0;
			e->body_len = r->payload_len;
		} else if (r->type && !strcmp(r->type, "metadata")) {
			free(e->error);
			e->error = warc_field(r->block, r->block_len, "fetch-error");
		}
		complete = warc_get_header(r, "Pith-End") != NULL;
		replay_next(fs);
	}
	if (!complete) {
		free(e->final_url);
		free(e->ctype);
		free(e->body);
		free(e->error);
		e->final_url = e->ctype = e->body = e->error = NULL;
		e->body_len = 0;
		e->status = 0;
		replay_cut_at(fs, file, start);
		return 0;
	}
	e->raw_file = file;
	e->replayed = 1;
	e->state = E_DONE;
	return 1;
}

/* ---- emitting in order --------------------------------------------------- */

static int emit_entry(corpus_source *src, fentry *e)
{
	corpus_source_doc d;
	memset(&d, 0, sizeof d);
	d.kind = SRC_REJECT;
	d.source = e->source;
	d.url = e->url;
	d.raw_file = -1;
	char detail[512];
	if (e->state == E_SKIP) {
		d.reason = "skipped";
		return src->s.emit(src->s.ctx, &d);
	}
	if (e->state == E_REJECT) {
		d.reason = e->reason;
		d.detail = e->detail;
		return src->s.emit(src->s.ctx, &d);
	}
	if (!e->replayed && raw_write_entry(src, e, src->err, sizeof src->err)) {
		src->failed = 1;
		return -1;
	}
	d.raw_file = e->raw_file;
	const char *body = e->body;
	size_t body_len = e->body_len;
	if (!e->replayed && e->nhops) {
		body = e->hops[e->nhops - 1].body;
		body_len = e->hops[e->nhops - 1].body_len;
	}
	if (e->error) {
		/* a host whose robots.txt cannot be fetched at all is
		 * unreachable, not a policy refusal */
		d.reason = strstr(e->error, "robots") && !strstr(e->error, "unreachable") ? "robots" :
			   "fetch-error";
		d.detail = e->error;
	} else if (e->status < 200 || e->status >= 300) {
		snprintf(detail, sizeof detail, "HTTP status %d%s%s", e->status,
			 e->final_url && strcmp(e->final_url, e->url) ? " from " : "",
			 e->final_url && strcmp(e->final_url, e->url) ? e->final_url : "");
		d.reason = "http-status";
		d.detail = detail;
	} else if (!is_html_type(e->ctype)) {
		snprintf(detail, sizeof detail, "content type %s", e->ctype);
		d.reason = "not-html";
		d.detail = detail;
	} else if (src->o.max_doc_bytes && body_len > src->o.max_doc_bytes) {
		snprintf(detail, sizeof detail, "%zu bytes", body_len);
		d.reason = "too-large";
		d.detail = detail;
	} else {
		d.kind = SRC_HTML;
		d.url = e->final_url ? e->final_url : e->url;
		d.content_type = e->ctype;
		d.meta = e->meta;
		d.meta_len = e->meta_len;
		d.data = body ? body : "";
		d.len = body_len;
	}
	return src->s.emit(src->s.ctx, &d);
}

static int emit_ready(corpus_source *src)
{
	struct fetchsrc *fs = src->fs;
	while (!fs->aborted && fs->next_emit < fs->n && fs->batch[fs->next_emit].state != E_FETCH) {
		fentry *e = &fs->batch[fs->next_emit];
		if (emit_entry(src, e) < 0) {
			fs->aborted = 1;
			fs->stop = 1;
		}
		entry_free(e);
		fs->next_emit++;
	}
	return fs->aborted ? -1 : 0;
}

static char *dupn(const char *p, size_t n)
{
	return p ? xstrndup(p, n) : xstrdup("");
}

static int on_done(void *ctx, const fetch_result *r)
{
	corpus_source *src = ctx;
	fentry *e = r->user;
	e->status = r->status;
	e->attempts = r->attempts;
	e->final_url = xstrdup(r->final_url ? r->final_url : r->url);
	e->error = r->error ? xstrdup(r->error) : NULL;
	e->ctype = r->head ? head_get(r->head, r->head_len, "Content-Type") : NULL;
	e->nhops = r->nhops;
	e->hops = xcalloc((size_t)(r->nhops ? r->nhops : 1), sizeof(rhop));
	for (int i = 0; i < r->nhops; i++) {
		const fetch_hop *h = &r->hops[i];
		rhop *o = &e->hops[i];
		o->url = xstrdup(h->url);
		snprintf(o->ip, sizeof o->ip, "%s", h->ip ? h->ip : "");
		o->status = h->status;
		o->req = dupn(h->req_head, h->req_head_len);
		o->req_len = h->req_head ? h->req_head_len : 0;
		o->resp = dupn(h->resp_head, h->resp_head_len);
		o->resp_len = h->resp_head ? h->resp_head_len : 0;
		o->body = dupn(h->body, h->body_len);
		o->body_len = h->body ? h->body_len : 0;
		o->truncated = h->truncated;
		o->sec = h->date_sec;
		o->usec = h->date_usec;
	}
	e->state = E_DONE;
	return emit_ready(src) < 0 ? 1 : 0;
}

static int run_batch(corpus_source *src)
{
	struct fetchsrc *fs = src->fs;
	char err[512];
	size_t queued = 0;
	for (size_t i = 0; i < fs->n && !fs->aborted; i++) {
		fentry *e = &fs->batch[i];
		if (e->state != E_FETCH)
			continue;
		if (replay_take(fs, e))
			continue;
		if (!fs->f) {
			fs->f = fetcher_new(&fs->fo, err, sizeof err);
			if (!fs->f) {
				snprintf(src->err, sizeof src->err, "%s", err);
				src->failed = 1;
				fs->aborted = 1;
				break;
			}
		}
		if (fetcher_add(fs->f, e->url, NULL, 0, e, err, sizeof err)) {
			e->state = E_REJECT;
			e->reason = "bad-url";
			e->detail = xstrdup(err);
			continue;
		}
		if (fs->rp_have)
			replay_cut(fs);
		queued++;
	}
	emit_ready(src);
	if (queued && !fs->aborted) {
		int rc = fetcher_run(fs->f, on_done, src, err, sizeof err);
		if (rc && !fs->aborted) {
			/* the loop failed (libcurl) or was stopped: what is left
			 * is not fetched; name why */
			for (size_t i = fs->next_emit; i < fs->n; i++) {
				fentry *e = &fs->batch[i];
				if (e->state != E_FETCH)
					continue;
				e->state = E_REJECT;
				e->reason = "fetch-error";
				e->detail = xstrdup(rc < 0 ? err : "fetching stopped");
			}
		}
		if (rc && fs->f) {
			/* a fetcher that stopped mid-run may hold jobs: start afresh */
			fetcher_free(fs->f);
			fs->f = NULL;
		}
	}
	emit_ready(src);
	for (size_t i = fs->next_emit; i < fs->n; i++)
		entry_free(&fs->batch[i]);
	fs->n = 0;
	fs->next_emit = 0;
	return fs->aborted ? -1 : 0;
}

/* ---- the manifest -------------------------------------------------------- */

static int on_entry(void *ctx, const manifest_entry *me)
{
	corpus_source *src = ctx;
	struct fetchsrc *fs = src->fs;
	if (fs->aborted)
		return 1;
	fentry *e = entry_add(src, me->line);
	e->url = xstrdup(me->url);
	if (me->meta && me->meta_len > 2) {
		e->meta = xstrndup(me->meta, me->meta_len);
		e->meta_len = me->meta_len;
	}
	/* every entry counts toward the URL set, skipped or not, so a resumed
	 * build finds the same repeats */
	if (!set_add(fs, hash_xxh64(me->url, strlen(me->url), 0x75726c73u))) {
		e->state = E_REJECT;
		e->reason = "duplicate-url";
		e->detail = xstrdup("the URL is on an earlier manifest line");
	} else if (e->seq < src->o.resume_seq) {
		e->state = E_SKIP;
	} else {
		e->state = E_FETCH;
	}
	if (fs->n == fs->max && run_batch(src))
		return 1;
	return 0;
}

static void on_bad_line(void *ctx, const char *name, size_t line, const char *reason)
{
	corpus_source *src = ctx;
	struct fetchsrc *fs = src->fs;
	(void)name;
	if (fs->aborted)
		return;
	fentry *e = entry_add(src, line);
	e->state = E_REJECT;
	e->reason = "bad-manifest-line";
	e->detail = xstrdup(reason);
	if (fs->n == fs->max)
		run_batch(src);
}

int corpus_fetch_manifest(corpus_source *src, const char *path)
{
	struct fetchsrc *fs = src->fs;
	char err[512];
	fs->manifest = path;
	fs->n = fs->next_emit = 0;
	int rc = manifest_read(path, MANIFEST_AUTO, 0, on_entry, on_bad_line, src, NULL, err, sizeof err);
	if (!fs->aborted && fs->n)
		run_batch(src);
	if (fs->aborted)
		return -1;
	if (rc < 0) {
		corpus_source_doc d;
		memset(&d, 0, sizeof d);
		d.kind = SRC_REJECT;
		d.source = path;
		d.reason = "read-error";
		d.detail = err;
		d.raw_file = -1;
		return src->s.emit(src->s.ctx, &d) < 0 ? -1 : 0;
	}
	return 0;
}

/* ---- set up and close ---------------------------------------------------- */

int corpus_fetch_init(corpus_source *src, char *err, size_t errlen)
{
	struct fetchsrc *fs = xcalloc(1, sizeof(*fs));
	src->fs = fs;
	if (src->o.fetch)
		fs->fo = *src->o.fetch;
	else
		fetch_options_init(&fs->fo);
	fs->fo.stop = &fs->stop;
	fs->max = src->o.fetch_batch;
	if (!fs->max) {
		fs->max = 4 * (size_t)(fs->fo.concurrency > 0 ? fs->fo.concurrency : 1);
		if (fs->max < 64)
			fs->max = 64;
	}
	fs->batch = xcalloc(fs->max, sizeof(fentry));
	snprintf(fs->dir, sizeof fs->dir, "%s", src->o.out_dir ? src->o.out_dir : ".");
	buf_init(&fs->head);
	buf_init(&fs->extra);
	buf_init(&fs->fields);
	buf_init(&fs->tmp);
	fs->max_record = (src->o.max_doc_bytes > fs->fo.max_size ? src->o.max_doc_bytes : fs->fo.max_size) +
			 (1u << 20);
	if (!src->o.resume || src->o.no_raw)
		return 0;
	/* resume: how many raw files, the last one cut after its last whole record */
	char path[4200];
	int n = 0;
	for (;; n++) {
		raw_path(fs, n, path, sizeof path);
		if (access(path, F_OK))
			break;
	}
	fs->rp_nfiles = n;
	if (!n)
		return 0;
	fs->w_index = n - 1;
	raw_path(fs, n - 1, path, sizeof path);
	warc_repair_stats st;
	if (warc_repair_tail(path, NULL, NULL, &st, err, errlen))
		return -1;
	fs->rp_file = src->o.raw_resume_file > 0 && src->o.raw_resume_file < n ? src->o.raw_resume_file : 0;
	raw_path(fs, fs->rp_file, path, sizeof path);
	char e2[256];
	fs->rp = warc_reader_open(path, 0, fs->max_record, e2, sizeof e2);
	if (fs->rp)
		replay_next(fs);
	return 0;
}

int corpus_fetch_close(corpus_source *src, char *err, size_t errlen)
{
	struct fetchsrc *fs = src->fs;
	if (!fs)
		return 0;
	int rc = 0;
	replay_close(fs);
	if (fs->w && warc_writer_close(fs->w, err, errlen))
		rc = -1;
	for (size_t i = 0; i < fs->n; i++)
		entry_free(&fs->batch[i]);
	free(fs->batch);
	free(fs->set);
	fetcher_free(fs->f);
	buf_free(&fs->head);
	buf_free(&fs->extra);
	buf_free(&fs->fields);
	buf_free(&fs->tmp);
	free(fs);
	src->fs = NULL;
	return rc;
}
