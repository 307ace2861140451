/*
 * warc: WARC/1.1 (ISO 28500:2017) writer and reader.
 *
 * Writer: each record is serialised into memory, digested (sha1, base32,
 * as "sha1:XXXX") and then written with a single write(2), as its own gzip
 * member for .warc.gz (or raw for .warc). A record is therefore either
 * wholly in the file or cut at the tail by a crash, which warc_repair_tail()
 * removes before a resumed run appends. A writer is not thread-safe: use it
 * from one writer thread.
 *
 * Reader: streams records from .warc and .warc.gz files (one gzip member per
 * record, or the whole file as one gzip stream; gzip is detected by magic,
 * not by name), such as Common Crawl's. For HTTP records it exposes the
 * status, the HTTP headers and the payload with chunked transfer coding and
 * gzip/deflate content coding undone. A corrupt or truncated record yields
 * an error naming its offset; the next warc_next() call resynchronises on
 * the next gzip member or "WARC/" line. Memory is bounded by the largest
 * record (records above max_record are skipped with an error).
 */
#ifndef PITH_WARC_H
#define PITH_WARC_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"

/* "<urn:uuid:xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx>" + NUL */
#define WARC_ID_LEN 48

/* A fresh random (v4) record id, in angle brackets, from getrandom(2). */
void warc_new_record_id(char out[WARC_ID_LEN]);

/* Append "name: value\r\n" to b (application/warc-fields bodies such as
 * warcinfo and metadata). CR, LF and other control characters in value are
 * replaced by spaces so one field stays one line. */
void warc_fields_add(buf *b, const char *name, const char *value);

/* ---- writer -------------------------------------------------------------- */

typedef struct warc_writer warc_writer;

/* open flags */
#define WARC_W_GZIP   1   /* one gzip member per record */
#define WARC_W_PLAIN  2   /* uncompressed; neither flag: by name (".gz" -> gzip) */
#define WARC_W_APPEND 4   /* append to an existing file (resume) instead of truncating */
#define WARC_W_SUBSEC 8   /* WARC-Date with microseconds (WARC/1.1 allows it) */

/* level: zlib level 1..9, 0 = default (6). Returns NULL with err. */
warc_writer *warc_writer_open(const char *path, int flags, int level, char *err, size_t errlen);
/* Batch mode (off by default): warc_write() only queues the record (in a
 * plain file a body of 16 KB or more is referenced, not copied: keep it
 * alive and unchanged until the flush; smaller ones are copied) and warc_writer_flush() writes everything queued with as few
 * writev(2) calls as it takes; a failed flush truncates the file back to
 * where it was before the batch. warc_writer_offset() counts queued records. */
void warc_writer_set_batch(warc_writer *w, int on);
int warc_writer_flush(warc_writer *w, char *err, size_t errlen);
/* Drop what the batch has queued (after an error: nothing of it is written). */
void warc_writer_discard(warc_writer *w);
/* A fresh random (v4) record id from the writer's own generator (seeded
 * from getrandom once; no system call per id). */
void warc_writer_new_id(warc_writer *w, char out[WARC_ID_LEN]);
/* A writer without a file: each record is appended to *out (serialised,
 * digested and, with WARC_W_GZIP, compressed into its own gzip member).
 * Lets several threads compress records that one file writer then appends
 * in order with warc_writer_append_raw(). Offsets count from 0. */
warc_writer *warc_writer_open_mem(buf *out, int flags, int level, char *err, size_t errlen);
/* Append bytes that are already whole records (from a memory writer of the
 * same compression). Queued in batch mode; otherwise written at once, the
 * file cut back on failure. 0 or -1 with err. */
int warc_writer_append_raw(warc_writer *w, const void *p, size_t n, char *err, size_t errlen);
/* The id of the last warcinfo record this writer wrote, or NULL (to set
 * warc_rec.warcinfo_id on records encoded elsewhere). */
const char *warc_writer_warcinfo_id(const warc_writer *w);
/* Flush what a batch left queued and close; 0 or -1. */
int warc_writer_close(warc_writer *w, char *err, size_t errlen);
/* fsync(2) the file; 0 or -1. */
int warc_writer_sync(warc_writer *w, char *err, size_t errlen);
/* current file size = offset of the next record */
uint64_t warc_writer_offset(const warc_writer *w);

/* One record to write. Fields left NULL/0 are omitted or defaulted. */
typedef struct warc_rec {
	const char *type;          /* "warcinfo", "request", "response", "metadata", "resource"... */
	char id[WARC_ID_LEN];      /* in: preset to choose the id (e.g. to reference it from a
				    * request written first); empty: generated. out: the id used */
	const char *target_uri;    /* WARC-Target-URI */
	const char *ip_address;    /* WARC-IP-Address */
	const char *concurrent_to; /* WARC-Concurrent-To (a record id with brackets) */
	const char *refers_to;     /* WARC-Refers-To */
	const char *warcinfo_id;   /* WARC-Warcinfo-ID; NULL: the writer's last warcinfo record, if any */
	const char *filename;      /* WARC-Filename (warcinfo) */
	const char *content_type;  /* NULL: application/http;msgtype=request|response for those
				    * types, application/warc-fields for warcinfo/metadata */
	const char *truncated;     /* WARC-Truncated reason: "length", "time", "disconnect", "unspecified" */
	const char *extra_headers; /* more WARC header lines, "Name: value\r\n" each, verbatim */
	int64_t date_sec;          /* WARC-Date, UTC seconds since the epoch; 0 = now */
	long date_usec;
	/* The block. For request/response: head = the HTTP header block as sent
	 * or received (status/request line + headers, ending in an empty line;
	 * a missing final CRLF CRLF is added), body = the payload. For other
	 * types: head may be NULL, body is the whole block. */
	const char *head;
	size_t head_len;
	const void *body;
	size_t body_len;
	/* out */
	uint64_t offset;           /* file offset where the record (gzip member) starts */
	uint64_t length;           /* bytes it occupies in the file */
} warc_rec;

/* Serialise, digest (WARC-Block-Digest over head+body; WARC-Payload-Digest
 * over body when head is given) and write r. Returns 0, or -1 with err (the
 * file is left as it was before the call when the write fails outright). */
int warc_write(warc_writer *w, warc_rec *r, char *err, size_t errlen);

/* Shorthands over warc_write. fields: application/warc-fields text (build
 * it with warc_fields_add). id_out may be NULL. */
int warc_write_warcinfo(warc_writer *w, const char *filename, const char *fields,
		char id_out[WARC_ID_LEN], char *err, size_t errlen);
int warc_write_metadata(warc_writer *w, const char *target_uri, const char *concurrent_to,
		const char *fields, char id_out[WARC_ID_LEN], char *err, size_t errlen);

/* Make a header block from what the HTTP library reports agree with a body
 * that was already decoded: Transfer-Encoding, Content-Encoding and
 * Content-Length lines are renamed to X-Pith-Orig-<name> and a fresh
 * "Content-Length: body_len" is added, so WARC readers do not try to
 * de-chunk or gunzip the stored body again. Line endings become CRLF and
 * the block ends with an empty line. out is replaced. */
void warc_http_head_for_decoded(const char *head, size_t head_len, size_t body_len, buf *out);

/* ---- reader -------------------------------------------------------------- */

typedef struct warc_reader warc_reader;

/* open flags */
#define WARC_R_RAW 1          /* do not decode HTTP payloads (payload == stored body) */

/* path "-" = stdin. max_record: largest block kept in memory, 0 = 256 MiB. */
warc_reader *warc_reader_open(const char *path, int flags, size_t max_record,
		char *err, size_t errlen);
/* Read from memory (the data must outlive the reader). */
warc_reader *warc_reader_open_mem(const void *data, size_t len, int flags, size_t max_record,
		char *err, size_t errlen);
void warc_reader_close(warc_reader *r);

typedef struct warc_header {
	const char *name;
	const char *value;
} warc_header;

/* A record as read. All pointers are owned by the reader and valid until
 * the next warc_next() or warc_reader_close(). Strings are NUL-terminated;
 * absent headers are NULL. */
typedef struct warc_record {
	uint64_t offset;           /* file offset of the record (its gzip member for .gz) */
	uint64_t length;           /* bytes in the file up to the next record/member (0 if unknown) */
	uint64_t stream_offset;    /* offset in the decompressed stream */
	const char *version;       /* "WARC/1.1", "WARC/1.0" */
	const char *type;          /* WARC-Type */
	const char *target_uri;    /* WARC-Target-URI (surrounding <> removed if present) */
	const char *date;          /* WARC-Date */
	const char *record_id;     /* WARC-Record-ID */
	const char *content_type;  /* Content-Type of the block */
	const warc_header *headers; size_t nheaders;  /* all WARC headers, in order */
	const char *block; size_t block_len;          /* the content block as stored */

	/* HTTP (block Content-Type application/http..., or a response/request
	 * whose block starts like HTTP); otherwise http_head == NULL. */
	int http_status;           /* response status code, 0 if none */
	const char *http_head; size_t http_head_len;  /* header block inside block */
	const warc_header *http_headers; size_t nhttp_headers;
	/* payload: HTTP body (decoded unless WARC_R_RAW), or the whole block for
	 * non-HTTP records */
	const char *payload; size_t payload_len;
	const char *payload_raw; size_t payload_raw_len;  /* HTTP body as stored */
	const char *payload_error; /* why decoding failed (payload is then the raw body), or NULL */
	int truncated;             /* WARC-Truncated present */
} warc_record;

/* Next record: 1 = rec filled, 0 = end of input, -1 = a bad record (err
 * names its offset and the cause); call again to continue after it. Never
 * loops forever: every call advances. */
int warc_next(warc_reader *r, warc_record *rec, char *err, size_t errlen);

/* Case-insensitive header lookups on the current record; NULL if absent. */
const char *warc_get_header(const warc_record *rec, const char *name);
const char *warc_get_http_header(const warc_record *rec, const char *name);

/* Charset from the HTTP Content-Type ("text/html; charset=utf-8" ->
 * "utf-8") into out (lowercased); 0 if found, -1 if none. */
int warc_http_charset(const warc_record *rec, char *out, size_t outlen);

/* Check WARC-Block-Digest and WARC-Payload-Digest (sha1 or sha256, base32
 * or hex). Returns 0 when every digest present matches, 1 when there is no
 * digest to check, -1 on a mismatch or an unknown algorithm (err says which). */
int warc_verify(const warc_record *rec, char *err, size_t errlen);

/* ---- resume -------------------------------------------------------------- */

/* Called per complete record found by warc_repair_tail. */
typedef void (*warc_record_fn)(void *ctx, const warc_record *rec);

typedef struct warc_repair_stats {
	size_t records;       /* complete records kept */
	size_t bad;           /* bad records found before the tail (left in place) */
	uint64_t size;        /* file size after repair */
	uint64_t cut;         /* bytes cut from the tail */
} warc_repair_stats;

/* Scan path (.warc or .warc.gz) and truncate it after its last complete
 * record, so a half-written record left by a crash is gone and appending
 * is safe. on_record (may be NULL) sees every complete record (in RAW mode,
 * e.g. to collect WARC-Target-URIs of responses already fetched). A missing
 * file is not an error (stats zero). Returns 0, or -1 with err. */
int warc_repair_tail(const char *path, warc_record_fn on_record, void *ctx,
		warc_repair_stats *stats, char *err, size_t errlen);

#endif
