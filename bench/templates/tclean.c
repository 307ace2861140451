/*
 * tclean: run clean_text over files, optionally learning templates across
 * them first; a small driver for the seeds and the synthetic template
 * batch (the CLI's `pith clean --from text` does the same for users).
 *
 *   tclean [-e] [-t MIN] [-u URL_PREFIX_FILE] OUT_DIR FILE...
 *     -e       write OUT_DIR/NAME.explain with the removed lines
 *     -t MIN   learn templates over all FILEs (min pages MIN), then strip
 *     -H HOST  host for every file (default: files named HOST__rest.txt)
 *     -s FILE  save the learned templates to FILE
 *     -c CAP   at most CAP counters per host (default 16384)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clean/clean.h"
#include "clean/templates.h"
#include "common/fileio.h"

static void host_of(const char *path, const char *fixed, char *out, size_t outlen)
{
	if (fixed) {
		snprintf(out, outlen, "%s", fixed);
		return;
	}
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *sep = strstr(b, "__");
	size_t l = sep ? (size_t)(sep - b) : 0;
	if (l >= outlen)
		l = outlen - 1;
	memcpy(out, b, l);
	out[l] = 0;
}

int main(int argc, char **argv)
{
	int explain = 0, tmin = 0, c;
	const char *fixed_host = NULL, *save = NULL;
	size_t cap = 0;
	while ((c = getopt(argc, argv, "et:H:s:c:")) != -1) {
		if (c == 'e')
			explain = 1;
		else if (c == 't')
			tmin = atoi(optarg);
		else if (c == 'H')
			fixed_host = optarg;
		else if (c == 's')
			save = optarg;
		else if (c == 'c')
			cap = (size_t)atol(optarg);
		else
			return 2;
	}
	if (optind + 1 >= argc) {
		fprintf(stderr, "usage: tclean [-e] [-t MIN] [-H HOST] [-s SAVE] OUT_DIR FILE...\n");
		return 2;
	}
	const char *outdir = argv[optind];
	int nf = argc - optind - 1;
	char **files = argv + optind + 1;
	clean_worker *w = clean_worker_new();
	clean_options opt = { 0 };
	opt.explain = explain;
	char err[256];
	char **texts = calloc((size_t)nf, sizeof(*texts));
	for (int i = 0; i < nf; i++) {
		buf data = BUF_INIT;
		buf_init(&data);
		if (file_read_all(files[i], &data, 0, err, sizeof(err)) != 0) {
			fprintf(stderr, "%s: %s\n", files[i], err);
			return 1;
		}
		clean_doc d;
		clean_text(w, data.data, data.len, NULL, &opt, &d, err, sizeof(err));
		texts[i] = xstrndup(d.text ? d.text : "", d.text_len);
		if (explain && d.explain) {
			const char *b = strrchr(files[i], '/');
			char p[4096];
			snprintf(p, sizeof(p), "%s/%s.explain", outdir, b ? b + 1 : files[i]);
			FILE *f = fopen(p, "w");
			if (f) {
				fputs(d.explain, f);
				fclose(f);
			}
		}
		clean_doc_free(&d);
		buf_free(&data);
	}
	clean_templates *t = NULL;
	if (tmin > 0) {
		t = clean_templates_new((unsigned)tmin, 0.05);
		if (cap)
			clean_templates_set_limits(t, cap, cap * 64);
		for (int i = 0; i < nf; i++) {
			char host[256];
			host_of(files[i], fixed_host, host, sizeof(host));
			clean_templates_observe(t, host, texts[i], strlen(texts[i]));
		}
		clean_templates_stats st;
		clean_templates_get_stats(t, &st);
		fprintf(stderr, "templates: %zu hosts, %zu pages, peak %zu counters, peak %zu bytes, "
			"%zu compactions\n", st.hosts, st.pages, st.peak_entries, st.peak_bytes,
			st.compactions);
		clean_templates_finalize(t);
		clean_templates_get_stats(t, &st);
		fprintf(stderr, "templates: %zu template keys learned\n", st.templates);
		if (save && clean_templates_save(t, save, err, sizeof(err)) != 0)
			fprintf(stderr, "save: %s\n", err);
	}
	size_t stripped = 0;
	for (int i = 0; i < nf; i++) {
		buf b = BUF_INIT;
		buf_init(&b);
		buf_puts(&b, texts[i]);
		if (t) {
			char host[256];
			host_of(files[i], fixed_host, host, sizeof(host));
			stripped += clean_templates_strip(t, host, &b);
		}
		const char *base = strrchr(files[i], '/');
		char p[4096];
		snprintf(p, sizeof(p), "%s/%s", outdir, base ? base + 1 : files[i]);
		FILE *f = fopen(p, "w");
		if (!f) {
			perror(p);
			return 1;
		}
		fwrite(b.data, 1, b.len, f);
		fclose(f);
		buf_free(&b);
		free(texts[i]);
	}
	if (t)
		fprintf(stderr, "templates: %zu lines stripped\n", stripped);
	clean_templates_free(t);
	free(texts);
	clean_worker_free(w);
	return 0;
}
