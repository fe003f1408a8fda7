/*
 * test_html_unseen22.c - rules found on a twenty-second set of pages the
 * reader was not tuned on (a developer's blog, a local party's news
 * post, an international broadcaster's news story, a personal blog with
 * pingbacks, a French review of ideas, a meetup's WordPress post, a wine
 * shop's product page, a dog club's history page): each test builds a
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

static const char menu[] =
    "<div class='menu'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>City</a></li>"
    "<li><a href='/c'>Culture</a></li><li><a href='/d'>Sports</a></li></ul></div>";

/* "<p><em>Read more</em>: <a>Headline</a></p>" between the paragraphs:
 * the label in emphasis, a colon and a link for all the rest is a
 * related-story box set as a line. A sentence that only says "read more"
 * stays, and so does the label in plain text, as Readability keeps it. */
TEST(read_more_line_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<div id='content'>"
             "<h1>The bridge closes</h1>%s<p><em>Read more</em>: <a href='/a/2'>Ferries "
             "return to the river: what changes</a></p>%s<p>See also: <a href='/b'>The old "
             "ferry timetable</a></p><p>Read more about the repairs on "
             "<a href='/repairs'>the council's page</a>, which lists every closure.</p>"
             "</div></body></html>",
             menu, body, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Ferries return to the river") == NULL);
    OK(strstr(p.text, "Read more about the repairs") != NULL);
    OK(strstr(p.text, "See also: The old ferry timetable") != NULL);
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    drop(&p);
}

/* A paragraph after the story that is one link to the newsletter's
 * sign-up ("Every day, our editors send out ... Sign up for the
 * newsletter here."): a promotion, though as long as a paragraph. */
TEST(newsletter_link_paragraph_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<div id='content'>"
             "<h1>The bridge closes</h1>%s<p><a href='/newsletter-registration'>Every day, "
             "our editors send out a selection of the day's hard news and quality feature "
             "journalism. Sign up for the newsletter here.</a></p></div></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Sign up for the newsletter") == NULL);
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    drop(&p);
}

/* The line under the headline that dates the post and credits it, the
 * blog engine's login name last ("<small>11.09.2011, 16:20 von jroe
 * </small>"): the name is the author when the page declares none. */
TEST(title_line_date_then_credit)
{
    const char *fmt = "<html><head><title>The bridge closes - Courier</title></head><body>%s"
                      "<div id='content'><div class='post'><h1>The bridge closes</h1>"
                      "<small>%s</small><div class='entry'>%s</div></div></div></body></html>";
    char html[8192];
    snprintf(html, sizeof(html), fmt, menu, "11.09.2011, 16:20 von jroe", body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "jroe");
    STR_EQ(meta(&p)->date, "2011-09-11");
    drop(&p);

    /* words that are no date before "by": no credit */
    snprintf(html, sizeof(html), fmt, menu, "Photos taken by the river", body);
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 0);
    drop(&p);
}

/* A customer's review on a shop's page carries its own date ("<div
 * itemscope itemtype=http://schema.org/Review><meta itemprop=
 * datePublished content=2014-12-29>"): it does not date the page. The
 * same microdata outside a review does. */
TEST(review_date_is_not_the_page_date)
{
    const char *fmt =
        "<html><head><title>The bridge closes</title></head><body>%s<div id='content'>"
        "<h1>The bridge closes</h1>%s<div%s><span itemprop='author'>Ann R.</span>"
        "<meta itemprop='datePublished' content='2014-12-29'><span>29.12.2014</span></div>"
        "</div></body></html>";
    char html[8192];
    snprintf(html, sizeof(html), fmt, menu, body,
             " itemprop='review' itemscope itemtype='http://schema.org/Review'");
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->date == NULL);
    drop(&p);

    snprintf(html, sizeof(html), fmt, menu, body, "");
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2014-12-29");
    drop(&p);
}

int
main(void)
{
    RUN(read_more_line_goes);
    RUN(newsletter_link_paragraph_goes);
    RUN(title_line_date_then_credit);
    RUN(review_date_is_not_the_page_date);
    return test_report();
}
