/*
 * test_html_math.c - MathML in a page becomes running text a reader can
 * follow (readers/html/math.c): each formula here is read as sheaf reads
 * a page and its paragraph written back with its structure shown:
 * _x_ for italic, ^{..} and _{..} for superscripts and subscripts, | for
 * a line break, ~ for a no-break space.
 */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"
#include "transform/smart.h"

static page
from(const char *body)
{
    char src[8192];
    snprintf(src, sizeof src,
             "<html><head><title>T</title></head><body><article><h1>T</h1>%s</article></body>"
             "</html>",
             body);
    reader_options ro = {.format = "html", .extract = 0};
    return page_bytes("mem.html", src, strlen(src), &ro);
}

static void
show(const doc_node *n, buf *b)
{
    for (const doc_node *k = n->first_child; k; k = k->next) {
        switch (k->type) {
        case DOC_TEXT:
            for (size_t i = 0; i < k->len; i++) {
                if (i + 1 < k->len && (unsigned char)k->text[i] == 0xC2 &&
                    (unsigned char)k->text[i + 1] == 0xA0) {
                    buf_addc(b, '~');
                    i++;
                } else {
                    buf_addc(b, k->text[i]);
                }
            }
            break;
        case DOC_EMPH:
            buf_addc(b, '_');
            show(k, b);
            buf_addc(b, '_');
            break;
        case DOC_SUP:
        case DOC_SUB:
            buf_adds(b, k->type == DOC_SUP ? "^{" : "_{");
            show(k, b);
            buf_addc(b, '}');
            break;
        case DOC_BREAK:
            buf_addc(b, '|');
            break;
        case DOC_CODE:
            buf_adds(b, "`");
            buf_add(b, k->text, k->len);
            buf_adds(b, "`");
            break;
        default:
            show(k, b);
            break;
        }
    }
}

/* The first paragraph of the page `body`, shown. */
static char *
para_of(const char *body, char *out, size_t cap)
{
    page p = from(body);
    out[0] = '\0';
    const doc_node *para = NULL;
    for (const doc_node *k = p.art ? p.art->first_child : NULL; k && !para; k = k->next)
        if (k->type == DOC_PARA)
            para = k;
    if (para) {
        buf b;
        buf_init(&b, 0);
        show(para, &b);
        snprintf(out, cap, "%.*s", (int)b.len, b.data ? b.data : "");
        buf_cleanup(&b);
    }
    drop(&p);
    return out;
}

#define MATH_EQ(body, want)                                                                 \
    do {                                                                                    \
        char got_[2048];                                                                    \
        STR_EQ(para_of(body, got_, sizeof got_), want);                                     \
    } while (0)

TEST(tokens_and_operators)
{
    /* identifiers of one letter in italic, a product without spaces, a
       relation spaced (a no-break space before it), a sign unspaced */
    MATH_EQ("<p>When <math><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></math>, there are two.</p>",
            "When _a_~\xE2\x89\xA0 0, there are two.");
    MATH_EQ("<p><math><mo>-</mo><mi>b</mi><mo>+</mo><mn>4</mn><mi>a</mi><mi>c</mi>"
            "<mo>=</mo><mi>sin</mi><mi>x</mi></math> holds.</p>",
            "\xE2\x88\x92_b_~+ 4_a__c_~= sin _x_ holds.");
    MATH_EQ("<p><math><mi>log</mi><mo>&#x2061;</mo><mo>(</mo><mi>n</mi><mo>)</mo></math></p>",
            "log(_n_)");
    /* pretty-printed tokens: the page's indentation is not text */
    MATH_EQ("<p>Let <math>\n  <mi>\n    x\n  </mi>\n  <mo>\n    =\n  </mo>\n  <mn>\n 1\n"
            "  </mn>\n</math> be.</p>",
            "Let _x_~= 1 be.");
}

TEST(scripts_fractions_roots)
{
    MATH_EQ("<p><math><mi>x</mi><mo>=</mo><mfrac><mrow><mo>&#x2212;</mo><mi>b</mi><mo>&#xB1;</mo>"
            "<msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>&#x2212;</mo><mn>4</mn><mi>a</mi><mi>c</mi>"
            "</msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math></p>",
            "_x_~= (\xE2\x88\x92_b_~\xC2\xB1 \xE2\x88\x9A(_b_^{2}~\xE2\x88\x92 4_a__c_))/(2_a_)");
    /* a script is set tight; a fraction of single tokens needs no brackets */
    MATH_EQ("<p><math><munderover><mo>&#x2211;</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow>"
            "<mi>n</mi></munderover><msub><mi>a</mi><mi>k</mi></msub><mo>=</mo><mfrac><mi>p</mi>"
            "<mi>q</mi></mfrac></math></p>",
            "\xE2\x88\x91_{_k_=1}^{_n_} _a__{_k_}~= _p_/_q_");
    MATH_EQ("<p><math><mroot><mi>x</mi><mn>3</mn></mroot></math></p>",
            "^{3}\xE2\x88\x9A_x_");
    /* mfenced: its brackets and its first separator, whole (a UTF-8 one) */
    MATH_EQ("<p><math><mfenced separators=\"\xC2\xB7;\"><mi>a</mi><mi>b</mi></mfenced>"
            "<mfenced open=\"[\" close=\"]\" separators=\"\"><mi>c</mi><mi>d</mi></mfenced>"
            "</math></p>",
            "(_a_\xC2\xB7 _b_)[_c__d_]");
}

TEST(accents_tables_display)
{
    /* an accent over one letter is its combining mark, also under a
       script's base (the conjugate a-bar sub ij) */
    MATH_EQ("<p><math><mover><mi>x</mi><mo>&#x2D9;</mo></mover><mo>=</mo><mover><mrow><msub>"
            "<mi>a</mi><mi>ij</mi></msub></mrow><mo>&#xAF;</mo></mover></math></p>",
            "_x\xCC\x87_~= _a\xCC\x85__{ij}");
    /* display math: lines of its own, a table's rows each on one; inline,
       rows are parted by semicolons */
    MATH_EQ("<p>The system <math display=\"block\"><mtable><mtr><mtd><mi>x</mi></mtd><mtd><mo>=</mo>"
            "<mn>1</mn></mtd></mtr><mtr><mtd><mi>y</mi></mtd><mtd><mo>=</mo><mn>2</mn></mtd></mtr>"
            "</mtable></math> is solved.</p>",
            "The system |_x_ = 1|_y_ = 2| is solved.");
    MATH_EQ("<p>The matrix <math><mo>(</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd>"
            "</mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable><mo>)</mo></math>"
            " is the identity.</p>",
            "The matrix (1 0; 0 1) is the identity.");
}

TEST(hidden_mathml_beside_its_picture)
{
    /* MediaWiki hides the MathML and shows a picture: the MathML is read,
       the picture goes */
    MATH_EQ("<p>Let <span class=\"mwe-math-element\"><span style=\"display: none;\"><math "
            "alttext=\"{\\displaystyle A}\"><semantics><mi>A</mi><annotation>{\\displaystyle A}"
            "</annotation></semantics></math></span><img src=\"https://x.test/a.svg\" "
            "class=\"mwe-math-fallback-image-inline\" aria-hidden=\"true\" alt=\"A\" /></span> "
            "be a matrix.</p>",
            "Let _A_ be a matrix.");
    /* text after a formula keeps its space through the typography pass */
    page p = from("<p>A matrix <math><mi>A</mi></math> is \"square\" when <math><msup><mi>f</mi>"
                  "<mo>'</mo></msup></math> is.</p>");
    tf_smart_article(p.a, p.art, "en");
    buf b;
    buf_init(&b, 0);
    for (doc_node *k = p.art->first_child; k; k = k->next)
        if (k->type == DOC_PARA)
            doc_inline_text(k, &b);
    OK(b.data && strstr(b.data, "A matrix A is \xE2\x80\x9Csquare\xE2\x80\x9D when f' is."));
    buf_cleanup(&b);
    drop(&p);
    /* the text export (inspect --text) reads a formula as a browser's
       text of it does: each token a word; a formula the page hid behind
       its picture is not there, as in innerText */
    p = from("<p>Solve <math><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>=</mo><mn>0</mn>"
             "</math> now.</p><p>Let <span style=\"display:none\"><math><mi>B</mi></math></span>"
             "<img src=\"https://x.test/b.svg\" alt=\"B\"> be.</p>");
    OK(strstr(p.text, "Solve a x 2 = 0 now.") != NULL);
    OK(strstr(p.text, "Let be.") != NULL);
    OK(strstr(p.tree, "text \"B\"") != NULL); /* (in the book all the same) */
    drop(&p);
    /* nothing to show but its TeX: the TeX, as code */
    MATH_EQ("<p>See <math alttext=\"{\\displaystyle \\alpha}\"><semantics><annotation>\\alpha"
            "</annotation></semantics></math>.</p>",
            "See `\\alpha`.");
}

int
main(void)
{
    (void)page_file;
    RUN(tokens_and_operators);
    RUN(scripts_fractions_roots);
    RUN(accents_tables_display);
    RUN(hidden_mathml_beside_its_picture);
    return test_report();
}
