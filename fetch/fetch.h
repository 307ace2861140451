/*
 * fetch: polite, concurrent downloading of URL lists (libcurl multi).
 *
 * Two layers:
 *
 *  - fetcher: the event loop. Queue URLs with fetcher_add(), then
 *    fetcher_run() drives one libcurl multi handle on the calling thread
 *    until every URL is finished (or *stop is set), honouring overall and
 *    per-host concurrency, the per-host delay between request starts,
 *    robots.txt, redirects (followed hop by hop, http/https only, each hop
 *    subject to its own host's politeness and robots.txt), retries with
 *    backoff and size/time limits. A callback receives each finished URL
 *    (final status, headers, decoded body, every hop of the redirect chain);
 *    this is what the corpus builder uses to fetch on the fly.
 *
 *  - fetch_to_warc(): the `pith fetch` job. Reads manifests, drops invalid
 *    and duplicate URLs, resumes an interrupted run (repairs the WARC tail,
 *    skips URLs already logged), runs a fetcher and hands each result to
 *    writer threads that write WARC/1.1 records (warcinfo, request,
 *    response, metadata for failures) and one JSON line per URL to
 *    <out>.log.jsonl, so transfers do not wait on compression or disk
 *    (.warc.gz is compressed on one thread per core).
 *
 * Bodies are stored decoded: libcurl undoes Content-Encoding (gzip,
 * deflate, br) and chunking, and the stored HTTP header block is rewritten
 * by warc_http_head_for_decoded() (Content-Encoding, Transfer-Encoding and
 * Content-Length renamed to X-Pith-Orig-*, a true Content-Length added) so
 * every WARC reader sees a consistent record.
 *
 * Nothing here prints or exits; errors come back in caller buffers.
 */
#ifndef PITH_FETCH_H
#define PITH_FETCH_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

typedef struct fetch_options {
	int concurrency;          /* transfers in flight overall (64) */
	int per_host;             /* transfers in flight per host (2) */
	double delay;             /* seconds between request starts per host (1.0) */
	int retries;              /* extra attempts after the first (3) */
	size_t max_size;          /* body bytes kept; larger bodies are cut (10 MiB) */
	double connect_timeout;   /* seconds (10) */
	double timeout;           /* whole transfer, seconds (60) */
	long low_speed_limit;     /* bytes/s ... (1000) */
	double low_speed_time;    /* ... for this many seconds aborts (30) */
	double backoff;           /* first retry wait in seconds, doubled per retry (1.0) */
	double max_backoff;       /* cap on a retry wait, Retry-After included (120) */
	double max_crawl_delay;   /* cap on robots.txt Crawl-delay (60) */
	int max_redirects;        /* hops (10) */
	int ignore_robots;        /* do not fetch or obey robots.txt */
	int insecure;             /* no TLS verification */
	int http2;                /* negotiate HTTP/2 over TLS (1) */
	const char *user_agent;   /* NULL: "pith/VERSION (+https://github.com/pith/pith)" */
	volatile sig_atomic_t *stop;  /* polled; when it becomes non-zero fetcher_run returns
				       * soon, dropping transfers in flight */
} fetch_options;

void fetch_options_init(fetch_options *o);
/* The default user agent string. */
const char *fetch_default_user_agent(void);

/* One hop of a redirect chain (or the only one). */
typedef struct fetch_hop {
	const char *url;          /* requested URL of this hop */
	const char *ip;           /* remote IP (CURLINFO_PRIMARY_IP), "" if none */
	int status;               /* HTTP status, 0 if no response */
	const char *req_head;     /* request header block as sent */
	size_t req_head_len;
	const char *resp_head;    /* response header block as received (last
				   * non-1xx response), "" if none */
	size_t resp_head_len;
	const char *body;         /* decoded payload (NUL-terminated) */
	size_t body_len;
	int truncated;            /* body cut at max_size */
	int64_t date_sec;         /* when the request started (UTC) */
	long date_usec;
} fetch_hop;

typedef struct fetch_result {
	const char *url;          /* as queued */
	const char *final_url;    /* last hop's URL */
	const char *meta;         /* as given to fetcher_add (may be NULL) */
	size_t meta_len;
	void *user;               /* as given to fetcher_add */
	int status;               /* final HTTP status, 0 when none */
	const char *error;        /* NULL on success (any final HTTP status), else why
				   * ("robots.txt disallows", "timeout: ...", "redirect loop"...) */
	int attempts;             /* requests made for the final hop */
	double ms;                /* wall time from first request to completion */
	const fetch_hop *hops;    /* redirect chain, in order; nhops may be 0 (robots) */
	int nhops;
	/* shortcuts to the last hop (NULL/0 when nhops == 0) */
	const char *head; size_t head_len;
	const char *body; size_t body_len;
	int truncated;
	const char *ip;
	void *internal_;          /* the fetcher's own; see fetch_result_take_body */
} fetch_result;

struct buf;
/* From inside the done callback: move hop i's body out of the result into
 * *into without copying (its capacity grows to the page's, and whatever
 * buffer *into held goes back to the fetcher, which reuses it for a later
 * page). hops[i].body, and r->body for the last hop, must not be used
 * afterwards. This is how a consumer keeps pages past the callback cheaply:
 * hand it a spare buffer, get the page. */
void fetch_result_take_body(const fetch_result *r, int i, struct buf *into);

/* Called on the loop thread for each finished URL; the result lives until
 * it returns, so copy what you keep. Keep it quick (hand heavy work to
 * another thread). Return 0 to go on, non-zero to stop the run. */
typedef int (*fetch_done_fn)(void *ctx, const fetch_result *r);

typedef struct fetch_progress {
	size_t total;             /* URLs queued */
	size_t done;              /* finished (success or failure) */
	size_t errors;            /* finished with error or HTTP status >= 400 */
	size_t in_flight;
	uint64_t bytes;           /* payload bytes received */
	double elapsed;           /* seconds since fetcher_run started */
} fetch_progress;

typedef void (*fetch_progress_fn)(void *ctx, const fetch_progress *p);

typedef struct fetcher fetcher;

/* NULL with err when libcurl cannot be set up. The options are copied. */
fetcher *fetcher_new(const fetch_options *o, char *err, size_t errlen);
void fetcher_free(fetcher *f);
/* Queue an absolute http(s) URL (caller normalises and deduplicates). May
 * also be called from the done callback while fetcher_run() runs: the URL
 * joins the same run.
 * meta (may be NULL) is copied and handed back in the result. Returns 0,
 * or -1 with err for a URL that is not http(s) or has no host. */
int fetcher_add(fetcher *f, const char *url, const char *meta, size_t meta_len, void *user,
		char *err, size_t errlen);
/* progress is called about 4 times a second (may be NULL). */
void fetcher_set_progress(fetcher *f, fetch_progress_fn fn, void *ctx);
/* Run until every queued URL is done, on_done returns non-zero, or *stop.
 * Returns 0 when all URLs finished, 1 when stopped early, -1 with err. */
int fetcher_run(fetcher *f, fetch_done_fn on_done, void *ctx, char *err, size_t errlen);
/* A description of the robots policy for warcinfo ("obeyed (RFC 9309 ..."). */
const char *fetcher_robots_policy(const fetcher *f);
/* libcurl's version and features ("libcurl/7.88.1 ... (AsynchDNS HTTP2 brotli ...)"). */
const char *fetcher_client_info(const fetcher *f);

/* ---- the `pith fetch` job ------------------------------------------------ */

typedef struct fetch_job {
	const char *const *manifests;   /* paths; "-" = stdin */
	size_t nmanifests;
	const char *out;                /* .warc or .warc.gz */
	int gzip_level;                 /* zlib level for .gz (0 = default 6) */
	int gzip_threads;               /* compression threads for .gz (0 = one per core;
					 * 1 = the single writer thread) */
	fetch_options opt;
	const char *options_text;       /* the command line, for warcinfo (may be NULL) */
	/* Called for manifest problems and skipped URLs (may be NULL). */
	void (*on_warning)(void *ctx, const char *msg);
	fetch_progress_fn on_progress;
	/* Also called per finished URL, on the loop thread, just before it is
	 * handed to the writer (may be NULL); non-zero stops the run. */
	fetch_done_fn on_done;
	void *ctx;
} fetch_job;

typedef struct fetch_summary {
	size_t manifest_urls;     /* valid entries read */
	size_t invalid;           /* invalid lines / URLs skipped */
	size_t duplicates;        /* duplicate URLs skipped */
	size_t already_done;      /* found in an earlier run's log (resume) */
	size_t queued;            /* fetched in this run (attempted) */
	size_t ok;                /* final status 2xx */
	size_t http_errors;       /* final status >= 400 */
	size_t failed;            /* no usable response (error set) */
	size_t records;           /* WARC records written */
	uint64_t bytes;           /* payload bytes stored */
	uint64_t warc_bytes;      /* WARC file size at the end */
	uint64_t repaired_bytes;  /* cut from the WARC/log tail before resuming */
	double seconds;
	double writer_wait;       /* seconds the transfer loop waited for the writers
				   * (their queue full: compression or disk slower
				   * than the network) */
	int stopped;              /* interrupted by *opt.stop */
} fetch_summary;

/* Returns 0 when the job ran (some URLs may have failed; see summary),
 * 1 when interrupted (output valid, rerun resumes), -1 with err when the
 * job could not run (unreadable manifest, cannot open or repair output). */
int fetch_to_warc(const fetch_job *job, fetch_summary *sum, char *err, size_t errlen);

#endif
