/*
 * dump.c - a text view of a laid-out document, one placed item a line, so
 * layout can be tested (and diffed in golden tests) without a PDF.
 * Coordinates are printed to 0.01 pt, which is stable across platforms for
 * the same arithmetic.
 */
#include "lay.h"

#include <math.h>

#include <string.h>

const char *
lay_face_name(pdf_face f)
{
    switch (f) {
    case PDF_FACE_REGULAR:
        return "regular";
    case PDF_FACE_ITALIC:
        return "italic";
    case PDF_FACE_BOLD:
        return "bold";
    case PDF_FACE_BOLD_ITALIC:
        return "bold-italic";
    case PDF_FACE_MONO:
        return "mono";
    default:
        return "?";
    }
}

void
lay_dump(const lay_doc *ld, buf *out)
{
    buf_printf(out, "paper %.2f %.2f\n", ld->width, ld->height);
    for (size_t p = 0; p < ld->n_pages; p++) {
        const lay_page *pg = &ld->pages[p];
        buf_printf(out, "page %zu folio=%d\n", p + 1, pg->folio);
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            switch (it->kind) {
            case LAY_TEXT:
                buf_printf(out, "p%zu text x=%.2f y=%.2f %s %.2f ", p + 1, it->x, it->y,
                           lay_face_name(it->face), it->size);
                buf_add_json(out, it->text, it->len);
                if (it->hscale > 0 && fabs(it->hscale - 1) >= 0.00005)
                    buf_printf(out, " hscale=%.4f", it->hscale);
                if (it->track > 0)
                    buf_printf(out, " track=%.3f", it->track);
                break;
            case LAY_RULE:
                buf_printf(out, "p%zu rule x=%.2f y=%.2f w=%.2f h=%.2f", p + 1, it->x, it->y,
                           it->w, it->h);
                break;
            case LAY_LINK:
                buf_printf(out, "p%zu link x=%.2f y=%.2f w=%.2f h=%.2f ", p + 1, it->x, it->y,
                           it->w, it->h);
                buf_adds(out, it->href ? it->href : "#");
                if (!it->href && it->dest)
                    buf_adds(out, it->dest);
                break;
            case LAY_IMAGE:
                buf_printf(out, "p%zu image x=%.2f y=%.2f w=%.2f h=%.2f %s", p + 1, it->x, it->y,
                           it->w, it->h, it->href ? it->href : "");
                break;
            case LAY_DEST:
                buf_printf(out, "p%zu dest y=%.2f %s", p + 1, it->y, it->dest ? it->dest : "");
                break;
            }
            buf_addc(out, '\n');
        }
    }
    for (size_t i = 0; i < ld->n_outline; i++) {
        const lay_outline *o = &ld->outline[i];
        buf_printf(out, "outline %d page=%zu y=%.2f ", o->level, o->page + 1, o->y);
        buf_add_json(out, o->title, strlen(o->title));
        buf_addc(out, '\n');
    }
}
