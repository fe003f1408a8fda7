/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-seventh set): the links to the previous and the
 * next post whose label the copy glues to the other post's headline
 * ("The Ferry Timetable ChangesPrevious article"), over the article's
 * own headline; neither is the title and both go. The negatives: prose
 * that ends with the same words spaced or in lower case, a headline of
 * one word, and a line closed by a full stop before the label. Every
 * fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

#define MENU "Home\nNews\nSport\nWeather\nMenu\n"

static bool
has_text(const doc_node *art, const char *s)
{
    return strstr(doc_text_of(A, art), s) != NULL;
}

static bool
is_line_chrome(const char *s)
{
    return rd_text_chrome_kind(s, strlen(s)) == RD_TEXT_CHROME_LINE;
}

TEST(glued_post_links_are_chrome)
{
    OK(is_line_chrome("The Ferry Timetable ChangesPrevious article"));
    OK(is_line_chrome("Lighthouse Keepers Return to the IslandNext article"));
    OK(is_line_chrome("Harbour Festival Draws a CrowdNext post"));
    OK(is_line_chrome("Die F\xc3\xa4hre f\xc3\xa4hrt wiederN\xc3\xa4"
                      "chster Artikel"));
    OK(is_line_chrome("Le port rouvre ses quaisArticle suivant"));

    /* Over the article's headline: the two links go and the headline is
     * the title. */
    const char *page = arena_printf(A,
                                    MENU "The Ferry Timetable ChangesPrevious article\n"
                                         "Lighthouse Keepers Return to the IslandNext article\n"
                                         "Harbour Wall Finished After Two Winters\n"
                                         "May 6, 2019\n\n%s",
                                    body(4));
    doc_meta *m = read_meta(page);
    STR_EQ(m->title, "Harbour Wall Finished After Two Winters");
    doc_node *art = read_article(page);
    OK(!has_text(art, "Previous article"));
    OK(!has_text(art, "Next article"));
    OK(has_text(art, "The harbour wall was finished in the spring"));
}

TEST(post_label_words_in_prose_stay)
{
    /* The words spaced, in lower case, after a full stop or after one
     * word: prose or a heading, not a glued link. */
    OK(!is_line_chrome("We will look at the tides in the next article"));
    OK(!is_line_chrome("The ferry is covered in the Previous article"));
    OK(!is_line_chrome("That was covered before. Next article"));
    OK(!is_line_chrome("HarbourNext article"));
    OK(!is_line_chrome("Boats and tides: the next post"));

    /* A closing sentence that ends with the words stays in the text. */
    const char *page = arena_printf(A,
                                    MENU "\nHarbour Wall Finished After Two Winters\n\n%s"
                                         "The history of the old wall is the subject of our "
                                         "next article\n\n%s",
                                    body(2), body(2));
    doc_node *art = read_article(page);
    OK(has_text(art, "subject of our next article"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(glued_post_links_are_chrome);
    RUN(post_label_words_in_prose_stay);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
