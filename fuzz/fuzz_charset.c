/*
 * fuzz_charset: bytes into clean_decode(), the charset layer (BOM, HTTP
 * charset, <meta> declarations, UTF-8 check, uchardet, iconv). The first
 * byte picks an HTTP Content-Type header (none, a real charset, a bogus
 * one), the rest is the page. The contract: the output is always valid
 * UTF-8 and the charset name is a NUL-terminated string.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "common/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *types[] = {
		NULL,
		"text/html",
		"text/html; charset=utf-8",
		"text/html; charset=\"windows-1252\"",
		"text/html;charset=Shift_JIS",
		"text/html; charset=gb2312",
		"text/html; charset=utf-16le",
		"text/html; charset=x-no-such-charset",
		"text/html; charset=",
		"text/html; charset=ISO-2022-JP",
		"text/html; charset=utf-7",
		"text/html; charset=UTF-32",
	};
	const char *ct = NULL;
	if (size > 0) {
		ct = types[data[0] % (sizeof types / sizeof *types)];
		data++;
		size--;
	}
	buf out = BUF_INIT;
	char charset[64];
	memset(charset, 'x', sizeof charset);
	clean_decode((const char *)data, size, ct, &out, charset, sizeof charset);
	if (out.len && !utf8_valid(out.data, out.len))
		abort();
	if (!memchr(charset, 0, sizeof charset))
		abort();
	buf_free(&out);
	return 0;
}
