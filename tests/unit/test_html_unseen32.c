/*
 * test_html_unseen32.c - rules found on a thirty-second set of pages the
 * reader was not tuned on (a regional newspaper, a tech blog, a
 * craft site with a video, an entertainment site, a sports blog and a
 * music magazine): each test builds a small page showing one case, with
 * the metadata or text that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

/* A site's menu: with it the page is read as a saved page, the article
 * taken out of it. */
static const char nav[] = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>";

static const char *
title_of(const page *p)
{
    const char *t = p->rc == 0 ? meta(p)->title : NULL;
    return t ? t : "";
}

static const char *
date_of(const page *p)
{
    const char *d = p->rc == 0 ? meta(p)->date : NULL;
    return d ? d : "";
}

/* A <meta name> of the template's own that says the article's day of
 * publication ("article_date_original", "publish-date", "pubdate",
 * "DC.date.issued") dates a page that declares no date otherwise. A
 * name for a later day (updated, modified) or another thing's day (an
 * event's), a name without "date", and a value that is no date do not;
 * a date the page declares in the usual way comes first. */
TEST(meta_named_for_publication_date)
{
    static const struct {
        const char *metas, *want;
    } cases[] = {
        {"<meta name='article_date_original' content='Thursday, March 5, 2020,  9:15 AM'>",
         "2020-03-05"},
        {"<meta name='publish-date' content='2021-06-02'>", "2021-06-02"},
        {"<meta name='pubdate' content='2019-11-30T08:00:00Z'>", "2019-11-30"},
        {"<meta name='DC.date.issued' content='2014-12-15'>", "2014-12-15"},
        /* negative: a later day */
        {"<meta name='article_date_updated' content='Friday, March 6, 2020,  3:00 PM'>", ""},
        {"<meta name='last-published-date' content='2020-03-06'>", ""},
        {"<meta name='date_modified_original' content='2020-03-06'>", ""},
        /* negative: an event's day */
        {"<meta name='event-publish-date' content='2020-07-01'>", ""},
        /* negative: no "date" in the name, or no date in the value */
        {"<meta name='publisher' content='2020-03-05'>", ""},
        {"<meta name='pub_date' content='soon'>", ""},
        /* negative: a word naming another day or another thing's */
        {"<meta name='original-release-date' content='1987-04-02'>", ""},
        {"<meta name='book_publication_date' content='2011-09-01'>", ""},
        {"<meta name='republished_date' content='2020-04-01'>", ""},
        {"<meta name='date_reissued' content='2020-04-01'>", ""},
        {"<meta name='pub_date_edited' content='2020-03-09'>", ""},
        {"<meta name='next_publication_date' content='2020-04-05'>", ""},
        {"<meta name='newest_reply_posted_date' content='2020-03-12'>", ""},
        {"<meta name='original-source-date' content='2001-01-01'>", ""},
        {"<meta name='public_holiday_date' content='2020-12-25'>", ""},
        /* a namespace in front, one word for "date" and publishing */
        {"<meta name='dcterms.date.issued' content='2018-02-01'>", "2018-02-01"},
        {"<meta name='publicationDate' content='2018-02-02'>", "2018-02-02"},
        /* negative: the usual published time comes first */
        {"<meta property='article:published_time' content='2020-03-04T10:00:00Z'>"
         "<meta name='article_date_original' content='Thursday, March 5, 2020,  9:15 AM'>",
         "2020-03-04"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old Bridge Closes</title>%s</head><body>%s<article>"
                 "<h1>Old Bridge Closes</h1>%s</article></body></html>",
                 cases[i].metas, nav, body);
        page p = from(html);
        test_current = cases[i].metas;
        INT_EQ(p.rc, 0);
        STR_EQ(date_of(&p), cases[i].want);
        drop(&p);
    }
}

/* Some engines fill "pubdate" with the day of the last edit: a date the
 * page prints (in a block its class names a date, in the byline, after
 * a "Published:" label) comes first; without it the named meta dates
 * the page. */
TEST(printed_date_before_named_meta)
{
    static const struct {
        const char *printed, *want;
    } cases[] = {
        {"<ul class='story-meta'><li class='meta__date'>03.02.2021</li></ul>", "2021-02-03"},
        {"", "2021-06-10"},
        /* negative: a date in the byline, after a "Published:" label */
        {"<p class='byline'>By Tom Reed | March 2, 2021</p>", "2021-03-02"},
        {"<p>Published: 2 March 2021</p>", "2021-03-02"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old Bridge Closes</title>"
                 "<meta name='pubdate' content='2021-06-10'></head><body>%s<article>"
                 "<h1>Old Bridge Closes</h1>%s%s</article></body></html>",
                 nav, cases[i].printed, body);
        page p = from(html);
        test_current = cases[i].printed;
        INT_EQ(p.rc, 0);
        STR_EQ(date_of(&p), cases[i].want);
        drop(&p);
    }
}

/* "<a>More Harbour news</a>" as the article's last line: one link to a
 * section of the site's own, "More", a name and a word for the section's
 * pieces, an arrow allowed. A sentence that opens with "More", a link to
 * another site or to one page of this one (a dated or numbered path, a
 * file's name, a query, a slug of its own words), a line that names no kind of piece, a link inside
 * a sentence, and a line with text after it stay. */
TEST(section_pointer_after_text)
{
    static const struct {
        const char *after;
        const char *line;
        bool gone;
    } cases[] = {
        {"<p><a href='/harbour/'>More Harbour news</a></p>", "More Harbour news", true},
        {"<p><a href='/sport'>More local sports stories &raquo;</a></p>",
         "More local sports stories", true},
        {"<p><a href='https://www.town.example/#/0'>More Harbour stories &rsaquo;</a></p>",
         "More Harbour stories", true},
        /* a section of two words the link's text does not repeat */
        {"<p><a href='/local-sport'>More harbour stories</a></p>", "More harbour stories", true},
        /* negative: a letter after the word, no arrow */
        {"<p><a href='/sport'>More local sports stories\xc2\xba</a></p>", "More local sports",
         false},
        /* negative: the title of one page of the site, a dated path, a
           slug of its own words, a slug of a story */
        {"<p><a href='/2023/11/more-ferry-stories'>More Ferry Stories</a></p>",
         "More Ferry Stories", false},
        {"<p><a href='/reading/more-sea-stories'>More Sea Stories</a></p>", "More Sea Stories",
         false},
        {"<p><a href='/ferry/council-cuts-harbour-ferry-news'>More cuts to ferry news</a></p>",
         "More cuts to ferry news", false},
        {"<p><a href='/archive/story/48213'>More Harbour news</a></p>", "More Harbour news", false},
        {"<p><a href='/story/48213'>More Harbour news</a></p>", "More Harbour news", false},
        /* negative: a page by its file name, its query, its own headline's slug */
        {"<h3>Also in the series</h3><p><a href='/tales/9071.html'>More Sea Stories</a></p>",
         "Also in the series", false},
        {"<p><a href='/tales/9071.html'>More Sea Stories</a></p>", "More Sea Stories", false},
        {"<p><a href='/tales/sea.htm'>More Sea Stories</a></p>", "More Sea Stories", false},
        {"<p><a href='/book.php?no=12'>More Lighthouse Stories</a></p>", "More Lighthouse Stories",
         false},
        {"<p><a href='/harbour?page=2'>More Harbour news</a></p>", "More Harbour news", false},
        {"<p><a href='/business/ferry-fares-news'>More ferry fares news</a></p>",
         "More ferry fares news", false},
        {"<p><a href='/ferry-fares-news/'>More ferry fares news</a></p>", "More ferry fares news",
         false},
        /* negative: a line with text after it, however short */
        {"<p><a href='/harbour/'>More Harbour news</a></p><p>Filed under ferries</p>",
         "More Harbour news", false},
        /* negative: a sentence of the story */
        {"<p>More harbour news will follow next week.</p>", "More harbour news will follow", false},
        /* negative: another site's section is a source */
        {"<p><a href='https://river.example/news'>More river news</a></p>", "More river news",
         false},
        /* negative: no word for a section's pieces */
        {"<p><a href='/ferry'>More about the ferry timetable</a></p>",
         "More about the ferry timetable", false},
        /* negative: the link inside a sentence */
        {"<p><a href='/harbour/'>More Harbour news</a> is on the council's page.</p>",
         "More Harbour news", false},
        /* negative: prose follows the line */
        {"<p><a href='/harbour/'>More Harbour news</a></p><p>The harbour master said that the "
         "boats moored by the old bridge would have to move before the work begins in June.</p>",
         "More Harbour news", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Old Bridge Closes</title><link rel='canonical' "
                 "href='https://town.example/2021/06/old-bridge'></head><body>%s<article>"
                 "<h1>Old Bridge Closes</h1>%s%s</article></body></html>",
                 nav, body, cases[i].after);
        page p = from(html);
        test_current = cases[i].after;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].line) == NULL) == cases[i].gone);
        OK(strstr(p.text, "when the bridge should open again") != NULL);
        drop(&p);
    }
}

/* The feed of a post's comments a blog engine links to names the post's
 * title ("Town News &raquo; <title> Comments Feed"); when the page's h1
 * is that title and the declared title (<title> and og:title alike)
 * leaves out words of it, the h1 is the headline. Without the feed, with
 * a feed naming another title, with the h1 in the page's sidebar, and
 * with a declared title of other words, the declared title stays. */
TEST(comments_feed_names_the_headline)
{
    static const char h1[] = "Old Bridge Closes to Cars for the Summer as Ferry Takes the Load";
    static const char shortt[] = "Old Bridge Closes to Cars as Ferry Takes Load";
    static const struct {
        const char *feed, *declared, *where, *want;
    } cases[] = {
        {"Town News \xc2\xbb %s Comments Feed", shortt, "article", h1},
        /* a site's name with a " &raquo; " of its own */
        {"Town \xc2\xbb Blog \xc2\xbb %s Comments Feed", shortt, "article", h1},
        /* negative: the site's feed of all comments */
        {"Town \xc2\xbb Blog \xc2\xbb Comments Feed", shortt, "article", shortt},
        /* negative: no feed */
        {"", shortt, "article", shortt},
        /* negative: the feed names another title */
        {"Town News \xc2\xbb Harbour Dues Rise Comments Feed", shortt, "article", shortt},
        /* negative: the site's feed, no post's */
        {"Town News \xc2\xbb Feed", shortt, "article", shortt},
        /* negative: the h1 in the sidebar */
        {"Town News \xc2\xbb %s Comments Feed", shortt, "aside", shortt},
        /* negative: a declared title of other words */
        {"Town News \xc2\xbb %s Comments Feed", "Town News - Latest Headlines", "article",
         "Town News - Latest Headlines"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char feed[512] = "", link[640] = "", html[4096];
        if (cases[i].feed[0]) {
            snprintf(feed, sizeof(feed), cases[i].feed, h1);
            snprintf(link, sizeof(link),
                     "<link rel='alternate' type='application/rss+xml' title='%s' "
                     "href='/old-bridge/feed/'>",
                     feed);
        }
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title><meta property='og:title' content='%s'>%s</head>"
                 "<body>%s<%s><h1>%s</h1></%s><article>%s</article></body></html>",
                 cases[i].declared, cases[i].declared, link, nav, cases[i].where, h1,
                 cases[i].where, body);
        page p = from(html);
        test_current = cases[i].feed;
        INT_EQ(p.rc, 0);
        STR_EQ(title_of(&p), cases[i].want);
        drop(&p);
    }
}

static size_t
count_of(const char *text, const char *s)
{
    size_t n = 0;
    for (const char *p = text ? strstr(text, s) : NULL; p; p = strstr(p + 1, s))
        n++;
    return n;
}

/* A story's picture set in an <aside> of its own between two
 * paragraphs ("<aside class=inset-image><figure><img><figcaption>"),
 * its class naming a picture: the caption stays with the text, and so do
 * two such pictures in a row. An aside with a link (a related story's
 * picture), with more than the figure, with no caption (the picture's
 * alt text would show it kept), whose class names no picture or names
 * an advertisement too ("image-ad"), whose caption is or opens with a
 * label ("Sponsored by ...") or repeats the text (a pull quote; the
 * caption's own <p> is no text), or at the end of the text (no paragraph after it) goes as
 * asides do. */
TEST(inset_picture_in_aside)
{
    static const char cap[] = "The old bridge seen from the ferry landing at dawn";
    /* a sentence of the first paragraph */
    static const char quote[] = "engineers found that two of its supports had worn far more";
    static const struct {
        const char *aside, *look;
        size_t want;
        bool at_end, alt; /* alt: look is the picture's alt text, in the tree */
    } cases[] = {
        {"<aside class='inset-image'><figure><img src='bridge.jpg' alt='The bridge'>"
         "<figcaption><span class='caption'>%s</span> <span class='credit'>Ann Lowe</span>"
         "</figcaption></figure></aside>",
         cap, 1, false, false},
        {"<aside id='photo-2'><figure><img src='bridge.jpg' alt=''><figcaption>%s</figcaption>"
         "</figure></aside>",
         cap, 1, false, false},
        /* two in a row: both stay */
        {"<aside class='inset'><figure><img src='a.jpg' alt=''><figcaption>%s</figcaption>"
         "</figure></aside><aside class='inset'><figure><img src='b.jpg' alt=''>"
         "<figcaption>%s</figcaption></figure></aside>",
         cap, 2, false, false},
        /* negative: a link, the picture of a related story */
        {"<aside class='inset-image'><figure><a href='/ferry-story'><img src='bridge.jpg' "
         "alt='The bridge'></a><figcaption>%s</figcaption></figure></aside>",
         cap, 0, false, false},
        /* negative: more than the figure */
        {"<aside class='inset-image'><figure><img src='bridge.jpg' alt='The bridge'>"
         "<figcaption>%s</figcaption></figure><div>Sign up for the harbour letter</div></aside>",
         cap, 0, false, false},
        /* negative: no caption, or an empty one */
        {"<aside class='inset-image'><figure><img src='bridge.jpg' alt='%s'></figure></aside>", cap,
         0, false, true},
        {"<aside class='inset-image'><figure><img src='bridge.jpg' alt='%s'><figcaption> "
         "</figcaption></figure></aside>",
         cap, 0, false, true},
        /* negative: a class naming no picture */
        {"<aside class='promo-box'><figure><img src='bridge.jpg' alt=''><figcaption>%s"
         "</figcaption></figure></aside>",
         cap, 0, false, false},
        {"<aside><figure><img src='bridge.jpg' alt=''><figcaption>%s</figcaption></figure>"
         "</aside>",
         cap, 0, false, false},
        /* negative: a label for a caption, the picture an advertisement's */
        {"<aside class='media-slot'><figure><img src='ad.jpg' alt='%s'><figcaption>Advertisement"
         "</figcaption></figure></aside>",
         cap, 0, false, true},
        /* negative: a picture class beside an advertisement's word */
        {"<aside class='image-ad'><figure><img src='ad.jpg' alt='%s'><figcaption>%s"
         "</figcaption></figure></aside>",
         cap, 0, false, true},
        {"<aside class='inset'><figure class='photo sponsor-slot'><img src='ad.jpg' alt='%s'>"
         "<figcaption>%s</figcaption></figure></aside>",
         cap, 0, false, true},
        /* negative: a caption opening with a label */
        {"<aside class='media-slot'><figure><img src='ad.jpg' alt='%s'><figcaption>Sponsored "
         "by the Harbour Savings Trust</figcaption></figure></aside>",
         cap, 0, false, true},
        {"<aside class='media-slot'><figure><img src='ad.jpg' alt='%s'><figcaption>"
         "Advertisement Â· the story goes on below</figcaption></figure></aside>",
         cap, 0, false, true},
        /* "shadow" holds no "ad": the caption stays */
        {"<aside class='inset shadow'><figure><img src='bridge.jpg' alt=''><figcaption>%s"
         "</figcaption></figure></aside>",
         cap, 1, false, false},
        /* a caption in a paragraph of its own is no sentence of the text */
        {"<aside class='inset-image'><figure><img src='bridge.jpg' alt=''><figcaption><p>%s"
         "</p></figcaption></figure></aside>",
         cap, 1, false, false},
        /* negative: a pull quote, its words the text's */
        {"<aside class='inset-image'><figure><img src='mayor.jpg' alt=''><figcaption>"
         "\xe2\x80\x9c%s.\xe2\x80\x9d</figcaption></figure></aside>",
         quote, 1, false, false},
        /* negative: at the end, no paragraph after it */
        {"<aside class='inset-image'><figure><img src='bridge.jpg' alt='The bridge'>"
         "<figcaption>%s</figcaption></figure></aside>",
         cap, 0, true, false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char aside[1024], html[4096];
        snprintf(aside, sizeof(aside), cases[i].aside, cases[i].look, cases[i].look);
        snprintf(html, sizeof(html),
                 "<html><head><title>Old Bridge Closes</title></head><body>%s<article>"
                 "<h1>Old Bridge Closes</h1>"
                 "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
                 "after engineers found that two of its supports had worn far more than "
                 "expected.</p>%s<p>Cyclists and people on foot will still be able to cross, and "
                 "the ferry will run every twenty minutes until the repairs are done.</p>%s"
                 "</article></body></html>",
                 nav, cases[i].at_end ? "" : aside, cases[i].at_end ? aside : "");
        page p = from(html);
        test_current = cases[i].aside;
        INT_EQ(p.rc, 0);
        INT_EQ(count_of(cases[i].alt ? p.tree : p.text, cases[i].look), cases[i].want);
        OK(strstr(p.text, "Cyclists and people on foot") != NULL);
        drop(&p);
    }
}

int
main(void)
{
    RUN(meta_named_for_publication_date);
    RUN(printed_date_before_named_meta);
    RUN(section_pointer_after_text);
    RUN(comments_feed_names_the_headline);
    RUN(inset_picture_in_aside);
    return test_report();
}
