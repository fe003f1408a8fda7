/*
 * clean.c - removing what is never article content, before extraction, and
 * tidying the chosen container after it (Readability's prepDocument and
 * prepArticle, in our own code).
 *
 * Before: script, style, template, embedded objects, forms, every
 * element the page hides (hidden, aria-hidden, display:none,
 * visibility:hidden, text set off-screen for screen readers) and the small blocks boiler.c knows by name go; runs
 * of <br><br> become paragraphs so text written between line breaks is
 * scored like paragraphs. After: share widgets,
 * asides, footers and form controls go, headings with a negative class
 * weight go, and lists, tables and divs are removed "conditionally" when
 * their numbers (links, images, inputs, text length) say they are chrome;
 * last, boiler.c removes what those rules let through (tag lists, teaser
 * blocks, the dateline, photo credits).
 */
#include "html_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Substring patterns of Readability's class/id regular expressions; an
 * entry starting with '=' must be a whole class/id token. */
static const char *const negative_pats[] = {
    "-ad-", "hidden", "=hid", "banner", "combx", "comment", "com-", "contact", "footer",
    "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", NULL};
static const char *const positive_pats[] = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
    "post", "text", "blog", "story", NULL};

static bool
token_eq(const char *s, const char *tok)
{
    size_t n = strlen(tok);
    for (const char *p = s; (p = strstr(p, tok)) != NULL; p++) {
        bool start = p == s || p[-1] == ' ';
        bool end = p[n] == '\0' || p[n] == ' ';
        if (start && end)
            return true;
    }
    return false;
}

bool
rd_html_match(const char *lc, const char *const *pats)
{
    if (!lc[0])
        return false;
    for (size_t i = 0; pats[i]; i++) {
        if (pats[i][0] == '=' ? token_eq(lc, pats[i] + 1) : strstr(lc, pats[i]) != NULL)
            return true;
    }
    return false;
}

/* Phrases naming the absence of a sidebar ("-align-sidebar-to-none",
 * "no-sidebar") mark a layout without one, the article's wrapper; those
 * naming its presence ("with-sidebar-right", "has-sidebar") mark the
 * wrapper that holds the main column beside the sidebar, which is named
 * for itself inside it. They are cut out of a class string before it is
 * matched, so the rest of it still counts ("header-no-sidebar" is a
 * header, "sidebar sidebar-none-on-mobile" a sidebar). */
static const char *const with_sidebar_pats[] = {"with-sidebar", "has-sidebar", NULL};
static const char *const no_sidebar_pats[] = {"no-sidebar",      "nosidebar",       "sidebar-none",
                                              "sidebar-to-none", "without-sidebar", NULL};

/* True when the with-sidebar phrase at `at` (len chars) ends its class
 * word, or only a side or a plural follows it ("with-sidebar-right",
 * "has-sidebars"): the name of a layout. A word that runs on
 * ("article-with-sidebar__aside", "has-sidebar-widgets") names a part of
 * that layout, often the sidebar itself, and is left whole. */
static bool
layout_phrase_ends(const char *at, size_t len)
{
    static const char *const tails[] = {"", "-left", "-right", "-first", "-second", "s", NULL};
    const char *rest = at + len;
    size_t word = strcspn(rest, " \t\n");
    for (size_t i = 0; tails[i]; i++)
        if (word == strlen(tails[i]) && strncmp(rest, tails[i], word) == 0)
            return true;
    return false;
}

static void
cut_phrases(char *lc, const char *const *pats, bool whole_word)
{
    for (size_t i = 0; pats[i]; i++) {
        size_t len = strlen(pats[i]);
        for (char *at = strstr(lc, pats[i]); at; at = strstr(at + 1, pats[i]))
            if (!whole_word || layout_phrase_ends(at, len))
                memset(at, ' ', len);
    }
}

void
rd_html_cut_layout_phrases(char *lc)
{
    cut_phrases(lc, no_sidebar_pats, false);
    cut_phrases(lc, with_sidebar_pats, true);
}

/* A field whose label is hidden ("field--label-hidden", as Drupal
 * classes every field printed without its label: the body, a picture's
 * caption) is shown itself: its "hidden" names the label, and is cut out
 * before matching. "hidden", "is-hidden" or "label hidden" still weigh. */
static const char *const shown_field_pats[] = {"label-hidden", "label--hidden", NULL};

static int
weight_of(const char *v)
{
    if (!v || !v[0])
        return 0;
    char lc[512];
    size_t k = 0;
    for (; v[k] && k + 1 < sizeof(lc); k++)
        lc[k] = (char)tolower((unsigned char)v[k]);
    lc[k] = '\0';
    /* the wrapper of the main column and its sidebar is weighed as the
       main column's; the class of a page without one ("no-sidebars" on
       <body>) is weighed as Readability weighs it */
    cut_phrases(lc, with_sidebar_pats, true);
    cut_phrases(lc, shown_field_pats, false);
    int w = 0;
    if (rd_html_match(lc, negative_pats))
        w -= 25;
    if (rd_html_match(lc, positive_pats))
        w += 25;
    return w;
}

int
rd_html_class_weight(const xmlNode *n)
{
    char idw[512];
    rd_html_id_words(n, idw, sizeof(idw));
    return weight_of(rd_html_attr(n, "class")) + weight_of(idw);
}

double
rd_html_link_density(const xmlNode *n)
{
    size_t total = rd_html_text_len(n);
    if (!total)
        return 0;
    double links = 0;
    for (xmlNode *a = rd_html_next((xmlNode *)n, n, true); a; a = rd_html_next(a, n, true)) {
        if (!rd_html_is(a, "a"))
            continue;
        const char *href = rd_html_attr(a, "href");
        double coeff = href && href[0] == '#' ? 0.3 : 1.0;
        links += (double)rd_html_text_len(a) * coeff;
    }
    return links / (double)total;
}

static bool
style_hides(const char *style)
{
    char s[256];
    size_t k = 0;
    for (const char *p = style; *p && k + 1 < sizeof(s); p++)
        if (!isspace((unsigned char)*p))
            s[k++] = (char)tolower((unsigned char)*p);
    s[k] = '\0';
    return strstr(s, "display:none") || strstr(s, "visibility:hidden");
}

/* Text set off the screen for screen readers only ("Media caption",
 * "Image copyright", "Share this with Facebook"), by the class words that
 * say so. Sighted readers never see it, and it runs into the text beside
 * it ("Media captionMs Sturgeon"). Readability keeps "visually-hidden" and
 * "sr-only" text, and so does this: news sites put headings and labels
 * that belong to the text there. */
static bool
screen_reader_only(const xmlNode *n)
{
    static const char *const words[] = {"off-screen", "offscreen", "element-invisible", NULL};
    const char *cls = rd_html_attr(n, "class");
    if (!cls)
        return false;
    for (size_t i = 0; words[i]; i++) {
        size_t k = strlen(words[i]);
        for (const char *p = cls; (p = strstr(p, words[i])) != NULL; p++)
            if ((p == cls || isspace((unsigned char)p[-1])) &&
                (p[k] == '\0' || isspace((unsigned char)p[k])))
                return true;
    }
    return false;
}

/* Bootstrap's display utilities: "d-none d-print-block" is what a page
 * prints and no screen shows: a citation, a copyright notice for the
 * paper copy. "d-none" alone is no such mark: pages toggle it from their
 * scripts to open an expander, a tab, a spoiler or the whole page after a
 * preloader, so what it hides may be the article itself. */
static bool
print_only_class(const char *cls)
{
    bool none = false, print = false;
    for (const char *p = cls; *p;) {
        while (*p && isspace((unsigned char)*p))
            p++;
        const char *w = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
        size_t k = (size_t)(p - w);
        if (k == 6 && strncmp(w, "d-none", 6) == 0)
            none = true;
        else if (k > 8 && strncmp(w, "d-print-", 8) == 0 && strncmp(w + 8, "none", 4) != 0)
            print = true;
        static const char *const bps[] = {"d-sm-", "d-md-", "d-lg-", "d-xl-", "d-xxl-", NULL};
        for (size_t i = 0; bps[i]; i++) {
            size_t b = strlen(bps[i]);
            if (k > b && strncmp(w, bps[i], b) == 0 &&
                !(k - b == 4 && strncmp(w + b, "none", 4) == 0))
                return false;
        }
    }
    return none && print;
}

static bool
is_hidden(const xmlNode *n)
{
    const char *style = rd_html_attr(n, "style");
    if (style && style_hides(style))
        return true;
    if (rd_html_attr(n, "hidden"))
        return true;
    const char *aria = rd_html_attr(n, "aria-hidden");
    if (aria && strcmp(aria, "true") == 0) {
        const char *cls = rd_html_attr(n, "class");
        return !(cls && strstr(cls, "fallback-image"));
    }
    const char *cls = rd_html_attr(n, "class");
    if (cls && print_only_class(cls))
        return true;
    return screen_reader_only(n);
}

/* Elements that are never content, whatever the mode. */
static bool
never_content(const xmlNode *n)
{
    static const char *const names[] = {
        "script", "style", "template", "iframe", "object", "embed", "applet", "frame",
        "frameset", "link", "meta", "noscript", "input", "textarea", "select", "button",
        "canvas", "dialog", "portal", NULL};
    for (size_t i = 0; names[i]; i++)
        if (strcmp((const char *)n->name, names[i]) == 0)
            return true;
    return false;
}

static bool
is_ws_text(const xmlNode *n)
{
    if (n->type != XML_TEXT_NODE)
        return false;
    for (const char *p = (const char *)n->content; p && *p; p++)
        if (!isspace((unsigned char)*p))
            return false;
    return true;
}

static xmlNode *
next_element_sibling(xmlNode *n)
{
    n = n->next;
    while (n && is_ws_text(n))
        n = n->next;
    return n;
}

bool rd_html_phrasing(const xmlNode *n);

static bool phrasing_at(const xmlNode *n, int depth);

/* Inline ("phrasing") content: text and inline elements. */
bool
rd_html_phrasing(const xmlNode *n)
{
    return phrasing_at(n, 0);
}

static bool
phrasing_at(const xmlNode *n, int depth)
{
    static const char *const names[] = {
        "a", "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist",
        "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
        "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select",
        "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr", "u", "s",
        "strike", "del", "ins", "font", "big", "tt", "abbr", "acronym", "svg", NULL};
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        return true;
    if (n->type != XML_ELEMENT_NODE)
        return true;
    for (size_t i = 0; names[i]; i++)
        if (strcmp((const char *)n->name, names[i]) == 0) {
            /* a, del and ins are inline only when all they hold is. */
            if (!strcmp(names[i], "del") || !strcmp(names[i], "ins") || !strcmp(names[i], "a")) {
                if (depth > RD_HTML_MAX_DEPTH)
                    return false;
                for (const xmlNode *c = n->children; c; c = c->next)
                    if (!phrasing_at(c, depth + 1))
                        return false;
            }
            return true;
        }
    return false;
}

/* <br><br> runs become paragraph breaks (Readability's replaceBrs). */
static void
replace_brs(xmlDocPtr xd, xmlNode *root)
{
    rd_html_list brs = {0};
    rd_html_collect(root, "br", &brs);
    for (size_t i = 0; i < brs.n; i++) {
        xmlNode *br = brs.v[i];
        if (!br->parent)
            continue;
        bool replaced = false;
        xmlNode *nx = next_element_sibling(br);
        while (nx && rd_html_is(nx, "br")) {
            replaced = true;
            xmlNode *after = next_element_sibling(nx);
            /* later list entries point at nx: unlink now, free after the loop */
            xmlUnlinkNode(nx);
            nx = after;
        }
        if (!replaced)
            continue;
        xmlNode *p = xmlNewDocNode(xd, NULL, BAD_CAST "p", NULL);
        p->line = br->line;
        xmlReplaceNode(br, p);
        br->parent = NULL;
        xmlNode *s = p->next;
        while (s) {
            if (rd_html_is(s, "br")) {
                xmlNode *n2 = next_element_sibling(s);
                if (n2 && rd_html_is(n2, "br"))
                    break;
            }
            if (!rd_html_phrasing(s))
                break;
            xmlNode *sib = s->next;
            xmlUnlinkNode(s);
            xmlAddChild(p, s);
            s = sib;
        }
        while (p->last && is_ws_text(p->last)) {
            xmlNode *l = p->last;
            xmlUnlinkNode(l);
            xmlFreeNode(l);
        }
        if (p->parent && rd_html_is(p->parent, "p"))
            xmlNodeSetName(p->parent, BAD_CAST "div");
    }
    /* The unlinked <br> nodes are freed only now that the list is done. */
    for (size_t i = 0; i < brs.n; i++)
        if (!brs.v[i]->parent)
            xmlFreeNode(brs.v[i]);
    rd_html_list_free(&brs);
}

/* Is there a <math> in n, at most `levels` below it? */
static bool
holds_math(const xmlNode *n, int levels)
{
    if (rd_html_is(n, "math"))
        return true;
    if (levels == 0)
        return false;
    for (const xmlNode *k = n->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && holds_math(k, levels - 1))
            return true;
    return false;
}

/* Pages that show a formula as a picture keep its MathML beside it, hidden
 * from sight for screen readers (MediaWiki: a display:none span holding
 * the <math>, then the <img>). The MathML is the formula (math.c sets it
 * as text); the picture is a remote copy of it. So a hidden element
 * holding math stays, and an image beside such math goes. */
static bool
hidden_math(xmlNode *n)
{
    if (!holds_math(n, 2))
        return false;
    /* marked, so the text export leaves it out as a browser's text does */
    for (xmlNode *k = rd_html_next(n, n, true); k; k = rd_html_next(k, n, true))
        if (rd_html_is(k, "math"))
            xmlSetProp(k, BAD_CAST RD_HTML_HIDDEN_MATH, BAD_CAST "1");
    if (rd_html_is(n, "math"))
        xmlSetProp(n, BAD_CAST RD_HTML_HIDDEN_MATH, BAD_CAST "1");
    return true;
}

static bool
math_picture(const xmlNode *img)
{
    if (!rd_html_is(img, "img"))
        return false;
    for (const xmlNode *k = img->parent ? img->parent->children : NULL; k; k = k->next)
        if (k != img && k->type == XML_ELEMENT_NODE && holds_math(k, 2))
            return true;
    return false;
}

/* An href to an anchor of this page: "#main", or the page's own address
 * and the anchor (a saved page made its links absolute). */
static bool
same_page_anchor(const char *href, const char *self)
{
    if (!href)
        return false;
    if (href[0] == '#')
        return href[1] != '\0';
    size_t n = self ? strlen(self) : 0;
    while (n && self[n - 1] == '#')
        n--;
    return n && strncmp(href, self, n) == 0 && href[n] == '#' && href[n + 1];
}

/* The longest text of a skip link known by its words, and by its class. */
#define SKIP_TEXT_MAX 40
#define SKIP_CLASSED_TEXT_MAX 60

/* A class word that names a skip link: "skip-link" (and its spellings),
 * "skip-to" alone or "skip-to-content", "-main", "-text" (the target
 * named). "skip-to-time" on a podcast's chapter links, "skip-to-section"
 * on a table of contents, are links into the article. */
static bool
skip_link_class(const char *cls)
{
    static const char *const pats[] = {"skip-link", "skiplink", "skip_link", "=skip-to", NULL};
    static const char *const targets[] = {"skip-to-content", "skip-to-main", "skip-to-text", NULL};
    if (!cls)
        return false;
    char lc[256];
    size_t k = 0;
    lc[0] = ' ';
    for (k = 1; cls[k - 1] && k + 1 < sizeof(lc); k++)
        lc[k] = (char)tolower((unsigned char)cls[k - 1]);
    lc[k] = '\0';
    if (rd_html_match(lc + 1, pats))
        return true;
    for (size_t i = 0; targets[i]; i++)
        for (const char *at = strstr(lc, targets[i]); at; at = strstr(at + 1, targets[i]))
            if (at[-1] == ' ' || at[-1] == '\t' || at[-1] == '\n')
                return true;
    return false;
}

/* The text says to skip: "skip" as the text's first word or the first
 * after a sentence stop ("Skip Article Header. Skip to: ..."), then "to",
 * "article" or "navigation" ("Skip to: Start of Article", "Skip Article
 * Header"). Not "Skip the line", "Skipper's guide", "Skip: part two of
 * the story" (a heading's colon), nor "skip" inside a sentence ("Why
 * some wanted to skip to the vote"). */
static bool
says_skip(const char *t)
{
    static const char *const nexts[] = {"to", "article", "navigation", NULL};
    char lc[SKIP_CLASSED_TEXT_MAX * 4 + 1];
    size_t k = 0;
    for (; t[k] && k + 1 < sizeof(lc); k++)
        lc[k] = (char)tolower((unsigned char)t[k]);
    lc[k] = '\0';
    for (const char *at = strstr(lc, "skip"); at; at = strstr(at + 1, "skip")) {
        const char *b = at;
        while (b > lc && isspace((unsigned char)b[-1]))
            b--;
        if (b > lc && !(b[-1] == '.' && b < at))
            continue;
        const char *r = at + 4;
        if (isalnum((unsigned char)*r) || *r == '\'')
            continue;
        while (*r == ' ')
            r++;
        for (size_t i = 0; nexts[i]; i++) {
            size_t n = strlen(nexts[i]);
            if (strncmp(r, nexts[i], n) == 0 && !isalnum((unsigned char)r[n]))
                return true;
        }
    }
    return false;
}

/* Running text round a node: a word in a text node beside it, or in an
 * inline element beside it, at its level or at an inline parent's up to
 * the block that holds it ("If you only want the numbers, <a>skip to the
 * results</a>, where..."). Controls beside it (a menu button) are no
 * text, nor are other links to anchors of this page: two skip links
 * side by side stand alone. */
static bool
in_running_text(const xmlNode *n, const char *self)
{
    for (const xmlNode *x = n; x && x->parent; x = x->parent) {
        for (const xmlNode *s = x->parent->children; s; s = s->next) {
            if (s == x)
                continue;
            bool text = s->type == XML_TEXT_NODE || s->type == XML_CDATA_SECTION_NODE;
            bool inl = s->type == XML_ELEMENT_NODE && rd_html_phrasing(s) &&
                       !rd_html_is(s, "button") && !rd_html_is(s, "script") &&
                       !rd_html_is(s, "noscript") && !rd_html_is(s, "svg");
            if (inl && rd_html_is(s, "a") && same_page_anchor(rd_html_attr(s, "href"), self))
                continue;
            if ((text || inl) && rd_html_text_len_max(s, 1) > 0)
                return true;
        }
        if (x->parent->type != XML_ELEMENT_NODE || !rd_html_phrasing(x->parent))
            break;
    }
    return false;
}

/* An accessibility skip link: a link to an anchor of the same page whose
 * text says to jump past the menus ("Skip to content", "Zum Inhalt
 * springen", "Aller au contenu"), or whose class names it one
 * ("skip-link", "skip-to-text-link") and whose text says to skip ("Skip
 * Article Header. Skip to: Start of Article.", "Go Back to Top. Skip
 * To: Start of Article."). Themes hide it off screen; it is no part of
 * any article. A link so classed that says something else ("Continue
 * reading the main story" past an inset) stays, as in Readability. The
 * classed link, and one the saved page made absolute, must stand alone:
 * in a sentence ("..., skip to the results, where ...") it is the
 * article's own. */
static bool
is_skip_link(arena *a, const xmlNode *n, const char *self)
{
    static const char *const leads[] = {
        "skip to ",          "skip navigation",    "jump to content",     "jump to main",
        "zum inhalt",        "direkt zum inhalt",  "springe zum",         "aller au contenu",
        "passer au contenu", "aller au menu",      "saltar al contenido", "ir al contenido",
        "vai al contenuto",  "salta al contenuto", "naar inhoud",         NULL};
    if (!rd_html_is(n, "a"))
        return false;
    const char *href = rd_html_attr(n, "href");
    if (!same_page_anchor(href, self))
        return false;
    size_t len = rd_html_text_len_max(n, SKIP_CLASSED_TEXT_MAX + 1);
    if (!len || len > SKIP_CLASSED_TEXT_MAX)
        return false;
    const char *t = rd_html_text_dup(a, n);
    if (skip_link_class(rd_html_attr(n, "class")) && says_skip(t) && !in_running_text(n, self))
        return true;
    if (len > SKIP_TEXT_MAX || (href[0] != '#' && in_running_text(n, self)))
        return false;
    for (size_t i = 0; leads[i]; i++)
        if (strncasecmp(t, leads[i], strlen(leads[i])) == 0)
            return true;
    return false;
}

/* The page's own address, as its <link rel=canonical> gives it (in the
 * head, outside the body being prepared). */
static const char *
canonical_href(xmlNode *body)
{
    xmlNode *root = body && body->doc ? xmlDocGetRootElement(body->doc) : NULL;
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        const char *rel = rd_html_is(n, "link") ? rd_html_attr(n, "rel") : NULL;
        if (rel && strcasecmp(rel, "canonical") == 0)
            return rd_html_attr(n, "href");
        if (rd_html_is(n, "body"))
            break;
    }
    return NULL;
}

/* The permalink a documentation generator puts in each heading (Sphinx's
 * "¶", MkDocs' and GitHub's "#", "§", "🔗"): a link to the heading's own
 * anchor whose text is a mark, no word. It would print after every
 * heading of the book. */
static bool
is_heading_permalink(const xmlNode *n)
{
    if (!rd_html_is(n, "a"))
        return false;
    const char *href = rd_html_attr(n, "href");
    if (!href || href[0] != '#')
        return false;
    bool in_heading = false;
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE && !in_heading;
         p = p->parent) {
        const char *nm = (const char *)p->name;
        in_heading = (nm[0] == 'h' && nm[1] >= '1' && nm[1] <= '6' && !nm[2]) ||
                     strcmp(nm, "dt") == 0;
    }
    if (!in_heading)
        return false;
    /* its text one mark: "¶", "#", "§", "🔗", "⚓" */
    static const char *const marks[] = {"\xc2\xb6", "#", "\xc2\xa7", "\xf0\x9f\x94\x97",
                                        "\xe2\x9a\x93", NULL};
    xmlChar *t = xmlNodeGetContent(n);
    bool known = false;
    if (t) {
        const char *sq = (const char *)t;
        while (isspace((unsigned char)*sq))
            sq++;
        size_t k = strlen(sq);
        while (k && isspace((unsigned char)sq[k - 1]))
            k--;
        for (size_t i = 0; marks[i] && !known; i++)
            known = k == strlen(marks[i]) && strncmp(sq, marks[i], k) == 0;
    }
    xmlFree(t);
    return known;
}

/* A printed book's page number the page keeps in the text ("[Pg 12]" in
 * a span marked "pagenum", as Project Gutenberg's and Wikisource's books
 * set them): a number of the printed pages, not the text's words. */
static bool
page_number(xmlNode *n)
{
    static const char *const marks[] = {"pagenum",     "pageno",     "page-num",
                                        "page-number", "pagenumber", NULL};
    bool marked = false;
    for (size_t i = 0; marks[i] && !marked; i++)
        marked = rd_html_has_class(n, marks[i]);
    return marked && rd_html_text_len(n) <= 24;
}

static void
drop_text(xmlNode *n)
{
    xmlNode *next;
    for (xmlNode *k = n->children; k; k = next) {
        next = k->next;
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE)
            rd_html_remove(k);
        else if (k->type == XML_ELEMENT_NODE)
            drop_text(k); /* (an anchor inside keeps its name) */
    }
}

void
rd_html_prepare(rd_html_ctx *c, xmlNode *root)
{
    const char *self = canonical_href(root);
    xmlNode *n = rd_html_next(root, root, true);
    while (n) {
        if (never_content(n) || (is_hidden(n) && !hidden_math(n)) || math_picture(n) ||
            n->type != XML_ELEMENT_NODE || is_heading_permalink(n) ||
            is_skip_link(c->scratch, n, self)) {
            rd_html_mark_task(n); /* its box is its item's marker */
            xmlNode *nx = rd_html_next(n, root, false);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        if (rd_html_is(n, "font"))
            xmlNodeSetName(n, BAD_CAST "span");
        if (page_number(n))
            drop_text(n);
        n = rd_html_next(n, root, true);
    }
    rd_html_drop_marked(root);
    rd_html_drop_recipe_chrome(c, root);
    rd_html_drop_empty_players(root);
    rd_html_drop_signup_boxes(c, root);
    replace_brs(root->doc, root);
}

/* ---- after extraction ---- */

static bool
has_ancestor(const xmlNode *n, const char *name, int max)
{
    int d = 0;
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (max > 0 && ++d > max)
            return false;
        if (rd_html_is(p, name))
            return true;
    }
    return false;
}

static size_t
count_tag(xmlNode *root, const char *name)
{
    size_t k = 0;
    for (xmlNode *n = rd_html_next(root, root, true); n; n = rd_html_next(n, root, true))
        if (rd_html_is(n, name))
            k++;
    return k;
}

/* Readability's data-table test: tables for layout are not data. */
bool rd_html_is_data_table(xmlNode *t);

bool
rd_html_is_data_table(xmlNode *t)
{
    const char *role = rd_html_attr(t, "role");
    if (role && !strcmp(role, "presentation"))
        return false;
    const char *dt = rd_html_attr(t, "datatable");
    if (dt && !strcmp(dt, "0"))
        return false;
    if (rd_html_attr(t, "summary"))
        return true;
    size_t rows = 0, cols = 0;
    for (xmlNode *n = rd_html_next(t, t, true); n; n = rd_html_next(n, t, true)) {
        if (rd_html_is(n, "caption") && n->children)
            return true;
        if (rd_html_is(n, "col") || rd_html_is(n, "colgroup") || rd_html_is(n, "tfoot") ||
            rd_html_is(n, "thead") || rd_html_is(n, "th"))
            return true;
        if (rd_html_is(n, "table"))
            return false;
        if (rd_html_is(n, "tr")) {
            rows++;
            size_t k = 0;
            for (xmlNode *c = n->children; c; c = c->next)
                if (rd_html_is(c, "td")) {
                    const char *cs = rd_html_attr(c, "colspan");
                    long span = cs ? strtol(cs, NULL, 10) : 1;
                    k += span > 0 && span < 1000 ? (size_t)span : 1;
                }
            if (k > cols)
                cols = k;
        }
    }
    if (rows == 1 || cols == 1)
        return false;
    if (rows >= 10 || cols > 4)
        return true;
    return rows * cols > 10;
}

static bool
in_data_table(xmlNode *n)
{
    for (xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (rd_html_is(p, "table") && rd_html_is_data_table(p))
            return true;
    return false;
}

/* The one element under n holding all its text when that is a wrapper
 * (a div, a span), else NULL. */
static xmlNode *
sole_wrapper(xmlNode *n)
{
    xmlNode *only = NULL;
    for (xmlNode *ch = n->children; ch; ch = ch->next) {
        if (ch->type == XML_TEXT_NODE && !is_ws_text(ch))
            return NULL;
        if (ch->type != XML_ELEMENT_NODE || rd_html_text_len(ch) == 0)
            continue;
        if (only)
            return NULL;
        only = ch;
    }
    return only && (rd_html_is(only, "div") || rd_html_is(only, "span")) ? only : NULL;
}

/* An embedded post (a tweet, a toot) is a blockquote of someone's words,
 * whose links are the @names and short links in it and the date under
 * its credit line ("— Jane Roe (@janeroe) April 15, 2019"): quoted words,
 * not a box of links. A block holding that quote alone (and empty
 * paragraphs) is not taken for its links when half the quote's text or
 * more lies outside them. */
static bool
quoted_post(xmlNode *n)
{
    /* the post may sit in a wrapper or two ("<div class=embed><div>
       <blockquote>"): the box is the quote all the same */
    for (xmlNode *w = sole_wrapper(n); w; w = sole_wrapper(n))
        n = w;
    xmlNode *q = NULL;
    for (xmlNode *ch = n->children; ch; ch = ch->next) {
        if (ch->type == XML_TEXT_NODE) {
            if (!is_ws_text(ch))
                return false;
        } else if (ch->type == XML_ELEMENT_NODE) {
            if (rd_html_is(ch, "blockquote") && !q)
                q = ch;
            else if (rd_html_text_len(ch) > 0)
                return false;
        }
    }
    if (!q)
        return false;
    size_t all = rd_html_text_len(q), linked = 0;
    for (xmlNode *e = rd_html_next(q, q, true); e; e = rd_html_next(e, q, true))
        if (rd_html_is(e, "a"))
            linked += rd_html_text_len(e);
    return all >= 40 && (all - linked) * 2 >= all;
}

/* A picture's credit is often a link set in parentheses at the end of its
 * caption ("Propaganda looked cooler in 1952. (<a>Public domain</a>)").
 * Returns whether link a sits inside an open parenthesis of the text
 * before it, closed right after it. */
static bool
parenthesised_link(xmlNode *a)
{
    int open = 0;
    for (xmlNode *s = a->parent ? a->parent->children : NULL; s && s != a; s = s->next) {
        xmlChar *t = xmlNodeGetContent(s);
        for (const char *q = t ? (const char *)t : ""; *q; q++)
            open += *q == '(' ? 1 : *q == ')' ? -1 : 0;
        xmlFree(t);
    }
    if (open <= 0)
        return false;
    xmlNode *nx = a->next;
    if (!nx || nx->type != XML_TEXT_NODE || !nx->content)
        return false;
    const char *q = (const char *)nx->content;
    while (*q == ' ' || *q == '\t' || *q == '\n')
        q++;
    return *q == ')';
}

/* One picture and its caption (one paragraph at most, the loose text
 * wrapped), the caption's only links crediting the
 * picture's source in parentheses: a captioned picture, not a box of
 * links, however short the caption makes the credit's share. */
static bool
captioned_picture(xmlNode *n, size_t img, size_t p, double links, size_t len)
{
    /* a link asking the reader to act ("Sign up free") is a promotion's,
       not a credit: its first word says so */
    static const char *const calls[] = {
        "sign", "subscribe", "download", "buy", "shop", "order", "register", "join",
        "read", "learn",     "click",    "get", "try",  "watch", "listen",   NULL};
    if (img != 1 || p > 1 || links * 2 >= (double)len)
        return false;
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true)) {
        if (!rd_html_is(e, "a"))
            continue;
        if (!parenthesised_link(e))
            return false;
        xmlChar *t = xmlNodeGetContent(e);
        const char *w = t ? (const char *)t : "";
        while (*w == ' ' || *w == '\n' || *w == '\t')
            w++;
        bool call = false;
        for (size_t i = 0; calls[i] && !call; i++) {
            size_t k = strlen(calls[i]);
            call = !strncasecmp(w, calls[i], k) && !isalpha((unsigned char)w[k]);
        }
        xmlFree(t);
        if (call)
            return false;
    }
    return true;
}

/* A code listing set in a box the page classes as a side box ("<table
 * class=sidebartable><pre>...</pre><td>Listing 1</td>"): preformatted
 * text is the most of it and it links nowhere. A site's chrome holds no
 * program text; the listing is the article's. A reader's comment may
 * hold code too, and stays a comment. */
bool
rd_html_code_listing(xmlNode *n)
{
    static const char *const talk[] = {"comment", "disqus", "replies", "reply", NULL};
    char lc[512];
    rd_html_class_id(n, lc, sizeof(lc));
    if (rd_html_match(lc, talk))
        return false;
    size_t pre = 0;
    for (xmlNode *d = rd_html_next(n, n, true); d;) {
        bool is_pre = rd_html_is(d, "pre");
        if (is_pre)
            pre += rd_html_text_len(d);
        d = rd_html_next(d, n, !is_pre);
    }
    return pre >= 40 && pre * 2 >= rd_html_text_len(n) && rd_html_link_density(n) < 0.1;
}

static void
clean_conditionally(rd_html_ctx *c, xmlNode *root, const char *tag)
{
    if (!(c->flags & RD_HTML_F_CLEAN_COND))
        return;
    rd_html_list l = {0};
    rd_html_collect(root, tag, &l);
    /* The cleaning takes boxes out of the article, not the article: a
     * block holding nearly all of its text (a link roundup's post, whose
     * list of links makes it look like a menu) stays. */
    size_t whole = rd_html_text_len(root);
    for (size_t i = l.n; i-- > 0;) {
        xmlNode *n = l.v[i];
        if (whole && rd_html_text_len(n) * 10 >= whole * 9)
            continue;
        bool is_list = !strcmp(tag, "ul") || !strcmp(tag, "ol");
        if (!strcmp(tag, "table") && rd_html_is_data_table(n))
            continue;
        if (in_data_table(n) || has_ancestor(n, "code", 0) || has_ancestor(n, "pre", 0))
            continue;
        if (rd_html_code_listing(n))
            continue;
        int weight = (c->flags & RD_HTML_F_WEIGHT_CLASSES) ? rd_html_class_weight(n) : 0;
        if (weight < 0) {
            rd_html_remove(n);
            continue;
        }
        size_t commas;
        size_t content_len = rd_html_text_stats(n, &commas);
        if (commas >= 10)
            continue;
        if (!is_list) {
            size_t list_len = 0;
            for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true))
                if (rd_html_is(e, "ul") || rd_html_is(e, "ol")) {
                    list_len += rd_html_text_len(e);
                }
            is_list = content_len && (double)list_len / (double)content_len > 0.9;
        }
        /* One walk for every count the rules need. */
        size_t p = 0, img = 0, lis = 0, input = 0, embeds = 0, head_len = 0;
        double links = 0;
        for (xmlNode *e = rd_html_next(n, n, true); e;) {
            const char *nm = (const char *)e->name;
            switch (nm[0]) {
            case 'p': p += nm[1] == '\0'; break;
            case 'i':
                img += !strcmp(nm, "img");
                input += !strcmp(nm, "input");
                embeds += !strcmp(nm, "iframe");
                break;
            case 'l': lis += !strcmp(nm, "li"); break;
            case 'o': embeds += !strcmp(nm, "object"); break;
            case 'e': embeds += !strcmp(nm, "embed"); break;
            case 'h':
                if (nm[1] >= '1' && nm[1] <= '6' && !nm[2])
                    head_len += rd_html_text_len(e);
                break;
            case 'a':
                if (!nm[1]) {
                    const char *href = rd_html_attr(e, "href");
                    links += (double)rd_html_text_len(e) * (href && href[0] == '#' ? 0.3 : 1.0);
                }
                break;
            default: break;
            }
            e = rd_html_next(e, n, true);
        }
        long li = (long)lis - 100;
        double hd = content_len ? (double)head_len / (double)content_len : 0;
        double ld = content_len ? links / (double)content_len : 0;
        bool fig = has_ancestor(n, "figure", 0);
        bool remove = false;
        if (img > 1 && (double)p / (double)img < 0.5 && !fig)
            remove = true;
        else if (!is_list && li > (long)p)
            remove = true;
        else if (input > p / 3)
            remove = true;
        else if (!is_list && hd < 0.9 && content_len < 25 && (img == 0 || img > 2) && !fig)
            remove = true;
        else if (!is_list && weight < 25 && ld > 0.2 && !quoted_post(n) &&
                 !captioned_picture(n, img, p, links, content_len))
            remove = true;
        else if (weight >= 25 && ld > 0.5)
            remove = true;
        else if ((embeds == 1 && content_len < 75) || embeds > 1)
            remove = true;
        /* A list of images alone (a gallery) stays. */
        if (remove && is_list) {
            bool all_img = true;
            size_t items = 0;
            for (xmlNode *e = n->children; e; e = e->next) {
                if (e->type != XML_ELEMENT_NODE)
                    continue;
                items++;
                if (count_tag(e, "img") != 1 || rd_html_text_len(e) > 0)
                    all_img = false;
            }
            if (items && all_img && img == items)
                remove = false;
        }
        if (remove)
            rd_html_remove(n);
    }
    rd_html_list_free(&l);
}

static void
remove_tag(xmlNode *root, const char *tag)
{
    rd_html_list l = {0};
    rd_html_collect(root, tag, &l);
    for (size_t i = l.n; i-- > 0;)
        rd_html_remove(l.v[i]);
    rd_html_list_free(&l);
}

#define INSET_CAPTION_MAX 400
/* a caption's sentence this long found in the text is a pull quote */
#define PULL_QUOTE_WORDS_MIN 6

static const char *const picture_words[] = {"image",  "images",  "img",      "photo",
                                            "photos", "picture", "pictures", "figure",
                                            "inset",  "media",   NULL};
/* an advertisement's box names itself so beside the picture ("image-ad") */
static const char *const ad_words[] = {
    "ad",      "ads",      "advert",    "adverts", "advertisement", "advertising",
    "sponsor", "sponsors", "sponsored", "promo",   "promoted",      "promotion",
    "partner", "partners", "paid",      NULL};

/* Is a word of n's class or id (parted at anything not a letter:
 * "inset-image", "photo_ad"; "shadow" is one word) one of words? */
static bool
class_word(const xmlNode *n, const char *const *words)
{
    const char *attrs[2] = {rd_html_attr(n, "class"), rd_html_attr(n, "id")};
    for (int k = 0; k < 2; k++) {
        for (const char *p = attrs[k]; p && *p;) {
            while (*p && !isalpha((unsigned char)*p))
                p++;
            size_t l = 0;
            while (isalpha((unsigned char)p[l]))
                l++;
            for (size_t i = 0; l && words[i]; i++)
                if (strlen(words[i]) == l && strncasecmp(p, words[i], l) == 0)
                    return true;
            p += l;
        }
    }
    return false;
}

/* Do the aside's or the figure's class or id name a picture ("inset-
 * image", "photo", "media"), and neither an advertisement ("image-ad",
 * "photo sponsored")? */
static bool
names_picture(const xmlNode *aside, const xmlNode *fig)
{
    return (class_word(aside, picture_words) || class_word(fig, picture_words)) &&
           !class_word(aside, ad_words) && !class_word(fig, ad_words);
}

/* s's words, lower case, one space between: punctuation (ASCII, and
 * quotes and dashes in UTF-8) only parts them. */
static char *
plain_words(arena *a, const char *s, size_t len)
{
    char *o = arena_alloc(a, len + 1);
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        /* U+2000..U+203F (E2 80 xx: quotes, dashes, ellipsis) part words */
        bool punct = ch == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80;
        if (punct) {
            i += 2;
            if (k && o[k - 1] != ' ')
                o[k++] = ' ';
        } else if (isalnum(ch) || ch >= 0x80)
            o[k++] = (char)tolower(ch);
        else if (k && o[k - 1] != ' ')
            o[k++] = ' ';
    }
    while (k && o[k - 1] == ' ')
        k--;
    o[k] = '\0';
    return o;
}

/* Is p inside an aside or a caption (the caption's own paragraph, or
 * another inset's): no sentence of the text? */
static bool
in_caption_box(const xmlNode *p, const xmlNode *art)
{
    for (const xmlNode *up = p->parent; up && up != art; up = up->parent)
        if (rd_html_is(up, "aside") || rd_html_is(up, "figcaption"))
            return true;
    return false;
}

/* Is the caption a label and no caption ("Advertisement"), or does one of
 * its sentences repeat the text's words (a pull quote set with a
 * picture)? Sentences are compared by their words, without the quotes. */
static bool
caption_not_own(arena *a, const xmlNode *cap, xmlNode *art)
{
    static const char *const labels[] = {
        "advertisement",     "advert",   "ad",           "sponsored",
        "sponsored content", "promoted", "paid content", "partner content",
        "paid post",         NULL};
    const char *t = rd_html_text_dup(a, cap);
    const char *all = plain_words(a, t, strlen(t));
    /* the label alone, or leading ("Advertisement · Story continues
       below", "Sponsored by ...") */
    for (size_t i = 0; labels[i]; i++) {
        size_t ll = strlen(labels[i]);
        if (strncmp(all, labels[i], ll) == 0 && (all[ll] == '\0' || all[ll] == ' '))
            return true;
    }
    rd_html_list ps = {0};
    rd_html_collect(art, "p", &ps);
    bool repeats = false;
    for (const char *p = t; *p && !repeats;) {
        size_t l = strcspn(p, ".!?");
        const char *sent = plain_words(a, p, l);
        if (rd_html_word_count(sent) >= PULL_QUOTE_WORDS_MIN)
            for (size_t i = 0; i < ps.n && !repeats; i++) {
                if (in_caption_box(ps.v[i], art))
                    continue;
                const char *pt = rd_html_text_dup(a, ps.v[i]);
                repeats = strstr(plain_words(a, pt, strlen(pt)), sent) != NULL;
            }
        p += l + (p[l] != '\0');
    }
    rd_html_list_free(&ps);
    return repeats;
}

/* "<aside class=inset-image><figure><img ...><figcaption>The director on
 * the set</figcaption></figure></aside>": a template that sets the
 * story's pictures in the margin wraps each in an <aside> its class or id
 * names for a picture. The aside holds that one figure and nothing else,
 * its picture and a caption of a sentence or two of its own, and no
 * link: a box of the site's (related stories, a promotion) links
 * somewhere, an advertisement's caption is its label, and a pull quote's
 * repeats the text. Returns the figure, or NULL. */
static xmlNode *
inset_figure(arena *a, xmlNode *aside, xmlNode *art)
{
    xmlNode *fig = NULL;
    for (xmlNode *k = aside->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE && rd_html_blank_text(k))
            continue;
        if (fig || !rd_html_is(k, "figure"))
            return NULL;
        fig = k;
    }
    if (!fig || !names_picture(aside, fig) ||
        rd_html_text_len_max(fig, INSET_CAPTION_MAX + 1) > INSET_CAPTION_MAX)
        return NULL;
    bool img = false;
    const xmlNode *caption = NULL;
    for (xmlNode *e = rd_html_next(fig, fig, true); e; e = rd_html_next(e, fig, true)) {
        if (rd_html_is(e, "a"))
            return NULL;
        img = img || rd_html_is(e, "img");
        if (!caption && rd_html_is(e, "figcaption") && rd_html_has_text(e))
            caption = e;
    }
    if (!img || !caption || caption_not_own(a, caption, art))
        return NULL;
    return fig;
}

/* A pull quote: a quotation the page classes so ("wp-block-pullquote",
 * "pull-quote", "pullquote"), a blockquote or a box holding one, whose
 * words repeat sentences of the text in large type to catch the eye.
 * It would print them twice. A sentence of four words counts ("Better a
 * bridge than nothing."): the class says what it is. The quote goes
 * when such repeats make most of its words; one that adds words of its
 * own (a verse whose first line the text quotes) stays, and so does a
 * quotation set large in its own right, or a blockquote classed
 * otherwise. */
#define PULL_QUOTE_CLASSED_WORDS_MIN 4
#define PULL_QUOTE_REPEAT_PCT 60
/* Each sentence of a quote is looked up in the whole text: a quote of
 * more words than a pull quote sets large, or quotes past the first
 * PULL_QUOTES_CHECKED_MAX of a page, are not weighed, so that a long
 * page of quotations takes time linear in its size. */
#define PULL_QUOTE_WORDS_MAX 80
#define PULL_QUOTES_CHECKED_MAX 32

static bool
inside(const xmlNode *n, const xmlNode *box)
{
    for (; box && n; n = n->parent)
        if (n == box)
            return true;
    return false;
}

/* The quotation of a box classed as a pull quote, or NULL. */
static xmlNode *
pull_quote_of(xmlNode *n)
{
    static const char *const pats[] = {"pullquote", "pull-quote", "pull_quote", NULL};
    char lc[512];
    rd_html_class_id(n, lc, sizeof(lc));
    if (!rd_html_match(lc, pats))
        return NULL;
    xmlNode *q = n;
    while (q && !rd_html_is(q, "blockquote"))
        q = rd_html_next(q, n, true);
    return q;
}

/* Where the sentence at s ends: at '.', '!' or '?', but not at the
 * point of a short capitalised word ("Mr.", "Dr.", "U.S."). */
static size_t
sentence_len(const char *s)
{
    size_t i = 0;
    for (;;) {
        i += strcspn(s + i, ".!?");
        if (s[i] != '.')
            return i;
        size_t w = i;
        while (w && isalpha((unsigned char)s[w - 1]))
            w--;
        if (i - w == 0 || i - w > 3 || !isupper((unsigned char)s[w]))
            return i;
        i++;
    }
}

typedef struct {
    char *v;
    size_t n, cap;
} wordbuf;

static void
wordbuf_add(wordbuf *b, const char *s)
{
    size_t l = strlen(s);
    /* ' ', the words, ' ', '\n' and the closing '\0' */
    if (b->n + l + 4 > b->cap) {
        b->cap = (b->n + l + 4) * 2;
        b->v = realloc(b->v, b->cap);
        if (!b->v)
            abort();
    }
    /* " words \n": a sentence padded with spaces matches whole words of
       one paragraph only */
    b->v[b->n++] = ' ';
    memcpy(b->v + b->n, s, l);
    b->n += l;
    b->v[b->n++] = ' ';
    b->v[b->n++] = '\n';
    b->v[b->n] = '\0';
}

/* The text's words, paragraph by paragraph (and list item), once for
 * all the quotes: not those of a caption or an aside, nor those of a
 * pull quote (its desktop and mobile copies repeat nothing of the
 * text). */
static void
text_words(arena *a, xmlNode *art, const rd_html_list *quotes, wordbuf *out)
{
    static const char *const tags[] = {"p", "li", NULL};
    for (size_t t = 0; tags[t]; t++) {
        rd_html_list ps = {0};
        rd_html_collect(art, tags[t], &ps);
        for (size_t i = 0; i < ps.n; i++) {
            bool skip = in_caption_box(ps.v[i], art);
            for (size_t k = 0; k < quotes->n && !skip; k++)
                skip = inside(ps.v[i], quotes->v[k]);
            if (skip)
                continue;
            const char *pt = rd_html_text_dup(a, ps.v[i]);
            wordbuf_add(out, plain_words(a, pt, strlen(pt)));
        }
        rd_html_list_free(&ps);
    }
}

/* The words of the quote's sentences, as count_repeats weighs them. */
static size_t
quote_words(arena *a, const char *t)
{
    size_t words = 0;
    for (const char *p = t; *p;) {
        size_t l = sentence_len(p);
        words += rd_html_word_count(plain_words(a, p, l));
        p += l + (p[l] != '\0');
    }
    return words;
}

/* Adds up the words of t's sentences found in the text (*repeated) and
 * not (*missed). Each look-up scans the whole text, so it stops, false,
 * once the quote's total words can no longer be PULL_QUOTE_REPEAT_PCT
 * repeats. */
static bool
count_repeats(arena *a, const char *t, const char *text, size_t total, size_t *repeated,
              size_t *missed)
{
    for (const char *p = t; *p;) {
        size_t l = sentence_len(p);
        const char *sent = plain_words(a, p, l);
        size_t w = rd_html_word_count(sent);
        bool found = false;
        if (w >= PULL_QUOTE_CLASSED_WORDS_MIN) {
            size_t sl = strlen(sent);
            char *pad = arena_alloc(a, sl + 3);
            pad[0] = ' ';
            memcpy(pad + 1, sent, sl);
            pad[sl + 1] = ' ';
            pad[sl + 2] = '\0';
            found = strstr(text, pad) != NULL;
        }
        if (found)
            *repeated += w;
        else
            *missed += w;
        if ((total - *missed) * 100 < total * PULL_QUOTE_REPEAT_PCT)
            return false;
        p += l + (p[l] != '\0');
    }
    return true;
}

static void
remove_pull_quotes(rd_html_ctx *c, xmlNode *art)
{
    rd_html_list boxes = {0}, quotes = {0};
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        xmlNode *q = pull_quote_of(n);
        if (q) {
            rd_html_list_push(&boxes, n);
            rd_html_list_push(&quotes, q);
            n = rd_html_next(n, art, false);
            continue;
        }
        n = rd_html_next(n, art, true);
    }
    wordbuf text = {0};
    if (boxes.n)
        text_words(c->scratch, art, &boxes, &text);
    rd_html_list gone = {0};
    size_t checked = 0;
    for (size_t i = 0; i < boxes.n && text.v && checked < PULL_QUOTES_CHECKED_MAX; i++) {
        /* the quote's words, less its credit line */
        rd_html_list ps = {0};
        rd_html_collect(quotes.v[i], "p", &ps);
        if (!ps.n)
            rd_html_list_push(&ps, quotes.v[i]);
        const char **ts = arena_alloc(c->scratch, ps.n * sizeof *ts);
        size_t total = 0;
        for (size_t k = 0; k < ps.n && total <= PULL_QUOTE_WORDS_MAX; k++) {
            ts[k] = rd_html_text_dup(c->scratch, ps.v[k]);
            total += quote_words(c->scratch, ts[k]);
        }
        if (total && total <= PULL_QUOTE_WORDS_MAX) {
            checked++;
            size_t repeated = 0, missed = 0;
            bool can = true;
            for (size_t k = 0; k < ps.n && can; k++)
                can = count_repeats(c->scratch, ts[k], text.v, total, &repeated, &missed);
            if (can && repeated * 100 >= total * PULL_QUOTE_REPEAT_PCT)
                rd_html_list_push(&gone, boxes.v[i]);
        }
        rd_html_list_free(&ps);
    }
    free(text.v);
    for (size_t i = 0; i < gone.n; i++)
        rd_html_remove(gone.v[i]);
    rd_html_list_free(&gone);
    rd_html_list_free(&boxes);
    rd_html_list_free(&quotes);
}

/* The element with text after or before n among its siblings, passing
 * over the asides that hold a story's picture (figs[i] set: two in a row), or NULL. */
static const xmlNode *
text_sibling(const xmlNode *n, bool after, const rd_html_list *asides, xmlNode *const *figs)
{
    for (const xmlNode *s = after ? n->next : n->prev; s; s = after ? s->next : s->prev) {
        if (s->type != XML_ELEMENT_NODE || !rd_html_has_text(s))
            continue;
        bool inset = false;
        for (size_t i = 0; i < asides->n && !inset; i++)
            inset = asides->v[i] == s && figs[i];
        if (!inset)
            return s;
    }
    return NULL;
}

/* Asides go, but for a story's picture set in one (inset_figure) in the
 * run of the text, a paragraph before and after it (or after another
 * such picture). Each aside is judged on the page as it stands, then
 * the tree changes: the figure stays where its aside was. */
static void
remove_asides(rd_html_ctx *c, xmlNode *art)
{
    rd_html_list l = {0};
    rd_html_collect(art, "aside", &l);
    xmlNode **figs = arena_alloc(c->scratch, (l.n ? l.n : 1) * sizeof *figs);
    for (size_t i = 0; i < l.n; i++)
        figs[i] = inset_figure(c->scratch, l.v[i], art);
    bool *keep = arena_alloc(c->scratch, (l.n ? l.n : 1) * sizeof *keep);
    for (size_t i = 0; i < l.n; i++) {
        const xmlNode *before = figs[i] ? text_sibling(l.v[i], false, &l, figs) : NULL;
        const xmlNode *after = figs[i] ? text_sibling(l.v[i], true, &l, figs) : NULL;
        keep[i] = before && after && rd_html_is(before, "p") && rd_html_is(after, "p");
    }
    for (size_t i = l.n; i-- > 0;) {
        if (keep[i]) {
            xmlUnlinkNode(figs[i]);
            xmlAddPrevSibling(l.v[i], figs[i]);
        }
        rd_html_remove(l.v[i]);
    }
    rd_html_list_free(&l);
}

/* A <footer> inside a <blockquote> names the quote's source ("<footer>
 * The judge</footer>"), a line of the article; the page's and the
 * article's own footers go. */
static void
remove_footers(xmlNode *root)
{
    rd_html_list l = {0};
    rd_html_collect(root, "footer", &l);
    for (size_t i = l.n; i-- > 0;) {
        bool quote = false;
        for (xmlNode *up = l.v[i]->parent; up && up != root && !quote; up = up->parent)
            quote = rd_html_is(up, "blockquote");
        if (!quote)
            rd_html_remove(l.v[i]);
    }
    rd_html_list_free(&l);
}

bool
rd_html_has_media(xmlNode *n)
{
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true))
        if (rd_html_is(e, "img") || rd_html_is(e, "picture") || rd_html_is(e, "svg") ||
            rd_html_is(e, "video") || rd_html_is(e, "math"))
            return true;
    return false;
}

/* "sns" as a part of a class or id name, between its start, its end,
 * spaces, hyphens or underscores ("top_sns", "button-sns__follow"):
 * Japanese sites name their share and follow buttons for the social
 * networks so, where others write "share". */
static bool
sns_part(const char *lc)
{
    for (const char *p = lc; (p = strstr(p, "sns")) != NULL; p++) {
        bool start = p == lc || strchr(" -_", p[-1]);
        bool end = !p[3] || strchr(" -_", p[3]);
        if (start && end)
            return true;
    }
    return false;
}

void
rd_html_clean_article(rd_html_ctx *c, xmlNode *art, bool conditional)
{
    /* Share widgets among the article's own children. */
    char lc[512];
    for (xmlNode *root = art->children; root; root = root->next) {
        if (root->type != XML_ELEMENT_NODE)
            continue;
        xmlNode *n = rd_html_next(root, root, true);
        while (n) {
            rd_html_class_id(n, lc, sizeof(lc));
            if ((strstr(lc, "share") || sns_part(lc)) && rd_html_text_len_max(n, 500) < 500) {
                xmlNode *nx = rd_html_next(n, root, false);
                rd_html_remove(n);
                n = nx;
                continue;
            }
            n = rd_html_next(n, root, true);
        }
    }
    rd_html_drop_toggle_boxes(c, art);
    rd_html_drop_teasers(art);
    if (conditional) {
        clean_conditionally(c, art, "form");
        clean_conditionally(c, art, "fieldset");
    }
    remove_tag(art, "form");
    remove_tag(art, "fieldset");
    remove_footers(art);
    remove_asides(c, art);
    remove_pull_quotes(c, art);
    remove_tag(art, "nav");
    /* Headings the page itself marks as chrome. */
    if (c->flags & RD_HTML_F_WEIGHT_CLASSES) {
        static const char *const hs[] = {"h1", "h2", NULL};
        for (size_t k = 0; hs[k]; k++) {
            rd_html_list l = {0};
            rd_html_collect(art, hs[k], &l);
            for (size_t i = l.n; i-- > 0;)
                if (rd_html_class_weight(l.v[i]) < 0)
                    rd_html_remove(l.v[i]);
            rd_html_list_free(&l);
        }
    }
    if (conditional) {
        clean_conditionally(c, art, "table");
        clean_conditionally(c, art, "ul");
        clean_conditionally(c, art, "div");
    }
    rd_html_drop_boilerplate(c, art);
    /* Empty paragraphs. */
    rd_html_list l = {0};
    rd_html_collect(art, "p", &l);
    for (size_t i = l.n; i-- > 0;)
        if (!rd_html_has_text(l.v[i]) && !rd_html_has_media(l.v[i]))
            rd_html_remove(l.v[i]);
    rd_html_list_free(&l);
}
