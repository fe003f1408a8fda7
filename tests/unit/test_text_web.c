/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all: the article's title, byline and date among the site's
 * chrome. Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

static arena *A;
static diag_list D;

static doc_meta *
read_meta(const char *s)
{
    reader_options o = {"text", -1, NULL, NULL, 0, 0};
    doc_node *art = NULL;
    diag_cleanup(&D);
    diag_init(&D, A);
    OK(reader_read_bytes(A, &D, "t.txt", s, strlen(s), &o, &art) == 0);
    OK(art != NULL);
    return art ? art->as.article.meta : NULL;
}

/* A site menu of n short entries. */
static const char *
menu(int n)
{
    static const char *const entries[] = {"Home",    "World",  "Business", "Markets", "Science",
                                          "Culture", "Travel", "Sport",    "Weather", "Podcasts",
                                          "Video",   "Audio",  "Archive",  "Events",  "Shop"};
    const char *s = "";
    for (int i = 0; i < n; i++)
        s = arena_printf(A, "%s%s\n", s, entries[i % 15]);
    return s;
}

/* Prose for the body: k paragraphs. */
static const char *
body(int k)
{
    static const char *const paras[] = {
        "The harbour wall was finished in the spring, two years after the storm that broke the "
        "old one, and the boats came back within a week of the last stone being set.\n\n",
        "Fishing families who had moored in the next bay for two winters said the walk home had "
        "been the hardest part, and that the new wall looked lower than the old one did.\n\n",
        "Engineers said the height was the same, but the stones were paler and the eye read "
        "them as smaller; the council has promised a plaque that gives the real figures.\n\n",
        "A festival is planned for the first weekend of the summer, with a procession of boats "
        "and a supper on the quay for everyone who carried sandbags during the storm.\n\n"};
    const char *s = "";
    for (int i = 0; i < k; i++)
        s = arena_printf(A, "%s%s", s, paras[i % 4]);
    return s;
}

TEST(breadcrumb_ending_with_the_title)
{
    /* An arrow trail may end with the page's title, longer than an entry. */
    const char *crumb = "Home > Coast > 2024 > The Harbour Wall Is Finished at Last";
    OK(rd_text_is_breadcrumb(crumb, strlen(crumb)));
    crumb = "Home \xe2\x80\xba Coast \xe2\x80\xba Is the New Harbour Wall Lower, or Paler?";
    OK(rd_text_is_breadcrumb(crumb, strlen(crumb)));
    /* Not with bars or dots (a menu on one line, or a title and its site),
     * and not a sentence. */
    crumb = "Home | Coast | The Harbour Wall Is Finished at Last";
    OK(!rd_text_is_breadcrumb(crumb, strlen(crumb)));
    crumb = "Home > Coast > The wall is finished. Boats came back";
    OK(!rd_text_is_breadcrumb(crumb, strlen(crumb)));
    crumb = "Home > Coast > The wall is finished.";
    OK(!rd_text_is_breadcrumb(crumb, strlen(crumb)));
    /* Over the article, it is the page's; the title printed again below
     * it is the article's. */
    const char *s = arena_printf(A,
                                 "%sHome > Coast > 2024 > The Harbour Wall Is Finished at Last\n\n"
                                 "12.04.2024 09:30\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "The boats are back.\n\n%s",
                                 menu(14), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2024-04-12");
}

TEST(related_box_between_header_and_text)
{
    /* A box of other stories sits between the header and the text: its
     * headlines are no title and its bylines name no author. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n"
                                 "By Mara Quill\n"
                                 "12 April 2024\n"
                                 "Share\n"
                                 "Related articles\n"
                                 "Report\n"
                                 "Storm Season Starts Early on the North Coast\n"
                                 "By Tomas Weld\n"
                                 "Ferry Timetables Change for the Summer Months\n"
                                 "By Ines Varo\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
    STR_EQ(m->date, "2024-04-12");
    bool dropped = false;
    for (size_t i = 0; i < m->n_dropped; i++)
        dropped |= !strcmp(m->dropped[i], "Ferry Timetables Change for the Summer Months");
    OK(dropped);
    /* The dek over the box stays the header's: the page's region starts
     * above the title, not under the dek. */
    s = arena_printf(A,
                     "%sThe Harbour Wall Is Finished at Last\n"
                     "12 April 2024\n"
                     "Share\nPrint\nSave\nListen\nEmail\n"
                     "The council promised the wall would be ready by spring, and for once "
                     "the promise was kept.\n"
                     "Related articles\n"
                     "Report\n"
                     "Storm Season Starts Early on the North Coast\n"
                     "By Tomas Weld\n"
                     "Interview\n"
                     "Ferry Timetables Change for the Summer Months\n"
                     "By Ines Varo\n\n%s",
                     menu(30), body(4));
    m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2024-04-12");
    INT_EQ(m->n_authors, 0);
    /* A "Comments" button in the header opens no box. */
    s = arena_printf(A,
                     "%sThe Harbour Wall Is Finished at Last\n"
                     "Comments\n"
                     "Save for Later\n"
                     "The Harbour Wall Is Finished at Last\n"
                     "By Mara Quill\n"
                     "12 April 2024\n\n%s",
                     menu(30), body(4));
    m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->date, "2024-04-12");
}

TEST(teasers_in_the_menu_are_no_text)
{
    /* Other stories' headlines (an author's name glued on) among menu
     * entries over the article: the header reading keeps its title and
     * byline rather than giving up to keep them. */
    const char *s = arena_printf(A,
                                 "%sCoast\n"
                                 "Ferries\n"
                                 "Storm season starts early on the north coast this year Tomas Weld\n"
                                 "Harbours\n"
                                 "Lighthouses\n"
                                 "Ferry timetables change for the summer months again Ines Varo\n"
                                 "Weather\n"
                                 "Tides\n"
                                 "Maps\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Mara Quill\n"
                                 "12 April 2024\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
    bool dropped = false;
    for (size_t i = 0; i < m->n_dropped; i++)
        dropped |= !strncmp(m->dropped[i], "Ferry timetables", 16);
    OK(dropped);
}

TEST(headlines_between_byline_and_text)
{
    /* A video's headline and its player's notice stand between the byline
     * and the text: the title is over the byline, not among them. */
    const char *s = arena_printf(A,
                                 "%sCoastal Towns\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "by Mara Quill @maraquill April 12, 2024: 9:30 AM ET\n"
                                 "The lighthouse keeper who stayed through the storm\n"
                                 "Your video will play in 00:15\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
    /* Over a date alone, the line between it and the text is the title. */
    s = arena_printf(A,
                     "Coast Notes\n\n"
                     "Tuesday, April 12, 2024\n"
                     "The Harbour Wall Is Finished at Last\n%s",
                     body(4));
    m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2024-04-12");
}

TEST(bare_name_with_its_age)
{
    /* "Name \xe2\x80\xa2 8h" and "Name 1 day ago" are the author; a source's
     * name over them is not. */
    const char *s = arena_printf(A,
                                 "%sCoast\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 " Mara Quill \xe2\x80\xa2 8h\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
    s = arena_printf(A,
                     "%sThe Harbour Wall Is Finished at Last\n"
                     "Coast Weekly\n"
                     "Mara Quill 1 day ago\n"
                     "Share\nTweet\nEmail\n"
                     "Ferry timetables change for the summer months\n\n%s",
                     menu(30), body(4));
    m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
}

TEST(day_glued_to_reading_time)
{
    /* "Mar 1711 min read" is "Mar 17" glued to "11 min read", not March
     * of the year 1711: no date, and the line is the header's. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n"
                                 "Mara Quill\n"
                                 "Mar 1711 min read\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(m->date == NULL);
}

TEST(dateline_city_is_no_author)
{
    /* A city over the text ("Santa Rosa", as a dateline) is no bare
     * author name; a person's name there is. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n"
                                 "12.mar.2021 at 10h15\n"
                                 "Santa Rosa\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 0);
    s = arena_printf(A,
                     "%sThe Harbour Wall Is Finished at Last\n"
                     "12.mar.2021 at 10h15\n"
                     "Mara Quill\n\n%s",
                     menu(30), body(4));
    m = read_meta(s);
    INT_EQ(m->n_authors, 1);
}

TEST(player_controls_in_the_body_are_dropped)
{
    /* A video player copied between paragraphs: two dozen short controls
     * and settings in a row are no text; a short run of names stays. */
    static const char *const controls[] = {"Play", "Mute", "/", "Pause", "Volume", "Speed",
                                           "Quality", "Settings", "Loop", "Fullscreen", "Close",
                                           "Tint", "Red", "Amber", "Lime", "Teal", "Navy",
                                           "Plum", "Rose", "Sand", "Slate", "Faded", "Solid",
                                           "Clear", "Done"};
    const char *player = "";
    for (size_t i = 0; i < sizeof controls / sizeof *controls; i++)
        player = arena_printf(A, "%s%s\n", player, controls[i]);
    const char *after =
        "The quay was painted white for the occasion, and the old lamp posts were taken down "
        "and cleaned before they went back up along the new wall.\n\n"
        "Children from the school made flags for every boat, and the baker promised to keep "
        "the shop open late on the night of the supper.\n\n"
        "Nobody has yet decided who will speak first, though the oldest fisherman in the bay "
        "has said that he would rather not.\n\n"
        "The council will publish the programme a month before the festival, on the board "
        "outside the harbour office and in the library.\n";
    const char *s = arena_printf(A, "%sThe Harbour Wall Is Finished at Last\n\n%s%s\n%s", menu(30),
                                 body(2), player, after);
    doc_meta *m = read_meta(s);
    bool mute = false, done = false;
    for (size_t i = 0; i < m->n_dropped; i++) {
        mute = mute || !strcmp(m->dropped[i], "Mute");
        done = done || !strcmp(m->dropped[i], "Done");
    }
    OK(mute && done);
    s = arena_printf(A, "%sThe Harbour Wall Is Finished at Last\n\n%sMara Quill\nJoe Park\nAna Lima\n\n%s",
                     menu(30), body(2), after);
    m = read_meta(s);
    for (size_t i = 0; i < m->n_dropped; i++)
        OK(strcmp(m->dropped[i], "Joe Park") != 0);
}

TEST(share_button_with_its_count)
{
    /* "teilen17" and "Tweet 0": a share button with its count, glued on
     * or after a space, is chrome like the bare button. */
    const char *s = arena_printf(
        A,
        "%sThe Harbour Wall Is Finished at Last\n\n%steilen17\nTweet 0\n\n"
        "The quay was painted white for the occasion, and the old lamp posts were taken down "
        "and cleaned before they went back up along the new wall.\n\n"
        "Children from the school made flags for every boat, and the baker promised to keep "
        "the shop open late on the night of the supper.\n",
        menu(30), body(4));
    doc_meta *m = read_meta(s);
    bool teilen = false, tweet = false;
    for (size_t i = 0; i < m->n_dropped; i++) {
        teilen = teilen || !strcmp(m->dropped[i], "teilen17");
        tweet = tweet || !strcmp(m->dropped[i], "Tweet 0");
    }
    OK(teilen && tweet);
}

TEST(section_label_over_the_title)
{
    /* A section's name of a word or three over the headline is no title,
     * and the headline no dek. */
    const char *s = arena_printf(A,
                                 "%sLog In\n\n"
                                 "Coast & Sea\n"
                                 "Advertisement\n"
                                 "The Harbour Wall Is Finished at Last After Two Winters\n"
                                 "12 April 2024\n"
                                 "41 comments\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last After Two Winters");
    STR_EQ(m->date, "2024-04-12");
    /* A short title at the top of an article, over a dek with no full
     * stop, is the title. */
    m = read_meta("Borrowing a Ladder\n\n"
                  "How a shed of donated tools became the street's memory\n\n"
                  "By Mara Quill\n\n"
                  "June 14, 2025\n\n"
                  "Nobody on the street owns a long ladder, and nobody needs to, since "
                  "there is one in the shed behind the hall.\n\n"
                  "The shed began with a spreadsheet and a retired carpenter who gave "
                  "his tools away when he moved.\n");
    STR_EQ(m->title, "Borrowing a Ladder");
}

TEST(caption_with_credit_in_brackets)
{
    const char *c = "A lighthouse keeper on the quay (Credit: AP/Jan Holm)";
    INT_EQ(rd_text_chrome_kind(c, strlen(c)), RD_TEXT_CHROME_LINE);
    c = "The wall (credit where due) stands.";
    INT_EQ(rd_text_chrome_kind(c, strlen(c)), RD_TEXT_CHROME_NONE);
}

TEST(site_name_glued_to_the_date)
{
    /* "Coast WeeklyApril 12, 2024": the copy lost the space between the
     * site's name and the date. */
    const char *d = "Coast WeeklyApril 12, 2024";
    rd_text_date dt;
    bool found = rd_text_date_find(d, strlen(d), NULL, &dt);
    OK(found);
    if (found)
        STR_EQ(rd_text_date_format(A, &dt), "2024-04-12");
    /* Under the title and the author, with share buttons and a short
     * caption before the text. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n"
                                 "Mara Quill\n"
                                 "Coast Editor\n"
                                 "Coast WeeklyApril 12, 2024\n"
                                 "Reblog\nShare\nTweet\nPin it\n"
                                 "The new wall.\n"
                                 "More\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2024-04-12");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
}

TEST(column_name_under_the_headline)
{
    /* A column's name under the headline labels it; the headline is the
     * title. */
    const char *s = arena_printf(A,
                                 "%sSupported by\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "Analysis\n\n"
                                 "By MARA QUILL APRIL 12, 2024\n\n"
                                 "Share\nTweet\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    /* The last entries of a table of contents are no headline and its
     * label. */
    s = arena_printf(A,
                     "Contents\n"
                     "Building the wall\n"
                     "Example 1: The first stones\n"
                     "Example 2: Moving the cranes in winter\n"
                     "Epilogue\n\n%s",
                     body(4));
    m = read_meta(s);
    OK(m->title == NULL || strcmp(m->title, "Example 2: Moving the cranes in winter") != 0);
}

TEST(credit_under_the_first_paragraph)
{
    /* The header names its author over the text; a bare name under the
     * first paragraph is a picture's credit, and the paragraph is the
     * text's first, not a dek. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n\n"
                                 "The boats are back, two winters after the storm.\n\n"
                                 "posted on April 12, 2024, at 9:30 a.m.\n"
                                 "Mara Quill\n"
                                 "Coast Reporter\n"
                                 "Share\n"
                                 "The wall was finished in the spring, two years after the storm "
                                 "that broke the old one, and the boats came back within a week.\n\n"
                                 "View this image \xe2\x80\xba\n\n"
                                 "Jan Holm\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
    /* With only a date over it, the name under the dek is the author. */
    s = arena_printf(A,
                     "%sThe Harbour Wall Is Finished at Last\n"
                     "Published on: April 12, 2024\n"
                     "5 min read\n"
                     "The Harbour Wall Is Finished at Last\n\n"
                     "The council promised the wall would be ready by spring, and for once "
                     "the promise was kept, two winters after the storm.\n\n"
                     "Mara Quill\n"
                     "harbourswallsstorms\n\n%s",
                     menu(30), body(4));
    m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
}

TEST(end_box_with_its_count)
{
    /* "View comments (27)" opens the comments as "View comments" does;
     * a count with a word is a counter between articles. */
    const char *c = "View comments (27)";
    INT_EQ(rd_text_chrome_kind(c, strlen(c)), RD_TEXT_CHROME_CUT);
    c = "Related articles (4)";
    INT_EQ(rd_text_chrome_kind(c, strlen(c)), RD_TEXT_CHROME_CUT);
    c = "Comments (5 posted)";
    OK(rd_text_chrome_kind(c, strlen(c)) != RD_TEXT_CHROME_CUT);
    c = "Harbour walls (2024)";
    INT_EQ(rd_text_chrome_kind(c, strlen(c)), RD_TEXT_CHROME_NONE);
}

TEST(button_under_the_author)
{
    /* A short button under the author's name is no title: the title
     * stands over the dek and the name. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n"
                                 "The council kept its promise, and the boats came back within a "
                                 "week of the last stone.\n"
                                 "Mara Quill\n"
                                 "Share\n"
                                 "0\n"
                                 "All Share Options\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mara Quill");
}

TEST(comments_header_ends_the_article)
{
    const char *c = "There are 12 comments";
    INT_EQ(rd_text_chrome_kind(c, strlen(c)), RD_TEXT_CHROME_END);
    c = "3 Responses to \"The Harbour Wall\"";
    INT_EQ(rd_text_chrome_kind(c, strlen(c)), RD_TEXT_CHROME_END);
    c = "There are 12 boats";
    INT_EQ(rd_text_chrome_kind(c, strlen(c)), RD_TEXT_CHROME_NONE);
    /* A box of related stories, then the comments, longer than the
     * article: both go, though the box is not in the last half. */
    const char *comments = "";
    for (int i = 0; i < 12; i++)
        comments = arena_printf(A,
                                "%sReader %d \xc2\xb7 April 13, 2024 at 9:%02d AM\n"
                                "I walked along the new wall on Sunday and it looks just as high "
                                "as the old one to me, whatever the eye says about paler stones.\n\n",
                                comments, i, i);
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n\n%s"
                                 "Share this:\nTwitter\nFacebook\n"
                                 "Related\n"
                                 "Storm Season Starts Early on the North Coast\n\n"
                                 "The first gales came in September this year, three weeks before "
                                 "the boats were due to be hauled out for the winter.\n\n"
                                 "There are 12 comments\n\n%s",
                                 body(4), comments);
    reader_options o = {"text", -1, NULL, NULL, 0, 0};
    doc_node *art = NULL;
    diag_cleanup(&D);
    diag_init(&D, A);
    OK(reader_read_bytes(A, &D, "t.txt", s, strlen(s), &o, &art) == 0);
    size_t paras = 0;
    for (doc_node *n = art ? art->first_child : NULL; n; n = n->next)
        paras += n->type == DOC_PARA;
    INT_EQ(paras, 4);
}

TEST(byline_glued_to_date_and_count)
{
    /* "by Mara Quill14 Mar 2019212": the byline, the date and a comment
     * count run together by the copy. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n\n"
                                 "by Mara Quill14 Mar 2019212\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Mara Quill");
    STR_EQ(m->date, "2019-03-14");
}

TEST(player_labels_go_with_its_controls)
{
    /* The labels and states a player prints between its controls
     * ("Elapsed 0:00", "captions off, selected", "This is a dialog.")
     * break the run of bare controls; next to a long run they are the
     * player's too. The paragraphs around it stay. */
    static const char *const controls[] = {"Play", "Mute", "Pause", "Volume", "Speed",
                                           "Quality", "Settings", "Loop", "Fullscreen", "Close",
                                           "Tint", "Red", "Amber", "Lime", "Teal", "Navy",
                                           "Plum", "Rose", "Sand", "Slate", "Faded", "Solid",
                                           "Clear", "Done"};
    const char *player = "Start Clip\nElapsed 0:00\nBuffered: 10%\nsubtitles off, selected\n\n"
                         "This is a dialog.\n\n";
    for (size_t i = 0; i < sizeof controls / sizeof *controls; i++)
        player = arena_printf(A, "%s%s\n", player, controls[i]);
    player = arena_printf(A, "%sLength 2:15\nsize large, selected\n", player);
    const char *after =
        "The quay was painted white for the occasion, and the old lamp posts were taken down "
        "and cleaned before they went back up along the new wall.\n\n"
        "Children from the school made flags for every boat, and the baker promised to keep "
        "the shop open late on the night of the supper.\n\n"
        "Nobody has yet decided who will speak first, though the oldest fisherman in the bay "
        "has said that he would rather not, and the mayor has a cold that may last the week.\n\n"
        "The lifeboat crew will lead the procession in the new boat, which arrived in the "
        "autumn and has only been out twice, both times for a swimmer who had misjudged the "
        "tide off the point.\n\n"
        "Stalls will line the road from the church to the slipway, and the brass band from the "
        "town has agreed to play, weather permitting, from the bandstand that was mended in "
        "the summer.\n\n"
        "The organisers have asked for volunteers to carry tables down to the quay on the "
        "morning of the supper, and to carry them back up again once the last guest has gone "
        "home.\n\n"
        "Anyone who kept a sandbag from the night of the storm is invited to bring it along, "
        "so that the bags can be stacked into a small wall of their own at the end of the "
        "quay.\n";
    const char *s = arena_printf(A, "%sThe Harbour Wall Is Finished at Last\n\n%s%s\n%s", menu(30),
                                 body(4), player, after);
    doc_meta *m = read_meta(s);
    static const char *const labels[] = {"Start Clip", "Elapsed 0:00", "Buffered: 10%",
                                         "subtitles off, selected", "This is a dialog.",
                                         "Length 2:15", "size large, selected"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        bool dropped = false;
        for (size_t i = 0; i < m->n_dropped; i++)
            dropped = dropped || !strcmp(m->dropped[i], labels[k]);
        if (!dropped)
            OK(!"a player's label was kept");
    }
    for (size_t i = 0; i < m->n_dropped; i++)
        OK(strncmp(m->dropped[i], "The harbour wall", 16) != 0 &&
           strncmp(m->dropped[i], "Fishing families", 16) != 0);
}

/* True when `line` was dropped as chrome. */
static bool
was_dropped(const doc_meta *m, const char *line)
{
    for (size_t i = 0; i < m->n_dropped; i++)
        if (!strcmp(m->dropped[i], line))
            return true;
    return false;
}

TEST(gallery_slides_are_dropped)
{
    /* A gallery copied between paragraphs: each slide opens with its
     * counter ("2/6 Headline") over a caption and a credit; the slides,
     * the last one too, and the gallery's name glued over the first go.
     * The paragraph after it stays. */
    const char *gallery = "Harbours in pictures\n6 show all\n";
    for (int k = 1; k <= 6; k++)
        gallery = arena_printf(A,
                               "%s%d/6 Boats number %d come home\n\n"
                               "The crew of boat %d tie up at the quay after a night out, with "
                               "the catch in crates on the deck and the gulls behind them.\n\n"
                               "Agency\n\n",
                               gallery, k, k, k);
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n\n%s%s"
                                 "The mayor will open the festival with a short speech, the "
                                 "shortest in the history of the town if the weather is bad.\n",
                                 menu(30), body(4), gallery);
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Harbours in pictures"));
    OK(was_dropped(m, "6 show all"));
    OK(was_dropped(m, "1/6 Boats number 1 come home"));
    OK(was_dropped(m, "6/6 Boats number 6 come home"));
    OK(was_dropped(m, "The crew of boat 6 tie up at the quay after a night out, with the catch in "
                      "crates on the deck and the gulls behind them."));
    OK(!was_dropped(m, "The mayor will open the festival with a short speech, the shortest in "
                       "the history of the town if the weather is bad."));
    /* A counter alone is the gallery's button, wherever it stands. */
    OK(rd_text_chrome_kind("1 of 24", 7) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("1 / 5", 5) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("3/4 cup", 7) == RD_TEXT_CHROME_NONE);
}

TEST(chart_labels_among_its_figures)
{
    /* A chart copied between paragraphs: its axis figures and values,
     * one a line, with a label or two among them ("Catch, in tonnes",
     * "Catch of the fleet each year"), are one widget; a line of unspaced script beside it
     * is a sentence, not a label. */
    const char *chart = "\xe6\xb8\xaf\xe3\x81\xae\xe5\xa3\x81\xe3\x81\xaf\xe6\x98\xa5\xe3\x81\xab"
                        "\xe5\xae\x8c\xe6\x88\x90\xe3\x81\x97\xe3\x80\x81\xe8\x88\xb9\xe3\x81\x8c"
                        "\xe6\x88\xbb\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x8d\xe3\x81\x9f\n\n"
                        "Catch, in tonnes\n\n";
    /* The sentence three times over: a long line of three "words". */
    const char *jp = arena_strndup(A, chart, strcspn(chart, "\n"));
    chart = arena_printf(A, "%s %s %s\n\n%s", jp, jp, jp, strchr(chart, '\n') + 2);
    for (int y = 10; y < 24; y++)
        chart = arena_printf(A, "%s\xe2\x80\x99%d\n\n", chart, y);
    chart = arena_printf(A, "%s$400\n\nCatch of the fleet each year\n\n", chart);
    for (int y = 10; y < 24; y++)
        chart = arena_printf(A, "%s%d\n\n", chart, y * 25);
    const char *after =
        "The lifeboat crew will lead the procession in the new boat, which arrived in the "
        "autumn and has only been out twice, both times for a swimmer who had misjudged the "
        "tide off the point.\n\n"
        "Stalls will line the road from the church to the slipway, and the brass band from the "
        "town has agreed to play, weather permitting, from the bandstand that was mended in "
        "the summer.\n\n"
        "The organisers have asked for volunteers to carry tables down to the quay on the "
        "morning of the supper, and to carry them back up again once the last guest has gone "
        "home.\n\n"
        "Anyone who kept a sandbag from the night of the storm is invited to bring it along, "
        "so that the bags can be stacked into a small wall of their own at the end of the "
        "quay.\n\n"
        "The quay was painted white for the occasion, and the old lamp posts were taken down "
        "and cleaned before they went back up along the new wall.\n";
    const char *s = arena_printf(A, "%sThe Harbour Wall Is Finished at Last\n\n%s%s%s", menu(30),
                                 body(4), chart, after);
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Catch, in tonnes"));
    OK(was_dropped(m, "Catch of the fleet each year"));
    OK(was_dropped(m, "\xe2\x80\x99" "10"));
    OK(was_dropped(m, "575"));
    for (size_t i = 0; i < m->n_dropped; i++)
        OK(strncmp(m->dropped[i], "\xe6\xb8\xaf", 3) != 0);
}

TEST(name_printed_twice_over_its_age)
{
    /* The author's name in the header and again in a bar over the text,
     * each over when the post went up ("12 min read", "on Mar 3"), is
     * the author, not a title printed twice; and a name over its age
     * with nothing over it but menus is no title either. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\nMara Quill\n"
                                 "12 min read\nSign in / Sign up\nMara Quill\non Mar 3\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Mara Quill");
    s = arena_printf(A, "%sMara Quill\n12 min read\nSign in / Sign up\nMara Quill\non Mar 3\n\n%s",
                     menu(30), body(4));
    m = read_meta(s);
    OK(m->title == NULL || strcmp(m->title, "Mara Quill") != 0);
    /* Buttons paired on one line are chrome; other pairs are not. */
    OK(rd_text_chrome_kind("Sign in / Sign up", 17) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("Login | Register", 16) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("Black / White", 13) == RD_TEXT_CHROME_NONE);
}

TEST(toggle_buttons_glued_to_their_state)
{
    /* A button's two states copied together are chrome; a name or a
     * word that merely repeats a syllable is not. */
    static const char *const yes[] = {"FollowFollowing", "StarStarred",
                                      "SaveSaved Share More", "LikeLiked"};
    static const char *const no[] = {"Walla Walla", "Tartar", "Barbara Barbarossa",
                                     "CanCan dancers", "Mississippi"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        OK(rd_text_chrome_kind(yes[i], strlen(yes[i])) == RD_TEXT_CHROME_LINE);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        OK(rd_text_chrome_kind(no[i], strlen(no[i])) == RD_TEXT_CHROME_NONE);
}

TEST(picture_credits_are_chrome)
{
    /* A photographer's name, a slash and who the picture is for, or a
     * caption closed by a picture agency's name, is the picture's credit
     * wherever it stands; a byline, a pair of words with a slash and a
     * sentence are not. */
    static const char *const yes[] = {"MARA QUILL/AFP/Getty Images", "Mara Quill/Coast Weekly",
                                      "Jon Park/Harbour Times", "Image: Mara Quill / Coast Weekly",
                                      "Boats moored in the next bay last winter Getty Images",
                                      "The old lamp posts on the quay Shutterstock"};
    static const char *const no[] = {"By Mara Quill", "Either/Or", "Input/Output Basics",
                                     "We bought the picture from Getty Images.",
                                     "Boats and the new wall / harbour"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        INT_EQ(rd_text_chrome_kind(yes[i], strlen(yes[i])), RD_TEXT_CHROME_LINE);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        INT_EQ(rd_text_chrome_kind(no[i], strlen(no[i])), RD_TEXT_CHROME_NONE);
    /* Under the title, a credit is no subtitle. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n"
                                 "MARA QUILL/AFP/Getty Images\n\n"
                                 "By Jon Park\n\n%s",
                                 menu(30), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(m->subtitle == NULL);
    OK(was_dropped(m, "MARA QUILL/AFP/Getty Images"));
}

TEST(teasers_after_a_read_more_line)
{
    /* Set into the text: "Read more" over other stories' headlines (the
     * text's next heading, right over its paragraph, stays), and a
     * headline with its dek over a "Read now" button. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n\nBy Jon Park\n\n%s"
                                 "Read more\n"
                                 "Ferry timetable changes for the winter\n"
                                 "Lifeboat crew wins award for night rescue\n"
                                 "A festival on the quay\n"
                                 "%s"
                                 "Storm damage costs the council a million\n"
                                 "What the old wall cost, and who paid for it.\n"
                                 "Read now\n\n%s",
                                 menu(30), body(2), body(2), body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(was_dropped(m, "Ferry timetable changes for the winter"));
    OK(was_dropped(m, "Lifeboat crew wins award for night rescue"));
    OK(!was_dropped(m, "A festival on the quay"));
    OK(was_dropped(m, "Storm damage costs the council a million"));
    OK(was_dropped(m, "What the old wall cost, and who paid for it."));
    for (size_t i = 0; i < m->n_dropped; i++)
        OK(strncmp(m->dropped[i], "The harbour wall was", 20) != 0 &&
           strncmp(m->dropped[i], "Fishing families", 16) != 0);
}

TEST(menu_on_one_line_is_chrome)
{
    /* A footer's menu copied onto one line: five entries or more between
     * bars, bullets or squares, or a row of buttons. A table's row, a
     * list of things in lower case and a sentence naming two sites are
     * no menu. */
    static const char *const yes[] = {
        "About | Jobs | Press | Help | Terms",
        "Coast Weekly Sections Harbour \xe2\x96\xaa Weather \xe2\x96\xaa Boats \xe2\x96\xaa Events "
        "\xe2\x96\xaa Letters",
        "Tides|Ferry Times|Moorings|Lifeboat News|Sea Swims|",
        "Politics \xe2\x80\xa2 Science \xe2\x80\xa2 Travel \xe2\x80\xa2 Sport \xe2\x80\xa2 Weather",
        "Facebook Twitter", "Share  Tweet  Share", "Facebook Twitter Quayside+ Mobile RSS"};
    static const char *const no[] = {
        "| Name | Age | City | Job | Pet |",
        "flour \xe2\x80\xa2 sugar \xe2\x80\xa2 eggs \xe2\x80\xa2 butter \xe2\x80\xa2 salt",
        "Twitter and Facebook", "Profile | Jane Doe",
        "The wall | The quay | The boats went home. | Again | End"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        INT_EQ(rd_text_chrome_kind(yes[i], strlen(yes[i])), RD_TEXT_CHROME_LINE);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        INT_EQ(rd_text_chrome_kind(no[i], strlen(no[i])), RD_TEXT_CHROME_NONE);
    /* Inside the body, after the text, it goes. */
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n\nBy Jon Park\n\n%s"
                                 "Facebook Twitter\n\n%s"
                                 "About | Jobs | Press | Help | Terms\n",
                                 menu(30), body(2), body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Facebook Twitter"));
    OK(was_dropped(m, "About | Jobs | Press | Help | Terms"));
}

TEST(byline_with_a_word_about_its_author)
{
    /* "By Jane Doe, a reporter. She covers ...": the byline runs on into
     * sentences about its author; the name is the author, and the line
     * is the header's, not the text's first paragraph. */
    const char *by = "By Mara Quill, a senior writer and editor of the Tide Lines newsletter. "
                     "She has covered the coast for over a decade at the Quay Post and other "
                     "papers.";
    const char *s = arena_printf(A,
                                 "%sThe Harbour Wall Is Finished at Last\n"
                                 "After two winters moored in the next bay, the boats are "
                                 "finally home again.\n\n"
                                 "%s\n\nApr 12, 2024, 9:30 AM UTC\nShare this story\n\n%s",
                                 menu(30), by, body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    if (m->n_authors == 1) {
        STR_EQ(m->authors[0], "Mara Quill");
        STR_EQ(m->author_roles[0], "a senior writer and editor of the Tide Lines newsletter");
    }
    STR_EQ(m->date, "2024-04-12");
    rd_text_byline b;
    OK(!rd_text_byline_parse(A, "By the way, a storm came.", 25, "en", false, &b));
}

TEST(headline_of_capitalised_words_is_no_name)
{
    /* A dek in title case under the title is no bare author name: a
     * name has four words at most, its particles aside. */
    rd_text_byline b;
    const char *n = "Maria de la Cruz Lopez";
    OK(rd_text_byline_names(A, n, strlen(n), &b));
    n = "Spot Problems Before They Become Floods";
    OK(!rd_text_byline_names(A, n, strlen(n), &b));
    const char *s = arena_printf(A,
                                 "Mara Quill\nAbout\nSubscribe\n\n12 April 2024\nCoast\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "Spot Problems Before They Become Floods\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    for (size_t i = 0; i < m->n_authors; i++)
        OK(strcmp(m->authors[i], "Spot Problems Before They Become Floods") != 0);
}

TEST(sentence_opening_with_by_a_day)
{
    /* "By Tuesday, a storm had arrived.": a sentence opening on a day or
     * a time, never a byline naming "Tuesday" (its line is text). */
    rd_text_byline b;
    static const char *const lines[] = {"By Tuesday, a storm had arrived.",
                                        "By Then the Harbour Was Empty", "By Noon"};
    for (size_t i = 0; i < 3; i++)
        OK(!rd_text_byline_parse(A, lines[i], strlen(lines[i]), "en", false, &b));
    const char *name = "By Mara Quill";
    OK(rd_text_byline_parse(A, name, strlen(name), "en", false, &b));
}

TEST(caption_with_its_credit_glued_on)
{
    /* A caption copied with its credit right after its last stop, no
     * space between ("...the quay.CreditMara Quill/Coast Weekly"), is the
     * picture's, dropped; "Credit" as a word in a sentence is text. */
    static const char *const yes[] = {
        "Boats moored in the next bay during the winter.CreditMara Quill/Coast Weekly",
        "The new wall seen from the quay at dusk.CreditCreditJon Park for Coast Weekly",
        "Sandbags on the quay after the storm!PhotoMara Quill",
        "Residents met at the hall on Tuesday to vote on the plan.Credit...Jon Park for Coast "
        "Weekly",
        "Residents met at the hall on Tuesday to vote.Credit\xE2\x80\xA6Jon Park"};
    static const char *const no[] = {
        "The council gave the engineers credit for the wall.",
        "Credit Unions Open Branches on the Quay", "A.Credit",
        "The council gave the engineers credit... and then took it back."};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        INT_EQ(rd_text_chrome_kind(yes[i], strlen(yes[i])), RD_TEXT_CHROME_LINE);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        INT_EQ(rd_text_chrome_kind(no[i], strlen(no[i])), RD_TEXT_CHROME_NONE);
}

TEST(headline_ending_in_an_initialism)
{
    /* "... Under N.Y.C." ends with the initialism's stop: in headline
     * case it is still a title, not the text's first sentence. The dek
     * and the caption under it stand over the byline. */
    const char *s = arena_printf(
        A,
        "%sSupported by\n\n"
        "Storm Tides and Broken Walls: How the Harbour Wears Down in the U.K.\n\n"
        "The old harbour walls are hard to keep up, and the salt and the winter storms make "
        "the work even harder.\n\n"
        "Image\n"
        "A mason setting a stone in the new wall this month, after the storm took the old "
        "one.CreditMara Quill/Coast Weekly\n\n"
        "By Jon Park\n\nFeb. 21, 2019\n\n%s",
        menu(14), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Storm Tides and Broken Walls: How the Harbour Wears Down in the U.K.");
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Jon Park"));
    /* Prose ending on an initialism stays a sentence. */
    rd_text_line ln;
    const char *p = "The boats came back to the harbour from the U.K.";
    rd_text_line_measure(&ln, p, strlen(p), 0);
    OK(ln.flags & RD_TEXT_F_SENTENCE);
}

TEST(fact_box_label_with_its_values_under_it)
{
    /* A fact box copied as "Label<TAB>value" rows; a label whose cell
     * ends in a tab has its values on the lines under it. Neither the
     * label nor the names under it are the title or the author. */
    const char *s = arena_printf(A,
                                 "Harbour Choir\n"
                                 "From the town's own encyclopedia\n"
                                 "See also: Harbour Band and Harbour Festival\n"
                                 "Harbour Choir\n\n"
                                 "Founded\t1921\n"
                                 "Home\tThe quay hall\n"
                                 "Conductors\t\n"
                                 "Mara Quill\n"
                                 "Jon Park\n\n"
                                 "Website\tchoir.example\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Harbour Choir");
    INT_EQ(m->n_authors, 0);
}

TEST(contents_box_over_the_text_is_no_title)
{
    /* A contents box right over the text: its last entry ("Summary") is
     * no title, though an entry is printed twice in it ("Setting up"). */
    const char *s = arena_printf(A,
                                 "%sMending Nets by Hand\n\n"
                                 "Contents\n\n"
                                 "Why mend at all\n"
                                 "Tools of the trade\n"
                                 "Setting up\n"
                                 "The first knot\n"
                                 "Setting up\n"
                                 "Patching a wide hole\n"
                                 "Summary\n\n%s",
                                 menu(14), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Mending Nets by Hand");
    /* Right under the box, a line naming one of its entries is the
     * title, printed as the page's heading. */
    s = arena_printf(A,
                     "%sTable of Contents\n"
                     "1. Ropes\n2. Nets\n3. Knots\n4. Sails\n"
                     "Nets\n\n"
                     "Written by Mara Quill\n\n%s",
                     menu(14), body(4));
    m = read_meta(s);
    STR_EQ(m->title, "Nets");
}

TEST(lines_after_the_copyright_are_the_footer)
{
    /* Under the article, a copyright line ends it: the licence and the
     * publisher's group under it are the page's, even when they read as
     * sentences; so is a link alone over it. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n\n%s"
                                 "Reader Settings\n"
                                 "Copyright \xc2\xa9 2024 Harbour Press Ltd.\n"
                                 "Texts on this site are available under a Creative Commons "
                                 "licence.\n"
                                 "Harbour Press is a member of the North Coast Papers Group.\n",
                                 body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Harbour Press is a member of the North Coast Papers Group."));
    OK(was_dropped(m, "Texts on this site are available under a Creative Commons licence."));
    OK(was_dropped(m, "Reader Settings"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(breadcrumb_ending_with_the_title);
    RUN(related_box_between_header_and_text);
    RUN(teasers_in_the_menu_are_no_text);
    RUN(headlines_between_byline_and_text);
    RUN(bare_name_with_its_age);
    RUN(section_label_over_the_title);
    RUN(caption_with_credit_in_brackets);
    RUN(site_name_glued_to_the_date);
    RUN(column_name_under_the_headline);
    RUN(credit_under_the_first_paragraph);
    RUN(end_box_with_its_count);
    RUN(button_under_the_author);
    RUN(comments_header_ends_the_article);
    RUN(day_glued_to_reading_time);
    RUN(dateline_city_is_no_author);
    RUN(player_controls_in_the_body_are_dropped);
    RUN(share_button_with_its_count);
    RUN(byline_glued_to_date_and_count);
    RUN(player_labels_go_with_its_controls);
    RUN(gallery_slides_are_dropped);
    RUN(chart_labels_among_its_figures);
    RUN(name_printed_twice_over_its_age);
    RUN(toggle_buttons_glued_to_their_state);
    RUN(picture_credits_are_chrome);
    RUN(teasers_after_a_read_more_line);
    RUN(menu_on_one_line_is_chrome);
    RUN(byline_with_a_word_about_its_author);
    RUN(headline_of_capitalised_words_is_no_name);
    RUN(sentence_opening_with_by_a_day);
    RUN(caption_with_its_credit_glued_on);
    RUN(headline_ending_in_an_initialism);
    RUN(fact_box_label_with_its_values_under_it);
    RUN(contents_box_over_the_text_is_no_title);
    RUN(lines_after_the_copyright_are_the_footer);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
