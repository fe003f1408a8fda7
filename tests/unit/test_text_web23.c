/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-third set): a picture's caption under the label
 * screen readers get ("Image caption,") between the headline and the
 * byline (a shape read right already); a reporter's job under a byline
 * of one ("By Jane Doe" over "Science reporter, Coast News"); a caption
 * with its credit glued on after an ellipsis ("...plan.Credit...Jane
 * Roe"); the dateline that dates a press release ("RIVERTON, Ore.
 * (March 18, 2024) — ...").
 * Every fixture is invented. */
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

TEST(caption_under_its_label_is_no_title)
{
    const char *s = arena_printf(A,
                                 MENU "Science\n"
                                      "Harbour seals return to the estuary\n"
                                      "Published\n3 hours ago\nShare\n"
                                      "Image source, Coast Pictures\nImage caption,\n"
                                      "Seals were last seen breeding on the sandbanks in 1975\n"
                                      "By Mara Quill\n%s",
                                 body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "Harbour seals return to the estuary");
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    OK(!has_text(art, "Seals were last seen"));
    OK(has_text(art, "The harbour wall was finished"));
}

TEST(job_under_a_byline_of_one)
{
    const char *s = arena_printf(A,
                                 MENU "Harbour seals return to the estuary\n\n"
                                      "Image caption,\nA seal pup on the sandbank in June\n\n"
                                      "By Mara Quill\nScience reporter, Coast News\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Harbour seals return to the estuary");
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    OK(m->author_roles && m->author_roles[0] &&
       !strcmp(m->author_roles[0], "Science reporter, Coast News"));
}

TEST(headline_under_a_byline_is_no_job)
{
    /* No job word: the line under the byline is no role. */
    const char *s = arena_printf(
        A, MENU "Weekend Notes\n\nBy Mara Quill\nThe Seals Come Back to the Sandbanks\n\n%s",
        body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    OK(!m->author_roles || !m->author_roles[0]);
}

TEST(caption_credit_after_an_ellipsis)
{
    const char *s = arena_printf(
        A,
        MENU "The River Towns That Learned to Live With Floods\n"
             "After three record crests, small towns along the river are moving homes.\n"
             "Share full article\n"
             "Residents met at the hall on Tuesday to vote on the plan.Credit...Jon Park for "
             "Coast Weekly\n"
             "By Mara Quill and Jon Park\nMarch 5, 2024\n%s",
        body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "The River Towns That Learned to Live With Floods");
    OK(m->n_authors == 2);
    STR_EQ(m->date, "2024-03-05");
    OK(!has_text(art, "Residents met"));
}

static const char *
dated(const char *header, const char *first)
{
    const char *s =
        arena_printf(A, MENU "Library Extends Opening Hours at Five Branches\n\n%s%s\n\n%s", header,
                     first, body(3));
    doc_meta *m = read_meta(s);
    return m ? m->date : NULL;
}

TEST(dateline_dates_a_press_release)
{
    static const char *const lines[] = {
        "RIVERTON, Ore. (March 18, 2024) \xe2\x80\x94 The library will open five of its "
        "branches until nine on weekdays from April, after the council approved the money.",
        "WASHINGTON, March 18, 2024 /Wire Service/ -- The library will open five of its branches "
        "until nine on weekdays from April, after the council approved the money.",
        "NEW YORK, NY \xe2\x80\x93 March 18, 2024 \xe2\x80\x93 The library will open five of "
        "its branches until nine on weekdays from April, after the council approved the money.",
        "PARIS, 18 mars 2024 (Wire) - La biblioth\xc3\xa8que ouvrira cinq de ses sites "
        "jusqu'\xc3\xa0 "
        "21 heures en semaine \xc3\xa0 partir d'avril.",
        "Berlin, 18. M\xc3\xa4rz 2024 \xe2\x80\x93 Die Bibliothek \xc3\xb6"
        "ffnet ab April an f\xc3\xbcnf Standorten bis 21 Uhr, nachdem der Rat das Geld "
        "bewilligt hat."};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        STR_EQ(dated("", lines[i]), "2024-03-18");
}

TEST(sentence_opening_with_a_date_is_no_dateline)
{
    /* No place with its comma before the date: a sentence. */
    OK(dated("", "On March 18, 2024 \xe2\x80\x94 the day the council voted \xe2\x80\x94 the "
                 "staff gathered in the reading room to hear the news together.") == NULL);
    OK(dated("", "March 18, 2024 \xe2\x80\x94 The library will open five of its branches "
                 "until nine on weekdays from April, after the council's vote.") == NULL);
    OK(dated("", "In the old town, on March 18, 2024, the mayor opened five branches until late "
                 "at night, after the council approved the money.") == NULL);
    /* The header's date comes first. */
    STR_EQ(dated("By Mara Quill\n\nJune 1, 2024\n\n",
                 "RIVERTON, Ore. (March 18, 2024) \xe2\x80\x94 The library will open five of "
                 "its branches until nine on weekdays from April, after the vote."),
           "2024-06-01");
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(caption_under_its_label_is_no_title);
    RUN(job_under_a_byline_of_one);
    RUN(headline_under_a_byline_is_no_job);
    RUN(caption_credit_after_an_ellipsis);
    RUN(dateline_dates_a_press_release);
    RUN(sentence_opening_with_a_date_is_no_dateline);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
