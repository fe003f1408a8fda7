/*
 * test_html_unseen22.c - rules found on a twenty-second set of pages the
 * reader was not tuned on (a developer's blog, a local party's news
 * post, an international broadcaster's news story, a personal blog with
 * pingbacks, a French review of ideas, a meetup's WordPress post, a wine
 * shop's product page, a dog club's history page): each test builds a
 * small page showing one case, with the text or metadata that must come
 * out and the chrome that must not.
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

/* "<p><em>Read more</em>: <a>Headline</a></p>" between the paragraphs:
 * the label in emphasis, a colon and a link for all the rest is a
 * related-story box set as a line. A sentence that only says "read more"
 * stays, and so does the label in plain text, as Readability keeps it. */
TEST(read_more_line_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<div id='content'>"
             "<h1>The bridge closes</h1>%s<p><em>Read more</em>: <a href='/a/2'>Ferries "
             "return to the river: what changes</a></p>%s<p>See also: <a href='/b'>The old "
             "ferry timetable</a></p><p>Read more about the repairs on "
             "<a href='/repairs'>the council's page</a>, which lists every closure.</p>"
             "</div></body></html>",
             menu, body, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Ferries return to the river") == NULL);
    OK(strstr(p.text, "Read more about the repairs") != NULL);
    OK(strstr(p.text, "See also: The old ferry timetable") != NULL);
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    drop(&p);
}

/* A paragraph after the story that is one link to the newsletter's
 * sign-up ("Every day, our editors send out ... Sign up for the
 * newsletter here."): a promotion, though as long as a paragraph. */
TEST(newsletter_link_paragraph_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<div id='content'>"
             "<h1>The bridge closes</h1>%s<p><a href='/newsletter-registration'>Every day, "
             "our editors send out a selection of the day's hard news and quality feature "
             "journalism. Sign up for the newsletter here.</a></p></div></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Sign up for the newsletter") == NULL);
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    drop(&p);
}

/* The page of the date-line tests: its head (links), the line under
 * the headline, and a paragraph after the text. */
static page
dated_page(const char *head, const char *line, const char *after)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes - Courier</title>%s</head><body>%s"
             "<div id='content'><div class='post'><h1>The bridge closes</h1>"
             "<small>%s</small><div class='entry'>%s%s</div></div></div></body></html>",
             head, menu, line, body, after);
    return page_html_file(html);
}

/* The author of the page with that date line: want, or none (NULL). */
static void
credit_is(const char *head, const char *line, const char *want)
{
    const char *name = test_current;
    test_current = line;
    page p = dated_page(head, line, "");
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, want ? 1 : 0);
    if (want && meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], want);
    drop(&p);
    test_current = name;
}

/* The site's own address carries the login: the blog is named after it. */
static const char site_link[] =
    "<link rel='alternate' type='application/rss+xml' href='http://www.jroe.example/feed/'>";

/* The line under the headline that dates the post and credits it, the
 * blog engine's login name last ("<small>11.09.2011, 16:20 von jroe
 * </small>"): the name is the author when the page declares none and
 * the site's address carries it, or a "Posted ... by" line gives it. */
TEST(title_line_date_then_credit)
{
    credit_is(site_link, "11.09.2011, 16:20 von jroe", "jroe");
    page p = dated_page(site_link, "11.09.2011, 16:20 von jroe", "");
    STR_EQ(meta(&p)->date, "2011-09-11");
    drop(&p);
    /* an author's page among the links names the login too */
    credit_is("<link rel='author' href='/author/jroe/'>", "March 3, 2021 by jroe", "jroe");
    credit_is("", "Posted on March 3, 2021 by jroe in News", "jroe");
    credit_is(site_link, "March 3, 2021 by jroe \xC2\xB7 News", "jroe");
    credit_is(site_link, "March 3, 2021 by jroe.", "jroe");
    /* a login the page carries nowhere else: maybe a word */
    credit_is("", "March 3, 2021 by jroe", NULL);
    credit_is(site_link, "March 3, 2021 by @jroe", NULL);
    /* words that are no date before "by": no credit */
    credit_is("", "Photos taken by the river", NULL);
}

/* "by", "von", "par", "por" after a date also say how, where or when:
 * the words after them are a name only when they look like one. */
TEST(title_line_words_are_no_credit)
{
    credit_is("", "Sunday 12 May 2020, by the river", NULL);
    credit_is("", "Submissions due 30 June 2021 by midnight", NULL);
    credit_is("", "Updated 12 May 2020 by lunchtime", NULL);
    credit_is("", "12 de mayo de 2020 por la tarde", NULL);
    credit_is("", "R\xC3\xA9union du 12 mai 2020 par visioconf\xC3\xA9rence", NULL);
    credit_is("", "12.05.2020 \xE2\x80\x93 Bericht von der Messe", NULL);
    credit_is("", "12.05.2020 \xE2\x80\x93 Bericht von Messe Stuttgart", NULL);
    credit_is("", "Held 12 May 2020 by Zoom", NULL);
    credit_is("<link rel='canonical' href='http://admin.example/a'>", "12 May 2020 by admin", NULL);
    credit_is("", "Posted on 12 May 2020 by admin", NULL);
    credit_is("", "12 May 2020 by order of the council", NULL);
    credit_is("", "12 May 2020 by \xE2\x80\x9CThe River Band\xE2\x80\x9D", NULL);
    /* a stylesheet's server is not the site */
    credit_is("<link rel='stylesheet' href='http://jroe.example/s.css'>", "March 3, 2021 by jroe",
              NULL);
}

/* A full name after the date, particles and all, counted in characters
 * (a Cyrillic name is twice as many bytes). */
TEST(title_line_full_names)
{
    credit_is("", "12 May 2020 by Ursula von der Leyen", "Ursula von der Leyen");
    credit_is("", "March 3, 2021 by Anna von Mildenburg", "Anna von Mildenburg");
    credit_is("", "11.09.2011, 16:20 von Karl von M\xC3\xBCller", "Karl von M\xC3\xBCller");
    credit_is("", "12 mai 2020 par Jean de La Fontaine", "Jean de La Fontaine");
    /* Александра Константиновна Иванова: 34 characters, 66 bytes */
    credit_is("",
              "12 May 2020 by "
              "\xD0\x90\xD0\xBB\xD0\xB5\xD0\xBA\xD1\x81\xD0\xB0\xD0\xBD\xD0\xB4\xD1\x80\xD0\xB0 "
              "\xD0\x9A\xD0\xBE\xD0\xBD\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x82"
              "\xD0\xB8\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBD\xD0\xB0 "
              "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0",
              "\xD0\x90\xD0\xBB\xD0\xB5\xD0\xBA\xD1\x81\xD0\xB0\xD0\xBD\xD0\xB4\xD1\x80\xD0\xB0 "
              "\xD0\x9A\xD0\xBE\xD0\xBD\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x82"
              "\xD0\xB8\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBD\xD0\xB0 "
              "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0");
}

/* The date line's credit is the last resort: the byline printed
 * beside it, the writer's note after the text and the name a page
 * declares all outrank it, and a declared author that is the site's
 * name does not give way to it. The line stays in the text. */
TEST(title_line_credit_comes_last)
{
    static const char *const lines[] = {"Sunday 12 May 2020, by the lake", "12 May 2020 by jroe",
                                        NULL};
    page p;
    for (size_t i = 0; lines[i]; i++) {
        p = dated_page(site_link, lines[i],
                       "<p><i>Jane Roe is a painter and writer who lives by the lake. "
                       "Follow her on Twitter.</i></p>");
        INT_EQ(meta(&p)->n_authors, 1);
        if (meta(&p)->n_authors == 1)
            STR_EQ(meta(&p)->authors[0], "Jane Roe");
        drop(&p);
    }

    p = dated_page(site_link, "12 May 2020 by jroe", "<p>Posted by Jane Roe on 12 May 2020</p>");
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);

    const char *fmt = "<html><head><title>The bridge closes - Courier</title>%s<meta "
                      "name='author' content='%s'></head><body>%s<div id='content'><article>"
                      "<h1>The bridge closes</h1><p class='meta'>%s</p>%s%s</article></div>"
                      "</body></html>";
    char html[8192];
    snprintf(html, sizeof(html), fmt, site_link, "Courier", menu,
             "<small>March 3, 2021 by jroe</small>", "", body);
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Courier");
    OK(strstr(p.text, "March 3, 2021 by jroe") != NULL);
    drop(&p);

    snprintf(html, sizeof(html), fmt, site_link, "Northern Media Group Ltd", menu,
             "12 May 2020 by jroe", "<div class='byline'>By Jane Roe</div>", body);
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);
}

/* A customer's review on a shop's page carries its own date ("<div
 * itemscope itemtype=http://schema.org/Review><meta itemprop=
 * datePublished content=2014-12-29>"): it does not date the page. The
 * same microdata outside a review does. */
TEST(review_date_is_not_the_page_date)
{
    const char *fmt =
        "<html><head><title>The bridge closes</title></head><body>%s<div id='content'>"
        "<h1>The bridge closes</h1>%s<div%s><span itemprop='author'>Ann R.</span>"
        "<meta itemprop='datePublished' content='2014-12-29'><span>29.12.2014</span></div>"
        "</div></body></html>";
    char html[8192];
    snprintf(html, sizeof(html), fmt, menu, body,
             " itemprop='review' itemscope itemtype='http://schema.org/Review'");
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->date == NULL);
    drop(&p);

    snprintf(html, sizeof(html), fmt, menu, body, "");
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2014-12-29");
    drop(&p);
}

/* A page that is a review keeps its date: its item is the page's own
 * (no itemprop, or the page's mainEntity), whatever its type says. The
 * thing a review is about (itemprop=itemReviewed, a book of 1998) has
 * its own date, not the page's. */
TEST(review_page_keeps_its_date)
{
    const char *fmt =
        "<html><head><title>The bridge closes</title></head><body itemscope "
        "itemtype='http://schema.org/WebPage'>%s<div id='content'><article%s>"
        "<h1>The bridge closes</h1>%s<meta itemprop='datePublished' content='2020-05-12'>"
        "%s</article></div></body></html>";
    static const char *const tops[] = {
        " itemscope itemtype='http://schema.org/ReviewNewsArticle'",
        " itemscope itemtype='http://schema.org/CriticReview'",
        " itemscope itemtype='http://schema.org/ClaimReview'",
        " itemprop='mainEntity' itemscope itemtype='http://schema.org/Review'", NULL};
    char html[8192];
    for (size_t i = 0; tops[i]; i++) {
        test_current = tops[i];
        snprintf(html, sizeof(html), fmt, menu, tops[i], "", body);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        STR_EQ(meta(&p)->date, "2020-05-12");
        drop(&p);
    }
    test_current = "review_page_keeps_its_date";
    snprintf(html, sizeof(html), fmt, menu, tops[0],
             "<div itemprop='itemReviewed' itemscope itemtype='http://schema.org/Book'>"
             "<meta itemprop='name' content='The Long Bridge'>"
             "<meta itemprop='datePublished' content='1998-01-01'></div>",
             body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2020-05-12");
    drop(&p);
}

/* A paragraph that is one link and names a newsletter, a gazette or a
 * letter, but neither links a sign-up page nor asks the reader to sign
 * up, is the story's source: it stays. */
TEST(letter_link_as_source_stays)
{
    static const char *const paras[] = {
        "<a href='/bop.pdf'>Bases de la convocatoria y formulario de inscripci\xC3\xB3n, "
        "publicados hoy en el Bolet\xC3\xADn Oficial de la Provincia</a>",
        "<a href='/lettre'>Le texte int\xC3\xA9gral de la lettre des parents "
        "d'\xC3\xA9l\xC3\xA8ves "
        "inscrits \xC3\xA0 l'\xC3\xA9"
        "cole Jean-Moulin, adress\xC3\xA9"
        "e au ministre</a>",
        "<a href='/news/june'>The council's June newsletter, which sets out the closure "
        "dates and explains how residents can sign up for a free ferry pass</a>",
        "<a href='/guides/2'>How one local newsletter grew from twelve subscribers to twelve "
        "thousand in two years without spending money on ads</a>",
        NULL};
    char html[8192];
    for (size_t i = 0; paras[i]; i++) {
        test_current = paras[i];
        snprintf(html, sizeof(html),
                 "<html><head><title>The bridge closes</title></head><body>%s"
                 "<div id='content'><h1>The bridge closes</h1>%s<p>%s</p></div></body></html>",
                 menu, body, paras[i]);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        /* the link's text, tags and all removed, from its ninth byte */
        char want[64];
        const char *open = strchr(paras[i], '>') + 1;
        snprintf(want, sizeof(want), "%.24s", open + 8);
        OK(strstr(p.text, want) != NULL);
        drop(&p);
    }
    test_current = "letter_link_as_source_stays";
}

/* The labels of a line of citations ("See also", "Related") and a
 * "Read more" that links the story's source document keep their line;
 * "À lire aussi" and "Lesen Sie auch" in emphasis announce another
 * article and go, as "Read more" does. */
TEST(also_line_labels)
{
    static const struct {
        const char *line, *text;
        bool kept;
    } cases[] = {
        {"<i>See also:</i> <a href='/bib#smith'>Smith (2004)</a>, <a href='/bib#jones'>Jones "
         "(2010)</a>",
         "See also: Smith (2004), Jones (2010)", true},
        {"<strong>See also:</strong> <a href='/docs/ch4'>Chapter 4, Restarting the service</a>",
         "Chapter 4, Restarting the service", true},
        {"<b>Related:</b> <a href='/x'>Ferries return to the river</a>",
         "Ferries return to the river", true},
        {"<strong>Read more:</strong> <a href='/report.pdf'>The engineers' full inspection "
         "report</a>",
         "The engineers' full inspection report", true},
        {"<strong>\xC3\x80 lire aussi</strong>\xC2\xA0: <a href='/x'>Le bac revient sur le "
         "fleuve</a>",
         "Le bac revient sur le fleuve", false},
        {"<em>Lesen Sie auch</em>: <a href='/x'>Die F\xC3\xA4hre kehrt zur\xC3\xBC"
         "ck</a>",
         "hre kehrt zur", false},
        /* the whole line in italics, the label inside */
        {"<em>For more, read: <a href='/x'>Ferries return to the river</a></em>",
         "Ferries return to the river", false},
        {"<em>Read more: <a href='/x'>Ferries return to the river</a></em>",
         "Ferries return to the river", false},
        /* ... but an italic sentence with a link in it stays */
        {"<em>Read more: the council's <a href='/x'>report</a> explains the cracks.</em>",
         "explains the cracks", true},
        {"<em>For more, read the council's <a href='/x'>report</a></em>", "council's report", true},
        /* ... and so do a book or a paper on another site, and a label
           that announces no story */
        {"<em>For more, read: <a href='https://books.example/long-river'>The Long River</a>"
         "</em>",
         "The Long River", true},
        {"<b>For more, read:</b> <a href='https://doi.example/10.1/x'>Piers under load</a>",
         "Piers under load", true},
        {"<em>More: <a href='/photos/flood'>Photographs of the flood</a></em>",
         "Photographs of the flood", true},
        {NULL, NULL, false}};
    char html[8192];
    for (size_t i = 0; cases[i].line; i++) {
        test_current = cases[i].line;
        snprintf(html, sizeof(html),
                 "<html><head><title>The bridge closes</title></head><body>%s"
                 "<div id='content'><h1>The bridge closes</h1>%s<p>%s</p>%s</div></body></html>",
                 menu, body, cases[i].line, body);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].text) != NULL) == cases[i].kept);
        drop(&p);
    }
    test_current = "also_line_labels";
}

int
main(void)
{
    RUN(read_more_line_goes);
    RUN(newsletter_link_paragraph_goes);
    RUN(title_line_date_then_credit);
    RUN(title_line_words_are_no_credit);
    RUN(title_line_full_names);
    RUN(title_line_credit_comes_last);
    RUN(review_date_is_not_the_page_date);
    RUN(review_page_keeps_its_date);
    RUN(letter_link_as_source_stays);
    RUN(also_line_labels);
    return test_report();
}
