/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-second set): a German day's number opening a post's
 * meta row; the date and time of day under the title before a handle;
 * the row of date, time, author and comment count; a count of comments
 * under the text ending it; share buttons run together in German; a
 * link back to the start page; German tag labels; "weiter lesen".
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

static rd_text_kind
kind_of(const char *s)
{
    rd_text_line ln;
    rd_text_line_measure(&ln, s, strlen(s), 0);
    return ln.kind;
}

TEST(day_number_opening_a_meta_row_is_no_item)
{
    /* "24. März 2004 | Name": the day's number, not item 24. */
    OK(kind_of("24. M\xc3\xa4rz 2004 | Jana Hafner") == RD_TEXT_PLAIN);
    const char *s = arena_printf(A,
                                 "Hafen News\n\nDie neue Mauer steht\n\n"
                                 "24. M\xc3\xa4rz 2004 | Jana Hafner\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->date, "2004-03-24");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jana Hafner");
    /* Items that are no date stay items: no month, no year, or a day
     * that is not the item's number. */
    OK(kind_of("3. March of the penguins") == RD_TEXT_ORDERED);
    OK(kind_of("2. Mit dem Boot zur Mole fahren") == RD_TEXT_ORDERED);
    OK(kind_of("4. Mai bis Juni: Bauarbeiten") == RD_TEXT_ORDERED);
}

TEST(date_and_time_over_a_handle_date_the_post)
{
    /* Under the title, a date with its time and a user's handle. */
    const char *s = arena_printf(A,
                                 "Hafen News\n\nDie neue Mauer steht\n\n"
                                 "24. M\xc3\xa4rz 2004, 19:49 | hafenwart\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->date, "2004-03-24");
    OK(m->n_authors == 0);
    OK(!was_dropped(m, "The harbour wall was finished in the spring, two years after the storm "
                       "that broke the old one, and the boats came back within a week of the "
                       "last stone being set."));
    /* A sentence opening with the date and the hour is the text's. */
    s = arena_printf(A,
                     "Hafen News\n\nDie neue Mauer steht\n\n"
                     "24. M\xc3\xa4rz 2004, 19:49 Uhr: Der Sturm erreicht den Hafen, und die "
                     "Boote bleiben bis zum Morgen an der Mole.\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->date == NULL);
    OK(!was_dropped(m, "24. M\xc3\xa4rz 2004, 19:49 Uhr: Der Sturm erreicht den Hafen, und die "
                       "Boote bleiben bis zum Morgen an der Mole."));
}

TEST(date_time_author_and_comment_count_row)
{
    const char *s = arena_printf(A,
                                 "Hafen\n\nDie neue Mauer steht\n"
                                 "19.6.2007 9:40 Uhr Jana Hafner 71 Kommentare\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->date, "2007-06-19");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jana Hafner");
    /* Without the count the words after the time may be a place. */
    s = arena_printf(A,
                     "Hafen\n\nDie neue Mauer steht\n"
                     "19.6.2007 9:40 Uhr Berlin Hauptbahnhof\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 0);
}

TEST(comment_count_under_the_text_ends_it)
{
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished\n\n%s71 Kommentare\n"
                                 "Neue Boote f\xc3\xbcr die Hafenfeuerwehr\n"
                                 "12 Kommentare Jana Hafner\n"
                                 "Der Deich wird erh\xc3\xb6ht\n"
                                 "5 Kommentare Ole Berg\n",
                                 body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Neue Boote f\xc3\xbcr die Hafenfeuerwehr"));
    OK(was_dropped(m, "Der Deich wird erh\xc3\xb6ht"));
    /* The count under the title, over the text, cuts nothing. */
    s = arena_printf(A, "The Harbour Wall Is Finished\n\n12 Comments\n\n%s", body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                       "procession of boats and a supper on the quay for everyone who carried "
                       "sandbags during the storm."));
}

TEST(german_share_buttons_run_together)
{
    OK(line_is("Teilen auf Facebook: 0Teilen auf Twitter: 0 WhatsApp Teilen\xe2\x80\xa6",
               RD_TEXT_CHROME_LINE));
    OK(line_is("Partager sur Facebook 3Partager sur Twitter", RD_TEXT_CHROME_LINE));
    /* A sentence saying so, the words apart, is the text's. */
    OK(line_is("Wir teilen auf Facebook und teilen auf Twitter die Bilder vom Hafenfest.",
               RD_TEXT_CHROME_NONE));
}

TEST(link_back_to_the_start_page_is_chrome)
{
    OK(line_is("zur\xc3\xbc"
               "ck zur Startseite",
               RD_TEXT_CHROME_CUT));
    OK(line_is("Back to homepage", RD_TEXT_CHROME_CUT));
    const char *s = arena_printf(A,
                                 "Unser Verein\n\n%szur\xc3\xbc"
                                 "ck zur Startseite\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "zur\xc3\xbc"
                      "ck zur Startseite"));
    /* A sentence that goes on is the text's. */
    OK(line_is("Zur\xc3\xbc"
               "ck zur Startseite des Rundwegs geht es \xc3\xbc"
               "ber den Deich.",
               RD_TEXT_CHROME_NONE));
}

TEST(german_tag_labels_are_chrome)
{
    OK(line_is("Schlagworte: Schule, Bildung", RD_TEXT_CHROME_LINE));
    OK(line_is("Mots-cl\xc3\xa9s : port, digue", RD_TEXT_CHROME_LINE));
    /* The word in a sentence, without the label's colon, is the text's. */
    OK(line_is("Schlagworte wie Nachhaltigkeit pr\xc3\xa4gen die Debatte \xc3\xbc"
               "ber den Hafen seit Jahren.",
               RD_TEXT_CHROME_NONE));
}

TEST(read_more_in_german_is_a_button)
{
    OK(line_is("weiter lesen", RD_TEXT_CHROME_LINE));
    OK(line_is("Lire la suite", RD_TEXT_CHROME_LINE));
    OK(line_is("Wer weiter lesen will, findet den Bericht im Archiv.", RD_TEXT_CHROME_NONE));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(day_number_opening_a_meta_row_is_no_item);
    RUN(date_and_time_over_a_handle_date_the_post);
    RUN(date_time_author_and_comment_count_row);
    RUN(comment_count_under_the_text_ends_it);
    RUN(german_share_buttons_run_together);
    RUN(link_back_to_the_start_page_is_chrome);
    RUN(german_tag_labels_are_chrome);
    RUN(read_more_in_german_is_a_button);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
