/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (fourteenth set): a "What's this?" help link under a share
 * counter, an advertisement's label between a "Further reading" box and
 * the text it sits in, a newsletter's pitch under the text, a sign-up
 * form's promise and "Name, date" over the text, an author's name over
 * a "Follow" button above the headline, a name with its paper in
 * capitals after a comma, a prompt to comment opening the comments, the
 * French "Mise en ligne" label on a date line, a no-break space in an
 * author's name, a button with its arrow taken for a name, a sign-in
 * box over a blog post and its comments.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(help_link_and_counter_are_no_title)
{
    /* "What's This?" beside a share counter explains the counter: a
     * link, not the headline over the picture's credit and byline; nor
     * is the counter's unit under its number ("367" / "Shares"). */
    OK(rd_text_chrome_kind("What's this?", 12) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("What\xe2\x80\x99s This?", 14) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("What's this for?", 16) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Home\nNews\nWorld\nSearch\n"
                                 "World\n"
                                 "Like Follow Follow\n"
                                 "Mysterious Boat Circling the Harbour Sparks Concern\n"
                                 "367\nShares\nShare\nTweet\nShare\n"
                                 "What's This?\n"
                                 "Image: ana lima/harbour post\n"
                                 "By Jane Marsh2016-12-13 22:33:06 UTC\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Mysterious Boat Circling the Harbour Sparks Concern");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    /* A unit under a line that is no count stays the text's. */
    rd_text_lines L;
    const char *t = "367\nShares\nFalling prices\nShares\n";
    OK(rd_text_lines_split(A, &D, "t.txt", t, strlen(t), &L) == 0);
    rd_text_boxes_mark(&L);
    OK(L.n >= 4 && L.v[1].chrome == RD_TEXT_CHROME_LINE && L.v[3].chrome == 0);
}

TEST(advertisement_between_box_and_text)
{
    /* "Further Reading" over a headline in the middle of the text, then
     * a paragraph, an advertisement's label and the next section: the
     * label does not make the box the article's end. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n"
                                 "April 9, 2019\n\n%s"
                                 "Further Reading\n"
                                 "Ferry Times Change For The Winter\n\n"
                                 "The ferry will call twice a day again once the quay is "
                                 "cleared, and the harbour master expects the first sailing "
                                 "before the festival if the weather holds.\n\n"
                                 "Advertisement\n"
                                 "The Festival\n\n"
                                 "A festival is planned for the first weekend of the summer, "
                                 "with a procession of boats and a supper on the quay for "
                                 "everyone who carried sandbags during the storm.\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Further Reading"));
    OK(was_dropped(m, "Ferry Times Change For The Winter"));
    OK(was_dropped(m, "Advertisement"));
    OK(!was_dropped(m, "The Festival"));
    OK(!was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                       "procession of boats and a supper on the quay for everyone who carried "
                       "sandbags during the storm."));
}

TEST(newsletter_pitch_tags_and_tip_line)
{
    /* Under the text: "Harbour news never sleeps. Get the Harbour Daily
     * newsletter ...", a sentence that tells the reader to get or sign
     * up for a newsletter; the topics' tags ("#ferries"); a call for
     * tips. All are the page's, and the trailer goes with them. A
     * sentence about a newsletter is not, nor a rank ("#1 hit"). */
    const char *pitch = "Harbour news never sleeps. Get the Harbour Daily newsletter and "
                        "don't miss a moment.";
    OK(rd_text_chrome_kind(pitch, strlen(pitch)) == RD_TEXT_CHROME_LINE);
    const char *story = "The council said it would get the newsletter out to every house on "
                        "the quay by May.";
    OK(rd_text_chrome_kind(story, strlen(story)) == RD_TEXT_CHROME_NONE);
    OK(rd_text_chrome_kind("#harbour wall", 13) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("#1 hit", 6) == RD_TEXT_CHROME_NONE);
    OK(rd_text_chrome_kind("#Harbour, again?", 16) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n"
                                 "April 9, 2019\n\n%s%s\n"
                                 "#harbour wall\n#ferries\n#storms\n"
                                 "Do you know the scoop? Comment below or Send us a Tip\n"
                                 "Recent in News\n"
                                 "Ferry Times Change For The Winter\n"
                                 "Ana Lima\n",
                                 body(4), pitch);
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, pitch));
    OK(was_dropped(m, "#ferries"));
    OK(was_dropped(m, "Do you know the scoop? Comment below or Send us a Tip"));
    OK(!was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                       "procession of boats and a supper on the quay for everyone who carried "
                       "sandbags during the storm."));
    /* Inside the text, the pitch goes alone. */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh\n"
                     "April 9, 2019\n\n%s"
                     "Get Harbour Notes, our weekly newsletter\n\n%s",
                     body(2), body(4) + strlen(body(2)));
    m = read_meta(s);
    OK(was_dropped(m, "Get Harbour Notes, our weekly newsletter"));
    OK(!was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                       "procession of boats and a supper on the quay for everyone who carried "
                       "sandbags during the storm."));
}

TEST(signup_promise_and_name_comma_date)
{
    /* A newsletter's sign-up box over a post: its promise ("you won't
     * get spam") and "Follow me on ..." are the page's; "Jane Marsh,
     * April 19, 2020" is the author and the date; the greeting under it
     * ("Hi everyone!") opens the text, and is no title. */
    const char *promise = "I respect your privacy and you won't get spam. Ever. Just a "
                          "weekly-ish newsletter about the coast.";
    OK(rd_text_chrome_kind(promise, strlen(promise)) == RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("No spam. Just some good, practical news about the coast.", 56) ==
       RD_TEXT_CHROME_LINE);
    OK(rd_text_chrome_kind("Follow me on Twitter as @janemarsh", 34) == RD_TEXT_CHROME_LINE);
    /* A story's sentences about spam are the text's. */
    const char *news = "Users won't get spam any more, and they can unsubscribe at any time, "
                       "the company said.";
    OK(rd_text_chrome_kind(news, strlen(news)) == RD_TEXT_CHROME_NONE);
    OK(rd_text_chrome_kind("There was no spam filter at the time.", 37) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Jane Marsh\nBlog\nNewsletter\nPodcast\nContact\n"
                                 "Harbour Notes issue #30: walls, ferries & more\n\n"
                                 "Harbour Notes is a newsletter about the coast. Want it in your "
                                 "inbox every Sunday? Subscribe below!\n\n"
                                 "%s\n\n"
                                 "Jane Marsh, April 19, 2020\n\n"
                                 "Follow me on Twitter as @janemarsh\n\n"
                                 "Hi everyone! \xf0\x9f\x91\x8b\n\n"
                                 "Welcome to Harbour Notes issue #30.\n\n%s",
                                 promise, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Harbour Notes issue #30: walls, ferries & more");
    STR_EQ(m->date, "2020-04-19");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    OK(was_dropped(m, promise));
    OK(!was_dropped(m, "Hi everyone! \xf0\x9f\x91\x8b"));
    /* "Hello, World!" right over the text, no sentence under it, is the
     * title. */
    s = arena_printf(A, "Home\nBlog\nAbout\n\nHello, World!\n\n%s", body(3));
    m = read_meta(s);
    STR_EQ(m->title, "Hello, World!");
    /* A city and a date is a dateline, not a byline ("New" opens a
     * place's name). */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n\n"
                     "New Haven, April 19, 2020\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 0);
}

TEST(name_over_follow_button_above_title)
{
    /* An author's card over the headline: the name, a "Follow" button,
     * the date and the reading time. The name is the author's. */
    const char *s = arena_printf(A,
                                 "Open in app\nHome\nNotifications\nWrite\n"
                                 "Jane Marsh\nFollow\n\n"
                                 "Aug 8, 2016\n\n\xc2\xb7\n7 min read\n"
                                 "The Harbour Wall Is Finished at Last\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2016-08-08");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    /* Without the button, a name over the headline is left to the page. */
    s = arena_printf(A,
                     "Open in app\nHome\nNotifications\nWrite\n"
                     "Jane Marsh\n\n"
                     "Aug 8, 2016\n\n\xc2\xb7\n7 min read\n"
                     "The Harbour Wall Is Finished at Last\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 0);
}

TEST(name_with_paper_after_comma)
{
    /* "Jane Marsh,HARBOUR POST" under the headline (the two spans glued
     * by the copy), or "Jane Marsh, AP": the name, and the paper it was
     * written for in capitals. */
    const char *s = arena_printf(A,
                                 "Home\nTech\nSearch\n"
                                 "Here Are 6 Gadgets for the Harbour Wall\n"
                                 "Jane Marsh,HARBOUR POST\n"
                                 "Updated: Dec 15, 2016 2:57 PM UTC\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Here Are 6 Gadgets for the Harbour Wall");
    STR_EQ(m->date, "2016-12-15");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    s = arena_printf(A,
                     "Home\nTech\nSearch\n"
                     "Here Are 6 Gadgets for the Harbour Wall\n"
                     "Jane Marsh, AP\n"
                     "Updated: Dec 15, 2016 2:57 PM UTC\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(comment_prompt_ends_the_text)
{
    /* "Vous d\xc3\xa9sirez commenter cet article? Ouvrez une session": the
     * prompt that opens the comments under a blog post ends the text
     * wherever it stands, however long the comments run. A sentence
     * saying someone declined to comment is the text's. */
    const char *ask = "Vous d\xc3\xa9sirez commenter cet article?   Ouvrez une session  |  "
                      "Inscrivez-vous";
    OK(rd_text_chrome_kind(ask, strlen(ask)) == RD_TEXT_CHROME_END);
    OK(rd_text_chrome_kind("Want to comment on this article? Sign in", 40) == RD_TEXT_CHROME_END);
    const char *quote = "The harbour board declined to comment on this article before it went "
                        "to print.";
    OK(rd_text_chrome_kind(quote, strlen(quote)) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n"
                                 "April 9, 2019\n\n%s%s\n\n"
                                 "seagull77\n\n24 janvier 2017\n12h10\n\n%s",
                                 body(3), ask, body(8));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, ask));
    OK(was_dropped(m, "seagull77"));
    OK(was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                      "procession of boats and a supper on the quay for everyone who carried "
                      "sandbags during the storm."));
}

TEST(french_published_label_on_date_line)
{
    /* "Mardi 24 janvier 2017 | Mise en ligne \xc3\xa0 12h02 | Commentaires
     * (85)": the date, the French "put online at" label with its time,
     * and a comments button, over the title. */
    rd_text_date dt;
    const char *d = "Mardi 24 janvier 2017 | Mise en ligne \xc3\xa0 12h02";
    OK(rd_text_date_find(d, strlen(d), "fr", &dt) && dt.whole);
    const char *s = arena_printf(A,
                                 "Accueil\nBlogues\nChroniques\nVid\xc3\xa9os\n\n"
                                 "%s |  Commentaires (85)\n\n"
                                 "Le mur du port est enfin termin\xc3\xa9\n\n%s",
                                 d, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Le mur du port est enfin termin\xc3\xa9");
    STR_EQ(m->date, "2017-01-24");
}

TEST(no_break_space_inside_a_name)
{
    /* "by Jane&nbsp; Marsh": the copy keeps the page's no-break space
     * and the space after it; the author's name has one plain space. */
    const char *s = arena_printf(A,
                                 "News\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "by Jane\xc2\xa0 Marsh\n"
                                 "Published March 9, 2017\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(button_with_arrow_is_no_name)
{
    /* "M'inscrire \xc2\xbb" (sign me up) under a sign-in box: a button and
     * its arrow, not a name of two words. */
    rd_text_byline b;
    OK(!rd_text_byline_names(A, "M'inscrire \xc2\xbb", 13, &b));
    OK(!rd_text_byline_names(A, "Sign Up \xe2\x86\x92", 11, &b));
    OK(rd_text_byline_names(A,
                            "Ren\xc3\xa9"
                            "e \xc3\x89lie",
                            12, &b) &&
       b.n == 1);
}

TEST(sign_in_box_over_a_blog_is_the_page)
{
    /* A blog's page: a sign-in box whose sentences weigh as much as an
     * intro, the site's menu, the blog's name with its blurb, lists of
     * the last posts and comments, then the post (its date line, title
     * and text) and its comments. The blurb's prose between the box and
     * the post keeps the box from joining the post: the title is found,
     * and no name on the way ("RSS Jane Marsh", the author's feed) is
     * taken for the author. */
    rd_text_byline b;
    OK(!rd_text_byline_names(A, "RSS Jane Marsh", 14, &b));
    const char *box = "Using your account only makes signing up simpler for you.\n\n"
                      "None of what you do on this site will be shared on your account without "
                      "your consent.\n\n"
                      "Available on the site, the app and the mobile site, your space is where "
                      "everything you do on our products is kept together.\n\n"
                      "Saved everywhere\n\n"
                      "Find the articles and photo galleries you saved on the site, the app or "
                      "the mobile site.\n\n"
                      "Your history\n\n"
                      "See the list of what you did, your saved items, shares and comments, "
                      "from the first day you signed in to the last.\n\n"
                      "Your newsletters, your alerts and your saved searches are kept in your "
                      "space too, and you can change them whenever you like.\n\n";
    const char *s = arena_printf(
        A,
        "Sign in\nNot a member yet?\n\n%s"
        "Home\nVideos\nDebates\nColumns\nEditorials\nBlogs\nOur writers\nYour opinion\n"
        "Jane Marsh\n"
        "Fans of the harbour, its boats and its walls? This blog is for you. Jane Marsh writes "
        "about the harbour in her own way, every week, whatever the weather brings.\n"
        "Read more\n\nShare\nTweet\n \n"
        "Last 10 posts\n13/03\nThe Ferry Is Back\n10/03\nWho Mends the Nets?\n"
        "09/03\nA Good Trade for the Fishers\n08/03\nLess Hope for the Old Pier\n"
        "07/03\nWho Will Keep the Lighthouse?\n"
        "Last 10 comments\n12h43\n@old_salt 11h35: It has to be...\n12h42\n"
        "Back to the talk with Ana...\n12h21\nBut what about the ferry?\n"
        "RSS Jane Marsh\n\n"
        "Tuesday 24 January 2017 | Comments (85)\n\n"
        "The Harbour Wall Is Finished at Last\n\n%s"
        "Want to comment on this article? Sign in | Register\n\n"
        "seagull77\n\n24 January 2017\n12h10\n\n%s",
        box, body(3), body(8));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2017-01-24");
    OK(m->n_authors == 0);
    OK(was_dropped(m, "Using your account only makes signing up simpler for you."));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(help_link_and_counter_are_no_title);
    RUN(advertisement_between_box_and_text);
    RUN(newsletter_pitch_tags_and_tip_line);
    RUN(signup_promise_and_name_comma_date);
    RUN(name_over_follow_button_above_title);
    RUN(name_with_paper_after_comma);
    RUN(comment_prompt_ends_the_text);
    RUN(french_published_label_on_date_line);
    RUN(no_break_space_inside_a_name);
    RUN(button_with_arrow_is_no_name);
    RUN(sign_in_box_over_a_blog_is_the_page);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
