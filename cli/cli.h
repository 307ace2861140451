/*
 * cli: one file per subcommand (git's builtin/ style). Each cmd_* parses its
 * own options and returns the process exit code: 0 success, 1 when the job
 * (or part of it) failed, 2 for usage errors.
 */
#ifndef PITH_CLI_H
#define PITH_CLI_H

#define EXIT_USAGE 2

int cmd_clean(int argc, char **argv);
int cmd_fetch(int argc, char **argv);
int cmd_corpus(int argc, char **argv);

/* number of online CPUs (>= 1) */
int cli_ncpus(void);

#endif
