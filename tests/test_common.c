#include <criterion/criterion.h>
#include <string.h>

#include "common/buf.h"
#include "common/hash.h"
#include "common/json.h"
#include "common/utf8.h"

Test(common, buf_printf_grows)
{
	buf b = BUF_INIT;
	buf_init(&b);
	for (int i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i);
	cr_assert(b.len > 2000);
	cr_assert_eq(strncmp(b.data, "0,1,2,", 6), 0);
	cr_assert_eq(b.data[b.len], 0);
	buf_free(&b);
}

Test(common, utf8_repair_replaces_invalid)
{
	buf b = BUF_INIT;
	buf_init(&b);
	const char bad[] = "ok \xC3\x28 \xED\xA0\x80 end \xF0\x9F\x98";
	cr_assert(!utf8_valid(bad, sizeof(bad) - 1));
	utf8_repair(&b, bad, sizeof(bad) - 1);
	cr_assert(utf8_valid(b.data, b.len));
	cr_assert(strstr(b.data, "ok ") == b.data);
	cr_assert(strstr(b.data, " end ") != NULL);
	buf_free(&b);
}

Test(common, json_escapes_controls_and_quotes)
{
	buf b = BUF_INIT;
	buf_init(&b);
	json_writer w;
	json_init(&w, &b);
	json_obj_begin(&w);
	json_kv_str(&w, "a", "x\"y\\z\n\x01");
	json_kv_int(&w, "n", -5);
	json_key(&w, "l");
	json_arr_begin(&w);
	json_str(&w, "p");
	json_null(&w);
	json_arr_end(&w);
	json_obj_end(&w);
	cr_assert_str_eq(b.data, "{\"a\":\"x\\\"y\\\\z\\n\\u0001\",\"n\":-5,\"l\":[\"p\",null]}");
	buf_free(&b);
}

Test(common, sha1_base32_known_vector)
{
	unsigned char d[20];
	char hex[41], b32[41];
	hash_sha1("abc", 3, d);
	hash_hex(d, 20, hex);
	cr_assert_str_eq(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
	hash_base32(d, 20, b32);
	cr_assert_str_eq(b32, "VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
}
