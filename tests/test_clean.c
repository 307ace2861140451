/*
 * Suite "clean": the extraction API (clean_html / clean_text) on pages built
 * the way news sites build them (tests/fixtures/clean/, see
 * test_clean_util.h), plus the options and hostile inputs at library level.
 * The same fixtures run through the binary in the cli suite.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "test_clean_util.h"

static char *clean_fixture(const char *name, const clean_options *opt)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s.html", CLEAN_FIXTURES, name);
	size_t n;
	char *html = tc_read_file(path, &n);
	cr_assert(html, "cannot read %s", path);
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256] = "";
	int rc = clean_html(w, html, n, NULL, NULL, opt, &d, err, sizeof(err));
	cr_assert_eq(rc, 0, "clean_html(%s) failed: %s", name, err);
	cr_assert(tc_utf8_ok(d.text ? d.text : "", d.text_len), "%s: output is not valid UTF-8", name);
	char *text = strndup(d.text ? d.text : "", d.text_len);
	clean_doc_free(&d);
	clean_worker_free(w);
	free(html);
	return text;
}

static void check_fixture(const char *name)
{
	char *text = clean_fixture(name, NULL);
	tc_check_expect(name, text, "clean_html");
	free(text);
}

Test(clean, patch_promos_between_paragraphs) { check_fixture("patch"); }
Test(clean, iet_cookie_consent_and_newsletter) { check_fixture("iet"); }
Test(clean, thehill_tags_copyright_most_popular) { check_fixture("thehill"); }
Test(clean, dailymail_caption_heavy_body) { check_fixture("dailymail"); }
Test(clean, actionnews_date_weather_login_bar) { check_fixture("actionnews"); }
Test(clean, blog_post_with_comments_and_sidebar) { check_fixture("blog"); }
Test(clean, related_share_ads_comments_mosads) { check_fixture("related"); }
Test(clean, teaser_list_larger_than_the_article) { check_fixture("teasers"); }
Test(clean, chinese_source_bar_credit_editor_reprint) { check_fixture("zhnews"); }
Test(clean, next_story_appended_and_sidebar_outweighing_the_story) { check_fixture("scroll"); }

static char *clean_string(const char *html)
{
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256] = "";
	cr_assert_eq(clean_html(w, html, strlen(html), NULL, NULL, NULL, &d, err, sizeof(err)), 0, "%s", err);
	char *text = strndup(d.text ? d.text : "", d.text_len);
	clean_doc_free(&d);
	clean_worker_free(w);
	return text;
}

static int occurrences(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

Test(clean, paragraph_twice_is_a_repeat_three_times_is_structure)
{
	/* a pull quote repeating a paragraph goes; an interview question that
	 * recurs for every guest is the article's own structure and stays */
	const char *html =
		"<html><body><article><h1>Five cooks, one question</h1>"
		"<p>We asked five home cooks from the same street about the dishes they grew up with and the ones they make now.</p>"
		"<p>What did your grandmother cook on Sundays, and do you still make it?</p>"
		"<p>Ana: A slow bean stew with smoked pork, which my own children now refuse to eat unless I add chorizo to it.</p>"
		"<p>Nobody on this street cooks the way their grandmother did, and nobody wants to admit it.</p>"
		"<p>What did your grandmother cook on Sundays, and do you still make it?</p>"
		"<p>Ben: Roast chicken with lemon and far too much garlic, and yes, every single week without exception.</p>"
		"<p>Nobody on this street cooks the way their grandmother did, and nobody wants to admit it.</p>"
		"<p>What did your grandmother cook on Sundays, and do you still make it?</p>"
		"<p>Chloe: Dumplings, folded by everyone at the table while the broth simmered for most of the afternoon.</p>"
		"</article></body></html>";
	char *text = clean_string(html);
	cr_expect_eq(occurrences(text, "What did your grandmother cook on Sundays"), 3, "%s", text);
	cr_expect_eq(occurrences(text, "Nobody on this street cooks the way"), 1, "%s", text);
	cr_expect(strstr(text, "Chloe: Dumplings"), "%s", text);
	free(text);
}

Test(clean, keep_captions_keeps_captions)
{
	clean_options opt = { .keep_captions = 1 };
	char *text = clean_fixture("dailymail", &opt);
	char *f = tc_fold(text);
	cr_expect(strstr(f, "Still smiling: Edna Pryce, 81, crosses the finish line"),
		  "--keep-captions lost the first caption");
	cr_expect(strstr(f, "Family affair: Kieran, now 22, ran the final mile"),
		  "--keep-captions lost the second caption");
	cr_expect(strstr(f, "An 81-year-old grandmother has completed a marathon"), "article lost");
	free(f);
	free(text);
}

Test(clean, keep_comments_keeps_comments)
{
	clean_options opt = { .keep_comments = 1 };
	char *text = clean_fixture("blog", &opt);
	char *f = tc_fold(text);
	cr_expect(strstr(f, "Did you use the same glue for the blocks as for the joints?"),
		  "--keep-comments dropped the reader comment");
	cr_expect(strstr(f, "Our kitchen table is older than I am."), "article lost");
	free(f);
	free(text);
}

static const char table_page[] =
	"<!DOCTYPE html><html><head><title>Reservoir levels fall again</title></head><body>"
	"<nav><a href='/'>Home</a> <a href='/weather'>Weather</a></nav><article>"
	"<h1>Reservoir levels fall again</h1>"
	"<p>Reservoir levels across the region fell for the fourth week in a row, the water "
	"authority said on Monday, and officials warned that a hosepipe ban could follow in June "
	"if the dry spell continues.</p>"
	"<table><tr><th>Reservoir</th><th>Level</th></tr>"
	"<tr><td>Kielder Brook</td><td>61 percent</td></tr>"
	"<tr><td>Hollowmere</td><td>48 percent</td></tr></table>"
	"<p>The authority asked households to take shorter showers and to avoid watering lawns "
	"during the day, when most of the water evaporates before it reaches the roots.</p>"
	"</article><footer>Copyright Regional Water News</footer></body></html>";

Test(clean, tables_kept_readable_and_no_tables_drops_them)
{
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256];
	cr_assert_eq(clean_html(w, table_page, strlen(table_page), NULL, NULL, NULL, &d, err, sizeof(err)), 0);
	char *f = tc_fold(d.text ? d.text : "");
	cr_expect(strstr(f, "Kielder Brook") && strstr(f, "61 percent"), "table row lost: %s", f);
	cr_expect(strstr(f, "Reservoir levels across the region fell"), "article lost");
	cr_expect(!strstr(f, "Copyright Regional Water News"), "footer kept");
	free(f);
	clean_doc_free(&d);

	/* Markdown: a real table (header row, separator, rows), list items
	 * and rows on consecutive lines */
	clean_options md = { .markdown = 1 };
	cr_assert_eq(clean_html(w, table_page, strlen(table_page), NULL, NULL, &md, &d, err, sizeof(err)), 0);
	cr_expect(strstr(d.text, "| Reservoir | Level |\n| --- | --- |\n| Kielder Brook | 61 percent |\n"
				 "| Hollowmere | 48 percent |"),
		  "no Markdown table:\n%s", d.text);
	clean_doc_free(&d);

	clean_options opt = { .no_tables = 1 };
	cr_assert_eq(clean_html(w, table_page, strlen(table_page), NULL, NULL, &opt, &d, err, sizeof(err)), 0);
	f = tc_fold(d.text ? d.text : "");
	cr_expect(!strstr(f, "Kielder Brook"), "--no-tables kept the table: %s", f);
	cr_expect(strstr(f, "The authority asked households to take shorter showers"), "article lost");
	free(f);
	clean_doc_free(&d);
	clean_worker_free(w);
}

Test(clean, markdown_keeps_structure)
{
	clean_options opt = { .markdown = 1 };
	char *text = clean_fixture("blog", &opt);
	cr_expect(strstr(text, "## Why the table wobbled") != NULL, "no Markdown heading:\n%s", text);
	cr_expect(strstr(text, "- Wood glue and a small brush\n- Two bar clamps\n"),
		  "no Markdown list (items on consecutive lines):\n%s", text);
	cr_expect(strstr(text, "> A glue block will not fix a cracked tenon") != NULL,
		  "no Markdown quote:\n%s", text);
	free(text);
}

Test(clean, paragraphs_separated_by_blank_line)
{
	char *text = clean_fixture("actionnews", NULL);
	const char *a = strstr(text, "The city says it will clear snow");
	const char *b = strstr(text, "The change, announced Thursday");
	cr_assert(a && b && a < b, "paragraphs missing or out of order:\n%s", text);
	const char *between = strstr(a, "\n\n");
	cr_expect(between && between < b, "no blank line between paragraphs:\n%s", text);
	free(text);
}

/* A worker reused across pages must give each page the result a fresh
 * worker gives it: nothing of one page leaks into the next. */
Test(clean, worker_reuse_is_stateless)
{
	clean_worker *w = clean_worker_new();
	char *pages[N_CLEAN_FIXTURES];
	size_t lens[N_CLEAN_FIXTURES];
	for (size_t i = 0; i < N_CLEAN_FIXTURES; i++) {
		char path[512];
		snprintf(path, sizeof(path), "%s/%s.html", CLEAN_FIXTURES, clean_fixture_names[i]);
		pages[i] = tc_read_file(path, &lens[i]);
		cr_assert(pages[i]);
	}
	char *first[N_CLEAN_FIXTURES];
	for (int round = 0; round < 2; round++) {
		for (size_t k = 0; k < N_CLEAN_FIXTURES; k++) {
			size_t i = round ? N_CLEAN_FIXTURES - 1 - k : k;
			clean_doc d;
			char err[256];
			cr_assert_eq(clean_html(w, pages[i], lens[i], NULL, NULL, NULL, &d, err, sizeof(err)), 0);
			char *t = strndup(d.text ? d.text : "", d.text_len);
			if (!round)
				first[i] = t;
			else {
				cr_expect_str_eq(t, first[i], "%s differs on a reused worker", clean_fixture_names[i]);
				free(t);
			}
			clean_doc_free(&d);
		}
	}
	for (size_t i = 0; i < N_CLEAN_FIXTURES; i++) {
		free(first[i]);
		free(pages[i]);
	}
	clean_worker_free(w);
}

Test(clean, empty_and_tagless_input)
{
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256];
	cr_assert_eq(clean_html(w, "", 0, NULL, NULL, NULL, &d, err, sizeof(err)), 0);
	cr_expect_eq(d.text_len, 0);
	clean_doc_free(&d);
	cr_assert_eq(clean_html(w, "<html><body></body></html>", 26, NULL, NULL, NULL, &d, err, sizeof(err)), 0);
	cr_expect_eq(d.text_len, 0);
	cr_expect_eq(d.words, 0);
	clean_doc_free(&d);
	cr_assert_eq(clean_text(w, "", 0, NULL, NULL, &d, err, sizeof(err)), 0);
	cr_expect_eq(d.text_len, 0);
	clean_doc_free(&d);
	clean_worker_free(w);
}

Test(clean, invalid_utf8_gives_valid_utf8)
{
	/* declared UTF-8, but with stray Latin-1 bytes, a lone continuation
	 * byte, a truncated sequence, an overlong and a surrogate */
	static const char page[] =
		"<html><head><meta charset=\"utf-8\"><title>Caf\xe9</title></head><body><article>"
		"<p>The caf\xe9 on the corner re-opened on Saturday after a fire in March, and the "
		"owners said they were \x93overwhelmed\x94 by the queue that formed before eight.</p>"
		"<p>Stray bytes: \x80\xbf \xc3 \xe2\x82 \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 and the "
		"paragraph still carries on to its natural end with enough words to count.</p>"
		"</article></body></html>";
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256];
	cr_assert_eq(clean_html(w, page, sizeof(page) - 1, NULL, NULL, NULL, &d, err, sizeof(err)), 0);
	cr_expect(tc_utf8_ok(d.text ? d.text : "", d.text_len), "text is not valid UTF-8");
	cr_expect(d.text && strstr(d.text, "re-opened on Saturday after a fire in March"), "article lost");
	cr_expect(!d.title || tc_utf8_ok(d.title, strlen(d.title)), "title is not valid UTF-8");
	clean_doc_free(&d);
	cr_assert_eq(clean_text(w, page + 120, 200, NULL, NULL, &d, err, sizeof(err)), 0);
	cr_expect(tc_utf8_ok(d.text ? d.text : "", d.text_len), "clean_text output is not valid UTF-8");
	clean_doc_free(&d);
	clean_worker_free(w);
}

Test(clean, hundred_thousand_nested_divs, .timeout = 60)
{
	size_t n;
	char *page = tc_nested_divs(100000, &n);
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256];
	cr_assert_eq(clean_html(w, page, n, NULL, NULL, NULL, &d, err, sizeof(err)), 0);
	cr_expect(d.text && strstr(d.text, "The innermost paragraph of a very deeply nested page"),
		  "the paragraph at depth 100000 was lost");
	clean_doc_free(&d);
	clean_worker_free(w);
	free(page);
}

Test(clean, binary_garbage_does_not_crash)
{
	/* deterministic pseudo-random bytes (xorshift) with a few '<' sprinkled in */
	size_t n = 256 * 1024;
	unsigned char *p = malloc(n);
	unsigned long long x = 0x9E3779B97F4A7C15ull;
	for (size_t i = 0; i < n; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		p[i] = (unsigned char)(i % 97 == 0 ? '<' : x);
	}
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256];
	if (clean_html(w, (char *)p, n, NULL, NULL, NULL, &d, err, sizeof(err)) == 0) {
		cr_expect(tc_utf8_ok(d.text ? d.text : "", d.text_len));
		clean_doc_free(&d);
	}
	if (clean_text(w, (char *)p, n, NULL, NULL, &d, err, sizeof(err)) == 0) {
		cr_expect(tc_utf8_ok(d.text ? d.text : "", d.text_len));
		clean_doc_free(&d);
	}
	clean_worker_free(w);
	free(p);
}

Test(clean, doc_json_has_fields)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/thehill.html", CLEAN_FIXTURES);
	size_t n;
	char *html = tc_read_file(path, &n);
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256];
	cr_assert_eq(clean_html(w, html, n, "https://thehill.example/x", NULL, NULL, &d, err, sizeof(err)), 0);
	buf out = BUF_INIT;
	buf_init(&out);
	clean_doc_json(&d, "0123456789abcdef", "page.html", &out);
	cr_expect(strncmp(out.data, "{\"id\":\"0123456789abcdef\"", 24) == 0, "%s", out.data);
	static const char *keys[] = { "\"url\":", "\"title\":", "\"text\":", "\"words\":", "\"source\":\"page.html\"" };
	for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++)
		cr_expect(strstr(out.data, keys[i]), "no %s in %s", keys[i], out.data);
	cr_expect(!memchr(out.data, '\n', out.len), "a JSON document spans lines");
	cr_expect(d.words > 100, "words = %zu", d.words);
	buf_free(&out);
	clean_doc_free(&d);
	clean_worker_free(w);
	free(html);
}

Test(clean, pre_keeps_every_byte_before_br)
{
	/* found by fuzz/fuzz_clean_html: the byte before a <br> inside <pre>
	 * was overwritten, cutting a letter or splitting a UTF-8 sequence */
	const char *html = "<html><body><article><p>Here is the configuration file that fixed the problem for us "
			   "after a week of trying everything else we could think of.</p>"
			   "<pre>first line of code<br>caf\xc3\xa9 = 1<br>last</pre></article></body></html>";
	char *text = clean_string(html);
	cr_expect(strstr(text, "first line of code\ncaf\xc3\xa9 = 1\nlast"), "%s", text);
	cr_expect(tc_utf8_ok(text, strlen(text)));
	free(text);
}

Test(clean, ordered_lists_numbered)
{
	const char *html = "<html><body><article><h1>Repotting an orchid</h1>"
			   "<p>Orchids want repotting every two years or so, when the bark they grow in has broken down into a fine, soggy mix.</p>"
			   "<ol><li>Water the plant the day before.</li><li>Ease it out and trim dead roots.</li>"
			   "<li>Set it in fresh bark, no deeper than before.</li></ol>"
			   "<p>Keep it out of direct sun for a week afterwards while the cut roots heal over.</p>"
			   "</article></body></html>";
	clean_options md = { .markdown = 1 };
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[256];
	cr_assert_eq(clean_html(w, html, strlen(html), NULL, NULL, &md, &d, err, sizeof(err)), 0);
	cr_expect(strstr(d.text, "1. Water the plant the day before.\n2. Ease it out and trim dead roots.\n"
				 "3. Set it in fresh bark"), "%s", d.text);
	clean_doc_free(&d);
	clean_worker_free(w);
}

/* Single-page apps: an empty shell and the story in a <noscript> copy or in
 * the script's state, as an HTML string or as an array of text blocks. */
static const char spa_shell[] =
	"<!DOCTYPE html><html><head><title>Night buses return to the valley | Valley Courier</title></head>"
	"<body><div id=app><header><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></header>"
	"<main><div class=skeleton></div><p>Please enable JavaScript to read this story.</p></main></div>%s</body></html>";

static const char *const spa_paras[] = {
	"Night buses will return to the valley from next month, two years after the last service was cut, the transport authority said on Monday.",
	"The new route will run every hour from midnight until five in the morning, linking the three towns with the hospital and the railway station.",
	"Shift workers at the hospital had campaigned for the service since it was withdrawn, saying that taxis cost them a fifth of a night's pay.",
};

static void expect_spa_story(const char *extra)
{
	char *html = malloc(strlen(spa_shell) + strlen(extra) + 1);
	sprintf(html, spa_shell, extra);
	char *text = clean_string(html);
	for (size_t i = 0; i < 3; i++)
		cr_expect(strstr(text, spa_paras[i]), "paragraph %zu missing:\n%s", i, text);
	cr_expect(!strstr(text, "enable JavaScript"), "the shell's notice was kept:\n%s", text);
	free(text);
	free(html);
}

Test(clean, spa_story_in_noscript)
{
	char extra[2048];
	snprintf(extra, sizeof(extra), "<noscript><h1>Night buses return to the valley</h1><p>%s</p><p>%s</p><p>%s</p></noscript>",
		 spa_paras[0], spa_paras[1], spa_paras[2]);
	expect_spa_story(extra);
}

Test(clean, spa_story_as_html_string_in_state)
{
	char extra[2048];
	snprintf(extra, sizeof(extra),
		 "<script>window.__STATE__ = {\"route\":\"story\",\"story\":{\"headline\":\"Night buses return\","
		 "\"body\":\"<p>%s<\\/p>\\n<p>%s<\\/p>\\n<p>%s<\\/p>\"},"
		 "\"more\":[{\"h\":\"Council agrees new bin rota\"},{\"h\":\"Library hours extended again\"}]};</script>",
		 spa_paras[0], spa_paras[1], spa_paras[2]);
	expect_spa_story(extra);
}

Test(clean, spa_story_as_blocks_in_json_script)
{
	char extra[2048];
	snprintf(extra, sizeof(extra),
		 "<script id=__DATA__ type=application/json>{\"page\":{\"article\":{\"blocks\":["
		 "{\"type\":\"paragraph\",\"text\":\"%s\"},{\"type\":\"paragraph\",\"text\":\"%s\"},"
		 "{\"type\":\"heading\",\"text\":\"Campaign by shift workers\"},"
		 "{\"type\":\"paragraph\",\"text\":\"%s\"}]}}}</script>",
		 spa_paras[0], spa_paras[1], spa_paras[2]);
	expect_spa_story(extra);
	/* and the subheading comes through in order */
	char *html = malloc(strlen(spa_shell) + strlen(extra) + 1);
	sprintf(html, spa_shell, extra);
	char *text = clean_string(html);
	const char *h = strstr(text, "Campaign by shift workers"), *p3 = strstr(text, spa_paras[2]);
	cr_expect(h && p3 && h < p3, "%s", text);
	free(text);
	free(html);
}
