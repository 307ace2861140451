/* meta: meta_extract and meta_jsonld_article_body on pages built the way
 * news sites build them (fixtures under tests/fixtures/meta/) and on small
 * inline pages for each source and date form. */
#include <criterion/criterion.h>
#include <gumbo.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clean/internal.h"
#include "common/fileio.h"
#include "common/utf8.h"

#define FIX "tests/fixtures/meta/"

static void doc_clear(clean_doc *d)
{
	free(d->title);
	free(d->author);
	free(d->date);
	free(d->sitename);
	free(d->url);
	free(d->description);
	memset(d, 0, sizeof(*d));
}

static void run(const char *html, const char *url, clean_doc *doc, char hint[16])
{
	GumboOutput *g = gumbo_parse(html);
	memset(doc, 0, sizeof(*doc));
	meta_extract(g->root, url, doc, hint);
	gumbo_destroy_output(&kGumboDefaultOptions, g);
	const char *fields[] = { doc->title, doc->author, doc->date, doc->sitename, doc->url, doc->description };
	for (size_t i = 0; i < sizeof(fields) / sizeof(*fields); i++)
		if (fields[i])
			cr_assert(utf8_valid(fields[i], strlen(fields[i])));
}

static void run_file(const char *name, const char *url, clean_doc *doc, char hint[16], buf *raw)
{
	char err[256];
	buf_init(raw);
	cr_assert_eq(file_read_all(name, raw, 1 << 20, err, sizeof(err)), 0, "%s", err);
	run(raw->data, url, doc, hint);
}

#define EXPECT_STR(field, want)                                                                    \
	do {                                                                                       \
		const char *got_ = (field);                                                        \
		const char *want_ = (want);                                                        \
		if (!want_)                                                                        \
			cr_expect_null(got_, #field " = \"%s\", expected NULL", got_);             \
		else                                                                               \
			cr_expect(got_ && strcmp(got_, want_) == 0, #field " = \"%s\", expected \"%s\"", \
				  got_ ? got_ : "(null)", want_);                                  \
	} while (0)

Test(meta, jsonld_graph_news_site)
{
	clean_doc d;
	char hint[16];
	buf raw;
	run_file(FIX "jsonld-graph.html", "https://www.metrodailynews.example/2021/06/14/city-approves-transit-plan/?utm_source=x",
		 &d, hint, &raw);
	EXPECT_STR(d.title, "City approves $2 billion transit plan after marathon vote");
	/* the first author is an @id reference into the @graph */
	EXPECT_STR(d.author, "Priya Natarajan; Luis Ortega");
	/* JSON-LD's datePublished beats article:published_time and the WebPage's */
	EXPECT_STR(d.date, "2021-06-14T18:15:00-04:00");
	EXPECT_STR(d.sitename, "Metro Daily News");
	EXPECT_STR(d.url, "https://www.metrodailynews.example/2021/06/14/city-approves-transit-plan/");
	EXPECT_STR(d.description, "The council voted 9-4 late Monday to fund new light-rail lines.");
	EXPECT_STR(hint, "en-US");
	doc_clear(&d);

	GumboOutput *g = gumbo_parse(raw.data);
	char *body = meta_jsonld_article_body(g->root);
	gumbo_destroy_output(&kGumboDefaultOptions, g);
	cr_assert_not_null(body);
	cr_expect_str_eq(body, "The city council voted 9-4 late Monday to fund two new light-rail lines.\n"
			       "The plan now goes to the mayor.");
	free(body);
	buf_free(&raw);
}

Test(meta, opengraph_only)
{
	clean_doc d;
	char hint[16];
	buf raw;
	run_file(FIX "opengraph-only.html", NULL, &d, hint, &raw);
	EXPECT_STR(d.title, "Hochwasser: Pegel am Rhein steigt weiter");
	EXPECT_STR(d.sitename, "Rheinische Rundschau");
	/* article:author is a Facebook URL: ignored; meta author split */
	EXPECT_STR(d.author, "Anna Schmidt; Jonas Weber");
	EXPECT_STR(d.date, "2021-07-16T06:45:00+02:00");
	EXPECT_STR(d.url, "https://www.rundschau.example/koeln/hochwasser-pegel-rhein-123.html");
	/* entities decoded (also a double-encoded &amp;amp;), whitespace collapsed */
	EXPECT_STR(d.description, "In Köln wird der Pegel am Abend & in der Nacht erwartet.");
	EXPECT_STR(hint, "de-DE");
	doc_clear(&d);
	buf_free(&raw);
}

Test(meta, byline_only_with_url_date_and_relative_canonical)
{
	clean_doc d;
	char hint[16];
	buf raw;
	run_file(FIX "byline-urldate.html", "https://springfield-gazette.example/news/2021/06/14/council-school-budget?src=rss",
		 &d, hint, &raw);
	/* the masthead <h1> is the site's name, not the headline */
	EXPECT_STR(d.title, "Local council approves school budget");
	EXPECT_STR(d.sitename, "Springfield Gazette");
	/* "By Maria Lopez, Staff Writer": the role is dropped, and the later
	 * paragraph "By the end of the year..." is not a byline */
	EXPECT_STR(d.author, "Maria Lopez");
	EXPECT_STR(d.date, "2021-06-14");
	EXPECT_STR(d.url, "https://springfield-gazette.example/news/2021/06/14/council-school-budget");
	EXPECT_STR(hint, "");
	doc_clear(&d);
	buf_free(&raw);
}

Test(meta, title_site_suffix_and_meta_names)
{
	clean_doc d;
	char hint[16];
	buf raw;
	run_file(FIX "title-suffix.html", "https://wxyz.example/news/local/storm-power-outages", &d, hint, &raw);
	EXPECT_STR(d.title, "Storm knocks out power to thousands across the county");
	EXPECT_STR(d.sitename, "WXYZ Channel 7");
	EXPECT_STR(d.author, "Dan Kowalski");
	EXPECT_STR(d.date, "2022-01-09T17:30:00Z");
	EXPECT_STR(d.url, "https://wxyz.example/news/weather/storm-power-outages");
	EXPECT_STR(d.description, "Crews worked overnight to restore power.");
	EXPECT_STR(hint, "en");
	doc_clear(&d);
	buf_free(&raw);
}

/* one <meta name=date> value -> the normalised date (NULL: rejected, and
 * the <time> fallback 2000-01-02 is used instead) */
static void check_date(const char *value, const char *want)
{
	char html[512], hint[16];
	clean_doc d;
	snprintf(html, sizeof(html),
		 "<html><head><meta name=\"date\" content=\"%s\"></head><body><time datetime=\"2000-01-02\">x</time></body></html>",
		 value);
	run(html, NULL, &d, hint);
	EXPECT_STR(d.date, want ? want : "2000-01-02");
	if (d.date && want)
		cr_expect_str_eq(d.date, want, "input \"%s\"", value);
	doc_clear(&d);
}

Test(meta, date_forms)
{
	check_date("2021-06-14", "2021-06-14");
	check_date("2021-06-14T08:05:09.123Z", "2021-06-14T08:05:09Z");
	check_date("2021-06-14 08:05:09+0200", "2021-06-14T08:05:09+02:00");
	check_date("2021-06-14T08:05", "2021-06-14T08:05:00");
	check_date("2021/06/14", "2021-06-14");
	check_date("20210614", "2021-06-14");
	check_date("June 14, 2021", "2021-06-14");
	check_date("Jun. 14th, 2021 at 4:30 p.m. ET", "2021-06-14");
	check_date("14 June 2021", "2021-06-14");
	check_date("Monday 14 June 2021 10:31 BST", "2021-06-14");
	check_date("Mon, 14 Jun 2021 10:00:00 +0000", "2021-06-14T10:00:00+00:00");
	check_date("Tue, 15 Jun 2021 23:59:59 GMT", "2021-06-15T23:59:59+00:00");
	check_date("14 juin 2021", "2021-06-14");
	check_date("14/06/2021", NULL);     /* ambiguous: rejected */
	check_date("2021-02-30", NULL);     /* no such day */
	check_date("yesterday", NULL);
	check_date("", NULL);
}

Test(meta, jsonld_array_top_level_tolerant)
{
	/* a top-level array, schema.org URL types, raw newline inside a
	 * string and a trailing comma: real pages do all of these */
	const char *html =
		"<html><head><title>Ignored</title>"
		"<script type=\"application/ld+json\">\n// <![CDATA[\n[{\"@type\":\"BreadcrumbList\",\"name\":\"Home\"},"
		"{\"@context\":\"http://schema.org\",\"@type\":\"http://schema.org/BlogPosting\","
		"\"headline\":\"Ten tips for\nbetter bread\",\"author\":\"By Jamie Baker\","
		"\"publisher\":\"The Bread Blog\",\"datePublished\":\"March 3, 2019\","
		"\"url\":\"/2019/03/bread-tips\",\"articleBody\":\"Flour, water, salt.\",}]\n// ]]>\n</script>"
		"</head><body></body></html>";
	clean_doc d;
	char hint[16];
	run(html, "https://bread.example/blog/", &d, hint);
	EXPECT_STR(d.title, "Ten tips for better bread");
	EXPECT_STR(d.author, "Jamie Baker");
	EXPECT_STR(d.sitename, "The Bread Blog");
	EXPECT_STR(d.date, "2019-03-03");
	EXPECT_STR(d.url, "https://bread.example/2019/03/bread-tips");
	doc_clear(&d);
	GumboOutput *g = gumbo_parse(html);
	char *body = meta_jsonld_article_body(g->root);
	gumbo_destroy_output(&kGumboDefaultOptions, g);
	cr_assert_not_null(body);
	cr_expect_str_eq(body, "Flour, water, salt.");
	free(body);
}

Test(meta, broken_jsonld_ignored)
{
	const char *html = "<html><head><title>Fallback title here | Site</title>"
			   "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bro</script>"
			   "<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>"
			   "</head><body></body></html>";
	clean_doc d;
	char hint[16];
	run(html, NULL, &d, hint);
	EXPECT_STR(d.title, "Fallback title here");
	EXPECT_STR(d.sitename, "Site");
	doc_clear(&d);
	GumboOutput *g = gumbo_parse(html);
	cr_expect_null(meta_jsonld_article_body(g->root));
	gumbo_destroy_output(&kGumboDefaultOptions, g);
}

Test(meta, title_prefix_and_separators)
{
	clean_doc d;
	char hint[16];
	/* "Site: Headline" with a known site name */
	run("<html><head><meta property=og:site_name content=\"Daily Bugle\">"
	    "<title>Daily Bugle: Spider sighted over Queens bridge</title></head></html>", NULL, &d, hint);
	EXPECT_STR(d.title, "Spider sighted over Queens bridge");
	doc_clear(&d);
	/* " - " followed by lowercase words is part of the headline */
	run("<html><head><title>Talks will resume next week - and maybe sooner</title></head></html>", NULL, &d, hint);
	EXPECT_STR(d.title, "Talks will resume next week - and maybe sooner");
	EXPECT_STR(d.sitename, NULL);
	doc_clear(&d);
	/* a section and the site: the site (a variant of the name) and then
	 * only a site match are stripped */
	run("<html><head><meta property=og:site_name content=\"The Hill\">"
	    "<title>Senate passes the budget bill | Politics | TheHill</title></head></html>", NULL, &d, hint);
	EXPECT_STR(d.title, "Senate passes the budget bill | Politics");
	doc_clear(&d);
	run("<html><head><meta property=og:site_name content=\"Example\">"
	    "<meta property=og:title content=\"Markets rally on rate hopes — Example.com\"></head></html>", NULL, &d, hint);
	EXPECT_STR(d.title, "Markets rally on rate hopes");
	doc_clear(&d);
	/* the article's <h1> beats <title> */
	run("<html><head><title>Home page of someone</title></head><body><article><h1>The real\n  headline</h1></article></body></html>",
	    NULL, &d, hint);
	EXPECT_STR(d.title, "The real headline");
	doc_clear(&d);
}

Test(meta, authors_cleaned)
{
	clean_doc d;
	char hint[16];
	run("<html><head><meta name=author content=\"@jsmith\"><meta name=sailthru.author content=\"Jane Smith &amp; Bob Jones\"></head></html>",
	    NULL, &d, hint);
	EXPECT_STR(d.author, "Jane Smith; Bob Jones");
	doc_clear(&d);
	run("<html><body><div itemprop=author itemscope><span itemprop=name>Kim Lee</span></div>"
	    "<span itemprop=datePublished content=\"2020-02-29\"></span></body></html>", NULL, &d, hint);
	EXPECT_STR(d.author, "Kim Lee");
	EXPECT_STR(d.date, "2020-02-29");
	doc_clear(&d);
	run("<html><body><p class=\"article-byline\">BY SAM O'NEIL AND CHRIS WU | June 3, 2020</p></body></html>", NULL, &d, hint);
	EXPECT_STR(d.author, "SAM O'NEIL; CHRIS WU");
	doc_clear(&d);
	run("<html><body><span class=author-avatar><img alt=x></span><a class=\"author-name\" href=\"/a/x\">Ana Ruiz</a>"
	    "<span class=byline>By Ana Ruiz, Updated 5 hours ago</span></body></html>", NULL, &d, hint);
	EXPECT_STR(d.author, "Ana Ruiz");
	doc_clear(&d);
	run("<html><head><meta name=byl content=\"By Lee Park and Ana Ruiz\"></head></html>", NULL, &d, hint);
	EXPECT_STR(d.author, "Lee Park; Ana Ruiz");
	doc_clear(&d);
}

Test(meta, nothing_to_find)
{
	clean_doc d;
	char hint[16];
	run("", NULL, &d, hint);
	EXPECT_STR(d.title, NULL);
	EXPECT_STR(d.author, NULL);
	EXPECT_STR(d.date, NULL);
	EXPECT_STR(d.url, NULL);
	EXPECT_STR(hint, "");
	doc_clear(&d);
	run("<p>hello</p>", "https://x.example/a/b", &d, hint);
	EXPECT_STR(d.url, "https://x.example/a/b");
	EXPECT_STR(d.date, NULL);
	doc_clear(&d);
}

struct deep_job {
	GumboNode *root;
	clean_doc doc;
	char hint[16];
	char *body;
};

static void *deep_worker(void *arg)
{
	struct deep_job *j = arg;
	meta_extract(j->root, NULL, &j->doc, j->hint);
	j->body = meta_jsonld_article_body(j->root);
	return NULL;
}

Test(meta, deep_nesting_iterative)
{
	/* 5 000 nested <div>s with a byline at the bottom, walked on a thread
	 * with a 128 KiB stack: a recursive walk would overflow it. (Raw Gumbo
	 * is quadratic in depth, so the test stays at a depth it parses fast;
	 * clean_html flattens deeper pages before parsing.) */
	buf b = BUF_INIT;
	buf_init(&b);
	buf_puts(&b, "<html><head><title>Deep page title here</title></head><body>");
	for (int i = 0; i < 5000; i++)
		buf_puts(&b, "<div>");
	buf_puts(&b, "<span class=byline>By Deep Diver</span><time datetime=2019-09-09>x</time>");
	GumboOutput *g = gumbo_parse(b.data);
	struct deep_job j = { .root = g->root };
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	cr_assert_eq(pthread_attr_setstacksize(&attr, 128 * 1024), 0);
	pthread_t t;
	cr_assert_eq(pthread_create(&t, &attr, deep_worker, &j), 0);
	pthread_join(t, NULL);
	pthread_attr_destroy(&attr);
	EXPECT_STR(j.doc.author, "Deep Diver");
	EXPECT_STR(j.doc.date, "2019-09-09");
	cr_expect_null(j.body);
	doc_clear(&j.doc);
	gumbo_destroy_output(&kGumboDefaultOptions, g);
	buf_free(&b);
}
