/*
 * fileio: reading whole inputs into memory. Gzip is recognised by its magic
 * bytes (not the file name), multi-member streams are read to the end, and a
 * truncated or corrupt stream is an error, never a silent short read.
 */
#ifndef PITH_FILEIO_H
#define PITH_FILEIO_H

#include <stddef.h>
#include <stdio.h>

#include "common/buf.h"

/* Read all of path ("-" = stdin) into out, gunzipping if it is gzip.
 * max_bytes (0 = unlimited) bounds the decompressed size.
 * Returns 0, or -1 with a message in err. */
int file_read_all(const char *path, buf *out, size_t max_bytes, char *err, size_t errlen);
int stream_read_all(FILE *f, buf *out, char *err, size_t errlen);
/* Gunzip in-memory data (all members). */
int gunzip_buf(const char *in, size_t n, buf *out, size_t max_bytes, char *err, size_t errlen);
int is_gzip(const char *p, size_t n);

#endif
