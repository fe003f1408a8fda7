/*
 * test_layout_nav.c - the book around the articles (lay_book) over a fake
 * fixed-width font: contents numbers equal the labels of the pages their
 * links reach, even on a contents several pages long; front matter
 * labelled in roman and of even length; every internal link reaches a
 * destination; footnote reference and note link both ways; links to
 * another article's file and to heading slugs resolve; a table longer
 * than a page repeats its header row and never splits a row; a sources
 * entry that is a title alone never ends a page.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/utf8.h"
#include "doc/doc.h"
#include "manifest/manifest.h"
#include "pdf/layout/lay.h"
#include "style/style.h"

#include <math.h>
#include <stdio.h>
#include <time.h>

#include "harness.h"

#include "fake_metrics.h"
static const doc_pos nopos = {"t.md", 1, 1};

static doc_node *
article(arena *a, doc_node *parent, const char *title, const char *path)
{
    doc_node *art = doc_node_new(a, DOC_ARTICLE, nopos);
    doc_meta *m = doc_article_meta(a, art);
    m->title = title;
    m->path = path;
    m->source = "https://example.org/src";
    doc_append(parent, art);
    return art;
}

static doc_node *
text_block(arena *a, doc_node *parent, doc_type t, const char *s)
{
    doc_node *p = doc_node_new(a, t, nopos);
    doc_append(p, doc_text_new(a, s, strlen(s), nopos));
    doc_append(parent, p);
    return p;
}

static void
paras(arena *a, doc_node *parent, int n, int words)
{
    buf b;
    buf_init(&b, 0);
    for (int w = 0; w < words; w++)
        buf_adds(&b, w ? " word" : "Word");
    for (int i = 0; i < n; i++)
        text_block(a, parent, DOC_PARA, b.data);
    buf_cleanup(&b);
}

static doc_node *
heading(arena *a, doc_node *parent, int level, const char *s)
{
    doc_node *h = text_block(a, parent, DOC_HEADING, s);
    h->as.heading.level = level;
    return h;
}

typedef struct env {
    arena *a;
    diag_list d;
    style st;
    manifest m;
    lay_doc out;
} env;

static void
env_init(env *e)
{
    e->a = arena_new();
    diag_init(&e->d, e->a);
    style_defaults(&e->st);
    memset(&e->m, 0, sizeof e->m);
    e->m.title = "The Collection";
    e->m.subtitle = "A Test";
    static const char *eds[] = {"Ed One", NULL};
    e->m.editors = eds;
    e->m.n_editors = 1;
}

static void
env_free(env *e)
{
    diag_cleanup(&e->d);
    arena_free(e->a);
}

static bool
item_is(const lay_item *it, const char *s)
{
    return it->kind == LAY_TEXT && it->len == strlen(s) && memcmp(it->text, s, it->len) == 0;
}

static bool
page_has(const lay_page *pg, const char *word)
{
    for (size_t i = 0; i < pg->n_items; i++)
        if (item_is(&pg->items[i], word))
            return true;
    return false;
}

/* The page index holding destination `name`, or -1. */
static long
dest_page(const lay_doc *d, const char *name)
{
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            if (it->kind == LAY_DEST && it->dest && strcmp(it->dest, name) == 0)
                return (long)p;
        }
    return -1;
}

static size_t
front_count(const lay_doc *d)
{
    size_t n = 0;
    while (n < d->n_pages && d->pages[n].front_matter)
        n++;
    return n;
}

/* Every internal link reaches a destination; returns the count checked. */
static size_t
check_links(const lay_doc *d)
{
    size_t n = 0;
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            if (it->kind != LAY_LINK || !it->dest)
                continue;
            n++;
            if (dest_page(d, it->dest) < 0)
                TEST_FAIL_("link to %s reaches nothing", it->dest);
        }
    return n;
}

/* For each contents line (a link whose area ends at the right edge, with
 * a number on its baseline), the number is the target page's label;
 * returns the number of entries. */
static size_t
check_contents(const lay_doc *d)
{
    size_t nf = front_count(d), entries = 0;
    for (size_t p = 0; p < nf; p++) {
        const lay_page *pg = &d->pages[p];
        /* a number's link area ends at the measure's right edge; a
           title's own link area ends with the title */
        double right = 0;
        for (size_t i = 0; i < pg->n_items; i++)
            if (pg->items[i].kind == LAY_LINK && pg->items[i].x + pg->items[i].w > right)
                right = pg->items[i].x + pg->items[i].w;
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *lk = &pg->items[i];
            if (lk->kind != LAY_LINK || !lk->dest || lk->x + lk->w < right - 0.01)
                continue;
            /* the page number: text inside the link area, rightmost */
            const lay_item *num = NULL;
            for (size_t k = 0; k < pg->n_items; k++) {
                const lay_item *t = &pg->items[k];
                if (t->kind == LAY_TEXT && t->y > lk->y && t->y < lk->y + lk->h &&
                    t->x >= lk->x && t->x + t->w <= lk->x + lk->w + 0.01 &&
                    (!num || t->x > num->x) && !item_is(t, "."))
                    num = t;
            }
            if (!num)
                continue; /* a title's own link area */
            entries++;
            long tp = dest_page(d, lk->dest);
            OK(tp >= (long)nf);
            if (tp < 0)
                continue;
            const char *lab = d->pages[tp].label;
            OK(lab && num->len == strlen(lab) && memcmp(num->text, lab, num->len) == 0);
        }
    }
    return entries;
}

TEST(test_book_front_matter)
{
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    for (int pi = 0; pi < 2; pi++) {
        doc_node *part = doc_node_new(e.a, DOC_PART, nopos);
        part->as.part.title = pi ? "Part Two" : "Part One";
        doc_append(coll, part);
        for (int ai = 0; ai < 2; ai++) {
            doc_node *art = article(e.a, part, "An Article", NULL);
            paras(e.a, art, 3, 80);
            heading(e.a, art, 2, "A Section");
            paras(e.a, art, 4, 90);
            heading(e.a, art, 3, "Too Deep For Contents");
            paras(e.a, art, 1, 20);
        }
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    size_t nf = front_count(&e.out);
    OK(nf >= 3);
    INT_EQ(nf % 2, 0); /* page 1 is a recto */
    for (size_t p = 0; p < e.out.n_pages; p++) {
        const lay_page *pg = &e.out.pages[p];
        char want[16];
        if (p < nf) {
            const char *r[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"};
            snprintf(want, sizeof want, "%s", p < 8 ? r[p] : "?");
        } else {
            snprintf(want, sizeof want, "%zu", p - nf + 1);
        }
        OK(pg->label && strcmp(pg->label, want) == 0);
        INT_EQ(pg->folio, (int)(p < nf ? p + 1 : p - nf + 1));
    }
    /* cover: the title, no folio; contents: parts, articles, sections */
    bool cover_title = false, cover_folio = false;
    for (size_t i = 0; i < e.out.pages[0].n_items; i++) {
        cover_title |= item_is(&e.out.pages[0].items[i], "Collection");
        cover_folio |= item_is(&e.out.pages[0].items[i], "i");
    }
    OK(cover_title);
    OK(!cover_folio);
    /* 2 parts + 4 articles + 4 sections + sources; level-3 headings not */
    INT_EQ(check_contents(&e.out), 11);
    OK(check_links(&e.out) > 11);
    OK(e.out.n_outline > 2);
    if (e.out.n_outline > 2) {
        STR_EQ(e.out.outline[0].title, "Contents");
        OK(e.out.outline[0].page < nf);
        STR_EQ(e.out.outline[e.out.n_outline - 1].title, "Sources");
        OK(e.out.outline[1].page >= nf);
    }
    INT_EQ(e.d.errors, 0);
    env_free(&e);
}

TEST(test_long_contents)
{
    /* a contents of several pages: still every number right */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    for (int i = 0; i < 90; i++) {
        doc_node *art = article(e.a, coll, i % 3 ? "Short" : "A Much Longer Article Title That "
                                                   "Wraps Onto A Second Line Of The Contents",
                                NULL);
        paras(e.a, art, 1 + i % 4, 60);
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    size_t nf = front_count(&e.out);
    OK(nf >= 6);
    INT_EQ(nf % 2, 0);
    INT_EQ(check_contents(&e.out), 91);
    check_links(&e.out);
    env_free(&e);
}

static doc_node *
link_para(arena *a, doc_node *art, const char *before, const char *href, const char *label)
{
    doc_node *p = text_block(a, art, DOC_PARA, before);
    doc_node *l = doc_node_new(a, DOC_LINK, nopos);
    l->as.link.href = href;
    doc_append(l, doc_text_new(a, label, strlen(label), nopos));
    doc_append(p, l);
    return p;
}

/* The LAY_LINK whose area covers the text item `word` set smaller than
 * `size` (HUGE_VAL: at any size; less: a superscript), or NULL. */
static const lay_item *
link_over_small(const lay_doc *d, const char *word, double size, size_t *page)
{
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *t = &d->pages[p].items[i];
            if (!item_is(t, word) || t->size >= size - 0.01)
                continue;
            for (size_t k = 0; k < d->pages[p].n_items; k++) {
                const lay_item *l = &d->pages[p].items[k];
                if (l->kind == LAY_LINK && t->x >= l->x - 0.01 &&
                    t->x + t->w <= l->x + l->w + 0.01 && t->y > l->y && t->y < l->y + l->h) {
                    *page = p;
                    return l;
                }
            }
        }
    return NULL;
}

static const lay_item *
link_over(const lay_doc *d, const char *word, size_t *page)
{
    return link_over_small(d, word, HUGE_VAL, page);
}

TEST(test_links_and_notes)
{
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *a1 = article(e.a, coll, "First", "articles/first.md");
    link_para(e.a, a1, "See ", "second.md#sec-two", "elsewhere");
    link_para(e.a, a1, "And ", "#local-bit", "here");
    link_para(e.a, a1, "Or ", "second.md", "that");
    link_para(e.a, a1, "Out ", "https://example.com/x", "there");
    link_para(e.a, a1, "Not ", "#no-such-id", "nowhere");
    doc_node *p = text_block(e.a, a1, DOC_PARA, "A claim");
    doc_node *def = doc_node_new(e.a, DOC_NOTE_DEF, nopos);
    def->as.note.label = "1";
    text_block(e.a, def, DOC_PARA, "The evidence.");
    doc_node *ref = doc_node_new(e.a, DOC_NOTE_REF, nopos);
    ref->as.note.label = "1";
    ref->as.note.target = def;
    doc_append(p, ref);
    paras(e.a, a1, 6, 80);
    heading(e.a, a1, 2, "Local Bit");
    paras(e.a, a1, 1, 10);
    doc_append(a1, def);
    doc_node *a2 = article(e.a, coll, "Second", "other/second.md");
    paras(e.a, a2, 2, 50);
    heading(e.a, a2, 2, "Sec Two");
    paras(e.a, a2, 2, 50);
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    size_t pg;
    const lay_item *l = link_over(&e.out, "elsewhere", &pg);
    OK(l && l->dest);
    long sec2 = -1, art2 = -1, local = -1;
    for (size_t p2 = 0; p2 < e.out.n_pages; p2++)
        for (size_t i = 0; i < e.out.pages[p2].n_items; i++) {
            const lay_item *t = &e.out.pages[p2].items[i];
            if (item_is(t, "Two"))
                sec2 = (long)p2;
            if (item_is(t, "Second") && t->face == PDF_FACE_BOLD && art2 < 0)
                art2 = (long)p2;
            if (item_is(t, "Bit"))
                local = (long)p2;
        }
    if (l && l->dest)
        INT_EQ(dest_page(&e.out, l->dest), sec2);
    l = link_over(&e.out, "here", &pg);
    OK(l && l->dest);
    if (l && l->dest)
        INT_EQ(dest_page(&e.out, l->dest), local);
    l = link_over(&e.out, "that", &pg);
    OK(l && l->dest);
    if (l && l->dest)
        INT_EQ(dest_page(&e.out, l->dest), art2);
    l = link_over(&e.out, "there", &pg);
    OK(l && l->href && strcmp(l->href, "https://example.com/x") == 0);
    OK(!link_over(&e.out, "nowhere", &pg)); /* an id nothing defines: plain text */
    /* reference -> note, and the note's label back to the reference */
    const lay_item *to_note = link_over_small(&e.out, "1", e.st.size, &pg); /* a superscript */
    OK(to_note && to_note->dest);
    size_t ref_page = pg;
    if (to_note && to_note->dest) {
        long np = dest_page(&e.out, to_note->dest);
        OK(np > (long)ref_page); /* the notes close the article */
        /* the note's own label links back to the reference's page */
        bool back = false;
        for (size_t i = 0; np >= 0 && i < e.out.pages[np].n_items; i++) {
            const lay_item *t = &e.out.pages[np].items[i];
            if (t->kind == LAY_LINK && t->dest && strcmp(t->dest, to_note->dest) != 0 &&
                dest_page(&e.out, t->dest) == (long)ref_page)
                back = true;
        }
        OK(back);
    }
    check_links(&e.out);
    env_free(&e);
}

/* The text item `s` on any page, or NULL. */
static const lay_item *
find_item(const lay_doc *d, const char *s)
{
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++)
            if (item_is(&d->pages[p].items[i], s))
                return &d->pages[p].items[i];
    return NULL;
}

/* A note reference is a superscript numeral, as in the EPUB: smaller,
 * raised, linked. References side by side are parted by commas, and a
 * run right after a figure is bracketed ("4,210" then 1 and 2 read as
 * "4,210¹²", a power); a reference after a word stays bare. One with no
 * note to go to prints its label as text, as the EPUB does. */
TEST(test_note_marks)
{
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *a1 = article(e.a, coll, "Notes", "notes.md");
    doc_node *p = text_block(e.a, a1, DOC_PARA, "It rose 4,210");
    doc_node *defs[2];
    for (int k = 0; k < 2; k++) {
        defs[k] = doc_node_new(e.a, DOC_NOTE_DEF, nopos);
        defs[k]->as.note.label = k ? "2" : "1";
    }
    const char *labels[4] = {"1", "2", "1", "9"};
    for (int k = 0; k < 4; k++) {
        doc_node *r = doc_node_new(e.a, DOC_NOTE_REF, nopos);
        r->as.note.label = labels[k];
        r->as.note.target = k == 3 ? NULL : defs[k == 1];
        doc_append(p, r);
        if (k == 1)
            doc_append(p, doc_text_new(e.a, " then fell", 10, nopos));
        if (k == 2)
            doc_append(p, doc_text_new(e.a, " and rose", 9, nopos));
    }
    for (int k = 0; k < 2; k++) {
        text_block(e.a, defs[k], DOC_PARA, k ? "At the weir." : "In a night.");
        doc_append(a1, defs[k]);
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    const lay_item *fig = find_item(&e.out, "4,210");
    const lay_item *open = find_item(&e.out, "[1"), *close = find_item(&e.out, ",2]");
    const lay_item *none = find_item(&e.out, "[9]");
    OK(fig && open && close && none);
    if (fig && open && close && none) {
        OK(open->size < fig->size && open->y > fig->y + 0.1);
        OK(close->size == open->size && close->y == open->y);
        OK(none->size == fig->size && none->y == fig->y); /* unresolved: text */
        /* after "rose": the bare numeral, as small and as high */
        size_t pg;
        OK(link_over_small(&e.out, "1", fig->size, &pg) != NULL);
        OK(link_over(&e.out, "[1", &pg) && link_over(&e.out, ",2]", &pg));
    }
    env_free(&e);
}

TEST(test_table_header_repeats)
{
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Tables", NULL);
    paras(e.a, art, 1, 30);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r < 120; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        if (r == 0)
            row->flags |= DOC_F_HEADER;
        doc_append(t, row);
        for (int c = 0; c < 3; c++) {
            doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
            char s[96];
            if (r == 0)
                snprintf(s, sizeof s, "Head%d", c);
            else if (c == 2 && r % 5 == 0)
                snprintf(s, sizeof s, "row%d a cell long enough to wrap over two or three "
                                      "lines in its column", r);
            else
                snprintf(s, sizeof s, "row%d", r);
            doc_append(cell, doc_text_new(e.a, s, strlen(s), nopos));
            doc_append(row, cell);
        }
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    size_t nf = front_count(&e.out), with_rows = 0;
    for (size_t p = nf; p < e.out.n_pages; p++) {
        const lay_page *pg = &e.out.pages[p];
        double head_y = -1, top_row = -1;
        bool rows = false;
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (item_is(it, "Head0"))
                head_y = it->y;
            if (it->kind == LAY_TEXT && it->len > 3 && memcmp(it->text, "row", 3) == 0) {
                rows = true;
                if (it->y > top_row)
                    top_row = it->y;
            }
        }
        if (!rows)
            continue;
        with_rows++;
        OK(head_y > top_row); /* the header sits above every row on the page */
        /* booktabs' heavy rules: over the header on every page the table
           is on (the header repeats with it), under the last row only */
        double low_row = 1e9;
        int over = 0, under = 0;
        bool last_row = false;
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (it->kind == LAY_TEXT && it->len > 3 && memcmp(it->text, "row", 3) == 0 &&
                it->y < low_row)
                low_row = it->y;
            last_row |= item_is(it, "row119");
        }
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (it->kind != LAY_RULE || it->h < 0.6)
                continue;
            over += it->y > head_y + e.st.size * 0.5;
            under += it->y < low_row;
        }
        INT_EQ(over, 1);
        INT_EQ(under, last_row ? 1 : 0);
        /* no row split: each "rowN" of the wrapping cell has its "rowN"
           neighbours (column 1) on the same page */
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (it->kind != LAY_TEXT || it->len < 4 || memcmp(it->text, "row", 3) != 0)
                continue;
            int count = 0;
            for (size_t k = 0; k < pg->n_items; k++)
                count += pg->items[k].kind == LAY_TEXT && pg->items[k].len == it->len &&
                         memcmp(pg->items[k].text, it->text, it->len) == 0;
            OK(count >= 3);
        }
    }
    OK(with_rows >= 2);
    /* columns: the first (short) column narrower than the wrapping third */
    env_free(&e);
}

TEST(test_table_rows_not_alone)
{
    /* A table of four rows under a header, started at every height on a
       page: it may go over whole or break two rows and two, never leave
       one row alone on either side of the break. */
    for (int fill = 8; fill < 60; fill++) {
        env e;
        env_init(&e);
        doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
        doc_node *art = article(e.a, coll, "Rows", NULL);
        paras(e.a, art, fill / 4, 40);
        paras(e.a, art, 1, 6 * (fill % 4) + 3);
        doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
        doc_append(art, t);
        for (int r = 0; r < 5; r++) {
            doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
            if (r == 0)
                row->flags |= DOC_F_HEADER;
            doc_append(t, row);
            for (int c = 0; c < 2; c++) {
                doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
                char lab[32];
                snprintf(lab, sizeof lab, r ? "Rowcell%d" : "Headcell%d", r);
                const char *txt = arena_strdup(e.a, lab);
                doc_append(cell, doc_text_new(e.a, txt, strlen(txt), nopos));
                doc_append(row, cell);
            }
        }
        paras(e.a, art, 3, 40);
        INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
        size_t page_of[5] = {0};
        for (int r = 1; r <= 4; r++) {
            char lab[32];
            snprintf(lab, sizeof lab, "Rowcell%d", r);
            for (size_t p = 0; p < e.out.n_pages; p++)
                if (page_has(&e.out.pages[p], lab))
                    page_of[r] = p;
        }
        int first = 0; /* rows on the table's first page */
        for (int r = 1; r <= 4; r++)
            first += page_of[r] == page_of[1];
        OK(first == 4 || first == 2);
        env_free(&e);
    }
}

static double
y_of(const lay_doc *d, const char *word)
{
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++)
            if (item_is(&d->pages[p].items[i], word))
                return d->pages[p].items[i].y;
    return -1;
}

TEST(test_tight_list_not_spaced_as_paragraphs)
{
    /* In a style that parts paragraphs by space (the handout's), a tight
       list's items stand a tight list's gap apart, not a paragraph's. */
    env e;
    env_init(&e);
    e.st.para_spacing = 0.8;
    e.st.indent = 0;
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "List", NULL);
    paras(e.a, art, 1, 20);
    doc_node *list = doc_node_new(e.a, DOC_LIST, nopos);
    list->flags |= DOC_F_TIGHT;
    doc_append(art, list);
    static const char *const items[] = {"Itemone", "Itemtwo", "Itemthree"};
    for (int i = 0; i < 3; i++) {
        doc_node *item = doc_node_new(e.a, DOC_ITEM, nopos);
        doc_append(list, item);
        text_block(e.a, item, DOC_PARA, items[i]);
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    double y1 = y_of(&e.out, "Itemone"), y2 = y_of(&e.out, "Itemtwo");
    double y3 = y_of(&e.out, "Itemthree");
    double lead = e.st.size * e.st.leading;
    OK(y1 > 0 && y2 > 0 && y3 > 0);
    OK(fabs((y1 - y2) - (lead + 0.35 * e.st.size)) < 0.01); /* y grows up the page */
    OK(fabs((y2 - y3) - (y1 - y2)) < 0.01);
    env_free(&e);
}

TEST(test_least_headings_italic)
{
    /* h2 and h3 bold, h4 to h6 italic, as the EPUB sets them */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Levels", NULL);
    static const char *const names[] = {"Leveltwo", "Levelthree", "Levelfour", "Levelfive",
                                        "Levelsix"};
    for (int l = 2; l <= 6; l++) {
        heading(e.a, art, l, names[l - 2]);
        paras(e.a, art, 1, 30);
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    for (int l = 2; l <= 6; l++) {
        const lay_item *it = NULL; /* the last: the contents lists some first */
        for (size_t p = 0; p < e.out.n_pages; p++)
            for (size_t i = 0; i < e.out.pages[p].n_items; i++)
                if (item_is(&e.out.pages[p].items[i], names[l - 2]))
                    it = &e.out.pages[p].items[i];
        OK(it && it->face == (l >= 4 ? PDF_FACE_ITALIC : PDF_FACE_BOLD));
    }
    env_free(&e);
}

TEST(test_title_pages_fit)
{
    /* A long title, subtitle and description in large type on small
       paper: the drawn cover and the title page each stay one page (they
       close up, then shrink), never running onto a page with a folio. */
    env e;
    env_init(&e);
    e.st.size = 18;
    e.m.title = "Alpha readings on neighbours shared work and the public places we keep "
                "together in the town";
    e.m.subtitle = "An anthology of essays letters and minutes from a whole year of the "
                   "reading circle in the riverside library";
    e.m.description = "Eight short essays for a reading circle on what neighbours build "
                      "together with notes for the discussion leader and questions";
    e.m.publisher = "Imprintco";
    e.m.rights = "Free to copy";
    e.m.date = "2026-09-01";
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Body", NULL);
    paras(e.a, art, 2, 30);
    lay_book_options bo = {0};
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    OK(e.out.n_pages > 5);
    if (e.out.n_pages > 5) {
        /* the cover, its blank back, the title page, the colophon */
        for (size_t p = 0; p < 3; p += 2)
            OK(page_has(&e.out.pages[p], "Alpha") && page_has(&e.out.pages[p], "Imprintco"));
        OK(page_has(&e.out.pages[3], "Eight") && page_has(&e.out.pages[3], "Imprintco") &&
           page_has(&e.out.pages[3], "copy"));
        OK(!page_has(&e.out.pages[4], "Imprintco") && !page_has(&e.out.pages[4], "Alpha"));
    }
    env_free(&e);
}

/* The pages among the first `upto` that hold a single line of text. */
static size_t
one_line_pages(const lay_doc *d, size_t upto)
{
    size_t ones = 0;
    for (size_t p = 0; p < upto && p < d->n_pages; p++) {
        double ys[64];
        size_t n = 0;
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            bool seen = false;
            for (size_t k = 0; k < n && it->kind == LAY_TEXT; k++)
                seen |= fabs(ys[k] - it->y) < 0.5;
            if (it->kind == LAY_TEXT && !seen && n < 64)
                ys[n++] = it->y;
        }
        ones += n == 1;
    }
    return ones;
}

TEST(test_title_page_on_a_recto)
{
    /* The cover is page 1, so the title page is page 3, a recto; page 2
       (the cover's back) is blank and page 4, the title page's back, is
       the colophon: the description, date, publisher and rights (the
       title page keeps the date under the names), and what set the book. The contents open on a
       recto (page 5), the front matter is of even length (the first article on a recto, page 1 in
       arabic) and numbered in roman. */
    env e;
    env_init(&e);
    e.m.title = "Gamma Book";
    e.m.description = "Delta description here";
    e.m.publisher = "Imprintco";
    e.m.rights = "Rightsword reserved";
    e.m.date = "2026-09-01";
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Body", NULL);
    paras(e.a, art, 2, 30);
    lay_book_options bo = {0};
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    size_t nf = front_count(&e.out);
    OK(nf >= 5 && nf % 2 == 0 && e.out.n_pages > nf);
    if (nf >= 5 && e.out.n_pages > nf) {
        const lay_page *pg = e.out.pages;
        OK(page_has(&pg[0], "Gamma")); /* the cover */
        size_t texts = 0;
        for (size_t i = 0; i < pg[1].n_items; i++)
            texts += pg[1].items[i].kind == LAY_TEXT;
        INT_EQ(texts, 0); /* its back: blank, no folio */
        OK(page_has(&pg[2], "Gamma") && page_has(&pg[2], "Imprintco"));
        OK(!page_has(&pg[2], "Delta") && !page_has(&pg[2], "Rightsword") &&
           page_has(&pg[2], "2026"));
        OK(page_has(&pg[3], "Delta") && page_has(&pg[3], "Rightsword") &&
           page_has(&pg[3], "2026") && page_has(&pg[3], "Imprintco") && page_has(&pg[3], "sheaf"));
        OK(!page_has(&pg[3], "Gamma"));
        OK(dest_page(&e.out, "contents") == 4);
        STR_EQ(pg[2].label ? pg[2].label : "", "iii");
        STR_EQ(pg[4].label ? pg[4].label : "", "v");
        STR_EQ(pg[nf].label ? pg[nf].label : "", "1");
        OK(page_has(&pg[nf], "Body"));
    }
    env_free(&e);
    /* a book saying nothing of its edition: the colophon holds its date
       and what set the book, and the title page stays on page 3 */
    env_init(&e);
    e.m.title = "Gamma Book";
    e.m.date = "2026-09-01";
    coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    art = article(e.a, coll, "Body", NULL);
    paras(e.a, art, 2, 30);
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    OK(e.out.n_pages > 4 && page_has(&e.out.pages[2], "Gamma") &&
       page_has(&e.out.pages[3], "2026") && dest_page(&e.out, "contents") == 4);
    INT_EQ(one_line_pages(&e.out, 4), 0);
    env_free(&e); /* ... nor of its date (a layout without the build's): the colophon
    names the typeface and sheaf on two lines, and the contents still open
    on page 5. No page of the front matter holds a single line of text
    (pdf-typo-score stops with an error on such a page). */
    env_init(&e);
    e.m.title = "Gamma Book";
    coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    art = article(e.a, coll, "Body", NULL);
    paras(e.a, art, 2, 30);
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    OK(e.out.n_pages > 4 && page_has(&e.out.pages[2], "Gamma") &&
       page_has(&e.out.pages[3], "sheaf") && dest_page(&e.out, "contents") == 4);
    INT_EQ(one_line_pages(&e.out, 4), 0);
    env_free(&e);
}

/* Does the contents page (the page of destination "contents" and those
 * before the first body page after it) print the word? */
static bool
contents_has(const lay_doc *d, const char *word)
{
    long c = dest_page(d, "contents");
    size_t nf = front_count(d);
    for (size_t p = c < 0 ? nf : (size_t)c; p < nf; p++)
        if (page_has(&d->pages[p], word))
            return true;
    return false;
}

static bool
outline_has(const lay_doc *d, const char *title)
{
    for (size_t i = 0; i < d->n_outline; i++)
        if (strcmp(d->outline[i].title, title) == 0)
            return true;
    return false;
}

/* An article with sections, n of them, titled "<word>N". */
static void
sectioned(arena *a, doc_node *coll, const char *title, const char *word, int n)
{
    doc_node *art = article(a, coll, title, NULL);
    paras(a, art, 1, 20);
    for (int k = 0; k < n; k++) {
        heading(a, art, 2, arena_printf(a, "%s%d", word, k + 1));
        paras(a, art, 1, 20);
    }
}

TEST(test_contents_sections_when_few)
{
    /* The printed contents lists an article's sections when it has a few
       (here 3: listed) and not when it has many (8: the article alone);
       the outline keeps every section either way. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    sectioned(e.a, coll, "Fewer", "Fewsec", 3);
    sectioned(e.a, coll, "Many", "Manysec", DOC_CONTENTS_MAX_SECTIONS + 2);
    lay_book_options bo = {0};
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    OK(contents_has(&e.out, "Fewer") && contents_has(&e.out, "Many"));
    OK(contents_has(&e.out, "Fewsec1") && contents_has(&e.out, "Fewsec3"));
    OK(!contents_has(&e.out, "Manysec1") && !contents_has(&e.out, "Manysec8"));
    OK(outline_has(&e.out, "Manysec1") && outline_has(&e.out, "Manysec8"));
    env_free(&e);
}

TEST(test_contents_within_two_pages)
{
    /* Twenty articles of three sections each would make four pages of
       contents: it lists the articles alone, in two pages at most; six
       such articles keep their sections (negative). */
    for (int round = 0; round < 2; round++) {
        env e;
        env_init(&e);
        doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
        int n = round == 0 ? 20 : 6;
        for (int i = 0; i < n; i++)
            sectioned(e.a, coll, arena_printf(e.a, "Article%d", i + 1), "Sec", 3);
        lay_book_options bo = {0};
        INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
        OK(contents_has(&e.out, arena_printf(e.a, "Article%d", n)));
        if (round == 0) {
            OK(!contents_has(&e.out, "Sec1"));
            long c = dest_page(&e.out, "contents");
            OK(c == 4 && front_count(&e.out) - (size_t)c <= 2);
        } else {
            OK(contents_has(&e.out, "Sec1") && contents_has(&e.out, "Sec3"));
        }
        OK(outline_has(&e.out, "Sec1"));
        env_free(&e);
    }
}

TEST(test_typed_list_lines_hang)
{
    /* Lines typed as a list ("+ Added ...", separated by line breaks):
       a line that wraps hangs its turnover under the text after the
       marker, as a list item does, not a verse's em in. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Changes", NULL);
    doc_node *p = doc_node_new(e.a, DOC_PARA, nopos);
    p->flags |= DOC_F_VERSE;
    doc_append(art, p);
    static const char *const lines[] = {
        "+ Added alpha", "+ Added beta",
        "+ Added gamma and a line long enough to wrap over the measure of the page twice "
        "at least, so that its turnover shows where it hangs: under Added",
        "12. Numbered zeta and another line long enough to wrap over the measure of the page "
        "at least once more, hanging under Numbered"};
    for (size_t i = 0; i < 4; i++) {
        if (i)
            doc_append(p, doc_node_new(e.a, DOC_BREAK, nopos));
        doc_append(p, doc_text_new(e.a, lines[i], strlen(lines[i]), nopos));
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    /* each line's left end, by baseline */
    double ys[64], xs[64], added = -1, numbered = -1, plus = -1, twelve = -1;
    /* (fake metrics: "+ " is an em, as a verse's turnover; "12. " two) */
    size_t n = 0;
    size_t pg = e.out.n_pages - 2; /* the article's page (Sources follows) */
    for (size_t i = 0; i < e.out.pages[pg].n_items; i++) {
        const lay_item *it = &e.out.pages[pg].items[i];
        if (it->kind != LAY_TEXT)
            continue;
        if (it->len >= 5 && !memcmp(it->text, "Added", 5) && added < 0)
            added = it->x;
        if (it->text[0] == '+' && plus < 0)
            plus = it->x;
        if (it->len >= 3 && !memcmp(it->text, "12.", 3) && twelve < 0)
            twelve = it->x;
        if (it->len >= 8 && !memcmp(it->text, "Numbered", 8) && numbered < 0)
            numbered = it->x;
        size_t k = 0;
        while (k < n && fabs(ys[k] - it->y) > 0.01)
            k++;
        if (k == n && n < 64)
            ys[n] = it->y, xs[n++] = it->x;
        else if (k < n && it->x < xs[k])
            xs[k] = it->x;
    }
    OK(plus >= 0 && added > plus + 1 && numbered > plus + 1);
    /* as in a list, every item's text starts at one place, where the
       widest marker ends; a narrower marker is set flush against it */
    OK(fabs(numbered - added) < 0.01);
    OK(twelve >= 0 && twelve < plus - 1);
    int at_added = 0, at_numbered = 0;
    for (size_t k = 0; k < n; k++) {
        at_added += fabs(xs[k] - added) < 0.01;
        at_numbered += fabs(xs[k] - numbered) < 0.01;
    }
    OK(at_added >= 2);    /* the turnovers of "+ Added gamma ..." */
    OK(at_numbered >= 1); /* and of "12. Numbered zeta ..." */
    env_free(&e);
}

TEST(test_cjk_article_hyphenates_latin)
{
    /* Chinese has no hyphenation patterns, but the Latin words in a
       Chinese article are mostly English: they hyphenate with English
       patterns, rather than a long name left whole spreading the line's
       characters apart. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "\xE4\xB8\xAD\xE6\x96\x87", NULL);
    doc_article_meta(e.a, art)->language = "zh";
    buf b;
    buf_init(&b, 0);
    buf_adds(&b, "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97");
    for (int i = 0; i < 12; i++)
        buf_adds(&b, " internationalization");
    text_block(e.a, art, DOC_PARA, b.data);
    buf_cleanup(&b);
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    int hyphens = 0;
    for (size_t p = front_count(&e.out); p < e.out.n_pages; p++)
        for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
            const lay_item *it = &e.out.pages[p].items[i];
            hyphens += it->kind == LAY_TEXT && it->len > 2 && it->text[0] >= 'a' &&
                       it->text[0] <= 'z' && it->text[it->len - 1] == '-';
        }
    OK(hyphens > 0);
    env_free(&e);
}

TEST(test_table_hostile)
{
    /* thousands of header rows (copied once, not per row; taller than half
       a page, so not repeated) and a row of 500 cells */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Hostile", NULL);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r < 3010; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        if (r < 3000)
            row->flags |= DOC_F_HEADER;
        doc_append(t, row);
        for (int c = 0; c < (r == 3005 ? 500 : 2); c++) {
            doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
            doc_append(cell, doc_text_new(e.a, "cell", 4, nopos));
            doc_append(row, cell);
        }
    }
    clock_t t0 = clock();
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    OK((double)(clock() - t0) / CLOCKS_PER_SEC < 20);
    OK(e.out.n_pages > 40);
    env_free(&e);
}

/* A table of `cols` columns and `rows` body rows under a header, every
 * body cell `text`. */
static void
table_of(arena *a, doc_node *art, int cols, int rows, const char *text)
{
    doc_node *t = doc_node_new(a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r <= rows; r++) {
        doc_node *row = doc_node_new(a, DOC_ROW, nopos);
        if (r == 0)
            row->flags |= DOC_F_HEADER;
        doc_append(t, row);
        for (int c = 0; c < cols; c++) {
            doc_node *cell = doc_node_new(a, DOC_CELL, nopos);
            const char *s = r == 0 ? "Head" : text;
            doc_append(cell, doc_text_new(a, s, strlen(s), nopos));
            doc_append(row, cell);
        }
    }
}

/* A line that names the table under it ("Most active developers") or a
 * sentence that leads into it with a colon is kept with the table's first
 * row wherever it falls: never alone at a page's foot with the table
 * overleaf. A sentence ending in a full stop over a table may part. */
TEST(test_table_label_kept_with_table)
{
    static const char *const labels[] = {"Most active developers",
                                         "Committers who were the most active in the year were:"};
    for (size_t li = 0; li < 2; li++) {
        int checked = 0, moved = 0;
        for (int before = 1; before <= 45; before++) {
            env e;
            env_init(&e);
            doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
            doc_node *art = article(e.a, coll, "Tables", NULL);
            paras(e.a, art, before, 3);
            text_block(e.a, art, DOC_PARA, labels[li]);
            table_of(e.a, art, 3, 6, "cell");
            INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
            long lab = -1, head = -1, word = -1;
            for (size_t p = 0; p < e.out.n_pages; p++)
                for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
                    const lay_item *it = &e.out.pages[p].items[i];
                    if (it->kind != LAY_TEXT)
                        continue;
                    if (lab < 0 && it->len >= 4 &&
                        (!memcmp(it->text, "Most", 4) || !memcmp(it->text, "Comm", 4)))
                        lab = (long)p;
                    if (head < 0 && item_is(it, "Head"))
                        head = (long)p;
                    if (it->len >= 4 && !memcmp(it->text, "Word", 4))
                        word = (long)p;
                }
            OK(lab >= 0 && head >= 0);
            if (lab >= 0 && head >= 0) {
                checked++;
                INT_EQ(lab, head);
                moved += word >= 0 && word != lab; /* the label opened a page */
            }
            env_free(&e);
        }
        INT_EQ(checked, 45);
        OK(moved > 0);
    }
}

/* The size of the first text item that starts with `word`, and in *lines
 * the number of distinct baselines such items sit on in the book. */
static double
size_of(const lay_doc *d, const char *word, size_t *lines)
{
    double size = 0, ys[512];
    size_t n = 0;
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            if (it->kind != LAY_TEXT || it->len < strlen(word) ||
                memcmp(it->text, word, strlen(word)) != 0)
                continue;
            if (size == 0)
                size = it->size;
            double y = it->y + 1000.0 * (double)p;
            bool seen = false;
            for (size_t k = 0; k < n && !seen; k++)
                seen = fabs(ys[k] - y) < 0.01;
            if (!seen && n < 512)
                ys[n++] = y;
        }
    *lines = n;
    return size;
}

TEST(test_table_wide_set_smaller)
{
    /* (fake metrics: a character is half an em; A5, a 305 pt measure,
       tables at 0.9 of the 10.5 pt text) */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Tables", NULL);
    /* two columns of prose: wrapped, at the table's size */
    table_of(e.a, art, 2, 2,
             "Prose words in a cell that runs over many lines of its column and then some more "
             "words");
    paras(e.a, art, 1, 10);
    /* three cells a little too wide for one line each: a small step down
       sets each on one line */
    table_of(e.a, art, 3, 2, "Near abcdefghijklmnop");
    paras(e.a, art, 1, 10);
    /* nine narrow columns: set smaller, down to seven tenths of the text */
    table_of(e.a, art, 9, 2, "Many words in a narrow column");
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    size_t lines;
    double s = size_of(&e.out, "Prose", &lines);
    OK(fabs(s - 0.9 * 10.5) < 0.01);
    s = size_of(&e.out, "Near", &lines);
    OK(s < 0.9 * 10.5 - 0.1 && s >= 0.85 * 0.9 * 10.5 - 0.01);
    INT_EQ(lines, 2); /* one line per row: the two rows */
    size_t wrapped;
    size_of(&e.out, "abcdefghijklmnop", &wrapped);
    INT_EQ(wrapped, 2); /* on the same lines as "Near" */
    s = size_of(&e.out, "Many", &lines);
    OK(fabs(s - 0.7 * 10.5) < 0.01);
    env_free(&e);
}

/* The left and right edges (page coordinates) of the text items that
 * start with `word`. */
static void
edges_of(const lay_doc *d, const char *word, double *lo, double *hi)
{
    *lo = 1e9, *hi = -1e9;
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            if (it->kind != LAY_TEXT || it->len < strlen(word) ||
                memcmp(it->text, word, strlen(word)) != 0)
                continue;
            *lo = fmin(*lo, it->x);
            *hi = fmax(*hi, it->x + it->w);
        }
}

/* Whether any text item holds the cut mark (a word broken by force). */
static bool
any_cut(const lay_doc *d)
{
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            for (size_t k = 0; it->kind == LAY_TEXT && k + 3 <= it->len; k++)
                if (!memcmp(it->text + k, "\xE2\x86\x92", 3))
                    return true;
        }
    return false;
}

TEST(test_table_wide_into_margins)
{
    /* Letter paper: the 32 em measure (336 pt) leaves margins wider than
       the style's 0.8 in. Five columns too wide for the measure take
       room from the margins, evenly, and keep the table size; the prose
       keeps the measure. With numbered lines the margins are the
       numbers': the table stays in the measure, set smaller. */
    for (int numbered = 0; numbered < 2; numbered++) {
        env e;
        env_init(&e);
        e.st.line_numbers = numbered;
        doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
        doc_node *art = article(e.a, coll, "Wide", NULL);
        paras(e.a, art, 1, 60);
        table_of(e.a, art, 5, 2, "Near abcdefghijklmnop");
        INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 612, 792, &fake, NULL, &e.out), 0);
        double wl, wr, ql, qr, tl, tr;
        edges_of(&e.out, "Word", &wl, &qr);
        edges_of(&e.out, "word", &ql, &wr); /* the prose: "Word word word ..." */
        tl = 1e9, tr = -1e9;                /* the table's: its top and bottom rules' */
        for (size_t p = 0; p < e.out.n_pages; p++)
            for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
                const lay_item *it = &e.out.pages[p].items[i];
                if (it->kind == LAY_RULE && it->h > 0.6) {
                    tl = fmin(tl, it->x);
                    tr = fmax(tr, it->x + it->w);
                }
            }
        double nl, nr;
        edges_of(&e.out, "Near", &nl, &nr);
        OK(nl >= tl - 0.01 && nr <= tr + 0.01);
        size_t lines;
        double s = size_of(&e.out, "Near", &lines);
        OK(wr - wl > 330 && wr - wl < 337); /* the measure */
        if (!numbered) {
            OK(fabs(s - 0.9 * 10.5) < 0.01);
            OK(tl < wl - 20 && tr > wr + 20);                         /* out into both margins */
            OK(fabs((wl - tl) - (tr - wr)) < 2);                      /* evenly */
            OK(tl >= 0.8 * 72 - 0.01 && tr <= 612 - 0.8 * 72 + 0.01); /* the style's margins */
        } else {
            OK(s < 0.9 * 10.5 - 0.1);
            OK(tl >= wl - 0.01 && tr <= wr + 0.01);
        }
        OK(!any_cut(&e.out));
        env_free(&e);
    }
}

TEST(test_table_smaller_before_cut)
{
    /* A5: eight columns of ten-figure numbers fit the 305 pt measure only
       below seven tenths of the text size (and figures do not hyphenate):
       the table is set smaller still, down to half the text size (6 pt
       at least), before a number is cut. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Figures", NULL);
    table_of(e.a, art, 8, 2, "1234567890");
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    size_t lines;
    double s = size_of(&e.out, "1234567890", &lines);
    OK(s < 0.7 * 10.5 - 0.1 && s >= 6 - 0.01);
    INT_EQ(lines, 2); /* each number whole, on its row's one line */
    OK(!any_cut(&e.out));
    env_free(&e);
}

/* The baselines (page * 1000 + y) of the text items that start with
 * `word`, in order, at most cap. */
static size_t
baselines(const lay_doc *d, const char *word, double *ys, size_t cap)
{
    size_t n = 0;
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items && n < cap; i++) {
            const lay_item *it = &d->pages[p].items[i];
            if (it->kind == LAY_TEXT && it->len >= strlen(word) &&
                memcmp(it->text, word, strlen(word)) == 0)
                ys[n++] = it->y + 1000.0 * (double)p;
        }
    return n;
}

TEST(test_table_short_words_whole)
{
    /* Nine columns whose long words fit side by side only hyphenated:
       the columns are as narrow as their hyphenated pieces, but a word
       under eight letters counts whole, so "15 islands" is set "15" over
       "islands", not "15 is-" over "lands". */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Short", NULL);
    doc_article_meta(e.a, art)->language = "en";
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r < 2; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        doc_append(t, row);
        for (int c = 0; c < 9; c++) {
            doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
            const char *w = c   ? "Administrative territorial authorities"
                            : r ? "15 islands"
                                : "Niue";
            doc_append(cell, doc_text_new(e.a, w, strlen(w), nopos));
            doc_append(row, cell);
        }
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    double y15[2], yi[2], ya[32];
    OK(baselines(&e.out, "Admin", ya, 32) == 16); /* hyphenated: "Admin-" or "Ad-" */
    OK(baselines(&e.out, "Administrative", ya, 32) == 0);
    OK(baselines(&e.out, "islands", yi, 2) == 1);                   /* whole */
    OK(baselines(&e.out, "15", y15, 2) == 1 && y15[0] > yi[0] + 1); /* over it */
    OK(!any_cut(&e.out));
    env_free(&e);
}

TEST(test_table_words_fit_exactly)
{
    /* A5: a column of one long word and eleven of short numbers fit side
       by side at about 0.82 of the table's size, above the seven tenths
       it may go to: set at that size, every word is whole. (The widths,
       each rounded up a thousandth of a point, summed past the room by
       that much, and the widest column, the only one narrowed, lost it
       all and had its word cut.) */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Exact", NULL);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r < 2; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        doc_append(t, row);
        for (int c = 0; c < 12; c++) {
            doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
            const char *w = c ? "1234" : "abcdefghijklmnopqrst";
            doc_append(cell, doc_text_new(e.a, w, strlen(w), nopos));
            doc_append(row, cell);
        }
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    size_t lines;
    double s = size_of(&e.out, "abcdefghijklmnopqrst", &lines);
    OK(s < 0.9 * 10.5 - 0.1 && s > 0.7 * 10.5);
    INT_EQ(lines, 2); /* whole, on its row's one line */
    OK(!any_cut(&e.out));
    env_free(&e);
}

TEST(test_table_short_words_hyphenated_at_least_size)
{
    /* Fourteen columns of "islands" do not fit side by side even at the
       least size a table is set (6 pt): there a short word hyphenated
       ("is-" over "lands") is better than one cut with a marker, and so
       in a style that sets its text unhyphenated too (large print). */
    for (int hyph = 0; hyph < 2; hyph++) {
        env e;
        env_init(&e);
        e.st.hyphenate = hyph;
        doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
        doc_node *art = article(e.a, coll, "Islands", NULL);
        doc_article_meta(e.a, art)->language = "en";
        table_of(e.a, art, 14, 2, "islands");
        INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
        double ys[64];
        OK(!any_cut(&e.out));
        OK(baselines(&e.out, "islands", ys, 64) == 0);
        OK(baselines(&e.out, "lands", ys, 64) == 28); /* every cell, after "is-" */
        size_t lines;
        OK(size_of(&e.out, "lands", &lines) < 6.01);
        env_free(&e);
    }
}

TEST(test_table_link_numbers_part)
{
    /* Printed link numbers in a table of narrow columns: "1234567[3]" is
       no single word, so the number goes under the word when the column
       is narrower than both, and the table is no smaller than seven
       tenths of the text (glued, the pair set it smaller still and cut
       words). */
    env e;
    env_init(&e);
    e.st.printed_urls = true;
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Codes", NULL);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r < 2; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        doc_append(t, row);
        for (int c = 0; c < 8; c++) {
            doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
            doc_node *l = doc_node_new(e.a, DOC_LINK, nopos);
            l->as.link.href = "https://example.org/code";
            doc_append(l, doc_text_new(e.a, "1234567", 7, nopos));
            doc_append(cell, l);
            doc_append(row, cell);
        }
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    double w[32], num[32];
    INT_EQ(baselines(&e.out, "1234567", w, 32), 16); /* each whole */
    size_t lines;
    OK(size_of(&e.out, "1234567", &lines) > 0.7 * 10.5 - 0.01);
    INT_EQ(baselines(&e.out, "[", num, 16), 16); /* the table's (the list of links follows) */
    size_t under = 0;                            /* numbers under their row's words */
    for (size_t i = 0; i < 16; i++)
        under += num[i] < w[i] - 1;
    INT_EQ(under, 16);
    OK(!any_cut(&e.out));
    /* each link numbered once, in order: measuring the cells numbers none */
    bool n16 = false, n17 = false;
    for (size_t p = 0; p < e.out.n_pages; p++)
        n16 |= page_has(&e.out.pages[p], "[16]"), n17 |= page_has(&e.out.pages[p], "[17]");
    OK(n16 && !n17);
    env_free(&e);
}

TEST(test_table_room_to_many_cells)
{
    /* A checklist: a column of twelve labels beside five columns of short
       marks, under a row of long column names. Room short of every
       cell's natural width goes where it saves lines: each label stays
       on one line and the names wrap, rather than every label
       wrapping to keep the names whole. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Checklist", NULL);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r <= 12; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        doc_append(t, row);
        for (int c = 0; c < 6; c++) {
            doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
            const char *s = r == 0 ? (c ? "Reviewed by the whole team" : "")
                            : c    ? "x"
                                   : "Alpha settings page Omega";
            doc_append(cell, doc_text_new(e.a, s, strlen(s), nopos));
            doc_append(row, cell);
        }
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    double first[16], last[16];
    INT_EQ(baselines(&e.out, "Alpha", first, 16), 12);
    INT_EQ(baselines(&e.out, "Omega", last, 16), 12);
    for (int k = 0; k < 12; k++)
        OK(fabs(first[k] - last[k]) < 0.01); /* one line each */
    size_t lines;
    size_of(&e.out, "Reviewed", &lines);
    INT_EQ(lines, 1);
    size_of(&e.out, "team", &lines);
    INT_EQ(lines, 1);
    double top[8], bottom[8];
    OK(baselines(&e.out, "Reviewed", top, 8) == 5 && baselines(&e.out, "team", bottom, 8) == 5 &&
       fabs(bottom[0] - top[0]) > 1); /* the names wrap */
    env_free(&e);
}

TEST(test_table_rowspan_set_down)
{
    /* A cell spanning three rows is set down them: its second and third
       lines stand beside the second and third rows, which keep one line
       each, instead of its lines making the first row three lines tall. A
       spanning cell longer than its rows lengthens its last row. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Spans", NULL);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    static const char *const words[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon"};
    for (int r = 0; r < 5; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        doc_append(t, row);
        if (r == 0 || r == 3) { /* spans rows 0-2, and 3-4 with five lines */
            doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
            cell->as.cell.rowspan = r == 0 ? 3 : 2;
            int lines = r == 0 ? 3 : 5;
            for (int k = 0; k < lines; k++) {
                if (k)
                    doc_append(cell, doc_node_new(e.a, DOC_BREAK, nopos));
                const char *w = r == 0 ? words[k] : k == 4 ? "Last" : "Word";
                doc_append(cell, doc_text_new(e.a, w, strlen(w), nopos));
            }
            doc_append(row, cell);
        }
        char label[8];
        snprintf(label, sizeof label, "Row%d", r);
        doc_node *cell = doc_node_new(e.a, DOC_CELL, nopos);
        doc_append(cell, doc_text_new(e.a, arena_strdup(e.a, label), strlen(label), nopos));
        doc_append(row, cell);
    }
    paras(e.a, art, 1, 3);
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    double y[8], z[8];
    OK(baselines(&e.out, "Alpha", y, 8) == 1 && baselines(&e.out, "Row0", z, 8) == 1 &&
       fabs(y[0] - z[0]) < 0.01);
    OK(baselines(&e.out, "Beta", y, 8) == 1 && baselines(&e.out, "Row1", z, 8) == 1 &&
       fabs(y[0] - z[0]) < 0.01);
    OK(baselines(&e.out, "Gamma", y, 8) == 1 && baselines(&e.out, "Row2", z, 8) == 1 &&
       fabs(y[0] - z[0]) < 0.01);
    /* rows 3 and 4: the five lines end in row 4, three lines under its label */
    double r3[2], r4[2], last[2];
    OK(baselines(&e.out, "Row3", r3, 2) == 1 && baselines(&e.out, "Row4", r4, 2) == 1 &&
       baselines(&e.out, "Last", last, 2) == 1);
    double lead = r3[0] - r4[0]; /* one line: rows 3 and 4 each hold one of the five */
    OK(lead > 1 && fabs(r4[0] - last[0] - 3 * lead) < 0.01);
    env_free(&e);
}

static int
fake_image(void *ud, const char *path, double *w, double *h)
{
    (void)ud;
    if (strcmp(path, "tall.png") == 0) {
        *w = 300;
        *h = 3000;
        return 0;
    }
    if (strcmp(path, "wide.png") == 0) {
        *w = 2000;
        *h = 100;
        return 0;
    }
    if (strcmp(path, "icon.png") == 0) {
        *w = 12;
        *h = 12;
        return 0;
    }
    if (strcmp(path, "icon32.png") == 0) { /* a web page's 32 px icon */
        *w = 24;
        *h = 24;
        return 0;
    }
    if (strcmp(path, "bar.png") == 0) {
        *w = 60;
        *h = 8;
        return 0;
    }
    if (strcmp(path, "photo.png") == 0) {
        *w = 400;
        *h = 300;
        return 0;
    }
    if (strcmp(path, "mid.png") == 0) {
        *w = 18;
        *h = 9;
        return 0;
    }
    return -1;
}

static doc_node *
figure(arena *a, doc_node *art, const char *src, const char *caption)
{
    doc_node *fig = doc_node_new(a, DOC_FIGURE, nopos);
    doc_node *im = doc_node_new(a, DOC_IMAGE, nopos);
    im->as.link.href = src;
    doc_append(im, doc_text_new(a, "alt words", 9, nopos));
    doc_append(fig, im);
    if (caption)
        text_block(a, fig, DOC_CAPTION, caption);
    doc_append(art, fig);
    return fig;
}

TEST(test_figures)
{
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Figures", NULL);
    paras(e.a, art, 3, 60);
    figure(e.a, art, "tall.png", "TallCap");
    figure(e.a, art, "wide.png", "WideCap");
    figure(e.a, art, "broken.png", "BrokenCap");
    lay_book_options bo = {0};
    bo.image_size = fake_image;
    double W = 420, H = 595;
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, W, H, &fake, &bo, &e.out), 0);
    double text_w = W - e.st.margin_inner - e.st.margin_outer;
    double text_h = H - e.st.margin_top - e.st.margin_bottom;
    int images = 0;
    bool alt = false;
    for (size_t p = 0; p < e.out.n_pages; p++) {
        const lay_page *pg = &e.out.pages[p];
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (it->kind != LAY_IMAGE)
                continue;
            images++;
            if (strcmp(it->href, "broken.png") == 0) {
                /* unreadable: a frame holding the alt text for the renderer */
                alt = it->text && it->len == 9 && memcmp(it->text, "alt words", 9) == 0;
                continue;
            }
            OK(it->w <= text_w + 0.01);
            OK(it->h <= text_h + 0.01);
            OK(it->y >= e.st.margin_bottom - 0.01);
            OK(it->y + it->h <= H - e.st.margin_top + 0.01);
            /* aspect ratio kept */
            double ratio = strcmp(it->href, "tall.png") == 0 ? 0.1 : 20;
            OK(fabs(it->w / it->h - ratio) < 0.01);
            /* its caption on the same page, below it */
            const char *cap = strcmp(it->href, "tall.png") == 0 ? "TallCap" : "WideCap";
            bool found = false;
            for (size_t k = 0; k < pg->n_items; k++)
                if (item_is(&pg->items[k], cap) && pg->items[k].y < it->y)
                    found = true;
            OK(found);
        }
    }
    INT_EQ(images, 3);
    OK(alt);
    env_free(&e);
}

/* An image in a sentence (DOC_IMAGE inline in a paragraph, alt `alt`). */
static void
para_with_image(arena *a, doc_node *art, const char *src, const char *alt)
{
    doc_node *p = text_block(a, art, DOC_PARA, "Before the picture ");
    doc_node *im = doc_node_new(a, DOC_IMAGE, nopos);
    im->as.link.href = src;
    doc_append(im, doc_text_new(a, alt, strlen(alt), nopos));
    doc_append(p, im);
    doc_append(p, doc_text_new(a, " AfterWord", 10, nopos));
}

TEST(test_picture_in_text)
{
    /* A picture in running text is set on its own line below its
       paragraph, not as its alt text; an icon (12 pt, or a 32 px one at
       24 pt) is set in the line,
       scaled to the font's height from its descender (fake metrics: 0.8
       em up, 0.2 down); a picture print cannot read (remote, broken)
       stays in the line as its alt text. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Pictures", NULL);
    para_with_image(e.a, art, "wide.png", "WideAlt");
    para_with_image(e.a, art, "icon.png", "IconAlt");
    para_with_image(e.a, art, "broken.png", "BrokenAlt");
    para_with_image(e.a, art, "mid.png", "MidAlt");
    para_with_image(e.a, art, "icon32.png", "Icon32Alt");
    lay_book_options bo = {0};
    bo.image_size = fake_image;
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    int wide = 0, others = 0, wide_alt = 0, icon_alt = 0, broken_alt = 0;
    const lay_item *icon32 = NULL;
    const lay_item *mid = NULL, *mid_after = NULL;
    double wide_y = -1, after_y = -1; /* the first paragraph's last word */
    const lay_item *icon = NULL, *icon_after = NULL; /* the icon and the word after it */
    for (size_t p = 0; p < e.out.n_pages; p++)
        for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
            const lay_item *it = &e.out.pages[p].items[i];
            if (it->kind == LAY_IMAGE && strcmp(it->href, "wide.png") == 0) {
                wide++;
                wide_y = it->y + it->h;
            } else if (it->kind == LAY_IMAGE && strcmp(it->href, "icon.png") == 0) {
                icon = it;
            } else if (it->kind == LAY_IMAGE && strcmp(it->href, "mid.png") == 0) {
                mid = it;
            } else if (it->kind == LAY_IMAGE && strcmp(it->href, "icon32.png") == 0) {
                icon32 = it;
            } else if (it->kind == LAY_IMAGE) {
                others++;
            }
            if (icon && !icon_after && item_is(it, "AfterWord"))
                icon_after = it;
            if (mid && !mid_after && item_is(it, "AfterWord"))
                mid_after = it;
            wide_alt += item_is(it, "WideAlt");
            icon_alt += item_is(it, "IconAlt") && !it->hidden; /* painted */
            broken_alt += item_is(it, "BrokenAlt");
            if (item_is(it, "AfterWord") && after_y < 0)
                after_y = it->y;
        }
    INT_EQ(wide, 1);
    INT_EQ(others, 0);
    /* a web page's 32 px icon (24 pt, under two lines) stays in its line,
       scaled to the type */
    OK(icon32 && icon32->h <= e.st.size + 0.01);
    INT_EQ(wide_alt, 0);
    INT_EQ(icon_alt, 0);
    OK(icon && icon_after);
    if (icon && icon_after) {
        double size = icon_after->size;
        OK(fabs(icon->h - size) < 0.01 && fabs(icon->w - size) < 0.01);
        OK(fabs(icon->y - (icon_after->y - 0.2 * size)) < 0.01); /* from the descender */
        OK(icon->x + icon->w < icon_after->x);                   /* before " AfterWord" */
        OK(icon_after->x - (icon->x + icon->w) < size);          /* one space between */
        OK(icon->text && strcmp(icon->text, "IconAlt") == 0);   /* for a placeholder */
    }
    /* and the alt text is there for copy and search, unpainted, squeezed
       to the icon's width on the line's baseline */
    int hidden = 0;
    for (size_t p = 0; p < e.out.n_pages; p++)
        for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
            const lay_item *it = &e.out.pages[p].items[i];
            if (it->kind == LAY_TEXT && it->hidden && it->len == 6) {
                hidden++;
                OK(memcmp(it->text, "MidAlt", 6) == 0);
            } else if (it->kind == LAY_TEXT && it->hidden && it->len == 9) {
                hidden++;
                OK(memcmp(it->text, "Icon32Alt", 9) == 0);
            } else if (it->kind == LAY_TEXT && it->hidden) {
                hidden++;
                OK(it->len == 7 && memcmp(it->text, "IconAlt", 7) == 0);
                OK(icon && fabs(it->x - icon->x) < 0.01 && fabs(it->w - icon->w) < 0.01);
                OK(icon_after && fabs(it->y - icon_after->y) < 0.01);
                OK(icon && fabs(it->hscale - icon->w / (7 * 0.5 * it->size)) < 0.001);
            }
        }
    INT_EQ(hidden, 3);
    /* 9 pt high at 10 pt: taller than the ascender (8), within the font's
       height (10): its own size, its top at the ascender */
    OK(mid && mid_after);
    if (mid && mid_after) {
        OK(fabs(mid->h - 9) < 0.01 && fabs(mid->w - 18) < 0.01);
        OK(fabs(mid->y + mid->h - (mid_after->y + 0.8 * mid_after->size)) < 0.01);
    }
    INT_EQ(broken_alt, 1);
    OK(wide_y > 0 && wide_y < after_y); /* below the text of its paragraph */
    env_free(&e);
}

/* An icon at the start of `block`'s text, before " word" (alt `alt`). */
static void
icon_then(arena *a, doc_node *block, const char *src, const char *alt, const char *word)
{
    doc_node *im = doc_node_new(a, DOC_IMAGE, nopos);
    im->as.link.href = src;
    doc_append(im, doc_text_new(a, alt, strlen(alt), nopos));
    doc_append(block, im);
    doc_append(block, doc_text_new(a, word, strlen(word), nopos));
}

/* The in-line picture whose text item (hidden alt) is `alt`, and the
 * first item reading `word` after it on the same page. */
static const lay_item *
inline_pic_before(const lay_doc *d, const char *alt, const char *word, const lay_item **after)
{
    for (size_t p = 0; p < d->n_pages; p++) {
        const lay_item *pic = NULL;
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            if (it->kind == LAY_IMAGE && it->in_line && it->text && strcmp(it->text, alt) == 0)
                pic = it;
            else if (pic && item_is(it, word)) {
                *after = it;
                return pic;
            }
        }
    }
    *after = NULL;
    return NULL;
}

TEST(test_picture_in_heading_cell_caption)
{
    /* An icon in a heading, a table cell or a caption is set in its line
       as in a paragraph, not printed as its alt text; a picture too big
       for a line there stays its alt text (a heading cannot set a
       photograph below itself); a right-aligned cell holding only an
       icon puts it at the column's right edge. (A placed figure's caption is
       a paragraph: test_picture_in_text.) */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Icons", NULL);
    paras(e.a, art, 1, 30);
    doc_node *h = text_block(e.a, art, DOC_HEADING, "Rated ");
    h->as.heading.level = 2;
    icon_then(e.a, h, "icon.png", "HeadAlt", " HeadWord");
    doc_node *h2 = text_block(e.a, art, DOC_HEADING, "Panorama ");
    h2->as.heading.level = 2;
    icon_then(e.a, h2, "wide.png", "WideAlt", " WideWord");
    paras(e.a, art, 1, 30);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r < 2; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        doc_append(t, row);
        doc_node *c0 = text_block(e.a, row, DOC_CELL, r ? "Second" : "Yes ");
        if (!r)
            icon_then(e.a, c0, "icon.png", "CellAlt", " CellWord");
        doc_node *c1 = doc_node_new(e.a, DOC_CELL, nopos);
        c1->as.cell.align = DOC_ALIGN_RIGHT;
        doc_append(row, c1);
        if (r)
            doc_append(c1, doc_text_new(e.a, "Wordywordyword", 14, nopos));
        else
            icon_then(e.a, c1, "icon.png", "RightAlt", "");
    }
    doc_node *fig = figure(e.a, art, "", NULL); /* remote: its stand-in and caption */
    doc_node *cap = doc_node_new(e.a, DOC_CAPTION, nopos);
    icon_then(e.a, cap, "icon.png", "CapAlt", " CapWord");
    doc_append(fig, cap);
    lay_book_options bo = {0};
    bo.image_size = fake_image;
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    const char *alts[] = {"HeadAlt", "CellAlt", "CapAlt"};
    const char *words[] = {"HeadWord", "CellWord", "CapWord"};
    for (int k = 0; k < 3; k++) {
        const lay_item *after, *pic = inline_pic_before(&e.out, alts[k], words[k], &after);
        OK(pic != NULL);
        if (!pic)
            continue;
        double size = after->size;
        OK(pic->x + pic->w < after->x && after->x - (pic->x + pic->w) < size);
        OK(pic->y >= after->y - 0.2 * size - 0.01);          /* within the font's */
        OK(pic->y + pic->h <= after->y + 0.8 * size + 0.01); /* height, on its line */
    }
    /* on the article's pages (the printed contents gives headings as text) */
    int painted = 0, wide = 0, wide_alt = 0;
    const lay_item *right = NULL, *longword = NULL;
    for (size_t p = front_count(&e.out); p < e.out.n_pages; p++)
        for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
            const lay_item *it = &e.out.pages[p].items[i];
            for (int k = 0; k < 3; k++)
                painted += item_is(it, alts[k]) && !it->hidden;
            wide += it->kind == LAY_IMAGE && strcmp(it->href, "wide.png") == 0;
            wide_alt += item_is(it, "WideAlt") && !it->hidden;
            if (it->kind == LAY_IMAGE && it->text && strcmp(it->text, "RightAlt") == 0)
                right = it;
            if (item_is(it, "Wordywordyword"))
                longword = it;
        }
    INT_EQ(painted, 0);
    INT_EQ(wide, 0);
    INT_EQ(wide_alt, 1);
    OK(right && longword);
    if (right && longword)
        OK(fabs(right->x + right->w - (longword->x + longword->w)) < 0.01);
    env_free(&e);
}

TEST(test_photo_in_cell)
{
    /* A cell holding a photograph and nothing else (a product table's)
       sets it as a picture: scaled to its column, its top at the row's
       first line of text, the row as tall as it, so the next row starts
       below it; a very tall one is held to 0.3 of the text height. Not
       its alt text, and not shrunk to the type's height as an icon is. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Photos", NULL);
    paras(e.a, art, 1, 30);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    static const char *const src[] = {"photo.png", "tall.png", "photo.png"};
    static const char *const name[] = {"Barn", "Tower", "Gate"};
    for (int r = 0; r < 3; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        doc_append(t, row);
        doc_node *c0 = doc_node_new(e.a, DOC_CELL, nopos);
        doc_append(row, c0);
        doc_node *im = doc_node_new(e.a, DOC_IMAGE, nopos);
        im->as.link.href = src[r];
        doc_append(im, doc_text_new(e.a, "PhotoAlt", 8, nopos));
        if (r == 2) { /* a linked one */
            doc_node *lk = doc_node_new(e.a, DOC_LINK, nopos);
            lk->as.link.href = "https://example.org/gate";
            doc_append(lk, im);
            doc_append(c0, lk);
        } else {
            doc_append(c0, im);
        }
        text_block(e.a, row, DOC_CELL, name[r]);
        text_block(e.a, row, DOC_CELL,
                   "Some notes on the picture, long enough to wrap in "
                   "their column of the table.");
    }
    lay_book_options bo = {0};
    bo.image_size = fake_image;
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    const lay_item *pic[3] = {NULL}, *word[3] = {NULL};
    size_t page[3] = {0}, pw[3] = {0};
    int n = 0, alt = 0;
    for (size_t p = front_count(&e.out); p < e.out.n_pages; p++)
        for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
            const lay_item *it = &e.out.pages[p].items[i];
            if (it->kind == LAY_IMAGE && n < 3 && !it->in_line)
                pic[n] = it, page[n++] = p;
            alt += item_is(it, "PhotoAlt");
            for (int r = 0; r < 3; r++)
                if (item_is(it, name[r]))
                    word[r] = it, pw[r] = p;
        }
    INT_EQ(n, 3);
    INT_EQ(alt, 0);
    double text_h = 595 - e.st.margin_top - e.st.margin_bottom;
    for (int r = 0; r < 3 && n == 3; r++) {
        OK(word[r] && pw[r] == page[r]);
        if (!word[r])
            continue;
        double size = word[r]->size;
        OK(pic[r]->x + pic[r]->w < word[r]->x);                             /* its own column */
        OK(fabs(pic[r]->y + pic[r]->h - (word[r]->y + 0.8 * size)) < 0.01); /* top at the text's */
        OK(pic[r]->h > 3 * size);                                           /* not an icon */
        OK(pic[r]->h <= 0.3 * text_h + 0.01);
        if (r + 1 < 3 && word[r + 1] && pw[r + 1] == pw[r])
            OK(word[r + 1]->y + 0.8 * size < pic[r]->y); /* the next row starts below it */
    }
    if (n == 3) {
        /* its alt text goes with it, for a file that cannot be drawn */
        OK(pic[0]->text && pic[0]->len == 8 && !memcmp(pic[0]->text, "PhotoAlt", 8));
        OK(fabs(pic[0]->h / pic[0]->w - 0.75) < 0.001);
        OK(fabs(pic[1]->h / pic[1]->w - 10) < 0.001);
    }
    env_free(&e);
}

TEST(test_photo_in_header_cell)
{
    /* A header row holding a photograph: the hairline under the header
       runs under the picture, not across it. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Photos", NULL);
    paras(e.a, art, 1, 30);
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    for (int r = 0; r < 2; r++) {
        doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
        doc_append(t, row);
        if (r == 0)
            row->flags |= DOC_F_HEADER;
        doc_node *c0 = doc_node_new(e.a, DOC_CELL, nopos);
        doc_append(row, c0);
        doc_node *im = doc_node_new(e.a, DOC_IMAGE, nopos);
        im->as.link.href = "photo.png";
        doc_append(c0, im);
        text_block(e.a, row, DOC_CELL, r == 0 ? "Model" : "Notes on it");
    }
    lay_book_options bo = {0};
    bo.image_size = fake_image;
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    const lay_item *pic = NULL, *rule = NULL;
    for (size_t p = front_count(&e.out); p < e.out.n_pages && !rule; p++)
        for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
            const lay_item *it = &e.out.pages[p].items[i];
            if (it->kind == LAY_IMAGE && !it->in_line && !pic)
                pic = it;
            if (it->kind == LAY_RULE && pic && !rule)
                rule = it;
        }
    OK(pic && rule);
    if (pic && rule)
        OK(rule->y < pic->y && rule->y > pic->y - 12);
    env_free(&e);
}

TEST(test_picture_in_verse_and_shrunk_table)
{
    /* Verse keeps its pictures and its scripts (its lines are gathered,
       then cut at their breaks: the copy keeps each span whole); a table
       set smaller than it was measured at sets its pictures smaller by as
       much, so none runs into the next column; one wider than the column
       it is set in is its alt text. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Verse", NULL);
    paras(e.a, art, 1, 30);
    doc_node *v = text_block(e.a, art, DOC_PARA, "The rose is red");
    doc_node *sup = doc_node_new(e.a, DOC_SUP, nopos);
    doc_append(sup, doc_text_new(e.a, "1", 1, nopos));
    doc_append(v, sup);
    doc_append(v, doc_text_new(e.a, " ", 1, nopos));
    icon_then(e.a, v, "icon.png", "VerseAlt", " VerseWord");
    static const char *const rest[] = {"the violet blue,", "sugar is sweet,", "and so are you."};
    for (int i = 0; i < 3; i++) {
        doc_append(v, doc_node_new(e.a, DOC_BREAK, nopos));
        doc_append(v, doc_text_new(e.a, rest[i], strlen(rest[i]), nopos));
    }
    OK(doc_para_is_line_group(v));
    /* six columns of long words: the table is set smaller; the first
       column holds an 18 pt wide picture, the second a 40 pt one */
    doc_node *t = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t);
    static const char *const words[] = {"internationalisation", "characteristically",
                                        "incomprehensibilities", "counterrevolutionaries"};
    doc_node *row = doc_node_new(e.a, DOC_ROW, nopos);
    doc_append(t, row);
    icon_then(e.a, text_block(e.a, row, DOC_CELL, ""), "mid.png", "MidAlt", " MidWord");
    for (int i = 0; i < 4; i++)
        text_block(e.a, row, DOC_CELL, words[i]);
    /* eight columns of 60 pt bars: more than the measure holds, so each
       column is set narrower than its bar */
    doc_node *t8 = doc_node_new(e.a, DOC_TABLE, nopos);
    doc_append(art, t8);
    doc_node *row8 = doc_node_new(e.a, DOC_ROW, nopos);
    doc_append(t8, row8);
    for (int i = 0; i < 8; i++)
        icon_then(e.a, text_block(e.a, row8, DOC_CELL, ""), "bar.png", "BarAlt", "");
    /* and one without alt text, narrowed to its column rather than lost */
    doc_node *row9 = doc_node_new(e.a, DOC_ROW, nopos);
    doc_append(t8, row9);
    for (int i = 0; i < 8; i++) {
        doc_node *im = doc_node_new(e.a, DOC_IMAGE, nopos);
        im->as.link.href = "bar.png";
        doc_append(text_block(e.a, row9, DOC_CELL, "x "), im);
    }
    lay_book_options bo = {0};
    bo.image_size = fake_image;
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    const lay_item *after, *pic = inline_pic_before(&e.out, "VerseAlt", "VerseWord", &after);
    OK(pic != NULL);
    const lay_item *one = NULL, *red = NULL, *mid = NULL, *word0 = NULL, *bar = NULL;
    bool bar_alt = false;
    int bars = 0;
    for (size_t q = front_count(&e.out); q < e.out.n_pages; q++)
        for (size_t i = 0; i < e.out.pages[q].n_items; i++) {
            const lay_item *it = &e.out.pages[q].items[i];
            if (item_is(it, "1") && !one)
                one = it; /* the verse's, not the folio's */
            if (item_is(it, "red"))
                red = it;
            if (it->kind == LAY_IMAGE && strcmp(it->href, "mid.png") == 0)
                mid = it;
            if (it->kind == LAY_IMAGE && strcmp(it->href, "bar.png") == 0)
                bar = it, bars++;
            bar_alt |= item_is(it, "BarAlt") && !it->hidden;
            if (it->kind == LAY_TEXT && it->len > 10 && !memcmp(it->text, words[0], 10))
                word0 = it; /* hyphenated or not */
        }
    OK(one && red && one->y > red->y + 0.1 * red->size); /* raised */
    OK(bar_alt);                                         /* wider than its column: its alt text */
    INT_EQ(bars, 8);                                     /* without: the picture, narrowed */
    OK(bar && bar->w < 60 * 7.35 / 9.45 - 1 && fabs(bar->h / bar->w - 8.0 / 60) < 0.001);
    OK(mid && word0);
    if (mid && word0) {
        double body = 0.9 * e.st.size;                     /* a table's size */
        OK(word0->size < body - 0.01);                     /* the table was set smaller */
        OK(fabs(mid->w - 18 * word0->size / body) < 0.01); /* and its picture by as much */
        OK(mid->x + mid->w < word0->x);                    /* clear of the next column */
    }
    env_free(&e);
}

TEST(test_strikethrough)
{
    /* Struck text (<s>, <del>, ~~x~~) is struck in print: one rule per
       line from its first word's start to its last word's end, across the
       spaces between, through the middle of the lowercase letters; words
       around it are not struck. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Strike", NULL);
    doc_node *p = text_block(e.a, art, DOC_PARA, "Before ");
    doc_node *s = doc_node_new(e.a, DOC_STRIKE, nopos);
    doc_append(s, doc_text_new(e.a, "StruckA middle StruckB", 22, nopos));
    doc_append(p, s);
    doc_append(p, doc_text_new(e.a, " After", 6, nopos));
    /* a long struck run, over several lines */
    doc_node *p2 = text_block(e.a, art, DOC_PARA, "Lead ");
    doc_node *s2 = doc_node_new(e.a, DOC_STRIKE, nopos);
    buf b;
    buf_init(&b, 0);
    for (int i = 0; i < 60; i++)
        buf_adds(&b, i ? " struck" : "struck");
    doc_append(s2, doc_text_new(e.a, arena_strdup(e.a, b.data), b.len, nopos));
    buf_cleanup(&b);
    doc_append(p2, s2);
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    const lay_item *a = NULL, *bb = NULL, *before = NULL, *after = NULL;
    int rules = 0, first_rules = 0;
    for (size_t q = front_count(&e.out); q < e.out.n_pages; q++)
        for (size_t i = 0; i < e.out.pages[q].n_items; i++) {
            const lay_item *it = &e.out.pages[q].items[i];
            if (item_is(it, "StruckA"))
                a = it;
            if (item_is(it, "StruckB"))
                bb = it;
            if (item_is(it, "Before"))
                before = it;
            if (item_is(it, "After"))
                after = it;
        }
    OK(a && bb && before && after);
    for (size_t q = front_count(&e.out); q < e.out.n_pages && a && bb && before && after; q++)
        for (size_t i = 0; i < e.out.pages[q].n_items; i++) {
            const lay_item *it = &e.out.pages[q].items[i];
            if (it->kind != LAY_RULE || !it->over_text)
                continue;
            rules++;
            if (fabs(it->y - a->y) > a->size)
                continue; /* another line's */
            first_rules++;
            OK(fabs(it->x - a->x) < 0.01);
            OK(fabs(it->x + it->w - (bb->x + bb->w)) < 0.01);
            double mid = it->y + it->h / 2 - a->y;
            OK(mid > 0.2 * a->size && mid < 0.35 * a->size);
            OK(it->h > 0.02 * a->size && it->h < 0.1 * a->size);
            OK(it->x > before->x + before->w && it->x + it->w < after->x);
        }
    INT_EQ(first_rules, 1);
    OK(rules >= 3); /* the long run's lines each have theirs */
    env_free(&e);
}

TEST(test_picture_in_rtl_line)
{
    /* In a right-to-left article, an icon inside a left-to-right run
       ("Hello <icon> wide world" between Hebrew words) stays between its
       neighbours, where its hidden alt text went, not mirrored alone. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "RTL", NULL);
    doc_article_meta(e.a, art)->language = "he";
    doc_node *p = text_block(e.a, art, DOC_PARA, "\xD7\x90\xD7\x91 Hello ");
    doc_node *im = doc_node_new(e.a, DOC_IMAGE, nopos);
    im->as.link.href = "icon.png";
    doc_append(im, doc_text_new(e.a, "IconAlt", 7, nopos));
    doc_append(p, im);
    doc_append(p, doc_text_new(e.a, " wide world \xD7\x92\xD7\x93", 17, nopos));
    lay_book_options bo = {0};
    bo.image_size = fake_image;
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    const lay_item *icon = NULL, *alt = NULL, *hello = NULL, *world = NULL;
    for (size_t q = 0; q < e.out.n_pages; q++)
        for (size_t i = 0; i < e.out.pages[q].n_items; i++) {
            const lay_item *it = &e.out.pages[q].items[i];
            if (it->kind == LAY_IMAGE && it->in_line)
                icon = it;
            else if (it->kind == LAY_TEXT && it->hidden)
                alt = it;
            else if (item_is(it, "Hello"))
                hello = it;
            else if (item_is(it, "wide"))
                world = it;
        }
    OK(icon && alt && hello && world);
    if (icon && alt && hello && world) {
        OK(fabs(icon->x - alt->x) < 0.01);
        OK(hello->x + hello->w < icon->x && icon->x + icon->w < world->x);
    }
    env_free(&e);
}

TEST(test_picture_in_script_and_item)
{
    /* An icon in a superscript is raised with it; a list item whose first
       line holds an icon keeps its bullet on the line's baseline (the
       icon is text, not a picture set beside the item). */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Scripts", NULL);
    doc_node *p = text_block(e.a, art, DOC_PARA, "Energy mc");
    doc_node *sup = doc_node_new(e.a, DOC_SUP, nopos);
    doc_node *im = doc_node_new(e.a, DOC_IMAGE, nopos);
    im->as.link.href = "icon.png";
    doc_append(im, doc_text_new(e.a, "SupAlt", 6, nopos));
    doc_append(sup, im);
    doc_append(p, sup);
    doc_append(p, doc_text_new(e.a, " follows", 8, nopos));
    doc_node *list = doc_node_new(e.a, DOC_LIST, nopos);
    doc_node *item = doc_node_new(e.a, DOC_ITEM, nopos);
    doc_append(list, item);
    para_with_image(e.a, item, "icon.png", "ItemAlt");
    doc_append(art, list);
    lay_book_options bo = {0};
    bo.image_size = fake_image;
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, &bo, &e.out), 0);
    const lay_item *sup_alt = NULL, *follows = NULL, *bullet = NULL, *before = NULL;
    for (size_t q = 0; q < e.out.n_pages; q++)
        for (size_t i = 0; i < e.out.pages[q].n_items; i++) {
            const lay_item *it = &e.out.pages[q].items[i];
            if (it->kind == LAY_TEXT && it->hidden && it->len == 6)
                sup_alt = it;
            else if (item_is(it, "follows"))
                follows = it;
            else if (item_is(it, "Before"))
                before = it;
            else if (it->kind == LAY_TEXT && !it->hidden && it->len == 3 &&
                     memcmp(it->text, "\xE2\x80\xA2", 3) == 0)
                bullet = it;
        }
    OK(sup_alt && follows && bullet && before);
    if (sup_alt && follows)
        OK(sup_alt->y > follows->y + 0.1);
    if (bullet && before)
        OK(fabs(bullet->y - before->y) < 0.01);
    env_free(&e);
}

TEST(test_sources_title_alone)
{
    /* An entry of the sources page that is a title alone (nothing known
       of the article but its title) reads as a heading: it never ends a
       page while another entry follows. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    for (int i = 0; i < 120; i++) {
        doc_node *art = article(e.a, coll, arena_printf(e.a, "%s%03d", i % 3 ? "Bare" : "Full", i),
                                NULL);
        if (i % 3)
            art->as.article.meta->source = NULL;
        paras(e.a, art, 1, 20);
    }
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    long first = dest_page(&e.out, "sources");
    OK(first > 0);
    int pages = 0, bare = 0;
    for (size_t p = first > 0 ? (size_t)first : e.out.n_pages; p < e.out.n_pages; p++) {
        const lay_page *pg = &e.out.pages[p];
        const lay_item *low = NULL; /* the page's last line of text, not its folio */
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (it->kind == LAY_TEXT && it->len && !(it->text[0] >= '0' && it->text[0] <= '9') &&
                (!low || it->y < low->y))
                low = it;
        }
        pages++;
        if (low && low->len == 7 && memcmp(low->text, "Bare", 4) == 0) {
            bare++;
            OK(memcmp(low->text, "Bare119", 7) == 0); /* only the last entry */
        }
    }
    OK(pages >= 3);
    OK(bare <= 1);
    env_free(&e);
}

TEST(test_note_label_whole)
{
    /* A note mark whose label holds a space ("[n 7]", as Wikipedia
       labels its explanatory notes) never breaks across two lines. */
    env e;
    env_init(&e);
    doc_node *coll = doc_node_new(e.a, DOC_COLLECTION, nopos);
    doc_node *art = article(e.a, coll, "Marks", NULL);
    doc_node *def = doc_node_new(e.a, DOC_NOTE_DEF, nopos);
    def->as.note.label = "n 7";
    text_block(e.a, def, DOC_PARA, "The note.");
    for (int k = 1; k <= 40; k++) {
        buf b;
        buf_init(&b, 0);
        for (int w = 0; w < k; w++)
            buf_adds(&b, w ? " word" : "Word");
        doc_node *p = text_block(e.a, art, DOC_PARA, arena_strndup(e.a, b.data, b.len));
        buf_cleanup(&b);
        doc_node *ref = doc_node_new(e.a, DOC_NOTE_REF, nopos);
        ref->as.note.label = "n 7";
        ref->as.note.target = def;
        doc_append(p, ref);
        text_block(e.a, art, DOC_PARA, "After.");
    }
    doc_append(art, def);
    INT_EQ(lay_book(e.a, &e.d, coll, &e.m, &e.st, 420, 595, &fake, NULL, &e.out), 0);
    int marks = 0, whole = 0; /* "n" set, and with its "7" on its line */
    for (size_t p = 0; p < e.out.n_pages; p++)
        for (size_t i = 0; i < e.out.pages[p].n_items; i++) {
            const lay_item *t = &e.out.pages[p].items[i];
            if (!item_is(t, "n") || t->size >= e.st.size) /* the superscript's first word */
                continue;
            marks++;
            for (size_t k = 0; k < e.out.pages[p].n_items; k++) {
                const lay_item *u = &e.out.pages[p].items[k];
                if (item_is(u, "7") && fabs(u->y - t->y) < 0.01 && u->x > t->x) {
                    whole++;
                    break;
                }
            }
        }
    INT_EQ(marks, 40);
    INT_EQ(whole, 40);
    env_free(&e);
}

int
main(void)
{
    RUN(test_book_front_matter);
    RUN(test_long_contents);
    RUN(test_sources_title_alone);
    RUN(test_links_and_notes);
    RUN(test_note_marks);
    RUN(test_note_label_whole);
    RUN(test_table_header_repeats);
    RUN(test_table_wide_into_margins);
    RUN(test_table_smaller_before_cut);
    RUN(test_table_short_words_whole);
    RUN(test_table_words_fit_exactly);
    RUN(test_table_short_words_hyphenated_at_least_size);
    RUN(test_table_link_numbers_part);
    RUN(test_table_label_kept_with_table);
    RUN(test_table_hostile);
    RUN(test_cjk_article_hyphenates_latin);
    RUN(test_table_rows_not_alone);
    RUN(test_tight_list_not_spaced_as_paragraphs);
    RUN(test_least_headings_italic);
    RUN(test_title_pages_fit);
    RUN(test_title_page_on_a_recto);
    RUN(test_contents_sections_when_few);
    RUN(test_contents_within_two_pages);
    RUN(test_typed_list_lines_hang);
    RUN(test_table_wide_set_smaller);
    RUN(test_table_room_to_many_cells);
    RUN(test_table_rowspan_set_down);
    RUN(test_picture_in_text);
    RUN(test_picture_in_heading_cell_caption);
    RUN(test_photo_in_cell);
    RUN(test_photo_in_header_cell);
    RUN(test_picture_in_verse_and_shrunk_table);
    RUN(test_strikethrough);
    RUN(test_picture_in_rtl_line);
    RUN(test_picture_in_script_and_item);
    RUN(test_figures);
    return test_report();
}
