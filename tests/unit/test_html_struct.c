/*
 * test_html_struct.c - the structure of saved pages that must reach the
 * book: the places in-page links aim at (ids on paragraphs, items,
 * headings, tables, inline anchors), table cells that span columns and
 * rows, a linked picture in a list item, MediaWiki's [edit] links. Each
 * page (tests/fixtures/html/) is read as sheaf reads it, given ids by
 * transform/ids.c and laid out (lay_book, fake fixed-width metrics), and
 * the tree and the placed pages are checked; the EPUB and PDF files of
 * the same pages are checked by tests/slow/html_struct.sh (epubcheck,
 * qpdf, pdftotext).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "read_page.h"
#include "fake_metrics.h"
#include "manifest/manifest.h"
#include "pdf/layout/lay.h"
#include "readers/reader.h"
#include "style/style.h"
#include "transform/ids.h"

#define FIX "tests/fixtures/html/"

static const doc_pos nopos = {"t.html", 1, 1};

static page
load(const char *path)
{
    reader_options ro = {.extract = -1};
    return page_file(path, &ro);
}

/* `body` inside a clean page (taken whole, no extraction). */
static page
html(const char *body)
{
    char src[8192];
    snprintf(src, sizeof src, "<html><head><title>T</title></head><body>%s</body></html>", body);
    reader_options ro = {.format = "html", .extract = 0};
    return page_bytes("mem.html", src, strlen(src), &ro);
}

/* The first node of type t under n whose text contains s (NULL: any). */
static doc_node *
find(page *p, doc_node *n, doc_type t, const char *s)
{
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, n);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == t && (!s || strstr(doc_text_of(p->a, x), s)))
            return x;
    return NULL;
}

/* The node whose id is `id` in the article, or NULL. */
static doc_node *
by_id(doc_node *art, const char *id)
{
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x != art && x->id && !strcmp(x->id, id))
            return x;
    return NULL;
}

/* A book of the articles of pages p[0..n) (moved into p[0]'s arena's
 * collection), ids assigned as a build assigns them. */
static doc_node *
book_of(page *p, size_t n)
{
    doc_node *coll = doc_node_new(p[0].a, DOC_COLLECTION, nopos);
    for (size_t i = 0; i < n; i++)
        if (p[i].art)
            doc_append(coll, p[i].art);
    tf_ids_assign(p[0].a, coll, NULL);
    return coll;
}

typedef struct laid {
    lay_doc out;
    style st;
    manifest m;
} laid;

/* Lay the book out; toc_depth > 0 sets the contents' (and outline's) depth. */
static int
lay(page *p, doc_node *coll, laid *l, int toc_depth)
{
    style_defaults(&l->st);
    if (toc_depth > 0)
        l->st.toc_depth = toc_depth;
    memset(&l->m, 0, sizeof l->m);
    l->m.title = "Structure";
    return lay_book(p->a, &p->d, coll, &l->m, &l->st, 420, 595, &fake, NULL, &l->out);
}

/* The text of the line a destination names: the text items on the first
 * baseline below the destination's top on its page, in x order, joined
 * by spaces (in the arena). NULL when no such destination. */
static const char *
dest_line(arena *a, const lay_doc *d, const char *name)
{
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            if (it->kind != LAY_DEST || !it->dest || strcmp(it->dest, name) != 0)
                continue;
            const lay_page *pg = &d->pages[p];
            double best = -1e9;
            for (size_t k = 0; k < pg->n_items; k++)
                if (pg->items[k].kind == LAY_TEXT && pg->items[k].y < it->y + 0.01 &&
                    pg->items[k].y > best)
                    best = pg->items[k].y;
            buf b;
            buf_init(&b, 0);
            for (double x = -1;;) { /* items on that baseline, left to right */
                const lay_item *next = NULL;
                for (size_t k = 0; k < pg->n_items; k++) {
                    const lay_item *t = &pg->items[k];
                    if (t->kind == LAY_TEXT && t->y > best - 0.01 && t->y < best + 0.01 &&
                        t->x > x && (!next || t->x < next->x))
                        next = t;
                }
                if (!next)
                    break;
                if (b.len)
                    buf_addc(&b, ' ');
                buf_add(&b, next->text, next->len);
                x = next->x;
            }
            char *s = arena_strndup(a, b.data ? b.data : "", b.len);
            buf_cleanup(&b);
            return s;
        }
    return NULL;
}

/* The line the destination of the first link in the body that holds
 * the word `word` names (see dest_line). */
static const char *
link_leads_to(arena *a, const lay_doc *d, const char *word)
{
    for (size_t p = 0; p < d->n_pages; p++) {
        const lay_page *pg = &d->pages[p];
        for (size_t i = 0; i < pg->n_items && !pg->front_matter; i++) {
            const lay_item *lk = &pg->items[i];
            if (lk->kind != LAY_LINK || !lk->dest)
                continue;
            for (size_t k = 0; k < pg->n_items; k++) {
                const lay_item *t = &pg->items[k];
                if (t->kind == LAY_TEXT && t->len == strlen(word) &&
                    !memcmp(t->text, word, t->len) && t->x >= lk->x - 0.01 &&
                    t->x + t->w <= lk->x + lk->w + 0.01 && t->y > lk->y && t->y < lk->y + lk->h)
                    return dest_line(a, d, lk->dest);
            }
        }
    }
    return NULL;
}

static bool
contains(const char *s, const char *needle)
{
    if (!s || !strstr(s, needle)) {
        fprintf(stderr, "  (\"%s\" is not in \"%s\")\n", needle, s ? s : "(null)");
        return false;
    }
    return true;
}

/* Does s[0..len) hold the string w? */
static bool
has_bytes(const char *s, size_t len, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i + n <= len; i++)
        if (!memcmp(s + i, w, n))
            return true;
    return false;
}

/* ---- 1. places links aim at ---- */

/* Old pages indent a passage with a list that holds no item: one
 * indented passage, not an item per run of words; a real list (and a
 * menu of bare links) stays a list. */
TEST(test_list_without_items_indents)
{
    page p = html("<p>Every now and then I try the players again.</p>"
                  "<ul> (Really my goal is to <i>make</i> films, but I start with "
                  "<i>playback</i> first.) </ul>"
                  "<ul><li>One</li><li>Two</li></ul>");
    doc_node *q = find(&p, p.art, DOC_QUOTE, "Really my goal");
    OK(q != NULL);
    OK(q && q->first_child && q->first_child->type == DOC_PARA && !q->first_child->next);
    OK(q && strstr(doc_text_of(p.a, q), "make films, but I start with playback first.") != NULL);
    OK(find(&p, p.art, DOC_ITEM, "Really") == NULL);
    OK(find(&p, p.art, DOC_ITEM, "Two") != NULL);
    drop(&p);
}

/* An item that opens with a checkbox is a task, ticked by `checked`
 * (GitHub's rendered task list, a box in the item's paragraph or label);
 * a box after the item's words, a radio button, a box in an item with no
 * words, and a box in a form's paragraph are form controls, and go. */
TEST(test_task_items)
{
    page p = html("<ul><li class=\"task-list-item\"><input type=\"checkbox\" disabled checked> "
                  "Water the beans</li>"
                  "<li><input type=\"checkbox\" disabled> Stake the tomatoes</li>"
                  "<li><p><label><input type=CHECKBOX checked=\"checked\">Net the "
                  "currants</label></p><p>before the birds find them.</p></li></ul>"
                  "<ul><li>Say yes here <input type=\"checkbox\" checked> if you agree</li>"
                  "<li><input type=\"radio\" checked> Option one</li>"
                  "<li><input type=\"checkbox\"><img src=\"https://example.org/x.png\"></li>"
                  "<li>Plain words</li></ul>"
                  "<p><input type=\"checkbox\"> Remember me on this computer</p>");
    doc_node *a = find(&p, p.art, DOC_ITEM, "Water the beans");
    doc_node *b = find(&p, p.art, DOC_ITEM, "Stake the tomatoes");
    doc_node *c = find(&p, p.art, DOC_ITEM, "Net the currants");
    OK(a && (a->flags & DOC_F_TASK) && (a->flags & DOC_F_DONE));
    OK(b && (b->flags & DOC_F_TASK) && !(b->flags & DOC_F_DONE));
    OK(c && (c->flags & DOC_F_TASK) && (c->flags & DOC_F_DONE));
    OK(doc_check(p.art) == NULL);
    /* not tasks */
    doc_node *n1 = find(&p, p.art, DOC_ITEM, "Say yes here");
    doc_node *n2 = find(&p, p.art, DOC_ITEM, "Option one");
    doc_node *n3 = find(&p, p.art, DOC_ITEM, "Plain words");
    OK(n1 && !(n1->flags & (DOC_F_TASK | DOC_F_DONE)));
    OK(n2 && !(n2->flags & (DOC_F_TASK | DOC_F_DONE)));
    OK(n3 && !(n3->flags & (DOC_F_TASK | DOC_F_DONE)));
    for (doc_node *l = n3 ? n3->parent->first_child : NULL; l; l = l->next)
        OK(!(l->flags & DOC_F_TASK));
    /* the box is the marker: no box character in the text */
    OK(a && !strstr(doc_text_of(p.a, a), "\xE2\x98"));
    drop(&p);
}

TEST(test_anchor_ids_read)
{
    page p = load(FIX "anchors.html");
    INT_EQ(p.rc, 0);
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    /* the reader names only the places a link aims at, as the page did */
    doc_node *n1 = by_id(p.art, "note1");
    OK(n1 && n1->type == DOC_ITEM);
    OK(by_id(p.art, "intro-para") && by_id(p.art, "intro-para")->type == DOC_PARA);
    OK(by_id(p.art, "wages") && by_id(p.art, "wages")->type == DOC_TABLE);
    /* an inline <span id> and an <a name> name their paragraph; a <div id>
     * the first block inside it */
    doc_node *tin = by_id(p.art, "tin");
    OK(tin && tin->type == DOC_PARA && strstr(doc_text_of(p.a, tin), "tinsmiths"));
    doc_node *old = by_id(p.art, "old-anchor");
    OK(old && strstr(doc_text_of(p.a, old), "old-style anchor"));
    doc_node *pk = by_id(p.art, "packing");
    OK(pk && pk->type == DOC_PARA && strstr(doc_text_of(p.a, pk), "Packing was done"));
    OK(by_id(p.art, "unused") == NULL); /* no link aims there */
    /* links keep their fragment; one to nowhere is its words */
    doc_node *l = find(&p, p.art, DOC_LINK, "1");
    OK(l && !strcmp(l->as.link.href, "#note1"));
    OK(find(&p, p.art, DOC_LINK, "nothing at all") == NULL);
    OK(strstr(p.text, "A link to nothing at all keeps its words.") != NULL);
    drop(&p);
}

TEST(test_anchor_ids_book)
{
    page p[2] = {load(FIX "anchors.html"), load(FIX "anchors.html")};
    OK(p[0].art && p[1].art);
    if (!p[0].art || !p[1].art)
        return;
    doc_article_meta(p[1].a, p[1].art)->title = "Second copy";
    doc_node *coll = book_of(p, 2);
    for (doc_node *art = coll->first_child; art; art = art->next) {
        /* every in-page link aims at an id of its own article, and ids
         * are valid XML names, unique on the page */
        doc_iter it;
        doc_node *x;
        doc_event ev;
        size_t links = 0;
        tf_idset seen;
        tf_idset_init(&seen, p[0].a);
        doc_iter_init(&it, art);
        while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE) {
            if (ev != DOC_EV_ENTER)
                continue;
            if (x->id) {
                OK(!tf_idset_has(&seen, x->id));
                tf_idset_take(&seen, x->id);
                OK((x->id[0] >= 'a' && x->id[0] <= 'z') || x->id[0] == '_');
                OK(strspn(x->id, "abcdefghijklmnopqrstuvwxyz0123456789-_.") == strlen(x->id));
            }
            if (x->type == DOC_LINK && x->as.link.href[0] == '#') {
                links++;
                OK(by_id(art, x->as.link.href + 1) != NULL);
            }
        }
        INT_EQ(links, 8);
        /* a link to a heading's own id follows the heading to its slug */
        doc_node *gl = find(&p[0], art, DOC_LINK, "glass shop");
        OK(gl && !strcmp(gl->as.link.href, "#the-glass-shop"));
    }

    /* In the PDF each link leads to the line where its target starts,
     * in its own article, though both articles use the same names. */
    laid l;
    INT_EQ(lay(&p[0], coll, &l, 0), 0);
    arena *a = p[0].a;
    OK(contains(link_leads_to(a, &l.out, "1"), "The ledger was"));
    OK(contains(link_leads_to(a, &l.out, "glass"), "The glass shop"));
    OK(contains(link_leads_to(a, &l.out, "tin"), "The tinsmiths cut"));
    OK(contains(link_leads_to(a, &l.out, "packing"), "Packing was done"));
    OK(contains(link_leads_to(a, &l.out, "wage"), "Trade"));
    OK(contains(link_leads_to(a, &l.out, "opening"), "Three workshops"));
    OK(contains(link_leads_to(a, &l.out, "2"), "The largest size"));
    /* the second article's links stay in the second article */
    size_t n = 0;
    for (size_t pg = 0; pg < l.out.n_pages; pg++)
        for (size_t i = 0; i < l.out.pages[pg].n_items; i++) {
            const lay_item *lk = &l.out.pages[pg].items[i];
            if (lk->kind != LAY_LINK || !lk->dest || !strchr(lk->dest, '#') ||
                l.out.pages[pg].front_matter)
                continue;
            long tp = -1;
            for (size_t q = 0; q < l.out.n_pages && tp < 0; q++)
                for (size_t k = 0; k < l.out.pages[q].n_items; k++)
                    if (l.out.pages[q].items[k].kind == LAY_DEST &&
                        !strcmp(l.out.pages[q].items[k].dest, lk->dest))
                        tp = (long)q;
            OK(tp >= 0);
            /* an article here fits on its page(s): no link leaves it by
             * more than a page */
            if (!(tp >= 0 && labs(tp - (long)pg) <= 1))
                TEST_FAIL_("link on page %zu to %s lands on page %ld", pg, lk->dest, tp);
            n++;
        }
    INT_EQ(n, 16); /* the 8 in-page links of each copy */
    INT_EQ(p[0].d.warnings, 0);
    drop(&p[1]);
    drop(&p[0]);
}

TEST(test_anchor_ids_forms)
{
    /* an empty element names the block after it; a heading's inner span
     * (MediaWiki's) names the heading; the first of two equal names wins */
    page p = html("<p>See <a href='#later'>later</a>, <a href='#History'>history</a> and "
                  "<a href='#twice'>twice</a>.</p><div id='later'></div>"
                  "<p>Later text.</p><h2><span id='History'>History</span></h2>"
                  "<p id='twice'>First twice.</p><p id='twice'>Second twice.</p>"
                  "<p>A <a href='#'>bare hash</a> and <a href='#%74wice'>an escaped one</a>.</p>");
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    doc_node *later = by_id(p.art, "later");
    OK(later && later->type == DOC_PARA && !strcmp(doc_text_of(p.a, later), "Later text."));
    OK(by_id(p.art, "History") && by_id(p.art, "History")->type == DOC_HEADING);
    doc_node *tw = by_id(p.art, "twice");
    OK(tw && !strcmp(doc_text_of(p.a, tw), "First twice."));
    OK(find(&p, p.art, DOC_LINK, "bare hash") == NULL);
    doc_node *esc = find(&p, p.art, DOC_LINK, "escaped");
    OK(esc && !strcmp(esc->as.link.href, "#twice"));
    doc_node *coll = book_of(&p, 1);
    (void)coll;
    doc_node *hl = find(&p, p.art, DOC_LINK, "history");
    OK(hl && !strcmp(hl->as.link.href, "#history"));
    OK(by_id(p.art, "history") && by_id(p.art, "history")->type == DOC_HEADING);
    drop(&p);
}

TEST(test_anchor_in_named_item)
{
    /* a list, its item and a place at its first words all named (a
     * Wikipedia reference list): each leads there in the PDF */
    page p = html("<p>Claim<a href='#note-a'>[a]</a> and see <a href='#place-b'>the place</a>, "
                  "<a href='#refs'>all notes</a>.</p>"
                  "<div id='refs'><ol><li id='note-a'><span id='place-b'>Source words</span> of "
                  "the note.</li></ol></div>");
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    doc_node *coll = book_of(&p, 1);
    laid l;
    INT_EQ(lay(&p, coll, &l, 0), 0);
    OK(contains(link_leads_to(p.a, &l.out, "[a]"), "Source words"));
    OK(contains(link_leads_to(p.a, &l.out, "the"), "Source words"));
    OK(contains(link_leads_to(p.a, &l.out, "notes"), "Source words"));
    INT_EQ(p.d.warnings, 0);
    drop(&p);
}

TEST(test_anchor_in_markdown_html)
{
    /* raw HTML in Markdown names places the Markdown's own links reach */
    const char *md = "# Title\n\nSee [the note](#old-note) and [the table](#tbl).\n\n"
                     "Some text.\n\n<a name=\"old-note\"></a>\n\nThe note paragraph.\n\n"
                     "<table id=\"tbl\"><tr><th>Aa</th><th>Bb</th></tr><tr><td>1</td><td>2</td>"
                     "</tr></table>\n";
    reader_options ro = {.format = "markdown"};
    page p = page_bytes("mem.md", md, strlen(md), &ro);
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    doc_node *coll = book_of(&p, 1);
    doc_node *l = find(&p, p.art, DOC_LINK, "the table");
    OK(l && by_id(p.art, l->as.link.href + 1) &&
       by_id(p.art, l->as.link.href + 1)->type == DOC_TABLE);
    laid lo;
    INT_EQ(lay(&p, coll, &lo, 0), 0);
    /* the anchor's own paragraph is empty: the next line carries it */
    OK(contains(link_leads_to(p.a, &lo.out, "note"), "The note paragraph."));
    OK(contains(link_leads_to(p.a, &lo.out, "table"), "Aa Bb"));
    drop(&p);
}

/* ---- 2. tables: spans, nesting ---- */

/* The first text item `word` on a body page, or NULL. */
static const lay_item *
word_at(const lay_doc *d, const char *word, size_t nth)
{
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items && !d->pages[p].front_matter; i++) {
            const lay_item *t = &d->pages[p].items[i];
            if (t->kind == LAY_TEXT && t->len == strlen(word) && !memcmp(t->text, word, t->len) &&
                nth-- == 0)
                return t;
        }
    return NULL;
}

static bool
same_x(const lay_item *a, const lay_item *b)
{
    return a && b && a->x > b->x - 0.01 && a->x < b->x + 0.01;
}

TEST(test_tables_side_by_side)
{
    /* A table framing two tables side by side under a title (a weekly's
       "by changesets | by lines"): each is a table of its own, one after
       the other, and the title a paragraph; flattened into one cell each,
       their rows ran together as words. Cells padded with no-break
       spaces lose the padding. */
    page p = html("<p>The most active developers of the year were these.</p>"
                  "<table><tr><th colspan='2'>Most active developers</th></tr><tr>"
                  "<td><table><tr><th colspan='2'>By changes</th></tr>"
                  "<tr><td>Ada&nbsp;Lane&nbsp;&nbsp;&nbsp;</td><td>63</td></tr>"
                  "<tr><td>Bo Reyes</td><td>56</td></tr></table></td>"
                  "<td><table><tr><th colspan='2'>By lines</th></tr>"
                  "<tr><td>Bo Reyes</td><td>4550</td></tr>"
                  "<tr><td>Ada Lane</td><td>2614</td></tr></table></td></tr></table>"
                  "<p>The rest of the article goes on after the tables here.</p>");
    INT_EQ(p.rc, 0);
    int tables = 0;
    for (doc_node *n = p.art ? p.art->first_child : NULL; n; n = n->next)
        tables += n->type == DOC_TABLE;
    INT_EQ(tables, 2);
    doc_node *title = find(&p, p.art, DOC_PARA, "Most active developers");
    OK(title && title->parent == p.art);
    doc_node *ada = find(&p, p.art, DOC_CELL, "Ada");
    OK(ada && strcmp(doc_text_of(p.a, ada), "Ada\xC2\xA0Lane") == 0);
    drop(&p);
}

TEST(test_scene_breaks)
{
    /* A line of marks alone between the scenes of a story ("* * *",
       "******", an asterism) is a section break (a rule in both books),
       not a paragraph; marks inside words or beside them are text. */
    page p = html("<p>The first scene ends here, on a quiet note in the kitchen.</p>"
                  "<div style='text-align:center'>******</div>"
                  "<p>The second scene opens in the street, in the rain.</p><p>* * *</p>"
                  "<p>The third scene is short.</p><p>\xE2\x81\x82</p>"
                  "<p>A fourth, after an asterism.</p><p>** note **</p><p>**</p>");
    INT_EQ(p.rc, 0);
    int rules = 0;
    for (doc_node *n = p.art ? p.art->first_child : NULL; n; n = n->next)
        rules += n->type == DOC_RULE;
    INT_EQ(rules, 3);
    OK(find(&p, p.art, DOC_PARA, "** note **") != NULL);
    OK(find(&p, p.art, DOC_PARA, "**") != NULL);
    drop(&p);
}

TEST(test_definition_lists)
{
    /* A glossary's <dl> is a definition list: groups of terms over their
       definitions, in order, also through the <div> groups HTML allows;
       definitions hold blocks. A <dl> that is a layout (WordPress's
       gallery: a picture over a caption) is read as before, and what
       breaks the shape (a definition before any term, a term after the
       last one) is text beside the list. */
    page p = html("<p>Some words the articles use, with what they mean here.</p>"
                  "<dl><dd>Read the terms below.</dd>"
                  "<dt>Solidarity</dt><dd>Unity of feeling.</dd>"
                  "<div><dt>Picket</dt><dt>Picket line</dt>"
                  "<dd><p>People outside a workplace.</p><p>A second paragraph.</p></dd>"
                  "<dd>Also a fence post.</dd></div>"
                  "<dt>Afterword</dt></dl>"
                  "<dl class='gallery-item'><dt><img src='a.jpg' alt='A weir'></dt>"
                  "<dd>The weir in winter.</dd></dl>");
    INT_EQ(p.rc, 0);
    doc_node *dl = find(&p, p.art, DOC_DEFS, NULL);
    OK(dl && dl->parent == p.art);
    if (dl) {
        static const doc_type want[] = {DOC_TERM, DOC_DEF, DOC_TERM, DOC_TERM, DOC_DEF, DOC_DEF};
        static const char *const text[] = {
            "Solidarity", "Unity of feeling.", "Picket", "Picket line", NULL, "Also a fence post."};
        size_t i = 0;
        for (doc_node *k = dl->first_child; k; k = k->next, i++) {
            OK(i < 6 && k->type == want[i]);
            if (i < 6 && text[i])
                STR_EQ(doc_text_of(p.a, k), text[i]);
        }
        INT_EQ(i, 6);
        doc_node *two = find(&p, dl, DOC_PARA, "A second paragraph");
        OK(two && two->parent->type == DOC_DEF && two->prev && two->prev->type == DOC_PARA);
        /* the definition before any term comes before the list */
        doc_node *lead = find(&p, p.art, DOC_PARA, "Read the terms below.");
        OK(lead && lead->parent == p.art && lead->next == dl);
        /* the term after the last definition: bold text after it */
        doc_node *after = dl->next;
        OK(after && after->type == DOC_PARA && after->first_child &&
           after->first_child->type == DOC_STRONG && !strcmp(doc_text_of(p.a, after), "Afterword"));
    }
    /* one list only: the gallery item is not one */
    int lists = 0;
    for (doc_node *n = p.art ? p.art->first_child : NULL; n; n = n->next)
        lists += n->type == DOC_DEFS;
    INT_EQ(lists, 1);
    OK(find(&p, p.art, DOC_PARA, "The weir in winter.") != NULL);
    drop(&p);
    /* a picture set straight in the list, beside its terms: the list is a
       layout, read as blocks, and the picture is kept */
    p = html("<p>Some words the articles use, with what they mean here.</p>"
             "<dl><dt>Weir</dt><dd>A low dam.</dd><img src='http://x.example/w.jpg' "
             "alt='The weir at dawn'></dl>");
    INT_EQ(p.rc, 0);
    OK(find(&p, p.art, DOC_DEFS, NULL) == NULL);
    OK(p.text && strstr(p.tree, "The weir at dawn") != NULL);
    drop(&p);
}

TEST(test_table_caption)
{
    /* A table's <caption> is a caption over it (set small and kept with
       it), not a paragraph of body text. */
    page p = html("<p>The wages paid at the works, year by year, are these.</p>"
                  "<table><caption>Wages by year</caption>"
                  "<tr><th>Year</th><th>Wage</th></tr><tr><td>1900</td><td>12</td></tr>"
                  "<tr><td>1901</td><td>13</td></tr></table>");
    INT_EQ(p.rc, 0);
    doc_node *t = find(&p, p.art, DOC_TABLE, NULL);
    OK(t && t->prev && t->prev->type == DOC_CAPTION &&
       !strcmp(doc_text_of(p.a, t->prev), "Wages by year"));
    OK(find(&p, p.art, DOC_PARA, "Wages by year") == NULL);
    drop(&p);
}

TEST(test_blocks_in_a_cell_on_lines_of_their_own)
{
    /* An infobox's list in a cell, and paragraphs in a cell, stand on
       lines of their own as a browser shows them (a line break between
       them, none at the cell's start or end); a block the page sets
       inline runs on. */
    page p = html("<p>The islands lie far to the south, and their people came by sea in long "
                  "canoes, as the stories of every family still tell.</p>"
                  "<table><tr><th>Languages <div style='display: inline'>(2018)</div></th>"
                  "<td><div class='plainlist'><ul><li>English</li><li>Maori</li>"
                  "<li>Sign</li></ul></div></td></tr>"
                  "<tr><th>Capital</th><td>Wellington<p>on the strait</p>since 1865</td></tr>"
                  "</table>");
    INT_EQ(p.rc, 0);
    doc_node *t = find(&p, p.art, DOC_TABLE, NULL);
    OK(t != NULL);
    if (!t) {
        drop(&p);
        return;
    }
    const doc_node *r1 = t->first_child, *r2 = r1 ? r1->next : NULL;
    OK(r1 && r2);
    if (r1 && r2) {
        const doc_node *langs = r1->first_child->next, *cap = r2->first_child->next;
        int breaks = 0;
        for (const doc_node *k = langs->first_child; k; k = k->next)
            breaks += k->type == DOC_BREAK;
        INT_EQ(breaks, 2);
        OK(langs->first_child->type != DOC_BREAK && langs->last_child->type != DOC_BREAK);
        breaks = 0;
        for (const doc_node *k = cap->first_child; k; k = k->next)
            breaks += k->type == DOC_BREAK;
        INT_EQ(breaks, 2);
        STR_EQ(doc_text_of(p.a, r1->first_child), "Languages (2018)");
    }
    drop(&p);
}

TEST(test_notes_in_definition_list)
{
    /* Notes set as a definition list (each number a term, its note a
       paragraph in the definition): the notes go to the end, and their
       numbers with them, never a <dl> of terms with no definitions. */
    page p = html("<p id='r1'>The mill was built in 1820.<a href='#fn1'>1</a> It burned in "
                  "1890.<a href='#fn2'>2</a></p>"
                  "<dl><dt>1</dt><dd><p id='fn1'>From the register. <a href='#r1'>^</a></p></dd>"
                  "<dt>2</dt><dd><p id='fn2'>From a newspaper. <a href='#r1'>^</a></p></dd>"
                  "<dt>Leat</dt><dd><p>A channel.</p></dd></dl>");
    INT_EQ(p.rc, 0);
    doc_node *note = find(&p, p.art, DOC_PARA, "From the register");
    OK(note && note->parent->type == DOC_NOTE_DEF);
    OK(doc_check(p.art) == NULL);
    doc_node *dl = find(&p, p.art, DOC_DEFS, NULL);
    OK(dl != NULL);
    for (doc_node *k = dl ? dl->first_child : NULL; k; k = k->next)
        OK(k->type != DOC_TERM || (k->next && (k->next->type == DOC_TERM ||
                                                k->next->type == DOC_DEF)));
    OK(dl && dl->first_child && dl->first_child->type == DOC_TERM &&
       !strcmp(doc_text_of(p.a, dl->first_child), "Leat"));
    drop(&p);
}

TEST(test_notes_aimed_at_definitions)
{
    /* Notes as a definition list whose marks aim at the definition's own
       id (<dt>1</dt><dd id=n1>...), its back-link inside it: each
       definition is the note and the list goes with its numbers. */
    page p = html("<p id='r1'>The mill was built in 1820.<a href='#n1'>1</a> It burned in "
                  "1890.<a href='#n2'>2</a></p>"
                  "<dl><dt>1</dt><dd id='n1'>From the register. <a href='#r1'>&#8617;</a></dd>"
                  "<dt>2</dt><dd id='n2'><p>From a newspaper.</p><p>Second leaf. "
                  "<a href='#r1'>&#8617;</a></p></dd></dl>");
    INT_EQ(p.rc, 0);
    doc_node *one = find(&p, p.art, DOC_PARA, "From the register");
    OK(one && one->parent->type == DOC_NOTE_DEF);
    doc_node *two = find(&p, p.art, DOC_PARA, "From a newspaper");
    OK(two && two->parent->type == DOC_NOTE_DEF && two->next &&
       !strcmp(doc_text_of(p.a, two->next), "Second leaf."));
    OK(find(&p, p.art, DOC_DEFS, NULL) == NULL);
    OK(find(&p, p.art, DOC_LINK, NULL) == NULL);
    OK(doc_check(p.art) == NULL);
    drop(&p);
}

TEST(test_notes_aimed_at_terms)
{
    /* Notes as a definition list whose marks aim at the number's <dt>:
       the term's back-link (the number) or one in the definition makes
       the pair; each definition, all its paragraphs, becomes the note,
       and the list goes with its numbers. A glossary term with an id
       that only a word links to stays a term. */
    page p = html("<p id='r1'>The mill was built in 1820.<a href='#n1'>1</a> It burned in "
                  "1890.<a href='#n2'>2</a> Its <a href='#leat'>leat</a> is dry.</p>"
                  "<dl><dt id='n1'><a href='#r1'>1</a></dt><dd><p>From the register.</p>"
                  "<p>Second leaf.</p></dd>"
                  "<dt id='n2'>2</dt><dd>From a newspaper. <a href='#r1'>&#8617;</a></dd></dl>"
                  "<dl><dt id='leat'>Leat</dt><dd><p>A channel.</p></dd></dl>");
    INT_EQ(p.rc, 0);
    doc_node *one = find(&p, p.art, DOC_PARA, "From the register");
    OK(one && one->parent->type == DOC_NOTE_DEF && one->next &&
       !strcmp(doc_text_of(p.a, one->next), "Second leaf."));
    doc_node *two = find(&p, p.art, DOC_PARA, "From a newspaper");
    OK(two && two->parent->type == DOC_NOTE_DEF);
    STR_EQ(two ? doc_text_of(p.a, two) : "", "From a newspaper.");
    doc_node *ref = find(&p, p.art, DOC_NOTE_REF, NULL);
    OK(ref && ref->as.note.target == (one ? one->parent : NULL));
    OK(doc_check(p.art) == NULL);
    doc_node *dl = find(&p, p.art, DOC_DEFS, NULL);
    OK(dl && dl->first_child && !strcmp(doc_text_of(p.a, dl->first_child), "Leat") &&
       dl->first_child->next && dl->first_child->next->type == DOC_DEF &&
       !dl->first_child->next->next);
    drop(&p);
}

TEST(test_label_over_definition_list)
{
    /* A bold label over a glossary is a minor heading over it, as over
       any list (it was, when a <dl> was read as paragraphs). */
    page p = html("<p>Words the articles use.</p><p><b>Terms of the trade</b></p>"
                  "<dl><dt>Leat</dt><dd>A channel to the wheel.</dd></dl>");
    INT_EQ(p.rc, 0);
    doc_node *label = find(&p, p.art, DOC_PARA, "Terms of the trade");
    OK(label && label->next && label->next->type == DOC_DEFS);
    OK(doc_para_is_label(label));
    drop(&p);
}

TEST(test_table_spans)
{
    page p = load(FIX "spans.html");
    INT_EQ(p.rc, 0);
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    /* the spans reach the tree */
    doc_node *variety = find(&p, p.art, DOC_CELL, "Variety");
    OK(variety && variety->as.cell.rowspan == 2 && variety->as.cell.colspan <= 1);
    doc_node *first = find(&p, p.art, DOC_CELL, "First season");
    OK(first && first->as.cell.colspan == 2);
    doc_node *frost = find(&p, p.art, DOC_CELL, "not picked");
    OK(frost && frost->as.cell.colspan == 2);
    OK(strstr(p.tree, "cell rowspan=2") != NULL);
    /* the layout table around the article is its paragraphs, and the
     * table inside a cell keeps every word, in order */
    OK(find(&p, p.art, DOC_PARA, "valley orchards") &&
       find(&p, p.art, DOC_PARA, "valley orchards")->parent == p.art);
    OK(strstr(p.text, "pruned early sprayed twice") != NULL);

    doc_node *coll = book_of(&p, 1);
    laid l;
    INT_EQ(lay(&p, coll, &l, 0), 0);
    const lay_doc *d = &l.out;
    /* columns: Variety | First: Early Late | Second: Early Late */
    const lay_item *russet = word_at(d, "Russet", 0), *c40 = word_at(d, "40", 0),
                   *c42 = word_at(d, "42", 0), *c58 = word_at(d, "58", 0),
                   *c35 = word_at(d, "35", 0), *c37 = word_at(d, "37", 0),
                   *c39 = word_at(d, "39", 0), *c51 = word_at(d, "51", 0),
                   *snd = word_at(d, "Second", 0), *not = word_at(d, "not", 0),
                   *late2 = word_at(d, "Late", 1), *early1 = word_at(d, "Early", 0),
                   *pippin = word_at(d, "Pippin", 0);
    OK(russet && c40 && c42 && c58 && c35 && c37 && c39 && c51 && snd && not && late2 &&
       early1 && pippin);
    if (!(russet && c40 && c42 && c58 && c35 && c37 && c39 && c51 && snd && not && late2 &&
          early1 && pippin)) {
        drop(&p);
        return;
    }
    /* a header spanning two columns starts over the first of them */
    OK(same_x(snd, c42));
    OK(same_x(early1, c40));
    OK(same_x(late2, c58));
    /* the row under a cell spanning two rows starts in the second column */
    OK(same_x(c37, c35) && same_x(c39, c42) && same_x(c51, c58));
    OK(!same_x(c37, pippin));
    /* a cell spanning two columns starts at the first and is one line
     * wide as the two (its text fits there) */
    OK(same_x(not, c42));
    const lay_item *frost_w = word_at(d, "(frost)", 0);
    OK(frost_w && frost_w->y == not->y);
    /* a header cell spanning down into the body reserves its column */
    OK(same_x(word_at(d, "12", 0), word_at(d, "Sweet", 0)));
    OK(same_x(word_at(d, "15", 0), word_at(d, "Dry", 0)));
    OK(same_x(word_at(d, "Total", 0), word_at(d, "Barrels", 0)));
    drop(&p);
}

/* How many text items on the book's pages hold the cut marker (U+2192),
 * and the smallest size a text item on them is set in. */
static size_t
cut_marks(const lay_doc *d, double *smallest)
{
    size_t n = 0;
    *smallest = 1e9;
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items && !d->pages[p].front_matter; i++) {
            const lay_item *t = &d->pages[p].items[i];
            if (t->kind != LAY_TEXT)
                continue;
            if (t->size < *smallest)
                *smallest = t->size;
            for (size_t k = 0; k + 3 <= t->len; k++)
                if (!memcmp(t->text + k, "\xE2\x86\x92", 3))
                    n++;
        }
    return n;
}

TEST(test_table_wide)
{
    /* nine columns whose headings are tied with no-break spaces: too wide
     * for the measure at the table's size with em gaps, but not once the
     * gaps close up and the type is set a little smaller. No word is cut
     * with the marker, and the type stays readable (>= 7/10 of the text). */
    page p = html("<p>A table of the screens and how far each has come.</p><table>"
                  "<tr><th></th><th>General&nbsp;UX</th><th>UX&nbsp;draft</th>"
                  "<th>UX&nbsp;review</th><th>UI&nbsp;mockup</th><th>UI&nbsp;review</th>"
                  "<th>Code&nbsp;draft</th><th>Code&nbsp;review</th><th>Final&nbsp;review</th></tr>"
                  "<tr><td>Load&nbsp;map</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td>"
                  "<td>yes</td><td>yes</td><td>no</td><td>no</td></tr>"
                  "<tr><td>Save&nbsp;map</td><td>yes</td><td>yes</td><td>yes</td><td>no</td>"
                  "<td>no</td><td>no</td><td>no</td><td>no</td></tr></table>"
                  "<p>The paragraph after the table.</p>");
    OK(p.art != NULL && find(&p, p.art, DOC_TABLE, NULL) != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    doc_node *coll = book_of(&p, 1);
    laid l;
    INT_EQ(lay(&p, coll, &l, 0), 0);
    double smallest;
    INT_EQ(cut_marks(&l.out, &smallest), 0);
    OK(smallest >= 0.7 * l.st.size - 0.01);
    /* the cells keep their order across the row */
    const lay_item *load_w = word_at(&l.out, "Load", 0), *yes = word_at(&l.out, "yes", 0),
                   *no = word_at(&l.out, "no", 0);
    OK(load_w && yes && no && load_w->x < yes->x && yes->x < no->x);
    drop(&p);

    /* a table too wide even then: its words are cut, never its numbers */
    char body[4096];
    size_t k = (size_t)snprintf(body, sizeof body, "<p>Figures.</p><table><tr>");
    for (int c = 0; c < 10; c++)
        k += (size_t)snprintf(body + k, sizeof body - k, "<th>H%d</th>", c);
    for (int r = 0; r < 2; r++) {
        k += (size_t)snprintf(body + k, sizeof body - k, "</tr><tr>");
        for (int c = 0; c < 10; c++)
            k += (size_t)snprintf(body + k, sizeof body - k, "<td>%s</td>",
                                  c < 7 ? "Zzxxqqkkvvbb" : "1,628,900");
    }
    snprintf(body + k, sizeof body - k, "</tr></table>");
    p = html(body);
    coll = book_of(&p, 1);
    INT_EQ(lay(&p, coll, &l, 0), 0);
    OK(word_at(&l.out, "1,628,900", 0) && word_at(&l.out, "1,628,900", 5));
    drop(&p);

    /* a cell of short lines (breaks between them) is as wide as its
       longest line needs, not as all its words run together */
    p = html("<p>Lines.</p><table><tr><th>Towns</th><th>Notes</th></tr><tr><td>Ab<br>Cd<br>"
             "Ef<br>Gh<br>Ij<br>Kl<br>Mn<br>Op<br>Qr<br>St<br>Uv<br>Wx</td><td>The notes on "
             "the towns run on at length here, word after word, so that this column would "
             "take all the room the table has if it could, and more than that again.</td>"
             "</tr></table>");
    coll = book_of(&p, 1);
    INT_EQ(lay(&p, coll, &l, 0), 0);
    const lay_item *ab = word_at(&l.out, "Ab", 0), *notes = word_at(&l.out, "The", 0);
    OK(ab && notes && notes->x - ab->x < 60);
    drop(&p);
}

TEST(test_table_layout_wrapper)
{
    /* a layout table holding the article (a clean page, taken whole):
     * the article's blocks, not one table cell; the data table inside it
     * stays a table */
    page p = html("<table><tr><td><a href='/'>Home</a></td><td>"
                  "<h2>Field notes</h2><p>The first paragraph of the notes.</p>"
                  "<p>The second paragraph of the notes.</p>"
                  "<table><tr><th>Bird</th><th>Count</th></tr><tr><td>Wren</td><td>4</td></tr>"
                  "<tr><td>Robin</td><td>2</td></tr></table>"
                  "</td></tr></table>");
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    doc_node *p1 = find(&p, p.art, DOC_PARA, "first paragraph");
    OK(p1 && p1->parent == p.art);
    OK(find(&p, p.art, DOC_HEADING, "Field notes") != NULL);
    doc_node *t = find(&p, p.art, DOC_TABLE, NULL);
    OK(t && t->parent == p.art && strstr(doc_text_of(p.a, t), "Wren"));
    drop(&p);
}

/* ---- 3. a linked picture in a list item ---- */

TEST(test_gallery_items_are_figures)
{
    page p = load(FIX "gallery.html");
    INT_EQ(p.rc, 0);
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    /* the figure a linked picture makes in a paragraph ... */
    doc_node *weir = find(&p, p.art, DOC_FIGURE, "The weir");
    OK(weir && weir->parent == p.art && weir->first_child &&
       weir->first_child->type == DOC_EMPH && (weir->first_child->flags & DOC_F_ALT));
    /* ... it makes in a gallery's list item too, with its stand-in */
    const char *alts[] = {"The sluice gate, rusted open", "The empty wheel pit",
                          "Alders over the tail pool"};
    for (size_t i = 0; i < 3; i++) {
        doc_node *fig = find(&p, p.art, DOC_FIGURE, alts[i]);
        OK(fig && fig->parent && fig->parent->type == DOC_ITEM);
        OK(fig && fig->first_child && fig->first_child->type == DOC_EMPH &&
           (fig->first_child->flags & DOC_F_ALT) &&
           !strcmp(doc_text_of(p.a, fig->first_child), alts[i]));
        OK(fig && !find(&p, fig, DOC_LINK, NULL));
    }
    /* the line boxed with the third picture in its item is its caption */
    doc_node *pool = find(&p, p.art, DOC_CAPTION, "The tail pool");
    OK(pool && pool->parent && pool->parent->type == DOC_FIGURE && pool->parent->parent &&
       pool->parent->parent->type == DOC_ITEM);
    /* an item whose text is a picture without a link stays its text */
    doc_node *boots = find(&p, p.art, DOC_ITEM, "Boots");
    OK(boots && boots->first_child && boots->first_child->type == DOC_PARA);
    drop(&p);
}

/* ---- 4. MediaWiki's [edit] links ---- */

TEST(test_wiki_edit_links)
{
    page p = load(FIX "mediawiki.html");
    INT_EQ(p.rc, 0);
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    /* headings, old style (span inside the h2) and new (beside it) */
    const char *heads[] = {"History", "Construction", "Fuel"};
    for (size_t i = 0; i < 3; i++) {
        doc_node *h = find(&p, p.art, DOC_HEADING, heads[i]);
        OK(h && !strcmp(doc_text_of(p.a, h), heads[i]));
    }
    OK(strstr(p.text, "edit") == NULL);
    OK(strstr(p.tree, "action=edit") == NULL);
    /* the footnote and its back link became a note (notes.c); the
       "References" section it emptied went */
    doc_node *coll = book_of(&p, 1);
    doc_node *ref = find(&p, p.art, DOC_NOTE_REF, NULL);
    OK(ref && ref->as.note.target && ref->as.note.target->type == DOC_NOTE_DEF);
    OK(find(&p, p.art, DOC_LINK, "^") == NULL);
    OK(find(&p, p.art, DOC_HEADING, "References") == NULL);
    laid l;
    INT_EQ(lay(&p, coll, &l, 3), 0);
    /* nor in the PDF: outline, contents, the page */
    size_t outline = 0;
    for (size_t i = 0; i < l.out.n_outline; i++) {
        OK(strstr(l.out.outline[i].title, "edit") == NULL);
        outline += !strcmp(l.out.outline[i].title, "Fuel");
    }
    for (size_t pg = 0; pg < l.out.n_pages; pg++)
        for (size_t i = 0; i < l.out.pages[pg].n_items; i++) {
            const lay_item *t = &l.out.pages[pg].items[i];
            OK(t->kind != LAY_TEXT || !has_bytes(t->text, t->len, "edit"));
        }
    INT_EQ(outline, 1);
    drop(&p);
}

/* A <cite> that is a whole reference holds its title in <i>: the rest is
 * set upright, the title alone in italic; a bare <cite>Title</cite> is
 * italic as ever. */
TEST(test_cite_reference_upright)
{
    page p = html("<p>As <cite>Middlemarch</cite> has it.</p><ol><li><cite class=\"citation "
                  "book\">Mackay, Duncan (1986). <i>The Book of Events</i>. Auckland: Reed."
                  "</cite></li></ol>");
    INT_EQ(p.rc, 0);
    doc_node *title = find(&p, p.art, DOC_EMPH, "Middlemarch");
    OK(title != NULL);
    doc_node *book = find(&p, p.art, DOC_EMPH, "The Book of Events");
    OK(book && !strcmp(doc_text_of(p.a, book), "The Book of Events"));
    OK(find(&p, p.art, DOC_EMPH, "Mackay") == NULL);
    drop(&p);
}

/* The left and right ends of the body line holding `word`: false when no
 * text item is that word. */
static bool
line_ends(const lay_doc *d, const char *word, double *l, double *r)
{
    for (size_t p = 0; p < d->n_pages; p++) {
        const lay_page *pg = &d->pages[p];
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *t = &pg->items[i];
            if (t->kind != LAY_TEXT || t->len != strlen(word) || memcmp(t->text, word, t->len))
                continue;
            *l = 1e9;
            *r = -1e9;
            for (size_t k = 0; k < pg->n_items; k++) {
                const lay_item *u = &pg->items[k];
                if (u->kind != LAY_TEXT || u->y < t->y - 0.01 || u->y > t->y + 0.01)
                    continue;
                if (u->x < *l)
                    *l = u->x;
                if (u->x + u->w > *r)
                    *r = u->x + u->w;
            }
            return true;
        }
    }
    return false;
}

/* Centred display lines: what the page centres (text-align in a style
 * attribute or a parent's, align=, <center>, an editor's class) is
 * flagged, and the PDF sets its lines in the middle of the measure; a
 * table cell and an explicit left alignment stop the inheritance; a page
 * that centres its prose has none of its centring kept. */
TEST(test_centred_display_lines)
{
    page p = html("<article><h1>The Long Road</h1>"
                  "<div style=\"color: grey; text-align: center\"><p><em>For my mother,<br>"
                  "who walked it first.</em></p></div>"
                  "<p>It was a long road, and the walking of it took the better part of a year. "
                  "We set out in the spring, when the fields were still brown and the ditches ran "
                  "full with the melt from the hills above the town, and we did not stop.</p>"
                  "<p class=\"has-text-align-center\">Spring</p>"
                  "<p align=\"center\">Summer</p>"
                  "<div align=\"center\"><p style=\"text-align:left\">Autumn came.</p></div>"
                  "<center><table><tr><td><p>Winter</p></td><td>x</td></tr>"
                  "<tr><td>y</td><td>z</td></tr></table></center>"
                  "<center>THE END</center></article>");
    INT_EQ(p.rc, 0);
    OK(p.art != NULL);
    if (!p.art) {
        drop(&p);
        return;
    }
    doc_node *epi = find(&p, p.art, DOC_PARA, "For my mother");
    OK(epi && (epi->flags & DOC_F_CENTER));
    const char *on[] = {"Spring", "Summer", "THE END"};
    for (size_t i = 0; i < 3; i++) {
        doc_node *n = find(&p, p.art, DOC_PARA, on[i]);
        OK(n && (n->flags & DOC_F_CENTER));
    }
    doc_node *prose = find(&p, p.art, DOC_PARA, "It was a long road");
    OK(prose && !(prose->flags & DOC_F_CENTER));
    doc_node *autumn = find(&p, p.art, DOC_PARA, "Autumn came");
    OK(autumn && !(autumn->flags & DOC_F_CENTER));
    doc_node *winter = find(&p, p.art, DOC_PARA, "Winter");
    OK(!winter || !(winter->flags & DOC_F_CENTER));
    OK(strstr(p.tree, "paragraph center") != NULL);

    doc_node *coll = book_of(&p, 1);
    laid l;
    INT_EQ(lay(&p, coll, &l, 0), 0);
    double pl, pr, cl, cr;
    OK(line_ends(&l.out, "It", &pl, &pr));     /* a justified line: the measure */
    OK(line_ends(&l.out, "walked", &cl, &cr)); /* the epigraph's second line */
    OK(cl > pl + 20 && cr < pr - 20);
    OK(((cl + cr) / 2 - (pl + pr) / 2) < 1 && ((cl + cr) / 2 - (pl + pr) / 2) > -1);
    OK(line_ends(&l.out, "Spring", &cl, &cr));
    OK(((cl + cr) / 2 - (pl + pr) / 2) < 1 && ((cl + cr) / 2 - (pl + pr) / 2) > -1);
    /* the paragraph after a display line starts flush */
    OK(line_ends(&l.out, "Autumn", &cl, &cr));
    OK(cl < pl + 0.01);
    drop(&p);

    /* a page centring its prose: none of it is display */
    p = html("<article><h1>T</h1><div class=\"text-center\"><p>Spring</p>"
             "<p>It was a long road, and the walking of it took the better part of a year. "
             "We set out in the spring, when the fields were still brown and the ditches ran "
             "full with the melt from the hills above the town.</p></div></article>");
    OK(p.art && strstr(p.tree, "center") == NULL);
    drop(&p);

    /* a one-sentence epigraph of two book lines is display; "inherit"
       takes the parent's centring */
    p = html("<article><h1>T</h1><p style=\"text-align:center\"><em>It is a truth "
             "universally acknowledged, that a single man in possession of a good fortune, "
             "must be in want of a wife.</em></p>"
             "<p>It was a long road, and the walking of it took the better part of a year. "
             "We set out in the spring, when the fields were still brown.</p>"
             "<p>Nobody had told us how far it was, and nobody asked.</p>"
             "<div align=\"center\"><p style=\"text-align: inherit\">THE END</p></div>"
             "</article>");
    OK(p.art != NULL);
    if (p.art) {
        doc_node *e = find(&p, p.art, DOC_PARA, "It is a truth");
        OK(e && (e->flags & DOC_F_CENTER));
        doc_node *end = find(&p, p.art, DOC_PARA, "THE END");
        OK(end && (end->flags & DOC_F_CENTER));
    }
    drop(&p);
}

int
main(void)
{
    RUN(test_anchor_ids_read);
    RUN(test_anchor_ids_forms);
    RUN(test_anchor_in_named_item);
    RUN(test_anchor_in_markdown_html);
    RUN(test_anchor_ids_book);
    RUN(test_table_spans);
    RUN(test_tables_side_by_side);
    RUN(test_scene_breaks);
    RUN(test_definition_lists);
    RUN(test_table_caption);
    RUN(test_blocks_in_a_cell_on_lines_of_their_own);
    RUN(test_notes_in_definition_list);
    RUN(test_notes_aimed_at_terms);
    RUN(test_notes_aimed_at_definitions);
    RUN(test_label_over_definition_list);
    RUN(test_table_layout_wrapper);
    RUN(test_table_wide);
    RUN(test_gallery_items_are_figures);
    RUN(test_wiki_edit_links);
    RUN(test_cite_reference_upright);
    RUN(test_centred_display_lines);
    RUN(test_list_without_items_indents);
    RUN(test_task_items);
    return test_report();
}
