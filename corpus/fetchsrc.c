/*
 * fetchsrc.c: URL manifests as build inputs, fetched on the fly.
 *
 * A steady feed through a window. Every manifest entry becomes exactly one
 * item (a document, or a reject: bad manifest line, repeated URL, fetch
 * error, HTTP error status, not HTML), so its build sequence number is fixed
 * by its place in the manifest: the sink's next number when the manifest
 * starts, plus its index. At most W entries (--fetch-batch, default 4 x
 * --concurrency, at least 64) are in the window: queued on the fetcher, or
 * finished and waiting for an earlier one. Transfers finish in any order;
 * each time one does, the fetcher's done callback hands the longest
 * finished prefix of the window to the sink in manifest order and, for the
 * room that frees, takes in the next manifest entries and adds them to the
 * running fetcher (fetcher_add from inside the callback). So the fetcher
 * does not drain until the manifest ends, and a slow transfer holds back
 * only the W - 1 entries after it rather than the start of a whole next
 * batch. The sequence, and with it the shards, depend only on the manifest
 * and on the bytes fetched, never on completion order, -j or W. Memory is
 * bounded by W pages (and SPARE_MAX recycled page buffers).
 *
 * common/manifest.h pushes entries through a callback, while the fetcher
 * wants to pull them from its own callback: the manifest is parsed on a
 * thread of its own into a queue of at most W parsed entries. The done
 * callback takes only what the queue already holds. When the transfer that
 * finished was the fetcher's last one, the callback only hands on and the
 * run ends; the loop outside takes in the next entries (waiting for the
 * parser if need be, and then FILL_WAIT_MS at most for the window to fill)
 * and runs the fetcher again at once. (URLs added from a callback are
 * started after the loop's next wait for socket activity, and with nothing
 * in flight that wait lasts its whole timeout.) The fetcher keeps its
 * per-host politeness state (robots.txt, delays, connections) from run to
 * run and from manifest to manifest.
 *
 * Raw pages: unless --no-raw, every fetched entry's records (request and
 * response per redirect hop, a metadata record for failures) are appended
 * to DIR/raw/pages-NNNNN.warc.gz (rotated at 1 GiB) when the entry is
 * handed on, i.e. in sequence order. Each record carries "Pith-Seq: N", the
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
 *
 * Standard input ("-") can be read only once, while a resumed build must
 * number the same entries again. So it is first copied whole to
 * DIR/stdin.manifest (written as .part, fsynced, renamed), and only then
 * read like a file; nothing is numbered before the copy is complete. A
 * resumed build reads that copy and never standard input; if the copy was
 * not completed, nothing depended on it, and standard input is read again.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/hash.h"
#include "common/manifest.h"
#include "corpus/source.h"
#include "fetch/warc.h"

#define RAW_FILE_MAX (1ull << 30)
#define SPARE_MAX 16                /* page buffers kept for reuse ... */
#define SPARE_MAX_CAP (4u << 20)    /* ... up to this size each */
#define FILL_WAIT_MS 20             /* fetcher idle: wait this long for more entries */

typedef struct rhop {
	char *url;
	char ip[64];
	int status;
	char *req, *resp;
	size_t req_len, resp_len;
	buf body;
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
	buf body;              /* replayed payload */
} fentry;

/* A parsed manifest line on its way from the parser thread. */
typedef struct qent {
	size_t line;
	char *url;             /* NULL: a bad line, and text is the reason */
	char *text;            /* the manifest fields (JSON), or the reason */
	size_t text_len;
} qent;

/* The parser thread and its queue. */
typedef struct mfeed {
	pthread_t thr;
	pthread_mutex_t mu;
	pthread_cond_t cv_item, cv_room;
	qent *q;
	size_t cap, head, n;
	int ended, stop;
	int rc;                /* manifest_read's */
	char err[512];
	const char *path;
} mfeed;

enum { TAKE_NOW, TAKE_BRIEF, TAKE_WAIT };

struct fetchsrc {
	fetch_options fo;
	volatile sig_atomic_t stop;
	fetcher *f;
	int aborted;
	size_t in_fetcher;     /* window entries queued on the fetcher */
	/* the window: a ring of W entries, whead the next to hand on */
	fentry *win;
	size_t W, whead, wn;
	uint64_t next_seq;     /* of the next entry taken in */
	const char *name;      /* the manifest as sources name it */
	mfeed *mf;
	int feed_ended;
	int stdin_used;
	/* normalised URLs seen (xxh64; 0 marks an empty slot) */
	uint64_t *set;
	size_t set_cap, set_n;
	/* page buffers for fetch_result_take_body */
	buf spare[SPARE_MAX];
	size_t nspare;
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

/* A buffer for a page: a recycled one if there is one. */
static void spare_get(struct fetchsrc *fs, buf *b)
{
	if (fs->nspare)
		*b = fs->spare[--fs->nspare];
	else
		buf_init(b);
}

static void spare_put(struct fetchsrc *fs, buf *b)
{
	if (b->cap && b->cap <= SPARE_MAX_CAP && fs->nspare < SPARE_MAX) {
		buf_reset(b);
		fs->spare[fs->nspare++] = *b;
	} else {
		buf_free(b);
	}
	buf_init(b);
}

static void entry_free(struct fetchsrc *fs, fentry *e)
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
		spare_put(fs, &e->hops[i].body);
	}
	free(e->hops);
	spare_put(fs, &e->body);
	memset(e, 0, sizeof(*e));
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
		warc_http_head_for_decoded(h->resp, h->resp_len, h->body.len, &fs->head);
		resp.head = fs->head.data;
		resp.head_len = fs->head.len;
		resp.body = h->body.data;
		resp.body_len = h->body.len;
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
	 * here is cut once it is (start_fetch) */
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
			if (!e->body.cap)
				spare_get(fs, &e->body);
			buf_reset(&e->body);
			buf_append(&e->body, r->payload, r->payload_len);
		} else if (r->type && !strcmp(r->type, "metadata")) {
			free(e->error);
			e->error = head_get(r->block, r->block_len, "fetch-error");
		}
		complete = warc_get_header(r, "Pith-End") != NULL;
		replay_next(fs);
	}
	if (!complete) {
		free(e->final_url);
		free(e->ctype);
		free(e->error);
		e->final_url = e->ctype = e->error = NULL;
		buf_reset(&e->body);
		e->status = 0;
		replay_cut_at(fs, file, start);
		return 0;
	}
	e->raw_file = file;
	e->replayed = 1;
	e->state = E_DONE;
	return 1;
}

/* ---- handing on in order ------------------------------------------------- */

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
	const buf *body = e->replayed || !e->nhops ? &e->body : &e->hops[e->nhops - 1].body;
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
	} else if (src->o.max_doc_bytes && body->len > src->o.max_doc_bytes) {
		snprintf(detail, sizeof detail, "%zu bytes", body->len);
		d.reason = "too-large";
		d.detail = detail;
	} else {
		d.kind = SRC_HTML;
		d.url = e->final_url ? e->final_url : e->url;
		d.content_type = e->ctype;
		d.meta = e->meta;
		d.meta_len = e->meta_len;
		d.data = body->data;
		d.len = body->len;
	}
	return src->s.emit(src->s.ctx, &d);
}

static void abort_feed(struct fetchsrc *fs)
{
	fs->aborted = 1;
	fs->stop = 1;   /* the fetcher returns soon */
}

/* Hand on the longest finished prefix of the window. */
static void emit_ready(corpus_source *src)
{
	struct fetchsrc *fs = src->fs;
	while (!fs->aborted && fs->wn && fs->win[fs->whead].state != E_FETCH) {
		fentry *e = &fs->win[fs->whead];
		if (emit_entry(src, e) < 0)
			abort_feed(fs);
		entry_free(fs, e);
		fs->whead = (fs->whead + 1) % fs->W;
		fs->wn--;
	}
}

/* ---- the parser thread --------------------------------------------------- */

static void qent_free(qent *q)
{
	free(q->url);
	free(q->text);
}

/* Queue a parsed line, waiting while the queue is full. 1: stop reading. */
static int mf_push(mfeed *m, qent *q)
{
	pthread_mutex_lock(&m->mu);
	while (m->n == m->cap && !m->stop)
		pthread_cond_wait(&m->cv_room, &m->mu);
	int stop = m->stop;
	if (!stop) {
		m->q[(m->head + m->n) % m->cap] = *q;
		if (m->n++ == 0)
			pthread_cond_signal(&m->cv_item);
	}
	pthread_mutex_unlock(&m->mu);
	if (stop)
		qent_free(q);
	return stop;
}

static int mf_on_entry(void *ctx, const manifest_entry *me)
{
	qent q;
	q.line = me->line;
	q.url = xstrdup(me->url);
	q.text = NULL;
	q.text_len = 0;
	if (me->meta && me->meta_len > 2) {
		q.text = xstrndup(me->meta, me->meta_len);
		q.text_len = me->meta_len;
	}
	return mf_push(ctx, &q);
}

static void mf_on_bad_line(void *ctx, const char *name, size_t line, const char *reason)
{
	(void)name;
	qent q;
	q.line = line;
	q.url = NULL;
	q.text = xstrdup(reason);
	q.text_len = strlen(reason);
	mf_push(ctx, &q);
}

static void *mf_main(void *arg)
{
	mfeed *m = arg;
	char err[512] = "";
	int rc = manifest_read(m->path, MANIFEST_AUTO, 0, mf_on_entry, mf_on_bad_line, m, NULL,
			       err, sizeof err);
	pthread_mutex_lock(&m->mu);
	m->rc = rc;
	snprintf(m->err, sizeof m->err, "%s", err);
	m->ended = 1;
	pthread_cond_signal(&m->cv_item);
	pthread_mutex_unlock(&m->mu);
	return NULL;
}

static int mf_start(mfeed *m, const char *path, size_t cap)
{
	memset(m, 0, sizeof(*m));
	m->path = path;
	m->cap = cap;
	m->q = xcalloc(cap, sizeof(qent));
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_mutex_init(&m->mu, NULL);
	pthread_cond_init(&m->cv_item, &ca);
	pthread_cond_init(&m->cv_room, NULL);
	pthread_condattr_destroy(&ca);
	if (pthread_create(&m->thr, NULL, mf_main, m)) {
		pthread_mutex_destroy(&m->mu);
		pthread_cond_destroy(&m->cv_item);
		pthread_cond_destroy(&m->cv_room);
		free(m->q);
		return -1;
	}
	return 0;
}

/* Stop the parser (if it still runs), wait for it, drop what it queued. */
static void mf_finish(mfeed *m)
{
	pthread_mutex_lock(&m->mu);
	m->stop = 1;
	pthread_cond_signal(&m->cv_room);
	pthread_mutex_unlock(&m->mu);
	pthread_join(m->thr, NULL);
	for (size_t i = 0; i < m->n; i++)
		qent_free(&m->q[(m->head + i) % m->cap]);
	free(m->q);
	pthread_mutex_destroy(&m->mu);
	pthread_cond_destroy(&m->cv_item);
	pthread_cond_destroy(&m->cv_room);
}

/* The next parsed line: 1 (in *q), 0 none yet, -1 the manifest has ended.
 * TAKE_NOW does not wait, TAKE_BRIEF waits up to FILL_WAIT_MS, TAKE_WAIT
 * until there is one. */
static int mf_take(mfeed *m, qent *q, int mode)
{
	pthread_mutex_lock(&m->mu);
	if (mode == TAKE_WAIT) {
		while (!m->n && !m->ended)
			pthread_cond_wait(&m->cv_item, &m->mu);
	} else if (mode == TAKE_BRIEF && !m->n && !m->ended) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		ts.tv_nsec += FILL_WAIT_MS * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		while (!m->n && !m->ended)
			if (pthread_cond_timedwait(&m->cv_item, &m->mu, &ts) == ETIMEDOUT)
				break;
	}
	int r = -1;
	if (m->n) {
		*q = m->q[m->head];
		m->head = (m->head + 1) % m->cap;
		if (m->n-- == m->cap)
			pthread_cond_signal(&m->cv_room);
		r = 1;
	} else if (!m->ended) {
		r = 0;
	}
	pthread_mutex_unlock(&m->mu);
	return r;
}

/* ---- the window ---------------------------------------------------------- */

static void start_fetch(corpus_source *src, fentry *e)
{
	struct fetchsrc *fs = src->fs;
	char err[512];
	if (!fs->f) {
		fs->f = fetcher_new(&fs->fo, err, sizeof err);
		if (!fs->f) {
			snprintf(src->err, sizeof src->err, "%s", err);
			src->failed = 1;
			abort_feed(fs);
			e->state = E_REJECT;
			e->reason = "fetch-error";
			e->detail = xstrdup(err);
			return;
		}
	}
	if (fetcher_add(fs->f, e->url, NULL, 0, e, err, sizeof err)) {
		e->state = E_REJECT;
		e->reason = "bad-url";
		e->detail = xstrdup(err);
		return;
	}
	fs->in_fetcher++;
	/* fetched, not replayed: the raw files past this point are cut */
	if (fs->rp_have)
		replay_cut(fs);
}

/* Take a parsed line into the window (there is room). */
static void admit(corpus_source *src, qent *q)
{
	struct fetchsrc *fs = src->fs;
	fentry *e = &fs->win[(fs->whead + fs->wn) % fs->W];
	fs->wn++;
	memset(e, 0, sizeof(*e));
	buf_init(&e->body);
	e->seq = fs->next_seq++;
	e->raw_file = -1;
	buf b = BUF_INIT;
	buf_init(&b);
	buf_printf(&b, "%s:%zu", fs->name, q->line);
	e->source = buf_detach(&b, NULL);
	if (!q->url) {
		e->state = E_REJECT;
		e->reason = "bad-manifest-line";
		e->detail = q->text;
		return;
	}
	e->url = q->url;
	e->meta = q->text;
	e->meta_len = q->text_len;
	/* every entry counts toward the URL set, skipped or not, so a resumed
	 * build finds the same repeats */
	if (!set_add(fs, hash_xxh64(e->url, strlen(e->url), 0x75726c73u))) {
		e->state = E_REJECT;
		e->reason = "duplicate-url";
		e->detail = xstrdup("the URL is on an earlier manifest line");
	} else if (e->seq < src->o.resume_seq) {
		e->state = E_SKIP;
	} else {
		e->state = E_FETCH;
		if (!replay_take(fs, e))
			start_fetch(src, e);
	}
}

/* Hand on what is finished at the head of the window and take in new
 * entries while there is room. Inside the done callback only lines the
 * parser already has are taken; outside, the fetcher is idle: wait for
 * the parser, but once something is queued on the fetcher only briefly. */
static void fill(corpus_source *src, int inside)
{
	struct fetchsrc *fs = src->fs;
	for (;;) {
		emit_ready(src);
		if (fs->aborted || fs->feed_ended || fs->wn == fs->W)
			return;
		int mode = inside ? TAKE_NOW : fs->in_fetcher ? TAKE_BRIEF : TAKE_WAIT;
		qent q;
		int r = mf_take(fs->mf, &q, mode);
		if (r < 0)
			fs->feed_ended = 1;
		if (r <= 0)
			return;
		admit(src, &q);
	}
}

static char *dupn(const char *p, size_t n)
{
	return p ? xstrndup(p, n) : xstrdup("");
}

static int on_done(void *ctx, const fetch_result *r)
{
	corpus_source *src = ctx;
	struct fetchsrc *fs = src->fs;
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
		o->truncated = h->truncated;
		o->sec = h->date_sec;
		o->usec = h->date_usec;
		/* the page itself is moved, not copied; the fetcher gets a
		 * spare buffer in exchange */
		spare_get(fs, &o->body);
		fetch_result_take_body(r, i, &o->body);
	}
	e->state = E_DONE;
	fs->in_fetcher--;
	/* When this was the fetcher's last URL, only hand on: the run then
	 * ends at once and the loop outside takes in the next entries and
	 * runs it again. URLs added from the callback are placed only after
	 * the loop's next wait for socket activity, which with nothing else
	 * in flight lasts its full timeout (250 ms). */
	if (!fs->aborted) {
		if (fs->in_fetcher)
			fill(src, 1);
		else
			emit_ready(src);
	}
	return fs->aborted;
}

static void run_fetcher(corpus_source *src)
{
	struct fetchsrc *fs = src->fs;
	char err[512];
	int rc = fetcher_run(fs->f, on_done, src, err, sizeof err);
	if (rc == 0)
		return;
	if (!fs->aborted) {
		/* the loop failed (libcurl): what it still held is not fetched;
		 * name why, and go on with a fresh fetcher */
		for (size_t i = 0; i < fs->wn; i++) {
			fentry *e = &fs->win[(fs->whead + i) % fs->W];
			if (e->state != E_FETCH)
				continue;
			e->state = E_REJECT;
			e->reason = "fetch-error";
			e->detail = xstrdup(rc < 0 ? err : "fetching stopped");
		}
	}
	/* a fetcher that stopped mid-run may hold jobs pointing into the window */
	fetcher_free(fs->f);
	fs->f = NULL;
	fs->in_fetcher = 0;
}

/* ---- standard input ------------------------------------------------------ */

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Copy standard input to DIR/stdin.manifest, or on resume find the copy an
 * interrupted build completed. 0 with the copy's path in out, or -1
 * (src->err). Standard input that cannot be read fails the build rather
 * than becoming a reject: a reject would take a sequence number that a
 * resumed build, reading standard input again, would give to entries. */
static int stdin_copy(corpus_source *src, char *out, size_t outlen)
{
	struct fetchsrc *fs = src->fs;
	char part[4200];
	snprintf(out, outlen, "%s/" CORPUS_STDIN_COPY, fs->dir);
	snprintf(part, sizeof part, "%.4000s.part", out);
	if (src->o.resume && access(out, F_OK) == 0)
		return 0;
	int fd = open(part, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		snprintf(src->err, sizeof src->err, "%.300s: %s", part, strerror(errno));
		return -1;
	}
	char *b = xmalloc(1 << 16);
	int rc = 0;
	for (;;) {
		ssize_t n = read(0, b, 1 << 16);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			snprintf(src->err, sizeof src->err, "standard input: %s", strerror(errno));
			rc = -1;
			break;
		}
		if (n == 0)
			break;
		if (write_all(fd, b, (size_t)n)) {
			snprintf(src->err, sizeof src->err, "%.300s: %s", part, strerror(errno));
			rc = -1;
			break;
		}
	}
	free(b);
	if (rc == 0 && fsync(fd)) {
		snprintf(src->err, sizeof src->err, "%.300s: %s", part, strerror(errno));
		rc = -1;
	}
	close(fd);
	if (rc == 0 && rename(part, out)) {
		snprintf(src->err, sizeof src->err, "%.300s: %s", out, strerror(errno));
		rc = -1;
	}
	if (rc) {
		unlink(part);
		return rc;
	}
	int dfd = open(fs->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	return 0;
}

/* ---- a manifest ---------------------------------------------------------- */

static int emit_read_error(corpus_source *src, const char *source, const char *detail)
{
	corpus_source_doc d;
	memset(&d, 0, sizeof d);
	d.kind = SRC_REJECT;
	d.source = source;
	d.reason = "read-error";
	d.detail = detail;
	d.raw_file = -1;
	return src->s.emit(src->s.ctx, &d) < 0 ? -1 : 0;
}

int corpus_fetch_manifest(corpus_source *src, const char *path)
{
	struct fetchsrc *fs = src->fs;
	char copy[4200];
	const char *file = path;
	if (!strcmp(path, "-")) {
		if (fs->stdin_used)
			return emit_read_error(src, path, "standard input was read as an earlier input; "
					       "it can be read only once");
		fs->stdin_used = 1;
		if (stdin_copy(src, copy, sizeof copy)) {
			src->failed = 1;
			return -1;
		}
		file = copy;
	}
	fs->name = path;
	fs->next_seq = src->s.next_seq(src->s.ctx);
	fs->feed_ended = 0;
	mfeed m;
	if (mf_start(&m, file, fs->W)) {
		snprintf(src->err, sizeof src->err, "cannot start a thread to read %.300s", path);
		src->failed = 1;
		return -1;
	}
	fs->mf = &m;
	while (!fs->aborted) {
		fill(src, 0);
		if (fs->aborted)
			break;
		if (fs->in_fetcher)
			run_fetcher(src);
		else if (fs->feed_ended)
			break;   /* and the window is empty: nothing waits for a fetch */
	}
	mf_finish(&m);
	fs->mf = NULL;
	if (fs->aborted) {
		/* the fetcher's jobs point into the window: drop both */
		fetcher_free(fs->f);
		fs->f = NULL;
		fs->in_fetcher = 0;
		for (; fs->wn; fs->wn--, fs->whead = (fs->whead + 1) % fs->W)
			entry_free(fs, &fs->win[fs->whead]);
		return -1;
	}
	if (m.rc < 0)
		return emit_read_error(src, path, m.err);
	return 0;
}

/* ---- set up and close ---------------------------------------------------- */

/* W for --fetch-batch n: n, or by default 4 x concurrency, at least 64 */
static size_t window_size(size_t fetch_batch, int concurrency)
{
	if (fetch_batch)
		return fetch_batch;
	size_t w = 4 * (size_t)(concurrency > 0 ? concurrency : 1);
	return w < 64 ? 64 : w;
}

int corpus_fetch_init(corpus_source *src, char *err, size_t errlen)
{
	struct fetchsrc *fs = xcalloc(1, sizeof(*fs));
	src->fs = fs;
	if (src->o.fetch)
		fs->fo = *src->o.fetch;
	else
		fetch_options_init(&fs->fo);
	fs->fo.stop = &fs->stop;
	fs->W = window_size(src->o.fetch_batch, fs->fo.concurrency);
	fs->win = xcalloc(fs->W, sizeof(fentry));
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
	/* jobs of a stopped fetcher point into the window: free it first */
	fetcher_free(fs->f);
	for (size_t i = 0; i < fs->wn; i++)
		entry_free(fs, &fs->win[(fs->whead + i) % fs->W]);
	free(fs->win);
	free(fs->set);
	for (size_t i = 0; i < fs->nspare; i++)
		buf_free(&fs->spare[i]);
	buf_free(&fs->head);
	buf_free(&fs->extra);
	buf_free(&fs->fields);
	buf_free(&fs->tmp);
	free(fs);
	src->fs = NULL;
	return rc;
}
