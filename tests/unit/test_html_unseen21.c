/*
 * test_html_unseen21.c - rules found on a twenty-first set of pages the
 * reader was not tuned on (a legal journal's book review, a company's
 * engineering blog, a professor's blog with comments, a consultancy's
 * tech blog, a lawyer's blog with many comments, a news site with a
 * second story appended, an association's news post, a French union's
 * communiqué): each test builds a small page showing one case, with the
 * text or metadata that must come out and the chrome that must not.
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

static const char menu[] =
    "<div class='menu'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>City</a></li>"
    "<li><a href='/c'>Culture</a></li><li><a href='/d'>Sports</a></li></ul></div>";

/* The citation line a journal sets after the article in an element
 * whose role is the page's footer landmark ("<section class=article-info
 * role=contentinfo>Jane Roe, Courier v. 13.05.2014, http://...</section>"),
 * inside the box that holds the article: it goes, as a <footer> would. */
TEST(role_contentinfo_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<div id='content'>"
             "<article><h1>The bridge closes</h1><div class='body'>%s</div></article>"
             "<section class='article-info' role='contentinfo'>Jane Roe, Courier v. "
             "13.05.2014, <a href='http://example.org/a/2766'>http://example.org/a/2766</a>"
             "</section></div></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Courier v. 13.05.2014") == NULL);
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    drop(&p);
}

int
main(void)
{
    RUN(role_contentinfo_goes);
    return test_report();
}
