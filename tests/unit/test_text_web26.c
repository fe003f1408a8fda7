/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-sixth set): a byline whose lead names the piece
 * before its writer ("An article by A", "Ein Artikel von A 06.05.2019",
 * "Un article de A", "Un artículo de A"), as an institution's news pages
 * print it over the headline with the date after the names. The
 * negatives: a sentence that opens with the same words and goes on about
 * something else, the words with no capitalised name after them, the
 * phrase without a date or with a clause after a comma (a wrapped body
 * line), and a headline that is or opens with the phrase. Every fixture
 * is invented. */
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
one_author(const doc_meta *m, const char *name)
{
    return m && m->n_authors == 1 && strcmp(m->authors[0], name) == 0;
}

TEST(article_by_lead_reads_the_byline)
{
    rd_text_byline b;
    const char *s = "Ein Artikel von Mara Quill 06.05.2019";
    OK(rd_text_byline_parse(A, s, strlen(s), "de", false, &b) && b.n == 1);
    if (b.n == 1)
        STR_EQ(b.names[0], "Mara Quill");
    OK(b.date != NULL);
    s = "An article by Mara Quill, May 6, 2019";
    OK(rd_text_byline_parse(A, s, strlen(s), "en", false, &b) && b.n == 1 && b.date);
    s = "Un article de Mara Quill, 6 mai 2019";
    OK(rd_text_byline_parse(A, s, strlen(s), "fr", false, &b) && b.n == 1 && b.date);
    s = "Un art\xc3\xad"
        "culo de Mara Quill y Tom Reed, 6 de mayo de 2019";
    OK(rd_text_byline_parse(A, s, strlen(s), "es", false, &b) && b.n == 2 && b.date);
    s = "Ein Beitrag von Mara Quill 06.05.2019";
    OK(rd_text_byline_parse(A, s, strlen(s), "de", false, &b) && b.n == 1 && b.date);

    /* Over the headline of a page: the writer and the date. */
    const char *page = arena_printf(A,
                                    MENU "\nEin Artikel von Mara Quill 06.05.2019\n\n"
                                         "Die Hafenmauer steht wieder\n\n%s",
                                    body(4));
    doc_meta *m = read_meta(page);
    OK(one_author(m, "Mara Quill"));
    STR_EQ(m->date, "2019-05-06");
    STR_EQ(m->title, "Die Hafenmauer steht wieder");
    doc_node *art = read_article(page);
    OK(!has_text(art, "Ein Artikel von"));
    OK(has_text(art, "The harbour wall was finished in the spring"));
}

TEST(article_by_words_in_a_sentence_stay)
{
    /* The same words open a sentence about something else, or no name
     * follows them: no byline, and the line stays in the text. */
    rd_text_byline b;
    const char *s = "Ein Beitrag von Greenpeace zeigt, dass die Meere leiden.";
    OK(!rd_text_byline_parse(A, s, strlen(s), "de", false, &b) || b.n == 0);
    s = "Ein Artikel von gestern";
    OK(!rd_text_byline_parse(A, s, strlen(s), "de", false, &b) || b.n == 0);
    s = "An article by the council on the harbour wall";
    OK(!rd_text_byline_parse(A, s, strlen(s), "en", false, &b) || b.n == 0);
    s = "Un article de presse";
    OK(!rd_text_byline_parse(A, s, strlen(s), "fr", false, &b) || b.n == 0);
    /* Names but no date: as often a wrapped sentence or a headline. */
    s = "An article by Mara Quill";
    OK(!rd_text_byline_parse(A, s, strlen(s), "en", false, &b) || b.n == 0);
    s = "Ein Beitrag von Mara Quill";
    OK(!rd_text_byline_parse(A, s, strlen(s), "de", false, &b) || b.n == 0);
    /* A clause after a comma is the sentence going on, not a role. */
    s = "Ein Beitrag von Mara Quill und Tom Reed, Redaktion Hafenblatt,";
    OK(!rd_text_byline_parse(A, s, strlen(s), "de", false, &b) || b.n == 0);
    s = "Ein Beitrag von Mara Quill | Redakteurin | 06.05.2019";
    OK(!rd_text_byline_parse(A, s, strlen(s), "de", false, &b) || b.n == 0);
    s = "An Article By Ida Fenn That Nobody Read";
    OK(!rd_text_byline_parse(A, s, strlen(s), "en", false, &b) || b.n == 0);

    const char *page = arena_printf(A,
                                    MENU "\nThe harbour wall is finished at last\n\n%s"
                                         "An article by the council on the harbour wall was "
                                         "read out at the supper, and the fishing families "
                                         "cheered the engineers who had carried the stones.\n\n"
                                         "%s",
                                    body(2), body(2));
    doc_meta *m = read_meta(page);
    OK(m && m->n_authors == 0);
    doc_node *art = read_article(page);
    OK(has_text(art, "An article by the council on the harbour wall was read out"));
}

TEST(article_by_wrapped_or_headline_stays)
{
    /* A hard-wrapped body line that ends at the name: the line and the
     * paragraph above it stay in the text, and no author is set. */
    const char *page = arena_printf(A,
                                    MENU "\nThe harbour wall is finished at last\n\n"
                                         "The council met on Monday to count the cost of the\n"
                                         "wall. The quay has been shut to walkers since March.\n\n"
                                         "An article by Mara Quill\n"
                                         "in the Harbour Post argued last week that the old wall "
                                         "could not be\nmended and should be pulled down before "
                                         "the autumn gales.\n\n%s",
                                    body(2));
    doc_meta *m = read_meta(page);
    OK(m && m->n_authors == 0);
    STR_EQ(m->title, "The harbour wall is finished at last");
    doc_node *art = read_article(page);
    OK(has_text(art, "An article by Mara Quill"));
    OK(has_text(art, "The council met on Monday"));

    /* The same with two names and a comma clause, under a short
     * paragraph. */
    page =
        arena_printf(A, MENU "\nDie Hafenmauer steht wieder\n\n"
                             "Der Rat hat am Montag lange \xc3\xbc"
                             "ber die Kosten der neuen Mauer\n"
                             "beraten. Der Kai ist seit M\xc3\xa4rz f\xc3\xbcr alle "
                             "Spazierg\xc3\xa4nger gesperrt.\n\n"
                             "Ein Beitrag von Mara Quill und Tom Reed, Redaktion Hafenblatt,\n"
                             "hatte die Risse in der alten Mauer als Erster beschrieben und eine\n"
                             "lange Debatte im Rat der Stadt ausgel\xc3\xb6st.\n\n"
                             "Die Ingenieure sagten, die Arbeiten w\xc3\xbcrden mindestens acht "
                             "Monate\ndauern.\n");
    m = read_meta(page);
    OK(m && m->n_authors == 0);
    OK(m && m->subtitle == NULL);
    art = read_article(page);
    OK(has_text(art, "Der Rat hat am Montag"));
    OK(has_text(art, "Ein Beitrag von Mara Quill und Tom Reed"));

    /* A headline in Title Case that opens with the phrase, and one that
     * is the phrase: each stays the title. */
    page = arena_printf(A, MENU "\nAn Article By Ida Fenn That Nobody Read\n\n%s", body(3));
    m = read_meta(page);
    OK(m && m->n_authors == 0);
    STR_EQ(m->title, "An Article By Ida Fenn That Nobody Read");
    page = arena_printf(A, MENU "\nEin Beitrag von Ida Fenn\n\n%s", body(3));
    m = read_meta(page);
    OK(m && m->n_authors == 0);
    STR_EQ(m->title, "Ein Beitrag von Ida Fenn");
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(article_by_lead_reads_the_byline);
    RUN(article_by_words_in_a_sentence_stay);
    RUN(article_by_wrapped_or_headline_stays);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
