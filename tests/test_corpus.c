/*
 * corpus: builds from a folder of HTML and from a WARC, duplicates across
 * templates, rejects for bad inputs, -j invariance, resume after kill -9
 * (the real binary from PITH_BIN), verify catching damage, stats, and
 * shards loading with zcat + python3.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/fileio.h"
#include "common/jsonr.h"
#include "corpus/corpus.h"
#include "corpus/internal.h"
#include "fetch/warc.h"
#include "tests/httpd.h"

#include <pty.h>

#define FIX "tests/fixtures/corpus/html"

static char *tmpdir(void)
{
	char t[] = "/tmp/pith-corpus-XXXXXX";
	cr_assert(mkdtemp(t));
	return xstrdup(t);
}

static void rmrf(const char *dir)
{
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

static void write_file(const char *path, const char *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	cr_assert(f, "%s", path);
	cr_assert_eq(fwrite(data, 1, n, f), n);
	fclose(f);
}

/* lines of a gzip JSONL file */
typedef struct lines {
	char **v;
	size_t n;
} lines;

static int collect(void *ctx, const char *p, size_t n)
{
	lines *l = ctx;
	l->v = xrealloc(l->v, (l->n + 1) * sizeof(char *));
	l->v[l->n++] = xstrndup(p, n);
	return 0;
}

static lines read_lines(const char *path)
{
	lines l = { NULL, 0 };
	char err[512];
	cr_assert_eq(corpus_gz_lines(path, collect, &l, NULL, err, sizeof err), 0, "%s", err);
	return l;
}

static void free_lines(lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* field of a JSON line, copied ("" when absent) */
static char *field(const char *line, const char *key)
{
	jsonr_doc d;
	char err[128];
	cr_assert_eq(jsonr_parse(&d, line, strlen(line), 0, err, sizeof err), 0, "%s", err);
	const jsonr_node *n = jsonr_get(&d, jsonr_root(&d), key);
	char *out;
	if (jsonr_typeof(n) == JSONR_STRING)
		out = xstrdup(jsonr_str(&d, n, NULL));
	else if (jsonr_typeof(n) == JSONR_NUMBER)
		out = xstrndup(line + n->src_start, n->src_end - n->src_start);
	else
		out = xstrdup("");
	jsonr_free(&d);
	return out;
}

static int any_line_has(const lines *l, const char *key, const char *val)
{
	for (size_t i = 0; i < l->n; i++) {
		char *v = field(l->v[i], key);
		int eq = !strcmp(v, val);
		free(v);
		if (eq)
			return 1;
	}
	return 0;
}

static int build_lib(const char *out, const char *const *inputs, size_t n, int jobs,
		     uint64_t shard_size, corpus_totals *t, char *err, size_t errlen)
{
	corpus_build_opts o;
	corpus_build_defaults(&o);
	o.out_dir = out;
	o.inputs = inputs;
	o.ninputs = n;
	o.jobs = jobs;
	if (shard_size)
		o.shard_size = shard_size;
	return corpus_build(&o, t, err, errlen);
}

Test(corpus, build_from_html_folder)
{
	char *dir = tmpdir();
	char out[512], err[1024], p[600];
	snprintf(out, sizeof out, "%s/c", dir);
	const char *in[] = { FIX };
	corpus_totals t;
	cr_assert_eq(build_lib(out, in, 1, 2, 0, &t, err, sizeof err), 0, "%s", err);
	/* a-times, sub/a-coastal (same article, other layout), sub/a-edited
	 * (one paragraph changed), b-traders (other article, same story),
	 * short.html (too short), logo.png (binary) */
	cr_assert_eq(t.seen, 6);
	cr_assert_eq(t.kept, 2);
	cr_assert_eq(t.exact_dups + t.near_dups, 2);
	cr_assert_geq(t.near_dups, 1);
	cr_assert_eq(t.rejected, 2);
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", out);
	lines docs = read_lines(p);
	cr_assert_eq(docs.n, 2);
	char *src0 = field(docs.v[0], "source"), *id0 = field(docs.v[0], "id");
	cr_assert(strstr(src0, "a-times.html"), "%s", src0);
	cr_assert(any_line_has(&docs, "source", FIX "/b-traders.html"));
	char *sha = field(docs.v[0], "sha1");
	cr_assert_eq(strlen(sha), 40);
	snprintf(p, sizeof p, "%s/duplicates.jsonl.gz", out);
	lines dups = read_lines(p);
	cr_assert_eq(dups.n, 2);
	for (size_t i = 0; i < dups.n; i++) {
		char *of = field(dups.v[i], "dup_of");
		cr_assert_str_eq(of, id0);
		free(of);
	}
	cr_assert(any_line_has(&dups, "source", FIX "/sub/a-edited.html"));
	cr_assert(any_line_has(&dups, "kind", "near"));
	snprintf(p, sizeof p, "%s/rejects.jsonl.gz", out);
	lines rej = read_lines(p);
	cr_assert_eq(rej.n, 2);
	cr_assert(any_line_has(&rej, "reason", "not-html"));
	cr_assert(any_line_has(&rej, "reason", "too-short"));
	cr_assert(any_line_has(&rej, "source", FIX "/logo.png"));
	buf rep = BUF_INIT;
	buf_init(&rep);
	cr_assert_eq(corpus_verify(out, &rep, err, sizeof err), 0, "%s", rep.data);
	buf_reset(&rep);
	cr_assert_eq(corpus_stats(out, 1, 10, &rep, err, sizeof err), 0, "%s", err);
	cr_assert(strstr(rep.data, "\"documents\":2"), "%s", rep.data);
	cr_assert(strstr(rep.data, "\"harbourtimes.example\":1"), "%s", rep.data);
	buf_free(&rep);
	/* the same directory again without --resume is refused */
	cr_assert_eq(build_lib(out, in, 1, 2, 0, &t, err, sizeof err), -1);
	cr_assert(strstr(err, "--resume"), "%s", err);
	free(src0);
	free(id0);
	free(sha);
	free_lines(&docs);
	free_lines(&dups);
	free_lines(&rej);
	rmrf(dir);
	free(dir);
}

Test(corpus, shards_load_with_zcat_and_python)
{
	char *dir = tmpdir();
	char out[512], err[1024], cmd[2048];
	snprintf(out, sizeof out, "%s/c", dir);
	const char *in[] = { FIX };
	corpus_totals t;
	cr_assert_eq(build_lib(out, in, 1, 1, 0, &t, err, sizeof err), 0, "%s", err);
	snprintf(cmd, sizeof cmd,
		 "zcat %s/shards/*.jsonl.gz | python3 -c 'import json,sys; d=[json.loads(l) for l in sys.stdin]; "
		 "assert len(d)==2 and all(len(x[\"text\"])>1000 and x[\"meta\"]=={} for x in d)' && "
		 "zcat %s/duplicates.jsonl.gz %s/rejects.jsonl.gz | python3 -c 'import json,sys; "
		 "assert len([json.loads(l) for l in sys.stdin])==4'",
		 out, out, out);
	cr_assert_eq(system(cmd), 0);
	rmrf(dir);
	free(dir);
}

static void warc_response(warc_writer *w, const char *url, int status, const char *ctype,
			  const char *body, size_t n)
{
	char head[512], err[256];
	snprintf(head, sizeof head, "HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
		 status, ctype, n);
	warc_rec r;
	memset(&r, 0, sizeof r);
	r.type = "response";
	r.target_uri = url;
	r.head = head;
	r.head_len = strlen(head);
	r.body = body;
	r.body_len = n;
	cr_assert_eq(warc_write(w, &r, err, sizeof err), 0, "%s", err);
}

Test(corpus, build_from_warc_with_bad_records)
{
	char *dir = tmpdir();
	char warc[512], out[512], err[1024], p[600];
	snprintf(warc, sizeof warc, "%s/in.warc.gz", dir);
	snprintf(out, sizeof out, "%s/c", dir);
	buf a = BUF_INIT, b = BUF_INIT, c = BUF_INIT;
	buf_init(&a);
	buf_init(&b);
	buf_init(&c);
	cr_assert_eq(file_read_all(FIX "/a-times.html", &a, 0, err, sizeof err), 0);
	cr_assert_eq(file_read_all(FIX "/sub/a-coastal.htm", &b, 0, err, sizeof err), 0);
	cr_assert_eq(file_read_all(FIX "/b-traders.html", &c, 0, err, sizeof err), 0);
	warc_writer *w = warc_writer_open(warc, WARC_W_GZIP, 0, err, sizeof err);
	cr_assert(w, "%s", err);
	cr_assert_eq(warc_write_warcinfo(w, "in.warc.gz", "software: test\r\n", NULL, err, sizeof err), 0);
	warc_response(w, "https://harbourtimes.example/2026/11/bridge", 200, "text/html; charset=utf-8", a.data, a.len);
	warc_response(w, "https://coastal.example/img.png", 200, "image/png", "\x89PNG\r\n", 6);
	warc_response(w, "https://coastal.example/gone", 404, "text/html", "<html><body>gone</body></html>", 30);
	warc_response(w, "https://coastal.example/local/bridge-closure", 200, "text/html", b.data, b.len);
	cr_assert_eq(warc_writer_close(w, err, sizeof err), 0);
	/* a corrupt record (a gzip member of garbage), then a good one */
	FILE *f = fopen(warc, "ab");
	cr_assert(f);
	const unsigned char junk[] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'x', 'y', 'z', 1, 2, 3, 4, 5, 6, 7, 8, 9 };
	fwrite(junk, 1, sizeof junk, f);
	fclose(f);
	w = warc_writer_open(warc, WARC_W_GZIP | WARC_W_APPEND, 0, err, sizeof err);
	cr_assert(w, "%s", err);
	warc_response(w, "https://coastal.example/local/traders-fear", 200, "text/html", c.data, c.len);
	cr_assert_eq(warc_writer_close(w, err, sizeof err), 0);

	const char *in[] = { warc };
	corpus_totals t;
	cr_assert_eq(build_lib(out, in, 1, 2, 0, &t, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t.kept, 2);
	cr_assert_eq(t.exact_dups + t.near_dups, 1);
	cr_assert_geq(t.rejected, 3);
	snprintf(p, sizeof p, "%s/rejects.jsonl.gz", out);
	lines rej = read_lines(p);
	cr_assert(any_line_has(&rej, "reason", "not-html"));
	cr_assert(any_line_has(&rej, "reason", "http-status"));
	cr_assert(any_line_has(&rej, "reason", "warc-error"));
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", out);
	lines docs = read_lines(p);
	cr_assert_eq(docs.n, 2);
	cr_assert(any_line_has(&docs, "url", "https://harbourtimes.example/2026/11/bridge"));
	char *src = field(docs.v[0], "source");
	cr_assert(strstr(src, "in.warc.gz@"), "%s", src);
	free(src);
	free_lines(&rej);
	free_lines(&docs);
	buf_free(&a);
	buf_free(&b);
	buf_free(&c);
	rmrf(dir);
	free(dir);
}

/* Generated page i: distinct articles, exact copies and lightly edited
 * copies, in two layouts, so a build has many documents, duplicates of
 * both kinds and (with a small --shard-size) many shards. With hosts, the
 * pages name one of two sites as their canonical URL and carry that
 * site's recurring template paragraph (learned and removed). */
static void gen_page(int i, int hosts, buf *page)
{
	static const char *words[] = {
		"council", "bridge", "harbour", "engineers", "traffic", "repair", "steel", "deck",
		"ferry", "residents", "vote", "plan", "cost", "million", "closure", "shops",
		"road", "river", "station", "hospital", "budget", "meeting", "report", "works",
		"months", "contractor", "crane", "barge", "lamp", "heritage", "noise", "access",
		"the", "a", "of", "and", "to", "in", "on", "for", "with", "was", "said", "will",
	};
	const size_t nw = sizeof words / sizeof *words;
	int copy_of = (i % 7 == 3) ? i - 2 : (i % 11 == 5) ? i - 4 : -1;
	uint64_t x = copy_of >= 0 ? (uint64_t)copy_of * 7919 + 1 : (uint64_t)i * 7919 + 1;
	buf_reset(page);
	int layout = i % 2;
	char canon[160] = "";
	if (hosts)
		snprintf(canon, sizeof canon, "<link rel=\"canonical\" href=\"https://site%d.example/story/%d\">",
			 i % 2, i);
	buf_printf(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
		   "<title>Story %d</title>%s</head><body>%s<article><h1>Story %d</h1>\n",
		   copy_of >= 0 ? copy_of : i, canon,
		   layout ? "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>" : "",
		   copy_of >= 0 ? copy_of : i);
	for (int para = 0; para < 8; para++) {
		if (hosts && para == 4)
			buf_printf(page, "<p>Readers of site %d can find every earlier report on this "
				   "story in the searchable archive of our newsroom.</p>\n", i % 2);
		buf_puts(page, "<p>");
		for (int k = 0; k < 40; k++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			const char *wd = words[(x >> 33) % nw];
			/* the edited copies change one word in paragraph 5 */
			if (copy_of >= 0 && i % 11 == 5 && para == 5 && k == 7)
				wd = "altered";
			buf_printf(page, "%s%s", k ? " " : "", wd);
		}
		buf_puts(page, ".</p>\n");
	}
	buf_printf(page, "</article>%s</body></html>\n", layout ? "<footer>Copyright</footer>" : "");
}

static void gen_pages_opt(const char *dir, int n, int hosts)
{
	buf page = BUF_INIT;
	buf_init(&page);
	char path[600];
	for (int i = 0; i < n; i++) {
		gen_page(i, hosts, &page);
		snprintf(path, sizeof path, "%s/p%04d.html", dir, i);
		write_file(path, page.data, page.len);
	}
	/* one binary file among them */
	snprintf(path, sizeof path, "%s/p0007.bin", dir);
	write_file(path, "\x00\x01\x02\x03garbage\x00", 12);
	buf_free(&page);
}

static void gen_pages(const char *dir, int n)
{
	gen_pages_opt(dir, n, 0);
}

static int run(const char *cmd)
{
	int st = system(cmd);
	if (st == -1)
		return -1;
	if (WIFSIGNALED(st))
		return 128 + WTERMSIG(st);
	/* sh reports a child killed by a signal as 128 + signo */
	return WEXITSTATUS(st);
}

static int same_file(const char *a, const char *b)
{
	buf x = BUF_INIT, y = BUF_INIT;
	buf_init(&x);
	buf_init(&y);
	char err[256];
	FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
	int eq = fa && fb && stream_read_all(fa, &x, err, sizeof err) == 0 &&
		 stream_read_all(fb, &y, err, sizeof err) == 0 && x.len == y.len &&
		 memcmp(x.data, y.data, x.len) == 0;
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	buf_free(&x);
	buf_free(&y);
	return eq;
}

/* same shards, signature files, duplicates and rejects */
static void assert_same_corpus(const char *ref, const char *got)
{
	char cmd[2048];
	snprintf(cmd, sizeof cmd, "cd '%s' && ls shards index > /tmp/.pith-ls-a.$$ && cd '%s' && "
		 "ls shards index | cmp -s - /tmp/.pith-ls-a.$$; r=$?; rm -f /tmp/.pith-ls-a.$$; exit $r",
		 ref, got);
	cr_assert_eq(run(cmd), 0, "file lists differ: %s vs %s", ref, got);
	char a[1024], b[1024];
	for (int i = 0;; i++) {
		snprintf(a, sizeof a, "%s/shards/docs-%05d.jsonl.gz", ref, i);
		if (access(a, F_OK))
			break;
		snprintf(b, sizeof b, "%s/shards/docs-%05d.jsonl.gz", got, i);
		cr_assert(same_file(a, b), "%s differs", b);
		snprintf(a, sizeof a, "%s/index/sigs-%05d.bin", ref, i);
		snprintf(b, sizeof b, "%s/index/sigs-%05d.bin", got, i);
		cr_assert(same_file(a, b), "%s differs", b);
	}
	const char *side[] = { "duplicates.jsonl.gz", "rejects.jsonl.gz" };
	for (int i = 0; i < 2; i++) {
		snprintf(a, sizeof a, "%s/%s", ref, side[i]);
		snprintf(b, sizeof b, "%s/%s", got, side[i]);
		lines la = read_lines(a), lb = read_lines(b);
		cr_assert_eq(la.n, lb.n, "%s: %zu vs %zu records", side[i], la.n, lb.n);
		for (size_t k = 0; k < la.n; k++)
			cr_assert_str_eq(la.v[k], lb.v[k]);
		free_lines(&la);
		free_lines(&lb);
	}
}

static const char *pith_bin(void)
{
	const char *b = getenv("PITH_BIN");
	if (!b || access(b, X_OK))
		return NULL;
	return b;
}

Test(corpus, output_is_identical_for_any_jobs)
{
	char *dir = tmpdir();
	char in[512], o1[512], o2[512], err[1024];
	snprintf(in, sizeof in, "%s/in", dir);
	mkdir(in, 0755);
	gen_pages(in, 90);
	snprintf(o1, sizeof o1, "%s/j1", dir);
	snprintf(o2, sizeof o2, "%s/j3", dir);
	const char *inputs[] = { in };
	corpus_totals t1, t2;
	cr_assert_eq(build_lib(o1, inputs, 1, 1, 4096, &t1, err, sizeof err), 0, "%s", err);
	cr_assert_eq(build_lib(o2, inputs, 1, 3, 4096, &t2, err, sizeof err), 0, "%s", err);
	cr_assert_gt(t1.shards, 5);
	cr_assert_gt(t1.exact_dups, 5);
	cr_assert_gt(t1.near_dups, 3);
	cr_assert_eq(t1.rejected, 1);
	cr_assert_eq(t1.kept, t2.kept);
	assert_same_corpus(o1, o2);
	rmrf(dir);
	free(dir);
}

Test(corpus, resume_after_kill_gives_the_same_corpus, .timeout = 60)
{
	const char *bin = pith_bin();
	if (!bin)
		cr_skip_test("PITH_BIN not set");
	char *dir = tmpdir();
	char in[512], ref[512], got[600], cmd[4096];
	snprintf(in, sizeof in, "%s/in", dir);
	mkdir(in, 0755);
	gen_pages_opt(in, 90, 1);
	snprintf(ref, sizeof ref, "%s/ref", dir);
	snprintf(cmd, sizeof cmd, "%s corpus build -q -j2 --shard-size 4K '%s' -o '%s' 2>/dev/null",
		 bin, in, ref);
	cr_assert_eq(run(cmd), 0);
	/* the reference learned templates (two sites) and removed them */
	char p[700];
	snprintf(p, sizeof p, "%s/templates.txt", ref);
	buf tm = BUF_INIT;
	buf_init(&tm);
	char e[256];
	cr_assert_eq(file_read_all(p, &tm, 0, e, sizeof e), 0, "%s", e);
	cr_assert(strstr(tm.data, "host\tsite0.example") && strstr(tm.data, "host\tsite1.example"),
		  "%s", tm.data);
	buf_free(&tm);
	/* deterministic crash points (items written in this run): pass 1
	 * (91 inputs: reading, cleaning, spooling) right at the start, mid
	 * spool file, later; pass 2 (the spooled documents: dedup, shards)
	 * early and late; then double crashes (crash, crash again while
	 * resuming, once within pass 1, once across into pass 2) */
	const int points[][2] = { { 1, 0 }, { 13, 0 }, { 40, 0 }, { 100, 0 }, { 150, 0 }, { 9, 17 },
				  { 60, 50 } };
	for (size_t i = 0; i < sizeof points / sizeof *points; i++) {
		snprintf(got, sizeof got, "%s/k%zu", dir, i);
		snprintf(cmd, sizeof cmd, "PITH_CORPUS_CRASH_AFTER=%d %s corpus build -q -j2 --shard-size 4K "
			 "'%s' -o '%s' 2>/dev/null", points[i][0], bin, in, got);
		cr_assert_eq(run(cmd), 128 + SIGKILL, "crash point %d did not crash", points[i][0]);
		if (points[i][1]) {
			snprintf(cmd, sizeof cmd, "PITH_CORPUS_CRASH_AFTER=%d %s corpus build -q -j1 "
				 "--shard-size 4K --resume '%s' -o '%s' 2>/dev/null", points[i][1], bin, in, got);
			cr_assert_eq(run(cmd), 128 + SIGKILL);
		}
		snprintf(cmd, sizeof cmd, "%s corpus build -q -j2 --shard-size 4K --resume '%s' -o '%s' 2>/dev/null",
			 bin, in, got);
		cr_assert_eq(run(cmd), 0, "resume after crash point %d failed", points[i][0]);
		assert_same_corpus(ref, got);
		snprintf(cmd, sizeof cmd, "%s corpus verify '%s' 2>/dev/null", bin, got);
		cr_assert_eq(run(cmd), 0);
	}
	/* a kill -9 from outside at an arbitrary moment */
	snprintf(got, sizeof got, "%s/kx", dir);
	snprintf(cmd, sizeof cmd, "%s corpus build -q -j2 --shard-size 4K '%s' -o '%s' 2>/dev/null & "
		 "sleep 0.15; kill -9 $! 2>/dev/null; wait $! 2>/dev/null; "
		 "%s corpus build -q -j2 --shard-size 4K --resume '%s' -o '%s' 2>/dev/null",
		 bin, in, got, bin, in, got);
	cr_assert_eq(run(cmd), 0);
	assert_same_corpus(ref, got);
	rmrf(dir);
	free(dir);
}

Test(corpus, resume_refuses_other_options)
{
	char *dir = tmpdir();
	char out[512], err[1024];
	snprintf(out, sizeof out, "%s/c", dir);
	const char *in[] = { FIX };
	corpus_build_opts o;
	corpus_build_defaults(&o);
	o.out_dir = out;
	o.inputs = in;
	o.ninputs = 1;
	corpus_totals t;
	cr_assert_eq(corpus_build(&o, &t, err, sizeof err), 0, "%s", err);
	o.resume = 1;
	cr_assert_eq(corpus_build(&o, &t, err, sizeof err), 0, "%s", err);  /* complete: no-op */
	cr_assert_eq(t.kept, 2);
	o.min_words = 10;
	cr_assert_eq(corpus_build(&o, &t, err, sizeof err), -1);
	cr_assert(strstr(err, "differ"), "%s", err);
	rmrf(dir);
	free(dir);
}

Test(corpus, lock_keeps_a_second_build_out)
{
	char *dir = tmpdir();
	char out[512], lock[600], err[1024];
	snprintf(out, sizeof out, "%s/c", dir);
	mkdir(out, 0755);
	snprintf(lock, sizeof lock, "%s/.lock", out);
	int fd = open(lock, O_RDWR | O_CREAT, 0644);
	cr_assert(fd >= 0);
	cr_assert_eq(flock(fd, LOCK_EX | LOCK_NB), 0);
	const char *in[] = { FIX };
	corpus_totals t;
	cr_assert_eq(build_lib(out, in, 1, 1, 0, &t, err, sizeof err), -1);
	cr_assert(strstr(err, "another build"), "%s", err);
	close(fd);
	cr_assert_eq(build_lib(out, in, 1, 1, 0, &t, err, sizeof err), 0, "%s", err);
	rmrf(dir);
	free(dir);
}

Test(corpus, missing_input_and_manifest_are_rejects)
{
	char *dir = tmpdir();
	char out[512], urls[512], err[1024], p[600];
	snprintf(out, sizeof out, "%s/c", dir);
	snprintf(urls, sizeof urls, "%s/list.txt", dir);
	write_file(urls, "# urls\nhttp://127.0.0.1:9/a\n", 28);
	const char *in[] = { FIX "/a-times.html", "/nonexistent/pith/input.html", urls };
	corpus_totals t;
	cr_assert_eq(build_lib(out, in, 3, 1, 0, &t, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t.kept, 1);
	snprintf(p, sizeof p, "%s/rejects.jsonl.gz", out);
	lines rej = read_lines(p);
	cr_assert(any_line_has(&rej, "reason", "read-error"));
	cr_assert_geq(rej.n, 2);
	free_lines(&rej);
	rmrf(dir);
	free(dir);
}

static int verify_problems(const char *dir, buf *rep)
{
	char err[512];
	buf_reset(rep);
	int n = corpus_verify(dir, rep, err, sizeof err);
	cr_assert_geq(n, 0, "%s", err);
	return n;
}

Test(corpus, verify_catches_flipped_truncated_and_missing_shards)
{
	char *dir = tmpdir();
	char in[512], out[512], err[1024], shard[700], save[700], cmd[4096];
	snprintf(in, sizeof in, "%s/in", dir);
	mkdir(in, 0755);
	gen_pages(in, 30);
	snprintf(out, sizeof out, "%s/c", dir);
	const char *inputs[] = { in };
	corpus_totals t;
	cr_assert_eq(build_lib(out, inputs, 1, 2, 4096, &t, err, sizeof err), 0, "%s", err);
	cr_assert_gt(t.shards, 1);
	buf rep = BUF_INIT;
	buf_init(&rep);
	cr_assert_eq(verify_problems(out, &rep), 0, "%s", rep.data);
	snprintf(shard, sizeof shard, "%s/shards/docs-00001.jsonl.gz", out);
	snprintf(save, sizeof save, "%s/saved.gz", dir);
	snprintf(cmd, sizeof cmd, "cp '%s' '%s'", shard, save);
	cr_assert_eq(system(cmd), 0);

	/* one flipped byte in the middle */
	int fd = open(shard, O_RDWR);
	cr_assert(fd >= 0);
	off_t size = lseek(fd, 0, SEEK_END);
	unsigned char c;
	cr_assert_eq(pread(fd, &c, 1, size / 2), 1);
	c ^= 0x10;
	cr_assert_eq(pwrite(fd, &c, 1, size / 2), 1);
	close(fd);
	cr_assert_gt(verify_problems(out, &rep), 0);
	cr_assert(strstr(rep.data, "docs-00001.jsonl.gz: sha256"), "%s", rep.data);

	/* truncated */
	snprintf(cmd, sizeof cmd, "cp '%s' '%s' && truncate -s %lld '%s'", save, shard,
		 (long long)size - 9, shard);
	cr_assert_eq(system(cmd), 0);
	cr_assert_gt(verify_problems(out, &rep), 0);
	cr_assert(strstr(rep.data, "truncated"), "%s", rep.data);

	/* missing */
	cr_assert_eq(unlink(shard), 0);
	cr_assert_gt(verify_problems(out, &rep), 0);
	cr_assert(strstr(rep.data, "docs-00001.jsonl.gz: missing"), "%s", rep.data);

	/* restored: sound again; and the CLI exits non-zero on damage */
	snprintf(cmd, sizeof cmd, "cp '%s' '%s'", save, shard);
	cr_assert_eq(system(cmd), 0);
	cr_assert_eq(verify_problems(out, &rep), 0, "%s", rep.data);
	const char *bin = pith_bin();
	if (bin) {
		snprintf(cmd, sizeof cmd, "%s corpus verify '%s' 2>/dev/null", bin, out);
		cr_assert_eq(run(cmd), 0);
		snprintf(cmd, sizeof cmd, "truncate -s 100 '%s' && %s corpus verify '%s' 2>/dev/null",
			 shard, bin, out);
		cr_assert_eq(run(cmd), 1);
	}
	buf_free(&rep);
	rmrf(dir);
	free(dir);
}

/* ---- URL manifests, fetched from the loopback server ---------------------- */

static void route_file(httpd *h, const char *path, const char *file, const char *ctype)
{
	buf b = BUF_INIT;
	buf_init(&b);
	char err[256];
	cr_assert_eq(file_read_all(file, &b, 0, err, sizeof err), 0, "%s", err);
	httpd_route r;
	memset(&r, 0, sizeof r);
	r.path = path;
	r.body = b.data;
	r.body_len = b.len;
	r.content_type = ctype;
	httpd_add(h, &r);
	buf_free(&b);
}

/* /a and /c: one article in two site layouts; /b: another article on the
 * same story; /gone: 404; /logo.png: an image */
static httpd *fixture_server(void)
{
	httpd *h = httpd_start("127.0.0.1");
	cr_assert(h);
	route_file(h, "/a", FIX "/a-times.html", NULL);
	route_file(h, "/b", FIX "/b-traders.html", NULL);
	route_file(h, "/c", FIX "/sub/a-coastal.htm", NULL);
	route_file(h, "/logo.png", FIX "/logo.png", "image/png");
	httpd_route r;
	memset(&r, 0, sizeof r);
	r.path = "/gone";
	r.status = 404;
	httpd_add(h, &r);
	return h;
}

static void fast_fetch(corpus_build_opts *o)
{
	o->fetch.delay = 0;
	o->fetch.retries = 0;
	o->fetch.connect_timeout = 3;
	o->fetch.timeout = 10;
}

static int count_substr(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

Test(corpus, build_from_manifest_fetched_on_the_fly, .timeout = 60)
{
	httpd *h = fixture_server();
	int port = httpd_port(h);
	char *dir = tmpdir();
	char man[512], out[512], err[1024], p[700], list[2048];
	snprintf(man, sizeof man, "%s/list.csv", dir);
	snprintf(out, sizeof out, "%s/c", dir);
	snprintf(list, sizeof list,
		 "url,topic,rank\n"
		 "http://127.0.0.1:%d/a,bridge,1\n"
		 "http://127.0.0.1:%d/b,traders,2\n"
		 "http://127.0.0.1:%d/c,bridge,3\n"
		 "http://127.0.0.1:%d/gone,none,4\n"
		 "http://127.0.0.1:%d/logo.png,img,5\n"
		 "http://127.0.0.1:1/unreachable,x,6\n"
		 "http://127.0.0.1:%d/a,again,7\n"
		 "not a url,x,8\n", port, port, port, port, port, port);
	write_file(man, list, strlen(list));
	const char *in[] = { man };
	corpus_build_opts o;
	corpus_build_defaults(&o);
	o.out_dir = out;
	o.inputs = in;
	o.ninputs = 1;
	o.jobs = 2;
	fast_fetch(&o);
	corpus_totals t;
	cr_assert_eq(corpus_build(&o, &t, err, sizeof err), 0, "%s", err);
	/* /a kept, /b kept (another article on the same story is not a
	 * duplicate), /c the same article as /a in another layout */
	cr_assert_eq(t.seen, 8);
	cr_assert_eq(t.kept, 2);
	cr_assert_eq(t.exact_dups + t.near_dups, 1);
	cr_assert_eq(t.rejected, 5);
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", out);
	lines docs = read_lines(p);
	cr_assert_eq(docs.n, 2);
	cr_assert(strstr(docs.v[0], "\"meta\":{\"topic\":\"bridge\",\"rank\":\"1\"}"), "%s", docs.v[0]);
	cr_assert(strstr(docs.v[1], "\"meta\":{\"topic\":\"traders\",\"rank\":\"2\"}"), "%s", docs.v[1]);
	char *src = field(docs.v[0], "source");
	snprintf(p, sizeof p, "%s:2", man);
	cr_assert_str_eq(src, p);
	free(src);
	snprintf(p, sizeof p, "%s/duplicates.jsonl.gz", out);
	lines dups = read_lines(p);
	cr_assert_eq(dups.n, 1);
	snprintf(p, sizeof p, "%s:4", man);
	cr_assert(any_line_has(&dups, "source", p));
	snprintf(p, sizeof p, "%s/rejects.jsonl.gz", out);
	lines rej = read_lines(p);
	cr_assert_eq(rej.n, 5);
	cr_assert(any_line_has(&rej, "reason", "http-status"));
	cr_assert(any_line_has(&rej, "reason", "not-html"));
	cr_assert(any_line_has(&rej, "reason", "fetch-error"));     /* unreachable */
	cr_assert(any_line_has(&rej, "url", "http://127.0.0.1:1/unreachable"));
	cr_assert(any_line_has(&rej, "reason", "duplicate-url"));
	cr_assert(any_line_has(&rej, "reason", "bad-manifest-line"));
	/* politeness: robots.txt asked once, every page once */
	snprintf(p, sizeof p, "/a");
	cr_assert_eq(httpd_count(h, "/a"), 1);
	cr_assert_eq(httpd_count(h, "/robots.txt"), 1);
	/* the raw pages: in manifest order, with sequence numbers and meta */
	snprintf(p, sizeof p, "%s/raw/pages-00000.warc.gz", out);
	warc_reader *r = warc_reader_open(p, 0, 0, err, sizeof err);
	cr_assert(r, "%s", err);
	warc_record rec;
	int responses = 0, metadata = 0;
	long long last_seq = -1;
	while (warc_next(r, &rec, err, sizeof err) == 1) {
		const char *seq = warc_get_header(&rec, "Pith-Seq");
		if (!strcmp(rec.type, "warcinfo"))
			continue;
		cr_assert(seq, "record without Pith-Seq");
		cr_assert_geq(atoll(seq), last_seq);
		last_seq = atoll(seq);
		if (!strcmp(rec.type, "response")) {
			responses++;
			if (strstr(rec.target_uri, "/b"))
				cr_assert_str_eq(warc_get_header(&rec, "Pith-Meta"),
						 "{\"topic\":\"traders\",\"rank\":\"2\"}");
		}
		metadata += !strcmp(rec.type, "metadata");
	}
	warc_reader_close(r);
	cr_assert_eq(responses, 5);
	cr_assert_eq(metadata, 1);
	buf rep = BUF_INIT;
	buf_init(&rep);
	cr_assert_eq(corpus_verify(out, &rep, err, sizeof err), 0, "%s", rep.data);
	/* DIR/raw read back as a WARC input: the same documents (ids, meta) */
	char out2[600];
	snprintf(out2, sizeof out2, "%s/c2", dir);
	snprintf(p, sizeof p, "%s/raw", out);
	const char *in2[] = { p };
	corpus_totals t2;
	cr_assert_eq(build_lib(out2, in2, 1, 1, 0, &t2, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t2.kept, 2);
	char p2[700];
	snprintf(p2, sizeof p2, "%s/shards/docs-00000.jsonl.gz", out2);
	lines docs2 = read_lines(p2);
	cr_assert_eq(docs2.n, 2);
	for (size_t i = 0; i < 2; i++) {
		char *a = field(docs.v[i], "id"), *b = field(docs2.v[i], "id");
		cr_assert_str_eq(a, b);
		free(a);
		free(b);
		a = field(docs.v[i], "text");
		b = field(docs2.v[i], "text");
		cr_assert_str_eq(a, b);
		free(a);
		free(b);
	}
	cr_assert(strstr(docs2.v[0], "\"meta\":{\"topic\":\"bridge\",\"rank\":\"1\"}"), "%s", docs2.v[0]);
	free_lines(&docs2);
	buf_free(&rep);
	free_lines(&docs);
	free_lines(&dups);
	free_lines(&rej);
	httpd_stop(h);
	rmrf(dir);
	free(dir);
}

Test(corpus, build_from_a_warc_written_by_pith_fetch, .timeout = 60)
{
	const char *bin = pith_bin();
	if (!bin)
		cr_skip_test("PITH_BIN not set");
	httpd *h = fixture_server();
	int port = httpd_port(h);
	char *dir = tmpdir();
	char man[512], warc[512], out[512], err[1024], p[700], cmd[4096], list[1024];
	snprintf(man, sizeof man, "%s/urls.txt", dir);
	snprintf(warc, sizeof warc, "%s/crawl.warc.gz", dir);
	snprintf(out, sizeof out, "%s/c", dir);
	snprintf(list, sizeof list, "http://127.0.0.1:%d/a\nhttp://127.0.0.1:%d/b\nhttp://127.0.0.1:%d/c\n"
		 "http://127.0.0.1:%d/gone\nhttp://127.0.0.1:%d/logo.png\n", port, port, port, port, port);
	write_file(man, list, strlen(list));
	snprintf(cmd, sizeof cmd, "%s fetch -q --delay 0 --retries 0 '%s' -o '%s' 2>/dev/null", bin, man, warc);
	cr_assert_eq(run(cmd), 0);
	snprintf(cmd, sizeof cmd, "%s corpus build -q -j2 '%s' -o '%s' 2>/dev/null", bin, warc, out);
	cr_assert_eq(run(cmd), 0);
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", out);
	lines docs = read_lines(p);
	cr_assert_eq(docs.n, 2);
	snprintf(p, sizeof p, "http://127.0.0.1:%d/a", port);
	char *src = field(docs.v[0], "source");
	cr_assert(strstr(src, "crawl.warc.gz@"), "%s", src);
	free(src);
	snprintf(p, sizeof p, "%s/duplicates.jsonl.gz", out);
	lines dups = read_lines(p);
	cr_assert_eq(dups.n, 1);
	snprintf(p, sizeof p, "%s/rejects.jsonl.gz", out);
	lines rej = read_lines(p);
	cr_assert(any_line_has(&rej, "reason", "http-status"));
	cr_assert(any_line_has(&rej, "reason", "not-html"));
	snprintf(cmd, sizeof cmd, "%s corpus verify '%s' 2>/dev/null", bin, out);
	cr_assert_eq(run(cmd), 0);
	(void)err;
	free_lines(&docs);
	free_lines(&dups);
	free_lines(&rej);
	httpd_stop(h);
	rmrf(dir);
	free(dir);
}

/* A server of n generated pages /p0000.html ... */
static httpd *pages_server(int n)
{
	httpd *h = httpd_start("127.0.0.1");
	cr_assert(h);
	buf page = BUF_INIT;
	buf_init(&page);
	char path[64];
	for (int i = 0; i < n; i++) {
		gen_page(i, 1, &page);
		snprintf(path, sizeof path, "/p%04d.html", i);
		httpd_route r;
		memset(&r, 0, sizeof r);
		r.path = path;
		r.body = page.data;
		r.body_len = page.len;
		httpd_add(h, &r);
	}
	buf_free(&page);
	return h;
}

static size_t page_requests(httpd *h, int n)
{
	size_t total = 0;
	char path[64];
	for (int i = 0; i < n; i++) {
		snprintf(path, sizeof path, "/p%04d.html", i);
		total += httpd_count(h, path);
	}
	return total;
}

Test(corpus, manifest_build_resumes_after_kill_without_refetching, .timeout = 120)
{
	const char *bin = pith_bin();
	if (!bin)
		cr_skip_test("PITH_BIN not set");
	const int N = 48;
	httpd *h = pages_server(N);
	int port = httpd_port(h);
	char *dir = tmpdir();
	char man[512], ref[512], got[600], cmd[4096];
	snprintf(man, sizeof man, "%s/urls.txt", dir);
	buf list = BUF_INIT;
	buf_init(&list);
	for (int i = 0; i < N; i++)
		buf_printf(&list, "http://127.0.0.1:%d/p%04d.html\n", port, i);
	buf_printf(&list, "http://127.0.0.1:%d/missing\n", port);
	write_file(man, list.data, list.len);
	buf_free(&list);
	const char *opts = "-q -j2 --shard-size 4K --fetch-batch 8 --delay 0 --retries 0";
	snprintf(ref, sizeof ref, "%s/ref", dir);
	snprintf(cmd, sizeof cmd, "%s corpus build %s '%s' -o '%s' 2>/dev/null", bin, opts, man, ref);
	cr_assert_eq(run(cmd), 0);
	cr_assert_eq(page_requests(h, N), (size_t)N);
	/* crash points in pass 1 (fetching) and pass 2 */
	const int points[] = { 3, 21, 70 };
	for (size_t i = 0; i < sizeof points / sizeof *points; i++) {
		size_t before = page_requests(h, N);
		snprintf(got, sizeof got, "%s/k%zu", dir, i);
		snprintf(cmd, sizeof cmd, "PITH_CORPUS_CRASH_AFTER=%d %s corpus build %s '%s' -o '%s' 2>/dev/null",
			 points[i], bin, opts, man, got);
		cr_assert_eq(run(cmd), 128 + SIGKILL, "crash point %d did not crash", points[i]);
		snprintf(cmd, sizeof cmd, "%s corpus build %s --resume '%s' -o '%s' 2>/dev/null", bin, opts,
			 man, got);
		cr_assert_eq(run(cmd), 0, "resume after crash point %d failed", points[i]);
		assert_same_corpus(ref, got);
		/* pages fetched before the crash were replayed from DIR/raw, not
		 * fetched again: at most the window in flight at the kill */
		size_t fetched = page_requests(h, N) - before;
		cr_assert_leq(fetched, (size_t)N + 8, "crash point %d: %zu page requests", points[i], fetched);
		snprintf(cmd, sizeof cmd, "%s corpus verify '%s' 2>/dev/null", bin, got);
		cr_assert_eq(run(cmd), 0);
	}
	httpd_stop(h);
	rmrf(dir);
	free(dir);
}

/* arrival time at the server of the first request for path */
static double request_time(httpd *h, const char *path)
{
	size_t n;
	httpd_logent *log = httpd_log(h, &n);
	double t = -1;
	for (size_t i = 0; i < n && t < 0; i++)
		if (!strcmp(log[i].path, path))
			t = log[i].t;
	free(log);
	cr_assert_geq(t, 0, "%s was never requested", path);
	return t;
}

/* The window moves on past a slow page: entries behind it are fetched
 * while it is still loading (a batch of the window's size would have
 * waited for it), but no more than the window holds; and the corpus is
 * the same for another window, -j and --concurrency. */
Test(corpus, manifest_window_feeds_past_a_slow_page, .timeout = 60)
{
	const int N = 24, W = 8, SLOW = 2, SLOW_MS = 1000;
	httpd *h = pages_server(N);
	int port = httpd_port(h);
	buf page = BUF_INIT;
	buf_init(&page);
	gen_page(1000, 1, &page);
	httpd_route r;
	memset(&r, 0, sizeof r);
	r.path = "/slow.html";
	r.body = page.data;
	r.body_len = page.len;
	r.delay_ms = SLOW_MS;
	httpd_add(h, &r);
	buf_free(&page);
	char *dir = tmpdir();
	char man[512], o1[512], o2[512], err[1024];
	snprintf(man, sizeof man, "%s/urls.txt", dir);
	buf list = BUF_INIT;
	buf_init(&list);
	for (int i = 0; i < N; i++) {
		if (i == SLOW)
			buf_printf(&list, "http://127.0.0.1:%d/slow.html\n", port);
		buf_printf(&list, "http://127.0.0.1:%d/p%04d.html\n", port, i);
	}
	write_file(man, list.data, list.len);
	buf_free(&list);
	const char *in[] = { man };
	corpus_build_opts o;
	corpus_build_defaults(&o);
	o.inputs = in;
	o.ninputs = 1;
	fast_fetch(&o);
	o.fetch.per_host = 4;
	o.fetch.concurrency = 4;
	o.fetch_batch = W;
	o.shard_size = 4096;
	o.out_dir = o1;
	o.jobs = 1;
	snprintf(o1, sizeof o1, "%s/w8", dir);
	corpus_totals t1, t2;
	cr_assert_eq(corpus_build(&o, &t1, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t1.seen, (uint64_t)N + 1);
	/* the manifest's entries are p0000 p0001 slow p0002 ...: with the
	 * slow page at the head of the window, the window holds it and the
	 * W - 1 entries after it, up to p%04d of W - 2 + SLOW */
	double ts = request_time(h, "/slow.html");
	char path[64];
	snprintf(path, sizeof path, "/p%04d.html", SLOW + W - 2);
	double inside = request_time(h, path);
	snprintf(path, sizeof path, "/p%04d.html", SLOW + W - 1);
	double outside = request_time(h, path);
	/* a causal bound (it waits for the slow answer) and a loose one
	 * (it was requested within a second of the start) */
	cr_assert_geq(outside - ts, SLOW_MS / 1000.0 * 0.9, "entry past the window fetched %.3f s "
		      "after the slow page was asked for", outside - ts);
	cr_assert_lt(inside - ts, SLOW_MS / 1000.0, "last entry of the window fetched %.3f s after "
		     "the slow page was asked for", inside - ts);
	/* another window, more workers, other concurrency: the same corpus */
	o.out_dir = o2;
	snprintf(o2, sizeof o2, "%s/w3", dir);
	o.fetch_batch = 3;
	o.fetch.concurrency = 2;
	o.jobs = 3;
	cr_assert_eq(corpus_build(&o, &t2, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t2.kept, t1.kept);
	assert_same_corpus(o1, o2);
	httpd_stop(h);
	rmrf(dir);
	free(dir);
}

/* "-": the manifest on standard input is copied to DIR/stdin.manifest
 * before anything is numbered, so a resumed build reads the copy, never
 * standard input again, and gives the same corpus. */
Test(corpus, manifest_on_stdin_builds_and_resumes_from_its_copy, .timeout = 120)
{
	const char *bin = pith_bin();
	if (!bin)
		cr_skip_test("PITH_BIN not set");
	const int N = 40;
	httpd *h = pages_server(N);
	int port = httpd_port(h);
	char *dir = tmpdir();
	char man[512], ref[512], got[512], two[512], cmd[4096], p[700];
	snprintf(man, sizeof man, "%s/urls.csv", dir);
	buf list = BUF_INIT;
	buf_init(&list);
	buf_puts(&list, "url,n\n");
	for (int i = 0; i < N; i++)
		buf_printf(&list, "http://127.0.0.1:%d/p%04d.html,%d\n", port, i, i);
	buf_puts(&list, "no url here,x\n");
	write_file(man, list.data, list.len);
	buf_free(&list);
	const char *opts = "-q -j2 --shard-size 4K --fetch-batch 8 --delay 0 --retries 0";
	snprintf(ref, sizeof ref, "%s/ref", dir);
	snprintf(cmd, sizeof cmd, "%s corpus build %s - -o '%s' < '%s' 2>/dev/null", bin, opts, ref, man);
	cr_assert_eq(run(cmd), 0);
	cr_assert_eq(page_requests(h, N), (size_t)N);
	snprintf(p, sizeof p, "%s/" "stdin.manifest", ref);
	cr_assert(same_file(p, man), "%s is not a copy of the input", p);
	/* sources name "-" and the line; the CSV's other column is meta */
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", ref);
	lines docs = read_lines(p);
	cr_assert_gt(docs.n, 0);
	char *src = field(docs.v[0], "source");
	cr_assert_str_eq(src, "-:2");
	free(src);
	cr_assert(strstr(docs.v[0], "\"meta\":{\"n\":\"0\"}"), "%s", docs.v[0]);
	free_lines(&docs);
	snprintf(p, sizeof p, "%s/rejects.jsonl.gz", ref);
	lines rej = read_lines(p);
	cr_assert(any_line_has(&rej, "reason", "bad-manifest-line"));
	cr_assert(any_line_has(&rej, "source", "-:42"));
	free_lines(&rej);
	/* killed while fetching, resumed with nothing on standard input */
	size_t before = page_requests(h, N);
	snprintf(got, sizeof got, "%s/got", dir);
	snprintf(cmd, sizeof cmd, "PITH_CORPUS_CRASH_AFTER=5 %s corpus build %s - -o '%s' < '%s' 2>/dev/null",
		 bin, opts, got, man);
	cr_assert_eq(run(cmd), 128 + SIGKILL);
	snprintf(cmd, sizeof cmd, "%s corpus build %s --resume - -o '%s' < /dev/null 2>/dev/null", bin, opts, got);
	cr_assert_eq(run(cmd), 0);
	assert_same_corpus(ref, got);
	cr_assert_leq(page_requests(h, N) - before, (size_t)N + 8);
	snprintf(cmd, sizeof cmd, "%s corpus verify '%s' 2>/dev/null", bin, got);
	cr_assert_eq(run(cmd), 0);
	/* standard input cannot be read twice: the second "-" is a reject */
	snprintf(two, sizeof two, "%s/two", dir);
	snprintf(cmd, sizeof cmd, "%s corpus build %s - - -o '%s' < '%s' 2>/dev/null", bin, opts, two, man);
	cr_assert_eq(run(cmd), 0);
	snprintf(p, sizeof p, "%s/rejects.jsonl.gz", two);
	rej = read_lines(p);
	int found = 0;
	for (size_t i = 0; i < rej.n; i++) {
		char *s = field(rej.v[i], "source"), *r = field(rej.v[i], "reason");
		char *d = field(rej.v[i], "detail");
		if (!strcmp(s, "-") && !strcmp(r, "read-error") && strstr(d, "only once"))
			found = 1;
		free(s);
		free(r);
		free(d);
	}
	cr_assert(found, "no read-error reject for the second -");
	free_lines(&rej);
	httpd_stop(h);
	rmrf(dir);
	free(dir);
}

/* ---- template learning ---------------------------------------------------- */

Test(corpus, template_text_of_a_host_is_learned_and_removed)
{
	char *dir = tmpdir();
	char in[512], out[512], out0[512], out2[512], tout[512], err[1024], p[700];
	snprintf(in, sizeof in, "%s/in", dir);
	mkdir(in, 0755);
	gen_pages_opt(in, 24, 1);
	snprintf(out, sizeof out, "%s/c", dir);
	snprintf(out0, sizeof out0, "%s/c0", dir);
	snprintf(tout, sizeof tout, "%s/learned.tsv", dir);
	const char *inputs[] = { in };
	corpus_build_opts o;
	corpus_build_defaults(&o);
	o.inputs = inputs;
	o.ninputs = 1;
	o.jobs = 2;
	o.out_dir = out0;
	o.template_min = 0;
	corpus_totals t0, t;
	cr_assert_eq(corpus_build(&o, &t0, err, sizeof err), 0, "%s", err);
	o.out_dir = out;
	o.template_min = 3;
	o.templates_out = tout;
	cr_assert_eq(corpus_build(&o, &t, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t.kept, t0.kept);
	cr_assert_eq(t.template_docs, t.kept + t.exact_dups + t.near_dups);
	cr_assert_geq(t.template_lines, t.template_docs);
	/* without learning every kept page carries its site's paragraph, with
	 * learning none does */
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", out0);
	lines a = read_lines(p);
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", out);
	lines b = read_lines(p);
	cr_assert_eq(a.n, b.n);
	for (size_t i = 0; i < a.n; i++) {
		cr_assert_eq(count_substr(a.v[i], "searchable archive of our newsroom"), 1);
		cr_assert_eq(count_substr(b.v[i], "searchable archive of our newsroom"), 0, "%s", b.v[i]);
		/* the article text itself stays */
		char *ta = field(a.v[i], "text"), *tb = field(b.v[i], "text");
		cr_assert_gt(strlen(tb), strlen(ta) * 8 / 10);
		free(ta);
		free(tb);
	}
	buf tm = BUF_INIT, tm2 = BUF_INIT;
	buf_init(&tm);
	buf_init(&tm2);
	snprintf(p, sizeof p, "%s/templates.txt", out);
	cr_assert_eq(file_read_all(p, &tm, 0, err, sizeof err), 0, "%s", err);
	cr_assert_eq(file_read_all(tout, &tm2, 0, err, sizeof err), 0, "%s", err);
	cr_assert(tm.len == tm2.len && !memcmp(tm.data, tm2.data, tm.len));
	cr_assert(strstr(tm.data, "Readers of site 1 can find"), "%s", tm.data);
	/* the spool is gone; verify checks templates.txt too */
	snprintf(p, sizeof p, "%s/tmp", out);
	cr_assert_neq(access(p, F_OK), 0);
	buf rep = BUF_INIT;
	buf_init(&rep);
	cr_assert_eq(corpus_verify(out, &rep, err, sizeof err), 0, "%s", rep.data);
	snprintf(p, sizeof p, "%s/templates.txt", out);
	FILE *f = fopen(p, "ab");
	fputs("#\n", f);
	fclose(f);
	buf_reset(&rep);
	cr_assert_gt(corpus_verify(out, &rep, err, sizeof err), 0);
	cr_assert(strstr(rep.data, "templates.txt"), "%s", rep.data);
	/* learned templates applied to a later build (--templates, no learning) */
	snprintf(out2, sizeof out2, "%s/c2", dir);
	snprintf(p, sizeof p, "%s/p0001.html", in);
	const char *one[] = { p };
	o.inputs = one;
	o.out_dir = out2;
	o.template_min = 0;
	o.templates_out = NULL;
	o.templates_in = tout;
	cr_assert_eq(corpus_build(&o, &t, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t.kept, 1);
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", out2);
	lines c = read_lines(p);
	cr_assert_eq(count_substr(c.v[0], "searchable archive"), 0, "%s", c.v[0]);
	free_lines(&c);
	buf_free(&rep);
	buf_free(&tm);
	buf_free(&tm2);
	free_lines(&a);
	free_lines(&b);
	rmrf(dir);
	free(dir);
}

/* ---- progress on a terminal ----------------------------------------------- */

Test(corpus, progress_line_on_a_terminal, .timeout = 60)
{
	const char *bin = pith_bin();
	if (!bin)
		cr_skip_test("PITH_BIN not set");
	char *dir = tmpdir();
	char in[512], out[512];
	snprintf(in, sizeof in, "%s/in", dir);
	mkdir(in, 0755);
	gen_pages(in, 40);
	snprintf(out, sizeof out, "%s/c", dir);
	int mfd;
	pid_t pid = forkpty(&mfd, NULL, NULL, NULL);
	cr_assert(pid >= 0);
	if (pid == 0) {
		/* slow enough (one worker, a checkpoint per document) that the
		 * line is drawn at least once */
		execl(bin, "pith", "corpus", "build", "-j1", "--shard-size", "1", in, "-o", out, (char *)NULL);
		_exit(127);
	}
	buf got = BUF_INIT;
	buf_init(&got);
	char b[4096];
	for (;;) {
		ssize_t n = read(mfd, b, sizeof b);
		if (n <= 0)
			break;
		buf_append(&got, b, (size_t)n);
	}
	close(mfd);
	int st;
	waitpid(pid, &st, 0);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s", got.data);
	cr_assert(strstr(got.data, "pith corpus build: 41 documents seen"), "%s", got.data);
	cr_assert(strstr(got.data, "docs/s"), "%s", got.data);
	cr_assert(strstr(got.data, "\r\033[K"), "%s", got.data);
	buf_free(&got);
	rmrf(dir);
	free(dir);
}

Test(corpus, lang_filter_rejects_other_languages)
{
	char *dir = tmpdir();
	char out[512], out2[512], err[1024], p[700];
	snprintf(out, sizeof out, "%s/de", dir);
	snprintf(out2, sizeof out2, "%s/en", dir);
	const char *in[] = { FIX };
	corpus_build_opts o;
	corpus_build_defaults(&o);
	o.inputs = in;
	o.ninputs = 1;
	o.jobs = 2;
	o.out_dir = out;
	o.langs = "de,fr";
	corpus_totals t;
	cr_assert_eq(corpus_build(&o, &t, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t.kept, 0);
	snprintf(p, sizeof p, "%s/rejects.jsonl.gz", out);
	lines rej = read_lines(p);
	cr_assert(any_line_has(&rej, "reason", "lang"));
	cr_assert(any_line_has(&rej, "detail", "en"));
	free_lines(&rej);
	o.out_dir = out2;
	o.langs = "fr, en";
	cr_assert_eq(corpus_build(&o, &t, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t.kept, 2);
	rmrf(dir);
	free(dir);
}

/* Three versions of one article on a small site (two of eight paragraphs
 * rewritten in each: Jaccard ~0.6, not near duplicates) and one other
 * article. Their common paragraphs are on 3 of the site's 4 pages, but
 * they are the article, not the site's template: versions count as one
 * page for template learning, so nothing is stripped. */
Test(corpus, versions_of_an_article_are_not_template_text)
{
	char *dir = tmpdir();
	char in[512], out[512], err[1024], p[700];
	snprintf(in, sizeof in, "%s/in", dir);
	mkdir(in, 0755);
	static const char *words[] = { "tide", "quay", "gull", "net", "salt", "boat", "crew", "storm",
				       "the", "a", "of", "and", "to", "was", "said", "harbour" };
	buf page = BUF_INIT;
	buf_init(&page);
	const int changed[4][2] = { { -1, -1 }, { 2, 5 }, { 3, 6 }, { -1, -1 } };
	for (int v = 0; v < 4; v++) {
		buf_reset(&page);
		buf_printf(&page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T%d</title>"
			   "<link rel=\"canonical\" href=\"https://small.example/story/%d\"></head><body><article>\n",
			   v, v);
		for (int para = 0; para < 8; para++) {
			/* v == 3: another article altogether */
			int rewritten = para == changed[v][0] || para == changed[v][1];
			uint64_t x = v == 3 ? 99991u * (para + 1) : rewritten ? 7777u * (v * 10 + para + 1) :
				     1234567u * (para + 1);
			buf_puts(&page, "<p>");
			for (int k = 0; k < 40; k++) {
				x = x * 6364136223846793005ULL + 1442695040888963407ULL;
				buf_printf(&page, "%s%s", k ? " " : "", words[(x >> 33) % 16]);
			}
			buf_puts(&page, ".</p>\n");
		}
		buf_puts(&page, "</article></body></html>\n");
		snprintf(p, sizeof p, "%s/v%d.html", in, v);
		write_file(p, page.data, page.len);
	}
	buf_free(&page);
	snprintf(out, sizeof out, "%s/c", dir);
	const char *inputs[] = { in };
	corpus_totals t;
	cr_assert_eq(build_lib(out, inputs, 1, 2, 0, &t, err, sizeof err), 0, "%s", err);
	cr_assert_eq(t.kept, 4, "versions at Jaccard ~0.6 are not near duplicates");
	cr_assert_eq(t.template_lines, 0);
	snprintf(p, sizeof p, "%s/shards/docs-00000.jsonl.gz", out);
	lines docs = read_lines(p);
	for (size_t i = 0; i < docs.n; i++) {
		char *w = field(docs.v[i], "words");
		cr_assert_eq(atoi(w), 320, "%s", docs.v[i]);
		free(w);
	}
	free_lines(&docs);
	rmrf(dir);
	free(dir);
}
