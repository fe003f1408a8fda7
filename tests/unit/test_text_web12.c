/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twelfth set): the update's date and the post's glued over
 * the poster's name, a name in capitals glued to the month, the poster's
 * name before the post's category and tags, a short title over its date
 * and poster under a menu, and no dek under that line, a section's name
 * and the date over the headline, a Japanese headline's second line
 * opening with a wave dash, a box's label after a decorative mark, a
 * series' navigator of arrows, a blog archive's month and count, a
 * filing line without its colon, "Post navigation", a gallery under a
 * label with a colon, a product box's title glued over the box.
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

TEST(section_and_date_over_the_headline)
{
    /* "media Sept. 2, 2016": a section's name in lower case and the
     * date closing the line, right over the headline, give the date; a
     * date line with its poster over the headline still gives both. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nSports\n\n"
                                 "harbour Sept. 2, 2016\n"
                                 "The Harbour Wall Is Finished at Last\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2016-09-02");
    OK(was_dropped(m, "harbour Sept. 2, 2016") == false);
    s = arena_printf(A,
                     "Home\nNews\nSports\n\n"
                     "02/09/2016 | Jane Marsh\n"
                     "The Harbour Wall Is Finished at Last\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 1);
}

TEST(wave_dash_line_continues_the_headline)
{
    /* A Japanese headline set on two lines, the second opening with a
     * wave dash (U+FF5E), is one title; the first may open in lower case
     * (a brand's name). */
    const char *first = "harbour Works\xe3\x81\x8c\xe9\x98\xb2\xe6\xb3\xa2\xe5\xa0\xa4\xe3\x82\x92"
                        "\xe5\xae\x8c\xe6\x88\x90";
    /* "～3月9日に港の広場で記念式典と夕食会を開催" */
    const char *second = "\xef\xbd\x9e"
                         "3\xe6\x9c\x88"
                         "9\xe6\x97\xa5\xe3\x81\xab\xe6\xb8\xaf\xe3\x81\xae"
                         "\xe5\xba\x83\xe5\xa0\xb4\xe3\x81\xa7\xe8\xa8\x98\xe5\xbf\xb5\xe5\xbc\x8f"
                         "\xe5\x85\xb8\xe3\x81\xa8\xe5\xa4\x95\xe9\xa3\x9f\xe4\xbc\x9a\xe3\x82\x92"
                         "\xe9\x96\x8b\xe5\x82\xac";
    /* two paragraphs: the wall is rebuilt; the ceremony's details */
    const char *text =
        "\xe3\x80\x80\xe6\xb8\xaf\xe6\xb9\xbe\xe5\xbb\xba\xe8\xa8\xad\xe4\xbc\x9a\xe7\xa4\xbe"
        "\xe3\x81\xae\xe3\x83\x8f\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x83\xaf\xe3\x83\xbc"
        "\xe3\x82\xaf\xe3\x82\xb9\xe3\x81\xaf\xe3\x80\x81\xe4\xba\x8c\xe5\xb9\xb4\xe5\x89\x8d"
        "\xe3\x81\xae\xe5\xb5\x90\xe3\x81\xa7\xe5\xa3\x8a\xe3\x82\x8c\xe3\x81\x9f\xe6\xb8\xaf"
        "\xe3\x81\xae\xe9\x98\xb2\xe6\xb3\xa2\xe5\xa0\xa4\xe3\x81\xae\xe5\x86\x8d\xe5\xbb\xba"
        "\xe5\xb7\xa5\xe4\xba\x8b\xe3\x82\x92\xe7\xb5\x82\xe3\x81\x88\xe3\x80\x81\xe6\xbc\x81"
        "\xe8\x88\xb9\xe3\x81\x8c\xe6\xb8\xaf\xe3\x81\xab\xe6\x88\xbb\xe3\x81\xa3\xe3\x81\x9f"
        "\xe3\x81\xa8\xe7\x99\xba\xe8\xa1\xa8\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82\n\n"
        "\xe3\x80\x80\xe5\xbc\x8f\xe5\x85\xb8\xe3\x81\xaf"
        "3\xe6\x9c\x88"
        "9\xe6\x97\xa5"
        "14\xe6\x99\x82\xe3\x81\x8b\xe3\x82\x89\xe6\xb8\xaf\xe3\x81\xae\xe5\xba\x83\xe5\xa0\xb4"
        "\xe3\x81\xa7\xe9\x96\x8b\xe3\x81\x8d\xe3\x80\x81\xe5\xb5\x90\xe3\x81\xae\xe9\x96\x93"
        "\xe3\x81\xab\xe5\x9c\x9f\xe3\x81\xae\xe3\x81\x86\xe3\x82\x92\xe9\x81\x8b\xe3\x82\x93"
        "\xe3\x81\xa0\xe4\xbd\x8f\xe6\xb0\x91\xe3\x82\x92\xe5\xa4\x95\xe9\xa3\x9f\xe4\xbc\x9a"
        "\xe3\x81\xab\xe6\x8b\x9b\xe3\x81\x8f\xe3\x80\x82\n";
    const char *s = arena_printf(A,
                                 "Harbour Watch\n\n%s\n%s\n\n"
                                 "\xe5\xb1\xb1\xe7\x94\xb0 \xe8\x8a\xb1\xe5\xad\x90\n\n"
                                 "2019\xe5\xb9\xb4"
                                 "2\xe6\x9c\x88"
                                 "15\xe6\x97\xa5 18:19\n\n%s",
                                 first, second, text);
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, arena_printf(A, "%s%s", first, second));
    STR_EQ(m->date, "2019-02-15");
}

TEST(marked_label_of_a_related_box)
{
    /* "\xe3\x83\xbb\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b": "Related articles" in
     * Japanese after a middle dot set as decoration is the box's label still, and cuts the other
     * stories under it. */
    const char *label = "\xe3\x83\xbb\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b";
    OK(rd_text_chrome_kind(label, strlen(label)) == RD_TEXT_CHROME_CUT);
    OK(rd_text_chrome_kind("\xe2\x96\xa0\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b", 15) ==
       RD_TEXT_CHROME_CUT);
    /* the mark alone before other words marks nothing */
    OK(rd_text_chrome_kind("\xe3\x83\xbbHarbour", 10) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s%s\n"
                                 "A Lighthouse Keeper Retires After Forty Years | Harbour Post\n\n"
                                 "The Ferry Runs Again on Sundays | Harbour Post\n",
                                 body(4), label);
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, label));
    OK(was_dropped(m, "A Lighthouse Keeper Retires After Forty Years | Harbour Post"));
}

TEST(series_navigator_is_chrome)
{
    /* A comic's or a serial's navigator of arrows and buttons' words is
     * chrome, never the title; a heading naming a chapter is no
     * navigator, and neither are the words without arrows. */
    const char *nav = "<< First Page < Previous Page <[ Previous Chapter\t\tNext Chapter ]> Next "
                      "Page > Most Recent Page >>";
    OK(rd_text_chrome_kind(nav, strlen(nav)) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("< Prev | Next >", 15) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("Next Chapter", 12) == RD_TEXT_CHROME_NONE);
    OK(rd_text_chrome_kind("<< The Next Chapter >>", 22) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Harbour Comics\n\n%s\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s",
                                 nav, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(was_dropped(m, nav));
}

TEST(archive_entry_is_no_date)
{
    /* A blog's archive lists months with their posts' count: "November
     * 2019 (1)" is chrome, not the page's date. */
    OK(rd_text_chrome_kind("November 2019  (1)", 18) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("August 2019 (12)", 16) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("November 2019", 13) == RD_TEXT_CHROME_NONE);
    OK(rd_text_chrome_kind("November 3, 2019 (1)", 20) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Harbour Comics\nAbout\nShop\n\n"
                                 "Archives\nSelect Month\nNovember 2019  (1)\nAugust 2019  (1)\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(m->date == NULL);
    OK(was_dropped(m, "November 2019  (1)"));
}

TEST(filing_line_without_its_colon)
{
    /* "Categories Featured, Reviews, Skiing": a theme prints the label
     * and the links with no colon; it is chrome. A sentence opening
     * with the word is not. */
    OK(rd_text_chrome_kind("Categories Featured, Reviews, Skiing", 36) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("Tags harbour, sea wall, council", 31) == RD_TEXT_CHROME_LINE);
    const char *sent = "Tags on the boats were checked by the council, and all were found in order";
    OK(rd_text_chrome_kind(sent, strlen(sent)) == RD_TEXT_CHROME_NONE);
}

TEST(post_navigation_ends_the_text)
{
    /* "Post navigation" heads the previous and the next posts' titles:
     * it cuts what follows, as "Related articles" does. */
    OK(rd_text_chrome_kind("Post navigation", 15) == RD_TEXT_CHROME_CUT);
    const char *s =
        arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh\n\n%s"
                     "Post navigation\n"
                     "Semi-Rad \xe2\x80\x94 \xe2\x80\x9cThe Ferry Runs Again\xe2\x80\x9d\n"
                     "Deep Dive: The Old Lighthouse\n",
                     body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Deep Dive: The Old Lighthouse"));
}

TEST(gallery_under_a_colon_label)
{
    /* A list introduced by a colon is the text's, unless its last
     * entries are a slider's buttons ("Previous", "Next"): then the
     * label and its entries are a gallery's, a filing line under it
     * or not. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s"
                                 "Wall Pictures:\n"
                                 "Full View\nSide View\nTop View\n"
                                 "Previous\nNext\n"
                                 "Categories News, Harbour\n",
                                 body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Wall Pictures:"));
    OK(was_dropped(m, "Side View"));
    /* a list under a colon without the buttons stays */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh\n\n%s"
                     "The wall has three views:\n"
                     "Full View\nSide View\nTop View\n",
                     body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "Side View"));
}

TEST(product_box_title_goes_with_its_box)
{
    /* A shop's box under the text: the product's name glued over its
     * "posted with" credit, the author, the publisher, the sales rank
     * and the shop's link, over other stories. The name goes with the
     * box; a sentence over the box stays. */
    const char *box = "posted with harbourlinks at 19.03.02\n"
                      "Jane Marsh\n"
                      "Harbour Press\n"
                      "Sales rank: 6,808\n\n"
                      "View at Harbour Shop\n\n"
                      "Related articles\n"
                      "The Ferry Runs Again | Harbour Post\n";
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s\n"
                                 "Walls of the North Sea Coast\n%s",
                                 body(4), box);
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Harbour Press"));
    OK(was_dropped(m, "Walls of the North Sea Coast"));
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh\n\n%s\n"
                     "The council thanked everyone who helped.\n%s",
                     body(4), box);
    m = read_meta(s);
    OK(!was_dropped(m, "The council thanked everyone who helped."));
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
    RUN(section_and_date_over_the_headline);
    RUN(wave_dash_line_continues_the_headline);
    RUN(marked_label_of_a_related_box);
    RUN(series_navigator_is_chrome);
    RUN(archive_entry_is_no_date);
    RUN(filing_line_without_its_colon);
    RUN(post_navigation_ends_the_text);
    RUN(gallery_under_a_colon_label);
    RUN(product_box_title_goes_with_its_box);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
