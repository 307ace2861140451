/*
 * Template learning (clean/templates.c) on generated batches: promos with
 * per-page slots, fixed tails, legitimate repetition on few pages, hosts
 * kept apart, bounded memory, save/load, and concurrent strip.
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clean/clean.h"
#include "clean/templates.h"
#include "common/buf.h"

static const char *const towns[] = { "Riverton", "Oak Falls", "Millbrook", "Cedar Grove", "Lakeside",
				     "Hillcrest", "Fairview", "Brookfield", "Westport", "Elmwood" };

/* A pseudo-random lower-case word (letters only: digits fold together). */
static void word(uint64_t *st, buf *b)
{
	static const char *const syl[] = { "ka", "lo", "mer", "sti", "an", "ve", "ro", "din", "pa",
					   "ul", "tor", "es", "bi", "nak", "fe", "gru" };
	*st = *st * 6364136223846793005ULL + 1442695040888963407ULL;
	int n = 1 + (int)((*st >> 60) % 3);
	for (int i = 0; i < n; i++)
		buf_puts(b, syl[(*st >> (8 + 4 * i)) & 15]);
}

static void sentence(uint64_t *st, buf *b, int words)
{
	buf_puts(b, "The");
	for (int i = 0; i < words; i++) {
		buf_putc(b, ' ');
		word(st, b);
	}
	buf_puts(b, ".");
}

static const char quote[] = "\"We have waited far too long for this bridge and we will not stop now,\" said the chair of the residents group.";
static const char tail[] = "Our reporters cover every council meeting so that you do not have to.";

/* Page p of a site: article paragraphs, a promo with the page's town
 * between them, a fixed tail line; the quote on pages 3 and 11. */
static void page(int p, buf *b, uint64_t seed)
{
	uint64_t st = seed * 1000003u + (uint64_t)p;
	buf_reset(b);
	for (int i = 0; i < 6; i++) {
		sentence(&st, b, 14 + i);
		buf_puts(b, "\n\n");
		if (i == 2)
			buf_printf(b, "Find out what's happening in %s for free with the latest updates from Harbor.\n\n",
				   towns[(st >> 20) % 10]);
		if (i == 3 && (p == 3 || p == 11))
			buf_printf(b, "%s\n\n", quote);
	}
	buf_printf(b, "%s\n", tail);
}

static clean_templates *learn(const char *host, int pages, uint64_t seed, unsigned min_pages)
{
	clean_templates *t = clean_templates_new(min_pages, 0.05);
	buf b = BUF_INIT;
	buf_init(&b);
	for (int p = 0; p < pages; p++) {
		page(p, &b, seed);
		clean_templates_observe(t, host, b.data, b.len);
	}
	buf_free(&b);
	clean_templates_finalize(t);
	return t;
}

static int count_lines(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

Test(templates, promos_and_tails_removed_article_and_quote_kept)
{
	clean_templates *t = learn("harbor.example", 40, 1, 3);
	buf b = BUF_INIT;
	buf_init(&b);
	for (int p = 0; p < 40; p++) {
		page(p, &b, 1);
		size_t removed = clean_templates_strip(t, "harbor.example", &b);
		cr_assert_eq(removed, 2, "page %d: removed %zu\n%s", p, removed, b.data);
		cr_assert(strstr(b.data, "Find out what") == NULL);
		cr_assert(strstr(b.data, tail) == NULL);
		if (p == 3 || p == 11)
			cr_assert(strstr(b.data, quote) != NULL, "legitimate repetition on 2 pages was removed");
		/* all six article paragraphs, separated by blank lines */
		int paras = 0;
		for (const char *q = b.data; (q = strstr(q, "The ")) != NULL; q++)
			paras++;
		cr_assert_eq(paras, 6);
		cr_assert(strstr(b.data, "\n\n\n") == NULL);
	}
	buf_free(&b);
	clean_templates_stats st;
	clean_templates_get_stats(t, &st);
	cr_assert_eq(st.pages, 40);
	cr_assert_eq(st.hosts, 1);
	cr_assert_eq(st.entries, 0);
	cr_assert_gt(st.templates, 0);
	clean_templates_free(t);
}

Test(templates, strip_explains_removed_lines)
{
	clean_templates *t = learn("harbor.example", 30, 2, 3);
	buf b = BUF_INIT, e = BUF_INIT;
	buf_init(&b);
	buf_init(&e);
	page(4, &b, 2);
	cr_assert_eq(clean_templates_strip_explain(t, "harbor.example", &b, &e), 2);
	cr_assert(strncmp(e.data, "site-template\tFind out what's happening in ", 43) == 0, "%s", e.data);
	cr_assert(strstr(e.data, "site-template\tOur reporters cover every council meeting") != NULL, "%s", e.data);
	buf_free(&b);
	buf_free(&e);
	clean_templates_free(t);
}

Test(templates, other_hosts_untouched)
{
	clean_templates *t = learn("harbor.example", 30, 2, 3);
	buf b = BUF_INIT;
	buf_init(&b);
	page(0, &b, 2);
	size_t len = b.len;
	cr_assert_eq(clean_templates_strip(t, "other.example", &b), 0);
	cr_assert_eq(b.len, len);
	cr_assert(clean_templates_match(t, "harbor.example", tail, strlen(tail)));
	cr_assert(!clean_templates_match(t, "other.example", tail, strlen(tail)));
	buf_free(&b);
	clean_templates_free(t);
}

Test(templates, a_line_counts_once_per_page)
{
	clean_templates *t = clean_templates_new(3, 0.05);
	buf b = BUF_INIT;
	buf_init(&b);
	const char *rep = "The same refrain appears many times in this one song text page.";
	for (int i = 0; i < 10; i++)
		buf_printf(&b, "%s\n\n", rep);
	clean_templates_observe(t, "songs.example", b.data, b.len);
	clean_templates_observe(t, "songs.example", "Another page entirely.\n", 23);
	clean_templates_finalize(t);
	cr_assert(!clean_templates_match(t, "songs.example", rep, strlen(rep)));
	buf_free(&b);
	clean_templates_free(t);
}

Test(templates, min_share_of_host_pages)
{
	/* 200 pages: a line on 6 pages (3 %) stays, a line on 12 pages (6 %) goes */
	clean_templates *t = clean_templates_new(3, 0.05);
	buf b = BUF_INIT;
	buf_init(&b);
	const char *rare = "Court filings show the standard clause was included in the contract again.";
	const char *common = "Corrections and clarifications can be sent to the standards desk.";
	for (int p = 0; p < 200; p++) {
		uint64_t st = (uint64_t)p + 77;
		buf_reset(&b);
		sentence(&st, &b, 20);
		buf_puts(&b, "\n\n");
		if (p % 33 == 0)
			buf_printf(&b, "%s\n\n", rare);
		if (p % 17 == 0)
			buf_printf(&b, "%s\n\n", common);
		clean_templates_observe(t, "court.example", b.data, b.len);
	}
	clean_templates_finalize(t);
	cr_assert(!clean_templates_match(t, "court.example", rare, strlen(rare)));
	cr_assert(clean_templates_match(t, "court.example", common, strlen(common)));
	/* matching folds case, punctuation, whitespace and digits */
	cr_assert(clean_templates_match(t, "court.example",
					"CORRECTIONS and clarifications can be sent to the Standards Desk", 64));
	buf_free(&b);
	clean_templates_free(t);
}

Test(templates, bounded_memory_still_learns)
{
	clean_templates *t = clean_templates_new(3, 0.05);
	clean_templates_set_limits(t, 64, (size_t)64 << 20);
	buf b = BUF_INIT;
	buf_init(&b);
	for (int p = 0; p < 300; p++) {
		page(p, &b, 5);
		clean_templates_observe(t, "harbor.example", b.data, b.len);
	}
	clean_templates_stats st;
	clean_templates_get_stats(t, &st);
	/* a page adds at most ~16 keys before the table is compacted */
	cr_assert_leq(st.peak_entries, 64 + 20, "peak %zu", st.peak_entries);
	cr_assert_gt(st.compactions, 10);
	clean_templates_finalize(t);
	cr_assert(clean_templates_match(t, "harbor.example", tail, strlen(tail)));
	const char promo[] = "Find out what's happening in Westport for free with the latest updates from Harbor.";
	cr_assert(clean_templates_match(t, "harbor.example", promo, sizeof(promo) - 1));
	/* no article sentence became a template */
	size_t wrong = 0;
	for (int p = 0; p < 300; p++) {
		page(p, &b, 5);
		clean_templates_strip(t, "harbor.example", &b);
		wrong += strstr(b.data, "The ") == NULL;
	}
	cr_assert_eq(wrong, 0);
	buf_free(&b);
	clean_templates_free(t);
}

Test(templates, byte_budget_evicts_small_hosts_keeps_big_ones)
{
	/* 6000 one-page hosts interleaved with 200 pages of one site, under a
	 * 256 KB budget: small hosts are evicted, the site still learns */
	const size_t budget = 256 << 10;
	clean_templates *t = clean_templates_new(3, 0.05);
	clean_templates_set_limits(t, 4096, budget);
	buf b = BUF_INIT;
	buf_init(&b);
	char host[64];
	for (int i = 0; i < 6000; i++) {
		page(i, &b, 9);
		snprintf(host, sizeof(host), "site%d.example", i);
		clean_templates_observe(t, host, b.data, b.len);
		if (i % 30 == 0) {
			page(i / 30, &b, 8);
			clean_templates_observe(t, "harbor.example", b.data, b.len);
		}
	}
	clean_templates_stats st;
	clean_templates_get_stats(t, &st);
	cr_assert_gt(st.hosts_evicted, 1000, "evicted %zu", st.hosts_evicted);
	/* enforced after each page: at most one page's growth over budget */
	cr_assert_leq(st.peak_bytes, budget + (64 << 10), "peak %zu bytes", st.peak_bytes);
	clean_templates_finalize(t);
	cr_assert(clean_templates_match(t, "harbor.example", tail, strlen(tail)));
	const char promo[] = "Find out what's happening in Westport for free with the latest updates from Harbor.";
	cr_assert(clean_templates_match(t, "harbor.example", promo, sizeof(promo) - 1));
	buf_free(&b);
	clean_templates_free(t);
}

Test(templates, save_and_load_round_trip)
{
	clean_templates *t = learn("harbor.example", 30, 3, 3);
	char path[] = "/tmp/pith-templates-XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	close(fd);
	char err[256];
	cr_assert_eq(clean_templates_save(t, path, err, sizeof(err)), 0, "%s", err);
	clean_templates *u = clean_templates_load(path, err, sizeof(err));
	cr_assert_not_null(u, "%s", err);
	buf a = BUF_INIT, b = BUF_INIT;
	buf_init(&a);
	buf_init(&b);
	for (int p = 0; p < 30; p++) {
		page(p, &a, 3);
		page(p, &b, 3);
		size_t ra = clean_templates_strip(t, "harbor.example", &a);
		size_t rb = clean_templates_strip(u, "harbor.example", &b);
		cr_assert_eq(ra, rb);
		cr_assert_str_eq(a.data, b.data);
	}
	/* the file is readable: a header, the host, one sample per template */
	buf_reset(&a);
	FILE *f = fopen(path, "r");
	char line[1024];
	while (fgets(line, sizeof(line), f))
		buf_puts(&a, line);
	fclose(f);
	cr_assert(strncmp(a.data, "pith-templates\t1\n", 17) == 0);
	cr_assert(strstr(a.data, "host\tharbor.example\t30\n") != NULL);
	cr_assert(strstr(a.data, tail) != NULL);
	cr_assert_gt(count_lines(a.data), 4);
	/* a file that is not ours is refused with a message */
	f = fopen(path, "w");
	fputs("hello\n", f);
	fclose(f);
	err[0] = 0;
	cr_assert_null(clean_templates_load(path, err, sizeof(err)));
	cr_assert(strstr(err, "not a pith templates file") != NULL, "%s", err);
	unlink(path);
	cr_assert_null(clean_templates_load("/nonexistent/t.txt", err, sizeof(err)));
	buf_free(&a);
	buf_free(&b);
	clean_templates_free(t);
	clean_templates_free(u);
}

struct strip_job {
	const clean_templates *t;
	int from, to;
	size_t removed;
};

static void *strip_worker(void *arg)
{
	struct strip_job *j = arg;
	buf b = BUF_INIT;
	buf_init(&b);
	for (int r = 0; r < 5; r++)
		for (int p = j->from; p < j->to; p++) {
			page(p, &b, 4);
			j->removed += clean_templates_strip(j->t, "harbor.example", &b);
		}
	buf_free(&b);
	return NULL;
}

Test(templates, strip_is_thread_safe)
{
	clean_templates *t = learn("harbor.example", 60, 4, 3);
	struct strip_job jobs[4];
	pthread_t th[4];
	for (int i = 0; i < 4; i++) {
		jobs[i] = (struct strip_job){ t, 0, 60, 0 };
		cr_assert_eq(pthread_create(&th[i], NULL, strip_worker, &jobs[i]), 0);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	for (int i = 0; i < 4; i++)
		cr_assert_eq(jobs[i].removed, 5 * 60 * 2);
	clean_templates_free(t);
}

Test(templates, through_clean_text)
{
	/* the lead's clean_text applies opt.templates under the URL's host */
	clean_templates *t = learn("harbor.example", 30, 6, 3);
	clean_worker *w = clean_worker_new();
	buf b = BUF_INIT;
	buf_init(&b);
	page(7, &b, 6);
	clean_options opt = { 0 };
	opt.templates = t;
	clean_doc d;
	char err[128];
	cr_assert_eq(clean_text(w, b.data, b.len, "https://www.harbor.example/news/x", &opt, &d, err, sizeof(err)), 0);
	cr_assert(strstr(d.text, tail) == NULL, "%s", d.text);
	cr_assert(strstr(d.text, "Find out what") == NULL);
	clean_doc_free(&d);
	clean_worker_free(w);
	buf_free(&b);
	clean_templates_free(t);
}
