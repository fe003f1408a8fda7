/*
 * gather.c - a paragraph's inlines gathered into spans for the line
 * breaker: a face per run (emphasis italic, strong bold, code monospace),
 * links with their index so the set words carry a clickable area, small
 * pictures in the line and larger ones hoisted after the paragraph.
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Add a span, whole (a picture's box and a script's rise too). */
void
lay_add_span_copy(flow *f, const lb_span *sp)
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
    lay_add_span_copy(f, &(lb_span){.text = s,
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
    return it && bold ? PDF_FACE_BOLD_ITALIC
           : it       ? PDF_FACE_ITALIC
           : bold     ? PDF_FACE_BOLD
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
           f->bo->image_size(f->bo->image_ud, img->as.link.href, w, h) == 0 && *w > 0 && *h > 0 &&
           isfinite(*w) && isfinite(*h);
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
        case DOC_EMPH: emph += enter ? 1 : -1; break;
        case DOC_STRONG: strong += enter ? 1 : -1; break;
        case DOC_LINK:
            if (enter) {
                link = lay_add_link(f, lay_resolve_href(f, n->as.link.href));
            } else {
                /* print the address after the text when the style asks */
                const char *href = n->as.link.href;
                if (f->st->printed_urls && href && link >= 0 && f->links[link][0] != '#' &&
                    f->n_urls < 100000 && !link_text_is_href(n, href)) {
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
                    f->hoisted =
                        arena_realloc(f->art, f->hoisted, f->cap_hoisted * sizeof *f->hoisted,
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
