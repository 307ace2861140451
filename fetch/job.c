/*
 * job: the `pith fetch` job — manifests in, WARC and a JSONL log out,
 * resumable.
 *
 * Threads: the caller's thread runs the fetcher's event loop; writer
 * threads own the WARC file and the log. A finished URL becomes a queue
 * item: its page buffers are moved, not copied (fetch_result_take_body),
 * and written buffers travel back to the fetcher for reuse. For .warc and
 * for .warc.gz on one core a single writer thread serialises, digests,
 * compresses and writes; for .warc.gz on several cores one thread per core
 * compresses items into memory side by side and they commit to the file
 * in queue order. Either way compression and disk never run on the loop.
 * The queue is bounded in bytes (32 MB): the loop waits only when the
 * writers are that far behind, which bounds memory.
 *
 * Commit protocol, which makes resume exact: for each finished URL the
 * writer first writes all its WARC records (with whole writes),
 * then appends one log line carrying "warc_end", the WARC size after those
 * records. The log line is the commit point. On a rerun, the log's partial
 * last line (if any) is cut, the WARC's half-written tail record is cut by
 * warc_repair_tail(), and then the WARC is cut back to the last logged
 * warc_end, dropping records of URLs whose log line never made it. URLs in
 * the log are skipped; everything else is fetched again. So after
 * `kill -9` at any moment the next run leaves no URL twice and none
 * missing, and every run starts with its own warcinfo record.
 */
#include <errno.h>
#include <stdarg.h>
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
#include "common/json.h"
#include "common/jsonr.h"
#include "common/manifest.h"
#include "fetch/fetch.h"
#include "fetch/warc.h"

/* Finished pages waiting for the writer; past this the loop waits. */
#define QUEUE_MAX_BYTES (32u << 20)
/* Spare page buffers kept between the writer and the loop. */
#define SPARE_MAX 64
#define SPARE_MAX_CAP (4u << 20)
/* Records of up to this many bytes of pages go out with one writev, then
 * their log lines with one write. Small on purpose: a page is written while
 * it is still in the CPU cache from its digest (8 MB batches measured 30 %
 * more CPU: the kernel's copy into the page cache then reads cold memory). */
#define WRITE_BATCH_BYTES (64u << 10)
/* Most compression threads for .warc.gz. */
#define MAX_WORKERS 16

typedef struct whop {
	char *url;
	char ip[64];
	int status;
	char *req; size_t req_len;
	char *resp; size_t resp_len;
	buf body;                 /* taken from the fetcher without a copy */
	int truncated;
	int64_t sec;
	long usec;
} whop;

typedef struct witem {
	struct witem *next;
	uint64_t seq;             /* queue order = commit order */
	char *url, *final_url, *error;
	int status, attempts;
	double ms;
	whop *hops;
	int nhops;
	size_t mem;
} witem;

typedef struct jobctx {
	const fetch_job *job;
	fetch_summary *sum;
	fetcher *f;
	url_set *seen, *done;
	/* writer */
	warc_writer *w;
	int logfd;
	pthread_t thr;
	pthread_mutex_t mu;
	pthread_cond_t cv_item, cv_room;
	witem *head, *tail;
	size_t qbytes;
	int writer_idle;          /* writer threads waiting for items: signal one */
	int loop_waiting;         /* the loop waits for room: signal it */
	buf spare[SPARE_MAX];     /* written pages' buffers, handed back to the fetcher */
	size_t nspare;
	int closing;
	int werr;
	char werrmsg[256];
	size_t records;
	uint64_t bytes;
	buf logq;                 /* log lines of records not yet flushed */
	/* .warc.gz with several cores: nworkers threads compress items into
	 * memory side by side and commit them to the file in queue order */
	int nworkers;
	pthread_t workers[MAX_WORKERS];
	uint64_t next_seq;        /* under mu */
	pthread_mutex_t cmu;      /* the ordered commit */
	pthread_cond_t cv_commit;
	uint64_t next_commit;     /* under cmu */
	int commit_failed;        /* under cmu */
} jobctx;

static void warn(jobctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void warn(jobctx *c, const char *fmt, ...)
{
	if (!c->job->on_warning)
		return;
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	c->job->on_warning(c->job->ctx, msg);
}

static void witem_free(witem *it)
{
	for (int i = 0; i < it->nhops; i++) {
		free(it->hops[i].url);
		free(it->hops[i].req);
		free(it->hops[i].resp);
		buf_free(&it->hops[i].body);
	}
	free(it->hops);
	free(it->url);
	free(it->final_url);
	free(it->error);
	free(it);
}

static char *dupn(const char *p, size_t n)
{
	return p ? xstrndup(p, n) : xstrdup("");
}

/* ---- writer thread ------------------------------------------------------- */

/* Write one finished URL's records with w (the file writer, or a worker's
 * memory writer: then info_id names the run's warcinfo record) and append
 * its log line to line, all but the closing warc_end (log_line_end). */
static int emit_item(warc_writer *w, const char *info_id, witem *it, buf *line, size_t *nrec,
		     uint64_t *nbytes, char *err, size_t errlen)
{
	buf head = BUF_INIT, tmp = BUF_INIT;
	buf_init(&head);
	buf_init(&tmp);
	char last_resp[WARC_ID_LEN] = "";
	int rc = 0;
	for (int i = 0; i < it->nhops && !rc; i++) {
		whop *h = &it->hops[i];
		if (!h->status)
			continue;
		warc_rec req, resp;
		memset(&req, 0, sizeof(req));
		memset(&resp, 0, sizeof(resp));
		warc_writer_new_id(w, req.id);
		warc_writer_new_id(w, resp.id);
		req.type = "request";
		req.target_uri = h->url;
		req.ip_address = h->ip[0] ? h->ip : NULL;
		req.concurrent_to = resp.id;
		req.warcinfo_id = info_id;
		req.date_sec = h->sec;
		req.date_usec = h->usec;
		req.head = h->req;
		req.head_len = h->req_len;
		if (!req.head_len) {   /* libcurl did not report it: say what we asked */
			buf_reset(&tmp);
			buf_printf(&tmp, "GET %s HTTP/1.1\r\n\r\n", h->url);
			req.head = tmp.data;
			req.head_len = tmp.len;
		}
		resp.type = "response";
		resp.target_uri = h->url;
		resp.ip_address = req.ip_address;
		resp.concurrent_to = req.id;
		resp.warcinfo_id = info_id;
		resp.date_sec = h->sec;
		resp.date_usec = h->usec;
		warc_http_head_for_decoded(h->resp, h->resp_len, h->body.len, &head);
		resp.head = head.data;
		resp.head_len = head.len;
		resp.body = h->body.data;
		resp.body_len = h->body.len;
		if (h->truncated)
			resp.truncated = "length";
		rc = warc_write(w, &req, err, errlen);
		if (!rc)
			rc = warc_write(w, &resp, err, errlen);
		if (!rc) {
			*nrec += 2;
			*nbytes += h->body.len;
			memcpy(last_resp, resp.id, WARC_ID_LEN);
		}
	}
	if (!rc && it->error) {
		buf fields = BUF_INIT;
		buf_init(&fields);
		char num[32];
		warc_fields_add(&fields, "fetch-error", it->error);
		snprintf(num, sizeof(num), "%d", it->status);
		warc_fields_add(&fields, "fetch-status", num);
		snprintf(num, sizeof(num), "%d", it->attempts);
		warc_fields_add(&fields, "fetch-attempts", num);
		warc_fields_add(&fields, "final-url", it->final_url);
		warc_rec m;
		memset(&m, 0, sizeof(m));
		m.type = "metadata";
		m.target_uri = it->url;
		m.concurrent_to = last_resp[0] ? last_resp : NULL;
		m.warcinfo_id = info_id;
		m.body = fields.data;
		m.body_len = fields.len;
		rc = warc_write(w, &m, err, errlen);
		if (!rc)
			(*nrec)++;
		buf_free(&fields);
	}
	buf_free(&head);
	buf_free(&tmp);
	if (rc)
		return rc;

	/* the commit point: one log line, written whole after the records it
	 * covers */
	json_writer jw;
	json_init(&jw, line);
	json_obj_begin(&jw);
	json_kv_str(&jw, "url", it->url);
	json_kv_str(&jw, "final_url", it->final_url);
	json_kv_int(&jw, "status", it->status);
	json_kv_int(&jw, "bytes", it->nhops ? (long long)it->hops[it->nhops - 1].body.len : 0);
	json_kv_int(&jw, "ms", (long long)(it->ms + 0.5));
	json_kv_int(&jw, "attempts", it->attempts);
	json_kv_str(&jw, "error", it->error);
	if (it->nhops && it->hops[it->nhops - 1].truncated) {
		json_key(&jw, "truncated");
		json_bool(&jw, 1);
	}
	return 0;
}

/* Close a log line from emit_item with the WARC size after its records. */
static void log_line_end(buf *line, uint64_t warc_end)
{
	buf_printf(line, ",\"warc_end\":%llu}\n", (unsigned long long)warc_end);
}

static int write_all(int fd, const char *p, size_t n, char *err, size_t errlen)
{
	size_t off = 0;
	while (off < n) {
		ssize_t k = write(fd, p + off, n - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			snprintf(err, errlen, "writing the log: %s", strerror(errno));
			return -1;
		}
		off += (size_t)k;
	}
	return 0;
}

static int write_item(jobctx *c, witem *it, char *err, size_t errlen)
{
	if (emit_item(c->w, NULL, it, &c->logq, &c->records, &c->bytes, err, errlen))
		return -1;
	log_line_end(&c->logq, warc_writer_offset(c->w));
	return 0;
}

/* Write the queued records, then their log lines: a crash in between
 * leaves records without a log line, which a resumed run cuts off. */
static int commit_batch(jobctx *c, char *err, size_t errlen)
{
	if (warc_writer_flush(c->w, err, errlen))
		return -1;
	int rc = write_all(c->logfd, c->logq.data, c->logq.len, err, errlen);
	buf_reset(&c->logq);
	return rc;
}

/* Give an item's page buffers back for reuse (called with mu held). */
static void spare_put_locked(jobctx *c, witem *it)
{
	for (int i = 0; i < it->nhops; i++) {
		buf *b = &it->hops[i].body;
		if (b->cap && b->cap <= SPARE_MAX_CAP && c->nspare < SPARE_MAX) {
			buf_reset(b);
			c->spare[c->nspare++] = *b;
			buf_init(b);
		}
	}
}

static void *writer_main(void *arg)
{
	jobctx *c = arg;
	pthread_mutex_lock(&c->mu);
	for (;;) {
		while (!c->head && !c->closing) {
			c->writer_idle++;
			pthread_cond_wait(&c->cv_item, &c->mu);
			c->writer_idle--;
		}
		if (!c->head)
			break;
		/* take the whole queue: one lock round trip per batch, not per page */
		witem *batch = c->head;
		c->head = c->tail = NULL;
		pthread_mutex_unlock(&c->mu);
		size_t done_bytes = 0, queued = 0;
		witem *it = batch;
		char err[256];
		while (it) {
			int rc = c->werr ? 0 : write_item(c, it, err, sizeof(err));
			done_bytes += it->mem;
			queued += it->mem;
			/* records reference the pages: commit before they are
			 * recycled, in small slices (WRITE_BATCH_BYTES) */
			if (!rc && !c->werr && (queued >= WRITE_BATCH_BYTES || !it->next)) {
				rc = commit_batch(c, err, sizeof(err));
				queued = 0;
			}
			if (rc) {
				/* nothing more reaches the file: records still queued
				 * belong to URLs without a log line (fetched again on
				 * resume) and point into pages about to be recycled */
				warc_writer_discard(c->w);
				buf_reset(&c->logq);
				pthread_mutex_lock(&c->mu);
				if (!c->werr) {
					c->werr = 1;
					snprintf(c->werrmsg, sizeof(c->werrmsg), "%s", err);
				}
				pthread_mutex_unlock(&c->mu);
			}
			it = it->next;
		}
		pthread_mutex_lock(&c->mu);
		c->qbytes -= done_bytes;
		for (it = batch; it; it = it->next)
			spare_put_locked(c, it);
		if (c->loop_waiting)
			pthread_cond_signal(&c->cv_room);
		pthread_mutex_unlock(&c->mu);
		while (batch) {
			it = batch;
			batch = it->next;
			witem_free(it);
		}
		pthread_mutex_lock(&c->mu);
	}
	pthread_mutex_unlock(&c->mu);
	return NULL;
}

/* A compression thread (.warc.gz on several cores): takes the next item,
 * serialises and compresses its records into memory with its own memory
 * writer, then waits for its turn and appends them and the log line. */
static void *worker_main(void *arg)
{
	jobctx *c = arg;
	buf out = BUF_INIT, line = BUF_INIT;
	buf_init(&out);
	buf_init(&line);
	char err[256] = "", info[WARC_ID_LEN] = "";
	const char *wi = warc_writer_warcinfo_id(c->w);   /* written before the threads start */
	if (wi)
		snprintf(info, sizeof(info), "%s", wi);
	warc_writer *mw = warc_writer_open_mem(&out, WARC_W_GZIP, c->job->gzip_level, err, sizeof(err));
	pthread_mutex_lock(&c->mu);
	for (;;) {
		while (!c->head && !c->closing) {
			c->writer_idle++;
			pthread_cond_wait(&c->cv_item, &c->mu);
			c->writer_idle--;
		}
		if (!c->head)
			break;
		witem *it = c->head;
		c->head = it->next;
		if (!c->head)
			c->tail = NULL;
		int skip = c->werr;
		pthread_mutex_unlock(&c->mu);

		size_t nrec = 0;
		uint64_t nbytes = 0;
		buf_reset(&out);
		buf_reset(&line);
		int rc = !mw ? -1 : skip ? 0 :
			 emit_item(mw, info[0] ? info : NULL, it, &line, &nrec, &nbytes, err, sizeof(err));
		pthread_mutex_lock(&c->cmu);
		while (c->next_commit != it->seq)
			pthread_cond_wait(&c->cv_commit, &c->cmu);
		if (!rc && !skip && !c->commit_failed) {
			rc = warc_writer_append_raw(c->w, out.data, out.len, err, sizeof(err));
			if (!rc) {
				log_line_end(&line, warc_writer_offset(c->w));
				rc = write_all(c->logfd, line.data, line.len, err, sizeof(err));
			}
			if (!rc) {
				c->records += nrec;
				c->bytes += nbytes;
			}
		}
		if (rc)
			c->commit_failed = 1;
		c->next_commit++;
		pthread_cond_broadcast(&c->cv_commit);
		pthread_mutex_unlock(&c->cmu);

		pthread_mutex_lock(&c->mu);
		if (rc && !c->werr) {
			c->werr = 1;
			snprintf(c->werrmsg, sizeof(c->werrmsg), "%s", err);
		}
		c->qbytes -= it->mem;
		spare_put_locked(c, it);
		if (c->loop_waiting)
			pthread_cond_signal(&c->cv_room);
		pthread_mutex_unlock(&c->mu);
		witem_free(it);
		pthread_mutex_lock(&c->mu);
	}
	pthread_mutex_unlock(&c->mu);
	if (mw)
		warc_writer_close(mw, err, sizeof(err));
	buf_free(&out);
	buf_free(&line);
	return NULL;
}

static double now_s(void);

static int on_done(void *ctx, const fetch_result *r)
{
	jobctx *c = ctx;
	fetch_summary *s = c->sum;
	/* the caller's hook sees the whole result, before the bodies move on */
	int user_rc = c->job->on_done ? c->job->on_done(c->job->ctx, r) : 0;
	if (r->error)
		s->failed++;
	else if (r->status >= 400)
		s->http_errors++;
	else if (r->status >= 200 && r->status < 400)
		s->ok++;

	witem *it = xcalloc(1, sizeof(*it));
	it->url = xstrdup(r->url);
	it->final_url = xstrdup(r->final_url);
	it->error = r->error ? xstrdup(r->error) : NULL;
	it->status = r->status;
	it->attempts = r->attempts;
	it->ms = r->ms;
	it->nhops = r->nhops;
	it->hops = xcalloc((size_t)(r->nhops ? r->nhops : 1), sizeof(whop));
	it->mem = sizeof(*it);
	/* spare buffers from the writer go to the fetcher in exchange for the pages */
	pthread_mutex_lock(&c->mu);
	for (int i = 0; i < r->nhops; i++) {
		if (c->nspare)
			it->hops[i].body = c->spare[--c->nspare];
		else
			buf_init(&it->hops[i].body);
	}
	pthread_mutex_unlock(&c->mu);
	for (int i = 0; i < r->nhops; i++) {
		const fetch_hop *h = &r->hops[i];
		whop *w = &it->hops[i];
		w->url = xstrdup(h->url);
		snprintf(w->ip, sizeof(w->ip), "%s", h->ip ? h->ip : "");
		w->status = h->status;
		w->req = dupn(h->req_head, h->req_head_len);
		w->req_len = h->req_head ? h->req_head_len : 0;
		w->resp = dupn(h->resp_head, h->resp_head_len);
		w->resp_len = h->resp_head ? h->resp_head_len : 0;
		w->truncated = h->truncated;
		w->sec = h->date_sec;
		w->usec = h->date_usec;
		fetch_result_take_body(r, i, &w->body);
		it->mem += w->req_len + w->resp_len + w->body.cap + 256;
	}
	pthread_mutex_lock(&c->mu);
	if (c->qbytes > QUEUE_MAX_BYTES && !c->werr) {
		/* the writers are 32 MB behind: wait (and say so in the summary) */
		double t0 = now_s();
		while (c->qbytes > QUEUE_MAX_BYTES && !c->werr) {
			c->loop_waiting = 1;
			pthread_cond_wait(&c->cv_room, &c->mu);
		}
		c->loop_waiting = 0;
		s->writer_wait += now_s() - t0;
	}
	int werr = c->werr;
	it->seq = c->next_seq++;
	if (c->tail)
		c->tail->next = it;
	else
		c->head = it;
	c->tail = it;
	c->qbytes += it->mem;
	if (c->writer_idle)
		pthread_cond_signal(&c->cv_item);
	pthread_mutex_unlock(&c->mu);
	if (werr)
		return 1;   /* the output is broken: stop fetching */
	return user_rc;
}

/* Let the writer thread(s) drain the queue and end. */
static void stop_writers(jobctx *c)
{
	pthread_mutex_lock(&c->mu);
	c->closing = 1;
	pthread_cond_broadcast(&c->cv_item);
	pthread_mutex_unlock(&c->mu);
	if (c->nworkers) {
		for (int i = 0; i < c->nworkers; i++)
			pthread_join(c->workers[i], NULL);
		c->nworkers = 0;
	} else {
		pthread_join(c->thr, NULL);
	}
}

/* ---- resume -------------------------------------------------------------- */

/* Read the log of an earlier run: collect finished URLs, find the last
 * committed WARC size, cut a partial last line. *have_log = 0 if absent. */
static int scan_log(jobctx *c, const char *path, int *have_log, uint64_t *last_end,
		    char *err, size_t errlen)
{
	*have_log = 0;
	*last_end = 0;
	FILE *fp = fopen(path, "r");
	if (!fp) {
		if (errno == ENOENT)
			return 0;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	*have_log = 1;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	off_t good = 0, pos = 0;
	while ((n = getline(&line, &cap, fp)) > 0) {
		pos += n;
		if (line[n - 1] != '\n')
			break;   /* partial last line: cut below */
		jsonr_doc d;
		char jerr[128];
		if (jsonr_parse(&d, line, (size_t)n - 1, 0, jerr, sizeof(jerr)) == 0) {
			const jsonr_node *root = jsonr_root(&d);
			const char *url = jsonr_str(&d, jsonr_get(&d, root, "url"), NULL);
			long long we;
			if (url && jsonr_int(&d, jsonr_get(&d, root, "warc_end"), &we) == 0 && we >= 0) {
				url_set_add(c->done, url);
				*last_end = (uint64_t)we;
				good = pos;
			}
		}
		jsonr_free(&d);
	}
	free(line);
	fclose(fp);
	struct stat st;
	if (stat(path, &st) == 0 && st.st_size > good) {
		c->sum->repaired_bytes += (uint64_t)(st.st_size - good);
		if (truncate(path, good)) {
			snprintf(err, errlen, "%s: cannot cut the partial tail: %s", path, strerror(errno));
			return -1;
		}
	}
	return 0;
}

static int prepare_resume(jobctx *c, const char *logpath, char *err, size_t errlen)
{
	const char *out = c->job->out;
	int have_log;
	uint64_t last_end;
	if (scan_log(c, logpath, &have_log, &last_end, err, errlen))
		return -1;
	struct stat st;
	if (stat(out, &st) != 0) {
		if (errno == ENOENT)
			return 0;
		snprintf(err, errlen, "%s: %s", out, strerror(errno));
		return -1;
	}
	if (!have_log && st.st_size > 0) {
		snprintf(err, errlen, "%s exists but %s does not, so it cannot be resumed; "
			 "remove it or choose another output", out, logpath);
		return -1;
	}
	warc_repair_stats rs;
	memset(&rs, 0, sizeof(rs));
	if (warc_repair_tail(out, NULL, NULL, &rs, err, errlen))
		return -1;
	c->sum->repaired_bytes += rs.cut;
	if (rs.size > last_end) {
		/* records of URLs whose log line never made it: they are fetched again */
		c->sum->repaired_bytes += rs.size - last_end;
		if (truncate(out, (off_t)last_end)) {
			snprintf(err, errlen, "%s: %s", out, strerror(errno));
			return -1;
		}
	} else if (rs.size < last_end) {
		warn(c, "%s is shorter than its log says (%llu < %llu bytes); "
		     "URLs logged beyond its end are not fetched again",
		     out, (unsigned long long)rs.size, (unsigned long long)last_end);
	}
	return 0;
}

/* ---- manifests ----------------------------------------------------------- */

static int on_entry(void *ctx, const manifest_entry *e)
{
	jobctx *c = ctx;
	c->sum->manifest_urls++;
	if (!url_set_add(c->seen, e->url)) {
		c->sum->duplicates++;
		return 0;
	}
	if (url_set_has(c->done, e->url)) {
		c->sum->already_done++;
		return 0;
	}
	char err[256];
	int has_meta = e->meta && e->meta_len > 2;
	if (fetcher_add(c->f, e->url, has_meta ? e->meta : NULL, has_meta ? e->meta_len : 0,
			NULL, err, sizeof(err))) {
		c->sum->invalid++;
		warn(c, "%s", err);
		return 0;
	}
	c->sum->queued++;
	return 0;
}

static void on_bad_line(void *ctx, const char *name, size_t line, const char *reason)
{
	jobctx *c = ctx;
	c->sum->invalid++;
	warn(c, "%s:%zu: skipped: %s", name ? name : "-", line, reason);
}

/* ---- the job ------------------------------------------------------------- */

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int fetch_to_warc(const fetch_job *job, fetch_summary *sum, char *err, size_t errlen)
{
	double t0 = now_s();
	memset(sum, 0, sizeof(*sum));
	jobctx c;
	memset(&c, 0, sizeof(c));
	c.job = job;
	c.sum = sum;
	c.logfd = -1;
	buf_init(&c.logq);
	c.seen = url_set_new();
	c.done = url_set_new();
	pthread_mutex_init(&c.mu, NULL);
	pthread_cond_init(&c.cv_item, NULL);
	pthread_cond_init(&c.cv_room, NULL);
	pthread_mutex_init(&c.cmu, NULL);
	pthread_cond_init(&c.cv_commit, NULL);
	int rc = -1, thread_started = 0;
	buf logpath = BUF_INIT;
	buf_init(&logpath);
	buf_printf(&logpath, "%s.log.jsonl", job->out);

	if (prepare_resume(&c, logpath.data, err, errlen))
		goto out;
	c.f = fetcher_new(&job->opt, err, errlen);
	if (!c.f)
		goto out;
	for (size_t i = 0; i < job->nmanifests; i++) {
		manifest_stats ms;
		if (manifest_read(job->manifests[i], MANIFEST_AUTO, 0, on_entry, on_bad_line, &c,
				  &ms, err, errlen) < 0)
			goto out;
	}

	c.w = warc_writer_open(job->out, WARC_W_APPEND, job->gzip_level, err, errlen);
	if (!c.w)
		goto out;
	c.logfd = open(logpath.data, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (c.logfd < 0) {
		snprintf(err, errlen, "%s: %s", logpath.data, strerror(errno));
		goto out;
	}
	/* a resumed run with nothing left to do leaves the file as it was */
	if (sum->queued || warc_writer_offset(c.w) == 0) {
		buf fields = BUF_INIT;
		buf_init(&fields);
		warc_fields_add(&fields, "software", "pith/" PITH_VERSION);
		warc_fields_add(&fields, "format", "WARC File Format 1.1");
		warc_fields_add(&fields, "conformsTo",
				"https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/");
		warc_fields_add(&fields, "http-header-user-agent",
				job->opt.user_agent && *job->opt.user_agent ? job->opt.user_agent :
				fetch_default_user_agent());
		warc_fields_add(&fields, "robots", fetcher_robots_policy(c.f));
		warc_fields_add(&fields, "http-client", fetcher_client_info(c.f));
		char opts[512];
		snprintf(opts, sizeof(opts),
			 "concurrency=%d per-host=%d delay=%g retries=%d max-size=%zu "
			 "connect-timeout=%g timeout=%g low-speed=%ld/%gs ignore-robots=%d insecure=%d "
			 "http2=%d", job->opt.concurrency, job->opt.per_host, job->opt.delay,
			 job->opt.retries, job->opt.max_size, job->opt.connect_timeout,
			 job->opt.timeout, job->opt.low_speed_limit, job->opt.low_speed_time,
			 job->opt.ignore_robots, job->opt.insecure, job->opt.http2);
		warc_fields_add(&fields, "pith-options", opts);
		if (job->options_text)
			warc_fields_add(&fields, "command-line", job->options_text);
		const char *base = strrchr(job->out, '/');
		base = base ? base + 1 : job->out;
		int wr = warc_write_warcinfo(c.w, base, fields.data, NULL, err, errlen);
		buf_free(&fields);
		if (wr)
			goto out;
		c.records++;
	}
	size_t ol = strlen(job->out);
	int gz = ol > 3 && strcasecmp(job->out + ol - 3, ".gz") == 0;
	if (gz) {
		long n = job->gzip_threads > 0 ? job->gzip_threads : sysconf(_SC_NPROCESSORS_ONLN);
		c.nworkers = n < 2 ? 0 : n > MAX_WORKERS ? MAX_WORKERS : (int)n;
	}
	if (c.nworkers) {
		for (int i = 0; i < c.nworkers; i++)
			if (pthread_create(&c.workers[i], NULL, worker_main, &c)) {
				c.nworkers = i;
				snprintf(err, errlen, "cannot start the compression threads");
				goto out;
			}
	} else {
		warc_writer_set_batch(c.w, 1);
		if (pthread_create(&c.thr, NULL, writer_main, &c)) {
			snprintf(err, errlen, "cannot start the writer thread");
			goto out;
		}
	}
	thread_started = 1;
	if (job->on_progress)
		fetcher_set_progress(c.f, job->on_progress, job->ctx);
	int fr = fetcher_run(c.f, on_done, &c, err, errlen);
	stop_writers(&c);
	thread_started = 0;
	if (fr < 0)
		goto out;
	if (c.werr) {
		snprintf(err, errlen, "%s", c.werrmsg);
		goto out;
	}
	sum->stopped = fr == 1;
	rc = fr == 1 ? 1 : 0;
out:
	if (thread_started || c.nworkers)
		stop_writers(&c);
	while (c.head) {
		witem *it = c.head;
		c.head = it->next;
		witem_free(it);
	}
	if (c.w) {
		char e2[256];
		sum->warc_bytes = warc_writer_offset(c.w);
		if (warc_writer_close(c.w, e2, sizeof(e2)) && rc >= 0) {
			snprintf(err, errlen, "%s", e2);
			rc = -1;
		}
	}
	if (c.logfd >= 0 && close(c.logfd) && rc >= 0) {
		snprintf(err, errlen, "%s: %s", logpath.data, strerror(errno));
		rc = -1;
	}
	sum->records = c.records;
	sum->bytes = c.bytes;
	sum->seconds = now_s() - t0;
	fetcher_free(c.f);
	for (size_t i = 0; i < c.nspare; i++)
		buf_free(&c.spare[i]);
	url_set_free(c.seen);
	url_set_free(c.done);
	pthread_mutex_destroy(&c.mu);
	pthread_cond_destroy(&c.cv_item);
	pthread_cond_destroy(&c.cv_room);
	pthread_mutex_destroy(&c.cmu);
	pthread_cond_destroy(&c.cv_commit);
	buf_free(&logpath);
	buf_free(&c.logq);
	return rc;
}
