/*
 * test_html_unseen23.c - rules found on a twenty-third set of pages the
 * reader was not tuned on (an American magazine's partner story, a German
 * regional paper's agency item, a science journal's news story, a science
 * news site, a French radio's column, a German tech magazine, an
 * Ecuadorian paper, an Austrian tech site): each test builds a small page
 * showing one case, with the text or metadata that must come out and the
 * chrome that must not.
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

/* Agency copy whose JSON-LD names the publisher as its author
 * ({"@type": "Organization", "name": "courier.example"} for both): no
 * writer is named, so the page has no author. */
TEST(publisher_as_author_is_none)
{
    const char *fmt =
        "<html><head><title>The bridge closes</title><script type='application/ld+json'>"
        "{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"The "
        "bridge closes\",\"author\":{\"@type\":\"%s\",\"name\":\"courier.example\"},"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"courier.example\"}}</script>"
        "</head><body>%s<article><h1>The bridge closes</h1>%s</article></body></html>";
    char html[8192];
    snprintf(html, sizeof(html), fmt, "Organization", menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 0);
    drop(&p);

    /* a person of the publisher's name (a one-person blog) stays */
    snprintf(html, sizeof(html), fmt, "Person", menu, body);
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    drop(&p);
}

/* Bootstrap's "d-none d-print-block": a block no screen shows, printed
 * on paper only (a citation, a copyright notice): it goes. One that a
 * breakpoint class shows on wider screens ("d-none d-md-block") stays, and
 * so does one hidden by "d-none" alone (an expander a script opens). */
TEST(print_only_block_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<article>"
             "<h1>The bridge closes</h1>%s<div class='d-none d-print-block'><p>Citation: The "
             "bridge closes (2019, October 22) retrieved 20 January 2020</p><p>This document "
             "is subject to copyright.</p></div><div class='d-none d-md-block'><p>The ferry "
             "timetable is printed on the back of every ticket.</p></div><div "
             "class='more d-none'><p>The rest of the story, which a reader opens with a "
             "button: the council meets again in March.</p></div></article></body>"
             "</html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "retrieved 20 January") == NULL);
    OK(strstr(p.text, "subject to copyright") == NULL);
    OK(strstr(p.text, "The ferry timetable is printed") != NULL);
    /* "d-none" alone is a script's toggle: what it hides may be the text */
    OK(strstr(p.text, "the council meets again in March") != NULL);
    drop(&p);
}

/* The date printed under the standfirst ("<h1>...</h1><div
 * itemprop=description>Frankfurt (dpa) - ...</div><div class=date>
 * 12.10.2015, 19:16 Uhr</div>"): the summary belongs to the head, and the
 * date under it is the article's. */
TEST(date_under_standfirst)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<article>"
             "<h1>The bridge closes</h1><div class='ar-teaser' itemprop='description'><p>The "
             "council voted on Tuesday to close the old bridge to cars for the summer, after "
             "engineers found that its supports had worn.</p></div><div class='ar-date'>"
             "12.10.2015, 19:16 Uhr</div><div class='text'>%s</div></article></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2015-10-12");
    drop(&p);
}

/* A date line under the standfirst whose text is the page's declared
 * description ("<p>The old bridge is to close ...</p><p class=date>24 de
 * agosto, 2026 - 23h23</p>"): the standfirst is no paragraph of the
 * story, so the date line still heads it and goes. */
TEST(date_line_under_description_goes)
{
    const char *desc = "The old bridge is to close to cars for the whole of the summer, after "
                       "engineers found badly worn supports under it.";
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title><meta name='description' "
             "content='%s'></head><body>%s<article><h1>The bridge closes</h1><p "
             "class='lead'>%s</p><div class='meta'><p class='date'><time>24 de agosto, 2026 - "
             "23h23</time></p></div><section>%s</section></article></body></html>",
             desc, menu, desc, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "23h23") == NULL);
    OK(strstr(p.text, "The old bridge is to close") != NULL);
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    drop(&p);
}

/* The writer's box after the story ("<section><h3>Jane Roe</h3><strong>
 * MORE FROM <a>Jane Roe</a></strong></section>"): its words are the
 * declared author's name and a "more from" link, so it goes. A sentence
 * of the story that says "more from" stays. */
TEST(more_from_author_box_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title><meta name='author' content='Jane "
             "Roe'></head><body>%s<div class='posts'><h1>The bridge closes</h1><article>%s"
             "<p>Engineers expect more from the new supports than from the old ones.</p>"
             "</article><section class='writer'><h3>Jane Roe</h3><p></p><strong>MORE FROM <a "
             "href='/writer/jane-roe'>Jane Roe</a></strong></section></div></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "MORE FROM") == NULL);
    OK(strstr(p.text, "Jane Roe") == NULL);
    OK(strstr(p.text, "expect more from the new supports") != NULL);
    drop(&p);
}

/* A paragraph between the story's that is one link to another story of
 * the site, its words the headline the address spells ("<p><a
 * href=/city/old-ferry-pier-to-reopen-in-spring/>Old ferry pier to reopen
 * in spring</a></p>"): the site's pointer to a related story, it goes. A
 * link to another site, words the address does not spell, or a pointer
 * under a label ("[Read: ...]") stay. */
TEST(related_story_link_para_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title><link rel='canonical' "
             "href='https://courier.example/city/bridge-closes/'></head><body>%s<article>"
             "<h1>The bridge closes</h1><p>The council voted on Tuesday to close the old "
             "bridge to cars for the summer, after engineers found worn supports.</p><p><span "
             "class='icon'></span><a href='https://courier.example/city/"
             "old-ferry-pier-to-reopen-in-spring-nota/'>Old ferry pier to reopen in spring</a>"
             "</p>%s<p><a href='/city/summer-festival-moves-to-the-park/'>[Read: Summer festival "
             "moves to the park]</a></p><p>The ferry company said it would add two boats on "
             "weekends while the bridge is closed to cars.</p><p><a "
             "href='https://ferry.example/timetable-summer-crossings/'>Summer "
             "timetable of the crossings</a></p><p><a href='/city/report-2020'>The "
             "engineers' full report on the supports</a></p></article></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Old ferry pier to reopen") == NULL);
    OK(strstr(p.text, "Summer timetable of the crossings") != NULL);
    OK(strstr(p.text, "[Read: Summer festival moves to the park]") != NULL);
    OK(strstr(p.text, "full report on the supports") != NULL);
    drop(&p);
}

/* A folding box before the story's first paragraph, with a list of
 * links and a "show more" toggle ("Issue 7/2019 ... Highlights of the
 * issue: <ul>...</ul> show more"): the site's pointer to its other
 * pieces, it goes whole. The same list without the toggle, after the
 * story has begun, is left to the other rules. */
TEST(toggle_box_before_story_goes)
{
    char html[16384];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<article>"
             "<h1>The bridge closes</h1><div class='content'><a-collapse class='box'><header>"
             "<h2>Issue 7/2019</h2></header><div class='target'><div class='inner'><div "
             "class='textbox'><figure><img src='c.jpg' alt=''><figcaption><p>The July "
             "issue</p></figcaption></figure><div class='text'><p class='synopsis'>This piece "
             "is from issue 7/2019 of the magazine, on sale from 20 June in shops and in our "
             "store. Highlights of the issue:</p><ul><li><a href='/a1'>The ozone thriller</a>"
             "</li><li><a href='/a2'>On the way to a green battery</a></li><li><a "
             "href='/a3'>High on yeast</a></li><li><a href='/a4'>Order the issue</a></li></ul>"
             "</div></div></div></div><div class='trigger'><span>show more</span></div>"
             "</a-collapse>%s%s%s</div></article></body></html>",
             menu, body, body, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "This piece is from issue") == NULL);
    OK(strstr(p.text, "show more") == NULL);
    OK(strncmp(p.text, "The council voted on Tuesday", 28) == 0);
    drop(&p);
}

/* Pages a reviewer wrote where the first versions of these rules took
 * text or a wrong date (tests/fixtures/html/unseen23/): what the reader
 * kept before them it keeps. */
TEST(reviewed_pages_keep_their_text)
{
    reader_options ro = {.format = "html", .extract = -1};
    const char *dir = "tests/fixtures/html/unseen23/";
    static const struct {
        const char *file, *kept, *date;
    } cases[] = {
        /* "d-none" alone: an expander's hidden rest of the story */
        {"r2a_readmore.html", "The next council meeting, on June 4", "2024-05-02"},
        /* a paywall's teaser is no standfirst: the related list's date is
           not the story's */
        {"r3a_paywall_teaser.html", NULL, NULL},
        /* past a standfirst, a heading that is a date is the text's */
        {"r3c_history.html", "12 March 1947", NULL},
        /* under a first paragraph that is the description, a subheading
           opening with a date stays */
        {"r4a_timeline.html", "14 March 2014", "2024-05-02"},
        /* a round-up's headlines, each a link over its paragraph */
        {"r6a_roundup.html", "Inside the seed vault under the mountain", "2024-12-28"},
        /* a link the text introduces ("follow this guide first:") */
        {"r6c_guide_below.html", "Installing the toolchain on Linux", "2024-05-02"},
        /* a standfirst boxed with the article's own contents and a toggle */
        {"r7e_intro_div.html", "From Monday the old bridge is closed", "2024-05-02"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s%s", dir, cases[i].file);
        page p = page_file(path, &ro);
        INT_EQ(p.rc, 0);
        if (cases[i].kept)
            OK(p.text && strstr(p.text, cases[i].kept) != NULL);
        const char *d = meta(&p)->date;
        if (cases[i].date)
            OK(d && strcmp(d, cases[i].date) == 0);
        else
            OK(d == NULL);
        drop(&p);
    }
}

int
main(void)
{
    RUN(publisher_as_author_is_none);
    RUN(print_only_block_goes);
    RUN(date_under_standfirst);
    RUN(date_line_under_description_goes);
    RUN(more_from_author_box_goes);
    RUN(related_story_link_para_goes);
    RUN(toggle_box_before_story_goes);
    RUN(reviewed_pages_keep_their_text);
    return test_report();
}
