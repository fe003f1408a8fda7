/*
 * fuzz_reader.c - libFuzzer target: one article's bytes through a reader.
 *
 * The first byte picks the reader (plain text, Markdown, HTML, or the
 * detector), the next decides whether HTML is extracted or taken whole
 * and which language the typography pass assumes; the rest is the file.
 * Every path a collection's article takes before layout runs here: the
 * encoding sniff and conversion, the reader, the HTML cleaner and
 * extractor, the document tree. Anything but a diagnostic is a bug.
 */
#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "readers/reader.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const paths[] = {"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz"};
    static const char *const langs[] = {"en", "de", "fr", "es"};
    if (size < 2)
        return 0;
    reader_options opt = {0};
    opt.extract = (int)(data[1] % 3) - 1;
    opt.language = langs[(data[1] >> 2) % 4];
    const char *path = paths[data[0] % 4];
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    doc_node *art = NULL;
    (void)reader_read_bytes(a, &d, path, (const char *)data + 2, size - 2, &opt, &art);
    diag_cleanup(&d);
    arena_free(a);
    return 0;
}
