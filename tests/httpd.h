/*
 * httpd: a small HTTP/1.1 server for the fetch tests, loopback only.
 *
 * One server listens on one address (127.0.0.x) on an ephemeral port; a
 * thread accepts, each connection gets a thread (keep-alive supported).
 * Paths are scripted with routes (status, headers, body, gzip, delays,
 * hanging, failing the first N requests); unrouted paths answer 404. Every
 * request is logged with a monotonic timestamp so tests can check
 * politeness from the server's side.
 */
#ifndef PITH_TEST_HTTPD_H
#define PITH_TEST_HTTPD_H

#include <stddef.h>

typedef struct httpd httpd;

typedef struct httpd_route {
	const char *path;          /* exact path+query; "*" = any path not routed otherwise */
	int status;                /* 0 = 200 */
	const char *headers;       /* extra header lines "Name: v\r\n", may be NULL */
	const char *body;          /* NULL: a generated HTML page naming the path */
	size_t body_len;           /* 0: strlen(body) */
	int gzip;                  /* send body gzip-compressed with Content-Encoding */
	int hang;                  /* accept, read the request, never answer */
	int delay_ms;              /* wait before answering */
	int fail_first;            /* the first N requests get fail_status instead */
	int fail_status;
	const char *fail_headers;
	int content_type_none;     /* omit Content-Type (default: text/html; charset=utf-8) */
	const char *content_type;  /* override Content-Type */
} httpd_route;

typedef struct httpd_logent {
	double t;                  /* CLOCK_MONOTONIC seconds when the request arrived */
	char ip[32];               /* the address it arrived on */
	int port;
	char path[512];
	char user_agent[160];
	char accept_encoding[64];
	int conn;                  /* connection number (reuse shows as equal numbers) */
} httpd_logent;

/* Start on ip (e.g. "127.0.0.2") with an ephemeral port. NULL on error. */
httpd *httpd_start(const char *ip);
int httpd_port(const httpd *h);
const char *httpd_ip(const httpd *h);
/* Add a route (copied). Routes added later take precedence. */
void httpd_add(httpd *h, const httpd_route *r);
/* Copy of the request log; caller frees. */
httpd_logent *httpd_log(httpd *h, size_t *n);
/* Requests so far for one path (all paths if path is NULL). */
size_t httpd_count(httpd *h, const char *path);
/* Peak number of requests being handled at once. */
int httpd_peak_concurrency(httpd *h);
void httpd_stop(httpd *h);

double httpd_now(void);

#endif
