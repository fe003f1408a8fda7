/*
 * front.c - a "front matter" block at the top of a plain-text article:
 *
 *     ---
 *     title: A Library Card
 *     author: Ana Lima
 *     source: https://example.org/a-library-card
 *     retrieved: 2026-11-24
 *     ---
 *
 * People who keep copied articles in notes apps write what they know about
 * the page this way (Markdown's convention, which the Markdown reader reads
 * with libyaml). Here it is recognised only when the first line is "---",
 * every line up to a closing "---" (within RD_TEXT_FRONT_MAX_LINES) is
 * "key: value" and one key is known, so a rule or a dash line opening a
 * copied page is never taken for it. Values are plain (one surrounding pair
 * of quotes removed); dates accept whatever the text reader reads as a
 * whole date ("2026-11-24", "24 November 2026"). Unknown keys and bad dates
 * are warnings with file:line:col. What the block says wins over what the
 * header heuristics find; the manifest wins over both.
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>

#define RD_TEXT_FRONT_MAX_LINES 40

/* One "key: value" line, or false. */
static bool
key_value(const char *s, size_t len, size_t *klen, const char **v, size_t *vlen)
{
    size_t k = 0;
    while (k < len && (isalnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-'))
        k++;
    if (k == 0 || k >= len || s[k] != ':')
        return false;
    size_t i = k + 1;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t e = len;
    while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        e--;
    if (e - i >= 2 && (s[i] == '"' || s[i] == '\'') && s[e - 1] == s[i]) {
        i++;
        e--;
    }
    *klen = k;
    *v = s + i;
    *vlen = e - i;
    return true;
}

static bool
key_is(const char *k, size_t kl, const char *name)
{
    return strlen(name) == kl && strncmp(k, name, kl) == 0;
}

static bool
is_fence(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
        len--;
    return len == 3 && memcmp(s, "---", 3) == 0;
}

size_t
rd_text_front_matter(arena *a, diag_list *d, const char *path, const char *text, size_t len,
                     const char *lang, doc_meta *fm, uint32_t *lines)
{
    static const char *const known[] = {"title",     "subtitle", "author",      "authors", "date",
                                        "retrieved", "accessed", "source",      "url",     "site",
                                        "language",  "lang",     "description", NULL};
    *lines = 0;
    size_t off = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        off = 3;
    const char *nl = memchr(text + off, '\n', len - off);
    if (!nl || !is_fence(text + off, (size_t)(nl - text - off)))
        return 0;
    /* First pass: is it front matter at all? */
    size_t p = (size_t)(nl - text) + 1, end = 0;
    uint32_t n = 1;
    bool any_known = false;
    while (p < len && n <= RD_TEXT_FRONT_MAX_LINES) {
        const char *e = memchr(text + p, '\n', len - p);
        size_t ll = e ? (size_t)(e - text) - p : len - p;
        n++;
        if (is_fence(text + p, ll)) {
            end = e ? (size_t)(e - text) + 1 : len;
            break;
        }
        size_t kl, vl;
        const char *v;
        if (!key_value(text + p, ll, &kl, &v, &vl))
            return 0;
        for (size_t i = 0; known[i]; i++)
            any_known = any_known || key_is(text + p, kl, known[i]);
        p = e ? (size_t)(e - text) + 1 : len;
    }
    if (!end || !any_known)
        return 0;
    /* Second pass: take the values. */
    p = (size_t)(nl - text) + 1;
    for (uint32_t line = 2; p < end; line++) {
        const char *e = memchr(text + p, '\n', end - p);
        size_t ll = e ? (size_t)(e - text) - p : end - p;
        if (is_fence(text + p, ll))
            break;
        size_t kl, vl;
        const char *v;
        key_value(text + p, ll, &kl, &v, &vl);
        const char *k = text + p;
        uint32_t vcol = (uint32_t)(v - k) + 1;
        const char *val = vl ? arena_strndup(a, v, vl) : NULL;
        p = e ? (size_t)(e - text) + 1 : end;
        if (!val)
            continue;
        if (key_is(k, kl, "title"))
            fm->title = val;
        else if (key_is(k, kl, "subtitle"))
            fm->subtitle = val;
        else if (key_is(k, kl, "author") || key_is(k, kl, "authors")) {
            /* "A, B and C" as the byline reader splits it. */
            rd_text_byline by;
            if ((rd_text_byline_names(a, val, vl, &by) ||
                 rd_text_byline_parse(a, val, vl, lang, true, &by)) &&
                by.n)
                for (size_t i = 0; i < by.n; i++)
                    doc_meta_add_author(a, fm, by.names[i], by.roles[i]);
            else
                doc_meta_add_author(a, fm, val, NULL);
        } else if (key_is(k, kl, "date") || key_is(k, kl, "retrieved") ||
                   key_is(k, kl, "accessed")) {
            rd_text_date dt;
            if (rd_text_date_find(val, vl, lang, &dt) && dt.whole) {
                const char *iso = rd_text_date_format(a, &dt);
                if (key_is(k, kl, "date"))
                    fm->date = iso;
                else
                    fm->retrieved = iso;
            } else {
                diag_warn(d, path, line, vcol,
                          "front matter %.*s '%s' is not a date (e.g. 2026-11-24); ignored",
                          (int)kl, k, val);
            }
        } else if (key_is(k, kl, "source") || key_is(k, kl, "url"))
            fm->source = val;
        else if (key_is(k, kl, "site"))
            fm->site = val;
        else if (key_is(k, kl, "language") || key_is(k, kl, "lang"))
            fm->language = val;
        else if (key_is(k, kl, "description"))
            fm->description = val;
        else
            diag_warn(d, path, line, 1,
                      "unknown front matter key '%.*s' (known: title, subtitle, author, date, "
                      "retrieved, source, site, language, description)",
                      (int)kl, k);
    }
    for (size_t i = 0; i < end; i++)
        *lines += text[i] == '\n';
    return end;
}
