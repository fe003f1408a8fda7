/*
 * test_manifest.c - manifest_parse/manifest_load against small manifests.
 *
 * The tests run inside a fresh temporary folder (chdir), so the manifest is
 * "collection.yaml" and every diagnostic can be compared as the exact line
 * the CLI would print: "collection.yaml:LINE:COL: severity: message".
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../../src/base/arena.h"
#include "../../src/base/diag.h"
#include "../../src/manifest/manifest.h"
#include "harness.h"

static arena *A;
static diag_list D;
static manifest *M;
static int RC;
static manifest_options OPT;

static void
write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(1);
    }
    fputs(text, f);
    fclose(f);
}

static void
reset(void)
{
    if (A) {
        diag_cleanup(&D);
        arena_free(A);
    }
    A = arena_new();
    diag_init(&D, A);
    M = NULL;
}

static void
parse_n(const char *text, size_t len)
{
    reset();
    RC = manifest_parse(A, &D, "collection.yaml", text, len, &OPT, &M);
    diag_sort(&D);
}

static void
parse(const char *text)
{
    parse_n(text, strlen(text));
}

/* Every diagnostic, formatted and joined with newlines ("" when none). */
static const char *
diags(void)
{
    char *all = arena_strdup(A, "");
    for (size_t i = 0; i < D.count; i++)
        all = arena_printf(A, "%s%s%s", all, i ? "\n" : "", diag_format(A, &D.items[i]));
    return all;
}

TEST(flat_list)
{
    parse("title: Readings\n"
          "articles:\n"
          "  - a.txt\n"
          "  - sub/b.txt\n");
    INT_EQ(RC, 0);
    STR_EQ(diags(), "");
    OK(M != NULL);
    if (!M)
        return;
    STR_EQ(M->title, "Readings");
    INT_EQ(M->title_pos.line, 1);
    INT_EQ(M->title_pos.col, 8);
    OK(M->parts == NULL);
    INT_EQ(M->n_articles, 2);
    STR_EQ(M->articles[0].path, "a.txt");
    STR_EQ(M->articles[1].resolved, "sub/b.txt");
    INT_EQ(M->articles[1].pos.line, 4);
    INT_EQ(M->articles[1].pos.col, 5);
    OK(M->articles[0].part == NULL);
    INT_EQ(M->articles[0].extract, -1);
}

TEST(every_top_key)
{
    parse("title: Stronger Together\n"
          "subtitle: Readings on Solidarity\n"
          "editor: Dana Rivera\n"
          "editors: [Sam Lee, Ana Ruiz]\n"
          "author: Frederick Douglass\n"
          "language: en-US\n"
          "date: 2026-09-01\n"
          "publisher: Lincoln High School\n"
          "rights: For classroom use.\n"
          "description: A reading packet.\n"
          "cover: cover.jpg\n"
          "style: handout\n"
          "paper: a4\n"
          "identifier: urn:uuid:1234\n"
          "series: Unit 4\n"
          "toc_depth: 3\n"
          "articles: [a.txt]\n");
    STR_EQ(diags(), "");
    INT_EQ(RC, 0);
    if (!M)
        return;
    STR_EQ(M->subtitle, "Readings on Solidarity");
    INT_EQ(M->n_editors, 3);
    STR_EQ(M->editors[0], "Dana Rivera");
    STR_EQ(M->editors[2], "Ana Ruiz");
    OK(M->editors[3] == NULL);
    INT_EQ(M->n_authors, 1);
    STR_EQ(M->authors[0], "Frederick Douglass");
    STR_EQ(M->language, "en-US");
    STR_EQ(M->date, "2026-09-01");
    STR_EQ(M->publisher, "Lincoln High School");
    STR_EQ(M->rights, "For classroom use.");
    STR_EQ(M->description, "A reading packet.");
    STR_EQ(M->cover_resolved, "cover.jpg");
    STR_EQ(M->style, "handout");
    INT_EQ(M->style_pos.line, 12);
    STR_EQ(M->paper, "a4");
    STR_EQ(M->identifier, "urn:uuid:1234");
    STR_EQ(M->series, "Unit 4");
    INT_EQ(M->toc_depth, 3);
}

TEST(parts)
{
    parse("title: T\n"
          "parts:\n"
          "  - title: Roots\n"
          "    intro: intro.md\n"
          "    articles:\n"
          "      - a.txt\n"
          "      - sub/b.txt\n"
          "  - title: Branches\n"
          "    articles: [c.txt]\n");
    STR_EQ(diags(), "");
    INT_EQ(RC, 0);
    if (!M)
        return;
    INT_EQ(M->n_parts, 2);
    STR_EQ(M->parts[0].title, "Roots");
    STR_EQ(M->parts[0].intro, "intro.md");
    STR_EQ(M->parts[0].intro_resolved, "intro.md");
    INT_EQ(M->parts[0].pos.line, 3);
    INT_EQ(M->parts[0].pos.col, 5);
    INT_EQ(M->parts[0].first, 0);
    INT_EQ(M->parts[0].count, 2);
    INT_EQ(M->parts[1].first, 2);
    INT_EQ(M->parts[1].count, 1);
    OK(M->parts[1].intro_resolved == NULL);
    INT_EQ(M->n_articles, 3);
    OK(M->articles[1].part == &M->parts[0]);
    OK(M->articles[2].part == &M->parts[1]);
    INT_EQ(M->articles[2].pos.line, 9);
    INT_EQ(M->articles[2].pos.col, 16);
}

TEST(overrides)
{
    parse("title: T\n"
          "articles:\n"
          "  - path: a.txt\n"
          "    title: Our Composite Nation\n"
          "    subtitle: A lecture\n"
          "    author: Frederick Douglass\n"
          "    date: 1869-12-07\n"
          "    source: https://example.org/composite-nation\n"
          "    site: Example\n"
          "    description: On a nation of many peoples.\n"
          "    language: en-GB\n"
          "    format: text\n"
          "    extract: false\n"
          "  - path: c.txt\n"
          "    authors: [A. One, B. Two]\n"
          "    extract: yes\n");
    STR_EQ(diags(), "");
    INT_EQ(RC, 0);
    if (!M || M->n_articles != 2)
        return;
    const manifest_article *a = &M->articles[0];
    STR_EQ(a->path, "a.txt");
    INT_EQ(a->pos.line, 3);
    INT_EQ(a->pos.col, 11);
    STR_EQ(a->meta.title, "Our Composite Nation");
    STR_EQ(a->meta.subtitle, "A lecture");
    INT_EQ(a->meta.n_authors, 1);
    STR_EQ(a->meta.authors[0], "Frederick Douglass");
    STR_EQ(a->meta.date, "1869-12-07");
    STR_EQ(a->meta.source, "https://example.org/composite-nation");
    STR_EQ(a->meta.site, "Example");
    STR_EQ(a->meta.description, "On a nation of many peoples.");
    STR_EQ(a->meta.language, "en-GB");
    STR_EQ(a->format, "text");
    INT_EQ(a->extract, 0);
    INT_EQ(M->articles[1].meta.n_authors, 2);
    STR_EQ(M->articles[1].meta.authors[1], "B. Two");
    INT_EQ(M->articles[1].extract, 1);
    OK(M->articles[1].meta.title == NULL);
}

TEST(unknown_keys)
{
    parse("title: T\n"
          "subtitel: S\n"
          "colour: red\n"
          "titel: U\n"
          "parts:\n"
          "  - title: P\n"
          "    artcles: [a.txt]\n"
          "    articles:\n"
          "      - path: a.txt\n"
          "        athor: X\n");
    STR_EQ(diags(), "collection.yaml:2:1: warning: unknown key 'subtitel' in the manifest; "
                    "did you mean 'subtitle'?\n"
                    "collection.yaml:3:1: warning: unknown key 'colour' in the manifest (ignored)\n"
                    "collection.yaml:4:1: warning: unknown key 'titel' in the manifest; "
                    "did you mean 'title'?\n"
                    "collection.yaml:7:5: warning: unknown key 'artcles' in a part; "
                    "did you mean 'articles'?\n"
                    "collection.yaml:10:9: warning: unknown key 'athor' in an article entry; "
                    "did you mean 'author'?");
    INT_EQ(RC, 0); /* warnings only */
}

TEST(wrong_types)
{
    parse("title: [A, B]\n"
          "date: 2026-13-01\n"
          "toc_depth: 9\n"
          "paper: 7x\n"
          "editors: {a: b}\n"
          "articles:\n"
          "  - [x.txt]\n"
          "  - path: a.txt\n"
          "    format: pdf\n"
          "    extract: maybe\n"
          "    date: 31.12.1999\n"
          "    title: {x: y}\n");
    STR_EQ(diags(),
           "collection.yaml:1:8: error: 'title' must be a single value, not a list\n"
           "collection.yaml:2:7: error: 'date' must be a date as YYYY-MM-DD (or YYYY-MM, "
           "YYYY), not '2026-13-01'\n"
           "collection.yaml:3:12: error: 'toc_depth' must be a number from 1 to 6, not '9'\n"
           "collection.yaml:4:8: error: unknown paper '7x' (use letter, a4, a5, or WxH with "
           "in, mm, cm or pt, e.g. 6x9in)\n"
           "collection.yaml:5:10: error: 'editors' must be a single value, not a mapping\n"
           "collection.yaml:7:5: error: an article must be a path or a mapping with 'path', "
           "not a list\n"
           "collection.yaml:9:13: error: 'format' must be text, html, mhtml, webarchive or "
           "markdown, not 'pdf'\n"
           "collection.yaml:10:14: error: 'extract' must be true or false, not 'maybe'\n"
           "collection.yaml:11:11: error: 'date' must be a date as YYYY-MM-DD (or YYYY-MM, "
           "YYYY), not '31.12.1999'\n"
           "collection.yaml:12:12: error: 'title' must be a single value, not a mapping");
    INT_EQ(RC, -1);
    OK(M != NULL); /* still set: callers may go on checking */
}

TEST(dates)
{
    static const char *const good[] = {"2026",       "2026-09",    "2026-09-01",
                                       "2024-02-29", "2000-02-29", "1869-12-07"};
    static const char *const bad[] = {
        "2026-02-29", "1900-02-29", "2026-04-31", "2026-00",        "2026-13",
        "2026-1-1",   "26-01-01",   "2026-09-00", "September 2026", "2026-09-01T10:00"};
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        char text[128]; /* not in A: parse() frees A first */
        snprintf(text, sizeof(text), "title: T\ndate: %s\narticles: [a.txt]\n", good[i]);
        parse(text);
        STR_EQ(diags(), "");
        if (M)
            STR_EQ(M->date, good[i]);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char text[128]; /* not in A: parse() frees A first */
        snprintf(text, sizeof(text), "title: T\ndate: %s\narticles: [a.txt]\n", bad[i]);
        parse(text);
        OK(D.errors == 1 && strstr(diags(), "collection.yaml:2:7: error: 'date' must be a date"));
    }
}

TEST(retrieved_dates)
{
    /* An article's retrieved date is validated like 'date', with its place. */
    parse("title: T\narticles:\n  - path: a.txt\n    retrieved: 2026-11-24\n");
    STR_EQ(diags(), "");
    if (M && M->n_articles == 1)
        STR_EQ(M->articles[0].meta.retrieved, "2026-11-24");
    parse("title: T\narticles:\n  - path: a.txt\n    retrieved: 24.11.2026\n");
    STR_EQ(diags(), "collection.yaml:4:16: error: 'retrieved' must be a date as YYYY-MM-DD (or "
                    "YYYY-MM, YYYY), not '24.11.2026'");
    INT_EQ(RC, -1);
    /* Close misspellings are suggested. */
    parse("title: T\narticles:\n  - path: a.txt\n    retreived: 2026-11-24\n");
    OK(strstr(diags(), "collection.yaml:4:5: warning: unknown key 'retreived'") != NULL);
    OK(strstr(diags(), "'retrieved'") != NULL);
}

TEST(structure_errors)
{
    parse("title: T\narticles: a.txt\nparts: 3\n");
    STR_EQ(diags(), "collection.yaml:2:11: error: use either 'parts' or 'articles', not both");
    parse("title: T\narticles: {a: b}\n");
    STR_EQ(diags(), "collection.yaml:2:11: error: 'articles' must be a list, not a mapping");
    parse("title: T\nparts: [a, b]\n");
    STR_EQ(diags(),
           "collection.yaml:2:9: error: a part must be a mapping with 'title' and 'articles', "
           "not a single value\n"
           "collection.yaml:2:12: error: a part must be a mapping with 'title' and 'articles', "
           "not a single value");
    parse("subtitle: S\n");
    STR_EQ(diags(), "collection.yaml:1:1: error: the manifest has no 'title'\n"
                    "collection.yaml:1:1: error: the manifest lists no articles "
                    "(add 'articles:' or 'parts:')");
    parse("title: T\narticles: []\n");
    STR_EQ(diags(), "collection.yaml:2:11: error: the manifest lists no articles");
    parse("title: T\narticles:\n");
    STR_EQ(diags(), "collection.yaml:2:10: error: the manifest lists no articles");
    parse("title: T\nparts:\n");
    STR_EQ(diags(), "collection.yaml:2:7: error: the manifest lists no articles");
    parse("title: T\nparts:\n  - title: A\n    articles:\n  - title: B\n    articles: [a.txt]\n");
    STR_EQ(diags(), "collection.yaml:4:14: warning: part 'A' has no articles");
    INT_EQ(RC, 0);
    parse("title: ''\n"
          "parts:\n"
          "  - title: ~\n"
          "    articles: ['', {path: ''}, {title: x}]\n"
          "  - articles: [a.txt]\n"
          "  - title: Empty\n");
    STR_EQ(diags(), "collection.yaml:1:8: error: 'title' is empty\n"
                    "collection.yaml:3:12: error: part 'title' is empty\n"
                    "collection.yaml:4:16: error: empty article entry (expected a path)\n"
                    "collection.yaml:4:27: error: article 'path' is empty\n"
                    "collection.yaml:4:32: error: article entry has no 'path'\n"
                    "collection.yaml:5:5: error: part has no 'title'\n"
                    "collection.yaml:6:5: warning: part 'Empty' has no articles");
    parse("title: T\n? [a, b]\n: c\narticles: [a.txt]\n");
    STR_EQ(diags(), "collection.yaml:2:3: error: keys must be plain names, not a list");
}

TEST(empty_and_syntax)
{
    parse("");
    STR_EQ(diags(), "collection.yaml:1:1: error: the manifest is empty (it needs at least "
                    "'title' and 'articles')");
    INT_EQ(RC, -1);
    parse("\n   \n# only a comment\n");
    STR_EQ(diags(), "collection.yaml:1:1: error: the manifest is empty (it needs at least "
                    "'title' and 'articles')");
    parse("---\n");
    STR_EQ(diags(), "collection.yaml:1:1: error: the manifest is empty (it needs at least "
                    "'title' and 'articles')");
    parse("just a sentence\n");
    STR_EQ(diags(), "collection.yaml:1:1: error: the manifest must be a mapping of keys "
                    "(title:, articles:, ...), not a single value");
    parse("- a.txt\n- b.txt\n");
    STR_EQ(diags(), "collection.yaml:1:1: error: the manifest must be a mapping of keys "
                    "(title:, articles:, ...), not a list");
    parse("title: T\n  bad: indent\narticles: [a.txt]\n");
    STR_EQ(diags(), "collection.yaml:2:6: error: YAML syntax error: mapping values are not "
                    "allowed in this context");
    INT_EQ(RC, -1);
    parse("title: [a\narticles:\n  - a.txt\n");
    STR_EQ(diags(), "collection.yaml:2:9: error: YAML syntax error: did not find expected ',' "
                    "or ']' while parsing a flow sequence");
    parse("title: \"unterminated\narticles: [a.txt]\n");
    OK(D.errors == 1 && strstr(diags(), "YAML syntax error: found unexpected end of stream"));
    parse("title: T\narticles: *nowhere\n");
    STR_EQ(diags(), "collection.yaml:2:11: error: YAML syntax error: found undefined alias");
    parse("title: T\narticles: [a.txt]\n---\nmore: 1\n");
    STR_EQ(diags(), "collection.yaml:4:1: warning: a second YAML document in the manifest is "
                    "ignored");
    INT_EQ(RC, 0);
    parse("title: T\narticles: [a.txt]\n---\n");
    STR_EQ(diags(), "");
    parse("title: \"a\\0b\"\narticles: [a.txt]\n");
    STR_EQ(diags(), "collection.yaml:1:8: error: 'title' contains a NUL character");
}

TEST(duplicates)
{
    parse("title: T\n"
          "title: U\n"
          "articles:\n"
          "  - a.txt\n"
          "  - ./a.txt\n"
          "  - path: sub/../a.txt\n"
          "    path: c.txt\n");
    STR_EQ(diags(),
           "collection.yaml:2:1: warning: duplicate key 'title' (first given on line 1); "
           "this one is ignored\n"
           "collection.yaml:5:5: warning: duplicate article: ./a.txt (first listed on line 4)\n"
           "collection.yaml:6:11: warning: duplicate article: sub/../a.txt (first listed on "
           "line 4)\n"
           "collection.yaml:7:5: warning: duplicate key 'path' (first given on line 6); "
           "this one is ignored");
    INT_EQ(RC, 0);
    if (M) {
        STR_EQ(M->title, "T");
        INT_EQ(M->n_articles, 3);
    }
}

/* Per-entry warnings of each kind: three in full, then one line. */
TEST(repeated_warnings)
{
    arena *ta = arena_new(); /* parse() resets A */
    char *text = arena_strdup(ta, "title: T\nparts:\n");
    for (int i = 1; i <= 6; i++)
        text = arena_printf(ta,
                            "%s  - title: P%d\n    articles: [{path: a.txt, langauge: x, "
                            "language: zz-top, title: A, title: B}]\n",
                            text, i);
    for (int i = 1; i <= 5; i++)
        text = arena_printf(ta, "%s  - title: E%d\n", text, i);
    parse(text);
    /* four kinds on the six entries (the first a.txt is no duplicate) and
     * the five empty parts: 3 + 1 each, the summary at the first held back */
    INT_EQ(D.warnings, 20);
    const char *all = diags();
    OK(strstr(all, "collection.yaml:12:23: warning: 2 more duplicate entries") != NULL);
    OK(strstr(all, "collection.yaml:10:30: warning: 3 more unknown keys") != NULL);
    OK(strstr(all, "collection.yaml:10:53: warning: 3 more unknown language tags") != NULL);
    OK(strstr(all, "collection.yaml:10:71: warning: 3 more duplicate keys") != NULL);
    OK(strstr(all, "collection.yaml:18:5: warning: 2 more parts without articles") != NULL);
    OK(strstr(all, "collection.yaml:17:5: warning: part 'E3' has no articles") != NULL);
    OK(strstr(all, "'E4'") == NULL);
    INT_EQ(RC, 0);
    arena_free(ta);
}

TEST(paths)
{
    parse("title: T\n"
          "cover: nope.jpg\n"
          "articles:\n"
          "  - missing.txt\n"
          "  - sub\n"
          "  - fifo\n"
          "  - out-link\n"
          "  - ../outside.txt\n"
          "  - /etc/hostname\n"
          "  - sub/../../outside.txt\n"
          "  - in-link\n"
          "  - a.txt/x\n");
    STR_EQ(diags(),
           "collection.yaml:2:8: error: cover image not found: nope.jpg\n"
           "collection.yaml:4:5: error: article not found: missing.txt\n"
           "collection.yaml:5:5: error: article is a directory, not a file: sub\n"
           "collection.yaml:6:5: error: article is not a regular file (FIFO, device or "
           "socket): fifo\n"
           "collection.yaml:7:5: error: article path leaves the collection folder: out-link "
           "(use --allow-outside to permit)\n"
           "collection.yaml:8:5: error: article path leaves the collection folder: "
           "../outside.txt (use --allow-outside to permit)\n"
           "collection.yaml:9:5: error: article path leaves the collection folder: "
           "/etc/hostname (use --allow-outside to permit)\n"
           "collection.yaml:10:5: error: article path leaves the collection folder: "
           "sub/../../outside.txt (use --allow-outside to permit)\n"
           "collection.yaml:12:5: error: article not found: a.txt/x");
    INT_EQ(RC, -1);
    if (M) {
        INT_EQ(M->n_articles, 1); /* only in-link */
        STR_EQ(M->articles[0].path, "in-link");
    }

    OPT.allow_outside = true;
    parse("title: T\narticles:\n  - ../outside.txt\n  - out-link\n");
    OPT.allow_outside = false;
    STR_EQ(diags(), "");
    INT_EQ(RC, 0);
    if (M)
        INT_EQ(M->n_articles, 2);
}

TEST(language_tags)
{
    OK(manifest_language_known("en"));
    OK(manifest_language_known("EN"));
    OK(manifest_language_known("en-US"));
    OK(manifest_language_known("zh-Hant-TW"));
    OK(manifest_language_known("fil"));
    OK(manifest_language_known("de-CH-1996"));
    OK(!manifest_language_known("xx"));
    OK(!manifest_language_known("e"));
    OK(!manifest_language_known("english"));
    OK(!manifest_language_known("en_US"));
    OK(!manifest_language_known("en-"));
    OK(!manifest_language_known("en-toolongsubtag"));
    OK(!manifest_language_known(""));
    parse("title: T\n"
          "language: klingon\n"
          "articles:\n"
          "  - path: a.txt\n"
          "    language: fr-CA\n"
          "  - path: c.txt\n"
          "    language: qq\n");
    STR_EQ(diags(),
           "collection.yaml:2:11: warning: unknown language tag 'klingon' (expected a BCP 47 "
           "tag such as en, en-US, fr)\n"
           "collection.yaml:7:15: warning: unknown language tag 'qq' (expected a BCP 47 tag "
           "such as en, en-US, fr)");
    INT_EQ(RC, 0);
}

static int
near(double a, double b)
{
    return a - b < 0.01 && b - a < 0.01;
}

TEST(paper_sizes)
{
    double w = 0, h = 0;
    INT_EQ(manifest_paper_size("letter", &w, &h), 0);
    OK(near(w, 612) && near(h, 792));
    INT_EQ(manifest_paper_size("A4", &w, &h), 0);
    OK(near(w, 595.276) && near(h, 841.89));
    INT_EQ(manifest_paper_size("a5", &w, &h), 0);
    OK(near(w, 419.528) && near(h, 595.276));
    INT_EQ(manifest_paper_size("6x9in", &w, &h), 0);
    OK(near(w, 432) && near(h, 648));
    INT_EQ(manifest_paper_size("148x210mm", &w, &h), 0);
    OK(near(w, 148 * 72 / 25.4) && near(h, 210 * 72 / 25.4));
    INT_EQ(manifest_paper_size("21x29.7cm", &w, &h), 0);
    OK(near(w, 595.276) && near(h, 841.89));
    INT_EQ(manifest_paper_size("500x700pt", &w, &h), 0);
    OK(near(w, 500) && near(h, 700));
    w = h = -1;
    INT_EQ(manifest_paper_size("6x9", &w, &h), -1);
    OK(w == -1 && h == -1); /* untouched on failure */
    INT_EQ(manifest_paper_size("7x", &w, &h), -1);
    INT_EQ(manifest_paper_size("x9in", &w, &h), -1);
    INT_EQ(manifest_paper_size("0x0in", &w, &h), -1);
    INT_EQ(manifest_paper_size("100x100in", &w, &h), -1);
    INT_EQ(manifest_paper_size("6x9inch", &w, &h), -1);
    INT_EQ(manifest_paper_size("letterx", &w, &h), -1);
    INT_EQ(manifest_paper_size("", &w, &h), -1);
    INT_EQ(manifest_paper_size("-6x-9in", &w, &h), -1);
    INT_EQ(manifest_paper_size("nanxnanin", &w, &h), -1);
    parse("title: T\npaper: 6x9in\narticles: [a.txt]\n");
    STR_EQ(diags(), "");
    parse("title: T\npaper: tabloid\narticles: [a.txt]\n");
    STR_EQ(diags(), "collection.yaml:2:8: error: unknown paper 'tabloid' (use letter, a4, a5, or "
                    "WxH with in, mm, cm or pt, e.g. 6x9in)");
}

TEST(edit_distance)
{
    INT_EQ(manifest_edit_distance("", ""), 0);
    INT_EQ(manifest_edit_distance("abc", ""), 3);
    INT_EQ(manifest_edit_distance("", "abcd"), 4);
    INT_EQ(manifest_edit_distance("kitten", "sitting"), 3);
    INT_EQ(manifest_edit_distance("subtitel", "subtitle"), 1); /* a swap */
    INT_EQ(manifest_edit_distance("titel", "title"), 1);
    INT_EQ(manifest_edit_distance("ab", "ba"), 1);
    INT_EQ(manifest_edit_distance("ca", "abc"), 3); /* no edit twice: not 2 */
    INT_EQ(manifest_edit_distance("Title", "title"), 0);
    INT_EQ(manifest_edit_distance("artcles", "articles"), 1);
    INT_EQ(manifest_edit_distance("flaw", "lawn"), 2);
    /* Symmetric. */
    INT_EQ(manifest_edit_distance("editors", "edit"), manifest_edit_distance("edit", "editors"));
    char longer[100];
    memset(longer, 'a', 99);
    longer[99] = '\0';
    INT_EQ(manifest_edit_distance(longer, "a"), 99); /* long keys: no table, no overflow */
}

TEST(byte_columns)
{
    /* libyaml counts characters; diagnostics count bytes. */
    parse("title: Ärger über Öl\narticles: [ä.txt, nope.txt]\nföö: 1\n");
    STR_EQ(diags(), "collection.yaml:2:12: error: article not found: ä.txt\n"
                    "collection.yaml:2:20: error: article not found: nope.txt\n"
                    "collection.yaml:3:1: warning: unknown key 'föö' in the manifest (ignored)");
    /* A byte-order mark is not a column. */
    parse("\xEF\xBB\xBFtitle: é\nfoo: [a, b]\narticles: [a.txt]\n");
    STR_EQ(diags(), "collection.yaml:2:1: warning: unknown key 'foo' in the manifest (ignored)");
    parse("\xEF\xBB\xBF"
          "title: [é, x]\narticles: [a.txt]\n");
    STR_EQ(diags(), "collection.yaml:1:8: error: 'title' must be a single value, not a list");

    manifest_colmap cm;
    const char *t = "a: é\nbé: [ü, x]\n";
    manifest_colmap_init(&cm, t, strlen(t));
    /* 'x' is character 13 (0-based), column 8 on line 2; 10 bytes precede it
     * on its line, so its byte column is 11. */
    INT_EQ(manifest_colmap_col(&cm, 13, 8), 11);
    INT_EQ(manifest_colmap_col(&cm, 0, 0), 1);
    INT_EQ(manifest_colmap_col(&cm, 3, 3), 4);
    INT_EQ(manifest_colmap_col(&cm, 13, 8), 11); /* backwards then forwards again */
}

static char *
repeat(const char *head, const char *unit, size_t n, const char *tail)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = xmalloc(hl + ul * n + tl + 1);
    memcpy(s, head, hl);
    for (size_t i = 0; i < n; i++)
        memcpy(s + hl + i * ul, unit, ul);
    memcpy(s + hl + ul * n, tail, tl + 1);
    return s;
}

TEST(hostile_yaml)
{
    /* Billion laughs: each level is ten aliases of the one below. */
    char *bomb = xstrdup("title: T\nl0: &l0 {path: a.txt, authors: [A, B, C, D, E, F, G, H]}\n"
                         "l1: &l1 [*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0]\n"
                         "parts:\n");
    for (int i = 0; i < 9; i++) {
        char *next = arena_printf(A, "%s  - &p%d {title: P, articles: %s}\n", bomb, i,
                                  i == 0 ? "*l1" : "[]");
        free(bomb);
        bomb = xstrdup(next);
    }
    /* Ten thousand parts, each the whole list again. */
    char *big = repeat(bomb, "  - {title: Q, articles: *l1}\n", 20000, "");
    clock_t t0 = clock();
    parse(big);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    OK(HAS_DIAG(D, "YAML aliases make the manifest expand to too many values (more than 100000)"));
    INT_EQ(RC, -1);
    printf("alias bomb stopped after %.3f s of CPU\n", secs);
    OK(secs < 2.0);
    if (M)
        INT_EQ(M->n_articles, 0); /* nothing half-gathered is handed on */
    INT_EQ(D.errors, 1);
    INT_EQ(D.warnings, 3); /* l0, l1 unknown; the duplicate, once */
    free(big);
    free(bomb);

    /* Deep nesting is refused at the first level past the limit: the root
     * mapping is level 1, so the 32nd '[' (column 42) is level 33. */
    char *deep = repeat("title: T\narticles: ", "[", 100000, "\n");
    parse(deep);
    STR_EQ(diags(), "collection.yaml:2:42: error: lists and mappings nest too deeply here "
                    "(more than 32 levels)");
    free(deep);

    /* Too many values in all: the root mapping, two keys, a title and the
     * list make five, so item 999,996 (line 999,998) is one too many. */
    char *many = repeat("title: T\narticles:\n", "- a\n", MANIFEST_MAX_NODES, "");
    parse(many);
    STR_EQ(diags(), "collection.yaml:999998:3: error: the manifest holds too many values "
                    "(more than 1000000)");
    free(many);
}

TEST(load_and_locate)
{
    reset();
    write_file("bad-utf8.yaml", "title: ok\nsubtitle: caf\xe9\narticles: [a.txt]\n");
    RC = manifest_load(A, &D, "bad-utf8.yaml", NULL, &M);
    STR_EQ(diags(), "bad-utf8.yaml:2:14: error: the manifest is not valid UTF-8 (byte 0xe9)");
    INT_EQ(RC, -1);

    reset();
    FILE *f = fopen("nul.yaml", "wb");
    fwrite("title: T\narti\0les: []\n", 1, 22, f);
    fclose(f);
    RC = manifest_load(A, &D, "nul.yaml", NULL, &M);
    STR_EQ(diags(), "nul.yaml:2:5: error: the manifest contains a NUL byte (is it a text file?)");

    reset();
    write_file("good.yaml", "title: T\narticles: [a.txt]\n");
    RC = manifest_load(A, &D, "good.yaml", NULL, &M);
    INT_EQ(RC, 0);
    STR_EQ(diags(), "");

    reset();
    STR_EQ(manifest_locate(A, &D, "good.yaml"), "good.yaml");
    OK(manifest_locate(A, &D, "no-such-thing") == NULL);
    OK(manifest_locate(A, &D, "sub") == NULL);
    STR_EQ(diags(), "no-such-thing: error: no such collection or manifest\n"
                    "sub: error: no collection.yaml in this folder");
    mkdir("coll", 0777);
    write_file("coll/collection.yml", "title: T\n");
    reset();
    STR_EQ(manifest_locate(A, &D, "coll"), "coll/collection.yml");
    write_file("coll/collection.yaml", "title: T\n");
    STR_EQ(manifest_locate(A, &D, "coll"), "coll/collection.yaml");

    /* A folder manifest: article paths are relative to it. */
    write_file("coll/x.txt", "x\n");
    reset();
    RC = manifest_parse(A, &D, "coll/collection.yaml", "title: T\narticles: [x.txt, a.txt]\n", 34,
                        NULL, &M);
    STR_EQ(diags(), "coll/collection.yaml:2:19: error: article not found: a.txt");
    if (M)
        STR_EQ(M->articles[0].resolved, "coll/x.txt");
}

TEST(ten_thousand_articles)
{
    char *text = xstrdup("title: Big\narticles:\n");
    size_t len = strlen(text);
    text = xrealloc(text, len + 10000 * 12 + 1);
    for (int i = 0; i < 10000; i++)
        len += (size_t)sprintf(text + len, "  - a.txt\n");
    clock_t t0 = clock();
    parse_n(text, len);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (M)
        INT_EQ(M->n_articles, 10000);
    /* Three duplicates in full, then one line for the other 9996, placed
     * at the first one not shown. */
    INT_EQ(D.warnings, 4);
    diag_sort(&D);
    STR_EQ(diags(),
           "collection.yaml:4:5: warning: duplicate article: a.txt (first listed on line 3)\n"
           "collection.yaml:5:5: warning: duplicate article: a.txt (first listed on line 3)\n"
           "collection.yaml:6:5: warning: duplicate article: a.txt (first listed on line 3)\n"
           "collection.yaml:7:5: warning: 9996 more duplicate entries");
    INT_EQ(D.errors, 0);
    printf("10,000 articles checked in %.3f s of CPU\n", secs);
    OK(secs < 1.0);
    free(text);
}

/* Deterministic mutations of a good manifest: whatever comes out, the
 * parser must not crash (ASan builds check memory), must fail exactly when
 * it recorded an error, and must point inside the text. */
TEST(mutations)
{
    static const char base[] = "title: \"Stronger Together\"\n"
                               "subtitle: Readings\n"
                               "editors: [Dana Rivera, 'Sam Lee']\n"
                               "language: en-US\n"
                               "date: 2026-09-01\n"
                               "paper: 6x9in\n"
                               "x: &a {path: a.txt, title: A}\n"
                               "parts:\n"
                               "  - title: Roots\n"
                               "    intro: intro.md\n"
                               "    articles:\n"
                               "      - a.txt\n"
                               "      - *a\n"
                               "      - path: c.txt   # comment\n"
                               "        authors: [X, Y]\n"
                               "        date: 1869-12-07\n"
                               "  - title: Ünïcödé\n"
                               "    articles: [sub/b.txt, c.txt]\n";
    static const char specials[] = ":-[]{},&*!|>'\"%@`#?\n\t \\\xc3\xa9\xff";
    unsigned long long rng = 88172645463325252ull;
    char text[sizeof(base) * 3];
    int bad_rc = 0, bad_pos = 0, failed = 0;
    for (int iter = 0; iter < 3000; iter++) {
        size_t len = sizeof(base) - 1;
        memcpy(text, base, len);
        int edits = 1 + (int)(rng % 4);
        for (int e = 0; e < edits; e++) {
            rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
            size_t at = (size_t)(rng >> 20) % (len + 1);
            char ch = specials[(rng >> 8) % (sizeof(specials) - 1)];
            switch (rng % 4) {
            case 0: /* replace */
                if (at < len)
                    text[at] = ch;
                break;
            case 1: /* insert */
                if (len + 1 < sizeof(text)) {
                    memmove(text + at + 1, text + at, len - at);
                    text[at] = ch;
                    len++;
                }
                break;
            case 2: { /* delete a run */
                size_t n = (size_t)(rng >> 40) % 12;
                if (at + n > len)
                    n = len - at;
                memmove(text + at, text + at + n, len - at - n);
                len -= n;
                break;
            }
            default: { /* duplicate a run */
                size_t n = (size_t)(rng >> 40) % 24;
                if (at + n > len)
                    n = len - at;
                if (len + n < sizeof(text)) {
                    memmove(text + at + n, text + at, len - at);
                    len += n;
                }
                break;
            }
            }
        }
        size_t lines = 1;
        for (size_t i = 0; i < len; i++)
            lines += text[i] == '\n';
        parse_n(text, len);
        if ((RC < 0) != (D.errors > 0))
            bad_rc++;
        failed += RC < 0;
        for (size_t i = 0; i < D.count; i++) {
            const diag *g = &D.items[i];
            if (g->line < 1 || g->line > lines + 1 || g->col < 1 || g->col > len + 2)
                bad_pos++;
        }
    }
    INT_EQ(bad_rc, 0);
    INT_EQ(bad_pos, 0);
    printf("mutations: %d of 3000 rejected\n", failed);
    OK(failed > 300 && failed < 2950); /* both outcomes exercised */
}

int
main(void)
{
    char dir[] = "/tmp/sheaf-test-manifest-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    /* The collection is DIR/c, so ../outside.txt stays inside DIR. */
    char coll[sizeof(dir) + 2];
    snprintf(coll, sizeof(coll), "%s/c", dir);
    if (mkdir(coll, 0777) < 0 || chdir(coll) < 0)
        return 1;
    write_file("../outside.txt", "outside\n");
    write_file("a.txt", "A\n");
    write_file("c.txt", "C\n");
    write_file("intro.md", "Intro\n");
    write_file("cover.jpg", "not really\n");
    mkdir("sub", 0777);
    write_file("sub/b.txt", "B\n");
    mkfifo("fifo", 0666);
    symlink("/etc/passwd", "out-link");
    symlink("a.txt", "in-link");

    RUN(flat_list);
    RUN(every_top_key);
    RUN(parts);
    RUN(overrides);
    RUN(unknown_keys);
    RUN(wrong_types);
    RUN(dates);
    RUN(retrieved_dates);
    RUN(structure_errors);
    RUN(empty_and_syntax);
    RUN(duplicates);
    RUN(repeated_warnings);
    RUN(paths);
    RUN(language_tags);
    RUN(paper_sizes);
    RUN(edit_distance);
    RUN(byte_columns);
    RUN(hostile_yaml);
    RUN(load_and_locate);
    RUN(ten_thousand_articles);
    RUN(mutations);

    reset();
    diag_cleanup(&D);
    arena_free(A);
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    if (chdir("/") == 0 && system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return test_report();
}
