/*
 * templates.c: learn each site's template text across a batch.
 *
 * Every document's cleaned text is observed under its host. Each line is
 * folded (lexicon_fold: case-folded, punctuation stripped, digit runs to
 * "0", whitespace collapsed) and hashed with xxh64 into up to two keys:
 * the whole line, and for lines of 8 to 40 words that hold names or
 * numbers, its "skeleton": only the words that start lower-case. The
 * skeleton catches promos with a slot that changes per page ("Find out
 * what's happening in <Town> for free with the latest updates from
 * <Site>."); it needs at least six such words making up 60 % of the line,
 * and long paragraphs are left to exact matches, so article sentences
 * that merely share a shape do not add up to a template. A page counts each
 * key once, so a line repeated within one page is not a template.
 *
 * A key is template text of a host when its count reaches both min_pages
 * and min_share of the host's pages. Legitimate repetition (a quote in two
 * stories, a legal sentence in a few court reports) stays below that.
 *
 * Memory is bounded by lossy counting in per-host tables with eviction.
 * Each host has an open-addressing table of (key, count) pairs, 16 bytes a
 * slot, at most 70 % full. Two limits hold it:
 *  - per_host counters (default 16384, a table of 32768 slots, 512 KB):
 *    when a host's table passes it after a page, the counters at or below
 *    the smallest count that frees at least half of them are dropped. The
 *    bulk of any table is one-off article lines with count 1; they go
 *    first.
 *  - budget bytes for everything the learner holds (tables, host records,
 *    sample lines; default 64 MB): when passed, every table is compacted the
 *    same way and shrunk to fit, and hosts left with no counters and fewer
 *    pages than min_pages are evicted (a host of one or two pages cannot
 *    have templates yet; if it comes back it starts again). Should that not
 *    be enough (a crawl of very many small sites), the hosts with the
 *    fewest pages are evicted until a quarter of the budget is free.
 * A dropped key that returns starts again from 1, so counts only ever
 * under-estimate: compaction can miss a rare template, never invent one. A
 * template line recurs on >= min_share of its host's pages, so it has a
 * count far above the one-off lines around it when a compaction comes.
 * clean_templates_get_stats reports the peak bytes held; the templates file
 * records them too, and bench/bench-templates measures them.
 *
 * Threading: observe/finalize from one thread. After finalize the object
 * is immutable and strip/match are safe from any number of threads (each
 * call folds into its own buffer).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "clean/internal.h"
#include "clean/lexicon.h"
#include "clean/templates.h"
#include "common/hash.h"

#define SEED_LINE 0x7069746831ULL
#define SEED_SKEL 0x7069746832ULL
#define SKEL_MIN_WORDS 8
#define SKEL_MAX_WORDS 40
#define SAMPLE_MAX 160          /* bytes of a template line kept as its sample */
#define SAMPLES_PER_HOST 512    /* samples make the saved file readable, no more */
#define MIN_SLOTS 16

struct counter {
	uint64_t key;     /* 0 = empty slot */
	uint32_t count;
	uint32_t pad;
};

struct sample {
	uint64_t key;
	char *text;
};

struct host {
	char *name;
	uint64_t hh;
	uint32_t pages;
	/* counting */
	struct counter *slots;
	size_t cap, n;
	struct sample *samples;
	size_t nsamples, capsamples;
	/* learned (sorted keys, parallel counts and samples) */
	uint64_t *tmpl;
	uint32_t *tcount;
	char **tsample;
	size_t ntmpl;
};

struct clean_templates {
	unsigned min_pages;
	double min_share;
	size_t per_host;            /* counters in one host's table */
	size_t budget;              /* bytes for all counting state */
	struct host *hosts;
	size_t nhosts, caphosts;
	uint32_t *hindex;           /* open addressing: host index + 1, 0 = empty */
	size_t hicap;
	int finalized;
	clean_templates_stats st;
	size_t live_bytes;
};

static uint64_t nonzero(uint64_t k)
{
	return k ? k : 1;
}

/* Bytes held, as the allocator sees them (roughly: a malloc'd block costs
 * its size plus 16). */
static size_t sample_bytes(const char *text)
{
	return strlen(text) + 1 + 16;
}

static void account(clean_templates *t, size_t add, size_t sub)
{
	t->live_bytes += add;
	t->live_bytes -= sub;
	if (t->live_bytes > t->st.peak_bytes)
		t->st.peak_bytes = t->live_bytes;
}

clean_templates *clean_templates_new(unsigned min_pages, double min_share)
{
	clean_templates *t = xcalloc(1, sizeof(*t));
	t->min_pages = min_pages ? min_pages : 3;
	t->min_share = min_share >= 0 ? min_share : 0.05;
	t->per_host = 16384;
	t->budget = (size_t)64 << 20;
	t->hicap = 64;
	t->hindex = xcalloc(t->hicap, sizeof(*t->hindex));
	account(t, sizeof(*t) + t->hicap * sizeof(*t->hindex), 0);
	return t;
}

void clean_templates_set_limits(clean_templates *t, size_t per_host, size_t budget)
{
	t->per_host = per_host < 16 ? 16 : per_host;
	t->budget = budget < 4096 ? 4096 : budget;
}


static void host_free_counts(clean_templates *t, struct host *h)
{
	account(t, 0, h->cap * sizeof(struct counter) + h->capsamples * sizeof(struct sample));
	t->st.entries -= h->n;
	free(h->slots);
	h->slots = NULL;
	h->cap = h->n = 0;
	for (size_t i = 0; i < h->nsamples; i++)
		if (h->samples[i].text) {
			account(t, 0, sample_bytes(h->samples[i].text));
			free(h->samples[i].text);
		}
	free(h->samples);
	h->samples = NULL;
	h->nsamples = h->capsamples = 0;
}

void clean_templates_free(clean_templates *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nhosts; i++) {
		struct host *h = &t->hosts[i];
		host_free_counts(t, h);
		for (size_t k = 0; k < h->ntmpl; k++)
			free(h->tsample[k]);
		free(h->tmpl);
		free(h->tcount);
		free(h->tsample);
		free(h->name);
	}
	free(t->hosts);
	free(t->hindex);
	free(t);
}

static struct host *host_find(const clean_templates *t, const char *name)
{
	uint64_t hh = nonzero(hash_xxh64(name, strlen(name), 0));
	size_t m = t->hicap - 1;
	for (size_t k = (size_t)hh & m; t->hindex[k]; k = (k + 1) & m) {
		struct host *h = &t->hosts[t->hindex[k] - 1];
		if (h->hh == hh && strcmp(h->name, name) == 0)
			return h;
	}
	return NULL;
}

static void index_rebuild(clean_templates *t, size_t cap)
{
	uint32_t *ni = xcalloc(cap, sizeof(*ni));
	for (size_t i = 0; i < t->nhosts; i++) {
		size_t k = (size_t)t->hosts[i].hh & (cap - 1);
		while (ni[k])
			k = (k + 1) & (cap - 1);
		ni[k] = (uint32_t)(i + 1);
	}
	account(t, cap * sizeof(*ni), t->hicap * sizeof(*ni));
	free(t->hindex);
	t->hindex = ni;
	t->hicap = cap;
}

static struct host *host_get(clean_templates *t, const char *name)
{
	struct host *h = host_find(t, name);
	if (h)
		return h;
	if ((t->nhosts + 1) * 2 > t->hicap)
		index_rebuild(t, t->hicap * 2);
	if (t->nhosts == t->caphosts) {
		size_t nc = t->caphosts ? t->caphosts * 2 : 16;
		t->hosts = xrealloc(t->hosts, nc * sizeof(*t->hosts));
		account(t, (nc - t->caphosts) * sizeof(*t->hosts), 0);
		t->caphosts = nc;
	}
	h = &t->hosts[t->nhosts++];
	memset(h, 0, sizeof(*h));
	h->name = xstrdup(name);
	account(t, strlen(name) + 1 + 16, 0);
	h->hh = nonzero(hash_xxh64(name, strlen(name), 0));
	size_t k = (size_t)h->hh & (t->hicap - 1);
	while (t->hindex[k])
		k = (k + 1) & (t->hicap - 1);
	t->hindex[k] = (uint32_t)t->nhosts;
	t->st.hosts = t->nhosts;
	return h;
}

/* ---- a host's counter table ---- */

static void table_resize(clean_templates *t, struct host *h, size_t ncap)
{
	struct counter *ns = ncap ? xcalloc(ncap, sizeof(*ns)) : NULL;
	for (size_t i = 0; i < h->cap; i++) {
		if (!h->slots[i].key)
			continue;
		size_t k = (size_t)h->slots[i].key & (ncap - 1);
		while (ns[k].key)
			k = (k + 1) & (ncap - 1);
		ns[k] = h->slots[i];
	}
	account(t, ncap * sizeof(*ns), h->cap * sizeof(*ns));
	free(h->slots);
	h->slots = ns;
	h->cap = ncap;
}

static int table_has(const struct host *h, uint64_t key)
{
	if (!h->cap)
		return 0;
	size_t m = h->cap - 1;
	for (size_t k = (size_t)key & m; h->slots[k].key; k = (k + 1) & m)
		if (h->slots[k].key == key)
			return 1;
	return 0;
}

/* Drop the counters at or below the smallest count that frees at least
 * half of the table, and the samples of dropped keys; rebuild the table,
 * shrunk to fit when asked. */
static void table_compact(clean_templates *t, struct host *h, int shrink)
{
	if (!h->n)
		return;
	size_t hist[65] = { 0 };
	for (size_t i = 0; i < h->cap; i++)
		if (h->slots[i].key)
			hist[h->slots[i].count < 64 ? h->slots[i].count : 64]++;
	size_t drop = 0;
	uint32_t thr = 0;
	while (thr < 64 && drop * 2 < h->n)
		drop += hist[++thr];
	size_t before = h->n;
	for (size_t i = 0; i < h->cap; i++)
		if (h->slots[i].key && h->slots[i].count <= thr) {
			h->slots[i].key = 0;
			h->n--;
		}
	t->st.entries -= before - h->n;
	t->st.compactions++;
	size_t ncap = h->cap;
	if (shrink) {
		ncap = h->n ? MIN_SLOTS : 0;
		while (ncap && h->n * 10 > ncap * 7)
			ncap *= 2;
	}
	table_resize(t, h, ncap);   /* rehash the survivors */
	size_t k = 0;
	for (size_t i = 0; i < h->nsamples; i++) {
		if (table_has(h, h->samples[i].key)) {
			h->samples[k++] = h->samples[i];
		} else {
			account(t, 0, sample_bytes(h->samples[i].text));
			free(h->samples[i].text);
		}
	}
	h->nsamples = k;
}

static uint32_t table_add(clean_templates *t, struct host *h, uint64_t key)
{
	if ((h->n + 1) * 10 > h->cap * 7)
		table_resize(t, h, h->cap ? h->cap * 2 : MIN_SLOTS);
	size_t m = h->cap - 1, k = (size_t)key & m;
	while (h->slots[k].key && h->slots[k].key != key)
		k = (k + 1) & m;
	if (!h->slots[k].key) {
		h->slots[k].key = key;
		h->slots[k].count = 0;
		h->n++;
		t->st.entries++;
		if (t->st.entries > t->st.peak_entries)
			t->st.peak_entries = t->st.entries;
	}
	return ++h->slots[k].count;
}

static void host_evict(clean_templates *t, struct host *h)
{
	host_free_counts(t, h);
	account(t, 0, strlen(h->name) + 1 + 16);
	free(h->name);
	h->name = NULL;
	t->st.hosts_evicted++;
}

/* Close the gaps evicted hosts left in the array; rebuild the index. */
static void hosts_pack(clean_templates *t)
{
	size_t k = 0;
	for (size_t i = 0; i < t->nhosts; i++)
		if (t->hosts[i].name)
			t->hosts[k++] = t->hosts[i];
	if (k != t->nhosts) {
		t->nhosts = k;
		t->st.hosts = k;
		index_rebuild(t, t->hicap);
	}
}

struct by_pages {
	uint32_t pages;
	uint32_t i;
};

static int cmp_by_pages(const void *a, const void *b)
{
	const struct by_pages *x = a, *y = b;
	return x->pages != y->pages ? (x->pages < y->pages ? -1 : 1) : (x->i < y->i ? -1 : x->i > y->i);
}

/* Over the byte budget: compact and shrink every table, then evict the
 * hosts left with nothing to count and too few pages to matter yet. If
 * that is not enough (a crawl of very many small sites), evict the hosts
 * with the fewest pages until a quarter of the budget is free again: their
 * counting starts over if they return. keep (the host being observed)
 * stays. */
static void enforce_budget(clean_templates *t, const struct host *keep)
{
	for (size_t i = 0; i < t->nhosts; i++)
		table_compact(t, &t->hosts[i], 1);
	for (size_t i = 0; i < t->nhosts; i++) {
		struct host *h = &t->hosts[i];
		if (h != keep && !h->n && h->pages < t->min_pages)
			host_evict(t, h);
	}
	if (t->live_bytes > t->budget) {
		struct by_pages *order = xmalloc((t->nhosts ? t->nhosts : 1) * sizeof(*order));
		for (size_t i = 0; i < t->nhosts; i++)
			order[i] = (struct by_pages){ t->hosts[i].pages, (uint32_t)i };
		qsort(order, t->nhosts, sizeof(*order), cmp_by_pages);
		for (size_t k = 0; k < t->nhosts && t->live_bytes > t->budget / 4 * 3; k++) {
			struct host *h = &t->hosts[order[k].i];
			if (h != keep && h->name)
				host_evict(t, h);
		}
		free(order);
	}
	hosts_pack(t);   /* moves hosts: keep is stale from here */
}

/* ---- lines and keys ---- */

struct linekey {
	uint64_t key;
	size_t off, len;   /* the line in the observed text, for samples */
};

/* The line's "skeleton": its words that start lower-case, folded. Slots
 * in promo lines are names and numbers ("Find out what's happening in
 * <Town> for free ..."), so the skeleton is the same on every page. */
static size_t skeleton(const char *s, size_t n, buf *out, size_t *all_words)
{
	size_t kept = 0, i = 0;
	*all_words = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		size_t st = i;
		while (i < n && s[i] != ' ' && s[i] != '\t')
			i++;
		if (i == st)
			break;
		/* the word's first letter or digit decides */
		size_t k = st;
		int keep = 0, any = 0;
		while (k < i) {
			utf8proc_int32_t cp;
			utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)s + k,
							      (utf8proc_ssize_t)(i - k), &cp);
			if (l <= 0) {
				k++;
				continue;
			}
			k += (size_t)l;
			utf8proc_category_t cat = utf8proc_category(cp);
			if (cat == UTF8PROC_CATEGORY_LL) {
				keep = any = 1;
				break;
			}
			if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
			    (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO)) {
				any = 1;
				break;
			}
		}
		if (!any)
			continue;
		(*all_words)++;
		if (!keep)
			continue;
		if (out->len)
			buf_putc(out, ' ');
		lexicon_fold(s + st, i - st, out);
		kept++;
	}
	return kept;
}

/* Keys of one line (raw text s): the whole folded line, and for lines of
 * 8 to 40 words with names or numbers in them, the skeleton. f and sk are
 * scratch buffers. */
static int line_keys(const char *s, size_t n, buf *f, buf *sk, uint64_t keys[2])
{
	int nk = 0;
	buf_reset(f);
	size_t words = lexicon_fold(s, n, f);
	if (!f->len)
		return 0;
	keys[nk++] = nonzero(hash_xxh64(f->data, f->len, SEED_LINE));
	if (words >= SKEL_MIN_WORDS && words <= SKEL_MAX_WORDS) {
		buf_reset(sk);
		size_t all, kept = skeleton(s, n, sk, &all);
		/* only when something was left out, and most of the line stays */
		if (kept < all && kept >= 6 && kept * 10 >= all * 6)
			keys[nk++] = nonzero(hash_xxh64(sk->data, sk->len, SEED_SKEL));
	}
	return nk;
}

static int cmp_linekey(const void *a, const void *b)
{
	uint64_t x = ((const struct linekey *)a)->key, y = ((const struct linekey *)b)->key;
	return x < y ? -1 : x > y;
}

static void add_sample(clean_templates *t, struct host *h, uint64_t key, const char *s, size_t n)
{
	if (h->nsamples >= SAMPLES_PER_HOST)
		return;
	if (h->nsamples == h->capsamples) {
		size_t nc = h->capsamples ? h->capsamples * 2 : 16;
		h->samples = xrealloc(h->samples, nc * sizeof(*h->samples));
		account(t, (nc - h->capsamples) * sizeof(*h->samples), 0);
		h->capsamples = nc;
	}
	if (n > SAMPLE_MAX) {
		n = SAMPLE_MAX;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;   /* cut on a character boundary */
	}
	char *c = xstrndup(s, n);
	for (char *p = c; *p; p++)
		if (*p == '\t' || *p == '\r')
			*p = ' ';
	account(t, sample_bytes(c), 0);
	h->samples[h->nsamples].key = key;
	h->samples[h->nsamples++].text = c;
}

void clean_templates_observe(clean_templates *t, const char *host, const char *text, size_t n)
{
	if (t->finalized || !text)
		return;
	struct host *h = host_get(t, host ? host : "");
	h->pages++;
	t->st.pages++;
	buf f = BUF_INIT, sk = BUF_INIT;
	buf_init(&f);
	buf_init(&sk);
	size_t nk = 0, capk = 64;
	struct linekey *lk = xmalloc(capk * sizeof(*lk));
	for (size_t i = 0; i < n;) {
		size_t e = i;
		while (e < n && text[e] != '\n')
			e++;
		uint64_t keys[2];
		int k = line_keys(text + i, e - i, &f, &sk, keys);
		for (int j = 0; j < k; j++) {
			if (nk == capk) {
				capk *= 2;
				lk = xrealloc(lk, capk * sizeof(*lk));
			}
			lk[nk].key = keys[j];
			lk[nk].off = i;
			lk[nk++].len = e - i;
		}
		i = e + 1;
	}
	/* each key once per page */
	qsort(lk, nk, sizeof(*lk), cmp_linekey);
	for (size_t i = 0; i < nk; i++) {
		if (i && lk[i].key == lk[i - 1].key)
			continue;
		uint32_t c = table_add(t, h, lk[i].key);
		if (c == t->min_pages)
			add_sample(t, h, lk[i].key, text + lk[i].off, lk[i].len);
	}
	free(lk);
	buf_free(&f);
	buf_free(&sk);
	if (h->n > t->per_host)
		table_compact(t, h, 0);
	if (t->live_bytes > t->budget)
		enforce_budget(t, h);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static size_t host_threshold(const clean_templates *t, const struct host *h)
{
	size_t by_share = (size_t)ceil(t->min_share * (double)h->pages - 1e-9);
	return by_share > t->min_pages ? by_share : t->min_pages;
}

void clean_templates_finalize(clean_templates *t)
{
	if (t->finalized)
		return;
	for (size_t i = 0; i < t->nhosts; i++) {
		struct host *h = &t->hosts[i];
		size_t thr = host_threshold(t, h), m = 0;
		for (size_t k = 0; k < h->cap; k++)
			m += h->slots[k].key && h->slots[k].count >= thr;
		h->tmpl = xmalloc((m ? m : 1) * sizeof(*h->tmpl));
		h->tcount = xmalloc((m ? m : 1) * sizeof(*h->tcount));
		h->tsample = xcalloc(m ? m : 1, sizeof(*h->tsample));
		h->ntmpl = 0;
		for (size_t k = 0; k < h->cap; k++)
			if (h->slots[k].key && h->slots[k].count >= thr)
				h->tmpl[h->ntmpl++] = h->slots[k].key;
		qsort(h->tmpl, h->ntmpl, sizeof(*h->tmpl), cmp_u64);
		for (size_t k = 0; k < h->ntmpl; k++) {
			size_t m2 = h->cap - 1, s = (size_t)h->tmpl[k] & m2;
			while (h->slots[s].key != h->tmpl[k])
				s = (s + 1) & m2;
			h->tcount[k] = h->slots[s].count;
		}
		for (size_t k = 0; k < h->nsamples; k++) {
			uint64_t *p = bsearch(&h->samples[k].key, h->tmpl, h->ntmpl, sizeof(*h->tmpl), cmp_u64);
			if (p && !h->tsample[p - h->tmpl]) {
				h->tsample[p - h->tmpl] = h->samples[k].text;
				h->samples[k].text = NULL;
			}
		}
		t->st.templates += h->ntmpl;
		host_free_counts(t, h);
	}
	t->finalized = 1;
}

static int host_has(const struct host *h, const char *s, size_t n, buf *f, buf *sk)
{
	uint64_t keys[2];
	int nk = line_keys(s, n, f, sk, keys);
	for (int j = 0; j < nk; j++)
		if (bsearch(&keys[j], h->tmpl, h->ntmpl, sizeof(*h->tmpl), cmp_u64))
			return 1;
	return 0;
}

int clean_templates_match(const clean_templates *t, const char *host, const char *line, size_t n)
{
	if (!t || !t->finalized)
		return 0;
	const struct host *h = host_find(t, host ? host : "");
	if (!h || !h->ntmpl)
		return 0;
	buf f = BUF_INIT, sk = BUF_INIT;
	buf_init(&f);
	buf_init(&sk);
	int r = host_has(h, line, n, &f, &sk);
	buf_free(&f);
	buf_free(&sk);
	return r;
}

size_t clean_templates_strip(const clean_templates *t, const char *host, buf *text)
{
	return clean_templates_strip_explain(t, host, text, NULL);
}

size_t clean_templates_strip_explain(const clean_templates *t, const char *host, buf *text,
				     buf *explain)
{
	if (!t || !t->finalized || !text || !text->len)
		return 0;
	const struct host *h = host_find(t, host ? host : "");
	if (!h || !h->ntmpl)
		return 0;
	buf f = BUF_INIT, sk = BUF_INIT, out = BUF_INIT;
	buf_init(&f);
	buf_init(&sk);
	buf_init(&out);
	size_t removed = 0;
	int blank_pending = 0;
	const char *s = text->data;
	size_t n = text->len;
	for (size_t i = 0; i < n;) {
		size_t e = i;
		while (e < n && s[e] != '\n')
			e++;
		int blank = 1;
		for (size_t k = i; k < e; k++)
			if ((unsigned char)s[k] > ' ') {
				blank = 0;
				break;
			}
		if (blank) {
			blank_pending = out.len > 0;
		} else if (host_has(h, s + i, e - i, &f, &sk)) {
			removed++;
			if (explain)
				buf_printf(explain, "site-template\t%.*s\n", (int)(e - i), s + i);
		} else {
			if (out.len) {
				buf_putc(&out, '\n');
				if (blank_pending)
					buf_putc(&out, '\n');
			}
			blank_pending = 0;
			buf_append(&out, s + i, e - i);
		}
		i = e + 1;
	}
	if (removed) {
		if (n && s[n - 1] == '\n' && out.len)
			buf_putc(&out, '\n');
		buf tmp = *text;
		*text = out;
		out = tmp;
	}
	buf_free(&out);
	buf_free(&f);
	buf_free(&sk);
	return removed;
}

int clean_templates_save(const clean_templates *t, const char *path, char *err, size_t errlen)
{
	if (!t->finalized) {
		snprintf(err, errlen, "templates are not finalized");
		return -1;
	}
	FILE *fp = fopen(path, "w");
	if (!fp) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	fprintf(fp, "pith-templates\t1\nmin_pages\t%u\nmin_share\t%.6g\n", t->min_pages, t->min_share);
	fprintf(fp, "# learned from %zu pages of %zu hosts (%zu evicted); counting peaked at %zu "
		"counters and %zu bytes (budget %zu, %zu per host), %zu compactions\n",
		t->st.pages, t->st.hosts + t->st.hosts_evicted, t->st.hosts_evicted,
		t->st.peak_entries, t->st.peak_bytes, t->budget, t->per_host, t->st.compactions);
	for (size_t i = 0; i < t->nhosts; i++) {
		const struct host *h = &t->hosts[i];
		if (!h->ntmpl)
			continue;
		fprintf(fp, "host\t%s\t%u\n", h->name, h->pages);
		for (size_t k = 0; k < h->ntmpl; k++)
			fprintf(fp, "t\t%016llx\t%u\t%s\n", (unsigned long long)h->tmpl[k], h->tcount[k],
				h->tsample[k] ? h->tsample[k] : "");
	}
	if (ferror(fp) | fclose(fp)) {
		snprintf(err, errlen, "%s: write failed", path);
		return -1;
	}
	return 0;
}

clean_templates *clean_templates_load(const char *path, char *err, size_t errlen)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	clean_templates *t = clean_templates_new(3, 0.05);
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	size_t lineno = 0;
	struct host *h = NULL;
	size_t tcap = 0;
	int ok = 1;
	while ((len = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		char *tab = strchr(line, '\t');
		if (lineno == 1) {
			if (strcmp(line, "pith-templates\t1") != 0) {
				snprintf(err, errlen, "%s: not a pith templates file", path);
				ok = 0;
				break;
			}
			continue;
		}
		if (!len || line[0] == '#')
			continue;
		if (!tab) {
			snprintf(err, errlen, "%s:%zu: malformed line", path, lineno);
			ok = 0;
			break;
		}
		*tab = 0;
		char *rest = tab + 1;
		if (strcmp(line, "min_pages") == 0) {
			t->min_pages = (unsigned)strtoul(rest, NULL, 10);
		} else if (strcmp(line, "min_share") == 0) {
			t->min_share = strtod(rest, NULL);
		} else if (strcmp(line, "host") == 0) {
			char *t2 = strchr(rest, '\t');
			if (t2)
				*t2++ = 0;
			h = host_get(t, rest);
			h->pages = t2 ? (uint32_t)strtoul(t2, NULL, 10) : 0;
			tcap = h->ntmpl;
		} else if (strcmp(line, "t") == 0 && h) {
			char *end;
			uint64_t key = strtoull(rest, &end, 16);
			if (end == rest || *end != '\t') {
				snprintf(err, errlen, "%s:%zu: bad key", path, lineno);
				ok = 0;
				break;
			}
			uint32_t cnt = (uint32_t)strtoul(end + 1, &end, 10);
			const char *sample = *end == '\t' ? end + 1 : "";
			if (h->ntmpl == tcap) {
				tcap = tcap ? tcap * 2 : 16;
				h->tmpl = xrealloc(h->tmpl, tcap * sizeof(*h->tmpl));
				h->tcount = xrealloc(h->tcount, tcap * sizeof(*h->tcount));
				h->tsample = xrealloc(h->tsample, tcap * sizeof(*h->tsample));
			}
			h->tmpl[h->ntmpl] = key;
			h->tcount[h->ntmpl] = cnt;
			h->tsample[h->ntmpl++] = *sample ? xstrdup(sample) : NULL;
		} else {
			snprintf(err, errlen, "%s:%zu: unknown record '%s'", path, lineno, line);
			ok = 0;
			break;
		}
	}
	free(line);
	fclose(fp);
	if (!ok || lineno == 0) {
		if (ok)
			snprintf(err, errlen, "%s: empty file", path);
		clean_templates_free(t);
		return NULL;
	}
	/* files from other tools may not be sorted: sort (keys with their data) */
	for (size_t i = 0; i < t->nhosts; i++) {
		struct host *hh = &t->hosts[i];
		for (size_t a = 1; a < hh->ntmpl; a++) {
			/* insertion sort: files are written sorted, so this is linear */
			uint64_t k = hh->tmpl[a];
			uint32_t c = hh->tcount[a];
			char *sm = hh->tsample[a];
			size_t b = a;
			while (b > 0 && hh->tmpl[b - 1] > k) {
				hh->tmpl[b] = hh->tmpl[b - 1];
				hh->tcount[b] = hh->tcount[b - 1];
				hh->tsample[b] = hh->tsample[b - 1];
				b--;
			}
			hh->tmpl[b] = k;
			hh->tcount[b] = c;
			hh->tsample[b] = sm;
		}
		t->st.templates += hh->ntmpl;
	}
	t->finalized = 1;
	return t;
}

void clean_templates_get_stats(const clean_templates *t, clean_templates_stats *st)
{
	*st = t->st;
}
