/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (nineteenth set): a headline written as sentences with its
 * full stop over its dek, date and byline; a post signed under its tags
 * ("Jane Doe | 03.05.2020 um 14:26"); a page's buttons worded as
 * commands ("Diese Seite drucken"); a writer's initials under the
 * headline; the day's date over a paper's menu, and the article's in the
 * side column after the text; a reviewed book's credit with its ISBN; a
 * picture's credit with its licence; a text signed by its writer and
 * the editors' desk.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(headline_with_full_stop_over_dek_date_and_byline)
{
    /* Two short sentences with their full stop, the dek, the date and
     * "By" right under it: the header's title, not the text's first
     * line. */
    const char *s = arena_printf(A,
                                 "Skip to main content\nNEWS\nSUBSCRIBE\nHARBOURS\n"
                                 "Storms broke the old wall twice. Now the new one holds.\n"
                                 "The quay at Easthaven was rebuilt in a single year. How did "
                                 "the town pay for it?\n"
                                 "Tuesday, 4 March 2021\n"
                                 "By Jane Marsh\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Storms broke the old wall twice. Now the new one holds.");
    OK(m->subtitle && strstr(m->subtitle, "How did the town pay") != NULL);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2021-03-04");
}

TEST(short_sentences_over_a_date_stay_text)
{
    /* Three sentences on the first line are a paragraph's start, even
     * with a line and a date under them. */
    const char *s = arena_printf(A,
                                 "It rained. We left. Then the wall broke.\n"
                                 "The harbour master wrote it all down in the log that night.\n"
                                 "May 3, 2020\n\n%s",
                                 body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art ? art->as.article.meta : NULL;
    OK(m && (!m->title || strcmp(m->title, "It rained. We left. Then the wall broke.") != 0));
    /* A sentence under a paragraph of prose is no headline either: no
     * title is read from the text. */
    s = arena_printf(A,
                     "The wall was finished in the spring, two years after the storm that broke "
                     "the old one, and the boats came back within a week of the last stone.\n\n"
                     "The boats came back within a week.\n"
                     "Nobody in the town had expected the work to end so soon.\n"
                     "May 3, 2020\n\n%s",
                     body(2));
    m = read_meta(s);
    OK(m && (!m->title || strcmp(m->title, "The boats came back within a week.") != 0));
}

/* A sidebar of a dozen entries under the post: enough lines for the page's
 * region to end at the text. */
static const char *
sidebar(void)
{
    return "Latest posts\nThe Night Ferry\nA Year of Tides\nGulls at the Quay\n"
           "Old Nets, New Boats\nThe Lighthouse Keeper\nWinter Moorings\nArchive\n"
           "Imprint\nPrivacy\nContact\nRSS feed\nFollow us\n";
}

TEST(signature_under_the_post_past_its_tags)
{
    /* The tags, then "Name | date um time", then the comments and the
     * sidebar: the signature names the post's author and date. */
    const char *s = arena_printf(A,
                                 "Harbour Notes\nHome\nBlog\n\n"
                                 "Walls That Hold the Sea\n\n%s"
                                 "Harbours Boats Storms\n"
                                 "Jane Marsh | 03.05.2020 um 14:26\n"
                                 "2 Kommentare\n%s",
                                 body(4), sidebar());
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2020-05-03");
}

TEST(byline_in_a_box_under_the_post_is_another_storys)
{
    /* A box's label over a headline and its byline: the story the box
     * links to, not the post's author. */
    const char *s = arena_printf(A,
                                 "Harbour Notes\nHome\nBlog\n\n"
                                 "Walls That Hold the Sea\n\n%s"
                                 "Related posts\n"
                                 "Time for Action\n"
                                 "Ann Park | 03.05.2020 um 14:26\n%s",
                                 body(4), sidebar());
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 0 || strcmp(m->authors[0], "Ann Park") != 0);
}

TEST(page_actions_worded_as_commands_are_chrome)
{
    /* The page's own buttons, alone or run together on a line. */
    static const char *const chrome[] = {
        "Diese Seite drucken Diese Seite per Email verschicken.", "Empfiehl dies deinen Freunden.",
        "Artikel empfehlen:", "Email this article", "Imprimer cet article Envoyer par e-mail"};
    for (size_t i = 0; i < sizeof chrome / sizeof *chrome; i++)
        OK(rd_text_chrome_kind(chrome[i], strlen(chrome[i])) == RD_TEXT_CHROME_LINE);
    /* A sentence that opens with the same words says more: text. */
    static const char *const text[] = {"Diese Seite drucken Sie am besten quer aus.",
                                       "Print this page before you go, the harbour master said.",
                                       "Seite drucken"
                                       " und falten: so entsteht das Boot."};
    for (size_t i = 0; i < sizeof text / sizeof *text; i++)
        OK(rd_text_chrome_kind(text[i], strlen(text[i])) == RD_TEXT_CHROME_NONE);
    /* Under the text, with the post's date: dropped. */
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n\n%s"
                                 "Diese Seite drucken Diese Seite per Email verschicken.\n"
                                 "Empfiehl dies deinen Freunden.\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Empfiehl dies deinen Freunden."));
}

TEST(writers_initials_under_the_headline)
{
    /* "so" alone under the headline, over the share label: the writer's
     * sign. The headline is the title; the sign is neither title nor
     * text. */
    const char *s = arena_printf(A,
                                 "Aktuell\n0\n"
                                 "Neuer Hafenmeister für Easthaven gewählt\n"
                                 "so\n"
                                 "Artikel empfehlen:\n\n%s",
                                 body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art ? art->as.article.meta : NULL;
    STR_EQ(m->title, "Neuer Hafenmeister für Easthaven gewählt");
    OK(was_dropped(m, "so"));
    /* A small word under a label inside the text is the text's: only a
     * headline's cluster holds a sign. */
    s = arena_printf(A, "Walls That Hold the Sea\n\n%sWhat the bakers bring along\nflour\n\n%s",
                     body(2), body(2));
    m = read_meta(s);
    OK(!was_dropped(m, "flour"));
}

TEST(masthead_date_over_the_menu_dates_no_article)
{
    /* The day's date on the page's first line, over the site's menu; the
     * article's date stands in the side column after the text, its label
     * in capitals. */
    const char *s = arena_printf(A,
                                 "Montag, 09.12.2019\nÜber uns\nAbo\nAnzeigen\nKontakt\nLogin\n"
                                 "Startseite\nArchiv\nTermine\nReisen\nSuche\n"
                                 "Aktuell\n"
                                 "Neuer Hafenmeister für Easthaven gewählt\n\n%s"
                                 "Mehr zum Thema\nDie Mole wird länger\nAktuell\n"
                                 "Quelle\nVERÖFFENTLICHT AM 07.06.2019\nTags\nHafen, Easthaven\n"
                                 "%s%s",
                                 body(4), "Termine\nKonzert am Kai\nFischmarkt\nLesung\n",
                                 "Impressum\nDatenschutz\nKontakt\nAGB\nPresse\nJobs\n");
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Neuer Hafenmeister für Easthaven gewählt");
    STR_EQ(m->date, "2019-06-07");
    /* A post's date right over its title stays the post's. */
    s = arena_printf(A, "May 3, 2020\nHome\nBlog\nAbout\n\nWalls That Hold the Sea\n\n%s", body(3));
    m = read_meta(s);
    STR_EQ(m->date, "2020-05-03");
}

TEST(reviewed_books_credit_under_the_review)
{
    /* The book's author, title, publisher's line with the ISBN and the
     * price, under the review and over the sidebar: the review's. */
    const char *s = arena_printf(A,
                                 "Harbour Notes\nHome\nBlog\n\n"
                                 "Review: The Tides of Easthaven\n\n%s"
                                 "Jane Marsh\nThe Tides of Easthaven\n"
                                 "Harbour Press, 2014, 320 Seiten, ISBN 978-3-16-148410-0\n"
                                 "24,90 Euro\n\n%s",
                                 body(4), sidebar());
    doc_node *art = read_article(s);
    doc_meta *m = art ? art->as.article.meta : NULL;
    OK(!was_dropped(m, "Harbour Press, 2014, 320 Seiten, ISBN 978-3-16-148410-0"));
    OK(!was_dropped(m, "24,90 Euro"));
    OK(!was_dropped(m, "Jane Marsh"));
    OK(was_dropped(m, "Follow us"));
    /* Without the ISBN, short lines under the text are the page's. */
    s = arena_printf(A,
                     "Harbour Notes\nHome\nBlog\n\n"
                     "Walls That Hold the Sea\n\n%s"
                     "Jane Marsh\nThe Tides of Easthaven\n\n%s",
                     body(4), sidebar());
    m = read_meta(s);
    OK(was_dropped(m, "The Tides of Easthaven"));
}

TEST(picture_credit_with_its_licence)
{
    /* A picture's label and colon, its source and the licence it is used
     * under: the credit, not the text's last paragraph. */
    static const char *const credit[] = {
        "Image illustrative\xc2\xa0: Old Nets by Ana Lima,en licence Creative Commons by",
        "Photo: Harbour at dusk by Joe Park, CC BY-SA 2.0",
        "Beitragsbild: Die Mole im Winter, Foto von Ana Lima, Lizenz CC BY 4.0"};
    for (size_t i = 0; i < sizeof credit / sizeof *credit; i++)
        OK(rd_text_chrome_kind(credit[i], strlen(credit[i])) == RD_TEXT_CHROME_LINE);
    /* A licence named in the text, or a label over a long paragraph that
     * names one, is text. */
    static const char *const text[] = {
        "The licence for the new ferry was signed by the harbour master on Monday.",
        "Image: what the town wants is a harbour that holds in a storm, and the council has "
        "promised to publish every drawing of the new wall under a Creative Commons licence so "
        "that anyone can check the figures, the engineers' notes and the costs, and so that "
        "other towns on the coast can build the same wall for less money."};
    for (size_t i = 0; i < sizeof text / sizeof *text; i++)
        OK(rd_text_chrome_kind(text[i], strlen(text[i])) == RD_TEXT_CHROME_NONE);
}

TEST(text_signed_by_writer_and_desk)
{
    /* "Name und Redaktion Site" under the last paragraph: the writer's
     * signature, the author, not the text. */
    const char *s = arena_printf(A,
                                 "Wie die Mole gebaut wurde\n\n%s"
                                 "Ana Lima und Redaktion Hafenblatt.ch\n\n"
                                 "Diese Seite drucken\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Ana Lima");
    OK(was_dropped(m, "Diese Seite drucken"));
    /* A sentence naming the editors after a name is text. */
    s = arena_printf(A,
                     "Wie die Mole gebaut wurde\n\n%s"
                     "Thanks to the harbour master and the editors for their patience.\n",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 0);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(headline_with_full_stop_over_dek_date_and_byline);
    RUN(short_sentences_over_a_date_stay_text);
    RUN(signature_under_the_post_past_its_tags);
    RUN(byline_in_a_box_under_the_post_is_another_storys);
    RUN(page_actions_worded_as_commands_are_chrome);
    RUN(writers_initials_under_the_headline);
    RUN(masthead_date_over_the_menu_dates_no_article);
    RUN(reviewed_books_credit_under_the_review);
    RUN(picture_credit_with_its_licence);
    RUN(text_signed_by_writer_and_desk);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
