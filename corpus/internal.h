/*
 * corpus internals shared by build.c, shard.c, verify.c and stats.c.
 */
#ifndef PITH_CORPUS_INTERNAL_H
#define PITH_CORPUS_INTERNAL_H

#include <stdint.h>
#include <zlib.h>

#include "common/buf.h"
#include "common/hash.h"
#include "corpus/corpus.h"

/* ---- gzip writer (shard.c) ----------------------------------------------- */

/* A gzip file written member by member through one fd. The sha256 covers
 * every byte written to the file since gzw_open (shards are written whole,
 * so that is the file's digest). */
typedef struct gzw {
	int fd;
	int in_member;
	z_stream z;
	hash_ctx *sha;
	uint64_t raw;          /* uncompressed bytes in the current member */
	uint64_t raw_total;    /* uncompressed bytes since open */
	uint64_t size;         /* file size (bytes written, plus the kept prefix) */
	unsigned char out[1 << 16];
} gzw;

/* Open path for writing. keep: -1 truncates to empty; otherwise the file
 * is cut to keep bytes (which must exist) and writing appends there. */
int gzw_open(gzw *g, const char *path, int64_t keep, char *err, size_t errlen);
int gzw_write(gzw *g, const void *p, size_t n, char *err, size_t errlen);
/* End the current gzip member (a no-op if none is open), fsync. */
int gzw_end_member(gzw *g, char *err, size_t errlen);
/* End the member, fsync and close; sha256 (may be NULL) receives the digest. */
int gzw_close(gzw *g, unsigned char sha256[32], char *err, size_t errlen);
/* Close without finishing (error paths). */
void gzw_abort(gzw *g);

/* ---- small helpers (shard.c) --------------------------------------------- */

/* Write data to path atomically: path.tmp, fsync, rename, fsync the dir. */
int corpus_write_atomic(const char *path, const void *data, size_t n, char *err, size_t errlen);
/* ISO 8601 UTC time "2026-11-25T18:30:00Z" */
void corpus_iso_time(double t, char out[32]);
double corpus_now(void);
/* Read a whole file (gunzip if gzip). */
int corpus_read_file(const char *path, buf *out, char *err, size_t errlen);

/* Signature file record (index/sigs-NNNNN.bin): per kept document, the id
 * key (8 bytes LE), the exact hash (8), nshingles (4), ntokens (4), then
 * perms x 2 bytes LE minima. The file starts with a 16-byte header
 * "PITHSIG1", perms (u32), reserved (u32). */
#define CORPUS_SIG_MAGIC "PITHSIG1"
size_t corpus_sig_record_size(unsigned perms);
void corpus_sig_encode(const corpus_sig *s, uint64_t key, unsigned perms, unsigned char *out);
void corpus_sig_decode(const unsigned char *in, unsigned perms, corpus_sig *s, uint64_t *key);

/* Inflate a whole gzip file streaming, calling line(ctx, p, n) per line
 * (without the newline). Returns 0, or -1 with err (bad gzip, truncated,
 * unreadable). A final line without a newline is passed too, and
 * *no_final_newline is set. */
int corpus_gz_lines(const char *path, int (*line)(void *ctx, const char *p, size_t n),
		    void *ctx, int *no_final_newline, char *err, size_t errlen);

#endif
