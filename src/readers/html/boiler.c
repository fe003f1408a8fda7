/*
 * boiler.c - boilerplate that survives Readability's rules inside the
 * chosen container, removed by what it is rather than by its class: lists
 * of tag links (rel="tag", the microformat every blog engine writes).
 *
 * A tag list is found from its links: each link marked rel="tag" climbs to
 * the largest ancestor inside the article whose text is the tag links plus
 * at most a short label ("Tags:", "Filed under", separators). A tag link
 * inside a sentence never qualifies, since the sentence's own words exceed
 * the label allowance. The blocks are chosen first and removed after, so
 * no pointer into a freed subtree is followed.
 */
#include "html_int.h"

#include <string.h>

/* Words a tag list may hold besides its links ("Schlagworte: ", "Tags: "). */
#define TAG_LABEL_MAX 40

static bool
rel_has(const xmlNode *n, const char *tok)
{
    const char *rel = rd_html_attr(n, "rel");
    if (!rel)
        return false;
    size_t k = strlen(tok);
    for (const char *p = rel; (p = strstr(p, tok)) != NULL; p++) {
        bool start = p == rel || p[-1] == ' ';
        bool end = p[k] == '\0' || p[k] == ' ';
        if (start && end)
            return true;
    }
    return false;
}

/* Text length of n, the part of it inside rel=tag links, and their count. */
static size_t
tag_text(const xmlNode *n, size_t *in_tags, size_t *count)
{
    size_t t = 0;
    *count = 0;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e;) {
        if (rd_html_is(e, "a") && rel_has(e, "tag")) {
            t += rd_html_text_len(e);
            (*count)++;
            e = rd_html_next(e, n, false);
            continue;
        }
        e = rd_html_next(e, n, true);
    }
    *in_tags = t;
    return rd_html_text_len(n);
}

static bool
is_tag_block(const xmlNode *n)
{
    size_t tags, count;
    size_t len = tag_text(n, &tags, &count);
    /* the label, and a separator between tags */
    return tags > 0 && len <= tags + TAG_LABEL_MAX + 3 * count;
}

static bool
inside(const xmlNode *n, const xmlNode *anc)
{
    for (const xmlNode *p = n->parent; p; p = p->parent)
        if (p == anc)
            return true;
    return false;
}

static void
drop_tag_lists(xmlNode *art)
{
    rd_html_list links = {0}, blocks = {0};
    rd_html_collect(art, "a", &links);
    for (size_t i = 0; i < links.n; i++) {
        xmlNode *a = links.v[i];
        if (!rel_has(a, "tag"))
            continue;
        xmlNode *top = NULL;
        for (xmlNode *p = a->parent; p && p != art && p->type == XML_ELEMENT_NODE; p = p->parent) {
            if (!is_tag_block(p))
                break;
            top = p;
        }
        if (top)
            rd_html_list_push(&blocks, top);
    }
    /* Outermost blocks only: an inner one goes with its ancestor. */
    rd_html_list keep = {0};
    for (size_t i = 0; i < blocks.n; i++) {
        bool covered = false;
        for (size_t j = 0; j < blocks.n && !covered; j++)
            covered = blocks.v[j] != blocks.v[i] && inside(blocks.v[i], blocks.v[j]);
        for (size_t j = 0; j < keep.n && !covered; j++)
            covered = keep.v[j] == blocks.v[i];
        if (!covered)
            rd_html_list_push(&keep, blocks.v[i]);
    }
    for (size_t i = 0; i < keep.n; i++)
        rd_html_remove(keep.v[i]);
    rd_html_list_free(&keep);
    rd_html_list_free(&blocks);
    rd_html_list_free(&links);
}

void
rd_html_drop_boilerplate(rd_html_ctx *c, xmlNode *art)
{
    (void)c;
    drop_tag_lists(art);
}
