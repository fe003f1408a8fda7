/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-seventh set): the links to the previous and the
 * next post whose label the copy glues to the other post's headline
 * ("The Ferry Timetable ChangesPrevious article"), over the article's
 * own headline; neither is the title and both go. Glued to the page's
 * byline, date or headline, only the label goes. The negatives: prose
 * that ends with the same words spaced or in lower case, a headline of
 * one word, a line closed by a full stop before the label, a sentence
 * glued to the label, an elided "l'Article" in a hard-wrapped contract,
 * an opening bracket or quote before it. Every fixture is invented. */
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

/* The line reads as a headline glued to a post's label. */
static bool
is_line_chrome(const char *s)
{
    return rd_text_glued_post_label(s, strlen(s)) != 0;
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

TEST(glued_label_after_prose_stays)
{
    /* What stands before the label is a sentence, not a headline: an
     * apostrophe's elision, an opening bracket or quote, a sentence's
     * break, a comma running on in lower case, too many words. */
    OK(!is_line_chrome("Les frais restent dus selon l\xe2\x80\x99"
                       "Article pr\xc3\xa9"
                       "c\xc3\xa9"
                       "dent"));
    OK(!is_line_chrome("Los plazos son los del (Art\xc3\xad"
                       "culo anterior"));
    OK(!is_line_chrome("Our pick of the year was the \xe2\x80\x9c"
                       "Next post"));
    OK(!is_line_chrome("The pier reopened. \xe2\x80\x9c"
                       "At last,\xe2\x80\x9d he said.\xe2\x80\x9d"
                       "Next article"));
    OK(!is_line_chrome("Is the pier next? Nobody would say when it would open?Next article"));
    OK(!is_line_chrome("We are back on Monday with the tide tables, so keep reading!Next post"));
    OK(!is_line_chrome("See the boats and the nets and the crabs and the gulls and the sails and "
                       "the ropes and the buoys on the quay todayNext post"));
    OK(is_line_chrome("Is the Old Pier Safe?Next article"));
    OK(is_line_chrome("The \xe2\x80\x98"
                      "Blue Boat\xe2\x80\x99"
                      "Next post"));

    /* A sentence in a paragraph of its own, glued to the link. */
    const char *page = arena_printf(A,
                                    MENU "Harbour Wall Finished After Two Winters\n"
                                         "May 6, 2019\n\n%s"
                                         "The crane alone cost the town a fair sum (nearly "
                                         "half the budget)Next post\n\n%s",
                                    body(2), body(2));
    doc_node *art = read_article(page);
    OK(has_text(art, "nearly half the budget"));
}

TEST(glued_label_in_wrapped_contract_stays)
{
    /* A hard-wrapped contract whose wrapped line opens with a capital and
     * ends glued by elision to the defined term: one paragraph. */
    const char *page = "REGLEMENT DU CONCOURS\n\n"
                       "Article 4 - Lots\n\n"
                       "Les lots ne peuvent etre echanges contre leur valeur par le\n"
                       "Gagnant, sauf dans les cas prevus a l\xe2\x80\x99"
                       "Article pr\xc3\xa9"
                       "c\xc3\xa9"
                       "dent\n"
                       "et restent la propriete de l'organisateur jusqu'a leur\n"
                       "remise effective au gagnant designe par le tirage.\n";
    doc_node *art = read_article(page);
    OK(has_text(art, "Gagnant, sauf dans les cas"));
    OK(has_text(art, "par le Gagnant"));

    /* A wrapped line that reads as a glued link by itself, under a line
     * of the same paragraph that runs on: the paragraph's. */
    page = arena_printf(A,
                        MENU "Harbour Wall Finished After Two Winters\n"
                             "May 6, 2019\n\n%s"
                             "The council will publish what it found in the yearly report of the\n"
                             "Harbour Board Annual ReviewNext article\n"
                             "and the engineers will answer questions at the library in June.\n\n"
                             "The ferry company has asked to see the figures before the summer.\n",
                        body(1));
    art = read_article(page);
    OK(has_text(art, "Harbour Board Annual Review"));
}

TEST(glued_label_cut_off_header_lines)
{
    /* A byline with its date glued to the label: the label goes, the
     * byline and the date are read. */
    const char *page = arena_printf(A,
                                    MENU "Harbour Wall Finished After Two Winters\n"
                                         "Posted by Jane Marsh on May 6, 2019Next post\n\n%s",
                                    body(3));
    doc_meta *m = read_meta(page);
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Jane Marsh"));
    STR_EQ(m->date, "2019-05-06");

    page = arena_printf(A,
                        MENU "Harbour Wall Finished After Two Winters\n"
                             "By Jane Marsh | May 6, 2019Previous article\n\n%s",
                        body(3));
    m = read_meta(page);
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Jane Marsh"));
    STR_EQ(m->date, "2019-05-06");

    /* The page's own headline, over its byline, glued to the label. */
    page = arena_printf(A,
                        MENU "Harbour Wall Finished After Two WintersNext article\n"
                             "By Jane Marsh\n"
                             "May 6, 2019\n\n%s",
                        body(3));
    m = read_meta(page);
    STR_EQ(m->title, "Harbour Wall Finished After Two Winters");
}

TEST(glued_labels_two_quotes_frames)
{
    /* Both labels glued at the end: both are cut, the headline is left. */
    const char *two = "Lighthouse Keepers Return to the IslandPrevious articleNext article";
    OK(rd_text_glued_post_label(two, strlen(two)) ==
       strlen("Lighthouse Keepers Return to the Island"));
    OK(!is_line_chrome("Previous articleNext article"));
    const char *page =
        arena_printf(A,
                     MENU "Ferry Pier Reopens After the StormNext postPrevious post\n"
                          "By Tom Reed\n"
                          "June 2, 2021\n\n%s",
                     body(3));
    doc_meta *m = read_meta(page);
    STR_EQ(m->title, "Ferry Pier Reopens After the Storm");

    /* A closing quote counts only while a quotation is open, and never
     * after a short word's elision. */
    OK(!is_line_chrome("Les \xe2\x80\x98"
                       "Frais\xe2\x80\x99 restent dus selon l\xe2\x80\x99"
                       "Article pr\xc3\xa9"
                       "c\xc3\xa9"
                       "dent"));
    OK(!is_line_chrome("La \xe2\x80\x98"
                       "Clause du port d\xe2\x80\x99"
                       "Article suivant"));
    OK(!is_line_chrome("The \xe2\x80\x9c"
                       "Term\xe2\x80\x9d in the Deed\xe2\x80\x9d"
                       "Next article"));
    OK(is_line_chrome("The \xe2\x80\x9c"
                      "Blue Boat\xe2\x80\x9d"
                      "Next article"));
    OK(is_line_chrome("Die \xe2\x80\x9e"
                      "Blaue Boje\xe2\x80\x9c"
                      "N\xc3\xa4"
                      "chster Artikel"));

    /* A line in sentence case between a paragraph's run-on lines is the
     * paragraph's own. */
    page =
        arena_printf(A,
                     MENU "Harbour Wall Finished After Two Winters\n"
                          "May 6, 2019\n\n%s"
                          "The crew poured the last of the concrete in April, a month ahead of "
                          "the plan that the council had set for them.\n"
                          "So said the harbour master Ruth ClayNext post\n"
                          "The ferry has not missed a single sailing since the wall was finished "
                          "and the swell no longer reaches the inner basin.\n\n%s",
                     body(1), body(1));
    doc_node *art = read_article(page);
    OK(has_text(art, "harbour master Ruth Clay"));

    /* A byline framed in a box: the label goes, the frame too. */
    page = arena_printf(A,
                        MENU "Harbour Wall Finished After Two Winters\n"
                             "\xe2\x94\x82"
                             "By Tom ReedNext post\xe2\x94\x82\n"
                             "May 6, 2019\n\n%s",
                        body(3));
    m = read_meta(page);
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Tom Reed"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(glued_post_links_are_chrome);
    RUN(post_label_words_in_prose_stay);
    RUN(glued_label_after_prose_stays);
    RUN(glued_label_in_wrapped_contract_stays);
    RUN(glued_label_cut_off_header_lines);
    RUN(glued_labels_two_quotes_frames);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
