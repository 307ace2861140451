/* robots.txt (RFC 9309) parsing and matching. Cases follow the RFC's own
 * examples plus the corner cases that differ between real-world parsers. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "fetch/robots.h"

static robots *P(const char *txt, const char *agent)
{
	return robots_parse(txt, strlen(txt), agent);
}

Test(robots, empty_file_allows_everything)
{
	robots *r = P("", "pith");
	cr_assert(robots_allowed(r, "/"));
	cr_assert(robots_allowed(r, "/any/thing?x=1"));
	cr_assert_eq(robots_crawl_delay(r), -1);
	robots_free(r);
}

Test(robots, star_group_disallow_prefix)
{
	robots *r = P("User-agent: *\nDisallow: /private\n", "pith");
	cr_assert(!robots_allowed(r, "/private"));
	cr_assert(!robots_allowed(r, "/private/x.html"));
	cr_assert(!robots_allowed(r, "/privateer"));
	cr_assert(robots_allowed(r, "/public"));
	cr_assert(robots_allowed(r, "/"));
	robots_free(r);
}

Test(robots, own_group_wins_over_star)
{
	const char *t =
		"User-agent: *\n"
		"Disallow: /\n"
		"\n"
		"User-agent: pith\n"
		"Disallow: /no\n";
	robots *r = P(t, "pith/0.1.0");
	cr_assert(robots_allowed(r, "/yes"));
	cr_assert(!robots_allowed(r, "/no/x"));
	robots_free(r);
	/* some other crawler falls back to * */
	r = P(t, "otherbot");
	cr_assert(!robots_allowed(r, "/yes"));
	robots_free(r);
}

Test(robots, agent_match_is_case_insensitive)
{
	robots *r = P("User-Agent: PiTh\nDisallow: /a\n", "pith");
	cr_assert(!robots_allowed(r, "/a"));
	robots_free(r);
	r = P("user-agent: pith\ndisallow: /a\n", "PITH");
	cr_assert(!robots_allowed(r, "/a"));
	robots_free(r);
}

Test(robots, agent_product_token_not_substring)
{
	/* "pithy" is a different crawler, and we do not match on substrings */
	robots *r = P("User-agent: pithy\nDisallow: /\n", "pith");
	cr_assert(robots_allowed(r, "/x"));
	robots_free(r);
	/* the line's token is cut at the first non-token char */
	r = P("User-agent: pith/2.0\nDisallow: /\n", "pith");
	cr_assert(!robots_allowed(r, "/x"));
	robots_free(r);
}

Test(robots, groups_for_same_agent_are_merged)
{
	const char *t =
		"User-agent: pith\nDisallow: /a\n"
		"User-agent: other\nDisallow: /b\n"
		"User-agent: pith\nDisallow: /c\n";
	robots *r = P(t, "pith");
	cr_assert(!robots_allowed(r, "/a"));
	cr_assert(robots_allowed(r, "/b"));
	cr_assert(!robots_allowed(r, "/c"));
	cr_assert_eq(robots_rule_count(r), 2);
	robots_free(r);
}

Test(robots, star_groups_are_merged)
{
	robots *r = P("User-agent: *\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n", "pith");
	cr_assert(!robots_allowed(r, "/a"));
	cr_assert(!robots_allowed(r, "/b"));
	robots_free(r);
}

Test(robots, multiple_agents_share_a_group)
{
	const char *t = "User-agent: a\nUser-agent: pith\nUser-agent: b\nDisallow: /x\n";
	robots *r = P(t, "pith");
	cr_assert(!robots_allowed(r, "/x"));
	robots_free(r);
	r = P(t, "c");
	cr_assert(robots_allowed(r, "/x"));
	robots_free(r);
}

Test(robots, empty_own_group_allows_even_if_star_disallows)
{
	robots *r = P("User-agent: *\nDisallow: /\nUser-agent: pith\nAllow:\n", "pith");
	cr_assert(robots_allowed(r, "/page"));
	robots_free(r);
}

Test(robots, longest_match_wins)
{
	const char *t =
		"User-agent: *\n"
		"Disallow: /shop\n"
		"Allow: /shop/public\n"
		"Disallow: /shop/public/secret\n";
	robots *r = P(t, "pith");
	cr_assert(!robots_allowed(r, "/shop/cart"));
	cr_assert(robots_allowed(r, "/shop/public/item"));
	cr_assert(!robots_allowed(r, "/shop/public/secret/1"));
	robots_free(r);
}

Test(robots, allow_wins_ties)
{
	robots *r = P("User-agent: *\nDisallow: /page\nAllow: /page\n", "pith");
	cr_assert(robots_allowed(r, "/page"));
	robots_free(r);
	r = P("User-agent: *\nAllow: /pa*\nDisallow: /p*e\n", "pith");
	/* both 4 octets long and both match "/page": allow wins */
	cr_assert(robots_allowed(r, "/page"));
	robots_free(r);
}

Test(robots, empty_disallow_matches_nothing)
{
	robots *r = P("User-agent: *\nDisallow:\n", "pith");
	cr_assert(robots_allowed(r, "/anything"));
	robots_free(r);
}

Test(robots, wildcard_star)
{
	robots *r = P("User-agent: *\nDisallow: /*.php\nDisallow: /a*b*c\n", "pith");
	cr_assert(!robots_allowed(r, "/index.php"));
	cr_assert(!robots_allowed(r, "/dir/x.php?q=1"));
	cr_assert(!robots_allowed(r, "/x.phpx"));   /* prefix semantics */
	cr_assert(robots_allowed(r, "/index.html"));
	cr_assert(!robots_allowed(r, "/a-b-c"));
	cr_assert(!robots_allowed(r, "/abbbbc/d"));
	cr_assert(robots_allowed(r, "/acb"));
	robots_free(r);
}

Test(robots, dollar_anchors_end)
{
	robots *r = P("User-agent: *\nDisallow: /*.gif$\nDisallow: /exact$\n", "pith");
	cr_assert(!robots_allowed(r, "/img/a.gif"));
	cr_assert(robots_allowed(r, "/img/a.gif?x"));
	cr_assert(robots_allowed(r, "/img/a.gifs"));
	cr_assert(!robots_allowed(r, "/a.gif.gif"));
	cr_assert(!robots_allowed(r, "/exact"));
	cr_assert(robots_allowed(r, "/exact/"));
	cr_assert(robots_allowed(r, "/exactly"));
	robots_free(r);
}

Test(robots, dollar_in_middle_is_literal)
{
	robots *r = P("User-agent: *\nDisallow: /a$b\n", "pith");
	cr_assert(!robots_allowed(r, "/a$b/c"));
	cr_assert(robots_allowed(r, "/a"));
	robots_free(r);
}

Test(robots, root_disallow_and_allow_root_only)
{
	robots *r = P("User-agent: *\nDisallow: /\nAllow: /$\n", "pith");
	cr_assert(robots_allowed(r, "/"));
	cr_assert(robots_allowed(r, ""));
	cr_assert(!robots_allowed(r, "/page"));
	robots_free(r);
}

Test(robots, robots_txt_itself_always_allowed)
{
	robots *r = P("User-agent: *\nDisallow: /\n", "pith");
	cr_assert(robots_allowed(r, "/robots.txt"));
	robots_free(r);
	r = robots_disallow_all();
	cr_assert(robots_allowed(r, "/robots.txt"));
	cr_assert(!robots_allowed(r, "/"));
	cr_assert(robots_is_disallow_all(r));
	robots_free(r);
	r = robots_allow_all();
	cr_assert(robots_allowed(r, "/x"));
	robots_free(r);
}

Test(robots, percent_encoding_normalised)
{
	robots *r = P("User-agent: *\nDisallow: /%7Ejoe\nDisallow: /caf%c3%a9\n"
	              "Disallow: /a%2fb\nDisallow: /sp ace\n", "pith");
	cr_assert(!robots_allowed(r, "/~joe/index.html"));
	cr_assert(!robots_allowed(r, "/%7ejoe"));
	cr_assert(!robots_allowed(r, "/caf\xC3\xA9"));     /* raw UTF-8 in path */
	cr_assert(!robots_allowed(r, "/caf%C3%A9/x"));
	cr_assert(!robots_allowed(r, "/a%2Fb"));
	/* %2F is reserved: it must not be decoded to a real '/' */
	cr_assert(robots_allowed(r, "/a/b"));
	cr_assert(!robots_allowed(r, "/sp%20ace"));
	robots_free(r);
	r = P("User-agent: *\nDisallow: /~bob\n", "pith");
	cr_assert(!robots_allowed(r, "/%7Ebob"));
	robots_free(r);
}

Test(robots, normalize_path_function)
{
	buf b = BUF_INIT;
	buf_init(&b);
	robots_normalize_path(&b, "/%41%2f%e2\xe2 z%", 14);
	cr_assert_str_eq(b.data, "/A%2F%E2%E2%20z%");
	buf_free(&b);
}

Test(robots, query_string_is_matched)
{
	robots *r = P("User-agent: *\nDisallow: /*?sessionid=\n", "pith");
	cr_assert(!robots_allowed(r, "/page?sessionid=1"));
	cr_assert(robots_allowed(r, "/page?a=1&sessionid=1"));
	cr_assert(robots_allowed(r, "/page?a=1"));
	robots_free(r);
}

Test(robots, comments_whitespace_crlf_and_case)
{
	const char *t =
		"\xEF\xBB\xBF# comment line\r\n"
		"  USER-AGENT :  *   # trailing comment\r\n"
		"DISALLOW:/tmp# no space\r\n"
		"\r\n"
		"allow : /tmp/ok\r";
	robots *r = P(t, "pith");
	cr_assert(!robots_allowed(r, "/tmp/x"));
	cr_assert(robots_allowed(r, "/tmp/ok/y"));
	cr_assert(robots_allowed(r, "/var"));
	robots_free(r);
}

Test(robots, rules_before_any_user_agent_ignored)
{
	robots *r = P("Disallow: /\nUser-agent: *\nDisallow: /x\n", "pith");
	cr_assert(robots_allowed(r, "/y"));
	cr_assert(!robots_allowed(r, "/x"));
	robots_free(r);
}

Test(robots, sitemap_does_not_split_group)
{
	robots *r = P("User-agent: *\nSitemap: http://x/s.xml\nDisallow: /x\n", "pith");
	cr_assert(!robots_allowed(r, "/x"));
	robots_free(r);
}

Test(robots, misspellings_tolerated)
{
	robots *r = P("useragent: *\ndissallow: /x\n", "pith");
	cr_assert(!robots_allowed(r, "/x"));
	robots_free(r);
}

Test(robots, garbage_lines_ignored)
{
	robots *r = P("<html><body>Not found</body></html>\nfoo bar\n:::\n", "pith");
	cr_assert(robots_allowed(r, "/x"));
	cr_assert_eq(robots_rule_count(r), 0);
	robots_free(r);
}

Test(robots, crawl_delay)
{
	robots *r = P("User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n", "pith");
	cr_assert_float_eq(robots_crawl_delay(r), 2.5, 1e-9);
	robots_free(r);
	r = P("User-agent: pith\nCrawl-delay: 3\nUser-agent: *\nCrawl-delay: 10\n", "pith");
	cr_assert_float_eq(robots_crawl_delay(r), 3.0, 1e-9);
	robots_free(r);
	r = P("User-agent: *\nCrawl-delay: soon\n", "pith");
	cr_assert_eq(robots_crawl_delay(r), -1);
	robots_free(r);
}

Test(robots, only_first_500_kib_parsed)
{
	buf b = BUF_INIT;
	buf_init(&b);
	buf_puts(&b, "User-agent: *\nDisallow: /early\n");
	while (b.len < ROBOTS_MAX_BYTES + 10)
		buf_puts(&b, "# padding padding padding padding padding padding\n");
	buf_puts(&b, "Disallow: /late\n");
	robots *r = robots_parse(b.data, b.len, "pith");
	cr_assert(!robots_allowed(r, "/early"));
	cr_assert(robots_allowed(r, "/late"));
	robots_free(r);
	buf_free(&b);
}

Test(robots, pathological_wildcards_are_fast)
{
	buf b = BUF_INIT;
	buf_init(&b);
	buf_puts(&b, "User-agent: *\nDisallow: /");
	for (int i = 0; i < 200; i++)
		buf_puts(&b, "*a");
	buf_puts(&b, "b\n");
	robots *r = robots_parse(b.data, b.len, "pith");
	char path[4002];
	path[0] = '/';
	memset(path + 1, 'a', 4000);
	path[4001] = 0;
	cr_assert(robots_allowed(r, path));
	robots_free(r);
	buf_free(&b);
}
