/* pith fetch — placeholder until the fetch module lands. */
#include <stdio.h>

#include "cli/cli.h"

int cmd_fetch(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "pith fetch: not implemented yet\n");
	return 1;
}
