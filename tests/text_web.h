/*
 * text_web.h - what the tests of the text reader on copied web pages
 * (test_text_web6.c and on) share: reading an invented page, prose for its
 * body, and whether a line was dropped. Static, so each test binary has
 * its own; inline, so a binary that does not use one does not warn.
 */
#ifndef SHEAF_TEST_TEXT_WEB_H
#define SHEAF_TEST_TEXT_WEB_H

#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"

static arena *A;
static diag_list D;

static inline doc_node *
read_article(const char *s)
{
    reader_options o = {"text", -1, NULL, NULL, 0, 0};
    doc_node *art = NULL;
    diag_cleanup(&D);
    diag_init(&D, A);
    OK(reader_read_bytes(A, &D, "t.txt", s, strlen(s), &o, &art) == 0);
    OK(art != NULL);
    return art;
}

static inline doc_meta *
read_meta(const char *s)
{
    doc_node *art = read_article(s);
    return art ? art->as.article.meta : NULL;
}

/* Prose for the body: k paragraphs. */
static inline const char *
body(int k)
{
    static const char *const paras[] = {
        "The harbour wall was finished in the spring, two years after the storm that broke the "
        "old one, and the boats came back within a week of the last stone being set.\n\n",
        "Fishing families who had moored in the next bay for two winters said the walk home had "
        "been the hardest part, and that the new wall looked lower than the old one did.\n\n",
        "Engineers said the height was the same, but the stones were paler and the eye read "
        "them as smaller; the council has promised a plaque that gives the real figures.\n\n",
        "A festival is planned for the first weekend of the summer, with a procession of boats "
        "and a supper on the quay for everyone who carried sandbags during the storm.\n\n"};
    const char *s = "";
    for (int i = 0; i < k; i++)
        s = arena_printf(A, "%s%s", s, paras[i % 4]);
    return s;
}

static inline bool
was_dropped(const doc_meta *m, const char *s)
{
    for (size_t i = 0; m && i < m->n_dropped; i++)
        if (!strcmp(m->dropped[i], s))
            return true;
    return false;
}

#endif
