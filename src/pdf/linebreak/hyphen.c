/*
 * hyphen.c - hyphenation points from libhyphen (Liang's patterns, the same
 * as TeX's) with the hyphen-* dictionaries in /usr/share/hyphen.
 *
 * A word is first trimmed of surrounding punctuation; a digit against its
 * letters ("1Password", "mp3") leaves it whole. Apostrophes split what is
 * left into parts, each hyphenated on its own with left/right minima 2/3
 * counted from the apostrophe: the stem of "contributor's" or "couldn't",
 * the word after an elided "d'" or "l'". Only a part made of letters is
 * hyphenated (no digits, no explicit or soft hyphens: items.c splits
 * compounds at their hyphens and hands each part here). A part is
 * lower-cased (patterns are lower case) and handed to
 * hnj_hyphen_hyphenate3. UTF-8 dictionaries count code points, 8-bit
 * ones bytes: each letter becomes its byte in the dictionary's character
 * set (ISO 8859-1 for German, -2 for Czech and Polish, -7 for Greek,
 * KOI8-R for Russian...; a table made once with iconv), and a letter the
 * set lacks leaves the part whole.
 * Points are turned back into byte offsets of the original word.
 * Results are memoised per word, since a book repeats its words.
 */
#include "lb.h"

#include <dirent.h>
#include <hyphen.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
    /* an 8-bit dictionary: the bytes 0x80..0xFF of its character set,
       each with its code point, sorted by code point */
    struct cp_byte {
        uint32_t cp;
        unsigned char byte;
    } *to_byte;
    size_t n_to_byte;
    memo *m;
};

static void charset_table(lb_hyph *h, const char *cset);
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

/* The path of the dictionary for ll (and region cc) in path[256], when
 * the file is there. */
static bool
try_path(const char *ll, const char *cc, char *path)
{
    if (cc)
        snprintf(path, 256, HYPH_DIR "/hyph_%s_%s.dic", ll, cc);
    else
        snprintf(path, 256, HYPH_DIR "/hyph_%s.dic", ll);
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    fclose(f);
    return true;
}

/* The first (in name order) regional dictionary of language ll
 * ("hyph_sv_*.dic"), in path[256]: a language named without its region
 * whose only files are regional (Swedish, Catalan, Norwegian Bokmål). */
static bool
any_region(const char *ll, char *path)
{
    DIR *d = opendir(HYPH_DIR);
    if (!d)
        return false;
    char prefix[32], best[200] = ""; /* room for the folder in path[256] */
    snprintf(prefix, sizeof prefix, "hyph_%s_", ll);
    size_t pl = strlen(prefix);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > pl + 4 && n < sizeof best && strncmp(e->d_name, prefix, pl) == 0 &&
            strcmp(e->d_name + n - 4, ".dic") == 0 && (!best[0] || strcmp(e->d_name, best) < 0))
            memcpy(best, e->d_name, n + 1);
    }
    closedir(d);
    if (!best[0])
        return false;
    snprintf(path, 256, HYPH_DIR "/%s", best);
    return true;
}

/* The dictionary file a BCP 47 tag resolves to, in path[256]. */
static bool
resolve(const char *lang, char *path)
{
    char ll[16] = "en", cc[16] = "US", sc[8] = "";
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
            /* a script ("sr-Latn"), written as Debian names its files */
            bool letters = n == 4;
            for (size_t q = 0; q < n && letters; q++)
                letters = (s[q] | 0x20) >= 'a' && (s[q] | 0x20) <= 'z';
            if (letters && !sc[0]) {
                for (size_t q = 0; q < 4; q++)
                    sc[q] = (char)(q ? s[q] | 0x20 : s[q] & ~0x20);
                sc[4] = 0;
            }
            s += n;
        }
        for (const char *c = ll; *c; c++)
            if (*c < 'a' || *c > 'z')
                return false; /* not a language tag: never build a path from it */
        if (cc[0] && (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z'))
            cc[0] = 0; /* not a region ("419", "..") */
    }
    /* A language named without its region ("es", "pt", "nl") takes its
       home country's patterns when Debian ships no region-free file:
       hyph_es_ES.dic, hyph_pt_PT.dic, hyph_nl_NL.dic. */
    char home[16];
    size_t k = 0;
    for (; ll[k] && k < sizeof home - 1; k++)
        home[k] = (char)(ll[k] - 32);
    home[k] = 0;
    /* "no" (Norwegian) is written in Bokmål unless the tag says Nynorsk */
    if (strcmp(ll, "no") == 0)
        memcpy(ll, "nb", 3);
    /* a language written in two scripts has a file for the second one
       (hyph_sr-Latn_RS.dic) */
    if (sc[0]) {
        char ls[32];
        snprintf(ls, sizeof ls, "%s-%s", ll, sc);
        if ((cc[0] && try_path(ls, cc, path)) || any_region(ls, path))
            return true;
    }
    return (cc[0] && try_path(ll, cc, path)) || try_path(ll, NULL, path) ||
           (strcmp(ll, "en") == 0 && try_path("en", "US", path)) ||
           (k == 2 && try_path(ll, home, path)) || any_region(ll, path);
}

size_t
lb_hyph_name(const char *lang, char *out, size_t n)
{
    char path[256];
    if (!resolve(lang, path) || n == 0)
        return 0;
    /* aliases ("hyph_en.dic", "hyph_de_AT.dic") are links to the file
       they share */
    char *real = realpath(path, NULL);
    const char *name = strrchr(real ? real : path, '/');
    name = name ? name + 1 : path;
    size_t len = strlen(name);
    if (len >= n)
        len = 0;
    else
        memcpy(out, name, len + 1);
    free(real);
    return len;
}

lb_hyph *
lb_hyph_load(const char *lang)
{
    char path[256];
    if (!resolve(lang, path))
        return NULL;
    HyphenDict *d = lb_hyph_cache_load(path);
    if (!d)
        return NULL;
    lb_hyph *h = xcalloc(1, sizeof *h);
    h->dict = d;
    if (!d->utf8)
        charset_table(h, d->cset);
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
    free(h->to_byte);
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

/* Lower case for the letters patterns are written in: Latin-1, Latin
 * Extended-A, Greek and Cyrillic. */
static uint32_t
lower(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        /* Latin Extended-A pairs: upper case is even, but odd from
           U+0139 to U+0148 and from U+0179; U+0178 is Ÿ */
        if (c == 0x178)
            return 0xFF;
        bool odd_upper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
        if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F)
            return c; /* dotted I, dotless i, kra, 'n, long s: no pair */
        return (c & 1) == (odd_upper ? 1u : 0u) ? c + 1 : c;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32; /* Greek */
    if (c == 0x386)
        return 0x3AC;
    if (c >= 0x388 && c <= 0x38A)
        return c + 37;
    if (c == 0x38C)
        return 0x3CC;
    if (c == 0x38E || c == 0x38F)
        return c + 63;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80; /* Cyrillic: Ѐ..Џ */
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    return c;
}

static int
cp_byte_cmp(const void *a, const void *b)
{
    uint32_t x = ((const struct cp_byte *)a)->cp, y = ((const struct cp_byte *)b)->cp;
    return x < y ? -1 : x > y;
}

/* The byte of code point c in an 8-bit dictionary's set, 0 if none. */
static unsigned char
byte_of(const lb_hyph *h, uint32_t c)
{
    if (c < 0x80)
        return (unsigned char)c;
    size_t lo = 0, hi = h->n_to_byte;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (h->to_byte[mid].cp < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < h->n_to_byte && h->to_byte[lo].cp == c ? h->to_byte[lo].byte : 0;
}

/* The code points of the high bytes of charset `cset`, through iconv;
 * a set iconv does not know leaves the table empty (ASCII words only). */
static void
charset_table(lb_hyph *h, const char *cset)
{
    iconv_t cd = iconv_open("UTF-32LE", cset);
    if (cd == (iconv_t)-1)
        return;
    h->to_byte = xcalloc(128, sizeof *h->to_byte);
    for (int b = 0x80; b <= 0xFF; b++) {
        char in = (char)b;
        unsigned char out[8];
        char *ip = &in, *op = (char *)out;
        size_t il = 1, ol = sizeof out;
        if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || sizeof out - ol != 4) {
            iconv(cd, NULL, NULL, NULL, NULL); /* reset after an error */
            continue;
        }
        uint32_t cp = (uint32_t)out[0] | (uint32_t)out[1] << 8 | (uint32_t)out[2] << 16 |
                      (uint32_t)out[3] << 24;
        if (cp < 0x80)
            continue;
        h->to_byte[h->n_to_byte].cp = cp;
        h->to_byte[h->n_to_byte].byte = (unsigned char)b;
        h->n_to_byte++;
    }
    iconv_close(cd);
    qsort(h->to_byte, h->n_to_byte, sizeof *h->to_byte, cp_byte_cmp);
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

/* The points of one part of a word, word[a..b): letters only (else
 * none), before inner capitals only in mixed case, at least 2 letters
 * before a point and 3 after it. */
static size_t
part_points(const lb_hyph *h, const char *word, size_t a, size_t b, size_t *pos, size_t max)
{
    /* the part must be letters only; remember each code point's offset */
    size_t offs[HYPH_MAX_WORD + 1];
    char low[HYPH_MAX_WORD * 4 + 8];
    size_t n_cp = 0, lo = 0;
    bool inner_cap = false, small = false;
    for (size_t i = a; i < b;) {
        uint32_t c;
        size_t k = utf8_decode(word + i, b - i, &c);
        if (!k || !is_letter(c) || n_cp >= HYPH_MAX_WORD)
            return 0;
        uint32_t l = lower(c);
        inner_cap = inner_cap || (n_cp > 0 && l != c);
        small = small || l == c;
        offs[n_cp++] = i;
        if (h->dict->utf8) {
            lo += utf8_encode(l, low + lo);
        } else {
            unsigned char byte = byte_of(h, l);
            if (!byte)
                return 0; /* no byte for it in the dictionary's charset */
            low[lo++] = (char)byte;
        }
        i += k;
    }
    offs[n_cp] = b;
    if (n_cp < 5 || max == 0)
        return 0;
    /* a capital inside a word of small letters makes a name
       ("WebAssembly", "LibreOffice", "McAllister"): the patterns would
       break it as a word ("We-bAssembly" reads as a misprint), so it
       breaks only before its inner capitals ("Web-Assembly"), with the
       usual minima, which a narrow table cell may need (a word set in
       capitals is hyphenated as the word) */
    if (inner_cap && small) {
        size_t n = 0;
        for (size_t cp = 2; cp + 3 <= n_cp && n < max; cp++) {
            uint32_t c;
            utf8_decode(word + offs[cp], b - offs[cp], &c);
            if (lower(c) != c)
                pos[n++] = offs[cp];
        }
        return n;
    }
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
           code points, 8-bit ones bytes, one per code point here) */
        for (size_t i = 1; i < n_cp && n < max; i++) {
            if (!(hy[i] & 1))
                continue;
            size_t cp = i + 1; /* break before this code point */
            if (cp < 2 || n_cp - cp < 3)
                continue;
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

static bool
is_digit_at(const char *word, size_t len, size_t i)
{
    return i < len && word[i] >= '0' && word[i] <= '9';
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
    /* a digit against the letters ("1Password", "mp3", "COVID19") makes
       a name or a code, not a word; a note mark after punctuation
       ("areas.[12]") does not */
    if (a == b || (a > 0 && is_digit_at(word, len, a - 1)) || is_digit_at(word, len, b))
        return 0;
    /* apostrophes split the word into parts, each hyphenated on its own
       with the usual minima counted from the apostrophe: the stem of a
       possessive or contraction ("contributor's", "couldn't"), the word
       after an elided article ("d'infractions", "l'explication") */
    size_t n = 0, p0 = a;
    for (size_t i = a; i <= b;) {
        uint32_t c = 0;
        size_t k = 1;
        if (i < b) {
            k = utf8_decode(word + i, b - i, &c);
            if (!k)
                return 0;
        }
        if (i == b || c == '\'' || c == 0x2019) {
            n += part_points(h, word, p0, i, pos + n, max - n);
            p0 = i + k;
        }
        i += k;
    }
    return n;
}
