/*
 * node.c - creating, linking and walking document nodes.
 *
 * The iterator follows cmark's: it moves through parent/child/sibling links
 * only, so a 100,000-deep tree costs no stack.
 */
#include "doc.h"

#include <string.h>

#include "../base/utf8.h"

doc_node *
doc_node_new(arena *a, doc_type type, doc_pos pos)
{
    doc_node *n = arena_alloc(a, sizeof(*n));
    n->type = type;
    n->pos = pos;
    return n;
}

doc_node *
doc_text_new(arena *a, const char *s, size_t len, doc_pos pos)
{
    doc_node *n = doc_node_new(a, DOC_TEXT, pos);
    n->text = arena_strndup(a, s, len);
    n->len = len;
    return n;
}

void
doc_append(doc_node *parent, doc_node *child)
{
    child->parent = parent;
    child->next = NULL;
    child->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

void
doc_prepend(doc_node *parent, doc_node *child)
{
    child->parent = parent;
    child->prev = NULL;
    child->next = parent->first_child;
    if (parent->first_child)
        parent->first_child->prev = child;
    else
        parent->last_child = child;
    parent->first_child = child;
}

void
doc_insert_before(doc_node *sibling, doc_node *node)
{
    doc_node *parent = sibling->parent;
    node->parent = parent;
    node->next = sibling;
    node->prev = sibling->prev;
    if (sibling->prev)
        sibling->prev->next = node;
    else if (parent)
        parent->first_child = node;
    sibling->prev = node;
}

void
doc_insert_after(doc_node *sibling, doc_node *node)
{
    doc_node *parent = sibling->parent;
    node->parent = parent;
    node->prev = sibling;
    node->next = sibling->next;
    if (sibling->next)
        sibling->next->prev = node;
    else if (parent)
        parent->last_child = node;
    sibling->next = node;
}

void
doc_unlink(doc_node *node)
{
    if (node->prev)
        node->prev->next = node->next;
    else if (node->parent)
        node->parent->first_child = node->next;
    if (node->next)
        node->next->prev = node->prev;
    else if (node->parent)
        node->parent->last_child = node->prev;
    node->parent = node->prev = node->next = NULL;
}

void
doc_unwrap(doc_node *node)
{
    while (node->first_child) {
        doc_node *k = node->first_child;
        doc_unlink(k);
        doc_insert_before(node, k);
    }
    doc_unlink(node);
}

void
doc_append_text(arena *a, doc_node *parent, const char *s, size_t len, doc_pos pos)
{
    doc_node *last = parent->last_child;
    /* (not into a flagged run: a formula, a URL; the text would take its flags) */
    if (last && last->type == DOC_TEXT && last->flags == 0) {
        char *t = arena_alloc(a, last->len + len + 1);
        memcpy(t, last->text, last->len);
        memcpy(t + last->len, s, len);
        t[last->len + len] = '\0';
        last->text = t;
        last->len += len;
        return;
    }
    doc_append(parent, doc_text_new(a, s, len, pos));
}

static const char *const type_names[DOC_TYPE_COUNT] = {
    [DOC_COLLECTION] = "collection",
    [DOC_PART] = "part",
    [DOC_ARTICLE] = "article",
    [DOC_HEADING] = "heading",
    [DOC_PARA] = "paragraph",
    [DOC_QUOTE] = "blockquote",
    [DOC_LIST] = "list",
    [DOC_ITEM] = "item",
    [DOC_CODE_BLOCK] = "code",
    [DOC_RULE] = "rule",
    [DOC_FIGURE] = "figure",
    [DOC_CAPTION] = "caption",
    [DOC_TABLE] = "table",
    [DOC_ROW] = "row",
    [DOC_CELL] = "cell",
    [DOC_NOTE_DEF] = "note",
    [DOC_DEFS] = "deflist",
    [DOC_TERM] = "term",
    [DOC_DEF] = "definition",
    [DOC_TEXT] = "text",
    [DOC_EMPH] = "emph",
    [DOC_STRONG] = "strong",
    [DOC_CODE] = "code_span",
    [DOC_LINK] = "link",
    [DOC_IMAGE] = "image",
    [DOC_BREAK] = "break",
    [DOC_NOTE_REF] = "note_ref",
    [DOC_SUB] = "sub",
    [DOC_SUP] = "sup",
    [DOC_STRIKE] = "strike",
};

const char *
doc_type_name(doc_type t)
{
    return (unsigned)t < DOC_TYPE_COUNT ? type_names[t] : "?";
}

bool
doc_is_block(doc_type t)
{
    return t <= DOC_DEF;
}

doc_meta *
doc_article_meta(arena *a, doc_node *article)
{
    if (!article->as.article.meta)
        article->as.article.meta = arena_alloc(a, sizeof(doc_meta));
    return article->as.article.meta;
}

static const char **
grow_list(arena *a, const char **list, size_t n)
{
    /* Keep a NULL terminator; capacity doubles at powers of two. */
    if (n == 0 || (n & (n - 1)) == 0) {
        size_t cap = n ? n * 2 : 2;
        const char **nl = arena_alloc(a, (cap + 1) * sizeof(char *));
        if (n)
            memcpy(nl, list, n * sizeof(char *));
        return nl;
    }
    return list;
}

void
doc_meta_add_author(arena *a, doc_meta *m, const char *name, const char *role)
{
    if (doc_role_code(role)) {
        doc_meta_add_contrib(a, m, name, role);
        return;
    }
    m->authors = grow_list(a, m->authors, m->n_authors);
    m->author_roles = grow_list(a, m->author_roles, m->n_authors);
    m->authors[m->n_authors] = arena_strdup(a, name);
    m->author_roles[m->n_authors] = role ? arena_strdup(a, role) : NULL;
    m->n_authors++;
    m->authors[m->n_authors] = NULL;
    m->author_roles[m->n_authors] = NULL;
}

void
doc_meta_add_contrib(arena *a, doc_meta *m, const char *name, const char *code)
{
    m->contribs = grow_list(a, m->contribs, m->n_contribs);
    m->contrib_roles = grow_list(a, m->contrib_roles, m->n_contribs);
    m->contribs[m->n_contribs] = arena_strdup(a, name);
    m->contrib_roles[m->n_contribs] = arena_strdup(a, code);
    m->n_contribs++;
    m->contribs[m->n_contribs] = NULL;
    m->contrib_roles[m->n_contribs] = NULL;
}

void
doc_meta_add_dropped(arena *a, doc_meta *m, const char *line)
{
    m->dropped = grow_list(a, m->dropped, m->n_dropped);
    m->dropped[m->n_dropped++] = arena_strdup(a, line);
    m->dropped[m->n_dropped] = NULL;
}

void
doc_iter_init(doc_iter *it, doc_node *root)
{
    it->root = root;
    it->cur = NULL;
    it->ev = DOC_EV_NONE;
}

doc_event
doc_iter_next(doc_iter *it, doc_node **node)
{
    if (!it->cur) {
        if (it->ev != DOC_EV_NONE || !it->root)
            return DOC_EV_NONE; /* finished */
        it->cur = it->root;
        it->ev = DOC_EV_ENTER;
    } else if (it->ev == DOC_EV_ENTER) {
        if (it->cur->first_child) {
            it->cur = it->cur->first_child;
        } else {
            it->ev = DOC_EV_EXIT;
        }
    } else {
        if (it->cur == it->root) {
            it->cur = NULL;
            *node = NULL;
            return DOC_EV_NONE;
        }
        if (it->cur->next) {
            it->cur = it->cur->next;
            it->ev = DOC_EV_ENTER;
        } else {
            it->cur = it->cur->parent;
            it->ev = DOC_EV_EXIT;
        }
    }
    *node = it->cur;
    return it->ev;
}

void
doc_iter_skip(doc_iter *it)
{
    if (it->ev == DOC_EV_ENTER)
        it->ev = DOC_EV_EXIT;
}

void
doc_inline_text(const doc_node *node, buf *b)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)node);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if ((n->type == DOC_TEXT || n->type == DOC_CODE) && n->text)
            buf_add(b, n->text, n->len);
        else if (n->type == DOC_BREAK)
            buf_addc(b, ' ');
        else if (n->type == DOC_NOTE_DEF)
            doc_iter_skip(&it);
    }
}

char *
doc_text_of(arena *a, const doc_node *node)
{
    buf b;
    buf_init(&b, 0);
    doc_inline_text(node, &b);
    char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    return s;
}

static size_t
count_words(const char *s, size_t len)
{
    size_t words = 0, i = 0;
    bool in_word = false;
    while (i < len) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        if (!k) {
            k = 1;
            cp = '?';
        }
        bool wordch = !(utf8_is_space(cp) || (cp < 0x80 && (cp < '0' ||
            (cp > '9' && cp < 'A') || (cp > 'Z' && cp < 'a') || cp > 'z')) ||
            (cp >= 0x2000 && cp <= 0x206F));
        if (wordch && !in_word)
            words++;
        in_word = wordch || (in_word && (cp == '\'' || cp == 0x2019 || cp == '-'));
        i += k;
    }
    return words;
}

size_t
doc_word_count(const doc_node *node)
{
    size_t words = 0;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)node);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && n->text &&
            (n->type == DOC_TEXT || n->type == DOC_CODE || n->type == DOC_CODE_BLOCK))
            words += count_words(n->text, n->len);
    return words;
}

bool
doc_blank_text(const doc_node *n)
{
    if (!n || n->type != DOC_TEXT)
        return false;
    for (size_t i = 0; i < n->len; i++)
        if (n->text[i] != ' ' && n->text[i] != '\t' && n->text[i] != '\r' && n->text[i] != '\n')
            return false;
    return true;
}

/* A definition list's shape, which <dl> requires and the writers rely
 * on: groups of one or more terms, each over one or more definitions,
 * and nothing else (none at all is an empty list). */
static bool
defs_shape(const doc_node *dl)
{
    for (const doc_node *c = dl->first_child; c; c = c->next) {
        if (c->type != DOC_TERM && c->type != DOC_DEF)
            return false;
        if (c->type == DOC_TERM && (!c->next || (c->next->type != DOC_TERM &&
                                                 c->next->type != DOC_DEF)))
            return false; /* a term with no definition */
        if (c->type == DOC_DEF && !c->prev)
            return false; /* a definition before any term */
    }
    return true;
}

const char *
doc_check(const doc_node *root)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        const doc_node *prev = NULL;
        for (const doc_node *c = n->first_child; c; c = c->next) {
            if (c->parent != n)
                return "child's parent link is wrong";
            if (c->prev != prev)
                return "sibling prev link is wrong";
            if (doc_is_block(c->type) && !doc_is_block(n->type))
                return "block inside an inline";
            if ((c->type == DOC_TERM || c->type == DOC_DEF) && n->type != DOC_DEFS)
                return "term or definition outside a definition list";
            prev = c;
        }
        if (n->last_child != prev)
            return "last_child is wrong";
        if (n->type == DOC_DEFS && !defs_shape(n))
            return "definition list is not terms over definitions";
        if ((n->flags & (DOC_F_TASK | DOC_F_DONE)) && n->type != DOC_ITEM)
            return "task flag on a node that is not a list item";
        if ((n->flags & DOC_F_DONE) && !(n->flags & DOC_F_TASK))
            return "ticked box on an item that is not a task";
        if (n->type == DOC_TEXT && (!n->text || strlen(n->text) != n->len))
            return "text node length is wrong";
    }
    return NULL;
}
