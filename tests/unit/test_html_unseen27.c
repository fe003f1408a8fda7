/*
 * test_html_unseen27.c - rules found on a twenty-seventh set of pages the
 * reader was not tuned on (an entertainment trade paper, a Florida
 * newspaper, a New York tabloid, an art blog, a personal essays site, a
 * Linux news site): each test builds a small page showing one case, with
 * the text that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "read_page.h"

/* The site's chrome around every page: a menu and a search box whose
 * category filter and "nothing found" line are two short lines of text. */
static const char chrome[] =
    "<nav><a href='/'>Home</a> <a href='/art'>Art</a> <a href='/photo'>Photography</a></nav>"
    "<div class='search-wrap'><p class='title'>You can also filter by categories</p>"
    "<a href='/c/art'>art</a><a href='/c/photo'>photography</a>"
    "<div class='empty-msg'><p>Sorry, nothing was found here.</p></div></div>";

static const char figures[] =
    "<figure class='wp-block-image'><img src='http://pics.example/harbour-1.jpg' alt=''></figure>"
    "<figure class='wp-block-image'><img src='http://pics.example/harbour-2.jpg' alt=''></figure>"
    "<figure class='wp-block-image'><img src='http://pics.example/harbour-3.jpg' alt=''></figure>"
    "<figure class='wp-block-image'><img src='http://pics.example/harbour-4.jpg' alt=''></figure>";

/* A picture post: figures one after another in the post's content and a
 * line naming the series. The search box outscored it; the run of
 * pictures is the article now, its line with it. */
TEST(picture_post_is_its_run_of_pictures)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Jane Roe</title></head><body>%s<h1>Jane Roe</h1>"
             "<div class='layout -align-sidebar-to-none'><div id='post-content'>%s"
             "<p>'Quiet harbours' series by <a href='https://roe.example/'>Jane Roe</a></p>"
             "</div></div><div class='more'><h4>More from photography</h4>"
             "<a href='/p/1'><h2>John Doe</h2></a><a href='/p/2'><h2>Ann Poe</h2></a></div>"
             "</body></html>",
             chrome, figures);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(p.text && strstr(p.text, "'Quiet harbours' series by Jane Roe") != NULL);
    OK(p.text && strstr(p.text, "filter by categories") == NULL);
    OK(p.text && strstr(p.text, "nothing was found") == NULL);
    drop(&p);
}

/* What stays as it was: pictures that are links (a box of teasers, each a
 * thumbnail), two runs of pictures (a list of galleries), a run outside
 * any container named for the content, a post of pictures without a
 * word, and a page whose prose scores. */
TEST(runs_of_pictures_that_are_no_picture_post)
{
    char html[8192];
    /* thumbnails in links: the search box's lines are all there is */
    snprintf(html, sizeof(html),
             "<html><body>%s<div class='post-content'>"
             "<figure><a href='/a'><img src='http://pics.example/a.jpg' alt=''></a></figure>"
             "<figure><a href='/b'><img src='http://pics.example/b.jpg' alt=''></a></figure>"
             "<figure><a href='/c'><img src='http://pics.example/c.jpg' alt=''></a></figure>"
             "<p>Three more series</p></div></body></html>",
             chrome);
    page p = page_html_file(html);
    OK(p.text && strstr(p.text, "filter by categories") != NULL);
    drop(&p);

    /* two runs: neither is taken */
    snprintf(html, sizeof(html),
             "<html><body>%s<div class='post-content'><div class='g1'>%s</div>"
             "<div class='g2'>%s</div><p>Two series</p></div></body></html>",
             chrome, figures, figures);
    p = page_html_file(html);
    OK(p.text && strstr(p.text, "filter by categories") != NULL);
    drop(&p);

    /* a run in a box not named for the content */
    snprintf(html, sizeof(html),
             "<html><body>%s<div class='wall'>%s<p>From the wall</p></div></body></html>", chrome,
             figures);
    p = page_html_file(html);
    OK(p.text && strstr(p.text, "filter by categories") != NULL);
    drop(&p);

    /* pictures and no word in the post: the weak winner stays */
    snprintf(html, sizeof(html), "<html><body>%s<div class='post-content'>%s</div></body></html>",
             chrome, figures);
    p = page_html_file(html);
    OK(p.text && strstr(p.text, "filter by categories") != NULL);
    drop(&p);

    /* an article whose paragraphs score: the gallery beside it is not the page */
    snprintf(html, sizeof(html),
             "<html><body>%s<article><h1>The bridge closes</h1><p>The council voted on "
             "Tuesday to close the old bridge to cars for the summer, after engineers found "
             "that two of its supports had worn far more than expected, and the repairs, "
             "the council said, will take until October.</p><p>Cyclists and people on foot "
             "will still be able to cross, and the ferry will run every twenty minutes until "
             "the work is done, with extra boats on market days.</p></article>"
             "<div class='post-gallery'>%s</div></body></html>",
             chrome, figures);
    p = page_html_file(html);
    OK(p.text && strstr(p.text, "The council voted on Tuesday") != NULL);
    OK(p.text && strstr(p.text, "extra boats on market days") != NULL);
    drop(&p);
}

/* A blog's frame around the post: a masthead with a menu, a footer line. */
static page
blog_page(const char *post)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Spring in the garden | Garden Notes</title></head><body>"
             "<header class='site-header'><a href='/'>Garden Notes</a><nav><a href='/about'>About"
             "</a> <a href='/archive'>Archive</a></nav></header><div id='page' class='site-wrap'>"
             "%s</div><footer class='site-footer'><p>(c) Garden Notes</p></footer></body></html>",
             post);
    return page_html_file(html);
}

/* Every one of the lines (a NULL-ended list) is in the page's text. */
static void
all_there(const page *p, const char *const *lines)
{
    INT_EQ(p->rc, 0);
    for (size_t i = 0; lines[i]; i++) {
        bool there = p->text && strstr(p->text, lines[i]) != NULL;
        if (!there)
            fprintf(stderr, "  missing: %s\n", lines[i]);
        OK(there);
    }
}

#define FIG(n)                                                                                     \
    "<figure class='wp-block-image'><img src='http://pics.example/" n ".jpg' alt=''></figure>"
#define FIGCAP(n)                                                                                  \
    "<figure class='wp-block-image'><img src='http://pics.example/" n ".jpg' alt=''>"              \
    "<figcaption>Bed " n "</figcaption></figure>"

/* A run of pictures inside a post with words of its own: the post is the
 * box named for the content, with its headings, lists, quotes and short
 * lines, not the pictures' parent. */
TEST(picture_post_keeps_the_words_around_its_pictures)
{
    /* a gallery block between a list and a quote */
    static const char *const block[] = {"A few pictures of the beds",
                                        "What went in",
                                        "Broad beans along the fence",
                                        "Leeks from seed",
                                        "Thanks to Ann for the cuttings",
                                        "The best spring so far",
                                        "Later this year",
                                        "Next we try squash",
                                        NULL};
    page p = blog_page(
        "<div class='post-content'><h1>Spring in the garden</h1><p>A few pictures of the "
        "beds.</p><h2>What went in</h2><ul><li>Broad beans along the fence</li><li>Leeks from "
        "seed</li><li>Two rows of lettuce</li></ul><figure class='wp-block-gallery'>" FIGCAP("1")
            FIGCAP("2") FIGCAP("3") "</figure><p>Thanks to Ann for the cuttings!</p>"
                                    "<blockquote><p>The best spring so far</p></blockquote>"
                                    "<h3>Later this year</h3><p>Next we try squash, see "
                                    "<a href='/plan'>the plan</a></p></div>");
    all_there(&p, block);
    drop(&p);

    /* bare images between two short lines */
    static const char *const bare[] = {"The new shed is up.", "More pictures next week", NULL};
    p = blog_page("<div class='post-body'><h1>Spring in the garden</h1><p>The new shed is up."
                  "</p><img src='http://pics.example/1.jpg'><img src='http://pics.example/2.jpg'>"
                  "<img src='http://pics.example/3.jpg'><p>More pictures next week</p></div>");
    all_there(&p, bare);
    drop(&p);

    /* the gallery in its own box, the words in others after it */
    static const char *const after[] = {"The beds in April, before the rain", "We dug on Saturday",
                                        "Planted on Sunday", NULL};
    p = blog_page(
        "<div class='post-content'><h1>Spring in the garden</h1><div class='gallery'>" FIG("1")
            FIG("2") FIG("3") "</div><div class='caption-text'>The beds in April, before the "
                              "rain</div><div class='text'><p>We dug on Saturday</p><p>Planted "
                              "on Sunday</p></div><h3>Tags</h3></div>");
    all_there(&p, after);
    drop(&p);

    /* a paragraph of three images, with and without alt text */
    static const char *const ptag[] = {"Pictures from the weekend",     "Sunday",
                                       "Frost overnight, we stayed in", "The beans survived",
                                       "The lettuce did not",           NULL};
    for (int alt = 0; alt < 2; alt++) {
        char post[2048];
        const char *a = alt ? " alt='The beds'" : "";
        snprintf(post, sizeof(post),
                 "<div class='post-body'><h1>Spring in the garden</h1><p>Pictures from the "
                 "weekend</p><p><img src='http://pics.example/1.jpg'%s><img "
                 "src='http://pics.example/2.jpg'%s><img src='http://pics.example/3.jpg'%s></p>"
                 "<h2>Sunday</h2><p>Frost overnight, we stayed in</p><ul><li>The beans "
                 "survived</li><li>The lettuce did not</li></ul></div>",
                 a, a, a);
        p = blog_page(post);
        all_there(&p, ptag);
        drop(&p);
    }

    /* headings either side of a row of pictures */
    static const char *const row[] = {"Before", "After", "The path after two weekends of work",
                                      "Gravel: six bags", NULL};
    p = blog_page("<div class='post-content'><h1>Spring in the garden</h1><h2>Before</h2>"
                  "<div class='row'>" FIG("1") FIG("2")
                      FIG("3") "</div><h2>After</h2><p>The "
                               "path after two weekends of work</p><p>Gravel: six bags</p></div>");
    all_there(&p, row);
    drop(&p);

    /* a product's pictures beside its description, list and table */
    static const char *const product[] = {"Cedar raised bed, two metres long", "Untreated wood",
                                          "Weight", "18 kg", NULL};
    p = blog_page("<div class='product-content'><h1>Spring in the garden</h1><div "
                  "class='product-images'>" FIG("1") FIG("2") FIG("3")
                      FIG("4") "</div><div class='description'><p>Cedar raised bed, two metres "
                               "long</p><ul><li>Untreated wood</li><li>Ships flat</li></ul><table>"
                               "<tr><td>Weight</td><td>18 kg</td></tr></table></div></div>");
    all_there(&p, product);
    drop(&p);

    /* the words in a box beside a gallery box */
    static const char *const beside[] = {"The allotments opened for the season on Saturday.",
                                         "Forty plots are taken this year.",
                                         "Water from the tap by the gate", NULL};
    p = blog_page("<div class='main-col'><h1>Spring in the garden</h1><div class='text'><p>The "
                  "allotments opened for the season on Saturday.</p><p>Forty plots are taken "
                  "this year.</p><ul><li>Water from the tap by the gate</li></ul></div><div "
                  "class='post-gallery'>" FIGCAP("1") FIGCAP("2") FIGCAP("3") "</div></div>");
    all_there(&p, beside);
    drop(&p);
    p = blog_page("<div class='story'><h1>Spring in the garden</h1><div class='story-body'><p>The "
                  "allotments opened for the season on Saturday.</p><p>Forty plots are taken "
                  "this year.</p><ul><li>Water from the tap by the gate</li></ul></div><div "
                  "class='story-photos'>" FIGCAP("1") FIGCAP("2") FIGCAP("3") "</div></div>");
    all_there(&p, beside);
    drop(&p);
}

/* A run of pictures in a footer ("footer-content": partners' logos) is no
 * picture post, however weak the article's text beside it. */
TEST(pictures_in_a_footer_are_no_picture_post)
{
    static const char *const news[] = {"The allotments open for the season on Saturday.",
                                       "Plots cost twenty euros.", NULL};
    for (int alt = 0; alt < 2; alt++) {
        char post[2048];
        const char *a = alt ? "Sponsor" : "";
        snprintf(post, sizeof(post),
                 "<div class='main'><h1>Spring in the garden</h1><p>The allotments open for the "
                 "season on Saturday.</p><p>Plots cost twenty euros.</p></div><div "
                 "class='footer-content'><div class='partners'><figure><img "
                 "src='http://pics.example/1.jpg' alt='%s'></figure><figure><img "
                 "src='http://pics.example/2.jpg' alt='%s'></figure><figure><img "
                 "src='http://pics.example/3.jpg' alt='%s'></figure></div></div>",
                 a, a, a);
        page p = blog_page(post);
        all_there(&p, news);
        drop(&p);
    }
}

/* A wrapper classed for a layout without a sidebar ("no-sidebar") holds
 * the article and stays; a sidebar itself still goes. */
TEST(layout_without_sidebar_is_no_sidebar)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<div class='wrap page-no-sidebar'><div class='post-body'><p>The council voted "
             "on Tuesday to close the old bridge to cars for the summer, after engineers found "
             "that two of its supports had worn far more than expected.</p><p>Cyclists and "
             "people on foot will still be able to cross, and the ferry will run every twenty "
             "minutes until the repairs are done, the council said.</p></div></div>"
             "<div class='sidebar'><p>Most read this week: a long list of other stories, "
             "picked by our readers, with more to come every day of the week.</p></div>"
             "</body></html>");
    page p = page_html_file(html);
    OK(p.text && strstr(p.text, "The council voted on Tuesday") != NULL);
    OK(p.text && strstr(p.text, "the council said") != NULL);
    OK(p.text && strstr(p.text, "Most read this week") == NULL);
    drop(&p);
}

/* A no-sidebar phrase names only itself: the other words of the class
 * still count ("header-no-sidebar" is a header, "related-posts
 * without-sidebar" a related box, "sidebar sidebar-none-on-mobile" a
 * sidebar). */
TEST(no_sidebar_phrase_shields_no_other_word)
{
    static const char body[] =
        "<p>The council voted on Tuesday to close the old bridge to cars for the summer, after "
        "engineers found that two of its supports had worn far more than expected.</p><p>Cyclists "
        "and people on foot will still be able to cross, and the ferry will run every twenty "
        "minutes until the repairs are done, the council said.</p><p>Shop owners on the far bank "
        "asked for help with their rents, and the mayor said she would meet them next week.</p>";
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><body><div class='wrap'><div class='text'><div class='post-header "
             "header-no-sidebar'><a href='/'>Home</a> &gt; <a href='/news'>News</a> "
             "<span>Pass this story on to a friend</span></div>%s<div class='related-posts "
             "without-sidebar'><h3>Related</h3><p>An older story about the bridge, from when the "
             "repairs were first planned last year.</p></div></div></div></body></html>",
             body);
    page p = page_html_file(html);
    OK(p.text && strstr(p.text, "The council voted on Tuesday") != NULL);
    OK(p.text && strstr(p.text, "meet them next week") != NULL);
    OK(p.text && strstr(p.text, "Pass this story on") == NULL);
    OK(p.text && strstr(p.text, "An older story about the bridge") == NULL);
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><body><div class='wrap'><div class='text'>%s<div class='sidebar "
             "sidebar-none-on-mobile'><p>Most read this week: other stories picked by our "
             "readers, with more every day, and more, and more.</p><ul><li><a href='/x'>One</a>"
             "</li><li><a href='/y'>Two</a></li></ul></div></div></div></body></html>",
             body);
    p = page_html_file(html);
    OK(p.text && strstr(p.text, "The council voted on Tuesday") != NULL);
    OK(p.text && strstr(p.text, "meet them next week") != NULL);
    OK(p.text && strstr(p.text, "Most read this week") == NULL);
    drop(&p);
}

int
main(void)
{
    (void)page_bytes; /* read_page.h's, unused here */
    RUN(picture_post_is_its_run_of_pictures);
    RUN(runs_of_pictures_that_are_no_picture_post);
    RUN(picture_post_keeps_the_words_around_its_pictures);
    RUN(pictures_in_a_footer_are_no_picture_post);
    RUN(layout_without_sidebar_is_no_sidebar);
    RUN(no_sidebar_phrase_shields_no_other_word);
    return test_report();
}
