/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (ninth set): a dotted date is no web address, a byline
 * with an age and a score, a handle after a lead, a comment thread
 * after the text, paywall and donation notes, a credit in brackets, the
 * day word before a byline's date.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(dotted_date_is_no_address)
{
    /* "2021.03.07" (year first, dots between) is a date as Japanese and
     * Korean releases print it: a web address's last label has a letter. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "2021.03.07\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2021-03-07");
    OK(!was_dropped(m, "2021.03.07"));
    /* An address is still chrome. */
    OK(rd_text_chrome_kind("example.org", 11) == RD_TEXT_CHROME_LINE);
}

TEST(byline_with_an_age_and_a_score)
{
    /* A relative age after the name ("2 hours ago", "an hour ago") is
     * the byline's furniture, as is a link aggregator's score before the
     * lead ("225 points by ...") and the row of buttons after it. */
    rd_text_byline b;
    const char *aged = "By Jane Marsh 2 hours ago | 12 comments";
    OK(rd_text_byline_parse(A, aged, strlen(aged), NULL, false, &b));
    OK(b.n == 1 && !strcmp(b.names[0], "Jane Marsh"));
    const char *an = "By Jane Marsh an hour ago";
    OK(rd_text_byline_parse(A, an, strlen(an), NULL, false, &b));
    OK(b.n == 1 && !strcmp(b.names[0], "Jane Marsh"));
    const char *scored = "87 points by Jane Marsh 3 days ago | hide | past | 40 comments";
    OK(rd_text_byline_parse(A, scored, strlen(scored), NULL, false, &b));
    OK(b.n == 1 && !strcmp(b.names[0], "Jane Marsh") && b.roles[0] == NULL);
    /* A score alone before a name is no lead. */
    OK(!rd_text_byline_parse(A, "87 points Jane Marsh", 20, NULL, false, &b));
    const char *s = arena_printf(A,
                                 "Harbour Board\nnew | past | ask\n\n"
                                 "Ask: The Harbour Wall Is Finished at Last, What Now?\n"
                                 "%s\n\n%s",
                                 scored, body(2));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Ask: The Harbour Wall Is Finished at Last, What Now?");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(handle_after_a_lead)
{
    /* After "by", a user's handle ("harbourfan_7", "mdoe") stands for
     * the name; a common word ("by default") or a site's account ("by
     * admin") does not. */
    rd_text_byline b;
    OK(rd_text_byline_parse(A, "By harbourfan_7", 15, NULL, false, &b));
    OK(b.n == 1 && !strcmp(b.names[0], "harbourfan_7"));
    OK(!rd_text_byline_parse(A, "by default", 10, NULL, false, &b));
    OK(!rd_text_byline_parse(A, "harbourfan_7", 12, NULL, true, &b));
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "Posted on March 7, 2021 by mdoe\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->date, "2021-03-07");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "mdoe");
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n\n"
                     "Posted on March 7, 2021 by admin\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 0);
}

TEST(comment_thread_after_the_text)
{
    /* Two comment heads or more (a name or handle, the age, buttons)
     * after the text are a thread of comments: it ends the article, short
     * as the text is. One such line alone stays. */
    OK(rd_text_comment_head("harbourfan 2 days ago | next", 28));
    const char *dot = "Jane Marsh \xe2\x80\xa2 3 years ago";
    OK(rd_text_comment_head(dot, strlen(dot)));
    OK(!rd_text_comment_head("By Jane Marsh 2 hours ago | Share", 33));
    OK(!rd_text_comment_head("Jane Marsh 2 hours ago", 22));
    const char *s = arena_printf(A,
                                 "Ask: Which Harbour Wall Should We Visit Next Summer?\n"
                                 "41 points by mdoe 1 day ago | hide | 12 comments\n\n"
                                 "We have seen the new wall at home and loved it; which others "
                                 "are worth the trip?\n\n"
                                 "harbourfan 1 day ago | next\n\n"
                                 "The one at the old fishing port in the north is the finest "
                                 "I know, and the walk along it takes a whole afternoon.\n\n"
                                 "reply\n\n"
                                 "tidewatcher 20 hours ago | parent | next\n\n"
                                 "Seconded, and the cafe at its end serves the best soup on "
                                 "the coast, which is reason enough to go.\n\n"
                                 "reply\n");
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    OK(was_dropped(m, "harbourfan 1 day ago | next"));
    OK(was_dropped(m, "Seconded, and the cafe at its end serves the best soup on the coast, "
                      "which is reason enough to go."));
    OK(!was_dropped(m, "We have seen the new wall at home and loved it; which others are "
                       "worth the trip?"));
    /* Heads one under another are a list of recent posts, no thread. */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n\n%s"
                     "Recent posts\n\nTide tables | 1 min ago\nBoat list | 2 min ago\n"
                     "Quay map | 5 min ago\n\n%s",
                     body(2), body(1));
    m = read_meta(s);
    OK(!was_dropped(m, "The harbour wall was finished in the spring, two years after the storm "
                       "that broke the old one, and the boats came back within a week of the "
                       "last stone being set."));
}

TEST(paywall_and_donation_notes_end_the_text)
{
    /* A paywall's count of free articles, "Subscribe to continue
     * reading", or a plea that the journalism depends on readers' money
     * opens the box after the article: it and what follows go. */
    const char *notes[] = {
        "You have read 2 of your 3 free articles this month.",
        "Subscribe to continue reading this story and the whole archive.",
        "The Harbour Weekly's reporting depends on donations from readers like you.",
    };
    OK(rd_text_chrome_kind(notes[0], strlen(notes[0])) == RD_TEXT_CHROME_CUT);
    for (size_t i = 0; i < 3; i++) {
        const char *s = arena_printf(A,
                                     "The Harbour Wall Is Finished at Last\n\n%s%s\n\n"
                                     "Give now to keep the lights on at the quay office "
                                     "for another winter of harbour news.\n",
                                     body(4), notes[i]);
        doc_meta *m = read_meta(s);
        OK(was_dropped(m, notes[i]));
        OK(was_dropped(m, "Give now to keep the lights on at the quay office for another "
                          "winter of harbour news."));
    }
    /* A sentence on free articles in the text is no paywall. */
    const char *prose = "The museum offers free articles of clothing to anyone who helped "
                        "carry sandbags during the storm.";
    OK(rd_text_chrome_kind(prose, strlen(prose)) == RD_TEXT_CHROME_NONE);
}

TEST(bracketed_credit_under_the_dek)
{
    /* "[NAME，OUTLET]" (a full-width or plain comma) under the dek is the
     * author and the outlet, no bracketed label. */
    const char *name = "\xe5\xb1\xb1\xe7\x94\xb0\xe8\x8a\xb1\xe5\xad\x90"; /* a made-up name */
    const char *credit = arena_printf(A, "[%s\xef\xbc\x8cHarbour Weekly]", name);
    OK(rd_text_chrome_kind(credit, strlen(credit)) == RD_TEXT_CHROME_NONE);
    rd_text_byline b;
    OK(rd_text_byline_parse(A, credit, strlen(credit), NULL, false, &b));
    OK(b.n == 1 && !strcmp(b.names[0], name) && b.roles[0] && !strcmp(b.roles[0], "Harbour Weekly"));
    OK(!rd_text_byline_parse(A, "[Tides, 2021]", 13, NULL, false, &b));
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "Two years after the storm the town has its wall back.\n"
                                 "[Jane Marsh, Harbour Weekly]\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(day_word_before_the_date_is_no_name)
{
    /* "le", "am", "el", "il", "op" before the date belong to it ("Par
     * Jean Dupont le 8 janvier 2017"), not to the name; a capitalised
     * "Le" is a surname. */
    rd_text_byline b;
    const char *fr = "Par Jeanne Marais le 8 janvier 2017";
    OK(rd_text_byline_parse(A, fr, strlen(fr), "fr", false, &b));
    OK(b.n == 1 && !strcmp(b.names[0], "Jeanne Marais"));
    STR_EQ(b.date, "2017-01-08");
    const char *de = "Von Jana Marsch am 8. Januar 2017";
    OK(rd_text_byline_parse(A, de, strlen(de), "de", false, &b));
    OK(b.n == 1 && !strcmp(b.names[0], "Jana Marsch"));
    const char *en = "By Jane Le on 8 January 2017";
    OK(rd_text_byline_parse(A, en, strlen(en), NULL, false, &b));
    OK(b.n == 1 && !strcmp(b.names[0], "Jane Le"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(dotted_date_is_no_address);
    RUN(byline_with_an_age_and_a_score);
    RUN(handle_after_a_lead);
    RUN(comment_thread_after_the_text);
    RUN(paywall_and_donation_notes_end_the_text);
    RUN(bracketed_credit_under_the_dek);
    RUN(day_word_before_the_date_is_no_name);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
