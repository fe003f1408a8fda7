/*
 * test_html_unseen26.c - rules found on a twenty-sixth set of pages the
 * reader was not tuned on (an American magazine, a Canadian French
 * newspaper's blog, a Japanese tech blog, a business magazine): each test
 * builds a small page showing one case, with the text that must come out
 * and the chrome that must not.
 */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "harness.h"
#include "readers/html/html_int.h"

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>";

/* The teaser rule run on a page, with what its text then holds. */
static const char *
teasers_dropped(arena *a, const char *html)
{
    xmlDocPtr xd = htmlReadMemory(html, (int)strlen(html), "t.html", "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!xd)
        return "";
    xmlNode *root = xmlDocGetRootElement(xd);
    rd_html_drop_teasers(root);
    const char *t = rd_html_text_dup(a, root);
    xmlFreeDoc(xd);
    return t ? t : "";
}

/* A box of other stories after the article whose cards are each one link
 * around a kicker and a headline, with no excerpt ("<article class=card>
 * <a href=/story><span>City</span><h2>Headline</h2></a></article>"): gone. */
TEST(cards_made_one_link_go)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><body><article><h1>The bridge closes</h1>%s</article><div class='more'>"
             "<div class='col'><h3><a href='/city'>City</a></h3>"
             "<article class='card'><a href='/story-1'><span class='kicker'>City</span>"
             "<h2>Night buses will run on two new lines from May</h2></a></article>"
             "<article class='card'><a href='/story-2'><span class='kicker'>City</span>"
             "<h2>The market hall reopens after a year of work</h2></a></article>"
             "<article class='card'><a href='/story-3'><span class='kicker'>City</span>"
             "<h2>A new school for the east of the town</h2></a></article></div>"
             "</div></body></html>",
             body);
    arena *a = arena_new();
    const char *t = teasers_dropped(a, html);
    OK(strstr(t, "the council said in a statement") != NULL);
    OK(strstr(t, "Night buses") == NULL);
    OK(strstr(t, "market hall") == NULL);
    OK(strstr(t, "new school") == NULL);
    arena_free(a);
}

/* What looks like such cards and stays: sections whose heading is a link
 * but whose prose follows outside it; a link to a place of the page
 * around a heading (a contents box); one card alone; cards whose link
 * holds two headings' worth of a list; list items (a section front's list
 * of stories may be the page). */
TEST(linked_headings_that_are_no_cards_stay)
{
    static const char *const cases[] = {
        "<div class='parts'><div><a href='/plans'><h3>The plans</h3></a><p>Engineers drew "
        "up three plans for the repair, and the council chose the cheapest.</p></div><div>"
        "<a href='/costs'><h3>The costs</h3></a><p>The money comes from the road budget, "
        "kept for a new roundabout.</p></div></div>",
        "<div class='toc'><div><a href='#plans'><h3>The plans</h3></a></div><div>"
        "<a href='#costs'><h3>The costs</h3></a></div></div>",
        "<div class='one'><article><a href='/plans'><h3>The plans</h3></a></article>"
        "<p>Engineers drew up three plans for the repair, and the council chose the "
        "cheapest of them after a long debate.</p></div>",
        "<ul class='stories'><li><a href='/plans'><h3>The plans</h3></a></li><li>"
        "<a href='/costs'><h3>The costs</h3></a></li></ul>",
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[8192];
        snprintf(html, sizeof(html), "<html><body><article>%s%s</article></body></html>", body,
                 cases[i]);
        arena *a = arena_new();
        const char *t = teasers_dropped(a, html);
        OK(strstr(t, "The plans") != NULL);
        arena_free(a);
    }
}

/* Whole-link blocks that are the page's own: a glossary's terms (a
 * definition inside the link), a series index that is all the page
 * holds, and a live blog's entries linking to their own place. */
TEST(whole_link_blocks_of_the_page_stay)
{
    const char *const pages[] = {
        "<html><body><article><h1>Sailing words</h1><p>A few words every crew uses.</p>"
        "<article class='term'><a href='/g/tack'><h3>Tack</h3><p>To turn the bow through the "
        "wind so that it blows on the other side of the sail.</p></a></article>"
        "<article class='term'><a href='/g/jibe'><h3>Jibe</h3><p>To turn the stern through "
        "the wind, the sail swinging across the boat.</p></a></article></article></body></html>",
        "<html><body><div class='series'>"
        "<article><a href='/walls/1'><span>Part 1</span><h2>The storm that broke the wall</h2>"
        "</a></article><article><a href='/walls/2'><span>Part 2</span><h2>Two winters in the "
        "next bay</h2></a></article><article><a href='/walls/3'><span>Part 3</span><h2>The "
        "last stone</h2></a></article></div></body></html>",
        "<html><body><article><h1>Live: the storm</h1><div class='entries'>"
        "<div><a href='/live#post-3'><span>10:05</span><h3>Boats stay in</h3></a></div>"
        "<div><a href='/live#post-2'><span>09:40</span><h3>Wind rises</h3></a></div>"
        "</div></article></body></html>",
    };
    const char *const kept[] = {"To turn the bow", "The last stone", "Boats stay in"};
    arena *a = arena_new();
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        const char *t = teasers_dropped(a, pages[i]);
        OK(strstr(t, kept[i]) != NULL);
    }
    arena_free(a);
}

int
main(void)
{
    RUN(cards_made_one_link_go);
    RUN(linked_headings_that_are_no_cards_stay);
    RUN(whole_link_blocks_of_the_page_stay);
    return test_report();
}
