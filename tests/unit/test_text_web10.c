/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (tenth set): a caption ending with the dek is no breadcrumb,
 * a box of picks "for you" ends the text, the site's "About us" blurb, a
 * card over a "Follow" button.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(caption_ending_with_the_dek_is_no_trail)
{
    /* A video's caption over the header ends with the dek's words ("Video
     * of the talk? Notes from the harbour ..."): a step of a trail copied
     * as words never closes with a question mark or a full stop, so the
     * caption is no breadcrumb and the dek no title printed twice; nor
     * is the caption prose the header would drop, as it repeats the
     * dek. */
    const char *s = arena_printf(A,
                                 "Upgrade\nArchive\nBook\n"
                                 "Video of Why? Notes from the harbour wall opening day in town\n"
                                 "Why Walls? What Comes Next?\n"
                                 "Jane Marsh\nFollow\nOct 19, 2016 \xc2\xb7 10 min read\n"
                                 "Notes from the harbour wall opening day in town\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Why Walls? What Comes Next?");
    STR_EQ(m->subtitle, "Notes from the harbour wall opening day in town");
    STR_EQ(m->date, "2016-10-19");
    /* A trail copied as words still ends with the headline. */
    const char *t = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "Home News Local The Harbour Wall Is Finished at Last\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "By Jane Marsh\n\n%s",
                                 body(3));
    m = read_meta(t);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
}

TEST(picks_for_you_end_the_text)
{
    /* "Faves For You", "Picked for you": a label of a few words ending
     * with "for you" opens a box of other stories, as "Recommended for
     * you" does; a heading that asks ("What It Means for You") stays. */
    OK(rd_text_chrome_kind("Faves For You", 13) == RD_TEXT_CHROME_CUT);
    OK(rd_text_chrome_kind("Picked for you", 14) == RD_TEXT_CHROME_CUT);
    OK(rd_text_chrome_kind("What It Means for You", 21) == RD_TEXT_CHROME_NONE);
    OK(rd_text_chrome_kind("for you", 7) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s"
                                 "What It Means for You\n\n%s"
                                 "Faves For You\n"
                                 "\xe2\x80\x94 Harbour!\n"
                                 "A lighthouse keeper retires after forty years on the point\n"
                                 "The keeper tells us what he will miss about the long nights.\n"
                                 "Giggles in Your Inbox\n\n!\n\nConnect with us\n"
                                 "The Harbour Post is a friendly online community for readers of "
                                 "all ages who care about the coast, its boats, its birds and the "
                                 "people who keep its lights burning through the winter storms.\n",
                                 body(3), body(2));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(was_dropped(m, "Faves For You"));
    OK(was_dropped(m, "A lighthouse keeper retires after forty years on the point"));
    OK(!was_dropped(m, "What It Means for You"));
}

TEST(about_us_blurb_under_a_newsletter_box)
{
    /* The site's "About us" paragraph under its footer's labels is the
     * page's, however long: a newsletter box's leftover ("!") between
     * the labels is neither menu nor text. With the blurb known for the
     * footer, a box of picks over it sits in the last half of the text
     * and cuts it. */
    const char *about = "The Harbour Post is a friendly online community for readers of all ages "
                        "(though sailors are always welcome!) covering the coast, its boats, its "
                        "birds, its weather, its festivals and the people who keep its lights "
                        "burning through the winter storms. A place for writers and artists to "
                        "create and share, the Post welcomes reader letters and publishes them "
                        "daily. We were founded by three friends in 2011 as a place on the "
                        "Internet to make a coastal town smile. We are still trying to do just "
                        "that, one small story at a time.";
    const char *s = arena_printf(
        A,
        "Home\nNews\nAbout\n\n"
        "The Harbour Wall Is Finished at Last\n"
        "By Jane Marsh\n\n%s"
        "Faves For You\n"
        "A lighthouse keeper retires after forty years on the point\n"
        "The keeper tells us what he will miss about the long nights.\n"
        "Letters in Your Inbox\n\n!\n\nConnect with us\nAbout us\n\n"
        "%s\n\n\xc2\xa9 2016, The Harbour Post is part of the Coastal Media Group and its "
        "Lifestyle Network.\n\n"
        "Contact\nmasthead\nhelp\nadvertising\nprivacy\n",
        body(2), about);
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(was_dropped(m, about));
    OK(was_dropped(m, "A lighthouse keeper retires after forty years on the point"));
    OK(was_dropped(m, "The keeper tells us what he will miss about the long nights."));
}

TEST(card_over_a_follow_button_is_the_page_s)
{
    /* Under the text, a publication's or author's card: its name and a
     * line about it, set close together, over a "Follow" button. The
     * text's own last paragraph, set apart by a blank line, stays. */
    const char *blurb = "How the coast, its boats and its people face the changing weather, a "
                        "conversation that grew out of our readers' letters and the winter summit.";
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s"
                                 "From the Harbour Post to the Next Harbour\n%s\n"
                                 "Follow\n343\nTechnology\nFuture Of Work\nWhite House\n"
                                 "343 claps\n\nWritten by\n\nJane Marsh\nFollow\n"
                                 "Editor of the Post.\nFollow\nSee responses (11)\nAbout\nHelp\n"
                                 "Legal\nTerms\nPrivacy\n",
                                 body(4), blurb);
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(was_dropped(m, blurb));
    OK(was_dropped(m, "From the Harbour Post to the Next Harbour"));
    OK(!was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                       "procession of boats and a supper on the quay for everyone who carried "
                       "sandbags during the storm."));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(caption_ending_with_the_dek_is_no_trail);
    RUN(picks_for_you_end_the_text);
    RUN(about_us_blurb_under_a_newsletter_box);
    RUN(card_over_a_follow_button_is_the_page_s);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
