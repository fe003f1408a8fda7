/*
 * test_html_unseen10.c - rules found on a tenth set of pages the reader
 * was not tuned on (a Japanese engineers' blog, a youth magazine, an old
 * Japanese diary engine, a hacker magazine's text archive, a Chinese
 * portal's article, a British regional paper, a music review site, a
 * software company's magazine): each test builds a small page showing
 * one case, with the text or metadata that must come out and the chrome
 * that must not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"
#include "readers/html/html_int.h"
#include "readers/reader.h"

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

/* A day written with slashes: year first as Japan prints it, or year
 * last when the order cannot be misread (a part above 12 is the day).
 * "03/04/2019" could be March or April and gives nothing; a path, a
 * count or a short year is no date. */
TEST(slash_dates)
{
    arena *a = arena_new();
    STR_EQ(rd_html_date(a, "18/03/2019"), "2019-03-18");
    STR_EQ(rd_html_date(a, "Posted 3/18/2019 at noon"), "2019-03-18");
    STR_EQ(rd_html_date(a, "2019/04/13 16:08"), "2019-04-13");
    STR_EQ(rd_html_date(a, "05/05/2020"), "2020-05-05");
    OK(rd_html_date(a, "03/04/2019") == NULL);
    OK(rd_html_date(a, "open 24/7/365") == NULL);
    OK(rd_html_date(a, "see /2017/03/05/bridge") == NULL);
    OK(rd_html_date(a, "18/13/2019") == NULL);
    OK(rd_html_date(a, "1/2/3/2019") == NULL);
    arena_free(a);

    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | Harbour Magazine</title></head><body>"
             "<article><div class='dateplusauthor'><span>18/03/2019</span> | "
             "<a href='/mag/author/janeroe/' rel='author'>Jane Roe</a></div>"
             "<h1>Bridge closed</h1>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2019-03-18");
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(slash_dates);
    return test_report();
}
