/*
 * templates.h: knobs and figures of the template learner beyond the API
 * in clean/clean.h (tests and benchmarks use them; the CLI may too).
 */
#ifndef PITH_CLEAN_TEMPLATES_H
#define PITH_CLEAN_TEMPLATES_H

#include <stddef.h>

#include "clean/clean.h"

typedef struct clean_templates_stats {
	size_t hosts;          /* hosts tracked now */
	size_t hosts_evicted;  /* hosts dropped to stay in budget */
	size_t pages;          /* pages observed */
	size_t entries;        /* live counters now (0 after finalize) */
	size_t peak_entries;   /* most counters alive at once */
	size_t peak_bytes;     /* most bytes held at once (tables, hosts, samples) */
	size_t compactions;    /* times a table dropped its low counts */
	size_t templates;      /* template keys after finalize/load */
} clean_templates_stats;

/* Bound the counting: at most per_host live counters in one host's table
 * (default 16384: a 512 KB table) and at most budget bytes for all the
 * counting state (default 64 MB). Call before observing. */
void clean_templates_set_limits(clean_templates *t, size_t per_host, size_t budget);

void clean_templates_get_stats(const clean_templates *t, clean_templates_stats *st);

/* clean_templates_strip that also appends each removed line to explain
 * (when not NULL) as "site-template<TAB>line\n", the format of
 * clean_doc.explain. */
size_t clean_templates_strip_explain(const clean_templates *t, const char *host, buf *text,
				     buf *explain);

/* Is this line (any text; it is folded first) template text of host? */
int clean_templates_match(const clean_templates *t, const char *host, const char *line, size_t n);

#endif
