/*
 * cli.h - pieces of the command-line tool shared between its files.
 */
#ifndef SHEAF_CLI_H
#define SHEAF_CLI_H

enum { CLI_EXIT_OK = 0, CLI_EXIT_ERRORS = 1, CLI_EXIT_USAGE = 2 };

/** `sheaf new NAME`: create collections/NAME (or the path NAME if it has a
 *  slash) with a commented manifest, an articles/ folder and one article. */
int cli_new(const char *name);

#endif
