/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-fourth set): a post that ends with sections listing
 * where its accounts move, each heading over a sentence that introduces
 * a list of written-out addresses ("Facebook.com/HarbourNews"), above
 * the site's footer; an address's path read as no picture's credit; a
 * bullet glued between the author's name and handle ("By Mara
 * Quill\xe2\x80\xa2@mquill"); a feedback widget's question and its
 * buttons under the text ("Was this article helpful?" / "Yes" / "No");
 * a picture's "View Images" button; a box of the site's recent stories
 * on the topic set inside the text ("Recent Harbour Content" over three
 * headlines). The negatives: the text's own "Recent Success Stories"
 * sections, a footer's contact box over "... in the following ways:", a
 * site's address alone under the text, and "Jr./AP" as a credit. Every
 * fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

#define MENU "Home\nNews\nSport\nWeather\nMenu\n"

/* A site's footer of more than a page's worth of short labels. */
#define FOOTER                                                                                     \
    "About Us\nContact\nCareers\nAdvertise\nNewsletters\nPodcasts\nEvents\nArchive\n"              \
    "Site Map\nAccessibility\nPrivacy Policy\nTerms of Use\nCookie Settings\nHelp\n"

static bool
has_text(const doc_node *art, const char *s)
{
    return strstr(doc_text_of(A, art), s) != NULL;
}

TEST(sections_listing_addresses_after_the_text_stay)
{
    const char *s = arena_printf(
        A,
        MENU "The harbour paper moves its accounts\n\nBy Mara Quill\n\n%s"
             "Our Accounts\n"
             "The archive will keep everything we posted at the following handles:\n\n"
             "@HarbourNews on Twitter will be archived at @HarbourNews2016\n"
             "Facebook.com/HarbourNews will be archived at Facebook.com/HarbourNews2016\n"
             "Where to follow us next:\n\n"
             "Our Reporters\n"
             "From next month the reporters will post at the following accounts:\n\n"
             "@HarbourDesk on Twitter\nFacebook.com/HarbourDesk\nInstagram.com/HarbourDesk\n"
             "Related Posts\n" FOOTER,
        body(3));
    doc_node *art = read_article(s);
    OK(has_text(art, "at the following handles:"));
    OK(has_text(art, "Facebook.com/HarbourNews will be archived"));
    OK(has_text(art, "the reporters will post at the following accounts:"));
    OK(has_text(art, "Instagram.com/HarbourDesk"));
    OK(!has_text(art, "Related Posts"));
    OK(!has_text(art, "Privacy Policy"));
}

TEST(labels_after_the_text_are_still_the_footer)
{
    /* A footer's heading over other labels, or over a short line with a
     * colon, heads no section of the text. */
    const char *s = arena_printf(A,
                                 MENU "The harbour paper moves its accounts\n\nBy Mara Quill\n\n%s"
                                      "Follow Us\nFacebook\nTwitter\nInstagram\n"
                                      "Get in touch\nWrite to us:\nNewsroom\n" FOOTER,
                                 body(3));
    doc_node *art = read_article(s);
    OK(has_text(art, "The harbour wall was finished"));
    OK(!has_text(art, "Follow Us"));
    OK(!has_text(art, "Write to us:"));
    OK(!has_text(art, "Privacy Policy"));
}

TEST(address_path_is_no_picture_credit)
{
    const char *s = arena_printf(A,
                                 "The harbour paper moves its accounts\n\nBy Mara Quill\n\n%s"
                                 "The accounts that stay with the paper:\n\n"
                                 "- Facebook: Facebook.com/HarbourNews\n"
                                 "- Instagram (handle and followers, no posts): "
                                 "Instagram.com/HarbourNews\n\n%s",
                                 body(2), body(1));
    doc_node *art = read_article(s);
    OK(has_text(art, "Facebook: Facebook.com/HarbourNews"));
    OK(has_text(art, "Instagram.com/HarbourNews"));
    /* A photographer's name over a slash and who they shot for is one. */
    OK(rd_text_chrome_kind("Ana Lima/Coast Weekly", 21) == RD_TEXT_CHROME_LINE);
    const char *cap = "Boats moored in the harbour at dusk Benoit Tessier/Reuters";
    OK(rd_text_chrome_kind(cap, strlen(cap)) == RD_TEXT_CHROME_LINE);
}

TEST(bullet_between_name_and_handle)
{
    const char *s = arena_printf(A,
                                 MENU "Fashion\nA coat worn four times with its tags on\n"
                                      "By Mara Quill\xe2\x80\xa2@mquill\n"
                                      "Updated December 12, 2016 at 9:22am EST\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "A coat worn four times with its tags on");
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
    s = arena_printf(A,
                     MENU "A coat worn four times with its tags on\n"
                          "By Mara Quill | @mquill\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Mara Quill"));
}

TEST(feedback_question_under_the_text_is_chrome)
{
    const char *s = arena_printf(A,
                                 "The harbour wall is finished\n\nBy Mara Quill\n\n%s"
                                 "Was this article helpful?\nYes\nNo\n",
                                 body(3));
    doc_node *art = read_article(s);
    OK(has_text(art, "The harbour wall was finished"));
    OK(!has_text(art, "helpful"));
    OK(!has_text(art, "Yes"));
    const char *q = "Did you find this page useful?";
    OK(rd_text_chrome_kind(q, strlen(q)) == RD_TEXT_CHROME_LINE);
}

TEST(questions_in_the_text_stay)
{
    /* The question asked of something else, a sentence going on after
     * it, and a "Yes" under a question of the text's own. */
    const char *s = arena_printf(A,
                                 "The harbour wall is finished\n\nBy Mara Quill\n\n%s"
                                 "Was the ferry helpful?\n\n"
                                 "Was this article helpful to the council? The mayor says it "
                                 "was, and that the figures in it will be read out on Tuesday.\n\n"
                                 "Would the fishermen vote for the wall again?\nYes\n\n%s",
                                 body(2), body(2));
    doc_node *art = read_article(s);
    OK(has_text(art, "Was the ferry helpful?"));
    OK(has_text(art, "Was this article helpful to the council?"));
    OK(has_text(art, "Yes"));
}

TEST(recent_box_inside_the_text_and_picture_button)
{
    const char *s = arena_printf(A,
                                 "The harbour wall is finished\n\n"
                                 "A pier at dusk\nView Images\n"
                                 "A pier at dusk, seen from the new wall.\n\n%s"
                                 "Recent Harbour Content\n"
                                 "Watch a seal sleep on the slipway\n"
                                 "Turning old nets into new income\n"
                                 "Footprints on the sandbank stir a debate\n\n%s",
                                 body(2), body(3));
    doc_node *art = read_article(s);
    OK(!has_text(art, "View Images"));
    OK(!has_text(art, "Recent Harbour Content"));
    OK(!has_text(art, "Watch a seal sleep"));
    OK(!has_text(art, "Footprints on the sandbank"));
    OK(has_text(art, "Engineers said the height"));
}

TEST(recent_news_heading_in_the_text_stays)
{
    /* "Recent news" and "Recent studies of the wall" head the text's
     * own sections. */
    const char *s = arena_printf(A,
                                 "The harbour wall is finished\n\n%s"
                                 "Recent news\n\n%s"
                                 "Recent studies of the wall\n\n%s",
                                 body(2), body(2), body(2));
    doc_node *art = read_article(s);
    OK(has_text(art, "Recent news"));
    OK(has_text(art, "Recent studies of the wall"));
    /* The box's label alone never cuts the rest: only with the box's
     * headlines under it inside the text does it go. */
    const char *h = "Recent Harbour Content";
    OK(rd_text_chrome_kind(h, strlen(h)) == RD_TEXT_CHROME_NONE);
    s = arena_printf(A,
                     "The harbour wall is finished\n\n%s"
                     "Recent Harbour Content\n\n"
                     "The supper on the quay will be held in the old fish market.\n\n%s",
                     body(2), body(1));
    art = read_article(s);
    OK(has_text(art, "Recent Harbour Content"));
    OK(has_text(art, "The supper on the quay"));
}

TEST(recent_stories_heading_the_text_stay)
{
    /* "Recent Success Stories" heading the text's last section, over
     * subheadings and prose, and a faculty page's "Recent Published
     * Articles" over her two papers: the article's own sections. */
    const char *s = arena_printf(A,
                                 MENU "The trust that keeps families at home\n\nBy Mara Quill\n\n%s"
                                      "Recent Success Stories\n\n"
                                      "Last spring the trust helped a father of three keep his "
                                      "flat after he lost his job.\n\n" FOOTER,
                                 body(3));
    doc_node *art = read_article(s);
    OK(has_text(art, "Recent Success Stories"));
    OK(has_text(art, "keep his flat after he lost his job"));
    s = arena_printf(A,
                     MENU "The trust that keeps families at home\n\nBy Mara Quill\n\n%s"
                          "Recent Success Stories\n\nThe Brown family\n\n%s"
                          "The Patel family\n\n%s" FOOTER,
                     body(2), body(1), body(2));
    art = read_article(s);
    OK(has_text(art, "Recent Success Stories"));
    OK(has_text(art, "The Brown family"));
    OK(has_text(art, "The Patel family"));
    s = arena_printf(A,
                     "A new lecturer in coastal science\n\n%s"
                     "Recent Published Articles\n\n"
                     "Sand transport behind harbour walls on the south coast\n\n"
                     "Storm surges and the design of sea defences\n\n%s" FOOTER,
                     body(2), body(2));
    art = read_article(s);
    OK(has_text(art, "Recent Published Articles"));
    OK(has_text(art, "Storm surges and the design of sea defences"));
}

TEST(footer_heading_over_a_colon_sentence_goes)
{
    /* A contact box or a publisher's list of titles under the text: the
     * colon sentence introduces more labels, no list of the text's. */
    const char *s = arena_printf(
        A,
        MENU "Garden waste collections start again\n\nBy Mara Quill\n\n%s"
             "Get in touch\n"
             "If you have a question about your subscription you can contact us in the "
             "following ways:\n"
             "Phone 0300 123 4567\nOnline at www.coastcounty.gov.uk/garden-waste\n" FOOTER,
        body(3));
    doc_node *art = read_article(s);
    OK(has_text(art, "The harbour wall was finished"));
    OK(!has_text(art, "Get in touch"));
    OK(!has_text(art, "following ways"));
    s = arena_printf(A,
                     MENU "The harbour wall is finished\n\nBy Mara Quill\n\n%s"
                          "Coast Media Group\n"
                          "Harbour Daily is one of the following titles published by Coast "
                          "Media Group:\n"
                          "Portsmouth Post\nSouthampton Echo Weekly\nWight Gazette\n" FOOTER,
                     body(3));
    art = read_article(s);
    OK(!has_text(art, "Coast Media Group"));
    OK(!has_text(art, "following titles"));
}

TEST(address_line_alone_after_the_text_goes)
{
    /* A site's address, a newsletter's, a share link or an advert's
     * under the last paragraph, with no sentence introducing them. */
    static const char *const lines[] = {"Web: www.harbourdaily.com",
                                        "Harbourdaily.com/newsletter",
                                        "Visit www.harbourdaily.com for more",
                                        "Share this: facebook.com/sharer",
                                        "Shop now at www.coastbank.com/offers",
                                        "www.harbourdaily.com/newsletter"};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        const char *s =
            arena_printf(A, MENU "The harbour wall is finished\n\nBy Mara Quill\n\n%s%s\n" FOOTER,
                         body(3), lines[i]);
        doc_node *art = read_article(s);
        OK(has_text(art, "Engineers said the height"));
        OK(!has_text(art, lines[i]));
    }
}

TEST(abbreviation_before_the_slash_is_a_credit)
{
    const char *c = "Jane Roe Jr./AP";
    OK(rd_text_chrome_kind(c, strlen(c)) == RD_TEXT_CHROME_LINE);
    const char *s = arena_printf(A, "The harbour wall is finished\n\n%sMara Quill Jr./AP\n\n%s",
                                 body(2), body(2));
    doc_node *art = read_article(s);
    OK(!has_text(art, "Quill Jr./AP"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(sections_listing_addresses_after_the_text_stay);
    RUN(labels_after_the_text_are_still_the_footer);
    RUN(address_path_is_no_picture_credit);
    RUN(bullet_between_name_and_handle);
    RUN(feedback_question_under_the_text_is_chrome);
    RUN(questions_in_the_text_stay);
    RUN(recent_box_inside_the_text_and_picture_button);
    RUN(recent_news_heading_in_the_text_stays);
    RUN(recent_stories_heading_the_text_stay);
    RUN(footer_heading_over_a_colon_sentence_goes);
    RUN(address_line_alone_after_the_text_goes);
    RUN(abbreviation_before_the_slash_is_a_credit);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
