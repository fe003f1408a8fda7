/*
 * test_html_unseen28.c - rules found on a twenty-eighth set of pages the
 * reader was not tuned on (a German regional paper, a city's page on a
 * sight, a party's blog, a small German blog on a site builder): each
 * test builds a small page showing one case, with the metadata or text
 * that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

/* The page read from memory, its title, or "" when it has none. */
static const char *
title_of(const page *p)
{
    const char *t = p->rc == 0 ? meta(p)->title : NULL;
    return t ? t : "";
}

/* "Headline › Site": the single angle quote a blog theme offers beside
 * "»" parts the page's one h1 from the site's name. */
TEST(single_angle_quote_parts_headline_and_site)
{
    static const struct {
        const char *title, *h1, *want;
    } cases[] = {
        {"The bridge closes for the summer \xe2\x80\xba Town News",
         "The bridge closes for the summer", "The bridge closes for the summer"},
        {"Town News \xe2\x80\xb9 The bridge closes for the summer",
         "The bridge closes for the summer", "The bridge closes for the summer"},
        /* the h1 is another text: the <title> stays whole */
        {"The bridge closes for the summer \xe2\x80\xba Town News", "Night buses on two new lines",
         "The bridge closes for the summer \xe2\x80\xba Town News"},
        /* the rest is no short name but a second headline: whole */
        {"The bridge closes \xe2\x80\xba the ferry will run every twenty minutes until October",
         "The bridge closes",
         "The bridge closes \xe2\x80\xba the ferry will run every twenty minutes until October"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title></head><body><article><h1>%s</h1>%s</article>"
                 "</body></html>",
                 cases[i].title, cases[i].h1, body);
        page p = from(html);
        test_current = cases[i].title;
        INT_EQ(p.rc, 0);
        STR_EQ(title_of(&p), cases[i].want);
        drop(&p);
    }
}

/* A theme that writes its designer into <meta name=author> on every page,
 * with "Theme by <a>Jane Roe</a>" in the footer and the name nowhere
 * else: no author. The name signed elsewhere, or credited for something
 * else than the look ("Photo by"), stays the author. */
TEST(theme_makers_name_is_no_author)
{
    static const struct {
        const char *footer, *author;
    } cases[] = {
        {"<div id='end'>Theme by <a href='http://example.org/'>Jane Roe</a></div>", NULL},
        {"<p class='credits'>Designed by Jane Roe</p>", NULL},
        {"<p class='credits'>WordPress template by Jane Roe | Impressum</p>", NULL},
        /* the blogger made the theme and signs the blog too */
        {"<div id='end'>Theme by Jane Roe</div><p class='copy'>&copy; 2013 Jane Roe</p>",
         "Jane Roe"},
        /* a credit for a picture, not for the site's look */
        {"<p class='credits'>Photo by Jane Roe</p>", "Jane Roe"},
        /* not named in the page at all: the declared name stays */
        {"<p class='credits'>Theme by Studio North</p>", "Jane Roe"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>The bridge closes</title><meta name='author' "
                 "content='Jane Roe'></head><body><article><h1>The bridge closes</h1>%s"
                 "</article><footer>%s</footer></body></html>",
                 body, cases[i].footer);
        page p = from(html);
        test_current = cases[i].footer;
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        if (cases[i].author)
            OK(m->byline && strcmp(m->byline, cases[i].author) == 0);
        else
            OK(m->n_authors == 0 && m->byline == NULL);
        drop(&p);
    }
}

int
main(void)
{
    RUN(single_angle_quote_parts_headline_and_site);
    RUN(theme_makers_name_is_no_author);
    return test_report();
}
