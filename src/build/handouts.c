/*
 * handouts.c - `sheaf build --handouts`: each article typeset on its own,
 * one PDF per article in OUT/NAME-handouts/, for a class handed one
 * reading at a time.
 *
 * A handout is pdf_write on the article alone (lay_book's "lone article":
 * no cover, title page, contents or sources page; its opening block,
 * running heads, folios and notes as in the book) with the book's style,
 * paper and timestamp, its document info naming the article, and its
 * source entry at the end (pdf_write_options.handout). Files are named
 * NN-slug.pdf: NN the article's place in the book (two digits at least,
 * more when the book needs them, so a listing sorts in book order), the
 * slug its title in lower-case ASCII words joined by hyphens. NN alone
 * makes names unique; the slug makes them readable.
 *
 * Articles are typeset on opt->jobs threads with par_for. Each handout has
 * an arena, a diagnostics list and fonts of its own (the fonts record the
 * characters used, so each PDF embeds its own subset and its bytes do not
 * depend on which thread made it or what it made before). Diagnostics are
 * gathered in book order afterwards; warnings are dropped, as the book's
 * PDF, typeset from the same articles, has just reported them.
 *
 * The folder is written whole, under a temporary name beside the real one,
 * and swapped in only when every output of the build succeeded: a failed
 * build leaves the previous handouts as they were, and a build with fewer
 * articles leaves none of the old files behind. On Linux the swap is one
 * renameat2(RENAME_EXCHANGE); elsewhere two renames.
 */
#ifdef __linux__
#define _GNU_SOURCE /* renameat2 */
#endif
#include "handouts.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../base/fs.h"
#include "../base/par.h"
#include "../pdf/pdf_write.h"
#include "../transform/ids.h"

/* One handout being made (written by the one worker that makes it). */
typedef struct handout {
    const doc_node *article;
    const char *path;  /* in the temporary folder */
    arena *arena;      /* its own: freed once its diagnostics are gathered */
    diag_list diags;
    bool ok;
} handout;

typedef struct handout_job {
    build *b;
    const style *st;
    time_t ts;
    handout *items;
    size_t n;
    const char **final; /* the paths the files will have, for progress */
} handout_job;

/* Typeset article i and write it into the temporary folder. */
static void
make_one(void *ud, size_t i, unsigned worker)
{
    (void)worker;
    handout_job *job = ud;
    handout *h = &job->items[i];
    h->arena = arena_new();
    diag_init(&h->diags, h->arena);
    doc one = {h->arena, (doc_node *)h->article};
    pdf_write_options po = {.manifest = job->b->manifest, .style = job->st,
                            .paper = job->b->opt ? job->b->opt->paper : NULL,
                            .timestamp = job->ts, .handout = true};
    buf bytes;
    buf_init(&bytes, 0);
    h->ok = pdf_write(h->arena, &h->diags, &one, &po, &bytes) == 0 &&
            fs_write_atomic(&h->diags, h->path, bytes.data, bytes.len) == 0;
    buf_cleanup(&bytes);
}

/* On the caller's thread, in book order: progress, and errors kept. */
static void
one_done(void *ud, size_t i)
{
    handout_job *job = ud;
    build *b = job->b;
    handout *h = &job->items[i];
    if (b->opt && b->opt->progress)
        b->opt->progress(b->opt->progress_ud, "typesetting", job->final[i], i, job->n);
    /* an error about no file in particular is the handout's */
    for (size_t k = 0; k < h->diags.count; k++) {
        const diag *g = &h->diags.items[k];
        if (g->severity == DIAG_ERROR)
            diag_report(&b->diags, DIAG_ERROR, g->file ? g->file : job->final[i], g->line,
                        g->col, "%s", g->message);
    }
    if (!h->ok && h->diags.errors == 0)
        diag_error(&b->diags, job->final[i], 0, 0, "handout could not be made");
    diag_cleanup(&h->diags);
    arena_free(h->arena);
    h->arena = NULL;
}

static int
rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0; /* go on: remove what can be removed */
}

/* rm -r, not following symbolic links. */
static void
rm_tree(const char *path)
{
    nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* The articles in book order (parts flattened). */
static size_t
list_articles(build *b, const doc_node ***out)
{
    size_t n = 0;
    const doc_node *root = b->doc.root;
    for (int pass = 0; pass < 2; pass++) {
        size_t k = 0;
        for (const doc_node *c = root ? root->first_child : NULL; c; c = c->next) {
            if (c->type == DOC_ARTICLE) {
                if (pass)
                    (*out)[k] = c;
                k++;
            } else if (c->type == DOC_PART) {
                for (const doc_node *a = c->first_child; a; a = a->next)
                    if (a->type == DOC_ARTICLE) {
                        if (pass)
                            (*out)[k] = a;
                        k++;
                    }
            }
        }
        if (!pass) {
            n = k;
            *out = arena_alloc(b->arena, (n ? n : 1) * sizeof **out);
        }
    }
    return n;
}

int
build_handouts_make(build *b, const style *st, time_t ts, const char *out_dir, const char *name,
                    build_handouts *h)
{
    h->dir = arena_printf(b->arena, "%s/%s-handouts", out_dir, name);
    h->tmp_dir = NULL;
    const char *tmp = arena_printf(b->arena, "%s/.%s-handouts.part%ld", out_dir, name,
                                   (long)getpid());
    rm_tree(tmp); /* left by a run that died with our pid */
    if (mkdir(tmp, 0777) < 0) {
        diag_error(&b->diags, h->dir, 0, 0, "cannot create a folder beside the handouts: %s",
                   strerror(errno));
        return -1;
    }
    const doc_node **arts;
    size_t n = list_articles(b, &arts);
    int width = 2;
    for (size_t v = n; v >= 100; v /= 10)
        width++;
    handout *items = arena_alloc(b->arena, (n ? n : 1) * sizeof *items);
    const char **final = arena_alloc(b->arena, (n ? n : 1) * sizeof *final);
    for (size_t i = 0; i < n; i++) {
        const doc_meta *m = arts[i]->as.article.meta;
        const char *title = m && m->title ? m->title : "";
        const char *file = arena_printf(b->arena, "%0*zu-%s.pdf", width, i + 1,
                                        tf_slug_name(b->arena, title, strlen(title), "article"));
        memset(&items[i], 0, sizeof items[i]);
        items[i].article = arts[i];
        items[i].path = arena_printf(b->arena, "%s/%s", tmp, file);
        final[i] = arena_printf(b->arena, "%s/%s", h->dir, file);
    }
    handout_job job = {b, st, ts, items, n, final};
    par_for(n, b->opt ? b->opt->jobs : 1, make_one, one_done, &job);
    for (size_t i = 0; i < n; i++)
        if (!items[i].ok) {
            rm_tree(tmp);
            return -1;
        }
    h->tmp_dir = tmp;
    b->handouts = final;
    b->n_handouts = n;
    return 0;
}

int
build_handouts_commit(build *b, build_handouts *h)
{
    if (!h->tmp_dir)
        return 0;
    struct stat sb;
    if (lstat(h->dir, &sb) < 0) {
        if (rename(h->tmp_dir, h->dir) == 0)
            goto done;
    } else {
#ifdef RENAME_EXCHANGE
        /* one step: readers see the old folder or the new, never neither */
        if (renameat2(AT_FDCWD, h->tmp_dir, AT_FDCWD, h->dir, RENAME_EXCHANGE) == 0) {
            rm_tree(h->tmp_dir);
            goto done;
        }
#endif
        const char *old = arena_printf(b->arena, "%s.old", h->tmp_dir);
        rm_tree(old);
        if (rename(h->dir, old) == 0) {
            if (rename(h->tmp_dir, h->dir) == 0) {
                rm_tree(old);
                goto done;
            }
            int e = errno;
            rename(old, h->dir);
            errno = e;
        }
    }
    diag_error(&b->diags, h->dir, 0, 0, "cannot put the handouts in place: %s", strerror(errno));
    build_handouts_discard(h);
    return -1;
done:
    h->tmp_dir = NULL;
    b->handouts_dir = h->dir;
    return 0;
}

void
build_handouts_discard(build_handouts *h)
{
    if (h->tmp_dir)
        rm_tree(h->tmp_dir);
    h->tmp_dir = NULL;
}
