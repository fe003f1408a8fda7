/* Unit tests of the plain-text reader on "Yes" / "No" buttons in a
 * copied page: a how-to's own question over its answers, a feedback
 * widget's question about a step, and what stays the page's menu.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"

#include "text_web.h"

#define MENU                                                                                       \
    "Skip to main content\nHarbour Daily\nHome\nNews\nSport\nBusiness\nOpinion\nCulture\n"         \
    "Weather\nSubscribe\nSign in\n"
#define FOOTER                                                                                     \
    "\nAbout Us\nContact\nCareers\nAdvertise\nNewsletters\nPodcasts\nEvents\nArchive\n"            \
    "Site Map\nAccessibility\nPrivacy Policy\nTerms of Use\nCookie Settings\nHelp\n"

#define STEP1                                                                                      \
    "Turn the heating off and let the radiators cool down completely before you start, or you "    \
    "may scald your hands on the water that comes out.\n\n"
#define STEP2                                                                                      \
    "Fit the key to the valve at the top corner of the radiator and turn it a quarter turn "       \
    "anticlockwise until you hear air hissing out.\n\n"
#define STEP3                                                                                      \
    "When water starts to drip out, close the valve again and wipe away any drips with a cloth, "  \
    "then check the boiler pressure.\n\n"

static bool
has_text(const doc_node *art, const char *s)
{
    return strstr(doc_text_of(A, art), s) != NULL;
}

TEST(howto_question_over_yes_and_no_stays_in_the_text)
{
    /* A feedback widget between two steps, then the how-to's own
       question with its answers: neither is a menu that ends the text. */
    const char *s = MENU "How to bleed a radiator\n\nBy Mara Quill\n\nMarch 3, 2024\n\n" STEP1 STEP2
                         "Did you find this information useful?\nYes\nNo\n"
                         "Is the radiator still cold at the top?\nYes\nNo\n" STEP3
                         "Was this article helpful?\nYes\nNo\n" FOOTER;
    doc_node *art = read_article(s);
    OK(has_text(art, "Turn the heating off"));
    OK(has_text(art, "Fit the key"));
    OK(has_text(art, "Is the radiator still cold at the top?"));
    OK(has_text(art, "When water starts to drip out"));
    OK(!has_text(art, "information useful"));
    OK(!has_text(art, "article helpful"));
    OK(!has_text(art, "Privacy Policy"));
}

TEST(feedback_question_about_a_step_is_chrome)
{
    const char *s = MENU "How to bleed a radiator\n\nBy Mara Quill\n\nMarch 3, 2024\n\n" STEP1
                         "Was this step helpful?\n\nYes\n\nNo\n\n" STEP2 STEP3 FOOTER;
    doc_node *art = read_article(s);
    OK(!has_text(art, "step helpful"));
    OK(has_text(art, "Turn the heating off"));
    OK(has_text(art, "When water starts to drip out"));
    /* "Yes" and "No" went with their question */
    const char *t = doc_text_of(A, art);
    OK(strstr(t, "\nYes") == NULL && strstr(t, "\nNo\n") == NULL);
}

TEST(yes_and_no_without_a_question_still_end_the_text)
{
    /* A menu that happens to hold "Yes" under a plain label is no
       widget: the text ends before it as before. */
    const char *s =
        MENU "How to bleed a radiator\n\nBy Mara Quill\n\nMarch 3, 2024\n\n" STEP1 STEP2 STEP3
             "Polls\nYes\nNo\nMore polls\n" FOOTER;
    doc_node *art = read_article(s);
    OK(has_text(art, "When water starts to drip out"));
    OK(!has_text(art, "Polls"));
    OK(!has_text(art, "More polls"));
}

TEST(question_of_the_text_about_something_else_stays)
{
    /* The feedback rule asks about "this" page, step or tip; a question
       about the reader's own radiator is the how-to's. */
    const char *s = MENU "How to bleed a radiator\n\nBy Mara Quill\n\nMarch 3, 2024\n\n" STEP1
                         "Was the valve helpful?\n\n" STEP2 STEP3 FOOTER;
    doc_node *art = read_article(s);
    OK(has_text(art, "Was the valve helpful?"));
}

TEST(site_poll_after_the_text_ends_it)
{
    /* The site's poll under the article, over teaser headlines: its
       buttons stand in no text, so they end it as a menu does. */
    const char *s = MENU "Ferry times change\n\nBy Mara Quill\n\nMarch 3, 2024\n\n" STEP1 STEP2
                         "Should the town build a marina?\nYes\nNo\n\n"
                         "The old lighthouse keeper who kept a diary for fifty years and what it "
                         "tells us about storms on this coast\n\n"
                         "Why the price of crab has doubled since last spring and what the "
                         "fishermen say about it\n\n" FOOTER;
    doc_node *art = read_article(s);
    OK(has_text(art, "Fit the key"));
    OK(!has_text(art, "lighthouse keeper"));
    OK(!has_text(art, "price of crab"));
}

TEST(question_about_this_guide_answered_by_text_stays)
{
    /* "Is this guide useful?" answered by a paragraph, not by buttons */
    const char *s =
        MENU "How to bleed a radiator\n\nBy Mara Quill\n\nMarch 3, 2024\n\n" STEP1
             "Is this guide useful?\n\nWe asked ten readers to follow it with their "
             "own radiators, and eight of them had the heat back within the hour.\n\n" STEP2 STEP3
                 FOOTER;
    doc_node *art = read_article(s);
    OK(has_text(art, "Is this guide useful?"));
    OK(has_text(art, "eight of them had the heat back"));
}

int
main(void)
{
    A = arena_new();
    RUN(howto_question_over_yes_and_no_stays_in_the_text);
    RUN(feedback_question_about_a_step_is_chrome);
    RUN(yes_and_no_without_a_question_still_end_the_text);
    RUN(question_of_the_text_about_something_else_stays);
    RUN(site_poll_after_the_text_ends_it);
    RUN(question_about_this_guide_answered_by_text_stays);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
