/*
 * extract.c: main-content extraction.
 *
 * The Gumbo tree is flattened once, in document order, into an array of
 * xnodes (elements and text). A subtree is then the index range [i, end[i]),
 * so every bottom-up sum is one reverse pass and every top-down decision one
 * forward pass; nothing recurses, however deep the page nests.
 *
 *  1. flatten: skip what is never article (script, style, forms controls,
 *     hidden elements...), note each element's class/id evidence;
 *  2. prune: elements whose class/id/role words name boilerplate (cookie,
 *     newsletter, related, share, comments, ...) are dropped, unless they hold
 *     most of the page's paragraph text (a wrapper with an unlucky class);
 *  3. score: Readability-style: each paragraph-like block gives points for
 *     its length and commas to its ancestors; the best ancestor, discounted
 *     by link density, is the content root, and siblings that look like
 *     article text join it;
 *  4. serialise the chosen subtrees block by block, dropping blocks that are
 *     link lists, boilerplate phrases, captions or repeats.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clean/internal.h"
#include "clean/lexicon.h"
#include "common/utf8.h"

/* -DPITH_EXTRACT_DEBUG traces pruning and candidate choice on stderr (for
 * development drivers only; the library never prints otherwise). */
#ifdef PITH_EXTRACT_DEBUG
#define DBG(...) fprintf(stderr, __VA_ARGS__)
#else
#define DBG(...) ((void)0)
#endif

enum {
	XF_JUNK = 1 << 0,      /* class/id/role names boilerplate */
	XF_POSITIVE = 1 << 1,  /* class/id names article content */
	XF_PRUNED = 1 << 2,    /* removed (with its subtree) */
	XF_LINK = 1 << 3,      /* inside <a href> */
	XF_CAPTION = 1 << 4,   /* caption / credit */
	XF_ARTBODY = 1 << 5,   /* itemprop=articleBody or similar strong hint */
	XF_TEXT = 1 << 6,      /* text node */
	XF_NEGATIVE = 1 << 7,  /* weak negative evidence (scoring only) */
	XF_COMMENTS = 1 << 8,  /* comment section (kept with --keep-comments) */
	XF_HARDJUNK = 1 << 9,  /* junk that no guard saves (cookie, consent...) */
};

typedef struct xnode {
	GumboNode *g;
	int parent;
	int end;          /* subtree is [self, end) */
	int tag;          /* GumboTag, or -1 for text */
	unsigned flags;
	int text;         /* non-space bytes in subtree */
	int link;         /* of which inside links */
	int ptext;        /* text of paragraph-like blocks in subtree */
	int commas;
	int direct;       /* non-space bytes of direct text children */
	float score;
	int scored;
} xnode;

typedef struct xtree {
	xnode *n;
	int len, cap;
	int body;
} xtree;

/* ---------- class/id word evidence ---------- */

typedef struct word_rule {
	const char *word;
	unsigned flags;
} word_rule;

/* sorted for bsearch */
static const word_rule word_rules[] = {
	{ "abonnement", XF_JUNK },
	{ "account", XF_JUNK },
	{ "ad", XF_JUNK },
	{ "addthis", XF_JUNK },
	{ "ads", XF_JUNK },
	{ "adslot", XF_JUNK },
	{ "adunit", XF_JUNK },
	{ "adv", XF_JUNK },
	{ "advert", XF_JUNK },
	{ "advertisement", XF_JUNK },
	{ "advertising", XF_JUNK },
	{ "alert", XF_JUNK },
	{ "article", XF_POSITIVE },
	{ "articlebody", XF_POSITIVE },
	{ "assinante", XF_JUNK },
	{ "assinatura", XF_JUNK },
	{ "author", XF_JUNK },
	{ "banner", XF_JUNK },
	{ "barreira", XF_JUNK },
	{ "bildtext", XF_CAPTION },
	{ "bildunterschrift", XF_CAPTION },
	{ "bio", XF_JUNK },
	{ "blog", XF_POSITIVE },
	{ "body", XF_POSITIVE },
	{ "boletin", XF_JUNK },
	{ "breadcrumb", XF_JUNK },
	{ "breadcrumbs", XF_JUNK },
	{ "byline", XF_JUNK },
	{ "bylines", XF_JUNK },
	{ "caption", XF_CAPTION },
	{ "captions", XF_CAPTION },
	{ "carousel", XF_JUNK },
	{ "cmt", XF_COMMENTS },
	{ "cmts", XF_COMMENTS },
	{ "combx", XF_NEGATIVE },
	{ "comentario", XF_COMMENTS },
	{ "comentarios", XF_COMMENTS },
	{ "comment", XF_COMMENTS },
	{ "commentaire", XF_COMMENTS },
	{ "commentaires", XF_COMMENTS },
	{ "commentary", 0 },
	{ "commenti", XF_COMMENTS },
	{ "comments", XF_COMMENTS },
	{ "consent", XF_JUNK | XF_HARDJUNK },
	{ "content", XF_POSITIVE },
	{ "contributor", XF_JUNK },
	{ "cookie", XF_JUNK | XF_HARDJUNK },
	{ "cookies", XF_JUNK | XF_HARDJUNK },
	{ "correlati", XF_JUNK },
	{ "credit", XF_CAPTION },
	{ "credits", XF_CAPTION },
	{ "cta", XF_JUNK },
	{ "dateline", 0 },
	{ "dfp", XF_JUNK },
	{ "didascalia", XF_CAPTION },
	{ "disqus", XF_COMMENTS },
	{ "donate", XF_JUNK },
	{ "dropdown", XF_JUNK },
	{ "editsection", XF_JUNK },
	{ "entry", XF_POSITIVE },
	{ "footer", XF_JUNK },
	{ "footnote", XF_NEGATIVE },
	{ "gdpr", XF_JUNK | XF_HARDJUNK },
	{ "hidden", XF_JUNK },
	{ "hide", XF_JUNK },
	{ "hirlevel", XF_JUNK },
	{ "hozzaszolasok", XF_COMMENTS },
	{ "infobox", XF_JUNK },
	{ "komentar", XF_COMMENTS },
	{ "komentare", XF_COMMENTS },
	{ "komentari", XF_COMMENTS },
	{ "komentarze", XF_COMMENTS },
	{ "kommentar", XF_COMMENTS },
	{ "kommentare", XF_COMMENTS },
	{ "kommentarer", XF_COMMENTS },
	{ "kommentit", XF_COMMENTS },
	{ "kommentti", XF_COMMENTS },
	{ "latestnews", XF_JUNK },
	{ "legenda", XF_CAPTION },
	{ "legende", XF_CAPTION },
	{ "login", XF_JUNK },
	{ "main", XF_POSITIVE },
	{ "masthead", XF_JUNK },
	{ "menu", XF_JUNK },
	{ "modal", XF_JUNK },
	{ "morenews", XF_JUNK },
	{ "morestories", XF_JUNK },
	{ "mostpopular", XF_JUNK },
	{ "mostread", XF_JUNK },
	{ "mostviewed", XF_JUNK },
	{ "nav", XF_JUNK },
	{ "navbar", XF_JUNK },
	{ "navigation", XF_JUNK },
	{ "newsletter", XF_JUNK },
	{ "newsletters", XF_JUNK },
	{ "nieuwsbrief", XF_JUNK },
	{ "nyhetsbrev", XF_JUNK },
	{ "offscreen", XF_JUNK },
	{ "onderschrift", XF_CAPTION },
	{ "outbrain", XF_JUNK },
	{ "pagination", XF_JUNK },
	{ "paywallprompt", XF_JUNK },
	{ "popular", XF_JUNK },
	{ "popup", XF_JUNK },
	{ "post", XF_POSITIVE },
	{ "promo", XF_JUNK },
	{ "promos", XF_JUNK },
	{ "promotion", XF_JUNK },
	{ "prose", XF_POSITIVE },
	{ "rail", XF_JUNK },
	{ "reacties", XF_COMMENTS },
	{ "reaction", XF_COMMENTS },
	{ "reactions", XF_COMMENTS },
	{ "readmore", XF_JUNK },
	{ "recirc", XF_JUNK },
	{ "recirculation", XF_JUNK },
	{ "recommend", XF_JUNK },
	{ "recommendations", XF_JUNK },
	{ "recommended", XF_JUNK },
	{ "references", XF_JUNK },
	{ "reflist", XF_JUNK },
	{ "relacionadas", XF_JUNK },
	{ "relacionados", XF_JUNK },
	{ "related", XF_JUNK },
	{ "richtext", XF_POSITIVE },
	{ "share", XF_JUNK },
	{ "sharebar", XF_JUNK },
	{ "shareholder", 0 },
	{ "shareholders", 0 },
	{ "sharing", XF_JUNK },
	{ "shopping", XF_NEGATIVE },
	{ "sidebar", XF_JUNK },
	{ "signup", XF_JUNK },
	{ "similaires", XF_JUNK },
	{ "skip", XF_JUNK },
	{ "social", XF_JUNK },
	{ "sponsor", XF_JUNK },
	{ "sponsored", XF_JUNK },
	{ "sr", XF_JUNK },
	{ "story", XF_POSITIVE },
	{ "subscribe", XF_JUNK },
	{ "subscription", XF_JUNK },
	{ "suscripcion", XF_JUNK },
	{ "taboola", XF_JUNK },
	{ "tag", XF_JUNK },
	{ "tags", XF_JUNK },
	{ "teaser", XF_NEGATIVE },
	{ "text", XF_POSITIVE },
	{ "toc", XF_JUNK },
	{ "toolbar", XF_JUNK },
	{ "tools", XF_JUNK },
	{ "topstories", XF_JUNK },
	{ "trending", XF_JUNK },
	{ "upsell", XF_JUNK },
	{ "uutiskirje", XF_JUNK },
	{ "visually", XF_JUNK },
	{ "widget", XF_NEGATIVE },   /* page builders wrap article text in widgets too */
	{ "yorum", XF_COMMENTS },
	{ "yorumlar", XF_COMMENTS },
};

/* word pairs where the first word is not what it seems ("share price") */
static const char *const false_friend_next[][2] = {
	{ "share", "price" },
	{ "share", "prices" },
	{ "tag", "line" },
	{ "ad", "hoc" },
	{ "hidden", "xs" },
	{ "hidden", "sm" },
	{ "hidden", "md" },
	{ "hidden", "lg" },
	{ "hidden", "print" },
	{ "main", "nav" },
	{ "main", "menu" },
	{ "post", "nav" },
	{ "content", "nav" },
	{ "article", "nav" },
	{ "comment", "count" },
	{ "comments", "count" },
	{ "author", "avatar" },
};

static int word_rule_cmp(const void *k, const void *e)
{
	return strcmp((const char *)k, ((const word_rule *)e)->word);
}

static unsigned word_flags(const char *w)
{
	const word_rule *r = bsearch(w, word_rules, sizeof(word_rules) / sizeof(*word_rules),
				     sizeof(*word_rules), word_rule_cmp);
	return r ? r->flags : 0;
}

/* Class names glued without separators ("relatedposts", "sharedaddy",
 * "commentlist", "sitefooter"): a word of 8+ letters that is not in the
 * table but opens (or, for a few, closes) with an unambiguous boilerplate
 * word carries that word's flags. Only words whose every compound is
 * boilerplate qualify ("post" or "text" would not). */
static unsigned compound_flags(const char *w)
{
	static const char *const heads[] = {
		"advert", "banner", "breadcrumb", "comment", "cookie", "footer", "navbar",
		"newsletter", "outbrain", "pagination", "popular", "promo", "recommend", "related",
		"share", "sharing", "sidebar", "social", "sponsor", "subscribe", "taboola",
		"trending", "widget",
	};
	static const char *const tails[] = { "banner", "comments", "footer", "navbar", "navigation",
					     "newsletter", "related", "sharing", "sidebar", "widget" };
	size_t n = strlen(w);
	if (n < 8)
		return 0;
	for (size_t i = 0; i < sizeof(heads) / sizeof(*heads); i++)
		if (!strncmp(w, heads[i], strlen(heads[i])))
			return word_flags(heads[i]);
	for (size_t i = 0; i < sizeof(tails) / sizeof(*tails); i++) {
		size_t m = strlen(tails[i]);
		if (n > m && !strcmp(w + n - m, tails[i]))
			return word_flags(tails[i]);
	}
	return 0;
}

/* Split a class/id value into lowercase words at non-alphanumerics and
 * camelCase humps, and collect the flags the words carry. */
static unsigned attr_word_flags(const char *v)
{
	char words[24][24];
	int nw = 0;
	size_t i = 0, n = strlen(v);
	if (n > 400)
		n = 400;
	while (i < n && nw < 24) {
		while (i < n && !isalnum((unsigned char)v[i]))
			i++;
		size_t s = i, k = 0;
		while (i < n && isalnum((unsigned char)v[i])) {
			if (i > s && isupper((unsigned char)v[i]) && islower((unsigned char)v[i - 1]))
				break;
			if (k < 23)
				words[nw][k++] = (char)tolower((unsigned char)v[i]);
			i++;
		}
		if (k) {
			words[nw][k] = 0;
			nw++;
		}
	}
	unsigned f = 0;
	int embed = 0;
	for (int w = 0; w < nw; w++) {
		/* "social-media-embed", "embed-twitter": a post embedded in the
		 * article is content, whatever network it comes from */
		if (!strcmp(words[w], "embed") || !strcmp(words[w], "embedded") || !strcmp(words[w], "oembed"))
			embed = 1;
		unsigned wf = word_flags(words[w]);
		if (!wf && w + 1 < nw) {
			/* "pull-quote", "side_bar", "news-letter": the pair as one word */
			char pair[48];
			snprintf(pair, sizeof(pair), "%s%s", words[w], words[w + 1]);
			wf = word_flags(pair);
		}
		if (!wf)
			wf = compound_flags(words[w]);
		if (!wf)
			continue;
		if (w + 1 < nw) {
			int ff = 0;
			for (size_t k = 0; k < sizeof(false_friend_next) / sizeof(*false_friend_next); k++)
				if (!strcmp(words[w], false_friend_next[k][0]) &&
				    !strcmp(words[w + 1], false_friend_next[k][1]))
					ff = 1;
			if (ff)
				continue;
		}
		f |= wf;
	}
	if (embed && !(f & XF_HARDJUNK))
		f &= ~(unsigned)XF_JUNK;
	return f;
}

static const char *attr(const GumboNode *g, const char *name)
{
	const GumboAttribute *a = gumbo_get_attribute(&g->v.element.attributes, name);
	return a ? a->value : NULL;
}

/* ---------- flatten ---------- */

static int tag_skipped(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
	case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG:
	case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON:
	case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA:
	case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
	case GUMBO_TAG_MAP: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
	case GUMBO_TAG_TITLE: case GUMBO_TAG_META:
	case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: case GUMBO_TAG_LABEL:
	case GUMBO_TAG_OPTION: case GUMBO_TAG_DATALIST: case GUMBO_TAG_MENU:
		return 1;
	default:
		return 0;
	}
}

static int style_hidden(const char *s)
{
	/* display:none / visibility:hidden, with any spacing */
	char c[128];
	size_t k = 0;
	for (; *s && k < sizeof(c) - 1; s++)
		if (!isspace((unsigned char)*s))
			c[k++] = (char)tolower((unsigned char)*s);
	c[k] = 0;
	return strstr(c, "display:none") || strstr(c, "visibility:hidden");
}

static unsigned element_flags(const GumboNode *g, const clean_options *opt, int *skip)
{
	const char *v;
	unsigned f = 0;
	*skip = 0;
	if (attr(g, "hidden")) {
		*skip = 1;
		return 0;
	}
	if ((v = attr(g, "aria-hidden")) && !strcasecmp(v, "true")) {
		*skip = 1;
		return 0;
	}
	if ((v = attr(g, "style")) && style_hidden(v)) {
		*skip = 1;
		return 0;
	}
	if ((v = attr(g, "role"))) {
		if (!strcasecmp(v, "navigation") || !strcasecmp(v, "banner") ||
		    !strcasecmp(v, "contentinfo") || !strcasecmp(v, "complementary") ||
		    !strcasecmp(v, "dialog") || !strcasecmp(v, "alertdialog") ||
		    !strcasecmp(v, "menu") || !strcasecmp(v, "menubar") || !strcasecmp(v, "search"))
			f |= XF_JUNK;
		else if (!strcasecmp(v, "main") || !strcasecmp(v, "article"))
			f |= XF_POSITIVE;
	}
	if ((v = attr(g, "itemprop"))) {
		if (strstr(v, "articleBody") || strstr(v, "reviewBody") || strstr(v, "text"))
			f |= XF_ARTBODY;
	}
	if ((v = attr(g, "class")))
		f |= attr_word_flags(v);
	if ((v = attr(g, "id")))
		f |= attr_word_flags(v);
	/* sites with hashed class names label their blocks for tests and
	 * components instead ("newsletter-inline", "author-bio") */
	if ((v = attr(g, "data-testid")))
		f |= attr_word_flags(v);
	if ((v = attr(g, "data-component")))
		f |= attr_word_flags(v);
	switch (g->v.element.tag) {
	case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
		/* never the article, however much text a sidebar holds next to a
		 * short story (whole pages sit in <form> or <header> wrappers,
		 * never in these) */
		f |= XF_JUNK | XF_HARDJUNK;
		break;
	case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_FORM:
		f |= XF_JUNK;
		break;
	case GUMBO_TAG_FIGCAPTION:
		f |= XF_CAPTION;
		break;
	default:
		break;
	}
	if (f & XF_ARTBODY)
		f &= ~(unsigned)(XF_JUNK | XF_NEGATIVE);
	if (f & XF_CAPTION) {
		/* asked for, a caption outranks the weaker words around it
		 * ("imageCaption mol-ads-label-container"); hard junk still goes */
		if (opt->keep_captions)
			f &= ~(unsigned)(XF_CAPTION | XF_JUNK | XF_NEGATIVE);
	}
	/* comment sections never compete for the content root; with
	 * --keep-comments they keep their mark and are added after it */
	if (f & XF_COMMENTS) {
		f |= XF_JUNK;
		if (!opt->keep_comments)
			f &= ~(unsigned)XF_COMMENTS;
	}
	return f;
}

static int xt_push(xtree *t, GumboNode *g, int parent, int tag, unsigned flags)
{
	if (t->len == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 4096;
		t->n = xrealloc(t->n, (size_t)t->cap * sizeof(xnode));
	}
	xnode *x = &t->n[t->len];
	memset(x, 0, sizeof(*x));
	x->g = g;
	x->parent = parent;
	x->tag = tag;
	x->flags = flags;
	x->end = t->len + 1;
	return t->len++;
}

static int text_nonspace(const char *s, int *commas)
{
	int n = 0, c = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p > ' ')
			n++;
		if (*p == ',')
			c++;
		else if (*p == 0xEF && p[1] == 0xBC && p[2] == 0x8C) /* fullwidth comma */
			c++;
		else if (*p == 0xE3 && p[1] == 0x80 && (p[2] == 0x81 || p[2] == 0x82))
			c++;
	}
	*commas = c;
	return n;
}

typedef struct fl_frame {
	GumboNode *g;
	int parent;
	unsigned inherit;
} fl_frame;

static void flatten(xtree *t, GumboNode *root, const clean_options *opt, unsigned xflags)
{
	size_t cap = 256, sp = 0;
	fl_frame *st = xmalloc(cap * sizeof(*st));
	st[sp++] = (fl_frame){ root, -1, 0 };
	t->body = -1;
	while (sp) {
		fl_frame f = st[--sp];
		GumboNode *g = f.g;
		if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_CDATA ||
		    g->type == GUMBO_NODE_WHITESPACE) {
			int i = xt_push(t, g, f.parent, -1, XF_TEXT | (f.inherit & XF_LINK));
			int commas;
			int nonsp = text_nonspace(g->v.text.text, &commas);
			t->n[i].text = nonsp;
			t->n[i].commas = commas;
			if (f.inherit & XF_LINK)
				t->n[i].link = nonsp;
			continue;
		}
		if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE &&
		    g->type != GUMBO_NODE_DOCUMENT)
			continue;
		GumboVector *kids;
		unsigned flags = 0, inherit = f.inherit;
		int tag = GUMBO_TAG_UNKNOWN;
		if (g->type == GUMBO_NODE_DOCUMENT) {
			kids = &g->v.document.children;
		} else {
			tag = g->v.element.tag;
			if (tag_skipped((GumboTag)tag) &&
			    !(tag == GUMBO_TAG_NOSCRIPT && (xflags & EXTRACT_NOSCRIPT)))
				continue;
			int skip;
			flags = element_flags(g, opt, &skip);
			if (skip)
				continue;
			if (tag == GUMBO_TAG_A && attr(g, "href"))
				inherit |= XF_LINK;
			kids = &g->v.element.children;
		}
		int i = xt_push(t, g, f.parent, tag, flags | (f.inherit & XF_LINK));
		if (tag == GUMBO_TAG_BODY && t->body < 0)
			t->body = i;
		if (sp + kids->length + 1 > cap) {
			while (sp + kids->length + 1 > cap)
				cap *= 2;
			st = xrealloc(st, cap * sizeof(*st));
		}
		for (unsigned k = kids->length; k-- > 0;)
			st[sp++] = (fl_frame){ kids->data[k], i, inherit };
	}
	free(st);
	/* subtree ends */
	for (int i = t->len - 1; i > 0; i--) {
		int p = t->n[i].parent;
		if (p >= 0 && t->n[i].end > t->n[p].end)
			t->n[p].end = t->n[i].end;
	}
}

/* ---------- statistics ---------- */

static int is_para_tag(int tag)
{
	return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE ||
	       tag == GUMBO_TAG_TD || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD;
}

static int is_block_tag(int tag)
{
	switch (tag) {
	case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
	case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
	case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL:
	case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
	case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
	case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
	case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_CAPTION:
	case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER:
	case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_ADDRESS:
	case GUMBO_TAG_HR: case GUMBO_TAG_FORM: case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY:
	case GUMBO_TAG_HTML: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_DETAILS:
	case GUMBO_TAG_SUMMARY: case GUMBO_TAG_HGROUP:
		return 1;
	default:
		return 0;
	}
}

/* Sum text, links, commas and paragraph text bottom-up, ignoring pruned
 * subtrees. A paragraph-like block is a <p>-ish element, or a div-like
 * element carrying its own text. */
static void compute_stats(xtree *t)
{
	for (int i = 0; i < t->len; i++) {
		xnode *x = &t->n[i];
		if (x->tag >= 0) {
			x->text = x->link = x->commas = 0;
		}
		x->ptext = 0;
		x->direct = 0;
	}
	for (int i = t->len - 1; i >= 0; i--) {
		xnode *x = &t->n[i];
		if (x->flags & XF_PRUNED)
			continue;
		if (x->tag >= 0 && x->text > 0) {
			int para = is_para_tag(x->tag) ||
				   (x->direct >= 40 && !is_para_tag(x->tag) && x->tag != GUMBO_TAG_A);
			if (para && x->link * 2 < x->text)
				x->ptext = x->text;
		}
		int p = x->parent;
		if (p < 0)
			continue;
		xnode *px = &t->n[p];
		px->text += x->text;
		px->link += x->link;
		px->commas += x->commas;
		if (x->tag < 0 || !is_block_tag(x->tag))
			px->direct += x->tag < 0 ? x->text : x->text - x->ptext;
		/* a paragraph's text counts once, at the outermost paragraph */
		if (!(px->tag >= 0 && is_para_tag(px->tag)))
			px->ptext += x->ptext;
	}
	/* the outermost paragraph keeps its own text as ptext */
}

/* Forward pass: prune junk subtrees unless they hold most of the page's
 * paragraph text (then the class is a wrapper's, not a widget's). */
static void prune_range(xtree *t, int root, unsigned junk_flags);

/* A phrasing element (link, span, emphasis) directly inside a paragraph. */
static int inline_in_paragraph(const xtree *t, int i)
{
	switch (t->n[i].tag) {
	case GUMBO_TAG_A: case GUMBO_TAG_SPAN: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG:
	case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_ABBR: case GUMBO_TAG_MARK:
		break;
	default:
		return 0;
	}
	int p = t->n[i].parent;
	return p >= 0 && t->n[p].tag == GUMBO_TAG_P;
}

static void prune(xtree *t, int root)
{
	prune_range(t, root, XF_JUNK | XF_CAPTION);
}

/* Prune the subtree at root: elements carrying any of the flags in junk go,
 * unless they hold half the paragraph text (a wrapper with an unlucky class;
 * captions, comment sections and hard junk get no such guard). */
static void prune_range(xtree *t, int root, unsigned junk_flags)
{
	int total = t->n[root].ptext;
	for (int i = root; i < t->n[root].end; i++) {
		xnode *x = &t->n[i];
		if (x->flags & XF_PRUNED) {
			i = x->end - 1;
			continue;
		}
		if (x->tag < 0)
			continue;
		int junk = (x->flags & junk_flags) != 0;
		if (!junk)
			continue;
		if (x->tag == GUMBO_TAG_BODY || x->tag == GUMBO_TAG_HTML)
			continue;
		/* words inside a sentence ("<a class=auto-linked-tag>Hong Kong</a>")
		 * belong to it whatever their markup says */
		if (inline_in_paragraph(t, i) && !(x->flags & (XF_HARDJUNK | XF_CAPTION)))
			continue;
		int guard = total > 0 && x->ptext * 2 >= total &&
			    !(x->flags & (XF_HARDJUNK | XF_CAPTION | XF_COMMENTS));
		if (guard)
			continue;
		DBG("prune %d <%s class=%s> ptext=%d total=%d\n", i, gumbo_normalized_tagname(x->tag), attr(x->g,"class")?attr(x->g,"class"):"", x->ptext, total);
		for (int k = i; k < x->end; k++)
			t->n[k].flags |= XF_PRUNED;
		i = x->end - 1;
	}
}

/* ---------- scoring ---------- */

static float class_weight(unsigned f)
{
	float w = 0;
	if (f & XF_POSITIVE)
		w += 25;
	if (f & (XF_JUNK | XF_NEGATIVE))
		w -= 25;
	if (f & XF_ARTBODY)
		w += 50;
	return w;
}

static void init_candidate(xnode *x)
{
	if (x->scored)
		return;
	x->scored = 1;
	float s = 0;
	switch (x->tag) {
	case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN:
		s = 5;
		break;
	case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
		s = 3;
		break;
	case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
	case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
		s = -3;
		break;
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
	case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
		s = -5;
		break;
	default:
		break;
	}
	float cw = class_weight(x->flags);
	/* a class that says "content" on a one-line block (a byline wrapper)
	 * must not outweigh the paragraphs themselves */
	if (cw > 0 && x->ptext < 200)
		cw = 0;
	x->score = s + cw;
}

static float link_density(const xnode *x)
{
	return x->text ? (float)x->link / (float)x->text : 0.f;
}

static int starts_ci(const char *s, const char *p)
{
	return strncasecmp(s, p, strlen(p)) == 0;
}

static int contains_ci(const char *s, size_t n, const char *p)
{
	size_t m = strlen(p);
	if (m > n)
		return 0;
	for (size_t i = 0; i + m <= n; i++)
		if (strncasecmp(s + i, p, m) == 0)
			return 1;
	return 0;
}

/* Labels that head a block of links or teasers to other articles, in the
 * languages pith meets most; matched at the start of a short heading. */
static int related_label(const char *s, size_t n)
{
	static const char *const labels[] = {
		"related", "you may also like", "you might also like", "you may like", "you might like",
		"more stories", "more from", "more on this", "more news", "recommended", "read next",
		"read more", "see also", "also read", "most read", "most popular", "trending",
		"popular", "other stories", "don't miss", "don\342\200\231t miss", "latest news",
		"voc\303\252 pode gostar", "voc\303\252 tamb\303\251m pode", "veja tamb\303\251m",
		"leia tamb\303\251m", "relacionad", "te puede interesar", "tambi\303\251n te puede",
		"lee tambi\303\251n", "m\303\241s noticias", "art\303\255culos relacionados",
		"noticias relacionadas", "vous aimerez", "\303\240 lire aussi", "lire aussi",
		"sur le m\303\252me sujet", "articles similaires", "das k\303\266nnte sie",
		"auch interessant", "mehr zum thema", "weitere artikel", "\303\244hnliche artikel",
		"leggi anche", "potrebbe interessarti", "articoli correlati", "lees ook", "gerelateerd",
		"czytaj te\305\274", "zobacz te\305\274",
		"\321\207\320\270\321\202\320\260\320\271\321\202\320\265 \321\202\320\260\320\272\320\266\320\265", /* читайте также */
		"\320\277\320\276 \321\202\320\265\320\274\320\265", /* по теме */
		"\343\201\202\343\202\217\343\201\233\343\201\246\350\252\255\343\201\277\343\201\237\343\201\204", /* あわせて読みたい */
		"\351\226\242\351\200\243\350\250\230\344\272\213", /* 関連記事 */
		"\351\226\242\351\200\243\343\203\213\343\203\245\343\203\274\343\202\271", /* 関連ニュース */
		"\347\233\270\345\205\263\351\230\205\350\257\273", /* 相关阅读 */
		"\347\233\270\345\205\263\346\226\260\351\227\273", /* 相关新闻 */
		"\345\273\266\344\274\270\351\230\205\350\257\273", /* 延伸阅读 */
		"\347\233\270\351\227\234\346\226\260\350\201\236", /* 相關新聞 */
		"\345\273\266\344\274\270\351\226\261\350\256\200", /* 延伸閱讀 */
		"\352\264\200\353\240\250\352\270\260\354\202\254", /* 관련기사 */
		"\352\264\200\353\240\250\040\352\270\260\354\202\254", /* 관련 기사 */
		"\355\225\250\352\273\230\040\354\235\275\352\270\260", /* 함께 읽기 */
		"\340\270\202\340\271\210\340\270\262\340\270\247\340\270\227\340\270\265\340\271\210\340\271\200\340\270\201\340\270\265\340\271\210\340\270\242\340\270\247\340\270\202\340\271\211\340\270\255\340\270\207", /* ข่าวที่เกี่ยวข้อง */
		"baca juga", /* Baca juga */
		"\304\220\341\273\215\143\040\164\150\303\252\155", /* Đọc thêm */
		"\124\151\156\040\154\151\303\252\156\040\161\165\141\156", /* Tin liên quan */
		"\304\260\154\147\151\154\151\040\150\141\142\145\162\154\145\162", /* İlgili haberler */
		"bunlar da ilginizi", /* Bunlar da ilginizi */
	};
	while (n && (*s == ' ' || *s == '\n'))
		s++, n--;
	if (n == 0 || n > 80)
		return 0;
	for (size_t i = 0; i < sizeof(labels) / sizeof(*labels); i++) {
		size_t m = strlen(labels[i]);
		if (n >= m && strncasecmp(s, labels[i], m) == 0)
			return 1;
	}
	return 0;
}

static int is_heading_tag(int tag)
{
	return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

/* Does the subtree at i open with a heading that introduces other
 * articles ("Related", "You may also like", a heading classed related)?
 * Such a block is a teaser list however article-like its excerpts read. */
static int opens_with_related_heading(const xtree *t, int i)
{
	int end = t->n[i].end;
	for (int k = i + 1; k < end; k++) {
		const xnode *x = &t->n[k];
		if (x->tag < 0) {
			if (x->text > 0)
				return 0;   /* text before any heading */
			continue;
		}
		if (!is_heading_tag(x->tag))
			continue;
		const char *cls = attr(x->g, "class");
		if (cls) {
			static const char *const rel[] = { "related", "recommend", "popular", "trending",
							   "morestories", "more-stories", "read-next" };
			size_t cl = strlen(cls);
			for (size_t r = 0; r < sizeof(rel) / sizeof(*rel); r++)
				if (contains_ci(cls, cl, rel[r]))
					return 1;
		}
		char txt[96];
		size_t n = 0;
		for (int j = k + 1; j < x->end && n < sizeof(txt) - 1; j++)
			if (t->n[j].tag < 0) {
				const char *s = t->n[j].g->v.text.text;
				size_t l = strlen(s);
				if (l > sizeof(txt) - 1 - n)
					l = sizeof(txt) - 1 - n;
				memcpy(txt + n, s, l);
				n += l;
			}
		txt[n] = 0;
		return related_label(txt, n);
	}
	return 0;
}

static int in_related_block(const xtree *t, int i)
{
	for (int level = 0; i >= 0 && level < 6; level++, i = t->n[i].parent) {
		if (t->n[i].tag == GUMBO_TAG_BODY)
			break;
		if (opens_with_related_heading(t, i))
			return 1;
	}
	return 0;
}

static int score_candidates(xtree *t, int root)
{
	for (int i = root; i < t->n[root].end; i++) {
		xnode *x = &t->n[i];
		if (x->flags & XF_PRUNED) {
			i = x->end - 1;
			continue;
		}
		if (x->tag < 0)
			continue;
		int unit = 0;
		if (x->tag == GUMBO_TAG_P || x->tag == GUMBO_TAG_PRE || x->tag == GUMBO_TAG_TD ||
		    x->tag == GUMBO_TAG_BLOCKQUOTE)
			unit = 1;
		else if (!is_para_tag(x->tag) && x->direct >= 40 && x->tag != GUMBO_TAG_A &&
			 x->tag != GUMBO_TAG_BODY)
			unit = 2;
		if (!unit || x->text < 25)
			continue;
		if (x->link * 2 > x->text)
			continue;
		int len = unit == 2 ? x->direct : x->text;
		float s = 1.f + (float)x->commas + (float)(len / 100 < 3 ? len / 100 : 3);
		int a = x->parent;
		for (int level = 0; a >= 0 && level < 5; level++, a = t->n[a].parent) {
			xnode *ax = &t->n[a];
			if (ax->tag < 0 || ax->tag == GUMBO_TAG_HTML)
				break;
			init_candidate(ax);
			float div = level == 0 ? 1.f : level == 1 ? 2.f : (float)level * 3.f;
			ax->score += s / div;
		}
		if (unit == 2) {
			init_candidate(x);
			x->score += s;
		}
	}
	int best = -1;
	float best_score = 0;
	for (int i = root; i < t->n[root].end; i++) {
		xnode *x = &t->n[i];
		if (!x->scored || (x->flags & XF_PRUNED))
			continue;
		x->score *= 1.f - link_density(x);
		/* a block headed "Related" / "You may also like", and each teaser
		 * in it, is not the article however well its excerpts read */
		if (x->score > best_score && in_related_block(t, i))
			x->score *= 0.2f;
		if (x->score > 5) DBG("cand %d <%s class=%s> score=%.1f text=%d link=%d ptext=%d\n", i, gumbo_normalized_tagname(x->tag), attr(x->g,"class")?attr(x->g,"class"):"", x->score, x->text, x->link, x->ptext);
		if (best < 0 || x->score > best_score) {
			best = i;
			best_score = x->score;
		}
	}
	return best;
}

/* Climb from the top candidate to the ancestor that best trades paragraph
 * text gained against other text taken in: article bodies are often split
 * across wrappers (one card per paragraph, text / ad slot / text), and the
 * top-scoring node is then one paragraph's wrapper. An ancestor's value is
 * its paragraph text minus its non-paragraph text (menus, widgets, link
 * lists); wrappers that add nothing are climbed through. */
static int widen_candidate(xtree *t, int best, int root)
{
	int cur = best, pick = best;
	float top = t->n[best].score;
	for (int level = 0; level < 8 && cur != root; level++) {
		int p = t->n[cur].parent;
		if (p < 0 || t->n[p].tag == GUMBO_TAG_HTML || t->n[p].tag == GUMBO_TAG_BODY)
			break;
		xnode *px = &t->n[p], *kx = &t->n[pick];
		/* a strong candidate in its own right, holding much more paragraph
		 * text, with the extra text mostly paragraphs */
		int gain = px->ptext - kx->ptext;
		int extra = px->text - kx->text;
		/* teaser lists ("Related", "You may also like") are no gain */
		for (int c = p + 1; c < px->end; c = t->n[c].end) {
			if (c <= pick && pick < t->n[c].end)
				continue;
			if (t->n[c].tag >= 0 && !(t->n[c].flags & XF_PRUNED) &&
			    opens_with_related_heading(t, c)) {
				gain -= t->n[c].ptext;
				extra -= t->n[c].text;
			}
		}
		if (px->scored && px->score >= top * 0.75f && gain * 2 >= kx->ptext &&
		    gain * 10 >= extra * 7)
			pick = p;
		cur = p;
	}
	return pick;
}

/* ---------- serialisation ---------- */

typedef struct block {
	buf text;
	int link;       /* bytes of link text in block */
	int tag;        /* block element */
	int heading;    /* 1..6 */
	int list_item;
	int ordinal;    /* number of an ordered list's item, 0 for bullets */
	int quote;
	int row;        /* table row */
	int pre;
} block;

typedef struct emitter {
	const clean_options *opt;
	const clean_doc *meta;
	buf *out;
	block b;
	int last_space;   /* last byte emitted into block was space */
	struct emitted {       /* paragraphs of 50-400 bytes, for dedupe_output */
		uint64_t h;
		size_t start, end;     /* in out, the separator before it included */
	} seen[512];
	int nseen;
	int in_pre;
	int cell;         /* cells so far in current row */
	int last_kind;    /* what the last kept block was: 0, 'l' list item, 'r' row */
	int quote_depth;
	int list_depth;
	int lists[16];    /* open lists, innermost last: items so far, -1 for <ul> */
} emitter;

static uint64_t fnv1a(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isalnum(c) || c >= 0x80) {
			h ^= (uint64_t)tolower(c);
			h *= 1099511628211ull;
		}
	}
	return h;
}

/* Short blocks that are boilerplate by their words alone. */
static int boilerplate_block(const char *s, size_t n)
{
	if (n > 220)
		return 0;
	static const char *const starts[] = {
		"advertisement", "sponsored", "sign up", "subscribe", "read more", "read next",
		"related:", "related stories", "related articles", "recommended", "more from",
		"click here", "follow us", "follow @", "share this", "share on", "share via",
		"copyright", "\xc2\xa9", "all rights reserved", "photo:", "photograph:",
		"image:", "image source", "photo credit", "getty images", "see also",
		"loading", "load more", "most popular", "most read", "tags:", "topics:",
		"filed under", "posted in", "we use cookies", "this website uses cookies",
		"this site uses cookies", "by clicking", "accept cookies", "download the",
		"watch:", "listen:", "get the", "continue reading", "view comments",
		"comments", "leave a comment", "no comments", "join the conversation",
		"newsletter", "enter your email", "your email", "by signing up", "log in",
		"sign in", "register", "skip to", "back to top", "print this", "email this",
		"share this article", "ad ", "(ad)", "story continues", "article continues",
		"continue below", "trending", "don't miss", "don’t miss", "more:", "also read",
		"read also", "you may also like", "you might also like", "in other news",
		"editor's note:", "editor’s note:", "this article was", "this story was",
		"originally published", "updated:", "published:", "last updated", "posted:",
		"first published", "video:", "watch the", "image copyright", "image caption",
		"media playback", "(c)", "report an error", "send us a tip",
	};
	char low[64];
	size_t k = 0;
	while (k < n && k < sizeof(low) - 1) {
		low[k] = (char)tolower((unsigned char)s[k]);
		k++;
	}
	low[k] = 0;
	for (size_t i = 0; i < sizeof(starts) / sizeof(*starts); i++)
		if (starts_ci(low, starts[i]))
			return 1;
	/* "Related" lead-ins in other scripts, opening a short block */
	if (n < 200 && related_label(s, n) && !lexicon_ends_like_sentence(s, n))
		return 1;
	/* Chinese and Japanese news furniture: editor in charge, source and
	 * author bars, reprint and copyright notices, photo credits */
	static const char *const cjk[] = {
		"\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91", /* 责任编辑 */
		"\xe8\xb2\xac\xe4\xbb\xbb\xe7\xb7\xa8\xe8\xbc\xaf", /* 責任編輯 */
		"\xe7\x89\x88\xe6\x9d\x83\xe6\x89\x80\xe6\x9c\x89", /* 版权所有 */
		"\xe7\x89\x88\xe6\xac\x8a\xe6\x89\x80\xe6\x9c\x89", /* 版權所有 */
		"\xe7\x89\x88\xe6\x9d\x83\xe5\x9d\x87\xe5\xb1\x9e", /* 版权均属 */
		"\xe6\x9c\xaa\xe7\xbb\x8f\xe6\x8e\x88\xe6\x9d\x83", /* 未经授权 */
		"\xe6\x9c\xaa\xe7\xb6\x93\xe6\x8e\x88\xe6\xac\x8a", /* 未經授權 */
		"\xe4\xb8\x8d\xe5\xbe\x97\xe8\xbd\xac\xe8\xbd\xbd", /* 不得转载 */
		"\xe7\x84\xa1\xe6\x96\xad\xe8\xbb\xa2\xe8\xbc\x89", /* 無断転載 */
		"\xe7\x84\xa1\xe6\x96\xad\xe8\xa4\x87\xe8\xa3\xbd", /* 無断複製 */
		"\xe6\x9d\xa5\xe6\xba\x90\xef\xbc\x9a",                 /* 来源： */
		"\xe4\xbe\x86\xe6\xba\x90\xef\xbc\x9a",                 /* 來源： */
		"\xe5\xad\x97\xe5\x8f\xb7",                                /* 字号 */
	};
	if (n < 330)
		for (size_t i = 0; i < sizeof(cjk) / sizeof(*cjk); i++)
			if (memmem(s, n, cjk[i], strlen(cjk[i])))
				return 1;
	/* "记者 张伟 摄": a photo credit ends in 摄 and names a reporter or photographer */
	if (n < 120 && n >= 3 && !memcmp(s + n - 3, "\xe6\x91\x84", 3) &&
	    (memmem(s, n, "\xe8\xae\xb0\xe8\x80\x85", 6) || memmem(s, n, "\xe8\xa8\x98\xe8\x80\x85", 6) ||
	     memmem(s, n, "\xe6\x91\x84\xe5\xbd\xb1", 6)))
		return 1;
	if (n < 160 && (contains_ci(s, n, "enable javascript") || contains_ci(s, n, "javascript is disabled") ||
			contains_ci(s, n, "javascript must be enabled") || contains_ci(s, n, "requires javascript")))
		return 1;
	if (n < 140 && (contains_ci(s, n, "all rights reserved") || contains_ci(s, n, "getty images") ||
			contains_ci(s, n, "newsletter") || contains_ci(s, n, "sign up for") ||
			contains_ci(s, n, "subscribe to") || contains_ci(s, n, "cookie")))
		return 1;
	return 0;
}

/* Remove template tokens like {mosads}, [[...]], %%...%% inside text. */
static void strip_template_tokens(buf *b)
{
	size_t w = 0;
	for (size_t i = 0; i < b->len;) {
		char c = b->data[i];
		const char *close = NULL;
		size_t open_len = 0;
		if (c == '{' && i + 1 < b->len && (isalpha((unsigned char)b->data[i + 1]) || b->data[i + 1] == '{')) {
			close = b->data[i + 1] == '{' ? "}}" : "}";
			open_len = b->data[i + 1] == '{' ? 2 : 1;
		} else if (c == '[' && i + 1 < b->len && b->data[i + 1] == '[') {
			close = "]]";
			open_len = 2;
		} else if (c == '%' && i + 1 < b->len && b->data[i + 1] == '%') {
			close = "%%";
			open_len = 2;
		}
		if (close) {
			size_t j = i + open_len, lim = i + 64 < b->len ? i + 64 : b->len;
			size_t cl = strlen(close);
			int ok = 0;
			for (; j + cl <= lim; j++) {
				if (!memcmp(b->data + j, close, cl)) {
					ok = 1;
					break;
				}
				unsigned char d = (unsigned char)b->data[j];
				if (!(isalnum(d) || d == '_' || d == '-' || d == ':' || d == '.' || d == ' ' || d == '/' || d == '='))
					break;
			}
			if (ok) {
				i = j + cl;
				continue;
			}
		}
		b->data[w++] = b->data[i++];
	}
	b->len = w;
	b->data[w] = 0;
}

static void block_reset(emitter *e)
{
	buf_reset(&e->b.text);
	e->b.link = 0;
	e->b.heading = e->b.list_item = e->b.ordinal = e->b.row = e->b.pre = 0;
	e->b.quote = e->quote_depth > 0;
	e->last_space = 1;
	e->cell = 0;
}

static void trim_block(buf *b)
{
	size_t s = 0;
	while (s < b->len && (b->data[s] == ' ' || b->data[s] == '\n'))
		s++;
	if (s) {
		memmove(b->data, b->data + s, b->len - s);
		b->len -= s;
	}
	while (b->len && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n'))
		b->len--;
	if (b->cap)
		b->data[b->len] = 0;
}

/* A paragraph of one word that does not end a sentence ("Advertisement",
 * "Caption", "0shares", "Фото:") is a label, whatever the language; so is a
 * bare e-mail address or URL. */
static int lone_label(const char *s, size_t n)
{
	size_t words = clean_count_words(s, n);
	if (words == 0)
		return 1;
	if (words == 1) {
		if (lexicon_ends_like_sentence(s, n) && s[n - 1] != ':')
			return 0;
		/* Thai, Lao, Khmer and Burmese write whole sentences without
		 * spaces: a long "word" is prose, not a label */
		size_t chars = 0, ascii = 0;
		for (size_t i = 0; i < n; i++) {
			chars += ((unsigned char)s[i] & 0xC0) != 0x80;
			ascii += (unsigned char)s[i] < 0x80;
		}
		return chars <= 32 || ascii * 2 > chars;   /* a long URL is still a label */
	}
	if (words <= 2 && (memchr(s, '@', n) || starts_ci(s, "http://") || starts_ci(s, "https://")))
		return 1;
	return 0;
}

static void list_marker(buf *o, const block *b)
{
	if (b->ordinal)
		buf_printf(o, "%d. ", b->ordinal);
	else
		buf_puts(o, "- ");
}

static void flush_block(emitter *e)
{
	block *b = &e->b;
	strip_template_tokens(&b->text);
	trim_block(&b->text);
	if (!b->text.len) {
		block_reset(e);
		return;
	}
	const char *s = b->text.data;
	size_t n = b->text.len;
	int keep = 1;
	if (!e->opt->no_prune) {
		int nonsp = 0;
		for (size_t i = 0; i < n; i++)
			if ((unsigned char)s[i] > ' ')
				nonsp++;
		if (b->link * 10 > nonsp * 6 && !b->pre)
			keep = 0;
		else if (b->heading == 1)
			keep = 0; /* the headline is metadata, not body */
		else if (boilerplate_block(s, n))
			keep = 0;
		else if (!b->heading && lone_label(s, n))
			keep = 0;
		else if (n < 160 && s[n - 1] != '?' && lexicon_boilerplate_line(s, n, NULL))
			keep = 0;
		if (keep && e->meta && e->meta->title && b->heading &&
		    !strcasecmp(e->meta->title, s))
			keep = 0;
	}
	if (keep) {
		buf *o = e->out;
		size_t start = o->len;
		int kind = b->list_item ? 'l' : b->row ? 'r' : 0;
		/* items of one list and rows of one table stay together */
		if (o->len)
			buf_puts(o, kind && kind == e->last_kind ? "\n" : "\n\n");
		if (e->opt->markdown) {
			if (b->heading) {
				for (int i = 0; i < b->heading; i++)
					buf_putc(o, '#');
				buf_putc(o, ' ');
			} else if (b->quote) {
				buf_puts(o, "> ");
			}
			if (b->list_item)
				list_marker(o, b);
			if (b->pre)
				buf_puts(o, "```\n");
			if (b->row)
				buf_puts(o, "| ");
		} else if (b->list_item) {
			buf_puts(o, "- ");   /* text: numbers are markup, not words */
		}
		buf_append(o, s, n);
		if (e->opt->markdown && b->pre)
			buf_puts(o, "\n```");
		if (e->opt->markdown && b->row) {
			buf_puts(o, " |");
			/* the first row heads a Markdown table */
			if (e->last_kind != 'r') {
				buf_puts(o, "\n|");
				for (int c = 0; c < (e->cell > 0 ? e->cell : 1); c++)
					buf_puts(o, " --- |");
			}
		}
		e->last_kind = kind;
		if (!e->opt->no_prune && n >= 50 && n < 400 && e->nseen < 512)
			e->seen[e->nseen++] = (struct emitted){ fnv1a(s, n), start, o->len };
	}
	block_reset(e);
}

/* A paragraph that occurs exactly twice is a pull quote, a repeated lead or
 * a promo placed twice: the second copy goes. One that recurs three times or
 * more is the article's own structure (an interview's recurring question, a
 * meal plan's recurring item) and stays. */
static void dedupe_output(emitter *e)
{
	buf *o = e->out;
	size_t w = 0, r = 0;
	for (int i = 0; i < e->nseen; i++) {
		int count = 0, first = -1;
		for (int k = 0; k < e->nseen; k++)
			if (e->seen[k].h == e->seen[i].h) {
				count++;
				if (first < 0)
					first = k;
			}
		if (count != 2 || first == i)
			continue;
		/* drop [start, end) of this second copy */
		size_t len = e->seen[i].start - r;
		memmove(o->data + w, o->data + r, len);
		w += len;
		r = e->seen[i].end;
	}
	if (r == 0)
		return;
	memmove(o->data + w, o->data + r, o->len - r);
	w += o->len - r;
	o->len = w;
	o->data[w] = 0;
}

static void emit_text(emitter *e, const char *s, int in_link)
{
	buf *t = &e->b.text;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if (e->in_pre) {
			buf_putc(t, (char)c);
			continue;
		}
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
			if (!e->last_space) {
				buf_putc(t, ' ');
				e->last_space = 1;
			}
			continue;
		}
		/* U+00A0 no-break space -> space; drop zero-width characters */
		if (c == 0xC2 && p[1] == 0xA0) {
			p++;
			if (!e->last_space) {
				buf_putc(t, ' ');
				e->last_space = 1;
			}
			continue;
		}
		if (c == 0xE2 && p[1] == 0x80 && (p[2] == 0x8B || p[2] == 0x8C || p[2] == 0x8D || p[2] == 0x8E || p[2] == 0x8F)) {
			p += 2;
			continue;
		}
		if (c == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
			p += 2;
			continue;
		}
		buf_putc(t, (char)c);
		e->last_space = 0;
		if (in_link)
			e->b.link++;
	}
}

typedef struct open_el {
	int idx;
	int end;
} open_el;

static void element_open(emitter *e, const xnode *x)
{
	switch (x->tag) {
	case GUMBO_TAG_BR:
		if (e->in_pre) {   /* preformatted text keeps every byte */
			buf_putc(&e->b.text, '\n');
			return;
		}
		if (e->b.text.len && !e->last_space) {
			buf_putc(&e->b.text, '\n');
			e->last_space = 1;
		} else if (e->b.text.len && e->b.text.data[e->b.text.len - 1] == '\n') {
			/* <br><br> separates paragraphs */
			flush_block(e);
		} else if (e->b.text.len && e->b.text.data[e->b.text.len - 1] == ' ') {
			e->b.text.data[e->b.text.len - 1] = '\n';
		}
		return;
	case GUMBO_TAG_TD: case GUMBO_TAG_TH:
		if (e->b.row) {
			if (e->cell++)
				buf_puts(&e->b.text, e->opt->markdown ? " | " : "\t");
			e->last_space = 1;
			return;
		}
		break;
	case GUMBO_TAG_IMG:
		return;
	default:
		break;
	}
	if (!is_block_tag(x->tag))
		return;
	flush_block(e);
	switch (x->tag) {
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
	case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
		e->b.heading = x->tag - GUMBO_TAG_H1 + 1;
		break;
	case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
		e->b.list_item = 1;
		if (x->tag == GUMBO_TAG_LI && e->list_depth > 0 && e->list_depth <= 16 &&
		    e->lists[e->list_depth - 1] >= 0)
			e->b.ordinal = ++e->lists[e->list_depth - 1];
		break;
	case GUMBO_TAG_OL: case GUMBO_TAG_UL:
		if (e->list_depth < 16)
			e->lists[e->list_depth] = x->tag == GUMBO_TAG_OL ? 0 : -1;
		e->list_depth++;
		break;
	case GUMBO_TAG_BLOCKQUOTE:
		e->quote_depth++;
		e->b.quote = 1;
		break;
	case GUMBO_TAG_PRE:
		e->b.pre = 1;
		e->in_pre++;
		break;
	case GUMBO_TAG_TR:
		e->b.row = 1;
		e->cell = 0;
		break;
	default:
		break;
	}
}

static void element_close(emitter *e, const xnode *x)
{
	if (!is_block_tag(x->tag))
		return;
	if (x->tag == GUMBO_TAG_TD || x->tag == GUMBO_TAG_TH) {
		if (e->b.row)
			return;
	}
	flush_block(e);
	if (x->tag == GUMBO_TAG_BLOCKQUOTE && e->quote_depth > 0)
		e->quote_depth--;
	if (x->tag == GUMBO_TAG_PRE && e->in_pre > 0)
		e->in_pre--;
	if ((x->tag == GUMBO_TAG_OL || x->tag == GUMBO_TAG_UL) && e->list_depth > 0)
		e->list_depth--;
	e->b.quote = e->quote_depth > 0;
}

static void serialise_range(emitter *e, xtree *t, int root)
{
	open_el stack[256];
	int sp = 0, overflow = 0;
	int end = t->n[root].end;
	for (int i = root; i < end; i++) {
		while (sp && stack[sp - 1].end <= i) {
			element_close(e, &t->n[stack[sp - 1].idx]);
			sp--;
		}
		xnode *x = &t->n[i];
		if (x->flags & XF_PRUNED) {
			i = x->end - 1;
			continue;
		}
		if (x->tag < 0) {
			emit_text(e, x->g->v.text.text, (x->flags & XF_LINK) != 0);
			continue;
		}
		if (e->opt->no_tables && x->tag == GUMBO_TAG_TABLE) {
			flush_block(e);
			i = x->end - 1;
			continue;
		}
		element_open(e, x);
		if (x->end > i + 1) {
			if (sp < 256)
				stack[sp++] = (open_el){ i, x->end };
			else
				overflow++;
		}
	}
	while (sp) {
		element_close(e, &t->n[stack[sp - 1].idx]);
		sp--;
	}
	(void)overflow;
	flush_block(e);
}

/* Is a sibling of the content root article text too? */
static int sibling_joins(xtree *t, int sib, int best, float threshold)
{
	xnode *s = &t->n[sib];
	if (s->flags & XF_PRUNED)
		return 0;
	if (s->tag < 0)
		return 0;
	if (opens_with_related_heading(t, sib))
		return 0;
	if (s->scored && s->score >= threshold)
		return 1;
	(void)best;
	if (s->tag == GUMBO_TAG_P || (s->ptext > 0 && s->ptext * 10 >= s->text * 8)) {
		float ld = link_density(s);
		if (s->text > 80 && ld < 0.25f)
			return 1;
		if (s->text > 0 && s->text <= 80 && ld == 0.f) {
			const char *txt = NULL;
			/* ends like a sentence */
			for (int k = s->end - 1; k > sib; k--)
				if (t->n[k].tag < 0 && t->n[k].text > 0) {
					txt = t->n[k].g->v.text.text;
					break;
				}
			if (txt) {
				size_t l = strlen(txt);
				while (l && isspace((unsigned char)txt[l - 1]))
					l--;
				if (l && txt[l - 1] == '.')
					return 1;
			}
		}
	}
	return 0;
}

/* Class values equal once tokens holding digits are dropped: those are
 * per-element ids ("post-1806", "elementor-element-3a28b49", "block-17"),
 * while the rest names the kind of block. At least one token must remain. */
/* The next whitespace-separated token of *p that holds no digit; its
 * length (0 at the end) and start through *tok. */
static size_t next_shape_token(const char **p, const char **tok)
{
	for (;;) {
		const char *s = *p;
		while (*s == ' ' || *s == '\t' || *s == '\n')
			s++;
		*tok = s;
		int digit = 0;
		while (*s && *s != ' ' && *s != '\t' && *s != '\n')
			digit |= isdigit((unsigned char)*s++);
		*p = s;
		if (s == *tok || !digit)
			return (size_t)(s - *tok);
	}
}

static int same_class_shape(const char *a, const char *b)
{
	int kept = 0;
	for (;;) {
		const char *ta, *tb;
		size_t la = next_shape_token(&a, &ta), lb = next_shape_token(&b, &tb);
		if (la != lb || memcmp(ta, tb, la))
			return 0;
		if (!la)
			return kept > 0;
		kept++;
	}
}

/* Templates that split the body into sections (text, ad, text) repeat the
 * body container's class on every section, often in different parents.
 * Sections elsewhere on the page with the best node's exact tag and class,
 * holding paragraph text with few links, join the content. The result is
 * the sorted, non-nested list of roots to serialise. */
static int add_split_sections(xtree *t, int top, int best, int **roots, int n, int *cap)
{
	const char *cls = attr(t->n[best].g, "class");
	if (!cls || !*cls)
		return n;
	int tag = t->n[best].tag;
	for (int i = top; i < t->n[top].end; i++) {
		xnode *x = &t->n[i];
		if (x->flags & XF_PRUNED) {
			i = x->end - 1;
			continue;
		}
		if (x->tag != tag || i == best)
			continue;
		/* ancestors of best and nodes inside best are not sections */
		if (i < best && x->end > best)
			continue;
		if (i > best && i < t->n[best].end) {
			i = t->n[best].end - 1;
			continue;
		}
		const char *c = attr(x->g, "class");
		if (!c || !same_class_shape(c, cls))
			continue;
		if (x->ptext < 80 || x->ptext * 2 < x->text || link_density(x) > 0.3f)
			continue;
		if (in_related_block(t, i))
			continue;
		int dup = 0;
		for (int k = 0; k < n; k++)
			if ((*roots)[k] <= i && i < t->n[(*roots)[k]].end)
				dup = 1;
		if (dup)
			continue;
		if (n == *cap)
			*roots = xrealloc(*roots, (size_t)(*cap *= 2) * sizeof(int));
		(*roots)[n++] = i;
		i = x->end - 1;
	}
	/* document order (insertion sort: few roots) */
	for (int a = 1; a < n; a++) {
		int v = (*roots)[a], b = a - 1;
		while (b >= 0 && (*roots)[b] > v) {
			(*roots)[b + 1] = (*roots)[b];
			b--;
		}
		(*roots)[b + 1] = v;
	}
	return n;
}

/* --keep-comments: comment sections outside the article (pruned so they
 * never compete for the content root) follow it, each cleaned like any
 * other subtree but with the comment marks no longer counting as junk. A
 * section inside other junk (a sidebar's "latest comments") stays out. */
static void append_comments(emitter *e, xtree *t, int top, const int *roots, int nroots)
{
	for (int i = top; i < t->n[top].end; i++) {
		xnode *x = &t->n[i];
		int inside = 0;
		for (int k = 0; k < nroots; k++)
			if (roots[k] <= i && i < t->n[roots[k]].end)
				inside = 1;
		if (inside || x->tag < 0 || !(x->flags & XF_COMMENTS))
			continue;
		if (x->parent >= 0 && (t->n[x->parent].flags & XF_PRUNED)) {
			i = x->end - 1;
			continue;
		}
		for (int k = i; k < x->end; k++)
			t->n[k].flags &= ~(unsigned)XF_PRUNED;
		for (int k = i + 1; k < x->end; k++)
			if (t->n[k].flags & XF_COMMENTS)
				t->n[k].flags &= ~(unsigned)XF_JUNK;
		x->flags &= ~(unsigned)XF_JUNK;
		prune_range(t, i, XF_JUNK | XF_CAPTION);
		serialise_range(e, t, i);
		i = x->end - 1;
	}
}

/* Text of the subtree at i, squeezed for comparison: ASCII letters and
 * digits lowercased, other ASCII dropped, non-ASCII bytes kept. */
static size_t squeezed_text(const xtree *t, int i, char *out, size_t cap)
{
	size_t n = 0;
	for (int k = i; k < t->n[i].end && n + 1 < cap; k++) {
		if (t->n[k].tag >= 0)
			continue;
		for (const unsigned char *p = (const unsigned char *)t->n[k].g->v.text.text; *p && n + 1 < cap; p++)
			if (*p >= 0x80 || isalnum(*p))
				out[n++] = (char)tolower(*p);
	}
	out[n] = 0;
	return n;
}

static int headline_matches(const char *h, size_t hn, const char *title, size_t tn)
{
	if (!hn || !tn)
		return 0;
	const char *lo = hn >= tn ? h : title, *sh = hn >= tn ? title : h;
	size_t ln = hn >= tn ? hn : tn, sn = hn >= tn ? tn : hn;
	return sn * 10 >= ln * 6 && strstr(lo, sh) != NULL;
}

/* Pages that carry more than one story as <article> elements (the next
 * story appended by infinite scroll, story cards, a "more stories" rail)
 * name their own story in <title>/og:title. When one <article> holds a
 * headline matching that title, every other <article> with a headline of
 * its own is another story and goes, however long it is. */
static void drop_other_stories(xtree *t, int top, const char *title)
{
	if (!title)
		return;
	char tsq[512], hsq[512];
	size_t tn = 0;
	for (const unsigned char *p = (const unsigned char *)title; *p && tn + 1 < sizeof(tsq); p++)
		if (*p >= 0x80 || isalnum(*p))
			tsq[tn++] = (char)tolower(*p);
	tsq[tn] = 0;
	if (tn < 8)
		return;
	int main_art = -1, nforeign = 0;
	int foreign[256];
	for (int i = top; i < t->n[top].end; i++) {
		xnode *x = &t->n[i];
		if (x->flags & XF_PRUNED) {
			i = x->end - 1;
			continue;
		}
		if (x->tag != GUMBO_TAG_ARTICLE)
			continue;
		int has_heading = 0, has_title = 0;
		for (int k = i + 1; k < x->end && !has_title; k++) {
			int tag = t->n[k].tag;
			if (tag != GUMBO_TAG_H1 && tag != GUMBO_TAG_H2 && tag != GUMBO_TAG_H3)
				continue;
			has_heading = 1;
			if (tag != GUMBO_TAG_H3)
				has_title = headline_matches(hsq, squeezed_text(t, k, hsq, sizeof(hsq)), tsq, tn);
		}
		if (has_title && main_art < 0)
			main_art = i;
		else if (has_heading && !has_title && nforeign < 256)
			foreign[nforeign++] = i;
	}
	if (main_art < 0 || t->n[main_art].ptext < 200)
		return;
	for (int f = 0; f < nforeign; f++) {
		int i = foreign[f];
		if (i < main_art && t->n[i].end > main_art)
			continue;   /* an ancestor of the story */
		DBG("other story %d\n", i);
		for (int k = i; k < t->n[i].end; k++)
			t->n[k].flags |= XF_PRUNED;
	}
}

void extract_content(clean_worker *w, GumboNode *root, const clean_options *opt,
		     const clean_doc *meta, unsigned xflags, buf *out)
{
	(void)w;
	xtree t = { 0 };
	flatten(&t, root, opt, xflags);
	if (t.len == 0) {
		free(t.n);
		return;
	}
	int top = t.body >= 0 ? t.body : 0;
	compute_stats(&t);

	emitter e;
	memset(&e, 0, sizeof(e));
	e.opt = opt;
	e.meta = meta;
	e.out = out;
	buf_init(&e.b.text);
	block_reset(&e);

	if (opt->no_prune) {
		serialise_range(&e, &t, top);
		buf_free(&e.b.text);
		free(t.n);
		return;
	}

	prune(&t, top);
	compute_stats(&t);
	drop_other_stories(&t, top, meta ? meta->title : NULL);
	compute_stats(&t);
	int best = score_candidates(&t, top);
	if (best < 0) {
		serialise_range(&e, &t, top);
	} else {
		DBG("best %d <%s class=%s> score=%f\n", best, gumbo_normalized_tagname(t.n[best].tag), attr(t.n[best].g,"class")?attr(t.n[best].g,"class"):"", t.n[best].score);
		best = widen_candidate(&t, best, top);
		DBG("widened %d <%s class=%s> score=%f\n", best, gumbo_normalized_tagname(t.n[best].tag), attr(t.n[best].g,"class")?attr(t.n[best].g,"class"):"", t.n[best].score);
		int parent = t.n[best].parent;
		float threshold = t.n[best].score * 0.2f;
		if (threshold < 10)
			threshold = 10;
		int nroots = 0, cap = 16;
		int *roots = xmalloc((size_t)cap * sizeof(int));
		if (parent >= 0 && t.n[best].tag != GUMBO_TAG_BODY) {
			/* children of parent, in order */
			for (int i = parent + 1; i < t.n[parent].end; i = t.n[i].end) {
				if (i == best || sibling_joins(&t, i, best, threshold)) {
					if (nroots == cap)
						roots = xrealloc(roots, (size_t)(cap *= 2) * sizeof(int));
					roots[nroots++] = i;
				}
			}
		} else {
			roots[nroots++] = best;
		}
		nroots = add_split_sections(&t, top, best, &roots, nroots, &cap);
		for (int k = 0; k < nroots; k++)
			serialise_range(&e, &t, roots[k]);
		if (opt->keep_comments)
			append_comments(&e, &t, top, roots, nroots);
		free(roots);
	}
	dedupe_output(&e);
	buf_free(&e.b.text);
	free(t.n);
}
