/*
 * test_html_unseen24.c - rules found on a twenty-fourth set of pages the
 * reader was not tuned on (a personal German blog, a state institute's
 * essay, a French radio's column, an American group blog, a programmer's
 * blog, a company blog, a ministry's advice page, an Austrian tech site):
 * each test builds a small page showing one case, with the text or
 * metadata that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"
#include "readers/html/html_int.h"
#include "readers/reader.h"

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

static const char menu[] =
    "<div class='menu'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>City</a></li>"
    "<li><a href='/c'>Culture</a></li><li><a href='/d'>Sports</a></li></ul></div>";

/* "Quiet week – riverblog": a short headline and a short name, which
 * Readability keeps whole. The blog's logo links home with the alt text
 * "riverblog": that part is the site's name, and the page's one h1 is the
 * title. */
TEST(site_name_told_by_home_link)
{
    const char *fmt = "<html><head><title>Quiet week &#8211; riverblog</title>%s"
                      "<link rel='canonical' href='http://river.example/2011/09/quiet/'>"
                      "</head><body><div id='header'><a href='%s'><img src='logo.gif' "
                      "alt='riverblog'></a></div>%s<div class='post'><h1>Quiet week</h1>"
                      "<div class='entry'>%s</div></div></body></html>";
    struct {
        const char *og, *href, *title;
    } cases[] = {
        /* the logo links to the site's bare address, or to "/" */
        {"", "http://river.example/", "Quiet week"},
        {"", "/", "Quiet week"},
        /* a link elsewhere (the about page) names nothing as the site's */
        {"", "/about", "Quiet week \xe2\x80\x93 riverblog"},
        /* another site's home page ("http://other.example/") neither */
        {"", "http://other.example/", "Quiet week \xe2\x80\x93 riverblog"},
        /* "rel=home" as one of the rel tokens */
        {"", "/about' rel='bookmark home", "Quiet week"},
        /* a title the page declares stays whole, as in Readability */
        {"<meta property='og:title' content='Quiet week | riverblog'>", "/",
         "Quiet week | riverblog"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[8192];
        snprintf(html, sizeof(html), fmt, cases[i].og, cases[i].href, menu, body);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        test_current = cases[i].title;
        OK(meta(&p)->title && strcmp(meta(&p)->title, cases[i].title) == 0);
        drop(&p);
    }
}

/* "Par Jeanne Roe" after the text, the writer the byline over it names:
 * the signature repeats the credit and goes; the author stays in the
 * metadata. "By Royal Appointment" or another person's name is no
 * signature of the author and stays. */
TEST(author_signature_after_text_goes)
{
    const char *fmt = "<html><head><title>Le pont ferme</title></head><body>%s<article>"
                      "<h1>Le pont ferme</h1><p class='byline'>par <a href='/p/jr'>Jeanne "
                      "Roe</a></p>%s<p>%s</p><p>A lire aussi : le calendrier des "
                      "travaux publié par la mairie, avec les horaires du bac.</p>"
                      "</article></body></html>";
    struct {
        const char *line;
        bool kept;
    } cases[] = {
        {"Par <strong>Jeanne Roe</strong>", false},
        {"By Jeanne Roe", false},
        {"By Royal Appointment", true},
        {"Par <strong>Louis Martin</strong>", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[8192];
        snprintf(html, sizeof(html), fmt, menu, body, cases[i].line);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        test_current = cases[i].line;
        bool kept = strstr(p.text, "Jeanne Roe") || strstr(p.text, "Royal Appointment") ||
                    strstr(p.text, "Louis Martin");
        OK(kept == cases[i].kept);
        OK(strstr(p.text, "A lire aussi") != NULL);
        OK(meta(&p)->n_authors == 1 && strcmp(meta(&p)->authors[0], "Jeanne Roe") == 0);
        drop(&p);
    }
}

/* Marks joined to words are no separators: "Apple-Pie Recipes" over an
 * h1 "Apple", with a home link "Pie Recipes", keeps its whole title. */
TEST(joined_marks_part_no_title)
{
    const char *html = "<html><head><title>Apple-Pie Recipes</title></head><body>"
                       "<div id='header'><a href='/'>Pie Recipes</a></div>"
                       "<div class='post'><h1>Apple</h1><div class='entry'>"
                       "<p>The council voted on Tuesday to close the old bridge to cars for the "
                       "summer, after engineers found that two of its supports had worn far more "
                       "than expected.</p><p>Cyclists and people on foot will still be able to "
                       "cross, and the ferry will run every twenty minutes until the repairs are "
                       "done, the council said in a statement.</p></div></div></body></html>";
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->title && strcmp(meta(&p)->title, "Apple-Pie Recipes") == 0);
    drop(&p);
}

/* The author's name under its lead elsewhere than right under the
 * text's prose stays: a second piece's credit under its heading, and a
 * poem's credit inside a quote. */
TEST(author_credit_inside_the_text_stays)
{
    const char *fmt = "<html><head><title>Le pont ferme</title><meta name='author' "
                      "content='Jane Doe'></head><body><article><h1>Le pont ferme</h1>%s%s"
                      "</article></body></html>";
    const char *const inner[] = {
        "<h2>Second thoughts</h2><p>By Jane Doe</p><p>The bridge will be missed by those who "
        "crossed it every morning, and the ferry is no substitute for them.</p>"
        "<h2>A reply</h2><p>By John Roe</p><p>The ferry runs often enough, and the river is "
        "pleasant in the summer, so the crossing will be no hardship at all.</p>",
        "<blockquote><p>The bridge is closed, the river high,<br>the ferry slow, the summer "
        "dry.</p><p>By Jane Doe</p></blockquote><p>The poem was read at the meeting where "
        "the council voted to close the bridge for the summer.</p>",
    };
    for (size_t i = 0; i < sizeof inner / sizeof *inner; i++) {
        char html[8192];
        snprintf(html, sizeof(html), fmt, body, inner[i]);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, "By Jane Doe") != NULL);
        drop(&p);
    }
}

int
main(void)
{
    RUN(site_name_told_by_home_link);
    RUN(author_signature_after_text_goes);
    RUN(joined_marks_part_no_title);
    RUN(author_credit_inside_the_text_stays);
    return test_report();
}
