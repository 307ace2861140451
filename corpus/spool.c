/*
 * spool.c: cleaned documents waiting between the two passes of a build
 * with template learning.
 *
 * Pass 1 cannot strip what it has not learned yet, so the ordered writer
 * appends each cleaned document to DIR/tmp/spool-NNNNN.bin.gz (one gzip
 * member per file, written by gzw, which also digests it) while it
 * observes the text; pass 2 reads the files back in the same order. The
 * record format is length-prefixed binary, so text needs no escaping and
 * a damaged or truncated file is noticed (a length that runs past the end,
 * or zlib's CRC) instead of yielding a wrong document.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "corpus/internal.h"

void docrec_init(docrec *d)
{
	d->key = 0;
	d->words = 0;
	d->flags = 0;
	for (int i = 0; i < DR_N; i++)
		buf_init(&d->f[i]);
}

void docrec_free(docrec *d)
{
	for (int i = 0; i < DR_N; i++)
		buf_free(&d->f[i]);
}

void docrec_reset(docrec *d)
{
	d->key = 0;
	d->words = 0;
	d->flags = 0;
	for (int i = 0; i < DR_N; i++) {
		if (d->f[i].cap > (4u << 20)) {
			buf_free(&d->f[i]);
			buf_init(&d->f[i]);
		} else {
			buf_reset(&d->f[i]);
		}
	}
}

static void put_u32(buf *b, uint32_t v)
{
	unsigned char c[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
			       (unsigned char)(v >> 24) };
	buf_append(b, c, 4);
}

static void put_u64(buf *b, uint64_t v)
{
	put_u32(b, (uint32_t)v);
	put_u32(b, (uint32_t)(v >> 32));
}

static uint32_t get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

void spool_encode(const docrec *d, buf *out)
{
	size_t at = out->len;
	put_u32(out, 0);
	put_u64(out, d->key);
	put_u64(out, d->words);
	put_u32(out, d->flags);
	for (int i = 0; i < DR_N; i++) {
		put_u32(out, (uint32_t)d->f[i].len);
		buf_append(out, d->f[i].data, d->f[i].len);
	}
	uint32_t len = (uint32_t)(out->len - at - 4);
	unsigned char *p = (unsigned char *)out->data + at;
	p[0] = (unsigned char)len;
	p[1] = (unsigned char)(len >> 8);
	p[2] = (unsigned char)(len >> 16);
	p[3] = (unsigned char)(len >> 24);
}

int spool_decode(const char *p, size_t n, docrec *d)
{
	const unsigned char *u = (const unsigned char *)p;
	if (n < 20)
		return -1;
	d->key = (uint64_t)get_u32(u) | (uint64_t)get_u32(u + 4) << 32;
	d->words = (uint64_t)get_u32(u + 8) | (uint64_t)get_u32(u + 12) << 32;
	d->flags = get_u32(u + 16);
	size_t off = 20;
	for (int i = 0; i < DR_N; i++) {
		if (n - off < 4)
			return -1;
		uint32_t len = get_u32(u + off);
		off += 4;
		if (n - off < len)
			return -1;
		buf_reset(&d->f[i]);
		buf_append(&d->f[i], p + off, len);
		off += len;
	}
	return off == n ? 0 : -1;
}

struct spool_reader {
	gzFile gz;
	char name[256];
};

spool_reader *spool_open(const char *path, char *err, size_t errlen)
{
	gzFile gz = gzopen(path, "rb");
	if (!gz) {
		snprintf(err, errlen, "%s: %s", path, errno ? strerror(errno) : "cannot open");
		return NULL;
	}
	gzbuffer(gz, 1 << 17);
	spool_reader *r = xcalloc(1, sizeof(*r));
	r->gz = gz;
	const char *base = strrchr(path, '/');
	snprintf(r->name, sizeof r->name, "%s", base ? base + 1 : path);
	return r;
}

static int read_exact(spool_reader *r, void *p, size_t n, char *err, size_t errlen)
{
	size_t got = 0;
	while (got < n) {
		unsigned chunk = n - got > (1u << 30) ? (1u << 30) : (unsigned)(n - got);
		int k = gzread(r->gz, (char *)p + got, chunk);
		if (k < 0) {
			int zerr;
			const char *m = gzerror(r->gz, &zerr);
			snprintf(err, errlen, "%s: %s", r->name, m);
			return -1;
		}
		if (k == 0)
			break;
		got += (size_t)k;
	}
	return (int)(got == n ? 1 : got == 0 ? 0 : -2);
}

int spool_next(spool_reader *r, buf *rec, char *err, size_t errlen)
{
	unsigned char len4[4];
	int k = read_exact(r, len4, 4, err, errlen);
	if (k == 0) {
		/* the end, unless zlib saw a damaged or unfinished stream */
		int zerr;
		const char *m = gzerror(r->gz, &zerr);
		if (zerr != Z_OK && zerr != Z_STREAM_END) {
			snprintf(err, errlen, "%s: %s", r->name, m);
			return -1;
		}
		return 0;
	}
	if (k < 0) {
		if (k == -2)
			snprintf(err, errlen, "%s: truncated record", r->name);
		return -1;
	}
	uint32_t len = get_u32(len4);
	buf_reset(rec);
	buf_grow(rec, (size_t)len + 1);
	k = len ? read_exact(r, rec->data, len, err, errlen) : 1;
	if (k != 1) {
		if (k != -1)
			snprintf(err, errlen, "%s: truncated record", r->name);
		return -1;
	}
	rec->len = len;
	rec->data[len] = 0;
	return 1;
}

void spool_close(spool_reader *r)
{
	if (!r)
		return;
	gzclose(r->gz);
	free(r);
}
