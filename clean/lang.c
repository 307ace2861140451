/*
 * Language identification: the policy around CLD2 (lang_cld2.cc is the C++
 * shim). The text decides; <html lang> is only a hint that CLD2 weighs and
 * that we fall back to when the text is too short to judge (a headline, an
 * empty extraction). Input is capped at 64 KB: CLD2 is linear and a page's
 * language is settled long before that. Codes are ISO 639-1 where one
 * exists (CLD2's "zh-Hant" becomes "zh", its legacy "iw" becomes "he").
 */
#include <ctype.h>
#include <string.h>

#include "clean/clean.h"

#define LANG_MAX_INPUT (64 * 1024)
#define LANG_MIN_LETTERS 20

int pith_cld2_detect(const char *text, int len, const char *hint, char out[16], char out3[3][16],
		     int percent3[3], int *text_bytes);

/* Primary subtag of a BCP 47 tag, lowercased: "en-US" -> "en". Empty when
 * it is not 2-3 letters (e.g. "x-default", "*"). */
static void primary_subtag(const char *tag, char out[16])
{
	size_t i = 0;
	out[0] = 0;
	if (!tag)
		return;
	while (isspace((unsigned char)*tag))
		tag++;
	while (tag[i] && isalpha((unsigned char)tag[i]) && i < 8)
		i++;
	if (i < 2 || i > 3 || (tag[i] && tag[i] != '-' && tag[i] != '_' && !isspace((unsigned char)tag[i])))
		return;
	for (size_t k = 0; k < i; k++)
		out[k] = (char)tolower((unsigned char)tag[k]);
	out[i] = 0;
	/* legacy codes some pages still use */
	if (strcmp(out, "iw") == 0)
		strcpy(out, "he");
	else if (strcmp(out, "in") == 0)
		strcpy(out, "id");
	else if (strcmp(out, "ji") == 0)
		strcpy(out, "yi");
	else if (strcmp(out, "jw") == 0)
		strcpy(out, "jv");
}

/* Enough letters to judge? Each ASCII letter or non-ASCII character counts
 * one; stops counting at the threshold. */
static int enough_letters(const char *s, size_t n)
{
	size_t letters = 0;
	for (size_t i = 0; i < n && letters < LANG_MIN_LETTERS; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isalpha(c) || c >= 0xC0)
			letters++;
	}
	return letters >= LANG_MIN_LETTERS;
}

void clean_detect_lang(const char *text, size_t n, const char *hint, char out[16])
{
	char hint_code[16];
	primary_subtag(hint, hint_code);
	out[0] = 0;
	if (!text || !enough_letters(text, n)) {
		strcpy(out, hint_code);
		return;
	}
	if (n > LANG_MAX_INPUT) {
		n = LANG_MAX_INPUT;
		/* do not cut a UTF-8 sequence */
		while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--;
	}
	char top[16], top3[3][16], code[16];
	int percent3[3] = { 0, 0, 0 }, text_bytes = 0;
	int reliable = pith_cld2_detect(text, (int)n, hint_code[0] ? hint_code : NULL, top, top3, percent3,
					&text_bytes);
	if (reliable) {
		primary_subtag(top, code);
		strcpy(out, code);
		return;
	}
	/* unreliable: trust the hint only if CLD2 saw that language at all */
	if (hint_code[0])
		for (int i = 0; i < 3; i++) {
			primary_subtag(top3[i], code);
			if (strcmp(code, hint_code) == 0 && percent3[i] > 0) {
				strcpy(out, hint_code);
				return;
			}
		}
}
