/*
 * math.c - MathML in a page (<math>) -> running text a reader can follow:
 * "x = (−b ± √(b² − 4ac))/(2a)", in both writers and in every reader app.
 *
 * Taken as the text of its tokens, a formula reads "x = − b ± b 2 − 4 a c
 * 2 a": the structure is in the elements. This walk sets it linearly, the
 * way formulas are typed in plain text: identifiers of one letter in
 * italic, no space between a product's factors, spaces around relations
 * and binary operators (not around a sign that opens an expression; the
 * one before is a no-break space, so a line breaks after an operator),
 * subscripts and superscripts as DOC_SUB and DOC_SUP, a fraction as
 * numerator/denominator with either in parentheses when it is more than
 * one token, a root as √ over a parenthesised radicand, an accent over a
 * single letter as its combining mark (ẋ, x̄, v⃗), the rows of a table on
 * lines of their own in display math and parted by semicolons inline.
 * <semantics> gives only its first child (not the TeX annotation);
 * <mphantom> gives nothing. A formula with nothing to show gives its
 * alttext as code. Display math (display="block") gets lines of its own.
 * Every node made is flagged DOC_F_MATH (and DOC_F_MATH_HIDDEN when the
 * page showed a picture of the formula instead, see clean.c), which only
 * the text export reads.
 */
#include <ctype.h>
#include <string.h>

#include "../../base/utf8.h"
#include "html_int.h"

typedef struct mwalk {
    arena *a;
    doc_pos pos;
    bool display;
    bool space;  /* the last thing set ends with a space (or nothing is set yet) */
    int script;  /* inside a subscript or superscript: set tight, as TeX does */
    const xmlNode *mark_on; /* the token an accent goes on (m_over) */
    const char *mark;       /* its combining mark */
} mwalk;

static void m_node(mwalk *m, const xmlNode *n, doc_node *out, int depth);

static void
m_text(mwalk *m, doc_node *out, const char *s, size_t len)
{
    if (!len)
        return;
    doc_append_text(m->a, out, s, len, m->pos);
    m->space = s[len - 1] == ' ';
}

static void
m_space(mwalk *m, doc_node *out)
{
    if (!m->space)
        m_text(m, out, " ", 1);
}

/* The element children of n, skipping the whitespace between them. */
static const xmlNode *
m_first(const xmlNode *n)
{
    for (const xmlNode *k = n ? n->children : NULL; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE)
            return k;
    return NULL;
}

static const xmlNode *
m_next(const xmlNode *n)
{
    for (const xmlNode *k = n->next; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE)
            return k;
    return NULL;
}

static const xmlNode *
m_prev(const xmlNode *n)
{
    for (const xmlNode *k = n->prev; k; k = k->prev)
        if (k->type == XML_ELEMENT_NODE)
            return k;
    return NULL;
}

static size_t
m_count(const xmlNode *n)
{
    size_t k = 0;
    for (const xmlNode *c = m_first(n); c; c = m_next(c))
        k++;
    return k;
}

/* A token's text, whitespace squashed and trimmed (a no-break space inside
 * <mtext>, "&nbsp;Hermitian", stays). */
static char *
m_token(arena *a, const xmlNode *n)
{
    char *t = rd_html_text_dup(a, n);
    char *s = rd_html_squash(a, t, strlen(t));
    return s ? s : (char *)"";
}

static bool
is_token(const xmlNode *n)
{
    return rd_html_is(n, "mi") || rd_html_is(n, "mn") || rd_html_is(n, "mo") ||
           rd_html_is(n, "mtext") || rd_html_is(n, "ms");
}

/* Is n a row that only groups (its children are set in order)? */
static bool
is_row(const xmlNode *n)
{
    return rd_html_is(n, "mrow") || rd_html_is(n, "mstyle") || rd_html_is(n, "mpadded") ||
           rd_html_is(n, "merror") || rd_html_is(n, "math");
}

/* One thing, set whole: a token, or a row of one such thing, or a script
 * on one (x², a_ij). A fraction's or root's part that is more than this
 * gets parentheses. */
static bool
m_simple(const xmlNode *n, int depth)
{
    if (!n || depth > 32)
        return true;
    if (is_token(n))
        return true;
    if (is_row(n))
        return m_count(n) <= 1 && m_simple(m_first(n), depth + 1);
    if (rd_html_is(n, "msub") || rd_html_is(n, "msup") || rd_html_is(n, "msubsup"))
        return m_simple(m_first(n), depth + 1);
    return false;
}

/* A letter set in italic as an identifier of its own: Latin and lower-case
 * Greek (capital Greek and the mathematical alphabets keep their style). */
static bool
m_letter(uint32_t c)
{
    return (c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z')) ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9);
}

/* Operators set with a space each side: relations, arrows, binary ones. */
static bool
spaced_op(const char *s)
{
    static const char *const ops[] = {
        "=", "\xE2\x89\xA0", "<", ">", "\xE2\x89\xA4", "\xE2\x89\xA5", "\xE2\x89\x88",
        "\xE2\x89\xA1", "\xE2\x88\xBC", "\xE2\x89\x83", "\xE2\x89\x85", "\xE2\x88\x9D", "+",
        "-", "\xE2\x88\x92", "\xC2\xB1", "\xE2\x88\x93", "\xC3\x97", "\xC3\xB7",
        "\xE2\x8B\x85", "\xC2\xB7", "\xE2\x88\x88", "\xE2\x88\x89", "\xE2\x8A\x82",
        "\xE2\x8A\x86", "\xE2\x8A\x83", "\xE2\x8A\x87", "\xE2\x88\xAA", "\xE2\x88\xA9",
        "\xE2\x86\x92", "\xE2\x86\x90", "\xE2\x86\x94", "\xE2\x87\x92", "\xE2\x87\x90",
        "\xE2\x87\x94", "\xE2\x9F\xB9", "\xE2\x9F\xB8", "\xE2\x9F\xBA", "\xE2\x86\xA6",
        "\xE2\x88\xA7", "\xE2\x88\xA8", ":=", "\xE2\x89\xAA", "\xE2\x89\xAB", "\xE2\x89\xBA",
        "\xE2\x89\xBB", "\xE2\x8A\x95", "\xE2\x8A\x97", "\xE2\x88\x98", NULL};
    for (size_t i = 0; ops[i]; i++)
        if (!strcmp(s, ops[i]))
            return true;
    return false;
}

static bool
opening(const char *s)
{
    return !strcmp(s, "(") || !strcmp(s, "[") || !strcmp(s, "{") || !strcmp(s, "\xE2\x9F\xA8") ||
           !strcmp(s, "\xE2\x8C\x8A") || !strcmp(s, "\xE2\x8C\x88");
}

/* Does the operator n start an expression (a sign: "−b", "(−1)")? Only
 * these can: a relation is a relation even first in a table cell. */
static bool
prefix_op(arena *a, const xmlNode *n, const char *op)
{
    if (strcmp(op, "+") && strcmp(op, "\xE2\x88\x92") && strcmp(op, "\xC2\xB1") &&
        strcmp(op, "\xE2\x88\x93"))
        return false;
    const xmlNode *p = m_prev(n);
    if (!p)
        return true;
    if (rd_html_is(p, "mo")) {
        const char *t = m_token(a, p);
        return spaced_op(t) || opening(t) || !strcmp(t, ",");
    }
    return false;
}

/* Does a token that is not a bracket follow n (skipping the invisible
 * function application)? Then a name before it needs a space. */
static bool
m_word_follows(arena *a, const xmlNode *n)
{
    for (const xmlNode *k = m_next(n); k; k = m_next(k)) {
        if (!rd_html_is(k, "mo"))
            return true;
        const char *t = m_token(a, k);
        if (!strcmp(t, "\xE2\x81\xA1"))
            continue;
        return !opening(t) && strcmp(t, ")") && strcmp(t, ",") && strcmp(t, "]");
    }
    return false;
}

static void
m_children(mwalk *m, const xmlNode *n, doc_node *out, int depth)
{
    for (const xmlNode *k = m_first(n); k; k = m_next(k))
        m_node(m, k, out, depth + 1);
}

/* n set in parentheses unless it is one thing. */
static void
m_group(mwalk *m, const xmlNode *n, doc_node *out, int depth)
{
    if (!n)
        return;
    bool paren = !m_simple(n, 0);
    if (paren)
        m_text(m, out, "(", 1);
    m_node(m, n, out, depth + 1);
    if (paren)
        m_text(m, out, ")", 1);
}

static void
m_script(mwalk *m, doc_type t, const xmlNode *n, doc_node *out, int depth)
{
    if (!n || rd_html_is(n, "none"))
        return;
    doc_node *w = doc_node_new(m->a, t, m->pos);
    doc_append(out, w);
    bool sp = m->space;
    m->space = true;
    m->script++;
    m_node(m, n, w, depth + 1);
    m->script--;
    if (!w->first_child) {
        doc_unlink(w);
        m->space = sp;
    } else {
        m->space = false;
    }
}

/* The combining mark for an accent set over one letter, or NULL. */
static const char *
combining(const char *acc)
{
    static const char *const map[][2] = {
        {"\xC2\xAF", "\xCC\x85"},     {"\xE2\x80\xBE", "\xCC\x85"}, {"\xE2\x80\x95", "\xCC\x85"},
        {"_", "\xCC\xB2"},            {"^", "\xCC\x82"},            {"\xCB\x86", "\xCC\x82"},
        {"\xCB\x99", "\xCC\x87"},     {".", "\xCC\x87"},            {"\xC2\xA8", "\xCC\x88"},
        {"..", "\xCC\x88"},           {"~", "\xCC\x83"},            {"\xCB\x9C", "\xCC\x83"},
        {"\xE2\x86\x92", "\xE2\x83\x97"}, {"\xE2\x83\x97", "\xE2\x83\x97"},
        {"\xC2\xB4", "\xCC\x81"},     {"`", "\xCC\x80"},            {"\xCB\x87", "\xCC\x8C"},
        {"\xCB\x98", "\xCC\x86"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(acc, map[i][0]))
            return map[i][1];
    return NULL;
}

/* The token an accent over n sits on: n itself, the only thing in a row,
 * or the base of a script (the bar of a conjugate a̅ᵢⱼ is over the a). */
static const xmlNode *
nucleus(const xmlNode *n, int depth)
{
    if (!n || depth > 32)
        return NULL;
    if (is_token(n))
        return n;
    if (is_row(n) && m_count(n) == 1)
        return nucleus(m_first(n), depth + 1);
    if (rd_html_is(n, "msub") || rd_html_is(n, "msup") || rd_html_is(n, "msubsup"))
        return nucleus(m_first(n), depth + 1);
    return NULL;
}

static void
m_over(mwalk *m, const xmlNode *n, doc_node *out, int depth)
{
    const xmlNode *base = m_first(n);
    const xmlNode *over = base ? m_next(base) : NULL;
    const xmlNode *nuc = nucleus(base, 0);
    if (nuc && over && rd_html_is(over, "mo")) {
        const char *mark = combining(m_token(m->a, over));
        const char *b = m_token(m->a, nuc);
        uint32_t c;
        size_t k = *b ? utf8_decode(b, strlen(b), &c) : 0;
        if (mark && k && !b[k]) {
            m->mark_on = nuc;
            m->mark = mark;
            m_node(m, base, out, depth + 1);
            m->mark_on = NULL;
            return;
        }
    }
    m_node(m, base, out, depth + 1);
    m_script(m, DOC_SUP, over, out, depth);
}

static void
m_table(mwalk *m, const xmlNode *n, doc_node *out, int depth)
{
    bool first_row = true;
    for (const xmlNode *r = m_first(n); r; r = m_next(r)) {
        if (!rd_html_is(r, "mtr") && !rd_html_is(r, "mlabeledtr"))
            continue;
        if (!first_row) {
            if (m->display) {
                doc_append(out, doc_node_new(m->a, DOC_BREAK, m->pos));
                m->space = true;
            } else {
                m_text(m, out, "; ", 2);
            }
        }
        first_row = false;
        bool first_cell = true;
        for (const xmlNode *d = m_first(r); d; d = m_next(d)) {
            if (!first_cell)
                m_space(m, out);
            first_cell = false;
            m_node(m, d, out, depth + 1);
        }
    }
}

static void
m_node(mwalk *m, const xmlNode *n, doc_node *out, int depth)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return;
    if (depth > RD_HTML_MAX_DEPTH) {
        char *t = m_token(m->a, n);
        m_text(m, out, t, strlen(t));
        return;
    }
    if (rd_html_is(n, "mi")) {
        const char *t = m_token(m->a, n);
        uint32_t c;
        size_t k = *t ? utf8_decode(t, strlen(t), &c) : 0;
        const char *v = rd_html_attr(n, "mathvariant");
        bool italic = k && !t[k] && m_letter(c) && !(v && strcmp(v, "italic") != 0);
        if (!italic) {
            m_text(m, out, t, strlen(t));
            if (n == m->mark_on)
                m_text(m, out, m->mark, strlen(m->mark));
            if (k && t[k] && m_letter(c) && m_word_follows(m->a, n))
                m_space(m, out); /* an operator's name: "sin x", "log n" */
            return;
        }
        doc_node *em = doc_node_new(m->a, DOC_EMPH, m->pos);
        doc_append(out, em);
        doc_append_text(m->a, em, t, strlen(t), m->pos);
        if (n == m->mark_on)
            doc_append_text(m->a, em, m->mark, strlen(m->mark), m->pos);
        m->space = false;
    } else if (rd_html_is(n, "mn") || rd_html_is(n, "mtext") || rd_html_is(n, "ms")) {
        /* (a space at the ends of text in a formula is meant: "&nbsp;if ") */
        const xmlNode *f = n->children, *l = n->last;
        const char *raw = f && f->type == XML_TEXT_NODE && f->content ? (const char *)f->content : "";
        const char *rawl = l && l->type == XML_TEXT_NODE && l->content ? (const char *)l->content : "";
        size_t rl = strlen(rawl);
        /* white space with a line break in it is the page's indentation */
        size_t k = 0;
        bool nl = false;
        while (isspace((unsigned char)raw[k]))
            nl |= raw[k++] == '\n';
        bool lead = (k && !nl) || !strncmp(raw + k, "\xC2\xA0", 2);
        size_t e = rl;
        nl = false;
        while (e && isspace((unsigned char)rawl[e - 1]))
            nl |= rawl[--e] == '\n';
        bool trail = (e < rl && !nl) || (e >= 2 && !strncmp(rawl + e - 2, "\xC2\xA0", 2));
        const char *t = m_token(m->a, n);
        if (lead && rd_html_is(n, "mtext"))
            m_space(m, out);
        m_text(m, out, t, strlen(t));
        if (n == m->mark_on)
            m_text(m, out, m->mark, strlen(m->mark));
        if (trail && rd_html_is(n, "mtext"))
            m_space(m, out);
    } else if (rd_html_is(n, "mo")) {
        const char *t = m_token(m->a, n);
        if (!strcmp(t, "-"))
            t = "\xE2\x88\x92"; /* the minus sign, not a hyphen */
        if (!*t || !strcmp(t, "\xE2\x81\xA1") || !strcmp(t, "\xE2\x81\xA2"))
            return; /* function application, invisible times */
        if (spaced_op(t) && !m->script && !prefix_op(m->a, n, t)) {
            /* a line breaks after an operator, not before it (TeX's rule) */
            if (!m->space)
                m_text(m, out, "\xC2\xA0", 2);
            m_text(m, out, t, strlen(t));
            m_text(m, out, " ", 1);
        } else if ((!strcmp(t, ",") || !strcmp(t, ";")) && !m->script) {
            m_text(m, out, t, strlen(t));
            m_text(m, out, " ", 1);
        } else {
            m_text(m, out, t, strlen(t));
        }
    } else if (rd_html_is(n, "mspace")) {
        const char *w = rd_html_attr(n, "width");
        if (!w || (strstr(w, "em") && w[0] >= '1' && w[0] <= '9') || strstr(w, "thick") ||
            strstr(w, "quad"))
            m_space(m, out);
    } else if (rd_html_is(n, "msub")) {
        const xmlNode *b = m_first(n);
        m_node(m, b, out, depth + 1);
        m_script(m, DOC_SUB, b ? m_next(b) : NULL, out, depth);
    } else if (rd_html_is(n, "msup")) {
        const xmlNode *b = m_first(n);
        m_node(m, b, out, depth + 1);
        m_script(m, DOC_SUP, b ? m_next(b) : NULL, out, depth);
    } else if (rd_html_is(n, "msubsup") || rd_html_is(n, "munderover")) {
        const xmlNode *b = m_first(n);
        const xmlNode *s1 = b ? m_next(b) : NULL;
        m_node(m, b, out, depth + 1);
        m_script(m, DOC_SUB, s1, out, depth);
        m_script(m, DOC_SUP, s1 ? m_next(s1) : NULL, out, depth);
        if (rd_html_is(n, "munderover"))
            m_space(m, out);
    } else if (rd_html_is(n, "munder")) {
        const xmlNode *b = m_first(n);
        m_node(m, b, out, depth + 1);
        m_script(m, DOC_SUB, b ? m_next(b) : NULL, out, depth);
        m_space(m, out);
    } else if (rd_html_is(n, "mover")) {
        m_over(m, n, out, depth);
    } else if (rd_html_is(n, "mfrac")) {
        const xmlNode *num = m_first(n);
        const xmlNode *den = num ? m_next(num) : NULL;
        const char *lt = rd_html_attr(n, "linethickness");
        bool binom = lt && (lt[0] == '0' && (!lt[1] || lt[1] == 'p' || lt[1] == 'e'));
        m_group(m, num, out, depth);
        if (binom)
            m_space(m, out);
        else
            m_text(m, out, "/", 1);
        m_group(m, den, out, depth);
    } else if (rd_html_is(n, "msqrt")) {
        m_text(m, out, "\xE2\x88\x9A", 3);
        bool paren = m_count(n) != 1 || !m_simple(m_first(n), 0);
        if (paren)
            m_text(m, out, "(", 1);
        m_children(m, n, out, depth);
        if (paren)
            m_text(m, out, ")", 1);
    } else if (rd_html_is(n, "mroot")) {
        const xmlNode *b = m_first(n);
        m_script(m, DOC_SUP, b ? m_next(b) : NULL, out, depth);
        m_text(m, out, "\xE2\x88\x9A", 3);
        m_group(m, b, out, depth);
    } else if (rd_html_is(n, "mfenced")) {
        const char *open = rd_html_attr(n, "open");
        const char *close = rd_html_attr(n, "close");
        const char *sep = rd_html_attr(n, "separators");
        open = open ? open : "(";
        close = close ? close : ")";
        sep = sep ? sep : ",";
        m_text(m, out, open, strlen(open));
        uint32_t sc;
        size_t sl = *sep ? utf8_decode(sep, strlen(sep), &sc) : 0; /* the first separator */
        size_t i = 0;
        for (const xmlNode *k = m_first(n); k; k = m_next(k), i++) {
            if (i && sl) {
                m_text(m, out, sep, sl);
                m_text(m, out, " ", 1);
            }
            m_node(m, k, out, depth + 1);
        }
        m_text(m, out, close, strlen(close));
    } else if (rd_html_is(n, "menclose")) {
        const char *no = rd_html_attr(n, "notation");
        bool root = no && strstr(no, "radical");
        if (root)
            m_text(m, out, "\xE2\x88\x9A(", 4);
        m_children(m, n, out, depth);
        if (root)
            m_text(m, out, ")", 1);
    } else if (rd_html_is(n, "mtable")) {
        m_table(m, n, out, depth);
    } else if (rd_html_is(n, "semantics")) {
        m_node(m, m_first(n), out, depth + 1);
    } else if (rd_html_is(n, "mphantom") || rd_html_is(n, "annotation") ||
               rd_html_is(n, "annotation-xml") || rd_html_is(n, "none") ||
               rd_html_is(n, "mprescripts") || rd_html_is(n, "maligngroup") ||
               rd_html_is(n, "malignmark")) {
        return;
    } else {
        m_children(m, n, out, depth); /* rows, styles, table cells, the unknown */
    }
}

/* The TeX of a formula, for one with nothing else to show: its alttext
 * without MediaWiki's {\displaystyle ...} wrapper. */
static const char *
m_alttext(arena *a, const xmlNode *math)
{
    const char *t = rd_html_attr(math, "alttext");
    if (!t || !*t)
        return NULL;
    size_t len = strlen(t);
    static const char wrap[] = "{\\displaystyle";
    if (len > sizeof wrap && !strncmp(t, wrap, sizeof wrap - 1) && t[len - 1] == '}') {
        t += sizeof wrap - 1;
        len -= sizeof wrap;
    }
    return rd_html_squash(a, t, len);
}

bool
rd_html_math_display(const xmlNode *math)
{
    const char *d = rd_html_attr(math, "display");
    const char *mode = rd_html_attr(math, "mode");
    return (d && !strcmp(d, "block")) || (mode && !strcmp(mode, "display"));
}

void
rd_html_math(rd_html_ctx *c, const xmlNode *math, doc_node *parent, doc_pos pos)
{
    mwalk m = {.a = c->a, .pos = pos, .display = rd_html_math_display(math), .space = true};
    doc_node *tmp = doc_node_new(c->a, DOC_EMPH, pos); /* a holder, never linked */
    m_node(&m, math, tmp, 0);
    /* trim the spaces set at the formula's ends */
    if (tmp->first_child && tmp->first_child->type == DOC_TEXT) {
        doc_node *t = tmp->first_child;
        size_t k = 0;
        while (k < t->len && t->text[k] == ' ')
            k++;
        t->text += k;
        t->len -= k;
        if (!t->len)
            doc_unlink(t);
    }
    if (tmp->last_child && tmp->last_child->type == DOC_TEXT) {
        doc_node *t = tmp->last_child;
        size_t len = t->len;
        while (len && t->text[len - 1] == ' ')
            len--;
        if (len < t->len) {
            t->text = arena_strndup(c->a, t->text, len);
            t->len = len;
        }
        if (!t->len)
            doc_unlink(t);
    }
    if (!tmp->first_child) {
        const char *tex = m_alttext(c->a, math);
        if (!tex || !*tex)
            return;
        doc_node *code = doc_node_new(c->a, DOC_CODE, pos);
        code->text = tex;
        code->len = strlen(tex);
        code->flags |= DOC_F_NOSMART;
        doc_append(tmp, code);
    }
    if (m.display && parent->first_child)
        doc_append(parent, doc_node_new(c->a, DOC_BREAK, pos));
    /* no typography pass: a prime is not a closing quote */
    doc_iter it;
    doc_node *k;
    doc_event ev;
    uint32_t flags = DOC_F_NOSMART | DOC_F_MATH;
    if (rd_html_attr(math, RD_HTML_HIDDEN_MATH))
        flags |= DOC_F_MATH_HIDDEN;
    doc_iter_init(&it, tmp);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER)
            k->flags |= flags;
    while (tmp->first_child) {
        k = tmp->first_child;
        doc_unlink(k);
        doc_append(parent, k);
    }
    if (m.display)
        doc_append(parent, doc_node_new(c->a, DOC_BREAK, pos));
}
