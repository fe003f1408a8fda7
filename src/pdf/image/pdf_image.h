/*
 * pdf_image.h - PNG, JPEG, GIF and WebP files decoded and normalised for
 * the PDF (an animation gives its first frame), SVG drawings drawn at the
 * size they are printed at, and written back as PNG or JPEG for the EPUB.
 *
 * libharu 2.3.0's own loaders write PNG alpha masks uncompressed, corrupt
 * 16-bit PNGs and can crash in HPDF_Free after a failed PNG load, so images
 * are decoded here (libpng, libjpeg) into 8-bit grey or RGB samples plus a
 * separate 8-bit alpha mask, which the renderer hands to libharu as raw
 * (Flate-compressed) data and a soft mask.
 *
 * Bad files never crash: a corrupt or truncated file, a decompression
 * bomb (refused from its header, before any pixel buffer is allocated) and
 * a JPEG of more than 300 scans give a warning naming the file and a
 * failure. JPEGs are turned upright by their EXIF orientation and AVIFs
 * by their rotation and mirror properties; an RGB image whose pixels are
 * all grey comes back as grey. A large image is averaged down (box filter,
 * alpha-weighted) while it is read, so at most ~300 dpi at its printed
 * size and PDF_IMAGE_MAX_SIDE pixels on its long side reach the PDF.
 *
 * Pixel buffers are malloc'd, not arena memory: an image lives only until
 * libharu has copied it, and a build may place hundreds.
 */
#ifndef SHEAF_PDF_IMAGE_H
#define SHEAF_PDF_IMAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "../../base/buf.h"
#include "../../base/diag.h"

/** Files declaring more pixels than this are refused unread. */
#define PDF_IMAGE_MAX_PIXELS 40000000.0
/** ... and so are files whose declared raw samples pass this many bytes. */
#define PDF_IMAGE_MAX_RAW (192.0 * 1024 * 1024)
/** Long side, in pixels, of the largest image embedded. */
#define PDF_IMAGE_MAX_SIDE 2400
/** Resolution, at the printed size, above which images are scaled down. */
#define PDF_IMAGE_MAX_DPI 300.0

typedef struct pdf_image {
    int w, h;              /* pixels, after any scaling */
    int channels;          /* 1 = DeviceGray, 3 = DeviceRGB */
    unsigned char *pixels; /* w * h * channels, top row first */
    unsigned char *alpha;  /* w * h, or NULL when every pixel is opaque */
    int src_w, src_h;      /* as the file declares */
    double dpi_x, dpi_y;   /* from pHYs / JFIF density; 0 = unknown */
    /** A JPEG in grey or YCbCr/RGB that was not scaled: its own bytes can
     *  be embedded (DCTDecode) instead of the larger Flate samples. */
    bool jpeg_as_is;
} pdf_image;

/**
 * Decode the image file `path` for printing at w_pt x h_pt points
 * (either <= 0: no dpi limit, only PDF_IMAGE_MAX_SIDE). On success returns
 * 0 with *img filled (release it with pdf_image_cleanup); otherwise records
 * a warning naming the file and returns -1 with *img empty.
 */
int pdf_image_load(diag_list *d, const char *path, double w_pt, double h_pt, pdf_image *img);

/** How pdf_image_load's warning begins; the reason follows. */
#define PDF_IMAGE_UNUSABLE "image not usable: "

/** The reason in the first warning pdf_image_load recorded in `why`, for a
 *  caller that words its own warning at the article's line. */
const char *pdf_image_reason(const diag_list *why);

/** Do these bytes (a file's first ones, or all) hold an SVG drawing? */
bool pdf_image_is_svg(const char *data, size_t len);

/** Do these bytes (a file's first ones, or all) hold an AVIF picture? */
bool pdf_image_is_avif(const char *data, size_t len);

/** Free the buffers of an image from pdf_image_load (safe on an empty one). */
void pdf_image_cleanup(pdf_image *img);

/**
 * The size in pixels an image of src_w x src_h is reduced to when printed
 * at w_pt x h_pt (see pdf_image_load); the aspect ratio is kept.
 */
void pdf_image_target(int src_w, int src_h, double w_pt, double h_pt, int *w, int *h);

/**
 * Header-only read for layout: pixel size and resolution (0 when the file
 * does not say). Returns 0, or -1 (and no diagnostic: the renderer warns
 * when it places the image) when the file is missing, of no format read,
 * has a broken header or declares a size pdf_image_load would refuse.
 * Layout sizes a figure from w/h: at its dpi when known, scaled to fit the
 * text width and at most the text height.
 */
int pdf_image_info(const char *path, int *w_px, int *h_px, double *dpi_x, double *dpi_y);

/**
 * Whether `path` (a file or a base64 data: URI) is a picture the build can
 * use: a format read here, a header that reads, and for PNG, JPEG and WebP
 * the end the format has. Returns 0 with its pixel size in *w_px, *h_px
 * (either may be NULL), or -1 with the reason in why. The
 * readers ask, so that a broken file becomes its alt text with one
 * warning at the article's line before either book is made.
 */
int pdf_image_check(const char *path, int *w_px, int *h_px, char *why, size_t why_len);

/** Whether the bytes of a PNG, JPEG or WebP end as the format does (see
 *  pdf_image_check); true for other kinds. */
bool pdf_image_ends_whole(const char *data, size_t len);

/** `img` as a PNG file's bytes in `out` (grey or RGB, with its alpha when
 *  it has one). Returns 0, or -1 with `out` empty. */
int pdf_image_encode_png(const pdf_image *img, buf *out);

/** `img` (its alpha ignored) as a baseline JPEG of `quality` (1-100) in
 *  `out`. Returns 0, or -1 with `out` empty. */
int pdf_image_encode_jpeg(const pdf_image *img, int quality, buf *out);

#endif
