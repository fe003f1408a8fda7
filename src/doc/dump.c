/*
 * dump.c - textual views of the tree.
 *
 * doc_dump is the readers' test oracle (pandoc's `native`): one node a line,
 * indented by depth, so reader tests never depend on a writer.
 * doc_dump_text is the body as plain text, the form article-extraction
 * benchmarks compare against.
 */
#include "doc.h"

#include <string.h>

static void
dump_escaped(buf *out, const char *s, size_t len)
{
    buf_add_json(out, s, len);
}

static void
dump_attrs(const doc_node *n, buf *out)
{
    switch (n->type) {
    case DOC_HEADING:
        buf_printf(out, " level=%d", n->as.heading.level);
        break;
    case DOC_LIST:
        buf_printf(out, " %s", n->as.list.ordered ? "ordered" : "bullet");
        if (n->as.list.ordered && n->as.list.start != 1)
            buf_printf(out, " start=%d", n->as.list.start);
        if (n->flags & DOC_F_TIGHT)
            buf_adds(out, " tight");
        break;
    case DOC_ITEM:
        if (n->flags & DOC_F_TASK)
            buf_adds(out, n->flags & DOC_F_DONE ? " task done" : " task");
        break;
    case DOC_PARA:
        if (n->flags & DOC_F_CENTER)
            buf_adds(out, " center");
        break;
    case DOC_CODE_BLOCK:
        if (n->as.code.info && n->as.code.info[0])
            buf_printf(out, " info=%s", n->as.code.info);
        break;
    case DOC_LINK:
    case DOC_IMAGE:
        buf_adds(out, " href=");
        dump_escaped(out, n->as.link.href ? n->as.link.href : "",
                     n->as.link.href ? strlen(n->as.link.href) : 0);
        if (n->as.link.title) {
            buf_adds(out, " title=");
            dump_escaped(out, n->as.link.title, strlen(n->as.link.title));
        }
        break;
    case DOC_ROW:
    case DOC_CELL:
        if (n->flags & DOC_F_HEADER)
            buf_adds(out, " header");
        if (n->type == DOC_CELL && n->as.cell.align)
            buf_printf(out, " align=%s",
                       n->as.cell.align == DOC_ALIGN_LEFT     ? "left"
                       : n->as.cell.align == DOC_ALIGN_CENTER ? "center"
                                                              : "right");
        if (n->type == DOC_CELL && n->as.cell.colspan > 1)
            buf_printf(out, " colspan=%u", (unsigned)n->as.cell.colspan);
        if (n->type == DOC_CELL && n->as.cell.rowspan > 1)
            buf_printf(out, " rowspan=%u", (unsigned)n->as.cell.rowspan);
        break;
    case DOC_NOTE_DEF:
    case DOC_NOTE_REF:
        if (n->as.note.label)
            buf_printf(out, " label=%s", n->as.note.label);
        break;
    case DOC_PART:
        if (n->as.part.title) {
            buf_adds(out, " title=");
            dump_escaped(out, n->as.part.title, strlen(n->as.part.title));
        }
        break;
    case DOC_ARTICLE: {
        const doc_meta *m = n->as.article.meta;
        if (m && m->title) {
            buf_adds(out, " title=");
            dump_escaped(out, m->title, strlen(m->title));
        }
        break;
    }
    default:
        break;
    }
    if (n->id)
        buf_printf(out, " id=%s", n->id);
    if (n->text) {
        buf_addc(out, ' ');
        dump_escaped(out, n->text, n->len);
    }
}

void
doc_dump(const doc_node *root, buf *out)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    int depth = 0;
    doc_iter_init(&it, (doc_node *)root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev == DOC_EV_EXIT) {
            depth--;
            continue;
        }
        for (int i = 0; i < depth; i++)
            buf_adds(out, "  ");
        buf_adds(out, doc_type_name(n->type));
        dump_attrs(n, out);
        buf_addc(out, '\n');
        depth++;
    }
}

/* Inline text of a block, with runs of white space collapsed. */
static void
text_block(const doc_node *n, buf *out)
{
    buf tmp;
    buf_init(&tmp, 0);
    /* doc_inline_text, minus image alt text: what a reader sees as prose. */
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)n);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (x->type == DOC_IMAGE || x->type == DOC_NOTE_DEF ||
            (x->flags & (DOC_F_ALT | DOC_F_MATH_HIDDEN))) {
            doc_iter_skip(&it);
        } else if ((x->type == DOC_TEXT || x->type == DOC_CODE) && x->text) {
            if (x->flags & DOC_F_MATH) {
                /* a formula's tokens, each a word (its no-break spaces,
                   which hold an operator to what it follows, too) */
                buf_addc(&tmp, ' ');
                for (size_t i = 0; i < x->len; i++) {
                    if (i + 1 < x->len && (unsigned char)x->text[i] == 0xC2 &&
                        (unsigned char)x->text[i + 1] == 0xA0) {
                        buf_addc(&tmp, ' ');
                        i++;
                    } else {
                        buf_addc(&tmp, x->text[i]);
                    }
                }
                buf_addc(&tmp, ' ');
            } else {
                buf_add(&tmp, x->text, x->len);
            }
        }
        else if (x->type == DOC_BREAK)
            buf_addc(&tmp, ' ');
        else if (x->type == DOC_NOTE_REF && x->as.note.label)
            buf_printf(&tmp, "[%s]", x->as.note.label); /* as the PDF prints it */
    }
    bool space = true; /* drop leading space */
    size_t start = out->len;
    for (size_t i = 0; i < tmp.len; i++) {
        char c = tmp.data[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space && out->len > start)
            buf_addc(out, ' ');
        space = false;
        buf_addc(out, c);
    }
    buf_cleanup(&tmp);
}

static void
sep(buf *out)
{
    if (out->len == 0)
        return;
    if (out->data[out->len - 1] != '\n')
        buf_addc(out, '\n');
    if (out->len < 2 || out->data[out->len - 2] != '\n')
        buf_addc(out, '\n');
}

void
doc_dump_text(const doc_node *article, buf *out)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        switch (n->type) {
        case DOC_HEADING:
        case DOC_PARA:
        case DOC_CAPTION:
        case DOC_TERM:
            sep(out);
            text_block(n, out);
            doc_iter_skip(&it);
            break;
        case DOC_ITEM:
            /* An item's own paragraphs print on their own; bare inlines here. */
            if (n->first_child && !doc_is_block(n->first_child->type)) {
                sep(out);
                text_block(n, out);
                doc_iter_skip(&it);
            }
            break;
        case DOC_FIGURE:
            /* A picture's stand-in the page wrote itself (a label, not
               alt text) is its words; the caption prints on its own. */
            for (const doc_node *k = n->first_child; k; k = k->next)
                if (k->type == DOC_EMPH && !(k->flags & DOC_F_ALT)) {
                    sep(out);
                    text_block(k, out);
                }
            break;
        case DOC_CODE_BLOCK:
            sep(out);
            buf_add(out, n->text ? n->text : "", n->len);
            break;
        case DOC_ROW: {
            if (!out->len || out->data[out->len - 1] != '\n')
                sep(out);
            bool first = true;
            for (const doc_node *c = n->first_child; c; c = c->next) {
                if (!first)
                    buf_addc(out, '\t');
                text_block(c, out);
                first = false;
            }
            buf_addc(out, '\n');
            doc_iter_skip(&it);
            break;
        }
        case DOC_TABLE:
            sep(out);
            break;
        default:
            break;
        }
    }
    if (out->len && out->data[out->len - 1] != '\n')
        buf_addc(out, '\n');
}
