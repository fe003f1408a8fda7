/*
 * flow.c - the document tree -> a vertical list of set lines, glue and
 * penalties (TeX's main vertical list), one article at a time, and the
 * entry point lay_document that hands each list to the page builder.
 *
 * Each block becomes lines: a paragraph's inlines are gathered into spans
 * (a face per run: emphasis italic, strong bold, code monospace; links keep
 * their index so the set words can carry a clickable area), broken by the
 * Knuth-Plass breaker (linebreak/), and each line is turned into positioned
 * items with its glue set. Block quotes are indented both sides and set
 * smaller; list items hang their bullet or number left of the item's
 * first line, whatever block sets it, and a loose item (a heading, a
 * figure, several paragraphs) has less space inside than around it; code
 * blocks are monospace, ragged, never hyphenated, their long lines wrapped
 * with a marker; headings are ragged, bold, unhyphenated.
 *
 * Page-break policy lives here as penalties between lines: a paragraph
 * (any block of lines) may not break after its first line (orphan) or
 * before its last (widow), and a heading keeps with two lines of what
 * follows; paginate.c only minimises cost. Each paragraph's breaking uses
 * a scratch arena that is reset afterwards; the article's lines live in a
 * second scratch arena reset after its pages are built.
 *
 * Navigation (names.c): before layout every article, part, heading and
 * note gets a destination name, and so does every other block an in-page
 * link aims at (its id, qualified by its article: ids are unique per
 * article only); a list, item or quote is named at the first line set
 * inside it. Links are resolved against that index (an #id, a heading
 * slug, another article's file); footnote references and notes link to
 * each other. Code blocks (code.c), tables (table.c) and notes (notes.c)
 * are set in files of their own; figures are placed images kept with
 * their caption.
 * lay_book adds the sources page after the articles and then the front
 * matter (cover, title page, contents) before them: the front matter is
 * numbered apart in roman, so the contents' page numbers, read from where
 * the body's destinations landed, cannot move when its own length does.
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

/* A table cell's last resort before a word is cut: the article's
 * dictionary, even in a style that sets its text unhyphenated ("Is-lands"
 * reads, "Islan→ds" does not). */
const lb_hyph *
lay_hyph_last_resort(flow *f)
{
    if (f->hyph)
        return f->hyph;
    if (lang_is(f->lang, "zh") || lang_is(f->lang, "ja") || lang_is(f->lang, "ko"))
        return hyph_for(f, "en-US", true);
    return hyph_for(f, f->lang, true);
}

/* Add a span, whole (a picture's box and a script's rise too). */
static void
add_span_copy(flow *f, const lb_span *sp)
{
    if (sp->len == 0 && !(sp->flags & LB_SPAN_BREAK))
        return;
    if (f->n_spans == f->cap_spans) {
        size_t nc = f->cap_spans ? f->cap_spans * 2 : 32;
        f->spans = xrealloc(f->spans, nc * sizeof *f->spans);
        f->cap_spans = nc;
    }
    f->spans[f->n_spans++] = *sp;
}

static void
add_span_at(flow *f, const char *s, size_t len, pdf_face face, double size, unsigned flags,
            int link, double rise)
{
    add_span_copy(f, &(lb_span){.text = s,
                                .len = len,
                                .face = face,
                                .size = size,
                                .flags = flags,
                                .link = link,
                                .rise = rise});
}

void
lay_add_span(flow *f, const char *s, size_t len, pdf_face face, double size, unsigned flags,
             int link)
{
    add_span_at(f, s, len, face, size, flags, link, 0);
}

static int
add_link_at(flow *f, const char *href, const char *anchor)
{
    if (!href || !*href)
        return -1;
    if (f->n_links == f->cap_links) {
        size_t nc = f->cap_links ? f->cap_links * 2 : 16;
        f->links = xrealloc(f->links, nc * sizeof *f->links);
        f->anchors = xrealloc(f->anchors, nc * sizeof *f->anchors);
        f->cap_links = nc;
    }
    f->links[f->n_links] = href;
    f->anchors[f->n_links] = anchor;
    return (int)f->n_links++;
}

int
lay_add_link(flow *f, const char *href)
{
    return add_link_at(f, href, NULL);
}

static pdf_face
face_of(bool it, bool bold)
{
    return it && bold ? PDF_FACE_BOLD_ITALIC : it ? PDF_FACE_ITALIC : bold ? PDF_FACE_BOLD
                                                                         : PDF_FACE_REGULAR;
}

/* Is the link's text its own address (nothing to print twice)? */
static bool
link_text_is_href(const doc_node *link, const char *href)
{
    const doc_node *t = link->first_child;
    if (!t || t != link->last_child || t->type != DOC_TEXT)
        return false;
    const char *h = strncmp(href, "mailto:", 7) == 0 ? href + 7 : href;
    return t->len == strlen(h) && memcmp(t->text, h, t->len) == 0;
}

/* The image's printed size before any fitting, when the file reads. */
bool
lay_natural_size(flow *f, const doc_node *img, double *w, double *h)
{
    return f->bo && f->bo->image_size && img->as.link.href && *img->as.link.href &&
           f->bo->image_size(f->bo->image_ud, img->as.link.href, w, h) == 0 && *w > 0 &&
           *h > 0 && isfinite(*w) && isfinite(*h);
}

/* Is the inline image a picture to set on its own below its paragraph?
 * Print cannot flow a photograph through a line as a browser does; its
 * alt text alone would lose it. A readable file more than two lines tall
 * or a quarter of the measure wide is such a picture; an icon (a web
 * page's are 16 to 32 pixels: up to two lines of book text) or a picture
 * of a symbol is set in the line (picture_inline), scaled to the type. */
bool
lay_picture_in_text(flow *f, const doc_node *img, double measure)
{
    double w, h;
    if (!lay_natural_size(f, img, &w, &h))
        return false;
    return h > 2 * lay_body_size(f) * lay_leading(f) || w > measure / 4;
}

/* A small picture set in the line as a box: an icon, a symbol, a formula
 * drawn as an image. It sits on the baseline when no taller than the
 * font's ascender, else it drops toward the descender (its top at the
 * ascender), and one taller than the font's whole height is scaled down
 * to it, so the line keeps its leading. */
typedef struct inline_pic {
    const doc_node *img;
    double w, h, y; /* size and bottom (from the baseline), pt */
} inline_pic;

static const inline_pic *
picture_inline(flow *f, const doc_node *img, pdf_face face, double size)
{
    double w, h;
    if (!lay_natural_size(f, img, &w, &h))
        return NULL;
    /* a table measured at one size and set smaller sets its pictures
       smaller by as much, so its measures hold */
    double k = f->inline_scale > 0 ? f->inline_scale : 1;
    w *= k, h *= k;
    double asc = f->mx->ascent(f->mx->ud, face, size);
    double desc = f->mx->descent(f->mx->ud, face, size);
    double y = 0;
    if (h > asc - desc) {
        double fit = (asc - desc) / h;
        w *= fit, h *= fit;
    }
    if (!(w >= 0.5) || !(h >= 0.5) || w / k > f->inline_w / 4)
        return NULL; /* no ink to speak of, or a picture (lay_picture_in_text) */
    if (f->inline_max > 0 && w > f->inline_max) {
        /* wider than its column: its alt text wraps there; with none,
           the picture is set narrower rather than lost */
        const char *alt = doc_text_of(f->out, img);
        if (alt && *alt)
            return NULL;
        h *= f->inline_max / w, w = f->inline_max;
    }
    if (h > asc)
        y = asc - h;
    inline_pic *ip = arena_alloc(f->out, sizeof *ip);
    *ip = (inline_pic){img, w, h, y};
    return ip;
}

/* Nesting of superscripts and subscripts whose sizes gather keeps (a
 * deeper one is set at the size of this level, shifted from it). */
#define GATHER_SCRIPTS 16

/* Gather the inlines under `node` as spans. `base` is the face of plain
 * text (italic for captions, bold for headings); emphasis toggles italic. */
static void
gather(flow *f, const doc_node *node, pdf_face base, double size, unsigned flags0)
{
    bool it0 = base == PDF_FACE_ITALIC || base == PDF_FACE_BOLD_ITALIC;
    bool bold0 = base == PDF_FACE_BOLD || base == PDF_FACE_BOLD_ITALIC;
    int emph = 0, strong = 0, strike = 0, link = -1;
    double code_size = size * (f->st->code_scale > 0 ? f->st->code_scale : 0.85);
    /* superscripts and subscripts: each level 7/10 the size of the one it
       sits on, raised a third of that size or lowered a sixth (TeX's
       scriptstyle is 7/10 too); below two levels the size holds. A script
       is one unit: no hyphen, no break at its spaces ("[note 7]") */
    double rise = 0, ssize = size;
    double rises[GATHER_SCRIPTS], sizes[GATHER_SCRIPTS];
    int scripts = 0;
    doc_iter iter;
    doc_iter_init(&iter, (doc_node *)node);
    doc_node *n;
    doc_event ev;
    while ((ev = doc_iter_next(&iter, &n)) != DOC_EV_NONE) {
        if (n == node)
            continue;
        bool enter = ev == DOC_EV_ENTER;
        bool it = it0 ^ (emph & 1);
        pdf_face face = face_of(it, bold0 || strong > 0);
        unsigned flags = flags0 | (strike > 0 ? LB_SPAN_STRIKE : 0);
        switch (n->type) {
        case DOC_STRIKE: strike += enter ? 1 : -1; break;
        case DOC_EMPH:
            emph += enter ? 1 : -1;
            break;
        case DOC_STRONG:
            strong += enter ? 1 : -1;
            break;
        case DOC_LINK:
            if (enter) {
                link = lay_add_link(f, lay_resolve_href(f, n->as.link.href));
            } else {
                /* print the address after the text when the style asks */
                const char *href = n->as.link.href;
                if (f->st->printed_urls && href && link >= 0 && f->links[link][0] != '#' &&
                    f->n_urls < 100000 &&
                    !link_text_is_href(n, href)) {
                    if (f->n_urls == f->cap_urls) {
                        size_t nc = f->cap_urls ? f->cap_urls * 2 : 16;
                        f->urls = xrealloc(f->urls, nc * sizeof *f->urls);
                        f->cap_urls = nc;
                    }
                    f->urls[f->n_urls++] = href;
                    char *t = arena_printf(f->out, "[%zu]", f->n_urls);
                    lay_add_span(f, t, strlen(t), face, size * 0.8,
                                 flags | LB_SPAN_NOHYPH | (f->in_cell ? LB_SPAN_BREAKBEFORE : 0),
                                 -1);
                }
                link = -1;
            }
            break;
        case DOC_SUP:
        case DOC_SUB:
            if (enter) {
                if (scripts < GATHER_SCRIPTS) {
                    rises[scripts] = rise;
                    sizes[scripts] = ssize;
                }
                scripts++;
                double below = ssize;
                if (scripts <= 2)
                    ssize *= 0.7;
                rise += n->type == DOC_SUP ? below * 0.33 : -below * 0.16;
            } else if (scripts > 0) {
                scripts--;
                if (scripts < GATHER_SCRIPTS) {
                    rise = rises[scripts];
                    ssize = sizes[scripts];
                }
            }
            break;
        case DOC_TEXT:
            if (enter)
                add_span_at(f, n->text, n->len, face, ssize,
                            flags | (scripts ? LB_SPAN_NOHYPH | LB_SPAN_NOBREAK : 0) |
                                ((n->flags & DOC_F_NOSMART) && link >= 0 ? LB_SPAN_URL : 0),
                            link, rise);
            break;
        case DOC_CODE:
            if (enter)
                lay_add_span(f, n->text, n->len, PDF_FACE_MONO, code_size, flags | LB_SPAN_NOHYPH,
                             link);
            break;
        case DOC_BREAK:
            if (enter)
                lay_add_span(f, NULL, 0, face, size, LB_SPAN_BREAK, -1);
            break;
        case DOC_IMAGE:
            if (!enter || !(f->inline_w > 0))
                break;
            if (lay_picture_in_text(f, n, f->inline_w)) {
                if (!f->hoist)
                    break; /* no room for it here (a heading, a cell): its alt text */
                if (f->n_hoisted == f->cap_hoisted) {
                    size_t nc = f->cap_hoisted ? f->cap_hoisted * 2 : 8;
                    f->hoisted = arena_realloc(f->art, f->hoisted,
                                               f->cap_hoisted * sizeof *f->hoisted,
                                               nc * sizeof *f->hoisted);
                    f->cap_hoisted = nc;
                }
                f->hoisted[f->n_hoisted++] = n;
                doc_iter_skip(&iter); /* set below the paragraph, not as its alt text */
            } else {
                const inline_pic *ip = picture_inline(f, n, face, ssize);
                if (ip) {
                    add_span_at(f, "\xEF\xBF\xBC", 3, face, ssize, flags | LB_SPAN_OBJECT, link,
                                rise);
                    f->spans[f->n_spans - 1].obj_w = ip->w;
                    f->spans[f->n_spans - 1].obj = ip;
                    doc_iter_skip(&iter); /* the picture, not its alt text */
                }
            }
            break;
        case DOC_NOTE_REF:
            if (enter) {
                const char *lab = n->as.note.label ? n->as.note.label : "*";
                /* reference and note link to each other */
                const char *def = n->as.note.target ? lay_name_of(f, n->as.note.target) : NULL;
                int lk =
                    def ? add_link_at(f, arena_printf(f->out, "#%s", def), lay_name_of(f, n)) : -1;
                /* a label with a space ("n 7") is one mark: never cut */
                unsigned nf = flags | LB_SPAN_NOHYPH | LB_SPAN_NOBREAK;
                if (lk < 0) {
                    /* no note to go to: the label as text, as the EPUB has it */
                    char *t = arena_printf(f->out, "[%s]", lab);
                    lay_add_span(f, t, strlen(t), PDF_FACE_REGULAR, size, nf, lk);
                    break;
                }
                /* a superscript numeral, the printer's mark and the EPUB's,
                   set as a script on this size (DOC_SUP); commas part a
                   run, brackets after a digit (doc_note_run) */
                unsigned run = doc_note_run(n);
                bool br = run & DOC_NOTE_RUN_BRACKET;
                char *t = arena_printf(f->out, "%s%s%s",
                                       !(run & DOC_NOTE_RUN_FIRST) ? ","
                                       : br                        ? "["
                                                                   : "",
                                       lab, (run & DOC_NOTE_RUN_LAST) && br ? "]" : "");
                add_span_at(f, t, strlen(t), PDF_FACE_REGULAR, ssize * 0.7, nf, lk,
                            rise + ssize * 0.33);
            }
            break;
        default:
            if (enter && doc_is_block(n->type))
                doc_iter_skip(&iter); /* blocks inside inlines: not ours */
            break;
        }
    }
}

/* gather, letting pictures small beside a measure this wide into the
 * lines (picture_inline); wherever its lines are broken to a known
 * measure, text set around an icon should show the icon. */
void
lay_gather_in(flow *f, const doc_node *node, pdf_face base, double size, unsigned flags,
              double measure)
{
    f->inline_w = measure;
    gather(f, node, base, size, flags);
    f->inline_w = 0;
}

/* ---- lines ---- */

/* Hang the waiting list markers on line l: each right-aligned half its
 * size before its item's text edge, on the baseline of the line's text,
 * or, beside a picture, on the baseline of a first text line set at its
 * top. They go before the line's closing destinations, where lay_set_para
 * put a paragraph's own bullet. */
static void
hang_marks(flow *f, lay_vitem *l)
{
    size_t k = 0, n = l->n_items;
    for (const lay_mark *m = f->marks; m; m = m->next)
        k++;
    lay_item *v = arena_alloc(f->art, (n + k) * sizeof *v);
    size_t at = n;
    while (at > 0 && l->items[at - 1].kind == LAY_DEST)
        at--;
    if (n) {
        memcpy(v, l->items, at * sizeof *v);
        memcpy(v + at + k, l->items + at, (n - at) * sizeof *v);
    }
    bool picture = false;
    for (size_t i = 0; i < n; i++) /* a picture set beside the item, not in its text */
        picture |= l->items[i].kind == LAY_IMAGE && !l->items[i].in_line;
    /* outermost first, as the eye reads them */
    size_t i = at + k;
    for (const lay_mark *m = f->marks; m; m = m->next) {
        lay_item *t = &v[--i];
        memset(t, 0, sizeof *t);
        t->kind = LAY_TEXT;
        t->face = PDF_FACE_REGULAR;
        t->size = m->size;
        t->text = m->text;
        t->len = m->len;
        t->w = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, m->size, m->text, m->len);
        t->x = m->x - t->w - 0.5 * m->size;
        t->y = picture ? l->base - f->mx->ascent(f->mx->ud, PDF_FACE_REGULAR, m->size) : 0;
        if (f->bidi == LAY_BIDI_RTL) {
            /* a right-to-left article's lists hang their markers on the
               right, as lay_set_para sets its lines, and read ".1" */
            t->text = lay_bidi_visual(f->out, m->text, m->len, 1, &t->len);
            t->w = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, m->size, t->text, t->len);
            t->x = m->x - t->w - 0.5 * m->size;
            lay_bidi_mirror(t, 1, 0, f->text_w);
        }
    }
    l->items = v;
    l->n_items = n + k;
    f->marks = NULL;
}

void
lay_emit_line(flow *f, lay_item *items, size_t n, double height, double base, double pen_before,
              const char *outline, int outline_level)
{
    if (f->have_line) {
        double pen = f->pend_pen > pen_before ? f->pend_pen : pen_before;
        if (f->keep > 0)
            pen = INF;
        lay_vpush(&f->vl, LAY_V_PENALTY)->penalty = pen;
    }
    if (f->pend_glue > 0 && (f->have_line || f->pend_glue_keep)) {
        lay_vitem *g = lay_vpush(&f->vl, LAY_V_GLUE);
        g->height = f->pend_glue;
        g->flags = f->pend_glue_keep;
    }
    lay_vitem *l = lay_vpush(&f->vl, LAY_V_LINE);
    l->height = height;
    l->base = base;
    l->para = f->para_no;
    l->items = items;
    l->n_items = n;
    l->outline = outline;
    l->outline_level = outline_level;
    l->src = f->src;
    if (f->src_sources)
        l->flags |= LAY_LINE_SOURCES;
    if (f->src_after)
        l->flags |= LAY_LINE_AFTER;
    for (size_t i = 0; i < n && f->src; i++)
        if (items[i].kind == LAY_TEXT) {
            l->src_text = items[i].text; /* lay_set_line puts the line's first word first */
            break;
        }
    if (f->marks)
        hang_marks(f, l);
    if (f->foot.n) {
        /* the notes this line references ride on it to its page */
        for (size_t i = 0; i < n; i++) {
            if (items[i].kind != LAY_LINK || !items[i].dest)
                continue;
            lay_footnote *fn = (lay_footnote *)lay_nm_get(
                &f->foot, arena_printf(f->names_a, "D%s", items[i].dest));
            if (!fn)
                continue;
            lay_footnote *cp = arena_alloc(f->art, sizeof *cp);
            *cp = *fn;
            cp->next = NULL;
            /* a note cited again is printed again, but names its place once */
            cp->no_dest = fn->no_dest;
            fn->no_dest = true;
            lay_footnote **tail = (lay_footnote **)&l->foot;
            while (*tail)
                tail = &(*tail)->next;
            *tail = cp;
        }
    }
    f->have_line = true;
    f->pend_glue = 0;
    f->pend_glue_keep = false;
    f->pend_pen = 0;
    if (f->keep > 0)
        f->keep--;
}

void
lay_space(flow *f, double pt)
{
    if (pt > f->pend_glue)
        f->pend_glue = pt;
}

double
lay_line_base(const flow *f, pdf_face face, double size, double height)
{
    double asc = f->mx->ascent(f->mx->ud, face, size);
    double desc = f->mx->descent(f->mx->ud, face, size);
    return height / 2 + (asc + desc) / 2;
}

lay_item *
lay_item_new(lay_item *v, size_t *n)
{
    lay_item *it = &v[(*n)++];
    memset(it, 0, sizeof *it);
    return it;
}

static char *
with_hyphen(flow *f, const char *s, size_t len)
{
    char *t = arena_alloc(f->out, len + 2);
    memcpy(t, s, len);
    t[len] = '-';
    return t;
}

/* Room for `cap` items of one line in the reused buffer. */
lay_item *
lay_line_buf(flow *f, size_t cap)
{
    if (cap > f->cap_lbuf) {
        f->lbuf = xrealloc(f->lbuf, cap * sizeof *f->lbuf);
        f->cap_lbuf = cap;
    }
    return f->lbuf;
}

/* A strike through struck text: its middle at STRIKE_AT of the type's
 * size above the baseline (about half the height of a lowercase x, as
 * fonts put their own), STRIKE_THICK of the size thick. */
#define STRIKE_AT 0.27
#define STRIKE_THICK 0.05

/* The n items set in the buffer, copied to the article's arena. */
lay_item *
lay_line_keep(flow *f, const lay_item *v, size_t n)
{
    lay_item *k = arena_alloc(f->art, (n ? n : 1) * sizeof *k);
    memcpy(k, v, n * sizeof *k);
    return k;
}

/* A picture's item, at w x h, named by the node it comes from (for the
 * renderer's warnings); its place is the caller's. */
lay_item *
lay_image_item(lay_item *v, size_t *n, const doc_node *img, double w, double h)
{
    lay_item *im = lay_item_new(v, n);
    im->kind = LAY_IMAGE;
    im->href = img->as.link.href;
    im->src_file = img->pos.file;
    im->src_line = img->pos.line;
    im->src_col = img->pos.col;
    im->w = w;
    im->h = h;
    return im;
}
/* The items of an inline picture whose box starts at x: the picture, and
 * its alt text unpainted across it in the line's face, so that copying
 * the line or searching it finds the words the picture stands for. */
static void
set_inline_pic(flow *f, lay_item *v, size_t *n, const inline_pic *ip, double x, pdf_face face,
               double size, double rise)
{
    lay_item *im = lay_image_item(v, n, ip->img, ip->w, ip->h);
    im->in_line = true;
    im->x = x;
    im->y = ip->y + rise;
    const char *alt = doc_text_of(f->out, ip->img);
    size_t len = alt ? strlen(alt) : 0;
    if (!len)
        return;
    im->text = alt, im->len = len;
    double nat = f->mx->width(f->mx->ud, face, size, alt, len);
    if (!(nat > 0))
        return;
    lay_item *t = lay_item_new(v, n);
    t->kind = LAY_TEXT;
    t->hidden = true;
    t->face = face;
    t->size = size;
    t->text = alt;
    t->len = len;
    t->x = x;
    t->y = rise;
    t->w = ip->w;
    t->hscale = ip->w / nat;
}

/* Turn one broken line into items. */
size_t
lay_set_line(flow *f, const lb_result *r, const lb_line *L, const para_opts *o, lay_item *v)
{
    size_t n = 0;
    double x = o->x;
    double hs = 1 + L->expand; /* font expansion: every glyph of the line */
    double tr = L->track;      /* letter-spacing, when the spaces could not fill it */
    lay_item *last_text = NULL;
    bool gap = true;
    /* struck runs: one rule from the first struck box to the last, across
       the spaces between */
    bool strike = false;
    double strike_x0 = 0, strike_x1 = 0, strike_size = 0, strike_rise = 0;
#define FLUSH_STRIKE()                                                                             \
    do {                                                                                           \
        if (strike) {                                                                              \
            lay_item *sr = lay_item_new(v, &n);                                                    \
            sr->kind = LAY_RULE;                                                                   \
            sr->over_text = true;                                                                  \
            sr->x = strike_x0;                                                                     \
            sr->w = strike_x1 - strike_x0;                                                         \
            sr->h = strike_size * STRIKE_THICK;                                                    \
            sr->y = strike_rise + strike_size * STRIKE_AT - sr->h / 2;                             \
        }                                                                                          \
        strike = false;                                                                            \
    } while (0)
    /* a box of span sp set at x, w wide: struck, it opens or extends the
       run (a baseline box sets its height over a script's); else ends it */
#define STRIKE_BOX(sp, it, x, w)                                                                   \
    do {                                                                                           \
        if (!(sp) || !((sp)->flags & LB_SPAN_STRIKE)) {                                            \
            FLUSH_STRIKE();                                                                        \
            break;                                                                                 \
        }                                                                                          \
        if (!strike || ((it)->rise == 0 && strike_rise != 0))                                      \
            strike_size = (it)->size, strike_rise = (it)->rise;                                    \
        if (!strike)                                                                               \
            strike_x0 = (x), strike = true;                                                        \
        strike_x1 = (x) + (w);                                                                     \
    } while (0)
    /* link areas */
    int cur_link = -1;
    double link_x0 = 0, link_x1 = 0, link_size = 0;
#define FLUSH_LINK()                                                                               \
    do {                                                                                           \
        if (cur_link >= 0) {                                                                       \
            lay_item *lk = lay_item_new(v, &n);                                                    \
            lk->kind = LAY_LINK;                                                                   \
            lk->x = link_x0;                                                                       \
            lk->w = link_x1 - link_x0;                                                             \
            lk->y = f->mx->descent(f->mx->ud, PDF_FACE_REGULAR, link_size);                        \
            lk->h = link_size * 1.0 - lk->y;                                                       \
            const char *href = f->links[cur_link];                                                 \
            if (href[0] == '#')                                                                    \
                lk->dest = href + 1;                                                               \
            else                                                                                   \
                lk->href = href;                                                                   \
            if (f->anchors[cur_link]) {                                                            \
                lay_item *an = lay_item_new(v, &n);                                                \
                an->kind = LAY_DEST;                                                               \
                an->dest = f->anchors[cur_link];                                                   \
                an->y = link_size;                                                                 \
            }                                                                                      \
        }                                                                                          \
        cur_link = -1;                                                                             \
    } while (0)
    for (size_t i = L->first; i < L->end; i++) {
        const lb_item *x_ = &r->items[i];
        if (x_->type == LB_GLUE) {
            double w = x_->width;
            if (L->ratio > 0)
                w += L->ratio * x_->stretch;
            else if (L->ratio < 0)
                w += L->ratio * x_->shrink;
            x += w;
            gap = true;
            continue;
        }
        if (x_->type != LB_BOX)
            continue;
        const lb_span *osp = x_->span >= 0 && (size_t)x_->span < f->n_spans
                                 ? &f->spans[x_->span] : NULL;
        if (osp && (osp->flags & LB_SPAN_OBJECT) && osp->obj) {
            set_inline_pic(f, v, &n, osp->obj, x, x_->face, x_->size, x_->rise);
            STRIKE_BOX(osp, x_, x, x_->width);
            if (x_->link != cur_link)
                FLUSH_LINK();
            if (x_->link >= 0 && cur_link < 0)
                cur_link = x_->link, link_x0 = x, link_size = x_->size;
            if (cur_link >= 0)
                link_x1 = x + x_->width;
            x += x_->width;
            last_text = NULL;
            gap = false;
            continue;
        }
        double bw = x_->len > 0 ? x_->width * hs : x_->width;
        if (tr > 0)
            bw += tr * (double)utf8_length(x_->text, x_->len);
        if (x_->len > 0) {
            if (!gap && last_text && last_text->face == x_->face &&
                last_text->size == x_->size && last_text->y == x_->rise &&
                last_text->text + last_text->len == x_->text) {
                last_text->len += x_->len;
                last_text->w += bw;
            } else {
                lay_item *t = lay_item_new(v, &n);
                t->kind = LAY_TEXT;
                t->x = x;
                t->w = bw;
                t->hscale = hs;
                t->track = tr;
                t->face = x_->face;
                t->size = x_->size;
                t->y = x_->rise;
                t->text = x_->text;
                t->len = x_->len;
                last_text = t;
            }
            STRIKE_BOX(osp, x_, x, bw);
            if (x_->link != cur_link) {
                FLUSH_LINK();
                if (x_->link >= 0) {
                    cur_link = x_->link;
                    link_x0 = x;
                    link_size = x_->size;
                }
            }
            if (cur_link >= 0)
                link_x1 = x + bw;
        }
        x += bw;
        gap = false;
    }
    const lb_item *b = &r->items[L->brk];
    if (L->hyphen || L->marked) {
        if (L->hyphen && last_text && !gap && last_text->face == b->face) {
            last_text->text = with_hyphen(f, last_text->text, last_text->len);
            last_text->len++;
            last_text->w += b->width * hs + tr;
        } else {
            lay_item *t = lay_item_new(v, &n);
            t->kind = LAY_TEXT;
            t->x = x;
            t->w = b->width * hs + tr * (double)(L->hyphen ? 1 : utf8_length(b->text, b->len));
            t->hscale = hs;
            t->track = tr;
            t->face = b->face;
            t->size = b->size > 0 ? b->size : o->size;
            t->text = L->hyphen ? "-" : b->text;
            t->len = L->hyphen ? 1 : b->len;
        }
        if (cur_link >= 0)
            link_x1 = x + b->width * hs + tr;
        if (strike) /* the word it ends was struck */
            strike_x1 = x + b->width * hs + tr;
    } else if (o->code && L->brk + 1 < r->n_items) {
        /* a wrapped code line: show the wrap */
        const char *mk = "\xE2\x86\xA9";
        lay_item *t = lay_item_new(v, &n);
        t->kind = LAY_TEXT;
        t->face = PDF_FACE_MONO;
        t->size = o->size;
        t->text = mk;
        t->len = 3;
        t->w = f->mx->width(f->mx->ud, PDF_FACE_MONO, o->size, mk, 3);
        /* in the room lay_set_para kept for it (a hung first line moves left
           after this: its marker stays at the others' place) */
        t->x = o->x + o->width - t->w + (L == r->lines ? o->hang : 0);
    }
    FLUSH_LINK();
    FLUSH_STRIKE();
#undef FLUSH_LINK
#undef FLUSH_STRIKE
#undef STRIKE_BOX
    return n;
}

/* The marker where a string too long for the line is cut points the way
 * the paragraph reads, to where it goes on: a right-to-left paragraph's
 * line ends on the left, so its marker is a leftwards arrow (U+2190; an
 * arrow is not mirrored by the bidi algorithm, so the rightwards one would
 * point back into the line). Code keeps its own wrap marker. */
void
lay_cut_mark(lb_params *p, bool rtl)
{
    if (rtl && p->mark && strcmp(p->mark, "\xE2\x86\x92") == 0)
        p->mark = "\xE2\x86\x90";
}

/* A line costs more than any badness (TeX's \linepenalty, squared, is
 * the demerits of a line; kept under the 10000 cap on its root). */
#define TIGHT_LINE_PENALTY 5000

/* Break the gathered spans and emit their lines. */
void
lay_set_para(flow *f, const para_opts *o, const doc_node *src)
{
    if (f->n_spans == 0) {
        /* nothing to set (an empty anchor's paragraph): the next line
           carries its names */
        lay_hold_name(f, o->dest);
        lay_hold_name(f, o->dest2);
        return;
    }
    lb_params p;
    lb_params_default(&p, o->size, o->width);
    p.justify = o->justify;
    p.indent = o->indent;
    p.hyph = o->hyph;
    if (o->justify && !o->code)
        p.expand = f->st->expansion;
    p.width_first += o->hang;
    if (o->code) {
        /* room for the wrap marker at each line end */
        double mw = f->mx->width(f->mx->ud, PDF_FACE_MONO, o->size, "\xE2\x86\xA9", 3);
        p.width -= mw;
        p.width_first -= mw;
        p.mark = "\xE2\x86\xA9"; /* U+21A9, as at the other wraps */
    }
    /* right-to-left text: levels, Arabic shaping, no hyphens (bidi.c) */
    lay_bidi bd;
    lay_bidi_mode mode = o->code ? LAY_BIDI_LTR : f->bidi;
    bool bidi = lay_bidi_para(&bd, f->out, f->par, &f->spans, &f->n_spans, &f->cap_spans, mode);
    lay_cut_mark(&p, bidi && bd.base == 1);
    lb_result r;
    lb_break(f->par, f->mx, &p, f->spans, f->n_spans, &r);
    f->para_no++;
    if (f->tight_left > 0 && f->para_no >= f->tight_lo && f->para_no <= f->tight_hi &&
        r.n_lines > 1 && r.pass < 4 && !o->code && !o->balance && !o->center && !o->keep_all) {
        /* TeX's \looseness=-1: the same tolerance, but a line costs more
           than any badness, so the fewest lines win (the hyphenation pass
           alone: without hyphens a line is rarely saved) */
        lb_params q = p;
        q.line_penalty = TIGHT_LINE_PENALTY;
        q.pretolerance = -1;
        lb_result t;
        lb_break(f->par, f->mx, &q, f->spans, f->n_spans, &t);
        if (t.n_lines < r.n_lines && t.pass < 4 && t.pass <= (r.pass > 2 ? r.pass : 2)) {
            r = t;
            f->tight_left--;
        }
    }
    if (o->balance && r.n_lines > 1 && r.pass < 4) {
        /* Display text that wraps is set in the narrowest measure that
           still takes as many lines (CSS's text-wrap: balance), so a
           title never ends on one short word under a full line. */
        size_t want = r.n_lines;
        double lo = p.width / (double)want, hi = p.width, d1 = p.width - p.width_first;
        for (int it = 0; it < 12 && hi - lo > 0.5; it++) {
            lb_params q = p;
            q.width = (lo + hi) / 2;
            q.width_first = q.width - d1;
            lb_result t;
            lb_break(f->par, f->mx, &q, f->spans, f->n_spans, &t);
            if (t.n_lines <= want && t.pass < 4)
                hi = q.width;
            else
                lo = q.width;
        }
        if (hi < p.width) {
            p.width = hi;
            p.width_first = hi - d1;
            lb_break(f->par, f->mx, &p, f->spans, f->n_spans, &r);
        }
    }
    if (r.pass == 4 && !f->warned_cut && !o->code) {
        for (size_t i = 0; i < r.n_lines; i++)
            if (r.lines[i].marked) {
                /* display lines pass no node: name the block or the
                   article being set, so the message has a file and line */
                const doc_node *at = src ? src : f->src ? f->src : f->article;
                const doc_pos *pos = at ? &at->pos : NULL;
                diag_warn(f->d, pos ? pos->file : NULL, pos ? pos->line : 0, pos ? pos->col : 0,
                          "a string too long for the line was cut with a marker");
                f->warned_cut = true;
                break;
            }
    }
    double h = o->lead;
    double base = lay_line_base(f, o->face, o->size, h);
    for (size_t l = 0; l < r.n_lines; l++) {
        const lb_line *L = &r.lines[l];
        lay_item *v = lay_line_buf(f, SET_LINE_MAX(L) + LAY_HELD_MAX);
        size_t n = lay_set_line(f, &r, L, o, v);
        if (l == 0 && o->hang != 0)
            for (size_t k = 0; k < n; k++)
                v[k].x -= o->hang;
        /* a right-to-left paragraph starts at the right: of the text block
           in a right-to-left article (the marker goes right too), of its
           own box in another; a centred line only needs its visual order */
        bool flip = bidi && bd.base == 1 && !o->center && mode != LAY_BIDI_INLINE;
        bool flip_block = flip && mode == LAY_BIDI_RTL;
        if (bidi)
            n = lay_bidi_line(&bd, f->mx, v, n, flip, flip_block ? 0 : o->x,
                              flip_block ? f->text_w : o->x + o->width, &v);
        size_t n_before_bullet = n;
        if (l == 0 && o->bullet) {
            lay_item *t = lay_item_new(v, &n);
            size_t bl = o->bullet_len;
            const char *bt =
                flip_block ? lay_bidi_visual(f->out, o->bullet, bl, 1, &bl) : o->bullet; /* ".1" */
            double bw = f->mx->width(f->mx->ud, o->face, o->size, bt, bl);
            t->kind = LAY_TEXT;
            t->face = o->face;
            t->size = o->size;
            t->text = bt;
            t->len = bl;
            t->w = bw;
            t->x = o->x - bw - 0.5 * o->size;
            if (o->bullet_dest) {
                lay_item *lk = lay_item_new(v, &n);
                lk->kind = LAY_LINK;
                lk->dest = o->bullet_dest;
                lk->x = t->x;
                lk->w = bw;
                lk->y = f->mx->descent(f->mx->ud, o->face, o->size);
                lk->h = o->size - lk->y;
            }
            if (flip_block)
                lay_bidi_mirror(v + n_before_bullet, n - n_before_bullet, 0, f->text_w);
        }
        if (o->center) {
            double right = o->x;
            for (size_t k = 0; k < n; k++)
                if (v[k].kind == LAY_TEXT && v[k].x + v[k].w > right)
                    right = v[k].x + v[k].w;
            double dx = (o->width - (right - o->x)) / 2;
            for (size_t k = 0; k < n; k++)
                if (v[k].kind != LAY_DEST)
                    v[k].x += dx;
        }
        for (int q = 0; q < 2 && l == 0; q++) {
            const char *dn = q ? o->dest2 : o->dest;
            if (!dn)
                continue;
            lay_item *t = lay_item_new(v, &n);
            t->kind = LAY_DEST;
            t->dest = dn;
            t->y = o->size;
        }
        if (l == 0)
            lay_release_names(f, v, &n, o->size);
        double pen = 0;
        if (o->keep_all && l > 0)
            pen = INF;
        else if (!o->no_widow_rules && (l == 1 || (l > 0 && l + 1 == r.n_lines)))
            pen = INF; /* orphan (after the first line), widow (before the last) */
        else if (l > 0 &&
                 (r.lines[l - 1].hyphen || (r.lines[l - 1].brk < r.n_items &&
                                            r.items[r.lines[l - 1].brk].type == LB_PENALTY &&
                                            r.items[r.lines[l - 1].brk].pkind == LB_PK_EXPLICIT)))
            pen = 100; /* TeX's \brokenpenalty: a page should not end mid-word,
                          at a hyphen of its own ("genteel-/looking") either */
        lay_emit_line(f, lay_line_keep(f, v, n), n, h, base, pen, l == 0 ? o->outline : NULL,
                      o->outline_level);
        if (o->numbered && !o->keep_all)
            f->vl.v[f->vl.n - 1].flags |= LAY_LINE_NUMBERED;
    }
    arena_reset(f->par);
    f->n_spans = 0;
}

/* ---- blocks ---- */

static void flow_blocks(flow *f, const doc_node *parent, ctx c);

void
lay_para_defaults(flow *f, para_opts *o, ctx c)
{
    memset(o, 0, sizeof *o);
    o->x = c.x;
    o->width = c.width;
    o->size = c.size;
    o->face = PDF_FACE_REGULAR;
    o->lead = c.size * lay_leading(f);
    o->justify = f->st->justify;
    o->hyph = f->hyph;
    o->numbered = true;
}

void
lay_block_space(flow *f, double em)
{
    lay_space(f, em * lay_body_size(f));
}

/* The width of the marker a line of spans[0..n) opens with ("+ Added
   ...", "- Fixed ...", "12. ...": doc_line_marker), 0 when it has none. */
static double
typed_marker_width(flow *f, const lb_span *spans, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const lb_span *sp = &spans[k];
        size_t b = 0;
        while (b < sp->len && sp->text[b] == ' ')
            b++;
        if (b == sp->len)
            continue;
        size_t ml = doc_line_marker(sp->text + b, sp->len - b);
        return ml ? f->mx->width(f->mx->ud, sp->face, sp->size, sp->text + b, ml) : 0;
    }
    return 0;
}

/* A line group (doc_para_is_line_group: verse, an address, a list typed
   as lines) is set like verse: each line starts at the block quote's
   inset and turns over a further em in, ragged right and unhyphenated.
   A line that opens with a marker is an item of a list typed as lines:
   as a list's items do, its text starts where the widest marker of the
   group ends, the marker set flush against it, and its turnovers hang
   under that text. The text keeps its size: it is the author's own, not
   a quotation. */
static void
flow_lines(flow *f, const doc_node *n, ctx c, pdf_face base_face)
{
    double inset = (f->st->quote_indent > 0 ? f->st->quote_indent : 1.5) * lay_body_size(f);
    double hang = lay_body_size(f);
    if (c.width - inset - hang < f->text_w / 3)
        inset = 0;
    if (!f->first_block)
        lay_block_space(f, 0.5);
    const char *dest = f->para_dest ? f->para_dest : lay_name_of(f, n);
    const char *dest2 = f->para_dest ? lay_name_of(f, n) : NULL;
    f->para_dest = f->para_bullet_dest = NULL;
    f->para_center = false;
    lay_gather_in(f, n, base_face, c.size, 0, c.width);
    size_t n_all = f->n_spans;
    lb_span *all = xmalloc((n_all ? n_all : 1) * sizeof *all);
    memcpy(all, f->spans, n_all * sizeof *all);
    f->n_spans = 0;
    double widest = 0; /* of the group's markers */
    for (size_t s = 0, i = 0; i <= n_all; i++) {
        if (i < n_all && !(all[i].flags & LB_SPAN_BREAK))
            continue;
        double w = typed_marker_width(f, all + s, i - s);
        if (w > widest)
            widest = w;
        s = i + 1;
    }
    if (widest > 0 && c.width - inset - widest < f->text_w / 3)
        widest = hang; /* a very wide marker: no deeper than a verse's turnover */
    bool first = true;
    for (size_t s = 0, i = 0; i <= n_all; i++) {
        if (i < n_all && !(all[i].flags & LB_SPAN_BREAK))
            continue;
        bool ink = false;
        for (size_t k = s; k < i && !ink; k++)
            for (size_t j = 0; j < all[k].len && !ink; j++)
                ink = !strchr(" \t\n\r", all[k].text[j]);
        if (ink) {
            for (size_t k = s; k < i; k++)
                add_span_copy(f, &all[k]);
            double h = typed_marker_width(f, f->spans, f->n_spans);
            double in = h > 0 ? widest : hang; /* where the text and turnovers start */
            if (h > in)
                h = in;
            para_opts o;
            lay_para_defaults(f, &o, c);
            o.x = c.x + inset + in;
            o.width = c.width - inset - in;
            o.hang = h > 0 ? h : hang;
            o.justify = false;
            o.hyph = NULL;
            o.face = base_face;
            o.dest = first ? dest : NULL;
            o.dest2 = first ? dest2 : NULL;
            lay_set_para(f, &o, n);
            first = false;
        } else if (!first && i < n_all) {
            lay_space(f, c.size * lay_leading(f)); /* an empty line: a stanza break */
        }
        s = i + 1;
    }
    free(all);
    lay_block_space(f, 0.5);
    f->first_block = false;
    f->after_heading = false;
}

/* A heading's line: bold at `size`, ragged, unhyphenated, kept whole. */
static void
heading_opts(flow *f, para_opts *o, ctx c, double size)
{
    lay_para_defaults(f, o, c);
    o->size = size;
    o->face = PDF_FACE_BOLD;
    o->lead = size * 1.2;
    o->justify = false;
    o->hyph = NULL;
    o->keep_all = true;
}

/* A bold label over its text (doc_para_is_label) is set as the least heading:
 * at the h4 size, flush, half a line above, kept with two lines of its
 * text, which starts flush under it. At the text's size it reads as a
 * line of the paragraph before it (flush) or as a paragraph of one line
 * (indented). No outline entry: it names a paragraph, not a section. */
static void
flow_label(flow *f, const doc_node *n, ctx c)
{
    double scale = c.list_depth == 0 && f->st->heading_scale[3] > 1 ? f->st->heading_scale[3] : 1;
    double size = lay_body_size(f) * scale;
    para_opts o;
    heading_opts(f, &o, c, size);
    o.dest = f->para_dest ? f->para_dest : lay_name_of(f, n);
    o.dest2 = f->para_dest ? lay_name_of(f, n) : NULL;
    f->para_dest = f->para_bullet_dest = NULL;
    if (!f->first_block)
        lay_block_space(f, 0.5 * lay_leading(f));
    lay_gather_in(f, n, PDF_FACE_BOLD, size, LB_SPAN_NOHYPH, o.width);
    lay_set_para(f, &o, n);
    f->keep = 2;
    f->first_block = false;
    f->after_heading = true;
}

static void place_image(flow *f, const doc_node *k, ctx c, double max_h, bool in_item,
                        const char *dn, bool first);

/* The first character of a block's text, 0 when it has none. */
static uint32_t
first_char(const doc_node *n)
{
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)n);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || k->type != DOC_TEXT)
            continue;
        for (size_t i = 0; i < k->len;) {
            uint32_t cp = 0;
            size_t used = utf8_decode(k->text + i, k->len - i, &cp);
            i += used ? used : 1;
            if (used && !utf8_is_space(cp))
                return cp;
        }
    }
    return 0;
}

static bool
centred_para(const doc_node *n)
{
    return n && n->type == DOC_PARA && (n->flags & DOC_F_CENTER);
}

void
lay_para(flow *f, const doc_node *n, ctx c, const char *bullet, size_t bullet_len,
         pdf_face base_face)
{
    /* A display line the source centred (doc.h DOC_F_CENTER) stands apart
       by half a line, its lines centred, whole words, with no indent; the
       paragraph after it starts flush, as after a heading. */
    bool display = (n->flags & DOC_F_CENTER) && !bullet && !f->marks;
    if (display) {
        f->para_center = true;
        if (!f->first_block && !centred_para(n->prev))
            lay_block_space(f, 0.5);
    }
    /* not the block that opens a list item: its marker hangs at the
       item's text edge, so the text stays there */
    if (!bullet && !f->marks && !f->para_center && doc_para_is_line_group(n)) {
        flow_lines(f, n, c, base_face);
        return;
    }
    if (!bullet && !f->marks && !f->para_center && doc_para_is_label(n)) {
        flow_label(f, n, c);
        return;
    }
    para_opts o;
    lay_para_defaults(f, &o, c);
    /* A paragraph is indented unless it opens its block or follows a
       heading, a rule or a block quote (DOC_QUOTE sets after_heading: the
       text it quoted from goes on); after a list, table or code it is a
       new paragraph like any other, and the indent is what says so when
       it starts a page. */
    bool indent = f->st->indent > 0 && !f->first_block && !f->after_heading && !bullet && n->prev &&
                  n->prev->type != DOC_HEADING && n->prev->type != DOC_RULE &&
                  !centred_para(n->prev);
    /* In a list item only a paragraph after a paragraph is indented: text
       under a figure or a code block that opens the item is its first
       paragraph (the EPUB's CSS says the same: li > p + p). */
    if (c.list_depth > 0 && n->prev && n->prev->type != DOC_PARA)
        indent = false;
    if (indent)
        o.indent = f->st->indent * lay_body_size(f);
    /* Chinese and Japanese text stands on a grid of square characters: its
       indent is whole characters, so the first line's stay in the columns
       of the lines below (in an article tagged so, every paragraph, as the
       EPUB's CSS does; else one that opens with such a character) */
    if (indent && (f->cjk_article || lb_cjk_wide(first_char(n))))
        o.indent = f->cjk_indent * lay_body_size(f);
    /* (under a heading in a list item, the heading's small space below
       stands: paragraph spacing would part it from its text; an item's
       first paragraph takes the list's space between items, which knows
       a tight list from a loose one) */
    if (f->st->para_spacing > 0 && !f->first_block &&
        !(c.list_depth > 0 && n->prev && n->prev->type == DOC_HEADING) &&
        !(n->parent && n->parent->type == DOC_ITEM && n == n->parent->first_child))
        lay_block_space(f, f->st->para_spacing);
    o.bullet = bullet;
    o.bullet_len = bullet_len;
    o.face = base_face;
    o.dest = f->para_dest ? f->para_dest : lay_name_of(f, n);
    o.dest2 = f->para_dest ? lay_name_of(f, n) : NULL; /* its own, after a container's */
    o.bullet_dest = f->para_bullet_dest;
    o.center = f->para_center;
    if (o.center)
        o.indent = 0;
    if (display) {
        o.justify = false;
        o.hyph = NULL;
    }
    f->para_dest = f->para_bullet_dest = NULL;
    f->para_center = false;
    f->n_hoisted = 0;
    f->hoist = true;
    lay_gather_in(f, n, base_face, c.size, 0, c.width);
    f->hoist = false;
    lay_set_para(f, &o, n);
    /* the pictures gather left out, each on its own line below */
    double lead = lay_body_size(f) * lay_leading(f);
    for (size_t i = 0; i < f->n_hoisted; i++) {
        if (i == 0 && !f->first_block)
            lay_space(f, lead * 0.5);
        place_image(f, f->hoisted[i], c, f->text_h - lead, c.list_depth > 0,
                    lay_name_of(f, f->hoisted[i]), true);
    }
    if (f->n_hoisted)
        lay_space(f, lead * 0.5);
    f->n_hoisted = 0;
    if (display && !centred_para(n->next))
        lay_block_space(f, 0.5);
    f->first_block = false;
    f->after_heading = false;
}

/* Space inside a list item, in lines of body text: above and below a
 * heading, around a figure. Each is well under the least space between
 * the items of a loose list (flow_list), so an item's parts hold together
 * and the items stand apart. */
#define IN_ITEM_HEAD_ABOVE 0.35
#define IN_ITEM_HEAD_BELOW 0.15
#define IN_ITEM_FIGURE 0.25

static void
flow_heading(flow *f, const doc_node *n, ctx c, int level)
{
    double scale = 1.0;
    int idx = level - 1;
    /* A heading inside a list item titles that item, under the section
       the list belongs to: a step smaller than the same level in running
       text, with little space above (the item's own space is before it)
       and less below. */
    bool in_item = c.list_depth > 0;
    if (in_item)
        idx++;
    if (idx < 1)
        idx = 1;
    if (idx < 6 && f->st->heading_scale[idx] > 0)
        scale = f->st->heading_scale[idx];
    double size = lay_body_size(f) * scale;
    para_opts o;
    heading_opts(f, &o, c, size);
    /* the least headings (h4 to h6) are italic, as the EPUB sets them:
       bold at their near body size they read as a bold sentence */
    pdf_face face = level >= 4 ? PDF_FACE_ITALIC : PDF_FACE_BOLD;
    o.face = face;
    o.balance = true;
    o.dest = lay_name_of(f, n);
    if (doc_heading_listed(n, f->toc_depth)) {
        o.outline = doc_text_of(f->out, n);
        o.outline_level = f->art_level + (level < 2 ? 1 : level - 1);
    }
    double line = lay_body_size(f) * lay_leading(f);
    if (!f->first_block)
        lay_space(f, line * (in_item ? IN_ITEM_HEAD_ABOVE : level <= 2 ? 1.5 : 1.0));
    lay_gather_in(f, n, face, size, LB_SPAN_NOHYPH, o.width);
    lay_set_para(f, &o, n);
    lay_space(f, line * (in_item ? IN_ITEM_HEAD_BELOW : 0.5));
    f->keep = 2; /* keep with two lines of what follows */
    f->first_block = false;
    f->after_heading = true;
    f->head_figs = 2;
}

static void
flow_rule(flow *f, ctx c)
{
    double h = lay_body_size(f) * lay_leading(f);
    lay_item *v = arena_alloc(f->art, sizeof *v);
    v->kind = LAY_RULE;
    v->w = c.width / 3;
    v->x = c.x + (c.width - v->w) / 2;
    v->h = 0.5;
    v->y = lay_body_size(f) * 0.3;
    lay_emit_line(f, v, 1, h, lay_line_base(f, PDF_FACE_REGULAR, lay_body_size(f), h), 0, NULL, 0);
    f->first_block = false;
    f->after_heading = false;
}

static void
flow_list(flow *f, const doc_node *list, ctx c)
{
    int num = list->as.list.ordered ? list->as.list.start : 0;
    bool tight = list->flags & DOC_F_TIGHT;
    /* Markers are set right-aligned half an em before the text, and the
       widest of them starts at the paragraph indent: a list reads as a
       column of items inside the text block, numbers line up on their
       last digit, and no marker sits on the margin where a reader's eye
       (or a layout check) expects paragraph text. */
    double em = lay_body_size(f);
    double widest = 0;
    bool loose = doc_list_is_loose(list);
    if (list->as.list.ordered) {
        int k = num;
        for (const doc_node *it = list->first_child; it; it = it->next, k++) {
            char mk[32];
            int len = snprintf(mk, sizeof mk, "%d%c", k, list->as.list.delim == ')' ? ')' : '.');
            double w = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, c.size, mk, (size_t)len);
            if (w > widest)
                widest = w;
        }
    } else {
        const char *mk = (c.list_depth % 2) ? "\xE2\x80\x93" : "\xE2\x80\xA2"; /* – • */
        widest = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, c.size, mk, 3);
    }
    double ind = (f->st->indent > 0 ? f->st->indent : 1.0) * em + widest + 0.5 * c.size;
    ctx in = c;
    if (c.width - ind >= f->text_w / 3) {
        in.x += ind;
        in.width -= ind;
    }
    in.list_depth++;
    in.depth++;
    /* Between items a little air, more in a list of paragraphs (an
       item's short last line must not read as a failed justified line);
       and in a list of loose items as much as sets paragraphs apart, and
       always more than any space inside an item (after a heading, around
       a figure, between its paragraphs: see IN_ITEM), so each item reads
       as one. A loose list has that space around it too. */
    double gap = (tight ? 0.35 : 0.6) * em;
    if (loose) {
        double lead = em * lay_leading(f);
        double para = f->st->para_spacing * em + 0.4 * lead;
        gap = 0.75 * lead > para ? 0.75 * lead : para;
    }
    if (!f->first_block)
        lay_space(f, loose ? gap : 0.4 * em);
    for (const doc_node *it = list->first_child; it; it = it->next) {
        const char *bullet;
        if (list->as.list.ordered)
            bullet = arena_printf(f->out, "%d%c", num++,
                                  list->as.list.delim == ')' ? ')' : '.');
        else
            bullet = (c.list_depth % 2) ? "\xE2\x80\x93" : "\xE2\x80\xA2"; /* – • */
        if (it != list->first_child)
            lay_space(f, gap);
        f->src = it; /* not the block an earlier item left behind */
        lay_hold_name(f, lay_name_of(f, it)); /* a place named at its first line */
        lay_mark *m = arena_alloc(f->art, sizeof *m);
        *m = (lay_mark){bullet, strlen(bullet), in.x, in.size, f->marks};
        f->marks = m;
        f->after_heading = true; /* no indent in list items */
        size_t from = f->vl.n;
        lay_seq(f, it->first_child, in);
        /* The orphan rule for the item as a whole: its marker line does
           not end a page alone, as an item's one-line first block (a
           label, a picture's stand-in) would before a heading. Costly
           rather than forbidden: where every other break is forbidden
           too (a heading's keep, a page too short), a lone marker line
           is the lesser harm than a heading parted from its text. */
        bool seen_line = false;
        for (size_t q = from; q < f->vl.n; q++) {
            if (f->vl.v[q].kind == LAY_V_LINE) {
                seen_line = true;
            } else if (seen_line && f->vl.v[q].kind == LAY_V_PENALTY) {
                if (f->vl.v[q].penalty < ITEM_ORPHAN_PENALTY)
                    f->vl.v[q].penalty = ITEM_ORPHAN_PENALTY;
                break;
            }
        }
        if (f->marks == m) {
            /* nothing set (an empty item): the marker on a line of its own */
            double lead = in.size * lay_leading(f);
            lay_emit_line(f, NULL, 0, lead, lay_line_base(f, PDF_FACE_REGULAR, in.size, lead), 0,
                          NULL, 0);
        }
        f->after_heading = true;
    }
    lay_space(f, loose ? gap : 0.4 * em);
    f->after_heading = false;
}

/* A definition's indent under its term, in ems (the EPUB's dd margin). */
#define DEF_INDENT 1.5

/* A definition list: each term bold on a line of its own at the text's
 * size (a glossary's terms are many and short: labels, not headings),
 * flush and ragged, kept with two lines of its definition, which is
 * indented under it with its first paragraph flush. Groups stand apart by
 * a tight list's item space; the list by a list's space around it. */
static void
flow_defs(flow *f, const doc_node *dl, ctx c)
{
    double em = lay_body_size(f);
    ctx in = c;
    in.depth++;
    if (c.width - DEF_INDENT * em >= f->text_w / 3) {
        in.x += DEF_INDENT * em;
        in.width -= DEF_INDENT * em;
    }
    if (!f->first_block)
        lay_space(f, 0.4 * em);
    for (const doc_node *k = dl->first_child; k; k = k->next) {
        f->src = k;
        if (k->type == DOC_TERM) {
            if (k->prev && k->prev->type != DOC_TERM)
                lay_space(f, 0.4 * em);
            para_opts o;
            lay_para_defaults(f, &o, c);
            o.face = PDF_FACE_BOLD;
            o.justify = false;
            o.hyph = NULL;
            o.dest = f->para_dest ? f->para_dest : lay_name_of(f, k);
            o.dest2 = f->para_dest ? lay_name_of(f, k) : NULL;
            f->para_dest = f->para_bullet_dest = NULL;
            lay_gather_in(f, k, PDF_FACE_BOLD, c.size, LB_SPAN_NOHYPH, o.width);
            lay_set_para(f, &o, k);
            f->keep = 2;
        } else if (k->type == DOC_DEF) {
            if (k->prev && k->prev->type == DOC_DEF)
                lay_space(f, 0.2 * em);
            lay_hold_name(f, lay_name_of(f, k));
            f->after_heading = true; /* its first paragraph flush */
            lay_seq(f, k->first_child, in);
        }
        f->first_block = false;
    }
    lay_space(f, 0.4 * em);
    f->after_heading = false;
}

static void
flow_blocks(flow *f, const doc_node *parent, ctx c)
{
    lay_seq(f, parent->first_child, c);
}

/* Blocks from `first` through its following siblings. */
/* Too deep: every paragraph-like block below, in document order, flat. */
static void
flow_flat(flow *f, const doc_node *first, ctx c)
{
    for (const doc_node *top = first; top; top = top->next) {
        doc_iter it;
        doc_iter_init(&it, (doc_node *)top);
        doc_node *n;
        doc_event ev;
        while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
            if (ev != DOC_EV_ENTER)
                continue;
            if (n->type == DOC_PARA || n->type == DOC_HEADING || n->type == DOC_CAPTION) {
                lay_para(f, n, c, NULL, 0, PDF_FACE_REGULAR);
                doc_iter_skip(&it);
            } else if (n->type == DOC_CODE_BLOCK) {
                lay_code(f, n, c);
            } else if (!doc_is_block(n->type)) {
                doc_iter_skip(&it);
            }
        }
    }
}

/* One picture on a line of its own: scaled to fit the measure and max_h,
 * centred (in a list item, at its text edge), named `dn`; the first of
 * a figure also takes the names waiting for a line. An unreadable file
 * gets a frame of the alt text's size; the renderer warns and draws the
 * alt text in it. */
static void
place_image(flow *f, const doc_node *k, ctx c, double max_h, bool in_item, const char *dn,
            bool first)
{
    double lead = lay_body_size(f) * lay_leading(f);
    double w, h;
    const char *alt = NULL;
    if (f->bo->image_size(f->bo->image_ud, k->as.link.href, &w, &h) != 0 || !(w > 0) ||
        !(h > 0) || !isfinite(w) || !isfinite(h)) {
        alt = doc_text_of(f->out, k);
        w = c.width * 0.6;
        h = 5 * lead;
    }
    double s = 1;
    if (w * s > c.width)
        s = c.width / w;
    if (h * s > max_h)
        s = max_h / h;
    lay_item *v = arena_alloc(f->art, (2 + LAY_HELD_MAX) * sizeof *v);
    size_t n = 0;
    lay_item *im = lay_image_item(v, &n, k, w * s, h * s);
    im->x = in_item ? c.x : c.x + (c.width - im->w) / 2;
    im->y = 0;
    if (alt && *alt) {
        im->text = alt;
        im->len = strlen(alt);
    }
    if (first)
        lay_release_names(f, v, &n, im->h);
    if (dn) {
        lay_item *dd = lay_item_new(v, &n);
        dd->kind = LAY_DEST;
        dd->dest = dn;
        dd->y = im->h;
    }
    lay_emit_line(f, v, n, im->h + lead * 0.4, im->h, 0, NULL, 0);
}

/* A figure whose images the renderer can place: each image scaled to fit
 * the measure and (leaving room for its caption) the text height, centred
 * (in a list item, at its text edge), kept with the caption. Returns false
 * to have the figure set as alt text (no image sizes in this layout, or
 * none of its images readable). */
static bool
flow_figure(flow *f, const doc_node *fig, ctx c)
{
    if (!f->bo || !f->bo->image_size)
        return false;
    bool any = false, caption = false;
    for (const doc_node *k = fig->first_child; k; k = k->next) {
        if (k->type == DOC_CAPTION)
            caption = true;
        else if (k->type == DOC_IMAGE && k->as.link.href && *k->as.link.href)
            any = true;
    }
    if (!any)
        return false;
    double lead = lay_body_size(f) * lay_leading(f);
    /* in a list item a figure is one of the item's parts: set from the
       item's text edge, beside its marker, with the item's small spaces */
    bool in_item = c.list_depth > 0;
    double around = lead * (in_item ? IN_ITEM_FIGURE : 0.5);
    if (!f->first_block)
        lay_space(f, around);
    bool first = true;
    for (const doc_node *k = fig->first_child; k; k = k->next) {
        if (!first)
            f->keep = 1; /* no page break between the parts of a figure */
        if (k->type == DOC_CAPTION) {
            /* Captions a size smaller than the text they illustrate. */
            ctx cc = c;
            cc.size = c.size * 0.9;
            f->after_heading = true;
            f->para_center = !in_item;
            lay_para(f, k, cc, NULL, 0, PDF_FACE_ITALIC);
            first = false;
            continue;
        }
        if (k->type != DOC_IMAGE || !k->as.link.href || !*k->as.link.href)
            continue;
        place_image(f, k, c, f->text_h - (caption ? 4 * lead : lead), in_item,
                    first ? lay_name_of(f, fig) : lay_name_of(f, k), first);
        first = false;
    }
    lay_space(f, around);
    f->first_block = false;
    f->after_heading = false;
    return true;
}

/* A figure without a picture to place (remote or missing, or no image
 * sizes in this layout): its stand-in ("[Image: alt text]") and caption
 * set as one caption block, a size smaller, italic, centred (flush with
 * the text in a list item, beside its marker), ragged and
 * unhyphenated, with a figure's space around and no page break between
 * the stand-in and the caption, so it reads as a figure and not as short
 * body paragraphs. (Stand-ins of a figure of many pictures may part.) */
static void
flow_figure_text(flow *f, const doc_node *fig, ctx c)
{
    double lead = lay_body_size(f) * lay_leading(f);
    bool in_item = c.list_depth > 0; /* as in flow_figure */
    double around = lead * (in_item ? IN_ITEM_FIGURE : 0.5);
    bool first = true;
    /* right under a heading (or one stand-in under it): the heading
       keeps its two lines of text past the stand-in too, not only the
       stand-in's lines, which are no text to read on; past two, the
       text may go on overleaf (a heading over a gallery of stand-ins
       would move whole and leave its page empty) */
    bool held = f->keep > 0 && f->head_figs > 0;
    if (f->head_figs > 0)
        f->head_figs--;
    for (const doc_node *k = fig->first_child; k; k = k->next) {
        const char *text = NULL;
        if (k->type == DOC_EMPH)
            text = doc_standin_text(f->out, k, f->L);
        else if (k->type == DOC_IMAGE && k->first_child && !k->next) /* no caption: its alt */
            text = arena_printf(f->out, "[%s%s]", f->L->image, doc_text_of(f->out, k));
        else if (k->type != DOC_CAPTION)
            continue;
        para_opts o;
        lay_para_defaults(f, &o, c);
        o.size = c.size * 0.9;
        o.lead = o.size * lay_leading(f);
        o.face = PDF_FACE_ITALIC;
        o.justify = false;
        o.hyph = NULL;
        o.center = !in_item;
        o.dest = first ? lay_name_of(f, fig) : lay_name_of(f, k);
        if (text)
            lay_add_span(f, text, strlen(text), PDF_FACE_ITALIC, o.size, LB_SPAN_NOHYPH, -1);
        else
            lay_gather_in(f, k, PDF_FACE_ITALIC, o.size, LB_SPAN_NOHYPH, o.width);
        if (!f->n_spans)
            continue;
        if (first && !f->first_block)
            lay_space(f, around);
        if (!first && k->type == DOC_CAPTION)
            f->keep = 1; /* the caption with the stand-in above it */
        /* a page opening here opens at this part (the EPUB's page-list
           then looks for its first word there, not in the whole figure) */
        f->src = k;
        lay_set_para(f, &o, k);
        first = false;
    }
    if (first)
        return;
    lay_space(f, around);
    f->first_block = false;
    f->after_heading = false;
    if (held && f->keep < 2)
        f->keep = 2;
}

/* A paragraph right over a table that names it or leads into it: a
 * short line without a full stop ("Most active developers", a cell
 * turned title) or a sentence ending in a colon ("The most active
 * committers are:"). Kept with the table's first row: alone at a page's
 * foot it is a caption without its table. */
static bool
leads_table(flow *f, const doc_node *n)
{
    if (!n->next || n->next->type != DOC_TABLE)
        return false;
    const char *t = doc_text_of(f->out, n);
    size_t len = strlen(t);
    while (len && (t[len - 1] == ' ' || t[len - 1] == '\n'))
        len--;
    if (!len)
        return false;
    char last = t[len - 1];
    return last == ':' || (len <= 80 && last != '.' && last != '!' && last != '?');
}

void
lay_seq(flow *f, const doc_node *first, ctx c)
{
    if (c.depth > LAY_MAX_DEPTH) {
        flow_flat(f, first, c);
        return;
    }
    for (const doc_node *n = first; n; n = n->next) {
        if (n->type != DOC_NOTE_DEF)
            f->src = n;
        if (n->type != DOC_FIGURE && n->type != DOC_HEADING)
            f->head_figs = 0;
        /* a named container is named at the first line set inside it */
        if (n->type == DOC_QUOTE || n->type == DOC_LIST || n->type == DOC_ITEM ||
            n->type == DOC_DEFS)
            lay_hold_name(f, lay_name_of(f, n));
        switch (n->type) {
        case DOC_PARA:
            lay_para(f, n, c, NULL, 0, PDF_FACE_REGULAR);
            if (leads_table(f, n))
                f->keep = 2;
            break;
        case DOC_HEADING: {
            /* a heading with nothing after it in its article (an emptied
               section of a saved page) would stand alone at the end */
            const doc_node *k = n->next;
            while (k && k->type == DOC_HEADING)
                k = k->next;
            if (k || !n->parent || n->parent->type != DOC_ARTICLE)
                flow_heading(f, n, c, n->as.heading.level);
            break;
        }
        case DOC_QUOTE: {
            double qi = (f->st->quote_indent > 0 ? f->st->quote_indent : 1.5) * lay_body_size(f);
            ctx in = c;
            in.depth++;
            in.x += qi;
            in.width -= 2 * qi;
            in.size = c.size * (f->st->quote_scale > 0 ? f->st->quote_scale : 0.93);
            if (in.width < f->text_w / 3) {
                in.x = c.x;
                in.width = c.width;
            }
            if (!f->first_block)
                lay_block_space(f, 0.5);
            f->after_heading = true; /* no indent on a quote's first paragraph */
            flow_blocks(f, n, in);
            lay_block_space(f, 0.5);
            f->after_heading = true;
            break;
        }
        case DOC_LIST:
            flow_list(f, n, c);
            break;
        case DOC_DEFS: flow_defs(f, n, c); break;
        case DOC_ITEM:
            c.depth++;
            flow_blocks(f, n, c);
            c.depth--;
            break;
        case DOC_CODE_BLOCK: lay_code(f, n, c); break;
        case DOC_RULE:
            flow_rule(f, c);
            break;
        case DOC_FIGURE:
            if (!flow_figure(f, n, c))
                flow_figure_text(f, n, c);
            break;
        case DOC_CAPTION: {
            /* a table's or a listing's caption (a picture's is set with
               its figure): flush, and over its block kept with it */
            ctx cc = c;
            cc.size = c.size * 0.9;
            bool over = n->next && (n->next->type == DOC_TABLE || n->next->type == DOC_CODE_BLOCK ||
                                    n->next->type == DOC_QUOTE);
            if (over && !f->first_block)
                lay_block_space(f, 0.5);
            f->after_heading = true;
            lay_para(f, n, cc, NULL, 0, PDF_FACE_ITALIC);
            if (over)
                f->keep = 2;
            else
                lay_block_space(f, 0.5); /* under its block: apart from the text after */
            break;
        }
        case DOC_TABLE: lay_table(f, n, c); break;
        case DOC_NOTE_DEF:
            break; /* set at the article's end */
        default:
            if (doc_is_block(n->type)) {
                ctx in = c;
                in.depth++;
                flow_blocks(f, n, in);
            }
            else {
                /* stray inlines at block level: a paragraph of their own */
                lay_gather_in(f, n, PDF_FACE_REGULAR, c.size, 0, c.width);
                para_opts o;
                lay_para_defaults(f, &o, c);
                lay_set_para(f, &o, n);
            }
            break;
        }
    }
}

/* A display line (opening block, cover, title page): one face and size,
 * ragged, unhyphenated, never split from the lines around it. */
static void
display_opts(flow *f, para_opts *o, ctx c, const char *text, pdf_face face, double size)
{
    lay_add_span(f, text, strlen(text), face, size, LB_SPAN_NOHYPH, -1);
    lay_para_defaults(f, o, c);
    o->size = size;
    o->face = face;
    o->lead = size * 1.25;
    o->justify = false;
    o->hyph = NULL;
    o->keep_all = true;
    o->balance = true;
}

/* Set a line of metadata text in the opening block. */
static void
opening_line(flow *f, ctx c, const char *text, pdf_face face, double size, double gap_after,
             const char *outline, int level, const char *dest)
{
    if (!text || !*text)
        return;
    para_opts o;
    display_opts(f, &o, c, text, face, size);
    o.outline = outline;
    o.outline_level = level;
    o.dest = dest;
    f->keep = 1000000; /* the whole opening block stays on its page */
    lay_set_para(f, &o, NULL);
    lay_space(f, gap_after);
}

#ifndef LONE_TITLE_GAP
#define LONE_TITLE_GAP 1.0
#endif

static void
flow_opening(flow *f, const doc_node *art, ctx c, int level, bool run_on)
{
    const doc_meta *m = art->as.article.meta;
    double sz = lay_body_size(f);
    const char *title = m && m->title ? m->title : f->L->untitled;
    double ts = sz * (f->st->heading_scale[0] > 0 ? f->st->heading_scale[0] : 1.7);
    /* A title with nothing under it sits lower and nearer its text, where
       the text starts about as far down the page as under a full opening
       block: set a full block's distance away, a lone title would float
       free of the article it names. */
    bool lone = !m || !(m->subtitle || (m->n_authors > 0 && m->authors) || m->n_contribs ||
                        m->date || m->source || m->site);
    double after = sz * 0.6 + sz * lay_leading(f) * 2;
    double lone_after = sz * lay_leading(f) * LONE_TITLE_GAP;
    if (!run_on) {
        f->pend_glue = f->st->opening_drop > 0 ? f->st->opening_drop : 0;
        if (lone)
            f->pend_glue += after - lone_after;
        f->pend_glue_keep = true;
    }
    opening_line(f, c, title, PDF_FACE_BOLD, ts, lone ? 0 : sz * 0.6, title, level,
                 lay_name_of(f, art));
    if (m) {
        opening_line(f, c, m->subtitle, PDF_FACE_ITALIC, sz * 1.2, sz * 0.6, NULL, 0, NULL);
        if (m->n_authors > 0 && m->authors) {
            buf b;
            buf_init(&b, 0);
            for (size_t i = 0; i < m->n_authors; i++) {
                if (i > 0)
                    buf_adds(&b, i + 1 == m->n_authors ? f->L->and_ : ", ");
                buf_adds(&b, m->authors[i] ? m->authors[i] : "");
            }
            opening_line(f, c, arena_strdup(f->out, b.data ? b.data : ""), PDF_FACE_REGULAR,
                         sz * 1.1, sz * 0.3, NULL, 0, NULL);
            buf_cleanup(&b);
        }
        const char **credits;
        size_t nc = doc_contrib_lines(f->out, m, f->L, &credits);
        for (size_t i = 0; i < nc; i++)
            opening_line(f, c, credits[i], PDF_FACE_ITALIC, sz * 0.95, sz * 0.2, NULL, 0, NULL);
        if (m->date)
            opening_line(f, c, doc_date_display(f->out, m->date, m->language), PDF_FACE_ITALIC,
                         sz * 0.9, sz * 0.2, NULL, 0, NULL);
        if (m->source || m->site) {
            const char *s = m->site && m->source ? arena_printf(f->out, "%s, %s", m->site,
                                                                m->source)
                                                 : m->source ? m->source : m->site;
            lay_add_span(f, s, strlen(s), PDF_FACE_ITALIC, sz * 0.85, LB_SPAN_NOHYPH | LB_SPAN_URL,
                         m->source ? lay_add_link(f, m->source) : -1);
            para_opts o;
            lay_para_defaults(f, &o, c);
            o.size = sz * 0.85;
            o.lead = o.size * 1.25;
            o.justify = false;
            o.hyph = NULL;
            o.keep_all = true;
            f->keep = 1000000;
            lay_set_para(f, &o, NULL);
        }
    }
    f->keep = 2;
    lay_space(f, lone ? lone_after : sz * lay_leading(f) * 2);
    f->first_block = true;
    f->after_heading = true;
}

/* ---- entry point ---- */

/* Cut the pending vertical list into pages and start a new one. */
static void
flow_flush(flow *f, lay_pager *pg)
{
    if (f->vl.n)
        lay_paginate(pg, &f->vl);
    arena_reset(f->art);
    f->vl = (lay_vlist){f->art, NULL, 0, 0};
    f->hoisted = NULL; /* (it lived in f->art) */
    f->cap_hoisted = 0;
    f->have_line = false;
}

static void flow_handout_source(flow *f, const doc_node *art, ctx c);

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
    f->hyph = hyph_for(f, lang, false);
    f->lang = lang;
    /* Chinese, Japanese and Korean have no patterns: the words they
       hyphenate are the Latin ones in their text, mostly English (a
       university's name left whole spread a Chinese line's characters
       apart) */
    if (!f->hyph && (lang_is(lang, "zh") || lang_is(lang, "ja") || lang_is(lang, "ko")))
        f->hyph = hyph_for(f, "en-US", false);
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
    flow_opening(f, art, c, level, run_on);
    flow_blocks(f, art, c);
    lay_notes(f, art, c);
    f->bidi = LAY_BIDI_INLINE; /* printed addresses, source entries: set in place */
    lay_urls(f, c);
    if (f->bo && f->bo->handout)
        flow_handout_source(f, art, c);
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
        flow_flush(f, pg);
    article_body(f, pg, art, level, run_on);
    if (f->st->opening_new_page) {
        pull_back_runt(f, pg, art, level);
        flow_flush(f, pg);
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
    flow_blocks(f, intro, c);
    lay_notes(f, intro, c);
    f->bidi = LAY_BIDI_INLINE;
    lay_urls(f, c);
    f->foot = (name_map){0};
    lay_space(f, lay_body_size(f) * lay_leading(f));
}

static void
flow_part(flow *f, lay_pager *pg, const doc_node *part)
{
    flow_flush(f, pg);
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
    opening_line(f, c, title, PDF_FACE_BOLD, ts, lay_body_size(f) * (has_intro ? 1.2 : 2), title, 1,
                 lay_name_of(f, part));
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
    flow_flush(f, pg);
}

/* ---- front and back matter ---- */

/* A centred line (or lines) of the cover or title page. */
static void
centred(flow *f, ctx c, const char *text, pdf_face face, double size, double gap_after)
{
    if (!text || !*text)
        return;
    para_opts o;
    display_opts(f, &o, c, text, face, size);
    o.center = true;
    o.numbered = false;
    f->keep = 1000000;
    /* a right-to-left book's lines read right to left whatever letter
       comes first ("Edited by" before a Hebrew name: the label on the
       right), as on the EPUB's cover and title page, whose page is
       dir="rtl"; centred, so only their visual order changes */
    lay_bidi_mode was = f->bidi;
    if (doc_lang_rtl(f->book_lang))
        f->bidi = LAY_BIDI_RTL;
    lay_set_para(f, &o, NULL);
    f->bidi = was;
    lay_space(f, gap_after);
}

/* Start a page of front or back matter (its own vertical list). */
static void
matter_page(flow *f, lay_pager *pg, unsigned flags, const char *head)
{
    flow_flush(f, pg);
    f->keep = 0;
    f->pend_pen = 0;
    lay_vitem *np = lay_vpush(&f->vl, LAY_V_NEWPAGE);
    np->flags = flags;
    np->head = head;
}

/* A heading of the front or back matter: "Contents", "Sources". */
static void
matter_heading(flow *f, ctx c, const char *title, const char *dest)
{
    double ts = lay_body_size(f) * (f->st->heading_scale[0] > 0 ? f->st->heading_scale[0] : 1.7);
    f->pend_glue = f->st->opening_drop > 0 ? f->st->opening_drop : 0;
    f->pend_glue_keep = true;
    opening_line(f, c, title, PDF_FACE_BOLD, ts, lay_body_size(f) * lay_leading(f) * 1.5, title, 1,
                 dest);
    f->keep = 0;
}

/* The date a cover or title page prints: the manifest's, else the
 * build's (lay_book_options.date). */
static const char *
book_date(flow *f, const manifest *m, const lay_book_options *bo)
{
    const char *d = m && m->date ? m->date : bo ? bo->date : NULL;
    return d ? doc_date_display(f->out, d, m ? m->language : NULL) : NULL;
}

/* What a page of front matter sets (cover_text, title_page_text). */
typedef struct matter_args {
    const manifest *m;
    ctx c;
    const char *held;
    const lay_book_options *bo;
} matter_args;

/* Sets a page's lines, every size and fixed gap times k, with `drop`
 * above them and `gap` at the page's one flexible place. */
typedef void (*matter_fn)(flow *f, const matter_args *a, double k, double drop, double gap);

/* The height of the vertical list's lines and glue from item `from` on. */
static double
vl_height(const lay_vlist *vl, size_t from)
{
    double h = 0;
    for (size_t i = from; i < vl->n; i++)
        if (vl->v[i].kind == LAY_V_LINE || vl->v[i].kind == LAY_V_GLUE)
            h += vl->v[i].height;
    return h;
}

/* A cover or title page is one page. When a long title, subtitle or
 * description would run it over (large print on small paper), its open
 * space closes up first, and then its type and gaps shrink, until it
 * fits. */
static void
fit_matter(flow *f, lay_pager *pg, matter_fn fn, const matter_args *a, double drop, double gap)
{
    size_t from = f->vl.n;
    bool had_line = f->have_line;
    double room = pg->text_h - 1, k = 1, drop0 = drop, gap0 = gap;
    for (int tries = 0;; tries++) {
        f->pend_glue = drop;
        f->pend_glue_keep = true;
        fn(f, a, k, drop, gap);
        double h = vl_height(&f->vl, from);
        if (h <= room || tries == 12)
            break;
        double text = h - drop - gap;
        if (text <= room && drop + gap > 0) {
            double r = (room - text) / (drop + gap);
            drop *= r;
            gap *= r;
        } else {
            k *= 0.85; /* then the space closes up again, as far as it must */
            drop = drop0;
            gap = gap0;
        }
        f->vl.n = from;
        f->have_line = had_line;
        f->pend_glue = 0;
    }
}

static void
cover_text(flow *f, const matter_args *a, double k, double drop, double gap)
{
    (void)drop;
    const manifest *m = a->m;
    ctx c = a->c;
    double sz = lay_body_size(f) * k;
    centred(f, c, m && m->title ? m->title : f->L->untitled, PDF_FACE_BOLD, sz * 2.6, sz * 1.5);
    if (m)
        centred(f, c, m->subtitle, PDF_FACE_ITALIC, sz * 1.4, 0);
    /* Who made it, the publisher and the date low on the cover, as on a
       printed packet, the smallest last. */
    const char *ed = m ? doc_names_join(f->out, m->editors, m->n_editors, f->L->and_) : NULL;
    const char *au = m ? doc_names_join(f->out, m->authors, m->n_authors, f->L->and_) : NULL;
    lay_space(f, gap);
    if (ed)
        centred(f, c, arena_printf(f->out, "%s%s", f->L->edited_by, ed), PDF_FACE_REGULAR, sz * 1.3,
                sz * 0.8);
    else if (au)
        centred(f, c, au, PDF_FACE_REGULAR, sz * 1.3, sz * 0.8);
    else
        centred(f, c, a->held, PDF_FACE_REGULAR, sz * 1.1, sz * 0.8);
    if (m)
        centred(f, c, m->publisher, PDF_FACE_REGULAR, sz * 1.1, sz * 0.4);
    centred(f, c, book_date(f, m, a->bo), PDF_FACE_REGULAR, sz * 0.9, 0);
}

static void
flow_cover(flow *f, lay_pager *pg, const manifest *m, ctx c, const lay_book_options *bo,
           const char *held)
{
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    if (bo && bo->cover && bo->cover_w > 0 && bo->cover_h > 0) {
        /* the cover image, fitted to the page and centred */
        double s = pg->paper_w / bo->cover_w;
        if (bo->cover_h * s > pg->paper_h)
            s = pg->paper_h / bo->cover_h;
        lay_item *v = arena_alloc(f->art, sizeof *v);
        memset(v, 0, sizeof *v);
        v->kind = LAY_IMAGE;
        v->href = bo->cover;
        v->w = bo->cover_w * s;
        v->h = bo->cover_h * s;
        /* relative to the text block's left edge and the line's baseline
           at the page top: the line itself takes no room */
        v->x = (pg->paper_w - v->w) / 2 - pg->st->margin_inner;
        v->y = pg->st->margin_top - (pg->paper_h - v->h) / 2 - v->h;
        lay_emit_line(f, v, 1, 0.01, 0, 0, NULL, 0);
        return;
    }
    matter_args ma = {m, c, held, bo};
    fit_matter(f, pg, cover_text, &ma, pg->text_h / 4, pg->text_h / 3);
}

/* The title page: the title, the names under it with the date close
 * below them, and the imprint (publisher, rights) in small type at the
 * foot. The date stays with the names so the last line of the block is
 * small type, never a larger line left alone at the foot of the text. */
static void
title_page_text(flow *f, const matter_args *a, double k, double drop, double gap)
{
    (void)drop;
    (void)gap;
    const manifest *m = a->m;
    ctx c = a->c;
    double sz = lay_body_size(f) * k;
    centred(f, c, m && m->title ? m->title : f->L->untitled, PDF_FACE_BOLD, sz * 2, sz);
    if (!m) {
        centred(f, c, a->held, PDF_FACE_REGULAR, sz * 1.1, sz * 0.5);
        centred(f, c, book_date(f, m, a->bo), PDF_FACE_REGULAR, sz * 0.9, 0);
        return;
    }
    centred(f, c, m->subtitle, PDF_FACE_ITALIC, sz * 1.2, sz * 2);
    const char *ed = doc_names_join(f->out, m->editors, m->n_editors, f->L->and_);
    const char *au = doc_names_join(f->out, m->authors, m->n_authors, f->L->and_);
    if (au)
        centred(f, c, au, PDF_FACE_REGULAR, sz * 1.1, sz * 0.5);
    if (ed)
        centred(f, c, arena_printf(f->out, "%s%s", f->L->edited_by, ed), PDF_FACE_REGULAR,
                sz * 1.1, sz * 0.5);
    else if (!au)
        centred(f, c, a->held, PDF_FACE_REGULAR, sz * 1.1, sz * 0.5);
    centred(f, c, book_date(f, m, a->bo), PDF_FACE_REGULAR, sz * 0.9, 0);
    if (m->description) {
        lay_space(f, sz * 2);
        centred(f, c, m->description, PDF_FACE_ITALIC, sz * 0.9, 0);
    }
    lay_space(f, sz * 4);
    centred(f, c, m->publisher, PDF_FACE_REGULAR, sz * 0.9, sz * 0.3);
    centred(f, c, m->rights, PDF_FACE_ITALIC, sz * 0.85, 0);
}

static void
flow_title_page(flow *f, lay_pager *pg, const manifest *m, ctx c, const char *held,
                const lay_book_options *bo)
{
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    matter_args ma = {m, c, held, bo};
    fit_matter(f, pg, title_page_text, &ma, pg->text_h / 6, 0);
}

typedef struct toc_entry {
    const char *title, *dest;
    int depth;      /* indentation steps */
    bool strong;    /* parts and the back matter */
} toc_entry;

/* One contents entry: the title (ragged, wrapped with a hanging indent),
 * dot leaders on a grid common to all entries, the page number right-
 * aligned; the title and the number are links to the destination. In a
 * right-to-left book (f->bidi is LAY_BIDI_RTL) the entry is the mirror
 * image: the title flush right, indented from the right, the number at
 * the left edge, the leaders between. */
static void
toc_line(flow *f, ctx c, const toc_entry *e, const char *num)
{
    double sz = lay_body_size(f) * (e->depth >= 2 ? 0.92 : 1.0);
    pdf_face face = e->strong ? PDF_FACE_BOLD : PDF_FACE_REGULAR;
    double ind = e->depth * 1.5 * lay_body_size(f);
    double numcol = 3 * lay_body_size(f);
    if (c.width - ind - numcol < c.width / 3)
        ind = 0;
    int link = lay_add_link(f, arena_printf(f->out, "#%s", e->dest));
    lay_add_span(f, e->title, strlen(e->title), face, sz, LB_SPAN_NOHYPH, link);
    /* a title that wraps turns over indented, so each entry starts
       visibly at its own left edge */
    double hang = 1.5 * lay_body_size(f);
    para_opts o;
    lay_para_defaults(f, &o, c);
    o.x = c.x + ind + hang;
    o.width = c.width - ind - numcol - hang;
    o.hang = hang;
    o.size = sz;
    o.face = face;
    o.lead = sz * lay_leading(f);
    o.justify = false;
    o.hyph = NULL;
    o.keep_all = true;
    o.numbered = false;
    o.dest = NULL;
    lay_space(f, e->depth == 0 ? lay_body_size(f) * 0.6 : lay_body_size(f) * 0.15);
    size_t before = f->vl.n;
    lay_set_para(f, &o, NULL);
    if (f->vl.n == before || f->vl.v[f->vl.n - 1].kind != LAY_V_LINE)
        return;
    lay_vitem *L = &f->vl.v[f->vl.n - 1];
    bool rtl = f->bidi == LAY_BIDI_RTL;
    double nw = f->mx->width(f->mx->ud, face, sz, num, strlen(num));
    /* end: where the title's last line stops (its left end when mirrored);
       the leader runs from there to the number, in the reading direction */
    double end, nx;
    if (rtl) {
        /* lay_set_para mirrored the lines across the text block [0, text_w] */
        end = f->text_w - (f->vl.n - before == 1 ? o.x - hang : o.x);
        for (size_t k = 0; k < L->n_items; k++)
            if (L->items[k].kind == LAY_TEXT && L->items[k].x < end)
                end = L->items[k].x;
        nx = c.x;
    } else {
        end = f->vl.n - before == 1 ? o.x - hang : o.x;
        for (size_t k = 0; k < L->n_items; k++)
            if (L->items[k].kind == LAY_TEXT && L->items[k].x + L->items[k].w > end)
                end = L->items[k].x + L->items[k].w;
        nx = c.x + c.width - nw;
    }
    /* The leader is one run of close dots, a word space from the title
       and from the number and letter-spaced to fill exactly: read back
       as text it is one "word" at ordinary spacing, not dozens of words
       with wide gaps between them. */
    double sp = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, sz, " ", 1);
    double dw = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, sz, ".", 1);
    double lead_lo = rtl ? nx + nw + sp : end + sp, lead_hi = rtl ? end - sp : nx - sp;
    double span = lead_hi - lead_lo;
    size_t ndots = dw > 0 && span > dw ? (size_t)(span / dw) : 0;
    lay_item *v = arena_alloc(f->art, (L->n_items + 3) * sizeof *v);
    memcpy(v, L->items, L->n_items * sizeof *v);
    size_t n = L->n_items;
    if (ndots > 0) {
        char *dots = arena_alloc(f->out, ndots + 1);
        memset(dots, '.', ndots);
        dots[ndots] = 0;
        lay_item *t = lay_item_new(v, &n);
        t->kind = LAY_TEXT;
        t->face = PDF_FACE_REGULAR;
        t->size = sz;
        t->text = dots;
        t->len = ndots;
        t->track = (span - (double)ndots * dw) / (double)ndots;
        t->w = span;
        t->x = lead_lo;
        t->gray = f->st->high_contrast ? 0 : 0.3;
    }
    lay_item *t = lay_item_new(v, &n);
    t->kind = LAY_TEXT;
    t->face = face;
    t->size = sz;
    t->text = num;
    t->len = strlen(num);
    t->w = nw;
    t->x = nx;
    lay_item *lk = lay_item_new(v, &n);
    lk->kind = LAY_LINK;
    lk->dest = e->dest;
    lk->x = rtl ? c.x : end;
    lk->w = rtl ? end - c.x : c.x + c.width - end;
    lk->y = f->mx->descent(f->mx->ud, face, sz);
    lk->h = sz - lk->y;
    L->items = v;
    L->n_items = n;
}

/* The contents entries: parts, articles, their headings to `depth`
 * (1 = articles only), then the back matter. */
static toc_entry *
toc_entries(flow *f, const doc_node *root, int depth, size_t *n_out)
{
    size_t n = 0, cap = 64;
    toc_entry *e = xmalloc(cap * sizeof *e);
    bool parts = false;
    for (const doc_node *k = root->first_child; k; k = k->next)
        parts |= k->type == DOC_PART;
    doc_iter it;
    doc_iter_init(&it, (doc_node *)root);
    doc_node *nd;
    doc_event ev;
    int art_depth = 0;
    while ((ev = doc_iter_next(&it, &nd)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        toc_entry x = {0};
        if (nd->type == DOC_PART) {
            x = (toc_entry){nd->as.part.title ? nd->as.part.title : "", lay_name_of(f, nd), 0,
                            true};
        } else if (nd->type == DOC_ARTICLE) {
            const doc_meta *m = nd->as.article.meta;
            art_depth = parts && nd->parent && nd->parent->type == DOC_PART ? 1 : 0;
            x = (toc_entry){m && m->title ? m->title : f->L->untitled, lay_name_of(f, nd),
                            art_depth, false};
        } else if (nd->type == DOC_HEADING) {
            int lv = nd->as.heading.level;
            if (lv >= 2 && doc_heading_listed(nd, depth))
                x = (toc_entry){doc_text_of(f->out, nd), lay_name_of(f, nd), art_depth + lv - 1,
                                false};
            doc_iter_skip(&it);
        } else if (!doc_is_block(nd->type) || nd->type == DOC_NOTE_DEF) {
            doc_iter_skip(&it);
        }
        if (!x.title || !x.dest)
            continue;
        if (n == cap) {
            cap *= 2;
            e = xrealloc(e, cap * sizeof *e);
        }
        e[n++] = x;
    }
    *n_out = n;
    return e;
}

/* The sources page: each article's title, authors, date, address and
 * when it was retrieved. */
/* One small ragged line under a sources entry: authors and date, the
 * address, when it was retrieved. */
static void
sources_detail(flow *f, ctx c, const char *text, pdf_face face, double size, unsigned flags,
               int link)
{
    lay_add_span(f, text, strlen(text), face, size, flags, link);
    para_opts q;
    lay_para_defaults(f, &q, c);
    q.size = size;
    q.face = face;
    q.lead = q.size * lay_leading(f);
    q.justify = false;
    q.hyph = NULL;
    q.numbered = false;
    lay_set_para(f, &q, NULL);
}

/* An entry's people, site and date on one line, and a line for each of
 * its translators, editors and the like; false when it has none. */
static bool
source_people(flow *f, ctx c, const doc_meta *m)
{
    if (!m)
        return false;
    double sz = lay_body_size(f);
    buf b;
    buf_init(&b, 0);
    const char *au = doc_names_join(f->out, m->authors, m->n_authors, f->L->and_);
    if (au)
        buf_adds(&b, au);
    if (m->site)
        buf_printf(&b, "%s%s", b.len ? ", " : "", m->site);
    if (m->date)
        buf_printf(&b, "%s%s", b.len ? ", " : "", doc_date_display(f->out, m->date, m->language));
    bool any = b.len > 0;
    if (b.len)
        sources_detail(f, c, arena_strndup(f->out, b.data, b.len), PDF_FACE_REGULAR, sz * 0.9,
                       LB_SPAN_NOHYPH, -1);
    buf_cleanup(&b);
    const char **credits;
    size_t nc = doc_contrib_lines(f->out, m, f->L, &credits);
    for (size_t i = 0; i < nc; i++)
        sources_detail(f, c, credits[i], PDF_FACE_REGULAR, sz * 0.9, LB_SPAN_NOHYPH, -1);
    return any || nc;
}

static void
flow_sources(flow *f, lay_pager *pg, const doc_node *root, ctx c)
{
    matter_page(f, pg, LAY_PAGE_OPENING, f->L->sources);
    f->src = root;
    matter_heading(f, c, f->L->sources, "sources");
    f->src_sources = true;
    double sz = lay_body_size(f);
    for (const doc_node *n = root; n; n = n == root ? root->first_child : n->next) {
        if (n == root)
            continue;
        const doc_node *first = n->type == DOC_PART ? n->first_child : n;
        for (const doc_node *k = first; k; k = n->type == DOC_PART ? k->next : NULL) {
            if (k->type != DOC_ARTICLE)
                continue;
            const doc_meta *m = k->as.article.meta;
            const char *dest = lay_name_of(f, k);
            const char *t = m && m->title ? m->title : f->L->untitled;
            f->src = k;
            /* Entry titles a little larger than the text, details smaller:
             * a list of sources, not paragraphs of prose. */
            lay_add_span(f, t, strlen(t), PDF_FACE_BOLD, sz * 1.1, LB_SPAN_NOHYPH,
                         dest ? lay_add_link(f, arena_printf(f->out, "#%s", dest)) : -1);
            para_opts o;
            lay_para_defaults(f, &o, c);
            o.size = sz * 1.1;
            o.lead = o.size * lay_leading(f);
            o.justify = false;
            o.hyph = NULL;
            o.face = PDF_FACE_BOLD;
            o.numbered = false;
            o.keep_all = true;
            lay_space(f, sz * 0.8);
            lay_set_para(f, &o, NULL);
            f->keep = 2;
            bool details = source_people(f, c, m) || (m && (m->source || m->retrieved));
            if (m && m->source)
                sources_detail(f, c, m->source, PDF_FACE_ITALIC, sz * 0.9,
                               LB_SPAN_URL | LB_SPAN_NOHYPH, lay_add_link(f, m->source));
            if (m && m->retrieved)
                sources_detail(f, c,
                               arena_printf(f->out, "%s%s", f->L->retrieved,
                                            doc_date_display(f->out, m->retrieved, f->L->lang)),
                               PDF_FACE_REGULAR, sz * 0.9, LB_SPAN_NOHYPH, -1);
            /* An entry that is a title alone would read as a heading at
               the foot of a page: it stays with the next entry. */
            f->keep = details ? 0 : 1;
        }
    }
    f->keep = 0;
    flow_flush(f, pg);
    f->src = NULL;
    f->src_sources = false;
}

/* A handout (one article printed on its own) has no sources page, and
 * its opening block names the site and address but not when the text was
 * taken: so it ends with its entry from that page, under the same heading
 * as the book's (the book's "no online source" line when there is no
 * address), and the book it was taken from. Kept on one page. */
static void
flow_handout_source(flow *f, const doc_node *art, ctx c)
{
    const doc_meta *m = art->as.article.meta;
    double sz = lay_body_size(f);
    f->src = art;
    f->src_after = true;
    lay_end_heading(f, c, f->L->sources, NULL, false);
    f->keep = 1000000;
    source_people(f, c, m);
    if (m && m->source)
        sources_detail(f, c, m->source, PDF_FACE_ITALIC, sz * 0.9, LB_SPAN_URL | LB_SPAN_NOHYPH,
                       lay_add_link(f, m->source));
    else
        sources_detail(f, c, f->L->no_source, PDF_FACE_ITALIC, sz * 0.9, LB_SPAN_NOHYPH, -1);
    if (m && m->retrieved)
        sources_detail(f, c,
                       arena_printf(f->out, "%s%s", f->L->retrieved,
                                    doc_date_display(f->out, m->retrieved, f->L->lang)),
                       PDF_FACE_REGULAR, sz * 0.9, LB_SPAN_NOHYPH, -1);
    if (f->bo->handout_from && f->bo->handout_from[0])
        sources_detail(f, c, f->bo->handout_from, PDF_FACE_ITALIC, sz * 0.9, LB_SPAN_NOHYPH, -1);
    f->keep = 0;
    f->src_after = false;
}

/* Where each destination landed: name -> printed page label. */
static void
index_dests(flow *f, const lay_doc *d, name_map *where)
{
    for (size_t p = 0; p < d->n_pages; p++) {
        const lay_page *pg = &d->pages[p];
        for (size_t i = 0; i < pg->n_items; i++)
            if (pg->items[i].kind == LAY_DEST && pg->items[i].dest)
                lay_nm_put(f->names_a, where, pg->items[i].dest,
                           pg->label ? pg->label : arena_printf(f->out, "%d", pg->folio));
    }
}

/* Cover, title page and contents before the body pages already in *out:
 * numbered apart (roman), so the contents' own length cannot move the
 * numbers it prints and one pass gives stable numbers. */
static void
front_matter(flow *f, lay_pager *body_pg, const doc_node *root, const manifest *m,
             const lay_book_options *bo)
{
    lay_doc *out = body_pg->out;
    name_map where = {0};
    index_dests(f, out, &where);
    lay_doc fr;
    memset(&fr, 0, sizeof fr);
    lay_pager pg = *body_pg;
    pg.out = &fr;
    pg.front = true;
    pg.n_tmp = 0;
    ctx c = {0, f->text_w, lay_body_size(f), 0, 0};
    const char *held = doc_articles_phrase(f->out, f->L, root);
    flow_cover(f, &pg, m, c, bo, held);
    flow_title_page(f, &pg, m, c, held, bo);
    matter_page(f, &pg, LAY_PAGE_OPENING, f->L->contents);
    /* a right-to-left book's contents read from the right, as its part
       openers do: heading and titles flush right, numbers on the left */
    lay_bidi_mode was = f->bidi;
    if (doc_lang_rtl(f->book_lang))
        f->bidi = LAY_BIDI_RTL;
    matter_heading(f, c, f->L->contents, "contents");
    int depth = f->toc_depth;
    size_t ne = 0;
    toc_entry *e = toc_entries(f, root, depth, &ne);
    for (size_t i = 0; i < ne; i++) {
        const char *num = lay_nm_get(&where, e[i].dest);
        if (num)
            toc_line(f, c, &e[i], num);
    }
    free(e);
    if (lay_nm_get(&where, "sources"))
        toc_line(f, c, &(toc_entry){f->L->sources, "sources", 0, true},
                 lay_nm_get(&where, "sources"));
    f->bidi = was;
    flow_flush(f, &pg);
    if (fr.n_pages % 2) {
        /* an even count, so the first article opens on a recto */
        matter_page(f, &pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
        lay_item *v = arena_alloc(f->art, sizeof *v);
        memset(v, 0, sizeof *v);
        v->kind = LAY_DEST;
        v->dest = "blank";
        lay_emit_line(f, v, 1, 0.01, 0, 0, NULL, 0);
        flow_flush(f, &pg);
    }
    body_pg->tmp = pg.tmp;
    body_pg->cap_tmp = pg.cap_tmp;
    /* front pages first; outline entries follow their pages */
    size_t np = fr.n_pages + out->n_pages, no = fr.n_outline + out->n_outline;
    lay_page *pages = arena_alloc(f->out, (np ? np : 1) * sizeof *pages);
    memcpy(pages, fr.pages, fr.n_pages * sizeof *pages);
    memcpy(pages + fr.n_pages, out->pages, out->n_pages * sizeof *pages);
    lay_outline *ol = arena_alloc(f->out, (no ? no : 1) * sizeof *ol);
    memcpy(ol, fr.outline, fr.n_outline * sizeof *ol);
    for (size_t i = 0; i < out->n_outline; i++) {
        ol[fr.n_outline + i] = out->outline[i];
        ol[fr.n_outline + i].page += fr.n_pages;
    }
    out->pages = pages;
    out->n_pages = out->cap_pages = np;
    out->outline = ol;
    out->n_outline = out->cap_outline = no;
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
    flow_flush(&f, &pg);
    if (bo && root && root->type == DOC_COLLECTION) {
        ctx c = {0, f.text_w, lay_body_size(&f), 0, 0};
        flow_sources(&f, &pg, root, c);
        front_matter(&f, &pg, root, m, bo);
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
