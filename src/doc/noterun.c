/*
 * noterun.c - where a note reference stands among references set side by
 * side, so both writers mark "[6][7]" and "4,933,210[5]" alike.
 *
 * Both set a reference as a bare superscript numeral, the printer's mark.
 * Two side by side then read as one number ("⁶⁷" for notes 6 and 7), and
 * one right after a figure as a power ("4,933,210⁵"): references in a
 * run are parted by commas, and a run right after a digit is bracketed.
 */
#include "doc.h"

unsigned
doc_note_run(const doc_node *ref)
{
    unsigned r = 0;
    const doc_node *first = ref, *last = ref;
    while (first->prev && first->prev->type == DOC_NOTE_REF)
        first = first->prev;
    while (last->next && last->next->type == DOC_NOTE_REF)
        last = last->next;
    if (first == ref)
        r |= DOC_NOTE_RUN_FIRST;
    if (last == ref)
        r |= DOC_NOTE_RUN_LAST;
    const doc_node *p = first->prev;
    if (p && p->type == DOC_TEXT && p->len > 0 && p->text[p->len - 1] >= '0' &&
        p->text[p->len - 1] <= '9')
        r |= DOC_NOTE_RUN_BRACKET;
    return r;
}
