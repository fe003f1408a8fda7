/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-sixth set): a byline whose lead names the piece
 * before its writer ("An article by A", "Ein Artikel von A 06.05.2019",
 * "Un article de A", "Un artículo de A"), as an institution's news pages
 * print it over the headline. The negatives: a sentence that opens with
 * the same words and goes on about something else, and the words with
 * no capitalised name after them. Every fixture is invented. */
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
    s = "An article by Mara Quill";
    OK(rd_text_byline_parse(A, s, strlen(s), "en", false, &b) && b.n == 1);
    s = "Un article de Mara Quill";
    OK(rd_text_byline_parse(A, s, strlen(s), "fr", false, &b) && b.n == 1);
    s = "Un art\xc3\xad"
        "culo de Mara Quill y Tom Reed";
    OK(rd_text_byline_parse(A, s, strlen(s), "es", false, &b) && b.n == 2);
    s = "Ein Beitrag von Mara Quill";
    OK(rd_text_byline_parse(A, s, strlen(s), "de", false, &b) && b.n == 1);

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

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(article_by_lead_reads_the_byline);
    RUN(article_by_words_in_a_sentence_stay);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
