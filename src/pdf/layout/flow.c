/*
 * flow.c - the document tree -> a vertical list of set lines, glue and
 * penalties (TeX's main vertical list), one article at a time, and the
 * entry points lay_document and lay_book that hand each list to the page
 * builder (paginate.c).
 *
 * Each block becomes lines: a paragraph's inlines are gathered into spans
 * (gather.c: a face per run, emphasis italic, strong bold, code
 * monospace; links keep their index so the set words can carry a
 * clickable area), broken by the Knuth-Plass breaker (linebreak/), and
 * each line is turned into positioned items with its glue set (lines.c).
 * The blocks (blocks.c): block quotes are indented both sides and set
 * smaller; list items hang their bullet or number left of the item's
 * first line, whatever block sets it, and a loose item (a heading, a
 * figure, several paragraphs) has less space inside than around it;
 * headings are ragged, bold, unhyphenated; figures are placed images kept
 * with their caption. Code blocks (code.c), tables (table.c) and notes
 * (notes.c) have files of their own.
 *
 * Page-break policy lives in the lines as penalties between them: a
 * paragraph (any block of lines) may not break after its first line
 * (orphan) or before its last (widow), and a heading keeps with two lines
 * of what follows; paginate.c only minimises cost. Each paragraph's
 * breaking uses a scratch arena that is reset afterwards; the article's
 * lines live in a second scratch arena reset after its pages are built.
 *
 * Navigation (names.c): before layout every article, part, heading and
 * note gets a destination name, and so does every other block an in-page
 * link aims at (its id, qualified by its article: ids are unique per
 * article only); a list, item or quote is named at the first line set
 * inside it. Links are resolved against that index (an #id, a heading
 * slug, another article's file); footnote references and notes link to
 * each other.
 *
 * lay_book adds the sources page after the articles and then the front
 * matter (cover, title page and its back, contents) before them (matter.c): the front
 * matter is numbered apart in roman, so the contents' page numbers, read
 * from where the body's destinations landed, cannot move when its own
 * length does.
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- small helpers ---- */

lay_vitem *
lay_vpush(lay_vlist *vl, lay_vkind k)
{
    if (vl->n == vl->cap) {
        size_t nc = vl->cap ? vl->cap * 2 : 256;
        vl->v = arena_realloc(vl->a, vl->v, vl->cap * sizeof *vl->v, nc * sizeof *vl->v);
        vl->cap = nc;
    }
    lay_vitem *v = &vl->v[vl->n++];
    memset(v, 0, sizeof *v);
    v->kind = k;
    return v;
}

double
lay_body_size(const flow *f)
{
    return f->st->size > 0 ? f->st->size : 10;
}

double
lay_leading(const flow *f)
{
    return f->st->leading > 0 ? f->st->leading : 1.3;
}

/* The dictionary for lang, NULL when the style does not hyphenate
 * (unless `always`: a last resort the style's choice does not cover). */
static const lb_hyph *
hyph_for(flow *f, const char *lang, bool always)
{
    if (!f->st->hyphenate && !always)
        return NULL;
    if (!lang || !*lang)
        lang = "en-US";
    /* one handle per dictionary, not per tag: a book of web pages says
       "en", "en-US", "en-us", "en-GB"..., and tags past the cache's size
       went unhyphenated */
    char name[sizeof f->hc[0].lang];
    if (!lb_hyph_name(lang, name, sizeof name))
        return NULL;
    for (size_t i = 0; i < f->n_hc; i++)
        if (strcmp(f->hc[i].lang, name) == 0)
            return f->hc[i].h;
    lb_hyph *h = lb_hyph_load(lang);
    if (f->n_hc < sizeof f->hc / sizeof f->hc[0]) {
        snprintf(f->hc[f->n_hc].lang, sizeof f->hc[0].lang, "%s", name);
        f->hc[f->n_hc++].h = h;
    } else {
        lb_hyph_free(h);
        h = NULL;
    }
    return h;
}

static bool lang_is(const char *lang, const char *primary);

/* An article's dictionary (hyph_for). Chinese, Japanese and Korean have
 * no patterns: the words they hyphenate are the Latin ones in their
 * text, mostly English (a university's name left whole spread a Chinese
 * line's characters apart). */
static const lb_hyph *
article_dict(flow *f, const char *lang, bool always)
{
    const lb_hyph *h = hyph_for(f, lang, always);
    if (!h && (lang_is(lang, "zh") || lang_is(lang, "ja") || lang_is(lang, "ko")))
        h = hyph_for(f, "en-US", always);
    return h;
}

/* A table cell's last resort before a word is cut: the article's
 * dictionary, even in a style that sets its text unhyphenated ("Is-lands"
 * reads, "Islan→ds" does not). */
const lb_hyph *
lay_hyph_last_resort(flow *f)
{
    return f->hyph ? f->hyph : article_dict(f, f->lang, true);
}

/* ---- entry point ---- */

/* Cut the pending vertical list into pages and start a new one. */
void
lay_flush(flow *f, lay_pager *pg)
{
    if (f->vl.n)
        lay_paginate(pg, &f->vl);
    arena_reset(f->art);
    f->vl = (lay_vlist){f->art, NULL, 0, 0};
    f->hoisted = NULL; /* (it lived in f->art) */
    f->cap_hoisted = 0;
    f->have_line = false;
}

/* Whether the tag's primary language subtag is `primary` (two letters). */
static bool
lang_is(const char *lang, const char *primary)
{
    return lang && strncasecmp(lang, primary, 2) == 0 && (!lang[2] || lang[2] == '-');
}

/* The article's blocks, from its opening to its printed links, appended
 * to the vertical list. */
static void
article_body(flow *f, lay_pager *pg, const doc_node *art, int level, bool run_on)
{
    f->keep = 0;
    f->pend_pen = 0;
    f->warned_cut = false;
    f->para_no = 0;
    const doc_meta *m = art->as.article.meta;
    /* the language the build settled, or for a tree made another way the
       one the EPUB's page says too (doc_article_lang) */
    const char *lang = doc_article_lang(art, f->book_lang);
    f->hyph = article_dict(f, lang, false);
    f->lang = lang;
    /* Japanese books indent a paragraph one character, Chinese ones two */
    f->cjk_indent = lang_is(lang, "ja") ? 1 : 2;
    f->cjk_article = lang_is(lang, "zh") || lang_is(lang, "ja");
    /* the article's language says its direction; else each paragraph's
       first strong character does (UAX #9's P2) */
    f->bidi = doc_lang_rtl(lang) ? LAY_BIDI_RTL : LAY_BIDI_AUTO;
    ctx c = {0, f->text_w, lay_body_size(f), 0, 0};
    if (run_on) {
        f->pend_glue = 0;
        lay_space(f, lay_body_size(f) * lay_leading(f) * 3);
        lay_vitem *mk = lay_vpush(&f->vl, LAY_V_MARK);
        mk->head = m && m->title ? m->title : "";
    } else {
        f->pend_glue = 0;
        lay_vitem *np = lay_vpush(&f->vl, LAY_V_NEWPAGE);
        np->flags = LAY_PAGE_OPENING;
        np->head = m && m->title ? m->title : "";
    }
    f->foot = (name_map){0};
    if (f->st->notes == STYLE_NOTES_FOOT)
        lay_foot_notes(f, art, c, pg->text_h);
    f->src = art;
    f->para_dest = f->para_bullet_dest = NULL;
    f->n_held = 0;
    lay_opening(f, art, c, level, run_on);
    lay_blocks(f, art, c);
    lay_notes(f, art, c);
    f->bidi = LAY_BIDI_INLINE; /* printed addresses, source entries: set in place */
    lay_urls(f, c);
    if (f->bo && f->bo->handout)
        lay_handout_source(f, art, c);
}

/* Most lines on an article's last page that are worth setting its other
 * paragraphs again for. */
#define RUNT_LINES 3

/* An article whose last page would hold a line or a few ("a runt") is
 * set again with the paragraphs of the page before in as few lines as
 * they allow, at most one line saved for each runt line (TeX's
 * \looseness=-1, which is how a compositor pulls a runt back). The new
 * setting is kept only when it makes a page fewer; otherwise the first. */
static void
pull_back_runt(flow *f, lay_pager *pg, const doc_node *art, int level)
{
    size_t last, before;
    size_t pages = lay_plan(pg, &f->vl, &last, &before);
    if (pages < 2 || before == SIZE_MAX)
        return;
    int lines = 0;
    for (size_t i = last; i < f->vl.n; i++)
        if (f->vl.v[i].kind == LAY_V_LINE && ++lines > RUNT_LINES)
            return;
    unsigned lo = UINT_MAX, hi = 0;
    for (size_t i = before; i < last; i++)
        if (f->vl.v[i].kind == LAY_V_LINE && f->vl.v[i].para) {
            lo = f->vl.v[i].para < lo ? f->vl.v[i].para : lo;
            hi = f->vl.v[i].para > hi ? f->vl.v[i].para : hi;
        }
    if (lo > hi || lines == 0)
        return;
    /* the first setting stays in the article's arena until it is
       paginated, should the second be no better */
    lay_vlist first = f->vl;
    diag_mark said = diag_here(f->d);
    f->vl = (lay_vlist){f->art, NULL, 0, 0};
    f->have_line = false;
    f->pend_glue = 0;
    f->pend_glue_keep = false;
    f->marks = NULL;
    f->n_hoisted = 0;
    f->tight_lo = lo;
    f->tight_hi = hi;
    f->tight_left = lines;
    article_body(f, pg, art, level, false);
    f->tight_left = 0;
    diag_rewind(f->d, said); /* the first setting said it all */
    size_t l2, b2;
    if (lay_plan(pg, &f->vl, &l2, &b2) >= pages)
        f->vl = first;
}

static void
flow_article(flow *f, lay_pager *pg, const doc_node *art, int level)
{
    /* with opening.new_page off, articles after the first run on in one
       vertical list (paginated at the next part or at the end) */
    bool run_on = !f->st->opening_new_page && f->vl.n > 0;
    f->article = art;
    f->art_level = level;
    f->art_index++;
    f->code_small =
        lay_wide_code_size(f, art->first_child, lay_code_size(f),
                           lay_code_room(f, f->text_w - lay_body_size(f), lay_code_size(f)), 0);
    if (!run_on)
        lay_flush(f, pg);
    article_body(f, pg, art, level, run_on);
    if (f->st->opening_new_page) {
        pull_back_runt(f, pg, art, level);
        lay_flush(f, pg);
    }
}

/* A part's intro (the manifest's intro: file), under the part's title
 * as the EPUB sets it: the author's own text, set as an article's body
 * is, in its own language, with its notes after it. */
static void
part_intro(flow *f, lay_pager *pg, const doc_node *intro, ctx c)
{
    if (!intro || !intro->first_child)
        return;
    const char *lang = doc_article_lang(intro, f->book_lang);
    f->hyph = hyph_for(f, lang, false);
    f->lang = lang;
    f->bidi = doc_lang_rtl(lang) ? LAY_BIDI_RTL : LAY_BIDI_AUTO;
    f->code_small =
        lay_wide_code_size(f, intro->first_child, lay_code_size(f),
                           lay_code_room(f, f->text_w - lay_body_size(f), lay_code_size(f)), 0);
    f->para_no = 0;
    f->para_dest = f->para_bullet_dest = NULL;
    f->n_held = 0;
    f->first_block = true;
    f->after_heading = true; /* the title's: the first paragraph starts flush */
    f->foot = (name_map){0};
    if (f->st->notes == STYLE_NOTES_FOOT)
        lay_foot_notes(f, intro, c, pg->text_h);
    lay_blocks(f, intro, c);
    lay_notes(f, intro, c);
    f->bidi = LAY_BIDI_INLINE;
    lay_urls(f, c);
    f->foot = (name_map){0};
    lay_space(f, lay_body_size(f) * lay_leading(f));
}

static void
flow_part(flow *f, lay_pager *pg, const doc_node *part)
{
    lay_flush(f, pg);
    f->keep = 0;
    ctx c = {0, f->text_w, lay_body_size(f), 0, 0};
    lay_vitem *np = lay_vpush(&f->vl, LAY_V_NEWPAGE);
    np->flags = LAY_PAGE_OPENING | LAY_PAGE_PART;
    f->src = part;
    const char *title = part->as.part.title ? part->as.part.title : "";
    np->head = title;
    f->pend_glue = pg->text_h / 3;
    f->pend_glue_keep = true;
    double ts = lay_body_size(f) * 2.0;
    /* the opener is the book's page: in a right-to-left book its title and
       entries are set from the right edge, as an article's opening is; in
       a left-to-right one they stay flush left, each put in its own
       visual order */
    f->bidi = doc_lang_rtl(f->book_lang) ? LAY_BIDI_RTL : LAY_BIDI_INLINE;
    /* an intro follows its title as a heading's text does */
    const doc_node *intro = part->as.part.intro;
    bool has_intro = intro && intro->first_child;
    lay_opening_line(f, c, title, PDF_FACE_BOLD, ts, lay_body_size(f) * (has_intro ? 1.2 : 2),
                     title, 1, lay_name_of(f, part));
    part_intro(f, pg, intro, c);
    f->bidi = doc_lang_rtl(f->book_lang) ? LAY_BIDI_RTL : LAY_BIDI_INLINE;
    /* the part's contents: its article titles, each linking to the article,
       a little smaller than body text so no reader takes them for prose */
    for (const doc_node *k = part->first_child; k; k = k->next) {
        if (k->type != DOC_ARTICLE)
            continue;
        const doc_meta *m = k->as.article.meta;
        const char *t = m && m->title ? m->title : f->L->untitled;
        const char *kd = lay_name_of(f, k);
        int link = kd ? lay_add_link(f, arena_printf(f->out, "#%s", kd)) : -1;
        lay_add_span(f, t, strlen(t), PDF_FACE_ITALIC, lay_body_size(f) * 0.9, LB_SPAN_NOHYPH,
                     link);
        para_opts o;
        lay_para_defaults(f, &o, c);
        o.size = lay_body_size(f) * 0.9;
        o.lead = o.size * lay_leading(f);
        o.justify = false;
        o.hyph = NULL;
        o.face = PDF_FACE_ITALIC;
        f->keep = 1000000;
        lay_set_para(f, &o, k);
        lay_space(f, lay_body_size(f) * 0.3);
    }
    f->bidi = LAY_BIDI_INLINE;
    lay_flush(f, pg);
}

static int
lay_run(arena *a, diag_list *d, const doc_node *root, const manifest *m, const style *st,
        double paper_w, double paper_h, const pdf_metrics *mx, lay_doc *out,
        const lay_book_options *bo)
{
    memset(out, 0, sizeof *out);
    out->width = paper_w;
    out->height = paper_h;
    style defaults;
    if (!st) {
        style_defaults(&defaults);
        st = &defaults;
    }
    if (!mx || !mx->width || !mx->ascent || !mx->descent) {
        diag_error(d, NULL, 0, 0, "PDF layout: no font metrics");
        return -1;
    }
    double text_w = paper_w - st->margin_inner - st->margin_outer;
    /* Lines of more than ~75 characters tire the eye: on a wide page the
       style's measure caps the text block and the margins share what is
       left over. When both then exceed what the style asks for, the block
       is centred: binding room is there on either side, and recto and
       verso pages keep one text column. */
    style capped;
    double room = 0; /* see flow.wide_room */
    if (st->measure > 0 && text_w > st->measure * st->size) {
        capped = *st;
        double extra = text_w - st->measure * st->size;
        double even = (paper_w - st->measure * st->size) / 2;
        if (even >= st->margin_inner && even >= st->margin_outer) {
            capped.margin_inner = capped.margin_outer = even;
        } else {
            capped.margin_inner += extra / 2;
            capped.margin_outer += extra / 2;
        }
        /* The measure is for reading prose: a table too wide for it may
           reach out into the margins it widened, evenly on both sides
           (recto and verso alike), as far as the style's own margins.
           Not where lines are numbered: the numbers stand there. */
        room = fmin(capped.margin_inner - st->margin_inner, capped.margin_outer - st->margin_outer);
        if (st->line_numbers || room < 0)
            room = 0;
        st = &capped;
        text_w = paper_w - st->margin_inner - st->margin_outer;
    }
    double text_h = paper_h - st->margin_top - st->margin_bottom;
    if (!(text_w >= 72 && text_h >= 72)) {
        diag_error(d, m ? m->path : NULL, m ? m->paper_pos.line : 0, m ? m->paper_pos.col : 0,
                   "paper %.0fx%.0f pt leaves no room inside the style's margins", paper_w,
                   paper_h);
        return -1;
    }
    lay_wcache wc;
    pdf_metrics cached;
    lay_wcache_init(&wc, mx, &cached);
    mx = &cached;
    flow f;
    memset(&f, 0, sizeof f);
    f.out = a;
    f.art = arena_new();
    f.par = arena_new();
    f.d = d;
    f.st = st;
    f.toc_depth = m && m->toc_depth > 0 ? m->toc_depth : st->toc_depth;
    f.mx = mx;
    f.text_w = text_w;
    f.text_h = text_h;
    f.wide_room = room;
    f.bo = bo;
    /* A lone article speaks its own language; a book the collection's. */
    const char *lang = m ? m->language : NULL;
    f.book_lang = lang;
    if (root && root->type == DOC_ARTICLE && root->as.article.meta &&
        root->as.article.meta->language)
        lang = root->as.article.meta->language;
    f.L = doc_labels_for(lang);
    f.vl = (lay_vlist){f.art, NULL, 0, 0};
    f.names_a = arena_new();
    if (root)
        lay_assign_names(&f, root);
    lay_pager pg;
    memset(&pg, 0, sizeof pg);
    pg.a = a;
    pg.out = out;
    pg.st = st;
    pg.mx = mx;
    pg.paper_w = paper_w;
    pg.paper_h = paper_h;
    pg.text_w = text_w;
    pg.text_h = text_h;
    pg.collection_title = m && m->title ? m->title : "";
    pg.sink = bo ? bo->page_sink : NULL;
    pg.sink_ud = bo ? bo->page_ud : NULL;

    if (root && root->type == DOC_ARTICLE) {
        flow_article(&f, &pg, root, 1);
    } else if (root) {
        for (const doc_node *n = root->first_child; n; n = n->next) {
            if (n->type == DOC_PART) {
                flow_part(&f, &pg, n);
                for (const doc_node *k = n->first_child; k; k = k->next)
                    if (k->type == DOC_ARTICLE)
                        flow_article(&f, &pg, k, 2);
            } else if (n->type == DOC_ARTICLE) {
                flow_article(&f, &pg, n, 1);
            }
        }
    }
    lay_flush(&f, &pg);
    if (bo && root && root->type == DOC_COLLECTION) {
        ctx c = {0, f.text_w, lay_body_size(&f), 0, 0};
        lay_sources(&f, &pg, root, c);
        lay_front_matter(&f, &pg, root, m, bo);
    }
    for (size_t i = 0; i < f.n_hc; i++)
        lb_hyph_free(f.hc[i].h);
    free(f.spans);
    free(f.lbuf);
    free(f.links);
    free(f.anchors);
    arena_free(f.names_a);
    free(f.urls);
    free(pg.tmp);
    arena_free(f.art);
    arena_free(f.par);
    lay_wcache_cleanup(&wc);
    return 0;
}

int
lay_document(arena *a, diag_list *d, const doc_node *root, const manifest *m, const style *st,
             double paper_w, double paper_h, const pdf_metrics *mx, lay_doc *out)
{
    return lay_run(a, d, root, m, st, paper_w, paper_h, mx, out, NULL);
}

int
lay_book(arena *a, diag_list *d, const doc_node *root, const manifest *m, const style *st,
         double paper_w, double paper_h, const pdf_metrics *mx, const lay_book_options *opt,
         lay_doc *out)
{
    lay_book_options none = {0};
    return lay_run(a, d, root, m, st, paper_w, paper_h, mx, out, opt ? opt : &none);
}
