/*
 * write.c - build_write (interim: PDF only, until the EPUB writer lands).
 */
#include "build.h"

#include <errno.h>
#include <string.h>

#include "../base/fs.h"
#include "../pdf/pdf_write.h"
#include "../style/style.h"

int
build_write(build *b)
{
    const manifest *m = b->manifest;
    style *st = NULL;
    const char *style_name = b->opt && b->opt->style ? b->opt->style : m->style;
    if (style_load(b->arena, &b->diags, style_name, m->dir, m->path, m->style_pos.line,
                   m->style_pos.col, &st) < 0)
        return -1;
    const char *out_dir = b->opt && b->opt->out_dir ? b->opt->out_dir : "out";
    if (fs_mkdirs(out_dir) < 0) {
        diag_error(&b->diags, out_dir, 0, 0, "cannot create: %s", strerror(errno));
        return -1;
    }
    pdf_write_options po = {.manifest = m, .style = st, .paper = b->opt ? b->opt->paper : NULL,
                            .timestamp = fs_mtime(m->path)};
    buf out;
    buf_init(&out, 0);
    int rc = pdf_write(b->arena, &b->diags, &b->doc, &po, &out);
    if (rc == 0)
        rc = fs_write_atomic(&b->diags,
                             arena_printf(b->arena, "%s/%s.pdf", out_dir, fs_basename(m->dir)),
                             out.data, out.len);
    buf_cleanup(&out);
    return rc;
}
