/*
 * test_html_meta.c - metadata rules found on pages the reader was not
 * tuned on (titles, bylines and dates), each on a small page built here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"

static page
from(const char *html)
{
    reader_options ro = {.format = "html", .extract = 1};
    return page_bytes("mem.html", html, strlen(html), &ro);
}

static const doc_meta *
meta(const page *p)
{
    return p->art->as.article.meta;
}

static const char body[] =
    "<body><article><h1>Stone bridges</h1><p>The old bridge over the mill race was built "
    "without mortar, each stone cut to lean on its neighbours, and it has carried carts for "
    "three hundred years.</p><p>When the river floods, the water rises through the arch and "
    "falls again, and the bridge stands because nothing in it can slide.</p></article></body>";

/* Metadata escaped twice ("&amp;#233;") is unescaped, numeric references
 * and the five names alike; a lone ampersand stays. */
TEST(meta_entities_unescaped)
{
    char html[2048];
    snprintf(html, sizeof(html),
             "<html><head><meta name='dc.title' content='Les ponts de pierre &amp;#233;t&amp;#xE9; "
             "&amp;amp; hiver'><meta name='description' content='Tom &amp;quot;Mason&amp;quot; "
             "&amp; sons'></head>%s</html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Les ponts de pierre \xc3\xa9t\xc3\xa9 & hiver");
    STR_EQ(meta(&p)->description, "Tom \"Mason\" & sons");
    drop(&p);
}

static page
titled(const char *head, const char *h1)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head>%s</head><body><article><h1>%s</h1><p>The old bridge over the mill "
             "race was built without mortar, each stone cut to lean on its neighbours, and it "
             "has carried carts for three hundred years.</p><p>When the river floods, the water "
             "rises through the arch and falls again, and the bridge stands because nothing in "
             "it can slide.</p></article></body></html>",
             head, h1);
    return from(html);
}

/* The dek under the headline, in an element named for it or saying the
 * page's description word for word, is the subtitle when the text does
 * not keep it; a caption or a byline under the h1, a class that only
 * holds the letters ("desktop"), and a dek the text keeps make none. */
static page
dekked(const char *head, const char *under)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Stone bridges</title>%s</head><body><div class='top'>"
             "<header><h1>Stone bridges</h1>%s<p class='by'>By Ann Mason</p></header></div>"
             "<article><p>The old bridge over the mill race was built without mortar, each stone "
             "cut to lean on its neighbours, and it has carried carts for three hundred years."
             "</p><p>When the river floods, the water rises through the arch and falls again, and "
             "the bridge stands because nothing in it can slide.</p></article></body></html>",
             head, under);
    return from(html);
}

TEST(dek_under_the_headline)
{
    page p = dekked("", "<h2 class='post-subtitle'>Why the mill bridge has stood for three "
                        "hundred years</h2>");
    STR_EQ(meta(&p)->subtitle, "Why the mill bridge has stood for three hundred years");
    drop(&p);
    p = dekked("<meta name='description' content='Why the mill bridge has stood so long'>",
               "<div><p>Why the mill bridge has stood so long</p></div>");
    STR_EQ(meta(&p)->subtitle, "Why the mill bridge has stood so long");
    drop(&p);
    const char *const none[] = {
        "<p>Photograph of the bridge in winter, from the east bank</p>",
        "<p class='desktop-only'>Why the mill bridge has stood for three hundred years</p>",
        "<p class='dek'>Short</p>",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        p = dekked("", none[i]);
        OK(meta(&p)->subtitle == NULL);
        drop(&p);
    }
    /* a dek the text keeps is the text's first paragraph */
    p = from("<html><head><title>Stone bridges</title></head><body><article><h1>Stone bridges"
             "</h1><p class='dek'>Why the mill bridge has stood for three hundred years, and "
             "why the new one may not.</p><p>The old bridge over the mill race was built without "
             "mortar, each stone cut to lean on its neighbours, and it has carried carts for "
             "three hundred years.</p><p>When the river floods, the water rises through the arch "
             "and falls again, and the bridge stands because nothing in it can slide.</p>"
             "</article></body></html>");
    OK(strstr(p.text, "Why the mill bridge") != NULL);
    OK(meta(&p)->subtitle == NULL);
    drop(&p);
}

/* "Site :: Headline": the h1 is the title; Readability's own separators
 * keep its verdict ("Mozilla - Wikipedia" stays whole). */
TEST(title_site_plus_h1)
{
    page p = titled("<title>Mill Society  :: Stone bridges</title>", "Stone bridges");
    STR_EQ(meta(&p)->title, "Stone bridges");
    drop(&p);
    p = titled("<title>Mill Society: Stone bridges</title>", "Stone bridges");
    STR_EQ(meta(&p)->title, "Stone bridges");
    drop(&p);
    p = titled("<title>Stone bridges - Wikipedia</title>", "Stone bridges");
    STR_EQ(meta(&p)->title, "Stone bridges - Wikipedia");
    drop(&p);
    /* the rest is no short name: a sentence stays whole */
    p = titled("<title>How the river was crossed before the war :: Stone bridges</title>",
               "Stone bridges");
    STR_EQ(meta(&p)->title, "How the river was crossed before the war :: Stone bridges");
    drop(&p);
}

/* A one-word section label as the title gives way to the page's one h1
 * holding that word; not to an h1 without it. */
TEST(title_label_to_headline)
{
    page p = titled("<meta property='og:title' content='Bridges'>",
                    "Why our stone bridges still stand");
    STR_EQ(meta(&p)->title, "Why our stone bridges still stand");
    OK(strstr(p.text, "Why our stone bridges") == NULL); /* the title heading leaves the body */
    drop(&p);
    p = titled("<meta property='og:title' content='Rivers'>", "Why our stone bridges stand");
    STR_EQ(meta(&p)->title, "Rivers");
    drop(&p);
}

static page
bylined(const char *byline)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Stone bridges</title></head><body><article>"
             "<div class='article__author'>%s</div><h1>Stone bridges</h1><p>The old bridge over "
             "the mill race was built without mortar, each stone cut to lean on its neighbours, "
             "and it has carried carts for three hundred years.</p><p>When the river floods, the "
             "water rises through the arch and falls again, and the bridge stands because "
             "nothing in it can slide.</p></article></body></html>",
             byline);
    return from(html);
}

/* "Section · Names": one word before the bar is a section label and the
 * names follow; "Name · date" keeps the name before it. */
TEST(byline_section_then_names)
{
    page p = bylined("Politik \xc2\xb7 Ruth Vale, Tom Ferris");
    INT_EQ(meta(&p)->n_authors, 2);
    STR_EQ(meta(&p)->n_authors > 1 ? meta(&p)->authors[1] : "", "Tom Ferris");
    drop(&p);
    p = bylined("Ruth Vale \xc2\xb7 March 3, 2019");
    INT_EQ(meta(&p)->n_authors, 1);
    STR_EQ(meta(&p)->n_authors ? meta(&p)->authors[0] : "", "Ruth Vale");
    drop(&p);
}

/* A first paragraph that is the title word for word leaves the body. */
TEST(title_paragraph_dropped)
{
    page p = from("<html><head><title>Stone bridges</title></head><body><article>"
                  "<p class='title'>Stone bridges</p><p>The old bridge over the mill race was "
                  "built without mortar, each stone cut to lean on its neighbours, and it has "
                  "carried carts for three hundred years.</p><p>Stone bridges were cheap.</p>"
                  "</article></body></html>");
    OK(strncmp(p.text, "The old bridge", 14) == 0);
    OK(strstr(p.text, "Stone bridges were cheap.") != NULL);
    drop(&p);
}

/* Microdata on an ordinary element: <p itemprop="datePublished"
 * datetime="..."> gives the date; the first such element is the article's,
 * later ones (teasers for other stories) are not. */
TEST(date_from_itemprop_element)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Stone bridges</title></head><body><article><header>"
             "<p class='stamp' itemprop='datePublished' datetime='2020-05-09T08:19:00Z'>"
             "9.5.2020</p></header>%s<ul><li><input type='hidden' itemprop='datePublished' "
             "datetime='2020-05-01T08:00:00Z'></li></ul></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2020-05-09");
    drop(&p);
}

/* A page with no declared author prints one after a label: "Author :
 * Name" (the label in its own element) is the credit. */
TEST(author_from_visible_label)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Stone bridges</title></head><body><div class='opt'>"
             "<strong>Title</strong> : Stone bridges</div><div class='opt-bottom'> "
             "<strong>Author</strong> : Mason1</div>%s</html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->byline, "Mason1");
    INT_EQ((int)meta(&p)->n_authors, 1);
    drop(&p);
}

/* A declared author naming the site itself ("Harbour Members" on the
 * Harbour site) gives way to the visible "Author: Jane Roe"; a declared
 * author who is a person stays. */
TEST(site_author_gives_way_to_label)
{
    static const char fmt[] =
        "<html><head><title>Harbour :: Stone bridges</title><meta name='author' content='%s'>"
        "</head><body><h1>Stone bridges</h1><div class='sub'><span>Harbour Journal #12</span>"
        " Author: <a href='mailto:'>Jane Roe</a></div><p>The old bridge over the mill race was "
        "built without mortar, each stone cut to lean on its neighbours, and it has carried "
        "carts for three hundred years.</p></body></html>";
    char html[4096];
    snprintf(html, sizeof(html), fmt, "Harbour Members");
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->byline, "Jane Roe");
    drop(&p);
    snprintf(html, sizeof(html), fmt, "Tom Mason");
    p = from(html);
    STR_EQ(meta(&p)->byline, "Tom Mason");
    drop(&p);
}

/* "Written by Jane Roe in Science on 1 June 2019 at 08:34 PM EDT.": the
 * name is Jane Roe (the section after "in" and the date go) and the date,
 * a day before its month with the year after it, is the article's. */
TEST(byline_name_in_section_on_date)
{
    page p = from("<html><head><title>Stone bridges</title></head><body><article>"
                  "<h1>Stone bridges</h1><div class='author'>Written by <a href='/jroe'>Jane "
                  "Roe</a> in <a href='/t/science'>Science</a> on 1 June 2019 at 08:34 PM EDT. "
                  "<a href='/c'>Add A Comment</a></div><p>The old bridge over the mill race was "
                  "built without mortar, each stone cut to lean on its neighbours, and it has "
                  "carried carts for three hundred years.</p></article></body></html>");
    INT_EQ(p.rc, 0);
    INT_EQ((int)meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    STR_EQ(meta(&p)->date, "2019-06-01");
    drop(&p);
}

/* A page that declares no date prints it after a label ("Issue: #49 |
 * Release date : 1996-11-08 | Editor : Jo"); a "date:" inside a sentence
 * is no label. */
TEST(date_from_visible_label)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Stone bridges</title></head><body><div class='opt'>"
             "<strong>Issue</strong> : #49 | <strong>Release date</strong> : <b>1996-11-08</b> | "
             "<strong>Editor</strong> : Jo</div>%s</html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "1996-11-08");
    drop(&p);
    snprintf(html, sizeof(html),
             "<html><head><title>Stone bridges</title></head><body><p>We kept the records up to "
             "date: 1996-11-08 was the last entry.</p>%s</html>",
             body);
    p = from(html);
    OK(meta(&p)->date == NULL);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(meta_entities_unescaped);
    RUN(title_site_plus_h1);
    RUN(dek_under_the_headline);
    RUN(title_label_to_headline);
    RUN(byline_section_then_names);
    RUN(title_paragraph_dropped);
    RUN(date_from_itemprop_element);
    RUN(author_from_visible_label);
    RUN(site_author_gives_way_to_label);
    RUN(byline_name_in_section_on_date);
    RUN(date_from_visible_label);
    return test_report();
}
