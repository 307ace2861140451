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
	int dirty;             /* written since the last fsync */
	int level;             /* zlib level; 0 = 6 (set after gzw_open) */
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

/* ---- documents between the passes (spool.c) ----------------------------- */

/* A cleaned document as the build carries it: what the shard line is made
 * of, plus the host its template text is learned under. Empty strings
 * stand for absent fields (written as null). */
enum { DR_SOURCE, DR_URL, DR_DOCURL, DR_TITLE, DR_AUTHOR, DR_DATE, DR_SITENAME, DR_LANG,
       DR_TEXT, DR_META, DR_HOST, DR_N };

#define DOCREC_OBSERVED 1  /* counted for template learning (a distinct page) */

typedef struct docrec {
	uint64_t key;          /* id: xxh64 of the input URL, else of the source */
	uint64_t words;
	uint32_t flags;        /* DOCREC_* */
	buf f[DR_N];
} docrec;

void docrec_init(docrec *d);
void docrec_free(docrec *d);
void docrec_reset(docrec *d);
/* Spool record: u32 length of the rest (LE), key (u64), words (u64),
 * flags (u32), then DR_N fields as u32 length + bytes. Appended to out. */
void spool_encode(const docrec *d, buf *out);
/* 0, or -1 when the record is malformed */
int spool_decode(const char *p, size_t n, docrec *d);

/* Streaming reader over a gzip spool file (DIR/tmp/spool-NNNNN.bin.gz). */
typedef struct spool_reader spool_reader;
spool_reader *spool_open(const char *path, char *err, size_t errlen);
/* 1: rec holds the next record (without its length prefix), 0: end,
 * -1: damaged or truncated (err) */
int spool_next(spool_reader *r, buf *rec, char *err, size_t errlen);
void spool_close(spool_reader *r);

#endif
