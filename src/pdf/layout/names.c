/*
 * names.c - destination names: every article, part, heading, note and
 * linked block gets one before layout, and links resolve against them.
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t
nm_hash(const char *k)
{
    uint64_t h = 1469598103934665603ull;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 1099511628211ull;
    return (size_t)h;
}

void
lay_nm_put(arena *a, name_map *m, const char *k, const char *v)
{
    if (!k || !v)
        return;
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 256;
        const char **nk = arena_alloc(a, nc * sizeof *nk), **nv = arena_alloc(a, nc * sizeof *nv);
        memset(nk, 0, nc * sizeof *nk);
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            size_t j = nm_hash(m->keys[i]) & (nc - 1);
            while (nk[j])
                j = (j + 1) & (nc - 1);
            nk[j] = m->keys[i];
            nv[j] = m->vals[i];
        }
        m->keys = nk;
        m->vals = nv;
        m->cap = nc;
    }
    size_t j = nm_hash(k) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], k) == 0)
            return;
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = arena_strdup(a, k);
    m->vals[j] = v;
    m->n++;
}

const char *
lay_nm_get(const name_map *m, const char *k)
{
    if (!m->cap || !k)
        return NULL;
    size_t j = nm_hash(k) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], k) == 0)
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return NULL;
}

/* The destination name of a node (article, part, heading, note), or NULL. */
const char *
lay_name_of(const flow *f, const void *node)
{
    char k[40];
    snprintf(k, sizeof k, "@%p", node);
    return lay_nm_get(&f->names, k);
}

static void
name_set(flow *f, const void *node, const char *name)
{
    char k[40];
    snprintf(k, sizeof k, "@%p", node);
    lay_nm_put(f->names_a, &f->names, k, name);
}

void
lay_hold_name(flow *f, const char *name)
{
    if (name && f->n_held < LAY_HELD_MAX)
        f->held[f->n_held++] = name;
}

void
lay_release_names(flow *f, lay_item *v, size_t *n, double y)
{
    for (size_t i = 0; i < f->n_held; i++) {
        lay_item *t = &v[(*n)++];
        memset(t, 0, sizeof *t);
        t->kind = LAY_DEST;
        t->dest = f->held[i];
        t->y = y;
    }
    f->n_held = 0;
}

/* GitHub-like heading slug: lower-case letters and digits, '-' for spaces. */
static char *
slug(arena *a, const char *s)
{
    size_t n = strlen(s), k = 0;
    char *o = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'A' && ch <= 'Z')
            o[k++] = (char)(ch - 'A' + 'a');
        else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80 || ch == '_' ||
                 ch == '-')
            o[k++] = (char)ch;
        else if (ch == ' ')
            o[k++] = '-';
    }
    o[k] = 0;
    return o;
}

static const char *
base_name(const char *p)
{
    const char *b = strrchr(p, '/');
    return b ? b + 1 : p;
}

/* Give every article, part, heading and note a destination name (its id
 * when the tree has one; names live in the output arena, since the pages
 * carry them), and index in names_a what a link's href may name: a file
 * ("F<basename>"), a fragment within article N ("A<N>#frag") or anywhere
 * ("#frag"). A note definition's back link goes to its first reference. */
void
lay_assign_names(flow *f, const doc_node *root)
{
    arena *a = f->names_a;
    int ai = 0, pi = 0, hi = 0, ni = 0;
    const char *art_nm = "";
    doc_iter it;
    doc_iter_init(&it, (doc_node *)root);
    doc_node *n;
    doc_event ev;
    char key[64];
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        const char *nm = NULL;
        switch (n->type) {
        case DOC_PART:
            nm = n->id ? n->id : arena_printf(f->out, "part-%d", ++pi);
            name_set(f, n, nm);
            break;
        case DOC_ARTICLE: {
            ai++;
            hi = ni = 0;
            nm = n->id ? n->id : arena_printf(f->out, "art-%d", ai);
            art_nm = nm;
            name_set(f, n, nm);
            const doc_meta *m = n->as.article.meta;
            if (m && m->path)
                lay_nm_put(a, &f->names, arena_printf(a, "F%s", base_name(m->path)), nm);
            lay_nm_put(a, &f->names, arena_printf(a, "I%s", nm), arena_printf(a, "%d", ai));
            break;
        }
        case DOC_HEADING: {
            /* ids are unique within their article only: qualified by it */
            nm = n->id ? arena_printf(f->out, "%s#%s", art_nm, n->id)
                       : arena_printf(f->out, "art-%d-s%d", ai, ++hi);
            name_set(f, n, nm);
            snprintf(key, sizeof key, "A%d#", ai);
            lay_nm_put(a, &f->names, arena_printf(a, "%s%s", key, slug(a, doc_text_of(a, n))), nm);
            break;
        }
        case DOC_NOTE_DEF:
            nm = arena_printf(f->out, "art-%d-n%d", ai, ++ni);
            name_set(f, n, nm);
            break;
        case DOC_NOTE_REF:
            if (n->as.note.target && !lay_name_of(f, n)) {
                snprintf(key, sizeof key, "R@%p", (void *)n->as.note.target);
                if (!lay_nm_get(&f->names, key)) {
                    nm = arena_printf(f->out, "art-%d-r%d", ai, ++ni);
                    name_set(f, n, nm);
                    lay_nm_put(a, &f->names, key, nm);
                }
            }
            break;
        default:
            /* any other block an in-page link aims at (a paragraph, an
               item, a table, ...; transform/ids.c kept only those ids) */
            if (n->id && doc_is_block(n->type)) {
                nm = arena_printf(f->out, "%s#%s", art_nm, n->id);
                name_set(f, n, nm);
            }
            break;
        }
        if (n->id && nm && n->type != DOC_ARTICLE && n->type != DOC_PART &&
            n->type != DOC_NOTE_DEF && n->type != DOC_NOTE_REF) {
            lay_nm_put(a, &f->names, arena_printf(a, "A%d#%s", ai, n->id), nm);
            lay_nm_put(a, &f->names, arena_printf(a, "#%s", n->id), nm);
        } else if (n->id && (n->type == DOC_ARTICLE || n->type == DOC_PART)) {
            lay_nm_put(a, &f->names, arena_printf(a, "#%s", n->id), nm);
        }
    }
}

/* A link's href as layout sets it: "#dest" for a place in the collection
 * (a fragment of this article or any, another article's file, file#frag),
 * the URI for an external address, NULL for a fragment nothing defines or
 * a relative address that is no article of the collection. */
const char *
lay_resolve_href(flow *f, const char *href)
{
    if (!href || !*href)
        return NULL;
    arena *a = f->names_a;
    if (href[0] == '#') {
        const char *d = lay_nm_get(&f->names, arena_printf(a, "A%d%s", f->art_index, href));
        if (!d)
            d = lay_nm_get(&f->names, href);
        return d ? arena_printf(f->out, "#%s", d) : NULL;
    }
    /* a scheme ("http:", "mailto:") before any '/', '?' or '#': external */
    for (const char *p = href; *p && *p != '/' && *p != '?' && *p != '#'; p++)
        if (*p == ':')
            return href;
    const char *hash = strchr(href, '#');
    size_t plen = hash ? (size_t)(hash - href) : strlen(href);
    char *path = arena_strndup(a, href, plen);
    const char *art = lay_nm_get(&f->names, arena_printf(a, "F%s", base_name(path)));
    if (!art)
        return NULL; /* a relative address outside the book leads nowhere in a PDF */
    if (hash && hash[1]) {
        /* the fragment within that article, else anywhere, else its top */
        const char *idx = lay_nm_get(&f->names, arena_printf(a, "I%s", art));
        const char *d = idx ? lay_nm_get(&f->names, arena_printf(a, "A%s%s", idx, hash)) : NULL;
        if (!d)
            d = lay_nm_get(&f->names, hash);
        if (d)
            return arena_printf(f->out, "#%s", d);
    }
    return arena_printf(f->out, "#%s", art);
}
