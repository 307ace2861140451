/*
 * pith fetch — download URL lists politely into WARC files.
 *
 * Option parsing, the SIGINT handler (first Ctrl-C stops cleanly: in-flight
 * transfers are dropped, everything finished is written and the file is
 * closed valid; a second Ctrl-C kills), the progress line and the summary.
 * The work itself is fetch_to_warc() in fetch/job.c.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "common/buf.h"
#include "fetch/fetch.h"

static const char fetch_usage[] =
	"usage: pith fetch [options] MANIFEST... -o OUT.warc[.gz]\n"
	"\n"
	"Fetch the URLs listed in MANIFEST files (one URL per line, CSV/TSV with a\n"
	"'url' column, or JSONL with a 'url' field; '-' reads stdin) into a WARC/1.1\n"
	"file, plus OUT.log.jsonl with one line per URL. Rerunning the same command\n"
	"resumes: only URLs missing from the log are fetched.\n"
	"\n"
	"Options:\n"
	"  -o, --output FILE        WARC file to write (.warc.gz: one gzip member per record)\n"
	"  -c, --concurrency N      transfers in flight overall (default 64)\n"
	"      --per-host N         transfers in flight per host (default 2)\n"
	"      --delay S            seconds between request starts per host (default 1.0;\n"
	"                           robots.txt Crawl-delay can raise it)\n"
	"      --retries N          retries for timeouts, connection errors, 429 and 5xx\n"
	"                           (default 3; exponential backoff, Retry-After honoured)\n"
	"      --backoff S          first retry wait, doubled per retry (default 1.0)\n"
	"      --max-backoff S      longest wait before a retry (default 120)\n"
	"      --max-size BYTES     keep at most this much of a body, cut and mark the\n"
	"                           rest truncated (default 10M; K, M, G suffixes)\n"
	"      --connect-timeout S  connect timeout (default 10)\n"
	"      --timeout S          whole-transfer timeout (default 60)\n"
	"      --low-speed-limit B  abort transfers slower than B bytes/s ... (default 1000)\n"
	"      --low-speed-time S   ... for S seconds (default 30; 0 disables)\n"
	"      --max-redirects N    redirect hops to follow, http/https only (default 10)\n"
	"      --ignore-robots      do not fetch or obey robots.txt (recorded in warcinfo)\n"
	"      --max-crawl-delay S  cap on a robots.txt Crawl-delay (default 60)\n"
	"      --user-agent UA      User-Agent (default pith/VERSION (+https://github.com/pith/pith))\n"
	"      --insecure           do not verify TLS certificates\n"
	"      --no-http2           use HTTP/1.1 only\n"
	"      --gzip-level N       zlib level for .warc.gz (1-9, default 6)\n"
	"      --gzip-threads N     compression threads for .warc.gz (default: one per core)\n"
	"  -q, --quiet              no progress line, no warnings; summary only on errors\n"
	"  -h, --help               show this help\n"
	"\n"
	"Exit status: 0 when the job ran (some URLs may have failed: see the log),\n"
	"1 when it could not run, 2 for usage errors, 130 when interrupted.\n";

static volatile sig_atomic_t stop_flag;

static void on_sigint(int sig)
{
	(void)sig;
	if (stop_flag)   /* second Ctrl-C: give up at once */
		_exit(130);
	stop_flag = 1;
}

typedef struct cli_ctx {
	int quiet;
	int tty;
	double last;
	int drew;
} cli_ctx;

static void cli_warning(void *ctx, const char *msg)
{
	cli_ctx *c = ctx;
	if (c->quiet)
		return;
	if (c->drew) {
		fputs("\r\033[K", stderr);
		c->drew = 0;
	}
	fprintf(stderr, "pith fetch: %s\n", msg);
}

static void human_bytes(uint64_t b, char *out, size_t n)
{
	const char *u[] = { "B", "KB", "MB", "GB", "TB" };
	double v = (double)b;
	int i = 0;
	while (v >= 1000 && i < 4) {
		v /= 1000;
		i++;
	}
	snprintf(out, n, i ? "%.1f %s" : "%.0f %s", v, u[i]);
}

static void cli_progress(void *ctx, const fetch_progress *p)
{
	cli_ctx *c = ctx;
	if (c->quiet || !c->tty)
		return;
	double rate = p->elapsed > 0 ? p->done / p->elapsed : 0;
	char bytes[32], eta[32] = "?";
	human_bytes(p->bytes, bytes, sizeof(bytes));
	if (rate > 0 && p->total >= p->done) {
		double s = (p->total - p->done) / rate;
		if (s < 3600)
			snprintf(eta, sizeof(eta), "%d:%02d", (int)s / 60, (int)s % 60);
		else
			snprintf(eta, sizeof(eta), "%dh%02d", (int)(s / 3600), ((int)s % 3600) / 60);
	}
	fprintf(stderr, "\r\033[K%zu/%zu done, %.1f pages/s, %s, %zu errors, %zu in flight, ETA %s",
		p->done, p->total, rate, bytes, p->errors, p->in_flight, eta);
	c->drew = 1;
}

static int parse_num(const char *opt, const char *v, double lo, double hi, double *out)
{
	char *end;
	errno = 0;
	double d = strtod(v, &end);
	if (end == v || *end || errno || !isfinite(d) || d < lo || d > hi) {
		fprintf(stderr, "pith fetch: invalid value for %s: '%s'\n", opt, v);
		return -1;
	}
	*out = d;
	return 0;
}

static int parse_size(const char *opt, const char *v, size_t *out)
{
	char *end;
	errno = 0;
	double d = strtod(v, &end);
	double mult = 1;
	if (*end == 'k' || *end == 'K')
		mult = 1024, end++;
	else if (*end == 'm' || *end == 'M')
		mult = 1024.0 * 1024, end++;
	else if (*end == 'g' || *end == 'G')
		mult = 1024.0 * 1024 * 1024, end++;
	if (*end == 'i' || *end == 'B')
		end++;
	if (*end == 'B')
		end++;
	if (end == v || *end || errno || !(d * mult >= 1) || d * mult > (double)SIZE_MAX / 2) {
		fprintf(stderr, "pith fetch: invalid value for %s: '%s'\n", opt, v);
		return -1;
	}
	*out = (size_t)(d * mult);
	return 0;
}

int cmd_fetch(int argc, char **argv)
{
	fetch_job job;
	memset(&job, 0, sizeof(job));
	fetch_options_init(&job.opt);
	cli_ctx cc;
	memset(&cc, 0, sizeof(cc));
	const char **manifests = xcalloc((size_t)argc + 1, sizeof(char *));
	size_t nman = 0;
	int only_files = 0;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_files || a[0] != '-' || !strcmp(a, "-")) {
			manifests[nman++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_files = 1;
			continue;
		}
		/* --name=value or --name value */
		char name[64];
		const char *val = NULL;
		const char *eq = strchr(a, '=');
		if (a[1] == '-' && eq) {
			snprintf(name, sizeof(name), "%.*s", (int)(eq - a), a);
			val = eq + 1;
		} else {
			snprintf(name, sizeof(name), "%s", a);
		}
#define FLAG(s) (!strcmp(name, s))
#define NEEDVAL()                                                                  \
	do {                                                                       \
		if (!val) {                                                        \
			if (i + 1 >= argc) {                                       \
				fprintf(stderr, "pith fetch: %s needs a value\n", name); \
				free(manifests);                                   \
				return EXIT_USAGE;                                 \
			}                                                          \
			val = argv[++i];                                           \
		}                                                                  \
	} while (0)
		double d;
		if (FLAG("-h") || FLAG("--help")) {
			fputs(fetch_usage, stdout);
			free(manifests);
			return 0;
		} else if (FLAG("-q") || FLAG("--quiet")) {
			cc.quiet = 1;
		} else if (FLAG("--ignore-robots")) {
			job.opt.ignore_robots = 1;
		} else if (FLAG("--insecure")) {
			job.opt.insecure = 1;
		} else if (FLAG("--no-http2")) {
			job.opt.http2 = 0;
		} else if (FLAG("-o") || FLAG("--output")) {
			NEEDVAL();
			job.out = val;
		} else if (FLAG("--user-agent")) {
			NEEDVAL();
			job.opt.user_agent = val;
		} else if (FLAG("-c") || FLAG("--concurrency")) {
			NEEDVAL();
			if (parse_num(name, val, 1, 100000, &d))
				goto usage;
			job.opt.concurrency = (int)d;
		} else if (FLAG("--per-host")) {
			NEEDVAL();
			if (parse_num(name, val, 1, 100000, &d))
				goto usage;
			job.opt.per_host = (int)d;
		} else if (FLAG("--delay")) {
			NEEDVAL();
			if (parse_num(name, val, 0, 86400, &d))
				goto usage;
			job.opt.delay = d;
		} else if (FLAG("--retries")) {
			NEEDVAL();
			if (parse_num(name, val, 0, 100, &d))
				goto usage;
			job.opt.retries = (int)d;
		} else if (FLAG("--backoff")) {
			NEEDVAL();
			if (parse_num(name, val, 0, 86400, &d))
				goto usage;
			job.opt.backoff = d;
		} else if (FLAG("--max-backoff")) {
			NEEDVAL();
			if (parse_num(name, val, 0, 86400, &d))
				goto usage;
			job.opt.max_backoff = d;
		} else if (FLAG("--max-size")) {
			NEEDVAL();
			if (parse_size(name, val, &job.opt.max_size))
				goto usage;
		} else if (FLAG("--connect-timeout")) {
			NEEDVAL();
			if (parse_num(name, val, 0.001, 86400, &d))
				goto usage;
			job.opt.connect_timeout = d;
		} else if (FLAG("--timeout")) {
			NEEDVAL();
			if (parse_num(name, val, 0.001, 86400 * 7, &d))
				goto usage;
			job.opt.timeout = d;
		} else if (FLAG("--low-speed-limit")) {
			NEEDVAL();
			if (parse_num(name, val, 0, 1e12, &d))
				goto usage;
			job.opt.low_speed_limit = (long)d;
		} else if (FLAG("--low-speed-time")) {
			NEEDVAL();
			if (parse_num(name, val, 0, 86400, &d))
				goto usage;
			job.opt.low_speed_time = d;
		} else if (FLAG("--max-redirects")) {
			NEEDVAL();
			if (parse_num(name, val, 0, 100, &d))
				goto usage;
			job.opt.max_redirects = (int)d;
		} else if (FLAG("--max-crawl-delay")) {
			NEEDVAL();
			if (parse_num(name, val, 0, 86400, &d))
				goto usage;
			job.opt.max_crawl_delay = d;
		} else if (FLAG("--gzip-level")) {
			NEEDVAL();
			if (parse_num(name, val, 1, 9, &d))
				goto usage;
			job.gzip_level = (int)d;
		} else if (FLAG("--gzip-threads")) {
			NEEDVAL();
			if (parse_num(name, val, 1, 64, &d))
				goto usage;
			job.gzip_threads = (int)d;
		} else {
			fprintf(stderr, "pith fetch: unknown option '%s' (see pith fetch --help)\n", a);
			goto usage;
		}
	}
#undef FLAG
#undef NEEDVAL
	if (!job.out) {
		fprintf(stderr, "pith fetch: -o OUT.warc[.gz] is required (see pith fetch --help)\n");
		goto usage;
	}
	if (!nman) {
		fprintf(stderr, "pith fetch: no manifest given (see pith fetch --help)\n");
		goto usage;
	}

	/* the command line, for the warcinfo record */
	buf cmdline = BUF_INIT;
	buf_init(&cmdline);
	buf_puts(&cmdline, "pith");
	for (int i = 0; i < argc; i++) {
		buf_putc(&cmdline, ' ');
		buf_puts(&cmdline, argv[i]);
	}

	struct sigaction sa, old_int, old_term;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	signal(SIGPIPE, SIG_IGN);

	cc.tty = isatty(STDERR_FILENO);
	job.opt.stop = &stop_flag;
	job.manifests = manifests;
	job.nmanifests = nman;
	job.options_text = cmdline.data;
	job.on_warning = cli_warning;
	job.on_progress = cli_progress;
	job.ctx = &cc;

	fetch_summary s;
	char err[512] = "";
	int rc = fetch_to_warc(&job, &s, err, sizeof(err));
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (cc.drew)
		fputs("\r\033[K", stderr);
	if (rc < 0) {
		fprintf(stderr, "pith fetch: %s\n", err);
		buf_free(&cmdline);
		free(manifests);
		return 1;
	}
	if (!cc.quiet || s.failed || s.http_errors || rc == 1) {
		char bytes[32];
		human_bytes(s.bytes, bytes, sizeof(bytes));
		fprintf(stderr,
			"pith fetch: %s%zu URLs fetched in %.1fs (%.1f/s): %zu ok, %zu HTTP errors, "
			"%zu failed; %s stored, %zu WARC records -> %s",
			rc == 1 ? "interrupted; " : "", s.ok + s.http_errors + s.failed, s.seconds,
			s.seconds > 0 ? (s.ok + s.http_errors + s.failed) / s.seconds : 0.0,
			s.ok, s.http_errors, s.failed, bytes, s.records, job.out);
		if (s.already_done)
			fprintf(stderr, "; %zu already done", s.already_done);
		if (s.duplicates)
			fprintf(stderr, "; %zu duplicates", s.duplicates);
		if (s.invalid)
			fprintf(stderr, "; %zu invalid", s.invalid);
		if (s.writer_wait >= 0.5)
			fprintf(stderr, "; transfers waited %.1fs for the WARC writers (%s)", s.writer_wait,
				job.out && strlen(job.out) > 3 &&
				!strcmp(job.out + strlen(job.out) - 3, ".gz") ?
				"compression: see --gzip-level, --gzip-threads" : "disk");
		if (s.repaired_bytes)
			fprintf(stderr, "; %llu bytes of an interrupted run cut",
				(unsigned long long)s.repaired_bytes);
		fputc('\n', stderr);
		if (rc == 1)
			fprintf(stderr, "pith fetch: rerun the same command to resume\n");
	}
	buf_free(&cmdline);
	free(manifests);
	return rc == 1 ? 130 : 0;
usage:
	free(manifests);
	return EXIT_USAGE;
}
