/*
 * test_html_unseen35.c - rules found on a thirty-fifth set of pages the
 * reader was not tuned on (a newsletter on a hosted blog engine, a
 * WordPress blog with comments, a university's news release, a
 * government agency's press release, a local paper on a paywalled CMS,
 * a help centre's article, a podcast's episode page and a magazine's
 * long read): each test builds a small page showing one case, with the
 * metadata or text that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"

/* The story's free preview, and the rest a subscriber reads. */
static const char preview[] =
    "<p>The county elections board will vote next month on whether to merge two of its "
    "smallest rural precincts, a change officials say would save money each election.</p>"
    "<p>Under the proposal, voters in the creek precinct would cast ballots at the fire hall, "
    "about nineteen miles away by county road, and the old hall would close for elections.</p>"
    "<p>The hall has served as a polling place for more than fifty years, and several of the "
    "people who work the polls there have done so for most of that time.</p>"
    "<p>Officials said the change would not take effect until after the November election, in "
    "time for the spring vote, and that every voter would be sent a letter.</p>";
/* (the preview alone is long enough to be taken for the story) */
static const char rest[] =
    "<p>The elections director said the two precincts together had fewer than seven hundred "
    "registered voters, and that fewer than three hundred voted in person last time.</p>"
    "<p>Residents who spoke at a work session last week said the savings were small set "
    "against the cost to voters who would have to drive most of a morning.</p>"
    "<p>One board member said he would vote against the merger, since saving a little money "
    "was not worth losing a couple of hundred voters at the next election.</p>"
    "<p>The board will take public comment at its meeting next month in the courthouse annex, "
    "and written comments can be sent to the elections office until then.</p>";

/* A site's menu: with it the page is read as a saved page, the article
 * taken out of it. */
static const char nav[] = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>";

/* A paywalled story set in a block named for whom it is ("subscriber-
 * only", "subscribers-content"): the story's text, which stays. A block
 * named for the act of subscribing ("subscribe-box") is a pitch, and it
 * still goes. */
TEST(subscriber_block_is_text)
{
    static const char *const classes[] = {"subscriber-only", "subscribers-only",
                                          "article-subscriber-content", "subscriber_premium"};
    for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>County weighs closing polling places</title></head>"
                 "<body class='subscriber-only'>%s<div class='main-content'><h1>County weighs "
                 "closing polling places</h1><div class='asset-content'><div "
                 "class='story-preview'>%s</div><div class='%s'>%s</div></div></div>"
                 "</body></html>",
                 nav, preview, classes[i], rest);
        page p = from(html);
        test_current = classes[i];
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, "The county elections board will vote") != NULL);
        OK(strstr(p.text, "The elections director said") != NULL);
        OK(strstr(p.text, "The board will take public comment") != NULL);
        drop(&p);
    }
    /* negative: a box named for subscribing, inside the story */
    static const char *const pitches[] = {"subscribe-box", "subscribe", "article-subscribe-cta"};
    for (size_t i = 0; i < sizeof(pitches) / sizeof(pitches[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>County weighs closing polling places</title></head>"
                 "<body>%s<div class='main-content'><h1>County weighs closing polling places"
                 "</h1>%s<div class='%s'><p>Only one dollar for your first month of local "
                 "reporting, sports and obituaries, delivered by the people who live here.</p>"
                 "</div>%s</div></body></html>",
                 nav, preview, pitches[i], rest);
        page p = from(html);
        test_current = pitches[i];
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, "The elections director said") != NULL);
        OK(strstr(p.text, "Only one dollar for your first month") == NULL);
        drop(&p);
    }
}

int
main(void)
{
    RUN(subscriber_block_is_text);
    return test_report();
}
