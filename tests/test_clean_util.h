/*
 * Helpers shared by the clean and cli suites (static inline: each test file
 * takes what it uses). Fixtures under tests/fixtures/clean/ come in pairs:
 * NAME.html, a page built the way a kind of news site builds it, and
 * NAME.expect, what cleaning must do to it:
 *   + text   must appear in the output (whitespace folded)
 *   - text   must not appear anywhere in the output
 *   # ...    comment
 */
#ifndef PITH_TEST_CLEAN_UTIL_H
#define PITH_TEST_CLEAN_UTIL_H

#include <criterion/criterion.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CLEAN_FIXTURES "tests/fixtures/clean"

/* The fixtures every extraction test runs over. */
static const char *const clean_fixture_names[] = {
	"patch", "iet", "thehill", "dailymail", "actionnews", "blog", "related", "teasers",
	"zhnews", "scroll",
};
#define N_CLEAN_FIXTURES (sizeof(clean_fixture_names) / sizeof(*clean_fixture_names))

/* Whole file into a NUL-terminated malloc'd string (NULL if unreadable). */
static inline char *tc_read_file(const char *path, size_t *len)
{
	if (len)
		*len = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *p = malloc(cap);
	for (;;) {
		if (cap - n < 4096)
			p = realloc(p, cap *= 2);
		size_t k = fread(p + n, 1, cap - n - 1, f);
		n += k;
		if (k == 0)
			break;
	}
	fclose(f);
	p[n] = 0;
	if (len)
		*len = n;
	return p;
}

static inline int tc_write_file(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	size_t w = fwrite(p, 1, n, f);
	return fclose(f) == 0 && w == n ? 0 : -1;
}

/* Collapse every run of ASCII whitespace (and NBSP) to one space. */
static inline char *tc_fold(const char *s)
{
	size_t n = strlen(s);
	char *o = malloc(n + 1), *q = o;
	int sp = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int ws = isspace(c) || (c == 0xC2 && (unsigned char)s[i + 1] == 0xA0);
		if (ws) {
			if (c == 0xC2)
				i++;
			sp = 1;
			continue;
		}
		if (sp && q != o)
			*q++ = ' ';
		sp = 0;
		*q++ = (char)c;
	}
	*q = 0;
	return o;
}

/* Check output against fixture NAME's .expect; label names the path taken
 * (clean_html, binary...). Every failed line is reported, not just the
 * first, so one run shows all that the extractor got wrong on a page. */
static inline void tc_check_expect(const char *name, const char *output, const char *label)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s.expect", CLEAN_FIXTURES, name);
	char *exp = tc_read_file(path, NULL);
	cr_assert(exp, "cannot read %s", path);
	char *out = tc_fold(output ? output : "");
	int lines = 0;
	for (char *line = strtok(exp, "\n"); line; line = strtok(NULL, "\n")) {
		if (line[0] != '+' && line[0] != '-')
			continue;
		char *want = tc_fold(line + 2);
		lines++;
		if (line[0] == '+')
			cr_expect(strstr(out, want) != NULL, "[%s via %s] article text lost: \"%s\"", name,
				  label, want);
		else
			cr_expect(strstr(out, want) == NULL, "[%s via %s] junk kept: \"%s\"", name, label,
				  want);
		free(want);
	}
	cr_assert(lines > 5, "%s has too few expectations", path);
	free(out);
	free(exp);
}

/* Valid UTF-8 (no overlongs, surrogates or code points above U+10FFFF). */
static inline int tc_utf8_ok(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t k;
		unsigned cp;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			k = 1, cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 2, cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3, cp = c & 0x07;
		} else {
			return 0;
		}
		if (i + k >= n)   /* the sequence runs past the end */
			return 0;
		for (size_t j = 1; j <= k; j++) {
			unsigned char d = (unsigned char)s[i + j];
			if ((d & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (d & 0x3F);
		}
		if ((k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += k + 1;
	}
	return 1;
}

/* A page of depth nested <div>s with a paragraph at the bottom. */
static inline char *tc_nested_divs(size_t depth, size_t *len)
{
	static const char head[] = "<!DOCTYPE html><html><head><title>Deep</title></head><body>";
	static const char para[] =
		"<p>The innermost paragraph of a very deeply nested page is still an article "
		"paragraph, and it should come out of the cleaner in one piece, sentence and all.</p>";
	size_t n = sizeof(head) - 1 + depth * 11 + sizeof(para) - 1 + 32;
	char *p = malloc(n), *q = p;
	memcpy(q, head, sizeof(head) - 1), q += sizeof(head) - 1;
	for (size_t i = 0; i < depth; i++)
		memcpy(q, "<div>", 5), q += 5;
	memcpy(q, para, sizeof(para) - 1), q += sizeof(para) - 1;
	for (size_t i = 0; i < depth; i++)
		memcpy(q, "</div>", 6), q += 6;
	memcpy(q, "</body></html>", 14), q += 14;
	*q = 0;
	*len = (size_t)(q - p);
	return p;
}

#endif
