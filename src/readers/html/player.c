/*
 * player.c - a video player's box that only the page's script fills.
 *
 * Sites set a player in the text, named for what it is ("video-player",
 * "mobile-player"), with an empty slot where the script puts the video,
 * and over it the words that sell the clip ("Popular Video" and "This
 * judge did something that left the courtroom in tears:"). Saved without
 * the script, the slot stays empty: the heading and the line point at a
 * video that is not there, in the middle of the story. The box goes when
 * it is named for a player, holds no picture, video, frame or embed, no
 * link, a slot left empty and a few short words only. A player that holds
 * its video (an iframe, a <video>) stays, and so does a caption set in a
 * box of its own beside the player, which has no empty slot.
 */
#include "html_int.h"

#include <string.h>

/* The words of a teaser: a heading and a line, not a paragraph. */
#define PLAYER_TEXT_MAX 200

/* Does the class or id name a player ("video-player", "jwplayer")? */
static bool
named_player(const xmlNode *n)
{
    static const char *const pats[] = {"player", NULL};
    char lc[256];
    rd_html_class_id(n, lc, sizeof lc);
    return rd_html_match(lc, pats);
}

/* Anything under n to see or follow: a picture, a video, a frame or
 * embed, a link. */
static bool
holds_media_or_link(xmlNode *n)
{
    static const char *const tags[] = {"img",   "picture", "svg",    "video", "audio", "iframe",
                                       "embed", "object",  "source", "a",     NULL};
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true))
        for (size_t i = 0; tags[i]; i++)
            if (rd_html_is(e, tags[i]))
                return true;
    return false;
}

/* An element under n with neither words nor children: the slot the
 * script fills. */
static bool
has_empty_slot(xmlNode *n)
{
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true)) {
        if (e->type != XML_ELEMENT_NODE || !rd_html_is(e, "div"))
            continue;
        bool empty = true;
        for (xmlNode *k = e->children; k && empty; k = k->next)
            empty = k->type != XML_ELEMENT_NODE &&
                    !(k->type == XML_TEXT_NODE && !rd_html_blank_text(k));
        if (empty)
            return true;
    }
    return false;
}

static bool
is_empty_player(xmlNode *n)
{
    if (!rd_html_is(n, "div") && !rd_html_is(n, "section") && !rd_html_is(n, "aside"))
        return false;
    if (!named_player(n) || !rd_html_has_text(n))
        return false;
    if (rd_html_text_len_max(n, PLAYER_TEXT_MAX + 1) > PLAYER_TEXT_MAX)
        return false;
    return !holds_media_or_link(n) && has_empty_slot(n);
}

void
rd_html_drop_empty_players(xmlNode *root)
{
    for (xmlNode *n = rd_html_next(root, root, true); n;) {
        if (n->type == XML_ELEMENT_NODE && is_empty_player(n)) {
            xmlNode *nx = rd_html_next(n, root, false);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        n = rd_html_next(n, root, true);
    }
}
