/*
 * fetch: the libcurl multi event loop with per-host politeness.
 *
 * One thread drives one CURLM. Every URL becomes a job; a job lives in the
 * FIFO queue of its host (keyed by origin, scheme://host:port) until the
 * scheduler starts it. Hosts that could start a request (queue non-empty,
 * fewer than per_host in flight, robots.txt known) sit in a min-heap keyed
 * by the earliest time their next request may start (last start + delay),
 * so picking the next transfer costs O(log hosts) however many hosts and
 * URLs there are; a host's entry is (re)pushed only when it becomes
 * eligible, never updated in place.
 *
 * Redirects are not left to libcurl: each hop is its own transfer, queued
 * on its own host, so the target host's delay, concurrency and robots.txt
 * apply to it too, the scheme check (http/https only) happens before any
 * hop is made, and every hop's request/response can be recorded. robots.txt
 * itself is fetched through the same scheduler (it counts as a request to
 * the host) with libcurl following up to 5 redirects.
 *
 * Retries wait in a second min-heap keyed by due time; when due they go to
 * the front of their host's queue. Backoff is exponential with jitter from
 * a per-fetcher xorshift state (no global RNG), and a server's Retry-After
 * (libcurl parses both forms) is a floor, both capped by max_backoff.
 *
 * Easy handles are recycled through a free list; connections and DNS
 * results live in the multi handle's caches and are reused across jobs.
 */
#include "fetch/fetch.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <sys/resource.h>
#include <unistd.h>

#include <curl/curl.h>

#include "common/buf.h"
#include "common/hash.h"
#include "fetch/fetch_internal.h"
#include "fetch/robots.h"

#ifndef PITH_VERSION
#define PITH_VERSION "0.0.0"
#endif

#define DEFAULT_UA "pith/" PITH_VERSION " (+https://github.com/pith/pith)"

/* ---- options ------------------------------------------------------------- */

void fetch_options_init(fetch_options *o)
{
	memset(o, 0, sizeof(*o));
	o->concurrency = 64;
	o->per_host = 2;
	o->delay = 1.0;
	o->retries = 3;
	o->max_size = 10u << 20;
	o->connect_timeout = 10;
	o->timeout = 60;
	o->low_speed_limit = 1000;
	o->low_speed_time = 30;
	o->backoff = 1.0;
	o->max_backoff = 120;
	o->max_crawl_delay = 60;
	o->max_redirects = 10;
	o->http2 = 1;
}

const char *fetch_default_user_agent(void)
{
	return DEFAULT_UA;
}

/* ---- time and randomness ------------------------------------------------- */

static double mono_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t xorshift(uint64_t *s)
{
	uint64_t x = *s;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *s = x;
}

static double rand01(uint64_t *s)
{
	return (double)(xorshift(s) >> 11) / 9007199254740992.0;
}

/* ---- URLs ---------------------------------------------------------------- */

/* Split an absolute URL into origin key ("http://host:port", lowercased,
 * userinfo dropped, default port explicit) and the path+query used for
 * robots matching. Returns 0, or -1 if it is not an http(s) URL with a host. */
int fetch_url_origin(const char *url, buf *origin, buf *path)
{
	size_t sl;
	int https;
	if (!strncasecmp(url, "http://", 7)) {
		sl = 7;
		https = 0;
	} else if (!strncasecmp(url, "https://", 8)) {
		sl = 8;
		https = 1;
	} else {
		return -1;
	}
	const char *a = url + sl;
	size_t an = strcspn(a, "/?#");
	const char *at = memchr(a, '@', an);
	if (at) {
		an -= (size_t)(at + 1 - a);
		a = at + 1;
	}
	/* host, possibly [v6], then optional :port */
	size_t hn = an;
	const char *port = NULL;
	if (an && a[0] == '[') {
		const char *rb = memchr(a, ']', an);
		if (!rb)
			return -1;
		hn = (size_t)(rb - a) + 1;
		if (hn < an && a[hn] == ':')
			port = a + hn + 1;
	} else {
		const char *c = memchr(a, ':', an);
		if (c) {
			hn = (size_t)(c - a);
			port = c + 1;
		}
	}
	if (!hn)
		return -1;
	long pn = https ? 443 : 80;
	if (port && port < a + an) {
		char *end;
		pn = strtol(port, &end, 10);
		if (end != a + an || pn <= 0 || pn > 65535)
			return -1;
	}
	if (origin) {
		buf_reset(origin);
		buf_puts(origin, https ? "https://" : "http://");
		for (size_t i = 0; i < hn; i++)
			buf_putc(origin, (char)tolower((unsigned char)a[i]));
		buf_printf(origin, ":%ld", pn);
	}
	if (path) {
		buf_reset(path);
		const char *p = a + an;
		size_t pl = strcspn(p, "#");
		if (!pl || p[0] != '/')
			buf_putc(path, '/');
		buf_append(path, p, pl);
	}
	return 0;
}

/* ---- data structures ----------------------------------------------------- */

enum { RB_NONE, RB_FETCHING, RB_READY };

typedef struct host host;
typedef struct job job;

typedef struct hop {
	char *url;
	char ip[64];
	int status;
	buf req, resp, body;
	int truncated;
	int64_t date_sec;
	long date_usec;
} hop;

struct job {
	char *url;
	char *meta;
	size_t meta_len;
	void *user;
	hop *hops;             /* finished hops; hops[nhops] is the current one */
	int nhops, hcap;
	int attempts;          /* of the current hop */
	double t_first;        /* first request start (mono), 0 = not started */
	double due;            /* retry due time */
	host *h;               /* host of the current hop */
	job *next;             /* host queue link */
	char err[256];
	int has_err;
};

struct host {
	char *key;             /* origin */
	host *chain;
	job *qhead, *qtail;
	size_t qlen;
	int inflight;
	int in_heap;
	double next_start;     /* mono time */
	double delay;
	int rstate;
	robots *rb;
};

typedef struct xfer {
	CURL *e;
	struct fetcher *f;
	job *j;                /* NULL for a robots.txt transfer */
	host *h;
	buf rbody;             /* robots body */
	int rtrunc;
	char errbuf[CURL_ERROR_SIZE];
	struct xfer *next_free;
	struct xfer *aprev, *anext;   /* list of transfers in flight */
} xfer;

typedef struct heap_ent {
	double key;
	void *p;
} heap_ent;

typedef struct heap {
	heap_ent *a;
	size_t n, cap;
} heap;

struct fetcher {
	fetch_options o;
	char *ua;
	CURLM *m;
	host **tab;
	size_t tabsz, nhosts;
	size_t conn_hosts;     /* nhosts when the connection cache was last sized */
	long max_conns;        /* its size */
	heap hosts;            /* eligible hosts by next_start */
	heap retries;          /* jobs by due time */
	job *pending_head, *pending_tail;   /* added before run, not yet placed */
	xfer *free_x;
	xfer *active;
	size_t total, done, errors, unfinished;
	int inflight;
	uint64_t bytes;
	uint64_t rng;
	fetch_progress_fn prog;
	void *prog_ctx;
	double t0;
	char policy[160];
	char client[256];      /* libcurl version and the features we rely on */
	buf tmp, tmp2;
	buf *pool;             /* spare body buffers, reused so pages land in warm memory */
	size_t npool, poolcap;
};

/* Body buffers above this capacity are freed rather than kept for reuse. */
#define POOL_MAX_BUF (4u << 20)

static void pool_put(fetcher *f, buf *b)
{
	if (b->cap && b->cap <= POOL_MAX_BUF && f->npool < f->poolcap) {
		buf_reset(b);
		f->pool[f->npool++] = *b;
	} else {
		buf_free(b);
	}
	buf_init(b);
}

static void pool_get(fetcher *f, buf *b)
{
	if (!b->cap && f->npool)
		*b = f->pool[--f->npool];
}

static void heap_push(heap *h, double key, void *p)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 64;
		h->a = xrealloc(h->a, h->cap * sizeof(*h->a));
	}
	size_t i = h->n++;
	while (i) {
		size_t par = (i - 1) / 2;
		if (h->a[par].key <= key)
			break;
		h->a[i] = h->a[par];
		i = par;
	}
	h->a[i].key = key;
	h->a[i].p = p;
}

static heap_ent heap_pop(heap *h)
{
	heap_ent top = h->a[0];
	heap_ent last = h->a[--h->n];
	size_t i = 0;
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= h->n)
			break;
		if (c + 1 < h->n && h->a[c + 1].key < h->a[c].key)
			c++;
		if (last.key <= h->a[c].key)
			break;
		h->a[i] = h->a[c];
		i = c;
	}
	if (h->n)
		h->a[i] = last;
	return top;
}

static host *host_get(fetcher *f, const char *key)
{
	uint64_t hv = hash_xxh3(key, strlen(key));
	size_t i = hv & (f->tabsz - 1);
	for (host *h = f->tab[i]; h; h = h->chain)
		if (!strcmp(h->key, key))
			return h;
	if (f->nhosts * 2 >= f->tabsz) {
		size_t nsz = f->tabsz * 2;
		host **nt = xcalloc(nsz, sizeof(*nt));
		for (size_t b = 0; b < f->tabsz; b++) {
			host *h = f->tab[b];
			while (h) {
				host *nx = h->chain;
				size_t ni = hash_xxh3(h->key, strlen(h->key)) & (nsz - 1);
				h->chain = nt[ni];
				nt[ni] = h;
				h = nx;
			}
		}
		free(f->tab);
		f->tab = nt;
		f->tabsz = nsz;
		i = hv & (nsz - 1);
	}
	host *h = xcalloc(1, sizeof(*h));
	h->key = xstrdup(key);
	h->delay = f->o.delay;
	h->rstate = f->o.ignore_robots ? RB_READY : RB_NONE;
	h->chain = f->tab[i];
	f->tab[i] = h;
	f->nhosts++;
	return h;
}

static void hop_init(hop *p, const char *url)
{
	memset(p, 0, sizeof(*p));
	p->url = xstrdup(url);
	buf_init(&p->req);
	buf_init(&p->resp);
	buf_init(&p->body);
}

static void hop_reset(hop *p)
{
	buf_reset(&p->req);
	buf_reset(&p->resp);
	buf_reset(&p->body);
	p->status = 0;
	p->truncated = 0;
	p->ip[0] = 0;
}

static void hop_free(hop *p)
{
	free(p->url);
	buf_free(&p->req);
	buf_free(&p->resp);
	buf_free(&p->body);
}

static hop *job_cur(job *j)
{
	return &j->hops[j->nhops];
}

static void job_free(fetcher *f, job *j)
{
	for (int i = 0; i <= j->nhops && i < j->hcap; i++)
		if (j->hops[i].url) {
			pool_put(f, &j->hops[i].body);
			hop_free(&j->hops[i]);
		}
	free(j->hops);
	free(j->url);
	free(j->meta);
	free(j);
}

/* ---- setup --------------------------------------------------------------- */

static void describe_client(fetcher *f);

fetcher *fetcher_new(const fetch_options *o, char *err, size_t errlen)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		snprintf(err, errlen, "libcurl initialisation failed");
		return NULL;
	}
	fetcher *f = xcalloc(1, sizeof(*f));
	f->o = *o;
	if (f->o.concurrency < 1)
		f->o.concurrency = 1;
	if (f->o.per_host < 1)
		f->o.per_host = 1;
	if (f->o.delay < 0)
		f->o.delay = 0;
	if (f->o.retries < 0)
		f->o.retries = 0;
	if (f->o.max_redirects < 0)
		f->o.max_redirects = 0;
	f->ua = xstrdup(o->user_agent && *o->user_agent ? o->user_agent : DEFAULT_UA);
	f->o.user_agent = f->ua;
	f->m = curl_multi_init();
	if (!f->m) {
		snprintf(err, errlen, "curl_multi_init failed");
		free(f->ua);
		free(f);
		return NULL;
	}
	curl_multi_setopt(f->m, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
	/* Idle connections are kept for reuse; see size_conn_cache(). */
	f->max_conns = (long)f->o.concurrency * 4;
	curl_multi_setopt(f->m, CURLMOPT_MAXCONNECTS, f->max_conns);
	/* never more connections to a host than transfers allowed to it */
	curl_multi_setopt(f->m, CURLMOPT_MAX_HOST_CONNECTIONS, (long)f->o.per_host);
	f->tabsz = 64;
	f->tab = xcalloc(f->tabsz, sizeof(*f->tab));
	f->poolcap = (size_t)f->o.concurrency + 8;
	f->pool = xcalloc(f->poolcap, sizeof(*f->pool));
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	f->rng = ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^ ((uint64_t)getpid() << 40) ^
		 (uint64_t)(uintptr_t)f;
	if (!f->rng)
		f->rng = 88172645463325252ull;
	buf_init(&f->tmp);
	buf_init(&f->tmp2);
	describe_client(f);
	if (f->o.ignore_robots)
		snprintf(f->policy, sizeof(f->policy), "ignored (--ignore-robots)");
	else
		snprintf(f->policy, sizeof(f->policy),
			 "obeyed (RFC 9309; 4xx allow all, 5xx/unreachable disallow all; "
			 "Crawl-delay honoured up to %gs)", f->o.max_crawl_delay);
	return f;
}

const char *fetcher_robots_policy(const fetcher *f)
{
	return f->policy;
}

const char *fetcher_client_info(const fetcher *f)
{
	return f->client;
}

/* "libcurl/7.88.1 OpenSSL/3.0 (AsynchDNS HTTP2 brotli ...)": what this run
 * could do, for the warcinfo record; asynchronous DNS matters for one
 * event loop (a blocking resolver would stall every transfer). */
static void describe_client(fetcher *f)
{
	const curl_version_info_data *v = curl_version_info(CURLVERSION_NOW);
	static const struct { int bit; const char *name; } feats[] = {
		{ CURL_VERSION_ASYNCHDNS, "AsynchDNS" }, { CURL_VERSION_HTTP2, "HTTP2" },
		{ CURL_VERSION_BROTLI, "brotli" }, { CURL_VERSION_LIBZ, "libz" },
		{ CURL_VERSION_ZSTD, "zstd" }, { CURL_VERSION_SSL, "SSL" },
		{ CURL_VERSION_IPV6, "IPv6" },
	};
	buf b = BUF_INIT;
	buf_init(&b);
	buf_printf(&b, "libcurl/%s", v->version);
	if (v->ssl_version)
		buf_printf(&b, " %s", v->ssl_version);
	if (v->nghttp2_version)
		buf_printf(&b, " nghttp2/%s", v->nghttp2_version);
	buf_puts(&b, " (");
	int first = 1;
	for (size_t i = 0; i < sizeof(feats) / sizeof(feats[0]); i++)
		if (v->features & feats[i].bit) {
			buf_printf(&b, "%s%s", first ? "" : " ", feats[i].name);
			first = 0;
		}
	buf_puts(&b, ")");
	snprintf(f->client, sizeof(f->client), "%s", b.data);
	buf_free(&b);
}

void fetcher_set_progress(fetcher *f, fetch_progress_fn fn, void *ctx)
{
	f->prog = fn;
	f->prog_ctx = ctx;
}

static void xfer_destroy(xfer *x)
{
	if (x->e)
		curl_easy_cleanup(x->e);
	buf_free(&x->rbody);
	free(x);
}

void fetcher_free(fetcher *f)
{
	if (!f)
		return;
	/* in-flight transfers left by a stopped run */
	if (f->m) {
		while (f->active) {
			xfer *x = f->active;
			f->active = x->anext;
			curl_multi_remove_handle(f->m, x->e);
			if (x->j)
				job_free(f, x->j);
			xfer_destroy(x);
		}
	}
	while (f->free_x) {
		xfer *x = f->free_x;
		f->free_x = x->next_free;
		xfer_destroy(x);
	}
	for (size_t b = 0; b < f->tabsz; b++) {
		host *h = f->tab[b];
		while (h) {
			host *nx = h->chain;
			for (job *j = h->qhead; j;) {
				job *jn = j->next;
				job_free(f, j);
				j = jn;
			}
			robots_free(h->rb);
			free(h->key);
			free(h);
			h = nx;
		}
	}
	free(f->tab);
	for (size_t i = 0; i < f->retries.n; i++)
		job_free(f, f->retries.a[i].p);
	free(f->retries.a);
	free(f->hosts.a);
	for (job *j = f->pending_head; j;) {
		job *jn = j->next;
		job_free(f, j);
		j = jn;
	}
	if (f->m)
		curl_multi_cleanup(f->m);
	buf_free(&f->tmp);
	buf_free(&f->tmp2);
	for (size_t i = 0; i < f->npool; i++)
		buf_free(&f->pool[i]);
	free(f->pool);
	free(f->ua);
	free(f);
}

int fetcher_add(fetcher *f, const char *url, const char *meta, size_t meta_len, void *user,
		char *err, size_t errlen)
{
	if (fetch_url_origin(url, NULL, NULL)) {
		snprintf(err, errlen, "not an http(s) URL with a host: %s", url);
		return -1;
	}
	job *j = xcalloc(1, sizeof(*j));
	j->url = xstrdup(url);
	if (meta) {
		j->meta = xstrndup(meta, meta_len);
		j->meta_len = meta_len;
	}
	j->user = user;
	j->hcap = 2;
	j->hops = xcalloc((size_t)j->hcap, sizeof(hop));
	hop_init(&j->hops[0], url);
	if (f->pending_tail)
		f->pending_tail->next = j;
	else
		f->pending_head = j;
	f->pending_tail = j;
	f->total++;
	f->unfinished++;
	return 0;
}

/* ---- scheduling ---------------------------------------------------------- */

/* The connection cache counts busy connections too, and as transfers move
 * between hosts each host keeps as many as it once had in flight: a cache
 * of 2x concurrency overflowed on 20 hosts and closed (then reopened) a
 * connection every few requests. So it holds per_host for every host seen,
 * at least 4x concurrency (libcurl's own default ratio), at most a quarter
 * of the file descriptors this process may open. */
static void size_conn_cache(fetcher *f)
{
	if (f->nhosts == f->conn_hosts)
		return;
	f->conn_hosts = f->nhosts;
	long want = (long)f->o.per_host * (long)f->nhosts;
	struct rlimit rl;
	long cap = 256;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
		cap = (long)(rl.rlim_cur / 4);
	if (want > cap)
		want = cap;
	if (want < (long)f->o.concurrency * 4)
		want = (long)f->o.concurrency * 4;
	if (want != f->max_conns) {
		f->max_conns = want;
		curl_multi_setopt(f->m, CURLMOPT_MAXCONNECTS, want);
	}
}

static void host_maybe_schedule(fetcher *f, host *h)
{
	if (h->in_heap || !h->qhead || h->inflight >= f->o.per_host || h->rstate == RB_FETCHING)
		return;
	h->in_heap = 1;
	heap_push(&f->hosts, h->next_start, h);
}

static void host_enqueue(fetcher *f, host *h, job *j, int front)
{
	j->h = h;
	if (front) {
		j->next = h->qhead;
		h->qhead = j;
		if (!h->qtail)
			h->qtail = j;
	} else {
		j->next = NULL;
		if (h->qtail)
			h->qtail->next = j;
		else
			h->qhead = j;
		h->qtail = j;
	}
	h->qlen++;
	host_maybe_schedule(f, h);
}

static job *host_dequeue(host *h)
{
	job *j = h->qhead;
	if (!j)
		return NULL;
	h->qhead = j->next;
	if (!h->qhead)
		h->qtail = NULL;
	h->qlen--;
	j->next = NULL;
	return j;
}

/* Place a job's current hop on its host's queue. */
static void job_place(fetcher *f, job *j, int front)
{
	fetch_url_origin(job_cur(j)->url, &f->tmp, NULL);
	host_enqueue(f, host_get(f, f->tmp.data), j, front);
}

/* ---- completion ---------------------------------------------------------- */

void fetch_result_take_body(const fetch_result *r, int i, buf *into)
{
	job *j = r->internal_;
	if (!j || i < 0 || i >= r->nhops) {
		buf_reset(into);
		return;
	}
	buf t = j->hops[i].body;
	buf_reset(into);
	j->hops[i].body = *into;   /* goes back to the pool with the job */
	*into = t;
}

static int finish_job(fetcher *f, job *j, fetch_done_fn cb, void *ctx)
{
	/* the current hop becomes the last one in the chain, unless it never
	 * produced anything (robots refusal before any request) */
	hop *c = job_cur(j);
	int n = j->nhops;
	if (c->status || c->req.len || c->resp.len || c->date_sec)
		n++;
	fetch_hop *fh = xcalloc((size_t)(n ? n : 1), sizeof(*fh));
	for (int i = 0; i < n; i++) {
		hop *p = &j->hops[i];
		fh[i].url = p->url;
		fh[i].ip = p->ip;
		fh[i].status = p->status;
		fh[i].req_head = p->req.data;
		fh[i].req_head_len = p->req.len;
		fh[i].resp_head = p->resp.data;
		fh[i].resp_head_len = p->resp.len;
		fh[i].body = p->body.data;
		fh[i].body_len = p->body.len;
		fh[i].truncated = p->truncated;
		fh[i].date_sec = p->date_sec;
		fh[i].date_usec = p->date_usec;
	}
	fetch_result r;
	memset(&r, 0, sizeof(r));
	r.url = j->url;
	r.final_url = n ? fh[n - 1].url : j->url;
	r.meta = j->meta;
	r.meta_len = j->meta_len;
	r.user = j->user;
	r.hops = fh;
	r.nhops = n;
	r.attempts = j->attempts;
	r.error = j->has_err ? j->err : NULL;
	r.ms = j->t_first ? (mono_now() - j->t_first) * 1000.0 : 0;
	r.internal_ = j;
	if (n) {
		const fetch_hop *l = &fh[n - 1];
		r.status = l->status;
		r.head = l->resp_head;
		r.head_len = l->resp_head_len;
		r.body = l->body;
		r.body_len = l->body_len;
		r.truncated = l->truncated;
		r.ip = l->ip;
	}
	f->done++;
	f->unfinished--;
	if (r.error || r.status >= 400 || !r.status)
		f->errors++;
	int rc = cb ? cb(ctx, &r) : 0;
	free(fh);
	job_free(f, j);
	return rc;
}

static void set_err(job *j, const char *fmt, const char *a)
{
	snprintf(j->err, sizeof(j->err), fmt, a);
	j->has_err = 1;
}

static size_t on_body(char *p, size_t sz, size_t n, void *ud)
{
	xfer *x = ud;
	size_t len = sz * n;
	x->f->bytes += len;
	if (!x->j) {   /* robots.txt: keep what RFC 9309 asks us to parse */
		size_t room = ROBOTS_MAX_BYTES - x->rbody.len;
		if (len > room) {
			buf_append(&x->rbody, p, room);
			x->rtrunc = 1;
			return 0;   /* abort: the rest would be ignored anyway */
		}
		buf_append(&x->rbody, p, len);
		return len;
	}
	hop *c = job_cur(x->j);
	if (!c->body.len) {
		/* first bytes: make room for the whole announced body at once */
		curl_off_t cl = -1;
		if (curl_easy_getinfo(x->e, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &cl) == CURLE_OK &&
		    cl > 0)
			buf_grow(&c->body, (size_t)cl < x->f->o.max_size ? (size_t)cl : x->f->o.max_size);
	}
	size_t room = x->f->o.max_size - c->body.len;
	if (len > room) {
		buf_append(&c->body, p, room);
		c->truncated = 1;
		return 0;   /* CURLE_WRITE_ERROR, recognised by c->truncated */
	}
	buf_append(&c->body, p, len);
	return len;
}

static size_t on_header(char *p, size_t sz, size_t n, void *ud)
{
	xfer *x = ud;
	size_t len = sz * n;
	if (!x->j)
		return len;
	hop *c = job_cur(x->j);
	/* a new status line starts a new response (after 1xx) */
	if (len >= 5 && !memcmp(p, "HTTP/", 5))
		buf_reset(&c->resp);
	buf_append(&c->resp, p, len);
	return len;
}

static int on_debug(CURL *e, curl_infotype t, char *p, size_t n, void *ud)
{
	(void)e;
	xfer *x = ud;
	if (t == CURLINFO_HEADER_OUT && x->j) {
		buf *r = &job_cur(x->j)->req;
		buf_reset(r);   /* one request per transfer: keep the last one sent */
		buf_append(r, p, n);
	}
	return 0;
}

static void setup_easy(fetcher *f, xfer *x);

static xfer *xfer_get(fetcher *f)
{
	xfer *x = f->free_x;
	if (x) {
		f->free_x = x->next_free;
	} else {
		x = xcalloc(1, sizeof(*x));
		buf_init(&x->rbody);
		x->e = curl_easy_init();
		if (!x->e) {
			free(x);
			return NULL;
		}
		setup_easy(f, x);
	}
	x->f = f;
	x->j = NULL;
	x->h = NULL;
	x->rtrunc = 0;
	x->next_free = NULL;
	x->errbuf[0] = 0;
	buf_reset(&x->rbody);
	return x;
}

static void xfer_put(fetcher *f, xfer *x)
{
	x->next_free = f->free_x;
	f->free_x = x;
}

static void xfer_activate(fetcher *f, xfer *x)
{
	x->aprev = NULL;
	x->anext = f->active;
	if (f->active)
		f->active->aprev = x;
	f->active = x;
	f->inflight++;
	curl_multi_add_handle(f->m, x->e);
}

static void xfer_deactivate(fetcher *f, xfer *x)
{
	if (x->aprev)
		x->aprev->anext = x->anext;
	else
		f->active = x->anext;
	if (x->anext)
		x->anext->aprev = x->aprev;
	x->aprev = x->anext = NULL;
	f->inflight--;
	curl_multi_remove_handle(f->m, x->e);
}

/* Options every transfer shares, set once per handle: handles are reused
 * as they are (no curl_easy_reset, which would also drop libcurl's receive
 * buffer and make it allocate a fresh one for the next transfer). */
static void setup_easy(fetcher *f, xfer *x)
{
	CURL *e = x->e;
	curl_easy_setopt(e, CURLOPT_PRIVATE, (char *)x);
	curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, on_debug);
	curl_easy_setopt(e, CURLOPT_DEBUGDATA, x);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_USERAGENT, f->ua);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_HTTP_VERSION,
			 f->o.http2 ? (long)CURL_HTTP_VERSION_2TLS : (long)CURL_HTTP_VERSION_1_1);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long)(f->o.connect_timeout * 1000));
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)(f->o.timeout * 1000));
	if (f->o.low_speed_limit > 0 && f->o.low_speed_time > 0) {
		curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, f->o.low_speed_limit);
		curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, (long)ceil(f->o.low_speed_time));
	}
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, f->o.insecure ? 0L : 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, f->o.insecure ? 0L : 2L);
	curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
	/* fewer reads and write callbacks than the 16 KB default; 64 KB stays
	 * below glibc's mmap threshold, so the buffer is not mapped afresh */
	curl_easy_setopt(e, CURLOPT_BUFFERSIZE, 64L * 1024);
}

static void start_robots(fetcher *f, host *h, double now)
{
	xfer *x = xfer_get(f);
	if (!x) {   /* cannot even allocate a handle: treat as unreachable */
		h->rb = robots_disallow_all();
		h->rstate = RB_READY;
		return;
	}
	x->h = h;
	buf_reset(&f->tmp2);
	buf_printf(&f->tmp2, "%s/robots.txt", h->key);
	curl_easy_setopt(x->e, CURLOPT_URL, f->tmp2.data);
	curl_easy_setopt(x->e, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(x->e, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(x->e, CURLOPT_VERBOSE, 0L);
	h->rstate = RB_FETCHING;
	h->inflight++;
	h->next_start = now + h->delay;
	xfer_activate(f, x);
}

static void start_job(fetcher *f, job *j, double now)
{
	host *h = j->h;
	hop *c = job_cur(j);
	xfer *x = xfer_get(f);
	if (!x) {   /* out of handles: retry later */
		j->due = now + 1;
		heap_push(&f->retries, j->due, j);
		return;
	}
	x->j = j;
	x->h = h;
	hop_reset(c);
	pool_get(f, &c->body);
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	c->date_sec = ts.tv_sec;
	c->date_usec = ts.tv_nsec / 1000;
	if (!j->t_first)
		j->t_first = now;
	j->attempts++;
	curl_easy_setopt(x->e, CURLOPT_URL, c->url);
	curl_easy_setopt(x->e, CURLOPT_FOLLOWLOCATION, 0L);
	/* https: rather wait for a connection being set up to this host, which
	 * may turn out to multiplex (HTTP/2), than open another one */
	curl_easy_setopt(x->e, CURLOPT_PIPEWAIT,
			 (long)(f->o.http2 && !strncasecmp(c->url, "https:", 6)));
	/* the debug callback is how libcurl shows the request headers it sent */
	curl_easy_setopt(x->e, CURLOPT_VERBOSE, 1L);
	h->inflight++;
	h->next_start = now + h->delay;
	xfer_activate(f, x);
}

/* robots.txt decision, RFC 9309 §2.3.1 */
static void robots_done(fetcher *f, xfer *x, CURLcode rc)
{
	host *h = x->h;
	long status = 0;
	curl_easy_getinfo(x->e, CURLINFO_RESPONSE_CODE, &status);
	if (rc == CURLE_TOO_MANY_REDIRECTS)
		h->rb = robots_allow_all();     /* §2.3.1.2: MAY treat as unavailable */
	else if ((rc == CURLE_OK || (rc == CURLE_WRITE_ERROR && x->rtrunc)) &&
		 status >= 200 && status < 300)
		h->rb = robots_parse(x->rbody.data, x->rbody.len, f->ua);
	else if (rc == CURLE_OK && status >= 400 && status < 500 && status != 429)
		h->rb = robots_allow_all();     /* unavailable */
	else
		h->rb = robots_disallow_all();  /* unreachable: 5xx, 429, network */
	double cd = robots_crawl_delay(h->rb);
	if (cd > f->o.max_crawl_delay)
		cd = f->o.max_crawl_delay;
	if (cd > h->delay) {
		h->next_start += cd - h->delay;
		h->delay = cd;
	}
	h->rstate = RB_READY;
}

static int retryable_curl(CURLcode rc)
{
	switch (rc) {
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_COULDNT_CONNECT:
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
	case CURLE_SSL_CONNECT_ERROR:
		return 1;
	default:
		return 0;
	}
}

static int chain_has(job *j, const char *url)
{
	for (int i = 0; i <= j->nhops; i++)
		if (!strcmp(j->hops[i].url, url))
			return 1;
	return 0;
}

/* A job's transfer ended; decide between retry, next hop and done.
 * Returns the callback's stop request. */
static int job_done(fetcher *f, xfer *x, CURLcode rc, double now, fetch_done_fn cb, void *ctx)
{
	job *j = x->j;
	hop *c = job_cur(j);
	long status = 0;
	curl_easy_getinfo(x->e, CURLINFO_RESPONSE_CODE, &status);
	char *ip = NULL;
	curl_easy_getinfo(x->e, CURLINFO_PRIMARY_IP, &ip);
	snprintf(c->ip, sizeof(c->ip), "%s", ip ? ip : "");
	if (rc == CURLE_WRITE_ERROR && c->truncated)
		rc = CURLE_OK;
	c->status = rc == CURLE_OK ? (int)status : 0;

	int retry = 0;
	double wait = 0;
	if (rc != CURLE_OK)
		retry = retryable_curl(rc);
	else if (status == 429 || status >= 500)
		retry = 1;
	if (retry && j->attempts <= f->o.retries && !(f->o.stop && *f->o.stop)) {
		wait = f->o.backoff * pow(2, j->attempts - 1) * (0.5 + rand01(&f->rng));
		curl_off_t ra = 0;
		if (rc == CURLE_OK && curl_easy_getinfo(x->e, CURLINFO_RETRY_AFTER, &ra) == CURLE_OK &&
		    ra > 0 && (double)ra > wait)
			wait = (double)ra;
		if (wait > f->o.max_backoff)
			wait = f->o.max_backoff;
		j->due = now + wait;
		heap_push(&f->retries, j->due, j);
		return 0;
	}
	if (rc != CURLE_OK) {
		const char *kind = rc == CURLE_OPERATION_TIMEDOUT ? "timeout" :
				   rc == CURLE_COULDNT_CONNECT ? "connect" :
				   rc == CURLE_COULDNT_RESOLVE_HOST ? "dns" :
				   rc == CURLE_PEER_FAILED_VERIFICATION ? "tls" : "transfer";
		snprintf(j->err, sizeof(j->err), "%s: %.200s", kind,
			 x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc));
		j->has_err = 1;
		return finish_job(f, j, cb, ctx);
	}
	char *loc = NULL;
	if (status >= 300 && status < 400 &&
	    curl_easy_getinfo(x->e, CURLINFO_REDIRECT_URL, &loc) == CURLE_OK && loc) {
		if (fetch_url_origin(loc, NULL, NULL)) {
			set_err(j, "redirect to a non-http(s) URL not followed: %.200s", loc);
			return finish_job(f, j, cb, ctx);
		}
		if (chain_has(j, loc)) {
			set_err(j, "redirect loop at %.200s", loc);
			return finish_job(f, j, cb, ctx);
		}
		if (j->nhops + 1 > f->o.max_redirects) {
			set_err(j, "too many redirects (%s)", "more than the limit");
			return finish_job(f, j, cb, ctx);
		}
		j->nhops++;
		if (j->nhops + 1 > j->hcap) {
			j->hcap *= 2;
			j->hops = xrealloc(j->hops, (size_t)j->hcap * sizeof(hop));
		}
		hop_init(job_cur(j), loc);
		j->attempts = 0;
		job_place(f, j, 1);
		return 0;
	}
	return finish_job(f, j, cb, ctx);
}

/* Start h's next allowed URL (finishing those robots.txt refuses on the
 * way). The caller has checked that h may start a request now. */
static void host_start_next(fetcher *f, host *h, double now, fetch_done_fn cb, void *ctx,
			    int *stop)
{
	while (h->qhead) {
		job *j = host_dequeue(h);
		if (h->rb) {
			fetch_url_origin(job_cur(j)->url, NULL, &f->tmp);
			if (!robots_allowed(h->rb, f->tmp.data)) {
				set_err(j, "%s", robots_is_disallow_all(h->rb) ?
					"robots.txt unreachable: host disallowed" :
					"robots.txt disallows");
				if (finish_job(f, j, cb, ctx))
					*stop = 1;
				continue;
			}
		}
		start_job(f, j, now);
		break;
	}
}

/* Move due retries to their hosts and start whatever may start now. */
static void schedule(fetcher *f, double now, fetch_done_fn cb, void *ctx, int *stop)
{
	while (f->retries.n && f->retries.a[0].key <= now) {
		job *j = heap_pop(&f->retries).p;
		host_enqueue(f, j->h, j, 1);
	}
	while (f->inflight < f->o.concurrency && f->hosts.n && f->hosts.a[0].key <= now) {
		host *h = heap_pop(&f->hosts).p;
		h->in_heap = 0;
		/* an entry can be stale: the host may have started since it was
		 * pushed (host_take_freed_slot); check again, re-queue if not yet */
		if (h->inflight >= f->o.per_host || h->rstate == RB_FETCHING || !h->qhead ||
		    h->next_start > now) {
			host_maybe_schedule(f, h);
			continue;
		}
		if (h->rstate == RB_NONE) {
			start_robots(f, h, now);
			continue;
		}
		host_start_next(f, h, now, cb, ctx, stop);
		host_maybe_schedule(f, h);
	}
}

/* A transfer of h just ended: if h may start its next request right now,
 * start it at once, on the connection that was just freed, before other
 * hosts take the slot. With a delay this rarely applies (the host's next
 * start is later); without one it keeps each host's share of the slots,
 * and so its connections, steady instead of drifting between hosts and
 * opening new connections as it goes. */
static void host_take_freed_slot(fetcher *f, host *h, double now, fetch_done_fn cb, void *ctx,
				 int *stop)
{
	if (*stop || h->rstate != RB_READY || !h->qhead || h->inflight >= f->o.per_host ||
	    h->next_start > now || f->inflight >= f->o.concurrency)
		return;
	host_start_next(f, h, now, cb, ctx, stop);
}

static void report_progress(fetcher *f, double now)
{
	if (!f->prog)
		return;
	fetch_progress p;
	p.total = f->total;
	p.done = f->done;
	p.errors = f->errors;
	p.in_flight = (size_t)f->inflight;
	p.bytes = f->bytes;
	p.elapsed = now - f->t0;
	f->prog(f->prog_ctx, &p);
}

int fetcher_run(fetcher *f, fetch_done_fn cb, void *ctx, char *err, size_t errlen)
{
	f->t0 = mono_now();
	double last_prog = 0;
	int stop = 0;

	while (f->unfinished && !stop) {
		if (f->o.stop && *f->o.stop)
			break;
		/* place queued jobs on their hosts (also those the done callback
		 * added while the loop runs) */
		while (f->pending_head) {
			job *j = f->pending_head;
			f->pending_head = j->next;
			j->next = NULL;
			job_place(f, j, 0);
		}
		f->pending_tail = NULL;
		size_conn_cache(f);
		double now = mono_now();
		schedule(f, now, cb, ctx, &stop);
		if (stop)
			break;
		int running = 0;
		CURLMcode mc = curl_multi_perform(f->m, &running);
		if (mc != CURLM_OK) {
			snprintf(err, errlen, "libcurl: %s", curl_multi_strerror(mc));
			return -1;
		}
		CURLMsg *msg;
		int left;
		now = mono_now();
		while ((msg = curl_multi_info_read(f->m, &left))) {
			if (msg->msg != CURLMSG_DONE)
				continue;
			CURL *e = msg->easy_handle;
			CURLcode rc = msg->data.result;
			xfer *x = NULL;
			curl_easy_getinfo(e, CURLINFO_PRIVATE, (char **)&x);
			xfer_deactivate(f, x);
			host *h = x->h;
			h->inflight--;
			if (x->j) {
				if (job_done(f, x, rc, now, cb, ctx))
					stop = 1;
			} else {
				robots_done(f, x, rc);
			}
			x->j = NULL;
			xfer_put(f, x);
			host_take_freed_slot(f, h, now, cb, ctx, &stop);
			host_maybe_schedule(f, h);
		}
		if (stop)
			break;
		now = mono_now();
		if (now - last_prog >= 0.25) {
			report_progress(f, now);
			last_prog = now;
		}
		if (!f->unfinished)
			break;
		/* sleep until a socket is ready, libcurl needs a timeout handled,
		 * or the next host/retry becomes due */
		double next = now + 0.25;
		if (f->hosts.n && f->inflight < f->o.concurrency && f->hosts.a[0].key < next)
			next = f->hosts.a[0].key;
		if (f->retries.n && f->retries.a[0].key < next)
			next = f->retries.a[0].key;
		int ms = (int)ceil((next - now) * 1000);
		if (ms < 0 || f->pending_head)   /* URLs the callback just added start now */
			ms = 0;
		if (ms > 0 || running) {
			mc = curl_multi_poll(f->m, NULL, 0, ms, NULL);
			if (mc != CURLM_OK) {
				snprintf(err, errlen, "libcurl: %s", curl_multi_strerror(mc));
				return -1;
			}
		}
	}
	report_progress(f, mono_now());
	return f->unfinished ? 1 : 0;
}
