/*
 * xw.c - the thin layer over libxml2's xmlTextWriter that every XML file of
 * the book is written with, and the small text rules that go with it.
 *
 * Markup is never assembled from strings: elements, attributes and text
 * go through the writer, which escapes them. On top of that, characters
 * XML 1.0 cannot carry at all (C0 controls, U+FFFE/U+FFFF, broken UTF-8)
 * are dropped here, so no input text can make a page ill-formed; and
 * URLs are admitted to href only with a safe scheme, percent-encoded.
 */
#include "epub_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "../base/utf8.h"

#define XW_ONES ((uint64_t)0x0101010101010101u)
#define XW_HIGHS ((uint64_t)0x8080808080808080u)

static uint64_t
xw_load8(const char *s)
{
    uint64_t v;
    memcpy(&v, s, 8);
    return v;
}

void
epub_xw_begin(epub_xw *x, arena *a)
{
    x->a = a;
    x->xbuf = xmlBufferCreate();
    x->w = xmlNewTextWriterMemory(x->xbuf, 0);
    xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL);
}

void
epub_xw_start(epub_xw *x, const char *name)
{
    xmlTextWriterStartElement(x->w, BAD_CAST name);
}

void
epub_xw_attr(epub_xw *x, const char *name, const char *value)
{
    if (!value)
        return;
    /* Attribute values come from inputs too: same filtering as text. */
    size_t len = strlen(value);
    size_t bad;
    bool clean = utf8_valid(value, len, &bad);
    for (size_t i = 0; clean && i < len; i++)
        if ((unsigned char)value[i] < 0x20)
            clean = false;
    if (clean) {
        xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST value);
        return;
    }
    char *copy = arena_alloc(x->a, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_decode(value + i, len - i, &cp);
        if (k == 0) {
            i++;
            continue;
        }
        if (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
            memcpy(copy + n, value + i, k);
            n += k;
        } else if (cp == '\t' || cp == '\n' || cp == '\r') {
            copy[n++] = ' ';
        }
        i += k;
    }
    copy[n] = '\0';
    xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST copy);
}

void
epub_xw_end(epub_xw *x)
{
    xmlTextWriterEndElement(x->w);
}

void
epub_xw_text(epub_xw *x, const char *s, size_t len)
{
    if (!s || !len)
        return;
    bool clean = true;
    for (size_t i = 0; i < len && clean; i++) {
        /* Eight plain ASCII bytes at a time (no control, no high byte). */
        while (len - i >= 8 && !(xw_load8(s + i) & XW_HIGHS) &&
               !((xw_load8(s + i) - XW_ONES * 0x20) & ~xw_load8(s + i) & XW_HIGHS))
            i += 8;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            clean = false;
        else if (c == 0xEF && i + 2 < len && (unsigned char)s[i + 1] == 0xBF &&
                 (unsigned char)s[i + 2] >= 0xBE)
            clean = false; /* U+FFFE, U+FFFF */
    }
    size_t bad;
    if (clean && s[len] == '\0' && utf8_valid(s, len, &bad)) {
        xmlTextWriterWriteString(x->w, BAD_CAST s);
        return;
    }
    char *copy = arena_alloc(x->a, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        if (k == 0) {
            i++;
            continue;
        }
        if ((cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') && cp != 0xFFFE &&
            cp != 0xFFFF) {
            memcpy(copy + n, s + i, k);
            n += k;
        }
        i += k;
    }
    copy[n] = '\0';
    xmlTextWriterWriteString(x->w, BAD_CAST copy);
}

void
epub_xw_elem(epub_xw *x, const char *name, const char *text)
{
    epub_xw_start(x, name);
    if (text)
        epub_xw_text(x, text, strlen(text));
    epub_xw_end(x);
}

void
epub_xw_nl(epub_xw *x)
{
    xmlTextWriterWriteString(x->w, BAD_CAST "\n");
}

const char *
epub_xw_finish(epub_xw *x, size_t *len)
{
    xmlTextWriterEndDocument(x->w);
    xmlFreeTextWriter(x->w);
    size_t n = (size_t)xmlBufferLength(x->xbuf);
    char *out = arena_strndup(x->a, (const char *)xmlBufferContent(x->xbuf), n);
    xmlBufferFree(x->xbuf);
    x->w = NULL;
    x->xbuf = NULL;
    *len = n;
    return out;
}

void
epub_xw_page(epub_xw *x, epub_book *bk, const char *title, const char *lang)
{
    xmlTextWriterWriteDTD(x->w, BAD_CAST "html", NULL, NULL, NULL);
    epub_xw_nl(x);
    epub_xw_start(x, "html");
    epub_xw_attr(x, "xmlns", "http://www.w3.org/1999/xhtml");
    epub_xw_attr(x, "xmlns:epub", "http://www.idpf.org/2007/ops");
    epub_xw_attr(x, "lang", lang ? lang : bk->language);
    epub_xw_attr(x, "xml:lang", lang ? lang : bk->language);
    if (doc_lang_rtl(lang ? lang : bk->language))
        epub_xw_attr(x, "dir", "rtl");
    epub_xw_nl(x);
    epub_xw_start(x, "head");
    epub_xw_start(x, "meta");
    epub_xw_attr(x, "charset", "utf-8");
    epub_xw_end(x);
    epub_xw_elem(x, "title", title && title[0] ? title : bk->m->title);
    epub_xw_start(x, "link");
    epub_xw_attr(x, "rel", "stylesheet");
    epub_xw_attr(x, "type", "text/css");
    epub_xw_attr(x, "href", EPUB_CSS_HREF);
    epub_xw_end(x);
    epub_xw_end(x);
    epub_xw_nl(x);
    epub_xw_start(x, "body");
    epub_xw_nl(x);
}

const char *
epub_xw_page_finish(epub_xw *x, size_t *len)
{
    epub_xw_end(x); /* body */
    epub_xw_nl(x);
    epub_xw_end(x); /* html */
    epub_xw_nl(x);
    return epub_xw_finish(x, len);
}


/* A strong right-to-left letter: Hebrew, Arabic, Syriac, Thaana, NKo,
 * Samaritan, Mandaic and their presentation forms. */
static bool
rtl_char(uint32_t cp)
{
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF) || (cp >= 0x10800 && cp <= 0x10FFF) ||
           (cp >= 0x1E800 && cp <= 0x1EFFF);
}

bool
epub_text_has_rtl(const char *s)
{
    if (!s)
        return false;
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        if (k == 0) {
            i++;
            continue;
        }
        if (rtl_char(cp))
            return true;
        i += k;
    }
    return false;
}

bool
epub_lang_same(const char *a, const char *b)
{
    return doc_lang_same(a, b);
}

void
epub_xw_dir(epub_xw *x, const epub_book *bk, const char *lang, const char *text)
{
    bool book_rtl = doc_lang_rtl(bk->language);
    if (lang && lang[0] && !epub_lang_same(lang, bk->language)) {
        epub_xw_attr(x, "lang", lang);
        epub_xw_attr(x, "xml:lang", lang);
        if (doc_lang_rtl(lang) != book_rtl) {
            epub_xw_attr(x, "dir", book_rtl ? "ltr" : "rtl");
            return;
        }
    }
    /* A name of unknown language in the other direction's script: let its
     * letters say which way it runs, isolated from the words around it. */
    if (text && epub_text_has_rtl(text) != book_rtl)
        epub_xw_attr(x, "dir", "auto");
}

/* ---- URLs ---- */

void
epub_xw_url_text(epub_xw *x, const char *s, size_t len)
{
    /* Break after a slash (not inside "//"), or before ? # & = that
     * start a query's parts, so the line ends where the address divides
     * and the next line shows that it goes on (the Chicago rules). */
    size_t from = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool after = c == '/' && i + 1 < len && s[i + 1] != '/' && i > 0 &&
                     !(i >= 2 && s[i - 1] == '/' && s[i - 2] == ':');
        bool before = (c == '?' || c == '#' || c == '&' || c == '=') && i > from;
        if (before) {
            epub_xw_text(x, s + from, i - from);
            epub_xw_start(x, "wbr");
            epub_xw_end(x);
            from = i;
        }
        if (after) {
            epub_xw_text(x, s + from, i + 1 - from);
            epub_xw_start(x, "wbr");
            epub_xw_end(x);
            from = i + 1;
        }
    }
    epub_xw_text(x, s + from, len - from);
}

bool
epub_has_scheme(const char *url, const char *scheme)
{
    size_t n = strlen(scheme);
    return strncasecmp(url, scheme, n) == 0 && url[n] == ':';
}

const char *
epub_safe_url(arena *a, const char *url)
{
    if (!url)
        return NULL;
    while (*url == ' ' || *url == '\t' || *url == '\n')
        url++;
    if (!(epub_has_scheme(url, "http") || epub_has_scheme(url, "https") || epub_has_scheme(url, "mailto") ||
          epub_has_scheme(url, "ftp")))
        return NULL;
    size_t len = strlen(url);
    while (len && (url[len - 1] == ' ' || url[len - 1] == '\n' || url[len - 1] == '\t'))
        len--;
    static const char hex[] = "0123456789ABCDEF";
    char *out = arena_alloc(a, len * 3 + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)url[i];
        bool ok = c > 0x20 && c < 0x7F && !strchr("\"<>\\^`{|}", c);
        if (c == '%') /* an escape stays; a bare % is escaped itself */
            ok = i + 2 < len && isxdigit((unsigned char)url[i + 1]) &&
                 isxdigit((unsigned char)url[i + 2]);
        if (ok) {
            out[n++] = (char)c;
        } else {
            out[n++] = '%';
            out[n++] = hex[c >> 4];
            out[n++] = hex[c & 15];
        }
    }
    out[n] = '\0';
    /* A scheme with nothing after it is no link. */
    const char *colon = strchr(out, ':');
    return colon && colon[1] ? out : NULL;
}
