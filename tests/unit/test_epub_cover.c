/*
 * test_epub_cover.c - the cover picture drawn for a book whose manifest
 * names no cover image: listed as the package's cover-image (and for EPUB
 * 2 readers by <meta name="cover">), shown by the cover page, its text
 * escaped, a long title set smaller and broken into lines that fit, a
 * word wider than the page broken too; a book with a cover image of its
 * own gets no drawing.
 *
 * Books are built in memory and read back from the zip. epubcheck runs on
 * the collections' builds (tests/slow).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "epub/epub.h"
#include "harness.h"
#include "manifest/manifest.h"
#include "style/style.h"
#define EPUB_TEST_FILE "cover.md"
#include "epub_test.h"

static char tmpdir[] = "/tmp/sheaf-test-epub-cover-XXXXXX";

typedef struct entries {
    char *svg, *page, *opf;
    size_t n_svg_lines; /* <tspan>s of the title */
    double title_size;
} entries;

static manifest *
cover_manifest(arena *a, const char *title, const char *cover)
{
    manifest *m = arena_alloc(a, sizeof(*m));
    m->path = arena_printf(a, "%s/collection.yaml", tmpdir);
    m->dir = tmpdir;
    m->title = title;
    m->subtitle = "Letters <& Notes>";
    m->language = "en";
    m->date = "2026-09-01";
    m->publisher = "The Test Press";
    static const char *eds[] = {"Mai Nguyen", NULL};
    m->editors = eds;
    m->n_editors = 1;
    m->cover = cover;
    m->cover_resolved = cover ? arena_printf(a, "%s/%s", tmpdir, cover) : NULL;
    return m;
}

static int
build(const char *title, const char *cover, entries *e)
{
    memset(e, 0, sizeof *e);
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    style_defaults(&st);
    doc book = {.arena = a};
    doc_pos pos = {NULL, 0, 0};
    book.root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *art = add(a, book.root, DOC_ARTICLE);
    doc_article_meta(a, art)->title = "An Article";
    text(a, add(a, art, DOC_PARA), "Some words.");
    epub_options eo = {
        .manifest = cover_manifest(a, title, cover), .style = &st, .timestamp = 1700000000};
    buf out;
    buf_init(&out, 0);
    int rc = epub_build(a, &d, &book, &eo, &out);
    zip_error_t err;
    zip_source_t *src = rc == 0 ? zip_source_buffer_create(out.data, out.len, 0, &err) : NULL;
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
    if (za) {
        e->svg = zip_entry(za, "EPUB/images/cover.svg", NULL);
        e->page = zip_entry(za, "EPUB/cover.xhtml", NULL);
        e->opf = zip_entry(za, "EPUB/package.opf", NULL);
        zip_close(za);
    }
    const char *t = e->svg ? strstr(e->svg, "<text font-weight=\"bold\" font-size=\"") : NULL;
    if (t) {
        e->title_size = atof(t + strlen("<text font-weight=\"bold\" font-size=\""));
        const char *end = strstr(t, "</text>");
        for (const char *p = strstr(t, "<tspan"); p && p < end; p = strstr(p + 1, "<tspan"))
            e->n_svg_lines++;
    }
    buf_cleanup(&out);
    diag_cleanup(&d);
    arena_free(a);
    return rc;
}

static void
entries_free(entries *e)
{
    free(e->svg);
    free(e->page);
    free(e->opf);
}

/* The longest line (in characters) of the title's tspans. */
static size_t
longest_line(const char *svg)
{
    size_t most = 0;
    const char *t = strstr(svg, "<text font-weight=\"bold\"");
    const char *end = t ? strstr(t, "</text>") : NULL;
    for (const char *p = t ? strstr(t, "<tspan") : NULL; p && p < end;
         p = strstr(p + 1, "<tspan")) {
        const char *s = strchr(p, '>') + 1, *e = strstr(s, "</tspan>");
        size_t n = 0;
        for (const char *q = s; q < e; q++)
            n += ((unsigned char)*q & 0xC0) != 0x80;
        if (n > most)
            most = n;
    }
    return most;
}

TEST(drawn_cover_is_the_cover_image)
{
    entries e;
    INT_EQ(build("Small & Useful", NULL, &e), 0);
    OK(e.svg && e.page && e.opf);
    if (e.svg && e.page && e.opf) {
        OK(strstr(e.opf, "<item id=\"cover-image\" href=\"images/cover.svg\" "
                         "media-type=\"image/svg+xml\" properties=\"cover-image\"/>"));
        OK(strstr(e.opf, "<meta name=\"cover\" content=\"cover-image\"/>"));
        OK(strstr(e.page, "<img src=\"images/cover.svg\" alt=\"Cover of Small &amp; Useful. "
                          "Letters &lt;&amp; Notes&gt;. Edited by Mai Nguyen. The Test Press\""));
        /* its words, escaped, in the cover page's design */
        OK(strstr(e.svg, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
        OK(strstr(e.svg, ">Small &amp; Useful</tspan>") ||
           (strstr(e.svg, ">Small &amp;</tspan>") && strstr(e.svg, ">Useful</tspan>")));
        OK(strstr(e.svg, "<text font-style=\"italic\""));
        OK(strstr(e.svg, ">Letters &lt;&amp; Notes&gt;</tspan>"));
        OK(strstr(e.svg, ">Edited by Mai Nguyen</tspan>"));
        OK(strstr(e.svg, ">The Test Press</tspan>"));
        OK(strstr(e.svg, "<rect width=\"1200\" height=\"1800\" fill=\"#ffffff\"/>"));
        /* a short title: at the largest size, in a line or two */
        OK(e.n_svg_lines >= 1 && e.n_svg_lines <= 2);
        OK(e.title_size > 100);
    }
    entries_free(&e);
    INT_EQ(build("Tides", NULL, &e), 0);
    OK(e.svg && e.n_svg_lines == 1 && e.title_size > 100);
    entries_free(&e);
}

TEST(long_title_wraps_smaller)
{
    entries e;
    INT_EQ(build("The Unabridged and Thoroughly Annotated Proceedings of the Northern "
                 "Counties Beekeeping and Orchard Keeping Association, Volume Three",
                 NULL, &e),
           0);
    OK(e.svg != NULL);
    if (e.svg) {
        OK(e.n_svg_lines >= 3 && e.n_svg_lines <= 6);
        OK(e.title_size < 100);
        /* at most about 30 characters a line at that size: room to spare
           in a wide face */
        OK(longest_line(e.svg) <= 32);
        /* nothing lost: every word is there */
        OK(strstr(e.svg, ">Volume Three</tspan>") || strstr(e.svg, " Volume Three</tspan>"));
    }
    entries_free(&e);
    /* one word wider than the page at the least size: broken */
    INT_EQ(
        build("Pneumonoultramicroscopicsilicovolcanoconiosisandsomemorelettersforgood", NULL, &e),
        0);
    OK(e.svg && e.n_svg_lines >= 2 && longest_line(e.svg) <= 32);
    entries_free(&e);
    /* Chinese: breaks between its characters */
    INT_EQ(build("\xE5\x9B\xBE\xE4\xB9\xA6\xE9\xA6\x86\xE7\x9A\x84\xE4\xB8\x80\xE5\xA4\xA9"
                 "\xE5\x9B\xBE\xE4\xB9\xA6\xE9\xA6\x86\xE7\x9A\x84\xE4\xB8\x80\xE5\xA4\xA9"
                 "\xE5\x9B\xBE\xE4\xB9\xA6\xE9\xA6\x86\xE7\x9A\x84\xE4\xB8\x80\xE5\xA4\xA9",
                 NULL, &e),
           0);
    OK(e.svg && e.n_svg_lines >= 2 && longest_line(e.svg) <= 16);
    entries_free(&e);
}

/* A book with its own cover image lists that one, and gets no drawing. */
TEST(given_cover_is_not_drawn)
{
    char path[256];
    snprintf(path, sizeof path, "%s/given.png", tmpdir);
    FILE *f = fopen(path, "wb");
    fwrite(tiny_png, 1, sizeof(tiny_png), f);
    fclose(f);
    entries e;
    INT_EQ(build("Small & Useful", "given.png", &e), 0);
    OK(e.svg == NULL);
    OK(e.opf && strstr(e.opf, "href=\"images/cover.png\" media-type=\"image/png\" "
                              "properties=\"cover-image\""));
    OK(e.opf && !strstr(e.opf, "image/svg+xml"));
    OK(e.page &&
       strstr(e.page, "<img src=\"images/cover.png\" alt=\"Cover of Small &amp; Useful\""));
    entries_free(&e);
    unlink(path);
}

int
main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(drawn_cover_is_the_cover_image);
    RUN(long_title_wraps_smaller);
    RUN(given_cover_is_not_drawn);
    rmdir(tmpdir);
    return test_report();
}
