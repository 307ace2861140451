/* placeholder: the plain-text line cleaner replaces this file */
#include "clean/internal.h"

void textclean_run(const char *text, size_t n, const clean_options *opt, buf *out, buf *explain)
{
	(void)opt;
	(void)explain;
	buf_append(out, text, n);
}
