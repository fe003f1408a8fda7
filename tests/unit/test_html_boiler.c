/*
 * test_html_boiler.c - extraction rules found on pages the reader was not
 * tuned on: each fixture (tests/fixtures/html, made up for the test) shows
 * one kind of boilerplate that used to reach the article, with the text
 * that must stay and the text that must go.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"
#include "readers/reader.h"

#define FIX "tests/fixtures/html/"

static page
load(const char *path)
{
    reader_options ro = {.extract = -1};
    return page_file(path, &ro);
}

/* A short article (under 500 characters) is read again with the rules
 * relaxed; that reading also keeps the related-stories list the strict one
 * removed, and is longer, but adds no prose: the strict reading stands. */
TEST(short_article_keeps_strict_reading)
{
    page p = load(FIX "short-article.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The autumn lantern walk will start", "warm apple juice.", NULL};
    const char *gone[] = {"Related stories", "Bus timetable", "pumpkin contest", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* Lists of rel="tag" links go, with their label; a tag link inside a
 * sentence stays with the sentence. */
TEST(tag_lists_removed)
{
    page p = load(FIX "tag-list.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Old garden walls were laid in lime",
                          "By spring the repair will have the colour of the old work.",
                          "More about the pointing iron and its care", NULL};
    const char *gone[] = {"Tags:", "Mortar", "Dry stone", "walls, repair", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The same rule on a page built here: tags without a label, in a div. */
TEST(tag_list_without_label)
{
    static const char html[] =
        "<html><head><title>Pruning plums</title></head><body><article><h1>Pruning plums</h1>"
        "<p>Plum trees are pruned in summer, never in winter, because the wounds of a dormant "
        "tree let in silver leaf, a fungus that kills branch after branch.</p>"
        "<p>Cut out dead and crossing wood first, then thin the crown so light reaches the "
        "middle of the tree; paint nothing on the cuts, they heal best in the open air.</p>"
        "<div><a rel=\"tag\" href=\"/t/plum\">plums</a> <a rel=\"tag\" href=\"/t/fruit\">"
        "fruit trees</a> <a rel=\"tag\" href=\"/t/summer\">summer jobs</a></div>"
        "</article></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Plum trees are pruned in summer", "heal best in the open air.", NULL};
    const char *gone[] = {"fruit trees", "summer jobs", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* Tags marked by where they point, the site's own tag pages ("/tags/",
 * "/topic/"), in a definition list labelled "Tags:"; another site's topic
 * page in a list of sources stays, and so does a tag link in a sentence.
 * A paragraph that is one link classed as a related story goes. */
TEST(tag_pages_and_related_links_removed)
{
    static const char html[] =
        "<html><head><title>Pruning plums</title>"
        "<link rel='canonical' href='https://www.garden.example/2020/plums'></head><body>"
        "<article><h1>Pruning plums</h1>"
        "<p>Plum trees are pruned in summer, never in winter, because the wounds of a dormant "
        "tree let in silver leaf, a fungus that kills branch after branch.</p>"
        "<p><a class='ra-related' href='/2020/pears'>Pears want a winter cut instead</a></p>"
        "<p>Cut out dead and crossing wood first, then thin the crown so light reaches the "
        "middle; more on <a href='/tags/silver-leaf'>silver leaf</a> is in our older notes.</p>"
        "<ul><li><a href='https://other.example/topic/412/plum'>Plum</a> at the other "
        "encyclopedia</li></ul>"
        "<dl id='ra-tags'><dt>Tags:</dt><dd><a href='https://garden.example/tags/plums'>plums"
        "</a></dd><dd><a href='/topic/fruit-trees/'>fruit trees</a></dd></dl>"
        "</article></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Plum trees are pruned in summer", "more on silver leaf is in",
                          "at the other encyclopedia", NULL};
    const char *gone[] = {"Pears want", "Tags:", "fruit trees", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* Links to the site's topic pages that are no tag list stay: headings
 * linking their topic, a forum's list of other threads under the
 * sentence that introduces them, and a lone related link to another
 * site's paper under a sentence ending in a colon. */
TEST(topic_links_that_are_no_tags_stay)
{
    static const char html[] =
        "<html><head><title>Five years</title>"
        "<link rel='canonical' href='https://forum.example.org/topic/4521-boiler/'></head><body>"
        "<article><h1>Five years of the newsletter</h1>"
        "<p>Five years ago this week I sent the first issue of this newsletter to forty "
        "people, most of them friends who had signed up out of kindness.</p>"
        "<h2><a href='/topics/housing/'>Housing</a></h2>"
        "<p>By far the most read pieces were about the housing market, and in particular the "
        "series on why new homes cost so much more to build than they did.</p>"
        "<p>I found two older threads that sound like the same fault:</p>"
        "<ul><li><a href='/topic/3877-combi-boiler-losing-pressure/'>Combi boiler losing "
        "pressure overnight</a></li><li><a href='/topic/4102-expansion-vessel/'>Expansion "
        "vessel or a hidden leak?</a></li></ul>"
        "<p>The team built on earlier work on reefs that bleached again and again:</p>"
        "<p><a class='related-article' href='https://journal.example.com/a/1'>Heat-tolerant "
        "corals spread on bleached reefs</a></p>"
        "<p>That study had suggested that reefs might adapt, given time and cooler years "
        "between the heat waves, which is what the new survey set out to test.</p>"
        "</article></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Housing", "Combi boiler losing pressure", "Expansion vessel",
                          "Heat-tolerant corals", NULL};
    check(&p, keep, NULL);
    drop(&p);
}

/* The dateline before the text and a photo credit go; a date line after
 * the prose has begun (an appointment) stays, and so do years in sentences. */
TEST(dateline_and_credit_removed)
{
    page p = load(FIX "dateline.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Nach zwei Jahren Sammeln", "aus dem Jahr 1951", "23.05.2021, 10:00",
                          "Kaffee und Kuchen", NULL};
    const char *gone[] = {"17.05.2021", "Redaktion", "Gemeindearchiv", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A block of teaser cards after the story (a linked heading and an
 * excerpt each) goes; the story's own list of links stays. */
TEST(teaser_list_removed)
{
    page p = load(FIX "teaser-list.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"For three days the printed tide tables",
                          "they come straight from the gauge on the pier.",
                          "How tide tables are calculated", NULL};
    const char *gone[] = {"A new pontoon", "Lifeboat day", "Dredging of the inner basin",
                          "Continue reading", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A list before the text holding only the post's date and the "by" whose
 * name went to the byline goes, its date becoming the article's; so does a
 * donation appeal the page marks as one. A list after the prose began, and
 * years in sentences, stay. */
TEST(post_meta_list_and_appeal_removed)
{
    page p = load(FIX "post-meta.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Every Friday the evening ferry", "In 1998 the timetable",
                          "2019: the new board goes up", "by the harbour office", NULL};
    const char *gone[] = {"March 3, 2019", "depends on readers like you", "Give now", NULL};
    check(&p, keep, gone);
    OK(strncmp(p.text, "Every Friday", 12) == 0);
    /* the date removed from the text is the article's date */
    const doc_meta *m = p.art->as.article.meta;
    STR_EQ(m && m->date ? m->date : "", "2019-03-03");
    drop(&p);
}

/* A heading whose section was removed (a slider of related links) is not
 * left dangling at the end; headings followed by text stay. */
TEST(trailing_heading_removed)
{
    page p = load(FIX "related-slider.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"A colony does not sleep", "What the beekeeper can do",
                          "instead of looking inside.", NULL};
    const char *gone[] = {"More topics", "Swarms", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A breadcrumb trail over the article and the author's biography box
 * under it go: blocks the page names so, short. */
TEST(breadcrumb_and_bio_removed)
{
    page p = load(FIX "breadcrumb-bio.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"For ninety years the lighthouse", "two lines about it in his log",
                          NULL};
    const char *gone[] = {"You are here", "retired harbour master", "About Tom Ferris", NULL};
    check(&p, keep, gone);
    OK(strncmp(p.text, "For ninety years", 16) == 0);
    drop(&p);
}

/* A short post (a photograph and a caption) over a long thread of reader
 * comments: the relaxed re-readings no longer let the thread in as the
 * article. */
TEST(comment_thread_never_the_article)
{
    page p = load(FIX "comment-thread.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The weir below the mill, frozen solid", NULL};
    const char *gone[] = {"Discussion", "village walked out on the river ice", "Reply",
                          "shoeboxes in attics", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The reading time and a "Read also" box between the paragraphs go; the
 * author's own "Read more about ... here" sentence and a line that counts
 * minutes without reading stay. */
TEST(reading_time_and_read_also_removed)
{
    page p = load(FIX "read-also.html");
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The first boat through the top lock", "Read more about the repair",
                          "Simmer for 5 minutes", NULL};
    const char *gone[] = {"7 min read", "Read also", "The last lock-keeper", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* An image post has no paragraph long enough to score; the strict reading
 * finds nothing and a relaxed one would keep the page footer, whose
 * copyright lines are the only sentences on the page. The footer is not
 * prose: it never becomes the article. */
TEST(footer_never_the_article)
{
    static const char html[] =
        "<html><head><title>Lighthouse at dusk</title></head><body>"
        "<div id=\"header\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/archive\">"
        "Archive</a></li></ul></div>"
        "<div id=\"content\"><div class=\"post photo\"><img src=\"lighthouse.jpg\" "
        "alt=\"Lighthouse\"><div class=\"caption\"><p>Lighthouse at dusk.</p></div></div></div>"
        "<div id=\"footer\"><p>Copyright 2009-2020 Harbour Pictures. All rights reserved, "
        "no reuse without permission.</p><p>Theme by Somebody Else, powered by a blog host, "
        "page generated in 0.2 seconds.</p></div>"
        "</body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Lighthouse at dusk.", NULL};
    const char *gone[] = {"All rights reserved", "powered by", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A newsletter box at the end of the article (its own block, a link to
 * sign up) goes; a paragraph of the article that mentions a newsletter
 * stays. */
TEST(newsletter_signup_box_removed)
{
    static const char html[] =
        "<html><head><title>Harbour tolls</title></head><body><article><h1>Harbour tolls</h1>"
        "<p>The harbour board raised the tolls for the third time this year, and the fishermen "
        "say the landing fees now take a tenth of every catch sold at the quay.</p>"
        "<p>The board's own newsletter, sent to every subscriber in March, promised the fees "
        "would stay where they were until the new breakwater was finished.</p>"
        "<section class='catcher'><div class='catcher__title'>Pour ne rien manquer</div>"
        "<div><p>Cet article est paru dans notre newsletter. Si vous \xc3\xaates abonn\xc3\xa9, "
        "<a href='/account/newsletters'>vous pouvez vous inscrire en suivant ce lien</a>.</p>"
        "</div></section></article></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"landing fees now take a tenth", "The board's own newsletter", NULL};
    const char *gone[] = {"Pour ne rien manquer", "vous inscrire", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A navbox table's header starts with the template's "v t e" links (one
 * letter each): they go, the header's own words and the table stay. */
TEST(navbox_letter_links_removed)
{
    static const char html[] =
        "<html><head><title>Harbour towns</title></head><body><div id='content'>"
        "<h1>Harbour towns</h1><p>The coast has eleven harbour towns, and each of them keeps "
        "its own board, its own tolls and its own quarrel with the next town along.</p>"
        "<p>The boards meet twice a year, in spring and in autumn, to fix the pilotage rates "
        "that every ship entering any of the harbours must pay.</p>"
        "<table class='navbox'><tr><th colspan='2'><div class='navbar'><ul>"
        "<li><a href='/t'><abbr title='View this template'>v</abbr></a></li>"
        "<li><a href='/tt'><abbr title='Discuss this template'>t</abbr></a></li>"
        "<li><a href='/e'><abbr title='Edit this template'>e</abbr></a></li></ul></div>"
        "<div>Harbour towns of the coast</div></th></tr><tr><th>North</th><td>Wick, Thurso"
        "</td></tr><tr><th>South</th><td>Eyemouth, Dunbar</td></tr></table>"
        "</div></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Harbour towns of the coast", "Eyemouth, Dunbar", NULL};
    const char *gone[] = {"v t e", NULL};
    check(&p, keep, gone);
    OK(strstr(p.text, "\nv\n") == NULL && strncmp(p.text, "v ", 2) != 0);
    drop(&p);
}

/* "by Jane Roe / March 3, 2017 / Leave a comment" as plain text before
 * the prose: the line goes, its name and date become the metadata. */
TEST(plain_by_line_to_metadata)
{
    static const char html[] =
        "<html><head><title>Harbour tolls</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div id='content'><h2>Harbour tolls</h2><div class='post-info'>by Jane Roe / March 3, "
        "2017 / <a href='#respond'>Leave a comment</a></div>"
        "<p>The harbour board raised the tolls for the third time this year, and the fishermen "
        "say the landing fees now take a tenth of every catch sold at the quay.</p>"
        "<p>The board promised the fees would stay where they were until the new breakwater was "
        "finished, and the breakwater is not finished.</p></div></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"landing fees now take a tenth", NULL};
    const char *gone[] = {"Jane Roe", "Leave a comment", NULL};
    check(&p, keep, gone);
    const doc_meta *m = p.art->as.article.meta;
    STR_EQ(m->byline, "Jane Roe");
    STR_EQ(m->date, "2017-03-03");
    drop(&p);
}

/* Related-article cards whose headline is a div of one link (no heading
 * element), with a thumbnail, an author and date line and an excerpt. */
TEST(teaser_cards_without_headings_removed)
{
    static const char card[] =
        "<div class='card'><div class='thumb'><a href='/%d'><img src='t%d.jpg'></a></div>"
        "<div class='body'><div class='title'><a href='/%d'>%s</a></div><div class='by'>"
        "<a href='/a/%d'>Tom Mason</a> / May %d, 2016</div></div><div class='excerpt'>%s</div>"
        "</div>";
    char cards[2048], html[4096];
    int n = snprintf(cards, sizeof(cards), card, 1, 1, 1, "The lighthouse keepers", 1, 1,
                     "Three families kept the light for a century; their logbooks survive.");
    snprintf(cards + n, sizeof(cards) - (size_t)n, card, 2, 2, 2, "Salt and the quay", 2, 2,
             "How the salt trade paid for the harbour wall and then left it.");
    snprintf(html, sizeof(html),
             "<html><head><title>Harbour tolls</title></head><body><nav><a href='/'>Home</a>"
             "</nav><div id='content'><h1>Harbour tolls</h1><p>The harbour board raised the "
             "tolls for the third time this year, and the fishermen say the landing fees now "
             "take a tenth of every catch sold at the quay.</p><p>The board promised the fees "
             "would stay where they were until the new breakwater was finished, and the "
             "breakwater is not finished.</p><div class='more'><h2>More to read</h2>%s</div>"
             "</div></body></html>",
             cards);
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, strlen(html), &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"the breakwater is not finished", NULL};
    const char *gone[] = {"logbooks survive", "salt trade", "More to read", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* The article is a row of sibling blocks (a CMS grid); a figure caption
 * in its own block between two text blocks scores nothing but belongs to
 * the flow and stays; a short block after the last text block does not
 * join. */
TEST(short_block_between_text_blocks_joins)
{
    static const char para[] =
        "<p>The harbour board raised the tolls for the third time this year, and the fishermen "
        "say the landing fees now take a tenth of every catch sold at the quay, which is a "
        "lot.</p>";
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>T</title></head><body><nav><a href='/'>Home</a></nav>"
             "<div class='grid'><div class='cmp-text'>%s%s</div><div class='cmp-image'>"
             "<span class='caption'>Figure 1: the quay at low tide</span></div>"
             "<div class='cmp-text'>%s%s</div><div class='promo'>Visit the harbour shop</div>"
             "</div></body></html>",
             para, para, para, para);
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, strlen(html), &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Figure 1: the quay at low tide", NULL};
    const char *gone[] = {"harbour shop", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* Nothing on an image post scores; the entry the page marks (hAtom's
 * hentry) is the article, short as it is, and not the whole page; the
 * entry's class naming its author ("post-author-jane") does not make the
 * post a byline. */
TEST(marked_entry_when_nothing_scores)
{
    static const char html[] =
        "<html><head><title>Lighthouse 141</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div id='sidebar'><h2>Archives</h2><select><option>May 2020</option></select></div>"
        "<div id='content'><div class='post-141 comic hentry post-author-jane'>"
        "<div class='post-info'><h2>Lighthouse 141</h2><span class='post-author'>by "
        "<a href='/author/jane/'>Jane</a></span></div><div class='entry'><img src='p141.png' "
        "alt=''><p>Successor</p></div></div></div>"
        "<div id='menu'><a href='/first'>First Page</a> <a href='/prev'>Previous Page</a></div>"
        "</body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Successor", NULL};
    const char *gone[] = {"Archives", "May 2020", "Previous Page", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A link roundup: the post is a line and a list of links in the one
 * element marked "article"; the best candidate scores only from a heading
 * and the only sentences are the footer's. The marked entry is the
 * article, its list kept; the menus and the footer go. */
TEST(link_roundup_in_marked_entry)
{
    static const char html[] =
        "<html><head><title>Reviews - The Harbour News</title></head><body>"
        "<div id='left-menu'><h1>Stories of Note</h1><ul><li><a href='/1'>Tolls rise again</a>"
        "</li><li><a href='/2'>New breakwater</a></li></ul></div>"
        "<div class='content col'><h2 class='posting'>Reviews <span>[May 08, 2020, 10:59 am]"
        "</span></h2><div class='post article'>Thanks Jo.<ul>"
        "<li><a href='https://a.example/1'>The lighthouse lens, restored - Coast Weekly</a>.</li>"
        "<li><a href='https://b.example/2'>Ropes and knots for the quay - Harbour Life</a>.</li>"
        "<li><a href='https://c.example/3'>Pilot boats of the north - Sea Review</a>.</li>"
        "</ul></div><div class='more'><strong>Current Headlines:</strong><ul>"
        "<li><a href='/3'>Fish prices</a></li><li><a href='/4'>Storm warning</a></li></ul></div>"
        "</div><div class='col-12 footer-padding-bottom'><p>Copyright 1996-2020 The Harbour "
        "News. All rights reserved. All trademarks are properties of their respective owners."
        "</p><p>News software copyright 1999-2020 Somebody and The Harbour News. All rights "
        "reserved.</p></div></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Thanks Jo.", "Pilot boats of the north", NULL};
    const char *gone[] = {"Stories of Note", "Tolls rise again", "All rights reserved", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A tag list climbs to the largest block of tags and a short label, but
 * not over a paragraph of the post: a one-line comic post stays. */
TEST(tag_list_stops_at_a_paragraph)
{
    static const char html[] =
        "<html><head><title>Lighthouse 141</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div id='content'><div class='post-141 hentry'><div class='post-info'>"
        "<h2>Lighthouse 141</h2><div class='chapter'>Chapter: <a href='/c/10' rel='tag'>10</a>"
        "</div></div><div class='entry'><p>Successor</p></div></div></div></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Successor", NULL};
    const char *gone[] = {"Chapter:", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A glossary's term classed as a header ("subheaders", a heading of its
 * definition) stays with its definition: the unlikely-class rule, made
 * for page headers, would leave definitions with no names. A header box
 * outside the list still goes. */
TEST(glossary_term_classed_header_kept)
{
    static const char html[] =
        "<html><head><title>Watching systems</title></head><body>"
        "<div class='site-header'><p>Field notes from the night shift, every week in your "
        "inbox</p></div><article><h1>Watching systems</h1>"
        "<p>Teams that run large systems need words they agree on before they argue about "
        "alerts, and these are the ones this chapter uses from here on.</p><dl>"
        "<dt class='subheaders' id='probe'>Probe</dt><dd><p>A request sent from outside the "
        "system to test what a user would see, on a schedule and without warning.</p></dd>"
        "<dt class='subheaders' id='page'>Page</dt><dd><p>An alert that wakes a person, which "
        "must be rare, urgent and something that person can act on at once.</p></dd></dl>"
        "<p>With the words settled, the rest of the chapter is about when to page at all and "
        "what to do with everything that should not wake anybody.</p></article></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Probe", "Page", "A request sent from outside", NULL};
    const char *gone[] = {"Field notes from the night shift", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A share row's label, its buttons icons the book never shows, is left
 * alone on its line and goes; a sentence about sharing stays. */
TEST(share_label_removed)
{
    static const char html[] =
        "<html><head><title>Seed library</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/about'>About</a></nav><article><h1>Seed library</h1>"
        "<p>The seed library lends packets of beans and squash in spring, and asks borrowers "
        "to bring back seeds from their best plants in the autumn.</p>"
        "<p>Share this: <a href='/s/tw'><svg width='24' height='24' viewBox='0 0 24 24'>"
        "<path d='M1 1h9v9z'/></svg></a> <a href='/s/fb'><img src='fb.png' alt=''></a></p>"
        "<p>Share what you grow, the librarian says, and the library grows with it every "
        "year.</p><div><span>Teilen:</span></div></article></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"lends packets of beans", "Share what you grow", NULL};
    const char *gone[] = {"Share this", "Teilen", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A gallery the page's script fills: its list saved as empty items and
 * a "show all" control goes, with the box that held it and its title; a
 * list of real links, a list with an empty item among words, and a
 * gallery of pictures stay. */
TEST(script_gallery_removed)
{
    static const char html[] =
        "<html><head><title>Hotel secrets</title></head><body><article><h1>Hotel secrets</h1>"
        "<p>Most people go to hotels for the pleasure of sleeping in a giant bed with clean "
        "white sheets and waking up to fresh towels in the morning.</p>"
        "<div class=\"container\"><h2>Business news in pictures</h2><div class=\"images\"><ul>"
        "<li class=\"lazy\" data-original=\"a.jpg\"><a href=\"#\"><span></span></a></li>"
        "<li class=\"lazy\" data-original=\"b.jpg\"><a href=\"#\"></a></li>"
        "<li><a class=\"show-all\" href=\"#\"><span>50</span> <span>show all</span></a></li>"
        "</ul></div></div>"
        "<h3>Mini bars almost always lose money</h3>"
        "<p>Despite the snacks in the minibar seeming like the most overpriced food you have "
        "ever seen, hotel owners are still struggling to make a profit from those snacks.</p>"
        "<ul><li><a href=\"/one\">Read the first report</a></li><li></li>"
        "<li><a href=\"/two\">Read the second report</a></li></ul>"
        "<ul><li>Towels are washed daily</li><li></li><li><a href=\"#\">more</a></li></ul>"
        "<ul><li><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"A room\"></li>"
        "<li></li><li><a href=\"#\">Next</a></li></ul>"
        "<p>Old towels go to animal shelters, and the sheets are cut into rags for "
        "the cleaning crews, Sharon said, so nothing is wasted.</p>"
        "</article></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"Most people go to hotels", "Mini bars almost always lose money",
                          "Read the first report",    "Read the second report",
                          "Towels are washed daily",  "Next",
                          "so nothing is wasted.",    NULL};
    const char *gone[] = {"Business news in pictures", "show all", "50", NULL};
    check(&p, keep, gone);
    drop(&p);
    /* the same page taken whole, as a clean page is */
    ro.extract = 0;
    p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    check(&p, keep, gone);
    drop(&p);
}

/* A breadcrumb trail the page marks only with schema.org's
 * BreadcrumbList or an aria-label, not a class, goes: the two attributes
 * used to be dropped before parsing, so the check never saw them. */
TEST(breadcrumb_by_itemtype_or_aria_label)
{
    static const char html[] =
        "<html><head><title>Tides</title></head><body><article>"
        "<ol itemscope itemtype=\"https://schema.org/BreadcrumbList\"><li><a href=\"/\">Home</a>"
        "</li><li><a href=\"/coast\">Coast</a></li></ol>"
        "<h1>Tides</h1><p>The tide tables for the estuary are printed each spring by the "
        "harbour office, and every skipper keeps a copy by the wheel.</p>"
        "<div aria-label=\"Breadcrumb\"><a href=\"/\">Start</a> / <a href=\"/n\">Nautical</a></div>"
        "<p>Spring tides come twice a month, at the new and the full moon, when the sun and "
        "the moon pull together.</p></article></body></html>";
    reader_options ro = {.format = "html", .extract = 1};
    page p = page_bytes("mem.html", html, sizeof(html) - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *keep[] = {"The tide tables for the estuary", "pull together.", NULL};
    const char *gone[] = {"Home", "Coast", "Start", "Nautical", NULL};
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    RUN(short_article_keeps_strict_reading);
    RUN(tag_lists_removed);
    RUN(tag_list_without_label);
    RUN(dateline_and_credit_removed);
    RUN(teaser_list_removed);
    RUN(post_meta_list_and_appeal_removed);
    RUN(trailing_heading_removed);
    RUN(breadcrumb_and_bio_removed);
    RUN(comment_thread_never_the_article);
    RUN(reading_time_and_read_also_removed);
    RUN(footer_never_the_article);
    RUN(newsletter_signup_box_removed);
    RUN(navbox_letter_links_removed);
    RUN(plain_by_line_to_metadata);
    RUN(teaser_cards_without_headings_removed);
    RUN(short_block_between_text_blocks_joins);
    RUN(marked_entry_when_nothing_scores);
    RUN(link_roundup_in_marked_entry);
    RUN(tag_list_stops_at_a_paragraph);
    RUN(tag_pages_and_related_links_removed);
    RUN(topic_links_that_are_no_tags_stay);
    RUN(glossary_term_classed_header_kept);
    RUN(share_label_removed);
    RUN(script_gallery_removed);
    RUN(breadcrumb_by_itemtype_or_aria_label);
    return test_report();
}
