/*
 * recipe_card.c - the recipe card a food blog's plugin sets in a post.
 *
 * The card (WP Recipe Maker, Tasty Recipes, Mediavine Create and others,
 * or schema.org microdata) holds what the reader came for: the
 * ingredients and the steps, under headings the plugin classes as its
 * "header"s ("wprm-recipe-header"). Readability's unlikely pattern
 * "header" takes those headings, so the lists ran on unlabelled; and the
 * card's buttons ("Print Recipe", "Pin Recipe"), its star rating ("5 from
 * 23 votes") and its call for a verdict ("Tried this recipe?") stayed in
 * the text. A card is an element named for a recipe that holds an
 * element named for ingredients and one named for the steps (by class,
 * id or itemprop). Inside it, its headings are kept and its buttons,
 * rating and call dropped; the button phrases are dropped anywhere
 * ("Jump to Recipe" under the headline).
 */
#include "html_int.h"

#include <string.h>
#include <strings.h>

/* Longest rating or call for a verdict; longer text is the card's own. */
#define CARD_CHROME_MAX 80

/* The element's class and id less the taxonomy a blog engine writes on
 * the post ("category-recipes", "tag-recipe", "post-123"): those name
 * what the post is filed under, not the element's part. */
static void
own_class_id(const xmlNode *n, char *out, size_t cap)
{
    static const char *const taxonomy[] = {"category-", "tag-",    "post-", "type-", "format-",
                                           "single-",   "postid-", "page-", NULL};
    char lc[512];
    rd_html_class_id(n, lc, sizeof lc);
    size_t o = 0;
    char *save = NULL;
    for (char *w = strtok_r(lc, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        bool skip = false;
        for (size_t i = 0; taxonomy[i] && !skip; i++)
            skip = !strncmp(w, taxonomy[i], strlen(taxonomy[i]));
        size_t l = strlen(w);
        if (skip || o + l + 2 > cap)
            continue;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, w, l);
        o += l;
    }
    out[o] = '\0';
}

static bool
named(const xmlNode *n, const char *const *pats)
{
    char lc[512];
    own_class_id(n, lc, sizeof lc);
    if (rd_html_match(lc, pats))
        return true;
    const char *ip = rd_html_attr(n, "itemprop");
    if (!ip)
        ip = rd_html_attr(n, "itemtype");
    if (!ip)
        return false;
    char low[256];
    size_t k = 0;
    for (; ip[k] && k + 1 < sizeof low; k++)
        low[k] = (char)((ip[k] >= 'A' && ip[k] <= 'Z') ? ip[k] + 32 : ip[k]);
    low[k] = '\0';
    return rd_html_match(low, pats);
}

static bool
inside(const xmlNode *n, const xmlNode *anc)
{
    for (; n; n = n->parent)
        if (n == anc)
            return true;
    return false;
}

static const char *const recipe_pats[] = {"recipe", NULL};
static const char *const ingredient_pats[] = {"ingredient", NULL};
static const char *const step_pats[] = {"instruction", "direction",   "method",
                                        "step",        "preparation", NULL};

/* Does n hold, below it, an element named by pats? */
static bool
holds_named(xmlNode *n, const char *const *pats)
{
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true))
        if (named(e, pats))
            return true;
    return false;
}

static bool
is_card(xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && named(n, recipe_pats) &&
           holds_named(n, ingredient_pats) && holds_named(n, step_pats);
}

bool
rd_html_in_recipe_card(const xmlNode *n)
{
    for (xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (is_card(p))
            return true;
    return false;
}

/* A button's whole text: "Print Recipe", "Pin", "Jump to Recipe". */
static bool
button_text(const char *t)
{
    static const char *const phrases[] = {"print recipe",
                                          "pin recipe",
                                          "save recipe",
                                          "jump to recipe",
                                          "rate this recipe",
                                          "rate recipe",
                                          "email recipe",
                                          "share recipe",
                                          "go to recipe",
                                          "skip to recipe",
                                          NULL};
    for (size_t i = 0; phrases[i]; i++)
        if (!strcasecmp(t, phrases[i]))
            return true;
    return false;
}

/* Inside a card, the bare buttons too ("Print", "Pin"). */
static bool
card_button_text(const char *t)
{
    static const char *const words[] = {"print", "pin", "save", "rate", "email", "share", NULL};
    for (size_t i = 0; words[i]; i++)
        if (!strcasecmp(t, words[i]))
            return true;
    return button_text(t);
}

/* A rating: short, named for it, no paragraph, its text stars or a
 * score ("5 from 23 votes", "4.8/5", "4 stars"). */
static bool
is_rating(rd_html_ctx *c, const xmlNode *n)
{
    static const char *const pats[] = {"rating", "stars", NULL};
    static const char *const scores[] = {" from ", "/",      " out of ", "star",
                                         "vote",   "review", "rating",   NULL};
    char lc[512];
    rd_html_class_id(n, lc, sizeof lc);
    if (rd_html_is(n, "p") || !rd_html_match(lc, pats) ||
        rd_html_text_len_max(n, CARD_CHROME_MAX + 1) > CARD_CHROME_MAX)
        return false;
    const char *t = rd_html_text_dup(c->scratch, n);
    if (strstr(t, "\xe2\x98\x85") || strstr(t, "\xe2\x98\x86"))
        return true;
    if (!strpbrk(t, "0123456789"))
        return false;
    for (size_t i = 0; scores[i]; i++)
        if (rd_html_has_ci(t, scores[i]))
            return true;
    return false;
}

/* "Tried this recipe? Let us know how it was!": the question to the
 * reader opens the box. */
static bool
is_verdict_call(rd_html_ctx *c, const xmlNode *n)
{
    static const char *const asks[] = {"tried this recipe?", "made this recipe?",
                                       "did you make this recipe?", NULL};
    if (!rd_html_is_block(n) || rd_html_text_len_max(n, CARD_CHROME_MAX + 1) > CARD_CHROME_MAX)
        return false;
    const char *t = rd_html_text_dup(c->scratch, n);
    for (size_t i = 0; asks[i]; i++)
        if (!strncasecmp(t, asks[i], strlen(asks[i])))
            return true;
    return false;
}

/* A text node beside a button holds no word: the button is not a link
 * inside a sentence ("you can <a>print the recipe</a> here"). */
static bool
wordless(const xmlNode *t)
{
    if (!t || t->type != XML_TEXT_NODE || !t->content)
        return true;
    for (const unsigned char *p = t->content; *p; p++)
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p >= 0x80)
            return false;
    return true;
}

/* A button: a link or button alone on its line or among buttons, whose
 * whole text is a recipe button's ("Print Recipe"; in a card the bare
 * verb too when the element is classed a button or for its verb). */
static bool
is_button(rd_html_ctx *c, const xmlNode *n, bool in_card)
{
    if (!rd_html_is(n, "a") && !rd_html_is(n, "button"))
        return false;
    if (rd_html_text_len_max(n, 21) > 20 || !wordless(n->prev) || !wordless(n->next))
        return false;
    const char *t = rd_html_text_dup(c->scratch, n);
    static const char *const pats[] = {"print", "pin",    "save", "rate", "email",
                                       "share", "button", "btn",  NULL};
    static const char *const targets[] = {"print", "recipe", "wprm",        "jump",
                                          "pin",   "save",   "javascript:", NULL};
    char lc[512];
    rd_html_class_id(n, lc, sizeof lc);
    bool button = rd_html_is(n, "button") || rd_html_match(lc, pats);
    /* (outside a card, a button by its element, class or target: a
       how-to's list of the buttons' names links elsewhere) */
    if (button_text(t)) {
        if (in_card || button)
            return true;
        const char *href = rd_html_attr(n, "href");
        for (size_t i = 0; href && targets[i]; i++)
            if (rd_html_has_ci(href, targets[i]))
                return true;
        return false;
    }
    return in_card && button && card_button_text(t);
}

/* A block of buttons and separators only ("Print | Share"). */
static bool
row_of_buttons(rd_html_ctx *c, xmlNode *b, bool in_card)
{
    for (xmlNode *k = b->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE ? !wordless(k)
                                     : k->type == XML_ELEMENT_NODE && !is_button(c, k, in_card) &&
                                           !(rd_html_is(k, "a") && !rd_html_has_text(k)))
            return false;
    }
    return true;
}

void
rd_html_drop_recipe_chrome(rd_html_ctx *c, xmlNode *root)
{
    xmlNode *card = NULL;
    for (xmlNode *n = rd_html_next(root, root, true); n;) {
        if (card && !inside(n, card))
            card = NULL;
        if (!card && n->type == XML_ELEMENT_NODE && named(n, recipe_pats) && is_card(n))
            card = n;
        bool gone = n->type == XML_ELEMENT_NODE &&
                    (is_button(c, n, card != NULL) ||
                     (card && n != card && (is_rating(c, n) || is_verdict_call(c, n))));
        if (gone) {
            /* (a row of buttons goes whole, its separators with it) */
            while (n->parent && n->parent != root && n->parent != card &&
                   rd_html_is_block(n->parent) && row_of_buttons(c, n->parent, card != NULL))
                n = n->parent;
            xmlNode *nx = rd_html_next(n, root, false);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        n = rd_html_next(n, root, true);
    }
}
