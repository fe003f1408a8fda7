/*
 * test_image_svg.c - SVG drawings in the image decoder (pdf_image): sized as
 * a browser sizes them (width and height in CSS pixels or other units, the
 * viewBox, else 300 x 150), drawn at the printed size or at twice their
 * own for the EPUB, their colours and transparency kept; and drawings that
 * must fail with a warning and never hang or reach outside the file: broken
 * XML, an entity loop, an empty drawing, one whose only picture is another
 * file, one applying a heavy filter hundreds of times (drawn smaller), and
 * ones holding more text than librsvg lays out in seconds (refused).
 * An HTML page holding a drawing is not taken for one.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "harness.h"
#include "pdf/image/pdf_image.h"
#include "pdf/image/svg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static arena *A;
static char *DIR_;

static char *
put(const char *name, const char *text)
{
    char *path = arena_printf(A, "%s/%s", DIR_, name);
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return path;
    fputs(text, fp);
    fclose(fp);
    return path;
}

/* Load path for w_pt x h_pt; returns the warnings' count (-1: loaded). */
static int
load(const char *path, double w_pt, double h_pt, pdf_image *im, char **why)
{
    diag_list d;
    diag_init(&d, A);
    int rc = pdf_image_load(&d, path, w_pt, h_pt, im);
    int n = (int)d.count;
    if (why)
        *why = n ? diag_format(A, &d.items[0]) : "";
    diag_cleanup(&d);
    return rc == 0 ? -1 : n;
}

static const char two_boxes[] =
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<!-- two boxes: red on the left, blue on the right, the middle clear -->\n"
    "<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' "
    "'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'>\n"
    "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100'>"
    "<rect x='0' y='0' width='80' height='100' fill='#ff0000'/>"
    "<rect x='120' y='0' width='80' height='100' fill='#0000ff'/></svg>\n";

TEST(sized_like_a_browser)
{
    int w, h;
    double dx, dy;
    INT_EQ(pdf_image_info(put("px.svg", two_boxes), &w, &h, &dx, &dy), 0);
    OK(w == 200 && h == 100 && dx == 96 && dy == 96);
    /* other units, at 96 to the inch */
    INT_EQ(pdf_image_info(put("in.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='2in' "
                                        "height='1in'><rect width='10' height='10'/></svg>"),
                          &w, &h, NULL, NULL),
           0);
    OK(w == 192 && h == 96);
    /* only a viewBox (width in percent): its units as pixels */
    INT_EQ(pdf_image_info(put("vb.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='100%' "
                                        "viewBox='0 0 640 480'><circle cx='9' cy='9' "
                                        "r='9'/></svg>"),
                          &w, &h, NULL, NULL),
           0);
    OK(w == 640 && h == 480);
    /* nothing said: a browser's 300 x 150 */
    INT_EQ(pdf_image_info(put("none.svg", "<svg xmlns='http://www.w3.org/2000/svg'><rect "
                                          "width='10' height='10'/></svg>"),
                          &w, &h, NULL, NULL),
           0);
    OK(w == 300 && h == 150);
}

static const unsigned char *
px(const pdf_image *im, int x, int y)
{
    return im->pixels + ((size_t)y * (size_t)im->w + (size_t)x) * (size_t)im->channels;
}

TEST(drawn_at_its_size)
{
    char *p = put("boxes.svg", two_boxes);
    pdf_image im;
    /* for the EPUB: twice its own size */
    INT_EQ(load(p, 0, 0, &im, NULL), -1);
    OK(im.w == 400 && im.h == 200 && im.channels == 3 && im.alpha != NULL);
    OK(px(&im, 20, 100)[0] == 255 && px(&im, 20, 100)[2] == 0);
    OK(px(&im, 380, 100)[0] == 0 && px(&im, 380, 100)[2] == 255);
    OK(im.alpha[100 * 400 + 20] == 255 && im.alpha[100 * 400 + 200] == 0);
    pdf_image_cleanup(&im);
    /* printed 2 x 1 inches: 300 dpi */
    INT_EQ(load(p, 144, 72, &im, NULL), -1);
    OK(im.w == 600 && im.h == 300);
    pdf_image_cleanup(&im);
    /* printed a whole page wide: no more than PDF_IMAGE_MAX_SIDE */
    INT_EQ(load(p, 2000, 1000, &im, NULL), -1);
    OK(im.w == PDF_IMAGE_MAX_SIDE && im.h == PDF_IMAGE_MAX_SIDE / 2);
    pdf_image_cleanup(&im);
    /* the bytes say it, whatever the name */
    OK(pdf_image_is_svg(two_boxes, strlen(two_boxes)));
}

TEST(refused_with_a_warning)
{
    pdf_image im;
    char *why;
    INT_EQ(load(put("cut.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10' "
                               "height='10'><rect width='5'"),
                0, 0, &im, &why),
           1);
    OK(strstr(why, "cut.svg") && strstr(why, "not a readable SVG"));
    /* entities expanding to billions of characters */
    char loop[2048];
    int n = snprintf(loop, sizeof loop, "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a "
                                        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>");
    for (char c = 'b'; c <= 'i'; c++) {
        n += snprintf(loop + n, sizeof loop - (size_t)n, "<!ENTITY %c '", c);
        for (int k = 0; k < 12; k++)
            n += snprintf(loop + n, sizeof loop - (size_t)n, "&%c;", c - 1);
        n += snprintf(loop + n, sizeof loop - (size_t)n, "'>");
    }
    snprintf(loop + n, sizeof loop - (size_t)n,
             "]><svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><text "
             "y='5'>&i;</text></svg>");
    INT_EQ(load(put("lol.svg", loop), 0, 0, &im, &why), 1);
    /* an empty drawing (a lazy-loading placeholder) has nothing to print */
    INT_EQ(load(put("empty.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='400' "
                                 "height='300'/>"),
                0, 0, &im, &why),
           1);
    OK(strstr(why, "draws nothing") != NULL);
    /* pictures and text from other files are never loaded */
    put("red.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect "
                   "width='10' height='10' fill='red'/></svg>");
    char *out = arena_printf(
        A,
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
        "xmlns:xi='http://www.w3.org/2001/XInclude' width='30' height='10'>"
        "<image xlink:href='red.svg' width='10' height='10'/>"
        "<image href='file://%s/red.svg' x='10' width='10' height='10'/>"
        "<text y='9'><xi:include href='/etc/hostname' parse='text'/></text></svg>",
        DIR_);
    INT_EQ(load(put("outside.svg", out), 0, 0, &im, &why), 1);
    OK(strstr(why, "draws nothing") != NULL);
}

/* A drawing of `n` text elements of `words` words each. */
static char *
texts(int n, int words)
{
    buf b;
    buf_init(&b, 0);
    buf_adds(&b, "<svg xmlns='http://www.w3.org/2000/svg' width='800' height='800'>");
    for (int i = 0; i < n; i++) {
        buf_printf(&b, "<text x='10' y='%d' font-size='10'>", 10 + i % 780);
        for (int k = 0; k < words; k++)
            buf_adds(&b, "word ");
        buf_adds(&b, "</text>");
    }
    buf_adds(&b, "</svg>");
    char *s = arena_strdup(A, b.data);
    buf_cleanup(&b);
    return s;
}

TEST(too_much_text_refused)
{
    /* one text of 6,000 words took librsvg a minute: refused at once */
    pdf_image im;
    char *why;
    INT_EQ(load(put("longtext.svg", texts(1, 6000)), 144, 144, &im, &why), 1);
    OK(strstr(why, "more text than can be drawn") != NULL);
    /* so are 20,000 labels */
    INT_EQ(load(put("labels.svg", texts(20000, 4)), 144, 144, &im, &why), 1);
    /* a diagram's few hundred labels are drawn */
    INT_EQ(load(put("diagram.svg", texts(300, 3)), 144, 144, &im, NULL), -1);
    pdf_image_cleanup(&im);
}

/* A blurred group drawn 400 times through <use>, which no budget read
   from the file counts, as the file `name`. */
static char *
put_slow_drawing(const char *name)
{
    buf b;
    buf_init(&b, 0);
    buf_adds(&b, "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
                 "width='1000' height='1000'><defs><filter id='f'><feGaussianBlur "
                 "stdDeviation='150'/></filter><g id='g'><rect filter='url(#f)' width='1000' "
                 "height='1000' fill='red'/></g></defs>");
    for (int i = 0; i < 400; i++)
        buf_adds(&b, "<use xlink:href='#g'/>");
    buf_adds(&b, "</svg>");
    char *p = put(name, b.data);
    buf_cleanup(&b);
    return p;
}

TEST(stopped_past_its_time)
{
    /* the child drawing a slow drawing is stopped */
    char *p = put_slow_drawing("uses.svg");
    pdf_svg_limit_seconds(1);
    pdf_image im;
    char *why;
    INT_EQ(load(p, 720, 720, &im, &why), 1);
    OK(strstr(why, "could not be drawn within 1 seconds") != NULL);
    pdf_svg_limit_seconds(0);
    /* and the next drawing is drawn */
    INT_EQ(load(put("after.svg", two_boxes), 0, 0, &im, NULL), -1);
    pdf_image_cleanup(&im);
}

/* Drawings that run out of time cost a run at most its budget: past it,
   no drawing is tried (a page of such drawings would cost the build ten
   seconds each, twice); a new budget tries again. */
TEST(failed_drawings_budget)
{
    char *p = put_slow_drawing("slow.svg");
    pdf_svg_limit_seconds(1);
    pdf_svg_limit_budget(1.5);
    pdf_image im;
    char *why;
    INT_EQ(load(p, 720, 720, &im, &why), 1);
    OK(strstr(why, "within 1 seconds") != NULL);
    INT_EQ(load(p, 720, 720, &im, &why), 1);
    OK(strstr(why, "within 1 seconds") != NULL);
    /* two seconds spent: even a good drawing is not tried now */
    INT_EQ(load(put("good.svg", two_boxes), 0, 0, &im, &why), 1);
    OK(strstr(why, "was not tried") != NULL);
    pdf_svg_limit_budget(0);
    pdf_svg_limit_seconds(0);
    INT_EQ(load(put("good2.svg", two_boxes), 0, 0, &im, NULL), -1);
    pdf_image_cleanup(&im);
}

TEST(many_filters_drawn_smaller)
{
    /* a blur over the whole drawing, applied 300 times: drawn at fewer
       pixels, so in seconds rather than minutes */
    size_t cap = 64 * 1024, n = 0;
    char *s = arena_alloc(A, cap);
    n += (size_t)snprintf(s, cap,
                          "<svg xmlns='http://www.w3.org/2000/svg' width='1000' height='1000'>"
                          "<filter id='f'><feGaussianBlur stdDeviation='200'/></filter>");
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(s + n, cap - n,
                              "<rect filter='url(#f)' width='1000' height='1000' fill='#%02x0000'/>",
                              i % 256);
    snprintf(s + n, cap - n, "</svg>");
    pdf_image im;
    /* what is tested is the size it is drawn at; under the sanitizers on
       a busy machine the drawing can outlast the build's 10 s */
    pdf_svg_limit_seconds(120);
    INT_EQ(load(put("blur.svg", s), 720, 720, &im, NULL), -1);
    pdf_svg_limit_seconds(0);
    OK((double)im.w * im.h <= 3e7 / 300 + 2 * im.w + 2 * im.h + 1);
    OK(im.w == im.h && im.w > 50);
    pdf_image_cleanup(&im);
    /* one filter: the full 300 dpi */
    INT_EQ(load(put("oneblur.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='100' "
                                   "height='100'><filter id='f'><feGaussianBlur "
                                   "stdDeviation='2'/></filter><rect filter='url(#f)' "
                                   "width='50' height='50'/></svg>"),
                72, 72, &im, NULL),
           -1);
    OK(im.w == 300 && im.h == 300);
    pdf_image_cleanup(&im);
}

TEST(html_is_no_drawing)
{
    static const char page[] = "<!DOCTYPE html><html><body><svg width='10' height='10'><rect "
                               "width='5' height='5'/></svg></body></html>";
    OK(!pdf_image_is_svg(page, strlen(page)));
    OK(!pdf_image_is_svg("<svgfoo/>", 9));
    OK(!pdf_image_is_svg("hello <svg>", 11));
    OK(pdf_image_is_svg("\xEF\xBB\xBF  <svg>", 12));
    pdf_image im;
    INT_EQ(load(put("page.svg", page), 0, 0, &im, NULL), 1);
}

int
main(void)
{
    A = arena_new();
    const char *base = getenv("SHEAF_TEST_TMP");
    char *tmpl = arena_printf(A, "%s/sheaf-svg-XXXXXX", base && *base ? base : "/tmp");
    if (base && *base && system(arena_printf(A, "mkdir -p '%s'", base)) != 0)
        return 1;
    DIR_ = mkdtemp(tmpl);
    if (!DIR_) {
        fprintf(stderr, "cannot make a scratch folder\n");
        return 1;
    }
    RUN(sized_like_a_browser);
    RUN(drawn_at_its_size);
    RUN(refused_with_a_warning);
    RUN(too_much_text_refused);
    RUN(stopped_past_its_time);
    RUN(failed_drawings_budget);
    RUN(many_filters_drawn_smaller);
    RUN(html_is_no_drawing);
    int rc = test_report();
    if (system(arena_printf(A, "rm -rf '%s'", DIR_)) != 0)
        rc = 1;
    arena_free(A);
    return rc;
}
