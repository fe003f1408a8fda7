/*
 * test_html_unseen9.c - rules found on a ninth set of pages the reader
 * was not tuned on (a WordPress transit blog, a French WordPress magazine
 * theme, a Korean blog platform, an old Japanese blog, German and
 * Portuguese news sites, an image blog, a programming journal): each test
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

/* A blog theme prints the day without its year ("Mar 05") and declares
 * no date the reader can read; the post's address holds it
 * (".../2017/03/05/slug/"). A number in the path that is no day gives
 * none. */
TEST(date_from_post_address)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title>"
             "<link rel='canonical' href='https://example.com/2017/03/05/bridge-closed/'>"
             "</head><body><div class='post'><div class='date'><div class='month'>Mar</div>"
             "<div class='day'>05</div></div><h1>Bridge closed</h1>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2017-03-05");
    drop(&p);

    /* no such day, a year no post has, a date in the query: none */
    static const char *const nodate[] = {"https://example.com/2017/99/05/bridge-closed/",
                                         "https://example.com/2017/02/30/bridge-closed/",
                                         "https://example.com/9999/12/31/bridge-closed/",
                                         "https://example.com/view?p=/2017/03/05/bridge/"};
    for (size_t i = 0; i < sizeof nodate / sizeof *nodate; i++) {
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge closed</title><link rel='canonical' href='%s'>"
                 "</head><body><div class='post'><h1>Bridge closed</h1>%s</div></body></html>",
                 nodate[i], body);
        p = from(html);
        INT_EQ(p.rc, 0);
        OK(meta(&p)->date == NULL);
        drop(&p);
    }
    /* a leap day is a day */
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title>"
             "<link rel='canonical' href='https://example.com/2016/02/29/bridge-closed/'>"
             "</head><body><div class='post'><h1>Bridge closed</h1>%s</div></body></html>",
             body);
    p = from(html);
    STR_EQ(meta(&p)->date, "2016-02-29");
    drop(&p);
}

/* A theme's menu shows the latest posts with their days, marked as
 * microdata in <time itemprop="datePublished">: they are other posts'
 * dates. The post's own <time> under its headline is the date. */
TEST(menu_post_dates_skipped)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav class='menu'><ul><li><a href='/news/'>News</a><div class='mega-menu'>"
             "<article><time datetime='2017-02-17T22:34:33+00:00' itemprop='datePublished'>"
             "17 February 2017</time><h2><a href='/ferry/'>Ferry fares rise</a></h2></article>"
             "</div></li></ul></nav><article><h1>Bridge closed</h1><div class='meta'>By "
             "<a href='/author/jane/' rel='author'>Jane Roe</a> on <time "
             "datetime='2017-01-08T17:48:24+00:00' itemprop='datePublished'>8 January "
             "2017</time></div>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2017-01-08");
    drop(&p);
}

/* Year, month and day each closed by a dot and a space, as Korean pages
 * print the day a post went up ("2023. 2. 5. 11:40"); a version number
 * without the spaces, or a count in a sentence, is no date. */
TEST(dotted_year_first_dates)
{
    arena *a = arena_new();
    STR_EQ(rd_html_date(a, "2023. 2. 5. 11:40"), "2023-02-05");
    STR_EQ(rd_html_date(a, "2019. 12. 31."), "2019-12-31");
    OK(rd_html_date(a, "release 2023.2.5.") == NULL);
    OK(rd_html_date(a, "2023. 13. 5.") == NULL);
    OK(rd_html_date(a, "Vol. 7362. 2012. pp. 295") == NULL);
    arena_free(a);

    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed : Harbour Blog</title></head><body>"
             "<div class='post'><div class='post-title'><p>Bridge closed</p></div>"
             "<div class='author'><strong>Jane Roe</strong></div>"
             "<p class='post-date'>2023. 2. 5. 11:40</p>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2023-02-05");
    drop(&p);
}

/* An editor fills the blank lines between paragraphs with a zero-width
 * space ("<p><span>&#x200B;</span></p>"): those paragraphs print
 * nothing and go, like empty ones. */
TEST(zero_width_paragraphs_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><article>"
             "<h1>Bridge closed</h1><div class='post-body'>"
             "<p><span>The council voted on Tuesday to close the old bridge to cars for the "
             "summer, after engineers found that two of its supports had worn.</span></p>"
             "<p><span>&#x200B;</span></p><p>&#xFEFF;</p>"
             "<p><span>Cyclists and people on foot will still be able to cross, and the ferry "
             "will run every twenty minutes until the repairs are done.</span></p>"
             "<p><span>&#x200B;</span></p>"
             "<p><span>The work is expected to cost a little over two million and to last "
             "until October, when the bridge should open again.</span></p>"
             "</div></article></body></html>");
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"The council voted", "The work is expected", NULL};
    static const char *const gone[] = {"\xE2\x80\x8B", "\xEF\xBB\xBF", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A blog platform sets the post's title in an element it names for it,
 * not in a heading (its h1 is the logo), and the <title> is that title
 * and the platform's name after a colon: the element's words are the
 * title. A <title> that is no element's words and a name stays whole. */
TEST(title_in_titled_element)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Milk made the first farmers taller? : Harbour Blogs</title>"
             "</head><body><h1 class='logo'><a href='/'>Blogs</a></h1><div class='post'>"
             "<div class='module post-title-text'><p>Milk made the first farmers taller? </p>"
             "</div>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Milk made the first farmers taller?");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Milk made the first farmers taller? : Harbour Blogs</title>"
             "</head><body><h1 class='logo'><a href='/'>Blogs</a></h1><div class='post'>"
             "<div class='module post-title-text'><p>Dairy and the first farmers</p>"
             "</div>%s</div></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Milk made the first farmers taller? : Harbour Blogs");
    drop(&p);

    /* the site's name in the page head, printed in a titled element or a
       heading before the post's, is the part the <title> leaves out */
    static const char *const heads[] = {
        "<header><p class='site-title'>The Daily Gazette</p></header>"
        "<article><div class='entry-title'>Ten Quick Tips</div>%s</article>",
        "<header><h1><img src='logo.png' alt=''></h1><h4>The Daily Gazette</h4></header>"
        "<article><h3>Ten Quick Tips</h3>%s</article>"};
    for (int i = 0; i < 2; i++) {
        char inner[2048];
        snprintf(inner, sizeof inner, heads[i], body);
        snprintf(html, sizeof(html),
                 "<html><head><title>Ten Quick Tips - The Daily Gazette</title></head>"
                 "<body>%s</body></html>",
                 inner);
        p = from(html);
        INT_EQ(p.rc, 0);
        STR_EQ(meta(&p)->title, "Ten Quick Tips");
        drop(&p);
    }
}

/* The day and hour the page went up, printed again after the text
 * ("Fri, 15.05.2020, 07.11"): a line of the page, not of the article,
 * when no prose follows it. A date line that heads more prose (a diary's
 * next entry) stays. */
TEST(date_line_after_text_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news/'>News</a></li></ul></nav>"
             "<article><h1>Bridge closed</h1><div class='article-body'>%s"
             "<div class='info-date'><time datetime='2020-05-15T07:11+0200'>Fri, 15.05.2020, "
             "07.11</time></div><p>More from <a href='/news/'>News</a></p></div>"
             "</article><footer><p>All rights reserved, Harbour Courier</p></footer>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"The work is expected", NULL};
    static const char *const gone[] = {"15.05.2020", NULL};
    check(&p, keep, gone);
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><article>"
             "<h1>Bridge closed</h1><div class='article-body'>%s"
             "<p>Fri, 15.05.2020</p><p>The ferry ran every twenty minutes all day, and the "
             "cyclists who crossed the closed bridge said the quiet deck was a pleasure.</p>"
             "</div></article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const kept[] = {"Fri, 15.05.2020", "The ferry ran", NULL};
    check(&p, kept, NULL);
    drop(&p);

    /* a date heading a list (a changelog), a date in a table's cell, a
       timeline's entries and a quote's last line are the text's own */
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news/'>News</a></li></ul></nav>"
             "<article><h1>Bridge closed</h1><div class='article-body'>%s"
             "<p>March 1, 2021</p><ul><li>The deck was resurfaced.</li></ul>"
             "<table><tr><th>Date</th><th>Work</th></tr>"
             "<tr><td><p>March 2, 2021</p></td><td>North lane</td></tr>"
             "<tr><td><p>March 9, 2021</p></td><td>South lane</td></tr></table>"
             "<h2>Timeline</h2><ol><li><p>June 3, 2021</p></li></ol>"
             "<blockquote><p>Quoted words.</p><p>March 4, 2021</p></blockquote>"
             "</div></article><footer><p>All rights reserved, Harbour Courier</p></footer>"
             "</body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const own[] = {"March 1, 2021", "March 2, 2021", "Timeline",
                                      "June 3, 2021",  "March 4, 2021", NULL};
    check(&p, own, NULL);
    drop(&p);
}

/* An old blog theme: the h1 is the blog's logo picture, the post's
 * headline an h3, and the <title> is the headline and the blog's name
 * after a bare colon ("Headline:Harbour Notes"). The h3 is the title. A
 * page whose h1 has words keeps to its other rules. */
TEST(headline_under_logo_h1)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Drawing mind maps with Treeview:Harbour Notes</title></head>"
             "<body><div id='banner'><h1><a href='/'><img src='logo.png' alt='Harbour "
             "Notes'></a></h1></div><div class='content'><h3 class='hl'>Drawing mind maps with "
             "Treeview</h3><h4 class='hl'>2019-04-04</h4>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Drawing mind maps with Treeview");
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(date_from_post_address);
    RUN(menu_post_dates_skipped);
    RUN(dotted_year_first_dates);
    RUN(zero_width_paragraphs_removed);
    RUN(title_in_titled_element);
    RUN(date_line_after_text_removed);
    RUN(headline_under_logo_h1);
    return test_report();
}
