/* placeholder: batch template learning replaces this file */
#include <stdio.h>
#include <stdlib.h>

#include "clean/internal.h"

struct clean_templates {
	unsigned min_pages;
	double min_share;
};

clean_templates *clean_templates_new(unsigned min_pages, double min_share)
{
	clean_templates *t = xcalloc(1, sizeof(*t));
	t->min_pages = min_pages;
	t->min_share = min_share;
	return t;
}

void clean_templates_free(clean_templates *t)
{
	free(t);
}

void clean_templates_observe(clean_templates *t, const char *host, const char *text, size_t n)
{
	(void)t; (void)host; (void)text; (void)n;
}

void clean_templates_finalize(clean_templates *t)
{
	(void)t;
}

size_t clean_templates_strip(const clean_templates *t, const char *host, buf *text)
{
	(void)t; (void)host; (void)text;
	return 0;
}

int clean_templates_save(const clean_templates *t, const char *path, char *err, size_t errlen)
{
	(void)t; (void)path;
	snprintf(err, errlen, "not implemented");
	return -1;
}

clean_templates *clean_templates_load(const char *path, char *err, size_t errlen)
{
	(void)path;
	snprintf(err, errlen, "not implemented");
	return NULL;
}
