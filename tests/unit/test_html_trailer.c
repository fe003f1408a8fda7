/*
 * test_html_trailer.c - what follows a web article's last paragraph and
 * is the writer's or the site's, not the text: a mail-style signature
 * (its dashes over the writer's address), a plug for the site's
 * newsletter. Every fixture is invented.
 */
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"
#include "readers/reader.h"

#define HEAD                                                                                       \
    "<html><head><title>Council delays the harbour vote</title></head><body><article>"             \
    "<h1>Council delays the harbour vote</h1>"                                                     \
    "<p>The council put off its vote on the harbour wall until the spring, saying the "            \
    "engineers' report had come too late for members to read it before the meeting.</p>"           \
    "<p>Residents who had waited two winters for the repair said they were tired of hearing "      \
    "that the money was there but the paperwork was not, and some walked out.</p>"

static page
read_html(const char *html)
{
    reader_options ro = {.format = "html", .extract = 1};
    return page_bytes("mem.html", html, strlen(html), &ro);
}

/* "--" over the writer's mail link after the last paragraph goes with it. */
TEST(dashes_over_the_writers_address_go)
{
    page p = read_html(HEAD "<p>--</p><p><a href='mailto:jane.roe@harbour.example'>"
                            "jane.roe@harbour.example</a></p></article></body></html>");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council put off its vote", "and some walked out.", NULL};
    const char *gone[] = {"--", "jane.roe@harbour.example", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* Dashes over an address in the middle of the text, with prose after
 * them, are the text's: only the signature that closes it goes. */
TEST(dashes_and_address_mid_text_stay)
{
    page p = read_html(HEAD "<p>\xE2\x80\x94</p><p><a href='mailto:notice@harbour.example'>"
                            "notice@harbour.example</a></p><p>That was the address printed on the "
                            "notice, and nobody who wrote to it had an answer before the "
                            "vote.</p></article></body></html>");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"notice@harbour.example", "That was the address printed", NULL};
    check(&p, keep, NULL);
    drop(&p);
}

/* An address the text asks readers to write to, alone or after a
 * sentence, stays; so do dashes before a line that is no address. */
TEST(an_address_of_the_text_stays)
{
    page p = read_html(HEAD "<p>Readers can send their views to the harbour office:</p>"
                            "<p><a href='mailto:views@harbour.example'>views@harbour.example</a>"
                            "</p><p>--</p><p>The vote is now set for the second week of "
                            "March.</p></article></body></html>");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"views@harbour.example", "--", "second week of March", NULL};
    check(&p, keep, NULL);
    drop(&p);
}

/* The site's plug for its newsletter between two paragraphs goes; a
 * sentence about a newsletter, and a source cited under a label, stay. */
TEST(newsletter_plug_between_paragraphs_goes)
{
    page p = read_html(
        "<html><head><title>Council delays the harbour vote</title></head><body><article>"
        "<h1>Council delays the harbour vote</h1>"
        "<p>The council put off its vote on the harbour wall until the spring, saying the "
        "engineers' report had come too late for members to read it before the meeting.</p>"
        "<p style='text-align:center'><em><a href='/tide-table/'>Get Tide Table</a>, </em>the "
        "Gazette<em>'s weekly coast newsletter</em></p>"
        "<p>Residents who had waited two winters for the repair said they were tired of hearing "
        "that the money was there but the paperwork was not, and some walked out.</p>"
        "<p><a href='/harbour-notes/'>Harbour Notes</a> first reported the delay in its "
        "newsletter.</p>"
        "<p><a href='/sources/'>Source</a>: the harbour board's newsletter</p>"
        "<p><a href='/people/ann-lowe'>Ann Lowe</a> edits the parish newsletter.</p>"
        "<p><a href='/the-gazette'>The Gazette</a> began as a church newsletter</p>"
        "<p>The vote is now set for the second week of March, when the board meets again to "
        "hear the engineers and the residents' association in the same session.</p>"
        "</article></body></html>");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council put off its vote",
                          "and some walked out.",
                          "first reported the delay in its newsletter.",
                          "Source: the harbour board's newsletter",
                          "Ann Lowe edits the parish newsletter.",
                          "The Gazette began as a church newsletter",
                          NULL};
    const char *gone[] = {"Get Tide Table", "coast newsletter", NULL};
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    RUN(dashes_over_the_writers_address_go);
    RUN(dashes_and_address_mid_text_stay);
    RUN(an_address_of_the_text_stays);
    RUN(newsletter_plug_between_paragraphs_goes);
    return test_report();
}
