/*
 * httpd: the fetch tests' HTTP server (see httpd.h).
 *
 * Deliberately simple: blocking sockets, a thread per connection, poll()
 * with a short timeout so every thread notices the stop flag quickly. The
 * routes table and the log are guarded by one mutex; responses are built
 * outside it. "In flight" counts requests from the end of their header to
 * the end of the answer, which is what per-host concurrency limits bound.
 */
#include "tests/httpd.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "common/buf.h"

typedef struct route {
	httpd_route r;
	char *path, *headers, *body, *fail_headers, *content_type;
	int served;
} route;

struct httpd {
	int lfd;
	int port;
	char ip[32];
	pthread_t acc;
	pthread_mutex_t mu;
	volatile int stopping;
	int nconn_threads;
	int conn_seq;
	int inflight, peak;
	route *routes;
	size_t nroutes;
	httpd_logent *log;
	size_t nlog, logcap;
};

double httpd_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *sdup(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void httpd_add(httpd *h, const httpd_route *r)
{
	pthread_mutex_lock(&h->mu);
	h->routes = xrealloc(h->routes, (h->nroutes + 1) * sizeof(route));
	route *x = &h->routes[h->nroutes++];
	memset(x, 0, sizeof(*x));
	x->r = *r;
	x->path = sdup(r->path);
	x->headers = sdup(r->headers);
	x->fail_headers = sdup(r->fail_headers);
	x->content_type = sdup(r->content_type);
	if (r->body) {
		size_t n = r->body_len ? r->body_len : strlen(r->body);
		x->body = xmalloc(n + 1);
		memcpy(x->body, r->body, n);
		x->body[n] = 0;
		x->r.body_len = n;
	}
	pthread_mutex_unlock(&h->mu);
}

static const char *reason(int st)
{
	switch (st) {
	case 200: return "OK";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 404: return "Not Found";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default: return "Status";
	}
}

static void gzip_buf(const char *in, size_t n, buf *out)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
	buf_reset(out);
	buf_grow(out, deflateBound(&z, n) + 32);
	z.next_in = (unsigned char *)in;
	z.avail_in = (unsigned)n;
	z.next_out = (unsigned char *)out->data;
	z.avail_out = (unsigned)out->cap - 1;
	deflate(&z, Z_FINISH);
	out->len = z.total_out;
	out->data[out->len] = 0;
	deflateEnd(&z);
}

static int send_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static void sleep_ms(httpd *h, int ms)
{
	double end = httpd_now() + ms / 1000.0;
	while (!h->stopping && httpd_now() < end)
		usleep(5000);
}

typedef struct conn {
	httpd *h;
	int fd;
	int id;
} conn;

static void header_value(const char *head, const char *name, char *out, size_t n)
{
	out[0] = 0;
	size_t nl = strlen(name);
	for (const char *p = strstr(head, "\r\n"); p; p = strstr(p + 2, "\r\n")) {
		const char *l = p + 2;
		if (!strncasecmp(l, name, nl) && l[nl] == ':') {
			l += nl + 1;
			while (*l == ' ')
				l++;
			size_t k = strcspn(l, "\r\n");
			snprintf(out, n, "%.*s", (int)k, l);
			return;
		}
	}
}

/* Answer one request; returns 0 to keep the connection, -1 to close. */
static int answer(conn *c, const char *head)
{
	httpd *h = c->h;
	char method[16], path[512];
	if (sscanf(head, "%15s %511s", method, path) != 2)
		return -1;
	httpd_logent le;
	memset(&le, 0, sizeof(le));
	le.t = httpd_now();
	snprintf(le.ip, sizeof(le.ip), "%s", h->ip);
	le.port = h->port;
	snprintf(le.path, sizeof(le.path), "%s", path);
	header_value(head, "User-Agent", le.user_agent, sizeof(le.user_agent));
	header_value(head, "Accept-Encoding", le.accept_encoding, sizeof(le.accept_encoding));
	le.conn = c->id;

	pthread_mutex_lock(&h->mu);
	if (h->nlog == h->logcap) {
		h->logcap = h->logcap ? h->logcap * 2 : 256;
		h->log = xrealloc(h->log, h->logcap * sizeof(*h->log));
	}
	h->log[h->nlog++] = le;
	if (++h->inflight > h->peak)
		h->peak = h->inflight;
	route *rt = NULL;
	for (size_t i = h->nroutes; i-- > 0;)
		if (!strcmp(h->routes[i].path, path)) {
			rt = &h->routes[i];
			break;
		}
	if (!rt)
		for (size_t i = h->nroutes; i-- > 0;)
			if (!strcmp(h->routes[i].path, "*")) {
				rt = &h->routes[i];
				break;
			}
	route r;
	memset(&r, 0, sizeof(r));
	int nth = 0;
	if (rt) {
		nth = ++rt->served;
		r = *rt;
	}
	pthread_mutex_unlock(&h->mu);

	buf out = BUF_INIT, body = BUF_INIT, gz = BUF_INIT;
	buf_init(&out);
	buf_init(&body);
	buf_init(&gz);
	int keep = 0;
	int status = 404;
	const char *extra = NULL;
	if (!rt) {
		buf_puts(&body, "<html><body>not found</body></html>\n");
	} else {
		if (r.r.hang) {
			while (!h->stopping)
				usleep(10000);
			goto done;
		}
		if (r.r.delay_ms)
			sleep_ms(h, r.r.delay_ms);
		status = r.r.status ? r.r.status : 200;
		extra = r.headers;
		if (nth <= r.r.fail_first) {
			status = r.r.fail_status;
			extra = r.fail_headers;
			buf_printf(&body, "<html><body>failure %d</body></html>\n", nth);
		} else if (r.body) {
			buf_append(&body, r.body, r.r.body_len);
		} else {
			buf_printf(&body, "<!DOCTYPE html>\n<html><head><title>Page %s</title></head>"
				   "<body><article><h1>Page %s</h1><p>This is the page at %s, "
				   "served by the pith test server.</p></article></body></html>\n",
				   path, path, path);
		}
	}
	const char *payload = body.data;
	size_t plen = body.len;
	int gzipped = rt && r.r.gzip && nth > r.r.fail_first;
	if (gzipped) {
		gzip_buf(body.data, body.len, &gz);
		payload = gz.data;
		plen = gz.len;
	}
	buf_printf(&out, "HTTP/1.1 %d %s\r\n", status, reason(status));
	if (rt && r.content_type)
		buf_printf(&out, "Content-Type: %s\r\n", r.content_type);
	else if (!(rt && r.r.content_type_none))
		buf_puts(&out, "Content-Type: text/html; charset=utf-8\r\n");
	if (gzipped)
		buf_puts(&out, "Content-Encoding: gzip\r\n");
	buf_printf(&out, "Content-Length: %zu\r\n", plen);
	if (extra)
		buf_puts(&out, extra);
	buf_puts(&out, "\r\n");
	if (strcmp(method, "HEAD"))
		buf_append(&out, payload, plen);
	keep = send_all(c->fd, out.data, out.len) == 0 ? 0 : -1;
done:
	pthread_mutex_lock(&h->mu);
	h->inflight--;
	pthread_mutex_unlock(&h->mu);
	buf_free(&out);
	buf_free(&body);
	buf_free(&gz);
	return rt && r.r.hang ? -1 : keep;
}

static void *conn_main(void *arg)
{
	conn *c = arg;
	httpd *h = c->h;
	buf in = BUF_INIT;
	buf_init(&in);
	while (!h->stopping) {
		char *end = in.len ? strstr(in.data, "\r\n\r\n") : NULL;
		if (end) {
			size_t hl = (size_t)(end - in.data) + 4;
			char *head = xstrndup(in.data, hl);
			memmove(in.data, in.data + hl, in.len - hl);
			buf_truncate(&in, in.len - hl);
			int rc = answer(c, head);
			free(head);
			if (rc)
				break;
			continue;
		}
		struct pollfd p = { c->fd, POLLIN, 0 };
		int pr = poll(&p, 1, 50);
		if (pr < 0 && errno != EINTR)
			break;
		if (pr <= 0)
			continue;
		char tmp[4096];
		ssize_t n = recv(c->fd, tmp, sizeof(tmp), 0);
		if (n <= 0)
			break;
		buf_append(&in, tmp, (size_t)n);
		if (in.len > 65536)
			break;
	}
	close(c->fd);
	buf_free(&in);
	pthread_mutex_lock(&h->mu);
	h->nconn_threads--;
	pthread_mutex_unlock(&h->mu);
	free(c);
	return NULL;
}

static void *accept_main(void *arg)
{
	httpd *h = arg;
	while (!h->stopping) {
		struct pollfd p = { h->lfd, POLLIN, 0 };
		if (poll(&p, 1, 50) <= 0)
			continue;
		int fd = accept(h->lfd, NULL, NULL);
		if (fd < 0)
			continue;
		conn *c = xcalloc(1, sizeof(*c));
		c->h = h;
		c->fd = fd;
		pthread_mutex_lock(&h->mu);
		c->id = ++h->conn_seq;
		h->nconn_threads++;
		pthread_mutex_unlock(&h->mu);
		pthread_t t;
		pthread_attr_t at;
		pthread_attr_init(&at);
		pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
		if (pthread_create(&t, &at, conn_main, c)) {
			close(fd);
			pthread_mutex_lock(&h->mu);
			h->nconn_threads--;
			pthread_mutex_unlock(&h->mu);
			free(c);
		}
		pthread_attr_destroy(&at);
	}
	return NULL;
}

httpd *httpd_start(const char *ip)
{
	httpd *h = xcalloc(1, sizeof(*h));
	snprintf(h->ip, sizeof(h->ip), "%s", ip);
	pthread_mutex_init(&h->mu, NULL);
	h->lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;
	setsockopt(h->lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	struct sockaddr_in sa;
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = 0;
	if (inet_pton(AF_INET, ip, &sa.sin_addr) != 1 ||
	    bind(h->lfd, (struct sockaddr *)&sa, sizeof(sa)) || listen(h->lfd, 256)) {
		close(h->lfd);
		free(h);
		return NULL;
	}
	socklen_t sl = sizeof(sa);
	getsockname(h->lfd, (struct sockaddr *)&sa, &sl);
	h->port = ntohs(sa.sin_port);
	if (pthread_create(&h->acc, NULL, accept_main, h)) {
		close(h->lfd);
		free(h);
		return NULL;
	}
	return h;
}

int httpd_port(const httpd *h)
{
	return h->port;
}

const char *httpd_ip(const httpd *h)
{
	return h->ip;
}

httpd_logent *httpd_log(httpd *h, size_t *n)
{
	pthread_mutex_lock(&h->mu);
	httpd_logent *c = xmalloc((h->nlog + 1) * sizeof(*c));
	memcpy(c, h->log, h->nlog * sizeof(*c));
	*n = h->nlog;
	pthread_mutex_unlock(&h->mu);
	return c;
}

size_t httpd_count(httpd *h, const char *path)
{
	size_t k = 0;
	pthread_mutex_lock(&h->mu);
	for (size_t i = 0; i < h->nlog; i++)
		if (!path || !strcmp(h->log[i].path, path))
			k++;
	pthread_mutex_unlock(&h->mu);
	return k;
}

int httpd_peak_concurrency(httpd *h)
{
	pthread_mutex_lock(&h->mu);
	int p = h->peak;
	pthread_mutex_unlock(&h->mu);
	return p;
}

void httpd_stop(httpd *h)
{
	if (!h)
		return;
	h->stopping = 1;
	pthread_join(h->acc, NULL);
	close(h->lfd);
	for (int i = 0; i < 400; i++) {   /* connection threads notice within 50 ms */
		pthread_mutex_lock(&h->mu);
		int n = h->nconn_threads;
		pthread_mutex_unlock(&h->mu);
		if (!n)
			break;
		usleep(5000);
	}
	for (size_t i = 0; i < h->nroutes; i++) {
		route *r = &h->routes[i];
		free(r->path);
		free(r->headers);
		free(r->body);
		free(r->fail_headers);
		free(r->content_type);
	}
	free(h->routes);
	free(h->log);
	pthread_mutex_destroy(&h->mu);
	free(h);
}
