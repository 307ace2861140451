/*
 * stats.c: `pith corpus stats`. One streaming pass over the shards the
 * manifest names (documents, words, hosts, languages, a length histogram)
 * plus the duplicate and reject counts the manifest already holds. Hosts
 * and languages are counted in a small open-addressing string table; only
 * the top N are printed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "common/json.h"
#include "common/jsonr.h"
#include "corpus/internal.h"

typedef struct counter {
	char **keys;
	uint64_t *counts;
	size_t cap, n;
} counter;

static void counter_add(counter *c, const char *k)
{
	if ((c->n + 1) * 2 > c->cap) {
		size_t ocap = c->cap;
		char **ok = c->keys;
		uint64_t *oc = c->counts;
		c->cap = c->cap ? c->cap * 2 : 256;
		c->keys = xcalloc(c->cap, sizeof(char *));
		c->counts = xcalloc(c->cap, sizeof(uint64_t));
		for (size_t i = 0; i < ocap; i++) {
			if (!ok[i])
				continue;
			size_t j = hash_xxh3(ok[i], strlen(ok[i])) & (c->cap - 1);
			while (c->keys[j])
				j = (j + 1) & (c->cap - 1);
			c->keys[j] = ok[i];
			c->counts[j] = oc[i];
		}
		free(ok);
		free(oc);
	}
	size_t j = hash_xxh3(k, strlen(k)) & (c->cap - 1);
	while (c->keys[j]) {
		if (!strcmp(c->keys[j], k)) {
			c->counts[j]++;
			return;
		}
		j = (j + 1) & (c->cap - 1);
	}
	c->keys[j] = xstrdup(k);
	c->counts[j] = 1;
	c->n++;
}

static void counter_free(counter *c)
{
	for (size_t i = 0; i < c->cap; i++)
		free(c->keys[i]);
	free(c->keys);
	free(c->counts);
}

typedef struct kv {
	const char *k;
	uint64_t v;
} kv;

static int kv_cmp(const void *a, const void *b)
{
	const kv *x = a, *y = b;
	if (x->v != y->v)
		return x->v < y->v ? 1 : -1;
	return strcmp(x->k, y->k);
}

static kv *counter_sorted(const counter *c)
{
	kv *out = xcalloc(c->n + 1, sizeof(kv));
	size_t n = 0;
	for (size_t i = 0; i < c->cap; i++)
		if (c->keys[i])
			out[n++] = (kv){ c->keys[i], c->counts[i] };
	qsort(out, n, sizeof(kv), kv_cmp);
	return out;
}

static const uint64_t bucket_lo[] = { 0, 100, 200, 500, 1000, 2000, 5000 };
#define NBUCKETS (sizeof bucket_lo / sizeof *bucket_lo)

typedef struct sctx {
	uint64_t docs, words, bad;
	uint64_t hist[NBUCKETS];
	counter hosts, langs;
} sctx;

static int on_doc(void *ctx, const char *p, size_t n)
{
	sctx *s = ctx;
	jsonr_doc d;
	char err[128];
	if (jsonr_parse(&d, p, n, JSONR_LENIENT_UTF8, err, sizeof err)) {
		s->bad++;
		jsonr_free(&d);
		return 0;
	}
	const jsonr_node *r = jsonr_root(&d);
	long long w = 0;
	jsonr_int(&d, jsonr_get(&d, r, "words"), &w);
	s->docs++;
	s->words += (uint64_t)(w > 0 ? w : 0);
	size_t b = NBUCKETS - 1;
	while (b > 0 && (uint64_t)w < bucket_lo[b])
		b--;
	s->hist[b]++;
	const char *lang = jsonr_str(&d, jsonr_get(&d, r, "lang"), NULL);
	counter_add(&s->langs, lang && *lang ? lang : "unknown");
	const char *url = jsonr_str(&d, jsonr_get(&d, r, "url"), NULL);
	char host[256];
	clean_url_host(url, host, sizeof host);
	counter_add(&s->hosts, host[0] ? host : "(no url)");
	jsonr_free(&d);
	return 0;
}

int corpus_stats(const char *dir, int json, size_t top, buf *out, char *err, size_t errlen)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/manifest.json", dir);
	buf text = BUF_INIT;
	buf_init(&text);
	if (corpus_read_file(path, &text, err, errlen)) {
		buf_free(&text);
		return -1;
	}
	jsonr_doc d;
	char jerr[256];
	if (jsonr_parse(&d, text.data, text.len, 0, jerr, sizeof jerr)) {
		snprintf(err, errlen, "%s: invalid JSON (%s)", path, jerr);
		jsonr_free(&d);
		buf_free(&text);
		return -1;
	}
	const jsonr_node *root = jsonr_root(&d);
	sctx s;
	memset(&s, 0, sizeof s);
	int rc = 0;
	size_t nshards = 0;
	for (const jsonr_node *sh = jsonr_first(&d, jsonr_get(&d, root, "shards")); sh;
	     sh = jsonr_next(&d, sh)) {
		const char *file = jsonr_str(&d, jsonr_get(&d, sh, "file"), NULL);
		if (!file)
			continue;
		nshards++;
		snprintf(path, sizeof path, "%s/%s", dir, file);
		if (corpus_gz_lines(path, on_doc, &s, NULL, err, errlen)) {
			rc = -1;
			goto done;
		}
	}
	const jsonr_node *t = jsonr_get(&d, root, "totals");
	long long seen = 0, ex = 0, nr = 0, rej = 0;
	jsonr_int(&d, jsonr_get(&d, t, "seen"), &seen);
	jsonr_int(&d, jsonr_get(&d, t, "duplicates_exact"), &ex);
	jsonr_int(&d, jsonr_get(&d, t, "duplicates_near"), &nr);
	jsonr_int(&d, jsonr_get(&d, t, "rejected"), &rej);
	const jsonr_node *byr = jsonr_get(&d, t, "rejected_by_reason");
	int complete = jsonr_bool(jsonr_get(&d, root, "complete")) == 1;
	kv *hosts = counter_sorted(&s.hosts), *langs = counter_sorted(&s.langs);
	size_t nh = s.hosts.n < top ? s.hosts.n : top, nl = s.langs.n < top ? s.langs.n : top;
	if (json) {
		json_writer jw;
		json_init(&jw, out);
		json_obj_begin(&jw);
		json_key(&jw, "complete");
		json_bool(&jw, complete);
		json_kv_int(&jw, "shards", (long long)nshards);
		json_kv_int(&jw, "documents", (long long)s.docs);
		json_kv_int(&jw, "words", (long long)s.words);
		json_kv_int(&jw, "seen", seen);
		json_kv_int(&jw, "duplicates_exact", ex);
		json_kv_int(&jw, "duplicates_near", nr);
		json_kv_int(&jw, "rejected", rej);
		json_key(&jw, "rejected_by_reason");
		if (byr)
			jsonr_emit(&d, byr, &jw);
		else
			json_raw(&jw, "{}", 2);
		json_kv_int(&jw, "hosts_total", (long long)s.hosts.n);
		json_key(&jw, "top_hosts");
		json_obj_begin(&jw);
		for (size_t i = 0; i < nh; i++)
			json_kv_int(&jw, hosts[i].k, (long long)hosts[i].v);
		json_obj_end(&jw);
		json_key(&jw, "languages");
		json_obj_begin(&jw);
		for (size_t i = 0; i < nl; i++)
			json_kv_int(&jw, langs[i].k, (long long)langs[i].v);
		json_obj_end(&jw);
		json_key(&jw, "length_histogram");
		json_arr_begin(&jw);
		for (size_t b = 0; b < NBUCKETS; b++) {
			json_obj_begin(&jw);
			json_kv_int(&jw, "min_words", (long long)bucket_lo[b]);
			if (b + 1 < NBUCKETS)
				json_kv_int(&jw, "max_words", (long long)bucket_lo[b + 1] - 1);
			json_kv_int(&jw, "documents", (long long)s.hist[b]);
			json_obj_end(&jw);
		}
		json_arr_end(&jw);
		json_obj_end(&jw);
		buf_putc(out, '\n');
	} else {
		buf_printf(out, "corpus      %s%s\n", dir, complete ? "" : "  (INCOMPLETE: resume the build)");
		buf_printf(out, "shards      %zu\n", nshards);
		buf_printf(out, "documents   %llu\n", (unsigned long long)s.docs);
		buf_printf(out, "words       %llu (%.0f per document)\n", (unsigned long long)s.words,
			   s.docs ? (double)s.words / s.docs : 0.0);
		buf_printf(out, "seen        %lld inputs: %lld exact + %lld near duplicates, %lld rejected\n",
			   seen, ex, nr, rej);
		for (const jsonr_node *r = jsonr_first(&d, byr); r; r = jsonr_next(&d, r)) {
			long long v = 0;
			jsonr_int(&d, r, &v);
			buf_printf(out, "  %-12s %lld\n", jsonr_key(&d, r), v);
		}
		buf_printf(out, "hosts       %zu (top %zu)\n", s.hosts.n, nh);
		for (size_t i = 0; i < nh; i++)
			buf_printf(out, "  %-40s %llu\n", hosts[i].k, (unsigned long long)hosts[i].v);
		buf_printf(out, "languages\n");
		for (size_t i = 0; i < nl; i++)
			buf_printf(out, "  %-10s %llu\n", langs[i].k, (unsigned long long)langs[i].v);
		buf_printf(out, "length (words)\n");
		for (size_t b = 0; b < NBUCKETS; b++) {
			char range[32];
			if (b + 1 < NBUCKETS)
				snprintf(range, sizeof range, "%llu-%llu", (unsigned long long)bucket_lo[b],
					 (unsigned long long)bucket_lo[b + 1] - 1);
			else
				snprintf(range, sizeof range, "%llu+", (unsigned long long)bucket_lo[b]);
			int bar = s.docs ? (int)(40.0 * s.hist[b] / s.docs + 0.5) : 0;
			buf_printf(out, "  %-10s %8llu %.*s\n", range, (unsigned long long)s.hist[b], bar,
				   "########################################");
		}
		if (s.bad)
			buf_printf(out, "unparsable lines: %llu (run pith corpus verify)\n",
				   (unsigned long long)s.bad);
	}
	free(hosts);
	free(langs);
done:
	counter_free(&s.hosts);
	counter_free(&s.langs);
	jsonr_free(&d);
	buf_free(&text);
	return rc;
}
