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

#endif
