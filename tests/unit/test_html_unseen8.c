/*
 * test_html_unseen8.c - rules found on an eighth set of pages the reader
 * was not tuned on (English business and news pages, a French public
 * broadcaster, a university's news office): each test builds a small page
 * showing one case, with the text or metadata that must come out and the
 * chrome that must not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"
#include "readers/reader.h"

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

/* A quotation's source in a <footer> inside the <blockquote>: a line of
 * the article, not the page's footer, which still goes. */
TEST(blockquote_footer_kept)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><article>"
             "<h1>Bridge closed</h1>%s"
             "<blockquote><p>We would rather close it for a summer than see it fail "
             "under a full bus in the winter.</p><footer>Chief engineer Ann Marsh</footer>"
             "</blockquote>"
             "<p>The council will meet again in May to hear how the work is going and to "
             "decide whether the ferry needs a second boat.</p>"
             "<footer><p>All rights reserved, Harbour Courier</p></footer></article>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Chief engineer Ann Marsh", "under a full bus", NULL};
    static const char *const gone[] = {"All rights reserved", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A credit line with the desk's social account after the name, each a
 * link of its own ("by Jane Roe @HarbourNews"): the handle is no part of
 * the author's name; two writers with a handle each are both kept. */
TEST(handle_after_byline_name_dropped)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><article>"
             "<h1>Bridge closed</h1><div class='byline'>by <a href='mailto:jane@example.com'>"
             "Jane Roe</a> <a href='https://twitter.com/HarbourNews'>@HarbourNews</a></div>"
             "%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><article>"
             "<h1>Bridge closed</h1><div class='byline'>By Jane Roe (@janeroe) and "
             "Joe Park (@joepark)</div>%s</article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 2);
    STR_EQ(meta(&p)->authors[0], "Jane Roe");
    STR_EQ(meta(&p)->authors[1], "Joe Park");
    drop(&p);
}

/* A page marks its date with microdata but gives no machine date: the
 * element's own words ("Apr 6" and "2020" in two spans) are the date,
 * also when a long summary between the headline and it hides it from the
 * search for a date under the headline. */
TEST(microdata_date_in_words)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><main>"
             "<h1>Bridge closed</h1><p class='excerpt'>The old bridge will stay shut to cars "
             "until the autumn while two of its worn supports are replaced, the council says.</p>"
             "<div itemprop='datePublished' class='pub'>"
             "<span class='day'>Apr 6</span> <span class='year'>2020</span></div>"
             "%s</main></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2020-04-06");
    drop(&p);
}

/* "Headline | Section | Site" in the <title> and no declared title:
 * dropping the site's name leaves the section's; the page's one h1 is
 * the headline alone, and the title. */
TEST(section_and_site_after_headline)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Old bridge shuts for the summer | Local News | Harbour "
             "Courier</title></head><body><main><h1>Old bridge shuts for the summer</h1>"
             "%s</main></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Old bridge shuts for the summer");
    drop(&p);
}

/* Blog themes' <title>s: "Blog » Headline" with the blog's part empty
 * leaves "» Headline"; and "Headline|Site" sets its bar without spaces.
 * Neither mark is part of the headline. The logo is an h1 too, so the
 * page's h1s do not settle it. */
static void
title_case(const char *title, const char *want)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>%s</title></head><body><div id='logo'><h1>Harbour "
             "Courier</h1></div><div class='post'><p>Tuesday 24 March 2020</p>"
             "<h1>Old bridge shuts for the summer</h1>%s</div></body></html>",
             title, body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, want);
    drop(&p);
}

TEST(blog_title_marks)
{
    title_case("Old bridge shuts for the summer|Harbour Courier",
               "Old bridge shuts for the summer");
    title_case("\n&#xBB; Old bridge shuts for the summer", "Old bridge shuts for the summer");
    title_case("&#xBB; Old bridge shuts for the summer|Harbour Courier",
               "Old bridge shuts for the summer");
}

/* The line over the headline holds the day and more, set apart by bars
 * ("Tuesday 24 January 2017 | Posted at 12:02 | Comments (85)"): the
 * day before the first bar is the date. */
static const char *
date_over_headline(const char *line)
{
    static char got[64];
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Old bridge shuts for the summer</title></head><body>"
             "<div class='post'><div class='post-head'><p>%s</p>"
             "<h1>Old bridge shuts for the summer</h1></div>"
             "<div class='entry'>%s</div></div></body></html>",
             line, body);
    page p = from(html);
    snprintf(got, sizeof(got), "%s", p.rc == 0 && meta(&p)->date ? meta(&p)->date : "");
    drop(&p);
    return got;
}

TEST(date_line_with_bars_over_headline)
{
    STR_EQ(date_over_headline("<strong>Tuesday 24 January 2017</strong> | Posted at 12:02 "
                              "in Local News | <a href='#comments'>Comments (85)</a>"),
           "2017-01-24");
}

/* A French weekday is no English month: "Mardi" (Tuesday) begins as
 * "Mar" does, and "Mardi 24 janvier 2017" was read as 24 March. The
 * month's word must be the English name or a start of it. */
TEST(weekday_is_no_month)
{
    STR_EQ(date_over_headline("Mardi 24 janvier 2017"), "2017-01-24");
    STR_EQ(date_over_headline("martes 5 de junio de 2018"), "2018-06-05");
    STR_EQ(date_over_headline("Sept. 3, 2019"), "2019-09-03");
}

/* A <title> written for search engines ("Harbour Bridge: Old Crossing
 * Shuts for the Summer") over a headline worded otherwise: cutting the
 * <title> at its colon gives a title no heading holds, and the page's one
 * h1, made of mostly the same words, is the title. */
TEST(search_title_over_other_headline)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Harbour Bridge: Old Crossing Shuts for the Summer</title>"
             "</head><body><article><header><h1>Why the Old Harbour Bridge Shuts for the "
             "Summer</h1></header>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Why the Old Harbour Bridge Shuts for the Summer");
    drop(&p);
}

/* A <time> element without its datetime attribute: the words it holds
 * ("April 15, 2019 6:18am") are the date, also below a long summary. */
TEST(time_element_without_datetime)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><article>"
             "<h1>Bridge closed</h1><p class='excerpt'>The old bridge will stay shut to cars "
             "until the autumn while two of its worn supports are replaced, the council says.</p>"
             "<div class='meta'><time class='stamp'>April 15, 2019 6:18am</time></div>"
             "%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2019-04-15");
    drop(&p);
}

/* A box set between the paragraphs that points to another story, made
 * as an <article> of its own under the label "Related Story": it goes,
 * as the "Read also" boxes made of divs do. */
TEST(related_story_article_box_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><article class='post'>"
             "<h1>Bridge closed</h1><div class='content'>%s"
             "<p><article class='related'><h4>Related Story</h4><a href='/2020/05/ferry-fares'>"
             "<h3>Ferry fares to rise in the spring, the harbour board says</h3></a></article></p>"
             "<p>The council will meet again in May to hear how the work is going and to decide "
             "whether the ferry needs a second boat.</p></div></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"The council will meet again", NULL};
    static const char *const gone[] = {"Related Story", "Ferry fares to rise", NULL};
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(blockquote_footer_kept);
    RUN(handle_after_byline_name_dropped);
    RUN(microdata_date_in_words);
    RUN(section_and_site_after_headline);
    RUN(blog_title_marks);
    RUN(date_line_with_bars_over_headline);
    RUN(weekday_is_no_month);
    RUN(search_title_over_other_headline);
    RUN(time_element_without_datetime);
    RUN(related_story_article_box_removed);
    return test_report();
}
