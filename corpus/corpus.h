/*
 * corpus: from saved pages, WARC files, plain text and URL manifests to a
 * clean, deduplicated, checksummed corpus directory (docs/corpus.md).
 *
 *   DIR/shards/docs-NNNNN.jsonl.gz   one JSON document per line, size-capped
 *   DIR/duplicates.jsonl.gz          every dropped duplicate: id it duplicates,
 *                                    kind (exact/near), estimated similarity
 *   DIR/rejects.jsonl.gz             every input not kept, with a reason
 *   DIR/index/sigs-NNNNN.bin         dedup signatures of each shard's documents
 *                                    (resume, later cross-corpus merges)
 *   DIR/templates.txt                template text learned per host (removed)
 *   DIR/raw/pages-NNNNN.warc.gz      pages fetched from URL manifests
 *   DIR/manifest.json                the commit point, written atomically
 *   DIR/tmp/                         spooled documents between the passes
 *                                    (deleted when the build completes)
 *
 * Pieces: dedup.c (normalisation, MinHash signatures, the exact + LSH
 * index), shard.c (gzip JSONL writer with sha256, the manifest), spool.c
 * (documents between the two passes), source.c + fetchsrc.c (inputs, URL
 * manifests fetched on the fly), build.c (reader -> N cleaning workers ->
 * one ordered writer, twice with template learning), verify.c, stats.c.
 * Library code never prints; errors come back in a caller's buffer.
 */
#ifndef PITH_CORPUS_H
#define PITH_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "fetch/fetch.h"

#define CORPUS_FORMAT_VERSION 1

/* ---- deduplication (dedup.c) --------------------------------------------- */

enum { CORPUS_DEDUP_NONE = 0, CORPUS_DEDUP_EXACT = 1, CORPUS_DEDUP_NEAR = 2 };
enum { CORPUS_MATCH_NONE = 0, CORPUS_MATCH_EXACT = 1, CORPUS_MATCH_NEAR = 2 };

#define CORPUS_MAX_PERMS 256

typedef struct corpus_dedup_params {
	int mode;            /* CORPUS_DEDUP_*; default NEAR (which includes exact) */
	unsigned perms;      /* MinHash permutations K (default 128, <= CORPUS_MAX_PERMS) */
	unsigned bands;      /* LSH bands b (default 20) */
	unsigned rows;       /* rows per band r (default 5); b*r <= K */
	unsigned shingle;    /* words per shingle (default 5) */
	double threshold;    /* pairs of Jaccard similarity >= this are near
			      * duplicates (default 0.8); see corpus_dedup_cut */
} corpus_dedup_params;

void corpus_dedup_defaults(corpus_dedup_params *p);
/* 0, or -1 with a message when the parameters are inconsistent */
int corpus_dedup_check(const corpus_dedup_params *p, char *err, size_t errlen);
/* "none" / "exact" / "near" -> mode, -1 if unknown */
int corpus_dedup_mode_parse(const char *s);
const char *corpus_dedup_mode_name(int mode);
/* The estimated similarity from which a candidate counts as a near
 * duplicate: threshold - 1.645 * sqrt(t (1 - t) / K). The estimate from K
 * minima has a standard deviation of sqrt(J (1 - J) / K) (0.035 at J = 0.8,
 * K = 128), so cutting at the threshold itself would miss half the pairs
 * that are exactly at it; this cut catches >= 95 % of them (and more above),
 * while a pair 0.1 below is let through ~15 % of the time and one 0.2
 * below almost never (docs/corpus.md). */
double corpus_dedup_cut(const corpus_dedup_params *p);
/* Probability that two documents of Jaccard similarity j share at least one
 * LSH band: 1 - (1 - j^r)^b (the S-curve). */
double corpus_lsh_probability(double j, unsigned bands, unsigned rows);

/* A document's dedup signature. exact: xxh3 of the normalised text.
 * mh: the low 16 bits of each of the K MinHash minima (b-bit MinHash:
 * unequal minima collide with probability 2^-16, so the similarity
 * estimate is biased by at most 1.5e-5 while memory is a quarter of
 * 64-bit minima). nshingles == 0: too short for near dedup. */
typedef struct corpus_sig {
	uint64_t exact;
	uint32_t nshingles;
	uint32_t ntokens;
	uint16_t mh[CORPUS_MAX_PERMS];
} corpus_sig;

/* Normalise text for comparison: NFKC, case folding, marks stripped,
 * default-ignorables removed (libutf8proc), punctuation and symbols
 * removed, every run of separators one space; CJK characters become one
 * token each. out is replaced. */
void corpus_normalize(const char *text, size_t n, buf *out);

/* Per-thread scratch space for corpus_signature. */
typedef struct corpus_scratch corpus_scratch;
corpus_scratch *corpus_scratch_new(void);
void corpus_scratch_free(corpus_scratch *s);

/* Signature of a document's text (thread-safe with one scratch per thread). */
void corpus_signature(const corpus_dedup_params *p, corpus_scratch *s,
		      const char *text, size_t n, corpus_sig *sig);
/* The same over a cheap tokenisation (runs of ASCII letters and digits,
 * ASCII case folded, and of non-ASCII bytes as they are), without the
 * Unicode normalisation: for comparing pages of one site, whose
 * typography does not vary (the build's template-learning filter). */
void corpus_signature_quick(const corpus_dedup_params *p, corpus_scratch *s,
			    const char *text, size_t n, corpus_sig *sig);
/* Estimated Jaccard similarity: the share of equal MinHash values. */
double corpus_sig_similarity(const corpus_dedup_params *p, const corpus_sig *a,
			     const corpus_sig *b);

/* The index of kept documents: an exact-hash table and one table of LSH
 * band keys, both open addressing, plus each document's K 16-bit minima and
 * a 64-bit key naming it (the caller's document id hash). Memory per
 * document: 2K + 9 bytes, ~12/load bytes in the exact table and b * ~4/load
 * bytes in the band table (about 0.45 KB at the defaults). Not thread-safe:
 * one owner (the build's ordered writer). */
typedef struct corpus_dedup corpus_dedup;

typedef struct corpus_match {
	int kind;            /* CORPUS_MATCH_* */
	uint32_t doc;        /* index of the kept document it duplicates */
	uint64_t key;        /* that document's key */
	double similarity;   /* 1.0 for exact; estimated Jaccard for near */
} corpus_match;

corpus_dedup *corpus_dedup_new(const corpus_dedup_params *p);
void corpus_dedup_free(corpus_dedup *d);
/* Look sig up; when it duplicates a kept document fill m and return its
 * kind, else add sig under key and return CORPUS_MATCH_NONE. A near
 * candidate must reach corpus_dedup_cut(); among those the most similar
 * wins (ties: the earliest). */
int corpus_dedup_check_add(corpus_dedup *d, const corpus_sig *sig, uint64_t key, corpus_match *m);
/* Add without looking (rebuilding the index on resume). */
void corpus_dedup_add(corpus_dedup *d, const corpus_sig *sig, uint64_t key);
size_t corpus_dedup_count(const corpus_dedup *d);
/* bytes allocated by the index */
size_t corpus_dedup_bytes(const corpus_dedup *d);

/* ---- build (build.c) ----------------------------------------------------- */

typedef struct corpus_progress {
	int pass;                             /* 1: reading and cleaning (learning
					       * templates), 2: writing the spooled
					       * documents; 0: one pass (no learning) */
	uint64_t pass_done, pass_total;       /* pass 2: spooled documents written / all */
	uint64_t inputs_done, inputs_total;   /* top-level inputs */
	uint64_t seen, kept, exact_dups, near_dups, rejected;
	uint64_t bytes_in;                    /* raw input bytes read */
	double elapsed;                       /* seconds */
} corpus_progress;

typedef struct corpus_build_opts {
	const char *out_dir;
	const char *const *inputs;
	size_t ninputs;
	int jobs;                 /* cleaning workers (>= 1) */
	size_t min_words;         /* default 50 */
	const char *langs;        /* "en,de": keep only these; NULL keeps all */
	uint64_t shard_size;      /* uncompressed bytes per shard (default 256 MB) */
	int no_raw;               /* fetched pages: do not keep the raw WARC under DIR/raw */
	fetch_options fetch;      /* URL manifests: politeness, retries, limits (fetch.h) */
	size_t fetch_batch;       /* fetch window: entries in flight or waiting to be handed on
				   * in manifest order (0: 4 x concurrency, >= 64) */
	unsigned template_min;    /* text on >= this many pages of a host (and >= 5 % of
				   * them) is template text and removed; 0 disables
				   * learning (default 3) */
	const char *templates_in; /* apply templates from this file (pith clean --templates-out) */
	const char *templates_out;/* save the learned templates here too */
	int resume;               /* continue an interrupted build in out_dir */
	size_t max_doc_bytes;     /* larger inputs are rejected (default 64 MB) */
	corpus_dedup_params dedup;
	int argc;                 /* the command line, recorded in the manifest */
	char *const *argv;
	/* called from the writer thread every ~0.25 s and once at the end; may be NULL */
	void (*progress)(void *ctx, const corpus_progress *p);
	void *progress_ctx;
	/* testing: stop abruptly (as a crash would) after this many documents
	 * were written in this run; 0 = never. The CLI takes it from the
	 * environment variable PITH_CORPUS_CRASH_AFTER. */
	uint64_t crash_after;
} corpus_build_opts;

void corpus_build_defaults(corpus_build_opts *o);

typedef struct corpus_totals {
	uint64_t seen, kept, exact_dups, near_dups, rejected, words, shards;
	uint64_t template_lines;  /* lines removed as learned template text */
	uint64_t template_docs;   /* documents that lost some */
} corpus_totals;

/* Build (or with o->resume, finish) the corpus in o->out_dir. Returns 0
 * when the corpus is complete, -1 with a message in err otherwise (another
 * build holds the lock, the directory is not empty without --resume, I/O
 * errors). Bad inputs are not errors: they become rejects. */
int corpus_build(const corpus_build_opts *o, corpus_totals *totals, char *err, size_t errlen);

/* ---- verify (verify.c) / stats (stats.c) -------------------------------- */

/* Check every shard against the manifest (present, size, sha256, gzip,
 * one valid UTF-8 JSON object per line, document count), the signature
 * files and the duplicates/rejects files. Each problem is appended to
 * report as one line. Returns the number of problems (0 = sound), or -1
 * with err when the manifest itself cannot be read. */
int corpus_verify(const char *dir, buf *report, char *err, size_t errlen);

/* Documents, words, top hosts, languages, a length histogram, duplicate
 * and reject counts, as readable text or (json != 0) a JSON object. */
int corpus_stats(const char *dir, int json, size_t top, buf *out, char *err, size_t errlen);

#endif
