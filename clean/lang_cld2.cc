/*
 * The C++ side of language identification: one extern "C" function over
 * CLD2's ExtDetectLanguageSummary, so the rest of pith stays C. All policy
 * (input cap, short text, hint fallback) lives in lang.c; this file only
 * translates types. CLD2 keeps no mutable global state, so concurrent calls
 * from several workers are safe.
 */
#include <cstdio>   /* compact_lang_det.h uses FILE without including it */
#include <cstring>

#include "public/compact_lang_det.h"
#include "public/encodings.h"

extern "C" int pith_cld2_detect(const char *text, int len, const char *hint,
				char out[16], char out3[3][16], int percent3[3], int *text_bytes);

static void copy_code(CLD2::Language l, char out[16])
{
	const char *code = CLD2::LanguageCode(l);
	if (!code || l == CLD2::UNKNOWN_LANGUAGE || std::strcmp(code, "un") == 0 ||
	    std::strcmp(code, "xxx") == 0) {
		out[0] = 0;
		return;
	}
	std::strncpy(out, code, 15);
	out[15] = 0;
}

/* Returns 1 if CLD2 calls the result reliable. out gets CLD2's code for the
 * top language ("" when unknown); out3/percent3 the top three. */
extern "C" int pith_cld2_detect(const char *text, int len, const char *hint,
				char out[16], char out3[3][16], int percent3[3], int *text_bytes)
{
	CLD2::CLDHints hints = { hint, NULL, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE };
	CLD2::Language lang3[3];
	double score3[3];
	bool reliable = false;
	CLD2::Language top = CLD2::ExtDetectLanguageSummary(text, len, true, &hints, 0, lang3, percent3,
							     score3, NULL, text_bytes, &reliable);
	copy_code(top, out);
	for (int i = 0; i < 3; i++)
		copy_code(lang3[i], out3[i]);
	return reliable ? 1 : 0;
}
