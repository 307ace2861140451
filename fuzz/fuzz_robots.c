/*
 * fuzz_robots: bytes as robots.txt. The input's last line (after the final
 * '\n') is also asked about as a request path, beside a few fixed ones, and
 * the whole input is run through the RFC 9309 path normaliser.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "fetch/robots.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *txt = (const char *)data;
	robots *r = robots_parse(txt, size, "pith/0.1");
	if (!r)
		abort();   /* documented never to fail */
	static const char *paths[] = {"", "/", "/robots.txt", "/a/b?c=d", "/%7Euser/",
				      "/private/x.html", "/$", "/*"};
	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
		(void)robots_allowed(r, paths[i]);
	const char *nl = memrchr(txt, '\n', size);
	size_t off = nl ? (size_t)(nl - txt) + 1 : 0;
	char *last = strndup(txt + off, size - off);
	if (last) {
		(void)robots_allowed(r, last);
		free(last);
	}
	(void)robots_crawl_delay(r);
	(void)robots_rule_count(r);
	robots_free(r);

	buf b = BUF_INIT;
	robots_normalize_path(&b, txt, size < 4096 ? size : 4096);
	buf_free(&b);
	return 0;
}
