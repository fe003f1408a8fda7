/*
 * test_html_toc.c - a page's own table of contents (page_contents.c) leaves the
 * article: the book's contents and outline list its sections already. A
 * block of links to the page's own places goes with its title; the
 * sections it pointed to stay, as do a list of references (back-links
 * are a few characters of it), a paragraph citing notes, and a block of
 * in-page links that is most of the article.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"

#define PROSE(w)                                                                              \
    "<p>The " w " of the valley was settled slowly, one farm at a time, and each farm kept "  \
    "its own records of the weather, the harvest and the prices paid at the market.</p>"     \
    "<p>Those records, kept in the parish for two centuries, are how we know what the " w   \
    " looked like before the railway came, and why the villages grew where they did.</p>"

static const char page_html[] =
    "<html><head><title>The valley</title></head><body><article>"
    "<h1>The valley</h1>" PROSE("north")
    "<div id=\"toc\" class=\"toc\"><h2>Contents</h2><ul>"
    "<li><a href=\"#Farms\"><span>1</span> <span>Farms</span></a>"
    "<ul><li><a href=\"#Records\"><span>1.1</span> <span>Records</span></a></li></ul></li>"
    "<li><a href=\"#Railway\"><span>2</span> <span>Railway</span></a></li>"
    "<li><a href=\"#Notes\"><span>3</span> <span>Notes</span></a></li></ul></div>"
    "<h2 id=\"Farms\">Farms</h2>" PROSE("south")
    "<h3 id=\"Records\">Records</h3>" PROSE("east")
    "<h2 id=\"Railway\">Railway</h2>"
    "<p>The line opened in 1871.<sup id=\"r1\"><a href=\"#n1\">[1]</a></sup>"
    "<sup id=\"r2\"><a href=\"#n2\">[2]</a></sup><sup id=\"r3\"><a href=\"#n3\">[3]</a></sup> "
    "It carried milk to the city every morning for ninety years.</p>" PROSE("west")
    "<h2 id=\"Notes\">Notes</h2><ol>"
    "<li id=\"n1\"><a href=\"#r1\">^</a> Parish records, volume two, on the opening day.</li>"
    "<li id=\"n2\"><a href=\"#r2\">^</a> The company's own timetable for the first summer.</li>"
    "<li id=\"n3\"><a href=\"#r3\">^</a> A letter from the stationmaster to his brother.</li>"
    "</ol></article></body></html>";

TEST(page_contents_removed)
{
    reader_options ro = {.extract = -1};
    page p = page_bytes("valley.html", page_html, sizeof page_html - 1, &ro);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Contents") == NULL);
    OK(strstr(p.text, "1.1") == NULL);
    /* the sections, the citing paragraph and the notes stay */
    OK(strstr(p.text, "Farms") != NULL);
    OK(strstr(p.text, "Records") != NULL);
    OK(strstr(p.text, "The line opened in 1871.") != NULL);
    OK(strstr(p.text, "[3]") != NULL);
    OK(strstr(p.text, "A letter from the stationmaster to his brother.") != NULL);
    drop(&p);
}

/* A contents box that folds (<details>, its title the <summary>) goes
 * whole: its title is not left behind over nothing. */
TEST(folding_contents_removed)
{
    static const char html[] =
        "<html><head><title>The valley</title></head><body><article>"
        "<h1>The valley</h1>" PROSE(
            "north") "<details class=\"toc-container\" open><summary>Table of Contents</summary>"
                     "<div class=\"toc\"><ul><li><a href=\"#Farms\">Farms</a></li>"
                     "<li><a href=\"#Records\">Records</a></li><li><a "
                     "href=\"#Railway\">Railway</a></li>"
                     "</ul></div></details>"
                     "<h2 id=\"Farms\">Farms</h2>" PROSE("south") "<h2 "
                                                                  "id=\"Records\">Records</"
                                                                  "h2>" PROSE("east") "<h2 "
                                                                                      "id="
                                                                                      "\"Railway\">"
                                                                                      "Railway</"
                                                                                      "h2>" PROSE(
                                                                                          "west") "</article></body></html>";
    reader_options ro = {.extract = -1};
    page p = page_bytes("valley.html", html, sizeof html - 1, &ro);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Table of Contents") == NULL);
    OK(strstr(p.text, "Railway") != NULL);
    OK(strstr(p.text, "The west of the valley") != NULL);
    drop(&p);
}

/* The marks and the items linking back to them are a page's footnotes:
 * they become notes (readers/html/notes.c) labelled with the page's marks,
 * the back-links and the emptied "Notes" section go, and the text export
 * still cites [1]. */
TEST(footnote_pairs_become_notes)
{
    reader_options ro = {.extract = -1};
    page p = page_bytes("valley.html", page_html, sizeof page_html - 1, &ro);
    INT_EQ(p.rc, 0);
    OK(strstr(p.tree, "note_ref label=1") != NULL);
    OK(strstr(p.tree, "note_ref label=3") != NULL);
    OK(strstr(p.tree, "note\n") != NULL || strstr(p.tree, "note ") != NULL);
    OK(strstr(p.text, "^") == NULL);
    OK(strstr(p.text, "[1]") != NULL);
    OK(strstr(p.tree, "text \"Notes\"") == NULL);
    size_t defs = 0;
    for (doc_node *n = p.art ? p.art->first_child : NULL; n; n = n->next)
        defs += n->type == DOC_NOTE_DEF;
    INT_EQ(defs, 3);
    drop(&p);
}

/* An index page: its in-page links are most of what it says. */
static const char index_html[] =
    "<html><head><title>Index</title></head><body><article><h1>Index</h1><ul>"
    "<li><a href=\"#a\">Apples and pears of the northern orchards</a></li>"
    "<li><a href=\"#b\">Barley, oats and the mills on the river</a></li>"
    "<li><a href=\"#c\">Cattle markets of the eastern parishes</a></li>"
    "<li><a href=\"#d\">Dairies, cheese and the morning milk train</a></li>"
    "</ul><p id=\"a\">Apples.</p><p id=\"b\">Barley.</p></article></body></html>";

TEST(index_page_kept)
{
    reader_options ro = {.extract = -1};
    page p = page_bytes("index.html", index_html, sizeof index_html - 1, &ro);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Cattle markets of the eastern parishes") != NULL);
    drop(&p);
}

/* Two lists of notes, cited interleaved: the notes keep the page's order
 * (its "Notes" n 1, n 2, then its "References" 1, 2), not the order of
 * first citation, which would mix the two groups. */
static const char groups_html[] =
    "<html><head><title>Groups</title></head><body><article><h1>Groups</h1>" PROSE("north")
    "<p>The mill burned in 1820.<sup id=\"c1\"><a href=\"#r1\">[1]</a></sup> "
    "It was rebuilt in stone.<sup id=\"c2\"><a href=\"#nA\">[n 1]</a></sup> "
    "The new wheel came from Leeds.<sup id=\"c3\"><a href=\"#r2\">[2]</a></sup> "
    "The miller's son kept it.<sup id=\"c4\"><a href=\"#nB\">[n 2]</a></sup></p>" PROSE("west")
    "<h2>Notes</h2><ol>"
    "<li id=\"nA\"><a href=\"#c2\">^</a> NoteA: the stone came from the quarry above.</li>"
    "<li id=\"nB\"><a href=\"#c4\">^</a> NoteB: he kept it until the flood of 1866.</li>"
    "</ol><h2>References</h2><ol>"
    "<li id=\"r1\"><a href=\"#c1\">^</a> RefOne: the county fire register.</li>"
    "<li id=\"r2\"><a href=\"#c3\">^</a> RefTwo: the ironworks' order book.</li>"
    "</ol></article></body></html>";

TEST(note_groups_keep_page_order)
{
    reader_options ro = {.extract = -1};
    page p = page_bytes("groups.html", groups_html, sizeof groups_html - 1, &ro);
    INT_EQ(p.rc, 0);
    const char *want[] = {"NoteA", "NoteB", "RefOne", "RefTwo"};
    const char *labels[] = {"n 1", "n 2", "1", "2"};
    size_t k = 0;
    for (doc_node *n = p.art ? p.art->first_child : NULL; n; n = n->next) {
        if (n->type != DOC_NOTE_DEF)
            continue;
        OK(k < 4);
        if (k >= 4)
            break;
        char *t = n->first_child ? doc_text_of(p.a, n->first_child) : "";
        OK(strstr(t, want[k]) != NULL);
        STR_EQ(n->as.note.label, labels[k]);
        k++;
    }
    INT_EQ(k, 4);
    drop(&p);
}

/* A saved page whose in-page links carry the page's full address (and no
 * canonical address to say it is this page): the address most of its
 * links to its own ids use is its own, so its footnotes are still notes.
 * Two links to another page whose fragments happen to match ids here
 * stay links to that page. */
static const char absolute_html[] =
    "<html><head><title>Mills</title></head><body><article><h1>Mills</h1>" PROSE("north")
    "<p>The mill burned in 1820.<sup id=\"c1\"><a href=\"https://w.example/wiki/Mills#r1\">[1]"
    "</a></sup> It was rebuilt in stone.<sup id=\"c2\"><a href=\"https://w.example/wiki/Mills#r2\">"
    "[2]</a></sup> See <a href=\"https://w.example/wiki/Weirs#c1\">weirs</a> and "
    "<a href=\"https://w.example/wiki/Weirs#c2\">sluices</a>.</p>" PROSE("west")
    "<h2>References</h2><ol>"
    "<li id=\"r1\"><a href=\"http://w.example/wiki/Mills/#c1\">^</a> RefOne: the fire register.</li>"
    "<li id=\"r2\"><a href=\"https://w.example/wiki/Mills#c2\">^</a> RefTwo: the order book.</li>"
    "</ol></article></body></html>";

TEST(absolute_self_links_are_in_page)
{
    reader_options ro = {.extract = -1};
    page p = page_bytes("mills.html", absolute_html, sizeof absolute_html - 1, &ro);
    INT_EQ(p.rc, 0);
    OK(strstr(p.tree, "note_ref label=1") != NULL);
    OK(strstr(p.tree, "note_ref label=2") != NULL);
    OK(strstr(p.text, "^") == NULL);
    OK(strstr(p.tree, "https://w.example/wiki/Weirs#c1") != NULL);
    OK(strstr(p.tree, "https://w.example/wiki/Weirs#c2") != NULL);
    drop(&p);
}

/* Footnotes set as paragraphs (O'Reilly's HTMLBook: <p data-type=footnote>
 * with a back-link holding the number) are notes too; a paragraph the
 * text links to without a back-link stays where it is. */
static const char para_notes_html[] =
    "<html><head><title>Alerts</title></head><body><article><h1>Alerts</h1>" PROSE("north")
    "<p>Pages that nobody reads<sup><a id=\"m1\" href=\"#f1\">22</a></sup> wear people out, "
    "and the tail<sup><a id=\"m2\" href=\"#f2\">23</a></sup> hides the slow requests. See "
    "<a href=\"#keep\">[9]</a>.</p>" PROSE("west")
    "<p id=\"keep\">KeepMe: a paragraph linked to, with no way back.</p>"
    "<div class=\"footnotes\">"
    "<p id=\"f1\"><sup><a href=\"#m1\">22</a></sup>NoteOne: known as alert spam.</p>"
    "<p id=\"f2\"><sup><a href=\"#m2\">23</a></sup>NoteTwo: measure the distribution.</p>"
    "</div></article></body></html>";

TEST(paragraph_footnotes_become_notes)
{
    reader_options ro = {.extract = -1};
    page p = page_bytes("alerts.html", para_notes_html, sizeof para_notes_html - 1, &ro);
    INT_EQ(p.rc, 0);
    OK(strstr(p.tree, "note_ref label=22") != NULL);
    OK(strstr(p.tree, "note_ref label=23") != NULL);
    size_t defs = 0;
    bool one = false, keep_in_text = false;
    for (doc_node *n = p.art ? p.art->first_child : NULL; n; n = n->next) {
        char *t = n->first_child ? doc_text_of(p.a, n->first_child) : "";
        if (n->type == DOC_NOTE_DEF) {
            defs++;
            one |= strcmp(t, "NoteOne: known as alert spam.") == 0; /* its "22" gone */
        } else if (n->type == DOC_PARA && strstr(doc_text_of(p.a, n), "KeepMe")) {
            keep_in_text = true;
        }
    }
    INT_EQ(defs, 2);
    OK(one);
    OK(keep_in_text);
    OK(strstr(p.text, "[9]") != NULL);
    drop(&p);
}

/* Substack's footnotes: each a <div> of the number (the back-link) and
 * the note's own paragraphs. The tree keeps no such container: the
 * paragraphs after a bare number are its note, up to the next one. */
static const char div_notes_html[] =
    "<html><head><title>Sub</title></head><body><article><h1>Sub</h1>" PROSE("north")
    "<p>The mill burned.<a class=\"footnote-anchor\" id=\"fa-1\" href=\"#fn-1\">1</a> It was "
    "rebuilt.<a class=\"footnote-anchor\" id=\"fa-2\" href=\"#fn-2\">2</a></p>" PROSE("west")
    "<div class=\"footnote\"><a id=\"fn-1\" href=\"#fa-1\" class=\"footnote-number\">1</a>"
    "<div class=\"footnote-content\"><p>NoteOne: the fire register.</p></div></div>"
    "<div class=\"footnote\"><a id=\"fn-2\" href=\"#fa-2\" class=\"footnote-number\">2</a>"
    "<div class=\"footnote-content\"><p>NoteTwo: the order book.</p><p>NoteTwoMore.</p></div>"
    "</div></article></body></html>";

TEST(div_footnotes_become_notes)
{
    reader_options ro = {.extract = -1};
    page p = page_bytes("sub.html", div_notes_html, sizeof div_notes_html - 1, &ro);
    INT_EQ(p.rc, 0);
    const doc_node *defs[3] = {NULL, NULL, NULL};
    size_t k = 0;
    for (doc_node *n = p.art ? p.art->first_child : NULL; n; n = n->next) {
        if (n->type == DOC_NOTE_DEF && k < 3)
            defs[k++] = n;
        else if (n->type != DOC_NOTE_DEF)
            OK(strstr(doc_text_of(p.a, n), "Note") == NULL); /* none left in the text */
    }
    INT_EQ(k, 2);
    if (k == 2) {
        STR_EQ(doc_text_of(p.a, defs[0]->first_child), "NoteOne: the fire register.");
        OK(defs[1]->first_child && defs[1]->first_child->next &&
           strcmp(doc_text_of(p.a, defs[1]->first_child->next), "NoteTwoMore.") == 0);
    }
    drop(&p);
}

/* Footnotes without back-links: a list each item of which a mark before
 * it cites is a list of notes; a list one item of which no mark cites
 * (a bibliography the text cites from) stays a list. */
static const char noback_html[] =
    "<html><head><title>Kilns</title></head><body><article><h1>Kilns</h1>" PROSE("north")
    "<p>The kiln was fired weekly.<a href=\"#k1\">1</a> Its chimney fell in 1901."
    "<a href=\"#k2\">2</a> See also the survey.<a href=\"#b1\">[A]</a></p>" PROSE("west")
    "<h2>Notes</h2><ol><li id=\"k1\">NoteK1: the firing book.</li>"
    "<li id=\"k2\">NoteK2: the parish magazine.</li></ol>"
    "<h2>Sources</h2><ul><li id=\"b1\">SourceB1: the county survey.</li>"
    "<li id=\"b2\">SourceB2: the brickmakers' guild rolls.</li></ul>"
    "</article></body></html>";

TEST(footnotes_without_backlinks)
{
    reader_options ro = {.extract = -1};
    page p = page_bytes("kilns.html", noback_html, sizeof noback_html - 1, &ro);
    INT_EQ(p.rc, 0);
    OK(strstr(p.tree, "note_ref label=1") != NULL);
    OK(strstr(p.tree, "note_ref label=2") != NULL);
    OK(strstr(p.tree, "note_ref label=A") == NULL); /* its list stays */
    size_t defs = 0;
    bool b1_in_list = false;
    for (doc_node *n = p.art ? p.art->first_child : NULL; n; n = n->next) {
        defs += n->type == DOC_NOTE_DEF;
        if (n->type == DOC_LIST && strstr(doc_text_of(p.a, n), "SourceB1"))
            b1_in_list = true;
    }
    INT_EQ(defs, 2);
    OK(b1_in_list);
    OK(strstr(p.tree, "text \"Notes\"") == NULL); /* its emptied section goes */
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(page_contents_removed);
    RUN(folding_contents_removed);
    RUN(index_page_kept);
    RUN(footnote_pairs_become_notes);
    RUN(note_groups_keep_page_order);
    RUN(absolute_self_links_are_in_page);
    RUN(paragraph_footnotes_become_notes);
    RUN(div_footnotes_become_notes);
    RUN(footnotes_without_backlinks);
    return test_report();
}
