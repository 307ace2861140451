/*
 * json: a small streaming JSON writer over buf. The writer tracks whether a
 * comma is needed at each nesting level, so callers just emit keys and
 * values in order. Strings are escaped per RFC 8259; invalid UTF-8 in input
 * is repaired to U+FFFD so the output always parses.
 */
#ifndef PITH_JSON_H
#define PITH_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"

#define JSON_MAX_DEPTH 32

typedef struct json_writer {
	buf *out;
	int depth;
	unsigned char need_comma[JSON_MAX_DEPTH];
	int after_key;
} json_writer;

void json_init(json_writer *w, buf *out);
void json_obj_begin(json_writer *w);
void json_obj_end(json_writer *w);
void json_arr_begin(json_writer *w);
void json_arr_end(json_writer *w);
void json_key(json_writer *w, const char *key);
void json_str(json_writer *w, const char *s);            /* NULL writes null */
void json_strn(json_writer *w, const char *s, size_t n);
void json_int(json_writer *w, long long v);
void json_uint(json_writer *w, unsigned long long v);
void json_double(json_writer *w, double v);
void json_bool(json_writer *w, int v);
void json_null(json_writer *w);
/* splice pre-serialised JSON text as one value */
void json_raw(json_writer *w, const char *s, size_t n);

/* key + value shorthands */
void json_kv_str(json_writer *w, const char *key, const char *s);
void json_kv_int(json_writer *w, const char *key, long long v);

/* Append s escaped as a JSON string literal (with quotes). */
void json_escape(buf *out, const char *s, size_t n);

#endif
