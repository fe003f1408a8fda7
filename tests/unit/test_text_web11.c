/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (eleventh set): a desk signing as "Staff", the date and its
 * poster under a dek, a headline printed twice with its dash lost, other
 * stories' headlines over a menu entry, a name over "Today 12:34pm", a
 * caption with its credit run on, headlines a blank line under their lead,
 * "Related articles" in Japanese, Chinese and Korean, a Latin name over a
 * CJK date, a bio naming an author the header did not, a call for the
 * reader's word under the text, a button glued to the name, a section and
 * its subsection over the title, a caption with its credit in brackets.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(desk_signs_as_staff)
{
    /* "By Harbour Post Staff", "BY HPN STAFF": after a lead, a desk's
     * name and "Staff" is the author, as the page prints it; alone on a
     * line, such words are a menu's entry, and "Staff Writer" after a
     * comma stays a role. */
    rd_text_byline b;
    OK(rd_text_byline_parse(A, "By Harbour Post Staff", 21, NULL, false, &b));
    OK(b.n == 1);
    STR_EQ(b.names[0], "Harbour Post Staff");
    OK(rd_text_byline_parse(A, "BY HPN STAFF", 12, NULL, false, &b));
    OK(b.n == 1);
    STR_EQ(b.names[0], "HPN STAFF");
    OK(!rd_text_byline_names(A, "Faculty Staff", 13, &b));
    OK(!rd_text_byline_parse(A, "By the Staff", 12, NULL, false, &b));
    OK(rd_text_byline_parse(A, "By Jane Marsh, Staff Writer", 27, NULL, false, &b));
    OK(b.n == 1);
    STR_EQ(b.names[0], "Jane Marsh");
    STR_EQ(b.roles[0], "Staff Writer");
    /* The desk signs after the date and time, in capitals. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nSports\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "11/28/2016 11:00 AM PST BY HPN STAFF\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2016-11-28");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "HPN STAFF");
}

TEST(date_and_poster_under_the_dek)
{
    /* The headline printed again as a dek ending with "!", then the date
     * with its poster: the line under the dek is the header's, not the
     * text's first paragraph. */
    const char *s =
        arena_printf(A,
                     "Home\nNews\nSports\n\n"
                     "Harbour Wall -- Council Says It Is Finished ... Come and See, All!\n"
                     "Harbour Wall Council Says It Is Finished ... Come and See, All!\n"
                     "11/28/2016 11:00 AM PST BY JANE MARSH\n\n%s",
                     body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Harbour Wall -- Council Says It Is Finished ... Come and See, All!");
    STR_EQ(m->date, "2016-11-28");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "JANE MARSH");
}

/* A page whose header is the headline printed twice, over the date and
 * its poster, under a list of other stories' headlines: `between` is
 * what parts the list from the header. */
static doc_meta *
headline_twice_page(const char *between)
{
    return read_meta(
        arena_printf(A,
                     "Home\nNews\nSports\nGossip\nWeather\n"
                     "Other Story -- A Long Teaser Headline About Something Else Entirely Today\n"
                     "Another Story -- Second Teaser ... Headline Over The Menu Here\n%s\n"
                     "Harbour Wall -- Council Says It Is Finished ... Come and See, All!\n"
                     "Harbour Wall Council Says It Is Finished ... Come and See, All!\n"
                     "11/28/2016 11:00 AM PST BY JANE MARSH\n\n%s",
                     between, body(3)));
}

TEST(headline_printed_twice_with_its_dash_lost)
{
    /* The second copy of the headline lost its " -- " (set apart in the
     * page, dropped from the copy): the same letters in the same order
     * are the same headline, not the text's first sentence, and the
     * text starts under the date. */
    doc_meta *m = headline_twice_page("About\nContact\nShop");
    STR_EQ(m->title, "Harbour Wall -- Council Says It Is Finished ... Come and See, All!");
    STR_EQ(m->date, "2016-11-28");
    OK(was_dropped(m, "Other Story -- A Long Teaser Headline About Something Else Entirely Today"));
}

TEST(headlines_over_a_menu_entry_are_no_kicker)
{
    /* Only "Home" stands between other stories' headlines and the
     * header: a menu's entry parts them from the title, so the long
     * headline over them is a teaser, not a kicker or prose the header
     * reading must keep. */
    doc_meta *m = headline_twice_page("Home");
    STR_EQ(m->title, "Harbour Wall -- Council Says It Is Finished ... Come and See, All!");
    STR_EQ(m->date, "2016-11-28");
    OK(was_dropped(m, "Other Story -- A Long Teaser Headline About Something Else Entirely Today"));
}

TEST(name_over_today_and_a_time)
{
    /* "Today 12:34pm" under a bare name: a day named relative to today
     * and a clock time is when the post went up, as "March 18 at 9:05
     * AM" is, so the name over it is the author's, not a dek; no date
     * is read from it. */
    OK(rd_text_date_label("Today 12:34pm", 13));
    OK(rd_text_date_label("Yesterday 9:05 AM", 17));
    OK(!rd_text_date_label("Today", 5));
    const char *s =
        arena_printf(A,
                     "Home\nNews\n\n"
                     "The Harbour Wall Is Finished, Unless the Council Thinks Again\n"
                     "Jane Marsh\nToday 12:34pm\n"
                     "Filed to: Harbour\nsea walls\nTowns\n779\nEdit\nPromote\nHide\n\n%s",
                     body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished, Unless the Council Thinks Again");
    OK(m->subtitle == NULL);
    OK(m->date == NULL);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(caption_with_its_credit_run_on)
{
    /* Under the header, a picture's caption with the photographer and
     * the agency run on after its full stop ("... the wall.Jane Marsh /
     * Harbour Press"): the caption is the header's furniture, so the
     * header over it (dek, name, date) is read and the text starts
     * under it. */
    const char *s =
        arena_printf(A,
                     "Home\nNews\nTowns\n\n"
                     "Why the Harbour Wall Took Two Years\n\n"
                     "The town has never before built a wall the way it did this spring.\n\n"
                     "Jane Marsh\nSep 19, 2016\n"
                     "Workers set the last stone on the new harbour wall in the old "
                     "town.Ann Lee / Harbour Press\n\n"
                     "Updated on September 19 at 3:15 p.m.\n\n%s",
                     body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art->as.article.meta;
    STR_EQ(m->title, "Why the Harbour Wall Took Two Years");
    STR_EQ(m->subtitle, "The town has never before built a wall the way it did this spring.");
    STR_EQ(m->date, "2016-09-19");
    OK(m->n_authors == 1);
    OK(art->first_child && art->first_child->type == DOC_PARA && art->first_child->pos.line == 15);
}

TEST(headlines_a_blank_line_under_a_lead)
{
    /* "You Might Also Like", a blank line, and three headlines set into
     * the text: the headlines go with their lead, as when they stand
     * right under it; the text goes on after them. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s"
                                 "You Might Also Like\n\n"
                                 "The Top Seven Beaches in the South Right Now\n"
                                 "Watch a Swarm of Starlings Over the Pier\n"
                                 "A Lighthouse Keeper Retires After Forty Years\n\n%s",
                                 body(1), body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "You Might Also Like"));
    OK(was_dropped(m, "The Top Seven Beaches in the South Right Now"));
    OK(was_dropped(m, "A Lighthouse Keeper Retires After Forty Years"));
    OK(!was_dropped(m, "Fishing families who had moored in the next bay for two winters said "
                       "the walk home had been the hardest part, and that the new wall looked "
                       "lower than the old one did."));
    /* A heading after a blank line is the text's, with prose under it. */
    const char *t = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s"
                                 "You Might Also Like\n\n"
                                 "What the Council Said\n%s",
                                 body(1), body(4));
    m = read_meta(t);
    OK(!was_dropped(m, "What the Council Said"));
}

TEST(related_articles_in_cjk_end_the_text)
{
    /* "\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b" (Japanese),
     * "\xe7\x9b\xb8\xe5\x85\xb3\xe6\x96\x87\xe7\xab\xa0" (Chinese),
     * "\xea\xb4\x80\xeb\xa0\xa8\xea\xb8\xb0\xec\x82\xac" (Korean): "Related articles" opens a box
     * of other stories, as the English label does. */
    OK(rd_text_chrome_kind("\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b", 12) ==
       RD_TEXT_CHROME_CUT);
    OK(rd_text_chrome_kind("\xe7\x9b\xb8\xe5\x85\xb3\xe6\x96\x87\xe7\xab\xa0", 12) ==
       RD_TEXT_CHROME_CUT);
    OK(rd_text_chrome_kind("\xea\xb4\x80\xeb\xa0\xa8\xea\xb8\xb0\xec\x82\xac", 12) ==
       RD_TEXT_CHROME_CUT);
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s"
                                 "\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b\n"
                                 "A Lighthouse Keeper Retires After Forty Years\n"
                                 "The Ferry Runs Again on Sundays\n",
                                 body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b"));
    OK(was_dropped(m, "A Lighthouse Keeper Retires After Forty Years"));
    OK(was_dropped(m, "The Ferry Runs Again on Sundays"));
}

TEST(latin_name_over_a_cjk_date)
{
    /* A Japanese page prints the author in Latin letters, a desk's
     * name too, then the date and time with their CJK units: the line
     * is the byline and date, not the title. */
    const char *s = arena_printf(A,
                                 "Home\nNews\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "Harbour Post Staff 2019\xe5\xb9\xb4"
                                 "04\xe6\x9c\x88"
                                 "28\xe6\x97\xa5 08\xe6\x99\x82"
                                 "00\xe5\x88\x86\n\n"
                                 "Tweet\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2019-04-28");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Harbour Post Staff");
    const char *t = arena_printf(A,
                                 "Home\nNews\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "Jane Marsh 2019\xe5\xb9\xb4"
                                 "04\xe6\x9c\x88"
                                 "28\xe6\x97\xa5\n\n%s",
                                 body(3));
    m = read_meta(t);
    STR_EQ(m->date, "2019-04-28");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(bio_names_an_author_the_header_did_not)
{
    /* No byline over the text; under it, "Jane Marsh is an assistant
     * editor at the Harbour Post. Follow her on Twitter.": the author's
     * bio, which ends the text and names the author. */
    const char *bio =
        "Jane Marsh is an assistant editor at the Harbour Post. Follow her on Twitter.";
    const char *s = arena_printf(A,
                                 "Home\nNews\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n%s%s\n\n"
                                 "Comment on This Story\n\nAbout Us\nContact Us\n",
                                 body(4), bio);
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    OK(was_dropped(m, bio));
    /* A last paragraph about someone, with no invitation to follow, is
     * the text's. */
    const char *last = "Tom Reed is a retired teacher at the school by the harbour. He will "
                       "walk the new wall every morning.";
    const char *t = arena_printf(A,
                                 "Home\nNews\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n%s%s\n\n"
                                 "About Us\nContact Us\n",
                                 body(4), last);
    m = read_meta(t);
    OK(m->n_authors == 0);
    OK(!was_dropped(m, last));
}

TEST(call_for_the_reader_s_word_ends_the_text)
{
    /* Under the text, a call for a letter to the editor, or to join the
     * site's contributors: the box it opens (the author's card, share
     * buttons) is the page's. */
    const char *call = "We want to hear what you think about this article. Submit a letter to "
                       "the editor or write to letters@example.com.";
    const char *join = "Would you like to be part of the team? Join our contributor program and "
                       "share your voice on our site!";
    OK(rd_text_chrome_kind(call, strlen(call)) == RD_TEXT_CHROME_CUT);
    OK(rd_text_chrome_kind(join, strlen(join)) == RD_TEXT_CHROME_CUT);
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s%s\n\n"
                                 "People here are talking about it \xe2\x80\x93 join them!\n\n"
                                 "Jane Marsh\n\nJane writes about towns on the coast, their boats "
                                 "and their people.\n",
                                 body(4), join);
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, join));
    OK(was_dropped(m, "People here are talking about it \xe2\x80\x93 join them!"));
    /* A letter to the editor the article quotes is no call. */
    OK(rd_text_chrome_kind("In a letter to the editor, the mayor said the wall was too low.", 63) ==
       RD_TEXT_CHROME_NONE);
}

TEST(button_glued_to_the_name)
{
    /* "Jane MarshContact Reporter": the button beside the author's name
     * copied glued to it, a small letter right before its capital. The
     * name is the author's; "MarshContact" is no word of a name. */
    const char *s = arena_printf(A,
                                 "Home\nNews\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "Jane MarshContact Reporter\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    const char *t = arena_printf(A,
                                 "Home\nNews\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "Jane MarshFollow\n\n%s",
                                 body(3));
    m = read_meta(t);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

TEST(section_and_subsection_over_the_title)
{
    /* "LOCAL Education": a section in capitals and its subsection over
     * the headline are a kicker, not the title with the headline as its
     * dek. */
    const char *s =
        arena_printf(A,
                     "LOCAL Education\n"
                     "Report on the harbour wall shows confusion over who was in charge\n"
                     "Jane MarshContact Reporter\n\n%s",
                     body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Report on the harbour wall shows confusion over who was in charge");
    OK(m->subtitle == NULL);
}

TEST(caption_with_its_credit_in_brackets)
{
    /* A caption closing with "(Ann Lee / Harbour Press)" after its last
     * sentence is a picture's, not the text's; a sentence that ends with
     * a bracket of other words stays. */
    const char *cap = "Workers set the last stone on the new harbour wall in the old town on "
                      "Dec. 14, 2015. (Ann Lee / Harbour Press)";
    OK(rd_text_chrome_kind(cap, strlen(cap)) == RD_TEXT_CHROME_LINE);
    const char *aside = "The council met again in the spring. (See the minutes / agenda online)";
    OK(rd_text_chrome_kind(aside, strlen(aside)) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh\n\n%s%s\n\n%s",
                                 body(2), cap, body(2));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, cap));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(desk_signs_as_staff);
    RUN(date_and_poster_under_the_dek);
    RUN(headline_printed_twice_with_its_dash_lost);
    RUN(headlines_over_a_menu_entry_are_no_kicker);
    RUN(name_over_today_and_a_time);
    RUN(caption_with_its_credit_run_on);
    RUN(headlines_a_blank_line_under_a_lead);
    RUN(related_articles_in_cjk_end_the_text);
    RUN(latin_name_over_a_cjk_date);
    RUN(bio_names_an_author_the_header_did_not);
    RUN(call_for_the_reader_s_word_ends_the_text);
    RUN(button_glued_to_the_name);
    RUN(section_and_subsection_over_the_title);
    RUN(caption_with_its_credit_in_brackets);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
