/*
 * fuzz_build.c - libFuzzer target: one article through the whole build.
 *
 * The first byte picks the reader and the book around the article; the rest
 * is the article's bytes. Each run does what `sheaf build` does past the
 * manifest, in memory: the reader, the overrides-free metadata defaults and
 * the typography pass (build.c's read_article), then the PDF writer (fonts,
 * Knuth-Plass line breaking, the page builder, libharu rendering) with the
 * EPUB writer after it, fed the PDF's pages as build_write feeds them.
 *
 *   bits 0-1  reader: text, Markdown, HTML (extractor decides), HTML whole
 *   bits 2-3  style: classic, handout, large-print, classic on A5 paper
 *   bits 4-5  language: en, de, fr, es (hyphenation patterns, quotes, labels)
 *   bit  6    the article sits in a part (a part opener page, part in nav)
 *   bit  7    also typeset the article alone as a handout PDF
 *
 * The article lives in a scratch folder made once per process that holds
 * small pictures under the names our fixtures use (dot.png, img/dot.png,
 * images/pic.png, saved_files/photo.png) and awkward ones made here
 * (tall.png, wide.png, huge-dpi.png, tiny-dpi.png, bomb.png, cut.png,
 * turned.jpg, anim.gif, pic.webp, clear.webp, chart.svg, blur.svg; build.dict
 * names them), so
 * inputs reach the image code in
 * both writers. Inputs are capped at FUZZ_MAX_INPUT bytes to keep a run
 * cheap; run with -timeout so a layout that does not end is reported.
 * FUZZ_BUILD_DIAGS=1 in the environment prints each run's diagnostics.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/fs.h"
#include "build/page_starts.h"
#include "doc/doc.h"
#include "epub/epub.h"
#include "manifest/manifest.h"
#include "pdf/pdf_write.h"
#include "readers/reader.h"
#include "style/style.h"
#include "transform/smart.h"
#include "transform/split.h"
#include "transform/tidy.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <gif_lib.h>
#include <jpeglib.h>
#include <webp/encode.h>
#include <sys/stat.h>
#include <zlib.h>

#define FUZZ_MAX_INPUT (64u * 1024u)

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What every run shares, made once: the scratch folder and the styles. */
static arena *fz_arena;
static const char *fz_dir;
static style *fz_styles[3];

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

/* The scratch folder goes with the process (libFuzzer ends with exit). */
static void
remove_scratch(void)
{
    if (fz_dir)
        nftw(fz_dir, rm_entry, 8, FTW_DEPTH | FTW_PHYS);
}

/* Copy a fixture picture into the scratch folder (best effort: a missing
 * fixture only means less image coverage). */
static void
put_picture(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb");
    if (!in)
        return;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", fz_dir, to);
    char *slash = strrchr(path, '/');
    if (slash && slash > path + strlen(fz_dir)) {
        *slash = '\0';
        mkdir(path, 0777);
        *slash = '/';
    }
    FILE *out = fopen(path, "wb");
    char b[8192];
    size_t n;
    while (out && (n = fread(b, 1, sizeof b, in)) > 0)
        fwrite(b, 1, n, out);
    if (out)
        fclose(out);
    fclose(in);
}

static void
png_chunk(FILE *f, const char *type, const unsigned char *p, size_t n)
{
    unsigned char be[4] = {(unsigned char)(n >> 24), (unsigned char)(n >> 16),
                           (unsigned char)(n >> 8), (unsigned char)n};
    fwrite(be, 1, 4, f);
    fwrite(type, 1, 4, f);
    if (n)
        fwrite(p, 1, n, f);
    uLong crc = crc32(0, (const Bytef *)type, 4);
    if (n)
        crc = crc32(crc, p, (uInt)n);
    unsigned char c[4] = {(unsigned char)(crc >> 24), (unsigned char)(crc >> 16),
                          (unsigned char)(crc >> 8), (unsigned char)crc};
    fwrite(c, 1, 4, f);
}

static void
put_u32(unsigned char *p, unsigned long v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* A grey w x h PNG; ppm > 0 adds a pHYs chunk (pixels per metre); cut
 * stops the file halfway through its pixels. A w x h past what rows can
 * be made of gets only its header (an image bomb's declaration). */
static void
make_png(const char *name, unsigned long w, unsigned long h, unsigned long ppm, bool cut)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", fz_dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    fwrite("\x89PNG\r\n\x1a\n", 1, 8, f);
    unsigned char ihdr[13] = {0};
    put_u32(ihdr, w);
    put_u32(ihdr + 4, h);
    ihdr[8] = 8; /* bit depth; colour type 0 = grey */
    png_chunk(f, "IHDR", ihdr, sizeof ihdr);
    if (ppm) {
        unsigned char phys[9] = {0};
        put_u32(phys, ppm);
        put_u32(phys + 4, ppm);
        phys[8] = 1; /* metres */
        png_chunk(f, "pHYs", phys, sizeof phys);
    }
    if (w * h <= 1u << 20) {
        size_t raw_n = (w + 1) * h;
        unsigned char *raw = calloc(raw_n, 1);
        for (size_t i = 0; i < raw_n; i++)
            raw[i] = i % (w + 1) ? (unsigned char)(i * 37) : 0;
        uLongf z_n = compressBound(raw_n);
        unsigned char *z = malloc(z_n);
        compress(z, &z_n, raw, raw_n);
        png_chunk(f, "IDAT", z, cut ? z_n / 2 : z_n);
        free(z);
        free(raw);
    }
    if (!cut)
        png_chunk(f, "IEND", NULL, 0);
    fclose(f);
}

/* A small RGB JPEG whose EXIF says "turn 90 degrees" (orientation 6). */
static void
make_turned_jpeg(const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", fz_dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    struct jpeg_compress_struct c;
    struct jpeg_error_mgr e;
    c.err = jpeg_std_error(&e);
    jpeg_create_compress(&c);
    jpeg_stdio_dest(&c, f);
    c.image_width = 24;
    c.image_height = 8;
    c.input_components = 3;
    c.in_color_space = JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_start_compress(&c, TRUE);
    static const unsigned char exif[] = {
        'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, /* TIFF, IFD at 8 */
        0, 1,                                                  /* one entry */
        0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0,              /* Orientation = 6 */
        0, 0, 0, 0};                                           /* no next IFD */
    jpeg_write_marker(&c, JPEG_APP0 + 1, exif, sizeof exif);
    unsigned char row[24 * 3];
    for (int y = 0; y < 8; y++) {
        for (int x = 0; x < 24 * 3; x++)
            row[x] = (unsigned char)(x * 10 + y * 30);
        JSAMPROW r = row;
        jpeg_write_scanlines(&c, &r, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    fclose(f);
}

/* A GIF of two 8 x 6 frames and a lossy WebP (pic.webp) and a lossless
 * one with a transparent half (clear.webp): the other decoders' input. */
static void
make_gif_webp(void)
{
    int err;
    GifFileType *g = EGifOpenFileName(arena_printf(fz_arena, "%s/anim.gif", fz_dir), false, &err);
    if (g) {
        GifColorType cols[2] = {{0, 0, 0}, {255, 255, 255}};
        ColorMapObject *cm = GifMakeMapObject(2, cols);
        EGifPutScreenDesc(g, 8, 6, 1, 0, cm);
        GifFreeMapObject(cm);
        GifPixelType row[8];
        for (int k = 0; k < 2; k++) {
            EGifPutImageDesc(g, 0, 0, 8, 6, false, NULL);
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 8; x++)
                    row[x] = (GifPixelType)((x + y + k) & 1);
                EGifPutLine(g, row, 8);
            }
        }
        EGifCloseFile(g, &err);
    }
    unsigned char px[16 * 12 * 4];
    for (size_t i = 0; i < sizeof px; i++)
        px[i] = (unsigned char)(i % 4 == 3 ? ((i / 4) % 16 < 8 ? 255 : 0) : i * 7);
    uint8_t *out = NULL;
    size_t n = WebPEncodeRGB(px, 16, 12, 16 * 3, 70, &out); /* the bytes read as RGB */
    FILE *f = fopen(arena_printf(fz_arena, "%s/pic.webp", fz_dir), "wb");
    if (f && n)
        fwrite(out, 1, n, f);
    if (f)
        fclose(f);
    WebPFree(out);
    n = WebPEncodeLosslessRGBA(px, 16, 12, 16 * 4, &out);
    f = fopen(arena_printf(fz_arena, "%s/clear.webp", fz_dir), "wb");
    if (f && n)
        fwrite(out, 1, n, f);
    if (f)
        fclose(f);
    WebPFree(out);
}

/* A drawing for the SVG decoder. */
static void
put_text(const char *name, const char *text)
{
    FILE *f = fopen(arena_printf(fz_arena, "%s/%s", fz_dir, name), "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fz_arena = arena_new();
    char tmpl[] = "/tmp/sheaf-fuzz-build-XXXXXX";
    const char *dir = mkdtemp(tmpl);
    if (!dir) {
        perror("mkdtemp");
        exit(1);
    }
    fz_dir = arena_strdup(fz_arena, dir);
    atexit(remove_scratch);
    put_picture(SHEAF_SOURCE_DIR "/tests/fixtures/markdown/img/dot.png", "dot.png");
    put_picture(SHEAF_SOURCE_DIR "/tests/fixtures/markdown/img/dot.png", "img/dot.png");
    put_picture(SHEAF_SOURCE_DIR "/tests/fixtures/html/images/pic.png", "images/pic.png");
    put_picture(SHEAF_SOURCE_DIR "/tests/fixtures/html/saved_files/photo.png",
                "saved_files/photo.png");
    make_png("tall.png", 2, 3000, 0, false);
    make_png("wide.png", 3000, 2, 0, false);
    make_png("huge-dpi.png", 40, 30, 4000000000ul, false); /* 100,000 dpi: microscopic */
    make_png("tiny-dpi.png", 40, 30, 1, false);            /* 1 px a metre: kilometres */
    make_png("bomb.png", 100000, 100000, 0, false);
    make_png("cut.png", 64, 64, 0, true);
    make_turned_jpeg("turned.jpg");
    make_gif_webp();
    put_text("chart.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='60'><rect "
                          "width='50' height='60' fill='red'/><text y='30'>chart</text></svg>");
    put_text("blur.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 90 90'><filter "
                         "id='f'><feGaussianBlur stdDeviation='9'/></filter><circle r='40' "
                         "cx='45' cy='45' filter='url(#f)'/></svg>");
    static const char *const names[] = {"classic", "handout", "large-print"};
    diag_list d;
    diag_init(&d, fz_arena);
    for (int i = 0; i < 3; i++)
        if (style_load(fz_arena, &d, names[i], NULL, NULL, 0, 0, &fz_styles[i]) < 0) {
            fprintf(stderr, "fuzz_build: cannot load style %s\n", names[i]);
            exit(1);
        }
    diag_cleanup(&d);
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const files[] = {"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.htm"};
    static const char *const formats[] = {"text", "markdown", "html", "html"};
    static const char *const langs[] = {"en", "de", "fr", "es"};
    if (size < 1 || size > FUZZ_MAX_INPUT)
        return 0;
    unsigned sel = data[0];
    unsigned kind = sel & 3, st_i = (sel >> 2) & 3, lang_i = (sel >> 4) & 3;
    bool in_part = sel & 0x40, handout = sel & 0x80;

    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);

    manifest *m = arena_alloc(a, sizeof *m);
    m->dir = fz_dir;
    m->path = arena_printf(a, "%s/collection.yaml", fz_dir);
    m->title = "Fuzzed Packet";
    m->subtitle = "Every Stage";
    m->language = langs[lang_i];
    m->date = "2026-09-01";
    static const char *eds[] = {"Dana Rivera", NULL};
    m->editors = eds;
    m->n_editors = 1;
    m->paper = st_i == 3 ? "a5" : "letter";
    m->n_articles = 1;
    m->articles = arena_alloc(a, sizeof *m->articles);
    m->articles[0].path = files[kind];
    m->articles[0].resolved = arena_printf(a, "%s/%s", fz_dir, files[kind]);
    m->articles[0].format = formats[kind];
    m->articles[0].extract = kind == 3 ? 0 : -1;
    const style *st = fz_styles[st_i == 3 ? 0 : st_i];

    /* build.c's read_article, on bytes */
    reader_options ro = {.format = formats[kind], .extract = m->articles[0].extract,
                         .language = m->language};
    doc_node *art = NULL;
    (void)reader_read_bytes(a, &d, m->articles[0].resolved, (const char *)data + 1, size - 1,
                            &ro, &art);
    if (!art)
        goto done;
    doc_meta *meta = doc_article_meta(a, art);
    if (!meta->language)
        meta->language = m->language;
    tf_tidy_article(a, art);
    /* a lower limit than the build's, so 64 KB inputs reach the cutting */
    tf_split_article(a, art, 4096, NULL);
    tf_smart_article(a, art, meta->language);
    if (!meta->title || !meta->title[0])
        meta->title = m->articles[0].path;

    doc book = {.arena = a};
    doc_pos pos = {m->path, 1, 1};
    book.root = doc_node_new(a, DOC_COLLECTION, pos);
    if (in_part) {
        m->n_parts = 1;
        m->parts = arena_alloc(a, sizeof *m->parts);
        m->parts[0] = (manifest_part){.title = "A Part", .pos = pos, .first = 0, .count = 1};
        m->articles[0].part = &m->parts[0];
        doc_node *part = doc_node_new(a, DOC_PART, pos);
        part->as.part.title = m->parts[0].title;
        doc_append(book.root, part);
        doc_append(part, art);
    } else {
        doc_append(book.root, art);
    }

    const time_t ts = 1767225600; /* 2026-01-01, as SOURCE_DATE_EPOCH would fix it */
    lay_doc layout = {0};
    buf pdf;
    buf_init(&pdf, 0);
    pdf_write_options po = {.manifest = m, .style = st, .timestamp = ts, .layout_out = &layout};
    int rc = pdf_write(a, &d, &book, &po, &pdf);
    buf_cleanup(&pdf);

    epub_options eo = {.manifest = m, .style = st, .timestamp = ts, .jobs = 1};
    epub_page_start *ps = NULL;
    if (rc == 0 && layout.n_pages) {
        eo.n_pages = build_page_starts(a, &layout, &ps);
        eo.pages = ps;
        eo.page_source = "Fuzzed Packet (PDF edition)";
    }
    buf epub;
    buf_init(&epub, 0);
    (void)epub_build(a, &d, &book, &eo, &epub);
    buf_cleanup(&epub);

    if (handout) {
        /* handouts.c, after the EPUB as in build_write: the article as the
           root, still in its collection */
        doc one = {.arena = a, .root = art};
        buf hb;
        buf_init(&hb, 0);
        pdf_write_options ho = {.manifest = m, .style = st, .timestamp = ts, .handout = true};
        (void)pdf_write(a, &d, &one, &ho, &hb);
        buf_cleanup(&hb);
    }

done:
    /* FUZZ_BUILD_DIAGS=1 shows what a run reported, to see what an input
       reaches (libFuzzer shows only crashes) */
    if (getenv("FUZZ_BUILD_DIAGS"))
        for (size_t i = 0; i < d.count; i++)
            fprintf(stderr, "%s:%u: %s: %s\n", d.items[i].file ? d.items[i].file : "-",
                    (unsigned)d.items[i].line,
                    d.items[i].severity == DIAG_ERROR ? "error" : "warning", d.items[i].message);
    diag_cleanup(&d);
    arena_free(a);
    return 0;
}
