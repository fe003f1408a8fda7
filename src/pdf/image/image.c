/*
 * image.c - PNG, JPEG, GIF, WebP and AVIF decoding (and SVG drawing, in
 * svg.c) into 8-bit grey/RGB plus an alpha mask.
 *
 * Both decoders read the header first and refuse a declared size past
 * PDF_IMAGE_MAX_PIXELS or PDF_IMAGE_MAX_RAW before anything is allocated
 * for pixels. libpng is asked to expand palettes, low-bit grey and tRNS
 * into plain samples and to strip 16-bit samples to 8; libjpeg to give RGB,
 * grey or CMYK (converted here, Adobe's inverted CMYK included), and a
 * JPEG is turned upright by its EXIF orientation at the end. Rows then
 * stream through a box filter (a `scaler`) that averages each output
 * pixel's block of source pixels, colours weighted by alpha so transparent
 * pixels do not darken edges; at scale 1 it is a copy. Only an interlaced
 * PNG needs the whole image in memory, and that is bounded by the pixel cap.
 *
 * Errors: libpng and libjpeg report fatal errors through handlers that keep
 * the message and longjmp back to the setjmp in the decoding function,
 * whose every allocation hangs off a context struct (not locals changed
 * after setjmp), so one cleanup path frees everything. A truncated JPEG
 * (libjpeg only warns, and pads with grey) is treated as fatal too.
 */
#include "pdf_image.h"

#include "../../base/b64.h"
#include "avif.h"
#include "svg.h"

#include <gif_lib.h>
#include <jerror.h>
#include <jpeglib.h>
#include <math.h>
#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <webp/decode.h>
#include <webp/demux.h>

/* ---- box-filter scaler ---------------------------------------------------- */

typedef struct scaler {
    int sw, sh, tw, th;
    int nc; /* input channels: 1 G, 2 GA, 3 RGB, 4 RGBA */
    int cc; /* colour channels: 1 or 3 */
    bool has_a;
    uint64_t *acc; /* tw * (cc + 1): colour sums (alpha-weighted), alpha sum */
    uint32_t *cnt; /* tw: source pixels summed into each output pixel */
    int oy;        /* output row being summed */
    bool same;     /* no scaling (a drawing drawn at its size): rows copied */
    unsigned char *pix, *alpha;
} scaler;

static void
scaler_init(scaler *s, int sw, int sh, int tw, int th, int nc)
{
    memset(s, 0, sizeof *s);
    s->sw = sw, s->sh = sh, s->tw = tw, s->th = th, s->nc = nc;
    s->has_a = nc == 2 || nc == 4;
    s->cc = nc >= 3 ? 3 : 1;
    s->same = sw == tw && sh == th;
    s->acc = xcalloc((size_t)tw * (size_t)(s->cc + 1), sizeof *s->acc);
    s->cnt = xcalloc((size_t)tw, sizeof *s->cnt);
    s->pix = xmalloc((size_t)tw * (size_t)th * (size_t)s->cc);
    s->alpha = s->has_a ? xmalloc((size_t)tw * (size_t)th) : NULL;
}

static void
scaler_free(scaler *s)
{
    free(s->acc);
    free(s->cnt);
    free(s->pix);
    free(s->alpha);
    memset(s, 0, sizeof *s);
}

static void
scaler_flush(scaler *s)
{
    if (s->same)
        return;
    int k = s->cc + 1;
    for (int x = 0; x < s->tw; x++) {
        uint64_t *a = &s->acc[(size_t)x * (size_t)k];
        uint64_t n = s->cnt[x] ? s->cnt[x] : 1;
        unsigned char *p = &s->pix[((size_t)s->oy * (size_t)s->tw + (size_t)x) * (size_t)s->cc];
        for (int c = 0; c < s->cc; c++) {
            /* alpha-weighted: divide by the alpha sum (fully transparent: 0) */
            uint64_t den = s->has_a ? a[s->cc] : n;
            p[c] = den ? (unsigned char)((a[c] + den / 2) / den) : 0;
        }
        if (s->has_a)
            s->alpha[(size_t)s->oy * (size_t)s->tw + (size_t)x] =
                (unsigned char)((a[s->cc] + n / 2) / n);
        memset(a, 0, (size_t)k * sizeof *a);
        s->cnt[x] = 0;
    }
}

/* Add source row y (nc samples a pixel, 8-bit). Rows come in order. */
static void
scaler_row(scaler *s, int y, const unsigned char *row)
{
    if (s->same) {
        /* what the sums give for one pixel each: the colour where it is
           not fully transparent (0 there), and the alpha */
        unsigned char *o = s->pix + (size_t)y * (size_t)s->tw * (size_t)s->cc;
        unsigned char *oa = s->has_a ? s->alpha + (size_t)y * (size_t)s->tw : NULL;
        for (int x = 0; x < s->sw; x++) {
            const unsigned char *p = row + (size_t)x * (size_t)s->nc;
            unsigned char a = s->has_a ? p[s->nc - 1] : 255;
            for (int c = 0; c < s->cc; c++)
                o[(size_t)x * (size_t)s->cc + (size_t)c] = a ? p[c] : 0;
            if (oa)
                oa[x] = a;
        }
        return;
    }
    int oy = (int)((int64_t)y * s->th / s->sh);
    if (oy != s->oy) {
        scaler_flush(s);
        s->oy = oy;
    }
    int k = s->cc + 1;
    for (int x = 0; x < s->sw; x++) {
        int ox = (int)((int64_t)x * s->tw / s->sw);
        uint64_t *a = &s->acc[(size_t)ox * (size_t)k];
        const unsigned char *p = row + (size_t)x * (size_t)s->nc;
        unsigned w = s->has_a ? p[s->nc - 1] : 1;
        for (int c = 0; c < s->cc; c++)
            a[c] += (uint64_t)p[c] * w;
        a[s->cc] += s->has_a ? p[s->nc - 1] : 255;
        s->cnt[ox]++;
    }
}

/* Finish: hand the buffers to img; drop an alpha mask that is all opaque,
 * and keep one channel of an RGB image whose pixels are all grey (scans and
 * screenshots of text often are): a third of the samples to embed. */
static void
scaler_finish(scaler *s, pdf_image *img)
{
    scaler_flush(s);
    img->w = s->tw;
    img->h = s->th;
    img->channels = s->cc;
    img->pixels = s->pix;
    s->pix = NULL;
    if (img->channels == 3) {
        size_t n = (size_t)s->tw * (size_t)s->th, i = 0;
        unsigned char *p = img->pixels;
        while (i < n && p[3 * i] == p[3 * i + 1] && p[3 * i] == p[3 * i + 2])
            i++;
        if (i == n) {
            for (i = 0; i < n; i++)
                p[i] = p[3 * i];
            img->channels = 1;
        }
    }
    if (s->alpha) {
        size_t n = (size_t)s->tw * (size_t)s->th, i = 0;
        while (i < n && s->alpha[i] == 255)
            i++;
        if (i < n) {
            img->alpha = s->alpha;
            s->alpha = NULL;
        }
    }
    scaler_free(s);
}

/* ---- shared --------------------------------------------------------------- */

void
pdf_image_target(int src_w, int src_h, double w_pt, double h_pt, int *w, int *h)
{
    double s = 1;
    int longest = src_w > src_h ? src_w : src_h;
    if (longest > PDF_IMAGE_MAX_SIDE)
        s = (double)PDF_IMAGE_MAX_SIDE / longest;
    if (w_pt > 0 && h_pt > 0 && src_w > 0 && src_h > 0) {
        double sx = w_pt / 72 * PDF_IMAGE_MAX_DPI / src_w;
        double sy = h_pt / 72 * PDF_IMAGE_MAX_DPI / src_h;
        double sd = sx > sy ? sx : sy; /* keep the finer axis at 300 dpi */
        if (sd < s)
            s = sd;
    }
    int tw = (int)lround(src_w * s), th = (int)lround(src_h * s);
    *w = tw < 1 ? 1 : tw > src_w ? src_w : tw;
    *h = th < 1 ? 1 : th > src_h ? src_h : th;
}

/* Refuse a declared size before decoding: returns a reason or NULL. */
static const char *
bomb_reason(double w, double h, double raw_bytes)
{
    if (w < 1 || h < 1)
        return "no pixels";
    if (w * h > PDF_IMAGE_MAX_PIXELS)
        return "over the 40-megapixel limit";
    if (raw_bytes > PDF_IMAGE_MAX_RAW)
        return "over the 192 MB limit for samples";
    return NULL;
}

typedef enum {
    KIND_NONE,
    KIND_PNG,
    KIND_JPEG,
    KIND_GIF,
    KIND_WEBP,
    KIND_AVIF,
    KIND_SVG
} image_kind;

/* An AVIF file: an ISO base media file whose "ftyp" box names the avif
 * or avis brand, as its major brand or among the compatible ones. */
static bool
is_avif(const unsigned char *m, size_t got)
{
    if (got < 16 || memcmp(m + 4, "ftyp", 4) != 0)
        return false;
    size_t box = (size_t)m[0] << 24 | (size_t)m[1] << 16 | (size_t)m[2] << 8 | m[3];
    if (box < 16)
        return false;
    if (box > got)
        box = got;
    for (size_t i = 8; i + 4 <= box; i += 4) {
        if (i == 12)
            continue; /* the minor version */
        if (memcmp(m + i, "avif", 4) == 0 || memcmp(m + i, "avis", 4) == 0)
            return true;
    }
    return false;
}

static image_kind
sniff(FILE *fp)
{
    /* enough for an SVG's XML declaration, comments and doctype */
    unsigned char m[4096] = {0};
    size_t got = fread(m, 1, sizeof m, fp);
    rewind(fp);
    if (got >= 8 && png_sig_cmp(m, 0, 8) == 0)
        return KIND_PNG;
    if (got >= 3 && m[0] == 0xFF && m[1] == 0xD8 && m[2] == 0xFF)
        return KIND_JPEG;
    if (got >= 6 && (memcmp(m, "GIF87a", 6) == 0 || memcmp(m, "GIF89a", 6) == 0))
        return KIND_GIF;
    if (got >= 12 && memcmp(m, "RIFF", 4) == 0 && memcmp(m + 8, "WEBP", 4) == 0)
        return KIND_WEBP;
    if (is_avif(m, got))
        return KIND_AVIF;
    if (pdf_svg_sniff(m, got))
        return KIND_SVG;
    return KIND_NONE;
}

/* What both decoders share: allocations to free, the error to report. */
typedef struct dec {
    const char *path;
    bool header_only;
    bool whole; /* header_only: also check that the file ends */
    double w_pt, h_pt;
    pdf_image *img;
    scaler sc;
    unsigned char *row, *full;
    unsigned char **rows;
    char msg[JMSG_LENGTH_MAX + 200];
} dec;

static void
dec_free(dec *x)
{
    scaler_free(&x->sc);
    free(x->row);
    free(x->full);
    free(x->rows);
    x->row = x->full = NULL;
    x->rows = NULL;
}

/* ---- PNG ------------------------------------------------------------------ */

static void
png_on_error(png_structp png, png_const_charp msg)
{
    dec *x = png_get_error_ptr(png);
    snprintf(x->msg, sizeof x->msg, "corrupt or truncated PNG (%s)", msg);
    png_longjmp(png, 1);
}

static void
png_on_warning(png_structp png, png_const_charp msg)
{
    (void)png, (void)msg; /* ancillary-chunk trouble: the pixels are fine */
}

static int
load_png(dec *x, FILE *fp)
{
    png_structp png =
        png_create_read_struct(PNG_LIBPNG_VER_STRING, x, png_on_error, png_on_warning);
    if (!png) {
        snprintf(x->msg, sizeof x->msg, "out of memory");
        return -1;
    }
    png_infop info = png_create_info_struct(png);
    volatile int rc = -1;
    if (!info) {
        snprintf(x->msg, sizeof x->msg, "out of memory");
        goto done;
    }
    if (setjmp(png_jmpbuf(png)))
        goto done; /* x->msg is set; everything to free hangs off x */
    png_init_io(png, fp);
    /* text/ICC chunks are ignored, but libpng inflates them: bound that */
    png_set_chunk_malloc_max(png, 8u << 20);
    png_read_info(png, info);
    png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
    int depth = png_get_bit_depth(png, info), type = png_get_color_type(png, info);
    int nch = png_get_channels(png, info);
    const char *why = bomb_reason(w, h, (double)w * h * nch * (depth > 8 ? 2 : 1));
    if (why) {
        snprintf(x->msg, sizeof x->msg, "declared size %lu x %lu is %s, refused unread",
                 (unsigned long)w, (unsigned long)h, why);
        goto done;
    }
    x->img->src_w = (int)w;
    x->img->src_h = (int)h;
    png_uint_32 rx, ry;
    int unit;
    if (png_get_pHYs(png, info, &rx, &ry, &unit) && unit == PNG_RESOLUTION_METER) {
        x->img->dpi_x = rx * 0.0254;
        x->img->dpi_y = ry * 0.0254;
    }
    if (x->header_only) {
        rc = 0;
        goto done;
    }
    if (type == PNG_COLOR_TYPE_PALETTE)
        png_set_palette_to_rgb(png);
    if (type == PNG_COLOR_TYPE_GRAY && depth < 8)
        png_set_expand_gray_1_2_4_to_8(png);
    if (png_get_valid(png, info, PNG_INFO_tRNS))
        png_set_tRNS_to_alpha(png);
    if (depth == 16)
        png_set_strip_16(png);
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    int nc = png_get_channels(png, info);
    size_t rowbytes = png_get_rowbytes(png, info);
    if (nc < 1 || nc > 4 || rowbytes != (size_t)w * (size_t)nc) {
        snprintf(x->msg, sizeof x->msg, "unexpected sample layout");
        goto done;
    }
    int tw, th;
    pdf_image_target((int)w, (int)h, x->w_pt, x->h_pt, &tw, &th);
    scaler_init(&x->sc, (int)w, (int)h, tw, th, nc);
    if (passes == 1) {
        x->row = xmalloc(rowbytes);
        for (png_uint_32 y = 0; y < h; y++) {
            png_read_row(png, x->row, NULL);
            scaler_row(&x->sc, (int)y, x->row);
        }
    } else {
        /* Adam7 fills every row once per pass: the whole image is needed */
        x->full = xmalloc(rowbytes * h);
        x->rows = xmalloc(h * sizeof *x->rows);
        for (png_uint_32 y = 0; y < h; y++)
            x->rows[y] = x->full + rowbytes * y;
        png_read_image(png, x->rows);
        for (png_uint_32 y = 0; y < h; y++)
            scaler_row(&x->sc, (int)y, x->rows[y]);
    }
    /* trailing chunks (after the last IDAT) are not read: nothing there
     * changes the pixels */
    scaler_finish(&x->sc, x->img);
    rc = 0;
done:
    png_destroy_read_struct(&png, info ? &info : NULL, NULL);
    return rc;
}

/* ---- JPEG ----------------------------------------------------------------- */

/* The EXIF orientation (1-8; 1 = as stored) from an APP1 "Exif" marker:
 * cameras store the sensor's rows and say how to turn them. */
static int
exif_orientation(j_decompress_ptr cinfo)
{
    for (jpeg_saved_marker_ptr m = cinfo->marker_list; m; m = m->next) {
        const unsigned char *d = m->data;
        size_t n = m->data_length;
        if (m->marker != JPEG_APP0 + 1 || n < 14 || memcmp(d, "Exif\0\0", 6) != 0)
            continue;
        d += 6, n -= 6;
        bool be = d[0] == 'M' && d[1] == 'M';
        if (!be && !(d[0] == 'I' && d[1] == 'I'))
            return 1;
#define RD16(p) (be ? (unsigned)(p)[0] << 8 | (p)[1] : (unsigned)(p)[1] << 8 | (p)[0])
#define RD32(p)                                                                                    \
    (be ? (uint32_t)RD16(p) << 16 | RD16((p) + 2) : (uint32_t)RD16((p) + 2) << 16 | RD16(p))
        uint32_t ifd = RD32(d + 4);
        if (ifd > n - 2)
            return 1;
        unsigned count = RD16(d + ifd);
        for (unsigned i = 0; i < count; i++) {
            size_t e = ifd + 2 + (size_t)i * 12;
            if (e + 12 > n)
                return 1;
            if (RD16(d + e) == 0x0112 && RD16(d + e + 2) == 3) {
                unsigned o = RD16(d + e + 8);
                return o >= 1 && o <= 8 ? (int)o : 1;
            }
        }
#undef RD16
#undef RD32
        return 1;
    }
    return 1;
}

/* One plane of w x h samples of cc bytes, turned for orientation o. */
static unsigned char *
orient_plane(const unsigned char *in, int w, int h, int cc, int o)
{
    int ow = o >= 5 ? h : w;
    unsigned char *out = xmalloc((size_t)w * (size_t)h * (size_t)cc);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            int dx, dy;
            switch (o) {
            case 2: dx = w - 1 - x, dy = y; break;
            case 3: dx = w - 1 - x, dy = h - 1 - y; break;
            case 4: dx = x, dy = h - 1 - y; break;
            case 5: dx = y, dy = x; break;
            case 6: dx = h - 1 - y, dy = x; break;
            case 7: dx = h - 1 - y, dy = w - 1 - x; break;
            default: dx = y, dy = w - 1 - x; break; /* 8 */
            }
            memcpy(out + ((size_t)dy * (size_t)ow + (size_t)dx) * (size_t)cc,
                   in + ((size_t)y * (size_t)w + (size_t)x) * (size_t)cc, (size_t)cc);
        }
    return out;
}

/* Turn img (its pixels and alpha mask) upright for EXIF orientation o. */
static void
orient(pdf_image *img, int o)
{
    if (o <= 1 || o > 8)
        return;
    unsigned char *px = orient_plane(img->pixels, img->w, img->h, img->channels, o);
    free(img->pixels);
    img->pixels = px;
    if (img->alpha) {
        unsigned char *a = orient_plane(img->alpha, img->w, img->h, 1, o);
        free(img->alpha);
        img->alpha = a;
    }
    if (o >= 5) {
        int w = img->w;
        img->w = img->h;
        img->h = w;
    }
}

typedef struct jpeg_err {
    struct jpeg_error_mgr pub;
    jmp_buf jb;
    dec *x;
} jpeg_err;

static void
jpeg_on_error(j_common_ptr cinfo)
{
    jpeg_err *e = (jpeg_err *)cinfo->err;
    char m[JMSG_LENGTH_MAX];
    (*cinfo->err->format_message)(cinfo, m);
    snprintf(e->x->msg, sizeof e->x->msg, "corrupt or truncated JPEG (%s)", m);
    longjmp(e->jb, 1);
}

static void
jpeg_on_message(j_common_ptr cinfo, int level)
{
    /* libjpeg pads a truncated file with grey and only warns: a printed
     * half-grey photo is worse than the placeholder, so it is fatal here.
     * Other warnings (stray bytes between markers) leave good pixels. */
    if (level < 0 && cinfo->err->msg_code == JWRN_JPEG_EOF)
        jpeg_on_error(cinfo);
}

/* A progressive JPEG can carry thousands of tiny scans, each a full pass
 * over the coefficients: a few hundred is already far past any encoder's. */
static void
jpeg_on_progress(j_common_ptr cinfo)
{
    j_decompress_ptr d = (j_decompress_ptr)cinfo;
    if (d->input_scan_number > 300) {
        jpeg_err *e = (jpeg_err *)cinfo->err;
        snprintf(e->x->msg, sizeof e->x->msg, "JPEG has more than 300 scans, refused");
        longjmp(e->jb, 1);
    }
}

static int
load_jpeg(dec *x, FILE *fp)
{
    struct jpeg_decompress_struct cinfo;
    jpeg_err err;
    volatile int rc = -1;
    cinfo.err = jpeg_std_error(&err.pub);
    err.pub.error_exit = jpeg_on_error;
    err.pub.emit_message = jpeg_on_message;
    err.x = x;
    jpeg_create_decompress(&cinfo);
    struct jpeg_progress_mgr progress = {jpeg_on_progress, 0, 0, 0, 0};
    cinfo.progress = &progress;
    if (setjmp(err.jb))
        goto done;
    /* progressive files keep every coefficient: bound what libjpeg takes */
    cinfo.mem->max_memory_to_use = 256L << 20;
    jpeg_stdio_src(&cinfo, fp);
    jpeg_save_markers(&cinfo, JPEG_APP0 + 1, 0xFFFF);
    jpeg_read_header(&cinfo, TRUE);
    double w = cinfo.image_width, h = cinfo.image_height;
    const char *why = bomb_reason(w, h, w * h * cinfo.num_components);
    if (why) {
        snprintf(x->msg, sizeof x->msg, "declared size %.0f x %.0f is %s, refused unread", w, h,
                 why);
        goto done;
    }
    /* sizes are reported upright: a portrait photo stored on its side is
     * laid out and scaled as portrait */
    int o = exif_orientation(&cinfo);
    bool swap = o >= 5;
    x->img->src_w = (int)(swap ? h : w);
    x->img->src_h = (int)(swap ? w : h);
    double dx = 0, dy = 0;
    if (cinfo.saw_JFIF_marker && cinfo.density_unit == 1) {
        dx = cinfo.X_density;
        dy = cinfo.Y_density;
    } else if (cinfo.saw_JFIF_marker && cinfo.density_unit == 2) {
        dx = cinfo.X_density * 2.54;
        dy = cinfo.Y_density * 2.54;
    }
    x->img->dpi_x = swap ? dy : dx;
    x->img->dpi_y = swap ? dx : dy;
    if (x->header_only) {
        rc = 0;
        goto done;
    }
    bool cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
    bool grey = cinfo.jpeg_color_space == JCS_GRAYSCALE;
    cinfo.out_color_space = cmyk ? JCS_CMYK : grey ? JCS_GRAYSCALE : JCS_RGB;
    int tw, th;
    pdf_image_target((int)w, (int)h, swap ? x->h_pt : x->w_pt, swap ? x->w_pt : x->h_pt, &tw, &th);
    /* libjpeg scales by 1/2, 1/4, 1/8 almost for free in the DCT */
    for (unsigned denom = 8; denom > 1; denom /= 2)
        if (w / denom >= tw && h / denom >= th) {
            cinfo.scale_num = 1;
            cinfo.scale_denom = denom;
            break;
        }
    jpeg_start_decompress(&cinfo);
    int ow = (int)cinfo.output_width, oh = (int)cinfo.output_height;
    int comps = cinfo.output_components;
    if (ow < 1 || oh < 1 || (comps != 1 && comps != 3 && comps != 4)) {
        snprintf(x->msg, sizeof x->msg, "unexpected sample layout");
        goto done;
    }
    if (tw > ow)
        tw = ow;
    if (th > oh)
        th = oh;
    scaler_init(&x->sc, ow, oh, tw, th, comps == 4 ? 3 : comps);
    x->row = xmalloc((size_t)ow * (size_t)comps);
    bool inverted = cinfo.saw_Adobe_marker; /* Photoshop writes CMYK inverted */
    while (cinfo.output_scanline < cinfo.output_height) {
        int y = (int)cinfo.output_scanline;
        JSAMPROW r = x->row;
        if (jpeg_read_scanlines(&cinfo, &r, 1) != 1) {
            snprintf(x->msg, sizeof x->msg, "could not read the pixels");
            goto done;
        }
        if (comps == 4) {
            /* naive CMYK -> RGB in place (no ICC): R = (1-C)(1-K) */
            for (int i = 0; i < ow; i++) {
                unsigned char *p = x->row + (size_t)i * 4;
                unsigned c = p[0], m = p[1], yy = p[2], k = p[3];
                if (!inverted)
                    c = 255 - c, m = 255 - m, yy = 255 - yy, k = 255 - k;
                unsigned char *q = x->row + (size_t)i * 3;
                q[0] = (unsigned char)((c * k + 127) / 255);
                q[1] = (unsigned char)((m * k + 127) / 255);
                q[2] = (unsigned char)((yy * k + 127) / 255);
            }
        }
        scaler_row(&x->sc, y, x->row);
    }
    jpeg_finish_decompress(&cinfo);
    x->img->jpeg_as_is = !cmyk && o == 1 && cinfo.scale_denom == 1 && tw == (int)w && th == (int)h;
    scaler_finish(&x->sc, x->img);
    orient(x->img, o);
    rc = 0;
done:
    jpeg_destroy_decompress(&cinfo);
    return rc;
}

/* ---- WebP ----------------------------------------------------------------- */

/* Largest WebP or GIF file read (both are decoded from memory or whole). */
#define MAX_FILE (64L << 20)

/* The whole file into x->full; -1 with x->msg set. */
static int
read_whole(dec *x, FILE *fp, size_t *len)
{
    if (fseek(fp, 0, SEEK_END) != 0) {
        snprintf(x->msg, sizeof x->msg, "the file cannot be read");
        return -1;
    }
    long n = ftell(fp);
    rewind(fp);
    if (n <= 0 || n > MAX_FILE) {
        snprintf(x->msg, sizeof x->msg, n > 0 ? "over 64 MB" : "the file cannot be read");
        return -1;
    }
    x->full = xmalloc((size_t)n);
    if (fread(x->full, 1, (size_t)n, fp) != (size_t)n) {
        snprintf(x->msg, sizeof x->msg, "the file cannot be read");
        return -1;
    }
    *len = (size_t)n;
    return 0;
}

/* A WebP picture, or an animated one's first frame, through libwebp. */
static int
load_webp(dec *x, FILE *fp)
{
    size_t len;
    if (read_whole(x, fp, &len) != 0)
        return -1;
    WebPBitstreamFeatures ft;
    if (WebPGetFeatures(x->full, len, &ft) != VP8_STATUS_OK) {
        snprintf(x->msg, sizeof x->msg, "corrupt or truncated WebP");
        return -1;
    }
    /* an animation is drawn on two canvases of the whole size */
    const char *why = bomb_reason(ft.width, ft.height,
                                  (double)ft.width * ft.height * (ft.has_animation ? 8 : 4));
    if (why) {
        snprintf(x->msg, sizeof x->msg, "declared size %d x %d is %s, refused unread", ft.width,
                 ft.height, why);
        return -1;
    }
    x->img->src_w = ft.width;
    x->img->src_h = ft.height;
    if (x->header_only)
        return 0;
    int nc = ft.has_alpha || ft.has_animation ? 4 : 3, w = 0, h = 0, rc = -1;
    uint8_t *px = NULL;
    WebPAnimDecoder *anim = NULL;
    if (ft.has_animation) {
        WebPData wd = {x->full, len};
        WebPAnimDecoderOptions opt;
        WebPAnimDecoderOptionsInit(&opt);
        opt.color_mode = MODE_RGBA;
        anim = WebPAnimDecoderNew(&wd, &opt);
        int ts;
        WebPAnimInfo info;
        if (anim && WebPAnimDecoderGetInfo(anim, &info) && WebPAnimDecoderGetNext(anim, &px, &ts)) {
            w = (int)info.canvas_width;
            h = (int)info.canvas_height;
        } else {
            px = NULL;
        }
    } else {
        px = nc == 4 ? WebPDecodeRGBA(x->full, len, &w, &h) : WebPDecodeRGB(x->full, len, &w, &h);
    }
    if (!px || w != ft.width || h != ft.height) {
        snprintf(x->msg, sizeof x->msg, "corrupt or truncated WebP");
        goto done;
    }
    int tw, th;
    pdf_image_target(w, h, x->w_pt, x->h_pt, &tw, &th);
    scaler_init(&x->sc, w, h, tw, th, nc);
    for (int y = 0; y < h; y++)
        scaler_row(&x->sc, y, px + (size_t)y * (size_t)w * (size_t)nc);
    scaler_finish(&x->sc, x->img);
    rc = 0;
done:
    if (anim)
        WebPAnimDecoderDelete(anim); /* owns the frame */
    else
        WebPFree(px);
    return rc;
}

/* ---- GIF ------------------------------------------------------------------ */

static int
gif_read(GifFileType *g, GifByteType *to, int n)
{
    return (int)fread(to, 1, (size_t)n, (FILE *)g->UserData);
}

/* The first picture of a GIF (an animation's first frame) drawn on its
 * logical screen, transparent where the frame does not cover it or its
 * transparent colour shows. Only that frame is decoded: an animation of a
 * thousand frames costs one. */
static int
load_gif(dec *x, FILE *fp)
{
    int err = 0, rc = -1;
    GifFileType *g = DGifOpen(fp, gif_read, &err);
    if (!g) {
        snprintf(x->msg, sizeof x->msg, "corrupt GIF (%s)", GifErrorString(err));
        return -1;
    }
    int sw = g->SWidth, sh = g->SHeight, transparent = -1;
    const char *why = bomb_reason(sw, sh, (double)sw * sh * 4);
    if (why) {
        snprintf(x->msg, sizeof x->msg, "declared size %d x %d is %s, refused unread", sw, sh, why);
        goto done;
    }
    x->img->src_w = sw;
    x->img->src_h = sh;
    if (x->header_only) {
        rc = 0;
        goto done;
    }
    for (;;) {
        GifRecordType t;
        if (DGifGetRecordType(g, &t) == GIF_ERROR)
            goto corrupt;
        if (t == EXTENSION_RECORD_TYPE) {
            int code;
            GifByteType *ext;
            if (DGifGetExtension(g, &code, &ext) == GIF_ERROR)
                goto corrupt;
            while (ext) {
                GraphicsControlBlock gcb;
                if (code == GRAPHICS_EXT_FUNC_CODE && ext[0] == 4 &&
                    DGifExtensionToGCB(4, ext + 1, &gcb) == GIF_OK)
                    transparent = gcb.TransparentColor;
                if (DGifGetExtensionNext(g, &ext) == GIF_ERROR)
                    goto corrupt;
            }
            continue;
        }
        if (t != IMAGE_DESC_RECORD_TYPE) /* the end before any picture */
            goto corrupt;
        if (DGifGetImageDesc(g) == GIF_ERROR)
            goto corrupt;
        break;
    }
    const GifImageDesc *d = &g->Image;
    const ColorMapObject *cm = d->ColorMap ? d->ColorMap : g->SColorMap;
    if (!cm || d->Width <= 0 || d->Height <= 0 || (double)d->Width * d->Height > PDF_IMAGE_MAX_PIXELS) {
        snprintf(x->msg, sizeof x->msg, "a GIF frame without colours or of no size");
        goto done;
    }
    /* the frame's indices, rows in their stored order (interlaced: the
       four passes of GIF's interlacing) */
    unsigned char *idx = xmalloc((size_t)d->Width * (size_t)d->Height);
    x->row = idx;
    static const int start[] = {0, 4, 2, 1}, step[] = {8, 8, 4, 2};
    for (int pass = 0; pass < (d->Interlace ? 4 : 1); pass++)
        for (int y = d->Interlace ? start[pass] : 0; y < d->Height; y += d->Interlace ? step[pass] : 1)
            if (DGifGetLine(g, idx + (size_t)y * (size_t)d->Width, d->Width) == GIF_ERROR)
                goto corrupt;
    x->full = xcalloc((size_t)sw * 4, 1); /* one canvas row, RGBA */
    int tw, th;
    pdf_image_target(sw, sh, x->w_pt, x->h_pt, &tw, &th);
    scaler_init(&x->sc, sw, sh, tw, th, 4);
    for (int y = 0; y < sh; y++) {
        memset(x->full, 0, (size_t)sw * 4);
        int fy = y - d->Top;
        if (fy >= 0 && fy < d->Height)
            for (int fx = 0; fx < d->Width; fx++) {
                int cx = d->Left + fx;
                int ci = idx[(size_t)fy * (size_t)d->Width + (size_t)fx];
                if (cx < 0 || cx >= sw || ci == transparent || ci >= cm->ColorCount)
                    continue;
                unsigned char *p = x->full + (size_t)cx * 4;
                p[0] = cm->Colors[ci].Red;
                p[1] = cm->Colors[ci].Green;
                p[2] = cm->Colors[ci].Blue;
                p[3] = 255;
            }
        scaler_row(&x->sc, y, x->full);
    }
    scaler_finish(&x->sc, x->img);
    rc = 0;
    goto done;
corrupt:
    {
        const char *err_s = g->Error ? GifErrorString(g->Error) : NULL;
        snprintf(x->msg, sizeof x->msg, "corrupt or truncated GIF (%s)",
                 err_s ? err_s : "it ends before any picture");
    }
done:
    DGifCloseFile(g, &err);
    return rc;
}

/* ---- AVIF ----------------------------------------------------------------- */

/* AVIF (AV1 stills), as sites serve photographs now and a saved page keeps
 * them (avif.c). */
static int
load_avif(dec *x, FILE *fp)
{
    size_t len;
    if (read_whole(x, fp, &len) != 0)
        return -1;
    int w = 0, h = 0;
    bool alpha = false;
    pdf_avif *a = pdf_avif_open(x->full, len, &w, &h, &alpha, x->msg, sizeof x->msg);
    if (!a)
        return -1;
    int rc = -1, nc = alpha ? 4 : 3;
    const char *why = bomb_reason(w, h, (double)w * h * 4 * 2);
    if (why) {
        snprintf(x->msg, sizeof x->msg, "declared size %d x %d is %s, refused unread", w, h, why);
        goto done;
    }
    /* sizes are reported upright, as for a JPEG */
    int o = pdf_avif_orientation(a);
    bool swap = o >= 5;
    x->img->src_w = swap ? h : w;
    x->img->src_h = swap ? w : h;
    if (x->header_only && !x->whole) {
        rc = 0;
        goto done;
    }
    /* a check that the file is whole decodes it: its boxes can be whole
       around a cut-short picture */
    size_t row_bytes = 0;
    const unsigned char *px =
        pdf_avif_rows(a, nc, x->header_only ? NULL : &row_bytes, x->msg, sizeof x->msg);
    if (!px)
        goto done;
    if (!x->header_only) {
        int tw, th;
        pdf_image_target(w, h, swap ? x->h_pt : x->w_pt, swap ? x->w_pt : x->h_pt, &tw, &th);
        scaler_init(&x->sc, w, h, tw, th, nc);
        for (int y = 0; y < h; y++)
            scaler_row(&x->sc, y, px + (size_t)y * row_bytes);
        scaler_finish(&x->sc, x->img);
        orient(x->img, o);
    }
    rc = 0;
done:
    pdf_avif_close(a);
    return rc;
}

/* ---- SVG ------------------------------------------------------------------ */

/* A drawing has no pixels of its own: it is drawn at the size it is printed
 * at (300 dpi, as photographs are kept), or for the EPUB at twice its CSS
 * size (sharp on high-density screens), and at most PDF_IMAGE_MAX_SIDE. */
static int
load_svg(dec *x, FILE *fp)
{
    size_t len;
    if (read_whole(x, fp, &len) != 0)
        return -1;
    double nw, nh;
    pdf_svg *s = pdf_svg_open(x->full, len, &nw, &nh, x->msg, sizeof x->msg);
    if (!s)
        return -1;
    x->img->src_w = (int)lround(nw);
    x->img->src_h = (int)lround(nh);
    x->img->dpi_x = x->img->dpi_y = 96;
    if (x->header_only) {
        pdf_svg_close(s);
        return 0;
    }
    double tw = 2 * nw, th = 2 * nh;
    if (x->w_pt > 0 && x->h_pt > 0)
        tw = x->w_pt / 72 * PDF_IMAGE_MAX_DPI, th = x->h_pt / 72 * PDF_IMAGE_MAX_DPI;
    double longest = tw > th ? tw : th;
    if (longest > PDF_IMAGE_MAX_SIDE) {
        tw = tw * PDF_IMAGE_MAX_SIDE / longest;
        th = th * PDF_IMAGE_MAX_SIDE / longest;
    }
    double most = pdf_svg_max_pixels(s);
    if (tw * th > most) {
        double k = sqrt(most / (tw * th));
        tw *= k, th *= k;
    }
    int w = tw < 1 ? 1 : (int)lround(tw), h = th < 1 ? 1 : (int)lround(th);
    unsigned char *px = pdf_svg_draw(s, w, h, x->msg, sizeof x->msg);
    pdf_svg_close(s);
    if (!px)
        return -1;
    scaler_init(&x->sc, w, h, w, h, 4);
    for (int y = 0; y < h; y++)
        scaler_row(&x->sc, y, px + (size_t)y * (size_t)w * 4);
    scaler_finish(&x->sc, x->img);
    free(px);
    return 0;
}

/* ---- entry points --------------------------------------------------------- */

/* Does a PNG hold its IEND chunk, walking the chunks from the first (a
 * chunk that runs past the end of the file is a file cut short)? Bytes
 * after IEND, as some savers leave, do not matter. */
static bool
png_whole(FILE *fp)
{
    if (fseek(fp, 8, SEEK_SET) != 0)
        return false;
    unsigned char h[8];
    while (fread(h, 1, 8, fp) == 8) {
        uint32_t len = (uint32_t)h[0] << 24 | (uint32_t)h[1] << 16 | (uint32_t)h[2] << 8 | h[3];
        if (memcmp(h + 4, "IEND", 4) == 0)
            return fread(h, 1, 4, fp) == 4; /* and its CRC */
        if (len > 0x7FFFFFFFu || fseek(fp, (long)len + 4, SEEK_CUR) != 0)
            return false;
    }
    return false;
}

/* Does a JPEG's picture end (an EOI marker after its first scan)? It is
 * the file's last bytes but for a camera's zero padding, or, past data
 * appended to the picture (a phone's motion-photo video), found by
 * reading on from the first scan: inside a scan's data FF is always
 * followed by 00 or a restart marker, so FF D9 there is the end. */
static bool
jpeg_whole(FILE *fp)
{
    unsigned char t[4096];
    if (fseek(fp, 0, SEEK_END) != 0)
        return false;
    long size = ftell(fp);
    long from = size > 1024 ? size - 1024 : 0;
    if (size < 4 || fseek(fp, from, SEEK_SET) != 0)
        return false;
    size_t n = fread(t, 1, (size_t)(size - from), fp);
    while (n > 2 && t[n - 1] == 0)
        n--;
    if (n >= 2 && t[n - 2] == 0xFF && t[n - 1] == 0xD9)
        return true;
    /* the markers before the first scan (SOS) carry their lengths */
    long at = 2;
    for (;;) {
        if (fseek(fp, at, SEEK_SET) != 0 || fread(t, 1, 4, fp) != 4 || t[0] != 0xFF)
            return false;
        if (t[1] == 0xDA)
            break;
        at += 2 + (t[2] << 8 | t[3]);
    }
    int prev = 0;
    while ((n = fread(t, 1, sizeof t, fp)) > 0)
        for (size_t i = 0; i < n; i++) {
            if (prev == 0xFF && t[i] == 0xD9)
                return true;
            prev = t[i];
        }
    return false;
}

/* Does a WebP hold all the bytes its RIFF header counts? */
static bool
webp_whole(FILE *fp)
{
    unsigned char h[8];
    if (fseek(fp, 0, SEEK_SET) != 0 || fread(h, 1, 8, fp) != 8 || fseek(fp, 0, SEEK_END) != 0)
        return false;
    uint32_t riff = (uint32_t)h[4] | (uint32_t)h[5] << 8 | (uint32_t)h[6] << 16 |
                    (uint32_t)h[7] << 24;
    long size = ftell(fp);
    return size >= 0 && (uint64_t)size >= (uint64_t)riff + 8;
}

/* Skip a GIF's data sub-blocks (each a length byte and its bytes, the
 * last of length 0); false when the file ends inside them. */
static bool
gif_skip_blocks(FILE *fp)
{
    for (;;) {
        int n = getc(fp);
        if (n == EOF)
            return false;
        if (n == 0)
            return true;
        if (fseek(fp, n, SEEK_CUR) != 0)
            return false;
    }
}

/* Is a GIF whole? Its last byte (the trailer, 3B) can be any data byte, so
 * its blocks are walked from the header: extensions and pictures, each
 * picture's colour table and data, to the trailer. A file that stops
 * cleanly between blocks after its first picture is taken as whole, as
 * browsers show it (some writers leave the trailer out, or a stray byte
 * before it); one that stops inside a block was cut short. */
static bool
gif_whole(FILE *fp)
{
    unsigned char h[13];
    if (fseek(fp, 0, SEEK_SET) != 0 || fread(h, 1, 13, fp) != 13)
        return false;
    /* the global colour table: 3 bytes for each of 2^(N+1) colours */
    if ((h[10] & 0x80) && fseek(fp, 3L << ((h[10] & 7) + 1), SEEK_CUR) != 0)
        return false;
    bool picture = false;
    for (;;) {
        int c = getc(fp);
        if (c == 0x3B)
            return picture;
        if (c == EOF)
            return picture && !ferror(fp);
        if (c == 0x21) { /* extension: its label, then its sub-blocks */
            if (getc(fp) == EOF || !gif_skip_blocks(fp))
                return false;
        } else if (c == 0x2C) { /* picture: descriptor, colours, LZW code size, data */
            unsigned char d[9];
            if (fread(d, 1, 9, fp) != 9)
                return false;
            if ((d[8] & 0x80) && fseek(fp, 3L << ((d[8] & 7) + 1), SEEK_CUR) != 0)
                return false;
            if (getc(fp) == EOF || !gif_skip_blocks(fp))
                return false;
            picture = true;
        } else {
            /* not a block GIF has: browsers end the file here, so a
               stray byte after a picture is the end of a whole one */
            return picture;
        }
    }
}

/* Does the file end as a whole PNG, JPEG, GIF or WebP does? A download or
 * copy cut short keeps a good header, and the decoders would only find
 * out while drawing. */
static bool
ends_whole(FILE *fp, image_kind kind)
{
    switch (kind) {
    case KIND_PNG: return png_whole(fp);
    case KIND_JPEG: return jpeg_whole(fp);
    case KIND_WEBP: return webp_whole(fp);
    case KIND_GIF: return gif_whole(fp);
    default: return true;
    }
}

bool
pdf_image_ends_whole(const char *data, size_t len)
{
    FILE *fp = len ? fmemopen((void *)data, len, "rb") : NULL;
    if (!fp)
        return false;
    bool ok = ends_whole(fp, sniff(fp));
    fclose(fp);
    return ok;
}

/* The image at `path`, a file or a base64 data: URI (whose decoded bytes
 * go to *mem, for the caller to free after closing). */
static FILE *
open_image(dec *x, unsigned char **mem)
{
    *mem = NULL;
    const char *b64;
    size_t n;
    if (b64_data_uri(x->path, &b64, &n) != 0)
        return fopen(x->path, "rb");
    if (n > B64_MAX_DATA_URI)
        return NULL;
    *mem = xmalloc(n / 4 * 3 + 3);
    size_t len = b64_decode(b64, n, *mem);
    FILE *fp = len == SIZE_MAX || len == 0 ? NULL : fmemopen(*mem, len, "rb");
    if (!fp) {
        free(*mem);
        *mem = NULL;
    }
    return fp;
}

static int
decode(dec *x)
{
    unsigned char *mem;
    FILE *fp = open_image(x, &mem);
    if (!fp) {
        snprintf(x->msg, sizeof x->msg, "the file cannot be opened");
        return -1;
    }
    int rc = -1;
    image_kind kind = sniff(fp);
    switch (kind) {
    case KIND_PNG: rc = load_png(x, fp); break;
    case KIND_JPEG: rc = load_jpeg(x, fp); break;
    case KIND_GIF: rc = load_gif(x, fp); break;
    case KIND_WEBP: rc = load_webp(x, fp); break;
    case KIND_AVIF: rc = load_avif(x, fp); break;
    case KIND_SVG: rc = load_svg(x, fp); break;
    case KIND_NONE:
        snprintf(x->msg, sizeof x->msg, "not a PNG, JPEG, GIF, WebP, AVIF or SVG file");
        break;
    }
    if (rc == 0 && x->whole && !ends_whole(fp, kind)) {
        snprintf(x->msg, sizeof x->msg, "the %s file is cut short",
                 kind == KIND_PNG    ? "PNG"
                 : kind == KIND_JPEG ? "JPEG"
                 : kind == KIND_GIF  ? "GIF"
                                     : "WebP");
        rc = -1;
    }
    fclose(fp);
    free(mem);
    dec_free(x);
    return rc;
}

int
pdf_image_load(diag_list *d, const char *path, double w_pt, double h_pt, pdf_image *img)
{
    memset(img, 0, sizeof *img);
    dec x;
    memset(&x, 0, sizeof x);
    x.path = path;
    x.w_pt = isfinite(w_pt) ? w_pt : 0;
    x.h_pt = isfinite(h_pt) ? h_pt : 0;
    x.img = img;
    if (decode(&x) == 0)
        return 0;
    pdf_image_cleanup(img);
    /* a data: URI is named as one, not by its kilobytes of base64 */
    diag_warn(d, strncasecmp(path, "data:", 5) == 0 ? "(a data: URI image)" : path, 0, 0,
              PDF_IMAGE_UNUSABLE "%s", x.msg);
    return -1;
}

const char *
pdf_image_reason(const diag_list *why)
{
    if (!why->count)
        return "unknown reason";
    const char *msg = why->items[0].message;
    size_t k = strlen(PDF_IMAGE_UNUSABLE);
    return strncmp(msg, PDF_IMAGE_UNUSABLE, k) == 0 ? msg + k : msg;
}

bool
pdf_image_is_avif(const char *data, size_t len)
{
    return is_avif((const unsigned char *)data, len < 4096 ? len : 4096);
}

bool
pdf_image_is_svg(const char *data, size_t len)
{
    return pdf_svg_sniff((const unsigned char *)data, len < 4096 ? len : 4096);
}

void
pdf_image_cleanup(pdf_image *img)
{
    free(img->pixels);
    free(img->alpha);
    memset(img, 0, sizeof *img);
}

/* Read `path`'s header into *img (and, when `whole`, look for its end). */
static int
decode_header(const char *path, bool whole, pdf_image *img, char *why, size_t why_len)
{
    memset(img, 0, sizeof *img);
    dec x;
    memset(&x, 0, sizeof x);
    x.path = path;
    x.header_only = true;
    x.whole = whole;
    x.img = img;
    int rc = decode(&x);
    if (rc != 0 && why && why_len)
        snprintf(why, why_len, "%s", x.msg);
    return rc;
}

int
pdf_image_check(const char *path, int *w_px, int *h_px, char *why, size_t why_len)
{
    pdf_image img;
    int rc = decode_header(path, true, &img, why, why_len);
    if (w_px)
        *w_px = rc ? 0 : img.src_w;
    if (h_px)
        *h_px = rc ? 0 : img.src_h;
    return rc;
}

int
pdf_image_info(const char *path, int *w_px, int *h_px, double *dpi_x, double *dpi_y)
{
    pdf_image img;
    int rc = decode_header(path, false, &img, NULL, 0);
    if (w_px)
        *w_px = rc ? 0 : img.src_w;
    if (h_px)
        *h_px = rc ? 0 : img.src_h;
    if (dpi_x)
        *dpi_x = rc ? 0 : img.dpi_x;
    if (dpi_y)
        *dpi_y = rc ? 0 : img.dpi_y;
    return rc;
}
