/*
 * test_html_unseen12.c - rules found on a twelfth set of pages the
 * reader was not tuned on (a technology magazine, a games news blog, a
 * Japanese security team's diary, a Japanese news portal, a Japanese
 * weekly's site, a vulnerability database, a comics blog on Tumblr, a
 * biology preprint server): each test builds a small page showing one
 * case, with the text or metadata that must come out and the chrome that
 * must not.
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

/* 旧橋、夏の間は車両通行止めに (the headline) */
#define JA_HEADLINE                                                                        \
    "\xe6\x97\xa7\xe6\xa9\x8b\xe3\x80\x81\xe5\xa4\x8f\xe3\x81\xae\xe9\x96\x93\xe3\x81\xaf" \
    "\xe8\xbb\x8a\xe4\xb8\xa1\xe9\x80\x9a\xe8\xa1\x8c\xe6\xad\xa2\xe3\x82\x81\xe3\x81\xab"
/* 港湾ニュース (the site's name) */
#define JA_SITE "\xe6\xb8\xaf\xe6\xb9\xbe\xe3\x83\x8b\xe3\x83\xa5\xe3\x83\xbc\xe3\x82\xb9"
/* 市議会は火曜日、旧橋を夏の間車両通行止めにすることを決めた。 */
#define JA_PARA                                                                            \
    "\xe5\xb8\x82\xe8\xad\xb0\xe4\xbc\x9a\xe3\x81\xaf\xe7\x81\xab\xe6\x9b\x9c\xe6\x97\xa5" \
    "\xe3\x80\x81\xe6\x97\xa7\xe6\xa9\x8b\xe3\x82\x92\xe5\xa4\x8f\xe3\x81\xae\xe9\x96\x93" \
    "\xe8\xbb\x8a\xe4\xb8\xa1\xe9\x80\x9a\xe8\xa1\x8c\xe6\xad\xa2\xe3\x82\x81\xe3\x81\xab" \
    "\xe3\x81\x99\xe3\x82\x8b\xe3\x81\x93\xe3\x81\xa8\xe3\x82\x92\xe6\xb1\xba\xe3\x82\x81" \
    "\xe3\x81\x9f\xe3\x80\x82"

/* The site's logo is a picture in an h1 of its own ("<h1><a><img
 * alt=Site></a></h1>") above the article's h1: the logo's h1 has no
 * words and is no second headline, so a <title> of the headline and the
 * site's name ("見出し - サイト", "見出し ｜ サイト") still gives the
 * article's h1 as the title. */
TEST(logo_h1_not_a_second_headline)
{
    static const char *const seps[] = {" - ", " \xef\xbd\x9c ", NULL};
    for (size_t i = 0; seps[i]; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html lang='ja'><head><title>%s%s%s</title></head><body>"
                 "<div id='header'><h1><a href='/'><img src='/logo.gif' alt='%s'></a></h1>"
                 "</div><div id='main'><h1>%s</h1><p>%s</p><p>%s</p><p>%s</p></div>"
                 "</body></html>",
                 JA_HEADLINE, seps[i], JA_SITE, JA_SITE, JA_HEADLINE, JA_PARA, JA_PARA,
                 JA_PARA);
        page p = from(html);
        INT_EQ(p.rc, 0);
        STR_EQ(meta(&p)->title, JA_HEADLINE);
        drop(&p);
    }
}

/* A paper's page lists its authors with each name in an element marked
 * as an author ("<span class='citation-author first'>", then
 * "<span class='citation-author'>"), joined by commas and "and": every
 * name is an author, and the list goes from the text whole, not only its
 * first name. */
TEST(author_list_is_the_byline)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<article><h1>Bridge closed</h1><p class='names'>"
             "<span class='citation-author first'>Ann Lee</span>, "
             "<span class='citation-author'>Bo Chen</span> and "
             "<span class='citation-author'>Cy Diaz</span></p>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 3);
    if (meta(&p)->n_authors == 3) {
        STR_EQ(meta(&p)->authors[0], "Ann Lee");
        STR_EQ(meta(&p)->authors[2], "Cy Diaz");
    }
    OK(strstr(p.text, "Bo Chen") == NULL);
    OK(strncmp(p.text, "The council voted", 17) == 0);
    drop(&p);
}

/* "Posted July 11, 2019." in a short line of its own, here in a side
 * column after the text: "Posted" labels the date without a colon. */
TEST(posted_label_date)
{
    static const char *const lines[] = {"Posted&#xA0;July 11, 2019.", "Posted on 11 July 2019",
                                        NULL};
    for (size_t i = 0; lines[i]; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge closed</title></head><body>"
                 "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                 "<article><h1>Bridge closed</h1>%s</article>"
                 "<aside><div class='pane'>%s</div><a href='/pdf'>Download PDF</a></aside>"
                 "</body></html>",
                 body, lines[i]);
        page p = from(html);
        INT_EQ(p.rc, 0);
        STR_EQ(meta(&p)->date, "2019-07-11");
        drop(&p);
    }
}

/* Japanese sites name their share and follow buttons for the social
 * networks ("top_sns", "button-sns__follow") where others write "share":
 * the buttons go, with their counts and "follow" labels. A class that
 * only holds the letters ("lessons") says nothing. */
TEST(sns_buttons_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<article><h1>Bridge closed</h1><div class='top_sns'><ul class='button_sns'>"
             "<li><a class='tweet-counter' href='https://twitter.com/search?q=x'>"
             "<span class='c'>-</span></a></li></ul></div>%s"
             "<p class='lessons'>The lessons of the last repair were written down in 1990, "
             "and the engineers read them again before they began.</p>"
             "<ul class='button-sns__follow'><li><a href='https://twitter.com/harbour'>"
             "@harbour Follow</a></li></ul></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Cyclists and people on foot", "The lessons of the last",
                                       NULL};
    static const char *const gone[] = {"@harbour", NULL};
    check(&p, keep, gone);
    OK(strncmp(p.text, "The council voted", 17) == 0);
    drop(&p);
}

/* Under a post, its category, tags and own address set as a list of
 * facts: "<dt>カテゴリー :</dt><dd><a>...</a></dd>", "<dt>Tags:</dt>",
 * "<dt>Permalink</dt><dd><a>https://...</a></dd>". Term and description
 * go together. A term of the post's own facts ("Span") stays. */
TEST(labelled_topic_terms_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<article><h1>Bridge closed</h1>%s"
             "<dl><dt>Span</dt><dd>The bridge is 120 metres long and 9 metres wide.</dd></dl>"
             "<dl class='entryfoot'>"
             "<dt>\xe3\x82\xab\xe3\x83\x86\xe3\x82\xb4\xe3\x83\xaa\xe3\x83\xbc : </dt>"
             "<dd><a href='/d/cat/city.html'>City roads</a>&#xA0;&#xA0;</dd>"
             "<dt>Tags:</dt><dd><a href='/d/tag/bridges.html'>Bridges</a>, "
             "<a href='/d/tag/ferries.html'>Ferries</a></dd>"
             "<dt>Permalink</dt><dd><a href='https://example.org/d/2019/02/1.html'>"
             "https://example.org/d/2019/02/1.html</a></dd></dl></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Cyclists and people on foot", "120 metres long", NULL};
    static const char *const gone[] = {"City roads", "Bridges", "Permalink",
                                       "example.org/d/2019", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A label over the headline in an element named for it, with no link
 * ("<span class='article-type'>New Results</span><h1>"): a kicker, it
 * goes with the headline. */
TEST(named_kicker_removed)
{
    static const char *const kinds[] = {"article-type", "story-eyebrow", NULL};
    for (size_t i = 0; kinds[i]; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge closed to cars - Harbour Post</title></head><body>"
                 "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                 "<div class='main'><div class='cite'><span class='%s'>\n  New Results  "
                 "</span>\n<h1>Bridge closed to cars</h1><div class='doi'>doi: 10.1101/696633</div>"
                 "</div><div class='tabs'>"
                 "<div class='abstract'><h2>Abstract</h2>%s</div></div></div>"
                 "<aside><p>Posted 1 May 2019</p></aside></body></html>",
                 kinds[i], body);
        page p = from(html);
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, "New Results") == NULL);
        OK(strstr(p.text, "The council voted") != NULL);
        drop(&p);
    }
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(logo_h1_not_a_second_headline);
    RUN(author_list_is_the_byline);
    RUN(posted_label_date);
    RUN(sns_buttons_removed);
    RUN(labelled_topic_terms_removed);
    RUN(named_kicker_removed);
    return test_report();
}
