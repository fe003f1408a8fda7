/*
 * test_html_unseen11.c - rules found on an eleventh set of pages the
 * reader was not tuned on (a Linux news site, a Japanese tech blog, a
 * German science magazine, a British monthly, a news blog, the Japanese
 * edition of a developers' news site, an American politics paper, a
 * government register of clinical studies): each test builds a small
 * page showing one case, with the text or metadata that must come out
 * and the chrome that must not.
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

/* 旧橋、夏の間は車両通行止めに (the headline) */
#define JA_HEADLINE                                                                        \
    "\xe6\x97\xa7\xe6\xa9\x8b\xe3\x80\x81\xe5\xa4\x8f\xe3\x81\xae\xe9\x96\x93\xe3\x81\xaf" \
    "\xe8\xbb\x8a\xe4\xb8\xa1\xe9\x80\x9a\xe8\xa1\x8c\xe6\xad\xa2\xe3\x82\x81\xe3\x81\xab"
/* 港湾ニュース (the site's name) */
#define JA_SITE "\xe6\xb8\xaf\xe6\xb9\xbe\xe3\x83\x8b\xe3\x83\xa5\xe3\x83\xbc\xe3\x82\xb9"
/* 市議会は火曜日、旧橋を夏の間車両通行止めにすることを決めた。 */
#define JA_PARA                                                                            \
    "\xe5\xb8\x82\xe8\xad\xb0\xe4\xbc\x9a\xe3\x81\xaf\xe7\x81\xab\xe6\x9b\x9c\xe6\x97\xa5" \
    "\xe3\x80\x81\xe6\x97\xa7\xe6\xa9\x8b\xe3\x82\x92\xe5\xa4\x8f\xe3\x81\xae\xe9\x96\x93" \
    "\xe8\xbb\x8a\xe4\xb8\xa1\xe9\x80\x9a\xe8\xa1\x8c\xe6\xad\xa2\xe3\x82\x81\xe3\x81\xab" \
    "\xe3\x81\x99\xe3\x82\x8b\xe3\x81\x93\xe3\x81\xa8\xe3\x82\x92\xe6\xb1\xba\xe3\x82\x81" \
    "\xe3\x81\x9f\xe3\x80\x82"

/* A Japanese <title> sets the site's name after a full-width hyphen or
 * bar ("見出し － サイト名", "見出し｜サイト名"); the page's one h1 is the
 * headline before it, so the h1 is the title. */
TEST(fullwidth_title_separator)
{
    static const char *const seps[] = {" \xef\xbc\x8d ", "\xef\xbd\x9c", NULL};
    for (size_t i = 0; seps[i]; i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html lang='ja'><head><title>%s%s%s</title></head><body>"
                 "<div id='maincol'><h1>%s</h1><div class='pubdate'>2019\xe5\xb9\xb4"
                 "4\xe6\x9c\x88" "4\xe6\x97\xa5</div><p>%s</p><p>%s</p><p>%s</p></div>"
                 "</body></html>",
                 JA_HEADLINE, seps[i], JA_SITE, JA_HEADLINE, JA_PARA, JA_PARA, JA_PARA);
        page p = from(html);
        INT_EQ(p.rc, 0);
        STR_EQ(meta(&p)->title, JA_HEADLINE);
        drop(&p);
    }
}

/* A news site marks where an advertisement breaks into the story with a
 * line of its own ("Story Continued Below"); the mark goes, and so does
 * its German form. A sentence of the story that says what follows below
 * is longer and stays. */
TEST(ad_break_mark_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
             "<h1>Bridge closed</h1><p>The council voted on Tuesday to close the old bridge to "
             "cars for the summer, after engineers found that two supports had worn.</p>"
             "<p class='story-continued'>Story Continued Below</p>"
             "<div class='ad-slot'></div>%s<p>Weiterlesen nach der Anzeige</p>"
             "<p>The full list of the closed roads and the ferry times continues below, as "
             "the council published it on Tuesday.</p></article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Cyclists and people on foot",
                                       "The full list of the closed roads", NULL};
    static const char *const gone[] = {"Story Continued Below", "Weiterlesen", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A translated story opens with a link to the original, dated ("Original:
 * 2019/02/16"): the line goes as a dateline would, but its date is the
 * original's. The page's own day, printed under its headline, is the
 * date. */
TEST(linked_dateline_not_page_date)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<header><h1>Bridge closed</h1><p class='when'>27 February 2019</p></header>"
             "<article><p><a href='https://example.org/en/news/bridge'><em>Original: 2019/02/16</em>"
             "</a></p>%s</article></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->date, "2019-02-27");
    OK(strstr(p.text, "Original:") == NULL);
    OK(strstr(p.text, "Cyclists and people on foot") != NULL);
    drop(&p);
}

/* Under a post, a line names its category and tags: a label ("Category",
 * "Tags:", "カテゴリ", "タグ") and links, whatever their addresses (a
 * search by tag, a section's page). The line goes; an item that says more
 * than the label and its links stays. */
TEST(labelled_topic_lines_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<div id='maincol'><h1>Bridge closed</h1>%s"
             "<ul><li>Tags are kept short: see <a href='/help/tags'>the guide</a> for "
             "how.</li></ul>"
             "<ul><li>Category <a href='/city-roads/'>City roads</a></li>"
             "<li>Tags: <a href='/cgi/search.cgi?tag=Bridges'>Bridges</a>, "
             "<a href='/cgi/search.cgi?tag=Ferries'>Ferries</a></li>"
             "<li>\xe3\x82\xbf\xe3\x82\xb0 <a href='/s?tag=1'>Harbour</a>\xe3\x80\x81"
             "<a href='/s?tag=2'>Council</a></li></ul></div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Cyclists and people on foot", "Tags are kept short",
                                       NULL};
    static const char *const gone[] = {"City roads", "Bridges", "Harbour", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* After a post, links to the posts beside it under a label ("≫次の記事",
 * "« Previous post:", "Next post"), set loose after the text or as a
 * block: label and link go together. A sentence that starts with the
 * same words and says more stays. */
TEST(adjacent_post_links_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<div id='maincol'><h1>Bridge closed</h1>%s"
             "<p>Next post office to open is the one by the harbour, as <a href='/map'>the "
             "map</a> shows.</p>"
             "<em>\xe2\x89\xab\xe6\xac\xa1\xe3\x81\xae\xe8\xa8\x98\xe4\xba\x8b</em><br>"
             "<a href='/p/41'>Ferry timetable for the summer</a><br><br>"
             "<em>\xe2\x89\xaa\xe5\x89\x8d\xe3\x81\xae\xe8\xa8\x98\xe4\xba\x8b</em><br>"
             "<a href='/p/39'>Engineers inspect the old supports</a>"
             "<p>\xc2\xab Previous post: <a href='/p/38'>Council budget agreed</a></p>"
             "<div class='nav-next'><a href='/p/42'>Next post: Harbour festival</a></div>"
             "</div></body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Cyclists and people on foot", "Next post office", NULL};
    static const char *const gone[] = {"Ferry timetable", "Engineers inspect",
                                       "Council budget", "Harbour festival", NULL};
    check(&p, keep, gone);
    drop(&p);
}

/* A news page sets the story's series over its headline as one short
 * link ("<p class=category><a>Harbour Watch</a></p><h1>"): that kicker
 * goes with the headline, it is no paragraph of the story. */
TEST(kicker_over_headline_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed to cars - Harbour Post</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<div class='story'><header><p class='category'><a href='/series/harbour-watch'>"
             "Harbour Watch</a></p><h1>Bridge closed to cars</h1></header>%s</div>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "Bridge closed to cars");
    OK(strstr(p.text, "Harbour Watch") == NULL);
    OK(strncmp(p.text, "The council voted", 17) == 0);
    drop(&p);
}

/* A monthly notes the print issue a story ran in, under its headline or
 * after its text ("Published in March 2019 issue of Harbour Monthly",
 * "This article appears in the April 2019 print edition"): the note goes.
 * A line of the story that starts the same way but names no issue stays. */
TEST(print_issue_note_removed)
{
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Bridge closed</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             "<article><h1>Bridge closed</h1><p>Published in <a href='/issues/2019-03'>March "
             "2019</a> issue of Harbour Monthly</p>%s"
             "<p>Published in 1890, the bridge's plans were lost for a century.</p>"
             "<p>This article appears in the April 2019 print edition.</p></article>"
             "</body></html>",
             body);
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Cyclists and people on foot", "Published in 1890",
                                       NULL};
    static const char *const gone[] = {"Harbour Monthly", "print edition", NULL};
    check(&p, keep, gone);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(fullwidth_title_separator);
    RUN(ad_break_mark_removed);
    RUN(linked_dateline_not_page_date);
    RUN(labelled_topic_lines_removed);
    RUN(adjacent_post_links_removed);
    RUN(kicker_over_headline_removed);
    RUN(print_issue_note_removed);
    return test_report();
}
