/*
 * gutenberg_toc.c - a Project Gutenberg book's printed contents without
 * page numbers: a run of short entries at the front ("ACT I" / "Scene I. A
 * public place.", "Que trata de la condición ...") that the text prints
 * again further on as its headings ("SCENE I. A public place.", "Capítulo
 * primero. Que trata de la condición ..."). Its entries point nowhere in
 * an EPUB that has a contents of its own, so the run is left out. The
 * contents with pages (gutenberg_book.c) needs no such proof.
 *
 * An entry is a block of lines between blank lines, or one of its lines;
 * it comes again when a later block of at most three lines says the same
 * words, letter case and punctuation aside, or, for an entry of three
 * words or more, the same words after a chapter's word and number. A run is the front's blocks up
 * to a paragraph of prose, and it is a contents when three of its entries come again: it goes from
 * its first such entry to its last, and, under a "Contents" label, to the end of its page (three
 * blank lines).
 */
#include "text_int.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/buf.h"

/* Entries that come again, at least, for a run to be a contents. */
#define RD_TEXT_TOC_MIN_AGAIN 3
/* Lines of a heading that says an entry again, at most. */
#define RD_TEXT_TOC_HEADING_LINES 3
/* Words before the entry's own in such a heading ("Capítulo primero"). */
#define RD_TEXT_TOC_PREFIX_WORDS 3
/* The front, in lines from the text's start, where a run may begin. */
#define RD_TEXT_TOC_FRONT 600

typedef struct toc_block {
    size_t first, last; /* its lines */
    const char *key;    /* its words, folded */
    size_t key_len;
} toc_block;

/* A heading's words, or their end after a few of its own words (what an
 * entry of three words or more may say again), found by hash: every
 * block is compared once, not with every later one, so a book of many
 * short blocks (a play) is read in n log n. */
typedef struct toc_ref {
    uint64_t h;
    size_t block;
    const char *s;
    size_t len;
    bool tail; /* after words of the heading's own */
} toc_ref;

typedef struct toc_index {
    toc_ref *v;
    size_t n;
} toc_index;

static uint64_t
hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static int
ref_cmp(const void *x, const void *y)
{
    const toc_ref *a = x, *b = y;
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    return a->block < b->block ? -1 : a->block > b->block;
}

/* The first block after b whose heading says the entry e again (the
 * same words, or them after a few of its own); 0 if none. */
static size_t
index_find(const toc_index *ix, const char *e, size_t el, size_t b)
{
    if (el < 3)
        return 0;
    size_t ew = 1; /* (a name alone, "romeo", ends many a line) */
    for (size_t i = 0; i < el; i++)
        ew += e[i] == ' ';
    uint64_t h = hash(e, el);
    size_t lo = 0, hi = ix->n;
    while (lo < hi) { /* the first ref of (h, a block after b) */
        size_t mid = lo + (hi - lo) / 2;
        if (ix->v[mid].h < h || (ix->v[mid].h == h && ix->v[mid].block <= b))
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < ix->n && ix->v[k].h == h; k++)
        if (ix->v[k].len == el && !memcmp(ix->v[k].s, e, el) && (!ix->v[k].tail || ew >= 3))
            return ix->v[k].block;
    return 0;
}

static void
index_build(arena *a, const toc_block *v, size_t n, toc_index *ix)
{
    ix->v = arena_alloc(a, (4 * n + 1) * sizeof *ix->v);
    ix->n = 0;
    for (size_t j = 0; j < n; j++) {
        if (!v[j].key)
            continue;
        const char *s = v[j].key;
        size_t len = v[j].key_len;
        ix->v[ix->n++] = (toc_ref){hash(s, len), j, s, len, false};
        for (int w = 0; w < RD_TEXT_TOC_PREFIX_WORDS; w++) {
            const char *sp = memchr(s, ' ', len);
            if (!sp)
                break;
            len -= (size_t)(sp + 1 - s);
            s = sp + 1;
            ix->v[ix->n++] = (toc_ref){hash(s, len), j, s, len, true};
        }
    }
    qsort(ix->v, ix->n, sizeof *ix->v, ref_cmp);
}

/* s's words in lower case without punctuation, one space apart; the
 * capitals of Latin-1 letters in UTF-8 ("Ó") fold to their small ones. */
static void
fold(const char *s, size_t len, buf *out)
{
    bool space = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < len) {
            unsigned char d = (unsigned char)s[i + 1];
            if (d >= 0x80 && d <= 0x9E && d != 0x97)
                d += 0x20;
            if (space && out->len)
                buf_addc(out, ' ');
            space = false;
            buf_addc(out, (char)c);
            buf_addc(out, (char)d);
            i++;
        } else if (isalnum(c) || c >= 0x80) {
            if (space && out->len)
                buf_addc(out, ' ');
            space = false;
            buf_addc(out, (char)tolower(c));
        } else if (c == ' ' || c == '\t' || c == '-') {
            space = true;
        }
    }
}

static const char *
fold_lines(arena *a, const rd_text_lines *L, size_t first, size_t last, size_t *len)
{
    buf b;
    buf_init(&b, 0);
    for (size_t k = first; k <= last; k++) {
        if (b.len)
            buf_addc(&b, ' ');
        fold(L->v[k].s, L->v[k].len, &b);
    }
    const char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    *len = b.len;
    buf_cleanup(&b);
    return s;
}

/* The first heading below block b that says one of its entries (the
 * block, or one of its lines) again; 0 if none. */
static size_t
comes_again(arena *a, const rd_text_lines *L, const toc_block *v, const toc_index *ix, size_t b)
{
    size_t found = 0;
    for (size_t k = v[b].first; k <= v[b].last + 1; k++) {
        size_t el = v[b].key_len;
        const char *e = v[b].key;
        if (k <= v[b].last) {
            if (L->v[k].words > 12)
                continue;
            e = fold_lines(a, L, k, k, &el);
        } else if (!e) {
            break;
        }
        size_t j = index_find(ix, e, el, b);
        if (j && (!found || j < found))
            found = j;
        if (v[b].first == v[b].last)
            break; /* (the block is its line) */
    }
    return found;
}

/* A paragraph of prose: three lines or more, two of a dozen words. */
static bool
prose_block(const rd_text_lines *L, const toc_block *b)
{
    size_t long_lines = 0;
    for (size_t k = b->first; k <= b->last; k++)
        long_lines += L->v[k].words >= 12;
    return b->last - b->first >= 2 && long_lines >= 2;
}

static bool
toc_label(const rd_text_line *ln)
{
    size_t n = ln->len;
    while (n && (ln->s[n - 1] == '.' || ln->s[n - 1] == ':'))
        n--;
    return (n == 8 && !strncasecmp(ln->s, "contents", 8)) ||
           (n == 17 && !strncasecmp(ln->s, "table of contents", 17));
}

/* (a picture among the entries, its caption in brackets, stays) */
static void
drop(rd_text_lines *L, size_t from, size_t to)
{
    bool bracket = false;
    for (size_t k = from; k <= to; k++) {
        rd_text_line *ln = &L->v[k];
        bracket = ln->kind != RD_TEXT_BLANK && (bracket || (ln->len && ln->s[0] == '['));
        if (ln->kind != RD_TEXT_BLANK && !(bracket && ln->role == RD_TEXT_META))
            ln->role = RD_TEXT_DROP;
    }
}

/* The run of blocks from r, up to a paragraph of prose or the first
 * heading one of its entries names (the text has begun there): dropped
 * when it is a contents. Returns the block after it. */
static size_t
run(arena *a, rd_text_lines *L, const toc_block *v, size_t n, const toc_index *ix, size_t r)
{
    size_t again = 0, first = 0, last = 0, e = r, stop = n;
    for (; e < n && e < stop && !prose_block(L, &v[e]); e++) {
        size_t at = comes_again(a, L, v, ix, e);
        if (!at)
            continue;
        if (!again++)
            first = e;
        last = e;
        if (at < stop)
            stop = at;
    }
    if (again < RD_TEXT_TOC_MIN_AGAIN)
        return e > r ? e : r + 1;
    /* a label over the entries ("Contents"): the contents runs on to the
       end of its page */
    if (first > r && v[first - 1].first == v[first - 1].last &&
        toc_label(&L->v[v[first - 1].first]))
        first--;
    size_t to = v[last].last;
    if (v[first].first == v[first].last && toc_label(&L->v[v[first].first]))
        for (size_t j = last + 1; j < e && v[j].first <= to + 3; j++)
            to = v[j].last;
    drop(L, v[first].first, to);
    return e;
}

void
rd_text_gutenberg_unpaged_contents(arena *a, rd_text_lines *L, size_t top)
{
    /* the blocks from the text's start; those short enough to be a
       heading keep their words for the comparison */
    toc_block *v = arena_alloc(a, (L->n / 2 + 2) * sizeof *v);
    size_t n = 0;
    for (size_t i = top; i < L->n;) {
        if (L->v[i].kind == RD_TEXT_BLANK) {
            i++;
            continue;
        }
        size_t e = i;
        while (e + 1 < L->n && L->v[e + 1].kind != RD_TEXT_BLANK)
            e++;
        toc_block *b = &v[n++];
        b->first = i;
        b->last = e;
        b->key = NULL;
        if (e - i < RD_TEXT_TOC_HEADING_LINES)
            b->key = fold_lines(a, L, i, e, &b->key_len);
        i = e + 1;
    }
    toc_index ix;
    index_build(a, v, n, &ix);
    for (size_t r = 0; r < n && v[r].first < top + RD_TEXT_TOC_FRONT;)
        r = run(a, L, v, n, &ix, r);
}
