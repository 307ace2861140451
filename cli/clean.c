/* pith clean — placeholder */
#include <stdio.h>
#include <string.h>

#include "clean/clean.h"
#include "cli/cli.h"
#include "common/fileio.h"

int cmd_clean(int argc, char **argv)
{
	clean_worker *w = clean_worker_new();
	int rc = 0;
	for (int i = 1; i < argc; i++) {
		buf in = BUF_INIT;
		buf_init(&in);
		char err[256];
		if (file_read_all(argv[i], &in, 0, err, sizeof(err))) {
			fprintf(stderr, "pith clean: %s: %s\n", argv[i], err);
			rc = 1;
			continue;
		}
		clean_doc d;
		clean_html(w, in.data, in.len, NULL, NULL, NULL, &d, err, sizeof(err));
		fwrite(d.text, 1, d.text_len, stdout);
		clean_doc_free(&d);
		buf_free(&in);
	}
	clean_worker_free(w);
	return rc;
}
