/*
 * drawing.c - an inline <svg> drawing in the article becomes a picture.
 *
 * A chart or diagram a page draws inline is part of the article; the many
 * other svgs of a page are icons (share buttons, arrows, logos), which
 * are not. A drawing is taken when
 * - every reader sees it: not aria-hidden, not inside a link, button or
 *   label (an icon's places), not classed an icon, logo or sprite;
 * - it is big: its declared width and height (its viewBox's when it
 *   declares none) at least 100 by 60 CSS pixels;
 * - it draws something of its own: three shapes or more (text counts)
 *   outside <defs> and <symbol> (an icon sheet's lone <use> is none);
 * - it paints itself: a shape named by a class and painted by nothing in
 *   the drawing takes its colours from the page's style sheet, which the
 *   book has not got, and would print as a black blot. A drawing with a
 *   <style> of its own, or with fewer such shapes than others, is taken.
 * Its source (kept by parse.c) is read as XML, HTML's named entities
 * written as numbers first and the namespaces HTML implies declared; what
 * may run or fetch goes (script, foreignObject, event handlers, links out
 * of the drawing but to small embedded pictures), and so do names of
 * undeclared namespaces (an editor's own attributes). It is handed on as
 * a data: URI, which both writers draw as they draw an .svg file. Its alt
 * text is its aria-label or its <title>.
 *
 * Raw HTML an author wrote in Markdown is no page of icons: there every
 * drawing not hidden is meant, whatever its size, and one that cannot be
 * used (no shape in it, not readable) gets a warning at its line; so does
 * what was taken out of it.
 */
#include "html_int.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/b64.h"
#include "../../base/buf.h"
#include "../../pdf/image/pdf_image.h"

/* Smallest drawing taken, in CSS pixels: below it, an icon or a rule. */
#define DRAWING_MIN_W 100.0
#define DRAWING_MIN_H 60.0
/* Fewest shapes a drawing draws. */
#define DRAWING_MIN_SHAPES 3

/* A CSS length in pixels; *pct when it is a percentage; 0 when unknown. */
static double
css_px(const char *v, bool *pct)
{
    *pct = false;
    if (!v)
        return 0;
    char *end;
    double x = strtod(v, &end);
    if (end == v || !isfinite(x) || x <= 0)
        return 0;
    while (*end == ' ')
        end++;
    static const struct {
        const char *unit;
        double px;
    } units[] = {{"", 1},           {"px", 1},          {"pt", 96.0 / 72}, {"pc", 16},  {"in", 96},
                 {"cm", 96 / 2.54}, {"mm", 9.6 / 2.54}, {"em", 16},        {"rem", 16}, {"ex", 8}};
    if (*end == '%') {
        *pct = true;
        return 0;
    }
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (strcasecmp(end, units[i].unit) == 0)
            return x * units[i].px;
    return 0;
}

/* The width and height of a viewBox ("0 0 640 360"), or false. */
static bool
viewbox_size(const char *vb, double *w, double *h)
{
    double v[4];
    const char *p = vb;
    for (int i = 0; i < 4; i++) {
        while (p && (*p == ' ' || *p == ',' || *p == '\t' || *p == '\n'))
            p++;
        char *end;
        v[i] = p ? strtod(p, &end) : 0;
        if (!p || end == p || !isfinite(v[i]))
            return false;
        p = end;
    }
    *w = v[2];
    *h = v[3];
    return v[2] > 0 && v[3] > 0;
}

/* A length the style attribute gives (`prop` "width" or "height"), in CSS
 * pixels, or 0. */
static double
style_px(const char *style, const char *prop)
{
    size_t n = strlen(prop);
    for (const char *p = style; p && (p = strstr(p, prop)) != NULL; p += n) {
        if (p > style && (isalnum((unsigned char)p[-1]) || p[-1] == '-'))
            continue; /* min-height, line-height */
        const char *q = p + n;
        while (*q == ' ')
            q++;
        if (*q != ':')
            continue;
        char v[32];
        size_t k = 0;
        for (q++; *q == ' '; q++)
            ;
        while (*q && *q != ';' && *q != '!' && k + 1 < sizeof v)
            v[k++] = *q++;
        while (k && v[k - 1] == ' ')
            k--;
        v[k] = '\0';
        bool pct;
        return css_px(v, &pct);
    }
    return 0;
}

/* Hidden from every reader. */
static bool
hidden(const xmlNode *svg)
{
    const char *style = rd_html_attr(svg, "style");
    return rd_html_attr(svg, "hidden") ||
           (style && (strstr(style, "display:none") || strstr(style, "display: none") ||
                      strstr(style, "visibility:hidden") || strstr(style, "visibility: hidden")));
}

/* Where an icon stands, or how one is named; or hidden. */
static bool
icon_place(const xmlNode *svg)
{
    const char *aria = rd_html_attr(svg, "aria-hidden");
    if ((aria && strcasecmp(aria, "true") == 0) || hidden(svg))
        return true;
    for (const xmlNode *p = svg->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (rd_html_is(p, "a") || rd_html_is(p, "button") || rd_html_is(p, "label") ||
            rd_html_is(p, "summary"))
            return true;
    char lc[512];
    rd_html_class_id(svg, lc, sizeof lc);
    static const char *const names[] = {"icon",    "logo",   "sprite", "avatar",
                                        "spinner", "loader", NULL};
    for (size_t i = 0; names[i]; i++)
        if (strstr(lc, names[i]))
            return true;
    return false;
}

/* Is there a <math> in n, at most `levels` below it? */
static bool
holds_math(const xmlNode *n, int levels)
{
    if (rd_html_is(n, "math"))
        return true;
    for (const xmlNode *k = n->children; k && levels > 0; k = k->next)
        if (k->type == XML_ELEMENT_NODE && holds_math(k, levels - 1))
            return true;
    return false;
}

/* A formula's picture: MathJax draws a formula as an svg and keeps its
 * MathML beside it for screen readers. The MathML is the formula (math.c
 * sets it as text), so the picture would print it twice; clean.c drops
 * an <img> beside math for the same reason. */
static bool
formula_picture(const xmlNode *svg)
{
    for (const xmlNode *k = svg->parent ? svg->parent->children : NULL; k; k = k->next)
        if (k != svg && k->type == XML_ELEMENT_NODE && holds_math(k, 2))
            return true;
    return false;
}

/* Is the drawing declared big enough (in CSS pixels)? */
static bool
big_enough(const xmlNode *svg)
{
    bool wp, hp;
    double w = css_px(rd_html_attr(svg, "width"), &wp);
    double h = css_px(rd_html_attr(svg, "height"), &hp);
    const char *style = rd_html_attr(svg, "style");
    if (style && style_px(style, "width") > 0) /* the style sheet wins */
        w = style_px(style, "width");
    if (style && style_px(style, "height") > 0)
        h = style_px(style, "height");
    double vw, vh;
    bool vb = rd_html_attr(svg, "viewbox") && viewbox_size(rd_html_attr(svg, "viewbox"), &vw, &vh);
    if (w > 0 && h > 0)
        return w >= DRAWING_MIN_W && h >= DRAWING_MIN_H;
    if (!vb)
        return false;
    /* one side declared: the other follows the viewBox's proportions */
    if (w > 0)
        return w >= DRAWING_MIN_W && w * vh / vw >= DRAWING_MIN_H;
    if (h > 0)
        return h >= DRAWING_MIN_H && h * vw / vh >= DRAWING_MIN_W;
    return vw >= DRAWING_MIN_W && vh >= DRAWING_MIN_H;
}

/* Does s[0..n) hold lit? */
static bool
holds(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    for (size_t i = 0; i + k <= n; i++)
        if (s[i] == lit[0] && memcmp(s + i, lit, k) == 0)
            return true;
    return false;
}

/* Where the default namespace declaration (xmlns=, not xmlns:x=) is in
 * the start tag head[0..n), and its length with the value; NULL when none. */
static const char *
default_xmlns(const char *head, size_t n, size_t *len)
{
    for (const char *p = head + 1; p + 5 <= head + n; p++) {
        if (memcmp(p, "xmlns", 5) != 0 || !isspace((unsigned char)p[-1]))
            continue;
        const char *q = p + 5;
        while (q < head + n && isspace((unsigned char)*q))
            q++;
        if (q >= head + n || *q != '=')
            continue;
        q++;
        while (q < head + n && isspace((unsigned char)*q))
            q++;
        const char *v = q;
        if (q < head + n && (*q == '"' || *q == '\'')) {
            const char *cl = memchr(q + 1, *q, (size_t)(head + n - q - 1));
            v = cl ? cl + 1 : head + n;
        } else {
            while (v < head + n && !isspace((unsigned char)*v) && *v != '/')
                v++;
        }
        *len = (size_t)(v - p);
        return p;
    }
    return NULL;
}

/* The source as well-formed XML's input: HTML's named entities as
 * numbers (XML knows five), a stray '&' escaped, and the SVG and XLink
 * namespaces declared on the root when HTML implied them. An HTML page's
 * <svg> is SVG whatever its xmlns says (a browser ignores a wrong one),
 * so the root's own default namespace is always the SVG one. */
static void
xml_source(const rd_html_svg *s, buf *b)
{
    const char *src = s->src, *end = s->src + s->len;
    /* "<svg" and its attributes, up to the '>' */
    const char *gt = memchr(src, '>', s->len);
    size_t head = gt ? (size_t)(gt - src) : s->len;
    buf_adds(b, "<svg xmlns=\"http://www.w3.org/2000/svg\"");
    if (holds(src, s->len, "xlink:") && !holds(src, head, "xmlns:xlink"))
        buf_adds(b, " xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
    const char *p = src + 4;
    size_t dl = 0;
    const char *decl = default_xmlns(p, head > 4 ? head - 4 : 0, &dl);
    if (decl) {
        buf_add(b, p, (size_t)(decl - p));
        p = decl + dl;
    }
    while (p < end) {
        const char *amp = memchr(p, '&', (size_t)(end - p));
        if (!amp) {
            buf_add(b, p, (size_t)(end - p));
            break;
        }
        buf_add(b, p, (size_t)(amp - p));
        const char *q = amp + 1;
        while (q < end && q - amp < 32 && (isalnum((unsigned char)*q) || *q == '#'))
            q++;
        size_t n = (size_t)(q - amp - 1);
        p = amp + 1;
        if (q < end && *q == ';' && n) {
            char name[32];
            memcpy(name, amp + 1, n);
            name[n] = '\0';
            static const char *const xml_names[] = {"amp", "lt", "gt", "quot", "apos", NULL};
            bool xml = name[0] == '#';
            for (size_t i = 0; xml_names[i] && !xml; i++)
                xml = strcmp(name, xml_names[i]) == 0;
            const htmlEntityDesc *e = xml ? NULL : htmlEntityLookup((const xmlChar *)name);
            if (xml || e) {
                if (xml)
                    buf_add(b, amp, n + 2);
                else
                    buf_printf(b, "&#%u;", e->value);
                p = q + 1;
                continue;
            }
        }
        buf_adds(b, "&amp;");
    }
    /* the end tag matches the "<svg" written above, in whatever case the
       page closed it */
    for (size_t i = b->len; b->data && i-- > 0;)
        if (b->data[i] == '<') {
            if (b->len - i >= 5 && strncasecmp(b->data + i, "</svg", 5) == 0)
                memcpy(b->data + i, "</svg", 5);
            break;
        }
}

/* HTML reads names in a drawing as a browser does: any case, then
 * SVG's mixed-case names restored (the HTML standard's tables, "adjust
 * SVG attributes" and the element names beside it), so <SVG viewbox=...>
 * written by hand is the <svg viewBox=...> XML and librsvg need. */
static const char *const svg_element_names[] = {"altGlyph",
                                                "altGlyphDef",
                                                "altGlyphItem",
                                                "animateColor",
                                                "animateMotion",
                                                "animateTransform",
                                                "clipPath",
                                                "feBlend",
                                                "feColorMatrix",
                                                "feComponentTransfer",
                                                "feComposite",
                                                "feConvolveMatrix",
                                                "feDiffuseLighting",
                                                "feDisplacementMap",
                                                "feDistantLight",
                                                "feDropShadow",
                                                "feFlood",
                                                "feFuncA",
                                                "feFuncB",
                                                "feFuncG",
                                                "feFuncR",
                                                "feGaussianBlur",
                                                "feImage",
                                                "feMerge",
                                                "feMergeNode",
                                                "feMorphology",
                                                "feOffset",
                                                "fePointLight",
                                                "feSpecularLighting",
                                                "feSpotLight",
                                                "feTile",
                                                "feTurbulence",
                                                "foreignObject",
                                                "glyphRef",
                                                "linearGradient",
                                                "radialGradient",
                                                "textPath",
                                                NULL};
static const char *const svg_attribute_names[] = {"attributeName",
                                                  "attributeType",
                                                  "baseFrequency",
                                                  "baseProfile",
                                                  "calcMode",
                                                  "clipPathUnits",
                                                  "diffuseConstant",
                                                  "edgeMode",
                                                  "filterUnits",
                                                  "glyphRef",
                                                  "gradientTransform",
                                                  "gradientUnits",
                                                  "kernelMatrix",
                                                  "kernelUnitLength",
                                                  "keyPoints",
                                                  "keySplines",
                                                  "keyTimes",
                                                  "lengthAdjust",
                                                  "limitingConeAngle",
                                                  "markerHeight",
                                                  "markerUnits",
                                                  "markerWidth",
                                                  "maskContentUnits",
                                                  "maskUnits",
                                                  "numOctaves",
                                                  "pathLength",
                                                  "patternContentUnits",
                                                  "patternTransform",
                                                  "patternUnits",
                                                  "pointsAtX",
                                                  "pointsAtY",
                                                  "pointsAtZ",
                                                  "preserveAlpha",
                                                  "preserveAspectRatio",
                                                  "primitiveUnits",
                                                  "refX",
                                                  "refY",
                                                  "repeatCount",
                                                  "repeatDur",
                                                  "requiredExtensions",
                                                  "requiredFeatures",
                                                  "specularConstant",
                                                  "specularExponent",
                                                  "spreadMethod",
                                                  "startOffset",
                                                  "stdDeviation",
                                                  "stitchTiles",
                                                  "surfaceScale",
                                                  "systemLanguage",
                                                  "tableValues",
                                                  "targetX",
                                                  "targetY",
                                                  "textLength",
                                                  "viewBox",
                                                  "viewTarget",
                                                  "xChannelSelector",
                                                  "yChannelSelector",
                                                  "zoomAndPan",
                                                  NULL};

/* name as HTML gives it in a drawing: the table's spelling, else lower
 * case; NULL when it is so already. */
static const char *
html_svg_name(const xmlChar *name, const char *const *table, char *low, size_t cap)
{
    size_t n = strlen((const char *)name);
    if (n >= cap)
        return NULL;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)tolower(name[i]);
    const char *want = low;
    for (size_t i = 0; table[i]; i++)
        if (strcasecmp(table[i], low) == 0) {
            want = table[i];
            break;
        }
    return strcmp(want, (const char *)name) != 0 ? want : NULL;
}

static void
html_svg_names(xmlNode *n, int depth)
{
    char low[64];
    const char *want = html_svg_name(n->name, svg_element_names, low, sizeof low);
    if (want)
        xmlNodeSetName(n, (const xmlChar *)want);
    for (xmlAttr *at = n->properties; at; at = at->next)
        if (!at->ns && (want = html_svg_name(at->name, svg_attribute_names, low, sizeof low)))
            xmlNodeSetName((xmlNode *)at, (const xmlChar *)want);
    for (xmlNode *ch = n->children; ch && depth < 256; ch = ch->next)
        if (ch->type == XML_ELEMENT_NODE)
            html_svg_names(ch, depth + 1);
}

static bool
named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* A link a drawing may keep: to a part of itself, or a small embedded
 * picture; librsvg follows no other (a drawing read from memory has no
 * folder), but the EPUB's copy must not name them either. */
static bool
inner_link(const xmlChar *v)
{
    const char *s = (const char *)v;
    if (s[0] == '#')
        return true;
    static const char *const heads[] = {"data:image/png;", "data:image/jpeg;", "data:image/gif;",
                                        NULL};
    for (size_t i = 0; heads[i]; i++)
        if (strncasecmp(s, heads[i], strlen(heads[i])) == 0)
            return true;
    return false;
}

/* Remove what may run or fetch, and names of undeclared namespaces;
 * how many things that may run or fetch went. */
static size_t
sanitize(xmlNode *n)
{
    size_t gone = 0;
    for (xmlNode *ch = n->children, *next; ch; ch = next) {
        next = ch->next;
        bool runs = named(ch, "script") || named(ch, "foreignObject") || named(ch, "iframe") ||
                    named(ch, "audio") || named(ch, "video");
        if (ch->type == XML_ELEMENT_NODE &&
            (runs || strchr((const char *)ch->name, ':') ||
             (ch->ns && ch->ns->href &&
              strcmp((const char *)ch->ns->href, "http://www.w3.org/2000/svg") != 0))) {
            gone += runs;
            xmlUnlinkNode(ch);
            xmlFreeNode(ch);
            continue;
        }
        if (ch->type == XML_PI_NODE || ch->type == XML_ENTITY_REF_NODE) {
            xmlUnlinkNode(ch);
            xmlFreeNode(ch);
            continue;
        }
        if (ch->type == XML_ELEMENT_NODE)
            gone += sanitize(ch);
    }
    for (xmlAttr *at = n->properties, *next; at; at = next) {
        next = at->next;
        const char *nm = (const char *)at->name;
        bool xlink = at->ns && at->ns->href &&
                     strcmp((const char *)at->ns->href, "http://www.w3.org/1999/xlink") == 0;
        bool foreign =
            (at->ns && !xlink &&
             strcmp((const char *)at->ns->href, "http://www.w3.org/XML/1998/namespace") != 0) ||
            strchr(nm, ':');
        bool runs = strncasecmp(nm, "on", 2) == 0;
        if (!runs && strcmp(nm, "href") == 0) {
            xmlChar *v = xmlNodeListGetString(n->doc, at->children, 1);
            runs = !v || !inner_link(v);
            xmlFree(v);
        }
        if (foreign || runs)
            xmlRemoveProp(at);
        gone += runs && !foreign;
    }
    return gone;
}

typedef struct tally {
    xmlHashTablePtr ids;      /* the drawing's own ids (collect_ids) */
    size_t shapes;            /* shapes and text drawn (not definitions) */
    size_t painted;           /* of the shapes but text, painted by the drawing */
    size_t unpainted_classed; /* of them, named by a class and painted by nothing */
    bool style;               /* a <style> of its own */
} tally;

static bool
paints(const xmlNode *e)
{
    if (xmlHasProp(e, (const xmlChar *)"fill") || xmlHasProp(e, (const xmlChar *)"stroke"))
        return true;
    xmlChar *st = xmlGetProp(e, (const xmlChar *)"style");
    bool yes = st && (strstr((const char *)st, "fill") || strstr((const char *)st, "stroke"));
    xmlFree(st);
    return yes;
}

/* The ids of the drawing's elements: what its <use> and <image> can
 * draw. */
static void
collect_ids(const xmlNode *n, xmlHashTablePtr ids, int depth)
{
    if (depth > 256)
        return;
    for (const xmlNode *ch = n->children; ch; ch = ch->next) {
        if (ch->type != XML_ELEMENT_NODE)
            continue;
        xmlChar *id = xmlGetProp(ch, (const xmlChar *)"id");
        if (id && id[0])
            xmlHashAddEntry(ids, id, (void *)ch); /* a second use of an id is ignored */
        xmlFree(id);
        collect_ids(ch, ids, depth + 1);
    }
}

/* Does a <use> or an <image> draw anything in the book's copy? A <use>
 * drawing a part of another svg of the page (an icon sheet, MathJax's
 * glyphs) draws nothing there, nor an <image> whose link sanitize took. */
static bool
draws(const xmlNode *e, const tally *t)
{
    const char *nm = (const char *)e->name;
    if (strcmp(nm, "use") != 0 && strcmp(nm, "image") != 0)
        return true;
    xmlChar *href = xmlGetProp(e, (const xmlChar *)"href"); /* href or xlink:href */
    bool yes = href && href[0] &&
               (strcmp(nm, "image") == 0 || (href[0] == '#' && xmlHashLookup(t->ids, href + 1)));
    xmlFree(href);
    return yes;
}

static void
count_shapes(const xmlNode *n, const xmlNode *root, tally *t, int depth)
{
    static const char *const skip[] = {"defs",   "symbol",  "clipPath",       "mask",
                                       "marker", "pattern", "linearGradient", "radialGradient",
                                       "filter", NULL};
    static const char *const shapes[] = {"path",     "rect",    "circle", "ellipse", "line",
                                         "polyline", "polygon", "image",  "use",     NULL};
    if (depth > 64)
        return;
    for (const xmlNode *ch = n->children; ch; ch = ch->next) {
        if (ch->type != XML_ELEMENT_NODE)
            continue;
        const char *nm = (const char *)ch->name;
        if (strcmp(nm, "style") == 0) {
            t->style = true;
            continue;
        }
        bool skipped = false;
        for (size_t i = 0; skip[i] && !skipped; i++)
            skipped = strcmp(nm, skip[i]) == 0;
        if (skipped)
            continue;
        if (strcmp(nm, "text") == 0) {
            t->shapes++;
            continue;
        }
        bool shape = false;
        for (size_t i = 0; shapes[i] && !shape; i++)
            shape = strcmp(nm, shapes[i]) == 0;
        if (shape && !draws(ch, t))
            continue;
        if (shape) {
            t->shapes++;
            bool painted = false, classed = false;
            for (const xmlNode *e = ch; e && e != root->parent; e = e->parent) {
                painted |= paints(e);
                classed |= e != root && xmlHasProp(e, (const xmlChar *)"class");
            }
            t->painted += painted;
            t->unpainted_classed += classed && !painted;
        }
        count_shapes(ch, root, t, depth + 1);
    }
}

/* The text of the root's <title>, trimmed, or NULL. */
static char *
title_of(arena *a, const xmlNode *root)
{
    for (const xmlNode *ch = root->children; ch; ch = ch->next)
        if (named(ch, "title")) {
            xmlChar *t = xmlNodeGetContent(ch);
            char *s = t ? rd_html_squash(a, (const char *)t, strlen((const char *)t)) : NULL;
            xmlFree(t);
            return s && s[0] ? s : NULL;
        }
    return NULL;
}

/* The drawing as a data: URI, or NULL when it is no drawing (or cannot be
 * read); *alt its title, *removed how many things that may run or fetch
 * went. */
static char *
drawing_uri(rd_html_ctx *c, const rd_html_svg *s, char **alt, size_t *removed)
{
    buf b;
    buf_init(&b, 0);
    xml_source(s, &b);
    xmlDocPtr xd = xmlReadMemory(b.data, (int)b.len, "drawing.svg", "UTF-8",
                                 XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                                     XML_PARSE_NOWARNING);
    buf_cleanup(&b);
    xmlNode *root = xd ? xmlDocGetRootElement(xd) : NULL;
    if (root)
        html_svg_names(root, 0);
    char *uri = NULL;
    if (root && named(root, "svg")) {
        *removed = sanitize(root);
        tally t = {.ids = xmlHashCreate(64)};
        if (t.ids)
            collect_ids(root, t.ids, 0);
        if (t.ids)
            count_shapes(root, root, &t, 0);
        xmlHashFree(t.ids, NULL);
        bool blots = !t.style && t.unpainted_classed * 2 > t.shapes;
        if (c->authored ? t.shapes > 0 : t.shapes >= DRAWING_MIN_SHAPES && !blots) {
            *alt = title_of(c->scratch, root);
            xmlChar *out = NULL;
            int n = 0;
            xmlDocDumpMemoryEnc(xd, &out, &n, "UTF-8");
            if (out && n > 0 && (size_t)n <= RD_HTML_SVG_MAX_BYTES) {
                static const char head[] = "data:image/svg+xml;base64,";
                uri = arena_alloc(c->a, sizeof head + ((size_t)n + 2) / 3 * 4 + 1);
                memcpy(uri, head, sizeof head - 1);
                b64_encode(out, (size_t)n, uri + sizeof head - 1);
            }
            xmlFree(out);
        }
    }
    if (xd)
        xmlFreeDoc(xd);
    return uri;
}

bool
rd_html_drawing(rd_html_ctx *c, const xmlNode *svg, doc_node *parent, doc_pos pos)
{
    const char *k = rd_html_attr(svg, "data-sheaf-svg");
    char *end;
    long i = k ? strtol(k, &end, 10) : -1;
    if (!k || *end || i < 0 || (size_t)i >= c->n_svgs)
        return false;
    if (c->authored ? hidden(svg) : icon_place(svg) || !big_enough(svg) || formula_picture(svg))
        return false;
    char *alt = NULL;
    size_t removed = 0;
    char *uri = drawing_uri(c, &c->svgs[i], &alt, &removed);
    if (c->authored && removed)
        diag_warn(c->d, c->path, pos.line, pos.col,
                  "raw HTML: script or links out of the drawing removed from an <svg>");
    if (!uri) {
        if (c->authored)
            diag_warn(c->d, c->path, pos.line, pos.col,
                      "inline drawing left out: it draws nothing (or is over %u KB)",
                      RD_HTML_SVG_MAX_BYTES / 1024);
        return false;
    }
    char why[256];
    if (pdf_image_check(uri, NULL, NULL, why, sizeof why) != 0) {
        diag_warn(c->d, c->path, pos.line, pos.col, "inline drawing left out: %s", why);
        return false;
    }
    if (c->n_drawings++ == RD_HTML_MAX_DRAWINGS)
        diag_warn(c->d, c->path, pos.line, pos.col,
                  "more than %d inline drawings: this one and those after it are left out",
                  RD_HTML_MAX_DRAWINGS);
    if (c->n_drawings > RD_HTML_MAX_DRAWINGS)
        return false;
    const char *label = rd_html_attr(svg, "aria-label");
    if (label && label[0])
        alt = rd_html_squash(c->scratch, label, strlen(label));
    doc_node *im = doc_node_new(c->a, DOC_IMAGE, pos);
    im->as.link.href = uri;
    if (alt && alt[0])
        doc_append(im, doc_text_new(c->a, alt, strlen(alt), pos));
    doc_append(parent, im);
    return true;
}
