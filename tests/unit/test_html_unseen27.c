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
 * any container named for the content, and a page whose prose scores. */
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

int
main(void)
{
    (void)page_bytes; /* read_page.h's, unused here */
    RUN(picture_post_is_its_run_of_pictures);
    RUN(runs_of_pictures_that_are_no_picture_post);
    RUN(layout_without_sidebar_is_no_sidebar);
    return test_report();
}
