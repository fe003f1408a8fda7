/*
 * embed_fonts.c - each font file cut down with hb-subset to the characters
 * drawn, handed to libharu from memory, with a ToUnicode map that viewers
 * accept (libharu writes an invalid one).
 */
#include "render_int.h"

/* The Arabic letters behind presentation forms: FriBidi's shaping run
 * over each letter alone, after a tatweel, before one and between two
 * gives every form it draws, and the table inverts that. The lam-alef
 * ligatures keep their own code: mapped to lam and alef, pdftotext
 * (which reverses right-to-left text from the glyph order) and other
 * extractors turn the pair round with the rest ("ال" for "لا"). Filled
 * once; read-only after. */
static uint16_t unshape[0x10000 - 0xFB50];
static pthread_once_t unshape_once = PTHREAD_ONCE_INIT;

static void
unshape_fill(void)
{
    for (FriBidiChar base = 0x0620; base < 0x0700; base++) {
        for (int ctx = 0; ctx < 4; ctx++) {
            FriBidiChar s[3];
            FriBidiStrIndex n = 0;
            if (ctx & 1)
                s[n++] = 0x0640;
            FriBidiStrIndex at = n;
            s[n++] = base;
            if (ctx & 2)
                s[n++] = 0x0640;
            FriBidiCharType t[3];
            FriBidiLevel lev[3] = {1, 1, 1};
            FriBidiArabicProp ar[3];
            fribidi_get_bidi_types(s, n, t);
            fribidi_get_joining_types(s, n, ar);
            fribidi_join_arabic(t, n, lev, ar);
            fribidi_shape_arabic(FRIBIDI_FLAG_SHAPE_ARAB_PRES, lev, n, ar, s);
            FriBidiChar f = s[at];
            if (f != base && f >= 0xFB50 && f <= 0xFFFF && !unshape[f - 0xFB50])
                unshape[f - 0xFB50] = (uint16_t)base;
        }
    }
}

/* Replace libharu's ToUnicode CMap (begincidrange, which viewers reject)
 * with bfrange entries mapping each drawn code to itself, and bfchar
 * entries mapping Arabic presentation forms to their letters and the
 * codes that stand for characters outside the BMP (fonts.c's slots) to
 * those characters, in UTF-16. */
static int
write_tounicode(render_ctx *c, HPDF_Font font, const uint8_t *used, size_t file)
{
    pthread_once(&unshape_once, unshape_fill);
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
#define FORM(cp)                                                                                   \
    (((cp) >= 0xFB50 && unshape[(cp)-0xFB50]) ||                                                   \
     ((cp) >= 0xE000 && (cp) < 0xF900 && pdf_fonts_slot_char(c->fonts, file, (cp))))
    for (uint32_t cp = 0; cp < 0x10000;) {
        if (!(used[cp >> 3] & (1u << (cp & 7))) || (cp >= 0xD800 && cp < 0xE000) || FORM(cp)) {
            cp++;
            continue;
        }
        uint32_t end = cp;
        while (end + 1 < 0x10000 && (end + 1) >> 8 == cp >> 8 &&
               (used[(end + 1) >> 3] & (1u << ((end + 1) & 7))) && !FORM(end + 1))
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
    size_t nf = 0;
    for (uint32_t cp = 0xE000; cp < 0x10000; cp++)
        nf += FORM(cp) && (used[cp >> 3] & (1u << (cp & 7)));
    for (uint32_t cp = 0xE000, k = 0; cp < 0x10000; cp++) {
        if (!FORM(cp) || !(used[cp >> 3] & (1u << (cp & 7))))
            continue;
        if (k % 100 == 0)
            buf_printf(b, "%zu beginbfchar\n", nf - k < 100 ? nf - k : 100);
        uint32_t to = cp >= 0xFB50 && unshape[cp - 0xFB50]
                          ? unshape[cp - 0xFB50]
                          : pdf_fonts_slot_char(c->fonts, file, cp);
        if (to >= 0x10000) /* a surrogate pair */
            buf_printf(b, "<%04X> <%04X%04X>\n", (unsigned)cp, 0xD800 + ((to - 0x10000) >> 10),
                       0xDC00 + ((to - 0x10000) & 0x3FF));
        else
            buf_printf(b, "<%04X> <%04X>\n", (unsigned)cp, (unsigned)to);
        if (++k % 100 == 0 || k == nf)
            buf_adds(b, "endbfchar\n");
    }
#undef FORM
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

int
pdf_render_load_font(render_ctx *c, size_t file)
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
    return write_tounicode(c, font, used, file);
}
