/*
 * extract.c - finding the article inside a full web page: the readability
 * family of heuristics (Mozilla Readability's grabArticle), in our own code.
 *
 * One pass over the body removes unlikely candidates (class/id patterns such
 * as comment, sidebar, footer, menu; navigation roles; the article's own
 * header is searched for the byline before it goes), takes out the byline
 * element, turns divs that only hold text into paragraphs, and gathers the
 * paragraph-like elements. Each gathered element with 25+ characters scores
 * 1 + its commas + one point per 100 characters (at most 3) and hands that
 * score to five levels of ancestors, divided more the farther up they sit;
 * an ancestor starts from a tag bonus and its class weight. Scores are scaled
 * by (1 - link density); the best candidate may be replaced by a common
 * ancestor of near-equal runners-up or by a higher-scoring parent; then its
 * siblings that score well or read like prose join it, and so does a short
 * block standing between two that joined (a caption, a one-line command).
 * When nothing scores (an image post), the one element the page marks as
 * its entry (hentry, entry-content, articleBody, a lone article, "post")
 * is taken instead of the whole body, without the conditional cleaning. The result is
 * cleaned (clean.c). When it holds under 500 characters the page is read
 * again with the rules relaxed one at a time; a relaxed result is kept only
 * when it adds real prose (text outside links), not just the chrome the
 * strict rules had removed.
 *
 * Scores live in a scratch arena reached through each node's _private field.
 */
#include "html_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

bool rd_html_phrasing(const xmlNode *n);

typedef struct score {
    double v;
    double earned; /* of v, what the paragraphs gave (no tag or class bonus) */
    size_t tlen; /* text length (white space collapsed), set by link_lengths */
    double llen; /* of which inside links (hash links weigh 0.3) */
} score;

static const char *const unlikely_pats[] = {
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "newsletter",
    "subscribe", "consent", NULL};
/* Classes of blocks an article never holds, though Readability keeps them
 * (its "share" only lowers a score): a page with one is not clean. */
static const char *const chrome_pats[] = {"share", "copyright", NULL};
static const char *const maybe_pats[] = {"and",  "article", "body",   "column", "content",
                                         "main", "mathjax", "shadow", NULL};
/* "subscriber" followed by the kind of content ("subscriber-only",
 * "subscribers-content", "subscriber_premium") names whom a block is
 * for, not a call to subscribe: a paywalled story's text is set in one
 * (the part a subscriber reads after the free preview). It is cut out
 * before "subscribe" is matched. Any other ("subscriber-login",
 * "subscriber-promo", "subscriber-wall"), or a class that also names a
 * pitch, is the site's call and still weighs. */
static void
cut_subscriber(char *lc)
{
    static const char word[] = "subscriber";
    static const char *const kinds[] = {
        "only", "content", "preview", "premium", "exclusive-content", "exclusive_content", NULL};
    static const char *const pitch[] = {"login",   "log-in", "promo", "offer",  "wall",
                                        "prompt",  "cta",    "badge", "signup", "sign-up",
                                        "benefit", "banner", NULL};
    if (rd_html_match(lc, pitch))
        return;
    for (char *at = strstr(lc, word); at; at = strstr(at + 1, word)) {
        const char *k = at + sizeof(word) - 1;
        if (*k == 's')
            k++;
        if (*k == '-' || *k == '_')
            k++;
        for (size_t i = 0; kinds[i]; i++) {
            size_t n = strlen(kinds[i]);
            if (strncmp(k, kinds[i], n) == 0 && !isalnum((unsigned char)k[n])) {
                memset(at, ' ', sizeof(word) - 1);
                break;
            }
        }
    }
}

/* The element's class and id words name a block an article never holds. */
static bool
unlikely_class(const char *lc)
{
    char cut[1024];
    snprintf(cut, sizeof(cut), "%s", lc);
    rd_html_cut_layout_phrases(cut);
    cut_subscriber(cut);
    return rd_html_match(cut, unlikely_pats) && !rd_html_match(cut, maybe_pats);
}
/* Readability's byline pattern, its spellings with a hyphen or an
 * underscore ("by_line_date"), the Spanish and Italian "firma", German
 * and Spanish "autor" and French "auteur(s)" as whole class words
 * ("confirmation" holds "firma"; a box of "dates_auteurs" holds more
 * than the names),
 * and the writer's name box ("writer-name", a class word "writer"; a
 * "typewriter" font is neither). */
static const char *const byline_pats[] = {"byline",      "by-line",     "by_line",    "author",
                                          "dateline",    "writtenby",   "p-author",   "=firma",
                                          "=autor",      "=auteur",     "=auteurs",   "=writer",
                                          "writer-name", "writer_name", "writername", NULL};

static score *
sc(const xmlNode *n)
{
    return (score *)n->_private;
}

static const char *
tag(const xmlNode *n)
{
    return (const char *)n->name;
}

static bool
tag_in(const xmlNode *n, const char *const *names)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return false;
    for (size_t i = 0; names[i]; i++)
        if (strcmp(tag(n), names[i]) == 0)
            return true;
    return false;
}

static void
init_node(rd_html_ctx *c, xmlNode *n)
{
    score *s = arena_alloc(c->scratch, sizeof(*s));
    static const char *const plus5[] = {"div", NULL};
    static const char *const plus3[] = {"pre", "td", "blockquote", NULL};
    static const char *const minus3[] = {"address", "ol", "ul", "dl", "dd", "dt", "li", "form",
                                         NULL};
    static const char *const minus5[] = {"h1", "h2", "h3", "h4", "h5", "h6", "th", NULL};
    if (tag_in(n, plus5))
        s->v = 5;
    else if (tag_in(n, plus3))
        s->v = 3;
    else if (tag_in(n, minus3))
        s->v = -3;
    else if (tag_in(n, minus5))
        s->v = -5;
    if (c->flags & RD_HTML_F_WEIGHT_CLASSES) {
        s->v += rd_html_class_weight(n);
        /* Pages that mark their article say so: a head start, not a verdict
         * (an <article> teaser in a list still loses to the real text). */
        const char *ip = rd_html_attr(n, "itemprop");
        if (ip && strstr(ip, "articleBody"))
            s->v += 25;
        else if (rd_html_is(n, "article"))
            s->v += 10;
        else if (rd_html_is(n, "main"))
            s->v += 5;
    }
    n->_private = s;
}

/*
 * Text and link-text lengths of every candidate in one bottom-up pass, so
 * scaling scores by link density does not rescan nested candidates (an
 * element's text is the sum of its parts, one space between non-empty
 * ones: the collapsed innerText length).
 */
static void
link_lengths(rd_html_ctx *c, xmlNode *page)
{
    rd_html_list all = {0};
    for (xmlNode *n = rd_html_next(page, page, true); n; n = rd_html_next(n, page, true))
        rd_html_list_push(&all, n);
    /* Non-candidates borrow a score record through _private for the pass. */
    score **tmp = arena_alloc(c->scratch, (all.n + 1) * sizeof(*tmp));
    for (size_t i = 0; i < all.n; i++) {
        xmlNode *n = all.v[i];
        if (!n->_private) {
            tmp[i] = arena_alloc(c->scratch, sizeof(score));
            n->_private = tmp[i];
        }
        sc(n)->tlen = 0;
        sc(n)->llen = 0;
    }
    /* Reverse document order: children before parents. */
    for (size_t i = all.n; i-- > 0;) {
        xmlNode *n = all.v[i];
        score *s = sc(n);
        size_t parts = 0, t = 0;
        double l = 0;
        for (xmlNode *ch = n->children; ch; ch = ch->next) {
            size_t k = 0;
            if (ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) {
                k = rd_html_text_len(ch);
            } else if (ch->type == XML_ELEMENT_NODE && ch->_private) {
                k = sc(ch)->tlen;
                l += sc(ch)->llen;
            }
            if (k) {
                t += k;
                parts++;
            }
        }
        if (parts > 1)
            t += parts - 1;
        if (rd_html_is(n, "a")) {
            const char *href = rd_html_attr(n, "href");
            l = (double)t * (href && href[0] == '#' ? 0.3 : 1.0);
        }
        s->tlen = t;
        s->llen = l;
    }
    /* Non-candidates get their _private back. */
    for (size_t i = 0; i < all.n; i++)
        if (tmp[i])
            all.v[i]->_private = NULL;
    rd_html_list_free(&all);
}

static bool
is_ws_text(const xmlNode *n)
{
    if (n->type != XML_TEXT_NODE)
        return n->type == XML_COMMENT_NODE;
    for (const char *p = (const char *)n->content; p && *p; p++)
        if (!isspace((unsigned char)*p))
            return false;
    return true;
}

static size_t
element_children(const xmlNode *n, xmlNode **only)
{
    size_t k = 0;
    for (xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) {
            k++;
            if (only)
                *only = c;
        }
    return k;
}

/* Bytes of the punctuation mark at p that is not ASCII: U+2000..U+206F
 * (curly quotes, dashes, the ellipsis), the no-break space and the
 * guillemets. 0 for a letter: those stay in words. */
static size_t
wide_punct(const unsigned char *p)
{
    if (p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x81) && p[2] >= 0x80 && p[2] <= 0xBF)
        return 3;
    if (p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0xAB || p[1] == 0xBB))
        return 2;
    return 0;
}

/* s lowercased into out, every mark between words made a space: a
 * title in curly quotes and the same words set in italics compare equal. */
static void
sim_words(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p && n + 2 < cap;) {
        size_t w = wide_punct(p);
        if (w) {
            out[n++] = ' ';
            p += w;
            continue;
        }
        out[n++] = isalnum(*p) || *p >= 0x80 ? (char)tolower(*p) : ' ';
        p++;
    }
    out[n] = '\0';
}

/* Compares b's words with a's as Readability does: the sum of b's
 * word lengths (*total) and of those not in a (*uniq), the count of b's
 * words (*words) and of those not in a (*uwords). */
static void
sim_count(const char *a, const char *b, size_t *total, size_t *uniq, size_t *words, size_t *uwords)
{
    char wa[4096], wb[4096];
    sim_words(a, wa, sizeof(wa));
    sim_words(b, wb, sizeof(wb));
    *total = *uniq = *words = *uwords = 0;
    char *save = NULL;
    for (char *t = strtok_r(wb, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
        size_t tl = strlen(t);
        *total += tl;
        (*words)++;
        bool found = false;
        for (const char *p = wa; (p = strstr(p, t)) != NULL; p++)
            if ((p == wa || p[-1] == ' ') && (p[tl] == ' ' || p[tl] == '\0')) {
                found = true;
                break;
            }
        if (!found) {
            *uniq += tl;
            (*uwords)++;
        }
    }
}

/* Text-similarity of Readability: share of b's words also in a. */
double
rd_html_similarity(const char *a, const char *b)
{
    size_t total, uniq, words, uwords;
    sim_count(a, b, &total, &uniq, &words, &uwords);
    if (!words)
        return 0;
    /* lengths of the space-joined token lists */
    double dist = (double)(uniq + (uwords ? uwords - 1 : 0)) / (double)(total + words - 1);
    return 1.0 - dist;
}

size_t
rd_html_words_missing(const char *a, const char *b)
{
    size_t total, uniq, words, uwords;
    sim_count(a, b, &total, &uniq, &words, &uwords);
    return uwords;
}

bool
rd_html_byline_marked(const xmlNode *n, const char *lc)
{
    const char *rel = rd_html_attr(n, "rel");
    const char *ip = rd_html_attr(n, "itemprop");
    return (rel && strcmp(rel, "author") == 0) || (ip && strstr(ip, "author")) ||
           rd_html_match(lc, byline_pats);
}

/* A byline's box that also names comments ("byline_comment_link",
 * "comment-author") holds the count of readers' comments or a
 * commenter's name, not the article's credit. */
static const char *const comment_pats[] = {"comment", NULL};

/* The first class name of n, or "" (the class that names the kind of
 * element, before the ones that style this one: "author first"). */
void
rd_html_first_class(const xmlNode *n, char *out, size_t cap)
{
    const char *cl = rd_html_attr(n, "class");
    size_t i = 0;
    while (cl && *cl == ' ')
        cl++;
    for (; cl && cl[i] && cl[i] != ' ' && i + 1 < cap; i++)
        out[i] = cl[i];
    out[i] = '\0';
}

/* Text between the names of a list: commas, "and", "&", spaces. */
static bool
list_joiner(const char *s)
{
    for (const char *p = s; *p;) {
        if (strchr(" \t\r\n,;&", *p)) {
            p++;
        } else if (strncmp(p, "and", 3) == 0 && (!p[3] || strchr(" \t\r\n", p[3]))) {
            p += 3;
        } else if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) {
            p += 2;
        } else {
            return false;
        }
    }
    return true;
}

/* A paper's list of authors marks every name alike ("<span
 * class='citation-author first'>A</span>, <span class='citation-author'>
 * B</span>, ..."): the first name alone is not the byline, and taking it
 * left the list without it. The list is the byline when its element holds
 * two names or more marked with n's kind and nothing else but the commas
 * and "and" between them. The number of names is set in *names. */
static xmlNode *
author_list(xmlNode *n, size_t *names)
{
    char kind[128], other[128];
    xmlNode *p = n->parent;
    *names = 1;
    rd_html_first_class(n, kind, sizeof(kind));
    if (!kind[0] || !p || p->type != XML_ELEMENT_NODE)
        return n;
    size_t marked = 0;
    for (xmlNode *ch = p->children; ch; ch = ch->next) {
        if (ch->type == XML_TEXT_NODE && !list_joiner((const char *)ch->content))
            return n;
        if (ch->type != XML_ELEMENT_NODE)
            continue;
        rd_html_first_class(ch, other, sizeof(other));
        if (strcmp(other, kind) != 0 || xmlStrcmp(ch->name, n->name) != 0)
            return n;
        marked++;
    }
    if (marked < 2)
        return n;
    *names = marked;
    return p;
}

static bool
is_byline(rd_html_ctx *c, xmlNode **np, const char *lc)
{
    xmlNode *n = *np;
    if (!rd_html_byline_marked(n, lc) || rd_html_match(lc, comment_pats))
        return false;
    size_t names;
    n = author_list(n, &names);
    /* A post's container marked "post-author-jane" holds the headline and
     * the text, not only the credit. */
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true))
        if (rd_html_is(e, "h1") || rd_html_is(e, "h2") || rd_html_is(e, "h3"))
            return false;
    char *t = rd_html_text_dup(c->scratch, n);
    size_t len = strlen(t);
    if (len == 0 || len >= 100 * names)
        return false;
    /* A byline inside a link that holds more than it (a feed's card: the
     * headline, "By A", a teaser) credits the story the link leads to.
     * A link around the name alone is the writer's page. */
    for (xmlNode *up = n->parent; up && up->type == XML_ELEMENT_NODE; up = up->parent) {
        if (!rd_html_is(up, "a"))
            continue;
        if (strlen(rd_html_text_dup(c->scratch, up)) > 2 * len + 20)
            return false;
        break;
    }
    /* A box of the post's tags ("author-meta": "paintings, recursive")
     * names no one: every link in it is a tag or a category. */
    size_t links = 0, tags = 0;
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true)) {
        if (!rd_html_is(e, "a"))
            continue;
        const char *rel = rd_html_attr(e, "rel");
        links++;
        tags += rel && (strstr(rel, "tag") || strstr(rel, "category"));
    }
    if (links && tags == links)
        return false;
    /* On a second reading of the page the element found before goes again. */
    if (c->byline)
        return c->byline_raw && strcmp(t, c->byline_raw) == 0;
    c->byline_raw = t;
    /* A date alone is not a byline. */
    const char *who = rd_html_byline_name(c->scratch, t);
    if (!who[0])
        return false;
    rd_html_byline_take(c, n);
    *np = n;
    return true;
}

static bool
without_content(const xmlNode *n)
{
    if (rd_html_has_text(n))
        return false;
    for (const xmlNode *ch = n->children; ch; ch = ch->next)
        if (ch->type == XML_ELEMENT_NODE && !rd_html_is(ch, "br") && !rd_html_is(ch, "hr"))
            return false;
    return true;
}

static bool
has_child_block(const xmlNode *n)
{
    static const char *const blocks[] = {"blockquote", "dl", "div", "img", "ol", "p", "pre",
                                         "table", "ul", "figure", "section", "article",
                                         "h1", "h2", "h3", "h4", "h5", "h6", NULL};
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e; e = rd_html_next(e, n, true))
        if (tag_in(e, blocks))
            return true;
    return false;
}

static void
ancestors(xmlNode *n, xmlNode **out, int max, int *count)
{
    *count = 0;
    for (xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE && *count < max; p = p->parent)
        out[(*count)++] = p;
}

/* Wrap runs of inline content in a div into paragraphs. */
static void
wrap_phrasing(xmlNode *div)
{
    xmlNode *p = NULL;
    for (xmlNode *ch = div->children; ch;) {
        xmlNode *next = ch->next;
        if (rd_html_phrasing(ch) && ch->type != XML_COMMENT_NODE) {
            if (p && rd_html_is(ch, "a") && rd_html_links_listed(p->children, NULL))
                p = NULL;
            if (p) {
                xmlUnlinkNode(ch);
                xmlAddChild(p, ch);
            } else if (!is_ws_text(ch)) {
                p = xmlNewDocNode(div->doc, NULL, BAD_CAST "p", NULL);
                p->line = ch->line;
                xmlAddPrevSibling(ch, p);
                xmlUnlinkNode(ch);
                xmlAddChild(p, ch);
            }
        } else if (p) {
            p = NULL;
        }
        ch = next;
    }
}

/* The article's own header ("entry-header" inside <article>, or the one
 * that holds the h1) goes as chrome, but its byline is the article's. */
static bool
article_header(const xmlNode *n, const char *lc)
{
    if (!rd_html_is(n, "header") && !strstr(lc, "header"))
        return false;
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (rd_html_is(p, "article") || rd_html_is(p, "main"))
            return true;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e; e = rd_html_next(e, n, true))
        if (rd_html_is(e, "h1"))
            return true;
    return false;
}

/* Inside an hAtom entry ("hentry", "h-entry"), an element marked "author"
 * credits that entry, wherever it stands: blog engines print "Posted by
 * <span class='author vcard'>" in the post's own footer, which goes as
 * chrome. */
static bool
in_entry(const xmlNode *n)
{
    static const char *const entry_pats[] = {"=hentry", "=h-entry", NULL};
    char lc[256];
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        rd_html_class_id(p, lc, sizeof(lc));
        if (rd_html_match(lc, entry_pats))
            return true;
    }
    return false;
}

static const char *const footer_pats[] = {"footer", NULL};

static bool
entry_footer(const xmlNode *n, const char *lc)
{
    return (rd_html_is(n, "footer") || rd_html_match(lc, footer_pats)) && in_entry(n);
}

/* A thread of reader comments: a container named for comments holding
 * two or more elements named so. The strict reading drops it with every
 * "comment" class; the relaxed readings, which keep unlikely classes to
 * find text a page hid under odd names, still drop a thread: comments are
 * never the article, and on a page whose article is short (a picture and
 * a caption) they would otherwise win. */
static const char *const thread_pats[] = {"comment", "disqus", "replies", NULL};

static bool
is_comment_thread(const xmlNode *n, const char *lc)
{
    if (!rd_html_match(lc, thread_pats) || rd_html_match(lc, maybe_pats) ||
        rd_html_is(n, "body") || rd_html_is(n, "article") || rd_html_is(n, "main"))
        return false;
    char inner[512];
    size_t items = 0;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e && items < 2;
         e = rd_html_next(e, n, true)) {
        if (e->type != XML_ELEMENT_NODE)
            continue;
        rd_html_class_id(e, inner, sizeof(inner));
        if (rd_html_match(inner, thread_pats) && (rd_html_is(e, "li") || rd_html_is(e, "article") ||
                                                  rd_html_is(e, "div")))
            items++;
    }
    return items >= 2;
}

/* One pager label ("<< First Page", "Next Chapter ]>", "Most Recent
 * Page >>", "Older posts"): a word for where the link goes and perhaps
 * what it goes to, with the arrows and brackets around them. 1 for a
 * label, 0 for marks alone (a separator), -1 for anything else. */
static int
pager_label(const char *t)
{
    static const char *const where[] = {"first",  "last",   "previous",    "prev",
                                        "next",   "older",  "newer",       "latest",
                                        "oldest", "random", "most recent", NULL};
    static const char *const what[] = {"page",    "chapter", "post",  "posts",   "comic", "entry",
                                       "entries", "article", "story", "episode", "strip", NULL};
    static const char *const marks[] = {
        "\xc2\xab",     "\xc2\xbb",     "\xc2\xa0",     "\xe2\x80\xb9",
        "\xe2\x80\xba", "\xe2\x86\x90", "\xe2\x86\x92", NULL};
    char w[64];
    size_t n = 0;
    for (const char *p = t; *p;) {
        unsigned char ch = (unsigned char)*p;
        if (ch >= 0x80) {
            size_t k = 0;
            for (size_t i = 0; marks[i] && !k; i++)
                if (strncmp(p, marks[i], strlen(marks[i])) == 0)
                    k = strlen(marks[i]);
            if (!k)
                return -1;
            p += k;
            continue;
        }
        if (n >= sizeof(w) - 1)
            return -1;
        if (isalnum(ch) || (ch == ' ' && n && w[n - 1] != ' '))
            w[n++] = (char)tolower(ch);
        else if (!strchr("<>[]()| ", ch))
            return -1;
        p++;
    }
    while (n && w[n - 1] == ' ')
        n--;
    w[n] = '\0';
    if (!n)
        return 0;
    for (size_t i = 0; where[i]; i++) {
        size_t k = strlen(where[i]);
        if (strncmp(w, where[i], k) != 0 || (w[k] && w[k] != ' '))
            continue;
        const char *rest = w[k] ? w + k + 1 : w + k;
        if (!*rest)
            return 1;
        for (size_t j = 0; what[j]; j++)
            if (strcmp(rest, what[j]) == 0)
                return 1;
    }
    return -1;
}

/* A comic's or a blog's pager: a short block whose every piece of text
 * is a link label such as "< Previous Page" or "Next Chapter ]>" - two
 * of them or more. It leads to other pages; on a page with little prose
 * (a comic) it would otherwise be the article. */
static bool
is_pager(arena *a, xmlNode *n)
{
    if (!rd_html_is(n, "table") && !rd_html_is(n, "div") && !rd_html_is(n, "ul") &&
        !rd_html_is(n, "p") && !rd_html_is(n, "nav"))
        return false;
    if (rd_html_text_len_max(n, 300) > 300)
        return false;
    size_t labels = 0;
    for (xmlNode *e = n; e; e = rd_html_next(e, n, true)) {
        for (xmlNode *t = e->children; t; t = t->next) {
            if (t->type != XML_TEXT_NODE || !t->content)
                continue;
            char *txt =
                rd_html_squash(a, (const char *)t->content, strlen((const char *)t->content));
            if (!txt[0])
                continue;
            int l = pager_label(txt);
            if (l < 0)
                return false;
            labels += (size_t)l;
        }
    }
    return labels >= 2;
}

/* One pass of Readability's grabArticle over `page`; returns a new div. */
/* Nothing on the page scored (an image post, a comic page: no paragraph
 * of 25 characters): rather than the whole body, the one element the page
 * marks as its entry - hAtom's "hentry"/"h-entry", "entry-content",
 * itemprop=articleBody, a lone <article>, a lone class "article" or
 * "post" - in that order of trust. A marker found twice or more marks a list, not a post. */

static xmlNode *
entry_marked(xmlNode *page)
{
    static const char *const toks[] = {"hentry", "h-entry", "entry-content", "articleBody",
                                       "<article>", "article", "post", NULL};
    for (size_t k = 0; toks[k]; k++) {
        xmlNode *found = NULL;
        size_t count = 0;
        for (xmlNode *n = rd_html_next(page, page, true); n; n = rd_html_next(n, page, true)) {
            bool hit;
            if (strcmp(toks[k], "articleBody") == 0) {
                const char *ip = rd_html_attr(n, "itemprop");
                hit = ip && strcmp(ip, "articleBody") == 0;
            } else if (strcmp(toks[k], "<article>") == 0) {
                hit = rd_html_is(n, "article");
            } else {
                hit = rd_html_has_class(n, toks[k]);
            }
            if (hit && !found)
                found = n;
            count += hit;
        }
        if (count == 1 && rd_html_has_text(found))
            return found;
        if (count == 1 && !rd_html_has_text(found))
            continue;
    }
    return NULL;
}

/* Drop from l the elements that are n or under it, before n is freed. */
static void
forget_under(rd_html_list *l, const xmlNode *n)
{
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++) {
        bool under = false;
        for (const xmlNode *p = l->v[i]; p && !under; p = p->parent)
            under = p == n;
        if (!under)
            l->v[k++] = l->v[i];
    }
    l->n = k;
}

/* A heading of the text marked as one ("subheader", "sub-head"): its
 * "header" names a heading, not the page's header. */
static bool
subheading(const xmlNode *n, const char *lc)
{
    static const char *const heads[] = {"h2", "h3", "h4", "h5", "h6", NULL};
    static const char *const sub[] = {"subhead", "sub-head", "sub_head", NULL};
    bool heading = false;
    for (size_t i = 0; heads[i] && !heading; i++)
        heading = rd_html_is(n, heads[i]);
    return heading && rd_html_match(lc, sub);
}

/* A recipe card's heading ("<h3 class=wprm-recipe-header>Ingredients"),
 * or the short box around one ("<div class=tasty-recipes-ingredients-
 * header><h3>"): the card's part, not the page's header. */
static bool
card_heading(xmlNode *n)
{
    if (rd_html_text_len_max(n, 61) > 60)
        return false;
    bool heading = false;
    for (xmlNode *e = n; !heading && e; e = rd_html_next(e, n, true))
        heading = rd_html_is_heading(e) && !rd_html_is(e, "h1");
    return heading && rd_html_in_recipe_card(n);
}

/* A note's mark: its text a mark's, bracketed ("[12]") or raised
 * (<sup>), as a comment count beside a post's date ("12") is not. */
static bool
note_mark(rd_html_ctx *c, const xmlNode *a)
{
    const char *t = rd_html_text_dup(c->scratch, a);
    if (!rd_html_mark_text(t))
        return false;
    while (*t == ' ')
        t++;
    if (*t == '[')
        return true;
    for (const xmlNode *p = a; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (rd_html_is(p, "sup"))
            return true;
    for (const xmlNode *k = a->children; k; k = k->next)
        if (rd_html_is(k, "sup"))
            return true;
    return false;
}

typedef struct id_set {
    const char **v;
    size_t n, cap;
} id_set;

static void
cited_ids(rd_html_ctx *c, xmlNode *n, id_set *ids, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *h = rd_html_is(n, "a") ? rd_html_attr(n, "href") : NULL;
        if (h && h[0] == '#' && h[1] && note_mark(c, n)) {
            if (ids->n == ids->cap) {
                size_t cap = ids->cap ? ids->cap * 2 : 16;
                ids->v = arena_realloc(c->scratch, ids->v, ids->cap * sizeof *ids->v,
                                       cap * sizeof *ids->v);
                ids->cap = cap;
            }
            ids->v[ids->n++] = h + 1;
        }
        if (depth < RD_HTML_MAX_DEPTH)
            cited_ids(c, n->children, ids, depth + 1);
    }
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Is n, or an element inside it, one an id of `ids` (sorted) names? */
static bool
holds_id(const xmlNode *n, const id_set *ids, int depth)
{
    if (n->type != XML_ELEMENT_NODE)
        return false;
    const char *id = rd_html_attr(n, "id");
    if (!id && rd_html_is(n, "a"))
        id = rd_html_attr(n, "name");
    if (id && bsearch(&id, ids->v, ids->n, sizeof ids->v[0], cmp_str))
        return true;
    for (const xmlNode *k = n->children; k && depth < RD_HTML_MAX_DEPTH; k = k->next)
        if (holds_id(k, ids, depth + 1))
            return true;
    return false;
}

/* Notes a page sets after its text as a block of their own (a book's
 * footnotes beside its chapters' divs) score little: short paragraphs
 * with a back-link each. Cited by marks in the text that joined (a short
 * link to an id in them), they are the article's and join too. */
static void
join_cited_notes(rd_html_ctx *c, const rd_html_list *sibs, bool *join, size_t last)
{
    id_set ids = {0};
    for (size_t i = 0; i <= last; i++)
        if (join[i] && sibs->v[i]->type == XML_ELEMENT_NODE)
            cited_ids(c, sibs->v[i]->children, &ids, 0);
    if (!ids.n)
        return;
    qsort(ids.v, ids.n, sizeof ids.v[0], cmp_str);
    for (size_t i = last + 1; i < sibs->n; i++)
        if (!join[i] && holds_id(sibs->v[i], &ids, 0))
            join[i] = true;
}

/* The site's name set as a heading that links home ("<a href=/><h1>Site
 * </h1></a>", "<h1><a href=https://example.org>Site</a></h1>"): the
 * masthead, met inside a candidate that holds the page's header too. No
 * headline of an article links to the home page. */
static bool
home_link_heading(arena *a, xmlNode *n, const char *page_url)
{
    static const char *const heads[] = {"h1", "h2", "h3", NULL};
    if (!tag_in(n, heads) || !rd_html_has_text(n))
        return false;
    const char *raw = rd_html_text_dup(a, n);
    const char *t = rd_html_squash(a, raw, strlen(raw));
    /* the link around the heading, its text the heading's */
    for (xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (!rd_html_is(p, "a"))
            continue;
        const char *pt = rd_html_text_dup(a, p);
        return rd_html_home_href(rd_html_attr(p, "href"), page_url) &&
               strcmp(rd_html_squash(a, pt, strlen(pt)), t) == 0;
    }
    /* the link inside it, holding all its text */
    for (xmlNode *d = rd_html_next(n, n, true); d; d = rd_html_next(d, n, true)) {
        if (!rd_html_is(d, "a"))
            continue;
        const char *dt = rd_html_text_dup(a, d);
        return rd_html_home_href(rd_html_attr(d, "href"), page_url) &&
               strcmp(rd_html_squash(a, dt, strlen(dt)), t) == 0;
    }
    return false;
}

static xmlNode *
grab(rd_html_ctx *c, xmlDocPtr xd, xmlNode *page, const char *title, bool *in_footer)
{
    static const char *const to_score[] = {"section", "h2", "h3", "h4", "h5", "h6", "p", "td",
                                           "pre", NULL};
    static const char *const empty_tags[] = {"div", "section", "header", "h1", "h2", "h3",
                                             "h4", "h5", "h6", NULL};
    /* "contentinfo" is the page's footer landmark, whatever the tag
       wearing it: the citation line or the site's address set after the
       article ("<section role=contentinfo>Jane Roe, Site v. 13.05.2014,
       https://...</section>") */
    static const char *const bad_roles[] = {"menu",       "menubar",     "complementary",
                                            "navigation", "alert",       "alertdialog",
                                            "dialog",     "contentinfo", NULL};
    rd_html_list elems = {0}, cands = {0};
    bool title_removed = false;
    char lc[1024];

    xmlNode *n = rd_html_next(page, page, true);
    while (n) {
        rd_html_class_id(n, lc, sizeof(lc));
        if (is_byline(c, &n, lc)) {
            xmlNode *nx = rd_html_next(n, page, false);
            /* an author list is the names' parent, met (and maybe kept
               for scoring) before them */
            forget_under(&elems, n);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        if (is_pager(c->scratch, n)) {
            xmlNode *nx = rd_html_next(n, page, false);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        if (!title_removed && title && (rd_html_is(n, "h1") || rd_html_is(n, "h2"))) {
            char *ht = rd_html_text_dup(c->scratch, n);
            /* Similarity counts the heading's words found in the title:
             * one word of a longer title ("keycloak" under "Issue 130:
             * GitHub, keycloak, proc") heads a section, it does not
             * repeat the title. */
            bool one_of_many = rd_html_word_count(ht) == 1 && rd_html_word_count(title) >= 3;
            if (ht[0] && !one_of_many && rd_html_similarity(title, ht) > 0.75) {
                title_removed = true;
                xmlNode *nx = rd_html_next(n, page, false);
                /* the section's label set over the headline goes with it */
                xmlNode *kicker = rd_html_kicker_before(n);
                if (kicker) {
                    /* it was walked already: the paragraphs to score may
                       hold it, and it is freed now */
                    forget_under(&elems, kicker);
                    rd_html_remove(kicker);
                }
                rd_html_remove(n);
                n = nx;
                continue;
            }
        }
        /* the masthead goes on every pass: no article's heading links home */
        if (home_link_heading(c->scratch, n, c->base)) {
            xmlNode *nx = rd_html_next(n, page, false);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        if (c->flags & RD_HTML_F_STRIP_UNLIKELY) {
            const char *role = rd_html_attr(n, "role");
            bool role_bad = false;
            for (size_t i = 0; role && bad_roles[i]; i++)
                if (strcmp(role, bad_roles[i]) == 0)
                    role_bad = true;
            bool unlikely = unlikely_class(lc);
            if ((unlikely || role_bad) && !rd_html_is(n, "body") && !rd_html_is(n, "a") &&
                !rd_html_is(n, "article") && !rd_html_is(n, "main")) {
                /* A definition list's term names the definition beside it,
                 * which stays: a term classed "subheaders" is a heading,
                 * not the page's header. So is a section heading classed
                 * so ("<h2 class=hg-subheader>Shop the look:</h2>"). */
                bool protected_ = rd_html_is(n, "dt") || subheading(n, lc) ||
                                  rd_html_code_listing(n) || card_heading(n);
                for (xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
                    if (rd_html_is(p, "table") || rd_html_is(p, "code")) {
                        protected_ = true;
                        break;
                    }
                if (!protected_ || role_bad) {
                    if (!c->byline && (article_header(n, lc) || entry_footer(n, lc)))
                        rd_html_find_byline(c, n);
                    xmlNode *nx = rd_html_next(n, page, false);
                    rd_html_remove(n);
                    n = nx;
                    continue;
                }
            }
            /* Structural chrome, whatever its class. */
            if (rd_html_is(n, "nav")) {
                xmlNode *nx = rd_html_next(n, page, false);
                rd_html_remove(n);
                n = nx;
                continue;
            }
        } else if (is_comment_thread(n, lc)) {
            xmlNode *nx = rd_html_next(n, page, false);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        if (tag_in(n, empty_tags) && without_content(n)) {
            xmlNode *nx = rd_html_next(n, page, false);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        if (tag_in(n, to_score))
            rd_html_list_push(&elems, n);
        if (rd_html_is(n, "div")) {
            wrap_phrasing(n);
            xmlNode *only = NULL;
            if (element_children(n, &only) == 1 && rd_html_is(only, "p") &&
                rd_html_link_density(n) < 0.25) {
                bool text_outside = false;
                for (xmlNode *ch = n->children; ch; ch = ch->next)
                    if (ch->type == XML_TEXT_NODE && !is_ws_text(ch))
                        text_outside = true;
                if (!text_outside) {
                    rd_html_keep_kicker_name(n, only);
                    xmlUnlinkNode(only);
                    xmlReplaceNode(n, only);
                    xmlFreeNode(n);
                    n = only;
                    rd_html_list_push(&elems, n);
                }
            } else if (!has_child_block(n)) {
                xmlNodeSetName(n, BAD_CAST "p");
                rd_html_list_push(&elems, n);
            }
        }
        n = rd_html_next(n, page, true);
    }

    for (size_t i = 0; i < elems.n; i++) {
        xmlNode *e = elems.v[i];
        if (!e->parent || e->parent->type != XML_ELEMENT_NODE)
            continue;
        size_t commas;
        size_t len = rd_html_text_stats(e, &commas);
        if (len < 25)
            continue;
        xmlNode *anc[5];
        int na;
        ancestors(e, anc, 5, &na);
        if (!na)
            continue;
        double cs = 1 + (double)commas + (double)(len / 100 < 3 ? len / 100 : 3);
        for (int lv = 0; lv < na; lv++) {
            xmlNode *a = anc[lv];
            if (!a->parent || a->parent->type != XML_ELEMENT_NODE)
                break;
            if (!sc(a)) {
                init_node(c, a);
                rd_html_list_push(&cands, a);
            }
            double div = lv == 0 ? 1 : lv == 1 ? 2 : lv * 3;
            sc(a)->v += cs / div;
            sc(a)->earned += cs / div;
        }
    }
    rd_html_list_free(&elems);

    xmlNode *top5[5] = {0};
    link_lengths(c, page);
    for (size_t i = 0; i < cands.n; i++) {
        xmlNode *cd = cands.v[i];
        score *s = sc(cd);
        sc(cd)->v *= 1 - (s->tlen ? s->llen / (double)s->tlen : 0);
        for (int t = 0; t < 5; t++) {
            if (!top5[t] || sc(cd)->v > sc(top5[t])->v) {
                memmove(top5 + t + 1, top5 + t, (size_t)(4 - t) * sizeof(*top5));
                top5[t] = cd;
                break;
            }
        }
    }
    rd_html_list_free(&cands);

    xmlNode *top = top5[0];
    bool from_entry = false, from_gallery = false;
    /* A best candidate whose paragraphs earned it less than one good
     * paragraph would (a heading's score, its class bonus aside) and that
     * holds the marked entry: the entry is the article. */
    bool weak = top && sc(top)->earned < 5;
    if (!top || rd_html_is(top, "body") || top == page || weak) {
        xmlNode *entry = entry_marked(page);
        if (entry && weak && !rd_html_is(top, "body") && top != page) {
            bool inside = false;
            for (xmlNode *p = entry->parent; p && !inside; p = p->parent)
                inside = p == top;
            if (!inside)
                entry = NULL;
        }
        /* No entry marked: a picture post is the box named for its
         * content around its run of pictures, even inside the weak
         * winner, whose conditional cleaning would leave none of them. */
        if (!entry) {
            entry = rd_html_gallery(page);
            from_gallery = entry != NULL;
        }
        if (entry) {
            from_entry = true;
            top = entry;
            if (!sc(top))
                init_node(c, top);
        }
    }
    if (!top || rd_html_is(top, "body") || top == page) {
        top = xmlNewDocNode(xd, NULL, BAD_CAST "div", NULL);
        while (page->children) {
            xmlNode *ch = page->children;
            xmlUnlinkNode(ch);
            xmlAddChild(top, ch);
        }
        xmlAddChild(page, top);
        init_node(c, top);
    } else if (!from_gallery) {
        /* (a picture post's pictures score nothing: its parents would
         * outscore it with the page's chrome) */
        /* Runners-up sharing an ancestor with the winner: take the ancestor. */
        xmlNode *alt[4][64];
        int nalt = 0, nlen[4];
        for (int t = 1; t < 5 && top5[t]; t++) {
            if (sc(top5[t])->v / sc(top)->v >= 0.75) {
                ancestors(top5[t], alt[nalt], 64, &nlen[nalt]);
                nalt++;
            }
        }
        if (nalt >= 3) {
            for (xmlNode *p = top->parent; p && p != page && !rd_html_is(p, "body");
                 p = p->parent) {
                int k = 0;
                for (int i = 0; i < nalt; i++)
                    for (int j = 0; j < nlen[i]; j++)
                        if (alt[i][j] == p) {
                            k++;
                            break;
                        }
                if (k >= 3) {
                    top = p;
                    break;
                }
            }
        }
        if (!sc(top))
            init_node(c, top);
        double last = sc(top)->v, threshold = last / 3;
        for (xmlNode *p = top->parent; p && p != page && !rd_html_is(p, "body") &&
                                       p->type == XML_ELEMENT_NODE;
             p = p->parent) {
            if (!sc(p))
                continue;
            if (sc(p)->v < threshold)
                break;
            if (sc(p)->v > last) {
                top = p;
                break;
            }
            last = sc(p)->v;
        }
        while (top->parent && top->parent != page && !rd_html_is(top->parent, "body") &&
               top->parent->type == XML_ELEMENT_NODE && element_children(top->parent, NULL) == 1)
            top = top->parent;
        if (!sc(top))
            init_node(c, top);
    }

    /* The winner inside a page footer (a relaxed reading keeps footers):
     * the site's legal lines, not the article. */
    *in_footer = false;
    for (xmlNode *p = top; p && p != page && p->type == XML_ELEMENT_NODE; p = p->parent) {
        rd_html_class_id(p, lc, sizeof(lc));
        if (rd_html_is(p, "footer") || strstr(lc, "footer"))
            *in_footer = true;
    }

    xmlNode *art = xmlNewDocNode(xd, NULL, BAD_CAST "div", NULL);
    double thr = sc(top)->v * 0.2 > 10 ? sc(top)->v * 0.2 : 10;
    xmlNode *parent = top->parent;
    const char *top_class = rd_html_attr(top, "class");
    /* First which siblings join, then move them: a short block standing
     * between two that join is part of the same flow (a figure caption, a
     * one-line command, a subheading in its own div) and joins too. */
    rd_html_list sibs = {0};
    for (xmlNode *sib = parent ? parent->children : top; sib; sib = parent ? sib->next : NULL)
        rd_html_list_push(&sibs, sib);
    bool *join = arena_alloc(c->scratch, (sibs.n ? sibs.n : 1) * sizeof(*join));
    size_t first = sibs.n, last = 0;
    for (size_t i = 0; i < sibs.n; i++) {
        xmlNode *sib = sibs.v[i];
        bool append = false;
        if (sib == top) {
            append = true;
        } else if (sib->type == XML_ELEMENT_NODE) {
            double bonus = 0;
            const char *cls = rd_html_attr(sib, "class");
            if (top_class && top_class[0] && cls && strcmp(cls, top_class) == 0)
                bonus = sc(top)->v * 0.2;
            if (sc(sib) && sc(sib)->v + bonus >= thr) {
                append = true;
            } else if (rd_html_is(sib, "p")) {
                double ld = rd_html_link_density(sib);
                char *t = rd_html_text_dup(c->scratch, sib);
                size_t len = utf8_length(t, strlen(t));
                if (len > 80 && ld < 0.25)
                    append = true;
                else if (len < 80 && len > 0 && ld == 0) {
                    const char *dot = strstr(t, ". ");
                    size_t tl = strlen(t);
                    if (dot || (tl && t[tl - 1] == '.'))
                        append = true;
                }
            }
        }
        join[i] = append;
        if (append) {
            if (i < first)
                first = i;
            last = i;
        }
    }
    for (size_t i = first + 1; i < last; i++) {
        xmlNode *sib = sibs.v[i];
        if (join[i] || sib->type != XML_ELEMENT_NODE ||
            (!rd_html_is(sib, "div") && !rd_html_is(sib, "p")))
            continue;
        size_t len = rd_html_text_len(sib);
        join[i] = len > 0 && len < 200 && rd_html_link_density(sib) < 0.5;
    }
    if (first < sibs.n)
        join_cited_notes(c, &sibs, join, last);
    for (size_t i = 0; i < sibs.n; i++) {
        xmlNode *sib = sibs.v[i];
        if (!join[i])
            continue;
        if (sib->type == XML_ELEMENT_NODE && !rd_html_is(sib, "div") &&
            !rd_html_is(sib, "article") && !rd_html_is(sib, "section") &&
            !rd_html_is(sib, "p") && !tag_in(sib, (const char *const[]){"ul", "ol", "table",
                "blockquote", "pre", "figure", "h2", "h3", "h4", "h5", "h6", "main", NULL}))
            xmlNodeSetName(sib, BAD_CAST "div");
        xmlUnlinkNode(sib);
        xmlAddChild(art, sib);
    }
    rd_html_list_free(&sibs);
    /* A marked entry is short by nature (a caption, one word under a
     * comic): the conditional cleaning, made for long texts, would take
     * all of it. */
    rd_html_clean_article(c, art, !from_entry);
    return art;
}

/* Containers whose "author" elements belong to someone else (comments,
 * related stories, sidebars): the byline search does not enter them. */
static const char *const foreign_pats[] = {
    "comment", "related", "sidebar",    "widget",   "popular", "recommend", "promo",
    "reply",   "replies", "newsletter", "trending", "more-",   NULL};
/* In the article's own header no thread of readers' comments stands: a
 * box there named for comments is the meta line, styled for them as
 * well ("entry-meta social-comments"), that holds the credit, the date
 * and the count of comments (the count itself, named so, is no byline:
 * is_byline). It is entered when its kind, its first class, names no
 * comment: a "comment-bubble", "top-comment" or "comments-wrap" shows a
 * commenter's name, and stays foreign. Replies are readers' everywhere
 * (a topic's "3 replies, last by ...", a reply form). */
static const char *const head_foreign_pats[] = {"related",    "sidebar",  "widget", "popular",
                                                "recommend",  "promo",    "reply",  "replies",
                                                "newsletter", "trending", "more-",  NULL};
static const char *const share_pats[] = {"share", NULL};

/* Is n, in the article's header and named for comments, the meta line
 * styled for them (its first class names no comment)? */
static bool
comment_styled_meta(const xmlNode *n)
{
    char kind[128];
    rd_html_first_class(n, kind, sizeof(kind));
    return kind[0] && !rd_html_has_ci(kind, "comment");
}

/* A foreign container for the byline search (head: the search is in the
 * article's header). Share buttons are foreign too, but a box marked for
 * the credit as well ("author-share-box") holds the article's credit
 * beside its buttons, and is entered. */
static bool
foreign_box(const xmlNode *n, const char *lc, bool head)
{
    if (rd_html_is(n, "nav") || rd_html_is(n, "aside") ||
        rd_html_match(lc, head ? head_foreign_pats : foreign_pats))
        return true;
    if (head && rd_html_match(lc, comment_pats) && !comment_styled_meta(n))
        return true;
    /* a footer is the page's, but an entry's own footer credits it */
    if ((rd_html_is(n, "footer") || rd_html_match(lc, footer_pats)) && !in_entry(n))
        return true;
    return rd_html_match(lc, share_pats) && !rd_html_byline_marked(n, lc);
}

/* Is n, or a box around it, named for comments? A comment's own header
 * ("<article class=comment><header class=comment-header>") is inside
 * <article> as the article's is, but it credits a reader. */
static bool
in_comment(const xmlNode *n)
{
    char lc[256];
    for (const xmlNode *p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        rd_html_class_id(p, lc, sizeof(lc));
        if (rd_html_match(lc, comment_pats))
            return true;
    }
    return false;
}

void
rd_html_find_byline(rd_html_ctx *c, xmlNode *body)
{
    char lc[1024];
    rd_html_class_id(body, lc, sizeof(lc));
    bool head = article_header(body, lc) && !in_comment(body);
    xmlNode *n = rd_html_next(body, body, true);
    while (n && !c->byline) {
        rd_html_class_id(n, lc, sizeof(lc));
        if (foreign_box(n, lc, head)) {
            n = rd_html_next(n, body, false);
            continue;
        }
        if (is_byline(c, &n, lc)) {
            rd_html_remove(n);
            return;
        }
        n = rd_html_next(n, body, true);
    }
}

/* Letters and digits of the text under n, and of those inside links. */
static void
word_chars(const xmlNode *n, bool in_link, size_t *all, size_t *linked)
{
    for (const xmlNode *ch = n->children; ch; ch = ch->next) {
        if (ch->type == XML_ELEMENT_NODE) {
            word_chars(ch, in_link || rd_html_is(ch, "a"), all, linked);
            continue;
        }
        if (ch->type != XML_TEXT_NODE || !ch->content)
            continue;
        size_t k = 0;
        for (const unsigned char *c = ch->content; *c; c++)
            k += isalnum(*c) || *c >= 0xC0;
        *all += k;
        *linked += in_link ? k : 0;
    }
}

/* Share of n's letters and digits that sit inside links: the marks
 * between links ("[ ]", "|", "·") do not count. */
static double
word_link_density(const xmlNode *n)
{
    size_t all = 0, linked = 0;
    word_chars(n, false, &all, &linked);
    return all ? (double)linked / (double)all : 0;
}

bool
rd_html_is_clean(const xmlNode *body)
{
    char lc[1024];
    for (xmlNode *n = rd_html_next((xmlNode *)body, body, true); n;
         n = rd_html_next(n, body, true)) {
        if (rd_html_is(n, "nav") || rd_html_is(n, "aside") || rd_html_is(n, "footer") ||
            rd_html_is(n, "form") || rd_html_is(n, "menu") || rd_html_is(n, "header"))
            return false;
        rd_html_class_id(n, lc, sizeof(lc));
        if (unlikely_class(lc))
            return false;
        if (rd_html_match(lc, byline_pats))
            return false;
        if (rd_html_match(lc, chrome_pats))
            return false;
        /* A list made of five or more links is a menu, even without a class;
         * so is a paragraph or table cell of them ("| Home | Archive | Site
         * map | Search |", the navigation of table-laid pages), whose
         * separators between the links lower the share a little; and so is
         * a div of text and links alone whose words are all in links but a
         * label ("Issues: [ 1 ] [ 2 ] ... [ 69 ]"): brackets and bars
         * between short links outweigh them, counted as characters. */
        bool list = rd_html_is(n, "ul") || rd_html_is(n, "ol");
        bool bar = rd_html_is(n, "div") && !has_child_block(n);
        if (list || bar || rd_html_is(n, "p") || rd_html_is(n, "td")) {
            size_t links = 0;
            for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true))
                links += rd_html_is(e, "a");
            if (links >= 5 && ((!bar && rd_html_link_density(n) > (list ? 0.7 : 0.6)) ||
                               word_link_density(n) > 0.8))
                return false;
        }
    }
    return rd_html_link_density(body) < 0.3;
}

static xmlNode *
find_body(xmlDocPtr xd)
{
    xmlNode *root = xmlDocGetRootElement(xd);
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true))
        if (rd_html_is(n, "body"))
            return n;
    return root;
}

/* Text inside a page footer (a footer element, or a class or id naming
 * one): copyright, credits and "powered by" lines, never the article. */
static size_t
footer_len(const xmlNode *n)
{
    char lc[1024];
    size_t len = 0;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e;) {
        rd_html_class_id(e, lc, sizeof(lc));
        if (rd_html_is(e, "footer") || strstr(lc, "footer")) {
            len += rd_html_text_len(e);
            e = rd_html_next(e, n, false);
        } else {
            e = rd_html_next(e, n, true);
        }
    }
    return len;
}

/* Characters of an article's text outside links (hash links count 0.3)
 * and outside page footers (foot). */
static size_t
prose_len(const xmlNode *art, size_t len, size_t foot)
{
    double ld = rd_html_link_density(art);
    size_t prose = ld >= 1 ? 0 : (size_t)((double)len * (1 - ld));
    return prose > foot ? prose - foot : 0;
}

xmlNode *
rd_html_extract(rd_html_ctx *c, xmlDocPtr xd, rd_html_reparse_fn reparse, void *ud,
                xmlDocPtr *owner)
{
    const unsigned relax[] = {RD_HTML_F_STRIP_UNLIKELY, RD_HTML_F_WEIGHT_CLASSES,
                              RD_HTML_F_CLEAN_COND};
    xmlNode *best = NULL;
    xmlDocPtr best_doc = NULL;
    size_t best_len = 0, best_prose = 0;
    const char *byline_first = c->byline;
    c->flags = RD_HTML_F_ALL;
    *owner = xd;
    for (int attempt = 0; attempt < 4; attempt++) {
        /* Each attempt reads an untouched page: the first the one parsed,
         * later ones a fresh parse (rare: only pages with little text). */
        xmlDocPtr page_doc = attempt == 0 ? xd : reparse(ud);
        if (!page_doc)
            break;
        xmlNode *page = find_body(page_doc);
        c->byline = byline_first;
        bool in_footer = false;
        xmlNode *art = page ? grab(c, page_doc, page, c->meta->title, &in_footer) : NULL;
        if (!byline_first)
            byline_first = c->byline;
        if (art)
            xmlAddChild(xmlDocGetRootElement(page_doc), art);
        size_t len = art ? rd_html_text_len(art) : 0;
        size_t foot = art ? (in_footer ? len : footer_len(art)) : 0;
        size_t prose = art ? prose_len(art, len, foot) : 0;
        /* A relaxed reading keeps whatever the strict rules had removed:
         * menus, comment headings, tag lists. It replaces the earlier one
         * only when it brings real prose: twice as much, or two hundred
         * characters more, of text outside links; or, when the earlier
         * one had none, anything that is not mostly a page footer (the
         * copyright lines strict rules had dropped from an image post). */
        size_t margin = best_prose < 200 ? best_prose : 200;
        if (art && (!best || (len > best_len && ((!best_prose && foot * 2 < len) || prose > best_prose + margin)))) {
            if (best_doc && best_doc != xd)
                xmlFreeDoc(best_doc);
            best = art;
            best_doc = page_doc;
            best_len = len;
            best_prose = prose;
        } else if (page_doc != xd) {
            xmlFreeDoc(page_doc);
        }
        if (len >= 500)
            break;
        if (attempt < 3)
            c->flags &= ~relax[attempt];
    }
    if (!c->byline)
        c->byline = byline_first;
    if (best_doc)
        *owner = best_doc;
    return best;
}
