/*
 * build.c - loading a collection: manifest, then each article through its
 * reader, assembled into one tree (collection > parts > articles).
 *
 * Reading goes on past a bad article so one run reports every problem; the
 * caller decides from the error count whether outputs may be written.
 *
 * Articles are independent of one another until they are put in the tree,
 * so they are read (parsed, converted, given their typography) on
 * opt->jobs threads with par_for. Each worker allocates from an arena of
 * its own (worker 0, the caller's thread, from the build's), kept until
 * build_cleanup, and each article records its diagnostics in a list of its
 * own; the tree is assembled and the lists are appended to b->diags in
 * manifest order afterwards, so the tree, the messages and the progress
 * lines are the same whatever the number of jobs.
 */
#include "build.h"

#include <stdlib.h>
#include <string.h>

#include "../base/par.h"
#include "../readers/reader.h"
#include "../transform/smart.h"
#include "../transform/split.h"
#include "../transform/tidy.h"

/* Does the article hold anything to read besides headings: words in a
 * paragraph, a list, a table, code, or a picture? A page whose extraction
 * found nothing, or a file of the wrong kind, reads as a title alone. */
static bool
has_body(doc_node *art)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (n->type == DOC_HEADING) {
            doc_iter_skip(&it);
            continue;
        }
        if (n->type == DOC_IMAGE || n->type == DOC_FIGURE)
            return true;
        if ((n->type == DOC_TEXT || n->type == DOC_CODE || n->type == DOC_CODE_BLOCK) &&
            doc_word_count(n) > 0)
            return true;
    }
    return false;
}

/* A title made from a file name when the article gives none: its base
 * name without the extension or a leading number ("03-field_notes.md" ->
 * "Field notes"), words parted where the name has - or _. The path itself
 * when nothing is left. */
static const char *
title_from_path(arena *a, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    size_t i = 0;
    while (i < n && base[i] >= '0' && base[i] <= '9')
        i++;
    if (i == 0 || i == n || !strchr("-_. ", base[i]))
        i = 0; /* "2024" or "3d-printing": the digits are part of the name */
    char *t = arena_alloc(a, n - i + 1);
    size_t k = 0;
    for (; i < n; i++) {
        char c = strchr("-_", base[i]) ? ' ' : base[i];
        if (c == ' ' && (k == 0 || t[k - 1] == ' '))
            continue;
        t[k++] = c;
    }
    while (k && t[k - 1] == ' ')
        k--;
    t[k] = '\0';
    if (!k)
        return arena_strdup(a, path);
    if (t[0] >= 'a' && t[0] <= 'z')
        t[0] = (char)(t[0] - 'a' + 'A');
    return t;
}

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
    for (size_t i = 0; i < b->n_worker_arenas; i++)
        arena_free(b->worker_arenas[i]);
    free(b->worker_arenas);
    arena_free(b->arena);
    memset(b, 0, sizeof(*b));
}

void
build_apply_overrides(arena *a, doc_meta *meta, const doc_meta *over)
{
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
    if (over->n_contribs) {
        /* a role the manifest credits replaces the page's people in it */
        doc_meta kept = {0};
        for (size_t i = 0; i < meta->n_contribs; i++) {
            bool named = false;
            for (size_t j = 0; j < over->n_contribs && !named; j++)
                named = strcmp(meta->contrib_roles[i], over->contrib_roles[j]) == 0;
            if (!named)
                doc_meta_add_contrib(a, &kept, meta->contribs[i], meta->contrib_roles[i]);
        }
        for (size_t j = 0; j < over->n_contribs; j++)
            doc_meta_add_contrib(a, &kept, over->contribs[j], over->contrib_roles[j]);
        meta->contribs = kept.contribs;
        meta->contrib_roles = kept.contrib_roles;
        meta->n_contribs = kept.n_contribs;
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

/* One article being read: its slot in the manifest and what reading it
 * gave (written by the one worker that reads it). */
typedef struct load_item {
    doc_node *article; /* NULL when nothing could be read */
    diag_list diags;
    bool ok; /* read without error */
} load_item;

typedef struct load_job {
    build *b;
    load_item *items; /* one per manifest article */
    arena **arenas;   /* per worker; [0] is the build's */
} load_job;

/* Read article i into items[i] with worker w's arena; touches nothing
 * shared but the manifest, which it only reads. */
static void
read_article(void *ud, size_t i, unsigned w)
{
    load_job *job = ud;
    const manifest *m = job->b->manifest;
    const manifest_article *ma = &m->articles[i];
    arena *a = job->arenas[w];
    load_item *item = &job->items[i];
    diag_init(&item->diags, a);
    reader_options ro = {
        .format = ma->format,
        .extract = ma->extract,
        .language = ma->meta.language ? ma->meta.language : m->language,
        .named_in = ma->pos.file,
        .named_line = ma->pos.line,
        .named_col = ma->pos.col,
    };
    doc_node *art = NULL;
    int rc = reader_read(a, &item->diags, ma->resolved, &ro, &art);
    if (!art)
        return;
    doc_meta *meta = doc_article_meta(a, art);
    build_apply_overrides(a, meta, &ma->meta);
    /* the language named, else the book's, unless the letters plainly
       say another (doc/lang.c): set once, for the quotes below and both
       writers */
    doc_lang_settle(art, m->language);
    tf_tidy_article(a, art);
    doc_pos cut_at = {0};
    size_t cut = tf_split_article(a, art, TF_MAX_PARA, &cut_at);
    if (cut)
        diag_warn(&item->diags, cut_at.file ? cut_at.file : ma->resolved, cut_at.line,
                  cut_at.col, "%zu paragraph%s longer than %u KB cut into several", cut,
                  cut > 1 ? "s" : "", TF_MAX_PARA / 1024u);
    if (rc == 0 && !has_body(art)) {
        /* every kind of web page: "html", "mhtml" and "webarchive" */
        bool page = meta->format &&
                    (strstr(meta->format, "html") || strcmp(meta->format, "webarchive") == 0) &&
                    ma->extract != 0;
        diag_warn(&item->diags, ma->pos.file, ma->pos.line, ma->pos.col,
                  "nothing but %s was read from this article%s",
                  art->first_child ? "headings" : "its title",
                  page ? "; if the page has text, try 'extract: false' on this entry" : "");
    }
    /* Typography pass (issue 5). TODO: skip it when the style switches it
     * off, once the style is loaded here. */
    tf_smart_article(a, art, meta->language);
    if (!meta->title || !meta->title[0]) {
        meta->title = title_from_path(a, ma->path);
        diag_warn(&item->diags, ma->pos.file, ma->pos.line, ma->pos.col,
                  "article has no title; calling it \"%s\" from its file name (set 'title:' "
                  "here)",
                  meta->title);
    }
    item->article = art;
    item->ok = rc == 0;
}

/* Progress, on the caller's thread and in manifest order: "reading" of
 * article i (reported when it is done; the numbers are the same). */
static void
article_done(void *ud, size_t i)
{
    load_job *job = ud;
    build *b = job->b;
    const manifest *m = b->manifest;
    if (b->opt && b->opt->progress)
        b->opt->progress(b->opt->progress_ud, "reading", m->articles[i].path, i, m->n_articles);
}

/* Read every article of the manifest into items (in parallel when the
 * options allow), then move their diagnostics to b->diags in order. */
static load_item *
read_articles(build *b)
{
    const manifest *m = b->manifest;
    load_item *items = arena_alloc(b->arena, (m->n_articles ? m->n_articles : 1) * sizeof(*items));
    unsigned workers = par_workers(m->n_articles, b->opt ? b->opt->jobs : 1);
    arena *arenas[PAR_MAX_JOBS];
    arenas[0] = b->arena;
    if (workers > 1) {
        reader_global_init();
        b->worker_arenas =
            xrealloc(b->worker_arenas, (b->n_worker_arenas + workers - 1) * sizeof(arena *));
        for (unsigned w = 1; w < workers; w++) {
            arenas[w] = arena_new();
            b->worker_arenas[b->n_worker_arenas++] = arenas[w];
        }
    }
    load_job job = {b, items, arenas};
    par_for(m->n_articles, workers, read_article, article_done, &job);
    for (size_t i = 0; i < m->n_articles; i++) {
        diag_append(&b->diags, &items[i].diags);
        diag_cleanup(&items[i].diags);
        if (items[i].ok)
            b->articles_read++;
    }
    return items;
}

/* A part's intro, read through the readers as an article is (with its
 * tidying and typography), for both writers; NULL when it has none or
 * it cannot be read (the reader said why). */
static doc_node *
read_intro(build *b, const manifest_part *mp)
{
    const manifest *m = b->manifest;
    if (!mp->intro_resolved)
        return NULL;
    reader_options ro = {.extract = -1,
                         .language = m->language,
                         .named_in = mp->pos.file,
                         .named_line = mp->pos.line,
                         .named_col = mp->pos.col};
    doc_node *intro = NULL;
    reader_read(b->arena, &b->diags, mp->intro_resolved, &ro, &intro);
    if (!intro)
        return NULL;
    /* A reader takes an intro's first line as its title: keep it as text,
       unless it only says the part's title again. */
    doc_meta *meta = doc_article_meta(b->arena, intro);
    if (meta->title && meta->title[0] && !(mp->title && strcmp(meta->title, mp->title) == 0)) {
        doc_node *p = doc_node_new(b->arena, DOC_PARA, intro->pos);
        doc_append_text(b->arena, p, meta->title, strlen(meta->title), intro->pos);
        doc_prepend(intro, p);
    }
    doc_lang_settle(intro, m->language);
    tf_tidy_article(b->arena, intro);
    tf_smart_article(b->arena, intro, meta->language);
    return intro;
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
    load_item *items = read_articles(b);

    if (m->parts) {
        for (size_t p = 0; p < m->n_parts; p++) {
            const manifest_part *mp = &m->parts[p];
            doc_node *part = doc_node_new(b->arena, DOC_PART, mp->pos);
            part->as.part.title = mp->title;
            part->as.part.intro_path = mp->intro_resolved;
            part->as.part.intro = read_intro(b, mp);
            doc_append(root, part);
            for (size_t i = mp->first; i < mp->first + mp->count && i < m->n_articles; i++)
                if (items[i].article)
                    doc_append(part, items[i].article);
        }
    } else {
        for (size_t i = 0; i < m->n_articles; i++)
            if (items[i].article)
                doc_append(root, items[i].article);
    }
    return b->diags.errors > errors_before ? -1 : 0;
}
