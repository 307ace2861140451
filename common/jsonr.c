/* jsonr: stub, implementation follows. */
#include "common/jsonr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int jsonr_parse(jsonr_doc *doc, const char *text, size_t len, int flags, char *err, size_t errlen)
{
	(void)text; (void)len; (void)flags;
	memset(doc, 0, sizeof(*doc));
	buf_init(&doc->pool);
	snprintf(err, errlen, "jsonr: not implemented");
	return -1;
}

void jsonr_free(jsonr_doc *doc)
{
	free(doc->nodes);
	buf_free(&doc->pool);
	memset(doc, 0, sizeof(*doc));
}
