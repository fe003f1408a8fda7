/*
 * b64.c - base64 (RFC 4648): decoding both alphabets, encoding the standard one.
 */
#include "b64.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static int
b64_value(int ch)
{
    if (ch >= 'A' && ch <= 'Z')
        return ch - 'A';
    if (ch >= 'a' && ch <= 'z')
        return ch - 'a' + 26;
    if (ch >= '0' && ch <= '9')
        return ch - '0' + 52;
    if (ch == '+' || ch == '-')
        return 62;
    if (ch == '/' || ch == '_')
        return 63;
    return -1;
}

size_t
b64_decode(const char *s, size_t n, unsigned char *out)
{
    size_t len = 0;
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n && s[i] != '='; i++) {
        if (isspace((unsigned char)s[i]))
            continue;
        int v = b64_value((unsigned char)s[i]);
        if (v < 0)
            return SIZE_MAX;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[len++] = (unsigned char)((acc >> bits) & 0xFF);
        }
    }
    return len;
}

int
b64_data_uri(const char *uri, const char **data, size_t *n)
{
    if (strncasecmp(uri, "data:", 5) != 0)
        return -1;
    const char *comma = strchr(uri, ',');
    if (!comma || comma - uri < 12 || strncasecmp(comma - 7, ";base64", 7) != 0)
        return -1;
    *data = comma + 1;
    *n = strlen(comma + 1);
    return 0;
}

size_t
b64_encode(const unsigned char *s, size_t n, char *out)
{
    static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t k = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)s[i] << 16;
        if (i + 1 < n)
            v |= (unsigned)s[i + 1] << 8;
        if (i + 2 < n)
            v |= s[i + 2];
        out[k++] = abc[(v >> 18) & 63];
        out[k++] = abc[(v >> 12) & 63];
        out[k++] = i + 1 < n ? abc[(v >> 6) & 63] : '=';
        out[k++] = i + 2 < n ? abc[v & 63] : '=';
    }
    out[k] = '\0';
    return k;
}
