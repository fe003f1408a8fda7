/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-first set): a short headline trailing off in an
 * ellipsis under a section's name and a date; a post's date printed
 * as day, month and two-digit year between dots over its headline; a
 * blog's name and motto over a dated post; a newsroom's desk signing
 * after "By".
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

#define MENU "Startseite\nTermine\nKontakt\nImpressum\n"

TEST(headline_trailing_off_is_the_title)
{
    /* "... informiert…" under the section's name and the date. */
    const char *s = arena_printf(A,
                                 MENU "Neuigkeiten\n\nDonnerstag, 31. Mai 2012\n\n"
                                      "Das Hafenamt informiert\xe2\x80\xa6\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Das Hafenamt informiert\xe2\x80\xa6");
    STR_EQ(m->date, "2012-05-31");
    /* Three dots count as the ellipsis too. */
    s = arena_printf(A, MENU "News\n\nMay 3, 2020\n\nWhat the Harbour Board Plans Next...\n\n%s",
                     body(3));
    m = read_meta(s);
    STR_EQ(m->title, "What the Harbour Board Plans Next...");
}

TEST(text_trailing_off_is_no_title)
{
    /* Two sentences, the last trailing off: text, not a headline. */
    const char *s = arena_printf(
        A, MENU "News\n\nMay 3, 2020\n\nThe wall fell. Then the town waited\xe2\x80\xa6\n\n%s",
        body(3));
    doc_meta *m = read_meta(s);
    OK(m->title == NULL || strstr(m->title, "The wall fell") == NULL);
    /* A long line trailing off is a paragraph's. */
    s = arena_printf(A,
                     "Harbour Notes\n\nMay 3, 2020\n\n"
                     "The wall fell in the night and nobody in the town heard it, not even the "
                     "watchman on the quay\xe2\x80\xa6\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->title == NULL || strstr(m->title, "The wall fell") == NULL);
}

TEST(two_digit_year_date_over_the_headline)
{
    /* "3.6.12" alone over the headline: a post's date. */
    const char *s = arena_printf(A,
                                 "Harbour Log\n\nNotes from the quay\n\n3.6.12\n"
                                 "Is the New Wall Lower Than the Old One?\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->date, "2012-06-03");
    STR_EQ(m->title, "Is the New Wall Lower Than the Old One?");
    OK(was_dropped(m, "Notes from the quay"));
}

TEST(dotted_numbers_that_are_no_date)
{
    /* A version number in a line, a month past 12, a three-digit last
     * part: no date. */
    const char *s =
        arena_printf(A, "Release Notes for the Harbour App\n\nVersion 3.1.12\n\n%s", body(3));
    doc_meta *m = read_meta(s);
    OK(m->date == NULL);
    s = arena_printf(A, "Release Notes for the Harbour App\n\n2.14.11\n\n%s", body(3));
    m = read_meta(s);
    OK(m->date == NULL);
    s = arena_printf(A, "Release Notes for the Harbour App\n\n3.1.120\n\n%s", body(3));
    m = read_meta(s);
    OK(m->date == NULL);
}

TEST(title_over_date_and_dek_without_a_site_name_stays)
{
    /* The title opens the page: the line under its date is the dek or
     * the text, not the title. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished\n\nMay 3, 2020\n"
                                 "How the town paid for the new stones\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished");
    /* A sentence over the title is no site's name. */
    s = arena_printf(A,
                     "Welcome to our harbour.\n\nThe Harbour Wall Is Finished\n\nMay 3, 2020\n"
                     "How the town paid for the new stones\n\n%s",
                     body(3));
    m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished");
}

TEST(desk_signs_after_by)
{
    /* "By" over the desk's name, as a header set in boxes prints it. */
    const char *s =
        arena_printf(A,
                     "The Harbour Wall Is Finished Today\n\nPublished\n\nJune 12, 2026\n\n"
                     "By\n\nHarbour Media News Desk\n\n%s",
                     body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Harbour Media News Desk");
    s = arena_printf(A, "The Harbour Wall Is Finished Today\n\nBy Harbour Post Desk\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Harbour Post Desk");
}

TEST(desk_without_by_signs_nothing)
{
    /* A menu's "Help Desk" and a sentence about the front desk: no
     * author. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nHelp Desk\nContact\n\n"
                                 "The Harbour Wall Is Finished Today\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 0);
    s = arena_printf(A,
                     "The Harbour Wall Is Finished Today\n\n"
                     "By the front desk of the harbour office a sign now gives the tides.\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 0);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(headline_trailing_off_is_the_title);
    RUN(text_trailing_off_is_no_title);
    RUN(two_digit_year_date_over_the_headline);
    RUN(dotted_numbers_that_are_no_date);
    RUN(title_over_date_and_dek_without_a_site_name_stays);
    RUN(desk_signs_after_by);
    RUN(desk_without_by_signs_nothing);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
