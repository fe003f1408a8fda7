/*
 * new.c - `sheaf new NAME`: a collection skeleton a user can edit at once.
 * Refuses to touch an existing folder, so it never overwrites anyone's work,
 * and files are created with O_EXCL ("wx"). The title is derived from the
 * folder name and written as a quoted YAML string, so any name gives a
 * manifest that passes `sheaf check`.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../base/fs.h"
#include "../base/utf8.h"
#include "cli.h"

static const char manifest_text[] =
    "# sheaf collection manifest. Paths are relative to this file.\n"
    "# Build with:  sheaf build %s\n"
    "\n"
    "title: \"%s\"\n"
    "# subtitle: A subtitle for the title page\n"
    "editor: Your Name                 # or editors: [A, B]; author: for one-author books\n"
    "language: en                      # BCP 47: drives hyphenation and quotation marks\n"
    "# date: 2026-09-01\n"
    "# publisher: Your School\n"
    "# rights: For classroom use.\n"
    "# description: One sentence about this collection.\n"
    "# cover: cover.jpg                # optional; otherwise a cover is drawn from the title\n"
    "style: classic                    # classic | handout | large-print | a folder\n"
    "paper: letter                     # letter | a4 | a5 | 6x9in | 148x210mm\n"
    "\n"
    "# A flat list of articles, or `parts:` each with a title and its articles.\n"
    "articles:\n"
    "  - articles/welcome.txt\n"
    "  # - path: articles/saved-page.html\n"
    "  #   title: A Better Title       # any metadata may be overridden\n"
    "  #   author: Jane Doe\n"
    "  #   translator: Ana Ruiz        # or editor:, illustrator: (credited apart)\n"
    "  #   date: 1999-12-31\n"
    "  #   source: https://example.org/original\n"
    "  #   retrieved: 2026-11-24       # when you saved or read it (sources page)\n";

static const char welcome_text[] =
    "Welcome to Your Collection\n"
    "\n"
    "By Your Name\n"
    "\n"
    "This is a plain-text article. Replace it with text copied from a web page,\n"
    "a saved HTML page or a Markdown file, and list each one in collection.yaml.\n"
    "\n"
    "Blank lines separate paragraphs. Short lines without final punctuation\n"
    "between paragraphs become section headings.\n";

static int
write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wx");
    if (!f)
        return -1;
    int rc = fputs(text, f) < 0 ? -1 : 0;
    if (fclose(f) != 0)
        rc = -1;
    return rc;
}

int
cli_new(const char *name)
{
    if (!name || !name[0]) {
        fprintf(stderr, "sheaf: new needs exactly one NAME\ntry 'sheaf --help'\n");
        return CLI_EXIT_USAGE;
    }
    const char *last = fs_basename(name);
    bool bad = strcmp(last, ".") == 0 || strcmp(last, "..") == 0 || !last[0] || name[0] == '-' ||
               strlen(name) > 1000;
    for (const char *p = name; *p && !bad; p++)
        bad = (unsigned char)*p < 0x20 || *p == 0x7f;
    size_t bad_at;
    bad = bad || !utf8_valid(name, strlen(name), &bad_at);
    if (bad) {
        fprintf(stderr,
                "sheaf: error: '%s' cannot name a new collection folder\n"
                "try 'sheaf --help'\n",
                name);
        return CLI_EXIT_USAGE;
    }
    char dir[4096], path[4200], title[2100]; /* title: each name byte at most twice */
    if (strchr(name, '/'))
        snprintf(dir, sizeof(dir), "%s", name);
    else
        snprintf(dir, sizeof(dir), "collections/%s", name);
    struct stat st;
    if (lstat(dir, &st) == 0) {
        fprintf(stderr, "%s: error: already exists; not touching it\n", dir);
        return CLI_EXIT_ERRORS;
    }
    /* Title from the folder name: "my-reader" -> "My Reader", escaped for a
     * double-quoted YAML string. */
    const char *base = fs_basename(dir);
    size_t k = 0;
    bool up = true;
    for (const char *p = base; *p && k + 3 < sizeof(title); p++) {
        char c = (*p == '-' || *p == '_') ? ' ' : *p;
        if (up && c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        up = c == ' ';
        if (c == '"' || c == '\\')
            title[k++] = '\\';
        title[k++] = c;
    }
    title[k] = '\0';
    snprintf(path, sizeof(path), "%s/articles", dir);
    if (fs_mkdirs(path) < 0) {
        fprintf(stderr, "%s: error: cannot create: %s\n", path, strerror(errno));
        return CLI_EXIT_ERRORS;
    }
    char manifest[sizeof(manifest_text) + sizeof(dir) + sizeof(title)];
    snprintf(manifest, sizeof(manifest), manifest_text, dir, title[0] ? title : "Untitled");
    snprintf(path, sizeof(path), "%s/collection.yaml", dir);
    if (write_file(path, manifest) < 0) {
        fprintf(stderr, "%s: error: cannot write: %s\n", path, strerror(errno));
        return CLI_EXIT_ERRORS;
    }
    snprintf(path, sizeof(path), "%s/articles/welcome.txt", dir);
    if (write_file(path, welcome_text) < 0) {
        fprintf(stderr, "%s: error: cannot write: %s\n", path, strerror(errno));
        return CLI_EXIT_ERRORS;
    }
    printf("created %s/collection.yaml and %s/articles/\n", dir, dir);
    printf("next: edit the manifest, add articles, then run: sheaf build %s\n", dir);
    return CLI_EXIT_OK;
}
