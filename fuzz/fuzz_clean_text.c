/*
 * fuzz_clean_text: bytes into clean_text(), the plain-text line cleaner
 * (pith clean --from text). The first byte picks the options (--explain,
 * Markdown), the rest is the text, which need not be valid UTF-8.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "common/utf8.h"

static clean_worker *worker;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!worker)
		worker = clean_worker_new();
	clean_options opt;
	memset(&opt, 0, sizeof opt);
	if (size > 0) {
		opt.explain = data[0] & 1;
		opt.markdown = (data[0] >> 1) & 1;
		data++;
		size--;
	}
	clean_doc doc;
	char err[256];
	const char *url = (size & 1) ? "https://patch.example.org/x/y" : NULL;
	if (clean_text(worker, (const char *)data, size, url, &opt, &doc, err, sizeof err) == 0) {
		if (doc.text && !utf8_valid(doc.text, doc.text_len))
			abort();
		if (doc.title && !utf8_valid(doc.title, strlen(doc.title)))
			abort();
		if (doc.explain && !utf8_valid(doc.explain, strlen(doc.explain)))
			abort();
	}
	clean_doc_free(&doc);
	(void)clean_looks_like_html((const char *)data, size);
	(void)clean_count_words((const char *)data, size);
	return 0;
}
