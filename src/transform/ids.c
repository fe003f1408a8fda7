/*
 * ids.c - slugs and unique ids for the book's parts, articles, headings and
 * notes.
 *
 * A slug keeps ASCII letters and digits, folds the Latin letters with
 * diacritics that names and loanwords carry (Latin-1, Latin Extended-A, the
 * Vietnamese letters of Latin Extended Additional) to their base letter, and
 * turns everything else into a word break. Because ids derive from text and
 * tree order only, the same input gives the same ids on every build, which
 * keeps links into the book (and the EPUB bytes) stable.
 *
 * Places a reader named (the ids of a saved page) are kept only where an
 * in-page link aims, renamed to a slug (a valid XML id, unique on the
 * page), and the links that aim there follow the new name.
 */
#include "ids.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "../base/utf8.h"

/* Base letters of U+00C0..U+00FF; ' ' marks a non-letter (x, division). */
static const char latin1_fold[] = "aaaaaaaceeeeiiiidnooooo ouuuuyts"
                                  "aaaaaaaceeeeiiiidnooooo ouuuuyty";
/* Base letters of U+0100..U+017F, in code point order. */
static const char ext_a_fold[] = "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh"
                                 "iiiiiiiiii" "ii" "jj" "kkk" "llllllllll" "nnnnnnnnn"
                                 "oooooo" "oo" "rrrrrr" "ssssssss" "tttttt"
                                 "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";

_Static_assert(sizeof(latin1_fold) == 65, "latin1_fold covers U+00C0..U+00FF");
_Static_assert(sizeof(ext_a_fold) == 129, "ext_a_fold covers U+0100..U+017F");

/* The ASCII letter or digit a code point slugs to, 0 for a word break, or
 * 1 for "drop without a break" (apostrophes inside words). */
static char
fold(uint32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return (char)(cp - 'A' + 'a');
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
            return (char)cp;
        return cp == '\'' ? 1 : 0;
    }
    if (cp == 0x2019 || cp == 0x02BC)
        return 1;
    if (cp >= 0xC0 && cp <= 0xFF)
        return latin1_fold[cp - 0xC0] == ' ' ? 0 : latin1_fold[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F)
        return ext_a_fold[cp - 0x100];
    if (cp == 0x1A0 || cp == 0x1A1)
        return 'o';
    if (cp == 0x1AF || cp == 0x1B0)
        return 'u';
    if (cp >= 0x1EA0 && cp <= 0x1EF9) { /* Vietnamese: ạ ầ ễ ộ ự ỹ ... */
        if (cp <= 0x1EB7)
            return 'a';
        if (cp <= 0x1EC7)
            return 'e';
        if (cp <= 0x1ECB)
            return 'i';
        if (cp <= 0x1EE3)
            return 'o';
        if (cp <= 0x1EF1)
            return 'u';
        return 'y';
    }
    return 0;
}

static char *
slug(arena *a, const char *text, size_t len, const char *fallback, bool guard_digit)
{
    char out[TF_SLUG_MAX + 3];
    size_t n = 0;
    int pending_break = 0;
    size_t i = 0;
    if (!text)
        len = 0;
    while (i < len && n < TF_SLUG_MAX) {
        uint32_t cp;
        size_t k = utf8_decode(text + i, len - i, &cp);
        if (k == 0) {
            k = 1;
            cp = 0xFFFD;
        }
        i += k;
        char c = fold(cp);
        if (c == 1)
            continue;
        if (c == 0) {
            pending_break = n > 0;
            continue;
        }
        if (pending_break) {
            if (n + 1 >= TF_SLUG_MAX)
                break;
            out[n++] = '-';
            pending_break = 0;
        }
        if (n == 0 && guard_digit && c >= '0' && c <= '9') {
            out[n++] = 's';
            out[n++] = '-';
        }
        out[n++] = c;
    }
    if (n == 0)
        return arena_strdup(a, fallback);
    /* Cut at the last word break rather than mid-word when truncated. */
    if (i < len && n >= TF_SLUG_MAX) {
        size_t cut = n;
        while (cut > 0 && out[cut - 1] != '-')
            cut--;
        if (cut > TF_SLUG_MAX / 2)
            n = cut - 1;
    }
    while (n > 0 && out[n - 1] == '-')
        n--;
    return arena_strndup(a, out, n);
}

char *
tf_slug(arena *a, const char *text, size_t len, const char *fallback)
{
    return slug(a, text, len, fallback, true);
}

char *
tf_slug_name(arena *a, const char *text, size_t len, const char *fallback)
{
    return slug(a, text, len, fallback, false);
}

static size_t
hash_str(const char *s)
{
    size_t h = (size_t)14695981039346656037ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * (size_t)1099511628211ULL;
    return h;
}

void
tf_idset_init(tf_idset *s, arena *a)
{
    s->arena = a;
    s->cap = 64;
    s->count = 0;
    s->slots = arena_alloc(a, s->cap * sizeof(*s->slots));
    s->hint_cap = 0;
    s->hint_count = 0;
    s->hint_keys = NULL;
    s->hint_vals = NULL;
}

static size_t
hint_slot(const tf_idset *s, const char *base)
{
    size_t m = s->hint_cap - 1, i = hash_str(base) & m;
    while (s->hint_keys[i] && strcmp(s->hint_keys[i], base) != 0)
        i = (i + 1) & m;
    return i;
}

/* Remember that base-k was the last suffix handed out for base. */
static void
hint_put(tf_idset *s, const char *base, unsigned k)
{
    if ((s->hint_count + 1) * 2 > s->hint_cap) {
        size_t old_cap = s->hint_cap;
        const char **ok = s->hint_keys;
        unsigned *ov = s->hint_vals;
        s->hint_cap = old_cap ? old_cap * 2 : 16;
        s->hint_keys = arena_alloc(s->arena, s->hint_cap * sizeof(*s->hint_keys));
        s->hint_vals = arena_alloc(s->arena, s->hint_cap * sizeof(*s->hint_vals));
        for (size_t i = 0; i < old_cap; i++) {
            if (ok[i]) {
                size_t j = hint_slot(s, ok[i]);
                s->hint_keys[j] = ok[i];
                s->hint_vals[j] = ov[i];
            }
        }
    }
    size_t i = hint_slot(s, base);
    if (!s->hint_keys[i]) {
        s->hint_keys[i] = arena_strdup(s->arena, base);
        s->hint_count++;
    }
    s->hint_vals[i] = k;
}

static void
idset_put(tf_idset *s, const char *id)
{
    if ((s->count + 1) * 2 > s->cap) {
        size_t old_cap = s->cap;
        const char **old = s->slots;
        s->cap *= 2;
        s->slots = arena_alloc(s->arena, s->cap * sizeof(*s->slots));
        s->count = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i])
                idset_put(s, old[i]);
    }
    size_t m = s->cap - 1, i = hash_str(id) & m;
    while (s->slots[i])
        i = (i + 1) & m;
    s->slots[i] = id;
    s->count++;
}

int
tf_idset_has(const tf_idset *s, const char *id)
{
    size_t m = s->cap - 1, i = hash_str(id) & m;
    while (s->slots[i]) {
        if (strcmp(s->slots[i], id) == 0)
            return 1;
        i = (i + 1) & m;
    }
    return 0;
}

const char *
tf_idset_take(tf_idset *s, const char *base)
{
    const char *id = base;
    if (tf_idset_has(s, id)) {
        unsigned k = 2;
        if (s->hint_cap) {
            size_t i = hint_slot(s, base);
            if (s->hint_keys[i])
                k = s->hint_vals[i] + 1;
        }
        id = arena_printf(s->arena, "%s-%u", base, k);
        while (tf_idset_has(s, id))
            id = arena_printf(s->arena, "%s-%u", base, ++k);
        hint_put(s, base, k);
    } else {
        id = arena_strdup(s->arena, base);
    }
    idset_put(s, id);
    return id;
}

static const char *
slug_of_node(arena *a, const doc_node *n, const char *prefix, const char *fallback)
{
    char *text = doc_text_of(a, n);
    char *s = tf_slug(a, text, strlen(text), fallback);
    return prefix ? arena_printf(a, "%s%s", prefix, s) : s;
}

/* Label -> note definition (open addressing; first definition wins). */
typedef struct label_map {
    const char **keys;
    doc_node **vals;
    size_t cap, count;
} label_map;

static void
label_map_init(label_map *m, arena *a, size_t n)
{
    m->cap = 16;
    while (m->cap < 2 * n + 2)
        m->cap *= 2;
    m->keys = arena_alloc(a, m->cap * sizeof(*m->keys));
    m->vals = arena_alloc(a, m->cap * sizeof(*m->vals));
    m->count = 0;
}

static size_t
label_slot(const label_map *m, const char *key)
{
    size_t mask = m->cap - 1, i = hash_str(key) & mask;
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & mask;
    return i;
}

/* A set of nodes (open addressing on the pointer). */
typedef struct node_set {
    const doc_node **slots;
    size_t cap;
} node_set;

static size_t
node_slot(const node_set *s, const doc_node *n)
{
    size_t m = s->cap - 1, i = ((uintptr_t)n >> 4) * (size_t)11400714819323198485ULL & m;
    while (s->slots[i] && s->slots[i] != n)
        i = (i + 1) & m;
    return i;
}

static int
hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f')
        return (c | 32) - 'a' + 10;
    return -1;
}

/* The fragment of an in-page link ("#x"), percent-decoded, or NULL. */
static const char *
link_fragment(arena *a, const doc_node *n)
{
    const char *h = n->type == DOC_LINK ? n->as.link.href : NULL;
    if (!h || h[0] != '#' || !h[1])
        return NULL;
    if (!strchr(h, '%'))
        return h + 1;
    char *out = arena_alloc(a, strlen(h));
    size_t k = 0;
    for (const char *c = h + 1; *c; c++) {
        int v1 = c[0] == '%' ? hexval(c[1]) : -1, v2 = v1 >= 0 ? hexval(c[2]) : -1;
        if (v2 >= 0) {
            out[k++] = (char)(v1 * 16 + v2);
            c += 2;
        } else {
            out[k++] = *c;
        }
    }
    out[k] = '\0';
    return out;
}

/*
 * The places a reader named inside an article (node->id on any block a
 * fragment link "#name" aims at: a paragraph, an item, a table, ...): which
 * of them a link of the article aims at. Those keep an id (made valid and
 * unique by tf_ids_assign_article); the others lose theirs, since nothing
 * needs them. `names` maps each reader name to its node.
 */
static void
find_targets(arena *a, doc_node *art, label_map *names, node_set *targets)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    size_t n_named = 0, n_links = 0;
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n == art)
            continue;
        if (n->id)
            n_named++;
        if (link_fragment(a, n))
            n_links++;
    }
    label_map_init(names, a, n_named);
    targets->cap = 16;
    while (targets->cap < 2 * n_links + 2)
        targets->cap *= 2;
    targets->slots = arena_alloc(a, targets->cap * sizeof *targets->slots);
    memset(targets->slots, 0, targets->cap * sizeof *targets->slots);
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n == art || !n->id)
            continue;
        size_t k = label_slot(names, n->id);
        if (!names->keys[k]) {
            names->keys[k] = n->id;
            names->vals[k] = n;
        }
    }
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        const char *frag = ev == DOC_EV_ENTER ? link_fragment(a, n) : NULL;
        if (!frag)
            continue;
        doc_node *t = names->vals[label_slot(names, frag)];
        if (t)
            targets->slots[node_slot(targets, t)] = t;
    }
}

void
tf_ids_assign_article(arena *a, doc_node *art)
{
    tf_idset set;
    tf_idset_init(&set, a);
    tf_idset_take(&set, art->id);
    doc_iter it;
    doc_node *n;
    doc_event ev;
    label_map names;
    node_set targets;
    find_targets(a, art, &names, &targets);

    /* Definitions first, so references can resolve labels to them through
     * a label map (linear however many notes an article has). */
    size_t n_defs = 0;
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && n->type == DOC_NOTE_DEF)
            n_defs++;
    label_map labels;
    label_map_init(&labels, a, n_defs);
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n == art)
            continue;
        if (n->type == DOC_HEADING) {
            n->id = tf_idset_take(&set, slug_of_node(a, n, NULL, "section"));
        } else if (n->type == DOC_NOTE_DEF) {
            const char *l = n->as.note.label;
            char *s = slug(a, l, l ? strlen(l) : 0, "note", false);
            n->id = tf_idset_take(&set, arena_printf(a, "fn-%s", s));
            if (l) {
                size_t k = label_slot(&labels, l);
                if (!labels.keys[k]) {
                    labels.keys[k] = l;
                    labels.vals[k] = n;
                }
            }
        } else if (n->id && n->type != DOC_NOTE_REF) {
            /* A place a link aims at keeps a name of our making: a slug
             * is a valid XML id, and "-N" keeps it unique on the page. */
            if (targets.slots[node_slot(&targets, n)] == n)
                n->id = tf_idset_take(&set, tf_slug(a, n->id, strlen(n->id), "place"));
            else
                n->id = NULL;
        }
    }
    /* In-page links follow their target to its new name. */
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        const char *frag = ev == DOC_EV_ENTER ? link_fragment(a, n) : NULL;
        if (!frag)
            continue;
        const doc_node *t = names.vals[label_slot(&names, frag)];
        if (t && t->id)
            n->as.link.href = arena_printf(a, "#%s", t->id);
    }
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_NOTE_REF)
            continue;
        const char *l = n->as.note.label;
        if (!n->as.note.target && l)
            n->as.note.target = labels.vals[label_slot(&labels, l)];
        char *s = slug(a, l, l ? strlen(l) : 0, "note", false);
        n->id = tf_idset_take(&set, arena_printf(a, "fnref-%s", s));
    }
}

void
tf_ids_assign(arena *a, doc_node *root, const char *const *reserved)
{
    tf_idset book;
    tf_idset_init(&book, a);
    for (size_t i = 0; reserved && reserved[i]; i++)
        tf_idset_take(&book, reserved[i]);
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (n->type == DOC_PART) {
            const char *t = n->as.part.title;
            char *s = tf_slug(a, t, t ? strlen(t) : 0, "");
            n->id = tf_idset_take(&book, s[0] ? arena_printf(a, "part-%s", s) : "part");
        } else if (n->type == DOC_ARTICLE) {
            const doc_meta *m = n->as.article.meta;
            const char *t = m ? m->title : NULL;
            n->id = tf_idset_take(&book, tf_slug(a, t, t ? strlen(t) : 0, "article"));
            tf_ids_assign_article(a, n);
            doc_iter_skip(&it);
        }
    }
}
