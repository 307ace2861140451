/*
 * source: turning build inputs into a stream of documents-to-be (internal
 * to the corpus module). Every document or rejected input is handed to
 * the sink in a fixed order, which is what makes build sequence numbers
 * (and so resume and -j invariance) work. URL manifests are fetched on the
 * fly (fetchsrc.c): each manifest entry (or bad line) becomes exactly one
 * item, in manifest order, whatever order the transfers finish in. "-" is a
 * manifest on standard input.
 */
#ifndef PITH_CORPUS_SOURCE_H
#define PITH_CORPUS_SOURCE_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "fetch/fetch.h"

enum { SRC_HTML, SRC_TEXT, SRC_REJECT };

typedef struct corpus_source_doc {
	int kind;
	const char *source;        /* "path", "path@offset" (WARC records), "manifest:line" */
	const char *url;           /* known URL or NULL */
	const char *content_type;  /* HTTP Content-Type or NULL */
	const char *meta;          /* JSON object text or NULL */
	size_t meta_len;
	const char *data;          /* raw bytes (HTML, text) */
	size_t len;
	const char *reason;        /* SRC_REJECT: too-large, read-error, not-html, warc-error... */
	const char *detail;
	int raw_file;              /* fetched: index of DIR/raw/pages-NNNNN.warc.gz holding its
				    * records; -1 otherwise */
} corpus_source_doc;

typedef struct corpus_source_sink {
	void *ctx;
	/* 0 to go on, -1 to stop reading */
	int (*emit)(void *ctx, const corpus_source_doc *d);
	void (*input_done)(void *ctx);
	/* the sequence number the next emit will get */
	uint64_t (*next_seq)(void *ctx);
} corpus_source_sink;

typedef struct corpus_source_opts {
	size_t max_doc_bytes;
	const char *out_dir;       /* for fetched manifests (DIR/raw) */
	int no_raw;
	const fetch_options *fetch;   /* politeness etc. for manifests */
	size_t fetch_batch;        /* the fetch window: manifest entries fetching or waiting to
				    * be handed on in order (0: 4 x concurrency, at least 64) */
	uint64_t resume_seq;       /* items below are dropped by the sink: never fetch them */
	int resume;                /* replay DIR/raw/ for items at or after resume_seq */
	int raw_resume_file;       /* first raw file that may hold such items */
} corpus_source_opts;

typedef struct corpus_source corpus_source;

/* NULL with err when DIR/raw cannot be prepared. */
corpus_source *corpus_source_new(const corpus_source_opts *o, const corpus_source_sink *s,
				 char *err, size_t errlen);
/* Read one top-level input. Returns 0, or -1 when the sink asked to stop
 * or the raw WARC could not be written (corpus_source_error says which). */
int corpus_source_read(corpus_source *src, const char *input);
const char *corpus_source_error(const corpus_source *src);
/* Close the raw WARC writer. 0, or -1 with err. */
int corpus_source_free(corpus_source *src, char *err, size_t errlen);

/* ---- shared by source.c and fetchsrc.c ---- */
struct fetchsrc;
struct corpus_source {
	corpus_source_opts o;
	corpus_source_sink s;
	char err[512];
	int failed;               /* err says why the reader stopped */
	struct fetchsrc *fs;      /* manifests: fetcher, window, raw WARC, replay */
};

/* fetchsrc.c: prepare DIR/raw (on resume: cut a half-written record and
 * set up replay); fetch one manifest ("-": standard input, copied to
 * DIR/stdin.manifest first); close. */
int corpus_fetch_init(corpus_source *src, char *err, size_t errlen);
int corpus_fetch_manifest(corpus_source *src, const char *path);
int corpus_fetch_close(corpus_source *src, char *err, size_t errlen);

/* Where a build keeps its copy of a "-" (standard input) manifest, under
 * DIR: standard input can be read once, the copy as often as resumes need. */
#define CORPUS_STDIN_COPY "stdin.manifest"

/* Does this look like a list of URLs (every non-comment line of the
 * first KBs an http(s) URL)? */
int corpus_looks_like_url_list(const char *p, size_t n);

/* DIR/raw/pages-NNNNN.warc.gz */
#define CORPUS_RAW_FMT "raw/pages-%05d.warc.gz"

#endif
