/*
 * source: turning build inputs into a stream of documents-to-be (internal
 * to the corpus module). One call per top-level input; every document or
 * rejected input is handed to the sink in a fixed order, which is what
 * makes build sequence numbers (and so resume and -j invariance) work.
 */
#ifndef PITH_CORPUS_SOURCE_H
#define PITH_CORPUS_SOURCE_H

#include <stddef.h>

enum { SRC_HTML, SRC_TEXT, SRC_REJECT };

typedef struct corpus_source_doc {
	int kind;
	const char *source;        /* "path" or "path@offset" (WARC records) */
	const char *url;           /* known URL or NULL */
	const char *content_type;  /* HTTP Content-Type or NULL */
	const char *meta;          /* JSON object text or NULL */
	size_t meta_len;
	const char *data;          /* raw bytes (HTML, text) */
	size_t len;
	const char *reason;        /* SRC_REJECT: too-large, read-error, not-html, warc-error... */
	const char *detail;
} corpus_source_doc;

typedef struct corpus_source_sink {
	void *ctx;
	/* 0 to go on, -1 to stop reading */
	int (*emit)(void *ctx, const corpus_source_doc *d);
	void (*input_done)(void *ctx);
} corpus_source_sink;

typedef struct corpus_source_opts {
	size_t max_doc_bytes;
	const char *out_dir;       /* for fetched manifests (DIR/raw) */
	int no_raw;
} corpus_source_opts;

/* Returns 0, or -1 when the sink asked to stop. */
int corpus_source_read(const char *input, const corpus_source_opts *o, const corpus_source_sink *s);

#endif
