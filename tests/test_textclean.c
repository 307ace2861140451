/*
 * Plain-text cleaning (clean/textclean.c, clean/lexicon.c): the gold
 * fixtures under tests/fixtures/text, the shared seeds (PITH_SHARED), and
 * the single rules on small inputs.
 *
 * Gold files use the seeds' format: "+ line" must be a line of the output,
 * "- line" must not be, "~ string" must not occur anywhere, "? line" is
 * free; whitespace is folded on both sides.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "clean/lexicon.h"
#include "common/buf.h"
#include "common/fileio.h"

static void fold_ws(const char *s, size_t n, buf *out)
{
	buf_reset(out);
	int sp = 1;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
			if (!sp)
				buf_putc(out, ' ');
			sp = 1;
		} else {
			buf_putc(out, c);
			sp = 0;
		}
	}
	buf_rtrim(out);
}

static char *clean_str(const char *in, size_t n, const clean_options *opt, char **explain)
{
	clean_worker *w = clean_worker_new();
	clean_doc d;
	char err[128];
	cr_assert_eq(clean_text(w, in, n, NULL, opt, &d, err, sizeof(err)), 0);
	char *text = xstrndup(d.text ? d.text : "", d.text_len);
	if (explain)
		*explain = d.explain ? xstrdup(d.explain) : xstrdup("");
	clean_doc_free(&d);
	clean_worker_free(w);
	return text;
}

/* Is folded line l one of the output's folded lines? */
static int has_line(const char *out, const char *l)
{
	buf f = BUF_INIT;
	buf_init(&f);
	int found = 0;
	for (const char *p = out; *p && !found;) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		fold_ws(p, n, &f);
		found = f.len && strcmp(f.data, l) == 0;
		p += n + (e != NULL);
	}
	buf_free(&f);
	return found;
}

/* Check a cleaned text against a gold file; failures go to msg. Returns
 * the number of failed annotations. */
static int check_gold(const char *out, const char *gold_path, buf *msg, int *checked)
{
	buf g = BUF_INIT, f = BUF_INIT, blob = BUF_INIT;
	buf_init(&g);
	buf_init(&f);
	buf_init(&blob);
	char err[256];
	cr_assert_eq(file_read_all(gold_path, &g, 0, err, sizeof(err)), 0, "%s", err);
	fold_ws(out, strlen(out), &blob);
	int fails = 0;
	for (char *p = g.data; *p;) {
		char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n >= 2 && (p[0] == '+' || p[0] == '-' || p[0] == '~')) {
			fold_ws(p + 2, n - 2, &f);
			int ok = p[0] == '+' ? has_line(out, f.data)
				: p[0] == '-' ? !has_line(out, f.data)
					      : strstr(blob.data, f.data) == NULL;
			(*checked)++;
			if (!ok) {
				fails++;
				buf_printf(msg, "  %s: %c %.80s\n", gold_path, p[0], f.data);
			}
		}
		p += n + (e != NULL);
	}
	buf_free(&g);
	buf_free(&f);
	buf_free(&blob);
	return fails;
}

/* Clean every NAME.txt with a NAME.gold in dir; returns the files seen. */
static int check_dir(const char *dir, buf *msg, int *fails, int *checked)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct dirent *de;
	int files = 0;
	while ((de = readdir(d)) != NULL) {
		size_t l = strlen(de->d_name);
		if (l < 6 || strcmp(de->d_name + l - 5, ".gold") != 0)
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%.*s.txt", dir, (int)(l - 5), de->d_name);
		buf in = BUF_INIT;
		buf_init(&in);
		char err[256];
		cr_assert_eq(file_read_all(path, &in, 0, err, sizeof(err)), 0, "%s", err);
		char *out = clean_str(in.data, in.len, NULL, NULL);
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		*fails += check_gold(out, path, msg, checked);
		free(out);
		buf_free(&in);
		files++;
	}
	closedir(d);
	return files;
}

Test(textclean, fixtures_meet_gold)
{
	buf msg = BUF_INIT;
	buf_init(&msg);
	int fails = 0, checked = 0;
	int files = check_dir("tests/fixtures/text", &msg, &fails, &checked);
	cr_assert_geq(files, 6, "expected at least 6 plain-text fixtures, found %d", files);
	cr_assert_gt(checked, 100);
	cr_assert_eq(fails, 0, "%d of %d gold annotations fail:\n%s", fails, checked, msg.data);
	buf_free(&msg);
}

Test(textclean, seeds_meet_gold)
{
	const char *shared = getenv("PITH_SHARED");
	char dir[4096];
	snprintf(dir, sizeof(dir), "%s/seeds", shared ? shared : "");
	buf msg = BUF_INIT;
	buf_init(&msg);
	int fails = 0, checked = 0;
	int files = shared ? check_dir(dir, &msg, &fails, &checked) : -1;
	if (files <= 0) {
		buf_free(&msg);
		cr_skip_test("seeds not found (set PITH_SHARED to the shared folder holding seeds/)");
	}
	cr_assert_eq(fails, 0, "%d of %d seed annotations fail:\n%s", fails, checked, msg.data);
	buf_free(&msg);
}

static const char article[] =
	"Council approves the new bridge after a long debate\n"
	"The city council approved the plan to rebuild the old bridge on Tuesday, after a debate that ran past midnight.\n"
	"Members said the work would start in the spring and last for about two years, with one lane open at all times.\n";

Test(textclean, template_tokens_removed_editorial_brackets_kept)
{
	const char in[] =
		"Talks on the new rules went on late into the night\n"
		"{mosads}Officials said the talks went well and that more meetings would follow next month in the capital.\n"
		"\"[A] partnership suggests trust,\" he said, adding that [Group of 20] members were not yet ready to sign it.\n"
		"The draft %%promo_box%% text was shared with reporters [[inline-ad]] on Monday afternoon by the ministry.\n"
		"[caption id=\"attachment_9\" align=\"left\"]The committee met behind closed doors for most of the day and the evening.[/caption]\n"
		"{loadposition banner}\n";
	char *explain = NULL;
	clean_options opt = { 0 };
	opt.explain = 1;
	char *out = clean_str(in, sizeof(in) - 1, &opt, &explain);
	cr_assert(strstr(out, "{mosads}") == NULL);
	cr_assert(strstr(out, "%%") == NULL && strstr(out, "[[") == NULL && strstr(out, "[caption") == NULL);
	cr_assert(strstr(out, "{loadposition") == NULL);
	cr_assert(has_line(out, "Officials said the talks went well and that more meetings would follow next month in the capital."));
	cr_assert(strstr(out, "[A] partnership") != NULL);
	cr_assert(strstr(out, "[Group of 20]") != NULL);
	cr_assert(has_line(out, "The draft text was shared with reporters on Monday afternoon by the ministry."), "%s", out);
	cr_assert(has_line(out, "The committee met behind closed doors for most of the day and the evening."));
	cr_assert(strstr(explain, "template\t{loadposition banner}") != NULL, "%s", explain);
	free(out);
	free(explain);
}

Test(textclean, repeated_paragraph_kept_once)
{
	buf in = BUF_INIT;
	buf_init(&in);
	buf_puts(&in, article);
	buf_puts(&in, "Members said the work would start in the spring and last for about two years, with one lane open at all times.\n");
	buf_puts(&in, "The mayor thanked the engineers who had inspected the structure twice during the winter.\n");
	char *explain = NULL;
	clean_options opt = { 0 };
	opt.explain = 1;
	char *out = clean_str(in.data, in.len, &opt, &explain);
	const char *p = strstr(out, "Members said the work");
	cr_assert(p != NULL);
	cr_assert(strstr(p + 1, "Members said the work") == NULL, "repeated paragraph kept twice:\n%s", out);
	cr_assert(strstr(explain, "duplicate\tMembers said the work") != NULL, "%s", explain);
	free(out);
	free(explain);
	buf_free(&in);
}

Test(textclean, explain_lists_every_removed_line_with_reason)
{
	const char in[] =
		"Home | News | Sport | Weather | Login\n"
		"News\n"
		"Council approves the new bridge after a long debate\n"
		"The city council approved the plan to rebuild the old bridge on Tuesday, after a debate that ran past midnight.\n"
		"Advertisement\n"
		"Members said the work would start in the spring and last for about two years, with one lane open at all times.\n"
		"Most Popular\n"
		"Load more\n";
	char *explain = NULL;
	clean_options opt = { 0 };
	opt.explain = 1;
	char *out = clean_str(in, sizeof(in) - 1, &opt, &explain);
	int lines = 0;
	for (const char *p = explain; *p; p = strchr(p, '\n') + 1) {
		const char *tab = strchr(p, '\t'), *nl = strchr(p, '\n');
		cr_assert(nl != NULL);
		cr_assert(tab != NULL && tab < nl, "explain line without reason: %.*s", (int)(nl - p), p);
		lines++;
	}
	cr_assert_eq(lines, 5, "%s", explain);
	cr_assert(strstr(explain, "menu\tHome | News") != NULL, "%s", explain);
	cr_assert(strstr(explain, "ad\tAdvertisement") != NULL);
	cr_assert(has_line(out, "Council approves the new bridge after a long debate"));
	cr_assert(!has_line(out, "News"));
	free(out);
	free(explain);
}

Test(textclean, long_sentence_mentioning_newsletter_stays)
{
	const char in[] =
		"Residents gather to discuss the future of the old library\n"
		"About two hundred residents gathered in the school hall on Thursday to discuss what should happen to the old library building.\n"
		"Organisers, who first announced the meeting in the neighbourhood association's newsletter last month, said they were surprised by how many people came and promised to publish the notes.\n"
		"Subscribe to our newsletter\n"
		"A second meeting is planned for early June, when the council is expected to present three options for the site.\n";
	char *out = clean_str(in, sizeof(in) - 1, NULL, NULL);
	cr_assert(strstr(out, "neighbourhood association's newsletter last month") != NULL, "%s", out);
	cr_assert(!has_line(out, "Subscribe to our newsletter"));
	free(out);
}

Test(textclean, subheadings_in_body_stay_labels_above_headline_go)
{
	const char in[] =
		"Politics\n"
		"Senate passes the budget after a week of talks\n"
		"The Senate passed the budget late on Friday after a week of talks between the two parties and the treasury.\n"
		"What changes\n"
		"Spending on schools rises by four percent, while the defence budget stays at the level of last year.\n"
		"'A fair deal'\n"
		"The finance minister called the agreement a fair deal for families and said it would protect public services.\n";
	char *out = clean_str(in, sizeof(in) - 1, NULL, NULL);
	cr_assert(!has_line(out, "Politics"), "%s", out);
	cr_assert(has_line(out, "Senate passes the budget after a week of talks"));
	cr_assert(has_line(out, "What changes"));
	cr_assert(has_line(out, "'A fair deal'"));
	free(out);
}

Test(textclean, comments_section_kept_on_request)
{
	buf in = BUF_INIT;
	buf_init(&in);
	char err[256];
	cr_assert_eq(file_read_all("tests/fixtures/text/blog_sourdough.txt", &in, 0, err, sizeof(err)), 0);
	const char *comment = "This worked for me too. I never thought the kitchen temperature mattered that much, thanks for writing it up!";
	char *out = clean_str(in.data, in.len, NULL, NULL);
	cr_assert(!has_line(out, comment));
	free(out);
	clean_options opt = { 0 };
	opt.keep_comments = 1;
	out = clean_str(in.data, in.len, &opt, NULL);
	cr_assert(has_line(out, comment));
	free(out);
	buf_free(&in);
}

Test(textclean, hard_wrapped_paragraphs_are_joined)
{
	buf in = BUF_INIT;
	buf_init(&in);
	char err[256];
	cr_assert_eq(file_read_all("tests/fixtures/text/fr_wrapped.txt", &in, 0, err, sizeof(err)), 0);
	char *out = clean_str(in.data, in.len, NULL, NULL);
	cr_assert(strstr(out, "pour protester contre") != NULL, "%s", out);
	cr_assert(strstr(out, "pour\nprotester") == NULL);
	free(out);
	buf_free(&in);
}

Test(textclean, empty_and_blank_input)
{
	char *out = clean_str("", 0, NULL, NULL);
	cr_assert_str_eq(out, "");
	free(out);
	out = clean_str("\n\n  \n\t\n", 6, NULL, NULL);
	cr_assert_str_eq(out, "");
	free(out);
}

Test(lexicon, fold_and_stop_words)
{
	buf f = BUF_INIT;
	buf_init(&f);
	size_t w = lexicon_fold("  Load-MORE »  23 Comments ©2024", 32, &f);
	cr_assert_str_eq(f.data, "load more 0 comments copyright 0");
	cr_assert_eq(w, 6);
	buf_free(&f);
	const char en[] = "The council said that it would not approve the plan for the bridge.";
	const char de[] = "Der Stadtrat hat am Montag beschlossen, dass die Busse öfter fahren sollen.";
	cr_assert_gt(lexicon_stopword_density(en, sizeof(en) - 1, "en"), 0.3);
	cr_assert_lt(lexicon_stopword_density(en, sizeof(en) - 1, "de"), 0.1);
	cr_assert_gt(lexicon_stopword_density(de, sizeof(de) - 1, "de"), 0.3);
	cr_assert_str_eq(lexicon_guess_lang(en, sizeof(en) - 1), "en");
	cr_assert_str_eq(lexicon_guess_lang(de, sizeof(de) - 1), "de");
	cr_assert_null(lexicon_guess_lang("12 34 56", 8));
}

Test(lexicon, boilerplate_lines)
{
	const char *why = NULL;
	cr_assert(lexicon_boilerplate_line("Most Popular", 12, &why));
	cr_assert_str_eq(why, "related");
	cr_assert(lexicon_boilerplate_line("We use cookies to improve your experience.", 42, &why));
	cr_assert_str_eq(why, "cookie");
	cr_assert(lexicon_boilerplate_line("Alle Rechte vorbehalten.", 24, NULL));
	const char sent[] = "Tags are small labels that the museum attaches to each object so that visitors can find it again later.";
	cr_assert(!lexicon_boilerplate_line(sent, sizeof(sent) - 1, NULL));
	const char mention[] = "The company changed its privacy policy last year after regulators in three countries opened an investigation into how it shares data.";
	cr_assert(!lexicon_boilerplate_line(mention, sizeof(mention) - 1, NULL));
	cr_assert(lexicon_ends_like_sentence("He said: \xE2\x80\x9CNo.\xE2\x80\x9D", 15));
	cr_assert(!lexicon_ends_like_sentence("Most Popular", 12));
}

Test(textclean, bylines_open_comments_a_single_lead_in_does_not)
{
	const char in[] =
		"Residents gather to discuss the future of the old library\n"
		"About two hundred residents gathered in the school hall on Thursday to discuss what should happen to the old library building.\n"
		"The chair of the residents group said:\n"
		"\"We want a place where children can read and old people can meet, and the council should listen to that.\"\n"
		"A second meeting is planned for early June, when the council is expected to present three options for the site.\n"
		"Ann Lee says:\n"
		"I went to the meeting and it was a good evening, I hope the council will listen to all of us this time.\n"
		"Peter on 3 June 2025 at 10:02 said:\n"
		"The building is too expensive to heat, the council should sell it and build a smaller library on the square.\n";
	char *out = clean_str(in, sizeof(in) - 1, NULL, NULL);
	cr_assert(has_line(out, "The chair of the residents group said:"), "%s", out);
	cr_assert(has_line(out, "A second meeting is planned for early June, when the council is expected to present three options for the site."));
	cr_assert(strstr(out, "Ann Lee") == NULL, "%s", out);
	cr_assert(strstr(out, "too expensive to heat") == NULL, "%s", out);
	free(out);
	clean_options opt = { 0 };
	opt.keep_comments = 1;
	out = clean_str(in, sizeof(in) - 1, &opt, NULL);
	cr_assert(strstr(out, "too expensive to heat") != NULL, "%s", out);
	free(out);
}

Test(textclean, head_keeps_headline_and_standfirst_not_the_menu_above)
{
	const char in[] =
		"Sign in\n"
		"Today's paper and the morning briefing\n"
		"News\nSport\nCulture\nTravel\n"
		"Bridge works will close the river road for two years\n"
		"The council says one lane will stay open for buses and bicycles\n"
		"By Anna Berg\n"
		"The river road will close to cars from May while the old bridge is rebuilt, the city council decided on Tuesday after a long debate.\n"
		"Buses and bicycles will keep one lane, and a temporary footbridge will open before the work starts in earnest.\n";
	char *explain = NULL;
	clean_options opt = { 0 };
	opt.explain = 1;
	char *out = clean_str(in, sizeof(in) - 1, &opt, &explain);
	cr_assert(has_line(out, "Bridge works will close the river road for two years"), "%s", out);
	cr_assert(has_line(out, "The council says one lane will stay open for buses and bicycles"), "%s", out);
	cr_assert(!has_line(out, "Today's paper and the morning briefing"), "%s", out);
	cr_assert(strstr(explain, "head\tToday's paper") != NULL, "%s", explain);
	free(out);
	free(explain);
}

Test(textclean, tail_of_chrome_goes_with_the_blurb_inside_it)
{
	const char in[] =
		"Bridge works will close the river road for two years\n"
		"The river road will close to cars from May while the old bridge is rebuilt, the city council decided on Tuesday after a long debate.\n"
		"Buses and bicycles will keep one lane, and a temporary footbridge will open before the work starts in earnest.\n"
		"The work is expected to cost about forty million euros.\n"
		"Share on Facebook\n"
		"Share on X\n"
		"Most read\n"
		"Police search for the owner of a lost parrot\n"
		"New bakery opens in the old fire station\n"
		"Five walks along the river this spring\n"
		"Follow us on Instagram\n"
		"Our newsroom has covered the city and its people for more than a hundred years, and we will keep doing it.\n"
		"Sign up for our morning newsletter\n"
		"Privacy policy | Terms of use | Contact\n"
		"Copyright 2025 City Herald. All rights reserved.\n";
	char *out = clean_str(in, sizeof(in) - 1, NULL, NULL);
	cr_assert(has_line(out, "The work is expected to cost about forty million euros."), "%s", out);
	cr_assert(strstr(out, "hundred years") == NULL, "%s", out);
	free(out);
}

Test(textclean, a_list_the_text_introduces_stays_after_the_last_paragraph)
{
	const char in[] =
		"The band announces a reunion tour for next summer\n"
		"The band will play twelve shows next summer, its first tour in a decade, the promoter announced on Monday in a statement.\n"
		"Tickets go on sale on Friday morning, and fans who signed up for the mailing list can buy them a day earlier.\n"
		"The tour dates:\n"
		"June 9 -- City Arena, Lakeside\n"
		"June 12 -- Music Hall, Riverton\n"
		"July 30 -- Home Music Center, Oak Falls\n"
		"Sign up for our newsletter\n"
		"Copyright 2025 Music Daily. All rights reserved.\n";
	char *out = clean_str(in, sizeof(in) - 1, NULL, NULL);
	cr_assert(has_line(out, "June 9 -- City Arena, Lakeside"), "%s", out);
	cr_assert(has_line(out, "July 30 -- Home Music Center, Oak Falls"), "%s", out);
	cr_assert(!has_line(out, "Sign up for our newsletter"), "%s", out);
	free(out);
}

Test(textclean, arrow_links_and_contact_lines)
{
	const char in[] =
		"Bridge works will close the river road for two years\n"
		"The river road will close to cars from May while the old bridge is rebuilt, the city council decided on Tuesday after a long debate.\n"
		"\xE2\x96\xB6 Get breaking news alerts: text NEWS to 55555\n"
		"Buses and bicycles will keep one lane, and a temporary footbridge will open before the work starts in earnest.\n"
		"Got a story idea? Email news@cityherald.example\n"
		"The work is expected to cost about forty million euros, the council said in a statement on Wednesday.\n";
	char *out = clean_str(in, sizeof(in) - 1, NULL, NULL);
	cr_assert(strstr(out, "55555") == NULL, "%s", out);
	cr_assert(strstr(out, "cityherald.example") == NULL, "%s", out);
	cr_assert(has_line(out, "The work is expected to cost about forty million euros, the council said in a statement on Wednesday."));
	free(out);
}

Test(textclean, lines_differing_in_numbers_are_not_repeats)
{
	const char in[] =
		"Visitor numbers at the castle have risen every year since the new bridge opened, the trust said on Monday.\n"
		"2019: 4.5 million visitors\n"
		"2020: 1.2 million visitors\n"
		"2021: 2.8 million visitors\n"
		"The trust expects more than five million visitors this year, when the restored great hall opens in June.\n"
		"Reply\n"
		"Reply\n";
	char *out = clean_str(in, sizeof(in) - 1, NULL, NULL);
	cr_assert(has_line(out, "2019: 4.5 million visitors"), "%s", out);
	cr_assert(has_line(out, "2020: 1.2 million visitors"), "%s", out);
	cr_assert(has_line(out, "2021: 2.8 million visitors"), "%s", out);
	cr_assert(!has_line(out, "Reply"), "%s", out);
	free(out);
}
