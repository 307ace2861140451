/*
 * lexicon.c: stop words and the boilerplate phrase lexicon.
 *
 * Both work on folded text (lexicon_fold: lowercase, punctuation and
 * symbols to single spaces, digit runs to "0"), so "Load More »",
 * "LOAD MORE" and "load-more" are one phrase, and "23 Comments" and
 * "0 comments" are one. The stop-word tables are sorted byte-wise at
 * compile time and searched with bsearch: no initialisation, no global
 * mutable state. The phrase lexicon is a flat table scanned with memmem
 * over the space-padded folded line; with ~300 phrases and lines of a few
 * hundred bytes that costs microseconds per line, and plain-text cleaning
 * is never the hot path of a corpus build.
 *
 * Phrase weights are evidence, not verdicts: lexicon_boilerplate_line
 * compares their sum with a threshold that grows with the line's length,
 * so "Subscribe to our newsletter" falls while a 60-word article sentence
 * that mentions a newsletter stands.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "clean/lexicon.h"

static const char *const sw_en[] = {
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
	"any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
	"between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
	"during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
	"having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
	"if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more",
	"most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
	"once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said",
	"same", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the",
	"their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
	"those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was",
	"we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
	"whose", "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself",
};
static const char *const sw_de[] = {
	"aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
	"andere", "anderen", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bist", "da",
	"damit", "dann", "das", "dass", "dem", "den", "denn", "der", "des", "dich", "die",
	"dies", "diese", "diesem", "diesen", "dieser", "doch", "dort", "du", "durch", "ein",
	"eine", "einem", "einen", "einer", "eines", "er", "es", "etwas", "euch", "für", "gegen",
	"gewesen", "hab", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "ich",
	"ihm", "ihn", "ihnen", "ihr", "ihre", "im", "in", "ist", "jetzt", "kann", "kein",
	"keine", "können", "man", "mehr", "mein", "mich", "mir", "mit", "muss", "nach", "nicht",
	"nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "schon", "sehr", "sein", "seine",
	"sich", "sie", "sind", "so", "soll", "sollen", "um", "und", "uns", "unser", "unter",
	"viel", "vom", "von", "vor", "war", "waren", "warum", "was", "weil", "wenn", "wer",
	"werden", "wie", "wieder", "will", "wir", "wird", "wurde", "wurden", "zu", "zum", "zur",
	"zwischen", "über",
};
static const char *const sw_fr[] = {
	"au", "aussi", "aux", "avait", "avec", "avoir", "c", "ce", "cela", "celle", "celui",
	"ces", "cet", "cette", "comme", "d", "dans", "de", "des", "deux", "donc", "dont", "du",
	"elle", "elles", "en", "encore", "entre", "est", "et", "eu", "fait", "il", "ils", "j",
	"je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "mes",
	"moi", "mon", "même", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "où",
	"par", "pas", "peu", "plus", "pour", "qu", "que", "quel", "quelle", "qui", "s", "sa",
	"sans", "se", "ses", "si", "son", "sont", "sous", "sur", "ta", "te", "tes", "toi",
	"ton", "tous", "tout", "très", "tu", "un", "une", "vos", "votre", "vous", "y", "à",
	"été", "être",
};
static const char *const sw_es[] = {
	"a", "al", "algo", "algunos", "ante", "antes", "como", "con", "contra", "cual",
	"cuando", "de", "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos",
	"en", "entre", "era", "es", "esa", "ese", "eso", "esta", "este", "esto", "estos",
	"está", "están", "fue", "fueron", "ha", "había", "han", "hasta", "hay", "la", "las",
	"le", "les", "lo", "los", "me", "mi", "mientras", "muy", "más", "nada", "ni", "no",
	"nos", "o", "otra", "otro", "para", "pero", "poco", "por", "porque", "que", "qué", "se",
	"sea", "ser", "si", "sido", "sin", "sobre", "son", "su", "sus", "también", "tanto",
	"te", "tiene", "todo", "todos", "tu", "un", "una", "uno", "unos", "y", "ya", "yo",
};
static const char *const sw_it[] = {
	"a", "ad", "agli", "ai", "al", "alla", "alle", "anche", "avere", "c", "che", "chi",
	"ci", "come", "con", "contro", "così", "da", "dal", "dalla", "dei", "del", "della",
	"delle", "di", "dove", "e", "ed", "era", "essere", "fa", "gli", "ha", "hanno", "i",
	"il", "in", "io", "l", "la", "le", "lo", "loro", "ma", "mi", "molto", "ne", "nei",
	"nel", "nella", "nelle", "non", "o", "per", "perché", "più", "può", "quando", "quella",
	"quello", "questa", "questo", "se", "si", "sia", "sono", "su", "sua", "sue", "sul",
	"sulla", "suo", "tra", "tutti", "tutto", "un", "una", "uno", "è",
};
static const char *const sw_pt[] = {
	"a", "ao", "aos", "as", "até", "com", "como", "da", "das", "de", "dela", "dele", "do",
	"dos", "e", "ela", "ele", "eles", "em", "entre", "era", "essa", "esse", "esta", "este",
	"está", "foi", "foram", "há", "isso", "já", "lhe", "mais", "mas", "me", "mesmo",
	"muito", "na", "nas", "nem", "no", "nos", "não", "o", "os", "ou", "para", "pela",
	"pelo", "por", "quando", "que", "se", "sem", "ser", "seu", "seus", "sua", "suas",
	"também", "tem", "um", "uma", "você", "é",
};
static const char *const sw_nl[] = {
	"aan", "al", "alle", "als", "bij", "dan", "dat", "de", "deze", "die", "dit", "door",
	"een", "en", "er", "geen", "had", "heb", "hebben", "heeft", "het", "hij", "hoe", "hun",
	"ik", "in", "is", "je", "kan", "maar", "me", "meer", "met", "mij", "na", "naar", "niet",
	"nog", "nu", "of", "om", "omdat", "ons", "ook", "op", "over", "te", "tegen", "toch",
	"tot", "u", "uit", "van", "veel", "voor", "want", "was", "wat", "we", "wel", "werd",
	"wie", "wij", "worden", "zal", "ze", "zich", "zij", "zijn", "zo", "zou",
};
static const char *const sw_ru[] = {
	"а", "без", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "во", "вот",
	"все", "всё", "вы", "где", "да", "для", "до", "его", "ее", "если", "есть", "еще", "ещё",
	"её", "же", "за", "и", "из", "или", "им", "их", "к", "как", "когда", "кто", "ли",
	"меня", "мне", "мы", "на", "над", "не", "него", "нее", "нет", "ни", "но", "о", "об",
	"однако", "он", "она", "они", "оно", "от", "по", "под", "после", "при", "с", "со",
	"так", "также", "там", "то", "того", "тоже", "только", "том", "у", "уже", "чем", "что",
	"чтобы", "эти", "это", "этого", "этот", "я",
};
static const char *const sw_sv[] = {
	"alla", "att", "av", "blev", "bli", "de", "dem", "den", "denna", "det", "detta", "dig",
	"din", "du", "där", "efter", "eller", "en", "ett", "fick", "från", "för", "ha", "hade",
	"han", "hans", "har", "hon", "honom", "hur", "här", "i", "inte", "jag", "kan", "man",
	"med", "men", "mig", "min", "mot", "mycket", "ni", "nu", "när", "och", "om", "oss",
	"på", "sedan", "sig", "sin", "sina", "skulle", "som", "så", "till", "under", "upp",
	"ut", "utan", "vad", "var", "vi", "vid", "vill", "än", "är", "över",
};
static const char *const sw_pl[] = {
	"a", "aby", "ale", "bardzo", "bez", "by", "być", "był", "była", "było", "były", "co",
	"czy", "dla", "do", "gdy", "gdzie", "go", "i", "ich", "jak", "jako", "jednak", "jego",
	"jej", "jest", "już", "ma", "mnie", "może", "na", "nad", "nich", "nie", "niż", "o",
	"od", "oraz", "po", "pod", "przed", "przez", "przy", "się", "są", "ta", "tak", "tam",
	"te", "tego", "tej", "to", "tu", "tym", "w", "we", "więc", "z", "za", "ze", "że",
	"żeby",
};

struct sw_lang {
	const char *code;
	const char *const *words;
	size_t n;
};

#define SW(c) { #c, sw_##c, sizeof(sw_##c) / sizeof(*sw_##c) }
static const struct sw_lang sw_langs[] = {
	SW(en), SW(de), SW(fr), SW(es), SW(it), SW(pt), SW(nl), SW(ru), SW(sv), SW(pl),
};
#define N_LANGS (sizeof(sw_langs) / sizeof(*sw_langs))

/* Where a phrase must stand to count. */
enum {
	LX_ANY = 0,    /* anywhere */
	LX_START = 1,  /* the line starts with it */
	LX_EDGE = 2,   /* the line starts or ends with it */
	LX_SHORT = 4,  /* anywhere, but only in lines of at most 6 words */
	LX_LABEL = 8,  /* only in a label: <= 12 words, not ending like a sentence */
};

struct phrase {
	const char *p;   /* folded form */
	float w;
	unsigned char where;
	const char *why;
};

/* Weights: 1.5 damns a line of up to ~30 words on its own, 1.0 a line of up
 * to ~15 words, 0.5 only a label of a few words; weaker words add up. */
static const struct phrase phrases[] = {
	/* cookie and consent notices */
	{ "cookie", 0.75f, LX_ANY, "cookie" },
	{ "cookies", 0.75f, LX_ANY, "cookie" },
	{ "we use cookies", 1.5f, LX_ANY, "cookie" },
	{ "use cookies", 0.5f, LX_ANY, "cookie" },
	{ "use of cookies", 0.75f, LX_ANY, "cookie" },
	{ "cookie policy", 1.0f, LX_ANY, "cookie" },
	{ "cookie settings", 1.5f, LX_ANY, "cookie" },
	{ "accept cookies", 1.5f, LX_ANY, "cookie" },
	{ "accept all", 1.0f, LX_EDGE, "cookie" },
	{ "reject all", 1.0f, LX_EDGE, "cookie" },
	{ "consent", 0.5f, LX_ANY, "cookie" },
	{ "manage preferences", 1.0f, LX_ANY, "cookie" },
	{ "privacy policy", 0.75f, LX_ANY, "cookie" },
	{ "privacy settings", 0.75f, LX_ANY, "cookie" },
	{ "terms of use", 0.75f, LX_ANY, "legal" },
	{ "terms of service", 0.75f, LX_ANY, "legal" },
	{ "terms and conditions", 0.5f, LX_ANY, "legal" },
	{ "by continuing to", 0.75f, LX_ANY, "cookie" },
	{ "gdpr", 0.75f, LX_ANY, "cookie" },
	{ "learn more", 0.5f, LX_ANY, "nav" },
	{ "datenschutz", 0.75f, LX_ANY, "cookie" },
	{ "datenschutzerklärung", 1.0f, LX_ANY, "cookie" },
	{ "politique de confidentialité", 1.0f, LX_ANY, "cookie" },
	{ "política de privacidad", 1.0f, LX_ANY, "cookie" },
	/* the same notices in the page's own language; consent buttons alone */
	{ "utilizza cookie", 1.0f, LX_ANY, "cookie" },
	{ "uso dei cookie", 1.0f, LX_ANY, "cookie" },
	{ "utilise des cookies", 1.0f, LX_ANY, "cookie" },
	{ "utilisons des cookies", 1.5f, LX_ANY, "cookie" },
	{ "verwendet cookies", 1.0f, LX_ANY, "cookie" },
	{ "verwenden cookies", 1.5f, LX_ANY, "cookie" },
	{ "utiliza cookies", 1.0f, LX_ANY, "cookie" },
	{ "utilizamos cookies", 1.5f, LX_ANY, "cookie" },
	{ "usamos cookies", 1.5f, LX_ANY, "cookie" },
	{ "usa cookies", 1.0f, LX_ANY, "cookie" },
	{ "gebruikt cookies", 1.0f, LX_ANY, "cookie" },
	{ "gebruik van cookies", 1.0f, LX_ANY, "cookie" },
	{ "использует cookie", 1.0f, LX_ANY, "cookie" },
	{ "используем файлы cookie", 1.5f, LX_ANY, "cookie" },
	{ "файлы cookie", 0.75f, LX_ANY, "cookie" },
	{ "принять", 0.6f, LX_SHORT, "cookie" },
	{ "plików cookies", 1.0f, LX_ANY, "cookie" },
	{ "korzysta z plików cookies", 1.5f, LX_ANY, "cookie" },
	{ "akceptuję", 0.6f, LX_SHORT, "cookie" },
	{ "använder cookies", 1.5f, LX_ANY, "cookie" },
	{ "godkänn", 0.6f, LX_SHORT, "cookie" },
	{ "consenso", 0.5f, LX_ANY, "cookie" },
	{ "consentement", 0.5f, LX_ANY, "cookie" },
	{ "consentimiento", 0.5f, LX_ANY, "cookie" },
	{ "consentimento", 0.5f, LX_ANY, "cookie" },
	{ "einwilligung", 0.5f, LX_ANY, "cookie" },
	{ "tout accepter", 1.5f, LX_ANY, "cookie" },
	{ "alle akzeptieren", 1.5f, LX_ANY, "cookie" },
	{ "aceptar todas", 1.5f, LX_ANY, "cookie" },
	{ "accetta tutti", 1.5f, LX_ANY, "cookie" },
	{ "accept", 0.6f, LX_SHORT, "cookie" },
	{ "reject", 0.6f, LX_SHORT, "cookie" },
	{ "accetta", 0.6f, LX_SHORT, "cookie" },
	{ "rifiuta", 0.6f, LX_SHORT, "cookie" },
	{ "personalizza", 0.6f, LX_SHORT, "cookie" },
	{ "accepter", 0.6f, LX_SHORT, "cookie" },
	{ "refuser", 0.6f, LX_SHORT, "cookie" },
	{ "akzeptieren", 0.6f, LX_SHORT, "cookie" },
	{ "ablehnen", 0.6f, LX_SHORT, "cookie" },
	{ "aceptar", 0.6f, LX_SHORT, "cookie" },
	{ "rechazar", 0.6f, LX_SHORT, "cookie" },
	{ "aceitar", 0.6f, LX_SHORT, "cookie" },
	{ "recusar", 0.6f, LX_SHORT, "cookie" },
	{ "accepteren", 0.6f, LX_SHORT, "cookie" },
	{ "weigeren", 0.6f, LX_SHORT, "cookie" },
	/* legal lines */
	{ "all rights reserved", 1.5f, LX_ANY, "legal" },
	{ "copyright", 1.5f, LX_START, "legal" },
	{ "copyright", 0.5f, LX_ANY, "legal" },
	{ "may not be published broadcast", 1.5f, LX_ANY, "legal" },
	{ "rewritten or redistributed", 1.0f, LX_ANY, "legal" },
	{ "may not be reproduced", 1.0f, LX_ANY, "legal" },
	{ "without permission", 0.5f, LX_ANY, "legal" },
	{ "alle rechte vorbehalten", 1.5f, LX_ANY, "legal" },
	{ "tous droits réservés", 1.5f, LX_ANY, "legal" },
	{ "todos los derechos reservados", 1.5f, LX_ANY, "legal" },
	{ "tutti i diritti riservati", 1.5f, LX_ANY, "legal" },
	{ "riproduzione riservata", 1.5f, LX_ANY, "legal" },
	{ "todos os direitos reservados", 1.5f, LX_ANY, "legal" },
	{ "alle rechten voorbehouden", 1.5f, LX_ANY, "legal" },
	{ "все права защищены", 1.5f, LX_ANY, "legal" },
	{ "wszelkie prawa zastrzeżone", 1.5f, LX_ANY, "legal" },
	{ "alla rättigheter förbehållna", 1.5f, LX_ANY, "legal" },
	{ "impressum", 1.0f, LX_SHORT, "legal" },
	{ "mentions légales", 1.5f, LX_ANY, "legal" },
	{ "aviso legal", 1.5f, LX_ANY, "legal" },
	/* promos: newsletters, subscriptions, apps */
	{ "newsletter", 0.5f, LX_ANY, "promo" },
	{ "newsletters", 0.5f, LX_ANY, "promo" },
	{ "sign up", 0.75f, LX_ANY, "promo" },
	{ "signup", 0.75f, LX_ANY, "promo" },
	{ "subscribe", 0.5f, LX_ANY, "promo" },
	{ "subscribe to", 0.5f, LX_ANY, "promo" },
	{ "subscribe now", 1.5f, LX_ANY, "promo" },
	{ "subscribers", 0.25f, LX_ANY, "promo" },
	{ "already a subscriber", 1.5f, LX_ANY, "promo" },
	{ "to your inbox", 1.0f, LX_ANY, "promo" },
	{ "in your inbox", 1.0f, LX_ANY, "promo" },
	{ "for free", 0.5f, LX_ANY, "promo" },
	{ "free trial", 0.75f, LX_ANY, "promo" },
	{ "latest updates", 0.75f, LX_ANY, "promo" },
	{ "latest news", 0.5f, LX_ANY, "promo" },
	{ "news alerts", 0.5f, LX_ANY, "promo" },
	{ "alerts", 0.25f, LX_ANY, "promo" },
	{ "download the app", 1.0f, LX_ANY, "promo" },
	{ "download our app", 1.0f, LX_ANY, "promo" },
	{ "get the app", 1.0f, LX_ANY, "promo" },
	{ "click here", 1.0f, LX_ANY, "promo" },
	{ "become a member", 1.0f, LX_ANY, "promo" },
	{ "support our journalism", 1.5f, LX_ANY, "promo" },
	{ "special offer", 1.0f, LX_ANY, "promo" },
	{ "limited time", 0.5f, LX_ANY, "promo" },
	{ "promo code", 1.0f, LX_ANY, "promo" },
	{ "discount code", 1.0f, LX_ANY, "promo" },
	{ "jetzt abonnieren", 1.5f, LX_ANY, "promo" },
	{ "abonnieren", 0.75f, LX_ANY, "promo" },
	{ "abonnez vous", 1.5f, LX_ANY, "promo" },
	{ "inscrivez vous", 1.0f, LX_ANY, "promo" },
	{ "s abonner", 1.0f, LX_ANY, "promo" },
	{ "suscríbete", 1.5f, LX_ANY, "promo" },
	{ "suscribete", 1.5f, LX_ANY, "promo" },
	{ "iscriviti", 1.0f, LX_ANY, "promo" },
	{ "assine", 0.5f, LX_ANY, "promo" },
	{ "подписывайтесь", 1.0f, LX_ANY, "promo" },
	{ "nella tua casella di posta", 1.0f, LX_ANY, "promo" },
	{ "dans votre boîte mail", 1.0f, LX_ANY, "promo" },
	{ "dans votre boîte de réception", 1.0f, LX_ANY, "promo" },
	{ "in ihr postfach", 1.0f, LX_ANY, "promo" },
	{ "en tu bandeja de entrada", 1.0f, LX_ANY, "promo" },
	{ "na sua caixa de entrada", 1.0f, LX_ANY, "promo" },
	{ "story idea", 0.75f, LX_ANY, "promo" },
	{ "news tip", 0.75f, LX_ANY, "promo" },
	{ "got a tip", 1.0f, LX_ANY, "promo" },
	{ "send us a tip", 1.5f, LX_ANY, "promo" },
	/* affiliate disclosures */
	{ "affiliate link", 1.0f, LX_ANY, "promo" },
	{ "affiliate links", 1.0f, LX_ANY, "promo" },
	{ "disclosure policy", 1.0f, LX_ANY, "promo" },
	{ "earn a commission", 0.75f, LX_ANY, "promo" },
	{ "earn a small commission", 0.75f, LX_ANY, "promo" },
	{ "buy through links", 1.0f, LX_ANY, "promo" },
	{ "purchase through links", 1.0f, LX_ANY, "promo" },
	/* e-mail newsletter chrome */
	{ "view this email", 1.5f, LX_ANY, "promo" },
	{ "in your browser", 0.75f, LX_ANY, "promo" },
	{ "forward this email", 1.5f, LX_ANY, "promo" },
	{ "receiving this email", 1.5f, LX_ANY, "promo" },
	{ "unsubscribe", 1.0f, LX_ANY, "promo" },
	{ "update your preferences", 1.5f, LX_ANY, "promo" },
	{ "manage your preferences", 1.5f, LX_ANY, "promo" },
	{ "email preferences", 1.0f, LX_ANY, "promo" },
	/* recipe-card chrome */
	{ "jump to recipe", 1.5f, LX_ANY, "recipe" },
	{ "print recipe", 1.5f, LX_ANY, "recipe" },
	{ "save recipe", 1.5f, LX_ANY, "recipe" },
	{ "rate this recipe", 1.5f, LX_ANY, "recipe" },
	{ "pin this recipe", 1.5f, LX_ANY, "recipe" },
	{ "pin it", 1.0f, LX_START, "recipe" },
	{ "did you make this", 1.5f, LX_ANY, "recipe" },
	/* social buttons */
	{ "follow us", 1.5f, LX_ANY, "social" },
	{ "share this", 1.5f, LX_ANY, "social" },
	{ "share on", 1.0f, LX_EDGE, "social" },
	{ "share", 0.75f, LX_SHORT, "social" },
	{ "tweet", 0.75f, LX_SHORT, "social" },
	{ "facebook", 0.25f, LX_ANY, "social" },
	{ "twitter", 0.25f, LX_ANY, "social" },
	{ "instagram", 0.25f, LX_ANY, "social" },
	{ "whatsapp", 0.25f, LX_ANY, "social" },
	{ "linkedin", 0.25f, LX_ANY, "social" },
	{ "pinterest", 0.5f, LX_ANY, "social" },
	{ "email", 0.5f, LX_SHORT, "social" },
	{ "print", 0.5f, LX_SHORT, "social" },
	{ "teilen", 0.75f, LX_SHORT, "social" },
	{ "partager", 0.75f, LX_SHORT, "social" },
	{ "compartir", 0.75f, LX_SHORT, "social" },
	{ "condividi", 0.75f, LX_SHORT, "social" },
	{ "compartilhe", 0.75f, LX_SHORT, "social" },
	{ "delen", 0.75f, LX_SHORT, "social" },
	{ "поделиться", 0.75f, LX_SHORT, "social" },
	{ "udostępnij", 0.75f, LX_SHORT, "social" },
	{ "dela", 0.75f, LX_SHORT, "social" },
	{ "suivez nous", 1.5f, LX_ANY, "social" },
	{ "síguenos", 1.5f, LX_ANY, "social" },
	{ "seguici", 1.5f, LX_ANY, "social" },
	{ "share this article", 1.5f, LX_ANY, "social" },
	{ "compartilhe isso", 1.5f, LX_ANY, "social" },
	{ "curtir isso", 1.5f, LX_ANY, "social" },
	{ "partager cet article", 1.5f, LX_ANY, "social" },
	{ "artikel teilen", 1.5f, LX_ANY, "social" },
	{ "condividi questo articolo", 1.5f, LX_ANY, "social" },
	{ "click to share", 1.5f, LX_ANY, "social" },
	{ "opens in new window", 1.0f, LX_ANY, "social" },
	{ "opens in a new window", 1.0f, LX_ANY, "social" },
	{ "opens new tab", 1.0f, LX_ANY, "social" },
	{ "opens in new tab", 1.0f, LX_ANY, "social" },
	{ "opens in a new tab", 1.0f, LX_ANY, "social" },
	/* navigation */
	{ "skip to content", 1.5f, LX_ANY, "nav" },
	{ "skip to main content", 1.5f, LX_ANY, "nav" },
	{ "skip to navigation", 1.5f, LX_ANY, "nav" },
	{ "pular para o conteúdo", 1.5f, LX_ANY, "nav" },
	{ "ir al contenido", 1.5f, LX_ANY, "nav" },
	{ "aller au contenu", 1.5f, LX_ANY, "nav" },
	{ "zum inhalt springen", 1.5f, LX_ANY, "nav" },
	{ "vai al contenuto", 1.5f, LX_ANY, "nav" },
	{ "перейти к контенту", 1.5f, LX_ANY, "nav" },
	{ "main menu", 1.0f, LX_ANY, "nav" },
	{ "toggle navigation", 1.5f, LX_ANY, "nav" },
	{ "back to top", 1.5f, LX_ANY, "nav" },
	{ "sign in", 0.75f, LX_ANY, "nav" },
	{ "log in", 0.75f, LX_ANY, "nav" },
	{ "login", 0.75f, LX_ANY, "nav" },
	{ "log out", 0.75f, LX_ANY, "nav" },
	{ "register", 0.5f, LX_SHORT, "nav" },
	{ "search", 0.5f, LX_SHORT, "nav" },
	{ "menu", 0.75f, LX_SHORT, "nav" },
	{ "next article", 1.0f, LX_ANY, "nav" },
	{ "previous article", 1.0f, LX_ANY, "nav" },
	{ "next post", 1.0f, LX_ANY, "nav" },
	{ "previous post", 1.0f, LX_ANY, "nav" },
	{ "older posts", 1.0f, LX_ANY, "nav" },
	{ "newer posts", 1.0f, LX_ANY, "nav" },
	{ "page 0 of 0", 1.0f, LX_ANY, "nav" },
	{ "back to", 0.5f, LX_START | LX_LABEL, "nav" },
	{ "go to", 0.5f, LX_START | LX_LABEL, "nav" },
	{ "zur startseite", 1.5f, LX_ANY, "nav" },
	{ "anmelden", 0.75f, LX_SHORT, "nav" },
	{ "menú", 0.75f, LX_SHORT, "nav" },
	{ "buscar", 0.5f, LX_SHORT, "nav" },
	{ "suche", 0.5f, LX_SHORT, "nav" },
	{ "rechercher", 0.5f, LX_SHORT, "nav" },
	/* lists of other articles */
	{ "read more", 1.0f, LX_EDGE, "related" },
	{ "read more", 0.5f, LX_ANY, "related" },
	{ "load more", 1.5f, LX_ANY, "related" },
	{ "show more", 1.0f, LX_ANY, "related" },
	{ "see all", 1.5f, LX_ANY, "related" },
	{ "view all", 1.5f, LX_ANY, "related" },
	{ "see more", 1.0f, LX_EDGE, "related" },
	{ "most popular", 1.5f, LX_ANY, "related" },
	{ "most read", 1.5f, LX_ANY, "related" },
	{ "most viewed", 1.5f, LX_ANY, "related" },
	{ "most shared", 1.5f, LX_ANY, "related" },
	{ "trending", 1.0f, LX_SHORT, "related" },
	{ "trending now", 1.5f, LX_ANY, "related" },
	{ "recent articles", 1.5f, LX_ANY, "related" },
	{ "recent posts", 1.5f, LX_ANY, "related" },
	{ "latest articles", 1.5f, LX_ANY, "related" },
	{ "related articles", 1.5f, LX_ANY, "related" },
	{ "related stories", 1.5f, LX_ANY, "related" },
	{ "related posts", 1.5f, LX_ANY, "related" },
	{ "related content", 1.5f, LX_ANY, "related" },
	{ "related", 0.75f, LX_START | LX_LABEL, "related" },
	{ "you may also like", 1.5f, LX_ANY, "related" },
	{ "you might also like", 1.5f, LX_ANY, "related" },
	{ "recommended for you", 1.5f, LX_ANY, "related" },
	{ "recommended", 1.0f, LX_SHORT, "related" },
	{ "more from", 1.0f, LX_START | LX_LABEL, "related" },
	{ "more stories", 1.0f, LX_ANY, "related" },
	{ "more news", 1.0f, LX_SHORT, "related" },
	{ "also read", 1.0f, LX_START, "related" },
	{ "read also", 1.0f, LX_START, "related" },
	{ "see also", 1.0f, LX_START, "related" },
	{ "top stories", 1.0f, LX_SHORT, "related" },
	{ "editor s picks", 1.5f, LX_ANY, "related" },
	{ "don t miss", 1.0f, LX_START, "related" },
	{ "most commented", 1.5f, LX_ANY, "related" },
	{ "most emailed", 1.5f, LX_ANY, "related" },
	{ "more in", 0.75f, LX_START | LX_LABEL, "related" },
	{ "more on this story", 1.5f, LX_ANY, "related" },
	{ "more like this", 1.5f, LX_ANY, "related" },
	{ "related topics", 1.5f, LX_ANY, "related" },
	{ "related coverage", 1.5f, LX_ANY, "related" },
	{ "related links", 1.5f, LX_ANY, "related" },
	{ "recommended reading", 1.5f, LX_ANY, "related" },
	{ "popular posts", 1.5f, LX_ANY, "related" },
	{ "popular stories", 1.5f, LX_ANY, "related" },
	{ "latest stories", 1.5f, LX_ANY, "related" },
	{ "latest posts", 1.5f, LX_ANY, "related" },
	{ "what to read next", 1.5f, LX_ANY, "related" },
	{ "suggested topics", 1.5f, LX_ANY, "related" },
	{ "suggested articles", 1.5f, LX_ANY, "related" },
	{ "suggested reading", 1.5f, LX_ANY, "related" },
	{ "relacionadas", 0.75f, LX_START | LX_LABEL, "related" },
	{ "relacionados", 0.75f, LX_START | LX_LABEL, "related" },
	{ "correlati", 0.75f, LX_START | LX_LABEL, "related" },
	/* calls to action: a line that opens with an imperative at the reader */
	{ "find out", 0.5f, LX_START, "promo" },
	{ "find out more", 1.0f, LX_ANY, "promo" },
	{ "get more", 0.5f, LX_START, "promo" },
	{ "discover", 0.25f, LX_START, "promo" },
	{ "join", 0.25f, LX_START, "promo" },
	{ "download", 0.5f, LX_START, "promo" },
	{ "click", 0.5f, LX_START, "promo" },
	{ "stay up to date", 1.0f, LX_ANY, "promo" },
	{ "stay informed", 0.75f, LX_ANY, "promo" },
	{ "never miss", 1.0f, LX_ANY, "promo" },
	{ "around the web", 1.5f, LX_ANY, "related" },
	{ "read next", 1.5f, LX_ANY, "related" },
	{ "up next", 1.0f, LX_SHORT, "related" },
	{ "similar threads", 1.5f, LX_ANY, "related" },
	{ "similar posts", 1.5f, LX_ANY, "related" },
	{ "similar articles", 1.5f, LX_ANY, "related" },
	{ "similar products", 1.5f, LX_ANY, "related" },
	{ "customers also bought", 1.5f, LX_ANY, "related" },
	{ "customers also viewed", 1.5f, LX_ANY, "related" },
	{ "promoted stories", 1.5f, LX_ANY, "related" },
	{ "weiterlesen", 1.5f, LX_ANY, "related" },
	{ "mehr zum thema", 1.5f, LX_ANY, "related" },
	{ "lesen sie auch", 1.5f, LX_ANY, "related" },
	{ "auch interessant", 1.5f, LX_ANY, "related" },
	{ "meistgelesen", 1.5f, LX_ANY, "related" },
	{ "mehr laden", 1.5f, LX_ANY, "related" },
	{ "lire aussi", 1.5f, LX_ANY, "related" },
	{ "lire la suite", 1.5f, LX_ANY, "related" },
	{ "les plus lus", 1.5f, LX_ANY, "related" },
	{ "voir aussi", 1.0f, LX_START, "related" },
	{ "voir plus", 1.0f, LX_ANY, "related" },
	{ "en savoir plus", 1.0f, LX_ANY, "related" },
	{ "leer más", 1.5f, LX_ANY, "related" },
	{ "lee también", 1.5f, LX_ANY, "related" },
	{ "lea también", 1.5f, LX_ANY, "related" },
	{ "te puede interesar", 1.5f, LX_ANY, "related" },
	{ "lo más leído", 1.5f, LX_ANY, "related" },
	{ "noticias relacionadas", 1.5f, LX_ANY, "related" },
	{ "ver más", 1.0f, LX_ANY, "related" },
	{ "leggi anche", 1.5f, LX_ANY, "related" },
	{ "i più letti", 1.5f, LX_ANY, "related" },
	{ "leia mais", 1.5f, LX_ANY, "related" },
	{ "leia também", 1.5f, LX_ANY, "related" },
	{ "mais lidas", 1.5f, LX_ANY, "related" },
	{ "lees meer", 1.5f, LX_ANY, "related" },
	{ "lees ook", 1.5f, LX_ANY, "related" },
	{ "meest gelezen", 1.5f, LX_ANY, "related" },
	{ "читайте также", 1.5f, LX_ANY, "related" },
	{ "читать далее", 1.5f, LX_ANY, "related" },
	{ "самое читаемое", 1.5f, LX_ANY, "related" },
	{ "você também pode gostar", 1.5f, LX_ANY, "related" },
	{ "também pode gostar", 1.5f, LX_ANY, "related" },
	{ "artigos relacionados", 1.5f, LX_ANY, "related" },
	{ "posts relacionados", 1.5f, LX_ANY, "related" },
	{ "notícias relacionadas", 1.5f, LX_ANY, "related" },
	{ "veja também", 1.5f, LX_ANY, "related" },
	{ "artículos relacionados", 1.5f, LX_ANY, "related" },
	{ "lo más visto", 1.5f, LX_ANY, "related" },
	{ "más leídas", 1.5f, LX_ANY, "related" },
	{ "vous aimerez aussi", 1.5f, LX_ANY, "related" },
	{ "articles similaires", 1.5f, LX_ANY, "related" },
	{ "sur le même sujet", 1.5f, LX_ANY, "related" },
	{ "könnte sie auch interessieren", 1.5f, LX_ANY, "related" },
	{ "ähnliche artikel", 1.5f, LX_ANY, "related" },
	{ "verwandte artikel", 1.5f, LX_ANY, "related" },
	{ "meistgelesene", 1.5f, LX_ANY, "related" },
	{ "potrebbe interessarti", 1.5f, LX_ANY, "related" },
	{ "ti potrebbe interessare", 1.5f, LX_ANY, "related" },
	{ "articoli correlati", 1.5f, LX_ANY, "related" },
	{ "gerelateerde artikelen", 1.5f, LX_ANY, "related" },
	{ "похожие статьи", 1.5f, LX_ANY, "related" },
	{ "похожие записи", 1.5f, LX_ANY, "related" },
	{ "свежие записи", 1.5f, LX_ANY, "related" },
	{ "вам также может быть интересно", 1.5f, LX_ANY, "related" },
	{ "artikel terkait", 1.5f, LX_ANY, "related" },
	{ "berita terkait", 1.5f, LX_ANY, "related" },
	{ "baca juga", 1.5f, LX_ANY, "related" },
	{ "czytaj także", 1.5f, LX_ANY, "related" },
	{ "czytaj też", 1.5f, LX_ANY, "related" },
	{ "läs också", 1.5f, LX_ANY, "related" },
	/* comment counters and forms */
	{ "no comments", 1.5f, LX_ANY, "comments" },
	{ "0 comments", 1.5f, LX_ANY, "comments" },
	{ "0 comment", 1.5f, LX_ANY, "comments" },
	{ "0 replies", 1.5f, LX_ANY, "comments" },
	{ "0 responses", 1.5f, LX_ANY, "comments" },
	{ "0 thoughts on", 1.5f, LX_ANY, "comments" },
	{ "0 comentários", 1.5f, LX_ANY, "comments" },
	{ "0 comentarios", 1.5f, LX_ANY, "comments" },
	{ "0 commentaires", 1.5f, LX_ANY, "comments" },
	{ "0 kommentare", 1.5f, LX_ANY, "comments" },
	{ "0 commenti", 1.5f, LX_ANY, "comments" },
	{ "0 reacties", 1.5f, LX_ANY, "comments" },
	{ "0 комментариев", 1.5f, LX_ANY, "comments" },
	{ "comentários", 0.75f, LX_SHORT, "comments" },
	{ "reacties", 0.75f, LX_SHORT, "comments" },
	{ "deixe um comentário", 1.5f, LX_ANY, "comments" },
	{ "deja un comentario", 1.5f, LX_ANY, "comments" },
	{ "laisser un commentaire", 1.5f, LX_ANY, "comments" },
	{ "schreibe einen kommentar", 1.5f, LX_ANY, "comments" },
	{ "lascia un commento", 1.5f, LX_ANY, "comments" },
	{ "добавить комментарий", 1.5f, LX_ANY, "comments" },
	{ "will not be published", 1.0f, LX_ANY, "comments" },
	{ "required fields are marked", 1.5f, LX_ANY, "comments" },
	{ "não será publicado", 1.0f, LX_ANY, "comments" },
	{ "no será publicado", 1.0f, LX_ANY, "comments" },
	{ "ne sera pas publiée", 1.0f, LX_ANY, "comments" },
	{ "wird nicht veröffentlicht", 1.0f, LX_ANY, "comments" },
	{ "non sarà pubblicato", 1.0f, LX_ANY, "comments" },
	{ "comments", 0.75f, LX_SHORT, "comments" },
	{ "comment", 0.5f, LX_SHORT, "comments" },
	{ "leave a comment", 1.5f, LX_ANY, "comments" },
	{ "leave a reply", 1.5f, LX_ANY, "comments" },
	{ "post a comment", 1.5f, LX_ANY, "comments" },
	{ "add a comment", 1.5f, LX_ANY, "comments" },
	{ "join the discussion", 1.5f, LX_ANY, "comments" },
	{ "join the conversation", 1.5f, LX_ANY, "comments" },
	{ "view comments", 1.5f, LX_ANY, "comments" },
	{ "show comments", 1.5f, LX_ANY, "comments" },
	{ "report abuse", 1.5f, LX_ANY, "comments" },
	{ "permalink", 1.0f, LX_ANY, "comments" },
	{ "kommentare", 0.75f, LX_SHORT, "comments" },
	{ "commentaires", 0.75f, LX_SHORT, "comments" },
	{ "comentarios", 0.75f, LX_SHORT, "comments" },
	{ "commenti", 0.75f, LX_SHORT, "comments" },
	{ "комментарии", 0.75f, LX_SHORT, "comments" },
	{ "komentarze", 0.75f, LX_SHORT, "comments" },
	{ "kommentarer", 0.75f, LX_SHORT, "comments" },
	/* photo credits */
	{ "photo by", 1.5f, LX_START, "credit" },
	{ "photo by", 0.5f, LX_ANY, "credit" },
	{ "photos by", 1.5f, LX_START, "credit" },
	{ "photo", 0.5f, LX_START | LX_LABEL, "credit" },
	{ "photograph", 0.75f, LX_START | LX_LABEL, "credit" },
	{ "image", 0.5f, LX_START | LX_LABEL, "credit" },
	{ "image credit", 1.0f, LX_ANY, "credit" },
	{ "image source", 1.0f, LX_ANY, "credit" },
	{ "credit", 0.75f, LX_START | LX_LABEL, "credit" },
	{ "getty images", 1.5f, LX_ANY, "credit" },
	{ "shutterstock", 1.5f, LX_ANY, "credit" },
	{ "istock", 1.0f, LX_ANY, "credit" },
	{ "ap photo", 1.0f, LX_ANY, "credit" },
	{ "file photo", 0.75f, LX_ANY, "credit" },
	{ "crédit photo", 1.5f, LX_ANY, "credit" },
	{ "foto", 0.5f, LX_START | LX_LABEL, "credit" },
	{ "bild", 0.5f, LX_START | LX_LABEL, "credit" },
	{ "фото", 0.5f, LX_START | LX_LABEL, "credit" },
	/* advertising */
	{ "advertisement", 1.5f, LX_ANY, "ad" },
	{ "advertising", 1.0f, LX_SHORT, "ad" },
	{ "advertise", 0.5f, LX_ANY, "ad" },
	{ "sponsored", 0.75f, LX_ANY, "ad" },
	{ "sponsored content", 1.5f, LX_ANY, "ad" },
	{ "adchoices", 1.0f, LX_ANY, "ad" },
	{ "ad choices", 1.0f, LX_ANY, "ad" },
	{ "story continues below", 1.5f, LX_ANY, "ad" },
	{ "article continues below", 1.5f, LX_ANY, "ad" },
	{ "continue reading", 1.0f, LX_ANY, "ad" },
	{ "werbung", 1.5f, LX_SHORT, "ad" },
	{ "anzeige", 1.5f, LX_SHORT, "ad" },
	{ "publicité", 1.5f, LX_SHORT, "ad" },
	{ "publicidad", 1.5f, LX_SHORT, "ad" },
	{ "pubblicità", 1.5f, LX_SHORT, "ad" },
	{ "publicidade", 1.5f, LX_SHORT, "ad" },
	{ "advertentie", 1.5f, LX_SHORT, "ad" },
	{ "реклама", 1.5f, LX_SHORT, "ad" },
	/* tag and category lines */
	{ "tags", 1.0f, LX_START | LX_LABEL, "tags" },
	{ "tagged", 1.0f, LX_START | LX_LABEL, "tags" },
	{ "tag", 0.75f, LX_START | LX_LABEL, "tags" },
	{ "topics", 0.75f, LX_START | LX_LABEL, "tags" },
	{ "filed under", 1.5f, LX_START, "tags" },
	{ "categories", 1.0f, LX_START | LX_LABEL, "tags" },
	{ "category", 0.75f, LX_START | LX_LABEL, "tags" },
	{ "posted in", 1.0f, LX_START, "tags" },
	{ "keywords", 1.0f, LX_START | LX_LABEL, "tags" },
	{ "schlagworte", 1.0f, LX_START | LX_LABEL, "tags" },
	{ "themen", 0.5f, LX_START | LX_LABEL, "tags" },
	{ "étiquettes", 1.0f, LX_START | LX_LABEL, "tags" },
	{ "etiquetas", 1.0f, LX_START | LX_LABEL, "tags" },
	{ "теги", 1.0f, LX_START | LX_LABEL, "tags" },
	/* article furniture: reading time, bylines bars */
	{ "min read", 1.0f, LX_ANY, "meta" },
	{ "minute read", 1.0f, LX_ANY, "meta" },
	{ "reading time", 1.0f, LX_ANY, "meta" },
	/* feedback widgets */
	{ "was this page helpful", 1.5f, LX_ANY, "meta" },
	{ "is this page useful", 1.5f, LX_ANY, "meta" },
	{ "was this article helpful", 1.5f, LX_ANY, "meta" },
	{ "was this helpful", 1.5f, LX_ANY, "meta" },
	{ "did you find this", 1.0f, LX_START, "meta" },
	{ "report a problem", 1.0f, LX_ANY, "meta" },
	{ "0 votes", 1.0f, LX_LABEL, "meta" },
	{ "0 ratings", 1.0f, LX_LABEL, "meta" },
	{ "0 reviews", 1.0f, LX_LABEL, "meta" },
	{ "posted on", 0.75f, LX_START | LX_LABEL, "meta" },
	{ "posted by", 0.75f, LX_START | LX_LABEL, "meta" },
	{ "last updated", 0.75f, LX_START, "meta" },
	{ "updated", 0.5f, LX_START | LX_LABEL, "meta" },
	{ "published", 0.5f, LX_START | LX_LABEL, "meta" },
	/* shop chrome */
	{ "add to cart", 1.5f, LX_ANY, "shop" },
	{ "add to basket", 1.5f, LX_ANY, "shop" },
	{ "add to bag", 1.5f, LX_ANY, "shop" },
	{ "add to wishlist", 1.5f, LX_ANY, "shop" },
	{ "buy now", 1.5f, LX_ANY, "shop" },
	{ "in stock", 0.75f, LX_ANY, "shop" },
	{ "out of stock", 0.75f, LX_ANY, "shop" },
	{ "free shipping", 1.0f, LX_ANY, "shop" },
	{ "free delivery", 1.0f, LX_ANY, "shop" },
	{ "customer reviews", 1.0f, LX_ANY, "shop" },
	{ "write a review", 1.5f, LX_ANY, "shop" },
	{ "out of 0 stars", 1.0f, LX_ANY, "shop" },
	{ "checkout", 0.75f, LX_ANY, "shop" },
	{ "quantity", 0.75f, LX_SHORT, "shop" },
	{ "sku", 1.0f, LX_START | LX_LABEL, "shop" },
	{ "price", 0.5f, LX_SHORT, "shop" },
	{ "in den warenkorb", 1.5f, LX_ANY, "shop" },
	{ "ajouter au panier", 1.5f, LX_ANY, "shop" },
	{ "añadir al carrito", 1.5f, LX_ANY, "shop" },
	{ "at amazon", 1.0f, LX_SHORT, "shop" },
	{ "on amazon", 1.0f, LX_SHORT, "shop" },
	{ "check price", 1.5f, LX_ANY, "shop" },
	{ "see price", 1.5f, LX_ANY, "shop" },
	{ "view deal", 1.5f, LX_ANY, "shop" },
	{ "see it at", 1.5f, LX_START, "shop" },
	/* forum chrome */
	{ "quote", 0.75f, LX_SHORT, "forum" },
	{ "reply", 0.75f, LX_SHORT, "forum" },
	{ "report", 0.5f, LX_SHORT, "forum" },
	{ "joined", 1.0f, LX_START | LX_LABEL, "forum" },
	{ "posts", 0.75f, LX_START | LX_LABEL, "forum" },
	{ "last edited", 1.5f, LX_START, "forum" },
	{ "mark forums read", 1.5f, LX_ANY, "forum" },
	{ "forum rules", 1.0f, LX_ANY, "forum" },
	{ "you must log in", 1.5f, LX_ANY, "forum" },
	{ "log in or register", 1.5f, LX_ANY, "forum" },
	{ "reply with quote", 1.5f, LX_ANY, "forum" },
	{ "thread starter", 1.5f, LX_ANY, "forum" },
	{ "likes received", 1.5f, LX_ANY, "forum" },
};
#define N_PHRASES (sizeof(phrases) / sizeof(*phrases))

/* Words that name site sections and account pages (in a few languages):
 * many of them in one capitalised line make a menu, not a headline.
 * Sorted byte-wise for bsearch. */
static const char *const nav_words[] = {
	"about", "account", "accueil", "actualités", "archive", "archives", "arts",
	"baloncesto", "binnenland", "blog", "blogs", "books", "buitenland", "business",
	"careers", "contact", "cronaca", "cultura", "culture", "deals", "deportes",
	"economia", "economía", "education", "entertainment", "esportes", "esteri",
	"events", "faq", "fashion", "food", "fútbol", "games", "health", "help", "home",
	"inicio", "internacional", "international", "início", "jobs", "kultur",
	"lifestyle", "local", "login", "markets", "media", "meinung", "menu", "money",
	"motor", "music", "nachrichten", "news", "newsletters", "nieuws", "noticias",
	"notícias", "obituaries", "opinion", "opinión", "panorama", "photos", "podcasts",
	"politica", "politics", "politik", "politique", "política", "portada", "regions",
	"register", "reise", "science", "search", "shop", "sociedad", "société",
	"spettacoli", "sport", "sports", "startseite", "store", "style", "subscribe",
	"tech", "technology", "tenis", "travel", "tv", "video", "videos", "weather",
	"webmail", "wirtschaft", "wissen", "world", "économie", "новости", "политика",
	"спорт", "экономика",
};

static int cmp_word(const void *key, const void *elem)
{
	return strcmp((const char *)key, *(const char *const *)elem);
}

/* One code point's class for folding. */
enum { C_SEP, C_LETTER, C_DIGIT };

static int cp_class(utf8proc_int32_t cp)
{
	if (cp < 0x80) {
		if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
			return C_LETTER;
		if (cp >= '0' && cp <= '9')
			return C_DIGIT;
		return C_SEP;
	}
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
		return C_LETTER;
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return C_DIGIT;
	default:
		return C_SEP;
	}
}

size_t lexicon_fold(const char *s, size_t n, buf *out)
{
	size_t words = 0, i = 0;
	int prev = C_SEP;   /* class of the last thing written */
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {   /* invalid byte: a separator */
			i++;
			cp = ' ';
			k = 0;
		} else {
			i += (size_t)k;
		}
		if (cp == 0xA9) {   /* © */
			if (words)
				buf_putc(out, ' ');
			buf_puts(out, "copyright");
			words++;
			prev = C_SEP;   /* "©2024" is two words */
			continue;
		}
		int c = cp_class(cp);
		if (c == C_SEP) {
			if (prev != C_SEP)
				prev = C_SEP;
			continue;
		}
		if (c != prev) {
			/* a new token starts (letters right after digits start one too) */
			if (prev == C_SEP) {
				if (words)
					buf_putc(out, ' ');
				words++;
			}
			if (c == C_DIGIT) {
				buf_putc(out, '0');
				prev = c;
				continue;
			}
		} else if (c == C_DIGIT) {
			continue;   /* a digit run folds to one 0 */
		}
		prev = c;
		if (cp < 0x80) {
			buf_putc(out, (char)(cp | 0x20));
		} else {
			utf8proc_uint8_t enc[4];
			utf8proc_ssize_t el = utf8proc_encode_char(utf8proc_tolower(cp), enc);
			buf_append(out, enc, (size_t)el);
		}
	}
	return words;
}

/* Does phrase p occur in the padded folded line f (" w1 w2 ... ")? */
static int phrase_at(const char *f, size_t fl, const char *p, size_t pl, int where)
{
	/* f is " ...folded... ": the phrase must be flanked by spaces */
	if (pl + 2 > fl)
		return 0;
	if (where & (LX_START | LX_EDGE)) {
		if (memcmp(f + 1, p, pl) == 0 && f[pl + 1] == ' ')
			return 1;
		if ((where & LX_EDGE) && memcmp(f + fl - 1 - pl, p, pl) == 0 && f[fl - 2 - pl] == ' ')
			return 1;
		return 0;
	}
	for (const char *q = f; (q = memmem(q, fl - (size_t)(q - f), p, pl)) != NULL; q++) {
		if (q[-1] == ' ' && q[pl] == ' ')
			return 1;
		if ((size_t)(q - f) + pl >= fl)
			break;
	}
	return 0;
}

/* Bucket of a word by its first two bytes (the second is ' ' for a
 * one-letter word, in the padded line and in a phrase alike). */
static unsigned word_bucket(const char *w)
{
	return ((unsigned char)w[0] * 31u + (unsigned char)w[1]) & 63u;
}

static double score_folded(const char *f, size_t fl, size_t words, int label, const char **reason)
{
	/* which buckets the line's words fall in: a phrase whose first word
	 * is in none of them cannot match, and most phrases are skipped
	 * without a scan of the line */
	uint64_t present = 0;
	for (size_t i = 1; i + 1 < fl; i++)
		if (f[i - 1] == ' ' && f[i] != ' ')
			present |= (uint64_t)1 << word_bucket(f + i);
	double sum = 0, best = 0;
	const char *why = NULL;
	for (size_t i = 0; i < N_PHRASES; i++) {
		const struct phrase *ph = &phrases[i];
		if ((ph->where & LX_SHORT) && words > 6)
			continue;
		if ((ph->where & LX_LABEL) && !label)
			continue;
		if (!(present >> word_bucket(ph->p) & 1))
			continue;
		if (!phrase_at(f, fl, ph->p, strlen(ph->p), ph->where & (LX_START | LX_EDGE)))
			continue;
		sum += ph->w;
		if (ph->w > best) {
			best = ph->w;
			why = ph->why;
		}
	}
	if (reason)
		*reason = why;
	return sum;
}

/* Does the raw line end like a sentence (., !, ?, :, ; or …, before any
 * closing quotes and brackets)? */
static int ends_like_sentence(const char *s, size_t n)
{
	while (n > 0) {
		unsigned char c = (unsigned char)s[n - 1];
		if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ')' || c == ']') {
			n--;
			continue;
		}
		/* closing quotes ” ’ » (UTF-8 tails) */
		if (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 ||
			       memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0)) {
			n -= 3;
			continue;
		}
		if (n >= 2 && memcmp(s + n - 2, "\xC2\xBB", 2) == 0) {
			n -= 2;
			continue;
		}
		break;
	}
	if (n == 0)
		return 0;
	unsigned char c = (unsigned char)s[n - 1];
	if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
		return 1;
	/* … 。 ！ ？ */
	return (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0 ||
			   memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0 ||
			   memcmp(s + n - 3, "\xEF\xBC\x81", 3) == 0 ||
			   memcmp(s + n - 3, "\xEF\xBC\x9F", 3) == 0));
}

int lexicon_ends_like_sentence(const char *s, size_t n)
{
	return ends_like_sentence(s, n);
}

static size_t fold_padded(const char *s, size_t n, buf *f)
{
	buf_putc(f, ' ');
	size_t words = lexicon_fold(s, n, f);
	buf_putc(f, ' ');
	return words;
}

double lexicon_boilerplate_score(const char *s, size_t n, const char **reason)
{
	buf f = BUF_INIT;
	buf_init(&f);
	size_t words = fold_padded(s, n, &f);
	int label = words <= 12 && !ends_like_sentence(s, n);
	double sc = score_folded(f.data, f.len, words, label, reason);
	buf_free(&f);
	return sc;
}

int lexicon_boilerplate_line(const char *s, size_t n, const char **reason)
{
	buf f = BUF_INIT;
	buf_init(&f);
	size_t words = fold_padded(s, n, &f);
	const char *why = NULL;
	int label = words <= 12 && !ends_like_sentence(s, n);
	double sc = score_folded(f.data, f.len, words, label, &why);
	buf_free(&f);
	/* 2 words: 0.57, 15 words: 1.0, 30 words: 1.5, 60 words: 2.5 */
	int bad = sc > 0 && sc >= 0.5 + (double)words / 30.0;
	if (reason)
		*reason = bad ? why : NULL;
	return bad;
}

static int is_stopword(const struct sw_lang *l, const char *w)
{
	return bsearch(w, l->words, l->n, sizeof(*l->words), cmp_word) != NULL;
}

static const struct sw_lang *find_lang(const char *code)
{
	if (!code)
		return NULL;
	for (size_t i = 0; i < N_LANGS; i++)
		if (strcmp(sw_langs[i].code, code) == 0)
			return &sw_langs[i];
	return NULL;
}

/* Count stop-word hits per language over the words of folded text f. */
static size_t count_hits(const char *f, size_t fl, size_t max_words, size_t hits[N_LANGS])
{
	char w[64];
	size_t words = 0, i = 0;
	memset(hits, 0, N_LANGS * sizeof(*hits));
	while (i < fl && words < max_words) {
		while (i < fl && f[i] == ' ')
			i++;
		size_t st = i;
		while (i < fl && f[i] != ' ')
			i++;
		if (i == st)
			break;
		words++;
		size_t wl = i - st;
		if (wl >= sizeof(w))
			continue;
		memcpy(w, f + st, wl);
		w[wl] = 0;
		for (size_t l = 0; l < N_LANGS; l++)
			hits[l] += is_stopword(&sw_langs[l], w);
	}
	return words;
}

double lexicon_stopword_density(const char *s, size_t n, const char *lang)
{
	buf f = BUF_INIT;
	buf_init(&f);
	lexicon_fold(s, n, &f);
	size_t hits[N_LANGS];
	size_t words = count_hits(f.data, f.len, (size_t)-1, hits);
	buf_free(&f);
	if (!words)
		return 0;
	const struct sw_lang *l = find_lang(lang);
	if (l)
		return (double)hits[l - sw_langs] / (double)words;
	size_t best = 0;
	for (size_t i = 0; i < N_LANGS; i++)
		if (hits[i] > best)
			best = hits[i];
	return (double)best / (double)words;
}

const char *lexicon_guess_lang(const char *s, size_t n)
{
	buf f = BUF_INIT;
	buf_init(&f);
	lexicon_fold(s, n < 64 * 1024 ? n : 64 * 1024, &f);
	size_t hits[N_LANGS];
	size_t words = count_hits(f.data, f.len, 4000, hits);
	buf_free(&f);
	size_t best = 0, bi = 0;
	for (size_t i = 0; i < N_LANGS; i++)
		if (hits[i] > best) {
			best = hits[i];
			bi = i;
		}
	if (!words || best * 100 < words * 8)
		return NULL;
	return sw_langs[bi].code;
}

int lexicon_nav_word(const char *w, size_t n)
{
	char tmp[32];
	if (n == 0 || n >= sizeof(tmp))
		return 0;
	memcpy(tmp, w, n);
	tmp[n] = 0;
	return bsearch(tmp, nav_words, sizeof(nav_words) / sizeof(*nav_words), sizeof(*nav_words),
		       cmp_word) != NULL;
}
