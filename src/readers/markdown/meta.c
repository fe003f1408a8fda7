/*
 * meta.c - a Markdown article's metadata in the forms other than YAML
 * front matter, and the keys every form shares (see md_meta.h).
 *
 * Hugo and Zola write TOML between "+++" lines; pandoc reads a title
 * block of up to three "%" lines (title, authors, date); MultiMarkdown
 * reads "Key: value" lines up to the first blank line. TOML is read here
 * in the part front matter uses: top-level keys whose values are strings
 * (basic, literal, multi-line), arrays of them, dates, numbers and
 * flags; inline tables and [tables] are passed over. There is no TOML
 * library among Debian's C packages, and this subset is small.
 *
 * Dates of the free-form blocks ("% March 5, 2024") go through the text
 * reader's date finder (rd_date_iso); TOML's are ISO.
 */
#include "md_meta.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "../../base/buf.h"
#include "../../base/utf8.h"

static const struct {
    const char *name;
    md_key key;
} md_keys[] = {
    {"title", MD_KEY_TITLE},
    {"subtitle", MD_KEY_SUBTITLE},
    {"author", MD_KEY_AUTHOR},
    {"authors", MD_KEY_AUTHOR},
    {"translator", MD_KEY_TRANSLATOR},
    {"translators", MD_KEY_TRANSLATOR},
    {"editor", MD_KEY_EDITOR},
    {"editors", MD_KEY_EDITOR},
    {"illustrator", MD_KEY_ILLUSTRATOR},
    {"illustrators", MD_KEY_ILLUSTRATOR},
    {"date", MD_KEY_DATE},
    {"published", MD_KEY_DATE_ALIAS},
    {"pubdate", MD_KEY_DATE_ALIAS},
    {"publishdate", MD_KEY_DATE_ALIAS},
    {"publish_date", MD_KEY_DATE_ALIAS},
    {"date_published", MD_KEY_DATE_ALIAS},
    {"published_at", MD_KEY_DATE_ALIAS},
    {"retrieved", MD_KEY_RETRIEVED},
    {"accessed", MD_KEY_RETRIEVED},
    {"source", MD_KEY_SOURCE},
    {"url", MD_KEY_SOURCE},
    {"canonical_url", MD_KEY_SOURCE},
    {"canonicalurl", MD_KEY_SOURCE},
    {"canonical", MD_KEY_SOURCE},
    {"language", MD_KEY_LANGUAGE},
    {"lang", MD_KEY_LANGUAGE},
    {"description", MD_KEY_DESCRIPTION},
    {"summary", MD_KEY_DESCRIPTION},
    {"excerpt", MD_KEY_DESCRIPTION},
    {"abstract", MD_KEY_DESCRIPTION},
    {"site", MD_KEY_SITE},
    {"publication", MD_KEY_SITE},
    /* what static-site generators and note apps keep there */
    {"tags", MD_KEY_IGNORED},
    {"categories", MD_KEY_IGNORED},
    {"category", MD_KEY_IGNORED},
    {"keywords", MD_KEY_IGNORED},
    {"layout", MD_KEY_IGNORED},
    {"draft", MD_KEY_IGNORED},
    {"permalink", MD_KEY_IGNORED},
    {"slug", MD_KEY_IGNORED},
    {"weight", MD_KEY_IGNORED},
    {"toc", MD_KEY_IGNORED},
    {"image", MD_KEY_IGNORED},
    {"cover", MD_KEY_IGNORED},
    {"thumbnail", MD_KEY_IGNORED},
    {"aliases", MD_KEY_IGNORED},
    {"type", MD_KEY_IGNORED},
    {"id", MD_KEY_IGNORED},
    {"lastmod", MD_KEY_IGNORED},
    {"updated", MD_KEY_IGNORED},
    {"modified", MD_KEY_IGNORED},
    {"expirydate", MD_KEY_IGNORED},
    {"series", MD_KEY_IGNORED},
    {"comments", MD_KEY_IGNORED},
    {"excerpt_separator", MD_KEY_IGNORED},
    {"math", MD_KEY_IGNORED},
    {"translationkey", MD_KEY_IGNORED},
};

md_key
md_meta_key(const char *key, size_t len)
{
    for (size_t i = 0; i < sizeof md_keys / sizeof md_keys[0]; i++)
        if (strlen(md_keys[i].name) == len && !strncasecmp(md_keys[i].name, key, len))
            return md_keys[i].key;
    return MD_KEY_UNKNOWN;
}

const char *
md_meta_role(md_key k)
{
    return k == MD_KEY_TRANSLATOR    ? "trl"
           : k == MD_KEY_EDITOR      ? "edt"
           : k == MD_KEY_ILLUSTRATOR ? "ill"
                                     : NULL;
}

const char *
md_meta_iso_date(arena *a, const char *s)
{
    size_t n = strlen(s);
    if (n > 10 && (s[10] == ' ' || s[10] == 'T' || s[10] == 't'))
        n = 10; /* a timestamp's day */
    const char *d = arena_strndup(a, s, n);
    return doc_date_valid(d) ? d : NULL;
}

/* A value for a key. `lang`: the order of a numeric date written out
 * (free-form blocks); NULL for TOML, whose dates are ISO. */
static void
meta_set(arena *a, doc_meta *m, md_key k, const char *v, bool free_date, const char *lang)
{
    if (!v || !*v)
        return;
    const char *date = NULL;
    switch (k) {
    case MD_KEY_TITLE: m->title = v; break;
    case MD_KEY_SUBTITLE: m->subtitle = v; break;
    case MD_KEY_AUTHOR:
    case MD_KEY_TRANSLATOR:
    case MD_KEY_EDITOR:
    case MD_KEY_ILLUSTRATOR: doc_meta_add_author(a, m, v, md_meta_role(k)); break;
    case MD_KEY_DATE:
    case MD_KEY_DATE_ALIAS:
    case MD_KEY_RETRIEVED:
        date = md_meta_iso_date(a, v);
        if (!date && free_date)
            date = rd_date_iso(a, v, strlen(v), lang);
        if (date && k == MD_KEY_RETRIEVED)
            m->retrieved = date;
        else if (date && (k == MD_KEY_DATE || !m->date))
            m->date = date;
        break;
    case MD_KEY_SOURCE: m->source = v; break;
    case MD_KEY_LANGUAGE: m->language = v; break;
    case MD_KEY_DESCRIPTION: m->description = v; break;
    case MD_KEY_SITE: m->site = v; break;
    case MD_KEY_UNKNOWN:
    case MD_KEY_IGNORED: break;
    }
}

/* The end of the line at i (its '\n' or len). */
static size_t
eol_at(const char *s, size_t len, size_t i)
{
    const char *nl = memchr(s + i, '\n', len - i);
    return nl ? (size_t)(nl - s) : len;
}

/* A line [i, e) that is `fence` and spaces. */
static bool
fence_line(const char *s, size_t i, size_t e, const char *fence)
{
    size_t n = strlen(fence);
    if (e - i < n || memcmp(s + i, fence, n) != 0)
        return false;
    for (size_t k = i + n; k < e; k++)
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r')
            return false;
    return true;
}

static bool
blank_char(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The line [i, e) holds only spaces. */
static bool
blank_line(const char *s, size_t i, size_t e)
{
    for (; i < e; i++)
        if (!blank_char(s[i]))
            return false;
    return true;
}

static char *
trimmed(arena *a, const char *s, size_t len)
{
    while (len && blank_char(*s))
        s++, len--;
    while (len && blank_char(s[len - 1]))
        len--;
    return arena_strndup(a, s, len);
}

/* A TOML string as a value: a multi-line one's lines run together (as
 * YAML's folded ones), then trimmed. */
static char *
toml_text(arena *a, const char *s)
{
    char *v = arena_strdup(a, s);
    for (char *p = v; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    return trimmed(a, v, strlen(v));
}

/* ---- TOML ---- */

/* A TOML front matter's size past which it is refused, as YAML's is. */
#define TOML_MAX_BYTES (64u * 1024u)
/* Arrays nested deeper than this are refused. */
#define TOML_MAX_NEST 16
/* Strings of an array kept (authors); the rest are read and dropped. */
#define TOML_MAX_ITEMS 64

typedef enum { TV_NONE, TV_STRING, TV_ARRAY, TV_BARE, TV_NAMED } tv_kind;

typedef struct tval {
    tv_kind kind;
    const char *str;                   /* TV_STRING, TV_BARE; TV_NAMED: a table's name */
    const char *items[TOML_MAX_ITEMS]; /* TV_ARRAY: its strings */
    size_t n_items;
} tval;

typedef struct toml {
    arena *a;
    diag_list *d;
    const char *path;
    const char *s;
    size_t len, i;
    uint32_t line; /* of s[i], in the file */
    bool failed;
    bool quiet; /* reading inside what was already read whole: no diagnostics */
} toml;

static void
toml_err(toml *t, const char *what)
{
    if (!t->failed && !t->quiet)
        diag_error(t->d, t->path, t->line, 1, "TOML front matter: %s", what);
    t->failed = true;
}

/* Spaces, and with `lines`, line ends and comments too. */
static void
toml_skip(toml *t, bool lines)
{
    while (t->i < t->len) {
        char c = t->s[t->i];
        if (c == ' ' || c == '\t' || c == '\r')
            t->i++;
        else if (c == '#')
            t->i = eol_at(t->s, t->len, t->i);
        else if (c == '\n' && lines) {
            t->i++;
            t->line++;
        } else
            break;
    }
}

static void
put_cp(buf *b, uint32_t cp)
{
    char u[4];
    size_t n = utf8_encode(cp, u);
    buf_add(b, u, n);
}

/* A string after its opening quote(s): basic (escapes) or literal, on one
 * line or (`multi`) over several, a newline right after the quotes
 * dropped. */
static const char *
toml_string(toml *t, char q, bool multi)
{
    buf b;
    buf_init(&b, 0);
    if (multi && t->i < t->len && t->s[t->i] == '\n') {
        t->i++;
        t->line++;
    }
    for (;;) {
        if (t->i >= t->len || (!multi && t->s[t->i] == '\n')) {
            toml_err(t, "a string is not closed");
            buf_cleanup(&b);
            return NULL;
        }
        char c = t->s[t->i];
        if (c == q &&
            (!multi || (t->i + 2 < t->len && t->s[t->i + 1] == q && t->s[t->i + 2] == q))) {
            t->i += multi ? 3 : 1;
            break;
        }
        if (c == '\n')
            t->line++;
        if (c == '\\' && q == '"' && t->i + 1 < t->len) {
            char e = t->s[t->i + 1];
            t->i += 2;
            const char *simple = strchr("btnfr\"\\", e);
            if (e && simple) {
                static const char out[] = "\b\t\n\f\r\"\\";
                buf_addc(&b, out[simple - "btnfr\"\\"]);
            } else if (e == 'u' || e == 'U') {
                size_t n = e == 'u' ? 4 : 8;
                uint32_t cp = 0;
                size_t k = 0;
                for (; k < n && t->i + k < t->len && isxdigit((unsigned char)t->s[t->i + k]); k++) {
                    char h = t->s[t->i + k];
                    cp = cp * 16 +
                         (uint32_t)(isdigit((unsigned char)h) ? h - '0' : (tolower(h) - 'a' + 10));
                }
                t->i += k;
                if (k == n && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF))
                    put_cp(&b, cp);
            } else if (strchr(" \t\r\n", e) && e) {
                /* a line-ending backslash (spaces may follow it): in a
                   multi-line string the line runs on; elsewhere the
                   string is not closed on its line */
                size_t k = t->i - 1;
                while (k < t->len && (t->s[k] == ' ' || t->s[k] == '\t' || t->s[k] == '\r'))
                    k++;
                if (!multi || k >= t->len || t->s[k] != '\n') {
                    toml_err(t, "a string is not closed");
                    buf_cleanup(&b);
                    return NULL;
                }
                t->i = k;
                while (t->i < t->len && strchr(" \t\r\n", t->s[t->i]))
                    t->line += t->s[t->i++] == '\n';
            }
            continue;
        }
        buf_addc(&b, c);
        t->i++;
    }
    const char *s = arena_strndup(t->a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    return s;
}

/* A key, bare or quoted, its dotted parts joined (*dotted set); NULL when
 * there is none. */
static const char *
toml_key(toml *t, bool *dotted)
{
    const char *key = NULL;
    for (;;) {
        toml_skip(t, false);
        if (t->i < t->len && (t->s[t->i] == '"' || t->s[t->i] == '\'')) {
            char q = t->s[t->i++];
            key = toml_string(t, q, false);
        } else {
            size_t b = t->i;
            while (t->i < t->len &&
                   (isalnum((unsigned char)t->s[t->i]) || t->s[t->i] == '_' || t->s[t->i] == '-'))
                t->i++;
            key = t->i > b ? arena_strndup(t->a, t->s + b, t->i - b) : NULL;
        }
        if (!key)
            return NULL;
        toml_skip(t, false);
        if (t->i < t->len && t->s[t->i] == '.') {
            t->i++;
            *dotted = true;
            continue;
        }
        return key;
    }
}

static bool toml_value(toml *t, tval *v, int depth);

/* The "name" of an inline table [from, to) (an author given as
 * { name = "...", url = "..." }), or NULL. */
static const char *
inline_name(const toml *t, size_t from, size_t to, int depth)
{
    toml s = *t;
    s.i = from;
    s.len = to;
    s.failed = false;
    s.quiet = true;
    while (!s.failed) {
        bool dotted = false;
        const char *key = toml_key(&s, &dotted);
        if (!key || s.i >= s.len || s.s[s.i] != '=')
            return NULL;
        s.i++;
        toml_skip(&s, false);
        tval v = {0};
        if (!toml_value(&s, &v, depth + 1))
            return NULL;
        if (!dotted && !strcasecmp(key, "name") && v.kind == TV_STRING)
            return v.str;
        toml_skip(&s, false);
        if (s.i >= s.len || s.s[s.i] != ',')
            return NULL;
        s.i++;
    }
    return NULL;
}

/* An array after its '[': strings kept, anything else read and dropped. */
static bool
toml_array(toml *t, tval *v, int depth)
{
    v->kind = TV_ARRAY;
    for (;;) {
        toml_skip(t, true);
        if (t->i >= t->len) {
            toml_err(t, "an array is not closed");
            return false;
        }
        if (t->s[t->i] == ']') {
            t->i++;
            return true;
        }
        tval item = {0};
        if (!toml_value(t, &item, depth + 1))
            return false;
        if ((item.kind == TV_STRING || item.kind == TV_NAMED) && v->n_items < TOML_MAX_ITEMS)
            v->items[v->n_items++] = item.str;
        toml_skip(t, true);
        if (t->i < t->len && t->s[t->i] == ',')
            t->i++;
        else if (t->i < t->len && t->s[t->i] != ']') {
            toml_err(t, "an array's items are not separated by commas");
            return false;
        }
    }
}

static bool
toml_value(toml *t, tval *v, int depth)
{
    if (depth > TOML_MAX_NEST) {
        toml_err(t, "arrays nest too deep");
        return false;
    }
    if (t->i >= t->len)
        return false;
    char c = t->s[t->i];
    if (c == '"' || c == '\'') {
        bool multi = t->i + 2 < t->len && t->s[t->i + 1] == c && t->s[t->i + 2] == c;
        t->i += multi ? 3 : 1;
        v->str = toml_string(t, c, multi);
        v->kind = TV_STRING;
        return v->str != NULL;
    }
    if (c == '[') {
        t->i++;
        return toml_array(t, v, depth);
    }
    if (c == '{') {
        /* an inline table: one line, passed over but for its name */
        size_t b = t->i;
        int open = 0;
        char quote = 0;
        for (; t->i < t->len && t->s[t->i] != '\n'; t->i++) {
            char ch = t->s[t->i];
            if (quote) {
                if (ch == '\\' && quote == '"' && t->i + 1 < t->len && t->s[t->i + 1] != '\n')
                    t->i++;
                else if (ch == quote)
                    quote = 0;
                continue;
            }
            if (ch == '"' || ch == '\'') {
                quote = ch;
                continue;
            }
            open += ch == '{';
            open -= ch == '}';
            if (open == 0) {
                t->i++;
                v->str = inline_name(t, b + 1, t->i - 1, depth);
                v->kind = v->str ? TV_NAMED : TV_NONE;
                return true;
            }
        }
        toml_err(t, "an inline table is not closed on its line");
        return false;
    }
    /* a date, number or flag: up to a space, a comma, a bracket or a comment
       (a date's time after a space is passed over as the line's rest) */
    size_t b = t->i;
    while (t->i < t->len && !strchr(" \t\r\n,]#", t->s[t->i]))
        t->i++;
    if (t->i == b) {
        toml_err(t, "a key has no value");
        return false;
    }
    v->kind = TV_BARE;
    v->str = arena_strndup(t->a, t->s + b, t->i - b);
    return true;
}

static void
toml_apply(toml *t, const char *key, uint32_t line, const tval *v, doc_meta *m)
{
    md_key k = md_meta_key(key, strlen(key));
    if (k == MD_KEY_UNKNOWN) {
        diag_warn(t->d, t->path, line, 1,
                  "unknown front matter key '%s' (known: " MD_META_KNOWN ")", key);
        return;
    }
    bool date = k == MD_KEY_DATE || k == MD_KEY_RETRIEVED;
    if (v->kind == TV_ARRAY && MD_META_PEOPLE(k))
        for (size_t i = 0; i < v->n_items; i++)
            meta_set(t->a, m, k, toml_text(t->a, v->items[i]), false, NULL);
    else if ((v->kind == TV_STRING || v->kind == TV_BARE) && date &&
             !md_meta_iso_date(t->a, v->str))
        diag_warn(t->d, t->path, line, 1,
                  "front matter %s '%s' is not YYYY-MM-DD (or YYYY-MM, YYYY); ignored", key,
                  v->str);
    else if (v->kind == TV_STRING || (v->kind == TV_NAMED && MD_META_PEOPLE(k)))
        meta_set(t->a, m, k, toml_text(t->a, v->str), false, NULL);
    else if (v->kind == TV_BARE &&
             (k == MD_KEY_DATE || k == MD_KEY_DATE_ALIAS || k == MD_KEY_RETRIEVED))
        meta_set(t->a, m, k, v->str, false, NULL);
}

/* Hugo's author given as a table, "[author]" with its "name", or each
 * of a list of them, "[[authors]]": the key naming people, else
 * MD_KEY_UNKNOWN. */
static md_key
people_table(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == '[' || s[i] == ' ' || s[i] == '"' || s[i] == '\''))
        i++;
    size_t st = i;
    while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '-'))
        i++;
    size_t en = i;
    while (i < n && (s[i] == '"' || s[i] == '\'' || s[i] == ' '))
        i++;
    if (en == st || i >= n || s[i] != ']')
        return MD_KEY_UNKNOWN;
    md_key k = md_meta_key(s + st, en - st);
    return MD_META_PEOPLE(k) ? k : MD_KEY_UNKNOWN;
}

bool
md_toml_front(arena *a, diag_list *d, const char *path, const char *text, size_t len, doc_meta *m,
              md_block *out)
{
    size_t e = eol_at(text, len, 0);
    if (!fence_line(text, 0, e, "+++") || e >= len)
        return false;
    /* the closing fence */
    size_t start = e + 1, i = start, close = 0;
    uint32_t lines = 1;
    while (i < len) {
        size_t le = eol_at(text, len, i);
        lines++;
        if (fence_line(text, i, le, "+++")) {
            close = i;
            out->body = le < len ? le + 1 : le;
            out->lines = lines;
            break;
        }
        i = le + 1;
    }
    if (!close)
        return false; /* a "+++" line of the text */
    out->failed = false;
    if (close - start > TOML_MAX_BYTES) {
        diag_error(d, path, 2, 1, "front matter is %zu bytes; the limit is %u KB", close - start,
                   TOML_MAX_BYTES / 1024u);
        out->failed = true;
        return true;
    }
    toml t = {.a = a, .d = d, .path = path, .s = text, .len = close, .i = start, .line = 2};
    bool in_table = false;
    md_key people = MD_KEY_UNKNOWN; /* the table is [author] or [[authors]] */
    while (!t.failed) {
        toml_skip(&t, true);
        if (t.i >= t.len)
            break;
        uint32_t line = t.line;
        if (t.s[t.i] == '[') {
            in_table = true; /* [params], [[menu]]: not the article's own keys */
            size_t le = eol_at(t.s, t.len, t.i);
            people = people_table(t.s + t.i, le - t.i);
            t.i = le;
            continue;
        }
        /* key (bare or quoted; dotted keys name tables' keys) */
        bool dotted = false;
        const char *key = toml_key(&t, &dotted);
        if (!key)
            toml_err(&t, "a line is not 'key = value'");
        if (t.failed)
            break;
        if (t.i >= t.len || t.s[t.i] != '=') {
            toml_err(&t, "a line is not 'key = value'");
            break;
        }
        t.i++;
        toml_skip(&t, false);
        tval v = {0};
        if (!toml_value(&t, &v, 0)) {
            toml_err(&t, "a key has no value");
            break;
        }
        if (!in_table && !dotted)
            toml_apply(&t, key, line, &v, m);
        else if (people != MD_KEY_UNKNOWN && !dotted && v.kind == TV_STRING &&
                 strcasecmp(key, "name") == 0)
            meta_set(t.a, m, people, toml_text(t.a, v.str), false, NULL);
        /* the rest of the line: a date's time after a space, a comment */
        t.i = eol_at(t.s, t.len, t.i);
    }
    out->failed = t.failed;
    return true;
}

/* ---- pandoc's title block ---- */

bool
md_pandoc_block(arena *a, const char *text, size_t len, const char *lang, doc_meta *m,
                md_block *out)
{
    if (len < 2 || text[0] != '%')
        return false;
    buf field[3];
    for (int f = 0; f < 3; f++)
        buf_init(&field[f], 0);
    int f = -1;
    size_t i = 0;
    uint32_t lines = 0;
    while (i < len) {
        size_t e = eol_at(text, len, i);
        bool cont = f >= 0 && (text[i] == ' ' || text[i] == '\t') && !blank_line(text, i, e);
        if (text[i] == '%' && f < 2) {
            f++;
            i++;
        } else if (!cont)
            break;
        /* authors go one to a line or separated by ';' */
        if (cont && field[f].len)
            buf_addc(&field[f], f == 1 ? ';' : ' ');
        buf_add(&field[f], text + i, e - i);
        lines++;
        i = e < len ? e + 1 : e;
    }
    for (int k = 0; k < 3; k++)
        buf_addc(&field[k], '\0');
    const char *title = trimmed(a, field[0].data, strlen(field[0].data));
    meta_set(a, m, MD_KEY_TITLE, title, true, lang);
    for (const char *p = field[1].data; p && *p;) {
        const char *sc = strchr(p, ';');
        size_t n = sc ? (size_t)(sc - p) : strlen(p);
        meta_set(a, m, MD_KEY_AUTHOR, trimmed(a, p, n), true, lang);
        p += n + (sc != NULL);
    }
    const char *date = trimmed(a, field[2].data, strlen(field[2].data));
    meta_set(a, m, MD_KEY_DATE, date, true, lang);
    for (int k = 0; k < 3; k++)
        buf_cleanup(&field[k]);
    out->body = i;
    out->lines = lines;
    out->failed = false;
    return true;
}

/* ---- MultiMarkdown ---- */

/* Longest key of a metadata line, and the most words in it. */
#define MMD_KEY_MAX 40
#define MMD_KEY_WORDS 3

/* The key of a "Key: value" line [i, e): its length, 0 when it is none. */
static size_t
mmd_key(const char *s, size_t i, size_t e)
{
    if (i >= e || !isalpha((unsigned char)s[i]))
        return 0;
    size_t k = i, words = 1;
    while (k < e && k - i <= MMD_KEY_MAX &&
           (isalnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-' || s[k] == ' ')) {
        words += s[k] == ' ' && k + 1 < e && s[k + 1] != ' ' && s[k + 1] != ':';
        k++;
    }
    if (k >= e || s[k] != ':' || k - i > MMD_KEY_MAX || words > MMD_KEY_WORDS)
        return 0;
    if (k + 1 < e && s[k + 1] != ' ' && s[k + 1] != '\t' && s[k + 1] != '\r')
        return 0; /* "https://...": no key */
    return k - i;
}

bool
md_mmd_block(arena *a, const char *text, size_t len, const char *lang, doc_meta *m, md_block *out)
{
    size_t e = eol_at(text, len, 0);
    size_t kl = mmd_key(text, 0, e);
    while (kl && text[kl - 1] == ' ')
        kl--;
    /* the first key must be one a reader knows: no prose line */
    md_key first = kl ? md_meta_key(text, kl) : MD_KEY_UNKNOWN;
    if (first == MD_KEY_UNKNOWN || first == MD_KEY_IGNORED)
        return false;
    /* every line up to the blank one is a key's or continues one */
    size_t i = 0;
    uint32_t lines = 0;
    while (i < len) {
        size_t le = eol_at(text, len, i);
        if (blank_line(text, i, le))
            break;
        if (!mmd_key(text, i, le) && !(lines > 0 && (text[i] == ' ' || text[i] == '\t')))
            return false;
        lines++;
        i = le < len ? le + 1 : le;
    }
    /* read them: a key's value runs on over its continuation lines */
    md_key k = MD_KEY_UNKNOWN;
    buf val;
    buf_init(&val, 0);
    for (size_t j = 0; j < i;) {
        size_t le = eol_at(text, len, j);
        size_t n = mmd_key(text, j, le);
        if (n) {
            if (val.len)
                meta_set(a, m, k, trimmed(a, val.data, val.len), true, lang);
            buf_clear(&val);
            size_t kn = n;
            while (kn && text[j + kn - 1] == ' ')
                kn--;
            k = md_meta_key(text + j, kn);
            buf_add(&val, text + j + n + 1, le - (j + n + 1));
        } else {
            size_t b = j;
            while (b < le && (text[b] == ' ' || text[b] == '\t'))
                b++;
            buf_addc(&val, ' ');
            buf_add(&val, text + b, le - b);
        }
        j = le < len ? le + 1 : le;
    }
    if (val.len)
        meta_set(a, m, k, trimmed(a, val.data, val.len), true, lang);
    buf_cleanup(&val);
    out->body = i;
    out->lines = lines;
    out->failed = false;
    return true;
}
