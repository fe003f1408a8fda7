/*
 * test_render.c - the PDF renderer on hand-made pages.
 *
 * A crude greedy filler (not the real layout) sets paragraphs of mixed
 * prose (curly quotes, dashes, é, ễ, ß, Greek, Cyrillic) in the four body
 * faces and the mono face onto A5-ish pages, with rules, links,
 * destinations and outlines. Run bare it is a unit test: the PDF renders,
 * twice to identical bytes, stays small, and unprintable characters are
 * warned about. Run as `test_render --write OUT.pdf TEXT.txt [PAGES [BODY]]`
 * it writes the PDF and the words it placed (one paragraph a line), and
 * prints the grid geometry and the expected word boxes of page 1, for
 * tests/slow/pdf_render.sh to check with qpdf, pdffonts and pdftotext.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/utf8.h"
#include "harness.h"
#include "pdf/fonts/pdf_fonts.h"
#include "pdf/render/pdf_render.h"
#include "style/style.h"

#include <unistd.h>
#include <zlib.h>

static const char *const PROSE[] = {
    "The \xE2\x80\x9Cquiet\xE2\x80\x9D revolution in typesetting came not from new machines "
    "but from patient arithmetic \xE2\x80\x94 boxes, glue and penalties \xE2\x80\x94 "
    "weighed across a whole paragraph at once.",
    "At the caf\xC3\xA9 on Stra\xC3\x9F"
    "e 12 we ordered cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
    "e; "
    "the waiter, a Vietnamese student, wrote Nguy\xE1\xBB\x85n on the bill and smiled.",
    "Greek readers know \xCE\xBB\xCF\x8C\xCE\xB3\xCE\xBF\xCF\x82 and "
    "\xCF\x83\xCE\xBF\xCF\x86\xCE\xAF\xCE\xB1; Russian readers know "
    "\xD0\xBA\xD0\xBD\xD0\xB8\xD0\xB3\xD0\xB0 and \xD1\x81\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xBE, "
    "and all of them expect the pages to be even.",
    "\xE2\x80\x98It\xE2\x80\x99s only a handout,\xE2\x80\x99 she said, pages 12\xE2\x80\x93"
    "19, "
    "\xE2\x80\x9C"
    "but a handout read closely deserves good type.\xE2\x80\x9D",
    "AVATAR, Toward, WAVE and LYNX test the kerning of capitals; office and affluent test "
    "that ligatures stay off so copied text comes back letter for letter.",
    /* string escapes: ( ) \\ and codes whose low byte is CR, ( ) or \\:
     * U+010D c-caron, U+0128/U+0129 I/i-tilde, U+015C S-circumflex */
    "Dvo\xC5\x99\xC3\xA1k (1841\xE2\x80\x93"
    "1904) wrote \xC4\x8D, \xC4\xA8, "
    "\xC4\xA9 and \xC5\x9C; the file sat in C:\\temp\\notes.",
};
#define N_PROSE (sizeof PROSE / sizeof *PROSE)

typedef struct filler {
    arena *a;
    lay_doc *doc;
    pdf_metrics m;
    buf *text; /* words placed, for the pdftotext comparison */
    double x, y, left, right, top, bottom, size, lead;
    lay_page *page;
} filler;

static lay_item *
add_item(filler *f, lay_kind kind)
{
    lay_page *p = f->page;
    if (p->n_items == p->cap_items) {
        size_t ncap = p->cap_items ? p->cap_items * 2 : 64;
        p->items =
            arena_realloc(f->a, p->items, p->cap_items * sizeof *p->items, ncap * sizeof *p->items);
        p->cap_items = ncap;
    }
    lay_item *it = &p->items[p->n_items++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    return it;
}

static void
new_page(filler *f)
{
    lay_doc *d = f->doc;
    if (d->n_pages == d->cap_pages) {
        size_t ncap = d->cap_pages ? d->cap_pages * 2 : 8;
        d->pages =
            arena_realloc(f->a, d->pages, d->cap_pages * sizeof *d->pages, ncap * sizeof *d->pages);
        d->cap_pages = ncap;
    }
    f->page = &d->pages[d->n_pages++];
    memset(f->page, 0, sizeof *f->page);
    f->page->folio = (int)d->n_pages;
    f->y = f->top;
    /* folio at the foot */
    char *num = arena_printf(f->a, "%zu", d->n_pages);
    lay_item *it = add_item(f, LAY_TEXT);
    it->face = PDF_FACE_REGULAR;
    it->size = 9;
    it->text = num;
    it->len = strlen(num);
    it->x = (d->width - f->m.width(f->m.ud, PDF_FACE_REGULAR, 9, num, it->len)) / 2;
    it->y = f->bottom - 24;
}

static void
add_outline(filler *f, const char *title, int level)
{
    lay_doc *d = f->doc;
    if (d->n_outline == d->cap_outline) {
        size_t ncap = d->cap_outline ? d->cap_outline * 2 : 8;
        d->outline = arena_realloc(f->a, d->outline, d->cap_outline * sizeof *d->outline,
                                   ncap * sizeof *d->outline);
        d->cap_outline = ncap;
    }
    d->outline[d->n_outline++] = (lay_outline){title, level, d->n_pages - 1, f->y + f->size};
}

/* Set one paragraph greedily, ragged right; word i gets face i % 7 rules. */
static void
paragraph(filler *f, const char *s, pdf_face base, double size, int mix)
{
    double space = f->m.width(f->m.ud, base, size, " ", 1);
    f->x = f->left;
    if (f->y < f->bottom)
        new_page(f);
    size_t wn = 0;
    while (*s) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        const char *e = strchr(s, ' ');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        pdf_face face = base;
        if (mix && wn % 11 == 3)
            face = PDF_FACE_ITALIC;
        else if (mix && wn % 13 == 5)
            face = PDF_FACE_BOLD;
        else if (mix && wn % 17 == 7)
            face = PDF_FACE_BOLD_ITALIC;
        double w = f->m.width(f->m.ud, face, size, s, len);
        if (f->x > f->left && f->x + w > f->right) {
            f->x = f->left;
            f->y -= size * f->lead;
            if (f->y < f->bottom)
                new_page(f);
        }
        lay_item *it = add_item(f, LAY_TEXT);
        it->face = face;
        it->size = size;
        it->text = s;
        it->len = len;
        it->x = f->x;
        it->y = f->y;
        if (f->text) {
            if (wn)
                buf_addc(f->text, ' ');
            buf_add(f->text, s, len);
        }
        f->x += w + space;
        s += len;
        wn++;
    }
    if (f->text)
        buf_addc(f->text, '\n');
    f->y -= size * f->lead * 1.5;
}

static lay_doc *
make_doc(arena *a, pdf_fonts *fonts, int pages, buf *text)
{
    lay_doc *d = arena_alloc(a, sizeof *d);
    d->width = 420;
    d->height = 595;
    filler f = {a, d, pdf_fonts_metrics(fonts), text, 0, 0, 54, 366, 540, 72, 10.5, 1.3, NULL};
    new_page(&f);
    add_outline(&f, "A Handout on Type", 1);
    lay_item *dst = add_item(&f, LAY_DEST);
    dst->dest = "top";
    dst->y = f.y + 20;
    paragraph(&f, "A Handout on Type", PDF_FACE_BOLD, 18, 0);
    lay_item *rule = add_item(&f, LAY_RULE);
    rule->x = f.left;
    rule->y = f.y + 12;
    rule->w = f.right - f.left;
    rule->h = 0.5;
    int section = 0;
    for (int k = 0; (int)d->n_pages < pages || f.y > f.bottom + 120; k++) {
        if (k % 6 == 0) {
            char *title =
                arena_printf(a, "Section %d: \xC3\x89tude \xE2\x80\x94 \xCE\xB1", ++section);
            add_outline(&f, title, 2);
            paragraph(&f, title, PDF_FACE_BOLD, 12, 0);
        }
        paragraph(&f, PROSE[k % N_PROSE], PDF_FACE_REGULAR, f.size, 1);
        if (k % 9 == 4)
            paragraph(&f, "for (int i = 0; i < n; i++) sum += a[i];", PDF_FACE_MONO, 9, 0);
        if (k % 8 == 2) {
            paragraph(&f, "See https://example.org/type and the top.", PDF_FACE_REGULAR, f.size, 0);
            lay_item *l = add_item(&f, LAY_LINK);
            l->x = f.left;
            l->y = f.y + f.size * f.lead * 1.5 - 3;
            l->w = 150;
            l->h = 12;
            l->href = "https://example.org/type";
            l = add_item(&f, LAY_LINK);
            l->x = f.left + 200;
            l->y = f.y + f.size * f.lead * 1.5 - 3;
            l->w = 40;
            l->h = 12;
            l->dest = "top";
        }
        if ((int)d->n_pages > pages)
            break;
    }
    return d;
}

static arena *A;
static diag_list D;
static pdf_fonts *F;

/* A last page with every distinct character of the prose alone in a cell,
 * so the shell test can check from pixels that each one has ink (a glyph
 * missing from an embedded subset is invisible to pdftotext). Prints the
 * grid's geometry for the checker. */
static void
add_grid(lay_doc *d)
{
    enum { COLS = 12 };
    const double cell = 30, x0 = 30, top = d->height - 40;
    filler f = {A, d, pdf_fonts_metrics(F), NULL, 0, 0, 0, 0, 0, 0, 0, 0, NULL};
    new_page(&f);
    static uint8_t seen[0x10000 / 8];
    memset(seen, 0, sizeof seen);
    size_t n = 0;
    for (size_t k = 0; k <= N_PROSE; k++) {
        const char *s = k < N_PROSE ? PROSE[k] : "\xC3\x89\xCE\xB1\xCF\x8C"; /* É α ό */
        size_t len = strlen(s);
        for (size_t i = 0; i < len;) {
            uint32_t cp;
            size_t m = utf8_decode(s + i, len - i, &cp);
            if (!m)
                break;
            if (cp > ' ' && cp < 0x10000 && !(seen[cp >> 3] & (1 << (cp & 7)))) {
                seen[cp >> 3] |= (uint8_t)(1 << (cp & 7));
                lay_item *it = add_item(&f, LAY_TEXT);
                it->face = (pdf_face)(n % 2 ? PDF_FACE_REGULAR : PDF_FACE_ITALIC);
                it->size = 20;
                it->text = s + i;
                it->len = m;
                it->x = x0 + (double)(n % COLS) * cell + 6;
                it->y = top - (double)(n / COLS + 1) * cell + 9;
                n++;
            }
            i += m;
        }
    }
    printf("grid %zu %zu %d %g %g %g %g\n", d->n_pages, n, COLS, x0, top, cell, d->height);
}

/* Where each word of page 1 should print, for comparison with the word
 * boxes pdftotext -bbox reports from the PDF's own widths. */
static void
print_boxes(const lay_doc *doc)
{
    pdf_metrics m = pdf_fonts_metrics(F);
    const lay_page *p = &doc->pages[0];
    for (size_t i = 0; i < p->n_items; i++) {
        const lay_item *it = &p->items[i];
        if (it->kind != LAY_TEXT || it->y < 72)
            continue; /* the folio */
        double w = m.width(m.ud, it->face, it->size, it->text, it->len);
        printf("box\t%.4f\t%.4f\t%.*s\n", it->x, it->x + w, (int)it->len, it->text);
    }
}

static int
render(int pages, buf *out, buf *text, diag_list *d)
{
    lay_doc *doc = make_doc(A, F, pages, text);
    if (text) {
        print_boxes(doc);
        add_grid(doc);
    }
    pdf_render_info info = {"A Handout on Type \xE2\x80\x94 \xC3\xA9tude",
                            "Ana Mu\xC3\xB1oz",
                            "Typesetting",
                            NULL,
                            NULL,
                            1700000000};
    return pdf_render(A, d, doc, F, &info, out);
}

/* Occurrences of s in a PDF's bytes (binary: strstr would stop at a NUL). */
static size_t
count_bytes(const buf *b, const char *s)
{
    size_t n = 0, l = strlen(s);
    for (size_t i = 0; i + l <= b->len; i++)
        if (memcmp(b->data + i, s, l) == 0)
            n++;
    return n;
}

TEST(renders)
{
    buf a, b;
    buf_init(&a, 0);
    buf_init(&b, 0);
    INT_EQ(render(4, &a, NULL, &D), 0);
    INT_EQ(render(4, &b, NULL, &D), 0);
    OK(a.len > 1000 && memcmp(a.data, "%PDF-", 5) == 0);
    INT_EQ(a.len, b.len);
    OK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
    /* the size target for a 4-page article with four faces */
    OK(a.len < 120 * 1024);
    OK(count_bytes(&a, "/CreationDate (D:20231114221320Z") == 1);
    OK(count_bytes(&a, "/ModDate (D:20231114221320Z") == 1);
    OK(count_bytes(&a, "/Creator (sheaf " SHEAF_VERSION ")") == 1);
    OK(count_bytes(&a, "/ID") == 0);
    INT_EQ(D.errors, 0);
    INT_EQ(D.warnings, 0);
    buf_cleanup(&a);
    buf_cleanup(&b);
}

TEST(unprintable_warns)
{
    lay_doc doc = {200, 200, NULL, 0, 0, NULL, 0, 0};
    lay_item it[3];
    memset(it, 0, sizeof it);
    /* a face that draws nothing but a character it lacks */
    it[2] = (lay_item){.kind = LAY_TEXT,
                       .x = 10,
                       .y = 150,
                       .face = PDF_FACE_BOLD_ITALIC,
                       .size = 10,
                       .text = "\xCD\xB8",
                       .len = 2};
    it[0].kind = LAY_TEXT;
    it[0].size = 10;
    it[0].x = 10;
    it[0].y = 100;
    it[0].text = "odd \xF0\x9F\xBF\xB0 and \xCD\xB8 here"; /* U+1FFF0, U+0378 */
    it[0].len = strlen(it[0].text);
    it[1].kind = LAY_LINK;
    it[1].x = 10;
    it[1].y = 10;
    it[1].w = 10;
    it[1].h = 10;
    it[1].dest = "nowhere";
    lay_page pg = {it, 3, 3, 1, NULL, false, NULL, NULL, false, false, NULL};
    doc.pages = &pg;
    doc.n_pages = 1;
    diag_list d;
    diag_init(&d, A);
    buf out;
    buf_init(&out, 0);
    INT_EQ(pdf_render(A, &d, &doc, F, NULL, &out), 0);
    /* characters are the fonts' business: they report into the fonts' list */
    OK(HAS_DIAG(D, "U+1FFF0"));
    OK(HAS_DIAG(D, "U+0378"));
    OK(HAS_DIAG(d, "nowhere"));
    INT_EQ(d.errors, 0);
    buf_cleanup(&out);
    diag_cleanup(&d);
}

/* The PDF's streams inflated, one after another (what zlib cannot
 * inflate, a font's or an image's, left out). */
static void
inflate_streams(const buf *pdf, buf *out)
{
    for (size_t i = 0; i + 7 < pdf->len; i++) {
        if (memcmp(pdf->data + i, "stream", 6) != 0 || (i > 3 && pdf->data[i - 1] == 'd'))
            continue;
        size_t from = i + 6;
        if (from < pdf->len && pdf->data[from] == '\r')
            from++;
        if (from < pdf->len && pdf->data[from] == '\n')
            from++;
        z_stream z;
        memset(&z, 0, sizeof z);
        if (inflateInit(&z) != Z_OK)
            return;
        z.next_in = (Bytef *)pdf->data + from;
        z.avail_in = (uInt)(pdf->len - from);
        unsigned char chunk[16384];
        int rc;
        do {
            z.next_out = chunk;
            z.avail_out = sizeof chunk;
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc == Z_OK || rc == Z_STREAM_END)
                buf_add(out, (const char *)chunk, sizeof chunk - z.avail_out);
        } while (rc == Z_OK);
        inflateEnd(&z);
    }
}

/* Bold text a regular-weight font sets (here Chinese, which the bold
 * book face lacks and a fallback of one weight has) is drawn filled and
 * stroked, a thirtieth of its size wide, in its own grey; bold the bold
 * face sets, and regular text in the fallback, are filled only. */
TEST(fallback_bold_stroked)
{
    lay_doc doc = {200, 200, NULL, 0, 0, NULL, 0, 0};
    lay_item it[3];
    memset(it, 0, sizeof it);
    const char *texts[3] = {"Bold", "\xE5\x9B\xBE\xE4\xB9\xA6", "\xE9\xA6\x86"};
    pdf_face faces[3] = {PDF_FACE_BOLD, PDF_FACE_BOLD, PDF_FACE_REGULAR};
    for (int k = 0; k < 3; k++)
        it[k] = (lay_item){.kind = LAY_TEXT,
                           .x = 10,
                           .y = 150 - 30 * k,
                           .face = faces[k],
                           .size = 12,
                           .text = texts[k],
                           .len = strlen(texts[k]),
                           .gray = 0.25};
    lay_page pg = {it, 3, 3, 1, NULL, false, NULL, NULL, false, false, NULL};
    doc.pages = &pg;
    doc.n_pages = 1;
    diag_list d;
    diag_init(&d, A);
    buf out, x;
    buf_init(&out, 0);
    buf_init(&x, 0);
    INT_EQ(pdf_render(A, &d, &doc, F, NULL, &out), 0);
    inflate_streams(&out, &x);
    INT_EQ(count_bytes(&x, "2 Tr 0.4 w 0.25 G\n"), 1);
    INT_EQ(count_bytes(&x, "0 Tr\n"), 1); /* back to filling for the regular one */
    const char *on = NULL, *bt = NULL;
    for (size_t i = 0; i + 5 < x.len; i++) {
        if (!bt && memcmp(x.data + i, "BT\n", 3) == 0)
            bt = x.data + i;
        if (!on && memcmp(x.data + i, "2 Tr", 4) == 0)
            on = x.data + i;
    }
    OK(bt && on && on > bt);
    buf_cleanup(&out);
    buf_cleanup(&x);
    diag_cleanup(&d);
}

/* A 1 MB word on one line and 10,000 tiny items: rendered, not refused. */
TEST(big_input)
{
    size_t n = 1 << 20;
    char *word = arena_alloc(A, n);
    for (size_t i = 0; i < n; i++)
        word[i] = (char)('a' + i % 26);
    lay_item *it = arena_alloc(A, 10001 * sizeof *it);
    it[0] = (lay_item){.kind = LAY_TEXT,
                       .x = 10,
                       .y = 100,
                       .face = PDF_FACE_REGULAR,
                       .size = 10,
                       .text = word,
                       .len = n};
    for (int i = 1; i <= 10000; i++)
        it[i] = (lay_item){.kind = LAY_TEXT,
                           .x = 10 + i % 50 * 7,
                           .y = 20 + i % 70 * 7,
                           .face = PDF_FACE_BOLD,
                           .size = 6,
                           .text = "x",
                           .len = 1};
    lay_page pg = {it, 10001, 10001, 1, NULL, false, NULL, NULL, false, false, NULL};
    lay_doc doc = {300, 600, &pg, 1, 1, NULL, 0, 0};
    diag_list d;
    diag_init(&d, A);
    buf out;
    buf_init(&out, 0);
    INT_EQ(pdf_render(A, &d, &doc, F, NULL, &out), 0);
    INT_EQ(d.errors, 0);
    OK(out.len > 1000);
    buf_cleanup(&out);
    diag_cleanup(&d);
}

/* A 2x2 RGB PNG made with zlib, so the test needs no image file. */
static int
write_png(const char *path)
{
    unsigned char raw[2 * (1 + 2 * 3)] = {0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255};
    unsigned char z[128];
    uLongf zlen = sizeof z;
    if (compress(z, &zlen, raw, sizeof raw) != Z_OK)
        return -1;
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return -1;
    fwrite("\x89PNG\r\n\x1a\n", 1, 8, fp);
    const unsigned char ihdr[13] = {0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0};
    const struct {
        const char *type;
        const unsigned char *data;
        size_t len;
    } chunks[] = {{"IHDR", ihdr, 13}, {"IDAT", z, zlen}, {"IEND", NULL, 0}};
    for (int i = 0; i < 3; i++) {
        unsigned char len[4] = {(unsigned char)(chunks[i].len >> 24),
                                (unsigned char)(chunks[i].len >> 16),
                                (unsigned char)(chunks[i].len >> 8), (unsigned char)chunks[i].len};
        fwrite(len, 1, 4, fp);
        fwrite(chunks[i].type, 1, 4, fp);
        uLong crc = crc32(0, (const Bytef *)chunks[i].type, 4);
        if (chunks[i].len) {
            fwrite(chunks[i].data, 1, chunks[i].len, fp);
            crc = crc32(crc, chunks[i].data, (uInt)chunks[i].len);
        }
        unsigned char c[4] = {(unsigned char)(crc >> 24), (unsigned char)(crc >> 16),
                              (unsigned char)(crc >> 8), (unsigned char)crc};
        fwrite(c, 1, 4, fp);
    }
    return fclose(fp);
}

/* Images: a PNG is placed (one XObject for two uses); a missing file and a
 * non-image warn and get a framed placeholder; the rest of the page renders. */
TEST(images)
{
    const char *dir = getenv("SHEAF_TEST_TMP") ? getenv("SHEAF_TEST_TMP") : "/tmp";
    char *png = arena_printf(A, "%s/sheaf-test-render-%d.png", dir, (int)getpid());
    char *txt = arena_printf(A, "%s/sheaf-test-render-%d.txt", dir, (int)getpid());
    OK(write_png(png) == 0);
    FILE *fp = fopen(txt, "w");
    if (fp) {
        fputs("not an image", fp);
        fclose(fp);
    }
    lay_item it[5];
    memset(it, 0, sizeof it);
    const char *paths[4] = {png, png, "/nonexistent/sheaf.png", txt};
    for (int i = 0; i < 4; i++) {
        it[i].kind = LAY_IMAGE;
        it[i].x = 10 + 60 * i;
        it[i].y = 10;
        it[i].w = it[i].h = 50;
        it[i].href = paths[i];
    }
    it[4] = (lay_item){.kind = LAY_TEXT,
                       .x = 10,
                       .y = 100,
                       .face = PDF_FACE_REGULAR,
                       .size = 10,
                       .text = "caption",
                       .len = 7};
    lay_page pg = {it, 5, 5, 1, NULL, false, NULL, NULL, false, false, NULL};
    lay_doc doc = {300, 200, &pg, 1, 1, NULL, 0, 0};
    diag_list d;
    diag_init(&d, A);
    buf out;
    buf_init(&out, 0);
    INT_EQ(pdf_render(A, &d, &doc, F, NULL, &out), 0);
    INT_EQ(d.errors, 0);
    INT_EQ(d.warnings, 2);
    OK(HAS_DIAG(d, "image not usable"));
    /* one image XObject, drawn twice */
    INT_EQ(count_bytes(&out, "/Subtype /Image"), 1);
    buf_cleanup(&out);
    diag_cleanup(&d);
    remove(png);
    remove(txt);
}

/* No pages at all (an empty collection): still a valid, tiny PDF. */
TEST(no_pages)
{
    lay_doc doc = {300, 600, NULL, 0, 0, NULL, 0, 0};
    diag_list d;
    diag_init(&d, A);
    buf out;
    buf_init(&out, 0);
    INT_EQ(pdf_render(A, &d, &doc, F, NULL, &out), 0);
    INT_EQ(d.errors, 0);
    OK(out.len > 100 && out.len < 2000);
    buf_cleanup(&out);
    diag_cleanup(&d);
}

TEST(bad_page_size)
{
    lay_doc doc = {0, 100, NULL, 0, 0, NULL, 0, 0};
    diag_list d;
    diag_init(&d, A);
    buf out;
    buf_init(&out, 0);
    INT_EQ(pdf_render(A, &d, &doc, F, NULL, &out), -1);
    OK(d.errors > 0);
    buf_cleanup(&out);
    diag_cleanup(&d);
}

static int
write_file(const char *path, const char *data, size_t len)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return -1;
    size_t w = fwrite(data, 1, len, fp);
    return fclose(fp) == 0 && w == len ? 0 : -1;
}

int
main(int argc, char **argv)
{
    A = arena_new();
    diag_init(&D, A);
    style st;
    style_defaults(&st);
    if (argc >= 6)
        st.font_body = argv[5];
    if (pdf_fonts_new(A, &D, &st, &F) != 0) {
        fprintf(stderr, "fonts not available\n");
        return 1;
    }
    int rc;
    if (argc >= 4 && strcmp(argv[1], "--write") == 0) {
        buf out, text;
        buf_init(&out, 0);
        buf_init(&text, 0);
        rc = render(argc >= 5 ? atoi(argv[4]) : 4, &out, &text, &D);
        if (rc == 0)
            rc = write_file(argv[2], out.data, out.len) | write_file(argv[3], text.data, text.len);
        for (size_t i = 0; i < D.count; i++)
            printf("diag: %s\n", diag_format(A, &D.items[i]));
        buf_cleanup(&out);
        buf_cleanup(&text);
        rc = rc != 0;
    } else {
        RUN(renders);
        RUN(unprintable_warns);
        RUN(fallback_bold_stroked);
        RUN(big_input);
        RUN(images);
        RUN(no_pages);
        RUN(bad_page_size);
        rc = test_report();
    }
    pdf_fonts_free(F);
    diag_cleanup(&D);
    arena_free(A);
    return rc;
}
