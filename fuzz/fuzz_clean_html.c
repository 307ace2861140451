/*
 * fuzz_clean_html: raw bytes into clean_html(), the whole HTML path (charset
 * decoding, Gumbo parse, pruning, scoring, serialisation, metadata,
 * language). The first byte picks the options, so Markdown, --no-prune,
 * comments and captions are covered too; the rest is the page. One worker is
 * reused across inputs, as a pith clean thread reuses it across pages.
 * Checks the documented contract: text and metadata are valid UTF-8
 * (FUZZ_NO_UTF8_CHECK=1 in the environment skips that check, to look past a
 * known finding for other ones).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "common/utf8.h"

static clean_worker *worker;
static int check_utf8 = -1;

static void must_be_utf8(const char *s)
{
	if (check_utf8 && s && !utf8_valid(s, strlen(s)))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!worker)
		worker = clean_worker_new();
	if (check_utf8 < 0) {
		const char *v = getenv("FUZZ_NO_UTF8_CHECK");
		check_utf8 = !(v && *v == '1');
	}
	clean_options opt;
	memset(&opt, 0, sizeof opt);
	if (size > 0) {
		uint8_t f = data[0];
		opt.markdown = f & 1;
		opt.no_prune = (f >> 1) & 1;
		opt.keep_comments = (f >> 2) & 1;
		opt.keep_captions = (f >> 3) & 1;
		opt.no_tables = (f >> 4) & 1;
		data++;
		size--;
	}
	clean_doc doc;
	char err[256];
	const char *url = (size & 1) ? "https://www.example.com/news/2024/05/21/story.html" : NULL;
	if (clean_html(worker, (const char *)data, size, url, NULL, &opt, &doc, err, sizeof err) == 0) {
		if (check_utf8 && doc.text && !utf8_valid(doc.text, doc.text_len))
			abort();
		must_be_utf8(doc.title);
		must_be_utf8(doc.author);
		must_be_utf8(doc.date);
		must_be_utf8(doc.sitename);
		must_be_utf8(doc.description);
		must_be_utf8(doc.url);
		buf json = BUF_INIT;
		clean_doc_json(&doc, "id", "src", &json);
		if (check_utf8 && !utf8_valid(json.data, json.len))
			abort();
		buf_free(&json);
	}
	clean_doc_free(&doc);
	return 0;
}
