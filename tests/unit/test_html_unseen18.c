/*
 * test_html_unseen18.c - rules found on an eighteenth set of pages the
 * reader was not tuned on (a tech site's feature, a city news site's long
 * story, a newsletter issue on a blog, a magazine's blog post): each test
 * builds a small page showing one case, with the text that must come out
 * and the chrome that must not.
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

/* Read as sheaf reads a saved page from a file: its pictures are then
 * remote ones, and a caption is all they leave. */

/* A picture floated beside the story with its caption under it, the
 * caption ending in its credit as a link in parentheses ("<img><br><i>The
 * bridge in 1952. (<a href=...>Public domain</a>)</i>"): the credit is a
 * good share of a short caption, yet the block is a captioned picture,
 * not a box of links, and stays. A picture beside a link that is no
 * credit (a teaser for another story) still goes. */
TEST(picture_with_credit_link_kept)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body><main><div>"
             "<h1>Bridge closed to cars</h1>"
             "<div class='article-metadata'><div class='byline'>by <a href='/staff/jr'>Jane "
             "Roe</a></div><div class='publish-date'>Published March 9, 2017</div></div>"
             "<div class='story'><div>%s"
             "<div class='image-right'><img alt='bridge.jpg' src='https://example.org/b.jpg' "
             "width='360' height='507'><br><i> The bridge in 1952.\n(<a "
             "href='https://example.org/wiki/File:Bridge.jpg'>Public domain</a>)</i></div>"
             "%s"
             "<div class='promo'><img alt='ferry.jpg' src='https://example.org/f.jpg'><br>"
             "<i>Also: <a href='/ferry'>the ferry's new timetable</a></i></div>"
             "<div class='image-right'><img alt='news.jpg' src='https://example.org/n.jpg' "
             "width='360' height='507'><br><i> Get our morning briefing.\n(<a "
             "href='/signup'>Sign up free</a>)</i></div>"
             "%s</div></div></div></main></body></html>",
             body, body, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "The bridge in 1952. (Public domain)") != NULL);
    OK(strstr(p.text, "the ferry's new timetable") == NULL);
    OK(strstr(p.text, "morning briefing") == NULL); /* a promotion's call, no credit */
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    drop(&p);
}

/* An embedded post set in a wrapper or two ("<div class=embed-wrapper>
 * <div><blockquote class=twitter-tweet>"), its @names, its short link and
 * its date all links: the wrapper is the quote's box, and the quote's own
 * words outweigh its links, so it stays. A box of links in the same
 * wrappers still goes. */
TEST(wrapped_post_kept)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body><main><div>"
             "<h1>Bridge closed to cars</h1><div class='byline'>By <a href='/jr'>Jane "
             "Roe</a></div><div class='story'>%s"
             "<div class='embed-wrapper'><div><blockquote class='twitter-tweet'>"
             "<p>The <a href='https://example.com/cityhall'>@cityhall</a> just told "
             "<a href='https://example.com/courier'>@courier</a> they don't know why the "
             "bridge is closed. <a href='https://example.com/t/abc123'>"
             "https://example.com/t/abc123</a></p><p>&#x2014; Jane Roe (@janeroe) "
             "<a href='https://example.com/janeroe/1'>April 15, 2019</a></p></blockquote>"
             "</div></div>"
             "<p>The ferry will be free for people who live on the island, the council "
             "said, until the bridge opens again to all traffic in the autumn.</p>"
             "<div class='box'><div><blockquote><a href='/partner'>Read the story of the old "
             "bridge</a> <a href='/more'>on our partner site today</a></blockquote></div></div>"
             "%s</div></div></main></body></html>",
             body, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "they don't know why the bridge is closed") != NULL);
    OK(strstr(p.text, "Jane Roe (@janeroe)") != NULL);
    OK(strstr(p.text, "on our partner site") == NULL);
    drop(&p);
}

/* A blog theme prints its <title> and its declared title as "Blog »
 * Headline" with the blog's name left empty ("<meta property=og:title
 * content='» Bridge closed to cars | Jane Roe'>"): the lone separator
 * before the headline is no part of the title. */
TEST(declared_title_lead_separator)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>\n&#xBB; Bridge closed to cars for the summer|Jane Roe"
             "</title><meta property='og:title' content='    &#xBB; Bridge closed to cars for "
             "the summer | Jane Roe'></head><body><article><h1>Bridge closed to cars for the "
             "summer</h1>%s</article></body></html>",
             body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Bridge closed to cars for the summer | Jane Roe");
    drop(&p);
}

int
main(void)
{
    RUN(picture_with_credit_link_kept);
    RUN(wrapped_post_kept);
    RUN(declared_title_lead_separator);
    return test_report();
}
