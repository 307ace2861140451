/*
 * fuzz_manifest: bytes as a URL manifest. The first byte picks the format
 * (auto-detected, txt, csv, tsv, jsonl, json) and MANIFEST_DEDUP; the rest
 * is the file. Every entry's URL must come back normalised: url_normalize
 * of it again gives the same string, and url_host finds a host.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/jsonr.h"
#include "common/manifest.h"

static int on_entry(void *ctx, const manifest_entry *e)
{
	(void)ctx;
	buf again = BUF_INIT, host = BUF_INIT;
	char err[256];
	if (url_normalize(e->url, &again, err, sizeof err) != 0 || strcmp(again.data, e->url) != 0)
		abort();   /* normalisation is not idempotent */
	if (url_host(e->url, &host) != 0)
		abort();
	buf_free(&again);
	buf_free(&host);
	/* meta must be one valid JSON object */
	jsonr_doc d;
	if (jsonr_parse(&d, e->meta, e->meta_len, 0, err, sizeof err) != 0 ||
	    jsonr_typeof(jsonr_root(&d)) != JSONR_OBJECT)
		abort();
	jsonr_free(&d);
	return 0;
}

static void on_error(void *ctx, const char *name, size_t line, const char *reason)
{
	(void)ctx;
	(void)name;
	(void)line;
	(void)reason;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const manifest_format formats[] = {MANIFEST_AUTO, MANIFEST_TXT, MANIFEST_CSV,
						  MANIFEST_TSV, MANIFEST_JSONL, MANIFEST_JSON};
	manifest_format fmt = MANIFEST_AUTO;
	int flags = 0;
	if (size > 0) {
		fmt = formats[(data[0] & 0x7f) % 6];
		flags = (data[0] & 0x80) ? MANIFEST_DEDUP : 0;
		data++;
		size--;
	}
	char err[256];
	manifest_stats st;
	(void)manifest_parse((const char *)data, size, NULL, fmt, flags, on_entry, on_error, NULL,
			     &st, err, sizeof err);
	return 0;
}
