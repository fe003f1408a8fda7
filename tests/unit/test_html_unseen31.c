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
        /* negative: the og:title is also a heading of the page (below) */
        {"Old Bridge Closes to Cars as Ferry Takes Up the Load",
         "A Second Headline Set Below the First", h1, "A Second Headline Set Below the First"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char tw[256] = "";
        if (cases[i].tw[0])
            snprintf(tw, sizeof(tw), "<meta name='twitter:title' content='%s'>", cases[i].tw);
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title><meta property='og:title' content='%s'>%s</head>"
                 "<body><article><h1>%s</h1><h2>A Second Headline Set Below the First</h2>%s"
                 "</article></body></html>",
                 cases[i].title, cases[i].og, tw, h1, body);
        page p = from(html);
        test_current = cases[i].title;
        INT_EQ(p.rc, 0);
        STR_EQ(title_of(&p), cases[i].want);
        drop(&p);
    }
}

/* The site's or show's name in the one h1 (a banner), the same name as
 * the <title> and the Twitter title, and the post's own headline in the
 * og:title: the three agree only because all name the site, and the
 * og:title stays. Shown once with the og:title also set as the post's
 * h2, once with the h1 in the page's masthead <header>, once with the h1
 * named for the site's title; and a title the page declares otherwise
 * than in og:title (dc:title) is left to the other rules. */
TEST(share_title_stays_under_banner_h1)
{
    static const char site[] = "The Riverside Hour Show";
    static const char og[] = "Episode Twelve: Crabbing at Dawn on the North Pier";
    static const struct {
        const char *meta_name, *before, *after;
    } cases[] = {
        {"property='og:title'", "<div><h1>%s</h1></div><article><h2>%s</h2>", "</article>"},
        {"property='og:title'", "<header><h1>%s</h1></header><article><p>%s</p>", "</article>"},
        {"property='og:title'", "<div><h1 class='site-title'>%s</h1><article><p>%s</p>",
         "</article></div>"},
        {"name='dc:title'", "<div><h1>%s</h1></div><article><p>%s</p>", "</article>"},
        /* since the second review: the episode's title a paragraph of the
           page, under the show's h1 in <main>; the h1 in a division the
           page names for its masthead, the og:title nowhere else */
        {"property='og:title'", "<main><h1>%s</h1><p>%s</p>", "</main>"},
        {"property='og:title'", "<div id='masthead'><h1>%s</h1></div><!-- %s --><article>",
         "</article>"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char top[512], html[4096];
        snprintf(top, sizeof(top), cases[i].before, site, og);
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title><meta %s content='%s'>"
                 "<meta name='twitter:title' content='%s'></head><body>%s%s%s%s</body></html>",
                 site, cases[i].meta_name, og, site, nav, top, body, cases[i].after);
        page p = from(html);
        test_current = cases[i].before;
        INT_EQ(p.rc, 0);
        STR_EQ(title_of(&p), og);
        drop(&p);
    }
}

/* "5 hours ago" alone on a line under the byline, in markup set apart
 * for it: the post's age when the page was saved, no part of the text.
 * The same words as text stay: a sentence, a short opening paragraph, a
 * poem's line, a section's heading, a timeline's list, and a count in
 * words outside date markup. */
TEST(age_line_before_text)
{
    static const struct {
        const char *html, *line;
        bool gone;
    } cases[] = {
        {"<div class='meta'><span class='post-date'>5 hours ago</span></div>", "5 hours ago", true},
        {"<div class='meta'><span class='date'>3 Hours Ago</span></div>", "3 Hours Ago", true},
        /* negative since the second review: no date markup, and the
           line is a paragraph once read ("<p><span>15 years ago.</span>
           </p>" opens a story as well) */
        {"<div class='meta'><span class='when'>5 hours ago</span></div>", "5 hours ago", false},
        {"<div class='meta'><span>14h ago</span></div>", "14h ago", false},
        {"<div class='meta'><span class='post-date'>a day ago</span></div>", "a day ago", true},
        {"<div class='meta'><time datetime='2026-01-02'>3 weeks ago.</time></div>", "3 weeks ago.",
         true},
        /* negative: a sentence that says when */
        {"<div class='meta'><span>Two years ago the ferry stopped.</span></div>",
         "Two years ago the ferry stopped.", false},
        {"<div class='meta'><span>5 hours ago, the pier closed</span></div>",
         "5 hours ago, the pier closed", false},
        /* negative: no unit of time */
        {"<div class='meta'><span>20 bridges ago</span></div>", "20 bridges ago", false},
        /* negative: a count in words, no date markup */
        {"<div class='meta'><span class='when'>a day ago</span></div>", "a day ago", false},
        /* negative: a short opening paragraph, a poem's line */
        {"<p>A year ago.</p>", "A year ago.", false},
        {"<p>7 years ago.</p>", "7 years ago.", false},
        /* negative: a section's heading in an archive column */
        {"<h3>100 years ago</h3>", "100 years ago", false},
        /* negative: a timeline's list before the text */
        {"<ul><li>10 years ago</li><li>5 years ago</li><li>a year ago</li></ul>", "5 years ago",
         false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old Bridge Closes</title></head><body>%s<article>"
                 "<h1>Old Bridge Closes</h1>%s%s</article></body></html>",
                 nav, cases[i].html, body);
        page p = from(html);
        test_current = cases[i].html;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].line) == NULL) == cases[i].gone);
        OK(strstr(p.text, "The council voted on Tuesday") != NULL);
        drop(&p);
    }
}

/* A badge over the headline stays, whatever it says: a status word, a
 * score, a date, a yield, a label in capitals ("END OF LIFE" over a
 * docs heading), in an element named badge or only partly so. It is no
 * kicker, which goes with the headline. */
TEST(badge_over_headline)
{
    static const struct {
        const char *cls, *badge;
        bool gone;
    } cases[] = {
        /* negative since the second review: a label in capitals in a
           badge may be content ("END OF LIFE", "GLUTEN FREE") and
           nothing in the markup tells a slogan apart */
        {"badge", "HELLO NEW FERRY", false},
        {"badge badge-info", "ALL ABOARD", false},
        /* negative: a sentence in the badge's place */
        {"badge", "The ferry will run every twenty minutes from now on.", false},
        /* negative: a status word, in capitals or not */
        {"badge badge-danger", "Deprecated", false},
        {"badge", "Solved", false},
        {"badge", "BETA", false},
        /* negative: figures (a date, a score, a yield) */
        {"badge", "Updated 2 March", false},
        {"badge", "UPDATED 2 MARCH", false},
        {"score-badge", "9/10", false},
        {"badge", "SERVES 4", false},
        /* negative: "badge" only as part of the class's word */
        {"verdict-badge", "EDITORS CHOICE", false},
        {"diet-badge", "GLUTEN FREE", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old Bridge Closes to Cars - Town News</title></head><body>%s"
                 "<article><section class='title-module'><span class='%s'>%s</span>"
                 "<h1>Old Bridge Closes to Cars</h1></section>%s</article></body></html>",
                 nav, cases[i].cls, cases[i].badge, body);
        page p = from(html);
        test_current = cases[i].badge;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].badge) == NULL) == cases[i].gone);
        STR_EQ(title_of(&p), "Old Bridge Closes to Cars");
        drop(&p);
    }
}

/* "[Embed]" alone in a block (a division, a heading) where an embedded
 * post could not be shown, the markup saying an embed stood there. An
 * editor's bracket and a bracketed word in a sentence stay. */
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
        "<div><span class='tweet-embed'>[Tweet]</span></div>"
        "<h2>2. Walk</h2>"
        "<p>[sic]</p>"
        "<p>The work is expected to cost a little over two million [Embed] and to last until "
        "October, when the bridge should open again to all traffic.</p>"
        "<p>[Update]</p>"
        "</article></body></html>";
    static const char *const keep[] = {"1. Take the Ferry",       "2. Walk", "[sic]", "[Update]",
                                       "two million [Embed] and", NULL};
    static const char *const gone[] = {"[Embed]\n", "[ Video ]", "[Tweet]", NULL};
    page p = from(page_html);
    INT_EQ(p.rc, 0);
    check(&p, keep, gone);
    drop(&p);
}

/* The same bracketed words as text: a tutorial's shortcodes shown as
 * code (even in a block named for an embed), a forum's list of its tags,
 * a transcript's cue, a heading with no embed in the markup (its id, the
 * heading's own slug, names its text), a word marked with <mark>. */
TEST(placeholder_words_as_text_stay)
{
    static const char page_html[] =
        "<html><head><title>Tags for Your Posts</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Tags for Your Posts</h1>"
        "<p>The site understands a few words in square brackets. To show the pictures of a post "
        "as a set, type the first one on a line of its own:</p>"
        "<pre><code>[gallery]</code></pre>"
        "<p><code>[video]</code></p>"
        "<div class='code-block'><code>[embed]</code></div>"
        "<div class='embed-example'><kbd>[tweet]</kbd></div>"
        "<p>The forum's own tags, each closed with the same word after a slash, are these, "
        "and a tag it does not know is shown as typed:</p>"
        "<ul><li>[quote]</li><li>[audio]</li><li>[youtube]</li><li>[spoiler]</li></ul>"
        "<blockquote>[Audio]</blockquote>"
        "<h2>[Gallery]</h2>"
        "<h3 id='video'>[Video]</h3>"
        "<p><mark>[Embed]</mark></p>"
        "<p>Save the post and look at it: each tag is replaced by the thing it names when the "
        "page is shown to the other readers of the forum.</p>"
        "</article></body></html>";
    static const char *const keep[] = {"[gallery]", "[video]",   "[embed]", "[tweet]",
                                       "[audio]",   "[youtube]", "[Audio]", "[Gallery]",
                                       "[Video]",   "[Embed]",   NULL};
    page p = from(page_html);
    INT_EQ(p.rc, 0);
    check(&p, keep, NULL);
    drop(&p);
}

int
main(void)
{
    RUN(share_title_worded_apart_gives_way_to_agreeing_titles);
    RUN(share_title_stays_under_banner_h1);
    RUN(age_line_before_text);
    RUN(badge_over_headline);
    RUN(embed_placeholder_blocks);
    RUN(placeholder_words_as_text_stay);
    return test_report();
}
