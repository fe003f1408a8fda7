/*
 * blocks.c - the blocks of an article body: paragraphs, headings, lists,
 * definition lists, rules, figures, and the opening block (title, dek,
 * authors, date, source).
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
                lay_add_span_copy(f, &all[k]);
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
        double lead = em * lay_leading(f);
        double para = f->st->para_spacing * em + 0.4 * lead;
        gap = 0.75 * lead > para ? 0.75 * lead : para;
    }
    if (!f->first_block)
        lay_space(f, loose ? gap : 0.4 * em);
    for (const doc_node *it = list->first_child; it; it = it->next) {
        const char *bullet;
        if (list->as.list.ordered)
            bullet = arena_printf(f->out, "%d%c", num++, list->as.list.delim == ')' ? ')' : '.');
        else
            bullet = (c.list_depth % 2) ? "\xE2\x80\x93" : "\xE2\x80\xA2"; /* – • */
        if (it->flags & DOC_F_TASK)
            bullet = task_box(it); /* in place of the bullet or number */
        if (it != list->first_child)
            lay_space(f, gap);
        f->src = it;                          /* not the block an earlier item left behind */
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

void
lay_blocks(flow *f, const doc_node *parent, ctx c)
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
    if (f->bo->image_size(f->bo->image_ud, k->as.link.href, &w, &h) != 0 || !(w > 0) || !(h > 0) ||
        !isfinite(w) || !isfinite(h)) {
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
            lay_blocks(f, n, in);
            lay_block_space(f, 0.5);
            f->after_heading = true;
            break;
        }
        case DOC_LIST: flow_list(f, n, c); break;
        case DOC_DEFS: flow_defs(f, n, c); break;
        case DOC_ITEM:
            c.depth++;
            lay_blocks(f, n, c);
            c.depth--;
            break;
        case DOC_CODE_BLOCK: lay_code(f, n, c); break;
        case DOC_RULE: flow_rule(f, c); break;
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
        case DOC_NOTE_DEF: break; /* set at the article's end */
        default:
            if (doc_is_block(n->type)) {
                ctx in = c;
                in.depth++;
                lay_blocks(f, n, in);
            } else {
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
void
lay_display_opts(flow *f, para_opts *o, ctx c, const char *text, pdf_face face, double size)
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
void
lay_opening_line(flow *f, ctx c, const char *text, pdf_face face, double size, double gap_after,
                 const char *outline, int level, const char *dest)
{
    if (!text || !*text)
        return;
    para_opts o;
    lay_display_opts(f, &o, c, text, face, size);
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

void
lay_opening(flow *f, const doc_node *art, ctx c, int level, bool run_on)
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
    lay_opening_line(f, c, title, PDF_FACE_BOLD, ts, lone ? 0 : sz * 0.6, title, level,
                     lay_name_of(f, art));
    if (m) {
        lay_opening_line(f, c, m->subtitle, PDF_FACE_ITALIC, sz * 1.2, sz * 0.6, NULL, 0, NULL);
        if (m->n_authors > 0 && m->authors) {
            buf b;
            buf_init(&b, 0);
            for (size_t i = 0; i < m->n_authors; i++) {
                if (i > 0)
                    buf_adds(&b, i + 1 == m->n_authors ? f->L->and_ : ", ");
                buf_adds(&b, m->authors[i] ? m->authors[i] : "");
            }
            lay_opening_line(f, c, arena_strdup(f->out, b.data ? b.data : ""), PDF_FACE_REGULAR,
                             sz * 1.1, sz * 0.3, NULL, 0, NULL);
            buf_cleanup(&b);
        }
        const char **credits;
        size_t nc = doc_contrib_lines(f->out, m, f->L, &credits);
        for (size_t i = 0; i < nc; i++)
            lay_opening_line(f, c, credits[i], PDF_FACE_ITALIC, sz * 0.95, sz * 0.2, NULL, 0, NULL);
        if (m->date)
            lay_opening_line(f, c, doc_date_display(f->out, m->date, m->language), PDF_FACE_ITALIC,
                             sz * 0.9, sz * 0.2, NULL, 0, NULL);
        if (m->source || m->site) {
            const char *s = m->site && m->source
                                ? arena_printf(f->out, "%s, %s", m->site, m->source)
                            : m->source ? m->source
                                        : m->site;
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
