/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (sixth set): documentation pages with pagers, headlines
 * shaped "Label: value", breadcrumbs, a caption under the dateline, a
 * ranked list of other stories, a bar of buttons under the title, "by"
 * alone over the names, a notice of rights last. Every fixture is
 * invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(pager_between_pages_is_chrome)
{
    /* A book's pager names the previous page after an arrow back and the
     * next before an arrow onwards; it is no title, nor the last line. */
    const char *pager = "\xc2\xab  Tide Tables   ::   Contents   ::   Mooring  \xc2\xbb";
    INT_EQ(rd_text_chrome_kind(pager, strlen(pager)), RD_TEXT_CHROME_LINE);
    /* No-break spaces around the parts, as such pagers are set. */
    pager = "\xc2\xab\xc2\xa0 Tide Tables\xc2\xa0::\xc2\xa0 Contents\xc2\xa0::\xc2\xa0 Mooring\xc2\xa0\xc2\xbb";
    INT_EQ(rd_text_chrome_kind(pager, strlen(pager)), RD_TEXT_CHROME_LINE);
    pager = "\xe2\x86\x90 Older entries | Newer entries \xe2\x86\x92";
    INT_EQ(rd_text_chrome_kind(pager, strlen(pager)), RD_TEXT_CHROME_LINE);
    /* Quotes in guillemets are text. */
    const char *quote = "\xc2\xab The wall is finished, \xc2\xbb she said.";
    INT_EQ(rd_text_chrome_kind(quote, strlen(quote)), RD_TEXT_CHROME_NONE);
    quote = "\xc2\xab Harbour Days \xc2\xbb";
    OK(rd_text_chrome_kind(quote, strlen(quote)) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Harbour Handbook\n\n"
                                 "\xc2\xab  Tide Tables   ::   Contents   ::   Mooring  \xc2\xbb\n\n"
                                 "%s"
                                 "\xc2\xab  Tide Tables   ::   Contents   ::   Mooring  \xc2\xbb\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Harbour Handbook");
}

TEST(headline_shaped_label_value_printed_twice)
{
    /* "Moorings: Sharing the Quay" has the shape of "Source: Agencies",
     * but a headline stands again nearby (the title bar, the heading, the
     * contents) and a label does not. */
    const char *s = arena_printf(A,
                                 "Harbour handbook\n"
                                 "Moorings: Sharing the Quay\n\n"
                                 "Moorings: Sharing the Quay\n\n"
                                 "%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Moorings: Sharing the Quay");
    /* Once, it is still a label and its value. */
    s = arena_printf(A, "The Wall Is Back\n\nSource: Harbour Office\n\n%s", body(3));
    m = read_meta(s);
    STR_EQ(m->title, "The Wall Is Back");
}

TEST(breadcrumb_with_doubled_arrows)
{
    const char *crumb = "Home >> Coast >> News >> Story";
    OK(rd_text_is_breadcrumb(crumb, strlen(crumb)));
    crumb = "Home // Coast // News";
    OK(rd_text_is_breadcrumb(crumb, strlen(crumb)));
}

TEST(caption_and_headings_under_the_dateline)
{
    /* Under the title's dateline, a picture's caption and the text's
     * first headings stand over the text: the title is the line over
     * the dateline, not the last heading. */
    const char *s = arena_printf(A,
                                 "Home >> Coast >> News >> Story\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "12.04.2024 09:30\n\n"
                                 "Pictured: the new wall at dawn.\n\n"
                                 "What Changed After the Storm?\n\n"
                                 "What the Engineers Said About It\n\n"
                                 "%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2024-04-12");
}

TEST(ranked_list_of_stories_ends_the_page)
{
    /* A ranked list of other stories under the article, its label
     * unknown to the chrome tables ("Most read" in some language): ranks
     * alone on their lines, each over another story's headline (and its
     * source). */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n\n%s"
                                 "Top of the week on the coast\n\n"
                                 "1\n\nFerry timetables change for the summer, and the islands are not happy\n\n"
                                 "2\n\nA Lighthouse Keeper Retires After Forty Years on the Point\non Coast Daily\n\n"
                                 "3\n\nWhy the old quay smells of tar again this year, and who pays\n\n"
                                 "4\n\nNew nets for the old fleet arrive from the north in May\n",
                                 body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Top of the week on the coast"));
    OK(was_dropped(m, "A Lighthouse Keeper Retires After Forty Years on the Point"));
    /* Steps numbered so are sentences: the text's. */
    s = arena_printf(A,
                     "Mending a Net\n\n%s"
                     "1\n\nLay the net flat on the quay.\n\n"
                     "2\n\nCut away the broken meshes.\n\n"
                     "3\n\nKnot new twine across the gap.\n",
                     body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "Cut away the broken meshes."));
}

/* The text of the article's first paragraph, or "". */
static const char *
first_para(const char *s)
{
    doc_node *art = read_article(s);
    for (doc_node *n = art ? art->first_child : NULL; n; n = n->next)
        if (n->type == DOC_PARA)
            return n->first_child && n->first_child->type == DOC_TEXT ? n->first_child->text
                                                                      : "";
    return "";
}

TEST(button_bar_under_the_title_is_chrome)
{
    /* A chapter's title over a bar of buttons, one of them known chrome
     * ("Advertisement"): the bar is no paragraph. */
    const char *s = arena_printf(A,
                                 "Chapter Twelve: What the Long Tide Brought In\n\n"
                                 "Support\nReport Chapter\nPrevious\nChapter\nNext\nChapter\n"
                                 "Advertisement\nRemove\n\n%s",
                                 body(3));
    OK(!strncmp(first_para(s), "The harbour wall", 16));
}

TEST(by_alone_over_the_names)
{
    /* "by" set on its own line over the author's name, under a title
     * and a dek that reads like prose: one byline, and the header. */
    const char *s = arena_printf(A,
                                 "%s"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "The town that lost its wall in the storm has a new one, and the "
                                 "boats that left for the next bay have come home at last.\n\n"
                                 "by\nMara Quill\nApril 12, 2024 9:30 AM\n\n%s",
                                 "Home\nCoast\nNews\nWeather\nSport\nPodcasts\n\n", body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    INT_EQ(m->n_authors, 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Mara Quill");
}

TEST(notice_of_rights_ends_the_page)
{
    /* The footer's notice need not open with the mark. */
    const char *note = "Portions of this page are \xc2\xa9 2019\xe2\x80\x93" "2024 by the harbour "
                       "office. Content available under a free licence.";
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n\n%s"
                                 "Read the harbour plans\n\nHarbour Office\n\n%s\n",
                                 body(4), note);
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, note));
    OK(was_dropped(m, "Read the harbour plans"));
    /* With the text going on after it, it is the article's. */
    note = "The drawings are licensed under a free licence.";
    s = arena_printf(A, "The Harbour Wall Is Finished at Last\n\n%s%s\n\n%s", body(3), note,
                     body(2));
    OK(!was_dropped(read_meta(s), note));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(pager_between_pages_is_chrome);
    RUN(headline_shaped_label_value_printed_twice);
    RUN(breadcrumb_with_doubled_arrows);
    RUN(caption_and_headings_under_the_dateline);
    RUN(ranked_list_of_stories_ends_the_page);
    RUN(button_bar_under_the_title_is_chrome);
    RUN(by_alone_over_the_names);
    RUN(notice_of_rights_ends_the_page);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
