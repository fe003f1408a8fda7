/*
 * test_html_unseen5.c - rules found on a fifth set of pages the reader was
 * not tuned on (news and magazine pages of 2020: WordPress themes, React and
 * Nuxt news sites, a public broadcaster): each test builds a small page
 * showing one case, with the text or metadata that must come out and the
 * chrome that must not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"
#include "readers/html/html_int.h"
#include "readers/reader.h"

static bool
one_author(const page *p, const char *name)
{
    return meta(p)->n_authors == 1 && strcmp(meta(p)->authors[0], name) == 0;
}

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

/* The "BY" label and the name in two elements side by side inside the author
 * link: two words, not "BYJane Roe". */
TEST(label_and_name_in_two_elements)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><h1>Bridge closed</h1>"
             "<div class='post-info'><a href='/author/janeroe/' class='post-author-link'>"
             "<span class='tag-line'>BY</span><span class='author-name'>Jane Roe</span></a>"
             "<span class='post-date'>May 14, 2020</span></div>"
             "<div class='post-content'>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(one_author(&p, "Jane Roe"));
    drop(&p);
}

/* Day, month and year between dots, as Europe writes them; a version
 * number or an address is no date. */
TEST(dotted_dates)
{
    arena *a = arena_new();
    STR_EQ(rd_html_date(a, "21.05.2020"), "2020-05-21");
    STR_EQ(rd_html_date(a, "Stand: 3.6.2019, 14:00"), "2019-06-03");
    OK(rd_html_date(a, "version 1.2.2020.4") == NULL);
    OK(rd_html_date(a, "10.120.3000") == NULL);
    OK(rd_html_date(a, "32.01.2020") == NULL);
    arena_free(a);
}

/* The facts under the article set each label in its own element, with no
 * colon: "<strong>Author</strong> Jane Roe". The declared author is the
 * broadcaster's name (its address in it), which gives way to the name. */
TEST(labels_in_own_elements)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed | Europe | NEWS.EXAMPLE</title>"
             "<meta name='author' content='News Example (www.news.example)'>"
             "<meta property='og:site_name' content='NEWS.EXAMPLE'></head><body>"
             "<h1>Bridge closed</h1><div class='longText'>%s</div>"
             "<ul class='smallList'><li><strong>Date</strong> 21.05.2020</li>"
             "<li><strong>Author</strong> Jane Roe</li>"
             "<li><strong>Permalink</strong> https://p.news.example/p/3caXy</li></ul>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(one_author(&p, "Jane Roe"));
    STR_EQ(meta(&p)->date, "2020-05-21");
    drop(&p);
}

/* og:title is the headline, the site's name and the day: the headline.
 * With the site's name alone it stays whole, as Readability keeps it. */
TEST(declared_title_with_site_and_day)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>x</title><meta property='og:title' content='The old "
             "bridge closes for the summer | NE | 21.05.2020'></head><body>"
             "<h1>The old bridge closes for the summer</h1>%s</body></html>",
             body);
    page p = from(html);
    STR_EQ(meta(&p)->title, "The old bridge closes for the summer");
    drop(&p);
    snprintf(html, sizeof(html),
             "<html><head><title>x</title><meta property='og:title' content='The old "
             "bridge closes for the summer | News Example'></head><body>"
             "<h1>The old bridge closes for the summer</h1>%s</body></html>",
             body);
    p = from(html);
    STR_EQ(meta(&p)->title, "The old bridge closes for the summer | News Example");
    drop(&p);
}

/* A box of the post's tags that the theme marks "postmetaauthor" names no
 * one; the name is in <meta itemprop="author">, read when the page gives
 * no other credit. */
TEST(tag_box_is_no_byline)
{
    char html[4096];
    const char *tags = "<div class='postmetaauthor'><a href='/tag/bridges/' rel='tag'>bridges"
                       "</a>, <a href='/tag/repairs/' rel='tag'>repairs</a></div>";
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><h1>Bridge closed</h1>"
             "<div class='mainpost'>%s</div>%s</body></html>",
             body, tags);
    page p = from(html);
    INT_EQ((int)meta(&p)->n_authors, 0);
    drop(&p);
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title><meta itemprop='author' content='Dmitry'>"
             "</head><body><h1>Bridge closed</h1><div class='mainpost'>%s</div>%s</body></html>",
             body, tags);
    p = from(html);
    OK(one_author(&p, "Dmitry"));
    drop(&p);
}

/* Lines that are only links to the site's topics - the post's categories
 * over the headline, hashtags under it - go; a sentence holding a tag link
 * stays. */
TEST(topic_link_lines_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><nav><a href='/'>Home</a></nav><main id='posts'>"
             "<h3 class='category'><a href='https://s.example/category/travel/'>Travel</a> "
             "<a href='https://s.example/category/cities/'>Cities</a></h3>"
             "<h3 class='tags'><a href='/tags/bridges/'>#bridges</a> "
             "<a href='/tags/repairs/'>#repairs</a></h3>"
             "<h2>Bridge closed</h2>%s"
             "<p>More about the <a href='/tag/bridges/' rel='tag'>bridges</a> of the town in "
             "our guide to its old quarter and the river walks along both banks.</p>"
             "</main></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council voted", "More about the bridges of the town", NULL};
    const char *gone[] = {"#bridges", "Travel", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A paragraph that is one link in capitals is a promotion set into the
 * text; a link in a sentence, or a capitalised sentence with words around
 * its link, stays. */
TEST(capital_link_paragraph_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Bridge closed</h1>"
             "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
             "after engineers found worn supports.</p>"
             "<p><a href='/apps'><strong>CLICK HERE TO GET THE NEWS APP</strong></a></p>"
             "<p><a href='/x'><strong>MAYOR WARNS OF LONG DETOURS AS REPAIRS BEGIN</strong></a></p>"
             "%s<p>NOTE: SEE THE <a href='/map'>MAP OF DETOURS</a> FOR THE ROUTES.</p>"
             "</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council voted", "MAP OF DETOURS", NULL};
    const char *gone[] = {"CLICK HERE TO GET", "MAYOR WARNS", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The label over an advertisement and the page's visit counter are short
 * lines of no part of the text; a sentence about a sponsor stays. */
TEST(ad_label_and_visit_count_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><nav><a href='/'>Home</a></nav>"
             "<article><h1>Bridge closed</h1>%s"
             "<div class='unit'><div class='textrule'><span>make a difference: sponsored "
             "opportunity</span></div></div>"
             "<p>The repairs are sponsored by the regional fund.</p>"
             "<div class='counter'>(Visited 1 times, 39 visits today)</div>"
             "<p>1,204 views</p></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The council voted", "sponsored by the regional fund", NULL};
    const char *gone[] = {"sponsored opportunity", "Visited 1 times", "1,204 views", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A wire story prints the agency after the reporter's name: the name is
 * the author. */
TEST(agency_after_name_cut)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><h1>Bridge closed</h1>"
             "<div class='Byline'><div class='Byline__ByCopy'>By</div>"
             "<div class='Byline__Author'> JANE ROE Associated Press</div></div>%s</body></html>",
             body);
    page p = from(html);
    OK(one_author(&p, "JANE ROE"));
    drop(&p);
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><h1>Bridge closed</h1>"
             "<p class='byline'>By Jane Roe, Reuters</p>%s</body></html>",
             body);
    p = from(html);
    OK(one_author(&p, "Jane Roe"));
    drop(&p);
}

/* Text set off the screen for screen readers ("Media caption") goes; it
 * would run into the caption beside it. */
TEST(off_screen_text_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body><nav><a href='/'>Home</a></nav>"
             "<div class='story-body'><h1>Bridge closed</h1><figure><img src='b.jpg'>"
             "<figcaption><span class='off-screen'>Media caption</span>The old bridge from the "
             "east bank</figcaption></figure>%s</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The old bridge from the east bank", "The council voted", NULL};
    const char *gone[] = {"Media caption", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The lead picture with the headline set over it, in its caption: the
 * headline is the title, not a caption of the text. */
TEST(headline_over_lead_picture_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>The old bridge closes for the summer | News</title></head><body>"
             "<nav><a href='/'>Home</a></nav><div class='post'><figure class='main-post'>"
             "<img src='bridge.jpg' alt='The bridge'><figcaption><h3 class='major-title'>The old "
             "bridge closes for the summer</h3></figcaption></figure>"
             "<div class='post-content'>%s</div></div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "The old bridge closes for the summer");
    const char *keep[] = {"The council voted", NULL};
    const char *gone[] = {"closes for the summer", NULL};
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(label_and_name_in_two_elements);
    RUN(dotted_dates);
    RUN(labels_in_own_elements);
    RUN(declared_title_with_site_and_day);
    RUN(tag_box_is_no_byline);
    RUN(topic_link_lines_removed);
    RUN(capital_link_paragraph_removed);
    RUN(ad_label_and_visit_count_removed);
    RUN(agency_after_name_cut);
    RUN(off_screen_text_removed);
    RUN(headline_over_lead_picture_removed);
    return test_report();
}
