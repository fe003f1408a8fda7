/*
 * test_html_wayback.c - pages saved from the Wayback Machine: the
 * archive's toolbar and print line are no part of the article, and the
 * addresses it rewrote ("https://web.archive.org/web/2023.../https://...")
 * are the page's own again: its source, its links, a link resolved
 * against its address. A page the archive did not frame keeps its links
 * to archived copies.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"

static const char story[] =
    "<main><article><h1>Bridge closed to cars</h1><p class='byline'>By Jane Roe</p>"
    "<time datetime='2017-03-09'>March 9, 2017</time>"
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, after "
    "engineers found that two of its supports had worn far more than expected, as the "
    "<a href='%s'>engineers' report</a> shows.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run every "
    "twenty minutes until the repairs are done, the council said in <a href='%s'>a "
    "statement</a>.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic, <a href='minutes.html'>the minutes</a> "
    "say.</p></article></main>";

static page
read_html(const char *html)
{
    reader_options ro = {.format = "html", .extract = -1};
    return page_bytes("bridge.html", html, strlen(html), &ro);
}

/* As sheaf reads a saved page from its file. */

/* Today's frame: scripts and style sheets from the archive, a toolbar
 * the scripts fill, the print line, every address through the archive. */
TEST(framed_page_is_the_original)
{
    char body[4096], html[8192];
    snprintf(body, sizeof body, story,
             "https://web.archive.org/web/20230101000000/https://example.org/report",
             "/web/20230101000000/http:/council.example.gov/statement");
    snprintf(html, sizeof html,
             "<!DOCTYPE html><html><head>"
             "<script src='//archive.org/includes/athena.js'></script>"
             "<link rel='stylesheet' href='https://web-static.archive.org/_static/css/"
             "banner-styles.css'>\n<!-- End Wayback Rewrite JS Include -->\n"
             "<title>Bridge closed to cars | City News</title>"
             "<link rel='canonical' href='https://web.archive.org/web/20230101000000/"
             "https://citynews.example.com/2017/03/bridge-closed'>"
             "</head><body>\n<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n"
             "<div id='wm-ipp-base' lang='en' style='display:block'><div id='wm-ipp'>"
             "<div id='wm-ipp-inside'><a href='/web/'>Wayback Machine</a>"
             "<a href='/web/20221201000000*/https://citynews.example.com/'>12 captures</a>"
             "<div>COLLECTED BY</div>Organization: Internet Archive. About this capture"
             "</div></div></div>"
             "<div id='wm-ipp-print'>The Wayback Machine - https://web.archive.org/web/"
             "20230101000000/https://citynews.example.com/2017/03/bridge-closed</div>\n"
             "<!-- END WAYBACK TOOLBAR INSERT -->\n%s</body></html>",
             body);
    page p = read_html(html);
    INT_EQ(p.rc, 0);
    const doc_meta *m = p.art ? p.art->as.article.meta : NULL;
    OK(m && m->source && !strcmp(m->source, "https://citynews.example.com/2017/03/bridge-closed"));
    OK(strstr(p.tree, "link href=\"https://example.org/report\"") != NULL);
    OK(strstr(p.tree, "link href=\"http://council.example.gov/statement\"") != NULL);
    OK(strstr(p.tree, "link href=\"https://citynews.example.com/2017/03/minutes.html\"") != NULL);
    OK(strstr(p.tree, "archive.org") == NULL);
    OK(strstr(p.text, "Wayback") == NULL);
    OK(strstr(p.text, "captures") == NULL);
    OK(strstr(p.text, "engineers' report") != NULL);
    drop(&p);
}

/* An older frame: the toolbar inline and hidden, addresses relative to
 * the archive, no marker but the toolbar's id once comments are gone. */
TEST(older_frame)
{
    char body[4096], html[8192];
    snprintf(body, sizeof body, story, "/web/20150322034217/http://example.org/report",
             "/web/20150322034217/council.example.gov/statement");
    snprintf(html, sizeof html,
             "<html><head><title>Bridge closed to cars</title></head><body>"
             "<div id='wm-ipp' lang='en' style='display:none;'><div style='position:fixed'>"
             "<table><tr><td><a href='/web/20120624051403/http://example.org/'>JUN</a></td>"
             "<td>11 captures</td></tr></table></div></div>%s</body></html>",
             body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.tree, "link href=\"http://example.org/report\"") != NULL);
    OK(strstr(p.tree, "link href=\"http://council.example.gov/statement\"") != NULL);
    OK(strstr(p.text, "captures") == NULL);
    drop(&p);
}

/* An article citing an archived copy on purpose keeps the citation. */
TEST(unframed_page_keeps_archive_links)
{
    char body[4096], html[8192];
    snprintf(body, sizeof body, story,
             "https://web.archive.org/web/20230101000000/https://example.org/report",
             "https://council.example.gov/statement");
    snprintf(html, sizeof html,
             "<html><head><title>Bridge closed to cars</title>"
             "<link rel='canonical' href='https://citynews.example.com/bridge'></head>"
             "<body>%s</body></html>",
             body);
    page p = read_html(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.tree, "link href=\"https://web.archive.org/web/20230101000000/https://example.org/"
                      "report\"") != NULL);
    drop(&p);
    /* an element the archive's banner shares its id with ("donato") tells
       no frame: the page keeps its links to the archive */
    snprintf(html, sizeof html,
             "<html><head><title>Bridge closed to cars</title></head><body>%s"
             "<section id='donato'><h2>Donato</h2><p>Donato, the eldest son, left for America in "
             "1923 and never came back, but wrote home every month.</p></section></body></html>",
             body);
    p = read_html(html);
    OK(strstr(p.tree, "web.archive.org/web/20230101000000/https://example.org/report") != NULL);
    drop(&p);
}

int
main(void)
{
    RUN(framed_page_is_the_original);
    RUN(older_frame);
    RUN(unframed_page_keeps_archive_links);
    return test_report();
}
