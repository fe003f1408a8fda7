/*
 * test_bidi.c - right-to-left text in the PDF layout (pdf/layout/bidi.c):
 * a paragraph's spans prepared by lay_bidi_para (Arabic presentation forms
 * chosen by joining context, lam-alef ligatures, mirrored brackets, words
 * with right-to-left letters kept from hyphenation), and whole documents
 * laid out on the fake fixed-width font: the visual x order of the words of
 * a line with a Hebrew run inside English, a Hebrew article set from the
 * right edge with its list marker on the right, and the shared rule for
 * which languages are written right to left.
 */
#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "pdf/layout/bidi.h"
#include "pdf/layout/lay.h"
#include "style/style.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "fake_metrics.h"
#include "lay_tree.h"

static const doc_pos nopos = {"t.md", 1, 1};
static const double W = 400, H = 500, MARGIN = 50;

/* Hebrew letters (two bytes each) */
#define ALEF "\xD7\x90"
#define BET "\xD7\x91"
#define GIMEL "\xD7\x92"
#define DALET "\xD7\x93"
#define HE "\xD7\x94"
#define VAV "\xD7\x95"

/* Prepare one span of text as a paragraph; returns whether bidi applies. */
static bool
prepare(arena *a, const char *text, lay_bidi_mode mode, lay_bidi *bd, lb_span **sp, size_t *n)
{
    *sp = xmalloc(sizeof **sp);
    (*sp)[0] = (lb_span){text, strlen(text), PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL};
    *n = 1;
    size_t cap = 1;
    return lay_bidi_para(bd, a, a, sp, n, &cap, mode);
}

/* The paragraph's text after preparation, spans joined. */
static char *
joined(const lb_span *sp, size_t n)
{
    static char out[512];
    out[0] = 0;
    for (size_t i = 0; i < n; i++)
        strncat(out, sp[i].text,
                sp[i].len < sizeof out - strlen(out) - 1 ? sp[i].len
                                                         : sizeof out - strlen(out) - 1);
    return out;
}

TEST(arabic_forms_by_joining_context)
{
    arena *a = arena_new();
    lay_bidi bd;
    lb_span *sp;
    size_t n;
    /* beh-yeh-teh "bayt": initial, medial, final */
    OK(prepare(a, "\xD8\xA8\xD9\x8A\xD8\xAA", LAY_BIDI_AUTO, &bd, &sp, &n));
    STR_EQ(joined(sp, n), "\xEF\xBA\x91\xEF\xBB\xB4\xEF\xBA\x96"); /* FE91 FEF4 FE96 */
    INT_EQ(bd.base, 1);
    free(sp);
    /* seen-lam-alef-meem "salam": seen initial, lam-alef final ligature,
       meem isolated (alef does not join to the next letter) */
    OK(prepare(a, "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85", LAY_BIDI_AUTO, &bd, &sp, &n));
    STR_EQ(joined(sp, n), "\xEF\xBA\xB3\xEF\xBB\xBC\xEF\xBB\xA1"); /* FEB3 FEFC FEE1 */
    free(sp);
    /* lam-alef alone: the isolated ligature; a lone letter: isolated */
    OK(prepare(a, "\xD9\x84\xD8\xA7 \xD8\xA8", LAY_BIDI_AUTO, &bd, &sp, &n));
    STR_EQ(joined(sp, n), "\xEF\xBB\xBB \xEF\xBA\x8F"); /* FEFB, FE8F */
    free(sp);
    /* joining goes across a change of face inside a word */
    lb_span two[2] = {{"\xD8\xA8", 2, PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL},
                      {"\xD8\xA8", 2, PDF_FACE_BOLD, 10, 0, -1, 0, 0, NULL}};
    sp = xmalloc(sizeof two);
    memcpy(sp, two, sizeof two);
    n = 2;
    size_t cap = 2;
    OK(lay_bidi_para(&bd, a, a, &sp, &n, &cap, LAY_BIDI_AUTO));
    INT_EQ(n, 2);
    STR_EQ(joined(sp, 1), "\xEF\xBA\x91");     /* FE91 initial */
    STR_EQ(joined(sp + 1, 1), "\xEF\xBA\x90"); /* FE90 final */
    INT_EQ(sp[1].face, PDF_FACE_BOLD);
    free(sp);
    arena_free(a);
}

TEST(mirroring_and_hyphenation_spans)
{
    arena *a = arena_new();
    lay_bidi bd;
    lb_span *sp;
    size_t n;
    /* brackets at an odd level are mirrored, in logical order */
    OK(prepare(a, "(" ALEF BET GIMEL ")", LAY_BIDI_RTL, &bd, &sp, &n));
    STR_EQ(joined(sp, n), ")" ALEF BET GIMEL "(");
    free(sp);
    /* ... not at an even one */
    OK(prepare(a, "(abc) " ALEF, LAY_BIDI_AUTO, &bd, &sp, &n));
    INT_EQ(bd.base, 0);
    STR_EQ(joined(sp, n), "(abc) " ALEF);
    free(sp);
    /* a Hebrew word stands in a span of its own, never hyphenated; the
       English words around it keep their hyphenation */
    OK(prepare(a, "hyphenation " ALEF BET GIMEL " dictionary", LAY_BIDI_AUTO, &bd, &sp, &n));
    INT_EQ(n, 3);
    if (n == 3) {
        OK(!(sp[0].flags & LB_SPAN_NOHYPH));
        OK(sp[1].flags & LB_SPAN_NOHYPH);
        OK(!(sp[2].flags & LB_SPAN_NOHYPH));
        OK(strncmp(sp[1].text, ALEF, 2) == 0);
        OK(strncmp(sp[2].text, "dictionary", 10) == 0);
    }
    STR_EQ(joined(sp, n), "hyphenation " ALEF BET GIMEL " dictionary");
    free(sp);
    /* plain left-to-right text, accented or not, is left alone */
    OK(!prepare(a, "caf\xC3\xA9 na\xC3\xAFve", LAY_BIDI_AUTO, &bd, &sp, &n));
    free(sp);
    OK(!prepare(a, "plain", LAY_BIDI_INLINE, &bd, &sp, &n));
    free(sp);
    /* a running head in visual order */
    size_t len;
    const char *v = lay_bidi_visual(a, ALEF BET " ab", strlen(ALEF BET " ab"), -1, &len);
    OK(len == 7 && memcmp(v, "ab " BET ALEF, 7) == 0);
    const char *same = "Plain title";
    OK(lay_bidi_visual(a, same, strlen(same), -1, &len) == same);
    /* a mark goes before its letter from left to right, as the font draws
       it: onto the glyph that follows (qamats U+05B8 under alef) */
    v = lay_bidi_visual(a, ALEF "\xD6\xB8" BET, 6, -1, &len);
    OK(len == 6 && memcmp(v, BET "\xD6\xB8" ALEF, 6) == 0);
    /* a list number in a right-to-left paragraph: its full stop on the left */
    v = lay_bidi_visual(a, "12.", 3, 1, &len);
    OK(len == 3 && memcmp(v, ".12", 3) == 0);
    arena_free(a);
}

/* A laid-out article's LAY_TEXT items of the line holding `word`. */
typedef struct piece {
    double x, w;
    char text[64];
} piece;

static size_t
line_pieces(const lay_doc *d, const char *word, piece *out, size_t cap)
{
    for (size_t p = 0; p < d->n_pages; p++) {
        const lay_page *pg = &d->pages[p];
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (it->kind != LAY_TEXT || it->gray > 0 || it->len != strlen(word) ||
                memcmp(it->text, word, it->len) != 0)
                continue;
            size_t n = 0;
            for (size_t k = 0; k < pg->n_items && n < cap; k++) {
                const lay_item *t = &pg->items[k];
                if (t->kind != LAY_TEXT || t->gray > 0 || fabs(t->y - it->y) > 0.01)
                    continue;
                out[n].x = t->x;
                out[n].w = t->w;
                snprintf(out[n].text, sizeof out[n].text, "%.*s", (int)t->len, t->text);
                n++;
            }
            /* sort by x */
            for (size_t q = 1; q < n; q++)
                for (size_t r = q; r > 0 && out[r].x < out[r - 1].x; r--) {
                    piece t = out[r];
                    out[r] = out[r - 1];
                    out[r - 1] = t;
                }
            return n;
        }
    }
    return 0;
}

static doc_node *
para(arena *a, doc_node *parent, const char *text)
{
    doc_node *p = doc_node_new(a, DOC_PARA, nopos);
    doc_append(p, doc_text_new(a, text, strlen(text), nopos));
    doc_append(parent, p);
    return p;
}

TEST(rtl_run_inside_ltr_line)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    lt_plain_style(&st, MARGIN);
    doc_node *art = doc_node_new(a, DOC_ARTICLE, nopos);
    doc_meta *m = doc_article_meta(a, art);
    m->title = "T";
    m->language = "en";
    para(a, art, "one two " ALEF BET GIMEL " " DALET HE VAV " three");
    para(a, art, "x " ALEF "\xD6\xB8" BET " y");
    /* a link over the Hebrew run */
    doc_node *p = doc_node_new(a, DOC_PARA, nopos);
    doc_append(p, doc_text_new(a, "see ", 4, nopos));
    doc_node *lk = doc_node_new(a, DOC_LINK, nopos);
    lk->as.link.href = "https://example.org/";
    doc_append(lk, doc_text_new(a, ALEF BET " " GIMEL DALET, 9, nopos));
    doc_append(p, lk);
    doc_append(p, doc_text_new(a, " here", 5, nopos));
    doc_append(art, p);
    lay_doc out;
    OK(lay_document(a, &d, art, NULL, &st, W, H, &fake, &out) == 0);
    piece pc[16];
    size_t n = line_pieces(&out, "one", pc, 16);
    INT_EQ(n, 5);
    if (n == 5) {
        /* left to right on the page: one two [DALET HE VAV] [ALEF BET GIMEL]
           three, each Hebrew word drawn with its letters reversed */
        STR_EQ(pc[0].text, "one");
        STR_EQ(pc[1].text, "two");
        STR_EQ(pc[2].text, VAV HE DALET);
        STR_EQ(pc[3].text, GIMEL BET ALEF);
        STR_EQ(pc[4].text, "three");
        /* the line starts at the margin, words a space apart as before */
        double sp = 0.5 * st.size;
        OK(fabs(pc[0].x - MARGIN) < 0.01);
        for (size_t i = 1; i < 5; i++)
            OK(fabs(pc[i].x - (pc[i - 1].x + pc[i - 1].w + sp)) < 0.01);
    }
    /* in a line too: the mark stays with its letter, before it */
    n = line_pieces(&out, "x", pc, 16);
    INT_EQ(n, 3);
    if (n == 3)
        STR_EQ(pc[1].text, BET "\xD6\xB8" ALEF);
    /* the link area covers the Hebrew run where it now stands */
    n = line_pieces(&out, "see", pc, 16);
    INT_EQ(n, 4);
    const lay_page *pg = &out.pages[0];
    size_t links = 0;
    for (size_t i = 0; i < pg->n_items; i++)
        if (pg->items[i].kind == LAY_LINK && pg->items[i].href) {
            links++;
            if (n == 4) {
                STR_EQ(pc[1].text, DALET GIMEL);
                STR_EQ(pc[2].text, BET ALEF);
                OK(fabs(pg->items[i].x - pc[1].x) < 0.01);
                OK(fabs(pg->items[i].x + pg->items[i].w - (pc[2].x + pc[2].w)) < 0.01);
            }
        }
    INT_EQ(links, 1);
    arena_free(a);
}

TEST(rtl_article_from_the_right)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    lt_plain_style(&st, MARGIN);
    doc_node *art = doc_node_new(a, DOC_ARTICLE, nopos);
    doc_meta *m = doc_article_meta(a, art);
    m->title = "T";
    m->language = "he";
    para(a, art, ALEF BET GIMEL " " DALET HE " one two.");
    para(a, art, VAV " " ALEF);
    doc_node *list = doc_node_new(a, DOC_LIST, nopos);
    doc_node *item = doc_node_new(a, DOC_ITEM, nopos);
    doc_append(list, item);
    para(a, item, GIMEL GIMEL GIMEL);
    doc_append(art, list);
    /* a table: two cells in a row */
    doc_node *tab = doc_node_new(a, DOC_TABLE, nopos);
    doc_node *row = doc_node_new(a, DOC_ROW, nopos);
    const char *cells[] = {"first", "second"};
    for (size_t i = 0; i < 2; i++) {
        doc_node *cell = doc_node_new(a, DOC_CELL, nopos);
        doc_append(cell, doc_text_new(a, cells[i], strlen(cells[i]), nopos));
        doc_append(row, cell);
    }
    doc_append(tab, row);
    doc_append(art, tab);
    lay_doc out;
    OK(lay_document(a, &d, art, NULL, &st, W, H, &fake, &out) == 0);
    piece pc[16];
    size_t n = line_pieces(&out, "one", pc, 16);
    INT_EQ(n, 5);
    double right = W - MARGIN;
    if (n == 5) {
        /* base right to left: the Hebrew words from the right edge, then the
           English run reading left to right, the full stop at its left */
        STR_EQ(pc[0].text, ".");
        STR_EQ(pc[1].text, "one");
        STR_EQ(pc[2].text, "two");
        STR_EQ(pc[3].text, HE DALET);
        STR_EQ(pc[4].text, GIMEL BET ALEF);
        OK(fabs(pc[4].x + pc[4].w - right) < 0.01); /* the first paragraph: no indent */
        OK(pc[0].x + pc[0].w <= pc[1].x + 0.01);
    }
    /* the second paragraph is indented on the right */
    n = line_pieces(&out, VAV, pc, 16);
    INT_EQ(n, 2);
    if (n == 2) {
        STR_EQ(pc[0].text, ALEF);
        OK(fabs(pc[1].x + pc[1].w - (right - st.indent * st.size)) < 0.01);
    }
    /* the list: text flush right inside the list's indent, marker right of it */
    n = line_pieces(&out, GIMEL GIMEL GIMEL, pc, 16);
    INT_EQ(n, 2);
    if (n == 2) {
        STR_EQ(pc[1].text, "\xE2\x80\xA2"); /* the bullet */
        OK(pc[1].x > pc[0].x + pc[0].w);
        OK(pc[0].x + pc[0].w < right - st.size);
        OK(pc[1].x + pc[1].w <= right + 0.01);
    }
    /* the table's first column is on the right, flush with the text */
    n = line_pieces(&out, "first", pc, 16);
    INT_EQ(n, 2);
    if (n == 2) {
        STR_EQ(pc[0].text, "second");
        STR_EQ(pc[1].text, "first");
        OK(fabs(pc[1].x + pc[1].w - right) < 0.01);
    }
    arena_free(a);
}

TEST(rtl_languages)
{
    OK(doc_lang_rtl("he"));
    OK(doc_lang_rtl("ar-EG"));
    OK(doc_lang_rtl("FA"));
    OK(doc_lang_rtl("ur_PK"));
    OK(!doc_lang_rtl("en"));
    OK(!doc_lang_rtl("hr"));
    OK(!doc_lang_rtl("arn")); /* Mapudungun, not Arabic */
    OK(!doc_lang_rtl(NULL));
}

int
main(void)
{
    RUN(arabic_forms_by_joining_context);
    RUN(mirroring_and_hyphenation_spans);
    RUN(rtl_run_inside_ltr_line);
    RUN(rtl_article_from_the_right);
    RUN(rtl_languages);
    return test_report();
}
