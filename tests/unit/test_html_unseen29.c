/*
 * test_html_unseen29.c - rules found on a twenty-ninth set of pages the
 * reader was not tuned on (a news network's politics story, a weekly's
 * culture story, a political news site, a tech how-to site, a Jewish
 * weekly's blog): each test builds a small page showing one case, with
 * the text or metadata that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"
#include "readers/html/html_int.h"
#include "readers/reader.h"

static const char para1[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>";

static const char para2[] =
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>"
    "<p>Shop owners on both banks said they feared a quiet summer, but most of them hoped "
    "the walkers would make up for the cars they lose.</p>";

static const char menu[] =
    "<div class='menu'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>City</a></li>"
    "<li><a href='/c'>Culture</a></li><li><a href='/d'>Sports</a></li></ul></div>";

/* A video player set in the text whose slot only the script fills ("<div
 * class='video-wrapper mobile-player'><h3>Popular Video</h3><span>You
 * will not believe what this dog did:</span><div class=slot></div>"):
 * saved, it is a heading and a teaser over nothing. It goes. */
TEST(empty_player_box_goes)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<article>"
             "<h1>The bridge closes</h1><div class='body'>%s"
             "<div id='site-video-mobile-player' class='article-video-wrapper mobile-player'>"
             "<h3 class='video-headline'><span></span>Popular Video</h3>"
             "<span>This dog waited at the station every evening, and what happened next "
             "moved the whole town:</span><div class='article-mobile-video'>  </div></div>"
             "%s</div></article></body></html>",
             menu, para1, para2);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "the council said in a statement") != NULL);
    OK(strstr(p.text, "the cars they lose") != NULL);
    OK(strstr(p.text, "Popular Video") == NULL);
    OK(strstr(p.text, "This dog waited") == NULL);
    drop(&p);
}

/* Negatives: a player that holds its video (an iframe) keeps its
 * caption; a caption set in a box of its own beside the player (no empty
 * slot) stays; a player's box holding more than a teaser (a paragraph
 * telling what the film shows) stays; a paragraph about a video stays. */
TEST(players_with_something_stay)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<article>"
             "<h1>The bridge closes</h1><div class='body'>%s"
             "<div class='video-player'><iframe src='https://video.example/e/1'></iframe>"
             "<p>Engineers inspect the worn supports under the bridge.</p></div>"
             "<div class='player-caption'>The river seen from the old towpath in May.</div>"
             "<div class='video-player'><p>In the film the chief engineer walks the length "
             "of the deck and points out each of the worn supports, then explains why the "
             "repairs cannot wait for the autumn and why the cars must go first while the "
             "walkers may stay.</p><div class='slot'></div></div>"
             "<p>A video player on the town's site shows the vote.</p>%s</div></article>"
             "</body></html>",
             menu, para1, para2);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Engineers inspect the worn supports") != NULL);
    OK(strstr(p.text, "The river seen from the old towpath") != NULL);
    OK(strstr(p.text, "the chief engineer walks the length") != NULL);
    OK(strstr(p.text, "A video player on the town's site") != NULL);
    drop(&p);
}

/* The credit in the article's header set in a meta line the theme names
 * for its share and comment buttons ("<div class='entry-meta
 * social-comments'>By <span class=author itemprop=author>Jane Roe</span>
 * &bull; <span class=entry-date>"): the name is the article's author. */
TEST(byline_in_header_line_named_for_comments)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<main><article>"
             "<header class='entry-header'><h1 class='entry-title'>The bridge closes</h1>"
             "<div class='entry-meta site-social-comments'> By <span class='author vcard' "
             "itemprop='author'><a rel='author' href='/author/jane-roe/'>Jane Roe</a></span>"
             " &#x2022; <span class='entry-date'>12/16/16 12:21pm</span>"
             "<div class='sharing-buttons'></div></div></header>"
             "<div class='entry-content'>%s%s</div></article></main></body></html>",
             menu, para1, para2);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    OK(strstr(p.text, "the cars they lose") != NULL);
    drop(&p);
}

/* Negative: readers' comments under the article still keep their
 * commenters' names out of the credit, header or not; the header's count
 * of comments ("<a class=comments-link>3 comments</a>") is no author. */
TEST(commenters_are_no_author)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<main><article>"
             "<header class='entry-header'><h1>The bridge closes</h1>"
             "<div class='entry-meta post-comments'><a class='comments-link' href='#c'>3 "
             "comments</a></div></header><div class='entry-content'>%s%s</div>"
             "<div class='comments'><div class='comment'><span class='comment-author' "
             "itemprop='author'>Paul Martin</span><p>I walk over it every day.</p></div>"
             "<div class='comment'><span class='comment-author' itemprop='author'>Ann Lee"
             "</span><p>About time too.</p></div></div></article></main></body></html>",
             menu, para1, para2);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 0);
    drop(&p);
}

int
main(void)
{
    RUN(empty_player_box_goes);
    RUN(players_with_something_stay);
    RUN(byline_in_header_line_named_for_comments);
    RUN(commenters_are_no_author);
    return test_report();
}
