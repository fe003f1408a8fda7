/*
 * player.c - a video player's box that only the page's script fills.
 *
 * Sites set a player in the text, named for what it is ("video-player",
 * "mobile-player"), with an empty slot where the script puts the video,
 * and over it the words that sell the clip: a heading ("Popular Video")
 * and a line ("What this dog did next moved the whole town:"). Saved without the script, the slot
 * stays empty: the heading and the line point at a video that is not there, in the middle of the
 * story. The box goes when it has the teaser's whole shape:
 *
 * - it is named for a player, and a few short words are all it holds;
 * - those words are a heading (h2 to h6) and a line, with no paragraph,
 *   list, table, quotation, figure or h1: a podcast's summary, a
 *   caption, a line-up or a page's own headline is the article's;
 * - it holds no picture, video, frame, embed or link;
 * - an empty div in it is named for the video, the player or the embed:
 *   a clearfix, spacer or divider is in every kind of box.
 *
 * "player" alone names boxes about a team's players too ("players",
 * "player-bio", "multiplayer"); those hold paragraphs, lists or tables,
 * or no slot named so, and stay. A player that holds its video (an
 * iframe, a <video>) stays, and so does a caption set in a box of its own
 * beside the player.
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

/* A div under n named for the video ("article-mobile-video", "jw-player",
 * "player-embed") with neither words nor children: the slot the script
 * fills. */
static bool
has_empty_slot(xmlNode *n)
{
    static const char *const slot_pats[] = {"video", "player", "embed", NULL};
    char lc[256];
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true)) {
        if (e->type != XML_ELEMENT_NODE || !rd_html_is(e, "div"))
            continue;
        rd_html_class_id(e, lc, sizeof lc);
        if (!rd_html_match(lc, slot_pats))
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

/* The teaser's words: a heading and a line, with no block that carries
 * the article's own text (a paragraph, a list, a table, a quotation, a
 * figure) nor the page's headline. */
static bool
teaser_shape(xmlNode *n)
{
    static const char *const blocks[] = {"p",          "ul",  "ol",     "dl", "table",
                                         "blockquote", "pre", "figure", "h1", NULL};
    static const char *const heads[] = {"h2", "h3", "h4", "h5", "h6", NULL};
    bool heading = false;
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true)) {
        for (size_t i = 0; blocks[i]; i++)
            if (rd_html_is(e, blocks[i]))
                return false;
        for (size_t i = 0; heads[i] && !heading; i++)
            heading = rd_html_is(e, heads[i]);
    }
    return heading;
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
    return !holds_media_or_link(n) && teaser_shape(n) && has_empty_slot(n);
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
