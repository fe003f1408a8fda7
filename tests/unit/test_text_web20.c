/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twentieth set): a post's link to the previous or next one
 * as one button with its arrow ("\xe2\x86\x90 Previous post"), and as a
 * headline that cries out after its arrow back; a tag row's "Related
 * Topics:" label; a footer's legal links joined by an ampersand.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

static bool
line_is(const char *s, rd_text_chrome kind)
{
    return rd_text_chrome_kind(s, strlen(s)) == kind;
}

TEST(one_post_button_with_its_arrow_is_chrome)
{
    OK(line_is("\xe2\x86\x90 Previous post", RD_TEXT_CHROME_LINE));
    OK(line_is("Next post \xe2\x86\x92", RD_TEXT_CHROME_LINE));
    OK(line_is("\xc2\xab Older posts", RD_TEXT_CHROME_LINE));
    OK(line_is("\xe2\x86\x90 Vorherige N\xc3\xa4"
               "chste \xe2\x86\x92",
               RD_TEXT_CHROME_LINE));
    OK(line_is("Pr\xc3\xa9"
               "c\xc3\xa9"
               "dent \xe2\x80\xba",
               RD_TEXT_CHROME_LINE));
}

TEST(button_words_without_an_arrow_stay)
{
    /* Without its arrow a word may head a section ("Next steps") or
     * open a sentence. */
    OK(line_is("Next", RD_TEXT_CHROME_NONE));
    OK(line_is("Next steps", RD_TEXT_CHROME_NONE));
    OK(line_is("The next chapter", RD_TEXT_CHROME_NONE));
    /* An arrow with other words is no button. */
    OK(line_is("\xe2\x86\x92 next to the harbour", RD_TEXT_CHROME_NONE));
}

TEST(headline_crying_out_after_an_arrow_back_is_a_link)
{
    OK(line_is("\xe2\x86\x90 The first harbour supper is set!", RD_TEXT_CHROME_LINE));
    OK(line_is("\xe2\x86\x90 Who will pay for the new wall?", RD_TEXT_CHROME_LINE));
    /* The same words with no arrow are the text's; a sentence with its
     * full stop after the arrow is a note, not a link. */
    OK(line_is("The first harbour supper is set!", RD_TEXT_CHROME_NONE));
    OK(line_is("\xe2\x86\x90 The supper is set for the first weekend.", RD_TEXT_CHROME_NONE));
}

TEST(post_navigation_under_the_post_is_dropped)
{
    const char *s = arena_printf(A,
                                 "Harbour News\n\nThe wall is finished\n\n%s"
                                 "\xe2\x86\x90 The first harbour supper is set!\n"
                                 "Boats back in the bay \xe2\x86\x92\n"
                                 "\xe2\x86\x90 Previous post\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "\xe2\x86\x90 The first harbour supper is set!"));
    OK(was_dropped(m, "\xe2\x86\x90 Previous post"));
}

TEST(related_topics_label_is_chrome)
{
    OK(line_is("Related Topics:HarboursFerriesStorms", RD_TEXT_CHROME_LINE));
    OK(line_is("Related topics: Harbours, Ferries", RD_TEXT_CHROME_LINE));
    /* The words inside a sentence are the text's. */
    OK(line_is("We covered the related topics of tides and currents last week.",
               RD_TEXT_CHROME_NONE));
}

TEST(legal_links_joined_by_an_ampersand_are_chrome)
{
    OK(line_is("Impressum & Datenschutz", RD_TEXT_CHROME_LINE));
    /* Both sides must be links of a footer: a dish or a heading with an
     * ampersand stays. */
    OK(line_is("Salt & Pepper", RD_TEXT_CHROME_NONE));
    OK(line_is("Impressum & Anfahrt", RD_TEXT_CHROME_NONE));
    OK(line_is("Boats & Harbours", RD_TEXT_CHROME_NONE));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(one_post_button_with_its_arrow_is_chrome);
    RUN(button_words_without_an_arrow_stay);
    RUN(headline_crying_out_after_an_arrow_back_is_a_link);
    RUN(post_navigation_under_the_post_is_dropped);
    RUN(related_topics_label_is_chrome);
    RUN(legal_links_joined_by_an_ampersand_are_chrome);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
