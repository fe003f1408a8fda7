/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-first set): a newsroom's desk signing after "By".
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

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
    RUN(desk_signs_after_by);
    RUN(desk_without_by_signs_nothing);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
