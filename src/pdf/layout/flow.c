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
 * Navigation: before layout every article, part, heading and note gets a
 * destination name, and so does every other block an in-page link aims
 * at (its id, qualified by its article: ids are unique per article only);
 * a list, item or quote is named at the first line set inside it. Links
 * are resolved against that index (an #id, a heading slug, another
 * article's file); footnote references and notes link to each other. Tables get column widths from their cells and rows
 * that never break; figures are placed images kept with their caption.
 * lay_book adds the sources page after the articles and then the front
 * matter (cover, title page, contents) before them: the front matter is
 * numbered apart in roman, so the contents' page numbers, read from where
 * the body's destinations landed, cannot move when its own length does.
 */
#include "lay_int.h"
#include "../../base/utf8.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../linebreak/lb.h"
#include "bidi.h"

#define INF LB_INF_PENALTY

typedef struct hyph_cache {
    char lang[24]; /* the dictionary's name (lb_hyph_name) */
    lb_hyph *h;
} hyph_cache;

/* A string -> string map (open addressing, FNV-1a): destination names
 * of nodes (keyed "@<address>"), fragment and file lookups, and where each
 * destination landed. First insertion wins. */
typedef struct name_map {
    const char **keys, **vals;
    size_t cap, n;
} name_map;

static size_t
nm_hash(const char *k)
{
    uint64_t h = 1469598103934665603ull;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 1099511628211ull;
    return (size_t)h;
}

static void
nm_put(arena *a, name_map *m, const char *k, const char *v)
{
    if (!k || !v)
        return;
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 256;
        const char **nk = arena_alloc(a, nc * sizeof *nk), **nv = arena_alloc(a, nc * sizeof *nv);
        memset(nk, 0, nc * sizeof *nk);
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            size_t j = nm_hash(m->keys[i]) & (nc - 1);
            while (nk[j])
                j = (j + 1) & (nc - 1);
            nk[j] = m->keys[i];
            nv[j] = m->vals[i];
        }
        m->keys = nk;
        m->vals = nv;
        m->cap = nc;
    }
    size_t j = nm_hash(k) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], k) == 0)
            return;
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = arena_strdup(a, k);
    m->vals[j] = v;
    m->n++;
}

static const char *
nm_get(const name_map *m, const char *k)
{
    if (!m->cap || !k)
        return NULL;
    size_t j = nm_hash(k) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], k) == 0)
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return NULL;
}

typedef struct flow {
    arena *out;           /* the output's: hyphenated copies, hrefs */
    arena *art;           /* this article's vertical list and lines */
    arena *par;           /* this paragraph's items and breaks */
    diag_list *d;
    const style *st;
    int toc_depth; /* the manifest's, or the style's: outline and contents agree */
    const pdf_metrics *mx;
    double text_w;
    lay_vlist vl;
    double pend_glue;     /* space before the next line */
    bool pend_glue_keep;  /* ... kept even at a page top */
    double pend_pen;      /* penalty of a break before the next line */
    bool have_line;
    int keep;             /* lines that must stay with what precedes */
    bool first_block;     /* nothing set yet in the article body */
    bool after_heading;
    int head_figs;            /* stand-ins that may still carry a heading's keep */
    double inline_w;          /* > 0: the measure gather sets text in; a picture
                                 small beside it is set in the line (picture_inline) */
    bool hoist;               /* gather leaves out the pictures picture_in_text finds,
                                 set after the paragraph; else they print as alt text */
    double inline_scale;      /* > 0: in-line pictures scaled so (a table set smaller
                                 than it was measured at) */
    double inline_max;        /* > 0: an in-line picture wider is its alt text */
    const doc_node **hoisted; /* the pictures it left out, in order */
    size_t n_hoisted, cap_hoisted;
    /* spans of the paragraph being gathered */
    lb_span *spans;
    size_t n_spans, cap_spans;
    const char **links;
    size_t n_links, cap_links;
    const lb_hyph *hyph;
    hyph_cache hc[8];
    size_t n_hc;
    bool warned_cut;
    /* a line's items are set here, then copied at their exact count: the
     * bound set_line needs is several times what a line uses */
    lay_item *lbuf;
    size_t cap_lbuf;
    const doc_node *article;
    const char **urls;    /* printed link addresses of this article */
    size_t n_urls, cap_urls;
    int art_level;        /* outline level of the article */
    const char **anchors; /* per link: a destination set where it starts */
    arena *names_a;
    name_map names;       /* see assign_names */
    int art_index;        /* 1-based index of the article being set */
    const lay_book_options *bo; /* NULL for lay_document */
    double text_h;
    name_map foot;        /* notes set at the page foot: "N@def" -> name,
                             "D<name>" -> its lay_footnote (this article) */
    const char *held[4];  /* names of containers (a list, an item, a quote) that
                             the first line set inside them carries */
    size_t n_held;
    const char *para_dest;        /* the next flow_para's destination ... */
    const char *para_bullet_dest; /* ... and where its bullet links */
    bool para_center;             /* ... and whether it is centred */
    const doc_node *src;  /* the block being set, recorded on its lines so
                             a page knows where it begins (NULL: text the
                             EPUB does not have, e.g. the printed links) */
    bool src_sources;     /* ... src is an article, set as its source entry */
    bool src_after;       /* ... src is an article, past its e-book text */
    const doc_labels *L;  /* the words the book adds, in its language */
    const char *book_lang; /* the collection's language (NULL: not known) */
    struct lay_mark *marks; /* list markers waiting for their item's first line */
    lay_bidi_mode bidi;   /* how paragraphs find their direction (bidi.h) */
    double cjk_indent;    /* a Chinese or Japanese paragraph's indent, in characters */
    bool cjk_article;     /* the article is tagged Chinese or Japanese */
    unsigned para_no;     /* paragraphs set so far in this article */
    unsigned tight_lo, tight_hi; /* set these paragraphs in as few lines as */
    int tight_left;              /* the tolerance allows, so many at most */
    double code_small;           /* the size of the article's wide code (wide_code_size) */
    double wide_room;            /* how far a wide table may reach into each margin (lay_run) */
    bool in_cell;                /* gathering a table cell: a column narrower than a
                                    word and its link's number may part them */
} flow;

/* A list item's bullet or number, hung left of the first line the item
 * sets, whatever block that line belongs to (a paragraph, a heading, a
 * figure, a nested list's first item): an item reads as one item only
 * when its marker sits on its first line, never on a line of its own. */
typedef struct lay_mark {
    const char *text;
    size_t len;
    double x;             /* the item's text edge: the marker ends half a size left of it */
    double size;
    struct lay_mark *next; /* an outer item's marker waiting for the same line */
} lay_mark;

/* The destination name of a node (article, part, heading, note), or NULL. */
static const char *
name_of(const flow *f, const void *node)
{
    char k[40];
    snprintf(k, sizeof k, "@%p", node);
    return nm_get(&f->names, k);
}

static void
name_set(flow *f, const void *node, const char *name)
{
    char k[40];
    snprintf(k, sizeof k, "@%p", node);
    nm_put(f->names_a, &f->names, k, name);
}

/* A container's name waits for the first line set inside it (hold), and
 * that line carries every name waiting (release: LAY_DEST items into the
 * line's items v[*n..], which must have room for LAY_HELD_MAX more). */
#define LAY_HELD_MAX 4

static void
hold_name(flow *f, const char *name)
{
    if (name && f->n_held < LAY_HELD_MAX)
        f->held[f->n_held++] = name;
}

static void
release_names(flow *f, lay_item *v, size_t *n, double y)
{
    for (size_t i = 0; i < f->n_held; i++) {
        lay_item *t = &v[(*n)++];
        memset(t, 0, sizeof *t);
        t->kind = LAY_DEST;
        t->dest = f->held[i];
        t->y = y;
    }
    f->n_held = 0;
}

/* GitHub-like heading slug: lower-case letters and digits, '-' for spaces. */
static char *
slug(arena *a, const char *s)
{
    size_t n = strlen(s), k = 0;
    char *o = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'A' && ch <= 'Z')
            o[k++] = (char)(ch - 'A' + 'a');
        else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80 ||
                 ch == '_' || ch == '-')
            o[k++] = (char)ch;
        else if (ch == ' ')
            o[k++] = '-';
    }
    o[k] = 0;
    return o;
}

static const char *
base_name(const char *p)
{
    const char *b = strrchr(p, '/');
    return b ? b + 1 : p;
}

/* Give every article, part, heading and note a destination name (its id
 * when the tree has one; names live in the output arena, since the pages
 * carry them), and index in names_a what a link's href may name: a file
 * ("F<basename>"), a fragment within article N ("A<N>#frag") or anywhere
 * ("#frag"). A note definition's back link goes to its first reference. */
static void
assign_names(flow *f, const doc_node *root)
{
    arena *a = f->names_a;
    int ai = 0, pi = 0, hi = 0, ni = 0;
    const char *art_nm = "";
    doc_iter it;
    doc_iter_init(&it, (doc_node *)root);
    doc_node *n;
    doc_event ev;
    char key[64];
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        const char *nm = NULL;
        switch (n->type) {
        case DOC_PART:
            nm = n->id ? n->id : arena_printf(f->out, "part-%d", ++pi);
            name_set(f, n, nm);
            break;
        case DOC_ARTICLE: {
            ai++;
            hi = ni = 0;
            nm = n->id ? n->id : arena_printf(f->out, "art-%d", ai);
            art_nm = nm;
            name_set(f, n, nm);
            const doc_meta *m = n->as.article.meta;
            if (m && m->path)
                nm_put(a, &f->names, arena_printf(a, "F%s", base_name(m->path)), nm);
            nm_put(a, &f->names, arena_printf(a, "I%s", nm), arena_printf(a, "%d", ai));
            break;
        }
        case DOC_HEADING: {
            /* ids are unique within their article only: qualified by it */
            nm = n->id ? arena_printf(f->out, "%s#%s", art_nm, n->id)
                       : arena_printf(f->out, "art-%d-s%d", ai, ++hi);
            name_set(f, n, nm);
            snprintf(key, sizeof key, "A%d#", ai);
            nm_put(a, &f->names, arena_printf(a, "%s%s", key, slug(a, doc_text_of(a, n))), nm);
            break;
        }
        case DOC_NOTE_DEF:
            nm = arena_printf(f->out, "art-%d-n%d", ai, ++ni);
            name_set(f, n, nm);
            break;
        case DOC_NOTE_REF:
            if (n->as.note.target && !name_of(f, n)) {
                snprintf(key, sizeof key, "R@%p", (void *)n->as.note.target);
                if (!nm_get(&f->names, key)) {
                    nm = arena_printf(f->out, "art-%d-r%d", ai, ++ni);
                    name_set(f, n, nm);
                    nm_put(a, &f->names, key, nm);
                }
            }
            break;
        default:
            /* any other block an in-page link aims at (a paragraph, an
               item, a table, ...; transform/ids.c kept only those ids) */
            if (n->id && doc_is_block(n->type)) {
                nm = arena_printf(f->out, "%s#%s", art_nm, n->id);
                name_set(f, n, nm);
            }
            break;
        }
        if (n->id && nm && n->type != DOC_ARTICLE && n->type != DOC_PART &&
            n->type != DOC_NOTE_DEF && n->type != DOC_NOTE_REF) {
            nm_put(a, &f->names, arena_printf(a, "A%d#%s", ai, n->id), nm);
            nm_put(a, &f->names, arena_printf(a, "#%s", n->id), nm);
        } else if (n->id && (n->type == DOC_ARTICLE || n->type == DOC_PART)) {
            nm_put(a, &f->names, arena_printf(a, "#%s", n->id), nm);
        }
    }
}

/* A link's href as layout sets it: "#dest" for a place in the collection
 * (a fragment of this article or any, another article's file, file#frag),
 * the URI for an external address, NULL for a fragment nothing defines or
 * a relative address that is no article of the collection. */
static const char *
resolve_href(flow *f, const char *href)
{
    if (!href || !*href)
        return NULL;
    arena *a = f->names_a;
    if (href[0] == '#') {
        const char *d = nm_get(&f->names, arena_printf(a, "A%d%s", f->art_index, href));
        if (!d)
            d = nm_get(&f->names, href);
        return d ? arena_printf(f->out, "#%s", d) : NULL;
    }
    /* a scheme ("http:", "mailto:") before any '/', '?' or '#': external */
    for (const char *p = href; *p && *p != '/' && *p != '?' && *p != '#'; p++)
        if (*p == ':')
            return href;
    const char *hash = strchr(href, '#');
    size_t plen = hash ? (size_t)(hash - href) : strlen(href);
    char *path = arena_strndup(a, href, plen);
    const char *art = nm_get(&f->names, arena_printf(a, "F%s", base_name(path)));
    if (!art)
        return NULL; /* a relative address outside the book leads nowhere in a PDF */
    if (hash && hash[1]) {
        /* the fragment within that article, else anywhere, else its top */
        const char *idx = nm_get(&f->names, arena_printf(a, "I%s", art));
        const char *d = idx ? nm_get(&f->names, arena_printf(a, "A%s%s", idx, hash)) : NULL;
        if (!d)
            d = nm_get(&f->names, hash);
        if (d)
            return arena_printf(f->out, "#%s", d);
    }
    return arena_printf(f->out, "#%s", art);
}

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

static double
body_size(const flow *f)
{
    return f->st->size > 0 ? f->st->size : 10;
}

static double
leading(const flow *f)
{
    return f->st->leading > 0 ? f->st->leading : 1.3;
}

static const lb_hyph *
hyph_for(flow *f, const char *lang)
{
    if (!f->st->hyphenate)
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

static void
add_span(flow *f, const char *s, size_t len, pdf_face face, double size, unsigned flags,
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

static int
add_link(flow *f, const char *href)
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
static bool
natural_size(flow *f, const doc_node *img, double *w, double *h)
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
static bool
picture_in_text(flow *f, const doc_node *img, double measure)
{
    double w, h;
    if (!natural_size(f, img, &w, &h))
        return false;
    return h > 2 * body_size(f) * leading(f) || w > measure / 4;
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
    if (!natural_size(f, img, &w, &h))
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
        return NULL; /* no ink to speak of, or a picture (picture_in_text) */
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
                link = add_link(f, resolve_href(f, n->as.link.href));
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
                    add_span(f, t, strlen(t), face, size * 0.8,
                             flags | LB_SPAN_NOHYPH | (f->in_cell ? LB_SPAN_BREAKBEFORE : 0), -1);
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
                add_span(f, n->text, n->len, PDF_FACE_MONO, code_size, flags | LB_SPAN_NOHYPH,
                         link);
            break;
        case DOC_BREAK:
            if (enter)
                add_span(f, NULL, 0, face, size, LB_SPAN_BREAK, -1);
            break;
        case DOC_IMAGE:
            if (!enter || !(f->inline_w > 0))
                break;
            if (picture_in_text(f, n, f->inline_w)) {
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
                const char *def = n->as.note.target ? name_of(f, n->as.note.target) : NULL;
                int lk = def ? add_link_at(f, arena_printf(f->out, "#%s", def), name_of(f, n))
                             : -1;
                /* a label with a space ("n 7") is one mark: never cut */
                unsigned nf = flags | LB_SPAN_NOHYPH | LB_SPAN_NOBREAK;
                if (lk < 0) {
                    /* no note to go to: the label as text, as the EPUB has it */
                    char *t = arena_printf(f->out, "[%s]", lab);
                    add_span(f, t, strlen(t), PDF_FACE_REGULAR, size, nf, lk);
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
static void
gather_in(flow *f, const doc_node *node, pdf_face base, double size, unsigned flags, double measure)
{
    f->inline_w = measure;
    gather(f, node, base, size, flags);
    f->inline_w = 0;
}

/* ---- lines ---- */

/* Hang the waiting list markers on line l: each right-aligned half its
 * size before its item's text edge, on the baseline of the line's text,
 * or, beside a picture, on the baseline of a first text line set at its
 * top. They go before the line's closing destinations, where set_para
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
               right, as set_para sets its lines, and read ".1" */
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

static void
emit_line(flow *f, lay_item *items, size_t n, double height, double base, double pen_before,
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
            l->src_text = items[i].text; /* set_line puts the line's first word first */
            break;
        }
    if (f->marks)
        hang_marks(f, l);
    if (f->foot.n) {
        /* the notes this line references ride on it to its page */
        for (size_t i = 0; i < n; i++) {
            if (items[i].kind != LAY_LINK || !items[i].dest)
                continue;
            lay_footnote *fn = (lay_footnote *)nm_get(
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

static void
space(flow *f, double pt)
{
    if (pt > f->pend_glue)
        f->pend_glue = pt;
}

static double
line_base(const flow *f, pdf_face face, double size, double height)
{
    double asc = f->mx->ascent(f->mx->ud, face, size);
    double desc = f->mx->descent(f->mx->ud, face, size);
    return height / 2 + (asc + desc) / 2;
}

typedef struct para_opts {
    double x;             /* left edge of the block */
    double width;         /* its measure */
    double indent;        /* first-line indent */
    double size;          /* for the line height */
    pdf_face face;
    double lead;          /* baseline distance */
    bool justify;
    bool code;            /* mark every wrap */
    const lb_hyph *hyph;
    const char *bullet;   /* hung left of the first line */
    size_t bullet_len;
    const char *dest;     /* a named destination at the first line */
    const char *dest2;    /* another there (a container's and the block's own) */
    const char *bullet_dest; /* the bullet links there */
    bool center;          /* centre each line in the measure */
    const char *outline;
    int outline_level;
    bool keep_all;        /* no page break inside (headings, opening block) */
    bool balance;         /* display text: lines of near-equal length */
    double hang;          /* the first line starts this far left of x (and
                             is as much wider): turnovers hang indented */
    bool no_widow_rules;
    bool numbered;        /* counts for the style's line numbers */
} para_opts;

static lay_item *
item_new(lay_item *v, size_t *n)
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
static lay_item *
line_buf(flow *f, size_t cap)
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

/* The most items set_line makes of line L: per box, an in-line picture
 * (two: it and its hidden text), a link area closed (and its anchor) and
 * a strike rule closed; at the end a hyphen or a marker and those again. */
#define SET_LINE_MAX(L) (((L)->end - (L)->first) * 5 + 8)

/* The n items set in the buffer, copied to the article's arena. */
static lay_item *
line_keep(flow *f, const lay_item *v, size_t n)
{
    lay_item *k = arena_alloc(f->art, (n ? n : 1) * sizeof *k);
    memcpy(k, v, n * sizeof *k);
    return k;
}

/* A picture's item, at w x h, named by the node it comes from (for the
 * renderer's warnings); its place is the caller's. */
static lay_item *
image_item(lay_item *v, size_t *n, const doc_node *img, double w, double h)
{
    lay_item *im = item_new(v, n);
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
    lay_item *im = image_item(v, n, ip->img, ip->w, ip->h);
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
    lay_item *t = item_new(v, n);
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
static size_t
set_line(flow *f, const lb_result *r, const lb_line *L, const para_opts *o, lay_item *v)
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
            lay_item *sr = item_new(v, &n);                                                        \
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
#define FLUSH_LINK()                                                                     \
    do {                                                                                 \
        if (cur_link >= 0) {                                                             \
            lay_item *lk = item_new(v, &n);                                              \
            lk->kind = LAY_LINK;                                                         \
            lk->x = link_x0;                                                             \
            lk->w = link_x1 - link_x0;                                                   \
            lk->y = f->mx->descent(f->mx->ud, PDF_FACE_REGULAR, link_size);              \
            lk->h = link_size * 1.0 - lk->y;                                             \
            const char *href = f->links[cur_link];                                       \
            if (href[0] == '#')                                                          \
                lk->dest = href + 1;                                                     \
            else                                                                         \
                lk->href = href;                                                         \
            if (f->anchors[cur_link]) {                                                  \
                lay_item *an = item_new(v, &n);                                          \
                an->kind = LAY_DEST;                                                     \
                an->dest = f->anchors[cur_link];                                         \
                an->y = link_size;                                                       \
            }                                                                            \
        }                                                                                \
        cur_link = -1;                                                                   \
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
                lay_item *t = item_new(v, &n);
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
            lay_item *t = item_new(v, &n);
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
        lay_item *t = item_new(v, &n);
        t->kind = LAY_TEXT;
        t->face = PDF_FACE_MONO;
        t->size = o->size;
        t->text = mk;
        t->len = 3;
        t->w = f->mx->width(f->mx->ud, PDF_FACE_MONO, o->size, mk, 3);
        /* in the room set_para kept for it (a hung first line moves left
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
static void
cut_mark(lb_params *p, bool rtl)
{
    if (rtl && p->mark && strcmp(p->mark, "\xE2\x86\x92") == 0)
        p->mark = "\xE2\x86\x90";
}

/* A line costs more than any badness (TeX's \linepenalty, squared, is
 * the demerits of a line; kept under the 10000 cap on its root). */
#define TIGHT_LINE_PENALTY 5000

/* Break the gathered spans and emit their lines. */
static void
set_para(flow *f, const para_opts *o, const doc_node *src)
{
    if (f->n_spans == 0) {
        /* nothing to set (an empty anchor's paragraph): the next line
           carries its names */
        hold_name(f, o->dest);
        hold_name(f, o->dest2);
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
    cut_mark(&p, bidi && bd.base == 1);
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
    double base = line_base(f, o->face, o->size, h);
    for (size_t l = 0; l < r.n_lines; l++) {
        const lb_line *L = &r.lines[l];
        lay_item *v = line_buf(f, SET_LINE_MAX(L) + LAY_HELD_MAX);
        size_t n = set_line(f, &r, L, o, v);
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
            lay_item *t = item_new(v, &n);
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
                lay_item *lk = item_new(v, &n);
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
            lay_item *t = item_new(v, &n);
            t->kind = LAY_DEST;
            t->dest = dn;
            t->y = o->size;
        }
        if (l == 0)
            release_names(f, v, &n, o->size);
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
        emit_line(f, line_keep(f, v, n), n, h, base, pen, l == 0 ? o->outline : NULL,
                  o->outline_level);
        if (o->numbered && !o->keep_all)
            f->vl.v[f->vl.n - 1].flags |= LAY_LINE_NUMBERED;
    }
    arena_reset(f->par);
    f->n_spans = 0;
}

/* ---- blocks ---- */

typedef struct ctx {
    double x, width;      /* the block's left edge and measure */
    double size;          /* text size here */
    int list_depth;
    int depth;            /* block nesting, bounded by LAY_MAX_DEPTH */
} ctx;

/* Past this nesting, deeper blocks are set flat at the current indent by
 * an iterative walk: recursion stays bounded on hostile input. */
#define LAY_MAX_DEPTH 48

static void flow_seq(flow *f, const doc_node *first, ctx c);
static void flow_blocks(flow *f, const doc_node *parent, ctx c);

static void
para_defaults(flow *f, para_opts *o, ctx c)
{
    memset(o, 0, sizeof *o);
    o->x = c.x;
    o->width = c.width;
    o->size = c.size;
    o->face = PDF_FACE_REGULAR;
    o->lead = c.size * leading(f);
    o->justify = f->st->justify;
    o->hyph = f->hyph;
    o->numbered = true;
}

static void
block_space(flow *f, double em)
{
    space(f, em * body_size(f));
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
    double inset = (f->st->quote_indent > 0 ? f->st->quote_indent : 1.5) * body_size(f);
    double hang = body_size(f);
    if (c.width - inset - hang < f->text_w / 3)
        inset = 0;
    if (!f->first_block)
        block_space(f, 0.5);
    const char *dest = f->para_dest ? f->para_dest : name_of(f, n);
    const char *dest2 = f->para_dest ? name_of(f, n) : NULL;
    f->para_dest = f->para_bullet_dest = NULL;
    f->para_center = false;
    gather_in(f, n, base_face, c.size, 0, c.width);
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
            para_defaults(f, &o, c);
            o.x = c.x + inset + in;
            o.width = c.width - inset - in;
            o.hang = h > 0 ? h : hang;
            o.justify = false;
            o.hyph = NULL;
            o.face = base_face;
            o.dest = first ? dest : NULL;
            o.dest2 = first ? dest2 : NULL;
            set_para(f, &o, n);
            first = false;
        } else if (!first && i < n_all) {
            space(f, c.size * leading(f)); /* an empty line: a stanza break */
        }
        s = i + 1;
    }
    free(all);
    block_space(f, 0.5);
    f->first_block = false;
    f->after_heading = false;
}

/* A heading's line: bold at `size`, ragged, unhyphenated, kept whole. */
static void
heading_opts(flow *f, para_opts *o, ctx c, double size)
{
    para_defaults(f, o, c);
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
    double size = body_size(f) * scale;
    para_opts o;
    heading_opts(f, &o, c, size);
    o.dest = f->para_dest ? f->para_dest : name_of(f, n);
    o.dest2 = f->para_dest ? name_of(f, n) : NULL;
    f->para_dest = f->para_bullet_dest = NULL;
    if (!f->first_block)
        block_space(f, 0.5 * leading(f));
    gather_in(f, n, PDF_FACE_BOLD, size, LB_SPAN_NOHYPH, o.width);
    set_para(f, &o, n);
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

static void
flow_para(flow *f, const doc_node *n, ctx c, const char *bullet, size_t bullet_len,
          pdf_face base_face)
{
    /* A display line the source centred (doc.h DOC_F_CENTER) stands apart
       by half a line, its lines centred, whole words, with no indent; the
       paragraph after it starts flush, as after a heading. */
    bool display = (n->flags & DOC_F_CENTER) && !bullet && !f->marks;
    if (display) {
        f->para_center = true;
        if (!f->first_block && !centred_para(n->prev))
            block_space(f, 0.5);
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
    para_defaults(f, &o, c);
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
        o.indent = f->st->indent * body_size(f);
    /* Chinese and Japanese text stands on a grid of square characters: its
       indent is whole characters, so the first line's stay in the columns
       of the lines below (in an article tagged so, every paragraph, as the
       EPUB's CSS does; else one that opens with such a character) */
    if (indent && (f->cjk_article || lb_cjk_wide(first_char(n))))
        o.indent = f->cjk_indent * body_size(f);
    /* (under a heading in a list item, the heading's small space below
       stands: paragraph spacing would part it from its text; an item's
       first paragraph takes the list's space between items, which knows
       a tight list from a loose one) */
    if (f->st->para_spacing > 0 && !f->first_block &&
        !(c.list_depth > 0 && n->prev && n->prev->type == DOC_HEADING) &&
        !(n->parent && n->parent->type == DOC_ITEM && n == n->parent->first_child))
        block_space(f, f->st->para_spacing);
    o.bullet = bullet;
    o.bullet_len = bullet_len;
    o.face = base_face;
    o.dest = f->para_dest ? f->para_dest : name_of(f, n);
    o.dest2 = f->para_dest ? name_of(f, n) : NULL; /* its own, after a container's */
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
    gather_in(f, n, base_face, c.size, 0, c.width);
    f->hoist = false;
    set_para(f, &o, n);
    /* the pictures gather left out, each on its own line below */
    double lead = body_size(f) * leading(f);
    for (size_t i = 0; i < f->n_hoisted; i++) {
        if (i == 0 && !f->first_block)
            space(f, lead * 0.5);
        place_image(f, f->hoisted[i], c, f->text_h - lead, c.list_depth > 0,
                    name_of(f, f->hoisted[i]), true);
    }
    if (f->n_hoisted)
        space(f, lead * 0.5);
    f->n_hoisted = 0;
    if (display && !centred_para(n->next))
        block_space(f, 0.5);
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
    double size = body_size(f) * scale;
    para_opts o;
    heading_opts(f, &o, c, size);
    /* the least headings (h4 to h6) are italic, as the EPUB sets them:
       bold at their near body size they read as a bold sentence */
    pdf_face face = level >= 4 ? PDF_FACE_ITALIC : PDF_FACE_BOLD;
    o.face = face;
    o.balance = true;
    o.dest = name_of(f, n);
    if (doc_heading_listed(n, f->toc_depth)) {
        o.outline = doc_text_of(f->out, n);
        o.outline_level = f->art_level + (level < 2 ? 1 : level - 1);
    }
    double line = body_size(f) * leading(f);
    if (!f->first_block)
        space(f, line * (in_item ? IN_ITEM_HEAD_ABOVE : level <= 2 ? 1.5 : 1.0));
    gather_in(f, n, face, size, LB_SPAN_NOHYPH, o.width);
    set_para(f, &o, n);
    space(f, line * (in_item ? IN_ITEM_HEAD_BELOW : 0.5));
    f->keep = 2; /* keep with two lines of what follows */
    f->first_block = false;
    f->after_heading = true;
    f->head_figs = 2;
}

/* The smallest a code block is set to fit its widest line, of its size;
 * output in columns (a result table, a box drawing) may go smaller, as
 * its lines wrapped lose the columns that are all it says. */
#define CODE_MIN_SCALE 0.8
#define CODE_TABLE_MIN_SCALE 0.6

/* the widest line of code `s` set at `size`, tabs as four spaces */
static double
code_widest(const flow *f, const char *s, size_t len, double size)
{
    double widest = 0, tab = 4 * f->mx->width(f->mx->ud, PDF_FACE_MONO, size, " ", 1);
    for (size_t a = 0; a < len;) {
        size_t b = a;
        double w = 0;
        while (b < len && s[b] != '\n') {
            size_t k = b;
            while (k < len && s[k] != '\n' && s[k] != '\t')
                k++;
            if (k > b)
                w += f->mx->width(f->mx->ud, PDF_FACE_MONO, size, s + b, k - b);
            if (k < len && s[k] == '\t') {
                w += tab;
                k++;
            }
            b = k;
        }
        if (w > widest)
            widest = w;
        a = b + 1;
    }
    return widest;
}

/* Is the line [a, b) a table's rule ("----+----", "+===+", "|---|",
   "───┼───"): only rule characters, three dashes at least? */
static bool
code_rule_line(const char *s, size_t a, size_t b)
{
    int dashes = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '-' || c == '=')
            dashes++;
        else if (c == 0xE2 && i + 2 < b && ((unsigned char)s[i + 1] & 0xFE) == 0x94)
            dashes++, i += 2; /* U+2500-U+257F, box drawing */
        else if (c != '+' && c != '|' && c != ':' && c != ' ')
            return false;
    }
    return dashes >= 3;
}

/* Output laid out in columns: a rule line of a table and two lines or
   more with a column mark ('|' standing alone, or a box-drawing bar).
   A shell pipeline or C's "||" has the bars but not the rule. */
static bool
code_tabular(const char *s, size_t len)
{
    int rules = 0, rows = 0;
    for (size_t a = 0; a < len;) {
        size_t b = a;
        while (b < len && s[b] != '\n')
            b++;
        if (code_rule_line(s, a, b)) {
            rules++;
        } else {
            for (size_t i = a; i < b; i++) {
                bool bar =
                    s[i] == '|' && (i == a || s[i - 1] != '|') && (i + 1 == b || s[i + 1] != '|');
                bool box = (unsigned char)s[i] == 0xE2 && i + 2 < b &&
                           (unsigned char)s[i + 1] == 0x94 &&
                           ((unsigned char)s[i + 2] == 0x82 || (unsigned char)s[i + 2] == 0x83);
                if (bar || box) {
                    rows++;
                    break;
                }
            }
        }
        a = b + 1;
    }
    return rules >= 1 && rows >= 2;
}

static void
code_text(const doc_node *n, const char **s, size_t *len)
{
    *s = n->text ? n->text : "";
    *len = n->text ? n->len : 0;
    while (*len > 0 && (*s)[*len - 1] == '\n')
        (*len)--;
}

/* The size the article's wide listings share (0: none is wide): the
   smallest any of them needs to fit the measure, not under the floor.
   Each set at its own fit, one article mixed four sizes of code, a
   change of size from block to block a reader sees as a change of
   kind; now there are two, the code size and this. Output in columns
   goes its own way (code_tabular). */
static double
wide_code_size(const flow *f, const doc_node *n, double size, double room, double small)
{
    for (; n; n = n->next) {
        if (n->type == DOC_CODE_BLOCK) {
            const char *s;
            size_t len;
            code_text(n, &s, &len);
            double w = code_widest(f, s, len, size);
            if (w > room && !code_tabular(s, len)) {
                double fit = size * room / w;
                fit = fit > size * CODE_MIN_SCALE ? fit : size * CODE_MIN_SCALE;
                if (small == 0 || fit < small)
                    small = fit;
            }
        }
        small = wide_code_size(f, n->first_child, size, room, small);
    }
    return small;
}

static double
code_size(const flow *f)
{
    return body_size(f) * (f->st->code_scale > 0 ? f->st->code_scale : 0.85);
}

static double
code_room(const flow *f, double width, double size)
{
    return width - f->mx->width(f->mx->ud, PDF_FACE_MONO, size, "\xE2\x86\xA9", 3);
}

static void
flow_code(flow *f, const doc_node *n, ctx c)
{
    double size = code_size(f);
    para_opts o;
    para_defaults(f, &o, c);
    o.x = c.x + body_size(f);
    o.width = c.width - body_size(f);
    const char *s;
    size_t len;
    code_text(n, &s, &len);
    /* A block whose widest line does not fit is set smaller, before any
       line wraps: a listing or a preformatted page (an RFC, a terminal
       session) keeps its columns, where wrapped lines would scramble
       them. It takes the article's size for wide code (wide_code_size) or,
       in a narrower measure (a quote, a list), what it needs. So do the
       article's other blocks, which fit: one size for its code, block
       after block, as a book sets its listings. */
    double widest = code_widest(f, s, len, size);
    double room = code_room(f, o.width, size);
    bool table = code_tabular(s, len);
    if (widest > room && room > 0) {
        double fit = size * room / widest;
        double floor = size * (table ? CODE_TABLE_MIN_SCALE : CODE_MIN_SCALE);
        fit = fit > floor ? fit : floor;
        size = !table && f->code_small > 0 && f->code_small < fit ? f->code_small : fit;
    } else if (!table && f->code_small > 0 && f->code_small < size) {
        size = f->code_small;
    }
    o.size = size;
    o.face = PDF_FACE_MONO;
    o.lead = size * leading(f);
    o.justify = false;
    o.hyph = NULL;
    o.code = true;
    o.dest = name_of(f, n);
    if (!f->first_block)
        block_space(f, 0.5);
    double spw = f->mx->width(f->mx->ud, PDF_FACE_MONO, size, " ", 1);
    size_t nlines = 0, i = 0;
    for (size_t k = 0; k < len; k++)
        nlines += s[k] == '\n';
    nlines++;
    size_t li = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && s[j] != '\n')
            j++;
        /* leading spaces become the indent; tabs count as 4 */
        size_t k = i;
        double ind = 0;
        while (k < j && (s[k] == ' ' || s[k] == '\t')) {
            ind += s[k] == '\t' ? 4 * spw : spw;
            k++;
        }
        /* a line too long for the measure turns over two spaces in from
           its own indent, so a wrapped line never reads as a dedent */
        double in = ind < o.width / 2 ? ind : o.width / 2;
        para_opts lo = o;
        lo.x = o.x + in + 2 * spw;
        lo.width = o.width - in - 2 * spw;
        lo.hang = 2 * spw;
        lo.indent = 0;
        if (k < j)
            add_span(f, s + k, j - k, PDF_FACE_MONO, size, LB_SPAN_NOHYPH | LB_SPAN_KEEPSP, -1);
        /* the whole block obeys widow/orphan rules, not each source line */
        o.no_widow_rules = true;
        size_t before = f->vl.n;
        if (k == j) {
            /* an empty line still takes its place */
            lay_item *v = arena_alloc(f->art, sizeof *v);
            emit_line(f, v, 0, o.lead, line_base(f, o.face, size, o.lead), 0, NULL, 0);
        } else {
            set_para(f, &lo, n);
            o.dest = NULL; /* named at its first line */
        }
        /* forbid a break after the block's first and before its last line */
        if (li == 1 || (li > 0 && li + 1 == nlines)) {
            for (size_t q = before; q < f->vl.n; q++)
                if (f->vl.v[q].kind == LAY_V_PENALTY) {
                    f->vl.v[q].penalty = INF;
                    break;
                }
        }
        li++;
        i = j + 1;
        if (j >= len)
            break;
    }
    block_space(f, 0.5);
    f->first_block = false;
    f->after_heading = false;
}

static void
flow_rule(flow *f, ctx c)
{
    double h = body_size(f) * leading(f);
    lay_item *v = arena_alloc(f->art, sizeof *v);
    v->kind = LAY_RULE;
    v->w = c.width / 3;
    v->x = c.x + (c.width - v->w) / 2;
    v->h = 0.5;
    v->y = body_size(f) * 0.3;
    emit_line(f, v, 1, h, line_base(f, PDF_FACE_REGULAR, body_size(f), h), 0, NULL, 0);
    f->first_block = false;
    f->after_heading = false;
}

/* The cost of a page break after an item's first line (TeX's scale:
 * 10000 = never): far above what an underfull page costs, so taken only
 * where no other break is allowed. */
#define ITEM_ORPHAN_PENALTY 1000

/* A task's marker: a box, ticked when the task is done (U+2611, U+2610;
 * the fonts fall back to a face that has them). */
static const char *
task_box(const doc_node *item)
{
    return (item->flags & DOC_F_DONE) ? "\xE2\x98\x91" : "\xE2\x98\x90";
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
    double em = body_size(f);
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
    for (const doc_node *it = list->first_child; it; it = it->next)
        if (it->flags & DOC_F_TASK) {
            double w = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, c.size, task_box(it), 3);
            if (w > widest)
                widest = w;
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
        double lead = em * leading(f);
        double para = f->st->para_spacing * em + 0.4 * lead;
        gap = 0.75 * lead > para ? 0.75 * lead : para;
    }
    if (!f->first_block)
        space(f, loose ? gap : 0.4 * em);
    for (const doc_node *it = list->first_child; it; it = it->next) {
        const char *bullet;
        if (list->as.list.ordered)
            bullet = arena_printf(f->out, "%d%c", num++,
                                  list->as.list.delim == ')' ? ')' : '.');
        else
            bullet = (c.list_depth % 2) ? "\xE2\x80\x93" : "\xE2\x80\xA2"; /* – • */
        if (it->flags & DOC_F_TASK)
            bullet = task_box(it); /* in place of the bullet or number */
        if (it != list->first_child)
            space(f, gap);
        f->src = it; /* not the block an earlier item left behind */
        hold_name(f, name_of(f, it)); /* a place named at its first line */
        lay_mark *m = arena_alloc(f->art, sizeof *m);
        *m = (lay_mark){bullet, strlen(bullet), in.x, in.size, f->marks};
        f->marks = m;
        f->after_heading = true; /* no indent in list items */
        size_t from = f->vl.n;
        flow_seq(f, it->first_child, in);
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
            double lead = in.size * leading(f);
            emit_line(f, NULL, 0, lead, line_base(f, PDF_FACE_REGULAR, in.size, lead), 0, NULL, 0);
        }
        f->after_heading = true;
    }
    space(f, loose ? gap : 0.4 * em);
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
    double em = body_size(f);
    ctx in = c;
    in.depth++;
    if (c.width - DEF_INDENT * em >= f->text_w / 3) {
        in.x += DEF_INDENT * em;
        in.width -= DEF_INDENT * em;
    }
    if (!f->first_block)
        space(f, 0.4 * em);
    for (const doc_node *k = dl->first_child; k; k = k->next) {
        f->src = k;
        if (k->type == DOC_TERM) {
            if (k->prev && k->prev->type != DOC_TERM)
                space(f, 0.4 * em);
            para_opts o;
            para_defaults(f, &o, c);
            o.face = PDF_FACE_BOLD;
            o.justify = false;
            o.hyph = NULL;
            o.dest = f->para_dest ? f->para_dest : name_of(f, k);
            o.dest2 = f->para_dest ? name_of(f, k) : NULL;
            f->para_dest = f->para_bullet_dest = NULL;
            gather_in(f, k, PDF_FACE_BOLD, c.size, LB_SPAN_NOHYPH, o.width);
            set_para(f, &o, k);
            f->keep = 2;
        } else if (k->type == DOC_DEF) {
            if (k->prev && k->prev->type == DOC_DEF)
                space(f, 0.2 * em);
            hold_name(f, name_of(f, k));
            f->after_heading = true; /* its first paragraph flush */
            flow_seq(f, k->first_child, in);
        }
        f->first_block = false;
    }
    space(f, 0.4 * em);
    f->after_heading = false;
}

/* Break the gathered spans at `width` and set each line at x; returns the
 * lines (items relative to x's frame and the baseline) in f->art. */
typedef struct cell_lines {
    lay_item **items;
    size_t *n;
    size_t n_lines;
} cell_lines;

/* A table cell hyphenates only words of this many characters or more: a
 * narrow column broke "is-lands", "Re-gions", where a word kept whole
 * on its own line reads better and costs a line at most. */
#define CELL_HYPH_MIN 8

static void
set_cell(flow *f, const para_opts *o, cell_lines *out)
{
    memset(out, 0, sizeof *out);
    if (f->n_spans == 0)
        return;
    lb_params p;
    lb_params_default(&p, o->size, o->width);
    p.justify = false;
    p.hyph = o->hyph; /* a narrow column hyphenates rather than cut a word */
    p.hyph_min_chars = CELL_HYPH_MIN;
    lay_bidi bd;
    bool bidi = lay_bidi_para(&bd, f->out, f->par, &f->spans, &f->n_spans, &f->cap_spans, f->bidi);
    cut_mark(&p, bidi && bd.base == 1);
    lb_result r;
    lb_break(f->par, f->mx, &p, f->spans, f->n_spans, &r);
    out->n_lines = r.n_lines;
    out->items = arena_alloc(f->art, (r.n_lines ? r.n_lines : 1) * sizeof *out->items);
    out->n = arena_alloc(f->art, (r.n_lines ? r.n_lines : 1) * sizeof *out->n);
    for (size_t l = 0; l < r.n_lines; l++) {
        const lb_line *L = &r.lines[l];
        lay_item *v = line_buf(f, SET_LINE_MAX(L));
        out->n[l] = set_line(f, &r, &r.lines[l], o, v);
        if (bidi) /* a right-to-left cell is set from its right edge */
            out->n[l] = lay_bidi_line(&bd, f->mx, v, out->n[l],
                                      bd.base == 1 && f->bidi != LAY_BIDI_INLINE, o->x,
                                      o->x + o->width, &v);
        out->items[l] = line_keep(f, v, out->n[l]);
    }
    arena_reset(f->par);
    f->n_spans = 0;
}

/* Place a cell's lines where its column's alignment says. An alignment
 * the author gave names a side of the page, in either direction: Markdown's
 * ":---" and HTML's align="left" say left, not "start", and a table of
 * figures aligned left in a right-to-left article is meant to be read
 * flush left; so left stays left (and right right) in a right-to-left
 * table and for a right-to-left cell in a left-to-right one. A cell with
 * none stays where set_cell put it: at the start of its text's direction. */
static void
align_cell(cell_lines *cl, doc_align al, double x, double w)
{
    if (al != DOC_ALIGN_LEFT && al != DOC_ALIGN_CENTER && al != DOC_ALIGN_RIGHT)
        return;
    for (size_t l = 0; l < cl->n_lines; l++) {
        double left = HUGE_VAL, right = -HUGE_VAL;
        for (size_t q = 0; q < cl->n[l]; q++) {
            const lay_item *it = &cl->items[l][q];
            if (it->kind != LAY_TEXT && !(it->kind == LAY_IMAGE && it->in_line))
                continue;
            if (it->x < left)
                left = it->x;
            if (it->x + it->w > right)
                right = it->x + it->w;
        }
        if (left == HUGE_VAL)
            continue;
        double dx = al == DOC_ALIGN_LEFT    ? x - left
                    : al == DOC_ALIGN_RIGHT ? x + w - right
                                            : x + (w - (right - left)) / 2 - left;
        for (size_t q = 0; q < cl->n[l]; q++)
            cl->items[l][q].x += dx;
    }
}

/* The length of the no-break space (lb_is_tie_space) at s, or 0. */
static size_t
tie_at(const char *s, size_t left)
{
    uint32_t c;
    size_t n = (unsigned char)s[0] >= 0xC2 ? utf8_decode(s, left, &c) : 0;
    return n && lb_is_tie_space(c) ? n : 0;
}

/* The widest piece of a word once hyphenated where the patterns allow
 * (the hyphen included), or the word's width when it has no point (or is
 * shorter than CELL_HYPH_MIN). */
static double
hyphenated_piece(flow *f, const lb_span *x, const char *w, size_t len, double whole)
{
    size_t pts[32];
    size_t np = f->hyph && utf8_length(w, len) >= CELL_HYPH_MIN
                    ? lb_hyph_points(f->hyph, w, len, pts, 32)
                    : 0;
    if (np == 0)
        return whole;
    double hy = f->mx->width(f->mx->ud, x->face, x->size, "-", 1), widest = 0;
    size_t from = 0;
    for (size_t i = 0; i <= np; i++) {
        size_t to = i < np ? pts[i] : len;
        double pw = f->mx->width(f->mx->ud, x->face, x->size, w + from, to - from) +
                    (i < np ? hy : 0);
        if (pw > widest)
            widest = pw;
        from = to;
    }
    return widest;
}

/* What a table measures of a cell: its natural width on one line (its
 * longest line, when it has breaks), its longest word, its longest word
 * when no-break spaces may break too (the line breaker lets them where
 * a tied run is wider than the column: items.c), and that with words
 * hyphenated. */
enum { TW_NAT, TW_WORD, TW_UNTIED, TW_HYPH, TW_N };

static void
cell_widths(flow *f, const doc_node *cell, bool header, double size, double m[TW_N],
            bool *hyph_digits)
{
    *hyph_digits = false;
    f->in_cell = true;
    size_t urls = f->n_urls; /* measuring: the addresses are numbered when the cell is set */
    gather_in(f, cell, header ? PDF_FACE_BOLD : PDF_FACE_REGULAR, size, 0, f->text_w);
    f->n_urls = urls;
    f->in_cell = false;
    double w = 0, word = 0, piece = 0, sp = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, size, " ", 1);
    double widest_line = 0;
    double *minw = &m[TW_WORD], *minw_untied = &m[TW_UNTIED], *minw_hyph = &m[TW_HYPH];
    *minw = *minw_untied = *minw_hyph = 0;
    for (size_t i = 0; i < f->n_spans; i++) {
        const lb_span *x = &f->spans[i];
        if (x->flags & LB_SPAN_BREAK) { /* a line of its own: words end here */
            if (w > widest_line)
                widest_line = w;
            w = word = piece = 0;
            continue;
        }
        if (x->flags & LB_SPAN_BREAKBEFORE) /* a link's number: the word may end here */
            word = piece = 0;
        if (x->flags & LB_SPAN_OBJECT) { /* a picture: one piece of the word it is in */
            w += x->obj_w, word += x->obj_w, piece += x->obj_w;
            *minw = fmax(*minw, word);
            *minw_untied = fmax(*minw_untied, piece);
            if (piece > *minw_hyph)
                *minw_hyph = piece, *hyph_digits = false;
            continue;
        }
        size_t a = 0;
        for (size_t k = 0; k <= x->len; k++) {
            size_t tie = k < x->len ? tie_at(x->text + k, x->len - k) : 0;
            if (k < x->len && !tie && x->text[k] != ' ' && x->text[k] != '\n')
                continue;
            if (k > a) {
                double ww = f->mx->width(f->mx->ud, x->face, x->size, x->text + a, k - a);
                word += ww;
                piece += ww;
                w += ww;
                if (word > *minw)
                    *minw = word;
                if (piece > *minw_untied)
                    *minw_untied = piece;
                double hp = piece > ww ? piece : hyphenated_piece(f, x, x->text + a, k - a, ww);
                /* a compound breaks after its hyphens and slashes, as
                   the line breaker lets it (items.c) */
                for (size_t q = a, from = a; q < k; q++)
                    if ((x->text[q] == '-' || x->text[q] == '/') && q > from && q + 1 < k) {
                        double part = f->mx->width(f->mx->ud, x->face, x->size, x->text + from,
                                                   q + 1 - from);
                        double rest = f->mx->width(f->mx->ud, x->face, x->size, x->text + q + 1,
                                                   k - q - 1);
                        double most = part > rest ? part : rest;
                        if (most < hp)
                            hp = most;
                        from = q + 1;
                    }
                if (hp > *minw_hyph) {
                    *minw_hyph = hp;
                    *hyph_digits = false;
                    for (size_t q = a; q < k && !*hyph_digits; q++)
                        *hyph_digits = x->text[q] >= '0' && x->text[q] <= '9';
                }
            }
            if (tie) {
                double tw = f->mx->width(f->mx->ud, x->face, x->size, x->text + k, tie);
                w += tw;
                word += tw;
                piece = 0;
                a = k + tie;
                k += tie - 1;
                continue;
            }
            if (k < x->len) {
                w += sp;
                word = piece = 0;
            }
            a = k + 1;
        }
    }
    f->n_spans = 0;
    m[TW_NAT] = w > widest_line ? w : widest_line;
}

/* A cell that holds a photograph and nothing else (a link around it
 * allowed): a product table's, a gallery's. Set in its line like an icon
 * it would shrink to the type's height, and as alt text it is lost; it is
 * set as a picture at the top of its cell instead, the row as tall as it.
 * Not an icon: the picture is a picture_in_text one. Returns the image,
 * its natural size in w and h. */
static const doc_node *
cell_photo(flow *f, const doc_node *cell, double measure, double *w, double *h)
{
    const doc_node *img = NULL;
    for (const doc_node *k = cell->first_child; k; k = k->next) {
        if (doc_blank_text(k))
            continue;
        const doc_node *x = k;
        if (x->type == DOC_LINK) {
            const doc_node *only = NULL;
            for (const doc_node *q = x->first_child; q; q = q->next)
                if (!doc_blank_text(q)) {
                    if (only)
                        return NULL;
                    only = q;
                }
            x = only;
        }
        if (!x || x->type != DOC_IMAGE || img)
            return NULL;
        img = x;
    }
    if (!img || !picture_in_text(f, img, measure) || !natural_size(f, img, w, h))
        return NULL;
    return img;
}

/* The widest a photograph in a cell is set, of the measure: it leaves the
 * other columns their room. */
#define CELL_PHOTO_MAX_W 0.4
/* ... and its least width, in ems of the table's text. */
#define CELL_PHOTO_MIN_EM 4
/* ... and the tallest, of the text height. */
#define CELL_PHOTO_MAX_H 0.3

/* The widths in col[0..n), each at most cap, added up. */
static double
capped_sum(const double *col, size_t n, double cap)
{
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += col[i] < cap ? col[i] : cap;
    return sum;
}

/* A table's cells as share_room sees them: natural width (at `scale` of
 * nat), column, columns spanned and row of each. */
typedef struct table_cells {
    const double *nat;
    const size_t *col, *span, *row;
    size_t n, ncol, nrow;
    double scale;
} table_cells;

/* The lines a cell of natural width nat is guessed to take at width w. */
static double
guess_lines(double nat, double w)
{
    return nat <= w ? 1 : ceil(nat / w - 1e-9);
}

/* The table's height in lines, guessed from its one-column cells, each
 * row as tall as its tallest cell. */
static double
guess_height(const table_cells *tc, const double *cw, double *tallest)
{
    for (size_t r = 0; r < tc->nrow; r++)
        tallest[r] = 1;
    for (size_t ci = 0; ci < tc->n; ci++)
        if (tc->span[ci] == 1 && tc->col[ci] < tc->ncol) {
            double l = guess_lines(tc->nat[ci] * tc->scale, cw[tc->col[ci]]);
            if (l > tallest[tc->row[ci]])
                tallest[tc->row[ci]] = l;
        }
    double h = 0;
    for (size_t r = 0; r < tc->nrow; r++)
        h += tallest[r];
    return h;
}

/* The most steps share_room takes, and the most cells times columns it
 * takes them for (each step weighs every column against every cell); a
 * table past either has what is left shared by how much each column
 * holds. */
#define TABLE_SHARE_STEPS 256
#define TABLE_SHARE_WORK 40000

/* The room a table has past its columns' least widths mn, shared out so
 * that the table takes the fewest lines: step by step, the column given
 * room is the one where it saves the most lines for its width (widened
 * to where one of its cells takes a line less), so a column of many long
 * cells (a checklist's labels) is served before one whose single long
 * cell (a column name) would take the same room. No column passes its
 * natural width nat. Room no step can use (a row is as tall in another
 * column) is shared by how much more each column holds. */
static void
share_room(arena *a, double *cw, const double *nat, const double *mn, double room,
           const table_cells *tc)
{
    size_t ncol = tc->ncol;
    double *tallest = arena_alloc(a, (tc->nrow + 1) * sizeof *tallest);
    for (size_t i = 0; i < ncol; i++)
        cw[i] = mn[i];
    double h = guess_height(tc, cw, tallest);
    int steps = (double)ncol * (double)tc->n > TABLE_SHARE_WORK ? 0 : TABLE_SHARE_STEPS;
    for (int step = 0; step < steps && room > 1e-6; step++) {
        size_t best = ncol;
        double best_rate = 0, best_w = 0, best_h = h;
        for (size_t i = 0; i < ncol; i++) {
            if (cw[i] >= nat[i])
                continue;
            double next = nat[i]; /* where a cell of the column drops a line */
            for (size_t ci = 0; ci < tc->n; ci++) {
                if (tc->span[ci] != 1 || tc->col[ci] != i)
                    continue;
                double n = tc->nat[ci] * tc->scale, l = guess_lines(n, cw[i]);
                if (l > 1 && n / (l - 1) > cw[i] + 1e-6 && n / (l - 1) < next)
                    next = n / (l - 1);
            }
            if (next > cw[i] + room)
                continue; /* out of reach: no line saved */
            double was = cw[i];
            cw[i] = next;
            double nh = guess_height(tc, cw, tallest);
            cw[i] = was;
            double rate = (h - nh) / (next - was);
            if (nh < h && rate > best_rate)
                best = i, best_rate = rate, best_w = next, best_h = nh;
        }
        if (best == ncol)
            break;
        room -= best_w - cw[best];
        cw[best] = best_w;
        h = best_h;
    }
    /* the rest by how much more each column holds: the table is too
       wide for its natural widths, so no column reaches its own */
    double total = 0;
    for (size_t i = 0; i < ncol; i++)
        total += nat[i] - cw[i];
    if (total > 0 && room > 0) {
        double share = room < total ? room / total : 1;
        for (size_t i = 0; i < ncol; i++)
            cw[i] += (nat[i] - cw[i]) * share;
    }
}

/* The hairline under a table's header, on the line whose bottom is `bottom`
 * below its baseline. */
static void
header_rule(lay_item *r, double x, double w, double bottom)
{
    r->kind = LAY_RULE;
    r->x = x;
    r->w = w;
    r->h = 0.4;
    r->y = bottom + 0.5;
}

/* A table is closed above and below by a rule heavier than the header's
 * hairline (booktabs' toprule and bottomrule): without them a table's
 * first and last rows ran into the paragraphs around it. */
#define TABLE_EDGE_RULE 0.8

/* The rule over a table, `gap` over the top of its first line (`edge`
 * above its baseline), or under its last (`edge` < 0: the line's bottom
 * below it); set in the space around the table, clear of its text. */
static void
edge_rule(lay_item *r, double x, double w, double edge, double gap, bool over)
{
    r->kind = LAY_RULE;
    r->x = x;
    r->w = w;
    r->h = TABLE_EDGE_RULE;
    r->y = over ? edge + gap : edge - gap - TABLE_EDGE_RULE;
}

/* The most columns a table is set in. */
#define TABLE_MAX_COLS 64

/* The width a table's columns want to set every cell on one line: a
 * column that wraps its natural width (at least an em of `size`), one
 * that does not its longest word. */
static double
table_want(const double *nat, const double *mn, size_t ncol, double size)
{
    double want = 0;
    for (size_t i = 0; i < ncol; i++)
        want += nat[i] > mn[i] ? (nat[i] > size ? nat[i] : size) : mn[i];
    return want;
}

/* The smallest a table too wide for its measure is set, as a share of
 * the text size and in points, before its words are cut. */
#define TABLE_LEAST_SHARE 0.5
#define TABLE_LEAST_PT 6.0

/* Tables: column widths from the cells' natural and longest-word widths,
 * shared out within the measure; each row is a group of lines that never
 * breaks; the header row is kept with the first body row and repeated on
 * every page the table continues on (paginate.c places `thead`). */
static void
flow_table(flow *f, const doc_node *t, ctx c)
{
    if (!f->first_block)
        block_space(f, 0.5);
    double size = c.size * 0.9, size0 = size;
    double gap = body_size(f);
    /* Each cell's place in the grid (the HTML table model): the first
       column of its row not taken by a cell spanning down from a row
       above, and as many columns as it spans. Cells past TABLE_MAX_COLS
       are set in the frame of the last cell that fits. */
    size_t n_cells = 0;
    for (const doc_node *row = t->first_child; row; row = row->next)
        for (const doc_node *cell = row->first_child; cell; cell = cell->next)
            n_cells++;
    size_t *col = arena_alloc(f->art, (n_cells + 1) * sizeof *col);
    size_t *span = arena_alloc(f->art, (n_cells + 1) * sizeof *span);
    size_t *row_of = arena_alloc(f->art, (n_cells + 1) * sizeof *row_of);
    size_t down[TABLE_MAX_COLS] = {0}; /* rows still taken below, per column */
    size_t ncol = 0, nrow = 0, ci = 0;
    for (const doc_node *row = t->first_child; row; row = row->next, nrow++) {
        size_t k = 0;
        for (const doc_node *cell = row->first_child; cell; cell = cell->next, ci++) {
            while (k < TABLE_MAX_COLS && down[k] > 0)
                k++;
            size_t cs = cell->as.cell.colspan > 1 ? cell->as.cell.colspan : 1;
            size_t rs = cell->as.cell.rowspan > 1 ? cell->as.cell.rowspan : 1;
            if (k + cs > TABLE_MAX_COLS)
                cs = k < TABLE_MAX_COLS ? TABLE_MAX_COLS - k : 1;
            col[ci] = k;
            span[ci] = cs;
            row_of[ci] = nrow;
            for (size_t q = k; q < k + cs && q < TABLE_MAX_COLS; q++)
                down[q] = rs;
            if (k < TABLE_MAX_COLS && k + cs > ncol)
                ncol = k + cs;
            k += cs;
        }
        for (size_t q = 0; q < TABLE_MAX_COLS; q++)
            if (down[q] > 0) {
                if (q + 1 > ncol)
                    ncol = q + 1; /* a column only a cell from above fills */
                down[q]--;
            }
    }
    if (ncol == 0)
        return;
    double *tw[TW_N]; /* each column's measures, as cell_widths takes them */
    for (int j = 0; j < TW_N; j++)
        tw[j] = arena_alloc(f->art, ncol * sizeof *tw[j]);
    bool *figures = arena_alloc(f->art, ncol * sizeof *figures); /* longest word a number */
    double *cell_nat = arena_alloc(f->art, (n_cells + 1) * sizeof *cell_nat); /* at size0 */
    double *cw = arena_alloc(f->art, ncol * sizeof *cw), *cx = arena_alloc(f->art, ncol * sizeof *cx);
    for (size_t i = 0; i < ncol; i++) {
        for (int j = 0; j < TW_N; j++)
            tw[j][i] = 0;
        figures[i] = false;
    }
    /* widths from the cells of one column first; then a spanning cell
       wider than the columns it spans (and the gaps between them)
       widens them evenly */
    for (int pass = 0; pass < 2; pass++) {
        ci = 0;
        for (const doc_node *row = t->first_child; row; row = row->next)
            for (const doc_node *cell = row->first_child; cell; cell = cell->next, ci++) {
                size_t k = col[ci], cs = span[ci];
                if (k >= ncol || (pass == 0) != (cs == 1))
                    continue;
                double m[TW_N];
                bool digits = false;
                double pw, ph;
                if (cell_photo(f, cell, c.width, &pw, &ph)) {
                    double most = c.width * CELL_PHOTO_MAX_W, least = CELL_PHOTO_MIN_EM * size;
                    if (ph * most / pw > f->text_h * CELL_PHOTO_MAX_H) /* as tall as allowed */
                        most = pw * f->text_h * CELL_PHOTO_MAX_H / ph;
                    m[TW_NAT] = pw < most ? pw : most;
                    m[TW_WORD] = m[TW_UNTIED] = m[TW_HYPH] = m[TW_NAT] < least ? m[TW_NAT] : least;
                } else {
                    cell_widths(f, cell, row->flags & DOC_F_HEADER, size, m, &digits);
                }
                if (cs == 1 && m[TW_HYPH] > tw[TW_HYPH][k])
                    figures[k] = digits;
                cell_nat[ci] = m[TW_NAT];
                for (int j = 0; j < TW_N; j++) {
                    double have = gap * (double)(cs - 1);
                    for (size_t q = k; q < k + cs; q++)
                        have += tw[j][q];
                    if (m[j] > have)
                        for (size_t q = k; q < k + cs; q++)
                            tw[j][q] += (m[j] - have) / (double)cs;
                }
            }
    }
    double *nat = tw[TW_NAT], *mn = tw[TW_WORD];
    /* A table the measure would make smaller or cut (below) takes the room
       it needs from the margins first, as far as flow.wide_room lets it,
       centred on the text block. */
    if (f->wide_room > 0 && ncol > 1) {
        double most = f->text_w + 2 * f->wide_room, want = table_want(nat, mn, ncol, size);
        double need = gap * (double)(ncol - 1) +
                      fmax(capped_sum(mn, ncol, most / 2), fmin(want, (double)ncol * 8 * size));
        if (need > c.width) {
            c.width = fmin(need, most);
            c.x = (f->text_w - c.width) / 2;
        }
    }
    /* A table whose longest words do not fit side by side in the measure
       closes its column gaps to half an em, then is set smaller, down to
       seven tenths of the text size (LaTeX's scriptsize for 10 pt), and
       then lets its no-break spaces break and its words hyphenate, before
       any word has to be cut:
       widths scale with the size, so the measurements are scaled, not
       taken again. */
    bool hyph_mins = false; /* mn holds the hyphenated widths */
    double tied = capped_sum(mn, ncol, c.width / 2);
    if (ncol > 1 && tied + gap * (double)(ncol - 1) > c.width) {
        gap = 0.5 * body_size(f);
        double room = c.width - gap * (double)(ncol - 1);
        double floor_s = 0.7 * c.size / size;
        for (int j = TW_UNTIED; j <= TW_HYPH && room < tied * floor_s; j++) {
            mn = tw[j];
            tied = capped_sum(mn, ncol, c.width / 2);
            hyph_mins = j == TW_HYPH;
        }
        /* Words would still be cut: smaller yet, to half the text size
           (not under 6 pt), is less bad than a word in pieces. */
        if (room < tied * floor_s)
            floor_s = fmax(TABLE_LEAST_SHARE * c.size, TABLE_LEAST_PT) / size;
        double s = room > 0 && tied > 0 ? room / tied : 0;
        if (s < 1) {
            s = s > floor_s ? s : floor_s;
            size *= s;
            for (size_t i = 0; i < ncol; i++)
                nat[i] = nat[i] * s + 0.001, mn[i] = mn[i] * s + 0.001; /* rounding */
        }
    }
    if (ncol > 1) {
        /* Its words fit (or now do), but its cells do not fit on one line each. A
           small step down (to 85%) that lets every cell stay on one line
           is taken; and a table of many narrow columns, where cells
           would wrap a word or two to the line and hyphenate, is set
           smaller until its columns average eight of its ems, down to
           the same seven tenths of the text size. A few wide columns of
           prose keep the size: wrapped prose reads well. */
        double room = c.width - gap * (double)(ncol - 1), want = table_want(nat, mn, ncol, size);
        if (want > room && room > 0) {
            double floor_s = 0.7 * c.size / size;
            double s = room / want;
            if (s < 0.85)
                s = room / ((double)ncol * 8 * size);
            s = s < floor_s ? floor_s : s;
            if (s < 1) {
                size *= s;
                for (size_t i = 0; i < ncol; i++)
                    nat[i] = nat[i] * s + 0.001, mn[i] = mn[i] * s + 0.001;
            }
        }
    }
    double W = c.width - gap * (double)(ncol - 1), sum_nat = 0, sum_min = 0;
    if (W < c.width / 2)
        W = c.width / 2;
    for (size_t i = 0; i < ncol; i++) {
        if (mn[i] > W / 2)
            mn[i] = W / 2; /* one long word may not take the table */
        if (nat[i] < mn[i])
            nat[i] = mn[i];
        if (nat[i] < size)
            nat[i] = size;
        sum_nat += nat[i];
        sum_min += mn[i];
    }
    /* Natural widths when they fit; else each column its longest word
       and a share of what is left by how much more its cells hold
       (share_room). When even
       the longest words do not fit, every column is given its longest
       word up to one cap, the widest that fits: the short words (a
       heading, a figure) stay whole, and only the longest words, the
       ones hyphenation can split, are broken. A number is never cut
       while the columns of them take under half the table: a cut
       "1,628,→" misreads, a cut word does not. */
    double cap = 0;
    bool whole_figures = false; /* the columns of numbers are not capped */
    if (sum_nat > W && sum_min >= W) {
        double in_figures = 0;
        for (size_t i = 0; i < ncol; i++)
            if (figures[i] && hyph_mins)
                in_figures += mn[i] > size ? mn[i] : size;
        whole_figures = in_figures > 0 && in_figures < W / 2;
        double lo = 0, hi = W;
        for (int it = 0; it < 40; it++) {
            double mid = (lo + hi) / 2, used = 0;
            for (size_t i = 0; i < ncol; i++) {
                double m = mn[i] > size ? mn[i] : size;
                used += whole_figures && figures[i] ? m : m < mid ? m : mid;
            }
            if (used <= W)
                lo = mid;
            else
                hi = mid;
        }
        cap = lo;
    }
    if (sum_nat > W && sum_min < W)
        share_room(f->art, cw, nat, mn, W - sum_min,
                   &(table_cells){cell_nat, col, span, row_of, n_cells, ncol, nrow, size / size0});
    for (size_t i = 0; i < ncol; i++) {
        if (sum_nat <= W)
            cw[i] = nat[i];
        else if (sum_min < W)
            ; /* shared above */
        else {
            double m = mn[i] > size ? mn[i] : size;
            cw[i] = m < cap || (whole_figures && figures[i]) ? m : cap;
        }
        cx[i] = i ? cx[i - 1] + cw[i - 1] + gap : c.x;
    }
    double table_w = cx[ncol - 1] + cw[ncol - 1] - c.x;
    bool rtl = f->bidi == LAY_BIDI_RTL; /* the first column on the right */
    double rule_x = rtl ? c.x + c.width - table_w : c.x;
    if (rtl)
        for (size_t i = 0; i < ncol; i++)
            cx[i] = 2 * c.x + c.width - cx[i] - cw[i];
    double lead = size * leading(f);
    double base = line_base(f, PDF_FACE_REGULAR, size, lead);
    double asc = f->mx->ascent(f->mx->ud, PDF_FACE_REGULAR, size);
    /* Where cells wrap, rows of several lines run together without a
       little air between them (a third of a line). */
    bool wraps = false;
    for (size_t i = 0; i < ncol; i++)
        wraps |= cw[i] + 0.01 < nat[i];
    bool first_body = true;
    const char *table_dest = name_of(f, t);
    lay_vitem *thead = NULL;
    size_t n_thead = 0, head_from = SIZE_MAX;
    bool header_open = false; /* the header's lines wait for the first body row */
    /* A cell spanning rows (rowspan) is set down the rows it spans: each
       row takes as many of its lines as the row's other cells make it
       tall, and its last row the rest. span_cell[k] holds such a cell of
       column k, span_from[k] its next line, span_rows[k] the rows it has
       left, this one counted (0: none). */
    cell_lines *span_cell = arena_alloc(f->art, ncol * sizeof *span_cell);
    size_t *span_from = arena_alloc(f->art, ncol * sizeof *span_from);
    size_t *span_rows = arena_alloc(f->art, ncol * sizeof *span_rows);
    memset(span_rows, 0, ncol * sizeof *span_rows);
    /* a page break leaves two body rows on each side of it where it can
       (a lone row under a repeated header reads as a stray), as a
       paragraph keeps two lines */
    size_t n_body = 0, body_seen = 0;
    for (const doc_node *row = t->first_child; row; row = row->next)
        n_body += !(row->flags & DOC_F_HEADER);
    ci = 0;
    for (const doc_node *row = t->first_child; row; row = row->next) {
        bool header = row->flags & DOC_F_HEADER;
        bool lone_side =
            !header && row != t->first_child && (body_seen < 2 || n_body - body_seen < 2);
        body_seen += !header;
        cell_lines *cl = arena_alloc(f->art, ncol * sizeof *cl);
        memset(cl, 0, ncol * sizeof *cl);
        size_t nl = 0, k = 0;
        double photo_h = 0; /* the row's tallest photograph */
        for (const doc_node *cell = row->first_child; cell; ci++) {
            k = col[ci];
            if (k >= ncol) { /* no room left in the grid (see above) */
                cell = cell->next;
                continue;
            }
            size_t last = k + span[ci] - 1; /* the columns it spans: k..last */
            /* a spanning cell takes the width of its columns and the gaps
               between them (right to left, cx[last] is its left edge) */
            double x0 = rtl ? cx[last] : cx[k];
            double w = cx[last] + cw[last] - cx[k];
            if (rtl)
                w = cx[k] + cw[k] - cx[last];
            double pw, ph;
            const doc_node *photo = cell_photo(f, cell, c.width, &pw, &ph);
            if (photo) {
                double s = w / pw;
                if (ph * s > f->text_h * CELL_PHOTO_MAX_H)
                    s = f->text_h * CELL_PHOTO_MAX_H / ph;
                if (s > 1)
                    s = 1;
                size_t one = 0;
                lay_item *im =
                    image_item(arena_alloc(f->art, sizeof *im), &one, photo, pw * s, ph * s);
                /* its words, for a file that cannot be drawn (as a figure's) */
                const char *alt = doc_text_of(f->out, photo);
                if (alt && *alt) {
                    im->text = alt;
                    im->len = strlen(alt);
                }
                doc_align al = cell->as.cell.align;
                im->x = al == DOC_ALIGN_CENTER  ? x0 + (w - im->w) / 2
                        : al == DOC_ALIGN_RIGHT ? x0 + w - im->w
                                                : x0;
                if (rtl && al == DOC_ALIGN_NONE)
                    im->x = x0 + w - im->w;
                im->y = asc - im->h; /* its top at the row's first line of text */
                cl[k] = (cell_lines){NULL, NULL, 1};
                cl[k].items = arena_alloc(f->art, sizeof *cl[k].items);
                cl[k].n = arena_alloc(f->art, sizeof *cl[k].n);
                cl[k].items[0] = im;
                cl[k].n[0] = 1;
                if (im->h > photo_h)
                    photo_h = im->h;
                if (nl < 1)
                    nl = 1;
                cell = cell->next;
                continue;
            }
            f->inline_scale = size / size0;
            f->inline_max = w;
            f->in_cell = true;
            gather_in(f, cell, header ? PDF_FACE_BOLD : PDF_FACE_REGULAR, size, 0, f->text_w);
            /* past the last column, the rest of the row's cells share it */
            const doc_node *next = cell->next;
            for (; next && col[ci + 1] >= ncol; next = next->next, ci++) {
                add_span(f, "\xE2\x80\x83", 3, PDF_FACE_REGULAR, size, 0, -1);
                gather_in(f, next, PDF_FACE_REGULAR, size, 0, f->text_w);
            }
            f->in_cell = false;
            f->inline_scale = f->inline_max = 0;
            para_opts o;
            para_defaults(f, &o, c);
            o.x = x0;
            o.width = w;
            o.size = size;
            o.lead = lead;
            o.justify = false;
            set_cell(f, &o, &cl[k]);
            align_cell(&cl[k], cell->as.cell.align, x0, w); /* its columns' width */
            if (cell->as.cell.rowspan > 1 && k < ncol) {
                span_cell[k] = cl[k];
                span_from[k] = 0;
                span_rows[k] = (size_t)cell->as.cell.rowspan;
            } else if (cl[k].n_lines > nl) {
                nl = cl[k].n_lines;
            }
            cell = next;
        }
        /* the lines cells spanning down from above (or from this row) set
           here: all that are left in the last row they span */
        for (k = 0; k < ncol; k++) {
            if (!span_rows[k])
                continue;
            size_t from = span_from[k], left = span_cell[k].n_lines - from;
            cl[k] = (cell_lines){span_cell[k].items + from, span_cell[k].n + from, left};
            if ((span_rows[k] == 1 || !row->next) && left > nl)
                nl = left;
        }
        if (nl == 0)
            nl = 1;
        for (k = 0; k < ncol; k++)
            if (span_rows[k]) {
                size_t left = span_cell[k].n_lines - span_from[k];
                span_from[k] += nl < left ? nl : left;
                span_rows[k]--;
            }
        if (!header) {
            if (wraps && !first_body)
                space(f, lead / 3);
            first_body = false;
        }
        /* the rest of a photograph's height, below the row's text, and a
           little air under it */
        double under = (base - asc) + photo_h + lead / 3 - (double)nl * lead;
        bool tall = photo_h > 0 && under > 0.01;
        size_t first_v = f->vl.n;
        for (size_t l = 0; l < nl; l++) {
            size_t tot = 0;
            for (k = 0; k < ncol; k++)
                tot += l < cl[k].n_lines ? cl[k].n[l] : 0;
            bool rule = header && l + 1 == nl && !tall; /* else under the photograph */
            size_t n_dests = 0;
            if (l == 0) { /* places links aim at: the table, the row, its cells */
                n_dests = (table_dest != NULL) + (name_of(f, row) != NULL);
                for (const doc_node *cell = row->first_child; cell; cell = cell->next)
                    n_dests += name_of(f, cell) != NULL;
            }
            lay_item *v = arena_alloc(f->art, (tot + 3 + n_dests + LAY_HELD_MAX) * sizeof *v);
            size_t n = 0;
            if (l == 0 && row == t->first_child) {
                release_names(f, v, &n, size); /* a list or quote the table opens */
                edge_rule(item_new(v, &n), rule_x, table_w, base, size * 0.3, true);
            }
            if (!row->next && l + 1 == nl && !tall)
                edge_rule(item_new(v, &n), rule_x, table_w, -(lead - base), size * 0.3, false);
            if (n_dests) {
                const char *d[2] = {table_dest, name_of(f, row)};
                table_dest = NULL;
                for (const doc_node *cell = NULL;;) {
                    for (int q = 0; q < 2; q++)
                        if (d[q]) {
                            lay_item *dd = item_new(v, &n);
                            dd->kind = LAY_DEST;
                            dd->dest = d[q];
                            dd->y = size;
                        }
                    cell = cell ? cell->next : row->first_child;
                    if (!cell)
                        break;
                    d[0] = name_of(f, cell);
                    d[1] = NULL;
                }
            }
            for (k = 0; k < ncol; k++)
                if (l < cl[k].n_lines) {
                    memcpy(v + n, cl[k].items[l], cl[k].n[l] * sizeof *v);
                    n += cl[k].n[l];
                }
            if (rule) {
                header_rule(item_new(v, &n), rule_x, table_w, -(lead - base));
            }
            /* a row breaks only between rows; a header only before itself */
            double pen = l > 0 || header_open ? INF : lone_side ? ITEM_ORPHAN_PENALTY : 0;
            if (!f->have_line)
                pen = 0;
            emit_line(f, v, n, lead, base, pen, NULL, 0);
        }
        if (tall) {
            lay_item *v = arena_alloc(f->art, 2 * sizeof *v);
            size_t n = 0;
            if (header) /* the header's hairline, under its pictures */
                header_rule(item_new(v, &n), rule_x, table_w, -under);
            if (!row->next)
                edge_rule(item_new(v, &n), rule_x, table_w, -under, size * 0.3, false);
            emit_line(f, v, n, under, 0, INF, NULL, 0);
        }
        if (header && !thead && head_from == SIZE_MAX) {
            head_from = first_v;
            header_open = true;
        } else if (!header) {
            if (head_from != SIZE_MAX && !thead) {
                /* copy the header's lines once, for every page after the first */
                size_t cnt = 0;
                for (size_t q = head_from; q < first_v; q++)
                    cnt += f->vl.v[q].kind == LAY_V_LINE;
                thead = arena_alloc(f->art, (cnt ? cnt : 1) * sizeof *thead);
                for (size_t q = head_from; q < first_v; q++)
                    if (f->vl.v[q].kind == LAY_V_LINE)
                        thead[n_thead++] = f->vl.v[q];
            }
            if (thead)
                for (size_t q = first_v; q < f->vl.n; q++)
                    if (f->vl.v[q].kind == LAY_V_LINE) {
                        f->vl.v[q].thead = thead;
                        f->vl.v[q].n_thead = n_thead;
                    }
            header_open = false;
        }
    }
    (void)nrow;
    /* the closing rule sits in the last row's descent: a full em under
       it, so the text after does not touch it */
    block_space(f, 1.0);
    f->first_block = false;
    f->after_heading = false;
}

static void
flow_blocks(flow *f, const doc_node *parent, ctx c)
{
    flow_seq(f, parent->first_child, c);
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
                flow_para(f, n, c, NULL, 0, PDF_FACE_REGULAR);
                doc_iter_skip(&it);
            } else if (n->type == DOC_CODE_BLOCK) {
                flow_code(f, n, c);
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
    double lead = body_size(f) * leading(f);
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
    lay_item *im = image_item(v, &n, k, w * s, h * s);
    im->x = in_item ? c.x : c.x + (c.width - im->w) / 2;
    im->y = 0;
    if (alt && *alt) {
        im->text = alt;
        im->len = strlen(alt);
    }
    if (first)
        release_names(f, v, &n, im->h);
    if (dn) {
        lay_item *dd = item_new(v, &n);
        dd->kind = LAY_DEST;
        dd->dest = dn;
        dd->y = im->h;
    }
    emit_line(f, v, n, im->h + lead * 0.4, im->h, 0, NULL, 0);
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
    double lead = body_size(f) * leading(f);
    /* in a list item a figure is one of the item's parts: set from the
       item's text edge, beside its marker, with the item's small spaces */
    bool in_item = c.list_depth > 0;
    double around = lead * (in_item ? IN_ITEM_FIGURE : 0.5);
    if (!f->first_block)
        space(f, around);
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
            flow_para(f, k, cc, NULL, 0, PDF_FACE_ITALIC);
            first = false;
            continue;
        }
        if (k->type != DOC_IMAGE || !k->as.link.href || !*k->as.link.href)
            continue;
        place_image(f, k, c, f->text_h - (caption ? 4 * lead : lead), in_item,
                    first ? name_of(f, fig) : name_of(f, k), first);
        first = false;
    }
    space(f, around);
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
    double lead = body_size(f) * leading(f);
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
        para_defaults(f, &o, c);
        o.size = c.size * 0.9;
        o.lead = o.size * leading(f);
        o.face = PDF_FACE_ITALIC;
        o.justify = false;
        o.hyph = NULL;
        o.center = !in_item;
        o.dest = first ? name_of(f, fig) : name_of(f, k);
        if (text)
            add_span(f, text, strlen(text), PDF_FACE_ITALIC, o.size, LB_SPAN_NOHYPH, -1);
        else
            gather_in(f, k, PDF_FACE_ITALIC, o.size, LB_SPAN_NOHYPH, o.width);
        if (!f->n_spans)
            continue;
        if (first && !f->first_block)
            space(f, around);
        if (!first && k->type == DOC_CAPTION)
            f->keep = 1; /* the caption with the stand-in above it */
        /* a page opening here opens at this part (the EPUB's page-list
           then looks for its first word there, not in the whole figure) */
        f->src = k;
        set_para(f, &o, k);
        first = false;
    }
    if (first)
        return;
    space(f, around);
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

static void
flow_seq(flow *f, const doc_node *first, ctx c)
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
            hold_name(f, name_of(f, n));
        switch (n->type) {
        case DOC_PARA:
            flow_para(f, n, c, NULL, 0, PDF_FACE_REGULAR);
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
            double qi = (f->st->quote_indent > 0 ? f->st->quote_indent : 1.5) * body_size(f);
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
                block_space(f, 0.5);
            f->after_heading = true; /* no indent on a quote's first paragraph */
            flow_blocks(f, n, in);
            block_space(f, 0.5);
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
        case DOC_CODE_BLOCK:
            flow_code(f, n, c);
            break;
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
                block_space(f, 0.5);
            f->after_heading = true;
            flow_para(f, n, cc, NULL, 0, PDF_FACE_ITALIC);
            if (over)
                f->keep = 2;
            else
                block_space(f, 0.5); /* under its block: apart from the text after */
            break;
        }
        case DOC_TABLE:
            flow_table(f, n, c);
            break;
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
                gather_in(f, n, PDF_FACE_REGULAR, c.size, 0, c.width);
                para_opts o;
                para_defaults(f, &o, c);
                set_para(f, &o, n);
            }
            break;
        }
    }
}

static void flow_note_body(flow *f, const doc_node *n, ctx c);

/* Is this note set at the foot of a page (see foot_notes)? */
static bool
at_foot(const flow *f, const doc_node *def)
{
    char k[48];
    snprintf(k, sizeof k, "N@%p", (const void *)def);
    return nm_get(&f->foot, k) != NULL;
}

/* With `notes: foot`, set each of the article's notes apart now: its lines
 * ride on the line that references it (vitem.foot) and paginate.c sets
 * them at the foot of that line's page. A note taller than half a page
 * stays with the notes at the article's end. */
static void
foot_notes(flow *f, const doc_node *article, ctx c, double page_h)
{
    doc_iter it;
    doc_iter_init(&it, (doc_node *)article);
    doc_node *n;
    doc_event ev;
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_NOTE_DEF)
            continue;
        doc_iter_skip(&it);
        const char *nm = name_of(f, n);
        if (!nm)
            continue;
        /* set the note in a list of its own, keeping the article's state */
        lay_vlist saved = f->vl;
        bool have_line = f->have_line, pgk = f->pend_glue_keep, fb = f->first_block,
             ah = f->after_heading;
        double pg = f->pend_glue, pp = f->pend_pen;
        int keep = f->keep;
        lay_mark *marks = f->marks;
        f->marks = NULL;
        f->vl = (lay_vlist){f->art, NULL, 0, 0};
        f->have_line = false;
        f->pend_glue = 0;
        f->keep = 0;
        f->first_block = true;
        flow_note_body(f, n, c);
        lay_footnote *fn = arena_alloc(f->art, sizeof *fn);
        memset(fn, 0, sizeof *fn);
        size_t lines = 0;
        for (size_t i = 0; i < f->vl.n; i++)
            lines += f->vl.v[i].kind == LAY_V_LINE;
        fn->lines = arena_alloc(f->art, (lines ? lines : 1) * sizeof *fn->lines);
        for (size_t i = 0; i < f->vl.n; i++)
            if (f->vl.v[i].kind == LAY_V_LINE) {
                fn->lines[fn->n_lines] = f->vl.v[i];
                fn->lines[fn->n_lines].flags &= ~(unsigned)LAY_LINE_NUMBERED;
                fn->height += f->vl.v[i].height;
                fn->n_lines++;
            }
        f->vl = saved;
        f->have_line = have_line;
        f->pend_glue = pg;
        f->pend_glue_keep = pgk;
        f->pend_pen = pp;
        f->keep = keep;
        f->marks = marks;
        f->first_block = fb;
        f->after_heading = ah;
        if (fn->n_lines == 0 || fn->height > page_h / 2)
            continue;
        char k[48];
        snprintf(k, sizeof k, "N@%p", (void *)n);
        nm_put(f->names_a, &f->foot, k, nm);
        nm_put(f->names_a, &f->foot, arena_printf(f->names_a, "D%s", nm), (const char *)fn);
    }
}

/* The heading of an article's end matter ("Notes", "Links"): h3-sized,
 * kept with what follows. `numbered` keeps the style's line numbers. */
static void
end_heading(flow *f, ctx c, const char *title, const doc_node *owner, bool numbered)
{
    double hs = body_size(f) * (f->st->heading_scale[2] > 0 ? f->st->heading_scale[2] : 1.1);
    space(f, body_size(f) * leading(f) * 1.5);
    add_span(f, title, strlen(title), PDF_FACE_BOLD, hs, LB_SPAN_NOHYPH, -1);
    para_opts o;
    para_defaults(f, &o, c);
    o.size = hs;
    o.face = PDF_FACE_BOLD;
    o.lead = hs * 1.2;
    o.justify = false;
    o.hyph = NULL;
    o.keep_all = true;
    if (!numbered)
        o.numbered = false;
    set_para(f, &o, owner);
    space(f, body_size(f) * leading(f) * 0.5);
    f->keep = 2;
}

static void
flow_notes(flow *f, const doc_node *article, ctx c)
{
    bool any = false;
    doc_iter it;
    doc_iter_init(&it, (doc_node *)article);
    doc_node *n;
    doc_event ev;
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_NOTE_DEF)
            continue;
        doc_iter_skip(&it);
        if (at_foot(f, n))
            continue;
        if (!any) {
            f->src = n; /* the e-book's notes section opens with its notes */
            end_heading(f, c, f->L->notes, article, true);
            any = true;
        }
        flow_note_body(f, n, c);
    }
}

/* One note: its label hung left (a link back to the reference), its body. */
static void
flow_note_body(flow *f, const doc_node *n, ctx c)
{
    f->src = n;
    {
        ctx in = c;
        in.size = c.size * 0.9;
        double hang = 1.8 * body_size(f);
        if (in.width - hang >= f->text_w / 3) {
            in.x += hang;
            in.width -= hang;
        }
        const char *lab = n->as.note.label ? n->as.note.label : "*";
        char *b = arena_printf(f->out, "[%s]", lab);
        const doc_node *k = n->first_child;
        f->after_heading = true;
        char bk[40];
        snprintf(bk, sizeof bk, "R@%p", (void *)n);
        f->para_dest = name_of(f, n);
        f->para_bullet_dest = nm_get(&f->names, bk);
        if (k && k->type == DOC_PARA) {
            flow_para(f, k, in, b, strlen(b), PDF_FACE_REGULAR);
            k = k->next;
        } else {
            add_span(f, b, strlen(b), PDF_FACE_REGULAR, in.size, 0, -1);
            para_opts o;
            para_defaults(f, &o, in);
            o.justify = false;
            o.dest = f->para_dest;
            f->para_dest = f->para_bullet_dest = NULL;
            set_para(f, &o, n);
        }
        flow_seq(f, k, in);
    }
}

/* The style's printed link addresses, numbered as in the text. */
static void
flow_urls(flow *f, ctx c)
{
    if (f->n_urls == 0)
        return;
    f->src = f->article; /* the EPUB links in place: it has no such list */
    f->src_after = true;
    end_heading(f, c, f->L->links, NULL, false);
    ctx in = c;
    in.size = c.size * 0.9;
    for (size_t i = 0; i < f->n_urls; i++) {
        char *b = arena_printf(f->out, "[%zu]", i + 1);
        int link = add_link(f, f->urls[i]);
        add_span(f, f->urls[i], strlen(f->urls[i]), PDF_FACE_REGULAR, in.size,
                 LB_SPAN_URL | LB_SPAN_NOHYPH, link);
        para_opts u;
        para_defaults(f, &u, in);
        u.justify = false;
        u.bullet = b;
        u.bullet_len = strlen(b);
        /* (the labels hang in the margin, where a handout's line
           numbers go: the list is no text to cite by line) */
        u.numbered = false;
        set_para(f, &u, NULL);
    }
    f->n_urls = 0;
    f->src_after = false;
}

/* A display line (opening block, cover, title page): one face and size,
 * ragged, unhyphenated, never split from the lines around it. */
static void
display_opts(flow *f, para_opts *o, ctx c, const char *text, pdf_face face, double size)
{
    add_span(f, text, strlen(text), face, size, LB_SPAN_NOHYPH, -1);
    para_defaults(f, o, c);
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
    set_para(f, &o, NULL);
    space(f, gap_after);
}

#ifndef LONE_TITLE_GAP
#define LONE_TITLE_GAP 1.0
#endif

static void
flow_opening(flow *f, const doc_node *art, ctx c, int level, bool run_on)
{
    const doc_meta *m = art->as.article.meta;
    double sz = body_size(f);
    const char *title = m && m->title ? m->title : f->L->untitled;
    double ts = sz * (f->st->heading_scale[0] > 0 ? f->st->heading_scale[0] : 1.7);
    /* A title with nothing under it sits lower and nearer its text, where
       the text starts about as far down the page as under a full opening
       block: set a full block's distance away, a lone title would float
       free of the article it names. */
    bool lone = !m || !(m->subtitle || (m->n_authors > 0 && m->authors) || m->n_contribs ||
                        m->date || m->source || m->site);
    double after = sz * 0.6 + sz * leading(f) * 2;
    double lone_after = sz * leading(f) * LONE_TITLE_GAP;
    if (!run_on) {
        f->pend_glue = f->st->opening_drop > 0 ? f->st->opening_drop : 0;
        if (lone)
            f->pend_glue += after - lone_after;
        f->pend_glue_keep = true;
    }
    opening_line(f, c, title, PDF_FACE_BOLD, ts, lone ? 0 : sz * 0.6, title, level,
                 name_of(f, art));
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
            add_span(f, s, strlen(s), PDF_FACE_ITALIC, sz * 0.85, LB_SPAN_NOHYPH | LB_SPAN_URL,
                     m->source ? add_link(f, m->source) : -1);
            para_opts o;
            para_defaults(f, &o, c);
            o.size = sz * 0.85;
            o.lead = o.size * 1.25;
            o.justify = false;
            o.hyph = NULL;
            o.keep_all = true;
            f->keep = 1000000;
            set_para(f, &o, NULL);
        }
    }
    f->keep = 2;
    space(f, lone ? lone_after : sz * leading(f) * 2);
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
    f->hyph = hyph_for(f, lang);
    /* Chinese, Japanese and Korean have no patterns: the words they
       hyphenate are the Latin ones in their text, mostly English (a
       university's name left whole spread a Chinese line's characters
       apart) */
    if (!f->hyph && (lang_is(lang, "zh") || lang_is(lang, "ja") || lang_is(lang, "ko")))
        f->hyph = hyph_for(f, "en-US");
    /* Japanese books indent a paragraph one character, Chinese ones two */
    f->cjk_indent = lang_is(lang, "ja") ? 1 : 2;
    f->cjk_article = lang_is(lang, "zh") || lang_is(lang, "ja");
    /* the article's language says its direction; else each paragraph's
       first strong character does (UAX #9's P2) */
    f->bidi = doc_lang_rtl(lang) ? LAY_BIDI_RTL : LAY_BIDI_AUTO;
    ctx c = {0, f->text_w, body_size(f), 0, 0};
    if (run_on) {
        f->pend_glue = 0;
        space(f, body_size(f) * leading(f) * 3);
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
        foot_notes(f, art, c, pg->text_h);
    f->src = art;
    f->para_dest = f->para_bullet_dest = NULL;
    f->n_held = 0;
    flow_opening(f, art, c, level, run_on);
    flow_blocks(f, art, c);
    flow_notes(f, art, c);
    f->bidi = LAY_BIDI_INLINE; /* printed addresses, source entries: set in place */
    flow_urls(f, c);
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
    f->code_small = wide_code_size(f, art->first_child, code_size(f),
                                   code_room(f, f->text_w - body_size(f), code_size(f)), 0);
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
    f->hyph = hyph_for(f, lang);
    f->bidi = doc_lang_rtl(lang) ? LAY_BIDI_RTL : LAY_BIDI_AUTO;
    f->code_small = wide_code_size(f, intro->first_child, code_size(f),
                                   code_room(f, f->text_w - body_size(f), code_size(f)), 0);
    f->para_no = 0;
    f->para_dest = f->para_bullet_dest = NULL;
    f->n_held = 0;
    f->first_block = true;
    f->after_heading = true; /* the title's: the first paragraph starts flush */
    f->foot = (name_map){0};
    if (f->st->notes == STYLE_NOTES_FOOT)
        foot_notes(f, intro, c, pg->text_h);
    flow_blocks(f, intro, c);
    flow_notes(f, intro, c);
    f->bidi = LAY_BIDI_INLINE;
    flow_urls(f, c);
    f->foot = (name_map){0};
    space(f, body_size(f) * leading(f));
}

static void
flow_part(flow *f, lay_pager *pg, const doc_node *part)
{
    flow_flush(f, pg);
    f->keep = 0;
    ctx c = {0, f->text_w, body_size(f), 0, 0};
    lay_vitem *np = lay_vpush(&f->vl, LAY_V_NEWPAGE);
    np->flags = LAY_PAGE_OPENING | LAY_PAGE_PART;
    f->src = part;
    const char *title = part->as.part.title ? part->as.part.title : "";
    np->head = title;
    f->pend_glue = pg->text_h / 3;
    f->pend_glue_keep = true;
    double ts = body_size(f) * 2.0;
    /* the opener is the book's page: in a right-to-left book its title and
       entries are set from the right edge, as an article's opening is; in
       a left-to-right one they stay flush left, each put in its own
       visual order */
    f->bidi = doc_lang_rtl(f->book_lang) ? LAY_BIDI_RTL : LAY_BIDI_INLINE;
    /* an intro follows its title as a heading's text does */
    const doc_node *intro = part->as.part.intro;
    bool has_intro = intro && intro->first_child;
    opening_line(f, c, title, PDF_FACE_BOLD, ts, body_size(f) * (has_intro ? 1.2 : 2), title, 1,
                 name_of(f, part));
    part_intro(f, pg, intro, c);
    f->bidi = doc_lang_rtl(f->book_lang) ? LAY_BIDI_RTL : LAY_BIDI_INLINE;
    /* the part's contents: its article titles, each linking to the article,
       a little smaller than body text so no reader takes them for prose */
    for (const doc_node *k = part->first_child; k; k = k->next) {
        if (k->type != DOC_ARTICLE)
            continue;
        const doc_meta *m = k->as.article.meta;
        const char *t = m && m->title ? m->title : f->L->untitled;
        const char *kd = name_of(f, k);
        int link = kd ? add_link(f, arena_printf(f->out, "#%s", kd)) : -1;
        add_span(f, t, strlen(t), PDF_FACE_ITALIC, body_size(f) * 0.9, LB_SPAN_NOHYPH, link);
        para_opts o;
        para_defaults(f, &o, c);
        o.size = body_size(f) * 0.9;
        o.lead = o.size * leading(f);
        o.justify = false;
        o.hyph = NULL;
        o.face = PDF_FACE_ITALIC;
        f->keep = 1000000;
        set_para(f, &o, k);
        space(f, body_size(f) * 0.3);
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
    set_para(f, &o, NULL);
    f->bidi = was;
    space(f, gap_after);
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
    double ts = body_size(f) * (f->st->heading_scale[0] > 0 ? f->st->heading_scale[0] : 1.7);
    f->pend_glue = f->st->opening_drop > 0 ? f->st->opening_drop : 0;
    f->pend_glue_keep = true;
    opening_line(f, c, title, PDF_FACE_BOLD, ts, body_size(f) * leading(f) * 1.5, title, 1, dest);
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
    double sz = body_size(f) * k;
    centred(f, c, m && m->title ? m->title : f->L->untitled, PDF_FACE_BOLD, sz * 2.6, sz * 1.5);
    if (m)
        centred(f, c, m->subtitle, PDF_FACE_ITALIC, sz * 1.4, 0);
    /* Who made it, the publisher and the date low on the cover, as on a
       printed packet, the smallest last. */
    const char *ed = m ? doc_names_join(f->out, m->editors, m->n_editors, f->L->and_) : NULL;
    const char *au = m ? doc_names_join(f->out, m->authors, m->n_authors, f->L->and_) : NULL;
    space(f, gap);
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
        emit_line(f, v, 1, 0.01, 0, 0, NULL, 0);
        return;
    }
    matter_args ma = {m, c, held, bo};
    fit_matter(f, pg, cover_text, &ma, pg->text_h / 4, pg->text_h / 3);
}

/* The title page: the title, the subtitle and the names under it, and
 * the publisher's imprint in small type at the foot. What tells about
 * the edition (its date, description, rights) is the colophon's, on the
 * title page's back. */
static void
title_page_text(flow *f, const matter_args *a, double k, double drop, double gap)
{
    (void)drop;
    const manifest *m = a->m;
    ctx c = a->c;
    double sz = body_size(f) * k;
    centred(f, c, m && m->title ? m->title : f->L->untitled, PDF_FACE_BOLD, sz * 2, sz);
    if (!m) {
        centred(f, c, a->held, PDF_FACE_REGULAR, sz * 1.1, 0);
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
    if (m->publisher) {
        space(f, gap);
        centred(f, c, m->publisher, PDF_FACE_REGULAR, sz * 0.9, 0);
    }
}

/* The colophon, the title page's back: the edition's description, date,
 * publisher and rights, in small type at the foot of the page, as a
 * book's copyright page has them. */
static void
colophon_text(flow *f, const matter_args *a, double k, double drop, double gap)
{
    (void)drop;
    (void)gap;
    const manifest *m = a->m;
    ctx c = a->c;
    double sz = body_size(f) * k;
    if (m && m->description)
        centred(f, c, m->description, PDF_FACE_ITALIC, sz * 0.9, sz * 1.5);
    centred(f, c, book_date(f, m, a->bo), PDF_FACE_REGULAR, sz * 0.85, sz * 0.3);
    if (m)
        centred(f, c, m->publisher, PDF_FACE_REGULAR, sz * 0.85, sz * 0.3);
    if (m)
        centred(f, c, m->rights, PDF_FACE_ITALIC, sz * 0.85, 0);
}

/* A page with nothing on it: a destination makes it a page. */
static void
blank_line(flow *f, const char *dest)
{
    lay_item *v = arena_alloc(f->art, sizeof *v);
    memset(v, 0, sizeof *v);
    v->kind = LAY_DEST;
    v->dest = dest;
    emit_line(f, v, 1, 0.01, 0, 0, NULL, 0);
}

static void
blank_page(flow *f, lay_pager *pg, const char *dest)
{
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    blank_line(f, dest);
}

/* fit_matter, with what the page leaves over given to the flexible gap
 * (top: to the drop), so the lines after it stand at the page's foot. */
static void
fit_matter_foot(flow *f, lay_pager *pg, matter_fn fn, const matter_args *a, double drop, bool top)
{
    size_t from = f->vl.n;
    bool had_line = f->have_line;
    fit_matter(f, pg, fn, a, drop, 0); /* once, to learn its height */
    double left = pg->text_h - 1 - vl_height(&f->vl, from);
    f->vl.n = from;
    f->have_line = had_line;
    f->pend_glue = 0;
    if (left < 0)
        left = 0;
    fit_matter(f, pg, fn, a, top ? drop + left : drop, top ? 0 : left);
}

/* The title page on a recto (page 3, the cover being page 1, its back
 * left blank as a book's inside cover is), and the colophon on its back,
 * so the contents open on a recto too. */
static void
flow_title_page(flow *f, lay_pager *pg, const manifest *m, ctx c, const char *held,
                const lay_book_options *bo)
{
    blank_page(f, pg, "cover-back");
    matter_args ma = {m, c, held, bo};
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    fit_matter_foot(f, pg, title_page_text, &ma, pg->text_h / 6, false);
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    size_t from = f->vl.n;
    fit_matter_foot(f, pg, colophon_text, &ma, 0, true);
    bool set = false;
    for (size_t i = from; i < f->vl.n && !set; i++)
        set = f->vl.v[i].kind == LAY_V_LINE;
    if (!set) /* a book that says nothing of its edition: the page stays */
        blank_line(f, "colophon");
}

typedef struct toc_entry {
    const char *title, *dest;
    int depth;      /* indentation steps */
    bool strong;    /* parts and the back matter */
    bool section;   /* an article's section (a heading) */
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
    double sz = body_size(f) * (e->depth >= 2 ? 0.92 : 1.0);
    pdf_face face = e->strong ? PDF_FACE_BOLD : PDF_FACE_REGULAR;
    double ind = e->depth * 1.5 * body_size(f);
    double numcol = 3 * body_size(f);
    if (c.width - ind - numcol < c.width / 3)
        ind = 0;
    int link = add_link(f, arena_printf(f->out, "#%s", e->dest));
    add_span(f, e->title, strlen(e->title), face, sz, LB_SPAN_NOHYPH, link);
    /* a title that wraps turns over indented, so each entry starts
       visibly at its own left edge */
    double hang = 1.5 * body_size(f);
    para_opts o;
    para_defaults(f, &o, c);
    o.x = c.x + ind + hang;
    o.width = c.width - ind - numcol - hang;
    o.hang = hang;
    o.size = sz;
    o.face = face;
    o.lead = sz * leading(f);
    o.justify = false;
    o.hyph = NULL;
    o.keep_all = true;
    o.numbered = false;
    o.dest = NULL;
    space(f, e->depth == 0 ? body_size(f) * 0.6 : body_size(f) * 0.15);
    size_t before = f->vl.n;
    set_para(f, &o, NULL);
    if (f->vl.n == before || f->vl.v[f->vl.n - 1].kind != LAY_V_LINE)
        return;
    lay_vitem *L = &f->vl.v[f->vl.n - 1];
    bool rtl = f->bidi == LAY_BIDI_RTL;
    double nw = f->mx->width(f->mx->ud, face, sz, num, strlen(num));
    /* end: where the title's last line stops (its left end when mirrored);
       the leader runs from there to the number, in the reading direction */
    double end, nx;
    if (rtl) {
        /* set_para mirrored the lines across the text block [0, text_w] */
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
        lay_item *t = item_new(v, &n);
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
    lay_item *t = item_new(v, &n);
    t->kind = LAY_TEXT;
    t->face = face;
    t->size = sz;
    t->text = num;
    t->len = strlen(num);
    t->w = nw;
    t->x = nx;
    lay_item *lk = item_new(v, &n);
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
    bool sections = false; /* the article's sections are listed */
    while ((ev = doc_iter_next(&it, &nd)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        toc_entry x = {0};
        if (nd->type == DOC_PART) {
            x = (toc_entry){nd->as.part.title ? nd->as.part.title : "", name_of(f, nd), 0, true,
                            false};
        } else if (nd->type == DOC_ARTICLE) {
            const doc_meta *m = nd->as.article.meta;
            art_depth = parts && nd->parent && nd->parent->type == DOC_PART ? 1 : 0;
            sections = doc_contents_lists_sections(nd, depth);
            x = (toc_entry){m && m->title ? m->title : f->L->untitled, name_of(f, nd), art_depth,
                            false, false};
        } else if (nd->type == DOC_HEADING) {
            int lv = nd->as.heading.level;
            if (sections && lv >= 2 && doc_heading_listed(nd, depth))
                x = (toc_entry){doc_text_of(f->out, nd), name_of(f, nd), art_depth + lv - 1, false,
                                true};
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
    /* A contents is a page or two: when the sections would run it past
       two pages, it lists the parts and articles alone (their entries'
       height guessed a line each, wrapped titles aside). */
    double lead = body_size(f) * leading(f), h = 0, room = 2 * f->text_h - 4 * lead;
    for (size_t i = 0; i < n; i++)
        h += lead + (e[i].depth == 0 ? 0.6 : 0.15) * body_size(f);
    if (h > room) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (!e[i].section)
                e[k++] = e[i];
        n = k;
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
    add_span(f, text, strlen(text), face, size, flags, link);
    para_opts q;
    para_defaults(f, &q, c);
    q.size = size;
    q.face = face;
    q.lead = q.size * leading(f);
    q.justify = false;
    q.hyph = NULL;
    q.numbered = false;
    set_para(f, &q, NULL);
}

/* An entry's people, site and date on one line, and a line for each of
 * its translators, editors and the like; false when it has none. */
static bool
source_people(flow *f, ctx c, const doc_meta *m)
{
    if (!m)
        return false;
    double sz = body_size(f);
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
    double sz = body_size(f);
    for (const doc_node *n = root; n; n = n == root ? root->first_child : n->next) {
        if (n == root)
            continue;
        const doc_node *first = n->type == DOC_PART ? n->first_child : n;
        for (const doc_node *k = first; k; k = n->type == DOC_PART ? k->next : NULL) {
            if (k->type != DOC_ARTICLE)
                continue;
            const doc_meta *m = k->as.article.meta;
            const char *dest = name_of(f, k);
            const char *t = m && m->title ? m->title : f->L->untitled;
            f->src = k;
            /* Entry titles a little larger than the text, details smaller:
             * a list of sources, not paragraphs of prose. */
            add_span(f, t, strlen(t), PDF_FACE_BOLD, sz * 1.1, LB_SPAN_NOHYPH,
                     dest ? add_link(f, arena_printf(f->out, "#%s", dest)) : -1);
            para_opts o;
            para_defaults(f, &o, c);
            o.size = sz * 1.1;
            o.lead = o.size * leading(f);
            o.justify = false;
            o.hyph = NULL;
            o.face = PDF_FACE_BOLD;
            o.numbered = false;
            o.keep_all = true;
            space(f, sz * 0.8);
            set_para(f, &o, NULL);
            f->keep = 2;
            bool details = source_people(f, c, m) || (m && (m->source || m->retrieved));
            if (m && m->source)
                sources_detail(f, c, m->source, PDF_FACE_ITALIC, sz * 0.9,
                               LB_SPAN_URL | LB_SPAN_NOHYPH, add_link(f, m->source));
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
    double sz = body_size(f);
    f->src = art;
    f->src_after = true;
    end_heading(f, c, f->L->sources, NULL, false);
    f->keep = 1000000;
    source_people(f, c, m);
    if (m && m->source)
        sources_detail(f, c, m->source, PDF_FACE_ITALIC, sz * 0.9, LB_SPAN_URL | LB_SPAN_NOHYPH,
                       add_link(f, m->source));
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
                nm_put(f->names_a, where, pg->items[i].dest,
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
    ctx c = {0, f->text_w, body_size(f), 0, 0};
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
        const char *num = nm_get(&where, e[i].dest);
        if (num)
            toc_line(f, c, &e[i], num);
    }
    free(e);
    if (nm_get(&where, "sources"))
        toc_line(f, c, &(toc_entry){f->L->sources, "sources", 0, true, false},
                 nm_get(&where, "sources"));
    f->bidi = was;
    flow_flush(f, &pg);
    if (fr.n_pages % 2) {
        /* an even count, so the first article opens on a recto */
        blank_page(f, &pg, "blank");
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
        assign_names(&f, root);
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
        ctx c = {0, f.text_w, body_size(&f), 0, 0};
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
