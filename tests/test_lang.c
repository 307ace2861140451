/* lang: clean_detect_lang (CLD2 through the C shim) on news paragraphs in
 * seven languages, with right, wrong and absent hints. */
#include <criterion/criterion.h>
#include <string.h>

#include "clean/clean.h"

static const struct sample {
	const char *code;
	const char *text;
} samples[] = {
	{ "en", "The city council voted on Tuesday to approve a new budget for public schools, "
		"after months of debate over teacher salaries and the cost of repairing old buildings. "
		"Several parents spoke at the meeting and asked the members to keep libraries open longer." },
	{ "de", "Der Stadtrat hat am Dienstag einen neuen Haushalt für die öffentlichen Schulen beschlossen. "
		"Zuvor war monatelang über die Gehälter der Lehrer und die Kosten für die Sanierung alter "
		"Gebäude gestritten worden. Mehrere Eltern sprachen in der Sitzung." },
	{ "fr", "Le conseil municipal a approuvé mardi un nouveau budget pour les écoles publiques, "
		"après des mois de débat sur les salaires des enseignants et le coût de la rénovation des "
		"vieux bâtiments. Plusieurs parents ont pris la parole lors de la réunion." },
	{ "es", "El ayuntamiento aprobó el martes un nuevo presupuesto para las escuelas públicas, "
		"después de meses de debate sobre los salarios de los maestros y el costo de reparar los "
		"edificios antiguos. Varios padres hablaron durante la reunión." },
	{ "ja", "市議会は火曜日、公立学校の新しい予算案を可決した。教員の給与や古い校舎の修繕費をめぐって"
		"数か月にわたり議論が続いていた。会議では複数の保護者が発言し、図書館の開館時間の延長を求めた。" },
	{ "zh", "市议会周二投票通过了公立学校的新预算。此前，关于教师工资和旧校舍维修费用的争论持续了"
		"好几个月。会议上，几位家长发言，要求延长图书馆的开放时间。" },
	{ "ru", "Городской совет во вторник утвердил новый бюджет для государственных школ после "
		"нескольких месяцев споров о зарплатах учителей и стоимости ремонта старых зданий. "
		"На заседании выступили несколько родителей." },
};

Test(lang, detects_seven_languages_without_hint)
{
	for (size_t i = 0; i < sizeof(samples) / sizeof(*samples); i++) {
		char out[16];
		clean_detect_lang(samples[i].text, strlen(samples[i].text), NULL, out);
		cr_expect_str_eq(out, samples[i].code, "sample %zu: got \"%s\"", i, out);
	}
}

Test(lang, right_hint_agrees)
{
	char out[16];
	clean_detect_lang(samples[1].text, strlen(samples[1].text), "de-DE", out);
	cr_assert_str_eq(out, "de");
}

Test(lang, wrong_hint_does_not_override_clear_text)
{
	static const char *const wrong[] = { "ja", "en-US", "fr", "zh-CN", "ru", "es", "de" };
	for (size_t i = 0; i < sizeof(samples) / sizeof(*samples); i++) {
		char out[16];
		clean_detect_lang(samples[i].text, strlen(samples[i].text), wrong[i], out);
		cr_expect_str_eq(out, samples[i].code, "sample %zu hint %s: got \"%s\"", i, wrong[i], out);
	}
}

Test(lang, short_text_falls_back_to_hint)
{
	char out[16];
	clean_detect_lang("Hola", 4, "es-MX", out);
	cr_assert_str_eq(out, "es");
	clean_detect_lang("", 0, "pt_BR", out);
	cr_assert_str_eq(out, "pt");
	clean_detect_lang("", 0, "x-default", out);
	cr_assert_str_eq(out, "");
	clean_detect_lang("OK", 2, NULL, out);
	cr_assert_str_eq(out, "");
	clean_detect_lang(NULL, 0, "IW", out);
	cr_assert_str_eq(out, "he");
}

Test(lang, gibberish_is_unknown)
{
	const char junk[] = "x7 qz9 kk2 zzq0 vvx 88a qqz 0x1f zk3 9v9 xq xq zz7 kq qk kv vk zq";
	char out[16];
	clean_detect_lang(junk, sizeof(junk) - 1, NULL, out);
	cr_assert_str_eq(out, "", "got \"%s\"", out);
}

Test(lang, long_text_capped_on_a_character_boundary)
{
	/* 200 KB of Russian: the cap falls inside a two-byte character */
	buf b = BUF_INIT;
	buf_init(&b);
	buf_puts(&b, "x");
	while (b.len < 200 * 1024)
		buf_puts(&b, samples[6].text);
	char out[16];
	clean_detect_lang(b.data, b.len, NULL, out);
	cr_assert_str_eq(out, "ru");
	buf_free(&b);
}
