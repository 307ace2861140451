/*
 * build.c: the streaming corpus build.
 *
 * A pass is a pipeline of three kinds of threads sharing a ring of
 * W = 4N + 8 item slots (slot = seq mod W): one reader gives every item a
 * sequence number (inputs in argument order, directories sorted bytewise,
 * WARC records and manifest entries in file order), N workers process
 * whichever item is next, and the calling thread is the one writer, which
 * consumes items strictly in sequence order. The reader may run at most W
 * items ahead of the writer, so memory is flat whatever the input size
 * (the dedup index and the template counts aside), and the output depends
 * only on the sequence, never on which worker finished first: shards are
 * byte-identical for any -j.
 *
 * Template learning (--template-min > 0, the default) needs every page of
 * a host seen before any can be stripped, so the build has two passes:
 *
 *   pass 1 (learn): reader = the inputs; workers clean (and apply
 *     --templates), reject by language and by length; the writer writes
 *     rejects, observes each document's text under its host (in sequence
 *     order, so the counts are deterministic) and spools the document to
 *     DIR/tmp/spool-NNNNN.bin.gz. At the end the templates are finalized
 *     and saved to DIR/templates.txt; pass 2 uses the copy loaded back from
 *     that file, which is also what a resumed pass 2 uses.
 *   pass 2 (write): reader = the spool, in order; workers strip template
 *     lines, apply --min-words again and sign; the writer deduplicates and
 *     writes shards. Its sequence numbers count spooled documents.
 *
 * Without learning there is one pass: reader = the inputs, workers clean,
 * filter and sign, writer deduplicates and writes shards.
 *
 * Checkpoints: whenever a shard (pass 2) or a spool file (pass 1) fills
 * up, the writer closes it (fsync, sha256), ends the current gzip members
 * of duplicates/rejects, fsyncs the raw WARC files the committed items
 * were fetched into, and rewrites manifest.json atomically with the
 * finished files, the file lengths of duplicates/rejects, the totals and
 * the pass and sequence number of the first item not yet committed. A
 * crash at any moment therefore leaves a manifest describing a consistent
 * prefix of the run. --resume deletes what the manifest does not name,
 * cuts duplicates/rejects back to their recorded lengths and continues
 * the recorded pass from its checkpoint: in pass 1 the template counts are
 * rebuilt by observing the spooled documents again (the same observations
 * in the same order give the same counts), in pass 2 the dedup index is
 * rebuilt from the signature files of the finished shards (whose sha256
 * the manifest holds); the reader then skips every item below the
 * checkpoint, and the resumed run does exactly what the uninterrupted run
 * did from that point on. Fetched pages are replayed from DIR/raw rather
 * than fetched again (fetchsrc.c). A lock file (flock) keeps a second
 * build out.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clean/clean.h"
#include "clean/templates.h"
#include "common/fileio.h"
#include "common/json.h"
#include "common/jsonr.h"
#include "corpus/internal.h"
#include "corpus/source.h"

#define TEMPLATE_MIN_SHARE 0.05
#define SPOOL_CHUNK_MAX (64ull << 20)
#define TEMPLATES_FILE "templates.txt"

void corpus_build_defaults(corpus_build_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->jobs = 1;
	o->min_words = 50;
	o->shard_size = 256ull << 20;
	o->max_doc_bytes = 64u << 20;
	o->template_min = 3;
	fetch_options_init(&o->fetch);
	corpus_dedup_defaults(&o->dedup);
}

/* ---- items and the ring -------------------------------------------------- */

enum { ST_EMPTY, ST_READ, ST_CLAIMED, ST_DONE };
enum { V_KEEP, V_REJECT };
enum { MODE_SINGLE, MODE_LEARN, MODE_WRITE };

typedef struct item {
	int state;
	uint64_t seq;
	/* from the reader */
	int kind;                /* SRC_HTML, SRC_TEXT, SRC_REJECT; pass 2: a spool record in data */
	buf source, url, ctype, meta, data;
	const char *reason;      /* SRC_REJECT: reason */
	buf detail;
	int raw_file;
	/* from the worker */
	docrec d;
	int verdict;
	const char *rej_reason;
	buf rej_detail;
	buf out;                 /* the shard line, or (pass 1) the spool record */
	corpus_sig sig;
	char id[17];
	int tmpl_lines;          /* template lines removed (pass 2) */
} item;

struct wstate;

typedef struct build {
	struct wstate *w;
	const corpus_build_opts *o;
	int mode;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	item *ring;
	size_t W;
	uint64_t start_seq;      /* resume: items below are skipped */
	uint64_t next_read;      /* next sequence number the reader assigns */
	uint64_t next_claim;
	uint64_t next_write;
	int reader_done;
	int abort;
	int reader_failed;
	char reader_err[512];
	uint64_t inputs_done;
	uint64_t bytes_in;
	clean_options copt;      /* cleaning options (--templates) */
	const clean_templates *strip;  /* pass 2: the learned templates */
} build;

static void item_init(item *it)
{
	memset(it, 0, sizeof(*it));
	buf_init(&it->source);
	buf_init(&it->url);
	buf_init(&it->ctype);
	buf_init(&it->meta);
	buf_init(&it->data);
	buf_init(&it->detail);
	buf_init(&it->rej_detail);
	buf_init(&it->out);
	docrec_init(&it->d);
	it->raw_file = -1;
}

static void item_free(item *it)
{
	buf_free(&it->source);
	buf_free(&it->url);
	buf_free(&it->ctype);
	buf_free(&it->meta);
	buf_free(&it->data);
	buf_free(&it->detail);
	buf_free(&it->rej_detail);
	buf_free(&it->out);
	docrec_free(&it->d);
}

/* keep the slot's buffers unless one grew large (memory stays flat) */
static void item_recycle(item *it)
{
	buf *bs[] = { &it->source, &it->url, &it->ctype, &it->meta, &it->data,
		      &it->detail, &it->rej_detail, &it->out };
	for (size_t i = 0; i < sizeof bs / sizeof *bs; i++) {
		if (bs[i]->cap > (4u << 20)) {
			buf_free(bs[i]);
			buf_init(bs[i]);
		} else {
			buf_reset(bs[i]);
		}
	}
	docrec_reset(&it->d);
	it->raw_file = -1;
	it->tmpl_lines = 0;
	it->state = ST_EMPTY;
}

/* ---- reader side --------------------------------------------------------- */

/* Reserve the slot for the next sequence number. Returns NULL when the
 * item is below the resume point (the caller just drops it) or when the
 * build is aborting (*stop set). */
static item *reader_slot(build *b, int *stop)
{
	pthread_mutex_lock(&b->mu);
	uint64_t seq = b->next_read;
	if (seq < b->start_seq) {
		b->next_read++;
		pthread_mutex_unlock(&b->mu);
		*stop = 0;
		return NULL;
	}
	while (!b->abort && seq >= b->next_write + b->W)
		pthread_cond_wait(&b->cv, &b->mu);
	*stop = b->abort;
	pthread_mutex_unlock(&b->mu);
	if (*stop)
		return NULL;
	item *it = &b->ring[seq % b->W];
	it->seq = seq;
	return it;
}

static void reader_publish(build *b, item *it)
{
	pthread_mutex_lock(&b->mu);
	it->state = ST_READ;
	b->next_read++;
	pthread_cond_broadcast(&b->cv);
	pthread_mutex_unlock(&b->mu);
}

static int sink_emit(void *ctx, const corpus_source_doc *d)
{
	build *b = ctx;
	int stop = 0;
	__atomic_add_fetch(&b->bytes_in, (uint64_t)d->len, __ATOMIC_RELAXED);
	item *it = reader_slot(b, &stop);
	if (stop)
		return -1;
	if (!it)
		return 0;
	it->kind = d->kind;
	it->raw_file = d->raw_file;
	buf_puts(&it->source, d->source ? d->source : "");
	if (d->url)
		buf_puts(&it->url, d->url);
	if (d->content_type)
		buf_puts(&it->ctype, d->content_type);
	if (d->meta)
		buf_append(&it->meta, d->meta, d->meta_len);
	if (d->kind == SRC_REJECT) {
		it->reason = d->reason;
		if (d->detail)
			buf_puts(&it->detail, d->detail);
	} else {
		buf_append(&it->data, d->data, d->len);
	}
	reader_publish(b, it);
	return 0;
}

static void sink_input_done(void *ctx)
{
	build *b = ctx;
	__atomic_add_fetch(&b->inputs_done, 1, __ATOMIC_RELAXED);
}

static uint64_t sink_next_seq(void *ctx)
{
	build *b = ctx;
	pthread_mutex_lock(&b->mu);
	uint64_t s = b->next_read;
	pthread_mutex_unlock(&b->mu);
	return s;
}

static void reader_finish(build *b, const char *failure)
{
	pthread_mutex_lock(&b->mu);
	if (failure && !b->reader_failed) {
		b->reader_failed = 1;
		snprintf(b->reader_err, sizeof b->reader_err, "%s", failure);
	}
	b->reader_done = 1;
	pthread_cond_broadcast(&b->cv);
	pthread_mutex_unlock(&b->mu);
}

/* ---- the writer's state -------------------------------------------------- */

typedef struct shard_info {
	char file[64], sigfile[64];
	uint64_t docs, raw, bytes, sigbytes;
	char sha[65], sigsha[65];
} shard_info;

typedef struct file_info {
	char file[64];
	uint64_t records, raw, bytes;
	char sha[65];
} file_info;

#define MAX_REASONS 32

typedef struct wstate {
	build *b;
	const corpus_build_opts *o;
	char dir[4096];
	int learn;               /* two passes */
	int pass;                /* 1 or 2 while learning; 2 otherwise */
	corpus_dedup *dd;
	clean_templates *counting;   /* pass 1 */
	corpus_dedup *obs;           /* pass 1: distinct pages observed (per host) */
	corpus_dedup_params obs_params;
	corpus_scratch *obs_scratch; /* resume: signatures of spooled pages */
	clean_templates *learned;    /* pass 2 (loaded from DIR/templates.txt) */
	clean_templates *loaded;     /* --templates */
	/* finished shards */
	shard_info *shards;
	size_t nshards, shards_cap;
	/* open shard */
	int shard_open;
	gzw shard;
	FILE *sigf;
	hash_ctx *sigsha;
	uint64_t sigbytes;
	shard_info cur;
	/* spool files (pass 1) */
	file_info *spool;
	size_t nspool, spool_cap;
	int spool_open;
	gzw sp;
	file_info spcur;
	uint64_t spool_records;   /* in finished spool files */
	/* templates file */
	int have_tmpl;
	file_info tmpl;
	uint64_t tmpl_hosts, tmpl_keys;
	/* raw WARC files of fetched pages */
	int raw_committed;        /* highest raw file index of a committed item, -1 */
	int raw_synced;           /* files below this are fsynced */
	file_info *raw;
	size_t nraw;
	gzw dups, rejs;
	uint64_t dups_records, rejs_records;
	/* totals */
	uint64_t seen, kept, exact, near, rejected, words, tmpl_lines, tmpl_docs;
	char reason_name[MAX_REASONS][32];
	uint64_t reason_count[MAX_REASONS];
	int nreasons;
	uint64_t written_this_run;
	double started;
	buf resumed;           /* JSON array text of earlier resume times */
	uint64_t config_hash;
	buf scratch;
} wstate;

static void count_reason(wstate *w, const char *r)
{
	for (int i = 0; i < w->nreasons; i++)
		if (!strcmp(w->reason_name[i], r)) {
			w->reason_count[i]++;
			return;
		}
	if (w->nreasons < MAX_REASONS) {
		snprintf(w->reason_name[w->nreasons], 32, "%s", r);
		w->reason_count[w->nreasons++] = 1;
	}
}

/* ---- workers ------------------------------------------------------------- */

static int lang_allowed(const corpus_build_opts *o, const char *lang)
{
	if (!o->langs || !*o->langs)
		return 1;
	if (!lang || !*lang)
		return 0;
	size_t n = strlen(lang);
	const char *p = o->langs;
	while (*p) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		while (l && *p == ' ') {
			p++;
			l--;
		}
		if (l == n && !strncasecmp(p, lang, n))
			return 1;
		if (!e)
			break;
		p = e + 1;
	}
	return 0;
}

static void reject(item *it, const char *reason, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void reject(item *it, const char *reason, const char *fmt, ...)
{
	it->verdict = V_REJECT;
	it->rej_reason = reason;
	buf_reset(&it->rej_detail);
	if (fmt) {
		va_list ap;
		va_start(ap, fmt);
		buf_vprintf(&it->rej_detail, fmt, ap);
		va_end(ap);
	}
}

static void put_field(docrec *d, int f, const char *s)
{
	buf_reset(&d->f[f]);
	if (s)
		buf_puts(&d->f[f], s);
}

/* Clean one input into it->d; reject what cannot or may not be kept. */
static void clean_item(build *b, clean_worker *cw, item *it)
{
	const corpus_build_opts *o = b->o;
	it->verdict = V_KEEP;
	if (it->kind == SRC_REJECT) {
		reject(it, it->reason, "%s", it->detail.data);
		return;
	}
	char err[256] = "";
	clean_doc d;
	int rc;
	const char *url = it->url.len ? it->url.data : NULL;
	if (it->kind == SRC_HTML) {
		size_t probe = it->data.len < 4096 ? it->data.len : 4096;
		if (memchr(it->data.data, 0, probe) || !clean_looks_like_html(it->data.data, it->data.len)) {
			reject(it, "not-html", "no HTML markup in the first bytes");
			return;
		}
		rc = clean_html(cw, it->data.data, it->data.len, url, it->ctype.len ? it->ctype.data : NULL,
				&b->copt, &d, err, sizeof err);
	} else {
		rc = clean_text(cw, it->data.data, it->data.len, url, &b->copt, &d, err, sizeof err);
	}
	if (rc) {
		reject(it, "clean-error", "%s", err);
		clean_doc_free(&d);
		return;
	}
	if (d.words < o->min_words) {
		reject(it, "too-short", "%zu words", d.words);
		clean_doc_free(&d);
		return;
	}
	if (!lang_allowed(o, d.lang)) {
		reject(it, "lang", "%s", d.lang && *d.lang ? d.lang : "unknown");
		clean_doc_free(&d);
		return;
	}
	docrec *r = &it->d;
	/* the id: from the URL the input gave (WARC, manifest), else the file path */
	const char *idsrc = url ? url : it->source.data;
	r->key = hash_xxh64(idsrc, strlen(idsrc), 0);
	r->words = d.words;
	put_field(r, DR_SOURCE, it->source.data);
	put_field(r, DR_URL, url);
	put_field(r, DR_DOCURL, d.url ? d.url : url);
	put_field(r, DR_TITLE, d.title);
	put_field(r, DR_AUTHOR, d.author);
	put_field(r, DR_DATE, d.date);
	put_field(r, DR_SITENAME, d.sitename);
	put_field(r, DR_LANG, d.lang);
	buf_reset(&r->f[DR_TEXT]);
	buf_append(&r->f[DR_TEXT], d.text ? d.text : "", d.text ? d.text_len : 0);
	buf_reset(&r->f[DR_META]);
	buf_append(&r->f[DR_META], it->meta.data, it->meta.len);
	/* templates are learned per host of the page's own URL (canonical,
	 * og:url, else the URL the input gave); pages without one are never
	 * counted or stripped */
	char host[256];
	clean_url_host(d.url ? d.url : (url ? url : ""), host, sizeof host);
	put_field(r, DR_HOST, host);
	clean_doc_free(&d);
}

static void kv_field(json_writer *jw, const char *key, const buf *v)
{
	json_key(jw, key);
	if (v->len)
		json_strn(jw, v->data, v->len);
	else
		json_null(jw);
}

/* Strip learned template text, filter by length again, sign, make the line. */
static void finish_item(build *b, corpus_scratch *cs, item *it)
{
	const corpus_build_opts *o = b->o;
	docrec *r = &it->d;
	buf *text = &r->f[DR_TEXT];
	if (b->strip && r->f[DR_HOST].len) {
		size_t removed = clean_templates_strip(b->strip, r->f[DR_HOST].data, text);
		if (removed) {
			buf_rtrim(text);
			r->words = clean_count_words(text->data, text->len);
			it->tmpl_lines = (int)removed;
		}
	}
	if (r->words < o->min_words) {
		reject(it, "too-short", "%llu words after removing template text",
		       (unsigned long long)r->words);
		return;
	}
	if (o->dedup.mode != CORPUS_DEDUP_NONE)
		corpus_signature(&o->dedup, cs, text->data, text->len, &it->sig);
	else
		memset(&it->sig, 0, sizeof it->sig);
	snprintf(it->id, sizeof it->id, "%016llx", (unsigned long long)r->key);
	char sha[41];
	hash_sha1_hex(text->data, text->len, sha);
	json_writer jw;
	buf_reset(&it->out);
	json_init(&jw, &it->out);
	json_obj_begin(&jw);
	json_kv_str(&jw, "id", it->id);
	kv_field(&jw, "url", &r->f[DR_DOCURL]);
	kv_field(&jw, "title", &r->f[DR_TITLE]);
	kv_field(&jw, "author", &r->f[DR_AUTHOR]);
	kv_field(&jw, "date", &r->f[DR_DATE]);
	kv_field(&jw, "sitename", &r->f[DR_SITENAME]);
	kv_field(&jw, "lang", &r->f[DR_LANG]);
	json_key(&jw, "text");
	json_strn(&jw, text->data, text->len);
	json_kv_int(&jw, "words", (long long)r->words);
	kv_field(&jw, "source", &r->f[DR_SOURCE]);
	json_kv_str(&jw, "sha1", sha);
	json_key(&jw, "meta");
	if (r->f[DR_META].len)
		json_raw(&jw, r->f[DR_META].data, r->f[DR_META].len);
	else
		json_raw(&jw, "{}", 2);
	json_obj_end(&jw);
	buf_putc(&it->out, '\n');
}

/* Template learning counts distinct pages only: a page that shares about
 * half or more of its word 5-grams with one already observed on its host
 * (the same article under two URLs, an updated or partly rewritten copy)
 * is not observed again, or every paragraph of an article found on three
 * pages of a small site would count as template text of that site and be
 * stripped from all three. Different articles of one site share little
 * beyond the template lines (Jaccard well under 0.2) and are all counted.
 * The signature is salted with the host, so the one index compares pages
 * of the same host only. */
static void observe_signature(const corpus_dedup_params *p, corpus_scratch *cs, const docrec *d,
			      corpus_sig *sig)
{
	corpus_signature_quick(p, cs, d->f[DR_TEXT].data, d->f[DR_TEXT].len, sig);
	uint64_t hh = hash_xxh64(d->f[DR_HOST].data, d->f[DR_HOST].len, 0x686f7374u);
	sig->exact ^= hh;
	for (unsigned k = 0; k < p->perms; k++)
		sig->mh[k] ^= (uint16_t)(hash_xxh64(&k, sizeof k, hh) >> 16);
}

static void process(build *b, clean_worker *cw, corpus_scratch *cs, item *it)
{
	switch (b->mode) {
	case MODE_SINGLE:
		clean_item(b, cw, it);
		if (it->verdict == V_KEEP)
			finish_item(b, cs, it);
		break;
	case MODE_LEARN:
		clean_item(b, cw, it);
		if (it->verdict == V_KEEP && it->d.f[DR_HOST].len)
			observe_signature(&b->w->obs_params, cs, &it->d, &it->sig);
		break;
	case MODE_WRITE:
		it->verdict = V_KEEP;
		if (spool_decode(it->data.data, it->data.len, &it->d)) {
			/* cannot happen for a file that inflated with a good CRC */
			reject(it, "spool-error", "malformed spool record");
			break;
		}
		finish_item(b, cs, it);
		break;
	}
}

static void *worker_main(void *arg)
{
	build *b = arg;
	clean_worker *cw = b->mode == MODE_WRITE ? NULL : clean_worker_new();
	corpus_scratch *cs = corpus_scratch_new();
	pthread_mutex_lock(&b->mu);
	for (;;) {
		while (!b->abort && b->next_claim >= b->next_read && !b->reader_done)
			pthread_cond_wait(&b->cv, &b->mu);
		if (b->abort || b->next_claim >= b->next_read)
			break;
		uint64_t seq = b->next_claim++;
		item *it = &b->ring[seq % b->W];
		it->state = ST_CLAIMED;
		pthread_mutex_unlock(&b->mu);
		process(b, cw, cs, it);
		pthread_mutex_lock(&b->mu);
		it->state = ST_DONE;
		pthread_cond_broadcast(&b->cv);
	}
	pthread_mutex_unlock(&b->mu);
	corpus_scratch_free(cs);
	if (cw)
		clean_worker_free(cw);
	return NULL;
}

/* ---- readers ------------------------------------------------------------- */

static void *input_reader_main(void *arg)
{
	build *b = arg;
	const corpus_build_opts *o = b->o;
	wstate *w = b->w;
	corpus_source_sink sink = { b, sink_emit, sink_input_done, sink_next_seq };
	corpus_source_opts so;
	memset(&so, 0, sizeof so);
	so.max_doc_bytes = o->max_doc_bytes;
	so.out_dir = o->out_dir;
	so.no_raw = o->no_raw;
	so.fetch = &o->fetch;
	so.fetch_batch = o->fetch_batch;
	so.resume_seq = b->start_seq;
	so.resume = o->resume;
	so.raw_resume_file = w->raw_committed > 0 ? w->raw_committed : 0;
	char err[512];
	corpus_source *src = corpus_source_new(&so, &sink, err, sizeof err);
	if (!src) {
		reader_finish(b, err);
		return NULL;
	}
	const char *failure = NULL;
	for (size_t i = 0; i < o->ninputs; i++)
		if (corpus_source_read(src, o->inputs[i]) < 0) {
			failure = corpus_source_error(src);
			break;
		}
	char fail[512] = "";
	if (failure)
		snprintf(fail, sizeof fail, "%s", failure);
	if (corpus_source_free(src, err, sizeof err) && !fail[0])
		snprintf(fail, sizeof fail, "%s", err);
	reader_finish(b, fail[0] ? fail : NULL);
	return NULL;
}

static void *spool_reader_main(void *arg)
{
	build *b = arg;
	wstate *w = b->w;
	char err[512], path[4200];
	const char *failure = NULL;
	buf rec = BUF_INIT;
	buf_init(&rec);
	for (size_t i = 0; i < w->nspool && !failure; i++) {
		snprintf(path, sizeof path, "%s/%s", w->dir, w->spool[i].file);
		spool_reader *r = spool_open(path, err, sizeof err);
		if (!r) {
			failure = err;
			break;
		}
		uint64_t n = 0;
		for (;;) {
			int k = spool_next(r, &rec, err, sizeof err);
			if (k < 0) {
				failure = err;
				break;
			}
			if (k == 0)
				break;
			n++;
			int stop = 0;
			item *it = reader_slot(b, &stop);
			if (stop) {
				failure = "";
				break;
			}
			if (!it)
				continue;
			it->kind = SRC_HTML;
			buf_append(&it->data, rec.data, rec.len);
			__atomic_add_fetch(&b->bytes_in, (uint64_t)rec.len, __ATOMIC_RELAXED);
			reader_publish(b, it);
		}
		spool_close(r);
		if (!failure && n != w->spool[i].records) {
			snprintf(err, sizeof err, "%s holds %llu documents, the manifest says %llu",
				 w->spool[i].file, (unsigned long long)n,
				 (unsigned long long)w->spool[i].records);
			failure = err;
		}
	}
	buf_free(&rec);
	reader_finish(b, failure && *failure ? failure : NULL);
	return NULL;
}

/* ---- the manifest -------------------------------------------------------- */

static uint64_t config_hash(const corpus_build_opts *o)
{
	buf s = BUF_INIT;
	buf_init(&s);
	for (size_t i = 0; i < o->ninputs; i++)
		buf_printf(&s, "in:%s\n", o->inputs[i]);
	buf_printf(&s, "min_words:%zu langs:%s shard:%llu raw:%d max:%zu\n", o->min_words,
		   o->langs ? o->langs : "", (unsigned long long)o->shard_size, !o->no_raw,
		   o->max_doc_bytes);
	buf_printf(&s, "dedup:%d %u %u %u %u %.6f\n", o->dedup.mode, o->dedup.perms, o->dedup.bands,
		   o->dedup.rows, o->dedup.shingle, o->dedup.threshold);
	/* options that change documents; politeness does not */
	buf_printf(&s, "templates:%u %s fetch-max:%zu\n", o->template_min,
		   o->templates_in ? o->templates_in : "", o->fetch.max_size);
	uint64_t h = hash_xxh64(s.data, s.len, 0);
	buf_free(&s);
	return h;
}

static void json_file_info(json_writer *jw, const file_info *f, int records)
{
	json_obj_begin(jw);
	json_kv_str(jw, "file", f->file);
	if (records)
		json_kv_int(jw, "documents", (long long)f->records);
	json_kv_int(jw, "bytes", (long long)f->bytes);
	if (records)
		json_kv_int(jw, "uncompressed_bytes", (long long)f->raw);
	json_kv_str(jw, "sha256", f->sha);
	json_obj_end(jw);
}

static int write_manifest(wstate *w, int complete, uint64_t next_seq, char *err, size_t errlen)
{
	const corpus_build_opts *o = w->o;
	buf *m = &w->scratch;
	buf_reset(m);
	json_writer jw;
	json_init(&jw, m);
	char t[32];
	json_obj_begin(&jw);
	json_kv_str(&jw, "format", "pith-corpus");
	json_kv_int(&jw, "format_version", CORPUS_FORMAT_VERSION);
	json_kv_str(&jw, "pith_version", PITH_VERSION);
	json_key(&jw, "complete");
	json_bool(&jw, complete);
	json_key(&jw, "command");
	json_arr_begin(&jw);
	for (int i = 0; i < o->argc; i++)
		json_str(&jw, o->argv[i]);
	json_arr_end(&jw);
	json_key(&jw, "options");
	json_obj_begin(&jw);
	json_kv_int(&jw, "jobs", o->jobs);
	json_kv_int(&jw, "min_words", (long long)o->min_words);
	json_kv_str(&jw, "lang", o->langs);
	json_kv_int(&jw, "shard_size", (long long)o->shard_size);
	json_kv_int(&jw, "max_doc_bytes", (long long)o->max_doc_bytes);
	json_key(&jw, "raw");
	json_bool(&jw, !o->no_raw);
	json_kv_str(&jw, "dedup", corpus_dedup_mode_name(o->dedup.mode));
	json_kv_int(&jw, "perms", o->dedup.perms);
	json_kv_int(&jw, "bands", o->dedup.bands);
	json_kv_int(&jw, "rows", o->dedup.rows);
	json_kv_int(&jw, "shingle", o->dedup.shingle);
	json_key(&jw, "threshold");
	json_double(&jw, o->dedup.threshold);
	json_kv_int(&jw, "template_min", o->template_min);
	json_key(&jw, "template_min_share");
	json_double(&jw, TEMPLATE_MIN_SHARE);
	json_kv_str(&jw, "templates", o->templates_in);
	json_kv_str(&jw, "templates_out", o->templates_out);
	json_key(&jw, "fetch");
	json_obj_begin(&jw);
	json_kv_int(&jw, "concurrency", o->fetch.concurrency);
	json_kv_int(&jw, "per_host", o->fetch.per_host);
	json_key(&jw, "delay");
	json_double(&jw, o->fetch.delay);
	json_kv_int(&jw, "retries", o->fetch.retries);
	json_kv_int(&jw, "max_size", (long long)o->fetch.max_size);
	json_key(&jw, "timeout");
	json_double(&jw, o->fetch.timeout);
	json_key(&jw, "ignore_robots");
	json_bool(&jw, o->fetch.ignore_robots);
	json_kv_str(&jw, "user_agent", o->fetch.user_agent && *o->fetch.user_agent ?
		    o->fetch.user_agent : fetch_default_user_agent());
	json_obj_end(&jw);
	json_obj_end(&jw);
	char ch[17];
	snprintf(ch, sizeof ch, "%016llx", (unsigned long long)w->config_hash);
	json_kv_str(&jw, "config_hash", ch);
	json_key(&jw, "inputs");
	json_arr_begin(&jw);
	for (size_t i = 0; i < o->ninputs; i++)
		json_str(&jw, o->inputs[i]);
	json_arr_end(&jw);
	corpus_iso_time(w->started, t);
	json_kv_str(&jw, "started", t);
	json_key(&jw, "resumed");
	json_raw(&jw, w->resumed.len ? w->resumed.data : "[]", w->resumed.len ? w->resumed.len : 2);
	if (complete) {
		corpus_iso_time(corpus_now(), t);
		json_kv_str(&jw, "finished", t);
	} else {
		json_kv_str(&jw, "finished", NULL);
	}
	json_key(&jw, "shards");
	json_arr_begin(&jw);
	for (size_t i = 0; i < w->nshards; i++) {
		shard_info *s = &w->shards[i];
		json_obj_begin(&jw);
		json_kv_str(&jw, "file", s->file);
		json_kv_int(&jw, "documents", (long long)s->docs);
		json_kv_int(&jw, "bytes", (long long)s->bytes);
		json_kv_int(&jw, "uncompressed_bytes", (long long)s->raw);
		json_kv_str(&jw, "sha256", s->sha);
		json_kv_str(&jw, "signatures", s->sigfile);
		json_kv_int(&jw, "signatures_bytes", (long long)s->sigbytes);
		json_kv_str(&jw, "signatures_sha256", s->sigsha);
		json_obj_end(&jw);
	}
	json_arr_end(&jw);
	json_key(&jw, "duplicates");
	json_obj_begin(&jw);
	json_kv_str(&jw, "file", "duplicates.jsonl.gz");
	json_kv_int(&jw, "bytes", (long long)w->dups.size);
	json_kv_int(&jw, "records", (long long)w->dups_records);
	json_obj_end(&jw);
	json_key(&jw, "rejects");
	json_obj_begin(&jw);
	json_kv_str(&jw, "file", "rejects.jsonl.gz");
	json_kv_int(&jw, "bytes", (long long)w->rejs.size);
	json_kv_int(&jw, "records", (long long)w->rejs_records);
	json_obj_end(&jw);
	if (w->learn) {
		json_key(&jw, "templates");
		json_obj_begin(&jw);
		if (w->have_tmpl) {
			json_kv_str(&jw, "file", w->tmpl.file);
			json_kv_int(&jw, "bytes", (long long)w->tmpl.bytes);
			json_kv_str(&jw, "sha256", w->tmpl.sha);
			json_kv_int(&jw, "hosts", (long long)w->tmpl_hosts);
			json_kv_int(&jw, "templates", (long long)w->tmpl_keys);
		} else {
			json_kv_str(&jw, "file", NULL);
		}
		json_obj_end(&jw);
	}
	json_key(&jw, "raw");
	json_arr_begin(&jw);
	for (size_t i = 0; i < w->nraw; i++)
		json_file_info(&jw, &w->raw[i], 0);
	json_arr_end(&jw);
	json_key(&jw, "totals");
	json_obj_begin(&jw);
	json_kv_int(&jw, "seen", (long long)w->seen);
	json_kv_int(&jw, "kept", (long long)w->kept);
	json_kv_int(&jw, "words", (long long)w->words);
	json_kv_int(&jw, "duplicates_exact", (long long)w->exact);
	json_kv_int(&jw, "duplicates_near", (long long)w->near);
	json_kv_int(&jw, "rejected", (long long)w->rejected);
	json_key(&jw, "rejected_by_reason");
	json_obj_begin(&jw);
	for (int i = 0; i < w->nreasons; i++)
		json_kv_int(&jw, w->reason_name[i], (long long)w->reason_count[i]);
	json_obj_end(&jw);
	json_kv_int(&jw, "template_lines_removed", (long long)w->tmpl_lines);
	json_kv_int(&jw, "documents_with_template_text", (long long)w->tmpl_docs);
	json_obj_end(&jw);
	json_key(&jw, "dedup_index");
	json_obj_begin(&jw);
	json_kv_int(&jw, "documents", (long long)(w->dd ? corpus_dedup_count(w->dd) : 0));
	json_kv_int(&jw, "bytes", (long long)(w->dd ? corpus_dedup_bytes(w->dd) : 0));
	json_obj_end(&jw);
	json_key(&jw, "checkpoint");
	json_obj_begin(&jw);
	json_kv_str(&jw, "pass", w->pass == 1 ? "learn" : "write");
	json_kv_int(&jw, "next_seq", (long long)next_seq);
	json_kv_int(&jw, "next_shard", (long long)w->nshards);
	json_kv_int(&jw, "raw_file", w->raw_committed > 0 ? w->raw_committed : 0);
	if (!complete) {
		json_key(&jw, "spool");
		json_arr_begin(&jw);
		for (size_t i = 0; i < w->nspool; i++)
			json_file_info(&jw, &w->spool[i], 1);
		json_arr_end(&jw);
	}
	json_obj_end(&jw);
	json_obj_end(&jw);
	buf_putc(m, '\n');
	char path[4200];
	snprintf(path, sizeof path, "%s/manifest.json", w->dir);
	return corpus_write_atomic(path, m->data, m->len, err, errlen);
}

/* ---- shards, spool files, checkpoints ------------------------------------ */

static int open_shard(wstate *w, char *err, size_t errlen)
{
	memset(&w->cur, 0, sizeof w->cur);
	snprintf(w->cur.file, sizeof w->cur.file, "shards/docs-%05zu.jsonl.gz", w->nshards);
	snprintf(w->cur.sigfile, sizeof w->cur.sigfile, "index/sigs-%05zu.bin", w->nshards);
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", w->dir, w->cur.file);
	if (gzw_open(&w->shard, path, -1, err, errlen))
		return -1;
	snprintf(path, sizeof path, "%s/%s", w->dir, w->cur.sigfile);
	w->sigf = fopen(path, "wb");
	if (!w->sigf) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		gzw_abort(&w->shard);
		return -1;
	}
	unsigned char hdr[16] = CORPUS_SIG_MAGIC;
	hdr[8] = (unsigned char)w->o->dedup.perms;
	hdr[9] = (unsigned char)(w->o->dedup.perms >> 8);
	w->sigsha = hash_sha256_new();
	fwrite(hdr, 1, sizeof hdr, w->sigf);
	hash_update(w->sigsha, hdr, sizeof hdr);
	w->sigbytes = sizeof hdr;
	w->shard_open = 1;
	return 0;
}

static int close_shard(wstate *w, char *err, size_t errlen)
{
	unsigned char d[32];
	if (gzw_close(&w->shard, d, err, errlen))
		return -1;
	hash_hex(d, 32, w->cur.sha);
	w->cur.bytes = w->shard.size;
	w->cur.raw = w->shard.raw_total;
	if (fflush(w->sigf) || fsync(fileno(w->sigf))) {
		snprintf(err, errlen, "%s: %s", w->cur.sigfile, strerror(errno));
		fclose(w->sigf);
		w->sigf = NULL;
		return -1;
	}
	fclose(w->sigf);
	w->sigf = NULL;
	hash_final(w->sigsha, d);
	w->sigsha = NULL;
	hash_hex(d, 32, w->cur.sigsha);
	w->cur.sigbytes = w->sigbytes;
	if (w->nshards == w->shards_cap) {
		w->shards_cap = w->shards_cap ? w->shards_cap * 2 : 16;
		w->shards = xrealloc(w->shards, w->shards_cap * sizeof(*w->shards));
	}
	w->shards[w->nshards++] = w->cur;
	w->shard_open = 0;
	return 0;
}

static void spool_add(wstate *w, const file_info *f)
{
	if (w->nspool == w->spool_cap) {
		w->spool_cap = w->spool_cap ? w->spool_cap * 2 : 16;
		w->spool = xrealloc(w->spool, w->spool_cap * sizeof(*w->spool));
	}
	w->spool[w->nspool++] = *f;
	w->spool_records += f->records;
}

static int open_spool(wstate *w, char *err, size_t errlen)
{
	memset(&w->spcur, 0, sizeof w->spcur);
	snprintf(w->spcur.file, sizeof w->spcur.file, "tmp/spool-%05zu.bin.gz", w->nspool);
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", w->dir, w->spcur.file);
	if (gzw_open(&w->sp, path, -1, err, errlen))
		return -1;
	w->sp.level = 1;   /* read once and deleted: speed over size */
	w->spool_open = 1;
	return 0;
}

static int close_spool(wstate *w, char *err, size_t errlen)
{
	unsigned char d[32];
	if (gzw_close(&w->sp, d, err, errlen))
		return -1;
	hash_hex(d, 32, w->spcur.sha);
	w->spcur.bytes = w->sp.size;
	w->spcur.raw = w->sp.raw_total;
	spool_add(w, &w->spcur);
	w->spool_open = 0;
	return 0;
}

/* make the raw WARC files of committed items durable */
static void sync_raw(wstate *w)
{
	for (int i = w->raw_synced; i <= w->raw_committed; i++) {
		char rel[64], path[4200];
		snprintf(rel, sizeof rel, CORPUS_RAW_FMT, i);
		snprintf(path, sizeof path, "%s/%s", w->dir, rel);
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd >= 0) {
			fsync(fd);
			close(fd);
		}
	}
	/* the last one may still grow */
	if (w->raw_committed > w->raw_synced)
		w->raw_synced = w->raw_committed;
}

/* commit point: everything before next_seq is in finished files */
static int checkpoint(wstate *w, uint64_t next_seq, int complete, char *err, size_t errlen)
{
	if (w->shard_open && close_shard(w, err, errlen))
		return -1;
	if (w->spool_open && close_spool(w, err, errlen))
		return -1;
	if (complete) {
		/* an empty file is not valid gzip: give it one empty member */
		if (w->dups.size == 0 && gzw_write(&w->dups, "", 0, err, errlen))
			return -1;
		if (w->rejs.size == 0 && gzw_write(&w->rejs, "", 0, err, errlen))
			return -1;
	}
	if (gzw_end_member(&w->dups, err, errlen) || gzw_end_member(&w->rejs, err, errlen))
		return -1;
	sync_raw(w);
	return write_manifest(w, complete, next_seq, err, errlen);
}

static void crash_hook(wstate *w)
{
	if (w->o->crash_after && ++w->written_this_run >= w->o->crash_after) {
		/* testing hook: die the way kill -9 does, mid-file */
		raise(SIGKILL);
	}
}

static int write_reject(wstate *w, item *it, char *err, size_t errlen)
{
	buf *r = &w->scratch;
	json_writer jw;
	buf_reset(r);
	json_init(&jw, r);
	json_obj_begin(&jw);
	if (w->b->mode == MODE_WRITE) {
		kv_field(&jw, "source", &it->d.f[DR_SOURCE]);
		kv_field(&jw, "url", &it->d.f[DR_URL]);
	} else {
		json_kv_str(&jw, "source", it->source.data);
		json_kv_str(&jw, "url", it->url.len ? it->url.data : NULL);
	}
	json_kv_str(&jw, "reason", it->rej_reason);
	json_kv_str(&jw, "detail", it->rej_detail.len ? it->rej_detail.data : NULL);
	json_obj_end(&jw);
	buf_putc(r, '\n');
	if (w->b->mode != MODE_WRITE)
		w->seen++;
	w->rejected++;
	w->rejs_records++;
	count_reason(w, it->rej_reason);
	return gzw_write(&w->rejs, r->data, r->len, err, errlen);
}

/* pass 1 of a learning build: rejects, observe, spool */
static int write_learn(wstate *w, item *it, char *err, size_t errlen)
{
	if (it->raw_file > w->raw_committed)
		w->raw_committed = it->raw_file;
	if (it->verdict == V_REJECT) {
		if (write_reject(w, it, err, errlen))
			return -1;
		crash_hook(w);
		return 0;
	}
	docrec *r = &it->d;
	corpus_match m;
	if (r->f[DR_HOST].len && corpus_dedup_check_add(w->obs, &it->sig, r->key, &m) == CORPUS_MATCH_NONE) {
		clean_templates_observe(w->counting, r->f[DR_HOST].data, r->f[DR_TEXT].data,
					r->f[DR_TEXT].len);
		r->flags |= DOCREC_OBSERVED;
	}
	if (!w->spool_open && open_spool(w, err, errlen))
		return -1;
	buf_reset(&it->out);
	spool_encode(r, &it->out);
	if (gzw_write(&w->sp, it->out.data, it->out.len, err, errlen))
		return -1;
	w->spcur.records++;
	w->seen++;
	crash_hook(w);
	/* spool files are checkpoints of pass 1: a few times a shard's size */
	uint64_t cap = w->o->shard_size < SPOOL_CHUNK_MAX / 8 ? w->o->shard_size * 8 : SPOOL_CHUNK_MAX;
	if (w->sp.raw_total >= cap && checkpoint(w, it->seq + 1, 0, err, errlen))
		return -1;
	return 0;
}

/* counted once the item is written (a checkpoint taken while writing it
 * must not include it) */
static void count_doc(wstate *w, const item *it)
{
	if (w->b->mode == MODE_SINGLE)
		w->seen++;
	if (it->tmpl_lines) {
		w->tmpl_lines += (uint64_t)it->tmpl_lines;
		w->tmpl_docs++;
	}
}

/* one pass, or pass 2: deduplicate, write shards */
static int write_final(wstate *w, item *it, char *err, size_t errlen)
{
	const corpus_build_opts *o = w->o;
	if (it->raw_file > w->raw_committed)
		w->raw_committed = it->raw_file;
	if (it->verdict == V_REJECT) {
		if (write_reject(w, it, err, errlen))
			return -1;
		crash_hook(w);
		return 0;
	}
	json_writer jw;
	buf *r = &w->scratch;
	corpus_match m;
	int kind = corpus_dedup_check_add(w->dd, &it->sig, it->d.key, &m);
	if (kind != CORPUS_MATCH_NONE) {
		char dup_of[17];
		snprintf(dup_of, sizeof dup_of, "%016llx", (unsigned long long)m.key);
		buf_reset(r);
		json_init(&jw, r);
		json_obj_begin(&jw);
		json_kv_str(&jw, "id", it->id);
		kv_field(&jw, "url", &it->d.f[DR_DOCURL]);
		kv_field(&jw, "source", &it->d.f[DR_SOURCE]);
		json_kv_str(&jw, "dup_of", dup_of);
		json_kv_str(&jw, "kind", kind == CORPUS_MATCH_EXACT ? "exact" : "near");
		json_key(&jw, "similarity");
		json_double(&jw, m.similarity);
		json_obj_end(&jw);
		buf_putc(r, '\n');
		if (gzw_write(&w->dups, r->data, r->len, err, errlen))
			return -1;
		if (kind == CORPUS_MATCH_EXACT)
			w->exact++;
		else
			w->near++;
		w->dups_records++;
		count_doc(w, it);
		crash_hook(w);
		return 0;
	}
	/* a kept document: rotate first if it would overflow the shard */
	if (w->shard_open && w->cur.docs && w->shard.raw_total + it->out.len > o->shard_size &&
	    checkpoint(w, it->seq, 0, err, errlen))
		return -1;
	if (!w->shard_open && open_shard(w, err, errlen))
		return -1;
	if (gzw_write(&w->shard, it->out.data, it->out.len, err, errlen))
		return -1;
	unsigned char rec[24 + 2 * CORPUS_MAX_PERMS];
	size_t rl = corpus_sig_record_size(o->dedup.perms);
	corpus_sig_encode(&it->sig, it->d.key, o->dedup.perms, rec);
	if (fwrite(rec, 1, rl, w->sigf) != rl) {
		snprintf(err, errlen, "%s: write failed", w->cur.sigfile);
		return -1;
	}
	hash_update(w->sigsha, rec, rl);
	w->sigbytes += rl;
	w->cur.docs++;
	w->kept++;
	w->words += it->d.words;
	count_doc(w, it);
	crash_hook(w);
	return 0;
}

/* ---- running a pass ------------------------------------------------------ */

static void report_progress(wstate *w, build *b, double t0)
{
	if (!w->o->progress)
		return;
	corpus_progress p;
	memset(&p, 0, sizeof p);
	p.pass = w->learn ? (b->mode == MODE_LEARN ? 1 : 2) : 0;
	if (b->mode == MODE_WRITE) {
		p.pass_done = b->next_write;
		p.pass_total = w->spool_records;
		p.inputs_done = p.inputs_total = w->o->ninputs;
	} else {
		p.inputs_done = __atomic_load_n(&b->inputs_done, __ATOMIC_RELAXED);
		p.inputs_total = w->o->ninputs;
	}
	p.seen = w->seen;
	p.kept = w->kept;
	p.exact_dups = w->exact;
	p.near_dups = w->near;
	p.rejected = w->rejected;
	p.bytes_in = __atomic_load_n(&b->bytes_in, __ATOMIC_RELAXED);
	p.elapsed = corpus_now() - t0;
	w->o->progress(w->o->progress_ctx, &p);
}

/* Run one pass from start_seq; *end_seq receives the first sequence
 * number not written. 0, or -1 with err. */
static int run_pass(wstate *w, int mode, uint64_t start_seq, uint64_t *end_seq, char *err,
		    size_t errlen)
{
	const corpus_build_opts *o = w->o;
	build b;
	memset(&b, 0, sizeof b);
	b.o = o;
	b.w = w;
	b.mode = mode;
	b.copt.templates = w->loaded;
	b.strip = mode == MODE_WRITE ? w->learned : NULL;
	w->b = &b;
	pthread_mutex_init(&b.mu, NULL);
	pthread_cond_init(&b.cv, NULL);
	b.W = 4 * (size_t)o->jobs + 8;
	b.ring = xcalloc(b.W, sizeof(item));
	for (size_t i = 0; i < b.W; i++)
		item_init(&b.ring[i]);
	/* the reader numbers every item from 0 and drops those below start_seq */
	b.start_seq = b.next_claim = b.next_write = start_seq;
	b.next_read = 0;
	pthread_t reader, *workers = xcalloc((size_t)o->jobs, sizeof(pthread_t));
	pthread_create(&reader, NULL, mode == MODE_WRITE ? spool_reader_main : input_reader_main, &b);
	for (int i = 0; i < o->jobs; i++)
		pthread_create(&workers[i], NULL, worker_main, &b);

	double t0 = corpus_now(), last = t0;
	int failed = 0;
	pthread_mutex_lock(&b.mu);
	for (;;) {
		item *it = &b.ring[b.next_write % b.W];
		while (!(it->state == ST_DONE && it->seq == b.next_write) &&
		       !(b.reader_done && b.next_write >= b.next_read))
			pthread_cond_wait(&b.cv, &b.mu);
		if (!(it->state == ST_DONE && it->seq == b.next_write))
			break;
		pthread_mutex_unlock(&b.mu);
		int rc = mode == MODE_LEARN ? write_learn(w, it, err, errlen) :
			 write_final(w, it, err, errlen);
		if (rc)
			failed = 1;
		double now = corpus_now();
		if (now - last > 0.25) {
			report_progress(w, &b, t0);
			last = now;
		}
		pthread_mutex_lock(&b.mu);
		item_recycle(it);
		b.next_write++;
		if (failed)
			b.abort = 1;
		pthread_cond_broadcast(&b.cv);
		if (failed)
			break;
	}
	*end_seq = b.next_write;
	pthread_mutex_unlock(&b.mu);
	pthread_join(reader, NULL);
	for (int i = 0; i < o->jobs; i++)
		pthread_join(workers[i], NULL);
	free(workers);
	if (!failed && b.reader_failed) {
		snprintf(err, errlen, "%s", b.reader_err);
		failed = 1;
	}
	if (!failed)
		report_progress(w, &b, t0);
	for (size_t i = 0; i < b.W; i++)
		item_free(&b.ring[i]);
	free(b.ring);
	pthread_mutex_destroy(&b.mu);
	pthread_cond_destroy(&b.cv);
	w->b = NULL;
	return failed ? -1 : 0;
}

/* ---- directory setup, lock, resume -------------------------------------- */

static int mkdir_p(const char *path)
{
	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s", path);
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = 0;
		if (mkdir(tmp, 0755) && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(tmp, 0755) && errno != EEXIST)
		return -1;
	return 0;
}

/* remove files in DIR/sub not named in keep[0..n) (partial files of a crash) */
static void prune_dir(const char *dir, const char *sub, const char *const *keep, size_t n)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, sub);
	DIR *d = opendir(path);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char rel[512];
		snprintf(rel, sizeof rel, "%s/%s", sub, e->d_name);
		int named = 0;
		for (size_t i = 0; i < n && !named; i++)
			named = !strcmp(keep[i], rel);
		if (!named) {
			snprintf(path, sizeof path, "%s/%s/%s", dir, sub, e->d_name);
			unlink(path);
		}
	}
	closedir(d);
}

static void prune_outputs(wstate *w)
{
	size_t n = w->nshards > w->nspool ? w->nshards : w->nspool;
	const char **keep = xcalloc(n + 1, sizeof(char *));
	for (size_t i = 0; i < w->nshards; i++)
		keep[i] = w->shards[i].file;
	prune_dir(w->dir, "shards", keep, w->nshards);
	for (size_t i = 0; i < w->nshards; i++)
		keep[i] = w->shards[i].sigfile;
	prune_dir(w->dir, "index", keep, w->nshards);
	for (size_t i = 0; i < w->nspool; i++)
		keep[i] = w->spool[i].file;
	prune_dir(w->dir, "tmp", keep, w->nspool);
	free(keep);
}

static void remove_spool(wstate *w)
{
	prune_dir(w->dir, "tmp", NULL, 0);
	char path[4200];
	snprintf(path, sizeof path, "%s/tmp", w->dir);
	rmdir(path);
	snprintf(path, sizeof path, "%s/" TEMPLATES_FILE ".tmp", w->dir);
	unlink(path);
}

static int load_sigs(wstate *w, const shard_info *s, char *err, size_t errlen)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", w->dir, s->sigfile);
	buf data = BUF_INIT;
	buf_init(&data);
	if (corpus_read_file(path, &data, err, errlen)) {
		buf_free(&data);
		return -1;
	}
	char sha[65];
	hash_sha256_hex(data.data, data.len, sha);
	unsigned perms = w->o->dedup.perms;
	size_t rl = corpus_sig_record_size(perms);
	if (strcmp(sha, s->sigsha) || data.len < 16 || memcmp(data.data, CORPUS_SIG_MAGIC, 8) ||
	    (data.len - 16) % rl || (data.len - 16) / rl != s->docs) {
		snprintf(err, errlen, "%s does not match the manifest; cannot resume", s->sigfile);
		buf_free(&data);
		return -1;
	}
	corpus_sig sig;
	uint64_t key;
	for (size_t off = 16; off < data.len; off += rl) {
		corpus_sig_decode((const unsigned char *)data.data + off, perms, &sig, &key);
		corpus_dedup_add(w->dd, &sig, key);
	}
	buf_free(&data);
	return 0;
}

/* pass 1 resumed: observe the spooled documents again, in order */
static int reobserve_spool(wstate *w, char *err, size_t errlen)
{
	char path[4200];
	buf rec = BUF_INIT;
	buf_init(&rec);
	docrec d;
	docrec_init(&d);
	int rc = 0;
	for (size_t i = 0; i < w->nspool && !rc; i++) {
		snprintf(path, sizeof path, "%s/%s", w->dir, w->spool[i].file);
		spool_reader *r = spool_open(path, err, errlen);
		if (!r) {
			rc = -1;
			break;
		}
		uint64_t n = 0;
		int k;
		while ((k = spool_next(r, &rec, err, errlen)) == 1) {
			if (spool_decode(rec.data, rec.len, &d)) {
				snprintf(err, errlen, "%s: malformed record", w->spool[i].file);
				k = -1;
				break;
			}
			if (d.flags & DOCREC_OBSERVED) {
				corpus_sig sig;
				observe_signature(&w->obs_params, w->obs_scratch, &d, &sig);
				corpus_dedup_add(w->obs, &sig, d.key);
				clean_templates_observe(w->counting, d.f[DR_HOST].data, d.f[DR_TEXT].data,
							d.f[DR_TEXT].len);
			}
			n++;
		}
		spool_close(r);
		if (k < 0)
			rc = -1;
		else if (n != w->spool[i].records) {
			snprintf(err, errlen, "%s holds %llu documents, the manifest says %llu",
				 w->spool[i].file, (unsigned long long)n,
				 (unsigned long long)w->spool[i].records);
			rc = -1;
		}
	}
	docrec_free(&d);
	buf_free(&rec);
	if (rc)
		snprintf(err + strlen(err), errlen - strlen(err), "; cannot resume");
	return rc;
}

static uint64_t jget_u(const jsonr_doc *d, const jsonr_node *n, const char *key)
{
	long long v = 0;
	if (jsonr_int(d, jsonr_get(d, n, key), &v) || v < 0)
		return 0;
	return (uint64_t)v;
}

static void jget_s(const jsonr_doc *d, const jsonr_node *n, const char *key, char *out, size_t outlen)
{
	const char *s = jsonr_str(d, jsonr_get(d, n, key), NULL);
	snprintf(out, outlen, "%s", s ? s : "");
}

static void jget_file(const jsonr_doc *d, const jsonr_node *n, file_info *f)
{
	memset(f, 0, sizeof(*f));
	jget_s(d, n, "file", f->file, sizeof f->file);
	jget_s(d, n, "sha256", f->sha, sizeof f->sha);
	f->records = jget_u(d, n, "documents");
	f->bytes = jget_u(d, n, "bytes");
	f->raw = jget_u(d, n, "uncompressed_bytes");
}

static void totals_out(const wstate *w, corpus_totals *t)
{
	if (!t)
		return;
	t->seen = w->seen;
	t->kept = w->kept;
	t->exact_dups = w->exact;
	t->near_dups = w->near;
	t->rejected = w->rejected;
	t->words = w->words;
	t->shards = w->nshards;
	t->template_lines = w->tmpl_lines;
	t->template_docs = w->tmpl_docs;
}

/* Returns 1 when the corpus is already complete, 0 when state was loaded,
 * -1 on error. */
static int resume_state(wstate *w, uint64_t *next_seq, int64_t *dups_keep, int64_t *rejs_keep,
			char *err, size_t errlen)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/manifest.json", w->dir);
	buf text = BUF_INIT;
	buf_init(&text);
	if (corpus_read_file(path, &text, err, errlen)) {
		buf_free(&text);
		return -1;
	}
	jsonr_doc d;
	char jerr[256];
	if (jsonr_parse(&d, text.data, text.len, 0, jerr, sizeof jerr)) {
		snprintf(err, errlen, "manifest.json: %s", jerr);
		jsonr_free(&d);
		buf_free(&text);
		return -1;
	}
	const jsonr_node *root = jsonr_root(&d);
	int rc = 0;
	char ch[32], want[17];
	jget_s(&d, root, "config_hash", ch, sizeof ch);
	snprintf(want, sizeof want, "%016llx", (unsigned long long)w->config_hash);
	if (strcmp(ch, want)) {
		snprintf(err, errlen, "the inputs or options differ from the interrupted build "
			 "(see %s/manifest.json: \"command\"); resume with the same ones", w->dir);
		rc = -1;
		goto out;
	}
	if (jsonr_bool(jsonr_get(&d, root, "complete")) == 1)
		rc = 1;
	const jsonr_node *sh = jsonr_get(&d, root, "shards");
	for (const jsonr_node *s = jsonr_first(&d, sh); s; s = jsonr_next(&d, s)) {
		shard_info si;
		memset(&si, 0, sizeof si);
		jget_s(&d, s, "file", si.file, sizeof si.file);
		jget_s(&d, s, "signatures", si.sigfile, sizeof si.sigfile);
		jget_s(&d, s, "sha256", si.sha, sizeof si.sha);
		jget_s(&d, s, "signatures_sha256", si.sigsha, sizeof si.sigsha);
		si.docs = jget_u(&d, s, "documents");
		si.bytes = jget_u(&d, s, "bytes");
		si.raw = jget_u(&d, s, "uncompressed_bytes");
		si.sigbytes = jget_u(&d, s, "signatures_bytes");
		if (w->nshards == w->shards_cap) {
			w->shards_cap = w->shards_cap ? w->shards_cap * 2 : 16;
			w->shards = xrealloc(w->shards, w->shards_cap * sizeof(*w->shards));
		}
		w->shards[w->nshards++] = si;
	}
	const jsonr_node *t = jsonr_get(&d, root, "totals");
	w->seen = jget_u(&d, t, "seen");
	w->kept = jget_u(&d, t, "kept");
	w->words = jget_u(&d, t, "words");
	w->exact = jget_u(&d, t, "duplicates_exact");
	w->near = jget_u(&d, t, "duplicates_near");
	w->rejected = jget_u(&d, t, "rejected");
	w->tmpl_lines = jget_u(&d, t, "template_lines_removed");
	w->tmpl_docs = jget_u(&d, t, "documents_with_template_text");
	const jsonr_node *rr = jsonr_get(&d, t, "rejected_by_reason");
	for (const jsonr_node *r = jsonr_first(&d, rr); r && w->nreasons < MAX_REASONS; r = jsonr_next(&d, r)) {
		snprintf(w->reason_name[w->nreasons], 32, "%s", jsonr_key(&d, r));
		long long v = 0;
		jsonr_int(&d, r, &v);
		w->reason_count[w->nreasons++] = (uint64_t)v;
	}
	const jsonr_node *du = jsonr_get(&d, root, "duplicates");
	*dups_keep = (int64_t)jget_u(&d, du, "bytes");
	w->dups_records = jget_u(&d, du, "records");
	const jsonr_node *re = jsonr_get(&d, root, "rejects");
	*rejs_keep = (int64_t)jget_u(&d, re, "bytes");
	w->rejs_records = jget_u(&d, re, "records");
	const jsonr_node *tm = jsonr_get(&d, root, "templates");
	if (jsonr_str(&d, jsonr_get(&d, tm, "file"), NULL)) {
		jget_file(&d, tm, &w->tmpl);
		w->have_tmpl = 1;
		w->tmpl_hosts = jget_u(&d, tm, "hosts");
		w->tmpl_keys = jget_u(&d, tm, "templates");
	}
	const jsonr_node *raw = jsonr_get(&d, root, "raw");
	for (const jsonr_node *r = jsonr_first(&d, raw); r; r = jsonr_next(&d, r)) {
		w->raw = xrealloc(w->raw, (w->nraw + 1) * sizeof(*w->raw));
		jget_file(&d, r, &w->raw[w->nraw++]);
	}
	const jsonr_node *cp = jsonr_get(&d, root, "checkpoint");
	*next_seq = jget_u(&d, cp, "next_seq");
	char pass[16];
	jget_s(&d, cp, "pass", pass, sizeof pass);
	w->pass = w->learn && strcmp(pass, "write") ? 1 : 2;
	w->raw_committed = (int)jget_u(&d, cp, "raw_file");
	const jsonr_node *sp = jsonr_get(&d, cp, "spool");
	for (const jsonr_node *s = jsonr_first(&d, sp); s; s = jsonr_next(&d, s)) {
		file_info f;
		jget_file(&d, s, &f);
		spool_add(w, &f);
	}
	char started[32];
	jget_s(&d, root, "started", started, sizeof started);
	struct tm tmv;
	memset(&tmv, 0, sizeof tmv);
	if (strptime(started, "%Y-%m-%dT%H:%M:%SZ", &tmv))
		w->started = (double)timegm(&tmv);
	const jsonr_node *rs = jsonr_get(&d, root, "resumed");
	buf_reset(&w->resumed);
	json_writer jw;
	json_init(&jw, &w->resumed);
	json_arr_begin(&jw);
	for (const jsonr_node *r = jsonr_first(&d, rs); r; r = jsonr_next(&d, r))
		json_str(&jw, jsonr_str(&d, r, NULL));
	if (rc == 0) {
		char now[32];
		corpus_iso_time(corpus_now(), now);
		json_str(&jw, now);
	}
	json_arr_end(&jw);
out:
	jsonr_free(&d);
	buf_free(&text);
	return rc;
}

/* Is DIR usable for a new build (empty, or only what a build that died
 * before its first manifest leaves, with --resume)? */
static int dir_check_new(const wstate *w, char *err, size_t errlen)
{
	DIR *d = opendir(w->dir);
	if (!d)
		return 0;
	struct dirent *e;
	int ours = 0, foreign = 0;
	while ((e = readdir(d))) {
		const char *n = e->d_name;
		if (!strcmp(n, ".") || !strcmp(n, "..") || !strcmp(n, ".lock"))
			continue;
		if (!strcmp(n, "shards") || !strcmp(n, "index") || !strcmp(n, "raw") ||
		    !strcmp(n, "tmp") || !strcmp(n, "duplicates.jsonl.gz") ||
		    !strcmp(n, "rejects.jsonl.gz") || !strcmp(n, "manifest.json.tmp") ||
		    !strcmp(n, TEMPLATES_FILE) || !strcmp(n, TEMPLATES_FILE ".tmp"))
			ours = 1;
		else
			foreign = 1;
	}
	closedir(d);
	if (foreign || (ours && !w->o->resume)) {
		snprintf(err, errlen, "%s is not empty; choose a new or empty directory", w->dir);
		return -1;
	}
	return 0;
}

/* file size and sha256 of DIR/rel */
static int digest_file(const char *dir, const char *rel, file_info *f, char *err, size_t errlen)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	memset(f, 0, sizeof(*f));
	snprintf(f->file, sizeof f->file, "%s", rel);
	hash_ctx *h = hash_sha256_new();
	unsigned char *b = xmalloc(1 << 16), d[32];
	size_t n;
	while ((n = fread(b, 1, 1 << 16, fp)) > 0) {
		hash_update(h, b, n);
		f->bytes += n;
	}
	hash_final(h, d);
	free(b);
	int bad = ferror(fp);
	fclose(fp);
	hash_hex(d, 32, f->sha);
	if (bad) {
		snprintf(err, errlen, "%s: read error", path);
		return -1;
	}
	return 0;
}

/* the raw WARC files, with sizes and digests, once nothing appends to them */
static int list_raw(wstate *w, char *err, size_t errlen)
{
	free(w->raw);
	w->raw = NULL;
	w->nraw = 0;
	for (int i = 0;; i++) {
		char rel[64], path[4200];
		snprintf(rel, sizeof rel, CORPUS_RAW_FMT, i);
		snprintf(path, sizeof path, "%s/%s", w->dir, rel);
		if (access(path, F_OK))
			break;
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd >= 0) {
			fsync(fd);
			close(fd);
		}
		w->raw = xrealloc(w->raw, (w->nraw + 1) * sizeof(*w->raw));
		if (digest_file(w->dir, rel, &w->raw[w->nraw], err, errlen))
			return -1;
		w->nraw++;
	}
	return 0;
}

/* pass 1 -> 2: finalize, save DIR/templates.txt atomically, load it back */
static int save_templates(wstate *w, char *err, size_t errlen)
{
	clean_templates_finalize(w->counting);
	clean_templates_stats st;
	clean_templates_get_stats(w->counting, &st);
	char tmp[4200], path[4200];
	snprintf(tmp, sizeof tmp, "%s/" TEMPLATES_FILE ".tmp", w->dir);
	snprintf(path, sizeof path, "%s/" TEMPLATES_FILE, w->dir);
	if (clean_templates_save(w->counting, tmp, err, errlen))
		return -1;
	clean_templates_free(w->counting);
	w->counting = NULL;
	buf data = BUF_INIT;
	buf_init(&data);
	if (corpus_read_file(tmp, &data, err, errlen) ||
	    corpus_write_atomic(path, data.data, data.len, err, errlen)) {
		buf_free(&data);
		return -1;
	}
	unlink(tmp);
	memset(&w->tmpl, 0, sizeof w->tmpl);
	snprintf(w->tmpl.file, sizeof w->tmpl.file, TEMPLATES_FILE);
	w->tmpl.bytes = data.len;
	hash_sha256_hex(data.data, data.len, w->tmpl.sha);
	w->have_tmpl = 1;
	w->tmpl_keys = st.templates;
	/* hosts with templates: "host\t" lines */
	w->tmpl_hosts = 0;
	for (const char *p = data.data; (p = strstr(p, "\nhost\t")); p++)
		w->tmpl_hosts++;
	buf_free(&data);
	return 0;
}

static int load_templates(wstate *w, char *err, size_t errlen)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", w->dir, w->tmpl.file);
	buf data = BUF_INIT;
	buf_init(&data);
	if (corpus_read_file(path, &data, err, errlen)) {
		buf_free(&data);
		return -1;
	}
	char sha[65];
	hash_sha256_hex(data.data, data.len, sha);
	buf_free(&data);
	if (strcmp(sha, w->tmpl.sha)) {
		snprintf(err, errlen, "%s does not match the manifest; cannot resume", w->tmpl.file);
		return -1;
	}
	w->learned = clean_templates_load(path, err, errlen);
	return w->learned ? 0 : -1;
}

static int copy_file(const char *from, const char *to, char *err, size_t errlen)
{
	buf data = BUF_INIT;
	buf_init(&data);
	int rc = corpus_read_file(from, &data, err, errlen);
	if (!rc)
		rc = corpus_write_atomic(to, data.data, data.len, err, errlen);
	buf_free(&data);
	return rc;
}

/* ---- the build ----------------------------------------------------------- */

int corpus_build(const corpus_build_opts *o, corpus_totals *totals, char *err, size_t errlen)
{
	if (totals)
		memset(totals, 0, sizeof(*totals));
	if (corpus_dedup_check(&o->dedup, err, errlen))
		return -1;
	if (!o->out_dir || !*o->out_dir) {
		snprintf(err, errlen, "no output directory");
		return -1;
	}
	if (o->jobs < 1 || o->jobs > 1024) {
		snprintf(err, errlen, "jobs must be 1..1024");
		return -1;
	}
	if (o->templates_out && !o->template_min) {
		snprintf(err, errlen, "--templates-out needs template learning (--template-min > 0)");
		return -1;
	}
	wstate w;
	memset(&w, 0, sizeof w);
	w.o = o;
	w.learn = o->template_min > 0;
	w.pass = w.learn ? 1 : 2;
	w.raw_committed = -1;
	snprintf(w.dir, sizeof w.dir, "%s", o->out_dir);
	buf_init(&w.resumed);
	buf_init(&w.scratch);
	w.config_hash = config_hash(o);
	w.started = corpus_now();
	w.dups.fd = w.rejs.fd = w.shard.fd = w.sp.fd = -1;
	char path[4200];
	int rc = -1, lockfd = -1;
	uint64_t next_seq = 0, end_seq = 0;
	int64_t dups_keep = -1, rejs_keep = -1;
	if (o->templates_in) {
		w.loaded = clean_templates_load(o->templates_in, err, errlen);
		if (!w.loaded)
			goto out;
	}
	if (mkdir_p(w.dir)) {
		snprintf(err, errlen, "%s: %s", w.dir, strerror(errno));
		goto out;
	}
	snprintf(path, sizeof path, "%s/.lock", w.dir);
	lockfd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	if (lockfd < 0 || flock(lockfd, LOCK_EX | LOCK_NB)) {
		snprintf(err, errlen, "%s: %s", w.dir,
			 lockfd < 0 ? strerror(errno) : "another build is writing this directory");
		goto out;
	}
	w.dd = corpus_dedup_new(&o->dedup);
	snprintf(path, sizeof path, "%s/manifest.json", w.dir);
	int have_manifest = access(path, F_OK) == 0;
	if (have_manifest && !o->resume) {
		snprintf(err, errlen, "%s already holds a corpus (manifest.json): use --resume to "
			 "finish an interrupted build, or choose another directory", w.dir);
		goto out;
	}
	if (!have_manifest && dir_check_new(&w, err, errlen))
		goto out;
	if (have_manifest) {
		int r = resume_state(&w, &next_seq, &dups_keep, &rejs_keep, err, errlen);
		if (r < 0)
			goto out;
		if (r == 1) {
			/* nothing left to do (but a crash may have come between
			 * the last manifest and the clean-up) */
			remove_spool(&w);
			if (o->templates_out && w.have_tmpl) {
				snprintf(path, sizeof path, "%s/%s", w.dir, w.tmpl.file);
				if (copy_file(path, o->templates_out, err, errlen))
					goto out;
			}
			totals_out(&w, totals);
			rc = 0;
			goto out;
		}
		if (w.pass == 2)
			for (size_t i = 0; i < w.nshards; i++)
				if (load_sigs(&w, &w.shards[i], err, errlen))
					goto out;
	}
	const char *subs[] = { "shards", "index", "tmp" };
	for (size_t i = 0; i < sizeof subs / sizeof *subs; i++) {
		if (i == 2 && !w.learn)
			continue;
		snprintf(path, sizeof path, "%s/%s", w.dir, subs[i]);
		if (mkdir_p(path)) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			goto out;
		}
	}
	prune_outputs(&w);
	snprintf(path, sizeof path, "%s/duplicates.jsonl.gz", w.dir);
	if (gzw_open(&w.dups, path, dups_keep, err, errlen))
		goto out;
	snprintf(path, sizeof path, "%s/rejects.jsonl.gz", w.dir);
	if (gzw_open(&w.rejs, path, rejs_keep, err, errlen))
		goto out;
	/* the first manifest makes a crash before the first checkpoint resumable */
	if (!have_manifest && write_manifest(&w, 0, 0, err, errlen))
		goto out;

	if (w.pass == 1) {
		w.counting = clean_templates_new(o->template_min, TEMPLATE_MIN_SHARE);
		/* pages sharing half their shingles are versions of one
		 * document for counting purposes: 32 minima, 16 bands of 2
		 * (a pair at J 0.5 is a candidate with p = 0.99, at 0.6 with
		 * 0.9992), estimates from 0.355 count; distinct articles of
		 * one site share little beyond its template lines (J < 0.2) */
		corpus_dedup_defaults(&w.obs_params);
		w.obs_params.perms = 32;
		w.obs_params.bands = 16;
		w.obs_params.rows = 2;
		w.obs_params.threshold = 0.5;
		w.obs = corpus_dedup_new(&w.obs_params);
		w.obs_scratch = corpus_scratch_new();
		if (reobserve_spool(&w, err, errlen))
			goto out;
		if (run_pass(&w, MODE_LEARN, next_seq, &end_seq, err, errlen))
			goto out;
		corpus_dedup_free(w.obs);
		w.obs = NULL;
		if (w.spool_open && close_spool(&w, err, errlen))
			goto out;
		if (save_templates(&w, err, errlen) || list_raw(&w, err, errlen))
			goto out;
		w.pass = 2;
		next_seq = 0;
		if (checkpoint(&w, 0, 0, err, errlen))
			goto out;
	}
	if (w.learn && load_templates(&w, err, errlen))
		goto out;
	if (run_pass(&w, w.learn ? MODE_WRITE : MODE_SINGLE, next_seq, &end_seq, err, errlen))
		goto out;
	if (!w.learn && list_raw(&w, err, errlen))
		goto out;
	if (checkpoint(&w, end_seq, 1, err, errlen))
		goto out;
	if (w.learn) {
		remove_spool(&w);
		if (o->templates_out) {
			snprintf(path, sizeof path, "%s/%s", w.dir, w.tmpl.file);
			if (copy_file(path, o->templates_out, err, errlen))
				goto out;
		}
	}
	totals_out(&w, totals);
	rc = 0;
out:
	if (rc && totals)
		totals_out(&w, totals);
	if (w.shard_open) {
		gzw_abort(&w.shard);
		if (w.sigf)
			fclose(w.sigf);
		if (w.sigsha) {
			unsigned char d[32];
			hash_final(w.sigsha, d);
		}
	}
	if (w.spool_open)
		gzw_abort(&w.sp);
	if (w.dups.fd >= 0)
		gzw_abort(&w.dups);
	if (w.rejs.fd >= 0)
		gzw_abort(&w.rejs);
	corpus_dedup_free(w.dd);
	corpus_dedup_free(w.obs);
	corpus_scratch_free(w.obs_scratch);
	clean_templates_free(w.counting);
	clean_templates_free(w.learned);
	clean_templates_free(w.loaded);
	free(w.shards);
	free(w.spool);
	free(w.raw);
	buf_free(&w.resumed);
	buf_free(&w.scratch);
	if (lockfd >= 0)
		close(lockfd);
	return rc;
}
