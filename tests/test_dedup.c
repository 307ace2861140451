/*
 * dedup: normalisation, MinHash signatures and the LSH index, on the
 * fixture pages (the same article in two site layouts, an edited copy, a
 * different article on the same story), cleaned by the real cleaner.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "common/fileio.h"
#include "corpus/corpus.h"

#define FIX "tests/fixtures/corpus/html/"

static void sig_of_page(const corpus_dedup_params *p, const char *path, corpus_sig *sig)
{
	buf in = BUF_INIT;
	buf_init(&in);
	char err[256];
	cr_assert_eq(file_read_all(path, &in, 0, err, sizeof err), 0, "%s: %s", path, err);
	clean_worker *w = clean_worker_new();
	clean_doc d;
	cr_assert_eq(clean_html(w, in.data, in.len, NULL, NULL, NULL, &d, err, sizeof err), 0);
	cr_assert(d.words > 200, "%s: %zu words", path, d.words);
	corpus_scratch *s = corpus_scratch_new();
	corpus_signature(p, s, d.text, d.text_len, sig);
	corpus_scratch_free(s);
	clean_doc_free(&d);
	clean_worker_free(w);
	buf_free(&in);
}

static void sig_of_text(const corpus_dedup_params *p, const char *t, corpus_sig *sig)
{
	corpus_scratch *s = corpus_scratch_new();
	corpus_signature(p, s, t, strlen(t), sig);
	corpus_scratch_free(s);
}

Test(dedup, normalize_folds_case_marks_punctuation_space)
{
	buf b = BUF_INIT;
	buf_init(&b);
	const char *in = "  Caf\xc3\xa9 \xe2\x80\x9cQuoted\xe2\x80\x9d\t\xef\xac\x81ne  DON\xe2\x80\x99T,\n\n1,000 STRASSE";
	corpus_normalize(in, strlen(in), &b);
	cr_assert_str_eq(b.data, "cafe quoted fine dont 1000 strasse");
	in = "Stra\xc3\x9f" "e \xe4\xb8\xad\xe6\x96\x87";
	corpus_normalize(in, strlen(in), &b);
	cr_assert_str_eq(b.data, "strasse \xe4\xb8\xad \xe6\x96\x87");
	buf_free(&b);
}

Test(dedup, exact_ignores_case_space_and_punctuation)
{
	corpus_dedup_params p;
	corpus_dedup_defaults(&p);
	corpus_sig a, b, c;
	sig_of_text(&p, "The council voted, nine to four, on Tuesday.", &a);
	sig_of_text(&p, "the  COUNCIL voted nine to four\non tuesday", &b);
	sig_of_text(&p, "The council voted nine to five on Tuesday.", &c);
	cr_assert_eq(a.exact, b.exact);
	cr_assert_neq(a.exact, c.exact);
	corpus_dedup *d = corpus_dedup_new(&p);
	corpus_match m;
	cr_assert_eq(corpus_dedup_check_add(d, &a, 11, &m), CORPUS_MATCH_NONE);
	cr_assert_eq(corpus_dedup_check_add(d, &b, 12, &m), CORPUS_MATCH_EXACT);
	cr_assert_eq(m.key, 11);
	cr_assert_eq(m.similarity, 1.0);
	cr_assert_eq(corpus_dedup_count(d), 1);
	corpus_dedup_free(d);
}

Test(dedup, same_article_two_layouts_is_duplicate)
{
	corpus_dedup_params p;
	corpus_dedup_defaults(&p);
	corpus_sig a, b;
	sig_of_page(&p, FIX "a-times.html", &a);
	sig_of_page(&p, FIX "sub/a-coastal.htm", &b);
	double s = corpus_sig_similarity(&p, &a, &b);
	cr_assert(s >= 0.9, "similarity %.3f", s);
	corpus_dedup *d = corpus_dedup_new(&p);
	corpus_match m;
	cr_assert_eq(corpus_dedup_check_add(d, &a, 1, &m), CORPUS_MATCH_NONE);
	cr_assert_neq(corpus_dedup_check_add(d, &b, 2, &m), CORPUS_MATCH_NONE);
	cr_assert_eq(m.key, 1);
	corpus_dedup_free(d);
}

Test(dedup, lightly_edited_copy_is_near_duplicate)
{
	corpus_dedup_params p;
	corpus_dedup_defaults(&p);
	corpus_sig a, e;
	sig_of_page(&p, FIX "a-times.html", &a);
	sig_of_page(&p, FIX "sub/a-edited.html", &e);
	corpus_dedup *d = corpus_dedup_new(&p);
	corpus_match m;
	cr_assert_eq(corpus_dedup_check_add(d, &a, 1, &m), CORPUS_MATCH_NONE);
	cr_assert_eq(corpus_dedup_check_add(d, &e, 2, &m), CORPUS_MATCH_NEAR);
	cr_assert_eq(m.key, 1);
	cr_assert(m.similarity >= 0.8 && m.similarity < 1.0, "similarity %.3f", m.similarity);
	corpus_dedup_free(d);
}

Test(dedup, different_article_on_same_story_is_kept)
{
	corpus_dedup_params p;
	corpus_dedup_defaults(&p);
	corpus_sig a, b;
	sig_of_page(&p, FIX "a-times.html", &a);
	sig_of_page(&p, FIX "b-traders.html", &b);
	cr_assert(corpus_sig_similarity(&p, &a, &b) < 0.2);
	corpus_dedup *d = corpus_dedup_new(&p);
	corpus_match m;
	cr_assert_eq(corpus_dedup_check_add(d, &a, 1, &m), CORPUS_MATCH_NONE);
	cr_assert_eq(corpus_dedup_check_add(d, &b, 2, &m), CORPUS_MATCH_NONE);
	cr_assert_eq(corpus_dedup_count(d), 2);
	corpus_dedup_free(d);
}

Test(dedup, s_curve_of_default_bands)
{
	corpus_dedup_params p;
	corpus_dedup_defaults(&p);
	cr_assert(corpus_lsh_probability(0.8, p.bands, p.rows) > 0.999);
	cr_assert(corpus_lsh_probability(0.7, p.bands, p.rows) > 0.97);
	cr_assert(corpus_lsh_probability(0.3, p.bands, p.rows) < 0.05);
	cr_assert(corpus_lsh_probability(0.1, p.bands, p.rows) < 0.001);
	char err[128];
	cr_assert_eq(corpus_dedup_check(&p, err, sizeof err), 0);
	p.bands = 40;
	cr_assert_eq(corpus_dedup_check(&p, err, sizeof err), -1);
}

/* Many distinct documents: the tables grow (rehashing band keys from the
 * stored signatures), nothing unrelated matches, and a near copy of an
 * early document is still found afterwards. */
Test(dedup, index_grows_without_false_matches)
{
	corpus_dedup_params p;
	corpus_dedup_defaults(&p);
	corpus_dedup *d = corpus_dedup_new(&p);
	corpus_scratch *s = corpus_scratch_new();
	buf t = BUF_INIT;
	buf_init(&t);
	corpus_sig sig;
	corpus_match m;
	uint64_t x = 12345;
	for (int i = 0; i < 3000; i++) {
		buf_reset(&t);
		for (int w = 0; w < 60; w++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			buf_printf(&t, "w%u ", (unsigned)(x >> 52));
		}
		corpus_signature(&p, s, t.data, t.len, &sig);
		cr_assert_eq(corpus_dedup_check_add(d, &sig, (uint64_t)i + 100, &m), CORPUS_MATCH_NONE,
			     "doc %d matched %llu (%.2f)", i, (unsigned long long)m.key, m.similarity);
	}
	cr_assert_eq(corpus_dedup_count(d), 3000);
	cr_assert(corpus_dedup_bytes(d) < 3000 * 1024);
	/* regenerate doc 0 with its last word changed */
	x = 12345;
	buf_reset(&t);
	for (int w = 0; w < 60; w++) {
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		buf_printf(&t, "w%u ", (unsigned)(x >> 52));
	}
	buf_puts(&t, "extra");
	corpus_signature(&p, s, t.data, t.len, &sig);
	cr_assert_eq(corpus_dedup_check_add(d, &sig, 9999, &m), CORPUS_MATCH_NEAR);
	cr_assert_eq(m.key, 100);
	buf_free(&t);
	corpus_scratch_free(s);
	corpus_dedup_free(d);
}

/* Detection rate against true Jaccard similarity: pairs of random texts of
 * 204 distinct tokens (200 shingles) where a run of m tokens in the middle
 * is replaced, so exactly m + 4 shingles differ on each side and
 * J = (196 - m) / (204 + m). At J = 0.80 (m = 18) the default cut must
 * catch >= 90 % (95 % expected); at J = 0.50 (m = 63) nothing. */
static double detection_rate(const corpus_dedup_params *p, int m, int trials, uint64_t seed)
{
	corpus_scratch *s = corpus_scratch_new();
	buf a = BUF_INIT, b = BUF_INIT;
	buf_init(&a);
	buf_init(&b);
	uint64_t x = seed;
	int hits = 0;
	for (int t = 0; t < trials; t++) {
		buf_reset(&a);
		buf_reset(&b);
		for (int w = 0; w < 204; w++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			buf_printf(&a, "t%llx ", (unsigned long long)(x >> 24));
			if (w >= 90 && w < 90 + m) {
				x = x * 6364136223846793005ULL + 1442695040888963407ULL;
				buf_printf(&b, "u%llx ", (unsigned long long)(x >> 24));
			} else {
				buf_printf(&b, "t%llx ", (unsigned long long)(x >> 24));
			}
		}
		corpus_sig sa, sb;
		corpus_signature(p, s, a.data, a.len, &sa);
		corpus_signature(p, s, b.data, b.len, &sb);
		corpus_dedup *d = corpus_dedup_new(p);
		corpus_match mt;
		corpus_dedup_check_add(d, &sa, 1, &mt);
		hits += corpus_dedup_check_add(d, &sb, 2, &mt) == CORPUS_MATCH_NEAR;
		corpus_dedup_free(d);
	}
	buf_free(&a);
	buf_free(&b);
	corpus_scratch_free(s);
	return (double)hits / trials;
}

Test(dedup, pairs_at_the_threshold_are_caught_and_far_ones_are_not)
{
	corpus_dedup_params p;
	corpus_dedup_defaults(&p);
	double cut = corpus_dedup_cut(&p);
	cr_assert(cut > 0.73 && cut < 0.76, "cut %.3f", cut);
	double at = detection_rate(&p, 18, 400, 7);     /* J = 0.802 */
	double above = detection_rate(&p, 10, 200, 8);  /* J = 0.867 */
	double far = detection_rate(&p, 63, 400, 9);    /* J = 0.498 */
	cr_assert_geq(at, 0.90, "J 0.80: %.3f", at);
	cr_assert_geq(above, 0.99, "J 0.87: %.3f", above);
	cr_assert_leq(far, 0.0025, "J 0.50: %.3f", far);
}
