/*
 * fonts.c - find, load and measure the faces of a PDF.
 *
 * Each style family is matched with fontconfig (FcFontSort, so a family
 * without an italic still yields its nearest face), keeping only TrueType
 * fonts with a glyf table: libharu cannot embed CFF outlines. Fonts are
 * loaded into HarfBuzz from their files; advances come from hmtx, truncated
 * to 1/1000 em exactly as libharu writes /W, so a viewer's pen lands where
 * ours did. Kerning is what HarfBuzz applies to the pair with the kern
 * feature on and ligatures and contextual forms off; pairs whose shaping
 * changes the glyphs (which libharu could not draw) count as unkerned.
 *
 * A character a face lacks is looked up in the fallback fonts this face
 * already uses, then through fontconfig by charset (preferring the face's
 * family, its generic serif/sans/mono and its weight and slant); Greek,
 * Cyrillic and Chinese/Japanese (kana, ideographs, fullwidth forms) go as
 * whole scripts to one fallback when the face lacks some of their letters.
 * Answers are cached per face and character. Characters no font has
 * (checked against the union of all fonts' charsets, without sorting)
 * print as the face's .notdef box, and are warned about once per
 * character, the first 50 by name. Invisible format characters (soft
 * hyphen, zero-width space, joiners) take no room.
 *
 * Characters outside the BMP (emoji, mathematical letters) are found like
 * any other, but libharu's UTF-8 path is 16-bit: each is drawn as a code
 * of the Private Use Area its font file does not map (its "slot"), the
 * subset's cmap maps the slot to the character's glyph, and the PDF's
 * ToUnicode map gives the slot back as the character (render.c asks
 * pdf_fonts_slot_char). One with no font prints as U+FFFD.
 *
 * Caches: per font file a lazily allocated glyph-id and advance table for
 * the BMP; one open-addressing table for kerning pairs and one for fallback
 * decisions. Everything but the HarfBuzz objects lives in the arena.
 */
#include "pdf_fonts.h"

#include <fontconfig/fontconfig.h>
#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

#define BMP 0x10000u
#define GID_UNKNOWN (-2)
#define GID_NONE (-1)
#define ADV_UNKNOWN INT16_MIN
#define PIECE_MAX 1024 /* bytes of text in one piece */
#define WARN_MAX 50    /* characters warned about one by one */

/* Scripts set from one font: when a face lacks some basic letters of a
 * script (Charis SIL has the IPA Greek letters but not the rest), the
 * whole script goes to a fallback that has them all, so words don't mix
 * two designs letter by letter. */
static const struct {
    uint32_t lo, hi;           /* the block routed as a whole */
    uint32_t need_lo, need_hi; /* letters a font must have all of */
} BLOCKS[] = {
    /* Greek: modern Greek writes its stressed vowels with the tonos
       (ά έ ή ί ό ύ ώ), so those are basic letters too */
    {0x0370, 0x03FF, 0x03AC, 0x03CE},
    {0x1F00, 0x1FFF, 0x03B1, 0x03C9}, /* Greek Extended (polytonic) */
    {0x0400, 0x052F, 0x0430, 0x044F}, /* Cyrillic */
    {0x0590, 0x05FF, 0x05D0, 0x05EA}, /* Hebrew: letters, points and marks from one font */
    /* Arabic: layout sets its letters as presentation forms (layout/
       bidi.c), so those come from a font that has every one of them, and
       the letters, marks and digits left unshaped come from one too */
    {0x0600, 0x06FF, 0x0621, 0x063A},
    {0xFE70, 0xFEFC, 0xFE8D, 0xFEF4}, /* Arabic Presentation Forms-B */
    /* CJK punctuation, kana and ideographs, and fullwidth forms, from a
       font with every unified ideograph of Unicode 1.1: a font with a few
       of them (Nanum's hanja) would mix two designs in every line */
    {0x3000, 0x9FFF, 0x4E00, 0x9FA5},
    {0xFF00, 0xFFEF, 0x4E00, 0x9FA5},
};
#define N_BLOCKS (sizeof BLOCKS / sizeof *BLOCKS)
#define BLOCK_UNKNOWN (-2)
#define BLOCK_OWN (-1)

typedef struct font_file {
    const char *path;
    int index; /* face index inside a collection */
    const char *family;
    hb_blob_t *blob;
    hb_face_t *face;
    hb_font_t *font;
    unsigned upem;
    int32_t *gid;        /* [BMP], GID_UNKNOWN until looked up */
    int16_t *adv;        /* [BMP] thousandths of an em, ADV_UNKNOWN */
    bool has_kern;       /* a GPOS kern feature or a kern table */
    unsigned weight;     /* OS/2 usWeightClass (400 regular, 700 bold) */
    int16_t *kern_ascii; /* [128 * 128] pair kerning, INT16_MIN = unknown */
    uint32_t *slot_cp;   /* [PUA_N] the character outside the BMP each Private
                            Use Area slot draws, 0 = none; NULL = none yet */
    uint32_t next_slot;  /* the next slot to try */
} font_file;

/* The Private Use Area of the BMP, whose codes stand for characters
 * outside the BMP (see above). */
#define PUA_LO 0xE000u
#define PUA_N 0x1900u

/* An open-addressing map from 64-bit keys to 32-bit values. */
typedef struct u64map {
    uint64_t *keys; /* key + 1, 0 = empty slot */
    int32_t *vals;
    size_t cap, count;
} u64map;

struct pdf_fonts {
    arena *arena;
    diag_list *diags;
    font_file *files;
    size_t n_files, cap_files;
    size_t face_file[PDF_FACE_COUNT];
    const char *face_family[PDF_FACE_COUNT];
    uint16_t *face_res[PDF_FACE_COUNT];           /* [BMP] resolved file + 1, 0 = not yet */
    const char *face_generic[PDF_FACE_COUNT];     /* "serif", "sans-serif", ... or NULL */
    int32_t block_file[PDF_FACE_COUNT][N_BLOCKS]; /* BLOCK_UNKNOWN, BLOCK_OWN or a file */
    size_t *face_fallbacks[PDF_FACE_COUNT];       /* fallback files, first found first */
    size_t n_fallbacks[PDF_FACE_COUNT];
    int face_weight[PDF_FACE_COUNT], face_slant[PDF_FACE_COUNT];
    u64map kern;     /* (file, a, b) -> kern in font units */
    u64map fallback; /* (face, cp) -> file, or -1 for none */
    u64map warned;   /* cp -> 1 */
    u64map slots;    /* (file, cp outside the BMP) -> its slot */
    size_t n_warned;
    FcCharSet *any_font; /* union of all TrueType fonts' characters, lazily */
    const char *ctx_file;
    uint32_t ctx_line;
    /* the piece being emitted: at most PIECE_MAX bytes plus one character
     * (a BMP character is 3 bytes of UTF-8); a plain array because
     * appending character by character to a buf was a tenth of the render */
    char piece[PIECE_MAX + 8];
    size_t piece_len;
    hb_buffer_t *hbuf;
};

/* ---- small map ---------------------------------------------------------- */

static uint64_t
map_hash(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return k;
}

static int32_t *
map_find(u64map *m, uint64_t key, bool insert)
{
    if (insert && (m->count + 1) * 4 >= m->cap * 3) {
        size_t ncap = m->cap ? m->cap * 2 : 256;
        uint64_t *nk = xcalloc(ncap, sizeof *nk);
        int32_t *nv = xcalloc(ncap, sizeof *nv);
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            size_t j = map_hash(m->keys[i]) & (ncap - 1);
            while (nk[j])
                j = (j + 1) & (ncap - 1);
            nk[j] = m->keys[i];
            nv[j] = m->vals[i];
        }
        free(m->keys);
        free(m->vals);
        m->keys = nk;
        m->vals = nv;
        m->cap = ncap;
    }
    if (!m->cap)
        return NULL;
    uint64_t k = key + 1;
    size_t j = map_hash(k) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->keys[j] == k)
            return &m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    if (!insert)
        return NULL;
    m->keys[j] = k;
    m->vals[j] = 0;
    m->count++;
    return &m->vals[j];
}

static void
map_cleanup(u64map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- loading ------------------------------------------------------------ */

/* Fonts without kerning (Charis SIL) skip the pair lookups entirely. */
/* The weight a font's OS/2 table gives (usWeightClass), 400 without one. */
static unsigned
face_weight(hb_face_t *face)
{
    hb_blob_t *os2 = hb_face_reference_table(face, HB_TAG('O', 'S', '/', '2'));
    unsigned len = 0;
    const unsigned char *t = (const unsigned char *)hb_blob_get_data(os2, &len);
    unsigned w = t && len >= 6 ? (unsigned)t[4] << 8 | t[5] : 400;
    hb_blob_destroy(os2);
    return w ? w : 400;
}

static bool
face_has_kern(hb_face_t *face)
{
    hb_blob_t *kern = hb_face_reference_table(face, HB_TAG('k', 'e', 'r', 'n'));
    bool has = hb_blob_get_length(kern) > 0;
    hb_blob_destroy(kern);
    hb_tag_t tags[64];
    unsigned start = 0, n;
    do {
        n = 64;
        unsigned total = hb_ot_layout_table_get_feature_tags(face, HB_OT_TAG_GPOS, start, &n, tags);
        for (unsigned i = 0; i < n && !has; i++)
            has = tags[i] == HB_TAG('k', 'e', 'r', 'n');
        start += n;
        if (start >= total)
            break;
    } while (n && !has);
    return has;
}

/* Load a file into HarfBuzz; -1 (no diagnostic) when it is not usable. */
static int
file_load(pdf_fonts *f, const char *path, int index, const char *family, size_t *out)
{
    for (size_t i = 0; i < f->n_files; i++)
        if (f->files[i].index == index && strcmp(f->files[i].path, path) == 0) {
            *out = i;
            return 0;
        }
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(path);
    if (!blob)
        return -1;
    hb_face_t *face = hb_face_create(blob, (unsigned)index);
    hb_blob_t *glyf = hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f'));
    unsigned glyf_len = hb_blob_get_length(glyf);
    hb_blob_destroy(glyf);
    /* CFF-flavoured OpenType has no glyf: libharu cannot embed it. */
    if (glyf_len == 0 || hb_face_get_upem(face) == 0) {
        hb_face_destroy(face);
        hb_blob_destroy(blob);
        return -1;
    }
    if (f->n_files == f->cap_files) {
        size_t ncap = f->cap_files ? f->cap_files * 2 : 8;
        f->files = arena_realloc(f->arena, f->files, f->cap_files * sizeof *f->files,
                                 ncap * sizeof *f->files);
        f->cap_files = ncap;
    }
    font_file *ff = &f->files[f->n_files];
    memset(ff, 0, sizeof *ff);
    ff->path = arena_strdup(f->arena, path);
    ff->index = index;
    ff->family = arena_strdup(f->arena, family ? family : path);
    ff->blob = blob;
    ff->face = face;
    ff->font = hb_font_create(face);
    ff->upem = hb_face_get_upem(face);
    ff->has_kern = face_has_kern(face);
    ff->weight = face_weight(face);
    *out = f->n_files++;
    return 0;
}

static bool
pattern_is_truetype(FcPattern *p)
{
    FcChar8 *fmt = NULL;
    if (FcPatternGetString(p, FC_FONTFORMAT, 0, &fmt) != FcResultMatch)
        return false;
    return strcmp((const char *)fmt, "TrueType") == 0;
}

/* First usable font of a sorted fontconfig list (optionally one that has
 * `cp`); -1 when none. */
static int
load_from_set(pdf_fonts *f, FcFontSet *fs, uint32_t cp, bool need_cp, size_t *out,
              const char **family_out)
{
    for (int i = 0; fs && i < fs->nfont; i++) {
        FcPattern *p = fs->fonts[i];
        FcChar8 *file = NULL, *fam = NULL;
        int index = 0;
        if (!pattern_is_truetype(p) || FcPatternGetString(p, FC_FILE, 0, &file) != FcResultMatch)
            continue;
        FcPatternGetInteger(p, FC_INDEX, 0, &index);
        FcPatternGetString(p, FC_FAMILY, 0, &fam);
        if (need_cp) {
            FcCharSet *cs = NULL;
            if (FcPatternGetCharSet(p, FC_CHARSET, 0, &cs) != FcResultMatch ||
                !FcCharSetHasChar(cs, cp))
                continue;
        }
        if (file_load(f, (const char *)file, index, (const char *)fam, out) == 0) {
            if (family_out)
                *family_out = fam ? arena_strdup(f->arena, (const char *)fam) : NULL;
            return 0;
        }
    }
    return -1;
}

static bool
strcasestr_(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; hay && *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0)
            return true;
    return false;
}

/* The generic family a face belongs to, from its OS/2 PANOSE serif style,
 * so fallbacks for a serif book face are serif too. */
static const char *
generic_of(font_file *ff, bool mono)
{
    if (mono)
        return "monospace";
    hb_blob_t *os2 = hb_face_reference_table(ff->face, HB_TAG('O', 'S', '/', '2'));
    unsigned len = 0;
    const unsigned char *t = (const unsigned char *)hb_blob_get_data(os2, &len);
    const char *g = NULL;
    if (t && len >= 34 && t[32] == 2) { /* bFamilyType 2: Latin text */
        if (t[33] >= 11 && t[33] <= 13)
            g = "sans-serif";
        else if (t[33] >= 2 && t[33] <= 10)
            g = "serif";
    }
    hb_blob_destroy(os2);
    /* PANOSE says "any" in many fonts (Charis SIL): go by the name. */
    if (!g)
        g = strcasestr_(ff->family, "sans") ? "sans-serif" : "serif";
    return g;
}

static FcPattern *
style_pattern(const char *family, const char *generic, int weight, int slant)
{
    FcPattern *p = FcPatternCreate();
    if (family)
        FcPatternAddString(p, FC_FAMILY, (const FcChar8 *)family);
    if (generic)
        FcPatternAddString(p, FC_FAMILY, (const FcChar8 *)generic);
    FcPatternAddInteger(p, FC_WEIGHT, weight);
    FcPatternAddInteger(p, FC_SLANT, slant);
    FcPatternAddString(p, FC_FONTFORMAT, (const FcChar8 *)"TrueType");
    return p;
}

static FcFontSet *
sort_pattern(FcPattern *p)
{
    FcResult res;
    FcConfigSubstitute(NULL, p, FcMatchPattern);
    FcDefaultSubstitute(p);
    return FcFontSort(NULL, p, FcFalse, NULL, &res);
}

static bool
family_matches(FcPattern *p, const char *family)
{
    FcChar8 *fam = NULL;
    for (int i = 0; FcPatternGetString(p, FC_FAMILY, i, &fam) == FcResultMatch; i++)
        if (strcasecmp((const char *)fam, family) == 0)
            return true;
    return false;
}

static int
find_face(pdf_fonts *f, pdf_face which, const char *family)
{
    FcPattern *p = style_pattern(family, NULL, f->face_weight[which], f->face_slant[which]);
    FcFontSet *fs = sort_pattern(p);
    const char *got = NULL;
    size_t file;
    int rc = load_from_set(f, fs, 0, false, &file, &got);
    bool exact = false;
    if (rc == 0) {
        /* Did fontconfig give the family asked for, or a substitute? */
        for (int i = 0; i < fs->nfont; i++) {
            FcChar8 *path = NULL;
            if (FcPatternGetString(fs->fonts[i], FC_FILE, 0, &path) == FcResultMatch &&
                strcmp((const char *)path, f->files[file].path) == 0) {
                exact = family_matches(fs->fonts[i], family);
                break;
            }
        }
    }
    if (fs)
        FcFontSetDestroy(fs);
    FcPatternDestroy(p);
    if (rc != 0) {
        diag_error(f->diags, NULL, 0, 0,
                   "no TrueType font found for family \"%s\" (CFF .otf fonts cannot be "
                   "embedded)",
                   family);
        return -1;
    }
    if (!exact)
        diag_warn(f->diags, NULL, 0, 0,
                  "font family \"%s\" not found as TrueType; using \"%s\" (%s)", family,
                  got ? got : "?", f->files[file].path);
    f->face_file[which] = file;
    f->face_family[which] = arena_strdup(f->arena, family);
    f->face_generic[which] = generic_of(&f->files[file], which == PDF_FACE_MONO);
    for (size_t b = 0; b < N_BLOCKS; b++)
        f->block_file[which][b] = BLOCK_UNKNOWN;
    return 0;
}

int
pdf_fonts_new(arena *a, diag_list *d, const style *st, pdf_fonts **out)
{
    *out = NULL;
    if (!FcInit()) {
        diag_error(d, NULL, 0, 0, "fontconfig could not be initialised");
        return -1;
    }
    pdf_fonts *f = arena_alloc(a, sizeof *f);
    f->arena = a;
    f->diags = d;
    f->hbuf = hb_buffer_create();
    static const int weight[PDF_FACE_COUNT] = {FC_WEIGHT_REGULAR, FC_WEIGHT_REGULAR, FC_WEIGHT_BOLD,
                                               FC_WEIGHT_BOLD, FC_WEIGHT_REGULAR};
    static const int slant[PDF_FACE_COUNT] = {FC_SLANT_ROMAN, FC_SLANT_ITALIC, FC_SLANT_ROMAN,
                                              FC_SLANT_ITALIC, FC_SLANT_ROMAN};
    memcpy(f->face_weight, weight, sizeof weight);
    memcpy(f->face_slant, slant, sizeof slant);
    const char *body = st && st->font_body ? st->font_body : "Charis SIL";
    const char *mono = st && st->font_mono ? st->font_mono : "DejaVu Sans Mono";
    int rc = 0;
    for (int i = 0; i < PDF_FACE_COUNT; i++)
        if (find_face(f, (pdf_face)i, i == PDF_FACE_MONO ? mono : body) != 0)
            rc = -1;
    if (rc != 0) {
        pdf_fonts_free(f);
        return -1;
    }
    *out = f;
    return 0;
}

void
pdf_fonts_free(pdf_fonts *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n_files; i++) {
        hb_font_destroy(f->files[i].font);
        hb_face_destroy(f->files[i].face);
        hb_blob_destroy(f->files[i].blob);
        free(f->files[i].gid);
        free(f->files[i].adv);
        free(f->files[i].kern_ascii);
        free(f->files[i].slot_cp);
    }
    f->n_files = 0;
    for (int i = 0; i < PDF_FACE_COUNT; i++) {
        free(f->face_res[i]);
        f->face_res[i] = NULL;
    }
    map_cleanup(&f->kern);
    map_cleanup(&f->fallback);
    map_cleanup(&f->warned);
    map_cleanup(&f->slots);
    if (f->any_font)
        FcCharSetDestroy(f->any_font);
    f->any_font = NULL;
    hb_buffer_destroy(f->hbuf);
    f->hbuf = NULL;
}

void
pdf_fonts_set_context(pdf_fonts *f, const char *file, uint32_t line)
{
    f->ctx_file = file;
    f->ctx_line = line;
}

const char *
pdf_fonts_face_path(const pdf_fonts *f, pdf_face face)
{
    return f->files[f->face_file[face]].path;
}

size_t
pdf_fonts_file_count(const pdf_fonts *f)
{
    return f->n_files;
}

const char *
pdf_fonts_file_path(const pdf_fonts *f, size_t file)
{
    return file < f->n_files ? f->files[file].path : NULL;
}

const char *
pdf_fonts_file_family(const pdf_fonts *f, size_t file)
{
    return file < f->n_files ? f->files[file].family : NULL;
}

bool
pdf_fonts_light(const pdf_fonts *f, size_t file)
{
    return file < f->n_files && f->files[file].weight < 600;
}

/* ---- glyphs and advances ------------------------------------------------ */

static int32_t
glyph_of(font_file *ff, uint32_t cp)
{
    hb_codepoint_t g;
    if (cp >= BMP)
        return hb_font_get_nominal_glyph(ff->font, cp, &g) ? (int32_t)g : GID_NONE;
    if (!ff->gid) {
        ff->gid = xmalloc(BMP * sizeof *ff->gid);
        for (size_t i = 0; i < BMP; i++)
            ff->gid[i] = GID_UNKNOWN;
    }
    if (ff->gid[cp] == GID_UNKNOWN)
        ff->gid[cp] = hb_font_get_nominal_glyph(ff->font, cp, &g) ? (int32_t)g : GID_NONE;
    return ff->gid[cp];
}

/* Advance in thousandths of an em, truncated like libharu's /W entries. */
static int
advance_of(font_file *ff, uint32_t cp)
{
    if (cp < BMP && ff->adv && ff->adv[cp] != ADV_UNKNOWN)
        return ff->adv[cp];
    int32_t g = glyph_of(ff, cp);
    hb_position_t a = hb_font_get_glyph_h_advance(ff->font, g < 0 ? 0 : (hb_codepoint_t)g);
    int w = (int)((long)a * 1000 / (long)ff->upem);
    if (cp < BMP) {
        if (!ff->adv) {
            ff->adv = xmalloc(BMP * sizeof *ff->adv);
            for (size_t i = 0; i < BMP; i++)
                ff->adv[i] = ADV_UNKNOWN;
        }
        ff->adv[cp] = (int16_t)w;
    }
    return w;
}

/* Kerning of the pair in font units: shape "ab" with kerning only. */
static int
kern_units(pdf_fonts *f, size_t file, uint32_t a, uint32_t b)
{
    font_file *ff = &f->files[file];
    if (!ff->has_kern)
        return 0;
    int16_t *ascii = NULL;
    if (a < 128 && b < 128) {
        if (!ff->kern_ascii) {
            ff->kern_ascii = xmalloc(128 * 128 * sizeof *ff->kern_ascii);
            for (size_t i = 0; i < 128 * 128; i++)
                ff->kern_ascii[i] = INT16_MIN;
        }
        ascii = &ff->kern_ascii[a * 128 + b];
        if (*ascii != INT16_MIN)
            return *ascii;
    }
    uint64_t key = ((uint64_t)file << 42) | ((uint64_t)a << 21) | b;
    int32_t *slot = ascii ? NULL : map_find(&f->kern, key, false);
    if (slot)
        return *slot;
    int k = 0;
    int32_t ga = glyph_of(ff, a), gb = glyph_of(ff, b);
    if (ga > 0 && gb > 0) {
        static const char *const feats[] = {"kern",  "-liga", "-clig", "-dlig", "-calt",
                                            "-rlig", "-ccmp", "-locl", "-mark", "-mkmk"};
        hb_feature_t fv[sizeof feats / sizeof *feats];
        for (size_t i = 0; i < sizeof feats / sizeof *feats; i++)
            hb_feature_from_string(feats[i], -1, &fv[i]);
        hb_buffer_clear_contents(f->hbuf);
        uint32_t pair[2] = {a, b};
        hb_buffer_add_utf32(f->hbuf, pair, 2, 0, 2);
        hb_buffer_guess_segment_properties(f->hbuf);
        if (hb_buffer_get_direction(f->hbuf) == HB_DIRECTION_LTR) {
            hb_shape(ff->font, f->hbuf, fv, sizeof fv / sizeof *fv);
            unsigned n = 0;
            hb_glyph_info_t *gi = hb_buffer_get_glyph_infos(f->hbuf, &n);
            hb_glyph_position_t *gp = hb_buffer_get_glyph_positions(f->hbuf, NULL);
            if (n == 2 && gi[0].codepoint == (uint32_t)ga && gi[1].codepoint == (uint32_t)gb &&
                gp[1].x_offset == 0)
                k = gp[0].x_advance - hb_font_get_glyph_h_advance(ff->font, (hb_codepoint_t)ga);
        }
    }
    if (k < INT16_MIN + 1 || k > INT16_MAX)
        k = 0; /* not a kerning value any font means */
    if (ascii)
        *ascii = (int16_t)k;
    else
        *map_find(&f->kern, key, true) = k;
    return k;
}

/* ---- fallback ----------------------------------------------------------- */

static void
warn_char(pdf_fonts *f, uint32_t cp, const char *why)
{
    int32_t *w = map_find(&f->warned, cp, true);
    if (*w)
        return;
    *w = 1;
    /* A text in a script no font covers would list thousands: name the
     * first ones, then say once that there are more. */
    if (++f->n_warned > WARN_MAX) {
        if (f->n_warned == WARN_MAX + 1)
            diag_warn(f->diags, f->ctx_file, f->ctx_line, 0,
                      "more characters cannot be printed (U+%04X here and others); they are "
                      "not listed one by one",
                      (unsigned)cp);
        return;
    }
    char u8[5] = {0};
    if (cp < 0x20 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
        u8[0] = '?';
    else
        utf8_encode(cp, u8);
    diag_warn(f->diags, f->ctx_file, f->ctx_line, 0, "character U+%04X \"%s\" %s", (unsigned)cp, u8,
              why);
}

static FcCharSet *
union_charset(void)
{
    FcCharSet *all = FcCharSetCreate();
    FcPattern *p = FcPatternCreate();
    FcPatternAddString(p, FC_FONTFORMAT, (const FcChar8 *)"TrueType");
    FcObjectSet *os = FcObjectSetBuild(FC_CHARSET, (char *)NULL);
    FcFontSet *fs = FcFontList(NULL, p, os);
    for (int i = 0; fs && i < fs->nfont; i++) {
        FcCharSet *cs = NULL;
        if (FcPatternGetCharSet(fs->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch)
            FcCharSetMerge(all, cs, NULL);
    }
    if (fs)
        FcFontSetDestroy(fs);
    FcObjectSetDestroy(os);
    FcPatternDestroy(p);
    return all;
}

/* Fallbacks already chosen for this face come first, so a script the face
 * lacks (Greek in a Latin font) is set in one font; otherwise fontconfig
 * picks, by charset first, then closeness to the face's family and style. */
static int
find_fallback(pdf_fonts *f, pdf_face face, uint32_t cp, size_t *out)
{
    for (size_t i = 0; i < f->n_fallbacks[face]; i++)
        if (glyph_of(&f->files[f->face_fallbacks[face][i]], cp) > 0) {
            *out = f->face_fallbacks[face][i];
            return 0;
        }
    /* Sorting every font costs about half a millisecond; a character no
     * font has (a whole script missing) is answered from the union. */
    if (!f->any_font)
        f->any_font = union_charset();
    if (!FcCharSetHasChar(f->any_font, cp))
        return -1;
    FcPattern *p = style_pattern(f->face_family[face], f->face_generic[face], f->face_weight[face],
                                 f->face_slant[face]);
    FcCharSet *cs = FcCharSetCreate();
    FcCharSetAddChar(cs, cp);
    FcPatternAddCharSet(p, FC_CHARSET, cs);
    FcCharSetDestroy(cs);
    FcFontSet *fs = sort_pattern(p);
    int rc = load_from_set(f, fs, cp, true, out, NULL);
    if (fs)
        FcFontSetDestroy(fs);
    FcPatternDestroy(p);
    if (rc == 0 && glyph_of(&f->files[*out], cp) <= 0)
        rc = -1;
    if (rc == 0) {
        size_t n = f->n_fallbacks[face];
        f->face_fallbacks[face] = arena_realloc(f->arena, f->face_fallbacks[face],
                                                n * sizeof(size_t), (n + 1) * sizeof(size_t));
        f->face_fallbacks[face][n] = *out;
        f->n_fallbacks[face] = n + 1;
    }
    return rc;
}

static bool
has_all(pdf_fonts *f, size_t file, uint32_t lo, uint32_t hi)
{
    for (uint32_t c = lo; c <= hi; c++)
        if (c != 0x03C2 && glyph_of(&f->files[file], c) <= 0) /* final sigma optional */
            return false;
    return true;
}

/* The font a face sets a whole script block in: BLOCK_OWN when the face
 * has the block's letters (or nothing better exists), else a fallback. */
static int32_t
block_font(pdf_fonts *f, pdf_face face, size_t b)
{
    int32_t *slot = &f->block_file[face][b];
    if (*slot != BLOCK_UNKNOWN)
        return *slot;
    *slot = BLOCK_OWN;
    if (has_all(f, f->face_file[face], BLOCKS[b].need_lo, BLOCKS[b].need_hi))
        return *slot;
    /* a fallback already taken for this face, if it is of the face's kind
       (a sans font taken for a symbol must not set a serif book's Greek) */
    for (size_t i = 0; i < f->n_fallbacks[face]; i++) {
        font_file *ff = &f->files[f->face_fallbacks[face][i]];
        if (face != PDF_FACE_MONO && f->face_generic[face] &&
            strcmp(generic_of(ff, false), f->face_generic[face]) != 0)
            continue;
        if (has_all(f, f->face_fallbacks[face][i], BLOCKS[b].need_lo, BLOCKS[b].need_hi))
            return *slot = (int32_t)f->face_fallbacks[face][i];
    }
    FcPattern *p = style_pattern(f->face_family[face], f->face_generic[face], f->face_weight[face],
                                 f->face_slant[face]);
    FcCharSet *cs = FcCharSetCreate();
    for (uint32_t c = BLOCKS[b].need_lo; c <= BLOCKS[b].need_hi; c++)
        if (c != 0x03C2)
            FcCharSetAddChar(cs, c);
    FcPatternAddCharSet(p, FC_CHARSET, cs);
    FcFontSet *fs = sort_pattern(p);
    for (int i = 0; fs && i < fs->nfont; i++) {
        FcCharSet *have = NULL;
        if (FcPatternGetCharSet(fs->fonts[i], FC_CHARSET, 0, &have) != FcResultMatch ||
            FcCharSetSubtractCount(cs, have) != 0)
            continue;
        FcFontSet one = {1, 1, &fs->fonts[i]};
        size_t file;
        if (load_from_set(f, &one, 0, false, &file, NULL) == 0 &&
            has_all(f, file, BLOCKS[b].need_lo, BLOCKS[b].need_hi)) {
            *slot = (int32_t)file;
            break;
        }
    }
    if (fs)
        FcFontSetDestroy(fs);
    FcCharSetDestroy(cs);
    FcPatternDestroy(p);
    return *slot;
}

static size_t resolve_slow(pdf_fonts *f, pdf_face face, uint32_t cp);

/* The Private Use Area code font file `file` draws character cp (outside
 * the BMP) with: a code the font itself does not map, given to cp for the
 * whole document; 0 when the file's slots are all taken (6,400 such
 * characters: it prints as U+FFFD). */
static uint32_t
slot_of(pdf_fonts *f, size_t file, uint32_t cp)
{
    uint64_t key = (uint64_t)file << 32 | cp;
    int32_t *have = map_find(&f->slots, key, false);
    if (have)
        return (uint32_t)*have;
    font_file *ff = &f->files[file];
    uint32_t slot = 0;
    while (ff->next_slot < PUA_N && !slot) {
        uint32_t c = PUA_LO + ff->next_slot++;
        if (glyph_of(ff, c) == GID_NONE)
            slot = c;
    }
    if (!slot) {
        warn_char(f, cp, "is one character outside the BMP too many for one font and prints as "
                         "\xEF\xBF\xBD");
        *map_find(&f->slots, key, true) = 0;
        return 0;
    }
    if (!ff->slot_cp)
        ff->slot_cp = xcalloc(PUA_N, sizeof *ff->slot_cp);
    ff->slot_cp[slot - PUA_LO] = cp;
    /* the slot's glyph and advance are the character's from now on */
    ff->gid[slot] = glyph_of(ff, cp);
    if (ff->adv)
        ff->adv[slot] = ADV_UNKNOWN;
    *map_find(&f->slots, key, true) = (int32_t)slot;
    return slot;
}

uint32_t
pdf_fonts_slot_char(const pdf_fonts *f, size_t file, uint32_t code)
{
    if (file >= f->n_files || code < PUA_LO || code >= PUA_LO + PUA_N)
        return 0;
    const font_file *ff = &f->files[file];
    return ff->slot_cp ? ff->slot_cp[code - PUA_LO] : 0;
}

/* Answers are cached per face for the whole BMP (which includes U+FFFD,
 * the stand-in for everything above it), so each character's lookup, and
 * its warning, happens once. */
size_t
pdf_fonts_resolve(pdf_fonts *f, pdf_face face, uint32_t cp, uint32_t *draw)
{
    if ((unsigned)face >= PDF_FACE_COUNT)
        face = PDF_FACE_REGULAR;
    if (cp < 0x20 || cp == 0x7F)
        cp = ' ';
    if (cp >= BMP) {
        size_t file = resolve_slow(f, face, cp);
        uint32_t slot = glyph_of(&f->files[file], cp) > 0 ? slot_of(f, file, cp) : 0;
        if (slot) {
            *draw = slot;
            return file;
        }
        cp = 0xFFFD; /* resolve_slow said no font has it */
    }
    *draw = cp;
    uint16_t *cache = f->face_res[face];
    size_t file;
    if (cache && cache[cp]) {
        file = cache[cp] - 1u;
    } else {
        file = resolve_slow(f, face, cp);
        if (!cache)
            cache = f->face_res[face] = xcalloc(BMP, sizeof *cache);
        if (file < UINT16_MAX)
            cache[cp] = (uint16_t)(file + 1);
    }
    /* A Private Use Area character its file does not map prints U+FFFD:
       drawn as its own code it could become a slot later in the document
       (a slot is any code the file leaves unmapped), and print, and copy
       out, as that slot's character. */
    if (cp >= PUA_LO && cp < PUA_LO + PUA_N &&
        (pdf_fonts_slot_char(f, file, cp) || glyph_of(&f->files[file], cp) <= 0))
        *draw = 0xFFFD;
    return file;
}

static size_t
resolve_slow(pdf_fonts *f, pdf_face face, uint32_t cp)
{
    size_t primary = f->face_file[face];
    for (size_t b = 0; b < N_BLOCKS; b++)
        if (cp >= BLOCKS[b].lo && cp <= BLOCKS[b].hi) {
            int32_t bf = block_font(f, face, b);
            if (bf >= 0 && glyph_of(&f->files[bf], cp) > 0)
                return (size_t)bf;
            break;
        }
    if (glyph_of(&f->files[primary], cp) > 0)
        return primary;
    uint64_t key = ((uint64_t)face << 32) | cp;
    int32_t *slot = map_find(&f->fallback, key, false);
    if (slot)
        return *slot < 0 ? primary : (size_t)*slot;
    size_t file;
    int32_t v = find_fallback(f, face, cp, &file) == 0 ? (int32_t)file : -1;
    *map_find(&f->fallback, key, true) = v;
    if (v < 0) {
        bool replaced = cp >= BMP || (cp >= PUA_LO && cp < PUA_LO + PUA_N);
        warn_char(f, cp, replaced ? "is in no installed font and prints as \xEF\xBF\xBD"
                                  : "is in no installed font and prints as a box");
        return primary;
    }
    return (size_t)v;
}

/* ---- runs --------------------------------------------------------------- */

static void
flush_piece(pdf_fonts *f, size_t file, double x, double w, pdf_fonts_piece_fn fn, void *ud)
{
    if (f->piece_len && fn)
        fn(ud, file, f->piece, f->piece_len, x, w);
    f->piece_len = 0;
}

double
pdf_fonts_run(pdf_fonts *f, pdf_face face, double size, const char *s, size_t len,
              pdf_fonts_piece_fn fn, void *ud)
{
    /* Advances add up in integer thousandths of an em and kerns in points,
     * so the loop carries no floating-point division. */
    long adv = 0;
    long piece_adv = 0; /* adv where the current piece began */
    double kern = 0, piece_x = 0, scale = size / 1000.0;
    size_t cur = SIZE_MAX;
    uint32_t prev = 0;
    f->piece_len = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        unsigned char c0 = (unsigned char)s[i];
        size_t n;
        if (c0 < 0x80) {
            cp = c0;
            n = 1;
        } else if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
            cp = 0xFFFD;
            n = 1;
        }
        i += n;
        /* Invisible format characters (soft hyphen, zero-width space and
         * joiners, word joiner, BOM, and the bidi embeddings, overrides
         * and isolates, whose work layout has done) take no room and
         * print nothing. */
        if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) ||
            cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            continue;
        uint32_t draw;
        size_t file = pdf_fonts_resolve(f, face, cp, &draw);
        font_file *ff = &f->files[file];
        int ku = file == cur ? kern_units(f, file, prev, draw) : 0;
        if (ku)
            kern += (double)ku * size / ff->upem;
        /* Long pieces are cut: libharu refuses strings over 64 KB, and short
         * ones cost nothing since each is placed at its exact x. */
        if (file != cur || ku != 0 || (fn && f->piece_len >= PIECE_MAX)) {
            if (fn) {
                flush_piece(f, cur, piece_x, (double)(adv - piece_adv) * scale, fn, ud);
                piece_x = (double)adv * scale + kern;
                piece_adv = adv;
            }
            cur = file;
        }
        if (fn) {
            if (draw < 0x80)
                f->piece[f->piece_len++] = (char)draw;
            else
                f->piece_len += utf8_encode(draw, f->piece + f->piece_len);
        }
        adv += advance_of(ff, draw);
        prev = draw;
    }
    if (fn)
        flush_piece(f, cur, piece_x, (double)(adv - piece_adv) * scale, fn, ud);
    return (double)adv * scale + kern;
}

void
pdf_fonts_scan(pdf_fonts *f, pdf_face face, const char *s, size_t len, const char *file,
               uint32_t line)
{
    const char *keep_file = f->ctx_file;
    uint32_t keep_line = f->ctx_line;
    f->ctx_file = file;
    f->ctx_line = line;
    const uint16_t *known = (unsigned)face < PDF_FACE_COUNT ? f->face_res[face] : NULL;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n;
        if ((unsigned char)s[i] < 0x80) {
            cp = (unsigned char)s[i];
            n = 1;
        } else if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
            cp = 0xFFFD;
            n = 1;
        }
        i += n;
        if (cp == '\n') {
            if (f->ctx_line)
                f->ctx_line++;
            continue;
        }
        /* a character this face resolved before has been reported, if at
           all; most text is such characters */
        if (known && cp >= 0x20 && cp != 0x7F && cp < BMP && known[cp])
            continue;
        uint32_t draw;
        pdf_fonts_resolve(f, face, cp, &draw);
        known = (unsigned)face < PDF_FACE_COUNT ? f->face_res[face] : NULL;
    }
    f->ctx_file = keep_file;
    f->ctx_line = keep_line;
}

/* ---- metrics interface -------------------------------------------------- */

static double
m_width(void *ud, pdf_face face, double size, const char *s, size_t len)
{
    return pdf_fonts_run(ud, face, size, s, len, NULL, NULL);
}

static double
m_kern(void *ud, pdf_face face, double size, uint32_t a, uint32_t b)
{
    pdf_fonts *f = ud;
    uint32_t da, db;
    size_t fa = pdf_fonts_resolve(f, face, a, &da);
    size_t fb = pdf_fonts_resolve(f, face, b, &db);
    if (fa != fb)
        return 0;
    return (double)kern_units(f, fa, da, db) * size / f->files[fa].upem;
}

static double
m_extent(pdf_fonts *f, pdf_face face, double size, bool asc)
{
    if ((unsigned)face >= PDF_FACE_COUNT)
        face = PDF_FACE_REGULAR;
    font_file *ff = &f->files[f->face_file[face]];
    hb_font_extents_t e;
    if (!hb_font_get_h_extents(ff->font, &e))
        return asc ? size * 0.8 : -size * 0.2;
    return (double)(asc ? e.ascender : e.descender) * size / ff->upem;
}

static double
m_ascent(void *ud, pdf_face face, double size)
{
    return m_extent(ud, face, size, true);
}

static double
m_descent(void *ud, pdf_face face, double size)
{
    return m_extent(ud, face, size, false);
}

pdf_metrics
pdf_fonts_metrics(pdf_fonts *f)
{
    pdf_metrics m = {f, m_width, m_kern, m_ascent, m_descent};
    return m;
}

/* ---- subsetting --------------------------------------------------------- */

/* The face `sub` again with its 'cmap' replaced by `cmap` (when not NULL)
 * and a 'prep' table of one no-op (PUSHB[0] 0, POP) when `prep` is set.
 * libharu 2.3.0 saves the 13 tables it wants in tag order into a memory
 * stream of 4 KB blocks and then seeks back to each to sum it; a table the
 * font lacks is written empty, and 'prep' comes last, so a hinting-free
 * subset has an empty table at the very end. When the stream's size is a
 * whole number of blocks that seek lands past the last block, libharu
 * fails with HPDF_INVALID_OBJECT (0x1033) and the book gets no PDF: about
 * one set of characters in a thousand. A non-empty 'prep' never ends
 * where the stream does. */
static hb_face_t *
rebuilt(hb_face_t *sub, hb_blob_t *cmap, bool prep)
{
    /* a subset face is a builder face, which cannot list its tables (before
       HarfBuzz 7): read them back from its bytes */
    hb_blob_t *bytes = hb_face_reference_blob(sub);
    hb_face_t *parsed = hb_face_create(bytes, 0);
    hb_blob_destroy(bytes);
    hb_face_t *b = hb_face_builder_create();
    hb_tag_t tags[64];
    unsigned start = 0, count;
    do {
        count = sizeof tags / sizeof tags[0];
        hb_face_get_table_tags(parsed, start, &count, tags);
        for (unsigned i = 0; i < count; i++) {
            if (cmap && tags[i] == HB_TAG('c', 'm', 'a', 'p'))
                continue;
            hb_blob_t *t = hb_face_reference_table(parsed, tags[i]);
            hb_face_builder_add_table(b, tags[i], t);
            hb_blob_destroy(t);
        }
        start += count;
    } while (count == sizeof tags / sizeof tags[0]);
    if (cmap)
        hb_face_builder_add_table(b, HB_TAG('c', 'm', 'a', 'p'), cmap);
    if (prep) {
        static const char code[] = {(char)0xB0, 0, 0x21};
        hb_blob_t *p = hb_blob_create(code, sizeof code, HB_MEMORY_MODE_READONLY, NULL, NULL);
        hb_face_builder_add_table(b, HB_TAG('p', 'r', 'e', 'p'), p);
        hb_blob_destroy(p);
    }
    hb_face_destroy(parsed);
    return b;
}

static void
put16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v >> 8);
    p[1] = (unsigned char)v;
}

/* A 'cmap' of one Windows Unicode BMP subtable (format 4, the one libharu
 * reads) mapping codes[i] to gids[i] (codes ascending), runs of codes
 * whose glyphs run alike in one segment; NULL when it would not fit the
 * format's 16-bit length. */
static hb_blob_t *
cmap_format4(const uint32_t *codes, const uint32_t *gids, size_t n)
{
    size_t segs = 1; /* the closing 0xFFFF segment */
    for (size_t i = 0; i < n; i++)
        if (i == 0 || codes[i] != codes[i - 1] + 1 || gids[i] - codes[i] != gids[i - 1] - codes[i - 1])
            segs++;
    size_t sub_len = 16 + 8 * segs;
    if (sub_len > 0xFFFF)
        return NULL;
    size_t len = 12 + sub_len;
    unsigned char *t = xcalloc(1, len);
    put16(t + 2, 1);      /* one subtable */
    put16(t + 4, 3);      /* platform: Windows */
    put16(t + 6, 1);      /* encoding: Unicode BMP */
    t[11] = 12;           /* at offset 12 */
    unsigned char *s = t + 12;
    put16(s, 4);
    put16(s + 2, (unsigned)sub_len);
    put16(s + 6, (unsigned)(2 * segs));
    unsigned sel = 0;
    while ((2u << sel) <= segs)
        sel++;
    put16(s + 8, 2u << sel);                      /* searchRange */
    put16(s + 10, sel);                           /* entrySelector */
    put16(s + 12, (unsigned)(2 * segs) - (2u << sel)); /* rangeShift */
    unsigned char *end = s + 14, *startc = end + 2 * segs + 2, *delta = startc + 2 * segs;
    size_t k = 0;
    for (size_t i = 0; i < n; k++) {
        size_t j = i;
        while (j + 1 < n && codes[j + 1] == codes[j] + 1 &&
               gids[j + 1] - codes[j + 1] == gids[i] - codes[i])
            j++;
        put16(end + 2 * k, codes[j]);
        put16(startc + 2 * k, codes[i]);
        put16(delta + 2 * k, (gids[i] - codes[i]) & 0xFFFF);
        i = j + 1;
    }
    put16(end + 2 * k, 0xFFFF);
    put16(startc + 2 * k, 0xFFFF);
    put16(delta + 2 * k, 1);
    /* idRangeOffset: all zero (xcalloc) */
    return hb_blob_create((const char *)t, (unsigned)len, HB_MEMORY_MODE_READONLY, t, free);
}

/* The cmap libharu is to read for a subset of font file `file` holding the
 * characters behind cps[0..n): the BMP codes as they are and each slot
 * mapped to its character's glyph in the subset. */
static hb_blob_t *
slots_cmap(pdf_fonts *f, size_t file, hb_face_t *sub, const uint32_t *cps, size_t n)
{
    hb_blob_t *bytes = hb_face_reference_blob(sub);
    hb_face_t *parsed = hb_face_create(bytes, 0);
    hb_blob_destroy(bytes);
    hb_font_t *font = hb_font_create(parsed);
    uint32_t *codes = xmalloc((n + 1) * sizeof *codes), *gids = xmalloc((n + 1) * sizeof *gids);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t real = pdf_fonts_slot_char(f, file, cps[i]);
        hb_codepoint_t g;
        if (cps[i] < BMP && (m == 0 || cps[i] > codes[m - 1]) &&
            hb_font_get_nominal_glyph(font, real ? real : cps[i], &g) && g > 0) {
            codes[m] = cps[i];
            gids[m++] = g;
        }
    }
    hb_blob_t *cmap = cmap_format4(codes, gids, m);
    free(codes);
    free(gids);
    hb_font_destroy(font);
    hb_face_destroy(parsed);
    return cmap;
}

/* hb-subset of one file. `keep_names` keeps the name table's copyright,
 * licence and vendor records (IDs 0-14), not only the family names, so a
 * font that travels as a file (an EPUB's) still says its licence.
 * `for_libharu` gives it the 'prep' table libharu needs (with_prep). */
static int
subset(pdf_fonts *f, size_t file, const uint32_t *cps, size_t n, bool keep_names,
       bool for_libharu, buf *out)
{
    if (file >= f->n_files) {
        diag_error(f->diags, NULL, 0, 0, "font subset: no font file %zu", file);
        return -1;
    }
    font_file *ff = &f->files[file];
    hb_subset_input_t *in = hb_subset_input_create_or_fail();
    if (!in) {
        diag_error(f->diags, NULL, 0, 0, "font subset: out of memory");
        return -1;
    }
    hb_set_t *u = hb_subset_input_unicode_set(in);
    bool slots = false; /* some code is a slot: the subset needs our cmap */
    for (size_t i = 0; i < n; i++) {
        uint32_t real = pdf_fonts_slot_char(f, file, cps[i]);
        hb_set_add(u, real ? real : cps[i]);
        slots |= real != 0;
    }
    if (keep_names)
        hb_set_add_range(hb_subset_input_set(in, HB_SUBSET_SETS_NAME_ID), 0, 14);
    /* Hinting is for screens at small pixel sizes; viewers autohint. */
    hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
    hb_face_t *sub = hb_subset_or_fail(ff->face, in);
    hb_subset_input_destroy(in);
    if (!sub) {
        diag_error(f->diags, NULL, 0, 0, "font subset failed for %s", ff->path);
        return -1;
    }
    if (for_libharu) {
        hb_blob_t *prep = hb_face_reference_table(sub, HB_TAG('p', 'r', 'e', 'p'));
        bool has_prep = hb_blob_get_length(prep) > 0;
        hb_blob_destroy(prep);
        hb_blob_t *cmap = slots ? slots_cmap(f, file, sub, cps, n) : NULL;
        if (slots && !cmap)
            diag_warn(f->diags, NULL, 0, 0,
                      "%s: too many characters for one cmap; those outside the BMP print "
                      "as boxes",
                      ff->path);
        if (!has_prep || cmap) {
            hb_face_t *b = rebuilt(sub, cmap, !has_prep);
            hb_face_destroy(sub);
            sub = b;
        }
        hb_blob_destroy(cmap);
    }
    hb_blob_t *blob = hb_face_reference_blob(sub);
    unsigned blen = 0;
    const char *data = hb_blob_get_data(blob, &blen);
    int rc = 0;
    buf_clear(out);
    if (!data || blen == 0 || buf_add(out, data, blen) != 0) {
        diag_error(f->diags, NULL, 0, 0, "font subset failed for %s", ff->path);
        rc = -1;
    }
    hb_blob_destroy(blob);
    hb_face_destroy(sub);
    return rc;
}

int
pdf_fonts_subset(pdf_fonts *f, size_t file, const uint32_t *cps, size_t n, buf *out)
{
    if (subset(f, file, cps, n, false, true, out) != 0)
        return -1;
    /* hb-subset puts glyf last; when the last glyph is empty (a space) its
       loca offset is the end of the file, and libharu 2.3.0, copying the
       used glyphs, fails to seek there (HPDF_INVALID_OBJECT 0x1033 from
       its memory stream). Bytes after the last table are outside every
       table and libharu rewrites the tables anyway: pad. */
    static const char pad[4] = {0};
    return buf_add(out, pad, sizeof pad);
}

int
pdf_fonts_subset_file(pdf_fonts *f, size_t file, const uint32_t *cps, size_t n, buf *out)
{
    return subset(f, file, cps, n, true, false, out);
}

size_t
pdf_fonts_face_file(const pdf_fonts *f, pdf_face face)
{
    return f->face_file[face];
}

bool
pdf_fonts_embeddable(const pdf_fonts *f, size_t file)
{
    if (file >= f->n_files)
        return false;
    /* OS/2 fsType (bytes 8-9): 0x0002 alone is "restricted licence
     * embedding" (may not be embedded at all); 0x0200 allows bitmaps only.
     * Preview & print (0x0004) and editable (0x0008) allow documents. */
    hb_blob_t *os2 = hb_face_reference_table(f->files[file].face, HB_TAG('O', 'S', '/', '2'));
    unsigned len = 0;
    const unsigned char *d = (const unsigned char *)hb_blob_get_data(os2, &len);
    bool ok = true;
    if (d && len >= 10) {
        unsigned fs = (unsigned)d[8] << 8 | d[9];
        if (((fs & 0x000F) == 0x0002) || (fs & 0x0200))
            ok = false;
    }
    hb_blob_destroy(os2);
    return ok;
}

/* ---- sanitizer hook ------------------------------------------------------- */

/* fontconfig 2.14 leaks a little while parsing its XML configuration inside
 * FcInit, and libhyphen 2.8 a few hundred bytes while loading patterns that
 * set one pattern twice (de, fr: the first match string is overwritten,
 * never freed); LeakSanitizer calls this (weak in its runtime) for
 * suppressions, so ASan builds stay clean without hiding our own leaks.
 * Unused outside sanitizer builds. */
const char *__lsan_default_suppressions(void);
const char *
__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\nleak:libhyphen.so\n";
}
