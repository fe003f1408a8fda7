/*
 * hyphcache.c - libhyphen's pattern machines, kept between builds.
 *
 * libhyphen builds its state machine from a .dic file every time it loads
 * one, and for big pattern sets that is slow: German (hyph_de_DE.dic,
 * 78,000 lines with a second level for compounds) takes 6-12 s on our
 * machines, against 80 ms for US English, while the build it serves takes
 * a fraction of a second. So the machine libhyphen built is written once to
 * a cache file and read back on later builds (milliseconds), the way
 * fontconfig keeps its caches.
 *
 * The cache lives in $SHEAF_CACHE_DIR, else $XDG_CACHE_HOME/sheaf, else
 * ~/.cache/sheaf (SHEAF_CACHE_DIR set to "" turns it off). A file is named
 * for the pattern file's name, size and modification time, so a changed
 * pattern file is never matched to an old machine; it is written to a
 * temporary name and renamed, so readers see all of it or none. The memory
 * is allocated with malloc exactly as libhyphen's loader allocates it, so
 * hnj_hyphen_free releases a cached dictionary like a loaded one. Reading
 * checks every count and state index (a damaged file must not make the
 * matcher index out of bounds) and any doubt means loading the patterns.
 */
#include "hyphcache.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../base/buf.h"
#include "../../base/fs.h"

/* The layout of what follows, and of libhyphen's structures it mirrors. */
#define MAGIC "sheaf-hyph-3"
#define MAX_STATES (1 << 24)
#define MAX_TRANS 256

static const char *
cache_dir(char *out, size_t n)
{
    const char *s = getenv("SHEAF_CACHE_DIR");
    if (s)
        return *s ? s : NULL;
    if ((s = getenv("XDG_CACHE_HOME")) && *s)
        snprintf(out, n, "%s/sheaf", s);
    else if ((s = getenv("HOME")) && *s)
        snprintf(out, n, "%s/.cache/sheaf", s);
    else
        return NULL;
    return out;
}

/* FNV-1a over the payload: a damaged file whose counts still look sound
 * (a flipped letter in a pattern) must not hyphenate wrongly. */
static uint64_t
checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/* ---- writing ---- */

static void
put_str(buf *b, const char *s)
{
    int32_t n = s ? (int32_t)strlen(s) : -1;
    buf_add(b, &n, sizeof n);
    if (n > 0)
        buf_add(b, s, (size_t)n);
}

/* NOHYPHEN is kept as libhyphen's loader leaves it: nohyphenl + 1 strings
 * one after another, each NUL-terminated. */
static size_t
nohyphen_len(const HyphenDict *d)
{
    size_t n = 0;
    if (d->nohyphen)
        for (int i = 0; i <= d->nohyphenl; i++)
            n += strlen(d->nohyphen + n) + 1;
    return n;
}

static void
put_dict(buf *b, const HyphenDict *d)
{
    char head[4] = {d->lhmin, d->rhmin, d->clhmin, d->crhmin};
    buf_add(b, head, 4);
    int32_t nl = d->nohyphen ? (int32_t)nohyphen_len(d) : -1;
    buf_add(b, &nl, sizeof nl);
    if (nl > 0)
        buf_add(b, d->nohyphen, (size_t)nl);
    int32_t v[3] = {d->nohyphenl, d->num_states, d->utf8};
    buf_add(b, v, sizeof v);
    buf_add(b, d->cset, MAX_NAME);
    for (int i = 0; i < d->num_states; i++) {
        const HyphenState *s = &d->states[i];
        put_str(b, s->match);
        put_str(b, s->repl);
        signed char rc[2] = {s->replindex, s->replcut};
        buf_add(b, rc, 2);
        int32_t w[2] = {s->fallback_state, s->num_trans};
        buf_add(b, w, sizeof w);
        for (int t = 0; t < s->num_trans; t++) {
            int32_t ns = s->trans[t].new_state;
            buf_add(b, &s->trans[t].ch, 1);
            buf_add(b, &ns, sizeof ns);
        }
    }
    char more = d->nextlevel != NULL;
    buf_add(b, &more, 1);
    if (more)
        put_dict(b, d->nextlevel);
}

static void
cache_write(const char *dir, const char *file, const HyphenDict *d)
{
    char tmp[2048], dst[2048];
    int a = snprintf(dst, sizeof dst, "%s/%s", dir, file);
    /* unique per process and per call: threads of one build (handouts)
       may write the same language's machine at once */
    static atomic_uint seq;
    int b = snprintf(tmp, sizeof tmp, "%s/.%s.%ld.%u.tmp", dir, file, (long)getpid(),
                     atomic_fetch_add(&seq, 1u));
    if (a < 0 || b < 0 || (size_t)a >= sizeof dst || (size_t)b >= sizeof tmp ||
        fs_mkdirs(dir) != 0)
        return;
    buf pay;
    buf_init(&pay, 0);
    put_dict(&pay, d);
    uint64_t h = checksum((const unsigned char *)pay.data, pay.len);
    FILE *f = fopen(tmp, "wb");
    bool ok = f != NULL;
    if (ok) {
        fwrite(MAGIC, 1, sizeof MAGIC, f);
        fwrite(&h, sizeof h, 1, f);
        fwrite(pay.data, 1, pay.len, f);
        ok = !ferror(f);
        ok &= fclose(f) == 0;
    }
    buf_cleanup(&pay);
    if (f && (!ok || rename(tmp, dst) != 0))
        remove(tmp);
}

/* ---- reading ---- */

typedef struct rd {
    const unsigned char *p, *end;
    bool bad;
} rd;

static bool
get(rd *r, void *out, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        memset(out, 0, n);
        return false;
    }
    memcpy(out, r->p, n);
    r->p += n;
    return true;
}

static char *
get_str(rd *r)
{
    int32_t n;
    if (!get(r, &n, sizeof n) || n < 0)
        return NULL;
    if ((size_t)(r->end - r->p) < (size_t)n) {
        r->bad = true;
        return NULL;
    }
    char *s = malloc((size_t)n + 1);
    if (!s) {
        r->bad = true;
        return NULL;
    }
    memcpy(s, r->p, (size_t)n);
    s[n] = 0;
    r->p += n;
    return s;
}

static HyphenDict *get_dict(rd *r, int depth);

static HyphenDict *
get_dict(rd *r, int depth)
{
    HyphenDict *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    char head[4];
    get(r, head, 4);
    d->lhmin = head[0];
    d->rhmin = head[1];
    d->clhmin = head[2];
    d->crhmin = head[3];
    int32_t nl;
    get(r, &nl, sizeof nl);
    if (nl > 0 && (size_t)(r->end - r->p) >= (size_t)nl && (d->nohyphen = malloc((size_t)nl + 1))) {
        memcpy(d->nohyphen, r->p, (size_t)nl);
        d->nohyphen[nl] = 0;
        r->p += nl;
    } else if (nl > 0) {
        r->bad = true;
    }
    int32_t v[3];
    get(r, v, sizeof v);
    d->nohyphenl = v[0];
    /* the strings must all lie inside what was read */
    if (d->nohyphen && !r->bad) {
        size_t at = 0;
        for (int i = 0; i <= d->nohyphenl && !r->bad; i++) {
            const char *z = at < (size_t)nl ? memchr(d->nohyphen + at, 0, (size_t)nl - at) : NULL;
            if (!z)
                r->bad = true;
            else
                at = (size_t)(z - d->nohyphen) + 1;
        }
    }
    d->utf8 = v[2];
    get(r, d->cset, MAX_NAME);
    d->cset[MAX_NAME - 1] = 0;
    int32_t ns = v[1];
    if (r->bad || ns <= 0 || ns > MAX_STATES || d->nohyphenl < 0 ||
        (d->nohyphenl > 0 && !d->nohyphen)) {
        r->bad = true;
        hnj_hyphen_free(d);
        return NULL;
    }
    d->states = calloc((size_t)ns, sizeof *d->states);
    if (!d->states) {
        r->bad = true;
        hnj_hyphen_free(d);
        return NULL;
    }
    d->num_states = ns;
    for (int i = 0; i < ns && !r->bad; i++) {
        HyphenState *s = &d->states[i];
        s->match = get_str(r);
        s->repl = get_str(r);
        signed char rc[2];
        get(r, rc, 2);
        s->replindex = rc[0];
        s->replcut = rc[1];
        int32_t w[2];
        get(r, w, sizeof w);
        s->fallback_state = w[0];
        if (r->bad || w[0] < -1 || w[0] >= ns || w[1] < 0 || w[1] > MAX_TRANS) {
            r->bad = true;
            break;
        }
        if (w[1] > 0 && !(s->trans = malloc((size_t)w[1] * sizeof *s->trans))) {
            r->bad = true;
            break;
        }
        s->num_trans = w[1];
        for (int t = 0; t < w[1]; t++) {
            int32_t to;
            get(r, &s->trans[t].ch, 1);
            get(r, &to, sizeof to);
            if (to < 0 || to >= ns)
                r->bad = true;
            s->trans[t].new_state = to;
        }
    }
    char more = 0;
    get(r, &more, 1);
    if (!r->bad && more && depth < 2)
        d->nextlevel = get_dict(r, depth + 1);
    else if (more)
        r->bad = true;
    if (r->bad) {
        hnj_hyphen_free(d);
        return NULL;
    }
    return d;
}

static HyphenDict *
cache_read(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || st.st_size <= 0 || st.st_size > (1 << 28)) {
        fclose(f);
        return NULL;
    }
    unsigned char *data = malloc((size_t)st.st_size);
    size_t n = data ? fread(data, 1, (size_t)st.st_size, f) : 0;
    fclose(f);
    HyphenDict *d = NULL;
    size_t head = sizeof MAGIC + sizeof(uint64_t);
    uint64_t h = 0;
    if (data && n == (size_t)st.st_size && n > head)
        memcpy(&h, data + sizeof MAGIC, sizeof h);
    if (data && n == (size_t)st.st_size && n > head && memcmp(data, MAGIC, sizeof MAGIC) == 0 &&
        checksum(data + head, n - head) == h) {
        rd r = {data + head, data + n, false};
        d = get_dict(&r, 0);
        if (d && r.p != r.end) {
            hnj_hyphen_free(d);
            d = NULL;
        }
    }
    free(data);
    return d;
}

HyphenDict *
lb_hyph_cache_load(const char *path)
{
    struct stat st;
    char dirbuf[1024];
    const char *dir = cache_dir(dirbuf, sizeof dirbuf);
    if (!dir || stat(path, &st) != 0)
        return hnj_hyphen_load(path);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char file[400];
    snprintf(file, sizeof file, "hyph-%.200s-%lld-%lld-%zu.bin", base, (long long)st.st_size,
             (long long)st.st_mtime, sizeof(HyphenState));
    char full[2048];
    int k = snprintf(full, sizeof full, "%s/%s", dir, file);
    if (k < 0 || (size_t)k >= sizeof full)
        return hnj_hyphen_load(path);
    HyphenDict *d = cache_read(full);
    if (d)
        return d;
    d = hnj_hyphen_load(path);
    if (d)
        cache_write(dir, file, d);
    return d;
}
