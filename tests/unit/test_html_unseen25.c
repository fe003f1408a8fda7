/*
 * test_html_unseen25.c - rules found on a twenty-fifth set of pages the
 * reader was not tuned on (a Linux newsletter, a public radio's news
 * blog, an American magazine, a music review site, a German science
 * magazine, a Portuguese TV news site, a Canadian French broadcaster, a
 * transit blog): each test builds a small page showing one case, with
 * the text or metadata that must come out and the chrome that must not.
 */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
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

static const char menu[] =
    "<div class='menu'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>City</a></li>"
    "<li><a href='/c'>Culture</a></li><li><a href='/d'>Sports</a></li></ul></div>";

/* A template with no date metadata prints the day in an element named
 * for it, in a column beside the headline ("<li class=meta__date>
 * 19.07.2022</li>"): the page's date. */
TEST(date_in_element_named_for_it)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<article><aside>"
             "<ul class='meta'><li class='meta__category'>Background</li><li "
             "class='meta__date'>19.07.2022</li><li class='meta__reading'>Reading time about 10 "
             "minutes</li><li class='meta__print'><a href='#'>Print</a></li><li "
             "class='meta__share'><a href='#'>Share</a><ul class='menu'><li><a "
             "href='https://facebook.example/share' title='Share on Facebook'></a></li><li><a "
             "href='mailto:?subject=bridge' title='Send by e-mail'></a></li></ul></li></ul>"
             "</aside><h1>The bridge closes</h1>%s</article></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    const char *d = meta(&p)->date;
    OK(d && strcmp(d, "2022-07-19") == 0);
    OK(p.text && strstr(p.text, "The council voted on Tuesday") != NULL);
    drop(&p);
}

/* The rule itself on elements that give no date: a comment's day after
 * the prose, a teaser's day inside its link, a day without its year, the
 * day of an update, a sentence in a box named for dates. */
TEST(elements_named_for_dates_that_are_not_the_page_date)
{
    static const struct {
        const char *before, *after, *date;
    } cases[] = {
        {"<span class='entry-date'>March 3, 2021</span>", "", "2021-03-03"},
        {"", "<div class='comment'><span class='comment-date'>04.08.2021</span></div>", NULL},
        {"<a href='/other'><span class='date'>12.01.2020</span> Another story</a>", "", NULL},
        {"<div class='date'><div class='month'>Mar</div><div class='day'>05</div></div>", "", NULL},
        {"<span class='updated-date'>05.05.2021</span>", "", NULL},
        {"<div class='dates'>Tickets go on sale on 3 May 2022 at noon at the town hall.</div>", "",
         NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[8192];
        snprintf(html, sizeof(html),
                 "<html><body>%s<article><h1>The bridge closes</h1>%s%s%s"
                 "</article></body></html>",
                 menu, cases[i].before, body, cases[i].after);
        arena *a = arena_new();
        xmlDocPtr xd = htmlReadMemory(html, (int)strlen(html), "t.html", "UTF-8",
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
        OK(xd != NULL);
        const char *d = xd ? rd_html_class_date(a, xmlDocGetRootElement(xd)) : NULL;
        if (cases[i].date)
            OK(d && strcmp(d, cases[i].date) == 0);
        else
            OK(d == NULL);
        if (xd)
            xmlFreeDoc(xd);
        arena_free(a);
    }
}

/* Dates in elements named for them that are not the article's: a reply's
 * day after prose the page writes in bare <div>s, a listed story's day
 * after the article, an event's day in a sidebar before it, a box named
 * a sidebar inside it. A date line before prose in <div>s is still the
 * article's. */
TEST(dates_outside_the_article_or_after_its_prose)
{
    static const char prose[] =
        "<div>The council voted on Tuesday to close the old bridge to cars for the summer, "
        "after engineers found two worn supports.</div><div>The ferry will run every twenty "
        "minutes.</div>";
    static const struct {
        const char *before, *head, *after, *date;
    } cases[] = {
        {"", "",
         "<div class='replies'><span class='post-date'>3 April 2025</span><div>Well "
         "put</div></div>",
         NULL},
        {"", "", "", NULL}, /* the story list below the article, in main */
        {"<div class='sidebar'><h3>Coming up</h3><div class='event-date'>Saturday, 12 July "
         "2031</div><div>Brass band in the park</div></div>",
         "", "", NULL},
        {"",
         "<div class='sidebar-box'><div class='date'>Saturday, 12 July 2031</div><div>Brass "
         "band in the park</div></div>",
         "", NULL},
        {"", "<div class='story-date'>3 April 2025</div>", "", "2025-04-03"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[8192];
        snprintf(html, sizeof(html),
                 "<html><body>%s%s<article><h1>The bridge closes</h1>%s%s%s</article>%s"
                 "</body></html>",
                 menu, cases[i].before, cases[i].head, i == 1 ? "<div>Short note.</div>" : prose,
                 cases[i].after,
                 i == 1 ? "<section class='more'><div class='item'><div class='item-date'>"
                          "12.01.2019</div><h4>An older story</h4></div></section>"
                        : "");
        arena *a = arena_new();
        xmlDocPtr xd = htmlReadMemory(html, (int)strlen(html), "t.html", "UTF-8",
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
        OK(xd != NULL);
        const char *d = xd ? rd_html_class_date(a, xmlDocGetRootElement(xd)) : NULL;
        if (cases[i].date)
            OK(d && strcmp(d, cases[i].date) == 0);
        else
            OK(d == NULL);
        if (xd)
            xmlFreeDoc(xd);
        arena_free(a);
    }
}

/* A news template's picture block: the caption with its credit and a
 * "hide caption" button, a "toggle caption" button, the credit again
 * for narrow screens, and caption and credit once more for the enlarged
 * picture. The caption and credit are read once; the buttons and copies
 * go. */
TEST(caption_copies_and_buttons_go)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<article>"
             "<h1>The bridge closes</h1><div class='picture'><div class='wrap'><img "
             "src='bridge.jpg' alt=''></div><div class='caption-box'><div class='caption'><p>"
             "The old bridge seen from the east bank in May. <b class='credit'>Ann Lee/City "
             "Press</b> <b class='hide-caption'><b>hide caption</b></b></p></div><b "
             "class='toggle-caption'><b>toggle caption</b></b></div><span class='credit'>Ann "
             "Lee/City Press</span><div class='enlarged'><img src='bridge-big.jpg' alt=''></div>"
             "<div class='enlarged-text'><p class='caption'>The old bridge seen from the east "
             "bank in May.</p><span class='credit'>Ann Lee/City Press</span></div></div>"
             "%s</article></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(p.text && strstr(p.text, "The old bridge seen from the east bank in May.") != NULL);
    OK(p.text && strstr(p.text, "hide caption") == NULL);
    OK(p.text && strstr(p.text, "toggle caption") == NULL);
    const char *first = p.text ? strstr(p.text, "The old bridge seen") : NULL;
    OK(first && strstr(first + 1, "The old bridge seen") == NULL);
    const char *credit = p.text ? strstr(p.text, "Ann Lee/City Press") : NULL;
    OK(credit && strstr(credit + 1, "Ann Lee/City Press") == NULL);
    drop(&p);
}

/* Words said twice that are no copy of a caption stay (the rule run on
 * its own): figures side by side with the same caption each, a table's
 * cells, a pull quote beside its picture repeating the story, and
 * "hide caption" inside a sentence. */
TEST(repeats_that_are_no_caption_copy_stay)
{
    static const char html[] =
        "<html><body><article><p>Cyclists and people on foot will still be able to cross, "
        "and the ferry will run every twenty minutes.</p><div class='pair'><figure><img "
        "src='a.jpg' alt=''><figcaption>The east bank at dawn</figcaption></figure><figure>"
        "<img src='b.jpg' alt=''><figcaption>The east bank at dawn</figcaption></figure></div>"
        "<table><tr><td><img src='c.png' alt=''></td><td class='credit'>Riverside</td><td "
        "class='credit'>Riverside</td></tr></table><div class='quote'><img src='q.png' alt=''>"
        "<p>Cyclists and people on foot will still be able to cross</p></div><p>On the "
        "council's site a button marked hide caption folds the notes under each photograph."
        "</p></article></body></html>";
    arena *a = arena_new();
    xmlDocPtr xd = htmlReadMemory(html, (int)strlen(html), "t.html", "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    OK(xd != NULL);
    if (xd) {
        xmlNode *root = xmlDocGetRootElement(xd);
        rd_html_drop_caption_copies(a, root);
        const char *t = rd_html_text_dup(a, root);
        const char *e = strstr(t, "The east bank at dawn");
        OK(e && strstr(e + 1, "The east bank at dawn") != NULL);
        const char *r = strstr(t, "Riverside");
        OK(r && strstr(r + 1, "Riverside") != NULL);
        const char *c = strstr(t, "Cyclists and people on foot");
        OK(c && strstr(c + 1, "Cyclists and people on foot") != NULL);
        OK(strstr(t, "a button marked hide caption folds") != NULL);
        xmlFreeDoc(xd);
    }
    arena_free(a);
}

/* Occurrences of w in s. */
static size_t
count_of(const char *s, const char *w)
{
    size_t k = 0;
    for (const char *p = s; (p = strstr(p, w)) != NULL; p += strlen(w))
        k++;
    return k;
}

/* Caption buttons' words the page does not mark as a button, or marks
 * inside a sentence, stay; so does a caption naming what the prose beside
 * it names, and a caption that is part of an earlier, different caption
 * (the rule run on its own, one block between the article's paragraphs
 * per page). */
TEST(caption_words_that_are_no_button_or_copy_stay)
{
    static const struct {
        const char *block, *word;
        size_t times;
    } cases[] = {
        {"<p>Click <b>Hide caption</b> to fold the notes.</p>", "Hide caption", 1},
        {"<ul><li>Show caption</li><li>Hide caption</li></ul>", "Show caption", 1},
        {"<h3>Hide caption</h3>", "Hide caption", 1},
        {"<p>Press <button>Hide caption</button> under a photograph to fold its notes.</p>",
         "Hide caption", 1},
        {"<section><p>We walked up the Old Lighthouse at dawn.</p><img src='a.jpg' alt=''><p "
         "class='caption'>Old Lighthouse</p></section>",
         "Old Lighthouse", 2},
        {"<div class='pull'><img src='q.png' alt=''><p>Councillor Ann Lee said the works would "
         "last until October.</p><p class='caption'>Councillor Ann Lee</p></div>",
         "Councillor Ann Lee", 2},
        {"<div class='intro'><img src='i.jpg' alt=''><p>Photographs by Tom Ash for the River "
         "Gazette, taken in June.</p><p class='credit'>Tom Ash for the River Gazette</p></div>",
         "Tom Ash for the River Gazette", 2},
        {"<div><img src='a.jpg' alt=''><img src='b.jpg' alt=''><p class='caption'>Top: the "
         "square before the market. Bottom: during it</p><p class='caption'>the square before "
         "the market</p></div>",
         "the square before the market", 2},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[8192];
        snprintf(html, sizeof(html), "<html><body><article>%s%s%s</article></body></html>", body,
                 cases[i].block, body);
        arena *a = arena_new();
        xmlDocPtr xd = htmlReadMemory(html, (int)strlen(html), "t.html", "UTF-8",
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
        OK(xd != NULL);
        if (xd) {
            xmlNode *root = xmlDocGetRootElement(xd);
            rd_html_drop_caption_copies(a, root);
            INT_EQ(count_of(rd_html_text_dup(a, root), cases[i].word), cases[i].times);
            xmlFreeDoc(xd);
        }
        arena_free(a);
    }
}

/* A declared author that is a desk with the site's host name after it
 * ("Zone Justice et faits divers - ICI.Radio-Canada.ca"): no author. A
 * person's name before the host name is the author, less the host and
 * anything after a second separator: two names joined, a long name with
 * particles, an agency in brackets, a title's abbreviations, a paper
 * after "for", a name written in lowercase. An author without a host
 * name after it is kept whole. */
TEST(desk_credit_with_host_name_is_no_author)
{
    static const struct {
        const char *declared, *author;
    } cases[] = {
        {"Desk of courts and crime - Courier.example.org", NULL},
        {"Politics desk | courier-news.org", NULL},
        {"Jane Roe - courier-news.org", "Jane Roe"},
        {"Anna von Mildenburg | Courier-News.org", "Anna von Mildenburg"},
        {"Jane Roe - Evening Courier", "Jane Roe - Evening Courier"},
        {"Ann Lee and Tom Ash - courier-news.org", "Ann Lee and Tom Ash"},
        {"Ana Lucía del Pilar Ortega de la Vega - diario-sur.es",
         "Ana Lucía del Pilar Ortega de la Vega"},
        {"Ann Lee (AFP) - courier-news.org", "Ann Lee (AFP)"},
        {"Ann Lee - Politics - courier-news.org", "Ann Lee"},
        {"eve marlow - courier-news.org", "eve marlow"},
        {"Prof. Dr. med. Ann Lee - courier.example.de", "Prof. Dr. med. Ann Lee"},
        {"Ann Lee for the River Gazette - courier-news.org", "Ann Lee for the River Gazette"},
        {"Jean d\xe2\x80\x99"
         "Arcy - courier.example.fr",
         "Jean d\xe2\x80\x99"
         "Arcy"},
        {"Politics Desk - courier-news.org", "Politics Desk"},
        {"City news team - courier-news.org", NULL},
        {"Jane Roe", "Jane Roe"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[8192];
        snprintf(html, sizeof(html),
                 "<html><head><title>The bridge closes</title><meta name='dc.creator' "
                 "content='%s'></head><body>%s<article><h1>The bridge closes</h1>%s</article>"
                 "</body></html>",
                 cases[i].declared, menu, body);
        page p = page_html_file(html);
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        if (cases[i].author)
            OK(m->n_authors >= 1 && m->byline && strcmp(m->byline, cases[i].author) == 0);
        else
            OK(m->n_authors == 0 && m->byline == NULL);
        drop(&p);
    }
}

int
main(void)
{
    RUN(date_in_element_named_for_it);
    RUN(elements_named_for_dates_that_are_not_the_page_date);
    RUN(dates_outside_the_article_or_after_its_prose);
    RUN(caption_copies_and_buttons_go);
    RUN(repeats_that_are_no_caption_copy_stay);
    RUN(caption_words_that_are_no_button_or_copy_stay);
    RUN(desk_credit_with_host_name_is_no_author);
    return test_report();
}
