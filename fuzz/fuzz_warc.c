/*
 * fuzz_warc: bytes as a WARC file (plain or gzip, one member per record or
 * one stream) through the streaming reader: every record, its headers, the
 * HTTP head and the decoded payload (chunked, gzip, deflate), digests. The
 * first byte picks WARC_R_RAW and a small max_record, so the skip path for
 * oversized records runs too. The reader promises to advance on every call;
 * a loop that does not end is a timeout here.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fetch/warc.h"

static volatile size_t sink;

static void touch(const char *p, size_t n)
{
	/* read every byte so ASan sees an out-of-bounds span */
	size_t h = 0;
	for (size_t i = 0; i < n; i++)
		h += (unsigned char)p[i];
	sink += h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int flags = 0;
	size_t max_record = 0;
	if (size > 0) {
		flags = (data[0] & 1) ? WARC_R_RAW : 0;
		max_record = (data[0] & 2) ? 4096 : 0;
		data++;
		size--;
	}
	char err[512];
	warc_reader *r = warc_reader_open_mem(data, size, flags, max_record, err, sizeof err);
	if (!r)
		return 0;
	warc_record rec;
	for (int i = 0; i < 10000; i++) {
		int rc = warc_next(r, &rec, err, sizeof err);
		if (rc == 0)
			break;
		if (rc < 0)
			continue;
		if (rec.type)
			touch(rec.type, strlen(rec.type));
		if (rec.target_uri)
			touch(rec.target_uri, strlen(rec.target_uri));
		for (size_t h = 0; h < rec.nheaders; h++) {
			touch(rec.headers[h].name, strlen(rec.headers[h].name));
			touch(rec.headers[h].value, strlen(rec.headers[h].value));
		}
		for (size_t h = 0; h < rec.nhttp_headers; h++) {
			touch(rec.http_headers[h].name, strlen(rec.http_headers[h].name));
			touch(rec.http_headers[h].value, strlen(rec.http_headers[h].value));
		}
		touch(rec.block, rec.block_len);
		if (rec.http_head)
			touch(rec.http_head, rec.http_head_len);
		if (rec.payload)
			touch(rec.payload, rec.payload_len);
		if (rec.payload_raw)
			touch(rec.payload_raw, rec.payload_raw_len);
		(void)warc_get_header(&rec, "content-length");
		(void)warc_get_http_header(&rec, "Content-Type");
		char cs[64];
		(void)warc_http_charset(&rec, cs, sizeof cs);
		(void)warc_verify(&rec, err, sizeof err);
	}
	warc_reader_close(r);
	return 0;
}
