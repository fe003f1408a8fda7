/*
 * test_image.c - the image decoder (pdf_image) on images made here.
 *
 * Every image is written by this test with libpng or libjpeg into a fresh
 * folder (under $SHEAF_TEST_TMP or /tmp): PNGs in each colour type (RGBA,
 * grey+alpha, palette with tRNS, 16-bit, interlaced, 1-bit grey), JPEGs in
 * RGB, grey and CMYK (with Adobe's inverted convention and without), then
 * broken ones (truncated, bad CRC, garbage, empty) and bombs (a PNG IHDR
 * and a JPEG SOF declaring a huge size). The decoded samples are compared
 * with what was written, and the box-filter downscaling with averages
 * worked out by hand. Run as `test_image --write OUT.pdf` it renders a page
 * of these images plus a placeholder for a broken one, for
 * tests/slow/pdf_images.sh.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "harness.h"
#include "pdf/fonts/pdf_fonts.h"
#include "pdf/image/pdf_image.h"
#include "pdf/render/pdf_render.h"
#include "style/style.h"

#include <jpeglib.h>
#include <png.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

static arena *A;
static char *DIR_;

static char *
tmp_path(const char *name)
{
    return arena_printf(A, "%s/%s", DIR_, name);
}

/* ---- writers -------------------------------------------------------------- */

typedef struct png_spec {
    int w, h, type, depth;
    bool interlace;
    const unsigned char *rows; /* packed rows as PNG stores them */
    const png_color *palette;
    int n_palette;
    const unsigned char *trns;
    int n_trns;
    unsigned ppm; /* pHYs pixels per metre; 0 = none */
} png_spec;

static int
write_png(const char *path, const png_spec *s)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return -1;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        fclose(fp);
        return -1;
    }
    png_init_io(png, fp);
    png_set_IHDR(png, info, (png_uint_32)s->w, (png_uint_32)s->h, s->depth, s->type,
                 s->interlace ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (s->palette)
        png_set_PLTE(png, info, s->palette, s->n_palette);
    if (s->trns)
        png_set_tRNS(png, info, s->trns, s->n_trns, NULL);
    if (s->ppm)
        png_set_pHYs(png, info, s->ppm, s->ppm, PNG_RESOLUTION_METER);
    png_write_info(png, info);
    size_t rowbytes = png_get_rowbytes(png, info);
    png_bytep *rows = malloc((size_t)s->h * sizeof *rows);
    for (int y = 0; y < s->h; y++)
        rows[y] = (png_bytep)(s->rows + rowbytes * (size_t)y);
    png_write_image(png, rows);
    png_write_end(png, NULL);
    free(rows);
    png_destroy_write_struct(&png, &info);
    return fclose(fp);
}

/* EXIF orientation make_jpeg writes into an APP1 marker; 0 = no marker. */
static int EXIF_ORIENT;

/* A JPEG of w x h in `cs` (JCS_RGB, JCS_GRAYSCALE, JCS_CMYK) into memory. */
static unsigned char *
make_jpeg(int w, int h, J_COLOR_SPACE cs, int comps, const unsigned char *px, bool adobe,
          unsigned density, unsigned long *size)
{
    struct jpeg_compress_struct ci;
    struct jpeg_error_mgr jerr;
    unsigned char *mem = NULL;
    ci.err = jpeg_std_error(&jerr);
    jpeg_create_compress(&ci);
    jpeg_mem_dest(&ci, &mem, size);
    ci.image_width = (JDIMENSION)w;
    ci.image_height = (JDIMENSION)h;
    ci.input_components = comps;
    ci.in_color_space = cs;
    jpeg_set_defaults(&ci);
    jpeg_set_quality(&ci, 95, TRUE);
    if (cs == JCS_CMYK)
        ci.write_Adobe_marker = adobe;
    if (density) {
        ci.density_unit = 1;
        ci.X_density = ci.Y_density = (UINT16)density;
    }
    jpeg_start_compress(&ci, TRUE);
    if (EXIF_ORIENT) {
        /* "Exif", big-endian TIFF header, IFD0 with one SHORT: 0x0112 */
        unsigned char exif[] = {
            'E', 'x', 'i', 'f',  0,    0, 'M', 'M', 0, 42, 0, 0, 0,
            8,   0,   1,   0x01, 0x12, 0, 3,   0,   0, 0,  1, 0, (unsigned char)EXIF_ORIENT,
            0,   0,   0,   0,    0,    0};
        jpeg_write_marker(&ci, JPEG_APP0 + 1, exif, sizeof exif);
    }
    while (ci.next_scanline < ci.image_height) {
        JSAMPROW r = (JSAMPROW)(px + (size_t)ci.next_scanline * (size_t)w * (size_t)comps);
        jpeg_write_scanlines(&ci, &r, 1);
    }
    jpeg_finish_compress(&ci);
    jpeg_destroy_compress(&ci);
    return mem;
}

static int
write_bytes(const char *path, const void *data, size_t len)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return -1;
    size_t n = len ? fwrite(data, 1, len, fp) : 0;
    return fclose(fp) == 0 && n == len ? 0 : -1;
}

static size_t
read_bytes(const char *path, unsigned char **out)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    rewind(fp);
    *out = malloc((size_t)n + 1);
    size_t got = fread(*out, 1, (size_t)n, fp);
    fclose(fp);
    return got;
}

/* A solid-colour 16x16 JPEG file (flat blocks survive JPEG almost exactly). */
static char *
jpeg_file(const char *name, J_COLOR_SPACE cs, int comps, const unsigned char *colour, bool adobe,
          unsigned density)
{
    unsigned char px[16 * 16 * 4];
    for (int i = 0; i < 16 * 16; i++)
        memcpy(px + i * comps, colour, (size_t)comps);
    unsigned long n = 0;
    unsigned char *mem = make_jpeg(16, 16, cs, comps, px, adobe, density, &n);
    char *path = tmp_path(name);
    OK(write_bytes(path, mem, n) == 0);
    free(mem);
    return path;
}

#define NEAR(a, b, tol) OK(abs((int)(a) - (int)(b)) <= (tol))

/* ---- PNG colour types ----------------------------------------------------- */

TEST(png_rgba)
{
    /* 2x2: opaque red, half-transparent green, transparent blue, opaque white */
    const unsigned char px[] = {255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 255, 255, 255, 255};
    char *path = tmp_path("rgba.png");
    OK(write_png(path, &(png_spec){2, 2, PNG_COLOR_TYPE_RGBA, 8, false, px, 0, 0, 0, 0, 0}) == 0);
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.w, 2);
    INT_EQ(im.h, 2);
    INT_EQ(im.channels, 3);
    OK(im.alpha != NULL);
    if (im.pixels && im.alpha) {
        INT_EQ(im.pixels[0], 255);
        INT_EQ(im.pixels[1], 0);
        INT_EQ(im.pixels[4], 255);
        INT_EQ(im.pixels[9], 255);
        INT_EQ(im.alpha[0], 255);
        INT_EQ(im.alpha[1], 128);
        INT_EQ(im.alpha[2], 0);
        INT_EQ(im.alpha[3], 255);
    }
    INT_EQ(d.count, 0);
    pdf_image_cleanup(&im);
    OK(im.pixels == NULL && im.alpha == NULL);

    /* RGBA whose alpha is all 255 needs no mask */
    const unsigned char opaque[] = {1, 2, 3, 255, 4, 5, 6, 255};
    path = tmp_path("opaque.png");
    OK(write_png(path, &(png_spec){2, 1, PNG_COLOR_TYPE_RGBA, 8, false, opaque, 0, 0, 0, 0, 0}) ==
       0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    OK(im.alpha == NULL);
    if (im.pixels)
        INT_EQ(im.pixels[5], 6);
    pdf_image_cleanup(&im);
    diag_cleanup(&d);
}

TEST(png_grey_alpha_and_palette)
{
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    const unsigned char ga[] = {10, 255, 200, 0, 90, 64};
    char *path = tmp_path("ga.png");
    OK(write_png(path, &(png_spec){3, 1, PNG_COLOR_TYPE_GRAY_ALPHA, 8, false, ga, 0, 0, 0, 0, 0}) ==
       0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.channels, 1);
    OK(im.alpha != NULL);
    if (im.pixels && im.alpha) {
        INT_EQ(im.pixels[0], 10);
        INT_EQ(im.pixels[2], 90);
        INT_EQ(im.alpha[1], 0);
        INT_EQ(im.alpha[2], 64);
    }
    pdf_image_cleanup(&im);

    /* palette with tRNS: index 1 is transparent, index 2 half */
    const png_color pal[3] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}};
    const unsigned char trns[3] = {255, 0, 100};
    const unsigned char idx[] = {0, 1, 2, 0};
    path = tmp_path("pal.png");
    OK(write_png(path, &(png_spec){4, 1, PNG_COLOR_TYPE_PALETTE, 8, false, idx, pal, 3, trns, 3,
                                   0}) == 0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.channels, 3);
    OK(im.alpha != NULL);
    if (im.pixels && im.alpha) {
        INT_EQ(im.pixels[0], 255);
        INT_EQ(im.pixels[8], 255); /* blue */
        INT_EQ(im.alpha[0], 255);
        INT_EQ(im.alpha[1], 0);
        INT_EQ(im.alpha[2], 100);
    }
    pdf_image_cleanup(&im);

    /* 1-bit grey, no alpha: 10110000 */
    const unsigned char bits[] = {0xB0};
    path = tmp_path("bits.png");
    OK(write_png(path, &(png_spec){4, 1, PNG_COLOR_TYPE_GRAY, 1, false, bits, 0, 0, 0, 0, 0}) == 0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.channels, 1);
    OK(im.alpha == NULL);
    if (im.pixels) {
        INT_EQ(im.pixels[0], 255);
        INT_EQ(im.pixels[1], 0);
        INT_EQ(im.pixels[2], 255);
        INT_EQ(im.pixels[3], 255);
    }
    pdf_image_cleanup(&im);
    INT_EQ(d.count, 0);
    diag_cleanup(&d);
}

TEST(png_16bit_and_interlaced)
{
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    /* 16-bit RGB, big-endian samples: the high byte survives */
    const unsigned char px16[] = {0x12, 0x34, 0xAB, 0xCD, 0xFF, 0xFF,
                                  0x00, 0x01, 0x80, 0x00, 0x7F, 0xFF};
    char *path = tmp_path("16.png");
    OK(write_png(path, &(png_spec){2, 1, PNG_COLOR_TYPE_RGB, 16, false, px16, 0, 0, 0, 0, 0}) == 0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    if (im.pixels) {
        INT_EQ(im.pixels[0], 0x12);
        INT_EQ(im.pixels[1], 0xAB);
        INT_EQ(im.pixels[2], 0xFF);
        INT_EQ(im.pixels[3], 0x00);
        INT_EQ(im.pixels[4], 0x80);
        INT_EQ(im.pixels[5], 0x7F);
    }
    pdf_image_cleanup(&im);

    /* the same pattern, plain and Adam7-interlaced, decodes the same */
    enum { W = 13, H = 11 };
    unsigned char pat[W * H * 3];
    for (int i = 0; i < W * H * 3; i++)
        pat[i] = (unsigned char)(i * 37 + i / 7);
    char *plain = tmp_path("plain.png"), *inter = tmp_path("inter.png");
    OK(write_png(plain, &(png_spec){W, H, PNG_COLOR_TYPE_RGB, 8, false, pat, 0, 0, 0, 0, 0}) == 0);
    OK(write_png(inter, &(png_spec){W, H, PNG_COLOR_TYPE_RGB, 8, true, pat, 0, 0, 0, 0, 0}) == 0);
    pdf_image a, b;
    INT_EQ(pdf_image_load(&d, plain, 0, 0, &a), 0);
    INT_EQ(pdf_image_load(&d, inter, 0, 0, &b), 0);
    OK(a.pixels && b.pixels && memcmp(a.pixels, pat, sizeof pat) == 0 &&
       memcmp(b.pixels, pat, sizeof pat) == 0);
    pdf_image_cleanup(&a);
    pdf_image_cleanup(&b);
    INT_EQ(d.count, 0);
    diag_cleanup(&d);
}

/* ---- JPEG ----------------------------------------------------------------- */

TEST(jpeg_colour_spaces)
{
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    const unsigned char orange[3] = {240, 130, 20};
    char *path = jpeg_file("rgb.jpg", JCS_RGB, 3, orange, false, 0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.channels, 3);
    OK(im.jpeg_as_is);
    if (im.pixels) {
        NEAR(im.pixels[0], 240, 6);
        NEAR(im.pixels[1], 130, 6);
        NEAR(im.pixels[2], 20, 6);
    }
    pdf_image_cleanup(&im);

    const unsigned char grey[1] = {77};
    path = jpeg_file("grey.jpg", JCS_GRAYSCALE, 1, grey, false, 0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.channels, 1);
    if (im.pixels)
        NEAR(im.pixels[100], 77, 3);
    pdf_image_cleanup(&im);

    /* Adobe (Photoshop) CMYK is stored inverted: red = C0 M100 Y100 K0
     * is written as 255 0 0 255 */
    const unsigned char inv_red[4] = {255, 0, 0, 255};
    path = jpeg_file("cmyk-adobe.jpg", JCS_CMYK, 4, inv_red, true, 0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.channels, 3);
    OK(!im.jpeg_as_is);
    if (im.pixels) {
        NEAR(im.pixels[0], 255, 6);
        NEAR(im.pixels[1], 0, 6);
        NEAR(im.pixels[2], 0, 6);
    }
    pdf_image_cleanup(&im);

    /* plain CMYK without the Adobe marker: 0 255 255 0 is red; K=50% darkens */
    const unsigned char red_half_k[4] = {0, 255, 255, 128};
    path = jpeg_file("cmyk-plain.jpg", JCS_CMYK, 4, red_half_k, false, 0);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    if (im.pixels) {
        NEAR(im.pixels[0], 127, 6);
        NEAR(im.pixels[1], 0, 6);
        NEAR(im.pixels[2], 0, 6);
    }
    pdf_image_cleanup(&im);
    INT_EQ(d.count, 0);
    diag_cleanup(&d);
}

/* A 32 x 16 JPEG, red left half and blue right half, with each EXIF
 * orientation: decoded upright, and pdf_image_info reports upright sizes. */
TEST(jpeg_exif_orientation)
{
    enum { W = 32, H = 16 };
    unsigned char px[W * H * 3];
    for (int i = 0; i < W * H; i++) {
        bool red = i % W < W / 2;
        px[i * 3] = red ? 255 : 0, px[i * 3 + 1] = 0, px[i * 3 + 2] = red ? 0 : 255;
    }
    /* where the red half ends up: 0 left, 1 right, 2 top, 3 bottom */
    static const int red_at[9] = {0, 0, 1, 1, 0, 2, 2, 3, 3};
    diag_list d;
    diag_init(&d, A);
    for (int o = 1; o <= 8; o++) {
        EXIF_ORIENT = o;
        unsigned long n = 0;
        unsigned char *mem = make_jpeg(W, H, JCS_RGB, 3, px, false, 0, &n);
        EXIF_ORIENT = 0;
        char *path = tmp_path("exif.jpg");
        write_bytes(path, mem, n);
        free(mem);
        pdf_image im;
        INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
        bool swap = o >= 5;
        INT_EQ(im.w, swap ? H : W);
        INT_EQ(im.h, swap ? W : H);
        OK(im.jpeg_as_is == (o == 1));
        int w = 0, h = 0;
        INT_EQ(pdf_image_info(path, &w, &h, NULL, NULL), 0);
        INT_EQ(w, im.w);
        INT_EQ(h, im.h);
        if (im.pixels) {
            /* sample the middle of the side where red should be */
            int x = red_at[o] == 0 ? 2 : red_at[o] == 1 ? im.w - 3 : im.w / 2;
            int y = red_at[o] == 2 ? 2 : red_at[o] == 3 ? im.h - 3 : im.h / 2;
            const unsigned char *p = im.pixels + ((size_t)y * (size_t)im.w + (size_t)x) * 3;
            if (p[0] < 200 || p[2] > 60)
                fprintf(stderr, "orientation %d: (%d, %d) is %d %d %d\n", o, x, y, p[0], p[1],
                        p[2]);
            OK(p[0] > 200 && p[2] < 60);
        }
        pdf_image_cleanup(&im);
    }
    INT_EQ(d.count, 0);
    diag_cleanup(&d);
}

TEST(info)
{
    unsigned char px[6 * 4 * 3] = {0};
    char *path = tmp_path("dpi.png");
    OK(write_png(path, &(png_spec){6, 4, PNG_COLOR_TYPE_RGB, 8, false, px, 0, 0, 0, 0, 11811}) ==
       0);
    int w = 0, h = 0;
    double dx = 0, dy = 0;
    INT_EQ(pdf_image_info(path, &w, &h, &dx, &dy), 0);
    INT_EQ(w, 6);
    INT_EQ(h, 4);
    OK(dx > 299.9 && dx < 300.1 && dy > 299.9 && dy < 300.1);
    const unsigned char c[3] = {1, 2, 3};
    path = jpeg_file("dpi.jpg", JCS_RGB, 3, c, false, 150);
    INT_EQ(pdf_image_info(path, &w, &h, &dx, &dy), 0);
    INT_EQ(w, 16);
    INT_EQ(h, 16);
    OK(dx == 150 && dy == 150);
    INT_EQ(pdf_image_info(tmp_path("missing.png"), &w, &h, &dx, &dy), -1);
    INT_EQ(w, 0);
}

/* ---- broken files --------------------------------------------------------- */

static void
expect_broken(const char *path, const char *needle, int info_rc)
{
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    INT_EQ(pdf_image_load(&d, path, 100, 100, &im), -1);
    OK(im.pixels == NULL && im.alpha == NULL);
    INT_EQ(d.warnings, 1);
    INT_EQ(d.errors, 0);
    if (d.count) {
        OK(d.items[0].file && strcmp(d.items[0].file, path) == 0);
        if (!strstr(d.items[0].message, needle))
            fprintf(stderr, "%s: message \"%s\" lacks \"%s\"\n", path, d.items[0].message, needle);
        OK(strstr(d.items[0].message, needle) != NULL);
    }
    int w = 1;
    /* a broken body behind a good header still has a size for layout */
    INT_EQ(pdf_image_info(path, &w, NULL, NULL, NULL), info_rc);
    diag_cleanup(&d);
}

TEST(corrupt_files)
{
    enum { W = 40, H = 40 };
    static unsigned char pat[W * H * 4];
    uint32_t seed = 12345; /* noise, so the file has many bytes to cut */
    for (size_t i = 0; i < sizeof pat; i++) {
        seed = seed * 1103515245u + 12345u;
        pat[i] = (unsigned char)(seed >> 24);
    }
    char *good = tmp_path("good.png");
    OK(write_png(good, &(png_spec){W, H, PNG_COLOR_TYPE_RGBA, 8, false, pat, 0, 0, 0, 0, 0}) == 0);
    unsigned char *data = NULL;
    size_t n = read_bytes(good, &data);
    OK(n > 200);
    /* cut in the middle of the pixel data: the header still reads */
    char *p = tmp_path("truncated.png");
    write_bytes(p, data, n / 2);
    expect_broken(p, "PNG (", 0);
    /* one flipped byte in the pixel data: the IDAT CRC fails */
    data[n / 2] ^= 0x55;
    p = tmp_path("badcrc.png");
    write_bytes(p, data, n);
    expect_broken(p, "PNG (", 0);
    /* signature and half an IHDR */
    p = tmp_path("stub.png");
    write_bytes(p, data, 20);
    expect_broken(p, "PNG", -1);
    free(data);

    unsigned char px[64 * 64 * 3];
    for (size_t i = 0; i < sizeof px; i++)
        px[i] = (unsigned char)(i * 7);
    unsigned long jn = 0;
    unsigned char *jpg = make_jpeg(64, 64, JCS_RGB, 3, px, false, 0, &jn);
    p = tmp_path("truncated.jpg");
    write_bytes(p, jpg, jn / 2);
    expect_broken(p, "JPEG", 0);
    p = tmp_path("header-only.jpg");
    write_bytes(p, jpg, 40);
    expect_broken(p, "JPEG", -1);
    free(jpg);

    p = tmp_path("garbage.png");
    write_bytes(p, "not an image at all", 19);
    expect_broken(p, "not a PNG, JPEG, GIF, WebP, AVIF or SVG", -1);
    /* a GIF's magic, then text read as a screen of 28192 x 29807 */
    p = tmp_path("garbage.gif");
    write_bytes(p, "GIF89a not really", 17);
    expect_broken(p, "refused unread", -1);
    p = tmp_path("empty.jpg");
    write_bytes(p, "", 0);
    expect_broken(p, "not a PNG, JPEG, GIF, WebP, AVIF or SVG", -1);
    expect_broken(tmp_path("missing.png"), "cannot be opened", -1);
    expect_broken(DIR_, "not a PNG, JPEG, GIF, WebP, AVIF or SVG", -1); /* a folder */
}

static void
to_base64(const unsigned char *in, size_t n, char *out)
{
    static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? in[i + 1] : 0) << 8 |
                     (i + 2 < n ? in[i + 2] : 0);
        *out++ = al[v >> 18 & 63];
        *out++ = al[v >> 12 & 63];
        *out++ = i + 1 < n ? al[v >> 6 & 63] : '=';
        *out++ = i + 2 < n ? al[v & 63] : '=';
    }
    *out = 0;
}

/* What the readers ask before an image goes into a book: a whole file of
 * a format read here. A body damaged behind a good header and a good end
 * only shows when drawn (the renderer's warning, at the article's line). */
static void
expect_check(const char *path, int rc, const char *needle)
{
    char why[256] = "";
    INT_EQ(pdf_image_check(path, NULL, NULL, why, sizeof why), rc);
    if (needle && !strstr(why, needle))
        fprintf(stderr, "%s: reason \"%s\" lacks \"%s\"\n", path, why, needle);
    OK(!needle || strstr(why, needle));
}

TEST(check)
{
    static unsigned char pat[30 * 30 * 3];
    for (size_t i = 0; i < sizeof pat; i++)
        pat[i] = (unsigned char)(i * 31 + i / 7);
    char *good = tmp_path("check.png");
    OK(write_png(good, &(png_spec){30, 30, PNG_COLOR_TYPE_RGB, 8, false, pat, 0, 0, 0, 0, 0}) == 0);
    expect_check(good, 0, NULL);
    unsigned char *data = NULL;
    size_t n = read_bytes(good, &data);
    OK(n > 100);
    char *p = tmp_path("check-cut.png");
    write_bytes(p, data, n - 20); /* the IEND chunk and a little more gone */
    expect_check(p, -1, "PNG file is cut short");
    /* bytes after the end (a saved download's padding) do not matter */
    unsigned char *more = malloc(n + 300);
    memcpy(more, data, n);
    memset(more + n, 0x20, 300);
    p = tmp_path("check-tail.png");
    write_bytes(p, more, n + 300);
    expect_check(p, 0, NULL);
    /* more than a kilobyte after the end: junk, or a chunk after IEND */
    more = realloc(more, n + 2048);
    memset(more + n, 0x20, 2048);
    p = tmp_path("check-junk.png");
    write_bytes(p, more, n + 2048);
    expect_check(p, 0, NULL);
    memcpy(more + n, "\0\0\x07\xF4tEXt", 8); /* a 2036-byte chunk, its CRC */
    p = tmp_path("check-late-chunk.png");
    write_bytes(p, more, n + 2048);
    expect_check(p, 0, NULL);
    /* a chunk whose length runs past the end: cut short */
    memcpy(more, data, n - 12);
    memcpy(more + n - 12, "\0\0\x40\0IDAT", 8);
    p = tmp_path("check-long-chunk.png");
    write_bytes(p, more, n - 4);
    expect_check(p, -1, "PNG file is cut short");
    free(more);
    /* the same picture as a data: URI */
    char *b64 = malloc(n * 2 + 64);
    strcpy(b64, "data:image/png;base64,");
    to_base64(data, n, b64 + strlen(b64));
    expect_check(b64, 0, NULL);
    free(b64);
    free(data);

    unsigned long jn = 0;
    unsigned char *jpg = make_jpeg(30, 30, JCS_RGB, 3, pat, false, 0, &jn);
    p = tmp_path("check.jpg");
    write_bytes(p, jpg, jn);
    expect_check(p, 0, NULL);
    unsigned char *padded = calloc(jn + 64, 1); /* zeros after EOI, as cameras write */
    memcpy(padded, jpg, jn);
    p = tmp_path("check-padded.jpg");
    write_bytes(p, padded, jn + 64);
    expect_check(p, 0, NULL);
    free(padded);
    p = tmp_path("check-cut.jpg");
    write_bytes(p, jpg, jn - 30);
    expect_check(p, -1, "JPEG file is cut short");
    /* data after the picture: a line end, or a phone's appended video */
    unsigned char *tail = malloc(jn + 4096);
    memcpy(tail, jpg, jn);
    memcpy(tail + jn, "\r\n", 2);
    p = tmp_path("check-crlf.jpg");
    write_bytes(p, tail, jn + 2);
    expect_check(p, 0, NULL);
    for (size_t i = 0; i < 4096; i++)
        tail[jn + i] = (unsigned char)(i * 7 + 1);
    p = tmp_path("check-video.jpg");
    write_bytes(p, tail, jn + 4096);
    expect_check(p, 0, NULL);
    /* cut short and something after it: still cut short */
    memcpy(tail, jpg, jn - 30);
    memset(tail + jn - 30, 0x41, 2048);
    p = tmp_path("check-cut-tail.jpg");
    write_bytes(p, tail, jn - 30 + 2048);
    expect_check(p, -1, "JPEG file is cut short");
    free(tail);
    free(jpg);

    p = tmp_path("check.html");
    write_bytes(p, "<html><body>404 Not Found</body></html>", 39);
    expect_check(p, -1, "not a PNG, JPEG, GIF, WebP, AVIF or SVG");
    expect_check(tmp_path("check-missing.png"), -1, "cannot be opened");
}

/* ---- bombs ---------------------------------------------------------------- */

static void
put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

/* A PNG of a signature, an IHDR declaring w x h and a tiny IDAT. */
static char *
bomb_png(const char *name, uint32_t w, uint32_t h, int depth, int type)
{
    unsigned char f[8 + 25 + 12 + 12 + 16];
    memcpy(f, "\x89PNG\r\n\x1a\n", 8);
    unsigned char *c = f + 8;
    put32(c, 13);
    memcpy(c + 4, "IHDR", 4);
    put32(c + 8, w);
    put32(c + 12, h);
    c[16] = (unsigned char)depth, c[17] = (unsigned char)type, c[18] = c[19] = c[20] = 0;
    put32(c + 21, (uint32_t)crc32(0, c + 4, 17));
    c += 25;
    unsigned char z[16];
    uLongf zn = sizeof z;
    compress(z, &zn, (const Bytef *)"\0\0\0\0", 4);
    put32(c, (uint32_t)zn);
    memcpy(c + 4, "IDAT", 4);
    memcpy(c + 8, z, zn);
    put32(c + 8 + zn, (uint32_t)crc32(0, c + 4, (uInt)(4 + zn)));
    c += 12 + zn;
    put32(c, 0);
    memcpy(c + 4, "IEND", 4);
    put32(c + 8, (uint32_t)crc32(0, c + 4, 4));
    c += 12;
    char *path = tmp_path(name);
    write_bytes(path, f, (size_t)(c - f));
    return path;
}

static long
max_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

TEST(bombs)
{
    long rss0 = max_rss_kb();
    clock_t t0 = clock();
    expect_broken(bomb_png("bomb.png", 100000, 100000, 8, PNG_COLOR_TYPE_RGBA), "refused", -1);
    /* under 40 MP but 16-bit RGBA: 216 MB of samples */
    expect_broken(bomb_png("bomb16.png", 5200, 5200, 16, PNG_COLOR_TYPE_RGBA), "refused", -1);
    /* just under both limits: decodes, and fails only on the missing data */
    expect_broken(bomb_png("big-ok.png", 6000, 6000, 8, PNG_COLOR_TYPE_GRAY), "PNG (", 0);

    /* a JPEG whose SOF0 is patched to 65000 x 65000 */
    unsigned char px[8 * 8 * 3] = {0};
    unsigned long jn = 0;
    unsigned char *jpg = make_jpeg(8, 8, JCS_RGB, 3, px, false, 0, &jn);
    for (unsigned long i = 0; i + 9 < jn; i++)
        if (jpg[i] == 0xFF && jpg[i + 1] == 0xC0) {
            jpg[i + 5] = jpg[i + 7] = 0xFD;
            jpg[i + 6] = jpg[i + 8] = 0xE8;
            break;
        }
    char *p = tmp_path("bomb.jpg");
    write_bytes(p, jpg, jn);
    free(jpg);
    expect_broken(p, "refused", -1);
    /* a progressive JPEG whose last scan is repeated 400 times: a CPU bomb
     * of small size (libjpeg only warns about the bogus progression) */
    enum { SW = 256, SH = 256 };
    unsigned char *spx = malloc((size_t)SW * SH * 3);
    for (size_t i = 0; i < (size_t)SW * SH * 3; i++)
        spx[i] = (unsigned char)(i * 13);
    struct jpeg_compress_struct ci;
    struct jpeg_error_mgr jerr;
    unsigned char *sj = NULL;
    unsigned long sn = 0;
    ci.err = jpeg_std_error(&jerr);
    jpeg_create_compress(&ci);
    jpeg_mem_dest(&ci, &sj, &sn);
    ci.image_width = SW, ci.image_height = SH, ci.input_components = 3;
    ci.in_color_space = JCS_RGB;
    jpeg_set_defaults(&ci);
    jpeg_simple_progression(&ci);
    jpeg_start_compress(&ci, TRUE);
    while (ci.next_scanline < ci.image_height) {
        JSAMPROW r = spx + (size_t)ci.next_scanline * SW * 3;
        jpeg_write_scanlines(&ci, &r, 1);
    }
    jpeg_finish_compress(&ci);
    jpeg_destroy_compress(&ci);
    free(spx);
    unsigned long last = 0;
    for (unsigned long i = 0; i + 1 < sn; i++)
        if (sj[i] == 0xFF && sj[i + 1] == 0xDA)
            last = i;
    OK(last > 0);
    buf many;
    buf_init(&many, 0);
    buf_add(&many, sj, sn - 2);
    for (int k = 0; k < 400; k++)
        buf_add(&many, sj + last, sn - 2 - last);
    buf_add(&many, "\xFF\xD9", 2);
    free(sj);
    p = tmp_path("scans.jpg");
    write_bytes(p, many.data, many.len);
    buf_cleanup(&many);
    expect_broken(p, "scans", 0);

    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    long grown = max_rss_kb() - rss0;
    printf("bombs refused in %.3f s, peak memory grew by %ld KB\n", secs, grown);
    OK(secs < 2);
    /* the 6000x6000 grey one may take its 2400x2400 output buffer */
    OK(grown < 24 * 1024);
}

/* ---- mutations ------------------------------------------------------------ */

/* Recompute every chunk CRC, so mutations reach the decoder rather than
 * stopping at libpng's checksum test. */
static void
fix_png_crcs(unsigned char *f, size_t n)
{
    size_t i = 8;
    while (i + 12 <= n) {
        uint32_t len =
            (uint32_t)f[i] << 24 | (uint32_t)f[i + 1] << 16 | (uint32_t)f[i + 2] << 8 | f[i + 3];
        if (len > n - i - 12)
            return;
        put32(f + i + 8 + len, (uint32_t)crc32(0, f + i + 4, len + 4));
        i += 12 + len;
    }
}

/* Deterministic byte flips and cuts of a good PNG (interlaced palette with
 * tRNS, CRCs fixed up) and a good progressive JPEG: every result is a
 * decoded image or -1 with exactly one warning, never a crash (run under
 * ASan in CI). */
TEST(mutations)
{
    enum { W = 24, H = 20 };
    unsigned char idx[W * H];
    for (int i = 0; i < W * H; i++)
        idx[i] = (unsigned char)((i * 7 + i / W) % 4);
    const png_color pal[4] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {9, 9, 9}};
    const unsigned char trns[2] = {0, 128};
    char *png = tmp_path("m.png");
    OK(write_png(png,
                 &(png_spec){W, H, PNG_COLOR_TYPE_PALETTE, 8, true, idx, pal, 4, trns, 2, 0}) == 0);
    unsigned char *pd = NULL;
    size_t pn = read_bytes(png, &pd);

    unsigned char px[W * H * 3];
    for (size_t i = 0; i < sizeof px; i++)
        px[i] = (unsigned char)(i * 29);
    struct jpeg_compress_struct ci;
    struct jpeg_error_mgr jerr;
    unsigned char *jd = NULL;
    unsigned long jn = 0;
    ci.err = jpeg_std_error(&jerr);
    jpeg_create_compress(&ci);
    jpeg_mem_dest(&ci, &jd, &jn);
    ci.image_width = W, ci.image_height = H, ci.input_components = 3;
    ci.in_color_space = JCS_RGB;
    jpeg_set_defaults(&ci);
    jpeg_simple_progression(&ci);
    jpeg_start_compress(&ci, TRUE);
    while (ci.next_scanline < ci.image_height) {
        JSAMPROW r = px + (size_t)ci.next_scanline * W * 3;
        jpeg_write_scanlines(&ci, &r, 1);
    }
    jpeg_finish_compress(&ci);
    jpeg_destroy_compress(&ci);

    uint32_t seed = 7;
    int decoded = 0, failed = 0, wrong = 0;
    char *m = tmp_path("mutant");
    for (int round = 0; round < 600; round++) {
        bool is_png = round % 2 == 0;
        const unsigned char *src = is_png ? pd : jd;
        size_t n = is_png ? pn : jn;
        unsigned char *f = malloc(n);
        memcpy(f, src, n);
        seed = seed * 1103515245u + 12345u;
        int flips = 1 + (int)(seed >> 31);
        for (int k = 0; k < flips; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % n;
            seed = seed * 1103515245u + 12345u;
            f[at] ^= (unsigned char)(1u << ((seed >> 16) % 8));
        }
        size_t len = n;
        if (round % 5 == 0) {
            seed = seed * 1103515245u + 12345u;
            len = (seed >> 8) % n;
        }
        if (is_png)
            fix_png_crcs(f, len);
        write_bytes(m, f, len);
        free(f);
        diag_list d;
        diag_init(&d, A);
        pdf_image im;
        int rc = pdf_image_load(&d, m, 50, 50, &im);
        if (rc == 0) {
            decoded++;
            wrong += im.w < 1 || im.h < 1 || !im.pixels || d.count != 0;
        } else {
            failed++;
            wrong += im.pixels != NULL || d.warnings != 1;
        }
        pdf_image_cleanup(&im);
        diag_cleanup(&d);
        pdf_image_info(m, NULL, NULL, NULL, NULL);
    }
    printf("mutations: %d decoded, %d refused\n", decoded, failed);
    INT_EQ(wrong, 0);
    OK(decoded > 0 && failed > 0);
    free(pd);
    free(jd);
}

/* ---- downscaling ---------------------------------------------------------- */

TEST(downscale)
{
    int w, h;
    pdf_image_target(3000, 1000, 0, 0, &w, &h);
    INT_EQ(w, 2400);
    INT_EQ(h, 800);
    pdf_image_target(3000, 1000, 72, 24, &w, &h); /* one inch wide: 300 dpi */
    INT_EQ(w, 300);
    INT_EQ(h, 100);
    pdf_image_target(200, 100, 720, 360, &w, &h); /* never scaled up */
    INT_EQ(w, 200);
    INT_EQ(h, 100);

    /* a one-pixel checkerboard of black and white, 3000 x 1000 RGB, printed
     * one inch wide: each output pixel averages 10 x 10 to mid grey */
    enum { W = 3000, H = 1000 };
    unsigned char *px = malloc((size_t)W * H * 3);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            memset(px + ((size_t)y * W + (size_t)x) * 3, ((x + y) & 1) ? 255 : 0, 3);
    char *path = tmp_path("checker.png");
    OK(write_png(path, &(png_spec){W, H, PNG_COLOR_TYPE_RGB, 8, false, px, 0, 0, 0, 0, 0}) == 0);
    free(px);
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    INT_EQ(pdf_image_load(&d, path, 72, 24, &im), 0);
    INT_EQ(im.w, 300);
    INT_EQ(im.h, 100);
    INT_EQ(im.channels, 1); /* RGB, but every pixel grey */
    int off = 0;
    for (int i = 0; im.pixels && i < im.w * im.h * im.channels; i++)
        off += im.pixels[i] < 126 || im.pixels[i] > 129;
    INT_EQ(off, 0);
    pdf_image_cleanup(&im);
    /* no print size: the 2400 px cap */
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.w, 2400);
    INT_EQ(im.h, 800);
    pdf_image_cleanup(&im);

    /* alpha-weighted: opaque red next to transparent green averages to
     * red at half alpha, not to a muddy brown */
    enum { AW = 400, AH = 40 };
    unsigned char *ra = malloc((size_t)AW * AH * 4);
    for (int i = 0; i < AW * AH; i++) {
        unsigned char *q = ra + (size_t)i * 4;
        bool red = (i % AW) % 2 == 0;
        q[0] = red ? 255 : 0, q[1] = red ? 0 : 255, q[2] = 0, q[3] = red ? 255 : 0;
    }
    path = tmp_path("fringe.png");
    OK(write_png(path, &(png_spec){AW, AH, PNG_COLOR_TYPE_RGBA, 8, false, ra, 0, 0, 0, 0, 0}) == 0);
    free(ra);
    INT_EQ(pdf_image_load(&d, path, 24, 2.4, &im), 0); /* 1/3 inch: 100 x 10 */
    INT_EQ(im.w, 100);
    OK(im.alpha != NULL);
    if (im.pixels && im.alpha) {
        INT_EQ(im.pixels[0], 255);
        INT_EQ(im.pixels[1], 0);
        NEAR(im.alpha[0], 128, 1);
    }
    pdf_image_cleanup(&im);

    /* a big JPEG is reduced too (through libjpeg's DCT scaling) */
    enum { JW = 1600, JH = 1200 };
    unsigned char *jp = malloc((size_t)JW * JH * 3);
    for (size_t i = 0; i < (size_t)JW * JH * 3; i++)
        jp[i] = (unsigned char)(i % 3 == 0 ? 200 : 60);
    unsigned long jn = 0;
    unsigned char *jpg = make_jpeg(JW, JH, JCS_RGB, 3, jp, false, 0, &jn);
    free(jp);
    path = tmp_path("big.jpg");
    write_bytes(path, jpg, jn);
    free(jpg);
    INT_EQ(pdf_image_load(&d, path, 72, 54, &im), 0); /* 300 x 225 */
    INT_EQ(im.w, 300);
    INT_EQ(im.h, 225);
    OK(!im.jpeg_as_is);
    if (im.pixels) {
        NEAR(im.pixels[3 * 1000], 200, 6);
        NEAR(im.pixels[3 * 1000 + 1], 60, 6);
    }
    pdf_image_cleanup(&im);
    INT_EQ(d.count, 0);
    diag_cleanup(&d);
}

/* ---- rendering ------------------------------------------------------------ */

static size_t
count_bytes(const buf *b, const char *s)
{
    size_t n = 0, k = strlen(s);
    for (size_t i = 0; i + k <= b->len; i++)
        if (memcmp(b->data + i, s, k) == 0)
            n++;
    return n;
}

/* A page with an RGBA PNG (smooth alpha), a CMYK JPEG, a grey JPEG drawn
 * twice and a broken file with alt text. */
static int
render_page(pdf_fonts *f, diag_list *d, buf *out)
{
    enum { W = 400, H = 300 };
    unsigned char *px = malloc((size_t)W * H * 4);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            unsigned char *q = px + ((size_t)y * W + (size_t)x) * 4;
            q[0] = (unsigned char)(x * 255 / W), q[1] = (unsigned char)(y * 255 / H), q[2] = 160;
            int dx = x - W / 2, dy = y - H / 2;
            int r2 = dx * dx + dy * dy;
            q[3] = r2 < 100 * 100 ? 255
                   : r2 > 140 * 140
                       ? 0
                       : (unsigned char)((140 * 140 - r2) * 255 / (140 * 140 - 100 * 100));
        }
    char *rgba = tmp_path("page-rgba.png");
    int rc = write_png(rgba, &(png_spec){W, H, PNG_COLOR_TYPE_RGBA, 8, false, px, 0, 0, 0, 0, 0});
    free(px);
    const unsigned char cyan[4] = {0, 255, 255, 255}; /* Adobe-inverted C100 */
    char *cmyk = jpeg_file("page-cmyk.jpg", JCS_CMYK, 4, cyan, true, 0);
    const unsigned char g[1] = {90};
    char *grey = jpeg_file("page-grey.jpg", JCS_GRAYSCALE, 1, g, false, 0);
    char *bad = tmp_path("page-bad.png");
    write_bytes(bad, "\x89PNG\r\n\x1a\n garbage", 17);
    static const char alt[] = "A map of the 1912 strike routes through Lawrence";
    lay_item it[6];
    memset(it, 0, sizeof it);
    const char *paths[5] = {rgba, cmyk, grey, grey, bad};
    const double box[5][4] = {{36, 300, 200, 150},
                              {260, 380, 60, 60},
                              {260, 300, 60, 60},
                              {340, 300, 30, 30},
                              {36, 120, 150, 120}};
    for (int i = 0; i < 5; i++) {
        it[i].kind = LAY_IMAGE;
        it[i].x = box[i][0], it[i].y = box[i][1], it[i].w = box[i][2], it[i].h = box[i][3];
        it[i].href = paths[i];
    }
    it[4].text = alt;
    it[4].len = sizeof alt - 1;
    it[4].src_file = "article.md", it[4].src_line = 7, it[4].src_col = 3;
    it[5] = (lay_item){.kind = LAY_TEXT,
                       .x = 36,
                       .y = 280,
                       .face = PDF_FACE_REGULAR,
                       .size = 10,
                       .text = "Figure 1.",
                       .len = 9};
    lay_page pg = {it, 6, 6, 1, NULL, false, NULL, NULL, false, false, NULL};
    lay_doc doc = {420, 500, &pg, 1, 1, NULL, 0, 0};
    return rc | pdf_render(A, d, &doc, f, NULL, out);
}

static pdf_fonts *F;

TEST(render)
{
    diag_list d;
    diag_init(&d, A);
    buf out;
    buf_init(&out, 0);
    INT_EQ(render_page(F, &d, &out), 0);
    INT_EQ(d.errors, 0);
    INT_EQ(d.warnings, 1); /* the broken file, once, at the article's line */
    OK(HAS_DIAG(d, "not usable (corrupt or truncated PNG"));
    STR_EQ(d.items[0].file, "article.md");
    INT_EQ(d.items[0].line, 7);
    INT_EQ(d.items[0].col, 3);
    /* RGBA image + its mask, the CMYK one as RGB, the grey one once */
    INT_EQ(count_bytes(&out, "/Subtype /Image"), 4);
    INT_EQ(count_bytes(&out, "/SMask"), 1);
    INT_EQ(count_bytes(&out, "/DCTDecode"), 1); /* grey JPEG as it is */
    OK(count_bytes(&out, "%PDF-1.4") == 1);
    /* 400x300 RGB (360 KB) + alpha (120 KB) raw; libharu's PNG loader
     * would write the mask alone uncompressed (120 KB), and plain Flate
     * without predictors made 80 KB of the two */
    printf("page with images: %zu bytes\n", out.len);
    OK(out.len < 40 * 1024);
    /* no clock, no addresses: a second run gives the same bytes */
    diag_list d2;
    diag_init(&d2, A);
    buf again;
    buf_init(&again, 0);
    INT_EQ(render_page(F, &d2, &again), 0);
    OK(again.len == out.len && memcmp(again.data, out.data, out.len) == 0);
    buf_cleanup(&again);
    diag_cleanup(&d2);
    buf_cleanup(&out);
    diag_cleanup(&d);
}

int
main(int argc, char **argv)
{
    A = arena_new();
    const char *base = getenv("SHEAF_TEST_TMP");
    char *tmpl = arena_printf(A, "%s/sheaf-test-image-XXXXXX", base && *base ? base : "/tmp");
    if (base && *base)
        mkdir(base, 0777);
    DIR_ = mkdtemp(tmpl);
    if (!DIR_) {
        fprintf(stderr, "cannot make a scratch folder\n");
        return 1;
    }
    diag_list fd;
    diag_init(&fd, A);
    style st;
    style_defaults(&st);
    if (pdf_fonts_new(A, &fd, &st, &F) != 0) {
        fprintf(stderr, "fonts not available\n");
        return 1;
    }
    int rc;
    if (argc >= 3 && strcmp(argv[1], "--write") == 0) {
        diag_list d;
        diag_init(&d, A);
        buf out;
        buf_init(&out, 0);
        rc = render_page(F, &d, &out);
        if (rc == 0)
            rc = write_bytes(argv[2], out.data, out.len);
        for (size_t i = 0; i < d.count; i++)
            printf("diag: %s\n", diag_format(A, &d.items[i]));
        diag_cleanup(&d);
        buf_cleanup(&out);
        rc = rc != 0;
    } else {
        RUN(png_rgba);
        RUN(png_grey_alpha_and_palette);
        RUN(png_16bit_and_interlaced);
        RUN(jpeg_colour_spaces);
        RUN(jpeg_exif_orientation);
        RUN(info);
        RUN(corrupt_files);
        RUN(check);
        RUN(bombs);
        RUN(mutations);
        RUN(downscale);
        RUN(render);
        rc = test_report();
    }
    pdf_fonts_free(F);
    diag_cleanup(&fd);
    char *cmd = arena_printf(A, "rm -rf '%s'", DIR_);
    if (system(cmd) != 0)
        rc = 1;
    arena_free(A);
    return rc;
}
