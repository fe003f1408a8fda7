/*
 * task.c - a list item that opens with a checkbox is a task.
 *
 * A task list saved from a web page (GitHub's rendered Markdown, a
 * checklist in a blog post) is a list whose items open with
 * <input type="checkbox">, ticked by its `checked` attribute. Inputs are
 * never content, so rd_html_prepare drops them; before it does, the box
 * that opens an item is recorded on the item (RD_HTML_TASK), and the
 * converter makes the item a task (DOC_F_TASK, DOC_F_DONE), whose box the
 * writers draw as its marker. A box anywhere else (after words in the
 * item, in a form, a radio button) is a form control, and goes.
 */
#include "html_int.h"

#include <libxml/tree.h>
#include <strings.h>

/* How far below its item a box may sit: <li><p><label><input>. */
#define TASK_MAX_DEPTH 3

/* Nothing but white space and comments before n among its siblings. */
static bool
first_in_parent(const xmlNode *n)
{
    for (const xmlNode *k = n->prev; k; k = k->prev) {
        if (k->type == XML_COMMENT_NODE)
            continue;
        if (k->type == XML_TEXT_NODE && rd_html_blank_text(k))
            continue;
        return false;
    }
    return true;
}

void
rd_html_mark_task(xmlNode *input)
{
    const char *type = rd_html_attr(input, "type");
    if (!rd_html_is(input, "input") || !type || strcasecmp(type, "checkbox") != 0)
        return;
    xmlNode *n = input;
    for (int d = 0; d < TASK_MAX_DEPTH && n->parent && n->parent->type == XML_ELEMENT_NODE; d++) {
        if (!first_in_parent(n))
            return;
        n = n->parent;
        if (rd_html_is(n, "li")) {
            /* an item of words: a box alone is not a task */
            if (!rd_html_has_text(n) || rd_html_attr(n, RD_HTML_TASK))
                return;
            bool done = xmlHasProp(input, BAD_CAST "checked") != NULL;
            xmlSetProp(n, BAD_CAST RD_HTML_TASK, BAD_CAST(done ? "done" : "open"));
            return;
        }
    }
}
