/*
 * parse.c - bytes to a libxml2 HTML tree, with the encoding decided here.
 *
 * The encoding comes from a BOM; else bytes that are valid UTF-8 are read as
 * UTF-8 whatever the page declares (a declaration that disagrees with valid
 * UTF-8 is nearly always a stale template); else the declared charset
 * (<meta charset> or http-equiv); else Windows-1252 with a warning. The
 * parser is told the encoding and to ignore the page's own hints, runs with
 * the network off and without entity expansion, and recovers from errors
 * silently (libxml2 2.9 keeps no count: we note only whether there were
 * any, and report its nesting limit, which loses the rest of a page).
 *
 * Before parsing, one linear scan drops what never reaches a book and is
 * slow to parse: script/style/noscript/template/svg bodies, comments, a
 * DTD's internal subset (XXE and entity bombs), attributes no stage reads
 * (event handlers among them) and runs of white space outside <pre>.
 * Newlines are kept throughout, so line numbers stay those of the file.
 */
#include "html_int.h"

#include <ctype.h>
#include <libxml/SAX2.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

/* The charset named by a <meta> in the first bytes, copied into out. */
static bool
declared_charset(const char *s, size_t len, char *out, size_t cap)
{
    size_t lim = len < 4096 ? len : 4096;
    for (size_t i = 0; i + 8 < lim; i++) {
        if (strncasecmp(s + i, "charset", 7) != 0)
            continue;
        size_t j = i + 7;
        while (j < lim && isspace((unsigned char)s[j]))
            j++;
        if (j >= lim || s[j] != '=')
            continue;
        j++;
        while (j < lim && (isspace((unsigned char)s[j]) || s[j] == '"' || s[j] == '\''))
            j++;
        size_t k = 0;
        while (j < lim && k + 1 < cap &&
               (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '_' || s[j] == ':'))
            out[k++] = s[j++];
        out[k] = '\0';
        if (k)
            return true;
    }
    return false;
}

static bool
starts_ci(const char *p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    return (size_t)(end - p) >= n && strncasecmp(p, lit, n) == 0;
}

/* Find the case-insensitive literal in [p, end), or NULL. */
static const char *
find_ci(const char *p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    while (p < end) {
        const char *lt = memchr(p, lit[0], (size_t)(end - p));
        if (!lt)
            return NULL;
        if ((size_t)(end - lt) >= n && strncasecmp(lt, lit, n) == 0)
            return lt;
        p = lt + 1;
    }
    return NULL;
}

/* Output never outgrows the input (plus a replaced DOCTYPE), so it is
 * written straight into one arena block. */
typedef struct out {
    char *p;
    size_t n;
} sink;

static void
put(sink *o, const char *s, size_t n)
{
    memcpy(o->p + o->n, s, n);
    o->n += n;
}

static void
keep_newlines(sink *o, const char *s, const char *e)
{
    for (const char *q = s; (q = memchr(q, '\n', (size_t)(e - q))) != NULL; q++)
        o->p[o->n++] = '\n';
}

/* Text between tags, runs of white space collapsed (newlines kept, so line
 * numbers hold) unless inside <pre> and kin, where every space counts. */
static void
put_text(sink *o, const char *s, const char *e, bool pre)
{
    if (pre) {
        put(o, s, (size_t)(e - s));
        return;
    }
    while (s < e) {
        const char *q = s;
        while (q < e && !(*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r' || *q == '\f'))
            q++;
        put(o, s, (size_t)(q - s));
        if (q >= e)
            break;
        const char *w = q;
        while (w < e && (*w == ' ' || *w == '\n' || *w == '\t' || *w == '\r' || *w == '\f'))
            w++;
        size_t before = o->n;
        keep_newlines(o, q, w);
        if (o->n == before)
            o->p[o->n++] = ' ';
        s = w;
    }
}

static bool
raw_tag(const char *p, const char *end, const char *name)
{
    size_t n = strlen(name);
    if (!starts_ci(p, end, name) || p + n >= end)
        return false;
    char ch = p[n];
    return ch == '>' || ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '/';
}

/* Attributes some stage reads (checked: a task's ticked box); every other one (event handlers,
 * data-*, tracking) is dropped before parsing: less for the parser to build, and nothing like
 * onclick ever reaches the tree. Sorted for bsearch. */
static const char *const kept_attrs[] = {
    "align",         "alt",        "alttext",     "aria-hidden",   "aria-label",  "charset",
    "checked",       "class",      "close",       "colspan",       "content",     "data-lazy-src",
    "data-original", "data-src",   "data-srcset", "data-url",      "datatable",   "datetime",
    "display",       "height",     "hidden",      "href",          "http-equiv",  "id",
    "itemprop",      "itemtype",   "lang",        "linethickness", "mathvariant", "mode",
    "name",          "notation",   "open",        "property",      "rel",         "role",
    "rowspan",       "separators", "src",         "srcset",        "start",       "style",
    "summary",       "title",      "type",        "width",         "xml:lang"};

static int
attr_cmp(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

static bool
is_space(char ch)
{
    return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
}

/*
 * Copy one start tag at p (p[0] == '<', p[1] a letter) keeping only the
 * attributes in kept_attrs. Returns the position after the tag, or NULL
 * when the tag is not well formed enough to rewrite (the caller then
 * copies bytes as they are and lets the parser recover).
 */
static const char *
copy_start_tag(sink *o, const char *p, const char *end)
{
    const char *q = p + 1;
    while (q < end && (isalnum((unsigned char)*q) || *q == '-' || *q == ':' || *q == '_'))
        q++;
    /* A <time> printing an age ("4 hours ago") may keep its day in a
     * data- attribute only ("data-published"): the date search reads it. */
    bool time_tag = q - p == 5 && strncasecmp(p + 1, "time", 4) == 0;
    /* A saved page's <meta> may hold its value in value= (some savers
     * rewrite content=): the metadata search reads it there. */
    bool meta_tag = q - p == 5 && strncasecmp(p + 1, "meta", 4) == 0;
    size_t mark = o->n;
    put(o, p, (size_t)(q - p));
    for (;;) {
        const char *ws = q;
        while (q < end && is_space(*q))
            q++;
        if (q >= end)
            goto bail;
        if (*q == '>' || (*q == '/' && q + 1 < end && q[1] == '>')) {
            put(o, ws, (size_t)(q - ws));
            size_t n = *q == '>' ? 1 : 2;
            put(o, q, n);
            return q + n;
        }
        if (*q == '/') { /* stray slash */
            q++;
            continue;
        }
        const char *ns = q;
        while (q < end && !is_space(*q) && *q != '=' && *q != '>' && *q != '/')
            q++;
        if (q == ns)
            goto bail;
        const char *ne = q;
        const char *v = q;
        while (v < end && is_space(*v))
            v++;
        if (v < end && *v == '=') {
            v++;
            while (v < end && is_space(*v))
                v++;
            if (v >= end)
                goto bail;
            if (*v == '"' || *v == '\'') {
                /* A value may hold markup (an <img> whose src is a drawing
                   written out: "data:image/svg+xml,<svg ...>"), which the
                   parser reads as text, when its quote closes where a
                   value ends; else the quote is a stray one, and the tag
                   is left to the parser as it is. */
                const char *cl = memchr(v + 1, *v, (size_t)(end - v - 1));
                if (!cl || (memchr(v + 1, '<', (size_t)(cl - v - 1)) &&
                            !(cl + 1 == end || is_space(cl[1]) || cl[1] == '>' || cl[1] == '/')))
                    goto bail;
                q = cl + 1;
            } else {
                while (v < end && !is_space(*v) && *v != '>')
                    v++;
                q = v;
            }
        }
        char name[32];
        size_t nl = (size_t)(ne - ns);
        bool keep = false;
        if (nl < sizeof(name)) {
            for (size_t i = 0; i < nl; i++)
                name[i] = (char)tolower((unsigned char)ns[i]);
            name[nl] = '\0';
            keep = bsearch(name, kept_attrs, sizeof(kept_attrs) / sizeof(kept_attrs[0]),
                           sizeof(kept_attrs[0]), attr_cmp) != NULL ||
                   (time_tag && strncmp(name, "data-", 5) == 0) ||
                   (meta_tag && strcmp(name, "value") == 0);
        }
        if (keep) {
            put(o, ws, (size_t)(ns - ws));
            put(o, ns, (size_t)(q - ns));
        } else {
            keep_newlines(o, ws, q);
        }
    }
bail:
    o->n = mark;
    return NULL;
}

/* The '>' ending the start tag at p, past quoted attribute values (a
 * drawing's aria-label="Sales > costs"), or NULL. A quote left open, or
 * holding markup, is no value: then the first '>', as copy_start_tag
 * leaves such a tag. */
static const char *
tag_end(const char *p, const char *end)
{
    const char *first = memchr(p, '>', (size_t)(end - p));
    for (const char *q = p; first && q < first; q++) {
        if (*q != '"' && *q != '\'')
            continue;
        const char *eq = q - 1;
        while (eq > p && is_space(*eq))
            eq--;
        if (*eq != '=')
            continue;
        const char *cl = memchr(q + 1, *q, (size_t)(end - q - 1));
        if (!cl || memchr(q + 1, '<', (size_t)(cl - q - 1)))
            return first;
        q = cl;
        if (q >= first) /* the '>' was inside the value: the next one */
            first = memchr(q, '>', (size_t)(end - q));
    }
    return first;
}

/* The end of an inline drawing's body: the "</svg" closing it, past
 * drawings nested in it, comments and CDATA sections (a commented-out
 * "</svg>", a style sheet's text), or NULL. */
static const char *
svg_close(const char *body, const char *end)
{
    int depth = 1;
    for (const char *p = body; (p = memchr(p, '<', (size_t)(end - p))) != NULL; p++) {
        const char *skip = starts_ci(p, end, "<!--")        ? find_ci(p + 4, end, "-->")
                           : starts_ci(p, end, "<![CDATA[") ? find_ci(p + 9, end, "]]>")
                                                            : NULL;
        if (skip) {
            p = skip;
            continue;
        }
        if (raw_tag(p, end, "</svg")) {
            if (--depth == 0)
                return p;
        } else if (raw_tag(p, end, "<svg")) {
            const char *gt = tag_end(p, end);
            if (!gt)
                return NULL;
            depth += gt[-1] != '/';
        }
    }
    return NULL;
}

/* The "</script" ending a script's body, or NULL: the first one, but
 * for a script that opens an HTML comment and in it a "<script" (HTML's
 * escaped and double-escaped script states), whose "</script>" ends only
 * that inner one ("<!-- document.write('<script src=x></script>') -->").
 * Old pages hide their scripts so. A body no "</script" ends so is
 * closed by its first one (the caller's fallback), not left to swallow
 * the page. */
static const char *
script_close(const char *body, const char *end)
{
    int state = 0; /* 0: script; 1: in a comment; 2: in a script in it */
    for (const char *p = body; p < end; p++) {
        if (state && *p == '-' && end - p >= 3 && p[1] == '-' && p[2] == '>') {
            state = 0;
            p += 2;
        } else if (*p != '<') {
            continue;
        } else if (state == 0 && starts_ci(p, end, "<!--")) {
            state = 1;
            p += 3;
        } else if (raw_tag(p, end, "</script")) {
            if (state < 2)
                return p;
            state = 1;
        } else if (state == 1 && raw_tag(p, end, "<script")) {
            state = 2;
        }
    }
    return NULL;
}

/* Keep an inline drawing's source (see rd_html_svg); its number, or -1
 * when it is too big or the page has too many. */
static long
keep_svg(rd_html_ctx *c, const char *from, const char *close, const char *end)
{
    const char *gt = memchr(close, '>', (size_t)(end - close));
    size_t len = (size_t)((gt ? gt + 1 : end) - from);
    if (len > RD_HTML_SVG_MAX_BYTES || c->n_svgs >= RD_HTML_MAX_SVGS)
        return -1;
    if (!c->svgs)
        c->svgs = arena_alloc(c->scratch, RD_HTML_MAX_SVGS * sizeof *c->svgs);
    c->svgs[c->n_svgs] = (rd_html_svg){arena_strndup(c->scratch, from, len), len};
    return (long)c->n_svgs++;
}

/*
 * Nearly half the bytes of a saved page are script, style and comments
 * (and noscript, template, svg), which never reach the article; the parser is much slower on them
 * than this scan. Their bodies are dropped before parsing, newlines kept so line numbers stay true.
 * JSON-LD scripts are kept for the metadata. An inline drawing's source is kept aside for drawing.c
 * when the page is UTF-8 (`svgs`): the HTML parser would lose its case and namespaces.
 */
static char *
strip_raw_text(rd_html_ctx *c, const char *s, size_t len, size_t *out_len, bool *had_dtd, bool svgs)
{
    arena *a = c->scratch;
    const char *p = s, *end = s + len;
    sink o = {arena_alloc(a, len + 64), 0};
    int pre = 0; /* depth of <pre>-like elements */
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt) {
            put_text(&o, p, end, pre > 0);
            break;
        }
        put_text(&o, p, lt, pre > 0);
        p = lt;
        static const char *const pres[] = {"<pre", "<textarea", "<listing", "<xmp",
                                           "<plaintext", NULL};
        static const char *const pre_ends[] = {"</pre", "</textarea", "</listing", "</xmp",
                                               "</plaintext", NULL};
        /* Cheap gate: only tags starting with these letters need a look. */
        char c1 = p + 1 < end ? (char)tolower((unsigned char)p[1]) : 0;
        if (c1 == '/' && p + 2 < end)
            c1 = (char)tolower((unsigned char)p[2]);
        if (c1 == 'p' || c1 == 't' || c1 == 'l' || c1 == 'x') {
            for (size_t i = 0; pres[i]; i++) {
                if (raw_tag(p, end, pres[i]))
                    pre++;
                else if (pre > 0 && raw_tag(p, end, pre_ends[i]))
                    pre--;
            }
        }
        if (starts_ci(p, end, "<!--")) {
            const char *close = find_ci(p + 4, end, "-->");
            const char *stop = close ? close + 3 : end;
            keep_newlines(&o, p, stop);
            p = stop;
            continue;
        }
        if (starts_ci(p, end, "<!doctype")) {
            /* An internal DTD subset (XHTML entity tricks: XXE, billion
             * laughs) is dropped whole; entities are never expanded. */
            const char *gt = memchr(p, '>', (size_t)(end - p));
            const char *br = memchr(p, '[', (size_t)(end - p));
            if (gt && br && br < gt) {
                const char *close = find_ci(br, end, "]>");
                const char *stop = close ? close + 2 : end;
                put(&o, "<!DOCTYPE html>", 15);
                keep_newlines(&o, p, stop);
                p = stop;
                *had_dtd = true;
                continue;
            }
        }
        const char *name = NULL;
        bool maybe_raw = c1 == 's' || c1 == 't' || c1 == 'n';
        if (maybe_raw && raw_tag(p, end, "<script"))
            name = "</script";
        else if (maybe_raw && raw_tag(p, end, "<style"))
            name = "</style";
        else if (maybe_raw && raw_tag(p, end, "<noscript"))
            name = "</noscript"; /* never shown: we read pages as with scripts off */
        else if (maybe_raw && raw_tag(p, end, "<template"))
            name = "</template";
        else if (maybe_raw && raw_tag(p, end, "<svg"))
            name = "</svg"; /* drawings: no text for a book */
        if (!name) {
            const char *after = NULL;
            if (p + 1 < end && isalpha((unsigned char)p[1]))
                after = copy_start_tag(&o, p, end);
            if (after) {
                p = after;
            } else {
                put(&o, "<", 1);
                p++;
            }
            continue;
        }
        const char *gt = tag_end(p, end);
        if (!gt) {
            put(&o, p, (size_t)(end - p));
            break;
        }
        bool svg = name[2] == 's' && name[3] == 'v';
        if (svg && gt[-1] == '/') { /* <svg .../>: no body */
            put(&o, p, (size_t)(gt + 1 - p));
            p = gt + 1;
            continue;
        }
        const char *body = gt + 1;
        const char *close = svg                                ? svg_close(body, end)
                            : name[2] == 's' && name[3] == 'c' ? script_close(body, end)
                                                               : find_ci(body, end, name);
        if (!close && !svg) /* never closed as a browser reads it: the first close */
            close = find_ci(body, end, name);
        long k = svg && svgs && close ? keep_svg(c, p, close, end) : -1;
        if (k >= 0) {
            char attr[48];
            int an = snprintf(attr, sizeof attr, "<svg data-sheaf-svg=\"%ld\"", k);
            put(&o, attr, (size_t)an);
            put(&o, p + 4, (size_t)(gt + 1 - (p + 4)));
        } else {
            put(&o, p, (size_t)(gt + 1 - p));
        }
        const char *stop = close ? close : end;
        if (find_ci(p, gt, "ld+json"))
            put(&o, body, (size_t)(stop - body));
        else
            keep_newlines(&o, body, stop);
        p = stop;
    }
    o.p[o.n] = '\0';
    *out_len = o.n;
    return o.p;
}

/* Most elements read from one page. libxml2's tree and ours cost 600-900
 * bytes an element, so a page of 3 million "<b>a</b>" (28 MB) took 2.7 GB
 * before this; a long real page has a few hundred thousand. */
#define PARSE_MAX_ELEMENTS 1000000u

/* What start_element counts, through the parser's _private pointer. */
typedef struct parse_count {
    size_t elements, max;
    long stop_line; /* where the parse was stopped, 0 = it was not */
} parse_count;

/* libxml2 keeps line numbers in 16 bits for HTML; each element also gets
 * its full line in the (otherwise unused) psvi field. Past
 * PARSE_MAX_ELEMENTS the parse stops, keeping what was read. */
static void
start_element(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    xmlParserCtxtPtr ctxt = ctx;
    xmlSAX2StartElement(ctx, name, atts);
    if (ctxt->node && ctxt->input && ctxt->input->line > 0)
        ctxt->node->psvi = (void *)(uintptr_t)ctxt->input->line;
    parse_count *pc = ctxt->_private;
    if (pc && ++pc->elements > pc->max && !pc->stop_line) {
        pc->stop_line = ctxt->input && ctxt->input->line > 0 ? ctxt->input->line : 1;
        xmlStopParser(ctxt);
    }
}

long
rd_html_line(const xmlNode *n)
{
    for (const xmlNode *e = n; e; e = e->parent) {
        if (e->type == XML_ELEMENT_NODE && e->psvi)
            return (long)(uintptr_t)e->psvi;
        if (e->type == XML_ELEMENT_NODE && e->line && e->line < 65535)
            return e->line;
    }
    long l = xmlGetLineNo((xmlNode *)n);
    return l > 0 ? l : 0;
}

static bool
is_utf8_name(const char *cs)
{
    return !strcasecmp(cs, "utf-8") || !strcasecmp(cs, "utf8");
}

/* Can libxml2 decode charset `cs`? Finding out makes a handler, and one
 * backed by ICU or iconv (windows-1251, koi8-r, ...; the built-in ones are
 * static) is allocated with its converter, so it is closed again here: the
 * parser makes its own from the name. */
static bool
charset_known(const char *cs)
{
    xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(cs);
    if (!h)
        return false;
    xmlCharEncCloseFunc(h); /* frees it unless it is a built-in one */
    return true;
}

xmlDocPtr
rd_html_parse(rd_html_ctx *c, const char *bytes, size_t len)
{
    const char *enc = "UTF-8";
    const char *data = bytes;
    size_t n = len;
    char cs[64];
    size_t bad = 0;

    if (len > INT32_MAX) {
        diag_error(c->d, c->path, 0, 0, "HTML file too large");
        return NULL;
    }
    bool bom16 = len >= 2 && (((unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xFE) ||
                              ((unsigned char)bytes[0] == 0xFE && (unsigned char)bytes[1] == 0xFF));
    if (bom16) {
        char *out;
        size_t out_len;
        utf8_source src = utf8_from_bytes(c->a, bytes, len, &out, &out_len, &bad);
        if (src == UTF8_SRC_BINARY || !out) {
            diag_error(c->d, c->path, 0, 0, "cannot decode this UTF-16 file");
            return NULL;
        }
        data = out;
        n = out_len;
    } else if (len >= 3 && (unsigned char)bytes[0] == 0xEF && (unsigned char)bytes[1] == 0xBB &&
               (unsigned char)bytes[2] == 0xBF) {
        data = bytes + 3;
        n = len - 3;
    } else if (!utf8_valid(bytes, len, &bad)) {
        /* a web archive's part header names the page's charset as a
           server does, before the page's own <meta> */
        const char *sent = c->archive ? c->archive->charset : NULL;
        bool named = sent && strlen(sent) < sizeof cs && !is_utf8_name(sent) && charset_known(sent);
        if (named)
            snprintf(cs, sizeof cs, "%s", sent);
        if (named || (declared_charset(bytes, len, cs, sizeof(cs)) && !is_utf8_name(cs) &&
                      charset_known(cs))) {
            enc = arena_strdup(c->scratch, cs);
        } else {
            char *out;
            size_t out_len, bad2;
            uint32_t line, col;
            utf8_line_col(bytes, bad, &line, &col);
            utf8_source src = utf8_from_bytes(c->a, bytes, len, &out, &out_len, &bad2);
            if (src == UTF8_SRC_BINARY || !out) {
                diag_error(c->d, c->path, line, col,
                           "this is not an HTML file (binary data at byte %zu)", bad2);
                return NULL;
            }
            diag_warn(c->d, c->path, line, col,
                      "not valid UTF-8 (byte 0x%02x) and no usable charset declared; read as "
                      "Windows-1252",
                      (unsigned char)bytes[bad]);
            data = out;
            n = out_len;
        }
    }

    bool had_dtd = false;
    data = strip_raw_text(c, data, n, &n, &had_dtd, strcmp(enc, "UTF-8") == 0);
    if (had_dtd)
        diag_warn(c->d, c->path, 1, 1,
                  "the page's DTD internal subset was ignored (its entities are not expanded)");

    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
        diag_error(c->d, c->path, 0, 0, "out of memory creating the HTML parser");
        return NULL;
    }
    ctxt->sax->startElement = start_element;
    int opts = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
               HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    parse_count count = {.max = c->max_elements ? c->max_elements : PARSE_MAX_ELEMENTS};
    ctxt->_private = &count;
    xmlDocPtr xd = htmlCtxtReadMemory(ctxt, data, (int)n, c->path, enc, opts);
    if (count.stop_line)
        diag_warn(c->d, c->path, (uint32_t)count.stop_line, 0,
                  "more than %zu elements: the rest of the page was not read", count.max);
    c->parse_errors = ctxt->wellFormed ? 0 : 1; /* libxml2 2.9 keeps no count */
    xmlErrorPtr last = xmlCtxtGetLastError(ctxt);
    if (last && last->code == XML_ERR_INTERNAL_ERROR && last->message &&
        strstr(last->message, "depth"))
        diag_warn(c->d, c->path, last->line > 0 ? (uint32_t)last->line : 0, 0,
                  "elements nested too deeply (over 256 levels): the rest of the page was not "
                  "read");
    htmlFreeParserCtxt(ctxt);
    if (!xd || !xmlDocGetRootElement(xd)) {
        if (xd)
            xmlFreeDoc(xd);
        diag_error(c->d, c->path, 1, 1, "no HTML content could be read from this file");
        return NULL;
    }
    return xd;
}
