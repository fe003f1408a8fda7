/*
 * test_html_unseen31.c - rules found on a thirty-first set of pages the
 * reader was not tuned on (a newspaper, a phone blog, a sports site, a
 * women's magazine, a film site and a business channel): each test
 * builds a small page showing one case, with the metadata or text that
 * must come out and the chrome that must not.
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

/* A site's menu: with it the page is read as a saved page, the article
 * taken out of it. */
static const char nav[] = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>";

/* The page read from memory, its title, or "" when it has none. */
static const char *
title_of(const page *p)
{
    const char *t = p->rc == 0 ? meta(p)->title : NULL;
    return t ? t : "";
}

/* An og:title worded apart from the page's one h1 ("Why the Harbour Town
 * Ferry Is Not the Problem" over "Old Bridge Closes to Cars as Ferry
 * Takes Up the Load"), while twitter:title is the h1 and the <title> is
 * the h1 less a word: three titles agree, the h1 is the title. */
TEST(share_title_worded_apart_gives_way_to_agreeing_titles)
{
    static const char h1[] = "Old Bridge Closes to Cars as Ferry Takes Up the Load";
    static const struct {
        const char *title, *og, *tw, *want;
    } cases[] = {
        {"Old Bridge Closes to Cars as Ferry Takes Up Load",
         "Why the Harbour Town Ferry Is Not the Problem", h1, h1},
        /* the site's name after the <title> and the Twitter title */
        {"Old Bridge Closes to Cars as Ferry Takes Up the Load - Town News",
         "Why the Harbour Town Ferry Is Not the Problem",
         "Old Bridge Closes to Cars as Ferry "
         "Takes Up the Load | Town News",
         h1},
        /* negative: the <title> is a third headline of its own words */
        {"A Short History of the Harbour Ferries - Town News",
         "Why the Harbour Town Ferry Is Not the Problem", h1,
         "Why the Harbour Town Ferry Is Not the Problem"},
        /* negative: no Twitter title to agree with the h1 */
        {"Old Bridge Closes to Cars as Ferry Takes Up the Load", "Town News - Latest Headlines", "",
         "Town News - Latest Headlines"},
        /* negative: the declared title is the h1 and the site's name */
        {"Old Bridge Closes to Cars as Ferry Takes Up the Load",
         "Old Bridge Closes to Cars as Ferry Takes Up the Load | Town News", h1,
         "Old Bridge Closes to Cars as Ferry Takes Up the Load | Town News"},
        /* negative: the Twitter title is not the h1 */
        {"Old Bridge Closes to Cars as Ferry Takes Up Load",
         "Why the Harbour Town Ferry Is Not the Problem", "Ferry takes the load",
         "Why the Harbour Town Ferry Is Not the Problem"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char tw[256] = "";
        if (cases[i].tw[0])
            snprintf(tw, sizeof(tw), "<meta name='twitter:title' content='%s'>", cases[i].tw);
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title><meta property='og:title' content='%s'>%s</head>"
                 "<body><article><h1>%s</h1>%s</article></body></html>",
                 cases[i].title, cases[i].og, tw, h1, body);
        page p = from(html);
        test_current = cases[i].title;
        INT_EQ(p.rc, 0);
        STR_EQ(title_of(&p), cases[i].want);
        drop(&p);
    }
}

/* "20 hours ago" alone on a line under the byline: the post's age when
 * the page was saved, no part of the text. A sentence with "ago" and an
 * age inside a sentence stay. */
TEST(age_line_before_text)
{
    static const struct {
        const char *line;
        bool gone;
    } cases[] = {
        {"20 hours ago", true},
        {"1 Hour Ago", true},
        {"22h ago", true},
        {"a day ago", true},
        {"3 weeks ago.", true},
        /* negative: a sentence that says when */
        {"Two years ago the ferry stopped.", false},
        {"20 hours ago, the pier closed", false},
        /* negative: no unit of time */
        {"20 bridges ago", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old Bridge Closes</title></head><body>%s<article>"
                 "<h1>Old Bridge Closes</h1><div class='meta'><span class='when'>%s</span></div>"
                 "%s</article></body></html>",
                 nav, cases[i].line, body);
        page p = from(html);
        test_current = cases[i].line;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].line) == NULL) == cases[i].gone);
        OK(strstr(p.text, "The council voted on Tuesday") != NULL);
        drop(&p);
    }
}

/* A badge over the headline ("<span class=badge>NEW FERRY</span>"): a
 * kicker, which goes with the headline. A longer line stays. */
TEST(badge_over_headline)
{
    static const struct {
        const char *badge;
        bool gone;
    } cases[] = {
        {"HELLO NEW FERRY", true},
        {"Exclusive", true},
        /* negative: a sentence in the badge's place */
        {"The ferry will run every twenty minutes from now on.", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old Bridge Closes to Cars - Town News</title></head><body>%s"
                 "<article><section class='title-module'><span class='badge'>%s</span>"
                 "<h1>Old Bridge Closes to Cars</h1></section>%s</article></body></html>",
                 nav, cases[i].badge, body);
        page p = from(html);
        test_current = cases[i].badge;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].badge) == NULL) == cases[i].gone);
        STR_EQ(title_of(&p), "Old Bridge Closes to Cars");
        drop(&p);
    }
}

/* "[Embed]" alone in a block (a division, a heading) where an embedded
 * post could not be shown. An editor's bracket and a bracketed word in a
 * sentence stay. */
TEST(embed_placeholder_blocks)
{
    static const char page_html[] =
        "<html><head><title>Ten Ways to Cross the River</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Ten Ways to Cross the River</h1>"
        "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
        "after engineers found that two of its supports had worn far more than expected.</p>"
        "<h2>1. Take the Ferry</h2>"
        "<h2><div><attachment data-type='embed'>[Embed]</attachment></div></h2>"
        "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
        "every twenty minutes until the repairs are done, the council said.</p>"
        "<div><attachment>[ Video ]</attachment></div>"
        "<h2>2. Walk</h2>"
        "<p>[sic]</p>"
        "<p>The work is expected to cost a little over two million [Embed] and to last until "
        "October, when the bridge should open again to all traffic.</p>"
        "<p>[Update]</p>"
        "</article></body></html>";
    static const char *const keep[] = {"1. Take the Ferry",       "2. Walk", "[sic]", "[Update]",
                                       "two million [Embed] and", NULL};
    static const char *const gone[] = {"[Embed]\n", "[ Video ]", NULL};
    page p = from(page_html);
    INT_EQ(p.rc, 0);
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    RUN(share_title_worded_apart_gives_way_to_agreeing_titles);
    RUN(age_line_before_text);
    RUN(badge_over_headline);
    RUN(embed_placeholder_blocks);
    return test_report();
}
