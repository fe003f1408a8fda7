/*
 * test_render_stream.c - drawing pages while layout runs on gives the same
 * PDF as drawing the finished layout.
 *
 * A small collection read from Markdown (headings, emphasis, code, lists,
 * quotes, notes, links within and between articles, a figure whose image
 * cannot be read, characters from several scripts) is laid out with
 * lay_book and the real fonts twice: once whole and rendered by
 * pdf_render, once with pdf_render_page as the page sink and finished by
 * pdf_render_end. The bytes must be equal, in several style variants (foot
 * notes, line numbers, articles running on, ragged right, A5 and letter).
 * The sink must see each page once; a page it drew keeps only its links
 * and destinations, and the page with the figure is left whole.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "pdf/fonts/pdf_fonts.h"
#include "pdf/layout/lay.h"
#include "pdf/render/pdf_render.h"
#include "readers/reader.h"
#include "style/style.h"

static const char *const ARTICLES[] = {
    "# On Type\n\nThe *quiet* revolution in **typesetting** came not from new machines but "
    "from patient arithmetic \xE2\x80\x94 boxes, glue and penalties \xE2\x80\x94 weighed "
    "across a whole paragraph at once.[^1] See [the second part](#second-part) and "
    "[the other article](b.md#on-margins), or <https://example.org/a/very/long/address/"
    "that/does/not/fit/anywhere/on/one/line/at/all>.\n\n"
    "> A quotation set smaller, with `code` inside and a caf\xC3\xA9 on Stra\xC3\x9F"
    "e 12.\n\n"
    "## Second part\n\n- one item that runs long enough to wrap onto a second line of "
    "the list\n- two\n- three with \xCE\xBB\xCF\x8C\xCE\xB3\xCE\xBF\xCF\x82 and "
    "\xD0\xBA\xD0\xBD\xD0\xB8\xD0\xB3\xD0\xB0\n\n"
    "```\nfor (int i = 0; i < n; i++) sum += a[i]; /* a long line of code that wraps */\n```\n\n"
    /* a picture on a page of its own kind: held back until the end */
    "![A figure](tests/fixtures/markdown/img/dot.png)\n\n"
    "[^1]: A note with a [link](https://example.org/note).\n",
    "# On Margins\n\nAVATAR, Toward, WAVE and LYNX test the kerning of capitals; office and "
    "affluent test that ligatures stay off. Nguy\xE1\xBB\x85n wrote on the bill and "
    "smiled.\n\n1. first\n2. second\n\nBack to [the first](a.md).\n",
};
#define N_ARTICLES (sizeof ARTICLES / sizeof *ARTICLES)

static arena *A;
static diag_list D;
static doc_node *Root;

static int
any_image_size(void *ud, const char *path, double *w, double *h)
{
    (void)ud;
    (void)path;
    *w = 200;
    *h = 100;
    return 0;
}

typedef struct counting {
    void *renderer;
    size_t calls, drawn;
} counting;

static void *
count_sink(void *ud, const lay_page *page)
{
    counting *c = ud;
    c->calls++;
    void *h = pdf_render_page(c->renderer, page);
    c->drawn += h != NULL;
    return h;
}

/* Lay out and render Root with style st on w x h points, in one go or a
 * page at a time; the PDF is appended to out, the layout kept in *ld. */
static int
make(const style *st, double w, double h, bool stream, buf *out, lay_doc *ld, counting *cnt)
{
    pdf_fonts *f = NULL;
    if (pdf_fonts_new(A, &D, st, &f) != 0)
        return -1;
    pdf_metrics mx = pdf_fonts_metrics(f);
    lay_book_options bo = {0};
    bo.image_size = any_image_size;
    pdf_renderer *r = NULL;
    if (stream) {
        r = pdf_render_begin(A, &D, f);
        cnt->renderer = r;
        bo.page_sink = count_sink;
        bo.page_ud = cnt;
    }
    pdf_render_info info = {"Streams", "Ana Mu\xC3\xB1oz", NULL, NULL, NULL, 1700000000};
    int rc = lay_book(A, &D, Root, NULL, st, w, h, &mx, &bo, ld);
    if (rc == 0)
        rc = stream ? pdf_render_end(r, ld, &info, out) : pdf_render(A, &D, ld, f, &info, out);
    pdf_render_free(r);
    pdf_fonts_free(f);
    return rc;
}

static void
same_bytes(const style *st, double w, double h)
{
    buf whole, streamed;
    buf_init(&whole, 0);
    buf_init(&streamed, 0);
    lay_doc l1, l2;
    counting cnt = {0};
    INT_EQ(make(st, w, h, false, &whole, &l1, NULL), 0);
    INT_EQ(make(st, w, h, true, &streamed, &l2, &cnt), 0);
    OK(whole.len > 1000);
    INT_EQ(whole.len, streamed.len);
    OK(whole.len == streamed.len && memcmp(whole.data, streamed.data, whole.len) == 0);
    INT_EQ(l1.n_pages, l2.n_pages);
    INT_EQ(cnt.calls, l2.n_pages); /* every page once */
    OK(cnt.drawn > 0 && cnt.drawn < cnt.calls);
    size_t kept_image = 0, drawn = 0;
    for (size_t p = 0; p < l2.n_pages; p++) {
        const lay_page *pg = &l2.pages[p];
        OK(l1.pages[p].drawn == NULL);
        if (!pg->drawn) {
            for (size_t i = 0; i < pg->n_items; i++)
                kept_image += pg->items[i].kind == LAY_IMAGE;
            continue;
        }
        drawn++;
        for (size_t i = 0; i < pg->n_items; i++)
            OK(pg->items[i].kind == LAY_DEST || pg->items[i].kind == LAY_LINK);
    }
    INT_EQ(drawn, cnt.drawn);
    INT_EQ(kept_image, 1); /* the figure's page waits, whole */
    buf_cleanup(&whole);
    buf_cleanup(&streamed);
}

TEST(default_style)
{
    style st;
    style_defaults(&st);
    same_bytes(&st, 612, 792);
}

TEST(variants)
{
    style st;
    style_defaults(&st);
    st.notes = STYLE_NOTES_FOOT;
    st.line_numbers = true;
    same_bytes(&st, 420, 595);
    style_defaults(&st);
    st.opening_new_page = false;
    st.justify = false;
    same_bytes(&st, 420, 595);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    Root = doc_node_new(A, DOC_COLLECTION, (doc_pos){"c.yaml", 1, 1});
    static const char *const names[] = {"a.md", "b.md"};
    for (size_t i = 0; i < N_ARTICLES; i++) {
        doc_node *art = NULL;
        reader_options ro = {0};
        ro.format = "markdown";
        if (reader_read_bytes(A, &D, names[i], ARTICLES[i], strlen(ARTICLES[i]), &ro, &art) != 0 ||
            !art) {
            fprintf(stderr, "cannot read article %zu\n", i);
            return 1;
        }
        doc_append(Root, art);
    }
    RUN(default_style);
    RUN(variants);
    int rc = test_report();
    diag_cleanup(&D);
    arena_free(A);
    return rc;
}
