/*
 * build.c: the streaming corpus build.
 *
 * Threads: one reader walks the inputs in a fixed order (arguments in
 * order, directories sorted bytewise, WARC records in file order) and gives
 * every document-to-be a sequence number; N workers clean, filter and sign
 * documents; the calling thread is the one writer, which consumes results
 * strictly in sequence order, deduplicates against the index and writes
 * shards, duplicates and rejects. Items live in a ring of W = 4N + 8 slots
 * (slot = seq mod W) and the reader may run at most W items ahead of the
 * writer, so memory is flat whatever the input size (the dedup index
 * aside), and the output depends only on the sequence, never on which
 * worker finished first: shards are byte-identical for any -j.
 *
 * Checkpoints: whenever a shard fills up, the writer closes it (fsync,
 * sha256), closes its signature file, ends the current gzip members of
 * duplicates/rejects, and rewrites manifest.json atomically with the
 * finished shards, the file lengths of duplicates/rejects, the totals and
 * the sequence number of the first document not yet committed. A crash at
 * any moment therefore leaves a manifest describing a consistent prefix of
 * the run. --resume deletes what the manifest does not name, cuts
 * duplicates/rejects back to their recorded lengths, reloads the dedup
 * index from the signature files of the finished shards (whose sha256 the
 * manifest holds), and lets the reader skip every item below the
 * checkpoint: the resumed run then does exactly what the uninterrupted run
 * did from that point on. A lock file (flock) keeps a second build out.
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
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clean/clean.h"
#include "common/fileio.h"
#include "common/json.h"
#include "common/jsonr.h"
#include "corpus/internal.h"
#include "corpus/source.h"

void corpus_build_defaults(corpus_build_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->jobs = 1;
	o->min_words = 50;
	o->shard_size = 256ull << 20;
	o->max_doc_bytes = 64u << 20;
	corpus_dedup_defaults(&o->dedup);
}

/* ---- items and the ring -------------------------------------------------- */

enum { ST_EMPTY, ST_READ, ST_CLAIMED, ST_DONE };
enum { V_KEEP, V_REJECT };

typedef struct item {
	int state;
	uint64_t seq;
	/* from the reader */
	int kind;                /* SRC_HTML, SRC_TEXT, SRC_REJECT */
	buf source, url, ctype, meta, data;
	const char *reason;      /* SRC_REJECT: reason */
	buf detail;
	/* from the worker */
	int verdict;
	const char *rej_reason;
	buf rej_detail;
	buf line;                /* the document's JSONL line */
	buf doc_url;             /* the cleaned document's URL */
	corpus_sig sig;
	uint64_t key;
	char id[17];
	uint64_t words;
} item;

typedef struct build {
	const corpus_build_opts *o;
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
	uint64_t inputs_done;
	uint64_t bytes_in;
	char langs[256];
	int nlangs;
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
	buf_init(&it->line);
	buf_init(&it->doc_url);
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
	buf_free(&it->line);
	buf_free(&it->doc_url);
}

/* keep the slot's buffers unless one grew large (memory stays flat) */
static void item_recycle(item *it)
{
	buf *bs[] = { &it->source, &it->url, &it->ctype, &it->meta, &it->data,
		      &it->detail, &it->rej_detail, &it->line, &it->doc_url };
	for (size_t i = 0; i < sizeof bs / sizeof *bs; i++) {
		if (bs[i]->cap > (4u << 20)) {
			buf_free(bs[i]);
			buf_init(bs[i]);
		} else {
			buf_reset(bs[i]);
		}
	}
	it->state = ST_EMPTY;
}

/* ---- reader side (called by source.c through corpus_source_sink) ------- */

/* Reserve the slot for the next sequence number. Returns NULL when the
 * item is below the resume point (the caller just drops it) or when the
 * build is aborting (*stop set). */
static item *reader_slot(void *ctx, int *stop)
{
	build *b = ctx;
	pthread_mutex_lock(&b->mu);
	uint64_t seq = b->next_read;
	if (seq < b->start_seq) {
		b->next_read++;
		pthread_mutex_unlock(&b->mu);
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

static void reader_publish(void *ctx, item *it)
{
	build *b = ctx;
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

static void *reader_main(void *arg)
{
	build *b = arg;
	corpus_source_sink sink = { b, sink_emit, sink_input_done };
	corpus_source_opts so = { b->o->max_doc_bytes, b->o->out_dir, b->o->no_raw };
	for (size_t i = 0; i < b->o->ninputs; i++)
		if (corpus_source_read(b->o->inputs[i], &so, &sink) < 0)
			break;
	pthread_mutex_lock(&b->mu);
	b->reader_done = 1;
	pthread_cond_broadcast(&b->cv);
	pthread_mutex_unlock(&b->mu);
	return NULL;
}

/* ---- workers ------------------------------------------------------------- */

static int lang_allowed(const build *b, const char *lang)
{
	if (!b->nlangs)
		return 1;
	if (!lang || !*lang)
		return 0;
	size_t n = strlen(lang);
	const char *p = b->langs;
	while (*p) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
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

static void process(build *b, clean_worker *cw, corpus_scratch *cs, item *it)
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
	if (it->kind == SRC_HTML) {
		size_t probe = it->data.len < 4096 ? it->data.len : 4096;
		if (memchr(it->data.data, 0, probe) || !clean_looks_like_html(it->data.data, it->data.len)) {
			reject(it, "not-html", "no HTML markup in the first bytes");
			return;
		}
		rc = clean_html(cw, it->data.data, it->data.len, it->url.len ? it->url.data : NULL,
				it->ctype.len ? it->ctype.data : NULL, NULL, &d, err, sizeof err);
	} else {
		rc = clean_text(cw, it->data.data, it->data.len, it->url.len ? it->url.data : NULL,
				NULL, &d, err, sizeof err);
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
	if (!lang_allowed(b, d.lang)) {
		reject(it, "lang", "%s", d.lang ? d.lang : "unknown");
		clean_doc_free(&d);
		return;
	}
	if (o->dedup.mode != CORPUS_DEDUP_NONE)
		corpus_signature(&o->dedup, cs, d.text, d.text_len, &it->sig);
	else
		memset(&it->sig, 0, sizeof it->sig);
	/* the id: from the URL the input gave (WARC, manifest), else the file path */
	const char *idsrc = it->url.len ? it->url.data : it->source.data;
	it->key = hash_xxh64(idsrc, strlen(idsrc), 0);
	snprintf(it->id, sizeof it->id, "%016llx", (unsigned long long)it->key);
	it->words = d.words;
	buf_reset(&it->doc_url);
	if (d.url)
		buf_puts(&it->doc_url, d.url);
	else if (it->url.len)
		buf_append(&it->doc_url, it->url.data, it->url.len);
	char sha[41];
	hash_sha1_hex(d.text, d.text_len, sha);

	json_writer jw;
	buf_reset(&it->line);
	json_init(&jw, &it->line);
	json_obj_begin(&jw);
	json_kv_str(&jw, "id", it->id);
	json_kv_str(&jw, "url", d.url ? d.url : (it->url.len ? it->url.data : NULL));
	json_kv_str(&jw, "title", d.title);
	json_kv_str(&jw, "author", d.author);
	json_kv_str(&jw, "date", d.date);
	json_kv_str(&jw, "sitename", d.sitename);
	json_kv_str(&jw, "lang", d.lang);
	json_key(&jw, "text");
	json_strn(&jw, d.text ? d.text : "", d.text_len);
	json_kv_int(&jw, "words", (long long)d.words);
	json_kv_str(&jw, "source", it->source.data);
	json_kv_str(&jw, "sha1", sha);
	json_key(&jw, "meta");
	if (it->meta.len)
		json_raw(&jw, it->meta.data, it->meta.len);
	else
		json_raw(&jw, "{}", 2);
	json_obj_end(&jw);
	buf_putc(&it->line, '\n');
	clean_doc_free(&d);
}

static void *worker_main(void *arg)
{
	build *b = arg;
	clean_worker *cw = clean_worker_new();
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
	clean_worker_free(cw);
	return NULL;
}

/* ---- the writer's state and the manifest -------------------------------- */

typedef struct shard_info {
	char file[64], sigfile[64];
	uint64_t docs, raw, bytes, sigbytes;
	char sha[65], sigsha[65];
} shard_info;

#define MAX_REASONS 32

typedef struct wstate {
	build *b;
	const corpus_build_opts *o;
	char dir[4096];
	corpus_dedup *dd;
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
	gzw dups, rejs;
	uint64_t dups_records, rejs_records;
	/* totals */
	uint64_t seen, kept, exact, near, rejected, words;
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
	uint64_t h = hash_xxh64(s.data, s.len, 0);
	buf_free(&s);
	return h;
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
	json_obj_end(&jw);
	json_key(&jw, "dedup_index");
	json_obj_begin(&jw);
	json_kv_int(&jw, "documents", (long long)corpus_dedup_count(w->dd));
	json_kv_int(&jw, "bytes", (long long)corpus_dedup_bytes(w->dd));
	json_obj_end(&jw);
	json_key(&jw, "checkpoint");
	json_obj_begin(&jw);
	json_kv_int(&jw, "next_seq", (long long)next_seq);
	json_kv_int(&jw, "next_shard", (long long)w->nshards);
	json_obj_end(&jw);
	json_obj_end(&jw);
	buf_putc(m, '\n');
	char path[4200];
	snprintf(path, sizeof path, "%s/manifest.json", w->dir);
	return corpus_write_atomic(path, m->data, m->len, err, errlen);
}

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

/* commit point: everything before next_seq is in finished files */
static int checkpoint(wstate *w, uint64_t next_seq, int complete, char *err, size_t errlen)
{
	if (w->shard_open && close_shard(w, err, errlen))
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
	return write_manifest(w, complete, next_seq, err, errlen);
}

static int write_item(wstate *w, item *it, char *err, size_t errlen)
{
	const corpus_build_opts *o = w->o;
	json_writer jw;
	buf *r = &w->scratch;
	if (it->verdict == V_REJECT) {
		buf_reset(r);
		json_init(&jw, r);
		json_obj_begin(&jw);
		json_kv_str(&jw, "source", it->source.data);
		json_kv_str(&jw, "url", it->url.len ? it->url.data : NULL);
		json_kv_str(&jw, "reason", it->rej_reason);
		json_kv_str(&jw, "detail", it->rej_detail.len ? it->rej_detail.data : NULL);
		json_obj_end(&jw);
		buf_putc(r, '\n');
		w->seen++;
		w->rejected++;
		w->rejs_records++;
		count_reason(w, it->rej_reason);
		return gzw_write(&w->rejs, r->data, r->len, err, errlen);
	}
	corpus_match m;
	int kind = corpus_dedup_check_add(w->dd, &it->sig, it->key, &m);
	if (kind != CORPUS_MATCH_NONE) {
		char dup_of[17];
		snprintf(dup_of, sizeof dup_of, "%016llx", (unsigned long long)m.key);
		buf_reset(r);
		json_init(&jw, r);
		json_obj_begin(&jw);
		json_kv_str(&jw, "id", it->id);
		json_kv_str(&jw, "url", it->doc_url.len ? it->doc_url.data : NULL);
		json_kv_str(&jw, "source", it->source.data);
		json_kv_str(&jw, "dup_of", dup_of);
		json_kv_str(&jw, "kind", kind == CORPUS_MATCH_EXACT ? "exact" : "near");
		json_key(&jw, "similarity");
		json_double(&jw, m.similarity);
		json_obj_end(&jw);
		buf_putc(r, '\n');
		w->seen++;
		if (kind == CORPUS_MATCH_EXACT)
			w->exact++;
		else
			w->near++;
		w->dups_records++;
		return gzw_write(&w->dups, r->data, r->len, err, errlen);
	}
	/* a kept document: rotate first if it would overflow the shard */
	if (w->shard_open && w->cur.docs && w->shard.raw_total + it->line.len > o->shard_size &&
	    checkpoint(w, it->seq, 0, err, errlen))
		return -1;
	if (!w->shard_open && open_shard(w, err, errlen))
		return -1;
	if (gzw_write(&w->shard, it->line.data, it->line.len, err, errlen))
		return -1;
	unsigned char rec[24 + 2 * CORPUS_MAX_PERMS];
	size_t rl = corpus_sig_record_size(o->dedup.perms);
	corpus_sig_encode(&it->sig, it->key, o->dedup.perms, rec);
	if (fwrite(rec, 1, rl, w->sigf) != rl) {
		snprintf(err, errlen, "%s: write failed", w->cur.sigfile);
		return -1;
	}
	hash_update(w->sigsha, rec, rl);
	w->sigbytes += rl;
	w->cur.docs++;
	w->seen++;
	w->kept++;
	w->words += it->words;
	if (o->crash_after && ++w->written_this_run >= o->crash_after) {
		/* testing hook: die the way kill -9 does, mid-shard */
		raise(SIGKILL);
	}
	return 0;
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

/* remove files in DIR/sub not named in keep (partial shards of a crash) */
static void prune_dir(const char *dir, const char *sub, const shard_info *sh, size_t n, int sig)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, sub);
	DIR *d = opendir(path);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char rel[512];
		snprintf(rel, sizeof rel, "%s/%s", sub, e->d_name);
		int keep = 0;
		for (size_t i = 0; i < n && !keep; i++)
			keep = !strcmp(sig ? sh[i].sigfile : sh[i].file, rel);
		if (!keep) {
			snprintf(path, sizeof path, "%s/%s/%s", dir, sub, e->d_name);
			unlink(path);
		}
	}
	closedir(d);
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
	if (jsonr_bool(jsonr_get(&d, root, "complete")) == 1) {
		rc = 1;
	}
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
	*next_seq = jget_u(&d, jsonr_get(&d, root, "checkpoint"), "next_seq");
	char started[32];
	jget_s(&d, root, "started", started, sizeof started);
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (strptime(started, "%Y-%m-%dT%H:%M:%SZ", &tm))
		w->started = (double)timegm(&tm);
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

static int dir_is_empty(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 1;
	struct dirent *e;
	int empty = 1;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, ".lock"))
			empty = 0;
	closedir(d);
	return empty;
}

/* ---- the build ----------------------------------------------------------- */

static void report_progress(wstate *w, double t0)
{
	if (!w->o->progress)
		return;
	corpus_progress p;
	memset(&p, 0, sizeof p);
	p.inputs_done = __atomic_load_n(&w->b->inputs_done, __ATOMIC_RELAXED);
	p.inputs_total = w->o->ninputs;
	p.seen = w->seen;
	p.kept = w->kept;
	p.exact_dups = w->exact;
	p.near_dups = w->near;
	p.rejected = w->rejected;
	p.bytes_in = __atomic_load_n(&w->b->bytes_in, __ATOMIC_RELAXED);
	p.elapsed = corpus_now() - t0;
	w->o->progress(w->o->progress_ctx, &p);
}

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
	wstate w;
	memset(&w, 0, sizeof w);
	w.o = o;
	snprintf(w.dir, sizeof w.dir, "%s", o->out_dir);
	buf_init(&w.resumed);
	buf_init(&w.scratch);
	w.config_hash = config_hash(o);
	w.started = corpus_now();
	w.dups.fd = w.rejs.fd = w.shard.fd = -1;
	char path[4200];
	int rc = -1, lockfd = -1;
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
	uint64_t next_seq = 0;
	int64_t dups_keep = -1, rejs_keep = -1;
	snprintf(path, sizeof path, "%s/manifest.json", w.dir);
	int have_manifest = access(path, F_OK) == 0;
	if (have_manifest && !o->resume) {
		snprintf(err, errlen, "%s already holds a corpus (manifest.json): use --resume to "
			 "finish an interrupted build, or choose another directory", w.dir);
		goto out;
	}
	if (!have_manifest && !dir_is_empty(w.dir)) {
		/* a build that died before its first manifest leaves only our
		 * own files; anything else is someone's data */
		DIR *d = opendir(w.dir);
		struct dirent *e;
		int foreign = 0;
		while (d && (e = readdir(d))) {
			const char *n = e->d_name;
			if (!strcmp(n, ".") || !strcmp(n, "..") || !strcmp(n, ".lock") ||
			    !strcmp(n, "shards") || !strcmp(n, "index") || !strcmp(n, "raw") ||
			    !strcmp(n, "duplicates.jsonl.gz") || !strcmp(n, "rejects.jsonl.gz") ||
			    !strcmp(n, "manifest.json.tmp"))
				continue;
			foreign = 1;
		}
		if (d)
			closedir(d);
		if (foreign || !o->resume) {
			snprintf(err, errlen, "%s is not empty; choose a new or empty directory", w.dir);
			goto out;
		}
	}
	if (have_manifest) {
		int r = resume_state(&w, &next_seq, &dups_keep, &rejs_keep, err, errlen);
		if (r < 0)
			goto out;
		if (r == 1) {
			/* nothing left to do */
			if (totals) {
				totals->seen = w.seen;
				totals->kept = w.kept;
				totals->exact_dups = w.exact;
				totals->near_dups = w.near;
				totals->rejected = w.rejected;
				totals->words = w.words;
				totals->shards = w.nshards;
			}
			rc = 0;
			goto out;
		}
		for (size_t i = 0; i < w.nshards; i++)
			if (load_sigs(&w, &w.shards[i], err, errlen))
				goto out;
	}
	snprintf(path, sizeof path, "%s/shards", w.dir);
	if (mkdir_p(path)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto out;
	}
	snprintf(path, sizeof path, "%s/index", w.dir);
	if (mkdir_p(path)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto out;
	}
	prune_dir(w.dir, "shards", w.shards, w.nshards, 0);
	prune_dir(w.dir, "index", w.shards, w.nshards, 1);
	snprintf(path, sizeof path, "%s/duplicates.jsonl.gz", w.dir);
	if (gzw_open(&w.dups, path, dups_keep, err, errlen))
		goto out;
	snprintf(path, sizeof path, "%s/rejects.jsonl.gz", w.dir);
	if (gzw_open(&w.rejs, path, rejs_keep, err, errlen))
		goto out;
	/* the first manifest makes a crash before the first shard resumable */
	if (!have_manifest && write_manifest(&w, 0, 0, err, errlen))
		goto out;

	build b;
	memset(&b, 0, sizeof b);
	b.o = o;
	w.b = &b;
	pthread_mutex_init(&b.mu, NULL);
	pthread_cond_init(&b.cv, NULL);
	b.W = 4 * (size_t)o->jobs + 8;
	b.ring = xcalloc(b.W, sizeof(item));
	for (size_t i = 0; i < b.W; i++)
		item_init(&b.ring[i]);
	b.start_seq = b.next_claim = b.next_write = next_seq;
	if (o->langs && *o->langs) {
		snprintf(b.langs, sizeof b.langs, "%s", o->langs);
		b.nlangs = 1;
	}
	pthread_t reader, *workers = xcalloc((size_t)o->jobs, sizeof(pthread_t));
	pthread_create(&reader, NULL, reader_main, &b);
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
		if (write_item(&w, it, err, errlen))
			failed = 1;
		double now = corpus_now();
		if (now - last > 0.25) {
			report_progress(&w, t0);
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
	uint64_t end_seq = b.next_write;
	pthread_mutex_unlock(&b.mu);
	pthread_join(reader, NULL);
	for (int i = 0; i < o->jobs; i++)
		pthread_join(workers[i], NULL);
	free(workers);
	for (size_t i = 0; i < b.W; i++)
		item_free(&b.ring[i]);
	free(b.ring);
	pthread_mutex_destroy(&b.mu);
	pthread_cond_destroy(&b.cv);
	w.b = &b;
	if (!failed) {
		if (checkpoint(&w, end_seq, 1, err, errlen) == 0)
			rc = 0;
		report_progress(&w, t0);
	}
	w.b = NULL;
	if (totals) {
		totals->seen = w.seen;
		totals->kept = w.kept;
		totals->exact_dups = w.exact;
		totals->near_dups = w.near;
		totals->rejected = w.rejected;
		totals->words = w.words;
		totals->shards = w.nshards;
	}
out:
	if (w.shard_open) {
		gzw_abort(&w.shard);
		if (w.sigf)
			fclose(w.sigf);
		if (w.sigsha) {
			unsigned char d[32];
			hash_final(w.sigsha, d);
		}
	}
	if (w.dups.fd >= 0)
		gzw_abort(&w.dups);
	if (w.rejs.fd >= 0)
		gzw_abort(&w.rejs);
	corpus_dedup_free(w.dd);
	free(w.shards);
	buf_free(&w.resumed);
	buf_free(&w.scratch);
	if (lockfd >= 0)
		close(lockfd);
	return rc;
}
