/*
 * UTF-8 helpers: validation, repair (invalid sequences become U+FFFD) and
 * decoding of single code points. pith's output is always valid UTF-8; these
 * are the gate.
 */
#ifndef PITH_UTF8_H
#define PITH_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"

/* Length of the valid UTF-8 prefix of s (== n when all valid). */
size_t utf8_valid_prefix(const char *s, size_t n);
int utf8_valid(const char *s, size_t n);
/* Append s to out, replacing each invalid sequence by U+FFFD. */
void utf8_repair(buf *out, const char *s, size_t n);
/* Decode one code point at s (n bytes available). Returns the number of
 * bytes consumed (>=1); *cp is 0xFFFD for an invalid sequence. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Append the encoding of cp to out. */
void utf8_encode(buf *out, uint32_t cp);
/* Number of code points in a valid UTF-8 string. */
size_t utf8_length(const char *s, size_t n);

#endif
