/* placeholder extractor: all body text; replaced by the real one */
#include <string.h>

#include "clean/internal.h"

void extract_content(clean_worker *w, GumboNode *root, const clean_options *opt,
		     const clean_doc *meta, buf *out)
{
	(void)w; (void)opt; (void)meta;
	GumboNode *stack[4096];
	int sp = 0;
	stack[sp++] = root;
	while (sp) {
		GumboNode *n = stack[--sp];
		if (n->type == GUMBO_NODE_TEXT) {
			buf_append(out, n->v.text.text, strlen(n->v.text.text));
			buf_putc(out, '\n');
		} else if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag != GUMBO_TAG_SCRIPT &&
			   n->v.element.tag != GUMBO_TAG_STYLE) {
			GumboVector *c = &n->v.element.children;
			for (unsigned i = c->length; i-- > 0 && sp < 4096;)
				stack[sp++] = c->data[i];
		}
	}
}
