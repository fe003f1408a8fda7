/*
 * test_html_unseen7.c - rules found on a seventh set of pages the reader
 * was not tuned on (English news, magazine and blog pages, a newsletter
 * built by a static site generator, a German e-paper article): each test
 * builds a small page showing one case, with the text or metadata that
 * must come out and the chrome that must not.
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

/* A static site generator's heading ids: the heading's text made into a
 * slug, followed by its link's address ("...-https-example-com-..."). The
 * address's "com-" and "share" are no class the page gave the heading, so
 * the headings stay. A heading whose own words say chrome still goes. */
TEST(heading_id_made_from_its_text)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Weekly links, issue 12</title></head><body><main>"
             "<div class='post'>%s"
             "<h2 id='good-tools-https-example-com-tools'>"
             "<a href='https://example.com/tools/'>Good tools</a></h2>"
             "<p>A list of small programs that each do one thing well, gathered over the "
             "years by people who use them every day at work.</p>"
             "<h2 id='fast-uploads-https-www-slideshare-net-deck'>"
             "<a href='https://www.slideshare.net/deck'>Fast uploads</a></h2>"
             "<p>Slides on how to make uploads faster on a busy server, with the settings "
             "that matter most and the numbers to show it.</p>"
             "<h2 id='comments'>Comments</h2></div></main></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Good tools", "Fast uploads", NULL};
    static const char *const gone[] = {"Comments", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A heading of one word that is one of the title's words is a section's
 * heading ("Bridges" under "Weekly notes: bridges, ferries, roads"), not
 * the title said again, when the headline itself is not in the text. */
TEST(one_word_heading_from_title_kept)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Weekly notes: bridges, ferries and roads</title></head><body>"
             "<div class='header-top'><h1>Weekly notes: bridges, ferries and roads</h1></div>"
             "<main><div class='post'>%s<h2>ferries</h2>"
             "<p>The ferry will run every twenty minutes while the bridge is closed, and "
             "tickets bought for the bridge bus are good on it too.</p></div></main>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"\nferries\n", NULL};
    check(&p, keep, NULL);
    drop(&p);
}

/* A headline with a colon of its own ("Closed: The Old Bridge Shuts For
 * Summer") and the site's name after another colon in the <title>: the
 * page's one h1 is the title, not what follows the headline's colon. */
TEST(colon_headline_before_site_name)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Closed: The Old Bridge Shuts For Summer: Town Courier"
             "</title></head><body><div class='post'><h1>Closed: The Old Bridge Shuts For "
             "Summer</h1>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Closed: The Old Bridge Shuts For Summer");
    drop(&p);
}

/* The <title> sets the film's name in curly quotes, the h1 in italics:
 * the same words, so the h1 is the title said again and leaves the text. */
TEST(headline_with_curly_quotes_in_title)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>\xe2\x80\x98Old Bridge\xe2\x80\x99: A Summer Without Cars "
             "| Courier</title></head><body><article><h1><i>Old Bridge</i>: A Summer Without "
             "Cars</h1><div class='article-body'>%s</div></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const gone[] = {"A Summer Without Cars", NULL};
    check(&p, NULL, gone);
    drop(&p);
}

/* The date under the headline written in words and set as a small
 * heading (<h5><time>November 18, 2016</time></h5>): a head line, like
 * the same date in a paragraph or a div, not a section's heading. */
TEST(date_in_small_heading_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | News</title></head><body><article>"
             "<div class='article-title'><h1>Bridge closed</h1><h2>The old bridge shuts to "
             "cars for the summer while two of its worn supports are mended.</h2></div>"
             "<div class='article-meta'><h3 class='article-byline'>By <a href='/a/jr'>Jane "
             "Roe</a></h3><h5 class='when'><time datetime='2016-11-18'>November "
             "18, 2016</time></h5></div><div class='article-body'>%s</div></article>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"The council voted", NULL};
    static const char *const gone[] = {"November 18, 2016", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The credit over the lead photo in a block the page names for it
 * (class "photo-credit"): an agency's name, not the article's opening. */
TEST(photo_credit_block_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | News</title></head><body><article>"
             "<div class='article-cover'><img src='bridge.jpg' alt=''>"
             "<div class='photo-credit'>Harbour Pictures Ltd.</div></div>"
             "<h1>Bridge closed</h1><div class='article-body'>%s</div></article>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"The council voted", NULL};
    static const char *const gone[] = {"Harbour Pictures", NULL};
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(heading_id_made_from_its_text);
    RUN(one_word_heading_from_title_kept);
    RUN(colon_headline_before_site_name);
    RUN(headline_with_curly_quotes_in_title);
    RUN(date_in_small_heading_removed);
    RUN(photo_credit_block_removed);
    return test_report();
}
