/*
 * test_html_unseen6.c - rules found on a sixth set of pages the reader was
 * not tuned on (news in Japanese, Arabic and Latvian, English and German
 * blogs of several engines, a SPIP site, a community article): each test
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

static bool
one_author(const page *p, const char *name)
{
    return meta(p)->n_authors == 1 && strcmp(meta(p)->authors[0], name) == 0;
}

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

/* Year, month and day each followed by its unit, as Chinese, Japanese and
 * Korean pages print dates; a count of years is no date. */
TEST(cjk_dates)
{
    arena *a = arena_new();
    STR_EQ(rd_html_date(a, "2018\xe5\xb9\xb4"
                           "6\xe6\x9c\x88"
                           "18\xe6\x97\xa5 10:01"),
           "2018-06-18");
    STR_EQ(rd_html_date(a, "2016\xe5\xb9\xb4"
                           "10\xe6\x9c\x88"
                           "14\xe6\x97\xa5"
                           "07:17"),
           "2016-10-14");
    STR_EQ(rd_html_date(a, "2019\xeb\x85\x84 3\xec\x9b\x94 5\xec\x9d\xbc"), "2019-03-05");
    OK(rd_html_date(a, "20\xe5\xb9\xb4"
                       "6\xe6\x9c\x88"
                       "18\xe6\x97\xa5") == NULL);
    OK(rd_html_date(a, "2018\xe5\xb9\xb4"
                       "13\xe6\x9c\x88"
                       "18\xe6\x97\xa5") == NULL);
    OK(rd_html_date(a, "2018\xe5\xb9\xb4\xe3\x81\xab") == NULL);
    arena_free(a);
}

/* A JSON-LD article that names its creator and the day it was created,
 * but no author and no datePublished: those are the last resort. */
TEST(jsonld_creator_and_created)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | News</title>"
             "<script type='application/ld+json'>{\"@context\": \"http://schema.org\", "
             "\"@type\": \"NewsArticle\", \"headline\": \"Bridge closed\", "
             "\"dateCreated\": \"2014-06-02T08:07:42+00:00\", \"creator\": \"Jane Roe\"}"
             "</script></head><body><h1>Bridge closed</h1><div class='post'>%s</div>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(one_author(&p, "Jane Roe"));
    STR_EQ(meta(&p)->date, "2014-06-02");
    drop(&p);

    /* an author the page declares elsewhere wins over the creator */
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | News</title>"
             "<meta name='author' content='John Doe'>"
             "<meta property='article:published_time' content='2014-06-01'>"
             "<script type='application/ld+json'>{\"@context\": \"http://schema.org\", "
             "\"@type\": \"NewsArticle\", \"headline\": \"Bridge closed\", "
             "\"dateCreated\": \"2014-06-02T08:07:42+00:00\", \"creator\": \"user42\"}"
             "</script></head><body><h1>Bridge closed</h1><div class='post'>%s</div>"
             "</body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    OK(one_author(&p, "John Doe"));
    STR_EQ(meta(&p)->date, "2014-06-01");
    drop(&p);
}

/* The microformats' abbr pattern: the machine date in the title of an
 * <abbr class="published">, words for people inside; an abbreviation
 * with another class, or a title that is no date, gives none. */
TEST(abbr_published_date)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><h1>Bridge closed</h1>"
             "<p class='info'><abbr class='published' title='2019-09-11T12:30:39Z'>mercredi "
             "11 septembre</abbr></p><div class='texte'>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2019-09-11");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><h1>Bridge closed</h1>"
             "<p class='info'><abbr class='unit' title='2019-09-11'>ISO</abbr> "
             "<abbr class='published' title='World Health Organization'>WHO</abbr></p>"
             "<div class='texte'>%s</div></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->date == NULL);
    drop(&p);
}

/* A byline whose class spells the word with an underscore or a hyphen
 * ("by_line_date", "by-line"). */
TEST(byline_class_spelled_apart)
{
    static const char *const cls[] = {"by_line_date", "story-by-line"};
    for (size_t i = 0; i < 2; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge closed</title></head><body>"
                 "<div class='title_box'><h1>Bridge closed</h1><div class='%s'>by Jane Roe, "
                 "Staff Writer | May 14, 2020 07:38am ET</div></div>"
                 "<div class='content'>%s</div></body></html>",
                 cls[i], body);
        page p = from(html);
        INT_EQ(p.rc, 0);
        OK(one_author(&p, "Jane Roe"));
        const char *keep[] = {"The council voted", NULL};
        const char *gone[] = {"Staff Writer", NULL};
        check(&p, keep, gone);
        drop(&p);
    }
}

/* The name in a byline is the link to the author's page, in the words
 * other languages give the path ("/autors/", "/autor/", "/auteur/"), not the
 * label and the job title around it. */
TEST(author_page_link_in_other_languages)
{
    static const char *const paths[] = {"/autors/jane-roe/", "/autor/jane-roe", "/auteur/jane-roe"};
    for (size_t i = 0; i < 3; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge closed</title></head><body><article>"
                 "<h1>Bridge closed</h1><div class='info-item authors'><strong>Autori:</strong> "
                 "<a href='%s'>Jane Roe</a> <em>(news desk editor)</em></div>"
                 "<div class='article-body'>%s</div></article></body></html>",
                 paths[i], body);
        page p = from(html);
        INT_EQ(p.rc, 0);
        OK(one_author(&p, "Jane Roe"));
        drop(&p);
    }
}

/* A theme's skip link ("Skip to content", to an anchor of the page) is no
 * part of the article; a link to a section of the page that says
 * something else stays. */
TEST(skip_link_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<div id='page' class='hfeed site'>"
             "<a class='skip-link screen-reader-text' href='#content'>Skip to content</a>"
             "<div id='sidebar' class='sidebar'><header class='site-header'><p class='site-title'>"
             "<a href='/'>Town news</a></p></header></div>"
             "<div id='content' class='site-content'><main id='main' class='site-main' "
             "role='main'><article class='post hentry'><header class='entry-header'>"
             "<h1 class='entry-title'>Bridge closed</h1></header><div class='entry-content'>"
             "%s<p>See <a href='#costs'>the costs</a> below.</p></div></article></main></div>"
             "</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council voted", "See the costs below.", NULL};
    const char *gone[] = {"Skip to content", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The day printed just above the headline, in an element beside it; a
 * paragraph of prose before the headline gives no date. */
TEST(date_above_headline)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | Town news</title></head><body>"
             "<h1>News</h1><div class='entry'><p class='newsdatum'><a href='/2012/05/31/bridge/'>"
             "Donnerstag, 31. Mai 2012</a></p><h2>Bridge closed</h2><div class='text'>%s</div>"
             "</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2012-05-31");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | Town news</title></head><body>"
             "<div class='entry'><p>The old bridge, opened on 31 May 1912, has carried the "
             "town's traffic for a century and more.</p><h2>Bridge closed</h2>"
             "<div class='text'>%s</div></div></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->date == NULL);
    drop(&p);
}

/* A short line before the text that opens with a date in figures - a
 * one-line div under the headline or a paragraph - is the dateline, even
 * with more words than figures after the date; a sentence that opens with
 * a date stays. */
static const char nav[] = "<nav class='menu'><ul><li><a href='/'>Home</a></li>"
                          "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
                          "</ul></nav>";
static const char side[] = "<div class='sidebar'><h3>Most read</h3><ul><li><a href='/a'>Ferry "
                           "fares rise</a></li><li><a href='/b'>New library opens</a></li></ul>"
                           "</div><footer>Copyright Town News</footer>";

TEST(dateline_opening_with_figures)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>%s<main class='main'>"
             "<article id='article-contents'><header class='article-signage'>"
             "<div class='subcate'><a href='/news' class='btn'>News</a></div>"
             "<h1 class='title'>Bridge closed</h1><div><span class='day'>"
             "2018\xe5\xb9\xb4"
             "6\xe6\x9c\x88"
             "18\xe6\x97\xa5 10:01 <span class='location'>"
             "From: Kano, Nigeria [ <a href='/n'>Nigeria</a> <a href='/af'>Africa</a> ]"
             "</span></span></div></header><div class='article-body'>%s</div></article></main>"
             "%s</body></html>",
             nav, body, side);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2018-06-18");
    const char *keep[] = {"The council voted", NULL};
    const char *gone[] = {"10:01", "Kano", NULL};
    check(&p, keep, gone);
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>%s<div class='main'><article>"
             "<h1>Bridge closed</h1><div class='article-body'>"
             "<p>31.05.2020, 14:00 Uhr, Berlin-Mitte, Unter den Linden</p>"
             "<p>3 May 2020 changed everything.</p>%s</div></article></div>%s</body></html>",
             nav, body, side);
    p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep2[] = {"3 May 2020 changed everything.", "The council voted", NULL};
    const char *gone2[] = {"Unter den Linden", NULL};
    check(&p, keep2, gone2);
    drop(&p);
}

/* The box asking readers to report a typo with Ctrl+Enter goes; a tip in
 * the text that names the keys stays. */
TEST(typo_report_box_removed)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>%s<div class='main'><article>"
             "<h1>Bridge closed</h1><div class='article-body'>%s"
             "<p>To send the form, press Ctrl+Enter in the last field.</p></div>"
             "<div class='article__report'><strong>Found a mistake?</strong>"
             "<p>Select the text and press <span>Ctrl+Enter</span> to send it to the "
             "editors!</p><button>Report an error</button></div></article></div>%s</body></html>",
             nav, body, side);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council voted", "press Ctrl+Enter in the last field", NULL};
    const char *gone[] = {"Found a mistake?", "to send it to the editors", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A line before the text that holds a declared author's name and a date
 * and little else is the credit line ("Tuesday, 13 May 2014, by Jane
 * Roe"); a sentence naming the author and a day stays. */
TEST(date_and_author_line_removed)
{
    static const char text[] =
        "The council voted on Tuesday to close the old bridge to cars for the summer, after "
        "engineers found that two of its supports had worn far more than expected, and the "
        "mayor said the town had no choice.<br /><br /><h2>The repairs</h2><br />Cyclists and "
        "people on foot will still be able to cross, and the ferry will run every twenty "
        "minutes until the repairs are done, the council said in a statement on Wednesday."
        "<br /><br />";
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed - Town Courier</title>"
             "<meta name='author' content='Jane Roe'/></head><body><section id='main'><header>"
             "<a href='/' class='headline'><h1>Town Courier</h1></a><nav><ul><li><a href='/'>"
             "Home</a></li><li><a href='/about'>About</a></li></ul></nav></header>"
             "<section id='content' role='main'><article class='entry'>"
             "<section class='article-header'><div class='entry-info'><time "
             "datetime='2014-05-13'>Tuesday, 13 May 2014</time>, by <a "
             "href='/pages/jane-roe.html'>Jane Roe</a></div><div class='entry-tools'><a "
             "href='#'>Share</a> <a href='#'>Print</a></div></section><h1 class='entry-title'>"
             "Bridge closed</h1><section class='body'><p>Jane Roe was born in the town on 3 May "
             "1950.</p>%s</section></article></section></section></body></html>",
             text);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council voted", "Jane Roe was born in the town on 3 May 1950.",
                          NULL};
    const char *gone[] = {"Tuesday, 13 May 2014", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* Arabic dates: day, the month's name (Egyptian or Levantine, or both
 * joined by a slash) and year; and under the headline, where the weekday
 * and the words before the date make the line long in bytes. */
TEST(arabic_dates)
{
    arena *a = arena_new();
    /* 28 آب/اغسطس 2013 */
    STR_EQ(rd_html_date(a, "28 \xd8\xa2\xd8\xa8/\xd8\xa7\xd8\xba\xd8\xb3\xd8\xb7\xd8\xb3 2013"),
           "2013-08-28");
    /* 3 مارس 2020 */
    STR_EQ(rd_html_date(a, "3 \xd9\x85\xd8\xa7\xd8\xb1\xd8\xb3 2020"), "2020-03-03");
    /* 12 كانون الأول 2019 */
    STR_EQ(rd_html_date(a, "12 \xd9\x83\xd8\xa7\xd9\x86\xd9\x88\xd9\x86 "
                           "\xd8\xa7\xd9\x84\xd8\xa3\xd9\x88\xd9\x84 2019"),
           "2019-12-12");
    /* 5 مارس, no year: no date */
    OK(rd_html_date(a, "5 \xd9\x85\xd8\xa7\xd8\xb1\xd8\xb3") == NULL);
    arena_free(a);

    char html[8192];
    /* الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400) */
    snprintf(html, sizeof(html),
             "<html lang='ar'><head><title>Bridge closed</title></head><body>%s<div class='main'>"
             "<h1>Bridge closed</h1><div class='stamp'>\xd8\xa7\xd9\x84\xd8\xa3\xd8\xb1\xd8\xa8"
             "\xd8\xb9\xd8\xa7\xd8\xa1\xd8\x8c 28 \xd8\xa2\xd8\xa8/\xd8\xa7\xd8\xba\xd8\xb3"
             "\xd8\xb7\xd8\xb3 2013\xd8\x8c \xd8\xa2\xd8\xae\xd8\xb1 \xd8\xaa\xd8\xad\xd8\xaf"
             "\xd9\x8a\xd8\xab 14:00 (GMT+0400)</div><div class='text'>%s</div></div>%s"
             "</body></html>",
             nav, body, side);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2013-08-28");
    drop(&p);
}

/* What a player prints where it cannot play goes; a sentence of the text
 * that mentions a browser's support stays. */
TEST(player_fallback_removed)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>%s<div class='main'><article>"
             "<h1>Bridge closed</h1><div class='article-body'><figure class='media-player'>"
             "<div class='placeholder'>Media playback is unsupported on your device</div>"
             "</figure>%s<video src='bridge.mp4'><p>Sorry, your browser doesn't support embedded "
             "videos.</p></video><p>If your browser does not support the new map, the old one "
             "is still on the council's site.</p></div></article></div>%s</body></html>",
             nav, body, side);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council voted", "If your browser does not support the new map",
                          NULL};
    const char *gone[] = {"Media playback", "embedded videos", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A personal site named after its owner ("Jane Roe's Notebook") whose
 * copyright line names the same person: the owner is the author when the
 * page names no other. One capitalised word before "'s" is a shop's or a
 * magazine's name; a title without the copyright is not enough. */
TEST(site_owner_as_last_resort)
{
    static const struct {
        const char *site, *footer;
        bool owner;
    } cases[] = {
        {"Jane Roe's Notebook", "Copyright (c) 2012- Jane Roe. All rights reserved.", true},
        {"Jane Roe\xe2\x80\x99s Notebook", "\xc2\xa9 2015 Jane Roe", true},
        {"Tom's Hardware", "Copyright (c) 2020 Tom Hardware Media", false},
        {"Jane Roe's Notebook", "Powered by a static site generator", false},
    };
    for (size_t i = 0; i < 4; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s | The old bridge closes for the summer</title>"
                 "</head><body><div id='menu'><a href='/'>Home</a> <a href='/blog'>Blog</a>"
                 "</div><div class='post'><h2>The old bridge closes for the summer</h2>%s</div>"
                 "<div id='footer'><p>%s</p>"
                 "</div></body></html>",
                 cases[i].site, body, cases[i].footer);
        page p = from(html);
        INT_EQ(p.rc, 0);
        if (cases[i].owner)
            OK(one_author(&p, "Jane Roe"));
        else
            INT_EQ(meta(&p)->n_authors, 0);
        drop(&p);
    }
}

/* A section's label of one or two words before the headline in the
 * <title> ("News - ", "Blog: ") goes when a heading of the page is the
 * rest exactly; a longer part before the separator is left to the title
 * rules. */
TEST(section_label_before_title)
{
    static const struct {
        const char *title, *want;
    } cases[] = {
        {"News - The old bridge closes for the summer - Town Courier",
         "The old bridge closes for the summer"},
        {"Town blog: The old bridge closes for the summer | Town Courier",
         "The old bridge closes for the summer"},
    };
    for (size_t i = 0; i < 2; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title></head><body><div class='menu'><a href='/'>Home"
                 "</a></div><div class='post'><h2>The old bridge closes for the summer</h2>%s"
                 "</div></body></html>",
                 cases[i].title, body);
        page p = from(html);
        INT_EQ(p.rc, 0);
        STR_EQ(meta(&p)->title, cases[i].want);
        drop(&p);
    }
    /* no heading is the rest: the label stays */
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>News - The old bridge closes for the summer - Town Courier"
             "</title></head><body><div class='menu'><a href='/'>Home</a></div><div class='post'>"
             "<h2>Summer closures</h2>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "News - The old bridge closes for the summer");
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(cjk_dates);
    RUN(jsonld_creator_and_created);
    RUN(abbr_published_date);
    RUN(byline_class_spelled_apart);
    RUN(author_page_link_in_other_languages);
    RUN(skip_link_removed);
    RUN(date_above_headline);
    RUN(dateline_opening_with_figures);
    RUN(typo_report_box_removed);
    RUN(date_and_author_line_removed);
    RUN(arabic_dates);
    RUN(player_fallback_removed);
    RUN(site_owner_as_last_resort);
    RUN(section_label_before_title);
    return test_report();
}
