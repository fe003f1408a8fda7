/*
 * build.c - loading a collection: manifest, then each article through its
 * reader, assembled into one tree (collection > parts > articles).
 *
 * Reading goes on past a bad article so one run reports every problem; the
 * caller decides from the error count whether outputs may be written.
 */
#include "build.h"

#include <string.h>

#include "../readers/reader.h"
#include "../transform/smart.h"

void
build_init(build *b, const build_options *opt)
{
    memset(b, 0, sizeof(*b));
    b->arena = arena_new();
    diag_init(&b->diags, b->arena);
    b->opt = opt;
    b->doc.arena = b->arena;
}

void
build_cleanup(build *b)
{
    diag_cleanup(&b->diags);
    arena_free(b->arena);
    memset(b, 0, sizeof(*b));
}

void
build_apply_overrides(arena *a, doc_meta *meta, const doc_meta *over)
{
    (void)a;
    if (over->title)
        meta->title = over->title;
    if (over->subtitle)
        meta->subtitle = over->subtitle;
    if (over->n_authors) {
        meta->authors = over->authors;
        meta->author_roles = NULL;
        meta->n_authors = over->n_authors;
        meta->byline = NULL; /* the page's credit line named the others */
    }
    if (over->date)
        meta->date = over->date;
    if (over->retrieved)
        meta->retrieved = over->retrieved;
    if (over->language)
        meta->language = over->language;
    if (over->source)
        meta->source = over->source;
    if (over->site)
        meta->site = over->site;
    if (over->description)
        meta->description = over->description;
}

static doc_node *
read_article(build *b, const manifest_article *ma)
{
    const manifest *m = b->manifest;
    if (b->opt && b->opt->progress)
        b->opt->progress(b->opt->progress_ud, "reading", ma->path,
                         (size_t)(ma - m->articles), m->n_articles);
    reader_options ro = {
        .format = ma->format,
        .extract = ma->extract,
        .language = ma->meta.language ? ma->meta.language : m->language,
        .named_in = ma->pos.file,
        .named_line = ma->pos.line,
        .named_col = ma->pos.col,
    };
    doc_node *art = NULL;
    int rc = reader_read(b->arena, &b->diags, ma->resolved, &ro, &art);
    if (!art)
        return NULL;
    doc_meta *meta = doc_article_meta(b->arena, art);
    build_apply_overrides(b->arena, meta, &ma->meta);
    if (!meta->language)
        meta->language = m->language;
    /* Typography pass (issue 5). TODO: skip it when the style switches it
     * off, once the style is loaded here. */
    tf_smart_article(b->arena, art, meta->language);
    if (!meta->title || !meta->title[0]) {
        diag_warn(&b->diags, ma->pos.file, ma->pos.line, ma->pos.col,
                  "article has no title; using its file name (set 'title:' here)");
        meta->title = arena_strdup(b->arena, ma->path);
    }
    if (rc == 0)
        b->articles_read++;
    return art;
}

int
build_load(build *b, const char *path)
{
    size_t errors_before = b->diags.errors;
    const char *mpath = manifest_locate(b->arena, &b->diags, path);
    if (!mpath)
        return -1;
    b->manifest_path = mpath;
    manifest_options mo = {.allow_outside = b->opt && b->opt->allow_outside};
    manifest_load(b->arena, &b->diags, mpath, &mo, &b->manifest);
    manifest *m = b->manifest;
    if (!m)
        return -1;

    doc_pos pos = {m->path, 1, 1};
    doc_node *root = doc_node_new(b->arena, DOC_COLLECTION, pos);
    b->doc.root = root;

    if (m->parts) {
        for (size_t p = 0; p < m->n_parts; p++) {
            const manifest_part *mp = &m->parts[p];
            doc_node *part = doc_node_new(b->arena, DOC_PART, mp->pos);
            part->as.part.title = mp->title;
            part->as.part.intro_path = mp->intro_resolved;
            doc_append(root, part);
            for (size_t i = mp->first; i < mp->first + mp->count && i < m->n_articles; i++) {
                doc_node *art = read_article(b, &m->articles[i]);
                if (art)
                    doc_append(part, art);
            }
        }
    } else {
        for (size_t i = 0; i < m->n_articles; i++) {
            doc_node *art = read_article(b, &m->articles[i]);
            if (art)
                doc_append(root, art);
        }
    }
    return b->diags.errors > errors_before ? -1 : 0;
}
