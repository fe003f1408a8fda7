/*
 * test_html_unseen.c - rules found on a fourth set of pages the reader was
 * not tuned on (old table-laid pages, documentation, Drupal and WordPress
 * blogs, Chinese and Spanish news): each test builds a small page showing
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

static const char letter[] =
    "<p>The committee has examined the opinion on this application and agrees with the "
    "conclusion it reached, that the data provided are inadequate to support approval of "
    "this material as a novel food, for the reasons set out below.</p>"
    "<p>We also note that the active component has been evaluated before, by two expert "
    "committees, and that both concluded that the data available were inadequate.</p>"
    "<p>We welcome the opportunity to discuss this application at the next meeting.</p>";

/* A page laid out with tables has its navigation in cells and paragraphs
 * of links, not in lists: it is not a clean page to take whole. */
TEST(table_layout_navigation_not_clean)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Food Agency</title></head><body><table><tr>"
             "<td><a href='/'>Home</a><br><a href='/archive'>Archive</a></td>"
             "<td><font face='arial'>%s</font></td></tr></table>"
             "<p align='center'>| <a href='/help'>Help</a> | <a href='/copyright'>Crown "
             "Copyright</a> | <a href='/'>Home</a> | <a href='/archive'>Archive</a> | "
             "<a href='/map'>Site map</a> | <a href='/search'>Search</a> |</p></body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The committee has examined the opinion",
                          "discuss this application at the next meeting.", NULL};
    const char *gone[] = {"Site map", "Crown Copyright", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The page declares no date; the line under the headline prints it. The
 * <title> holds the site's name after the headline. */
TEST(date_under_headline)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Opera director dies at 74 - Evening News</title></head><body>"
             "<div class='nav'><a href='/'>News</a></div>"
             "<div class='tit2'>Opera director dies at 74</div>"
             "<div class='time'><span>2022-02-13 23:37</span></div>"
             "<div class='text'>%s</div>"
             "<div class='side'><p>2022-02-14 08:00 Winter games: what to watch today</p></div>"
             "</body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2022-02-13");
    drop(&p);
    /* No date in the head lines: none is taken from further down. */
    snprintf(html, sizeof(html),
             "<html><head><title>Opera director dies at 74</title></head><body>"
             "<h1>Opera director dies at 74</h1><p>Evening News</p>%s"
             "<p>2022-02-14 08:00 more news</p></body></html>",
             letter);
    p = from(html);
    OK(meta(&p)->date == NULL);
    drop(&p);
}

/* Month names of other languages, Spanish "de" around the month. */
TEST(dates_in_other_languages)
{
    arena *a = arena_new();
    STR_EQ(rd_html_date(a, "am 24. Juli 2017 - 18:55"), "2017-07-24");
    STR_EQ(rd_html_date(a, "3. M\xc3\xa4rz 2004"), "2004-03-03");
    STR_EQ(rd_html_date(a, "12 d\xc3\xa9" "cembre 2019"), "2019-12-12");
    STR_EQ(rd_html_date(a, "28 de octubre de 2012"), "2012-10-28");
    STR_EQ(rd_html_date(a, "1 maggio 2020"), "2020-05-01");
    STR_EQ(rd_html_date(a, "Oktober 5, 2018"), "2018-10-05");
    OK(rd_html_date(a, "mais 12 personnes en 2019") == NULL);
    arena_free(a);
}

static const char *
title_of(const char *title, const char *heading)
{
    static char got[256];
    char html[4096];
    snprintf(html, sizeof(html), "<html><head><title>%s</title></head><body>%s<div>%s</div>"
                                 "</body></html>",
             title, heading, letter);
    page p = from(html);
    snprintf(got, sizeof(got), "%s", meta(&p)->title ? meta(&p)->title : "");
    drop(&p);
    return got;
}

/* A <title> that is the headline and the site's name after one "|" or
 * "-": the headline, when it has three words or more (an h1, or an h2 on
 * a page without h1). A one-word headline keeps the whole <title>. */
TEST(title_is_headline_and_site)
{
    STR_EQ(title_of("FairCoin hackathon beim Sommercamp | creativecommons",
                    "<h1>FairCoin hackathon beim Sommercamp</h1>"),
           "FairCoin hackathon beim Sommercamp");
    STR_EQ(title_of("Gregory's Digital Home | A Journey to Python 3",
                    "<h2>A Journey to Python 3</h2><h2>Categories</h2>"),
           "A Journey to Python 3");
    STR_EQ(title_of("\xe5\xb1\x85\xe5\xae\xb6\xe5\x85\xbb\xe8\x80\x81 "
                    "\xe5\xae\x89\xe5\xae\x81 - \xe6\x99\x9a\xe6\x8a\xa5",
                    "<h1>\xe5\xb1\x85\xe5\xae\xb6\xe5\x85\xbb\xe8\x80\x81 "
                    "\xe5\xae\x89\xe5\xae\x81</h1>"),
           "\xe5\xb1\x85\xe5\xae\xb6\xe5\x85\xbb\xe8\x80\x81 "
           "\xe5\xae\x89\xe5\xae\x81");
    STR_EQ(title_of("Mozilla - Wikipedia", "<h1>Mozilla</h1>"), "Mozilla - Wikipedia");
    /* the site's name after "_" stays, as Readability keeps it */
    STR_EQ(title_of("Pruning plum trees in summer_Garden_News", "<h1>Pruning plum trees in "
                                                                "summer</h1>"),
           "Pruning plum trees in summer_Garden_News");
}

/* A page without menus or footers but with share buttons and a copyright
 * notice is no clean article: it is extracted, and those go. */
TEST(share_and_copyright_blocks_not_clean)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Novel foods</title></head><body><div class='wrapper'>"
             "<div class='article'><h1>Novel foods</h1><div class='shares'>"
             "<a href='https://weibo.com/share'>Weibo</a></div>"
             "<div class='article-content'>%s</div>"
             "<div class='article-copyright'><span>Original content, no commercial reuse "
             "without permission.</span></div></div></div></body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The committee has examined the opinion", NULL};
    const char *gone[] = {"Weibo", "no commercial reuse", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The permalink mark documentation generators put in each heading goes;
 * a heading's own anchored words stay. */
TEST(heading_permalinks_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Installation</title></head><body><div class='body'>"
             "<h2>Distribute &amp; Pip<a class='headerlink' href='#pip' title='Permalink'>"
             "\xc2\xb6</a></h2>%s<h3><a href='#code'>Get the Code</a> "
             "<a href='#code'>#</a></h3><p>You can clone the public repository, then install "
             "it into your site-packages with the setup script.</p></div></body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Distribute & Pip", "Get the Code", NULL};
    const char *gone[] = {"\xc2\xb6", "Code #", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The line a CMS prints under each post, its name and date: it goes, and
 * gives the page its author and date. */
TEST(posted_line_to_metadata)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Hackathon</title></head><body><nav><a href='/'>Blog</a></nav>"
             "<div id='content'>"
             "<h1 class='title'>Hackathon at the summer camp</h1><div class='node'>"
             "<div class='field-body'>%s</div><div class='submitted'>Gespeichert von "
             "<span class='username'>rasos</span> am 24. Juli 2017 - 18:55</div></div></div>"
             "</body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"discuss this application at the next meeting.", NULL};
    const char *gone[] = {"Gespeichert von", NULL};
    check(&p, keep, gone);
    STR_EQ(meta(&p)->date, "2017-07-24");
    OK(meta(&p)->n_authors == 1 && strcmp(meta(&p)->authors[0], "rasos") == 0);
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Press coverage</title></head><body><nav><a href='/'>home</a></nav>"
             "<div class='post'>"
             "<h2>Press coverage</h2><div class='entry'>%s<p><small>This "
             "entry was posted on Tuesday, September 3rd, 2013 at 12:53 pm and is filed under "
             "<a href='/c/startups'>Startups</a>. You can follow any responses to this entry "
             "through the <a href='/feed'>RSS 2.0</a> feed.</small></p></div></div></body></html>",
             letter);
    p = from(html);
    const char *gone2[] = {"This entry was posted", "RSS 2.0", NULL};
    check(&p, keep, gone2);
    STR_EQ(meta(&p)->date, "2013-09-03");
    drop(&p);
}

/* The page declares its own name as the author; the byline it prints
 * (class "firma", the Spanish and Italian word) names the writer. */
TEST(site_as_author_gives_way_to_byline)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Detenida en Francia la jefa | noticias.es</title>"
             "<meta name='author' content='noticias.es'></head><body><nav><a href='/'>Portada"
             "</a></nav><div class='noticia'><h1>Detenida en Francia la jefa</h1>"
             "<p class='firma'><em>\xc3\x81ngeles Escriv\xc3\xa1</em> | Madrid</p>%s</div>"
             "</body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->n_authors == 1 &&
       strcmp(meta(&p)->authors[0], "\xc3\x81ngeles Escriv\xc3\xa1") == 0);
    const char *gone[] = {"Madrid", NULL};
    check(&p, NULL, gone);
    drop(&p);
    /* A declared author sharing only a word with the site stays. */
    snprintf(html, sizeof(html),
             "<html><head><title>Notes from the garden | Jane's garden</title>"
             "<meta name='author' content='Jane Roe (garden)'></head><body><nav><a href='/'>"
             "Home</a></nav><div class='post'><h1>Notes from the garden</h1>"
             "<p class='firma'>Ann Lee</p>%s</div></body></html>",
             letter);
    p = from(html);
    OK(meta(&p)->n_authors == 1 && strcmp(meta(&p)->authors[0], "Jane Roe (garden)") == 0);
    drop(&p);
}

/* Short lines after the text leading back ("Back to the ACNFP page", "Go
 * to top of page") go; a short line without a link stays. */
TEST(back_links_after_text_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Novel foods</title></head><body><nav><a href='/'>Home</a>"
             "</nav><div class='main'><h1>Novel foods</h1>%s<p>Back to school.</p>"
             "<p>Go to <a href='#top'>top of page</a></p><p>Back to <a href='acnfp.htm'>ACNFP"
             "</a> page</p><p>Zur\xc3\xbc" "ck zur <a href='/list'>\xc3\x9c" "bersicht</a></p>"
             "</div></body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"discuss this application at the next meeting.", "Back to school.",
                          NULL};
    const char *gone[] = {"top of page", "ACNFP", "bersicht", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A mail archive prints the sender in its header: "From: Name <address>".
 * A "From:" without an address is no credit. */
TEST(mail_sender_is_author)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Re: Novel foods</title></head><body><h1>Re: Novel foods</h1>"
             "<address class='headers'><span id='from'><dfn>From</dfn>: James P. Salsman "
             "&lt;<a href='mailto:j@example.org'>j@example.org</a>&gt;</span><br>"
             "<span id='date'><dfn>Date</dfn>: Fri, 15 Sep 2000 14:52:03 -0700</span>"
             "</address><div class='mail'>%s</div></body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    OK(meta(&p)->n_authors == 1 && strcmp(meta(&p)->authors[0], "James P. Salsman") == 0);
    drop(&p);
    snprintf(html, sizeof(html),
             "<html><head><title>Novel foods</title></head><body><h1>Novel foods</h1>"
             "<p class='source'>From: Wikipedia</p>%s</body></html>",
             letter);
    p = from(html);
    INT_EQ((int)meta(&p)->n_authors, 0);
    drop(&p);
}

/* A post that is mostly a list of links (press coverage, a roundup) looks
 * like a menu to the conditional cleaning; the cleaning takes boxes out of
 * the article, never the article itself. */
TEST(link_roundup_post_kept)
{
    static const char html[] =
        "<html><head><title>Press Coverage</title></head><body><div id='page'>"
        "<div id='content' class='widecolumn'></div><div class='post'>"
        "<h2><a href='/press' rel='bookmark'>Press Coverage &#8211; August 2013</a></h2>"
        "<div class='entry'><p>We made our funding announcement &#8212; a series A, led by "
        "one fund and with participation from three others, and two more. Read on for the "
        "full list of links to our coverage.</p><p>Here is some coverage from around the "
        "web:</p><ul>"
        "<li><a href='https://a.example/1'>TechNews: Company Raises Money For Predictive "
        "Analytics Platform That Helps Media Companies Decide What To Publish</a></li>"
        "<li><a href='https://a.example/2'>MediaPost: Company Raises Money, Invests In Core "
        "Tech, Data</a></li>"
        "<li><a href='https://a.example/3'>The Daily Startup @ Street Journal, VC Dispatch</a>"
        "</li><li><a href='https://a.example/4'>Business Journal: Fund leads round in "
        "analytics startup of the city</a></li>"
        "<li><a href='https://a.example/5'>MarketingLand: Social Network Driving More Than 2x "
        "Other Traffic To Our News Clients</a></li>"
        "<li><a href='https://a.example/6'>GigaOM: A feed reader dominating the post-Reader "
        "world, and other web-publishing insights</a></li>"
        "<li><a href='https://a.example/7'>VentureBeat: Company nabs money to continue "
        "getting you to click on cats</a></li>"
        "<li><a href='https://a.example/8'>ContentStandard: Company Delivers Content "
        "Optimization for Online Publishers</a></li></ul><p>More coming soon!</p></div></div>"
        "<hr><div id='footer'><p>This website publishes the personal writings of its author, "
        "and is proudly powered by <a href='/wp'>a blog engine</a><br><a href='/feed'>Entries "
        "(RSS)</a> and <a href='/cfeed'>Comments (RSS)</a>.</p></div></div></body></html>";
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"We made our funding announcement", "VentureBeat: Company nabs money",
                          "More coming soon!", NULL};
    const char *gone[] = {"personal writings", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* WordPress's classic post footer (class "postmetadata") goes with the
 * author's blurb in it. */
TEST(wordpress_post_footer_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Novel foods</title></head><body><nav><a href='/'>home</a>"
             "</nav><div class='post'><h2>Novel foods</h2><div class='entry'>%s"
             "<p class='postmetadata alt'><small><strong>Jane Roe</strong> is the co-founder "
             "of a small company. You can follow her on <a href='/t'>Twitter</a>, or subscribe "
             "to her newsletter.</small></p></div></div></body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"discuss this application at the next meeting.", NULL};
    const char *gone[] = {"co-founder", "newsletter", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A short post whose last paragraph mentions the author's newsletter, with
 * a link, is no sign-up box: the post stays. */
TEST(short_post_mentioning_newsletter_kept)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Novel foods</title></head><body><nav><a href='/'>home</a>"
             "</nav><div class='story'><h2>Novel foods</h2><div>%s"
             "<p>Jane Roe is the co-founder of a small company. You can follow her on "
             "<a href='/t'>Twitter</a>, or subscribe to her newsletter.</p></div></div>"
             "</body></html>",
             letter);
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The committee has examined the opinion", NULL};
    check(&p, keep, NULL);
    drop(&p);
}

/* The credit of the software that made the page goes after the text, a
 * mail's <pre> being its prose; the same words in a sentence stay. */
TEST(engine_credit_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Re: Novel foods</title></head><body><nav><a href='/'>Lists</a></nav>"
             "<div class='head'>"
             "<ul><li><a href='0003.html'>Next message</a></li></ul></div><div class='mail'>"
             "<pre id='body'>%s</pre></div><p>Powered by habit, the committee met again in "
             "spring and agreed on the wording of its opinion.</p><p><small><em>This archive "
             "was generated by <a href='http://example.org/hm'>hypermail 2.2.0</a> : Thursday, "
             "23 March 2006 20:11:27 GMT</em></small></p></body></html>",
             "If there has been no charter proposed for a working group, I intend to propose "
             "one as follows. I would like to know how the Area Directors feel about these "
             "ideas.\n\nCheers,\nJames");
    page p = from(html);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"If there has been no charter", "Powered by habit", NULL};
    const char *gone[] = {"generated by", "hypermail", NULL};
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(table_layout_navigation_not_clean);
    RUN(date_under_headline);
    RUN(dates_in_other_languages);
    RUN(title_is_headline_and_site);
    RUN(share_and_copyright_blocks_not_clean);
    RUN(heading_permalinks_removed);
    RUN(posted_line_to_metadata);
    RUN(site_as_author_gives_way_to_byline);
    RUN(back_links_after_text_removed);
    RUN(mail_sender_is_author);
    RUN(link_roundup_post_kept);
    RUN(wordpress_post_footer_removed);
    RUN(short_post_mentioning_newsletter_kept);
    RUN(engine_credit_removed);
    return test_report();
}
