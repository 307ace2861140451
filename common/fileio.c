/*
 * Whole-file reads. Pages are small (the largest news page is a few MB), so
 * cleaning works on one contiguous buffer; streaming is the WARC reader's job.
 */
#include "common/fileio.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

int is_gzip(const char *p, size_t n)
{
	return n >= 2 && (unsigned char)p[0] == 0x1f && (unsigned char)p[1] == 0x8b;
}

int stream_read_all(FILE *f, buf *out, char *err, size_t errlen)
{
	for (;;) {
		buf_grow(out, 65536);
		size_t n = fread(out->data + out->len, 1, out->cap - out->len - 1, f);
		out->len += n;
		out->data[out->len] = 0;
		if (n == 0) {
			if (ferror(f)) {
				snprintf(err, errlen, "read error: %s", strerror(errno));
				return -1;
			}
			return 0;
		}
	}
}

int gunzip_buf(const char *in, size_t n, buf *out, size_t max_bytes, char *err, size_t errlen)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 15 + 32) != Z_OK) {
		snprintf(err, errlen, "zlib init failed");
		return -1;
	}
	z.next_in = (Bytef *)in;
	z.avail_in = (uInt)n;
	int rc = Z_OK;
	for (;;) {
		buf_grow(out, 65536);
		z.next_out = (Bytef *)out->data + out->len;
		z.avail_out = (uInt)(out->cap - out->len - 1);
		size_t before = z.avail_out;
		rc = inflate(&z, Z_NO_FLUSH);
		out->len += before - z.avail_out;
		out->data[out->len] = 0;
		if (max_bytes && out->len > max_bytes) {
			inflateEnd(&z);
			snprintf(err, errlen, "decompressed size exceeds %zu bytes", max_bytes);
			return -1;
		}
		if (rc == Z_STREAM_END) {
			/* another gzip member may follow */
			if (z.avail_in > 0 && is_gzip((const char *)z.next_in, z.avail_in)) {
				inflateReset(&z);
				continue;
			}
			break;
		}
		if (rc == Z_BUF_ERROR && z.avail_in == 0) {
			inflateEnd(&z);
			snprintf(err, errlen, "truncated gzip data");
			return -1;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			inflateEnd(&z);
			snprintf(err, errlen, "corrupt gzip data (%s)", z.msg ? z.msg : "inflate error");
			return -1;
		}
	}
	inflateEnd(&z);
	return 0;
}

int file_read_all(const char *path, buf *out, size_t max_bytes, char *err, size_t errlen)
{
	buf raw = BUF_INIT;
	buf_init(&raw);
	int rc;
	if (strcmp(path, "-") == 0) {
		rc = stream_read_all(stdin, &raw, err, errlen);
	} else {
		FILE *f = fopen(path, "rb");
		if (!f) {
			snprintf(err, errlen, "%s", strerror(errno));
			buf_free(&raw);
			return -1;
		}
		rc = stream_read_all(f, &raw, err, errlen);
		fclose(f);
	}
	if (rc == 0 && is_gzip(raw.data, raw.len)) {
		rc = gunzip_buf(raw.data, raw.len, out, max_bytes, err, errlen);
		buf_free(&raw);
		return rc;
	}
	if (rc == 0 && max_bytes && raw.len > max_bytes) {
		snprintf(err, errlen, "input exceeds %zu bytes", max_bytes);
		rc = -1;
	}
	if (rc == 0) {
		if (out->len == 0) {
			buf_free(out);
			*out = raw;
			return 0;
		}
		buf_append(out, raw.data, raw.len);
	}
	buf_free(&raw);
	return rc;
}
