/*
 * reader.c - format detection and encoding normalisation in front of the
 * per-format readers.
 *
 * NUL bytes are dealt with here, once for all formats (utf8_fix_nuls):
 * UTF-16, with or without a byte-order mark, becomes UTF-8; stray NULs
 * are dropped with one warning per file; NULs amid other control bytes
 * make the file binary, an error. libxml2 would drop NULs silently and
 * read UTF-16 without a mark as Latin-1 noise.
 */
#include "reader.h"

#include <cmark-gfm-core-extensions.h>
#include <libxml/parser.h>
#include <string.h>
#include <strings.h>

#include "../base/fs.h"
#include "../base/utf8.h"

static bool
starts_with_ci(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    return len >= n && strncasecmp(s, prefix, n) == 0;
}

void
reader_global_init(void)
{
    xmlInitParser();
    cmark_gfm_core_extensions_ensure_registered();
}

/* Does the text open with a mail's header block ("Name: value" lines up
 * to a blank one) that says it is MIME? A saved mail starts with
 * Received:, Return-Path:, From:, Date: or the like, in any order. */
static bool
mime_headers(const char *s, size_t n)
{
    size_t i = 0;
    for (int lines = 0; i < n && lines < 200; lines++) {
        const char *eol = memchr(s + i, '\n', n - i);
        size_t e = eol ? (size_t)(eol - s) : n;
        size_t len = e - i;
        if (len == 0 || (len == 1 && s[i] == '\r'))
            return false;                  /* the blank line: no MIME-Version before it */
        if (s[i] != ' ' && s[i] != '\t') { /* not a folded line: "Name:" */
            size_t k = i;
            while (k < e && s[k] > ' ' && s[k] < 0x7f && s[k] != ':')
                k++;
            if (k == i || k >= e || s[k] != ':')
                return false;
            if (starts_with_ci(s + i, len, "MIME-Version:"))
                return true;
        }
        i = e + 1;
    }
    return false;
}

const char *
reader_detect_format(const char *path, const char *data, size_t len)
{
    const char *ext = fs_extension(path);
    if (!strcasecmp(ext, "html") || !strcasecmp(ext, "htm") || !strcasecmp(ext, "xhtml") ||
        !strcasecmp(ext, "xht"))
        return "html";
    if (!strcasecmp(ext, "mhtml") || !strcasecmp(ext, "mht") || !strcasecmp(ext, "eml"))
        return "mhtml"; /* a saved mail is a MIME message of the same kind */
    if (!strcasecmp(ext, "webarchive"))
        return "webarchive";
    if (!strcasecmp(ext, "md") || !strcasecmp(ext, "markdown") || !strcasecmp(ext, "mdown") ||
        !strcasecmp(ext, "mkd"))
        return "markdown";
    if (!strcasecmp(ext, "txt") || !strcasecmp(ext, "text"))
        return "text";
    /* Unknown extension: sniff. Skip a BOM and leading white space. */
    size_t i = 0;
    if (len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB)
        i = 3;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        i++;
    if (len >= 8 && memcmp(data, "bplist00", 8) == 0)
        return "webarchive"; /* Safari's, a binary property list */
    const char *s = data + i;
    size_t n = len - i;
    if (starts_with_ci(s, n, "<!doctype html") || starts_with_ci(s, n, "<html") ||
        starts_with_ci(s, n, "<?xml") || starts_with_ci(s, n, "<head") ||
        starts_with_ci(s, n, "<body") || starts_with_ci(s, n, "<article"))
        return "html";
    /* a browser's web archive: a MIME message (Chrome writes "From: <Saved
       by Blink>" first, others "MIME-Version:") */
    if (starts_with_ci(s, n, "From: <Saved by") || starts_with_ci(s, n, "MIME-Version:") ||
        mime_headers(s, n))
        return "mhtml";
    if (starts_with_ci(s, n, "---\n") || starts_with_ci(s, n, "# "))
        return "markdown";
    return "text";
}

int
reader_read_bytes(arena *a, diag_list *d, const char *path, const char *data, size_t len,
                  const reader_options *opt, doc_node **article)
{
    static const reader_options defaults = {NULL, -1, NULL, NULL, 0, 0};
    if (!opt)
        opt = &defaults;
    doc_pos pos = {arena_strdup(a, path), 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_meta *meta = doc_article_meta(a, art);
    meta->path = pos.file;
    *article = art;

    /* A Safari web archive is binary: its reader unpacks the page first. */
    if (opt->format ? strcmp(opt->format, "webarchive") == 0
                    : strcmp(reader_detect_format(path, data, len), "webarchive") == 0) {
        meta->format = "webarchive";
        return rd_webarchive_read(a, d, pos.file, data, len, opt, art);
    }
    /* NUL bytes and UTF-16 first, the same for every format: each reader
     * (and the format sniff) then sees bytes without NULs. */
    utf8_nul_fix fix;
    utf8_fix_nuls(a, data, len, &fix);
    if (fix.binary) {
        uint32_t line, col;
        utf8_line_col(data, fix.binary_at, &line, &col);
        diag_error(d, pos.file, line, col,
                   "this is not a text file (binary data or NUL bytes at byte %zu)", fix.binary_at);
        return -1;
    }
    if (fix.utf16)
        diag_warn(d, pos.file, 1, 1, "file is UTF-16%s; converted to UTF-8",
                  fix.bom ? "" : " (no byte-order mark)");
    if (fix.nuls) {
        uint32_t line, col;
        utf8_line_col(fix.text, fix.first_nul, &line, &col);
        diag_warn(d, pos.file, line, col,
                  "%zu NUL byte%s dropped, the first here (a truncated download, or not a "
                  "text file?)",
                  fix.nuls, fix.nuls == 1 ? "" : "s");
    }
    data = fix.text;
    len = fix.len;
    meta->format = opt->format ? opt->format : reader_detect_format(path, data, len);
    bool page = strcmp(meta->format, "html") == 0 || strcmp(meta->format, "mhtml") == 0;
    if (!page && len > READER_MAX_TEXT_BYTES) {
        /* Refused like a file over READER_MAX_BYTES: no article at all. */
        diag_error(d, opt->named_in ? opt->named_in : pos.file, opt->named_in ? opt->named_line : 0,
                   opt->named_in ? opt->named_col : 0,
                   "%s is too large for one article (%.1f MB of %s; the limit is %u MB): split "
                   "it into several",
                   pos.file, (double)len / (1024.0 * 1024.0), meta->format,
                   READER_MAX_TEXT_BYTES / (1024u * 1024u));
        *article = NULL;
        return -1;
    }

    if (strcmp(meta->format, "html") == 0)
        return rd_html_read(a, d, pos.file, data, len, opt, art);
    if (strcmp(meta->format, "mhtml") == 0)
        return rd_mhtml_read(a, d, pos.file, data, len, opt, art);

    char *text;
    size_t text_len, bad;
    switch (utf8_from_bytes(a, data, len, &text, &text_len, &bad)) {
    case UTF8_SRC_BINARY: {
        uint32_t line, col;
        utf8_line_col(data, bad, &line, &col);
        diag_error(d, pos.file, line, col,
                   "this is not a text file (binary data or NUL bytes at byte %zu)", bad);
        return -1;
    }
    case UTF8_SRC_CP1252: {
        uint32_t line, col;
        utf8_line_col(data, bad, &line, &col);
        diag_warn(d, pos.file, line, col,
                  "not valid UTF-8 (byte 0x%02x); read as Windows-1252",
                  (unsigned char)data[bad]);
        break;
    }
    case UTF8_SRC_UTF16LE:
    case UTF8_SRC_UTF16BE:
        diag_warn(d, pos.file, 1, 1, "file is UTF-16; converted to UTF-8");
        break;
    case UTF8_SRC_UTF8:
        break;
    }
    if (strcmp(meta->format, "markdown") == 0)
        return rd_md_read(a, d, pos.file, text, text_len, opt, art);
    return rd_text_read(a, d, pos.file, text, text_len, opt, art);
}

int
reader_read(arena *a, diag_list *d, const char *path, const reader_options *opt,
            doc_node **article)
{
    char *data;
    size_t len;
    *article = NULL;
    if (fs_read_file(a, d, path, READER_MAX_BYTES, &data, &len, opt ? opt->named_in : NULL,
                     opt ? opt->named_line : 0, opt ? opt->named_col : 0) < 0)
        return -1;
    return reader_read_bytes(a, d, path, data, len, opt, article);
}
