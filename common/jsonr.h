/*
 * jsonr: a small, defensive JSON reader (RFC 8259), the counterpart of the
 * json.h writer. One call parses one complete value into a flat array of
 * nodes; children are linked by index, so the whole tree is two allocations
 * (nodes + a string pool) and is freed in one go.
 *
 * It never crashes on bad input: nesting is limited to JSONR_MAX_DEPTH,
 * every read is bounds-checked against len (the text need not be
 * NUL-terminated), and errors come back as a message naming the byte
 * offset. Strings are decoded (all escapes, surrogate pairs joined; a lone
 * surrogate becomes U+FFFD) into NUL-terminated UTF-8; "\u0000" is kept, so
 * use the length when it matters. Raw (unescaped) invalid UTF-8 inside a
 * string is an error unless JSONR_LENIENT_UTF8 is given, which repairs it to
 * U+FFFD.
 *
 * Typical use (one JSONL line):
 *
 *	jsonr_doc d;
 *	if (jsonr_parse(&d, line, len, 0, err, sizeof err) == 0) {
 *		const char *url = jsonr_str(&d, jsonr_get(&d, jsonr_root(&d), "url"));
 *		...
 *	}
 *	jsonr_free(&d);   (always, also after an error)
 */
#ifndef PITH_JSONR_H
#define PITH_JSONR_H

#include <stddef.h>

#include "common/buf.h"
#include "common/json.h"

#define JSONR_MAX_DEPTH 64

typedef enum jsonr_type {
	JSONR_NULL,
	JSONR_FALSE,
	JSONR_TRUE,
	JSONR_NUMBER,
	JSONR_STRING,
	JSONR_ARRAY,
	JSONR_OBJECT
} jsonr_type;

/* parse flags */
#define JSONR_LENIENT_UTF8 1   /* repair invalid UTF-8 in strings instead of failing */
#define JSONR_ALLOW_TRAILING 2 /* stop after the first value; the rest is ignored (see end) */

/* A node; treat as read-only and prefer the accessors below. Indices are
 * into doc->nodes; -1 means none. */
typedef struct jsonr_node {
	jsonr_type type;
	int parent;
	int first_child;    /* arrays/objects: first element or member, -1 if empty */
	int next;           /* next sibling within the parent, -1 at the end */
	size_t count;       /* arrays/objects: number of elements/members */
	size_t key_off;     /* object members: key in the pool (NUL-terminated) */
	size_t key_len;
	size_t str_off;     /* strings: decoded value; numbers: source text */
	size_t str_len;
	double num;         /* numbers */
	size_t src_start;   /* byte span of the value in the source text */
	size_t src_end;
} jsonr_node;

typedef struct jsonr_doc {
	jsonr_node *nodes;
	size_t n, cap;
	buf pool;           /* decoded strings and keys, NUL-separated */
	size_t end;         /* offset just past the parsed value (+ trailing space) */
} jsonr_doc;

/* Parse one JSON value from text[0..len). Leading/trailing whitespace is
 * allowed; anything else after the value is an error unless
 * JSONR_ALLOW_TRAILING. Returns 0, or -1 with a message in err naming the
 * byte offset. doc is always initialised: call jsonr_free either way. */
int jsonr_parse(jsonr_doc *doc, const char *text, size_t len, int flags,
		char *err, size_t errlen);
void jsonr_free(jsonr_doc *doc);

/* Navigation. Every accessor accepts NULL and returns NULL/0 for it, so
 * chains like jsonr_get(d, jsonr_get(d, root, "a"), "b") are safe. */
const jsonr_node *jsonr_root(const jsonr_doc *doc);
/* member of an object by key (the first if the key repeats), or NULL */
const jsonr_node *jsonr_get(const jsonr_doc *doc, const jsonr_node *obj, const char *key);
/* element i of an array (or member i of an object), or NULL */
const jsonr_node *jsonr_at(const jsonr_doc *doc, const jsonr_node *n, size_t i);
/* iteration: first child of an array/object, then next sibling */
const jsonr_node *jsonr_first(const jsonr_doc *doc, const jsonr_node *n);
const jsonr_node *jsonr_next(const jsonr_doc *doc, const jsonr_node *n);
/* the key of an object member (NULL for array elements / the root) */
const char *jsonr_key(const jsonr_doc *doc, const jsonr_node *n);

/* Values. jsonr_str: the decoded string if n is a string, else NULL
 * (len, if given, receives its length). jsonr_num: the number, or 0.
 * jsonr_int: 0 and *out set if n is a number that is an exact integer in
 * long long range, else -1. jsonr_bool: 1 for true, 0 for false, -1 otherwise. */
const char *jsonr_str(const jsonr_doc *doc, const jsonr_node *n, size_t *len);
double jsonr_num(const jsonr_node *n);
int jsonr_int(const jsonr_doc *doc, const jsonr_node *n, long long *out);
int jsonr_bool(const jsonr_node *n);
jsonr_type jsonr_typeof(const jsonr_node *n);   /* JSONR_NULL for NULL */

/* Re-serialise a node (and its subtree) through a json.h writer: compact,
 * strings re-escaped, numbers as in the source. Used to carry manifest
 * fields into document metadata. */
void jsonr_emit(const jsonr_doc *doc, const jsonr_node *n, json_writer *w);

#endif
