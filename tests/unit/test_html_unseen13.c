/*
 * test_html_unseen13.c - rules found on a thirteenth set of pages the
 * reader was not tuned on (a German party's topic page, a link
 * aggregator's discussion, a paste site, a news agency's photo story, a
 * Japanese computer magazine, a code host's project page, a Japanese
 * maker's press release, a personal-finance blog): each test builds a
 * small page showing one case, with the text or metadata that must come
 * out and the chrome that must not.
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

/* A photo story dates each picture in its caption ("<figure>...
 * <figcaption><time>21 Feb 2020</time>. Harbour Town</figcaption>"): the
 * day the picture was taken, not the story's. A page that prints no
 * other date has none. */
TEST(picture_time_not_the_date)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<article><h1>Bridge closed to cars</h1><p class='meta'>Updated yesterday</p>"
             "<figure><img src='a.jpg' alt=''><figcaption><time>21 Feb 2020</time>. "
             "Harbour Town. Photo by Ann Lee</figcaption></figure>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->date == NULL);
    OK(strstr(p.text, "The council voted") != NULL);
    drop(&p);
}

/* A <title> written for search engines words the headline otherwise
 * ("Bridge shut for summer works" over the h1 "Old bridge closed to cars
 * for the summer"), and a box after the article has an h1 of its own
 * ("Top Articles"): the h1 holding most of the title's words is the
 * headline, and the date printed under it is the article's. */
TEST(date_under_headline_apart_from_title)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Old bridge shut to cars for summer</title></head><body>"
             "<h1 class='brand'><a href='/'><img src='logo.png' alt=''></a></h1>"
             "<article><h1>The old bridge is closed to cars for the summer</h1>"
             "<span class='when'><img src='clock.png'>December 22, 2016</span>"
             "<div class='text'>%s</div></article>"
             "<section><h1>Top Articles</h1><a href='/a'>Ferry times change</a></section>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2016-12-22");
    drop(&p);
}

/* The date in a box of its own above the headline's box ("<div
 * id=date>...</div><div id=title><div><h1><small>Series:</small>
 * <big>Headline</big></h1>"): the headline's part that is the <title>
 * stands for its heading, and the search for the day above it climbs out
 * of the boxes that hold nothing before the headline. */
TEST(date_above_headline_box)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars - Harbour Post</title></head><body>"
             "<div id='news'><div id='kind'><div>Column</div></div>"
             "<div id='date'><div><span>&#187;</span> <span>March 3, 2017 published</span>"
             "</div></div><div id='title'><div class='inner'><h1><small>Summer works: </small>"
             "<big>Bridge closed to cars</big></h1></div></div>"
             "<div id='body'>%s</div></div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2017-03-03");
    drop(&p);
}

/* 山田太郎、鈴木花子 (two names joined by the ideographic comma) */
#define JA_TWO_NAMES                                                                       \
    "\xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e\xe3\x80\x81\xe9\x88\xb4\xe6\x9c\xa8" \
    "\xe8\x8a\xb1\xe5\xad\x90"

/* Japanese and Chinese join names with the ideographic or the
 * full-width comma ("山田太郎、鈴木花子"), each name one word without
 * spaces: every name is an author. */
TEST(cjk_comma_splits_names)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars for summer - Harbour Post</title></head>"
             "<body><h1>Bridge closed to cars for summer</h1><div id='byline'>%s</div>"
             "<div>%s</div></body></html>",
             JA_TWO_NAMES, body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ((long)meta(&p)->n_authors, 2);
    drop(&p);
}

/* A credit that names the publisher beside the writer ("By Jane Roe,
 * Harbour Post" on "... - Harbour Post", "[Jane Roe, Harbour Post]"): a name
 * all of whose words are the site's name (in the <title>'s last part) is
 * no author; a person who shares a word with it ("Harbour Smith") stays. */
TEST(site_name_in_credit_not_an_author)
{
    static const char *const credits[] = {"By Jane Roe, Harbour Post", "[Jane Roe, Harbour Post]",
                                          "By Jane Roe and Harbour Smith", NULL};
    static const size_t want[] = {1, 1, 2};
    for (size_t i = 0; credits[i]; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge closed to cars for summer - Harbour Post</title>"
                 "</head><body><h1>Bridge closed to cars for summer</h1>"
                 "<div id='byline'>%s</div><div>%s</div></body></html>",
                 credits[i], body);
        page p = from(html);
        INT_EQ(p.rc, 0);
        INT_EQ((long)meta(&p)->n_authors, (long)want[i]);
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
        drop(&p);
    }
}

/* A title of a short h1 and the site's host name ("Note 1700 -
 * Pastebin.com"), in the <title> or declared as og:title: a host name is
 * surely the site's, so the h1 is the title even when it is too short to
 * tell from a subject ("Mozilla - Wikipedia" stays whole). */
TEST(host_name_beside_short_h1)
{
    static const char *const heads[] = {
        "<title>Note 1700 - Pastebin.com</title>",
        "<title>Note 1700 - Pastebin.com</title>"
        "<meta property='og:title' content='Note 1700 - Pastebin.com'>",
        NULL};
    for (size_t i = 0; heads[i]; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head>%s</head><body><div class='box'><h1>Note 1700</h1></div>"
                 "<div>%s</div></body></html>",
                 heads[i], body);
        page p = from(html);
        INT_EQ(p.rc, 0);
        STR_EQ(meta(&p)->title, "Note 1700");
        drop(&p);
    }
}

/* A topic page titled with its section's one-word label and the site's
 * name ("Work - Harbour Party") over an h1 holding that word ("We fight
 * for good work"): the h1 is the title, as for a bare one-word title. */
TEST(one_word_label_before_site_name)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Work - HARBOUR PARTY</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/topics'>Topics</a></nav>"
             "<main><h1>We fight for good work</h1>%s</main></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "We fight for good work");
    drop(&p);
}

/* A discussion prints the post's age ("1 day ago") and keeps the day in
 * the element's title ("<span class='age' title='2023-07-21T18:04:01'>"),
 * and so does each reply after it: the first is the post's date. */
TEST(age_with_date_in_title)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Ask: which bridges are worth a visit?</title></head><body>"
             "<table><tr><td class='title'><a href='/item?id=1'>Ask: which bridges are worth "
             "a visit?</a></td></tr><tr><td class='subtext'>225 points by "
             "<a href='/user?id=ann' class='user'>ann</a> <span class='age' "
             "title='2023-07-21T18:04:01'><a href='/item?id=1'>1 day ago</a></span></td></tr>"
             "<tr><td><div class='text'>%s</div></td></tr></table>"
             "<table><tr><td><span class='age' title='2023-07-23T09:55:21'><a href='/item?id=2'>"
             "3 hours ago</a></span><div class='comment'>The one by the harbour.</div></td></tr>"
             "</table></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2023-07-21");
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(picture_time_not_the_date);
    RUN(date_under_headline_apart_from_title);
    RUN(date_above_headline_box);
    RUN(cjk_comma_splits_names);
    RUN(site_name_in_credit_not_an_author);
    RUN(host_name_beside_short_h1);
    RUN(one_word_label_before_site_name);
    RUN(age_with_date_in_title);
    return test_report();
}
