/*
 * verify.c: `pith corpus verify`. Trusts nothing but the manifest: each
 * shard it names must exist with the recorded size and sha256 (a flipped
 * byte or a truncated file fails here first), inflate cleanly to the end
 * (gzip CRC and length trailers checked by zlib), and hold exactly the
 * recorded number of lines, each a JSON object in valid UTF-8 with string
 * "id" and "text". Signature files are checked by size and sha256, and
 * duplicates/rejects must inflate to valid JSON lines. Every problem is
 * reported, not only the first, so one run tells the whole story.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>

#include "common/jsonr.h"
#include "common/utf8.h"
#include "corpus/internal.h"

static int file_sha256(const char *path, char hex[65], uint64_t *size)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	hash_ctx *h = hash_sha256_new();
	unsigned char b[1 << 16];
	size_t n;
	*size = 0;
	while ((n = fread(b, 1, sizeof b, f)) > 0) {
		hash_update(h, b, n);
		*size += n;
	}
	unsigned char d[32];
	hash_final(h, d);
	int bad = ferror(f);
	fclose(f);
	hash_hex(d, 32, hex);
	return bad ? -1 : 0;
}

typedef struct lines_ctx {
	const char *name;
	uint64_t lines, raw;
	int need_doc;       /* shard lines: object with string id and text */
	buf *report;
	int problems;
	int reported;       /* cap per-line messages per file */
} lines_ctx;

static void problem(lines_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(lines_ctx *c, const char *fmt, ...)
{
	c->problems++;
	if (c->reported++ >= 5)
		return;
	va_list ap;
	va_start(ap, fmt);
	buf_printf(c->report, "%s: ", c->name);
	buf_vprintf(c->report, fmt, ap);
	buf_putc(c->report, '\n');
	va_end(ap);
}

static int on_line(void *ctx, const char *p, size_t n)
{
	lines_ctx *c = ctx;
	c->lines++;
	c->raw += n + 1;
	if (!utf8_valid(p, n)) {
		problem(c, "line %llu: invalid UTF-8", (unsigned long long)c->lines);
		return 0;
	}
	jsonr_doc d;
	char err[256];
	if (jsonr_parse(&d, p, n, 0, err, sizeof err)) {
		problem(c, "line %llu: invalid JSON (%s)", (unsigned long long)c->lines, err);
	} else {
		const jsonr_node *r = jsonr_root(&d);
		if (jsonr_typeof(r) != JSONR_OBJECT)
			problem(c, "line %llu: not a JSON object", (unsigned long long)c->lines);
		else if (c->need_doc && (!jsonr_str(&d, jsonr_get(&d, r, "id"), NULL) ||
					 !jsonr_str(&d, jsonr_get(&d, r, "text"), NULL)))
			problem(c, "line %llu: document without string id and text",
				(unsigned long long)c->lines);
	}
	jsonr_free(&d);
	return 0;
}

static uint64_t jget_u(const jsonr_doc *d, const jsonr_node *n, const char *key, int *ok)
{
	long long v = 0;
	if (jsonr_int(d, jsonr_get(d, n, key), &v) || v < 0) {
		*ok = 0;
		return 0;
	}
	return (uint64_t)v;
}

/* check a gzip JSONL file; returns problems found */
static int check_lines(const char *dir, const char *rel, int need_doc, int have_count,
		       uint64_t count, int have_raw, uint64_t raw, buf *report)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	lines_ctx c = { rel, 0, 0, need_doc, report, 0, 0 };
	char err[512];
	int nonl = 0;
	if (corpus_gz_lines(path, on_line, &c, &nonl, err, sizeof err))
		problem(&c, "%s", err);
	else if (nonl)
		problem(&c, "last line has no newline (truncated?)");
	if (have_count && c.lines != count)
		problem(&c, "%llu lines, the manifest says %llu", (unsigned long long)c.lines,
			(unsigned long long)count);
	if (have_raw && c.raw != raw && !c.problems)
		problem(&c, "%llu uncompressed bytes, the manifest says %llu",
			(unsigned long long)c.raw, (unsigned long long)raw);
	return c.problems;
}

static int check_file(const char *dir, const char *rel, const char *want_sha, int have_size,
		      uint64_t want_size, buf *report)
{
	char path[4200], sha[65];
	uint64_t size;
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	struct stat st;
	if (stat(path, &st)) {
		buf_printf(report, "%s: missing (%s)\n", rel, strerror(errno));
		return 1;
	}
	if (file_sha256(path, sha, &size)) {
		buf_printf(report, "%s: unreadable\n", rel);
		return 1;
	}
	int p = 0;
	if (have_size && size != want_size) {
		buf_printf(report, "%s: %llu bytes, the manifest says %llu (truncated or extended)\n",
			   rel, (unsigned long long)size, (unsigned long long)want_size);
		p++;
	}
	if (want_sha && strcmp(sha, want_sha)) {
		buf_printf(report, "%s: sha256 %s does not match the manifest's %s\n", rel, sha, want_sha);
		p++;
	}
	return p;
}

int corpus_verify(const char *dir, buf *report, char *err, size_t errlen)
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
	int problems = 0, ok = 1;
	const char *fmt = jsonr_str(&d, jsonr_get(&d, root, "format"), NULL);
	long long ver = 0;
	if (!fmt || strcmp(fmt, "pith-corpus") || jsonr_int(&d, jsonr_get(&d, root, "format_version"), &ver) ||
	    ver != CORPUS_FORMAT_VERSION) {
		buf_printf(report, "manifest.json: not a pith corpus manifest of format version %d\n",
			   CORPUS_FORMAT_VERSION);
		problems++;
	}
	if (jsonr_bool(jsonr_get(&d, root, "complete")) != 1) {
		buf_printf(report, "manifest.json: the build is not complete (finish it with "
			   "'pith corpus build --resume')\n");
		problems++;
	}
	const jsonr_node *shards = jsonr_get(&d, root, "shards");
	uint64_t docs = 0;
	size_t nsh = 0;
	for (const jsonr_node *s = jsonr_first(&d, shards); s; s = jsonr_next(&d, s), nsh++) {
		const char *file = jsonr_str(&d, jsonr_get(&d, s, "file"), NULL);
		const char *sha = jsonr_str(&d, jsonr_get(&d, s, "sha256"), NULL);
		const char *sig = jsonr_str(&d, jsonr_get(&d, s, "signatures"), NULL);
		const char *sigsha = jsonr_str(&d, jsonr_get(&d, s, "signatures_sha256"), NULL);
		ok = 1;
		uint64_t n = jget_u(&d, s, "documents", &ok);
		uint64_t bytes = jget_u(&d, s, "bytes", &ok);
		uint64_t raw = jget_u(&d, s, "uncompressed_bytes", &ok);
		uint64_t sigbytes = jget_u(&d, s, "signatures_bytes", &ok);
		if (!file || !sha || !ok || strstr(file, "..") || file[0] == '/') {
			buf_printf(report, "manifest.json: shard %zu has a bad entry\n", nsh);
			problems++;
			continue;
		}
		docs += n;
		int p = check_file(dir, file, sha, 1, bytes, report);
		problems += p;
		/* a file that fails its digest is still inflated: the report
		 * then says what is wrong inside too */
		problems += check_lines(dir, file, 1, 1, n, 1, raw, report);
		if (sig)
			problems += check_file(dir, sig, sigsha, 1, sigbytes, report);
	}
	ok = 1;
	uint64_t kept = jget_u(&d, jsonr_get(&d, root, "totals"), "kept", &ok);
	if (ok && kept != docs) {
		buf_printf(report, "manifest.json: totals.kept is %llu but the shards hold %llu\n",
			   (unsigned long long)kept, (unsigned long long)docs);
		problems++;
	}
	const char *side[] = { "duplicates", "rejects" };
	for (int i = 0; i < 2; i++) {
		const jsonr_node *n = jsonr_get(&d, root, side[i]);
		const char *file = jsonr_str(&d, jsonr_get(&d, n, "file"), NULL);
		if (!file)
			continue;
		ok = 1;
		uint64_t bytes = jget_u(&d, n, "bytes", &ok);
		uint64_t recs = jget_u(&d, n, "records", &ok);
		problems += check_file(dir, file, NULL, ok, bytes, report);
		problems += check_lines(dir, file, 0, ok, recs, 0, 0, report);
	}
	/* the learned templates and the raw WARC files of fetched pages */
	const jsonr_node *tm = jsonr_get(&d, root, "templates");
	const char *tfile = jsonr_str(&d, jsonr_get(&d, tm, "file"), NULL);
	if (tfile) {
		ok = 1;
		uint64_t bytes = jget_u(&d, tm, "bytes", &ok);
		problems += check_file(dir, tfile, jsonr_str(&d, jsonr_get(&d, tm, "sha256"), NULL), ok,
				       bytes, report);
	}
	size_t nraw = 0;
	for (const jsonr_node *r = jsonr_first(&d, jsonr_get(&d, root, "raw")); r;
	     r = jsonr_next(&d, r), nraw++) {
		const char *file = jsonr_str(&d, jsonr_get(&d, r, "file"), NULL);
		ok = 1;
		uint64_t bytes = jget_u(&d, r, "bytes", &ok);
		if (!file || !ok || strstr(file, "..") || file[0] == '/') {
			buf_printf(report, "manifest.json: raw file %zu has a bad entry\n", nraw);
			problems++;
			continue;
		}
		problems += check_file(dir, file, jsonr_str(&d, jsonr_get(&d, r, "sha256"), NULL), 1,
				       bytes, report);
	}
	/* the totals against the side files */
	const jsonr_node *tot = jsonr_get(&d, root, "totals");
	ok = 1;
	uint64_t ex = jget_u(&d, tot, "duplicates_exact", &ok), nr = jget_u(&d, tot, "duplicates_near", &ok);
	uint64_t rj = jget_u(&d, tot, "rejected", &ok), seen = jget_u(&d, tot, "seen", &ok);
	uint64_t drec = 0, rrec = 0;
	int ok2 = 1;
	drec = jget_u(&d, jsonr_get(&d, root, "duplicates"), "records", &ok2);
	rrec = jget_u(&d, jsonr_get(&d, root, "rejects"), "records", &ok2);
	if (ok && ok2 && (ex + nr != drec || rj != rrec || kept + ex + nr + rj != seen)) {
		buf_printf(report, "manifest.json: totals do not add up (seen %llu != kept %llu + "
			   "duplicates %llu + %llu + rejected %llu, or the side files hold %llu "
			   "duplicates and %llu rejects)\n", (unsigned long long)seen,
			   (unsigned long long)kept, (unsigned long long)ex, (unsigned long long)nr,
			   (unsigned long long)rj, (unsigned long long)drec, (unsigned long long)rrec);
		problems++;
	}
	/* shards on disk that the manifest does not name are not part of the corpus */
	snprintf(path, sizeof path, "%s/shards", dir);
	DIR *dd = opendir(path);
	struct dirent *e;
	while (dd && (e = readdir(dd))) {
		if (e->d_name[0] == '.')
			continue;
		char rel[512];
		snprintf(rel, sizeof rel, "shards/%s", e->d_name);
		int named = 0;
		for (const jsonr_node *s = jsonr_first(&d, shards); s && !named; s = jsonr_next(&d, s)) {
			const char *file = jsonr_str(&d, jsonr_get(&d, s, "file"), NULL);
			named = file && !strcmp(file, rel);
		}
		if (!named) {
			buf_printf(report, "%s: not named by the manifest (left by an interrupted build?)\n", rel);
			problems++;
		}
	}
	if (dd)
		closedir(dd);
	jsonr_free(&d);
	buf_free(&text);
	return problems;
}
