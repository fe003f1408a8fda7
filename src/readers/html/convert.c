/*
 * convert.c - the kept DOM into doc blocks and inlines, safely.
 *
 * A whitelist walk: known block elements map to doc blocks (headings 2-6,
 * paragraphs, quotes, lists, code blocks, figures, tables, rules), known
 * inline elements to doc inlines (emphasis, strong, code, links, images,
 * breaks, sub/sup, strike); anything else contributes its children. Loose
 * inline content between blocks is gathered into paragraphs. Elements that
 * execute or embed (script, style, iframe, object, embed, forms) are never
 * entered; attributes are never copied except href/src/alt/title, and
 * javascript:/vbscript:/data: links are dropped (their text stays). White
 * space collapses as a browser would. Recursion is bounded: past
 * RD_HTML_MAX_DEPTH a subtree becomes plain text.
 *
 * In-page links survive: an <a href="#x"> stays a link with its fragment
 * as written, and every element the page names (an id, or an <a name>)
 * is remembered with the doc block it became (a block element's first
 * block; an inline element's enclosing block; one that became nothing,
 * the next block made). At the end each fragment link is looked up: its
 * target block takes the fragment as its id (the transform ids.c makes
 * it a valid, unique one and keeps it only because a link aims there) and
 * the link is pointed at that id; a link whose target did not survive
 * extraction becomes its words. In a page only targets of links get an
 * id (raw HTML inside Markdown names every place: see anchors_resolve).
 *
 * An image that cannot be embedded (remote, missing) leaves its alt text,
 * as an emphasis flagged DOC_F_ALT. Inside running text it stays there;
 * alone in its paragraph, or in a <figure>, it is a figure's stand-in, so
 * the writers set a placeholder and the caption as a figure rather than
 * as two stray body paragraphs (see standin_figure).
 */
#include "html_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/b64.h"
#include "../../base/utf8.h"
#include "../../pdf/image/pdf_image.h"

bool rd_html_is_data_table(xmlNode *t);

/* A name the page gives a place (id, or <a name>), and the doc block it
 * landed in; NULL while it waits for the next block. */
typedef struct anchor {
    const char *name;
    doc_node *block;
} anchor;

typedef struct conv {
    rd_html_ctx *c;
    anchor *anchors;      /* in document order (scratch) */
    size_t n_anchors, cap_anchors;
    size_t *waiting;      /* indexes of anchors waiting for a block */
    size_t n_waiting, cap_waiting;
    doc_node **links;     /* fragment links (#x) made, to resolve at the end */
    size_t n_links, cap_links;
    bool space;          /* output so far ends in (collapsible) white space */
    const char *missing; /* first local image that was not found */
    size_t n_missing;
    uint32_t missing_line;
    const char *broken; /* first local file that is no usable picture, and why */
    const char *broken_why;
    size_t n_broken;
    uint32_t broken_line;
    size_t n_unembedded; /* images met that could not be embedded (remote, missing, refused) */
    const doc_node *icon; /* the last alt stand-in made, when its image is icon-sized */
    int caption;          /* > 0 inside a caption */
    int cell;             /* > 0 inside a table's cell */
} conv;

static doc_pos
pos_of(conv *cv, const xmlNode *n)
{
    long line = rd_html_line(n);
    if (line > 0 && cv->c->line_off > 0)
        line += (long)cv->c->line_off - 1;
    doc_pos p = {cv->c->path, line > 0 ? (uint32_t)line : 0, 0};
    return p;
}

enum { K_BLOCK = 1, K_FORBID = 2 };

typedef struct tagkind {
    const char *name;
    unsigned kind;
} tagkind;

/* Sorted by name for bsearch. Forbidden: executes, embeds, or is a form
 * control; block: starts a new block in the flow. */
static const tagkind kinds[] = {
    {"address", K_BLOCK}, {"applet", K_FORBID}, {"area", K_FORBID}, {"article", K_BLOCK},
    {"aside", K_BLOCK}, {"audio", K_FORBID}, {"base", K_FORBID}, {"blockquote", K_BLOCK},
    {"body", K_BLOCK}, {"button", K_FORBID}, {"canvas", K_FORBID}, {"caption", K_BLOCK},
    {"center", K_BLOCK}, {"dd", K_BLOCK}, {"details", K_BLOCK}, {"dialog", K_FORBID},
    {"div", K_BLOCK}, {"dl", K_BLOCK}, {"dt", K_BLOCK}, {"embed", K_FORBID},
    {"fieldset", K_BLOCK}, {"figcaption", K_BLOCK}, {"figure", K_BLOCK}, {"footer", K_BLOCK},
    {"form", K_FORBID}, {"frame", K_FORBID}, {"frameset", K_FORBID}, {"h1", K_BLOCK},
    {"h2", K_BLOCK}, {"h3", K_BLOCK}, {"h4", K_BLOCK}, {"h5", K_BLOCK}, {"h6", K_BLOCK},
    {"head", K_FORBID}, {"header", K_BLOCK}, {"hgroup", K_BLOCK}, {"hr", K_BLOCK},
    {"html", K_BLOCK}, {"iframe", K_FORBID}, {"input", K_FORBID}, {"li", K_BLOCK},
    {"link", K_FORBID}, {"listing", K_BLOCK}, {"main", K_BLOCK}, {"map", K_FORBID},
    {"menu", K_BLOCK}, {"meta", K_FORBID}, {"nav", K_BLOCK}, {"noscript", K_FORBID},
    {"object", K_FORBID}, {"ol", K_BLOCK}, {"option", K_FORBID}, {"p", K_BLOCK},
    {"param", K_FORBID}, {"plaintext", K_BLOCK}, {"portal", K_FORBID}, {"pre", K_BLOCK},
    {"script", K_FORBID}, {"section", K_BLOCK}, {"select", K_FORBID}, {"source", K_FORBID},
    {"style", K_FORBID}, {"summary", K_BLOCK}, {"svg", K_FORBID}, {"table", K_BLOCK},
    {"tbody", K_BLOCK}, {"td", K_BLOCK}, {"template", K_FORBID}, {"textarea", K_FORBID},
    {"tfoot", K_BLOCK}, {"th", K_BLOCK}, {"thead", K_BLOCK}, {"title", K_FORBID},
    {"tr", K_BLOCK}, {"track", K_FORBID}, {"ul", K_BLOCK}, {"video", K_FORBID},
    {"xmp", K_BLOCK},
};

static int
kind_cmp(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const tagkind *)elem)->name);
}

static unsigned
kind_of(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !n->name)
        return 0;
    const tagkind *k = bsearch(n->name, kinds, sizeof(kinds) / sizeof(kinds[0]),
                               sizeof(kinds[0]), kind_cmp);
    return k ? k->kind : 0;
}

/* A wiki's "[edit]" link beside each heading (MediaWiki's mw-editsection,
 * older skins' editsection): an editor's tool, never the heading's words. */
static bool
edit_link(const xmlNode *n)
{
    const char *cls = n->type == XML_ELEMENT_NODE ? rd_html_attr(n, "class") : NULL;
    if (!cls)
        return false;
    static const char *const toks[] = {"mw-editsection", "editsection", NULL};
    for (size_t i = 0; toks[i]; i++) {
        size_t len = strlen(toks[i]);
        for (const char *p = cls; (p = strstr(p, toks[i])) != NULL; p += len)
            if ((p == cls || isspace((unsigned char)p[-1])) &&
                (p[len] == '\0' || isspace((unsigned char)p[len])))
                return true;
    }
    return false;
}

static bool
forbidden(const xmlNode *n)
{
    return (kind_of(n) & K_FORBID) != 0 || edit_link(n);
}

static bool
is_block(const xmlNode *n)
{
    return (kind_of(n) & K_BLOCK) != 0;
}

bool
rd_html_is_block(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && is_block(n);
}

/* Each element's `extra` field (unused by libxml2's HTML tree) gets bit 0
 * set when a block element sits somewhere below it, in one bottom-up pass,
 * so "does this hold blocks?" is a lookup and not a subtree scan. */
static void
mark_blocks(xmlNode *root)
{
    rd_html_list all = {0};
    rd_html_list_push(&all, root);
    xmlNode *e = rd_html_next(root, root, true);
    while (e) {
        e->extra = 0;
        if (forbidden(e)) {
            e = rd_html_next(e, root, false);
            continue;
        }
        rd_html_list_push(&all, e);
        e = rd_html_next(e, root, true);
    }
    root->extra = 0;
    for (size_t i = all.n; i-- > 1;) {
        xmlNode *x = all.v[i];
        if (forbidden(x))
            continue;
        if ((is_block(x) || (x->extra & 1)) && x->parent && x->parent->type == XML_ELEMENT_NODE)
            x->parent->extra |= 1;
    }
    rd_html_list_free(&all);
}

/* Set on a <figcaption> that a figure before it took as its caption, so
 * the walk does not set it again as a paragraph (bit 0 is mark_blocks'). */
#define TAKEN 2u
/* Set on a picture a heading holds beside its words: set as a figure
 * under the heading, not inside it (see heading_pictures). */
#define HOISTED 4u

static bool
contains_block(const xmlNode *n)
{
    return (n->extra & 1) != 0;
}

static bool
is_ws(char ch)
{
    return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
}

static void
add_text(conv *cv, doc_node *parent, const char *s, const xmlNode *from)
{
    buf b;
    buf_init(&b, 0);
    for (const char *p = s; *p; p++) {
        if (is_ws(*p)) {
            if (!cv->space)
                buf_addc(&b, ' ');
            cv->space = true;
        } else {
            buf_addc(&b, *p);
            cv->space = false;
        }
    }
    if (b.len)
        doc_append_text(cv->c->a, parent, b.data, b.len, pos_of(cv, from));
    buf_cleanup(&b);
}

/* Remove trailing spaces at the end of a block's inline content (and
 * no-break spaces, which pages pad table cells with). */
static void
trim_end(doc_node *n)
{
    while (n && n->last_child) {
        doc_node *l = n->last_child;
        if (l->type == DOC_TEXT) {
            size_t len = l->len;
            while (len && (l->text[len - 1] == ' ' ||
                           (len >= 2 && (unsigned char)l->text[len - 2] == 0xC2 &&
                            (unsigned char)l->text[len - 1] == 0xA0)))
                len -= l->text[len - 1] == ' ' ? 1 : 2;
            if (len == 0) {
                doc_unlink(l);
                continue;
            }
            if (len != l->len) {
                ((char *)l->text)[len] = '\0';
                l->len = len;
            }
            return;
        }
        if (l->type == DOC_BREAK) {
            doc_unlink(l);
            continue;
        }
        if (doc_is_block(l->type) || l->type == DOC_IMAGE || l->type == DOC_CODE)
            return;
        n = l;
    }
}

/* Remove spaces at the start of inline content moved out of its block
 * (the words beside a figure's picture). */
static void
trim_start(doc_node *n)
{
    while (n->first_child && n->first_child->type == DOC_TEXT) {
        doc_node *f = n->first_child;
        size_t k = 0;
        while (k < f->len && f->text[k] == ' ')
            k++;
        if (k < f->len) {
            f->text += k;
            f->len -= k;
            return;
        }
        doc_unlink(f);
    }
}

/* The bytes of a character at p that prints nothing (zero-width space,
 * non-joiner and joiner, word joiner, byte-order mark), or 0; editors
 * fill the blank lines between paragraphs with them ("<p>&#x200B;</p>"). */
static size_t
zero_width(const char *p, size_t left)
{
    const unsigned char *u = (const unsigned char *)p;
    if (left < 3)
        return 0;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8D)
        return 3;
    if ((u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0) ||
        (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF))
        return 3;
    return 0;
}

/* True when an inline subtree holds text or an image. */
static bool
has_content(const doc_node *n)
{
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)n);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (x->type == DOC_IMAGE || x->type == DOC_RULE || x->type == DOC_CODE_BLOCK)
            return true;
        if ((x->type == DOC_TEXT || x->type == DOC_CODE) && x->text) {
            for (size_t i = 0; i < x->len; i++) {
                size_t zw = zero_width(x->text + i, x->len - i);
                if (zw)
                    i += zw - 1;
                else if (!is_ws(x->text[i]))
                    return true;
            }
        }
    }
    return false;
}

/* ---- anchors: the page's named places, for its fragment links ---- */

/* The name an element gives its place: its id, or an <a name>. */
static const char *
place_name(const xmlNode *n)
{
    const char *v = rd_html_attr(n, "id");
    if ((!v || !v[0]) && rd_html_is(n, "a"))
        v = rd_html_attr(n, "name");
    return v && v[0] ? v : NULL;
}

/* Anchor i waits for the next block made. */
static void
anchor_wait(conv *cv, size_t i)
{
    if (cv->n_waiting == cv->cap_waiting) {
        size_t nc = cv->cap_waiting ? cv->cap_waiting * 2 : 8;
        cv->waiting = arena_realloc(cv->c->scratch, cv->waiting,
                                    cv->cap_waiting * sizeof *cv->waiting, nc * sizeof *cv->waiting);
        cv->cap_waiting = nc;
    }
    cv->waiting[cv->n_waiting++] = i;
}

/* Remember that `name` is the place of `block` (NULL: the next block). */
static void
anchor_add(conv *cv, const char *name, doc_node *block)
{
    arena *s = cv->c->scratch;
    if (cv->n_anchors == cv->cap_anchors) {
        size_t nc = cv->cap_anchors ? cv->cap_anchors * 2 : 32;
        cv->anchors = arena_realloc(s, cv->anchors, cv->cap_anchors * sizeof *cv->anchors,
                                    nc * sizeof *cv->anchors);
        cv->cap_anchors = nc;
    }
    cv->anchors[cv->n_anchors] = (anchor){arena_strdup(s, name), block};
    if (!block)
        anchor_wait(cv, cv->n_anchors);
    cv->n_anchors++;
}

/* The block an inline node sits in (NULL when none holds it yet). */
static doc_node *
block_of(doc_node *n)
{
    while (n && !doc_is_block(n->type))
        n = n->parent;
    return n;
}

/* Anchors waiting for a block (their element made none) take b. */
static void
anchors_land(conv *cv, doc_node *b)
{
    for (size_t i = 0; i < cv->n_waiting; i++)
        cv->anchors[cv->waiting[i]].block = b;
    cv->n_waiting = 0;
}

/* b was dropped (it held nothing): the anchors just given it wait for
 * the next block instead. They are the last ones recorded. */
static void
anchors_unland(conv *cv, const doc_node *b)
{
    for (size_t i = cv->n_anchors; i-- > 0 && cv->anchors[i].block == b;) {
        cv->anchors[i].block = NULL;
        anchor_wait(cv, i);
    }
}

/* The fragment of a link, percent-decoded ("#a%20b" -> "a b"), scratch. */
static char *
fragment_of(arena *a, const char *href)
{
    const char *f = href + 1;
    char *out = arena_alloc(a, strlen(f) + 1);
    size_t k = 0;
    for (; *f; f++) {
        if (f[0] == '%' && isxdigit((unsigned char)f[1]) && isxdigit((unsigned char)f[2])) {
            char hex[3] = {f[1], f[2], 0};
            out[k++] = (char)strtol(hex, NULL, 16);
            f += 2;
        } else {
            out[k++] = *f;
        }
    }
    out[k] = '\0';
    return out;
}

static size_t
name_hash(const char *s)
{
    size_t h = (size_t)14695981039346656037ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * (size_t)1099511628211ULL;
    return h;
}

/* Is n in the tree whose top is `top` (not dropped on the way)? */
static bool
attached(const doc_node *n, const doc_node *top)
{
    while (n && n->parent)
        n = n->parent;
    return n == top;
}

/* Point each fragment link at the block its name landed in: the block
 * takes the name as its id (the first name wins), the link that id. In
 * a whole page a link whose target is gone becomes its words; in a
 * fragment of another document (raw HTML in Markdown) the name may be
 * the host's, so it stays, and every named block keeps its name, for the
 * host's own links ("[see](#name)"; transform/ids.c keeps only the names
 * links aim at). */
static void
anchors_resolve(conv *cv, const doc_node *root, bool whole_page)
{
    rd_html_ctx *c = cv->c;
    const doc_node *top = root;
    while (top->parent)
        top = top->parent;
    size_t cap = 16;
    while (cap < 2 * cv->n_anchors + 2)
        cap *= 2;
    anchor **slots = arena_alloc(c->scratch, cap * sizeof *slots);
    memset(slots, 0, cap * sizeof *slots);
    for (size_t i = 0; i < cv->n_anchors; i++) {
        anchor *an = &cv->anchors[i];
        if (!an->block || !attached(an->block, top))
            continue;
        size_t j = name_hash(an->name) & (cap - 1);
        while (slots[j] && strcmp(slots[j]->name, an->name) != 0)
            j = (j + 1) & (cap - 1);
        if (!slots[j])
            slots[j] = an; /* the first place of a name is where a browser goes */
    }
    for (size_t i = 0; i < cv->n_anchors && !whole_page; i++) {
        doc_node *b = cv->anchors[i].block;
        if (b && !b->id && attached(b, top))
            b->id = arena_strdup(c->a, cv->anchors[i].name);
    }
    for (size_t i = 0; i < cv->n_links; i++) {
        doc_node *l = cv->links[i];
        if (!attached(l, top))
            continue;
        const char *frag = fragment_of(c->scratch, l->as.link.href);
        size_t j = name_hash(frag) & (cap - 1);
        while (slots[j] && strcmp(slots[j]->name, frag) != 0)
            j = (j + 1) & (cap - 1);
        doc_node *b = frag[0] && slots[j] ? slots[j]->block : NULL;
        if (b) {
            if (!b->id)
                b->id = arena_strdup(c->a, frag);
            l->as.link.href = arena_printf(c->a, "#%s", b->id);
        } else if (whole_page) {
            doc_unwrap(l);
        }
    }
}

static void inlines(conv *cv, const xmlNode *parent, doc_node *out, int depth);
static void blocks(conv *cv, const xmlNode *parent, doc_node *out, int depth);

/* ---- images ---- */

static bool
tiny(const xmlNode *img)
{
    const char *w = rd_html_attr(img, "width"), *h = rd_html_attr(img, "height");
    return (w && atoi(w) > 0 && atoi(w) <= 2) || (h && atoi(h) > 0 && atoi(h) <= 2);
}

/* An avatar or an icon by its declared size: never a figure of its own. */
static bool
icon_sized(const xmlNode *img)
{
    const char *w = rd_html_attr(img, "width"), *h = rd_html_attr(img, "height");
    return w && h && atoi(w) > 0 && atoi(w) < 100 && atoi(h) > 0 && atoi(h) < 100;
}

/* A PNG, JPEG, GIF, WebP or AVIF inline image is allowed (a page saved
 * whole carries its photographs so); any other data: URI (SVG, which may
 * script, among them) is not. */
static bool
data_image_ok(const char *src)
{
    static const char *const heads[] = {"data:image/png;base64,", "data:image/jpeg;base64,",
                                        "data:image/gif;base64,", "data:image/webp;base64,",
                                        "data:image/avif;base64,"};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (strncasecmp(src, heads[i], strlen(heads[i])) == 0)
            return strlen(src) <= B64_MAX_DATA_URI;
    return false;
}

/* First URL of each comma-separated srcset candidate, best last. */
static size_t
srcset_urls(arena *a, const char *srcset, const char **out, size_t cap)
{
    size_t k = 0;
    const char *p = srcset;
    while (p && *p && k < cap) {
        while (*p && (isspace((unsigned char)*p) || *p == ','))
            p++;
        const char *s = p;
        while (*p && !isspace((unsigned char)*p) && !(*p == ',' && isspace((unsigned char)p[1])))
            p++;
        if (p > s)
            out[k++] = arena_strndup(a, s, (size_t)(p - s));
        while (*p && *p != ',')
            p++;
    }
    return k;
}

/* Alt text that is a file's type and size ("JPEG - 172.1 ko", "PNG, 45
 * KB"), as some CMSs write for a picture nobody described. */
static bool
type_and_size_alt(const char *alt)
{
    static const char *const types[] = {"jpeg", "jpg",  "png", "gif", "webp",
                                        "svg",  "tiff", "bmp", NULL};
    size_t t = 0;
    for (size_t i = 0; types[i] && !t; i++)
        if (strncasecmp(alt, types[i], strlen(types[i])) == 0)
            t = strlen(types[i]);
    if (!t || isalnum((unsigned char)alt[t]))
        return false;
    const char *p = alt + t;
    /* separators: spaces, no-break spaces, '-', ',', ':', en and em dashes */
    for (;;) {
        if (*p == ' ' || *p == '-' || *p == ',' || *p == ':' || *p == '(')
            p++;
        else if (!strncmp(p, "\xC2\xA0", 2))
            p += 2;
        else if (!strncmp(p, "\xE2\x80\x93", 3) || !strncmp(p, "\xE2\x80\x94", 3))
            p += 3;
        else
            break;
    }
    if (!isdigit((unsigned char)*p))
        return false;
    while (isdigit((unsigned char)*p) || *p == '.' || *p == ',')
        p++;
    while (*p == ' ' || !strncmp(p, "\xC2\xA0", 2))
        p += *p == ' ' ? 1 : 2;
    static const char *const units[] = {"ko",  "kb",     "kio",   "kib", "mo", "mb", "mio",
                                        "mib", "octets", "bytes", "b",   "o",  "k",  NULL};
    for (size_t i = 0; units[i]; i++) {
        size_t u = strlen(units[i]);
        if (strncasecmp(p, units[i], u) == 0) {
            const char *e = p + u + (p[u] == ')');
            while (*e == ' ')
                e++;
            if (!*e)
                return true;
        }
    }
    return false;
}

/* Alt text that says nothing: a file name, or TeX source of a formula
 * image. A file name may come without its extension, as one word of
 * parts joined by '-' or '_' with a digit or an underscore among them
 * ("IMG_2041", "0225-lupita-nyongo-getty-01", "update_graphic_red_bar"),
 * where a word of the language is not ("COVID-19", "mother-in-law"). */
static bool
junk_alt(const char *alt)
{
    size_t n = strlen(alt), seps = 0, unders = 0;
    bool digit = false, space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)alt[i];
        seps += ch == '-' || ch == '_';
        unders += ch == '_';
        digit |= isdigit(ch) != 0;
        space |= isspace(ch) != 0;
    }
    if (!space && ((unders && (digit || seps >= 2)) || (seps >= 2 && digit)))
        return true;
    static const char *const exts[] = {".jpg",  ".jpeg", ".png", ".gif", ".webp",
                                       ".avif", ".svg",  ".bmp", NULL};
    for (size_t i = 0; exts[i]; i++) {
        size_t e = strlen(exts[i]);
        if (n >= e && strcasecmp(alt + n - e, exts[i]) == 0 && !strchr(alt, ' '))
            return true;
    }
    return strstr(alt, "\\displaystyle") != NULL || type_and_size_alt(alt);
}

/* Alt text written as markup (a CMS that put the caption's HTML into
 * the attribute: "Photo by &lt;a href=...&gt;Ana&lt;/a&gt;") as the words a
 * reader sees: each tag is a space. Other alt text is returned as it is. */
static const char *
alt_words(arena *a, const char *alt)
{
    const char *lt = strchr(alt, '<');
    if (!lt || !(isalpha((unsigned char)lt[1]) || lt[1] == '/' || lt[1] == '!') || !strchr(lt, '>'))
        return alt;
    size_t n = strlen(alt), k = 0;
    char *o = arena_alloc(a, n);
    for (size_t i = 0; i < n; i++) {
        const char *end;
        if (alt[i] == '<' &&
            (isalpha((unsigned char)alt[i + 1]) || alt[i + 1] == '/' || alt[i + 1] == '!') &&
            (end = strchr(alt + i, '>')) != NULL) {
            o[k++] = ' ';
            i = (size_t)(end - alt);
            continue;
        }
        o[k++] = alt[i];
    }
    return rd_html_squash(a, o, k);
}

static void
image(conv *cv, const xmlNode *img, const xmlNode *picture, doc_node *parent)
{
    rd_html_ctx *c = cv->c;
    if (tiny(img))
        return;
    const char *cand[32];
    size_t n = 0;
    static const char *const attrs[] = {"src", "data-src", "data-original", "data-lazy-src",
                                        "data-url", NULL};
    for (size_t i = 0; attrs[i] && n < 32; i++) {
        const char *v = rd_html_attr(img, attrs[i]);
        if (v && v[0])
            cand[n++] = v;
    }
    static const char *const sets[] = {"srcset", "data-srcset", NULL}; /* a lazy page's */
    for (size_t i = 0; sets[i]; i++) {
        const char *ss = rd_html_attr(img, sets[i]);
        if (ss)
            n += srcset_urls(c->scratch, ss, cand + n, 32 - n);
    }
    if (picture)
        for (xmlNode *s = picture->children; s && n < 32; s = s->next)
            if (rd_html_is(s, "source") && rd_html_attr(s, "srcset"))
                n += srcset_urls(c->scratch, rd_html_attr(s, "srcset"), cand + n, 32 - n);
    const char *alt = rd_html_attr(img, "alt");
    if (alt)
        alt = alt_words(cv->c->scratch, alt);
    const char *title = rd_html_attr(img, "title");
    const char *href = NULL;
    bool remote = false, refused = false;
    const char *data_ok = NULL, *missing = NULL, *broken = NULL;
    char why[256] = "";
    for (size_t i = 0; i < n && !href; i++) {
        const char *u = cand[i];
        while (isspace((unsigned char)*u))
            u++;
        const char *kept = NULL;
        char w[sizeof why];
        int held = rd_html_archived(c, u, &kept, w, sizeof w);
        if (held) {
            /* the web archive the page came in holds this picture */
            if (held > 0)
                href = kept;
            else if (!broken)
                broken = u, memcpy(why, w, sizeof why);
            continue;
        }
        if (strncasecmp(u, "data:", 5) == 0) {
            /* Kept for last: lazy-loading pages put a tiny data: placeholder
             * in src and the real picture in data-src or srcset. */
            if (!data_ok && data_image_ok(u))
                data_ok = u;
            else if (!data_image_ok(u))
                refused = true;
            continue;
        }
        if (rd_html_url_remote(u) || u[0] == '/') { /* "/img/x.png" lives on the web site */
            remote = true;
            continue;
        }
        href = rd_html_local_image(c, u);
        if (href && pdf_image_check(href, NULL, NULL, w, sizeof w) != 0) {
            /* a saved page's picture that is none (an error page saved
               under its name, a download cut short): another candidate
               may be whole, and no book should try to draw this one */
            if (!broken)
                broken = u, memcpy(why, w, sizeof why);
            href = NULL;
            continue;
        }
        if (!href && !rd_html_url_unsafe(u)) {
            if (c->base && rd_html_url_remote(c->base))
                remote = true;
            else
                missing = missing ? missing : u;
        }
    }
    bool local = href != NULL;
    if (!href && data_ok && !remote) {
        int w = 0, h = 0;
        char dw[sizeof why];
        if (pdf_image_check(data_ok, &w, &h, dw, sizeof dw) != 0) {
            /* a placeholder pixel written short (the 26-byte "smallest
               GIF", which browsers show as nothing) loses nothing */
            if (!broken &&
                !(pdf_image_info(data_ok, &w, &h, NULL, NULL) == 0 && (double)w * h <= 4))
                broken = "(a data: URI)", memcpy(why, dw, sizeof why);
        } else if ((double)w * h <= 1 || ((broken || missing) && (double)w * h <= 4)) {
            /* a placeholder pixel (a lazy page's, standing in for a file
               that is remote, broken or gone, or a spacer) is no
               picture: the alt text says more */
        } else {
            href = arena_strdup(c->a, data_ok);
            refused = false;
        }
    }
    if (local) {
        /* a whole local copy was found: the others do not matter */
    } else if (broken && !cv->n_broken++) {
        cv->broken = arena_strdup(c->scratch, broken);
        cv->broken_why = arena_strdup(c->scratch, why);
        cv->broken_line = pos_of(cv, img).line;
    } else if (!broken && missing && !cv->n_missing++) {
        cv->missing = arena_strdup(c->scratch, missing);
        cv->missing_line = pos_of(cv, img).line;
    }
    if (href) {
        doc_node *im = doc_node_new(c->a, DOC_IMAGE, pos_of(cv, img));
        im->as.link.href = href;
        if (title && title[0])
            im->as.link.title = rd_html_squash(c->a, title, strlen(title));
        if (alt && alt[0])
            doc_append(im, doc_text_new(c->a, alt, strlen(alt), im->pos));
        doc_append(parent, im);
        cv->space = false;
        return;
    }
    cv->n_unembedded++;
    if (refused && !c->data_warned) {
        c->data_warned = true;
        diag_warn(c->d, c->path, pos_of(cv, img).line, 0,
                  "embedded data: image refused (only PNG, JPEG, GIF, WebP or AVIF images of up to "
                  "%u MB are kept)",
                  B64_MAX_DATA_URI / 4 * 3 / (1024u * 1024u));
    }
    if (remote && !c->remote_warned) {
        c->remote_warned = true;
        diag_warn(c->d, c->path, pos_of(cv, img).line, 0,
                  "remote images are not fetched; their alt text is kept instead");
    }
    if (alt && alt[0] && !junk_alt(alt)) {
        /* The alt text stands in for the image, set apart as emphasis. */
        doc_node *em = doc_node_new(c->a, DOC_EMPH, pos_of(cv, img));
        em->flags |= DOC_F_ALT;
        doc_append(parent, em);
        bool sp = cv->space;
        add_text(cv, em, alt, img);
        trim_end(em);
        /* Shown, the alt text ends in a word: the space after it is kept. */
        if (!em->first_child)
            doc_unlink(em);
        cv->space = em->first_child ? false : sp;
        cv->icon = icon_sized(img) ? em : NULL;
    }
}

/* ---- inlines ---- */

static doc_node *
wrap(conv *cv, doc_type t, const xmlNode *el, doc_node *parent, int depth)
{
    doc_node *w = doc_node_new(cv->c->a, t, pos_of(cv, el));
    doc_append(parent, w);
    inlines(cv, el, w, depth + 1);
    if (!w->first_child)
        doc_unlink(w);
    return w;
}

/* Does el hold an element set in italic of its own? */
static bool
holds_emphasis(const xmlNode *el)
{
    for (xmlNode *e = rd_html_next((xmlNode *)el, el, true); e; e = rd_html_next(e, el, true))
        if (rd_html_is(e, "i") || rd_html_is(e, "em") || rd_html_is(e, "cite"))
            return true;
    return false;
}

/* Is el a minor heading the page made with a class rather than <hN>
 * ("<span class=\"headline2\">Step 3</span>", "<p class=\"subheading\">"):
 * a class naming a heading, short text (a line at most), not a sentence?
 * It is set in bold, so the writers take it for the label it is. */
static bool
heading_named(const xmlNode *el)
{
    const char *cls = rd_html_attr(el, "class");
    if (!cls || (!strstr(cls, "headline") && !strstr(cls, "heading") && !strstr(cls, "subhead")))
        return false;
    if (rd_html_text_len(el) > 4 * DOC_LINE_SHORT || contains_block(el))
        return false;
    buf b;
    buf_init(&b, 0);
    rd_html_text(el, &b);
    bool ok = b.len > 0 && doc_ens(b.data, b.len) <= DOC_LINE_SHORT &&
              !strchr(".!?", b.data[b.len - 1]);
    buf_cleanup(&b);
    return ok;
}

/* Is text under n already set bold (a heading, strong text)? */
static bool
inside_bold(const doc_node *n)
{
    for (; n; n = n->parent)
        if (n->type == DOC_HEADING || n->type == DOC_STRONG)
            return true;
    return false;
}

/* Does the text of <q> n hold quotation marks of its own (a page that
 * types them and turns the browser's off)? A double mark or a guillemet
 * opening it does; a single one only when one closes it too, for a word
 * may open with an apostrophe ('Tis). */
static bool
quoted_already(rd_html_ctx *c, const xmlNode *n)
{
    const char *t = rd_html_text_dup(c->scratch, n);
    while (is_ws(*t))
        t++;
    size_t len = strlen(t);
    while (len && is_ws(t[len - 1]))
        len--;
    static const char *const dbl[] = {"\"",       "\xE2\x80\x9C", "\xE2\x80\x9E", "\xC2\xAB",
                                      "\xC2\xBB", "\xE3\x80\x8C", "\xE3\x80\x8E", NULL};
    for (size_t i = 0; dbl[i]; i++)
        if (!strncmp(t, dbl[i], strlen(dbl[i])))
            return true;
    static const char *const open1[] = {"'", "\xE2\x80\x98", "\xE2\x80\xB9", NULL};
    static const char *const close1[] = {"'", "\xE2\x80\x99", "\xE2\x80\xBA", NULL};
    for (size_t i = 0; open1[i]; i++)
        if (!strncmp(t, open1[i], strlen(open1[i])))
            for (size_t k = 0; close1[k]; k++) {
                size_t cl = strlen(close1[k]);
                if (len > strlen(open1[i]) && len >= cl && !strncmp(t + len - cl, close1[k], cl))
                    return true;
            }
    return false;
}

/* Take a space the last text under parent ends with back; true if there
 * was one. */
static bool
untype_space(doc_node *parent)
{
    doc_node *l = parent->last_child;
    if (!l || l->type != DOC_TEXT || !l->len || l->text[l->len - 1] != ' ')
        return false;
    ((char *)l->text)[--l->len] = '\0';
    if (!l->len)
        doc_unlink(l);
    return true;
}

/* Does the caption so far end a sentence where element n starts another
 * with no space between ("...hours later.</span><span class=credit>Ezra
 * Acayan / Getty")? A page sets such a credit on a line of its own by its
 * style, which the reader does not see: the words must not run together. */
static bool
glued_sentence(const doc_node *out, const xmlNode *n)
{
    const doc_node *t = out;
    while (t && t->type != DOC_TEXT && t->last_child)
        t = t->last_child;
    if (!t || t->type != DOC_TEXT || !t->len || !strchr(".!?", t->text[t->len - 1]))
        return false;
    const xmlNode *f = n;
    while (f && f->type == XML_ELEMENT_NODE)
        f = f->children;
    if (!f || f->type != XML_TEXT_NODE || !f->content)
        return false;
    const unsigned char *s = f->content;
    return isupper(s[0]);
}

/* A block the page sets inline ("display:inline" in its style): the
 * words run on as a browser runs them. */
static bool
styled_inline(const xmlNode *n)
{
    const char *st = rd_html_attr(n, "style");
    for (const char *d = st ? strstr(st, "display") : NULL; d; d = strstr(d + 1, "display")) {
        const char *v = d + 7;
        while (*v == ' ')
            v++;
        if (*v++ != ':')
            continue;
        while (*v == ' ')
            v++;
        if (!strncasecmp(v, "inline", 6))
            return true;
    }
    return false;
}

/* A line break in a cell, after words only and never two in a row (a
 * block's end and the next block's start meet). */
static void
cell_break(conv *cv, doc_node *parent, const xmlNode *n)
{
    trim_end(parent);
    const doc_node *l = parent->last_child;
    if (!l || l->type == DOC_BREAK)
        return;
    doc_append(parent, doc_node_new(cv->c->a, DOC_BREAK, pos_of(cv, n)));
    cv->space = true;
}

static void
inline_node(conv *cv, const xmlNode *n, doc_node *parent, int depth)
{
    rd_html_ctx *c = cv->c;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content)
            add_text(cv, parent, (const char *)n->content, n);
        return;
    }
    if (n->type == XML_ELEMENT_NODE && rd_html_is(n, "svg")) {
        if (rd_html_drawing(c, n, parent, pos_of(cv, n)))
            cv->space = false;
        return;
    }
    if (n->type != XML_ELEMENT_NODE || forbidden(n))
        return;
    if (depth > RD_HTML_MAX_DEPTH) {
        char *t = rd_html_text_dup(c->scratch, n);
        add_text(cv, parent, t, n);
        return;
    }
    const char *nm = (const char *)n->name;
    if (place_name(n))
        anchor_add(cv, place_name(n), block_of(parent));
    if (!strcmp(nm, "br")) {
        doc_append(parent, doc_node_new(c->a, DOC_BREAK, pos_of(cv, n)));
        cv->space = true;
    } else if (!strcmp(nm, "cite") && holds_emphasis(n)) {
        /* a whole reference ("Mackay, D. (1986). <i>The Book</i>. Reed."):
           its title is marked within, so the rest is set upright, as
           Wikipedia's style sheet sets it; italic all through would hide
           the title */
        inlines(cv, n, parent, depth + 1);
    } else if (!strcmp(nm, "em") || !strcmp(nm, "i") || !strcmp(nm, "cite") ||
               !strcmp(nm, "dfn") || !strcmp(nm, "var")) {
        wrap(cv, DOC_EMPH, n, parent, depth);
    } else if (!strcmp(nm, "strong") || !strcmp(nm, "b")) {
        wrap(cv, DOC_STRONG, n, parent, depth);
    } else if (!strcmp(nm, "sub")) {
        wrap(cv, DOC_SUB, n, parent, depth);
    } else if (!strcmp(nm, "sup")) {
        wrap(cv, DOC_SUP, n, parent, depth);
    } else if (!strcmp(nm, "s") || !strcmp(nm, "strike") || !strcmp(nm, "del")) {
        wrap(cv, DOC_STRIKE, n, parent, depth);
    } else if (!strcmp(nm, "q")) {
        /* a browser prints the quotation marks <q> stands for; straight
           ones here, made the language's own by the typography pass
           (double outside, single within) */
        const char *mark = "\"";
        for (const xmlNode *a = n->parent; a; a = a->parent)
            if (a->type == XML_ELEMENT_NODE && rd_html_is(a, "q"))
                mark = mark[0] == '"' ? "'" : "\"";
        bool marked = quoted_already(c, n);
        if (!marked) {
            /* the marks hug the quoted words: spaces go outside them */
            const xmlNode *first = n->children;
            if (first && first->type == XML_TEXT_NODE && first->content &&
                is_ws((char)first->content[0]))
                add_text(cv, parent, " ", n);
            add_text(cv, parent, mark, n);
            cv->space = true;
        }
        inlines(cv, n, parent, depth + 1);
        if (!marked) {
            bool after = untype_space(parent);
            add_text(cv, parent, mark, n);
            /* its space goes after it, unless punctuation follows */
            const xmlNode *nx = n->next;
            if (after &&
                !(nx && nx->type == XML_TEXT_NODE && nx->content && ispunct(nx->content[0])))
                add_text(cv, parent, " ", n);
        }
    } else if (!strcmp(nm, "rt")) {
        /* a ruby's reading: in parentheses after its base, as browsers
           without ruby show it, unless the page gives them (<rp>) */
        bool rp = false;
        for (const xmlNode *k = n->parent ? n->parent->children : NULL; k && !rp; k = k->next)
            rp = k->type == XML_ELEMENT_NODE && rd_html_is(k, "rp");
        char *t = rd_html_text_dup(c->scratch, n);
        bool wide = false;
        for (const unsigned char *q = (const unsigned char *)t; *q && !wide; q++)
            wide = *q >= 0xE3; /* U+3000 and above: kana, CJK */
        if (!t[strspn(t, " \t\r\n")])
            return; /* no reading */
        if (!rp)
            add_text(cv, parent, wide ? "\xEF\xBC\x88" : "(", n);
        inlines(cv, n, parent, depth + 1);
        if (!rp)
            add_text(cv, parent, wide ? "\xEF\xBC\x89" : ")", n);
    } else if (!strcmp(nm, "code") || !strcmp(nm, "kbd") || !strcmp(nm, "samp") ||
               !strcmp(nm, "tt")) {
        char *t = rd_html_text_dup(c->scratch, n);
        if (!t[0])
            return;
        if (cv->space && parent->last_child == NULL)
            cv->space = true;
        doc_node *code = doc_node_new(c->a, DOC_CODE, pos_of(cv, n));
        code->text = arena_strdup(c->a, t);
        code->len = strlen(t);
        code->flags |= DOC_F_NOSMART;
        doc_append(parent, code);
        cv->space = false;
    } else if (!strcmp(nm, "a")) {
        const char *href = rd_html_attr(n, "href");
        while (href && isspace((unsigned char)*href))
            href++;
        if (!href || !href[0] || (href[0] == '#' && !href[1]) || rd_html_url_unsafe(href)) {
            inlines(cv, n, parent, depth + 1);
            return;
        }
        doc_node *l = doc_node_new(c->a, DOC_LINK, pos_of(cv, n));
        if (href[0] == '#') {
            /* A place in the page: resolved when the page is done. */
            l->as.link.href = rd_html_squash(c->a, href, strlen(href));
            if (cv->n_links == cv->cap_links) {
                size_t nc = cv->cap_links ? cv->cap_links * 2 : 16;
                cv->links = arena_realloc(c->scratch, cv->links, cv->cap_links * sizeof *cv->links,
                                          nc * sizeof *cv->links);
                cv->cap_links = nc;
            }
            cv->links[cv->n_links++] = l;
        } else {
            l->as.link.href = rd_html_resolve(c, href);
        }
        const char *title = rd_html_attr(n, "title");
        if (title && title[0])
            l->as.link.title = rd_html_squash(c->a, title, strlen(title));
        doc_append(parent, l);
        inlines(cv, n, l, depth + 1);
        if (!l->first_child)
            doc_unlink(l);
    } else if (!strcmp(nm, "math")) {
        rd_html_math(c, n, parent, pos_of(cv, n));
        cv->space = false;
    } else if (!strcmp(nm, "img")) {
        if (!(n->extra & HOISTED))
            image(cv, n, NULL, parent);
    } else if (!strcmp(nm, "picture")) {
        for (xmlNode *ch = n->children; ch; ch = ch->next)
            if (rd_html_is(ch, "img")) {
                image(cv, ch, n, parent);
                break;
            }
    } else if (heading_named(n) && !inside_bold(parent)) {
        wrap(cv, DOC_STRONG, n, parent, depth);
    } else if (is_block(n) && cv->cell > 0 && !styled_inline(n)) {
        /* Blocks in a cell (an infobox's list of languages, two
           paragraphs) stand on lines of their own, as a browser shows
           them: a line break between them and the words around. */
        cell_break(cv, parent, n);
        inlines(cv, n, parent, depth + 1);
        for (const xmlNode *k = n->next; k; k = k->next)
            if (k->type == XML_ELEMENT_NODE ||
                ((k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) &&
                 rd_html_text_len(k) > 0)) {
                cell_break(cv, parent, n);
                break;
            }
    } else if (is_block(n)) {
        /* A block inside inline content (captions): keep words apart. */
        if (!cv->space)
            add_text(cv, parent, " ", n);
        inlines(cv, n, parent, depth + 1);
        if (!cv->space)
            add_text(cv, parent, " ", n);
    } else {
        if (cv->caption && !cv->space && glued_sentence(parent, n))
            add_text(cv, parent, " ", n);
        inlines(cv, n, parent, depth + 1);
    }
}

static void
inlines(conv *cv, const xmlNode *parent, doc_node *out, int depth)
{
    for (const xmlNode *ch = parent->children; ch; ch = ch->next)
        inline_node(cv, ch, out, depth);
}

/* ---- blocks ---- */

static doc_node *
start_block(conv *cv, doc_type t, const xmlNode *el, doc_node *container)
{
    doc_node *b = doc_node_new(cv->c->a, t, pos_of(cv, el));
    if (t == DOC_PARA && rd_html_centred(el))
        b->flags |= DOC_F_CENTER;
    doc_append(container, b);
    cv->space = true;
    anchors_land(cv, b);
    return b;
}

/* Drop a block that came out empty; the names it took wait for the next. */
static void
drop_block(conv *cv, doc_node *b)
{
    anchors_unland(cv, b);
    doc_unlink(b);
}

/* Is paragraph p a scene break: a line of marks alone ("* * *",
 * "******", "~~~", an asterism or a fleuron)? */
static bool
scene_break(doc_node *p)
{
    if (p->type != DOC_PARA)
        return false;
    for (const doc_node *k = p->first_child; k; k = k->next)
        if (k->type != DOC_TEXT && k->type != DOC_STRONG && k->type != DOC_EMPH)
            return false;
    /* read in place, every paragraph ends here: a prose one stops at its
       first letter */
    size_t marks = 0, single = 0;
    doc_iter it;
    doc_iter_init(&it, p);
    doc_node *x;
    doc_event ev;
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || x->type != DOC_TEXT)
            continue;
        for (size_t i = 0; i < x->len;) {
            uint32_t cp;
            size_t l = utf8_decode(x->text + i, x->len - i, &cp);
            if (!l)
                return false;
            i += l;
            if (cp == ' ' || cp == 0xA0 || cp == '\t' || cp == '\n')
                continue;
            if (cp == 0x2042 || cp == 0x2767 || cp == 0x2619 || cp == 0x2766)
                single++; /* asterism, fleurons: a break alone */
            else if (cp == '*' || cp == '#' || cp == '~' || cp == '=' || cp == 0x2022 ||
                     cp == 0xB7 || cp == 0x2731 || cp == 0x25C6 || cp == 0x25C7)
                marks++;
            else
                return false;
        }
    }
    return (single && !marks) || (marks >= 3 && !single);
}

static void
end_block(conv *cv, doc_node *b)
{
    trim_end(b);
    if (!has_content(b)) {
        drop_block(cv, b);
    } else if (scene_break(b)) {
        /* a section break, printed and read as one, not a paragraph */
        while (b->first_child)
            doc_unlink(b->first_child);
        b->type = DOC_RULE;
    }
}

static const char *
code_info(arena *a, const xmlNode *pre)
{
    const xmlNode *targets[2] = {pre, NULL};
    for (const xmlNode *ch = pre->children; ch; ch = ch->next)
        if (rd_html_is(ch, "code"))
            targets[1] = ch;
    for (int i = 0; i < 2; i++) {
        const char *cls = targets[i] ? rd_html_attr(targets[i], "class") : NULL;
        if (!cls)
            continue;
        const char *p = strstr(cls, "language-");
        size_t skip = 9;
        if (!p) {
            p = strstr(cls, "lang-");
            skip = 5;
        }
        if (p) {
            p += skip;
            size_t n = 0;
            while (p[n] && !isspace((unsigned char)p[n]))
                n++;
            if (n)
                return arena_strndup(a, p, n);
        }
    }
    return NULL;
}

/* Raw text of a <pre>, <br> as a newline. */
static void
pre_text(const xmlNode *n, buf *b, int depth)
{
    for (const xmlNode *ch = n->children; ch; ch = ch->next) {
        if (ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) {
            if (ch->content)
                buf_adds(b, (const char *)ch->content);
        } else if (ch->type == XML_ELEMENT_NODE && !forbidden(ch)) {
            if (rd_html_is(ch, "br"))
                buf_addc(b, '\n');
            else if (depth < RD_HTML_MAX_DEPTH)
                pre_text(ch, b, depth + 1);
        }
    }
}

static void
code_block(conv *cv, const xmlNode *pre, doc_node *container, int depth)
{
    buf b;
    buf_init(&b, 0);
    pre_text(pre, &b, depth);
    size_t s = 0, e = b.len;
    /* A newline right after <pre> is not content (HTML rule); trailing blank lines go. */
    if (s < e && b.data[s] == '\n')
        s++;
    while (e > s && (b.data[e - 1] == '\n' || b.data[e - 1] == ' ' || b.data[e - 1] == '\t'))
        e--;
    if (e > s) {
        doc_node *cb = doc_node_new(cv->c->a, DOC_CODE_BLOCK, pos_of(cv, pre));
        cb->text = arena_strndup(cv->c->a, b.data + s, e - s);
        cb->len = e - s;
        cb->as.code.info = code_info(cv->c->a, pre);
        cb->flags |= DOC_F_NOSMART;
        doc_append(container, cb);
    }
    buf_cleanup(&b);
}

/* "<ul> (Really my goal is ...) </ul>": a list with words straight in
 * it and no item, old pages' way to indent a passage. */
static bool
indenting_list(const xmlNode *el)
{
    bool words = false;
    for (const xmlNode *ch = el->children; ch; ch = ch->next) {
        if (ch->type == XML_ELEMENT_NODE &&
            (rd_html_is(ch, "li") || rd_html_is(ch, "ul") || rd_html_is(ch, "ol")))
            return false;
        words |= ch->type == XML_TEXT_NODE && rd_html_text_len(ch) > 0;
    }
    return words;
}

static void
list_block(conv *cv, const xmlNode *el, doc_node *container, int depth)
{
    if (indenting_list(el)) {
        /* set as a browser shows it: indented, one passage */
        doc_node *q = start_block(cv, DOC_QUOTE, el, container);
        blocks(cv, el, q, depth + 1);
        if (!q->first_child)
            drop_block(cv, q);
        return;
    }
    doc_node *list = start_block(cv, DOC_LIST, el, container);
    list->as.list.ordered = rd_html_is(el, "ol");
    list->as.list.start = 1;
    const char *st = rd_html_attr(el, "start");
    if (st && list->as.list.ordered) {
        long v = strtol(st, NULL, 10);
        if (v > -1000000 && v < 1000000)
            list->as.list.start = (int)v;
    }
    bool tight = true;
    for (const xmlNode *ch = el->children; ch; ch = ch->next) {
        if (ch->type == XML_ELEMENT_NODE && (forbidden(ch) || (ch->extra & TAKEN)))
            continue;
        if (ch->type != XML_ELEMENT_NODE) {
            if (ch->type == XML_TEXT_NODE && rd_html_text_len(ch) == 0)
                continue;
            if (ch->type != XML_TEXT_NODE)
                continue;
        }
        doc_node *item = doc_node_new(cv->c->a, DOC_ITEM, pos_of(cv, ch));
        doc_append(list, item);
        cv->space = true;
        if (ch->type == XML_ELEMENT_NODE && place_name(ch) && !rd_html_is(ch, "ul") &&
            !rd_html_is(ch, "ol"))
            anchor_add(cv, place_name(ch), item);
        if (rd_html_is(ch, "li")) {
            /* Items hold blocks (a paragraph for plain text), the shape every
             * writer expects; the list stays tight unless an item had blocks. */
            if (contains_block(ch))
                tight = false;
            const char *task = rd_html_attr(ch, RD_HTML_TASK);
            if (task)
                item->flags |= DOC_F_TASK | (!strcmp(task, "done") ? DOC_F_DONE : 0u);
            blocks(cv, ch, item, depth + 1);
        } else if (rd_html_is(ch, "ul") || rd_html_is(ch, "ol")) {
            /* A list nested straight in a list belongs to the previous item. */
            doc_unlink(item);
            doc_node *prev = list->last_child;
            list_block(cv, ch, prev ? prev : container, depth + 1);
            continue;
        } else if (is_block(ch) || contains_block(ch)) {
            tight = false;
            blocks(cv, ch, item, depth + 1);
        } else {
            doc_node *p = start_block(cv, DOC_PARA, ch, item);
            inline_node(cv, ch, p, depth + 1);
            end_block(cv, p);
        }
        if (!has_content(item))
            doc_unlink(item);
    }
    if (tight)
        list->flags |= DOC_F_TIGHT;
    if (!list->first_child)
        drop_block(cv, list);
}

static void
cell_content(conv *cv, const xmlNode *cell, doc_node *out, int depth)
{
    cv->space = true;
    cv->cell++;
    inlines(cv, cell, out, depth + 1);
    cv->cell--;
    trim_end(out);
}

/* A cell's colspan or rowspan: 0 (one) unless a number from 2 to max. */
static uint16_t
span_attr(const xmlNode *cell, const char *name, long max)
{
    const char *v = rd_html_attr(cell, name);
    long n = v ? strtol(v, NULL, 10) : 0;
    return n >= 2 ? (uint16_t)(n < max ? n : max) : 0;
}

static bool
own_row(const xmlNode *tr, const xmlNode *table)
{
    for (const xmlNode *p = tr->parent; p; p = p->parent)
        if (rd_html_is(p, "table"))
            return p == table;
    return false;
}

/* Is a table a frame setting tables side by side: every cell of its own
 * that has words (a header aside: the frame's title) holds a table? A
 * data table with a small table in one cell is not. */
static bool
frames_tables(const xmlNode *t)
{
    size_t framed = 0;
    for (xmlNode *n = rd_html_next((xmlNode *)t, t, true); n; n = rd_html_next(n, t, true)) {
        if (!rd_html_is(n, "tr") || !own_row(n, t))
            continue;
        for (xmlNode *cell = n->children; cell; cell = cell->next) {
            if (!rd_html_is(cell, "td") && !rd_html_is(cell, "th"))
                continue;
            bool inner = false;
            for (xmlNode *k = rd_html_next(cell, cell, true); k && !inner;
                 k = rd_html_next(k, cell, true))
                inner = rd_html_is(k, "table");
            if (inner)
                framed++;
            else if (rd_html_is(cell, "td") && rd_html_text_len(cell) > 0)
                return false;
        }
    }
    return framed > 0;
}

static void
table_block(conv *cv, const xmlNode *el, doc_node *container, int depth)
{
    doc_node *table = doc_node_new(cv->c->a, DOC_TABLE, pos_of(cv, el));
    for (xmlNode *n = rd_html_next((xmlNode *)el, el, true); n; n = rd_html_next(n, el, true)) {
        if (rd_html_is(n, "caption") && own_row(n, el)) {
            doc_node *p = start_block(cv, DOC_CAPTION, n, container); /* over its table */
            inlines(cv, n, p, depth + 1);
            end_block(cv, p);
            continue;
        }
        if (!rd_html_is(n, "tr") || !own_row(n, el))
            continue;
        doc_node *row = doc_node_new(cv->c->a, DOC_ROW, pos_of(cv, n));
        if (place_name(n))
            anchor_add(cv, place_name(n), row);
        bool all_th = true, any = false;
        for (xmlNode *cell = n->children; cell; cell = cell->next) {
            if (!rd_html_is(cell, "td") && !rd_html_is(cell, "th"))
                continue;
            doc_node *dc = doc_node_new(cv->c->a, DOC_CELL, pos_of(cv, cell));
            if (place_name(cell))
                anchor_add(cv, place_name(cell), dc);
            if (rd_html_is(cell, "th"))
                dc->flags |= DOC_F_HEADER;
            else
                all_th = false;
            const char *al = rd_html_attr(cell, "align");
            if (al)
                dc->as.cell.align = !strcasecmp(al, "center") ? DOC_ALIGN_CENTER
                                    : !strcasecmp(al, "right") ? DOC_ALIGN_RIGHT
                                    : !strcasecmp(al, "left")  ? DOC_ALIGN_LEFT
                                                               : DOC_ALIGN_NONE;
            dc->as.cell.colspan = span_attr(cell, "colspan", 64);
            dc->as.cell.rowspan = span_attr(cell, "rowspan", 1000);
            cell_content(cv, cell, dc, depth);
            doc_append(row, dc);
            any = true;
        }
        if (!any)
            continue;
        if (all_th || (n->parent && rd_html_is(n->parent, "thead")))
            row->flags |= DOC_F_HEADER;
        doc_append(table, row);
    }
    if (table->first_child && has_content(table))
        doc_append(container, table);
}

/* The <figcaption> right after a figure, only white space between: pages
 * that float the caption beside the picture rather than inside it. */
static xmlNode *
sibling_caption(const xmlNode *fig)
{
    for (xmlNode *s = fig->next; s; s = s->next) {
        if (s->type == XML_COMMENT_NODE ||
            ((s->type == XML_TEXT_NODE || s->type == XML_CDATA_SECTION_NODE) &&
             rd_html_text_len(s) == 0))
            continue;
        return rd_html_is(s, "figcaption") ? s : NULL;
    }
    return NULL;
}

static void
caption_inlines(conv *cv, const xmlNode *fc, doc_node **cap, int depth)
{
    if (!*cap)
        *cap = doc_node_new(cv->c->a, DOC_CAPTION, pos_of(cv, fc));
    bool sp = cv->space;
    cv->space = true;
    cv->caption++;
    inlines(cv, fc, *cap, depth + 1);
    cv->caption--;
    cv->space = sp;
}

static bool
is_alt(const doc_node *n)
{
    return n->type == DOC_EMPH && (n->flags & DOC_F_ALT);
}

static bool
blank(const doc_node *n)
{
    return n->type == DOC_TEXT && !has_content(n);
}

/* The alt stand-in that n is, or that n (a link to the picture, as
 * galleries make) holds and nothing else; NULL otherwise. */
static doc_node *
alt_of(doc_node *n)
{
    if (n->type == DOC_LINK) {
        doc_node *only = NULL;
        for (doc_node *k = n->first_child; k; k = k->next) {
            if (blank(k))
                continue;
            if (only)
                return NULL;
            only = k;
        }
        n = only;
    }
    return n && is_alt(n) ? n : NULL;
}

/* The letters and digits of a text, ASCII lower-cased; punctuation, white
 * space and symbols (including typographic quotes and dashes) dropped, so
 * "Orchid in foam oasis." and "orchid  in foam-oasis" compare equal. */
static char *
word_chars(arena *a, const char *s)
{
    size_t n = strlen(s), k = 0;
    char *out = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = utf8_decode(s + i, n - i, &cp);
        if (l == 0)
            l = 1, cp = 0xFFFD;
        bool word = cp < 0x80 ? isalnum((int)cp) != 0
                              : !(cp <= 0xBF || cp == 0xD7 || cp == 0xF7 ||
                                  (cp >= 0x2000 && cp <= 0x2BFF) ||
                                  (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD);
        if (word) {
            if (cp < 0x80)
                out[k++] = (char)tolower((int)cp);
            else
                memcpy(out + k, s + i, l), k += l;
        }
        i += l;
    }
    out[k] = '\0';
    return out;
}

/* Does the caption (its word_chars) say what the alt text says, ignoring
 * case, punctuation and spacing? Then the alt text would only repeat it. */
static bool
caption_repeats(arena *a, const char *cap_words, const doc_node *alt)
{
    const char *w = word_chars(a, doc_text_of(a, alt));
    return !w[0] || strstr(cap_words, w) != NULL;
}

/* A few words loose beside a picture that has no alt text (a label for
 * screen readers such as "Image"): short enough to stand in for it. */
static bool
short_label(arena *a, const doc_node *para)
{
    const char *t = doc_text_of(a, para);
    size_t words = doc_word_count(para);
    return words > 0 && words <= 4 && strlen(t) <= 40;
}

/* A figure whose picture could not be embedded (remote, missing, lazily
 * loaded and never there) stays a figure, its stand-in an emphasis as its
 * first children: the alt text of its images (flagged DOC_F_ALT, as alt
 * text inline is), dropped when the caption repeats it; else a short
 * label the page set beside the picture ("Photo", for screen readers),
 * unflagged, for it is the page's own text. Words beside the picture in a
 * figure without a caption (a credit) are its caption. */
static void
standin_figure(conv *cv, doc_node *fig, doc_node *holder, doc_node *cap, doc_node *container)
{
    rd_html_ctx *c = cv->c;
    doc_node *rest = doc_node_new(c->a, DOC_PARA, holder->pos);
    while (holder->first_child) {
        doc_node *x = holder->first_child, *alt = alt_of(x);
        doc_unlink(x);
        if (alt) {
            doc_unlink(alt);
            doc_append(fig, alt);
        } else {
            doc_append(rest, x);
        }
    }
    trim_start(rest);
    trim_end(rest);
    bool has_cap = cap && has_content(cap);
    if (!has_cap && has_content(rest) && doc_word_count(rest) <= 60) {
        cap = doc_node_new(c->a, DOC_CAPTION, rest->pos);
        while (rest->first_child) {
            doc_node *x = rest->first_child;
            doc_unlink(x);
            doc_append(cap, x);
        }
        has_cap = true;
    }
    const char *cap_words = has_cap ? word_chars(c->scratch, doc_text_of(c->scratch, cap)) : "";
    for (doc_node *x = fig->first_child, *next; x; x = next) {
        next = x->next;
        trim_end(x);
        if (!has_content(x) || (has_cap && caption_repeats(c->scratch, cap_words, x)))
            doc_unlink(x);
    }
    if (!fig->first_child && has_content(rest) && short_label(c->scratch, rest)) {
        doc_node *em = doc_node_new(c->a, DOC_EMPH, rest->pos);
        while (rest->first_child) {
            doc_node *x = rest->first_child;
            doc_unlink(x);
            if (has_content(x)) /* not a blank, nor a link around nothing */
                doc_append(em, x);
        }
        trim_end(em);
        doc_append(fig, em);
    }
    if (has_content(rest))
        doc_append(container, rest);
    if (has_cap)
        doc_append(fig, cap);
    if (fig->first_child)
        doc_append(container, fig);
}

/* Does a figure hold text of its own (a quotation, a listing, a table)
 * rather than a picture? Not for a <p>: extraction makes one of a <div>
 * holding only a label. */
static bool
text_figure(const xmlNode *fig)
{
    static const char *const text_tags[] = {"blockquote", "pre", "code", "ul", "ol", "dl",
                                            "table", "h1", "h2", "h3", "h4", "h5", "h6", NULL};
    xmlNode *n = rd_html_next((xmlNode *)fig, fig, true);
    while (n) {
        bool caption = rd_html_is(n, "figcaption");
        for (size_t i = 0; text_tags[i] && !caption; i++)
            if (rd_html_is(n, text_tags[i]))
                return true;
        n = rd_html_next(n, fig, !caption); /* a caption's own paragraphs do not count */
    }
    return false;
}

/* Does an element hold a picture (an <img>, <picture> or inline drawing)? */
static bool
holds_picture(const xmlNode *el)
{
    for (xmlNode *n = rd_html_next((xmlNode *)el, el, true); n; n = rd_html_next(n, el, true))
        if (rd_html_is(n, "img") || rd_html_is(n, "picture") || rd_html_is(n, "svg") ||
            rd_html_is(n, "video"))
            return true;
    return false;
}

/* A figure of text and no picture: a listing (Jekyll and Hugo write every
 * highlighted code block as <figure class="highlight"><pre>), a
 * quotation, a table. Its blocks are read as blocks, so a listing keeps
 * its lines and a table its cells; its caption is a caption where the
 * page puts it, set as one by both writers. */
static void
text_figure_block(conv *cv, const xmlNode *el, doc_node *container, int depth)
{
    xmlNode *fc = NULL;
    bool first = true; /* the caption stands before the figure's text */
    for (xmlNode *ch = el->children; ch && !fc; ch = ch->next) {
        if (rd_html_is(ch, "figcaption"))
            fc = ch;
        else if ((ch->type == XML_TEXT_NODE && rd_html_text_len(ch) > 0) ||
                 (ch->type == XML_ELEMENT_NODE && !forbidden(ch) && rd_html_has_text(ch)))
            first = false;
    }
    doc_node *cap = NULL;
    if (fc) {
        caption_inlines(cv, fc, &cap, depth);
        fc->extra |= TAKEN;
        trim_end(cap);
        if (!has_content(cap))
            cap = NULL;
    }
    if (cap && first)
        doc_append(container, cap);
    cv->space = true;
    blocks(cv, el, container, depth + 1);
    if (cap && !first)
        doc_append(container, cap);
}

static void
figure_block(conv *cv, const xmlNode *el, doc_node *container, int depth)
{
    if (text_figure(el) && !holds_picture(el)) {
        text_figure_block(cv, el, container, depth);
        return;
    }
    doc_node *fig = doc_node_new(cv->c->a, DOC_FIGURE, pos_of(cv, el));
    doc_node *holder = doc_node_new(cv->c->a, DOC_PARA, pos_of(cv, el));
    doc_node *cap = NULL;
    size_t unembedded = cv->n_unembedded;
    cv->space = true;
    for (const xmlNode *ch = el->children; ch; ch = ch->next) {
        if (rd_html_is(ch, "figcaption"))
            caption_inlines(cv, ch, &cap, depth);
        else
            inline_node(cv, ch, holder, depth + 1);
    }
    if (!cap) {
        xmlNode *s = sibling_caption(el);
        if (s) {
            s->extra |= TAKEN;
            caption_inlines(cv, s, &cap, depth);
        }
    }
    unembedded = cv->n_unembedded - unembedded;
    size_t images = 0;
    for (doc_node *x = holder->first_child; x; x = x->next)
        if (x->type == DOC_IMAGE)
            images++;
    if (cap)
        trim_end(cap);
    if (images) {
        /* Images go in the figure; any other text stays as a paragraph. */
        doc_node *rest = doc_node_new(cv->c->a, DOC_PARA, holder->pos);
        while (holder->first_child) {
            doc_node *x = holder->first_child;
            doc_unlink(x);
            doc_append(x->type == DOC_IMAGE ? fig : rest, x);
        }
        trim_start(rest);
        trim_end(rest);
        if (has_content(rest))
            doc_append(container, rest);
        if (cap && has_content(cap))
            doc_append(fig, cap);
        doc_append(container, fig);
        return;
    }
    trim_end(holder);
    /* No picture at all but a caption and at most a label: the picture
     * was loaded by a script, and the caption is still a figure's. */
    bool lost = cap && has_content(cap) && !text_figure(el) &&
                (!has_content(holder) || short_label(cv->c->scratch, holder));
    if (unembedded || lost) {
        standin_figure(cv, fig, holder, cap, container);
        return;
    }
    /* A figure of text (a quotation, a listing): its words as paragraphs. */
    if (has_content(holder))
        doc_append(container, holder);
    if (cap && has_content(cap)) {
        doc_node *p = doc_node_new(cv->c->a, DOC_PARA, cap->pos);
        while (cap->first_child) {
            doc_node *x = cap->first_child;
            doc_unlink(x);
            doc_append(p, x);
        }
        doc_append(container, p);
    }
}

/* A picture set inside a heading beside its words ("<h2>Why It Matters
 * <a><img alt="the harbour wall"></a></h2>", as some editors place a
 * section's photograph) is the section's figure: read inside, its alt
 * text would run on as the heading's last words. The pictures (not an
 * icon's size) are marked HOISTED and returned, when the heading has
 * words of its own; the heading is then read without them. */
#define HEADING_PICTURES 4

static size_t
heading_pictures(const xmlNode *h, const xmlNode **out)
{
    size_t n = 0;
    bool words = false;
    const xmlNode *e = h->children;
    while (e && e != h) {
        if (e->type == XML_TEXT_NODE && rd_html_text_len(e) > 0)
            words = true;
        else if (e->type == XML_ELEMENT_NODE && rd_html_is(e, "img") && !icon_sized(e) &&
                 n < HEADING_PICTURES)
            out[n++] = e;
        if (e->type == XML_ELEMENT_NODE && e->children && !forbidden(e)) {
            e = e->children;
            continue;
        }
        while (e != h && !e->next)
            e = e->parent;
        if (e != h)
            e = e->next;
    }
    if (!words)
        return 0;
    for (size_t i = 0; i < n; i++)
        ((xmlNode *)out[i])->extra |= HOISTED;
    return n;
}

/* A paragraph holding nothing but the stand-in of one image that could
 * not be embedded (perhaps inside a link to it) is that image's figure;
 * an image inside running text keeps its alt text inline, and so does one
 * that is a list item's text (the item's marker goes with it). A linked
 * image alone in a list item is a gallery's picture, not an item's text:
 * a figure, as the same link and image make anywhere else. */
static void
lone_image_figure(const conv *cv, doc_node *p)
{
    if (!p->parent || p->type != DOC_PARA)
        return;
    doc_node *only = NULL;
    for (doc_node *k = p->first_child; k; k = k->next) {
        if (blank(k))
            continue;
        if (only)
            return;
        only = k;
    }
    if (only && p->parent->type == DOC_ITEM && only->type != DOC_LINK)
        return;
    only = only ? alt_of(only) : NULL;
    if (!only || only == cv->icon)
        return;
    doc_unlink(only);
    while (p->first_child)
        doc_unlink(p->first_child);
    doc_append(p, only);
    p->type = DOC_FIGURE;
}

/* ---- definition lists ---- */

/* Gather a <dl>'s <dt> and <dd> in order, through the <div> groups HTML
 * allows around them. False when it holds anything else with words, or a
 * term that is no words in a line (a picture, a block): then the list is
 * a layout (WordPress's gallery is a <dl> of a picture over a caption)
 * and its parts are read as blocks. */
static bool
def_parts(const xmlNode *el, rd_html_list *parts, int depth)
{
    for (const xmlNode *ch = el->children; ch; ch = ch->next) {
        if (ch->type == XML_TEXT_NODE && rd_html_text_len(ch) > 0)
            return false;
        if (ch->type != XML_ELEMENT_NODE || forbidden(ch) || (ch->extra & TAKEN))
            continue;
        if (rd_html_is(ch, "dt")) {
            if (contains_block(ch) || !rd_html_has_text(ch))
                return false;
            rd_html_list_push(parts, (xmlNode *)ch);
        } else if (rd_html_is(ch, "dd")) {
            rd_html_list_push(parts, (xmlNode *)ch);
        } else if (rd_html_is(ch, "div") && depth < 2) {
            if (!def_parts(ch, parts, depth + 1))
                return false;
        } else if (rd_html_has_text(ch) || holds_picture(ch) || rd_html_is(ch, "img") ||
                   rd_html_is(ch, "picture")) {
            return false; /* words or a picture beside the terms: read as blocks */
        }
    }
    return true;
}

/* A term alone, where no definition follows it: a bold paragraph, as a
 * page shows it. */
static void
term_para(conv *cv, const xmlNode *dt, doc_node *container, int depth)
{
    doc_node *p = start_block(cv, DOC_PARA, dt, container);
    doc_node *s = doc_node_new(cv->c->a, DOC_STRONG, p->pos);
    doc_append(p, s);
    inlines(cv, dt, s, depth + 1);
    end_block(cv, p);
}

/* Terms parts[from..to) and the definitions after them, into defs. */
static void
def_group(conv *cv, rd_html_list *parts, size_t from, size_t to, doc_node *defs, int depth)
{
    size_t i = from;
    for (; i < to && rd_html_is(parts->v[i], "dt"); i++) {
        doc_node *t = start_block(cv, DOC_TERM, parts->v[i], defs);
        inlines(cv, parts->v[i], t, depth + 1);
        trim_end(t);
        if (!has_content(t))
            drop_block(cv, t);
        else if (place_name(parts->v[i])) /* a glossary's terms are where its links aim */
            anchor_add(cv, place_name(parts->v[i]), t);
    }
    for (; i < to; i++) {
        doc_node *d = start_block(cv, DOC_DEF, parts->v[i], defs);
        blocks(cv, parts->v[i], d, depth + 1);
        if (!has_content(d))
            drop_block(cv, d);
        else if (place_name(parts->v[i]))
            anchor_add(cv, place_name(parts->v[i]), d);
    }
}

/* A group that came out without a term or without a definition (its
 * words were all in parts the reader drops) is set as text after the
 * list: a term as a bold paragraph, a definition's blocks as they are. */
static void
group_as_text(conv *cv, doc_node *first, doc_node *container)
{
    while (first) {
        doc_node *next = first->next;
        doc_unlink(first);
        if (first->type == DOC_TERM) {
            doc_node *s = doc_node_new(cv->c->a, DOC_STRONG, first->pos);
            while (first->first_child) {
                doc_node *k = first->first_child;
                doc_unlink(k);
                doc_append(s, k);
            }
            first->type = DOC_PARA;
            doc_append(first, s);
            doc_append(container, first);
        } else {
            while (first->first_child) {
                doc_node *k = first->first_child;
                doc_unlink(k);
                doc_append(container, k);
            }
        }
        first = next;
    }
}

/* A definition list: groups of terms, each over its definitions. What
 * breaks the shape (definitions before the first term, terms after the
 * last definition, a group whose terms or definitions all came out empty)
 * is read as the page shows it, definitions as text and terms in bold,
 * and a list goes on after it as a new one. */
static bool
defs_block(conv *cv, const xmlNode *el, doc_node *container, int depth)
{
    rd_html_list parts = {0};
    bool ok = def_parts(el, &parts, 0);
    size_t n_dt = 0;
    for (size_t i = 0; ok && i < parts.n; i++)
        n_dt += rd_html_is(parts.v[i], "dt");
    if (!ok || n_dt == 0 || n_dt == parts.n) {
        rd_html_list_free(&parts);
        return false;
    }
    size_t i = 0;
    for (; i < parts.n && rd_html_is(parts.v[i], "dd"); i++)
        blocks(cv, parts.v[i], container, depth + 1);
    doc_node *defs = NULL;
    while (i < parts.n) {
        size_t j = i;
        while (j < parts.n && rd_html_is(parts.v[j], "dt"))
            j++;
        if (j == parts.n)
            break; /* terms with nothing after them */
        size_t k = j;
        while (k < parts.n && rd_html_is(parts.v[k], "dd"))
            k++;
        if (!defs)
            defs = start_block(cv, DOC_DEFS, i == 0 ? el : parts.v[i], container);
        doc_node *before = defs->last_child;
        def_group(cv, &parts, i, k, defs, depth);
        doc_node *first = before ? before->next : defs->first_child;
        bool term = false, def = false;
        for (doc_node *x = first; x; x = x->next) {
            term = term || x->type == DOC_TERM;
            def = def || x->type == DOC_DEF;
        }
        if (!term || !def) {
            group_as_text(cv, first, container);
            if (!defs->first_child)
                drop_block(cv, defs);
            defs = NULL;
        }
        i = k;
    }
    for (; i < parts.n; i++)
        term_para(cv, parts.v[i], container, depth);
    rd_html_list_free(&parts);
    return true;
}

/* Is el the one line of text in a box that holds a picture and nothing
 * else: <div><a><img></a><p>Oak barrels enhance the flavour</p></div>?
 * Pages without <figure> box a picture with its caption so; a paragraph
 * of the article is never alone in a box with a picture, and is longer. */
static bool
boxed_with_picture(const xmlNode *el)
{
    const xmlNode *box = el->parent;
    if (!box || box->type != XML_ELEMENT_NODE || rd_html_is(box, "body") ||
        rd_html_text_len_max(el, 3 * DOC_LINE_SHORT) > 3 * DOC_LINE_SHORT)
        return false;
    bool picture = false, after = false;
    for (const xmlNode *ch = box->children; ch; ch = ch->next) {
        if (ch == el) {
            after = true;
            continue;
        }
        if (ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) {
            if (!rd_html_blank_text(ch))
                return false;
        } else if (ch->type == XML_ELEMENT_NODE && !forbidden(ch)) {
            bool pic = rd_html_is(ch, "img") || rd_html_is(ch, "picture") ||
                       rd_html_is(ch, "svg") || holds_picture(ch);
            if (after || rd_html_has_text(ch) || !pic)
                return false;
            picture = true;
        }
    }
    return picture;
}

/* A caption the page set after a picture instead of in a <figure> with
 * it: MediaWiki's div.thumbcaption, WordPress's p.wp-caption-text, and
 * the many "image-caption" blocks of news sites. Right after the figure
 * its picture just made, with no caption yet, an element whose class or
 * id says caption, or that is the only text boxed with the picture,
 * holding no picture and no block structure, is that figure's caption. */
static bool
loose_caption(conv *cv, const xmlNode *el, doc_node *container, int depth)
{
    doc_node *fig = container->last_child;
    if (!fig || fig->type != DOC_FIGURE)
        return false;
    for (const doc_node *k = fig->first_child; k; k = k->next)
        if (k->type == DOC_CAPTION)
            return false;
    char lc[256];
    rd_html_class_id(el, lc, sizeof lc);
    if (!strstr(lc, "caption") && !boxed_with_picture(el))
        return false;
    static const char *const not_in_caption[] = {"img",   "picture", "video", "figure", "table",
                                                 "ul",    "ol",      "pre",   "h1",     "h2",
                                                 "h3",    "h4",      "h5",    "h6",     "blockquote",
                                                 "svg",   "iframe",  NULL};
    for (xmlNode *n = (xmlNode *)el; n; n = rd_html_next(n, el, true))
        for (size_t i = 0; not_in_caption[i]; i++)
            if (rd_html_is(n, not_in_caption[i]))
                return false;
    doc_node *cap = NULL;
    caption_inlines(cv, el, &cap, depth);
    trim_start(cap);
    trim_end(cap);
    if (has_content(cap))
        doc_append(fig, cap);
    return true;
}

static void
block_kind(conv *cv, const xmlNode *el, doc_node *container, int depth)
{
    rd_html_ctx *c = cv->c;
    const char *nm = (const char *)el->name;
    if (depth > RD_HTML_MAX_DEPTH) {
        doc_node *p = start_block(cv, DOC_PARA, el, container);
        add_text(cv, p, rd_html_text_dup(c->scratch, el), el);
        end_block(cv, p);
        if (!c->depth_warned) {
            c->depth_warned = true;
            diag_warn(c->d, c->path, pos_of(cv, el).line, 0,
                      "elements nested more than %d deep; the rest is kept as plain text",
                      RD_HTML_MAX_DEPTH);
        }
        return;
    }
    if (nm[0] == 'h' && nm[1] >= '1' && nm[1] <= '6' && !nm[2]) {
        const xmlNode *pics[HEADING_PICTURES];
        size_t np = heading_pictures(el, pics);
        doc_node *h = start_block(cv, DOC_HEADING, el, container);
        h->as.heading.level = nm[1] == '1' ? 2 : nm[1] - '0';
        inlines(cv, el, h, depth + 1);
        end_block(cv, h);
        for (size_t i = 0; i < np; i++) {
            doc_node *p = start_block(cv, DOC_PARA, pics[i], container);
            image(cv, pics[i], NULL, p);
            end_block(cv, p);
            lone_image_figure(cv, p);
        }
    } else if (loose_caption(cv, el, container, depth)) {
        return;
    } else if ((!strcmp(nm, "p") || !strcmp(nm, "div")) && heading_named(el)) {
        doc_node *p = start_block(cv, DOC_PARA, el, container);
        wrap(cv, DOC_STRONG, el, p, depth);
        end_block(cv, p);
    } else if (!strcmp(nm, "p") && !contains_block(el)) {
        doc_node *p = start_block(cv, DOC_PARA, el, container);
        inlines(cv, el, p, depth + 1);
        end_block(cv, p);
        lone_image_figure(cv, p);
    } else if (!strcmp(nm, "blockquote")) {
        doc_node *q = start_block(cv, DOC_QUOTE, el, container);
        blocks(cv, el, q, depth + 1);
        if (!q->first_child)
            drop_block(cv, q);
    } else if (!strcmp(nm, "ul") || !strcmp(nm, "ol") || !strcmp(nm, "menu")) {
        list_block(cv, el, container, depth);
    } else if (!strcmp(nm, "pre") || !strcmp(nm, "listing") || !strcmp(nm, "xmp") ||
               !strcmp(nm, "plaintext")) {
        code_block(cv, el, container, depth);
    } else if (!strcmp(nm, "hr")) {
        doc_append(container, doc_node_new(c->a, DOC_RULE, pos_of(cv, el)));
    } else if (!strcmp(nm, "table")) {
        /* a table framing tables side by side: its tables are set one
           after another, its title as text (a cell holds no table: they
           would run together as words) */
        if (rd_html_is_data_table((xmlNode *)el) && !frames_tables(el))
            table_block(cv, el, container, depth);
        else
            blocks(cv, el, container, depth + 1); /* a layout table: its cells' content */
    } else if (!strcmp(nm, "figure")) {
        figure_block(cv, el, container, depth);
    } else if (!strcmp(nm, "dl") && defs_block(cv, el, container, depth)) {
        /* read as a definition list */
    } else if (!strcmp(nm, "dt")) {
        term_para(cv, el, container, depth);
    } else {
        blocks(cv, el, container, depth + 1);
    }
}

/* One block element. A name it gives its place waits for the first block
 * made from now on: its own, or the first inside it (a <section id>), or
 * when it made nothing (an empty <div id>), the next one. */
static void
block_node(conv *cv, const xmlNode *el, doc_node *container, int depth)
{
    const char *name = place_name(el);
    if (!name) {
        block_kind(cv, el, container, depth);
        return;
    }
    anchor_add(cv, name, NULL);
    doc_node *before = container->last_child;
    block_kind(cv, el, container, depth);
    doc_node *first = before ? before->next : container->first_child;
    if (first)
        anchors_land(cv, first);
}

static void
blocks(conv *cv, const xmlNode *parent, doc_node *out, int depth)
{
    doc_node *para = NULL;
    const xmlNode *para_from = NULL; /* the first node of para's run */
    for (const xmlNode *ch = parent->children; ch; ch = ch->next) {
        if (ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) {
            if (!para) {
                if (rd_html_text_len(ch) == 0)
                    continue;
                para = start_block(cv, DOC_PARA, ch, out);
                para_from = ch;
            }
            inline_node(cv, ch, para, depth);
            continue;
        }
        if (ch->type == XML_ELEMENT_NODE && rd_html_is(ch, "svg")) {
            /* a drawing standing among blocks: a paragraph of its own,
               which lone_image_figure makes a figure */
            if (!para) {
                para = start_block(cv, DOC_PARA, ch, out);
                para_from = ch;
            }
            inline_node(cv, ch, para, depth);
            continue;
        }
        if (ch->type != XML_ELEMENT_NODE || forbidden(ch) || (ch->extra & TAKEN))
            continue;
        if (is_block(ch) || contains_block(ch)) {
            if (para) {
                end_block(cv, para);
                lone_image_figure(cv, para);
                para = NULL;
            }
            block_node(cv, ch, out, depth);
        } else {
            if (rd_html_is(ch, "br") && !para)
                continue;
            /* headline links one to a line: each its own paragraph */
            if (para && rd_html_is(ch, "a") && rd_html_links_listed(para_from, ch)) {
                end_block(cv, para);
                lone_image_figure(cv, para);
                para = NULL;
            }
            if (!para) {
                para = start_block(cv, DOC_PARA, ch, out);
                para_from = ch;
            }
            inline_node(cv, ch, para, depth);
        }
    }
    if (para) {
        end_block(cv, para);
        lone_image_figure(cv, para);
    }
}

/* One warning for the page's missing pictures and one for its broken
 * ones, at the first of each: a saved page can hold dozens. */
static void
report_images(conv *cv)
{
    rd_html_ctx *c = cv->c;
    if (cv->n_missing)
        diag_warn(c->d, c->path, cv->missing_line, 0,
                  "%zu local image%s not found (first: %s); alt text kept", cv->n_missing,
                  cv->n_missing == 1 ? "" : "s", cv->missing);
    if (cv->n_broken)
        diag_warn(c->d, c->path, cv->broken_line, 0,
                  "%zu image%s not usable (first: %s, %s); alt text kept", cv->n_broken,
                  cv->n_broken == 1 ? "" : "s", cv->broken, cv->broken_why);
}

void
rd_html_convert(rd_html_ctx *c, xmlNode *root, doc_node *article)
{
    conv cv = {.c = c, .space = true};
    mark_blocks(root);
    blocks(&cv, root, article, 0);
    doc_para_center_settle(article);
    anchors_resolve(&cv, article, c->meta != NULL);
    rd_html_notes(c->a, c->scratch, article);
    report_images(&cv);
}

void
rd_html_convert_inline(rd_html_ctx *c, xmlNode *root, doc_node *parent)
{
    /* The host's text around the fragment owns the spaces at its edges:
     * a space inside the fragment's edge is kept as written, not dropped. */
    conv cv = {.c = c, .space = false};
    mark_blocks(root);
    /* Converted apart, then moved over: text merged into the host's text
     * run is copied, so only a short run is joined (a line of thousands
     * of fragments stays linear in time and memory). */
    doc_node *holder = doc_node_new(c->a, DOC_PARA, parent->pos);
    inlines(&cv, root, holder, 0);
    doc_node *first = holder->first_child;
    if (first && first->type == DOC_TEXT && parent->last_child &&
        parent->last_child->type == DOC_TEXT && parent->last_child->len + first->len < 256) {
        doc_unlink(first);
        doc_append_text(c->a, parent, first->text, first->len, first->pos);
    }
    while (holder->first_child) {
        doc_node *x = holder->first_child;
        doc_unlink(x);
        doc_append(parent, x);
    }
    for (size_t i = 0; i < cv.n_anchors; i++)
        if (cv.anchors[i].block == holder)
            cv.anchors[i].block = block_of(parent);
    anchors_resolve(&cv, parent, false);
    report_images(&cv);
}
