/*
 * utf8.h - UTF-8 decoding and validation, and conversion of other input
 * encodings (UTF-16 with BOM, Windows-1252) to UTF-8.
 */
#ifndef SHEAF_UTF8_H
#define SHEAF_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/**
 * Decode one code point from s[0..len). Returns the bytes consumed (1-4) and
 * stores the code point, or returns 0 for an invalid or truncated sequence
 * (overlongs, surrogates and values past U+10FFFF are invalid).
 */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/** Encode cp into out (at least 4 bytes). Returns the bytes written. */
size_t utf8_encode(uint32_t cp, char *out);

/** True when all of s[0..len) is valid UTF-8; else *bad = first bad offset. */
bool utf8_valid(const char *s, size_t len, size_t *bad);

/** Number of code points (invalid bytes count as one each). */
size_t utf8_length(const char *s, size_t len);

/** The encoding an input was found in. */
typedef enum utf8_source {
    UTF8_SRC_UTF8,      /* valid UTF-8 (a BOM, if any, was stripped) */
    UTF8_SRC_UTF16LE,   /* converted from UTF-16LE (BOM) */
    UTF8_SRC_UTF16BE,   /* converted from UTF-16BE (BOM) */
    UTF8_SRC_CP1252,    /* not UTF-8: converted from Windows-1252 */
    UTF8_SRC_BINARY,    /* NUL bytes or control junk: not text */
} utf8_source;

/**
 * Turn input bytes into NUL-terminated UTF-8 in the arena. Returns how the
 * input was encoded; for UTF8_SRC_BINARY *out is NULL and *bad_offset is the
 * first offending byte. For CP1252, *bad_offset is the first invalid UTF-8
 * byte. CR LF and lone CR become LF.
 */
utf8_source utf8_from_bytes(arena *a, const char *in, size_t len, char **out,
                            size_t *out_len, size_t *bad_offset);

/** What utf8_fix_nuls found. */
typedef struct utf8_nul_fix {
    const char *text; /* the bytes to read on (the input when nothing changed) */
    size_t len;
    char utf16;       /* 'L' or 'B': converted from UTF-16 to UTF-8, else 0 */
    bool bom;         /* the UTF-16 had a byte-order mark */
    size_t nuls;      /* NUL bytes (UTF-16: NUL characters) dropped */
    size_t first_nul; /* offset of the first one in text as returned
                       * (where it was, now its follower) */
    bool binary;      /* NULs among other control bytes: not text at all */
    size_t binary_at; /* offset of the first NUL in the input then */
} utf8_nul_fix;

/**
 * Undo the ways NUL bytes get into a file saved as text, before any reader
 * looks at it. UTF-16 (by its byte-order mark, or without one by the NUL
 * beside each ASCII character) is converted to UTF-8. Other NUL bytes (a
 * truncated download's zero-filled tail) are dropped and counted, unless
 * the bytes around them hold other control characters too, which marks
 * binary data (*binary). Without NULs or UTF-16 the input is returned as
 * it is, uncopied.
 */
void utf8_fix_nuls(arena *a, const char *in, size_t len, utf8_nul_fix *r);

/** Line (1-based) and byte column (1-based) of an offset in text. */
void utf8_line_col(const char *s, size_t offset, uint32_t *line, uint32_t *col);

/** The code point of byte c in Windows-1252 (U+FFFD for its five
 * unassigned bytes). */
uint32_t utf8_cp1252(unsigned char c);

/** True for U+0020, tab, newline, NBSP and the other Unicode spaces. */
bool utf8_is_space(uint32_t cp);

/** Columns cp takes in a monospaced line, as terminals and copied console
 *  output count them: 2 for East Asian wide and fullwidth characters, 0
 *  for joiners, zero-width spaces and combining accents, else 1. */
int utf8_cp_width(uint32_t cp);

#endif
