/*
 * utf8.c - strict UTF-8 (RFC 3629) and the legacy encodings web text
 * arrives in. Binary is told from text by NUL bytes and by the share of C0
 * control characters, which real text never has.
 */
#include "utf8.h"

#include <stdint.h>
#include <string.h>

/* Eight bytes at a time: text is mostly ASCII letters, and checking a
 * word for "any byte >= 0x80" or "any byte < 0x20" costs what checking
 * one byte does. */
#define ONES ((uint64_t)0x0101010101010101u)
#define HIGHS ((uint64_t)0x8080808080808080u)

static uint64_t
load8(const char *s)
{
    uint64_t v;
    memcpy(&v, s, 8);
    return v;
}

/* Non-zero when some byte of v is below n (n <= 0x80). */
static uint64_t
any_below(uint64_t v, unsigned n)
{
    return (v - ONES * n) & ~v & HIGHS;
}

size_t
utf8_decode(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF)
        cp = 0xFFFD;
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF)
        return utf8_encode(0xFFFD, out);
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

bool
utf8_valid(const char *s, size_t len, size_t *bad)
{
    size_t i = 0;
    while (i < len) {
        if (len - i >= 8 && !(load8(s + i) & HIGHS)) {
            i += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (!n) {
            if (bad)
                *bad = i;
            return false;
        }
        i += n;
    }
    return true;
}

size_t
utf8_length(const char *s, size_t len)
{
    size_t count = 0, i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        i += n ? n : 1;
        count++;
    }
    return count;
}

/* Windows-1252 bytes 0x80-0x9F; the rest of the high half is Latin-1. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0xFFFD,
};

uint32_t
utf8_cp1252(unsigned char c)
{
    return c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80] : c;
}

/* Append cp to out, turning CR LF and lone CR into LF. */
static size_t
put_cp(char *out, size_t o, uint32_t cp, uint32_t *prev)
{
    if (cp == '\n' && *prev == '\r') {
        *prev = cp;
        return o; /* the CR already produced the LF */
    }
    *prev = cp;
    if (cp == '\r')
        cp = '\n';
    return o + utf8_encode(cp, out + o);
}

static bool
is_junk_control(uint32_t c)
{
    return c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
}

/* Binary unless controls are rare: real text has none but the odd stray. */
static bool
looks_binary(const char *s, size_t len, size_t *bad)
{
    size_t controls = 0, first = (size_t)-1;
    for (size_t i = 0; i < len; i++) {
        /* Skip words with no byte below 0x20 (most of any text). */
        while (len - i >= 8 && !any_below(load8(s + i), 0x20))
            i += 8;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == 0) {
            *bad = i;
            return true;
        }
        if (is_junk_control(c)) {
            if (first == (size_t)-1)
                first = i;
            controls++;
        }
    }
    if (controls > 8 && controls * 100 > len) {
        *bad = first;
        return true;
    }
    return false;
}

/* Decode UTF-16 to UTF-8. A NUL character is an error (UTF8_SRC_BINARY,
 * *bad its offset) unless `nuls` is given: then NULs are dropped, counted
 * there, and the first one's output offset goes to *bad. */
static utf8_source
from_utf16_nuls(arena *a, const unsigned char *in, size_t len, bool le, char **out, size_t *out_len,
                size_t *bad, size_t *nuls)
{
    size_t units = len / 2;
    char *o = arena_alloc(a, units * 3 + 4);
    size_t n = 0;
    uint32_t prev = 0;
    for (size_t i = 0; i < units; i++) {
        uint32_t u = le ? (uint32_t)(in[2 * i] | (in[2 * i + 1] << 8))
                        : (uint32_t)((in[2 * i] << 8) | in[2 * i + 1]);
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
            uint32_t u2 = le ? (uint32_t)(in[2 * i + 2] | (in[2 * i + 3] << 8))
                             : (uint32_t)((in[2 * i + 2] << 8) | in[2 * i + 3]);
            if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
                i++;
            }
        }
        if (u == 0 && nuls) {
            if ((*nuls)++ == 0)
                *bad = n;
            continue;
        }
        if (u == 0) {
            *bad = 2 + 2 * i;
            *out = NULL;
            return UTF8_SRC_BINARY;
        }
        n = put_cp(o, n, u, &prev);
    }
    o[n] = '\0';
    *out = o;
    *out_len = n;
    return le ? UTF8_SRC_UTF16LE : UTF8_SRC_UTF16BE;
}

static utf8_source
from_utf16(arena *a, const unsigned char *in, size_t len, bool le, char **out, size_t *out_len,
           size_t *bad)
{
    return from_utf16_nuls(a, in, len, le, out, out_len, bad, NULL);
}

/* 'L' or 'B' when the bytes look like UTF-16 without a byte-order mark: in
 * the first pairs, NULs on one side of many (every ASCII character: markup,
 * spaces, digits; even Hebrew or Cyrillic prose has a space every few
 * letters) and almost never on the other. A zero-filled tail has NULs on
 * both sides alike, and UTF-8 text has none. */
static char
sniff_utf16(const unsigned char *u, size_t len)
{
    size_t pairs = len / 2;
    if (pairs > 32768)
        pairs = 32768;
    size_t z_even = 0, z_odd = 0;
    for (size_t i = 0; i < pairs; i++) {
        z_even += u[2 * i] == 0;
        z_odd += u[2 * i + 1] == 0;
    }
    /* Four ASCII characters at least: a NUL or two in a short file say
     * nothing. */
    if (z_odd < 4 && z_even < 4)
        return 0;
    if (z_odd * 10 >= pairs && z_even * 20 <= z_odd)
        return 'L';
    if (z_even * 10 >= pairs && z_odd * 20 <= z_even)
        return 'B';
    return 0;
}

/* Control characters other than NUL and the usual white space, in text
 * already UTF-8 (only its ASCII bytes can be controls). */
static size_t
count_junk(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        while (len - i >= 8 && !any_below(load8(s + i), 0x20))
            i += 8;
        if (i < len && s[i] != 0 && is_junk_control((unsigned char)s[i]))
            n++;
    }
    return n;
}

void
utf8_fix_nuls(arena *a, const char *in, size_t len, utf8_nul_fix *r)
{
    const unsigned char *u = (const unsigned char *)in;
    memset(r, 0, sizeof(*r));
    r->text = in;
    r->len = len;
    bool bom = len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
    const char *nul = memchr(in, 0, len);
    if (!bom && !nul)
        return; /* the common case: one memchr over the file */
    char kind = bom ? (u[0] == 0xFF ? 'L' : 'B') : sniff_utf16(u, len);
    if (kind) {
        char *out;
        size_t out_len, bad = 0, nuls = 0, skip = bom ? 2 : 0;
        from_utf16_nuls(a, u + skip, len - skip, kind == 'L', &out, &out_len, &bad, &nuls);
        /* Bytes that only looked like UTF-16 decode to control junk or
         * stray surrogates (invalid once in UTF-8): then they are read as
         * bytes after all. */
        if (bom || (count_junk(out, out_len) * 100 <= out_len && utf8_valid(out, out_len, &bad))) {
            r->text = out;
            r->len = out_len;
            r->utf16 = kind;
            r->bom = bom;
            r->nuls = nuls;
            r->first_nul = bad;
            return;
        }
    }
    if (!nul)
        return;
    /* Stray NULs: text with its NULs taken out, unless the rest has control
     * characters too (more than one in a hundred bytes), as binary data
     * does and a zero-padded text does not. */
    size_t nuls = 0;
    for (const char *p = nul; p; p = memchr(p + 1, 0, len - (size_t)(p + 1 - in)))
        nuls++;
    size_t junk = count_junk(in, len);
    if (junk && junk * 100 > len - nuls) {
        r->binary = true;
        r->binary_at = (size_t)(nul - in);
        return;
    }
    char *out = arena_alloc(a, len - nuls + 1);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        const char *z = memchr(in + i, 0, len - i);
        size_t k = z ? (size_t)(z - in) - i : len - i;
        memcpy(out + n, in + i, k);
        n += k;
        i += k + (z != NULL);
    }
    out[n] = '\0';
    r->text = out;
    r->len = n;
    r->nuls = nuls;
    r->first_nul = (size_t)(nul - in);
}

utf8_source
utf8_from_bytes(arena *a, const char *in, size_t len, char **out, size_t *out_len,
                size_t *bad_offset)
{
    const unsigned char *u = (const unsigned char *)in;
    size_t bad = 0;
    *out = NULL;
    *out_len = 0;
    *bad_offset = 0;
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return from_utf16(a, u + 2, len - 2, true, out, out_len, bad_offset);
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return from_utf16(a, u + 2, len - 2, false, out, out_len, bad_offset);
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        in += 3;
        len -= 3;
    }
    if (looks_binary(in, len, &bad)) {
        *bad_offset = bad;
        return UTF8_SRC_BINARY;
    }
    bool valid = utf8_valid(in, len, &bad);
    if (valid && !memchr(in, '\r', len)) {
        /* Valid UTF-8 without CRs comes out as it went in: copy it
         * rather than decode and re-encode every character. */
        *out = arena_strndup(a, in, len);
        *out_len = len;
        return UTF8_SRC_UTF8;
    }
    char *o = arena_alloc(a, valid ? len + 1 : len * 3 + 1);
    size_t n = 0, i = 0;
    uint32_t prev = 0;
    while (i < len) {
        uint32_t cp;
        size_t k;
        /* Valid sequences stay as they are; each stray byte is read as
         * Windows-1252, so a mostly-UTF-8 file keeps its good characters. */
        k = utf8_decode(in + i, len - i, &cp);
        if (!k) {
            unsigned char c = (unsigned char)in[i];
            k = 1;
            cp = utf8_cp1252(c);
        }
        n = put_cp(o, n, cp, &prev);
        i += k;
    }
    o[n] = '\0';
    *out = o;
    *out_len = n;
    if (!valid) {
        *bad_offset = bad;
        return UTF8_SRC_CP1252;
    }
    return UTF8_SRC_UTF8;
}

void
utf8_line_col(const char *s, size_t offset, uint32_t *line, uint32_t *col)
{
    uint32_t l = 1;
    size_t start = 0;
    for (size_t i = 0; i < offset && s[i]; i++) {
        if (s[i] == '\n') {
            l++;
            start = i + 1;
        }
    }
    *line = l;
    *col = (uint32_t)(offset - start + 1);
}

bool
utf8_is_space(uint32_t cp)
{
    switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

int
utf8_cp_width(uint32_t cp)
{
    if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
        (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0591 && cp <= 0x05C7) ||
        (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0E31 ||
        (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E) ||
        (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
        (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F))
        return 0; /* zero-width and combining marks (Latin, Hebrew, Arabic, Thai) */
    /* East Asian Wide and Fullwidth (UAX #11), as terminals draw them */
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
        (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0xFE10 && cp <= 0xFE19) ||
        (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6FF) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}
