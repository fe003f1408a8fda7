/*
 * buf.h - growable byte buffer with an optional maximum size (curl's dynbuf).
 *
 * Heap-backed, for output that can be large (EPUB entries, PDF streams, JSON).
 * A buffer that would pass its cap refuses the append and stays valid.
 */
#ifndef SHEAF_BUF_H
#define SHEAF_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct buf {
    char *data;  /* NUL-terminated when non-NULL */
    size_t len;  /* bytes used, not counting the NUL */
    size_t cap;  /* bytes allocated */
    size_t max;  /* 0 = unlimited */
} buf;

/** Start empty with a maximum size (0 = none). */
void buf_init(buf *b, size_t max);

/** Free the storage; the buffer may be reused after buf_init. */
void buf_cleanup(buf *b);

/** Append bytes. Returns 0, or -1 if the cap would be passed (nothing added). */
int buf_add(buf *b, const void *data, size_t len);
int buf_adds(buf *b, const char *s);
int buf_addc(buf *b, char c);
int buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vprintf(buf *b, const char *fmt, va_list ap);

/** Append a JSON string literal (quotes included) for UTF-8 text s[0..len). */
int buf_add_json(buf *b, const char *s, size_t len);

/** Forget the contents but keep the storage. */
void buf_clear(buf *b);

/** Hand the storage to the caller (free() it); the buffer is left empty. */
char *buf_take(buf *b, size_t *len);

#endif
