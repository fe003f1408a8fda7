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

/* Older blog themes set the blog's name in the page's one h1 and the
 * post's title in an h2: with "Post › Blog" (or "·", "»") in the <title>,
 * the h1 is never taken for the headline. Marked as the masthead (a home
 * link, a site-title class) it gives way to the h2; when the title's other
 * part is an unmarked heading, the title stays whole. */
TEST(blog_name_h1_over_post_h2_is_no_headline)
{
    static const struct {
        const char *title, *head, *want;
    } cases[] = {
        /* the masthead: a home link in a site-title h1 */
        {"Ferry timetable for winter \xc2\xb7 Harbour Gazette",
         "<h1 class='site-title'><a href='https://gazette.example/' rel='home'>Harbour "
         "Gazette</a></h1><h2 class='entry-title'>Ferry timetable for winter</h2>",
         "Ferry timetable for winter"},
        {"Harbour Gazette \xe2\x80\xba Ferry timetable for winter",
         "<h1><a href='/'>Harbour Gazette</a></h1><h2>Ferry timetable for winter</h2>",
         "Ferry timetable for winter"},
        {"Harbour Gazette \xc2\xbb Ferry timetable for winter",
         "<h1 class='logo'>Harbour Gazette</h1><h2>Ferry timetable for winter</h2>",
         "Ferry timetable for winter"},
        /* no mark on the h1, and the title's other part is the h2: either
           may be the site's name, so the title stays whole, never the
           h1 alone */
        {"Ferry timetable for winter \xe2\x80\xb9 Harbour Gazette",
         "<h1>Harbour Gazette</h1><h2>Ferry timetable for winter</h2>",
         "Ferry timetable for winter \xe2\x80\xb9 Harbour Gazette"},
        {"Harbour Gazette Online \xe2\x80\xba Ferry timetable for winter",
         "<h1>Ferry timetable for winter</h1><footer><h2>Harbour Gazette Online</h2></footer>",
         "Harbour Gazette Online \xe2\x80\xba Ferry timetable for winter"},
        /* ... but named for the post's title, the h2 is the headline */
        {"Harbour Gazette \xe2\x80\xba Ferry timetable for winter",
         "<h1>Harbour Gazette</h1><h2 class='entry-title'>Ferry timetable for winter</h2>",
         "Ferry timetable for winter"},
        /* a post title of one word under the blog's name */
        {"Harbour Gazette \xe2\x80\xba Fog",
         "<h1>Harbour Gazette</h1><h2 class='post-title'>Fog</h2>",
         "Harbour Gazette \xe2\x80\xba Fog"},
        /* a post title too short to tell from a site's name: whole, never
           the blog's name */
        {"Harbour Gazette \xe2\x80\xba On Fog", "<h1>Harbour Gazette</h1><h2>On Fog</h2>",
         "Harbour Gazette \xe2\x80\xba On Fog"},
        /* the h1 is the headline and a section of it is an h2: still the h1 */
        {"Ferry timetable for winter \xe2\x80\xba Harbour Gazette",
         "<h1>Ferry timetable for winter</h1><h2>Harbour</h2>", "Ferry timetable for winter"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title></head><body><div id='page'>%s"
                 "<div class='entry-content'>%s</div></div></body></html>",
                 cases[i].title, cases[i].head, body);
        page p = from(html);
        test_current = cases[i].title;
        INT_EQ(p.rc, 0);
        STR_EQ(title_of(&p), cases[i].want);
        drop(&p);
    }
}

/* A "-", "/" or ":" set tight between words joins them ("Lee-Park",
 * "winter/Harbour"): no headline parts there from a site's name. */
TEST(tight_marks_part_no_site_name)
{
    static const struct {
        const char *title, *h1, *want;
    } cases[] = {
        {"Talking to Ann Lee-Park about the ferry", "Talking to Ann Lee",
         "Talking to Ann Lee-Park about the ferry"},
        {"The new ferry timetable for winter/Harbour", "The new ferry timetable for winter",
         "The new ferry timetable for winter/Harbour"},
        /* spaced, the marks part them */
        {"The new ferry timetable for winter -- Harbour", "The new ferry timetable for winter",
         "The new ferry timetable for winter"},
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
 * else: no author. The name signed elsewhere (each mention counts, a
 * first name too, a picture's alt), the site's own name, two declarations
 * that agree, a credit inside the article or for something else than the
 * look ("Photo by", "Interior design by"): the author stays. */
TEST(theme_makers_name_is_no_author)
{
    static const struct {
        const char *head, *post, *footer, *author;
    } cases[] = {
        {"", "",
         "<div id='end'>Theme by <a href='http://example.org/' title='Jane Roe'>Jane "
         "Roe</a></div>",
         NULL},
        {"", "", "<p class='credits'>Designed by Jane Roe</p>", NULL},
        {"", "", "<p class='credits'>WordPress template by Jane Roe | Impressum</p>", NULL},
        {"", "", "<p>&copy; 2013 Harbour Gazette &middot; Design by Jane Roe</p>", NULL},
        /* the blogger made the theme and signs the blog too */
        {"", "", "<div id='end'>Theme by Jane Roe</div><p class='copy'>&copy; 2013 Jane Roe</p>",
         "Jane Roe"},
        /* ... in the same line as the credit */
        {"", "", "&copy; 2013 Jane Roe &middot; Theme by Jane Roe", "Jane Roe"},
        {"", "", "Blog by Jane Roe. Theme by Jane Roe.", "Jane Roe"},
        /* ... with the first name only, or a picture's alt */
        {"", "<p class='byline'>Posted by jane</p>", "Theme by Jane Roe", "Jane Roe"},
        {"", "<p class='byline'>By Jane&nbsp;Roe</p>", "Theme by Jane Roe", "Jane Roe"},
        {"", "<div class='author-box'><img src='me.jpg' alt='Jane Roe'></div>", "Theme by Jane Roe",
         "Jane Roe"},
        /* a credit for a picture or a room, not for the site's look */
        {"", "", "<p class='credits'>Photo by Jane Roe</p>", "Jane Roe"},
        {"", "", "<p class='credits'>Interior design by Jane Roe</p>", "Jane Roe"},
        /* a credit inside the article is the article's */
        {"", "<figure><img src='a.jpg'><figcaption>Design by Jane Roe</figcaption></figure>", "",
         "Jane Roe"},
        {"", "<p>The ferry's new livery, designed by Jane Roe, is blue.</p>", "", "Jane Roe"},
        /* a longer name than the author's */
        {"", "", "<p class='credits'>Theme by Jane Roe Studio</p>", "Jane Roe"},
        /* the site is hers: its name, or a second declaration agrees */
        {"<meta property='og:site_name' content='Jane Roe'>", "",
         "<p>&copy; 2021 &middot; Design by Jane Roe</p>", "Jane Roe"},
        {"<meta property='article:author' content='Jane Roe'>", "", "Theme by Jane Roe",
         "Jane Roe"},
        /* not named in the page at all: the declared name stays */
        {"", "", "<p class='credits'>Theme by Studio North</p>", "Jane Roe"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>The bridge closes</title><meta name='author' "
                 "content='Jane Roe'>%s</head><body><article><h1>The bridge closes</h1>%s%s"
                 "</article><footer>%s</footer></body></html>",
                 cases[i].head, body, cases[i].post, cases[i].footer);
        page p = from(html);
        test_current = cases[i].footer[0] ? cases[i].footer : cases[i].post;
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        if (cases[i].author)
            OK(m->byline && strcmp(m->byline, cases[i].author) == 0);
        else
            OK(m->n_authors == 0 && m->byline == NULL);
        drop(&p);
    }
}

/* A designer's own site: the <title> ends with her name and her logo in
 * the home link carries it, so "Design by" in the footer is hers. */
TEST(designers_own_site_keeps_its_author)
{
    static const char html[] =
        "<html><head><title>Notes on ligatures | Jane Roe</title>"
        "<meta name='author' content='Jane Roe'></head><body><header><a href='/' "
        "rel='home'><img src='/logo.svg' alt='Jane Roe'></a></header><main><article>"
        "<h1>Notes on ligatures</h1><p>Ligatures join two letters into one shape, and a good "
        "face draws them so that the reader never notices the join at all in running text.</p>"
        "<p>Most fonts carry a few, and a designer may add more for display sizes where the "
        "shapes are large enough for a reader to see them.</p></article></main><footer>"
        "<p>&copy; 2021 &middot; Design by Jane Roe</p></footer></body></html>";
    page p = from(html);
    INT_EQ(p.rc, 0);
    const doc_meta *m = meta(&p);
    OK(m->byline && strcmp(m->byline, "Jane Roe") == 0);
    drop(&p);
}

int
main(void)
{
    RUN(single_angle_quote_parts_headline_and_site);
    RUN(blog_name_h1_over_post_h2_is_no_headline);
    RUN(tight_marks_part_no_site_name);
    RUN(theme_makers_name_is_no_author);
    RUN(designers_own_site_keeps_its_author);
    return test_report();
}
