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

/* The og:title stays where the h1 the <title> names is no longer form
 * of it: the og:title is that h1 less a kicker or label in front (the
 * sharing form left it out on purpose); the h1 is the blog's banner or
 * a sidebar's teaser; the h1 is set in capitals. An article's own
 * <header> still holds its headline. */
TEST(share_title_stays_beside_label_banner_or_capitals)
{
    static const struct {
        const char *title, *og, *top, *want;
    } cases[] = {
        /* negative: a section and a columnist before the og:title */
        {"Opinion | Sam Park: Moving the Ferry Pier Is a Mistake - Harbour Post",
         "Moving the Ferry Pier Is a Mistake",
         "<h1>Opinion | Sam Park: Moving the Ferry Pier Is a Mistake</h1>",
         "Moving the Ferry Pier Is a Mistake"},
        /* negative: a kicker in its own span */
        {"Breaking news Harbour Board Votes to Move the Ferry Pier | Harbour Post",
         "Harbour Board Votes to Move the Ferry Pier",
         "<h1><span class='kicker'>Breaking news</span> Harbour Board Votes to Move the Ferry "
         "Pier</h1>",
         "Harbour Board Votes to Move the Ferry Pier"},
        /* negative: a dateline before a dash */
        {"PORTSMOUTH, England - Harbour Board Votes to Move the Ferry Pier",
         "Harbour Board Votes to Move the Ferry Pier",
         "<h1>PORTSMOUTH, England - Harbour Board Votes to Move the Ferry Pier</h1>",
         "Harbour Board Votes to Move the Ferry Pier"},
        /* negative: a label before a colon */
        {"Watch Live Video: Harbour Board Votes to Move the Ferry Pier",
         "Harbour Board Votes to Move the Ferry Pier",
         "<h1>Watch Live Video: Harbour Board Votes to Move the Ferry Pier</h1>",
         "Harbour Board Votes to Move the Ferry Pier"},
        /* negative: the blog's name in <title> and banner h1, the post in
           an h2 and the og:title */
        {"Letters From the Little Harbour Bakery by the Sea",
         "Pier Moving Day | Letters From the Little Harbour Bakery",
         "<header><h1 class='site-title'>Letters From the Little Harbour Bakery by the "
         "Sea</h1></header><h2>Pier Moving Day</h2>",
         "Pier Moving Day | Letters From the Little Harbour Bakery"},
        /* negative: the <title> names a sidebar's teaser */
        {"Harbour Board Votes Again on Ferry Pier Winter Plan", "Harbour Board Votes to Move Pier",
         "<aside><h1>Harbour Board Votes Again on Ferry Pier Winter Plan</h1></aside>"
         "<h1>Board moves the pier</h1>",
         "Harbour Board Votes to Move Pier"},
        /* negative: a headline in capitals, the og:title written properly */
        {"HARBOUR BOARD VOTES TO MOVE THE FERRY PIER FOR THE WINTER",
         "Board Votes to Move Ferry Pier",
         "<h1>HARBOUR BOARD VOTES TO MOVE THE FERRY PIER FOR THE WINTER</h1>",
         "Board Votes to Move Ferry Pier"},
        /* the article's own header: the h1 is the title */
        {"Harbour Board Votes to Move the Ferry Pier for the Winter - Harbour Post",
         "Board Votes to Move Ferry Pier",
         "<header><h1>Harbour Board Votes to Move the Ferry Pier for the Winter</h1></header>",
         "Harbour Board Votes to Move the Ferry Pier for the Winter"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title><meta property='og:title' content='%s'></head>"
                 "<body><article>%s%s</article></body></html>",
                 cases[i].title, cases[i].og, cases[i].top, body);
        page p = from(html);
        test_current = cases[i].title;
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

/* What else stands by a day and a bar is no author: a name before the
 * day ("Sam Park, October 14, 2009 | Politics" names Sam Park, in the
 * page or in its author meta), and after the bar a section, a count of
 * comments, a read time, a credit for a photo or a note. A dated note in
 * an element named for the author stays in the text. */
TEST(day_and_bar_without_name_after)
{
    static const struct {
        const char *line, *head, *author, *keep;
    } cases[] = {
        /* negative: the name before the day stays the author */
        {"<div class='byline'>By Sam Park on October 14, 2009 | 12 Comments</div>", "", "Sam Park",
         NULL},
        {"<div class='byline'>Sam Park, 14.10.2009 | Portsmouth</div>", "", "Sam Park", NULL},
        {"<div class='author'>Sam Park, October 14, 2009 | Politics</div>", "", "Sam Park", NULL},
        {"", "<meta name='author' content='Sam Park, October 14, 2009 | Politics'>", "Sam Park",
         NULL},
        /* negative: no name after the bar */
        {"<div class='byline'>October 14, 2009 | Leave a comment</div>", "", "", NULL},
        {"<div class='byline'>October 14, 2009 | Politics</div>", "", "", NULL},
        {"<div class='byline'>October 14, 2009 | 5 Comments</div>", "", "", NULL},
        {"<div class='byline'>October 14, 2009 | In Politics, Local News</div>", "", "", NULL},
        {"<div class='byline'>October 14, 2009 | Filed under: Local News</div>", "", "", NULL},
        {"<div class='byline'>October 14, 2009 | Source: Harbour Board</div>", "", "", NULL},
        {"<div class='byline'>October 14, 2009 | Photo: Sam Park</div>", "", "", NULL},
        {"<div class='byline'>October 14, 2009 | admin</div>", "", "", NULL},
        {"<div class='byline'><span class='date'>October 14, 2009</span>|<a "
         "href='/category/local/'>Local News</a></div>",
         "", "", NULL},
        {"<div class='byline'>Nov 4, 2020 | Election 2020 | Sam Park</div>", "", "", NULL},
        /* negative: a dated note stays in the text */
        {"<div class='author-note'>October 15, 2009 | Correction: An earlier version misnamed "
         "the pier.</div>",
         "", "", "misnamed the pier"},
        {"<div class='byline'>October 15, 2009 | Update: The board reversed its vote on "
         "Friday.</div>",
         "", "", "reversed its vote"},
        /* a read time between the day and the name */
        {"<div class='byline'>October 14, 2009 | 5 min read | Sam Park</div>", "", "Sam Park",
         NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old pier moves - Harbour Post</title>%s</head><body>"
                 "<article><h1>Old pier moves</h1>%s%s</article></body></html>",
                 cases[i].head, cases[i].line, body);
        page p = from(html);
        test_current = cases[i].line[0] ? cases[i].line : cases[i].head;
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        STR_EQ(m->n_authors ? m->authors[0] : "", cases[i].author);
        if (cases[i].keep)
            OK(strstr(p.text, cases[i].keep) != NULL);
        drop(&p);
    }
}

int
main(void)
{
    RUN(shortened_share_title_gives_way_to_headline);
    RUN(share_title_stays_beside_label_banner_or_capitals);
    RUN(day_before_name_in_byline);
    RUN(day_and_bar_without_name_after);
    return test_report();
}
