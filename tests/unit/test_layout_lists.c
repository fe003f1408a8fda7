/*
 * test_layout_lists.c - list items made of more than one paragraph, in the
 * PDF layout (fake fixed-width font): an item's marker sits on the item's
 * first line whatever block sets it (a figure's stand-in, a picture, a
 * heading, a nested list), never on a line of its own; in a list of loose
 * items (a heading, a figure, several paragraphs) every space inside an
 * item is smaller than the space between items, a heading inside an item
 * has far less space above than a section heading and stays with what
 * follows; a list of one-line items stays as compact as it was.
 *
 * Lines are read back from the placed items: each LAY_TEXT run grouped by
 * page and baseline, and the white between two lines measured from the
 * upper line's descenders to the lower line's ascenders (fake metrics:
 * ascent 0.8, descent 0.2 of the size), so lines of different sizes
 * compare fairly.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "manifest/manifest.h"
#include "pdf/layout/lay.h"
#include "style/style.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"

#include "fake_metrics.h"
#include "lay_tree.h"

static const doc_pos nopos = {"t.html", 1, 1};
static const double W = 420, H = 2000, MARGIN = 50;

#define BULLET "\xE2\x80\xA2"

static doc_node *
heading(arena *a, doc_node *parent, int level, const char *s)
{
    doc_node *h = lt_block(a, parent, DOC_HEADING, s);
    h->as.heading.level = level;
    return h;
}

static doc_node *
list(arena *a, doc_node *parent, bool ordered)
{
    doc_node *l = lt_block(a, parent, DOC_LIST, NULL);
    l->as.list.ordered = ordered;
    l->as.list.start = 1;
    l->as.list.delim = '.';
    return l;
}

typedef struct line {
    size_t page;
    double y, left, size; /* size: the largest run's */
    char text[400];
} line;

typedef struct env {
    arena *a;
    diag_list d;
    style st;
    lay_doc out;
    line ls[300];
    size_t n;
} env;

static doc_node *
start(env *e)
{
    e->a = arena_new();
    diag_init(&e->d, e->a);
    style_defaults(&e->st);
    e->st.margin_inner = e->st.margin_outer = e->st.margin_top = e->st.margin_bottom = MARGIN;
    e->st.measure = 0;
    doc_node *art = doc_node_new(e->a, DOC_ARTICLE, nopos);
    doc_article_meta(e->a, art)->title = "Lists";
    lt_block(e->a, art, DOC_PARA, "A paragraph before the list, long enough to be text.");
    return art;
}

/* Group the page's text runs into lines, top to bottom. */
static void
read_lines(env *e)
{
    e->n = 0;
    for (size_t p = 0; p < e->out.n_pages; p++) {
        const lay_page *pg = &e->out.pages[p];
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (it->kind != LAY_TEXT || it->gray > 0)
                continue;
            line *l = NULL;
            for (size_t k = 0; k < e->n; k++)
                if (e->ls[k].page == p && fabs(e->ls[k].y - it->y) < 0.01)
                    l = &e->ls[k];
            if (!l) {
                if (e->n == sizeof e->ls / sizeof e->ls[0])
                    continue;
                l = &e->ls[e->n++];
                memset(l, 0, sizeof *l);
                l->page = p;
                l->y = it->y;
                l->left = it->x;
            }
            if (it->x < l->left)
                l->left = it->x;
            if (it->size > l->size)
                l->size = it->size;
            size_t used = strlen(l->text);
            snprintf(l->text + used, sizeof l->text - used, "%s%.*s", used ? " " : "",
                     (int)it->len, it->text);
        }
    }
    /* top to bottom: page, then y downwards (PDF y grows up) */
    for (size_t i = 1; i < e->n; i++)
        for (size_t k = i; k > 0; k--) {
            line *a = &e->ls[k - 1], *b = &e->ls[k];
            if (a->page < b->page || (a->page == b->page && a->y >= b->y))
                break;
            line t = *a;
            *a = *b;
            *b = t;
        }
}

static int
run(env *e, doc_node *art, const lay_book_options *bo)
{
    int r = bo ? lay_book(e->a, &e->d, art, NULL, &e->st, W, H, &fake, bo, &e->out)
               : lay_document(e->a, &e->d, art, NULL, &e->st, W, H, &fake, &e->out);
    read_lines(e);
    return r;
}

static void
done(env *e)
{
    diag_cleanup(&e->d);
    arena_free(e->a);
}

static size_t
find(const env *e, const char *s)
{
    for (size_t i = 0; i < e->n; i++)
        if (strstr(e->ls[i].text, s))
            return i;
    return SIZE_MAX;
}

/* White between line i and the line below it. */
static double
white_below(const env *e, size_t i)
{
    const line *a = &e->ls[i], *b = &e->ls[i + 1];
    return (a->y - 0.2 * a->size) - (b->y + 0.8 * b->size);
}

/* Is a line nothing but list markers (bullets, dashes, numbers)? */
static bool
markers_only(const char *t)
{
    for (const char *p = t; *p;) {
        if (strncmp(p, BULLET, 3) == 0 || strncmp(p, "\xE2\x80\x93", 3) == 0)
            p += 3;
        else if ((*p >= '0' && *p <= '9') || *p == '.' || *p == ' ')
            p++;
        else
            return false;
    }
    return true;
}

/* Items that open with a figure's stand-in, then a heading, a paragraph
 * and a link paragraph (a product page's feature list): each marker is on
 * the stand-in's line, just left of it, and the stand-in starts at the
 * item's text edge like the heading under it. */
TEST(marker_on_first_line_of_a_figure)
{
    env e;
    doc_node *art = start(&e);
    doc_node *l = list(e.a, art, false);
    const char *names[3] = {"Inspector", "Console", "Debugger"};
    for (int k = 0; k < 3; k++) {
        doc_node *it = lt_block(e.a, l, DOC_ITEM, NULL);
        lt_standin(e.a, it, "Screenshot", NULL);
        heading(e.a, it, 2, names[k]);
        lt_block(e.a, it, DOC_PARA, "Examine and modify the structure and layout of a page, "
                                 "with a sentence that runs to a second line or more.");
        lt_block(e.a, it, DOC_PARA, "Learn more about it");
    }
    OK(run(&e, art, NULL) == 0);
    int seen = 0;
    for (size_t i = 0; i < e.n; i++) {
        OK(!markers_only(e.ls[i].text)); /* never a marker alone on a line */
        if (!strstr(e.ls[i].text, "[Image: Screenshot]"))
            continue;
        seen++;
        OK(strstr(e.ls[i].text, BULLET) != NULL);
        size_t h = i + 1;
        OK(h < e.n && strstr(e.ls[h].text, names[seen - 1]) != NULL);
        if (h < e.n) {
            /* marker hangs left of the text edge; stand-in and heading share it */
            OK(e.ls[i].left < e.ls[h].left - 0.25 * e.st.size);
        }
    }
    INT_EQ(seen, 3);
    /* the stand-in line's text (past its marker) starts at the heading's edge */
    const lay_page *pg = &e.out.pages[0];
    double standin_x = -1, heading_x = -1;
    for (size_t i = 0; i < pg->n_items; i++) {
        const lay_item *it = &pg->items[i];
        if (it->kind != LAY_TEXT)
            continue;
        if (standin_x < 0 && it->len >= 7 && memcmp(it->text, "[Image:", 7) == 0)
            standin_x = it->x;
        if (heading_x < 0 && it->len == 9 && memcmp(it->text, "Inspector", 9) == 0)
            heading_x = it->x;
    }
    OK(standin_x > 0 && fabs(standin_x - heading_x) < 0.01);
    done(&e);
}

/* Space inside a loose item (stand-in to heading, heading to text,
 * paragraph to paragraph) is smaller than the space between items; a
 * heading inside an item has much less space above than a section
 * heading in running text, and is set no larger than one. */
TEST(space_inside_items_less_than_between)
{
    env e;
    doc_node *art = start(&e);
    doc_node *l = list(e.a, art, true);
    for (int k = 0; k < 3; k++) {
        doc_node *it = lt_block(e.a, l, DOC_ITEM, NULL);
        lt_standin(e.a, it, "Photo", "Credit Someone");
        heading(e.a, it, 2, k == 1 ? "Item heading one" : "Item heading");
        lt_block(e.a, it, DOC_PARA, "Text of the item that runs long enough to take two lines "
                                 "in the measure of this test page, or nearly three.");
        lt_block(e.a, it, DOC_PARA, "By A. Writer");
    }
    heading(e.a, art, 2, "A section heading");
    lt_block(e.a, art, DOC_PARA, "Running text after the section heading.");
    OK(run(&e, art, NULL) == 0);
    double max_in = 0, min_between = 1e9;
    int between = 0;
    for (size_t i = 0; i + 1 < e.n; i++) {
        if (e.ls[i].page != e.ls[i + 1].page)
            continue;
        bool last_of_item = strstr(e.ls[i].text, "By A. Writer") != NULL;
        bool in_list = find(&e, "[Image: Photo]") <= i && i < find(&e, "A section heading");
        if (!in_list || (last_of_item && i + 1 == find(&e, "A section heading")))
            continue;
        double w = white_below(&e, i);
        if (last_of_item) {
            between++;
            if (w < min_between)
                min_between = w;
        } else if (w > max_in) {
            max_in = w;
        }
    }
    INT_EQ(between, 2);
    OK(max_in > 0);
    OK(max_in < min_between);
    OK(max_in < 0.75 * min_between); /* clearly, not by a hair */
    /* a heading in an item: less space above than a section heading,
       and not set larger than it */
    size_t ih = find(&e, "Item heading one"), sh = find(&e, "A section heading");
    OK(ih != SIZE_MAX && sh != SIZE_MAX && ih > 0 && sh > 0);
    if (ih != SIZE_MAX && sh != SIZE_MAX && ih > 0 && sh > 0) {
        OK(white_below(&e, ih - 1) < 0.5 * white_below(&e, sh - 1));
        OK(e.ls[ih].size < e.ls[sh].size);
    }
    done(&e);
}

/* A heading inside an item keeps with what follows: on a page too short
 * for the item, it is never the last line of a page. */
TEST(item_heading_keeps_with_next)
{
    for (int before = 0; before < 40; before++) {
        env e;
        doc_node *art = start(&e);
        for (int k = 0; k < before; k++)
            lt_block(e.a, art, DOC_PARA, "Filler text.");
        doc_node *l = list(e.a, art, false);
        doc_node *it = lt_block(e.a, l, DOC_ITEM, NULL);
        lt_block(e.a, it, DOC_PARA, "First paragraph of the item.");
        heading(e.a, it, 3, "Inside heading");
        lt_block(e.a, it, DOC_PARA, "Text under the heading, on two lines at least, as it "
                                 "goes on and on past the end of the first.");
        int r = lay_document(e.a, &e.d, art, NULL, &e.st, W, 300, &fake, &e.out);
        OK(r == 0);
        read_lines(&e);
        size_t h = find(&e, "Inside heading");
        OK(h != SIZE_MAX && h + 1 < e.n && e.ls[h + 1].page == e.ls[h].page);
        done(&e);
    }
}

/* An item's first line does not end a page alone: a stand-in opening the
 * item goes over with its heading, wherever the item falls on the page. */
TEST(item_first_line_not_alone)
{
    int moved = 0;
    for (int before = 0; before < 40; before++) {
        env e;
        doc_node *art = start(&e);
        for (int k = 0; k < before; k++)
            lt_block(e.a, art, DOC_PARA, "Filler text.");
        doc_node *l = list(e.a, art, false);
        for (int k = 0; k < 2; k++) {
            doc_node *it = lt_block(e.a, l, DOC_ITEM, NULL);
            lt_standin(e.a, it, "Screenshot", NULL);
            heading(e.a, it, 2, k ? "Second tool" : "First tool");
            lt_block(e.a, it, DOC_PARA, "What the tool does, in a sentence long enough to run "
                                     "onto a second line of the item.");
        }
        OK(lay_document(e.a, &e.d, art, NULL, &e.st, W, 400, &fake, &e.out) == 0);
        read_lines(&e);
        for (size_t i = 0; i + 1 < e.n; i++)
            if (strstr(e.ls[i].text, "[Image: Screenshot]")) {
                OK(strstr(e.ls[i + 1].text, "tool") != NULL);
                OK(e.ls[i + 1].page == e.ls[i].page);
                moved += e.ls[i].page > 0 && i > 0 && e.ls[i - 1].page < e.ls[i].page;
            }
        done(&e);
    }
    OK(moved > 0); /* some item did fall at a page's foot and went over whole */
}

/* An item that opens with a nested list: both markers on the nested
 * item's first line, the outer one left of the inner one. */
TEST(marker_with_nested_list_first)
{
    env e;
    doc_node *art = start(&e);
    doc_node *l = list(e.a, art, true);
    lt_block(e.a, lt_block(e.a, l, DOC_ITEM, NULL), DOC_PARA, "Plain item");
    doc_node *it = lt_block(e.a, l, DOC_ITEM, NULL);
    doc_node *in = list(e.a, it, true);
    lt_block(e.a, lt_block(e.a, in, DOC_ITEM, NULL), DOC_PARA, "Nested first");
    lt_block(e.a, lt_block(e.a, in, DOC_ITEM, NULL), DOC_PARA, "Nested second");
    OK(run(&e, art, NULL) == 0);
    size_t i = find(&e, "Nested first");
    OK(i != SIZE_MAX);
    if (i != SIZE_MAX) {
        OK(strstr(e.ls[i].text, "2.") != NULL && strstr(e.ls[i].text, "1.") != NULL);
        OK(!markers_only(e.ls[i - 1].text));
    }
    for (size_t k = 0; k < e.n; k++)
        OK(!markers_only(e.ls[k].text));
    done(&e);
}

static int
fake_image(void *ud, const char *path, double *w, double *h)
{
    (void)ud;
    (void)path;
    *w = 120;
    *h = 80;
    return 0;
}

/* A picture that opens an item: the marker beside the picture's top, on
 * the baseline of a first line set there; the picture at the item's text
 * edge, not centred away from its marker. */
TEST(marker_beside_a_picture)
{
    env e;
    doc_node *art = start(&e);
    doc_node *l = list(e.a, art, false);
    for (int k = 0; k < 2; k++) {
        doc_node *it = lt_block(e.a, l, DOC_ITEM, NULL);
        doc_node *fig = lt_block(e.a, it, DOC_FIGURE, NULL);
        doc_node *img = lt_block(e.a, fig, DOC_IMAGE, "alt");
        img->as.link.href = "pic.png";
        lt_block(e.a, it, DOC_PARA, "What the picture shows.");
    }
    lay_book_options bo;
    memset(&bo, 0, sizeof bo);
    bo.image_size = fake_image;
    OK(run(&e, art, &bo) == 0);
    int pics = 0;
    for (size_t p = 0; p < e.out.n_pages; p++) {
        const lay_page *pg = &e.out.pages[p];
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *im = &pg->items[i];
            if (im->kind != LAY_IMAGE)
                continue;
            pics++;
            const lay_item *mk = NULL;
            for (size_t k = 0; k < pg->n_items; k++) {
                const lay_item *t = &pg->items[k];
                if (t->kind == LAY_TEXT && t->len == 3 && memcmp(t->text, BULLET, 3) == 0 &&
                    t->y < im->y + im->h && t->y > im->y)
                    mk = t;
            }
            OK(mk != NULL);
            if (mk) {
                OK(fabs(mk->y - (im->y + im->h - 0.8 * mk->size)) < 0.01);
                OK(fabs(im->x - (mk->x + mk->w + 0.5 * mk->size)) < 0.01);
            }
        }
    }
    INT_EQ(pics, 2); /* (here a marker's line has no other text: the picture is not text) */
    done(&e);
}

/* One-line items, a nested outline and an empty item: compact as before
 * (the item gap of a tight list is well under a loose list's), each
 * marker on its own item's line, and an empty item still shows its
 * marker. */
TEST(simple_lists_unchanged)
{
    env e;
    doc_node *art = start(&e);
    doc_node *l = list(e.a, art, false);
    l->flags |= DOC_F_TIGHT;
    for (int k = 0; k < 3; k++) {
        doc_node *it = lt_block(e.a, l, DOC_ITEM, NULL);
        lt_block(e.a, it, DOC_PARA, k == 0 ? "Alpha" : k == 1 ? "Beta" : "Gamma");
        if (k == 1) {
            doc_node *sub = list(e.a, it, false);
            sub->flags |= DOC_F_TIGHT;
            lt_block(e.a, lt_block(e.a, sub, DOC_ITEM, NULL), DOC_PARA, "Beta one");
            lt_block(e.a, lt_block(e.a, sub, DOC_ITEM, NULL), DOC_PARA, "Beta two");
        }
    }
    lt_block(e.a, l, DOC_ITEM, NULL); /* empty */
    OK(run(&e, art, NULL) == 0);
    size_t a = find(&e, "Alpha"), b = find(&e, "Beta"), b1 = find(&e, "Beta one");
    OK(a != SIZE_MAX && b == a + 1 && b1 == a + 2);
    if (a != SIZE_MAX && b == a + 1) {
        OK(strstr(e.ls[a].text, BULLET) != NULL);
        OK(strstr(e.ls[b1].text, "\xE2\x80\x93") != NULL); /* nested: a dash */
        /* tight: 0.35 em of air between one-line items, as before */
        double step = e.st.size * e.st.leading;
        OK(fabs((e.ls[a].y - e.ls[b].y) - (step + 0.35 * e.st.size)) < 0.01);
    }
    /* the empty item: its marker, once, after Gamma */
    size_t g = find(&e, "Gamma");
    OK(g != SIZE_MAX && g + 1 < e.n && strcmp(e.ls[g + 1].text, BULLET) == 0);
    done(&e);
}

/* In an item, a paragraph after a paragraph is indented as in running
 * text (classic style), and the text under a figure that opens the item
 * is not: it is the item's first paragraph. */
TEST(paragraph_indents_in_items)
{
    env e;
    doc_node *art = start(&e);
    doc_node *l = list(e.a, art, true);
    doc_node *it = lt_block(e.a, l, DOC_ITEM, NULL);
    lt_block(e.a, it, DOC_PARA, "Opening paragraph of the first item.");
    lt_block(e.a, it, DOC_PARA, "Second paragraph of the first item.");
    it = lt_block(e.a, l, DOC_ITEM, NULL);
    lt_standin(e.a, it, "Photo", NULL);
    lt_block(e.a, it, DOC_PARA, "Text under the figure.");
    OK(run(&e, art, NULL) == 0);
    size_t a = find(&e, "Opening paragraph"), b = find(&e, "Second paragraph"),
           f = find(&e, "[Image: Photo]"), t = find(&e, "Text under the figure");
    OK(a != SIZE_MAX && b != SIZE_MAX && f != SIZE_MAX && t != SIZE_MAX);
    if (a != SIZE_MAX && b != SIZE_MAX && f != SIZE_MAX && t != SIZE_MAX) {
        /* the item's text edge: where the opening line's text starts, past
           its number ("1." then a half-size space) */
        const lay_page *pg = &e.out.pages[e.ls[a].page];
        double edge = -1;
        for (size_t i = 0; i < pg->n_items; i++)
            if (pg->items[i].kind == LAY_TEXT && pg->items[i].len >= 7 &&
                memcmp(pg->items[i].text, "Opening", 7) == 0)
                edge = pg->items[i].x;
        OK(edge > 0);
        OK(fabs(e.ls[b].left - (edge + e.st.indent * e.st.size)) < 0.01);
        OK(fabs(e.ls[t].left - edge) < 0.01);
    }
    done(&e);
}

/* A definition list: each term bold and flush at the text's edge, its
 * definition indented 1.5 em under it with the first paragraph flush and
 * a second indented as in running text; a term never ends a page without
 * its definition, wherever the list falls. */
TEST(definition_list)
{
    env e;
    doc_node *art = start(&e);
    doc_node *dl = lt_block(e.a, art, DOC_DEFS, NULL);
    lt_block(e.a, dl, DOC_TERM, "Solidarity");
    doc_node *d = lt_block(e.a, dl, DOC_DEF, NULL);
    lt_block(e.a, d, DOC_PARA, "Unity of feeling among people with a common interest.");
    lt_block(e.a, d, DOC_PARA, "A second paragraph of the same definition.");
    lt_block(e.a, dl, DOC_TERM, "Picket");
    lt_block(e.a, lt_block(e.a, dl, DOC_DEF, NULL), DOC_PARA, "A person outside a workplace.");
    OK(run(&e, art, NULL) == 0);
    size_t t = find(&e, "Solidarity"), d1 = find(&e, "Unity"), d2 = find(&e, "A second"),
           t2 = find(&e, "Picket"), p = find(&e, "A paragraph before");
    OK(t != SIZE_MAX && d1 == t + 1 && d2 != SIZE_MAX && t2 != SIZE_MAX && p != SIZE_MAX);
    if (t != SIZE_MAX && d1 == t + 1 && d2 != SIZE_MAX && t2 != SIZE_MAX && p != SIZE_MAX) {
        double em = e.st.size;
        OK(fabs(e.ls[t].left - e.ls[p].left) < 0.01);
        OK(fabs(e.ls[t2].left - e.ls[p].left) < 0.01);
        OK(fabs(e.ls[d1].left - (e.ls[t].left + 1.5 * em)) < 0.01);
        OK(fabs(e.ls[d2].left - (e.ls[d1].left + e.st.indent * em)) < 0.01);
        /* the next group stands apart from the definition above it */
        OK(white_below(&e, t2 - 1) > white_below(&e, t) + 0.3 * em);
    }
    int bold = 0;
    const lay_page *pg = &e.out.pages[0];
    for (size_t i = 0; i < pg->n_items; i++)
        if (pg->items[i].kind == LAY_TEXT && pg->items[i].len == 10 &&
            memcmp(pg->items[i].text, "Solidarity", 10) == 0)
            bold += pg->items[i].face == PDF_FACE_BOLD;
    INT_EQ(bold, 1);
    done(&e);
    for (int before = 0; before < 40; before++) {
        env k;
        art = start(&k);
        for (int i = 0; i < before; i++)
            lt_block(k.a, art, DOC_PARA, "Filler text.");
        dl = lt_block(k.a, art, DOC_DEFS, NULL);
        for (int g = 0; g < 3; g++) {
            lt_block(k.a, dl, DOC_TERM, "Term");
            lt_block(k.a, lt_block(k.a, dl, DOC_DEF, NULL), DOC_PARA,
                     "Its definition, on two lines at least, as it goes on and on past the "
                     "end of the first line.");
        }
        OK(lay_document(k.a, &k.d, art, NULL, &k.st, W, 300, &fake, &k.out) == 0);
        read_lines(&k);
        for (size_t i = 0; i + 1 < k.n; i++)
            if (strcmp(k.ls[i].text, "Term") == 0)
                OK(k.ls[i + 1].page == k.ls[i].page);
        done(&k);
    }
}

/* A task's box is its marker, in the bullet's place: ticked or not, the
 * box alone, no bullet beside it, on the item's first line, and the text
 * on the same edge as a plain item's; a plain item in the same list keeps
 * its bullet (negative). */
TEST(task_box_is_the_marker)
{
    env e;
    doc_node *art = start(&e);
    doc_node *l = list(e.a, art, false);
    l->flags |= DOC_F_TIGHT;
    doc_node *done_it = lt_block(e.a, l, DOC_ITEM, NULL);
    done_it->flags |= DOC_F_TASK | DOC_F_DONE;
    lt_block(e.a, done_it, DOC_PARA, "Ticked");
    doc_node *open_it = lt_block(e.a, l, DOC_ITEM, NULL);
    open_it->flags |= DOC_F_TASK;
    lt_block(e.a, open_it, DOC_PARA, "Open");
    lt_block(e.a, lt_block(e.a, l, DOC_ITEM, NULL), DOC_PARA, "Plain");
    OK(doc_check(art) == NULL);
    OK(run(&e, art, NULL) == 0);
    size_t t = find(&e, "Ticked"), o = find(&e, "Open"), p = find(&e, "Plain");
    OK(t != SIZE_MAX && o == t + 1 && p == t + 2);
    if (t != SIZE_MAX && o == t + 1 && p == t + 2) {
        /* (runs in placing order: the marker is hung after the text) */
        STR_EQ(e.ls[t].text, "Ticked \xE2\x98\x91");
        STR_EQ(e.ls[o].text, "Open \xE2\x98\x90");
        STR_EQ(e.ls[p].text, "Plain " BULLET);
        /* the box hangs left of the text, which starts where a plain item's does */
        OK(e.ls[t].left < e.ls[p].left + 0.01);
    }
    done(&e);
}

int
main(void)
{
    RUN(marker_on_first_line_of_a_figure);
    RUN(space_inside_items_less_than_between);
    RUN(item_heading_keeps_with_next);
    RUN(item_first_line_not_alone);
    RUN(marker_with_nested_list_first);
    RUN(marker_beside_a_picture);
    RUN(simple_lists_unchanged);
    RUN(paragraph_indents_in_items);
    RUN(definition_list);
    RUN(task_box_is_the_marker);
    return test_report();
}
