/*
 * test_style.c - style_defaults, style_parse and style_load.
 *
 * Runs from the repository root (ctest's working directory), so the shipped
 * styles/ are found; per-collection styles are written to a temp folder.
 */
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/base/arena.h"
#include "../../src/base/diag.h"
#include "../../src/style/style.h"
#include "harness.h"

static arena *A;
static diag_list D;
static style S;
static int RC;

static void
reset(void)
{
    if (A) {
        diag_cleanup(&D);
        arena_free(A);
    }
    A = arena_new();
    diag_init(&D, A);
}

static void
parse(const char *text)
{
    reset();
    style_defaults(&S);
    RC = style_parse(A, &D, "style.yaml", text, strlen(text), &S);
    diag_sort(&D);
}

static const char *
diags(void)
{
    char *all = arena_strdup(A, "");
    for (size_t i = 0; i < D.count; i++)
        all = arena_printf(A, "%s%s%s", all, i ? "\n" : "", diag_format(A, &D.items[i]));
    return all;
}

static int
near(double a, double b)
{
    return a - b < 1e-6 && b - a < 1e-6;
}

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

TEST(defaults)
{
    style s;
    memset(&s, 0x5a, sizeof(s));
    style_defaults(&s);
    STR_EQ(s.name, "classic");
    STR_EQ(s.font_body, "Charis SIL");
    STR_EQ(s.font_mono, "DejaVu Sans Mono");
    OK(near(s.size, 10.5));
    OK(near(s.leading, 1.35));
    OK(s.justify && s.hyphenate && s.running_heads && s.opening_new_page);
    OK(!s.line_numbers && !s.printed_urls && !s.high_contrast);
    OK(near(s.heading_scale[0], 1.7));
    OK(near(s.heading_scale[5], 1.0));
    INT_EQ(s.folio, STYLE_FOLIO_BOTTOM_CENTER);
    INT_EQ(s.notes, STYLE_NOTES_END);
    INT_EQ(s.toc_depth, 2);
    OK(near(s.measure, 32));
    OK(s.extra_css == NULL && s.dir == NULL);
}

/* style_defaults promises "those of classic": the shipped file must agree. */
TEST(classic_matches_defaults)
{
    reset();
    style *s = NULL;
    RC = style_load(A, &D, "classic", NULL, NULL, 0, 0, &s);
    INT_EQ(RC, 0);
    STR_EQ(diags(), "");
    style d;
    style_defaults(&d);
    if (!s)
        return;
    OK(near(s->size, d.size));
    OK(near(s->leading, d.leading));
    OK(s->justify == d.justify && s->hyphenate == d.hyphenate);
    OK(near(s->indent, d.indent) && near(s->para_spacing, d.para_spacing));
    for (int i = 0; i < 6; i++)
        OK(near(s->heading_scale[i], d.heading_scale[i]));
    OK(near(s->quote_indent, d.quote_indent) && near(s->quote_scale, d.quote_scale));
    OK(near(s->code_scale, d.code_scale));
    OK(near(s->margin_top, d.margin_top) && near(s->margin_bottom, d.margin_bottom));
    OK(near(s->margin_inner, d.margin_inner) && near(s->margin_outer, d.margin_outer));
    OK(near(s->measure, d.measure) && near(s->expansion, d.expansion));
    OK(s->running_heads == d.running_heads && s->folio == d.folio);
    OK(s->opening_new_page == d.opening_new_page && near(s->opening_drop, d.opening_drop));
    OK(s->line_numbers == d.line_numbers && s->printed_urls == d.printed_urls);
    OK(s->notes == d.notes && s->toc_depth == d.toc_depth);
    OK(s->smart_typography == d.smart_typography && s->high_contrast == d.high_contrast);
    STR_EQ(s->font_body, d.font_body);
    STR_EQ(s->font_heading, d.font_heading);
    STR_EQ(s->font_mono, d.font_mono);
}

TEST(every_shipped_style_loads)
{
    DIR *dir = opendir("styles");
    OK(dir != NULL);
    if (!dir)
        return;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        reset();
        style *s = NULL;
        RC = style_load(A, &D, e->d_name, NULL, "collection.yaml", 3, 8, &s);
        if (RC != 0 || D.count)
            fprintf(stderr, "style %s:\n%s\n", e->d_name, diags());
        INT_EQ(RC, 0);
        INT_EQ(D.count, 0);
        if (s) {
            STR_EQ(s->name, e->d_name);
            OK(s->description && s->description[0]);
        }
        n++;
    }
    closedir(dir);
    OK(n >= 3); /* classic, handout, large-print at least */

    reset();
    style *s = NULL;
    style_load(A, &D, "handout", NULL, NULL, 0, 0, &s);
    if (s) {
        OK(s->line_numbers && s->printed_urls && !s->justify);
        OK(near(s->indent, 0));
        INT_EQ(s->folio, STYLE_FOLIO_BOTTOM_OUTER);
        OK(near(s->margin_outer, 144)); /* 2in */
    }
    reset();
    style_load(A, &D, "large-print", NULL, NULL, 0, 0, &s);
    if (s)
        OK(near(s->size, 18) && !s->justify);
}

TEST(values_and_units)
{
    parse("size: 12\n"
          "leading: 1.5\n"
          "align: left\n"
          "hyphenate: No\n"
          "paragraph:\n"
          "  indent: 2em\n"
          "  spacing: 0.5\n"
          "headings:\n"
          "  scale: [2, 1.5]\n"
          "margins:\n"
          "  top: 1in\n"
          "  bottom: 25.4mm\n"
          "  inner: 2.54cm\n"
          "  outer: 36pt\n"
          "folio: top-outer\n"
          "notes: foot\n"
          "toc_depth: 1\n"
          "high_contrast: yes\n"
          "fonts:\n"
          "  body: DejaVu Serif\n");
    STR_EQ(diags(), "");
    INT_EQ(RC, 0);
    OK(near(S.size, 12) && near(S.leading, 1.5));
    OK(!S.justify && !S.hyphenate && S.high_contrast);
    OK(near(S.indent, 2) && near(S.para_spacing, 0.5));
    OK(near(S.heading_scale[0], 2) && near(S.heading_scale[1], 1.5));
    /* Levels not given follow the last, never above body size. */
    OK(near(S.heading_scale[2], 1.0) && near(S.heading_scale[5], 1.0));
    OK(near(S.margin_top, 72) && near(S.margin_bottom, 72));
    OK(near(S.margin_inner, 72) && near(S.margin_outer, 36));
    INT_EQ(S.folio, STYLE_FOLIO_TOP_OUTER);
    INT_EQ(S.notes, STYLE_NOTES_FOOT);
    INT_EQ(S.toc_depth, 1);
    STR_EQ(S.font_body, "DejaVu Serif");
    STR_EQ(S.font_heading, "Charis SIL"); /* untouched: default */

    parse("");
    STR_EQ(diags(), "");
    INT_EQ(RC, 0);
    OK(near(S.size, 10.5));
    OK(!S.epub_embed_fonts); /* fonts are not embedded unless asked */

    parse("epub:\n  embed_fonts: true\n");
    STR_EQ(diags(), "");
    OK(S.epub_embed_fonts);
    parse("epub:\n  embed-fonts: true\n");
    STR_EQ(diags(), "style.yaml:2:3: warning: unknown style setting 'epub.embed-fonts'; did you "
                    "mean 'epub.embed_fonts'?");
    OK(!S.epub_embed_fonts);
    parse("epub:\n  embed_fonts: sometimes\n");
    OK(RC == -1 && strstr(diags(), "style.yaml:2:16: error:") != NULL);
}

TEST(bad_values)
{
    parse("size: 100pt\n"
          "leading: abc\n"
          "align: center\n"
          "hyphenate: maybe\n"
          "folio: middle\n"
          "toc_depth: 2.5\n"
          "notes: side\n"
          "margins:\n"
          "  top: 1 furlong\n"
          "headings:\n"
          "  scale: [1.5, x, 1]\n"
          "quote:\n"
          "  scale: nan\n"
          "fonts:\n"
          "  body: ''\n"
          "paragraph: 1em\n"
          "code: {scale: [1]}\n");
    STR_EQ(diags(),
           "style.yaml:1:7: error: 'size' is 100pt; it must be from 5 to 48 pt\n"
           "style.yaml:2:10: error: 'leading' must be a number, not 'abc'\n"
           "style.yaml:3:8: error: 'align' must be justify or left, not 'center'\n"
           "style.yaml:4:12: error: 'hyphenate' must be true or false, not 'maybe'\n"
           "style.yaml:5:8: error: 'folio' must be none, bottom-center, bottom-outer or "
           "top-outer, not 'middle'\n"
           "style.yaml:6:12: error: 'toc_depth' is 2.5; it must be from 1 to 6\n"
           "style.yaml:7:8: error: 'notes' must be end or foot, not 'side'\n"
           "style.yaml:9:8: error: 'margins.top' must be a length (e.g. 12pt, 0.75in, 20mm), "
           "not '1 furlong'\n"
           "style.yaml:11:16: error: 'headings.scale' entries must be numbers from 0.5 to 4\n"
           "style.yaml:13:10: error: 'quote.scale' is nan; it must be from 0.5 to 1.5\n"
           "style.yaml:15:9: error: 'fonts.body' is empty\n"
           "style.yaml:16:12: error: 'paragraph' must be a mapping of settings such as "
           "'indent'\n"
           "style.yaml:17:15: error: 'code.scale' must be a single value");
    INT_EQ(RC, -1);
    OK(near(S.size, 10.5)); /* bad values leave the default */

    parse("headings:\n  scale: []\n");
    STR_EQ(diags(), "style.yaml:2:10: error: 'headings.scale' must be a list of 1 to 6 numbers "
                    "(article title, h2, h3, ...)");
    parse("headings:\n  scale: [1, 1, 1, 1, 1, 1, 1]\n");
    STR_EQ(diags(), "style.yaml:2:10: error: 'headings.scale' must be a list of 1 to 6 numbers "
                    "(article title, h2, h3, ...)");
    parse("headings:\n  scale: 1.5\n");
    OK(D.errors == 1);
}

TEST(unknown_and_duplicate_keys)
{
    parse("sise: 12pt\n"
          "colour: red\n"
          "margins:\n"
          "  tpo: 1in\n"
          "size: 11pt\n"
          "size: 13pt\n"
          "fonts:\n"
          "  bdy: X\n");
    STR_EQ(diags(),
           "style.yaml:1:1: warning: unknown style setting 'sise'; did you mean 'size'?\n"
           "style.yaml:2:1: warning: unknown style setting 'colour' (ignored)\n"
           "style.yaml:4:3: warning: unknown style setting 'margins.tpo'; did you mean "
           "'margins.top'?\n"
           "style.yaml:6:1: warning: duplicate setting 'size' (first given on line 5); this one "
           "is ignored\n"
           "style.yaml:8:3: warning: unknown style setting 'fonts.bdy'; did you mean "
           "'fonts.body'?");
    INT_EQ(RC, 0);
    OK(near(S.size, 11));
}

TEST(syntax_and_shape)
{
    parse("size: [12\nleading: 1\n");
    STR_EQ(diags(), "style.yaml:2:8: error: YAML syntax error: did not find expected ',' or "
                    "']' while parsing a flow sequence");
    INT_EQ(RC, -1);
    parse("- a\n- b\n");
    STR_EQ(diags(), "style.yaml:1:1: error: a style must be a mapping of settings (size:, "
                    "margins:, ...)");
    char deep[300];
    memset(deep, '[', 200);
    strcpy(deep + 200, "\n");
    parse(deep);
    STR_EQ(diags(), "style.yaml:1:9: error: lists and mappings nest too deeply here (more "
                    "than 8 levels)");
    /* Byte columns after UTF-8. */
    parse("description: Größer\nfolio: ünten\n");
    STR_EQ(diags(), "style.yaml:2:8: error: 'folio' must be none, bottom-center, bottom-outer "
                    "or top-outer, not 'ünten'");
    parse("fonts: {body: \"Ü\", heading: 12, mono: [x]}\n");
    STR_EQ(diags(), "style.yaml:1:40: error: 'fonts.mono' must be a single value");
}

TEST(load)
{
    reset();
    style *s = NULL;
    RC = style_load(A, &D, "no-such-style", NULL, "coll/collection.yaml", 4, 8, &s);
    INT_EQ(RC, -1);
    STR_EQ(diags(), "coll/collection.yaml:4:8: error: style not found: no-such-style (shipped "
                    "styles: classic, handout, large-print)");
    OK(s != NULL); /* defaults, so a caller can go on */
    reset();
    RC = style_load(A, &D, "clasic", NULL, "collection.yaml", 2, 8, &s);
    INT_EQ(RC, -1);
    STR_EQ(diags(), "collection.yaml:2:8: error: style not found: clasic; did you mean "
                    "'classic'?");
    reset();
    RC = style_load(A, &D, "Large-Prnt", NULL, "collection.yaml", 2, 8, &s);
    STR_EQ(diags(), "collection.yaml:2:8: error: style not found: Large-Prnt; did you mean "
                    "'large-print'?");
    reset();
    RC = style_load(A, &D, "a b", NULL, "collection.yaml", 2, 8, &s);
    STR_EQ(diags(), "collection.yaml:2:8: error: bad style name 'a b'");
    reset();
    RC = style_load(A, &D, "", NULL, "collection.yaml", 2, 8, &s);
    STR_EQ(diags(), "collection.yaml:2:8: error: empty style name");
    reset();
    RC = style_load(A, &D, NULL, NULL, NULL, 0, 0, &s);
    INT_EQ(RC, 0);
    if (s)
        STR_EQ(s->name, "classic");

    /* A collection's own styles/NAME comes first, with extra.css. */
    char tmp[] = "/tmp/sheaf-test-style-XXXXXX";
    if (!mkdtemp(tmp))
        return;
    char path[256];
    snprintf(path, sizeof(path), "%s/styles", tmp);
    mkdir(path, 0777);
    snprintf(path, sizeof(path), "%s/styles/classic", tmp);
    mkdir(path, 0777);
    snprintf(path, sizeof(path), "%s/styles/classic/style.yaml", tmp);
    write_file(path, "size: 14pt\n");
    snprintf(path, sizeof(path), "%s/styles/classic/extra.css", tmp);
    write_file(path, "p { color: black }\n");
    snprintf(path, sizeof(path), "%s/mine", tmp);
    mkdir(path, 0777);
    snprintf(path, sizeof(path), "%s/mine/style.yaml", tmp);
    write_file(path, "size: 9pt\nleadin: 1\n");
    snprintf(path, sizeof(path), "%s/empty", tmp);
    mkdir(path, 0777);

    reset();
    RC = style_load(A, &D, "classic", tmp, NULL, 0, 0, &s);
    INT_EQ(RC, 0);
    if (s) {
        OK(near(s->size, 14));
        OK(s->extra_css && strstr(s->extra_css, "/styles/classic/extra.css"));
    }
    reset();
    RC = style_load(A, &D, "./mine", tmp, NULL, 0, 0, &s);
    INT_EQ(RC, 0);
    if (s) {
        OK(near(s->size, 9));
        STR_EQ(s->name, "mine");
        OK(s->extra_css == NULL);
    }
    INT_EQ(D.warnings, 1);
    OK(HAS_DIAG(D, "unknown style setting 'leadin'; did you mean 'leading'?"));
    reset();
    RC = style_load(A, &D, "./empty", tmp, NULL, 0, 0, &s);
    INT_EQ(RC, -1);
    INT_EQ(D.errors, 1);

    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmp);
}

/* Deterministic mutations of a good style: no crash (ASan builds check
 * memory), failure exactly when an error was recorded, positions inside. */
TEST(mutations)
{
    static const char base[] = "name: classic\n"
                               "fonts:\n  body: Charis SIL\n  mono: DejaVu Sans Mono\n"
                               "size: 10.5pt\nleading: 1.35\nalign: justify\n"
                               "paragraph:\n  indent: 1.2em\n"
                               "headings:\n  scale: [1.7, 1.3, 1.12]\n"
                               "margins: {top: 0.75in, bottom: 22mm}\n"
                               "folio: bottom-center   # comment\n"
                               "toc_depth: 2\n";
    static const char specials[] = ":-[]{},&*!|>'\"#\n \\\xc3\xa9\xff"
                                   "0.e";
    unsigned long long rng = 0x9E3779B97F4A7C15ull;
    char text[sizeof(base) * 2];
    int bad = 0, failed = 0;
    for (int iter = 0; iter < 2000; iter++) {
        size_t len = sizeof(base) - 1;
        memcpy(text, base, len);
        for (int e = 0; e < 3; e++) {
            rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
            size_t at = (size_t)(rng >> 20) % len;
            char ch = specials[(rng >> 8) % (sizeof(specials) - 1)];
            if (rng % 3 == 0) {
                text[at] = ch;
            } else if (rng % 3 == 1 && len + 1 < sizeof(text)) {
                memmove(text + at + 1, text + at, len - at);
                text[at] = ch;
                len++;
            } else {
                size_t n = (size_t)(rng >> 40) % 8;
                if (at + n > len)
                    n = len - at;
                memmove(text + at, text + at + n, len - at - n);
                len -= n;
            }
        }
        size_t lines = 1;
        for (size_t i = 0; i < len; i++)
            lines += text[i] == '\n';
        reset();
        style_defaults(&S);
        RC = style_parse(A, &D, "style.yaml", text, len, &S);
        failed += RC < 0;
        if ((RC < 0) != (D.errors > 0))
            bad++;
        for (size_t i = 0; i < D.count; i++)
            if (D.items[i].line < 1 || D.items[i].line > lines + 1 || D.items[i].col < 1)
                bad++;
        /* Whatever was accepted stays in range. */
        if (!(S.size >= 5 && S.size <= 48) || !(S.leading >= 0.8 && S.leading <= 3) ||
            !S.font_body || !S.font_body[0])
            bad++;
    }
    INT_EQ(bad, 0);
    OK(failed > 100 && failed < 1900);
}

int
main(void)
{
    RUN(defaults);
    RUN(classic_matches_defaults);
    RUN(every_shipped_style_loads);
    RUN(values_and_units);
    RUN(bad_values);
    RUN(unknown_and_duplicate_keys);
    RUN(syntax_and_shape);
    RUN(load);
    RUN(mutations);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
