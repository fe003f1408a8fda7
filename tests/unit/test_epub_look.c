/*
 * Unit tests of how the EPUB reads on a narrow screen and in other
 * scripts: the style sheet's rules that keep wide things (long words and
 * addresses, code, tables, tall pictures) inside a phone's width, and the
 * markup they rely on (code lines, table classes, breaks in addresses);
 * right-to-left pages and names; the language guessed for an article in
 * another script; stand-ins and stray line breaks left out.
 *
 * A small book is built in memory and its pages are read back from the
 * zip; the checks are on the markup and on the style sheet's text.
 */
#include <libxml/parser.h>
#include <stdlib.h>
#include <sys/stat.h>
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
#include "transform/tidy.h"
#define EPUB_TEST_FILE "look.md"
#include "epub_test.h"

static char tmpdir[] = "/tmp/sheaf-test-epub-look-XXXXXX";



static doc_node *
article(arena *a, doc_node *root, const char *title, const char *lang, const char *author)
{
    doc_node *art = add(a, root, DOC_ARTICLE);
    doc_meta *m = doc_article_meta(a, art);
    m->title = title;
    m->language = lang;
    if (author)
        doc_meta_add_author(a, m, author, NULL);
    m->source = "https://example.org/a/long/path/to/the/page?x=1&y=2";
    return art;
}

static void
cell(arena *a, doc_node *row, const char *s)
{
    text(a, add(a, row, DOC_CELL), s);
}

/* A figure whose picture is not in the book: its stand-in. */
static void
standin_figure(arena *a, doc_node *parent, const char *alt)
{
    doc_node *fig = add(a, parent, DOC_FIGURE);
    doc_node *em = add(a, fig, DOC_EMPH);
    em->flags |= DOC_F_ALT;
    text(a, em, alt);
}

static doc
look_doc(arena *a, const char *book_lang)
{
    doc d = {.arena = a};
    doc_pos pos = {NULL, 0, 0};
    d.root = doc_node_new(a, DOC_COLLECTION, pos);

    /* In the book's language (the build gives it to an article that names
       none): wide things and stand-ins. */
    doc_node *art = article(a, d.root, "Wide Things", book_lang, "Ann Author");
    doc_node *why = article(a, d.root, "Why Not?", book_lang, "Ann Tanaka-Reyes");
    text(a, add(a, why, DOC_PARA), "Because.");
    doc_node *p = add(a, art, DOC_PARA);
    add(a, p, DOC_BREAK); /* a picture was dropped before it */
    {
        /* note references: two side by side after a figure, one alone */
        doc_node *np = add(a, art, DOC_PARA);
        doc_node *defs[2];
        for (int k = 0; k < 2; k++) {
            defs[k] = add(a, art, DOC_NOTE_DEF);
            defs[k]->as.note.label = k ? "2" : "1";
            text(a, add(a, defs[k], DOC_PARA), k ? "At the weir." : "In a night.");
        }
        text(a, np, "It rose 4,933,210");
        for (int k = 0; k < 3; k++) {
            doc_node *r = add(a, np, DOC_NOTE_REF);
            r->as.note.label = k == 1 ? "2" : "1";
            r->as.note.target = defs[k == 1];
            if (k == 1)
                text(a, np, " litres, the town");
        }
        text(a, np, " woke.");
    }
    text(a, p, "Caption-like text.");
    add(a, p, DOC_BREAK);
    p = add(a, art, DOC_PARA); /* a label over its text, then one over nothing */
    text(a, add(a, p, DOC_STRONG), "Ingredients:");
    text(a, add(a, art, DOC_PARA), "Flour and water.");
    p = add(a, art, DOC_PARA);
    text(a, add(a, p, DOC_STRONG), "Said in bold.");
    p = add(a, art, DOC_PARA); /* a group of lines: an address */
    text(a, p, "Ann Smith");
    add(a, p, DOC_BREAK);
    text(a, p, "12 Mill Lane");
    add(a, p, DOC_BREAK);
    text(a, p, "Leeds");
    p = add(a, art, DOC_PARA); /* a list typed as lines */
    text(a, p, "+ Added a page");
    add(a, p, DOC_BREAK);
    text(a, p, " 10. Fixed ");
    text(a, add(a, p, DOC_EMPH), "two");
    text(a, p, " bugs");
    add(a, p, DOC_BREAK);
    text(a, add(a, p, DOC_EMPH), "- Not");
    text(a, p, " a marker here");
    p = add(a, art, DOC_PARA);
    text(a, p, "First line");
    add(a, p, DOC_BREAK);
    text(a, p, "second line, and an address: ");
    doc_node *l = add(a, p, DOC_LINK);
    l->as.link.href = "https://example.org/very/long/path?q=1&r=2";
    text(a, l, "https://example.org/very/long/path?q=1&r=2");
    text(a, p, " and a named ");
    l = add(a, p, DOC_LINK);
    l->as.link.href = "https://example.org/x";
    text(a, l, "link");
    doc_node *cb = add(a, art, DOC_CODE_BLOCK);
    cb->text = "int f(void)\n{\n\n    return 0;\n}";
    cb->len = strlen(cb->text);
    doc_node *t = add(a, art, DOC_TABLE);
    doc_node *row = add(a, t, DOC_ROW);
    row->flags |= DOC_F_HEADER;
    const char *const heads[] = {"Country", "Capital", "Population", "Area", "GDP", "Currency"};
    for (size_t i = 0; i < 6; i++)
        cell(a, row, heads[i]);
    row = add(a, t, DOC_ROW);
    const char *const cells[] = {"France", "Paris", "67,391,582", "551 695", "$2.6", "Euro"};
    for (size_t i = 0; i < 6; i++)
        cell(a, row, cells[i]);
    /* a picture alone in a paragraph (in a link), and one in a line */
    l = add(a, add(a, art, DOC_PARA), DOC_LINK);
    l->as.link.href = "https://example.org/big";
    doc_node *img = add(a, l, DOC_IMAGE);
    img->as.link.href = "pic.png";
    text(a, img, "alone");
    p = add(a, art, DOC_PARA);
    text(a, p, "An icon ");
    img = add(a, p, DOC_IMAGE);
    img->as.link.href = "pic.png";
    text(a, img, "icon");
    text(a, p, " in a line.");
    t = add(a, art, DOC_TABLE);
    row = add(a, t, DOC_ROW);
    cell(a, row, "narrow");
    cell(a, row, "table");
    cell(a, row, "Internationalization, and short words");
    /* four columns whose words side by side pass a phone's width */
    t = add(a, art, DOC_TABLE);
    row = add(a, t, DOC_ROW);
    const char *const longer[] = {"Everywhere", "Wonderland", "Strawberry", "Characters"};
    for (size_t i = 0; i < 4; i++)
        cell(a, row, longer[i]);
    /* two columns, one an address: it breaks after its slashes, so the
       table stays an ordinary one */
    t = add(a, art, DOC_TABLE);
    row = add(a, t, DOC_ROW);
    cell(a, row, "General documentation");
    l = add(a, add(a, row, DOC_CELL), DOC_LINK);
    l->as.link.href =
        "https://example.com/documentation/reference/general/configuration/options.html";
    text(a, l, l->as.link.href);
    /* six columns, one holding a picture: its width cannot be guessed */
    t = add(a, art, DOC_TABLE);
    row = add(a, t, DOC_ROW);
    for (size_t i = 0; i < 5; i++)
        cell(a, row, heads[i]);
    img = add(a, add(a, row, DOC_CELL), DOC_IMAGE);
    img->as.link.href = "pic.png";
    text(a, img, "flag");
    standin_figure(a, art, "Illustration for article titled Wide Things");
    standin_figure(a, art, "A different picture");
    standin_figure(a, art, "Illustration for article titled Wide Things");
    doc_node *fig = add(a, art, DOC_FIGURE);
    doc_node *em = add(a, fig, DOC_EMPH);
    em->flags |= DOC_F_ALT;
    text(a, em, "Illustration for article titled Wide Things");
    text(a, add(a, fig, DOC_CAPTION), "A caption of its own.");

    {
        /* a task list: boxes for markers, and a plain item among them */
        doc_node *tl = add(a, art, DOC_LIST);
        tl->flags |= DOC_F_TIGHT;
        doc_node *it = add(a, tl, DOC_ITEM);
        it->flags |= DOC_F_TASK | DOC_F_DONE;
        text(a, add(a, it, DOC_PARA), "Fold the maps");
        it = add(a, tl, DOC_ITEM);
        it->flags |= DOC_F_TASK;
        text(a, add(a, it, DOC_PARA), "Pack the tent");
        text(a, add(a, add(a, tl, DOC_ITEM), DOC_PARA), "Bring a torch");
        /* a list with no task is a plain list */
        tl = add(a, art, DOC_LIST);
        tl->flags |= DOC_F_TIGHT;
        text(a, add(a, add(a, tl, DOC_ITEM), DOC_PARA), "Only a plain item");
    }

    /* Japanese, naming no language of its own. */
    art = article(a, d.root, "図書館の一日", book_lang, "山田花子");
    text(a, add(a, art, DOC_PARA), "朝の図書館はとても静かで、窓から差し込む光が机の上にやわらかな影を落としている。");

    /* Arabic, saying so; with code and an Arabic author. */
    art = article(a, d.root, "مكتبة الحي", "ar", "أحمد خليل");
    p = add(a, art, DOC_PARA);
    text(a, p, "في كل حي مكتبة صغيرة ");
    doc_node *code = add(a, p, DOC_CODE);
    code->text = "print(x);";
    code->len = strlen(code->text);
    doc_node *list = add(a, art, DOC_LIST);
    text(a, add(a, add(a, list, DOC_ITEM), DOC_PARA), "القراءة للأطفال");
    doc_node *task = add(a, list, DOC_ITEM);
    task->flags |= DOC_F_TASK | DOC_F_DONE;
    text(a, add(a, task, DOC_PARA), "ترتيب الرفوف");
    cb = add(a, art, DOC_CODE_BLOCK);
    cb->text = "x = 1;";
    cb->len = strlen(cb->text);
    return d;
}

static manifest *
look_manifest(arena *a, const char *lang)
{
    manifest *m = arena_alloc(a, sizeof(*m));
    m->path = arena_printf(a, "%s/collection.yaml", tmpdir);
    m->dir = tmpdir;
    m->title = "Looks";
    m->language = lang;
    m->date = "2026-11-30";
    return m;
}


/* The book's pages by name; NULL entries when missing. */
typedef struct pages {
    char *wide, *ja, *ar, *contents, *sources, *nav;
} pages;

/* Where to write the English book for tests/slow/rtl_books.sh to
 * epubcheck (argv[1]), or NULL. */
static const char *epub_out;

static int
build(const char *lang, pages *pg)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    style_defaults(&st);
    doc book = look_doc(a, lang);
    for (doc_node *art = book.root->first_child; art; art = art->next)
        tf_tidy_article(a, art); /* as build_load does */
    epub_options eo = {.manifest = look_manifest(a, lang), .style = &st, .timestamp = 1700000000};
    buf out;
    buf_init(&out, 0);
    int rc = epub_build(a, &d, &book, &eo, &out);
    if (rc == 0 && epub_out && strcmp(lang, "en") == 0)
        OK(fs_write_atomic(&d, epub_out, out.data, out.len) == 0);
    memset(pg, 0, sizeof(*pg));
    zip_error_t err;
    zip_source_t *src = rc == 0 ? zip_source_buffer_create(out.data, out.len, 0, &err) : NULL;
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
    if (za) {
        pg->wide = zip_entry(za, "EPUB/wide-things.xhtml", NULL);
        /* titles in other scripts have no slug: the fallback names */
        pg->ja = zip_entry(za, "EPUB/article.xhtml", NULL);
        pg->ar = zip_entry(za, "EPUB/article-2.xhtml", NULL);
        pg->contents = zip_entry(za, "EPUB/contents.xhtml", NULL);
        pg->sources = zip_entry(za, "EPUB/sources.xhtml", NULL);
        pg->nav = zip_entry(za, "EPUB/nav.xhtml", NULL);
        zip_close(za);
    }
    buf_cleanup(&out);
    diag_cleanup(&d);
    arena_free(a);
    return rc;
}

static void
pages_free(pages *pg)
{
    free(pg->wide);
    free(pg->ja);
    free(pg->ar);
    free(pg->contents);
    free(pg->sources);
    free(pg->nav);
}

static bool
well_formed(const char *x)
{
    xmlDocPtr xd = x ? xmlReadMemory(x, (int)strlen(x), "p.xhtml", NULL, XML_PARSE_NONET) : NULL;
    xmlFreeDoc(xd);
    return xd != NULL;
}

static int
count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay ? strstr(hay, needle) : NULL; p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* The rules that keep wide things within a phone's width, and what EPUB
 * forbids kept out. */
TEST(look_css_narrow_screens)
{
    style st;
    style_defaults(&st);
    st.indent = 1.2;
    buf b;
    buf_init(&b, 0);
    epub_css(&st, &b);
    const char *c = b.data;
    /* a group of lines: inset, ragged, unhyphenated, not indented */
    const char *lines = strstr(c, "p.lines {");
    OK(lines && strstr(lines, "text-indent: 0;") && strstr(lines, "hyphens: manual;") &&
       strstr(lines, "text-align: start;") && strstr(lines, "margin: 0.5em 1.5em;") &&
       strstr(lines, "hyphens: manual;") < strstr(lines, "}"));
    /* each line a block whose turnovers hang 1 em, from the right in RTL */
    OK(strstr(c, "p.lines .line { display: block; padding-left: 1em; text-indent: -1em; }"));
    OK(strstr(c, "[dir=\"rtl\"] p.lines .line, p.lines[dir=\"rtl\"] .line {\n"
                 "  padding-left: 0;\n  padding-right: 1em;\n}"));
    /* no colour of our own for text (a reader's night mode sets it);
       captions are set back by lightness, not a fixed grey */
    OK(!strstr(c, "color: #"));
    OK(strstr(c, "figcaption { font-size: 0.9em; opacity: 0.75; margin-top: 0.4em; }"));
    /* a task has its box for a marker, hung where the bullet was, from
       the right in RTL */
    OK(strstr(c, "li.task { list-style: none; }\n"));
    OK(strstr(c, "li.task .box { display: inline-block; width: 1.5em; margin: 0 0 0 -1.5em; "
                 "text-indent: 0; }\n"));
    OK(strstr(c, "[dir=\"rtl\"] li.task .box { margin: 0 -1.5em 0 0; }\n"));
    /* a typed list item's line hangs under the text after its marker,
       whose box is as wide as the hang */
    OK(strstr(c, "p.lines .mark {\n  display: inline-block;\n  box-sizing: border-box;\n"
                 "  text-indent: 0;\n  text-align: right;\n  padding-right: 0.3em;\n}\n"));
    OK(strstr(c, "p.lines .line.item2 { padding-left: 1.9em; text-indent: -1.9em; }\n"
                 "[dir=\"rtl\"] p.lines .line.item2, p.lines[dir=\"rtl\"] .line.item2 {\n"
                 "  padding-left: 0;\n  padding-right: 1.9em;\n}\n"
                 "p.lines .item2 .mark { min-width: 1.9em; }"));
    /* long words and addresses break rather than run off the page */
    const char *body = strstr(c, "body {");
    OK(body && strstr(body, "overflow-wrap: break-word;") &&
       strstr(body, "overflow-wrap: break-word;") < strstr(body, "}"));
    /* code wraps, lines hang, nothing in code or addresses is hyphenated */
    const char *pre = strstr(c, "\npre {");
    OK(pre && strstr(pre, "white-space: pre-wrap;") < strstr(pre, "}") &&
       strstr(pre, "overflow-wrap: break-word;") < strstr(pre, "}"));
    OK(strstr(c, "pre .line { display: block; padding-left: 2em; text-indent: -2em; }"));
    OK(strstr(c, "code, pre, .url { -webkit-hyphens: none; hyphens: none; }"));
    /* no scrolling boxes (a box that scrolls cannot be split over pages) */
    OK(!strstr(c, "overflow-x") && !strstr(c, "overflow:"));
    /* table cells break a word only when it is longer than the column (the
       old name first as the fallback), a wide table's anywhere, numbers
       never */
    const char *td = strstr(c, "th, td {");
    OK(td && strstr(td, "word-wrap: break-word; overflow-wrap: break-word;") &&
       strstr(td, "hyphens: auto;"));
    OK(strstr(c, "table.wide th, table.wide td { padding: 0.2em 0.3em; overflow-wrap: anywhere; }"));
    /* ... unless its box is as wide as its words need whole (its class
       names the width in em; the query's em is the reader's font size) */
    OK(strstr(c, "div.table-fit { container-type: inline-size; }"));
    OK(strstr(c, "@container (min-width: 26em) { table.fit-26 th, table.fit-26 td "
                 "{ overflow-wrap: break-word; } }"));
    OK(strstr(c, "table.fit-12 ") && strstr(c, "table.fit-66 ") && !strstr(c, "table.fit-68 "));
    OK(strstr(c, "td.num, th.num { white-space: nowrap; }"));
    OK(strstr(c, "table.wide {"));
    /* Chinese and Japanese indents in whole characters; the rules that
       take the indent away said again for them */
    const char *zh = strstr(c, ":lang(zh) * + p { text-indent: 2em; }");
    OK(zh && strstr(c, ":lang(ja) * + p { text-indent: 1em; }"));
    OK(strstr(c, "header + p, h1 + p, h2 + p, h3 + p, h4 + p, h5 + p, h6 + p, blockquote + p, "
                 "hr + p, p.center + p { text-indent: 0; }"));
    OK(zh && strstr(zh, ":lang(zh) header + p, :lang(zh) h1 + p,") &&
       strstr(zh, ":lang(zh) p.center + p,\n:lang(zh) header p, ") &&
       strstr(zh, ":lang(ja) p.center,\n:lang(ja) blockquote p + p { text-indent: 0; }"));
    /* a list item's second paragraph is indented after those (li > p + p
       outweighs li p only when it comes later with the same :lang) */
    const char *li = zh ? strstr(zh, ":lang(zh) li > p + p { text-indent: 2em; }") : NULL;
    OK(li && li > strstr(zh, ":lang(zh) li p,") &&
       strstr(li, ":lang(ja) li > p + p { text-indent: 1em; }"));
    /* a picture no taller than the screen */
    OK(strstr(c, "img { max-width: 100%; max-height: 95vh; height: auto; }"));
    OK(strstr(c, "p img, li img, td img, th img { vertical-align: middle; }"));
    OK(strstr(c, "p.picture { text-indent: 0;"));
    /* headings follow the page's direction and balance their lines */
    const char *h = strstr(c, "h1, h2, h3, h4, h5, h6 {");
    OK(h && strstr(h, "text-align: start;") && strstr(h, "text-wrap: balance;"));
    OK(strstr(c, "li > :first-child, blockquote > :first-child { margin-top: 0; }"));
    const char *disp = strstr(c, ".titlepage p, .part-opener h1, .article-head p {");
    OK(disp && strstr(disp, "hyphens: manual;") && strstr(disp, "text-wrap: balance;"));
    /* a subtitle is not justified into gaps */
    OK(strstr(c, "header.article-head { margin: 0 0 2em; text-align: left; text-align: start; }"));
    OK(strstr(c, "[dir=\"rtl\"] ul, [dir=\"rtl\"] ol { padding: 0 1.5em 0 0; }"));
    /* ... but not the contents' lists, which are indented from the right */
    OK(strstr(c, "[dir=\"rtl\"] ol.contents-sub { margin: 0.3em 1.2em 0.8em 0; }") >
       strstr(c, "[dir=\"rtl\"] ul, [dir=\"rtl\"] ol {"));
    OK(strstr(c, "padding: 0; text-align: left; text-align: start; }"));
    /* the contents page's lines are not running text */
    OK(strstr(c, ".contents-page p, p.center { text-indent: 0; }"));
    /* a centred display line: whole words, apart from the prose around */
    const char *ctr = strstr(c, "p.center {");
    OK(ctr && strstr(ctr, "text-align: center;") && strstr(ctr, "hyphens: manual;") &&
       strstr(ctr, "p.center + p:not(.center) { margin-top: 0.5em; }"));
    /* entries of several lines hang; no slanted Hangul in them */
    OK(strstr(c, "ol.source-list li { margin: 0 0 1em; padding-left: 1.5em; text-indent: -1.5em; }"));
    OK(strstr(c, "li.toc-article { padding-left: 1.5em; text-indent: -1.5em; }"));
    /* a label: flush, kept with its text, which starts flush */
    const char *lab = strstr(c, "p.label {");
    OK(lab && strstr(lab, "text-indent: 0;") && strstr(lab, "break-after: avoid;"));
    OK(strstr(c, "p.label + p { text-indent: 0; }"));
    OK(strstr(c, ".toc-author, .source-title, cite { font-synthesis: weight; }"));
    OK(strstr(c, ".nobr { white-space: nowrap; }"));
    OK(!strstr(c, "break-all"));
    /* EPUB style sheets must not hold these (epubcheck CSS-001) */
    OK(!strstr(c, "direction:") && !strstr(c, "unicode-bidi"));
    buf_cleanup(&b);
}

/* CJK pages: a face of the language first, serif or sans as the style's
 * body font is; more leading; emphasis marks for italics. */
TEST(look_css_cjk)
{
    style st;
    style_defaults(&st);
    st.font_body = "Charis SIL";
    st.leading = 1.35;
    buf b;
    buf_init(&b, 0);
    epub_css(&st, &b);
    const char *ja = strstr(b.data, ":lang(ja) body,");
    OK(ja && strstr(ja, "body [lang]:lang(ja)") && strstr(ja, "\"Noto Serif CJK JP\""));
    OK(ja && strstr(ja, "\"Charis SIL\", serif;"));
    OK(strstr(b.data, ":lang(ko) body") && strstr(b.data, ":lang(zh-TW) body"));
    /* traditional Chinese after simplified, so it wins for zh-TW */
    OK(strstr(b.data, "Noto Serif CJK TC") > strstr(b.data, "Noto Serif CJK SC"));
    OK(strstr(b.data, ":lang(ja) body, :lang(zh) body, :lang(ko) body { line-height: 1.7; }"));
    const char *em = strstr(b.data, ":lang(ja) em");
    OK(em && strstr(em, "font-style: normal;") && strstr(em, "text-emphasis-style: filled dot;"));
    buf_clear(&b);
    st.size = 18; /* large print: larger in the e-book too */
    epub_css(&st, &b);
    const char *body = strstr(b.data, "body {");
    OK(body && strstr(body, "font-size: 150%;") && strstr(body, "font-size: 150%;") < strstr(body, "}"));
    buf_clear(&b);
    st.size = 10.5;
    epub_css(&st, &b);
    body = strstr(b.data, "body {");
    OK(body && !(strstr(body, "font-size:") && strstr(body, "font-size:") < strstr(body, "}")));
    buf_clear(&b);
    st.font_body = "DejaVu Sans";
    st.leading = 1.9;
    epub_css(&st, &b);
    OK(strstr(b.data, "\"Noto Sans CJK JP\"") && !strstr(b.data, "\"Noto Serif CJK JP\""));
    OK(strstr(b.data, "line-height: 1.9; }")); /* a style's own larger leading stays */
    buf_cleanup(&b);
}

TEST(look_markup)
{
    pages pg;
    INT_EQ(build("en", &pg), 0);
    OK(pg.wide && pg.ja && pg.ar && pg.contents && pg.sources && pg.nav);
    OK(well_formed(pg.wide) && well_formed(pg.ja) && well_formed(pg.ar) &&
       well_formed(pg.contents) && well_formed(pg.sources) && well_formed(pg.nav));
    const char *w = pg.wide;
    if (w) {
        /* a break at a paragraph's start or end makes only an empty line */
        OK(strstr(w, "<p>Caption-like text.</p>"));
        /* references side by side are parted by a comma, and a run after
           a figure is bracketed, where bare numerals read as one number
           or a power ("4,933,210" then 5); one after a word stays bare */
        OK(strstr(w, "4,933,210<sup class=\"noteref\">[<a "));
        OK(strstr(w, "</sup><sup class=\"noteref\">,<a "));
        OK(strstr(w, ">2</a>]</sup> litres"));
        OK(strstr(w, "town<sup class=\"noteref\"><a "));
        OK(strstr(w, ">1</a></sup> woke."));
        OK(strstr(w, "<p>First line<br/>")); /* one inside stays; prose */
        /* a bold label over its text is marked to be set as in print;
           a bold sentence is a paragraph */
        OK(strstr(w, "<p class=\"label\"><strong>Ingredients:</strong></p>"));
        OK(strstr(w, "<p><strong>Said in bold.</strong></p>"));
        /* a group of short lines is marked to be set as in print */
        OK(strstr(w, "<p class=\"lines\"><span class=\"line\">Ann Smith<br/></span>\n"
                     "<span class=\"line\">12 Mill Lane<br/></span>\n"
                     "<span class=\"line\">Leeds</span></p>"));
        /* a line typed as a list item hangs under the text after its
           marker, in a box as wide as the group's widest marker's hang
           (two digits); a sign inside emphasis is not a marker */
        OK(strstr(w, "<p class=\"lines\"><span class=\"line item2\"><span class=\"mark\">+ "
                     "</span>Added a page<br/></span>\n"
                     "<span class=\"line item2\"><span class=\"mark\"> 10. </span>Fixed "
                     "<em>two</em> bugs<br/></span>\n"
                     "<span class=\"line\"><em>- Not</em> a marker here</span></p>"));
        /* one span per code line, the newline inside, no line lost */
        OK(strstr(w, "<pre><code><span class=\"line\">int f(void)\n</span>"
                     "<span class=\"line\">{\n</span><span class=\"line\">\n</span>"
                     "<span class=\"line\">    return 0;\n</span><span class=\"line\">}</span>"
                     "</code></pre>"));
        /* an address set as one, with places to break after its slashes
           and before its query's parts; a named link is not */
        OK(strstr(w, "class=\"url\">https://example.org/<wbr/>very/<wbr/>long/<wbr/>path"
                     "<wbr/>?q<wbr/>=1<wbr/>&amp;r<wbr/>=2</a>"));
        OK(strstr(w, "<a href=\"https://example.org/x\">link</a>"));
        /* six columns: a wide table, in a box that keeps its words whole
           when it is as wide as they need: their widest pieces (Country,
           Capital, Population, Area, GDP, Currency in bold, 551 695 on one
           line: 24.1em) and 6 cells' padding (3.6em), in the table's font
           (0.8em), with 12% to spare for a wider face: 24.8em, so 26em
           (the first table of the page); numbers kept whole; a narrow one
           is plain */
        const char *first = strstr(w, "<table");
        OK(first && first == strstr(w, "<table class=\"wide fit-26\">"));
        OK(strstr(w, "<div class=\"table-fit\"><table class=\"wide fit-26\">"));
        /* four columns of long words: wide, as are tables holding what
           has no width to guess (kept breaking anywhere) */
        OK(strstr(w, "<div class=\"table-fit\"><table class=\"wide fit-"));
        OK(strstr(w, "<td>Everywhere</td>"));
        INT_EQ(count(w, "<table class=\"wide\">"), 1);
        INT_EQ(count(w, "<div class=\"table-fit\">"), 2);
        OK(strstr(w, "<td class=\"num\">67,391,582</td>") &&
           strstr(w, "<td class=\"num\">551 695</td>") && strstr(w, "<td class=\"num\">$2.6</td>"));
        OK(strstr(w, "<td>France</td>") && strstr(w, "<th>Population</th>"));
        /* a long word in a cell carries soft hyphens at its hyphenation
           points (so a narrow column breaks it with a hyphen); short words
           do not */
#define SHY "\xC2\xAD" /* U+00AD SOFT HYPHEN */
        OK(strstr(w, "<td>In" SHY "ter" SHY "na" SHY "tion" SHY "al" SHY "iza" SHY "tion, and "
                     "short words</td>"));
#undef SHY
        OK(strstr(w, "<td>narrow</td>"));
        INT_EQ(count(w, "<table>"), 2);
        OK(strstr(w,
                  "<td><a href=\"https://example.com/documentation/reference/general/configuration/"
                  "options.html\" class=\"url\">https://example.com/<wbr/>documentation/"));
        /* a repeated stand-in is said once; a figure with a caption stays */
        INT_EQ(count(w, "[Image: Illustration for article titled Wide Things]"), 1);
        INT_EQ(count(w, "[Image: A different picture]"), 1);
        INT_EQ(count(w, "<figure>"), 3);
        OK(strstr(w, "<figcaption>A caption of its own.</figcaption>"));
        OK(strstr(w, "<figure></figure>") == NULL);
        OK(strstr(w, "<p class=\"picture\"><a href=\"https://example.org/big\"><img "));
        OK(strstr(w, "<p>An icon <img "));
        /* a task's box is its marker, named for a screen reader; a list
           of tasks is marked as such, a list of none is not */
        OK(strstr(
            w, "<ul class=\"tasks\">\n<li class=\"task done\"><span class=\"box\" "
               "role=\"img\" aria-label=\"done\">\xE2\x98\x91\xC2\xA0</span>Fold the maps</li>"));
        OK(strstr(w, "<li class=\"task\"><span class=\"box\" role=\"img\" aria-label=\"to do\">"
                     "\xE2\x98\x90\xC2\xA0</span>Pack the tent</li>"));
        OK(strstr(w, "<li>Bring a torch</li>"));
        OK(strstr(w, "<ul>\n<li>Only a plain item</li>"));
        /* an English page has no dir */
        OK(!strstr(w, "dir=\""));
    }
    /* Japanese text in an English book: the page says ja, and so does
       its entry in the contents, the sources and the nav */
    OK(pg.ja && strstr(pg.ja, "<html") && strstr(pg.ja, " lang=\"ja\" xml:lang=\"ja\">"));
    OK(pg.contents && strstr(pg.contents, "<a href=\"article.xhtml\" lang=\"ja\" xml:lang=\"ja\">"));
    OK(pg.sources && strstr(pg.sources, "href=\"article.xhtml\" lang=\"ja\""));
    OK(pg.nav && strstr(pg.nav, "<a href=\"article.xhtml\" lang=\"ja\" xml:lang=\"ja\">"));
    /* Arabic: the page runs right to left, its code left to right; in the
       English contents its title and its author's name are isolated */
    const char *ar = pg.ar;
    OK(ar && strstr(ar, "lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">"));
    OK(ar && strstr(ar, "<code dir=\"ltr\">print(x);</code>"));
    /* a task's box is named in the article's language; in a loose item
       it opens the item's paragraph */
    OK(ar && strstr(ar, "<li class=\"task done\"><p><span class=\"box\" role=\"img\" "
                        "aria-label=\"منجز\">"));
    OK(ar && strstr(ar, "<pre dir=\"ltr\"><code>"));
    OK(pg.contents && strstr(pg.contents, "<a href=\"article-2.xhtml\" lang=\"ar\" xml:lang=\"ar\" "
                                          "dir=\"rtl\">"));
    OK(pg.contents && strstr(pg.contents, "<span class=\"toc-author\" dir=\"auto\">"));
    OK(pg.contents && strstr(pg.contents, "<span class=\"toc-author\">Ann Author</span>"));
    OK(pg.sources && strstr(pg.sources, "<span class=\"source-names\" dir=\"auto\">"));
    /* no stop after a title that ends with its own */
    OK(pg.sources && strstr(pg.sources, "Why Not?</a> Ann Tanaka-Reyes."));
    /* a hyphenated name is kept on one line: it breaks between its words */
    OK(pg.contents &&
       strstr(pg.contents,
              "<span class=\"toc-author\">Ann <span class=\"nobr\">Tanaka-Reyes</span></span>"));
    /* every address on the sources page can break */
    OK(pg.sources && strstr(pg.sources, "class=\"source-url url\"") &&
       strstr(pg.sources, "https://example.org/<wbr/>a/<wbr/>long/"));
    pages_free(&pg);
}

/* The same book in Arabic: now the English names and titles are the
 * other direction's, and the Japanese article still gets its language. */
TEST(look_rtl_book)
{
    pages pg;
    INT_EQ(build("ar", &pg), 0);
    OK(pg.contents && strstr(pg.contents, "<span class=\"toc-author\" dir=\"auto\">Ann Author"));
    OK(pg.contents && strstr(pg.contents, "lang=\"ja\" xml:lang=\"ja\" dir=\"ltr\">"));
    /* the Arabic article is in the book's language: nothing to mark */
    OK(pg.contents && strstr(pg.contents, "<a href=\"article-2.xhtml\">"));
    OK(pg.contents && strstr(pg.contents, "<a href=\"wide-things.xhtml\" lang=\"und\" xml:lang=\"und\" dir=\"ltr\">"));
    OK(pg.sources && strstr(pg.sources, "class=\"source-url url\" dir=\"ltr\""));
    /* the English article in the Arabic book: not tagged Arabic */
    OK(pg.wide && strstr(pg.wide, " lang=\"und\" xml:lang=\"und\">") && !strstr(pg.wide, "dir=\"rtl\""));
    pages_free(&pg);
}

int
main(int argc, char **argv)
{
    epub_out = argc > 1 ? argv[1] : NULL;
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    char png[128];
    snprintf(png, sizeof(png), "%s/pic.png", tmpdir);
    FILE *f = fopen(png, "wb");
    if (f) {
        fwrite(tiny_png, 1, sizeof(tiny_png), f);
        fclose(f);
    }
    RUN(look_css_narrow_screens);
    RUN(look_css_cjk);
    RUN(look_markup);
    RUN(look_rtl_book);
    unlink(png);
    rmdir(tmpdir);
    return test_report();
}
