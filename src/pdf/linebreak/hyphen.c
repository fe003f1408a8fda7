/*
 * hyphen.c - hyphenation points from libhyphen (Liang's patterns, the same
 * as TeX's) with the hyphen-* dictionaries in /usr/share/hyphen.
 *
 * A word is first trimmed of surrounding punctuation; only a core made of
 * letters is hyphenated (no digits, no explicit or soft hyphens: such words
 * already break where the author said). The core is lower-cased (patterns
 * are lower case) and handed to hnj_hyphen_hyphenate3 with left/right
 * minima 2/3. For UTF-8 dictionaries libhyphen reports points per code
 * point, which we turn back into byte offsets of the original word.
 * Results are memoised per word, since a book repeats its words.
 */
#include "lb.h"

#include <hyphen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../base/utf8.h"
#include "hyphcache.h"

#define HYPH_DIR "/usr/share/hyphen"
#define HYPH_MAX_WORD 64 /* longer "words" are not natural words: skip */

/* Words repeat: remember each word's points (words up to MEMO_KEY bytes,
 * at most MEMO_PTS points, MEMO_MAX entries; past that, call through). */
#define MEMO_KEY 48
#define MEMO_PTS 15
#define MEMO_MAX (1u << 18)

typedef struct memo_entry {
    uint64_t h;
    char *key; /* NULL = empty */
    uint8_t len, n;
    uint8_t pos[MEMO_PTS];
} memo_entry;

typedef struct memo {
    memo_entry *t;
    size_t cap, n;
    arena *keys;
} memo;

struct lb_hyph {
    HyphenDict *dict;
    memo *m;
};

static size_t hyph_points_uncached(const lb_hyph *h, const char *word, size_t len, size_t *pos,
                                   size_t max);

static uint64_t
memo_hash(const char *s, size_t len)
{
    uint64_t x = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++)
        x = (x ^ (unsigned char)s[i]) * 1099511628211ull;
    return x ^ (x >> 31);
}

static void
memo_grow(memo *m)
{
    size_t nc = m->cap ? m->cap * 2 : 1024;
    memo_entry *t = xcalloc(nc, sizeof *t);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->t[i].key)
            continue;
        size_t j = m->t[i].h & (nc - 1);
        while (t[j].key)
            j = (j + 1) & (nc - 1);
        t[j] = m->t[i];
    }
    free(m->t);
    m->t = t;
    m->cap = nc;
}

static HyphenDict *
try_load(const char *ll, const char *cc)
{
    char path[256];
    if (cc)
        snprintf(path, sizeof path, HYPH_DIR "/hyph_%s_%s.dic", ll, cc);
    else
        snprintf(path, sizeof path, HYPH_DIR "/hyph_%s.dic", ll);
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    fclose(f);
    return lb_hyph_cache_load(path);
}

lb_hyph *
lb_hyph_load(const char *lang)
{
    char ll[16] = "en", cc[16] = "US";
    if (lang && *lang) {
        size_t i = 0;
        while (lang[i] && lang[i] != '-' && lang[i] != '_' && i < sizeof ll - 1) {
            ll[i] = (char)(lang[i] >= 'A' && lang[i] <= 'Z' ? lang[i] + 32 : lang[i]);
            i++;
        }
        ll[i] = 0;
        cc[0] = 0;
        /* the region is the first 2-letter subtag after the language */
        const char *s = lang + i;
        while (*s == '-' || *s == '_') {
            s++;
            size_t n = 0;
            while (s[n] && s[n] != '-' && s[n] != '_')
                n++;
            if (n == 2) {
                cc[0] = (char)(s[0] >= 'a' && s[0] <= 'z' ? s[0] - 32 : s[0]);
                cc[1] = (char)(s[1] >= 'a' && s[1] <= 'z' ? s[1] - 32 : s[1]);
                cc[2] = 0;
                break;
            }
            s += n;
        }
        for (const char *c = ll; *c; c++)
            if (*c < 'a' || *c > 'z')
                return NULL; /* not a language tag: never build a path from it */
    }
    HyphenDict *d = NULL;
    if (cc[0])
        d = try_load(ll, cc);
    if (!d)
        d = try_load(ll, NULL);
    if (!d && strcmp(ll, "en") == 0)
        d = try_load("en", "US");
    if (!d)
        return NULL;
    lb_hyph *h = xcalloc(1, sizeof *h);
    h->dict = d;
    h->m = xcalloc(1, sizeof *h->m);
    h->m->keys = arena_new();
    memo_grow(h->m);
    return h;
}

void
lb_hyph_free(lb_hyph *h)
{
    if (!h)
        return;
    hnj_hyphen_free(h->dict);
    free(h->m->t);
    arena_free(h->m->keys);
    free(h->m);
    free(h);
}

static bool
is_letter(uint32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    if (c < 0xC0)
        return false;
    if (c == 0xD7 || c == 0xF7)
        return false;
    if (c >= 0x2000 && c <= 0x2BFF)
        return false; /* punctuation, symbols, arrows */
    if (c >= 0x3000 && c <= 0x9FFF)
        return false; /* CJK: not hyphenated */
    return c != 0xAD && c < 0xFFF0;
}

static uint32_t
lower(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c >= 0x391 && c <= 0x3A9)
        return c + 32; /* Greek */
    if (c >= 0x410 && c <= 0x42F)
        return c + 32; /* Cyrillic */
    if (c >= 0x100 && c <= 0x17F && (c & 1) == 0)
        return c + 1; /* Latin Extended-A pairs (close enough for patterns) */
    return c;
}

size_t
lb_hyph_points(const lb_hyph *h, const char *word, size_t len, size_t *pos, size_t max)
{
    if (!h || len == 0 || max == 0)
        return 0;
    memo *m = h->m;
    if (len > MEMO_KEY || max < MEMO_PTS)
        return hyph_points_uncached(h, word, len, pos, max);
    if (m->n * 2 >= m->cap && m->cap < MEMO_MAX)
        memo_grow(m);
    uint64_t hv = memo_hash(word, len);
    size_t mask = m->cap - 1, i = hv & mask;
    while (m->t[i].key) {
        memo_entry *e = &m->t[i];
        if (e->h == hv && e->len == len && memcmp(e->key, word, len) == 0) {
            for (size_t k = 0; k < e->n; k++)
                pos[k] = e->pos[k];
            return e->n;
        }
        i = (i + 1) & mask;
    }
    size_t n = hyph_points_uncached(h, word, len, pos, MEMO_PTS);
    if (m->n * 2 < m->cap) {
        memo_entry *e = &m->t[i];
        e->h = hv;
        e->key = arena_strndup(m->keys, word, len);
        e->len = (uint8_t)len;
        /* n <= MEMO_PTS by hyph_points_uncached's contract; say so, so that
         * -O3 does not warn about writing past pos[] */
        if (n > MEMO_PTS)
            n = MEMO_PTS;
        e->n = (uint8_t)n;
        for (size_t k = 0; k < n; k++)
            e->pos[k] = (uint8_t)pos[k];
        m->n++;
    }
    return n;
}

static size_t
hyph_points_uncached(const lb_hyph *h, const char *word, size_t len, size_t *pos, size_t max)
{
    /* trim punctuation at both ends */
    size_t a = 0, b = len;
    while (a < b) {
        uint32_t c;
        size_t k = utf8_decode(word + a, b - a, &c);
        if (!k)
            return 0;
        if (is_letter(c))
            break;
        a += k;
    }
    while (b > a) {
        size_t s = b - 1;
        while (s > a && ((unsigned char)word[s] & 0xC0) == 0x80)
            s--;
        uint32_t c;
        if (!utf8_decode(word + s, b - s, &c))
            return 0;
        if (is_letter(c))
            break;
        b = s;
    }
    /* a possessive or contraction ("contributor's", "they'll"): hyphenate
       the part before the apostrophe */
    for (size_t i = b; i > a;) {
        size_t s = i - 1;
        while (s > a && ((unsigned char)word[s] & 0xC0) == 0x80)
            s--;
        uint32_t c;
        if (!utf8_decode(word + s, i - s, &c))
            return 0;
        if (c == '\'' || c == 0x2019) {
            if (b - i <= 3)
                b = s;
            break;
        }
        if (b - s > 4)
            break;
        i = s;
    }
    /* the core must be letters only; remember each code point's offset */
    size_t offs[HYPH_MAX_WORD + 1];
    char low[HYPH_MAX_WORD * 4 + 8];
    size_t n_cp = 0, lo = 0;
    for (size_t i = a; i < b;) {
        uint32_t c;
        size_t k = utf8_decode(word + i, b - i, &c);
        if (!k || !is_letter(c) || n_cp >= HYPH_MAX_WORD)
            return 0;
        offs[n_cp++] = i;
        lo += utf8_encode(lower(c), low + lo);
        i += k;
    }
    offs[n_cp] = b;
    if (n_cp < 5 || (!h->dict->utf8 && lo != n_cp))
        return 0;
    low[lo] = 0;
    char hy[sizeof low + 5];
    memset(hy, '0', sizeof hy);
    char **rep = NULL;
    int *rpos = NULL, *cut = NULL;
    int rc = hnj_hyphen_hyphenate3(h->dict, low, (int)lo, hy, NULL, &rep, &rpos, &cut, 2, 3,
                                   2, 3);
    size_t n = 0;
    if (rc == 0 && !rep) {
        /* hy[i] odd: a break after code point i (UTF-8 dictionaries count
           code points; 8-bit ones bytes, which is the same for ASCII) */
        size_t limit = h->dict->utf8 ? n_cp : lo;
        for (size_t i = 1; i < limit && n < max; i++) {
            if (!(hy[i] & 1))
                continue;
            size_t cp = i + 1; /* break before this code point */
            if (cp < 2 || n_cp - cp < 3)
                continue;
            if (!h->dict->utf8 && cp > n_cp)
                break;
            pos[n++] = offs[cp];
        }
    }
    if (rep) {
        for (size_t i = 0; i < lo; i++)
            free(rep[i]);
        free(rep);
    }
    free(rpos);
    free(cut);
    return n;
}
