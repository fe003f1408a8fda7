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

/* A Chinese portal's <title> is the headline, a list of keywords joined
 * by bars, and the site's name ("Headline|kw|kw|kw|kw_Site"); the h1 is
 * the headline alone, so it is the title. The separators are compared as
 * characters: "气" ends in the byte that ends "—", and cut there the
 * keywords looked like a long name. A Japanese diary whose h1 is its
 * name, before a headline of many CJK characters in the <title>, keeps
 * the headline: a long run of CJK is a phrase, not a site's name. */
TEST(headline_before_keyword_bars)
{
    static const char zh[] =
        "<p>\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a\xe5\x91\xa8\xe4\xba\x8c\xe5\x86\xb3"
        "\xe5\xae\x9a\xe5\x9c\xa8\xe5\xa4\x8f\xe5\xa4\xa9\xe5\x85\xb3\xe9\x97\xad\xe6"
        "\x97\xa7\xe6\xa1\xa5\xe3\x80\x82</p>";
    char html[8192];
    /* 旧桥夏季关闭禁止汽车通行 | 旧桥 | 天气 | 维修 | 渡轮 _ 港口新闻 */
    const char *h = "\xe6\x97\xa7\xe6\xa1\xa5\xe5\xa4\x8f\xe5\xad\xa3\xe5\x85\xb3\xe9"
                    "\x97\xad\xe7\xa6\x81\xe6\xad\xa2\xe6\xb1\xbd\xe8\xbd\xa6\xe9\x80\x9a"
                    "\xe8\xa1\x8c";
    snprintf(
        html, sizeof(html),
        "<html><head><title>%s|\xe6\x97\xa7\xe6\xa1\xa5|\xe5\xa4\xa9\xe6\xb0\x94|"
        "\xe7\xbb\xb4\xe4\xbf\xae|\xe6\xb8\xa1\xe8\xbd\xae_\xe6\xb8\xaf\xe5\x8f\xa3"
        "\xe6\x96\xb0\xe9\x97\xbb</title></head><body><div class='post_main'>"
        "<h1 class='post_title'>%s</h1><div class='post_body'>%s%s</div></div>%s</body></html>",
        h, h, zh, zh, body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, h);
    drop(&p);

    /* 港町日記 - 旧桥... a headline of twenty CJK characters after the name */
    const char *site = "\xe6\xb8\xaf\xe7\x94\xba\xe6\x97\xa5\xe8\xa8\x98";
    const char *jh = "\xe5\xb8\x82\xe8\xad\xb0\xe4\xbc\x9a\xe3\x81\x8c\xe5\x8f\xa4\xe3"
                     "\x81\x84\xe6\xa9\x8b\xe3\x82\x92\xe5\xa4\x8f\xe3\x81\xae\xe9\x96\x93"
                     "\xe8\xbb\x8a\xe3\x81\xa7\xe9\x80\x9a\xe3\x82\x8c\xe3\x81\xaa\xe3\x81"
                     "\x8f\xe3\x81\x99\xe3\x82\x8b";
    snprintf(html, sizeof(html),
             "<html><head><title>%s - %s</title></head><body><h1>%s</h1><div class='day'>"
             "<h3>%s</h3>%s</div></body></html>",
             site, jh, site, jh, body);
    p = from(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->title && strstr(meta(&p)->title, jh) != NULL);
    drop(&p);
}

/* A magazine's headline sits over the writer's name in a box named for
 * the writer ("<h4 class='writer-name'>") and a link to the readers'
 * comments in a box named "byline_comment_link": the writer is the
 * author, "View Comments" names no one. A commenter's name in a box
 * marked "comment-author" is never the article's author either. */
TEST(writer_name_not_comment_link)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | Harbour Magazine</title></head><body>"
             "<section class='content'><div class='article_header'><div class='timestamp'>"
             "March 5, 2017</div><h1 class='title'>Bridge closed</h1>"
             "<div class='writer-container'><h4 class='writer-name'><a href='/jane-roe/'>Jane "
             "Roe</a></h4></div><div class='byline_comment_link'><span>View</span> Comments"
             "</div></div><article class='entry'>%s</article></section></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | Harbour Magazine</title></head><body>"
             "<article><h1>Bridge closed</h1>%s</article><ol class='comment-list'><li>"
             "<div class='comment-author vcard'><cite class='fn'>Sam Reader</cite></div>"
             "<p>Good to hear the ferry will run more often.</p></li></ol></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 0);
    drop(&p);
}

/* A text archive sets its menus as divs of bracketed links ("[ News ]
 * [ Issues ] ...", "Issues: [ 1 ] [ 2 ] ...") and its article in one
 * <pre>: no nav, no class the reader knows. The brackets between short
 * links outweigh the links counted as characters, but counted as words
 * the bars are all links: the page is not clean, it is extracted, and
 * the menu and the footer around the text go. */
TEST(bracket_link_bars_are_menus)
{
    char issues[2048] = "";
    for (int i = 1; i <= 30; i++) {
        char one[64];
        snprintf(one, sizeof(one), "[&#xA0;<a href='/issues/%d/'>%d</a>&#xA0;] ", i, i);
        strcat(issues, one);
    }
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>.:: Harbour Zine ::.</title></head><body>"
             "<div class='texto'>[ <a href='/'>News</a> ] [ <a href='/feed'>Paper Feed</a> ] "
             "[ <a href='/issues/'>Issues</a> ] [ <a href='/authors'>Authors</a> ] "
             "[ <a href='/archives/'>Archives</a> ] [ <a href='/contact'>Contact</a> ]</div>"
             "<div class='around'><div class='details'><strong>Issues</strong>: %s</div>"
             "<div class='box'><pre>          Closing the Old Bridge\n\n"
             "   The council voted on Tuesday to close the old bridge to cars for the\n"
             "summer, after engineers found that two of its supports had worn far more\n"
             "than expected.\n\n"
             "   Cyclists and people on foot will still be able to cross, and the ferry\n"
             "will run every twenty minutes until the repairs are done, the council said\n"
             "in a statement. The work is expected to cost a little over two million and\n"
             "to last until October, when the bridge should open again to all traffic.\n"
             "</pre></div></div><div class='texto-1'>Copyleft 1990-2016, Harbour Zine.</div>"
             "</body></html>",
             issues);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Cyclists and people on foot") != NULL);
    OK(strstr(p.text, "Paper Feed") == NULL);
    OK(strstr(p.text, "Copyleft") == NULL);
    drop(&p);
}

/* A portal that publishes its users' posts closes each with its notice
 * in a block named for the post ("post_statement": the content was
 * uploaded by a user, the platform only stores it); a disclaimer box
 * under the text goes the same way. A quoted statement in the text,
 * not so named, stays. */
TEST(post_statement_notice_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><div class='post_main'>"
             "<h1>Bridge closed</h1><div class='post_content'><div class='post_body'>%s"
             "<p>The mayor read a statement: the bridge will reopen in October.</p></div>"
             "<div class='post_statement'><p>Notice: the text above was posted by a user of "
             "Harbour Pages, which only stores it.</p></div>"
             "<div class='disclaimer'><p>Views are the writer's own.</p></div></div></div>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Notice: the text above") == NULL);
    OK(strstr(p.text, "Views are the writer") == NULL);
    OK(strstr(p.text, "The mayor read a statement") != NULL);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(slash_dates);
    RUN(headline_before_keyword_bars);
    RUN(writer_name_not_comment_link);
    RUN(bracket_link_bars_are_menus);
    RUN(post_statement_notice_removed);
    return test_report();
}
