/* placeholder: the metadata extractor replaces this file */
#include "clean/internal.h"

void meta_extract(GumboNode *root, const char *url, clean_doc *doc, char lang_hint[16])
{
	(void)root;
	lang_hint[0] = 0;
	if (url)
		doc->url = xstrdup(url);
}

char *meta_jsonld_article_body(GumboNode *root)
{
	(void)root;
	return NULL;
}
