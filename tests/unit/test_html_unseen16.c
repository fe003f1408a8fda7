/*
 * test_html_unseen16.c - rules found on a sixteenth set of pages the
 * reader was not tuned on (a gear review, a book store's product page, a
 * Japanese news blog, a lyrics page, a Japanese PC news site, a web
 * comic, a magazine's feature, a newspaper's story): each test builds a
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

/* Beside the story, a feed of other stories, each a link holding a
 * headline, a byline and a teaser ("<a class=feed-item><div
 * class=headline>...</div><div class=byline>By A</div>..."): that byline
 * credits the story the link leads to, not this one. A byline whose link
 * is only the writer's name still names the writer. */
TEST(byline_in_story_link_not_page_byline)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<article><h1>Bridge closed to cars</h1>%s</article>"
             "<aside><a class='feed-item' href='/2022/08/other-story.html'>"
             "<div class='headline'>The Mayor Opens a New Park by the River</div>"
             "<div class='byline'><span>By</span> <span>Mary Major</span></div>"
             "<div class='teaser'>A park with a playground and a pond, opened on a sunny "
             "morning with a crowd of neighbours.</div></a></aside></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 0);
    OK(strstr(p.text, "The council voted") != NULL);
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<article><h1>Bridge closed to cars</h1><div class='entry-meta'>by "
             "<a href='/author/jane-roe'><span class='author-name'>Jane Roe</span></a></div>"
             "%s</article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);
}

/* The story's end repeats its headline for the sharing tools ("<span
 * class=short-hed>Bridge closed to cars</span>" after the last
 * paragraph): a closing line that is the title word for word is not the
 * story's last line. */
TEST(title_repeated_after_story_dropped)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<article><h1>Bridge closed to cars</h1><section class='body'>"
             "<div class='article-content'>%s</div>"
             "<span class='short-hed'>Bridge closed to cars</span></section></article>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    OK(strstr(p.text, "Bridge closed to cars") == NULL);
    drop(&p);
}

/* The declared author is the publishing company ("<meta name=author
 * content='Example Media Inc.'>", "株式会社..."), the story's header
 * prints the reporter ("<ul class='author list'><li>Jane Roe</li></ul>"):
 * a company is the publisher, so the printed name is the author. A
 * declared person stays. */
TEST(company_author_gives_way_to_printed_byline)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title>"
             "<meta name='author' content='Example Media Inc.'></head><body>"
             "<article><h1>Bridge closed to cars</h1><div class='article-info'>"
             "<ul class='author list'><li>Jane Roe</li></ul></div>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title>"
             "<meta name='author' content='\xE6\xA0\xAA\xE5\xBC\x8F\xE4\xBC\x9A\xE7\xA4\xBE"
             "\xE3\x82\xA4\xE3\x83\xB3\xE3\x83\x97\xE3\x83\xAC\xE3\x82\xB9'></head><body>"
             "<article><h1>Bridge closed to cars</h1><div class='article-info'>"
             "<ul class='author list'><li>Jane Roe</li></ul></div>%s</article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title>"
             "<meta name='author' content='Mary Major'></head><body>"
             "<article><h1>Bridge closed to cars</h1><div class='article-info'>"
             "<ul class='author list'><li>Jane Roe</li></ul></div>%s</article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Mary Major");
    drop(&p);
}

/* A comic's page: the picture, then a pager ("<table class=comic_navi>
 * <td><a>&lt;&lt; First Page</a> <a>&lt; Previous Page</a></td><td>
 * <span>Next Chapter ]&gt;</span> <a>Next Page &gt;</a></td>"), then the
 * post's one line. With so little prose the pager was taken for the
 * article; a block of nothing but such labels leads elsewhere. A
 * paragraph that names the next chapter in a sentence stays. */
TEST(pager_block_is_not_the_article)
{
    page p = from("<html><head><title>Page 141</title></head><body>"
                  "<div id='comic'><img src='page141.jpg' alt=''></div>"
                  "<div class='navi'><table class='comic_navi'><tr><td>"
                  "<a href='/1'>&lt;&lt; First Page</a> <a href='/140'>&lt; Previous Page</a>"
                  "</td><td><span>Next Chapter ]&gt;</span> <a href='/142'>Next Page &gt;</a>"
                  "</td></tr></table></div>"
                  "<div class='post hentry'><h2>Page 141</h2><div class='entry'>"
                  "<p>Successor</p></div></div></body></html>");
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Successor") != NULL);
    OK(strstr(p.text, "Previous Page") == NULL);
    drop(&p);

    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body><article>"
             "<h1>Bridge closed to cars</h1>%s<p><a href='/next'>Next chapter</a> "
             "starts in May.</p></article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Next chapter starts in May.") != NULL);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(byline_in_story_link_not_page_byline);
    RUN(title_repeated_after_story_dropped);
    RUN(company_author_gives_way_to_printed_byline);
    RUN(pager_block_is_not_the_article);
    return test_report();
}
