/*
 * test_html_unseen14.c - rules found on a fourteenth set of pages the
 * reader was not tuned on (a Twitter front-end, a Japanese IT news site, a
 * lifestyle blog, a sports news site, a Japanese weekly round-up, a TV
 * network's news story, a blogging platform's tutorial, a government
 * blog): each test builds a small page showing one case, with the text or
 * metadata that must come out and the chrome that must not.
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

/* More of the story, for pages whose text must be long enough to be
 * read as an article on the first pass. */
static const char more[] =
    "<p>Shops on both banks said they expected fewer customers while the bridge is shut, "
    "and the council has offered them a small grant to cover the worst of the summer.</p>"
    "<p>The last repairs, twenty years ago, closed the bridge for only six weeks, but the "
    "engineers say that this time the supports must be rebuilt from the river bed up.</p>"
    "<p>A public meeting on the detours will be held at the town hall next Thursday.</p>";

/* A blog's post header holds one box for the credit and the share
 * buttons beside it ("<div class=author-share-box><div class=byline>
 * <a class=author-link>Jane Roe</a>..."): the box names the share
 * buttons, but it is marked for the credit too, and the byline search
 * enters it. */
TEST(credit_box_beside_share_buttons)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<article class='post'><header class='post-header'><h1>Bridge closed to cars</h1>"
             "<div class='author-share-box'><div class='byline'><div class='author-info'>"
             "<a class='author-link' href='/author/jane-roe/'>Jane Roe</a>"
             "<div class='entry-date'>June 3, 2021 4:05 pm</div></div>"
             "<div class='entry-share'><a class='share-popup' href='https://example.com/"
             "sharer?u=x'><i class='icon-facebook'></i></a></div></div></div></header>"
             "<section class='entry-content'>%s%s</section></article></body></html>",
             body, more);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->n_authors == 1);
    STR_EQ(meta(&p)->authors[0], "Jane Roe");
    OK(strstr(p.text, "The council voted") != NULL);
    drop(&p);
}

/* A sports site prints the story's age under the headline ("<time
 * data-published='2021-06-03 09:13:00Z'> 4 hours ago </time>"), the day
 * kept for its scripts in a data- attribute: that day is the date. A
 * score ticker's data-time on other elements is no date of the story. */
TEST(age_with_date_in_data_attribute)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<div class='ticker'><span class='time' data-time='6/11/2021 6:00:00 PM'>1:00 PM"
             "</span></div><article><h1>Bridge closed to cars</h1><p class='meta'>"
             "<a href='/user/jane'>Jane Roe</a> - <time data-published='2021-06-03 09:13:00Z'>"
             " 4 hours ago </time></p>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2021-06-03");
    drop(&p);
}

/* A news story lists its authors under the headline, each with a
 * "Follow on Twitter" and a "More from" link, and prints the day after
 * the list ("<ul class=authors>...</ul><span class=timestamp>Jun 3, 2021,
 * 12:37 PM ET</span>"): the list runs past a hundred characters but is
 * no prose, and the search for the day goes on past it. */
TEST(date_after_list_of_authors)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars - Town News</title></head><body>"
             "<article class='article'><header class='article-header'><h1>Bridge closed to "
             "cars</h1><div class='item-meta'><div class='article-meta'><ul class='authors'>"
             "<li><div rel='author' class='author has-bio'><span class='by-text'>By</span> "
             "Jane Roe</div><div class='author-overlay'><a class='close' href='#'>Close</a>"
             "<div class='author-meta'><a href='/tw/jr'>Follow on Twitter</a></div>"
             "<div class='author-meta auth-bio'><a href='/author/jr'>More from Jane</a></div>"
             "</div></li><li><div rel='author' class='author has-bio'>John Doe</div>"
             "<div class='author-overlay'><a class='close' href='#'>Close</a>"
             "<div class='author-meta'><a href='/tw/jd'>Follow on Twitter</a></div>"
             "<div class='author-meta auth-bio'><a href='/author/jd'>More from John</a></div>"
             "</div></li><li><div rel='author' class='author'>ANN LEE</div></li></ul>"
             "<span class='timestamp'>Jun 3, 2021, 12:37 PM ET</span></div></div></header>"
             "<div class='article-body'>%s</div></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2021-06-03");
    drop(&p);
}

/* A blog post's section heading classed as a subheading ("<h2
 * class=hg-subheader>Where to buy:</h2>") is a heading of the text: its
 * "header" does not make it the page's header, and it stays. */
TEST(subheading_class_keeps_heading)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<article><h1>Bridge closed to cars</h1><div class='entry-content'>%s"
             "<h2 class='post-subheader'>Ways around the river:</h2>%s</div></article>"
             "</body></html>",
             body, more);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Ways around the river:") != NULL);
    OK(strstr(p.text, "A public meeting") != NULL);
    drop(&p);
}

/* A news site ends the story with a button loading the next one, a link
 * standing alone ("<a class=next-article href=#>Next article</a>") after
 * an emptied comments box ("<h3>Discuss</h3>"): neither is the story's.
 * The same words inside a sentence stay. */
TEST(next_article_button_dropped)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<section class='page article'><aside class='left-sidebar'><ul><li>"
             "<a href='/x'>Other story</a></li></ul></aside><section class='main-content'>"
             "<div class='article-container'><article><header><h1>Bridge closed to cars</h1>"
             "</header><section class='body'>%s<p>Read the <a href='/b'>next article</a> on "
             "the ferry times.</p></section></article><section class='discuss'><h3>Discuss</h3>"
             "<div class='comments'><p class='no-user'><a href='/login'>Sign In</a> to comment"
             "</p></div></section></div></section><a href='#' class='next-article'>"
             "<b class='icon'></b> Next article <b class='icon'></b></a></section></body></html>",
             more);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Next article") == NULL);
    OK(strstr(p.text, "Read the next article on the ferry times.") != NULL);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(credit_box_beside_share_buttons);
    RUN(age_with_date_in_data_attribute);
    RUN(date_after_list_of_authors);
    RUN(subheading_class_keeps_heading);
    RUN(next_article_button_dropped);
    return test_report();
}
