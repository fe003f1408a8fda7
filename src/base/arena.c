/*
 * arena.c - bump allocator over a chain of blocks.
 *
 * Blocks start at 64 KiB (MuPDF's fz_pool size) and double up to 1 MiB; a
 * request larger than a block gets a block of its own so big strings do not
 * waste the tail of the current block.
 */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_MIN_BLOCK (64u * 1024u)
#define ARENA_MAX_BLOCK (1024u * 1024u)
#define ARENA_ALIGN alignof(max_align_t)

typedef struct block {
    struct block *next;
    size_t size; /* usable bytes after the header */
    size_t used;
    alignas(max_align_t) unsigned char data[];
} block;

struct arena {
    block *head;      /* current block, newest first */
    size_t next_size; /* size of the next block to allocate */
    size_t total;     /* bytes handed out */
};

static void
oom(size_t size)
{
    fprintf(stderr, "sheaf: out of memory (wanted %zu bytes)\n", size);
    abort();
}

void *
xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        oom(size);
    return p;
}

void *
xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom(n * size);
    return p;
}

void *
xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q)
        oom(size);
    return q;
}

char *
xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = xmalloc(n);
    memcpy(p, s, n);
    return p;
}

static block *
block_new(size_t size)
{
    block *b = xmalloc(sizeof(block) + size);
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

arena *
arena_new(void)
{
    arena *a = xcalloc(1, sizeof(*a));
    a->next_size = ARENA_MIN_BLOCK;
    return a;
}

void
arena_free(arena *a)
{
    if (!a)
        return;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void
arena_reset(arena *a)
{
    block *keep = NULL;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        if (!next) {
            keep = b; /* the oldest block: the one a scratch arena reuses */
        } else {
            free(b);
        }
        b = next;
    }
    if (keep)
        keep->used = 0;
    a->head = keep;
    a->total = 0;
}

static size_t
align_up(size_t n)
{
    return (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
}

/* Memory from the arena, not yet zeroed. */
static void *
alloc_raw(arena *a, size_t size)
{
    size = align_up(size ? size : 1);
    if (size > SIZE_MAX / 2)
        oom(size);
    block *b = a->head;
    if (!b || b->size - b->used < size) {
        if (size > a->next_size / 4) {
            /* A big request gets its own block behind the current one so
             * the current block's free space stays usable. */
            block *big = block_new(size);
            big->used = size;
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                a->head = big;
            }
            a->total += size;
            return big->data;
        }
        b = block_new(a->next_size);
        b->next = a->head;
        a->head = b;
        if (a->next_size < ARENA_MAX_BLOCK)
            a->next_size *= 2;
    }
    void *p = b->data + b->used;
    b->used += size;
    a->total += size;
    return p;
}

void *
arena_alloc(arena *a, size_t size)
{
    void *p = alloc_raw(a, size);
    memset(p, 0, align_up(size ? size : 1));
    return p;
}

void *
arena_realloc(arena *a, void *old, size_t old_size, size_t new_size)
{
    if (new_size <= old_size)
        return old;
    block *b = a->head;
    if (old && b && (unsigned char *)old + align_up(old_size) == b->data + b->used &&
        (unsigned char *)old >= b->data) {
        size_t extra = align_up(new_size) - align_up(old_size);
        if (b->size - b->used >= extra) {
            b->used += extra;
            a->total += extra;
            memset((unsigned char *)old + old_size, 0, new_size - old_size);
            return old;
        }
    }
    /* only the new tail needs zeroing: the copy covers the rest */
    unsigned char *p = alloc_raw(a, new_size);
    size_t keep = old ? old_size : 0;
    if (keep)
        memcpy(p, old, keep);
    memset(p + keep, 0, new_size - keep);
    return p;
}

char *
arena_strndup(arena *a, const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *
arena_strdup(arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *
arena_vprintf(arena *a, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return arena_strdup(a, "");
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *
arena_printf(arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

size_t
arena_used(const arena *a)
{
    return a->total;
}
