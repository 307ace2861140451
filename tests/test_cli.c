/*
 * Suite "cli": the pith binary (env PITH_BIN, default build/pith) as a user
 * runs it — the extraction fixtures through `pith clean`, every output
 * format, -j determinism, and hostile batches: each bad input must cost only
 * itself (one line on stderr naming it, exit 1) while the rest of the batch
 * is still written, and nothing may crash. Inputs are generated into a
 * temporary directory (the 50 MB page is never committed).
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include "common/hash.h"
#include "fetch/warc.h"
#include "test_clean_util.h"

typedef struct result {
	int status;      /* exit code; 128+signal if killed */
	char *out;
	size_t out_len;
	char *err;
} result;

static const char *pith_bin(void)
{
	const char *b = getenv("PITH_BIN");
	return b && *b ? b : "build/pith";
}

/* mkdtemp'd scratch directory, removed by rm_rf at the end of each test */
static char *scratch_dir(void)
{
	char *d = strdup("/tmp/pith-cli-XXXXXX");
	cr_assert(mkdtemp(d), "mkdtemp: %s", strerror(errno));
	return d;
}

static void rm_rf(const char *dir)
{
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", dir, dir);
	if (system(cmd) != 0)
		cr_log_warn("could not remove %s", dir);
}

static char *pathf(const char *fmt, ...)
{
	char *p;
	va_list ap;
	va_start(ap, fmt);
	if (vasprintf(&p, fmt, ap) < 0)
		abort();
	va_end(ap);
	return p;
}

/* Run pith with args (NULL-terminated); stdin from stdin_path or /dev/null.
 * stdout and stderr go through files so large outputs cannot deadlock. */
static result run_pith(const char *stdin_path, const char *const *args)
{
	char outp[] = "/tmp/pith-cli-out-XXXXXX", errp[] = "/tmp/pith-cli-err-XXXXXX";
	int fo = mkstemp(outp), fe = mkstemp(errp);
	cr_assert(fo >= 0 && fe >= 0);
	const char *argv[64];
	int argc = 0;
	argv[argc++] = pith_bin();
	for (; *args && argc < 63; args++)
		argv[argc++] = *args;
	argv[argc] = NULL;
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		int fi = open(stdin_path ? stdin_path : "/dev/null", O_RDONLY);
		dup2(fi, 0);
		dup2(fo, 1);
		dup2(fe, 2);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	int st;
	waitpid(pid, &st, 0);
	close(fo);
	close(fe);
	result r;
	r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	r.out = tc_read_file(outp, &r.out_len);
	r.err = tc_read_file(errp, NULL);
	unlink(outp);
	unlink(errp);
	cr_assert(r.status != 127, "cannot run %s (set PITH_BIN)", argv[0]);
	cr_assert(r.status < 128, "%s crashed with signal %d; stderr:\n%s", argv[0], r.status - 128, r.err);
	return r;
}

#define PITH(...) run_pith(NULL, (const char *const[]){ __VA_ARGS__, NULL })

static void result_free(result *r)
{
	free(r->out);
	free(r->err);
}

static int count_lines(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* Every stderr line is a "pith clean: PATH: reason" error; return how many
 * name the given path fragment. */
static int err_lines_naming(const char *err, const char *frag)
{
	int n = 0;
	const char *s = err;
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		char *line = strndup(s, len);
		if (strstr(line, frag) && strncmp(line, "pith clean: ", 12) == 0)
			n++;
		free(line);
		s += len + (nl ? 1 : 0);
	}
	return n;
}

static void copy_fixture(const char *name, const char *dst)
{
	char *src = pathf("%s/%s.html", CLEAN_FIXTURES, name);
	size_t n;
	char *p = tc_read_file(src, &n);
	cr_assert(p, "cannot read %s", src);
	cr_assert_eq(tc_write_file(dst, p, n), 0, "cannot write %s", dst);
	free(p);
	free(src);
}

static void write_gz(const char *path, const char *p, size_t n, size_t keep)
{
	uLongf cap = compressBound(n) + 64;
	unsigned char *z = malloc(cap);
	z_stream s;
	memset(&s, 0, sizeof(s));
	cr_assert_eq(deflateInit2(&s, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
	s.next_in = (Bytef *)p;
	s.avail_in = (uInt)n;
	s.next_out = z;
	s.avail_out = (uInt)cap;
	cr_assert_eq(deflate(&s, Z_FINISH), Z_STREAM_END);
	size_t zn = cap - s.avail_out;
	deflateEnd(&s);
	cr_assert_eq(tc_write_file(path, z, keep && keep < zn ? keep : zn), 0);
	free(z);
}

/* ---- usage ------------------------------------------------------------------ */

Test(cli, help_version_and_usage_errors)
{
	result r = PITH("--help");
	cr_expect_eq(r.status, 0);
	cr_expect(strstr(r.out, "clean") && strstr(r.out, "corpus"), "%s", r.out);
	result_free(&r);

	r = PITH("clean", "--help");
	cr_expect_eq(r.status, 0);
	cr_expect(strstr(r.out, "--format") && strstr(r.out, "--template-min") && strstr(r.out, "-j"),
		  "clean --help is incomplete:\n%s", r.out);
	result_free(&r);

	r = PITH("--version");
	cr_expect_eq(r.status, 0);
	cr_expect(strncmp(r.out, "pith ", 5) == 0, "%s", r.out);
	result_free(&r);

	static const char *const bad[][4] = {
		{ "clean", "--bogus", CLEAN_FIXTURES, NULL },
		{ "clean", "-Z", CLEAN_FIXTURES, NULL },
		{ "clean", "--format", "xml", CLEAN_FIXTURES },
		{ "clean", "--from", "pdf", CLEAN_FIXTURES },
		{ "clean", "-j", "many", CLEAN_FIXTURES },
		{ "clean", "--template-min", "-1", CLEAN_FIXTURES },
		{ "clean", NULL, NULL, NULL },
		{ "clean", "--url", "https://a.example/", CLEAN_FIXTURES "/patch.html" },
		{ "--bogus", NULL, NULL, NULL },
		{ "frobnicate", NULL, NULL, NULL },
		{ "fetch", "--bogus", "urls.txt", NULL },
		{ "corpus", "build", "--bogus", "x" },
		{ "corpus", "build", "--min-words", NULL },
		{ "corpus", "build", "in/", NULL },
		{ "corpus", "verify", NULL, NULL },
		{ "corpus", "stats", "--bogus", NULL },
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		const char *args[6] = { 0 };
		for (int k = 0; k < 4 && bad[i][k]; k++)
			args[k] = bad[i][k];
		/* the --url case: two inputs for a single-input option */
		if (i == 7)
			args[4] = CLEAN_FIXTURES "/iet.html";
		r = run_pith(NULL, args);
		cr_expect_eq(r.status, 2, "case %zu (%s %s): exit %d", i, args[0], args[1] ? args[1] : "",
			     r.status);
		cr_expect_eq(count_lines(r.err), 1, "case %zu: want a one-line error, got:\n%s", i, r.err);
		cr_expect_eq(r.out_len, 0, "case %zu wrote to stdout", i);
		result_free(&r);
	}
}

/* ---- the fixtures through the binary -------------------------------------- */

Test(cli, fixtures_cleaned_through_binary)
{
	char *dir = scratch_dir();
	result r = PITH("clean", "-o", dir, CLEAN_FIXTURES);
	cr_expect_eq(r.status, 0, "stderr:\n%s", r.err);
	cr_expect_eq(r.err[0], 0, "unexpected stderr:\n%s", r.err);
	for (size_t i = 0; i < N_CLEAN_FIXTURES; i++) {
		char *p = pathf("%s/%s.txt", dir, clean_fixture_names[i]);
		size_t n;
		char *text = tc_read_file(p, &n);
		cr_expect(text, "no output %s", p);
		if (text) {
			cr_expect(tc_utf8_ok(text, n), "%s is not valid UTF-8", p);
			tc_check_expect(clean_fixture_names[i], text, "pith clean -o");
		}
		free(text);
		free(p);
	}
	result_free(&r);
	rm_rf(dir);
	free(dir);
}

Test(cli, keep_captions_and_comments_options)
{
	result r = PITH("clean", "--keep-captions", CLEAN_FIXTURES "/dailymail.html");
	cr_expect_eq(r.status, 0);
	char *f = tc_fold(r.out);
	cr_expect(strstr(f, "Still smiling: Edna Pryce, 81"), "--keep-captions lost the caption");
	free(f);
	result_free(&r);

	r = PITH("clean", "--keep-comments", CLEAN_FIXTURES "/blog.html");
	cr_expect_eq(r.status, 0);
	f = tc_fold(r.out);
	cr_expect(strstr(f, "Did you use the same glue"), "--keep-comments lost the comment");
	cr_expect(strstr(f, "Our kitchen table is older than I am."), "article lost");
	free(f);
	result_free(&r);
}

/* ---- formats ------------------------------------------------------------------ */

Test(cli, text_documents_separated_by_form_feed)
{
	result r = PITH("clean", CLEAN_FIXTURES "/patch.html", CLEAN_FIXTURES "/iet.html");
	cr_expect_eq(r.status, 0, "%s", r.err);
	const char *ff = strstr(r.out, "\n\f\n");
	cr_assert(ff, "no form-feed line between the documents:\n%s", r.out);
	cr_expect(!strstr(ff + 1, "\n\f\n"), "more than one separator for two documents");
	const char *a = strstr(r.out, "After more than three hours of public comment");
	const char *b = strstr(r.out, "A regional electricity network operator");
	cr_expect(a && a < ff, "first document not before the separator");
	cr_expect(b && b > ff, "second document not after the separator");
	result_free(&r);
}

Test(cli, jsonl_ids_and_sources)
{
	result r = PITH("clean", "--format", "jsonl", CLEAN_FIXTURES);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_eq(count_lines(r.out), (int)N_CLEAN_FIXTURES, "one line per page:\n%s", r.out);
	/* walk order is byte-sorted */
	static const char *const order[] = { "actionnews", "blog", "dailymail", "iet", "patch", "related",
					     "scroll", "teasers", "thehill", "zhnews" };
	const char *line = r.out;
	for (size_t i = 0; i < sizeof(order) / sizeof(*order) && *line; i++) {
		char *src = pathf("%s/%s.html", CLEAN_FIXTURES, order[i]);
		char hex[41];
		hash_sha1_hex(src, strlen(src), hex);
		char *want = pathf("{\"id\":\"%.16s\",", hex);
		cr_expect(strncmp(line, want, strlen(want)) == 0, "line %zu: want %s...:\n%.200s", i, want, line);
		char *wsrc = pathf("\"source\":\"%s\"", src);
		const char *nl = strchr(line, '\n');
		char *l = strndup(line, nl ? (size_t)(nl - line) : strlen(line));
		cr_expect(strstr(l, wsrc), "line %zu has no %s", i, wsrc);
		cr_expect(strstr(l, "\"text\":\""), "line %zu has no text", i);
		free(l);
		free(wsrc);
		free(want);
		free(src);
		line = nl ? nl + 1 : line + strlen(line);
	}
	result_free(&r);

	/* with --url the id comes from the URL */
	r = PITH("clean", "--format", "jsonl", "--url", "https://news.example/a/1", CLEAN_FIXTURES "/iet.html");
	char hex[41];
	hash_sha1_hex("https://news.example/a/1", 24, hex);
	char *want = pathf("{\"id\":\"%.16s\",", hex);
	cr_expect(strncmp(r.out, want, strlen(want)) == 0, "want %s: %.200s", want, r.out);
	free(want);
	result_free(&r);
}

Test(cli, json_is_an_array)
{
	result r = PITH("clean", "--format", "json", CLEAN_FIXTURES "/patch.html", CLEAN_FIXTURES "/blog.html");
	cr_expect_eq(r.status, 0);
	cr_expect(strncmp(r.out, "[\n{\"id\":", 8) == 0, "%.100s", r.out);
	cr_expect(r.out_len > 4 && strcmp(r.out + r.out_len - 4, "}\n]\n") == 0, "bad array end: %s",
		  r.out_len > 10 ? r.out + r.out_len - 10 : r.out);
	cr_expect(strstr(r.out, "},\n{\"id\":"), "documents not comma-separated");
	result_free(&r);

	char *dir = scratch_dir();
	r = PITH("clean", "--format", "markdown", "-o", dir, CLEAN_FIXTURES "/blog.html");
	cr_expect_eq(r.status, 0);
	char *p = pathf("%s/blog.md", dir);
	char *md = tc_read_file(p, NULL);
	cr_expect(md && strstr(md, "## Why the table wobbled"), "no blog.md with a Markdown heading");
	free(md);
	free(p);
	result_free(&r);
	r = PITH("clean", "--format", "json", "-o", dir, CLEAN_FIXTURES "/blog.html");
	p = pathf("%s/blog.json", dir);
	char *js = tc_read_file(p, NULL);
	cr_expect(js && js[0] == '{' && count_lines(js) == 1, "blog.json is not one object");
	free(js);
	free(p);
	result_free(&r);
	rm_rf(dir);
	free(dir);
}

Test(cli, stdin_input)
{
	result r = run_pith(CLEAN_FIXTURES "/thehill.html", (const char *const[]){ "clean", "-", NULL });
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect(strstr(r.out, "The Senate Commerce Committee on Thursday advanced"), "%s", r.out);
	result_free(&r);
}

/* ---- determinism ------------------------------------------------------------ */

static char *tree_digest(const char *dir)
{
	char *cmd = pathf("cd '%s' && find . -type f | LC_ALL=C sort | xargs sha1sum", dir);
	FILE *f = popen(cmd, "r");
	cr_assert(f);
	char *out = malloc(1 << 16);
	size_t n = fread(out, 1, (1 << 16) - 1, f);
	out[n] = 0;
	pclose(f);
	free(cmd);
	return out;
}

Test(cli, output_identical_for_any_jobs)
{
	static const char *const fmts[] = { "text", "jsonl", "json" };
	for (size_t i = 0; i < 3; i++) {
		result a = PITH("clean", "-j", "1", "--format", fmts[i], CLEAN_FIXTURES);
		result b = PITH("clean", "-j", "4", "--format", fmts[i], CLEAN_FIXTURES);
		result c = PITH("clean", "-j", "3", "--format", fmts[i], CLEAN_FIXTURES);
		cr_expect(a.out_len > 1000, "%s: little output", fmts[i]);
		cr_expect(a.out_len == b.out_len && memcmp(a.out, b.out, a.out_len) == 0, "%s: -j1 != -j4", fmts[i]);
		cr_expect(a.out_len == c.out_len && memcmp(a.out, c.out, a.out_len) == 0, "%s: -j1 != -j3", fmts[i]);
		result_free(&a);
		result_free(&b);
		result_free(&c);
	}
	char *d1 = scratch_dir(), *d4 = scratch_dir();
	result a = PITH("clean", "-j", "1", "-o", d1, CLEAN_FIXTURES);
	result b = PITH("clean", "-j", "4", "-o", d4, CLEAN_FIXTURES);
	char *h1 = tree_digest(d1), *h4 = tree_digest(d4);
	cr_expect_eq(count_lines(h1), (int)N_CLEAN_FIXTURES, "%s", h1);
	cr_expect_str_eq(h1, h4, "-o output differs between -j 1 and -j 4");
	free(h1);
	free(h4);
	result_free(&a);
	result_free(&b);
	rm_rf(d1);
	rm_rf(d4);
	free(d1);
	free(d4);
}

/* ---- output names --------------------------------------------------------- */

Test(cli, output_names_mirror_inputs)
{
	char *in = scratch_dir(), *out = scratch_dir();
	char *sub = pathf("%s/world/europe", in);
	char *cmd = pathf("mkdir -p '%s'", sub);
	cr_assert_eq(system(cmd), 0);
	size_t n;
	char *p = tc_read_file(CLEAN_FIXTURES "/iet.html", &n);
	char *gz = pathf("%s/world/europe/battery.html.gz", in);
	write_gz(gz, p, n, 0);
	char *htm = pathf("%s/a.htm", in);
	copy_fixture("patch", htm);
	char *ignored = pathf("%s/notes.pdf", in);
	tc_write_file(ignored, "%PDF-1.4", 8);
	result r = PITH("clean", "-o", out, in);
	cr_expect_eq(r.status, 0, "%s", r.err);
	char *o1 = pathf("%s/world/europe/battery.txt", out), *o2 = pathf("%s/a.txt", out);
	char *t1 = tc_read_file(o1, NULL), *t2 = tc_read_file(o2, NULL);
	cr_expect(t1 && strstr(t1, "sodium-ion battery"), "no %s from a .html.gz in a subfolder", o1);
	cr_expect(t2 && strstr(t2, "Westfield Memorial Library"), "no %s", o2);
	char *o3 = pathf("%s/notes.txt", out);
	cr_expect(access(o3, F_OK) != 0, "a .pdf was taken as a page");
	result_free(&r);

	/* two inputs with the same name do not overwrite each other */
	char *b = pathf("%s/world/a.htm", in);
	copy_fixture("blog", b);
	char *out2 = scratch_dir();
	r = PITH("clean", "-o", out2, htm, b);
	cr_expect_eq(r.status, 0, "%s", r.err);
	char *c1 = pathf("%s/a.txt", out2), *c2 = pathf("%s/a~2.txt", out2);
	char *u1 = tc_read_file(c1, NULL), *u2 = tc_read_file(c2, NULL);
	cr_expect(u1 && strstr(u1, "Westfield Memorial Library"), "first a.htm not in a.txt");
	cr_expect(u2 && strstr(u2, "kitchen table"), "second a.htm not in a~2.txt");
	free(u1), free(u2), free(c1), free(c2);
	result_free(&r);

	free(t1), free(t2), free(o1), free(o2), free(o3), free(b);
	free(p), free(gz), free(htm), free(ignored), free(cmd), free(sub);
	rm_rf(in), rm_rf(out), rm_rf(out2);
	free(in), free(out), free(out2);
}

/* ---- bad inputs ------------------------------------------------------------- */

Test(cli, bad_inputs_cost_only_themselves, .timeout = 120)
{
	char *in = scratch_dir(), *out = scratch_dir();
	char *good = pathf("%s/good.html", in);
	copy_fixture("patch", good);
	char *last = pathf("%s/zz-last.html", in);
	copy_fixture("thehill", last);

	char *empty = pathf("%s/empty.html", in);
	tc_write_file(empty, "", 0);

	char *garbage = pathf("%s/garbage.html", in);
	unsigned char g[65536];
	unsigned long long x = 88172645463325252ull;
	for (size_t i = 0; i < sizeof(g); i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		g[i] = (unsigned char)x;
	}
	tc_write_file(garbage, g, sizeof(g));

	char *badutf8 = pathf("%s/invalid-utf8.html", in);
	static const char bu[] =
		"<html><head><meta charset=utf-8><title>Bad \xff bytes</title></head><body><article>"
		"<p>This article about the harbour festival has broken bytes \xc3\x28 and \xed\xa0\x80 and "
		"\xf8\x88\x80\x80\x80 in the middle of a long enough paragraph to be kept by the cleaner.</p>"
		"<p>A second paragraph follows so the article has some body to it, about the boats and "
		"the fireworks that closed the weekend \x80\x80\x80.</p></article></body></html>";
	tc_write_file(badutf8, bu, sizeof(bu) - 1);

	size_t pn;
	char *page = tc_read_file(CLEAN_FIXTURES "/iet.html", &pn);
	char *trunc = pathf("%s/truncated.html.gz", in);
	write_gz(trunc, page, pn, 600);

	char *nested = pathf("%s/nested.html", in);
	size_t nn;
	char *np = tc_nested_divs(100000, &nn);
	tc_write_file(nested, np, nn);
	free(np);

	/* unreadable: a dangling link (root reads any mode) and, when not root,
	 * a file without read permission */
	char *dangling = pathf("%s/dangling.html", in);
	cr_assert_eq(symlink("/nonexistent/pith/page.html", dangling), 0);
	char *noperm = pathf("%s/noperm.html", in);
	copy_fixture("blog", noperm);
	chmod(noperm, 0);
	int root = geteuid() == 0;

	char *missing = pathf("%s/does-not-exist.html", in);
	result r = PITH("clean", "-j", "2", "-o", out, in, missing);
	cr_expect_eq(r.status, 1, "exit %d; stderr:\n%s", r.status, r.err);

	/* exactly one error line per bad input, naming it */
	cr_expect_eq(err_lines_naming(r.err, "empty.html"), 1, "empty file:\n%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "garbage.html"), 1, "binary garbage:\n%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "truncated.html.gz"), 1, "truncated gzip:\n%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "dangling.html"), 1, "dangling link:\n%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "does-not-exist.html"), 1, "missing path:\n%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "noperm.html"), root ? 0 : 1, "unreadable file:\n%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "good.html"), 0, "%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "invalid-utf8.html"), 0, "%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "nested.html"), 0, "%s", r.err);
	cr_expect_eq(count_lines(r.err), root ? 5 : 6, "stray stderr lines:\n%s", r.err);
	cr_expect(strstr(r.err, "truncated"), "the gzip error does not say truncated:\n%s", r.err);

	/* the good files are all written */
	static const char *const written[][2] = {
		{ "good.txt", "Westfield Memorial Library" },
		{ "zz-last.txt", "The Senate Commerce Committee" },
		{ "invalid-utf8.txt", "harbour festival" },
		{ "nested.txt", "The innermost paragraph of a very deeply nested page" },
	};
	for (size_t i = 0; i < 4; i++) {
		char *p = pathf("%s/%s", out, written[i][0]);
		size_t n;
		char *t = tc_read_file(p, &n);
		cr_expect(t, "%s not written", written[i][0]);
		if (t) {
			cr_expect(tc_utf8_ok(t, n), "%s is not valid UTF-8", written[i][0]);
			char *f = tc_fold(t);
			cr_expect(strstr(f, written[i][1]), "%s lacks \"%s\"", written[i][0], written[i][1]);
			free(f);
		}
		free(t);
		free(p);
	}
	char *none = pathf("%s/empty.txt", out);
	cr_expect(access(none, F_OK) != 0, "a failed input left an output file");
	free(none);
	result_free(&r);

	/* text output on stdout stays valid UTF-8 too */
	r = PITH("clean", badutf8, garbage);
	cr_expect_eq(r.status, 1);
	cr_expect(tc_utf8_ok(r.out, r.out_len), "stdout is not valid UTF-8");
	cr_expect(strstr(r.out, "harbour festival"));
	result_free(&r);

	free(page), free(good), free(last), free(empty), free(garbage), free(badutf8), free(trunc);
	free(nested), free(dangling), free(noperm), free(missing);
	rm_rf(in), rm_rf(out);
	free(in), free(out);
}

/* A page far larger than any real one: cleaned (default limit 64 MiB) or
 * refused with one line under --max-size; never a crash. */
Test(cli, fifty_megabyte_page, .timeout = 120)
{
	char *in = scratch_dir();
	char *big = pathf("%s/big.html", in);
	FILE *f = fopen(big, "wb");
	cr_assert(f);
	fputs("<!DOCTYPE html><html><head><title>Long</title></head><body><article>", f);
	static const char para[] =
		"<p>Council minutes, item %07d: the committee heard evidence on the drainage scheme "
		"for the lower town, asked the engineers for revised costs, and adjourned.</p>\n";
	size_t total = 0;
	for (int i = 0; total < 50u << 20; i++)
		total += (size_t)fprintf(f, para, i);
	fputs("</article></body></html>", f);
	fclose(f);
	char *small = pathf("%s/small.html", in);
	copy_fixture("actionnews", small);

	result r = PITH("clean", "--max-size", "8M", big, small);
	cr_expect_eq(r.status, 1);
	cr_expect_eq(count_lines(r.err), 1, "%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "big.html"), 1, "%s", r.err);
	cr_expect(strstr(r.out, "protected bike lanes"), "the small page was not cleaned");
	result_free(&r);

	r = PITH("clean", "--format", "jsonl", big);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect(strstr(r.out, "item 0000000") && strstr(r.out, "item 0300000"),
		  "the 50 MB page lost its text");
	cr_expect(tc_utf8_ok(r.out, r.out_len));
	result_free(&r);
	free(big), free(small);
	rm_rf(in);
	free(in);
}

/* ---- plain text and template learning ------------------------------------ */

Test(cli, text_dump_cleaned_line_by_line)
{
	char *in = scratch_dir();
	char *p = pathf("%s/dump.txt", in);
	static const char dump[] =
		"Politics & Government\n\n"
		"Village Board Delays Vote On Short-Term Rentals\n\n"
		"The Village Board on Monday postponed a vote on limiting short-term rentals, saying it "
		"needed more time to study how other lakeside towns enforce similar rules.\n\n"
		"Find out what's happening in Lakeview for free with the latest updates from Patch.\n\n"
		"Trustees said they had received more than two hundred letters on the proposal, most of them "
		"from residents who rent rooms to summer visitors.\n\n"
		"Subscribe\n\n"
		"The board will take up the measure again at its meeting on the second Tuesday of next month.\n\n"
		"Copyright 2024 Lakeview Courier. All rights reserved.\n";
	tc_write_file(p, dump, sizeof(dump) - 1);
	result r = PITH("clean", "--from", "text", p);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect(strstr(r.out, "The Village Board on Monday postponed a vote"), "%s", r.out);
	cr_expect(strstr(r.out, "Trustees said they had received more than two hundred letters"), "%s", r.out);
	cr_expect(strstr(r.out, "The board will take up the measure again"), "%s", r.out);
	cr_expect(!strstr(r.out, "Find out what's happening"), "promo kept:\n%s", r.out);
	cr_expect(!strstr(r.out, "All rights reserved"), "copyright kept:\n%s", r.out);
	result_free(&r);

	/* auto mode takes a tagless input as text; --explain says what went */
	r = PITH("clean", "--explain", p);
	cr_expect_eq(r.status, 0);
	cr_expect(strstr(r.out, "The Village Board on Monday postponed a vote"));
	cr_expect(strstr(r.err, "All rights reserved"), "--explain did not list the removed line:\n%s", r.err);
	result_free(&r);
	free(p);
	rm_rf(in);
	free(in);
}

/* Four pages of one host carry a sentence their template injects into the
 * article body (invisible to a single-page extractor); a fifth has it too.
 * A quote shared by two pages is legitimate and stays, and so do article
 * sentences that differ from page to page in a few words only. */
static const char tmpl_page[] =
	"<!DOCTYPE html><html><head><title>%s - Riverside Gazette</title>"
	"<link rel=\"canonical\" href=\"https://www.gazette.example/news/%d\"></head><body><article>"
	"<h1>%s</h1>"
	"<p>%s The story began on a quiet weekday morning when the first reports reached the "
	"newsroom, and by the afternoon several residents had come forward with more details.</p>"
	"<p>Readers can support independent local reporting in Riverside by becoming a member of the "
	"Gazette today for less than the price of a coffee each week.</p>"
	"<p>Officials said they would publish a full account of %s at the next public meeting, "
	"and invited anyone with information to contact the town clerk's office.</p>"
	"%s"
	"</article></body></html>";

static void write_tmpl_page(const char *dir, int i)
{
	static const char *titles[] = { "Bridge repairs to begin in June", "School budget passes narrowly",
					"Farmers market moves to the riverfront", "New bus route links the hospital",
					"Library extends its weekend hours" };
	static const char *leads[] = { "Repairs to the old iron bridge will start in June.",
				       "Voters approved the school budget by forty-one votes.",
				       "The Saturday market is moving to the riverfront park.",
				       "A new bus route will connect the east side with the hospital.",
				       "The public library will open on Sunday afternoons." };
	static const char *subjects[] = { "the bridge works", "the budget vote", "the market move",
					  "the new route", "the library hours" };
	const char *quote = i < 2 ? "<p>\"We will not stop until every street is safe,\" the mayor told the "
				    "crowd gathered outside the town hall on Tuesday evening.</p>"
				  : "";
	char *p = pathf("%s/page%d.html", dir, i);
	char *html = pathf(tmpl_page, titles[i], i, titles[i], leads[i], subjects[i], quote);
	tc_write_file(p, html, strlen(html));
	free(html);
	free(p);
}

Test(cli, template_learning_across_a_batch)
{
	char *in = scratch_dir(), *out = scratch_dir();
	for (int i = 0; i < 4; i++)
		write_tmpl_page(in, i);
	char *tfile = pathf("%s/gazette.templates", out);
	result r = PITH("clean", "--format", "jsonl", "--templates-out", tfile, in);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_eq(count_lines(r.out), 4);
	cr_expect(!strstr(r.out, "support independent local reporting"), "template sentence kept:\n%s", r.out);
	cr_expect(strstr(r.out, "We will not stop until every street is safe"), "a quote on 2 pages was removed");
	cr_expect(strstr(r.out, "Officials said they would publish a full account"), "article text lost");
	cr_expect(strstr(r.out, "Repairs to the old iron bridge"), "article text lost");
	result_free(&r);

	r = PITH("clean", "--template-min", "0", in);
	cr_expect(strstr(r.out, "support independent local reporting"),
		  "the extractor alone already drops the sentence, so this test proves nothing");
	result_free(&r);

	/* a later run on one new page of the host applies the saved templates */
	char *in2 = scratch_dir();
	write_tmpl_page(in2, 4);
	char *one = pathf("%s/page4.html", in2);
	r = PITH("clean", "--templates", tfile, one);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect(!strstr(r.out, "support independent local reporting"), "saved templates not applied:\n%s", r.out);
	cr_expect(strstr(r.out, "The public library will open on Sunday afternoons"), "article text lost");
	result_free(&r);
	free(one);
	free(tfile);
	rm_rf(in), rm_rf(out), rm_rf(in2);
	free(in), free(out), free(in2);
}

/* A WARC as a crawler leaves it: warcinfo, request/response pairs, a PDF,
 * a 404 page, then a damaged record in the middle. pith clean takes the
 * HTML responses (2xx) in file order, with the record's URL, and names
 * the damaged record in one error line. */
static void warc_response(warc_writer *w, const char *url, const char *status_line, const char *ctype,
			  const char *body)
{
	char err[256];
	char head[512];
	snprintf(head, sizeof(head), "%s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n", status_line, ctype,
		 strlen(body));
	warc_rec req = { .type = "request", .target_uri = url, .head = "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
			 .head_len = 28 };
	cr_assert_eq(warc_write(w, &req, err, sizeof(err)), 0, "%s", err);
	warc_rec res = { .type = "response", .target_uri = url, .concurrent_to = req.id, .head = head,
			 .head_len = strlen(head), .body = body, .body_len = strlen(body) };
	cr_assert_eq(warc_write(w, &res, err, sizeof(err)), 0, "%s", err);
}

Test(cli, warc_input_cleans_html_responses)
{
	char *dir = scratch_dir();
	char *warc = pathf("%s/crawl.warc.gz", dir);
	char err[256];
	warc_writer *w = warc_writer_open(warc, WARC_W_GZIP, 0, err, sizeof(err));
	cr_assert(w, "%s", err);
	cr_assert_eq(warc_write_warcinfo(w, "crawl.warc.gz", "software: test\r\n", NULL, err, sizeof(err)), 0);
	size_t n1, n2;
	char *p1 = tc_read_file(CLEAN_FIXTURES "/patch.html", &n1);
	char *p2 = tc_read_file(CLEAN_FIXTURES "/thehill.html", &n2);
	warc_response(w, "https://patch.example/nj/westfield/library", "HTTP/1.1 200 OK", "text/html; charset=utf-8", p1);
	warc_response(w, "https://files.example/report.pdf", "HTTP/1.1 200 OK", "application/pdf", "%PDF-1.4 not a page");
	warc_response(w, "https://patch.example/missing", "HTTP/1.1 404 Not Found", "text/html",
		      "<html><body><p>This page could not be found on our servers, sorry about that.</p></body></html>");
	uint64_t damaged_at = warc_writer_offset(w);
	warc_response(w, "https://patch.example/damaged", "HTTP/1.1 200 OK", "text/html", "<html><body><p>lost</p></body></html>");
	uint64_t damaged_end = warc_writer_offset(w);
	warc_response(w, "https://thehill.example/policy/drones", "HTTP/1.1 200 OK", "text/html", p2);
	cr_assert_eq(warc_writer_close(w, err, sizeof(err)), 0);
	/* damage the gzip members of the fourth pair (bytes in the middle) */
	int fd = open(warc, O_RDWR);
	cr_assert(fd >= 0);
	uint64_t mid = damaged_at + (damaged_end - damaged_at) / 2;
	cr_assert_eq(pwrite(fd, "\xde\xad\xbe\xef\xde\xad\xbe\xef", 8, (off_t)mid), 8);
	close(fd);

	result r = PITH("clean", "--format", "jsonl", warc);
	cr_expect_eq(r.status, 1, "a damaged record is an input error: exit %d\n%s", r.status, r.err);
	cr_expect_eq(count_lines(r.out), 2, "two HTML 2xx responses:\n%s", r.out);
	/* the id comes from the record's URL (the page's canonical link is its "url") */
	char hex[41];
	hash_sha1_hex("https://patch.example/nj/westfield/library", 42, hex);
	char *want_id = pathf("{\"id\":\"%.16s\"", hex);
	cr_expect(strncmp(r.out, want_id, strlen(want_id)) == 0, "want %s:\n%.100s", want_id, r.out);
	free(want_id);
	cr_expect(strstr(r.out, "Westfield Memorial Library"), "%s", r.out);
	cr_expect(strstr(r.out, "The Senate Commerce Committee"), "the record after the damage was lost");
	cr_expect(!strstr(r.out, "PDF") && !strstr(r.out, "could not be found"), "%s", r.out);
	cr_expect(strstr(r.out, "crawl.warc.gz@"), "source names the record's offset:\n%s", r.out);
	cr_expect_eq(count_lines(r.err), 1, "one error line for the damaged record:\n%s", r.err);
	cr_expect_eq(err_lines_naming(r.err, "crawl.warc.gz"), 1, "%s", r.err);
	const char *first = strstr(r.out, "patch.example"), *second = strstr(r.out, "The Senate Commerce");
	cr_expect(first && second && first < second, "documents out of file order");
	result_free(&r);

	/* -o writes one file per record, named after the WARC */
	char *out = scratch_dir();
	r = PITH("clean", "-o", out, warc);
	char *f1 = pathf("%s/crawl/000001.txt", out), *f2 = pathf("%s/crawl/000002.txt", out);
	cr_expect(access(f1, F_OK) == 0 && access(f2, F_OK) == 0, "per-record outputs missing:\n%s", r.err);
	result_free(&r);
	free(f1), free(f2), free(p1), free(p2), free(warc);
	rm_rf(dir), rm_rf(out);
	free(dir), free(out);
}

/* Text dumps of one site in a folder: --url names the site, so template
 * learning has a host; ids still differ per file; --explain lists the
 * learned template lines with their reason. */
Test(cli, text_folder_with_site_url_learns_templates)
{
	char *in = scratch_dir();
	static const char *const things[][2] = { { "pier", "dredging" }, { "bridge", "painting" },
						 { "school", "roofing" }, { "market", "paving" } };
	for (int i = 0; i < 4; i++) {
		char *p = pathf("%s/dump%d.txt", in, i);
		char *t = pathf("New %s plans divide the harbour board\n\n"
				"The harbour board met on Tuesday to discuss the %s and the %s contract, which has "
				"run late since the spring floods.\n\n"
				"The Harbour Gazette has written about the quay and the families who work on it since 1887.\n\n"
				"Members said the %s contractor would be fined for each further week of delay on the %s.\n",
				things[i][0], things[i][0], things[i][1], things[i][1], things[i][0]);
		tc_write_file(p, t, strlen(t));
		free(p);
		free(t);
	}
	result r = PITH("clean", "--from", "text", "--format", "jsonl", "--explain", "--url", "https://harbour.example/", in);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_eq(count_lines(r.out), 4);
	cr_expect(!strstr(r.out, "The Harbour Gazette has written about the quay"), "template line kept:\n%s", r.out);
	cr_expect(strstr(r.out, "would be fined for each further week of delay on the market"), "article lost");
	cr_expect(strstr(r.err, "site-template\tThe Harbour Gazette has written about the quay"), "--explain:\n%s", r.err);
	/* four different ids */
	const char *line = r.out;
	char ids[4][17];
	for (int i = 0; i < 4 && line; i++) {
		cr_assert(strncmp(line, "{\"id\":\"", 7) == 0);
		memcpy(ids[i], line + 7, 16);
		ids[i][16] = 0;
		for (int k = 0; k < i; k++)
			cr_expect(strcmp(ids[i], ids[k]), "documents %d and %d share id %s", k, i, ids[i]);
		line = strchr(line, '\n');
		line = line ? line + 1 : NULL;
	}
	result_free(&r);
	rm_rf(in);
	free(in);
}
