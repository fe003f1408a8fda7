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

/* Negatives: boxes named for a player, or for players, that hold the
 * article's own words beside an empty div, set between two paragraphs.
 * A podcast's summary, a video's caption as a paragraph, a quotation or
 * a list in a player's box; a sports story's line-up, table, bio, quote
 * and "player of the match" section; a game review's multiplayer section;
 * a word that holds "player" ("displayer"). Each is more than a heading
 * and a line, or its empty div is a clearfix, spacer or divider, not a
 * slot for the video: all stay. */
TEST(other_boxes_named_for_players_stay)
{
    static const struct {
        const char *box, *words;
    } cases[] = {
        {"<div class='podcast-player'><div class='player-slot'></div><p>In this episode our "
         "reporter asks the town engineer how long the repairs will take.</p></div>",
         "how long the repairs will take"},
        {"<div class='video-player'><div id='jw-slot'></div><p class='caption'>Walkers cross "
         "the bridge on the first morning without cars.</p></div>",
         "Walkers cross the bridge"},
        {"<div class='players'><div class='clearfix'></div><p>Starting eleven: Ames, Bell, "
         "Cole, Dunn, Ford, Gray, Hill, Kerr, Lamb, Moss and Nash.</p></div>",
         "Starting eleven: Ames"},
        {"<section class='review-multiplayer'><h2>Multiplayer</h2><p>Online games take up to "
         "six people and never lagged in a week of play.</p><div class='divider'></div>"
         "</section>",
         "never lagged in a week of play"},
        {"<div class='player-stats'><table><tr><th>Player</th><th>Goals</th><th>Assists</th>"
         "</tr><tr><td>Ames</td><td>14</td><td>6</td></tr><tr><td>Bell</td><td>9</td>"
         "<td>11</td></tr></table><div class='stats-source'></div></div>",
         "Ames"},
        {"<div class='audio-player'><div class='waveform'></div><blockquote><p>\"The bridge "
         "will be open again by October,\" the engineer said.</p></blockquote></div>",
         "open again by October"},
        {"<section class='player-of-the-match'><h3>Player of the match</h3><p>Bell scored "
         "twice after the break and set up the winner.</p><div class='spacer'></div>"
         "</section>",
         "Bell scored twice"},
        {"<div class='player-quote'><p>\"We kept going to the end,\" the captain said after "
         "the whistle.</p><div class='quote-mark'></div></div>",
         "We kept going to the end"},
        {"<div class='player-bio'><p>Cole, 24, came from the reserves in 2020 and has played "
         "ninety games.</p><div class='clear'></div></div>",
         "came from the reserves"},
        {"<div class='video-player-wrap'><div class='vjs'></div><ul><li>Cost: two million"
         "</li><li>Reopens: October</li></ul></div>",
         "Cost: two million"},
        {"<div class='players-to-watch'><h3>Players to watch</h3><ul><li>Ames, forward</li>"
         "<li>Bell, keeper</li></ul><div class='clear'></div></div>",
         "Bell, keeper"},
        {"<div class='displayer'><p>The crowd was the largest the ferry has carried since "
         "records began.</p><div class='rule'></div></div>",
         "the largest the ferry has carried"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char html[8192];
        snprintf(html, sizeof(html),
                 "<html><head><title>The bridge closes</title></head><body>%s<main><article>"
                 "<header class='entry-header'><h1>The bridge closes</h1></header>"
                 "<div class='entry-content'>%s%s%s</div></article></main></body></html>",
                 menu, para1, cases[i].box, para2);
        page p = page_html_file(html);
        bool kept = p.rc == 0 && p.text && strstr(p.text, cases[i].words);
        if (!kept)
            fprintf(stderr, "lost \"%s\"\n", cases[i].words);
        OK(kept);
        drop(&p);
    }
}

/* Negatives: a page that is one player's box, its headline, the slot and
 * a paragraph, keeps its paragraph; so does a podcast episode whose
 * summary sits in the episode's player section beside the slot (removing
 * the box left the site's name as the article). */
TEST(a_page_in_a_player_box_stays)
{
    page p = page_html_file(
        "<html><head><title>Watch: the bridge closes</title></head><body>"
        "<div class='video-player-page'><h1>Watch: the bridge closes</h1>"
        "<div id='player-container'></div><p>The council voted on Tuesday to close the old "
        "bridge to cars for the whole summer.</p></div></body></html>");
    INT_EQ(p.rc, 0);
    OK(p.text && strstr(p.text, "close the old bridge to cars") != NULL);
    drop(&p);

    p = page_html_file(
        "<html><head><title>Episode 7: The old bridge</title></head><body>"
        "<header class='site-header'><a href='/'>River Talk</a></header><main><article>"
        "<h1>Episode 7: The old bridge</h1><section class='episode-player'>"
        "<div class='player-embed'></div><p>The town engineer tells us why the supports wore "
        "out so fast, and what the summer without cars will mean for the shops.</p>"
        "</section></article></main></body></html>");
    INT_EQ(p.rc, 0);
    OK(p.text && strstr(p.text, "why the supports wore out") != NULL);
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

/* Negatives: boxes in the article's header that show readers, not the
 * writer, with the credit below ("By Jane Roe") or none. A box whose kind
 * (first class) is a comment ("comment-bubble" with the last commenter,
 * "top-comment", "header-comments", "comments-wrap"), a forum topic's
 * "3 replies, last by ...", a reply form, a row of repliers' avatars, and
 * a site masthead's recent comments: none of their names is the author. */
TEST(readers_in_the_header_are_no_author)
{
    static const struct {
        const char *header, *credit;
    } cases[] = {
        {"<header class='entry-header'><h1>The bridge closes</h1><div class='comment-bubble'>"
         "<a href='#comments'>12 comments</a> <span class='latest-author'>last by Bob Reader"
         "</span></div></header>",
         "Jane Roe"},
        {"<header class='topic-header'><h1>The bridge closes</h1><div class='topic-replies'>"
         "3 replies, <span class='last-reply-author'>last reply by Bob Reader</span></div>"
         "</header>",
         "Jane Roe"},
        {"<header class='entry-header'><h1>The bridge closes</h1><div class='reply-box'><p "
         "class='reply-author'><label for='name'>Your name</label> <input id='name'></p>"
         "</div></header>",
         "Jane Roe"},
        {"<header class='entry-header'><h1>The bridge closes</h1><div class='top-comment'>"
         "<span class='comment-label'>Top comment:</span> <span class='author'>Bob Reader"
         "</span> \"At last!\"</div></header>",
         "Jane Roe"},
        {"<header class='entry-header'><h1>The bridge closes</h1><div class='header-comments'>"
         "<a rel='author' href='/u/bob'>Bob Reader</a> commented 2h ago</div></header>",
         "Jane Roe"},
        {"<header class='entry-header'><h1>The bridge closes</h1><ul class='replies-avatars'>"
         "<li class='author'>Bob Reader</li><li class='author'>Ann Other</li></ul></header>",
         "Jane Roe"},
        {"<header class='entry-header'><h1>The bridge closes</h1><div class='comments-wrap'>"
         "<div class='comment-author-box'><span class='author-name'>Bob Reader</span></div>"
         "</div></header>",
         NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char html[8192];
        snprintf(html, sizeof(html),
                 "<html><head><title>The bridge closes</title></head><body>%s<main><article>"
                 "%s%s<div class='entry-content'>%s%s</div></article></main></body></html>",
                 menu, cases[i].header,
                 cases[i].credit ? "<p class='byline'>By <span class='author'>Jane Roe</span>"
                                   "</p>"
                                 : "",
                 para1, para2);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        bool right = cases[i].credit
                         ? m->n_authors == 1 && strcmp(m->authors[0], cases[i].credit) == 0
                         : m->n_authors == 0;
        if (!right)
            fprintf(stderr, "case %zu: author \"%s\"\n", i,
                    m->n_authors ? m->authors[0] : "(none)");
        OK(right);
        drop(&p);
    }

    /* the site's masthead, an h1 logo over the recent comments */
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>"
             "<header id='masthead' class='site-header'><h1 class='site-title'><a href='/'>"
             "Town News</a></h1><div class='recent-comments'><span class='author'>Bob Reader"
             "</span> on <a href='/x'>Roads</a></div></header><div id='content'>"
             "<div class='post'><h2>The bridge closes</h2><p class='byline'>By Jane Roe</p>"
             "<div class='entry-content'>%s%s</div></div></div></body></html>",
             para1, para2);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);
}

/* Negative: a thread of comments after an article with no credit, each
 * comment an <article> with its own header ("<header class=
 * comment-header><div class=comment-meta><span class=author>"), in a box
 * the reader keeps ("article-comments"), after the article or inside it.
 * A comment's header is a reader's, not the article's: no author. */
TEST(a_comment_header_credits_no_author)
{
    static const char thread[] =
        "<section class='article-comments'><h2>2 Comments</h2><article class='comment'>"
        "<header class='comment-header'><div class='comment-meta'><span class='author'>Bob "
        "Reader</span> <time>May 2</time></div></header><p>Thanks for covering the bridge, "
        "I cross it every day.</p></article><article class='comment'><header "
        "class='comment-header'><div class='comment-meta'><span class='author'>Ann Other"
        "</span></div></header><p>The ferry will be busy this summer.</p></article>"
        "</section>";
    for (int inside = 0; inside < 2; inside++) {
        char html[8192];
        snprintf(html, sizeof(html),
                 "<html><head><title>The bridge closes</title></head><body><main>"
                 "<article class='post'><h1>The bridge closes</h1><div class='entry-content'>"
                 "%s%s</div>%s</article>%s</main></body></html>",
                 para1, para2, inside ? thread : "", inside ? "" : thread);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        INT_EQ(meta(&p)->n_authors, 0);
        drop(&p);
    }
}

int
main(void)
{
    RUN(empty_player_box_goes);
    RUN(players_with_something_stay);
    RUN(other_boxes_named_for_players_stay);
    RUN(a_page_in_a_player_box_stays);
    RUN(byline_in_header_line_named_for_comments);
    RUN(commenters_are_no_author);
    RUN(readers_in_the_header_are_no_author);
    RUN(a_comment_header_credits_no_author);
    return test_report();
}
