/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (eighth set): a name written in one script, a breadcrumb
 * trail ending with the headline, a "Further Reading" box inside the
 * text, a bar of page numbers, a date line with a button after it, the
 * site's blurb under its footer menu, field labels closing the text, a CJK
 * headline under a line of the site's, the Japanese credit line, CJK captions
 * between paragraphs, a labelled date after the text, a label in
 * brackets, a caption with "(Image: ...)", a link to
 * the previous post, a section of the menu over the headline, a
 * framed line and a CJK date's unit before the name, a section and the
 * authors on one line. Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(a_name_is_written_in_one_script)
{
    /* Words of two scripts side by side ("いいね Print ブックマーク", a
     * row of buttons) are no person's name; a name with its Latin form in
     * brackets is one. */
    rd_text_byline b;
    const char *buttons = "\xe3\x81\x84\xe3\x81\x84\xe3\x81\xad Print "
                          "\xe4\xbf\x9d\xe5\xad\x98";
    OK(!rd_text_byline_names(A, buttons, strlen(buttons), &b));
    const char *dual = "\xea\xb9\x80\xeb\xaf\xbc\xec\xa4\x80 (Kim Min-jun)";
    OK(rd_text_byline_names(A, dual, strlen(dual), &b));
    OK(rd_text_byline_names(A, "Jane Marsh", 10, &b));
    /* Under a headline, such a row is chrome and the name under the
     * writer's label is the author. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "%s\n\n"
                                 "2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5\n\n"
                                 "\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a\n\n"
                                 "Jane Marsh\n\n%s",
                                 buttons, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(breadcrumb_ending_with_the_headline)
{
    /* A trail whose last step is the headline printed again under it
     * (its separators set off by no-break spaces, or glued to the words,
     * or no separators at all) names the title, even a CJK one of one
     * "word"; the trail is the page's. */
    const char *cjk = "\xe6\xb8\xaf\xe3\x81\xae\xe5\xa3\x81\xe3\x81\x8c\xe4\xba\x8c\xe5\xb9\xb4"
                      "\xe3\x81\xb6\xe3\x82\x8a\xe3\x81\xab\xe5\xae\x8c\xe6\x88\x90\xe3\x81\x97"
                      "\xe3\x81\x9f\xe6\x98\xa5\xe3\x81\xae\xe8\xa9\xb1";
    const char *s = arena_printf(A,
                                 "Top\nMaps\nTides\nSitemap\n\n"
                                 "Harbour Weekly\xc2\xa0> Coast\xc2\xa0> %s\n\n"
                                 "2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5\n\n"
                                 "%s\n\n"
                                 "\xe6\x96\x87\xe2\x97\x8f\xe3\x82\xb8\xe3\x82\xa7\xe3\x83\xbc"
                                 "\xe3\x83\xb3\n\n"
                                 "Share\nSave\n\n%s",
                                 cjk, cjk, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, cjk);
    STR_EQ(m->date, "2021-03-07");
    OK(was_dropped(m, arena_printf(A, "Harbour Weekly\xc2\xa0> Coast\xc2\xa0> %s", cjk)));
    s = arena_printf(A,
                     "Accueil\nActualit\xc3\xa9s\nContact\n\n"
                     "Vous \xc3\xaatesAccueil\xc2\xbb" "Actualit\xc3\xa9s\xc2\xbb"
                     "Le mur du port est enfin termin\xc3\xa9\n\n"
                     "Tendance :\nMar\xc3\xa9" "es\nPhares\n\n"
                     "Le mur du port est enfin termin\xc3\xa9\n\n"
                     "Partager\nImprimer\n\n%s",
                     body(3));
    STR_EQ(read_meta(s)->title, "Le mur du port est enfin termin\xc3\xa9");
    s = arena_printf(A,
                     "Home\nNews\nAbout\n\n"
                     "Harbour Home News Tide Tables for the New Wall\n\n"
                     "Maps\nTide Tables for the New Wall\n\n"
                     "Like Print Save\n\n%s",
                     body(3));
    STR_EQ(read_meta(s)->title, "Tide Tables for the New Wall");
    /* Joined by a space alone, a short step is a menu's, no headline:
     * "Search & Section Navigation" over "Section Navigation". */
    s = arena_printf(A,
                     "Skip to content\nSearch & Section Navigation\nSection Navigation\nSearch\n"
                     "Log in\n\nThe Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh and Tim Hale\nMarch 17, 2021\n\n%s",
                     body(3));
    STR_EQ(read_meta(s)->title, "The Harbour Wall Is Finished at Last");
}

TEST(further_reading_box_inside_the_text)
{
    /* "Further Reading" over one headline, then a whole paragraph and the
     * next section's heading over more prose: a box set inside the
     * article, dropped alone; the text after it stays. */
    const char *s = arena_printf(
        A,
        "The Harbour Wall Is Finished at Last\n"
        "By Jane Marsh | March 17, 2021\n\n%s"
        "Further Reading\n"
        "Ten years of storms on the north coast, in pictures\n\n"
        "The council says the wall was built from the same quarry as the old one, and that "
        "the paler colour will weather within a few winters of salt spray and wind.\n\n"
        "What comes next\n\n"
        "Work on the lighthouse path begins in the autumn, once the festival is over and the "
        "last of the summer visitors have gone home from the harbour town again.\n\n"
        "Further Reading\n"
        "How the old wall fell\n\n"
        "The lighthouse keeper says the new lamp can be seen from the far side of the bay, "
        "which the old one never could, and the fishermen are glad of it on dark nights.\n\n"
        "Nobody has yet said who will pay for the plaque, but the council expects the "
        "harbour trust to offer, as it did for the bench at the end of the quay last year.\n\n",
        body(2));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Further Reading"));
    OK(was_dropped(m, "Ten years of storms on the north coast, in pictures"));
    OK(was_dropped(m, "How the old wall fell"));
    OK(!was_dropped(m, "What comes next"));
    OK(!was_dropped(m, "Nobody has yet said who will pay for the plaque, but the council expects "
                       "the harbour trust to offer, as it did for the bench at the end of the "
                       "quay last year."));
    /* At the end, over headlines only, it still cuts. */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh | March 17, 2021\n\n%s"
                     "Further Reading\n"
                     "Ten years of storms on the north coast, in pictures\n"
                     "How the old wall fell\n"
                     "The lighthouse at the end of the world\n",
                     body(4));
    m = read_meta(s);
    OK(was_dropped(m, "How the old wall fell"));
}

static bool
is_chrome_line(const char *s)
{
    return rd_text_chrome_kind(s, strlen(s)) == RD_TEXT_CHROME_LINE;
}

TEST(page_number_bar)
{
    /* A bar of page numbers, each one more than the last, with a word
     * or an arrow of the bar, is chrome; numbers in a sentence or a row
     * of figures are not. */
    OK(is_chrome_line("Page: 1 2 3 Next \xe2\x86\x92"));
    OK(is_chrome_line("\xc2\xab Previous 1 2 3 4 Next \xc2\xbb"));
    OK(is_chrome_line("Pages 1 2 \xe2\x80\xa6 9 10"));
    OK(!is_chrome_line("1 2 3"));
    OK(!is_chrome_line("Page 1 3 5 Next"));
    OK(!is_chrome_line("Next 2 3 trains leave from platform 4"));
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh | March 17, 2021\n\n%s"
                                 "Page: 1 2 3 Next \xe2\x86\x92\n",
                                 body(4));
    OK(was_dropped(read_meta(s), "Page: 1 2 3 Next \xe2\x86\x92"));
}

TEST(date_then_a_button)
{
    /* A date line with a button after a separator ("[March 17, 2021,
     * 10:59 am ET] - Post a Comment") is the article's date under its
     * title, not a title of its own. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "[March 17, 2021, 10:59 am ET] \xe2\x80\x93 Post a Comment\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2021-03-17");
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "March 17, 2021 | 12 Comments\n\n%s",
                     body(4));
    STR_EQ(read_meta(s)->date, "2021-03-17");
}

TEST(site_blurb_under_the_footer_menu)
{
    /* A paragraph about the site under the footer's menu (link-like
     * lines, one of them known chrome) closes the page, not the text. */
    const char *blurb = "Harbour Weekly is an independent paper for the towns of the north "
                        "coast, published every Thursday since 1921.";
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh | March 17, 2021\n\n%s"
                                 "Jobs\nAdvertise\nPrivacy Policy\nTerms\n\n%s\n",
                                 body(4), blurb);
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, blurb));
    OK(was_dropped(m, "Advertise"));
    /* Without a menu over it, the last paragraph is the text's. */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh | March 17, 2021\n\n%s%s\n",
                     body(4), blurb);
    OK(!was_dropped(read_meta(s), blurb));
}

TEST(field_labels_closing_the_text)
{
    /* "Section :" and "Keywords :" each over a value or two at the end
     * are the page's furniture; one label over its short lines may be
     * the text's own list and stays. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh | March 17, 2021\n\n%s"
                                 "-\n\nSection :\nHarbours\nKeywords :\nStorms\nWalls\n"
                                 "Permalink :\nhttps://example.org/2021/03/wall.html\n",
                                 body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Section :"));
    OK(was_dropped(m, "Harbours"));
    OK(was_dropped(m, "Walls"));
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh | March 17, 2021\n\n%s"
                     "Sources:\nHarbour Trust\nCoast Council\n",
                     body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "Harbour Trust"));
    OK(!was_dropped(m, "Coast Council"));
    /* two lists of the text's own, under labels that file nothing */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh | March 17, 2021\n\n%s"
                     "Sources:\nHarbour Trust\nCoast Council\nPhotographs:\nTom Reed\n",
                     body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "Harbour Trust"));
    OK(!was_dropped(m, "Tom Reed"));
}

TEST(cjk_headline_under_a_site_line_is_no_label)
{
    /* A Japanese headline (one "word": no spaces) under a long line of
     * the site's and over the date is the title, not a column's label
     * under a headline. */
    const char *head = "\xe6\xb8\xaf\xe3\x81\xae\xe5\xa3\x81\xe3\x81\x8c\xe4\xba\x8c\xe5\xb9\xb4"
                       "\xe3\x81\xb6\xe3\x82\x8a\xe3\x81\xab\xe5\xae\x8c\xe6\x88\x90\xe3\x81\x97"
                       "\xe3\x81\x9f\xe3\x80\x8c\xe6\x98\xa5\xe3\x80\x8d\xe3\x80\x81HARBOUR";
    const char *site = "\xe6\xb5\xb7\xe3\x82\x92\xe8\xa6\x8b\xe3\x82\x88\xe3\x81\x86 "
                       "\xe6\xb8\xaf\xe3\x82\x92\xe6\xad\xa9\xe3\x81\x93\xe3\x81\x86 "
                       "\xe8\x88\xb9\xe3\x81\xab\xe4\xb9\x97\xe3\x82\x8d\xe3\x81\x86 "
                       "\xe3\x81\x9d\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x9d\xe3\x82\x8c\xe3\x82\x92"
                       "\xe3\x81\xbf\xe3\x82\x93\xe3\x81\xaa\xe3\x81\xab\xe4\xbc\x9d\xe3\x81\x88"
                       "\xe3\x82\x88\xe3\x81\x86 [\xe2\x86\x92\xe6\xb8\xaf\xe3\x81\xab\xe3\x81\xa4"
                       "\xe3\x81\x84\xe3\x81\xa6\xe3\x82\x82\xe3\x81\xa3\xe3\x81\xa8\xe8\xa9\xb3"
                       "\xe3\x81\x97\xe3\x81\x8f]";
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n%s\n%s\n2021.03.17 11:51\n"
                                 "\xe3\x83\x8f\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe9\x80\x9a\xe4\xbf\xa1\n"
                                 "\xe7\x94\x9f\xe6\xb4\xbb\xe3\x83\xbb\xe8\xb6\xa3\xe5\x91\xb3\n-\n\n%s",
                                 site, head, body(3));
    STR_EQ(read_meta(s)->title, head);
}

TEST(japanese_credit_line)
{
    /* "文●NAME／DESK" (text: the name, then its desk) credits the
     * author; "文化／芸術" ("culture / arts") credits nobody. */
    rd_text_byline b;
    const char *credit = "\xe6\x96\x87\xe2\x97\x8f\xe3\x82\xb8\xe3\x82\xa7\xe3\x83\xbc"
                         "\xe3\x83\xb3\xef\xbc\x8fHarbour\xe7\xb7\xa8\xe9\x9b\x86\xe9\x83\xa8";
    OK(rd_text_byline_parse(A, credit, strlen(credit), "ja", false, &b));
    OK(b.n == 1);
    if (b.n == 1) {
        STR_EQ(b.names[0], "\xe3\x82\xb8\xe3\x82\xa7\xe3\x83\xbc\xe3\x83\xb3");
        STR_EQ(b.roles[0], "Harbour\xe7\xb7\xa8\xe9\x9b\x86\xe9\x83\xa8");
    }
    const char *culture = "\xe6\x96\x87\xe5\x8c\x96\xef\xbc\x8f\xe8\x8a\xb8\xe8\xa1\x93";
    OK(!rd_text_byline_parse(A, culture, strlen(culture), "ja", false, &b));
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5\n\n"
                                 "%s\n\n%s",
                                 credit, body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "\xe3\x82\xb8\xe3\x82\xa7\xe3\x83\xbc\xe3\x83\xb3");
}

TEST(cjk_captions_are_no_menu)
{
    /* Captions of a Japanese article (a line of 13 characters or more,
     * one "word" as no spaces part them) between its paragraphs are no
     * menu entries: the paragraph under them is still the article's. */
    static const char *const paras[] = {
        "\xe6\xb8\xaf\xe3\x81\xae\xe5\xa3\x81\xe3\x81\xaf\xe5\xb5\x90\xe3\x81\xa7"
        "\xe5\xa3\x8a\xe3\x82\x8c\xe3\x81\xa6\xe3\x81\x8b\xe3\x82\x89\xe4\xba\x8c"
        "\xe5\xb9\xb4\xe5\xbe\x8c\xe3\x81\xae\xe6\x98\xa5\xe3\x81\xab\xe5\xae\x8c"
        "\xe6\x88\x90\xe3\x81\x97\xe3\x80\x81\xe6\x9c\x80\xe5\xbe\x8c\xe3\x81\xae"
        "\xe7\x9f\xb3\xe3\x81\x8c\xe7\xbd\xae\xe3\x81\x8b\xe3\x82\x8c\xe3\x81\xa6"
        "\xe3\x81\x8b\xe3\x82\x89\xe4\xb8\x80\xe9\x80\xb1\xe9\x96\x93\xe3\x81\xae"
        "\xe3\x81\x86\xe3\x81\xa1\xe3\x81\xab\xe6\xbc\x81\xe8\x88\xb9\xe3\x81\x8c"
        "\xe6\x88\xbb\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x8d\xe3\x81\x9f\xe3\x80\x82"
        "\xe9\x9a\xa3\xe3\x81\xae\xe6\xb9\xbe\xe3\x81\xab\xe4\xba\x8c\xe5\x86\xac"
        "\xe3\x81\xae\xe3\x81\x82\xe3\x81\x84\xe3\x81\xa0\xe8\x88\xb9\xe3\x82\x92"
        "\xe5\x81\x9c\xe3\x82\x81\xe3\x81\xa6\xe3\x81\x84\xe3\x81\x9f\xe5\xae\xb6"
        "\xe6\x97\x8f\xe3\x81\xaf\xe3\x80\x81\xe5\xae\xb6\xe3\x81\xbe\xe3\x81\xa7"
        "\xe6\xad\xa9\xe3\x81\x8f\xe9\x81\x93\xe3\x81\xae\xe3\x82\x8a\xe3\x81\x8c"
        "\xe4\xb8\x80\xe7\x95\xaa\xe3\x81\xa4\xe3\x82\x89\xe3\x81\x8b\xe3\x81\xa3"
        "\xe3\x81\x9f\xe3\x81\xa8\xe8\xa9\xb1\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84"
        "\xe3\x82\x8b\xe3\x80\x82",
        "\xe6\x96\xb0\xe3\x81\x97\xe3\x81\x84\xe5\xa3\x81\xe3\x81\xaf\xe5\x8f\xa4"
        "\xe3\x81\x84\xe5\xa3\x81\xe3\x82\x88\xe3\x82\x8a\xe4\xbd\x8e\xe3\x81\x8f"
        "\xe8\xa6\x8b\xe3\x81\x88\xe3\x82\x8b\xe3\x81\xa8\xe8\xa8\x80\xe3\x81\x86"
        "\xe4\xba\xba\xe3\x82\x82\xe3\x81\x84\xe3\x82\x8b\xe3\x81\x8c\xe3\x80\x81"
        "\xe6\x8a\x80\xe5\xb8\xab\xe3\x81\xab\xe3\x82\x88\xe3\x82\x8c\xe3\x81\xb0"
        "\xe9\xab\x98\xe3\x81\x95\xe3\x81\xaf\xe5\x90\x8c\xe3\x81\x98\xe3\x81\xa7"
        "\xe3\x80\x81\xe7\x9f\xb3\xe3\x81\xae\xe8\x89\xb2\xe3\x81\x8c\xe6\x98\x8e"
        "\xe3\x82\x8b\xe3\x81\x84\xe3\x81\x9f\xe3\x82\x81\xe3\x81\xab\xe5\xb0\x8f"
        "\xe3\x81\x95\xe3\x81\x8f\xe8\xa6\x8b\xe3\x81\x88\xe3\x82\x8b\xe3\x81\xa0"
        "\xe3\x81\x91\xe3\x81\xa0\xe3\x81\xa8\xe3\x81\x84\xe3\x81\x86\xe3\x80\x82"
        "\xe7\x94\xba\xe3\x81\xaf\xe6\x9c\xac\xe5\xbd\x93\xe3\x81\xae\xe6\x95\xb0"
        "\xe5\xad\x97\xe3\x82\x92\xe6\x9b\xb8\xe3\x81\x84\xe3\x81\x9f\xe9\x8a\x98"
        "\xe6\x9d\xbf\xe3\x82\x92\xe7\xbd\xae\xe3\x81\x8f\xe3\x81\xa8\xe7\xb4\x84"
        "\xe6\x9d\x9f\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82",
        "\xe5\xa4\x8f\xe3\x81\xae\xe6\x9c\x80\xe5\x88\x9d\xe3\x81\xae\xe9\x80\xb1"
        "\xe6\x9c\xab\xe3\x81\xab\xe3\x81\xaf\xe7\xa5\xad\xe3\x82\x8a\xe3\x81\x8c"
        "\xe4\xba\x88\xe5\xae\x9a\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xa6\xe3\x81\x8a"
        "\xe3\x82\x8a\xe3\x80\x81\xe8\x88\xb9\xe3\x81\xae\xe8\xa1\x8c\xe5\x88\x97"
        "\xe3\x81\xa8\xe3\x80\x81\xe5\xb5\x90\xe3\x81\xae\xe3\x81\x82\xe3\x81\x84"
        "\xe3\x81\xa0\xe5\x9c\x9f\xe3\x81\xae\xe3\x81\x86\xe3\x82\x92\xe9\x81\x8b"
        "\xe3\x82\x93\xe3\x81\xa0\xe4\xba\xba\xe3\x81\x9f\xe3\x81\xa1\xe3\x81\xae"
        "\xe3\x81\x9f\xe3\x82\x81\xe3\x81\xae\xe5\xa4\x95\xe9\xa3\x9f\xe4\xbc\x9a"
        "\xe3\x81\x8c\xe5\xb2\xb8\xe5\xa3\x81\xe3\x81\xa7\xe9\x96\x8b\xe3\x81\x8b"
        "\xe3\x82\x8c\xe3\x82\x8b\xe3\x80\x82\xe7\x94\xba\xe3\x81\xae\xe4\xba\xba"
        "\xe3\x81\x9f\xe3\x81\xa1\xe3\x81\xaf\xe3\x81\x9d\xe3\x81\xae\xe6\x97\xa5"
        "\xe3\x82\x92\xe6\xa5\xbd\xe3\x81\x97\xe3\x81\xbf\xe3\x81\xab\xe3\x81\x97"
        "\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe3\x80\x82"};
    static const char *const caps[] = {
        "\xe6\x96\xb0\xe3\x81\x97\xe3\x81\x84\xe5\xa3\x81\xe3\x81\xae\xe4\xb8\x8a"
        "\xe3\x81\x8b\xe3\x82\x89\xe8\xa6\x8b\xe3\x81\x9f\xe5\xa4\x95\xe6\x96\xb9"
        "\xe3\x81\xae\xe6\xb8\xaf\xe3\x81\xae\xe6\xa7\x98\xe5\xad\x90",
        "\xe7\x81\xaf\xe5\x8f\xb0\xe3\x81\xae\xe9\x81\x93\xe3\x81\x8b\xe3\x82\x89"
        "\xe8\xa6\x8b\xe3\x81\x9f\xe5\xb2\xb8\xe5\xa3\x81\xe3\x81\xa8\xe6\xbc\x81"
        "\xe8\x88\xb9\xe3\x81\xae\xe5\x88\x97"};
    static const char *const last =
        "\xe7\x81\xaf\xe5\x8f\xb0\xe3\x81\xae\xe6\x96\xb0\xe3\x81\x97\xe3\x81\x84"
        "\xe6\x98\x8e\xe3\x81\x8b\xe3\x82\x8a\xe3\x81\xaf\xe6\xb9\xbe\xe3\x81\xae"
        "\xe5\x90\x91\xe3\x81\x93\xe3\x81\x86\xe5\x81\xb4\xe3\x81\x8b\xe3\x82\x89"
        "\xe3\x82\x82\xe8\xa6\x8b\xe3\x81\x88\xe3\x82\x8b\xe3\x82\x88\xe3\x81\x86"
        "\xe3\x81\xab\xe3\x81\xaa\xe3\x82\x8a\xe3\x80\x81\xe5\xa4\x9c\xe9\x81\x85"
        "\xe3\x81\x8f\xe3\x81\xab\xe6\xb8\xaf\xe3\x81\xb8\xe6\x88\xbb\xe3\x82\x8b"
        "\xe6\xbc\x81\xe5\xb8\xab\xe3\x81\x9f\xe3\x81\xa1\xe3\x81\xaf\xe3\x81\x9d"
        "\xe3\x82\x8c\xe3\x82\x92\xe3\x81\xa8\xe3\x81\xa6\xe3\x82\x82\xe5\x96\x9c"
        "\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x84\xe3\x82\x8b\xe3\x81\xa8\xe7\x94\xba"
        "\xe3\x81\xae\xe4\xba\xba\xe3\x81\x9f\xe3\x81\xa1\xe3\x81\xaf\xe8\xa9\xb1"
        "\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe3\x80\x82";
    const char *s = "Home\nNews\nSports\nWeather\nMaps\nTides\nPhotos\nVideo\nEvents\n"
                    "Shop\nJobs\nContact\nAbout\n\nThe Harbour Wall Is Finished\n"
                    "2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5\n\n";
    for (int k = 0; k < 6; k++)
        s = arena_printf(A, "%s%s\n\n", s, paras[k % 3]);
    s = arena_printf(A, "%s%s\n\n%s\n\n%s\n\n", s, caps[0], caps[1], last);
    s = arena_printf(A, "%sHome\nNews\nSports\nWeather\nMaps\nTides\nPhotos\nVideo\n"
                        "Events\nShop\nJobs\nContact\nAbout\nPrivacy\nTerms\n",
                     s);
    doc_meta *m = read_meta(s);
    OK(!was_dropped(m, last));
    OK(!was_dropped(m, caps[0]));
    OK(was_dropped(m, "Privacy"));
}

TEST(labelled_date_after_the_text)
{
    /* A header without a date: "Posted July 11, 2019." a few lines under
     * the text (a side column's) is the article's date; a date without
     * its label there (a related story's) is not. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n\n%s"
                                 "Copyright\nThe copyright holder is the author.\n"
                                 "Back to top\n\nPosted July 11, 2019.\nDownload PDF\n",
                                 body(4));
    STR_EQ(read_meta(s)->date, "2019-07-11");
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n\n%s"
                     "Copyright\nThe copyright holder is the author.\n"
                     "Back to top\n\nJuly 11, 2019\nDownload PDF\n",
                     body(4));
    OK(read_meta(s)->date == NULL);
}

TEST(bracketed_label_is_chrome)
{
    /* A short label in brackets alone on its line is a button; a line
     * of dialogue in brackets, or two labels, are not. */
    OK(is_chrome_line("[Edit]"));
    OK(is_chrome_line("\xe3\x80\x90\xe6\xb4\xbb\xe7\x94\xa8\xe3\x82\xac\xe3\x82\xa4\xe3\x83\x89"
                      "\xe3\x80\x91"));
    OK(!is_chrome_line("[Jane: Are you coming to the harbour?]"));
    OK(!is_chrome_line("[Edit] and [Share]"));
    /* Over the record's id and headline it is no title. */
    const char *s = arena_printf(A,
                                 "Last updated: 2019/02/22\n"
                                 "\xe3\x80\x90\xe6\xb4\xbb\xe7\x94\xa8\xe3\x82\xac\xe3\x82\xa4"
                                 "\xe3\x83\x89\xe3\x80\x91\n\n\n"
                                 "HW-2021-0042\n\n\n"
                                 "Harbour wall sensor reports wrong tide heights\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(m->title && strcmp(m->title, "\xe3\x80\x90\xe6\xb4\xbb\xe7\x94\xa8\xe3\x82\xac\xe3\x82\xa4"
                                    "\xe3\x83\x89\xe3\x80\x91") != 0);
}

TEST(caption_with_image_credit_in_brackets)
{
    /* "North Quay Harbour Wall (Image: Ana Lima)" under the
     * byline is a picture's caption, no title; the headline over the
     * byline is. */
    OK(is_chrome_line("North Quay Harbour Wall (Image: Ana Lima)"));
    OK(!is_chrome_line("An image: the new harbour wall at dusk"));
    const char *s = arena_printf(A,
                                 "Home\nNews\nCoast\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "Boats are back in the bay after two winters away.\n\n"
                                 "Share\nComments\nBy\nJane Marsh\n10:29, 17 MAR 2021\nNews\n"
                                 "North Quay Harbour Wall (Image: Ana Lima)\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
}

TEST(link_to_the_previous_or_next_post)
{
    /* An arrow and a headline: a link to another post, chrome; a French
     * quotation, or a sentence after an arrow, is not. */
    OK(is_chrome_line("\xc2\xab On the new ferry, a plan with no money behind it"));
    OK(is_chrome_line("The lighthouse reopens for the summer \xe2\x86\x92"));
    OK(!is_chrome_line("\xc2\xab Nous partirons demain \xc2\xbb, dit le capitaine du port"));
    OK(!is_chrome_line("\xc2\xab Nous partirons demain matin."));
    const char *s = arena_printf(A,
                                 "Home\nContact\nSearch\n\n"
                                 "\xc2\xab On the new ferry, a plan with no money behind it\n"
                                 "Mar\n05\n"
                                 "The Harbour Wall Is Finished, and Other Thoughts\n"
                                 "By Jane Marsh\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished, and Other Thoughts");
}

TEST(section_in_the_menu_is_no_title_copy)
{
    /* The kicker over the headline repeats a section of the menu: no
     * title printed twice. A headline printed twice beside share
     * buttons still is one. */
    const char *s = arena_printf(A,
                                 "Accueil\nPolitique\nSports\nMer et vie portuaire\nArts\nScience\n\n"
                                 "Accueil\n"
                                 "Mer et vie portuaire\n"
                                 "Le mur du port est enfin termin\xc3\xa9\n"
                                 "Le nouveau mur vu du quai Photo : Jeanne Marais\n\n%s",
                                 body(4));
    STR_EQ(read_meta(s)->title, "Le mur du port est enfin termin\xc3\xa9");
    s = arena_printf(A,
                     "Home\nNext story\n\n"
                     "The Harbour Wall Is Finished at Last\n"
                     "Share on Twitter\nShare on Facebook\nShare by email\n"
                     "Stones for the ages.\n"
                     "The Harbour Wall Is Finished at Last\n\n%s",
                     body(4));
    STR_EQ(read_meta(s)->title, "The Harbour Wall Is Finished at Last");
}

TEST(framed_line_and_date_unit_before_the_name)
{
    /* Bars framing a line tight against its text are decoration; a
     * drawn table's padded row keeps them. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "\xe2\x94\x82" "By Jane Marsh" "\xe2\x94\x82\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    /* A CJK date closing with its unit needs no separator before the
     * name: "2021年3月7日 Jane Marsh". */
    s = arena_printf(A,
                     "Home\nNews\nAbout\n\n"
                     "The Harbour Wall Is Finished at Last\n"
                     "2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5 Jane Marsh\n\n%s",
                     body(3));
    m = read_meta(s);
    STR_EQ(m->date, "2021-03-07");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(section_then_authors)
{
    /* "Politik · A, B" over the headline: the section and two authors;
     * "News · Sports Desk" (one "name") stays a kicker. */
    rd_text_byline b;
    const char *two = "Hafen \xc2\xb7 Jana Marsch, Tim Hafner";
    OK(rd_text_byline_parse(A, two, strlen(two), "de", false, &b));
    OK(b.n == 2);
    OK(!rd_text_byline_parse(A, "News \xc2\xb7 Sports Desk", 20, NULL, false, &b));
    const char *s = arena_printf(A,
                                 "%s\n\n"
                                 "Wie fertig ist die neue Hafenmauer, Frau Marsch?\n\n%s",
                                 two, body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Wie fertig ist die neue Hafenmauer, Frau Marsch?");
    OK(m->n_authors == 2);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(a_name_is_written_in_one_script);
    RUN(breadcrumb_ending_with_the_headline);
    RUN(further_reading_box_inside_the_text);
    RUN(page_number_bar);
    RUN(date_then_a_button);
    RUN(site_blurb_under_the_footer_menu);
    RUN(field_labels_closing_the_text);
    RUN(cjk_headline_under_a_site_line_is_no_label);
    RUN(japanese_credit_line);
    RUN(cjk_captions_are_no_menu);
    RUN(labelled_date_after_the_text);
    RUN(bracketed_label_is_chrome);
    RUN(caption_with_image_credit_in_brackets);
    RUN(link_to_the_previous_or_next_post);
    RUN(section_in_the_menu_is_no_title_copy);
    RUN(framed_line_and_date_unit_before_the_name);
    RUN(section_then_authors);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
