/*
 * epub_test.h - what the EPUB writer's tests build books of and read them
 * back with: a 1x1 PNG, nodes and text at one position (EPUB_TEST_FILE,
 * defined before the include), and one entry of the zip the writer made.
 * Static functions, so each test binary has its own.
 */
#ifndef SHEAF_TEST_EPUB_TEST_H
#define SHEAF_TEST_EPUB_TEST_H

#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "base/arena.h"
#include "doc/doc.h"

#ifndef EPUB_TEST_FILE
#define EPUB_TEST_FILE "t.md"
#endif

static const unsigned char tiny_png[] = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
    0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78,
    0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};

static inline doc_node *
add(arena *a, doc_node *parent, doc_type t)
{
    doc_pos pos = {EPUB_TEST_FILE, 1, 1};
    doc_node *n = doc_node_new(a, t, pos);
    doc_append(parent, n);
    return n;
}

static inline void
text(arena *a, doc_node *parent, const char *s)
{
    doc_pos pos = {EPUB_TEST_FILE, 1, 1};
    doc_append_text(a, parent, s, strlen(s), pos);
}

/* One entry of an in-memory zip, NUL-terminated (heap), or NULL; its
 * length in *len when len is not NULL. */
static inline char *
zip_entry(zip_t *za, const char *name, size_t *len)
{
    zip_stat_t st;
    if (zip_stat(za, name, 0, &st) < 0)
        return NULL;
    zip_file_t *f = zip_fopen(za, name, 0);
    if (!f)
        return NULL;
    char *data = malloc(st.size + 1);
    zip_int64_t n = zip_fread(f, data, st.size);
    zip_fclose(f);
    data[n < 0 ? 0 : n] = '\0';
    if (len)
        *len = (size_t)(n < 0 ? 0 : n);
    return data;
}

#endif
