/*
 * pith clean — the command line over clean/clean.h.
 *
 * Shape of a run: the arguments are expanded first (folders walked
 * recursively in byte-sorted order, so the batch order never depends on the
 * file system), then three kinds of threads share one bounded window of
 * items: a producer numbers the inputs (and streams WARC files record by
 * record, since only it may read a WARC sequentially), N workers each own a
 * clean_worker and clean whichever item is next (reading and gunzipping the
 * file themselves, so I/O and inflate scale with -j too), and the main
 * thread is the ordered writer: it takes items strictly by sequence number,
 * so stdout and every file written are byte-identical for every -j. The
 * window (a few items per worker) bounds memory: the producer waits when it
 * is that far ahead of the writer.
 *
 * Template learning (a batch of more than one document, --template-min > 0):
 * the writer observes every cleaned text under its host (counting is not
 * thread-safe, and observing in input order keeps the result deterministic)
 * and spools the finished documents to an unlinked temporary file instead of
 * writing them; once every input is cleaned the templates are finalized and
 * the spool is read back, stripped, formatted and written. Memory stays flat
 * whatever the batch size and nothing is cleaned twice; the price is that
 * output appears only at the end. Documents without a host (a saved file
 * with no canonical link and no --url) are never counted or stripped: an
 * unrelated batch of pages would otherwise share one "host" and lose the
 * quotes their stories have in common.
 *
 * Errors: a bad input costs that input only. Each gets one line on stderr,
 * "pith clean: <path>: <reason>", in input order; the rest of the batch is
 * cleaned and written, and the exit code is 1. Usage errors exit 2.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "clean/clean.h"
#include "clean/templates.h"
#include "cli/cli.h"
#include "common/buf.h"
#include "common/fileio.h"
#include "common/hash.h"
#include "common/utf8.h"
#include "fetch/warc.h"

enum { FMT_TEXT, FMT_JSON, FMT_JSONL, FMT_MD };
enum { FROM_AUTO, FROM_HTML, FROM_TEXT };
enum { IN_FILE, IN_STDIN, IN_WARC, IN_ERROR };

#define DEFAULT_MAX_SIZE (64u << 20)
#define TEMPLATE_MIN_SHARE 0.05
#define MAX_WALK_DEPTH 64

static const char clean_usage[] =
	"usage: pith clean [options] INPUT...\n"
	"\n"
	"Extract the article text (and metadata) from saved web pages.\n"
	"INPUT is a file (.html, .htm, .html.gz, .txt, ...), a folder (walked\n"
	"recursively in sorted order), a WARC file (.warc, .warc.gz: its HTML\n"
	"responses), or - for standard input.\n"
	"\n"
	"Output:\n"
	"  -f, --format FMT      text (default), markdown, json (one array), jsonl\n"
	"                        (one object per line)\n"
	"  -o, --output DIR      one file per document in DIR: <name>.txt, .md or\n"
	"                        .json (name = the input's without .html/.htm/.gz/.txt)\n"
	"                        On stdout, text and markdown documents are separated\n"
	"                        by a line holding a single form feed (\\f).\n"
	"\n"
	"Cleaning:\n"
	"      --url URL         the address of a single input (metadata, host); for a\n"
	"                        folder, the site its files come from (the host for\n"
	"                        template learning; ids then come from the paths)\n"
	"      --from MODE       html, text (already extracted text, cleaned line by\n"
	"                        line) or auto (default: by the first bytes)\n"
	"      --keep-captions   keep figure captions and photo descriptions\n"
	"      --keep-comments   keep reader comment sections\n"
	"      --no-tables       drop tables\n"
	"      --no-prune        every visible block, no boilerplate removal\n"
	"      --explain         print removed lines and why to stderr (text mode)\n"
	"      --max-size SIZE   refuse inputs larger than SIZE bytes once\n"
	"                        decompressed (K/M/G suffixes; default 64M)\n"
	"\n"
	"Template learning (batches):\n"
	"      --template-min N  text recurring on N pages of one host is removed\n"
	"                        (default 3; 0 disables learning)\n"
	"      --templates FILE  apply templates learned by an earlier run\n"
	"      --templates-out FILE  save the templates learned in this run\n"
	"\n"
	"  -j, --jobs N          worker threads (default: all cores); the output is\n"
	"                        the same for every N\n"
	"  -h, --help            this help\n"
	"  -V, --version         print the version\n"
	"\n"
	"Exit status: 0 all inputs cleaned, 1 some input failed (each reported as\n"
	"'pith clean: PATH: reason'; the others are still written), 2 usage error.\n";

/* ---- the run's configuration and inputs --------------------------------- */

typedef struct input {
	int kind;
	char *path;      /* as given or joined from the walk */
	char *name;      /* output name without extension, relative to -o DIR */
	char *error;     /* IN_ERROR: why it cannot be read */
} input;

typedef struct config {
	int format;
	int from;
	int jobs;
	size_t max_size;
	const char *outdir;
	const char *url;
	const char *templates_in;
	const char *templates_out;
	unsigned template_min;
	int learn;
	int explain;
	int url_shared;  /* --url names the site of a folder's files */
	clean_options opt;
	clean_templates *loaded;   /* --templates */
} config;

/* One document on its way through the pipeline. */
typedef struct item {
	size_t seq;
	const input *in;
	char *source;    /* path, or path@offset for a WARC record */
	char *name;      /* output name (unique within the run) */
	char *url;       /* --url or the WARC target URI */
	int url_shared;  /* url is --url given for a folder: the site, not this page */
	char *ctype;     /* HTTP Content-Type of a WARC record */
	char *error;     /* set by the producer: the item failed before cleaning */
	buf bytes;       /* WARC payload (files are read by the worker) */
	int has_bytes;
	/* results */
	int done;
	int failed;
	char err[512];
	clean_doc doc;
	buf out;         /* formatted output (when not learning) */
} item;

typedef struct run {
	config *cfg;
	input *inputs;
	size_t ninputs;

	pthread_mutex_t mu;
	pthread_cond_t cv;        /* any state change; waiters re-check */
	item **queue;             /* items not yet taken by a worker */
	size_t qhead, qlen;
	item **slots;             /* reorder window: slots[seq % window] */
	size_t window;
	size_t produced;          /* items numbered so far */
	size_t written;           /* items handed to the writer so far */
	int producer_done;

	/* output names already used (-o), touched by the producer only */
	char **names;
	size_t nnames, names_cap;
} run;

/* ---- small helpers ------------------------------------------------------- */

static int has_suffix_ci(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);
	return n >= k && strcasecmp(s + n - k, suf) == 0;
}

static int is_warc_name(const char *p)
{
	return has_suffix_ci(p, ".warc") || has_suffix_ci(p, ".warc.gz");
}

/* Files a folder walk picks up: pages, text dumps and WARCs. */
static int is_input_name(const char *p)
{
	static const char *exts[] = { ".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz",
				      ".txt", ".txt.gz", ".warc", ".warc.gz" };
	for (size_t i = 0; i < sizeof(exts) / sizeof(*exts); i++)
		if (has_suffix_ci(p, exts[i]))
			return 1;
	return 0;
}

/* name without its directory and without the page/text/WARC extensions */
static char *strip_ext(const char *name)
{
	static const char *exts[] = { ".html.gz", ".htm.gz", ".txt.gz", ".warc.gz", ".xhtml",
				      ".shtml", ".html", ".htm", ".txt", ".warc", ".gz" };
	size_t n = strlen(name);
	for (size_t i = 0; i < sizeof(exts) / sizeof(*exts); i++) {
		size_t k = strlen(exts[i]);
		if (n > k && strcasecmp(name + n - k, exts[i]) == 0) {
			n -= k;
			break;
		}
	}
	return xstrndup(name, n);
}

static char *join_path(const char *a, const char *b)
{
	buf p = BUF_INIT;
	buf_init(&p);
	if (a && *a) {
		buf_puts(&p, a);
		if (p.data[p.len - 1] != '/')
			buf_putc(&p, '/');
	}
	buf_puts(&p, b);
	return buf_detach(&p, NULL);
}

static int parse_size(const char *s, size_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-')
		return -1;
	unsigned long long mul = 1;
	if (*end == 'k' || *end == 'K')
		mul = 1ull << 10, end++;
	else if (*end == 'm' || *end == 'M')
		mul = 1ull << 20, end++;
	else if (*end == 'g' || *end == 'G')
		mul = 1ull << 30, end++;
	if (*end)
		return -1;
	if (v > SIZE_MAX / mul)
		return -1;
	*out = (size_t)(v * mul);
	return 0;
}

static int parse_uint(const char *s, unsigned max, unsigned *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0 || (unsigned long)v > max)
		return -1;
	*out = (unsigned)v;
	return 0;
}

/* Random bytes are not a page: NULs (outside UTF-16, which carries a BOM)
 * or many control characters in the first 8 KB. */
static int looks_binary(const char *p, size_t n)
{
	if (n >= 2 && (((unsigned char)p[0] == 0xFF && (unsigned char)p[1] == 0xFE) ||
		       ((unsigned char)p[0] == 0xFE && (unsigned char)p[1] == 0xFF)))
		return 0;
	size_t lim = n < 8192 ? n : 8192, ctl = 0;
	for (size_t i = 0; i < lim; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == 0)
			return 1;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
			ctl++;
	}
	return ctl * 20 > lim;
}

/* Gumbo's tree construction checks the stack of open elements on every
 * start tag (is there a <p> in button scope? ...), so its parse is quadratic
 * in nesting depth: 20 000 nested <div>s take over a second, 100 000 half a
 * minute. No real page nests that deep (browsers stop laying out at a few
 * hundred levels), so before parsing, start and end tags of elements nested
 * deeper than FLATTEN_DEPTH are blanked out (overwritten with spaces, in
 * place): their text stays, as siblings at the deepest level kept. Depth is
 * estimated with a small tokenizer that skips comments and raw-text
 * elements and ignores void elements and the ones HTML closes implicitly
 * (p, li, td...), so ordinary pages are never touched. One linear pass. */
#ifndef FLATTEN_DEPTH
#define FLATTEN_DEPTH 2000
#endif

static int tag_name_is(const char *p, size_t n, const char *const *set)
{
	for (; *set; set++)
		if (strlen(*set) == n && strncasecmp(p, *set, n) == 0)
			return 1;
	return 0;
}

static const char *const uncounted_tags[] = {
	"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
	"source", "track", "wbr", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr",
	"td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
	"html", "head", "body", NULL,
};
static const char *const rawtext_tags[] = {
	"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", NULL,
};

static size_t flatten_deep_nesting(char *s, size_t n, size_t limit)
{
	size_t depth = 0, blanked = 0, i = 0;
	while (i < n) {
		char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		i = (size_t)(lt - s);
		if (i + 3 < n && !memcmp(s + i, "<!--", 4)) {
			char *e = memmem(s + i + 4, n - i - 4, "-->", 3);
			i = e ? (size_t)(e - s) + 3 : n;
			continue;
		}
		int end = i + 1 < n && s[i + 1] == '/';
		size_t ns = i + 1 + (size_t)end, ne = ns;
		while (ne < n && (isalnum((unsigned char)s[ne]) || s[ne] == '-' || s[ne] == ':'))
			ne++;
		if (ne == ns || !isalpha((unsigned char)s[ns])) {
			i++;
			continue;
		}
		/* the end of the tag, stepping over quoted attribute values */
		size_t j = ne;
		char q = 0;
		while (j < n && (q || s[j] != '>')) {
			if (q && s[j] == q)
				q = 0;
			else if (!q && (s[j] == '"' || s[j] == '\''))
				q = s[j];
			j++;
		}
		size_t tag_end = j < n ? j + 1 : n;
		int self_closing = j < n && j > ne && s[j - 1] == '/';
		if (!end && tag_name_is(s + ns, ne - ns, rawtext_tags)) {
			/* skip to the matching end tag */
			size_t k = tag_end;
			for (;;) {
				char *c = memmem(s + k, n - k, "</", 2);
				if (!c) {
					k = n;
					break;
				}
				k = (size_t)(c - s);
				if (k + 2 + (ne - ns) <= n && strncasecmp(s + k + 2, s + ns, ne - ns) == 0)
					break;
				k += 2;
			}
			i = k;
			continue;
		}
		if (!self_closing && !tag_name_is(s + ns, ne - ns, uncounted_tags)) {
			if (!end && ++depth > limit) {
				memset(s + i, ' ', tag_end - i);
				blanked++;
			} else if (end && depth > 0) {
				if (depth-- > limit) {
					memset(s + i, ' ', tag_end - i);
					blanked++;
				}
			}
		}
		i = tag_end;
	}
	return blanked;
}

/* mkdir -p for the directory part of path */
static int make_parents(const char *path, char *err, size_t errlen)
{
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = 0;
		if (mkdir(p, 0777) && errno != EEXIST) {
			snprintf(err, errlen, "cannot create directory %s: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		*s = '/';
	}
	free(p);
	return 0;
}

/* ---- expanding the arguments --------------------------------------------- */

static void add_input(run *r, int kind, const char *path, char *name, const char *error)
{
	r->inputs = xrealloc(r->inputs, (r->ninputs + 1) * sizeof(*r->inputs));
	input *in = &r->inputs[r->ninputs++];
	in->kind = kind;
	in->path = xstrdup(path);
	in->name = name;
	in->error = error ? xstrdup(error) : NULL;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Walk root/rel. Symbolic links to folders are not followed (no loops);
 * a link to a file is an input like any other, and a dangling one is
 * reported when it is read. */
static void walk(run *r, const char *root, const char *rel, int depth)
{
	char *dir = rel[0] ? join_path(root, rel) : xstrdup(root);
	DIR *d = opendir(dir);
	if (!d) {
		add_input(r, IN_ERROR, dir, NULL, strerror(errno));
		free(dir);
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = xrealloc(names, cap * sizeof(*names));
		}
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);
	for (size_t i = 0; i < n; i++) {
		char *full = join_path(dir, names[i]);
		char *relname = join_path(rel, names[i]);
		struct stat st;
		if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (depth < MAX_WALK_DEPTH)
				walk(r, root, relname, depth + 1);
			else
				add_input(r, IN_ERROR, full, NULL, "folders nested too deep");
		} else if (is_input_name(names[i])) {
			int kind = is_warc_name(names[i]) ? IN_WARC : IN_FILE;
			add_input(r, kind, full, strip_ext(relname), NULL);
		}
		free(full);
		free(relname);
		free(names[i]);
	}
	free(names);
	free(dir);
}

static void expand_arg(run *r, const char *arg)
{
	if (strcmp(arg, "-") == 0) {
		add_input(r, IN_STDIN, "-", xstrdup("stdin"), NULL);
		return;
	}
	struct stat st;
	if (stat(arg, &st) != 0) {
		add_input(r, IN_ERROR, arg, NULL, strerror(errno));
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		walk(r, arg, "", 0);
		return;
	}
	const char *base = strrchr(arg, '/');
	base = base ? base + 1 : arg;
	add_input(r, is_warc_name(arg) ? IN_WARC : IN_FILE, arg, strip_ext(base), NULL);
}

/* ---- output names and ids ------------------------------------------------ */

/* A unique output name: a second "a/x" becomes "a/x~2". Linear search is
 * fine for the few names that collide; the set is sorted for the rest. */
static int name_used(run *r, const char *name)
{
	size_t lo = 0, hi = r->nnames;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(r->names[mid], name);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (r->nnames == r->names_cap) {
		r->names_cap = r->names_cap ? r->names_cap * 2 : 256;
		r->names = xrealloc(r->names, r->names_cap * sizeof(*r->names));
	}
	memmove(r->names + lo + 1, r->names + lo, (r->nnames - lo) * sizeof(*r->names));
	r->names[lo] = xstrdup(name);
	r->nnames++;
	return 0;
}

static char *unique_name(run *r, const char *name)
{
	if (!r->cfg->outdir)
		return xstrdup(name);
	if (!name_used(r, name))
		return xstrdup(name);
	for (unsigned k = 2;; k++) {
		buf b = BUF_INIT;
		buf_init(&b);
		buf_printf(&b, "%s~%u", name, k);
		if (!name_used(r, b.data))
			return buf_detach(&b, NULL);
		buf_free(&b);
	}
}

/* id: first 16 hex digits of sha1 of the URL when the input has one
 * (--url for a file, WARC target), else of the source path. */
static void doc_id(const item *it, char out[17])
{
	char hex[41];
	const char *key = it->url && !it->url_shared ? it->url : it->source;
	hash_sha1_hex(key, strlen(key), hex);
	memcpy(out, hex, 16);
	out[16] = 0;
}

/* ---- the pipeline --------------------------------------------------------- */

static item *item_new(const input *in)
{
	item *it = xcalloc(1, sizeof(*it));
	it->in = in;
	buf_init(&it->bytes);
	buf_init(&it->out);
	return it;
}

static void item_free(item *it)
{
	free(it->source);
	free(it->name);
	free(it->url);
	free(it->ctype);
	free(it->error);
	buf_free(&it->bytes);
	buf_free(&it->out);
	clean_doc_free(&it->doc);
	free(it);
}

static void push_item(run *r, item *it)
{
	pthread_mutex_lock(&r->mu);
	while (r->produced - r->written >= r->window)
		pthread_cond_wait(&r->cv, &r->mu);
	it->seq = r->produced++;
	r->slots[it->seq % r->window] = it;
	r->queue[(r->qhead + r->qlen) % r->window] = it;
	r->qlen++;
	pthread_cond_broadcast(&r->cv);
	pthread_mutex_unlock(&r->mu);
}

/* WARC input: HTML responses (2xx) and resources, through fetch/warc.h. */
/* Does a WARC record hold a page to clean? HTML responses (or resources). */
static int warc_is_page(const warc_record *rec)
{
	if (!rec->type || (strcmp(rec->type, "response") && strcmp(rec->type, "resource")))
		return 0;
	const char *ct = rec->http_head ? warc_get_http_header(rec, "Content-Type") : rec->content_type;
	if (rec->http_head && rec->http_status && (rec->http_status < 200 || rec->http_status >= 300))
		return 0;
	if (ct)
		return strcasestr(ct, "html") != NULL;
	return rec->payload_len && clean_looks_like_html(rec->payload, rec->payload_len);
}

static void produce_warc(run *r, const input *in)
{
	char err[512];
	warc_reader *wr = warc_reader_open(in->path, 0, r->cfg->max_size, err, sizeof(err));
	if (!wr) {
		item *it = item_new(in);
		it->source = xstrdup(in->path);
		it->error = xstrdup(err);
		push_item(r, it);
		return;
	}
	const char *base = strrchr(in->path, '/');
	base = base ? base + 1 : in->path;
	char *stem = strip_ext(base);
	size_t nrec = 0;
	for (;;) {
		warc_record rec;
		int rc = warc_next(wr, &rec, err, sizeof(err));
		if (rc == 0)
			break;
		if (rc < 0) {
			item *it = item_new(in);
			it->source = xstrdup(in->path);
			it->error = xstrdup(err);
			push_item(r, it);
			continue;
		}
		if (!warc_is_page(&rec))
			continue;
		item *it = item_new(in);
		buf s = BUF_INIT;
		buf_init(&s);
		buf_printf(&s, "%s@%llu", in->path, (unsigned long long)rec.offset);
		it->source = buf_detach(&s, NULL);
		buf_printf(&s, "%s/%06zu", stem, ++nrec);
		it->name = unique_name(r, s.data);
		buf_free(&s);
		if (rec.target_uri && *rec.target_uri)
			it->url = xstrdup(rec.target_uri);
		const char *ct = rec.http_head ? warc_get_http_header(&rec, "Content-Type") : rec.content_type;
		if (ct)
			it->ctype = xstrdup(ct);
		buf_append(&it->bytes, rec.payload, rec.payload_len);
		it->has_bytes = 1;
		push_item(r, it);
	}
	free(stem);
	warc_reader_close(wr);
}

static void *producer_main(void *arg)
{
	run *r = arg;
	for (size_t i = 0; i < r->ninputs; i++) {
		const input *in = &r->inputs[i];
		if (in->kind == IN_WARC) {
			produce_warc(r, in);
			continue;
		}
		item *it = item_new(in);
		it->source = xstrdup(in->path);
		if (in->kind == IN_ERROR)
			it->error = xstrdup(in->error);
		else
			it->name = unique_name(r, in->name);
		if (r->cfg->url) {
			it->url = xstrdup(r->cfg->url);
			it->url_shared = r->cfg->url_shared;
		}
		push_item(r, it);
	}
	pthread_mutex_lock(&r->mu);
	r->producer_done = 1;
	pthread_cond_broadcast(&r->cv);
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

/* Serialise a finished document in the chosen format (always ends in \n
 * unless the text is empty in text/markdown mode). */
static void format_doc(const config *cfg, const item *it, const clean_doc *doc, buf *out)
{
	buf_reset(out);
	if (cfg->format == FMT_JSON || cfg->format == FMT_JSONL) {
		char id[17];
		doc_id(it, id);
		clean_doc_json(doc, id, it->source, out);
		buf_putc(out, '\n');
		return;
	}
	if (!doc->text_len)
		return;
	/* the library promises valid UTF-8; the CLI guarantees it */
	if (utf8_valid(doc->text, doc->text_len))
		buf_append(out, doc->text, doc->text_len);
	else
		utf8_repair(out, doc->text, doc->text_len);
	if (out->data[out->len - 1] != '\n')
		buf_putc(out, '\n');
}

static void process_item(run *r, clean_worker *w, item *it)
{
	const config *cfg = r->cfg;
	if (it->error) {
		snprintf(it->err, sizeof(it->err), "%s", it->error);
		it->failed = 1;
		return;
	}
	buf in = BUF_INIT;
	buf_init(&in);
	if (it->has_bytes) {
		in = it->bytes;
		buf_init(&it->bytes);
	} else if (file_read_all(it->in->path, &in, cfg->max_size, it->err, sizeof(it->err))) {
		it->failed = 1;
		buf_free(&in);
		return;
	}
	if (in.len == 0) {
		snprintf(it->err, sizeof(it->err), "empty input");
		it->failed = 1;
	} else if (looks_binary(in.data, in.len)) {
		snprintf(it->err, sizeof(it->err), "binary data, not a page or text");
		it->failed = 1;
	} else {
		int html = cfg->from == FROM_HTML ||
			   (cfg->from == FROM_AUTO && clean_looks_like_html(in.data, in.len));
		if (html)
			flatten_deep_nesting(in.data, in.len, FLATTEN_DEPTH);
		int rc = html ? clean_html(w, in.data, in.len, it->url, it->ctype, &cfg->opt, &it->doc,
					   it->err, sizeof(it->err))
			      : clean_text(w, in.data, in.len, it->url, &cfg->opt, &it->doc, it->err,
					   sizeof(it->err));
		if (rc) {
			it->failed = 1;
			if (!it->err[0])
				snprintf(it->err, sizeof(it->err), "cleaning failed");
		} else if (!cfg->learn) {
			format_doc(cfg, it, &it->doc, &it->out);
		}
	}
	buf_free(&in);
}

static void *worker_main(void *arg)
{
	run *r = arg;
	clean_worker *w = clean_worker_new();
	for (;;) {
		pthread_mutex_lock(&r->mu);
		while (!r->qlen && !r->producer_done)
			pthread_cond_wait(&r->cv, &r->mu);
		if (!r->qlen) {
			pthread_mutex_unlock(&r->mu);
			break;
		}
		item *it = r->queue[r->qhead];
		r->qhead = (r->qhead + 1) % r->window;
		r->qlen--;
		pthread_mutex_unlock(&r->mu);

		process_item(r, w, it);

		pthread_mutex_lock(&r->mu);
		it->done = 1;
		pthread_cond_broadcast(&r->cv);
		pthread_mutex_unlock(&r->mu);
	}
	clean_worker_free(w);
	return NULL;
}

/* ---- the ordered writer --------------------------------------------------- */

typedef struct writer {
	const config *cfg;
	size_t ndocs;     /* documents emitted to stdout */
	int failed;
	FILE *spool;      /* template learning: finished docs wait here */
	clean_templates *learned;
} writer;

static const char *format_ext(int f)
{
	return f == FMT_MD ? ".md" : (f == FMT_JSON || f == FMT_JSONL) ? ".json" : ".txt";
}

static void emit(writer *wr, const item *it, const buf *out)
{
	const config *cfg = wr->cfg;
	if (cfg->outdir) {
		char err[512];
		buf path = BUF_INIT;
		buf_init(&path);
		buf_printf(&path, "%s/%s%s", cfg->outdir, it->name, format_ext(cfg->format));
		FILE *f = NULL;
		if (make_parents(path.data, err, sizeof(err)) == 0) {
			f = fopen(path.data, "wb");
			if (!f)
				snprintf(err, sizeof(err), "%s", strerror(errno));
		}
		if (f && out->len && fwrite(out->data, 1, out->len, f) != out->len)
			snprintf(err, sizeof(err), "write error: %s", strerror(errno));
		else if (f)
			err[0] = 0;
		if (f && fclose(f) && !err[0])
			snprintf(err, sizeof(err), "write error: %s", strerror(errno));
		if (!f || err[0]) {
			fprintf(stderr, "pith clean: %s: %s\n", path.data, err);
			wr->failed = 1;
		}
		buf_free(&path);
		return;
	}
	if (cfg->format == FMT_JSON) {
		fputs(wr->ndocs ? ",\n" : "[\n", stdout);
		fwrite(out->data, 1, out->len ? out->len - 1 : 0, stdout);   /* without its \n */
	} else {
		if (wr->ndocs && cfg->format != FMT_JSONL)
			fputs("\f\n", stdout);
		fwrite(out->data, 1, out->len, stdout);
	}
	wr->ndocs++;
}

static void print_explain(const item *it)
{
	const char *e = it->doc.explain;
	if (!e || !*e)
		return;
	fprintf(stderr, "# %s\n%s", it->source, e);
	if (e[strlen(e) - 1] != '\n')
		fputc('\n', stderr);
}

/* spool records: a run of length-prefixed strings (UINT64_MAX = NULL) */
enum { SP_SOURCE, SP_NAME, SP_URLKEY, SP_TEXT, SP_TITLE, SP_AUTHOR, SP_DATE, SP_SITENAME,
       SP_LANG, SP_URL, SP_DESC, SP_CHARSET, SP_N };

static void spool_str(FILE *f, const char *s, size_t n)
{
	uint64_t len = s ? n : UINT64_MAX;
	fwrite(&len, sizeof(len), 1, f);
	if (s && n)
		fwrite(s, 1, n, f);
}

static void spool_put(FILE *f, const item *it)
{
	const clean_doc *d = &it->doc;
	const char *v[SP_N] = { it->source, it->name, it->url, d->text, d->title, d->author, d->date,
				d->sitename, d->lang, d->url, d->description, d->charset };
	for (int i = 0; i < SP_N; i++)
		spool_str(f, v[i], i == SP_TEXT ? d->text_len : (v[i] ? strlen(v[i]) : 0));
}

/* 1 = got a record, 0 = end, -1 = broken spool */
static int spool_get(FILE *f, char *v[SP_N], size_t *text_len)
{
	for (int i = 0; i < SP_N; i++) {
		uint64_t len;
		v[i] = NULL;
		if (fread(&len, sizeof(len), 1, f) != 1)
			return i == 0 && feof(f) ? 0 : -1;
		if (len == UINT64_MAX)
			continue;
		v[i] = xmalloc(len + 1);
		if (len && fread(v[i], 1, len, f) != len)
			return -1;
		v[i][len] = 0;
		if (i == SP_TEXT)
			*text_len = len;
	}
	return 1;
}

static void write_item(writer *wr, item *it)
{
	if (it->failed) {
		fprintf(stderr, "pith clean: %s: %s\n", it->source, it->err);
		wr->failed = 1;
		return;
	}
	print_explain(it);
	if (!wr->spool) {
		emit(wr, it, &it->out);
		return;
	}
	char host[256];
	clean_url_host(it->doc.url ? it->doc.url : it->url, host, sizeof(host));
	if (host[0])
		clean_templates_observe(wr->learned, host, it->doc.text ? it->doc.text : "",
					it->doc.text_len);
	spool_put(wr->spool, it);
}

/* Second pass of template learning: strip and write the spooled docs. */
static void drain_spool(writer *wr)
{
	FILE *f = wr->spool;
	if (fflush(f) || fseek(f, 0, SEEK_SET)) {
		fprintf(stderr, "pith clean: temporary file: %s\n", strerror(errno));
		wr->failed = 1;
		return;
	}
	buf out = BUF_INIT, text = BUF_INIT;
	buf_init(&out);
	buf_init(&text);
	for (;;) {
		char *v[SP_N];
		size_t text_len = 0;
		int rc = spool_get(f, v, &text_len);
		if (rc <= 0) {
			if (rc < 0) {
				fprintf(stderr, "pith clean: temporary file: short read\n");
				wr->failed = 1;
			}
			for (int i = 0; i < SP_N; i++)
				free(rc < 0 ? v[i] : NULL);
			break;
		}
		item it;
		memset(&it, 0, sizeof(it));
		it.source = v[SP_SOURCE];
		it.name = v[SP_NAME];
		it.url = v[SP_URLKEY];
		it.url_shared = wr->cfg->url_shared;
		clean_doc *d = &it.doc;
		d->title = v[SP_TITLE];
		d->author = v[SP_AUTHOR];
		d->date = v[SP_DATE];
		d->sitename = v[SP_SITENAME];
		d->lang = v[SP_LANG];
		d->url = v[SP_URL];
		d->description = v[SP_DESC];
		d->charset = v[SP_CHARSET];
		buf_reset(&text);
		if (v[SP_TEXT])
			buf_append(&text, v[SP_TEXT], text_len);
		free(v[SP_TEXT]);
		char host[256];
		clean_url_host(d->url ? d->url : it.url, host, sizeof(host));
		if (host[0] && wr->cfg->explain) {
			buf ex = BUF_INIT;
			buf_init(&ex);
			if (clean_templates_strip_explain(wr->learned, host, &text, &ex)) {
				buf_rtrim(&text);
				fprintf(stderr, "# %s\n%s", it.source, ex.data);
			}
			buf_free(&ex);
		} else if (host[0] && clean_templates_strip(wr->learned, host, &text)) {
			buf_rtrim(&text);
		}
		d->text = xstrndup(text.data, text.len);
		d->text_len = text.len;
		d->words = clean_count_words(text.data, text.len);
		format_doc(wr->cfg, &it, d, &out);
		emit(wr, &it, &out);
		clean_doc_free(d);
		free(it.source);
		free(it.name);
		free(it.url);
	}
	buf_free(&out);
	buf_free(&text);
}

static int run_batch(run *r)
{
	config *cfg = r->cfg;
	writer wr;
	memset(&wr, 0, sizeof(wr));
	wr.cfg = cfg;
	if (cfg->learn) {
		wr.spool = tmpfile();
		if (!wr.spool) {
			fprintf(stderr, "pith clean: cannot create a temporary file: %s\n", strerror(errno));
			return 1;
		}
		wr.learned = clean_templates_new(cfg->template_min, TEMPLATE_MIN_SHARE);
	}

	r->window = (size_t)cfg->jobs * 4 + 4;
	r->queue = xcalloc(r->window, sizeof(*r->queue));
	r->slots = xcalloc(r->window, sizeof(*r->slots));
	pthread_mutex_init(&r->mu, NULL);
	pthread_cond_init(&r->cv, NULL);

	pthread_t prod, *workers = xcalloc((size_t)cfg->jobs, sizeof(*workers));
	pthread_create(&prod, NULL, producer_main, r);
	for (int i = 0; i < cfg->jobs; i++)
		pthread_create(&workers[i], NULL, worker_main, r);

	for (;;) {
		pthread_mutex_lock(&r->mu);
		item *it;
		for (;;) {
			it = r->slots[r->written % r->window];
			if (it && it->seq == r->written && it->done)
				break;
			if (r->producer_done && r->written == r->produced) {
				it = NULL;
				break;
			}
			pthread_cond_wait(&r->cv, &r->mu);
		}
		pthread_mutex_unlock(&r->mu);
		if (!it)
			break;
		write_item(&wr, it);
		item_free(it);
		pthread_mutex_lock(&r->mu);
		r->slots[r->written % r->window] = NULL;
		r->written++;
		pthread_cond_broadcast(&r->cv);
		pthread_mutex_unlock(&r->mu);
	}
	pthread_join(prod, NULL);
	for (int i = 0; i < cfg->jobs; i++)
		pthread_join(workers[i], NULL);
	free(workers);

	if (cfg->learn) {
		clean_templates_finalize(wr.learned);
		if (cfg->templates_out) {
			char err[512];
			if (clean_templates_save(wr.learned, cfg->templates_out, err, sizeof(err))) {
				fprintf(stderr, "pith clean: %s: %s\n", cfg->templates_out, err);
				wr.failed = 1;
			}
		}
		drain_spool(&wr);
		fclose(wr.spool);
		clean_templates_free(wr.learned);
	}
	if (!cfg->outdir && cfg->format == FMT_JSON)
		fputs(wr.ndocs ? "\n]\n" : "[]\n", stdout);
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "pith clean: standard output: write error\n");
		wr.failed = 1;
	}
	pthread_cond_destroy(&r->cv);
	pthread_mutex_destroy(&r->mu);
	free(r->queue);
	free(r->slots);
	return wr.failed ? 1 : 0;
}

/* ---- options ---------------------------------------------------------------- */

enum {
	OPT_URL = 256, OPT_FROM, OPT_KEEP_CAPTIONS, OPT_KEEP_COMMENTS, OPT_NO_TABLES, OPT_NO_PRUNE,
	OPT_EXPLAIN, OPT_TEMPLATE_MIN, OPT_TEMPLATES, OPT_TEMPLATES_OUT, OPT_MAX_SIZE,
};

static const struct option long_opts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "format", required_argument, NULL, 'f' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "url", required_argument, NULL, OPT_URL },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "keep-captions", no_argument, NULL, OPT_KEEP_CAPTIONS },
	{ "keep-comments", no_argument, NULL, OPT_KEEP_COMMENTS },
	{ "no-tables", no_argument, NULL, OPT_NO_TABLES },
	{ "no-prune", no_argument, NULL, OPT_NO_PRUNE },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "template-min", required_argument, NULL, OPT_TEMPLATE_MIN },
	{ "templates", required_argument, NULL, OPT_TEMPLATES },
	{ "templates-out", required_argument, NULL, OPT_TEMPLATES_OUT },
	{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
	{ NULL, 0, NULL, 0 },
};

static int usage_error(const char *fmt, const char *arg)
{
	fputs("pith clean: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs(" (see pith clean --help)\n", stderr);
	return EXIT_USAGE;
}

int cmd_clean(int argc, char **argv)
{
	config cfg;
	memset(&cfg, 0, sizeof(cfg));
	cfg.jobs = cli_ncpus();
	cfg.max_size = DEFAULT_MAX_SIZE;
	cfg.template_min = 3;

	opterr = 0;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, ":o:f:j:hV", long_opts, NULL)) != -1) {
		unsigned u;
		switch (c) {
		case 'o':
			cfg.outdir = optarg;
			break;
		case 'f':
			if (!strcmp(optarg, "text") || !strcmp(optarg, "txt"))
				cfg.format = FMT_TEXT;
			else if (!strcmp(optarg, "json"))
				cfg.format = FMT_JSON;
			else if (!strcmp(optarg, "jsonl"))
				cfg.format = FMT_JSONL;
			else if (!strcmp(optarg, "markdown") || !strcmp(optarg, "md"))
				cfg.format = FMT_MD;
			else
				return usage_error("unknown format '%s'", optarg);
			break;
		case 'j':
			if (parse_uint(optarg, 1024, &u))
				return usage_error("bad number of jobs '%s'", optarg);
			cfg.jobs = u ? (int)u : cli_ncpus();
			break;
		case 'h':
			fputs(clean_usage, stdout);
			return 0;
		case 'V':
			printf("pith %s\n", PITH_VERSION);
			return 0;
		case OPT_URL:
			cfg.url = optarg;
			break;
		case OPT_FROM:
			if (!strcmp(optarg, "auto"))
				cfg.from = FROM_AUTO;
			else if (!strcmp(optarg, "html"))
				cfg.from = FROM_HTML;
			else if (!strcmp(optarg, "text"))
				cfg.from = FROM_TEXT;
			else
				return usage_error("--from takes html, text or auto, not '%s'", optarg);
			break;
		case OPT_KEEP_CAPTIONS:
			cfg.opt.keep_captions = 1;
			break;
		case OPT_KEEP_COMMENTS:
			cfg.opt.keep_comments = 1;
			break;
		case OPT_NO_TABLES:
			cfg.opt.no_tables = 1;
			break;
		case OPT_NO_PRUNE:
			cfg.opt.no_prune = 1;
			break;
		case OPT_EXPLAIN:
			cfg.explain = 1;
			cfg.opt.explain = 1;
			break;
		case OPT_TEMPLATE_MIN:
			if (parse_uint(optarg, 1000000, &u))
				return usage_error("bad --template-min '%s'", optarg);
			cfg.template_min = u;
			break;
		case OPT_TEMPLATES:
			cfg.templates_in = optarg;
			break;
		case OPT_TEMPLATES_OUT:
			cfg.templates_out = optarg;
			break;
		case OPT_MAX_SIZE:
			if (parse_size(optarg, &cfg.max_size) || cfg.max_size == 0)
				return usage_error("bad --max-size '%s'", optarg);
			break;
		case ':':
			return usage_error("option '%s' needs a value", argv[optind - 1]);
		default:
			if (optopt && optopt < 256) {
				char opt[3] = { '-', (char)optopt, 0 };
				return usage_error("unknown option '%s'", opt);
			}
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return usage_error("%s", "no input given");
	if (cfg.url && argc - optind > 1)
		return usage_error("%s", "--url applies to a single input");
	if (cfg.templates_out && cfg.template_min == 0)
		return usage_error("%s", "--templates-out needs template learning (--template-min > 0)");
	cfg.opt.markdown = cfg.format == FMT_MD;

	run r;
	memset(&r, 0, sizeof(r));
	r.cfg = &cfg;
	for (int i = optind; i < argc; i++)
		expand_arg(&r, argv[i]);

	cfg.url_shared = cfg.url && r.ninputs > 1;
	int any_warc = 0;
	for (size_t i = 0; i < r.ninputs; i++)
		any_warc |= r.inputs[i].kind == IN_WARC;
	cfg.learn = cfg.template_min > 0 && (r.ninputs > 1 || any_warc || cfg.templates_out);

	if (cfg.templates_in) {
		char err[512];
		cfg.loaded = clean_templates_load(cfg.templates_in, err, sizeof(err));
		if (!cfg.loaded) {
			fprintf(stderr, "pith clean: %s: %s\n", cfg.templates_in, err);
			return 1;
		}
		cfg.opt.templates = cfg.loaded;
	}
	if (cfg.outdir) {
		char err[512];
		char *probe = join_path(cfg.outdir, "x");   /* make_parents creates up to outdir */
		int bad = make_parents(probe, err, sizeof(err));
		free(probe);
		if (bad) {
			fprintf(stderr, "pith clean: %s: %s\n", cfg.outdir, err);
			if (cfg.loaded)
				clean_templates_free(cfg.loaded);
			return 1;
		}
	}

	int rc = run_batch(&r);

	for (size_t i = 0; i < r.ninputs; i++) {
		free(r.inputs[i].path);
		free(r.inputs[i].name);
		free(r.inputs[i].error);
	}
	free(r.inputs);
	for (size_t i = 0; i < r.nnames; i++)
		free(r.names[i]);
	free(r.names);
	if (cfg.loaded)
		clean_templates_free(cfg.loaded);
	return rc;
}
