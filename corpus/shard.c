/*
 * shard.c: the corpus's file formats at byte level.
 *
 * gzw writes gzip files member by member through a plain fd (zlib deflate
 * with a gzip wrapper: mtime 0 and fixed settings, so the same documents
 * give byte-identical shards). A shard is one member; duplicates.jsonl.gz
 * and rejects.jsonl.gz get one member per checkpoint, so after a crash
 * resume cuts them back to the length the manifest recorded and appends:
 * concatenated members are one valid gzip stream for zcat and Python.
 * Every byte written is also fed to sha256 as it leaves, so finishing a
 * shard needs no second pass over it.
 *
 * Also here: the atomic file replace behind manifest.json (write a temp
 * file, fsync, rename, fsync the directory: a reader sees the old manifest
 * or the new one, never a torn one), the signature file encoding, and a
 * streaming line reader over gzip files for verify, stats and resume.
 */
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/fileio.h"
#include "corpus/internal.h"

static int write_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	while (n) {
		ssize_t w = write(fd, c, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

int gzw_open(gzw *g, const char *path, int64_t keep, char *err, size_t errlen)
{
	memset(g, 0, offsetof(gzw, out));
	g->fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (keep < 0 ? O_TRUNC : 0), 0644);
	if (g->fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (keep >= 0) {
		struct stat st;
		if (fstat(g->fd, &st) || st.st_size < keep || ftruncate(g->fd, keep) ||
		    lseek(g->fd, keep, SEEK_SET) != keep) {
			snprintf(err, errlen, "%s: cannot resume at byte %lld (file has %lld)", path,
				 (long long)keep, (long long)(fstat(g->fd, &st) ? -1 : st.st_size));
			close(g->fd);
			g->fd = -1;
			return -1;
		}
		g->size = (uint64_t)keep;
	}
	g->sha = hash_sha256_new();
	return 0;
}

static int gzw_pump(gzw *g, int flush, char *err, size_t errlen)
{
	int rc;
	do {
		g->z.next_out = g->out;
		g->z.avail_out = sizeof(g->out);
		rc = deflate(&g->z, flush);
		if (rc == Z_STREAM_ERROR) {
			snprintf(err, errlen, "deflate failed");
			return -1;
		}
		size_t have = sizeof(g->out) - g->z.avail_out;
		if (have) {
			if (write_all(g->fd, g->out, have)) {
				snprintf(err, errlen, "write: %s", strerror(errno));
				return -1;
			}
			hash_update(g->sha, g->out, have);
			g->size += have;
		}
	} while (g->z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
	return 0;
}

int gzw_write(gzw *g, const void *p, size_t n, char *err, size_t errlen)
{
	if (!g->in_member) {
		memset(&g->z, 0, sizeof(g->z));
		if (deflateInit2(&g->z, g->level ? g->level : 6, Z_DEFLATED, 15 + 16, 8,
				 Z_DEFAULT_STRATEGY) != Z_OK) {
			snprintf(err, errlen, "deflateInit failed");
			return -1;
		}
		g->in_member = 1;
		g->raw = 0;
	}
	g->dirty = 1;
	g->z.next_in = (unsigned char *)(uintptr_t)p;
	g->z.avail_in = (uInt)n;
	if (gzw_pump(g, Z_NO_FLUSH, err, errlen))
		return -1;
	g->raw += n;
	g->raw_total += n;
	return 0;
}

int gzw_end_member(gzw *g, char *err, size_t errlen)
{
	if (g->in_member) {
		g->z.next_in = NULL;
		g->z.avail_in = 0;
		int rc = gzw_pump(g, Z_FINISH, err, errlen);
		deflateEnd(&g->z);
		g->in_member = 0;
		if (rc)
			return -1;
	}
	if (g->dirty && fsync(g->fd)) {
		snprintf(err, errlen, "fsync: %s", strerror(errno));
		return -1;
	}
	g->dirty = 0;
	return 0;
}

int gzw_close(gzw *g, unsigned char sha256[32], char *err, size_t errlen)
{
	int rc = gzw_end_member(g, err, errlen);
	unsigned char tmp[32];
	hash_final(g->sha, sha256 ? sha256 : tmp);
	g->sha = NULL;
	if (close(g->fd) && !rc) {
		snprintf(err, errlen, "close: %s", strerror(errno));
		rc = -1;
	}
	g->fd = -1;
	return rc;
}

void gzw_abort(gzw *g)
{
	if (g->in_member)
		deflateEnd(&g->z);
	g->in_member = 0;
	if (g->sha) {
		unsigned char tmp[32];
		hash_final(g->sha, tmp);
		g->sha = NULL;
	}
	if (g->fd >= 0)
		close(g->fd);
	g->fd = -1;
}

int corpus_write_atomic(const char *path, const void *data, size_t n, char *err, size_t errlen)
{
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		return -1;
	}
	if (write_all(fd, data, n) || fsync(fd)) {
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		return -1;
	}
	close(fd);
	if (rename(tmp, path)) {
		snprintf(err, errlen, "rename %s: %s", tmp, strerror(errno));
		unlink(tmp);
		return -1;
	}
	/* make the rename itself durable */
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = 0;
	else
		strcpy(dir, ".");
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	return 0;
}

double corpus_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void corpus_iso_time(double t, char out[32])
{
	time_t s = (time_t)t;
	struct tm tm;
	gmtime_r(&s, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int corpus_read_file(const char *path, buf *out, char *err, size_t errlen)
{
	buf_reset(out);
	return file_read_all(path, out, 0, err, errlen);
}

size_t corpus_sig_record_size(unsigned perms)
{
	return 24 + 2 * (size_t)perms;
}

static void put_le(unsigned char *p, uint64_t v, int n)
{
	for (int i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int n)
{
	uint64_t v = 0;
	for (int i = 0; i < n; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

void corpus_sig_encode(const corpus_sig *s, uint64_t key, unsigned perms, unsigned char *out)
{
	put_le(out, key, 8);
	put_le(out + 8, s->exact, 8);
	put_le(out + 16, s->nshingles, 4);
	put_le(out + 20, s->ntokens, 4);
	for (unsigned k = 0; k < perms; k++)
		put_le(out + 24 + 2 * k, s->mh[k], 2);
}

void corpus_sig_decode(const unsigned char *in, unsigned perms, corpus_sig *s, uint64_t *key)
{
	memset(s, 0, sizeof(*s));
	*key = get_le(in, 8);
	s->exact = get_le(in + 8, 8);
	s->nshingles = (uint32_t)get_le(in + 16, 4);
	s->ntokens = (uint32_t)get_le(in + 20, 4);
	for (unsigned k = 0; k < perms; k++)
		s->mh[k] = (uint16_t)get_le(in + 24 + 2 * k, 2);
}

int corpus_gz_lines(const char *path, int (*line)(void *ctx, const char *p, size_t n),
		    void *ctx, int *no_final_newline, char *err, size_t errlen)
{
	if (no_final_newline)
		*no_final_newline = 0;
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 15 + 16) != Z_OK) {
		fclose(f);
		snprintf(err, errlen, "inflateInit failed");
		return -1;
	}
	unsigned char in[1 << 16], out[1 << 16];
	buf cur = BUF_INIT;
	buf_init(&cur);
	int rc = 0, ended = 0, any = 0;
	for (;;) {
		if (z.avail_in == 0) {
			size_t r = fread(in, 1, sizeof in, f);
			if (r == 0) {
				if (ferror(f)) {
					snprintf(err, errlen, "%s: read error", path);
					rc = -1;
				} else if (!ended || !any) {
					snprintf(err, errlen, "%s: truncated gzip stream", path);
					rc = -1;
				}
				break;
			}
			z.next_in = in;
			z.avail_in = (uInt)r;
			any = 1;
			if (ended) {
				/* another member follows */
				inflateReset(&z);
				ended = 0;
			}
		}
		z.next_out = out;
		z.avail_out = sizeof out;
		int zr = inflate(&z, Z_NO_FLUSH);
		if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR) {
			snprintf(err, errlen, "%s: corrupt gzip data (%s) near byte %lu", path,
				 z.msg ? z.msg : "inflate error", (unsigned long)z.total_in);
			rc = -1;
			break;
		}
		size_t have = sizeof out - z.avail_out;
		const unsigned char *p = out;
		while (have) {
			const unsigned char *nl = memchr(p, '\n', have);
			if (!nl) {
				buf_append(&cur, p, have);
				break;
			}
			buf_append(&cur, p, (size_t)(nl - p));
			if (line(ctx, cur.data, cur.len)) {
				rc = 1;
				goto done;
			}
			buf_reset(&cur);
			have -= (size_t)(nl - p) + 1;
			p = nl + 1;
		}
		if (zr == Z_STREAM_END) {
			ended = 1;
			if (z.avail_in) {
				inflateReset(&z);
				ended = 0;
			}
		} else if (zr == Z_BUF_ERROR && z.avail_in) {
			snprintf(err, errlen, "%s: corrupt gzip data", path);
			rc = -1;
			break;
		}
	}
	if (rc == 0 && cur.len) {
		if (no_final_newline)
			*no_final_newline = 1;
		if (line(ctx, cur.data, cur.len))
			rc = 1;
	}
done:
	inflateEnd(&z);
	fclose(f);
	buf_free(&cur);
	return rc < 0 ? -1 : 0;
}
