/*
 * jsonld.c - a small JSON reader for the JSON-LD blocks of web pages.
 *
 * Pages describe their article in <script type="application/ld+json">. We
 * need only a few string fields, so this is a minimal recursive-descent
 * parser into arena nodes, with a nesting cap and a size cap so a hostile
 * block costs bounded time and memory. Invalid JSON yields NULL.
 */
#include "jsonld.h"

#include <string.h>

#include "../../base/utf8.h"

#define JSON_MAX_DEPTH 32

typedef struct jparser {
    arena *a;
    const char *p, *end;
    int depth;
} jparser;

static void
skip_ws(jparser *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r'))
        j->p++;
}

static int
hex4(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char ch = p[i];
        v <<= 4;
        if (ch >= '0' && ch <= '9')
            v |= (uint32_t)(ch - '0');
        else if (ch >= 'a' && ch <= 'f')
            v |= (uint32_t)(ch - 'a' + 10);
        else if (ch >= 'A' && ch <= 'F')
            v |= (uint32_t)(ch - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

static char *
parse_string(jparser *j)
{
    if (j->p >= j->end || *j->p != '"')
        return NULL;
    j->p++;
    buf b;
    buf_init(&b, 0);
    while (j->p < j->end && *j->p != '"') {
        char ch = *j->p++;
        if (ch != '\\') {
            buf_addc(&b, ch);
            continue;
        }
        if (j->p >= j->end)
            break;
        ch = *j->p++;
        switch (ch) {
        case 'n': buf_addc(&b, '\n'); break;
        case 't': buf_addc(&b, '\t'); break;
        case 'r': buf_addc(&b, '\r'); break;
        case 'b': case 'f': buf_addc(&b, ' '); break;
        case 'u': {
            uint32_t cp;
            if (j->end - j->p < 4 || hex4(j->p, &cp) < 0) {
                buf_cleanup(&b);
                return NULL;
            }
            j->p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && j->end - j->p >= 6 && j->p[0] == '\\' &&
                j->p[1] == 'u') {
                uint32_t lo;
                if (hex4(j->p + 2, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    j->p += 6;
                }
            }
            if ((cp >= 0xD800 && cp < 0xE000) || cp == 0)
                cp = 0xFFFD;
            char tmp[4];
            buf_add(&b, tmp, utf8_encode(cp, tmp));
            break;
        }
        default: buf_addc(&b, ch); break;
        }
    }
    if (j->p >= j->end) {
        buf_cleanup(&b);
        return NULL;
    }
    j->p++;
    char *s = arena_strndup(j->a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    return s;
}

static jsonld_value *parse_value(jparser *j);

static jsonld_value *
parse_container(jparser *j, bool object)
{
    jsonld_value *v = arena_alloc(j->a, sizeof(*v));
    v->type = object ? JSONLD_OBJECT : JSONLD_ARRAY;
    jsonld_value *last = NULL;
    j->p++;
    skip_ws(j);
    if (j->p < j->end && *j->p == (object ? '}' : ']')) {
        j->p++;
        return v;
    }
    for (;;) {
        char *key = NULL;
        skip_ws(j);
        if (object) {
            key = parse_string(j);
            if (!key)
                return NULL;
            skip_ws(j);
            if (j->p >= j->end || *j->p != ':')
                return NULL;
            j->p++;
        }
        jsonld_value *item = parse_value(j);
        if (!item)
            return NULL;
        item->key = key;
        if (last)
            last->next = item;
        else
            v->first = item;
        last = item;
        skip_ws(j);
        if (j->p >= j->end)
            return NULL;
        if (*j->p == ',') {
            j->p++;
            continue;
        }
        if (*j->p == (object ? '}' : ']')) {
            j->p++;
            return v;
        }
        return NULL;
    }
}

static jsonld_value *
parse_value(jparser *j)
{
    skip_ws(j);
    if (j->p >= j->end)
        return NULL;
    char ch = *j->p;
    if (ch == '{' || ch == '[') {
        if (++j->depth > JSON_MAX_DEPTH)
            return NULL;
        jsonld_value *v = parse_container(j, ch == '{');
        j->depth--;
        return v;
    }
    jsonld_value *v = arena_alloc(j->a, sizeof(*v));
    if (ch == '"') {
        v->type = JSONLD_STRING;
        v->str = parse_string(j);
        return v->str ? v : NULL;
    }
    /* numbers, true, false, null: kept as their text */
    const char *s = j->p;
    while (j->p < j->end && *j->p != ',' && *j->p != '}' && *j->p != ']' && *j->p != ' ' &&
           *j->p != '\n' && *j->p != '\r' && *j->p != '\t')
        j->p++;
    if (j->p == s)
        return NULL;
    v->type = JSONLD_OTHER;
    v->str = arena_strndup(j->a, s, (size_t)(j->p - s));
    return v;
}

jsonld_value *
jsonld_parse(arena *a, const char *s, size_t len)
{
    /* Some pages wrap the block in CDATA markers. */
    while (len && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r'))
        s++, len--;
    if (len >= 9 && strncmp(s, "<![CDATA[", 9) == 0)
        s += 9, len -= 9;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\r' ||
                   s[len - 1] == '\t' || s[len - 1] == ';'))
        len--;
    if (len >= 3 && strncmp(s + len - 3, "]]>", 3) == 0)
        len -= 3;
    if (len > JSONLD_MAX_BYTES)
        return NULL;
    jparser j = {a, s, s + len, 0};
    jsonld_value *v = parse_value(&j);
    skip_ws(&j);
    return v && j.p == j.end ? v : NULL;
}

const jsonld_value *
jsonld_get(const jsonld_value *obj, const char *key)
{
    if (!obj || obj->type != JSONLD_OBJECT)
        return NULL;
    for (const jsonld_value *v = obj->first; v; v = v->next)
        if (v->key && strcmp(v->key, key) == 0)
            return v;
    return NULL;
}

const char *
jsonld_str(const jsonld_value *obj, const char *key)
{
    const jsonld_value *v = jsonld_get(obj, key);
    return v && v->type == JSONLD_STRING ? v->str : NULL;
}
