/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-fifth set): a news story whose last paragraph ends
 * with the writer's or the agency's tag in brackets ("... on the quay.
 * (I)") between an advertisement's label and the site's footer; a
 * notice at the top of the page that the reader's browser falls short
 * of the site; a date with the story's kind as a badge after it
 * ("October 22, 2019 report"); and a byline naming the site's address
 * after the writer's name ("by Mara Quill , Harbour.org"). The
 * negatives: a bracketed word after a headline, a how-to's sentence on
 * updating a browser, a date then a sentence's next word or a name,
 * and two people in a byline. Every fixture is invented. */
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
    /* The tag in brackets after the full stop: the line ends a sentence
     * all the same, and the story's last paragraph stays. */
    rd_text_line ln = line_of("The decision was announced by the harbour master on the radio. (I)");
    OK(ln.flags & RD_TEXT_F_SENTENCE);
    ln = line_of("The ferry will run again on Monday, the council said. (dpa/lnw)");
    OK(ln.flags & RD_TEXT_F_SENTENCE);
    ln = line_of("\xe2\x80\x9cWe will be back,\xe2\x80\x9d she said. (AFP)");
    OK(ln.flags & RD_TEXT_F_SENTENCE);
    /* A bracketed word after a headline or a label ends no sentence. */
    ln = line_of("The Harbour Wall Part One (I)");
    OK(!(ln.flags & RD_TEXT_F_SENTENCE));
    ln = line_of("Download the timetable (PDF)");
    OK(!(ln.flags & RD_TEXT_F_SENTENCE));
    ln = line_of("The harbour master (who retires in May) spoke (briefly)");
    OK(!(ln.flags & RD_TEXT_F_SENTENCE));

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

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(tag_after_the_last_sentence_ends_it);
    RUN(browser_notice_at_the_top_goes);
    RUN(date_then_the_story_kind);
    RUN(web_address_after_the_name_is_the_site);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
