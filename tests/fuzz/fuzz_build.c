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
 * images/pic.png, saved_files/photo.png), so seeds reach the image code in
 * both writers. Inputs are capped at FUZZ_MAX_INPUT bytes to keep a run
 * cheap; run with -timeout so a layout that does not end is reported.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/fs.h"
#include "doc/doc.h"
#include "epub/epub.h"
#include "manifest/manifest.h"
#include "pdf/pdf_write.h"
#include "readers/reader.h"
#include "style/style.h"
#include "transform/smart.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <sys/stat.h>

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

/* The pages of the PDF with arabic folios, as build_write hands them to the
 * EPUB writer (write.c's page_starts). */
static size_t
page_starts(arena *a, const lay_doc *ld, epub_page_start **out)
{
    size_t n = 0;
    *out = arena_alloc(a, (ld->n_pages ? ld->n_pages : 1) * sizeof **out);
    for (size_t i = 0; i < ld->n_pages; i++) {
        const lay_page *p = &ld->pages[i];
        if (p->front_matter)
            continue;
        (*out)[n++] = (epub_page_start){
            .label = p->label ? p->label : arena_printf(a, "%d", p->folio),
            .block = p->start_block,
            .text = p->start_text,
            .in_sources = p->start_in_sources,
            .at_end = p->start_at_end};
    }
    return n;
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
        eo.n_pages = page_starts(a, &layout, &ps);
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
    diag_cleanup(&d);
    arena_free(a);
    return 0;
}
