/*
 * fragment.c - a piece of HTML from another format (raw HTML in Markdown)
 * through the HTML reader's own parsing and whitelist.
 *
 * The fragment is wrapped in a minimal page (no newline before it, so its
 * line 1 is the caller's `line`), parsed by rd_html_parse like any page,
 * counted for unsafe things (so the caller can say something was removed),
 * prepared by rd_html_prepare (script, style, hidden elements out) and
 * converted by convert.c: block mode through the same walk as a page's
 * article, inline mode through the inline walk only, where block elements
 * just keep their words apart. No extraction and no metadata: the fragment
 * is content the author wrote on purpose.
 */
#include "fragment.h"

#include <string.h>
#include <strings.h>

#include "../../base/fs.h"
#include "html_int.h"

/* Elements, attributes and URLs that would execute or embed something. */
static size_t
count_unsafe(xmlNode *root)
{
    static const char *const names[] = {"script",   "style",    "iframe",   "object", "embed",
                                        "applet",   "frame",    "frameset", "form",   "input",
                                        "textarea", "button",   "select",   "link",   "meta",
                                        "base",     "template", "math",     "portal", NULL};
    size_t k = 0;
    for (xmlNode *n = rd_html_next(root, root, true); n; n = rd_html_next(n, root, true)) {
        for (size_t i = 0; names[i]; i++)
            if (rd_html_is(n, names[i])) {
                k++;
                break;
            }
        for (xmlAttr *at = n->properties; at; at = at->next) {
            const char *nm = (const char *)at->name;
            if (strncasecmp(nm, "on", 2) == 0) {
                k++;
                continue;
            }
            if (strcasecmp(nm, "href") && strcasecmp(nm, "src") && strcasecmp(nm, "action") &&
                strcasecmp(nm, "formaction"))
                continue;
            xmlChar *v = xmlNodeGetContent((xmlNode *)at);
            if (v) {
                const char *s = (const char *)v;
                while (*s == ' ' || *s == '\t' || *s == '\n')
                    s++;
                if (rd_html_url_unsafe(s) && !(rd_html_is(n, "img") &&
                                               strncasecmp(s, "data:image/", 11) == 0))
                    k++;
                xmlFree(v);
            }
        }
    }
    return k;
}

int
rd_html_fragment(arena *a, diag_list *d, const char *path, uint32_t line, const char *html,
                 size_t len, doc_node *parent, rd_html_frag_mode mode)
{
    static const char head[] = "<!DOCTYPE html><html><body>";
    static const char tail[] = "</body></html>";
    rd_html_ctx c;
    memset(&c, 0, sizeof(c));
    c.a = a;
    c.d = d;
    c.path = path;
    c.dir = fs_dirname(a, path);
    c.meta = NULL;
    c.scratch = arena_new();
    c.flags = RD_HTML_F_ALL;
    c.line_off = line;
    c.authored = true;

    size_t n = sizeof(head) - 1 + len + sizeof(tail) - 1;
    char *page = arena_alloc(c.scratch, n + 1);
    memcpy(page, head, sizeof(head) - 1);
    memcpy(page + sizeof(head) - 1, html, len);
    memcpy(page + sizeof(head) - 1 + len, tail, sizeof(tail));

    xmlDocPtr xd = rd_html_parse(&c, page, n);
    if (!xd) {
        arena_free(c.scratch);
        return -1;
    }
    xmlNode *root = xmlDocGetRootElement(xd);
    xmlNode *body = root;
    for (xmlNode *e = root; e; e = rd_html_next(e, root, true))
        if (rd_html_is(e, "body")) {
            body = e;
            break;
        }
    size_t unsafe = count_unsafe(root);
    rd_html_prepare(&c, body);
    if (mode == RD_HTML_FRAG_INLINE)
        rd_html_convert_inline(&c, body, parent);
    else
        rd_html_convert(&c, body, parent);
    xmlFreeDoc(xd);
    arena_free(c.scratch);
    return (int)(unsafe > 1000000 ? 1000000 : unsafe);
}
