/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (thirty-fifth set): a bulleted list copied without its
 * bullets, one item a line under a lead-in ending in a colon, is a list
 * (and a short label over a numbered list under it is no item, nor a
 * heading glued under its last item); verse, dialogue, a lone line after
 * a colon, a program's listing and a table's caption stay as they were.
 * A byline closed by the outlet's one word ("By A and B, CNN") names no
 * third writer. A download link with its file's format, a charity's
 * registration, a magazine's print-edition note and a form's "Email
 * address" are chrome. A news site's dateline set out on lines of its
 * own ("Baltimore" / "CNN" / " - "), under a picture's caption and
 * credit, is not the text, nor the caption. The author's name over the
 * author's card at the page's end goes. What looks like these stays as
 * it read: lines after a lead-in naming verse, speech or commands, an
 * address, a table one cell a line, prose naming a company number or a
 * print edition, a lede over a share bar, a "Related" heading over
 * prose, a third writer with no "and", a name's "Jr.", a signature
 * under its valediction. Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

#define MENU "Home\nNews\nSport\nWeather\nMenu\n"
#define HEAD MENU "Harbour Wall Finished After Two Winters\nBy Tom Reed\nMay 6, 2019\n"

static bool
has_text(const doc_node *art, const char *s)
{
    return strstr(doc_text_of(A, art), s) != NULL;
}

/* The n-th top-level block of type t (0-based), or NULL. */
static const doc_node *
nth_block(const doc_node *art, doc_type t, int n)
{
    for (const doc_node *c = art->first_child; c; c = c->next)
        if (c->type == t && n-- == 0)
            return c;
    return NULL;
}

static int
count_children(const doc_node *n)
{
    int k = 0;
    for (const doc_node *c = n ? n->first_child : NULL; c; c = c->next)
        k++;
    return k;
}

static int
count_blocks(const doc_node *art, doc_type t)
{
    int k = 0;
    while (nth_block(art, t, k))
        k++;
    return k;
}

TEST(bare_list_after_lead_in)
{
    /* One paragraph a line, no blank lines at all. */
    const char *page =
        arena_printf(A, HEAD "The harbour wall was finished in the spring, two years "
                             "after the storm that broke the old one.\n"
                             "Here is what the council changed this year:\n"
                             "Fence the quay with the light on\n"
                             "Move the fish market to the north pier\n"
                             "Open the slipway to small boats\n"
                             "Hire two more harbour staff\n"
                             "None of these is new, but together they made a real "
                             "difference to the boats and the families who run them.\n");
    doc_node *art = read_article(page);
    const doc_node *list = nth_block(art, DOC_LIST, 0);
    OK(list != NULL);
    INT_EQ(count_children(list), 4);
    OK(list && !list->as.list.ordered);
    OK(strstr(doc_text_of(A, list), "Fence the quay with the light on") != NULL);
    OK(strstr(doc_text_of(A, list), "Hire two more harbour staff") != NULL);
    OK(strstr(doc_text_of(A, list), "None of these") == NULL);
    INT_EQ(count_blocks(art, DOC_PARA), 3);

    /* Paragraphs parted by blank lines, the list's items by none. */
    page = arena_printf(A,
                        HEAD "\n%sThree findings stand out from this year's readings:\n\n"
                             "Nitrate levels fell at most sites\n"
                             "Water temperature rose in the upper valley\n"
                             "Two streams met the bathing standard\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    list = nth_block(art, DOC_LIST, 0);
    OK(list != NULL);
    INT_EQ(count_children(list), 3);
    INT_EQ(count_blocks(art, DOC_PARA), 4);
}

TEST(bare_list_label_over_numbered_list)
{
    /* "Instructions" over the numbered steps labels them: a heading, not
     * the materials' last item. */
    const char *page = arena_printf(A,
                                    HEAD "%sBefore you start, gather these materials and tools:\n"
                                         "Six boards, 2 by 6 inches, 8 feet long\n"
                                         "A box of exterior screws\n"
                                         "Two clamps\n"
                                         "Instructions\n"
                                         "1. Cut the boards to length, three for the seat and "
                                         "four for the legs.\n"
                                         "2. Sand every piece, paying attention to the edges.\n"
                                         "3. Screw the seat boards down from above.\n\n%s",
                                    body(1), body(1));
    doc_node *art = read_article(page);
    const doc_node *list = nth_block(art, DOC_LIST, 0);
    OK(list != NULL);
    INT_EQ(count_children(list), 3);
    OK(list && strstr(doc_text_of(A, list), "Instructions") == NULL);
    const doc_node *h = nth_block(art, DOC_HEADING, 0);
    OK(h && !strcmp(doc_text_of(A, h), "Instructions"));
    const doc_node *steps = nth_block(art, DOC_LIST, 1);
    OK(steps && steps->as.list.ordered);
}

TEST(lines_after_colon_that_are_no_list_stay)
{
    /* Verse after a colon: lines end on commas and a full stop. */
    const char *page = arena_printf(A,
                                    HEAD "%sOne of the poems I still know by heart:\n"
                                         "The kettle on the stove,\n"
                                         "the window full of rain,\n"
                                         "and nothing more to ask of\n"
                                         "the morning, or the train.\n"
                                         "Reading one short thing slowly turned out to be the "
                                         "opposite of scrolling through the news for an hour.\n",
                                    body(1));
    doc_node *art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(has_text(art, "The kettle on the stove,"));

    /* Verse with no punctuation: its lines run on into each other. */
    page = arena_printf(A,
                        HEAD "%sShe wrote back the same evening:\n"
                             "The rain comes down on the\n"
                             "river and the river rises\n"
                             "and I am home\n"
                             "Nobody in the family had read a poem of hers before, and "
                             "nobody quite knew what to say to her about it.\n",
                        body(1));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);

    /* Verse that ends on a short line with a full stop: no prose under
     * the run, so no list. */
    page = arena_printf(A,
                        HEAD "%sThe card on the door said only this:\n"
                             "Gone to the harbour\n"
                             "Back when the tide turns\n"
                             "Love to all.\n\n%s",
                        body(1), body(1));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);

    /* Dialogue: short lines, each a sentence or a question. */
    page = arena_printf(A,
                        HEAD "%sThe harbour master asked me:\n"
                             "Where are you going?\n"
                             "Home.\n"
                             "Why?\n"
                             "Because the boats are back.\n\n%s",
                        body(1), body(1));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(has_text(art, "Where are you going?"));

    /* One line after the colon is no list. */
    page = arena_printf(A,
                        HEAD "%sThe sign on the gate read:\n"
                             "No boats after dark\n"
                             "The fishermen ignored it for most of the summer, as they had "
                             "ignored every sign the council had put up before it.\n",
                        body(1));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);

    /* Short lines with no lead-in stay as they read. */
    page = arena_printf(A,
                        HEAD "%sThe harbour in the morning\n"
                             "Gulls over the north pier\n"
                             "The fish market opening\n"
                             "The ferry leaving for the island\n\n%s",
                        body(1), body(1));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
}

TEST(heading_glued_under_bare_list)
{
    /* A browser sets the next section's heading right under the last
     * item; its shape tells it from the items. */
    const char *page = arena_printf(A,
                                    HEAD "%sThe new wall does more than keep the sea out, here "
                                         "is a short list:\n\n"
                                         "shelter for small boats\n"
                                         "a walk along the top\n"
                                         "a place to fish from\n"
                                         "Warnings\n\n%s",
                                    body(1), body(2));
    doc_node *art = read_article(page);
    const doc_node *list = nth_block(art, DOC_LIST, 0);
    OK(list != NULL);
    INT_EQ(count_children(list), 3);
    const doc_node *h = nth_block(art, DOC_HEADING, 0);
    OK(h && !strcmp(doc_text_of(A, h), "Warnings"));

    page = arena_printf(A,
                        HEAD "%sYou will need these things before you start:\n"
                             "Six boards of pine\n"
                             "A box of exterior screws\n"
                             "Two clamps\n"
                             "Tips for a Longer Life\n%s",
                        body(1), body(2));
    art = read_article(page);
    list = nth_block(art, DOC_LIST, 0);
    INT_EQ(count_children(list), 3);
    h = nth_block(art, DOC_HEADING, 0);
    OK(h && !strcmp(doc_text_of(A, h), "Tips for a Longer Life"));

    page = arena_printf(A,
                        HEAD "%sWhat you will need:\n"
                             "Glass jar\n"
                             "Small plants\n"
                             "Moss\n"
                             "Step 1\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    list = nth_block(art, DOC_LIST, 0);
    INT_EQ(count_children(list), 3);
    h = nth_block(art, DOC_HEADING, 0);
    OK(h && !strcmp(doc_text_of(A, h), "Step 1"));

    /* Items all in Title Case keep their last one. */
    page = arena_printf(A,
                        HEAD "%sThe trust has three working groups this year:\n"
                             "Harbour Wall Repairs\n"
                             "Lifeboat Station Funds\n"
                             "Summer Festival Planning\n%s",
                        body(1), body(2));
    art = read_article(page);
    list = nth_block(art, DOC_LIST, 0);
    INT_EQ(count_children(list), 3);
}

TEST(listing_or_caption_after_colon_is_no_list)
{
    /* A shell session copied one line a line. */
    const char *page = arena_printf(A,
                                    HEAD "%sClone the repository and update it like this:\n\n"
                                         "$ hg clone public harbour-repo\n"
                                         "updating to branch default\n"
                                         "$ hg update\n\n%s",
                                    body(1), body(2));
    doc_node *art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);

    /* A protocol's exchange. */
    page = arena_printf(A,
                        HEAD "%sThe server answers with these headers:\n\n"
                             "HTTP/1.1 200 OK\n"
                             "Access-Control-Allow-Origin: *\n"
                             "Content-Type: application/json\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);

    /* A table's caption over its tab-separated rows. */
    page = arena_printf(A,
                        HEAD "%sThe busiest harbours in the region last year were these:\n\n"
                             "Harbours by boats landed\n"
                             "(in thousands)\n"
                             "Harbour\tBoats\tShare\n"
                             "North Pier\t12\t40%%\n"
                             "Old Quay\t9\t30%%\n"
                             "East Basin\t9\t30%%\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(nth_block(art, DOC_TABLE, 0) != NULL);
}

TEST(byline_outlet_is_no_writer)
{
    doc_meta *m =
        read_meta(arena_printf(A,
                               MENU "Harbor pilots strike halts cargo traffic at the ports\n"
                                    "By Marisa Telford and Owen Castellanos, CNN\n"
                                    "March 5, 2024\n\n%s",
                               body(3)));
    INT_EQ((int)m->n_authors, 2);
    STR_EQ(m->authors[0], "Marisa Telford");
    STR_EQ(m->authors[1], "Owen Castellanos");
    OK(!m->author_roles || (!m->author_roles[0] && !m->author_roles[1]));

    /* One writer: the outlet is the writer's. */
    m = read_meta(arena_printf(A,
                               MENU "Harbor pilots strike halts cargo traffic at the ports\n"
                                    "By Marisa Telford, Reuters\n"
                                    "March 5, 2024\n\n%s",
                               body(3)));
    INT_EQ((int)m->n_authors, 1);
    STR_EQ(m->authors[0], "Marisa Telford");
    OK(m->author_roles && m->author_roles[0] && !strcmp(m->author_roles[0], "Reuters"));

    /* A second writer of two words is a writer; so are names of one word
     * with no fuller name before them. */
    m = read_meta(arena_printf(A,
                               MENU "Harbor pilots strike halts cargo traffic at the ports\n"
                                    "By Marisa Telford, Owen Castellanos\n"
                                    "March 5, 2024\n\n%s",
                               body(3)));
    INT_EQ((int)m->n_authors, 2);
    m = read_meta(arena_printf(A,
                               MENU "Harbor pilots strike halts cargo traffic at the ports\n"
                                    "By Marisa Telford, Owen Castellanos and Jo Park\n"
                                    "March 5, 2024\n\n%s",
                               body(3)));
    INT_EQ((int)m->n_authors, 3);
}

TEST(report_page_chrome)
{
    const char *page = arena_printf(A,
                                    HEAD "%sDownload the full report (PDF, 2.4 MB)\n"
                                         "Share this page\n"
                                         "Sign up for our newsletter\n"
                                         "Email address\n"
                                         "Subscribe\n"
                                         "Harbour Trust is a registered charity no. 1123456.\n",
                                    body(4));
    doc_meta *m = read_meta(page);
    doc_node *art = read_article(page);
    OK(!has_text(art, "Download the full report"));
    OK(!has_text(art, "Email address"));
    OK(!has_text(art, "registered charity"));
    OK(was_dropped(m, "Download the full report (PDF, 2.4 MB)"));
    OK(has_text(art, "supper on the quay"));

    /* The print edition's note under a magazine's piece. */
    page = arena_printf(A,
                        HEAD "%sThis article appears in the March 2021 print edition with the "
                             "headline \xe2\x80\x9cThe Wall Keepers.\xe2\x80\x9d\n",
                        body(4));
    art = read_article(page);
    OK(!has_text(art, "print edition"));
    OK(has_text(art, "supper on the quay"));

    /* Sentences about downloads, charities and articles stay. */
    page = arena_printf(A,
                        HEAD "%sDownload the tide tables from the council before you sail, "
                             "and keep a printed copy (PDF) in the boat.\n\n"
                             "The harbour trust became a registered charity in 1998, after "
                             "ten years of raising money for the lifeboat.\n\n"
                             "This article appears in a longer form in our book on the coast, "
                             "which has a chapter on the harbour's history.\n\n%s",
                        body(2), body(2));
    art = read_article(page);
    OK(has_text(art, "Download the tide tables"));
    OK(has_text(art, "registered charity in 1998"));
    OK(has_text(art, "appears in a longer form"));
}

TEST(dateline_in_parts_under_caption)
{
    const char *page =
        arena_printf(A,
                     MENU "Harbor pilots strike halts cargo traffic at the ports\n"
                          "By Marisa Telford and Owen Castellanos, CNN\n"
                          "Updated 3:41 PM EST, Tue March 5, 2024\n"
                          "Container ships wait at anchor outside the harbor on Monday.\n"
                          "Dana Whitcomb/Reuters\n"
                          "Baltimore\n"
                          "CNN\n"
                          " \xe2\x80\x94 \n"
                          "Cargo traffic at three East Coast ports came to a near standstill on "
                          "Tuesday after harbor pilots walked off the job, leaving dozens of "
                          "container ships waiting at anchor outside the breakwaters.\n"
                          "%s",
                     body(3));
    doc_node *art = read_article(page);
    const doc_node *p = nth_block(art, DOC_PARA, 0);
    OK(p && !strncmp(doc_text_of(A, p), "Cargo traffic at three", 22));
    OK(!has_text(art, "Container ships wait"));
    OK(nth_block(art, DOC_HEADING, 0) == NULL);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->date, "2024-03-05");

    /* The same dateline with no caption over it. */
    page = arena_printf(A,
                        MENU "Harbor pilots strike halts cargo traffic at the ports\n"
                             "By Marisa Telford\n"
                             "March 5, 2024\n"
                             "Baltimore\n"
                             " \xe2\x80\x93 \n"
                             "Cargo traffic at three East Coast ports came to a near standstill "
                             "on Tuesday after harbor pilots walked off the job, leaving dozens "
                             "of container ships waiting at anchor.\n%s",
                        body(2));
    art = read_article(page);
    p = nth_block(art, DOC_PARA, 0);
    OK(p && !strncmp(doc_text_of(A, p), "Cargo traffic at three", 22));

    /* A dash alone between short lines of a text's own, with no long
     * paragraph under it, stays. */
    page = arena_printf(A,
                        HEAD "%sHarbour\n"
                             " \xe2\x80\x94 \n"
                             "A word for a safe place.\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(has_text(art, "Harbour"));
    OK(has_text(art, "A word for a safe place."));
}

TEST(author_card_name_at_end)
{
    const char *page = arena_printf(A,
                                    "Open in app\nSign in\n"
                                    "What a long commute taught me about attention\n"
                                    "Priya Nandakumar\nFollow\n6 min read\n\xc2\xb7\nOct 3, 2019\n"
                                    "%sPriya Nandakumar\nWritten by Priya Nandakumar\n"
                                    "1.2K Followers\nFollow\nHelp\nStatus\nAbout\n",
                                    body(4));
    doc_node *art = read_article(page);
    doc_meta *m = art->as.article.meta;
    INT_EQ((int)m->n_authors, 1);
    const char *t = doc_text_of(A, art);
    OK(strstr(t, "Priya Nandakumar") == NULL);
    OK(has_text(art, "supper on the quay"));

    /* Another name at the end, a line of the text's own, stays. */
    page = arena_printf(A,
                        "Open in app\nSign in\n"
                        "What a long commute taught me about attention\n"
                        "Priya Nandakumar\nFollow\n6 min read\n\xc2\xb7\nOct 3, 2019\n"
                        "%sThanks to my editor:\nSam Okafor\n",
                        body(4));
    art = read_article(page);
    OK(has_text(art, "Sam Okafor"));
}

TEST(lead_in_naming_verse_or_speech_is_no_list)
{
    /* Lines after a lead-in that names verse, a song, words said or
     * written, or commands read as they did: no bullets. */
    static const char *const cases[] = {
        "My aunt taught me a short poem I still know by heart:\n\n"
        "Over the breakwater\nUnder the gulls\nHome with the trawlers\nSafe in the hulls\n\n",
        "The chorus the whole crew knew goes like this:\n\n"
        "Haul away the nets\nHaul away the line\nBring the boat in\n\n",
        "All summer the quay hummed the same refrain:\n\n"
        "oh the tide comes in\noh the tide comes in so slow\nround by the pier\n\n",
        "The harbour master's note to me said only this:\n\n"
        "Keep the lamp lit\nI am sailing home\n\n",
        "Then run these two commands in the folder:\n\nmake\nmake install\n\n",
        "Then it came, just as the old pilot had warned us all:\n\n"
        "Nothing moved\nNobody called\nThe quay went dark\n\n",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *page = arena_printf(A, HEAD "\n%s%s%s", body(1), cases[i], body(2));
        doc_node *art = read_article(page);
        OK(nth_block(art, DOC_LIST, 0) == NULL);
    }
}

TEST(address_or_table_cells_after_colon_are_no_list)
{
    const char *page =
        arena_printf(A,
                     HEAD "\n%sSend the forms to the club's secretary:\n\n"
                          "Harbour Sailing Club\n3 Quay Road\nNorthby\nNB21 3PU\n\n%s",
                     body(1), body(2));
    doc_node *art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(has_text(art, "3 Quay Road"));
    page = arena_printf(A,
                        HEAD "\n%sPost the cheque to our office:\n\n"
                             "Harbor Trust\n200 Water Street\nPortland, OR 97201\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);

    /* A table copied one cell a line. */
    page = arena_printf(A,
                        HEAD "\n%sThese are the catches the co-op weighed:\n\n"
                             "Boat\nSpring\nAutumn\nGull\n12.5 t\n9.0 t (-28%%)\n"
                             "Petrel\n8.0 t\n7.5 t (-6%%)\nTern\n4.5 t\n4.0 t (-11%%)\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(has_text(art, "Petrel"));
}

TEST(form_field_lines_stay)
{
    /* "Email address" as a line of the text's own, not a form's chrome. */
    const char *page = arena_printf(A,
                                    HEAD "\n%sThe fake form asked for three things, one a line:\n\n"
                                         "Full name\nEmail address\nDate of birth\n\n%s",
                                    body(1), body(2));
    doc_node *art = read_article(page);
    OK(has_text(art, "Email address"));
    OK(nth_block(art, DOC_HEADING, 0) == NULL);
}

TEST(prose_about_registration_or_print_stays)
{
    const char *page = arena_printf(
        A,
        HEAD "\n%sFilings show company number 07123456 was struck off in 2018, a week "
             "after the sale.\n\n"
             "This article appears in the club's archive beside the print edition coverage of "
             "the 1953 storm, whose headline still hangs in the bar.\n\n%s",
        body(1), body(2));
    doc_node *art = read_article(page);
    OK(has_text(art, "company number 07123456 was struck off"));
    OK(has_text(art, "beside the print edition coverage"));
}

TEST(lede_over_share_bar_stays)
{
    const char *page = arena_printf(A,
                                    MENU "Harbour Bridge to Shut for Repairs\nBy Tom Reed\n\n"
                                         "The council voted on Monday to shut the harbour bridge.\n"
                                         "Facebook / Twitter / Email\n\n%s",
                                    body(3));
    doc_node *art = read_article(page);
    OK(has_text(art, "The council voted on Monday to shut the harbour bridge."));
}

TEST(related_label_over_prose_stays)
{
    const char *page = arena_printf(A,
                                    HEAD "\n%sRelated projects\n\n"
                                         "The survey fed into two later projects, the reed bed "
                                         "and the oyster trial, both now run by volunteers from "
                                         "the harbour trust with the council's help.\n\n%s",
                                    body(1), body(2));
    doc_node *art = read_article(page);
    OK(has_text(art, "Related projects"));
    OK(has_text(art, "The survey fed into two later projects"));
}

TEST(byline_names_without_and_are_writers)
{
    /* No "and": the last word is a third writer. */
    doc_meta *m = read_meta(arena_printf(
        A,
        MENU "Harbor pilots strike halts cargo traffic\nBy Marisa Telford, Owen Castellanos, "
             "Prince\nMarch 5, 2024\n\n%s",
        body(3)));
    INT_EQ((int)m->n_authors, 3);
    STR_EQ(m->authors[2], "Prince");
    /* A generation's suffix is the name's. */
    m = read_meta(arena_printf(A,
                               MENU "Harbor pilots strike halts cargo traffic\n"
                                    "By Marisa Telford, Jr.\nMarch 5, 2024\n\n%s",
                               body(3)));
    INT_EQ((int)m->n_authors, 1);
    STR_EQ(m->authors[0], "Marisa Telford, Jr.");
    OK(!m->author_roles || !m->author_roles[0]);
    m = read_meta(arena_printf(A,
                               MENU "Harbor pilots strike halts cargo traffic\n"
                                    "By Owen Castellanos and Marisa Telford, III\n"
                                    "March 5, 2024\n\n%s",
                               body(3)));
    INT_EQ((int)m->n_authors, 2);
    STR_EQ(m->authors[1], "Marisa Telford, III");
}

TEST(author_name_under_open_line_stays)
{
    /* A letter's signature under its valediction, and a name that ends
     * the text's last sentence: the text's own, though it is the
     * author's. */
    const char *page = arena_printf(A,
                                    MENU "A Letter to the Boy on the Quay\nBy Tom Reed\n"
                                         "May 6, 2019\n\n%sWith love, from the man you became,\n\n"
                                         "Tom Reed\n",
                                    body(3));
    doc_node *art = read_article(page);
    OK(has_text(art, "Tom Reed"));
    page = arena_printf(A,
                        MENU "Remembering the Harbour Master\nBy Tom Reed\nMay 6, 2019\n\n"
                             "%sHis name, for the record, was\n\nTom Reed\n",
                        body(3));
    art = read_article(page);
    OK(has_text(art, "Tom Reed"));
}

TEST(registration_in_a_sentence_stays)
{
    /* The registration's number mid-body, closing a sentence whose verb
     * comes before it: the text's own. */
    const char *page = arena_printf(
        A, HEAD "\n%sThe land registry lists the closed shop under company number 04567891.\n\n%s",
        body(1), body(2));
    doc_node *art = read_article(page);
    OK(has_text(art, "under company number 04567891"));

    /* The registration alone, at the page's end, still goes. */
    page = arena_printf(A, HEAD "\n%sCompany number 04567891\n", body(4));
    art = read_article(page);
    OK(!has_text(art, "04567891"));
    OK(has_text(art, "supper on the quay"));
}

TEST(lede_over_glued_share_buttons_stays)
{
    /* "Share on Facebook/Twitter" is no photographer's credit. */
    const char *page = arena_printf(A,
                                    MENU "Harbour Bridge to Shut for Repairs\nBy Tom Reed\n\n"
                                         "The council voted on Monday to shut the harbour bridge.\n"
                                         "Share on Facebook/Twitter\n\n%s",
                                    body(3));
    doc_node *art = read_article(page);
    OK(has_text(art, "The council voted on Monday to shut the harbour bridge."));
}

TEST(signature_under_ellipsis_or_dash_stays)
{
    const char *page =
        arena_printf(A,
                     MENU "A Letter to the Boy on the Quay\nBy Tom Reed\n"
                          "May 6, 2019\n\n%sUntil the tide turns again\xe2\x80\xa6\n\n"
                          "Tom Reed\n",
                     body(3));
    doc_node *art = read_article(page);
    OK(has_text(art, "Tom Reed"));
    page = arena_printf(A,
                        MENU "A Letter to the Boy on the Quay\nBy Tom Reed\n"
                             "May 6, 2019\n\n%sYours, as ever \xe2\x80\x94\n\nTom Reed\n",
                        body(3));
    art = read_article(page);
    OK(has_text(art, "Tom Reed"));
}

TEST(address_or_table_rows_under_header_are_no_list)
{
    /* A street whose kind is no common word, a state named in full. */
    const char *page = arena_printf(A,
                                    HEAD "\n%sEntries go to the regatta office at:\n\n"
                                         "Bay Regatta Society\n4400 SW Lantern Parkway\n"
                                         "Salem, Oregon 97301\n\n%s",
                                    body(1), body(2));
    doc_node *art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(has_text(art, "4400 SW Lantern Parkway"));

    /* A post box and a county, no postcode. */
    page = arena_printf(A,
                        HEAD "\n%sLetters reach the paper at:\n\n"
                             "The Letters Desk\nQuay Gazette\nPO Box 48\nNorthby\nWessex\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(has_text(art, "PO Box 48"));

    /* A table one cell a line, under its header row. */
    page = arena_printf(A,
                        HEAD "\n%sHow long the crossing took before and after the works:\n\n"
                             "Boat\nBefore\nAfter\nGull\n22.5 min\n8.0 min (-64%%)\n"
                             "Petrel\n18.5 min\n7 min (-62%%)\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(nth_block(art, DOC_HEADING, 0) == NULL);
    OK(has_text(art, "Petrel"));

    /* A table of word cells ("Yes", "No"). */
    page = arena_printf(A,
                        HEAD "\n%sHow each ward voted on the two plans:\n\n"
                             "Ward\nQuay\nMarket\nHarbour\nYes\nNo\nHill\nNo\nNo\n"
                             "Mill\nYes\nYes\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) == NULL);
    OK(has_text(art, "Mill"));

    /* Items that are no address nor cells are still a list. */
    page = arena_printf(A,
                        HEAD "\n%sThe club asks three things of every crew:\n\n"
                             "Wear a life jacket on the water\nSign the book at the slipway\n"
                             "Tell the office when you are back\n\n%s",
                        body(1), body(2));
    art = read_article(page);
    OK(nth_block(art, DOC_LIST, 0) != NULL);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(bare_list_after_lead_in);
    RUN(bare_list_label_over_numbered_list);
    RUN(lines_after_colon_that_are_no_list_stay);
    RUN(heading_glued_under_bare_list);
    RUN(listing_or_caption_after_colon_is_no_list);
    RUN(byline_outlet_is_no_writer);
    RUN(report_page_chrome);
    RUN(dateline_in_parts_under_caption);
    RUN(author_card_name_at_end);
    RUN(lead_in_naming_verse_or_speech_is_no_list);
    RUN(address_or_table_cells_after_colon_are_no_list);
    RUN(form_field_lines_stay);
    RUN(prose_about_registration_or_print_stays);
    RUN(lede_over_share_bar_stays);
    RUN(related_label_over_prose_stays);
    RUN(byline_names_without_and_are_writers);
    RUN(author_name_under_open_line_stays);
    RUN(registration_in_a_sentence_stays);
    RUN(lede_over_glued_share_buttons_stays);
    RUN(signature_under_ellipsis_or_dash_stays);
    RUN(address_or_table_rows_under_header_are_no_list);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
