/*
 * images.c - copying an article's images into the book.
 *
 * Only local files and embedded PNG, JPEG, GIF, WebP and AVIF come in: a
 * remote (http, https, protocol-relative) image is never fetched, and any
 * other data: URI is never decoded; either becomes its alt text with a
 * warning. (The HTML reader keeps base64 data: images of those kinds up to
 * B64_MAX_DATA_URI, as pages saved whole carry them, and hands on a page's
 * inline drawings as SVG ones; they are decoded here and checked like
 * files.) A local path is resolved against the
 * article's folder (unless the reader already did: it starts with that folder; percent escapes
 * decoded, query and fragment dropped), must stay inside the collection unless --allow-outside, is
 * read with a size cap, and is identified from its bytes, not its name. A WebP or an AVIF, which
 * EPUB 3.2 reading systems need not show, is written again as PNG or JPEG (through the PDF's
 * decoder, so at most PDF_IMAGE_MAX_SIDE pixels on its long side, more than any reader's screen).
 * An SVG drawing is drawn as a PNG at twice its size and shown at its own: SVG is an EPUB core
 * type, but a drawing saved from the web may carry what epubcheck rejects, and older reading
 * systems show none. Each file is copied once (a hash of resolved paths), under a name numbered in
 * order of first use.
 */
#include "epub_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../base/b64.h"
#include "../base/fs.h"
#include "../pdf/image/pdf_image.h"

/* Largest image copied into a book. */
#define EPUB_MAX_IMAGE (32u * 1024u * 1024u)

static uint32_t
be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

const char *
epub_image_type(const char *data, size_t len, const char **ext)
{
    const unsigned char *u = (const unsigned char *)data;
    /* Magic numbers, plus the header fields a reader needs first (PNG's
     * IHDR size, GIF's screen size) and the end markers (PNG's IEND chunk,
     * a JPEG's EOI), so a truncated or mislabelled file is refused rather
     * than shipped. */
    if (len >= 8 && memcmp(u, "\x89PNG\r\n\x1a\n", 8) == 0) {
        if (len < 45 || memcmp(u + 12, "IHDR", 4) != 0 || be32(u + 16) == 0 ||
            be32(u + 20) == 0 || be32(u + 16) > 65535 || be32(u + 20) > 65535 ||
            !pdf_image_ends_whole(data, len))
            return NULL;
        *ext = "png";
        return "image/png";
    }
    if (len >= 3 && u[0] == 0xFF && u[1] == 0xD8 && u[2] == 0xFF) {
        if (len < 4 || !pdf_image_ends_whole(data, len))
            return NULL;
        *ext = "jpg";
        return "image/jpeg";
    }
    if (len >= 13 && (memcmp(u, "GIF87a", 6) == 0 || memcmp(u, "GIF89a", 6) == 0)) {
        if ((u[6] | u[7] << 8) == 0 || (u[8] | u[9] << 8) == 0)
            return NULL;
        *ext = "gif";
        return "image/gif";
    }
    return NULL;
}

/* Is this a WebP file (RIFF....WEBP)? */
static bool
is_webp(const char *data, size_t len)
{
    return len >= 16 && memcmp(data, "RIFF", 4) == 0 && memcmp(data + 8, "WEBP", 4) == 0;
}

/* Whether a WebP holds a lossless (VP8L) picture: drawings, screenshots. */
static bool
webp_lossless(const char *data, size_t len)
{
    for (size_t i = 12; i + 4 <= len && i < 64 * 1024; i++)
        if (memcmp(data + i, "VP8L", 4) == 0)
            return true;
    return false;
}

const char *
epub_image_convert(arena *a, diag_list *d, const char *path, char **data, size_t *len,
                   const char **ext, int *css_w)
{
    bool svg = pdf_image_is_svg(*data, *len);
    if (css_w)
        *css_w = 0;
    if (!svg && !is_webp(*data, *len) && !pdf_image_is_avif(*data, *len))
        return NULL;
    pdf_image img;
    if (pdf_image_load(d, path, 0, 0, &img) != 0)
        return NULL;
    /* transparency, a lossless picture or a drawing stays exact (PNG); a
       photograph stays a photograph (JPEG) */
    bool png = svg || img.alpha || webp_lossless(*data, *len);
    if (svg && css_w)
        *css_w = img.src_w;
    buf b;
    buf_init(&b, 0);
    int rc = png ? pdf_image_encode_png(&img, &b) : pdf_image_encode_jpeg(&img, 88, &b);
    pdf_image_cleanup(&img);
    if (rc != 0) {
        buf_cleanup(&b);
        diag_warn(d, path, 0, 0, "the %s image could not be written as %s",
                  svg                              ? "SVG"
                  : pdf_image_is_avif(*data, *len) ? "AVIF"
                                                   : "WebP",
                  png ? "PNG" : "JPEG");
        return NULL;
    }
    *data = arena_alloc(a, b.len ? b.len : 1);
    memcpy(*data, b.data, b.len);
    *len = b.len;
    buf_cleanup(&b);
    *ext = png ? "png" : "jpg";
    return png ? "image/png" : "image/jpeg";
}

/* The bucket of a path or data: URI: a data: URI (megabytes of base64,
 * its picture perhaps named by hundreds of <img>) by its length and its
 * last 4 KB, which differ between pictures; strcmp decides. */
static size_t
hash_path(const char *s)
{
    size_t h = 5381, n = strlen(s);
    const char *p = n > 8192 && strncmp(s, "data:", 5) == 0 ? s + n - 4096 : s;
    if (p != s)
        h = h * 33 + n;
    for (; *p; p++)
        h = h * 33 + (unsigned char)*p;
    return h % 64;
}

/* The image already added under `path` (the same string, or its copy). */
static epub_image *
image_seen(const epub_book *bk, const char *path, size_t h)
{
    for (epub_image *im = bk->images[h]; im; im = im->next)
        if (im->path == path || strcmp(im->path, path) == 0)
            return im;
    return NULL;
}

/* The bytes of a base64 PNG, JPEG, GIF, WebP or SVG data: URI, or NULL for
 * any other (an SVG comes only from the HTML reader's inline drawings:
 * a page's own data: SVG is refused there). */
static char *
data_uri_bytes(arena *a, const char *src, size_t *len)
{
    static const char *const heads[] = {"data:image/png;base64,",
                                        "data:image/jpeg;base64,",
                                        "data:image/gif;base64,",
                                        "data:image/webp;base64,",
                                        "data:image/avif;base64,",
                                        "data:image/svg+xml;base64,",
                                        NULL};
    const char *p = NULL;
    for (size_t i = 0; heads[i] && !p; i++)
        if (strncasecmp(src, heads[i], strlen(heads[i])) == 0)
            p = src + strlen(heads[i]);
    if (!p || strlen(src) > B64_MAX_DATA_URI)
        return NULL;
    char *out = arena_alloc(a, strlen(p) / 4 * 3 + 3);
    size_t n = b64_decode(p, strlen(p), (unsigned char *)out);
    if (n == SIZE_MAX)
        return NULL;
    *len = n;
    return out;
}

epub_item *
epub_image_add(epub_book *bk, const char *src, const doc_node *at, const char *base)
{
    const char *file = at->pos.file;
    uint32_t line = at->pos.line, col = at->pos.col;
    if (!src || !src[0]) {
        diag_warn(bk->d, file, line, col, "image without a source; using its alt text");
        return NULL;
    }
    if (epub_has_scheme(src, "http") || epub_has_scheme(src, "https") || strncmp(src, "//", 2) == 0) {
        diag_warn(bk->d, file, line, col,
                  "remote image not fetched (%s); using its alt text", src);
        return NULL;
    }
    if (epub_has_scheme(src, "data")) {
        /* decoded once, however many <img> name it */
        size_t h = hash_path(src);
        epub_image *seen = image_seen(bk, src, h);
        if (seen)
            return seen->item; /* NULL for one that failed, warned once */
        epub_image *im = arena_alloc(bk->a, sizeof(*im));
        im->path = src;
        im->next = bk->images[h];
        bk->images[h] = im;
        size_t dlen = 0;
        char *bytes = data_uri_bytes(bk->a, src, &dlen);
        const char *ext, *media = bytes ? epub_image_type(bytes, dlen, &ext) : NULL;
        int css_w = 0;
        if (!media && bytes &&
            (is_webp(bytes, dlen) || pdf_image_is_avif(bytes, dlen) ||
             pdf_image_is_svg(bytes, dlen)))
            media = epub_image_convert(bk->a, bk->d, src, &bytes, &dlen, &ext, &css_w);
        if (!media) {
            diag_warn(bk->d, file, line, col,
                      "embedded image is not a PNG, JPEG, GIF, WebP or AVIF; using its alt "
                      "text");
            return NULL;
        }
        bk->n_images++;
        const char *href = arena_printf(bk->a, "images/img-%03zu.%s", bk->n_images, ext);
        const char *id = arena_printf(bk->a, "img-%03zu", bk->n_images);
        im->item = epub_add_item(bk, href, id, media, bytes, dlen, false);
        im->item->css_width = css_w;
        return im->item;
    }
    if (strchr(src, ':')) {
        diag_warn(bk->d, file, line, col, "image source '%.60s' is not a local file; using its alt text",
                  src);
        return NULL;
    }
    char *rel = fs_url_path(bk->a, src);
    /* The HTML and Markdown readers hand over paths already joined to the
     * article's folder; joining again would double a relative folder
     * ("c/articles/c/articles/x.png") when the collection is named by a
     * relative path. */
    size_t bl = base ? strlen(base) : 0;
    bool joined = bl && strncmp(rel, base, bl) == 0 && rel[bl] == '/';
    const char *path = rel[0] == '/' || joined ? rel : fs_join(bk->a, base ? base : ".", rel);
    size_t h = hash_path(path);
    epub_image *seen = image_seen(bk, path, h);
    if (seen)
        return seen->item;
    epub_image *im = arena_alloc(bk->a, sizeof(*im));
    im->path = path;
    im->next = bk->images[h];
    bk->images[h] = im;

    if (!bk->opt->allow_outside && bk->m->dir && !fs_is_inside(bk->m->dir, path)) {
        diag_warn(bk->d, file, line, col,
                  "image '%s' is outside the collection folder; using its alt text "
                  "(--allow-outside permits it)", src);
        return NULL;
    }
    if (!fs_is_file(path)) {
        diag_warn(bk->d, file, line, col, "image not found: %s; using its alt text", src);
        return NULL;
    }
    char *data;
    size_t len;
    diag_list tmp;
    diag_init(&tmp, bk->a);
    int rc = fs_read_file(bk->a, &tmp, path, EPUB_MAX_IMAGE, &data, &len, file, line, col);
    diag_cleanup(&tmp);
    if (rc < 0) {
        diag_warn(bk->d, file, line, col, "cannot read image %s (or over %u MB); using its alt text",
                  src, EPUB_MAX_IMAGE >> 20);
        return NULL;
    }
    const char *ext;
    const char *media = epub_image_type(data, len, &ext);
    int css_w = 0;
    if (!media &&
        (is_webp(data, len) || pdf_image_is_avif(data, len) || pdf_image_is_svg(data, len))) {
        /* one warning, at the article's line, saying what the decoder found */
        diag_list why;
        diag_init(&why, bk->a);
        media = epub_image_convert(bk->a, &why, path, &data, &len, &ext, &css_w);
        if (!media && why.count) {
            diag_warn(bk->d, file, line, col, "image %s not usable (%s); its alt text is used", src,
                      pdf_image_reason(&why));
            diag_cleanup(&why);
            return NULL;
        }
        diag_cleanup(&why);
    }
    if (!media) {
        diag_warn(
            bk->d, file, line, col,
            "image %s is not a complete PNG, JPEG, GIF, WebP, AVIF or SVG; using its alt text",
            src);
        return NULL;
    }
    if (bk->opt->bump_timestamp) {
        time_t t = fs_mtime(path);
        if (t > bk->timestamp)
            bk->timestamp = t;
    }
    bk->n_images++;
    const char *href = arena_printf(bk->a, "images/img-%03zu.%s", bk->n_images, ext);
    const char *id = arena_printf(bk->a, "img-%03zu", bk->n_images);
    im->item = epub_add_item(bk, href, id, media, data, len, false);
    im->item->css_width = css_w;
    return im->item;
}
