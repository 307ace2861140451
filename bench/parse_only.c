/*
 * bench-parse: the floor under pith clean. Reads every page of a folder (or
 * the files named) into memory first — gunzipped, exactly the bytes pith
 * clean sees — then times, single-threaded and over the same bytes:
 *
 *   parse  Gumbo's parse alone, with the same per-document arena allocator
 *          clean.c gives Gumbo (arena_reset between pages, as a worker does);
 *   clean  clean_html() from libpith with default options (decode, parse,
 *          metadata, extraction, language), one reused clean_worker.
 *
 * Each pass runs --rounds times (default 3) and the fastest round counts,
 * which filters out noise from the other jobs sharing the machine. Output is
 * key=value lines for bench/run-bench to read:
 *   pages= bytes= largest= parse_s= clean_s= ratio=
 */
#include <dirent.h>
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clean/clean.h"
#include "common/arena.h"
#include "common/buf.h"
#include "common/fileio.h"

typedef struct page {
	char *name;
	buf bytes;
} page;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);
	return n >= k && strcmp(s + n - k, suf) == 0;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(((const page *)a)->name, ((const page *)b)->name);
}

static void add_page(page **pages, size_t *n, const char *path)
{
	char err[256];
	page p;
	p.name = xstrdup(path);
	buf_init(&p.bytes);
	if (file_read_all(path, &p.bytes, 0, err, sizeof(err))) {
		fprintf(stderr, "bench-parse: %s: %s\n", path, err);
		exit(1);
	}
	*pages = xrealloc(*pages, (*n + 1) * sizeof(**pages));
	(*pages)[(*n)++] = p;
}

static double time_parse(page *pages, size_t n)
{
	arena a;
	arena_init(&a, 4u << 20);
	double t0 = now();
	for (size_t i = 0; i < n; i++) {
		arena_reset(&a);
		GumboOptions go = kGumboDefaultOptions;
		go.allocator = arena_gumbo_alloc;
		go.deallocator = arena_gumbo_free;
		go.userdata = &a;
		go.max_errors = 0;
		GumboOutput *g = gumbo_parse_with_options(&go, pages[i].bytes.data, pages[i].bytes.len);
		if (!g || !g->root) {
			fprintf(stderr, "bench-parse: %s: parse failed\n", pages[i].name);
			exit(1);
		}
	}
	double t = now() - t0;
	arena_free(&a);
	return t;
}

static double time_clean(page *pages, size_t n, size_t *words)
{
	clean_worker *w = clean_worker_new();
	*words = 0;
	double t0 = now();
	for (size_t i = 0; i < n; i++) {
		clean_doc d;
		char err[256];
		if (clean_html(w, pages[i].bytes.data, pages[i].bytes.len, NULL, NULL, NULL, &d, err,
			       sizeof(err)) == 0)
			*words += d.words;
		clean_doc_free(&d);
	}
	double t = now() - t0;
	clean_worker_free(w);
	return t;
}

int main(int argc, char **argv)
{
	int rounds = 3, do_clean = 1;
	page *pages = NULL;
	size_t n = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--rounds") && i + 1 < argc) {
			rounds = atoi(argv[++i]);
			if (rounds < 1)
				rounds = 1;
			continue;
		}
		if (!strcmp(argv[i], "--parse-only")) {
			do_clean = 0;
			continue;
		}
		DIR *d = opendir(argv[i]);
		if (!d) {
			add_page(&pages, &n, argv[i]);
			continue;
		}
		struct dirent *e;
		size_t first = n;
		while ((e = readdir(d))) {
			if (!has_suffix(e->d_name, ".html.gz") && !has_suffix(e->d_name, ".html") &&
			    !has_suffix(e->d_name, ".htm"))
				continue;
			buf p = BUF_INIT;
			buf_init(&p);
			buf_printf(&p, "%s/%s", argv[i], e->d_name);
			add_page(&pages, &n, p.data);
			buf_free(&p);
		}
		closedir(d);
		qsort(pages + first, n - first, sizeof(*pages), cmp_name);
	}
	if (!n) {
		fprintf(stderr, "usage: bench-parse [--rounds N] [--parse-only] DIR|FILE...\n");
		return 2;
	}
	size_t bytes = 0, largest = 0;
	for (size_t i = 0; i < n; i++) {
		bytes += pages[i].bytes.len;
		if (pages[i].bytes.len > largest)
			largest = pages[i].bytes.len;
	}
	double parse = 1e9, clean = 1e9;
	size_t words = 0;
	for (int r = 0; r < rounds; r++) {
		double t = time_parse(pages, n);
		if (t < parse)
			parse = t;
		if (do_clean) {
			t = time_clean(pages, n, &words);
			if (t < clean)
				clean = t;
		}
	}
	printf("pages=%zu\nbytes=%zu\nlargest=%zu\nparse_s=%.4f\n", n, bytes, largest, parse);
	if (do_clean)
		printf("clean_s=%.4f\nratio=%.3f\nwords=%zu\n", clean, clean / parse, words);
	for (size_t i = 0; i < n; i++) {
		free(pages[i].name);
		buf_free(&pages[i].bytes);
	}
	free(pages);
	return 0;
}
