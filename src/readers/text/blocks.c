/*
 * blocks.c - body lines to blocks: paragraphs, headings, lists, quotes,
 * rules.
 *
 * Paragraphs come three ways in copied text: separated by blank lines, one
 * per line, or hard-wrapped at some width and separated by nothing at all.
 * The body is called hard-wrapped when almost no line passes 100 columns
 * and full-looking lines are followed by more text; its width W is then the
 * longest line, indentation counted, that at least two lines and one line
 * in fifty reach (a hand-edited line or a long address can run past the
 * wrapper's width, and must not widen it). Two adjacent lines are joined unless the first one ended
 * early: the next line's first word would have fit within W, and the line
 * ends a sentence or stops short of 60% of W (a wrapper that balances lines
 * can break early, but not that early, and not often at a full stop). An
 * indented line also opens a paragraph. In any body, a line that ends
 * mid-sentence followed by one starting in lower case is a continuation;
 * in hard-wrapped text so is a line that opens with a number ("7.  This
 * requirement") under a full line ending mid-sentence.
 *
 * A paragraph of one short line without sentence punctuation that has a
 * block after it is a section heading (level 2), unless it is one of three
 * or more such lines in a row (a verse or an address, not headings). A
 * numbered line over prose is one too ("2. Basic Permissions.": the full
 * stop numbered titles often take does not make it a sentence).
 * A short line underlined with "===" or "---", or opened with "## ", is a
 * heading too, and so is a line the page's table of contents lists (toc.c).
 * Drawn tables and column-aligned lines (grid.c) are kept whole, as a
 * preformatted block or a table. "> " lines form a quote whose inside is read by the same
 * rules (except that its lines always run on, as in mail), to a bounded
 * depth. Paragraph text is gathered in a scratch buffer and copied into
 * the arena once, so long paragraphs cost linear time.
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>

#include "../../base/buf.h"

typedef struct blk_ctx {
    arena *a;
    const char *path;
    bool wrapped;
    bool keep_marks; /* rd_text_lines.keep_marks */
    bool book;       /* rd_text_lines.book */
    bool indented;   /* the text opens its paragraphs with an indent */
    uint32_t width;
    int quote_depth;    /* > 0 while reading the inside of a quote */
    buf text;           /* the open paragraph's text */
    doc_node *para;     /* open paragraph (detached until closed) */
    doc_node *para_parent;
    const rd_text_line *para_first;
    const rd_text_line *para_last;
    uint32_t para_lines;
    doc_node **cands;   /* one-line paragraphs that may be headings */
    size_t n_cands, cap_cands;
    bool eq_heading;    /* some heading is underlined with '=' */
    doc_node **dash;    /* headings underlined with '-' */
    size_t n_dash, cap_dash;
} blk_ctx;

static doc_pos
pos_of(const blk_ctx *c, const rd_text_line *ln)
{
    doc_pos p = {c->path, ln->lineno, (uint32_t)ln->indent + 1};
    return p;
}

static bool
is_blank(const rd_text_line *ln)
{
    return ln->role != RD_TEXT_CONTENT || ln->kind == RD_TEXT_BLANK;
}

/* Append n to a growable node array in the arena. */
static void
push_node(arena *a, doc_node ***v, size_t *n, size_t *cap, doc_node *node)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 32;
        doc_node **nv = arena_alloc(a, nc * sizeof(*nv));
        if (*n)
            memcpy(nv, *v, *n * sizeof(*nv));
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = node;
}

static void
add_cand(blk_ctx *c, doc_node *n)
{
    push_node(c->a, &c->cands, &c->n_cands, &c->cap_cands, n);
}

static bool
has_lower(const rd_text_line *ln)
{
    for (size_t i = 0; i < ln->len; i++)
        if (islower((unsigned char)ln->s[i]))
            return true;
    return false;
}

/* Does the block before n end with a comma: a letter's closing ("Your
 * affectionate brother,") over its signature? */
static bool
after_comma(const doc_node *n)
{
    const doc_node *t = n->prev && n->prev->type == DOC_PARA ? n->prev->last_child : NULL;
    if (!t || t->type != DOC_TEXT)
        return false;
    size_t len = t->len;
    while (len && t->text[len - 1] == ' ')
        len--;
    return len && t->text[len - 1] == ',';
}

static void
close_para(blk_ctx *c)
{
    if (!c->para)
        return;
    doc_node *p = c->para;
    if (c->para_lines == 1 && (c->para_first->flags & RD_TEXT_F_SPEAKER) && c->text.len > 1) {
        /* the speaker's name is a label over the speech: bold, its stop
           gone (doc_para_is_label) */
        doc_node *strong = doc_node_new(c->a, DOC_STRONG, p->pos);
        doc_append(strong, doc_text_new(c->a, c->text.data, c->text.len - 1, p->pos));
        doc_append(p, strong);
        doc_append(c->para_parent, p);
        c->para = NULL;
        buf_clear(&c->text);
        return;
    }
    doc_append(p, doc_text_new(c->a, c->text.data ? c->text.data : "", c->text.len, p->pos));
    doc_append(c->para_parent, p);
    /* (a question or a cry alone in a book is a line of its dialogue,
       unless set in capitals as a chapter's title is; a name under "Your
       affectionate brother," signs a letter) */
    if (c->para_lines == 1 && c->para_parent->type == DOC_ARTICLE &&
        rd_text_line_is_heading_like(c->para_first) &&
        !(c->book && (c->para_first->flags & RD_TEXT_F_QUESTION) && has_lower(c->para_first)) &&
        !after_comma(p))
        add_cand(c, p);
    c->para = NULL;
    buf_clear(&c->text);
}

/* Bytes of a reference marker at s ("[12]", "[a]", "[note 3]",
 * "[citation needed]"), as encyclopedias print them after a word or a
 * full stop; 0 if none. */
static size_t
ref_marker(const char *s, size_t len)
{
    if (len < 3 || s[0] != '[')
        return 0;
    const char *close = memchr(s, ']', len < 24 ? len : 24);
    if (!close)
        return 0;
    size_t n = (size_t)(close - s) + 1;
    const char *in = s + 1;
    size_t il = n - 2;
    if (il == 0)
        return 0;
    bool digits = true;
    for (size_t i = 0; i < il; i++)
        digits &= in[i] >= '0' && in[i] <= '9';
    if (digits && il <= 3)
        return n;
    if (il == 1 && in[0] >= 'a' && in[0] <= 'z')
        return n;
    if ((il > 5 && strncmp(in, "note ", 5) == 0) ||
        (il == 15 && strncmp(in, "citation needed", 15) == 0))
        return n;
    return 0;
}

/* Add a line's text without the reference markers glued to its words. */
static void
add_text(blk_ctx *c, const rd_text_line *ln)
{
    size_t from = 0;
    if (c->keep_marks) {
        buf_add(&c->text, ln->s, ln->len);
        return;
    }
    for (size_t i = 1; i < ln->len; i++) {
        char p = ln->s[i - 1];
        if (ln->s[i] != '[' || p == ' ' || p == '\t' || p == '(')
            continue;
        size_t n = ref_marker(ln->s + i, ln->len - i);
        if (!n)
            continue;
        buf_add(&c->text, ln->s + from, i - from);
        /* Runs of markers: "[3][4]". */
        while (i + n < ln->len && ref_marker(ln->s + i + n, ln->len - i - n))
            n += ref_marker(ln->s + i + n, ln->len - i - n);
        from = i + n;
        i = from;
    }
    buf_add(&c->text, ln->s + from, ln->len - from);
}

static void
open_para(blk_ctx *c, doc_node *parent, const rd_text_line *ln)
{
    close_para(c);
    c->para = doc_node_new(c->a, DOC_PARA, pos_of(c, ln));
    c->para_parent = parent;
    c->para_first = ln;
    c->para_last = ln;
    c->para_lines = 1;
    add_text(c, ln);
}

/* Does the text end in a word's hyphen or a dash set close ("waistcoat-",
 * "rabbit--", "said\xe2\x80\x94")? A wrapper broke the line there, and the
 * word or the dash runs on into the next line with no space. A dash after
 * a space (" - ") is spaced on both sides. */
static bool
ends_in_dash(const buf *b)
{
    const unsigned char *s = (const unsigned char *)b->data;
    size_t n = b->len;
    if (n >= 4 && s[n - 3] == 0xE2 && s[n - 2] == 0x80 && (s[n - 1] == 0x93 || s[n - 1] == 0x94))
        n -= 3; /* an en or em dash */
    else if (n >= 3 && s[n - 1] == '-' && s[n - 2] == '-')
        n -= 2;
    else if (n >= 2 && s[n - 1] == '-')
        n -= 1;
    else
        return false;
    return n > 0 && (isalpha(s[n - 1]) || s[n - 1] >= 0x80);
}

/* "nineteenth-" / "and twentieth-century": a hyphen that waits for the
 * word after the next ("and", "or", "to", their kin) keeps its space. */
static bool
suspended(const rd_text_line *ln)
{
    static const char *const words[] = {"and ", "or ", "to ", "nor ", "und ", "oder ",
                                        "et ",  "ou ", "y ",  "o ",   NULL};
    for (size_t i = 0; words[i]; i++)
        if (ln->len > strlen(words[i]) && !strncmp(ln->s, words[i], strlen(words[i])))
            return true;
    return false;
}

static void
extend_para(blk_ctx *c, const rd_text_line *ln)
{
    if (c->para_last && (c->para_last->flags & ln->flags & RD_TEXT_F_VERSE) &&
        !(ln->flags & RD_TEXT_F_TURNOVER)) {
        /* verse keeps its lines: the text so far, then a break */
        doc_append(c->para,
                   doc_text_new(c->a, c->text.data ? c->text.data : "", c->text.len, c->para->pos));
        doc_append(c->para, doc_node_new(c->a, DOC_BREAK, pos_of(c, ln)));
        c->para->flags |= DOC_F_VERSE;
        buf_clear(&c->text);
        /* a line set in further than the stanza's first (a sonnet's
           couplet, a ballad's short lines) keeps its inset: an en space
           a column, as wide as the typewritten column was. Not a line set
           far right (an epigraph's source), nor a play's speech, whose
           further lines the old editions set deeper than the speaker's;
           one column is the first line's opening quote hung out. */
        uint32_t in = c->para_first->indent;
        if (ln->indent >= in + 2 && ln->indent <= in + 10 &&
            !((c->para_first->flags | ln->flags) & (RD_TEXT_F_SPEECH | RD_TEXT_F_SPOKEN)))
            for (uint32_t k = in; k < ln->indent; k++)
                buf_add(&c->text, "\xe2\x80\x82", 3);
    } else if (!ends_in_dash(&c->text) ||
               (c->text.len > 1 && c->text.data[c->text.len - 1] == '-' &&
                c->text.data[c->text.len - 2] != '-' && suspended(ln))) {
        buf_addc(&c->text, ' ');
    }
    add_text(c, ln);
    c->para_last = ln;
    c->para_lines++;
}

static bool
starts_lower(const rd_text_line *ln)
{
    return ln->len && ln->s[0] >= 'a' && ln->s[0] <= 'z';
}

/* The columns a line takes, indentation counted, as a wrapper counts
 * them. */
static uint32_t
line_cols(const rd_text_line *ln)
{
    return ln->indent + ln->cps;
}

/* Would the wrapper have put `after`'s first word on `ln`? Then `ln`
 * ended early, as a paragraph's last line or a heading does. */
static bool
ends_early(const blk_ctx *c, const rd_text_line *ln, const rd_text_line *after)
{
    /* The wrapper counts the indentation; a centred heading's shortness
     * is its text's. */
    bool fits = !after || line_cols(ln) + 1 + after->first_word <= c->width;
    return fits && ((ln->flags & RD_TEXT_F_SENTENCE) || ln->cps * 10 < c->width * 6);
}

/* Does the hard-wrapped text open its paragraphs with an indent ("  For
 * some minutes the whole court...", the next lines flush)? Most of its
 * blocks of several lines must, and five at least. */
static void
detect_indents(blk_ctx *c, const rd_text_line *v, size_t from, size_t to)
{
    size_t indented = 0, flat = 0;
    for (size_t i = from; c->wrapped && i + 1 < to; i++) {
        if ((i > from && !is_blank(&v[i - 1])) || is_blank(&v[i]) || is_blank(&v[i + 1]) ||
            v[i].kind != RD_TEXT_PLAIN || v[i + 1].kind != RD_TEXT_PLAIN)
            continue;
        if (v[i].indent >= 1 && v[i].indent <= 8 && v[i + 1].indent == 0)
            indented++;
        else if (v[i].indent == v[i + 1].indent)
            flat++;
    }
    c->indented = c->book && indented >= 5 && indented >= 3 * flat;
}

/* Does `next` continue the paragraph whose last line is `prev`? `after`
 * is the line after `next` (NULL at a blank line or the end). */
static bool
continues(const blk_ctx *c, const rd_text_line *prev, const rd_text_line *next,
          const rd_text_line *after)
{
    if (next->kind != RD_TEXT_PLAIN || (prev->flags & RD_TEXT_F_SPEAKER) ||
        (next->flags & RD_TEXT_F_SPEECH))
        return false;
    if (next->flags & RD_TEXT_F_SPOKEN)
        return true; /* a speech's further line, indented under its speaker */
    /* Inside "> " quotes, as in mail and Markdown, lines run on until a
     * blank quote line. */
    if (c->quote_depth > 0)
        return true;
    if (!(prev->flags & RD_TEXT_F_SENTENCE) && starts_lower(next) && prev->words >= 3)
        return true;
    if (prev->flags & next->flags & RD_TEXT_F_VERSE)
        return true; /* the next line of the stanza */
    if (!c->wrapped)
        return false;
    if (next->indent > prev->indent + 1)
        return false;
    /* Where paragraphs open with an indent, a flush line goes on with the
     * indented paragraph above it, however short the line before. */
    if (c->indented && c->para_first && c->para_first->indent > 0 && next->indent == 0 &&
        prev->kind == RD_TEXT_PLAIN && !(prev->flags & RD_TEXT_F_VERSE))
        return true;
    if (ends_early(c, prev, next))
        return false;
    /* A full last line and then a heading: the sentence ended, and the
     * short line after it ends early too. */
    if ((prev->flags & RD_TEXT_F_SENTENCE) && rd_text_line_is_heading_like(next) &&
        ends_early(c, next, after))
        return false;
    return true;
}

/* "... conditions added under section" / "7.  This requirement modifies":
 * in hard-wrapped text a number the wrapper put at the start of a line
 * goes on with the sentence above it, when the line above is a full one
 * (four fifths of the width) that ends mid-sentence, on no punctuation. A
 * list it would open follows a line that ends a sentence or a colon. */
static bool
wrapped_number(const blk_ctx *c, const rd_text_line *prev, const rd_text_line *ln)
{
    return prev && c->wrapped && ln->kind == RD_TEXT_ORDERED && ln->delim == '.' &&
           !(ln->flags & RD_TEXT_F_ITEM) &&
           !(prev->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) && prev->words >= 3 &&
           ln->indent <= prev->indent + 1 && line_cols(prev) * 10 >= c->width * 8;
}

/* Add line ln with its list number ("7. This requirement") to the open
 * paragraph. */
static void
extend_numbered(blk_ctx *c, const rd_text_line *ln)
{
    rd_text_line t = *ln;
    t.s = arena_printf(c->a, "%u%c %.*s", (unsigned)ln->ordinal, ln->delim, (int)ln->len, ln->s);
    t.len = (uint32_t)strlen(t.s);
    extend_para(c, &t);
    c->para_last = ln; /* (not the copy, which goes out of scope) */
}

/* The line after v[i] when it is not blank, else NULL. */
static const rd_text_line *
line_after(const rd_text_line *v, size_t i, size_t to)
{
    return i + 1 < to && !is_blank(&v[i + 1]) ? &v[i + 1] : NULL;
}

/* The wrapper's width: the longest line length (at most 100 columns)
 * that at least two lines and one line in fifty reach. hist[k] counts the
 * lines of k columns. */
static uint32_t
wrap_width(const size_t *hist, size_t lines)
{
    size_t need = lines / 50 > 2 ? lines / 50 : 2, seen = 0;
    uint32_t longest = 0;
    for (uint32_t k = 100; k > 0; k--) {
        if (hist[k] && !longest)
            longest = k;
        seen += hist[k];
        if (seen >= need)
            return k;
    }
    return longest;
}

/* Hard-wrapped? Decided once for the body. */
static void
detect_wrap(blk_ctx *c, const rd_text_line *v, size_t from, size_t to)
{
    size_t plain = 0, longl = 0, pairs = 0, mid = 0, hist[101] = {0};
    size_t runs = 0, run_long = 0; /* blank-parted runs with two long lines */
    for (size_t i = from; i < to; i++) {
        const rd_text_line *ln = &v[i];
        /* (a dropped line, a button between two paragraphs of a copied
           page, parts no runs: only a blank line does) */
        if (ln->kind == RD_TEXT_BLANK || i == from) {
            runs += run_long >= 2;
            run_long = 0;
        }
        run_long += !is_blank(ln) && ln->cps >= 40;
        /* Tables and aligned columns (grid.c) are no prose to measure. */
        if (is_blank(ln) || ln->kind == RD_TEXT_RULE ||
            (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
            continue;
        plain++;
        if (ln->cps > 100) {
            longl++;
            continue;
        }
        uint32_t cols = line_cols(ln);
        hist[cols > 100 ? 100 : cols]++;
        if (ln->cps >= 40 && i + 1 < to && !is_blank(&v[i + 1]) &&
            !(v[i + 1].flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)) &&
            (v[i + 1].kind == RD_TEXT_PLAIN || v[i + 1].kind == ln->kind)) {
            pairs++;
            mid += !(ln->flags & RD_TEXT_F_SENTENCE);
        }
    }
    runs += run_long >= 2;
    /* (with no break inside a sentence and no blank line parting runs of
       long lines, each line ending a sentence is a paragraph, however
       short: a recipe's steps copied one a line) */
    c->wrapped = plain > 0 && longl * 10 <= plain && pairs >= 2 && (mid >= 1 || runs >= 2);
    c->width = wrap_width(hist, plain - longl);
}

static void build(blk_ctx *c, const rd_text_line *v, size_t from, size_t to, doc_node *parent,
                  int depth);

/* A quote from line i; returns the line after it. */
static size_t
build_quote(blk_ctx *c, const rd_text_line *v, size_t i, size_t to, doc_node *parent, int depth)
{
    size_t j = i;
    while (j < to && !is_blank(&v[j]) && v[j].kind == RD_TEXT_QUOTE)
        j++;
    close_para(c);
    doc_node *q = doc_node_new(c->a, DOC_QUOTE, pos_of(c, &v[i]));
    doc_append(parent, q);
    /* Re-measure the inside: the text after one '>'. */
    rd_text_line *inner = arena_alloc(c->a, (j - i) * sizeof(*inner));
    for (size_t k = i; k < j; k++) {
        inner[k - i] = v[k];
        rd_text_line_measure(&inner[k - i], v[k].s, v[k].len, 0);
        if (depth + 1 >= RD_TEXT_MAX_QUOTE_DEPTH && inner[k - i].kind != RD_TEXT_BLANK)
            inner[k - i].kind = RD_TEXT_PLAIN; /* deeper '>' stay text */
    }
    c->quote_depth++;
    build(c, inner, 0, j - i, q, depth + 1);
    close_para(c);
    c->quote_depth--;
    return j;
}

/* "3. The cloud becomes table stakes" or "21) Star Wars" standing alone
 * between paragraphs: a numbered section's heading, not a list of one.
 * The line is heading-shaped, does not go on with a list right above it,
 * and prose follows it. */
static bool
heading_over_prose(const rd_text_line *v, size_t i, size_t to)
{
    rd_text_line plain = v[i];
    plain.kind = RD_TEXT_PLAIN;
    /* "2. Basic Permissions.": a title of a few words with the full stop
       numbered sections often take, and no other */
    if (plain.words <= 8 && plain.len > 1 && plain.s[plain.len - 1] == '.' &&
        !(plain.flags & RD_TEXT_F_QUESTION) && !memchr(plain.s, '.', plain.len - 1))
        plain.flags &= (uint16_t)~RD_TEXT_F_SENTENCE;
    if (!rd_text_line_is_heading_like(&plain) || (v[i].flags & RD_TEXT_F_QUESTION))
        return false;
    size_t n = i + 1;
    while (n < to && (is_blank(&v[n]) || v[n].role != RD_TEXT_CONTENT))
        n++;
    /* Prose, or the first line of a hard-wrapped paragraph. */
    return n < to && v[n].kind == RD_TEXT_PLAIN &&
           (rd_text_line_is_prose(&v[n]) || (v[n].words >= 8 && v[n].cps >= 50));
}

static bool
numbered_heading(const rd_text_line *v, size_t from, size_t i, size_t to)
{
    size_t p = i;
    while (p > from && (is_blank(&v[p - 1]) || v[p - 1].role != RD_TEXT_CONTENT))
        p--;
    if (p > from && v[p - 1].kind == RD_TEXT_ORDERED && v[p - 1].ordinal + 1 == v[i].ordinal)
        return false; /* the list's next item */
    return heading_over_prose(v, i, to);
}

/* A list from line i; returns the line after it. */
static size_t
build_list(blk_ctx *c, const rd_text_line *v, size_t i, size_t to, doc_node *parent)
{
    close_para(c);
    uint8_t kind = v[i].kind;
    doc_node *list = doc_node_new(c->a, DOC_LIST, pos_of(c, &v[i]));
    list->as.list.ordered = kind == RD_TEXT_ORDERED;
    list->as.list.start = (int)v[i].ordinal;
    list->as.list.delim = v[i].delim;
    list->flags |= DOC_F_TIGHT;
    doc_append(parent, list);
    const rd_text_line *last = NULL;
    uint32_t last_ordinal = 0;
    size_t j = i;
    while (j < to) {
        const rd_text_line *ln = &v[j];
        if (is_blank(ln)) {
            /* A blank line, then another item of the same kind: loose list. */
            size_t k = j;
            while (k < to && is_blank(&v[k]) && v[k].role == RD_TEXT_CONTENT)
                k++;
            /* A numbered heading after a list that does not go on with
             * the list's numbers ("3. Small harbours" after "1. a", "2.
             * b", "3. c") opens a section instead. */
            bool section = kind == RD_TEXT_ORDERED && k < to && last &&
                           v[k].ordinal != last_ordinal + 1 && !(v[k].flags & RD_TEXT_F_ITEM) &&
                           heading_over_prose(v, k, to);
            if (k < to && v[k].kind == kind && v[k].role == RD_TEXT_CONTENT && !section) {
                list->flags &= ~(uint32_t)DOC_F_TIGHT;
                j = k;
                continue;
            }
            break;
        }
        if (ln->kind == kind && wrapped_number(c, last, ln)) {
            extend_numbered(c, ln);
            last = ln;
            j++;
            continue;
        }
        if (ln->kind == kind) {
            if (kind == RD_TEXT_ORDERED && last && ln->ordinal != last_ordinal + 1 &&
                !(ln->flags & RD_TEXT_F_ITEM) && heading_over_prose(v, j, to))
                break; /* a numbered heading right under the list */
            last_ordinal = ln->ordinal;
            close_para(c);
            doc_node *item = doc_node_new(c->a, DOC_ITEM, pos_of(c, ln));
            doc_append(list, item);
            open_para(c, item, ln);
            last = ln;
            j++;
            continue;
        }
        /* Continuation of the item: indented, or wrapped text. */
        if (last && ln->kind == RD_TEXT_PLAIN && !(ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)) &&
            (ln->indent >= 2 || starts_lower(ln) ||
             continues(c, last, ln, line_after(v, j, to)))) {
            extend_para(c, ln);
            last = ln;
            j++;
            continue;
        }
        break;
    }
    close_para(c);
    return j;
}

static void
build(blk_ctx *c, const rd_text_line *v, size_t from, size_t to, doc_node *parent, int depth)
{
    const rd_text_line *prev = NULL; /* last line of the open paragraph */
    size_t i = from;
    while (i < to) {
        const rd_text_line *ln = &v[i];
        if (is_blank(ln)) {
            close_para(c);
            prev = NULL;
            i++;
            continue;
        }
        if (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)) {
            /* A drawn table or aligned columns (grid.c): lines kept. */
            close_para(c);
            i = rd_text_grid_build(c->a, c->path, v, i, to, parent);
            prev = NULL;
            continue;
        }
        if (depth == 0 && (ln->flags & RD_TEXT_F_TOC) && ln->kind != RD_TEXT_HASH) {
            /* Listed in the page's table of contents: a heading, whatever
             * its shape or the lines around it. */
            close_para(c);
            doc_node *h = doc_node_new(c->a, DOC_HEADING, pos_of(c, ln));
            h->as.heading.level = 2;
            const char *t = ln->s;
            size_t tl = ln->len;
            if (ln->kind == RD_TEXT_ORDERED) {
                t = arena_printf(c->a, "%u%c %.*s", (unsigned)ln->ordinal, ln->delim,
                                 (int)ln->len, ln->s);
                tl = strlen(t);
            }
            doc_append(h, doc_text_new(c->a, t, tl, h->pos));
            doc_append(parent, h);
            prev = NULL;
            i++;
            continue;
        }
        switch (ln->kind) {
        case RD_TEXT_QUOTE:
            i = build_quote(c, v, i, to, parent, depth);
            prev = NULL;
            continue;
        case RD_TEXT_ORDERED:
            if (prev && c->para && wrapped_number(c, prev, ln)) {
                extend_numbered(c, ln);
                prev = ln;
                i++;
                continue;
            }
            if (depth == 0 && !(ln->flags & RD_TEXT_F_ITEM) && numbered_heading(v, from, i, to)) {
                close_para(c);
                doc_node *h = doc_node_new(c->a, DOC_HEADING, pos_of(c, ln));
                h->as.heading.level = 2;
                char *t = arena_printf(c->a, "%u%c %.*s", (unsigned)ln->ordinal, ln->delim,
                                       (int)ln->len, ln->s);
                doc_append(h, doc_text_new(c->a, t, strlen(t), h->pos));
                doc_append(parent, h);
                prev = NULL;
                i++;
                continue;
            }
            i = build_list(c, v, i, to, parent);
            prev = NULL;
            continue;
        case RD_TEXT_BULLET:
            i = build_list(c, v, i, to, parent);
            prev = NULL;
            continue;
        case RD_TEXT_HASH: {
            close_para(c);
            doc_node *h = doc_node_new(c->a, DOC_HEADING, pos_of(c, ln));
            h->as.heading.level = ln->ordinal < 2 ? 2 : (int)ln->ordinal;
            doc_append(h, doc_text_new(c->a, ln->s, ln->len, h->pos));
            doc_append(parent, h);
            prev = NULL;
            i++;
            continue;
        }
        case RD_TEXT_RULE:
            if (prev && c->para && c->para_lines == 1 && (ln->delim == '=' || ln->delim == '-') &&
                depth == 0 && rd_text_line_is_heading_like(c->para_first)) {
                /* "Title" over "=====": an underlined heading. */
                doc_node *h = c->para;
                close_para(c);
                h->type = DOC_HEADING;
                /* '-' sits under '=' when both are used; see rd_text_blocks. */
                h->as.heading.level = ln->delim == '=' ? 2 : 3;
                c->eq_heading |= ln->delim == '=';
                if (ln->delim == '-')
                    push_node(c->a, &c->dash, &c->n_dash, &c->cap_dash, h);
                prev = NULL;
                i++;
                continue;
            }
            close_para(c);
            doc_append(parent, doc_node_new(c->a, DOC_RULE, pos_of(c, ln)));
            prev = NULL;
            i++;
            continue;
        default:
            break;
        }
        if (prev && c->para && continues(c, prev, ln, line_after(v, i, to)))
            extend_para(c, ln);
        else
            open_para(c, parent, ln);
        prev = ln;
        i++;
    }
    close_para(c);
}

/* A paragraph of a part's line alone, no title after it ("SECOND ACT",
 * "CHAPTER IV."). */
static bool
bare_part(const doc_node *n)
{
    const doc_node *t = n->first_child;
    if (!t || t->type != DOC_TEXT || t->next)
        return false;
    rd_text_line ln;
    rd_text_line_measure(&ln, t->text, t->len, 0);
    return ln.words <= 3 && rd_text_line_is_chapter(&ln);
}

static bool
node_has_lower(const doc_node *n)
{
    for (const doc_node *t = n->first_child; t; t = t->next)
        for (size_t i = 0; t->type == DOC_TEXT && i < t->len; i++)
            if (islower((unsigned char)t->text[i]))
                return true;
    return false;
}

/* Turn heading candidates into headings: a block must follow, and three or
 * more candidates in a row are verse, not headings, but for a book's part
 * line among them. */
static void
promote_headings(blk_ctx *c)
{
    size_t i = 0;
    while (i < c->n_cands) {
        size_t j = i + 1;
        while (j < c->n_cands && c->cands[j - 1]->next == c->cands[j])
            j++;
        /* (in a book, a bare part line alone among them is a heading
           still: "ACT DROP" / "SECOND ACT" / "SCENE"; a list of the acts
           with their titles is not) */
        size_t parts = 0, part = j;
        for (size_t k = i; j - i >= 3 && c->book && k < j; k++)
            if (bare_part(c->cands[k])) {
                parts++;
                part = k;
            }
        for (size_t k = i; k < j; k++) {
            doc_node *n = c->cands[k];
            if (!n->next || n->type != DOC_PARA || (j - i >= 3 && !(parts == 1 && k == part)))
                continue;
            /* (in a book, a line right over the next chapter's line closes
               the last chapter: a letter's signature, a date; a part's
               title in capitals heads it) */
            if (c->book && (n->next->type == DOC_HEADING || n->next->type == DOC_PARA) &&
                bare_part(n->next) && !bare_part(n) && node_has_lower(n))
                continue;
            n->type = DOC_HEADING;
            n->as.heading.level = 2;
        }
        i = j;
    }
}

void
rd_text_blocks(arena *a, const char *path, rd_text_lines *L, size_t from, size_t to,
               doc_node *article)
{
    blk_ctx c;
    memset(&c, 0, sizeof c);
    c.a = a;
    c.path = path;
    c.keep_marks = L->keep_marks;
    c.book = L->book;
    buf_init(&c.text, 0);
    detect_wrap(&c, L->v, from, to);
    detect_indents(&c, L->v, from, to);
    build(&c, L->v, from, to, article, 0);
    promote_headings(&c);
    /* With no '=' underlines in the body, '-' underlines are the top
     * section level. */
    for (size_t k = 0; k < c.n_dash && !c.eq_heading; k++)
        c.dash[k]->as.heading.level = 2;
    buf_cleanup(&c.text);
}
