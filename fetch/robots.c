/*
 * robots.txt per RFC 9309.
 *
 * The file is parsed once per host into only what matters for *this*
 * crawler: every group whose user-agent line names our product token is
 * merged into one rule list (§2.2.1: "the matching groups' rules MUST be
 * combined"); if none names us, every "*" group is merged instead. Rules of
 * other crawlers are dropped while parsing, so lookup cost depends only on
 * our own rules.
 *
 * Matching is longest-match over the normalised pattern octets (§2.2.2),
 * Allow winning a tie. Patterns support "*" (any run of octets) and a
 * trailing "$" (end of path). The matcher is the classic greedy wildcard
 * walk with one backtrack point, O(n*m) worst case and linear in practice,
 * never recursive, so hostile patterns cannot blow the stack.
 *
 * Percent-encoding is normalised on both sides before comparing: escapes of
 * unreserved characters are decoded, other escapes upper-cased, raw octets
 * >= 0x80 (and controls/space) encoded, so "/%7Efoo", "/~foo" match each
 * other and UTF-8 paths match their encoded form.
 */
#include "fetch/robots.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/buf.h"

typedef struct rule {
	char *pat;      /* normalised pattern, without a trailing '$' */
	size_t len;     /* strlen(pat) */
	size_t prio;    /* octets of the original pattern incl. '$' (match length) */
	int anchored;   /* pattern ended in '$' */
	int allow;
} rule;

struct robots {
	rule *rules;
	size_t n, cap;
	double crawl_delay;   /* -1: none */
	int disallow_all;
};

static robots *robots_new(void)
{
	robots *r = xcalloc(1, sizeof(*r));
	r->crawl_delay = -1;
	return r;
}

robots *robots_allow_all(void)
{
	return robots_new();
}

robots *robots_disallow_all(void)
{
	robots *r = robots_new();
	r->disallow_all = 1;
	return r;
}

void robots_free(robots *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++)
		free(r->rules[i].pat);
	free(r->rules);
	free(r);
}

static int is_unreserved(int c)
{
	return isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

void robots_normalize_path(buf *out, const char *p, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '%' && i + 2 < n &&
		    hexval(p[i + 1]) >= 0 && hexval(p[i + 2]) >= 0) {
			int v = hexval(p[i + 1]) * 16 + hexval(p[i + 2]);
			if (is_unreserved(v)) {
				buf_putc(out, (char)v);
			} else {
				buf_putc(out, '%');
				buf_putc(out, hex[v >> 4]);
				buf_putc(out, hex[v & 15]);
			}
			i += 2;
		} else if (c >= 0x80 || c <= 0x20 || c == 0x7f) {
			buf_putc(out, '%');
			buf_putc(out, hex[c >> 4]);
			buf_putc(out, hex[c & 15]);
		} else {
			buf_putc(out, (char)c);
		}
	}
}

static void add_rule(robots *r, int allow, const char *v, size_t n)
{
	int anchored = 0;
	size_t prio = n;
	if (n && v[n - 1] == '$') {
		anchored = 1;
		n--;
	}
	buf b = BUF_INIT;
	buf_init(&b);
	robots_normalize_path(&b, v, n);
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->rules = xrealloc(r->rules, r->cap * sizeof(*r->rules));
	}
	rule *ru = &r->rules[r->n++];
	ru->len = b.len;
	ru->pat = buf_detach(&b, NULL);
	ru->prio = prio;
	ru->anchored = anchored;
	ru->allow = allow;
}

/* Length of the product token at the start of s: RFC 9309 §2.2.1 allows
 * only [a-zA-Z_-] in it. */
static size_t token_len(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (isalpha((unsigned char)s[i]) || s[i] == '_' || s[i] == '-'))
		i++;
	return i;
}

enum { K_NONE, K_UA, K_ALLOW, K_DISALLOW, K_DELAY, K_OTHER };

static int key_kind(const char *k, size_t n)
{
	/* accept the common spellings crawlers in the wild tolerate */
	static const struct { const char *s; int k; } keys[] = {
		{ "user-agent", K_UA }, { "useragent", K_UA }, { "user agent", K_UA },
		{ "allow", K_ALLOW },
		{ "disallow", K_DISALLOW }, { "dissallow", K_DISALLOW },
		{ "dissalow", K_DISALLOW }, { "disalow", K_DISALLOW },
		{ "crawl-delay", K_DELAY }, { "crawldelay", K_DELAY },
	};
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strlen(keys[i].s) == n && !strncasecmp(keys[i].s, k, n))
			return keys[i].k;
	return K_OTHER;
}

/*
 * Two passes over the groups in one walk: rules of groups naming us go to
 * `mine`, rules of "*" groups to `star`; at the end `mine` wins if any group
 * named us, even if that group had no rules (an empty group means "allow
 * everything" for that crawler, not "fall back to *").
 */
robots *robots_parse(const char *txt, size_t len, const char *agent)
{
	robots *mine = robots_new(), *star = robots_new();
	int mine_seen = 0, star_seen = 0;
	size_t alen = agent ? token_len(agent, strlen(agent)) : 0;

	if (len > ROBOTS_MAX_BYTES)
		len = ROBOTS_MAX_BYTES;
	size_t i = 0;
	if (len >= 3 && !memcmp(txt, "\xEF\xBB\xBF", 3))
		i = 3;

	/* state of the current group */
	int in_rules = 0;       /* seen a rule line since the last user-agent */
	int grp_mine = 0, grp_star = 0;

	while (i < len) {
		size_t s = i;
		while (i < len && txt[i] != '\n' && txt[i] != '\r')
			i++;
		size_t e = i;
		if (i < len && txt[i] == '\r')
			i++;
		if (i < len && txt[i] == '\n')
			i++;
		/* strip comment */
		const char *hash = memchr(txt + s, '#', e - s);
		if (hash)
			e = (size_t)(hash - txt);
		const char *colon = memchr(txt + s, ':', e - s);
		if (!colon)
			continue;
		size_t ks = s, ke = (size_t)(colon - txt);
		while (ks < ke && isspace((unsigned char)txt[ks]))
			ks++;
		while (ke > ks && isspace((unsigned char)txt[ke - 1]))
			ke--;
		size_t vs = (size_t)(colon - txt) + 1, ve = e;
		while (vs < ve && isspace((unsigned char)txt[vs]))
			vs++;
		while (ve > vs && isspace((unsigned char)txt[ve - 1]))
			ve--;
		const char *v = txt + vs;
		size_t vn = ve - vs;

		switch (key_kind(txt + ks, ke - ks)) {
		case K_UA: {
			if (in_rules) {   /* a user-agent after rules opens a new group */
				in_rules = 0;
				grp_mine = grp_star = 0;
			}
			size_t tl = token_len(v, vn);
			if (vn >= 1 && v[0] == '*') {
				grp_star = 1;
				star_seen = 1;
			} else if (alen && tl == alen && !strncasecmp(v, agent, alen)) {
				grp_mine = 1;
				mine_seen = 1;
			}
			break;
		}
		case K_ALLOW:
		case K_DISALLOW: {
			int allow = key_kind(txt + ks, ke - ks) == K_ALLOW;
			in_rules = 1;
			/* An empty Disallow allows everything: it matches nothing. An
			 * empty Allow likewise has no effect. */
			if (!vn)
				break;
			if (grp_mine)
				add_rule(mine, allow, v, vn);
			if (grp_star)
				add_rule(star, allow, v, vn);
			break;
		}
		case K_DELAY: {
			in_rules = 1;
			char tmp[32];
			size_t n = vn < sizeof(tmp) - 1 ? vn : sizeof(tmp) - 1;
			memcpy(tmp, v, n);
			tmp[n] = 0;
			char *end;
			double d = strtod(tmp, &end);
			if (end == tmp || d < 0 || d != d)
				break;
			if (d > 86400)
				d = 86400;
			if (grp_mine && d > mine->crawl_delay)
				mine->crawl_delay = d;
			if (grp_star && d > star->crawl_delay)
				star->crawl_delay = d;
			break;
		}
		default:
			/* Sitemap and unknown keys neither start nor end a group. */
			break;
		}
	}
	(void)star_seen;
	if (mine_seen) {
		robots_free(star);
		return mine;
	}
	robots_free(mine);
	return star;
}

/* Does pattern p (len pn, '*' wildcards) match a prefix of s (or all of s
 * when anchored)? Returns the matched length or -1. Greedy with a single
 * backtrack point: on mismatch resume after the last '*' one octet later. */
static int wild_match(const char *p, size_t pn, const char *s, size_t sn, int anchored)
{
	size_t pi = 0, si = 0;
	size_t star_p = (size_t)-1, star_s = 0;
	while (1) {
		if (pi == pn) {
			if (!anchored || si == sn)
				return 1;
			/* anchored but text remains: let the last '*' eat more */
		} else if (p[pi] == '*') {
			star_p = ++pi;
			star_s = si;
			continue;
		} else if (si < sn && p[pi] == s[si]) {
			pi++;
			si++;
			continue;
		}
		if (star_p == (size_t)-1 || star_s >= sn)
			return 0;
		pi = star_p;
		si = ++star_s;
	}
}

int robots_allowed(const robots *r, const char *path)
{
	if (!path || !*path)
		path = "/";
	/* §2.2.2: /robots.txt is implicitly allowed */
	if (!strcmp(path, "/robots.txt"))
		return 1;
	if (r->disallow_all)
		return 0;
	if (!r->n)
		return 1;
	buf np = BUF_INIT;
	buf_init(&np);
	robots_normalize_path(&np, path, strlen(path));
	int best_allow = 1;
	size_t best = 0;
	int found = 0;
	for (size_t i = 0; i < r->n; i++) {
		const rule *ru = &r->rules[i];
		if (found && ru->prio < best)
			continue;
		if (!wild_match(ru->pat, ru->len, np.data, np.len, ru->anchored))
			continue;
		if (!found || ru->prio > best || (ru->prio == best && ru->allow)) {
			best = ru->prio;
			best_allow = ru->allow;
			found = 1;
		}
	}
	buf_free(&np);
	return best_allow;
}

double robots_crawl_delay(const robots *r)
{
	return r->crawl_delay;
}

size_t robots_rule_count(const robots *r)
{
	return r->n;
}

int robots_is_disallow_all(const robots *r)
{
	return r->disallow_all;
}
