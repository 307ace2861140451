/*
 * dedup.c: exact and near-duplicate detection.
 *
 * Both kinds work on the same normalised token stream: libutf8proc maps the
 * text (NFKC, case folding, marks stripped, default-ignorables dropped,
 * look-alike punctuation lumped), then punctuation and symbols are removed
 * and separators collapse to one space, so two layouts that differ only in
 * quotes, dashes, case or spacing give the same stream. CJK characters are
 * tokens of their own (those scripts do not separate words by spaces).
 *
 * exact: xxh3 of the normalised stream. near: MinHash over word shingles
 * (5 tokens by default). Each token is hashed once; a shingle's hash is
 * xxh3 over its tokens' hashes (they sit contiguously in the scratch array),
 * and the K "permutations" are K affine maps a_k h + b_k mod 2^64 (a_k
 * odd, so bijections; a_k, b_k fixed by a splitmix64 sequence) of that
 * well-mixed 64-bit hash: the universal-hashing scheme of common MinHash
 * implementations, one multiply-add per shingle and permutation, no K
 * re-hashes of the text. Measured unbiased, with the binomial variance the
 * threshold cut assumes (tests/test_dedup.c: detection rate by Jaccard).
 * Only the low 16 bits of each minimum are kept (b-bit MinHash).
 *
 * Index: LSH banding. The K minima are cut into b bands of r rows; a band's
 * 64-bit key (xxh64 of its rows, seeded by the band number) picks a slot in
 * one open-addressing table shared by all bands. A slot is 4 bytes, the
 * document number + 1: a probe confirms a band match by comparing the r
 * stored rows of that document with the query's (the minima are kept for
 * the similarity estimate anyway), so neither the key nor a fingerprint
 * needs storing, and every candidate is then confirmed by comparing the
 * full signatures, which keeps precision. Growing the table recomputes
 * band keys from the stored signatures. The exact table stores full 64-bit
 * hashes (no confirmation step there).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "common/hash.h"
#include "common/utf8.h"
#include "corpus/corpus.h"

void corpus_dedup_defaults(corpus_dedup_params *p)
{
	p->mode = CORPUS_DEDUP_NEAR;
	p->perms = 128;
	p->bands = 20;
	p->rows = 5;
	p->shingle = 5;
	p->threshold = 0.8;
}

int corpus_dedup_check(const corpus_dedup_params *p, char *err, size_t errlen)
{
	if (p->perms < 1 || p->perms > CORPUS_MAX_PERMS) {
		snprintf(err, errlen, "--perms must be 1..%d", CORPUS_MAX_PERMS);
		return -1;
	}
	if (p->bands < 1 || p->rows < 1 || p->bands * p->rows > p->perms) {
		snprintf(err, errlen, "--bands x --rows (%u x %u) must be between 1 and --perms (%u)",
			 p->bands, p->rows, p->perms);
		return -1;
	}
	if (p->shingle < 1 || p->shingle > 32) {
		snprintf(err, errlen, "--shingle must be 1..32");
		return -1;
	}
	if (!(p->threshold > 0 && p->threshold <= 1)) {
		snprintf(err, errlen, "--threshold must be in (0, 1]");
		return -1;
	}
	return 0;
}

int corpus_dedup_mode_parse(const char *s)
{
	if (!strcmp(s, "none"))
		return CORPUS_DEDUP_NONE;
	if (!strcmp(s, "exact"))
		return CORPUS_DEDUP_EXACT;
	if (!strcmp(s, "near"))
		return CORPUS_DEDUP_NEAR;
	return -1;
}

const char *corpus_dedup_mode_name(int mode)
{
	return mode == CORPUS_DEDUP_NONE ? "none" : mode == CORPUS_DEDUP_EXACT ? "exact" : "near";
}

double corpus_dedup_cut(const corpus_dedup_params *p)
{
	double t = p->threshold;
	if (t >= 1.0)
		return 1.0;
	double cut = t - 1.645 * sqrt(t * (1.0 - t) / (double)p->perms);
	return cut > 0 ? cut : t;
}

double corpus_lsh_probability(double j, unsigned bands, unsigned rows)
{
	double jr = 1.0;
	for (unsigned i = 0; i < rows; i++)
		jr *= j;
	double miss = 1.0;
	for (unsigned i = 0; i < bands; i++)
		miss *= 1.0 - jr;
	return 1.0 - miss;
}

/* ---- normalisation ------------------------------------------------------- */

static int is_cjk(int32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	       (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
	       (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

enum { CH_WORD, CH_SEP, CH_DROP, CH_CJK };

static int char_class(int32_t cp)
{
	if (is_cjk(cp))
		return CH_CJK;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return CH_WORD;
	/* apostrophes, periods, commas... vanish inside words ("don't" ==
	 * "dont", "1,000" == "1000"); dashes, brackets and quotes separate */
	case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_PC:
	case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_CF:
		return CH_DROP;
	default:
		return CH_SEP;
	}
}

/* Appends the normalised stream to out; calls tok(ctx, start, len) per token. */
static void normalize_tokens(const char *text, size_t n, buf *out,
			     void (*tok)(void *, const char *, size_t), void *ctx)
{
	buf_reset(out);
	buf repaired = BUF_INIT;
	const char *src = text;
	if (!utf8_valid(text, n)) {
		buf_init(&repaired);
		utf8_repair(&repaired, text, n);
		src = repaired.data;
		n = repaired.len;
	}
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t mlen = utf8proc_map((const utf8proc_uint8_t *)src, (utf8proc_ssize_t)n,
					     &mapped,
					     UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
					     UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
					     UTF8PROC_IGNORE | UTF8PROC_LUMP);
	const utf8proc_uint8_t *p = mapped;
	if (mlen < 0) {
		/* cannot happen for valid UTF-8; fall back to the raw text */
		p = (const utf8proc_uint8_t *)src;
		mlen = (utf8proc_ssize_t)n;
	}
	size_t tok_start = 0;
	int in_tok = 0;
	utf8proc_ssize_t i = 0;
	while (i < mlen) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p + i, mlen - i, &cp);
		if (k <= 0) {
			i++;
			continue;
		}
		int c = char_class(cp);
		if (c == CH_DROP) {
			i += k;
			continue;
		}
		if (c == CH_SEP || c == CH_CJK) {
			if (in_tok) {
				if (tok)
					tok(ctx, out->data + tok_start, out->len - tok_start);
				in_tok = 0;
			}
			if (c == CH_SEP) {
				i += k;
				continue;
			}
		}
		if (!in_tok) {
			if (out->len)
				buf_putc(out, ' ');
			tok_start = out->len;
			in_tok = 1;
		}
		buf_append(out, p + i, (size_t)k);
		if (c == CH_CJK) {
			if (tok)
				tok(ctx, out->data + tok_start, out->len - tok_start);
			in_tok = 0;
		}
		i += k;
	}
	if (in_tok && tok)
		tok(ctx, out->data + tok_start, out->len - tok_start);
	free(mapped);
	if (src != text)
		buf_free(&repaired);
}

void corpus_normalize(const char *text, size_t n, buf *out)
{
	normalize_tokens(text, n, out, NULL, NULL);
}

/* ---- signatures ---------------------------------------------------------- */

struct corpus_scratch {
	buf norm;
	uint64_t *tok;
	size_t ntok, cap;
};

corpus_scratch *corpus_scratch_new(void)
{
	corpus_scratch *s = xcalloc(1, sizeof(*s));
	buf_init(&s->norm);
	return s;
}

void corpus_scratch_free(corpus_scratch *s)
{
	if (!s)
		return;
	buf_free(&s->norm);
	free(s->tok);
	free(s);
}

static void add_token(void *ctx, const char *t, size_t n)
{
	corpus_scratch *s = ctx;
	if (s->ntok == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		s->tok = xrealloc(s->tok, s->cap * sizeof(*s->tok));
	}
	s->tok[s->ntok++] = hash_xxh3(t, n);
}

static inline uint64_t mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* constants of permutation k: a fixed splitmix64 sequence (part of the
 * format: signature files depend on it) */
static inline uint64_t perm_seed(unsigned k)
{
	return mix64(0x9e3779b97f4a7c15ULL * (uint64_t)(k + 1));
}

/* MinHash of the shingles over s->tok[0..ntok) */
static void minhash(const corpus_dedup_params *p, corpus_scratch *s, corpus_sig *sig)
{
	sig->ntokens = (uint32_t)s->ntok;
	if (!s->ntok)
		return;
	unsigned K = p->perms;
	uint64_t mul[CORPUS_MAX_PERMS], add[CORPUS_MAX_PERMS], mins[CORPUS_MAX_PERMS];
	for (unsigned k = 0; k < K; k++) {
		mul[k] = perm_seed(k) | 1;
		add[k] = perm_seed(k + CORPUS_MAX_PERMS);
		mins[k] = UINT64_MAX;
	}
	/* a text shorter than one shingle is one shingle of all its tokens */
	size_t w = s->ntok < p->shingle ? s->ntok : p->shingle;
	size_t nsh = s->ntok - w + 1;
	for (size_t i = 0; i < nsh; i++) {
		uint64_t h = hash_xxh3(&s->tok[i], w * sizeof(uint64_t));
		for (unsigned k = 0; k < K; k++) {
			uint64_t v = h * mul[k] + add[k];
			mins[k] = v < mins[k] ? v : mins[k];
		}
	}
	for (unsigned k = 0; k < K; k++)
		sig->mh[k] = (uint16_t)mins[k];
	sig->nshingles = (uint32_t)nsh;
}

void corpus_signature(const corpus_dedup_params *p, corpus_scratch *s,
		      const char *text, size_t n, corpus_sig *sig)
{
	s->ntok = 0;
	normalize_tokens(text, n, &s->norm, add_token, s);
	memset(sig, 0, sizeof(*sig));
	sig->exact = hash_xxh3(s->norm.data, s->norm.len);
	minhash(p, s, sig);
}

void corpus_signature_quick(const corpus_dedup_params *p, corpus_scratch *s,
			    const char *text, size_t n, corpus_sig *sig)
{
	s->ntok = 0;
	buf *t = &s->norm;
	buf_reset(t);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)text[i];
		if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
				  (c >= '0' && c <= '9'))) {
			i++;
			continue;
		}
		buf_reset(t);
		while (i < n) {
			c = (unsigned char)text[i];
			if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
					  (c >= '0' && c <= '9')))
				break;
			buf_putc(t, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
			i++;
		}
		add_token(s, t->data, t->len);
	}
	memset(sig, 0, sizeof(*sig));
	sig->exact = hash_xxh3(s->tok, s->ntok * sizeof(uint64_t));
	minhash(p, s, sig);
}

double corpus_sig_similarity(const corpus_dedup_params *p, const corpus_sig *a, const corpus_sig *b)
{
	if (!a->nshingles || !b->nshingles)
		return a->exact == b->exact ? 1.0 : 0.0;
	unsigned eq = 0;
	for (unsigned k = 0; k < p->perms; k++)
		eq += a->mh[k] == b->mh[k];
	return (double)eq / p->perms;
}

/* ---- the index ----------------------------------------------------------- */

struct corpus_dedup {
	corpus_dedup_params p;
	double cut;            /* corpus_dedup_cut(p) */
	/* per kept document */
	uint16_t *mh;          /* n * perms */
	uint64_t *keys;        /* caller's key */
	uint8_t *nearok;       /* 1 if it has shingles (is in the band table) */
	size_t n, cap;
	/* exact table */
	uint64_t *ex_key;      /* 0 = empty (a hash of 0 is stored as 1) */
	uint32_t *ex_doc;
	size_t ex_cap, ex_n;
	/* band table: doc + 1; 0 = empty */
	uint32_t *band;
	size_t band_cap, band_n;
	int band_shift;        /* 64 - log2(band_cap) */
	/* candidate scratch */
	uint32_t *cand;
	size_t ncand, cand_cap;
};

corpus_dedup *corpus_dedup_new(const corpus_dedup_params *p)
{
	corpus_dedup *d = xcalloc(1, sizeof(*d));
	d->p = *p;
	d->cut = corpus_dedup_cut(p);
	d->ex_cap = 1024;
	d->ex_key = xcalloc(d->ex_cap, sizeof(*d->ex_key));
	d->ex_doc = xcalloc(d->ex_cap, sizeof(*d->ex_doc));
	d->band_cap = 1024;
	d->band_shift = 64 - 10;
	d->band = xcalloc(d->band_cap, sizeof(*d->band));
	return d;
}

void corpus_dedup_free(corpus_dedup *d)
{
	if (!d)
		return;
	free(d->mh);
	free(d->keys);
	free(d->nearok);
	free(d->ex_key);
	free(d->ex_doc);
	free(d->band);
	free(d->cand);
	free(d);
}

size_t corpus_dedup_count(const corpus_dedup *d)
{
	return d->n;
}

size_t corpus_dedup_bytes(const corpus_dedup *d)
{
	return sizeof(*d) + d->cap * (d->p.perms * sizeof(uint16_t) + sizeof(uint64_t) + 1) +
	       d->ex_cap * (sizeof(uint64_t) + sizeof(uint32_t)) + d->band_cap * sizeof(uint32_t) +
	       d->cand_cap * sizeof(uint32_t);
}

static uint64_t band_key(const corpus_dedup_params *p, const uint16_t *mh, unsigned b)
{
	return hash_xxh64(mh + (size_t)b * p->rows, p->rows * sizeof(uint16_t), 0x5eed0000u + b);
}

static void band_insert_raw(corpus_dedup *d, uint64_t key, uint32_t doc)
{
	size_t mask = d->band_cap - 1;
	size_t i = (size_t)(key >> d->band_shift) & mask;
	while (d->band[i])
		i = (i + 1) & mask;
	d->band[i] = doc + 1;
	d->band_n++;
}

static void band_grow(corpus_dedup *d)
{
	free(d->band);
	d->band_cap *= 2;
	d->band_shift--;
	d->band = xcalloc(d->band_cap, sizeof(*d->band));
	d->band_n = 0;
	for (size_t doc = 0; doc < d->n; doc++) {
		if (!d->nearok[doc])
			continue;
		const uint16_t *mh = d->mh + doc * d->p.perms;
		for (unsigned b = 0; b < d->p.bands; b++)
			band_insert_raw(d, band_key(&d->p, mh, b), (uint32_t)doc);
	}
}

static void exact_insert_raw(corpus_dedup *d, uint64_t h, uint32_t doc)
{
	size_t mask = d->ex_cap - 1;
	size_t i = (size_t)mix64(h) & mask;
	while (d->ex_key[i])
		i = (i + 1) & mask;
	d->ex_key[i] = h;
	d->ex_doc[i] = doc;
	d->ex_n++;
}

static void exact_grow(corpus_dedup *d)
{
	uint64_t *ok = d->ex_key;
	uint32_t *od = d->ex_doc;
	size_t ocap = d->ex_cap;
	d->ex_cap *= 2;
	d->ex_key = xcalloc(d->ex_cap, sizeof(*d->ex_key));
	d->ex_doc = xcalloc(d->ex_cap, sizeof(*d->ex_doc));
	d->ex_n = 0;
	for (size_t i = 0; i < ocap; i++)
		if (ok[i])
			exact_insert_raw(d, ok[i], od[i]);
	free(ok);
	free(od);
}

static int exact_lookup(const corpus_dedup *d, uint64_t h, uint32_t *doc)
{
	size_t mask = d->ex_cap - 1;
	size_t i = (size_t)mix64(h) & mask;
	while (d->ex_key[i]) {
		if (d->ex_key[i] == h) {
			*doc = d->ex_doc[i];
			return 1;
		}
		i = (i + 1) & mask;
	}
	return 0;
}

void corpus_dedup_add(corpus_dedup *d, const corpus_sig *sig, uint64_t key)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 4096;
		d->mh = xrealloc(d->mh, d->cap * d->p.perms * sizeof(uint16_t));
		d->keys = xrealloc(d->keys, d->cap * sizeof(uint64_t));
		d->nearok = xrealloc(d->nearok, d->cap);
	}
	uint32_t doc = (uint32_t)d->n++;
	memcpy(d->mh + (size_t)doc * d->p.perms, sig->mh, d->p.perms * sizeof(uint16_t));
	d->keys[doc] = key;
	d->nearok[doc] = sig->nshingles > 0 && d->p.mode == CORPUS_DEDUP_NEAR;
	if (d->p.mode >= CORPUS_DEDUP_EXACT) {
		if ((d->ex_n + 1) * 4 > d->ex_cap * 3)
			exact_grow(d);
		exact_insert_raw(d, sig->exact ? sig->exact : 1, doc);
	}
	if (d->nearok[doc]) {
		if ((d->band_n + d->p.bands) * 4 > d->band_cap * 3) {
			/* the new document is already counted in n: grow, which
			 * re-inserts it, and return */
			band_grow(d);
			return;
		}
		for (unsigned b = 0; b < d->p.bands; b++)
			band_insert_raw(d, band_key(&d->p, sig->mh, b), doc);
	}
}

static void add_candidate(corpus_dedup *d, uint32_t doc)
{
	for (size_t i = 0; i < d->ncand; i++)
		if (d->cand[i] == doc)
			return;
	if (d->ncand == d->cand_cap) {
		d->cand_cap = d->cand_cap ? d->cand_cap * 2 : 64;
		d->cand = xrealloc(d->cand, d->cand_cap * sizeof(*d->cand));
	}
	d->cand[d->ncand++] = doc;
}

int corpus_dedup_check_add(corpus_dedup *d, const corpus_sig *sig, uint64_t key, corpus_match *m)
{
	memset(m, 0, sizeof(*m));
	if (d->p.mode == CORPUS_DEDUP_NONE) {
		corpus_dedup_add(d, sig, key);
		return CORPUS_MATCH_NONE;
	}
	uint32_t doc;
	if (exact_lookup(d, sig->exact ? sig->exact : 1, &doc)) {
		m->kind = CORPUS_MATCH_EXACT;
		m->doc = doc;
		m->key = d->keys[doc];
		m->similarity = 1.0;
		return m->kind;
	}
	if (d->p.mode == CORPUS_DEDUP_NEAR && sig->nshingles) {
		d->ncand = 0;
		size_t mask = d->band_cap - 1;
		size_t rowbytes = d->p.rows * sizeof(uint16_t);
		for (unsigned b = 0; b < d->p.bands; b++) {
			uint64_t k = band_key(&d->p, sig->mh, b);
			const uint16_t *q = sig->mh + (size_t)b * d->p.rows;
			size_t i = (size_t)(k >> d->band_shift) & mask;
			while (d->band[i]) {
				uint32_t od = d->band[i] - 1;
				if (!memcmp(d->mh + (size_t)od * d->p.perms + (size_t)b * d->p.rows, q, rowbytes))
					add_candidate(d, od);
				i = (i + 1) & mask;
			}
		}
		double best = -1;
		uint32_t best_doc = 0;
		for (size_t c = 0; c < d->ncand; c++) {
			uint32_t od = d->cand[c];
			const uint16_t *mh = d->mh + (size_t)od * d->p.perms;
			unsigned eq = 0;
			for (unsigned k = 0; k < d->p.perms; k++)
				eq += mh[k] == sig->mh[k];
			double s = (double)eq / d->p.perms;
			if (s > best || (s == best && od < best_doc)) {
				best = s;
				best_doc = od;
			}
		}
		if (d->ncand && best >= d->cut) {
			m->kind = CORPUS_MATCH_NEAR;
			m->doc = best_doc;
			m->key = d->keys[best_doc];
			m->similarity = best;
			return m->kind;
		}
	}
	corpus_dedup_add(d, sig, key);
	return CORPUS_MATCH_NONE;
}
