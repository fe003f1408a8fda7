/*
 * rd_html.c - the HTML reader's entry point: a saved web page in, the
 * article (metadata and blocks) out.
 *
 * Stages (each in its own file): parse.c (bytes -> libxml2 tree, encoding),
 * a depth cap applied here (subtrees nested deeper than RD_HTML_MAX_DEPTH
 * become their text, so no later stage can recurse or rescan without
 * bound), meta.c (title, authors, date, ...), clean.c (never-content out),
 * extract.c (the article container, unless the page is already clean or
 * the manifest says otherwise), convert.c (DOM -> doc tree). The libxml2
 * tree and the scratch arena are freed before returning.
 */
#include "html_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/fs.h"

/* Replace every element nested deeper than the cap by its text. */
static void
cap_depth(rd_html_ctx *c, xmlNode *root)
{
    xmlNode *n = root;
    int depth = 1;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && depth >= RD_HTML_MAX_DEPTH && n->children) {
            buf b;
            buf_init(&b, 0);
            rd_html_text(n, &b);
            xmlNode *kids = n->children;
            /* detach then free the subtree iteratively (libxml2 frees lists in a loop) */
            n->children = n->last = NULL;
            for (xmlNode *k = kids; k; k = k->next)
                k->parent = NULL;
            xmlFreeNodeList(kids);
            xmlNode *t = xmlNewDocTextLen(n->doc, BAD_CAST(b.data ? b.data : ""), (int)b.len);
            xmlAddChild(n, t);
            buf_cleanup(&b);
            if (!c->depth_warned) {
                c->depth_warned = true;
                diag_warn(c->d, c->path, (uint32_t)rd_html_line(n), 0,
                          "elements nested more than %d deep; the rest is kept as plain text",
                          RD_HTML_MAX_DEPTH);
            }
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            depth++;
            continue;
        }
        while (n && n != root && !n->next) {
            n = n->parent;
            depth--;
        }
        if (!n || n == root)
            break;
        n = n->next;
    }
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

typedef struct reparse_ud {
    rd_html_ctx *c;
    const char *bytes;
    size_t len;
} reparse_ud;

/* A second reading of the page for extraction retries; its diagnostics
 * repeat the first reading's and are dropped. */
static xmlDocPtr
reparse(void *p)
{
    reparse_ud *u = p;
    diag_list *keep = u->c->d, quiet;
    diag_init(&quiet, u->c->scratch);
    u->c->d = &quiet;
    xmlDocPtr xd = rd_html_parse(u->c, u->bytes, u->len);
    if (xd) {
        cap_depth(u->c, xmlDocGetRootElement(xd));
        rd_html_wayback(u->c, xmlDocGetRootElement(xd));
        rd_html_gutenberg(xmlDocGetRootElement(xd));
        rd_html_self_links(u->c, xmlDocGetRootElement(xd));
        rd_html_prepare(u->c, find_body(xd));
        /* the byline element found before is taken out again by grab */
    }
    u->c->d = keep;
    diag_cleanup(&quiet);
    return xd;
}

/* The title often opens the body as a heading, or as a paragraph that
 * holds the title word for word (a page without heading markup): it is
 * not body content. */
static void
drop_title_heading(rd_html_ctx *c, doc_node *article)
{
    if (!c->meta->title)
        return;
    doc_node *first = article->first_child;
    if (first && first->type == DOC_PARA) {
        char *t = doc_text_of(c->scratch, first);
        if (strcmp(rd_html_squash(c->scratch, t, strlen(t)), c->meta->title) == 0) {
            doc_unlink(first);
            return;
        }
    }
    /* ... and sometimes closes it again, for the sharing tools: a last
     * paragraph that is the title word for word. */
    doc_node *last = article->last_child;
    if (last && last != first && last->type == DOC_PARA) {
        char *t = doc_text_of(c->scratch, last);
        if (strcmp(rd_html_squash(c->scratch, t, strlen(t)), c->meta->title) == 0)
            doc_unlink(last);
    }
    int seen = 0;
    for (doc_node *b = article->first_child; b && seen < 3; b = b->next, seen++) {
        /* The lead picture with the headline set over it: its caption is
         * the title; a figure left with nothing else goes too. A photo
         * post, the figure alone, keeps its caption: it is all the words. */
        if (b->type == DOC_FIGURE && (b->next || b->prev)) {
            doc_node *cap = NULL;
            size_t others = 0;
            for (doc_node *ch = b->first_child; ch; ch = ch->next) {
                if (ch->type == DOC_CAPTION)
                    cap = ch;
                else
                    others++;
            }
            if (!cap)
                continue;
            char *t = doc_text_of(c->scratch, cap);
            t = rd_html_squash(c->scratch, t, strlen(t));
            if (rd_html_similarity(c->meta->title, t) > 0.75 &&
                rd_html_similarity(t, c->meta->title) > 0.75) {
                doc_unlink(others ? cap : b);
                return;
            }
            continue;
        }
        if (b->type != DOC_HEADING)
            continue;
        char *t = doc_text_of(c->scratch, b);
        if (rd_html_similarity(c->meta->title, t) > 0.75 &&
            rd_html_similarity(t, c->meta->title) > 0.75) {
            doc_unlink(b);
            return;
        }
    }
}

/* "By Jane Roe" under the title of a page taken whole (a book's title
 * page, a page its author wrote by hand): the credit, which the book's
 * opening block prints. It names the author when the page declares none;
 * a credit naming someone else than the declared author stays. */
static void
drop_credit_line(rd_html_ctx *c, doc_node *article)
{
    doc_meta *m = c->meta;
    int seen = 0;
    for (doc_node *b = article->first_child; b && seen < 2; b = b->next, seen++) {
        if (b->type != DOC_PARA && b->type != DOC_HEADING)
            return;
        char *t = doc_text_of(c->scratch, b);
        t = rd_html_squash(c->scratch, t, strlen(t));
        const char *name = rd_html_by_name(c->scratch, t);
        if (!name)
            continue;
        bool named = m->n_authors == 0;
        for (size_t i = 0; i < m->n_authors && !named; i++)
            named = strcasecmp(m->authors[i], name) == 0;
        if (!named)
            return;
        if (!m->n_authors) {
            doc_meta_add_author(c->a, m, arena_strdup(c->a, name), NULL);
            if (!m->byline)
                m->byline = arena_strdup(c->a, t);
        }
        doc_unlink(b);
        return;
    }
}

int
rd_html_read(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
             const reader_options *opt, doc_node *article)
{
    return rd_html_read_archive(a, d, path, bytes, len, opt, article, NULL);
}

int
rd_html_read_archive(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
                     const reader_options *opt, doc_node *article, const rd_html_archive *archive)
{
    rd_html_ctx c;
    memset(&c, 0, sizeof(c));
    c.archive = archive;
    c.a = a;
    c.d = d;
    c.path = path;
    c.dir = fs_dirname(a, path);
    c.meta = doc_article_meta(a, article);
    c.scratch = arena_new();
    c.flags = RD_HTML_F_ALL;
    c.raw = bytes;
    c.raw_len = len;
    int rc = 0;
    size_t errors_before = d->errors;

    xmlDocPtr xd = rd_html_parse(&c, bytes, len);
    if (!xd) {
        arena_free(c.scratch);
        return -1;
    }
    xmlNode *root = xmlDocGetRootElement(xd);
    cap_depth(&c, root);
    rd_html_wayback(&c, root);
    rd_html_gutenberg(root);
    rd_html_meta(&c, xd);
    /* (found before extraction, which may drop it with the header) */
    const char *dek = rd_html_find_dek(c.scratch, root, c.meta->title, c.meta->description);
    rd_html_self_links(&c, root);
    xmlNode *body = find_body(xd);
    rd_html_prepare(&c, body);

    int extract = opt ? opt->extract : -1;
    if (extract < 0)
        extract = !rd_html_is_clean(body);
    /* Extraction looks for the byline as it walks (Readability's order);
     * a page taken whole is searched here. */
    if (!extract)
        rd_html_find_byline(&c, body);
    reparse_ud ud = {&c, bytes, len};
    xmlDocPtr owner = xd;
    xmlNode *content = extract ? rd_html_extract(&c, xd, reparse, &ud, &owner) : body;
    rd_html_meta_finish(&c);
    /* whether extracted or taken whole, a page's own contents box is the
       book's contents' job, and what only its scripts fill is nobody's */
    if (content) {
        rd_html_drop_page_contents(content);
        rd_html_drop_script_widgets(content);
        rd_html_drop_caption_copies(c.scratch, content);
        rd_html_convert(&c, content, article);
    }
    drop_title_heading(&c, article);
    drop_credit_line(&c, article);
    /* the dek under the title, unless the text keeps it */
    if (dek && !c.meta->subtitle && article->first_child &&
        !strstr(doc_text_of(c.scratch, article), dek))
        c.meta->subtitle = arena_strdup(a, dek);
    if (!article->first_child) {
        diag_error(d, path, 1, 1, "no article text found in this page");
        rc = -1;
    }
    if (owner != xd)
        xmlFreeDoc(owner);
    xmlFreeDoc(xd);
    arena_free(c.scratch);
    return rc < 0 || d->errors > errors_before ? -1 : 0;
}
