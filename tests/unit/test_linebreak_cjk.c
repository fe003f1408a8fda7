/*
 * test_linebreak_cjk.c - line breaking of Chinese and Japanese text:
 * UAX #14 break opportunities with kinsoku (no break before 。」ー small
 * kana, none after 「（), justification by inter-character glue (every
 * line but the last reaches the measure), no hyphen or marker at a CJK
 * break, no text lost or added, breaks across span seams, and text with
 * no CJK character left exactly as before (no new items). Widths come
 * from the fake fixed-width font (every character 0.5 em). A paragraph's
 * last line is not left with a single character.
 */
#include "base/arena.h"
#include "base/utf8.h"
#include "pdf/linebreak/lb.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "fake_metrics.h"

static uint32_t
cp(const char *s)
{
    uint32_t c = 0;
    utf8_decode(s, strlen(s), &c);
    return c;
}

static bool
brk(const char *a, const char *b)
{
    return lb_cjk_break(cp(a), cp(b));
}

TEST(test_break_pairs)
{
    /* between ideographs and kana */
    OK(brk("日", "本"));
    OK(brk("あ", "い"));
    OK(brk("カ", "ナ"));
    OK(brk("中", "文"));
    /* kinsoku: never before closing punctuation, small kana, ー, 々, !? */
    OK(!brk("日", "。"));
    OK(!brk("日", "、"));
    OK(!brk("日", "」"));
    OK(!brk("日", "』"));
    OK(!brk("日", "）"));
    OK(!brk("日", "〕"));
    OK(!brk("日", "】"));
    OK(!brk("日", "！"));
    OK(!brk("日", "？"));
    OK(!brk("日", "，"));
    OK(!brk("日", "．"));
    OK(!brk("日", "："));
    OK(!brk("フ", "ー"));
    OK(!brk("き", "ゃ"));
    OK(!brk("ロ", "ッ"));
    OK(!brk("あ", "ぁ"));
    OK(!brk("ョ", "ン") == false); /* ン is an ordinary kana */
    OK(!brk("人", "々"));
    OK(!brk("日", "・"));
    OK(!brk("日", "…"));
    OK(!brk("…", "…"));
    /* never after opening brackets */
    OK(!brk("「", "日"));
    OK(!brk("『", "日"));
    OK(!brk("（", "日"));
    OK(!brk("【", "日"));
    OK(!brk("〔", "日"));
    /* but before an opening and after a closing one */
    OK(brk("日", "「"));
    OK(brk("。", "日"));
    OK(brk("」", "「"));
    OK(brk("）", "で"));
    /* curly quotes as clreq sets them */
    OK(!brk("\xE2\x80\x9C", "你"));
    OK(!brk("你", "\xE2\x80\x9D"));
    OK(brk("\xE2\x80\x9D", "他"));
    OK(brk("：", "\xE2\x80\x9C"));
    /* CJK beside Latin: a break, except before closing or after opening */
    OK(brk("N", "を"));
    OK(brk("は", "A"));
    OK(brk("3", "月"));
    OK(!brk("日", ")"));
    OK(!brk("日", ","));
    OK(!brk("(", "日"));
    OK(!brk("5", "％"));
    OK(!brk("￥", "1"));
    OK(!brk("か", "\xE3\x82\x99")); /* combining voiced sound mark */
    /* no CJK character: not this module's business */
    OK(!brk("a", "b"));
    OK(!brk("\xE2\x80\x94", "\xE2\x80\x94"));
    OK(!brk("-", "a"));
    /* Hangul breaks at spaces */
    OK(!brk("한", "국"));
    OK(!lb_cjk_wide(cp("한")));
    OK(lb_cjk_wide(cp("漢")));
    OK(lb_cjk_wide(cp("、")));
    OK(!lb_cjk_wide('a'));
    INT_EQ(lb_cjk_class(cp("「")), LB_CJK_OP);
    INT_EQ(lb_cjk_class(cp("」")), LB_CJK_CL);
    INT_EQ(lb_cjk_class(cp("ー")), LB_CJK_NS);
    INT_EQ(lb_cjk_class(cp("日")), LB_CJK_ID);
    INT_EQ(lb_cjk_class(0x20001), LB_CJK_ID);
}

static lb_result
run(arena *a, const lb_span *sp, size_t n, double width, bool justify, const lb_hyph *h)
{
    lb_params p;
    lb_params_default(&p, 10, width);
    p.justify = justify;
    p.hyph = h;
    lb_result r;
    lb_break(a, &fake, &p, sp, n, &r);
    return r;
}

static lb_result
run1(arena *a, const char *text, double width, bool justify)
{
    lb_span sp = {text, strlen(text), PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL};
    return run(a, &sp, 1, width, justify, NULL);
}

/* The width a line is set at: boxes, glue at the line's ratio, the taken
 * penalty's text. */
static double
set_width(const lb_result *r, const lb_line *L)
{
    double w = 0;
    for (size_t i = L->first; i < L->end; i++) {
        const lb_item *x = &r->items[i];
        if (x->type == LB_BOX)
            w += x->width;
        else if (x->type == LB_GLUE)
            w += x->width + (L->ratio > 0 ? L->ratio * x->stretch : L->ratio * x->shrink);
    }
    const lb_item *b = &r->items[L->brk];
    if (b->type == LB_PENALTY)
        w += b->width;
    return w;
}

static uint32_t
last_of(const char *s, size_t len)
{
    uint32_t c = 0;
    size_t k = len ? len - 1 : 0;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    utf8_decode(s + k, len - k, &c);
    return c;
}

/* The first and last code points of a line's text. */
static void
line_ends(const lb_result *r, const lb_line *L, uint32_t *first, uint32_t *last)
{
    *first = *last = 0;
    for (size_t i = L->first; i < L->end; i++) {
        const lb_item *x = &r->items[i];
        if (x->type != LB_BOX || x->len == 0)
            continue;
        if (!*first)
            utf8_decode(x->text, x->len, first);
        *last = last_of(x->text, x->len);
    }
}

/* All box text in order: must be the input with the spaces left out. */
static char *
box_text(const lb_result *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n_items; i++)
        if (r->items[i].type == LB_BOX)
            n += r->items[i].len;
    char *s = malloc(n + 1), *o = s;
    for (size_t i = 0; i < r->n_items; i++)
        if (r->items[i].type == LB_BOX) {
            memcpy(o, r->items[i].text, r->items[i].len);
            o += r->items[i].len;
        }
    *o = 0;
    return s;
}

static const char *JA =
    "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗い"
    "じめじめした所でニャーニャー泣いていた事だけは記憶している。「吾輩はここで始めて"
    "人間というものを見た」と言った。しかもあとで聞くとそれは書生という人間中で一番"
    "獰悪な種族であったそうだ。ちょっと、ぎゅっと、キャッと言った（本当に）。";

static const char *ZH =
    "我们今天在图书馆里读书，他说：“你好。”然后大家一起去了公园。天气很好，阳光明媚，"
    "孩子们在草地上玩耍……老人们坐在长椅上聊天！这真是美好的一天吗？是的。";

/* kinsoku in every line of a paragraph, over many measures */
static void
check_kinsoku(arena *a, const char *text, double from, double to, int *lines_checked)
{
    for (double w = from; w <= to; w += 5) {
        arena_reset(a);
        lb_result r = run1(a, text, w, true);
        for (size_t l = 0; l < r.n_lines; l++) {
            const lb_line *L = &r.lines[l];
            uint32_t f, e;
            line_ends(&r, L, &f, &e);
            lb_cjk_cls cf = lb_cjk_class(f), ce = lb_cjk_class(e);
            if (l > 0 && (cf == LB_CJK_CL || cf == LB_CJK_NS))
                TEST_FAIL_("measure %.0f, line %zu starts with U+%04X", w, l, (unsigned)f);
            else if (l + 1 < r.n_lines && ce == LB_CJK_OP)
                TEST_FAIL_("measure %.0f, line %zu ends with U+%04X", w, l, (unsigned)e);
            else
                test_passed++;
            OK(!L->hyphen && !L->marked);
            (*lines_checked)++;
        }
        char *t = box_text(&r);
        STR_EQ(t, text);
        free(t);
    }
}

TEST(test_kinsoku)
{
    arena *a = arena_new();
    int n = 0;
    check_kinsoku(a, JA, 30, 300, &n);
    check_kinsoku(a, ZH, 30, 300, &n);
    OK(n > 500);
    arena_free(a);
}

/* Every line but the last reaches the measure exactly, by inter-character
 * glue that is empty at its natural width and never loose. */
TEST(test_justified)
{
    arena *a = arena_new();
    const char *texts[] = {JA, ZH};
    int lines = 0;
    lb_params d;
    lb_params_default(&d, 10, 100);
    OK(d.cjk_stretch > 0 && d.cjk_shrink > 0);
    for (int t = 0; t < 2; t++)
        for (double w = 100; w <= 300; w += 7) { /* 20 to 60 characters */
            arena_reset(a);
            lb_result r = run1(a, texts[t], w, true);
            OK(r.n_lines >= 2);
            OK(r.pass < 4);
            for (size_t l = 0; l + 1 < r.n_lines; l++) {
                const lb_line *L = &r.lines[l];
                double sw = set_width(&r, L);
                if (fabs(sw - L->measure) > 1e-6)
                    TEST_FAIL_("text %d measure %.0f line %zu set %.3f", t, w, l, sw);
                else
                    test_passed++;
                /* no gap opens to cjk_max_gap */
                OK(L->ratio * d.cjk_stretch <= d.cjk_max_gap + 1e-9 && L->ratio >= -1);
                OK(L->track == 0);
                lines++;
            }
            for (size_t i = 0; i < r.n_items; i++)
                if (r.items[i].type == LB_GLUE && !r.items[i].fil) {
                    OK(r.items[i].width == 0);
                    OK(fabs(r.items[i].stretch - d.cjk_stretch * 10) < 1e-9);
                    OK(fabs(r.items[i].shrink - d.cjk_shrink * 10) < 1e-9);
                }
        }
    OK(lines > 100);
    /* ragged right: the same breaks allowed, but rigid */
    lb_result r = run1(a, JA, 100, false);
    OK(r.n_lines > 5);
    for (size_t i = 0; i < r.n_items; i++)
        if (r.items[i].type == LB_GLUE && !r.items[i].fil)
            OK(r.items[i].stretch == 0 && r.items[i].shrink == 0);
    arena_free(a);
}

/* Latin words inside CJK text keep their spaces and are not cut at CJK
 * breaks; no hyphenation applies to the CJK pieces. */
TEST(test_mixed)
{
    arena *a = arena_new();
    lb_hyph *h = lb_hyph_load("en-US");
    const char *t = "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化するアプリ"
                    "「フリーWi-Fiプロテクション」（iOS/Android）を、App Storeおよび"
                    "Google Playにて発売した。internationalizationを含む。";
    for (double w = 110; w <= 300; w += 5) {
        arena_reset(a);
        lb_span sp = {t, strlen(t), PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL};
        lb_result r = run(a, &sp, 1, w, true, h);
        /* spaces only between Latin words: "App Store", "Google Play" */
        size_t spaces = 0;
        for (size_t i = 0; i < r.n_items; i++) {
            const lb_item *x = &r.items[i];
            if (x->type == LB_GLUE && x->width > 0)
                spaces++;
            /* a hyphenation point only inside a Latin piece */
            if (x->type == LB_PENALTY && x->pkind == LB_PK_HYPHEN) {
                const lb_item *b = &r.items[i - 1], *c = &r.items[i + 1];
                OK(b->type == LB_BOX && c->type == LB_BOX);
                uint32_t u = last_of(b->text, b->len), v = 0;
                utf8_decode(c->text, c->len, &v);
                OK(!lb_cjk_wide(u) && !lb_cjk_wide(v));
            }
        }
        INT_EQ(spaces, 2);
        for (size_t l = 0; l < r.n_lines; l++) {
            const lb_line *L = &r.lines[l];
            OK(!L->marked);
            /* a line that ends at a CJK break prints no hyphen */
            if (r.items[L->brk].type == LB_GLUE)
                OK(!L->hyphen);
            /* letter-spacing never opens a CJK gap to a space's width */
            for (size_t i = L->first; i < L->end; i++)
                if (r.items[i].type == LB_GLUE && r.items[i].cjk && L->ratio > 0)
                    OK(L->ratio * r.items[i].stretch + L->track <= 0.095 * 10 + 1e-9);
        }
        /* the box text is the input less its two spaces */
        char *bt = box_text(&r);
        OK(strlen(bt) == strlen(t) - 2);
        free(bt);
    }
    lb_hyph_free(h);
    arena_free(a);
}

/* Two spans with no space between them: the seam may be a CJK break. */
TEST(test_span_seam)
{
    arena *a = arena_new();
    lb_span sp[3] = {
        {"日本語の", strlen("日本語の"), PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL},
        {"強調", strlen("強調"), PDF_FACE_BOLD, 10, 0, -1, 0, 0, NULL},
        {"」です", strlen("」です"), PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL},
    };
    lb_result r = run(a, sp, 3, 200, true, NULL);
    /* glue between の and 強 (a break), none between 調 and 」 */
    int seam1 = -1, seam2 = -1;
    for (size_t i = 0; i + 1 < r.n_items; i++) {
        if (r.items[i].type == LB_BOX && r.items[i].span == 0 && r.items[i + 1].span == 1)
            seam1 = r.items[i + 1].type;
        if (r.items[i].type == LB_BOX && r.items[i].span == 1 && r.items[i + 1].span == 2)
            seam2 = r.items[i + 1].type;
    }
    INT_EQ(seam1, LB_GLUE);
    INT_EQ(seam2, LB_BOX);
    /* a URL span is left alone */
    lb_span u = {"https://例え.jp/日本語", strlen("https://例え.jp/日本語"), PDF_FACE_REGULAR,
                 10, LB_SPAN_URL, -1, 0, 0, NULL};
    arena_reset(a);
    r = run(a, &u, 1, 500, true, NULL);
    for (size_t i = 0; i < r.n_items; i++)
        OK(r.items[i].type != LB_GLUE || r.items[i].fil);
    arena_free(a);
}

/* Text with no CJK character: the same items as ever, no empty glue. */
TEST(test_latin_untouched)
{
    arena *a = arena_new();
    const char *t = "An ordinary \xE2\x80\x9Cparagraph\xE2\x80\x9D of English text "
                    "\xE2\x80\x94 with dashes\xE2\x80\x94" "and well-known words, "
                    "a caf\xC3\xA9, and na\xC3\xAFve \xE2\x80\x98quotes\xE2\x80\x99\xE2\x80\xA6 "
                    "and a Korean name, 김민준, that stays whole.";
    lb_result r = run1(a, t, 90, true);
    size_t glues = 0, spaces = 0;
    for (const char *s = t; *s; s++)
        spaces += *s == ' ';
    for (size_t i = 0; i < r.n_items; i++) {
        const lb_item *x = &r.items[i];
        if (x->type == LB_GLUE && !x->fil) {
            glues++;
            OK(x->width > 0);
        }
    }
    INT_EQ(glues, spaces);
    arena_free(a);
}

/* An ideographic space is one em; one at the start of a paragraph goes. */
TEST(test_ideographic_space)
{
    arena *a = arena_new();
    lb_result r = run1(a, "\xE3\x80\x80日本\xE3\x80\x80語", 500, true);
    size_t g = 0;
    for (size_t i = 0; i < r.n_items; i++)
        if (r.items[i].type == LB_GLUE && r.items[i].width > 0) {
            g++;
            OK(fabs(r.items[i].width - 10) < 1e-9);
        }
    INT_EQ(g, 1);
    OK(r.items[0].type == LB_BOX);
    arena_free(a);
}

/* The last line of a CJK paragraph is not a single character. */
static size_t
last_line_chars(arena *a, const char *t, double width, double pen)
{
    lb_params p;
    lb_params_default(&p, 10, width);
    p.cjk_last_penalty = pen;
    lb_span sp = {t, strlen(t), PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL};
    lb_result r;
    lb_break(a, &fake, &p, &sp, 1, &r);
    const lb_line *L = &r.lines[r.n_lines - 1];
    size_t n = 0;
    for (size_t i = L->first; i < L->end; i++)
        if (r.items[i].type == LB_BOX)
            n += utf8_length(r.items[i].text, r.items[i].len);
    return n;
}

TEST(test_last_line)
{
    arena *a = arena_new();
    char t[41 * 3 + 8];
    size_t o = 0;
    for (int i = 0; i < 41; i++) {
        memcpy(t + o, i % 2 ? "字" : "漢", 3);
        o += 3;
    }
    t[o] = 0;
    /* 20 characters a line: 20 + 20 + 1 unless the last break costs */
    INT_EQ(last_line_chars(a, t, 100, 0), 1);
    OK(last_line_chars(a, t, 100, 300) >= 2);
    /* closing punctuation does not count as a character of its own */
    memcpy(t + o - 3, "。", 3);
    INT_EQ(last_line_chars(a, t, 100, 0), 2);
    OK(last_line_chars(a, t, 100, 300) >= 3);
    arena_free(a);
}

int
main(void)
{
    RUN(test_break_pairs);
    RUN(test_kinsoku);
    RUN(test_justified);
    RUN(test_mixed);
    RUN(test_span_seam);
    RUN(test_latin_untouched);
    RUN(test_ideographic_space);
    RUN(test_last_line);
    return test_report();
}
