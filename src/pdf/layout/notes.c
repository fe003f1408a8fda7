/*
 * notes.c - notes at the page foot or the article end, and the printed
 * link addresses of handouts.
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void flow_note_body(flow *f, const doc_node *n, ctx c);

/* Is this note set at the foot of a page (see lay_foot_notes)? */
static bool
at_foot(const flow *f, const doc_node *def)
{
    char k[48];
    snprintf(k, sizeof k, "N@%p", (const void *)def);
    return lay_nm_get(&f->foot, k) != NULL;
}

/* With `notes: foot`, set each of the article's notes apart now: its lines
 * ride on the line that references it (vitem.foot) and paginate.c sets
 * them at the foot of that line's page. A note taller than half a page
 * stays with the notes at the article's end. */
void
lay_foot_notes(flow *f, const doc_node *article, ctx c, double page_h)
{
    doc_iter it;
    doc_iter_init(&it, (doc_node *)article);
    doc_node *n;
    doc_event ev;
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_NOTE_DEF)
            continue;
        doc_iter_skip(&it);
        const char *nm = lay_name_of(f, n);
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
        lay_nm_put(f->names_a, &f->foot, k, nm);
        lay_nm_put(f->names_a, &f->foot, arena_printf(f->names_a, "D%s", nm), (const char *)fn);
    }
}

/* The heading of an article's end matter ("Notes", "Links"): h3-sized,
 * kept with what follows. `numbered` keeps the style's line numbers. */
void
lay_end_heading(flow *f, ctx c, const char *title, const doc_node *owner, bool numbered)
{
    double hs = lay_body_size(f) * (f->st->heading_scale[2] > 0 ? f->st->heading_scale[2] : 1.1);
    lay_space(f, lay_body_size(f) * lay_leading(f) * 1.5);
    lay_add_span(f, title, strlen(title), PDF_FACE_BOLD, hs, LB_SPAN_NOHYPH, -1);
    para_opts o;
    lay_para_defaults(f, &o, c);
    o.size = hs;
    o.face = PDF_FACE_BOLD;
    o.lead = hs * 1.2;
    o.justify = false;
    o.hyph = NULL;
    o.keep_all = true;
    if (!numbered)
        o.numbered = false;
    lay_set_para(f, &o, owner);
    lay_space(f, lay_body_size(f) * lay_leading(f) * 0.5);
    f->keep = 2;
}

void
lay_notes(flow *f, const doc_node *article, ctx c)
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
            lay_end_heading(f, c, f->L->notes, article, true);
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
        double hang = 1.8 * lay_body_size(f);
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
        f->para_dest = lay_name_of(f, n);
        f->para_bullet_dest = lay_nm_get(&f->names, bk);
        if (k && k->type == DOC_PARA) {
            lay_para(f, k, in, b, strlen(b), PDF_FACE_REGULAR);
            k = k->next;
        } else {
            lay_add_span(f, b, strlen(b), PDF_FACE_REGULAR, in.size, 0, -1);
            para_opts o;
            lay_para_defaults(f, &o, in);
            o.justify = false;
            o.dest = f->para_dest;
            f->para_dest = f->para_bullet_dest = NULL;
            lay_set_para(f, &o, n);
        }
        lay_seq(f, k, in);
    }
}

/* The style's printed link addresses, numbered as in the text. */
void
lay_urls(flow *f, ctx c)
{
    if (f->n_urls == 0)
        return;
    f->src = f->article; /* the EPUB links in place: it has no such list */
    f->src_after = true;
    lay_end_heading(f, c, f->L->links, NULL, false);
    ctx in = c;
    in.size = c.size * 0.9;
    for (size_t i = 0; i < f->n_urls; i++) {
        char *b = arena_printf(f->out, "[%zu]", i + 1);
        int link = lay_add_link(f, f->urls[i]);
        lay_add_span(f, f->urls[i], strlen(f->urls[i]), PDF_FACE_REGULAR, in.size,
                     LB_SPAN_URL | LB_SPAN_NOHYPH, link);
        para_opts u;
        lay_para_defaults(f, &u, in);
        u.justify = false;
        u.bullet = b;
        u.bullet_len = strlen(b);
        /* (the labels hang in the margin, where a handout's line
           numbers go: the list is no text to cite by line) */
        u.numbered = false;
        lay_set_para(f, &u, NULL);
    }
    f->n_urls = 0;
    f->src_after = false;
}
