/*
 * bidi.h - right-to-left text in the PDF layout (bidi.c): the Unicode
 * Bidirectional Algorithm (UAX #9, through GNU FriBidi) and Arabic shaping
 * for a paragraph's spans before they are broken into lines, and the
 * visual reordering of each set line after.
 *
 * Lines are broken in logical order (a word's width does not depend on
 * where it ends up), then each line's words and word pieces are put in
 * visual order (rules L1-L2) and set left to right from there, right-to-
 * left pieces with their characters reversed, since a PDF draws glyphs
 * left to right. Layout-internal: flow.c and paginate.c use it.
 */
#ifndef SHEAF_LAY_BIDI_H
#define SHEAF_LAY_BIDI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../base/arena.h"
#include "../linebreak/lb.h"
#include "../pdf.h"

/** How a paragraph finds its base direction and where its lines go. */
typedef enum lay_bidi_mode {
    /* base from the first strong character (LTR when none); lines keep
       the place the left-to-right layout gave them (contents entries,
       title pages: text placed with leaders, page numbers or centred) */
    LAY_BIDI_INLINE,
    /* base from the first strong character; a right-to-left paragraph is
       set from the right edge of its own box (an LTR article) */
    LAY_BIDI_AUTO,
    /* base right to left (an article in Hebrew, Arabic, ...): lines set
       from the right edge of the text block, indents, list markers and
       hanging turnovers on the right */
    LAY_BIDI_RTL,
    /* base left to right whatever the text (code) */
    LAY_BIDI_LTR,
} lay_bidi_mode;

/** One span's text as the lines will see it, with a level per byte. */
typedef struct lay_bidi_run {
    const char *text;
    size_t len;
    const uint8_t *lev; /* resolved embedding level of each byte */
} lay_bidi_run;

/** A paragraph's bidi state between lay_bidi_para and its lines. */
typedef struct lay_bidi {
    int base;           /* paragraph embedding level: 0 LTR, 1 RTL */
    lay_bidi_run *runs; /* one per span, sorted by text address */
    size_t n_runs;
    arena *out;     /* reversed copies of right-to-left pieces */
    arena *scratch; /* levels and per-line work */
} lay_bidi;

/**
 * Prepare a paragraph's spans (*spans, *n of them, the array growable with
 * xrealloc to *cap): resolve its embedding levels as one paragraph (P2-I2;
 * a hard break is a line separator), turn Arabic letters into their
 * contextual presentation forms (joining across span boundaries; lam-alef
 * ligatures), mirror paired characters at odd levels, and put every word
 * holding a right-to-left letter in a span of its own marked
 * LB_SPAN_NOHYPH. Changed text is copied into `out`; levels live in
 * `scratch`, which must outlive the lines. Returns false, with the spans
 * untouched, when the paragraph is plain left-to-right text (no right-to-
 * left or Arabic-number character and an LTR base): nothing else to do.
 */
bool lay_bidi_para(lay_bidi *bd, arena *out, arena *scratch, lb_span **spans, size_t *n,
                   size_t *cap, lay_bidi_mode mode);

/**
 * Put one set line of a prepared paragraph in visual order. v[0..n) are
 * its items as the left-to-right setting placed them (text in logical
 * order, x from the block's left). Text items are cut where the level
 * changes, right-to-left pieces get their characters reversed, and the pieces and the spaces
 * between them are reordered by L2 and set one after another over the same width. With `mirror`,
 * the line is also reflected in [lo, hi]: its start (and first- line indent) goes to the right.
 * Link areas follow their words (a link cut in two by the reordering gets two areas). Returns the
 * items in a new array from bd->scratch with room for 4 more (*out), and their count.
 */
size_t lay_bidi_line(const lay_bidi *bd, const pdf_metrics *mx, const lay_item *v, size_t n,
                     bool mirror, double lo, double hi, lay_item **out);

/** Reflect items in [lo, hi] (x' = lo + hi - x - w). */
void lay_bidi_mirror(lay_item *v, size_t n, double lo, double hi);

/**
 * A single run of text (a running head, a list marker) in visual order,
 * shaped and mirrored, in base direction `base` (0 LTR, 1 RTL, -1 from
 * its first strong character); s itself when it needs none of that. The
 * result is in `a`, length in *out_len.
 */
const char *lay_bidi_visual(arena *a, const char *s, size_t len, int base, size_t *out_len);

#endif
