/* pith corpus — placeholder until the corpus module lands. */
#include <stdio.h>

#include "cli/cli.h"

int cmd_corpus(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "pith corpus: not implemented yet\n");
	return 1;
}
