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
 *     bar, a bare URL, a short line opening with an arrow or carrying an
 *     address, symbols only, a repeat of an earlier paragraph, a
 *     boilerplate label before a colon ("Related: <headline>"), or when
 *     the boilerplate lexicon (lexicon.c) outweighs its length; GOOD when
 *     it has the shape of prose (enough words, stop-word density of the
 *     document's language, sentence punctuation; twenty words without any
 *     punctuation are a keyword cloud); NEUTRAL otherwise (headlines,
 *     subheadings, short sentences, list items).
 *  2. by where it stands:
 *     - comments: two or more comment bylines ("Ann says:", "Marco on 4
 *       March 2024 at 9:12 said:") are comment chrome, and the first of
 *       them, or a comments header ("3 Comments") below most of the
 *       article or above bylines, cuts the rest unless comments are wanted;
 *     - tail: the suffix of the text where boilerplate outweighs prose
 *       (weights in tail_start) goes, paragraphs and all, if that costs at
 *       most a third of the prose; NEUTRAL units after the last GOOD one go
 *       too, except short sentences running on from it ("He declined to
 *       comment.") and the items of a list that an article line introduced
 *       with a colon ("The tour dates:");
 *     - head: above the first GOOD unit, short sentences that run into it
 *       stay (a punchy opening), and above them only the two nearest lines
 *       of four words or more (the headline and a standfirst), not across
 *       two short or BAD lines in a row; author lines ("By Anna Berg")
 *       go without taking a place;
 *     - inside: NEUTRAL units that follow a list header ("Most popular",
 *       "Related articles") go until prose resumes; a short label right
 *       above a headline that opens a story goes; other NEUTRAL units stay:
 *       they are the article's subheadings, short paragraphs and lists.
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
	int byline;             /* shaped like a comment's byline ("Ann says:") */
	int listed;             /* an item of a list the text introduced ("dates:") */
	int colon;              /* ends with a colon */
	int author;             /* an author line: "By Anna Berg", "Door Sanne de Vries" */
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
	"yesterday", "updated", "published", "posted", "on", "at", "c", "f", "a", "p", "m",
	"et", "ct", "mt", "pt", "cst", "mst", "ist", "jst", "aest", "week", "weeks",
	/* the weather box that sits beside the date */
	"partly", "mostly", "cloudy", "sunny", "clear", "rain", "showers", "snow", "fog",
	"windy", "overcast", "storms", "thunderstorms", "humidity", "wind",
	"januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "montag",
	"dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "uhr",
	"janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
	"octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi",
	"vendredi", "samedi", "dimanche", "le", "enero", "febrero", "marzo", "abril", "mayo",
	"junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "de",
	"del", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
	"ottobre", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
	"janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
	"novembro", "dezembro", "terça", "quarta", "quinta", "sexta", "feira", "januari",
	"februari", "maart", "mei", "augustus", "maandag", "dinsdag", "woensdag",
	"donderdag", "vrijdag", "zaterdag", "zondag", "января", "февраля", "марта",
	"апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
	"декабря", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
	"sierpnia", "września", "października", "listopada", "grudnia", "augusti", "maj",
};

static int word_in(const char *w, size_t wl, const char *const *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(set[i]) == wl && memcmp(set[i], w, wl) == 0)
			return 1;
	return 0;
}

/* A line made of dates, times, temperatures and weekday names. */
static int is_date_bar(const char *folded, size_t fl, size_t words)
{
	if (words == 0 || words > 24)
		return 0;
	/* words that only join a date ("on", "at", "de", "a.m."'s letters)
	 * or measure a duration ("30 hours") count toward its share but do
	 * not make one */
	static const char *const weak[] = { "on", "at", "a", "p", "m", "de", "del", "le", "c", "f",
					    "hour", "hours", "minute", "minutes", "min", "day", "days",
					    "week", "weeks" };
	size_t datey = 0, digits = 0, strong = 0, i = 0;
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
			if (date_words[k][0] == folded[st] && strlen(date_words[k]) == wl &&
			    memcmp(date_words[k], folded + st, wl) == 0) {
				datey++;
				strong += !word_in(folded + st, wl, weak, sizeof(weak) / sizeof(*weak));
				break;
			}
	}
	/* "2019: 4.5 million visitors" is numbers, not a date */
	return digits > 0 && datey * 10 >= words * 6 && (strong || datey == words);
}

/* A Title Case run of section names ("Home News Sport Weather Login"). */
static int is_word_menu(const char *s, size_t n, const char *folded, size_t fl, double stop)
{
	size_t caps, upper;
	size_t words = word_case(s, n, &caps, &upper);
	/* stop words stay lower-case in Title Case ("Things to Do") */
	size_t content = words - (size_t)(stop * (double)words + 0.5);
	if (words < 4 || stop > 0.25 || caps * 10 < content * 8)
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

/* Does the line hold an address: a URL or an e-mail (name@host.tld)? */
static int has_address(const char *s, size_t n)
{
	if (memmem(s, n, "http://", 7) || memmem(s, n, "https://", 8) || memmem(s, n, "www.", 4))
		return 1;
	for (const char *at = s; (at = memchr(at, '@', n - (size_t)(at - s))) != NULL; at++) {
		if (at == s || at[-1] == ' ')
			continue;   /* "@handle" is a social handle, not an address */
		const char *e = at + 1;
		while (e < s + n && *e != ' ' && *e != '.')
			e++;
		if (e > at + 1 && e + 1 < s + n && *e == '.' && e[1] != ' ')
			return 1;
	}
	return 0;
}

/* Opens with a price: a currency sign, then a digit. */
static int starts_with_price(const char *s, size_t n)
{
	size_t k = 0;
	if (n >= 2 && s[0] == '$')
		k = 1;
	else if (n >= 3 && (memcmp(s, "\xC2\xA3", 2) == 0 || memcmp(s, "\xC2\xA5", 2) == 0))
		k = 2;   /* £ ¥ */
	else if (n >= 4 && (memcmp(s, "\xE2\x82\xAC", 3) == 0 || memcmp(s, "\xE2\x82\xB9", 3) == 0))
		k = 3;   /* € ₹ */
	return k && k < n && s[k] >= '0' && s[k] <= '9';
}

/* Opens with an arrow or triangle, the mark of a link label ("▶ Get
 * alerts", "→ Read the report"). » and › are left out: they open quotes
 * in German and Scandinavian typography. */
static int starts_with_arrow(const char *s, size_t n)
{
	static const char *const arrows[] = {
		"\xE2\x96\xB6", "\xE2\x96\xBA", "\xE2\x96\xB8", "\xE2\x96\xB7", "\xE2\x86\x92",
		"\xE2\x9E\xA4", "\xE2\x9E\x9C", "\xE2\x87\x92", "\xE2\x96\xB9",
	};
	for (size_t i = 0; i < sizeof(arrows) / sizeof(*arrows); i++)
		if (n >= 3 && memcmp(s, arrows[i], 3) == 0)
			return 1;
	return 0;
}

/* "By Anna Berg", "Von Lena Hartmann", "Por Lucía Fernández", "Door Sanne
 * de Vries": a preposition of authorship, then two to five words of a name
 * that start upper-case (particles such as "de", "van" aside). */
static int is_author_line(const char *s, size_t n, const char *folded, size_t fl, size_t words)
{
	static const char *const by[] = { "by", "von", "por", "par", "door", "di", "av", "от", "da" };
	static const char *const particles[] = { "de", "da", "van", "von", "der", "del", "la", "le", "di",
						 "and", "und", "y", "e", "et", "en" };
	if (words < 3 || words > 7)
		return 0;
	size_t e = 0;
	while (e < fl && folded[e] != ' ')
		e++;
	if (!word_in(folded, e, by, sizeof(by) / sizeof(*by)))
		return 0;
	/* every later word is capitalised or a particle */
	size_t i = 0;
	while (i < n && s[i] != ' ')
		i++;
	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		size_t st = i;
		while (i < n && s[i] != ' ')
			i++;
		if (i == st)
			break;
		utf8proc_int32_t cp;
		if (utf8proc_iterate((const utf8proc_uint8_t *)s + st, (utf8proc_ssize_t)(i - st), &cp) <= 0)
			return 0;
		utf8proc_category_t cat = utf8proc_category(cp);
		if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
			continue;
		buf w = BUF_INIT;
		buf_init(&w);
		lexicon_fold(s + st, i - st, &w);
		int ok = word_in(w.data, w.len, particles, sizeof(particles) / sizeof(*particles));
		buf_free(&w);
		if (!ok)
			return 0;
	}
	return 1;
}

/* Verbs that close a comment's byline ("Ann Lee says:", "Marco on 4 March
 * 2024 at 9:12 said:", "Carla disse:"), folded. */
static const char *const byline_verbs[] = {
	"says", "said", "wrote", "writes", "replied", "disse", "diz", "escreveu", "dijo", "dice",
	"escribió", "écrit", "schrieb", "schreibt", "sagt", "scrive", "scritto", "zei", "schreef",
	"пишет", "написал", "написала", "skrev", "napisał",
};
/* Pronouns that make "He said:" a lead-in to a quote, not a byline. */
static const char *const byline_pronouns[] = {
	"he", "she", "they", "it", "we", "i", "you", "who", "er", "sie", "il", "elle", "ele", "ela",
	"él", "ella", "lui", "lei", "hij", "zij", "он", "она",
};

/* A comment's byline: a short line ending in "<name> says:" (the name may
 * be followed by a date). Alone it proves little ("Reyes said:" can lead
 * a quote); the caller wants two of them. */
static int is_comment_byline(const char *s, size_t n, const char *folded, size_t fl, size_t words)
{
	while (n && s[n - 1] == ' ')
		n--;
	if (!n || s[n - 1] != ':' || words < 2 || words > 14)
		return 0;
	size_t e = fl, st = fl;
	while (st > 0 && folded[st - 1] != ' ')
		st--;
	if (!word_in(folded + st, e - st, byline_verbs, sizeof(byline_verbs) / sizeof(*byline_verbs)))
		return 0;
	if (st < 2)
		return 0;
	size_t pe = st - 1, ps = pe;
	while (ps > 0 && folded[ps - 1] != ' ')
		ps--;
	if (word_in(folded + ps, pe - ps, byline_pronouns,
		    sizeof(byline_pronouns) / sizeof(*byline_pronouns)))
		return 0;
	/* "Marco on 4 March 2024 at 9:12 said:" carries a date; without
	 * one the name is a few words with no stop words in them ("Ann Lee",
	 * "greenthumb_77"), not a phrase ("The chair of the group said:") */
	if (memchr(folded, '0', fl))
		return 1;
	return words <= 5 && lexicon_stopword_density(folded, pe, NULL) == 0;
}

static int has_punctuation(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == ':' || s[i] == '!' ||
		    s[i] == '?' || s[i] == '"' || s[i] == '(')
			return 1;
	return 0;
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
	u->colon = n && s[n - 1] == ':';
	u->author = !u->term && is_author_line(s, n, fold->data, fold->len, fw);
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
	/* judged after the whole text is seen: bylines count only in numbers */
	u->byline = is_comment_byline(s, n, fold->data, fold->len, fw);
	if (lexicon_boilerplate_line(s, n, &why)) {
		u->cls = U_BAD;
		u->why = why;
		u->listhead = strcmp(why, "related") == 0 && fw <= 6;
		u->commentshead = strcmp(why, "comments") == 0 && fw <= 6;
		return;
	}
	if (!u->term && u->words <= 25) {
		/* "Related: <headline>", "Sponsored: <offer>": a boilerplate
		 * label before a colon makes the whole line a link */
		const char *colon = memchr(s, ':', n < 40 ? n : 40);
		if (colon && colon > s && clean_count_words(s, (size_t)(colon - s)) <= 3 &&
		    lexicon_boilerplate_line(s, (size_t)(colon - s), &why)) {
			u->cls = U_BAD;
			u->why = why;
			return;
		}
	}
	if (!u->term && u->words <= 6 && starts_with_price(s, n)) {
		/* "$349 at Amazon", "£25 from Boots": a shop button */
		u->cls = U_BAD;
		u->why = "shop";
		return;
	}
	if (!u->term && u->words <= 12 && (memmem(s, n, "\xE2\x98\x85", 3) || memmem(s, n, "\xE2\x98\x86", 3))) {
		/* "★★★★☆ 4.3 (218)": a rating */
		u->cls = U_BAD;
		u->why = "meta";
		return;
	}
	if (!u->term && u->words <= 15 &&
	    (starts_with_arrow(s, n) || (u->line1 == u->line0 + 1 && has_address(s, n)))) {
		/* "▶ Get breaking news alerts", "Tips? Email news@paper.example" */
		u->cls = U_BAD;
		u->why = "link";
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
	/* twenty words without a single punctuation mark are a keyword
	 * cloud or a run of links, not a paragraph */
	if (u->words >= 20 && !has_punctuation(s, n))
		return;
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

/* ---- pass 2: position ---- */

static void mark(struct unit *x, const char *why)
{
	x->cls = U_BAD;
	x->why = why;
}

struct span {
	size_t first, last, n;   /* first and last GOOD unit, GOOD units */
	size_t words;            /* words in GOOD units */
};

static void good_span(const struct unit *u, size_t nu, struct span *sp)
{
	memset(sp, 0, sizeof(*sp));
	sp->first = nu;
	for (size_t i = 0; i < nu; i++)
		if (u[i].cls == U_GOOD) {
			if (sp->first == nu)
				sp->first = i;
			sp->last = i;
			sp->n++;
			sp->words += u[i].words;
		}
}

/* Where a comments section starts, or nu. Comment sections open with a
 * header ("3 Comments", "Leave a reply") or a run of bylines ("Ann says:").
 * A header cuts when most of the article is above it, or when bylines
 * follow it; the first of two or more bylines cuts by itself. */
static size_t comments_start(const struct unit *u, size_t nu, const struct span *sp)
{
	size_t bylines = 0;
	for (size_t i = 0; i < nu; i++)
		bylines += u[i].byline && u[i].cls == U_BAD;
	size_t goods = 0, bylines_seen = 0;
	for (size_t i = 0; i < nu; i++) {
		if (u[i].cls == U_GOOD)
			goods++;
		int byline = u[i].byline && u[i].cls == U_BAD;
		if (u[i].cls == U_BAD && u[i].commentshead && i > sp->first &&
		    (goods * 2 >= sp->n || bylines - bylines_seen >= 1 + (size_t)byline))
			return i;
		bylines_seen += byline;
	}
	return nu;
}

/* A line of the article that ends with a colon ("The tour dates:",
 * "You will need:") introduces what follows: the run of short lines after
 * it, up to the next boilerplate or paragraph, is the article's list. */
static void mark_listed(struct unit *u, size_t nu, const struct span *sp)
{
	for (size_t i = sp->first; i + 1 < nu; i++) {
		const struct unit *x = &u[i];
		if (x->cls == U_BAD || x->words < 2)
			continue;
		if (!x->colon)
			continue;
		/* items may look like a menu or a date bar by their shape alone
		 * ("July 30 -- Music Center, Noblesville"): inside the list that
		 * is no evidence; a bare link under each item stays out but does
		 * not end the list */
		size_t j = i + 1;
		for (; j < nu; j++) {
			struct unit *y = &u[j];
			if (y->cls == U_BAD && y->why && !strcmp(y->why, "link"))
				continue;   /* stays out, but the list goes on */
			if (y->cls == U_BAD && y->why &&
			    (!strcmp(y->why, "menu") || !strcmp(y->why, "date"))) {
				y->cls = U_NEUTRAL;
				y->why = NULL;
			}
			if (y->cls != U_NEUTRAL)
				break;
			y->listed = 1;
		}
		i = j - 1;
	}
}

/* The tail of a page is chrome with the odd sentence in it: promo blurbs,
 * an author box, teasers between "Share" and "Most read". Find the suffix
 * where boilerplate outweighs prose (BAD units count their words, at least
 * 4; NEUTRAL ones 2; GOOD ones minus twice their words, or minus their
 * words when chrome stands right above and below them; listed items and
 * short sentences of four words or more minus their words: prose is never
 * given up lightly) and cut it, if that costs at most a third of the
 * prose. */
static size_t tail_start(const struct unit *u, size_t nu, const struct span *sp,
			 const clean_options *opt)
{
	if (!sp->n)
		return nu;
	double sum = 0, best = 8;   /* a margin: a stray line is not a tail */
	size_t cut = nu, good_words = 0, cut_good = 0;
	/* comments kept on request are prose like the article's, each post
	 * alone between its chrome */
	size_t comments = nu;
	for (size_t i = sp->first; opt->keep_comments && i < nu && comments == nu; i++)
		if (u[i].commentshead)
			comments = i;
	for (size_t i = nu; i-- > sp->first + 1;) {
		const struct unit *x = &u[i];
		if (x->cls == U_GOOD) {
			/* a paragraph with chrome right above and below it is
			 * weaker evidence than one beside other prose */
			int alone = i < comments && (i == 0 || u[i - 1].cls == U_BAD) &&
				    (i + 1 == nu || u[i + 1].cls == U_BAD);
			sum -= (alone ? 1.0 : 2.0) * (double)x->words;
			good_words += x->words;
		} else if (x->listed || (x->cls == U_NEUTRAL && x->term && !x->colon && x->words >= 4)) {
			sum -= (double)x->words;   /* a list item, a short sentence */
		} else if (x->cls == U_BAD) {
			if (x->why && strcmp(x->why, "duplicate") == 0)
				sum += 1;   /* repeated chrome separates posts; it is no tail */
			else if (!(opt->keep_comments && x->why && strcmp(x->why, "comments") == 0))
				sum += x->words > 4 ? (double)x->words : 4;
		} else {
			sum += 2;
		}
		if (sum > best && x->cls != U_GOOD) {
			best = sum;
			cut = i;
			cut_good = good_words;
		}
	}
	return cut_good * 3 <= sp->words ? cut : nu;
}

/* Above the first paragraph of prose a dump holds the site's chrome and,
 * right before the prose, the headline and perhaps a standfirst. Keep the
 * two nearest lines of four words or more; shorter lines (sections,
 * bylines, "Share") and everything further up go. */
#define HEAD_KEEP 2

static void mark_head(struct unit *u, const struct span *sp)
{
	size_t i = sp->first;
	/* short sentences right above the first paragraph open the article
	 * ("It was 3am. The phone rang."): menus and headlines do not end
	 * with a full stop */
	while (i > 0 && u[i - 1].cls == U_NEUTRAL && u[i - 1].term && !u[i - 1].colon)
		i--;
	size_t kept = 0, gap = 0;
	while (i-- > 0) {
		struct unit *x = &u[i];
		if (x->cls == U_NEUTRAL && x->author) {
			mark(x, "byline");   /* no headline: it does not use a place */
			continue;
		}
		int small = x->cls == U_BAD || x->words < 4;
		gap = small ? gap + 1 : 0;
		/* two short or boilerplate lines above the headline end the
		 * search for a second line: what stands above them is the
		 * site's, not the story's */
		if (kept && gap >= 2)
			kept = HEAD_KEEP;
		if (x->cls != U_NEUTRAL)
			continue;
		if (x->words < 4 || kept == HEAD_KEEP)
			mark(x, "head");
		else
			kept++;
	}
}

/* Does prose start at unit i, perhaps after a byline or a date (BAD)?
 * Then the line before i is a headline, and a short line above that is
 * the section label; a line above a list ("Ingredients") is not. */
static int opens_story(const struct unit *u, size_t nu, size_t i)
{
	for (size_t k = i; k < nu && k < i + 3; k++)
		if (u[k].cls != U_BAD)
			return u[k].cls == U_GOOD;
	return 0;
}

static void place_units(struct unit *u, size_t nu, const clean_options *opt)
{
	/* bylines are comment chrome when there are several */
	size_t bylines = 0;
	for (size_t i = 0; i < nu; i++)
		bylines += u[i].byline;
	for (size_t i = 0; i < nu && bylines >= 2; i++)
		if (u[i].byline) {
			mark(&u[i], "comments");
			u[i].commentshead = 1;
		}

	struct span sp;
	good_span(u, nu, &sp);
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
			for (size_t k = i; k < j; k++)
				mark(&u[k], "isolated");
		i = j > i ? j : i + 1;
	}
	if (!sp.n) {
		/* no prose at all (a list, a very short note): keep what is not
		 * boilerplate by itself */
		return;
	}
	mark_listed(u, nu, &sp);
	if (!opt->keep_comments) {
		size_t c = comments_start(u, nu, &sp);
		for (size_t i = c; i < nu; i++)
			if (u[i].cls != U_BAD || !u[i].why)
				mark(&u[i], "comments");
		good_span(u, nu, &sp);
	}
	size_t t = tail_start(u, nu, &sp, opt);
	for (size_t i = t; i < nu; i++)
		if (u[i].cls != U_BAD)
			mark(&u[i], "tail");
	good_span(u, nu, &sp);
	mark_head(u, &sp);

	int in_list = 0;
	size_t run_on = sp.last + 1;
	for (size_t i = sp.first + 1; i < nu; i++) {
		struct unit *x = &u[i];
		if (x->cls == U_GOOD) {
			in_list = 0;
			continue;
		}
		if (x->cls == U_BAD) {
			in_list |= x->listhead;
			continue;
		}
		/* NEUTRAL: subheadings and short paragraphs inside the article
		 * stay; after the last paragraph, or in a list of other
		 * articles, they go; so does a short label above a headline */
		const struct unit *next = i + 1 < nu ? &u[i + 1] : NULL;
		const struct unit *prev = &u[i - 1];
		if (x->listed)
			continue;
		if (i > sp.last && i == run_on && x->term && !x->colon) {
			/* short sentences that follow the last paragraph close the
			 * article ("He declined to comment.") */
			run_on++;
			continue;
		}
		if (i > sp.last)
			mark(x, "tail");
		else if (in_list)
			mark(x, "list");
		else if (x->words <= 3 && !x->term && prev->cls == U_BAD && next &&
			 next->cls == U_NEUTRAL && next->headline && opens_story(u, nu, i + 2))
			mark(x, "label");
	}
}

/* ---- the whole text ---- */

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
		/* a paragraph repeated inside the document is kept once; case,
		 * punctuation and spacing do not matter, numbers do ("2019: 4.5
		 * million" and "2020: 4.8 million" are two lines) */
		buf_reset(&fold);
		lexicon_fold(s, u[i].len, &fold);
		if (!fold.len)
			continue;
		buf_putc(&fold, '|');
		for (size_t k = 0; k < u[i].len; k++)
			if (s[k] >= '0' && s[k] <= '9')
				buf_putc(&fold, s[k]);
			else if (k && s[k - 1] >= '0' && s[k - 1] <= '9')
				buf_putc(&fold, ',');
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
	place_units(u, nu, opt);

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
