/*
 * lay_lines.h - a laid-out document read back as lines for the layout
 * tests: LAY_TEXT items grouped by page and baseline, with their left and
 * right ends, size, face and text (running heads and folios, set in gray,
 * left out). Static functions, so each test binary has its own.
 */
#ifndef SHEAF_TEST_LAY_LINES_H
#define SHEAF_TEST_LAY_LINES_H

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pdf/layout/lay.h"


typedef struct line {
    size_t page;
    double y, left, right, size;
    pdf_face face;
    char text[512];
} line;

/* The article's body lines (LAY_TEXT items grouped by page and baseline),
 * running heads and folios left out by their gray. */
static inline size_t
lines_of(const lay_doc *d, line *out, size_t cap)
{
    size_t n = 0;
    for (size_t p = 0; p < d->n_pages; p++) {
        const lay_page *pg = &d->pages[p];
        for (size_t i = 0; i < pg->n_items; i++) {
            const lay_item *it = &pg->items[i];
            if (it->kind != LAY_TEXT || it->gray > 0)
                continue;
            line *l = NULL;
            for (size_t k = 0; k < n; k++)
                if (out[k].page == p && fabs(out[k].y - it->y) < 0.01)
                    l = &out[k];
            if (!l) {
                if (n == cap)
                    continue;
                l = &out[n++];
                memset(l, 0, sizeof *l);
                l->page = p;
                l->y = it->y;
                l->left = it->x;
                l->right = it->x + it->w;
                l->size = it->size;
                l->face = it->face;
            }
            if (it->x < l->left)
                l->left = it->x;
            if (it->x + it->w > l->right)
                l->right = it->x + it->w;
            size_t used = strlen(l->text);
            snprintf(l->text + used, sizeof l->text - used, "%s%.*s", used ? " " : "",
                     (int)it->len, it->text);
        }
    }
    return n;
}

static inline const line *
find(const line *ls, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(ls[i].text, s))
            return &ls[i];
    return NULL;
}

static inline size_t
count_in(const line *ls, size_t n, const char *s)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (const char *p = strstr(ls[i].text, s); p; p = strstr(p + 1, s))
            k++;
    return k;
}

#endif
