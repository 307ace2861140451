/* placeholder: UTF-8 repair only; the real decoder replaces this file */
#include <stdio.h>

#include "clean/clean.h"
#include "common/utf8.h"

void clean_decode(const char *in, size_t n, const char *content_type, buf *out,
		  char *charset, size_t charset_len)
{
	(void)content_type;
	utf8_repair(out, in, n);
	snprintf(charset, charset_len, "UTF-8");
}
