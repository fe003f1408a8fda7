/* Unit tests of the plain-text reader's parts: dates, bylines, chrome, lines. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "harness.h"
#include "readers/text/text_int.h"

static arena *A;

/* The date in s as YYYY-MM-DD (or "-" when none); *whole tells if the line is a date line. */
static const char *
date_of(const char *s, const char *lang, int *whole)
{
    rd_text_date dt;
    if (!rd_text_date_find(s, strlen(s), lang, &dt))
        return "-";
    if (whole)
        *whole = dt.whole;
    return rd_text_date_format(A, &dt);
}

TEST(dates_common_forms)
{
    int w = 0;
    STR_EQ(date_of("05/31/2022", NULL, &w), "2022-05-31");
    OK(w);
    STR_EQ(date_of("2022-05-31", NULL, &w), "2022-05-31");
    STR_EQ(date_of("May 31, 2022", NULL, &w), "2022-05-31");
    STR_EQ(date_of("31 May 2022", NULL, &w), "2022-05-31");
    STR_EQ(date_of("Tuesday, May 31st, 2022", NULL, &w), "2022-05-31");
    OK(w);
    STR_EQ(date_of("Sept. 5, 2021", NULL, NULL), "2021-09-05");
    STR_EQ(date_of("the 4th of July 1976", NULL, NULL), "1976-07-04");
    STR_EQ(date_of("2022-05-31T14:03:00Z", NULL, &w), "2022-05-31");
    OK(w);
    STR_EQ(date_of("Published May 31, 2022 at 3:15 p.m. ET", NULL, &w), "2022-05-31");
    OK(w);
    STR_EQ(date_of("Updated: 31.05.2022, 10:00 Uhr", "de", &w), "2022-05-31");
    OK(w);
    STR_EQ(date_of("March 2021", NULL, &w), "2021-03");
    STR_EQ(date_of("May 31, 2022 | 5 min read", NULL, &w), "2022-05-31");
    OK(w);
}

TEST(dates_other_languages)
{
    STR_EQ(date_of("31 mai 2022", "fr", NULL), "2022-05-31");
    STR_EQ(date_of("1er f\xc3\xa9vrier 2020", "fr", NULL), "2020-02-01");
    STR_EQ(date_of("3. M\xc3\xa4rz 2021", "de", NULL), "2021-03-03");
    STR_EQ(date_of("31 de mayo de 2022", "es", NULL), "2022-05-31");
    STR_EQ(date_of("12 dicembre 2019", "it", NULL), "2019-12-12");
    int w = 0;
    STR_EQ(date_of("21 de dezembro de 2018", "pt", &w), "2018-12-21");
    OK(w);
    STR_EQ(date_of("21.dez.2018 \xc3\xa0s 12h55", "pt", &w), "2018-12-21");
    OK(w);
    /* A day and month without the year: a label, no date. */
    OK(rd_text_date_label("March 18 at 12:22 PM", 20));
    OK(!rd_text_date_label("March on", 8));
}

TEST(dates_order_from_language)
{
    /* Unambiguous numbers decide on their own. */
    STR_EQ(date_of("31/05/2022", NULL, NULL), "2022-05-31");
    STR_EQ(date_of("05/31/2022", "de", NULL), "2022-05-31");
    /* Ambiguous: month first in US English, day first elsewhere. */
    STR_EQ(date_of("05/06/2022", NULL, NULL), "2022-05-06");
    STR_EQ(date_of("05/06/2022", "en-US", NULL), "2022-05-06");
    STR_EQ(date_of("05/06/2022", "en-GB", NULL), "2022-06-05");
    STR_EQ(date_of("05/06/2022", "fr", NULL), "2022-06-05");
    STR_EQ(date_of("05.06.2022", NULL, NULL), "2022-06-05"); /* dots: always day first */
    STR_EQ(date_of("5/6/22", NULL, NULL), "2022-05-06");
}

TEST(dates_rejected)
{
    int w = 1;
    STR_EQ(date_of("02/30/2022", NULL, NULL), "-");   /* no such day */
    STR_EQ(date_of("13/13/2022", NULL, NULL), "-");
    STR_EQ(date_of("2022-13-01", NULL, NULL), "-");
    STR_EQ(date_of("February 29, 2023", NULL, NULL), "-");
    STR_EQ(date_of("February 29, 2024", NULL, NULL), "2024-02-29");
    STR_EQ(date_of("We may 3 times try", NULL, NULL), "-");
    STR_EQ(date_of("1.2.3", NULL, NULL), "-");
    /* A sentence that mentions a date is not a date line. */
    STR_EQ(date_of("In May 1969 the students walked out of class.", NULL, &w), "1969-05");
    OK(!w);
    /* "Mar 27" and "14 min" run together are no year 2714. */
    STR_EQ(date_of("on Mar 2714 min", NULL, NULL), "-");
}

TEST(dates_glued_at)
{
    int w = 0;
    /* The space before "at" lost in the copy. */
    STR_EQ(date_of("March 10, 2015at 08:05", NULL, &w), "2015-03-10");
    OK(w);
}

static int
byline(const char *s, bool loose, rd_text_byline *b)
{
    return rd_text_byline_parse(A, s, strlen(s), NULL, loose, b);
}

TEST(bylines_forms)
{
    rd_text_byline b;
    OK(byline("By Jane Doe", false, &b));
    INT_EQ(b.n, 1);
    STR_EQ(b.names[0], "Jane Doe");
    OK(b.roles[0] == NULL);

    OK(byline("By Ana Lima and Joe Park", false, &b));
    INT_EQ(b.n, 2);
    STR_EQ(b.names[1], "Joe Park");

    OK(byline("By Ana Lima, Joe Park, and Kim Le", false, &b));
    INT_EQ(b.n, 3);
    STR_EQ(b.names[2], "Kim Le");

    OK(byline("Authors: Steph Hsu, Strategic Ops Director", false, &b));
    INT_EQ(b.n, 1);
    STR_EQ(b.names[0], "Steph Hsu");
    STR_EQ(b.roles[0], "Strategic Ops Director");

    OK(byline("Authors: Ana Lima, Policy Fellow; Joe Park, Senior Editor", false, &b));
    INT_EQ(b.n, 2);
    STR_EQ(b.roles[0], "Policy Fellow");
    STR_EQ(b.roles[1], "Senior Editor");

    /* Signed with the clock time of the post. */
    OK(byline("Posted by Andrew Marsh at 12:55 AM", false, &b));
    INT_EQ(b.n, 1);
    STR_EQ(b.names[0], "Andrew Marsh");

    OK(byline("Written by Maria de la Cruz", false, &b));
    STR_EQ(b.names[0], "Maria de la Cruz");

    OK(byline("Yuri Kochiyama-Park | Contributing Writer", true, &b));
    STR_EQ(b.names[0], "Yuri Kochiyama-Park");
    STR_EQ(b.roles[0], "Contributing Writer");

    OK(byline("By Jane Doe | May 31, 2022 | 5 min read", false, &b));
    STR_EQ(b.names[0], "Jane Doe");
    STR_EQ(b.date, "2022-05-31");

    OK(byline("By Jane Doe, Staff Writer, Updated May 31, 2022", false, &b));
    STR_EQ(b.roles[0], "Staff Writer");
    STR_EQ(b.date, "2022-05-31");

    OK(byline("BY JANE DOE", false, &b));
    STR_EQ(b.names[0], "JANE DOE");

    /* The organisation after a role is the role's, not a second author. */
    OK(byline("By Ana Lima, Senior Staff Writer, Harbour Access Project", false, &b));
    INT_EQ(b.n, 1);
    STR_EQ(b.roles[0], "Senior Staff Writer, Harbour Access Project");
    OK(byline("by Ana Lima (reporting) and Joe Park (photography)", false, &b));
    INT_EQ(b.n, 2);
    STR_EQ(b.names[0], "Ana Lima");
    STR_EQ(b.roles[0], "reporting");
    STR_EQ(b.roles[1], "photography");
    OK(byline("By Ana Lima, Staff Writer, and Joe Park, Editor", false, &b));
    INT_EQ(b.n, 2);
    STR_EQ(b.names[1], "Joe Park");

    /* Social handles beside the name, glued to it or after "Follow". */
    OK(byline("by Ana Lima @analima May 3, 2022: 9:10 AM ET", false, &b));
    INT_EQ(b.n, 1);
    STR_EQ(b.names[0], "Ana Lima");
    STR_EQ(b.date, "2022-05-03");
    OK(byline("By Ana Lima@analima Updated Jun 4, 2021, 2:15pm EDT", false, &b));
    STR_EQ(b.names[0], "Ana Lima");
    STR_EQ(b.date, "2021-06-04");
    OK(byline("By Joe Park Follow @joepark", false, &b));
    INT_EQ(b.n, 1);
    STR_EQ(b.names[0], "Joe Park");
    /* A date without its year after the name. */
    OK(byline("By Joe Park March 18 at 12:22 PM", false, &b));
    INT_EQ(b.n, 1);
    STR_EQ(b.names[0], "Joe Park");
    OK(byline("By Joe Park 18 March", false, &b));
    STR_EQ(b.names[0], "Joe Park");
    /* "and" in other languages. */
    OK(byline("Par Claire Roux et Marc Petit", false, &b));
    INT_EQ(b.n, 2);
    STR_EQ(b.names[1], "Marc Petit");
    OK(byline("Von Anna Berg und Jonas Keller", false, &b));
    INT_EQ(b.n, 2);
    OK(byline("Por Ana Ruiz y Luis Gil", false, &b));
    INT_EQ(b.n, 2);
    OK(byline("By Joe Park joe@example.org", false, &b));
    STR_EQ(b.names[0], "Joe Park");
    /* A decorative mark before the lead. */
    OK(byline("// By Kim Le \xe2\x80\xa2 Nov 11, 2020", false, &b));
    STR_EQ(b.names[0], "Kim Le");
    STR_EQ(b.date, "2020-11-11");
}

TEST(bylines_rejected)
{
    rd_text_byline b;
    OK(!byline("// by the way", false, &b));
    OK(!byline("@analima", false, &b));
    OK(!byline("//By Kim Le", false, &b));
    /* Buttons are no bare names. */
    OK(!rd_text_byline_names(A, "More Options", 12, &b));
    OK(!rd_text_byline_names(A, "Print Article", 13, &b));
    OK(rd_text_byline_names(A, "Ana Lima", 8, &b));
    OK(!byline("By the time we arrived, the hall was full.", false, &b));
    OK(!byline("Jane Doe | Contributing Writer", false, &b)); /* needs a lead unless loose */
    OK(!byline("Home | About", true, &b));                     /* no name, no role */
    OK(!byline("Solidarity Forever", true, &b));
    OK(!byline("By 2030 we will be there", false, &b));
}

static rd_text_chrome
chrome(const char *s)
{
    return rd_text_chrome_kind(s, strlen(s));
}

TEST(chrome_lines)
{
    INT_EQ(chrome("Skip to main content"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("SHARE THIS:"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Advertisement"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("\xc2\xa9 2024 Example Media. All rights reserved."), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Copyright 2022 Example Org"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("We use cookies to improve your experience. By continuing you accept our use "
                  "of cookies."),
           RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("5 min read"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Related articles"), RD_TEXT_CHROME_CUT);
    INT_EQ(chrome("Other Topics That May Interest You"), RD_TEXT_CHROME_CUT);
    INT_EQ(chrome("More from The Example Times"), RD_TEXT_CHROME_CUT);
    INT_EQ(chrome("Comments (none posted)"), RD_TEXT_CHROME_LINE); /* a counter, not the box */
    INT_EQ(chrome("Comments"), RD_TEXT_CHROME_CUT);
    INT_EQ(chrome("Labels: birds, survey"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Older Article"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Next story"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Flipboard"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Like this:"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Jump to navigation Jump to search"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"),
           RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("We share to learn, and we share on Sundays."), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("Sharing this meal was the best part of the trip."), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("Roots of Cross-Racial Solidarity"), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("The cookies were still warm when we arrived."), RD_TEXT_CHROME_NONE);
    OK(rd_text_is_breadcrumb("Home \xe2\x80\xba News \xe2\x80\xba Politics", 22));
    OK(rd_text_is_breadcrumb("Home / Blog / Essays", 20));
    OK(!rd_text_is_breadcrumb("Either / or, and neither / nor.", 31));
}

TEST(chrome_select_all)
{
    /* Relative times and reading-time ranges, in four languages. */
    INT_EQ(chrome("2 hours ago"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("vor 3 Stunden"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("il y a 5 heures"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("hace 2 d\xc3\xad" "as"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("7\xe2\x80\x93" "9 minutes"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("2 hours ago we left the harbour."), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("3 days"), RD_TEXT_CHROME_NONE); /* a heading, maybe */
    /* Search boxes, permalinks and section buttons, with a mark before
     * them or two skip links glued together. */
    INT_EQ(chrome("// Press enter to search"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Go to permalink"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Sections"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Skip to contentSkip to site index"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Enter your Zip Code"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("318Comments. Click to view comments"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("// Section breaks"), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("More than a harbour"), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("Continue reading the main story Share This Page"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Photo"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Harbour News is sponsored by"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Presented by"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Who is powered by the tides?"), RD_TEXT_CHROME_NONE);
    /* A picture's file name kept as its alternative text; review credits
     * and caption labels read out to screen readers. */
    INT_EQ(chrome("HARBOUR-wall-1200x800.JPG"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("storm_damage.webp"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("The photo was saved as harbour.jpg by mistake."), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("Reviewed by Anil Mehta, MD"), RD_TEXT_CHROME_LINE);
    /* A consent banner of several sentences (some 700 bytes). */
    INT_EQ(chrome("We use cookies and similar technologies to improve your browsing experience, "
                  "personalise the content and advertising you see, and measure how our site is "
                  "used. Some of them are essential, and others help us understand which articles "
                  "our readers find useful. By clicking Accept, you consent to the use of all of "
                  "them; you can change your choice at any time in the settings at the foot of "
                  "every page. Our partners may also process your data to show you offers that "
                  "match your interests, and to measure how well those offers work. Please read "
                  "our privacy policy to learn more about the data we hold and the rights you "
                  "have, including the right to object to processing based on legitimate "
                  "interest."),
           RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Fishing boats in the harbour at dawn Rhian Evans/Reuters"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Why the band AC/DC never played the valley"), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("She moved from London to Paris and/or Rome."), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("Media caption The ferry leaves the harbour at dawn"), RD_TEXT_CHROME_LINE);
    /* A site's address on its own line; not an abbreviation. */
    INT_EQ(chrome("craftjournal.example.org"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("https://example.org/a/b"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("e.g."), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("Mr.Smith"), RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("Node.js"), RD_TEXT_CHROME_NONE);
    /* Buttons and labels of other languages. */
    INT_EQ(chrome("Teilen"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Publicit\xc3\xa9"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Compartir"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Mehr zum Thema"), RD_TEXT_CHROME_CUT);
    INT_EQ(chrome("Image caption, The harbour wall was breached"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Credit...Anna Petrenko for The Example Times"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("See also"), RD_TEXT_CHROME_CUT);
    INT_EQ(chrome("Residents clear mud from a street. Photograph: Max Huber/Reuters"),
           RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("The photograph: a street, a dog, and the mud that covered it all."),
           RD_TEXT_CHROME_NONE);
    INT_EQ(chrome("Updated 2 hours ago"), RD_TEXT_CHROME_LINE);
    INT_EQ(chrome("Lecture 4 min."), RD_TEXT_CHROME_LINE);
    /* Date labels without their date. */
    OK(rd_text_date_label("Published", 9));
    OK(rd_text_date_label("Last updated", 12));
    OK(rd_text_date_label("Updated 5:12 a.m. ET", 20));
    OK(!rd_text_date_label("Updated rules", 13));
    OK(!rd_text_date_label("On the road", 11));
}

static rd_text_line
measure(const char *s)
{
    rd_text_line ln;
    memset(&ln, 0, sizeof ln);
    rd_text_line_measure(&ln, s, strlen(s), 0);
    return ln;
}

TEST(line_kinds)
{
    rd_text_line ln = measure("- Home");
    INT_EQ(ln.kind, RD_TEXT_BULLET);
    INT_EQ(ln.len, 4);
    ln = measure("\xe2\x80\xa2 Item");
    INT_EQ(ln.kind, RD_TEXT_BULLET);
    ln = measure("12. Twelfth");
    INT_EQ(ln.kind, RD_TEXT_ORDERED);
    INT_EQ(ln.ordinal, 12);
    /* A German date is no list item. */
    ln = measure("12. M\xc3\xa4rz 2024, 14:05 Uhr");
    INT_EQ(ln.kind, RD_TEXT_PLAIN);
    /* The full stop before reference markers ends the sentence. */
    ln = measure("It is still in use.[1][2]");
    OK(ln.flags & RD_TEXT_F_SENTENCE);
    ln = measure("2022. That was the year");
    INT_EQ(ln.kind, RD_TEXT_PLAIN);
    ln = measure("> quoted");
    INT_EQ(ln.kind, RD_TEXT_QUOTE);
    ln = measure("* * *");
    INT_EQ(ln.kind, RD_TEXT_RULE);
    ln = measure("-5 degrees outside");
    INT_EQ(ln.kind, RD_TEXT_PLAIN);
    ln = measure("He said \"stop.\"");
    OK(ln.flags & RD_TEXT_F_SENTENCE);
    ln = measure("Looking Forward");
    OK(rd_text_line_is_heading_like(&ln));
    ln = measure("What Comes Next?");
    OK(rd_text_line_is_heading_like(&ln));
    ln = measure("and then we left");
    OK(!rd_text_line_is_heading_like(&ln));
    ln = measure("It ended there.");
    OK(!rd_text_line_is_heading_like(&ln));
    /* Japanese: no spaces, a full-width full stop; prose by its length. */
    ln = measure("\xe8\x82\x89\xe3\x82\x92\xe3\x81\x8f\xe3\x82\x8f\xe3\x81\x88\xe3\x81\x9f"
                 "\xe3\x82\xa4\xe3\x83\x8c\xe3\x81\x8c\xe3\x80\x82");
    OK(ln.flags & RD_TEXT_F_SENTENCE);
    OK(ln.words == 1);
}

TEST(line_caps)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    rd_text_lines L;
    size_t n = RD_TEXT_MAX_WORD + 10;
    char *s = arena_alloc(a, n + 16);
    memcpy(s, "ok\nab ", 6);
    memset(s + 6, 'x', n);
    INT_EQ(rd_text_lines_split(a, &d, "w.txt", s, n + 6, &L), -1);
    OK(HAS_DIAG(d, "16 KiB"));
    INT_EQ(d.items[0].line, 2);
    INT_EQ(d.items[0].col, 4);
    diag_cleanup(&d);

    diag_init(&d, a);
    n = RD_TEXT_MAX_LINE + 10;
    char *t = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++)
        t[i] = i % 8 == 7 ? ' ' : 'y';
    INT_EQ(rd_text_lines_split(a, &d, "l.txt", t, n, &L), -1);
    OK(HAS_DIAG(d, "256 KiB"));
    diag_cleanup(&d);

    diag_init(&d, a);
    INT_EQ(rd_text_lines_split(a, &d, "e.txt", "", 0, &L), 0);
    INT_EQ(L.n, 1);
    INT_EQ(d.count, 0);
    diag_cleanup(&d);
    arena_free(a);
}

int
main(void)
{
    A = arena_new();
    RUN(dates_common_forms);
    RUN(dates_other_languages);
    RUN(dates_order_from_language);
    RUN(dates_rejected);
    RUN(dates_glued_at);
    RUN(bylines_forms);
    RUN(bylines_rejected);
    RUN(chrome_lines);
    RUN(chrome_select_all);
    RUN(line_kinds);
    RUN(line_caps);
    arena_free(A);
    return test_report();
}
