/*
 * widgets.c - lists a page's scripts fill: a gallery or carousel saves as
 * a list of empty items (the pictures come from data- attributes or
 * style sheets when the script runs) and a control or two ("50 show
 * all", "Next") that only the script makes work. Without the script
 * nothing of it can be read, so it goes, and with it the box that held
 * it when that box is left holding only its title ("Business news in
 * pictures").
 */
#include "html_int.h"

#include <string.h>
#include <strings.h>

/* Does the item hold anything to read or see? */
static bool
item_empty(xmlNode *li)
{
    if (rd_html_has_text(li) || rd_html_has_media(li))
        return false;
    for (xmlNode *e = rd_html_next(li, li, true); e; e = rd_html_next(e, li, true))
        if (rd_html_is(e, "iframe"))
            return false;
    return true;
}

/* A link that goes nowhere but to the page's script: no href, "#" or a
 * javascript: one. */
static bool
script_link(const xmlNode *a)
{
    const char *h = rd_html_attr(a, "href");
    return !h || !h[0] || strcmp(h, "#") == 0 || strncasecmp(h, "javascript:", 11) == 0;
}

/* Is all the text under n in script links, of which there is one at
 * least (*links counts them)? */
static bool
all_in_script_links(const xmlNode *n, size_t *links)
{
    for (const xmlNode *k = n->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
            if (!rd_html_blank_text(k))
                return false;
        } else if (k->type == XML_ELEMENT_NODE) {
            if (rd_html_is(k, "a")) {
                if (!script_link(k))
                    return false;
                ++*links;
            } else if (!all_in_script_links(k, links)) {
                return false;
            }
        }
    }
    return true;
}

/* Is the item a control only the script works: short text, all of it in
 * script links? */
static bool
item_control(const xmlNode *li)
{
    size_t links = 0;
    return rd_html_text_len_max(li, 41) <= 40 && all_in_script_links(li, &links) && links;
}

/* Is the list the script's: two items or more, some of them empty, the
 * rest controls? */
static bool
script_list(xmlNode *list)
{
    size_t items = 0, empty = 0;
    for (xmlNode *k = list->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE && !rd_html_blank_text(k))
            return false;
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (!rd_html_is(k, "li"))
            return false;
        items++;
        if (item_empty(k))
            empty++;
        else if (!item_control(k))
            return false;
    }
    return items >= 2 && empty >= 1 && empty < items;
}

/* Is the box, but for `gone`, left with a heading at most and no
 * picture? (Element depth is bounded by the parser: RD_HTML_MAX_DEPTH.) */
static bool
only_title(const xmlNode *box, const xmlNode *gone)
{
    for (const xmlNode *k = box->children; k; k = k->next) {
        if (k == gone)
            continue;
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
            if (!rd_html_blank_text(k))
                return false;
            continue;
        }
        if (k->type != XML_ELEMENT_NODE || rd_html_is(k, "script") || rd_html_is(k, "style"))
            continue;
        if (rd_html_is(k, "img") || rd_html_is(k, "picture") || rd_html_is(k, "svg") ||
            rd_html_is(k, "video") || rd_html_is(k, "iframe"))
            return false;
        bool heading = k->name[0] == 'h' && k->name[1] >= '1' && k->name[1] <= '6' && !k->name[2];
        if (!heading && !only_title(k, gone))
            return false;
    }
    return true;
}

void
rd_html_drop_script_widgets(xmlNode *art)
{
    static const char *const lists[] = {"ul", "ol", NULL};
    for (size_t t = 0; lists[t]; t++) {
        rd_html_list l = {0};
        rd_html_collect(art, lists[t], &l);
        for (size_t i = l.n; i-- > 0;) {
            xmlNode *list = l.v[i];
            if (!list->parent || !script_list(list))
                continue;
            /* the boxes it sat in, up to the first that holds more than
               a title */
            xmlNode *drop = list;
            for (xmlNode *p = list->parent;
                 p && p != art && p->type == XML_ELEMENT_NODE &&
                 (rd_html_is(p, "div") || rd_html_is(p, "section")) && only_title(p, drop);
                 p = p->parent)
                drop = p;
            rd_html_remove(drop);
        }
        rd_html_list_free(&l);
    }
}
