/* fetch: the libcurl loop against the loopback test server (tests/httpd.c),
 * then the `pith fetch` job end to end: WARC records read back with pith's
 * reader (digests verified), the log, resume after a stop and after kill -9
 * of the real binary (env PITH_BIN).
 * Timeouts, delays and backoffs are scaled down through the options so the
 * suite stays fast; politeness is asserted from the server's own log. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/fileio.h"
#include "common/jsonr.h"
#include "fetch/fetch.h"
#include "fetch/fetch_internal.h"
#include "fetch/warc.h"
#include "tests/httpd.h"

#include <curl/curl.h>
#include <pty.h>

/* ---- helpers ------------------------------------------------------------- */

typedef struct got {
	char *url, *final_url, *error, *body, *head;
	size_t body_len;
	int status, attempts, nhops, truncated;
} got;

typedef struct results {
	got *g;
	size_t n, cap;
} results;

static int collect(void *ctx, const fetch_result *r)
{
	results *rs = ctx;
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 16;
		rs->g = xrealloc(rs->g, rs->cap * sizeof(got));
	}
	got *g = &rs->g[rs->n++];
	memset(g, 0, sizeof(*g));
	g->url = xstrdup(r->url);
	g->final_url = xstrdup(r->final_url);
	g->error = r->error ? xstrdup(r->error) : NULL;
	g->body = r->body ? xstrndup(r->body, r->body_len) : xstrdup("");
	g->body_len = r->body_len;
	g->head = r->head ? xstrndup(r->head, r->head_len) : xstrdup("");
	g->status = r->status;
	g->attempts = r->attempts;
	g->nhops = r->nhops;
	g->truncated = r->truncated;
	return 0;
}

static void results_free(results *rs)
{
	for (size_t i = 0; i < rs->n; i++) {
		free(rs->g[i].url);
		free(rs->g[i].final_url);
		free(rs->g[i].error);
		free(rs->g[i].body);
		free(rs->g[i].head);
	}
	free(rs->g);
}

static const got *find(const results *rs, const char *suffix)
{
	size_t sl = strlen(suffix);
	for (size_t i = 0; i < rs->n; i++) {
		size_t ul = strlen(rs->g[i].url);
		if (ul >= sl && !strcmp(rs->g[i].url + ul - sl, suffix))
			return &rs->g[i];
	}
	return NULL;
}

static void fast_opts(fetch_options *o)
{
	fetch_options_init(o);
	o->delay = 0;
	o->per_host = 4;
	o->backoff = 0.02;
	o->connect_timeout = 2;
	o->timeout = 5;
	o->ignore_robots = 1;
}

static char *url_of(httpd *h, const char *path)
{
	buf b = BUF_INIT;
	buf_init(&b);
	buf_printf(&b, "http://%s:%d%s", httpd_ip(h), httpd_port(h), path);
	return buf_detach(&b, NULL);
}

/* fetch the given paths from h with options o; results into rs */
static void run_paths(httpd *h, const fetch_options *o, const char *const *paths, size_t n,
		      results *rs)
{
	char err[256];
	fetcher *f = fetcher_new(o, err, sizeof(err));
	cr_assert(f, "%s", err);
	for (size_t i = 0; i < n; i++) {
		char *u = url_of(h, paths[i]);
		cr_assert_eq(fetcher_add(f, u, NULL, 0, NULL, err, sizeof(err)), 0, "%s", err);
		free(u);
	}
	cr_assert_eq(fetcher_run(f, collect, rs, err, sizeof(err)), 0, "%s", err);
	fetcher_free(f);
	cr_assert_eq(rs->n, n);
}

static httpd *start(const char *ip)
{
	httpd *h = httpd_start(ip);
	cr_assert(h, "cannot start the test server on %s", ip);
	return h;
}

/* ---- tests --------------------------------------------------------------- */

Test(fetch, url_origin_and_path)
{
	buf o = BUF_INIT, p = BUF_INIT;
	buf_init(&o);
	buf_init(&p);
	cr_assert_eq(fetch_url_origin("HTTP://User@Example.COM/a/b?x=1#frag", &o, &p), 0);
	cr_assert_str_eq(o.data, "http://example.com:80");
	cr_assert_str_eq(p.data, "/a/b?x=1");
	cr_assert_eq(fetch_url_origin("https://h:8443", &o, &p), 0);
	cr_assert_str_eq(o.data, "https://h:8443");
	cr_assert_str_eq(p.data, "/");
	cr_assert_eq(fetch_url_origin("https://[::1]:99/x", &o, &p), 0);
	cr_assert_str_eq(o.data, "https://[::1]:99");
	cr_assert_eq(fetch_url_origin("file:///etc/passwd", &o, &p), -1);
	cr_assert_eq(fetch_url_origin("ftp://h/x", &o, &p), -1);
	cr_assert_eq(fetch_url_origin("http:///x", &o, &p), -1);
	cr_assert_eq(fetch_url_origin("http://h:99999/", &o, &p), -1);
	buf_free(&o);
	buf_free(&p);
}

Test(fetch, rejects_non_http_urls)
{
	fetch_options o;
	fast_opts(&o);
	char err[256];
	fetcher *f = fetcher_new(&o, err, sizeof(err));
	cr_assert_eq(fetcher_add(f, "file:///etc/passwd", NULL, 0, NULL, err, sizeof(err)), -1);
	cr_assert_eq(fetcher_add(f, "gopher://x/", NULL, 0, NULL, err, sizeof(err)), -1);
	results rs = { 0 };
	cr_assert_eq(fetcher_run(f, collect, &rs, err, sizeof(err)), 0);
	cr_assert_eq(rs.n, 0);
	fetcher_free(f);
}

Test(fetch, pages_200_with_default_user_agent)
{
	httpd *h = start("127.0.0.1");
	httpd_route r = { .path = "*" };
	httpd_add(h, &r);
	const char *paths[40];
	char names[40][16];
	for (int i = 0; i < 40; i++) {
		snprintf(names[i], sizeof(names[i]), "/p/%d", i);
		paths[i] = names[i];
	}
	fetch_options o;
	fast_opts(&o);
	results rs = { 0 };
	run_paths(h, &o, paths, 40, &rs);
	for (size_t i = 0; i < rs.n; i++) {
		cr_assert_eq(rs.g[i].status, 200);
		cr_assert_null(rs.g[i].error);
		cr_assert_eq(rs.g[i].attempts, 1);
		const char *p = strstr(rs.g[i].url, "/p/");
		char want[64];
		snprintf(want, sizeof(want), "This is the page at %s,", p);
		cr_assert(strstr(rs.g[i].body, want), "body of %s", rs.g[i].url);
	}
	size_t n;
	httpd_logent *log = httpd_log(h, &n);
	cr_assert_eq(n, 40);
	cr_assert_str_eq(log[0].user_agent, fetch_default_user_agent());
	cr_assert(strstr(log[0].user_agent, "pith/"));
	/* connections are reused: far fewer connections than requests */
	int maxconn = 0;
	for (size_t i = 0; i < n; i++)
		if (log[i].conn > maxconn)
			maxconn = log[i].conn;
	cr_assert(maxconn <= 8, "%d connections for 40 requests", maxconn);
	free(log);
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, gzip_body_is_decoded)
{
	httpd *h = start("127.0.0.1");
	buf big = BUF_INIT;
	buf_init(&big);
	for (int i = 0; i < 2000; i++)
		buf_printf(&big, "<p>paragraph %d of a compressible page</p>\n", i);
	httpd_route r = { .path = "/gz", .body = big.data, .gzip = 1 };
	httpd_add(h, &r);
	fetch_options o;
	fast_opts(&o);
	const char *paths[] = { "/gz" };
	results rs = { 0 };
	run_paths(h, &o, paths, 1, &rs);
	cr_assert_eq(rs.g[0].status, 200);
	cr_assert_eq(rs.g[0].body_len, big.len);
	cr_assert_eq(memcmp(rs.g[0].body, big.data, big.len), 0);
	cr_assert(strstr(rs.g[0].head, "Content-Encoding: gzip"));
	size_t n;
	httpd_logent *log = httpd_log(h, &n);
	cr_assert(strstr(log[0].accept_encoding, "gzip"), "Accept-Encoding: %s", log[0].accept_encoding);
	cr_assert(strstr(log[0].accept_encoding, "deflate"), "Accept-Encoding: %s", log[0].accept_encoding);
	if (curl_version_info(CURLVERSION_NOW)->features & CURL_VERSION_BROTLI)
		cr_assert(strstr(log[0].accept_encoding, "br"), "Accept-Encoding: %s",
			  log[0].accept_encoding);
	free(log);
	results_free(&rs);
	buf_free(&big);
	httpd_stop(h);
}

Test(fetch, redirect_chain_is_followed_hop_by_hop)
{
	httpd *h = start("127.0.0.1");
	httpd_route a = { .path = "/r1", .status = 301, .headers = "Location: /r2\r\n" };
	httpd_route b = { .path = "/r2", .status = 302, .headers = "Location: r3?x=1\r\n" };
	char loc[128];
	snprintf(loc, sizeof(loc), "Location: http://127.0.0.1:%d/final\r\n", httpd_port(h));
	httpd_route c = { .path = "/r3?x=1", .status = 302, .headers = loc };
	httpd_route d = { .path = "/final", .body = "<html>the end</html>" };
	httpd_add(h, &a);
	httpd_add(h, &b);
	httpd_add(h, &c);
	httpd_add(h, &d);
	fetch_options o;
	fast_opts(&o);
	const char *paths[] = { "/r1" };
	results rs = { 0 };
	run_paths(h, &o, paths, 1, &rs);
	cr_assert_null(rs.g[0].error, "%s", rs.g[0].error);
	cr_assert_eq(rs.g[0].status, 200);
	cr_assert_eq(rs.g[0].nhops, 4);
	cr_assert(strstr(rs.g[0].final_url, "/final"));
	cr_assert(strstr(rs.g[0].url, "/r1"));
	cr_assert_str_eq(rs.g[0].body, "<html>the end</html>");
	cr_assert_eq(httpd_count(h, NULL), 4);
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, redirect_loop_and_limit)
{
	httpd *h = start("127.0.0.1");
	httpd_route a = { .path = "/la", .status = 302, .headers = "Location: /lb\r\n" };
	httpd_route b = { .path = "/lb", .status = 302, .headers = "Location: /la\r\n" };
	httpd_add(h, &a);
	httpd_add(h, &b);
	char p[32], l[64];
	for (int i = 0; i < 15; i++) {   /* /c0 -> /c1 -> ... -> /c15 */
		snprintf(p, sizeof(p), "/c%d", i);
		snprintf(l, sizeof(l), "Location: /c%d\r\n", i + 1);
		httpd_route r = { .path = p, .status = 302, .headers = l };
		httpd_add(h, &r);
	}
	fetch_options o;
	fast_opts(&o);
	const char *paths[] = { "/la", "/c0" };
	results rs = { 0 };
	run_paths(h, &o, paths, 2, &rs);
	const got *g = find(&rs, "/la");
	cr_assert(g->error && strstr(g->error, "redirect loop"), "%s", g->error);
	cr_assert_eq(g->status, 302);
	cr_assert_eq(httpd_count(h, "/la"), 1);
	g = find(&rs, "/c0");
	cr_assert(g->error && strstr(g->error, "too many redirects"), "%s", g->error);
	/* the first request plus 10 redirect hops */
	cr_assert_eq(httpd_count(h, "/c10"), 1);
	cr_assert_eq(httpd_count(h, "/c11"), 0);
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, redirect_to_file_scheme_is_not_followed)
{
	httpd *h = start("127.0.0.1");
	httpd_route a = { .path = "/evil", .status = 302, .headers = "Location: file:///etc/passwd\r\n" };
	httpd_route b = { .path = "/evil2", .status = 301, .headers = "Location: ftp://127.0.0.1/x\r\n" };
	httpd_add(h, &a);
	httpd_add(h, &b);
	fetch_options o;
	fast_opts(&o);
	const char *paths[] = { "/evil", "/evil2" };
	results rs = { 0 };
	run_paths(h, &o, paths, 2, &rs);
	for (int i = 0; i < 2; i++) {
		cr_assert(rs.g[i].error && strstr(rs.g[i].error, "non-http(s)"), "%s", rs.g[i].error);
		cr_assert(!strstr(rs.g[i].body, "root:"));
		cr_assert_eq(rs.g[i].nhops, 1);
		cr_assert(strstr(rs.g[i].final_url, "/evil"));
	}
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, status_404_is_not_retried)
{
	httpd *h = start("127.0.0.1");
	fetch_options o;
	fast_opts(&o);
	const char *paths[] = { "/missing" };
	results rs = { 0 };
	run_paths(h, &o, paths, 1, &rs);
	cr_assert_eq(rs.g[0].status, 404);
	cr_assert_null(rs.g[0].error);
	cr_assert_eq(rs.g[0].attempts, 1);
	cr_assert_eq(httpd_count(h, "/missing"), 1);
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, status_500_then_200_is_retried)
{
	httpd *h = start("127.0.0.1");
	httpd_route r = { .path = "/flaky", .fail_first = 2, .fail_status = 500,
			  .body = "finally" };
	httpd_route r2 = { .path = "/down", .status = 503 };
	httpd_add(h, &r);
	httpd_add(h, &r2);
	fetch_options o;
	fast_opts(&o);
	o.retries = 3;
	const char *paths[] = { "/flaky", "/down" };
	results rs = { 0 };
	run_paths(h, &o, paths, 2, &rs);
	const got *g = find(&rs, "/flaky");
	cr_assert_eq(g->status, 200);
	cr_assert_eq(g->attempts, 3);
	cr_assert_str_eq(g->body, "finally");
	g = find(&rs, "/down");
	cr_assert_eq(g->status, 503);   /* retries exhausted: the last answer is kept */
	cr_assert_eq(g->attempts, 4);
	cr_assert_eq(httpd_count(h, "/down"), 4);
	/* backoff grows: gaps between attempts are not shrinking much */
	size_t n;
	httpd_logent *log = httpd_log(h, &n);
	double t[4];
	int k = 0;
	for (size_t i = 0; i < n && k < 4; i++)
		if (!strcmp(log[i].path, "/down"))
			t[k++] = log[i].t;
	cr_assert(t[3] - t[2] >= 0.02 * 4 * 0.5 - 0.005, "third backoff %.3f", t[3] - t[2]);
	free(log);
	results_free(&rs);
	httpd_stop(h);
}

/* retry waits carry jitter: URLs failing together do not come back together */
Test(fetch, retry_backoff_has_jitter)
{
	httpd *h = start("127.0.0.1");
	char names[6][16];
	const char *paths[6];
	for (int i = 0; i < 6; i++) {
		snprintf(names[i], sizeof(names[i]), "/j%d", i);
		paths[i] = names[i];
		httpd_route r = { .path = names[i], .fail_first = 1, .fail_status = 503 };
		httpd_add(h, &r);
	}
	fetch_options o;
	fast_opts(&o);
	o.per_host = 6;
	o.backoff = 0.2;
	o.retries = 1;
	results rs = { 0 };
	run_paths(h, &o, paths, 6, &rs);
	size_t n;
	httpd_logent *log = httpd_log(h, &n);
	cr_assert_eq(n, 12);
	double lo = 1e9, hi = 0;
	for (int i = 0; i < 6; i++) {
		cr_assert_eq(find(&rs, names[i])->status, 200);
		double t[2];
		int k = 0;
		for (size_t e = 0; e < n && k < 2; e++)
			if (!strcmp(log[e].path, names[i]))
				t[k++] = log[e].t;
		double gap = t[1] - t[0];
		/* backoff 0.2 s times a factor in [0.5, 1.5) */
		cr_assert(gap >= 0.02 && gap < 0.3 + 0.5, "%s retried after %.3f s", names[i], gap);
		lo = gap < lo ? gap : lo;
		hi = gap > hi ? gap : hi;
	}
	cr_assert(hi - lo > 0.002, "six retries all %.3f-%.3f s after their failure: no jitter", lo, hi);
	free(log);
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, status_429_honours_retry_after)
{
	httpd *h = start("127.0.0.1");
	httpd_route r = { .path = "/busy", .fail_first = 1, .fail_status = 429,
			  .fail_headers = "Retry-After: 1\r\n", .body = "ok now" };
	httpd_add(h, &r);
	fetch_options o;
	fast_opts(&o);
	const char *paths[] = { "/busy" };
	results rs = { 0 };
	run_paths(h, &o, paths, 1, &rs);
	cr_assert_eq(rs.g[0].status, 200);
	cr_assert_eq(rs.g[0].attempts, 2);
	size_t n;
	httpd_logent *log = httpd_log(h, &n);
	cr_assert_eq(n, 2);
	/* arrival times: the first request's connection set-up can delay its
	 * log entry, which shortens the gap seen by the server a little */
	cr_assert(log[1].t - log[0].t >= 0.8, "retried after %.3f s", log[1].t - log[0].t);
	free(log);
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, server_that_never_answers_times_out)
{
	httpd *h = start("127.0.0.1");
	httpd_route r = { .path = "/hang", .hang = 1 };
	httpd_add(h, &r);
	fetch_options o;
	fast_opts(&o);
	o.timeout = 0.4;
	o.retries = 1;
	const char *paths[] = { "/hang", "/fine" };
	results rs = { 0 };
	run_paths(h, &o, paths, 2, &rs);
	const got *g = find(&rs, "/hang");
	cr_assert(g->error && strstr(g->error, "timeout"), "%s", g->error);
	cr_assert_eq(g->status, 0);
	cr_assert_eq(g->attempts, 2);
	cr_assert_eq(find(&rs, "/fine")->status, 404, "%s", find(&rs, "/fine")->error);
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, body_over_max_size_is_cut_and_marked)
{
	httpd *h = start("127.0.0.1");
	buf big = BUF_INIT;
	buf_init(&big);
	while (big.len < 300000)
		buf_puts(&big, "0123456789abcdef");
	httpd_route r = { .path = "/big", .body = big.data };
	httpd_add(h, &r);
	fetch_options o;
	fast_opts(&o);
	o.max_size = 10000;
	const char *paths[] = { "/big", "/small" };
	results rs = { 0 };
	run_paths(h, &o, paths, 2, &rs);
	const got *g = find(&rs, "/big");
	cr_assert_null(g->error, "%s", g->error);
	cr_assert_eq(g->status, 200);
	cr_assert_eq(g->truncated, 1);
	cr_assert_eq(g->body_len, 10000);
	cr_assert_eq(memcmp(g->body, big.data, 10000), 0);
	cr_assert_eq(find(&rs, "/small")->truncated, 0);
	results_free(&rs);
	buf_free(&big);
	httpd_stop(h);
}

Test(fetch, robots_disallow_is_obeyed_and_fetched_once)
{
	httpd *h = start("127.0.0.1");
	httpd_route rb = { .path = "/robots.txt", .content_type = "text/plain",
			   .body = "User-agent: *\nDisallow: /private\n\nUser-agent: pith\n"
				   "Disallow: /secret\nAllow: /secret/open\n" };
	httpd_route any = { .path = "*" };
	httpd_add(h, &any);
	httpd_add(h, &rb);
	fetch_options o;
	fast_opts(&o);
	o.ignore_robots = 0;
	const char *paths[] = { "/private/a", "/secret/x", "/secret/open/y", "/pub/1", "/pub/2",
				"/pub/3" };
	results rs = { 0 };
	run_paths(h, &o, paths, 6, &rs);
	/* our own group applies, not the * group */
	cr_assert_eq(find(&rs, "/private/a")->status, 200);
	const got *g = find(&rs, "/secret/x");
	cr_assert(g->error && strstr(g->error, "robots.txt disallows"), "%s", g->error);
	cr_assert_eq(g->nhops, 0);
	cr_assert_eq(find(&rs, "/secret/open/y")->status, 200);
	cr_assert_eq(find(&rs, "/pub/3")->status, 200);
	cr_assert_eq(httpd_count(h, "/robots.txt"), 1);
	cr_assert_eq(httpd_count(h, "/secret/x"), 0);
	size_t n;
	httpd_logent *log = httpd_log(h, &n);
	cr_assert_str_eq(log[0].path, "/robots.txt");
	free(log);
	results_free(&rs);
	httpd_stop(h);
}

Test(fetch, robots_503_disallows_host_and_404_allows)
{
	httpd *bad = start("127.0.0.2");
	httpd *ok = start("127.0.0.3");
	httpd_route rb = { .path = "/robots.txt", .status = 503 };
	httpd_route any = { .path = "*" };
	httpd_add(bad, &rb);
	httpd_add(bad, &any);
	httpd_add(ok, &any);
	httpd_route r404 = { .path = "/robots.txt", .status = 404 };
	httpd_add(ok, &r404);
	fetch_options o;
	fast_opts(&o);
	o.ignore_robots = 0;
	char err[256];
	fetcher *f = fetcher_new(&o, err, sizeof(err));
	for (int i = 0; i < 3; i++) {
		char p[16];
		snprintf(p, sizeof(p), "/x%d", i);
		char *u = url_of(bad, p);
		fetcher_add(f, u, NULL, 0, NULL, err, sizeof(err));
		free(u);
		u = url_of(ok, p);
		fetcher_add(f, u, NULL, 0, NULL, err, sizeof(err));
		free(u);
	}
	results rs = { 0 };
	cr_assert_eq(fetcher_run(f, collect, &rs, err, sizeof(err)), 0);
	fetcher_free(f);
	cr_assert_eq(rs.n, 6);
	for (size_t i = 0; i < rs.n; i++) {
		if (strstr(rs.g[i].url, "127.0.0.2")) {
			cr_assert(rs.g[i].error && strstr(rs.g[i].error, "robots.txt unreachable"));
		} else {
			cr_assert_null(rs.g[i].error);
			cr_assert_eq(rs.g[i].status, 200);
		}
	}
	cr_assert_eq(httpd_count(bad, NULL), 1);   /* only robots.txt */
	cr_assert_eq(httpd_count(ok, NULL), 4);
	results_free(&rs);
	httpd_stop(bad);
	httpd_stop(ok);
}

Test(fetch, missing_charset_bytes_kept_verbatim)
{
	httpd *h = start("127.0.0.1");
	static const char latin1[] = "<html><body><p>caf\xe9 na\xefve</p></body></html>";
	httpd_route r = { .path = "/l1", .body = latin1, .content_type = "text/html" };
	httpd_route r2 = { .path = "/none", .body = latin1, .content_type_none = 1 };
	/* a wrong label: says UTF-8, sends Latin-1 */
	httpd_route r3 = { .path = "/wrong", .body = latin1,
			   .content_type = "text/html; charset=utf-8" };
	httpd_add(h, &r);
	httpd_add(h, &r2);
	httpd_add(h, &r3);
	fetch_options o;
	fast_opts(&o);
	const char *paths[] = { "/l1", "/none", "/wrong" };
	results rs = { 0 };
	run_paths(h, &o, paths, 3, &rs);
	cr_assert(strstr(find(&rs, "/wrong")->head, "charset=utf-8"));
	for (int i = 0; i < 3; i++) {
		cr_assert_eq(rs.g[i].status, 200);
		cr_assert_eq(rs.g[i].body_len, strlen(latin1));
		cr_assert_eq(memcmp(rs.g[i].body, latin1, strlen(latin1)), 0);
	}
	cr_assert(!strstr(find(&rs, "/none")->head, "Content-Type"));
	results_free(&rs);
	httpd_stop(h);
}

/* per-host concurrency from the server's view */
Test(fetch, per_host_concurrency_limit_holds)
{
	httpd *h = start("127.0.0.1");
	httpd_route r = { .path = "*", .delay_ms = 150 };
	httpd_add(h, &r);
	fetch_options o;
	fast_opts(&o);
	o.per_host = 2;
	o.concurrency = 64;
	const char *paths[8];
	char names[8][16];
	for (int i = 0; i < 8; i++) {
		snprintf(names[i], sizeof(names[i]), "/s%d", i);
		paths[i] = names[i];
	}
	results rs = { 0 };
	double t0 = httpd_now();
	run_paths(h, &o, paths, 8, &rs);
	double el = httpd_now() - t0;
	cr_assert_leq(httpd_peak_concurrency(h), 2);
	cr_assert(el >= 4 * 0.15 - 0.01, "8 slow pages at 2 at a time took %.3f s", el);
	results_free(&rs);
	httpd_stop(h);
}

/* several hosts: per-host delay between request starts, from server logs;
 * the hosts are fetched in parallel, so the whole run is not their sum */
Test(fetch, per_host_delay_across_hosts)
{
	httpd *hs[4];
	char ip[24];
	fetch_options o;
	fast_opts(&o);
	o.per_host = 2;
	o.delay = 0.2;
	o.ignore_robots = 0;
	char err[256];
	fetcher *f = fetcher_new(&o, err, sizeof(err));
	for (int k = 0; k < 4; k++) {
		snprintf(ip, sizeof(ip), "127.0.0.%d", k + 2);
		hs[k] = start(ip);
		httpd_route r = { .path = "*" };
		httpd_add(hs[k], &r);
		if (k == 3) {   /* Crawl-delay raises host 4's delay */
			httpd_route rb = { .path = "/robots.txt", .content_type = "text/plain",
					   .body = "User-agent: *\nCrawl-delay: 0.35\n" };
			httpd_add(hs[k], &rb);
		}
	}
	for (int i = 0; i < 5; i++)
		for (int k = 0; k < 4; k++) {
			char p[16];
			snprintf(p, sizeof(p), "/d%d", i);
			char *u = url_of(hs[k], p);
			fetcher_add(f, u, NULL, 0, NULL, err, sizeof(err));
			free(u);
		}
	results rs = { 0 };
	double t0 = httpd_now();
	cr_assert_eq(fetcher_run(f, collect, &rs, err, sizeof(err)), 0);
	double el = httpd_now() - t0;
	fetcher_free(f);
	cr_assert_eq(rs.n, 20);
	for (int k = 0; k < 4; k++) {
		size_t n;
		httpd_logent *log = httpd_log(hs[k], &n);
		cr_assert_eq(n, 6);   /* robots.txt + 5 pages */
		double want = k == 3 ? 0.35 : 0.2;
		for (size_t i = 1; i < n; i++)
			cr_assert(log[i].t - log[i - 1].t >= want * 0.6,
				  "host %d: requests %zu and %zu %.3f s apart", k + 2, i - 1, i,
				  log[i].t - log[i - 1].t);
		/* the span is blurred only by its two ends' arrival jitter */
		cr_assert(log[n - 1].t - log[0].t >= (double)(n - 2) * want + 0.2 - 0.05,
			  "host %d: %zu requests in %.3f s", k + 2, n, log[n - 1].t - log[0].t);
		free(log);
	}
	/* 6 starts at 0.2 s per host = 1.0 s if hosts run in parallel; the
	 * 0.35 s host: 5 * 0.35 = 1.75 s; one host after another: 4.75 s. The
	 * bound leaves room for a loaded machine and still proves overlap. */
	cr_assert(el < 4.0, "took %.2f s", el);
	results_free(&rs);
	for (int k = 0; k < 4; k++)
		httpd_stop(hs[k]);
}

/* many hosts at once: each host's own log shows at most per_host requests
 * in flight and requests starting at least `delay` apart, while the hosts
 * run side by side */
Test(fetch, many_hosts_per_host_limit_and_delay, .timeout = 30)
{
	enum { H = 6, N = 6 };
	httpd *hs[H];
	fetch_options o;
	fast_opts(&o);
	o.per_host = 2;
	o.delay = 0.1;
	o.concurrency = 64;
	char err[256];
	fetcher *f = fetcher_new(&o, err, sizeof(err));
	for (int k = 0; k < H; k++) {
		char ip[24];
		snprintf(ip, sizeof(ip), "127.0.0.%d", 10 + k);
		hs[k] = start(ip);
		httpd_route r = { .path = "*", .delay_ms = 150 };
		httpd_add(hs[k], &r);
	}
	for (int i = 0; i < N; i++)
		for (int k = 0; k < H; k++) {
			char p[16];
			snprintf(p, sizeof(p), "/m%d", i);
			char *u = url_of(hs[k], p);
			cr_assert_eq(fetcher_add(f, u, NULL, 0, NULL, err, sizeof(err)), 0);
			free(u);
		}
	results rs = { 0 };
	double t0 = httpd_now();
	cr_assert_eq(fetcher_run(f, collect, &rs, err, sizeof(err)), 0, "%s", err);
	double el = httpd_now() - t0;
	fetcher_free(f);
	cr_assert_eq(rs.n, H * N);
	for (size_t i = 0; i < rs.n; i++)
		cr_assert_eq(rs.g[i].status, 200);
	for (int k = 0; k < H; k++) {
		cr_assert_leq(httpd_peak_concurrency(hs[k]), 2, "host %d", k);
		size_t n;
		httpd_logent *log = httpd_log(hs[k], &n);
		cr_assert_eq(n, (size_t)N);
		/* arrival times: connection setup and thread start-up on the
		 * server (slow under sanitizers) blur the client's start times,
		 * so single gaps get a wide margin and the span a narrow one */
		for (size_t i = 1; i < n; i++)
			cr_assert(log[i].t - log[i - 1].t >= 0.1 * 0.4, "host %d: starts %.3f s apart", k,
				  log[i].t - log[i - 1].t);
		cr_assert(log[n - 1].t - log[0].t >= (N - 1) * 0.1 - 0.05, "host %d: %d starts in %.3f s",
			  k, N, log[n - 1].t - log[0].t);
		free(log);
	}
	/* one host alone needs about (N-1) * 0.1 + 0.15 = 0.65 s; the hosts one
	 * after another would need H times that (3.9 s). A generous bound that
	 * still proves they ran side by side. */
	cr_assert(el < 3.0, "took %.2f s", el);
	results_free(&rs);
	for (int k = 0; k < H; k++)
		httpd_stop(hs[k]);
}

/* robots.txt behind a redirect is followed (RFC 9309 §2.3.1.2) */
Test(fetch, robots_txt_redirect_is_followed)
{
	httpd *h = start("127.0.0.1");
	httpd_route rb = { .path = "/robots.txt", .status = 301, .headers = "Location: /real-robots.txt\r\n" };
	httpd_route real = { .path = "/real-robots.txt", .content_type = "text/plain",
			     .body = "User-agent: *\nDisallow: /hidden\n" };
	httpd_route any = { .path = "*" };
	httpd_add(h, &any);
	httpd_add(h, &rb);
	httpd_add(h, &real);
	fetch_options o;
	fast_opts(&o);
	o.ignore_robots = 0;
	const char *paths[] = { "/hidden/a", "/open" };
	results rs = { 0 };
	run_paths(h, &o, paths, 2, &rs);
	const got *g = find(&rs, "/hidden/a");
	cr_assert(g->error && strstr(g->error, "robots.txt disallows"), "%s", g->error);
	cr_assert_eq(find(&rs, "/open")->status, 200);
	cr_assert_eq(httpd_count(h, "/hidden/a"), 0);
	cr_assert_eq(httpd_count(h, "/real-robots.txt"), 1);
	results_free(&rs);
	httpd_stop(h);
}

/* fetcher_add from inside the done callback joins the running loop */
typedef struct chain_ctx {
	results rs;
	httpd *h;
	fetcher *f;
	int added;
} chain_ctx;

static int add_more(void *ctx, const fetch_result *r)
{
	chain_ctx *c = ctx;
	collect(&c->rs, r);
	if (c->added < 3) {
		char p[32];
		snprintf(p, sizeof(p), "/late%d", c->added++);
		char *u = url_of(c->h, p);
		char err[128];
		cr_assert_eq(fetcher_add(c->f, u, NULL, 0, NULL, err, sizeof(err)), 0);
		free(u);
	}
	return 0;
}

Test(fetch, urls_added_while_running_are_fetched)
{
	chain_ctx c;
	memset(&c, 0, sizeof(c));
	c.h = start("127.0.0.1");
	httpd_route any = { .path = "*" };
	httpd_add(c.h, &any);
	fetch_options o;
	fast_opts(&o);
	char err[256];
	c.f = fetcher_new(&o, err, sizeof(err));
	char *u = url_of(c.h, "/first");
	fetcher_add(c.f, u, NULL, 0, NULL, err, sizeof(err));
	free(u);
	cr_assert_eq(fetcher_run(c.f, add_more, &c, err, sizeof(err)), 0, "%s", err);
	fetcher_free(c.f);
	cr_assert_eq(c.rs.n, 4);
	cr_assert(find(&c.rs, "/late2"));
	results_free(&c.rs);
	httpd_stop(c.h);
}

static volatile sig_atomic_t stop_now;

static int stop_after_three(void *ctx, const fetch_result *r)
{
	results *rs = ctx;
	collect(ctx, r);
	if (rs->n == 3)
		stop_now = 1;
	return 0;
}

Test(fetch, stop_flag_ends_run_early)
{
	httpd *h = start("127.0.0.1");
	httpd_route r = { .path = "*", .delay_ms = 50 };
	httpd_add(h, &r);
	fetch_options o;
	fast_opts(&o);
	o.per_host = 1;
	stop_now = 0;
	o.stop = &stop_now;
	char err[256];
	fetcher *f = fetcher_new(&o, err, sizeof(err));
	for (int i = 0; i < 20; i++) {
		char p[16];
		snprintf(p, sizeof(p), "/q%d", i);
		char *u = url_of(h, p);
		fetcher_add(f, u, NULL, 0, NULL, err, sizeof(err));
		free(u);
	}
	results rs = { 0 };
	cr_assert_eq(fetcher_run(f, stop_after_three, &rs, err, sizeof(err)), 1);
	fetcher_free(f);
	cr_assert_eq(rs.n, 3);
	cr_assert(httpd_count(h, NULL) <= 4);
	results_free(&rs);
	httpd_stop(h);
}

/* ---- the `pith fetch` job: WARC, log, resume ------------------------------ */

static char *mktmp(void)
{
	char *d = xstrdup("/tmp/pith-fetch-XXXXXX");
	cr_assert(mkdtemp(d));
	return d;
}

static void rmtree(const char *d)
{
	char cmd[512];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", d);
	cr_assert_eq(system(cmd), 0);
}

static void write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");
	cr_assert(f);
	fputs(s, f);
	fclose(f);
}

/* What a WARC holds, summarised. */
typedef struct warc_sum {
	int records, warcinfo, requests, responses, metadata, bad, digests_ok;
	char **resp_uris;
	int nresp;
	buf info;          /* warcinfo block(s) */
	buf meta;          /* metadata blocks */
} warc_sum;

static void warc_sum_free(warc_sum *s)
{
	for (int i = 0; i < s->nresp; i++)
		free(s->resp_uris[i]);
	free(s->resp_uris);
	buf_free(&s->info);
	buf_free(&s->meta);
}

/* Read every record; check digests; pair requests with responses. Returns
 * the payload of the response for `want_uri` (decoded) in *payload. */
static void read_warc(const char *path, warc_sum *s, const char *want_uri, buf *payload,
		      buf *payload_head)
{
	memset(s, 0, sizeof(*s));
	buf_init(&s->info);
	buf_init(&s->meta);
	char err[256];
	warc_reader *r = warc_reader_open(path, 0, 0, err, sizeof(err));
	cr_assert(r, "%s", err);
	warc_record rec;
	int rc;
	char last_req_conc[WARC_ID_LEN] = "";
	while ((rc = warc_next(r, &rec, err, sizeof(err))) != 0) {
		if (rc < 0) {
			s->bad++;
			continue;
		}
		s->records++;
		cr_assert_str_eq(rec.version, "WARC/1.1");
		cr_assert(rec.record_id && rec.date);
		int v = warc_verify(&rec, err, sizeof(err));
		cr_assert_eq(v, 0, "record %s (%s): %s", rec.record_id, rec.type, err);
		s->digests_ok++;
		if (!strcmp(rec.type, "warcinfo")) {
			s->warcinfo++;
			buf_append(&s->info, rec.block, rec.block_len);
		} else if (!strcmp(rec.type, "request")) {
			s->requests++;
			const char *c = warc_get_header(&rec, "WARC-Concurrent-To");
			cr_assert(c);
			snprintf(last_req_conc, sizeof(last_req_conc), "%s", c);
			cr_assert(warc_get_header(&rec, "WARC-IP-Address"));
		} else if (!strcmp(rec.type, "response")) {
			s->responses++;
			/* written right after its request, which points at it */
			cr_assert_str_eq(rec.record_id, last_req_conc);
			cr_assert_str_eq(warc_get_header(&rec, "WARC-IP-Address"), "127.0.0.1");
			cr_assert(warc_get_header(&rec, "WARC-Payload-Digest"));
			cr_assert(rec.http_status >= 100);
			cr_assert_null(rec.payload_error, "%s", rec.payload_error);
			s->resp_uris = xrealloc(s->resp_uris, (size_t)(s->nresp + 1) * sizeof(char *));
			s->resp_uris[s->nresp++] = xstrdup(rec.target_uri);
			if (want_uri && !strcmp(rec.target_uri, want_uri)) {
				buf_reset(payload);
				buf_append(payload, rec.payload, rec.payload_len);
				buf_reset(payload_head);
				buf_append(payload_head, rec.http_head, rec.http_head_len);
			}
		} else if (!strcmp(rec.type, "metadata")) {
			s->metadata++;
			buf_append(&s->meta, rec.block, rec.block_len);
			buf_puts(&s->meta, "\n--\n");
		}
	}
	warc_reader_close(r);
}

/* The same file through an independent reader, warcio (npm, via
 * tests/warcio_check.sh): the same records in the same order, and the
 * WARC-Block-Digest of every record and the WARC-Payload-Digest of every
 * request/response check out there too. Only when node/npm or the registry
 * is unavailable (exit 77) is this part skipped, with a warning. */
static void warcio_agrees(const char *path)
{
	typedef struct { char type[16], id[WARC_ID_LEN], uri[256], date[32]; size_t block_len; } prec;
	prec *ps = NULL;
	size_t np = 0;
	char err[256];
	warc_reader *r = warc_reader_open(path, WARC_R_RAW, 0, err, sizeof(err));
	cr_assert(r, "%s", err);
	warc_record rec;
	while (warc_next(r, &rec, err, sizeof(err)) == 1) {
		ps = xrealloc(ps, (np + 1) * sizeof(*ps));
		prec *p = &ps[np++];
		snprintf(p->type, sizeof(p->type), "%s", rec.type);
		snprintf(p->id, sizeof(p->id), "%s", rec.record_id);
		snprintf(p->uri, sizeof(p->uri), "%s", rec.target_uri ? rec.target_uri : "");
		snprintf(p->date, sizeof(p->date), "%s", rec.date);
		p->block_len = rec.block_len;
	}
	warc_reader_close(r);
	cr_assert(np > 0);

	char cmd[700];
	snprintf(cmd, sizeof(cmd), "tests/warcio_check.sh '%s' 2>'%s.warcio.err'", path, path);
	FILE *pp = popen(cmd, "r");
	cr_assert(pp);
	char *line = NULL;
	size_t cap = 0;
	size_t k = 0;
	while (getline(&line, &cap, pp) > 0) {
		jsonr_doc d;
		cr_assert_eq(jsonr_parse(&d, line, strlen(line), 0, err, sizeof(err)), 0, "%s: %s", err, line);
		const jsonr_node *o = jsonr_root(&d);
		cr_assert(k < np, "warcio saw more records than pith wrote");
		const prec *p = &ps[k];
		cr_assert_str_eq(jsonr_str(&d, jsonr_get(&d, o, "type"), NULL), p->type);
		cr_assert_str_eq(jsonr_str(&d, jsonr_get(&d, o, "id"), NULL), p->id);
		const char *u = jsonr_str(&d, jsonr_get(&d, o, "uri"), NULL);
		cr_assert_str_eq(u ? u : "", p->uri);
		cr_assert_str_eq(jsonr_str(&d, jsonr_get(&d, o, "date"), NULL), p->date);
		long long bl = -1, cl = -2;
		jsonr_int(&d, jsonr_get(&d, o, "block_length"), &bl);
		jsonr_int(&d, jsonr_get(&d, o, "content_length"), &cl);
		cr_assert_eq(bl, (long long)p->block_len, "record %zu (%s): warcio block %lld, pith %zu",
			     k, p->type, bl, p->block_len);
		cr_assert_eq(bl, cl);
		cr_assert_eq(jsonr_bool(jsonr_get(&d, o, "block_ok")), 1,
			     "warcio: WARC-Block-Digest of record %zu (%s %s) does not match", k, p->type,
			     p->uri);
		if (!strcmp(p->type, "request") || !strcmp(p->type, "response")) {
			cr_assert_eq(jsonr_bool(jsonr_get(&d, o, "digest_ok")), 1,
				     "warcio: WARC-Payload-Digest of record %zu (%s %s) does not match", k,
				     p->type, p->uri);
			cr_assert(jsonr_str(&d, jsonr_get(&d, o, "ip"), NULL));
			cr_assert(jsonr_str(&d, jsonr_get(&d, o, "concurrent"), NULL));
		}
		jsonr_free(&d);
		k++;
	}
	free(line);
	int st = pclose(pp);
	int code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	free(ps);
	if (code == 77 && k == 0) {
		cr_log_warn("warcio not available (no node/npm or no registry): independent check skipped");
		return;
	}
	cr_assert_eq(code, 0, "warcio_check.sh failed (%d), see %s.warcio.err", code, path);
	cr_assert_eq(k, np, "warcio read %zu records, pith %zu", k, np);
}

typedef struct logline {
	char url[256], final_url[256], error[256];
	int status, attempts, truncated;
	long long bytes;
} logline;

static logline *read_log(const char *path, size_t *n)
{
	buf b = BUF_INIT;
	buf_init(&b);
	char err[256];
	cr_assert_eq(file_read_all(path, &b, 0, err, sizeof(err)), 0, "%s", err);
	logline *ls = NULL;
	*n = 0;
	char *save = NULL;
	for (char *l = strtok_r(b.data, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		jsonr_doc d;
		cr_assert_eq(jsonr_parse(&d, l, strlen(l), 0, err, sizeof(err)), 0, "%s: %s", l, err);
		const jsonr_node *root = jsonr_root(&d);
		ls = xrealloc(ls, (*n + 1) * sizeof(*ls));
		logline *x = &ls[(*n)++];
		memset(x, 0, sizeof(*x));
		const char *s = jsonr_str(&d, jsonr_get(&d, root, "url"), NULL);
		snprintf(x->url, sizeof(x->url), "%s", s ? s : "");
		s = jsonr_str(&d, jsonr_get(&d, root, "final_url"), NULL);
		snprintf(x->final_url, sizeof(x->final_url), "%s", s ? s : "");
		s = jsonr_str(&d, jsonr_get(&d, root, "error"), NULL);
		snprintf(x->error, sizeof(x->error), "%s", s ? s : "");
		long long v = 0;
		jsonr_int(&d, jsonr_get(&d, root, "status"), &v);
		x->status = (int)v;
		jsonr_int(&d, jsonr_get(&d, root, "attempts"), &v);
		x->attempts = (int)v;
		jsonr_int(&d, jsonr_get(&d, root, "bytes"), &x->bytes);
		x->truncated = jsonr_bool(jsonr_get(&d, root, "truncated")) == 1;
		cr_assert(jsonr_get(&d, root, "ms"));
		jsonr_free(&d);
	}
	buf_free(&b);
	return ls;
}

static const logline *log_find(const logline *ls, size_t n, const char *suffix)
{
	size_t sl = strlen(suffix);
	for (size_t i = 0; i < n; i++) {
		size_t ul = strlen(ls[i].url);
		if (ul >= sl && !strcmp(ls[i].url + ul - sl, suffix))
			return &ls[i];
	}
	return NULL;
}

static void fast_job(fetch_job *j)
{
	memset(j, 0, sizeof(*j));
	fetch_options_init(&j->opt);
	j->opt.delay = 0;
	j->opt.per_host = 4;
	j->opt.backoff = 0.02;
	j->opt.timeout = 0.5;
	j->opt.connect_timeout = 1;
}

static void run_job_warc(const char *ext, int gzip_threads)
{
	httpd *h = httpd_start("127.0.0.1");
	cr_assert(h);
	char *dir = mktmp();
	buf big = BUF_INIT;
	buf_init(&big);
	for (int i = 0; i < 500; i++)
		buf_printf(&big, "<p>gzip paragraph %d</p>\n", i);
	httpd_route any = { .path = "*" };
	httpd_route gz = { .path = "/gz", .body = big.data, .gzip = 1 };
	httpd_route r1 = { .path = "/r1", .status = 302, .headers = "Location: /gz\r\n" };
	httpd_route evil = { .path = "/evil", .status = 302,
			     .headers = "Location: file:///etc/passwd\r\n" };
	httpd_route hang = { .path = "/hang", .hang = 1 };
	httpd_route large = { .path = "/large", .body = big.data };
	httpd_route rb = { .path = "/robots.txt", .body = "User-agent: *\nDisallow: /no\n",
			   .content_type = "text/plain" };
	httpd_add(h, &any);
	httpd_add(h, &gz);
	httpd_add(h, &r1);
	httpd_add(h, &evil);
	httpd_add(h, &hang);
	httpd_add(h, &large);
	httpd_add(h, &rb);
	httpd_route miss = { .path = "/missing", .status = 404 };
	httpd_add(h, &miss);
	int port = httpd_port(h);
	buf man = BUF_INIT;
	buf_init(&man);
	buf_puts(&man, "# test manifest\n");
	const char *paths[] = { "/a", "/b", "/gz", "/r1", "/evil", "/hang", "/no/x", "/missing",
				"/large" };
	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
		buf_printf(&man, "http://127.0.0.1:%d%s\n", port, paths[i]);
	buf_printf(&man, "HTTP://127.0.0.1:%d/a#dup-after-normalising\n", port);
	buf_puts(&man, "file:///etc/passwd\nnot a url\n");
	char mpath[256], out[256], logp[300];
	snprintf(mpath, sizeof(mpath), "%s/urls.txt", dir);
	snprintf(out, sizeof(out), "%s/out.%s", dir, ext);
	snprintf(logp, sizeof(logp), "%s.log.jsonl", out);
	write_file(mpath, man.data);
	buf_free(&man);

	fetch_job j;
	fast_job(&j);
	j.opt.max_size = 4000;
	j.opt.retries = 0;
	j.gzip_threads = gzip_threads;
	const char *mans[] = { mpath };
	j.manifests = mans;
	j.nmanifests = 1;
	j.out = out;
	/* /large is cut at 4000 bytes, /gz decodes to more: raise for it by
	 * checking only /large's truncation */
	fetch_summary s;
	char err[256];
	int rc = fetch_to_warc(&j, &s, err, sizeof(err));
	cr_assert_eq(rc, 0, "%s", err);
	cr_assert_eq(s.manifest_urls, 10);
	cr_assert_eq(s.duplicates, 1);
	cr_assert_eq(s.invalid, 2);
	cr_assert_eq(s.queued, 9);

	size_t n;
	logline *ls = read_log(logp, &n);
	cr_assert_eq(n, 9);
	const logline *l = log_find(ls, n, "/a");
	cr_assert_eq(l->status, 200);
	cr_assert_str_eq(l->error, "");
	cr_assert_eq(l->attempts, 1);
	l = log_find(ls, n, "/r1");
	cr_assert_eq(l->status, 200);
	cr_assert(strstr(l->final_url, "/gz"));
	l = log_find(ls, n, "/evil");
	cr_assert(strstr(l->error, "non-http(s)"));
	l = log_find(ls, n, "/hang");
	cr_assert(strstr(l->error, "timeout"), "%s", l->error);
	l = log_find(ls, n, "/no/x");
	cr_assert(strstr(l->error, "robots.txt disallows"));
	cr_assert_eq(log_find(ls, n, "/missing")->status, 404);
	l = log_find(ls, n, "/large");
	cr_assert_eq(l->truncated, 1);
	cr_assert_eq(l->bytes, 4000);
	free(ls);

	warc_sum ws;
	buf pay = BUF_INIT, ph = BUF_INIT;
	buf_init(&pay);
	buf_init(&ph);
	char gzurl[128];
	snprintf(gzurl, sizeof(gzurl), "http://127.0.0.1:%d/gz", port);
	read_warc(out, &ws, gzurl, &pay, &ph);
	cr_assert_eq(ws.bad, 0);
	cr_assert_eq(ws.warcinfo, 1);
	cr_assert(strstr(ws.info.data, "robots: obeyed"));
	cr_assert(strstr(ws.info.data, "software: pith/"));
	cr_assert(strstr(ws.info.data, "AsynchDNS"), "libcurl without asynchronous DNS: %s", ws.info.data);
	/* a, b, gz, r1 (302) + gz, evil (302), missing, large = 8 responses */
	cr_assert_eq(ws.responses, 8, "%d responses", ws.responses);
	cr_assert_eq(ws.requests, ws.responses);
	/* failures: evil, hang, no/x */
	cr_assert_eq(ws.metadata, 3);
	cr_assert(strstr(ws.meta.data, "fetch-error: robots.txt disallows"));
	cr_assert(strstr(ws.meta.data, "fetch-error: timeout"));
	cr_assert_eq(ws.records, 1 + 16 + 3);
	/* stored decoded, with a header block that says so */
	cr_assert_eq(pay.len, 4000);   /* max_size applies to the decoded body */
	cr_assert_eq(memcmp(pay.data, big.data, 4000), 0);
	cr_assert(!strstr(ph.data, "\nContent-Encoding:"), "%s", ph.data);
	cr_assert(strstr(ph.data, "X-Pith-Orig-Content-Encoding: gzip"), "%s", ph.data);
	warc_sum_free(&ws);
	buf_free(&pay);
	buf_free(&ph);
	warcio_agrees(out);

	/* the same command again: nothing left to fetch, file unchanged */
	struct stat st1, st2;
	stat(out, &st1);
	size_t before = httpd_count(h, NULL);
	rc = fetch_to_warc(&j, &s, err, sizeof(err));
	cr_assert_eq(rc, 0, "%s", err);
	cr_assert_eq(s.queued, 0);
	cr_assert_eq(s.already_done, 9);
	stat(out, &st2);
	cr_assert_eq(st1.st_size, st2.st_size);
	cr_assert_eq(httpd_count(h, NULL), before);

	buf_free(&big);
	httpd_stop(h);
	rmtree(dir);
	free(dir);
}

/* .warc.gz: compression threads committing in order (3 of them, whatever
 * the machine), and the single writer thread */
Test(fetch, warc_gz_records_digests_and_log, .timeout = 30)
{
	run_job_warc("warc.gz", 3);
}

Test(fetch, warc_gz_single_writer_records_digests_and_log, .timeout = 30)
{
	run_job_warc("warc.gz", 1);
}

Test(fetch, warc_plain_records_digests_and_log, .timeout = 30)
{
	run_job_warc("warc", 0);
}

Test(fetch, output_that_cannot_be_opened_fails_the_job)
{
	char *dir = mktmp();
	char mpath[256];
	snprintf(mpath, sizeof(mpath), "%s/u.txt", dir);
	write_file(mpath, "http://127.0.0.1:1/x\n");
	fetch_job j;
	fast_job(&j);
	const char *mans[] = { mpath };
	j.manifests = mans;
	j.nmanifests = 1;
	j.out = "/nonexistent-dir/out.warc.gz";
	fetch_summary s;
	char err[256] = "";
	cr_assert_eq(fetch_to_warc(&j, &s, err, sizeof(err)), -1);
	cr_assert(err[0]);
	j.out = "/tmp/pith-fetch-never-written.warc";
	const char *none[] = { "/nonexistent-manifest.txt" };
	j.manifests = none;
	cr_assert_eq(fetch_to_warc(&j, &s, err, sizeof(err)), -1);
	rmtree(dir);
	free(dir);
}

static volatile sig_atomic_t stop_flag;
static int stop_after(void *ctx, const fetch_result *r)
{
	(void)r;
	int *k = ctx;
	if (--*k == 0)
		stop_flag = 1;
	return 0;
}

/* check: every URL of the manifest exactly once in log and WARC */
static void check_complete(const char *out, const char *logp, int nurls)
{
	size_t n;
	logline *ls = read_log(logp, &n);
	cr_assert_eq(n, (size_t)nurls, "%zu log lines for %d URLs", n, nurls);
	for (size_t i = 0; i < n; i++) {
		cr_assert_eq(ls[i].status, 200, "%s: %d %s", ls[i].url, ls[i].status, ls[i].error);
		for (size_t k = 0; k < i; k++)
			cr_assert_str_neq(ls[i].url, ls[k].url, "%s logged twice", ls[i].url);
	}
	warc_sum ws;
	read_warc(out, &ws, NULL, NULL, NULL);
	cr_assert_eq(ws.bad, 0);
	cr_assert_eq(ws.responses, nurls);
	for (int i = 0; i < ws.nresp; i++)
		for (int k = 0; k < i; k++)
			cr_assert_str_neq(ws.resp_uris[i], ws.resp_uris[k], "%s twice in the WARC",
					  ws.resp_uris[i]);
	for (size_t i = 0; i < n; i++) {
		int found = 0;
		for (int k = 0; k < ws.nresp; k++)
			found |= !strcmp(ws.resp_uris[k], ls[i].url);
		cr_assert(found, "%s logged but not in the WARC", ls[i].url);
	}
	cr_assert(ws.warcinfo >= 1);
	warc_sum_free(&ws);
	free(ls);
}

static httpd *pages_server(int delay_ms)
{
	httpd *h = httpd_start("127.0.0.1");
	cr_assert(h);
	httpd_route any = { .path = "*", .delay_ms = delay_ms };
	httpd_add(h, &any);
	return h;
}

static void write_manifest(const char *path, httpd *h, int n)
{
	buf m = BUF_INIT;
	buf_init(&m);
	for (int i = 0; i < n; i++)
		buf_printf(&m, "http://127.0.0.1:%d/page/%d\n", httpd_port(h), i);
	write_file(path, m.data);
	buf_free(&m);
}

/* A full disk, simulated by a file size limit on the pith binary (fork and
 * exec: the job itself must not run in a forked copy of this threaded
 * process): the job stops with the write error, the WARC stays whole (the
 * failed write is rolled back), and a rerun completes the set with every
 * URL once. */
static size_t count_lines(const char *path);
static pid_t spawn(const char *bin, char *const argv[]);

static void disk_full_then_resume(const char *ext, const char *gzip_threads)
{
	const char *bin = getenv("PITH_BIN");
	if (!bin || access(bin, X_OK))
		cr_skip_test("PITH_BIN not set");
	httpd *h = start("127.0.0.1");
	buf big = BUF_INIT;
	buf_init(&big);
	unsigned x = 7;
	while (big.len < 20000) {   /* barely compressible */
		x = x * 1103515245u + 12345u;
		buf_putc(&big, (char)('0' + (x >> 16) % 64));
	}
	httpd_route any = { .path = "*", .body = big.data };
	httpd_add(h, &any);
	char *dir = mktmp();
	char mpath[256], out[256], logp[300];
	snprintf(mpath, sizeof(mpath), "%s/u.txt", dir);
	snprintf(out, sizeof(out), "%s/full.%s", dir, ext);
	snprintf(logp, sizeof(logp), "%s.log.jsonl", out);
	write_manifest(mpath, h, 40);
	char *argv[] = { (char *)"pith", (char *)"fetch", mpath, (char *)"-o", out,
			 (char *)"--delay", (char *)"0", (char *)"--per-host", (char *)"4",
			 (char *)"--ignore-robots", (char *)"--gzip-threads", (char *)gzip_threads,
			 (char *)"-q", NULL };
	pid_t p = fork();
	cr_assert(p >= 0);
	if (p == 0) {
		signal(SIGXFSZ, SIG_IGN);
		struct rlimit rl = { 300000, 300000 };
		setrlimit(RLIMIT_FSIZE, &rl);
		int fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		dup2(fd, 2);
		execv(bin, argv);
		_exit(127);
	}
	int st;
	waitpid(p, &st, 0);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 1, "the job did not fail on the full disk (%d)",
		  WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	struct stat sb;
	cr_assert_eq(stat(out, &sb), 0);
	cr_assert_leq(sb.st_size, 300000);
	char err[256];
	warc_repair_stats rs;
	cr_assert_eq(warc_repair_tail(out, NULL, NULL, &rs, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(rs.cut, 0, "a torn record was left behind");
	cr_assert_eq(rs.bad, 0);
	size_t n0 = count_lines(logp);
	cr_assert(n0 < 40);

	p = spawn(bin, argv);
	waitpid(p, &st, 0);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "resume exit %d", WEXITSTATUS(st));
	check_complete(out, logp, 40);
	buf_free(&big);
	httpd_stop(h);
	rmtree(dir);
	free(dir);
}

Test(fetch, disk_full_plain_then_resume, .timeout = 30)
{
	disk_full_then_resume("warc", "1");
}

Test(fetch, disk_full_gzip_threads_then_resume, .timeout = 30)
{
	disk_full_then_resume("warc.gz", "3");
}

Test(fetch, stop_then_resume_fetches_only_the_rest, .timeout = 30)
{
	httpd *h = pages_server(20);
	char *dir = mktmp();
	char mpath[256], out[256], logp[300];
	snprintf(mpath, sizeof(mpath), "%s/u.txt", dir);
	snprintf(out, sizeof(out), "%s/o.warc.gz", dir);
	snprintf(logp, sizeof(logp), "%s.log.jsonl", out);
	write_manifest(mpath, h, 30);
	fetch_job j;
	fast_job(&j);
	j.opt.ignore_robots = 1;
	j.opt.per_host = 2;
	const char *mans[] = { mpath };
	j.manifests = mans;
	j.nmanifests = 1;
	j.out = out;
	stop_flag = 0;
	j.opt.stop = &stop_flag;
	int k = 10;
	j.on_done = stop_after;
	j.ctx = &k;
	fetch_summary s;
	char err[256];
	cr_assert_eq(fetch_to_warc(&j, &s, err, sizeof(err)), 1, "%s", err);
	cr_assert(s.stopped);
	size_t n;
	free(read_log(logp, &n));
	cr_assert(n >= 10 && n < 30, "%zu", n);
	size_t served = httpd_count(h, NULL);

	stop_flag = 0;
	j.on_done = NULL;
	cr_assert_eq(fetch_to_warc(&j, &s, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(s.already_done, n);
	cr_assert_eq(s.queued, 30 - n);
	/* at most the transfers dropped at the stop are asked for twice */
	cr_assert(httpd_count(h, NULL) - served == 30 - n);
	check_complete(out, logp, 30);
	/* each run opened with its own warcinfo, which says robots were ignored */
	warc_sum ws;
	read_warc(out, &ws, NULL, NULL, NULL);
	cr_assert_eq(ws.warcinfo, 2);
	cr_assert(strstr(ws.info.data, "robots: ignored (--ignore-robots)"), "%s", ws.info.data);
	cr_assert(strstr(ws.info.data, "http-client: libcurl/"), "%s", ws.info.data);
	warc_sum_free(&ws);
	httpd_stop(h);
	rmtree(dir);
	free(dir);
}

static pid_t spawn(const char *bin, char *const argv[])
{
	pid_t p = fork();
	cr_assert(p >= 0);
	if (p == 0) {
		int fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		dup2(fd, 2);
		execv(bin, argv);
		_exit(127);
	}
	return p;
}

static size_t count_lines(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	size_t n = 0;
	int c;
	while ((c = fgetc(f)) != EOF)
		n += c == '\n';
	fclose(f);
	return n;
}

Test(fetch, kill_9_then_resume_with_the_binary, .timeout = 40)
{
	const char *bin = getenv("PITH_BIN");
	if (!bin || access(bin, X_OK))
		cr_skip_test("PITH_BIN not set: the kill -9 test needs the pith binary");
	httpd *h = pages_server(15);
	char *dir = mktmp();
	char mpath[256], out[256], logp[300];
	snprintf(mpath, sizeof(mpath), "%s/u.txt", dir);
	snprintf(out, sizeof(out), "%s/k.warc.gz", dir);
	snprintf(logp, sizeof(logp), "%s.log.jsonl", out);
	int N = 120;
	write_manifest(mpath, h, N);
	char *argv[] = { (char *)"pith", (char *)"fetch", mpath, (char *)"-o", out,
			 (char *)"--delay", (char *)"0", (char *)"--per-host", (char *)"4",
			 (char *)"--ignore-robots", (char *)"-q", NULL };
	/* kill twice at different points, the second time right after start */
	for (int round = 0; round < 2; round++) {
		pid_t p = spawn(bin, argv);
		size_t want = round == 0 ? 25 : 0;
		double t0 = httpd_now();
		while (count_lines(logp) < want + (round ? 0 : 0) && httpd_now() - t0 < 10)
			usleep(2000);
		if (round == 1)
			usleep(80000);
		kill(p, SIGKILL);
		int stt;
		waitpid(p, &stt, 0);
		cr_assert(WIFSIGNALED(stt));
	}
	size_t mid = count_lines(logp);
	cr_assert(mid < (size_t)N, "the run finished before it was killed (%zu)", mid);
	/* and a torn write at the tail, as a crash mid-record leaves it */
	FILE *f = fopen(out, "ab");
	fwrite("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage", 1, 17, f);
	fclose(f);
	f = fopen(logp, "ab");
	fputs("{\"url\":\"http://half", f);
	fclose(f);

	pid_t p = spawn(bin, argv);
	int stt;
	waitpid(p, &stt, 0);
	cr_assert(WIFEXITED(stt) && WEXITSTATUS(stt) == 0, "resume exit %d", WEXITSTATUS(stt));
	check_complete(out, logp, N);
	httpd_stop(h);
	rmtree(dir);
	free(dir);
}

Test(fetch, sigint_stops_cleanly_with_a_valid_file, .timeout = 30)
{
	const char *bin = getenv("PITH_BIN");
	if (!bin || access(bin, X_OK))
		cr_skip_test("PITH_BIN not set");
	httpd *h = pages_server(30);
	char *dir = mktmp();
	char mpath[256], out[256], logp[300];
	snprintf(mpath, sizeof(mpath), "%s/u.txt", dir);
	snprintf(out, sizeof(out), "%s/i.warc", dir);
	snprintf(logp, sizeof(logp), "%s.log.jsonl", out);
	write_manifest(mpath, h, 80);
	char *argv[] = { (char *)"pith", (char *)"fetch", mpath, (char *)"-o", out,
			 (char *)"--delay", (char *)"0", (char *)"--per-host", (char *)"2",
			 (char *)"--ignore-robots", (char *)"-q", NULL };
	pid_t p = spawn(bin, argv);
	double t0 = httpd_now();
	while (count_lines(logp) < 10 && httpd_now() - t0 < 10)
		usleep(2000);
	kill(p, SIGINT);
	int stt;
	waitpid(p, &stt, 0);
	cr_assert(WIFEXITED(stt) && WEXITSTATUS(stt) == 130, "exit %d", WEXITSTATUS(stt));
	/* valid as it is: no repair needed, every record complete */
	char err[256];
	warc_repair_stats rs;
	cr_assert_eq(warc_repair_tail(out, NULL, NULL, &rs, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(rs.cut, 0);
	cr_assert_eq(rs.bad, 0);
	size_t n = count_lines(logp);
	cr_assert(n >= 10 && n < 80);
	warc_sum ws;
	read_warc(out, &ws, NULL, NULL, NULL);
	cr_assert_eq((size_t)ws.responses, n);
	warc_sum_free(&ws);
	p = spawn(bin, argv);
	waitpid(p, &stt, 0);
	cr_assert(WIFEXITED(stt) && WEXITSTATUS(stt) == 0);
	check_complete(out, logp, 80);
	httpd_stop(h);
	rmtree(dir);
	free(dir);
}

/* On a terminal: a progress line (done/total, pages/s, bytes, errors, ETA)
 * and the summary; with -q, neither progress nor summary. */
static void run_on_pty(const char *bin, char *const argv[], buf *out)
{
	int mfd;
	pid_t p = forkpty(&mfd, NULL, NULL, NULL);
	cr_assert(p >= 0);
	if (p == 0) {
		execv(bin, argv);
		_exit(127);
	}
	buf_init(out);
	char b[4096];
	for (;;) {
		ssize_t n = read(mfd, b, sizeof(b));
		if (n <= 0)
			break;   /* EIO once the child has gone */
		buf_append(out, b, (size_t)n);
	}
	close(mfd);
	int st;
	waitpid(p, &st, 0);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "exit %d: %s", WEXITSTATUS(st), out->data);
}

Test(fetch, progress_line_on_a_terminal, .timeout = 30)
{
	const char *bin = getenv("PITH_BIN");
	if (!bin || access(bin, X_OK))
		cr_skip_test("PITH_BIN not set");
	httpd *h = pages_server(40);
	char *dir = mktmp();
	char mpath[256], out[256], out2[256];
	snprintf(mpath, sizeof(mpath), "%s/u.txt", dir);
	snprintf(out, sizeof(out), "%s/p.warc", dir);
	snprintf(out2, sizeof(out2), "%s/q.warc", dir);
	write_manifest(mpath, h, 24);
	char *argv[] = { (char *)"pith", (char *)"fetch", mpath, (char *)"-o", out,
			 (char *)"--delay", (char *)"0", (char *)"--per-host", (char *)"2",
			 (char *)"--ignore-robots", NULL };
	buf o;
	run_on_pty(bin, argv, &o);
	cr_assert(strstr(o.data, "\r\033[K"), "no progress line: %s", o.data);
	cr_assert(strstr(o.data, "/24 done"), "%s", o.data);
	cr_assert(strstr(o.data, "pages/s"), "%s", o.data);
	cr_assert(strstr(o.data, " errors"), "%s", o.data);
	cr_assert(strstr(o.data, "ETA"), "%s", o.data);
	cr_assert(strstr(o.data, "24 URLs fetched"), "no summary: %s", o.data);
	buf_free(&o);
	char *qargv[] = { (char *)"pith", (char *)"fetch", mpath, (char *)"-o", out2,
			  (char *)"--delay", (char *)"0", (char *)"--ignore-robots", (char *)"-q", NULL };
	run_on_pty(bin, qargv, &o);
	cr_assert_eq(o.len, 0, "-q printed: %s", o.data);
	buf_free(&o);
	httpd_stop(h);
	rmtree(dir);
	free(dir);
}
