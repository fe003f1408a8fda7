/* The HTML parser's element cap: past it the parse stops with a warning
 * naming the file and line, and what came before is kept. The cap is
 * lowered through the context so the test stays small. */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "harness.h"
#include "readers/html/html_int.h"

static size_t
count_named(const xmlNode *n, const char *name)
{
    size_t k = 0;
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name))
            k++;
        k += count_named(n->children, name);
    }
    return k;
}

static xmlDocPtr
parse(arena *a, diag_list *d, const char *html, size_t max)
{
    rd_html_ctx c = {.a = a, .scratch = a, .d = d, .path = "t.html", .max_elements = max};
    return rd_html_parse(&c, html, strlen(html));
}

TEST(element_cap)
{
    arena *a = arena_new();
    buf b;
    buf_init(&b, 0);
    buf_add(&b, "<html><body>\n", 13);
    for (int i = 0; i < 300; i++)
        buf_add(&b, "<p><b>x</b></p>\n", 16);
    buf_add(&b, "</body></html>\n", 15);
    buf_add(&b, "", 1);

    diag_list d;
    diag_init(&d, a);
    xmlDocPtr xd = parse(a, &d, b.data, 100);
    OK(xd != NULL);
    size_t ps = xd ? count_named(xmlDocGetRootElement(xd), "p") : 0;
    OK(ps > 40 && ps < 60); /* html, body, then 2 elements a line */
    INT_EQ(d.warnings, 1);
    OK(d.count == 1 && strstr(d.items[0].message, "more than 100 elements") &&
       !strcmp(d.items[0].file, "t.html") && d.items[0].line > 40 && d.items[0].line < 60);
    if (xd)
        xmlFreeDoc(xd);

    diag_list d2;
    diag_init(&d2, a);
    xd = parse(a, &d2, b.data, 0); /* the default cap: all read */
    OK(xd && count_named(xmlDocGetRootElement(xd), "p") == 300);
    INT_EQ(d2.count, 0);
    if (xd)
        xmlFreeDoc(xd);
    diag_cleanup(&d);
    diag_cleanup(&d2);
    buf_cleanup(&b);
    arena_free(a);
}

int
main(void)
{
    RUN(element_cap);
    return test_report();
}
