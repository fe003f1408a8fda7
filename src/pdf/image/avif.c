/*
 * avif.c - AVIF photographs through libavif, opened with dlopen (see
 * avif.h). Decoding runs on one thread; an image sequence gives its first
 * frame; Exif and XMP are not read (HEIF says the irot/imir properties,
 * not Exif, turn the picture).
 */
#include "avif.h"

#include <avif/avif.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../base/arena.h"
#include "dlfn.h"

/* Only the library whose ABI the headers describe is opened: 1.x moved
 * fields of avifDecoder and avifImage, which code built against 0.11's
 * headers would misread (and the other way round). */
#if AVIF_VERSION_MAJOR == 0 && AVIF_VERSION_MINOR == 11
#define AVIF_SONAME "libavif.so.15"
#elif AVIF_VERSION_MAJOR == 1
#define AVIF_SONAME "libavif.so.16"
#else
#error "avif.c knows the sonames of libavif 0.11 and 1.x only"
#endif

static struct {
    avifDecoder *(*decoder_create)(void);
    void (*decoder_destroy)(avifDecoder *);
    avifResult (*set_io_memory)(avifDecoder *, const uint8_t *, size_t);
    avifResult (*parse)(avifDecoder *);
    avifResult (*next_image)(avifDecoder *);
    const char *(*result_string)(avifResult);
    void (*rgb_defaults)(avifRGBImage *, const avifImage *);
    void (*rgb_allocate)(avifRGBImage *);
    void (*rgb_free)(avifRGBImage *);
    avifResult (*yuv_to_rgb)(const avifImage *, avifRGBImage *);
} api;
static bool api_ok;
static pthread_once_t api_once = PTHREAD_ONCE_INIT;

#define LOAD(field, name) PDF_DLFN_LOAD(lib, api, field, name)

static void
load_api(void)
{
    void *lib = dlopen(AVIF_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return;
    LOAD(decoder_create, "avifDecoderCreate");
    LOAD(decoder_destroy, "avifDecoderDestroy");
    LOAD(set_io_memory, "avifDecoderSetIOMemory");
    LOAD(parse, "avifDecoderParse");
    LOAD(next_image, "avifDecoderNextImage");
    LOAD(result_string, "avifResultToString");
    LOAD(rgb_defaults, "avifRGBImageSetDefaults");
    LOAD(rgb_allocate, "avifRGBImageAllocatePixels");
    LOAD(rgb_free, "avifRGBImageFreePixels");
    LOAD(yuv_to_rgb, "avifImageYUVToRGB");
    api_ok = true; /* the library stays loaded for the run */
}

struct pdf_avif {
    avifDecoder *d;
    avifRGBImage rgb;
};

pdf_avif *
pdf_avif_open(const unsigned char *data, size_t len, int *w, int *h, bool *alpha, char *msg,
              size_t cap)
{
    pthread_once(&api_once, load_api);
    if (!api_ok) {
        snprintf(msg, cap, "AVIF pictures need libavif (libavif15), which is not installed");
        return NULL;
    }
    pdf_avif *a = xcalloc(1, sizeof *a);
    a->d = api.decoder_create();
    if (!a->d) {
        free(a);
        snprintf(msg, cap, "out of memory decoding an AVIF");
        return NULL;
    }
    a->d->maxThreads = 1;
    a->d->ignoreExif = AVIF_TRUE;
    a->d->ignoreXMP = AVIF_TRUE;
    avifResult r = api.set_io_memory(a->d, data, len);
    if (r == AVIF_RESULT_OK)
        r = api.parse(a->d);
    if (r != AVIF_RESULT_OK) {
        snprintf(msg, cap, "corrupt or truncated AVIF (%s)", api.result_string(r));
        pdf_avif_close(a);
        return NULL;
    }
    *w = (int)a->d->image->width;
    *h = (int)a->d->image->height;
    *alpha = a->d->alphaPresent;
    return a;
}

const unsigned char *
pdf_avif_rows(pdf_avif *a, int nc, size_t *row_bytes, char *msg, size_t cap)
{
    avifResult r = api.next_image(a->d);
    if (r != AVIF_RESULT_OK) {
        snprintf(msg, cap, "corrupt or truncated AVIF (%s)", api.result_string(r));
        return NULL;
    }
    if (!row_bytes)
        return (const unsigned char *)""; /* decoded, to check it: no rows wanted */
    api.rgb_defaults(&a->rgb, a->d->image);
    a->rgb.format = nc == 4 ? AVIF_RGB_FORMAT_RGBA : AVIF_RGB_FORMAT_RGB;
    a->rgb.depth = 8;
    api.rgb_allocate(&a->rgb);
    r = a->rgb.pixels ? api.yuv_to_rgb(a->d->image, &a->rgb) : AVIF_RESULT_OUT_OF_MEMORY;
    if (r != AVIF_RESULT_OK || a->rgb.width != a->d->image->width ||
        a->rgb.height != a->d->image->height) {
        snprintf(msg, cap, "AVIF colours not converted (%s)", api.result_string(r));
        return NULL;
    }
    *row_bytes = a->rgb.rowBytes;
    return a->rgb.pixels;
}

int
pdf_avif_orientation(const pdf_avif *a)
{
    const avifImage *im = a->d->image;
    int angle = im->transformFlags & AVIF_TRANSFORM_IROT ? im->irot.angle & 3 : 0;
    int mirror = im->transformFlags & AVIF_TRANSFORM_IMIR ? im->imir.mode != 0 : -1;
    /* irot turns anti-clockwise by angle x 90 degrees, then imir swaps top
     * and bottom (mode 0) or left and right (mode 1), as MIAF orders them;
     * rows: angle, columns: no mirror, mode 0, mode 1 */
    static const unsigned char exif[4][3] = {{1, 4, 2}, {8, 5, 7}, {3, 2, 4}, {6, 7, 5}};
    return exif[angle][mirror + 1];
}

void
pdf_avif_close(pdf_avif *a)
{
    if (!a)
        return;
    if (a->rgb.pixels)
        api.rgb_free(&a->rgb);
    api.decoder_destroy(a->d);
    free(a);
}
