/*
 * items.c - inline runs (spans) -> TeX's horizontal list of boxes, glue and
 * penalties (tex.web §813-820 describe the model).
 *
 * Each word becomes one box per unbreakable piece, in its span's face; a
 * space becomes glue of the face's space width that stretches by 1/2 and
 * shrinks by 1/3 of it (TeX's Computer Modern ratios; ragged-right text gets
 * rigid spaces instead, with the stretch at line ends); in preformatted
 * text (LB_SPAN_KEEPSP) a run of n spaces is one glue n spaces wide, so
 * its columns stay aligned. Inside a word,
 * penalties mark where it may break, by kind, so each pass of the breaker
 * asks for only the breaks it allows:
 *   - soft hyphens (U+00AD, dropped from the text) and explicit hyphens:
 *     every pass, flagged, like TeX's discretionaries;
 *   - after em and en dashes: every pass, unflagged;
 *   - pattern hyphenation (libhyphen) and URL breaks after / . - _: pass 2;
 *     the parts of a compound ("over-bureau-cratized") are hyphenated
 *     each like a word, the explicit hyphen keeping its own penalty
 *     (TeX's \exhyphenpenalty), unless the word has a soft hyphen (the
 *     author's call) or is a code, number or address (compound_ok);
 *   - pass 3 also cuts any unbreakable run wider than the measure into
 *     pieces that fit, joined by penalties that print a visible marker.
 * CJK text (cjk.c says where it may break) is cut first: a word is split
 * at every break opportunity beside a CJK character, also where one span
 * ends and the next begins with no space between, and an empty glue that
 * stretches and shrinks a little (pLaTeX's \kanjiskip, xeCJK's \CJKglue)
 * goes at each such break, so a line of CJK text justifies by spacing its
 * characters, and breaks without a hyphen or marker. Its natural width is
 * the kerning of the pair, so an unbroken line is set as before. The
 * pieces then go through the rules above; those holding CJK characters
 * are never hyphenated. An ideographic space is a space one em wide. The
 * last CJK break of a paragraph costs a penalty when it would leave a
 * single character on the last line.
 * The list ends like TeX's: no trailing glue, \penalty10000,
 * \parfillskip (0pt plus 1fil), \penalty-10000.
 */
#include "lb.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../base/utf8.h"

typedef struct vec {
    arena *a;
    lb_item *v;
    size_t n, cap;
    /* the space width of the last face and size asked for */
    pdf_face sp_face;
    double sp_size, sp_width;
} vec;

static lb_item *
push(vec *x, lb_type t)
{
    if (x->n == x->cap) {
        size_t nc = x->cap ? x->cap * 2 : 64;
        x->v = arena_realloc(x->a, x->v, x->cap * sizeof *x->v, nc * sizeof *x->v);
        x->cap = nc;
    }
    lb_item *it = &x->v[x->n++];
    memset(it, 0, sizeof *it);
    it->type = t;
    it->link = -1;
    it->span = -1;
    return it;
}

static void
add_penalty(vec *x, lb_pkind k, double pen, bool flagged, double w, const lb_span *sp, int si)
{
    lb_item *it = push(x, LB_PENALTY);
    it->pkind = k;
    it->penalty = pen;
    it->flagged = flagged;
    it->width = w;
    it->face = sp ? sp->face : PDF_FACE_REGULAR;
    it->size = sp ? sp->size : 0;
    it->link = sp ? sp->link : -1;
    it->span = si;
}

static void
add_glue(vec *x, const pdf_metrics *mx, const lb_params *p, const lb_span *sp, int si,
         double factor)
{
    if (x->sp_size != sp->size || x->sp_face != sp->face) {
        x->sp_face = sp->face;
        x->sp_size = sp->size;
        x->sp_width = mx->width(mx->ud, sp->face, sp->size, " ", 1);
    }
    double w = x->sp_width * factor;
    lb_item *it = push(x, LB_GLUE);
    it->width = w;
    if (p->justify) {
        it->stretch = w / 2;
        it->shrink = w / 3;
    }
    it->face = sp->face;
    it->size = sp->size;
    it->link = sp->link;
    it->span = si;
}

/* Widen (or narrow) a glue's width, stretch and shrink together. */
static void
scale_glue(lb_item *g, double f)
{
    if (f > 0) {
        g->width *= f;
        g->stretch *= f;
        g->shrink *= f;
    }
}

static void
add_box(vec *x, const pdf_metrics *mx, const lb_span *sp, int si, const char *s, size_t len)
{
    if (len == 0)
        return;
    lb_item *it = push(x, LB_BOX);
    it->text = s;
    it->len = len;
    it->face = sp->face;
    it->size = sp->size;
    it->link = sp->link;
    it->span = si;
    it->rise = sp->rise;
    it->width = mx->width(mx->ud, sp->face, sp->size, s, len);
}

/* utf8_decode with the ASCII case inline: items are built a character at
 * a time, several times per paragraph, and most characters are ASCII. */
static inline size_t
dec(const char *s, size_t len, uint32_t *c)
{
    if (len && (unsigned char)s[0] < 0x80) {
        *c = (unsigned char)s[0];
        return 1;
    }
    return utf8_decode(s, len, c);
}

static inline bool
is_break_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A && c != 0x2007) || c == 0x205F || c == 0x3000;
}

bool
lb_is_tie_space(uint32_t c)
{
    return c == 0xA0 || c == 0x202F || c == 0x2007;
}

static bool
is_alnum_cp(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
}

/* An address: with a scheme ("https://..."), a "www." start, or a host
 * name and a path without a scheme, as text copied from a page writes
 * them ("pic.twitter.com/BUPgYtg-HaY", "example.org/about"): labels
 * parted by dots, the last of two letters or more, then a slash and
 * more. "and/or", "1.5/2", "e.g./i.e." and "U.S./Canada" are words. */
static bool
looks_like_url(const char *s, size_t len)
{
    for (size_t i = 0; i + 3 <= len; i++)
        if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/')
            return true;
    if (len > 4 && strncmp(s, "www.", 4) == 0)
        return true;
    size_t i = 0, label = 0, dots = 0, letters = 0;
    while (i < len && s[i] && strchr("([\"'", s[i])) /* "(example.org/a)" */
        i++;
    while (i + 3 <= len && (!memcmp(s + i, "\xE2\x80\x9C", 3) || !memcmp(s + i, "\xE2\x80\x98", 3)))
        i += 3;
    while (i < len && s[i] != '/') {
        char c = s[i];
        if (c == '.') {
            if (label == 0)
                return false;
            dots++;
            label = letters = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            label++;
            letters++;
        } else if ((c >= '0' && c <= '9') || c == '-') {
            label++;
        } else {
            return false;
        }
        i++;
    }
    return i < len && i + 1 < len && dots > 0 && label >= 2 && letters == label;
}

/* The last code point of s[0..len), 0 when none or invalid. */
static uint32_t
last_cp(const char *s, size_t len)
{
    if (len == 0)
        return 0;
    size_t i = len - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    uint32_t c;
    return utf8_decode(s + i, len - i, &c) ? c : 0;
}

/* A break opportunity inside a word: before byte `at`. */
typedef struct wbreak {
    size_t at;
    size_t skip;   /* bytes dropped at the break (a soft hyphen) */
    lb_pkind kind;
} wbreak;

#define MAX_WBREAKS 256

static int
cmp_wbreak(const void *a, const void *b)
{
    const wbreak *x = a, *y = b;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* Whether a word with explicit hyphens is a compound of words whose parts
 * may be hyphenated: past its opening and closing punctuation it holds only
 * letters, hyphens, dashes and apostrophes. Digits ("COVID-19"), "@"
 * (e-mail addresses), slashes, dots and the like mean a code, a name or an
 * address, which is left to break at its hyphens alone. */
static bool
compound_ok(const char *w, size_t len)
{
    /* past the punctuation around it (quotes, guillemets, brackets) */
    size_t a = 0, b = len;
    while (a < b) {
        uint32_t c;
        size_t k = dec(w + a, b - a, &c);
        if (!k || is_alnum_cp(c))
            break;
        a += k;
    }
    while (b > a) {
        size_t s = b - 1;
        while (s > a && ((unsigned char)w[s] & 0xC0) == 0x80)
            s--;
        uint32_t c;
        if (!dec(w + s, b - s, &c) || is_alnum_cp(c))
            break;
        b = s;
    }
    for (size_t i = a; i < b;) {
        uint32_t c;
        size_t k = dec(w + i, b - i, &c);
        if (!k)
            return false;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' ||
                  (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7) || c == 0x2010 ||
                  c == 0x2013 || c == 0x2014 || c == 0x2019;
        if (!ok)
            return false;
        i += k;
    }
    return true;
}

/* What a piece of a word is to the CJK rules. */
typedef enum piece_kind {
    PIECE_PLAIN,      /* a word with no CJK break: the Latin rules alone */
    PIECE_BESIDE_CJK, /* Latin cut from CJK text at a CJK break */
    PIECE_CJK,        /* holds CJK characters: never hyphenated */
} piece_kind;

/* One word or piece of a word (no breaking spaces inside) -> boxes and
 * in-word penalties. In CJK text a hyphen costs more: the inter-character
 * glue gives an almost invisible way out that "Wi-" / "Fi" does not. */
static void
add_piece(vec *x, const pdf_metrics *mx, const lb_params *p, const lb_span *sp, int si,
          const char *w, size_t len, int pass, piece_kind kind)
{
    bool nohyph = kind == PIECE_CJK;
    double hyphen_pen = p->hyphen_penalty, ex_hyphen_pen = p->ex_hyphen_penalty;
    if (kind != PIECE_PLAIN) {
        hyphen_pen = fmax(hyphen_pen, p->cjk_hyphen_penalty);
        ex_hyphen_pen = fmax(ex_hyphen_pen, p->cjk_hyphen_penalty);
    }
    wbreak br[MAX_WBREAKS];
    size_t nb = 0;
    /* Most words are ASCII letters and punctuation with no hyphen, colon
       or "www." start: no break inside, and not a URL, so the scan for
       breaks below would find none. */
    bool plain = !(sp->flags & LB_SPAN_URL) && !(len > 4 && strncmp(w, "www.", 4) == 0);
    bool slash = false;
    for (size_t i = 0; i < len && plain; i++) {
        unsigned char b = (unsigned char)w[i];
        slash |= b == '/';
        plain = b < 0x80 && b != '-' && b != ':' && !(pass >= 3 && b == '/');
    }
    bool url = (!plain || slash) && ((sp->flags & LB_SPAN_URL) || looks_like_url(w, len));
    if (url)
        plain = false; /* "example.org/about": its breaks are an address's */
    bool has_hyphen = false, soft = false;
    uint32_t prev = 0;
    for (size_t i = plain ? len : 0; i < len;) {
        uint32_t c;
        size_t k = dec(w + i, len - i, &c);
        if (!k) {
            k = 1;
            c = 0xFFFD;
        }
        size_t next = i + k;
        uint32_t nc = 0;
        if (next < len && !dec(w + next, len - next, &nc))
            nc = 0;
        if (nb < MAX_WBREAKS) {
            if (c == 0xAD) {
                soft = true;
                if (i > 0 && next < len)
                    br[nb++] = (wbreak){i, k, LB_PK_HYPHEN};
            } else if (url && pass >= 2 && next < len &&
                       (c == '/' || c == '.' || c == '-' || c == '_' || c == '?' || c == '&' ||
                        c == '=' || c == '#') &&
                       nc != '/') {
                br[nb++] = (wbreak){next, 0, LB_PK_URL};
            } else if (!url && (c == '-' || c == 0x2010) && is_alnum_cp(prev) &&
                       is_alnum_cp(nc) &&
                       /* a date, a phone or part number ("2020-08-01",
                          "555-0134") is one token: split only in the
                          last pass, before a cut word */
                       (pass >= 3 || !(prev >= '0' && prev <= '9' && nc >= '0' && nc <= '9'))) {
                has_hyphen = true;
                br[nb++] = (wbreak){next, 0, LB_PK_EXPLICIT};
            } else if (!url && pass >= 3 && c == '/' && is_alnum_cp(prev) && is_alnum_cp(nc)) {
                /* "and/or", "Save/Load": in the last pass only, a break
                   after the slash (Chicago 6.106) rather than a cut word */
                br[nb++] = (wbreak){next, 0, LB_PK_URL};
            } else if (!url && (c == 0x2014 || c == 0x2013) && prev && nc && nc != 0x2014) {
                br[nb++] = (wbreak){next, 0, LB_PK_NORMAL};
            }
        }
        prev = c;
        i = next;
    }
    /* pattern hyphenation of each letter segment between explicit breaks:
       the parts of a compound too ("over-bureau-cratized"), each with the
       minimum fragments of a word counted from the explicit hyphen, as
       babel's compound handling and InDesign do; TeX leaves them whole,
       which leaves loose lines where a long compound meets the line end */
    if (pass >= 2 && p->hyph && !url && !soft && (!has_hyphen || compound_ok(w, len)) &&
        !nohyph && !(sp->flags & LB_SPAN_NOHYPH)) {
        size_t seg0 = 0, nexp = nb;
        for (size_t j = 0; j <= nexp; j++) {
            size_t seg1 = j < nexp ? br[j].at : len;
            size_t pts[32];
            size_t np = utf8_length(w + seg0, seg1 - seg0) < p->hyph_min_chars
                            ? 0
                            : lb_hyph_points(p->hyph, w + seg0, seg1 - seg0, pts, 32);
            for (size_t q = 0; q < np && nb < MAX_WBREAKS; q++)
                br[nb++] = (wbreak){seg0 + pts[q], 0, LB_PK_HYPHEN};
            seg0 = seg1;
        }
        qsort(br, nb, sizeof br[0], cmp_wbreak);
    }
    double hyw = 0;
    if (nb)
        hyw = mx->width(mx->ud, sp->face, sp->size, "-", 1);
    size_t start = 0;
    for (size_t j = 0; j < nb; j++) {
        if (br[j].at <= start || br[j].at >= len)
            continue;
        add_box(x, mx, sp, si, w + start, br[j].at - start);
        /* the kerning pair the split cuts through belongs to the word when
           it is not broken; when it is, the hyphen (or nothing) replaces it:
           TeX's discretionary arithmetic, so widths add up either way */
        double k = 0;
        size_t next = br[j].at + br[j].skip;
        if (mx->kern && next < len && x->n && x->v[x->n - 1].type == LB_BOX) {
            uint32_t a = last_cp(w + start, br[j].at - start), b;
            if (a && utf8_decode(w + next, len - next, &b)) {
                k = mx->kern(mx->ud, sp->face, sp->size, a, b);
                x->v[x->n - 1].width += k;
            }
        }
        switch (br[j].kind) {
        case LB_PK_HYPHEN:
            add_penalty(x, LB_PK_HYPHEN, hyphen_pen, true, hyw - k, sp, si);
            break;
        case LB_PK_EXPLICIT:
            add_penalty(x, LB_PK_EXPLICIT, ex_hyphen_pen, true, -k, sp, si);
            break;
        case LB_PK_URL:
            add_penalty(x, LB_PK_URL, p->url_penalty, false, -k, sp, si);
            break;
        default:
            add_penalty(x, LB_PK_NORMAL, p->ex_hyphen_penalty, false, -k, sp, si);
            break;
        }
        start = br[j].at + br[j].skip;
    }
    add_box(x, mx, sp, si, w + start, len - start);
}

/* The empty glue at a break between CJK characters a and b: as wide as
 * their kerning, so the unbroken pair keeps its spacing. */
static void
add_cjk_glue(vec *x, const pdf_metrics *mx, const lb_params *p, const lb_span *sp, int si,
             uint32_t a, uint32_t b)
{
    lb_item *it = push(x, LB_GLUE);
    it->cjk = true;
    it->width = mx->kern ? mx->kern(mx->ud, sp->face, sp->size, a, b) : 0;
    if (p->justify) {
        it->stretch = p->cjk_stretch * sp->size;
        it->shrink = p->cjk_shrink * sp->size;
    }
    it->face = sp->face;
    it->size = sp->size;
    it->link = sp->link;
    it->span = si;
}

/* Whether s[0..len) may hold a CJK character: all of them are U+2E80 or
 * above, three or four bytes with a lead byte of 0xE2 or more. */
static bool
maybe_cjk(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0xE2)
            return true;
    return false;
}

/* Break rules do not apply inside URLs and code that must not break. */
static bool
cjk_span(const lb_span *sp)
{
    return !(sp->flags & (LB_SPAN_URL | LB_SPAN_NOBREAK));
}

/* One word (no breaking spaces inside): cut at its CJK break opportunities,
 * each piece through add_piece, an empty glue between them. */
static void
add_word(vec *x, const pdf_metrics *mx, const lb_params *p, const lb_span *sp, int si,
         const char *w, size_t len, int pass)
{
    if (!cjk_span(sp) || !maybe_cjk(w, len)) {
        add_piece(x, mx, p, sp, si, w, len, pass, PIECE_PLAIN);
        return;
    }
    size_t start = 0;
    bool wide = false;   /* the piece so far holds a CJK character */
    uint32_t base = 0;   /* the last character that is not a combining mark */
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t k = dec(w + i, len - i, &c);
        if (!k) {
            k = 1;
            c = 0xFFFD;
        }
        if (base && i > start && lb_cjk_break(base, c)) {
            add_piece(x, mx, p, sp, si, w + start, i - start, pass,
                      wide ? PIECE_CJK : PIECE_BESIDE_CJK);
            add_cjk_glue(x, mx, p, sp, si, base, c);
            start = i;
            wide = false;
        }
        wide |= lb_cjk_wide(c);
        if (lb_cjk_class(c) != LB_CJK_CM || !base)
            base = c;
        i += k;
    }
    add_piece(x, mx, p, sp, si, w + start, len - start, pass,
              wide ? PIECE_CJK : start > 0 ? PIECE_BESIDE_CJK : PIECE_PLAIN);
}

/* Longest prefix of s[0..len) (whole code points, at least one) whose
 * width is at most `limit`: guessed from the average advance, then
 * corrected by measuring, so a 1 MB word costs O(len) work in all. */
static size_t
fit_prefix(const pdf_metrics *mx, const lb_item *b, const char *s, size_t len, double limit)
{
    double wall = mx->width(mx->ud, b->face, b->size, s, len < 4096 ? len : 4096);
    size_t sample = len < 4096 ? len : 4096;
    double per = sample ? wall / (double)sample : 1;
    size_t guess = per > 0 ? (size_t)(limit / per) : len;
    if (guess > len)
        guess = len;
    while (guess > 0 && guess < len && ((unsigned char)s[guess] & 0xC0) == 0x80)
        guess--;
    /* grow while it fits */
    while (guess < len) {
        size_t g2 = guess + 1;
        while (g2 < len && ((unsigned char)s[g2] & 0xC0) == 0x80)
            g2++;
        if (mx->width(mx->ud, b->face, b->size, s, g2) > limit)
            break;
        guess = g2;
    }
    /* shrink while it does not */
    while (guess > 0 && mx->width(mx->ud, b->face, b->size, s, guess) > limit) {
        guess--;
        while (guess > 0 && ((unsigned char)s[guess] & 0xC0) == 0x80)
            guess--;
    }
    if (guess == 0) { /* one glyph wider than the line: it goes alone */
        uint32_t c;
        guess = utf8_decode(s, len, &c);
        if (!guess)
            guess = 1;
    }
    return guess;
}

/* Is v[j] part of an unbreakable run: a box, a "never" penalty, or glue
 * right after such a penalty (a tie)? */
static bool
in_run(const lb_item *v, size_t j)
{
    if (v[j].type == LB_BOX)
        return true;
    if (v[j].type == LB_PENALTY)
        return v[j].penalty >= LB_INF_PENALTY &&
               v[j + 1].type == LB_GLUE && !v[j + 1].fil;
    return j > 0 && v[j - 1].type == LB_PENALTY && v[j - 1].penalty >= LB_INF_PENALTY && !v[j].fil;
}

/* Pass 3: cut every run of items with no break between them that is wider
 * than the measure. */
static void
cut_overlong(vec *x, const pdf_metrics *mx, const lb_params *p)
{
    double measure = p->width < p->width_first - p->indent ? p->width : p->width_first - p->indent;
    const char *mark = p->mark ? p->mark : "";
    size_t markl = strlen(mark);
    size_t n = x->n;
    bool need = false;
    for (size_t i = 0; i < n && !need;) {
        if (x->v[i].type != LB_BOX) {
            i++;
            continue;
        }
        double w = 0;
        size_t j = i;
        while (j < n && in_run(x->v, j))
            w += x->v[j++].width;
        if (w > measure)
            need = true;
        i = j;
    }
    if (!need)
        return;
    lb_item *old = x->v;
    vec out = {x->a, NULL, 0, 0, PDF_FACE_REGULAR, -1, 0};
    for (size_t i = 0; i < n;) {
        if (old[i].type != LB_BOX) {
            *push(&out, old[i].type) = old[i];
            i++;
            continue;
        }
        size_t j = i;
        double w = 0;
        while (j < n && in_run(old, j))
            w += old[j++].width;
        if (w <= measure) {
            for (; i < j; i++)
                *push(&out, old[i].type) = old[i];
            continue;
        }
        for (; i < j; i++) {
            const lb_item *b = &old[i];
            if (b->type == LB_PENALTY)
                continue; /* a tie (NBSP) inside a run too long: let it break */
            if (b->type != LB_BOX) {
                *push(&out, b->type) = *b;
                continue;
            }
            double mw = mx->width(mx->ud, b->face, b->size, mark, markl);
            double limit = measure - mw;
            if (limit < 1)
                limit = 1;
            const char *s = b->text;
            size_t len = b->len;
            if (len == 0) { /* the indent box */
                *push(&out, LB_BOX) = *b;
                continue;
            }
            /* a word that fits the measure, in a run cut at its ties, is
               set whole: only a cut needs room for the marker */
            bool alone = i + 1 >= j || old[i + 1].type != LB_BOX;
            double whole = alone ? measure : limit;
            while (len > 0) {
                size_t k = b->width <= whole && s == b->text ? len : fit_prefix(mx, b, s, len, limit);
                lb_item *nbx = push(&out, LB_BOX);
                *nbx = *b;
                nbx->text = s;
                nbx->len = k;
                nbx->width = k == b->len ? b->width : mx->width(mx->ud, b->face, b->size, s, k);
                s += k;
                len -= k;
                bool next_box = len > 0 || (i + 1 < j && old[i + 1].type == LB_BOX);
                if (next_box) {
                    lb_item *pe = push(&out, LB_PENALTY);
                    pe->pkind = LB_PK_EMERGENCY;
                    pe->penalty = 1000;
                    pe->width = mw;
                    pe->text = mark;
                    pe->len = markl;
                    pe->face = b->face;
                    pe->size = b->size;
                    pe->link = b->link;
                    pe->span = b->span;
                }
            }
        }
    }
    *x = out;
}

/* A paragraph of CJK text should not end on a line of one character
 * (clreq's "orphan character"; closing punctuation does not count): its
 * last break, when that is a CJK break with fewer than two such
 * characters after it, becomes a penalty of p->cjk_last_penalty. */
/* A penalty put in before the glue at i, so the break there costs it
 * (a glue after a penalty is no breakpoint of its own). */
static void
penalty_before(vec *x, size_t i, double penalty)
{
    lb_item g = x->v[i];
    push(x, LB_PENALTY);
    memmove(&x->v[i + 1], &x->v[i], (x->n - 1 - i) * sizeof *x->v);
    lb_item *pe = &x->v[i];
    memset(pe, 0, sizeof *pe);
    pe->type = LB_PENALTY;
    pe->pkind = LB_PK_NORMAL;
    pe->penalty = penalty;
    pe->face = g.face;
    pe->size = g.size;
    pe->link = g.link;
    pe->span = g.span;
}

/* The break before a paragraph's last word, when that word is short
 * (five characters or fewer, its punctuation counted: "it.", "him.”"),
 * becomes a penalty of p->runt_penalty: a line of it alone is a runt. */
#define LB_RUNT_CHARS 5

static void
guard_runt(vec *x, const lb_params *p)
{
    if (p->runt_penalty <= 0)
        return;
    size_t chars = 0;
    for (size_t i = x->n; i-- > 0;) {
        const lb_item *it = &x->v[i];
        if (it->type == LB_BOX) {
            for (size_t k = 0; k < it->len; k++)
                chars += ((unsigned char)it->text[k] & 0xC0) != 0x80;
            if (chars > LB_RUNT_CHARS)
                return;
            continue;
        }
        if (it->type == LB_PENALTY && it->penalty >= LB_INF_PENALTY)
            continue; /* the paragraph's end */
        if (it->type == LB_GLUE && it->fil)
            continue;
        if (it->type != LB_GLUE || it->cjk || chars == 0 || i == 0 || x->v[i - 1].type != LB_BOX)
            return; /* a hyphen, a URL's break, CJK text: not a word after a space */
        penalty_before(x, i, p->runt_penalty);
        return;
    }
}

static void
guard_last_line(vec *x, const lb_params *p)
{
    if (p->cjk_last_penalty <= 0)
        return;
    size_t chars = 0;
    for (size_t i = x->n; i-- > 0;) {
        const lb_item *it = &x->v[i];
        if (it->type == LB_BOX) {
            for (size_t k = 0; k < it->len && chars < 2;) {
                uint32_t c;
                size_t n = dec(it->text + k, it->len - k, &c);
                if (!n)
                    return;
                lb_cjk_cls cl = lb_cjk_class(c);
                chars += cl != LB_CJK_CL && cl != LB_CJK_NS && cl != LB_CJK_CM;
                k += n;
            }
            if (chars >= 2)
                return;
            continue;
        }
        if (it->type == LB_GLUE && it->cjk && i > 0 && x->v[i - 1].type == LB_BOX)
            penalty_before(x, i, p->cjk_last_penalty);
        return; /* a space or any other break: not a CJK ending */
    }
}

void
lb_items_build(arena *scratch, const pdf_metrics *mx, const lb_params *p, const lb_span *spans,
               size_t n, int pass, lb_item **items, size_t *n_items)
{
    vec x = {scratch, NULL, 0, 0, PDF_FACE_REGULAR, -1, 0};
    /* room for about a box and a glue per word up front: growing by
       doubling copied the list several times in every paragraph */
    size_t bytes = 0;
    for (size_t si = 0; si < n; si++)
        bytes += spans[si].len;
    if (bytes < (size_t)1 << 20) {
        x.cap = bytes / 2 + 16;
        x.v = arena_alloc(scratch, x.cap * sizeof *x.v);
    }
    if (p->indent > 0) {
        lb_item *it = push(&x, LB_BOX);
        it->width = p->indent;
        it->face = n ? spans[0].face : PDF_FACE_REGULAR;
        it->size = n ? spans[0].size : 0;
    }
    for (size_t si = 0; si < n; si++) {
        const lb_span *sp = &spans[si];
        if (sp->flags & LB_SPAN_BREAK) {
            while (x.n && x.v[x.n - 1].type == LB_GLUE)
                x.n--;
            lb_item *g = push(&x, LB_GLUE);
            g->fil = true;
            add_penalty(&x, LB_PK_NORMAL, LB_EJECT_PENALTY, false, 0, sp, (int)si);
            continue;
        }
        if (sp->flags & LB_SPAN_OBJECT) {
            /* no text: the box is neither widened by font expansion nor
               letter-spaced, as its picture is not */
            lb_item *it = push(&x, LB_BOX);
            it->face = sp->face;
            it->size = sp->size;
            it->link = sp->link;
            it->span = (int)si;
            it->rise = sp->rise;
            it->width = sp->obj_w;
            continue;
        }
        const char *s = sp->text;
        size_t len = sp->len, i = 0;
        while (i < len) {
            uint32_t c;
            size_t k = dec(s + i, len - i, &c);
            if (!k) {
                k = 1;
                c = 0xFFFD;
            }
            if (is_break_space(c) || lb_is_tie_space(c)) {
                bool tie = lb_is_tie_space(c) || (sp->flags & LB_SPAN_NOBREAK);
                size_t j = i + k;
                double run = 1; /* spaces in the run */
                double ems = c == 0x2002 ? 0.5 : c == 0x2003 ? 1 : -1; /* en, em spaces */
                while (j < len) {
                    uint32_t c2;
                    size_t k2 = dec(s + j, len - j, &c2);
                    if (!k2 || !(is_break_space(c2) || lb_is_tie_space(c2)))
                        break;
                    if (lb_is_tie_space(c2))
                        tie = true;
                    ems = ems < 0 ? ems : c2 == 0x2002 ? ems + 0.5 : c2 == 0x2003 ? ems + 1 : -1;
                    j += k2;
                    run++;
                }
                /* no glue at the start of a paragraph or after a hard break */
                bool after_break = x.n == 0 || (x.n == 1 && p->indent > 0) ||
                                   (x.v[x.n - 1].type == LB_PENALTY &&
                                    x.v[x.n - 1].penalty <= LB_EJECT_PENALTY);
                if (ems > 0 && (x.n == 0 || (x.v[x.n - 1].type == LB_PENALTY &&
                                             x.v[x.n - 1].penalty <= LB_EJECT_PENALTY))) {
                    /* en and em spaces opening a line after a hard break,
                       or a paragraph with no indent of its own, set it in
                       (a poem's indented lines), as a browser shows them */
                    lb_item *it = push(&x, LB_BOX);
                    it->width = ems * sp->size;
                    it->face = sp->face;
                    it->size = sp->size;
                } else if (x.n && x.v[x.n - 1].type == LB_GLUE && !x.v[x.n - 1].fil) {
                    /* collapse with a space that ended the previous span */
                    if (tie && !(x.n >= 2 && x.v[x.n - 2].type == LB_PENALTY)) {
                        lb_item g = x.v[--x.n];
                        add_penalty(&x, LB_PK_NORMAL, LB_INF_PENALTY, false, 0, sp, (int)si);
                        *push(&x, LB_GLUE) = g;
                    }
                } else if (!after_break) {
                    if (tie)
                        add_penalty(&x, LB_PK_NORMAL, LB_INF_PENALTY, false, 0, sp, (int)si);
                    add_glue(&x, mx, p, sp, (int)si,
                             (sp->flags & LB_SPAN_KEEPSP) ? run : c == 0x202F ? 0.6 : 1.0);
                    if (c == 0x3000 && x.sp_width > 0) /* an ideographic space is an em */
                        scale_glue(&x.v[x.n - 1], sp->size / x.sp_width);
                }
                i = j;
                continue;
            }
            size_t j = i;
            while (j < len) {
                uint32_t c2;
                size_t k2 = dec(s + j, len - j, &c2);
                if (!k2) {
                    j++;
                    continue;
                }
                if (is_break_space(c2) || lb_is_tie_space(c2))
                    break;
                j += k2;
            }
            /* a span that goes on where the last one stopped, with no
               space: the pair across the seam may be a CJK break */
            const lb_item *pb = x.n ? &x.v[x.n - 1] : NULL;
            if (i == 0 && pb && pb->type == LB_BOX && (sp->flags & LB_SPAN_BREAKBEFORE)) {
                add_penalty(&x, LB_PK_NORMAL, p->ex_hyphen_penalty, false, 0, sp, (int)si);
                pb = &x.v[x.n - 1];
            }
            if (i == 0 && pb && pb->type == LB_BOX && pb->len > 0 && pb->span >= 0 &&
                cjk_span(sp) && cjk_span(&spans[pb->span]) &&
                (maybe_cjk(s, j) || maybe_cjk(pb->text, pb->len))) {
                uint32_t a = last_cp(pb->text, pb->len), b;
                if (a && dec(s, j, &b) && lb_cjk_break(a, b))
                    add_cjk_glue(&x, mx, p, sp, (int)si, a, b);
            }
            add_word(&x, mx, p, sp, (int)si, s + i, j - i, pass);
            i = j;
        }
    }
    while (x.n && x.v[x.n - 1].type == LB_GLUE)
        x.n--;
    guard_last_line(&x, p);
    guard_runt(&x, p);
    add_penalty(&x, LB_PK_NORMAL, LB_INF_PENALTY, false, 0, NULL, -1);
    lb_item *fill = push(&x, LB_GLUE);
    fill->fil = true;
    add_penalty(&x, LB_PK_NORMAL, LB_EJECT_PENALTY, false, 0, NULL, -1);
    if (pass >= 3)
        cut_overlong(&x, mx, p);
    *items = x.v;
    *n_items = x.n;
}
