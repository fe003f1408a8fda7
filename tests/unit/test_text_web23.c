/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-third set): a picture's caption under the label
 * screen readers get ("Image caption,") between the headline and the
 * byline (a shape read right already); a reporter's job under a byline
 * of one ("By Jane Doe" over "Science reporter, Coast News"); a caption
 * with its credit glued on after an ellipsis ("...plan.Credit...Jane
 * Roe"); the dateline that dates a press release ("RIVERTON, Ore.
 * (March 18, 2024) — ..."); an academic news site's header (the writer
 * under an "Author" label, a disclosure and the partners under labels,
 * sections joined by a plus over the headline); the author's bio under
 * the byline; a contributor's card (role, disclaimer, tagline, follow
 * button) over the text; links copied with their "opens new tab" note; a
 * food blog's recipe card under its story, one step a line, its meta
 * row and its rating; a row of labelled dates, a caption's bracketed
 * credit and a newsletter's pitch inside a news story.
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
    OK(m->n_authors == 1 && m->author_roles && m->author_roles[0] &&
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
    OK(!m->author_roles || m->n_authors == 0 || !m->author_roles[0]);
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

TEST(author_label_disclosure_and_partners_over_the_text)
{
    /* An academic news site's header: the writer under an "Author"
     * label with a long job under the name, a disclosure and the
     * partners each under a label, share buttons; a fundraiser's appeal
     * under the text. */
    const char *s = arena_printf(
        A,
        "Arts + Culture\nEducation\nScience + Tech\n"
        "Why harbour walls still matter in the age of sea drones\n"
        "Published: March 4, 2024 8:25am EST\n"
        "Author\nMara Quill\nAssociate Professor of Coastal Planning, University of Riverton\n"
        "Disclosure statement\nMara Quill receives funding from the Coast Research Council.\n"
        "Partners\nUniversity of Riverton provides funding as a member of Coast Notes.\n"
        "View all partners\nEmail\nX (Twitter)\nFacebook\nLinkedIn\nPrint\n%s"
        "Harbours\nCoasts\nBefore you go...\n"
        "We believe everyone deserves good research. Please support our nonprofit newsroom.\n"
        "Donate now\n",
        body(4));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "Why harbour walls still matter in the age of sea drones");
    OK(!m->subtitle);
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    OK(m->n_authors == 1 && m->author_roles && m->author_roles[0] &&
       !strcmp(m->author_roles[0],
               "Associate Professor of Coastal Planning, University of Riverton"));
    STR_EQ(m->date, "2024-03-04");
    OK(!has_text(art, "receives funding"));
    OK(!has_text(art, "provides funding"));
    OK(!has_text(art, "Twitter"));
    OK(!has_text(art, "nonprofit newsroom"));
    OK(has_text(art, "The harbour wall was finished"));
    OK(has_text(art, "everyone who carried sandbags"));
}

TEST(partners_heading_in_the_text_stays)
{
    /* Far from the byline, a section headed "Partners" is the text's. */
    const char *s = arena_printf(A,
                                 MENU "The Harbour Wall Is Finished at Last\n\nBy Mara Quill\n\n%s"
                                      "Partners\n\nThe council worked with three local charities "
                                      "on the plan, and each of them paid for a part of the wall."
                                      "\n\n%s",
                                 body(3), body(2));
    doc_node *art = read_article(s);
    OK(has_text(art, "three local charities"));
}

TEST(plus_joined_sections_over_a_sentence_case_headline)
{
    const char *s = arena_printf(A,
                                 "Arts + Culture\nEducation\nHealth\n"
                                 "Science + Tech\n"
                                 "Why harbour walls still matter in the age of sea drones\n"
                                 "Published: March 4, 2024 8:25am EST\nEmail\nFacebook\nPrint\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Why harbour walls still matter in the age of sea drones");
    OK(!m->subtitle);
    /* A headline of more words may hold a plus. */
    s = arena_printf(A,
                     MENU "Harbour + Town Council Agree New Plan for the Old Sea Wall\n"
                          "March 4, 2024\nBy Mara Quill\n\n%s",
                     body(3));
    m = read_meta(s);
    STR_EQ(m->title, "Harbour + Town Council Agree New Plan for the Old Sea Wall");
}

TEST(authors_bio_under_the_byline_is_no_text)
{
    const char *s = arena_printf(
        A,
        MENU "Essay\nThe slow art of keeping a harbour log\n"
             "For centuries harbour masters wrote down every ship. What did they know?\n"
             "by Mara Quill\n"
             "Mara Quill is a historian of the sea at the University of Northfield. Her latest "
             "book is The Harbour Log (2022).\n"
             "Edited by Jon Park\n2,900 words\nSave\nShare\n%s",
        body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "The slow art of keeping a harbour log");
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    OK(!has_text(art, "historian of the sea"));
    OK(has_text(art, "The harbour wall was finished"));
    /* A story that opens on its writer in the past tense is text. */
    s = arena_printf(A,
                     MENU "The Summer I Learned to Sail\n\nBy Mara Quill\n\n"
                          "Mara Quill was twelve when she first sailed alone across the bay, in a "
                          "borrowed boat with a torn sail.\n\n%s",
                     body(3));
    art = read_article(s);
    OK(has_text(art, "Mara Quill was twelve"));
}

TEST(contributor_card_over_the_text)
{
    /* A business magazine's contributor: name, role, the publisher's
     * disclaimer, a tagline in the first person, a follow button. */
    const char *s = arena_printf(A,
                                 "Subscribe\nSign In\nInnovation\n"
                                 "Why Small Harbours Are Slow To Adopt Electric Ferries\n"
                                 "Mara Quill\nContributor\n"
                                 "Opinions expressed by Coast Weekly Contributors are their own.\n"
                                 "I write about how small ports use technology.\n"
                                 "Follow Author\nJan 12, 2024, 09:00am EST\n"
                                 "Share to Facebook\nShare to Twitter\n%s",
                                 body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "Why Small Harbours Are Slow To Adopt Electric Ferries");
    OK(!m->subtitle);
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    STR_EQ(m->date, "2024-01-12");
    OK(!has_text(art, "I write about"));
    OK(has_text(art, "The harbour wall was finished"));
}

TEST(first_person_opening_is_text)
{
    /* Under a "By" line, an essay opening in the first person is text. */
    const char *s = arena_printf(A,
                                 MENU "Why I Keep a Harbour Log\n\nBy Mara Quill\n\n"
                                      "I write about boats because my father built them, and "
                                      "because nobody else in our town wrote anything down.\n\n%s",
                                 body(3));
    doc_node *art = read_article(s);
    OK(has_text(art, "I write about boats"));
}

TEST(links_marked_for_a_new_tab_are_chrome)
{
    static const char *const yes[] = {"Purchase Licensing Rights, opens new tab",
                                      "Our Standards: The Coast Trust Principles., opens new tab",
                                      "Read the report (opens in a new window)"};
    static const char *const no[] = {"Click the link, which opens in a new tab.",
                                     "The map opens in a new tab when you press the button."};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        INT_EQ(rd_text_chrome_kind(yes[i], strlen(yes[i])), RD_TEXT_CHROME_LINE);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        INT_EQ(rd_text_chrome_kind(no[i], strlen(no[i])), RD_TEXT_CHROME_NONE);
    /* "Suggested Topics:" opens the box under the text. */
    const char *s = arena_printf(A,
                                 MENU "Harbour Fund to Sell Stakes in Dredgers\n\nBy Mara Quill\n"
                                      "March 20, 2024\n\n%s"
                                      "Reporting by Mara Quill; Editing by Jon Park\n\n"
                                      "Suggested Topics:\nEnvironment\n"
                                      "Mara Quill\nCoast Weekly\n"
                                      "Mara covers the harbour and its fund from the quay.\n",
                                 body(3));
    doc_node *art = read_article(s);
    OK(has_text(art, "Editing by Jon Park"));
    OK(!has_text(art, "Mara covers"));
}

/* The first block of type t under n (depth first) whose text holds s. */
static const doc_node *
find_block(const doc_node *n, doc_type t, const char *s)
{
    for (const doc_node *k = n->first_child; k; k = k->next) {
        if (k->type == t && strstr(doc_text_of(A, k), s))
            return k;
        const doc_node *f = find_block(k, t, s);
        if (f)
            return f;
    }
    return NULL;
}

/* A food blog's page: the story, then the recipe card. */
static const char *
recipe_page(const char *meta, const char *ingredients, const char *reasons)
{
    return arena_printf(
        A,
        "Skip to content\nHome\nRecipes\nAbout\nShop\nJump to Recipe\nPrint Recipe\n"
        "Harbour Fish Stew\n%s\n"
        "This stew is the one the harbour cooks make when the boats come in late and everyone "
        "is cold. It needs only what the market has left at the end of the day.\n"
        "The fish goes in at the very end, so it stays in big pieces; a squeeze of lemon "
        "makes the whole pot taste bright.\n%s"
        "Harbour Fish Stew\nPrint Recipe\nPin Recipe\n5 from 23 votes\n"
        "Prep Time 10 minutes\nServings 4\n%s"
        "Instructions\n"
        "Heat the oil in a large pot and cook the onion for five minutes until soft.\n"
        "Add the garlic and cook for one minute more.\n"
        "Pour in the stock, bring it to a boil, then simmer for twenty minutes.\n"
        "Lay the fish on top and cook for five minutes with the lid on.\n"
        "Notes\nThe stew keeps for two days in the fridge.\n"
        "Tried this recipe? Let us know how it was!\n"
        "Reader Interactions\n12 Comments\nLeave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "Comment *\nName *\nEmail *\nWebsite\nPost Comment\n",
        meta, reasons, ingredients);
}

TEST(recipe_card_under_the_story_is_the_texts)
{
    const char *s = recipe_page("Published: Oct 3, 2023 \xc2\xb7 Modified: Jan 5, 2024 by Mara "
                                "Quill \xc2\xb7 This post may contain affiliate links \xc2\xb7 "
                                "12 Comments",
                                "Ingredients\n1 tablespoon olive oil\n1 onion, chopped\n"
                                "2 cloves garlic, minced\n4 cups fish stock\n"
                                "1 pound white fish, in pieces\n",
                                "");
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "Harbour Fish Stew");
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    STR_EQ(m->date, "2023-10-03");
    OK(has_text(art, "1 onion, chopped"));
    OK(has_text(art, "Lay the fish on top"));
    OK(has_text(art, "keeps for two days"));
    OK(!has_text(art, "Print Recipe"));
    OK(!has_text(art, "23 votes"));
    OK(!has_text(art, "Tried this recipe"));
    OK(!has_text(art, "Leave a Reply"));
    /* One step a line, each ending its sentence: one step each. */
    const doc_node *step = find_block(art, DOC_ITEM, "Add the garlic");
    OK(step && !strstr(doc_text_of(A, step), "Heat the oil"));
}

TEST(recipe_card_is_shaped_as_its_page_shows_it)
{
    const char *s = recipe_page("By Mara Quill",
                                "Ingredients:\n1 tablespoon olive oil\n"
                                "1 onion, chopped\nFor the broth:\n"
                                "4 cups fish stock\n1 bay leaf\n",
                                "Why you will love this stew\nIt is cheap and keeps well.\n"
                                "It uses one pot.\n");
    doc_node *art = read_article(s);
    /* the labels are headings, without their colon */
    const doc_node *h = find_block(art, DOC_HEADING, "Ingredients");
    OK(h && !strcmp(doc_text_of(A, h), "Ingredients"));
    OK(find_block(art, DOC_HEADING, "Instructions") != NULL);
    OK(find_block(art, DOC_HEADING, "Notes") != NULL);
    /* the ingredients a list, but for the line naming a part */
    const doc_node *ing = find_block(art, DOC_LIST, "1 onion, chopped");
    OK(ing && !ing->as.list.ordered);
    OK(find_block(art, DOC_ITEM, "4 cups fish stock") != NULL);
    OK(find_block(art, DOC_ITEM, "For the broth") == NULL);
    OK(find_block(art, DOC_PARA, "For the broth") != NULL);
    /* the card's copy of the title over its times is dropped */
    OK(!has_text(art, "Harbour Fish Stew"));
    OK(has_text(art, "Prep Time 10 minutes"));
    /* the steps a numbered list, one step an item; the short first
       step is no numbered heading */
    const doc_node *st = find_block(art, DOC_LIST, "Add the garlic");
    OK(st && st->as.list.ordered && st->as.list.start == 1);
    size_t items = 0;
    for (const doc_node *k = st ? st->first_child : NULL; k; k = k->next)
        items++;
    INT_EQ(items, 4);
    OK(find_block(art, DOC_ITEM, "Heat the oil") != NULL);
    OK(find_block(art, DOC_PARA, "keeps for two days") != NULL);
    /* the story's two paragraphs stay two: the dropped buttons between
       them and the card part no runs of a hard-wrapped text */
    const doc_node *p = find_block(art, DOC_PARA, "This stew is the one");
    OK(p && !strstr(doc_text_of(A, p), "The fish goes in"));
    /* ... but not a line of the story above the card that says it */
    s = arena_printf(A,
                     MENU "Breakfast for one\nBy Mara Quill\n%s"
                          "Breakfast for one\nIs not sad at all, if you make it right.\n"
                          "Ingredients\n2 eggs\n1 slice of bread\n"
                          "Method\nFry the eggs in butter.\nToast the bread and serve.\n",
                     body(2));
    art = read_article(s);
    OK(has_text(art, "Breakfast for one"));
    OK(has_text(art, "Is not sad at all"));
}

TEST(steps_under_a_heading_in_the_story_are_no_card)
{
    /* A story that talks about ingredients, with no measured list under
       its heading: nothing is shaped. */
    const char *s = arena_printf(A,
                                 MENU "Harbour Fish Stew\nBy Mara Quill\n%s"
                                      "Ingredients\nThe market sells fish, onions and bay "
                                      "leaves.\nThe cooks bring their own oil.\n"
                                      "Instructions\nEvery cook has their own way.\n"
                                      "Nobody writes it down.\n%s",
                                 body(2), body(2));
    doc_node *art = read_article(s);
    OK(find_block(art, DOC_LIST, "The market sells") == NULL);
    OK(find_block(art, DOC_LIST, "Nobody writes") == NULL);
}

TEST(ingredients_label_without_a_list_reaches_nothing)
{
    /* One line under "Ingredients" is no card: the region stays. */
    const char *s = recipe_page("By Mara Quill", "Ingredients\nSee the shopping list below.\n", "");
    doc_node *art = read_article(s);
    OK(!has_text(art, "Lay the fish on top"));
    OK(has_text(art, "This stew is the one"));
}

/* A blog engine's post: its footer ("Posted by Jane at 20:14", share
 * buttons, labels) and a reader's comment under "Anonymous said...",
 * with the comment's time under it, and no count of comments over it. */
TEST(blog_comment_said_under_the_post_ends_the_text)
{
    const char *s = arena_printf(A,
                                 "The Quiet Shelf\nNotes on books, borrowed and bought\n"
                                 "Tuesday, 14 May 2019\nOn Rereading the Harbour Novels\n%s"
                                 "Posted by Mara Quill at 20:14\n"
                                 "Email ThisBlogThis!Share to XShare to Facebook\n"
                                 "Labels: books, rereading\n"
                                 "Anonymous said...\n"
                                 "Lovely post. I had the same experience with the sea stories.\n"
                                 "15 May 2019 at 08:02\n"
                                 "Post a Comment\nNewer Post Older Post Home\n"
                                 "Subscribe to: Post Comments (Atom)\n",
                                 body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    OK(has_text(art, "The harbour wall was finished"));
    OK(!has_text(art, "Lovely post"));
    OK(!has_text(art, "Anonymous said"));
    OK(!has_text(art, "Posted by"));
}

TEST(said_lines_in_a_story_stay)
{
    /* a pronoun's "said", and a name's near the top, before much text */
    const char *s = arena_printf(A,
                                 MENU "Harbour Voices\nBy Mara Quill\n%s"
                                      "She said...\nThat the wall would never hold, and it "
                                      "held for a hundred years.\n15 May 2019 at 08:02\n%s",
                                 body(2), body(1));
    doc_node *art = read_article(s);
    OK(has_text(art, "That the wall would never hold"));
    s = arena_printf(A,
                     MENU "Harbour Voices\nJon Park said:\nThe wall will hold, and the "
                          "ferry will run all winter.\n15 May 2019\n%s",
                     body(3));
    art = read_article(s);
    OK(has_text(art, "The harbour wall was finished"));
}

/* A wire story's author card under the text: the name in capitals as
 * the byline gave it, over a bio that opens with the surname. */
TEST(author_card_under_the_text_is_no_text)
{
    const char *s = arena_printf(A,
                                 MENU "Harbour seals return to the estuary\nBy MARA QUILL\n"
                                      "Updated 4:12 AM GMT+1, February 20, 2024\n%s"
                                      "MARA QUILL\nQuill covers the coast and its harbours.\n"
                                      "twitter\nmailto\n",
                                 body(4));
    doc_node *art = read_article(s);
    OK(has_text(art, "The harbour wall was finished"));
    OK(!has_text(art, "covers the coast"));
    /* the bio in another case than the byline */
    s = arena_printf(A,
                     MENU "Harbour seals return to the estuary\nBy Mara De Quill\n%s"
                          "Mara de Quill is a reporter for the Coast News.\n",
                     body(4));
    art = read_article(s);
    OK(!has_text(art, "is a reporter for"));
    /* a name alone over a sentence about another: the text's */
    s = arena_printf(A,
                     MENU "Harbour seals return to the estuary\nBy Mara Quill\n%s"
                          "Mara Quill\nThe ferry covers the crossing in twenty minutes.\n",
                     body(4));
    art = read_article(s);
    OK(has_text(art, "The ferry covers the crossing"));
}

/* Lines that introduce quotes in news, mail and letters ("Mr Smith
 * said:", "Jane Roe wrote:", a letter with its date under it) are no
 * comment thread: the text goes on. */
TEST(quote_introductions_are_no_comment_thread)
{
    static const char *const cases[] = {
        "Mr Smith said:\n\"This is a good day for the islands.\"\n"
        "A council spokesperson said:\n\"We have listened to the community.\"\n"
        "The new timetable takes effect on 1 May, and the council will review passenger "
        "numbers after six months.\n",
        "Jane Roe wrote:\n> The importer crashes on a row with no departure time.\n"
        "Agreed. I have pushed a change that skips such rows with a warning.\n"
        "Mark Poe wrote:\n> Could we also accept times written with a dot?\n"
        "Yes, that will go into the same release on Friday, with the new timetable.\n",
        "Private Harper wrote:\n\"Dear Mother, we are moved again and the billet is better "
        "than the last. Do not worry about me.\"\n14 October 1918\n"
        "He was killed three weeks later, a few days before the armistice, and the new "
        "timetable of the ferry was the last thing he wrote about.\n",
        "Jane Roe says:\nThe wall will hold, and the ferry will run all winter.\n"
        "Mara Quill says:\nThe ferry will stop in January, whatever the wall does.\n"
        "Both agree that the new timetable is better than the old.\n",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *s =
            arena_printf(A, MENU "Harbour Voices\nBy Mara Quill\n%s%s", body(3), cases[i]);
        doc_node *art = read_article(s);
        test_current = cases[i];
        OK(has_text(art, "timetable"));
    }
    test_current = "quote_introductions_are_no_comment_thread";
}

/* A debate's contributors, each named in capitals over a one-line bio
 * and their part: the first name's card is no end of the text. */
TEST(contributor_named_over_a_bio_mid_text_stays)
{
    const char *s = arena_printf(
        A,
        MENU "Should the city ban cars from the old town?\nBy Jane Roe and John Doe\n%s"
             "JOHN DOE\nDoe is a transport planner.\n"
             "Closing the old town to cars is not a radical idea. Dozens of cities of a "
             "similar size have done it, and the footfall in the shops rose every time.\n"
             "JANE ROE\nRoe is a shop owner and chair of the traders' association.\n"
             "Nobody who works in the old town wants more traffic, but the plan was drawn up "
             "without asking the people who will live with it every day.\n"
             "If the council wants our support, it should extend the buses first and close "
             "the streets afterwards, not the other way round.\n",
        body(2));
    doc_node *art = read_article(s);
    OK(has_text(art, "Nobody who works in the old town"));
    OK(has_text(art, "extend the buses first"));
}

/* The story after a card's steps, set one a line, is no step. */
TEST(story_after_the_steps_is_no_step)
{
    const char *s =
        arena_printf(A,
                     MENU "My grandmother's Sunday pancakes\nBy Mara Quill\n%s"
                          "Ingredients\n200 g plain flour\n2 eggs\n300 ml milk\n\n"
                          "Method\nWhisk everything together until smooth.\n"
                          "Cook the pancakes one at a time in a hot buttered pan.\n\n"
                          "We make them now on the first Sunday of each month.\n"
                          "Some things are passed down whether you write them down or not.\n",
                     body(2));
    doc_node *art = read_article(s);
    const doc_node *st = find_block(art, DOC_LIST, "Whisk everything");
    OK(st && st->as.list.ordered);
    OK(find_block(art, DOC_ITEM, "first Sunday") == NULL);
    OK(find_block(art, DOC_PARA, "first Sunday") != NULL);
}

/* A handle after the byline's name, set apart by a spaced slash or bar. */
TEST(spaced_separator_before_a_handle)
{
    static const char *const lines[] = {"By Mara Quill / @mquill", "By Mara Quill | @mquill"};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        const char *s =
            arena_printf(A, MENU "Harbour seals return to the estuary\n%s\n%s", lines[i], body(3));
        doc_node *art = read_article(s);
        doc_meta *m = art->as.article.meta;
        test_current = lines[i];
        OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
        STR_EQ(m->title, "Harbour seals return to the estuary");
    }
    test_current = "spaced_separator_before_a_handle";
}

TEST(rating_is_chrome)
{
    const char *r = "4.8 from 120 reviews";
    INT_EQ(rd_text_chrome_kind(r, strlen(r)), RD_TEXT_CHROME_LINE);
    r = "5 from the harbour, 3 from the hill";
    INT_EQ(rd_text_chrome_kind(r, strlen(r)), RD_TEXT_CHROME_NONE);
}

TEST(dates_row_and_chrome_inside_a_news_story)
{
    const char *s = arena_printf(
        A,
        MENU "City council approves new sea wall on Harbour Street\n"
             "The plan adds a wall on two miles of the city's busiest quay by next summer.\n"
             "By Mara Quill\n"
             "Published June 4, 2024 at 6:00 a.m. | Updated June 4, 2024 at 9:15 a.m.\n"
             "%s"
             "Boats moored along the quay during the storm in May. (Photo by Jon Park / Staff)\n"
             "Sign up for our Morning Brief newsletter\n"
             "Get the day's top stories in your inbox every weekday morning.\n"
             "%s",
        body(2), body(2));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "City council approves new sea wall on Harbour Street");
    STR_EQ(m->date, "2024-06-04");
    OK(!has_text(art, "Published June"));
    OK(!has_text(art, "Photo by Jon Park"));
    OK(!has_text(art, "in your inbox"));
    /* A sentence about an inbox, a bracket that is no credit: text. */
    const char *t = "Get used to a full inbox, the harbour master told the new clerks.";
    INT_EQ(rd_text_chrome_kind(t, strlen(t)), RD_TEXT_CHROME_NONE);
    t = "The wall was finished in May. (Photos of it are in the town hall.)";
    INT_EQ(rd_text_chrome_kind(t, strlen(t)), RD_TEXT_CHROME_NONE);
}

TEST(reviewed_shapes_that_stay_text)
{
    /* Hard-wrapped text whose breaks all fall at sentence ends, in
     * blank-parted runs: still one paragraph a run. */
    const char *s = "Notes on the Harbour Survey\n\n"
                    "This document is written with one sentence on each line of the file.\n"
                    "That makes the changes between drafts easier to read for everyone.\n\n"
                    "The survey of the harbour wall was finished in the first week of May.\n"
                    "Its findings are set out in the sections that follow this short note.\n";
    doc_node *art = read_article(s);
    size_t paras = 0;
    for (const doc_node *b = art->first_child; b; b = b->next)
        paras += b->type == DOC_PARA;
    INT_EQ(paras, 2);
    /* A first paragraph in the first person that opens on the writer's
     * name, and a job-shaped subhead under "By": text, no role. */
    s = arena_printf(A,
                     MENU "A Name of My Own\n\nBy Mara Quill\n\n"
                          "Mara Quill is not the name I was born with. For forty years I answered "
                          "to another one.\n\n%s",
                     body(3));
    art = read_article(s);
    OK(has_text(art, "not the name I was born with"));
    s = arena_printf(A,
                     MENU "Six Bus Routes Will End in July\n\nBy Mara Quill\n"
                          "Student volunteers at the food bank\n\n%s",
                     body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1 && (!m->author_roles || !m->author_roles[0]));
    /* An old date in a title-case dateline is a story's, not the page's. */
    s = arena_printf(A,
                     MENU "The Call\n\nBoston, March 10, 1876 - Alexander Bell spoke the first "
                          "words down the wire to his assistant in the next room.\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->date == NULL);
}

TEST(recipe_in_the_comments_or_a_shop_box_reaches_nothing)
{
    /* A reader's recipe after the thread's count, and a shop's unmeasured
     * "Ingredients": the region stays on the story. */
    const char *s = arena_printf(A,
                                 MENU "What I Learned From a Year of Baking\n\nBy Mara Quill\n\n%s"
                                      "3 Responses\nJon Park\nHere is my grandmother's recipe.\n"
                                      "Ingredients\n500 g flour\n10 g salt\n350 ml water\n"
                                      "Method\nMix everything and leave it overnight.\n"
                                      "Shape it in the morning and bake it for forty minutes.\n"
                                      "About\nContact\nPrivacy\nTerms\nCareers\nShop\n",
                                 body(4));
    doc_node *art = read_article(s);
    OK(!has_text(art, "500 g flour"));
    s = arena_printf(A,
                     MENU "A Cream for Cold Harbours\n\nBy Mara Quill\n\n%s"
                          "Shop the story\nHarbour Balm\nIngredients\nWater, glycerin\n"
                          "Shea butter, beeswax\nDirections\nApply it to dry skin.\n"
                          "Use it twice a day.\nCustomer reviews\nAdd to bag\n"
                          "About\nContact\nPrivacy\nTerms\nCareers\nShop\n",
                     body(4));
    art = read_article(s);
    OK(!has_text(art, "Shea butter"));
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
    RUN(author_label_disclosure_and_partners_over_the_text);
    RUN(partners_heading_in_the_text_stays);
    RUN(plus_joined_sections_over_a_sentence_case_headline);
    RUN(authors_bio_under_the_byline_is_no_text);
    RUN(contributor_card_over_the_text);
    RUN(first_person_opening_is_text);
    RUN(links_marked_for_a_new_tab_are_chrome);
    RUN(recipe_card_under_the_story_is_the_texts);
    RUN(ingredients_label_without_a_list_reaches_nothing);
    RUN(recipe_card_is_shaped_as_its_page_shows_it);
    RUN(steps_under_a_heading_in_the_story_are_no_card);
    RUN(rating_is_chrome);
    RUN(spaced_separator_before_a_handle);
    RUN(author_card_under_the_text_is_no_text);
    RUN(quote_introductions_are_no_comment_thread);
    RUN(contributor_named_over_a_bio_mid_text_stays);
    RUN(story_after_the_steps_is_no_step);
    RUN(blog_comment_said_under_the_post_ends_the_text);
    RUN(said_lines_in_a_story_stay);
    RUN(dates_row_and_chrome_inside_a_news_story);
    RUN(reviewed_shapes_that_stay_text);
    RUN(recipe_in_the_comments_or_a_shop_box_reaches_nothing);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
