/*
 * cover_svg.c - the cover picture of a book whose manifest names none.
 *
 * A reading system shows a book in its library by the manifest item whose
 * properties say "cover-image"; a book without one is a grey tile. So a
 * book without a cover image gets a drawn one, in the design its cover
 * page had as text (centred, the title large and bold a quarter down, the
 * subtitle in italic, the editors and the publisher in small capitals
 * under it, black on white), as an SVG of 2:3, the shape of a book cover,
 * which the cover page then shows. (A text cover page gave a reader's
 * library no picture to show.)
 *
 * The picture's text is set in the reader's fonts, unknown here, so lines
 * are broken on widths guessed from the characters, generously (a wide
 * bold face: capitals and m/w wide, CJK a full em), and the title's size
 * is the largest that keeps it to a few lines: a long title is smaller,
 * not cut (up to COVER_MAX_LINES), and a word wider than the page is
 * broken.
 * Text goes through the XML writer, so it is escaped as any page's text.
 */
#include "epub_int.h"

#include <stdio.h>
#include <string.h>

#include "../base/utf8.h"

#define COVER_W 1200
#define COVER_H 1800
#define COVER_MARGIN 130 /* each side: the lines' width is COVER_W - 2 * COVER_MARGIN */
#define COVER_EM 48      /* the cover page's 1em */
#define COVER_MAX_LINES 12

/* A character's advance, in ems, guessed on the wide side of book faces. */
static double
char_em(uint32_t c)
{
    double w;
    if (doc_wide_char(c))
        w = 1.0;
    else if (c == ' ')
        w = 0.3;
    else if (c == 'M' || c == 'W' || c == 'm' || c == 'w' || c == '@' || c == '%')
        w = 0.95;
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        w = 0.72;
    else if (c < 0x80 && strchr("ijl.,;:'!|", (int)c))
        w = 0.38;
    else if (c < 0x80 && strchr("tfr()[]", (int)c))
        w = 0.45;
    else
        w = c < 0x80 ? 0.56 : 0.7; /* accented capitals, other scripts: wide */
    return w;
}

static double
text_em(const char *s, size_t len)
{
    double w = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t k = utf8_decode(s + i, len - i, &c);
        if (k == 0)
            k = 1, c = '?';
        w += char_em(c);
        i += k;
    }
    return w;
}

typedef struct cover_lines {
    const char *at[COVER_MAX_LINES];
    size_t len[COVER_MAX_LINES];
    size_t n;
    bool over; /* more lines than room for */
} cover_lines;

/* Where the next piece of s starts: after a run of non-space characters
   that are not wide, or after one wide character (CJK breaks anywhere). */
static size_t
piece_end(const char *s, size_t len, size_t i)
{
    uint32_t c;
    size_t k = utf8_decode(s + i, len - i, &c);
    if (k == 0)
        return i + 1;
    if (doc_wide_char(c))
        return i + k;
    while (i < len) {
        k = utf8_decode(s + i, len - i, &c);
        if (k == 0)
            k = 1, c = '?';
        if (c == ' ' || doc_wide_char(c))
            break;
        i += k;
    }
    return i;
}

static void
add_line(cover_lines *out, const char *at, size_t len)
{
    if (out->n == COVER_MAX_LINES) {
        out->over = true;
        return;
    }
    out->at[out->n] = at;
    out->len[out->n++] = len;
}

/* Fill `out` with the lines of s at `size` px, each at most `width` px
   (widths in ems times `wide`, the face's widening), breaking at spaces
   and around wide characters; a piece wider than a line is cut between
   characters. */
static void
wrap(const char *s, double size, double width, double wide, cover_lines *out)
{
    size_t len = strlen(s);
    out->n = 0;
    out->over = false;
    double max_em = width / size / wide;
    size_t start = 0, end = 0; /* the line so far: s[start, end) */
    double w = 0;
    size_t i = 0;
    while (i < len) {
        size_t ps = i;
        while (ps < len && s[ps] == ' ')
            ps++;
        if (ps == len)
            break;
        size_t pe = piece_end(s, len, ps);
        double gap = ps > i ? char_em(' ') : 0, pw = text_em(s + ps, pe - ps);
        i = pe;
        if (end > start && w + gap + pw > max_em) {
            add_line(out, s + start, end - start);
            start = end = 0;
            w = 0;
        }
        if (end == start && pw > max_em) {
            /* a piece wider than a line: lines of as much of it as fits */
            size_t cut = ps;
            double cw = 0;
            while (cut < pe) {
                uint32_t c;
                size_t k = utf8_decode(s + cut, pe - cut, &c);
                if (k == 0)
                    k = 1, c = '?';
                if (cut > ps && cw + char_em(c) > max_em) {
                    add_line(out, s + ps, cut - ps);
                    ps = cut;
                    cw = 0;
                }
                cw += char_em(c);
                cut += k;
            }
            pw = cw;
        }
        if (end == start) {
            start = ps;
            w = pw;
        } else {
            w += gap + pw;
        }
        end = pe;
    }
    if (end > start)
        add_line(out, s + start, end - start);
}

/* The largest of `sizes` (px, largest first) at which s takes at most
   max_lines; else the last, however many lines that takes. */
static double
fit(const char *s, const double *sizes, size_t n_sizes, size_t max_lines, double wide,
    cover_lines *out)
{
    double width = COVER_W - 2 * COVER_MARGIN;
    for (size_t k = 0; k < n_sizes; k++) {
        wrap(s, sizes[k], width, wide, out);
        if (!out->over && out->n <= max_lines)
            return sizes[k];
    }
    return sizes[n_sizes - 1];
}

/* A face of the cover's text: how it is set, and how much wider than
   the plain face its characters run. */
typedef struct cover_face {
    const char *attr, *value; /* font-weight="bold", ... */
    double wide;
} cover_face;

/* One block of centred lines from *y down; *y is left under its last line. */
static void
block(epub_xw *x, const cover_face *face, const char *s, const double *sizes, size_t n_sizes,
      size_t max_lines, double *y)
{
    if (!s || !s[0])
        return;
    cover_lines L;
    double size = fit(s, sizes, n_sizes, max_lines, face->wide, &L);
    char num[32];
    epub_xw_start(x, "text");
    epub_xw_attr(x, face->attr, face->value);
    snprintf(num, sizeof num, "%g", size);
    epub_xw_attr(x, "font-size", num);
    for (size_t i = 0; i < L.n; i++) {
        *y += size * (i ? 1.2 : 1.0);
        epub_xw_start(x, "tspan");
        epub_xw_attr(x, "x", "600");
        snprintf(num, sizeof num, "%.0f", *y);
        epub_xw_attr(x, "y", num);
        epub_xw_text(x, L.at[i], L.len[i]);
        epub_xw_end(x);
    }
    epub_xw_end(x);
    epub_xw_nl(x);
    *y += 0.35 * size; /* the last line's descenders */
}

const char *
epub_cover_svg(epub_book *bk, const char *editor_line, size_t *len)
{
    const manifest *m = bk->m;
    epub_xw x;
    epub_xw_begin(&x, bk->a);
    epub_xw_start(&x, "svg");
    epub_xw_attr(&x, "xmlns", "http://www.w3.org/2000/svg");
    epub_xw_attr(&x, "version", "1.1");
    epub_xw_attr(&x, "viewBox", "0 0 1200 1800");
    epub_xw_attr(&x, "width", "1200");
    epub_xw_attr(&x, "height", "1800");
    epub_xw_attr(&x, "xml:lang", bk->language);
    epub_xw_attr(&x, "role", "img");
    epub_xw_nl(&x);
    epub_xw_elem(&x, "title", m->title);
    epub_xw_nl(&x);
    /* white behind: a library's dark shelf must not show through */
    epub_xw_start(&x, "rect");
    epub_xw_attr(&x, "width", "1200");
    epub_xw_attr(&x, "height", "1800");
    epub_xw_attr(&x, "fill", "#ffffff");
    epub_xw_end(&x);
    epub_xw_nl(&x);
    buf fam;
    buf_init(&fam, 0);
    if (bk->st->font_body && bk->st->font_body[0]) {
        epub_css_string(&fam, bk->st->font_body);
        buf_adds(&fam, ", ");
    }
    buf_adds(&fam, epub_css_is_sans(bk->st->font_body) ? "sans-serif" : "serif");
    epub_xw_start(&x, "g");
    epub_xw_attr(&x, "font-family", fam.data);
    epub_xw_attr(&x, "fill", "#000000");
    epub_xw_attr(&x, "text-anchor", "middle");
    epub_xw_nl(&x);
    buf_cleanup(&fam);

    /* the cover page's sizes (2.4em, 1.3em, 1em), smaller for long text */
    static const double title_sizes[] = {115, 100, 88, 76, 66, 58};
    static const double sub_sizes[] = {62, 54, 46, 40};
    static const double line_sizes[] = {48, 42, 36, 32};
    static const cover_face bold = {"font-weight", "bold", 1.12},
                            italic = {"font-style", "italic", 1.0},
                            caps = {"font-variant", "small-caps", 1.15};
    double y = 0.22 * COVER_H;
    block(&x, &bold, m->title, title_sizes, 6, 5, &y);
    y += 0.5 * COVER_EM;
    block(&x, &italic, m->subtitle, sub_sizes, 4, 3, &y);
    y += 2 * COVER_EM;
    block(&x, &caps, editor_line, line_sizes, 4, 3, &y);
    y += 1.5 * COVER_EM;
    block(&x, &caps, m->publisher, line_sizes, 4, 2, &y);
    epub_xw_end(&x); /* g */
    epub_xw_nl(&x);
    epub_xw_end(&x); /* svg */
    epub_xw_nl(&x);
    return epub_xw_finish(&x, len);
}
