/*
 * Tests for fetch/warc: WARC/1.1 writing, reading, digests, payload
 * decoding, damage handling and tail repair. Suite "warc".
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include "common/buf.h"
#include "common/fileio.h"
#include "common/hash.h"
#include "fetch/fetch_internal.h"
#include "fetch/warc.h"

static char tmpdir[64];

static void mk_tmp(void)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/pith-warc-XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir));
}

static void rm_tmp2(void);
static void rm_tmp(void) { if (getenv("KEEP")) return; rm_tmp2(); }
static void rm_tmp2(void)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
	cr_assert_eq(system(cmd), 0);
}

static char *tpath(const char *name)
{
	static char p[4][160];
	static int k;
	k = (k + 1) % 4;
	snprintf(p[k], sizeof p[k], "%s/%s", tmpdir, name);
	return p[k];
}

static void slurp_raw(const char *path, buf *out)
{
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "%s", path);
	buf_init(out);
	char err[100];
	cr_assert_eq(stream_read_all(f, out, err, sizeof err), 0);
	fclose(f);
}

static void spit(const char *path, const char *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	cr_assert_not_null(f);
	cr_assert_eq(fwrite(p, 1, n, f), n);
	fclose(f);
}

static const char *HTML = "<!doctype html><html><head><title>T</title></head><body><p>Hello, WARC.</p></body></html>";

typedef struct written {
	char info_id[WARC_ID_LEN], req_id[WARC_ID_LEN], resp_id[WARC_ID_LEN], meta_id[WARC_ID_LEN];
	uint64_t offs[8], lens[8];
	int n;
} written;

/* warcinfo, then request/response per page, a metadata and a resource record */
static void write_sample(const char *path, int flags, int pages, written *wr)
{
	char err[200];
	memset(wr, 0, sizeof(*wr));
	warc_writer *w = warc_writer_open(path, flags, 0, err, sizeof err);
	cr_assert_not_null(w, "%s", err);
	buf f = BUF_INIT;
	buf_init(&f);
	warc_fields_add(&f, "software", "pith/test");
	warc_fields_add(&f, "format", "WARC File Format 1.1");
	warc_fields_add(&f, "robots", "obey\r\ninjected: header"); /* CR/LF neutralised */
	cr_assert_eq(warc_write_warcinfo(w, "sample.warc.gz", f.data, wr->info_id, err, sizeof err), 0, "%s", err);
	buf_free(&f);
	for (int i = 0; i < pages; i++) {
		char url[64], req[256], resp[256];
		snprintf(url, sizeof url, "http://127.0.0.1:8080/page/%d", i);
		snprintf(req, sizeof req, "GET /page/%d HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: pith\r\n\r\n", i);
		snprintf(resp, sizeof resp,
			 "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nContent-Length: %zu\r\n",
			 strlen(HTML)); /* no final blank line: the writer adds it */
		warc_rec rq, rs;
		memset(&rq, 0, sizeof rq);
		memset(&rs, 0, sizeof rs);
		warc_new_record_id(rs.id); /* so the request can point at it */
		rq.type = "request";
		rq.target_uri = url;
		rq.ip_address = "127.0.0.1";
		rq.concurrent_to = rs.id;
		rq.head = req;
		rq.head_len = strlen(req);
		rq.date_sec = 1700000000;
		cr_assert_eq(warc_write(w, &rq, err, sizeof err), 0, "%s", err);
		rs.type = "response";
		rs.target_uri = url;
		rs.ip_address = "127.0.0.1";
		rs.head = resp;
		rs.head_len = strlen(resp);
		rs.body = HTML;
		rs.body_len = strlen(HTML);
		rs.date_sec = 1700000000;
		rs.date_usec = 123456;
		rs.extra_headers = "WARC-Pith-Attempts: 1\r\n";
		cr_assert_eq(warc_write(w, &rs, err, sizeof err), 0, "%s", err);
		if (i == 0) {
			memcpy(wr->req_id, rq.id, WARC_ID_LEN);
			memcpy(wr->resp_id, rs.id, WARC_ID_LEN);
			wr->offs[1] = rq.offset;
			wr->lens[1] = rq.length;
			wr->offs[2] = rs.offset;
			wr->lens[2] = rs.length;
			cr_assert_eq(rq.offset + rq.length, rs.offset);
		}
	}
	cr_assert_eq(warc_write_metadata(w, "http://127.0.0.1:8080/fail", NULL,
					 "status: 0\r\nerror: connection refused\r\nattempts: 4\r\n", wr->meta_id,
					 err, sizeof err), 0);
	warc_rec res;
	memset(&res, 0, sizeof res);
	res.type = "resource";
	res.target_uri = "file:///notes.txt";
	res.content_type = "text/plain";
	res.body = "plain resource\n";
	res.body_len = 15;
	res.truncated = "length";
	cr_assert_eq(warc_write(w, &res, err, sizeof err), 0, "%s", err);
	cr_assert_eq(warc_writer_sync(w, err, sizeof err), 0);
	cr_assert_eq(warc_writer_offset(w), res.offset + res.length);
	cr_assert_eq(warc_writer_close(w, err, sizeof err), 0);
	wr->n = 1 + 2 * pages + 2;
}

static void check_sample(const char *path, int pages, const written *wr, int gz)
{
	char err[200];
	warc_reader *r = warc_reader_open(path, 0, 0, err, sizeof err);
	cr_assert_not_null(r, "%s", err);
	warc_record rec;
	int n = 0, rc;
	uint64_t expect_off = 0;
	while ((rc = warc_next(r, &rec, err, sizeof err)) == 1) {
		cr_assert_eq(rec.offset, expect_off, "record %d at %llu, expected %llu", n,
			     (unsigned long long)rec.offset, (unsigned long long)expect_off);
		cr_assert(rec.length > 0);
		expect_off += rec.length;
		cr_assert_str_eq(rec.version, "WARC/1.1");
		cr_assert_eq(warc_verify(&rec, err, sizeof err), 0, "record %d: %s", n, err);
		cr_assert_not_null(rec.date);
		cr_assert_eq(strlen(rec.record_id), WARC_ID_LEN - 1);
		cr_assert_eq(strncmp(rec.record_id, "<urn:uuid:", 10), 0);
		cr_assert_eq(rec.record_id[24], '4', "%s", rec.record_id); /* v4 */
		if (n == 0) {
			cr_assert_str_eq(rec.type, "warcinfo");
			cr_assert_str_eq(rec.record_id, wr->info_id);
			cr_assert_str_eq(warc_get_header(&rec, "WARC-Filename"), "sample.warc.gz");
			cr_assert_str_eq(rec.content_type, "application/warc-fields");
			cr_assert_null(warc_get_header(&rec, "WARC-Warcinfo-ID"));
			cr_assert_null(rec.http_head);
			cr_assert(memmem(rec.payload, rec.payload_len, "software: pith/test\r\n", 21));
			cr_assert(memmem(rec.payload, rec.payload_len, "robots: obey  injected: header\r\n", 32));
		} else if (n <= 2 * pages) {
			char url[64];
			snprintf(url, sizeof url, "http://127.0.0.1:8080/page/%d", (n - 1) / 2);
			cr_assert_str_eq(rec.target_uri, url);
			cr_assert_str_eq(warc_get_header(&rec, "WARC-IP-Address"), "127.0.0.1");
			cr_assert_str_eq(warc_get_header(&rec, "WARC-Warcinfo-ID"), wr->info_id);
			cr_assert_not_null(warc_get_header(&rec, "WARC-Payload-Digest"));
			if (n % 2) {
				cr_assert_str_eq(rec.type, "request");
				cr_assert_str_eq(rec.content_type, "application/http;msgtype=request");
				cr_assert_str_eq(rec.date, "2023-11-14T22:13:20Z");
				cr_assert_eq(rec.http_status, 0);
				cr_assert_eq(rec.payload_len, 0);
				cr_assert_str_eq(warc_get_http_header(&rec, "host"), "127.0.0.1:8080");
				if (n == 1) {
					cr_assert_str_eq(rec.record_id, wr->req_id);
					cr_assert_str_eq(warc_get_header(&rec, "WARC-Concurrent-To"), wr->resp_id);
					cr_assert_eq(rec.offset, wr->offs[1]);
					cr_assert_eq(rec.length, wr->lens[1]);
				}
			} else {
				cr_assert_str_eq(rec.type, "response");
				cr_assert_str_eq(rec.content_type, "application/http;msgtype=response");
				cr_assert_eq(rec.http_status, 200);
				cr_assert_eq(rec.payload_len, strlen(HTML));
				cr_assert_eq(memcmp(rec.payload, HTML, rec.payload_len), 0);
				cr_assert_null(rec.payload_error);
				cr_assert_str_eq(warc_get_http_header(&rec, "content-type"), "text/html; charset=ISO-8859-1");
				char cs[32];
				cr_assert_eq(warc_http_charset(&rec, cs, sizeof cs), 0);
				cr_assert_str_eq(cs, "iso-8859-1");
				cr_assert_str_eq(warc_get_header(&rec, "WARC-Pith-Attempts"), "1");
				/* the head got its blank line */
				cr_assert_eq(memcmp(rec.http_head + rec.http_head_len - 4, "\r\n\r\n", 4), 0);
				if (n == 2) {
					cr_assert_str_eq(rec.record_id, wr->resp_id);
					cr_assert_eq(rec.offset, wr->offs[2]);
				}
			}
		} else if (n == 2 * pages + 1) {
			cr_assert_str_eq(rec.type, "metadata");
			cr_assert_str_eq(rec.record_id, wr->meta_id);
			cr_assert_str_eq(rec.target_uri, "http://127.0.0.1:8080/fail");
			cr_assert(memmem(rec.payload, rec.payload_len, "error: connection refused", 25));
		} else {
			cr_assert_str_eq(rec.type, "resource");
			cr_assert_str_eq(rec.content_type, "text/plain");
			cr_assert(rec.truncated);
			cr_assert_str_eq(warc_get_header(&rec, "WARC-Truncated"), "length");
			cr_assert_eq(rec.payload_len, 15);
			cr_assert_null(warc_get_header(&rec, "WARC-Payload-Digest"));
		}
		n++;
	}
	cr_assert_eq(rc, 0, "reader error: %s", err);
	cr_assert_eq(n, wr->n);
	struct stat st;
	stat(path, &st);
	cr_assert_eq(expect_off, (uint64_t)st.st_size);
	warc_reader_close(r);

	buf raw;
	slurp_raw(path, &raw);
	cr_assert_eq(is_gzip(raw.data, raw.len), gz);
	buf_free(&raw);
}

Test(warc, roundtrip_gzip_every_record_type, .init = mk_tmp, .fini = rm_tmp)
{
	written wr;
	write_sample(tpath("a.warc.gz"), 0, 3, &wr);
	check_sample(tpath("a.warc.gz"), 3, &wr, 1);
	/* each record is its own gzip member: gunzip of one member's bytes
	 * is exactly one record */
	buf raw, one;
	slurp_raw(tpath("a.warc.gz"), &raw);
	buf_init(&one);
	char err[100];
	cr_assert_eq(gunzip_buf(raw.data + wr.offs[2], wr.lens[2], &one, 0, err, sizeof err), 0, "%s", err);
	cr_assert_eq(strncmp(one.data, "WARC/1.1\r\nWARC-Type: response\r\n", 31), 0);
	cr_assert_eq(memcmp(one.data + one.len - 4, "\r\n\r\n", 4), 0);
	buf_free(&one);
	buf_free(&raw);
}

Test(warc, roundtrip_plain_every_record_type, .init = mk_tmp, .fini = rm_tmp)
{
	written wr;
	write_sample(tpath("a.warc"), 0, 3, &wr);
	check_sample(tpath("a.warc"), 3, &wr, 0);
	/* forced modes override the name */
	write_sample(tpath("forced.warc.gz"), WARC_W_PLAIN, 1, &wr);
	check_sample(tpath("forced.warc.gz"), 1, &wr, 0);
	write_sample(tpath("forced.warc"), WARC_W_GZIP, 1, &wr);
	check_sample(tpath("forced.warc"), 1, &wr, 1);
}

Test(warc, subsecond_dates_and_from_memory, .init = mk_tmp, .fini = rm_tmp)
{
	char err[200];
	warc_writer *w = warc_writer_open(tpath("s.warc"), WARC_W_SUBSEC, 0, err, sizeof err);
	warc_rec r;
	memset(&r, 0, sizeof r);
	r.type = "resource";
	r.target_uri = "http://x.example/";
	r.date_sec = 1700000000;
	r.date_usec = 42;
	r.body = "x";
	r.body_len = 1;
	cr_assert_eq(warc_write(w, &r, err, sizeof err), 0);
	r.target_uri = "bad\r\nInjected: 1";
	r.id[0] = 0;
	cr_assert_eq(warc_write(w, &r, err, sizeof err), -1);
	cr_assert_eq(warc_writer_offset(w), r.length, "a rejected record writes nothing");
	warc_writer_close(w, err, sizeof err);
	buf raw;
	slurp_raw(tpath("s.warc"), &raw);
	warc_reader *rd = warc_reader_open_mem(raw.data, raw.len, 0, 0, err, sizeof err);
	warc_record rec;
	cr_assert_eq(warc_next(rd, &rec, err, sizeof err), 1);
	cr_assert_str_eq(rec.date, "2023-11-14T22:13:20.000042Z");
	cr_assert_eq(warc_next(rd, &rec, err, sizeof err), 0);
	cr_assert_eq(warc_next(rd, &rec, err, sizeof err), 0, "EOF is sticky");
	warc_reader_close(rd);
	buf_free(&raw);
}

/* a response record whose stored payload still carries its encodings */
static void write_encoded(warc_writer *w, const char *url, const char *head, const char *body, size_t blen)
{
	char err[200];
	warc_rec r;
	memset(&r, 0, sizeof r);
	r.type = "response";
	r.target_uri = url;
	r.head = head;
	r.head_len = strlen(head);
	r.body = body;
	r.body_len = blen;
	cr_assert_eq(warc_write(w, &r, err, sizeof err), 0, "%s", err);
}

static size_t zcompress(const char *in, size_t n, char *out, size_t cap, int wbits)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	cr_assert_eq(deflateInit2(&z, 6, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (Bytef *)in;
	z.avail_in = (uInt)n;
	z.next_out = (Bytef *)out;
	z.avail_out = (uInt)cap;
	cr_assert_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
	size_t k = cap - z.avail_out;
	deflateEnd(&z);
	return k;
}

Test(warc, chunked_and_compressed_payloads, .init = mk_tmp, .fini = rm_tmp)
{
	char err[200];
	warc_writer *w = warc_writer_open(tpath("enc.warc.gz"), 0, 9, err, sizeof err);
	cr_assert_not_null(w);
	const char *text = "<html><body><p>The quick brown fox jumps over the lazy dog.</p></body></html>";
	size_t tl = strlen(text);
	/* 1: chunked, with a chunk extension and a trailer */
	char chunked[512];
	int cl = snprintf(chunked, sizeof chunked, "10;ext=1\r\n%.16s\r\n%zx\r\n%s\r\n0\r\nX-Trailer: 1\r\n\r\n", text,
			  tl - 16, text + 16);
	write_encoded(w, "http://e.example/chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", chunked,
		      (size_t)cl);
	/* 2: gzip */
	char gz[512];
	size_t gl = zcompress(text, tl, gz, sizeof gz, 15 + 16);
	write_encoded(w, "http://e.example/gzip", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", gz, gl);
	/* 3: gzip inside chunked */
	char gzc[1024];
	int gcl = snprintf(gzc, sizeof gzc, "%zx\r\n", gl);
	memcpy(gzc + gcl, gz, gl);
	gcl += (int)gl;
	gcl += snprintf(gzc + gcl, sizeof gzc - (size_t)gcl, "\r\n0\r\n\r\n");
	write_encoded(w, "http://e.example/both",
		      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: x-gzip\r\n\r\n", gzc, (size_t)gcl);
	/* 4: deflate, zlib-wrapped; 5: deflate, raw (as some servers send) */
	char df[512];
	size_t dl = zcompress(text, tl, df, sizeof df, 15);
	write_encoded(w, "http://e.example/deflate", "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n", df, dl);
	char rdf[512];
	size_t rdl = zcompress(text, tl, rdf, sizeof rdf, -15);
	write_encoded(w, "http://e.example/rawdeflate", "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n", rdf, rdl);
	/* 6: header says chunked/gzip but the body was stored decoded */
	write_encoded(w, "http://e.example/stale",
		      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n", text, tl);
	/* 7: truncated gzip: partial text kept, flagged */
	write_encoded(w, "http://e.example/cut", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", gz, gl - 12);
	/* 8: brotli: not decodable here, raw kept and flagged */
	write_encoded(w, "http://e.example/br", "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n", "\x1b\x02\x00", 3);
	/* 9: a broken chunked body */
	write_encoded(w, "http://e.example/badchunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
		      "5\r\nabcde\r\nzz\r\n", 14);
	warc_writer_close(w, err, sizeof err);

	for (int raw = 0; raw <= 1; raw++) {
		warc_reader *r = warc_reader_open(tpath("enc.warc.gz"), raw ? WARC_R_RAW : 0, 0, err, sizeof err);
		warc_record rec;
		int n = 0;
		while (warc_next(r, &rec, err, sizeof err) == 1) {
			n++;
			cr_assert_eq(warc_verify(&rec, err, sizeof err), 0, "%s", err);
			const char *u = rec.target_uri;
			int full = !strstr(u, "/cut") && !strstr(u, "/br") && !strstr(u, "/badchunk");
			if (raw) {
				cr_assert_eq(rec.payload, rec.payload_raw);
				cr_assert_null(rec.payload_error);
				continue;
			}
			if (full) {
				cr_assert_eq(rec.payload_len, tl, "%s: %zu bytes", u, rec.payload_len);
				cr_assert_eq(memcmp(rec.payload, text, tl), 0, "%s", u);
				cr_assert_null(rec.payload_error, "%s: %s", u, rec.payload_error);
			} else if (strstr(u, "/cut")) {
				cr_assert_not_null(rec.payload_error);
				cr_assert(rec.payload_len > 0 && rec.payload_len < tl);
				cr_assert_eq(memcmp(rec.payload, text, rec.payload_len), 0);
			} else if (strstr(u, "/br")) {
				cr_assert(strstr(rec.payload_error, "unsupported") != NULL);
				cr_assert_eq(rec.payload_len, 3);
			} else {
				cr_assert(strstr(rec.payload_error, "chunked") != NULL);
				cr_assert_eq(rec.payload, rec.payload_raw);
			}
		}
		cr_assert_eq(n, 9);
		warc_reader_close(r);
	}
}

Test(warc, head_for_decoded_body)
{
	buf out = BUF_INIT;
	buf_init(&out);
	const char *h = "HTTP/2 200\nContent-Type: text/html\ncontent-encoding: gzip\nTransfer-Encoding: chunked\n"
			"Content-Length: 99\n\n";
	warc_http_head_for_decoded(h, strlen(h), 1234, &out);
	cr_assert_str_eq(out.data, "HTTP/2 200\r\nContent-Type: text/html\r\nX-Pith-Orig-content-encoding: gzip\r\n"
				   "X-Pith-Orig-Transfer-Encoding: chunked\r\nX-Pith-Orig-Content-Length: 99\r\n"
				   "Content-Length: 1234\r\n\r\n");
	buf_free(&out);
}

static int count_records(const char *path, int *errors, char *first_err, size_t errlen)
{
	char err[256];
	warc_reader *r = warc_reader_open(path, 0, 0, err, sizeof err);
	cr_assert_not_null(r, "%s", err);
	warc_record rec;
	int n = 0, rc, guard = 0;
	*errors = 0;
	if (first_err)
		first_err[0] = 0;
	while ((rc = warc_next(r, &rec, err, sizeof err)) != 0) {
		cr_assert(++guard < 10000, "reader does not advance");
		if (rc < 0) {
			if (first_err && !*errors)
				snprintf(first_err, errlen, "%s", err);
			++*errors;
		} else {
			n++;
		}
	}
	warc_reader_close(r);
	return n;
}

typedef struct uris {
	char list[64][80];
	int n;
} uris;

static void collect(void *ctx, const warc_record *rec)
{
	uris *u = ctx;
	if (rec->type && strcmp(rec->type, "response") == 0 && u->n < 64)
		snprintf(u->list[u->n++], sizeof u->list[0], "%s", rec->target_uri);
}

static void repair_case(const char *name, int gz)
{
	written wr;
	const char *p = tpath(name);
	write_sample(p, gz ? WARC_W_GZIP : WARC_W_PLAIN, 4, &wr); /* 11 records */
	struct stat st;
	stat(p, &st);
	uint64_t full = (uint64_t)st.st_size;
	/* cut inside the last record, as a kill -9 mid-write would */
	cr_assert_eq(truncate(p, (off_t)(full - 9)), 0);
	int errors;
	char first[256];
	cr_assert_eq(count_records(p, &errors, first, sizeof first), 10);
	cr_assert_eq(errors, 1);
	cr_assert(strstr(first, "truncated") != NULL, "%s", first);

	uris u;
	memset(&u, 0, sizeof u);
	warc_repair_stats rs;
	char err[256];
	cr_assert_eq(warc_repair_tail(p, collect, &u, &rs, err, sizeof err), 0, "%s", err);
	cr_assert_eq(rs.records, 10);
	cr_assert_eq(rs.bad, 0);
	cr_assert(rs.cut > 0 && rs.cut < full);
	stat(p, &st);
	cr_assert_eq((uint64_t)st.st_size, rs.size);
	cr_assert_eq(u.n, 4);
	cr_assert_str_eq(u.list[3], "http://127.0.0.1:8080/page/3");
	cr_assert_eq(count_records(p, &errors, NULL, 0), 10);
	cr_assert_eq(errors, 0);

	/* a resumed writer appends after the repaired tail */
	warc_writer *w = warc_writer_open(p, WARC_W_APPEND | (gz ? WARC_W_GZIP : WARC_W_PLAIN), 0, err, sizeof err);
	cr_assert_eq(warc_writer_offset(w), rs.size);
	warc_rec r;
	memset(&r, 0, sizeof r);
	r.type = "resource";
	r.target_uri = "http://x.example/after-resume";
	r.body = "resumed";
	r.body_len = 7;
	cr_assert_eq(warc_write(w, &r, err, sizeof err), 0);
	cr_assert_eq(r.offset, rs.size);
	warc_writer_close(w, err, sizeof err);
	cr_assert_eq(count_records(p, &errors, NULL, 0), 11);
	cr_assert_eq(errors, 0);

	/* repairing a sound file changes nothing; a missing file is fine */
	cr_assert_eq(warc_repair_tail(p, NULL, NULL, &rs, err, sizeof err), 0);
	cr_assert_eq(rs.cut, 0);
	cr_assert_eq(rs.records, 11);
	warc_repair_stats none;
	cr_assert_eq(warc_repair_tail(tpath("missing.warc.gz"), NULL, NULL, &none, err, sizeof err), 0);
	cr_assert_eq(none.records, 0);

	/* cut inside the WARC header of the last record, and to just "WA" */
	for (int k = 0; k < 2; k++) {
		stat(p, &st);
		uint64_t last_start = rs.size - r.length;
		cr_assert_eq(truncate(p, (off_t)(last_start + (k ? 2 : 30))), 0);
		cr_assert_eq(warc_repair_tail(p, NULL, NULL, &rs, err, sizeof err), 0, "%s", err);
		cr_assert_eq(rs.size, last_start);
		cr_assert_eq(rs.records, 10);
		/* put the record back for the next round */
		w = warc_writer_open(p, WARC_W_APPEND | (gz ? WARC_W_GZIP : WARC_W_PLAIN), 0, err, sizeof err);
		r.id[0] = 0;
		cr_assert_eq(warc_write(w, &r, err, sizeof err), 0);
		warc_writer_close(w, err, sizeof err);
		rs.size = r.offset + r.length;
	}
}

Test(warc, truncated_tail_repaired_gzip, .init = mk_tmp, .fini = rm_tmp)
{
	repair_case("t.warc.gz", 1);
}

Test(warc, truncated_tail_repaired_plain, .init = mk_tmp, .fini = rm_tmp)
{
	repair_case("t.warc", 0);
}

Test(warc, corrupt_member_in_the_middle_is_skipped, .init = mk_tmp, .fini = rm_tmp)
{
	written wr;
	const char *p = tpath("c.warc.gz");
	write_sample(p, 0, 4, &wr);
	buf raw;
	slurp_raw(p, &raw);
	/* damage the deflate data of the first response record (record 2) */
	uint64_t at = wr.offs[2];
	for (size_t i = 20; i < 40; i++)
		raw.data[at + i] ^= 0x5a;
	spit(p, raw.data, raw.len);
	char err[256];
	warc_reader *r = warc_reader_open(p, 0, 0, err, sizeof err);
	warc_record rec;
	int n = 0, errors = 0, rc;
	char first[256] = "";
	int saw_after = 0;
	while ((rc = warc_next(r, &rec, err, sizeof err)) != 0) {
		if (rc < 0) {
			if (!errors++)
				snprintf(first, sizeof first, "%s", err);
			continue;
		}
		n++;
		cr_assert_eq(warc_verify(&rec, err, sizeof err), 0, "%s", err);
		if (rec.offset > at)
			saw_after++;
		cr_assert_str_neq(rec.record_id, wr.resp_id);
	}
	warc_reader_close(r);
	char want[64];
	snprintf(want, sizeof want, "offset %llu", (unsigned long long)at);
	cr_assert_eq(errors, 1, "errors: %d, first: %s", errors, first);
	cr_assert(strstr(first, want) != NULL, "'%s' does not name %s", first, want);
	cr_assert_eq(n, wr.n - 1);
	cr_assert_eq(saw_after, wr.n - 3);

	/* repair keeps a damaged record that is not at the tail */
	warc_repair_stats rs;
	cr_assert_eq(warc_repair_tail(p, NULL, NULL, &rs, err, sizeof err), 0);
	cr_assert_eq(rs.bad, 1);
	cr_assert_eq(rs.cut, 0);
	buf_free(&raw);
}

Test(warc, malformed_records_resync, .init = mk_tmp, .fini = rm_tmp)
{
	written wr;
	/* plain: break the version line of the first response; the reader finds
	 * the next WARC/ line */
	const char *p = tpath("m.warc");
	write_sample(p, 0, 3, &wr);
	buf raw;
	slurp_raw(p, &raw);
	memcpy(raw.data + wr.offs[2], "XARC", 4);
	spit(p, raw.data, raw.len);
	int errors;
	char first[256];
	cr_assert_eq(count_records(p, &errors, first, sizeof first), wr.n - 1);
	cr_assert_eq(errors, 1);
	char want[64];
	snprintf(want, sizeof want, "offset %llu", (unsigned long long)wr.offs[2]);
	cr_assert(strstr(first, want) != NULL, "%s", first);
	buf_free(&raw);

	/* gzip: a sound member holding junk instead of a record */
	p = tpath("m.warc.gz");
	write_sample(p, 0, 2, &wr);
	slurp_raw(p, &raw);
	buf junk = BUF_INIT;
	buf_init(&junk);
	buf_append(&junk, raw.data, wr.offs[2]);
	char gzj[256];
	const char *j = "this is not a WARC record\r\n\r\nat all";
	size_t jl = zcompress(j, strlen(j), gzj, sizeof gzj, 15 + 16);
	buf_append(&junk, gzj, jl);
	buf_append(&junk, raw.data + wr.offs[2], raw.len - wr.offs[2]);
	/* and stray bytes between two members */
	buf_append(&junk, "GARBAGE!", 8);
	char gzr[512];
	const char *rec2 = "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n";
	size_t rl = zcompress(rec2, strlen(rec2), gzr, sizeof gzr, 15 + 16);
	buf_append(&junk, gzr, rl);
	spit(p, junk.data, junk.len);
	cr_assert_eq(count_records(p, &errors, first, sizeof first), wr.n + 1);
	cr_assert_eq(errors, 2, "%d errors, first %s", errors, first);
	snprintf(want, sizeof want, "offset %llu", (unsigned long long)wr.offs[2]);
	cr_assert(strstr(first, want) != NULL, "%s", first);
	buf_free(&junk);
	buf_free(&raw);

	/* bad Content-Length, and a record claiming more bytes than the file has */
	const char *t = "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: abc\r\n\r\nxx\r\n\r\n"
			"WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"
			"WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 999\r\n\r\nshort";
	spit(tpath("cl.warc"), t, strlen(t));
	cr_assert_eq(count_records(tpath("cl.warc"), &errors, first, sizeof first), 1);
	cr_assert_eq(errors, 2);
	cr_assert(strstr(first, "Content-Length") != NULL, "%s", first);
}

Test(warc, whole_file_gzip_and_size_limit, .init = mk_tmp, .fini = rm_tmp)
{
	written wr;
	write_sample(tpath("w.warc"), 0, 3, &wr);
	buf raw;
	slurp_raw(tpath("w.warc"), &raw);
	/* the whole file as one gzip stream, as some tools write */
	size_t cap = raw.len + 1024;
	char *gz = malloc(cap);
	size_t gl = zcompress(raw.data, raw.len, gz, cap, 15 + 16);
	spit(tpath("w1.warc.gz"), gz, gl);
	char err[256];
	warc_reader *r = warc_reader_open(tpath("w1.warc.gz"), 0, 0, err, sizeof err);
	warc_record rec;
	int n = 0;
	while (warc_next(r, &rec, err, sizeof err) == 1) {
		cr_assert_eq(rec.offset, 0);
		cr_assert_eq(warc_verify(&rec, err, sizeof err), 0);
		n++;
	}
	cr_assert_eq(n, wr.n);
	warc_reader_close(r);
	free(gz);

	/* records over max_record are skipped with an error, the rest read */
	r = warc_reader_open_mem(raw.data, raw.len, 0, 100, err, sizeof err);
	int big = 0;
	n = 0;
	int rc;
	while ((rc = warc_next(r, &rec, err, sizeof err)) != 0) {
		if (rc < 0) {
			cr_assert(strstr(err, "too large") != NULL, "%s", err);
			big++;
		} else {
			n++;
		}
	}
	warc_reader_close(r);
	cr_assert_eq(n + big, wr.n);
	cr_assert_eq(big, 3); /* the three responses exceed 100 bytes */
	buf_free(&raw);
}

Test(warc, verify_detects_damage, .init = mk_tmp, .fini = rm_tmp)
{
	written wr;
	write_sample(tpath("v.warc"), 0, 1, &wr);
	buf raw;
	slurp_raw(tpath("v.warc"), &raw);
	char *hit = memmem(raw.data, raw.len, "Hello, WARC.", 12);
	cr_assert_not_null(hit);
	hit[0] = 'J';
	char err[256];
	warc_reader *r = warc_reader_open_mem(raw.data, raw.len, 0, 0, err, sizeof err);
	warc_record rec;
	int bad = 0;
	while (warc_next(r, &rec, err, sizeof err) == 1)
		if (warc_verify(&rec, err, sizeof err) < 0) {
			bad++;
			cr_assert(strstr(err, "WARC-Block-Digest") != NULL, "%s", err);
		}
	warc_reader_close(r);
	cr_assert_eq(bad, 1);
	buf_free(&raw);
}

Test(warc, fixture_written_by_another_tool)
{
	/* written by the warcio npm package (see tests/warcio_check.mjs): WARC/1.0,
	 * its own digests, a chunked gzip response stored as received */
	char err[256];
	warc_reader *r = warc_reader_open("tests/fixtures/warc/warcio-written.warc.gz", 0, 0, err, sizeof err);
	cr_assert_not_null(r, "%s", err);
	warc_record rec;
	int n = 0, responses = 0, rc;
	while ((rc = warc_next(r, &rec, err, sizeof err)) == 1) {
		n++;
		/* warcio digests request/response blocks (sha256, hex), not warcinfo */
		int want = strcmp(rec.type, "warcinfo") == 0 ? 1 : 0;
		cr_assert_eq(warc_verify(&rec, err, sizeof err), want, "%s: %s", rec.type, err);
		if (rec.type && !strcmp(rec.type, "response")) {
			responses++;
			cr_assert_eq(rec.http_status, 200);
			cr_assert_null(rec.payload_error, "%s", rec.payload_error);
			cr_assert(memmem(rec.payload, rec.payload_len, "warcio fixture body", 19), "%.*s",
				  (int)rec.payload_len, rec.payload);
		}
	}
	cr_assert_eq(rc, 0, "%s", err);
	cr_assert_geq(n, 2);
	cr_assert_geq(responses, 1);
	warc_reader_close(r);
}

Test(warc, fuzzed_input_never_crashes_or_hangs, .init = mk_tmp, .fini = rm_tmp)
{
	written wr;
	for (int gz = 0; gz <= 1; gz++) {
		const char *p = tpath(gz ? "f.warc.gz" : "f.warc");
		write_sample(p, 0, 2, &wr);
		buf raw;
		slurp_raw(p, &raw);
		char *m = malloc(raw.len);
		unsigned x = 99u + (unsigned)gz;
		for (int it = 0; it < 400; it++) {
			memcpy(m, raw.data, raw.len);
			int edits = 1 + it % 8;
			for (int e = 0; e < edits; e++) {
				x = x * 1103515245u + 12345u;
				size_t pos = (x >> 4) % raw.len;
				x = x * 1103515245u + 12345u;
				m[pos] = (char)(x >> 16);
			}
			x = x * 1103515245u + 12345u;
			size_t len = it % 3 == 0 ? (x >> 4) % raw.len : raw.len;
			char err[256];
			warc_reader *r = warc_reader_open_mem(m, len, 0, 1 << 20, err, sizeof err);
			cr_assert_not_null(r);
			warc_record rec;
			int rc, guard = 0;
			while ((rc = warc_next(r, &rec, err, sizeof err)) != 0) {
				cr_assert(++guard < 1000, "no progress");
				if (rc == 1) {
					warc_verify(&rec, err, sizeof err);
					char cs[16];
					warc_http_charset(&rec, cs, sizeof cs);
				}
			}
			warc_reader_close(r);
		}
		free(m);
		buf_free(&raw);
	}
}

/* ---- the independent reader: warcio (npm), through tests/warcio_check.sh ---- */

#include "common/jsonr.h"

static void warcio_agrees(const char *path, int expect_records)
{
	/* pith's own view of the file */
	char err[256];
	warc_reader *r = warc_reader_open(path, 0, 0, err, sizeof err);
	cr_assert_not_null(r);
	char types[32][16], uris[32][80], ids[32][WARC_ID_LEN];
	int n = 0;
	warc_record rec;
	while (warc_next(r, &rec, err, sizeof err) == 1 && n < 32) {
		snprintf(types[n], sizeof types[n], "%s", rec.type);
		snprintf(uris[n], sizeof uris[n], "%s", rec.target_uri ? rec.target_uri : "");
		snprintf(ids[n], sizeof ids[n], "%s", rec.record_id);
		n++;
	}
	warc_reader_close(r);
	cr_assert_eq(n, expect_records);

	char cmd[512];
	snprintf(cmd, sizeof cmd, "tests/warcio_check.sh '%s' 2>%s/warcio.err", path, tmpdir);
	FILE *p = popen(cmd, "r");
	cr_assert_not_null(p);
	char line[4096];
	int k = 0;
	while (fgets(line, sizeof line, p)) {
		jsonr_doc d;
		cr_assert_eq(jsonr_parse(&d, line, strlen(line), 0, err, sizeof err), 0, "%s: %s", err, line);
		const jsonr_node *o = jsonr_root(&d);
		cr_assert_lt(k, n, "warcio saw more records than pith wrote");
		cr_assert_str_eq(jsonr_str(&d, jsonr_get(&d, o, "type"), NULL), types[k]);
		cr_assert_str_eq(jsonr_str(&d, jsonr_get(&d, o, "id"), NULL), ids[k]);
		const char *u = jsonr_str(&d, jsonr_get(&d, o, "uri"), NULL);
		cr_assert_str_eq(u ? u : "", uris[k]);
		const jsonr_node *ok = jsonr_get(&d, o, "digest_ok");
		if (jsonr_typeof(ok) != JSONR_NULL)
			cr_assert_eq(jsonr_bool(ok), 1, "warcio: payload digest mismatch in record %d", k);
		if (!strcmp(types[k], "response")) {
			long long st, len;
			cr_assert_eq(jsonr_int(&d, jsonr_get(&d, o, "status"), &st), 0);
			cr_assert_eq(st, 200);
			cr_assert_eq(jsonr_int(&d, jsonr_get(&d, o, "length"), &len), 0);
			cr_assert_eq(len, (long long)strlen(HTML));
			cr_assert_eq(jsonr_bool(ok), 1, "response without a checked payload digest");
		}
		jsonr_free(&d);
		k++;
	}
	int st = pclose(p);
	int code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	if (code == 77) {
		cr_skip_test("warcio not available (no node/npm, or the npm registry is unreachable)");
		return;
	}
	char errfile[128];
	snprintf(errfile, sizeof errfile, "%s/warcio.err", tmpdir);
	buf eb;
	slurp_raw(errfile, &eb);
	cr_assert_eq(code, 0, "warcio_check.sh failed (%d): %s", code, eb.data);
	buf_free(&eb);
	cr_assert_eq(k, n, "warcio read %d records, pith wrote %d", k, n);
}

Test(warc, independent_reader_warcio_gzip, .init = mk_tmp, .fini = rm_tmp, .timeout = 240)
{
	written wr;
	write_sample(tpath("i.warc.gz"), 0, 3, &wr);
	warcio_agrees(tpath("i.warc.gz"), wr.n);
}

Test(warc, independent_reader_warcio_plain, .init = mk_tmp, .fini = rm_tmp, .timeout = 240)
{
	written wr;
	write_sample(tpath("i.warc"), 0, 3, &wr);
	warcio_agrees(tpath("i.warc"), wr.n);
}

/* batch mode: records queue until the flush (or close), ids come from the
 * writer's generator, and the file reads back exactly as unbatched */
static void batch_roundtrip(const char *name)
{
	char err[256];
	warc_writer *w = warc_writer_open(tpath(name), 0, 0, err, sizeof err);
	cr_assert_not_null(w, "%s", err);
	cr_assert_eq(warc_write_warcinfo(w, name, "software: test\r\n", NULL, err, sizeof err), 0);
	uint64_t before = warc_writer_offset(w);
	warc_writer_set_batch(w, 1);
	size_t big = 40000;
	char *body = malloc(big);
	for (size_t i = 0; i < big; i++)
		body[i] = (char)('a' + i % 26);
	char ids[6][WARC_ID_LEN];
	for (int i = 0; i < 6; i++) {
		warc_rec r;
		memset(&r, 0, sizeof r);
		warc_writer_new_id(w, r.id);
		memcpy(ids[i], r.id, WARC_ID_LEN);
		for (int k = 0; k < i; k++)
			cr_assert_str_neq(ids[k], ids[i], "ids repeat");
		r.type = "response";
		r.target_uri = "http://example.com/x";
		r.head = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n";
		r.head_len = strlen(r.head);
		r.body = i % 2 ? body : "abc";   /* large (referenced) and small (copied) */
		r.body_len = i % 2 ? big : 3;
		cr_assert_eq(warc_write(w, &r, err, sizeof err), 0, "%s", err);
	}
	cr_assert_gt(warc_writer_offset(w), before);
	struct stat st;
	cr_assert_eq(stat(tpath(name), &st), 0);
	cr_assert_eq((uint64_t)st.st_size, before, "batched records must wait for the flush");
	cr_assert_eq(warc_writer_flush(w, err, sizeof err), 0, "%s", err);
	cr_assert_eq(stat(tpath(name), &st), 0);
	cr_assert_eq((uint64_t)st.st_size, warc_writer_offset(w));
	/* one more, left queued: close flushes it */
	cr_assert_eq(warc_write_metadata(w, "http://example.com/x", ids[0], "k: v\r\n", NULL, err,
					 sizeof err), 0);
	cr_assert_eq(warc_writer_close(w, err, sizeof err), 0, "%s", err);
	free(body);

	warc_reader *r = warc_reader_open(tpath(name), 0, 0, err, sizeof err);
	cr_assert_not_null(r);
	warc_record rec;
	int n = 0;
	while (warc_next(r, &rec, err, sizeof err) == 1) {
		cr_assert_eq(warc_verify(&rec, err, sizeof err), 0, "%s", err);
		if (n >= 1 && n <= 6) {
			cr_assert_str_eq(rec.record_id, ids[n - 1]);
			cr_assert_eq(rec.payload_len, n % 2 == 0 ? big : 3);
		}
		n++;
	}
	warc_reader_close(r);
	cr_assert_eq(n, 8);
}

Test(warc, batch_mode_plain, .init = mk_tmp, .fini = rm_tmp)
{
	batch_roundtrip("b.warc");
}

Test(warc, batch_mode_gzip, .init = mk_tmp, .fini = rm_tmp)
{
	batch_roundtrip("b.warc.gz");
}
