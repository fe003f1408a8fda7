/*
 * test_html_unseen30.c - rules found on a thirtieth set of pages the
 * reader was not tuned on (English news, sports and magazine sites):
 * each test builds a small page showing one case, with the metadata or
 * text that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

/* The page read from memory, its title, or "" when it has none. */
static const char *
title_of(const page *p)
{
    const char *t = p->rc == 0 ? meta(p)->title : NULL;
    return t ? t : "";
}

/* An og:title that leaves words of the headline out ("Council: Bridge
 * Closes" over the h1 "Town Council: Old Bridge Closes to Cars for the
 * Summer") while the <title> is that h1 and the site's name: a short form
 * for sharing; the h1 is the title, found among other h1s (a menu's
 * label) by the <title>. */
TEST(shortened_share_title_gives_way_to_headline)
{
    static const struct {
        const char *title, *og, *want;
    } cases[] = {
        {"Town Council: Old Bridge Closes to Cars for the Summer - Town News",
         "Council: Bridge Closes to Cars for Summer",
         "Town Council: Old Bridge Closes to Cars for the Summer"},
        /* the <title> is the h1 alone, the share title reworded */
        {"Town Council: Old Bridge Closes to Cars for the Summer",
         "Town Councils close Old Bridge to Cars for the Summer",
         "Town Council: Old Bridge Closes to Cars for the Summer"},
        /* negative: the same words spelled otherwise stay declared */
        {"Town Council: Old Bridge Closes to Cars for the Summer - Town News",
         "Town Council - Old Bridge Closes to Cars for the Summer",
         "Town Council - Old Bridge Closes to Cars for the Summer"},
        /* negative: other words, the site's name and motto, stay declared */
        {"Town Council: Old Bridge Closes to Cars for the Summer", "Town News - Latest Headlines",
         "Town News - Latest Headlines"},
        /* negative: the <title> names no h1 of the page */
        {"Bridge works announced - Town News", "Council: Bridge Closes to Cars for Summer",
         "Council: Bridge Closes to Cars for Summer"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title><meta property='og:title' content='%s'></head>"
                 "<body><nav><h1 class='label'>Sections</h1><a href='/'>Home</a></nav><article>"
                 "<h1>Town Council: Old Bridge Closes to Cars for the Summer</h1>%s</article>"
                 "</body></html>",
                 cases[i].title, cases[i].og, body);
        page p = from(html);
        test_current = cases[i].og;
        INT_EQ(p.rc, 0);
        STR_EQ(title_of(&p), cases[i].want);
        drop(&p);
    }
}

/* "October 14, 2009 | Jane Roe": an archive's byline sets the day
 * before the name, each in an element of its own with the bar between
 * (unspaced in the text). The name after the bar is the author, the day
 * the date. A bar after a word that is no date stays as it was read. */
TEST(day_before_name_in_byline)
{
    static const struct {
        const char *line, *want;
    } cases[] = {
        {"<span class='pubdate'><a href='/2009/oct/14'>October 14, 2009</a></span>"
         "<span class='separator'>|</span><span>Jane Roe</span>",
         "Jane Roe"},
        {"<span>Oct. 14, 2009</span> | <span>Jane Roe</span>", "Jane Roe"},
        /* the name first, the day after it: as before */
        {"<span>Jane Roe</span><span class='separator'>|</span><span>October 14, 2009</span>",
         "Jane Roe"},
        /* negative: a date alone names no one */
        {"<span class='pubdate'>October 14, 2009</span>", ""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old bridge closes - Town News</title></head><body>"
                 "<div class='mod-articleheader'><h1>Old bridge closes</h1></div>"
                 "<div class='mod-articlebyline'>%s</div><div class='mod-articletext'>%s</div>"
                 "</body></html>",
                 cases[i].line, body);
        page p = from(html);
        test_current = cases[i].line;
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        STR_EQ(m->byline ? m->byline : "", cases[i].want);
        OK(m->date && strcmp(m->date, "2009-10-14") == 0);
        drop(&p);
    }
}

int
main(void)
{
    RUN(shortened_share_title_gives_way_to_headline);
    RUN(day_before_name_in_byline);
    return test_report();
}
