/* fetch: the libcurl loop against the loopback test server (tests/httpd.c).
 * Timeouts, delays and backoffs are scaled down through the options so the
 * suite stays fast; politeness is asserted from the server's own log. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "fetch/fetch.h"
#include "fetch/fetch_internal.h"
#include "tests/httpd.h"

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
	cr_assert(log[1].t - log[0].t >= 0.95, "retried after %.3f s", log[1].t - log[0].t);
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
	httpd_add(h, &r);
	httpd_add(h, &r2);
	fetch_options o;
	fast_opts(&o);
	const char *paths[] = { "/l1", "/none" };
	results rs = { 0 };
	run_paths(h, &o, paths, 2, &rs);
	for (int i = 0; i < 2; i++) {
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
	char names[8][8];
	for (int i = 0; i < 8; i++) {
		snprintf(names[i], sizeof(names[i]), "/s%d", i);
		paths[i] = names[i];
	}
	results rs = { 0 };
	double t0 = httpd_now();
	run_paths(h, &o, paths, 8, &rs);
	double el = httpd_now() - t0;
	cr_assert_eq(httpd_peak_concurrency(h), 2);
	cr_assert(el >= 4 * 0.15 - 0.01, "8 slow pages at 2 at a time took %.3f s", el);
	results_free(&rs);
	httpd_stop(h);
}

/* several hosts: per-host delay between request starts, from server logs;
 * the hosts are fetched in parallel, so the whole run is not their sum */
Test(fetch, per_host_delay_across_hosts)
{
	httpd *hs[4];
	char ip[16];
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
			cr_assert(log[i].t - log[i - 1].t >= want - 0.03,
				  "host %d: requests %zu and %zu %.3f s apart", k + 2, i - 1, i,
				  log[i].t - log[i - 1].t);
		free(log);
	}
	/* 6 starts at 0.2 s per host = 1.0 s if hosts run in parallel; 0.35 s
	 * host: robots + 0.2 (first page) + 4*0.35 = 1.6 s */
	cr_assert(el < 2.6, "took %.2f s", el);
	results_free(&rs);
	for (int k = 0; k < 4; k++)
		httpd_stop(hs[k]);
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
