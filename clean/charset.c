/*
 * Decoding raw page bytes to UTF-8.
 *
 * The order follows the HTML standard's encoding sniffing, simplified: a
 * byte-order mark wins; then the HTTP Content-Type charset; then a cheap
 * byte scan of the first 4 KB for <meta charset> / http-equiv (no parse).
 * Labels map to encodings the WHATWG way (latin1 and ascii mean
 * windows-1252, gb2312 means GBK, which glibc decodes as GB18030, Shift_JIS
 * means Microsoft's CP932...). Declarations lie, so one scan of the bytes
 * decides how far to trust them: valid UTF-8 with non-ASCII sequences beats a
 * declared legacy charset, and invalid UTF-8 under a UTF-8 (or absent)
 * declaration goes to libuchardet, with windows-1252 as the last resort.
 *
 * The hot path is a page that is valid UTF-8: one validity scan and one copy,
 * no iconv. Everything else converts with an iconv_t opened per call (so the
 * function is thread-safe) and replaces each undecodable byte by U+FFFD
 * instead of dropping it (//IGNORE would lose text silently and hide where).
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uchardet.h>

#include "clean/clean.h"
#include "common/utf8.h"

/* WHATWG encoding labels -> canonical name. The iconv name differs for a few
 * (see iconv_name). Labels are lowercase. */
static const struct label {
	const char *label;
	const char *name;
} labels[] = {
	{ "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
	{ "unicode11utf8", "UTF-8" }, { "unicode20utf8", "UTF-8" }, { "x-unicode20utf8", "UTF-8" },
	{ "windows-1252", "WINDOWS-1252" }, { "iso-8859-1", "WINDOWS-1252" },
	{ "latin1", "WINDOWS-1252" }, { "latin-1", "WINDOWS-1252" }, { "l1", "WINDOWS-1252" },
	{ "ascii", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" },
	{ "ansi_x3.4-1968", "WINDOWS-1252" }, { "cp1252", "WINDOWS-1252" },
	{ "x-cp1252", "WINDOWS-1252" }, { "cp819", "WINDOWS-1252" }, { "ibm819", "WINDOWS-1252" },
	{ "csisolatin1", "WINDOWS-1252" }, { "iso-ir-100", "WINDOWS-1252" },
	{ "iso8859-1", "WINDOWS-1252" }, { "iso88591", "WINDOWS-1252" },
	{ "iso_8859-1", "WINDOWS-1252" }, { "iso_8859-1:1987", "WINDOWS-1252" },
	{ "iso-8859-2", "ISO-8859-2" }, { "iso8859-2", "ISO-8859-2" }, { "iso88592", "ISO-8859-2" },
	{ "iso_8859-2", "ISO-8859-2" }, { "iso_8859-2:1987", "ISO-8859-2" }, { "latin2", "ISO-8859-2" },
	{ "l2", "ISO-8859-2" }, { "csisolatin2", "ISO-8859-2" }, { "iso-ir-101", "ISO-8859-2" },
	{ "iso-8859-3", "ISO-8859-3" }, { "latin3", "ISO-8859-3" }, { "l3", "ISO-8859-3" },
	{ "iso-8859-4", "ISO-8859-4" }, { "latin4", "ISO-8859-4" }, { "l4", "ISO-8859-4" },
	{ "iso-8859-5", "ISO-8859-5" }, { "iso8859-5", "ISO-8859-5" }, { "cyrillic", "ISO-8859-5" },
	{ "csisolatincyrillic", "ISO-8859-5" },
	{ "iso-8859-6", "ISO-8859-6" }, { "arabic", "ISO-8859-6" }, { "asmo-708", "ISO-8859-6" },
	{ "ecma-114", "ISO-8859-6" }, { "iso-8859-6-i", "ISO-8859-6" }, { "iso-8859-6-e", "ISO-8859-6" },
	{ "iso-8859-7", "ISO-8859-7" }, { "greek", "ISO-8859-7" }, { "greek8", "ISO-8859-7" },
	{ "elot_928", "ISO-8859-7" }, { "ecma-118", "ISO-8859-7" }, { "sun_eu_greek", "ISO-8859-7" },
	{ "iso-8859-8", "ISO-8859-8" }, { "hebrew", "ISO-8859-8" }, { "visual", "ISO-8859-8" },
	{ "iso-8859-8-e", "ISO-8859-8" }, { "iso-8859-8-i", "ISO-8859-8" }, { "logical", "ISO-8859-8" },
	{ "iso-8859-10", "ISO-8859-10" }, { "latin6", "ISO-8859-10" }, { "l6", "ISO-8859-10" },
	{ "iso-8859-13", "ISO-8859-13" }, { "iso-8859-14", "ISO-8859-14" },
	{ "iso-8859-15", "ISO-8859-15" }, { "iso8859-15", "ISO-8859-15" }, { "latin9", "ISO-8859-15" },
	{ "l9", "ISO-8859-15" }, { "iso_8859-15", "ISO-8859-15" }, { "latin-9", "ISO-8859-15" },
	{ "iso-8859-16", "ISO-8859-16" },
	{ "iso-8859-9", "WINDOWS-1254" }, { "latin5", "WINDOWS-1254" }, { "l5", "WINDOWS-1254" },
	{ "iso-8859-11", "WINDOWS-874" }, { "tis-620", "WINDOWS-874" }, { "windows-874", "WINDOWS-874" },
	{ "dos-874", "WINDOWS-874" },
	{ "windows-1250", "WINDOWS-1250" }, { "cp1250", "WINDOWS-1250" }, { "x-cp1250", "WINDOWS-1250" },
	{ "windows-1251", "WINDOWS-1251" }, { "cp1251", "WINDOWS-1251" }, { "x-cp1251", "WINDOWS-1251" },
	{ "windows-1253", "WINDOWS-1253" }, { "cp1253", "WINDOWS-1253" },
	{ "windows-1254", "WINDOWS-1254" }, { "cp1254", "WINDOWS-1254" },
	{ "windows-1255", "WINDOWS-1255" }, { "cp1255", "WINDOWS-1255" },
	{ "windows-1256", "WINDOWS-1256" }, { "cp1256", "WINDOWS-1256" },
	{ "windows-1257", "WINDOWS-1257" }, { "cp1257", "WINDOWS-1257" },
	{ "windows-1258", "WINDOWS-1258" }, { "cp1258", "WINDOWS-1258" },
	{ "koi8-r", "KOI8-R" }, { "koi8", "KOI8-R" }, { "koi", "KOI8-R" }, { "koi8_r", "KOI8-R" },
	{ "cskoi8r", "KOI8-R" }, { "koi8-u", "KOI8-U" }, { "koi8-ru", "KOI8-U" },
	{ "ibm866", "IBM866" }, { "cp866", "IBM866" }, { "866", "IBM866" },
	{ "macintosh", "MACINTOSH" }, { "mac", "MACINTOSH" }, { "x-mac-roman", "MACINTOSH" },
	{ "x-mac-cyrillic", "X-MAC-CYRILLIC" }, { "x-mac-ukrainian", "X-MAC-CYRILLIC" },
	{ "gbk", "GBK" }, { "gb2312", "GBK" }, { "gb_2312", "GBK" }, { "gb_2312-80", "GBK" },
	{ "chinese", "GBK" }, { "csgb2312", "GBK" }, { "csiso58gb231280", "GBK" },
	{ "iso-ir-58", "GBK" }, { "x-gbk", "GBK" }, { "cp936", "GBK" }, { "euc-cn", "GBK" },
	{ "gb18030", "GB18030" },
	{ "big5", "BIG5" }, { "big5-hkscs", "BIG5" }, { "cn-big5", "BIG5" }, { "csbig5", "BIG5" },
	{ "x-x-big5", "BIG5" },
	{ "euc-jp", "EUC-JP" }, { "x-euc-jp", "EUC-JP" }, { "cseucpkdfmtjapanese", "EUC-JP" },
	{ "iso-2022-jp", "ISO-2022-JP" }, { "csiso2022jp", "ISO-2022-JP" },
	{ "shift_jis", "SHIFT_JIS" }, { "shift-jis", "SHIFT_JIS" }, { "sjis", "SHIFT_JIS" },
	{ "x-sjis", "SHIFT_JIS" }, { "ms_kanji", "SHIFT_JIS" }, { "ms932", "SHIFT_JIS" },
	{ "windows-31j", "SHIFT_JIS" }, { "csshiftjis", "SHIFT_JIS" }, { "cp932", "SHIFT_JIS" },
	{ "euc-kr", "EUC-KR" }, { "cseuckr", "EUC-KR" }, { "korean", "EUC-KR" },
	{ "ks_c_5601-1987", "EUC-KR" }, { "ks_c_5601-1989", "EUC-KR" }, { "ksc5601", "EUC-KR" },
	{ "ksc_5601", "EUC-KR" }, { "windows-949", "EUC-KR" }, { "iso-ir-149", "EUC-KR" },
	{ "csksc56011987", "EUC-KR" }, { "uhc", "EUC-KR" },
	{ "utf-16", "UTF-16LE" }, { "utf-16le", "UTF-16LE" }, { "unicode", "UTF-16LE" },
	{ "ucs-2", "UTF-16LE" }, { "csunicode", "UTF-16LE" }, { "iso-10646-ucs-2", "UTF-16LE" },
	{ "unicodefeff", "UTF-16LE" }, { "utf-16be", "UTF-16BE" }, { "unicodefffe", "UTF-16BE" },
	{ "x-user-defined", "WINDOWS-1252" },
};

/* The decoder glibc's iconv should use for a canonical name: the WHATWG
 * encodings are the Microsoft supersets of the names they keep. */
static const char *iconv_name(const char *name)
{
	static const char *const map[][2] = {
		{ "SHIFT_JIS", "CP932" }, { "GBK", "GB18030" }, { "EUC-KR", "CP949" },
		{ "BIG5", "BIG5-HKSCS" }, { "X-MAC-CYRILLIC", "MAC-CYRILLIC" },
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(*map); i++)
		if (strcmp(name, map[i][0]) == 0)
			return map[i][1];
	return name;
}

/* Normalise a label (trim, lowercase) and look it up. Unknown labels that
 * iconv nevertheless knows pass through uppercased in out. Returns 1 when a
 * usable name was written. */
static int canonical_charset(const char *s, size_t n, char *out, size_t outlen)
{
	char low[48];
	while (n && (isspace((unsigned char)*s) || *s == '"' || *s == '\''))
		s++, n--;
	while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '"' || s[n - 1] == '\''))
		n--;
	if (n == 0 || n >= sizeof(low))
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[n] = 0;
	for (size_t i = 0; i < sizeof(labels) / sizeof(*labels); i++)
		if (strcmp(low, labels[i].label) == 0) {
			snprintf(out, outlen, "%s", labels[i].name);
			return 1;
		}
	/* the WHATWG "replacement" encodings are not worth decoding */
	if (strstr(low, "2022-kr") || strstr(low, "2022-cn") || strstr(low, "hz-gb"))
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)toupper((unsigned char)low[i]);
	iconv_t cd = iconv_open("UTF-8", low);
	if (cd == (iconv_t)-1)
		return 0;
	iconv_close(cd);
	snprintf(out, outlen, "%s", low);
	return 1;
}

static int is_utf8(const char *name)
{
	return strcmp(name, "UTF-8") == 0;
}

static int is_utf16(const char *name)
{
	return strncmp(name, "UTF-16", 6) == 0;
}

/* Encodings whose ASCII bytes do not always mean ASCII. */
static int is_stateful(const char *name)
{
	return strncmp(name, "ISO-2022", 8) == 0 || strncmp(name, "UTF-7", 5) == 0 ||
	       is_utf16(name) || strncmp(name, "UTF-32", 6) == 0;
}

/* Find "charset" then "=" then the value in s[0..n); used for both the
 * Content-Type header and a <meta> tag's text. */
static int find_charset_param(const char *s, size_t n, char *out, size_t outlen)
{
	for (size_t i = 0; i + 7 <= n; i++) {
		if ((s[i] | 0x20) != 'c' || strncasecmp(s + i, "charset", 7) != 0)
			continue;
		size_t j = i + 7;
		while (j < n && isspace((unsigned char)s[j]))
			j++;
		if (j >= n || s[j] != '=')
			continue;
		j++;
		while (j < n && (isspace((unsigned char)s[j]) || s[j] == '"' || s[j] == '\''))
			j++;
		size_t k = j;
		while (k < n && s[k] != '"' && s[k] != '\'' && s[k] != ';' && s[k] != '>' &&
		       s[k] != '/' && !isspace((unsigned char)s[k]))
			k++;
		if (k > j && canonical_charset(s + j, k - j, out, outlen))
			return 1;
	}
	return 0;
}

/* A byte scan of the first 4 KB for <meta ... charset=...>, skipping
 * comments; not a parse, and cheap enough for every page. */
static int sniff_meta(const char *s, size_t n, char *out, size_t outlen)
{
	if (n > 4096)
		n = 4096;
	for (size_t i = 0; i + 5 < n; i++) {
		if (s[i] != '<')
			continue;
		if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
			const char *e = memmem(s + i + 4, n - i - 4, "-->", 3);
			if (!e)
				return 0;
			i = (size_t)(e - s) + 2;
			continue;
		}
		if (strncasecmp(s + i + 1, "meta", 4) != 0 || !(isspace((unsigned char)s[i + 5]) || s[i + 5] == '/'))
			continue;
		const char *end = memchr(s + i, '>', n - i);
		size_t tl = end ? (size_t)(end - (s + i)) : n - i;
		if (find_charset_param(s + i, tl, out, outlen))
			return 1;
		i += tl;
	}
	return 0;
}

/* One pass over the bytes: how many multi-byte UTF-8 sequences are valid,
 * how many bytes are not, and where the first NUL is. ASCII goes 8 bytes at
 * a time. A sequence cut off by the end of the input is not counted as bad:
 * truncated pages are common and still UTF-8. */
struct scan {
	size_t multibyte;
	size_t bad;
};

static void scan_utf8(const char *s, size_t n, struct scan *sc)
{
	size_t i = 0;
	sc->multibyte = sc->bad = 0;
	while (i < n) {
		if (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (!(w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (k == 1) {
			/* a valid lead whose sequence runs past the end: truncation */
			unsigned char c = (unsigned char)s[i];
			size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
			if (c >= 0xC2 && c <= 0xF4 && n - i < need) {
				int ok = 1;
				for (size_t j = i + 1; j < n; j++)
					if (((unsigned char)s[j] & 0xC0) != 0x80)
						ok = 0;
				if (ok)
					break;
			}
			sc->bad++;
		} else {
			sc->multibyte++;
		}
		i += k;
	}
}

/* Convert with iconv, appending UTF-8 to out. Each undecodable byte becomes
 * U+FFFD and conversion resumes after it. Returns the number of
 * replacements, or (size_t)-1 when iconv does not know the charset. */
static size_t convert(const char *from, const char *in, size_t n, buf *out)
{
	iconv_t cd = iconv_open("UTF-8", iconv_name(from));
	if (cd == (iconv_t)-1)
		return (size_t)-1;
	size_t start = out->len, errors = 0;
	char *inp = (char *)in;
	size_t inleft = n;
	buf_grow(out, n + n / 2 + 16);
	while (inleft > 0) {
		char *outp = out->data + out->len;
		size_t outleft = out->cap - out->len - 1;
		size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
		out->len = (size_t)(outp - out->data);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			buf_grow(out, inleft * 2 + 64);
		} else if (errno == EILSEQ || errno == EINVAL) {
			/* EINVAL: an incomplete sequence at the end of the input */
			buf_append(out, "\xEF\xBF\xBD", 3);
			errors++;
			inp++;
			inleft--;
			iconv(cd, NULL, NULL, NULL, NULL);
		} else {
			break;
		}
	}
	/* flush a stateful encoding's shift state */
	buf_grow(out, 16);
	char *outp = out->data + out->len;
	size_t outleft = out->cap - out->len - 1;
	iconv(cd, NULL, NULL, &outp, &outleft);
	out->len = (size_t)(outp - out->data);
	out->data[out->len] = 0;
	iconv_close(cd);
	/* the gate: whatever iconv produced, the output is valid UTF-8 */
	if (!utf8_valid(out->data + start, out->len - start)) {
		size_t len = out->len - start;
		char *copy = xstrndup(out->data + start, len);
		buf_truncate(out, start);
		utf8_repair(out, copy, len);
		free(copy);
	}
	return errors;
}

/* Ask libuchardet; only pages that are not UTF-8 get here. The markup is
 * ASCII and tells it nothing, so the feed starts shortly before the first
 * non-ASCII byte and is capped to bound the time. */
static int detect(const char *s, size_t n, char *out, size_t outlen)
{
	size_t first = 0;
	while (first < n && (unsigned char)s[first] < 0x80)
		first++;
	if (first == n)
		return 0;
	size_t from = first > 256 ? first - 256 : 0;
	size_t len = n - from;
	if (len > 256 * 1024)
		len = 256 * 1024;
	uchardet_t ud = uchardet_new();
	if (!ud)
		return 0;
	int ok = 0;
	if (uchardet_handle_data(ud, s + from, len) == 0) {
		uchardet_data_end(ud);
		const char *cs = uchardet_get_charset(ud);
		if (cs && *cs)
			ok = canonical_charset(cs, strlen(cs), out, outlen);
	}
	uchardet_delete(ud);
	return ok;
}

/* UTF-16 without a BOM shows itself by NULs in every other byte of ASCII. */
static const char *sniff_utf16(const char *s, size_t n)
{
	if (n < 16)
		return NULL;
	size_t lim = n < 256 ? n & ~(size_t)1 : 256, even = 0, odd = 0;
	for (size_t i = 0; i < lim; i += 2) {
		even += s[i] == 0;
		odd += s[i + 1] == 0;
	}
	if (odd * 4 >= lim && even * 16 < lim)
		return "UTF-16LE";
	if (even * 4 >= lim && odd * 16 < lim)
		return "UTF-16BE";
	return NULL;
}

void clean_decode(const char *in, size_t n, const char *content_type, buf *out,
		  char *charset, size_t charset_len)
{
	char declared[48] = "", detected[48];
	const unsigned char *u = (const unsigned char *)in;

	/* 1. byte-order marks */
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		utf8_repair(out, in + 3, n - 3);
		snprintf(charset, charset_len, "UTF-8");
		return;
	}
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		const char *cs = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		convert(cs, in + 2, n - 2, out);
		snprintf(charset, charset_len, "%s", cs);
		return;
	}

	/* 2. declarations: HTTP header, then <meta>; UTF-16 is believed only
	 * when the bytes look like it (a <meta> saying UTF-16 is readable ASCII,
	 * so it cannot be true) */
	if (content_type)
		find_charset_param(content_type, strlen(content_type), declared, sizeof(declared));
	if (!declared[0])
		sniff_meta(in, n, declared, sizeof(declared));
	const char *utf16 = sniff_utf16(in, n);
	if (utf16) {
		const char *cs = is_utf16(declared) ? declared : utf16;
		convert(cs, in, n, out);
		snprintf(charset, charset_len, "%s", cs);
		return;
	}
	if (is_utf16(declared))
		declared[0] = 0;

	/* 3. what the bytes say */
	struct scan sc;
	scan_utf8(in, n, &sc);
	if (sc.bad == 0) {
		/* valid UTF-8: the hot path. A legacy declaration over pure ASCII
		 * is harmless; over real multi-byte sequences it is wrong. */
		if (declared[0] && !is_utf8(declared) && is_stateful(declared) && sc.multibyte == 0 &&
		    convert(declared, in, n, out) != (size_t)-1) {
			snprintf(charset, charset_len, "%s", declared);
			return;
		}
		if (sc.multibyte == 0 && declared[0])
			snprintf(charset, charset_len, "%s", declared);
		else
			snprintf(charset, charset_len, "UTF-8");
		buf_append(out, in, n);
		/* a truncated final sequence is the one thing left to repair */
		size_t ok = utf8_valid_prefix(out->data + out->len - n, n);
		if (ok < n) {
			buf_truncate(out, out->len - n + ok);
			buf_append(out, "\xEF\xBF\xBD", 3);
		}
		return;
	}

	/* invalid UTF-8 under a legacy declaration: believe it unless it
	 * produces a lot of garbage */
	if (declared[0] && !is_utf8(declared)) {
		size_t start = out->len;
		size_t errs = convert(declared, in, n, out);
		if (errs != (size_t)-1 && (errs <= 4 || errs * 8 <= sc.bad + sc.multibyte)) {
			snprintf(charset, charset_len, "%s", declared);
			return;
		}
		buf_truncate(out, start);
		if (!detect(in, n, detected, sizeof(detected)) || is_utf8(detected) ||
		    strcmp(detected, declared) == 0 ||
		    convert(detected, in, n, out) == (size_t)-1) {
			if (errs == (size_t)-1) {
				utf8_repair(out, in, n);
				snprintf(charset, charset_len, "UTF-8");
			} else {
				convert(declared, in, n, out);
				snprintf(charset, charset_len, "%s", declared);
			}
			return;
		}
		snprintf(charset, charset_len, "%s", detected);
		return;
	}

	/* UTF-8 declared or nothing declared, and invalid. Mostly-valid UTF-8
	 * with a few broken bytes is UTF-8 that got damaged; otherwise the page
	 * lies (or never said) and uchardet decides. */
	if (sc.multibyte > 4 * sc.bad) {
		utf8_repair(out, in, n);
		snprintf(charset, charset_len, "UTF-8");
		return;
	}
	if (!detect(in, n, detected, sizeof(detected)) || is_utf8(detected))
		snprintf(detected, sizeof(detected), "WINDOWS-1252");
	if (convert(detected, in, n, out) == (size_t)-1) {
		snprintf(detected, sizeof(detected), "WINDOWS-1252");
		convert(detected, in, n, out);
	}
	snprintf(charset, charset_len, "%s", detected);
}
