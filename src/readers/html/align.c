/*
 * align.c - did the page centre this paragraph? An epigraph, a dedication,
 * a poem's title, "THE END": a book centres such display lines, and the
 * page says so with <center>, align="center", a text-align in its style
 * attribute or the class an editor writes for it. text-align inherits, so
 * the nearest element that says anything about it decides. A table cell
 * stops the walk: cells have their own alignment (a quirks-mode page's
 * <center> around a layout table does not centre the text in its cells).
 *
 * Centring is kept only for display lines: a page that centres its prose
 * (a design, not the text's meaning) has it read as prose, which a book
 * justifies (doc_para_center_settle).
 */
#include <string.h>
#include <strings.h>

#include "html_int.h"

rd_html_align
rd_html_align_value(const char *v)
{
    while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
        v++;
    if (!strncasecmp(v, "center", 6) || !strncasecmp(v, "-webkit-center", 14) ||
        !strncasecmp(v, "-moz-center", 11))
        return RD_HTML_ALIGN_CENTRE;
    if (!strncasecmp(v, "inherit", 7) || !strncasecmp(v, "unset", 5))
        return RD_HTML_ALIGN_UNSAID; /* the parent's says */
    return *v ? RD_HTML_ALIGN_OTHER : RD_HTML_ALIGN_UNSAID;
}

rd_html_align
rd_html_align_style(const char *style)
{
    rd_html_align said = RD_HTML_ALIGN_UNSAID;
    for (const char *p = style; p && *p; p++) {
        if (strncasecmp(p, "text-align", 10) != 0 || (p > style && (p[-1] == '-' || p[-1] == '_')))
            continue;
        const char *q = p + 10;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q != ':')
            continue;
        said = rd_html_align_value(q + 1);
        p = q;
    }
    return said;
}

/* The classes block editors write for a paragraph's alignment
 * (WordPress's block editor, Bootstrap and its kin). */
static rd_html_align
said_by_class(const xmlNode *n)
{
    static const char *const centre[] = {"has-text-align-center", "text-center", NULL};
    static const char *const other[] = {"has-text-align-left", "has-text-align-right", "text-left",
                                        "text-right",          "text-justify",         NULL};
    for (size_t i = 0; centre[i]; i++)
        if (rd_html_has_class(n, centre[i]))
            return RD_HTML_ALIGN_CENTRE;
    for (size_t i = 0; other[i]; i++)
        if (rd_html_has_class(n, other[i]))
            return RD_HTML_ALIGN_OTHER;
    return RD_HTML_ALIGN_UNSAID;
}

bool
rd_html_centred(const xmlNode *n)
{
    for (int depth = 0; n && depth < 64; n = n->parent, depth++) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (rd_html_is(n, "td") || rd_html_is(n, "th") || rd_html_is(n, "table") ||
            rd_html_is(n, "li") || rd_html_is(n, "body"))
            return false;
        if (rd_html_is(n, "center"))
            return true;
        rd_html_align said = rd_html_align_style(rd_html_attr(n, "style"));
        if (said == RD_HTML_ALIGN_UNSAID)
            said = said_by_class(n);
        if (said == RD_HTML_ALIGN_UNSAID) {
            const char *al = rd_html_attr(n, "align");
            if (al)
                said = rd_html_align_value(al);
        }
        if (said != RD_HTML_ALIGN_UNSAID)
            return said == RD_HTML_ALIGN_CENTRE;
    }
    return false;
}
