/*
 * warc: WARC/1.1 writer and reader.
 *
 * Writer. A record is framed as WARC header lines, the block (HTTP header
 * block + payload for request/response), and CRLF CRLF. Digests are
 * computed incrementally over the caller's buffers (no copy of the body),
 * then the record goes out with one writev(2) in plain mode or is deflated
 * into one gzip member and written at once in gzip mode. One write per
 * record means a crash leaves at most one partial record, at the tail,
 * which warc_repair_tail() cuts off; a failed write is rolled back with
 * ftruncate so the file never keeps a torn record in the middle.
 *
 * Reader. Input (a FILE or memory) is turned into one decompressed stream
 * held in a window buffer `u`; gzip members are inflated one after the
 * other and each member's start and end are remembered as (stream offset,
 * file offset) pairs, which is how a record learns the file offset of its
 * member (what resume and CDX-style indexes need). Records are parsed out
 * of the window; the window is compacted before each record, so memory is
 * one record plus a read chunk. Errors never stop the stream: a gzip data
 * error resynchronises on the next gzip magic in the compressed input, a
 * malformed record skips to the end of its gzip member (one record per
 * member) or, in plain or single-stream files, to the next "\nWARC/" line.
 * Every path consumes input, so the reader cannot loop forever.
 */
#include "fetch/warc.h"
#include "common/hash.h"
#include "fetch/fetch_internal.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#define BATCH_REF_MIN 16384       /* batch mode references plain bodies this large */
#define HEADER_MAX (1u << 20)    /* a WARC header block larger than this is junk */
#define CHUNK 65536

static void seterr(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void seterr(char *err, size_t errlen, const char *fmt, ...)
{
	if (!err || !errlen)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* ==== shared helpers ====================================================== */

/* Fill r with n random bytes from getrandom(2). */
static void random_bytes(unsigned char *r, size_t n, const void *salt)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = getrandom(r + got, n - got, 0);
		if (k > 0) {
			got += (size_t)k;
		} else if (k < 0 && errno != EINTR) {
			/* no entropy source: fall back to time and address bits so ids
			 * still differ between records (never expected on Linux) */
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			uint64_t a = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30) ^ (uint64_t)(uintptr_t)salt;
			for (size_t i = got; i < n; i++) {
				a = a * 6364136223846793005ULL + 1442695040888963407ULL;
				r[i] = (unsigned char)(a >> 56);
			}
			got = n;
		}
	}
}

static void format_uuid(unsigned char r[16], char out[WARC_ID_LEN])
{
	r[6] = (unsigned char)((r[6] & 0x0f) | 0x40); /* version 4 */
	r[8] = (unsigned char)((r[8] & 0x3f) | 0x80); /* RFC 4122 variant */
	snprintf(out, WARC_ID_LEN,
		 "<urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x>",
		 r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
		 r[13], r[14], r[15]);
}

void warc_new_record_id(char out[WARC_ID_LEN])
{
	unsigned char r[16];
	random_bytes(r, sizeof r, out);
	format_uuid(r, out);
}

/* xoshiro256** (Blackman and Vigna): the writer's own id generator, seeded
 * from getrandom(2) once, so a record id costs no system call. */
static uint64_t rotl64(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t xoshiro_next(uint64_t s[4])
{
	uint64_t out = rotl64(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl64(s[3], 45);
	return out;
}

void warc_fields_add(buf *b, const char *name, const char *value)
{
	buf_puts(b, name);
	buf_puts(b, ": ");
	for (const char *p = value ? value : ""; *p; p++) {
		unsigned char c = (unsigned char)*p;
		buf_putc(b, (c < 0x20 || c == 0x7f) ? ' ' : (char)c);
	}
	buf_puts(b, "\r\n");
}

static void digest_str(const char *label, const unsigned char *d, size_t n, char *out, size_t outlen)
{
	char b32[64];
	hash_base32(d, n, b32);
	buf t = BUF_INIT;
	buf_init(&t);
	buf_printf(&t, "%s:%s", label, b32);
	snprintf(out, outlen, "%s", t.data);
	buf_free(&t);
}

/* ==== writer =============================================================== */

struct warc_writer {
	int fd;
	int gzip;
	int subsec;
	uint64_t off;
	char warcinfo_id[WARC_ID_LEN];
	z_stream z;
	int z_ready;
	buf hdr;    /* WARC header block of the record being written */
	buf head;   /* the HTTP head with its final CRLF CRLF ensured */
	buf gz;     /* the compressed member */
	uint64_t rng[4];      /* record ids */
	/* batch mode: records queue here until warc_writer_flush() */
	int batch;
	buf pend;             /* bytes of queued records (headers, gzip members) */
	struct wpiece { const void *ext; size_t off, len; } *pc;  /* ext: caller memory */
	size_t npc, pccap;
	uint64_t flushed;     /* file size up to which queued data is written */
	buf *mem;             /* memory writer: records are appended here, no file */
};

void warc_writer_new_id(warc_writer *w, char out[WARC_ID_LEN])
{
	unsigned char r[16];
	uint64_t a = xoshiro_next(w->rng), b = xoshiro_next(w->rng);
	for (int i = 0; i < 8; i++) {
		r[i] = (unsigned char)(a >> (8 * i));
		r[8 + i] = (unsigned char)(b >> (8 * i));
	}
	format_uuid(r, out);
}

void warc_writer_set_batch(warc_writer *w, int on)
{
	w->batch = on;
}

static void piece_add(warc_writer *w, const void *ext, size_t off, size_t len)
{
	if (!len)
		return;
	/* adjacent pieces of the pending buffer merge into one */
	if (!ext && w->npc && !w->pc[w->npc - 1].ext &&
	    w->pc[w->npc - 1].off + w->pc[w->npc - 1].len == off) {
		w->pc[w->npc - 1].len += len;
		return;
	}
	if (w->npc == w->pccap) {
		w->pccap = w->pccap ? w->pccap * 2 : 64;
		w->pc = xrealloc(w->pc, w->pccap * sizeof(*w->pc));
	}
	w->pc[w->npc].ext = ext;
	w->pc[w->npc].off = off;
	w->pc[w->npc].len = len;
	w->npc++;
}

static int write_iov_all(int fd, struct iovec *iov, int n);

void warc_writer_discard(warc_writer *w)
{
	w->npc = 0;
	buf_reset(&w->pend);
	w->off = w->flushed;
}

int warc_writer_flush(warc_writer *w, char *err, size_t errlen)
{
	if (!w->npc) {
		buf_reset(&w->pend);
		return 0;
	}
	struct iovec iov[256];
	int rc = 0;
	size_t i = 0;
	while (i < w->npc && !rc) {
		int n = 0;
		for (; i < w->npc && n < 256; i++, n++) {
			const struct wpiece *p = &w->pc[i];
			iov[n].iov_base = (void *)(uintptr_t)(p->ext ? p->ext : w->pend.data + p->off);
			iov[n].iov_len = p->len;
		}
		rc = write_iov_all(w->fd, iov, n);
	}
	w->npc = 0;
	buf_reset(&w->pend);
	if (rc < 0) {
		int e = errno;
		/* roll back: the file ends after the last flushed record */
		if (ftruncate(w->fd, (off_t)w->flushed) == 0)
			lseek(w->fd, (off_t)w->flushed, SEEK_SET);
		w->off = w->flushed;
		seterr(err, errlen, "write: %s", strerror(e));
		return -1;
	}
	w->flushed = w->off;
	return 0;
}

static warc_writer *writer_new(int fd, int gzip, int flags, int level, uint64_t off, char *err,
				size_t errlen)
{
	warc_writer *w = xcalloc(1, sizeof(*w));
	w->fd = fd;
	w->gzip = gzip;
	w->subsec = !!(flags & WARC_W_SUBSEC);
	w->off = off;
	w->flushed = off;
	random_bytes((unsigned char *)w->rng, sizeof w->rng, w);
	if (!(w->rng[0] | w->rng[1] | w->rng[2] | w->rng[3]))
		w->rng[0] = 1;
	buf_init(&w->hdr);
	buf_init(&w->head);
	buf_init(&w->gz);
	buf_init(&w->pend);
	if (gzip) {
		if (level < 1 || level > 9)
			level = 6;
		/* windowBits 15 + 16: a gzip wrapper, so each record is a member */
		if (deflateInit2(&w->z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
			seterr(err, errlen, "zlib init failed");
			free(w);
			return NULL;
		}
		w->z_ready = 1;
	}
	return w;
}

warc_writer *warc_writer_open_mem(buf *out, int flags, int level, char *err, size_t errlen)
{
	warc_writer *w = writer_new(-1, !!(flags & WARC_W_GZIP), flags, level, 0, err, errlen);
	if (w)
		w->mem = out;
	return w;
}

const char *warc_writer_warcinfo_id(const warc_writer *w)
{
	return w->warcinfo_id[0] ? w->warcinfo_id : NULL;
}

int warc_writer_append_raw(warc_writer *w, const void *p, size_t n, char *err, size_t errlen)
{
	if (w->mem) {
		buf_append(w->mem, p, n);
		w->off += n;
		return 0;
	}
	if (w->batch) {
		size_t at = w->pend.len;
		buf_append(&w->pend, p, n);
		piece_add(w, NULL, at, n);
		w->off += n;
		return 0;
	}
	struct iovec iov[1] = { { (void *)(uintptr_t)p, n } };
	if (write_iov_all(w->fd, iov, 1) < 0) {
		int e = errno;
		if (ftruncate(w->fd, (off_t)w->off) == 0)
			lseek(w->fd, (off_t)w->off, SEEK_SET);
		seterr(err, errlen, "write: %s", strerror(e));
		return -1;
	}
	w->off += n;
	w->flushed = w->off;
	return 0;
}

warc_writer *warc_writer_open(const char *path, int flags, int level, char *err, size_t errlen)
{
	int gzip;
	if (flags & WARC_W_GZIP)
		gzip = 1;
	else if (flags & WARC_W_PLAIN)
		gzip = 0;
	else {
		size_t n = strlen(path);
		gzip = n > 3 && strcasecmp(path + n - 3, ".gz") == 0;
	}
	int oflags = O_WRONLY | O_CREAT | O_CLOEXEC | ((flags & WARC_W_APPEND) ? O_APPEND : O_TRUNC);
	int fd = open(path, oflags, 0644);
	if (fd < 0) {
		seterr(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	off_t end = lseek(fd, 0, SEEK_END);
	if (end < 0) {
		seterr(err, errlen, "%s: %s", path, strerror(errno));
		close(fd);
		return NULL;
	}
	warc_writer *w = writer_new(fd, gzip, flags, level, (uint64_t)end, err, errlen);
	if (!w)
		close(fd);
	return w;
}

uint64_t warc_writer_offset(const warc_writer *w)
{
	return w->off;
}

int warc_writer_sync(warc_writer *w, char *err, size_t errlen)
{
	if (fsync(w->fd) < 0) {
		seterr(err, errlen, "fsync: %s", strerror(errno));
		return -1;
	}
	return 0;
}

int warc_writer_close(warc_writer *w, char *err, size_t errlen)
{
	if (!w)
		return 0;
	int rc = warc_writer_flush(w, err, errlen);
	if (w->fd >= 0 && close(w->fd) < 0 && rc == 0) {
		seterr(err, errlen, "close: %s", strerror(errno));
		rc = -1;
	}
	if (w->z_ready)
		deflateEnd(&w->z);
	buf_free(&w->hdr);
	buf_free(&w->head);
	buf_free(&w->gz);
	buf_free(&w->pend);
	free(w->pc);
	free(w);
	return rc;
}

static int has_crlf(const char *s)
{
	return s && strpbrk(s, "\r\n") != NULL;
}

static void add_header(buf *b, const char *name, const char *value)
{
	if (value && *value) {
		buf_puts(b, name);
		buf_puts(b, ": ");
		buf_puts(b, value);
		buf_puts(b, "\r\n");
	}
}

static int write_iov_all(int fd, struct iovec *iov, int n)
{
	while (n > 0) {
		ssize_t k = writev(fd, iov, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		size_t left = (size_t)k;
		while (n > 0 && left >= iov->iov_len) {
			left -= iov->iov_len;
			iov++;
			n--;
		}
		if (n > 0) {
			iov->iov_base = (char *)iov->iov_base + left;
			iov->iov_len -= left;
		}
	}
	return 0;
}

static int deflate_piece(z_stream *z, buf *out, const void *p, size_t n, int flush)
{
	z->next_in = (Bytef *)(uintptr_t)p;
	/* zlib counts in uInt; feed huge pieces in slices */
	for (;;) {
		size_t slice = n > (1u << 30) ? (1u << 30) : n;
		z->next_in = (Bytef *)(uintptr_t)p;
		z->avail_in = (uInt)slice;
		int f = (slice == n) ? flush : Z_NO_FLUSH;
		for (;;) {
			buf_grow(out, 65536);
			z->next_out = (Bytef *)out->data + out->len;
			z->avail_out = (uInt)(out->cap - out->len - 1);
			size_t before = z->avail_out;
			int rc = deflate(z, f);
			out->len += before - z->avail_out;
			if (rc == Z_STREAM_END)
				break;
			if (rc != Z_OK && rc != Z_BUF_ERROR)
				return -1;
			if (z->avail_in == 0 && f == Z_NO_FLUSH)
				break;
		}
		p = (const char *)p + slice;
		n -= slice;
		if (n == 0)
			break;
	}
	out->data[out->len] = 0;
	return 0;
}

int warc_write(warc_writer *w, warc_rec *r, char *err, size_t errlen)
{
	if (!r->type || !*r->type || has_crlf(r->type)) {
		seterr(err, errlen, "warc_write: record type missing");
		return -1;
	}
	const char *vals[] = { r->target_uri, r->ip_address, r->concurrent_to, r->refers_to,
			       r->warcinfo_id, r->filename, r->content_type, r->truncated };
	for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++)
		if (has_crlf(vals[i])) {
			seterr(err, errlen, "warc_write: CR or LF in a header value");
			return -1;
		}
	if (!r->id[0])
		warc_writer_new_id(w, r->id);
	int is_info = strcmp(r->type, "warcinfo") == 0;

	/* the HTTP head, ending in exactly one empty line */
	buf_reset(&w->head);
	if (r->head) {
		size_t hl = r->head_len;
		while (hl && (r->head[hl - 1] == '\r' || r->head[hl - 1] == '\n'))
			hl--;
		buf_append(&w->head, r->head, hl);
		buf_puts(&w->head, "\r\n\r\n");
	}
	size_t body_len = r->body ? r->body_len : 0;
	const void *body = r->body ? r->body : "";

	unsigned char d[20];
	char block_digest[64], payload_digest[64] = "";
	if (r->head) {
		/* both digests (libcrypto), the payload fed to both in cache-sized
		 * chunks so it is read from memory once */
		unsigned char pd[20];
		hash_ctx *bc = hash_sha1_new(), *pc = hash_sha1_new();
		hash_update(bc, w->head.data, w->head.len);
		for (size_t off = 0; off < body_len; off += 128 * 1024) {
			size_t n = body_len - off < 128 * 1024 ? body_len - off : 128 * 1024;
			hash_update(bc, (const char *)body + off, n);
			hash_update(pc, (const char *)body + off, n);
		}
		hash_final(bc, d);
		hash_final(pc, pd);
		digest_str("sha1", pd, 20, payload_digest, sizeof payload_digest);
	} else {
		hash_sha1(body, body_len, d);
	}
	digest_str("sha1", d, 20, block_digest, sizeof block_digest);

	char date[96];
	int64_t sec = r->date_sec;
	long usec = r->date_usec;
	if (sec == 0) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		sec = ts.tv_sec;
		usec = ts.tv_nsec / 1000;
	}
	time_t tt = (time_t)sec;
	struct tm tm;
	gmtime_r(&tt, &tm);
	if (w->subsec)
		snprintf(date, sizeof date, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900,
			 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (usec % 1000000 + 1000000) % 1000000);
	else
		snprintf(date, sizeof date, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
			 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);

	const char *ctype = r->content_type;
	if (!ctype) {
		if (strcmp(r->type, "request") == 0)
			ctype = "application/http;msgtype=request";
		else if (strcmp(r->type, "response") == 0)
			ctype = "application/http;msgtype=response";
		else if (is_info || strcmp(r->type, "metadata") == 0)
			ctype = "application/warc-fields";
	}
	const char *info = r->warcinfo_id ? r->warcinfo_id : (w->warcinfo_id[0] ? w->warcinfo_id : NULL);

	buf *h = &w->hdr;
	buf_reset(h);
	buf_puts(h, "WARC/1.1\r\n");
	add_header(h, "WARC-Type", r->type);
	add_header(h, "WARC-Record-ID", r->id);
	add_header(h, "WARC-Date", date);
	add_header(h, "WARC-Target-URI", r->target_uri);
	add_header(h, "WARC-IP-Address", r->ip_address);
	add_header(h, "WARC-Concurrent-To", r->concurrent_to);
	add_header(h, "WARC-Refers-To", r->refers_to);
	if (!is_info)
		add_header(h, "WARC-Warcinfo-ID", info);
	add_header(h, "WARC-Filename", r->filename);
	add_header(h, "WARC-Block-Digest", block_digest);
	add_header(h, "WARC-Payload-Digest", payload_digest);
	add_header(h, "WARC-Truncated", r->truncated);
	if (r->extra_headers && *r->extra_headers) {
		size_t el = strlen(r->extra_headers);
		buf_append(h, r->extra_headers, el);
		if (r->extra_headers[el - 1] != '\n')
			buf_puts(h, "\r\n");
	}
	add_header(h, "Content-Type", ctype);
	buf_printf(h, "Content-Length: %zu\r\n\r\n", w->head.len + body_len);

	uint64_t start = w->off;
	size_t total;
	int wrc;
	if (w->mem) {
		size_t at = w->mem->len;
		if (w->gzip) {
			deflateReset(&w->z);
			if (deflate_piece(&w->z, w->mem, h->data, h->len, Z_NO_FLUSH) < 0 ||
			    deflate_piece(&w->z, w->mem, w->head.data, w->head.len, Z_NO_FLUSH) < 0 ||
			    deflate_piece(&w->z, w->mem, body, body_len, Z_NO_FLUSH) < 0 ||
			    deflate_piece(&w->z, w->mem, "\r\n\r\n", 4, Z_FINISH) < 0) {
				buf_truncate(w->mem, at);
				seterr(err, errlen, "zlib deflate failed");
				return -1;
			}
		} else {
			buf_append(w->mem, h->data, h->len);
			buf_append(w->mem, w->head.data, w->head.len);
			buf_append(w->mem, body, body_len);
			buf_append(w->mem, "\r\n\r\n", 4);
		}
		total = w->mem->len - at;
		w->off += total;
		r->offset = start;
		r->length = total;
		if (is_info)
			memcpy(w->warcinfo_id, r->id, WARC_ID_LEN);
		return 0;
	}
	if (w->batch) {
		/* queue: headers and gzip members are copied into pend, a plain
		 * body stays where the caller has it until the flush */
		size_t at = w->pend.len;
		if (w->gzip) {
			deflateReset(&w->z);
			if (deflate_piece(&w->z, &w->pend, h->data, h->len, Z_NO_FLUSH) < 0 ||
			    deflate_piece(&w->z, &w->pend, w->head.data, w->head.len, Z_NO_FLUSH) < 0 ||
			    deflate_piece(&w->z, &w->pend, body, body_len, Z_NO_FLUSH) < 0 ||
			    deflate_piece(&w->z, &w->pend, "\r\n\r\n", 4, Z_FINISH) < 0) {
				buf_truncate(&w->pend, at);
				seterr(err, errlen, "zlib deflate failed");
				return -1;
			}
			total = w->pend.len - at;
			piece_add(w, NULL, at, total);
		} else {
			buf_append(&w->pend, h->data, h->len);
			buf_append(&w->pend, w->head.data, w->head.len);
			if (body_len < BATCH_REF_MIN) {   /* small: copy, the caller may reuse it */
				buf_append(&w->pend, body, body_len);
				buf_append(&w->pend, "\r\n\r\n", 4);
				piece_add(w, NULL, at, w->pend.len - at);
			} else {
				piece_add(w, NULL, at, h->len + w->head.len);
				piece_add(w, body, 0, body_len);
				size_t at2 = w->pend.len;
				buf_append(&w->pend, "\r\n\r\n", 4);
				piece_add(w, NULL, at2, 4);
			}
			total = h->len + w->head.len + body_len + 4;
		}
		w->off += total;
		r->offset = start;
		r->length = total;
		if (is_info)
			memcpy(w->warcinfo_id, r->id, WARC_ID_LEN);
		return 0;
	}
	if (w->gzip) {
		buf_reset(&w->gz);
		deflateReset(&w->z);
		if (deflate_piece(&w->z, &w->gz, h->data, h->len, Z_NO_FLUSH) < 0 ||
		    deflate_piece(&w->z, &w->gz, w->head.data, w->head.len, Z_NO_FLUSH) < 0 ||
		    deflate_piece(&w->z, &w->gz, body, body_len, Z_NO_FLUSH) < 0 ||
		    deflate_piece(&w->z, &w->gz, "\r\n\r\n", 4, Z_FINISH) < 0) {
			seterr(err, errlen, "zlib deflate failed");
			return -1;
		}
		struct iovec iov[1] = { { w->gz.data, w->gz.len } };
		total = w->gz.len;
		wrc = write_iov_all(w->fd, iov, 1);
	} else {
		struct iovec iov[4] = {
			{ h->data, h->len },
			{ w->head.data, w->head.len },
			{ (void *)(uintptr_t)body, body_len },
			{ (void *)"\r\n\r\n", 4 },
		};
		total = h->len + w->head.len + body_len + 4;
		wrc = write_iov_all(w->fd, iov, 4);
	}
	if (wrc < 0) {
		int e = errno;
		/* roll back a partial record so the file stays well-formed */
		if (ftruncate(w->fd, (off_t)start) == 0)
			lseek(w->fd, (off_t)start, SEEK_SET);
		seterr(err, errlen, "write: %s", strerror(e));
		return -1;
	}
	w->off += total;
	w->flushed = w->off;
	r->offset = start;
	r->length = total;
	if (is_info)
		memcpy(w->warcinfo_id, r->id, WARC_ID_LEN);
	return 0;
}

int warc_write_warcinfo(warc_writer *w, const char *filename, const char *fields,
		char id_out[WARC_ID_LEN], char *err, size_t errlen)
{
	warc_rec r;
	memset(&r, 0, sizeof r);
	r.type = "warcinfo";
	r.filename = filename;
	r.body = fields ? fields : "";
	r.body_len = fields ? strlen(fields) : 0;
	int rc = warc_write(w, &r, err, errlen);
	if (rc == 0 && id_out)
		memcpy(id_out, r.id, WARC_ID_LEN);
	return rc;
}

int warc_write_metadata(warc_writer *w, const char *target_uri, const char *concurrent_to,
		const char *fields, char id_out[WARC_ID_LEN], char *err, size_t errlen)
{
	warc_rec r;
	memset(&r, 0, sizeof r);
	r.type = "metadata";
	r.target_uri = target_uri;
	r.concurrent_to = concurrent_to;
	r.body = fields ? fields : "";
	r.body_len = fields ? strlen(fields) : 0;
	int rc = warc_write(w, &r, err, errlen);
	if (rc == 0 && id_out)
		memcpy(id_out, r.id, WARC_ID_LEN);
	return rc;
}

static int name_is(const char *line, size_t n, const char *name)
{
	size_t k = strlen(name);
	return n > k && line[k] == ':' && strncasecmp(line, name, k) == 0;
}

void warc_http_head_for_decoded(const char *head, size_t head_len, size_t body_len, buf *out)
{
	buf_reset(out);
	size_t i = 0;
	int first = 1;
	while (i < head_len) {
		const char *ls = head + i;
		const char *nl = memchr(ls, '\n', head_len - i);
		size_t n = nl ? (size_t)(nl - ls) : head_len - i;
		i += n + (nl ? 1 : 0);
		if (n && ls[n - 1] == '\r')
			n--;
		if (n == 0) {
			if (first)
				continue;
			break; /* end of the header block */
		}
		if (!first && (name_is(ls, n, "Transfer-Encoding") || name_is(ls, n, "Content-Encoding") ||
			       name_is(ls, n, "Content-Length")))
			buf_puts(out, "X-Pith-Orig-");
		buf_append(out, ls, n);
		buf_puts(out, "\r\n");
		first = 0;
	}
	buf_printf(out, "Content-Length: %zu\r\n\r\n", body_len);
}

/* ==== reader =============================================================== */

typedef struct member {
	uint64_t ustart, fstart;   /* stream and file offsets of the member's start */
	uint64_t uend, fend;       /* ... and end, once ended */
	int ended;
} member;

typedef struct hdrvec {
	buf store;
	size_t *offs;   /* name/value offset pairs into store */
	warc_header *v;
	size_t n, cap;
} hdrvec;

struct warc_reader {
	FILE *f;
	int own_f;
	int flags;
	size_t max_record;
	/* compressed (or raw) input */
	const unsigned char *in;
	unsigned char *inbuf;
	size_t in_len, in_pos;
	uint64_t in_off;           /* file offset of in[0] */
	int in_eof;                /* no more input after in[in_len] */
	int gz;                    /* input is gzip */
	z_stream z;
	int z_init, z_active;      /* inflating a member */
	int seek_magic;            /* looking for the next gzip member after an error */
	int skip_member;           /* discard the rest of the current member's output */
	uint64_t cur_fstart;
	member *mem;
	size_t nmem, memcap;
	/* the decompressed stream window */
	buf u;
	size_t upos;
	uint64_t u_off;            /* stream offset of u.data[0] */
	int done;
	int text_resync;           /* look for "\nWARC/" before the next record */
	char pending[256];         /* an error to report on the next call */
	/* per-record storage */
	hdrvec wh, hh;
	buf payload, tmp;
};

static void hv_reset(hdrvec *h)
{
	buf_reset(&h->store);
	h->n = 0;
}

static void hv_add(hdrvec *h, const char *name, size_t nl, const char *val, size_t vl)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 32;
		h->offs = xrealloc(h->offs, h->cap * 2 * sizeof(size_t));
		h->v = xrealloc(h->v, h->cap * sizeof(warc_header));
	}
	h->offs[2 * h->n] = h->store.len;
	buf_append(&h->store, name, nl);
	buf_putc(&h->store, 0);
	h->offs[2 * h->n + 1] = h->store.len;
	buf_append(&h->store, val, vl);
	buf_putc(&h->store, 0);
	h->n++;
}

/* append a continuation line to the last value */
static void hv_continue(hdrvec *h, const char *val, size_t vl)
{
	if (!h->n)
		return;
	/* the last value is at the end of the store: extend it in place */
	buf_truncate(&h->store, h->store.len - 1);
	buf_putc(&h->store, ' ');
	buf_append(&h->store, val, vl);
	buf_putc(&h->store, 0);
}

static void hv_finish(hdrvec *h)
{
	for (size_t i = 0; i < h->n; i++) {
		h->v[i].name = h->store.data + h->offs[2 * i];
		h->v[i].value = h->store.data + h->offs[2 * i + 1];
	}
}

static void hv_free(hdrvec *h)
{
	buf_free(&h->store);
	free(h->offs);
	free(h->v);
}

/* Parse "Name: value" lines (LF or CRLF) from s[0..n). */
static void parse_header_lines(hdrvec *h, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *ls = s + i;
		const char *nl = memchr(ls, '\n', n - i);
		size_t len = nl ? (size_t)(nl - ls) : n - i;
		i += len + (nl ? 1 : 0);
		if (len && ls[len - 1] == '\r')
			len--;
		if (len == 0)
			continue;
		if (ls[0] == ' ' || ls[0] == '\t') {
			size_t k = 0;
			while (k < len && (ls[k] == ' ' || ls[k] == '\t'))
				k++;
			hv_continue(h, ls + k, len - k);
			continue;
		}
		const char *c = memchr(ls, ':', len);
		if (!c)
			continue; /* not a header line: ignore */
		size_t nl2 = (size_t)(c - ls);
		while (nl2 && (ls[nl2 - 1] == ' ' || ls[nl2 - 1] == '\t'))
			nl2--;
		const char *v = c + 1;
		size_t vl = len - (size_t)(v - ls);
		while (vl && (*v == ' ' || *v == '\t')) {
			v++;
			vl--;
		}
		while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t'))
			vl--;
		hv_add(h, ls, nl2, v, vl);
	}
}

static const char *hv_get(const warc_header *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(v[i].name, name) == 0)
			return v[i].value;
	return NULL;
}

static warc_reader *reader_new(int flags, size_t max_record)
{
	warc_reader *r = xcalloc(1, sizeof(*r));
	r->flags = flags;
	r->max_record = max_record ? max_record : (size_t)256 << 20;
	buf_init(&r->u);
	buf_init(&r->wh.store);
	buf_init(&r->hh.store);
	buf_init(&r->payload);
	buf_init(&r->tmp);
	return r;
}

/* Make at least want bytes of input available (fewer only at EOF). */
static int in_need(warc_reader *r, size_t want, char *err, size_t errlen)
{
	while (r->in_len - r->in_pos < want && !r->in_eof) {
		if (!r->f) {
			r->in_eof = 1;
			break;
		}
		/* slide the unread bytes to the front, then read more */
		size_t keep = r->in_len - r->in_pos;
		memmove(r->inbuf, r->inbuf + r->in_pos, keep);
		r->in_off += r->in_pos;
		r->in_pos = 0;
		r->in_len = keep;
		size_t k = fread(r->inbuf + keep, 1, CHUNK - keep, r->f);
		if (k == 0) {
			if (ferror(r->f)) {
				seterr(err, errlen, "read error at offset %llu: %s",
				       (unsigned long long)(r->in_off + r->in_len), strerror(errno));
				r->in_eof = 1;
				return -1;
			}
			r->in_eof = 1;
		}
		r->in_len += k;
		r->in = r->inbuf;
	}
	return 0;
}

static int gz_magic_at(const unsigned char *p)
{
	return p[0] == 0x1f && p[1] == 0x8b && p[2] == 8 && (p[3] & 0xe0) == 0;
}

static void member_push(warc_reader *r, uint64_t ustart, uint64_t fstart)
{
	if (r->nmem == r->memcap) {
		r->memcap = r->memcap ? r->memcap * 2 : 8;
		r->mem = xrealloc(r->mem, r->memcap * sizeof(member));
	}
	member m = { ustart, fstart, 0, 0, 0 };
	r->mem[r->nmem++] = m;
}

/* Append more decompressed bytes to the window. Returns 1 on progress
 * (bytes added or a member boundary passed), 0 at the end of input, -1 on
 * an error (message in err; the state is already set up to go on). Bytes
 * already in the window are never changed (records point into it), but the
 * window may move (realloc). */
static int fill(warc_reader *r, char *err, size_t errlen)
{
	if (!r->gz) {
		if (!r->f) {
			if (r->in_pos >= r->in_len)
				return 0;
			size_t k = r->in_len - r->in_pos;
			if (k > CHUNK)
				k = CHUNK; /* in pieces: compaction then moves little */
			buf_append(&r->u, r->in + r->in_pos, k);
			r->in_pos += k;
			return 1;
		}
		buf_grow(&r->u, CHUNK);
		size_t k = fread(r->u.data + r->u.len, 1, CHUNK, r->f);
		if (k == 0) {
			if (ferror(r->f)) {
				seterr(err, errlen, "read error at offset %llu: %s",
				       (unsigned long long)(r->u_off + r->u.len), strerror(errno));
				r->done = 1;
				return -1;
			}
			return 0;
		}
		r->u.len += k;
		r->u.data[r->u.len] = 0;
		return 1;
	}
	for (;;) {
		if (!r->z_active) {
			/* at a member boundary: expect (or look for) the gzip magic */
			uint64_t junk_at = 0;
			int junk = 0;
			for (;;) {
				if (in_need(r, 4, err, errlen) < 0)
					return -1;
				size_t avail = r->in_len - r->in_pos;
				if (avail == 0)
					return junk ? (seterr(err, errlen, "junk at offset %llu (not gzip)",
								(unsigned long long)junk_at), -1) : 0;
				if (avail < 4) {
					/* a few stray bytes at the end of the file */
					junk_at = r->in_off + r->in_pos;
					r->in_pos = r->in_len;
					if (!r->seek_magic) {
						seterr(err, errlen, "junk at offset %llu (not gzip)",
						       (unsigned long long)junk_at);
						return -1;
					}
					return 0;
				}
				if (gz_magic_at(r->in + r->in_pos))
					break;
				if (!r->seek_magic && !junk) {
					junk = 1;
					junk_at = r->in_off + r->in_pos;
				}
				/* skip ahead to the next candidate 0x1f */
				const unsigned char *p = memchr(r->in + r->in_pos + 1, 0x1f, avail - 1);
				r->in_pos = p ? (size_t)(p - r->in) : r->in_len;
			}
			if (junk) {
				/* report the junk now; the member found is read next time */
				r->seek_magic = 0;
				seterr(err, errlen, "junk at offset %llu (not gzip)", (unsigned long long)junk_at);
				return -1;
			}
			if (!r->z_init) {
				if (inflateInit2(&r->z, 15 + 16) != Z_OK) {
					seterr(err, errlen, "zlib init failed");
					r->done = 1;
					return -1;
				}
				r->z_init = 1;
			} else {
				inflateReset(&r->z);
			}
			r->z_active = 1;
			r->cur_fstart = r->in_off + r->in_pos;
			member_push(r, r->u_off + r->u.len, r->cur_fstart);
		}
		if (in_need(r, 1, err, errlen) < 0)
			return -1;
		if (r->in_pos >= r->in_len) {
			r->z_active = 0;
			seterr(err, errlen, "truncated gzip member at offset %llu",
			       (unsigned long long)r->cur_fstart);
			r->skip_member = 0;
			return -1;
		}
		buf_grow(&r->u, CHUNK);
		size_t avail_in = r->in_len - r->in_pos;
		r->z.next_in = (Bytef *)(uintptr_t)(r->in + r->in_pos);
		r->z.avail_in = (uInt)(avail_in > (1u << 30) ? (1u << 30) : avail_in);
		uInt given = r->z.avail_in;
		r->z.next_out = (Bytef *)r->u.data + r->u.len;
		r->z.avail_out = (uInt)(r->u.cap - r->u.len - 1);
		size_t before = r->z.avail_out;
		int rc = inflate(&r->z, Z_NO_FLUSH);
		size_t produced = before - r->z.avail_out;
		r->in_pos += given - r->z.avail_in;
		if (r->skip_member)
			produced = 0; /* output of a member being skipped is dropped */
		r->u.len += produced;
		r->u.data[r->u.len] = 0;
		if (rc == Z_STREAM_END) {
			r->z_active = 0;
			r->skip_member = 0;
			r->seek_magic = 0;
			member *m = &r->mem[r->nmem - 1];
			m->ended = 1;
			m->uend = r->u_off + r->u.len;
			m->fend = r->in_off + r->in_pos;
			return 1;
		}
		if (rc == Z_OK || (rc == Z_BUF_ERROR && r->z.avail_in == 0)) {
			if (produced)
				return 1;
			continue;
		}
		/* a data error: this member is lost; look for the next one */
		r->z_active = 0;
		r->skip_member = 0;
		int was_seeking = r->seek_magic;
		r->seek_magic = 1;
		r->nmem--; /* forget the broken member's boundary */
		if (was_seeking)
			continue; /* a false magic while resynchronising: keep looking */
		seterr(err, errlen, "corrupt gzip member at offset %llu: %s",
		       (unsigned long long)r->cur_fstart, r->z.msg ? r->z.msg : "inflate error");
		return -1;
	}
}

static int open_common(warc_reader *r, char *err, size_t errlen)
{
	if (in_need(r, 2, err, errlen) < 0)
		return -1;
	r->gz = r->in_len - r->in_pos >= 2 && r->in[r->in_pos] == 0x1f && r->in[r->in_pos + 1] == 0x8b;
	return 0;
}

warc_reader *warc_reader_open(const char *path, int flags, size_t max_record, char *err, size_t errlen)
{
	FILE *f;
	int own = 1;
	if (strcmp(path, "-") == 0) {
		f = stdin;
		own = 0;
	} else {
		f = fopen(path, "rb");
	}
	if (!f) {
		seterr(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	warc_reader *r = reader_new(flags, max_record);
	r->f = f;
	r->own_f = own;
	r->inbuf = xmalloc(CHUNK);
	r->in = r->inbuf;
	if (open_common(r, err, errlen) < 0) {
		warc_reader_close(r);
		return NULL;
	}
	if (!r->gz) {
		/* plain: the bytes already read are the start of the stream */
		buf_append(&r->u, r->in + r->in_pos, r->in_len - r->in_pos);
		r->in_pos = r->in_len;
	}
	return r;
}

warc_reader *warc_reader_open_mem(const void *data, size_t len, int flags, size_t max_record,
		char *err, size_t errlen)
{
	warc_reader *r = reader_new(flags, max_record);
	r->in = data ? data : (const unsigned char *)"";
	r->in_len = data ? len : 0;
	r->in_eof = 1;
	if (open_common(r, err, errlen) < 0) {
		warc_reader_close(r);
		return NULL;
	}
	return r;
}

void warc_reader_close(warc_reader *r)
{
	if (!r)
		return;
	if (r->f && r->own_f)
		fclose(r->f);
	if (r->z_init)
		inflateEnd(&r->z);
	free(r->inbuf);
	free(r->mem);
	buf_free(&r->u);
	hv_free(&r->wh);
	hv_free(&r->hh);
	buf_free(&r->payload);
	buf_free(&r->tmp);
	free(r);
}

static void compact(warc_reader *r)
{
	if (r->upos == 0)
		return;
	memmove(r->u.data, r->u.data + r->upos, r->u.len - r->upos);
	r->u.len -= r->upos;
	r->u.data[r->u.len] = 0;
	r->u_off += r->upos;
	r->upos = 0;
}

/* the member holding stream offset s: the last that starts at or before it */
static member *member_of(warc_reader *r, uint64_t s)
{
	member *m = NULL;
	for (size_t i = 0; i < r->nmem; i++)
		if (r->mem[i].ustart <= s)
			m = &r->mem[i];
	return m;
}

/* drop boundaries of members wholly before stream offset s */
static void members_prune(warc_reader *r, uint64_t s)
{
	size_t keep_from = 0;
	for (size_t i = 0; i < r->nmem; i++)
		if (r->mem[i].ustart <= s)
			keep_from = i;
	if (keep_from) {
		memmove(r->mem, r->mem + keep_from, (r->nmem - keep_from) * sizeof(member));
		r->nmem -= keep_from;
	}
}

/* After a malformed record starting at stream offset s: skip to where the
 * next record can start. */
static void skip_bad_record(warc_reader *r, uint64_t s)
{
	member *m = r->gz ? member_of(r, s) : NULL;
	if (m && m->ustart == s) {
		/* one record per member: resume at the next member */
		for (size_t i = 0; i < r->nmem; i++) {
			if (r->mem[i].ustart > s) {
				uint64_t to = r->mem[i].ustart;
				r->upos = to - r->u_off <= r->u.len ? (size_t)(to - r->u_off) : r->u.len;
				return;
			}
		}
		r->upos = r->u.len;
		if (r->z_active)
			r->skip_member = 1;
		return;
	}
	/* plain or multi-record stream: look for the next WARC/ line */
	size_t from = (size_t)(s - r->u_off) + 1;
	r->upos = from <= r->u.len ? from : r->u.len;
	r->text_resync = 1;
}

static const char *memmem_s(const char *h, size_t hn, const char *n)
{
	return memmem(h, hn, n, strlen(n));
}

/* Find the end of a header block: returns the length including the blank
 * line, or 0 if not complete yet. */
static size_t header_end(const char *s, size_t n)
{
	const char *crlf = memmem_s(s, n, "\r\n\r\n");
	const char *lf = memmem_s(s, n, "\n\n");
	if (crlf && (!lf || crlf < lf))
		return (size_t)(crlf - s) + 4;
	if (lf)
		return (size_t)(lf - s) + 2;
	return 0;
}

static int dechunk(const char *s, size_t n, buf *out)
{
	buf_reset(out);
	size_t i = 0;
	int chunks = 0;
	for (;;) {
		/* chunk-size [;ext] CRLF */
		size_t j = i;
		unsigned long long sz = 0;
		int digits = 0;
		while (j < n && isxdigit((unsigned char)s[j])) {
			if (sz > (1ULL << 40))
				return chunks ? -1 : 1;
			sz = sz * 16 + (unsigned long long)(isdigit((unsigned char)s[j]) ? s[j] - '0'
							: (tolower((unsigned char)s[j]) - 'a' + 10));
			j++;
			digits++;
		}
		if (!digits)
			return chunks ? (i >= n ? 0 : -1) : 1;
		const char *nl = memchr(s + j, '\n', n - j);
		if (!nl)
			return chunks ? 0 : 1; /* truncated inside a size line */
		/* anything between the digits and the newline must be an extension */
		for (const char *q = s + j; q < nl; q++)
			if (*q != ';' && *q != ' ' && *q != '\t' && *q != '\r' && q == s + j)
				return chunks ? -1 : 1;
		j = (size_t)(nl - s) + 1;
		if (sz == 0)
			return 0;
		size_t take = sz > n - j ? n - j : (size_t)sz;
		buf_append(out, s + j, take);
		chunks++;
		if (take < sz)
			return 0; /* truncated payload: keep what is there */
		j += take;
		if (j < n && s[j] == '\r')
			j++;
		if (j < n && s[j] == '\n')
			j++;
		i = j;
		if (i >= n)
			return 0;
	}
}

/* Inflate with the given windowBits; 0 complete, 1 truncated (partial
 * output kept), -1 error. */
static int inflate_all(const char *s, size_t n, int wbits, size_t max, buf *out)
{
	buf_reset(out);
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, wbits) != Z_OK)
		return -1;
	z.next_in = (Bytef *)(uintptr_t)s;
	z.avail_in = (uInt)(n > (1u << 30) ? (1u << 30) : n);
	int ret = 1;
	for (;;) {
		buf_grow(out, CHUNK);
		z.next_out = (Bytef *)out->data + out->len;
		z.avail_out = (uInt)(out->cap - out->len - 1);
		size_t before = z.avail_out;
		int rc = inflate(&z, Z_NO_FLUSH);
		out->len += before - z.avail_out;
		out->data[out->len] = 0;
		if (out->len > max) {
			ret = -1;
			break;
		}
		if (rc == Z_STREAM_END) {
			/* gzip: another member may follow */
			if (wbits > 16 && z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
				inflateReset(&z);
				continue;
			}
			ret = 0;
			break;
		}
		if (rc == Z_BUF_ERROR || (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0)) {
			ret = 1; /* input ran out */
			break;
		}
		if (rc != Z_OK) {
			ret = -1;
			break;
		}
	}
	inflateEnd(&z);
	return ret;
}

static int token_in(const char *v, const char *tok)
{
	if (!v)
		return 0;
	size_t k = strlen(tok);
	for (const char *p = v; *p;) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		const char *e = p;
		while (*e && *e != ',' && *e != ';')
			e++;
		const char *t = e;
		while (t > p && (t[-1] == ' ' || t[-1] == '\t'))
			t--;
		if ((size_t)(t - p) == k && strncasecmp(p, tok, k) == 0)
			return 1;
		while (*e && *e != ',')
			e++;
		p = e;
	}
	return 0;
}

static void decode_payload(warc_reader *r, warc_record *rec)
{
	const char *p = rec->payload_raw;
	size_t n = rec->payload_raw_len;
	const char *te = hv_get(rec->http_headers, rec->nhttp_headers, "Transfer-Encoding");
	if (te && token_in(te, "chunked")) {
		int rc = dechunk(p, n, &r->tmp);
		if (rc == 0) {
			buf_reset(&r->payload);
			buf_append(&r->payload, r->tmp.data, r->tmp.len);
			p = r->payload.data;
			n = r->payload.len;
		} else if (rc < 0) {
			rec->payload_error = "bad chunked transfer encoding";
			return;
		} /* rc 1: not chunked after all (stored de-chunked); leave it */
	}
	const char *ce = hv_get(rec->http_headers, rec->nhttp_headers, "Content-Encoding");
	if (ce && *ce && !token_in(ce, "identity")) {
		int gz = token_in(ce, "gzip") || token_in(ce, "x-gzip");
		int defl = token_in(ce, "deflate");
		if (!gz && !defl) {
			rec->payload_error = "unsupported content-encoding";
		} else if (gz && !(n >= 2 && (unsigned char)p[0] == 0x1f && (unsigned char)p[1] == 0x8b)) {
			/* the header says gzip but the bytes are not: stored decoded */
		} else {
			int rc = inflate_all(p, n, gz ? 15 + 16 : 15, r->max_record, &r->tmp);
			if (rc < 0 && defl)
				rc = inflate_all(p, n, -15, r->max_record, &r->tmp); /* raw deflate */
			if (rc < 0) {
				rec->payload_error = gz ? "bad gzip content-encoding" : "bad deflate content-encoding";
			} else {
				if (rc == 1)
					rec->payload_error = "truncated compressed payload (partial text kept)";
				buf_reset(&r->payload);
				buf_append(&r->payload, r->tmp.data, r->tmp.len);
				p = r->payload.data;
				n = r->payload.len;
			}
		}
	}
	rec->payload = p;
	rec->payload_len = n;
}

static int looks_http(const char *b, size_t n)
{
	if (n >= 5 && memcmp(b, "HTTP/", 5) == 0)
		return 1;
	static const char *methods[] = { "GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "PATCH " };
	for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
		size_t k = strlen(methods[i]);
		if (n >= k && memcmp(b, methods[i], k) == 0)
			return 1;
	}
	return 0;
}

static void parse_http(warc_reader *r, warc_record *rec)
{
	const char *b = rec->block;
	size_t n = rec->block_len;
	int declared = rec->content_type && strncasecmp(rec->content_type, "application/http", 16) == 0;
	if (!(declared || ((rec->type && (!strcmp(rec->type, "response") || !strcmp(rec->type, "request"))))) ||
	    !looks_http(b, n)) {
		rec->payload = b;
		rec->payload_len = n;
		rec->payload_raw = b;
		rec->payload_raw_len = n;
		return;
	}
	size_t he = header_end(b, n);
	if (!he)
		he = n; /* the head was cut: no body */
	rec->http_head = b;
	rec->http_head_len = he;
	const char *nl = memchr(b, '\n', he);
	size_t first = nl ? (size_t)(nl - b) + 1 : he;
	if (n >= 5 && memcmp(b, "HTTP/", 5) == 0) {
		const char *sp = memchr(b, ' ', first);
		if (sp && sp + 4 <= b + first && isdigit((unsigned char)sp[1]) && isdigit((unsigned char)sp[2]) &&
		    isdigit((unsigned char)sp[3]))
			rec->http_status = (sp[1] - '0') * 100 + (sp[2] - '0') * 10 + (sp[3] - '0');
	}
	hv_reset(&r->hh);
	parse_header_lines(&r->hh, b + first, he - first);
	hv_finish(&r->hh);
	rec->http_headers = r->hh.v;
	rec->nhttp_headers = r->hh.n;
	rec->payload_raw = b + he;
	rec->payload_raw_len = n - he;
	rec->payload = rec->payload_raw;
	rec->payload_len = rec->payload_raw_len;
	if (!(r->flags & WARC_R_RAW))
		decode_payload(r, rec);
}

static int bad(warc_reader *r, uint64_t s, char *err, size_t errlen, const char *what)
{
	member *m = r->gz ? member_of(r, s) : NULL;
	seterr(err, errlen, "bad WARC record at offset %llu: %s",
	       (unsigned long long)(m ? m->fstart : s), what);
	skip_bad_record(r, s);
	return -1;
}

static int parse_ull(const char *s, unsigned long long *out)
{
	if (!s || !isdigit((unsigned char)*s))
		return -1;
	unsigned long long v = 0;
	for (; isdigit((unsigned char)*s); s++) {
		if (v > (1ULL << 60))
			return -1;
		v = v * 10 + (unsigned long long)(*s - '0');
	}
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s)
		return -1;
	*out = v;
	return 0;
}

int warc_next(warc_reader *r, warc_record *rec, char *err, size_t errlen)
{
	memset(rec, 0, sizeof(*rec));
	if (err && errlen)
		err[0] = 0;
	if (r->pending[0]) {
		seterr(err, errlen, "%s", r->pending);
		r->pending[0] = 0;
		r->upos = r->u.len; /* the data after the last record went with the error */
		return -1;
	}
	if (r->done)
		return 0;
	compact(r);

	/* skip the separators between records, or resynchronise after an error */
	for (;;) {
		if (r->text_resync) {
			const char *hit = memmem_s(r->u.data + r->upos, r->u.len - r->upos, "\nWARC/");
			if (hit) {
				r->upos = (size_t)(hit - r->u.data) + 1;
				r->text_resync = 0;
			} else if (r->u.len - r->upos > 6) {
				r->upos = r->u.len - 6; /* keep a possible split "\nWARC/" */
			}
		}
		if (!r->text_resync) {
			while (r->upos < r->u.len) {
				char c = r->u.data[r->upos];
				if (c != '\r' && c != '\n')
					break;
				r->upos++;
			}
			if (r->upos < r->u.len)
				break;
		}
		compact(r);
		int f = fill(r, err, errlen);
		if (f == 0) {
			r->done = 1;
			return 0;
		}
		if (f < 0) {
			r->upos = r->u.len;
			return -1;
		}
	}
	compact(r);
	uint64_t s = r->u_off; /* stream offset of this record */
	members_prune(r, s);

	size_t hlen;
	for (;;) {
		hlen = header_end(r->u.data, r->u.len);
		if (hlen)
			break;
		if (r->u.len > HEADER_MAX)
			return bad(r, s, err, errlen, "no end of the header block within 1 MiB");
		if (r->u.len >= 5 && memcmp(r->u.data, "WARC/", 5) != 0)
			return bad(r, s, err, errlen, "does not start with a WARC/ version line");
		int f = fill(r, err, errlen);
		if (f == 0) {
			member *m = r->gz ? member_of(r, s) : NULL;
			seterr(err, errlen, "truncated WARC record at offset %llu (incomplete header)",
			       (unsigned long long)(m ? m->fstart : s));
			r->upos = r->u.len;
			r->done = 1;
			return -1;
		}
		if (f < 0) {
			r->upos = r->u.len;
			return -1;
		}
	}
	if (r->u.len < 5 || memcmp(r->u.data, "WARC/", 5) != 0)
		return bad(r, s, err, errlen, "does not start with a WARC/ version line");

	hv_reset(&r->wh);
	const char *nl = memchr(r->u.data, '\n', hlen);
	size_t vlen = (size_t)(nl - r->u.data);
	if (vlen && r->u.data[vlen - 1] == '\r')
		vlen--;
	if (vlen > 16)
		return bad(r, s, err, errlen, "bad WARC version line");
	hv_add(&r->wh, "", 0, r->u.data, vlen); /* the version, as entry 0 */
	parse_header_lines(&r->wh, nl + 1, hlen - (size_t)(nl + 1 - r->u.data));
	hv_finish(&r->wh);
	const warc_header *hv = r->wh.v + 1;
	size_t hn = r->wh.n - 1;
	unsigned long long cl;
	if (parse_ull(hv_get(hv, hn, "Content-Length"), &cl) < 0)
		return bad(r, s, err, errlen, "missing or bad Content-Length");

	if (cl > r->max_record) {
		/* too large to hold: skip its bytes, streaming */
		member *m = r->gz ? member_of(r, s) : NULL;
		uint64_t at = m ? m->fstart : s;
		unsigned long long left = hlen + cl;
		for (;;) {
			size_t take = (size_t)(left < r->u.len - r->upos ? left : r->u.len - r->upos);
			r->upos += take;
			left -= take;
			if (!left)
				break;
			compact(r);
			int f = fill(r, err, errlen);
			if (f <= 0) {
				r->upos = r->u.len;
				if (f == 0)
					r->done = 1;
				break;
			}
		}
		seterr(err, errlen, "WARC record at offset %llu too large (%llu bytes > %zu): skipped",
		       (unsigned long long)at, cl, r->max_record);
		return -1;
	}

	size_t need = hlen + (size_t)cl;
	/* whether this record opens its own gzip member (one record per member),
	 * and where that member is in the file: fixed now, as later fills may
	 * forget a broken member */
	member *m0 = r->gz ? member_of(r, s) : NULL;
	int per_record = m0 && m0->ustart == s;
	uint64_t rec_off = m0 ? m0->fstart : s;
	while (r->u.len < need) {
		int f = fill(r, err, errlen);
		if (f == 0) {
			seterr(err, errlen, "truncated WARC record at offset %llu (Content-Length %llu, %zu bytes present)",
			       (unsigned long long)rec_off, cl, r->u.len - hlen);
			r->upos = r->u.len;
			r->done = 1;
			return -1;
		}
		if (f < 0) {
			r->upos = r->u.len;
			return -1;
		}
	}
	/* the record trailer: CRLF CRLF (tolerate its absence) */
	while (r->u.len < need + 4) {
		char e2[256];
		int f = fill(r, e2, sizeof e2);
		if (f == 0)
			break;
		if (f < 0) {
			snprintf(r->pending, sizeof r->pending, "%s", e2);
			break;
		}
	}
	size_t end = need;
	for (int k = 0; k < 4 && end < r->u.len && (r->u.data[end] == '\r' || r->u.data[end] == '\n'); k++)
		end++;

	/* the file extent: exact when the record is its own gzip member */
	uint64_t e = r->u_off + end;
	rec->stream_offset = s;
	rec->offset = rec_off;
	if (per_record) {
		member *m = member_of(r, s);
		if (m && m->ustart == s && !m->ended && r->z_active && end == r->u.len && !r->pending[0]) {
			/* the member's trailer may not have been read yet */
			char e2[256];
			if (fill(r, e2, sizeof e2) < 0)
				snprintf(r->pending, sizeof r->pending, "%s", e2);
			m = member_of(r, s);
		}
		if (m && m->ustart == s && m->ended && m->uend == e) {
			rec->length = m->fend - m->fstart;
		} else if (r->pending[0]) {
			/* the record's own member is cut or corrupt (bad CRC, no
			 * trailer): the record is not sound, report that instead */
			seterr(err, errlen, "%s", r->pending);
			r->pending[0] = 0;
			r->upos = r->u.len;
			return -1;
		}
	} else if (!r->gz) {
		rec->length = e - s;
	}
	r->upos = end;

	rec->version = r->wh.v[0].value;
	rec->headers = hv;
	rec->nheaders = hn;
	rec->type = hv_get(hv, hn, "WARC-Type");
	rec->target_uri = hv_get(hv, hn, "WARC-Target-URI");
	if (rec->target_uri && rec->target_uri[0] == '<') {
		/* WARC/1.0 examples wrote <uri>; strip the brackets in place */
		char *t = (char *)rec->target_uri;
		size_t tl = strlen(t);
		if (tl >= 2 && t[tl - 1] == '>') {
			t[tl - 1] = 0;
			rec->target_uri = t + 1;
		}
	}
	rec->date = hv_get(hv, hn, "WARC-Date");
	rec->record_id = hv_get(hv, hn, "WARC-Record-ID");
	rec->content_type = hv_get(hv, hn, "Content-Type");
	rec->truncated = hv_get(hv, hn, "WARC-Truncated") != NULL;
	rec->block = r->u.data + hlen;
	rec->block_len = (size_t)cl;
	parse_http(r, rec);
	return 1;
}

const char *warc_get_header(const warc_record *rec, const char *name)
{
	return rec ? hv_get(rec->headers, rec->nheaders, name) : NULL;
}

const char *warc_get_http_header(const warc_record *rec, const char *name)
{
	return rec ? hv_get(rec->http_headers, rec->nhttp_headers, name) : NULL;
}

int warc_http_charset(const warc_record *rec, char *out, size_t outlen)
{
	const char *ct = warc_get_http_header(rec, "Content-Type");
	if (!ct || !outlen)
		return -1;
	for (const char *p = ct; (p = strcasestr(p, "charset")) != NULL; p += 7) {
		const char *q = p + 7;
		while (*q == ' ')
			q++;
		if (*q != '=')
			continue;
		q++;
		while (*q == ' ' || *q == '"' || *q == '\'')
			q++;
		size_t n = 0;
		while (q[n] && q[n] != ';' && q[n] != '"' && q[n] != '\'' && q[n] != ' ' && q[n] != ',')
			n++;
		if (!n)
			return -1;
		if (n >= outlen)
			n = outlen - 1;
		for (size_t i = 0; i < n; i++)
			out[i] = (char)tolower((unsigned char)q[i]);
		out[n] = 0;
		return 0;
	}
	return -1;
}

/* 0 match, -1 mismatch, -2 unsupported */
static int check_digest(const char *want, const char *p, size_t n)
{
	const char *c = strchr(want, ':');
	if (!c)
		return -2;
	size_t al = (size_t)(c - want);
	unsigned char d[32];
	size_t dl;
	if (al == 4 && strncasecmp(want, "sha1", 4) == 0) {
		hash_sha1(p, n, d);
		dl = 20;
	} else if ((al == 6 && strncasecmp(want, "sha256", 6) == 0) ||
		   (al == 7 && strncasecmp(want, "sha-256", 7) == 0)) {
		hash_sha256(p, n, d);
		dl = 32;
	} else if (al == 5 && strncasecmp(want, "sha-1", 5) == 0) {
		hash_sha1(p, n, d);
		dl = 20;
	} else {
		return -2;
	}
	char b32[64], hx[72];
	hash_base32(d, dl, b32);
	hash_hex(d, dl, hx);
	const char *v = c + 1;
	return (strcasecmp(v, b32) == 0 || strcasecmp(v, hx) == 0) ? 0 : -1;
}

int warc_verify(const warc_record *rec, char *err, size_t errlen)
{
	const char *bd = warc_get_header(rec, "WARC-Block-Digest");
	const char *pd = warc_get_header(rec, "WARC-Payload-Digest");
	if (!bd && !pd)
		return 1;
	if (bd) {
		int rc = check_digest(bd, rec->block, rec->block_len);
		if (rc) {
			seterr(err, errlen, "record at offset %llu: %s WARC-Block-Digest %s",
			       (unsigned long long)rec->offset, rc == -2 ? "unsupported" : "mismatched", bd);
			return -1;
		}
	}
	if (pd) {
		const char *p = rec->http_head ? rec->payload_raw : rec->block;
		size_t n = rec->http_head ? rec->payload_raw_len : rec->block_len;
		int rc = check_digest(pd, p, n);
		/* some writers digest the de-chunked / decoded payload instead */
		if (rc == -1 && rec->payload && rec->payload != p)
			rc = check_digest(pd, rec->payload, rec->payload_len);
		if (rc) {
			seterr(err, errlen, "record at offset %llu: %s WARC-Payload-Digest %s",
			       (unsigned long long)rec->offset, rc == -2 ? "unsupported" : "mismatched", pd);
			return -1;
		}
	}
	return 0;
}

/* ==== resume =============================================================== */

int warc_repair_tail(const char *path, warc_record_fn on_record, void *ctx,
		warc_repair_stats *stats, char *err, size_t errlen)
{
	warc_repair_stats st;
	memset(&st, 0, sizeof st);
	if (stats)
		*stats = st;
	struct stat sb;
	if (stat(path, &sb) < 0) {
		if (errno == ENOENT)
			return 0;
		seterr(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	uint64_t size = (uint64_t)sb.st_size;
	if (size == 0)
		return 0;
	warc_reader *r = warc_reader_open(path, WARC_R_RAW, 0, err, errlen);
	if (!r)
		return -1;
	uint64_t good_end = 0;
	size_t errors_since_good = 0;
	int unknown_extent = 0;
	warc_record rec;
	char e2[256];
	int rc;
	while ((rc = warc_next(r, &rec, e2, sizeof e2)) != 0) {
		if (rc < 0) {
			errors_since_good++;
			continue;
		}
		if (rec.length == 0) {
			unknown_extent = 1; /* several records in one gzip member */
			continue;
		}
		st.bad += errors_since_good;
		errors_since_good = 0;
		st.records++;
		good_end = rec.offset + rec.length;
		if (on_record)
			on_record(ctx, &rec);
	}
	warc_reader_close(r);
	if (unknown_extent) {
		if (errors_since_good) {
			seterr(err, errlen, "%s: damaged tail, and records are not one gzip member each: "
			       "cannot repair", path);
			return -1;
		}
		st.size = size;
		if (stats)
			*stats = st;
		return 0;
	}
	if (good_end < size) {
		if (truncate(path, (off_t)good_end) < 0) {
			seterr(err, errlen, "%s: truncate: %s", path, strerror(errno));
			return -1;
		}
		st.cut = size - good_end;
	}
	st.size = good_end < size ? good_end : size;
	if (stats)
		*stats = st;
	return 0;
}
