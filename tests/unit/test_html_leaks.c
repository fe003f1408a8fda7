/*
 * test_html_leaks.c - the HTML reader gives back everything it takes from
 * libxml2, page after page.
 *
 * libxml2's allocator is replaced by counting hooks before anything else
 * touches the library, a page is read once to let libxml2 make what it
 * keeps for the process (its parser globals), and then reading it again
 * must leave the number of live blocks where it was. The pages come from
 * tests/fixtures/fuzz, inputs the fuzzers found leaking.
 */
#include "harness.h"

#include <libxml/xmlmemory.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/fs.h"
#include "readers/reader.h"

static long live; /* blocks libxml2 holds */

static void *
count_malloc(size_t n)
{
    void *p = malloc(n);
    if (p)
        live++;
    return p;
}

static void *
count_realloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (q && !p)
        live++;
    return q;
}

static void
count_free(void *p)
{
    if (p)
        live--;
    free(p);
}

static char *
count_strdup(const char *s)
{
    char *p = strdup(s);
    if (p)
        live++;
    return p;
}

/* Read the file at path as HTML; returns the diagnostics' error count. */
static size_t
read_once(const char *path)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    reader_options ro = {.format = "html", .extract = -1, .language = "en"};
    doc_node *art = NULL;
    (void)reader_read(a, &d, path, &ro, &art);
    OK(art != NULL);
    size_t errors = d.errors;
    diag_cleanup(&d);
    arena_free(a);
    return errors;
}

/* A page in a charset libxml2 decodes through ICU or iconv (windows-1252,
 * koi8-r): checking that it can made a converter nobody closed, ~64 KB a
 * page. */
TEST(html_declared_charset_no_leak)
{
    const char *path = "tests/fixtures/fuzz/charset-handler-leak.html";
    INT_EQ(read_once(path), 0);
    long before = live;
    for (int i = 0; i < 3; i++)
        INT_EQ(read_once(path), 0);
    INT_EQ(live, before);
}

int
main(void)
{
    if (xmlMemSetup(count_free, count_malloc, count_realloc, count_strdup) != 0) {
        fprintf(stderr, "xmlMemSetup failed\n");
        return 1;
    }
    RUN(html_declared_charset_no_leak);
    return test_report();
}
