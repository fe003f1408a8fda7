/*
 * test_html_unseen19.c - rules found on a nineteenth set of pages the
 * reader was not tuned on (a programming journal's article, a register's
 * study record, a news digest): each test builds a small page showing one
 * case, with the text that must come out and the chrome that must not.
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

/* A journal's article sets each code listing in a table its stylesheet
 * names a side box ("<table class=sidebartable><tr><td><pre>...</pre>
 * </td></tr><tr><td class=title>Listing 1</td></tr></table>"): program
 * text is the most of it and it links nowhere, so it is the article's
 * listing and stays, "sidebar" or not. A real side box of links beside
 * the article still goes, and so does a reader's comment holding code. */
TEST(code_listing_in_side_box_kept)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Defining the bridge model</title></head><body>"
             "<div id='col1'><div class='sidebar'><h3>Menu</h3><ul><li><a href='/a'>Journals"
             "</a></li><li><a href='/b'>Book reviews</a></li><li><a href='/c'>Local groups"
             "</a></li></ul></div></div><div id='col3'><div class='article-content'>"
             "<h1>Defining the bridge model</h1>%s"
             "<p>Listing 1 shows how the model is declared in the program.</p>"
             "<table class='sidebartable'><tr><td><pre class='programlisting'>\n"
             "struct bridge {\n  int supports;\n  double wear;\n};\n"
             "int bridge_open(const struct bridge *b);\n</pre></td></tr>"
             "<tr><td class='title'>Listing 1</td></tr></table>%s"
             "<div class='comment'><pre>\nint my_bridge_hack(void) { return reopen_now(); }\n"
             "</pre></div></div></div></body></html>",
             body, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "int bridge_open(const struct bridge *b);") != NULL);
    OK(strstr(p.text, "Listing 1\n") != NULL);
    OK(strstr(p.text, "Book reviews") == NULL);
    OK(strstr(p.text, "my_bridge_hack") == NULL); /* a reader's comment, code or not */
    drop(&p);
}

/* A register's record declares as its title the page's one h1 with a
 * label and then the site's host name after it ("Bridge repairs in the
 * old town - Full Text View - Example.org"): the last part names the
 * site, so the label before it is the site's too, and the h1 is the
 * title. A declared title whose last part is no host name stays whole. */
TEST(declared_title_label_then_host)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge repairs in the old town - Full Text View - "
             "Example.org</title><meta property='og:title' content='Bridge repairs in the "
             "old town - Full Text View - Example.org'></head><body><main><h1>Bridge repairs "
             "in the old town</h1>%s</main></body></html>",
             body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Bridge repairs in the old town");
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Bridge repairs in the old town - Part Two - The Courier"
             "</title><meta property='og:title' content='Bridge repairs in the old town - "
             "Part Two - The Courier'></head><body><main><h1>Bridge repairs in the old town"
             "</h1>%s</main></body></html>",
             body);
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Bridge repairs in the old town - Part Two - The Courier");
    drop(&p);
}

/* A record updated since it was first put up prints both days under
 * labels ("First Posted : November 19, 2018" and "Last Update Posted :
 * November 21, 2018"): the first is the record's date. */
TEST(first_posted_label_date)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge repairs</title></head><body><main>"
             "<h1>Bridge repairs in the old town</h1><table><tr><td><div class='status'>"
             "<span class='term'>Status <i class='fa'></i></span> : Completed"
             "<div><span class='term'>First Posted <i class='fa'></i></span> : November 19, "
             "2018</div><div><span class='term'>Last Update Posted <i class='fa'></i></span>"
             " : November 21, 2018</div></div></td></tr></table>%s</main></body></html>",
             body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2018-11-19");
    drop(&p);
}

/* A news digest follows each part with the stories it sums up, their
 * headlines as bare links one to a source line between the paragraphs
 * ("<p>...</p><a href=..>Ferry timetable changes (4/4)</a>\n<a href=..>
 * Bridge reopening date set (4/5)</a><h2>"): with nothing but the line
 * break between them they are a list, each its own line, not one run-on
 * sentence. Links with words between them, or on one line, stay in one
 * paragraph as prose has them. */
TEST(headline_links_one_per_line)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The week in the town</title></head><body><main>"
             "<h1>The week in the town</h1><div class='article_body'>%s"
             "<a href='/a/1' class='t_link'>Ferry timetable changes for the summer (4/4)</a>\n"
             "<a href='/a/2' class='t_link'>Bridge reopening date set for October (4/5)</a>\n"
             "<h2>Elsewhere</h2>%s"
             "<a href='/a/3'>Council budget</a> and <a href='/a/4'>the harbour plan</a>\n"
             "<a href='/a/5'>Market day</a> <a href='/a/6'>moves</a>"
             "</div></main></body></html>",
             body, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "for the summer (4/4)\n") != NULL);
    OK(strstr(p.text, "\nBridge reopening date set for October (4/5)") != NULL);
    OK(strstr(p.text, "Council budget and the harbour plan") != NULL);
    OK(strstr(p.text, "Market day moves") != NULL);
    drop(&p);

    /* the same in a page with no <main>, where the reader finds the
       article by its scores and wraps the loose links itself */
    snprintf(html, sizeof(html),
             "<html><head><title>The week in the town</title></head><body>"
             "<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
             "<div class='story'><h1>The week in the town</h1><div class='body'>%s"
             "<a href='/a/1' class='t_link'>Ferry timetable changes for the summer (4/4)</a>\n"
             "<a href='/a/2' class='t_link'>Bridge reopening date set for October (4/5)</a>\n"
             "<h2>Elsewhere</h2>%s</div></div></body></html>",
             body, body);
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "for the summer (4/4)\n") != NULL);
    OK(strstr(p.text, "\nBridge reopening date set for October (4/5)") != NULL);
    drop(&p);
}

int
main(void)
{
    RUN(code_listing_in_side_box_kept);
    RUN(declared_title_label_then_host);
    RUN(first_posted_label_date);
    RUN(headline_links_one_per_line);
    return test_report();
}
