/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (thirteenth set): a notice that the site's terms changed,
 * a caption between the "By" line and the text, a box of headlines
 * closed by "View All", a report button's question, a Japanese author
 * label, an author's "lives in" line under the text, a "Related Story"
 * box inside the text, the publication's line under the text.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(terms_change_notice_is_chrome)
{
    /* A consent banner that names no cookies: the site's terms changed,
     * and going on is agreeing. Its sentences are no text; the title
     * under the menu is found. A story about a company's new policy is
     * no notice. */
    OK(rd_text_chrome_kind("Our Terms of Service and Privacy Policy have changed.", 53) ==
       RD_TEXT_CHROME_LINE);
    const char *agree = "By continuing to use this site, you are agreeing to the new Privacy "
                        "Policy and Terms of Service.";
    OK(rd_text_chrome_kind(agree, strlen(agree)) == RD_TEXT_CHROME_LINE);
    const char *story = "The harbour board said its privacy policy has changed to allow "
                        "cameras on the quay.";
    OK(rd_text_chrome_kind(story, strlen(story)) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Our Terms of Service and Privacy Policy have changed.\n\n"
                                 "%s\n\n"
                                 "Home\nNews\nSports\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n"
                                 "April 9, 2019\n\n%s",
                                 agree, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2019-04-09");
    OK(was_dropped(m, agree));
}

TEST(caption_between_byline_and_text)
{
    /* "Headline / by Jane Marsh @Handle date / Workers vote to strike /
     * text": the short line between the "By" line and the text is a
     * video's caption; the headline stands over its byline. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nSports\nLog In\n"
                                 "Harbour Workers Go on Strike at the Old Pier\n"
                                 "by Jane Marsh @HarbourPost November 29, 2016: 8:18 AM ET\n"
                                 "Harbour workers vote to strike\n"
                                 "%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Harbour Workers Go on Strike at the Old Pier");
    STR_EQ(m->date, "2016-11-29");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(box_closed_by_view_all)
{
    /* An author card in the header: "More Stories By Jane" over other
     * headlines, closed by "View All". The headlines are the box's, not
     * the title or its dek, however long they run. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nBreaking News\n"
                                 "The Harbour Wall Is Finished at Last After Two Long Years\n\n"
                                 "By Jane Marsh\n\n"
                                 "Jane Marsh\n\n"
                                 "Harbour Reporter\n\n"
                                 "More Stories By Jane\n"
                                 "Lighthouse Keeper Retires After Forty Years On The Point, "
                                 "Town Plans A Party \xe2\x80\x93 Update\n"
                                 "Ferry Times Change For The Winter\n"
                                 "View All\n"
                                 "April 15, 2019 6:18am\n"
                                 " Facebook\n Twitter\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last After Two Long Years");
    STR_EQ(m->date, "2019-04-15");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    OK(was_dropped(m, "Ferry Times Change For The Winter"));
    /* Without its closing button, a label's lines are left to the other
     * rules: a list under "More stories by" in the text stays unmarked. */
    rd_text_lines L;
    const char *t = "More stories by Jane\nFerry Times Change\nA Long Walk Home\n";
    OK(rd_text_lines_split(A, &D, "t.txt", t, strlen(t), &L) == 0);
    rd_text_boxes_mark(&L);
    OK(L.n >= 3 && L.v[1].chrome == 0 && L.v[2].chrome == 0);
}

TEST(report_button_question_is_chrome)
{
    /* "Report This Article" opens a dialog asking "What is the issue?":
     * the question is the dialog's. Neither it nor the button joins the
     * picture's credit under it as a wrapped dek; the title over the
     * author's name is found. */
    const char *s = arena_printf(A,
                                 "Home\nPopular\nWriters\nBooks\n"
                                 "December 16, 2016\n"
                                 "One Day You Will Walk Along the New Harbour Wall\n"
                                 "Jane Marsh\n"
                                 "View Comments\n"
                                 "Content reported\n"
                                 "Report This Article\n"
                                 "What is the issue?\n"
                                 "seagull\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "One Day You Will Walk Along the New Harbour Wall");
    STR_EQ(m->date, "2016-12-16");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    OK(was_dropped(m, "What is the issue?"));
    /* A question in the text, under no report button, stays. */
    rd_text_lines L;
    const char *t = "Share\nWhat is the issue?\n";
    OK(rd_text_lines_split(A, &D, "t.txt", t, strlen(t), &L) == 0);
    rd_text_boxes_mark(&L);
    OK(L.n >= 2 && L.v[1].chrome == 0);
}

TEST(japanese_author_label)
{
    /* "著者：後藤大地" (author: name) under the date: the label is a
     * byline's lead, with a full-width colon or an ASCII one. */
    rd_text_byline b;
    const char *by = "\xe8\x91\x97\xe8\x80\x85\xef\xbc\x9a\xe5\xbe\x8c\xe8\x97\xa4\xe5\xa4\xa7"
                     "\xe5\x9c\xb0";
    OK(rd_text_byline_parse(A, by, strlen(by), "ja", false, &b));
    OK(b.n == 1);
    if (b.n == 1)
        STR_EQ(b.names[0], "\xe5\xbe\x8c\xe8\x97\xa4\xe5\xa4\xa7\xe5\x9c\xb0");
    const char *ascii = "\xe8\x91\x97\xe8\x80\x85:\xe5\xbe\x8c\xe8\x97\xa4\xe5\xa4\xa7"
                        "\xe5\x9c\xb0";
    OK(rd_text_byline_parse(A, ascii, strlen(ascii), "ja", false, &b) && b.n == 1);
}

TEST(author_lives_in_line_ends_the_text)
{
    /* "Jane Marsh lives in Dover." under the text, naming the byline's
     * author: the author's note, not the text's last paragraph. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n"
                                 "April 9, 2019\n\n%s"
                                 "Jane Marsh lives in Dover.\n\n"
                                 "More\nHarbours\nWalls\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Jane Marsh lives in Dover."));
}

TEST(related_story_box_inside_the_text)
{
    /* "Related Story" over a headline between two paragraphs: the box
     * goes, the text after it stays. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n"
                                 "April 9, 2019\n\n%s"
                                 "Related Story\n"
                                 "Ferry Times Change For The Winter\n\n%s",
                                 body(2), body(4) + strlen(body(2)));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Related Story"));
    OK(was_dropped(m, "Ferry Times Change For The Winter"));
    OK(!was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                       "procession of boats and a supper on the quay for everyone who carried "
                       "sandbags during the storm."));
}

TEST(publication_line_under_the_text)
{
    /* "Harbour Post (Dover) First published November 29, 2016: 3:33 AM
     * ET" under the text: the source and its date's label, no sentence,
     * are the page's. A sentence that names a date stays. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n"
                                 "April 9, 2019\n\n%s"
                                 "Harbour Post (Dover) First published November 29, 2016: 3:33 "
                                 "AM ET\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Harbour Post (Dover) First published November 29, 2016: 3:33 AM ET"));
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh\n"
                     "April 9, 2019\n\n%s"
                     "The plans were first published on November 29, 2016.\n",
                     body(3));
    m = read_meta(s);
    OK(!was_dropped(m, "The plans were first published on November 29, 2016."));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(terms_change_notice_is_chrome);
    RUN(caption_between_byline_and_text);
    RUN(box_closed_by_view_all);
    RUN(report_button_question_is_chrome);
    RUN(japanese_author_label);
    RUN(author_lives_in_line_ends_the_text);
    RUN(related_story_box_inside_the_text);
    RUN(publication_line_under_the_text);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
