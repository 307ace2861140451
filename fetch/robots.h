/*
 * robots: robots.txt per RFC 9309 (the Robots Exclusion Protocol).
 *
 * robots_parse() compiles the group that applies to one crawler (by its
 * product token, e.g. "pith") into a flat list of Allow/Disallow patterns;
 * robots_allowed() then answers for a URL path (path + "?" + query) with the
 * longest-match rule, Allow winning ties. A parsed object is immutable and
 * may be shared by threads.
 */
#ifndef PITH_ROBOTS_H
#define PITH_ROBOTS_H

#include <stddef.h>

/* RFC 9309 §2.5: crawlers must parse at least 500 KiB; we parse exactly
 * that much and ignore the rest. */
#define ROBOTS_MAX_BYTES (500 * 1024)

typedef struct robots robots;

/* Parse robots.txt text for the crawler whose product token is `agent`
 * (case-insensitive; only the leading [A-Za-z_-] run of it is used, so
 * "pith/0.1" works too). Never fails: garbage lines are ignored. */
robots *robots_parse(const char *txt, size_t len, const char *agent);
/* The policies for "no robots.txt" (4xx) and "unreachable" (5xx, network
 * errors): allow everything / disallow everything except /robots.txt. */
robots *robots_allow_all(void);
robots *robots_disallow_all(void);
void robots_free(robots *r);

/* 1 if the crawler may fetch path (URL path plus optional "?query", as it
 * appears in the request line; "" is treated as "/"), else 0. */
int robots_allowed(const robots *r, const char *path);
/* Crawl-delay of the matched group in seconds, or -1 when absent. */
double robots_crawl_delay(const robots *r);
/* Number of rules in the matched group (for tests and diagnostics). */
size_t robots_rule_count(const robots *r);
/* 1 when this object is the disallow-all policy (unreachable robots.txt). */
int robots_is_disallow_all(const robots *r);

/* Normalise a path or pattern's percent-encoding as RFC 9309 §2.2.2 asks:
 * %XX of unreserved characters decoded, other escapes upper-cased, octets
 * outside printable ASCII (and space) encoded. Appends to out (a buf). */
struct buf;
void robots_normalize_path(struct buf *out, const char *p, size_t n);

#endif
