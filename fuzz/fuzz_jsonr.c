/*
 * fuzz_jsonr: bytes into the JSON reader. The first byte picks the flags
 * (lenient UTF-8, trailing data allowed). A parsed document is walked
 * through every accessor and re-serialised with jsonr_emit; that output
 * must parse again (strict) to the same shape, and must be valid UTF-8.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/json.h"
#include "common/jsonr.h"
#include "common/utf8.h"

static size_t walk(const jsonr_doc *d, const jsonr_node *n, int depth)
{
	size_t count = 1;
	if (depth > JSONR_MAX_DEPTH + 1)
		abort();   /* deeper than the reader promises */
	size_t len = 0;
	(void)jsonr_str(d, n, &len);
	(void)jsonr_num(n);
	long long v;
	(void)jsonr_int(d, n, &v);
	(void)jsonr_bool(n);
	(void)jsonr_key(d, n);
	size_t i = 0;
	for (const jsonr_node *c = jsonr_first(d, n); c; c = jsonr_next(d, c), i++) {
		if (jsonr_at(d, n, i) != c)
			abort();
		const char *k = jsonr_key(d, c);
		/* a key holding "\u0000" cannot be looked up by a C string */
		if (jsonr_typeof(n) == JSONR_OBJECT &&
		    (!k || (strlen(k) == c->key_len && !jsonr_get(d, n, k))))
			abort();
		count += walk(d, c, depth + 1);
	}
	if ((jsonr_typeof(n) == JSONR_ARRAY || jsonr_typeof(n) == JSONR_OBJECT) && i != n->count)
		abort();
	return count;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int flags = 0;
	if (size > 0) {
		flags = data[0] & (JSONR_LENIENT_UTF8 | JSONR_ALLOW_TRAILING);
		data++;
		size--;
	}
	char err[256];
	jsonr_doc d;
	if (jsonr_parse(&d, (const char *)data, size, flags, err, sizeof err) == 0) {
		size_t nodes = walk(&d, jsonr_root(&d), 0);
		buf out = BUF_INIT;
		json_writer w;
		json_init(&w, &out);
		jsonr_emit(&d, jsonr_root(&d), &w);
		if (!utf8_valid(out.data, out.len))
			abort();
		jsonr_doc d2;
		if (jsonr_parse(&d2, out.data, out.len, 0, err, sizeof err) != 0)
			abort();   /* our own output does not read back */
		if (walk(&d2, jsonr_root(&d2), 0) != nodes)
			abort();
		jsonr_free(&d2);
		buf_free(&out);
	}
	jsonr_free(&d);
	return 0;
}
