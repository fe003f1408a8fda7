/*
 * b64.h - base64, for the pictures pages carry as data: URIs (and the
 * drawings the HTML reader hands on as such).
 */
#ifndef SHEAF_B64_H
#define SHEAF_B64_H

#include <stddef.h>
#include <stdint.h>

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
