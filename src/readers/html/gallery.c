/*
 * gallery.c - a picture post, found by its run of pictures when no
 * paragraph of the page makes an article.
 *
 * A photographer's or an artist's post is pictures one after another
 * and a line naming the series ("'Alternative perspective' series by
 * Jane Roe"). Scored by its paragraphs it earns nothing, and the page's
 * search box or category filter, with two short lines of text, wins
 * instead. What marks the post is its pictures: an element whose
 * children are three or more pictures shown for themselves (a <figure>
 * or an <img> that is no link: teasers and thumbnails link elsewhere),
 * inside a container named for the post's content ("post-content",
 * "entry", "article"). That container is the post, with the headings,
 * lists and lines around the pictures. One such run on the page, or
 * none: two are a list of galleries, not a post; a run in a footer is
 * partners' logos; a post of pictures without a word has nothing to
 * read that the scoring's winner lacks, and the winner stays.
 */
#include "html_int.h"

#include <string.h>

/* Runs shorter than this are an article's figures, not a picture post. */
#define GALLERY_MIN_PICTURES 3
/* How far above the run the container naming the content may sit. */
#define GALLERY_NAME_DEPTH 3

static const char *const content_pats[] = {"content", "entry", "post", "article", "story", NULL};

static bool
in_link(const xmlNode *n, const xmlNode *stop)
{
    for (const xmlNode *p = n->parent; p && p != stop && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (rd_html_is(p, "a"))
            return true;
    return false;
}

/* The first <img> under n (n itself included), or NULL. */
static const xmlNode *
first_img(const xmlNode *n)
{
    if (rd_html_is(n, "img"))
        return n;
    for (const xmlNode *ch = n->children; ch; ch = ch->next) {
        if (ch->type != XML_ELEMENT_NODE)
            continue;
        const xmlNode *i = first_img(ch);
        if (i)
            return i;
    }
    return NULL;
}

/* A child shown as a picture: a figure or a bare image, not a link. */
static bool
picture(const xmlNode *ch)
{
    if (!rd_html_is(ch, "figure") && !rd_html_is(ch, "img"))
        return false;
    const xmlNode *img = first_img(ch);
    return img && !in_link(img, ch->parent) && !rd_html_is(ch, "a");
}

static size_t
pictures(const xmlNode *n)
{
    size_t k = 0;
    for (const xmlNode *ch = n->children; ch; ch = ch->next)
        if (ch->type == XML_ELEMENT_NODE && picture(ch))
            k++;
    return k;
}

/* The nearest box at or above the run, within GALLERY_NAME_DEPTH levels,
 * named for the post's content: the post, with its headings, lists and
 * lines of text around the pictures, not only the pictures' parent. A
 * footer on the way ("footer-content", a <footer>) holds partners' logos,
 * not a post: NULL. */
static xmlNode *
named_for_content(xmlNode *n)
{
    char lc[512];
    for (int d = 0; n && n->type == XML_ELEMENT_NODE && d < GALLERY_NAME_DEPTH;
         n = n->parent, d++) {
        rd_html_class_id(n, lc, sizeof(lc));
        if (rd_html_is(n, "footer") || strstr(lc, "footer"))
            return NULL;
        if (rd_html_match(lc, content_pats))
            return n;
    }
    return NULL;
}

xmlNode *
rd_html_gallery(xmlNode *page)
{
    xmlNode *found = NULL;
    for (xmlNode *n = rd_html_next(page, page, true); n; n = rd_html_next(n, page, true)) {
        if (pictures(n) < GALLERY_MIN_PICTURES || in_link(n, page))
            continue;
        if (found)
            return NULL; /* two runs of pictures: a list of them */
        found = n;
    }
    xmlNode *post = found ? named_for_content(found) : NULL;
    /* Pictures and no word: nothing to read that the weak winner lacks. */
    return post && rd_html_has_text(post) ? post : NULL;
}
