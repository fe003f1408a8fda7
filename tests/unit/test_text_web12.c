/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twelfth set): the update's date and the post's glued over
 * the poster's name, a name in capitals glued to the month, the poster's
 * name before the post's category and tags, a short title over its date
 * and poster under a menu, and no dek under that line.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(two_dates_glued_before_the_poster)
{
    /* "December 10, 2021April 9, 2019 by Jane Marsh": the update's date
     * and the post's, their space lost in the copy, then the poster. The
     * year before the capital's word is a year; the post's date is the
     * earlier one, written first or second. */
    rd_text_date dt;
    OK(rd_text_date_find("December 10, 2021April 9, 2019", 30, NULL, &dt));
    OK(dt.year == 2021 && dt.month == 12 && dt.day == 10);
    OK(dt.end == 17);
    const char *s = arena_printf(A,
                                 "Home\nNews\nSports\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "December 10, 2021April 9, 2019 by Jane Marsh\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2019-04-09");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    s = arena_printf(A,
                     "Home\nNews\nSports\n\n"
                     "The Harbour Wall Is Finished at Last\n"
                     "April 9, 2019 December 10, 2021 by Jane Marsh\n\n%s",
                     body(3));
    m = read_meta(s);
    STR_EQ(m->date, "2019-04-09");
    OK(m->n_authors == 1);
}

TEST(name_in_capitals_glued_to_the_month)
{
    /* "By JANE MARSH and JOE PARKSEPT. 19, 2016": the last name and the
     * month's short form glued by the copy are two words when a full
     * stop and the day follow. */
    rd_text_date dt;
    const char *by = "By JANE MARSH and JOE PARKSEPT. 19, 2016";
    OK(rd_text_date_find(by, strlen(by), NULL, &dt));
    OK(dt.year == 2016 && dt.month == 9 && dt.day == 19);
    OK(dt.start == strlen("By JANE MARSH and JOE PARK"));
    const char *s = arena_printf(A,
                                 "Home\nNews\nSports\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "%s\n\n%s",
                                 by, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2016-09-19");
    OK(m->n_authors == 2);
    if (m->n_authors == 2) {
        STR_EQ(m->authors[0], "JANE MARSH");
        STR_EQ(m->authors[1], "JOE PARK");
    }
}

TEST(poster_before_category_and_tags)
{
    /* "March 2, 2019 09:18 by Jane Marsh | Category News | Tags ...":
     * the poster's name ends at the spaced bar; the post's filing
     * follows it. The line is the header's, not the title. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nSports\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "March 2, 2019 09:18 by Jane Marsh | Category News | Tags "
                                 "harbour, wall\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2019-03-02");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(short_title_over_its_date_and_poster_under_a_menu)
{
    /* A title of a few words is shaped like a menu's entry; the date
     * and its poster under it end the menu: the entry is the title, and
     * the line under the byline is the text's, no dek. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nSports\n\n"
                                 "The Harbour Wall\n"
                                 "April 9, 2019 by Jane Marsh\n\n"
                                 "Length: 120 metres\n\n"
                                 "Height: 6 metres\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall");
    STR_EQ(m->date, "2019-04-09");
    OK(m->subtitle == NULL);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    OK(!was_dropped(m, "Length: 120 metres"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(two_dates_glued_before_the_poster);
    RUN(name_in_capitals_glued_to_the_month);
    RUN(poster_before_category_and_tags);
    RUN(short_title_over_its_date_and_poster_under_a_menu);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
