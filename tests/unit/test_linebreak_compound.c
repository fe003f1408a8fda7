/*
 * test_linebreak_compound.c - hyphenation inside the parts of compounds
 * ("over-bureau-cratized"): where items.c puts pattern breaks in a word
 * with explicit hyphens, the minimum letters kept on each side of an
 * explicit hyphen, the words left whole (digits, URLs, e-mail addresses,
 * soft hyphens, no-hyphenation spans, pass 1), and a paragraph whose long
 * compound meets the line end setting tighter than when its parts stay
 * whole (TeX's rule). Also hyphen.c's word rules that compounds rely on:
 * apostrophes, digits, 8-bit (ISO 8859-1) dictionaries, and one
 * dictionary name for the tags that share it. The en-US, fr and de
 * patterns come from /usr/share/hyphen; widths from the fake fixed-width
 * font (every character half an em).
 */
#include "base/arena.h"
#include "base/utf8.h"
#include "pdf/linebreak/lb.h"

#include <math.h>
#include <stdlib.h>

#include "harness.h"

#include "fake_metrics.h"

/* The word (or words) `w` as pass `pass` of lb_items_build sees it in one
 * span with `flags`: its text with "|" at each pattern or soft hyphen
 * break, "^" after each explicit hyphen, "~" at other in-word breaks. */
static void
marked(arena *a, const lb_hyph *h, const char *w, unsigned flags, int pass, char *out,
       size_t cap)
{
    lb_params p;
    lb_params_default(&p, 10, 10000);
    p.hyph = h;
    lb_span sp = {w, strlen(w), PDF_FACE_REGULAR, 10, flags, -1, 0, 0, NULL};
    lb_item *it;
    size_t n, o = 0;
    lb_items_build(a, &fake, &p, &sp, 1, pass, &it, &n);
    for (size_t k = 0; k < n && o + 8 < cap; k++) {
        const lb_item *x = &it[k];
        if (x->type == LB_BOX) {
            size_t l = x->len < cap - o - 8 ? x->len : cap - o - 8;
            memcpy(out + o, x->text, l);
            o += l;
        } else if (x->type == LB_GLUE && !x->fil) {
            out[o++] = ' ';
        } else if (x->type == LB_PENALTY && x->penalty < LB_INF_PENALTY &&
                   x->penalty > LB_EJECT_PENALTY) {
            out[o++] = x->pkind == LB_PK_HYPHEN ? '|' : x->pkind == LB_PK_EXPLICIT ? '^' : '~';
        }
    }
    out[o] = 0;
}

/* Letters (code points; not markers or ASCII punctuation) from s[i] back
 * to the part's start (the last "^" or space) or forward to its end: the
 * fragment a break at i leaves on each side within the part. */
static bool
counts(unsigned char c)
{
    return c >= 0x80 ? (c & 0xC0) != 0x80 : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t
letters_before(const char *s, size_t i)
{
    size_t n = 0;
    while (i > 0 && s[i - 1] != '^' && s[i - 1] != ' ')
        n += counts((unsigned char)s[--i]);
    return n;
}

static size_t
letters_after(const char *s, size_t i)
{
    size_t n = 0;
    for (; s[i] && s[i] != '^' && s[i] != ' ' && s[i] != '-'; i++)
        n += counts((unsigned char)s[i]);
    return n;
}

TEST(test_compound_parts)
{
    arena *a = arena_new();
    lb_hyph *h = lb_hyph_load("en-US");
    OK(h != NULL);
    if (!h) {
        arena_free(a);
        return;
    }
    char out[512];
    /* each part hyphenated as a word, the explicit hyphens kept */
    marked(a, h, "over-bureaucratized", 0, 2, out, sizeof out);
    STR_EQ(out, "over-^bu|reau|cra|tized");
    marked(a, h, "self-driving", 0, 2, out, sizeof out);
    STR_EQ(out, "self-^driv|ing");
    marked(a, h, "(counter-revolutionary)", 0, 2, out, sizeof out);
    STR_EQ(out, "(counter-^rev|o|lu|tion|ary)");
    marked(a, h, "\xC2\xAB" "self-determination\xC2\xBB,", 0, 2, out, sizeof out);
    STR_EQ(out, "\xC2\xAB" "self-^de|ter|mi|na|tion\xC2\xBB,");
    /* a part too short for the minima (2 + 3 letters) stays whole */
    marked(a, h, "so-called well-known X-ray e-mail", 0, 2, out, sizeof out);
    STR_EQ(out, "so-^called well-^known X-^ray e-^mail");
    /* pass 1 has no pattern breaks, compounds or not */
    marked(a, h, "over-bureaucratized", 0, 1, out, sizeof out);
    STR_EQ(out, "over-^bureaucratized");

    /* the minima hold on both sides of every explicit hyphen: at least 2
       letters after it before a pattern break, 3 before it */
    static const char *words[] = {
        "well-intentioned",      "anti-establishment", "counterrevolutionary-minded",
        "editor-in-chief",       "state-of-the-art",   "twenty-first-century",
        "mother-in-law\xE2\x80\x99s", "hard-won",       "non-governmental",
        "extraordinary-looking", "semi-autobiographical", "re-examination",
        "great-grandmother",     "Anglo-Saxon",        "Austria-Hungary",
        "quasi-experimental",    "\xE2\x80\x9C" "cross-examination\xE2\x80\x9D",
        "self-determination,",   "co-operation",       "decision-making",
    };
    size_t pattern = 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        marked(a, h, words[k], 0, 2, out, sizeof out);
        size_t explicit = 0;
        for (size_t i = 0; out[i]; i++) {
            if (out[i] == '^')
                explicit++;
            if (out[i] != '|')
                continue;
            pattern++;
            if (letters_before(out, i) < 2 || letters_after(out, i + 1) < 3)
                TEST_FAIL_("%s: a fragment under the minimum: %s", words[k], out);
            else
                test_passed++;
        }
        OK(explicit >= 1);
    }
    OK(pattern > 20);
    lb_hyph_free(h);
    arena_free(a);
}

/* Words that look like compounds but are codes, names, numbers or
 * addresses keep their explicit breaks and get no pattern ones. */
TEST(test_compound_left_whole)
{
    arena *a = arena_new();
    lb_hyph *h = lb_hyph_load("en-US");
    OK(h != NULL);
    if (!h) {
        arena_free(a);
        return;
    }
    char out[512];
    static const char *words[] = {
        "COVID-19",
        "pre-2020-departmental",
        "Boeing-737-superfreighter",
        "internationalization-1990s",
        "jonathan-livingston@seagull-enterprises.com",
        "mailto:jonathan-livingston@example.com",
        "https://example.com/over-bureaucratized-transportation",
        "www.over-bureaucratized-transportation.org",
        "configuration-file.properties",
        "internationalization/localization-settings",
        "1Password-compatible",
    };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        marked(a, h, words[k], 0, 2, out, sizeof out);
        if (strchr(out, '|'))
            TEST_FAIL_("%s was hyphenated: %s", words[k], out);
        else
            test_passed++;
    }
    /* the same words do get breaks when they are plain compounds */
    marked(a, h, "departmental-superfreighter", 0, 2, out, sizeof out);
    OK(strchr(out, '|') != NULL);
    /* a URL span: breaks after / . - _ only */
    marked(a, h, "over-bureaucratized-transportation", LB_SPAN_URL, 2, out, sizeof out);
    OK(strchr(out, '|') == NULL && strchr(out, '~') != NULL);
    /* headings and code: no hyphenation, the explicit hyphen still breaks */
    marked(a, h, "over-bureaucratized", LB_SPAN_NOHYPH, 2, out, sizeof out);
    STR_EQ(out, "over-^bureaucratized");
    /* a soft hyphen anywhere in the word is the author's call: only it
       and the explicit hyphen break */
    marked(a, h, "over-bureau\xC2\xAD" "cratized", 0, 2, out, sizeof out);
    STR_EQ(out, "over-^bureau|cratized");
    marked(a, h, "counter\xC2\xAD" "revolutionary-transportation", 0, 2, out, sizeof out);
    STR_EQ(out, "counter|revolutionary-^transportation");
    lb_hyph_free(h);
    arena_free(a);
}

/* Word-level rules of lb_hyph_points the compound parts go through. */
TEST(test_word_rules)
{
    arena *a = arena_new();
    char out[512];
    lb_hyph *en = lb_hyph_load("en-US");
    lb_hyph *fr = lb_hyph_load("fr");
    lb_hyph *de = lb_hyph_load("de-DE");
    OK(en && fr && de);
    if (!en || !fr || !de) {
        lb_hyph_free(en);
        lb_hyph_free(fr);
        lb_hyph_free(de);
        arena_free(a);
        return;
    }
    /* a digit against the letters: a name or code, left whole */
    marked(a, en, "1Password mp3recording transportation2", 0, 2, out, sizeof out);
    STR_EQ(out, "1Password mp3recording transportation2");
    /* a note mark after punctuation does not count */
    marked(a, en, "transportation.[12]", 0, 2, out, sizeof out);
    OK(strchr(out, '|') != NULL);
    /* French elision: the word after l' or d' is hyphenated, 2 letters
       at least after the apostrophe */
    marked(a, fr, "d\xE2\x80\x99infractions l'\xC3\xA9tablissement", 0, 2, out, sizeof out);
    STR_EQ(out, "d\xE2\x80\x99in|frac|tions l'\xC3\xA9ta|blis|se|ment");
    /* German patterns are ISO 8859-1: words with umlauts and sharp s are
       hyphenated too, compounds of them at their parts */
    marked(a, de, "\xC3\xBC" "bergeben Stra\xC3\x9F" "enbahn TOTP-Nutzung", 0, 2, out, sizeof out);
    STR_EQ(out, "\xC3\xBC" "ber|ge|ben Stra|\xC3\x9F" "en|bahn TOTP-^Nut|zung");
    /* a letter outside Latin-1 leaves a German word whole */
    marked(a, de, "Gda\xC5\x84skerstra\xC3\x9F" "e", 0, 2, out, sizeof out);
    STR_EQ(out, "Gda\xC5\x84skerstra\xC3\x9F" "e");
    /* one dictionary name for every tag that shares the file */
    char n1[64], n2[64], n3[64];
    OK(lb_hyph_name("en", n1, sizeof n1) > 0);
    OK(lb_hyph_name("en-Latn-US", n2, sizeof n2) > 0);
    OK(lb_hyph_name("en-us", n3, sizeof n3) > 0);
    STR_EQ(n1, n2);
    STR_EQ(n1, n3);
    /* British English has its own patterns (hyphen-en-gb), and Australian
       shares them */
    OK(lb_hyph_name("en-GB", n2, sizeof n2) > 0);
    STR_EQ(n2, "hyph_en_GB.dic");
    OK(lb_hyph_name("en-AU", n3, sizeof n3) > 0);
    STR_EQ(n3, n2);
    OK(lb_hyph_name("de-AT", n2, sizeof n2) > 0);
    OK(strcmp(n1, n2) != 0);
    INT_EQ(lb_hyph_name("xx-YY", n1, sizeof n1), 0);
    INT_EQ(lb_hyph_name("../../etc", n1, sizeof n1), 0);
    INT_EQ(lb_hyph_name("en", n1, 4), 0); /* no room: no name */
    lb_hyph_free(en);
    lb_hyph_free(fr);
    lb_hyph_free(de);
    arena_free(a);
}

static const char *para_a = "Uber presented itself as a refreshing alternative to the ";
static const char *para_c = " world of urban transportation, but that is a false choice: we "
                            "can streamline city regulators and upgrade taxi fleets.";
static const char *compound = "over-bureaucratized";

/* The paragraph broken `width` wide, the compound in its own span with
 * `cflags` (LB_SPAN_NOHYPH: TeX's rule, its parts whole). */
static lb_result
set_para(arena *a, const lb_hyph *h, double width, unsigned cflags)
{
    lb_params p;
    lb_params_default(&p, 10, width);
    p.hyph = h;
    lb_span sp[3] = {
        {para_a, strlen(para_a), PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL},
        {compound, strlen(compound), PDF_FACE_REGULAR, 10, cflags, -1, 0, 0, NULL},
        {para_c, strlen(para_c), PDF_FACE_REGULAR, 10, 0, -1, 0, 0, NULL},
    };
    lb_result r;
    lb_break(a, &fake, &p, sp, 3, &r);
    return r;
}

/* The most a non-final line stretches (its glue ratio). */
static double
worst_ratio(const lb_result *r)
{
    double w = 0;
    for (size_t i = 0; i + 1 < r->n_lines; i++)
        w = fmax(w, r->lines[i].ratio);
    return w;
}

/* Whether a line ends at a pattern break inside the compound (span 1). */
static bool
breaks_in_part(const lb_result *r)
{
    for (size_t i = 0; i + 1 < r->n_lines; i++) {
        const lb_item *b = &r->items[r->lines[i].brk];
        if (b->type == LB_PENALTY && b->pkind == LB_PK_HYPHEN && b->span == 1)
            return true;
    }
    return false;
}

TEST(test_compound_sets_tighter)
{
    arena *a = arena_new();
    lb_hyph *h = lb_hyph_load("en-US");
    OK(h != NULL);
    if (!h) {
        arena_free(a);
        return;
    }
    /* over a range of measures the compound meets the line end now and
       then; where TeX's rule leaves a loose line, the parts' breaks make
       it tighter, and over all of them the worst lines are no looser */
    size_t tighter = 0, in_part = 0, widths = 0;
    double sum_new = 0, sum_old = 0;
    for (double w = 150; w <= 330; w += 5) {
        arena_reset(a);
        lb_result r_old = set_para(a, h, w, LB_SPAN_NOHYPH);
        double old = worst_ratio(&r_old);
        OK(!breaks_in_part(&r_old));
        lb_result r_new = set_para(a, h, w, 0);
        double now = worst_ratio(&r_new);
        widths++;
        sum_new += now;
        sum_old += old;
        in_part += breaks_in_part(&r_new);
        if (old > 1.0 && now < old - 0.3 && breaks_in_part(&r_new))
            tighter++;
        /* nothing is lost: every byte of the compound is still set */
        size_t bytes = 0;
        for (size_t i = 0; i < r_new.n_items; i++)
            if (r_new.items[i].type == LB_BOX && r_new.items[i].span == 1)
                bytes += r_new.items[i].len;
        INT_EQ(bytes, strlen(compound));
    }
    OK(widths > 30);
    OK(in_part >= 2);
    OK(tighter >= 1);
    OK(sum_new < sum_old);
    lb_hyph_free(h);
    arena_free(a);
}

int
main(void)
{
    RUN(test_compound_parts);
    RUN(test_compound_left_whole);
    RUN(test_word_rules);
    RUN(test_compound_sets_tighter);
    return test_report();
}
