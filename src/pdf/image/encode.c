/*
 * encode.c - a decoded image (pdf_image) written back as PNG or JPEG.
 *
 * The EPUB takes pictures in the formats every reading system shows; a
 * WebP (which EPUB 3.2 readers need not show) is decoded like any image
 * and written again: PNG for one with transparency or drawn losslessly,
 * JPEG for a photograph. libpng and libjpeg errors longjmp back here; the
 * output buffer is the caller's, so nothing leaks on either path.
 */
#include "pdf_image.h"

#include <jpeglib.h>
#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static void
png_to_buf(png_structp png, png_bytep data, png_size_t len)
{
    if (buf_add(png_get_io_ptr(png), (const char *)data, len) != 0)
        png_error(png, "out of memory");
}

static void
png_flush_none(png_structp png)
{
    (void)png;
}

static void
png_fail(png_structp png, png_const_charp msg)
{
    (void)msg;
    png_longjmp(png, 1);
}

int
pdf_image_encode_png(const pdf_image *img, buf *out)
{
    buf_clear(out);
    if (!img->pixels || img->w < 1 || img->h < 1)
        return -1;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, png_fail, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    int nc = img->channels + (img->alpha ? 1 : 0);
    unsigned char *volatile row = NULL;
    volatile int rc = -1;
    if (!info)
        goto done;
    if (setjmp(png_jmpbuf(png)))
        goto done;
    png_set_write_fn(png, out, png_to_buf, png_flush_none);
    int type = img->channels == 1 ? (img->alpha ? PNG_COLOR_TYPE_GRAY_ALPHA : PNG_COLOR_TYPE_GRAY)
                                  : (img->alpha ? PNG_COLOR_TYPE_RGBA : PNG_COLOR_TYPE_RGB);
    png_set_IHDR(png, info, (png_uint_32)img->w, (png_uint_32)img->h, 8, type, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    row = malloc((size_t)img->w * (size_t)nc);
    if (!row)
        goto done;
    for (int y = 0; y < img->h; y++) {
        const unsigned char *p = img->pixels + (size_t)y * (size_t)img->w * (size_t)img->channels;
        const unsigned char *a = img->alpha ? img->alpha + (size_t)y * (size_t)img->w : NULL;
        for (int x = 0; x < img->w; x++) {
            memcpy(row + (size_t)x * (size_t)nc, p + (size_t)x * (size_t)img->channels,
                   (size_t)img->channels);
            if (a)
                row[(size_t)x * (size_t)nc + (size_t)img->channels] = a[x];
        }
        png_write_row(png, row);
    }
    png_write_end(png, NULL);
    rc = 0;
done:
    free(row);
    png_destroy_write_struct(&png, info ? &info : NULL);
    if (rc != 0)
        buf_clear(out);
    return rc;
}

typedef struct jerr {
    struct jpeg_error_mgr pub;
    jmp_buf jmp;
} jerr;

static void
jpeg_fail(j_common_ptr cinfo)
{
    longjmp(((jerr *)cinfo->err)->jmp, 1);
}

int
pdf_image_encode_jpeg(const pdf_image *img, int quality, buf *out)
{
    buf_clear(out);
    if (!img->pixels || img->w < 1 || img->h < 1)
        return -1;
    struct jpeg_compress_struct c;
    jerr e;
    c.err = jpeg_std_error(&e.pub);
    e.pub.error_exit = jpeg_fail;
    unsigned char *volatile mem = NULL;
    unsigned long mem_len = 0;
    volatile int rc = -1;
    jpeg_create_compress(&c);
    if (setjmp(e.jmp))
        goto done;
    jpeg_mem_dest(&c, (unsigned char **)&mem, &mem_len);
    c.image_width = (JDIMENSION)img->w;
    c.image_height = (JDIMENSION)img->h;
    c.input_components = img->channels;
    c.in_color_space = img->channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, quality, TRUE);
    c.optimize_coding = TRUE;
    jpeg_start_compress(&c, TRUE);
    while (c.next_scanline < c.image_height) {
        JSAMPROW r = (JSAMPROW)(img->pixels + (size_t)c.next_scanline * (size_t)img->w *
                                                  (size_t)img->channels);
        jpeg_write_scanlines(&c, &r, 1);
    }
    jpeg_finish_compress(&c);
    rc = buf_add(out, (const char *)mem, mem_len) == 0 ? 0 : -1;
done:
    jpeg_destroy_compress(&c);
    free(mem);
    if (rc != 0)
        buf_clear(out);
    return rc;
}
