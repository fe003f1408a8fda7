/*
 * manifest.c - collection.yaml -> struct manifest.
 *
 * libyaml's document loader gives us a node graph with start marks; we walk
 * it against a fixed schema (top level, parts, article entries). Every check
 * records a diagnostic and goes on, so one run reports every problem in the
 * file.
 *
 * Hostile YAML is bounded in three places. A first pass over libyaml's
 * events (cheap: no nodes are built) refuses nesting deeper than
 * MANIFEST_MAX_DEPTH, because libyaml's scanner slows down quadratically with
 * flow depth, and more than MANIFEST_MAX_NODES values, because the loader
 * keeps ~180 bytes per node. Aliases are followed during the walk, but every
 * value visited a second time counts against MANIFEST_MAX_ALIAS_VISITS, so an
 * alias bomb ("billion laughs") stops with one error after bounded work.
 *
 * libyaml counts columns in characters; diagnostics carry byte columns like
 * a compiler's, so marks go through a manifest_colmap.
 *
 * Warnings that can come once per entry (a duplicate article, an unknown
 * key, an unknown language tag, a part without articles) are given in
 * full for the first MANIFEST_REPEAT_SHOWN of each kind; the rest are
 * counted and summed up in one line at the first one not shown, so a
 * generated list that names one file ten thousand times gives four lines,
 * not ten thousand.
 */
#include "manifest.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "../base/fs.h"
#include "../base/utf8.h"

/* Kinds of warning that can come once per manifest entry. */
enum { REP_DUP_ARTICLE, REP_DUP_KEY, REP_UNKNOWN_KEY, REP_UNKNOWN_LANG, REP_EMPTY_PART, REP_N };
#define MANIFEST_REPEAT_SHOWN 3

typedef struct mctx {
    arena *a;
    diag_list *d;
    const char *file;
    yaml_document_t *doc;
    manifest *m;
    const manifest_options *opt;
    char *root_real; /* realpath of the manifest folder */
    int errors;
    manifest_colmap cm;
    unsigned char *visited; /* per libyaml node: 1 walked once, 2 and its
                             * duplicate-article warning given */
    size_t n_nodes;
    size_t revisits; /* walks of already visited nodes (aliases) */
    bool stop;       /* a limit was hit: walk no further */
    /* duplicate detection: open-addressing set of resolved paths */
    struct seen_path {
        const char *path;
        uint32_t line;
    } * seen;
    size_t seen_cap, seen_count;
    /* per kind of repeatable warning: how many were given, and the first
     * one held back (where its summary line goes) */
    struct repeat_count {
        size_t given, held;
        doc_pos first_held;
    } repeats[REP_N];
} mctx;

static const char *const repeat_words[REP_N] = {"duplicate entries", "duplicate keys",
                                                "unknown keys", "unknown language tags",
                                                "parts without articles"};

static const char *const top_keys[] = {"title",       "subtitle",   "editor", "editors",   "author",
                                       "authors",     "language",   "date",   "publisher", "rights",
                                       "description", "cover",      "style",  "paper",     "parts",
                                       "articles",    "identifier", "series", "toc_depth", NULL};
static const char *const part_keys[] = {"title", "intro", "articles", NULL};
static const char *const article_keys[] = {
    "path",        "title",  "subtitle", "author",      "authors",      "date",      "source",
    "language",    "format", "extract",  "description", "site",         "retrieved", "translator",
    "translators", "editor", "editors",  "illustrator", "illustrators", NULL};

/* ---- helpers ---- */

void
manifest_colmap_init(manifest_colmap *cm, const char *text, size_t len)
{
    memset(cm, 0, sizeof(*cm));
    cm->text = text;
    cm->len = len;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        cm->base = 3;
    cm->bi = cm->base;
    cm->ascii = true;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)text[i] >= 0x80) {
            cm->ascii = false;
            break;
        }
    }
}

static bool
is_cont(char ch)
{
    return ((unsigned char)ch & 0xC0) == 0x80;
}

unsigned
manifest_colmap_col(manifest_colmap *cm, size_t index, size_t column)
{
    if (cm->ascii)
        return (unsigned)column + 1;
    while (cm->ci < index && cm->bi < cm->len) {
        cm->bi++;
        while (cm->bi < cm->len && is_cont(cm->text[cm->bi]))
            cm->bi++;
        cm->ci++;
    }
    while (cm->ci > index && cm->bi > cm->base) {
        cm->bi--;
        while (cm->bi > cm->base && is_cont(cm->text[cm->bi]))
            cm->bi--;
        cm->ci--;
    }
    /* Walking back over a very long line would make many marks on it
     * quadratic; that far right, the character column will do. */
    if (column > 4096)
        return (unsigned)column + 1;
    size_t b = cm->bi;
    for (size_t k = column; k && b > cm->base; k--) {
        b--;
        while (b > cm->base && is_cont(cm->text[b]))
            b--;
    }
    return (unsigned)(cm->bi - b) + 1;
}

static doc_pos
pos_mark(mctx *c, const yaml_mark_t *mk)
{
    doc_pos p = {c->file, (uint32_t)mk->line + 1,
                 manifest_colmap_col(&c->cm, mk->index, mk->column)};
    return p;
}

static doc_pos
pos_of(mctx *c, yaml_node_t *n)
{
    return pos_mark(c, &n->start_mark);
}

#define ERR(c, n, ...)                                                                             \
    do {                                                                                           \
        doc_pos p_ = pos_of((c), (n));                                                             \
        diag_error((c)->d, p_.file, p_.line, p_.col, __VA_ARGS__);                                 \
        (c)->errors++;                                                                             \
    } while (0)
#define WARN(c, n, ...)                                                                            \
    do {                                                                                           \
        doc_pos p_ = pos_of((c), (n));                                                             \
        diag_warn((c)->d, p_.file, p_.line, p_.col, __VA_ARGS__);                                  \
    } while (0)
/* A warning of a kind that can repeat once per entry: given in full only
 * while fewer than MANIFEST_REPEAT_SHOWN of its kind were. kind < 0: a
 * warning about the top level, which comes once per file, always given. */
static void __attribute__((format(printf, 4, 5)))
warn_rep(mctx *c, int kind, yaml_node_t *n, const char *fmt, ...)
{
    doc_pos p = pos_of(c, n);
    if (kind >= 0) {
        struct repeat_count *r = &c->repeats[kind];
        if (r->given >= MANIFEST_REPEAT_SHOWN) {
            if (r->held++ == 0)
                r->first_held = p;
            return;
        }
        r->given++;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(c->a, fmt, ap);
    va_end(ap);
    diag_warn(c->d, p.file, p.line, p.col, "%s", msg);
}

/* One summary line per kind of repeated warning that was held back. */
static void
repeat_summaries(mctx *c)
{
    for (size_t k = 0; k < REP_N; k++) {
        const struct repeat_count *r = &c->repeats[k];
        if (r->held)
            diag_warn(c->d, r->first_held.file, r->first_held.line, r->first_held.col,
                      "%zu more %s", r->held, repeat_words[k]);
    }
}

size_t
manifest_edit_distance(const char *a, const char *b)
{
    /* Optimal string alignment: Levenshtein plus swaps of two neighbours,
     * the most common typo in a key ("titel"). Three rows suffice. */
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return la > lb ? la : lb;
    size_t rows[3][65];
    size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        int ca = tolower((unsigned char)a[i - 1]);
        for (size_t j = 1; j <= lb; j++) {
            int cb = tolower((unsigned char)b[j - 1]);
            size_t v = prev[j - 1] + (ca != cb);
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == cb && prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v;
        }
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb];
}

/* Count a walk over node n. False when the walk must stop: a limit was
 * hit before, or revisits through aliases just went over theirs. */
static bool
touch(mctx *c, yaml_node_t *n)
{
    if (c->stop)
        return false;
    size_t i = (size_t)(n - c->doc->nodes.start);
    if (i >= c->n_nodes)
        return true;
    if (!c->visited[i]) {
        c->visited[i] = 1;
        return true;
    }
    if (++c->revisits > MANIFEST_MAX_ALIAS_VISITS) {
        ERR(c, n,
            "YAML aliases make the manifest expand to too many values (more than %d); "
            "write the values out",
            MANIFEST_MAX_ALIAS_VISITS);
        c->stop = true;
        return false;
    }
    return true;
}

/* Index of key in a NULL-terminated table, or -1. */
static int
key_index(const char *const *known, const char *key)
{
    for (int i = 0; known[i]; i++)
        if (strcmp(known[i], key) == 0)
            return i;
    return -1;
}

/* True (after a warning) when a known key appears a second time in one
 * mapping; the first value is kept, as the reader of the file expects the
 * first one they see to count. first[] holds each key's first node. */
static bool
duplicate_key(mctx *c, yaml_node_t *k, const char *key, const char *const *known,
              yaml_node_t **first)
{
    int i = key_index(known, key);
    if (i < 0)
        return false;
    if (!first[i]) {
        first[i] = k;
        return false;
    }
    warn_rep(c, known == top_keys ? -1 : REP_DUP_KEY, k,
             "duplicate key '%s' (first given on line %u); this one is ignored", key,
             (unsigned)first[i]->start_mark.line + 1);
    return true;
}

size_t
manifest_suggest_limit(const char *name)
{
    /* About one edit in four characters: "subtitel" -> subtitle (2 edits
     * in 8), but not "colour" -> cover (3 in 6). */
    size_t n = strlen(name);
    return n < 6 ? 1 : (n + 2) / 4;
}

static void
unknown_key(mctx *c, yaml_node_t *key, const char *name, const char *const *known,
            const char *where)
{
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t i = 0; known[i]; i++) {
        size_t dist = manifest_edit_distance(name, known[i]);
        if (dist < best_d) {
            best_d = dist;
            best = known[i];
        }
    }
    if (best && best_d <= manifest_suggest_limit(name))
        warn_rep(c, known == top_keys ? -1 : REP_UNKNOWN_KEY, key,
                 "unknown key '%s' in %s; did you mean '%s'?", name, where, best);
    else
        warn_rep(c, known == top_keys ? -1 : REP_UNKNOWN_KEY, key,
                 "unknown key '%s' in %s (ignored)", name, where);
}

static const char *
type_word(yaml_node_t *n)
{
    switch (n->type) {
    case YAML_SCALAR_NODE: return "a single value";
    case YAML_SEQUENCE_NODE: return "a list";
    case YAML_MAPPING_NODE: return "a mapping";
    default: return "nothing";
    }
}

/* The trimmed text of a scalar node, without copying. */
static const char *
trimmed(yaml_node_t *n, size_t *len)
{
    const char *s = (const char *)n->data.scalar.value;
    size_t k = n->data.scalar.length;
    while (k && isspace((unsigned char)s[k - 1]))
        k--;
    while (k && isspace((unsigned char)*s)) {
        s++;
        k--;
    }
    *len = k;
    return s;
}

/* An empty value, ~ or null: what YAML means by "nothing here". */
static bool
empty_scalar(yaml_node_t *n)
{
    if (!n || n->type != YAML_SCALAR_NODE)
        return false;
    size_t len;
    const char *s = trimmed(n, &len);
    return len == 0 || (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
                        ((len == 1 && s[0] == '~') || (len == 4 && strncmp(s, "null", 4) == 0)));
}

/* A scalar as an arena string; NULL + error for a list or mapping. */
static const char *
scalar(mctx *c, yaml_node_t *n, const char *key)
{
    if (!touch(c, n))
        return NULL;
    if (n->type != YAML_SCALAR_NODE) {
        ERR(c, n, "'%s' must be a single value, not %s", key, type_word(n));
        return NULL;
    }
    /* An empty or null scalar is absent. */
    if (empty_scalar(n))
        return NULL;
    size_t len;
    const char *s = trimmed(n, &len);
    if (memchr(s, '\0', len)) {
        ERR(c, n, "'%s' contains a NUL character", key);
        return NULL;
    }
    return arena_strndup(c->a, s, len);
}

/* A string or a list of strings (editor/editors, author/authors). */
static void
names(mctx *c, yaml_node_t *n, const char *key, const char ***list, size_t *count)
{
    size_t cap = n->type == YAML_SEQUENCE_NODE
                     ? (size_t)(n->data.sequence.items.top - n->data.sequence.items.start)
                     : 1;
    const char **out = arena_alloc(c->a, (cap + 1 + *count) * sizeof(char *));
    size_t k = 0;
    for (size_t i = 0; i < *count; i++)
        out[k++] = (*list)[i];
    if (n->type == YAML_SEQUENCE_NODE) {
        for (yaml_node_item_t *it = n->data.sequence.items.start;
             it < n->data.sequence.items.top && !c->stop; it++) {
            yaml_node_t *item = yaml_document_get_node(c->doc, *it);
            const char *s = item ? scalar(c, item, key) : NULL;
            if (s)
                out[k++] = s;
        }
    } else {
        const char *s = scalar(c, n, key);
        if (s)
            out[k++] = s;
    }
    out[k] = NULL;
    *list = out;
    *count = k;
}

/* The relator code of an article's key naming people who did not write
 * it ("translators": "trl"), or NULL. */
static const char *
contrib_code(const char *key)
{
    static const char *const keys[][3] = {{"translator", "translators", "trl"},
                                          {"editor", "editors", "edt"},
                                          {"illustrator", "illustrators", "ill"}};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i][0]) == 0 || strcmp(key, keys[i][1]) == 0)
            return keys[i][2];
    return NULL;
}

static const char *
date_value(mctx *c, yaml_node_t *n, const char *key)
{
    const char *s = scalar(c, n, key);
    if (s && !doc_date_valid(s)) {
        ERR(c, n, "'%s' must be a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '%s'", key, s);
        return NULL;
    }
    return s;
}

/* ISO 639-1 codes, and the 639-2/3 codes people actually write. */
static const char known_langs[] =
    " aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs"
    " cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha"
    " he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn"
    " ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb"
    " nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd"
    " se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw"
    " ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
    " ast chr cmn fil gsw haw hmn kok mul nds sco yue und zxx ";

bool
manifest_language_known(const char *tag)
{
    size_t n = 0;
    while (isalpha((unsigned char)tag[n]))
        n++;
    if (n < 2 || n > 3)
        return false;
    /* The rest must be -subtag groups of 1-8 alphanumerics. */
    const char *p = tag + n;
    while (*p) {
        if (*p != '-')
            return false;
        p++;
        size_t k = 0;
        while (isalnum((unsigned char)p[k]))
            k++;
        if (k < 1 || k > 8)
            return false;
        p += k;
    }
    char code[6] = {' ', 0, 0, 0, 0, 0};
    for (size_t i = 0; i < n; i++)
        code[1 + i] = (char)tolower((unsigned char)tag[i]);
    code[1 + n] = ' ';
    return strstr(known_langs, code) != NULL;
}

static void
check_language(mctx *c, yaml_node_t *n, const char *tag)
{
    if (tag && !manifest_language_known(tag))
        warn_rep(c, REP_UNKNOWN_LANG, n,
                 "unknown language tag '%s' (expected a BCP 47 tag such as en, en-US, fr)", tag);
}

int
manifest_paper_size(const char *paper, double *w, double *h)
{
    static const struct {
        const char *name;
        double w, h;
    } named[] = {
        {"letter", 612, 792},     {"legal", 612, 1008},     {"a4", 595.276, 841.89},
        {"a5", 419.528, 595.276}, {"b5", 498.898, 708.661},
    };
    for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++) {
        if (strcasecmp(paper, named[i].name) == 0) {
            *w = named[i].w;
            *h = named[i].h;
            return 0;
        }
    }
    /* WxH followed by a unit: in, mm, cm or pt. */
    char *end;
    errno = 0;
    double pw = strtod(paper, &end);
    if (end == paper || (*end != 'x' && *end != 'X'))
        return -1;
    const char *rest = end + 1;
    double ph = strtod(rest, &end);
    if (end == rest || errno)
        return -1;
    double unit;
    if (strcmp(end, "in") == 0)
        unit = 72.0;
    else if (strcmp(end, "mm") == 0)
        unit = 72.0 / 25.4;
    else if (strcmp(end, "cm") == 0)
        unit = 72.0 / 2.54;
    else if (strcmp(end, "pt") == 0)
        unit = 1.0;
    else
        return -1;
    pw *= unit;
    ph *= unit;
    /* 1 in to 50 in: anything else is a typo, not a page. */
    if (!(pw >= 72 && ph >= 72 && pw <= 3600 && ph <= 3600))
        return -1;
    *w = pw;
    *h = ph;
    return 0;
}

/* ---- article paths ---- */

static size_t
hash_str(const char *s)
{
    size_t h = 1469598103934665603ull & (size_t)-1;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* The line where `path` was first listed, or 0 (and it is recorded as
 * listed on `line`). */
static uint32_t
seen_before(mctx *c, const char *path, uint32_t line)
{
    if (c->seen_count * 2 >= c->seen_cap) {
        size_t cap = c->seen_cap ? c->seen_cap * 2 : 64;
        struct seen_path *ns = xcalloc(cap, sizeof(*ns));
        for (size_t i = 0; i < c->seen_cap; i++) {
            if (!c->seen[i].path)
                continue;
            size_t j = hash_str(c->seen[i].path) & (cap - 1);
            while (ns[j].path)
                j = (j + 1) & (cap - 1);
            ns[j] = c->seen[i];
        }
        free(c->seen);
        c->seen = ns;
        c->seen_cap = cap;
    }
    size_t j = hash_str(path) & (c->seen_cap - 1);
    while (c->seen[j].path) {
        if (strcmp(c->seen[j].path, path) == 0)
            return c->seen[j].line;
        j = (j + 1) & (c->seen_cap - 1);
    }
    c->seen[j].path = path;
    c->seen[j].line = line;
    c->seen_count++;
    return 0;
}

/* Resolve and check one path named in the manifest. NULL after an error.
 * *real_out (when given) gets the path with symlinks and dots resolved, so
 * "a.txt" and "./a.txt" are seen as one article. */
static const char *
check_path(mctx *c, yaml_node_t *n, const char *rel, const char *what, const char **real_out)
{
    if (strlen(rel) >= PATH_MAX) {
        ERR(c, n, "%s path is too long", what);
        return NULL;
    }
    const char *resolved = fs_join(c->a, c->m->dir, rel);
    if (!c->opt->allow_outside) {
        bool escapes = rel[0] == '/';
        if (!escapes) {
            /* Lexical check first: "../x" is refused even if it does not exist. */
            int depth = 0;
            const char *p = rel;
            while (*p && !escapes) {
                const char *e = strchr(p, '/');
                size_t k = e ? (size_t)(e - p) : strlen(p);
                if (k == 2 && p[0] == '.' && p[1] == '.')
                    escapes = --depth < 0;
                else if (k && !(k == 1 && p[0] == '.'))
                    depth++;
                p += k + (e ? 1 : 0);
                if (!e)
                    break;
            }
        }
        if (!escapes && c->root_real) {
            char *real = realpath(resolved, NULL);
            if (real) {
                size_t rn = strlen(c->root_real);
                escapes = !(strncmp(real, c->root_real, rn) == 0 &&
                            (real[rn] == '/' || real[rn] == '\0'));
                if (real_out)
                    *real_out = arena_strdup(c->a, real);
                free(real);
            }
        }
        if (escapes) {
            ERR(c, n, "%s path leaves the collection folder: %s (use --allow-outside to permit)",
                what, rel);
            return NULL;
        }
    }
    struct stat st;
    if (stat(resolved, &st) < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            ERR(c, n, "%s not found: %s", what, rel);
        else
            ERR(c, n, "cannot access %s %s: %s", what, rel, strerror(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        ERR(c, n, "%s is a directory, not a file: %s", what, rel);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        ERR(c, n, "%s is not a regular file (FIFO, device or socket): %s", what, rel);
        return NULL;
    }
    if (real_out && !*real_out) {
        char *real = realpath(resolved, NULL);
        *real_out = real ? arena_strdup(c->a, real) : resolved;
        free(real);
    }
    return resolved;
}

/* ---- schema walk ---- */

static manifest_article *
new_article(mctx *c, size_t *cap)
{
    manifest *m = c->m;
    if (m->n_articles == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        m->articles = arena_realloc(c->a, m->articles, *cap * sizeof(manifest_article),
                                    ncap * sizeof(manifest_article));
        *cap = ncap;
    }
    manifest_article *art = &m->articles[m->n_articles++];
    memset(art, 0, sizeof(*art));
    art->extract = -1;
    return art;
}

static void
article_entry(mctx *c, yaml_node_t *n, size_t *cap, manifest_part *part)
{
    if (c->m->n_articles >= MANIFEST_MAX_ARTICLES) {
        ERR(c, n, "too many articles (the limit is %d)", MANIFEST_MAX_ARTICLES);
        c->stop = true;
        return;
    }
    if (n->type != YAML_SCALAR_NODE && !touch(c, n))
        return;
    yaml_node_t *path_node = n;
    const char *path = NULL;
    manifest_article tmp;
    memset(&tmp, 0, sizeof(tmp));
    tmp.extract = -1;
    if (n->type == YAML_SCALAR_NODE) {
        path = scalar(c, n, "article");
    } else if (n->type == YAML_MAPPING_NODE) {
        doc_meta *mt = &tmp.meta;
        yaml_node_t *first[sizeof(article_keys) / sizeof(article_keys[0])] = {0};
        for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top;
             p++) {
            yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
            yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
            if (!k || !v)
                continue;
            if (!touch(c, k))
                return;
            if (k->type != YAML_SCALAR_NODE) {
                ERR(c, k, "keys must be plain names, not %s", type_word(k));
                continue;
            }
            const char *key = (const char *)k->data.scalar.value;
            if (duplicate_key(c, k, key, article_keys, first))
                continue;
            if (strcmp(key, "path") == 0) {
                path = scalar(c, v, key);
                path_node = v;
            } else if (strcmp(key, "title") == 0) {
                mt->title = scalar(c, v, key);
            } else if (strcmp(key, "subtitle") == 0) {
                mt->subtitle = scalar(c, v, key);
            } else if (strcmp(key, "author") == 0 || strcmp(key, "authors") == 0) {
                names(c, v, key, &mt->authors, &mt->n_authors);
            } else if (contrib_code(key)) {
                /* the people credited for other work than the writing */
                const char **who = NULL;
                size_t nw = 0;
                names(c, v, key, &who, &nw);
                const char *code = contrib_code(key);
                for (size_t j = 0; j < nw; j++)
                    doc_meta_add_contrib(c->a, mt, who[j], code);
            } else if (strcmp(key, "date") == 0) {
                mt->date = date_value(c, v, key);
            } else if (strcmp(key, "retrieved") == 0) {
                mt->retrieved = date_value(c, v, key);
            } else if (strcmp(key, "source") == 0) {
                mt->source = scalar(c, v, key);
            } else if (strcmp(key, "site") == 0) {
                mt->site = scalar(c, v, key);
            } else if (strcmp(key, "description") == 0) {
                mt->description = scalar(c, v, key);
            } else if (strcmp(key, "language") == 0) {
                mt->language = scalar(c, v, key);
                check_language(c, v, mt->language);
            } else if (strcmp(key, "format") == 0) {
                const char *f = scalar(c, v, key);
                if (f && strcmp(f, "text") && strcmp(f, "html") && strcmp(f, "mhtml") &&
                    strcmp(f, "webarchive") && strcmp(f, "markdown"))
                    ERR(c, v,
                        "'format' must be text, html, mhtml, webarchive or markdown, not '%s'", f);
                else
                    tmp.format = f;
            } else if (strcmp(key, "extract") == 0) {
                const char *f = scalar(c, v, key);
                if (f && (strcmp(f, "true") == 0 || strcmp(f, "yes") == 0))
                    tmp.extract = 1;
                else if (f && (strcmp(f, "false") == 0 || strcmp(f, "no") == 0))
                    tmp.extract = 0;
                else if (f)
                    ERR(c, v, "'extract' must be true or false, not '%s'", f);
            } else {
                unknown_key(c, k, key, article_keys, "an article entry");
            }
        }
        if (!path) {
            if (first[0] && empty_scalar(path_node))
                ERR(c, path_node, "article 'path' is empty");
            else if (!first[0])
                ERR(c, n, "article entry has no 'path'");
            return;
        }
    } else {
        ERR(c, n, "an article must be a path or a mapping with 'path', not %s", type_word(n));
        return;
    }
    if (!path) {
        if (!c->stop && empty_scalar(n))
            ERR(c, n, "empty article entry (expected a path)");
        return;
    }
    const char *real = NULL;
    const char *resolved = check_path(c, path_node, path, "article", &real);
    if (!resolved)
        return;
    uint32_t first_line = seen_before(c, real, path_node->start_mark.line + 1);
    /* An entry reached again through an alias is one duplicate, warned
     * once, not once per use. */
    size_t ni = (size_t)(path_node - c->doc->nodes.start);
    bool warned = ni < c->n_nodes && c->visited[ni] == 2;
    if (first_line && ni < c->n_nodes)
        c->visited[ni] = 2;
    if (first_line && !warned)
        warn_rep(c, REP_DUP_ARTICLE, path_node, "duplicate article: %s (first listed on line %u)",
                 path, (unsigned)first_line);
    manifest_article *art = new_article(c, cap);
    *art = tmp;
    art->path = path;
    art->resolved = resolved;
    art->pos = pos_of(c, path_node);
    art->part = part;
}

static void
article_list(mctx *c, yaml_node_t *n, size_t *cap, manifest_part *part)
{
    if (empty_scalar(n)) {
        /* "articles:" with nothing under it yet */
        if (part)
            warn_rep(c, REP_EMPTY_PART, n, "part '%s' has no articles",
                     part->title ? part->title : "");
        else
            ERR(c, n, "the manifest lists no articles");
        return;
    }
    if (n->type != YAML_SEQUENCE_NODE) {
        ERR(c, n, "'articles' must be a list, not %s", type_word(n));
        return;
    }
    /* Refuse an overlong list before checking (and stat-ing) any of it. */
    size_t count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    if (c->m->n_articles + count > MANIFEST_MAX_ARTICLES) {
        ERR(c, n, "too many articles (the limit is %d)", MANIFEST_MAX_ARTICLES);
        c->stop = true;
        return;
    }
    for (yaml_node_item_t *it = n->data.sequence.items.start;
         it < n->data.sequence.items.top && !c->stop; it++) {
        yaml_node_t *item = yaml_document_get_node(c->doc, *it);
        if (item)
            article_entry(c, item, cap, part);
    }
}

static void
parts_list(mctx *c, yaml_node_t *n, size_t *cap)
{
    if (empty_scalar(n)) {
        ERR(c, n, "the manifest lists no articles");
        return;
    }
    if (n->type != YAML_SEQUENCE_NODE) {
        ERR(c, n, "'parts' must be a list, not %s", type_word(n));
        return;
    }
    size_t count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    c->m->parts = arena_alloc(c->a, (count + 1) * sizeof(manifest_part));
    for (yaml_node_item_t *it = n->data.sequence.items.start;
         it < n->data.sequence.items.top && !c->stop; it++) {
        yaml_node_t *pn = yaml_document_get_node(c->doc, *it);
        if (!pn || !touch(c, pn))
            continue;
        if (pn->type != YAML_MAPPING_NODE) {
            ERR(c, pn, "a part must be a mapping with 'title' and 'articles', not %s",
                type_word(pn));
            continue;
        }
        manifest_part *part = &c->m->parts[c->m->n_parts++];
        part->pos = pos_of(c, pn);
        part->first = c->m->n_articles;
        yaml_node_t *arts = NULL, *title_v = NULL;
        yaml_node_t *first[sizeof(part_keys) / sizeof(part_keys[0])] = {0};
        for (yaml_node_pair_t *p = pn->data.mapping.pairs.start;
             p < pn->data.mapping.pairs.top && !c->stop; p++) {
            yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
            yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
            if (!k || !v || !touch(c, k))
                continue;
            if (k->type != YAML_SCALAR_NODE) {
                ERR(c, k, "keys must be plain names, not %s", type_word(k));
                continue;
            }
            const char *key = (const char *)k->data.scalar.value;
            if (duplicate_key(c, k, key, part_keys, first))
                continue;
            if (strcmp(key, "title") == 0) {
                part->title = scalar(c, v, key);
                title_v = v;
            } else if (strcmp(key, "intro") == 0) {
                part->intro = scalar(c, v, key);
                if (part->intro)
                    part->intro_resolved = check_path(c, v, part->intro, "part intro", NULL);
            } else if (strcmp(key, "articles") == 0) {
                arts = v;
            } else {
                unknown_key(c, k, key, part_keys, "a part");
            }
        }
        if (c->stop)
            break;
        if (!part->title && !first[0])
            ERR(c, pn, "part has no 'title'");
        else if (!part->title && empty_scalar(title_v))
            ERR(c, title_v, "part 'title' is empty");
        if (arts)
            article_list(c, arts, cap, part);
        else
            warn_rep(c, REP_EMPTY_PART, pn, "part '%s' has no articles",
                     part->title ? part->title : "");
        /* Articles added since part->first belong to it. */
        part->count = c->m->n_articles - part->first;
        if (part->first + part->count > MANIFEST_MAX_ARTICLES)
            part->count =
                part->first < MANIFEST_MAX_ARTICLES ? MANIFEST_MAX_ARTICLES - part->first : 0;
    }
}

static void
top_level(mctx *c, yaml_node_t *root)
{
    manifest *m = c->m;
    size_t cap = 0;
    yaml_node_t *parts = NULL, *articles = NULL, *title_v = NULL;
    yaml_node_t *first[sizeof(top_keys) / sizeof(top_keys[0])] = {0};
    for (yaml_node_pair_t *p = root->data.mapping.pairs.start;
         p < root->data.mapping.pairs.top && !c->stop; p++) {
        yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
        yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
        if (!k || !v || !touch(c, k))
            continue;
        if (k->type != YAML_SCALAR_NODE) {
            ERR(c, k, "keys must be plain names, not %s", type_word(k));
            continue;
        }
        const char *key = (const char *)k->data.scalar.value;
        if (duplicate_key(c, k, key, top_keys, first))
            continue;
        if (strcmp(key, "title") == 0) {
            m->title = scalar(c, v, key);
            m->title_pos = pos_of(c, v);
            title_v = v;
        } else if (strcmp(key, "subtitle") == 0) {
            m->subtitle = scalar(c, v, key);
        } else if (strcmp(key, "editor") == 0 || strcmp(key, "editors") == 0) {
            names(c, v, key, &m->editors, &m->n_editors);
        } else if (strcmp(key, "author") == 0 || strcmp(key, "authors") == 0) {
            names(c, v, key, &m->authors, &m->n_authors);
        } else if (strcmp(key, "language") == 0) {
            m->language = scalar(c, v, key);
            m->language_pos = pos_of(c, v);
            check_language(c, v, m->language);
        } else if (strcmp(key, "date") == 0) {
            m->date = date_value(c, v, key);
            m->date_pos = pos_of(c, v);
        } else if (strcmp(key, "publisher") == 0) {
            m->publisher = scalar(c, v, key);
        } else if (strcmp(key, "rights") == 0) {
            m->rights = scalar(c, v, key);
        } else if (strcmp(key, "description") == 0) {
            m->description = scalar(c, v, key);
        } else if (strcmp(key, "identifier") == 0) {
            m->identifier = scalar(c, v, key);
        } else if (strcmp(key, "series") == 0) {
            m->series = scalar(c, v, key);
        } else if (strcmp(key, "cover") == 0) {
            m->cover = scalar(c, v, key);
            m->cover_pos = pos_of(c, v);
            if (m->cover)
                m->cover_resolved = check_path(c, v, m->cover, "cover image", NULL);
        } else if (strcmp(key, "style") == 0) {
            m->style = scalar(c, v, key);
            m->style_pos = pos_of(c, v);
        } else if (strcmp(key, "paper") == 0) {
            m->paper = scalar(c, v, key);
            m->paper_pos = pos_of(c, v);
            double w, h;
            if (m->paper && manifest_paper_size(m->paper, &w, &h) < 0)
                ERR(c, v,
                    "unknown paper '%s' (use letter, a4, a5, or WxH with in, mm, cm or pt, "
                    "e.g. 6x9in)",
                    m->paper);
        } else if (strcmp(key, "toc_depth") == 0) {
            const char *s = scalar(c, v, key);
            char *end = NULL;
            long depth = s ? strtol(s, &end, 10) : 0;
            if (s && (*end || depth < 1 || depth > 6))
                ERR(c, v, "'toc_depth' must be a number from 1 to 6, not '%s'", s);
            else
                m->toc_depth = (int)depth;
        } else if (strcmp(key, "parts") == 0) {
            parts = v;
        } else if (strcmp(key, "articles") == 0) {
            articles = v;
        } else {
            unknown_key(c, k, key, top_keys, "the manifest");
        }
    }
    if (c->stop)
        return;
    if (!m->title && !title_v)
        ERR(c, root, "the manifest has no 'title'");
    else if (!m->title && empty_scalar(title_v))
        ERR(c, title_v, "'title' is empty");
    if (parts && articles) {
        ERR(c, articles, "use either 'parts' or 'articles', not both");
    } else if (parts) {
        parts_list(c, parts, &cap);
    } else if (articles) {
        article_list(c, articles, &cap, NULL);
    } else {
        ERR(c, root, "the manifest lists no articles (add 'articles:' or 'parts:')");
    }
    if (c->stop) {
        /* Cut short by a limit: what was gathered is arbitrary, and reading
         * it would only bury the one error that matters. */
        m->n_articles = 0;
        m->n_parts = 0;
        return;
    }
    if (m->n_articles == 0 && (parts || articles) && c->errors == 0)
        ERR(c, parts ? parts : articles, "the manifest lists no articles");
}

static void
syntax_error(mctx *c, yaml_parser_t *parser)
{
    const yaml_mark_t *mk = parser->problem ? &parser->problem_mark : &parser->context_mark;
    doc_pos p = pos_mark(c, mk);
    const char *what = parser->problem ? parser->problem : "syntax error";
    if (parser->error == YAML_MEMORY_ERROR)
        what = "out of memory";
    if (parser->context)
        diag_error(c->d, c->file, p.line, p.col, "YAML syntax error: %s %s", what, parser->context);
    else
        diag_error(c->d, c->file, p.line, p.col, "YAML syntax error: %s", what);
    c->errors++;
}

int
manifest_yaml_prescan(diag_list *d, const char *file, const char *what_file, const char *text,
                      size_t len, manifest_colmap *cm, size_t max_depth, size_t max_nodes)
{
    yaml_parser_t parser;
    yaml_event_t ev;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    size_t depth = 0, nodes = 0, docs = 0;
    bool warned_second = false;
    int rc = 0;
    for (;;) {
        if (!yaml_parser_parse(&parser, &ev)) {
            const yaml_mark_t *mk = parser.problem ? &parser.problem_mark : &parser.context_mark;
            unsigned col = manifest_colmap_col(cm, mk->index, mk->column);
            const char *what = parser.problem ? parser.problem : "syntax error";
            if (parser.error == YAML_MEMORY_ERROR)
                what = "out of memory";
            diag_error(d, file, (uint32_t)mk->line + 1, col, "YAML syntax error: %s%s%s", what,
                       parser.context ? " " : "", parser.context ? parser.context : "");
            rc = -1;
            break;
        }
        yaml_event_type_t t = ev.type;
        bool node = t == YAML_SCALAR_EVENT || t == YAML_ALIAS_EVENT ||
                    t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT;
        if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT)
            depth++;
        else if ((t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT) && depth)
            depth--;
        else if (t == YAML_DOCUMENT_START_EVENT)
            docs++;
        uint32_t line = (uint32_t)ev.start_mark.line + 1;
        unsigned col = manifest_colmap_col(cm, ev.start_mark.index, ev.start_mark.column);
        if (depth > max_depth) {
            diag_error(d, file, line, col,
                       "lists and mappings nest too deeply here (more than %zu levels)", max_depth);
            rc = -1;
        } else if (node && ++nodes > max_nodes) {
            diag_error(d, file, line, col, "the %s holds too many values (more than %zu)",
                       what_file, max_nodes);
            rc = -1;
        } else if (node && docs > 1 && !warned_second) {
            /* A second document is almost certainly a mistake; a bare
             * trailing "---" is harmless. */
            warned_second = true;
            if (!(t == YAML_SCALAR_EVENT && ev.data.scalar.length == 0))
                diag_warn(d, file, line, col, "a second YAML document in the %s is ignored",
                          what_file);
        }
        yaml_event_delete(&ev);
        if (rc < 0 || t == YAML_STREAM_END_EVENT)
            break;
    }
    yaml_parser_delete(&parser);
    return rc;
}

int
manifest_parse(arena *a, diag_list *d, const char *path, const char *text, size_t len,
               const manifest_options *opt, manifest **out)
{
    static const manifest_options defaults = {0};
    mctx c;
    memset(&c, 0, sizeof(c));
    c.a = a;
    c.d = d;
    c.file = arena_strdup(a, path);
    c.opt = opt ? opt : &defaults;
    *out = NULL;

    manifest *m = arena_alloc(a, sizeof(*m));
    m->path = c.file;
    m->dir = fs_dirname(a, c.file);
    c.m = m;
    c.root_real = realpath(m->dir, NULL);

    manifest_colmap_init(&c.cm, text, len);
    if (manifest_yaml_prescan(d, c.file, "manifest", text, len, &c.cm, MANIFEST_MAX_DEPTH,
                              MANIFEST_MAX_NODES) < 0) {
        free(c.root_real);
        /* Nothing was walked: callers get no manifest to check further. */
        return -1;
    }

    yaml_parser_t parser;
    yaml_document_t ydoc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    if (!yaml_parser_load(&parser, &ydoc)) {
        syntax_error(&c, &parser);
        yaml_parser_delete(&parser);
        free(c.root_real);
        return -1;
    }
    c.doc = &ydoc;
    c.n_nodes = (size_t)(ydoc.nodes.top - ydoc.nodes.start);
    c.visited = xcalloc(c.n_nodes ? c.n_nodes : 1, 1);
    yaml_node_t *root = yaml_document_get_root_node(&ydoc);
    if (!root || empty_scalar(root)) {
        diag_error(d, c.file, 1, 1,
                   "the manifest is empty (it needs at least 'title' and 'articles')");
        c.errors++;
    } else if (root->type != YAML_MAPPING_NODE) {
        ERR(&c, root, "the manifest must be a mapping of keys (title:, articles:, ...), not %s",
            type_word(root));
    } else {
        top_level(&c, root);
    }
    repeat_summaries(&c);
    yaml_document_delete(&ydoc);
    yaml_parser_delete(&parser);
    free(c.root_real);
    free(c.seen);
    free(c.visited);
    *out = m;
    return c.errors ? -1 : 0;
}

const char *
manifest_locate(arena *a, diag_list *d, const char *path)
{
    if (fs_is_dir(path)) {
        static const char *const names_[] = {"collection.yaml", "collection.yml"};
        for (size_t i = 0; i < 2; i++) {
            char *p = fs_join(a, path, names_[i]);
            if (fs_is_file(p) || access(p, F_OK) == 0)
                return p;
        }
        diag_error(d, path, 0, 0, "no collection.yaml in this folder");
        return NULL;
    }
    if (access(path, F_OK) != 0) {
        diag_error(d, path, 0, 0, "no such collection or manifest");
        return NULL;
    }
    return arena_strdup(a, path);
}

int
manifest_load(arena *a, diag_list *d, const char *path, const manifest_options *opt, manifest **out)
{
    char *text;
    size_t len;
    *out = NULL;
    if (fs_read_file(a, d, path, MANIFEST_MAX_BYTES, &text, &len, NULL, 0, 0) < 0)
        return -1;
    size_t bad;
    const char *nul = memchr(text, 0, len);
    if (nul || !utf8_valid(text, len, &bad)) {
        if (nul)
            bad = (size_t)(nul - text);
        uint32_t line = 1, col = 1;
        for (size_t i = 0; i < bad; i++) {
            if (text[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        if (nul)
            diag_error(d, path, line, col, "the manifest contains a NUL byte (is it a text file?)");
        else
            diag_error(d, path, line, col, "the manifest is not valid UTF-8 (byte 0x%02x)",
                       (unsigned char)text[bad]);
        return -1;
    }
    return manifest_parse(a, d, path, text, len, opt, out);
}
