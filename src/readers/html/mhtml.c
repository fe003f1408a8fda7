/*
 * mhtml.c - web archives (.mhtml, .mht): a page saved by a browser as one
 * file ("Webpage, Single File" in Chrome and Edge), read as the saved page
 * it holds, with its pictures.
 *
 * An archive is a MIME message (RFC 2557): headers saying where and when
 * the page was saved (Snapshot-Content-Location, Date), then parts between
 * boundary lines, each with its own headers (Content-Type,
 * Content-Transfer-Encoding, Content-Location, Content-ID). The first HTML
 * part is the page (later ones are its frames); its pictures are the parts
 * of the picture types both writers take, kept as data: URIs and found
 * by the URL the page names them with (resolved against the page's own
 * location) or by "cid:". Style sheets, scripts and fonts are left. A
 * part is quoted-printable, base64 or as it is; a message of one HTML
 * body is a page too, and multiparts inside the message (a saved mail's
 * text and HTML alternatives, Word's nesting) are read as its parts, a
 * relative Content-Location resolved against the base around it. Nothing
 * is ever fetched.
 *
 * Diagnostics name lines of the archive file: a line of the decoded page
 * is mapped back to the file's line it starts on (quoted-printable joins
 * lines the file breaks at 76 columns), without a column.
 */
#include "html_int.h"
#include "../../base/utf8.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <libxml/uri.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/b64.h"
#include "../../pdf/image/pdf_image.h"

/* Most parts read: a page saves a few hundred resources at most. */
#define MHTML_MAX_PARTS 4096

typedef struct mpart {
    const char *type;     /* Content-Type without parameters, lower case */
    const char *charset;  /* its charset parameter, or NULL */
    const char *boundary; /* a multipart's boundary parameter, or NULL */
    const char *base;     /* Content-Base, or NULL */
    const char *encoding; /* Content-Transfer-Encoding, lower case */
    const char *location; /* Content-Location */
    const char *cid;      /* Content-ID without the angle brackets */
    bool attached;        /* Content-Disposition: attachment (not the message's text) */
    bool flowed, delsp;   /* text/plain; format=flowed; delsp=yes (RFC 3676) */
    const char *body;     /* raw, as in the file */
    size_t body_len;
    uint32_t line;      /* of its first header */
    uint32_t body_line; /* of its body's first line */
} mpart;

typedef struct mreader {
    arena *a;
    const char *p, *end, *start;
    const char *counted; /* lines are counted up to here (line_at) */
    uint32_t line;       /* the line `counted` is on */
} mreader;

/* The line of `at`, counted on from the last one asked for: the reader
 * asks in order, so the file is counted once. */
static uint32_t
line_at(mreader *r, const char *at)
{
    if (!r->counted || at < r->counted)
        r->counted = r->start, r->line = 1;
    for (; r->counted < at; r->counted++)
        r->line += *r->counted == '\n';
    return r->line;
}

/* One header (continuation lines unfolded) as name and value, advancing
 * past it; false at the blank line ending the headers (consumed) or at the
 * end of the text. */
static bool
next_header(mreader *r, char **name, char **value)
{
    if (r->p >= r->end)
        return false;
    const char *eol = memchr(r->p, '\n', (size_t)(r->end - r->p));
    const char *stop = eol ? eol : r->end;
    if (stop == r->p || (stop == r->p + 1 && r->p[0] == '\r')) {
        r->p = eol ? eol + 1 : r->end;
        return false;
    }
    buf b;
    buf_init(&b, 0);
    for (;;) {
        const char *e = stop > r->p && stop[-1] == '\r' ? stop - 1 : stop;
        buf_add(&b, r->p, (size_t)(e - r->p));
        r->p = eol ? eol + 1 : r->end;
        if (r->p >= r->end || (*r->p != ' ' && *r->p != '\t') || b.len > 65536)
            break;
        eol = memchr(r->p, '\n', (size_t)(r->end - r->p));
        stop = eol ? eol : r->end;
    }
    char *line = arena_strndup(r->a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    char *colon = strchr(line, ':');
    if (!colon) {
        *name = line;
        *value = "";
        return true;
    }
    *colon = '\0';
    char *v = colon + 1;
    while (*v == ' ' || *v == '\t')
        v++;
    size_t n = strlen(v);
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
        v[--n] = '\0';
    *name = line;
    *value = v;
    return true;
}

/* The value of parameter `key` in a header value ("multipart/related;
 * type=...; boundary="x""), unquoted; NULL when absent. */
static char *
param(arena *a, const char *value, const char *key)
{
    size_t kl = strlen(key);
    for (const char *p = strchr(value, ';'); p; p = strchr(p + 1, ';')) {
        const char *k = p + 1;
        while (*k == ' ' || *k == '\t')
            k++;
        if (strncasecmp(k, key, kl) != 0)
            continue;
        const char *v = k + kl;
        while (*v == ' ')
            v++;
        if (*v != '=')
            continue;
        v++;
        while (*v == ' ')
            v++;
        if (*v == '"') {
            const char *q = strchr(v + 1, '"');
            return arena_strndup(a, v + 1, q ? (size_t)(q - v - 1) : strlen(v + 1));
        }
        size_t n = strcspn(v, "; \t");
        return arena_strndup(a, v, n);
    }
    return NULL;
}

/* The value before any parameter, lower case. */
static char *
bare(arena *a, const char *value)
{
    size_t n = strcspn(value, "; \t");
    char *s = arena_strndup(a, value, n);
    for (char *q = s; *q; q++)
        *q = (char)tolower((unsigned char)*q);
    return s;
}

/* The format=flowed and delsp=yes parameters of a Content-Type. */
static void
flow_params(arena *a, const char *value, mpart *pt)
{
    const char *f = param(a, value, "format"), *ds = param(a, value, "delsp");
    pt->flowed = f && strcasecmp(f, "flowed") == 0;
    pt->delsp = ds && strcasecmp(ds, "yes") == 0;
}

/* Read a part's headers into *pt. */
static void
part_headers(mreader *r, mpart *pt)
{
    char *name, *value;
    while (next_header(r, &name, &value)) {
        if (strcasecmp(name, "Content-Type") == 0) {
            pt->type = bare(r->a, value);
            pt->charset = param(r->a, value, "charset");
            pt->boundary = param(r->a, value, "boundary");
            flow_params(r->a, value, pt);
        } else if (strcasecmp(name, "Content-Base") == 0) {
            pt->base = value;
        } else if (strcasecmp(name, "Content-Transfer-Encoding") == 0) {
            pt->encoding = bare(r->a, value);
        } else if (strcasecmp(name, "Content-Location") == 0) {
            pt->location = value;
        } else if (strcasecmp(name, "Content-Disposition") == 0) {
            pt->attached = strcasecmp(bare(r->a, value), "attachment") == 0;
        } else if (strcasecmp(name, "Content-ID") == 0) {
            size_t n = strlen(value);
            pt->cid = value[0] == '<' && n > 1 && value[n - 1] == '>'
                          ? arena_strndup(r->a, value + 1, n - 2)
                          : value;
        }
    }
}

/* Is the line at p (to its end) the boundary delimiter "--b" or the
 * closing "--b--"? Trailing white space is allowed. */
static int
delimiter(const char *p, const char *end, const char *b, size_t bl)
{
    if (end - p < (ptrdiff_t)(bl + 2) || p[0] != '-' || p[1] != '-' || memcmp(p + 2, b, bl) != 0)
        return 0;
    const char *q = p + 2 + bl;
    int kind = 1;
    if (end - q >= 2 && q[0] == '-' && q[1] == '-')
        kind = 2, q += 2;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
        q++;
    return q == end || *q == '\n' ? kind : 0;
}

/* Where each line of a decoded page starts in the archive file. */
typedef struct line_map {
    uint32_t *at; /* at[k]: the file line of decoded line k (1-based) */
    uint32_t n;   /* decoded lines mapped */
} line_map;

/* Quoted-printable decoded (soft line breaks joined, =XX as the byte);
 * with map, where each decoded line starts, counting from file line
 * `first`. */
static char *
qp_decode(arena *a, const char *s, size_t n, size_t *out_len, line_map *map, uint32_t first)
{
    char *o = arena_alloc(a, n + 1);
    size_t k = 0;
    uint32_t raw = first;
    if (map) {
        size_t lines = 2;
        for (size_t i = 0; i < n; i++)
            lines += s[i] == '\n';
        map->at = arena_alloc(a, lines * sizeof *map->at);
        map->n = 1;
        map->at[1] = first;
    }
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n') {
            raw++;
            if (map)
                map->at[++map->n] = raw;
        }
        if (s[i] != '=') {
            o[k++] = s[i];
            continue;
        }
        if (i + 1 < n && s[i + 1] == '\n') {
            i++, raw++;
            continue;
        }
        if (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') {
            i += 2, raw++;
            continue;
        }
        if (i + 2 < n && isxdigit((unsigned char)s[i + 1]) && isxdigit((unsigned char)s[i + 2])) {
            char hex[3] = {s[i + 1], s[i + 2], 0};
            o[k++] = (char)strtol(hex, NULL, 16);
            i += 2;
            continue;
        }
        o[k++] = '='; /* a lone '=' is itself */
    }
    o[k] = '\0';
    *out_len = k;
    return o;
}

/* A part's bytes, decoded. */
static char *
part_bytes(arena *a, const mpart *pt, size_t *len)
{
    if (pt->encoding && strcmp(pt->encoding, "quoted-printable") == 0)
        return qp_decode(a, pt->body, pt->body_len, len, NULL, 0);
    if (pt->encoding && strcmp(pt->encoding, "base64") == 0) {
        char *o = arena_alloc(a, pt->body_len / 4 * 3 + 4);
        size_t n = b64_decode(pt->body, pt->body_len, (unsigned char *)o);
        if (n == SIZE_MAX)
            return NULL;
        o[n] = '\0';
        *len = n;
        return o;
    }
    *len = pt->body_len;
    return arena_strndup(a, pt->body, pt->body_len);
}

const char *
rd_html_picture_kind(const char *mime)
{
    static const char *const kinds[] = {"image/png",  "image/jpeg", "image/gif",
                                        "image/webp", "image/avif", NULL};
    for (size_t i = 0; mime && kinds[i]; i++)
        if (strcasecmp(mime, kinds[i]) == 0)
            return kinds[i];
    return mime && strcasecmp(mime, "image/jpg") == 0 ? "image/jpeg" : NULL;
}

const char *
rd_html_picture_uri(arena *a, const char *kind, const unsigned char *bytes, size_t n)
{
    size_t head = strlen(kind) + 13, len = head + (n + 2) / 3 * 4;
    if (!n || len > B64_MAX_DATA_URI)
        return NULL;
    char *uri = arena_alloc(a, len + 1);
    snprintf(uri, head + 1, "data:%s;base64,", kind);
    b64_encode(bytes, n, uri + head);
    return uri;
}

/* A picture part as a data: URI, or NULL when it is of a kind the books
 * do not take, or too big. */
static const char *
picture_uri(arena *a, const mpart *pt)
{
    const char *kind = rd_html_picture_kind(pt->type);
    if (!kind)
        return NULL;
    if (!pt->encoding || strcmp(pt->encoding, "base64") != 0) {
        size_t n = 0;
        char *bytes = part_bytes(a, pt, &n);
        return bytes ? rd_html_picture_uri(a, kind, (const unsigned char *)bytes, n) : NULL;
    }
    /* base64 already: its characters, without the line breaks */
    buf b;
    buf_init(&b, 0);
    buf_printf(&b, "data:%s;base64,", kind);
    size_t head = b.len;
    for (size_t i = 0; i < pt->body_len; i++)
        if (!isspace((unsigned char)pt->body[i]))
            buf_add(&b, pt->body + i, 1);
    const char *uri = NULL;
    if (b.len > head && b.len <= B64_MAX_DATA_URI)
        uri = arena_strndup(a, b.data, b.len);
    buf_cleanup(&b);
    return uri;
}

/* Split the message body at the boundary into parts. */
static size_t
split_parts(mreader *r, const char *boundary, mpart *parts, size_t cap, bool *closed)
{
    size_t bl = strlen(boundary), n = 0;
    *closed = false;
    const char *body = NULL; /* the open part's body start */
    mpart cur;
    while (r->p < r->end) {
        const char *eol = memchr(r->p, '\n', (size_t)(r->end - r->p));
        const char *next = eol ? eol + 1 : r->end;
        int kind = delimiter(r->p, r->end, boundary, bl);
        if (!kind) {
            r->p = next;
            continue;
        }
        if (body && n < cap) {
            /* the line break before the delimiter belongs to it */
            const char *e = r->p;
            if (e > body && e[-1] == '\n')
                e--;
            if (e > body && e[-1] == '\r')
                e--;
            cur.body = body;
            cur.body_len = (size_t)(e - body);
            parts[n++] = cur;
        }
        body = NULL;
        r->p = next;
        if (kind == 2) {
            *closed = true;
            return n;
        }
        memset(&cur, 0, sizeof cur);
        cur.line = line_at(r, r->p);
        part_headers(r, &cur);
        body = r->p;
        cur.body_line = line_at(r, body);
    }
    if (body && n < cap) {
        cur.body = body;
        cur.body_len = (size_t)(r->end - body);
        parts[n++] = cur;
    }
    return n;
}

/* The archive file's line of line `line` of the decoded page. */
static uint32_t
file_line(uint32_t line, const line_map *map, bool b64, uint32_t body_line)
{
    if (map->n) /* quoted-printable: where the decoded line starts */
        return line <= map->n ? map->at[line] : map->at[map->n];
    if (b64)
        return body_line; /* no line of the file is the page's */
    return line + body_line - 1;
}

typedef struct page_lines {
    const line_map *map;
    bool b64;
    uint32_t body_line;
} page_lines;

static uint32_t
archive_line(uint32_t line, const void *ud)
{
    const page_lines *pl = ud;
    return line ? file_line(line, pl->map, pl->b64, pl->body_line) : 0;
}

void
rd_html_relocate(diag_list *d, size_t first, const char *path, doc_node *article,
                 uint32_t (*to_file)(uint32_t line, const void *ud), const void *ud)
{
    for (size_t i = first; i < d->count; i++) {
        diag *g = &d->items[i];
        if (g->file && strcmp(g->file, path) == 0)
            g->line = to_file(g->line, ud), g->col = 0;
    }
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->pos.file && strcmp(x->pos.file, path) == 0)
            x->pos.line = to_file(x->pos.line, ud), x->pos.col = 0;
}

/* A part's Content-Location made absolute against its own Content-Base
 * or else `base` (its multipart's), when it is relative. Without a
 * Content-Base of its own, that location is then the base of what the
 * part holds (RFC 2557 section 5): a multipart's parts resolve against it. */
static void
resolve_location(arena *a, mpart *pt, const char *base)
{
    bool own = pt->base != NULL;
    if (!own)
        pt->base = base;
    if (pt->location && pt->base && !strstr(pt->location, "://") &&
        strncasecmp(pt->location, "cid:", 4) != 0) {
        xmlChar *abs = xmlBuildURI(BAD_CAST pt->location, BAD_CAST pt->base);
        if (abs)
            pt->location = arena_strdup(a, (const char *)abs);
        xmlFree(abs);
    }
    if (!own && pt->location && strncasecmp(pt->location, "cid:", 4) != 0)
        pt->base = pt->location;
}

/* The parts of multiparts inside the message, appended after the
 * others: a saved mail or a Word page nests "multipart/alternative" (the
 * text and the HTML of the same page) inside "multipart/related". A
 * nested part's relative Content-Location is resolved against its
 * multipart's base (RFC 2557 section 5). Each level is inside the last,
 * so the walk ends; MHTML_MAX_PARTS bounds it. */
static size_t
nested_parts(mreader *top, mpart *parts, size_t n)
{
    for (size_t i = 0; i < n && n < MHTML_MAX_PARTS; i++) {
        const mpart *m = &parts[i];
        if (!m->type || strncmp(m->type, "multipart/", 10) != 0 || !m->boundary || !m->boundary[0])
            continue;
        /* lines are counted on from the multipart's body, whose line is
           known: counting from the file's start for each one made many
           multiparts after a large part cost their number times the file */
        mreader r = {top->a, m->body, m->body + m->body_len, top->start, m->body, m->body_line};
        bool closed;
        size_t k = split_parts(&r, m->boundary, parts + n, MHTML_MAX_PARTS - n, &closed);
        for (size_t j = n; j < n + k; j++)
            resolve_location(top->a, &parts[j], m->base);
        n += k;
    }
    return n;
}

/* n bytes in charset cs appended to b as UTF-8; false (b as it was) when
 * iconv does not know cs or the bytes are not in it. */
static bool
to_utf8(buf *b, const char *cs, const char *bytes, size_t n)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1)
        return false;
    /* a byte is mostly one character, but some charsets (TSCII) write a
       syllable of several in one: the output grows until it is enough */
    char *in = (char *)bytes, tmp[256];
    size_t in_left = n, start = b->len;
    bool ok = true;
    while (in_left) {
        char *o = tmp;
        size_t left = sizeof tmp;
        size_t rc = iconv(cd, &in, &in_left, &o, &left);
        buf_add(b, tmp, sizeof tmp - left);
        if (rc == (size_t)-1 && errno != E2BIG) {
            ok = false;
            break;
        }
    }
    iconv_close(cd);
    if (!ok)
        b->len = start;
    return ok;
}

/* One RFC 2047 encoded word's text ("Q" or "B" encoded, in charset cs)
 * as UTF-8 appended to b; false when it cannot be decoded. */
static bool
encoded_word(arena *a, buf *b, const char *cs, char enc, const char *t, size_t n)
{
    char *raw = arena_alloc(a, n + 4);
    size_t k = 0;
    if (enc == 'B' || enc == 'b') {
        k = b64_decode(t, n, (unsigned char *)raw);
        if (k == SIZE_MAX)
            return false;
    } else {
        for (size_t i = 0; i < n; i++) {
            if (t[i] == '_') {
                raw[k++] = ' ';
            } else if (t[i] == '=' && i + 2 < n && isxdigit((unsigned char)t[i + 1]) &&
                       isxdigit((unsigned char)t[i + 2])) {
                char hex[3] = {t[i + 1], t[i + 2], 0};
                raw[k++] = (char)strtol(hex, NULL, 16);
                i += 2;
            } else {
                raw[k++] = t[i];
            }
        }
    }
    if (strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "us-ascii") == 0) {
        buf_add(b, raw, k);
        return true;
    }
    return to_utf8(b, cs, raw, k);
}

/* A decoded header as valid UTF-8 for the XML and JSON it goes into: a
 * byte that is not UTF-8 (a word in a mislabelled charset, a header
 * written in raw 8-bit, as older mailers do) is read as Windows-1252,
 * the charset such headers are mostly in (Latin-1 with curly quotes and
 * dashes where Latin-1 has controls), and a control character (one an
 * encoded word can hold) or a byte Windows-1252 leaves unassigned is a
 * space. */
static char *
header_utf8(arena *a, const char *s, size_t n)
{
    char *out = arena_alloc(a, n * 3 + 1), *o = out;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (k == 0)
            cp = utf8_cp1252((unsigned char)s[i]), k = 1;
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0xFFFD)
            cp = ' ';
        o += utf8_encode(cp, o);
        i += k;
    }
    *o = '\0';
    return out;
}

/* A header value with its RFC 2047 encoded words ("=?UTF-8?Q?Caf=C3=A9?=")
 * decoded to UTF-8; the white space between two encoded words goes, as
 * the RFC says. A word that cannot be decoded stays as written. */
static char *
header_text(arena *a, const char *v)
{
    buf b;
    buf_init(&b, 0);
    const char *p = v, *gap = NULL; /* white space after an encoded word */
    while (*p) {
        const char *q = NULL, *e = NULL;
        char enc = 0;
        if (p[0] == '=' && p[1] == '?') {
            q = strchr(p + 2, '?');
            if (q && q[1] && q[2] == '?') {
                /* the text holds no "?": the word ends at the first one,
                   which keeps an open word from swallowing the rest */
                enc = q[1];
                e = strchr(q + 3, '?');
                if (e && e[1] != '=')
                    e = NULL;
            }
        }
        if (e && strchr("QqBb", enc)) {
            char *cs = arena_strndup(a, p + 2, (size_t)(q - p - 2));
            char *star = strchr(cs, '*'); /* RFC 2231's language */
            if (star)
                *star = '\0';
            size_t mark = b.len;
            if (encoded_word(a, &b, cs, enc, q + 3, (size_t)(e - q - 3))) {
                if (gap) { /* drop the space between two encoded words */
                    size_t g = (size_t)(p - gap);
                    memmove(b.data + mark - g, b.data + mark, b.len - mark);
                    b.len -= g;
                }
                p = gap = e + 2;
                while (*p == ' ' || *p == '\t')
                    buf_add(&b, p++, 1);
                continue;
            }
        }
        gap = NULL;
        buf_add(&b, p++, 1);
    }
    char *out = header_utf8(a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    return out;
}

/* The name in a From header ("Dana Rivera <dana@example.org>", "dana@
 * example.org (Dana Rivera)"), or NULL when it gives an address alone. */
static char *
sender_name(arena *a, const char *from)
{
    char *v = header_text(a, from);
    char *lt = strchr(v, '<');
    char *name = v;
    if (lt) {
        *lt = '\0';
    } else {
        char *lp = strchr(v, '('), *rp = lp ? strchr(lp, ')') : NULL;
        if (!lp || !rp)
            return NULL;
        *rp = '\0';
        name = lp + 1;
    }
    while (*name == ' ' || *name == '"' || *name == '\t')
        name++;
    size_t n = strlen(name);
    while (n && (name[n - 1] == ' ' || name[n - 1] == '"' || name[n - 1] == '\t'))
        name[--n] = '\0';
    return n && !strchr(name, '@') ? name : NULL;
}

/* What a mailing list adds around a letter, in the languages the
 * readers see most: unsubscribing, reading it in a browser, managing
 * preferences, passing it on, why it was sent. */
static const char *const mail_chrome_words[] = {"unsubscribe",
                                                "view in browser",
                                                "view this email",
                                                "view it in your browser",
                                                "view online",
                                                "read in browser",
                                                "read online",
                                                "open in browser",
                                                "email preferences",
                                                "manage your subscription",
                                                "update your preferences",
                                                "manage preferences",
                                                "subscription preferences",
                                                "forward this email",
                                                "forward to a friend",
                                                "receiving this email",
                                                "received this email",
                                                "this email was sent to",
                                                "you are subscribed",
                                                "currently a free subscriber",
                                                "currently a paid subscriber",
                                                "add us to your address book",
                                                "se désabonner",
                                                "désinscri",
                                                "abmelden",
                                                "abbestellen",
                                                "darse de baja",
                                                "cancelar suscripción",
                                                "annulla l'iscrizione",
                                                NULL};

/* Paragraphs looked at from each end of a letter. */
#define MAIL_HEAD 3
#define MAIL_FOOT 8

/* Does the text say one of mail_chrome_words? */
static bool
chrome_said(arena *a, doc_node *x)
{
    char *t = doc_text_of(a, x);
    for (char *p = t; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    for (size_t w = 0; mail_chrome_words[w]; w++)
        if (strstr(t, mail_chrome_words[w]))
            return true;
    return false;
}

/* Does a link inside x say one ("Unsubscribe", "View this email in your
 * browser")? A list's furniture links to what it names; a letter that
 * mentions unsubscribing does not. */
static bool
chrome_link(arena *a, doc_node *x)
{
    doc_iter it;
    doc_node *y;
    doc_iter_init(&it, x);
    for (doc_event ev; (ev = doc_iter_next(&it, &y)) != DOC_EV_NONE;)
        if (ev == DOC_EV_ENTER && y->type == DOC_LINK && chrome_said(a, y))
            return true;
    return false;
}

/* A saved mail's list furniture ("View this email in your browser" over
 * the letter, "Unsubscribe" and "You are receiving this email because"
 * under it) goes: short paragraphs near either end that say one of
 * mail_chrome_words. In the body such words are the letter's own, and in
 * a letter not sent to a list (`listed`: no List-Unsubscribe or List-Id
 * header, no link at its ends that says one) they are all its own: a
 * short personal mail is all ends. */
static void
mail_chrome(arena *a, doc_node *article, bool listed)
{
    size_t n = 0;
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == DOC_PARA)
            n++;
    size_t k = 0;
    doc_node *drop[MAIL_HEAD + MAIL_FOOT];
    size_t n_drop = 0;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || x->type != DOC_PARA)
            continue;
        size_t i = k++;
        doc_iter_skip(&it);
        if (i >= MAIL_HEAD && i + MAIL_FOOT < n)
            continue;
        char *t = doc_text_of(a, x);
        size_t words = 0;
        for (const char *p = t; *p; p++)
            words += (p == t || isspace((unsigned char)p[-1])) && !isspace((unsigned char)*p);
        if (words > 40 || !chrome_said(a, x))
            continue;
        drop[n_drop++] = x;
        listed = listed || chrome_link(a, x);
    }
    if (!listed)
        return;
    doc_meta *m = doc_article_meta(a, article);
    for (size_t i = 0; i < n_drop; i++) {
        doc_meta_add_dropped(a, m, doc_text_of(a, drop[i]));
        doc_unlink(drop[i]);
    }
}

/* The page of an archive read with its pictures: the other parts of the
 * kinds the books take, found by location or cid. */
static int
read_page(arena *a, arena *tmp, diag_list *d, const char *path, const char *html, size_t html_len,
          const reader_options *opt, doc_node *article, const mpart *parts, size_t n,
          const mpart *page, const char *snapshot, const char *saved_on)
{
    rd_html_archive ar = {.page = page->location ? page->location
                                  : page->base   ? page->base
                                                 : snapshot,
                          .saved_from = snapshot ? snapshot : page->location,
                          .date = saved_on,
                          .charset = page->charset};
    ar.locs = arena_alloc(tmp, (n + 1) * sizeof *ar.locs);
    ar.cids = arena_alloc(tmp, (n + 1) * sizeof *ar.cids);
    ar.uris = arena_alloc(tmp, (n + 1) * sizeof *ar.uris);
    for (size_t i = 0; i < n; i++) {
        const char *uri = &parts[i] == page ? NULL : picture_uri(tmp, &parts[i]);
        if (!uri)
            continue;
        ar.locs[ar.n] = parts[i].location;
        ar.cids[ar.n] = parts[i].cid;
        ar.uris[ar.n] = uri;
        ar.n++;
    }
    return rd_html_read_archive(a, d, path, html, html_len, opt, article, &ar);
}

/* A mail's plain text as UTF-8 with LF line ends, from its charset (UTF-8
 * when it names none it is read in; a charset iconv does not know, or
 * bytes it does not hold, are read as UTF-8 or else Windows-1252, with a
 * warning). NULL after an error: not text. */
static char *
letter_text(arena *a, diag_list *d, const char *path, const mpart *pt, const char *bytes, size_t n)
{
    const char *cs = pt->charset;
    char *conv = NULL;
    size_t conv_len = 0;
    if (cs && strcasecmp(cs, "utf-8") != 0 && strcasecmp(cs, "us-ascii") != 0) {
        buf b;
        buf_init(&b, 0);
        if (to_utf8(&b, cs, bytes, n)) {
            conv = arena_strndup(a, b.data ? b.data : "", b.len);
            conv_len = b.len;
        }
        buf_cleanup(&b);
        if (!conv)
            diag_warn(d, path, pt->line, 0,
                      "the mail's text is not in its charset \"%s\"; read as UTF-8 or "
                      "Windows-1252",
                      cs);
    }
    char *text;
    size_t len, bad;
    switch (utf8_from_bytes(a, conv ? conv : bytes, conv ? conv_len : n, &text, &len, &bad)) {
    case UTF8_SRC_BINARY:
        diag_error(d, path, pt->body_line, 0, "the mail's text is binary data, not text");
        return NULL;
    case UTF8_SRC_CP1252:
        if (!cs)
            diag_warn(d, path, pt->body_line, 0,
                      "the mail's text names no charset and is not UTF-8; read as "
                      "Windows-1252");
        break;
    default: break;
    }
    return text;
}

int
rd_mhtml_read(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
              const reader_options *opt, doc_node *article)
{
    arena *tmp = arena_new();
    mreader r = {tmp, bytes, bytes + len, bytes, NULL, 1};
    char *name, *value;
    const char *type = NULL, *boundary = NULL, *snapshot = NULL, *date = NULL, *encoding = NULL,
               *charset = NULL, *base = NULL, *subject = NULL, *from = NULL;
    bool listed = false; /* sent to a mailing list */
    mpart top = {0};     /* the message's own format=flowed */
    uint32_t type_line = 1;
    while (r.p < r.end) {
        uint32_t line = line_at(&r, r.p);
        if (!next_header(&r, &name, &value))
            break;
        if (strcasecmp(name, "Content-Type") == 0) {
            type = bare(tmp, value);
            boundary = param(tmp, value, "boundary");
            charset = param(tmp, value, "charset");
            flow_params(tmp, value, &top);
            type_line = line;
        } else if (strcasecmp(name, "Snapshot-Content-Location") == 0) {
            snapshot = value;
        } else if (strcasecmp(name, "Content-Base") == 0 ||
                   (strcasecmp(name, "Content-Location") == 0 && !base)) {
            base = value;
        } else if (strcasecmp(name, "Date") == 0) {
            date = value;
        } else if (strcasecmp(name, "Content-Transfer-Encoding") == 0) {
            encoding = bare(tmp, value);
        } else if (strcasecmp(name, "Subject") == 0) {
            subject = value;
        } else if (strcasecmp(name, "From") == 0) {
            from = value;
        } else if (strcasecmp(name, "List-Unsubscribe") == 0 ||
                   strcasecmp(name, "List-Id") == 0) {
            listed = true;
        }
    }
    /* A mail (a newsletter saved from a mail program) is sent by someone
       on its Date; a browser's archive is "From: <Saved by ...>" on the
       day it was saved. */
    bool mail = from && !strstr(from, "<Saved by");
    int rc = -1;
    mpart *parts = NULL;
    size_t n = 0;
    if (type && (strcmp(type, "text/html") == 0 || strcmp(type, "text/plain") == 0)) {
        /* one page, no pictures; or a mail's text alone */
        parts = arena_alloc(tmp, sizeof *parts);
        memset(parts, 0, sizeof *parts);
        parts[0] = (mpart){.type = type,
                           .charset = charset,
                           .flowed = top.flowed,
                           .delsp = top.delsp,
                           .encoding = encoding,
                           .location = snapshot,
                           .body = r.p,
                           .body_len = (size_t)(r.end - r.p),
                           .line = 1,
                           .body_line = line_at(&r, r.p)};
        n = 1;
    } else if (!type || strncmp(type, "multipart/", 10) != 0) {
        diag_error(d, path, type ? type_line : 1, 1,
                   "not a web archive: no multipart Content-Type in its headers");
        goto done;
    } else if (!boundary || !boundary[0]) {
        diag_error(d, path, type_line, 1,
                   "web archive without a boundary in its Content-Type: its parts cannot be told "
                   "apart");
        goto done;
    } else {
        parts = arena_alloc(tmp, MHTML_MAX_PARTS * sizeof *parts);
        bool closed;
        n = split_parts(&r, boundary, parts, MHTML_MAX_PARTS, &closed);
        for (size_t i = 0; i < n; i++)
            resolve_location(tmp, &parts[i], base ? base : snapshot);
        n = nested_parts(&r, parts, n);
        if (n && !closed)
            diag_warn(d, path, line_at(&r, r.end), 1,
                      "web archive cut short: its last part is read as far as it goes");
    }
    /* The page: the first HTML part; a mail sent as plain text alone is
       read as its text */
    const mpart *page = NULL, *letter = NULL;
    for (size_t i = 0; i < n && !page; i++) {
        if (!parts[i].type || parts[i].attached)
            continue;
        if (strcmp(parts[i].type, "text/html") == 0)
            page = &parts[i];
        else if (!letter && strcmp(parts[i].type, "text/plain") == 0)
            letter = &parts[i];
    }
    const mpart *body = page ? page : letter;
    if (!body) {
        diag_error(d, path, 1, 1, "this web archive holds no HTML page (%zu part%s)", n,
                   n == 1 ? "" : "s");
        goto done;
    }
    size_t html_len = 0;
    line_map map = {NULL, 0};
    bool qp = body->encoding && strcmp(body->encoding, "quoted-printable") == 0;
    char *html = qp ? qp_decode(tmp, body->body, body->body_len, &html_len, &map, body->body_line)
                    : part_bytes(tmp, body, &html_len);
    if (!html) {
        diag_error(d, path, body->line, 1, "the %s in this %s is not valid base64",
                   page ? "page" : "text", mail ? "mail" : "web archive");
        goto done;
    }
    /* the letter's charset is the mail's business: its warnings name
       lines of the file already */
    char *text = page ? NULL : letter_text(tmp, d, path, letter, html, html_len);
    if (!page && !text)
        goto done;
    bool b64 = body->encoding && strcmp(body->encoding, "base64") == 0;
    if (text && letter->flowed) {
        /* its lines are now the letter's paragraphs: each maps to the
           file line its first line was on */
        uint32_t *starts, lines;
        text = rd_html_unflow(tmp, text, letter->delsp, &starts, &lines);
        line_map joined = {arena_alloc(tmp, ((size_t)lines + 2) * sizeof *joined.at), lines};
        joined.at[0] = joined.at[1] = body->body_line;
        for (uint32_t k = 1; k <= lines; k++)
            joined.at[k] = file_line(starts[k], &map, b64, body->body_line);
        map = joined;
    }
    size_t first = d->count;
    if (page)
        rc = read_page(a, tmp, d, path, html, html_len, opt, article, parts, n, page, snapshot,
                       mail ? NULL : date);
    else
        rc = rd_text_read_letter(a, d, path, text, strlen(text), opt, article,
                                 subject ? header_text(tmp, subject) : NULL);
    if (rc == 0) {
        /* what the page does not say, its message may: its subject is
           the title either writer gives it, a mail's sender its author */
        doc_meta *m = doc_article_meta(a, article);
        if (!m->title && subject && subject[0])
            m->title = arena_strdup(a, header_text(tmp, subject));
        const char *who = mail ? sender_name(tmp, from) : NULL;
        if (!m->n_authors && who)
            doc_meta_add_author(a, m, arena_strdup(a, who), NULL);
        if (!m->date && mail && date)
            m->date = rd_html_date(a, date);
        if (mail)
            mail_chrome(a, article, listed);
    }
    /* lines of the page, in its diagnostics and in the positions later
       stages report at, become lines of the archive file */
    page_lines pl = {&map, b64, body->body_line};
    rd_html_relocate(d, first, path, article, archive_line, &pl);
done:
    arena_free(tmp);
    return rc;
}

/* A URL with its percent escapes undone, in a: the page writes "my
 * pic.png" or "caf\xc3\xa9.png" where the archive's Content-Location has
 * "my%20pic.png" and "caf%C3%A9.png" (escaped, in either case). */
static char *
unescaped(arena *a, const char *u)
{
    size_t n = strlen(u), k = 0;
    char *o = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        if (u[i] == '%' && isxdigit((unsigned char)u[i + 1]) && isxdigit((unsigned char)u[i + 2])) {
            char hex[3] = {u[i + 1], u[i + 2], 0};
            o[k++] = (char)strtol(hex, NULL, 16);
            i += 2;
        } else {
            o[k++] = u[i];
        }
    }
    o[k] = '\0';
    return o;
}

/* `ref` with the characters a URL may not hold raw (space, non-ASCII,
 * quotes, angle brackets) escaped, so libxml2 can resolve it. */
static char *
escaped(arena *a, const char *ref)
{
    buf b;
    buf_init(&b, 0);
    for (const unsigned char *p = (const unsigned char *)ref; *p; p++)
        if (*p <= ' ' || *p >= 0x7f || strchr("\"<>\\^`{|}", *p))
            buf_printf(&b, "%%%02X", *p);
        else
            buf_add(&b, (const char *)p, 1);
    char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    return s;
}

static size_t
url_hash(const char *s)
{
    size_t h = 5381;
    for (; *s; s++)
        h = h * 33 + (unsigned char)*s;
    return h;
}

/* The archive's pictures by their unescaped Content-Location, hashed:
 * made once per page, so a page of many <img> (each with up to 32
 * candidates) against an archive of thousands of parts costs no more
 * than a lookup each. */
static void
archive_index(rd_html_ctx *c)
{
    const rd_html_archive *ar = c->archive;
    size_t nb = 64;
    while (nb < 2 * ar->n)
        nb *= 2;
    c->archive_nb = nb;
    c->archive_head = arena_alloc(c->scratch, nb * sizeof *c->archive_head);
    c->archive_next = arena_alloc(c->scratch, ar->n * sizeof *c->archive_next);
    c->archive_canon = arena_alloc(c->scratch, ar->n * sizeof *c->archive_canon);
    for (size_t i = 0; i < nb; i++)
        c->archive_head[i] = SIZE_MAX;
    for (size_t i = ar->n; i-- > 0;) { /* the first of equal locations first */
        c->archive_next[i] = SIZE_MAX;
        if (!ar->locs[i])
            continue;
        c->archive_canon[i] = unescaped(c->scratch, ar->locs[i]);
        size_t h = url_hash(c->archive_canon[i]) & (nb - 1);
        c->archive_next[i] = c->archive_head[h];
        c->archive_head[h] = i;
    }
}

static size_t
archive_find(const rd_html_ctx *c, const char *canon)
{
    for (size_t i = c->archive_head[url_hash(canon) & (c->archive_nb - 1)]; i != SIZE_MAX;
         i = c->archive_next[i])
        if (strcmp(c->archive_canon[i], canon) == 0)
            return i;
    return SIZE_MAX;
}

/* The index of the archive's picture for `ref`, or SIZE_MAX: by its URL
 * resolved against the page's location, else as written. */
static size_t
archived_index(rd_html_ctx *c, const char *ref)
{
    const rd_html_archive *ar = c->archive;
    if (strncasecmp(ref, "cid:", 4) == 0) {
        for (size_t i = 0; i < ar->n; i++)
            if (ar->cids[i] && strcmp(ar->cids[i], ref + 4) == 0)
                return i;
        return SIZE_MAX;
    }
    if (!c->archive_head)
        archive_index(c);
    xmlChar *abs = ar->page ? xmlBuildURI(BAD_CAST escaped(c->scratch, ref), BAD_CAST ar->page)
                            : NULL;
    size_t hit = abs ? archive_find(c, unescaped(c->scratch, (const char *)abs)) : SIZE_MAX;
    if (hit == SIZE_MAX)
        hit = archive_find(c, unescaped(c->scratch, ref));
    xmlFree(abs);
    return hit;
}

int
rd_html_archived(rd_html_ctx *c, const char *ref, const char **uri, char *why, size_t cap)
{
    const rd_html_archive *ar = c->archive;
    if (!ar || !ar->n || !ref || !ref[0])
        return 0;
    while (isspace((unsigned char)*ref))
        ref++;
    size_t i = archived_index(c, ref);
    if (i == SIZE_MAX)
        return 0;
    if (!c->archive_ok) {
        c->archive_kept = arena_alloc(c->scratch, ar->n * sizeof *c->archive_kept);
        c->archive_ok = arena_alloc(c->scratch, ar->n * sizeof *c->archive_ok);
        c->archive_why = arena_alloc(c->scratch, ar->n * sizeof *c->archive_why);
    }
    /* checked and copied once: a page naming one big photograph a
       thousand times must not decode it, nor hold it, a thousand times */
    if (!c->archive_ok[i]) {
        char w[256] = "";
        if (pdf_image_check(ar->uris[i], NULL, NULL, w, sizeof w) == 0) {
            c->archive_ok[i] = 1;
            c->archive_kept[i] = arena_strdup(c->a, ar->uris[i]);
        } else {
            c->archive_ok[i] = -1;
            c->archive_why[i] = arena_strdup(c->scratch, w);
        }
    }
    if (c->archive_ok[i] > 0) {
        *uri = c->archive_kept[i];
        return 1;
    }
    snprintf(why, cap, "%s", c->archive_why[i]);
    return -1;
}
