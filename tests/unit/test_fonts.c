/*
 * test_fonts.c - the fonts module against the installed Charis SIL and
 * DejaVu Sans Mono: faces found by fontconfig, HarfBuzz widths, kerning,
 * fallback for characters Charis lacks, and warnings for unprintable ones.
 */
#include "base/arena.h"
#include "base/diag.h"
#include "base/utf8.h"
#include "harness.h"
#include "pdf/fonts/pdf_fonts.h"
#include "style/style.h"

#include <hb.h>
#include <math.h>

static arena *A;
static diag_list D;
static pdf_fonts *F;
static pdf_metrics M;

#define NEAR(a, b, tol) OK(fabs((double)(a) - (double)(b)) <= (tol))

static int pieces;
static size_t piece_file[8];
static void
count_piece(void *ud, size_t file, const char *text, size_t len, double x, double w)
{
    (void)ud, (void)text, (void)len, (void)x, (void)w;
    if (pieces < 8)
        piece_file[pieces] = file;
    pieces++;
}

TEST(faces_found)
{
    STR_EQ(strrchr(pdf_fonts_face_path(F, PDF_FACE_REGULAR), '/'), "/CharisSIL-Regular.ttf");
    STR_EQ(strrchr(pdf_fonts_face_path(F, PDF_FACE_ITALIC), '/'), "/CharisSIL-Italic.ttf");
    STR_EQ(strrchr(pdf_fonts_face_path(F, PDF_FACE_BOLD), '/'), "/CharisSIL-Bold.ttf");
    STR_EQ(strrchr(pdf_fonts_face_path(F, PDF_FACE_BOLD_ITALIC), '/'), "/CharisSIL-BoldItalic.ttf");
    STR_EQ(strrchr(pdf_fonts_face_path(F, PDF_FACE_MONO), '/'), "/DejaVuSansMono.ttf");
    INT_EQ(D.errors, 0);
    INT_EQ(D.warnings, 0);
}

TEST(widths)
{
    /* DejaVu Sans Mono: every glyph advances 1233/2048 em = 602/1000 em. */
    NEAR(M.width(M.ud, PDF_FACE_MONO, 10, "abcdefghij", 10), 10 * 6.02, 1e-9);
    NEAR(M.width(M.ud, PDF_FACE_MONO, 10, "\xC3\xA9\xE2\x80\x94", 5), 2 * 6.02, 1e-9);
    /* Charis is proportional: "m" is wider than "i"; empty text has no width. */
    double m = M.width(M.ud, PDF_FACE_REGULAR, 12, "m", 1);
    double i = M.width(M.ud, PDF_FACE_REGULAR, 12, "i", 1);
    OK(m > 1.8 * i);
    NEAR(M.width(M.ud, PDF_FACE_REGULAR, 12, "", 0), 0, 1e-12);
    /* Widths scale with size and add up over a run without kerning pairs. */
    double w10 = M.width(M.ud, PDF_FACE_REGULAR, 10, "mim", 3);
    double w20 = M.width(M.ud, PDF_FACE_REGULAR, 20, "mim", 3);
    NEAR(w20, 2 * w10, 1e-9);
    /* A plausible em-relative size for a lowercase alphabet (about 13 em). */
    double abc = M.width(M.ud, PDF_FACE_REGULAR, 1, "abcdefghijklmnopqrstuvwxyz", 26);
    OK(abc > 11 && abc < 15);
    /* Soft hyphens, zero-width spaces and joiners take no room. */
    NEAR(M.width(M.ud, PDF_FACE_REGULAR, 10,
                 "a\xC2\xAD"
                 "b\xE2\x80\x8B"
                 "c\xEF\xBB\xBF",
                 11),
         M.width(M.ud, PDF_FACE_REGULAR, 10, "abc", 3), 1e-12);
    /* Bold is wider than regular. */
    OK(M.width(M.ud, PDF_FACE_BOLD, 12, "bold", 4) >
       M.width(M.ud, PDF_FACE_REGULAR, 12, "bold", 4));
    OK(M.ascent(M.ud, PDF_FACE_REGULAR, 10) > 7 && M.ascent(M.ud, PDF_FACE_REGULAR, 10) < 12);
    OK(M.descent(M.ud, PDF_FACE_REGULAR, 10) < -1 && M.descent(M.ud, PDF_FACE_REGULAR, 10) > -5);
}

TEST(kerning)
{
    /* Charis SIL has no kerning pairs; DejaVu Serif kerns through GPOS. */
    style st;
    style_defaults(&st);
    st.font_body = "DejaVu Serif";
    pdf_fonts *k;
    OK(pdf_fonts_new(A, &D, &st, &k) == 0);
    pdf_metrics km = pdf_fonts_metrics(k);
    double av = km.kern(km.ud, PDF_FACE_REGULAR, 10, 'A', 'V');
    OK(av < -0.3);
    /* The run "AV" is the sum of its letters plus the pair's kerning. */
    double a = km.width(km.ud, PDF_FACE_REGULAR, 10, "A", 1);
    double v = km.width(km.ud, PDF_FACE_REGULAR, 10, "V", 1);
    NEAR(km.width(km.ud, PDF_FACE_REGULAR, 10, "AV", 2), a + v + av, 1e-9);
    OK(km.kern(km.ud, PDF_FACE_REGULAR, 10, 'T', 'o') < -0.3);
    NEAR(km.kern(km.ud, PDF_FACE_REGULAR, 10, 'o', 'o'), 0, 1e-12);
    /* A kerned pair splits the run into two pieces, the second moved left. */
    pieces = 0;
    pdf_fonts_run(k, PDF_FACE_REGULAR, 10, "AV", 2, count_piece, NULL);
    INT_EQ(pieces, 2);
    NEAR(km.kern(km.ud, PDF_FACE_MONO, 10, 'A', 'V'), 0, 1e-12);
    OK(M.kern(M.ud, PDF_FACE_REGULAR, 10, 'A', 'V') <= 0);
    pdf_fonts_free(k);
}

TEST(fallback)
{
    /* U+2192 RIGHTWARDS ARROW... Charis may have it; use a character it
     * surely lacks: U+2654 WHITE CHESS KING (DejaVu has it). */
    uint32_t draw;
    size_t regular = pdf_fonts_resolve(F, PDF_FACE_REGULAR, 'a', &draw);
    size_t king = pdf_fonts_resolve(F, PDF_FACE_REGULAR, 0x2654, &draw);
    OK(king != regular);
    INT_EQ(draw, 0x2654);
    OK(strstr(pdf_fonts_file_path(F, king), "DejaVu") != NULL);
    /* The fallback's width counts in the run, and the run splits there. */
    double w = M.width(M.ud, PDF_FACE_REGULAR, 10,
                       "a\xE2\x99\x94"
                       "a",
                       5);
    double a = M.width(M.ud, PDF_FACE_REGULAR, 10, "a", 1);
    OK(w > 2 * a + 3);
    pieces = 0;
    pdf_fonts_run(F, PDF_FACE_REGULAR, 10,
                  "a\xE2\x99\x94"
                  "a",
                  5, count_piece, NULL);
    INT_EQ(pieces, 3);
    INT_EQ(piece_file[1], king);
    INT_EQ(D.warnings, 0);
}

TEST(greek_one_serif_font)
{
    /* Greek in the serif book face: Charis SIL has α but not ά, so the
       whole script comes from one fallback, and a serif one, even after
       a sans font was taken for a symbol (the chess king, above). */
    uint32_t draw;
    size_t alpha = pdf_fonts_resolve(F, PDF_FACE_REGULAR, 0x03B1, &draw);
    size_t alpha_tonos = pdf_fonts_resolve(F, PDF_FACE_REGULAR, 0x03AC, &draw);
    size_t omega = pdf_fonts_resolve(F, PDF_FACE_REGULAR, 0x03C9, &draw);
    INT_EQ(alpha, alpha_tonos);
    INT_EQ(alpha, omega);
    const char *fam = pdf_fonts_file_family(F, alpha);
    OK(fam && !strstr(fam, "Sans"));
    INT_EQ(D.warnings, 0);
}

TEST(unprintable)
{
    /* Outside the BMP and in no font (U+1FFF0, unassigned): warned once
       with the context, printed as U+FFFD, never dropped. */
    pdf_fonts_set_context(F, "articles/x.md", 12);
    double w = M.width(M.ud, PDF_FACE_REGULAR, 10, "\xF0\x9F\xBF\xB0", 4);
    OK(w > 0);
    M.width(M.ud, PDF_FACE_REGULAR, 10, "\xF0\x9F\xBF\xB0", 4);
    INT_EQ(D.warnings, 1);
    OK(HAS_DIAG(D, "U+1FFF0"));
    uint32_t draw;
    pdf_fonts_resolve(F, PDF_FACE_REGULAR, 0x1FFF0, &draw);
    INT_EQ(draw, 0xFFFD);
    INT_EQ(D.items[D.count - 1].line, 12);
    STR_EQ(D.items[D.count - 1].file, "articles/x.md");
    /* An unassigned code point no font has: warned, measured as .notdef. */
    OK(M.width(M.ud, PDF_FACE_REGULAR, 10, "\xCD\xB8", 2) > 0); /* U+0378 */
    OK(HAS_DIAG(D, "U+0378"));
    INT_EQ(D.warnings, 2);
    pdf_fonts_set_context(F, NULL, 0);
}

/* The writer scans the tree's text first: the warning carries the line of
 * the character inside a multi-line text node. */
TEST(scan_positions)
{
    size_t before = D.count;
    pdf_fonts_scan(F, PDF_FACE_REGULAR, "one\ntwo \xCD\xB9\nthree \xCD\xB9", 19, "articles/y.txt",
                   40); /* U+0379, unassigned, twice */
    INT_EQ(D.count, before + 1);
    OK(HAS_DIAG(D, "U+0379"));
    STR_EQ(D.items[D.count - 1].file, "articles/y.txt");
    INT_EQ(D.items[D.count - 1].line, 41);
    /* width() afterwards does not warn again */
    M.width(M.ud, PDF_FACE_REGULAR, 10, "\xCD\xB9", 2);
    INT_EQ(D.count, before + 1);
}

/* 58 characters no font has (noncharacters and unassigned code points):
 * the first 50 are named, then one warning says there are more. */
TEST(many_unprintable)
{
    diag_list d;
    diag_init(&d, A);
    style st;
    style_defaults(&st);
    pdf_fonts *f;
    OK(pdf_fonts_new(A, &d, &st, &f) == 0);
    char text[58 * 3];
    size_t n = 0;
    for (uint32_t cp = 0xFDD0; cp <= 0xFDEF; cp++)
        n += utf8_encode(cp, text + n);
    for (uint32_t cp = 0x2FD6; cp <= 0x2FEF; cp++)
        n += utf8_encode(cp, text + n);
    pdf_fonts_scan(f, PDF_FACE_REGULAR, text, n, "big.txt", 3);
    pdf_fonts_scan(f, PDF_FACE_ITALIC, text, n, "big.txt", 9);
    INT_EQ(d.warnings, 51);
    OK(HAS_DIAG(d, "U+FDD0"));
    OK(HAS_DIAG(d, "not listed one by one"));
    INT_EQ(d.items[d.count - 1].line, 3);
    pdf_fonts_free(f);
    diag_cleanup(&d);
}

TEST(subset)
{
    buf b;
    buf_init(&b, 0);
    uint32_t cps[] = {'H', 'e', 'l', 'o', 0xE9};
    OK(pdf_fonts_subset(F, 0, cps, 5, &b) == 0);
    OK(b.len > 1000 && b.len < 60000);
    /* the subset maps exactly the characters asked for, with the same advances */
    hb_blob_t *blob = hb_blob_create(b.data, (unsigned)b.len, HB_MEMORY_MODE_READONLY, NULL, NULL);
    hb_face_t *face = hb_face_create(blob, 0);
    hb_font_t *font = hb_font_create(face);
    hb_codepoint_t g;
    OK(hb_font_get_nominal_glyph(font, 'H', &g));
    OK(hb_font_get_nominal_glyph(font, 0xE9, &g));
    OK(!hb_font_get_nominal_glyph(font, 'Z', &g));
    hb_blob_t *glyf = hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f'));
    OK(hb_blob_get_length(glyf) > 0);
    hb_blob_destroy(glyf);
    /* a 'prep' with something in it, or libharu 2.3.0 fails to save the
       font (0x1033) whenever its copy ends on a 4 KB boundary */
    hb_blob_t *prep = hb_face_reference_table(face, HB_TAG('p', 'r', 'e', 'p'));
    OK(hb_blob_get_length(prep) > 0);
    hb_blob_destroy(prep);
    hb_font_get_nominal_glyph(font, 'H', &g);
    double sub_h = (double)hb_font_get_glyph_h_advance(font, g) * 1000 / hb_face_get_upem(face);
    /* 10 pt: widths are whole thousandths of an em, 0.01 pt apart */
    NEAR(sub_h * 10 / 1000, M.width(M.ud, PDF_FACE_REGULAR, 10, "H", 1), 0.0101);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    buf_cleanup(&b);
}

/* Characters outside the BMP that a font has (emoji, mathematical
 * letters): set from that font through a Private Use Area code it does not
 * map, one per character for the whole document, the code's glyph and
 * advance the character's; a subset for libharu maps the code to that
 * glyph in a cmap libharu reads (Windows Unicode BMP, format 4). */
TEST(astral)
{
    diag_list d;
    diag_init(&d, A);
    style st;
    style_defaults(&st);
    pdf_fonts *f;
    OK(pdf_fonts_new(A, &d, &st, &f) == 0);
    pdf_metrics mx = pdf_fonts_metrics(f);
    static const uint32_t chars[] = {0x1F600, 0x1F642, 0x1D465}; /* 😀 🙂 𝑥 */
    uint32_t draw[3];
    size_t file[3];
    for (int i = 0; i < 3; i++) {
        file[i] = pdf_fonts_resolve(f, PDF_FACE_REGULAR, chars[i], &draw[i]);
        OK(draw[i] >= 0xE000 && draw[i] < 0xF900);
        INT_EQ(pdf_fonts_slot_char(f, file[i], draw[i]), chars[i]);
        uint32_t again;
        OK(pdf_fonts_resolve(f, PDF_FACE_REGULAR, chars[i], &again) == file[i]);
        INT_EQ(again, draw[i]);
        char u8[4];
        OK(mx.width(mx.ud, PDF_FACE_REGULAR, 10, u8, utf8_encode(chars[i], u8)) > 2);
    }
    OK(file[0] != file[1] || draw[0] != draw[1]);
    INT_EQ(pdf_fonts_slot_char(f, file[0], 'a'), 0);
    INT_EQ(d.warnings, 0);
    /* the subset of the emoji's file maps its slot, with the advance the
       layout measured */
    uint32_t cps[] = {' ', draw[1]}; /* ascending, as the renderer lists them */
    buf b;
    buf_init(&b, 0);
    OK(pdf_fonts_subset(f, file[1], cps, 2, &b) == 0);
    hb_blob_t *blob = hb_blob_create(b.data, (unsigned)b.len, HB_MEMORY_MODE_READONLY, NULL, NULL);
    hb_face_t *face = hb_face_create(blob, 0);
    hb_font_t *font = hb_font_create(face);
    hb_codepoint_t g = 0;
    OK(hb_font_get_nominal_glyph(font, draw[1], &g) && g > 0);
    double adv = (double)(int)((long)hb_font_get_glyph_h_advance(font, g) * 1000 /
                               (long)hb_face_get_upem(face)) / 100;
    NEAR(adv, mx.width(mx.ud, PDF_FACE_REGULAR, 10, "\xF0\x9F\x99\x82", 4), 1e-9);
    hb_blob_t *cmap = hb_face_reference_table(face, HB_TAG('c', 'm', 'a', 'p'));
    unsigned len = 0;
    const unsigned char *cm = (const unsigned char *)hb_blob_get_data(cmap, &len);
    OK(len >= 12 + 16 && cm[3] == 1 && cm[5] == 3 && cm[7] == 1 && cm[12] == 0 && cm[13] == 4);
    hb_blob_destroy(cmap);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    buf_cleanup(&b);
    pdf_fonts_free(f);
    diag_cleanup(&d);

    /* A body face with letters outside the BMP (DejaVu Serif's 𝑥) takes
       slots itself; a Private Use Area character in the text that no font
       has, set in that face, prints U+FFFD, not the slot's letter. */
    diag_init(&d, A);
    st.font_body = "DejaVu Serif";
    OK(pdf_fonts_new(A, &d, &st, &f) == 0);
    uint32_t xd, pd;
    /* ... and before any slot is given: drawn as itself, U+E000 would
       become 𝑥's slot below and print as 𝑥 */
    pdf_fonts_resolve(f, PDF_FACE_REGULAR, 0xE000, &pd);
    INT_EQ(pd, 0xFFFD);
    size_t xf = pdf_fonts_resolve(f, PDF_FACE_REGULAR, 0x1D465, &xd);
    OK(xf == pdf_fonts_face_file(f, PDF_FACE_REGULAR));
    INT_EQ(xd, 0xE000); /* the first code DejaVu Serif leaves unmapped */
    OK(pdf_fonts_resolve(f, PDF_FACE_REGULAR, 0xE000, &pd) == xf); /* U+E000: in no font */
    INT_EQ(pd, 0xFFFD);
    pdf_fonts_free(f);
    diag_cleanup(&d);
}

/* A family that is not installed: fontconfig's substitute, with a warning
 * naming both, and metrics that still work. */
TEST(missing_family)
{
    diag_list d;
    diag_init(&d, A);
    style st;
    style_defaults(&st);
    st.font_body = "No Such Family Sheaf";
    pdf_fonts *f;
    OK(pdf_fonts_new(A, &d, &st, &f) == 0);
    INT_EQ(d.errors, 0);
    OK(d.warnings >= 1);
    OK(HAS_DIAG(d, "No Such Family Sheaf"));
    pdf_metrics m = pdf_fonts_metrics(f);
    OK(m.width(m.ud, PDF_FACE_REGULAR, 10, "abc", 3) > 10);
    /* the mono face was found as asked */
    STR_EQ(strrchr(pdf_fonts_face_path(f, PDF_FACE_MONO), '/'), "/DejaVuSansMono.ttf");
    pdf_fonts_free(f);
    diag_cleanup(&d);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    style st;
    style_defaults(&st);
    if (pdf_fonts_new(A, &D, &st, &F) != 0) {
        fprintf(stderr, "fonts not available\n");
        return 1;
    }
    M = pdf_fonts_metrics(F);
    RUN(faces_found);
    RUN(widths);
    RUN(kerning);
    RUN(fallback);
    RUN(greek_one_serif_font);
    RUN(unprintable);
    RUN(astral);
    RUN(scan_positions);
    RUN(many_unprintable);
    RUN(subset);
    RUN(missing_family);
    pdf_fonts_free(F);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
