/*
 * names.c - lists of people as a book prints them: "A", "A and B",
 * "A, B and C". One helper for the EPUB pages, the PDF pages and the PDF's
 * document info, so the three agree.
 */
#include "doc.h"

#include <string.h>

const char *
doc_names_join(arena *a, const char *const *names, size_t n, const char *and_word)
{
    if (!names || n == 0)
        return NULL;
    if (!and_word)
        and_word = " and ";
    buf b;
    buf_init(&b, 0);
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_adds(&b, i + 1 == n ? and_word : ", ");
        buf_adds(&b, names[i] ? names[i] : "");
    }
    const char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    return s;
}
