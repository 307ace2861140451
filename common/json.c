/*
 * Streaming JSON writer. need_comma[depth] says whether the next value at
 * that level must be preceded by a comma; after_key suppresses it for the
 * value that follows a key.
 */
#include "common/json.h"
#include "common/utf8.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void json_init(json_writer *w, buf *out)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
}

static void json_pre_value(json_writer *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->need_comma[w->depth])
		buf_putc(w->out, ',');
	w->need_comma[w->depth] = 1;
}

static void json_open(json_writer *w, char c)
{
	json_pre_value(w);
	buf_putc(w->out, c);
	if (w->depth < JSON_MAX_DEPTH - 1)
		w->depth++;
	w->need_comma[w->depth] = 0;
}

static void json_close(json_writer *w, char c)
{
	buf_putc(w->out, c);
	if (w->depth > 0)
		w->depth--;
}

void json_obj_begin(json_writer *w) { json_open(w, '{'); }
void json_obj_end(json_writer *w) { json_close(w, '}'); }
void json_arr_begin(json_writer *w) { json_open(w, '['); }
void json_arr_end(json_writer *w) { json_close(w, ']'); }

void json_key(json_writer *w, const char *key)
{
	json_pre_value(w);
	json_escape(w->out, key, strlen(key));
	buf_putc(w->out, ':');
	w->after_key = 1;
}

void json_escape(buf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	buf_grow(out, n + 2);
	buf_putc(out, '"');
	size_t i = 0;
	while (i < n) {
		size_t start = i;
		while (i < n) {
			unsigned char c = (unsigned char)s[i];
			if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
				break;
			i++;
		}
		buf_append(out, s + start, i - start);
		if (i >= n)
			break;
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			uint32_t cp;
			size_t k = utf8_decode(s + i, n - i, &cp);
			if (cp == 0xFFFD && k == 1) {
				buf_append(out, "\xEF\xBF\xBD", 3);
			} else if (cp == 0x2028 || cp == 0x2029) {
				/* valid JSON, but breaks JavaScript consumers */
				buf_printf(out, "\\u%04x", (unsigned)cp);
			} else {
				buf_append(out, s + i, k);
			}
			i += k;
			continue;
		}
		switch (c) {
		case '"': buf_puts(out, "\\\""); break;
		case '\\': buf_puts(out, "\\\\"); break;
		case '\n': buf_puts(out, "\\n"); break;
		case '\r': buf_puts(out, "\\r"); break;
		case '\t': buf_puts(out, "\\t"); break;
		case '\b': buf_puts(out, "\\b"); break;
		case '\f': buf_puts(out, "\\f"); break;
		default: {
			char u[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
			buf_puts(out, u);
		}
		}
		i++;
	}
	buf_putc(out, '"');
}

void json_strn(json_writer *w, const char *s, size_t n)
{
	json_pre_value(w);
	json_escape(w->out, s, n);
}

void json_str(json_writer *w, const char *s)
{
	if (!s) {
		json_null(w);
		return;
	}
	json_strn(w, s, strlen(s));
}

void json_int(json_writer *w, long long v)
{
	json_pre_value(w);
	buf_printf(w->out, "%lld", v);
}

void json_uint(json_writer *w, unsigned long long v)
{
	json_pre_value(w);
	buf_printf(w->out, "%llu", v);
}

void json_double(json_writer *w, double v)
{
	json_pre_value(w);
	if (!isfinite(v))
		buf_puts(w->out, "null");
	else
		buf_printf(w->out, "%.6g", v);
}

void json_bool(json_writer *w, int v)
{
	json_pre_value(w);
	buf_puts(w->out, v ? "true" : "false");
}

void json_null(json_writer *w)
{
	json_pre_value(w);
	buf_puts(w->out, "null");
}

void json_raw(json_writer *w, const char *s, size_t n)
{
	json_pre_value(w);
	buf_append(w->out, s, n);
}

void json_kv_str(json_writer *w, const char *key, const char *s)
{
	json_key(w, key);
	json_str(w, s);
}

void json_kv_int(json_writer *w, const char *key, long long v)
{
	json_key(w, key);
	json_int(w, v);
}
