/*
 * pith entry point: global options and dispatch to the subcommands.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

static const char usage[] =
	"usage: pith [--version] [--help] <command> [<args>]\n"
	"\n"
	"Commands:\n"
	"  clean    extract article text and metadata from HTML, WARC or plain text\n"
	"  fetch    download URL lists politely into WARC files\n"
	"  corpus   build, verify and inspect deduplicated text corpora\n"
	"\n"
	"Run 'pith <command> --help' for a command's options.\n";

int cli_ncpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage, stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		fputs(usage, stdout);
		return 0;
	}
	if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V") || !strcmp(cmd, "version")) {
		printf("pith %s\n", PITH_VERSION);
		return 0;
	}
	if (!strcmp(cmd, "clean"))
		return cmd_clean(argc - 1, argv + 1);
	if (!strcmp(cmd, "fetch"))
		return cmd_fetch(argc - 1, argv + 1);
	if (!strcmp(cmd, "corpus"))
		return cmd_corpus(argc - 1, argv + 1);
	if (cmd[0] == '-')
		fprintf(stderr, "pith: unknown option '%s' (see pith --help)\n", cmd);
	else
		fprintf(stderr, "pith: unknown command '%s' (see pith --help)\n", cmd);
	return EXIT_USAGE;
}
