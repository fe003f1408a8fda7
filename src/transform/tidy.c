/*
 * tidy.c - remove what a saved page leaves behind that no writer should set
 * (see tidy.h): line breaks at a block's edges and repeated stand-ins.
 *
 * Permalinks: in a heading or a caption, an in-page link whose text is
 * no word (¶, #, §, an arrow or emoji, or nothing) goes.
 * Hard wraps: a paragraph's lines (between breaks) are measured and read
 * at their ends; see unwrap_prose. A bold label on a line of its own over
 * a paragraph's text becomes a paragraph of its own (split_label).
 * Breaks: each block holding inlines is scanned from its start, then from
 * its end, through blank text and into emphasis and links, removing breaks
 * until the first real content. Stand-ins: the figures' stand-ins are met
 * in document order, each keyed by the text it prints; a key already seen
 * (or none at all) removes the stand-in, and a figure left empty goes too.
 * Rules: an article's opening or closing rule, a rule after a rule and a
 * rule over a heading go.
 */
#include "tidy.h"

#include <stdbool.h>
#include <string.h>

#include "../base/buf.h"
#include "../base/utf8.h"
#include "ids.h"

static bool
wrapper(doc_type t)
{
    return t == DOC_EMPH || t == DOC_STRONG || t == DOC_LINK || t == DOC_SUB || t == DOC_SUP ||
           t == DOC_STRIKE;
}

/* Deeper wrappers than this at a block's edge are taken as content (a
 * bound on the recursion for hostile input, far past real pages). */
#define TIDY_MAX_WRAP 32

/* Remove the breaks between the start (dir < 0) or end of `parent` and its
 * first content; true when content was reached. */
static bool
strip_edge(doc_node *parent, int dir, int depth, size_t *removed)
{
    doc_node *k = dir < 0 ? parent->first_child : parent->last_child;
    while (k) {
        doc_node *after = dir < 0 ? k->next : k->prev;
        if (k->type == DOC_BREAK) {
            doc_unlink(k);
            (*removed)++;
        } else if (wrapper(k->type) && !(k->flags & DOC_F_ALT) && depth < TIDY_MAX_WRAP) {
            if (strip_edge(k, dir, depth + 1, removed))
                return true;
        } else if (!doc_blank_text(k))
            return true;
        k = after;
    }
    return false;
}

/* Is this link a heading's permalink: an in-page link whose text is a
 * mark, not words ("¶", "#", "§", "🔗", or nothing)? Documentation and
 * blog pages put one after every heading; in a book it is a stray sign. */
static bool
permalink(const doc_node *n)
{
    if (n->type != DOC_LINK || !n->as.link.href || n->as.link.href[0] != '#' || n->id)
        return false; /* (an id is a place some link may aim at: kept) */
    buf b;
    buf_init(&b, 0);
    doc_inline_text(n, &b);
    bool mark = b.len <= 16;
    for (size_t i = 0; mark && i < b.len;) {
        uint32_t c;
        size_t k = utf8_decode(b.data + i, b.len - i, &c);
        if (!k)
            break;
        i += k;
        bool ascii_mark = c < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') &&
                          !(c >= 'A' && c <= 'Z');
        mark = ascii_mark || c == 0xA7 || c == 0xB6 || (c >= 0x2000 && c <= 0x2BFF) ||
               c == 0xFE0F || c >= 0x1F000;
    }
    buf_cleanup(&b);
    return mark;
}

static void
drop_permalinks(arena *a, doc_node *heading)
{
    for (doc_node *k = heading->first_child, *next; k; k = next) {
        next = k->next;
        if (permalink(k))
            doc_unlink(k);
    }
    /* a reader that kept only the link's text left the sign at the end:
       a pilcrow, link or anchor sign never ends a real heading */
    static const char *const signs[] = {"\xC2\xB6", "\xF0\x9F\x94\x97", "\xE2\x9A\x93", NULL};
    doc_node *t = heading->last_child;
    if (!t || t->type != DOC_TEXT)
        return;
    size_t n = t->len;
    for (bool cut = true; cut;) {
        cut = false;
        while (n && strchr(" \t\n", t->text[n - 1]))
            n--;
        for (size_t i = 0; signs[i]; i++) {
            size_t w = strlen(signs[i]);
            if (n >= w && memcmp(t->text + n - w, signs[i], w) == 0) {
                n -= w;
                cut = true;
            }
        }
    }
    if (n == t->len || (n == 0 && !t->prev))
        return; /* nothing cut, or nothing would be left */
    t->text = arena_strndup(a, t->text, n);
    t->len = n;
}

/* Remove a block; a name a link may aim at (a reader's id) goes to the
 * block beside it that has none, the next one first. */
static void
drop_block(doc_node *b)
{
    if (b->id) {
        doc_node *to = b->next && !b->next->id && doc_is_block(b->next->type)   ? b->next
                       : b->prev && !b->prev->id && doc_is_block(b->prev->type) ? b->prev
                                                                                : NULL;
        if (to)
            to->id = b->id;
    }
    doc_unlink(b);
}

typedef struct tidy {
    arena *a;
    tf_idset said;
    bool said_init;
} tidy;

/* Is this stand-in one to leave out: it says nothing, or what an earlier
 * one said? Records what it says otherwise. */
static bool
standin_repeated(tidy *t, const doc_node *em)
{
    const char *s = doc_standin_text(t->a, em, NULL);
    if (!s)
        return true;
    if (!t->said_init) {
        tf_idset_init(&t->said, t->a);
        t->said_init = true;
    }
    if (tf_idset_has(&t->said, s))
        return true;
    tf_idset_take(&t->said, s);
    return false;
}

static void
tidy_figure(tidy *t, doc_node *fig)
{
    bool any = false;
    for (doc_node *k = fig->first_child, *next; k; k = next) {
        next = k->next;
        if (k->type == DOC_CAPTION)
            drop_permalinks(t->a, k);
        if (k->type == DOC_EMPH && standin_repeated(t, k))
            doc_unlink(k);
        else if (!doc_blank_text(k))
            any = true;
    }
    if (!any)
        drop_block(fig);
}

/* Does the text end a sentence or a clause, or close a list of them? */
static bool
ends_clause(uint32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026 ||
           c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1A || c == 0x0964 ||
           c == 0x06D4 || c == 0x061F;
}

/* Does it end a sentence (not a clause: a line ending in a colon opens
 * what its next line says)? */
static bool
ends_sentence(uint32_t c)
{
    return c != ':' && c != ';' && c != 0xFF1A && ends_clause(c);
}

static bool
closing(uint32_t c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
           c == 0x00BB || c == 0x300D || c == 0x300F;
}

/* Does a line that starts with c open a list item of its own? */
static bool
item_start(uint32_t c)
{
    return c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25BA || c == 0x2023 ||
           c == 0x2043 || c == '*' || c == '-' || c == 0x2013 || c == 0x2014 || c == '>' ||
           (c >= '0' && c <= '9');
}

static bool
inside(const doc_node *n, const doc_node *para, doc_type t)
{
    for (const doc_node *p = n->parent; p && p != para; p = p->parent)
        if (p->type == t)
            return true;
    return false;
}

/* One line of a paragraph as the unwrap rule sees it, and the break that
 * ends it (NULL for the last). */
typedef struct wline {
    size_t ens;           /* its width in en widths (doc_ens) */
    uint32_t first;       /* its first character that is not a space */
    uint32_t last, last2; /* its last such character and the one before */
    bool bold_start;      /* its first text is set in bold: a label begins */
    bool bold_end;        /* its last text is set in bold: a run-in label */
    doc_node *brk;
} wline;

static void
wline_add(wline *l, const doc_node *leaf, const doc_node *para)
{
    l->ens += doc_ens(leaf->text, leaf->len);
    for (size_t i = 0; i < leaf->len;) {
        uint32_t c;
        size_t k = utf8_decode(leaf->text + i, leaf->len - i, &c);
        if (k == 0) {
            k = 1;
            c = 0xFFFD;
        }
        i += k;
        if (c == ' ' || c == '\n' || c == '\t' || c == 0xA0)
            continue;
        if (!l->first) {
            l->first = c;
            l->bold_start = inside(leaf, para, DOC_STRONG);
        }
        l->last2 = l->last;
        l->last = c;
        l->bold_end = inside(leaf, para, DOC_STRONG);
    }
}

/* Turn the breaks of a hard-wrapped paragraph of prose back into spaces.
 * Pages keep the line ends of text pasted from mail or a word processor
 * as <br>: set as typed, each makes a justified line stop short, in print
 * and in a narrow EPUB page alike. A break goes when the line before it
 * is long (more than DOC_LINE_SHORT: it fills most of a book line), does
 * not end a sentence or clause, is neither an item of a typed list nor a
 * bold label, and the line after it exists and does not start an item or
 * a label. A long line that ends a sentence ends a paragraph: its break
 * splits the paragraph in two, as a book would set it (a short line in
 * justified text with no indent after it reads as neither). Verse and
 * addresses (doc_para_is_line_group) keep every break; so does any short
 * line. */
static void
unwrap_prose(arena *a, doc_node *para)
{
    if (para->type != DOC_PARA)
        return;
    /* the paragraph's lines, measured in one walk (on the stack for the
       paragraphs of a few lines that nearly all are) */
    wline local[8];
    wline *lines = local;
    size_t n = 0, cap = 8;
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, para);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || k == para)
            continue;
        if (doc_is_block(k->type)) {
            doc_iter_skip(&it);
            continue;
        }
        if (n == 0 || k->type == DOC_BREAK) {
            if (n == cap) {
                wline *more = arena_alloc(a, 2 * cap * sizeof *more);
                memcpy(more, lines, cap * sizeof *more);
                lines = more;
                cap *= 2;
            }
            if (n > 0)
                lines[n - 1].brk = k;
            memset(&lines[n++], 0, sizeof *lines);
        }
        if (k->type == DOC_TEXT || k->type == DOC_CODE)
            wline_add(&lines[n - 1], k, para);
    }
    if (n < 2 || doc_para_is_line_group(para))
        return;
    size_t splits = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        wline *L = &lines[i];
        const wline *next = &lines[i + 1];
        uint32_t end = closing(L->last) ? L->last2 : L->last;
        if (L->ens <= DOC_LINE_SHORT || !L->last || L->bold_end || item_start(L->first) ||
            !next->first || item_start(next->first) || next->bold_start)
            continue;
        if (ends_clause(end)) {
            /* a long line that ends a sentence: the break ends a paragraph */
            if (ends_sentence(end) && L->brk->parent == para)
                lines[splits++].brk = L->brk; /* (i >= splits: read already) */
            continue;
        }
        if (!(doc_wide_char(L->last) && doc_wide_char(next->first)))
            doc_insert_before(L->brk, doc_text_new(a, " ", 1, L->brk->pos));
        doc_unlink(L->brk);
    }
    /* from the last: each new paragraph goes right after this one */
    while (splits-- > 0) {
        doc_node *brk = lines[splits].brk;
        doc_node *rest = doc_node_new(a, DOC_PARA, brk->pos);
        rest->flags = para->flags;
        while (brk->next) {
            doc_node *r = brk->next;
            doc_unlink(r);
            doc_append(rest, r);
        }
        doc_unlink(brk);
        doc_insert_after(para, rest);
    }
}

/* The label's text, measured: short (a line at most, DOC_LINE_SHORT ens)
 * and not a sentence, as a heading is. */
static bool
label_text(const doc_node *label)
{
    size_t ens = 0;
    uint32_t last = 0;
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)label);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || (k->type != DOC_TEXT && k->type != DOC_CODE))
            continue;
        ens += doc_ens(k->text, k->len);
        for (size_t i = 0; i < k->len;) {
            uint32_t c;
            size_t n = utf8_decode(k->text + i, k->len - i, &c);
            i += n ? n : 1;
            if (n && c != ' ' && c != '\n' && c != '\t' && c != 0xA0)
                last = c;
        }
    }
    return last && ens <= DOC_LINE_SHORT && last != '.' && last != '!' && last != '?' &&
           last != 0x3002;
}

/* A paragraph that opens with a bold label on a line of its own,
 * "<p><b>Task gating</b><br>Tasks can be gated…</p>", is a minor heading
 * over its text: split it in two. Left as one paragraph, the label is a
 * short line inside justified text, and the text under it reads as the
 * paragraph's second line, not as a paragraph; as a paragraph of its own
 * the label is kept with its text like a heading (the PDF's label rule)
 * and the text is set as a paragraph. Only when the text after the break
 * has no break of its own (a bold name over the lines of an address is a
 * line group and stays one) and is not all bold itself. */
static void
split_label(arena *a, doc_node *para)
{
    if (para->type != DOC_PARA)
        return;
    doc_node *label = para->first_child;
    while (label && doc_blank_text(label))
        label = label->next;
    if (!label)
        return;
    const doc_node *x = label;
    if (x->type == DOC_LINK && x->first_child && !x->first_child->next)
        x = x->first_child;
    if (x->type != DOC_STRONG || !label_text(x))
        return;
    /* the break after the label, or closing it: <b>Label<br></b> Text */
    doc_node *brk = x->last_child;
    while (brk && doc_blank_text(brk))
        brk = brk->prev;
    if (!brk || brk->type != DOC_BREAK) {
        brk = label->next;
        while (brk && doc_blank_text(brk))
            brk = brk->next;
        if (!brk || brk->type != DOC_BREAK)
            return;
    }
    bool content = false;
    for (const doc_node *r = label->next; r; r = r->next) {
        if (r == brk)
            continue;
        if (r->type == DOC_BREAK || doc_is_block(r->type))
            return;
        content = content || (r->type != DOC_STRONG && !doc_blank_text(r));
    }
    if (!content)
        return;
    doc_node *text = doc_node_new(a, DOC_PARA, brk->pos);
    text->flags = para->flags;
    doc_unlink(brk);
    while (label->next) {
        doc_node *r = label->next;
        doc_unlink(r);
        doc_append(text, r);
    }
    doc_insert_after(para, text);
}

static bool
holds_inlines(const doc_node *n)
{
    return n->first_child && !doc_is_block(n->first_child->type);
}

/* Rules that separate nothing: one opening or closing the article (a
 * page's line under its header, or over its footer, once the header and
 * footer are gone), one right after another (what stood between them, a
 * box or a table of contents, was left out), and one over a heading,
 * which opens its section by itself. */
static void
drop_idle_rules(doc_node *article)
{
    doc_node *k = article->first_child;
    while (k) {
        doc_node *next = k->next;
        if (k->type == DOC_RULE &&
            (!k->prev || !next || k->prev->type == DOC_RULE || next->type == DOC_HEADING))
            doc_unlink(k);
        k = next;
    }
    /* the last rule may have become last */
    while (article->last_child && article->last_child->type == DOC_RULE)
        doc_unlink(article->last_child);
}

void
tf_tidy_article(arena *a, doc_node *article)
{
    if (!article)
        return;
    drop_idle_rules(article);
    tidy t = {.a = a};
    /* the blocks to tidy, in document order, gathered first: tidying
       unlinks nodes under the walk */
    doc_node **todo = NULL;
    size_t n = 0, cap = 0;
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || k == article || !doc_is_block(k->type))
            continue;
        if (k->type != DOC_FIGURE && !holds_inlines(k))
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            todo = arena_realloc(a, todo, cap * sizeof *todo, ncap * sizeof *todo);
            cap = ncap;
        }
        todo[n++] = k;
        doc_iter_skip(&it);
    }
    for (size_t i = 0; i < n; i++) {
        if (todo[i]->type == DOC_FIGURE) {
            tidy_figure(&t, todo[i]);
        } else {
            if (todo[i]->type == DOC_HEADING || todo[i]->type == DOC_CAPTION)
                drop_permalinks(a, todo[i]);
            size_t removed = 0;
            bool content = strip_edge(todo[i], -1, 0, &removed);
            if (content) {
                strip_edge(todo[i], 1, 0, &removed);
                unwrap_prose(a, todo[i]);
                split_label(a, todo[i]);
            }
            else if (removed && todo[i]->type == DOC_PARA)
                drop_block(todo[i]); /* it held nothing but breaks */
        }
    }
}
