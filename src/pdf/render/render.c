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
 * Images (collected in pass 1) are decoded by pdf/image, once per file, at
 * the largest size they are printed, and embedded as 8-bit grey or RGB
 * samples compressed here with PNG predictors (/Predictor 15), with an
 * alpha channel as a grey soft mask (PDF 1.4); a JPEG that needs no change
 * is embedded as it is. An image that cannot be used is drawn as a thin
 * frame with its alt text, whose characters pass 1 adds to the subsets.
 *
 * With libharu's UTF-8 encoding a font is Type0/Identity-H and each
 * character is coded as its UTF-16 value, which is also its CID; the
 * ToUnicode map is therefore the identity on the characters drawn.
 *
 * libharu errors go through an error handler that records a diagnostic (no
 * longjmp); the sticky error is checked after each page and at the end.
 * Nothing time- or address-dependent reaches the file: dates come from
 * info->date, font subset tags from a hash of the font and its characters.
 */
#include "pdf_render.h"

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "../../base/utf8.h"
#include "../image/pdf_image.h"

#define BMP_BYTES (0x10000 / 8)

typedef struct dest_entry {
    const char *name;
    size_t page;
    double y;
} dest_entry;

typedef struct image_entry {
    const char *path;
    HPDF_Image image; /* NULL: failed to load (already warned) */
} image_entry;

typedef struct render_ctx {
    arena *arena;
    diag_list *diags;
    pdf_fonts *fonts;
    HPDF_Doc pdf;
    bool quiet;      /* libharu errors expected (image loading) */
    unsigned failed; /* libharu errors seen outside quiet sections */
    /* per font file */
    size_t n_files;
    uint8_t **used; /* bitset of BMP code points drawn */
    HPDF_Font *hfont;
    /* drawing state */
    HPDF_Page page;
    HPDF_Page *pages;
    bool in_text;
    size_t cur_file;
    buf content;           /* operators not yet handed to the page stream */
    bool page_flushed;     /* part of this page already went to libharu */
    unsigned char *zbuf;   /* finish_page's compressed page, reused */
    size_t zcap;
    double fill_gray;      /* current fill colour in the content stream */
    double line_x, line_y; /* text line start inside BT, as written */
    bool in_array;         /* inside "[ ... ] TJ" */
    double pen_x, pen_y;   /* where the viewer's pen stands in the open array */
    double cur_size;       /* size of the item being drawn */
    double set_size;       /* size last set in the content stream */
    double cur_hscale;     /* horizontal scale of the item being drawn */
    double set_hscale;     /* scale last set (Tz / 100) */
    double cur_track;      /* letter-spacing of the item, pt (at its scale) */
    double set_track;      /* last set (Tc, in unscaled text space) */
    size_t glyphs_before;  /* glyphs of the item drawn so far */
    double item_x, item_y;
    dest_entry *dests;
    size_t n_dests;
    image_entry *images;
    size_t n_images, cap_images;
    buf scratch;
    struct seen_text *seen; /* collect's set of texts already marked */
    size_t seen_cap, n_seen;
} render_ctx;

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

static void
mark_piece(void *ud, size_t file, const char *text, size_t len, double x, double w)
{
    render_ctx *c = ud;
    (void)x, (void)w;
    grow_files(c);
    if (!c->used[file])
        c->used[file] = arena_alloc(c->arena, BMP_BYTES);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_decode(text + i, len - i, &cp);
        if (n == 0)
            break; /* pieces are produced valid; cannot happen */
        i += n;
        if (cp < 0x10000)
            c->used[file][cp >> 3] |= (uint8_t)(1u << (cp & 7));
    }
}

static bool
item_ok(const lay_item *it)
{
    return isfinite(it->x) && isfinite(it->y) && isfinite(it->w) && isfinite(it->h) &&
           isfinite(it->size) && fabs(it->x) < 1e5 && fabs(it->y) < 1e5 && fabs(it->w) < 1e5 &&
           fabs(it->h) < 1e5;
}

static bool
text_ok(const lay_item *it)
{
    return item_ok(it) && it->size > 0.5 && it->size < 300 && (it->text || !it->len);
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

typedef void (*placeholder_fn)(render_ctx *c, const char *s, size_t len, double x, double y,
                               double size);
static image_entry *get_image(render_ctx *c, const lay_doc *doc, const char *path);
static void placeholder_lines(render_ctx *c, const lay_item *it, placeholder_fn fn);
static void mark_placeholder_line(render_ctx *c, const char *s, size_t len, double x, double y,
                                  double size);

static void
collect(render_ctx *c, const lay_doc *doc)
{
    size_t n_dest = 0;
    for (size_t p = 0; p < doc->n_pages; p++)
        for (size_t i = 0; i < doc->pages[p].n_items; i++) {
            const lay_item *it = &doc->pages[p].items[i];
            if (it->kind == LAY_TEXT && text_ok(it) && !seen_before(c, (int)it->face, it->text, it->len))
                pdf_fonts_run(c->fonts, it->face, it->size, it->text, it->len, mark_piece, c);
            else if (it->kind == LAY_DEST && it->dest)
                n_dest++;
            else if (it->kind == LAY_IMAGE && it->href && item_ok(it) && it->w > 0 && it->h > 0 &&
                     !get_image(c, doc, it->href)->image)
                placeholder_lines(c, it, mark_placeholder_line);
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

/* ---- fonts ---------------------------------------------------------------- */

/* Replace libharu's ToUnicode CMap (begincidrange, which viewers reject)
 * with bfrange entries mapping each drawn code to itself. */
static int
write_tounicode(render_ctx *c, HPDF_Font font, const uint8_t *used)
{
    HPDF_Dict tu = HPDF_Dict_GetItem((HPDF_Dict)font, "ToUnicode", HPDF_OCLASS_DICT);
    if (tu && tu->stream) {
        HPDF_MemStream_FreeData(tu->stream);
    } else {
        /* A libharu that writes no ToUnicode at all: attach our own. */
        tu = HPDF_DictStream_New(c->pdf->mmgr, c->pdf->xref);
        if (!tu || HPDF_Dict_Add((HPDF_Dict)font, "ToUnicode", tu) != HPDF_OK)
            return -1;
        tu->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    }
    HPDF_Dict_RemoveElement(tu, "Type");
    HPDF_Dict_RemoveElement(tu, "CMapName");
    HPDF_Dict_RemoveElement(tu, "CIDSystemInfo");
    HPDF_Dict_RemoveElement(tu, "WMode");

    /* Ranges of consecutive codes, split where the high byte changes. */
    buf *b = &c->scratch;
    buf_clear(b);
    buf_adds(b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    uint32_t ranges[100][2];
    size_t nr = 0;
    for (uint32_t cp = 0; cp < 0x10000;) {
        if (!(used[cp >> 3] & (1u << (cp & 7))) || (cp >= 0xD800 && cp < 0xE000)) {
            cp++;
            continue;
        }
        uint32_t end = cp;
        while (end + 1 < 0x10000 && (end + 1) >> 8 == cp >> 8 &&
               (used[(end + 1) >> 3] & (1u << ((end + 1) & 7))))
            end++;
        ranges[nr][0] = cp;
        ranges[nr][1] = end;
        nr++;
        cp = end + 1;
        if (nr == 100 || cp >= 0x10000) {
            buf_printf(b, "%zu beginbfrange\n", nr);
            for (size_t i = 0; i < nr; i++)
                buf_printf(b, "<%04X> <%04X> <%04X>\n", (unsigned)ranges[i][0],
                           (unsigned)ranges[i][1], (unsigned)ranges[i][0]);
            buf_adds(b, "endbfrange\n");
            nr = 0;
        }
    }
    if (nr) {
        buf_printf(b, "%zu beginbfrange\n", nr);
        for (size_t i = 0; i < nr; i++)
            buf_printf(b, "<%04X> <%04X> <%04X>\n", (unsigned)ranges[i][0], (unsigned)ranges[i][1],
                       (unsigned)ranges[i][0]);
        buf_adds(b, "endbfrange\n");
    }
    buf_adds(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    if (HPDF_Stream_Write(tu->stream, (const HPDF_BYTE *)b->data, (HPDF_UINT)b->len) != HPDF_OK)
        return -1;
    return 0;
}

static void
subset_tag(const char *path, const uint32_t *cps, size_t n, char tag[7])
{
    uint64_t h = 1469598103934665603ull;
    for (const char *p = path; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ cps[i]) * 1099511628211ull;
    for (int i = 0; i < 6; i++) {
        tag[i] = (char)('A' + h % 26);
        h /= 26;
    }
    tag[6] = 0;
}

static int
load_font(render_ctx *c, size_t file)
{
    const uint8_t *used = c->used[file];
    size_t n = 0;
    for (uint32_t cp = 0; cp < 0x10000; cp++)
        if (used[cp >> 3] & (1u << (cp & 7)))
            n++;
    uint32_t *cps = arena_alloc(c->arena, (n + 1) * sizeof *cps);
    n = 0;
    for (uint32_t cp = 0; cp < 0x10000; cp++)
        if (used[cp >> 3] & (1u << (cp & 7)))
            cps[n++] = cp;
    /* libharu refuses a font whose cmap maps nothing, which is what the
     * subset is when a face only drew characters it lacks (.notdef boxes):
     * the space keeps the cmap non-empty at no cost. */
    if (!(used[' ' >> 3] & (1u << (' ' & 7))))
        cps[n++] = ' ';

    buf sub;
    buf_init(&sub, 0);
    if (pdf_fonts_subset(c->fonts, file, cps, n, &sub) != 0) {
        buf_cleanup(&sub);
        return -1;
    }
    HPDF_Doc pdf = c->pdf;
    HPDF_Stream s = HPDF_MemStream_New(pdf->mmgr, (HPDF_UINT)sub.len);
    if (!s || HPDF_Stream_Write(s, (const HPDF_BYTE *)sub.data, (HPDF_UINT)sub.len) != HPDF_OK) {
        buf_cleanup(&sub);
        return -1;
    }
    buf_cleanup(&sub);
    HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, s, HPDF_TRUE);
    if (!def) {
        diag_error(c->diags, NULL, 0, 0, "the PDF library could not load a subset of %s",
                   pdf_fonts_file_path(c->fonts, file));
        return -1;
    }
    /* Two files may share a PostScript name; keep the registered names apart. */
    if (HPDF_Doc_FindFontDef(pdf, def->base_font)) {
        size_t l = strlen(def->base_font);
        if (l + 8 > HPDF_LIMIT_MAX_NAME_LEN)
            l = HPDF_LIMIT_MAX_NAME_LEN - 8;
        snprintf(def->base_font + l, 8, "-%u", (unsigned)(file % 100000));
    }
    /* libharu keeps only the glyphs it saw drawn and forgets the components
     * of composite glyphs (DejaVu's Greek omicron is a Latin o): the subset
     * is already minimal and closed over components, so keep all of it. */
    HPDF_TTFontDefAttr tt = (HPDF_TTFontDefAttr)def->attr;
    if (tt && tt->glyph_tbl.flgs)
        memset(tt->glyph_tbl.flgs, 1, tt->num_glyphs);
    /* A fallback font (Hangul in a Latin book, say) states the body face's
     * ascent and descent: viewers draw selection boxes and text extractors
     * measure words from them, and one line should read as one height. */
    bool fallback = true;
    for (int face = 0; face < PDF_FACE_COUNT; face++) {
        const char *fp = pdf_fonts_face_path(c->fonts, (pdf_face)face);
        if (fp && strcmp(fp, pdf_fonts_file_path(c->fonts, file)) == 0)
            fallback = false;
    }
    if (fallback) {
        pdf_metrics mx = pdf_fonts_metrics(c->fonts);
        def->ascent = (HPDF_INT16)lround(mx.ascent(mx.ud, PDF_FACE_REGULAR, 1000));
        def->descent = (HPDF_INT16)lround(mx.descent(mx.ud, PDF_FACE_REGULAR, 1000));
    }
    if (HPDF_Doc_RegisterFontDef(pdf, def) != HPDF_OK)
        return -1;
    char tag[7];
    subset_tag(pdf_fonts_file_path(c->fonts, file), cps, n, tag);
    HPDF_TTFontDef_SetTagName(def, tag);
    HPDF_Font font = HPDF_GetFont(pdf, def->base_font, "UTF-8");
    if (!font)
        return -1;
    c->hfont[file] = font;
    return write_tounicode(c, font, used);
}

/* ---- text strings for info and outlines ----------------------------------- */

/* ASCII as a literal string, anything else as UTF-16BE with a BOM. */
static void
set_text(render_ctx *c, HPDF_Dict dict, const char *key, const char *s)
{
    if (!s)
        return;
    size_t len = strlen(s);
    bool ascii = true;
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

/* A PDF number with at most three decimals and no trailing zeros. Digits
 * are formed by hand: snprintf was most of the cost of every Td and TJ gap. */
static void
put_num(buf *b, double v)
{
    char t[32];
    double r = round(v * 1000);
    if (!(fabs(r) < 1e15)) /* NaN, inf, absurd: nothing the page can use */
        r = 0;
    long long m = (long long)r;
    if (m == 0) {
        buf_addc(b, '0');
        return;
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
    buf_add(b, p, (size_t)(e - p));
}

static void
put_gray(render_ctx *c, double gray)
{
    gray = gray < 0 ? 0 : gray > 1 ? 1 : gray;
    if (gray == c->fill_gray)
        return;
    put_num(&c->content, gray);
    buf_adds(&c->content, " g\n");
    c->fill_gray = gray;
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

static void
end_text(render_ctx *c)
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

/* Written into a page's content dictionary: its stream holds bytes we
 * compressed (libharu would drop a /Filter from a stream it does not filter). */
static HPDF_STATUS
write_flate_filter(HPDF_Dict dict, HPDF_Stream stream)
{
    (void)dict;
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\n");
}

/* Page content is most of a book's bytes, and libharu deflates every
 * stream at zlib's default level 6, which was a fifth of the whole build's
 * time. Content operators compress nearly as well at level 1 in a third of
 * the time (measured: +12% file size, 100 articles), so a page written
 * in one piece is compressed here; one that libharu wrote into (images) is
 * left to libharu. */
static void
finish_page(render_ctx *c)
{
    if (c->page_flushed || c->content.len == 0) {
        flush_content(c);
        return;
    }
    HPDF_PageAttr attr = (HPDF_PageAttr)c->page->attr;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    size_t zlen = 0;
    bool ok = c->content.len < UINT_MAX / 2 && deflateInit(&zs, Z_BEST_SPEED) == Z_OK;
    if (ok) {
        uLong bound = deflateBound(&zs, (uLong)c->content.len);
        if (bound > c->zcap) {
            unsigned char *nb = realloc(c->zbuf, bound);
            if (nb) {
                c->zbuf = nb;
                c->zcap = bound;
            }
        }
        ok = bound <= c->zcap;
        if (ok) {
            zs.next_in = (Bytef *)c->content.data;
            zs.avail_in = (uInt)c->content.len;
            zs.next_out = c->zbuf;
            zs.avail_out = (uInt)bound;
            ok = deflate(&zs, Z_FINISH) == Z_STREAM_END;
            zlen = bound - zs.avail_out;
        }
        deflateEnd(&zs);
    }
    if (!ok) {
        flush_content(c); /* libharu compresses it instead */
        return;
    }
    if (HPDF_Stream_Write(attr->stream, c->zbuf, (HPDF_UINT)zlen) != HPDF_OK) {
        if (!c->failed++)
            diag_error(c->diags, NULL, 0, 0, "PDF page content could not be written");
    }
    attr->contents->filter = HPDF_STREAM_FILTER_NONE;
    attr->contents->write_fn = write_flate_filter;
    buf_clear(&c->content);
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
    if (file >= c->n_files || !c->hfont[file])
        return; /* cannot happen: pass 1 saw the same pieces */
    buf *b = &c->content;
    /* a piece's offset and advance scale with its glyphs (Tz), and so do
       TJ numbers; Td moves are in unscaled text space */
    double hs = c->cur_hscale, tr = c->cur_track;
    size_t glyphs = tr > 0 ? utf8_length(text, len) : 0;
    double px = c->item_x + x * hs + tr * (double)c->glyphs_before, py = c->item_y,
           size = c->cur_size;
    c->glyphs_before += glyphs;
    double gap = px - c->pen_x;
    bool join = c->in_array && file == c->cur_file && size == c->set_size &&
                hs == c->set_hscale && tr == c->set_track && py == c->pen_y && gap > -size &&
                gap < 20 * size;
    if (join) {
        /* tenths of a thousandth of an em: 0.001 pt at 10 pt */
        double n = round(-gap * 1000 / (size * hs) * 10) / 10;
        if (n != 0) {
            buf_addc(b, ' ');
            put_num(b, n);
            buf_addc(b, ' ');
        }
        c->pen_x -= n * size * hs / 1000;
    } else {
        end_array(c);
        if (hs != c->set_hscale) {
            put_num(b, round(hs * 100 * 1000) / 1000);
            buf_adds(b, " Tz\n");
            c->set_hscale = hs;
        }
        if (tr != c->set_track) {
            /* Tc is scaled by Tz like the glyphs */
            put_num(b, round(tr / hs * 10000) / 10000);
            buf_adds(b, " Tc\n");
            c->set_track = tr;
        }
        if (file != c->cur_file || size != c->set_size) {
            const char *name = HPDF_Page_GetLocalFontName(c->page, c->hfont[file]);
            if (!name)
                return;
            buf_printf(b, "/%s ", name);
            put_num(b, size);
            buf_adds(b, " Tf\n");
            c->cur_file = file;
            c->set_size = size;
        }
        /* Td moves relative to the last line start: track the rounded
         * values written so positions never drift. */
        double dx = round((px - c->line_x) * 1000) / 1000;
        double dy = round((py - c->line_y) * 1000) / 1000;
        put_num(b, dx);
        buf_addc(b, ' ');
        put_num(b, dy);
        buf_adds(b, " Td [");
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
    /* Formed in a local array and added at once: pieces are at most
     * PIECE_MAX bytes of UTF-8, so 2 code bytes, each maybe escaped, per
     * input byte fit; a longer one is written in chunks. */
    char out[2048];
    size_t o = 0;
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

static void
draw_text(render_ctx *c, const lay_item *it)
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
    c->item_x = it->x;
    c->item_y = it->y;
    c->cur_size = it->size;
    c->cur_hscale = it->hscale > 0 ? it->hscale : 1;
    c->cur_track = it->track > 0 ? it->track : 0;
    c->glyphs_before = 0;
    pdf_fonts_run(c->fonts, it->face, it->size, it->text, it->len, draw_piece, c);
}

/* The largest size `path` is printed at anywhere, so one embedded copy is
 * scaled for its most demanding use. */
static void
max_print_size(const lay_doc *doc, const char *path, double *w, double *h)
{
    *w = *h = 0;
    for (size_t p = 0; p < doc->n_pages; p++)
        for (size_t i = 0; i < doc->pages[p].n_items; i++) {
            const lay_item *it = &doc->pages[p].items[i];
            if (it->kind == LAY_IMAGE && it->href && item_ok(it) && strcmp(it->href, path) == 0) {
                *w = it->w > *w ? it->w : *w;
                *h = it->h > *h ? it->h : *h;
            }
        }
}

/* A JPEG that needs no change is embedded as it is (DCTDecode): re-encoding
 * a photo with Flate would make it several times larger. */
static HPDF_Image
embed_jpeg_as_is(render_ctx *c, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    HPDF_Image img = NULL;
    buf b;
    buf_init(&b, 0);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < (64u << 20))
        buf_add(&b, chunk, n);
    bool whole = feof(fp) && !ferror(fp);
    fclose(fp);
    if (whole && b.len)
        img = HPDF_LoadJpegImageFromMem(c->pdf, (const HPDF_BYTE *)b.data, (HPDF_UINT)b.len);
    buf_cleanup(&b);
    return img;
}

/* PNG predictors (PDF's /Predictor 15): each row is sent as the filter of
 * None/Sub/Up/Average/Paeth with the smallest sum of absolute values (the
 * usual heuristic), which makes screenshots and gradients compress several
 * times better than plain Flate. Returns 0, or -1 if zlib fails. */
static int
deflate_predicted(const unsigned char *px, int w, int h, int bpp, buf *out)
{
    size_t stride = (size_t)w * (size_t)bpp;
    unsigned char *cand = xmalloc(5 * (stride + 1));
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit(&zs, 6) != Z_OK) {
        free(cand);
        return -1;
    }
    unsigned char zbuf[65536];
    int rc = 0;
    for (int y = 0; y < h && rc == 0; y++) {
        const unsigned char *row = px + stride * (size_t)y;
        const unsigned char *up = y ? row - stride : NULL;
        size_t best = 0;
        unsigned long best_sum = ULONG_MAX;
        for (int f = 0; f < 5; f++) {
            unsigned char *o = cand + (size_t)f * (stride + 1);
            o[0] = (unsigned char)f;
            unsigned long sum = 0;
            for (size_t i = 0; i < stride; i++) {
                int a = i >= (size_t)bpp ? row[i - (size_t)bpp] : 0;
                int b = up ? up[i] : 0;
                int cc = up && i >= (size_t)bpp ? up[i - (size_t)bpp] : 0;
                int pred = 0;
                switch (f) {
                case 1: pred = a; break;
                case 2: pred = b; break;
                case 3: pred = (a + b) / 2; break;
                case 4: {
                    int p = a + b - cc, pa = abs(p - a), pb = abs(p - b), pc = abs(p - cc);
                    pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : cc;
                    break;
                }
                default: break;
                }
                unsigned char v = (unsigned char)(row[i] - pred);
                o[i + 1] = v;
                sum += v < 128 ? v : 256u - v;
            }
            if (sum < best_sum)
                best_sum = sum, best = (size_t)f;
        }
        zs.next_in = cand + best * (stride + 1);
        zs.avail_in = (uInt)(stride + 1);
        int flush = y == h - 1 ? Z_FINISH : Z_NO_FLUSH;
        do {
            zs.next_out = zbuf;
            zs.avail_out = sizeof zbuf;
            int zr = deflate(&zs, flush);
            if (zr == Z_STREAM_ERROR) {
                rc = -1;
                break;
            }
            buf_add(out, zbuf, sizeof zbuf - zs.avail_out);
        } while (zs.avail_out == 0 || (flush == Z_FINISH && zs.avail_in));
    }
    deflateEnd(&zs);
    free(cand);
    return rc;
}

/* Written into the image dictionary when libharu writes it: the samples
 * are already Flate-compressed with predictors, which libharu's own filter
 * flags cannot express (a stream with no filter has its /Filter removed). */
static HPDF_STATUS
write_flate_params(HPDF_Dict dict, HPDF_Stream stream)
{
    HPDF_Number w = HPDF_Dict_GetItem(dict, "Width", HPDF_OCLASS_NUMBER);
    const char *cs = HPDF_Image_GetColorSpace((HPDF_Image)dict);
    char t[160];
    snprintf(t, sizeof t,
             "/Filter /FlateDecode\n/DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent 8 "
             "/Columns %d >>\n",
             cs && strcmp(cs, "DeviceRGB") == 0 ? 3 : 1, w ? (int)w->value : 1);
    return HPDF_Stream_WriteStr(stream, t);
}

/* An image XObject of 8-bit samples (1 or 3 a pixel) that holds only its
 * compressed bytes: libharu's HPDF_LoadRawImageFromMem keeps every image
 * raw in memory until the file is saved and compresses without predictors.
 * NULL on failure (libharu's error is set). */
static HPDF_Image
make_image(render_ctx *c, const unsigned char *px, int w, int h, int comps)
{
    buf z;
    buf_init(&z, 0);
    HPDF_Image img = NULL;
    if (deflate_predicted(px, w, h, comps, &z) != 0)
        goto out;
    img = HPDF_DictStream_New(c->pdf->mmgr, c->pdf->xref);
    if (!img)
        goto out;
    img->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
    if (HPDF_Dict_AddName(img, "Type", "XObject") != HPDF_OK ||
        HPDF_Dict_AddName(img, "Subtype", "Image") != HPDF_OK ||
        HPDF_Dict_AddNumber(img, "Width", w) != HPDF_OK ||
        HPDF_Dict_AddNumber(img, "Height", h) != HPDF_OK ||
        HPDF_Dict_AddName(img, "ColorSpace", comps == 3 ? "DeviceRGB" : "DeviceGray") != HPDF_OK ||
        HPDF_Dict_AddNumber(img, "BitsPerComponent", 8) != HPDF_OK ||
        HPDF_Stream_Write(img->stream, (const HPDF_BYTE *)z.data, (HPDF_UINT)z.len) != HPDF_OK) {
        img = NULL; /* the dictionary stays in the xref, unused */
        goto out;
    }
    img->filter = HPDF_STREAM_FILTER_NONE;
    img->write_fn = write_flate_params;
out:
    buf_cleanup(&z);
    return img;
}

/* Decode and embed `path` once; NULL (already warned) when it cannot be. */
static image_entry *
get_image(render_ctx *c, const lay_doc *doc, const char *path)
{
    for (size_t i = 0; i < c->n_images; i++)
        if (strcmp(c->images[i].path, path) == 0)
            return &c->images[i];
    if (c->n_images == c->cap_images) {
        size_t ncap = c->cap_images ? c->cap_images * 2 : 8;
        c->images = arena_realloc(c->arena, c->images, c->cap_images * sizeof *c->images,
                                  ncap * sizeof *c->images);
        c->cap_images = ncap;
    }
    image_entry *e = &c->images[c->n_images++];
    e->path = path;
    e->image = NULL;
    double w_pt, h_pt;
    max_print_size(doc, path, &w_pt, &h_pt);
    pdf_image im;
    if (pdf_image_load(c->diags, path, w_pt, h_pt, &im) != 0)
        return e;
    /* libharu only sees samples, or a JPEG libjpeg has just decoded in
     * full (see pdf_image.h for why its PNG loader is avoided); a failure
     * here loses one image, so it is a warning, not a PDF error */
    c->quiet = true;
    if (im.jpeg_as_is) {
        e->image = embed_jpeg_as_is(c, path);
        if (!e->image)
            HPDF_ResetError(c->pdf);
    }
    if (!e->image) {
        e->image = make_image(c, im.pixels, im.w, im.h, im.channels);
        if (e->image && im.alpha) {
            HPDF_Image mask = make_image(c, im.alpha, im.w, im.h, 1);
            if (!mask || HPDF_Image_AddSMask(e->image, mask) != HPDF_OK)
                e->image = NULL;
            else if (c->pdf->pdf_version < HPDF_VER_14)
                c->pdf->pdf_version = HPDF_VER_14; /* soft masks are PDF 1.4 */
        }
    }
    c->quiet = false;
    pdf_image_cleanup(&im);
    if (!e->image) {
        HPDF_ResetError(c->pdf);
        diag_warn(c->diags, path, 0, 0, "image could not be placed in the PDF");
    }
    return e;
}

/*
 * The placeholder for an image that cannot be placed: a thin frame with
 * the alt text (the LAY_IMAGE item's text/len; the file name when there is
 * none) set in small italic lines, centred and clipped to the frame. The
 * same line breaking runs in pass 1 (to mark the characters for the font
 * subsets) and when drawing, through `fn`.
 */
static void
placeholder_lines(render_ctx *c, const lay_item *it, placeholder_fn fn)
{
    const char *s = it->text;
    size_t len = it->text ? it->len : 0;
    if (!len) {
        s = strrchr(it->href, '/') ? strrchr(it->href, '/') + 1 : it->href;
        len = strlen(s);
    }
    double size = it->h / 3 < 9 ? it->h / 3 : 9, pad = size / 2;
    if (size < 3 || it->w < 2 * size)
        return; /* too small for words: the frame alone */
    double lead = size * 1.25, avail = it->w - 2 * pad;
    int max_lines = (int)((it->h - 2 * pad) / lead);
    if (max_lines < 1)
        max_lines = 1;
    /* greedy breaks at spaces; a line that is one over-long word is clipped */
    size_t starts[64], ends[64];
    int n = 0;
    size_t i = 0;
    while (i < len && n < max_lines && n < 64) {
        while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
            i++;
        if (i >= len)
            break;
        size_t st = i, end = i, j = i;
        while (j < len) {
            size_t k = j;
            while (k < len && s[k] != ' ' && s[k] != '\n' && s[k] != '\t')
                k++;
            if (end > st &&
                pdf_fonts_run(c->fonts, PDF_FACE_ITALIC, size, s + st, k - st, NULL, NULL) > avail)
                break;
            end = j = k;
            while (j < len && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j < len && s[j] == '\n')
                break;
        }
        starts[n] = st;
        ends[n++] = end;
        i = end;
    }
    double top = it->y + it->h / 2 + n * lead / 2;
    for (int k = 0; k < n; k++) {
        double w = pdf_fonts_run(c->fonts, PDF_FACE_ITALIC, size, s + starts[k],
                                 ends[k] - starts[k], NULL, NULL);
        double x = it->x + (w < avail ? (it->w - w) / 2 : pad);
        fn(c, s + starts[k], ends[k] - starts[k], x,
           top - (k + 1) * lead + (lead - size) / 2 + size * 0.2, size);
    }
}

static void
mark_placeholder_line(render_ctx *c, const char *s, size_t len, double x, double y, double size)
{
    (void)x, (void)y;
    pdf_fonts_run(c->fonts, PDF_FACE_ITALIC, size, s, len, mark_piece, c);
}

static void draw_text(render_ctx *c, const lay_item *it);

static void
draw_placeholder_line(render_ctx *c, const char *s, size_t len, double x, double y, double size)
{
    lay_item t = {LAY_TEXT, x, y, 0, 0, PDF_FACE_ITALIC, size, 0.35, s, len, NULL, NULL, 0, 0};
    draw_text(c, &t);
}

static void
draw_placeholder(render_ctx *c, const lay_item *it)
{
    end_text(c);
    buf *b = &c->content;
    /* the frame sits inside the box; q/Q also bounds the clip */
    buf_adds(b, "q 0.5 G 0.5 w ");
    put_num(b, it->x + 0.25);
    buf_addc(b, ' ');
    put_num(b, it->y + 0.25);
    buf_addc(b, ' ');
    put_num(b, it->w - 0.5);
    buf_addc(b, ' ');
    put_num(b, it->h - 0.5);
    buf_adds(b, " re S ");
    put_num(b, it->x);
    buf_addc(b, ' ');
    put_num(b, it->y);
    buf_addc(b, ' ');
    put_num(b, it->w);
    buf_addc(b, ' ');
    put_num(b, it->h);
    buf_adds(b, " re W n\n");
    double gray = c->fill_gray, hscale = c->set_hscale, track = c->set_track;
    placeholder_lines(c, it, draw_placeholder_line);
    end_text(c);
    buf_adds(b, "Q\n");
    /* Q restored the fill colour and the font: make the next text set them */
    c->fill_gray = gray;
    c->cur_file = SIZE_MAX;
    c->set_size = -1;
    c->set_hscale = hscale;
    c->set_track = track;
}

static void
draw_item(render_ctx *c, const lay_doc *doc, const lay_item *it)
{
    switch (it->kind) {
    case LAY_TEXT:
        if (text_ok(it) && it->len)
            draw_text(c, it);
        break;
    case LAY_RULE:
        if (!item_ok(it) || it->w <= 0 || it->h <= 0)
            break;
        end_text(c);
        put_gray(c, it->gray);
        put_num(&c->content, it->x);
        buf_addc(&c->content, ' ');
        put_num(&c->content, it->y);
        buf_addc(&c->content, ' ');
        put_num(&c->content, it->w);
        buf_addc(&c->content, ' ');
        put_num(&c->content, it->h);
        buf_adds(&c->content, " re f\n");
        break;
    case LAY_LINK: {
        if (!item_ok(it) || it->w <= 0 || it->h <= 0)
            break;
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
        if (!item_ok(it) || !it->href || it->w <= 0 || it->h <= 0)
            break;
        image_entry *e = get_image(c, doc, it->href);
        if (!e->image) {
            draw_placeholder(c, it);
        } else {
            end_text(c);
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

static int
save(render_ctx *c, buf *out)
{
    if (HPDF_SaveToStream(c->pdf) != HPDF_OK)
        return -1;
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

int
pdf_render(arena *a, diag_list *d, const lay_doc *doc, pdf_fonts *fonts,
           const pdf_render_info *info, buf *out)
{
    render_ctx c;
    memset(&c, 0, sizeof c);
    c.arena = a;
    c.diags = d;
    c.fonts = fonts;
    buf_init(&c.scratch, 0);
    buf_init(&c.content, 0);
    size_t errors_before = d->errors;
    int rc = -1;
    /* libharu's (and PDF 1.3's) page size limits: 3 to 14400 pt */
    if (!doc ||
        !(doc->width >= 3 && doc->width <= 14400 && doc->height >= 3 && doc->height <= 14400)) {
        diag_error(d, NULL, 0, 0, "PDF page size is out of range");
        goto cleanup;
    }
    c.pdf = HPDF_New(on_hpdf_error, &c);
    if (!c.pdf) {
        diag_error(d, NULL, 0, 0, "the PDF library could not start");
        goto cleanup;
    }
    HPDF_SetCompressionMode(c.pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(c.pdf);

    collect(&c, doc);
    grow_files(&c);
    for (size_t f = 0; f < c.n_files; f++)
        if (c.used[f] && load_font(&c, f) != 0)
            goto cleanup;

    c.pages = arena_alloc(a, (doc->n_pages ? doc->n_pages : 1) * sizeof *c.pages);
    for (size_t p = 0; p < doc->n_pages; p++) {
        c.pages[p] = HPDF_AddPage(c.pdf);
        if (!c.pages[p])
            goto cleanup;
        HPDF_Page_SetWidth(c.pages[p], (HPDF_REAL)doc->width);
        HPDF_Page_SetHeight(c.pages[p], (HPDF_REAL)doc->height);
    }
    for (size_t p = 0; p < doc->n_pages; p++) {
        c.page = c.pages[p];
        c.in_text = false;
        c.cur_file = SIZE_MAX;
        c.fill_gray = 0; /* a page starts black */
        c.set_hscale = 1; /* and at 100% horizontal scale */
        c.set_track = 0;
        c.page_flushed = false;
        for (size_t i = 0; i < doc->pages[p].n_items && !c.failed; i++)
            draw_item(&c, doc, &doc->pages[p].items[i]);
        end_text(&c);
        finish_page(&c);
        if (HPDF_GetError(c.pdf) != HPDF_OK)
            goto cleanup;
    }
    add_outlines(&c, doc);
    add_page_labels(&c, doc);
    set_info(&c, info);
    if (HPDF_GetError(c.pdf) != HPDF_OK)
        goto cleanup;
    rc = save(&c, out);
cleanup:
    if (rc != 0 && d->errors == errors_before)
        diag_error(d, NULL, 0, 0, "PDF could not be written");
    if (c.pdf)
        HPDF_Free(c.pdf);
    buf_cleanup(&c.scratch);
    buf_cleanup(&c.content);
    free(c.zbuf);
    free(c.seen);
    return rc;
}
