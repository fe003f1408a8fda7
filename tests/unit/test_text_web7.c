/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (seventh set): East Asian dates, a headline mixing Latin and
 * CJK letters next to the date, bylines with the section and the date
 * after the name, a headline-case title over the byline, date-then-name
 * lines, a cookie banner naming no site, labels opening with an accented
 * capital, a label left alone at the end. Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

static const char *
date_of(const char *s)
{
    rd_text_date dt;
    if (!rd_text_date_find(s, strlen(s), "ja", &dt))
        return NULL;
    return rd_text_date_format(A, &dt);
}

TEST(east_asian_dates)
{
    /* Year, month and day each followed by its unit: 年 月 日 in Chinese
     * and Japanese, 년 월 일 (spaced) in Korean. */
    STR_EQ(date_of("2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5"), "2021-03-07");
    STR_EQ(date_of("2021\xe5\xb9\xb4" "03\xe6\x9c\x88" "07\xe6\x97\xa5"), "2021-03-07");
    STR_EQ(date_of("2021\xeb\x85\x84 3\xec\x9b\x94 7\xec\x9d\xbc"), "2021-03-07");
    /* A posting line around it is still a date line. */
    rd_text_date dt;
    const char *line = "Posted on 2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5 by someone";
    OK(rd_text_date_find(line, strlen(line), "ja", &dt));
    /* No day, or a month past twelve: no date. */
    OK(date_of("2021\xe5\xb9\xb4" "3\xe6\x9c\x88") == NULL);
    OK(date_of("2021\xe5\xb9\xb4" "13\xe6\x9c\x88" "7\xe6\x97\xa5") == NULL);
    /* Under the title of a page, the date is the article's. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2021-03-07");
}

TEST(latin_and_cjk_in_one_word_is_no_name)
{
    /* A Japanese headline naming a product ("Harbour Mapの新機能 Tide
     * View"), under a breadcrumb ending with it, stands over the date and
     * the writer's label and name: a word that runs Latin and kana
     * together is no person's name, so the headline is no author. */
    const char *title = "Harbour Map\xe3\x81\xae\xe6\x96\xb0\xe6\xa9\x9f\xe8\x83\xbd Tide View";
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "Harbour Home News %s\n\n"
                                 "Maps\n%s\n\n"
                                 "2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5\n\n"
                                 "\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a\n\n"
                                 "Jane Marsh\n\n%s",
                                 title, title, body(3));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2021-03-07");
}

TEST(byline_with_section_and_date_after_the_name)
{
    /* After "By" and the name, the section, separators or a handle, and
     * the date: the name is the author, the date the article's. */
    static const char *const lines[] = {
        "by Jane Marsh in Local on Mar 7, 2021 10:15 am",
        "Written by Jane Marsh in Harbour on 7 March 2021 at 08:34 PM EDT. Add A Comment",
        "by Jane Marsh / March 7, 2021 / Leave a comment",
        "By Jane Marsh2021-03-07 22:33:06 UTC",
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        const char *s = arena_printf(A,
                                     "Home\nNews\nAbout\nContact\n\n"
                                     "The Harbour Wall Is Finished at Last\n%s\n\n%s",
                                     lines[i], body(3));
        doc_meta *m = read_meta(s);
        STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
        OK(m->n_authors == 1);
        if (m->n_authors == 1)
            STR_EQ(m->authors[0], "Jane Marsh");
        STR_EQ(m->date, "2021-03-07");
    }
    /* A sentence opening with "By" is no byline, date or not. */
    rd_text_byline b;
    const char *t = "By the harbour in March 2021 we met the engineers";
    OK(!rd_text_byline_parse(A, t, strlen(t), "en", false, &b));
    t = "By Jane Marsh said on March 7, 2021 that the wall was done";
    OK(!rd_text_byline_parse(A, t, strlen(t), "en", false, &b));
}

TEST(headline_case_over_the_byline_is_the_title)
{
    /* A line of section links over the headline, the byline under it: the
     * headline, in headline case and no sentence, is the title, not a
     * dek under a title made of the links. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nForums\nCategories\n"
                                 "Harbours Boats / Sailing Gear Tides Weather Charts\n"
                                 "The Harbour Wall Is Finished After Two Long Winters\n"
                                 "Written by Jane Marsh in Harbour on 7 March 2021 at 08:34 PM EDT. Add A Comment\n"
                                 "%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished After Two Long Winters");
    /* A dek written as a sentence stays the dek. */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished\n"
                     "After two long winters the boats are coming back to the quay\n"
                     "By Jane Marsh | March 7, 2021\n\n%s",
                     body(3));
    m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished");
    STR_EQ(m->subtitle, "After two long winters the boats are coming back to the quay");
}

TEST(date_then_name_lines)
{
    /* The date first, then the poster: past a clock time and its zone
     * ("11:44 am PST by ..."), or after a spaced bar, under or over the
     * headline. */
    static const char *const under[] = {
        "Wednesday March 17, 2021 11:44 am PST by Jane Marsh",
        "March 17, 2021 at 10:15 by Jane Marsh",
        "17/03/2021 | Jane Marsh",
    };
    for (size_t i = 0; i < sizeof under / sizeof *under; i++) {
        const char *s = arena_printf(A,
                                     "Home\nNews\nAbout\nContact\n\n"
                                     "The Harbour Wall Is Finished at Last\n%s\n\n%s",
                                     under[i], body(3));
        doc_meta *m = read_meta(s);
        STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
        OK(m->n_authors == 1);
        if (m->n_authors == 1)
            STR_EQ(m->authors[0], "Jane Marsh");
        STR_EQ(m->date, "2021-03-17");
    }
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\nContact\n\n"
                                 "17/03/2021 | Jane Marsh\n"
                                 "The Harbour Wall Is Finished at Last\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2021-03-17");
    /* A section's name after the bar is no author. */
    s = arena_printf(A,
                     "Home\nNews\nAbout\nContact\n\n"
                     "The Harbour Wall Is Finished at Last\n17/03/2021 | Harbour\n\n%s",
                     body(3));
    OK(read_meta(s)->n_authors == 0);
}

TEST(cookie_banner_without_the_site)
{
    /* A consent banner that names no site: it uses cookies and talks of
     * the reader's browsing. It is chrome, not the text's first line. */
    const char *banner = "We're using cookies to improve your experience. Click Here to find out more.";
    INT_EQ(rd_text_chrome_kind(banner, strlen(banner)), RD_TEXT_CHROME_LINE);
    const char *s = arena_printf(A,
                                 "Harbour News\n%s\n\n"
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh | March 17, 2021\n\n%s",
                                 banner, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2021-03-17");
    /* Cookies in a story are text. */
    const char *text = "The bakery on the quay is using cookies shaped like boats to raise money.";
    INT_EQ(rd_text_chrome_kind(text, strlen(text)), RD_TEXT_CHROME_NONE);
}

TEST(capital_accented_labels_fold)
{
    /* Labels opening with a capital accented letter match the tables,
     * which are written in lower case: "À lire aussi" is "à lire aussi". */
    const char *label = "\xc3\x80 lire aussi :";
    INT_EQ(rd_text_chrome_kind(label, strlen(label)), RD_TEXT_CHROME_CUT);
    const char *s = arena_printf(A,
                                 "Le mur du port est enfin termin\xc3\xa9\n\n%s"
                                 "\xc3\x80 lire aussi :\n\n"
                                 "Les bateaux reviennent au port apr\xc3\xa8s deux hivers\n\n"
                                 "Le festival du port aura lieu en juin\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Les bateaux reviennent au port apr\xc3\xa8s deux hivers"));
    /* Text opening with a capital accented letter is no label. */
    const char *text = "\xc3\x80 lire ces lignes, on croirait le mur plus bas qu'avant.";
    INT_EQ(rd_text_chrome_kind(text, strlen(text)), RD_TEXT_CHROME_NONE);
}

TEST(label_left_alone_at_the_end)
{
    /* The author box under the text is dropped, but its label stayed as
     * the text's last line: a short label ending in a colon that
     * introduces nothing goes too. */
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished at Last\n"
                                 "By Jane Marsh | March 17, 2021\n\n%s"
                                 "Writers:\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Writers:"));
    /* A label with its list under it stays. */
    s = arena_printf(A,
                     "The Harbour Wall Is Finished at Last\n"
                     "By Jane Marsh | March 17, 2021\n\n%s"
                     "What the wall needs next:\n\n"
                     "- A rail along the top of the quay for the festival crowds\n"
                     "- Lights at the harbour mouth for boats coming home late\n",
                     body(3));
    OK(!was_dropped(read_meta(s), "What the wall needs next:"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(east_asian_dates);
    RUN(latin_and_cjk_in_one_word_is_no_name);
    RUN(byline_with_section_and_date_after_the_name);
    RUN(headline_case_over_the_byline_is_the_title);
    RUN(date_then_name_lines);
    RUN(cookie_banner_without_the_site);
    RUN(capital_accented_labels_fold);
    RUN(label_left_alone_at_the_end);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
