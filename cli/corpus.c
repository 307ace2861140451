/*
 * pith corpus build|verify|stats: option parsing, the progress line and
 * exit codes around corpus/corpus.h.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "common/buf.h"
#include "corpus/corpus.h"

static const char usage[] =
	"usage: pith corpus <command> [<args>]\n"
	"\n"
	"  build INPUT... -o DIR   build a deduplicated, checksummed corpus\n"
	"  verify DIR              check every shard against the manifest\n"
	"  stats DIR               documents, words, hosts, languages, lengths\n"
	"\n"
	"Run 'pith corpus <command> --help' for its options.\n";

static const char build_usage[] =
	"usage: pith corpus build [options] INPUT... -o DIR\n"
	"\n"
	"INPUTs of any mix: folders of saved pages (walked recursively: .html .htm\n"
	".xhtml, also .gz; .warc(.gz); .txt), WARC files (e.g. Common Crawl's), saved\n"
	"HTML files, plain-text files (one document each, cleaned as text) and URL\n"
	"manifests (one URL per line, CSV/TSV with a 'url' column, JSONL with a 'url'\n"
	"field), fetched on the fly; their other fields travel into each document's\n"
	"\"meta\". '-' is a URL manifest on standard input: it is read to its end and\n"
	"kept as DIR/stdin.manifest before fetching starts, and --resume reads that\n"
	"copy instead of standard input.\n"
	"\n"
	"  -o, --output DIR      corpus directory (new or empty, or with --resume)\n"
	"  -j, --jobs N          cleaning workers (default: all cores)\n"
	"      --min-words N     drop documents shorter than N words (default 50)\n"
	"      --lang xx,yy      keep only these languages (ISO 639-1)\n"
	"      --shard-size SIZE uncompressed bytes per shard, e.g. 256M (default 256M)\n"
	"      --dedup MODE      none | exact | near (default near, includes exact)\n"
	"      --threshold J     near duplicates: Jaccard similarity >= J (default 0.8;\n"
	"                        estimates from J - 1.645 sd count, catching >= 95 %\n"
	"                        of the pairs at J)\n"
	"      --perms K         MinHash permutations (default 128)\n"
	"      --bands B         LSH bands (default 20)\n"
	"      --rows R          rows per band (default 5); B*R <= K\n"
	"      --shingle W       words per shingle (default 5)\n"
	"      --max-doc SIZE    reject inputs larger than SIZE (default 64M)\n"
	"      --template-min N  text recurring on N pages of one host (and on 5 % of\n"
	"                        them) is template text and removed (default 3; 0 = off)\n"
	"      --templates FILE  also apply templates learned by an earlier run\n"
	"      --templates-out FILE  save the templates learned in this build\n"
	"      --resume          finish an interrupted build in DIR (same inputs and options)\n"
	"  -q, --quiet           no progress line\n"
	"  -h, --help            this help\n"
	"\n"
	"Fetching URL manifests (as in 'pith fetch'):\n"
	"      --no-raw          do not keep fetched pages in DIR/raw/*.warc.gz\n"
	"      --concurrency N   transfers in flight overall (default 64)\n"
	"      --per-host N      transfers in flight per host (default 2)\n"
	"      --delay S         seconds between request starts per host (default 1.0)\n"
	"      --retries N       retries for timeouts, connection errors, 429, 5xx (default 3)\n"
	"      --backoff S       first retry wait, doubled per retry (default 1.0)\n"
	"      --max-backoff S   longest wait before a retry (default 120)\n"
	"      --max-size SIZE   keep at most this much of a body (default 10M)\n"
	"      --connect-timeout S  connect timeout (default 10)\n"
	"      --timeout S       whole-transfer timeout (default 60)\n"
	"      --max-redirects N redirect hops to follow (default 10)\n"
	"      --ignore-robots   do not fetch or obey robots.txt\n"
	"      --max-crawl-delay S  cap on a robots.txt Crawl-delay (default 60)\n"
	"      --user-agent UA   User-Agent (default pith/VERSION (+https://github.com/pith/pith))\n"
	"      --insecure        do not verify TLS certificates\n"
	"      --no-http2        use HTTP/1.1 only\n"
	"      --fetch-batch N   fetch window: manifest entries being fetched or waiting\n"
	"                        for an earlier one (pages are handed on in manifest\n"
	"                        order); default 4 x concurrency, at least 64\n"
	"\n"
	"Output: DIR/shards/docs-NNNNN.jsonl.gz, DIR/duplicates.jsonl.gz,\n"
	"DIR/rejects.jsonl.gz, DIR/index/sigs-NNNNN.bin, DIR/templates.txt,\n"
	"DIR/raw/pages-NNNNN.warc.gz and DIR/manifest.json (written last; a shard\n"
	"belongs to the corpus once the manifest names it). See docs/corpus.md.\n";

static const char verify_usage[] =
	"usage: pith corpus verify DIR\n"
	"\n"
	"Checks each shard named in DIR/manifest.json: present, size, sha256, valid\n"
	"gzip, one valid UTF-8 JSON object per line, document count; also the\n"
	"signature files and duplicates/rejects. Exit 0 when sound, 1 naming each\n"
	"problem on stderr.\n";

static const char stats_usage[] =
	"usage: pith corpus stats [--json] [--top N] DIR\n"
	"\n"
	"Documents, words, top hosts, languages, a length histogram, duplicate and\n"
	"reject counts.\n"
	"\n"
	"      --json    one JSON object on stdout\n"
	"      --top N   hosts and languages listed (default 10)\n";

static int parse_size(const char *s, uint64_t *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || v < 0)
		return -1;
	uint64_t mul = 1;
	switch (*end) {
	case 'k': case 'K': mul = 1ull << 10; end++; break;
	case 'm': case 'M': mul = 1ull << 20; end++; break;
	case 'g': case 'G': mul = 1ull << 30; end++; break;
	default: break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end)
		return -1;
	*out = (uint64_t)(v * (double)mul);
	return 0;
}

static int parse_uint(const char *s, unsigned long *out)
{
	char *end;
	unsigned long v = strtoul(s, &end, 10);
	if (end == s || *end || s[0] == '-')
		return -1;
	*out = v;
	return 0;
}

typedef struct progress_state {
	int tty;
	int shown;
} progress_state;

static void show_progress(void *ctx, const corpus_progress *p)
{
	progress_state *ps = ctx;
	if (!ps->tty)
		return;
	char eta[48] = "", head[64];
	if (p->pass == 2) {
		double rate = p->elapsed > 0 ? p->pass_done / p->elapsed : 0;
		if (rate > 0 && p->pass_total > p->pass_done)
			snprintf(eta, sizeof eta, ", ETA %.0fs", (p->pass_total - p->pass_done) / rate);
		snprintf(head, sizeof head, "pass 2/2: docs %llu/%llu",
			 (unsigned long long)p->pass_done, (unsigned long long)p->pass_total);
		fprintf(stderr, "\r\033[K%s  kept %llu  dups %llu+%llu  rejected %llu  %.0f docs/s%s", head,
			(unsigned long long)p->kept, (unsigned long long)p->exact_dups,
			(unsigned long long)p->near_dups, (unsigned long long)p->rejected, rate, eta);
		ps->shown = 1;
		return;
	}
	double rate = p->elapsed > 0 ? p->seen / p->elapsed : 0;
	if (p->inputs_total > 1 && p->inputs_done > 0 && p->inputs_done < p->inputs_total) {
		double left = p->elapsed * (double)(p->inputs_total - p->inputs_done) / (double)p->inputs_done;
		snprintf(eta, sizeof eta, ", ETA %.0fs", left);
	}
	snprintf(head, sizeof head, "%sinputs %llu/%llu", p->pass == 1 ? "pass 1/2: " : "",
		 (unsigned long long)p->inputs_done, (unsigned long long)p->inputs_total);
	if (p->pass == 1)
		fprintf(stderr, "\r\033[K%s  docs %llu  rejected %llu  %.0f docs/s  %.1f MB/s%s", head,
			(unsigned long long)p->seen, (unsigned long long)p->rejected, rate,
			p->elapsed > 0 ? p->bytes_in / 1e6 / p->elapsed : 0.0, eta);
	else
		fprintf(stderr, "\r\033[K%s  docs %llu  kept %llu  dups %llu+%llu  rejected %llu  "
			"%.0f docs/s  %.1f MB/s%s", head,
			(unsigned long long)p->seen, (unsigned long long)p->kept,
			(unsigned long long)p->exact_dups, (unsigned long long)p->near_dups,
			(unsigned long long)p->rejected, rate,
			p->elapsed > 0 ? p->bytes_in / 1e6 / p->elapsed : 0.0, eta);
	ps->shown = 1;
}

static int parse_secs(const char *s, double *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || *end || v < 0)
		return -1;
	*out = v;
	return 0;
}

static int corpus_usage_error(const char *cmd, const char *fmt, const char *arg);

static int cmd_build(int argc, char **argv)
{
	corpus_build_opts o;
	corpus_build_defaults(&o);
	o.jobs = cli_ncpus();
	int quiet = 0;
	enum { O_MINW = 256, O_LANG, O_SHARD, O_DEDUP, O_THR, O_PERMS, O_BANDS, O_ROWS, O_SHINGLE,
	       O_MAXDOC, O_NORAW, O_RESUME, O_TMIN, O_TIN, O_TOUT, O_CONC, O_PERHOST, O_DELAY,
	       O_RETRIES, O_BACKOFF, O_MAXBACKOFF, O_MAXSIZE, O_CTIMEOUT, O_TIMEOUT, O_MAXREDIR,
	       O_NOROBOTS, O_MAXCRAWL, O_UA, O_INSECURE, O_NOHTTP2, O_BATCH };
	static const struct option lo[] = {
		{ "output", required_argument, 0, 'o' }, { "jobs", required_argument, 0, 'j' },
		{ "min-words", required_argument, 0, O_MINW }, { "lang", required_argument, 0, O_LANG },
		{ "shard-size", required_argument, 0, O_SHARD }, { "dedup", required_argument, 0, O_DEDUP },
		{ "threshold", required_argument, 0, O_THR }, { "perms", required_argument, 0, O_PERMS },
		{ "bands", required_argument, 0, O_BANDS }, { "rows", required_argument, 0, O_ROWS },
		{ "shingle", required_argument, 0, O_SHINGLE }, { "max-doc", required_argument, 0, O_MAXDOC },
		{ "no-raw", no_argument, 0, O_NORAW }, { "resume", no_argument, 0, O_RESUME },
		{ "template-min", required_argument, 0, O_TMIN },
		{ "templates", required_argument, 0, O_TIN },
		{ "templates-out", required_argument, 0, O_TOUT },
		{ "concurrency", required_argument, 0, O_CONC }, { "per-host", required_argument, 0, O_PERHOST },
		{ "delay", required_argument, 0, O_DELAY }, { "retries", required_argument, 0, O_RETRIES },
		{ "backoff", required_argument, 0, O_BACKOFF }, { "max-backoff", required_argument, 0, O_MAXBACKOFF },
		{ "max-size", required_argument, 0, O_MAXSIZE },
		{ "connect-timeout", required_argument, 0, O_CTIMEOUT },
		{ "timeout", required_argument, 0, O_TIMEOUT },
		{ "max-redirects", required_argument, 0, O_MAXREDIR },
		{ "ignore-robots", no_argument, 0, O_NOROBOTS },
		{ "max-crawl-delay", required_argument, 0, O_MAXCRAWL },
		{ "user-agent", required_argument, 0, O_UA }, { "insecure", no_argument, 0, O_INSECURE },
		{ "no-http2", no_argument, 0, O_NOHTTP2 }, { "fetch-batch", required_argument, 0, O_BATCH },
		{ "quiet", no_argument, 0, 'q' }, { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
	};
	int c;
	unsigned long u;
	uint64_t sz;
	/* getopt permutes argv: keep the command as typed for the manifest */
	char *cmdline[argc + 2];
	cmdline[0] = "pith";
	cmdline[1] = "corpus";
	for (int i = 0; i < argc; i++)
		cmdline[i + 2] = argv[i];
	optind = 1;
	opterr = 0;   /* our own one-line messages */
	while ((c = getopt_long(argc, argv, ":o:j:qh", lo, NULL)) != -1) {
		switch (c) {
		case 'o': o.out_dir = optarg; break;
		case 'j':
			if (parse_uint(optarg, &u) || u < 1 || u > 1024)
				goto bad;
			o.jobs = (int)u;
			break;
		case O_MINW:
			if (parse_uint(optarg, &u))
				goto bad;
			o.min_words = u;
			break;
		case O_LANG: o.langs = optarg; break;
		case O_SHARD:
			if (parse_size(optarg, &sz) || sz < 1)
				goto bad;
			o.shard_size = sz;
			break;
		case O_MAXDOC:
			if (parse_size(optarg, &sz) || sz < 1)
				goto bad;
			o.max_doc_bytes = (size_t)sz;
			break;
		case O_DEDUP:
			o.dedup.mode = corpus_dedup_mode_parse(optarg);
			if (o.dedup.mode < 0)
				goto bad;
			break;
		case O_THR: {
			char *end;
			o.dedup.threshold = strtod(optarg, &end);
			if (end == optarg || *end)
				goto bad;
			break;
		}
		case O_PERMS: if (parse_uint(optarg, &u)) goto bad; o.dedup.perms = (unsigned)u; break;
		case O_BANDS: if (parse_uint(optarg, &u)) goto bad; o.dedup.bands = (unsigned)u; break;
		case O_ROWS: if (parse_uint(optarg, &u)) goto bad; o.dedup.rows = (unsigned)u; break;
		case O_SHINGLE: if (parse_uint(optarg, &u)) goto bad; o.dedup.shingle = (unsigned)u; break;
		case O_NORAW: o.no_raw = 1; break;
		case O_RESUME: o.resume = 1; break;
		case O_TMIN: if (parse_uint(optarg, &u) || u > 1000000) goto bad; o.template_min = (unsigned)u; break;
		case O_TIN: o.templates_in = optarg; break;
		case O_TOUT: o.templates_out = optarg; break;
		case O_CONC: if (parse_uint(optarg, &u) || u < 1 || u > 10000) goto bad; o.fetch.concurrency = (int)u; break;
		case O_PERHOST: if (parse_uint(optarg, &u) || u < 1 || u > 1000) goto bad; o.fetch.per_host = (int)u; break;
		case O_DELAY: if (parse_secs(optarg, &o.fetch.delay)) goto bad; break;
		case O_RETRIES: if (parse_uint(optarg, &u) || u > 100) goto bad; o.fetch.retries = (int)u; break;
		case O_BACKOFF: if (parse_secs(optarg, &o.fetch.backoff)) goto bad; break;
		case O_MAXBACKOFF: if (parse_secs(optarg, &o.fetch.max_backoff)) goto bad; break;
		case O_MAXSIZE:
			if (parse_size(optarg, &sz) || sz < 1)
				goto bad;
			o.fetch.max_size = (size_t)sz;
			break;
		case O_CTIMEOUT: if (parse_secs(optarg, &o.fetch.connect_timeout)) goto bad; break;
		case O_TIMEOUT: if (parse_secs(optarg, &o.fetch.timeout)) goto bad; break;
		case O_MAXREDIR: if (parse_uint(optarg, &u) || u > 100) goto bad; o.fetch.max_redirects = (int)u; break;
		case O_NOROBOTS: o.fetch.ignore_robots = 1; break;
		case O_MAXCRAWL: if (parse_secs(optarg, &o.fetch.max_crawl_delay)) goto bad; break;
		case O_UA: o.fetch.user_agent = optarg; break;
		case O_INSECURE: o.fetch.insecure = 1; break;
		case O_NOHTTP2: o.fetch.http2 = 0; break;
		case O_BATCH: if (parse_uint(optarg, &u) || u < 1) goto bad; o.fetch_batch = u; break;
		case 'q': quiet = 1; break;
		case 'h': fputs(build_usage, stdout); return 0;
		case ':':
			return corpus_usage_error("build", "option '%s' needs a value", argv[optind - 1]);
		default:
			return corpus_usage_error("build", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (o.templates_out && !o.template_min) {
		fprintf(stderr, "pith corpus build: --templates-out needs template learning "
			"(--template-min > 0)\n");
		return EXIT_USAGE;
	}
	if (!o.out_dir || optind >= argc)
		return corpus_usage_error("build", "%s", !o.out_dir ? "-o DIR is required" : "no inputs given");
	char err[1024];
	if (corpus_dedup_check(&o.dedup, err, sizeof err)) {
		fprintf(stderr, "pith corpus build: %s\n", err);
		return EXIT_USAGE;
	}
	o.inputs = (const char *const *)(argv + optind);
	o.ninputs = (size_t)(argc - optind);
	o.argc = argc + 2;
	o.argv = cmdline;
	const char *crash = getenv("PITH_CORPUS_CRASH_AFTER");
	if (crash)
		o.crash_after = strtoull(crash, NULL, 10);
	progress_state ps = { !quiet && isatty(2), 0 };
	o.progress = show_progress;
	o.progress_ctx = &ps;
	corpus_totals t;
	int rc = corpus_build(&o, &t, err, sizeof err);
	if (ps.shown)
		fputs("\n", stderr);
	if (rc) {
		fprintf(stderr, "pith corpus build: %s\n", err);
		return 1;
	}
	fprintf(stderr, "pith corpus build: %llu documents seen, %llu kept in %llu shard(s) "
		"(%llu words), %llu exact + %llu near duplicates, %llu rejected",
		(unsigned long long)t.seen, (unsigned long long)t.kept, (unsigned long long)t.shards,
		(unsigned long long)t.words, (unsigned long long)t.exact_dups,
		(unsigned long long)t.near_dups, (unsigned long long)t.rejected);
	if (t.template_lines)
		fprintf(stderr, ", %llu template lines removed from %llu documents",
			(unsigned long long)t.template_lines, (unsigned long long)t.template_docs);
	fprintf(stderr, " -> %s\n", o.out_dir);
	return 0;
bad:
	return corpus_usage_error("build", "bad value '%s' for an option", optarg);
}

/* One line on stderr, as every pith command reports a usage error. */
static int corpus_usage_error(const char *cmd, const char *fmt, const char *arg)
{
	fprintf(stderr, "pith corpus %s: ", cmd);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (see pith corpus %s --help)\n", cmd);
	return EXIT_USAGE;
}

static int cmd_verify(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		fputs(verify_usage, stdout);
		return 0;
	}
	if (argc != 2 || argv[1][0] == '-')
		return corpus_usage_error("verify", "%s", argc < 2 ? "no corpus directory given"
					   : argc > 2 ? "one corpus directory at a time" : "unknown option");
	buf rep = BUF_INIT;
	buf_init(&rep);
	char err[1024];
	int n = corpus_verify(argv[1], &rep, err, sizeof err);
	if (n < 0) {
		fprintf(stderr, "pith corpus verify: %s\n", err);
		buf_free(&rep);
		return 1;
	}
	fputs(rep.data, stderr);
	if (n)
		fprintf(stderr, "pith corpus verify: %s: %d problem(s)\n", argv[1], n);
	else
		fprintf(stderr, "pith corpus verify: %s: OK\n", argv[1]);
	buf_free(&rep);
	return n ? 1 : 0;
}

static int cmd_stats(int argc, char **argv)
{
	int json = 0;
	unsigned long top = 10;
	const char *dir = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(stats_usage, stdout);
			return 0;
		} else if (!strcmp(argv[i], "--json")) {
			json = 1;
		} else if (!strcmp(argv[i], "--top") && i + 1 < argc) {
			if (parse_uint(argv[++i], &top))
				return corpus_usage_error("stats", "bad value '%s' for --top", argv[i]);
		} else if (argv[i][0] != '-' && !dir) {
			dir = argv[i];
		} else {
			return corpus_usage_error("stats", argv[i][0] == '-' ? "unknown option '%s'"
								     : "unexpected argument '%s'", argv[i]);
		}
	}
	if (!dir)
		return corpus_usage_error("stats", "%s", "no corpus directory given");
	buf out = BUF_INIT;
	buf_init(&out);
	char err[1024];
	if (corpus_stats(dir, json, top, &out, err, sizeof err)) {
		fprintf(stderr, "pith corpus stats: %s\n", err);
		buf_free(&out);
		return 1;
	}
	fwrite(out.data, 1, out.len, stdout);
	buf_free(&out);
	return 0;
}

int cmd_corpus(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage, stderr);
		return EXIT_USAGE;
	}
	const char *sub = argv[1];
	if (!strcmp(sub, "--help") || !strcmp(sub, "-h") || !strcmp(sub, "help")) {
		fputs(usage, stdout);
		return 0;
	}
	if (!strcmp(sub, "build"))
		return cmd_build(argc - 1, argv + 1);
	if (!strcmp(sub, "verify"))
		return cmd_verify(argc - 1, argv + 1);
	if (!strcmp(sub, "stats"))
		return cmd_stats(argc - 1, argv + 1);
	fprintf(stderr, "pith corpus: unknown command '%s'\n%s", sub, usage);
	return EXIT_USAGE;
}
