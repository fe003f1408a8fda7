/*
 * lb.h - paragraph line breaking: inline runs -> boxes, glue and penalties
 * (items.c) -> total-fit breaks (knuth_plass.c), with libhyphen patterns
 * for hyphenation points (hyphen.c) and UAX #14's rules for where CJK
 * text, which has no spaces, may break (cjk.c).
 *
 * The model is TeX's (tex.web §813-890): a paragraph is a list of boxes
 * (fixed-width text), glue (space that may stretch or shrink) and penalties
 * (possible breaks with a cost; "flagged" ones are hyphenations). A line
 * break is legal at a penalty < 10000 or at glue right after a box. Pure
 * code: widths come from the pdf_metrics interface only.
 */
#ifndef SHEAF_LB_H
#define SHEAF_LB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../base/arena.h"
#include "../pdf.h"

/** Penalties at or beyond these are "never" and "always" (TeX's ±10000). */
#define LB_INF_PENALTY 10000.0
#define LB_EJECT_PENALTY (-10000.0)
/** TeX's inf_bad: the badness of a line that cannot stretch enough. */
#define LB_INF_BAD 10000.0

typedef enum lb_type { LB_BOX, LB_GLUE, LB_PENALTY } lb_type;

/** What a penalty is, so a pass can switch kinds of breaks on and off. */
typedef enum lb_pkind {
    LB_PK_NORMAL,    /* ordinary (forced breaks, after dashes, NBSP ties) */
    LB_PK_HYPHEN,    /* pattern or soft hyphen: prints a hyphen when taken */
    LB_PK_EXPLICIT,  /* after an explicit hyphen in the text */
    LB_PK_URL,       /* after / . - _ inside a URL: prints nothing */
    LB_PK_EMERGENCY, /* inside an unbreakable string: prints the marker */
} lb_pkind;

typedef struct lb_item {
    lb_type type;
    lb_pkind pkind;    /* penalties */
    bool flagged;      /* penalties: a hyphenated break (TeX's flag) */
    double width;      /* box / glue natural width / penalty's width if taken */
    double stretch;    /* glue */
    double shrink;     /* glue */
    bool fil;          /* glue: infinite stretch (parfillskip, hard breaks) */
    bool cjk;          /* glue: the empty glue between two CJK characters */
    double penalty;    /* penalties */
    /* boxes (and the printed text of a taken penalty) */
    const char *text;
    size_t len;
    pdf_face face;
    double size;
    int link;          /* caller's link index, -1 = none */
    int span;          /* index of the span the item came from, -1 = none */
    double rise;       /* boxes: its span's baseline shift (superscripts) */
} lb_item;

enum {
    LB_SPAN_NOHYPH = 1u << 0,      /* never hyphenate (headings, code) */
    LB_SPAN_URL = 1u << 1,         /* a URL: no hyphens, breaks after / . - _ */
    LB_SPAN_BREAK = 1u << 2,       /* a hard line break (text ignored) */
    LB_SPAN_NOBREAK = 1u << 3,     /* spaces inside do not break (code spans keep) */
    LB_SPAN_KEEPSP = 1u << 4,      /* a run of n spaces is n spaces wide (preformatted columns) */
    LB_SPAN_OBJECT = 1u << 5,      /* one unbreakable box obj_w wide (an inline picture); its
                                      text (one U+FFFC) is never measured or printed */
    LB_SPAN_STRIKE = 1u << 6,      /* struck through: the caller draws the rule; breaking
                                      ignores it */
    LB_SPAN_BREAKBEFORE = 1u << 7, /* a line may break before it though no space
                                      parts it from the word before (a link's
                                      printed number in a narrow table cell) */
};

/** One inline run of a paragraph in a single face. */
typedef struct lb_span {
    const char *text;
    size_t len;
    pdf_face face;
    double size;
    unsigned flags;
    int link;          /* -1 = none */
    double rise;       /* baseline shift, pt: up for a superscript, down (<0) for
                          a subscript; it never changes the line's breaks */
    double obj_w;      /* LB_SPAN_OBJECT: the box's width, pt */
    const void *obj;   /* LB_SPAN_OBJECT: the caller's, to draw it by */
} lb_span;

typedef struct lb_hyph lb_hyph;

typedef struct lb_params {
    double width_first;   /* measure of the first line, pt */
    double width;         /* measure of the other lines */
    double indent;        /* first-line indent (an empty box), pt */
    bool justify;         /* else ragged right */
    const lb_hyph *hyph;  /* NULL = no hyphenation */
    size_t hyph_min_chars; /* a word (or compound part) of fewer characters is
                              never hyphenated by pattern (0: the patterns decide) */
    double pretolerance;  /* pass 1 (no hyphenation) */
    double tolerance;     /* pass 2 (with hyphenation) */
    double loose_tolerance; /* pass 3 (the same, looser; <= tolerance skips it) */
    double line_penalty;
    double hyphen_penalty;
    double ex_hyphen_penalty;
    double url_penalty;
    double double_hyphen_demerits;
    double final_hyphen_demerits;
    double adj_demerits;
    double triple_hyphen_demerits; /* a third hyphenated line in a row */
    double emergency_stretch; /* pass 4, pt per line (TeX's \emergencystretch) */
    double ragged_stretch;    /* ragged right: stretch at each line end, pt */
    double max_ratio;         /* most stretch a set line uses (share of it) */
    double max_track;         /* justified: letter-spacing, pt per glyph, a line
                                 may take when its spaces are at max_ratio */
    double expand;            /* justified: glyphs may widen or narrow by this
                                 share of their width (pdfTeX's font expansion);
                                 0 = spaces alone absorb the slack */
    const char *mark;         /* printed where an unbreakable string is cut */
    double cjk_stretch;       /* justified: stretch and shrink of the empty glue */
    double cjk_shrink;        /* at each break between CJK characters, em */
    double cjk_last_penalty;  /* a paragraph's last line of one CJK character */
    double runt_penalty;      /* a paragraph's last line of one short word ("it.") */
    double cjk_hyphen_penalty; /* least cost of a hyphen in a word of CJK text */
    double cjk_max_gap;       /* justified: most a CJK gap may open (with the
                                 letter-spacing), em: pdftotext reads a gap of
                                 0.1 em as a space */
} lb_params;

/** TeX-like defaults for body text of `size` points set `width` wide. */
void lb_params_default(lb_params *p, double size, double width);

/** One set line: items [first, end) are on it (leading glue dropped). */
typedef struct lb_line {
    size_t first, end;
    size_t brk;        /* the item broken at (glue or penalty) */
    double ratio;      /* glue set: >0 share of stretch used, <0 of shrink */
    double expand;     /* glyph width factor minus 1 (within +-p->expand) */
    double track;      /* pt added after every glyph (last resort, see max_track) */
    double natural;    /* natural width of the line's contents */
    double measure;    /* its target width */
    bool fil;          /* ends with infinite stretch (paragraph end) */
    bool hyphen;       /* ends at a flagged hyphen: print it */
    bool marked;       /* ends at an emergency cut: print the marker */
} lb_line;

typedef struct lb_result {
    lb_item *items;
    size_t n_items;
    lb_line *lines;
    size_t n_lines;
    int pass;          /* 1 (no hyphenation), 2 (hyphenation), 3 (looser), 4 (emergency) */
    double demerits;   /* total of the chosen breaking */
} lb_result;

/**
 * Break a paragraph of `n` spans into lines. Items and lines live in
 * `scratch` (reset it per paragraph). Always succeeds: the emergency pass
 * never sets a line wider than its measure unless a single glyph is. Returns 0.
 */
int lb_break(arena *scratch, const pdf_metrics *mx, const lb_params *p, const lb_span *spans,
             size_t n, lb_result *out);

/**
 * Build the item list for a pass: 1 = no hyphenation or URL breaks, 2 = with
 * them, 3 = also cut strings wider than the measure (with the marker).
 */
void lb_items_build(arena *scratch, const pdf_metrics *mx, const lb_params *p,
                    const lb_span *spans, size_t n, int pass, lb_item **items, size_t *n_items);

/**
 * Total-fit breaking of a ready item list (which must end with the
 * parfillskip glue and a forced break). `tolerance` bounds the badness of
 * every line; `final` (emergency) accepts any line not overfull, adds
 * p->emergency_stretch and never fails. Returns 0 with the lines, or -1
 * when no breaking within tolerance exists.
 */
int lb_knuth_plass(arena *scratch, const lb_params *p, const lb_item *items, size_t n,
                   double tolerance, bool final, lb_line **lines, size_t *n_lines,
                   double *demerits);

/** TeX's badness of stretching (or shrinking) by `t` with `s` available. */
double lb_badness(double t, double s);

/* ---- CJK break opportunities (cjk.c) ---- */

/** What a character does to the breaks beside it (a subset of UAX #14). */
typedef enum lb_cjk_cls {
    LB_CJK_NONE, /* no rule of its own: letters, digits, symbols */
    LB_CJK_ID,   /* ideographs, kana, fullwidth letters (ID): either side */
    LB_CJK_OP,   /* opening brackets and quotes (OP): never after */
    LB_CJK_CL,   /* closing brackets and quotes, 、。 (CL, CP): never before */
    LB_CJK_NS,   /* small kana, ー, 々, ！？, ，．：；, …, % (NS, CJ, EX, IS, IN, PO) */
    LB_CJK_PR,   /* currency signs before a number (PR): never after */
    LB_CJK_GL,   /* glue, joiners, straight quotes (GL, WJ, ZWJ, QU): neither side */
    LB_CJK_CM,   /* combining marks, variation selectors (CM): part of the base */
} lb_cjk_cls;

lb_cjk_cls lb_cjk_class(uint32_t c);

/** Whether c is a Chinese or Japanese character (ideograph, kana, fullwidth form). */
bool lb_cjk_wide(uint32_t c);

/**
 * Whether a line may break between a and b (with nothing between them) by
 * the CJK rules: only when one of them is wide, and never before a
 * closing or nonstarter character or after an opening one. False for two
 * characters that are not wide: the Latin rules decide those.
 */
bool lb_cjk_break(uint32_t a, uint32_t b);

/* ---- hyphenation (hyphen.c) ---- */

/**
 * Load the patterns for a BCP 47 language ("en-US", "de", "fr-CA") from
 * /usr/share/hyphen: hyph_<ll>_<CC>.dic, then hyph_<ll>.dic, else NULL.
 * lb_hyph_free releases it (the dictionary is libhyphen's heap object).
 * A handle memoises results, so one handle must not be shared by threads.
 */
lb_hyph *lb_hyph_load(const char *lang);
void lb_hyph_free(lb_hyph *h);

/**
 * The name of the dictionary file lb_hyph_load(lang) would load, in
 * out[0..n) with its NUL; tags that share a file give one name ("en",
 * "en-GB" and "en-us" give "hyph_en_US.dic"), so a cache of handles keyed
 * by it holds one per dictionary. Returns its length, 0 when no file.
 */
size_t lb_hyph_name(const char *lang, char *out, size_t n);

/**
 * Hyphenation points of one word: byte offsets into word[0..len) before
 * which a hyphen may go, at most `max` of them, in increasing order.
 * Leading and trailing punctuation are ignored; apostrophes split the word
 * into parts hyphenated on their own; parts with digits, hyphens, soft
 * hyphens or other non-letters inside get none, and so does a word with
 * a digit against its letters; parts of small letters with a capital
 * after the first ("WebAssembly") break only before such capitals. At
 * least 2 letters stay on the left and 3 on the right of a point,
 * counted within its part. Returns the count.
 */
size_t lb_hyph_points(const lb_hyph *h, const char *word, size_t len, size_t *pos, size_t max);

/** A no-break space (U+00A0, U+2007, U+202F): a tie the breaker breaks
 *  only inside a run wider than the measure (items.c). */
bool lb_is_tie_space(uint32_t c);

#endif
