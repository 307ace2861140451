/*
 * lexicon: word lists shared by the plain-text cleaner (textclean.c), the
 * template learner (templates.c) and, if it wants them, the HTML block
 * classifier: stop words for a handful of languages, a weighted
 * boilerplate phrase lexicon (cookies, legal lines, promos, social
 * buttons, "read more" lists, photo credits, comment counters, shop and
 * forum chrome), and the text folding they all match against.
 *
 * Everything here is read-only static data plus pure functions: safe from
 * any number of threads.
 */
#ifndef PITH_CLEAN_LEXICON_H
#define PITH_CLEAN_LEXICON_H

#include <stddef.h>

#include "common/buf.h"

/* Fold text for matching: lowercase (Unicode), every run of characters
 * that is not a letter or mark becomes one space, every run of digits
 * becomes "0", '©' becomes the word "copyright". No leading or trailing
 * space. Appends to out; returns the number of words written. */
size_t lexicon_fold(const char *s, size_t n, buf *out);

/* Weighted boilerplate evidence of one line or paragraph: the sum of the
 * weights of the lexicon phrases it contains (each phrase once). reason
 * (may be NULL) receives the category of the heaviest hit ("cookie",
 * "legal", "promo", "social", "nav", "related", "comments", "credit", "ad",
 * "tags", "meta", "shop", "forum", "recipe"), or NULL when nothing matched. */
double lexicon_boilerplate_score(const char *s, size_t n, const char **reason);

/* 1 when the lexicon evidence outweighs the line's length: short lines fall
 * on one strong phrase, long sentences need several (a long article
 * sentence that mentions a newsletter stays). reason as above. */
int lexicon_boilerplate_line(const char *s, size_t n, const char **reason);

/* Share of the words of s that are stop words of lang ("en", "de", "fr",
 * "es", "it", "pt", "nl", "ru", "sv", "pl"). With lang NULL or unknown, the
 * best density over all languages. 0 for text without words. */
double lexicon_stopword_density(const char *s, size_t n, const char *lang);

/* The language whose stop words cover most of the text's words (first
 * ~4000 words), or NULL when none covers at least 8 % of them. */
const char *lexicon_guess_lang(const char *s, size_t n);

/* Does the line end like a sentence: . ! ? : ; … 。 ！ ？ before any closing
 * quotes or brackets? */
int lexicon_ends_like_sentence(const char *s, size_t n);

/* Is the folded word w (length n) a navigation word ("home", "login",
 * "menu", "search", section names...)? Used to tell menus from headlines. */
int lexicon_nav_word(const char *w, size_t n);

#endif
