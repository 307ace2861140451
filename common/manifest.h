/*
 * manifest: the user's list of URLs, and URL normalisation.
 *
 * Formats (see manifests/README.md):
 *   txt    one URL per line; blank lines and lines starting with '#' are
 *          skipped; surrounding whitespace is trimmed
 *   csv    RFC 4180 (quoted fields, "" escapes, CRLF or LF, quoted fields
 *          may span lines), a header row naming a `url` column (any case)
 *   tsv    tab-separated, a header row naming a `url` column; no quoting
 *   jsonl  one JSON object per line with a string `url` field; blank and
 *          '#' lines skipped
 *   json   a single JSON array of such objects (or of URL strings)
 * Format detection: MANIFEST_AUTO picks by extension (.txt .csv .tsv .jsonl
 * .ndjson .json, also under .gz) and otherwise sniffs the first
 * non-comment line. Gzip input is recognised by its magic bytes.
 *
 * Every column/field other than `url` travels as metadata: each entry
 * carries it as a ready-made compact JSON object (CSV/TSV values as
 * strings, JSON values with their own types), ready for json_raw().
 *
 * Bad lines (invalid URL, missing url, bad JSON, unterminated quote...) are
 * reported through the error callback with their line number and reading
 * goes on; only an unreadable file or a header without a `url` column stops
 * the read.
 */
#ifndef PITH_MANIFEST_H
#define PITH_MANIFEST_H

#include <stddef.h>

#include "common/buf.h"

/* ---- URLs ---------------------------------------------------------------- */

/* Validate and normalise an absolute http(s) URL into out (replacing its
 * contents): surrounding whitespace trimmed; scheme and host lowercased;
 * default ports dropped (:80 http, :443 https); fragment dropped; empty
 * path becomes "/"; bytes >= 0x80 in path/query percent-encoded. Rejected,
 * with a reason in err: other schemes, a missing host, spaces or control
 * characters, a bad port, bad characters in the host.
 * Returns 0, or -1 (out is then empty). */
int url_normalize(const char *in, buf *out, char *err, size_t errlen);

/* The host of a normalised URL (without port or userinfo) into out.
 * Returns 0, or -1 if url has no recognisable host. */
int url_host(const char *url, buf *out);

/* ---- manifests ----------------------------------------------------------- */

typedef enum manifest_format {
	MANIFEST_AUTO = 0,
	MANIFEST_TXT,
	MANIFEST_CSV,
	MANIFEST_TSV,
	MANIFEST_JSONL,
	MANIFEST_JSON
} manifest_format;

const char *manifest_format_name(manifest_format f);  /* "txt", "csv", ... */
/* "txt"/"csv"/"tsv"/"jsonl"/"json"/"auto" -> format; -1 if unknown */
int manifest_format_parse(const char *name);

typedef struct manifest_entry {
	const char *url;      /* normalised (url_normalize) */
	const char *raw_url;  /* as written in the manifest (trimmed) */
	const char *meta;     /* compact JSON object, "{}" when there is none */
	size_t meta_len;
	size_t line;          /* 1-based line of the entry (json: element index + 1) */
} manifest_entry;

/* Called per valid entry; the strings live until the callback returns.
 * Return 0 to go on, non-zero to stop reading (manifest_read then
 * returns that value). */
typedef int (*manifest_entry_fn)(void *ctx, const manifest_entry *e);
/* Called per invalid line; may be NULL. */
typedef void (*manifest_error_fn)(void *ctx, const char *name, size_t line, const char *reason);

/* read flags */
#define MANIFEST_DEDUP 1   /* skip entries whose normalised URL was seen before */

typedef struct manifest_stats {
	size_t lines;        /* physical lines read */
	size_t entries;      /* entries passed to on_entry */
	size_t invalid;      /* lines reported to on_error */
	size_t duplicates;   /* skipped by MANIFEST_DEDUP */
	manifest_format format;  /* the format used (after detection) */
} manifest_stats;

/* Stream a manifest file ("-" = stdin; gzip recognised by magic). Memory
 * stays bounded by the longest record (plus the URL set with DEDUP), except
 * for the json format, which is read whole. stats may be NULL.
 * Returns 0 at the end, a callback's non-zero value if it stopped, or -1
 * with a message in err (unreadable file, no `url` column, ...). */
int manifest_read(const char *path, manifest_format fmt, int flags,
		manifest_entry_fn on_entry, manifest_error_fn on_error, void *ctx,
		manifest_stats *stats, char *err, size_t errlen);

/* The same over an in-memory text; name is used for extension-based
 * detection and in messages (may be NULL). */
int manifest_parse(const char *data, size_t len, const char *name, manifest_format fmt,
		int flags, manifest_entry_fn on_entry, manifest_error_fn on_error,
		void *ctx, manifest_stats *stats, char *err, size_t errlen);

/* Convenience: collect a whole manifest (plus its errors) into memory. */
typedef struct manifest_item {
	char *url;        /* normalised */
	char *meta;       /* JSON object text */
	size_t line;
} manifest_item;

typedef struct manifest_error {
	size_t line;
	char *reason;
} manifest_error;

typedef struct manifest_list {
	manifest_item *items;
	size_t n, cap;
	manifest_error *errors;
	size_t nerr, errcap;
	manifest_stats stats;
} manifest_list;

/* Load path into list (zero it first, or reuse: entries are appended).
 * Returns 0, or -1 with err (list keeps what was read). */
int manifest_load(const char *path, manifest_format fmt, int flags,
		manifest_list *list, char *err, size_t errlen);
void manifest_list_free(manifest_list *list);

/* A set of strings (normalised URLs) for deduplication; not thread-safe,
 * one per owner. */
typedef struct url_set url_set;
url_set *url_set_new(void);
/* 1 if s was added, 0 if it was already present */
int url_set_add(url_set *s, const char *url);
int url_set_has(const url_set *s, const char *url);
size_t url_set_count(const url_set *s);
void url_set_free(url_set *s);

#endif
