/*
 * fetch_internal: helpers shared by the fetch module and the tests, not part of
 * the public API.
 */
#ifndef PITH_FETCH_INTERNAL_H
#define PITH_FETCH_INTERNAL_H

#include <stddef.h>

#include "common/buf.h"

/* Split an absolute http(s) URL into its origin key ("http://host:port",
 * lowercased, userinfo dropped, default port explicit) and the path+query
 * ("/" if empty, fragment dropped) used for robots.txt matching. Either
 * output may be NULL. Returns 0, or -1 if url is not http(s) with a host. */
int fetch_url_origin(const char *url, buf *origin, buf *path);

/* sha1pair.c: SHA-1 of head||body and of body in one pass over body (two
 * lockstep streams with the x86 SHA extensions when hw is non-zero, else
 * OpenSSL twice). sha1pair_hw() tells whether this CPU has them; ask once
 * and keep the answer. head or body may be NULL when their length is 0. */
int sha1pair_hw(void);
void sha1pair(int hw, const void *head, size_t head_len, const void *body, size_t body_len,
	      unsigned char block_out[20], unsigned char payload_out[20]);

#endif
