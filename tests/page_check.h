/*
 * page_check.h - the shared steps of the tests built on small saved pages
 * (test_html_unseen*.c): read a page as sheaf reads one, and check that
 * the text keeps some strings and has lost others. Static inline, so a
 * test that uses only some of them builds warning-free.
 */
#ifndef SHEAF_TEST_PAGE_CHECK_H
#define SHEAF_TEST_PAGE_CHECK_H

#include <string.h>

#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"

/* Read as sheaf reads a saved page: extraction decided by the page. */
static inline page
from(const char *html)
{
    reader_options ro = {.format = "html", .extract = -1};
    return page_bytes("mem.html", html, strlen(html), &ro);
}

static inline const doc_meta *
meta(const page *p)
{
    return p->art->as.article.meta;
}

/* Every string of keep[] in the text, none of gone[]. */
static inline void
check(const page *p, const char *const *keep, const char *const *gone)
{
    const char *name = test_current;
    for (size_t i = 0; keep && keep[i]; i++) {
        test_current = keep[i];
        OK(strstr(p->text, keep[i]) != NULL);
    }
    for (size_t i = 0; gone && gone[i]; i++) {
        test_current = gone[i];
        OK(strstr(p->text, gone[i]) == NULL);
    }
    test_current = name;
}

#endif
