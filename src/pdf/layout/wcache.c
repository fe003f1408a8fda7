/*
 * wcache.c - a memo of text widths in front of the caller's pdf_metrics.
 *
 * Layout asks for the width of every word (and again for its pieces when a
 * paragraph needs hyphenation); a collection repeats the same few thousand
 * words, and a real font's width call shapes text, which costs far more
 * than a hash lookup. Short strings (<= 48 bytes) are memoised by (face,
 * size, bytes) in an open-addressing table that doubles up to a fixed cap;
 * past the cap, misses simply call through. Other calls pass through.
 */
#include "lay_int.h"

#include <stdlib.h>
#include <string.h>

#define WC_MAX_KEY 48
#define WC_MAX_CAP (1u << 20)

typedef struct wc_entry {
    uint64_t h;
    const char *key; /* NULL = empty slot */
    uint32_t len;
    pdf_face face;
    double size;
    double w;
} wc_entry;

static uint64_t
wc_hash(pdf_face face, double size, const char *s, size_t len)
{
    uint64_t h, sz;
    memcpy(&sz, &size, sizeof sz);
    h = (sz ^ ((uint64_t)face << 56) ^ len) * 0x9E3779B97F4A7C15ull;
    /* eight bytes a step: words are short, lookups are many */
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    uint64_t tail = 0;
    memcpy(&tail, s + i, len - i);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

static void
wc_grow(lay_wcache *c)
{
    size_t nc = c->cap ? c->cap * 2 : 4096;
    wc_entry *t = xcalloc(nc, sizeof *t);
    for (size_t i = 0; i < c->cap; i++) {
        wc_entry *e = &((wc_entry *)c->table)[i];
        if (!e->key)
            continue;
        size_t j = e->h & (nc - 1);
        while (t[j].key)
            j = (j + 1) & (nc - 1);
        t[j] = *e;
    }
    free(c->table);
    c->table = t;
    c->cap = nc;
}

static double
wc_width(void *ud, pdf_face face, double size, const char *s, size_t len)
{
    lay_wcache *c = ud;
    const pdf_metrics *in = c->inner;
    if (len == 0 || len > WC_MAX_KEY)
        return in->width(in->ud, face, size, s, len);
    if (c->n * 2 >= c->cap && c->cap < WC_MAX_CAP)
        wc_grow(c);
    wc_entry *t = c->table;
    uint64_t h = wc_hash(face, size, s, len);
    size_t mask = c->cap - 1, i = h & mask;
    while (t[i].key) {
        if (t[i].h == h && t[i].len == len && t[i].face == face && t[i].size == size &&
            memcmp(t[i].key, s, len) == 0)
            return t[i].w;
        i = (i + 1) & mask;
    }
    double w = in->width(in->ud, face, size, s, len);
    if (c->n * 2 < c->cap) {
        t[i] = (wc_entry){h, arena_strndup(c->keys, s, len), (uint32_t)len, face, size, w};
        c->n++;
    }
    return w;
}

static double
wc_kern(void *ud, pdf_face face, double size, uint32_t a, uint32_t b)
{
    lay_wcache *c = ud;
    return c->inner->kern(c->inner->ud, face, size, a, b);
}

static double
wc_ascent(void *ud, pdf_face face, double size)
{
    lay_wcache *c = ud;
    return c->inner->ascent(c->inner->ud, face, size);
}

static double
wc_descent(void *ud, pdf_face face, double size)
{
    lay_wcache *c = ud;
    return c->inner->descent(c->inner->ud, face, size);
}

void
lay_wcache_init(lay_wcache *c, const pdf_metrics *inner, pdf_metrics *out)
{
    memset(c, 0, sizeof *c);
    c->inner = inner;
    c->keys = arena_new();
    wc_grow(c);
    out->ud = c;
    out->width = wc_width;
    out->kern = inner->kern ? wc_kern : NULL;
    out->ascent = wc_ascent;
    out->descent = wc_descent;
}

void
lay_wcache_cleanup(lay_wcache *c)
{
    free(c->table);
    arena_free(c->keys);
    memset(c, 0, sizeof *c);
}
