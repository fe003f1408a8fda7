/*
 * write.c - build_write: from a loaded tree to the files in the output
 * folder, one writer per format.
 *
 * Shared work happens once here: the style is loaded (--style, else the
 * manifest's), the timestamp fixed (SOURCE_DATE_EPOCH, else the newest
 * input's mtime, so rebuilding unchanged inputs gives the same bytes), and
 * the output name chosen (out/<collection folder>.<ext>). Each writer
 * renders into memory and the bytes go to disk through fs_write_atomic (a
 * temporary beside the target, renamed over it), so a failure never leaves
 * a partial file or clobbers the previous good one. With --handouts, each
 * article is also typeset alone into a folder swapped in last (handouts.c).
 */
#include "build.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../base/fs.h"
#include "../epub/epub.h"
#include "../pdf/pdf_write.h"
#include "../style/style.h"
#include "handouts.h"
#include "page_starts.h"

/* Is `name` in the comma list `formats`? */
static bool
wants(const char *formats, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = formats; *p;) {
        const char *c = strchr(p, ',');
        size_t len = c ? (size_t)(c - p) : strlen(p);
        if (len == n && strncmp(p, name, n) == 0)
            return true;
        p += len + (c ? 1 : 0);
    }
    return false;
}

static time_t
newer(time_t a, time_t b)
{
    return a > b ? a : b;
}

/* SOURCE_DATE_EPOCH (reproducible-builds.org) or the newest input; *fixed
 * says which (images found while writing may raise the latter). */
static time_t
build_timestamp(build *b, const style *st, bool *fixed)
{
    *fixed = false;
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && sde[0]) {
        char *end;
        errno = 0;
        long long v = strtoll(sde, &end, 10);
        if (!*end && errno == 0 && v >= 0 && v < 253402300800LL) {
            *fixed = true;
            return (time_t)v;
        }
        diag_warn(&b->diags, NULL, 0, 0,
                  "SOURCE_DATE_EPOCH='%s' is not a number of seconds; ignored", sde);
    }
    const manifest *m = b->manifest;
    time_t t = fs_mtime(m->path);
    for (size_t i = 0; i < m->n_articles; i++)
        t = newer(t, fs_mtime(m->articles[i].resolved));
    for (size_t i = 0; i < m->n_parts; i++)
        if (m->parts[i].intro_resolved)
            t = newer(t, fs_mtime(m->parts[i].intro_resolved));
    if (m->cover_resolved)
        t = newer(t, fs_mtime(m->cover_resolved));
    if (st && st->dir)
        t = newer(t, fs_mtime(fs_join(b->arena, st->dir, "style.yaml")));
    if (st && st->extra_css)
        t = newer(t, fs_mtime(st->extra_css));
    /* Zip times cannot go before 1980. */
    return t < 315532800 ? 315532800 : t;
}

/* The collection's name: its folder's base name. */
static const char *
collection_name(build *b)
{
    const char *dir = b->manifest->dir;
    char real[PATH_MAX];
    if (!dir || !dir[0] || strcmp(dir, ".") == 0 || strcmp(fs_basename(dir), "..") == 0) {
        if (realpath(dir && dir[0] ? dir : ".", real))
            dir = arena_strdup(b->arena, real);
    }
    const char *base = fs_basename(dir);
    return base && base[0] && strcmp(base, "/") != 0 ? base : "book";
}

/* One finished output, held in memory until every format has succeeded. */
typedef struct output {
    const char *path;
    buf bytes;
} output;

size_t
build_page_starts(arena *a, const lay_doc *ld, epub_page_start **out)
{
    size_t n = 0;
    *out = arena_alloc(a, (ld->n_pages ? ld->n_pages : 1) * sizeof **out);
    for (size_t i = 0; i < ld->n_pages; i++) {
        const lay_page *p = &ld->pages[i];
        if (p->front_matter)
            continue;
        (*out)[n++] = (epub_page_start){
            .label = p->label ? p->label : arena_printf(a, "%d", p->folio),
            .block = p->start_block,
            .text = p->start_text,
            .in_sources = p->start_in_sources,
            .at_end = p->start_at_end};
    }
    return n;
}

static int
make_epub(build *b, const style *st, time_t ts, bool fixed, const lay_doc *pdf, output *o)
{
    epub_options eo = {.manifest = b->manifest, .style = st, .timestamp = ts,
                       .bump_timestamp = !fixed,
                       .allow_outside = b->opt && b->opt->allow_outside,
                       .jobs = b->opt ? b->opt->jobs : 1};
    epub_page_start *ps = NULL;
    if (pdf && pdf->n_pages) {
        eo.n_pages = build_page_starts(b->arena, pdf, &ps);
        eo.pages = ps;
        const char *title = b->manifest->title ? b->manifest->title : "";
        eo.page_source = arena_printf(b->arena, "%s (PDF edition)", title);
    }
    return epub_build(b->arena, &b->diags, &b->doc, &eo, &o->bytes);
}

static int
make_pdf(build *b, const style *st, time_t ts, lay_doc *layout, output *o)
{
    pdf_write_options po = {.manifest = b->manifest, .style = st,
                            .paper = b->opt ? b->opt->paper : NULL, .timestamp = ts,
                            .layout_out = layout};
    return pdf_write(b->arena, &b->diags, &b->doc, &po, &o->bytes);
}

int
build_write(build *b)
{
    const build_options *opt = b->opt;
    const manifest *m = b->manifest;
    if (!m || !b->doc.root) {
        diag_error(&b->diags, b->manifest_path, 0, 0, "nothing to write: the collection did not load");
        return -1;
    }
    const char *formats = opt && opt->formats ? opt->formats : "epub,pdf";
    const char *out_dir = opt && opt->out_dir ? opt->out_dir : "out";
    bool handouts = opt && opt->handouts;
    if (handouts && !wants(formats, "pdf")) {
        diag_error(&b->diags, NULL, 0, 0, "handouts are PDFs: the pdf format must be built too");
        return -1;
    }

    style *st = NULL;
    const char *style_name = opt && opt->style ? opt->style : m->style;
    if (style_load(b->arena, &b->diags, style_name, m->dir, opt && opt->style ? NULL : m->path,
                   opt && opt->style ? 0 : m->style_pos.line,
                   opt && opt->style ? 0 : m->style_pos.col, &st) < 0)
        return -1;
    if (fs_mkdirs(out_dir) < 0) {
        diag_error(&b->diags, out_dir, 0, 0, "cannot create the output folder: %s",
                   strerror(errno));
        return -1;
    }
    bool fixed;
    time_t ts = build_timestamp(b, st, &fixed);
    const char *name = collection_name(b);

    /* Every format is made in memory first and nothing is written unless
     * all succeeded, so a failed build leaves every previous output as it
     * was. The PDF comes first: the EPUB's page-list will need its pages. */
    output outs[2];
    size_t n = 0;
    int rc = 0;
    lay_doc layout = {0};
    bool have_pdf = false;
    if (wants(formats, "pdf")) {
        output *o = &outs[n++];
        o->path = arena_printf(b->arena, "%s/%s.pdf", out_dir, name);
        buf_init(&o->bytes, 0);
        if (opt && opt->progress)
            opt->progress(opt->progress_ud, "typesetting", o->path, 0, 1);
        rc |= make_pdf(b, st, ts, &layout, o);
        have_pdf = rc == 0;
    }
    if (rc == 0 && wants(formats, "epub")) {
        output *o = &outs[n++];
        o->path = arena_printf(b->arena, "%s/%s.epub", out_dir, name);
        buf_init(&o->bytes, 0);
        if (opt && opt->progress)
            opt->progress(opt->progress_ud, "writing", o->path, 0, 1);
        rc |= make_epub(b, st, ts, fixed, have_pdf ? &layout : NULL, o);
    }
    /* The handouts too are made before anything is written, into a
       folder of their own that replaces the old one last. */
    build_handouts ho = {0};
    if (rc == 0 && handouts)
        rc = build_handouts_make(b, st, ts, out_dir, name, &ho);
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            rc = fs_write_atomic(&b->diags, outs[i].path, outs[i].bytes.data, outs[i].bytes.len);
            if (rc == 0 && b->n_outputs < sizeof(b->outputs) / sizeof(b->outputs[0]))
                b->outputs[b->n_outputs++] = outs[i].path;
        }
        buf_cleanup(&outs[i].bytes);
    }
    if (rc == 0)
        rc = build_handouts_commit(b, &ho);
    else
        build_handouts_discard(&ho);
    return rc < 0 ? -1 : 0;
}
