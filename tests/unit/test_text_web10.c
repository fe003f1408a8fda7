/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (tenth set): a caption ending with the dek is no breadcrumb,
 * a box of picks "for you" ends the text, the site's "About us" blurb, a
 * card over a "Follow" button, a CJK name glued to the date, a video's
 * caption under the date, a Japanese header with a keyword label, a name
 * with a dash and an age over a tool menu, a list of headlines over the
 * header.
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

TEST(cjk_name_glued_to_the_date)
{
    /* Japanese and Chinese sites print the author's name and the date on
     * one line with nothing between ("山田花子2019年04月13日 09時00分"): a
     * name of a few letters of a script written without spaces, then a
     * whole date, maybe with its time. The buttons under it are the
     * header's; a headline of that script is no kicker nor menu entry
     * however few its "words", and a sentence of 30 of its letters is
     * prose. */
    const char *jp = "\xe5\xb1\xb1\xe7\x94\xb0\xe8\x8a\xb1\xe5\xad\x90"; /* 山田花子 */
    const char *line = arena_printf(A,
                                    "%s2019\xe5\xb9\xb4"
                                    "04\xe6\x9c\x88"
                                    "13\xe6\x97\xa5 "
                                    "09\xe6\x99\x82"
                                    "00\xe5\x88\x86",
                                    jp);
    const char *para =
        "\xe3\x80\x80"
        "%d\xe6\x9c\x88"
        "1\xe6\x97\xa5\xe3\x81\xae\xe3\x83\x8b\xe3\x83\xa5"
        "\xe3\x83\xbc\xe3\x82\xb9\xe3\x82\x92\xe3\x81\xbe\xe3\x81\xa8\xe3\x82\x81\xe3\x81"
        "\x9f\xe3\x80\x8c\xe4\xbb\x8a\xe9\x80\xb1\xe3\x81\xae\xe3\x83\x8b\xe3\x83\xa5\xe3"
        "\x83\xbc\xe3\x82\xb9\xe3\x80\x8d\xe3\x80\x82\xe6\xb8\xaf\xe3\x81\xae\xe5\xa3\x81"
        "\xe3\x81\x8c\xe5\xae\x8c\xe6\x88\x90\xe3\x81\x97\xe3\x80\x81\xe8\x88\xb9\xe3\x81"
        "\x8c\xe6\x88\xbb\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x8d\xe3\x81\x9f\xe3\x80\x82";
    const char *title = "\xe6\xb8\xaf\xe3\x81\xae\xe5\xa3\x81\xe3\x81\x8c\xe5\xae\x8c\xe6\x88"
                        "\x90--\xe4\xbb\x8a\xe9\x80\xb1\xe3\x81\xae\xe3\x83\x8b\xe3\x83\xa5\xe3"
                        "\x83\xbc\xe3\x82\xb9"; /* 港の壁が完成--今週のニュース */
    const char *s = arena_printf(
        A,
        "News\nMarketers\nApps\nsearch\nmenu\n"
        "Harbour Post > Features > Weekly\n%s\n%s\n"
        "Tweet\n\xe5\x8d\xb0\xe5\x88\xb7\n"                    /* 印刷 */
        "\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\n"               /* メール */
        "HTML\nPDF\n\xe4\xbf\x9d\xe5\xad\x98\n"                /* 保存 */
        "\xe3\x82\xaf\xe3\x83\xaa\xe3\x83\x83\xe3\x83\x97\n\n" /* クリップ */
        "%s\n\n%s\n\n%s\n",
        title, line, arena_printf(A, para, 4), arena_printf(A, para, 5), arena_printf(A, para, 6));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, title);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], jp);
    STR_EQ(m->date, "2019-04-13");
}

TEST(video_caption_under_the_date_is_no_title)
{
    /* A headline between the date and the text is the title when nothing
     * over the date names it; under a header that has its title over a
     * "By" line already, it is a video's caption or a teaser. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last After Two Winters\n"
                                 "By Jane Marsh\nClose\nFollow on Twitter\nMore from Jane\n"
                                 "Joe Park\nClose\nFollow on Twitter\nMore from Joe\n"
                                 "Dec 16, 2016, 12:37 PM ET\n0 Shares\nEmail\nStar\n"
                                 "PlayAnn Lee/Photo\n"
                                 "WATCH Harbour Wall Opens After Two Winters of Work\n"
                                 "0 Shares\nEmail\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last After Two Winters");
    STR_EQ(m->date, "2016-12-16");
    /* Over a date alone, the headline is the title. */
    const char *t = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "Dec 16, 2016\n"
                                 "The Harbour Wall Is Finished at Last After Two Winters\n\n%s",
                                 body(3));
    m = read_meta(t);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last After Two Winters");
}

TEST(cjk_header_with_a_keyword_label)
{
    /* A Japanese header: a print button, the date, a headline of more
     * than 20 letters of a script set without spaces (no link label, and
     * the title over the name under it), the author's name, a keyword
     * label ending with the full-width colon over its value, an ad's
     * mark. */
    const char *head = "\xe6\xb8\xaf\xe3\x81\xae\xe9\x98\xb2\xe6\xb3\xa2\xe5\xa0\xa4\xe3\x81\x8c"
                       "\xe3\x81\xa4\xe3\x81\x84\xe3\x81\xab\xe5\xae\x8c\xe6\x88\x90\xe3\x80\x81"
                       "\xe4\xba\x8c\xe5\xb9\xb4\xe3\x81\xb6\xe3\x82\x8a\xe3\x81\xab\xe6\xbc\x81"
                       "\xe8\x88\xb9\xe3\x81\x8c\xe6\xb8\xaf\xe3\x81\xb8\xe6\x88\xbb\xe3\x82\x8b";
    const char *s = arena_printf(
        A,
        "Home\n\n\xe5\x8d\xb0\xe5\x88\xb7\n\n2019/02/22 "
        "17:23:44\n\n%"
        "s\n\xe5\xb1\xb1\xe7\x94\xb0\xe8\x8a\xb1\xe5\xad\x90\n\xe9\x96\xa2\xe9\x80\xa3\xe3\x82\xad"
        "\xe3\x83\xbc\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89\xef\xbc\x9a\n\xe6\xb8\xaf\xe6\xb9\xbe\n- "
        "PR -\n\n"
        "\xe3\x80\x80\xe6\xb8\xaf\xe3\x81\xae\xe9\x98\xb2\xe6\xb3\xa2\xe5\xa0\xa4\xe3\x81\xaf\xe6"
        "\x98\xa5\xe3\x81\xab\xe5\xae\x8c\xe6\x88\x90\xe3\x81\x97\xe3\x80\x81\xe5\xb5\x90\xe3\x81"
        "\xa7\xe5\x8f\xa4\xe3\x81\x84\xe5\xa3\x81\xe3\x81\x8c\xe5\xa3\x8a\xe3\x82\x8c\xe3\x81\xa6"
        "\xe3\x81\x8b\xe3\x82\x89\xe4\xba\x8c\xe5\xb9\xb4\xe3\x81\xb6\xe3\x82\x8a\xe3\x81\xab\xe6"
        "\xbc\x81\xe8\x88\xb9\xe3\x81\x8c\xe6\xb8\xaf\xe3\x81\xb8\xe6\x88\xbb\xe3\x81\xa3\xe3\x81"
        "\xa6\xe3\x81\x8d\xe3\x81\x9f\xe3\x80\x82\n\n\xe3\x80\x80\xe9\x9a\xa3\xe3\x81\xae\xe6\xb9"
        "\xbe\xe3\x81\xab\xe8\x88\xb9\xe3\x82\x92\xe5\x81\x9c\xe3\x82\x81\xe3\x81\xa6\xe3\x81\x84"
        "\xe3\x81\x9f\xe6\xbc\x81\xe5\xb8\xab\xe3\x81\xae\xe5\xae\xb6\xe6\x97\x8f\xe3\x81\xaf\xe3"
        "\x80\x81\xe5\xae\xb6\xe3\x81\xbe\xe3\x81\xa7\xe3\x81\xae\xe9\x81\x93\xe3\x81\xae\xe3\x82"
        "\x8a\xe3\x81\x8c\xe4\xb8\x80\xe7\x95\xaa\xe3\x81\xa4\xe3\x82\x89\xe3\x81\x8b\xe3\x81\xa3"
        "\xe3\x81\x9f\xe3\x81\xa8\xe8\xa9\xb1\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe3"
        "\x80\x82\n\n\xe3\x80\x80\xe6\x8a\x80\xe5\xb8\xab\xe3\x81\xab\xe3\x82\x88\xe3\x82\x8b\xe3"
        "\x81\xa8\xe9\xab\x98\xe3\x81\x95\xe3\x81\xaf\xe4\xbb\xa5\xe5\x89\x8d\xe3\x81\xa8\xe5\x90"
        "\x8c\xe3\x81\x98\xe3\x81\xa0\xe3\x81\x8c\xe3\x80\x81\xe7\x9f\xb3\xe3\x81\xae\xe8\x89\xb2"
        "\xe3\x81\x8c\xe6\x98\x8e\xe3\x82\x8b\xe3\x81\x84\xe3\x81\x9f\xe3\x82\x81\xe4\xbd\x8e\xe3"
        "\x81\x8f\xe8\xa6\x8b\xe3\x81\x88\xe3\x82\x8b\xe3\x81\xae\xe3\x81\xa0\xe3\x81\xa8\xe3\x81"
        "\x84\xe3\x81\x86\xe3\x80\x82\n",
        head);
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, head);
    STR_EQ(m->date, "2019-02-22");
    OK(was_dropped(m, "\xe9\x96\xa2\xe9\x80\xa3\xe3\x82\xad\xe3\x83\xbc\xe3\x83\xaf\xe3\x83\xbc\xe3"
                      "\x83\x89\xef\xbc\x9a"));
    OK(was_dropped(m, "\xe6\xb8\xaf\xe6\xb9\xbe"));
}

TEST(name_dash_age_and_a_run_of_like_buttons)
{
    /* "Jane Marsh - 4 hours ago": the author's name, a dash and how long
     * ago it was posted. Lines opening with the same two words three
     * times running ("Slot to Home", "Slot to Newsletter", "Share on
     * Facebook 0") are a tool menu's entries, not headlines between the
     * byline and the text. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "Breaking: The Harbour Wall Is Finished at Last\n"
                                 "Jane Marsh - 4 hours ago\n10\nTools\nEdit\n"
                                 "Slot to Harbour Home\nSlot to Harbour Newsletter\n"
                                 "Slot to Harbour Links\n\nNewsletter\n\n0\n0\n"
                                 "Share on Facebook 0\nTweet This 0\nShare on Google+\n"
                                 "Share on Reddit\n(Photo: Ann Lee, Harbour Press)\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Breaking: The Harbour Wall Is Finished at Last");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    OK(was_dropped(m, "Slot to Harbour Links"));
}

TEST(list_of_headlines_over_the_header_is_no_prose)
{
    /* Long headlines of other stories set one under another over the
     * header ("Trending") are a list of stories, not prose that would make
     * the header reading give up: a headline among headlines is a teaser. */
    const char *s =
        arena_printf(A,
                     "Home\nNews\nAbout\n\nTrending\n\n"
                     "Lighthouse keeper retires after forty years on the point at dawn\n\n"
                     "Massive storm breaks the old sea wall and floods the lower harbour\n\n"
                     "Council promises a plaque that gives the real figures of the wall\n\n"
                     "Ferry timetable changes for the summer season are announced today\n\n"
                     "Manage\nList\nHeadlines\n"
                     "Breaking: The Harbour Wall Is Finished at Last\n"
                     "Jane Marsh - 4 hours ago\n10\nTools\nEdit\n"
                     "Share on Facebook 0\nTweet This 0\nShare on Reddit\n"
                     "(Photo: Ann Lee, Harbour Press)\n\n%s",
                     body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Breaking: The Harbour Wall Is Finished at Last");
    OK(m->n_authors == 1);
    OK(was_dropped(m, "Massive storm breaks the old sea wall and floods the lower harbour"));
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
    RUN(cjk_name_glued_to_the_date);
    RUN(video_caption_under_the_date_is_no_title);
    RUN(cjk_header_with_a_keyword_label);
    RUN(name_dash_age_and_a_run_of_like_buttons);
    RUN(list_of_headlines_over_the_header_is_no_prose);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
