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

/* ---- url_normalize ---- */

static void norm_ok(const char *in, const char *want)
{
	buf b = BUF_INIT;
	buf_init(&b);
	char err[160];
	cr_assert_eq(url_normalize(in, &b, err, sizeof err), 0, "rejected %s: %s", in, err);
	cr_assert_str_eq(b.data, want, "%s -> %s, want %s", in, b.data, want);
	buf_free(&b);
}

static void norm_bad(const char *in, const char *why)
{
	buf b = BUF_INIT;
	buf_init(&b);
	char err[160] = "";
	cr_assert_eq(url_normalize(in, &b, err, sizeof err), -1, "accepted %s as %s", in, b.data);
	cr_assert(strstr(err, why) != NULL, "%s: error '%s' lacks '%s'", in, err, why);
	cr_assert_eq(b.len, 0);
	buf_free(&b);
}

Test(manifest, url_normalize_rules)
{
	norm_ok("HTTP://Example.COM:80/a#top", "http://example.com/a");
	norm_ok("https://EXAMPLE.com:443", "https://example.com/");
	norm_ok("http://example.com:443/", "http://example.com:443/");
	norm_ok("https://example.com:80", "https://example.com:80/");
	norm_ok("  http://example.com?q=A#f  ", "http://example.com/?q=A");
	norm_ok("http://example.com:/x", "http://example.com/x");
	norm_ok("http://User:Pw@Host.example:8080/P/Q?R", "http://User:Pw@host.example:8080/P/Q?R");
	norm_ok("http://[::1]:80/x", "http://[::1]/x");
	norm_ok("http://[2001:DB8::1]:8080", "http://[2001:db8::1]:8080/");
	norm_ok("http://127.0.0.2:8080/robots.txt", "http://127.0.0.2:8080/robots.txt");
	norm_ok("http://example.com/caf\xc3\xa9?q=\xc3\xa9", "http://example.com/caf%C3%A9?q=%C3%A9");
	norm_ok("http://example.com/#", "http://example.com/");

	norm_bad("ftp://example.com/", "unsupported scheme 'ftp'");
	norm_bad("file:///etc/passwd", "unsupported scheme 'file'");
	norm_bad("javascript:alert(1)", "unsupported scheme");
	norm_bad("example.com/path", "no scheme");
	norm_bad("/relative", "no scheme");
	norm_bad("http:/example.com", "missing host");
	norm_bad("http:///path", "missing host");
	norm_bad("http://:80/", "missing host");
	norm_bad("http://user@/x", "missing host");
	norm_bad("http://exa mple.com/", "space");
	norm_bad("http://example.com/a b", "space");
	norm_bad("http://example.com/\x01", "control");
	norm_bad("http://example.com/\x7f", "control");
	norm_bad("http://example.com:0/", "bad port");
	norm_bad("http://example.com:65536/", "bad port");
	norm_bad("http://example.com:8o/", "bad port");
	norm_bad("http://exa<mple.com/", "bad character");
	norm_bad("http://[::1/", "IPv6");
	norm_bad("", "empty");
	norm_bad("   ", "empty");

	buf h = BUF_INIT;
	buf_init(&h);
	cr_assert_eq(url_host("http://u:p@host.example:8080/x", &h), 0);
	cr_assert_str_eq(h.data, "host.example");
	cr_assert_eq(url_host("http://[::1]:80/", &h), 0);
	cr_assert_str_eq(h.data, "[::1]");
	cr_assert_eq(url_host("https://a.example?q", &h), 0);
	cr_assert_str_eq(h.data, "a.example");
	cr_assert_eq(url_host("nonsense", &h), -1);
	buf_free(&h);
}

Test(manifest, url_set_dedups)
{
	url_set *s = url_set_new();
	char u[64];
	for (int i = 0; i < 5000; i++) {
		snprintf(u, sizeof u, "http://h%d.example/%d", i % 97, i);
		cr_assert_eq(url_set_add(s, u), 1);
	}
	for (int i = 0; i < 5000; i += 7) {
		snprintf(u, sizeof u, "http://h%d.example/%d", i % 97, i);
		cr_assert_eq(url_set_add(s, u), 0);
		cr_assert(url_set_has(s, u));
	}
	cr_assert_not(url_set_has(s, "http://h1.example/x"));
	cr_assert_eq(url_set_count(s), 5000);
	url_set_free(s);
}

/* ---- manifests ---- */

#define FIX "tests/fixtures/manifest/"

static void load(const char *path, int flags, manifest_list *l)
{
	char err[256];
	memset(l, 0, sizeof(*l));
	cr_assert_eq(manifest_load(path, MANIFEST_AUTO, flags, l, err, sizeof err), 0, "%s: %s", path, err);
}

static int has_error(const manifest_list *l, size_t line, const char *what)
{
	for (size_t i = 0; i < l->nerr; i++)
		if (l->errors[i].line == line && strstr(l->errors[i].reason, what))
			return 1;
	return 0;
}

Test(manifest, txt_with_comments_invalid_and_duplicates)
{
	manifest_list l;
	load(FIX "urls.txt", MANIFEST_DEDUP, &l);
	cr_assert_eq(l.stats.format, MANIFEST_TXT);
	cr_assert_eq(l.n, 4, "got %zu entries", l.n);
	cr_assert_str_eq(l.items[0].url, "http://example.com/a");
	cr_assert_eq(l.items[0].line, 2);
	cr_assert_str_eq(l.items[1].url, "https://example.com/");
	cr_assert_str_eq(l.items[2].url, "https://example.com/b?x=1");
	cr_assert_eq(l.items[2].line, 5);
	cr_assert_str_eq(l.items[3].url, "https://example.org:8443/caf%C3%A9");
	cr_assert_str_eq(l.items[0].meta, "{}");
	cr_assert_eq(l.stats.duplicates, 1);
	cr_assert_eq(l.nerr, 3);
	cr_assert(has_error(&l, 8, "unsupported scheme 'ftp'"));
	cr_assert(has_error(&l, 9, "missing host"));
	cr_assert(has_error(&l, 10, "space"));
	manifest_list_free(&l);

	/* without DEDUP the duplicate is passed on */
	load(FIX "urls.txt", 0, &l);
	cr_assert_eq(l.n, 5);
	cr_assert_str_eq(l.items[3].url, "http://example.com/a");
	cr_assert_eq(l.items[3].line, 7);
	manifest_list_free(&l);
}

Test(manifest, csv_quoting_and_metadata)
{
	manifest_list l;
	load(FIX "urls.csv", MANIFEST_DEDUP, &l);
	cr_assert_eq(l.stats.format, MANIFEST_CSV);
	cr_assert_eq(l.n, 2, "got %zu", l.n);
	cr_assert_str_eq(l.items[0].url, "http://a.example/1");
	cr_assert_str_eq(l.items[0].meta, "{\"id\":\"1\",\"title\":\"Hello, world\",\"note\":\"said \\\"hi\\\"\"}");
	cr_assert_str_eq(l.items[1].url, "https://b.example/2");
	cr_assert_str_eq(l.items[1].meta, "{\"id\":\"2\",\"title\":\"Plain\",\"note\":\"multi\\nline note\"}");
	cr_assert_eq(l.items[1].line, 3);
	cr_assert(has_error(&l, 5, "empty url"));
	cr_assert(has_error(&l, 6, "unsupported scheme 'mailto'"));
	cr_assert(has_error(&l, 9, "missing url column"));
	cr_assert_eq(l.nerr, 3);
	cr_assert_eq(l.stats.duplicates, 1); /* line 8: #frag of line 2 */
	manifest_list_free(&l);

	/* the same bytes without an extension are sniffed as CSV */
	load(FIX "noext_csv", 0, &l);
	cr_assert_eq(l.stats.format, MANIFEST_CSV);
	cr_assert_eq(l.n, 3);
	manifest_list_free(&l);

	/* a header without a url column stops the read */
	char err[256];
	memset(&l, 0, sizeof l);
	cr_assert_eq(manifest_load(FIX "nourl.csv", MANIFEST_AUTO, 0, &l, err, sizeof err), -1);
	cr_assert(strstr(err, "no 'url' column") != NULL, "%s", err);
	manifest_list_free(&l);
}

Test(manifest, csv_unterminated_quote_is_reported)
{
	const char *t = "url,title\nhttp://a.example/,\"ok\"\nhttp://b.example/,\"never closed\nhttp://c.example/,x\n";
	manifest_list l;
	memset(&l, 0, sizeof l);
	manifest_stats st;
	char err[200];
	cr_assert_eq(manifest_parse(t, strlen(t), "x.csv", MANIFEST_AUTO, 0, NULL, NULL, NULL, &st, err, sizeof err), 0);
	cr_assert_eq(st.entries, 1);
	cr_assert_eq(st.invalid, 1);
	/* a stray quote inside an unquoted field does not open a quoted field */
	const char *t2 = "url,title\nhttp://a.example/,5\" screen\nhttp://b.example/,x\n";
	cr_assert_eq(manifest_parse(t2, strlen(t2), "x.csv", MANIFEST_AUTO, 0, NULL, NULL, NULL, &st, err, sizeof err), 0);
	cr_assert_eq(st.entries, 2);
	cr_assert_eq(st.invalid, 0);
}

Test(manifest, tsv_with_metadata)
{
	manifest_list l;
	load(FIX "urls.tsv", 0, &l);
	cr_assert_eq(l.stats.format, MANIFEST_TSV);
	cr_assert_eq(l.n, 2);
	cr_assert_str_eq(l.items[0].meta, "{\"lang\":\"en\",\"section\":\"world\"}");
	cr_assert_str_eq(l.items[1].meta, "{\"lang\":\"de\",\"section\":\"\\\"quoted\\\" stays\"}");
	cr_assert(has_error(&l, 5, "space in URL"));
	cr_assert_eq(l.nerr, 1);
	manifest_list_free(&l);
}

Test(manifest, jsonl_keeps_typed_metadata)
{
	manifest_list l;
	load(FIX "urls.jsonl", 0, &l);
	cr_assert_eq(l.stats.format, MANIFEST_JSONL);
	cr_assert_eq(l.n, 3, "got %zu", l.n);
	cr_assert_str_eq(l.items[0].url, "http://a.example/j1");
	cr_assert_str_eq(l.items[0].meta, "{\"lang\":\"en\",\"tags\":[\"x\",\"y\"],\"n\":3,\"ok\":true}");
	cr_assert_str_eq(l.items[1].meta, "{}");
	cr_assert_str_eq(l.items[2].url, "http://a.example/j3");
	cr_assert_eq(l.items[2].line, 10);
	cr_assert_str_eq(l.items[2].meta,
			 "{\"title\":\"caf\xc3\xa9 \xf0\x9f\x98\x80\",\"nested\":{\"a\":[1,{\"b\":null}]}}");
	cr_assert(has_error(&l, 5, "no \"url\" field"));
	cr_assert(has_error(&l, 6, "not a string"));
	cr_assert(has_error(&l, 7, "invalid JSON"));
	cr_assert(has_error(&l, 8, "not a JSON object"));
	cr_assert(has_error(&l, 9, "unsupported scheme 'javascript'"));
	cr_assert_eq(l.nerr, 5);
	/* every meta is itself valid JSON */
	for (size_t i = 0; i < l.n; i++) {
		jsonr_doc d;
		char err[200];
		cr_assert_eq(jsonr_parse(&d, l.items[i].meta, strlen(l.items[i].meta), 0, err, sizeof err), 0);
		jsonr_free(&d);
	}
	manifest_list_free(&l);

	load(FIX "noext_jsonl", 0, &l);
	cr_assert_eq(l.stats.format, MANIFEST_JSONL);
	cr_assert_eq(l.n, 3);
	manifest_list_free(&l);
}

Test(manifest, json_array_and_gzip)
{
	manifest_list l;
	load(FIX "urls.json", 0, &l);
	cr_assert_eq(l.stats.format, MANIFEST_JSON);
	cr_assert_eq(l.n, 3);
	cr_assert_str_eq(l.items[0].meta, "{\"source\":\"feed\"}");
	cr_assert_str_eq(l.items[1].url, "https://a.example/p2");
	cr_assert_eq(l.items[2].line, 5);
	cr_assert(has_error(&l, 4, "no \"url\" field"));
	manifest_list_free(&l);

	load(FIX "urls.txt.gz", 0, &l);
	cr_assert_eq(l.stats.format, MANIFEST_TXT);
	cr_assert_eq(l.n, 2);
	cr_assert_str_eq(l.items[1].url, "https://a.example/gz2");
	manifest_list_free(&l);

	char err[256];
	memset(&l, 0, sizeof l);
	cr_assert_eq(manifest_load(FIX "does-not-exist.txt", MANIFEST_AUTO, 0, &l, err, sizeof err), -1);
	cr_assert(strstr(err, "does-not-exist.txt") != NULL, "%s", err);
}

static int stop_after_two(void *ctx, const manifest_entry *e)
{
	(void)e;
	int *n = ctx;
	return ++*n == 2 ? 7 : 0;
}

Test(manifest, callback_can_stop_and_format_forced)
{
	const char *t = "http://a.example/1\nhttp://a.example/2\nhttp://a.example/3\n";
	int n = 0;
	char err[100];
	cr_assert_eq(manifest_parse(t, strlen(t), NULL, MANIFEST_TXT, 0, stop_after_two, NULL, &n, NULL,
				    err, sizeof err), 7);
	cr_assert_eq(n, 2);
	cr_assert_eq(manifest_format_parse("jsonl"), MANIFEST_JSONL);
	cr_assert_eq(manifest_format_parse("bogus"), -1);
	cr_assert_str_eq(manifest_format_name(MANIFEST_TSV), "tsv");
	/* a one-column file whose header is "url" is CSV, not a URL named "url" */
	const char *h = "URL\nhttp://a.example/x\n";
	manifest_stats st;
	cr_assert_eq(manifest_parse(h, strlen(h), NULL, MANIFEST_AUTO, 0, NULL, NULL, NULL, &st, err, sizeof err), 0);
	cr_assert_eq(st.format, MANIFEST_CSV);
	cr_assert_eq(st.entries, 1);
	cr_assert_eq(st.invalid, 0);
	/* binary garbage: reported line by line, never a crash */
	char junk[4096];
	unsigned x = 7;
	for (size_t i = 0; i < sizeof junk; i++) {
		x = x * 1103515245u + 12345u;
		junk[i] = (char)(x >> 16);
	}
	for (int f = MANIFEST_AUTO; f <= MANIFEST_JSON; f++)
		manifest_parse(junk, sizeof junk, NULL, (manifest_format)f, MANIFEST_DEDUP, NULL, NULL, NULL, &st,
			       err, sizeof err);
}

Test(manifest, shipped_examples_load)
{
	static const char *ex[] = { "manifests/example.txt", "manifests/example.csv", "manifests/example.tsv",
				    "manifests/example.jsonl", "manifests/example.json" };
	static const size_t want[] = { 2, 2, 2, 2, 3 };
	for (size_t i = 0; i < 5; i++) {
		manifest_list l;
		load(ex[i], MANIFEST_DEDUP, &l);
		cr_assert_eq(l.n, want[i], "%s: %zu entries", ex[i], l.n);
		cr_assert_eq(l.nerr, 0, "%s: %s", ex[i], l.nerr ? l.errors[0].reason : "");
		manifest_list_free(&l);
	}
}
