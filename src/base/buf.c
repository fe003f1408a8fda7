/*
 * buf.c - growable bytes with a cap. Grows by doubling; every failure path
 * leaves the previous contents intact.
 */
#include "buf.h"

#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
buf_init(buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
}

void
buf_cleanup(buf *b)
{
    free(b->data);
    buf_init(b, b->max);
}

static int
buf_grow(buf *b, size_t extra)
{
    if (extra > (size_t)-1 / 2 - b->len)
        return -1;
    size_t need = b->len + extra + 1;
    if (b->max && need - 1 > b->max)
        return -1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
    return 0;
}

int
buf_add(buf *b, const void *data, size_t len)
{
    if (buf_grow(b, len) < 0)
        return -1;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

int
buf_adds(buf *b, const char *s)
{
    return buf_add(b, s, strlen(s));
}

int
buf_addc(buf *b, char c)
{
    return buf_add(b, &c, 1);
}

int
buf_vprintf(buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || buf_grow(b, (size_t)n) < 0)
        return -1;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int
buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

int
buf_add_json(buf *b, const char *s, size_t len)
{
    int rc = buf_addc(b, '"');
    size_t start = 0;
    for (size_t i = 0; i < len && rc == 0; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
            continue;
        rc |= buf_add(b, s + start, i - start);
        switch (c) {
        case '"': rc |= buf_adds(b, "\\\""); break;
        case '\\': rc |= buf_adds(b, "\\\\"); break;
        case '\n': rc |= buf_adds(b, "\\n"); break;
        case '\t': rc |= buf_adds(b, "\\t"); break;
        case '\r': rc |= buf_adds(b, "\\r"); break;
        default: rc |= buf_printf(b, "\\u%04x", c); break;
        }
        start = i + 1;
    }
    if (rc == 0)
        rc |= buf_add(b, s + start, len - start);
    rc |= buf_addc(b, '"');
    return rc ? -1 : 0;
}

void
buf_clear(buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *
buf_take(buf *b, size_t *len)
{
    char *p = b->data;
    if (len)
        *len = b->len;
    if (!p)
        p = xcalloc(1, 1);
    buf_init(b, b->max);
    return p;
}
