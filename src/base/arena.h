/*
 * arena.h - one region per build: allocate many, free once.
 *
 * Every node, string and table reachable from a build lives in its arena and
 * is released by arena_free(). Allocation failure aborts (xmalloc), so callers
 * never check for NULL.
 */
#ifndef SHEAF_ARENA_H
#define SHEAF_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct arena arena;

/** Create an empty arena. Never returns NULL. */
arena *arena_new(void);

/** Release the arena and everything allocated from it. NULL is a no-op. */
void arena_free(arena *a);

/** Drop every allocation but keep the first block for reuse (scratch arenas). */
void arena_reset(arena *a);

/** Zeroed, max-aligned memory that lives as long as the arena. */
void *arena_alloc(arena *a, size_t size);

/** Grow the last allocation or copy it; `old` must come from this arena. */
void *arena_realloc(arena *a, void *old, size_t old_size, size_t new_size);

/** NUL-terminated copies. NULL in gives NULL out. */
char *arena_strdup(arena *a, const char *s);
char *arena_strndup(arena *a, const char *s, size_t n);

/** printf into the arena. */
char *arena_printf(arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *arena_vprintf(arena *a, const char *fmt, va_list ap);

/** Bytes handed out so far (for benchmarks and caps). */
size_t arena_used(const arena *a);

/* Plain heap allocation that aborts on failure. */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);

#endif
