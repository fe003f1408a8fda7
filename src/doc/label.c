/*
 * label.c - is a paragraph a label over its text? Pages make their minor
 * headings as a paragraph of bold words ("Ingredients:", "Task gating",
 * "WebExtensions Framework") over a paragraph, list (a definition list
 * too), quotation, table or code block. A book sets it as the least
 * heading: flush, a little space above, kept with its text, which starts
 * flush under it. The rule is here, not in a writer, so the EPUB and the
 * PDF agree on which paragraphs are labels.
 *
 * The test: every child that is not blank is bold (or a link holding only
 * bold), the text is at most 120 bytes, and it does not end a sentence.
 */
#include "doc.h"

bool
doc_para_is_label(const doc_node *n)
{
    if (!n || n->type != DOC_PARA || !n->next)
        return false;
    doc_type nt = n->next->type;
    if (nt != DOC_PARA && nt != DOC_LIST && nt != DOC_CODE_BLOCK && nt != DOC_QUOTE &&
        nt != DOC_TABLE && nt != DOC_DEFS)
        return false;
    size_t strong = 0;
    for (const doc_node *k = n->first_child; k; k = k->next) {
        if (doc_blank_text(k))
            continue;
        const doc_node *x = k;
        if (x->type == DOC_LINK && x->first_child && !x->first_child->next)
            x = x->first_child;
        if (x->type != DOC_STRONG)
            return false;
        strong++;
    }
    if (strong == 0)
        return false;
    /* its length and last character, from its text leaves */
    size_t len = 0;
    char last = 0;
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)n);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || (x->type != DOC_TEXT && x->type != DOC_CODE) || !x->text)
            continue;
        len += x->len;
        if (len > 120)
            return false;
        for (size_t i = x->len; i-- > 0;)
            if (x->text[i] != ' ' && x->text[i] != '\n' && x->text[i] != '\t') {
                last = x->text[i];
                break;
            }
    }
    return last && last != '.' && last != '!' && last != '?';
}
