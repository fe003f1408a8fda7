/*
 * test_html_unseen33.c - rules found on a thirty-third set of pages the
 * reader was not tuned on (a network's news site, a tech magazine, a
 * sports magazine, an entertainment site and a morning show's site with
 * video): each test builds a small page showing one case, with the
 * metadata or text that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"

/* The story's first two paragraphs, set inside the page's wrapper, and
 * the rest after it (a stray closing tag in the page ends the wrapper
 * early, so the text runs on outside it). */
static const char head_paras[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>";
static const char tail_paras[] =
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic, a spokesman said.</p>"
    "<p>Shops near the bridge said they feared losing trade over the summer, though some "
    "hoped the ferry would bring new customers to the harbour side of town.</p>"
    "<p>The council will hold a public meeting next week to answer questions about the "
    "closure and the diversions, which start on the first of June.</p>"
    "<p>Drivers are advised to use the ring road, which adds about ten minutes to the trip "
    "between the two halves of the town at busy times.</p>";

/* A site's menu: with it the page is read as a saved page, the article
 * taken out of it. */
static const char nav[] = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>";

/* A wrapper whose class names a layout with a sidebar ("container
 * with-sidebar-right", "page has-sidebar") holds the main column beside
 * the sidebar, which has its own class: it is no sidebar itself, and the
 * story's paragraphs in it stay with the ones after it, while the
 * sidebar inside still goes. A wrapper named a sidebar ("sidebar",
 * "sidebar-with-ads") still goes with all it holds. */
TEST(wrapper_with_sidebar)
{
    static const struct {
        const char *cls;
        bool kept;
    } cases[] = {
        {"container-full-width with-sidebar-right", true},
        {"page has-sidebar", true},
        {"layout with-sidebar", true},
        /* negative: the sidebar itself */
        {"sidebar", false},
        {"sidebar-with-ads", false},
        {"sidebar has-widgets", false},
    };
    static const char first[] = "The council voted on Tuesday";
    static const char later[] = "Drivers are advised to use the ring road";
    static const char teaser[] = "Most read: ten things to do in town";
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge to close</title></head><body>%s"
                 "<div class='%s'><h1>Bridge to close</h1>%s<aside class='sidebar'><p>%s this "
                 "weekend, and more from around the county</p></aside><p></p></div>%s"
                 "</body></html>",
                 nav, cases[i].cls, head_paras, teaser, tail_paras);
        page p = from(html);
        test_current = cases[i].cls;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, first) != NULL) == cases[i].kept);
        OK(strstr(p.text, later) != NULL);
        OK(strstr(p.text, teaser) == NULL);
        drop(&p);
    }
}

/* A sidebar beside the main column whose class is a part of a layout
 * named for its sidebar ("article-with-sidebar__aside",
 * "page-has-sidebar__secondary", "entry-has-sidebar-widgets",
 * "with-sidebar-ads") is the sidebar: the layout phrase is cut only
 * where it ends the class word, so its links and sign-up box still go. */
TEST(sidebar_part_of_layout)
{
    static const char *const classes[] = {
        "article-with-sidebar__aside",
        "content-with-sidebar__secondary",
        "page-has-sidebar__secondary",
        "entry-has-sidebar-widgets",
        "with-sidebar-ads",
        "story-with-sidebar__aside",
    };
    static const char side[] =
        "<h3>Most read</h3><ul><li><a href='/a'>Ten things to do in town this weekend</a></li>"
        "<li><a href='/b'>Mayor opens new library wing</a></li>"
        "<li><a href='/c'>Harbour festival returns in July</a></li></ul>"
        "<p>Sign up for our morning letter and get the county's news in your inbox every "
        "weekday.</p>";
    for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge to close</title></head><body>%s"
                 "<div class='wrap'><div class='main'><h1>Bridge to close</h1>%s%s</div>"
                 "<div class='%s'>%s</div></div></body></html>",
                 nav, head_paras, tail_paras, classes[i], side);
        page p = from(html);
        test_current = classes[i];
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, "The council voted on Tuesday") != NULL);
        OK(strstr(p.text, "Drivers are advised") != NULL);
        OK(strstr(p.text, "Mayor opens new library wing") == NULL);
        OK(strstr(p.text, "Sign up for our morning letter") == NULL);
        drop(&p);
    }
}

/* A skip link the page made absolute when it was saved ("https://...
 * /bridge/#start-of-content", the page's own address from its canonical
 * link) is still a link to an anchor of the page, and one whose class
 * names a skip link ("skip-to-text-link", "skip-link") goes when its
 * text says to skip, whatever words it uses ("Skip Article Header. Skip
 * to: Start of Article."). A link to another page's anchor, and a link
 * so classed that says something else ("Continue reading the main
 * story"), stay. */
TEST(skip_link_to_own_anchor)
{
    static const char self[] = "https://example.org/news/old-bridge/";
    static const struct {
        const char *link, *text;
        bool gone;
    } cases[] = {
        {"<a class='visually-hidden skip-to-text-link' href='%s#start'>%s</a>",
         "Skip Article Header. Skip to: Start of Article.", true},
        {"<a class='skip-link' href='#start'>%s</a>", "Go Back to Top. Skip To: Start of Article.",
         true},
        {"<a href='%s#main'>%s</a>", "Skip to main content", true},
        /* negative: another page's anchor */
        {"<a class='skip-link' href='https://example.org/other/#x'>%s</a>",
         "Skip ahead to the ferry timetable", false},
        /* negative: a classed link that says no skip */
        {"<a class='skip-to-text-link' href='#story-continues'>%s</a>",
         "Continue reading the main story", false},
        /* negative: the words without the class, past the short limit */
        {"<a href='#start'>%s</a>", "Skip this part if you already know how the old bridge works",
         false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char link[512], html[4096];
        if (strstr(cases[i].link, "%s#"))
            snprintf(link, sizeof(link), cases[i].link, self, cases[i].text);
        else
            snprintf(link, sizeof(link), cases[i].link, cases[i].text);
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge to close</title><link rel='canonical' href='%s'>"
                 "</head><body>%s<article><h1>Bridge to close</h1>%s<p>%s</p>%s</article>"
                 "</body></html>",
                 self, nav, head_paras, link, tail_paras);
        page p = from(html);
        test_current = cases[i].text;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].text) == NULL) == cases[i].gone);
        OK(strstr(p.text, "Drivers are advised") != NULL);
        drop(&p);
    }
}

/* Links to the page's own anchors that are the article's: one in a
 * sentence ("..., skip to the costs, where ..."), one classed as a skip
 * link whose words do not say to skip ("Skip the queue: ..."), one whose
 * class names some other jump ("skip-to-section", a podcast's
 * "skip-to-time" chapters), one whose id (not class) says skip. All
 * stay. */
TEST(skip_link_negatives)
{
    static const char self[] = "https://example.org/news/old-bridge/";
    static const struct {
        const char *block, *kept;
    } cases[] = {
        {"<p>If you want only the figures, <a href='%s#costs'>skip to the costs</a>, where "
         "each one is set out.</p>",
         "skip to the costs"},
        {"<p><a class='skip-link' href='%s#ferry'>Skip the queue: booking the ferry ahead</a></p>",
         "Skip the queue: booking the ferry ahead"},
        {"<p>See also: <a class='skip-to-section' href='#ferry'>Skip: the ferry times</a> "
         "further down.</p>",
         "Skip: the ferry times"},
        {"<p>Our notes: <a id='skip-to-harbour' href='#harbour'>Skipper's notes on the harbour "
         "crossing</a>.</p>",
         "Skipper's notes on the harbour crossing"},
        {"<ul><li><a class='skip-to-time' href='#t=130'>02:10 Skip to: why the vote was put "
         "off</a></li><li><a class='skip-to-time' href='#t=400'>06:40 The ferry "
         "timetable</a></li></ul>",
         "02:10 Skip to: why the vote was put off"},
        /* a classed link standing alone: "skip" inside a sentence, and a
         * part's heading after "Skip:" */
        {"<p><a class='skip-link' href='#vote'>How the members chose to skip to a vote</a></p>",
         "How the members chose to skip to a vote"},
        {"<p><a class='skip-link' href='%s#part2'>Skip: the second part, on fares and "
         "repairs</a></p>",
         "Skip: the second part, on fares and repairs"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char block[512], html[4096];
        if (strstr(cases[i].block, "%s#"))
            snprintf(block, sizeof(block), cases[i].block, self);
        else
            snprintf(block, sizeof(block), "%s", cases[i].block);
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge to close</title><link rel='canonical' href='%s'>"
                 "</head><body>%s<article><h1>Bridge to close</h1>%s%s%s</article>"
                 "</body></html>",
                 self, nav, head_paras, block, tail_paras);
        page p = from(html);
        test_current = cases[i].kept;
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, cases[i].kept) != NULL);
        OK(strstr(p.text, "Drivers are advised") != NULL);
        drop(&p);
    }
}

/* Two skip links side by side in one block ("Skip to content Skip to
 * navigation", or the classed "Skip Header. Skip to: Start of
 * Article." twice) stand alone: each link is no running text for the
 * other. Two own-anchor links in a sentence stay. */
TEST(skip_link_pair)
{
    static const char self[] = "https://example.org/news/old-bridge/";
    static const struct {
        const char *block, *text;
        bool gone;
    } cases[] = {
        {"<p><a class='skip-link' href='#main'>Skip Page Header. Skip to: Start of Story.</a> "
         "<a class='skip-link' href='#top'>Back up. Skip To: Start of Story.</a></p>",
         "Skip To: Start of Story", true},
        {"<p><a href='%s#main'>Skip to content</a> <a href='%s#nav'>Skip to menu</a></p>",
         "Skip to menu", true},
        /* negative: two own-anchor links inside a sentence */
        {"<p>Read <a href='%s#fares'>the fares</a> first, or <a href='%s#costs'>skip to the "
         "costs</a> below.</p>",
         "skip to the costs", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char block[512], html[4096];
        if (strstr(cases[i].block, "%s#"))
            snprintf(block, sizeof(block), cases[i].block, self, self);
        else
            snprintf(block, sizeof(block), "%s", cases[i].block);
        snprintf(html, sizeof(html),
                 "<html><head><title>Bridge to close</title><link rel='canonical' href='%s'>"
                 "</head><body>%s<article><h1>Bridge to close</h1>%s%s%s</article>"
                 "</body></html>",
                 self, nav, head_paras, block, tail_paras);
        page p = from(html);
        test_current = cases[i].text;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].text) == NULL) == cases[i].gone);
        OK(strstr(p.text, "Skip to") == NULL || !cases[i].gone);
        OK(strstr(p.text, "Drivers are advised") != NULL);
        drop(&p);
    }
}

int
main(void)
{
    RUN(wrapper_with_sidebar);
    RUN(sidebar_part_of_layout);
    RUN(skip_link_to_own_anchor);
    RUN(skip_link_negatives);
    RUN(skip_link_pair);
    return test_report();
}
