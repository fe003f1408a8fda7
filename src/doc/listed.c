/*
 * listed.c - which headings a table of contents lists. The EPUB's nav
 * and contents page and the PDF's contents page and outline all ask
 * here, so they agree.
 *
 * A printed contents is read, not navigated: it lists an article's
 * sections only when they are few (doc_contents_lists_sections). A saved
 * web article's dozen subheads, times the articles of a packet, make
 * pages of contents that hide the articles among them; the outline and
 * the nav, which fold, keep every section.
 */
#include "doc.h"

/* A heading past these is a paragraph the page set in a heading's type
 * (a lead, a picture's caption), no section's title: a contents entry of
 * five lines names nothing. */
#define LISTED_MAX_WORDS 24
#define LISTED_MAX_CHARS 160

static bool
too_long(const doc_node *h)
{
    size_t words = 0, chars = 0;
    bool in_word = false;
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)h);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || (k->type != DOC_TEXT && k->type != DOC_CODE))
            continue;
        for (size_t i = 0; i < k->len; i++) {
            unsigned char c = (unsigned char)k->text[i];
            bool space = c == ' ' || c == '\t' || c == '\n';
            words += space ? 0 : !in_word;
            in_word = !space;
            chars += (c & 0xC0) != 0x80;
        }
        if (words > LISTED_MAX_WORDS || chars > LISTED_MAX_CHARS)
            return true;
    }
    return false;
}

bool
doc_heading_listed(const doc_node *h, int depth)
{
    int lv = h->as.heading.level < 2 ? 2 : h->as.heading.level;
    return depth >= 2 && (lv <= depth || (h->flags & DOC_F_OUTLINE)) && !too_long(h);
}

size_t
doc_sections_listed(const doc_node *article, int depth)
{
    size_t n = 0;
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)article);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || k == article)
            continue;
        if (k->type == DOC_HEADING)
            n += k->as.heading.level >= 2 && doc_heading_listed(k, depth);
        if (k->type == DOC_HEADING || k->type == DOC_NOTE_DEF || !doc_is_block(k->type))
            doc_iter_skip(&it);
    }
    return n;
}

bool
doc_contents_lists_sections(const doc_node *article, int depth)
{
    size_t n = doc_sections_listed(article, depth);
    return n > 0 && n <= DOC_CONTENTS_MAX_SECTIONS;
}
