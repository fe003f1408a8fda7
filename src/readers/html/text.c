/*
 * text.c - small DOM helpers shared by the HTML stages: element tests,
 * attribute access, document-order walking without recursion, and the
 * white-space-collapsed text of a subtree (Readability's innerText).
 */
#include "html_int.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool
rd_html_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, name) == 0;
}

bool
rd_html_is_heading(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && n->name[0] == 'h' && n->name[1] >= '1' &&
           n->name[1] <= '6' && !n->name[2];
}

const char *
rd_html_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *at = n->properties; at; at = at->next) {
        if (at->name && strcmp((const char *)at->name, name) == 0) {
            if (at->children && at->children->type == XML_TEXT_NODE && !at->children->next)
                return at->children->content ? (const char *)at->children->content : "";
            return "";
        }
    }
    return NULL;
}

/* Next node of any type in document order inside root. */
static xmlNode *
next_any(xmlNode *n, const xmlNode *root, bool descend)
{
    if (descend && n->children && n->type == XML_ELEMENT_NODE)
        return n->children;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

xmlNode *
rd_html_next(xmlNode *n, const xmlNode *root, bool descend)
{
    xmlNode *m = next_any(n, root, descend);
    while (m && m->type != XML_ELEMENT_NODE)
        m = next_any(m, root, true);
    return m;
}

static bool
skip_element(const xmlNode *n)
{
    return rd_html_is(n, "script") || rd_html_is(n, "style") || rd_html_is(n, "noscript") ||
           rd_html_is(n, "template");
}

/* Feed every text byte of n's subtree to the collapser. */
typedef struct squash {
    buf *b;
    size_t chars, commas;
    size_t limit; /* counting stops once chars passes it */
    bool space, any;
} squash;

static void
squash_add(squash *s, const char *t)
{
    if (!s->b) {
        /* Counting only: the hot path of scoring, kept tight. */
        size_t chars = s->chars, commas = s->commas;
        bool space = s->space, any = s->any;
        for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
            unsigned char ch = *p;
            /* commas: ASCII, fullwidth (U+FF0C), Arabic (U+060C) */
            if (ch == ',' || (ch == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ||
                (ch == 0xD8 && p[1] == 0x8C))
                commas++;
            if (ch <= ' ' && (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f')) {
                space = true;
                continue;
            }
            if (ch == 0xC2 && p[1] == 0xA0) {
                space = true;
                p++;
                continue;
            }
            if (space && any)
                chars++;
            space = false;
            any = true;
            if ((ch & 0xC0) != 0x80)
                chars++;
        }
        s->chars = chars;
        s->commas = commas;
        s->space = space;
        s->any = any;
        return;
    }
    /* Copying: whole runs of non-space bytes at a time. */
    const unsigned char *p = (const unsigned char *)t;
    while (*p) {
        unsigned char ch = *p;
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f') {
            s->space = true;
            p++;
            continue;
        }
        if (ch == 0xC2 && p[1] == 0xA0) {
            s->space = true;
            p += 2;
            continue;
        }
        const unsigned char *start = p;
        size_t chars = 0;
        while (*p && !(*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f') &&
               !(*p == 0xC2 && p[1] == 0xA0)) {
            if ((*p & 0xC0) != 0x80)
                chars++;
            p++;
        }
        if (s->space && s->any) {
            buf_addc(s->b, ' ');
            s->chars++;
        }
        buf_add(s->b, start, (size_t)(p - start));
        s->chars += chars;
        s->space = false;
        s->any = true;
    }
}

static void
squash_node(squash *s, const xmlNode *root)
{
    if (root->type == XML_TEXT_NODE || root->type == XML_CDATA_SECTION_NODE) {
        if (root->content)
            squash_add(s, (const char *)root->content);
        return;
    }
    if (root->type != XML_ELEMENT_NODE || skip_element(root))
        return;
    xmlNode *n = root->children;
    while (n) {
        bool descend = true;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                squash_add(s, (const char *)n->content);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (skip_element(n))
                descend = false;
            else if (rd_html_is(n, "br") || rd_html_is(n, "p") || rd_html_is(n, "div") ||
                     rd_html_is(n, "li"))
                s->space = true;
        }
        if (s->chars > s->limit)
            return;
        n = next_any(n, root, descend);
    }
}

void
rd_html_text(const xmlNode *n, buf *b)
{
    squash s = {b, 0, 0, SIZE_MAX, false, false};
    squash_node(&s, n);
}

char *
rd_html_text_dup(arena *a, const xmlNode *n)
{
    buf b;
    buf_init(&b, 0);
    rd_html_text(n, &b);
    char *r = arena_strndup(a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    return r;
}

size_t
rd_html_text_len(const xmlNode *n)
{
    squash s = {NULL, 0, 0, SIZE_MAX, false, false};
    squash_node(&s, n);
    return s.chars;
}

size_t
rd_html_text_len_max(const xmlNode *n, size_t max)
{
    squash s = {NULL, 0, 0, max, false, false};
    squash_node(&s, n);
    return s.chars > max ? max + 1 : s.chars;
}

size_t
rd_html_text_stats(const xmlNode *n, size_t *commas)
{
    squash s = {NULL, 0, 0, SIZE_MAX, false, false};
    squash_node(&s, n);
    *commas = s.commas;
    return s.chars;
}

bool
rd_html_has_ci(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (; *s; s++)
        if (tolower((unsigned char)*s) == tolower((unsigned char)*w) && strncasecmp(s, w, n) == 0)
            return true;
    return false;
}

bool
rd_html_has_class(const xmlNode *n, const char *tok)
{
    const char *cls = rd_html_attr(n, "class");
    size_t tl = strlen(tok);
    for (const char *p = cls; p && (p = strstr(p, tok)) != NULL; p += tl)
        if ((p == cls || p[-1] == ' ' || p[-1] == '\t') &&
            (p[tl] == '\0' || p[tl] == ' ' || p[tl] == '\t'))
            return true;
    return false;
}

char *
rd_html_squash(arena *a, const char *t, size_t len)
{
    char *out = arena_alloc(a, len + 1);
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f') {
            space = true;
            continue;
        }
        if (ch == 0xC2 && i + 1 < len && (unsigned char)t[i + 1] == 0xA0) {
            space = true;
            i++;
            continue;
        }
        if (space && k)
            out[k++] = ' ';
        space = false;
        out[k++] = (char)ch;
    }
    out[k] = '\0';
    return out;
}

/* Match the ASCII letters and digits of s against id from *at on,
 * skipping the id's punctuation; false at the first that differs. */
static bool
slug_match(const char *s, const char *id, size_t *at, size_t *matched)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch >= 0x80 || !isalnum(ch))
            continue;
        while (id[*at] && !isalnum((unsigned char)id[*at]))
            (*at)++;
        if (tolower((unsigned char)id[*at]) != tolower(ch))
            return false;
        (*at)++;
        (*matched)++;
    }
    return true;
}

/* Match the text under n against id (see slug_match). */
static bool
slug_match_tree(const xmlNode *n, const char *id, size_t *at, size_t *matched)
{
    for (const xmlNode *ch = n->children; ch; ch = ch->next) {
        if (ch->type == XML_TEXT_NODE && ch->content &&
            !slug_match((const char *)ch->content, id, at, matched))
            return false;
        if (ch->type == XML_ELEMENT_NODE && !slug_match_tree(ch, id, at, matched))
            return false;
    }
    return true;
}

/* How much of a heading's id is its own text made into a slug. Markdown
 * converters and CMSs give each heading such an id, and some add the
 * heading's link after it ("falcon-https-github-com-plotly-falcon"): that
 * tail names a web address, not the heading's role, yet it holds "com-"
 * or "share" ("slideshare"). Only the text's part of the id says what the
 * page means by the heading. 0 when the id is not made from the text. */
static size_t
own_slug_len(const xmlNode *h, const char *id)
{
    const char *nm = (const char *)h->name;
    if (nm[0] != 'h' || nm[1] < '1' || nm[1] > '6' || nm[2])
        return 0;
    size_t at = 0, matched = 0;
    if (!slug_match_tree(h, id, &at, &matched))
        return 0;
    return matched >= 3 ? at : 0;
}

void
rd_html_id_words(const xmlNode *n, char *out, size_t cap)
{
    const char *id = rd_html_attr(n, "id");
    size_t k = 0;
    if (id) {
        size_t own = n->type == XML_ELEMENT_NODE ? own_slug_len(n, id) : 0;
        size_t len = own ? own : strlen(id);
        for (; k < len && k + 1 < cap; k++)
            out[k] = (char)tolower((unsigned char)id[k]);
    }
    out[k] = '\0';
}

void
rd_html_class_id(const xmlNode *n, char *out, size_t cap)
{
    size_t k = 0;
    char idw[512];
    rd_html_id_words(n, idw, sizeof(idw));
    const char *parts[2] = {rd_html_attr(n, "class"), idw[0] ? idw : NULL};
    for (int i = 0; i < 2; i++) {
        const char *p = parts[i];
        if (!p)
            continue;
        if (k && k + 1 < cap)
            out[k++] = ' ';
        for (; *p && k + 1 < cap; p++)
            out[k++] = (char)tolower((unsigned char)*p);
    }
    out[k] = '\0';
}

size_t
rd_html_word_count(const char *s)
{
    size_t w = 0;
    bool in = false;
    for (; s && *s; s++) {
        bool sp = isspace((unsigned char)*s);
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

void
rd_html_remove(xmlNode *n)
{
    xmlUnlinkNode(n);
    xmlFreeNode(n);
}

int
rd_html_depth(const xmlNode *n)
{
    int d = 0;
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        d++;
    return d;
}

void
rd_html_list_push(rd_html_list *l, xmlNode *n)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->v = xrealloc(l->v, l->cap * sizeof(*l->v));
    }
    l->v[l->n++] = n;
}

void
rd_html_list_free(rd_html_list *l)
{
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

void
rd_html_collect(xmlNode *root, const char *name, rd_html_list *out)
{
    for (xmlNode *n = rd_html_next(root, root, true); n; n = rd_html_next(n, root, true))
        if (rd_html_is(n, name))
            rd_html_list_push(out, n);
}

bool
rd_html_blank_text(const xmlNode *t)
{
    for (const unsigned char *p = t->content; p && *p; p++) {
        if (*p == 0xC2 && p[1] == 0xA0) {
            p++;
            continue;
        }
        if (!(*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f'))
            return false;
    }
    return true;
}

bool
rd_html_has_text(const xmlNode *root)
{
    for (const xmlNode *n = root->children; n;) {
        bool descend = true;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (!rd_html_blank_text(n))
                return true;
        } else if (n->type == XML_ELEMENT_NODE && skip_element(n)) {
            descend = false;
        }
        n = next_any((xmlNode *)n, root, descend);
    }
    return false;
}

/* Links set one to a source line with nothing but the line breaks
 * between them ("<a>Headline one</a>\n<a>Headline two</a>") are a list
 * of headlines, not a sentence: prose puts a word or a mark between two
 * links. True when the nodes from `first` up to `end` (NULL: to the last)
 * are links and white space, and a line break follows the last link: a
 * link after them starts a line of its own. */
bool
rd_html_links_listed(const xmlNode *first, const xmlNode *end)
{
    bool newline = false, link = false;
    for (const xmlNode *k = first; k && k != end; k = k->next) {
        if (rd_html_is(k, "a")) {
            link = true;
            newline = false;
        } else if (k->type == XML_TEXT_NODE) {
            for (const xmlChar *t = k->content; t && *t; t++) {
                if (!isspace(*t))
                    return false;
                newline = newline || *t == '\n';
            }
        } else if (k->type != XML_COMMENT_NODE) {
            return false;
        }
    }
    return link && newline;
}
