/*
 * test_html_unseen17.c - rules found on a seventeenth set of pages the
 * reader was not tuned on (a French news story, a magazine's review, a
 * Japanese tech news page, an entertainment news story with embedded
 * posts, a Chinese magazine's story, a blog post, a magazine's long
 * essay, a business news story): each test builds a small page showing
 * one case, with the text or metadata that must come out and the chrome
 * that must not.
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

/* The page declares a headline written for sharing ("<meta
 * property=og:title content='A Town Without Cars'>") that shares no word
 * with its h1, while the <title> is that h1 and the site's name: the
 * page's own title is the h1. A declared title that the <title> repeats
 * stays. */
TEST(social_title_gives_way_to_h1)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars for the summer - The Courier</title>"
             "<meta property='og:title' content='A Town Without Its Motorists'></head><body>"
             "<article><h1>Bridge closed to cars for the summer</h1>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Bridge closed to cars for the summer");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>A Town Without Its Motorists - The Courier</title>"
             "<meta property='og:title' content='A Town Without Its Motorists'></head><body>"
             "<article><h1>Bridge closed to cars for the summer</h1>%s</article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "A Town Without Its Motorists");
    drop(&p);
}

/* Japanese and Chinese pages label the credit "著者：" or "作者：" (author,
 * with a full-width colon) in a link to the writer's page ("<a
 * href='/author/180/'>著者：後藤大地</a>"): the name after the label is the
 * author. */
TEST(cjk_author_label)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<div class='articleHeader'><h1>Bridge closed to cars</h1>"
             "<div class='articleHeader_info'><time datetime='2019-02-22'>2019/02/22</time>"
             "<a class='articleHeader_name' href='/author/180/'>"
             "\xE8\x91\x97\xE8\x80\x85\xEF\xBC\x9A\xE5\xBE\x8C\xE8\x97\xA4\xE5\xA4\xA7\xE5\x9C\xB0"
             "</a></div></div><article>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "\xE5\xBE\x8C\xE8\x97\xA4\xE5\xA4\xA7\xE5\x9C\xB0");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<h1>Bridge closed to cars</h1><p class='credit'>\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A"
             "\xE8\xB0\xA2\xE8\x8B\xA5\xE5\x90\xAB</p><article>%s</article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "\xE8\xB0\xA2\xE8\x8B\xA5\xE5\x90\xAB");
    drop(&p);
}

/* A Chinese byline prints the date right after the name, with no space
 * between the two elements ("<div class=author><span class=name>谢若含
 * </span><span class=date>2017-03-01 14:27:02</span></div>"): the date is
 * no part of the name. */
TEST(cjk_name_then_glued_date)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<h1>Bridge closed to cars</h1><div class='author'><span class='name'>"
             "\xE8\xB0\xA2\xE8\x8B\xA5\xE5\x90\xAB</span><span class='date'>2017-03-01 "
             "14:27:02</span></div><article>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "\xE8\xB0\xA2\xE8\x8B\xA5\xE5\x90\xAB");
    drop(&p);
}

/* A desk's credit ("<meta name=dc.creator content='Zone Justice et faits
 * divers'>") holds "et" (and) between a capitalised word pair and words
 * in lower case: those words are a subject, not a second name, so the
 * credit is one. Two full names joined so are still two. */
TEST(lower_case_part_is_no_name)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title>"
             "<meta name='dc.creator' content='Zone Justice et faits divers'></head><body>"
             "<article><h1>Bridge closed to cars</h1>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Zone Justice et faits divers");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title>"
             "<meta name='dc.creator' content='Jeanne Roe et Paul de Lille'></head><body>"
             "<article><h1>Bridge closed to cars</h1>%s</article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 2);
    drop(&p);
}

/* Embedded posts quoted in a story ("<div class=embed-twitter><blockquote
 * class=twitter-tweet><p>A bridge without cars. <a>@mayor</a> <a>
 * https://t.co/..</a></p><p>— Jane Roe (@janeroe) <a>April 15</a></p>
 * </blockquote></div>") are a third links, and the conditional cleaning
 * took the div for a box of links: a block holding one quote whose text
 * lies mostly outside its links is the quote, and stays. A quote that is
 * all link still goes. */
TEST(embedded_post_is_kept)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<article><h1>Bridge closed to cars</h1><div class='story'>%s"
             "<p>Among the replies:</p><div class='embed-twitter'>"
             "<blockquote class='twitter-tweet'><p>A bridge without cars. Now there's a "
             "town. <a href='https://example.com/mayor'>@mayor</a> "
             "<a href='https://example.com/t/abc123'>https://example.com/t/abc123</a></p>"
             "<p>&#x2014; Jane Roe (@janeroe) <a href='https://example.com/janeroe/1'>April "
             "15, 2019</a></p></blockquote><p></p></div>"
             "<div class='box'><blockquote><a href='/partner'>Read the story of the old "
             "bridge on our partner site today</a></blockquote></div>"
             "<p>The ferry will be free for people who live on the island.</p>"
             "</div></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "A bridge without cars.") != NULL);
    OK(strstr(p.text, "Jane Roe (@janeroe)") != NULL);
    OK(strstr(p.text, "on our partner site") == NULL);
    OK(strstr(p.text, "The ferry will be free") != NULL);
    drop(&p);
}

/* After the story, a line that asks the reader to subscribe ("Subscribe
 * to <a>Courier Breaking News Alerts</a> and keep your inbox happy.") or
 * to fetch the site's app ("喜欢这篇文章？去 App 商店搜 <a>Courier</a>": liked
 * it? look for us in the app store): chrome. A sentence of the story that
 * names the app store, asking nothing, stays. */
TEST(subscribe_and_app_lines_dropped)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<article><h1>Bridge closed to cars</h1>%s"
             "<p>The town's ferry app, on the <a href='/ferry'>App Store</a> since May, "
             "shows the times.</p>"
             "<p class='center'>Subscribe to <a href='/alerts'>Courier Breaking News "
             "Alerts</a> and keep your inbox happy.</p>"
             "<p>åæ¬¢è¿ç¯æç« "
             "ï¼å» App ååºæ "
             "<a href='/app'>Courier</a></p></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "when the bridge should open again") != NULL);
    OK(strstr(p.text, "shows the times") != NULL);
    OK(strstr(p.text, "keep your inbox happy") == NULL);
    OK(strstr(p.text, "App \xE5\x95\x86\xE5\xBA\x97") == NULL);
    drop(&p);

    /* the same lines with prose after them are the story's */
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<article><h1>Bridge closed to cars</h1>%s"
             "<p>Sign up for <a href='/b'>Medicare Part B</a> before you turn 65.</p>"
             "<p>Is the ferry app on the <a href='/x'>App Store</a>? Yes, since May.</p>%s"
             "</article></body></html>",
             body, body);
    p = from(html);
    OK(strstr(p.text, "before you turn 65") != NULL);
    OK(strstr(p.text, "Yes, since May") != NULL);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(social_title_gives_way_to_h1);
    RUN(cjk_author_label);
    RUN(cjk_name_then_glued_date);
    RUN(lower_case_part_is_no_name);
    RUN(embedded_post_is_kept);
    RUN(subscribe_and_app_lines_dropped);
    return test_report();
}
