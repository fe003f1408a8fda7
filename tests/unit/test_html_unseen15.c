/*
 * test_html_unseen15.c - rules found on a fifteenth set of pages the
 * reader was not tuned on (a city paper's story, a magazine's web story, a
 * science magazine's feature, a sports blog, a Japanese IT news site, a
 * fan site's box-office column, a celebrity news site, a crafts blog):
 * each test builds a small page showing one case, with the text or
 * metadata that must come out and the chrome that must not.
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

/* A page saved by a tool that rewrites every <meta content=...> as
 * value= ("<meta name=author value='Jane Roe'>"): the metadata is the
 * same, read from value= when content= is missing. */
TEST(meta_value_attribute)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars | City Paper</title>"
             "<meta value='Bridge closed to cars' property='og:title'>"
             "<meta name='author' value='Jane Roe'>"
             "<meta value='2021-06-03T09:13:00-04:00' property='article:published_time'>"
             "</head><body><article>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Bridge closed to cars");
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    STR_EQ(meta(&p)->date, "2021-06-03");
    drop(&p);
}

/* A template that puts the Open Graph property's key in name= ("<meta
 * name='article:published_time' content=...>"): the key still names
 * the day the story went up. */
TEST(property_key_in_name_attribute)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title>"
             "<meta name='article:published_time' content='2016-12-15T11:39:00-0500'>"
             "</head><body><article><h1>Bridge closed to cars</h1>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2016-12-15");
    drop(&p);
}

/* A short story (a few lines of Japanese, a teaser for the full text
 * elsewhere) is read again with the rules relaxed; that reading keeps the
 * page footer, whose long English legal notice then outscores the story.
 * A winner inside the page footer is the site's small print: the story
 * the strict reading found stays. */
TEST(short_story_beats_footer_notice)
{
    const char *html =
        "<html lang='ja'><head><meta charset='utf-8'><title>UP Coreを見る</title></head><body>"
        "<div id='contents'><div id='contents-left'><h1 class='leaftitle'>UP Coreを見る</h1>"
        "<div class='leaf_content'><div class='article_body'>"
        "<p>\xe3\x80\x80"
        "2017年にリリース予定の低価格ポケットサイズコンピュータは、"
        "「Android」と「Windows 10」のフルバージョンが動作する。</p>"
        "<p>\xe3\x80\x80「UP Core」は、さまざまなOSが動作するシングルボードコンピュータだ。"
        "そして、その性能は「Raspberry Pi 3 Model B」を上回るようだ。</p>"
        "<p>（本記事は、別のサイトで2017年6月8日に掲載した記事からの転載です。）</p>"
        "</div></div></div></div>"
        "<footer><div id='footer'><div id='terms'><p>The Japanese edition of this site is "
        "published under license from a company in San Francisco, CA, USA. Editorial items "
        "that were originally published in the US edition, in its sister sites, and in its "
        "news service are the copyright properties of the company or its suppliers. All "
        "Rights Reserved. The names of the sites are trademarks of the company, Inc.</p>"
        "<a href='/privacy/'>個人情報保護方針</a> <a href='/term/'>利用規約</a></div>"
        "<div id='copyright'>Copyright (c) 2019 Example, Inc. All rights reserved. No "
        "reproduction or republication without written permission.</div></div></footer>"
        "</body></html>";
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "低価格ポケットサイズコンピュータ") != NULL);
    OK(strstr(p.text, "シングルボードコンピュータ") != NULL);
    OK(strstr(p.text, "published under license") == NULL);
    OK(strstr(p.text, "All rights reserved") == NULL);
    drop(&p);
}

/* Under the story, a magazine invites letters ("<section
 * class=c-letters-cta><p>We want to hear what you think ... Submit a
 * letter</p></section>"): a module named a call to action is the site's,
 * not the story's. A paragraph so classed is a line of the writer's,
 * styled ("<p class=cta-text>View photo</p>"), as is a class word merely
 * holding the letters ("spectacle"). */
TEST(call_to_action_module_dropped)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body><article>"
             "<h1>Bridge closed to cars</h1><div class='entry-content'>%s"
             "<p class='spectacle'>The closing was quite a spectacle, with a brass band and "
             "the mayor cutting a ribbon the wrong way round.</p>"
             "<p class='cta-text'>View photo</p>"
             "<section class='c-letters-cta'><p>We want to hear what you think about this "
             "article. <a href='/letters/'>Submit a letter</a> to the editor.</p></section>"
             "<div class='cta_contributor'><em>Would you like to write for us? <a href='/join'>"
             "Join our contributor program</a>!</em></div></div></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "The council voted") != NULL);
    OK(strstr(p.text, "quite a spectacle") != NULL);
    OK(strstr(p.text, "View photo") != NULL);
    OK(strstr(p.text, "We want to hear") == NULL);
    OK(strstr(p.text, "Would you like to write") == NULL);
    drop(&p);
}

/* The writer's card after the story: "<address itemprop=author><a>Jane
 * Roe</a> is a staff writer at the paper. Facebook Twitter</address>".
 * Its sentence is about the writer, not the story, and once the name went
 * to the byline it read "is a staff writer at the paper". */
TEST(author_card_address_dropped)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title>"
             "<meta name='author' content='Jane Roe'></head><body><article>"
             "<header><h1>Bridge closed to cars</h1><address class='c-byline'><span class="
             "'c-byline__author'><a href='/author/jane-roe/'>Jane Roe</a></span></address>"
             "</header><section itemprop='articleBody'>%s"
             "<address class='c-article-writer' itemprop='author'><div class='c-article-writer"
             "__bio'><a href='/author/jane-roe/' class='author-link'>Jane Roe</a> is a staff "
             "writer at the paper.</div><div class='c-article-writer__social'><a href='https://"
             "twitter.example/janeroe'>Twitter</a> <a href='mailto:jane@example.com'>Email</a>"
             "</div></address></section></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "The work is expected") != NULL);
    OK(strstr(p.text, "staff writer") == NULL);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    drop(&p);
}

/* A celebrity news site prints the date first and the credit after it,
 * in capitals, in one line under the headline ("11/28/2016 11:00 AM PST
 * BY JANE ROE"): the name is the author; the line, opening with the date
 * in figures, goes as a dateline. */
TEST(date_then_by_line_credit)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<nav class='main-nav'><ul><li><a href='/'>News</a></li><li><a href='/videos'>"
             "Videos</a></li><li><a href='/photos'>Photos</a></li></ul></nav>"
             "<div id='main-content'><article class='news single'><div class='post'>"
             "<div class='headline'><h1>Bridge closed to cars</h1></div>"
             "<h5 class='article-posted-date'><div class='inpost-byline-social'>"
             "<div class='facebook-sharrre' data-title='Share'></div><div class='comment-count'>"
             "<a class='comment-link' href='#comments'><span class='comment-icon'></span></a>"
             "</div></div> 11/28/2016 11:00 AM PST BY JANE ROE </h5>"
             "%s</div></article></div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "JANE ROE");
    STR_EQ(meta(&p)->date, "2016-11-28");
    OK(strstr(p.text, "BY JANE ROE") == NULL);
    drop(&p);
}

/* A city paper ends the story with the writer's address and handle, each
 * a line of its own ("<p><strong><a href=mailto:...>jane.roe@example.com
 * </a></strong></p><p>Twitter: <a>@janeroe</a></p>"): the writer's
 * contact block, not the story. An address inside a sentence stays, and so
 * does one alone on its line, which the text may ask the reader to use. */
TEST(contact_lines_after_story_dropped)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<nav class='main-nav'><ul><li><a href='/'>News</a></li><li><a href='/local/'>"
             "Local</a></li></ul></nav><article>"
             "<h1>Bridge closed to cars</h1><div itemprop='articleBody'>%s"
             "<p>Questions go to <a href='mailto:bridge@example.com'>bridge@example.com</a>.</p>"
             "<p><strong><a href='mailto:jane.roe@example.com'>jane.roe@example.com</a></strong>"
             "</p><p><strong>Twitter: <a href='https://twitter.example/janeroe'>@janeroe</a>"
             "</strong></p></div></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Questions go to bridge@example.com.") != NULL);
    OK(strstr(p.text, "jane.roe@example.com") == NULL);
    OK(strstr(p.text, "@janeroe") == NULL);
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<nav class='main-nav'><ul><li><a href='/'>News</a></li><li><a href='/local/'>"
             "Local</a></li></ul></nav><article>"
             "<h1>Bridge closed to cars</h1><div itemprop='articleBody'>%s"
             "<p>If you want to help with the detours or have thoughts, let's talk.</p>"
             "<p><a href='mailto:jane.roe@example.com'>jane.roe@example.com</a></p>"
             "</div></article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "jane.roe@example.com") != NULL);
    drop(&p);
}

/* A magazine signs its story off in italics ("<p><i>Jane Roe is an
 * assistant editor at the magazine. Follow her on Twitter.</i></p>") and
 * names the writer nowhere else: the name before "is an" is the author,
 * and the line stays. A body's note ("The Bridge Trust is a charity")
 * names no writer. */
TEST(italic_signoff_names_author)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<nav class='main-nav'><ul><li><a href='/'>News</a></li><li><a href='/local/'>"
             "Local</a></li></ul></nav><article><h1>Bridge closed to cars</h1>"
             "<div class='article-body'>%s<p><i>Jane Roe is an assistant editor at the "
             "magazine. Follow her on <a href='https://twitter.example/janeroe'>Twitter</a>."
             "</i></p></div></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    OK(strstr(p.text, "Jane Roe is an assistant editor") != NULL);
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<nav class='main-nav'><ul><li><a href='/'>News</a></li><li><a href='/local/'>"
             "Local</a></li></ul></nav><article><h1>Bridge closed to cars</h1>"
             "<div class='article-body'>%s<p><i>The Bridge Trust is a charity that looks "
             "after the town's old crossings.</i></p></div></article></body></html>",
             body);
    p = from(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 0);
    drop(&p);
}

/* A Japanese news site's box under the story: "記事を毎朝メールでまとめ読み
 * (登録無料)" and a button "メールマガジン購読のお申し込み" - a newsletter
 * ("mail magazine") sign-up, in fewer characters than an English box
 * needs, each saying more. The story's own mention of a mail magazine in
 * a sentence stays. */
TEST(japanese_newsletter_box_dropped)
{
    const char *html =
        "<html lang='ja'><head><meta charset='utf-8'><title>UP Coreを見る</title></head><body>"
        "<div id='contents'><div id='contents-left'><div class='breadcrumbs'><ul><li>"
        "<a href='/'>トップ</a></li><li><a href='/mobile/'>モバイルPC</a></li></ul></div>"
        "<h1 class='leaftitle'>UP Coreを見る</h1><p class='author'>編集部 2019年04月28日 "
        "08時00分</p><div class='leaf_content'><div class='article_body'>"
        "<p>\xe3\x80\x80"
        "2017年にリリース予定の低価格ポケットサイズコンピュータは、"
        "「Android」と「Windows 10」のフルバージョンが動作する。</p>"
        "<p>\xe3\x80\x80「UP Core」は、さまざまなOSが動作するシングルボードコンピュータだ。"
        "そして、その性能は「Raspberry Pi 3 Model B」を上回るようだ。開発元はメールマガジンで"
        "最新情報を配信している。</p>"
        "<p>（本記事は、<a href='/article/1/'>別のサイトで2017年6月8日に掲載した記事</a>"
        "からの転載です。）</p></div></div>"
        "<div id='article_under_nllink' class='section'><p>Example 記事を毎朝メールでまとめ読み"
        "(登録無料)</p><div><a href='/newsletter/'>メールマガジン購読のお申し込み</a></div>"
        "</div></div></div></body></html>";
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "開発元はメールマガジンで") != NULL);
    OK(strstr(p.text, "まとめ読み") == NULL);
    OK(strstr(p.text, "お申し込み") == NULL);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(meta_value_attribute);
    RUN(property_key_in_name_attribute);
    RUN(short_story_beats_footer_notice);
    RUN(call_to_action_module_dropped);
    RUN(author_card_address_dropped);
    RUN(date_then_by_line_credit);
    RUN(contact_lines_after_story_dropped);
    RUN(italic_signoff_names_author);
    RUN(japanese_newsletter_box_dropped);
    return test_report();
}
