/*
 * buf: a growable byte buffer, the one string type used across pith (in the
 * spirit of git's strbuf). The data is always NUL-terminated after len bytes
 * so it can be handed to C string functions, but it may also hold NULs.
 *
 * Allocation failure aborts: a cleaner that ran out of memory has no sane way
 * to continue, and threading an error through every append would obscure the
 * code that matters. Everything else reports errors to its caller.
 */
#ifndef PITH_BUF_H
#define PITH_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct buf {
	char *data;   /* NUL-terminated; never NULL after buf_init */
	size_t len;
	size_t cap;
} buf;

#define BUF_INIT { NULL, 0, 0 }

void buf_init(buf *b);
void buf_free(buf *b);
void buf_reset(buf *b);                 /* len = 0, keeps the allocation */
void buf_grow(buf *b, size_t extra);    /* ensure room for extra more bytes */
void buf_append(buf *b, const void *p, size_t n);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(buf *b, const char *fmt, va_list ap);
void buf_truncate(buf *b, size_t len);
char *buf_detach(buf *b, size_t *len);  /* caller frees; b is reset to empty */
/* strip trailing ASCII whitespace */
void buf_rtrim(buf *b);

/* malloc wrappers that abort on failure */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
