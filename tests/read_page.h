/*
 * read_page.h - one article read for a reader test: its arena, messages,
 * tree, and the tree's text and dump as strings to search (doc_check runs
 * on every tree, so each test also checks the tree is sound). Shared by
 * the reader tests; static functions, so each test binary has its own.
 */
#ifndef SHEAF_TEST_READ_PAGE_H
#define SHEAF_TEST_READ_PAGE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "readers/reader.h"

typedef struct page {
    arena *a;
    diag_list d;
    doc_node *art;
    int rc;
    char *text, *tree;
} page;

static void
page_finish(page *p)
{
    buf b;
    buf_init(&b, 0);
    if (p->art) {
        OK(doc_check(p->art) == NULL); /* every tree we make is sound */
        doc_dump_text(p->art, &b);
    }
    p->text = arena_strndup(p->a, b.data ? b.data : "", b.len);
    buf_clear(&b);
    if (p->art)
        doc_dump(p->art, &b);
    p->tree = arena_strndup(p->a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
}

static page
page_start(void)
{
    page p;
    memset(&p, 0, sizeof(p));
    p.a = arena_new();
    diag_init(&p.d, p.a);
    return p;
}

/* The file at path, read as sheaf reads it. */
static page
page_file(const char *path, const reader_options *ro)
{
    page p = page_start();
    p.rc = reader_read(p.a, &p.d, path, ro, &p.art);
    page_finish(&p);
    return p;
}

/* An HTML page read from a file, as sheaf reads a saved page (its
 * pictures are then remote ones): written to a temporary file first. */
static inline page
page_html_file(const char *html)
{
    char path[] = "/tmp/sheaf_page_XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (f) {
        fputs(html, f);
        fclose(f);
    } else if (fd >= 0) {
        close(fd);
    }
    reader_options ro = {.format = "html", .extract = -1};
    page p = page_file(path, &ro);
    remove(path);
    return p;
}

/* Bytes in memory, under the file name `name`, into a started page (the
 * bytes may live in its arena, as a reader's input lives in the build's). */
static void
page_read_bytes(page *p, const char *name, const char *data, size_t len,
                const reader_options *ro)
{
    p->rc = reader_read_bytes(p->a, &p->d, name, data, len, ro, &p->art);
    page_finish(p);
}

static page
page_bytes(const char *name, const char *data, size_t len, const reader_options *ro)
{
    page p = page_start();
    page_read_bytes(&p, name, data, len, ro);
    return p;
}

static void
drop(page *p)
{
    diag_cleanup(&p->d);
    arena_free(p->a);
}

#endif
