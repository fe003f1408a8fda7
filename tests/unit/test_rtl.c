/*
 * test_rtl.c - right-to-left text where the two writers must agree:
 *
 *   - the EPUB gives dir="rtl" to a block of a left-to-right page whose
 *     first strong letter is right to left (a Hebrew paragraph, heading or
 *     list item in an English article), as the PDF sets it from the right;
 *     nothing on a right-to-left page, nor on a left-to-right block;
 *   - a table column's explicit alignment names a side of the page: left
 *     stays left (and right right, centre centre) in a right-to-left
 *     table and for a right-to-left cell in a left-to-right one, while a
 *     column with none starts where its text does;
 *   - the marker at a cut through a string too long for the line points
 *     the way the paragraph reads: leftwards, at the left end of the line,
 *     in right-to-left text;
 *   - a right-to-left book's part opener is set from the right edge (a
 *     Hebrew part title in an English book stays flush left, in its own
 *     visual order), and its cover and title page lines read right to
 *     left, as the EPUB's do.
 *
 * With an argument, the EPUB is also written to that path, so
 * tests/slow/rtl_books.sh can run epubcheck on it.
 */
#include <libxml/parser.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/fs.h"
#include "doc/doc.h"
#include "epub/epub.h"
#include "harness.h"
#include "manifest/manifest.h"
#include "pdf/layout/lay.h"
#include "style/style.h"
#define EPUB_TEST_FILE "rtl.md"
#include "epub_test.h"
#include "fake_metrics.h"
#include "lay_tree.h"

#define HE_P "שלום עולם! זוהי פסקה בעברית בתוך מאמר באנגלית."
#define AR_H "مرحبا بالعالم"
#define HE_ITEM "פריט ראשון"
#define EN_P "An English paragraph with a Hebrew phrase שלום inside."

static const char *epub_out;

/* ---- the EPUB ---- */

static doc_node *
art_of(arena *a, doc_node *root, const char *title, const char *lang)
{
    doc_node *art = add(a, root, DOC_ARTICLE);
    doc_meta *m = doc_article_meta(a, art);
    m->title = title;
    m->language = lang;
    return art;
}

static doc
rtl_doc(arena *a)
{
    doc d = {.arena = a};
    doc_pos pos = {NULL, 0, 0};
    d.root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *part = doc_node_new(a, DOC_PART, pos);
    part->as.part.title = "חלק ראשון: שורשים?";
    doc_append(d.root, part);
    doc_node *en = art_of(a, part, "Mixed", "en");
    text(a, add(a, en, DOC_PARA), EN_P);
    /* mostly English, so the article is not taken for a Hebrew one */
    for (int i = 0; i < 4; i++)
        text(a, add(a, en, DOC_PARA),
             "Most of this article is in English, with a few things quoted in the "
             "scripts of other languages, each set in its own direction.");
    /* a Hebrew paragraph, starting with digits and a bracket (neutral) */
    text(a, add(a, en, DOC_PARA), "(1) " HE_P);
    doc_node *h = add(a, en, DOC_HEADING);
    h->as.heading.level = 2;
    text(a, h, AR_H);
    doc_node *q = add(a, en, DOC_QUOTE);
    doc_node *qp = add(a, q, DOC_PARA);
    doc_node *em = add(a, qp, DOC_EMPH);
    text(a, em, HE_P);
    /* a table: a Hebrew cell, an English one */
    doc_node *row = add(a, add(a, en, DOC_TABLE), DOC_ROW);
    text(a, add(a, row, DOC_CELL), "תא");
    text(a, add(a, row, DOC_CELL), "cell");
    doc_node *list = add(a, en, DOC_LIST);
    list->flags |= DOC_F_TIGHT;
    text(a, add(a, add(a, list, DOC_ITEM), DOC_PARA), "An English item");
    text(a, add(a, add(a, list, DOC_ITEM), DOC_PARA), HE_ITEM);
    /* a Hebrew article: its page is right to left, its blocks need nothing */
    doc_node *he = art_of(a, part, "ספרייה", "he");
    text(a, add(a, he, DOC_PARA), HE_P);
    text(a, add(a, he, DOC_PARA), "English words in a Hebrew article.");
    return d;
}

static char *
page(zip_t *za, const char *name)
{
    return za ? zip_entry(za, name, NULL) : NULL;
}

/* The start tag of the element holding `needle` (searching back from it). */
static char *
tag_before(const char *x, const char *needle, char *out, size_t cap)
{
    out[0] = 0;
    const char *p = x ? strstr(x, needle) : NULL;
    if (!p)
        return out;
    const char *lt = p;
    while (lt > x && *lt != '<')
        lt--;
    /* an inline element (em): the block's tag is before it */
    while (lt > x && (strncmp(lt, "<em", 3) == 0 || strncmp(lt, "<strong", 7) == 0)) {
        lt--;
        while (lt > x && *lt != '<')
            lt--;
    }
    const char *gt = strchr(lt, '>');
    size_t n = gt ? (size_t)(gt - lt + 1) : 0;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, lt, n);
    out[n] = 0;
    return out;
}

TEST(epub_rtl_blocks_in_ltr_page)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    style_defaults(&st);
    st.justify = false;
    doc book = rtl_doc(a);
    manifest *m = arena_alloc(a, sizeof(*m));
    m->path = "/nonexistent/collection.yaml";
    m->dir = "/nonexistent";
    m->title = "Directions";
    m->language = "en";
    m->date = "2026-11-30";
    epub_options eo = {.manifest = m, .style = &st, .timestamp = 1700000000};
    buf out;
    buf_init(&out, 0);
    INT_EQ(epub_build(a, &d, &book, &eo, &out), 0);
    INT_EQ(d.errors, 0);
    if (epub_out)
        OK(fs_write_atomic(&d, epub_out, out.data, out.len) == 0);
    zip_error_t err;
    zip_source_t *src = zip_source_buffer_create(out.data, out.len, 0, &err);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
    OK(za != NULL);
    char *mixed = page(za, "EPUB/mixed.xhtml");
    char *he = page(za, "EPUB/article.xhtml");
    char *partp = page(za, "EPUB/part.xhtml");
    if (!partp)
        partp = page(za, "EPUB/part-1.xhtml");
    char *css = page(za, "EPUB/style.css");
    if (!css)
        css = page(za, "EPUB/css/style.css");
    char t[256];
    OK(mixed != NULL);
    /* the Hebrew paragraph, after its neutral "(1) ", runs right to left */
    STR_EQ(tag_before(mixed, "(1) ", t, sizeof t), "<p dir=\"rtl\">");
    STR_EQ(tag_before(mixed, AR_H "</h2>", t, sizeof t), "<h2 id=\"section\" dir=\"rtl\">");
    /* in a quote, the paragraph (not the quote) takes it */
    STR_EQ(tag_before(mixed, "<em>" HE_P, t, sizeof t), "<p dir=\"rtl\">");
    OK(mixed && !strstr(mixed, "<blockquote dir"));
    /* a tight item holds its text bare: the item takes it */
    STR_EQ(tag_before(mixed, HE_ITEM, t, sizeof t), "<li dir=\"rtl\">");
    STR_EQ(tag_before(mixed, "An English item", t, sizeof t), "<li>");
    /* an English paragraph with a Hebrew word: left to right, no dir */
    STR_EQ(tag_before(mixed, "An English paragraph", t, sizeof t), "<p>");
    /* ... and a Hebrew table cell, not an English one */
    STR_EQ(tag_before(mixed, "תא</", t, sizeof t), "<td dir=\"rtl\">");
    STR_EQ(tag_before(mixed, "cell</", t, sizeof t), "<td>");
    /* the page itself has no dir (English), so dir="rtl" appears only on
       the five blocks */
    int n = 0;
    for (const char *p = mixed ? strstr(mixed, "dir=\"rtl\"") : NULL; p;
         p = strstr(p + 1, "dir=\"rtl\""))
        n++;
    INT_EQ(n, 5);
    /* a Hebrew article's page is right to left: its blocks say nothing */
    OK(he && strstr(he, " dir=\"rtl\">"));
    STR_EQ(tag_before(he, "English words in", t, sizeof t), "<p>");
    STR_EQ(tag_before(he, HE_P, t, sizeof t), "<p>");
    /* a Hebrew part title in an English book reads right to left */
    OK(partp && strstr(partp, "<h1 class=\"part-title\" dir=\"auto\">"));
    /* ragged text starts where its direction does: on the right for a
       right-to-left paragraph */
    const char *body = css ? strstr(css, "\nbody {") : NULL;
    const char *body_end = body ? strchr(body, '}') : NULL;
    const char *start = body ? strstr(body, "text-align: start;") : NULL;
    OK(start && start < body_end);
    /* well formed */
    xmlDocPtr xd = mixed ? xmlReadMemory(mixed, (int)strlen(mixed), "m.xhtml", NULL,
                                         XML_PARSE_NONET)
                         : NULL;
    OK(xd != NULL);
    xmlFreeDoc(xd);
    free(mixed);
    free(he);
    free(css);
    free(partp);
    if (za)
        zip_close(za);
    buf_cleanup(&out);
    diag_cleanup(&d);
    arena_free(a);
}

/* ---- the PDF ---- */

static const double W = 400, H = 500, MARGIN = 50;
static const doc_pos nopos = {"t.md", 1, 1};

static doc_node *
lay_article(arena *a, const char *lang)
{
    doc_node *art = doc_node_new(a, DOC_ARTICLE, nopos);
    doc_meta *m = doc_article_meta(a, art);
    m->title = "T";
    m->language = lang;
    return art;
}

static void
add_cell(arena *a, doc_node *row, const char *s, doc_align al)
{
    doc_node *cell = doc_node_new(a, DOC_CELL, nopos);
    cell->as.cell.align = al;
    doc_append(cell, doc_text_new(a, s, strlen(s), nopos));
    doc_append(row, cell);
}

/* The one LAY_TEXT item whose text is s, or NULL. */
static const lay_item *
item_of(const lay_doc *d, const char *s)
{
    for (size_t p = 0; p < d->n_pages; p++)
        for (size_t i = 0; i < d->pages[p].n_items; i++) {
            const lay_item *it = &d->pages[p].items[i];
            if (it->kind == LAY_TEXT && it->gray <= 0 && it->len == strlen(s) &&
                memcmp(it->text, s, it->len) == 0)
                return it;
        }
    return NULL;
}

/* A one-column table: a header as wide as the column ("Quantities", so
 * it marks the column's edges) over a short cell aligned `al`; returns
 * the short cell's x offset from the header's left edge and from its
 * right edge (right - right), through *dl and *dr. */
static bool
short_cell(const char *lang, const char *cell, doc_align al, double *dl, double *dr)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    lt_plain_style(&st, MARGIN);
    doc_node *art = lay_article(a, lang);
    doc_node *tab = doc_node_new(a, DOC_TABLE, nopos);
    doc_node *head = doc_node_new(a, DOC_ROW, nopos);
    head->flags |= DOC_F_HEADER;
    add_cell(a, head, "Quantities", al);
    doc_append(tab, head);
    doc_node *row = doc_node_new(a, DOC_ROW, nopos);
    add_cell(a, row, cell, al);
    doc_append(tab, row);
    doc_append(art, tab);
    lay_doc out;
    bool ok = lay_document(a, &d, art, NULL, &st, W, H, &fake, &out) == 0;
    const lay_item *h = item_of(&out, "Quantities");
    const lay_item *c = item_of(&out, strcmp(cell, "אב") == 0 ? "בא" : cell);
    ok = ok && h && c;
    if (ok) {
        *dl = c->x - h->x;
        *dr = (c->x + c->w) - (h->x + h->w);
    }
    diag_cleanup(&d);
    arena_free(a);
    return ok;
}

TEST(table_alignment_names_a_side)
{
    double dl, dr;
    /* a right-to-left table: no alignment starts on the right ... */
    OK(short_cell("he", "7", DOC_ALIGN_NONE, &dl, &dr));
    OK(fabs(dr) < 0.01 && dl > 1);
    /* ... ":---" stays on the left */
    OK(short_cell("he", "7", DOC_ALIGN_LEFT, &dl, &dr));
    OK(fabs(dl) < 0.01 && dr < -1);
    OK(short_cell("he", "7", DOC_ALIGN_RIGHT, &dl, &dr));
    OK(fabs(dr) < 0.01 && dl > 1);
    OK(short_cell("he", "7", DOC_ALIGN_CENTER, &dl, &dr));
    OK(fabs(dl + dr) < 0.01 && dl > 1);
    /* a Hebrew cell in an English table: starts on the right with no
       alignment, on the left when told so */
    OK(short_cell("en", "אב", DOC_ALIGN_NONE, &dl, &dr));
    OK(fabs(dr) < 0.01 && dl > 1);
    OK(short_cell("en", "אב", DOC_ALIGN_LEFT, &dl, &dr));
    OK(fabs(dl) < 0.01 && dr < -1);
    OK(short_cell("en", "אב", DOC_ALIGN_CENTER, &dl, &dr));
    OK(fabs(dl + dr) < 0.01 && dl > 1);
    /* an English table is unchanged */
    OK(short_cell("en", "7", DOC_ALIGN_NONE, &dl, &dr));
    OK(fabs(dl) < 0.01);
    OK(short_cell("en", "7", DOC_ALIGN_RIGHT, &dl, &dr));
    OK(fabs(dr) < 0.01);
}

/* Lay out one paragraph holding a string too long for the measure; count
 * the markers of each direction, and check the leftwards one ends its
 * line on the left. */
static void
cut(const char *lang, const char *word, int *right_arrows, int *left_arrows, bool *at_left)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    lt_plain_style(&st, MARGIN);
    doc_node *art = lay_article(a, lang);
    doc_node *p = doc_node_new(a, DOC_PARA, nopos);
    doc_append(p, doc_text_new(a, word, strlen(word), nopos));
    doc_append(art, p);
    lay_doc out;
    OK(lay_document(a, &d, art, NULL, &st, W, H, &fake, &out) == 0);
    *right_arrows = *left_arrows = 0;
    *at_left = true;
    for (size_t pg = 0; pg < out.n_pages; pg++)
        for (size_t i = 0; i < out.pages[pg].n_items; i++) {
            const lay_item *it = &out.pages[pg].items[i];
            if (it->kind != LAY_TEXT || it->len != 3)
                continue;
            if (memcmp(it->text, "\xE2\x86\x92", 3) == 0)
                (*right_arrows)++;
            if (memcmp(it->text, "\xE2\x86\x90", 3) == 0) {
                (*left_arrows)++;
                /* nothing on its line lies left of it */
                for (size_t k = 0; k < out.pages[pg].n_items; k++) {
                    const lay_item *o = &out.pages[pg].items[k];
                    if (o->kind == LAY_TEXT && fabs(o->y - it->y) < 0.01 && o->x < it->x - 0.01)
                        *at_left = false;
                }
            }
        }
    OK(HAS_DIAG(d, "cut with a marker"));
    diag_cleanup(&d);
    arena_free(a);
}

TEST(cut_marker_points_the_reading_way)
{
    char he[1200] = "", en[400] = "";
    for (int i = 0; i < 150; i++)
        strcat(he, "אב");
    for (int i = 0; i < 150; i++)
        strcat(en, "ab");
    int r, l;
    bool at_left;
    cut("he", he, &r, &l, &at_left);
    INT_EQ(r, 0);
    OK(l >= 2);
    OK(at_left);
    /* a Hebrew paragraph in an English article reads right to left too */
    cut("en", he, &r, &l, &at_left);
    INT_EQ(r, 0);
    OK(l >= 2);
    OK(at_left);
    cut("en", en, &r, &l, &at_left);
    OK(r >= 2);
    INT_EQ(l, 0);
}

/* A part opener is the book's page: in a right-to-left book its title and
 * its article entries end at the right edge of the text block, as an
 * article's opening does; in a left-to-right book a Hebrew part title
 * stays flush left, in its own visual order. */
static void
part_title_edges(const char *book_lang, double *title_left, double *title_right,
                 double *entry_right)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    lt_plain_style(&st, MARGIN);
    manifest m;
    memset(&m, 0, sizeof m);
    m.title = "Book";
    m.language = book_lang;
    doc_node *coll = doc_node_new(a, DOC_COLLECTION, nopos);
    doc_node *part = doc_node_new(a, DOC_PART, nopos);
    part->as.part.title = "אב גד";
    doc_append(coll, part);
    doc_node *art = lay_article(a, "he");
    art->as.article.meta->title = "הו זח";
    doc_node *p = doc_node_new(a, DOC_PARA, nopos);
    doc_append(p, doc_text_new(a, HE_P, strlen(HE_P), nopos));
    doc_append(art, p);
    doc_append(part, art);
    lay_doc out;
    OK(lay_book(a, &d, coll, &m, &st, W, H, &fake, NULL, &out) == 0);
    *title_left = *title_right = *entry_right = -1;
    double ts = 2 * st.size;
    for (size_t pg = 0; pg < out.n_pages; pg++)
        for (size_t i = 0; i < out.pages[pg].n_items; i++) {
            const lay_item *it = &out.pages[pg].items[i];
            if (it->kind != LAY_TEXT || it->len != 4)
                continue;
            /* the title, at twice the body size: its words drawn reversed */
            if (fabs(it->size - ts) < 0.01 && memcmp(it->text, "דג", 4) == 0)
                *title_left = it->x;
            if (fabs(it->size - ts) < 0.01 && memcmp(it->text, "בא", 4) == 0)
                *title_right = it->x + it->w;
            /* the article's entry under it, in italic */
            if (it->face == PDF_FACE_ITALIC && memcmp(it->text, "וה", 4) == 0 &&
                *title_right >= 0 && *entry_right < 0)
                *entry_right = it->x + it->w;
        }
    diag_cleanup(&d);
    arena_free(a);
}

TEST(part_opener_follows_the_book)
{
    double tl, tr, er;
    part_title_edges("he", &tl, &tr, &er);
    OK(tl > MARGIN + 1);
    OK(fabs(tr - (W - MARGIN)) < 0.01);
    OK(fabs(er - (W - MARGIN)) < 0.01);
    OK(tl < tr);
    part_title_edges("en", &tl, &tr, &er);
    OK(fabs(tl - MARGIN) < 0.01);
    OK(tr < W - MARGIN - 1 && tl < tr);
}

/* The cover and title page of a right-to-left book read right to left,
 * as the EPUB's (dir="rtl") do: "Edited by" before a Hebrew name stands
 * on the right of it; in a left-to-right book, on its left. Returns how
 * many such lines were found with the label (`label`, in visual order)
 * on the `want_right` side. */
static int
credit_lines(const char *book_lang, const char *label, bool want_right, int *lines)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    lt_plain_style(&st, MARGIN);
    manifest m;
    memset(&m, 0, sizeof m);
    m.title = "ספר";
    m.language = book_lang;
    static const char *eds[] = {"ישראל", NULL};
    m.editors = eds;
    m.n_editors = 1;
    doc_node *coll = doc_node_new(a, DOC_COLLECTION, nopos);
    doc_node *art = lay_article(a, "he");
    doc_node *p = doc_node_new(a, DOC_PARA, nopos);
    doc_append(p, doc_text_new(a, HE_P, strlen(HE_P), nopos));
    doc_append(art, p);
    doc_append(coll, art);
    lay_doc out;
    OK(lay_book(a, &d, coll, &m, &st, W, H, &fake, NULL, &out) == 0);
    int ok = 0;
    *lines = 0;
    for (size_t pg = 0; pg < out.n_pages; pg++)
        for (size_t i = 0; i < out.pages[pg].n_items; i++) {
            const lay_item *it = &out.pages[pg].items[i];
            if (it->kind != LAY_TEXT || it->len != strlen(label) ||
                memcmp(it->text, label, it->len) != 0)
                continue;
            for (size_t k = 0; k < out.pages[pg].n_items; k++) {
                const lay_item *nm = &out.pages[pg].items[k];
                if (nm->kind == LAY_TEXT && fabs(nm->y - it->y) < 0.01 && nm->len == 10 &&
                    memcmp(nm->text, "לארשי", 10) == 0) {
                    (*lines)++;
                    ok += want_right ? it->x > nm->x : it->x < nm->x;
                }
            }
        }
    diag_cleanup(&d);
    arena_free(a);
    return ok;
}

TEST(cover_reads_the_book_s_way)
{
    int lines;
    /* Yiddish has no labels of its own: the English one, first in the
     * line, still stands on the right in a right-to-left book */
    INT_EQ(credit_lines("yi", "Edited", true, &lines), 2); /* cover and title page */
    INT_EQ(lines, 2);
    INT_EQ(credit_lines("en", "Edited", false, &lines), 2);
    INT_EQ(lines, 2);
    /* Hebrew's own label, "בעריכת" (set in visual order) */
    INT_EQ(credit_lines("he", "תכירעב", true, &lines), 2);
    INT_EQ(lines, 2);
}

int
main(int argc, char **argv)
{
    epub_out = argc > 1 ? argv[1] : NULL;
    RUN(epub_rtl_blocks_in_ltr_page);
    RUN(table_alignment_names_a_side);
    RUN(cut_marker_points_the_reading_way);
    RUN(part_opener_follows_the_book);
    RUN(cover_reads_the_book_s_way);
    return test_report();
}
