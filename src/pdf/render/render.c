/*
 * render.c - lay_doc -> PDF bytes through libharu.
 *
 * Three passes over the pages. The first splits every text item into font
 * pieces (pdf_fonts_run, the code behind width()) and records which
 * characters each font file draws; it also collects named destinations.
 * Then each font file that draws anything is cut down with hb-subset to
 * exactly those characters and handed to libharu from memory (libharu 2.3.0
 * has no public LoadTTFontFromMemory, so this uses its fontdef API), and
 * the ToUnicode CMap libharu wrote (an invalid `begincidrange` one) is
 * rewritten with bfrange entries for the characters used. The last pass
 * draws: each piece is a Td to its exact position and a Tj, so kerning is
 * positioning; rules are filled rectangles; links are annotations without
 * borders. Text and rule operators are written by us into the page's
 * content stream (libharu's per-operator overhead dominated the render
 * time); libharu keeps the resources.
 *
 * A book is drawn while it is laid out (pdf_render_page, the layout's page
 * sink): the drawing pass needs no font file, only each font's name on the
 * page, and libharu names a page's fonts F1, F2, ... in the order they are
 * first asked for. So each finished page's text and rules are written and
 * deflated at once, with the characters marked and the fonts recorded in
 * first-use order; layout then drops the page's items. pdf_render_end runs
 * the passes above over what is left (links, destinations, and pages with
 * images, which libharu must draw into), and hands each drawn page to
 * libharu in book order, asking for its fonts in the recorded order: the
 * bytes are those of drawing the whole layout at the end (pdf_render).
 * Each distinct word's pieces are found once and replayed from a memo.
 *
 * Images (collected in pass 1) are decoded by pdf/image, once per file, at
 * the largest size they are printed, and embedded as 8-bit grey or RGB
 * samples compressed here with PNG predictors (/Predictor 15), with an
 * alpha channel as a grey soft mask (PDF 1.4); a JPEG that needs no change
 * is embedded as it is. An image that cannot be used is drawn as a thin
 * frame with its alt text, whose characters pass 1 adds to the subsets.
 *
 * With libharu's UTF-8 encoding a font is Type0/Identity-H and each
 * character is coded as its UTF-16 value, which is also its CID; the
 * ToUnicode map is therefore the identity on the characters drawn, but
 * for the Arabic presentation forms layout draws (layout/bidi.c): those
 * map back to their letters, so text copied or extracted from the PDF is
 * ordinary Arabic (but for the lam-alef ligatures, see unshape_fill).
 *
 * libharu errors go through an error handler that records a diagnostic (no
 * longjmp); the sticky error is checked after each page and at the end.
 * Nothing time- or address-dependent reaches the file: dates come from
 * info->date, font subset tags from a hash of the font and its characters.
 *
 * Fonts are embedded by embed_fonts.c, page streams deflated by
 * deflate.c, images and their stand-ins drawn by draw_images.c.
 */
#include "render_int.h"

static void
on_hpdf_error(HPDF_STATUS error, HPDF_STATUS detail, void *ud)
{
    render_ctx *c = ud;
    /* Errors are sticky in libharu: report the first, the rest follow from it. */
    if (!c->quiet && !c->failed++)
        diag_error(c->diags, NULL, 0, 0, "PDF library error 0x%04X (detail %u)", (unsigned)error,
                   (unsigned)detail);
}

/* ---- pass 1: characters used per font ------------------------------------ */

static void
grow_files(render_ctx *c)
{
    size_t n = pdf_fonts_file_count(c->fonts);
    if (n <= c->n_files)
        return;
    c->used = arena_realloc(c->arena, c->used, c->n_files * sizeof *c->used, n * sizeof *c->used);
    c->hfont =
        arena_realloc(c->arena, c->hfont, c->n_files * sizeof *c->hfont, n * sizeof *c->hfont);
    for (size_t i = c->n_files; i < n; i++) {
        c->used[i] = NULL;
        c->hfont[i] = NULL;
    }
    c->n_files = n;
}

void
pdf_render_mark_piece(void *ud, size_t file, const char *text, size_t len, double x, double w)
{
    render_ctx *c = ud;
    (void)x, (void)w;
    grow_files(c);
    if (!c->used[file])
        c->used[file] = arena_alloc(c->arena, BMP_BYTES);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = (unsigned char)text[i] < 0x80 ? (cp = (unsigned char)text[i], 1)
                                                  : utf8_decode(text + i, len - i, &cp);
        if (n == 0)
            break; /* pieces are produced valid; cannot happen */
        i += n;
        if (cp < 0x10000)
            c->used[file][cp >> 3] |= (uint8_t)(1u << (cp & 7));
    }
}

bool
pdf_render_item_ok(const lay_item *it)
{
    return isfinite(it->x) && isfinite(it->y) && isfinite(it->w) && isfinite(it->h) &&
           isfinite(it->size) && fabs(it->x) < 1e5 && fabs(it->y) < 1e5 && fabs(it->w) < 1e5 &&
           fabs(it->h) < 1e5;
}

static bool
text_ok(const lay_item *it)
{
    return pdf_render_item_ok(it) && it->size > 0.5 && it->size < 300 && (it->text || !it->len);
}

static int
dest_cmp(const void *a, const void *b)
{
    const dest_entry *x = a, *y = b;
    return strcmp(x->name, y->name);
}

/* Pass 1 needs each distinct (face, text) once: a book repeats the same
 * few thousand words, so a set of those already marked saves re-running
 * the font lookup over every word of the book. Keys point into the
 * lay_doc, which outlives the render. */
typedef struct seen_text {
    const char *text;
    size_t len;
    uint64_t hash; /* 0 = empty slot */
    int face;
} seen_text;

#define SEEN_MAX_LEN 64 /* longer texts seldom repeat */

static uint64_t
text_hash(int face, const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull ^ (uint64_t)(unsigned)face;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h ? h : 1;
}

/* true if (face, s) was marked before; else records it (when there is
 * room) and returns false. */
static bool
seen_before(render_ctx *c, int face, const char *s, size_t len)
{
    if (len > SEEN_MAX_LEN)
        return false;
    if (c->n_seen * 2 >= c->seen_cap) {
        size_t ncap = c->seen_cap ? c->seen_cap * 2 : 4096;
        seen_text *nt = calloc(ncap, sizeof *nt);
        if (!nt)
            return false;
        for (size_t i = 0; i < c->seen_cap; i++)
            if (c->seen[i].hash) {
                size_t j = c->seen[i].hash & (ncap - 1);
                while (nt[j].hash)
                    j = (j + 1) & (ncap - 1);
                nt[j] = c->seen[i];
            }
        free(c->seen);
        c->seen = nt;
        c->seen_cap = ncap;
    }
    uint64_t h = text_hash(face, s, len);
    size_t j = h & (c->seen_cap - 1);
    for (; c->seen[j].hash; j = (j + 1) & (c->seen_cap - 1))
        if (c->seen[j].hash == h && c->seen[j].face == face && c->seen[j].len == len &&
            memcmp(c->seen[j].text, s, len) == 0)
            return true;
    c->seen[j] = (seen_text){s, len, h, face};
    c->n_seen++;
    return false;
}

static void
collect(render_ctx *c, const lay_doc *doc)
{
    size_t n_dest = 0;
    for (size_t p = 0; p < doc->n_pages; p++)
        for (size_t i = 0; i < doc->pages[p].n_items; i++) {
            const lay_item *it = &doc->pages[p].items[i];
            if (it->kind == LAY_TEXT && text_ok(it) && !seen_before(c, (int)it->face, it->text, it->len))
                pdf_fonts_run(c->fonts, it->face, it->size, it->text, it->len,
                              pdf_render_mark_piece, c);
            else if (it->kind == LAY_DEST && it->dest)
                n_dest++;
            else if (it->kind == LAY_IMAGE && it->href && pdf_render_item_ok(it) && it->w > 0 &&
                     it->h > 0 && !pdf_render_get_image(c, doc, it)->image)
                pdf_render_placeholder_lines(c, it, pdf_render_mark_placeholder_line);
        }
    c->dests = arena_alloc(c->arena, (n_dest ? n_dest : 1) * sizeof *c->dests);
    for (size_t p = 0; p < doc->n_pages; p++)
        for (size_t i = 0; i < doc->pages[p].n_items; i++) {
            const lay_item *it = &doc->pages[p].items[i];
            if (it->kind == LAY_DEST && it->dest)
                c->dests[c->n_dests++] = (dest_entry){it->dest, p, it->y};
        }
    /* A stable order: the first definition of a duplicated name wins. */
    qsort(c->dests, c->n_dests, sizeof *c->dests, dest_cmp);
}

static const dest_entry *
find_dest(render_ctx *c, const char *name)
{
    size_t lo = 0, hi = c->n_dests;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = strcmp(c->dests[mid].name, name);
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->n_dests && strcmp(c->dests[lo].name, name) == 0 ? &c->dests[lo] : NULL;
}

/* ---- text strings for info and outlines ----------------------------------- */

/* Longest info or outline string kept, in characters: libharu refuses a
 * string over 64 KB (and then the whole document: a 100 KB article title
 * failed the build with "PDF library error 0x1025"), and no viewer shows
 * a bookmark that long. Longer ones end in an ellipsis. */
#define RENDER_MAX_TEXT 1000

/* ASCII as a literal string, anything else as UTF-16BE with a BOM. */
static void
set_text(render_ctx *c, HPDF_Dict dict, const char *key, const char *s)
{
    if (!s)
        return;
    size_t len = strlen(s);
    bool cut = false;
    for (size_t i = 0, n = 0; i < len; n++) {
        if (n == RENDER_MAX_TEXT) {
            len = i;
            cut = true;
            break;
        }
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    bool ascii = !cut;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80 || (unsigned char)s[i] < 0x20)
            ascii = false;
    HPDF_MMgr mm = c->pdf->mmgr;
    if (ascii) {
        HPDF_Dict_Add(dict, key, HPDF_String_New(mm, s, NULL));
        return;
    }
    buf *b = &c->scratch;
    buf_clear(b);
    buf_add(b, "\xFE\xFF", 2);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            cp = 0xFFFD;
            n = 1;
        }
        i += n;
        if (cp < 0x20)
            cp = ' ';
        if (cp >= 0x10000) {
            cp -= 0x10000;
            uint32_t hi = 0xD800 + (cp >> 10), lo = 0xDC00 + (cp & 0x3FF);
            char u[4] = {(char)(hi >> 8), (char)hi, (char)(lo >> 8), (char)lo};
            buf_add(b, u, 4);
        } else {
            char u[2] = {(char)(cp >> 8), (char)cp};
            buf_add(b, u, 2);
        }
    }
    if (cut)
        buf_add(b, "\x20\x26", 2); /* U+2026 */
    HPDF_Dict_Add(dict, key, HPDF_Binary_New(mm, (HPDF_BYTE *)b->data, (HPDF_UINT)b->len));
}

static void
set_info(render_ctx *c, const pdf_render_info *info)
{
    HPDF_Dict d = c->pdf->info;
    const char *creator = "sheaf " SHEAF_VERSION;
    if (info) {
        set_text(c, d, "Title", info->title);
        set_text(c, d, "Author", info->author);
        set_text(c, d, "Subject", info->subject);
        set_text(c, d, "Keywords", info->keywords);
        if (info->creator)
            creator = info->creator;
    }
    set_text(c, d, "Creator", creator);
    if (info && info->date) {
        time_t t = info->date;
        struct tm tm;
        if (gmtime_r(&t, &tm)) {
            HPDF_Date dt = {tm.tm_year + 1900,
                            tm.tm_mon + 1,
                            tm.tm_mday,
                            tm.tm_hour,
                            tm.tm_min,
                            tm.tm_sec > 59 ? 59 : tm.tm_sec,
                            'Z',
                            0,
                            0};
            HPDF_SetInfoDateAttr(c->pdf, HPDF_INFO_CREATION_DATE, dt);
            HPDF_SetInfoDateAttr(c->pdf, HPDF_INFO_MOD_DATE, dt);
        }
    }
}

/* ---- drawing ---------------------------------------------------------------- */

/* [page /XYZ 0 y null]: scroll to y and keep the reader's zoom, which
 * HPDF_Destination_SetXYZ refuses (it wants a zoom factor). */
static HPDF_Destination
make_dest(render_ctx *c, HPDF_Page page, double y)
{
    HPDF_Destination dst = HPDF_Page_CreateDestination(page);
    if (!dst)
        return NULL;
    HPDF_Array_Clear(dst);
    HPDF_Array_Add(dst, page);
    HPDF_Array_AddName(dst, "XYZ");
    HPDF_Array_AddReal(dst, 0);
    HPDF_Array_AddReal(dst, (HPDF_REAL)y);
    HPDF_Array_Add(dst, HPDF_Null_New(c->pdf->mmgr));
    return dst;
}

/* Content operators are written here, into c->content, rather than through
 * HPDF_Page_TextOut: libharu formats each operator through a zeroed 512-byte
 * buffer and re-measures the text, which made it most of the render time.
 * libharu still owns the page's resources (fonts) and the stream. */

/* A PDF number with at most three decimals and no trailing zeros, written
 * at out (at most 24 bytes); returns its length. Digits are formed by
 * hand: snprintf was most of the cost of every Td and TJ gap. */
static size_t
fmt_num(char *out, double v)
{
    char t[32];
    double r = round(v * 1000);
    if (!(fabs(r) < 1e15)) /* NaN, inf, absurd: nothing the page can use */
        r = 0;
    long long m = (long long)r;
    if (m == 0) {
        out[0] = '0';
        return 1;
    }
    unsigned long long u = m < 0 ? (unsigned long long)(-m) : (unsigned long long)m;
    unsigned frac = (unsigned)(u % 1000);
    u /= 1000;
    char *e = t + sizeof t, *p = e;
    if (frac) {
        int digits = 3;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        for (int k = 0; k < digits; k++) {
            *--p = (char)('0' + frac % 10);
            frac /= 10;
        }
        *--p = '.';
    }
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (m < 0)
        *--p = '-';
    memcpy(out, p, (size_t)(e - p));
    return (size_t)(e - p);
}

void
pdf_render_put_num(buf *b, double v)
{
    char t[32];
    buf_add(b, t, fmt_num(t, v));
}

static void
put_gray(render_ctx *c, double gray)
{
    gray = gray < 0 ? 0 : gray > 1 ? 1 : gray;
    if (gray == c->fill_gray)
        return;
    pdf_render_put_num(&c->content, gray);
    buf_adds(&c->content, c->set_bold ? " g " : " g\n");
    if (c->set_bold) { /* emboldened text is stroked in its own colour */
        pdf_render_put_num(&c->content, gray);
        buf_adds(&c->content, " G\n");
    }
    c->fill_gray = gray;
}

static void end_array(render_ctx *c);

/* Text that is there for copy and search only is set in render mode 3. */
static void
put_hidden(render_ctx *c, bool hidden)
{
    if (hidden == c->set_hidden)
        return;
    end_array(c); /* no operators inside an array */
    buf_adds(&c->content, hidden ? "3 Tr\n" : "0 Tr\n");
    c->set_hidden = hidden;
    c->set_bold = false;
}

/* Bold text a font of regular weight sets (a script the bold face lacks,
 * set by a fallback that has no bold; a family without a bold) is filled
 * and stroked, a thirtieth of its size wide, as browsers embolden a face
 * they lack: a heading in Chinese or Thai stays a heading. */
#define FAKE_BOLD_STROKE (1.0 / 30)

static void
put_bold(render_ctx *c, bool bold, double size)
{
    if (c->set_hidden || (bold == c->set_bold && (!bold || size == c->bold_size)))
        return;
    end_array(c);
    if (bold) {
        if (!c->set_bold)
            buf_adds(&c->content, "2 Tr ");
        pdf_render_put_num(&c->content, round(size * FAKE_BOLD_STROKE * 1000) / 1000);
        buf_adds(&c->content, " w ");
        pdf_render_put_num(&c->content, c->fill_gray);
        buf_adds(&c->content, " G\n");
    } else {
        buf_adds(&c->content, "0 Tr\n");
    }
    c->set_bold = bold;
    c->bold_size = size;
}

/* Close the open TJ array, if any. */
static void
end_array(render_ctx *c)
{
    if (c->in_array) {
        buf_adds(&c->content, "] TJ\n");
        c->in_array = false;
    }
}

void
pdf_render_end_text(render_ctx *c)
{
    end_array(c);
    if (c->in_text) {
        buf_adds(&c->content, "ET\n");
        c->in_text = false;
    }
}

/* Hand what was written so far to the page's content stream (before
 * libharu writes an operator of its own, such as an image's Do). */
static void
flush_content(render_ctx *c)
{
    HPDF_PageAttr attr = (HPDF_PageAttr)c->page->attr;
    if (c->content.len &&
        HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)c->content.data,
                          (HPDF_UINT)c->content.len) != HPDF_OK &&
        !c->failed++)
        diag_error(c->diags, NULL, 0, 0, "PDF page content could not be written");
    c->page_flushed = true; /* libharu may write into the stream next */
    buf_clear(&c->content);
}

static void
finish_page(render_ctx *c)
{
    if (c->page_flushed || c->content.len == 0) {
        flush_content(c);
        return;
    }
    size_t zlen = pdf_render_deflate_content(c);
    if (!zlen) {
        flush_content(c); /* libharu compresses it instead */
        return;
    }
    HPDF_PageAttr attr = (HPDF_PageAttr)c->page->attr;
    if (HPDF_Stream_Write(attr->stream, c->zbuf, (HPDF_UINT)zlen) != HPDF_OK) {
        if (!c->failed++)
            diag_error(c->diags, NULL, 0, 0, "PDF page content could not be written");
    }
    attr->contents->filter = HPDF_STREAM_FILTER_NONE;
    attr->contents->write_fn = pdf_render_write_flate_filter;
    buf_clear(&c->content);
}

/* The page's name for font `file`. A page drawn early cannot ask libharu
 * (the fonts are not loaded yet): libharu names a page's fonts F1, F2, ...
 * in the order they are first asked for, so that order is recorded and
 * replayed when the page is handed to libharu (write_drawn). */
static const char *
font_name(render_ctx *c, size_t file)
{
    if (!c->deferred)
        return HPDF_Page_GetLocalFontName(c->page, c->hfont[file]);
    size_t k = 0;
    while (k < c->n_page_files && c->page_files[k] != file)
        k++;
    if (k == c->n_page_files) {
        if (k == c->cap_page_files) {
            c->cap_page_files = c->cap_page_files ? c->cap_page_files * 2 : 8;
            c->page_files = xrealloc(c->page_files, c->cap_page_files * sizeof *c->page_files);
        }
        c->page_files[c->n_page_files++] = file;
    }
    snprintf(c->font_name, sizeof c->font_name, "F%zu", k + 1);
    return c->font_name;
}

/*
 * Pieces on one baseline in one font and size share a TJ array: the gap
 * from where the viewer's pen stands (the previous piece's start plus its
 * /W advance) to where the next piece belongs becomes a TJ number, so a
 * justified line is one operator. Anything else starts a new array at an
 * exact Td. The pen is tracked as the viewer computes it, so the rounding
 * of TJ numbers to 0.001 em/1000 never accumulates.
 */
static void
draw_piece(void *ud, size_t file, const char *text, size_t len, double x, double w)
{
    render_ctx *c = ud;
    if (c->deferred) {
        /* the page is drawn before the fonts are cut: mark what it uses */
        if (!c->skip_mark)
            pdf_render_mark_piece(c, file, text, len, x, w);
    } else if (file >= c->n_files || !c->hfont[file]) {
        return; /* cannot happen: pass 1 saw the same pieces */
    }
    buf *b = &c->content;
    /* Operators and text are formed in a local array and added at once
     * (a call per operand was a tenth of the drawing). Pieces are at most
     * PIECE_MAX bytes of UTF-8, so with the operators before them (under
     * 128 bytes) and 2 code bytes, each maybe escaped, per input byte they
     * fit; a longer one is written in chunks. */
    char out[2048 + 128];
    size_t o = 0;
    /* a piece's offset and advance scale with its glyphs (Tz), and so do
       TJ numbers; Td moves are in unscaled text space */
    double hs = c->cur_hscale, tr = c->cur_track;
    size_t glyphs = tr > 0 ? utf8_length(text, len) : 0;
    double px = c->item_x + x * hs + tr * (double)c->glyphs_before, py = c->item_y,
           size = c->cur_size;
    c->glyphs_before += glyphs;
    double gap = px - c->pen_x;
    bool fake = (c->cur_face == PDF_FACE_BOLD || c->cur_face == PDF_FACE_BOLD_ITALIC) &&
                !c->set_hidden && pdf_fonts_light(c->fonts, file);
    put_bold(c, fake, size);
    bool join = c->in_array && file == c->cur_file && size == c->set_size &&
                hs == c->set_hscale && tr == c->set_track && py == c->pen_y && gap > -size &&
                gap < 20 * size;
    if (join) {
        /* tenths of a thousandth of an em: 0.001 pt at 10 pt */
        double n = round(-gap * 1000 / (size * hs) * 10) / 10;
        if (n != 0) {
            out[o++] = ' ';
            o += fmt_num(out + o, n);
            out[o++] = ' ';
        }
        c->pen_x -= n * size * hs / 1000;
    } else {
        end_array(c);
        if (hs != c->set_hscale) {
            pdf_render_put_num(b, round(hs * 100 * 1000) / 1000);
            buf_adds(b, " Tz\n");
            c->set_hscale = hs;
        }
        if (tr != c->set_track) {
            /* Tc is scaled by Tz like the glyphs */
            pdf_render_put_num(b, round(tr / hs * 10000) / 10000);
            buf_adds(b, " Tc\n");
            c->set_track = tr;
        }
        if (file != c->cur_file || size != c->set_size) {
            const char *name = font_name(c, file);
            size_t nl = name ? strlen(name) : 0;
            if (!name || nl > 64)
                return;
            out[o++] = '/';
            memcpy(out + o, name, nl);
            o += nl;
            out[o++] = ' ';
            o += fmt_num(out + o, size);
            memcpy(out + o, " Tf\n", 4);
            o += 4;
            c->cur_file = file;
            c->set_size = size;
        }
        /* Td moves relative to the last line start: track the rounded
         * values written so positions never drift. */
        double dx = round((px - c->line_x) * 1000) / 1000;
        double dy = round((py - c->line_y) * 1000) / 1000;
        o += fmt_num(out + o, dx);
        out[o++] = ' ';
        o += fmt_num(out + o, dy);
        memcpy(out + o, " Td [", 5);
        o += 5;
        c->line_x += dx;
        c->line_y += dy;
        c->pen_x = c->line_x;
        c->pen_y = py;
        c->in_array = true;
    }
    /* Identity-H with libharu's UTF-8 encoding: each code is the UTF-16
     * value, written as two raw bytes in a literal string (half the size of
     * hex); only \\, the parentheses and CR (which readers would turn into
     * LF) need escapes. */
    out[o++] = '(';
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        unsigned char c0 = (unsigned char)text[i];
        size_t n;
        if (c0 < 0x80) {
            cp = c0;
            n = 1;
        } else {
            n = utf8_decode(text + i, len - i, &cp);
            if (n == 0 || cp > 0xFFFF) {
                cp = 0xFFFD;
                n = n ? n : 1;
            }
        }
        i += n;
        if (o > sizeof out - 8) {
            buf_add(b, out, o);
            o = 0;
        }
        unsigned char two[2] = {(unsigned char)(cp >> 8), (unsigned char)cp};
        for (int k = 0; k < 2; k++) {
            unsigned char ch = two[k];
            if (ch == '(' || ch == ')' || ch == '\\') {
                out[o++] = '\\';
                out[o++] = (char)ch;
            } else if (ch == '\r') {
                out[o++] = '\\';
                out[o++] = 'r';
            } else {
                out[o++] = (char)ch;
            }
        }
    }
    out[o++] = ')';
    buf_add(b, out, o);
    c->pen_x += w * hs + tr * (double)glyphs;
}

/* pdf_fonts_run's callback while a memo entry is being filled. */
static void
record_piece(void *ud, size_t file, const char *text, size_t len, double x, double w)
{
    render_ctx *c = ud;
    if (c->mp_n == c->mp_cap) {
        c->mp_cap = c->mp_cap ? c->mp_cap * 2 : 4096;
        c->mp = xrealloc(c->mp, c->mp_cap * sizeof *c->mp);
    }
    c->mp[c->mp_n++] = (memo_piece){file, arena_strndup(c->memo_text, text, len), len, x, w};
    c->recording->n++;
    draw_piece(ud, file, text, len, x, w);
}

/* The memo slot of (face, size, text): its entry, or an empty slot to
 * fill, or NULL when the text is long or the memo is full. */
static run_memo *
memo_slot(render_ctx *c, int face, double size, const char *s, size_t len, uint64_t *hash)
{
    if (len > MEMO_MAX_KEY)
        return NULL;
    if (c->memo_n * 2 >= c->memo_cap) {
        if (c->memo_cap >= MEMO_MAX_CAP)
            return NULL;
        size_t nc = c->memo_cap ? c->memo_cap * 2 : 4096;
        run_memo *t = xcalloc(nc, sizeof *t);
        for (size_t i = 0; i < c->memo_cap; i++)
            if (c->memo[i].key) {
                size_t j = c->memo[i].h & (nc - 1);
                while (t[j].key)
                    j = (j + 1) & (nc - 1);
                t[j] = c->memo[i];
            }
        free(c->memo);
        c->memo = t;
        c->memo_cap = nc;
        if (!c->memo_text)
            c->memo_text = arena_new();
    }
    uint64_t sz;
    memcpy(&sz, &size, sizeof sz);
    uint64_t h = text_hash(face, s, len) ^ (sz * 0x9E3779B97F4A7C15ull);
    h = h ? h : 1;
    *hash = h;
    size_t mask = c->memo_cap - 1, j = h & mask;
    for (; c->memo[j].key; j = (j + 1) & mask)
        if (c->memo[j].h == h && c->memo[j].face == face && c->memo[j].len == len &&
            c->memo[j].size == size && memcmp(c->memo[j].key, s, len) == 0)
            return &c->memo[j];
    return &c->memo[j];
}

void
pdf_render_draw_text(render_ctx *c, const lay_item *it)
{
    if (!c->in_text) {
        buf_adds(&c->content, "BT\n");
        c->in_text = true;
        c->line_x = c->line_y = 0;
    }
    double gray = it->gray < 0 ? 0 : it->gray > 1 ? 1 : it->gray;
    if (gray != c->fill_gray)
        end_array(c); /* no operators inside an array */
    put_gray(c, gray);
    put_hidden(c, it->hidden);
    c->item_x = it->x;
    c->item_y = it->y;
    c->cur_size = it->size;
    c->cur_face = it->face;
    c->cur_hscale = it->hscale > 0 ? it->hscale : 1;
    c->cur_track = it->track > 0 ? it->track : 0;
    c->glyphs_before = 0;
    uint64_t h = 0;
    run_memo *m = memo_slot(c, (int)it->face, it->size, it->text, it->len, &h);
    if (m && m->key) {
        c->skip_mark = m->marked;
        for (size_t k = 0; k < m->n; k++) {
            const memo_piece *p = &c->mp[m->first + k];
            draw_piece(c, p->file, p->text, p->len, p->x, p->w);
        }
        c->skip_mark = false;
        m->marked = m->marked || c->deferred;
        return;
    }
    if (!m) {
        pdf_fonts_run(c->fonts, it->face, it->size, it->text, it->len, draw_piece, c);
        return;
    }
    *m = (run_memo){h, arena_strndup(c->memo_text, it->text, it->len), (uint32_t)it->len,
                    (int)it->face, it->size, c->mp_n, 0, c->deferred};
    c->memo_n++;
    c->recording = m;
    pdf_fonts_run(c->fonts, it->face, it->size, it->text, it->len, record_piece, c);
    c->recording = NULL;
}

static void
draw_item(render_ctx *c, const lay_doc *doc, const lay_item *it)
{
    switch (it->kind) {
    case LAY_TEXT:
        if (text_ok(it) && it->len)
            pdf_render_draw_text(c, it);
        break;
    case LAY_RULE:
        if (!pdf_render_item_ok(it) || it->w <= 0 || it->h <= 0)
            break;
        pdf_render_end_text(c);
        put_gray(c, it->gray);
        pdf_render_put_num(&c->content, it->x);
        buf_addc(&c->content, ' ');
        pdf_render_put_num(&c->content, it->y);
        buf_addc(&c->content, ' ');
        pdf_render_put_num(&c->content, it->w);
        buf_addc(&c->content, ' ');
        pdf_render_put_num(&c->content, it->h);
        buf_adds(&c->content, " re f\n");
        break;
    case LAY_LINK: {
        if (c->deferred || !pdf_render_item_ok(it) || it->w <= 0 || it->h <= 0)
            break; /* a page drawn early gets its annotations in write_drawn */
        HPDF_Rect r = {(HPDF_REAL)it->x, (HPDF_REAL)it->y, (HPDF_REAL)(it->x + it->w),
                       (HPDF_REAL)(it->y + it->h)};
        HPDF_Annotation an = NULL;
        if (it->href && *it->href) {
            an = HPDF_Page_CreateURILinkAnnot(c->page, r, it->href);
        } else if (it->dest) {
            const dest_entry *de = find_dest(c, it->dest);
            if (!de) {
                diag_warn(c->diags, NULL, 0, 0, "link to \"%s\" has no target in the PDF",
                          it->dest);
                break;
            }
            HPDF_Destination dst = make_dest(c, c->pages[de->page], de->y);
            if (dst)
                an = HPDF_Page_CreateLinkAnnot(c->page, r, dst);
        }
        if (an)
            HPDF_LinkAnnot_SetBorderStyle(an, 0, 0, 0);
        break;
    }
    case LAY_IMAGE: {
        if (!pdf_render_item_ok(it) || !it->href || it->w <= 0 || it->h <= 0)
            break;
        image_entry *e = pdf_render_get_image(c, doc, it);
        if (!e->image) {
            pdf_render_draw_placeholder(c, it);
        } else {
            pdf_render_end_text(c);
            flush_content(c);
            HPDF_Page_DrawImage(c->page, e->image, (HPDF_REAL)it->x, (HPDF_REAL)it->y,
                                (HPDF_REAL)it->w, (HPDF_REAL)it->h);
        }
        break;
    }
    case LAY_DEST: break;
    }
}

static void
add_outlines(render_ctx *c, const lay_doc *doc)
{
    enum { MAXLEVEL = 16 };
    HPDF_Outline parent[MAXLEVEL + 1] = {NULL};
    for (size_t i = 0; i < doc->n_outline; i++) {
        const lay_outline *o = &doc->outline[i];
        if (o->page >= doc->n_pages || !o->title)
            continue;
        int lv = o->level < 1 ? 1 : o->level > MAXLEVEL ? MAXLEVEL : o->level;
        /* A level deeper than its parent attaches to the nearest one above. */
        HPDF_Outline up = NULL;
        for (int k = lv - 1; k >= 1 && !up; k--)
            up = parent[k];
        HPDF_Outline ol = HPDF_CreateOutline(c->pdf, up, "", NULL);
        if (!ol)
            return;
        set_text(c, (HPDF_Dict)ol, "Title", o->title);
        HPDF_Destination dst = make_dest(c, c->pages[o->page], isfinite(o->y) ? o->y : doc->height);
        if (dst)
            HPDF_Outline_SetDestination(ol, dst);
        HPDF_Outline_SetOpened(ol, lv == 1 ? HPDF_TRUE : HPDF_FALSE);
        parent[lv] = ol;
        for (int k = lv + 1; k <= MAXLEVEL; k++)
            parent[k] = NULL;
    }
}

static void
add_page_labels(render_ctx *c, const lay_doc *doc)
{
    bool any = false;
    for (size_t p = 0; p < doc->n_pages; p++)
        if (doc->pages[p].folio > 0)
            any = true;
    if (!any)
        return;
    int expect = -1;
    bool prev_front = false;
    for (size_t p = 0; p < doc->n_pages; p++) {
        const lay_page *pg = &doc->pages[p];
        int folio = pg->folio > 0 ? pg->folio : expect;
        if (p == 0 || folio != expect || pg->front_matter != prev_front) {
            if (folio < 1)
                folio = 1;
            HPDF_AddPageLabel(c->pdf, (HPDF_UINT)p,
                              pg->front_matter ? HPDF_PAGE_NUM_STYLE_LOWER_ROMAN
                                               : HPDF_PAGE_NUM_STYLE_DECIMAL,
                              (HPDF_UINT)folio, NULL);
        }
        expect = folio + 1;
        prev_front = pg->front_matter;
    }
}

/* libharu's save stream, pointed at the output buffer. */
static HPDF_STATUS
save_write(HPDF_Stream stream, const HPDF_BYTE *ptr, HPDF_UINT siz)
{
    render_ctx *c = stream->attr;
    if (buf_add(c->out, ptr, siz) != 0) {
        if (!c->failed++)
            diag_error(c->diags, NULL, 0, 0, "PDF output is larger than the output limit");
        return HPDF_FILE_IO_ERROR;
    }
    return HPDF_OK;
}

/* HPDF_SaveToStream writes into the document's stream, a memory stream it
 * makes unless there is one: given a writer into `out`, the file is
 * written there at once instead of in a second whole copy read back from
 * libharu (a tenth of the peak memory of a long book). */
static int
save(render_ctx *c, buf *out)
{
    c->out = out;
    if (!c->pdf->stream) {
        c->pdf->stream = HPDF_CallbackWriter_New(c->pdf->mmgr, save_write, c);
        if (!c->pdf->stream)
            return -1;
    }
    if (HPDF_SaveToStream(c->pdf) != HPDF_OK)
        return -1;
    if (c->pdf->stream->type == HPDF_STREAM_CALLBACK)
        return 0;
    /* a libharu that made its own memory stream anyway: read it back */
    HPDF_ResetStream(c->pdf);
    for (;;) {
        HPDF_BYTE chunk[8192];
        HPDF_UINT32 n = sizeof chunk;
        HPDF_STATUS st = HPDF_ReadFromStream(c->pdf, chunk, &n);
        if (n && buf_add(out, chunk, n) != 0) {
            diag_error(c->diags, NULL, 0, 0, "PDF output is larger than the output limit");
            return -1;
        }
        if (st == HPDF_STREAM_EOF)
            break;
        if (st != HPDF_OK)
            return -1;
    }
    return 0;
}

pdf_renderer *
pdf_render_begin(arena *a, diag_list *d, pdf_fonts *fonts)
{
    pdf_renderer *r = arena_alloc(a, sizeof *r);
    render_ctx *c = &r->c;
    c->arena = a;
    c->diags = d;
    c->fonts = fonts;
    buf_init(&c->scratch, 0);
    buf_init(&c->content, 0);
    return r;
}

/* Start drawing a page into c->content: nothing is set yet. */
static void
page_state_reset(render_ctx *c)
{
    c->in_text = false;
    c->cur_file = SIZE_MAX;
    c->fill_gray = 0; /* a page starts black */
    c->set_hscale = 1; /* and at 100% horizontal scale */
    c->set_track = 0;
    c->set_hidden = false; /* painting its text */
    c->set_bold = false;
    c->page_flushed = false;
    c->in_array = false;
}

void *
pdf_render_page(void *renderer, const lay_page *page)
{
    render_ctx *c = &((pdf_renderer *)renderer)->c;
    /* An image is written by libharu into the stream, with resources of
     * its own: such a page waits for the end, whole. */
    for (size_t i = 0; i < page->n_items; i++)
        if (page->items[i].kind == LAY_IMAGE)
            return NULL;
    grow_files(c);
    c->deferred = true;
    c->n_page_files = 0;
    page_state_reset(c);
    for (size_t i = 0; i < page->n_items; i++)
        draw_item(c, NULL, &page->items[i]);
    pdf_render_end_text(c);
    c->deferred = false;
    drawn_page *dp = xcalloc(1, sizeof *dp);
    dp->next = c->drawn;
    c->drawn = dp;
    dp->n_files = c->n_page_files;
    dp->files = arena_alloc(c->arena, (dp->n_files ? dp->n_files : 1) * sizeof *dp->files);
    memcpy(dp->files, c->page_files, dp->n_files * sizeof *dp->files);
    /* from here the worker owns the content fields until pdf_render_zworker_finish */
    size_t len = c->content.len;
    char *data = xmalloc(len ? len : 1);
    if (len)
        memcpy(data, c->content.data, len);
    buf_clear(&c->content);
    zworker *w = len ? pdf_render_zworker_get(c) : NULL;
    if (w)
        pdf_render_zworker_push(w, dp, data, len);
    else
        pdf_render_store_content(dp, &c->zs, &c->zs_ready, &c->zbuf, &c->zcap, data, len);
    return dp;
}

/* A drawn page's content as libharu's stream of the page: read straight
 * from our bytes when the file is saved, and freed as soon as it has been
 * read, so the content is never held twice (once here, once in libharu's
 * memory streams) and shrinks while the file grows. */
static HPDF_STATUS
blob_read(HPDF_Stream s, HPDF_BYTE *ptr, HPDF_UINT *siz)
{
    drawn_page *dp = s->attr;
    if (!dp->bytes)
        return HPDF_SetError(s->error, HPDF_INVALID_OPERATION, 0);
    size_t left = dp->len - dp->pos;
    size_t n = *siz < left ? *siz : left;
    memcpy(ptr, dp->bytes + dp->pos, n);
    dp->pos += n;
    *siz = (HPDF_UINT)n;
    if (dp->pos < dp->len)
        return HPDF_OK;
    free(dp->bytes);
    dp->bytes = NULL;
    return HPDF_STREAM_EOF;
}

static HPDF_STATUS
blob_seek(HPDF_Stream s, HPDF_INT pos, HPDF_WhenceMode mode)
{
    drawn_page *dp = s->attr;
    if (mode != HPDF_SEEK_SET || pos < 0 || (size_t)pos > dp->len || !dp->bytes)
        return HPDF_SetError(s->error, HPDF_INVALID_OPERATION, 0);
    dp->pos = (size_t)pos;
    return HPDF_OK;
}

static HPDF_UINT32
blob_size(HPDF_Stream s)
{
    return (HPDF_UINT32)((drawn_page *)s->attr)->len;
}

/* Replace the page's (empty) content stream with one reading dp. */
static int
attach_blob(render_ctx *c, drawn_page *dp)
{
    HPDF_PageAttr attr = (HPDF_PageAttr)c->page->attr;
    HPDF_MMgr mmgr = c->pdf->mmgr;
    HPDF_Stream s = HPDF_GetMem(mmgr, sizeof *s);
    if (!s)
        return -1;
    memset(s, 0, sizeof *s);
    s->sig_bytes = HPDF_STREAM_SIG_BYTES;
    s->type = HPDF_STREAM_CALLBACK;
    s->mmgr = mmgr;
    s->error = mmgr->error;
    s->read_fn = blob_read;
    s->seek_fn = blob_seek;
    s->size_fn = blob_size;
    s->attr = dp;
    HPDF_Stream_Free(attr->contents->stream);
    attr->contents->stream = s;
    attr->stream = s;
    return 0;
}

/* Hand a page drawn early to libharu as finish_page would have: its fonts
 * named in the order it first used them, its content, then its link
 * annotations in item order. */
static int
write_drawn(render_ctx *c, const lay_page *page, drawn_page *dp)
{
    for (size_t k = 0; k < dp->n_files; k++) {
        size_t file = dp->files[k];
        char want[24];
        snprintf(want, sizeof want, "F%zu", k + 1);
        const char *name = file < c->n_files && c->hfont[file]
                               ? HPDF_Page_GetLocalFontName(c->page, c->hfont[file])
                               : NULL;
        if (!name || strcmp(name, want) != 0) {
            diag_error(c->diags, NULL, 0, 0, "PDF page fonts could not be named");
            return -1;
        }
    }
    HPDF_PageAttr attr = (HPDF_PageAttr)c->page->attr;
    if (dp->len && attach_blob(c, dp) != 0) {
        if (!c->failed++)
            diag_error(c->diags, NULL, 0, 0, "PDF page content could not be written");
        return -1;
    }
    if (dp->compressed) {
        attr->contents->filter = HPDF_STREAM_FILTER_NONE;
        attr->contents->write_fn = pdf_render_write_flate_filter;
    }
    for (size_t i = 0; i < page->n_items && !c->failed; i++)
        if (page->items[i].kind == LAY_LINK)
            draw_item(c, NULL, &page->items[i]);
    return 0;
}

int
pdf_render_end(pdf_renderer *r, const lay_doc *doc, const pdf_render_info *info, buf *out)
{
    render_ctx *c = &r->c;
    diag_list *d = c->diags;
    arena *a = c->arena;
    size_t errors_before = d->errors;
    int rc = -1;
    pdf_render_zworker_finish(c); /* every drawn page has its content */
    /* libharu's (and PDF 1.3's) page size limits: 3 to 14400 pt */
    if (!doc ||
        !(doc->width >= 3 && doc->width <= 14400 && doc->height >= 3 && doc->height <= 14400)) {
        diag_error(d, NULL, 0, 0, "PDF page size is out of range");
        goto cleanup;
    }
    c->pdf = HPDF_New(on_hpdf_error, c);
    if (!c->pdf) {
        diag_error(d, NULL, 0, 0, "the PDF library could not start");
        goto cleanup;
    }
    HPDF_SetCompressionMode(c->pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(c->pdf);

    collect(c, doc);
    grow_files(c);
    for (size_t f = 0; f < c->n_files; f++)
        if (c->used[f] && pdf_render_load_font(c, f) != 0)
            goto cleanup;

    c->pages = arena_alloc(a, (doc->n_pages ? doc->n_pages : 1) * sizeof *c->pages);
    for (size_t p = 0; p < doc->n_pages; p++) {
        c->pages[p] = HPDF_AddPage(c->pdf);
        if (!c->pages[p])
            goto cleanup;
        HPDF_Page_SetWidth(c->pages[p], (HPDF_REAL)doc->width);
        HPDF_Page_SetHeight(c->pages[p], (HPDF_REAL)doc->height);
    }
    for (size_t p = 0; p < doc->n_pages; p++) {
        c->page = c->pages[p];
        if (doc->pages[p].drawn) {
            if (write_drawn(c, &doc->pages[p], doc->pages[p].drawn) != 0)
                goto cleanup;
        } else {
            page_state_reset(c);
            for (size_t i = 0; i < doc->pages[p].n_items && !c->failed; i++)
                draw_item(c, doc, &doc->pages[p].items[i]);
            pdf_render_end_text(c);
            finish_page(c);
        }
        if (HPDF_GetError(c->pdf) != HPDF_OK)
            goto cleanup;
    }
    add_outlines(c, doc);
    add_page_labels(c, doc);
    set_info(c, info);
    if (HPDF_GetError(c->pdf) != HPDF_OK)
        goto cleanup;
    rc = save(c, out);
cleanup:
    if (rc != 0 && d->errors == errors_before)
        diag_error(d, NULL, 0, 0, "PDF could not be written");
    return rc;
}

void
pdf_render_free(pdf_renderer *r)
{
    if (!r)
        return;
    render_ctx *c = &r->c;
    pdf_render_zworker_finish(c);
    if (c->pdf)
        HPDF_Free(c->pdf);
    c->pdf = NULL;
    while (c->drawn) {
        drawn_page *next = c->drawn->next;
        free(c->drawn->bytes);
        free(c->drawn);
        c->drawn = next;
    }
    if (c->zs_ready)
        deflateEnd(&c->zs);
    c->zs_ready = false;
    buf_cleanup(&c->scratch);
    buf_cleanup(&c->content);
    free(c->zbuf);
    free(c->seen);
    free(c->page_files);
    free(c->memo);
    free(c->mp);
    arena_free(c->memo_text);
    c->memo = NULL;
    c->mp = NULL;
    c->memo_text = NULL;
    c->zbuf = NULL;
    c->seen = NULL;
    c->page_files = NULL;
}

int
pdf_render(arena *a, diag_list *d, const lay_doc *doc, pdf_fonts *fonts,
           const pdf_render_info *info, buf *out)
{
    pdf_renderer *r = pdf_render_begin(a, d, fonts);
    int rc = pdf_render_end(r, doc, info, out);
    pdf_render_free(r);
    return rc;
}
