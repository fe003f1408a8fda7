/*
 * Unit tests of src/epub: a tree holding every block and inline kind is
 * rendered to an EPUB in memory; the archive's layout, the XHTML (well
 * formed, every kind mapped, nothing unsafe let through), the package
 * metadata and the determinism of the bytes are checked.
 *
 * With an argument, the full-featured EPUB is also written to that path,
 * so tests/slow/epub_check_features.sh can run epubcheck on it.
 */
#include <libxml/parser.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <utime.h>
#include <unistd.h>
#include <zip.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/fs.h"
#include "doc/doc.h"
#include "epub/epub.h"
#include "harness.h"
#include "manifest/manifest.h"
#include "style/style.h"
#define EPUB_TEST_FILE "articles/kinds.md"
#include "epub_test.h"


static char tmpdir[] = "/tmp/sheaf-test-epub-XXXXXX";


/* An article using every node kind of doc.h. */
static doc_node *
kinds_article(arena *a, const char *dir)
{
    doc_pos pos = {"articles/kinds.md", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_meta *m = doc_article_meta(a, art);
    m->title = "Every Kind: café & naïve <tags>";
    m->subtitle = "A test of the whole tree";
    doc_meta_add_author(a, m, "Nguyễn Thị Hoa", NULL);
    doc_meta_add_author(a, m, "김민준", NULL);
    m->date = "2024-11-18";
    m->source = "https://example.org/every kind?x=1&y=2";
    m->path = arena_printf(a, "%s/articles/kinds.md", dir);

    doc_node *p = add(a, art, DOC_PARA);
    text(a, p, "Plain, ");
    text(a, add(a, p, DOC_EMPH), "emphasis");
    text(a, p, ", ");
    text(a, add(a, p, DOC_STRONG), "strong");
    text(a, p, ", ");
    doc_node *code = add(a, p, DOC_CODE);
    code->text = "x < y && z";
    code->len = strlen(code->text);
    text(a, p, ", H");
    text(a, add(a, p, DOC_SUB), "2");
    text(a, p, "O, E=mc");
    text(a, add(a, p, DOC_SUP), "2");
    text(a, p, ", ");
    text(a, add(a, p, DOC_STRIKE), "struck");
    text(a, p, " and a bell \x07 that XML cannot carry <script>alert(1)</script>.");
    add(a, p, DOC_BREAK);
    doc_node *l = add(a, p, DOC_LINK);
    l->as.link.href = "https://example.org/a b";
    text(a, l, "a link");
    text(a, p, " and ");
    l = add(a, p, DOC_LINK);
    l->as.link.href = "javascript:alert(1)";
    text(a, l, "an unsafe link");
    text(a, p, " and a note");
    doc_node *ref = add(a, p, DOC_NOTE_REF);
    ref->as.note.label = "1";
    text(a, p, ". ");
    /* A link inside a link and a note inside a link (HTML allows neither). */
    l = add(a, p, DOC_LINK);
    l->as.link.href = "https://example.org/outer";
    text(a, l, "outer ");
    doc_node *inner = add(a, l, DOC_LINK);
    inner->as.link.href = "https://example.org/inner";
    text(a, inner, "inner");
    ref = add(a, l, DOC_NOTE_REF);
    ref->as.note.label = "in-link";
    /* Links inside the book: another article by path, fragments by id or
     * by our slug of them; dead ones lose the link. */
    text(a, p, " ");
    const char *const hrefs[] = {"second.md#anything", "#Lists%20and%20Quotes", "#code-rules-figures",
                                 "#nowhere", "missing.md", "../../../../etc/passwd"};
    for (size_t i = 0; i < sizeof(hrefs) / sizeof(hrefs[0]); i++) {
        l = add(a, p, DOC_LINK);
        l->as.link.href = hrefs[i];
        text(a, l, arena_printf(a, "L%zu", i));
    }

    doc_node *h = add(a, art, DOC_HEADING);
    h->as.heading.level = 2;
    text(a, h, "Lists and Quotes");
    doc_node *q = add(a, art, DOC_QUOTE);
    text(a, add(a, q, DOC_PARA), "A quoted paragraph.");
    doc_node *list = add(a, art, DOC_LIST);
    list->flags |= DOC_F_TIGHT;
    text(a, add(a, add(a, list, DOC_ITEM), DOC_PARA), "first");
    text(a, add(a, add(a, list, DOC_ITEM), DOC_PARA), "second");
    doc_node *ol = add(a, art, DOC_LIST);
    ol->as.list.ordered = true;
    ol->as.list.start = 3;
    doc_node *it = add(a, ol, DOC_ITEM);
    text(a, add(a, it, DOC_PARA), "third, loose");
    text(a, add(a, it, DOC_PARA), "with two paragraphs");

    h = add(a, art, DOC_HEADING);
    h->as.heading.level = 3;
    text(a, h, "Code, Rules, Figures");
    doc_node *cb = add(a, art, DOC_CODE_BLOCK);
    cb->text = "int main(void) { return 0 < 1; }\n";
    cb->len = strlen(cb->text);
    cb->as.code.info = "c";
    add(a, art, DOC_RULE);
    doc_node *fig = add(a, art, DOC_FIGURE);
    doc_node *img = add(a, fig, DOC_IMAGE);
    img->as.link.href = "pic.png";
    text(a, img, "A single pixel");
    text(a, add(a, fig, DOC_CAPTION), "The smallest picture.");
    p = add(a, art, DOC_PARA);
    text(a, p, "Inline image again (copied once): ");
    img = add(a, p, DOC_IMAGE);
    img->as.link.href = "pic.png";
    text(a, img, "pixel");
    text(a, p, " and a remote one: ");
    img = add(a, p, DOC_IMAGE);
    img->as.link.href = "https://example.org/remote.png";
    text(a, img, "remote picture");

    h = add(a, art, DOC_HEADING);
    h->as.heading.level = 2;
    text(a, h, "Lists and Quotes"); /* a duplicate title: needs a unique id */
    doc_node *t = add(a, art, DOC_TABLE);
    doc_node *row = add(a, t, DOC_ROW);
    row->flags |= DOC_F_HEADER;
    text(a, add(a, row, DOC_CELL), "Name");
    doc_node *c = add(a, row, DOC_CELL);
    c->as.cell.align = DOC_ALIGN_RIGHT;
    text(a, c, "Count");
    row = add(a, t, DOC_ROW);
    text(a, add(a, row, DOC_CELL), "apples");
    c = add(a, row, DOC_CELL);
    c->as.cell.align = DOC_ALIGN_RIGHT;
    text(a, c, "3");

    doc_node *def = add(a, art, DOC_NOTE_DEF);
    def->as.note.label = "1";
    text(a, add(a, def, DOC_PARA), "The note's text.");
    def = add(a, art, DOC_NOTE_DEF);
    def->as.note.label = "in-link";
    text(a, add(a, def, DOC_PARA), "A note referenced from inside a link.");
    return art;
}

static manifest *
test_manifest(arena *a, const char *dir)
{
    manifest *m = arena_alloc(a, sizeof(*m));
    m->path = arena_printf(a, "%s/collection.yaml", dir);
    m->dir = dir;
    m->title = "Kinds & Sorts";
    m->subtitle = "A Test Book";
    m->language = "en";
    m->date = "2026-09-01";
    m->publisher = "The Test Press";
    m->series = "Tests";
    static const char *eds[] = {"Mai Nguyễn", NULL};
    m->editors = eds;
    m->n_editors = 1;
    m->n_articles = 1;
    m->articles = arena_alloc(a, sizeof(*m->articles));
    m->articles[0].path = "articles/kinds.md";
    return m;
}

static doc
test_doc(arena *a, const char *dir)
{
    doc d = {.arena = a};
    doc_pos pos = {NULL, 0, 0};
    d.root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *part = doc_node_new(a, DOC_PART, pos);
    part->as.part.title = "Part One";
    doc_append(d.root, part);
    doc_append(part, kinds_article(a, dir));
    doc_node *second = doc_node_new(a, DOC_ARTICLE, pos);
    doc_meta *m = doc_article_meta(a, second);
    m->title = "Second Article";
    m->retrieved = "2026-11-24";
    m->path = arena_printf(a, "%s/articles/second.md", dir);
    text(a, add(a, second, DOC_PARA), "The second article.");
    doc_append(part, second);
    return d;
}


static const char *book_language = "en";
static bool book_bump = false;

static int
build_book(time_t ts, buf *out, diag_list *d, arena *a)
{
    style *st = arena_alloc(a, sizeof(*st));
    style_defaults(st);
    doc book = test_doc(a, tmpdir);
    manifest *m = test_manifest(a, tmpdir);
    m->language = book_language;
    epub_options eo = {.manifest = m, .style = st, .timestamp = ts, .bump_timestamp = book_bump};
    return epub_build(a, d, &book, &eo, out);
}

static const char *out_path;

TEST(epub_every_kind)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    buf out;
    buf_init(&out, 0);
    INT_EQ(build_book(1700000000, &out, &d, a), 0);
    INT_EQ(d.errors, 0);
    OK(HAS_DIAG(d, "remote image not fetched"));
    OK(out.len > 1000);
    /* mimetype first, stored, at the fixed offset readers sniff. */
    OK(out.len > 58 && memcmp(out.data + 30, "mimetype", 8) == 0 &&
       memcmp(out.data + 38, "application/epub+zip", 20) == 0);
    OK(out.data[8] == 0 && out.data[9] == 0); /* compression method 0: stored */

    zip_error_t err;
    zip_source_t *src = zip_source_buffer_create(out.data, out.len, 0, &err);
    zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &err);
    OK(za != NULL);
    if (!za)
        return;
    STR_EQ(zip_get_name(za, 0, 0), "mimetype");
    STR_EQ(zip_get_name(za, 1, 0), "META-INF/container.xml");
    size_t len;
    /* The sources page says when a page was retrieved, when known. */
    char *srcs = zip_entry(za, "EPUB/sources.xhtml", NULL);
    OK(srcs && strstr(srcs, "<span class=\"source-retrieved\">Retrieved 24 November 2026."
                            "</span>"));
    /* ... and only then: the first article has no retrieved date. */
    OK(srcs && strstr(srcs, "Retrieved") == strstr(srcs, "Retrieved 24") &&
       !strstr(strstr(srcs, "Retrieved") + 1, "Retrieved"));
    /* an entry with no source has nothing under it, as in print */
    OK(srcs && !strstr(srcs, "No online source given.") && strstr(srcs, "class=\"source-url"));
    free(srcs);
    char *x = zip_entry(za, "EPUB/every-kind-cafe-naive-tags.xhtml", &len);
    OK(x != NULL);
    if (x) {
        xmlDocPtr xd = xmlReadMemory(x, (int)len, "a.xhtml", NULL, XML_PARSE_NONET);
        OK(xd != NULL); /* well formed */
        xmlFreeDoc(xd);
        OK(strstr(x, "<em>emphasis</em>") != NULL);
        OK(strstr(x, "<strong>strong</strong>") != NULL);
        OK(strstr(x, "<code>x &lt; y &amp;&amp; z</code>") != NULL);
        OK(strstr(x, "<sub>2</sub>") && strstr(x, "<sup>2</sup>") && strstr(x, "<s>struck</s>"));
        OK(strstr(x, "&lt;script&gt;") != NULL && strstr(x, "<script") == NULL);
        OK(strchr(x, '\x07') == NULL);
        OK(strstr(x, "javascript:") == NULL);
        OK(strstr(x, "<span>an unsafe link</span>") != NULL);
        OK(strstr(x, "href=\"https://example.org/a%20b\"") != NULL);
        OK(strstr(x, "<blockquote>") != NULL);
        OK(strstr(x, "<li>first</li>") != NULL); /* tight: no <p> */
        OK(strstr(x, "<ol class=\"loose\" start=\"3\">") != NULL); /* two paragraphs: loose */
        OK(strstr(x, "<ul>") != NULL);                              /* one-line items */
        OK(strstr(x, "<li><p>third, loose</p>") != NULL);
        OK(strstr(x, "<pre><code class=\"language-c\">") != NULL);
        OK(strstr(x, "<hr/>") != NULL);
        OK(strstr(x, "<figure><img src=\"images/img-001.png\" alt=\"A single pixel\"/>"
                     "<figcaption>The smallest picture.</figcaption></figure>") != NULL);
        OK(strstr(x, "<img src=\"images/img-001.png\" alt=\"pixel\"/>") != NULL);
        OK(strstr(x, "<span class=\"image-alt\">remote picture</span>") != NULL);
        OK(strstr(x, "<thead><tr><th>Name</th><th class=\"align-right\">Count</th></tr>\n</thead>") !=
           NULL);
        OK(strstr(x, "<tbody><tr><td>apples</td>") != NULL);
        OK(strstr(x, "<h2 id=\"lists-and-quotes\">") && strstr(x, "<h2 id=\"lists-and-quotes-2\">"));
        OK(strstr(x, "<h3 id=\"code-rules-figures\">") != NULL);
        OK(strstr(x, "epub:type=\"noteref\"") && strstr(x, "href=\"#fn-1\""));
        OK(strstr(x, "<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn-1\"") != NULL);
        OK(strstr(x, "href=\"#fnref-1\"") != NULL);
        OK(strstr(x, "<a href=\"https://example.org/outer\">outer <span>inner</span>"
                     "<sup id=\"fnref-in-link\">2</sup></a>") != NULL);
        OK(strstr(x, "href=\"#fnref-in-link\"") != NULL);
        OK(strstr(x, "<a href=\"second-article.xhtml\">L0</a>") != NULL);
        OK(strstr(x, "<a href=\"#lists-and-quotes\">L1</a>") != NULL);
        OK(strstr(x, "<a href=\"#code-rules-figures\">L2</a>") != NULL);
        OK(strstr(x, "<span>L3</span>") && strstr(x, "<span>L4</span>") && strstr(x, "<span>L5</span>"));
        OK(strstr(x, "Nguyễn Thị Hoa and 김민준") != NULL);
        OK(strstr(x, "18 November 2024") != NULL);
        free(x);
    }
    char *img = zip_entry(za, "EPUB/images/img-001.png", &len);
    OK(img && len == sizeof(tiny_png) && memcmp(img, tiny_png, len) == 0);
    free(img);
    OK(zip_name_locate(za, "EPUB/images/img-002.png", 0) < 0); /* copied once */

    char *opf = zip_entry(za, "EPUB/package.opf", NULL);
    OK(opf != NULL);
    if (opf) {
        OK(strstr(opf, "<dc:title id=\"book-title\">Kinds &amp; Sorts</dc:title>") != NULL);
        OK(strstr(opf, "urn:uuid:") != NULL);
        OK(strstr(opf, "<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>") != NULL);
        OK(strstr(opf, ">edt</meta>") && strstr(opf, ">aut</meta>"));
        OK(strstr(opf, "<dc:contributor id=\"ctb-2\">김민준</dc:contributor>") != NULL);
        OK(strstr(opf, "belongs-to-collection") != NULL);
        OK(strstr(opf, "schema:accessibilityHazard\">none") != NULL);
        OK(strstr(opf, "schema:accessMode\">visual") != NULL);
        OK(strstr(opf, "media-type=\"image/png\"") != NULL);
        const char *spine = strstr(opf, "<spine");
        OK(spine && strstr(spine, "item-cover") < strstr(spine, "item-title") &&
           strstr(spine, "item-title") < strstr(spine, "item-contents") &&
           strstr(spine, "item-contents") < strstr(spine, "item-part-part-one") &&
           strstr(spine, "item-part-part-one") < strstr(spine, "item-every-kind") &&
           strstr(spine, "item-every-kind") < strstr(spine, "item-sources"));
        free(opf);
    }
    char *nav = zip_entry(za, "EPUB/nav.xhtml", NULL);
    OK(nav && strstr(nav, "every-kind-cafe-naive-tags.xhtml#lists-and-quotes-2") != NULL);
    /* depth 2 (the default): h3 sections stay out of the toc. */
    OK(nav && strstr(nav, "#code-rules-figures") == NULL);
    OK(nav && strstr(nav, "epub:type=\"landmarks\"") != NULL);
    free(nav);
    zip_close(za);

    if (out_path)
        OK(fs_write_atomic(&d, out_path, out.data, out.len) == 0);
    buf_cleanup(&out);
    diag_cleanup(&d);
    arena_free(a);
}

TEST(epub_deterministic)
{
    buf o1, o2, o3;
    buf_init(&o1, 0);
    buf_init(&o2, 0);
    buf_init(&o3, 0);
    for (int i = 0; i < 3; i++) {
        arena *a = arena_new();
        diag_list d;
        diag_init(&d, a);
        INT_EQ(build_book(i == 2 ? 1800000000 : 1700000000, i == 0 ? &o1 : i == 1 ? &o2 : &o3,
                          &d, a),
               0);
        diag_cleanup(&d);
        arena_free(a);
    }
    OK(o1.len == o2.len && memcmp(o1.data, o2.data, o1.len) == 0);
    OK(o1.len != o3.len || memcmp(o1.data, o3.data, o1.len) != 0); /* time matters */
    buf_cleanup(&o1);
    buf_cleanup(&o2);
    buf_cleanup(&o3);
}

/* The book's own words follow its language; right-to-left languages get
 * dir="rtl" and a right-to-left page progression. */
TEST(epub_languages)
{
    static const char *const langs[] = {"de-CH", "he"};
    for (int i = 0; i < 2; i++) {
        arena *a = arena_new();
        diag_list d;
        diag_init(&d, a);
        buf out;
        buf_init(&out, 0);
        book_language = langs[i];
        INT_EQ(build_book(1700000000, &out, &d, a), 0);
        book_language = "en";
        zip_error_t err;
        zip_source_t *src = zip_source_buffer_create(out.data, out.len, 0, &err);
        zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &err);
        char *title = za ? zip_entry(za, "EPUB/title.xhtml", NULL) : NULL;
        char *contents = za ? zip_entry(za, "EPUB/contents.xhtml", NULL) : NULL;
        char *opf = za ? zip_entry(za, "EPUB/package.opf", NULL) : NULL;
        OK(title && contents && opf);
        if (title && contents && opf && i == 0) {
            OK(strstr(title, "Herausgegeben von Mai Nguyễn") != NULL);
            OK(strstr(contents, "<h1>Inhalt</h1>") != NULL);
            char *srcs = zip_entry(za, "EPUB/sources.xhtml", NULL);
            OK(srcs && strstr(srcs, "Abgerufen am 24. November 2026.") != NULL);
            free(srcs);
            OK(strstr(title, "dir=\"rtl\"") == NULL);
        } else if (title && contents && opf) {
            OK(strstr(title, "lang=\"he\"") && strstr(title, "dir=\"rtl\""));
            OK(strstr(opf, "page-progression-direction=\"rtl\"") != NULL);
            OK(strstr(title, "בעריכת") != NULL); /* the Hebrew labels */
            OK(strstr(title, "Edited by") == NULL);
        }
        free(title);
        free(contents);
        free(opf);
        if (za)
            zip_close(za);
        buf_cleanup(&out);
        diag_cleanup(&d);
        arena_free(a);
    }
}

/* Without SOURCE_DATE_EPOCH, an image newer than every other input dates
 * the book; with it (bump off), the epoch stands. */
TEST(epub_image_dates_book)
{
    char png[256];
    snprintf(png, sizeof(png), "%s/articles/pic.png", tmpdir);
    struct utimbuf ut = {.actime = 1750000000, .modtime = 1750000000};
    OK(utime(png, &ut) == 0);
    for (int bump = 0; bump < 2; bump++) {
        arena *a = arena_new();
        diag_list d;
        diag_init(&d, a);
        buf out;
        buf_init(&out, 0);
        book_bump = bump;
        INT_EQ(build_book(1700000000, &out, &d, a), 0);
        book_bump = false;
        zip_error_t err;
        zip_source_t *src = zip_source_buffer_create(out.data, out.len, 0, &err);
        zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &err);
        char *opf = za ? zip_entry(za, "EPUB/package.opf", NULL) : NULL;
        OK(opf && strstr(opf, bump ? "dcterms:modified\">2025-06-15T15:06:40Z"
                                   : "dcterms:modified\">2023-11-14T22:13:20Z"));
        free(opf);
        if (za)
            zip_close(za);
        buf_cleanup(&out);
        diag_cleanup(&d);
        arena_free(a);
    }
}

TEST(epub_identifier_derived)
{
    arena *a = arena_new();
    manifest *m = test_manifest(a, "x");
    const char *id1 = epub_identifier(a, m);
    OK(strncmp(id1, "urn:uuid:", 9) == 0 && strlen(id1) == 45);
    STR_EQ(epub_identifier(a, m), id1);
    m->articles[0].path = "articles/other.md";
    OK(strcmp(epub_identifier(a, m), id1) != 0);
    m->identifier = "isbn:9780000000000";
    STR_EQ(epub_identifier(a, m), "isbn:9780000000000");
    arena_free(a);
}

TEST(epub_urls_and_images)
{
    arena *a = arena_new();
    STR_EQ(epub_safe_url(a, "https://x.org/a%20b"), "https://x.org/a%20b");
    STR_EQ(epub_safe_url(a, "https://x.org/100%"), "https://x.org/100%25");
    STR_EQ(epub_safe_url(a, " http://x.org/é\"<> "), "http://x.org/%C3%A9%22%3C%3E");
    STR_EQ(epub_safe_url(a, "mailto:a@b.org"), "mailto:a@b.org");
    OK(epub_safe_url(a, "javascript:alert(1)") == NULL);
    OK(epub_safe_url(a, "JaVaScRiPt:alert(1)") == NULL);
    OK(epub_safe_url(a, "data:text/html,x") == NULL);
    OK(epub_safe_url(a, "../other.html") == NULL);
    OK(epub_safe_url(a, "https:") == NULL);
    const char *ext = NULL;
    STR_EQ(epub_image_type((const char *)tiny_png, sizeof(tiny_png), &ext), "image/png");
    STR_EQ(ext, "png");
    OK(epub_image_type((const char *)tiny_png, 20, &ext) == NULL); /* truncated */
    /* cut in its pixel data: the header is whole but the IEND chunk gone */
    OK(epub_image_type((const char *)tiny_png, sizeof(tiny_png) - 12, &ext) == NULL);
    OK(epub_image_type((const char *)tiny_png, sizeof(tiny_png) - 1, &ext) == NULL);
    {
        unsigned char padded[sizeof(tiny_png) + 16] = {0};
        memcpy(padded, tiny_png, sizeof(tiny_png)); /* junk after IEND: viewers ignore it */
        STR_EQ(epub_image_type((const char *)padded, sizeof(padded), &ext), "image/png");
    }
    OK(epub_image_type("\xFF\xD8\xFF\xE0 trunc", 10, &ext) == NULL);
    STR_EQ(epub_image_type("\xFF\xD8\xFF\xE0....\xFF\xD9", 10, &ext), "image/jpeg");
    OK(epub_image_type("GIF89a\0\0\0\0\0\0\0", 13, &ext) == NULL);
    OK(epub_image_type("<svg/>", 6, &ext) == NULL);
    arena_free(a);
}

TEST(epub_css_from_style)
{
    style st;
    style_defaults(&st);
    buf b;
    buf_init(&b, 0);
    st.justify = false;
    st.font_body = "Evil\"; } body { x";
    epub_css(&st, &b);
    OK(strstr(b.data, "text-align: left;") != NULL);
    OK(strstr(b.data, "\"Evil  body  x\", serif") != NULL);
    buf_clear(&b);
    st.justify = true;
    st.indent = 1.5;
    epub_css(&st, &b);
    OK(strstr(b.data, "text-align: justify;") != NULL);
    OK(strstr(b.data, "* + p { text-indent: 1.5em; }") != NULL);
    /* no indent after the title block, headings, quotes and rules */
    OK(strstr(b.data, "header + p,") != NULL && strstr(b.data, "h2 + p,") != NULL &&
       strstr(b.data, "blockquote + p,") != NULL &&
       strstr(b.data, "hr + p, p.center + p { text-indent: 0; }") != NULL);
    /* a note mark labelled "n 7" stays whole, as the PDF keeps it */
    OK(strstr(b.data, "sup.noteref { white-space: nowrap; }") != NULL);
    /* a table closed above and below, as the PDF's heavy rules close it */
    OK(strstr(b.data, "border-top: 2px solid #666; border-bottom: 2px solid #666;") != NULL);
    buf_cleanup(&b);
}

/* Build `book` with the default style and return the text of its entry
 * `entry` (malloc'd; NULL when the build or the read failed). */
static char *
built_entry(arena *a, diag_list *d, doc *book, const char *entry, size_t *len)
{
    style st;
    style_defaults(&st);
    manifest *m = test_manifest(a, tmpdir);
    epub_options eo = {.manifest = m, .style = &st, .timestamp = 1700000000};
    buf out;
    buf_init(&out, 0);
    INT_EQ(epub_build(a, d, book, &eo, &out), 0);
    zip_error_t err;
    zip_source_t *src = zip_source_buffer_create(out.data, out.len, 0, &err);
    zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &err);
    *len = 0;
    char *x = za ? zip_entry(za, entry, len) : NULL;
    if (za)
        zip_close(za);
    buf_cleanup(&out);
    return x;
}

/* A data: picture named by many images (a web archive's photograph, one
 * string for every <img> naming it) is decoded once: one that is no
 * picture warns once, not once per image. */
TEST(epub_data_uri_once)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    doc_pos pos = {"t.html", 1, 1};
    doc book = {.arena = a};
    book.root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_article_meta(a, art)->title = "Named twice";
    doc_append(book.root, art);
    const char *bad = "data:image/png;base64,bm90IGEgcGljdHVyZSBhdCBhbGw=";
    for (int i = 0; i < 3; i++) {
        doc_node *p = add(a, art, DOC_PARA);
        text(a, p, "The same picture: ");
        doc_node *img = add(a, p, DOC_IMAGE);
        img->as.link.href = bad;
        text(a, img, "not a picture");
    }
    size_t len = 0, warned = 0;
    char *x = built_entry(a, &d, &book, "EPUB/named-twice.xhtml", &len);
    free(x);
    for (size_t i = 0; i < d.count; i++)
        warned += strstr(d.items[i].message, "embedded image is not a") != NULL;
    INT_EQ(warned, 1);
    diag_cleanup(&d);
    arena_free(a);
}

/* Deep nesting, a huge paragraph and thousands of notes: no crash, no
 * quadratic blow-up, well-formed output. */
/* The notes follow the tree's order, as the PDF sets them, not the order
 * of first reference: a saved page's notes keep its own lists' order
 * (cited n 1 after 1, listed n 1 first), and the page-list the PDF gives
 * the notes section stays in reading order. */
TEST(epub_notes_in_tree_order)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    doc_pos pos = {"t.html", 1, 1};
    doc book = {.arena = a};
    book.root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_article_meta(a, art)->title = "Order";
    doc_append(book.root, art);
    doc_node *p = add(a, art, DOC_PARA);
    text(a, p, "Cited first");
    doc_node *r1 = add(a, p, DOC_NOTE_REF);
    text(a, p, " and then");
    doc_node *r2 = add(a, p, DOC_NOTE_REF);
    doc_node *def_n = add(a, art, DOC_NOTE_DEF); /* listed first, cited second */
    def_n->as.note.label = r2->as.note.label = "n 1";
    def_n->flags |= DOC_F_PAGE_MARK;
    text(a, add(a, def_n, DOC_PARA), "GroupNote");
    doc_node *def_1 = add(a, art, DOC_NOTE_DEF);
    def_1->as.note.label = r1->as.note.label = "1";
    def_1->flags |= DOC_F_PAGE_MARK;
    text(a, add(a, def_1, DOC_PARA), "PlainNote");
    r1->as.note.target = def_1;
    r2->as.note.target = def_n;
    size_t len = 0;
    char *x = built_entry(a, &d, &book, "EPUB/order.xhtml", &len);
    OK(x != NULL);
    if (x) {
        const char *g = strstr(x, "GroupNote"), *pl = strstr(x, "PlainNote");
        OK(g && pl && g < pl);
        free(x);
    }
    diag_cleanup(&d);
    arena_free(a);
}

TEST(epub_pathological)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    doc book = {.arena = a};
    doc_pos pos = {"deep.md", 1, 1};
    book.root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_article_meta(a, art)->title = "Deep";
    doc_append(book.root, art);
    doc_node *q = art;
    for (int i = 0; i < 10000; i++)
        q = add(a, q, DOC_QUOTE);
    text(a, add(a, q, DOC_PARA), "bottom");
    doc_node *p = add(a, art, DOC_PARA);
    char *big = malloc(1 << 20);
    for (size_t i = 0; i < (1 << 20); i++)
        big[i] = i % 7 == 6 ? ' ' : (char)('a' + i % 26);
    big[(1 << 20) - 1] = '\0';
    text(a, p, big);
    free(big);
    for (int i = 0; i < 3000; i++) {
        doc_node *r = add(a, p, DOC_NOTE_REF);
        r->as.note.label = arena_printf(a, "n%d", i);
        doc_node *def = add(a, art, DOC_NOTE_DEF);
        def->as.note.label = r->as.note.label;
        text(a, add(a, def, DOC_PARA), "note");
    }
    size_t len = 0;
    char *x = built_entry(a, &d, &book, "EPUB/deep.xhtml", &len);
    OK(x != NULL);
    if (x) {
        xmlDocPtr xd = xmlReadMemory(x, (int)len, "deep.xhtml", NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
        OK(xd != NULL);
        xmlFreeDoc(xd);
        OK(strstr(x, "id=\"fn-n2999\"") != NULL);
        OK(strstr(x, "<p>bottom</p>") != NULL);
        free(x);
    }
    diag_cleanup(&d);
    arena_free(a);
}

int
main(int argc, char **argv)
{
    out_path = argc > 1 ? argv[1] : NULL;
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    char *adir = malloc(strlen(tmpdir) + 32);
    sprintf(adir, "%s/articles", tmpdir);
    mkdir(adir, 0777);
    char *png = malloc(strlen(tmpdir) + 32);
    sprintf(png, "%s/articles/pic.png", tmpdir);
    FILE *f = fopen(png, "wb");
    fwrite(tiny_png, 1, sizeof(tiny_png), f);
    fclose(f);
    /* The articles' input files exist, so links between them resolve. */
    char *src1 = malloc(strlen(tmpdir) + 32), *src2 = malloc(strlen(tmpdir) + 32);
    sprintf(src1, "%s/articles/kinds.md", tmpdir);
    sprintf(src2, "%s/articles/second.md", tmpdir);
    fclose(fopen(src1, "w"));
    fclose(fopen(src2, "w"));
    RUN(epub_every_kind);
    RUN(epub_deterministic);
    RUN(epub_languages);
    RUN(epub_image_dates_book);
    RUN(epub_identifier_derived);
    RUN(epub_urls_and_images);
    RUN(epub_css_from_style);
    RUN(epub_pathological);
    RUN(epub_notes_in_tree_order);
    RUN(epub_data_uri_once);
    unlink(png);
    unlink(src1);
    unlink(src2);
    free(src1);
    free(src2);
    rmdir(adir);
    rmdir(tmpdir);
    free(png);
    free(adir);
    return test_report();
}
