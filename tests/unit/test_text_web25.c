/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-fifth set): a news story whose last paragraph ends
 * with the writer's or the agency's tag in brackets ("... on the quay.
 * (I)") between an advertisement's label and the site's footer; a
 * notice at the top of the page that the reader's browser falls short
 * of the site; a date with the story's kind as a badge after it
 * ("October 22, 2019 report"); and a byline naming the site's address
 * after the writer's name ("by Mara Quill , Harbour.org"). The
 * negatives: a bracketed word or an agency's tag after a headline (the
 * headline stays the title), a list of documents "Title. (PDF)", how-to,
 * forum and privacy sentences on browsers, a date then a word that is
 * no story's kind or a kind with no headline under it (the line is the
 * title), a date then a sentence's next word or a name, and two people
 * in a byline. Every fixture is invented. */
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
    "News\nSport\nCulture\nOpinion\nHarbour\nWeekend\nContact\nTerms and conditions\n"             \
    "Privacy policy\nSubscriptions\nWork with us\n"

static bool
has_text(const doc_node *art, const char *s)
{
    return strstr(doc_text_of(A, art), s) != NULL;
}

static rd_text_line
line_of(const char *s)
{
    rd_text_line ln;
    memset(&ln, 0, sizeof ln);
    rd_text_line_measure(&ln, s, strlen(s), 0);
    return ln;
}

TEST(tag_after_the_last_sentence_ends_it)
{
    /* The tag in brackets after the full stop: the body reads the
     * sentence's end all the same (RD_TEXT_F_TAGGED), and the story's
     * last paragraph stays. */
    rd_text_line ln = line_of("The decision was announced by the harbour master on the radio. (I)");
    OK(ln.flags & RD_TEXT_F_TAGGED);
    OK(rd_text_line_is_prose(&ln));
    ln = line_of("The ferry will run again on Monday, the council said. (dpa/lnw)");
    OK(ln.flags & RD_TEXT_F_TAGGED);
    ln = line_of(
        "\xe2\x80\x9cWe will be back next spring with a bigger boat,\xe2\x80\x9d she said. (AFP)");
    OK(ln.flags & RD_TEXT_F_TAGGED);
    /* A bracketed word after a headline or a label ends no sentence. */
    ln = line_of("The Harbour Wall Part One (I)");
    OK(!(ln.flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_TAGGED)));
    ln = line_of("Download the timetable (PDF)");
    OK(!(ln.flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_TAGGED)));
    ln = line_of("The harbour master (who retires in May) spoke (briefly)");
    OK(!(ln.flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_TAGGED)));
    /* Too short for a paragraph's line: a link's label or a headline. */
    ln = line_of("Timetable for the summer. (PDF)");
    OK(!(ln.flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_TAGGED)));
    ln = line_of("Storm hits the coast. (Updated)");
    OK(!(ln.flags & RD_TEXT_F_TAGGED));
    /* A badge word is no writer's tag, however long the line. */
    ln = line_of("The harbour wall is finished at last after eleven years of work. (Video)");
    OK(!(ln.flags & RD_TEXT_F_TAGGED));
    ln = line_of("The harbour wall is finished at last after eleven years of work. (UPDATED)");
    OK(!(ln.flags & RD_TEXT_F_TAGGED));

    const char *s = arena_printf(
        A,
        MENU "Advertising\n\nThe harbour wall is finished at last\n\n"
             "By Mara Quill\n\n%sAdvertising\n\n"
             "The decision was announced by the harbour master on the radio. (I)\n\n" FOOTER
             "\xc2\xa9 2020 Harbour Post. All rights reserved.\n",
        body(4));
    doc_node *art = read_article(s);
    OK(has_text(art, "announced by the harbour master on the radio. (I)"));
    OK(!has_text(art, "Work with us"));

    /* A list of documents after the text, each a short title and its
     * format, is no story's last paragraph. */
    s = arena_printf(A,
                     MENU
                     "\nThe harbour wall is finished at last\n\nBy Mara Quill\nMarch 3, 2021\n\n"
                     "%s\nDocuments\nHarbour wall plans. (PDF)\nCouncil minutes. (DOC)\n\n"
                     "About us\nContact\nPrivacy policy\nTerms of use\n",
                     body(3));
    art = read_article(s);
    OK(!has_text(art, "Harbour wall plans"));
}

TEST(browser_notice_at_the_top_goes)
{
    const char *n = "Thank you for visiting harbour.example. You are using a browser version "
                    "with limited support for CSS. To obtain the best experience, we recommend "
                    "you use a more up to date browser. In the meantime, we are displaying the "
                    "site without styles and JavaScript.";
    OK(rd_text_chrome_kind(n, strlen(n)) == RD_TEXT_CHROME_LINE);
    n = "You are using an outdated browser. Please upgrade your browser to improve your "
        "experience on this site.";
    OK(rd_text_chrome_kind(n, strlen(n)) == RD_TEXT_CHROME_LINE);
    /* A how-to's sentences on browsers name no site of the page's own. */
    n = "If you are using an outdated browser, update it first: the newest version supports "
        "the add-on we install in the next step.";
    OK(rd_text_chrome_kind(n, strlen(n)) == RD_TEXT_CHROME_NONE);
    n = "Open your browser's settings and check that JavaScript is turned on before you start.";
    OK(rd_text_chrome_kind(n, strlen(n)) == RD_TEXT_CHROME_NONE);

    const char *s = arena_printf(A,
                                 "Skip to main content\n\n"
                                 "Thank you for visiting harbour.example. You are using a browser "
                                 "version with limited support for CSS. To obtain the best "
                                 "experience, we recommend you use a more up to date browser. In "
                                 "the meantime, we are displaying the site without styles and "
                                 "JavaScript.\n\n" MENU "NEWS\n24 September 2019\n"
                                 "The harbour wall is finished at last\n"
                                 "The new wall stands as high as the old one did.\n"
                                 "Mara Quill\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The harbour wall is finished at last");
    STR_EQ(m->date, "2019-09-24");
    doc_node *art = read_article(s);
    OK(!has_text(art, "limited support for CSS"));
    OK(has_text(art, "The harbour wall was finished in the spring"));
}

TEST(date_then_the_story_kind)
{
    const char *s = arena_printf(A,
                                 MENU "Home\nHarbour\nBoats & Ferries\n\n"
                                      "October 22, 2019 report\n\n"
                                      "The harbour wall is finished at last\n\n"
                                      "by Mara Quill\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The harbour wall is finished at last");
    STR_EQ(m->date, "2019-10-22");
    s = arena_printf(A,
                     MENU "22 OCTOBER 2019 FEATURE\n"
                          "The harbour wall is finished at last\n\nBy Mara Quill\n\n%s",
                     body(3));
    m = read_meta(s);
    STR_EQ(m->date, "2019-10-22");
    /* A sentence's next word or a name after the date is no badge: the
     * line is the text's, or a byline's. */
    s = arena_printf(A,
                     "The harbour wall is finished at last\n\n%s"
                     "May 3, 2021 and\nthe boats came back.\n\n%s",
                     body(2), body(1));
    doc_node *art = read_article(s);
    OK(has_text(art, "May 3, 2021 and"));
    s = arena_printf(A,
                     MENU "The harbour wall is finished at last\n"
                          "11/28/2016 11:00 AM PST BY MARA QUILL\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "MARA QUILL"));
}

TEST(web_address_after_the_name_is_the_site)
{
    rd_text_byline b;
    const char *by = "by Mara Quill , Harbour.org";
    OK(rd_text_byline_parse(A, by, strlen(by), NULL, false, &b));
    OK(b.n == 1);
    STR_EQ(b.names[0], "Mara Quill");
    STR_EQ(b.roles[0], "Harbour.org");
    by = "By Mara Quill, HarbourNews.com";
    OK(rd_text_byline_parse(A, by, strlen(by), NULL, false, &b));
    OK(b.n == 1);
    STR_EQ(b.roles[0], "HarbourNews.com");
    /* Two people stay two; initials are no address. */
    by = "By Mara Quill, Joe Park";
    OK(rd_text_byline_parse(A, by, strlen(by), NULL, false, &b));
    OK(b.n == 2);
    by = "By Mara Quill, J.R. Park";
    OK(rd_text_byline_parse(A, by, strlen(by), NULL, false, &b));
    OK(b.n == 2);

    const char *s = arena_printf(A,
                                 MENU "October 22, 2019\n\n"
                                      "The harbour wall is finished at last\n\n"
                                      "by Mara Quill , Harbour.org\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Mara Quill");
}

/* A headline ending in a sentence and a bracketed badge or an agency's
 * tag stays the title, with its byline and date under it. */
TEST(tagged_headline_stays_the_title)
{
    static const char *const heads[] = {
        "Storm hits the coast. (Updated)",
        "The ferry is back. (Review)",
        "Storm closes the harbour as the boats stay in for a third day. (AP)",
        "Storm closes the harbour as the boats stay in for a third day. (Updated)",
    };
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        const char *s =
            arena_printf(A, MENU "\n%s\n\nBy Mara Quill\nMarch 3, 2021\n\n%s", heads[i], body(3));
        doc_meta *m = read_meta(s);
        STR_EQ(m->title, heads[i]);
        STR_EQ(m->date, "2021-03-03");
        OK(m->n_authors == 1);
    }
}

/* Sentences on browsers in a how-to, a forum's answer or a privacy
 * page stay text: they do not open by addressing the reader as a
 * notice does, name the reader's site ("your site"), or ask nothing of
 * the reader. */
TEST(browser_sentences_in_text_stay)
{
    static const char *const keep[] = {
        "Check that your browser supports the new feature before you publish your site, and "
        "test it again in the browsers your readers use.",
        "If you are using an older browser yourself, update it first: the site you build will "
        "look different in the newest version.",
        "When your browser does not support the feature, the site shows a plain picture instead.",
        "Which browser are you using? The site needs a browser that supports scripts; if your "
        "browser is old, please update it.",
        "A cookie is a small note that the site leaves in your browser; you can update or clear "
        "it at any time.",
        "Your browser may be out of date; check it before you publish your site.",
        "You are using the newest browser, so the pages of your website load quickly.",
        /* addressed, a shortfall, this site, but no call to act: a
           how-to's step and a story quoting a notice */
        "Your browser may be out of date without you noticing. To check, open this site in a "
        "new tab and it will show the version you have.",
        "You are using an older browser if it is more than two years old; this site lists the "
        "release dates of every version, so you can compare.",
        "Your browser is no longer supported by this site, the message tells customers, who are "
        "then sent to a page with download links.",
    };
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++)
        OK(rd_text_chrome_kind(keep[i], strlen(keep[i])) == RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 MENU "\nHow to test a page in old browsers\n\nBy Mara Quill\n\n"
                                      "%s\n\n%s\n\n%s\n\n%s",
                                 keep[0], keep[1], keep[2], body(2));
    doc_node *art = read_article(s);
    OK(has_text(art, "before you publish your site"));
    OK(has_text(art, "update it first"));
    OK(has_text(art, "shows a plain picture instead"));
}

/* A date and one more word that is no story's kind, or a date and a
 * story's kind with no headline under it, is the title itself. */
TEST(date_and_word_as_the_title)
{
    static const char *const titles[] = {
        "September 11, 2001 attacks",
        "March 14, 2021 update",
        "November 12, 2020 report",
    };
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
        const char *s = arena_printf(A, MENU "\n%s\n\n%s", titles[i], body(3));
        doc_meta *m = read_meta(s);
        STR_EQ(m->title, titles[i]);
        OK(m->date == NULL);
    }
    const char *s =
        arena_printf(A, MENU "\nMarch 14, 2021 update\n\nPosted by Mara Quill\n\n%s", body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "March 14, 2021 update");
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(tag_after_the_last_sentence_ends_it);
    RUN(browser_notice_at_the_top_goes);
    RUN(date_then_the_story_kind);
    RUN(web_address_after_the_name_is_the_site);
    RUN(tagged_headline_stays_the_title);
    RUN(browser_sentences_in_text_stay);
    RUN(date_and_word_as_the_title);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
