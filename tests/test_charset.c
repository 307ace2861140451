/* charset: clean_decode on pages in legacy charsets, with and without a
 * declaration, pages that lie, UTF-16 with BOMs and binary garbage. The
 * fixtures are made from UTF-8 text by tests/fixtures/charset/make-fixtures.sh. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "clean/clean.h"
#include "common/fileio.h"
#include "common/utf8.h"

#define FIX "tests/fixtures/charset/"

static void decode_file(const char *name, const char *content_type, buf *out, char *cs)
{
	buf raw = BUF_INIT;
	char err[256];
	buf_init(&raw);
	cr_assert_eq(file_read_all(name, &raw, 1 << 20, err, sizeof(err)), 0, "%s: %s", name, err);
	buf_init(out);
	clean_decode(raw.data, raw.len, content_type, out, cs, 64);
	buf_free(&raw);
	cr_assert(utf8_valid(out->data, out->len), "%s: output is not valid UTF-8", name);
}

static void expect(const char *file, const char *content_type, const char *charset,
		   const char *const *needles)
{
	buf out;
	char cs[64];
	decode_file(file, content_type, &out, cs);
	if (charset)
		cr_expect_str_eq(cs, charset, "%s: decoded as %s, expected %s", file, cs, charset);
	for (; *needles; needles++)
		cr_expect(strstr(out.data, *needles) != NULL, "%s (as %s): missing \"%s\"", file, cs, *needles);
	cr_expect(strstr(out.data, "\xEF\xBF\xBD") == NULL, "%s: has U+FFFD", file);
	buf_free(&out);
}

static const char *const de[] = { "Förderprogramm", "Straßen", "Bürgermeisterin Jürgens äußerte",
				  "„Das ist ein großer Schritt für unsere Region“", "élèves français",
				  "Orléans — un succès «très apprécié»", NULL };
static const char *const pl[] = { "Władze miasta ogłosiły w poniedziałek", "Zażółć gęślą jaźń",
				  "Łodzi i Gdańska", "řidiči musí počítat se zdržením", "Příští týden", NULL };
static const char *const ja[] = { "補助金制度を発表した", "経済産業省", "五百万円", "カタカナとひらがな", NULL };
static const char *const zh[] = { "国家统计局周一公布的数据显示", "人均可支配收入", "网上购物也越来越普遍", NULL };

Test(charset, windows1252_declared) { expect(FIX "de-1252-decl.html", NULL, "WINDOWS-1252", de); }
Test(charset, windows1252_undeclared) { expect(FIX "de-1252-nodecl.html", NULL, NULL, de); }
Test(charset, windows1252_from_http_header)
{
	/* iso-8859-1 in the header means windows-1252 (the „“ quotes are 0x84/0x93) */
	expect(FIX "de-1252-nodecl.html", "text/html; charset=ISO-8859-1", "WINDOWS-1252", de);
}
Test(charset, iso8859_2_declared) { expect(FIX "pl-8859-2-decl.html", NULL, "ISO-8859-2", pl); }
Test(charset, iso8859_2_undeclared) { expect(FIX "pl-8859-2-nodecl.html", NULL, NULL, pl); }
Test(charset, shift_jis_declared) { expect(FIX "ja-sjis-decl.html", NULL, "SHIFT_JIS", ja); }
Test(charset, shift_jis_undeclared) { expect(FIX "ja-sjis-nodecl.html", NULL, NULL, ja); }
Test(charset, gb2312_declared_means_gbk) { expect(FIX "zh-gb2312-decl.html", NULL, "GBK", zh); }
Test(charset, gbk_undeclared) { expect(FIX "zh-gbk-nodecl.html", NULL, NULL, zh); }
Test(charset, header_beats_meta)
{
	/* the header is checked before the <meta> */
	expect(FIX "ja-sjis-decl.html", "text/html;charset=\"x-sjis\"", "SHIFT_JIS", ja);
}
Test(charset, declares_utf8_but_is_windows1252)
{
	expect(FIX "lie-utf8-is-1252.html", NULL, "WINDOWS-1252", de);
}
Test(charset, declares_utf8_in_header_but_is_windows1252)
{
	expect(FIX "de-1252-nodecl.html", "text/html; charset=utf-8", "WINDOWS-1252", de);
}
Test(charset, declares_latin1_but_is_utf8) { expect(FIX "lie-latin1-is-utf8.html", NULL, "UTF-8", de); }
Test(charset, utf16le_bom) { expect(FIX "de-utf16le-bom.html", NULL, "UTF-16LE", de); }
Test(charset, utf16be_bom) { expect(FIX "zh-utf16be-bom.html", NULL, "UTF-16BE", zh); }

Test(charset, binary_garbage_is_valid_utf8)
{
	buf out;
	char cs[64];
	decode_file(FIX "garbage.bin", NULL, &out, cs);
	cr_expect(out.len > 0);
	buf_free(&out);
	/* also under every kind of declaration */
	static const char *const cts[] = { "text/html; charset=utf-8", "text/html; charset=shift_jis",
					   "text/html; charset=gb2312", "text/html; charset=iso-2022-jp",
					   "text/html; charset=utf-16", "text/html; charset=bogus-9" };
	for (size_t i = 0; i < sizeof(cts) / sizeof(*cts); i++) {
		decode_file(FIX "garbage.bin", cts[i], &out, cs);
		cr_expect(out.len > 0, "%s", cts[i]);
		buf_free(&out);
	}
}

Test(charset, utf8_fast_path_is_a_copy)
{
	const char page[] = "<html><head><meta charset=utf-8></head><body>Grüße, 東京</body></html>";
	buf out = BUF_INIT;
	char cs[64];
	buf_init(&out);
	clean_decode(page, sizeof(page) - 1, NULL, &out, cs, sizeof(cs));
	cr_assert_str_eq(cs, "UTF-8");
	cr_assert_eq(out.len, sizeof(page) - 1);
	cr_assert_eq(memcmp(out.data, page, out.len), 0);
	buf_free(&out);
}

Test(charset, ascii_under_legacy_declaration_unchanged)
{
	const char page[] = "<meta http-equiv=\"content-type\" content=\"text/html; charset=latin1\"><p>plain</p>";
	buf out = BUF_INIT;
	char cs[64];
	buf_init(&out);
	clean_decode(page, sizeof(page) - 1, NULL, &out, cs, sizeof(cs));
	cr_assert_str_eq(cs, "WINDOWS-1252");
	cr_assert_str_eq(out.data, page);
	buf_free(&out);
}

Test(charset, utf8_bom_stripped_and_truncated_tail_repaired)
{
	const char page[] = "\xEF\xBB\xBFhello \xC3\xA9t\xC3\xA9 \xE6\x9D";   /* cut inside 東 */
	buf out = BUF_INIT;
	char cs[64];
	buf_init(&out);
	clean_decode(page, sizeof(page) - 1, NULL, &out, cs, sizeof(cs));
	cr_assert_str_eq(cs, "UTF-8");
	cr_assert(utf8_valid(out.data, out.len));
	cr_assert(strncmp(out.data, "hello été ", 11) == 0, "%s", out.data);
	buf_reset(&out);
	/* without the BOM: still UTF-8, the tail becomes one U+FFFD */
	clean_decode(page + 3, sizeof(page) - 4, NULL, &out, cs, sizeof(cs));
	cr_assert_str_eq(cs, "UTF-8");
	cr_assert_str_eq(out.data, "hello été \xEF\xBF\xBD");
	buf_free(&out);
}

Test(charset, damaged_utf8_stays_utf8)
{
	/* a long UTF-8 page with one stray latin1 byte is UTF-8 with damage */
	buf page = BUF_INIT, out = BUF_INIT;
	char cs[64];
	buf_init(&page);
	buf_init(&out);
	for (int i = 0; i < 20; i++)
		buf_puts(&page, "Страница на русском языке. ");
	buf_puts(&page, "caf\xE9 ");
	for (int i = 0; i < 20; i++)
		buf_puts(&page, "Ещё текст. ");
	clean_decode(page.data, page.len, NULL, &out, cs, sizeof(cs));
	cr_assert_str_eq(cs, "UTF-8");
	cr_assert(utf8_valid(out.data, out.len));
	cr_assert(strstr(out.data, "Страница на русском") && strstr(out.data, "Ещё текст."));
	buf_free(&page);
	buf_free(&out);
}

Test(charset, undecodable_bytes_become_replacement_not_lost)
{
	/* 0x81 is undefined in windows-1252 (glibc), 0xA0 0xA0 is not Shift_JIS */
	const char page[] = "<meta charset=windows-1252>a\x81" "b caf\xE9";
	buf out = BUF_INIT;
	char cs[64];
	buf_init(&out);
	clean_decode(page, sizeof(page) - 1, NULL, &out, cs, sizeof(cs));
	cr_assert(utf8_valid(out.data, out.len));
	cr_assert(strstr(out.data, "a\xEF\xBF\xBD" "b café") != NULL, "%s", out.data);
	buf_free(&out);
}

Test(charset, empty_input)
{
	buf out = BUF_INIT;
	char cs[64];
	buf_init(&out);
	clean_decode("", 0, NULL, &out, cs, sizeof(cs));
	cr_assert_eq(out.len, 0);
	cr_assert_str_eq(cs, "UTF-8");
	buf_free(&out);
}
