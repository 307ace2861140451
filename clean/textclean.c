/*
 * textclean.c: clean text that another extractor already produced.
 *
 * Such dumps hold one paragraph per line (or hard-wrapped paragraphs
 * separated by blank lines) with the site's chrome mixed in: labels above
 * the headline, menu and date bars, promos between paragraphs, and a tail
 * of "Most Popular" lists, tags, copyright and cookie lines. There are no
 * tags left to tell them apart, so each unit (a line, or a wrapped
 * paragraph) is judged in two passes, in the manner of jusText:
 *
 *  1. by what it is: template tokens ({mosads}, [[...]], %%...%%, {{...}},
 *     shortcodes) are cut out first; then a unit is BAD when it is a menu
 *     (|-separated fragments, Title Case section names), a date/weather
 *     bar, a bare URL, symbols only, a repeat of an earlier paragraph, or
 *     when the boilerplate lexicon (lexicon.c) outweighs its length; GOOD
 *     when it has the shape of prose (enough words, stop-word density of
 *     the document's language, sentence punctuation); NEUTRAL otherwise
 *     (headlines, subheadings, short sentences).
 *  2. by where it stands: NEUTRAL units before the first GOOD one (the
 *     head) stay only when they look like a headline (four words or
 *     more); after the last GOOD one (the tail) they go; a short label
 *     right above a headline goes; NEUTRAL units that follow a list
 *     header ("Most popular", "Related articles") go until prose resumes;
 *     a comments header in the lower part of the text cuts the rest unless
 *     comments are wanted. NEUTRAL units inside the article stay: they are
 *     its subheadings and short paragraphs.
 *
 * Nothing names a site or a sentence: the evidence is lexicon words,
 * shapes and positions, so it holds on pages nobody has seen.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "clean/internal.h"
#include "clean/lexicon.h"
#include "common/hash.h"

enum { U_NEUTRAL, U_GOOD, U_BAD };

struct unit {
	size_t off, len;        /* cleaned text in the work buffer */
	size_t line0, line1;    /* original lines [line0, line1) */
	size_t words;
	double stop;
	int term;               /* ends like a sentence */
	int cls;
	int listhead;           /* a header of a list of other articles */
	int commentshead;       /* a comments section header */
	int headline;           /* could be a headline: >= 4 words, no end punctuation */
	const char *why;        /* reason when removed */
};

struct line {
	size_t off, len;        /* original line in the input */
	size_t coff, clen;      /* whitespace-folded, tokens removed, in work */
	int had_text;           /* non-blank before token removal */
};

/* ---- template tokens ---- */

static int is_ident(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == ':' || c == '.';
}

/* Length of a template token starting at s[0], or 0. Editorial brackets
 * such as "[A] partnership" or "[Group of 20]" are not tokens: only
 * {ident ...}, {{...}}, [[...]], %%...%%, and [shortcode key="v"] /
 * [/shortcode] are. */
static size_t token_len(const char *s, size_t n)
{
	const size_t maxlen = 200;
	if (n >= 4 && ((s[0] == '{' && s[1] == '{') || (s[0] == '[' && s[1] == '[') ||
		       (s[0] == '%' && s[1] == '%'))) {
		char c = s[0] == '{' ? '}' : s[0] == '[' ? ']' : '%';
		for (size_t i = 2; i + 1 < n && i < maxlen; i++)
			if (s[i] == c && s[i + 1] == c)
				return i + 2;
		return 0;
	}
	if (n >= 3 && s[0] == '{') {
		/* {mosads}, {loadposition ads}, {youtube}id{/youtube} */
		size_t i = 1;
		if (s[i] == '/')
			i++;
		size_t st = i;
		while (i < n && i < maxlen && is_ident(s[i]))
			i++;
		if (i == st || !((s[st] >= 'a' && s[st] <= 'z') || (s[st] >= 'A' && s[st] <= 'Z')))
			return 0;
		while (i < n && i < maxlen && s[i] != '}' && s[i] != '{' && s[i] != '\n')
			i++;
		return i < n && s[i] == '}' ? i + 1 : 0;
	}
	if (n >= 3 && s[0] == '[') {
		/* WordPress-style shortcodes: [/caption], [caption id="x" ...] */
		size_t i = 1;
		int closing = s[i] == '/';
		if (closing)
			i++;
		size_t st = i;
		while (i < n && i < maxlen && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_'))
			i++;
		if (i - st < 2)
			return 0;
		if (closing)
			return i < n && s[i] == ']' ? i + 1 : 0;
		if (i >= n || s[i] != ' ')
			return 0;
		int has_eq = 0;
		while (i < n && i < maxlen && s[i] != ']' && s[i] != '[' && s[i] != '\n') {
			has_eq |= s[i] == '=';
			i++;
		}
		return i < n && s[i] == ']' && has_eq ? i + 1 : 0;
	}
	return 0;
}

/* Append line s to out with template tokens removed, whitespace folded
 * (incl. NBSP and other Unicode spaces) and invisible characters dropped. */
static void clean_line(const char *s, size_t n, buf *out)
{
	size_t start = out->len;
	int space = 1;   /* suppress leading spaces */
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == '{' || c == '[' || c == '%') {
			size_t tl = token_len(s + i, n - i);
			if (tl) {
				i += tl;
				continue;
			}
		}
		if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') {
			if (!space) {
				buf_putc(out, ' ');
				space = 1;
			}
			i++;
			continue;
		}
		if (c < 0x80) {
			if (c >= 0x20 && c != 0x7F) {
				buf_putc(out, (char)c);
				space = 0;
			}
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {
			i++;
			continue;
		}
		if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
		    cp == 0x205F) {
			if (!space) {
				buf_putc(out, ' ');
				space = 1;
			}
		} else if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF ||
			   cp == 0x00AD || cp == 0x2060) {
			/* invisible: drop */
		} else {
			buf_append(out, s + i, (size_t)k);
			space = 0;
		}
		i += (size_t)k;
	}
	while (out->len > start && out->data[out->len - 1] == ' ')
		out->len--;
	out->data[out->len] = 0;
}

/* ---- unit features ---- */

static int has_letter(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {
			i++;
			continue;
		}
		utf8proc_category_t cat = utf8proc_category(cp);
		if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO)
			return 1;
		i += (size_t)k;
	}
	return 0;
}

/* Capitalisation of the words that start with a letter: *caps words start
 * upper-case, *upper words are entirely upper-case (2+ letters). */
static size_t word_case(const char *s, size_t n, size_t *caps, size_t *upper)
{
	size_t words = 0;
	*caps = *upper = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n)
			break;
		int first = 1, letters = 0, all_up = 1;
		while (i < n && s[i] != ' ') {
			utf8proc_int32_t cp;
			utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
							      (utf8proc_ssize_t)(n - i), &cp);
			if (k <= 0) {
				i++;
				continue;
			}
			i += (size_t)k;
			utf8proc_category_t cat = utf8proc_category(cp);
			int letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
			if (!letter)
				continue;
			letters++;
			int up = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
			if (first) {
				words++;
				*caps += up;
				first = 0;
			}
			if (!up)
				all_up = 0;
		}
		if (letters >= 2 && all_up)
			(*upper)++;
	}
	return words;
}

/* A bar of |-, •-, ·-, »- or >-separated short fragments. */
static int is_separated_menu(const char *s, size_t n, size_t words)
{
	size_t seps = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '|')
			seps++;
		else if (c == '>' && i > 0 && s[i - 1] == ' ')
			seps++;
		else if (i + 1 < n && c == 0xC2 && ((unsigned char)s[i + 1] == 0xB7 ||
						     (unsigned char)s[i + 1] == 0xBB))
			seps++;   /* · » */
		else if (i + 2 < n && c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
			 ((unsigned char)s[i + 2] == 0xA2 || (unsigned char)s[i + 2] == 0xBA))
			seps++;   /* • › */
	}
	return seps >= 2 && words <= 6 * (seps + 1);
}

static const char *const date_words[] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
	"jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat",
	"sun", "am", "pm", "gmt", "utc", "est", "edt", "pst", "pdt", "bst", "cet", "cest",
	"ago", "hour", "hours", "minute", "minutes", "min", "day", "days", "today",
	"yesterday", "updated", "published", "posted", "on", "at", "c", "f",
	"januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "montag",
	"dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "uhr",
	"janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
	"octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi",
	"vendredi", "samedi", "dimanche", "le", "enero", "febrero", "marzo", "abril", "mayo",
	"junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "de",
	"del",
};

/* A line made of dates, times, temperatures and weekday names. */
static int is_date_bar(const char *folded, size_t fl, size_t words)
{
	if (words == 0 || words > 14)
		return 0;
	size_t datey = 0, digits = 0, i = 0;
	while (i < fl) {
		size_t st = i;
		while (i < fl && folded[i] != ' ')
			i++;
		size_t wl = i - st;
		i++;
		if (wl == 0)
			continue;
		if (memchr(folded + st, '0', wl) && wl <= 4) {
			datey++;
			digits++;
			continue;
		}
		for (size_t k = 0; k < sizeof(date_words) / sizeof(*date_words); k++)
			if (strlen(date_words[k]) == wl && memcmp(date_words[k], folded + st, wl) == 0) {
				datey++;
				break;
			}
	}
	return digits > 0 && datey * 10 >= words * 6;
}

/* A Title Case run of section names ("Home News Sport Weather Login"). */
static int is_word_menu(const char *s, size_t n, const char *folded, size_t fl, double stop)
{
	size_t caps, upper;
	size_t words = word_case(s, n, &caps, &upper);
	if (words < 4 || stop > 0.25 || caps * 10 < words * 8)
		return 0;
	size_t nav = 0, i = 0;
	while (i < fl) {
		size_t st = i;
		while (i < fl && folded[i] != ' ')
			i++;
		nav += lexicon_nav_word(folded + st, i - st);
		i++;
	}
	/* headlines in Title Case have stop words and at most one section word */
	return (nav >= 2 && stop <= 0.12) || (nav >= 3 && nav * 2 >= words) ||
	       (words >= 10 && stop == 0);
}

static int is_link_line(const char *s, size_t n)
{
	if (n == 0 || memchr(s, ' ', n))
		return 0;
	return (n > 7 && (memcmp(s, "http://", 7) == 0 || memcmp(s, "https://", 8) == 0)) ||
	       (n > 4 && memcmp(s, "www.", 4) == 0) || memchr(s, '@', n) != NULL;
}

/* Mostly CJK (no spaces to count words or stop words by)? */
static int mostly_cjk(const char *s, size_t n)
{
	size_t cjk = 0, other = 0, i = 0;
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {
			i++;
			continue;
		}
		i += (size_t)k;
		if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
		    (cp >= 0xAC00 && cp <= 0xD7AF))
			cjk++;
		else if (cp > ' ')
			other++;
	}
	return cjk > other;
}

static void classify(struct unit *u, const char *s, const char *lang, buf *fold)
{
	size_t n = u->len;
	const char *why = NULL;
	buf_reset(fold);
	size_t fw = lexicon_fold(s, n, fold);
	u->words = clean_count_words(s, n);
	u->term = lexicon_ends_like_sentence(s, n);
	u->stop = lexicon_stopword_density(s, n, lang);
	u->headline = u->words >= 4 && !u->term;
	u->cls = U_NEUTRAL;
	if (!has_letter(s, n)) {
		u->cls = U_BAD;
		u->why = "symbols";
		return;
	}
	if (is_link_line(s, n)) {
		u->cls = U_BAD;
		u->why = "link";
		return;
	}
	if (is_separated_menu(s, n, fw)) {
		u->cls = U_BAD;
		u->why = "menu";
		return;
	}
	if (!u->term && is_date_bar(fold->data, fold->len, fw)) {
		u->cls = U_BAD;
		u->why = "date";
		return;
	}
	if (lexicon_boilerplate_line(s, n, &why)) {
		u->cls = U_BAD;
		u->why = why;
		u->listhead = strcmp(why, "related") == 0 && fw <= 6;
		u->commentshead = strcmp(why, "comments") == 0 && fw <= 6;
		return;
	}
	if (is_word_menu(s, n, fold->data, fold->len, u->stop)) {
		u->cls = U_BAD;
		u->why = "menu";
		return;
	}
	if (mostly_cjk(s, n)) {
		if ((u->words >= 25 && u->term) || u->words >= 60)
			u->cls = U_GOOD;
		return;
	}
	if (!lang) {
		/* no stop-word list fits this text: judge by shape alone */
		if ((u->words >= 8 && u->term) || u->words >= 20)
			u->cls = U_GOOD;
		return;
	}
	if ((u->words >= 8 && u->term && u->stop >= 0.15) || (u->words >= 15 && u->stop >= 0.2) ||
	    u->words >= 40)
		u->cls = U_GOOD;
}

/* ---- splitting ---- */

/* Hard-wrapped text: most lines inside multi-line blocks are cut at a
 * similar width well below a paragraph's length. Then a block, not a
 * line, is the unit. */
static int looks_wrapped(const struct line *ln, size_t nl)
{
	size_t inner = 0, wrapped = 0;
	for (size_t i = 0; i + 1 < nl; i++) {
		if (!ln[i].clen || !ln[i + 1].clen)
			continue;
		inner++;   /* a line followed by another line of the same block */
		if (ln[i].clen >= 40 && ln[i].clen <= 100)
			wrapped++;
	}
	return inner >= 5 && wrapped * 10 >= inner * 7;
}

void textclean_run(const char *text, size_t n, const clean_options *opt, buf *out, buf *explain)
{
	static const clean_options defaults;
	if (!opt)
		opt = &defaults;
	buf work = BUF_INIT, fold = BUF_INIT;
	buf_init(&work);
	buf_init(&fold);

	/* lines, cleaned into work */
	size_t nl = 0, capl = 64;
	struct line *ln = xmalloc(capl * sizeof(*ln));
	for (size_t i = 0; i <= n;) {
		size_t e = i;
		while (e < n && text[e] != '\n' && text[e] != '\r')
			e++;
		if (nl == capl) {
			capl *= 2;
			ln = xrealloc(ln, capl * sizeof(*ln));
		}
		struct line *l = &ln[nl++];
		l->off = i;
		l->len = e - i;
		l->coff = work.len;
		clean_line(text + i, e - i, &work);
		l->clen = work.len - l->coff;
		buf_putc(&work, 0);
		l->had_text = 0;
		for (size_t k = i; k < e; k++)
			if ((unsigned char)text[k] > ' ') {
				l->had_text = 1;
				break;
			}
		if (e >= n)
			break;
		i = e + 1;
		if (text[e] == '\r' && i < n && text[i] == '\n')
			i++;
	}

	/* units: lines, or blocks of wrapped lines joined by a space */
	int wrapped = looks_wrapped(ln, nl);
	size_t nu = 0;
	struct unit *u = xcalloc(nl + 1, sizeof(*u));
	for (size_t i = 0; i < nl;) {
		if (!ln[i].clen) {
			if (ln[i].had_text && explain)
				buf_printf(explain, "template\t%.*s\n", (int)ln[i].len, text + ln[i].off);
			i++;
			continue;
		}
		size_t j = i + 1;
		if (wrapped)
			while (j < nl && ln[j].clen)
				j++;
		struct unit *x = &u[nu++];
		x->line0 = i;
		x->line1 = j;
		if (j == i + 1) {
			x->off = ln[i].coff;
			x->len = ln[i].clen;
		} else {
			size_t total = 0;
			for (size_t k = i; k < j; k++)
				total += ln[k].clen + 1;
			buf_grow(&work, total + 1);   /* copying from work into itself */
			x->off = work.len;
			for (size_t k = i; k < j; k++) {
				if (k > i)
					buf_putc(&work, ' ');
				buf_append(&work, work.data + ln[k].coff, ln[k].clen);
			}
			x->len = work.len - x->off;
			buf_putc(&work, 0);
		}
		i = j;
	}

	/* pass 1: what each unit is */
	const char *lang = lexicon_guess_lang(text, n);
	size_t hcap = 16;
	while (hcap < nu * 2)
		hcap *= 2;
	uint64_t *seen = xcalloc(hcap, sizeof(*seen));
	for (size_t i = 0; i < nu; i++) {
		const char *s = work.data + u[i].off;
		classify(&u[i], s, lang, &fold);
		/* a paragraph repeated inside the document is kept once */
		buf_reset(&fold);
		lexicon_fold(s, u[i].len, &fold);
		if (!fold.len)
			continue;
		uint64_t h = hash_xxh3(fold.data, fold.len) | 1;
		size_t k = (size_t)h & (hcap - 1);
		while (seen[k] && seen[k] != h)
			k = (k + 1) & (hcap - 1);
		if (seen[k] == h) {
			u[i].cls = U_BAD;
			u[i].why = "duplicate";
			u[i].listhead = u[i].commentshead = 0;
		} else {
			seen[k] = h;
		}
	}
	free(seen);

	/* pass 2: where each unit stands */
	size_t first_good = nu, last_good = 0, n_good = 0;
	for (size_t i = 0; i < nu; i++)
		if (u[i].cls == U_GOOD) {
			if (first_good == nu)
				first_good = i;
			last_good = i;
			n_good++;
		}
	if (n_good == 0) {
		/* no prose at all (a list, a very short note): keep what is not
		 * boilerplate by itself */
		first_good = 0;
		last_good = nu ? nu - 1 : 0;
	}
	/* names and labels alone between pieces of chrome ("Reply", a user
	 * name, "Joined: ..."): a run of short NEUTRAL units with BAD units on
	 * both sides is chrome too */
	for (size_t i = 0; i < nu;) {
		if (u[i].cls != U_NEUTRAL) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < nu && u[j].cls == U_NEUTRAL && u[j].words <= 3)
			j++;
		if (j > i && i > 0 && u[i - 1].cls == U_BAD && j < nu && u[j].cls == U_BAD)
			for (size_t k = i; k < j; k++) {
				u[k].cls = U_BAD;
				u[k].why = "isolated";
			}
		i = j > i ? j : i + 1;
	}
	size_t goods_seen = 0;
	int in_list = 0, cut = 0;
	for (size_t i = 0; i < nu; i++) {
		struct unit *x = &u[i];
		if (cut) {
			x->cls = U_BAD;
			x->why = "comments";
			continue;
		}
		if (x->cls == U_GOOD) {
			goods_seen++;
			in_list = 0;
			continue;
		}
		if (x->cls == U_BAD) {
			if (x->listhead)
				in_list = 1;
			/* a comments section below most of the article: drop it */
			if (x->commentshead && !opt->keep_comments && n_good &&
			    goods_seen * 2 >= n_good && i > first_good)
				cut = 1;
			continue;
		}
		/* NEUTRAL */
		const struct unit *next = i + 1 < nu ? &u[i + 1] : NULL;
		const struct unit *prev = i ? &u[i - 1] : NULL;
		if (n_good && i < first_good) {
			if (x->words < 4) {
				x->cls = U_BAD;
				x->why = "head";
			}
		} else if (n_good && i > last_good) {
			x->cls = U_BAD;
			x->why = "tail";
		} else if (in_list) {
			x->cls = U_BAD;
			x->why = "list";
		} else if (x->words <= 3 && !x->term && (!prev || prev->cls == U_BAD) && next &&
			   next->cls == U_NEUTRAL && next->headline) {
			x->cls = U_BAD;
			x->why = "label";
		}
	}

	/* output */
	int first = 1;
	for (size_t i = 0; i < nu; i++) {
		struct unit *x = &u[i];
		if (x->cls != U_BAD) {
			if (!first)
				buf_puts(out, "\n\n");
			buf_append(out, work.data + x->off, x->len);
			first = 0;
		} else if (explain) {
			for (size_t k = x->line0; k < x->line1; k++)
				buf_printf(explain, "%s\t%.*s\n", x->why ? x->why : "boilerplate",
					   (int)ln[k].len, text + ln[k].off);
		}
	}
	if (!first)
		buf_putc(out, '\n');
	free(u);
	free(ln);
	buf_free(&work);
	buf_free(&fold);
}
