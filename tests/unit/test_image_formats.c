/*
 * test_image_formats.c - GIF, WebP and AVIF in the image decoder (pdf_image),
 * on images this test writes with giflib, libwebp and libavif: a GIF whose one frame
 * covers part of its screen with a transparent colour, the same
 * interlaced, an animated GIF (only its first frame is read); WebP
 * lossless with alpha (exact samples), lossy without, and an animation
 * (its first frame); then truncated files, files with bytes flipped at
 * random, garbage behind the right magic and a GIF declaring a huge
 * screen, which fail with a warning (or read) and never crash; and a
 * picture embedded as a base64 data: URI.
 */
#include "base/arena.h"
#include "base/diag.h"
#include "harness.h"
#include "pdf/image/pdf_image.h"

#include <avif/avif.h>
#include <gif_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <webp/encode.h>
#include <webp/mux.h>

static arena *A;
static char *DIR_;

static char *
tmp_path(const char *name)
{
    return arena_printf(A, "%s/%s", DIR_, name);
}

static int
write_bytes(const char *path, const void *data, size_t len)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return -1;
    size_t n = fwrite(data, 1, len, fp);
    return fclose(fp) == 0 && n == len ? 0 : -1;
}

/* A GIF of screen sw x sh holding `frames` frames of w x h at (left, top),
 * palette {red, green, blue, black}, colour 3 transparent; frame k's pixel
 * (x, y) is colour (x + y + k) % 4. */
static int
write_gif(const char *path, int sw, int sh, int left, int top, int w, int h, bool interlace,
          int frames)
{
    int err;
    GifFileType *g = EGifOpenFileName(path, false, &err);
    if (!g)
        return -1;
    GifColorType cols[4] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {0, 0, 0}};
    ColorMapObject *cm = GifMakeMapObject(4, cols);
    int rc = EGifPutScreenDesc(g, sw, sh, 2, 0, cm);
    GifFreeMapObject(cm);
    for (int k = 0; k < frames && rc == GIF_OK; k++) {
        GraphicsControlBlock gcb = {0, false, 10, 3};
        GifByteType ext[4];
        EGifGCBToExtension(&gcb, ext);
        rc = EGifPutExtension(g, GRAPHICS_EXT_FUNC_CODE, 4, ext);
        if (rc == GIF_OK)
            rc = EGifPutImageDesc(g, left, top, w, h, interlace, NULL);
        /* an interlaced frame's rows go in the order of GIF's four passes */
        static const int start[] = {0, 4, 2, 1}, step[] = {8, 8, 4, 2};
        GifPixelType *row = malloc((size_t)w);
        for (int pass = 0; pass < (interlace ? 4 : 1) && rc == GIF_OK; pass++)
            for (int y = interlace ? start[pass] : 0; y < h && rc == GIF_OK;
                 y += interlace ? step[pass] : 1) {
                for (int x = 0; x < w; x++)
                    row[x] = (GifPixelType)((x + y + k) % 4);
                rc = EGifPutLine(g, row, w);
            }
        free(row);
    }
    if (EGifCloseFile(g, &err) != GIF_OK)
        rc = GIF_ERROR;
    return rc == GIF_OK ? 0 : -1;
}

/* The colour GIF index c stands for, and whether it shows. */
static const unsigned char GIF_RGB[4][3] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {0, 0, 0}};

static void
check_gif(const char *path, int sw, int sh, int left, int top, int w, int h)
{
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.w, sw);
    INT_EQ(im.h, sh);
    INT_EQ(im.channels, 3);
    OK(im.alpha != NULL);
    int bad = 0;
    for (int y = 0; y < sh && im.pixels && im.alpha; y++)
        for (int x = 0; x < sw; x++) {
            size_t i = (size_t)y * (size_t)sw + (size_t)x;
            bool in = x >= left && x < left + w && y >= top && y < top + h;
            int c = in ? (x - left + y - top) % 4 : 3;
            bool shows = c != 3;
            if (im.alpha[i] != (shows ? 255 : 0))
                bad++;
            else if (shows && memcmp(im.pixels + 3 * i, GIF_RGB[c], 3) != 0)
                bad++;
        }
    INT_EQ(bad, 0);
    INT_EQ(d.count, 0);
    pdf_image_cleanup(&im);
    diag_cleanup(&d);
}

TEST(gif_frames)
{
    /* one frame of 5 x 9 at (2, 1) on a 10 x 12 screen: outside it, and
       where its colour is the transparent one, nothing shows */
    char *path = tmp_path("part.gif");
    OK(write_gif(path, 10, 12, 2, 1, 5, 9, false, 1) == 0);
    check_gif(path, 10, 12, 2, 1, 5, 9);
    /* interlaced rows come back in place */
    path = tmp_path("interlaced.gif");
    OK(write_gif(path, 6, 11, 0, 0, 6, 11, true, 1) == 0);
    check_gif(path, 6, 11, 0, 0, 6, 11);
    /* an animation: its first frame */
    path = tmp_path("anim.gif");
    OK(write_gif(path, 4, 4, 0, 0, 4, 4, false, 5) == 0);
    check_gif(path, 4, 4, 0, 0, 4, 4);
    int w = 0, h = 0;
    INT_EQ(pdf_image_info(path, &w, &h, NULL, NULL), 0);
    INT_EQ(w, 4);
    INT_EQ(h, 4);
}

TEST(webp_still_and_animated)
{
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    /* lossless RGBA: samples and alpha exactly */
    const unsigned char px[] = {255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 255, 255, 255, 255};
    uint8_t *out = NULL;
    size_t n = WebPEncodeLosslessRGBA(px, 2, 2, 8, &out);
    OK(n > 0);
    char *path = tmp_path("rgba.webp");
    OK(write_bytes(path, out, n) == 0);
    WebPFree(out);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.w, 2);
    INT_EQ(im.h, 2);
    OK(im.alpha != NULL);
    if (im.pixels && im.alpha) {
        INT_EQ(im.pixels[0], 255);
        INT_EQ(im.pixels[4], 255);
        INT_EQ(im.alpha[1], 128);
        INT_EQ(im.alpha[2], 0);
        INT_EQ(im.alpha[3], 255);
    }
    pdf_image_cleanup(&im);
    /* lossy RGB: no alpha, colours near what was written */
    unsigned char rgb[32 * 16 * 3];
    for (size_t i = 0; i < sizeof rgb; i += 3)
        rgb[i] = 200, rgb[i + 1] = 40, rgb[i + 2] = 90;
    n = WebPEncodeRGB(rgb, 32, 16, 32 * 3, 90, &out);
    OK(n > 0);
    path = tmp_path("lossy.webp");
    OK(write_bytes(path, out, n) == 0);
    WebPFree(out);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.w, 32);
    INT_EQ(im.h, 16);
    OK(im.alpha == NULL);
    INT_EQ(im.channels, 3);
    if (im.pixels)
        OK(abs(im.pixels[3 * 100] - 200) < 12 && abs(im.pixels[3 * 100 + 1] - 40) < 12);
    pdf_image_cleanup(&im);
    /* an animation of a red then a blue frame: the red one */
    WebPAnimEncoderOptions ao;
    OK(WebPAnimEncoderOptionsInit(&ao));
    WebPAnimEncoder *enc = WebPAnimEncoderNew(8, 8, &ao);
    OK(enc != NULL);
    WebPConfig cfg;
    OK(WebPConfigInit(&cfg));
    cfg.lossless = 1;
    for (int k = 0; k < 2 && enc; k++) {
        WebPPicture pic;
        OK(WebPPictureInit(&pic));
        pic.width = pic.height = 8;
        pic.use_argb = 1;
        OK(WebPPictureAlloc(&pic));
        for (int i = 0; i < 64; i++)
            pic.argb[i] = k ? 0xFF0000FFu : 0xFFFF0000u;
        OK(WebPAnimEncoderAdd(enc, &pic, k * 100, &cfg));
        WebPPictureFree(&pic);
    }
    WebPData wd = {NULL, 0};
    if (enc) {
        OK(WebPAnimEncoderAdd(enc, NULL, 200, NULL));
        OK(WebPAnimEncoderAssemble(enc, &wd));
        WebPAnimEncoderDelete(enc);
    }
    path = tmp_path("anim.webp");
    OK(write_bytes(path, wd.bytes, wd.size) == 0);
    WebPDataClear(&wd);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.w, 8);
    INT_EQ(im.h, 8);
    if (im.pixels)
        OK(im.pixels[0] == 255 && im.pixels[1] == 0 && im.pixels[2] == 0);
    pdf_image_cleanup(&im);
    int w = 0, h = 0;
    INT_EQ(pdf_image_info(path, &w, &h, NULL, NULL), 0);
    INT_EQ(w, 8);
    INT_EQ(d.count, 0);
    diag_cleanup(&d);
}

/* Each prefix of a good file, and garbage after the right magic: a
 * warning naming the file and a failure, never a crash. */
static void
truncations(const char *good, const char *name)
{
    FILE *fp = fopen(good, "rb");
    OK(fp != NULL);
    if (!fp)
        return;
    unsigned char bytes[4096];
    size_t len = fread(bytes, 1, sizeof bytes, fp);
    fclose(fp);
    char *path = tmp_path(name);
    int failed = 0, tried = 0;
    for (size_t cut = 1; cut < len; cut += cut < 64 ? 1 : 7) {
        OK(write_bytes(path, bytes, cut) == 0);
        diag_list d;
        diag_init(&d, A);
        pdf_image im;
        int rc = pdf_image_load(&d, path, 0, 0, &im);
        tried++;
        if (rc != 0) {
            failed++;
            OK(d.count == 1 && strstr(diag_format(A, &d.items[0]), name) != NULL);
            OK(im.pixels == NULL);
        }
        pdf_image_cleanup(&im);
        diag_cleanup(&d);
    }
    OK(failed > tried / 2);
}

/* Bytes of a good file flipped at random (a fixed generator): each load
 * either works or fails with one warning; under the sanitizers, no read
 * out of bounds either. */
static void
mutations(const char *good, const char *name)
{
    FILE *fp = fopen(good, "rb");
    OK(fp != NULL);
    if (!fp)
        return;
    unsigned char orig[4096], bytes[4096];
    size_t len = fread(orig, 1, sizeof orig, fp);
    fclose(fp);
    char *path = tmp_path(name);
    unsigned long r = 2463534242UL;
    int bad = 0;
    for (int k = 0; k < 300; k++) {
        memcpy(bytes, orig, len);
        for (int j = 0; j < 1 + k % 4; j++) {
            r ^= r << 13, r ^= r >> 7, r ^= r << 17;
            size_t at = 12 + (size_t)(r % (len > 12 ? len - 12 : 1)); /* past the magic */
            bytes[at < len ? at : len - 1] ^= (unsigned char)(1u << (r >> 20) % 8);
        }
        OK(write_bytes(path, bytes, len) == 0);
        diag_list d;
        diag_init(&d, A);
        pdf_image im;
        int rc = pdf_image_load(&d, path, 0, 0, &im);
        if (!(rc == 0 ? d.count == 0 && im.pixels : d.count == 1 && !im.pixels))
            bad++;
        pdf_image_cleanup(&im);
        diag_cleanup(&d);
    }
    INT_EQ(bad, 0);
}

/* Up to `cap` bytes of the file at `path`. */
static size_t
read_file_bytes(const char *path, unsigned char *to, size_t cap)
{
    FILE *fp = fopen(path, "rb");
    size_t n = fp ? fread(to, 1, cap, fp) : 0;
    if (fp)
        fclose(fp);
    return n;
}

TEST(broken_files)
{
    char *gif = tmp_path("good.gif");
    OK(write_gif(gif, 12, 12, 0, 0, 12, 12, false, 1) == 0);
    truncations(gif, "cut.gif");
    mutations(gif, "flip.gif");
    unsigned char rgb[16 * 16 * 3] = {0};
    uint8_t *out = NULL;
    size_t n = WebPEncodeRGB(rgb, 16, 16, 48, 80, &out);
    char *webp = tmp_path("good.webp");
    OK(n > 0 && write_bytes(webp, out, n) == 0);
    WebPFree(out);
    truncations(webp, "cut.webp");
    mutations(webp, "flip.webp");
    /* the readers' check: whole, or short of what its RIFF header counts */
    char why[256] = "";
    INT_EQ(pdf_image_check(webp, NULL, NULL, why, sizeof why), 0);
    char *half = tmp_path("half.webp");
    unsigned char wb[4096];
    FILE *wf = fopen(webp, "rb");
    size_t wn = wf ? fread(wb, 1, sizeof wb, wf) : 0;
    if (wf)
        fclose(wf);
    OK(wn > 40 && wn < sizeof wb && write_bytes(half, wb, wn - 8) == 0);
    INT_EQ(pdf_image_check(half, NULL, NULL, why, sizeof why), -1);
    OK(strstr(why, "the WebP file is cut short") != NULL);
    /* a GIF is walked block by block, since its last byte can be any
       data byte: every cut inside a block is short; one stopping between
       blocks after its picture (no trailer, as some writers leave it) is
       whole; an animation cut in a later frame is short too */
    unsigned char gb[4096];
    size_t gn = read_file_bytes(gif, gb, sizeof gb);
    INT_EQ(pdf_image_check(gif, NULL, NULL, why, sizeof why), 0);
    OK(gn > 40 && gb[gn - 1] == 0x3B);
    char *gcut = tmp_path("check-cut.gif");
    int whole = 0;
    for (size_t k = 6; k < gn; k++) {
        OK(write_bytes(gcut, gb, k) == 0);
        why[0] = 0;
        if (pdf_image_check(gcut, NULL, NULL, why, sizeof why) == 0)
            whole++;
        else if (k >= 13)
            OK(strstr(why, "the GIF file is cut short") || strstr(why, "corrupt"));
    }
    INT_EQ(whole, 1); /* only without its trailer */
    /* a stray byte between blocks after the picture ends the file, as
       browsers read it: whole */
    gn = read_file_bytes(gif, gb, sizeof gb);
    gb[gn - 1] = 0x00, gb[gn] = 0x3B;
    OK(write_bytes(gcut, gb, gn + 1) == 0);
    INT_EQ(pdf_image_check(gcut, NULL, NULL, why, sizeof why), 0);
    char *anim = tmp_path("anim.gif");
    OK(write_gif(anim, 12, 12, 0, 0, 12, 12, false, 2) == 0);
    gn = read_file_bytes(anim, gb, sizeof gb);
    OK(gn > 60 && write_bytes(gcut, gb, gn - 6) == 0);
    INT_EQ(pdf_image_check(gcut, NULL, NULL, why, sizeof why), -1);
    OK(strstr(why, "the GIF file is cut short") != NULL);
    /* the right magic, then garbage */
    static const char fake_webp[] = "RIFF\x40\0\0\0WEBPVP8 garbage garbage garbage garbage";
    static const char fake_gif[] = "GIF89a\x10\0\x10\0\x80\0\0garbage";
    const struct {
        const char *name, *bytes;
        size_t len;
    } junk[] = {{"junk.webp", fake_webp, sizeof fake_webp - 1},
                {"junk.gif", fake_gif, sizeof fake_gif - 1}};
    for (size_t i = 0; i < 2; i++) {
        char *p = tmp_path(junk[i].name);
        OK(write_bytes(p, junk[i].bytes, junk[i].len) == 0);
        diag_list d;
        diag_init(&d, A);
        pdf_image im;
        INT_EQ(pdf_image_load(&d, p, 0, 0, &im), -1);
        INT_EQ(d.count, 1);
        pdf_image_cleanup(&im);
        diag_cleanup(&d);
    }
    /* a GIF that ends before any picture says so */
    static const unsigned char empty_gif[] = {'G', 'I', 'F', '8', '9', 'a', 2, 0, 2, 0, 0x80, 0, 0,
                                              0, 0, 0, 255, 255, 255, ';'};
    char *eg = tmp_path("nopicture.gif");
    OK(write_bytes(eg, empty_gif, sizeof empty_gif) == 0);
    {
        diag_list d;
        diag_init(&d, A);
        pdf_image im;
        INT_EQ(pdf_image_load(&d, eg, 0, 0, &im), -1);
        OK(d.count == 1 && strstr(diag_format(A, &d.items[0]), "before any picture") != NULL);
        diag_cleanup(&d);
    }
    /* a GIF declaring a 65535 x 65535 screen: refused before any pixel */
    static const unsigned char huge[] = {'G', 'I', 'F', '8', '9', 'a', 0xFF, 0xFF, 0xFF, 0xFF,
                                         0x80, 0, 0, 0, 0, 0, 255, 255, 255, ';'};
    char *p = tmp_path("huge.gif");
    OK(write_bytes(p, huge, sizeof huge) == 0);
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    INT_EQ(pdf_image_load(&d, p, 0, 0, &im), -1);
    OK(d.count == 1 && strstr(diag_format(A, &d.items[0]), "refused unread") != NULL);
    OK(pdf_image_info(p, NULL, NULL, NULL, NULL) == -1);
    diag_cleanup(&d);
}

/* An AVIF of w x h from RGB(A) samples (nc 3 or 4), near-lossless, with
 * the rotation irot (0-3, or -1 for none) and mirror imir (0, 1 or -1)
 * properties. */
static int
write_avif_turned(const char *path, const unsigned char *px, int w, int h, int nc, int irot,
                  int imir)
{
    avifImage *im = avifImageCreate((uint32_t)w, (uint32_t)h, 8, AVIF_PIXEL_FORMAT_YUV444);
    if (irot >= 0) {
        im->transformFlags |= AVIF_TRANSFORM_IROT;
        im->irot.angle = (uint8_t)irot;
    }
    if (imir >= 0) {
        im->transformFlags |= AVIF_TRANSFORM_IMIR;
        im->imir.mode = (uint8_t)imir;
    }
    avifRGBImage rgb;
    avifRGBImageSetDefaults(&rgb, im);
    rgb.format = nc == 4 ? AVIF_RGB_FORMAT_RGBA : AVIF_RGB_FORMAT_RGB;
    rgb.depth = 8;
    rgb.pixels = (uint8_t *)px;
    rgb.rowBytes = (uint32_t)(w * nc);
    avifRWData out = AVIF_DATA_EMPTY;
    avifEncoder *enc = avifEncoderCreate();
    int rc = -1;
    if (enc && avifImageRGBToYUV(im, &rgb) == AVIF_RESULT_OK) {
        enc->minQuantizer = enc->maxQuantizer = 4;
        enc->minQuantizerAlpha = enc->maxQuantizerAlpha = 0;
        enc->speed = 10;
        if (avifEncoderWrite(enc, im, &out) == AVIF_RESULT_OK)
            rc = write_bytes(path, out.data, out.size);
    }
    avifRWDataFree(&out);
    if (enc)
        avifEncoderDestroy(enc);
    avifImageDestroy(im);
    return rc;
}

static int
write_avif(const char *path, const unsigned char *px, int w, int h, int nc)
{
    return write_avif_turned(path, px, w, h, nc, -1, -1);
}

/* test_image_formats --write DIR: the pictures tests/slow/pdf_image_formats.sh
 * builds a book of: photo.webp (lossy, 96 x 64, a red-to-blue ramp),
 * alpha.webp (lossless, 40 x 40, green with a transparent half),
 * anim.gif (48 x 32, four frames), cover.webp (lossy, 300 x 400) and
 * grain.webp (lossy noise, 400 x 300, about 100 KB). */
static int
write_fixtures(const char *dir)
{
    int rc = 0;
    unsigned char *rgb = malloc(300 * 400 * 3);
    if (!rgb)
        return 1;
    for (int y = 0; y < 64; y++)
        for (int x = 0; x < 96; x++) {
            unsigned char *p = rgb + ((size_t)y * 96 + (size_t)x) * 3;
            p[0] = (unsigned char)(255 - x * 255 / 95), p[1] = 30, p[2] = (unsigned char)(x * 255 / 95);
        }
    uint8_t *out = NULL;
    size_t n = WebPEncodeRGB(rgb, 96, 64, 96 * 3, 85, &out);
    rc |= n == 0 || write_bytes(arena_printf(A, "%s/photo.webp", dir), out, n) != 0;
    WebPFree(out);
    unsigned char rgba[40 * 40 * 4];
    for (int i = 0; i < 40 * 40; i++) {
        unsigned char *p = rgba + (size_t)i * 4;
        p[0] = 0, p[1] = 160, p[2] = 60, p[3] = (i % 40) < 20 ? 255 : 0;
    }
    n = WebPEncodeLosslessRGBA(rgba, 40, 40, 40 * 4, &out);
    rc |= n == 0 || write_bytes(arena_printf(A, "%s/alpha.webp", dir), out, n) != 0;
    WebPFree(out);
    for (size_t i = 0; i < 300 * 400 * 3; i += 3)
        rgb[i] = 40, rgb[i + 1] = 60, rgb[i + 2] = 120;
    n = WebPEncodeRGB(rgb, 300, 400, 300 * 3, 80, &out);
    rc |= n == 0 || write_bytes(arena_printf(A, "%s/cover.webp", dir), out, n) != 0;
    WebPFree(out);
    for (int y = 0; y < 64; y++)
        for (int x = 0; x < 96; x++) {
            unsigned char *p = rgb + ((size_t)y * 96 + (size_t)x) * 3;
            p[0] = (unsigned char)(255 - x * 255 / 95), p[1] = 30,
            p[2] = (unsigned char)(x * 255 / 95);
        }
    rc |= write_avif(arena_printf(A, "%s/photo.avif", dir), rgb, 96, 64, 3) != 0;
    /* grain: a 400 x 300 photo of noise, which no codec makes small (a
       page saved whole carries such a photo as a data: URI of 100 KB+) */
    uint32_t seed = 12345;
    for (size_t i = 0; i < 400 * 300 * 3; i++) {
        seed = seed * 1103515245u + 12345u;
        rgb[i] = (unsigned char)(seed >> 24);
    }
    n = WebPEncodeRGB(rgb, 400, 300, 400 * 3, 90, &out);
    rc |= n == 0 || write_bytes(arena_printf(A, "%s/grain.webp", dir), out, n) != 0;
    WebPFree(out);
    free(rgb);
    rc |= write_gif(arena_printf(A, "%s/anim.gif", dir), 48, 32, 0, 0, 48, 32, false, 4) != 0;
    return rc;
}

/* A file's bytes as a base64 data: URI of media type `type`. */
static char *
data_uri(const char *path, const char *type)
{
    static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    unsigned char in[4096];
    size_t n = fread(in, 1, sizeof in, fp);
    fclose(fp);
    char *s = arena_alloc(A, strlen(type) + 20 + n / 3 * 4 + 8);
    size_t o = (size_t)sprintf(s, "data:%s;base64,", type);
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0) |
                     (i + 2 < n ? in[i + 2] : 0);
        s[o++] = al[v >> 18 & 63];
        s[o++] = al[v >> 12 & 63];
        s[o++] = i + 1 < n ? al[v >> 6 & 63] : '=';
        s[o++] = i + 2 < n ? al[v & 63] : '=';
    }
    s[o] = 0;
    return s;
}

TEST(data_uris)
{
    /* a page's embedded picture (base64 data: URI) reads like its file */
    char *gif = tmp_path("embedded.gif");
    OK(write_gif(gif, 6, 5, 1, 1, 4, 3, false, 1) == 0);
    char *uri = data_uri(gif, "image/gif");
    OK(uri != NULL);
    int w = 0, h = 0;
    INT_EQ(pdf_image_info(uri, &w, &h, NULL, NULL), 0);
    INT_EQ(w, 6);
    INT_EQ(h, 5);
    check_gif(uri, 6, 5, 1, 1, 4, 3);
    /* a broken one is named as a data: URI, not by its base64 */
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    INT_EQ(pdf_image_load(&d, "data:image/png;base64,iVBORw0KGgo=", 0, 0, &im), -1);
    INT_EQ(d.count, 1);
    OK(d.count && strstr(diag_format(A, &d.items[0]), "(a data: URI image)") != NULL);
    INT_EQ(pdf_image_load(&d, "data:image/png;base64,***", 0, 0, &im), -1);
    INT_EQ(d.count, 2);
    diag_cleanup(&d);
}

/* AVIF: a photograph's colours near what was written, an alpha plane as
 * the mask; a file cut short, or garbage behind the right brand, fails
 * the check and the load with a warning and never crashes. */
TEST(avif_still)
{
    diag_list d;
    diag_init(&d, A);
    pdf_image im;
    unsigned char rgb[48 * 32 * 3], rgba[16 * 16 * 4];
    for (int y = 0; y < 32; y++)
        for (int x = 0; x < 48; x++) {
            unsigned char *p = rgb + ((size_t)y * 48 + (size_t)x) * 3;
            p[0] = x < 24 ? 220 : 20, p[1] = 40, p[2] = x < 24 ? 20 : 220;
        }
    char *path = tmp_path("photo.avif");
    OK(write_avif(path, rgb, 48, 32, 3) == 0);
    int w = 0, h = 0;
    char why[256];
    INT_EQ(pdf_image_check(path, &w, &h, why, sizeof why), 0);
    INT_EQ(w, 48);
    INT_EQ(h, 32);
    INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
    INT_EQ(im.w, 48);
    INT_EQ(im.h, 32);
    OK(im.alpha == NULL);
    if (im.pixels && im.channels == 3) {
        const unsigned char *l = im.pixels + (16 * 48 + 4) * 3, *r = im.pixels + (16 * 48 + 44) * 3;
        OK(abs(l[0] - 220) < 16 && abs(l[2] - 20) < 16);
        OK(abs(r[0] - 20) < 16 && abs(r[2] - 220) < 16);
    }
    pdf_image_cleanup(&im);
    for (int i = 0; i < 16 * 16; i++) {
        unsigned char *p = rgba + (size_t)i * 4;
        p[0] = 0, p[1] = 160, p[2] = 60, p[3] = (i % 16) < 8 ? 255 : 0;
    }
    char *apath = tmp_path("alpha.avif");
    OK(write_avif(apath, rgba, 16, 16, 4) == 0);
    INT_EQ(pdf_image_load(&d, apath, 0, 0, &im), 0);
    OK(im.alpha != NULL);
    if (im.alpha)
        OK(im.alpha[16 * 8 + 2] > 240 && im.alpha[16 * 8 + 13] < 15);
    pdf_image_cleanup(&im);
    INT_EQ(d.count, 0);
    /* cut short: half the file */
    FILE *fp = fopen(path, "rb");
    unsigned char bytes[8192];
    size_t n = fp ? fread(bytes, 1, sizeof bytes, fp) : 0;
    if (fp)
        fclose(fp);
    OK(n > 100);
    char *cut = tmp_path("cut.avif");
    OK(write_bytes(cut, bytes, n / 2) == 0);
    OK(pdf_image_check(cut, NULL, NULL, why, sizeof why) != 0 && strstr(why, "AVIF"));
    INT_EQ(pdf_image_load(&d, cut, 0, 0, &im), -1);
    INT_EQ(d.count, 1);
    /* the brand, then garbage */
    memset(bytes + 32, 0x5A, n > 32 ? n - 32 : 0);
    char *junk = tmp_path("junk.avif");
    OK(write_bytes(junk, bytes, n) == 0);
    OK(pdf_image_check(junk, NULL, NULL, why, sizeof why) != 0);
    INT_EQ(pdf_image_load(&d, junk, 0, 0, &im), -1);
    INT_EQ(d.count, 2);
    diag_cleanup(&d);
}

/* Is the pixel at (x, y) of im red (the marked corner) and opaque? */
static bool
red_at(const pdf_image *im, int x, int y)
{
    if (!im->pixels || im->channels != 3 || x >= im->w || y >= im->h)
        return false;
    const unsigned char *p = im->pixels + ((size_t)y * (size_t)im->w + (size_t)x) * 3;
    bool opaque = !im->alpha || im->alpha[(size_t)y * (size_t)im->w + (size_t)x] > 240;
    return p[0] > 180 && p[2] < 80 && opaque;
}

/* An AVIF says how to turn its stored rows with irot (anti-clockwise
 * quarter turns) and imir (mirror after the turn): a 48 x 32 picture with
 * its top-left corner marked red must come out upright, its size reported
 * turned, the mark where a viewer shows it, and an alpha mask turned with
 * the colours. */
TEST(avif_turned)
{
    diag_list d;
    diag_init(&d, A);
    static unsigned char rgba[48 * 32 * 4];
    for (int y = 0; y < 32; y++)
        for (int x = 0; x < 48; x++) {
            unsigned char *p = rgba + ((size_t)y * 48 + (size_t)x) * 4;
            bool mark = x < 12 && y < 8;
            p[0] = mark ? 230 : 20, p[1] = 30, p[2] = mark ? 20 : 230;
            p[3] = x >= 40 && y >= 24 ? 0 : 255; /* bottom-right clear */
        }
    static const struct {
        int irot, imir, w, h;
        int mx, my; /* where the red corner is seen */
        int cx, cy; /* and the clear one */
    } cases[] = {
        {-1, -1, 48, 32, 2, 2, 45, 29}, {1, -1, 32, 48, 2, 45, 29, 2},
        {2, -1, 48, 32, 45, 29, 2, 2},  {3, -1, 32, 48, 29, 2, 2, 45},
        {-1, 1, 48, 32, 45, 2, 2, 29},  {-1, 0, 48, 32, 2, 29, 45, 2},
        {1, 1, 32, 48, 29, 45, 2, 2},   {1, 0, 32, 48, 2, 2, 29, 45},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *path = tmp_path(arena_printf(A, "turned%zu.avif", i));
        OK(write_avif_turned(path, rgba, 48, 32, 4, cases[i].irot, cases[i].imir) == 0);
        int w = 0, h = 0;
        char why[256];
        INT_EQ(pdf_image_check(path, &w, &h, why, sizeof why), 0);
        INT_EQ(w, cases[i].w);
        INT_EQ(h, cases[i].h);
        pdf_image im;
        INT_EQ(pdf_image_load(&d, path, 0, 0, &im), 0);
        INT_EQ(im.w, cases[i].w);
        INT_EQ(im.h, cases[i].h);
        OK(red_at(&im, cases[i].mx, cases[i].my));
        OK(!red_at(&im, cases[i].cx, cases[i].cy));
        OK(im.alpha && im.alpha[(size_t)cases[i].cy * (size_t)im.w + (size_t)cases[i].cx] < 15);
        OK(im.alpha && im.alpha[(size_t)cases[i].my * (size_t)im.w + (size_t)cases[i].mx] > 240);
        pdf_image_cleanup(&im);
    }
    INT_EQ(d.count, 0);
    diag_cleanup(&d);
}

int
main(int argc, char **argv)
{
    A = arena_new();
    if (argc == 3 && strcmp(argv[1], "--write") == 0) {
        int rc = write_fixtures(argv[2]);
        arena_free(A);
        return rc;
    }
    const char *base = getenv("SHEAF_TEST_TMP");
    char *tmpl = arena_printf(A, "%s/sheaf-imgfmt-XXXXXX", base && *base ? base : "/tmp");
    if (base && *base) {
        char *mk = arena_printf(A, "mkdir -p '%s'", base);
        if (system(mk) != 0)
            return 1;
    }
    DIR_ = mkdtemp(tmpl);
    if (!DIR_) {
        fprintf(stderr, "cannot make a scratch folder\n");
        return 1;
    }
    RUN(gif_frames);
    RUN(webp_still_and_animated);
    RUN(broken_files);
    RUN(data_uris);
    RUN(avif_still);
    RUN(avif_turned);
    int rc = test_report();
    char *cmd = arena_printf(A, "rm -rf '%s'", DIR_);
    if (system(cmd) != 0)
        rc = 1;
    arena_free(A);
    return rc;
}
