/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (sixteenth set): a reading time with the count of words,
 * share buttons with a comment count between slashes, a post's link
 * with a quotation in guillemets, the comment form's label, a link back
 * to the list of news, a box of picks, teasers closed by "Read the
 * rest", a byline over the title whose date opens with the clock, a date
 * line with the filing and a button, a byline under a long lede, a
 * breadcrumb opened by its separator, a kicker over the headline, the
 * previous and next posts' labels, share targets after "sur", tags over
 * the share buttons, the info box's date and author under the text.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

static rd_text_chrome
kind(const char *s)
{
    return rd_text_chrome_kind(s, strlen(s));
}

/* The last paragraph of body(4), which must stay. */
#define LAST_PARA                                                                                  \
    "A festival is planned for the first weekend of the summer, with a procession of boats and a " \
    "supper on the quay for everyone who carried sandbags during the storm."

/* A lede of some eighty words, too long for a dek. */
#define LONG_LEDE                                                                                  \
    "One of the best known engineers of the coast, Jane Quay, is a happy woman. Put on a list "    \
    "of troublemakers by the old harbour board, she saw the board fall over its accounts. "        \
    "Sentenced to a year of silence for speaking to the fishermen, she now sees the new wall "     \
    "rise where she drew it. Her last report, printed this spring, weaves the stories of two "     \
    "villages on the bay into the long history of the port and its storms."

TEST(reading_time_with_word_count)
{
    /* "21 minutes - 4312 words" under the byline: a counter, no title. */
    OK(kind("21 minutes - 4312 words") == RD_TEXT_CHROME_LINE);
    OK(kind("5 min read \xc2\xb7 1,200 words") == RD_TEXT_CHROME_LINE);
    OK(kind("21 minutes - a walk on the quay") == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n"
                                 "By Jane Marsh - January 10, 2020\n"
                                 "21 minutes - 4312 words\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    STR_EQ(m->date, "2020-01-10");
}

TEST(buttons_and_counter_between_slashes)
{
    OK(kind("SHARE / TWEET / 82 COMMENTS") == RD_TEXT_CHROME_LINE);
    OK(kind("Share / Tweet / 82 boats") == RD_TEXT_CHROME_NONE);
}

TEST(comment_form_and_back_links)
{
    /* A comment form's heading ends the text as "Leave a reply" does. */
    OK(kind("Laisser un commentaire") == RD_TEXT_CHROME_CUT);
    /* A link back to the news list ends it too; "Back to top" stands
     * between sections. */
    OK(kind("Retour vers toutes les actualit\xc3\xa9s") == RD_TEXT_CHROME_CUT);
    OK(kind("Back to all news") == RD_TEXT_CHROME_CUT);
    OK(kind("Back to top") == RD_TEXT_CHROME_LINE);
    /* An essay's heading that happens to open the same way stays, with
     * the text under it. */
    OK(kind("Back to all the old places") == RD_TEXT_CHROME_NONE);
    OK(kind("Back to all stories") == RD_TEXT_CHROME_CUT);
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%s"
                                 "Back to all the old places\n\n" LAST_PARA "\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(!was_dropped(m, "Back to all the old places"));
    OK(!was_dropped(m, LAST_PARA));
    /* The previous post's link, its headline holding a quotation in
     * guillemets; a title in guillemets alone is no link. */
    OK(kind("\xe2\x86\x90 [Exclusif] Le plan du port pour attirer des \xc2\xab stars "
            "internationales \xc2\xbb") == RD_TEXT_CHROME_LINE);
    OK(kind("\xc2\xab Le Grand D\xc3\xa9part \xc2\xbb") == RD_TEXT_CHROME_NONE);
    /* A box of picks: "Harbour Post recommends"; a heading that asks is
     * the text's. */
    OK(kind("Harbour Post recommends") == RD_TEXT_CHROME_CUT);
    OK(kind("Editors recommend") == RD_TEXT_CHROME_CUT);
    OK(kind("Why engineers recommend") == RD_TEXT_CHROME_NONE);
}

TEST(teasers_closed_by_read_the_rest)
{
    /* Under the text, other stories' teasers, each a headline over a
     * paragraph and "READ THE REST": the list goes from its first
     * headline, even when it outweighs the text. */
    const char *t1 = "Lighthouse keepers sing with the harbour choir for the spring fair";
    const char *p1 = "The keepers of the three lighthouses of the bay joined the harbour choir "
                     "on Saturday, and the fair's crowd sang along with them until the ferries "
                     "stopped running late in the evening.";
    const char *s = arena_printf(
        A,
        "Walls That Hold the Sea\nBy Jane Marsh\nApril 6, 2020\n\n%s"
        "SHARE / TWEET / 82 COMMENTS\n"
        "%s\n\n%s\n\nREAD THE REST\n"
        "A ferry's log: a book of the crossings kept by the captains since 1902\n\n"
        "The ferry's captains kept a log of every crossing since 1902, and the museum has now "
        "printed it as a book with the weather, the passengers and the cargo of each day.\n\n"
        "READ THE REST\n"
        "Dynasties of the quay: the families who ran the port for a century\n\n"
        "A new series follows the families who ran the port's warehouses for a century, and "
        "the deals that kept the harbour board in their hands until the storm of last year.\n\n"
        "READ THE REST\n",
        body(4), t1, p1);
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(was_dropped(m, t1));
    OK(was_dropped(m, p1));
    OK(!was_dropped(m, LAST_PARA));
    /* A round-up's items, each closed by "Read the rest", right under
     * its intro with no buttons between: the article's content. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\nBy Jane Marsh\nApril 6, 2020\n\n%s"
                     "%s\n%s\nRead the rest\n\n"
                     "The Ferry Returns\nAfter three months in dry dock the island ferry is back "
                     "in service, with a new engine and a timetable that suits almost everyone.\n"
                     "Read the rest\n\nThat is all for this week.\n",
                     body(1), t1, p1);
    m = read_meta(s);
    OK(!was_dropped(m, t1));
    OK(!was_dropped(m, p1));
    OK(!was_dropped(m, "The Ferry Returns"));
    /* "Read the rest" once, under the text's last paragraph: it stays. */
    s = arena_printf(A, "Walls That Hold the Sea\nBy Jane Marsh\nApril 6, 2020\n\n%s%s\n\n%s\n\n",
                     body(4), t1, p1);
    m = read_meta(s);
    OK(!was_dropped(m, p1));
}

TEST(teasers_inside_the_text_stay_with_what_follows)
{
    /* Teasers closed by "Read more" set between the text's paragraphs,
     * with more of the text under them: no cut, the paragraphs under the
     * box stay. */
    const char *s = arena_printf(
        A,
        "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%s\n"
        "Beavers Are Back in the Valley\n"
        "A family of beavers has built its first dam on the river in four hundred years, the "
        "trust says.\nRead more\n\n"
        "The Mill That Cleaned Up\n"
        "How one factory changed its ways and gave the river a second chance at life.\n"
        "Read more\n\n%s",
        body(2), LAST_PARA "\n");
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(!was_dropped(m, LAST_PARA));
    /* The same list with the page's footer under it (a notice, the
     * rights): the list still ends the article. */
    s = arena_printf(
        A,
        "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%s"
        "Beavers Are Back in the Valley\n\n"
        "A family of beavers has built its first dam on the river in four hundred years, the "
        "trust says.\n\nRead more\n"
        "The Mill That Cleaned Up\n\n"
        "How one factory changed its ways and gave the river a second chance at life.\n\n"
        "Read more\n\n"
        "Read the rules you agree to by using this website in our Terms of Service.\n\n"
        "The harbour times is published under a licence of its own.\n",
        body(4));
    m = read_meta(s);
    OK(!was_dropped(m, LAST_PARA));
    OK(was_dropped(m, "The Mill That Cleaned Up"));
}

TEST(recommend_heading_over_prose_stays)
{
    /* "Experts recommend" over a paragraph of what they advise is the
     * article's heading, not a box of picks: the text under it stays. */
    const char *advice = "They advise parents to keep phones out of the bedroom after nine "
                         "o'clock and to keep bedtimes regular even at weekends.";
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%s"
                                 "Experts recommend\n\n%s\n\n" LAST_PARA "\n",
                                 body(3), advice);
    doc_meta *m = read_meta(s);
    OK(!was_dropped(m, "Experts recommend"));
    OK(!was_dropped(m, advice));
    OK(!was_dropped(m, LAST_PARA));
    /* Over a list of advice the article's prose goes on after, too. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%s"
                     "Doctors recommend\n\n- Drink water before the walk\n- Wear a hat in the sun\n"
                     "- Rest every hour\n\n" LAST_PARA "\n",
                     body(3));
    m = read_meta(s);
    OK(!was_dropped(m, "Doctors recommend"));
    OK(!was_dropped(m, "Rest every hour"));
    OK(!was_dropped(m, LAST_PARA));
    /* Over other stories' titles it is the box that ends the page. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%s"
                     "Editors recommend\n\nFerry crews rehearse the storm drill\n"
                     "A lighthouse keeper retires after forty years\n",
                     body(4));
    m = read_meta(s);
    OK(was_dropped(m, "Ferry crews rehearse the storm drill"));
    OK(!was_dropped(m, LAST_PARA));
}

TEST(byline_over_title_with_clock_first)
{
    /* " / Jane Marsh / 10:08 am Fri Jul 19, 2013" over the headline: the
     * byline and the date, no title. */
    const char *s = arena_printf(A,
                                 " / Jane Marsh / 10:08 am Fri Jul 19, 2013\n"
                                 "Walls that hold the sea - the answer the harbour gave the storm\n"
                                 "Follow Us\nTwitter / Facebook / RSS\n\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls that hold the sea - the answer the harbour gave the storm");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2013-07-19");
}

TEST(section_label_over_slash_date_is_no_author)
{
    /* "Travel Notes / July 19, 2013" under the headline: a section's
     * label and the date, no author. A person's name there is one. */
    const char *s =
        arena_printf(A, "Walls That Hold the Sea\nTravel Notes / July 19, 2013\n\n%s", body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 0);
    /* A place or a paper's name before the slash looks like a name of
     * two words: without a slash opening the line, it is none. */
    const char *const labels[] = {"Coastal Living / July 19, 2013",
                                  "Harbour Gazette / July 19, 2013",
                                  "East Anglia / 10:08 am Fri Jul 19, 2013"};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        s = arena_printf(A, "Walls That Hold the Sea\n%s\n\n%s", labels[i], body(4));
        m = read_meta(s);
        OK(m->n_authors == 0);
    }
    s = arena_printf(A, "Walls That Hold the Sea\n / Jane Marsh / July 19, 2013\n\n%s", body(4));
    m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2013-07-19");
}

TEST(foreign_lead_before_one_word)
{
    /* "Par Avion" after an English date: a column's name, no author;
     * in the lead's own language, a name of two words is one. */
    const char *s =
        arena_printf(A, "Walls That Hold the Sea\nMay 13, 2014 Par Avion\n\n%s", body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 0);
    STR_EQ(m->date, "2014-05-13");
    const char *const named[][2] = {{"13 mai 2014 par Jeanne Marais", "Jeanne Marais"},
                                    {"May 13, 2014 by Avion", "Avion"}};
    for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
        s = arena_printf(A, "Walls That Hold the Sea\n%s\n\n%s", named[i][0], body(4));
        m = read_meta(s);
        OK(m->n_authors == 1);
        if (m->n_authors == 1)
            STR_EQ(m->authors[0], named[i][1]);
        STR_EQ(m->date, "2014-05-13");
    }
    rd_text_byline b;
    OK(!rd_text_byline_parse(A, "Par Avion", 9, NULL, false, &b));
    OK(rd_text_byline_parse(A, "Par Jeanne Marais", 17, NULL, false, &b) && b.n == 1);
}

TEST(button_glued_to_a_led_byline)
{
    /* "By Jane MarshContact Reporter": the lead goes, and the button
     * copied glued to the name; spaced, a label of two words goes too.
     * A name of one word after "and" stays whatever it spells. */
    const char *const lines[][3] = {
        {"By Jane MarshContact Reporter", "Jane Marsh", NULL},
        {"By Jane MarshFollow", "Jane Marsh", NULL},
        {"By Jane Marsh Contact Reporter", "Jane Marsh", NULL},
        {"By Jane Marsh and Tom Email", "Jane Marsh", "Tom Email"},
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        const char *s = arena_printf(A, "Walls That Hold the Sea\n%s\nMay 13, 2014\n\n%s",
                                     lines[i][0], body(4));
        doc_meta *m = read_meta(s);
        OK(m->n_authors == (lines[i][2] ? 2u : 1u));
        if (m->n_authors >= 1)
            STR_EQ(m->authors[0], lines[i][1]);
        if (m->n_authors == 2)
            STR_EQ(m->authors[1], lines[i][2]);
    }
    OK(rd_text_cut_glued_button("Jane MarshEmail", 15) == 10);
    OK(rd_text_cut_glued_button("Jane Marsh Email", 16) == 16);
    OK(rd_text_cut_glued_button("Contact", 7) == 7);
}

TEST(date_after_a_bare_name_and_after_slashes)
{
    /* "Jane Marsh | June 3, 2019": the name's date is the post's; so is
     * a date parted by slashes from the clock and an age. A name's line
     * with an age has no date, and a date over a section's name parted
     * by a slash is no date line. */
    const char *const lines[][3] = {
        {"Jane Marsh | June 3, 2019", "Jane Marsh", "2019-06-03"},
        {"Jane Marsh \xc2\xb7 3 June 2019", "Jane Marsh", "2019-06-03"},
        {"Jane Marsh | 2 hours ago", "Jane Marsh", NULL},
        {"June 3, 2019 / 5:30 AM / Updated 2 hours ago", NULL, "2019-06-03"},
        {"June 3, 2019 / Harbour News", NULL, NULL},
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        const char *s = arena_printf(A, "Walls That Hold the Sea\n%s\n\n%s", lines[i][0], body(4));
        doc_meta *m = read_meta(s);
        OK(m->n_authors == (lines[i][1] ? 1u : 0u));
        if (m->n_authors == 1 && lines[i][1])
            STR_EQ(m->authors[0], lines[i][1]);
        if (lines[i][2])
            STR_EQ(m->date, lines[i][2]);
        else
            OK(m->date == NULL);
    }
}

TEST(button_over_the_headline_labels_nothing)
{
    /* "Sign in" over the headline: a button, not a label like
     * "Published in" whose value is the line under it. */
    const char *const tops[] = {"Sign in", "Log in", "Subscribe now",
                                "Harbour Notes\nSubscribe\nSign in"};
    for (size_t i = 0; i < sizeof tops / sizeof *tops; i++) {
        const char *s = arena_printf(A,
                                     "%s\nWalls That Hold the Sea\nThe town's new sea wall is "
                                     "finished at last\nJane Marsh\nJun 3, 2019\n\n%s",
                                     tops[i], body(4));
        doc_meta *m = read_meta(s);
        STR_EQ(m->title, "Walls That Hold the Sea");
        STR_EQ(m->subtitle, "The town's new sea wall is finished at last");
    }
}

TEST(encyclopedia_title_over_skip_links_and_hatnotes)
{
    /* A page copied from a wiki: the title over the site's tagline and
     * the skip links (all chrome: no menu, the title stays), and the
     * notes on other pages of the same name, which go. */
    OK(kind("For other uses, see Sea wall (disambiguation).") == RD_TEXT_CHROME_LINE);
    OK(kind("\"Seawall\" redirects here. For the film, see Seawall (film).") ==
       RD_TEXT_CHROME_LINE);
    OK(kind("This article is about the defence. For the village, see Sea Wall.") ==
       RD_TEXT_CHROME_LINE);
    OK(kind("This article is about the walls we built, and what they cost us.") ==
       RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Sea wall\nFrom Wikipedia, the free encyclopedia\nJump to "
                                 "navigation\nJump to search\nFor other uses, see Sea wall "
                                 "(disambiguation).\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Sea wall");
    /* a menu of links over the title is still a menu */
    s = arena_printf(A, "Home\nNews\nSport\nWalls That Hold the Sea\nBy Jane Marsh\n\n%s", body(4));
    m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
}

TEST(x_among_share_buttons)
{
    /* "X" between share buttons is one; a roman ten heading its section
     * between paragraphs stays. */
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n3 June 2019\nShare\nFacebook\nX\n"
                                 "LinkedIn\n\n%s",
                                 body(4));
    OK(was_dropped(read_meta(s), "X"));
    s = arena_printf(A, "Walls That Hold the Sea\n3 June 2019\n\n%sX\n\n%s", body(2), body(3));
    OK(!was_dropped(read_meta(s), "X"));
}

TEST(post_actions_with_their_age)
{
    /* A post's action and its age, in one unit or two, and a view count:
     * the page's counters. */
    OK(kind("Asked 15 years, 6 months ago") == RD_TEXT_CHROME_LINE);
    OK(kind("Modified 2 months ago") == RD_TEXT_CHROME_LINE);
    OK(kind("Posted 3 days ago") == RD_TEXT_CHROME_LINE);
    OK(kind("15 years, 6 months ago") == RD_TEXT_CHROME_LINE);
    OK(kind("Viewed 14.2m times") == RD_TEXT_CHROME_LINE);
    /* the advertisement's marks inside the text */
    OK(kind("Story continues below") == RD_TEXT_CHROME_LINE);
    OK(kind("Story continues after advertisement") == RD_TEXT_CHROME_LINE);
    OK(kind("Viewed 3 times in a row by the council") == RD_TEXT_CHROME_NONE);
    OK(kind("15 years, 6 months and a day ago") == RD_TEXT_CHROME_NONE);
    OK(kind("Asked 15 questions, 6 of them twice") == RD_TEXT_CHROME_NONE);
}

TEST(date_with_filing_and_button)
{
    /* The date, the post's categories and a button, parted by bars. */
    const char *s = arena_printf(
        A,
        "Home\nBlog\nNotes\nWork\nResume\n"
        "Walls That Hold the Sea\n"
        "January 13, 2020 at 08:45 AM | categories: Harbours, Storms | View Comments\n\n%s",
        body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    STR_EQ(m->date, "2020-01-13");
}

TEST(byline_under_long_lede)
{
    /* Headline, a lede of eighty words, then "By Jane Marsh, date" glued
     * over a picture's lines (the headline again, an arrow, the credit):
     * the byline is the article's, the picture's lines the page's, and
     * the lede stays the text's. */
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n\n" LONG_LEDE "\n\n"
                                 "By Jane Marsh, April 6, 2020\n"
                                 "Walls That Hold the Sea\n"
                                 "\xe2\x86\x91\n"
                                 "cc harbourpics https://example.org/p/s9X\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2020-04-06");
    OK(!was_dropped(m, LONG_LEDE));
    OK(was_dropped(m, "cc harbourpics https://example.org/p/s9X"));
}

TEST(byline_under_long_lede_keeps_glued_paragraph)
{
    /* The text's first paragraph glued under the byline after a long
     * lede: the byline is read, the paragraph stays. */
    const char *first = "The wall is finished at last. Quay walked its length on Monday "
                        "morning with the mayor.";
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n\n" LONG_LEDE "\n\n"
                                 "By Jane Marsh, April 6, 2020\n%s\n\n%s",
                                 first, body(4));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    STR_EQ(m->date, "2020-04-06");
    OK(!was_dropped(m, first));
    OK(!was_dropped(m, LONG_LEDE));
    /* A link to another story glued there, led by "Read also", is the
     * page's, a sentence though it is. */
    const char *also =
        "Read also Jane Doe, \xc2\xab The old wall \xc2\xbb, Harbour Post, June 2018.";
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\n" LONG_LEDE "\n\n"
                     "By Jane Marsh, April 6, 2020\nWalls That Hold the Sea\n%s\n\n%s",
                     also, body(4));
    m = read_meta(s);
    OK(m->n_authors == 1);
    OK(was_dropped(m, also));
    /* A recipe's lines glued under it are the text's. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\n" LONG_LEDE "\n\n"
                     "By Jane Marsh\nServes 4\nThe First Stones\n\n%s",
                     body(4));
    m = read_meta(s);
    OK(m->n_authors == 1);
    OK(!was_dropped(m, "Serves 4"));
    OK(!was_dropped(m, "The First Stones"));
    /* "By" opening a section's heading names nobody: no author, and the
     * lines under it stay. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\n" LONG_LEDE "\n\n"
                     "By Popular Demand\nTwo hours from the city\n\n%s",
                     body(4));
    m = read_meta(s);
    OK(m->n_authors == 0);
    OK(!was_dropped(m, "Two hours from the city"));
    s = arena_printf(A, "Walls That Hold the Sea\n\n" LONG_LEDE "\n\nBy Land and Sea\n\n%s",
                     body(4));
    m = read_meta(s);
    OK(m->n_authors == 0);
    /* A book's credit under a review's lede names the book's author. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\n" LONG_LEDE "\n\n"
                     "By Tom Lee\nHarbour Press\n320 pages\n\n%s",
                     body(4));
    m = read_meta(s);
    OK(m->n_authors == 0);
    OK(!was_dropped(m, "Harbour Press"));
}

TEST(kicker_and_crumb_opened_by_separator)
{
    /* A trail opened by its separator (the home link an icon), a quote's
     * marker alone over it; a kicker over the headline, which the page
     * prints again under the byline: the headline is the title. */
    OK(rd_text_is_breadcrumb("> Les blogs du \xc2\xab Port \xc2\xbb > Plan\xc3\xa8te Mer", 40));
    /* A quoted line of verse with a slash is no trail. */
    OK(!rd_text_is_breadcrumb("> Nothing gold can stay / Her hardest hue", 41));
    const char *s = arena_printf(A,
                                 "Accueil\nArchives\nBlogs\n\xc3\x80 propos\n>\n"
                                 "> Les blogs du \xc2\xab Port \xc2\xbb > Plan\xc3\xa8te Mer\n"
                                 "i\n27\n\n"
                                 "Construction pour la digue du nord\n\n"
                                 "Walls That Hold the Sea\n\n" LONG_LEDE "\n\n"
                                 "By Jane Marsh, April 6, 2020\n"
                                 "Walls That Hold the Sea\n"
                                 "\xe2\x86\x91\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    /* The kicker alone over the headline, no trail. */
    s = arena_printf(A,
                     "Construction pour la digue du nord\n\n"
                     "Walls That Hold the Sea\n\n" LONG_LEDE "\n\n"
                     "By Jane Marsh, April 6, 2020\n"
                     "Walls That Hold the Sea\n\n%s",
                     body(4));
    m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    /* A dek printed once is no headline: the title stays. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\n"
                     "The answer the harbour gave the storms of the bay\n\n"
                     "April 6, 2020\n\n%s",
                     body(4));
    m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    STR_EQ(m->subtitle, "The answer the harbour gave the storms of the bay");
    /* A dek met again as a heading of the text, past its paragraphs, is
     * no kicker either. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n"
                     "A town divided over the cost of the future\n"
                     "By Jane Marsh | May 3, 2020\n\n%s"
                     "A town divided over the cost of the future\n\n%s",
                     body(3), body(2));
    m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
}

TEST(quoted_verse_with_slash_stays_a_quote)
{
    /* A lone quoted line, two parts of verse between a slash: a quote,
     * not a breadcrumb opened by its separator. */
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n\n%s"
                                 "> Nothing gold can stay / Her hardest hue\n\n%s",
                                 body(2), body(3));
    doc_node *art = read_article(s);
    OK(art != NULL);
    size_t quotes = 0;
    for (doc_node *c = art ? art->first_child : NULL; c; c = c->next)
        quotes += c->type == DOC_QUOTE;
    OK(quotes == 1);
}

TEST(post_links_comment_form_and_share_targets)
{
    /* Under the text: tags glued over the share label, the targets after
     * "sur", the previous and next posts' labels, the blog's box, the
     * comment form and the comments. All the page's. */
    OK(kind("sur Facebook sur Twitter sur Zinc") == RD_TEXT_CHROME_LINE);
    OK(kind("sur la digue sur le quai") == RD_TEXT_CHROME_NONE);
    OK(kind("\xc3\x89"
            "crire un commentaire") == RD_TEXT_CHROME_END);
    OK(kind("Partager cet article /") == RD_TEXT_CHROME_LINE);
    OK(kind("Article pr\xc3\xa9"
            "c\xc3\xa9"
            "dent") == RD_TEXT_CHROME_CUT);
    const char *blog = "Hier \xc3\xa0 peine consid\xc3\xa9r\xc3\xa9"
                       "e, la mer devient l'une "
                       "des clefs du monde contemporain, et ce blog en suit les ports, les "
                       "digues et les marins.";
    const char *comment = "La digue du nord n'est pas un mod\xc3\xa8le, les marins le disent "
                          "depuis longtemps et le conseil du port le sait tr\xc3\xa8s bien, "
                          "mais il n'en parle jamais dans ses rapports annuels ni ailleurs.";
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\nBy Jane Marsh\nApril 6, 2020\n\n%s"
                                 "Asie Digues Litt\xc3\xa9rature Cor\xc3\xa9"
                                 "e du Sud\n"
                                 "Partager cet article /\n"
                                 "sur Facebook sur Twitter sur Zinc\n"
                                 "\xe2\x86\x90\nArticle pr\xc3\xa9"
                                 "c\xc3\xa9"
                                 "dent\n"
                                 "\xc2\xab La digue du nord se renvoie la mer \xc2\xbb\n"
                                 "\xe2\x86\x92\nArticle suivant\n"
                                 "\xc2\xab Bienvenue au port \xc2\xbb\n"
                                 "Plan\xc3\xa8te Mer\n\n%s\n\n"
                                 "Un blog anim\xc3\xa9 par Jeanne Marais.\n"
                                 "\xc3\x89"
                                 "crire un commentaire\n\n\n\n"
                                 "3 commentaires\n(22 juin 2018 @11h13) \n:\n\n%s\n\n%s\n\n%s\n",
                                 body(4), blog, comment, comment, comment);
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(!was_dropped(m, LAST_PARA));
    OK(was_dropped(m, blog));
    OK(was_dropped(m, "Asie Digues Litt\xc3\xa9rature Cor\xc3\xa9"
                      "e du Sud"));
    OK(was_dropped(m, "sur Facebook sur Twitter sur Zinc"));
    OK(was_dropped(m, comment));
}

TEST(prose_and_headings_like_buttons_stay)
{
    /* The last line of the text, its stop left off, over "Print": the
     * text's, not a trail of tags. */
    const char *last = "The vote is on June 12 at the town hall";
    const char *s =
        arena_printf(A, "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%s%s\nPrint\n", body(4), last);
    doc_meta *m = read_meta(s);
    OK(!was_dropped(m, last));
    OK(was_dropped(m, "Print"));
    /* "Drucken" heading a how-to's step; "Weiterempfehlen Drucken" is a
     * row of buttons. */
    OK(kind("Drucken") == RD_TEXT_CHROME_NONE);
    OK(kind("Weiterempfehlen Drucken") == RD_TEXT_CHROME_LINE);
    /* "Add a comment" heading a tutorial's section, prose around it. */
    s = arena_printf(A, "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%sAdd a comment\n\n%s",
                     body(2), body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "Add a comment"));
    OK(!was_dropped(m, LAST_PARA));
    /* Glued under the blog's notice, over the moderation rules: the
     * form's, which ends the text. */
    const char *rules = "Comments are moderated before they appear, and the editors keep the "
                        "right to refuse any that break the rules of this blog.";
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\nBy Jane Marsh\n\n%s"
                     "The opinions in this blog are its authors' own.\nAdd a comment\n\n\n\n%s\n",
                     body(4), rules);
    m = read_meta(s);
    OK(was_dropped(m, rules));
}

TEST(info_box_date_and_author_under_the_text)
{
    /* No byline or date over the text; under it, past a box of picks,
     * the article's info box: "Date 10.06.2013" glued over "Author Jane
     * Marsh". A date alone there is another story's. */
    const char *s = arena_printf(A,
                                 "Culture\nWalls That Hold the Sea\n\n%s"
                                 "Harbour Post recommends\n"
                                 "Ferry crews rehearse the storm drill\n\n"
                                 "The ferry crews of the bay rehearsed the storm drill on Sunday, "
                                 "with the coast guard watching from the quay. (30.05.2013)\n\n"
                                 "Date 10.06.2013\n"
                                 "Author Jane Marsh\n"
                                 "Keywords harbour, wall, storm\n",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2013-06-10");
    s = arena_printf(A,
                     "Culture\nWalls That Hold the Sea\n\n%s"
                     "Harbour Post recommends\n"
                     "Ferry crews rehearse the storm drill\n\n"
                     "Date 10.06.2013\n"
                     "Keywords harbour, wall, storm\n",
                     body(4));
    m = read_meta(s);
    OK(m->date == NULL);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(reading_time_with_word_count);
    RUN(buttons_and_counter_between_slashes);
    RUN(comment_form_and_back_links);
    RUN(teasers_closed_by_read_the_rest);
    RUN(teasers_inside_the_text_stay_with_what_follows);
    RUN(recommend_heading_over_prose_stays);
    RUN(byline_over_title_with_clock_first);
    RUN(section_label_over_slash_date_is_no_author);
    RUN(foreign_lead_before_one_word);
    RUN(button_glued_to_a_led_byline);
    RUN(date_after_a_bare_name_and_after_slashes);
    RUN(button_over_the_headline_labels_nothing);
    RUN(encyclopedia_title_over_skip_links_and_hatnotes);
    RUN(x_among_share_buttons);
    RUN(post_actions_with_their_age);
    RUN(date_with_filing_and_button);
    RUN(byline_under_long_lede);
    RUN(byline_under_long_lede_keeps_glued_paragraph);
    RUN(kicker_and_crumb_opened_by_separator);
    RUN(quoted_verse_with_slash_stays_a_quote);
    RUN(post_links_comment_form_and_share_targets);
    RUN(prose_and_headings_like_buttons_stay);
    RUN(info_box_date_and_author_under_the_text);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
