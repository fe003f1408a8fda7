/*
 * open_tags.c - which elements a piece of raw HTML leaves open. Markdown
 * writers centre a README's logo and tagline with a `<div align="center">`
 * on its own lines, Markdown after it, and `</div>` further down: each raw
 * block is parsed apart, so the alignment only reaches the Markdown through
 * this record of the tags left open between them.
 *
 * A tag scan, not a parse: it reads start and end tags with their align and
 * style attributes, skips comments, void elements and self-closed tags, and
 * pops an end tag's element with whatever was left open inside it, as a
 * browser would. An end tag with no open element of its name is ignored.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "html_int.h"

/* A paragraph or a heading holds no blocks: the next block a Markdown
 * writer adds closes it, as a browser closes an open <p>. */
static bool
holds_no_blocks(const char *tag)
{
    return !strcmp(tag, "p") || (tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' && tag[2] == '\0');
}

static bool
is_void(const char *tag)
{
    static const char *const voids[] = {"area",  "base",   "br",    "col",  "embed",
                                        "hr",    "img",    "input", "link", "meta",
                                        "param", "source", "track", "wbr",  NULL};
    for (size_t i = 0; voids[i]; i++)
        if (!strcmp(tag, voids[i]))
            return true;
    return false;
}

/* An attribute's value at s (after "name="), copied into out, NUL-ended;
 * returns the bytes read. */
static size_t
attr_value(const char *s, const char *e, char *out, size_t cap)
{
    const char *p = s;
    char q = 0;
    if (p < e && (*p == '"' || *p == '\'')) {
        q = *p++;
    }
    size_t k = 0;
    while (p < e && (q ? *p != q : (*p != ' ' && *p != '>' && *p != '\t' && *p != '\n'))) {
        if (k + 1 < cap)
            out[k++] = *p;
        p++;
    }
    out[k] = '\0';
    if (q && p < e)
        p++;
    return (size_t)(p - s);
}

/* What a start tag's attributes (s..e, after its name) say about
 * alignment: its style first, then an align attribute, as align.c reads. */
static rd_html_align
tag_said(const char *tag, const char *s, const char *e)
{
    if (!strcmp(tag, "center"))
        return RD_HTML_ALIGN_CENTRE;
    if (!strcmp(tag, "td") || !strcmp(tag, "th") || !strcmp(tag, "table") || !strcmp(tag, "li"))
        return RD_HTML_ALIGN_OTHER; /* cells and items have their own */
    rd_html_align style = RD_HTML_ALIGN_UNSAID, align = RD_HTML_ALIGN_UNSAID;
    const char *p = s;
    while (p < e) {
        while (p < e && !isalpha((unsigned char)*p))
            p++;
        const char *name = p;
        while (p < e && (isalnum((unsigned char)*p) || *p == '-'))
            p++;
        size_t n = (size_t)(p - name);
        while (p < e && (*p == ' ' || *p == '\t' || *p == '\n'))
            p++;
        if (p >= e || *p != '=')
            continue;
        p++;
        while (p < e && (*p == ' ' || *p == '\t' || *p == '\n'))
            p++;
        char v[256];
        p += attr_value(p, e, v, sizeof v);
        if (n == 5 && !strncasecmp(name, "style", 5))
            style = rd_html_align_style(v);
        else if (n == 5 && !strncasecmp(name, "align", 5))
            align = rd_html_align_value(v);
    }
    return style != RD_HTML_ALIGN_UNSAID ? style : align;
}

static void
push(rd_html_open_tags *t, const char *tag, rd_html_align said)
{
    if (t->n == RD_HTML_OPEN_MAX) {
        t->over++;
        return;
    }
    memcpy(t->tag[t->n], tag, sizeof t->tag[0]);
    t->said[t->n++] = said;
}

static void
pop(rd_html_open_tags *t, const char *tag)
{
    if (t->over) {
        t->over--; /* (the deepest ones were never recorded; an end tag
                      closes one of them, whatever its name) */
        return;
    }
    for (size_t i = t->n; i-- > 0;)
        if (!strcmp(t->tag[i], tag)) {
            t->n = i;
            return;
        }
}

void
rd_html_open_tags_scan(rd_html_open_tags *t, const char *html, size_t len)
{
    const char *p = html, *e = html + len;
    while (p < e) {
        const char *lt = memchr(p, '<', (size_t)(e - p));
        if (!lt)
            return;
        p = lt + 1;
        if (e - p >= 3 && !memcmp(p, "!--", 3)) {
            const char *end = p + 3;
            while (end + 3 <= e && memcmp(end, "-->", 3))
                end++;
            p = end + 3 <= e ? end + 3 : e;
            continue;
        }
        bool closing = p < e && *p == '/';
        if (closing)
            p++;
        char tag[sizeof t->tag[0]];
        size_t k = 0;
        while (p < e && isalnum((unsigned char)*p)) {
            if (k + 1 < sizeof tag)
                tag[k++] = (char)tolower((unsigned char)*p);
            p++;
        }
        tag[k] = '\0';
        if (!k)
            continue; /* "<" in text, "<!DOCTYPE", "<?xml" */
        const char *attrs = p;
        char q = 0;
        while (p < e && (q || *p != '>')) {
            if (q && *p == q)
                q = 0;
            else if (!q && (*p == '"' || *p == '\''))
                q = *p;
            p++;
        }
        bool self = p > attrs && p[-1] == '/';
        const char *end = p;
        if (p < e)
            p++;
        if (closing)
            pop(t, tag);
        else if (!self && !is_void(tag) && !holds_no_blocks(tag))
            push(t, tag, tag_said(tag, attrs, end));
    }
}

bool
rd_html_open_tags_centred(const rd_html_open_tags *t)
{
    for (size_t i = t->n; i-- > 0;)
        if (t->said[i] != RD_HTML_ALIGN_UNSAID)
            return t->said[i] == RD_HTML_ALIGN_CENTRE;
    return false;
}
