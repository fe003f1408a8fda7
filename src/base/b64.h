/*
 * b64.h - base64, for the pictures pages carry as data: URIs (and the
 * drawings the HTML reader hands on as such).
 */
#ifndef SHEAF_B64_H
#define SHEAF_B64_H

#include <stddef.h>
#include <stdint.h>

/**
 * Longest data: URI picture (base64 characters) a page keeps and the
 * writers decode: a page saved whole (SingleFile) carries its photographs
 * so, at full size. The page itself is capped at READER_MAX_BYTES.
 */
#define B64_MAX_DATA_URI (16u * 1024u * 1024u)

/**
 * Decode base64 s[0..n) (standard or URL-safe alphabet; white space
 * skipped; stops at the first '=') into out, which has room for n / 4 * 3
 * + 3 bytes. Returns the bytes written, or SIZE_MAX when s holds any other
 * character.
 */
size_t b64_decode(const char *s, size_t n, unsigned char *out);

/**
 * The payload of a "data:<type>;base64,<data>" URI: *data points into uri
 * after the comma and *n is its length. Returns 0, or -1 when uri is not a
 * base64 data: URI.
 */
int b64_data_uri(const char *uri, const char **data, size_t *n);

/**
 * Encode s[0..n) in standard base64 with padding into out, which has room
 * for (n + 2) / 3 * 4 + 1 bytes; NUL-terminated. Returns its length.
 */
size_t b64_encode(const unsigned char *s, size_t n, char *out);

#endif
