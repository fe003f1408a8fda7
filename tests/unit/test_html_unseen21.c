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

/* The site's name set as a heading inside a link home ("<a href=/
 * class=headline><h1>Courier</h1></a>") in a header the chosen box
 * holds: the masthead goes. A heading that links to another site's home
 * page (a roundup of tools) is the article's and stays. */
TEST(home_link_heading_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes - Courier</title>"
             "<link rel='canonical' href='https://courier.example/2014/bridge'></head><body>"
             "<section id='main'><header><a href='/' class='headline'><h1>Courier</h1></a>"
             "%s</header><section id='content'><h2>The bridge closes</h2>%s"
             "<h2><a href='https://ferry.example/'>The ferry timetable</a></h2>"
             "<p>The ferry's own site lists every crossing of the day, with the fares and "
             "the hours it runs in winter and in summer.</p></section></section>"
             "<p><a href='https://courier.example/'>Courier front page</a></p></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strncmp(p.text, "The council voted on Tuesday", 28) == 0);
    OK(strstr(p.text, "Courier\n") == NULL);
    OK(strstr(p.text, "The ferry timetable") != NULL);
    drop(&p);
}

/* The same masthead linking home by the page's own scheme and host
 * ("<h1><a href=https://courier.example>Courier</a></h1>"). */
TEST(home_link_heading_absolute)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes - Courier</title>"
             "<link rel='canonical' href='https://courier.example/2014/bridge'></head><body>"
             "<section id='main'><header><h1><a href='https://courier.example'>Courier</a>"
             "</h1>%s</header><section id='content'><h2>The bridge closes</h2>%s</section>"
             "</section></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strncmp(p.text, "The council voted on Tuesday", 28) == 0);
    drop(&p);
}

/* A blog engine that prints the day over its posts puts only the name
 * and the hour under each ("posted by Stadler at 12:53"): the name is
 * the author, and the line goes from the text. */
TEST(posted_by_at_time)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<div id='content'>"
             "<div class='post'><h3 class='storytitle'>The bridge closes</h3>"
             "<div class='storycontent'>%s<div class='meta'>posted by Roe at 12:53</div>"
             "</div></div></div></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "posted by") == NULL);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Roe");
    drop(&p);
}

/* The day over a post written with a year of two digits ("<h2
 * class=date-header>17.7.11</h2><div class=post><h3>Headline</h3>"): a
 * date-classed element says it is the day, 17 July 2011. Without the
 * class such a string may be a version number and gives no date. */
TEST(short_year_date_header)
{
    const char *page_fmt =
        "<html><head><title>Courier &raquo; The bridge closes</title></head><body>%s"
        "<div id='content'><h2%s>17.7.11</h2><div class='post'><h3 class='storytitle'>The "
        "bridge closes</h3><div class='storycontent'>%s</div></div></div></body></html>";
    char html[8192];
    snprintf(html, sizeof(html), page_fmt, menu, " class='date-header'", body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2011-07-17");
    drop(&p);

    snprintf(html, sizeof(html), page_fmt, menu, "", body);
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->date == NULL);
    drop(&p);
}

int
main(void)
{
    RUN(role_contentinfo_goes);
    RUN(home_link_heading_goes);
    RUN(home_link_heading_absolute);
    RUN(posted_by_at_time);
    RUN(short_year_date_header);
    return test_report();
}
