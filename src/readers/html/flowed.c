/*
 * flowed.c - a mail's text sent as format=flowed (RFC 3676): its writer
 * wrapped each paragraph for the wire and marked every soft break with a
 * space at the line's end, so the paragraph can be put back together
 * exactly, where the text reader's hard-wrap joiner could only guess.
 *
 * A line ending in a space runs on into the next line of the same quote
 * depth ("> " marks, counted); with DelSp=yes that space was added for
 * the wrapping and goes. A space at a line's start was put there to guard
 * it (space-stuffing, RFC 3676 §4.4) and goes. The signature separator
 * "-- " is never flowed. A flowed line over an empty one still ends its
 * paragraph: writers that leave a space after a paragraph's last word
 * are common, and losing the paragraph break would be worse than keeping
 * a break the RFC would have joined.
 */
#include "html_int.h"

#include <string.h>

/* The line [s, s + n) with its quote depth counted and its marks and
 * stuffing space taken off. */
static size_t
quote_depth(const char **s, size_t *n)
{
    size_t depth = 0;
    while (depth < *n && (*s)[depth] == '>')
        depth++;
    *s += depth, *n -= depth;
    if (*n && **s == ' ')
        (*s)++, (*n)--;
    return depth;
}

char *
rd_html_unflow(arena *a, const char *text, bool delsp, uint32_t **from, uint32_t *n_lines)
{
    size_t len = strlen(text), lines = 2;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n';
    /* a line grows by one byte at most: the space after its quote marks
       (">text" is written "> text") or the line end the last line lacks */
    char *o = arena_alloc(a, len + lines + 1);
    uint32_t *at = arena_alloc(a, lines * sizeof *at);
    size_t k = 0;
    uint32_t out = 0, line = 1;
    bool open = false; /* the last line written runs on into the next */
    size_t open_depth = 0;
    for (const char *p = text; p < text + len;) {
        const char *nl = memchr(p, '\n', (size_t)(text + len - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(text + len - p);
        const char *s = p;
        if (n && s[n - 1] == '\r')
            n--;
        bool sig = n == 3 && memcmp(s, "-- ", 3) == 0;
        size_t depth = sig ? 0 : quote_depth(&s, &n);
        if (open && (depth != open_depth || n == 0 || sig)) {
            o[k++] = '\n'; /* the flowed line is fixed after all */
            open = false;
        }
        if (!open) {
            at[++out] = line;
            for (size_t q = 0; q < depth; q++)
                o[k++] = '>';
            if (depth && n)
                o[k++] = ' ';
        }
        bool flows = !sig && n && s[n - 1] == ' ';
        size_t keep = flows && delsp ? n - 1 : n;
        memcpy(o + k, s, keep);
        k += keep;
        if (flows) {
            open = true, open_depth = depth;
        } else {
            o[k++] = '\n';
            open = false;
        }
        line++;
        if (!nl)
            break;
        p = nl + 1;
    }
    if (open)
        o[k++] = '\n';
    o[k] = '\0';
    *from = at;
    *n_lines = out;
    return o;
}
