/*
 * Tests for common/jsonr (JSON reader) and common/manifest (URL lists and
 * URL normalisation). Suite "manifest".
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/json.h"
#include "common/jsonr.h"
#include "common/manifest.h"
#include "common/utf8.h"

/* ---- jsonr ---- */

Test(manifest, jsonr_parses_nested_values)
{
	const char *t = " {\"a\": [1, -2.5e3, true, false, null], \"s\": \"x\\\"y\\n\", "
			"\"o\": {\"k\": {}}, \"e\": []} ";
	jsonr_doc d;
	char err[200];
	cr_assert_eq(jsonr_parse(&d, t, strlen(t), 0, err, sizeof err), 0, "%s", err);
	const jsonr_node *r = jsonr_root(&d);
	cr_assert_eq(jsonr_typeof(r), JSONR_OBJECT);
	cr_assert_eq(r->count, 4);
	const jsonr_node *a = jsonr_get(&d, r, "a");
	cr_assert_eq(a->count, 5);
	long long v;
	cr_assert_eq(jsonr_int(&d, jsonr_at(&d, a, 0), &v), 0);
	cr_assert_eq(v, 1);
	cr_assert_float_eq(jsonr_num(jsonr_at(&d, a, 1)), -2500.0, 1e-9);
	cr_assert_eq(jsonr_int(&d, jsonr_at(&d, a, 1), &v), 0);
	cr_assert_eq(v, -2500);
	cr_assert_eq(jsonr_bool(jsonr_at(&d, a, 2)), 1);
	cr_assert_eq(jsonr_bool(jsonr_at(&d, a, 3)), 0);
	cr_assert_eq(jsonr_typeof(jsonr_at(&d, a, 4)), JSONR_NULL);
	cr_assert_null(jsonr_at(&d, a, 5));
	cr_assert_str_eq(jsonr_str(&d, jsonr_get(&d, r, "s"), NULL), "x\"y\n");
	cr_assert_eq(jsonr_typeof(jsonr_get(&d, jsonr_get(&d, r, "o"), "k")), JSONR_OBJECT);
	cr_assert_eq(jsonr_get(&d, r, "e")->count, 0);
	cr_assert_null(jsonr_get(&d, r, "missing"));
	cr_assert_null(jsonr_get(&d, jsonr_get(&d, r, "missing"), "x")); /* NULL-safe chains */
	cr_assert_str_eq(jsonr_key(&d, jsonr_get(&d, r, "o")), "o");

	buf b = BUF_INIT;
	buf_init(&b);
	json_writer w;
	json_init(&w, &b);
	jsonr_emit(&d, r, &w);
	cr_assert_str_eq(b.data, "{\"a\":[1,-2.5e3,true,false,null],\"s\":\"x\\\"y\\n\",\"o\":{\"k\":{}},\"e\":[]}");
	buf_free(&b);
	jsonr_free(&d);
}

Test(manifest, jsonr_escapes_and_surrogates)
{
	const char *t = "[\"\\u00e9\\u20AC\\ud83d\\ude00\", \"\\ud83d x\", \"\\ude00\", \"a\\u0000b\", "
			"\"\\/\\b\\f\\r\\t\", \"caf\xc3\xa9\"]";
	jsonr_doc d;
	char err[200];
	cr_assert_eq(jsonr_parse(&d, t, strlen(t), 0, err, sizeof err), 0, "%s", err);
	const jsonr_node *r = jsonr_root(&d);
	cr_assert_str_eq(jsonr_str(&d, jsonr_at(&d, r, 0), NULL), "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
	cr_assert_str_eq(jsonr_str(&d, jsonr_at(&d, r, 1), NULL), "\xef\xbf\xbd x"); /* lone high */
	cr_assert_str_eq(jsonr_str(&d, jsonr_at(&d, r, 2), NULL), "\xef\xbf\xbd"); /* lone low */
	size_t len;
	const char *s = jsonr_str(&d, jsonr_at(&d, r, 3), &len);
	cr_assert_eq(len, 3);
	cr_assert_eq(memcmp(s, "a\0b", 3), 0);
	cr_assert_str_eq(jsonr_str(&d, jsonr_at(&d, r, 4), NULL), "/\b\f\r\t");
	cr_assert_str_eq(jsonr_str(&d, jsonr_at(&d, r, 5), NULL), "caf\xc3\xa9");
	jsonr_free(&d);
}

Test(manifest, jsonr_rejects_hostile_input)
{
	static const char *bad[] = {
		"", "   ", "{", "[", "[1,", "[1,]", "{\"a\"}", "{\"a\":}", "{a:1}", "{\"a\":1,}",
		"\"abc", "\"a\\", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "tru", "nul", "falsey",
		"01", "-", "1.", "1e", "1e+", ".5", "+1", "[1 2]", "{\"a\":1 \"b\":2}",
		"\"tab\there\"", "1 2", "[]]", "\xff", "\"\xc3\x28\"", "\"\xed\xa0\x80\"",
		"{\"a\":[{\"b\":[}]}",
	};
	char err[200];
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		jsonr_doc d;
		err[0] = 0;
		cr_assert_eq(jsonr_parse(&d, bad[i], strlen(bad[i]), 0, err, sizeof err), -1,
			     "accepted bad JSON #%zu: %s", i, bad[i]);
		cr_assert(strstr(err, "JSON error at byte") != NULL, "%s", err);
		cr_assert_null(jsonr_root(&d));
		jsonr_free(&d);
	}
	/* invalid raw UTF-8 is repaired in lenient mode */
	jsonr_doc d;
	cr_assert_eq(jsonr_parse(&d, "\"a\xc3\x28\"", 5, JSONR_LENIENT_UTF8, err, sizeof err), 0);
	cr_assert_str_eq(jsonr_str(&d, jsonr_root(&d), NULL), "a\xef\xbf\xbd(");
	jsonr_free(&d);
	/* trailing data allowed on request, and end says where the value stopped */
	cr_assert_eq(jsonr_parse(&d, "{} {}", 5, JSONR_ALLOW_TRAILING, err, sizeof err), 0);
	cr_assert_eq(d.end, 3);
	jsonr_free(&d);
	/* not NUL-terminated: the parser must stop at len */
	cr_assert_eq(jsonr_parse(&d, "[1,2]999", 5, 0, err, sizeof err), 0);
	cr_assert_eq(jsonr_root(&d)->count, 2);
	jsonr_free(&d);
}

Test(manifest, jsonr_depth_limit_and_fuzz)
{
	char err[200];
	/* 100 000 nested arrays: rejected by the depth limit, no stack overflow */
	size_t n = 100000;
	char *deep = malloc(2 * n);
	memset(deep, '[', n);
	memset(deep + n, ']', n);
	jsonr_doc d;
	cr_assert_eq(jsonr_parse(&d, deep, 2 * n, 0, err, sizeof err), -1);
	cr_assert(strstr(err, "too deep") != NULL, "%s", err);
	jsonr_free(&d);
	/* exactly at the limit is fine */
	cr_assert_eq(jsonr_parse(&d, deep + n - JSONR_MAX_DEPTH, 2 * JSONR_MAX_DEPTH, 0, err, sizeof err), 0, "%s", err);
	jsonr_free(&d);
	free(deep);

	/* random mutations of a valid document: must never crash, and the
	 * result must be either an error or a tree whose strings are UTF-8 */
	const char *seed = "{\"url\":\"http://x/\\u00e9\",\"n\":[1,2.5,-3e2,{\"k\":null}],\"b\":true}";
	size_t sl = strlen(seed);
	char m[128];
	unsigned x = 12345;
	for (int it = 0; it < 20000; it++) {
		memcpy(m, seed, sl);
		int edits = 1 + it % 4;
		for (int e = 0; e < edits; e++) {
			x = x * 1103515245u + 12345u;
			size_t pos = (x >> 8) % sl;
			x = x * 1103515245u + 12345u;
			m[pos] = (char)(x >> 16);
		}
		size_t len = sl - (it % 7 == 0 ? (x >> 4) % sl : 0);
		if (jsonr_parse(&d, m, len, 0, err, sizeof err) == 0) {
			for (size_t i = 0; i < d.n; i++)
				if (d.nodes[i].type == JSONR_STRING)
					cr_assert(utf8_valid(d.pool.data + d.nodes[i].str_off, d.nodes[i].str_len));
		}
		jsonr_free(&d);
	}
}
