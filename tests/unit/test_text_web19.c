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

TEST(sentence_under_a_headline_is_no_title)
{
    /* A headline over the sentence with its full stop: the headline is
     * the title, the sentence under it no headline, at the page's top or
     * under a menu (the menu's last entry is no headline). */
    static const char *const tops[] = {"", "Quay News\nHome\nLocal\n\n"};
    for (size_t i = 0; i < sizeof tops / sizeof *tops; i++) {
        const char *s = arena_printf(A,
                                     "%sLighthouse Keeper Retires\n"
                                     "The lamp goes dark.\n"
                                     "She kept it lit for forty years, through storms and two "
                                     "wars.\n"
                                     "By Ana Lima\nMarch 3, 2020\n\n%s",
                                     tops[i], body(4));
        doc_meta *m = read_meta(s);
        STR_EQ(m->title, "Lighthouse Keeper Retires");
        OK(!was_dropped(m, "Lighthouse Keeper Retires"));
    }
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

TEST(next_posts_teaser_under_the_post_signs_nothing)
{
    /* The next post's headline over its byline, right under the text:
     * a headline holds small words ("The"), tags do not. */
    const char *s = arena_printf(A,
                                 "Harbour Notes\nHome\nBlog\n\n"
                                 "Walls That Hold the Sea\n\n%s"
                                 "The Night Ferry\n"
                                 "Ann Park | 03.05.2020 um 14:26\n\n%s",
                                 body(4), sidebar());
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 0);
    OK(m->date == NULL);
    /* With the author named in the header, a signature under the tags
     * adds no date: it may be another post's. */
    s = arena_printf(A,
                     "Harbour Notes\nHome\nBlog\n\n"
                     "Walls That Hold the Sea\nBy Ana Lima\n\n%s"
                     "Harbours Boats Storms\n"
                     "Jane Marsh | 03.05.2020 um 14:26\n"
                     "2 Kommentare\n%s",
                     body(4), sidebar());
    m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Ana Lima");
    OK(m->date == NULL);
    /* A headline under it, no comments' count nor button: a list of
     * other posts, each with its signature. */
    s = arena_printf(A,
                     "Harbour Notes\nHome\nBlog\n\n"
                     "Walls That Hold the Sea\n\n%s"
                     "Harbours Boats Storms\n"
                     "Jane Marsh | 03.05.2020 um 14:26\n"
                     "Gulls at the Quay\n\n%s",
                     body(4), sidebar());
    m = read_meta(s);
    OK(m->n_authors == 0);
    OK(m->date == NULL);
}

TEST(page_actions_worded_as_commands_are_chrome)
{
    /* The page's own buttons run together on a line: chrome anywhere. */
    static const char *const chrome[] = {"Diese Seite drucken Diese Seite per Email verschicken.",
                                         "Imprimer cet article Envoyer par e-mail"};
    for (size_t i = 0; i < sizeof chrome / sizeof *chrome; i++)
        OK(rd_text_chrome_kind(chrome[i], strlen(chrome[i])) == RD_TEXT_CHROME_LINE);
    /* One alone is such a button, but chrome only by its neighbours. */
    static const char *const one[] = {"Empfiehl dies deinen Freunden.",
                                      "Artikel empfehlen:", "Email this article"};
    for (size_t i = 0; i < sizeof one / sizeof *one; i++) {
        OK(rd_text_is_page_action(one[i], strlen(one[i])));
        OK(rd_text_chrome_kind(one[i], strlen(one[i])) == RD_TEXT_CHROME_NONE);
    }
    /* A sentence that opens with the same words says more: text. */
    static const char *const text[] = {"Diese Seite drucken Sie am besten quer aus.",
                                       "Print this page before you go, the harbour master said.",
                                       "Seite drucken"
                                       " und falten: so entsteht das Boot."};
    for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
        OK(rd_text_chrome_kind(text[i], strlen(text[i])) == RD_TEXT_CHROME_NONE);
        OK(!rd_text_is_page_action(text[i], strlen(text[i])));
    }
    /* Under the text, one glued to a line of them: dropped. */
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n\n%s"
                                 "Diese Seite drucken Diese Seite per Email verschicken.\n"
                                 "Empfiehl dies deinen Freunden.\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Empfiehl dies deinen Freunden."));
}

TEST(page_action_words_in_the_text_stay)
{
    /* A list under a colon names the buttons: the text's items. */
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\nBy Ana Lima\n\n"
                                 "We asked the harbour's readers which buttons they wanted on the "
                                 "site. They said:\n"
                                 "Print this story\nEmail this story\nSend to a friend\n"
                                 "Most wanted the first, so we added it first.\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(!was_dropped(m, "Print this story"));
    OK(!was_dropped(m, "Email this story"));
    OK(!was_dropped(m, "Send to a friend"));
    /* A help page's headings between its paragraphs. */
    s = "Walls That Hold the Sea\nBy Ana Lima\n\n"
        "Every guide on this site carries buttons at its foot, and this page says what each "
        "one does.\n\n"
        "Email this article\n\n"
        "The button opens your mail program with a link to the guide already in the message.\n\n"
        "Artikel empfehlen\n\n"
        "Dieser Knopf schickt einen Link an eine Freundin oder an einen Freund.\n";
    m = read_meta(s);
    OK(!was_dropped(m, "Email this article"));
    OK(!was_dropped(m, "Artikel empfehlen"));
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
    /* A list's counter in words or a roman numeral under the headline,
     * and a small word over the text with no button, date or byline
     * under it (a poem's first word), are the text's. */
    s = "Five Things the Sea Taught Me\n"
        "one\n"
        "The tide does not wait for anyone, and the boat that leaves late comes home in the "
        "dark.\n"
        "two\n"
        "A knot you cannot untie in the cold is no knot at all.\n";
    m = read_meta(s);
    OK(!was_dropped(m, "one"));
    s = arena_printf(A, "Ferry Service Returns to the Island\nii\nShare\n\n%s", body(3));
    m = read_meta(s);
    OK(!was_dropped(m, "ii"));
    s = arena_printf(A, "What the River Said to Me\nso\n\n%s", body(3));
    m = read_meta(s);
    OK(!was_dropped(m, "so"));
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
    /* A diary's date over its six links, its headline right under them:
     * the entry's date, not a masthead's. */
    s = arena_printf(A,
                     "Dienstag, 4. M\xc3\xa4rz 2021\nStartseite\n\xc3\x9c"
                     "ber uns\nArchiv\nKontakt\nTermine\nFotos\n\n"
                     "Mein Hafenbuch\nHeute war ein langer Tag am Hafen.\n\n%s",
                     body(3));
    m = read_meta(s);
    STR_EQ(m->date, "2021-03-04");
}

/* A page under the text the region leaves out: a box of lines, then two
 * sidebars. */
static const char *
after_post(const char *box)
{
    return arena_printf(A, "Harbour Notes\nHome\nBlog\n\nWalls That Hold the Sea\n\n%s%s\n%s%s",
                        body(4), box, sidebar(), sidebar());
}

TEST(side_column_date_is_the_posts_only_when_published)
{
    /* "Published:" alone under the text: the post's date. */
    doc_meta *m = read_meta(after_post("Share\nPublished: 5 May 2021\n"));
    STR_EQ(m->date, "2021-05-05");
    /* A comment's date under the comments' count, another post's under
     * "Recent posts", an edit's date, and one of several dates: none is
     * the post's. */
    static const char *const boxes[] = {
        "3 Comments\nTom Baker\nPosted: 5 May 2021\nGreat piece, I remember the old wall.\n",
        "Recent posts\nThe Night Ferry\nPublished: 5 May 2021\n", "Share\nedited May 5, 2021\n",
        "Share\nUpdated: 5 May 2021\n",
        "Share\nPublished: 5 May 2021\nThe Night Ferry\nPublished: 1 May 2021\n"};
    for (size_t i = 0; i < sizeof boxes / sizeof *boxes; i++) {
        m = read_meta(after_post(boxes[i]));
        OK(m->date == NULL);
    }
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
        "other towns on the coast can build the same wall for less money.",
        /* The bare word: the paragraph's subject, not a licence's name. */
        "Picture: a licence is a promise not to sue, and not much more than that, whatever the "
        "site says.",
        "Illustration: under the new licence scheme, a family with two boats pays twice the "
        "fee."};
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
    RUN(sentence_under_a_headline_is_no_title);
    RUN(signature_under_the_post_past_its_tags);
    RUN(byline_in_a_box_under_the_post_is_another_storys);
    RUN(next_posts_teaser_under_the_post_signs_nothing);
    RUN(page_actions_worded_as_commands_are_chrome);
    RUN(page_action_words_in_the_text_stay);
    RUN(writers_initials_under_the_headline);
    RUN(masthead_date_over_the_menu_dates_no_article);
    RUN(side_column_date_is_the_posts_only_when_published);
    RUN(reviewed_books_credit_under_the_review);
    RUN(picture_credit_with_its_licence);
    RUN(text_signed_by_writer_and_desk);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
