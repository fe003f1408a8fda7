/*
 * test_markdown.c - the Markdown reader: every construct against a reviewed
 * tree dump, front matter (values and error positions), titles and heading
 * levels, footnote links, what is dropped (raw HTML, remote images, script
 * links), and pathological input (deep nesting, delimiter runs, invalid
 * UTF-8) read in bounded depth with a diagnostic.
 */
#include "base/buf.h"
#include "base/diag.h"

#include "harness.h"

#include "base/fs.h"
#include "doc/doc.h"
#include "readers/reader.h"

typedef struct rd {
    arena *a;
    diag_list d;
    doc_node *art;
    int rc;
    buf dump;
} rd;

static void
rd_open(rd *r, const char *path, const char *md)
{
    r->a = arena_new();
    diag_init(&r->d, r->a);
    reader_options ro = {.format = "markdown", .extract = -1};
    r->rc = reader_read_bytes(r->a, &r->d, path, md, strlen(md), &ro, &r->art);
    buf_init(&r->dump, 0);
    if (r->art)
        doc_dump(r->art, &r->dump);
}

static void
rd_close(rd *r)
{
    buf_cleanup(&r->dump);
    diag_cleanup(&r->d);
    arena_free(r->a);
}

static const diag *
find_diag(const diag_list *d, const char *needle)
{
    for (size_t i = 0; i < d->count; i++)
        if (strstr(d->items[i].message, needle))
            return &d->items[i];
    return NULL;
}

static doc_node *
find_node(doc_node *root, doc_type t, int nth)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && n->type == t && nth-- == 0)
            return n;
    return NULL;
}

static int
max_depth(doc_node *root)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    int depth = 0, max = 0;
    doc_iter_init(&it, root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev == DOC_EV_ENTER && ++depth > max)
            max = depth;
        if (ev == DOC_EV_EXIT)
            depth--;
    }
    return max;
}

/* The reviewed dump of the every-construct fixture. */
TEST(constructs_golden)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    doc_node *art = NULL;
    const char *path = "tests/fixtures/markdown/constructs.md";
    int rc = reader_read(a, &d, path, NULL, &art);
    INT_EQ(rc, 0);
    OK(art != NULL);
    char *want = NULL;
    size_t want_len = 0;
    OK(fs_read_file(a, &d, "tests/fixtures/markdown/constructs.tree", 1 << 20, &want, &want_len,
                    NULL, 0, 0) == 0);
    buf got;
    buf_init(&got, 0);
    if (art)
        doc_dump(art, &got);
    if (getenv("UPDATE_GOLDEN") && got.data) {
        FILE *f = fopen("tests/fixtures/markdown/constructs.tree", "w");
        if (f) {
            fputs(got.data, f);
            fclose(f);
        }
        want = got.data;
    }
    if (want && got.data && strcmp(got.data, want) != 0)
        fprintf(stderr, "--- got ---\n%s", got.data);
    STR_EQ(got.data, want);
    OK(doc_check(art) == NULL);
    const doc_meta *m = art ? art->as.article.meta : NULL;
    OK(m != NULL);
    if (m) {
        STR_EQ(m->title, "Every Construct");
        STR_EQ(m->subtitle, "A Markdown fixture");
        INT_EQ(m->n_authors, 2);
        STR_EQ(m->authors[1], "Charles Babbage");
        STR_EQ(m->date, "2024-05-17");
        STR_EQ(m->source, "https://example.org/every-construct");
        STR_EQ(m->language, "en");
        STR_EQ(m->description, "One of each thing the reader knows.");
        STR_EQ(m->format, "markdown");
    }
    /* Positions count the front matter lines: "## Section One" is line 20. */
    doc_node *h = art ? find_node(art, DOC_HEADING, 0) : NULL;
    OK(h && h->pos.line == 20 && h->pos.col == 1);
    const diag *g = find_diag(&d, "remote image not fetched");
    OK(g && g->line == 58);
    /* The first raw HTML with something unsafe: the <div onclick> block. */
    g = find_diag(&d, "raw HTML");
    OK(g && g->line == 64 && g->col == 1);
    buf_cleanup(&got);
    diag_cleanup(&d);
    arena_free(a);
}

TEST(front_matter_errors)
{
    rd r;
    rd_open(&r, "fm.md", "---\ntitle: ok\nauthor: [unclosed\n---\n\nBody.\n");
    INT_EQ(r.rc, -1);
    const diag *g = find_diag(&r.d, "front matter");
    OK(g && g->severity == DIAG_ERROR && g->line >= 3);
    OK(g && strcmp(g->file, "fm.md") == 0);
    rd_close(&r);

    rd_open(&r, "fm.md", "---\ntitle: ok\nsubtitle: [a, b]\n---\n\nBody.\n");
    INT_EQ(r.rc, -1);
    g = find_diag(&r.d, "'subtitle' must be a single value");
    OK(g && g->line == 3 && g->col == 11);
    OK(strstr(r.dump.data, "Body.") != NULL); /* the body is still read */
    rd_close(&r);

    rd_open(&r, "fm.md", "---\ntitle: T\ncolour: red\ntags: [a]\ndate: last week\n---\n\nB\n");
    INT_EQ(r.rc, 0);
    g = find_diag(&r.d, "unknown front matter key 'colour'");
    OK(g && g->severity == DIAG_WARNING && g->line == 3 && g->col == 1);
    OK(find_diag(&r.d, "'tags'") == NULL);
    g = find_diag(&r.d, "date 'last week'");
    OK(g && g->line == 5 && g->col == 7);
    rd_close(&r);

    rd_open(&r, "fm.md", "---\n- a\n- b\n---\n\nB\n");
    INT_EQ(r.rc, -1);
    OK(find_diag(&r.d, "key: value") != NULL);
    rd_close(&r);

    /* A "---" with no closing fence is a thematic break, not front matter. */
    rd_open(&r, "fm.md", "---\n\n# Title\n\nText\n");
    INT_EQ(r.rc, 0);
    STR_EQ(r.art->as.article.meta->title, "Title");
    OK(strstr(r.dump.data, "rule") != NULL);
    rd_close(&r);

    /* An opening fence and a key, but no closing fence: said so. */
    rd_open(&r, "fm.md", "---\ntitle: Unclosed\n\nText\n");
    g = find_diag(&r.d, "no closing '---'");
    OK(g && g->line == 1 && g->severity == DIAG_WARNING);
    rd_close(&r);

    /* When the page was read: retrieved, or accessed (citation style). */
    rd_open(&r, "fm.md", "---\nretrieved: 2026-11-24T09:00:00Z\n---\nX\n");
    STR_EQ(r.art->as.article.meta->retrieved, "2026-11-24");
    OK(r.art->as.article.meta->date == NULL);
    rd_close(&r);
    rd_open(&r, "fm.md", "---\ntitle: T\naccessed: 2026-11\n---\nX\n");
    STR_EQ(r.art->as.article.meta->retrieved, "2026-11");
    rd_close(&r);
    rd_open(&r, "fm.md", "---\ntitle: T\naccessed: yesterday\n---\nX\n");
    OK(r.art->as.article.meta->retrieved == NULL);
    g = find_diag(&r.d, "accessed 'yesterday'");
    OK(g && g->severity == DIAG_WARNING && g->line == 3 && g->col == 11);
    rd_close(&r);

    /* Timestamps keep their date; "authors" as one string works. */
    rd_open(&r, "fm.md", "---\ndate: 2023-04-05 10:30\nauthors: Jo Doe\nlang: de\n---\nX\n");
    STR_EQ(r.art->as.article.meta->date, "2023-04-05");
    INT_EQ(r.art->as.article.meta->n_authors, 1);
    STR_EQ(r.art->as.article.meta->language, "de");
    rd_close(&r);
}

TEST(front_matter_forms)
{
    /* BOM, CRLF line ends, an empty front matter, and "..." as the closing
     * fence: positions still count every line of the file. */
    rd r;
    rd_open(&r, "f.md", "\xEF\xBB\xBF---\r\ntitle: Crlf\r\n...\r\n\r\n## Head\r\n");
    INT_EQ(r.rc, 0);
    STR_EQ(r.art->as.article.meta->title, "Crlf");
    doc_node *h = find_node(r.art, DOC_HEADING, 0);
    OK(h && h->pos.line == 5);
    rd_close(&r);

    rd_open(&r, "f.md", "---\n---\n# From Heading\n\nText\n");
    INT_EQ(r.rc, 0);
    STR_EQ(r.art->as.article.meta->title, "From Heading");
    doc_node *p = find_node(r.art, DOC_PARA, 0);
    OK(p && p->pos.line == 5);
    INT_EQ(r.d.count, 0);
    rd_close(&r);
}

/* TOML front matter (Hugo, Zola), pandoc's title block, MultiMarkdown's
 * metadata lines, and the author objects and date aliases of YAML's. */
TEST(metadata_forms)
{
    rd r;
    const doc_meta *m;
    rd_open(&r, "h.md",
            "+++\ntitle = \"Hugo \\\"Post\\\" \\u00e9\"  # a comment\n"
            "date = 2024-03-05T10:00:00Z\nauthors = [\"Jane Roe\",\n  'Bob Smith']\n"
            "description = \"\"\"\nA long\nsummary.\"\"\"\ndraft = false\ncolour = \"red\"\n"
            "[params]\nauthor = \"Nobody\"\n+++\n\n## Section\n\nBody.\n");
    m = r.art->as.article.meta;
    INT_EQ(r.rc, 0);
    STR_EQ(m->title, "Hugo \"Post\" \xC3\xA9");
    STR_EQ(m->date, "2024-03-05");
    INT_EQ(m->n_authors, 2);
    STR_EQ(m->description, "A long summary.");
    const diag *g = find_diag(&r.d, "unknown front matter key 'colour'");
    OK(g && g->line == 10 && g->severity == DIAG_WARNING);
    INT_EQ(r.d.count, 1); /* [params]' author is not the article's */
    doc_node *h = find_node(r.art, DOC_HEADING, 0);
    OK(h && h->pos.line == 15);
    rd_close(&r);

    /* a TOML syntax error: said with its line; the body is still read */
    rd_open(&r, "h.md", "+++\ntitle = \"ok\"\nauthor = \"unclosed\n+++\nBody.\n");
    INT_EQ(r.rc, -1);
    g = find_diag(&r.d, "TOML front matter: a string is not closed");
    OK(g && g->line == 3 && g->severity == DIAG_ERROR);
    OK(strstr(r.dump.data, "Body.") != NULL);
    rd_close(&r);

    /* a "+++" line with no closing one is text */
    rd_open(&r, "h.md", "+++\n\nBody.\n");
    OK(strstr(r.dump.data, "+++") != NULL);
    rd_close(&r);

    /* pandoc: title, authors (one to a line, or by ';'), a date written out */
    rd_open(&r, "p.md",
            "% A Pandoc Title\n%   Ann Lee; Bo Li\n  Cy Ng\n% March 5, 2024\n\nBody.\n");
    m = r.art->as.article.meta;
    STR_EQ(m->title, "A Pandoc Title");
    INT_EQ(m->n_authors, 3);
    STR_EQ(m->date, "2024-03-05");
    OK(!strstr(r.dump.data, "text \"%"));
    doc_node *p = find_node(r.art, DOC_PARA, 0);
    OK(p && p->pos.line == 6);
    rd_close(&r);
    rd_open(&r, "p.md", "% Only a Title\n%\n% 5/3/2024\nBody.\n");
    m = r.art->as.article.meta;
    STR_EQ(m->title, "Only a Title");
    INT_EQ(m->n_authors, 0);
    STR_EQ(m->date, "2024-05-03");
    rd_close(&r);

    /* MultiMarkdown: keys to the blank line, values running on */
    rd_open(&r, "m.md",
            "Title: An MMD Title\nAuthor: Dee Roe\nDate: 5 March 2024\n"
            "Summary: Runs on\n    over two lines.\nBase Header Level: 2\n\nBody.\n");
    m = r.art->as.article.meta;
    STR_EQ(m->title, "An MMD Title");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->date, "2024-03-05");
    STR_EQ(m->description, "Runs on over two lines.");
    INT_EQ(r.d.count, 0);
    OK(strstr(r.dump.data, "Body.") && !strstr(r.dump.data, "Dee Roe"));
    rd_close(&r);
    /* ... but prose is not metadata: an unknown first key, or a line
       that is no key */
    rd_open(&r, "m.md", "Note: this is prose.\n\nBody.\n");
    OK(strstr(r.dump.data, "Note: this is prose.") != NULL);
    rd_close(&r);
    rd_open(&r, "m.md", "Title: Not Metadata\nbecause this line, with a comma, is prose.\n\nB\n");
    OK(r.art->as.article.meta->title == NULL ||
       strcmp(r.art->as.article.meta->title, "Not Metadata"));
    OK(strstr(r.dump.data, "Title: Not Metadata") != NULL);
    rd_close(&r);

    /* YAML: author objects (Jekyll, Hugo), date aliases, "published" as a flag */
    rd_open(&r, "y.md",
            "---\ntitle: T\nauthor:\n  name: Ann Lee\n  url: https://x.org\n"
            "published: false\npubDate: 2024-03-05\n---\nB\n");
    m = r.art->as.article.meta;
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->date, "2024-03-05");
    INT_EQ(r.d.count, 0);
    rd_close(&r);
    rd_open(&r, "y.md", "---\nauthors:\n  - name: Ann Lee\n  - Bo Li\nDate: 2024-03-06\n---\nB\n");
    m = r.art->as.article.meta;
    INT_EQ(m->n_authors, 2);
    STR_EQ(m->date, "2024-03-06");
    rd_close(&r);
}

/* What a review of the forms above found. */
/* Translators, editors and illustrators in every metadata form: credited
 * with their relator code, apart from the authors. */
TEST(metadata_contributors)
{
    rd r;
    const doc_meta *m;
    rd_open(&r, "y.md",
            "---\ntitle: The Bet\nauthor: Anton Chekhov\ntranslator: Constance Garnett\n"
            "illustrators:\n  - Ann Ink\n  - name: Bob Pen\n---\n\nText.\n");
    m = r.art->as.article.meta;
    INT_EQ(r.rc, 0);
    INT_EQ(r.d.count, 0);
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Anton Chekhov");
    INT_EQ(m->n_contribs, 3);
    STR_EQ(m->contribs[0], "Constance Garnett");
    STR_EQ(m->contrib_roles[0], "trl");
    STR_EQ(m->contribs[2], "Bob Pen");
    STR_EQ(m->contrib_roles[2], "ill");
    rd_close(&r);

    rd_open(&r, "t.md",
            "+++\ntitle = \"T\"\ntranslators = [\"A Bee\", \"C Dee\"]\neditor = \"E Eff\"\n"
            "author = \"G Aitch\"\n+++\n\nText.\n");
    m = r.art->as.article.meta;
    INT_EQ(r.d.count, 0);
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "G Aitch");
    INT_EQ(m->n_contribs, 3);
    STR_EQ(m->contrib_roles[1], "trl");
    STR_EQ(m->contribs[2], "E Eff");
    STR_EQ(m->contrib_roles[2], "edt");
    rd_close(&r);

    rd_open(&r, "m.md", "Title: T\nAuthor: G Aitch\nTranslator: A Bee\n\nText.\n");
    m = r.art->as.article.meta;
    INT_EQ(m->n_authors, 1);
    INT_EQ(m->n_contribs, 1);
    STR_EQ(m->contribs[0], "A Bee");
    STR_EQ(m->contrib_roles[0], "trl");
    rd_close(&r);

    /* Hugo's author tables: [author] with its name, [[authors]] each;
       other tables' names are not the article's */
    rd_open(&r, "h.md",
            "+++\ntitle = \"T\"\n[author]\nname = \"Jane Roe\"\nemail = \"j@x.org\"\n"
            "[[translators]]\nname = \"A Bee\"\n[[translators]]\nname = \"C Dee\"\n"
            "[params]\nname = \"Nobody\"\n+++\n\nText.\n");
    m = r.art->as.article.meta;
    INT_EQ(r.d.count, 0);
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Jane Roe");
    INT_EQ(m->n_contribs, 2);
    STR_EQ(m->contribs[1], "C Dee");
    STR_EQ(m->contrib_roles[1], "trl");
    rd_close(&r);

    /* YAML's null is no name */
    rd_open(&r, "n.md", "---\ntitle: T\nauthor: A B\ntranslator: ~\neditor: null\n---\n\nX.\n");
    m = r.art->as.article.meta;
    INT_EQ(m->n_authors, 1);
    INT_EQ(m->n_contribs, 0);
    rd_close(&r);

    /* a name list of the wrong shape is an error naming its own key */
    rd_open(&r, "bad.md", "---\ntitle: T\ntranslator: {a: 1}\n---\n\nText.\n");
    OK(find_diag(&r.d, "front matter 'translator' must be a name or a list of names") != NULL);
    rd_close(&r);
}

TEST(metadata_forms_edges)
{
    rd r;
    const doc_meta *m;
    /* a multi-line TOML string: its lines run together, trimmed */
    rd_open(&r, "h.md",
            "+++\ntitle = \"\"\"\nHello\nWorld\n\"\"\"\n"
            "authors = [\"\"\"\n  Ann\n\"\"\"]\n+++\nB\n");
    m = r.art->as.article.meta;
    STR_EQ(m->title, "Hello World");
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Ann"));
    rd_close(&r);
    /* a backslash ending a one-line string's line: not closed, said at
       its line */
    rd_open(&r, "h.md", "+++\ntitle = \"abc\\\ndef\"\n+++\nB\n");
    const diag *g = find_diag(&r.d, "a string is not closed");
    OK(g && g->line == 2);
    rd_close(&r);
    /* a brace inside a string of an inline table; authors as tables with
       a name (Hugo's author objects) */
    rd_open(&r, "h.md", "+++\nauthors = [{ name = \"x}y\" }, \"Z\"]\n+++\nB\n");
    INT_EQ(r.rc, 0);
    m = r.art->as.article.meta;
    OK(m->n_authors == 2 && !strcmp(m->authors[0], "x}y") && !strcmp(m->authors[1], "Z"));
    rd_close(&r);
    rd_open(&r, "h.md", "+++\nauthor = { url = \"https://x.org\", name = \"Ann Lee\" }\n+++\nB\n");
    m = r.art->as.article.meta;
    OK(m->n_authors == 1 && !strcmp(m->authors[0], "Ann Lee"));
    INT_EQ(r.d.count, 0);
    rd_close(&r);
    /* bad TOML: each error names its line, the body is still read */
    static const struct {
        const char *toml, *said;
        uint32_t line;
    } bad[] = {
        {"title = \"ok\"\nauthor = { name = \"A\"\n", "an inline table is not closed", 3},
        {"authors = [\"A\",\n", "an array is not closed", 3},
        {"authors = [[[[[[[[[[[[[[[[[[\"A\"]]]]]]]]]]]]]]]]]]\n", "arrays nest too deep", 2},
        {"title =\n", "a key has no value", 2},
        {"title\n", "a line is not 'key = value'", 2},
        {"authors = [\"A\" \"B\"]\n", "not separated by commas", 2},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        buf in;
        buf_init(&in, 0);
        buf_printf(&in, "+++\n%s+++\nBody.\n", bad[i].toml);
        rd_open(&r, "h.md", in.data);
        buf_cleanup(&in);
        INT_EQ(r.rc, -1);
        g = find_diag(&r.d, bad[i].said);
        OK(g && g->line == bad[i].line && g->severity == DIAG_ERROR);
        OK(strstr(r.dump.data, "Body.") != NULL);
        rd_close(&r);
    }
    /* front matter past its size limit is refused, said once */
    {
        buf in;
        buf_init(&in, 0);
        buf_adds(&in, "+++\n");
        for (int k = 0; k < 7000; k++)
            buf_adds(&in, "# a comment\n");
        buf_adds(&in, "+++\nBody.\n");
        rd_open(&r, "h.md", in.data);
        buf_cleanup(&in);
        INT_EQ(r.rc, -1);
        OK(find_diag(&r.d, "front matter is") != NULL);
        rd_close(&r);
    }
    /* a TOML date that is none: warned */
    rd_open(&r, "h.md", "+++\ndate = 2024-13-45\n+++\nB\n");
    OK(r.art->as.article.meta->date == NULL);
    g = find_diag(&r.d, "date '2024-13-45'");
    OK(g && g->line == 2 && g->severity == DIAG_WARNING);
    rd_close(&r);
    /* pandoc: a line of spaces ends the block; the code below is body */
    rd_open(&r, "p.md", "% T\n% A\n   \n    code block line\n\nBody\n");
    INT_EQ(r.art->as.article.meta->n_authors, 1);
    OK(strstr(r.dump.data, "code block line") != NULL);
    rd_close(&r);
    /* MultiMarkdown: an address is no key */
    rd_open(&r, "m.md", "Title: Hello\nhttps://example.com/x\n\nBody\n");
    OK(strstr(r.dump.data, "https://example.com/x") != NULL);
    rd_close(&r);
    /* YAML: a list as a date is an error; a date written out is read */
    rd_open(&r, "y.md", "---\ndate: [2024]\n---\nB\n");
    INT_EQ(r.rc, -1);
    rd_close(&r);
    rd_open(&r, "y.md", "---\npubDate: 'Jul 08 2022'\n---\nB\n");
    STR_EQ(r.art->as.article.meta->date, "2022-07-08");
    rd_close(&r);
}

TEST(titles_and_levels)
{
    rd r;
    rd_open(&r, "t.md", "Intro.\n\n# The Title\n\n### A\n\n#### B\n\n# Second top\n");
    STR_EQ(r.art->as.article.meta->title, "The Title");
    STR_EQ(r.dump.data, "article title=\"The Title\"\n"
                        "  paragraph\n    text \"Intro.\"\n"
                        "  heading level=4\n    text \"A\"\n"
                        "  heading level=5\n    text \"B\"\n"
                        "  heading level=2\n    text \"Second top\"\n");
    rd_close(&r);

    rd_open(&r, "t.md", "### Only\n\n#### Deeper\n");
    OK(r.art->as.article.meta->title == NULL);
    STR_EQ(r.dump.data, "article\n  heading level=2\n    text \"Only\"\n"
                        "  heading level=3\n    text \"Deeper\"\n");
    rd_close(&r);

    /* Front matter title: a first H1 repeating it goes, another H1 stays. */
    rd_open(&r, "t.md", "---\ntitle: Same\n---\n# Same\n\nx\n\n# Other\n\n## Sub\n");
    STR_EQ(r.dump.data, "article title=\"Same\"\n  paragraph\n    text \"x\"\n"
                        "  heading level=2\n    text \"Other\"\n"
                        "  heading level=3\n    text \"Sub\"\n");
    rd_close(&r);
}

TEST(footnotes)
{
    rd r;
    rd_open(&r, "n.md", "A[^b] B[^a] again[^b].\n\n[^a]: Def A.\n[^b]: Def B.\n[^c]: Unused.\n");
    doc_node *r0 = find_node(r.art, DOC_NOTE_REF, 0);
    doc_node *r1 = find_node(r.art, DOC_NOTE_REF, 1);
    doc_node *r2 = find_node(r.art, DOC_NOTE_REF, 2);
    OK(r0 && r1 && r2);
    doc_node *d0 = find_node(r.art, DOC_NOTE_DEF, 0);
    doc_node *d1 = find_node(r.art, DOC_NOTE_DEF, 1);
    OK(d0 && d1 && find_node(r.art, DOC_NOTE_DEF, 2) == NULL);
    if (r0 && r1 && r2 && d0 && d1) {
        OK(r0->as.note.target == d0 && r2->as.note.target == d0 && r1->as.note.target == d1);
        OK(d0->first_child && d0->first_child->first_child);
        if (d0->first_child && d0->first_child->first_child)
            STR_EQ(d0->first_child->first_child->text, "Def B.");
        STR_EQ(r0->as.note.label, d0->as.note.label);
        OK(d0->parent == r.art && d1->parent == r.art && r.art->last_child == d1);
    }
    rd_close(&r);
}

TEST(dropped_things)
{
    rd r;
    rd_open(&r, "dir/h.md",
            "<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>.\n\n"
            "[click](javascript:alert(2)) ![pic](http://example.org/p.png \"T\")\n\n"
            "![local](pics/a%20b.png)\n\nAn ![empty]() image.\n");
    OK(strstr(r.dump.data, "alert") == NULL);
    OK(strstr(r.dump.data, "onclick") == NULL);
    OK(strstr(r.dump.data, "text \"Text \"\n    strong\n      text \"bold\"\n    text \".\"") !=
       NULL);
    if (!strstr(r.dump.data, "text \"click pic\""))
        fprintf(stderr, "%s", r.dump.data);
    OK(strstr(r.dump.data, "text \"click pic\"") != NULL);
    OK(strstr(r.dump.data, "javascript") == NULL);
    /* a missing local picture: its alt text stands in for it, once (the
       percent-decoded path is in the warning below) */
    OK(strstr(r.dump.data, "image href=\"dir/pics/a b.png\"") == NULL);
    OK(strstr(r.dump.data, "figure\n    emph\n      text \"local\"") != NULL);
    OK(find_diag(&r.d, "raw HTML: script") != NULL);
    OK(find_diag(&r.d, "raw HTML fragments") == NULL); /* only one had anything unsafe */
    OK(find_diag(&r.d, "'javascript' URL removed") != NULL);
    OK(find_diag(&r.d, "remote image not fetched: http://example.org/p.png") != NULL);
    OK(find_diag(&r.d, "image not found: dir/pics/a b.png") != NULL);
    OK(strstr(r.dump.data, "text \"An empty image.\"") != NULL);
    OK(find_diag(&r.d, "image without a source") != NULL);
    INT_EQ(r.rc, 0);
    rd_close(&r);
}

TEST(html_breaks_and_comments)
{
    rd r;
    rd_open(&r, "c.md", "<!-- a note to self -->\n\nOne<br>two<BR />three <!-- x --> four.\n");
    STR_EQ(r.dump.data, "article\n  paragraph\n    text \"One\"\n    break\n    text \"two\"\n"
                        "    break\n    text \"three  four.\"\n");
    INT_EQ(r.d.count, 0);
    rd_close(&r);
}

/* Markdown between a raw `<div align="center">` and its `</div>` (each on
 * its own lines, as READMEs centre a tagline) is centred, as GitHub shows
 * it; a list item has its own alignment, a left-aligned div inside stops
 * the centring, and an open <p align="center"> ends at the next block. */
TEST(raw_html_centres_markdown)
{
    rd r;
    rd_open(&r, "f.md",
            "<div align=\"center\">\n\n**A small lamp.**\n\n"
            "<div style=\"text-align: left\">\n\nLeft.\n\n</div>\n\n"
            "- item\n\n</div>\n\n"
            "Prose after the div.\n\n"
            "<CENTER>\n\nThe end.\n\n</CENTER>\n\n"
            "<!-- <div align=\"center\"> -->\n\nNot centred.\n\n"
            "<p align=\"center\">\n<b>Logo</b>\n\nAn open paragraph closes at the next "
            "block.\n");
    STR_EQ(r.dump.data, "article\n"
                        "  paragraph center\n    strong\n      text \"A small lamp.\"\n"
                        "  paragraph\n    text \"Left.\"\n"
                        "  list bullet tight\n    item\n      paragraph\n        text \"item\"\n"
                        "  paragraph\n    text \"Prose after the div.\"\n"
                        "  paragraph center\n    text \"The end.\"\n"
                        "  paragraph\n    text \"Not centred.\"\n"
                        "  paragraph center\n    strong\n      text \"Logo\"\n"
                        "  paragraph\n    text \"An open paragraph closes at the next "
                        "block.\"\n");
    rd_close(&r);
}

/* Raw HTML goes through the HTML reader's whitelist: inline runs split by
 * cmark into tag / text / tag nodes are gathered and parsed as one fragment,
 * Markdown inside a run keeps its meaning, blocks map to doc blocks, and
 * nothing executable or hidden survives. */
TEST(raw_html_fragments)
{
    rd r;
    rd_open(&r, "dir/f.md",
            "Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; H<sub>2</sub>O and x<sup>*n*</sup>, "
            "<abbr title=\"t\">ABBR</abbr>\n"
            "<span>a *b* [l](http://x.org/)</span> <a href=\"javascript:alert(1)\">bad</a>"
            " <b onmouseover=\"x()\">ok</b> <i>open\n\n"
            "<table>\n<tr><th>A</th><td align=\"right\">1</td></tr>\n</table>\n\n"
            "<details>\n<summary>More</summary>\n<p>Inside <iframe src=\"x\"></iframe></p>\n"
            "<div hidden>secret</div><div style=\"display: none\">secret</div>\n</details>\n\n"
            "<style>p { color: red }</style>\n\n"
            "<p>Caf<img src=\"javascript:x\" alt=\"e\"> <u>under</u></p>\n");
    STR_EQ(r.dump.data,
           "article\n"
           "  paragraph\n"
           "    text \"Press \"\n"
           "    code_span \"Ctrl\"\n"
           "    text \"+\"\n"
           "    code_span \"C\"\n"
           "    text \"; H\"\n"
           "    sub\n      text \"2\"\n"
           "    text \"O and x\"\n"
           "    sup\n      emph\n        text \"n\"\n"
           "    text \", ABBR a \"\n"
           "    emph\n      text \"b\"\n"
           "    text \" \"\n"
           "    link href=\"http://x.org/\"\n      text \"l\"\n"
           "    text \" bad \"\n"
           "    strong\n      text \"ok\"\n"
           "    text \" \"\n"
           "    emph\n      text \"open\"\n"
           "  table\n"
           "    row\n"
           "      cell header\n        text \"A\"\n"
           "      cell align=right\n        text \"1\"\n"
           "  paragraph\n    text \"More\"\n"
           "  paragraph\n    text \"Inside\"\n"
           "  paragraph\n    text \"Caf\"\n    emph\n      text \"e\"\n    text \" under\"\n");
    OK(strstr(r.dump.data, "secret") == NULL);
    OK(strstr(r.dump.data, "color") == NULL);
    OK(strstr(r.dump.data, "javascript") == NULL);
    /* The first fragment with something unsafe (the script link) is named
     * with its position; the rest are counted in one note. */
    const diag *g = find_diag(&r.d, "raw HTML: script");
    if (g && (g->line != 2 || g->col != 39))
        fprintf(stderr, "at %u:%u\n", (unsigned)g->line, (unsigned)g->col);
    OK(g && g->line == 2 && g->col == 39);
    OK(find_diag(&r.d, "4 raw HTML fragments had unsafe content removed") != NULL);
    /* Positions inside a fragment are lines of the Markdown file. */
    doc_node *t = find_node(r.art, DOC_TABLE, 0);
    OK(t && t->pos.line == 4);
    doc_node *cell = t ? t->first_child->first_child : NULL;
    OK(cell && cell->pos.line == 5);
    INT_EQ(r.rc, 0);
    rd_close(&r);
}

TEST(lists_and_tasks)
{
    rd r;
    /* a task's box is a property of its item, not text; a bracket that
       is no box ("[y]", "[x]" after a word) stays text */
    rd_open(&r, "l.md",
            "3. a\n4. b\n\n- [ ] todo\n- [x] done\n- [y] not a box\n"
            "- see [x] here\n\n* x\n\n  para\n* y\n");
    STR_EQ(r.dump.data, "article\n"
                        "  list ordered start=3 tight\n"
                        "    item\n      paragraph\n        text \"a\"\n"
                        "    item\n      paragraph\n        text \"b\"\n"
                        "  list bullet tight\n"
                        "    item task\n      paragraph\n        text \"todo\"\n"
                        "    item task done\n      paragraph\n        text \"done\"\n"
                        "    item\n      paragraph\n        text \"[y] not a box\"\n"
                        "    item\n      paragraph\n        text \"see [x] here\"\n"
                        "  list bullet\n"
                        "    item\n      paragraph\n        text \"x\"\n"
                        "      paragraph\n        text \"para\"\n"
                        "    item\n      paragraph\n        text \"y\"\n");
    rd_close(&r);
}

/* Pandoc's definition lists: a one-line term, then ": " (or "~ ") lines,
 * in its paragraph or in the paragraphs after it; consecutive terms make
 * one list. A ": " line under two lines of text, or under nothing, is text. */
TEST(definition_lists)
{
    rd r;
    rd_open(&r, "d.md",
            "Apple\n: A fruit.\n: A company,\n  on two lines.\n\n"
            "*Banana*\n\n:   A long yellow fruit.\n\n~ Also a colour.\n\n"
            "Two lines\nof text\n: stay text.\n: All of it.\n\n"
            "A time: 10:30\nand on.\n");
    STR_EQ(r.dump.data,
           "article\n"
           "  deflist\n"
           "    term\n      text \"Apple\"\n"
           "    definition\n      paragraph\n        text \"A fruit.\"\n"
           "    definition\n      paragraph\n        text \"A company, on two lines.\"\n"
           "    term\n      emph\n        text \"Banana\"\n"
           "    definition\n      paragraph\n        text \"A long yellow fruit.\"\n"
           "    definition\n      paragraph\n        text \"Also a colour.\"\n"
           "  paragraph\n    text \"Two lines of text : stay text. : All of it.\"\n"
           "  paragraph\n    text \"A time: 10:30 and on.\"\n");
    rd_close(&r);
    rd_open(&r, "e.md", ": nothing above\n\n> Term\n> : in a quote\n");
    STR_EQ(r.dump.data, "article\n"
                        "  paragraph\n    text \": nothing above\"\n"
                        "  blockquote\n    deflist\n"
                        "      term\n        text \"Term\"\n"
                        "      definition\n        paragraph\n          text \"in a quote\"\n");
    rd_close(&r);
    /* a setext heading's second line opening with ':' is the heading's */
    rd_open(&r, "s.md", "Text.\n\nPart two\n: the mill\n---\n");
    STR_EQ(r.dump.data, "article\n"
                        "  paragraph\n    text \"Text.\"\n"
                        "  heading level=2\n    text \"Part two : the mill\"\n");
    rd_close(&r);
}

/* A quote opening with an alert marker alone on its line (GitHub's
 * "[!NOTE]", Obsidian's "[!tip] Title", folded "[!faq]-") is a callout
 * titled in bold; a marker run into text, or inside a sentence, is text,
 * and so is one holding no word. */
TEST(alerts)
{
    rd r;
    rd_open(&r, "a.md",
            "> [!NOTE]\n> Read this *first*.\n> Then this.\n\n"
            "> [!tip] Keep it short  \n> Shorter is better.\n\n"
            "> [!faq]-\n>\n> > [!WARNING]\n> > Hot.\n\n"
            "> [!NOTE]: not alone\n\n> A [!NOTE] inside.\n\n> [!] none\n\n"
            "> [!NOTE] *emphasis* after\n");
    STR_EQ(r.dump.data,
           "article\n"
           "  blockquote\n    paragraph\n      strong\n        text \"Note\"\n"
           "    paragraph\n      text \"Read this \"\n      emph\n        text \"first\"\n"
           "      text \". Then this.\"\n"
           "  blockquote\n    paragraph\n      strong\n        text \"Keep it short\"\n"
           "    paragraph\n      text \"Shorter is better.\"\n"
           "  blockquote\n    paragraph\n      strong\n        text \"Faq\"\n"
           "    blockquote\n      paragraph\n        strong\n          text \"Warning\"\n"
           "      paragraph\n        text \"Hot.\"\n"
           "  blockquote\n    paragraph\n      text \"[!NOTE]: not alone\"\n"
           "  blockquote\n    paragraph\n      text \"A [!NOTE] inside.\"\n"
           "  blockquote\n    paragraph\n      text \"[!] none\"\n"
           "  blockquote\n    paragraph\n      text \"[!NOTE] \"\n      emph\n"
           "        text \"emphasis\"\n      text \" after\"\n");
    INT_EQ(r.d.count, 0);
    /* the title a marker became is at the marker's line (the quote's) */
    const doc_node *q2 = r.art->first_child ? r.art->first_child->next : NULL;
    OK(q2 && q2->first_child);
    if (q2 && q2->first_child) {
        INT_EQ(q2->pos.line, 5);
        INT_EQ(q2->first_child->pos.line, 5);
        INT_EQ(q2->first_child->first_child->pos.line, 5);
    }
    rd_close(&r);
}

/* Pandoc's heading attributes: the block leaves the text and "#name"
 * names the heading, so a link to "#name" keeps its target; braces that
 * hold words are the heading's own. */
TEST(heading_attributes)
{
    rd r;
    rd_open(&r, "h.md",
            "## Part two {#part-b .unnumbered}\n\n## A set {a, b}\n\n## Plain {-}\n\n"
            "## {#alone}\n");
    STR_EQ(r.dump.data, "article\n"
                        "  heading level=2 id=part-b\n    text \"Part two\"\n"
                        "  heading level=2\n    text \"A set {a, b}\"\n"
                        "  heading level=2\n    text \"Plain\"\n"
                        "  heading level=2\n    text \"{#alone}\"\n");
    rd_close(&r);
}

static char *
repeat(const char *unit, size_t n, const char *tail)
{
    size_t u = strlen(unit), t = strlen(tail);
    char *s = malloc(u * n + t + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(s + i * u, unit, u);
    memcpy(s + u * n, tail, t + 1);
    return s;
}

TEST(pathological)
{
    struct {
        const char *unit, *tail;
        size_t n;
        bool flatten;
    } cases[] = {
        {">", " deep\n", 10000, true}, {"- ", "x\n", 10000, true},   {"1. ", "x\n", 10000, true},
        {"[", "a", 10000, false},      {"*", "\n", 100000, false},   {"*a **", "\n", 20000, false},
        {"a*", "\n", 50000, false},    {"[x](", "\n", 10000, false}, {"`", "\n", 100000, false},
        {"> - ", "x\n", 5000, true},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *md = repeat(cases[i].unit, cases[i].n, cases[i].tail);
        rd r;
        rd_open(&r, "p.md", md);
        OK(r.art != NULL);
        OK(doc_check(r.art) == NULL);
        int depth = max_depth(r.art);
        if (depth > 40)
            fprintf(stderr, "case %zu: depth %d\n", i, depth);
        OK(depth <= 40);
        if (cases[i].flatten)
            OK(find_diag(&r.d, "flattened") != NULL);
        rd_close(&r);
        free(md);
    }
}

TEST(invalid_utf8)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    doc_node *art = NULL;
    const char bytes[] = "# Caf\xe9\n\nBad \xff\xfe bytes \xc3 here.\n";
    int rc = reader_read_bytes(a, &d, "u.md", bytes, sizeof(bytes) - 1, NULL, &art);
    INT_EQ(rc, 0);
    const diag *g = find_diag(&d, "not valid UTF-8");
    OK(g && g->line == 1);
    OK(art && art->as.article.meta->title && strcmp(art->as.article.meta->title, "Caf\u00e9") == 0);
    diag_cleanup(&d);
    arena_free(a);
}

int
main(void)
{
    RUN(constructs_golden);
    RUN(front_matter_errors);
    RUN(front_matter_forms);
    RUN(metadata_forms);
    RUN(metadata_forms_edges);
    RUN(metadata_contributors);
    RUN(titles_and_levels);
    RUN(footnotes);
    RUN(dropped_things);
    RUN(html_breaks_and_comments);
    RUN(raw_html_fragments);
    RUN(lists_and_tasks);
    RUN(definition_lists);
    RUN(heading_attributes);
    RUN(alerts);
    RUN(raw_html_centres_markdown);
    RUN(pathological);
    RUN(invalid_utf8);
    return test_report();
}
