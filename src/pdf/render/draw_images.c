/*
 * draw_images.c - images decoded once per file at the largest size they
 * are printed and embedded (PNG predictors, soft masks, JPEGs as they
 * are), and the framed alt text drawn for an image that cannot be used.
 */
#include "render_int.h"

/* The largest size `path` is printed at anywhere, so one embedded copy is
 * scaled for its most demanding use. */
static void
max_print_size(const lay_doc *doc, const char *path, double *w, double *h)
{
    *w = *h = 0;
    for (size_t p = 0; p < doc->n_pages; p++)
        for (size_t i = 0; i < doc->pages[p].n_items; i++) {
            const lay_item *it = &doc->pages[p].items[i];
            if (it->kind == LAY_IMAGE && it->href && pdf_render_item_ok(it) &&
                (it->href == path || strcmp(it->href, path) == 0)) {
                *w = it->w > *w ? it->w : *w;
                *h = it->h > *h ? it->h : *h;
            }
        }
}

/* A JPEG that needs no change is embedded as it is (DCTDecode): re-encoding
 * a photo with Flate would make it several times larger. */
static HPDF_Image
embed_jpeg_as_is(render_ctx *c, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    HPDF_Image img = NULL;
    buf b;
    buf_init(&b, 0);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < (64u << 20))
        buf_add(&b, chunk, n);
    bool whole = feof(fp) && !ferror(fp);
    fclose(fp);
    if (whole && b.len)
        img = HPDF_LoadJpegImageFromMem(c->pdf, (const HPDF_BYTE *)b.data, (HPDF_UINT)b.len);
    buf_cleanup(&b);
    return img;
}

/* PNG predictors (PDF's /Predictor 15): each row is sent as the filter of
 * None/Sub/Up/Average/Paeth with the smallest sum of absolute values (the
 * usual heuristic), which makes screenshots and gradients compress several
 * times better than plain Flate. Returns 0, or -1 if zlib fails. */
static int
deflate_predicted(const unsigned char *px, int w, int h, int bpp, buf *out)
{
    size_t stride = (size_t)w * (size_t)bpp;
    unsigned char *cand = xmalloc(5 * (stride + 1));
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit(&zs, 6) != Z_OK) {
        free(cand);
        return -1;
    }
    unsigned char zbuf[65536];
    int rc = 0;
    for (int y = 0; y < h && rc == 0; y++) {
        const unsigned char *row = px + stride * (size_t)y;
        const unsigned char *up = y ? row - stride : NULL;
        size_t best = 0;
        unsigned long best_sum = ULONG_MAX;
        for (int f = 0; f < 5; f++) {
            unsigned char *o = cand + (size_t)f * (stride + 1);
            o[0] = (unsigned char)f;
            unsigned long sum = 0;
            for (size_t i = 0; i < stride; i++) {
                int a = i >= (size_t)bpp ? row[i - (size_t)bpp] : 0;
                int b = up ? up[i] : 0;
                int cc = up && i >= (size_t)bpp ? up[i - (size_t)bpp] : 0;
                int pred = 0;
                switch (f) {
                case 1: pred = a; break;
                case 2: pred = b; break;
                case 3: pred = (a + b) / 2; break;
                case 4: {
                    int p = a + b - cc, pa = abs(p - a), pb = abs(p - b), pc = abs(p - cc);
                    pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : cc;
                    break;
                }
                default: break;
                }
                unsigned char v = (unsigned char)(row[i] - pred);
                o[i + 1] = v;
                sum += v < 128 ? v : 256u - v;
            }
            if (sum < best_sum)
                best_sum = sum, best = (size_t)f;
        }
        zs.next_in = cand + best * (stride + 1);
        zs.avail_in = (uInt)(stride + 1);
        int flush = y == h - 1 ? Z_FINISH : Z_NO_FLUSH;
        do {
            zs.next_out = zbuf;
            zs.avail_out = sizeof zbuf;
            int zr = deflate(&zs, flush);
            if (zr == Z_STREAM_ERROR) {
                rc = -1;
                break;
            }
            buf_add(out, zbuf, sizeof zbuf - zs.avail_out);
        } while (zs.avail_out == 0 || (flush == Z_FINISH && zs.avail_in));
    }
    deflateEnd(&zs);
    free(cand);
    return rc;
}

/* Written into the image dictionary when libharu writes it: the samples
 * are already Flate-compressed with predictors, which libharu's own filter
 * flags cannot express (a stream with no filter has its /Filter removed). */
static HPDF_STATUS
write_flate_params(HPDF_Dict dict, HPDF_Stream stream)
{
    HPDF_Number w = HPDF_Dict_GetItem(dict, "Width", HPDF_OCLASS_NUMBER);
    const char *cs = HPDF_Image_GetColorSpace((HPDF_Image)dict);
    char t[160];
    snprintf(t, sizeof t,
             "/Filter /FlateDecode\n/DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent 8 "
             "/Columns %d >>\n",
             cs && strcmp(cs, "DeviceRGB") == 0 ? 3 : 1, w ? (int)w->value : 1);
    return HPDF_Stream_WriteStr(stream, t);
}

/* An image XObject of 8-bit samples (1 or 3 a pixel) that holds only its
 * compressed bytes: libharu's HPDF_LoadRawImageFromMem keeps every image
 * raw in memory until the file is saved and compresses without predictors.
 * NULL on failure (libharu's error is set). */
static HPDF_Image
make_image(render_ctx *c, const unsigned char *px, int w, int h, int comps)
{
    buf z;
    buf_init(&z, 0);
    HPDF_Image img = NULL;
    if (deflate_predicted(px, w, h, comps, &z) != 0)
        goto out;
    img = HPDF_DictStream_New(c->pdf->mmgr, c->pdf->xref);
    if (!img)
        goto out;
    img->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
    if (HPDF_Dict_AddName(img, "Type", "XObject") != HPDF_OK ||
        HPDF_Dict_AddName(img, "Subtype", "Image") != HPDF_OK ||
        HPDF_Dict_AddNumber(img, "Width", w) != HPDF_OK ||
        HPDF_Dict_AddNumber(img, "Height", h) != HPDF_OK ||
        HPDF_Dict_AddName(img, "ColorSpace", comps == 3 ? "DeviceRGB" : "DeviceGray") != HPDF_OK ||
        HPDF_Dict_AddNumber(img, "BitsPerComponent", 8) != HPDF_OK ||
        HPDF_Stream_Write(img->stream, (const HPDF_BYTE *)z.data, (HPDF_UINT)z.len) != HPDF_OK) {
        img = NULL; /* the dictionary stays in the xref, unused */
        goto out;
    }
    img->filter = HPDF_STREAM_FILTER_NONE;
    img->write_fn = write_flate_params;
out:
    buf_cleanup(&z);
    return img;
}

/* Decode and embed `path` once; NULL (already warned) when it cannot be. */
image_entry *
pdf_render_get_image(render_ctx *c, const lay_doc *doc, const lay_item *it)
{
    const char *path = it->href;
    for (size_t i = 0; i < c->n_images; i++)
        if (c->images[i].path == path || strcmp(c->images[i].path, path) == 0)
            return &c->images[i];
    if (c->n_images == c->cap_images) {
        size_t ncap = c->cap_images ? c->cap_images * 2 : 8;
        c->images = arena_realloc(c->arena, c->images, c->cap_images * sizeof *c->images,
                                  ncap * sizeof *c->images);
        c->cap_images = ncap;
    }
    image_entry *e = &c->images[c->n_images++];
    e->path = path;
    e->image = NULL;
    double w_pt, h_pt;
    max_print_size(doc, path, &w_pt, &h_pt);
    pdf_image im;
    diag_list why;
    diag_init(&why, c->arena);
    int rc = pdf_image_load(&why, path, w_pt, h_pt, &im);
    if (rc != 0 && it->src_file) /* at the article's line, as the readers warn */
        diag_warn(c->diags, it->src_file, it->src_line, it->src_col,
                  "image %s not usable (%s); its alt text is used",
                  strncasecmp(path, "data:", 5) == 0 ? "(a data: URI)" : path,
                  pdf_image_reason(&why));
    else if (rc != 0)
        diag_append(c->diags, &why);
    diag_cleanup(&why);
    if (rc != 0)
        return e;
    /* libharu only sees samples, or a JPEG libjpeg has just decoded in
     * full (see pdf_image.h for why its PNG loader is avoided); a failure
     * here loses one image, so it is a warning, not a PDF error */
    c->quiet = true;
    if (im.jpeg_as_is) {
        e->image = embed_jpeg_as_is(c, path);
        if (!e->image)
            HPDF_ResetError(c->pdf);
    }
    if (!e->image) {
        e->image = make_image(c, im.pixels, im.w, im.h, im.channels);
        if (e->image && im.alpha) {
            HPDF_Image mask = make_image(c, im.alpha, im.w, im.h, 1);
            if (!mask || HPDF_Image_AddSMask(e->image, mask) != HPDF_OK)
                e->image = NULL;
            else if (c->pdf->pdf_version < HPDF_VER_14)
                c->pdf->pdf_version = HPDF_VER_14; /* soft masks are PDF 1.4 */
        }
    }
    c->quiet = false;
    pdf_image_cleanup(&im);
    if (!e->image) {
        HPDF_ResetError(c->pdf);
        diag_warn(c->diags, path, 0, 0, "image could not be placed in the PDF");
    }
    return e;
}

/*
 * The placeholder for an image that cannot be placed: a thin frame with
 * the alt text (the LAY_IMAGE item's text/len; the file name when there is
 * none, nothing for a data: URI) set in small italic lines, centred and
 * clipped to the frame. The same line breaking runs in pass 1 (to mark the
 * characters for the font subsets) and when drawing, through `fn`.
 */
void
pdf_render_placeholder_lines(render_ctx *c, const lay_item *it, placeholder_fn fn)
{
    if (it->in_line)
        return; /* its alt text is beside it, hidden: the frame alone */
    const char *s = it->text;
    size_t len = it->text ? it->len : 0;
    if (!len) {
        /* a data: URI has no name: its base64 is no words for a reader */
        if (strncasecmp(it->href, "data:", 5) == 0)
            return;
        s = strrchr(it->href, '/') ? strrchr(it->href, '/') + 1 : it->href;
        len = strlen(s);
    }
    double size = it->h / 3 < 9 ? it->h / 3 : 9, pad = size / 2;
    if (size < 3 || it->w < 2 * size)
        return; /* too small for words: the frame alone */
    double lead = size * 1.25, avail = it->w - 2 * pad;
    int max_lines = (int)((it->h - 2 * pad) / lead);
    if (max_lines < 1)
        max_lines = 1;
    /* greedy breaks at spaces; a line that is one over-long word is clipped */
    size_t starts[64], ends[64];
    int n = 0;
    size_t i = 0;
    while (i < len && n < max_lines && n < 64) {
        while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
            i++;
        if (i >= len)
            break;
        size_t st = i, end = i, j = i;
        while (j < len) {
            size_t k = j;
            while (k < len && s[k] != ' ' && s[k] != '\n' && s[k] != '\t')
                k++;
            if (end > st &&
                pdf_fonts_run(c->fonts, PDF_FACE_ITALIC, size, s + st, k - st, NULL, NULL) > avail)
                break;
            end = j = k;
            while (j < len && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j < len && s[j] == '\n')
                break;
        }
        starts[n] = st;
        ends[n++] = end;
        i = end;
    }
    double top = it->y + it->h / 2 + n * lead / 2;
    for (int k = 0; k < n; k++) {
        double w = pdf_fonts_run(c->fonts, PDF_FACE_ITALIC, size, s + starts[k],
                                 ends[k] - starts[k], NULL, NULL);
        double x = it->x + (w < avail ? (it->w - w) / 2 : pad);
        fn(c, s + starts[k], ends[k] - starts[k], x,
           top - (k + 1) * lead + (lead - size) / 2 + size * 0.2, size);
    }
}

void
pdf_render_mark_placeholder_line(render_ctx *c, const char *s, size_t len, double x, double y,
                                 double size)
{
    (void)x, (void)y;
    pdf_fonts_run(c->fonts, PDF_FACE_ITALIC, size, s, len, pdf_render_mark_piece, c);
}

static void
draw_placeholder_line(render_ctx *c, const char *s, size_t len, double x, double y, double size)
{
    lay_item t = {.kind = LAY_TEXT,
                  .x = x,
                  .y = y,
                  .face = PDF_FACE_ITALIC,
                  .size = size,
                  .gray = 0.35,
                  .text = s,
                  .len = len};
    pdf_render_draw_text(c, &t);
}

void
pdf_render_draw_placeholder(render_ctx *c, const lay_item *it)
{
    pdf_render_end_text(c);
    buf *b = &c->content;
    /* the frame sits inside the box; q/Q also bounds the clip */
    buf_adds(b, "q 0.5 G 0.5 w ");
    pdf_render_put_num(b, it->x + 0.25);
    buf_addc(b, ' ');
    pdf_render_put_num(b, it->y + 0.25);
    buf_addc(b, ' ');
    pdf_render_put_num(b, it->w - 0.5);
    buf_addc(b, ' ');
    pdf_render_put_num(b, it->h - 0.5);
    buf_adds(b, " re S ");
    pdf_render_put_num(b, it->x);
    buf_addc(b, ' ');
    pdf_render_put_num(b, it->y);
    buf_addc(b, ' ');
    pdf_render_put_num(b, it->w);
    buf_addc(b, ' ');
    pdf_render_put_num(b, it->h);
    buf_adds(b, " re W n\n");
    double gray = c->fill_gray, hscale = c->set_hscale, track = c->set_track;
    bool hidden = c->set_hidden, bold = c->set_bold;
    pdf_render_placeholder_lines(c, it, draw_placeholder_line);
    pdf_render_end_text(c);
    buf_adds(b, "Q\n");
    /* Q restored the fill colour and the font: make the next text set them */
    c->fill_gray = gray;
    c->cur_file = SIZE_MAX;
    c->set_size = -1;
    c->set_hscale = hscale;
    c->set_track = track;
    c->set_hidden = hidden;
    c->set_bold = bold;
}
