/*
 * test_html_unseen.c - rules found on a fourth set of pages the reader was
 * not tuned on (old table-laid pages, documentation, Drupal and WordPress
 * blogs, Chinese and Spanish news): each test builds a small page showing
 * one case, with the text or metadata that must come out and the chrome
 * that must not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"

/* Read as sheaf reads a saved page: extraction decided by the page. */
static page
from(const char *html)
{
    reader_options ro = {.format = "html", .extract = -1};
    return page_bytes("mem.html", html, strlen(html), &ro);
}

static const doc_meta *
meta(const page *p)
{
    return p->art->as.article.meta;
}

/* Every string of keep[] in the text, none of gone[]. */
static void
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

static const char letter[] =
    "<p>The committee has examined the opinion on this application and agrees with the "
    "conclusion it reached, that the data provided are inadequate to support approval of "
    "this material as a novel food, for the reasons set out below.</p>"
    "<p>We also note that the active component has been evaluated before, by two expert "
    "committees, and that both concluded that the data available were inadequate.</p>"
    "<p>We welcome the opportunity to discuss this application at the next meeting.</p>";

/* A page laid out with tables has its navigation in cells and paragraphs
 * of links, not in lists: it is not a clean page to take whole. */
TEST(table_layout_navigation_not_clean)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Food Agency</title></head><body><table><tr>"
             "<td><a href='/'>Home</a><br><a href='/archive'>Archive</a></td>"
             "<td><font face='arial'>%s</font></td></tr></table>"
             "<p align='center'>| <a href='/help'>Help</a> | <a href='/copyright'>Crown "
             "Copyright</a> | <a href='/'>Home</a> | <a href='/archive'>Archive</a> | "
             "<a href='/map'>Site map</a> | <a href='/search'>Search</a> |</p></body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The committee has examined the opinion",
                          "discuss this application at the next meeting.", NULL};
    const char *gone[] = {"Site map", "Crown Copyright", NULL};
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    (void)meta;
    RUN(table_layout_navigation_not_clean);
    return test_report();
}
