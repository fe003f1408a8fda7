/*
 * linegroup.c - is a paragraph a group of lines? Web pages type verse,
 * addresses, credits and lists as one paragraph of short lines ended by
 * <br>. Set as prose, every one of those lines is a justified paragraph's
 * line that stops short: the page reads as failed justification. A book
 * sets such a group like verse: each line starts flush at an inset,
 * ragged right, a line too long for the measure turns over with a hanging
 * indent. The rule is here, not in a writer, so the EPUB and the PDF agree
 * on which paragraphs are groups.
 *
 * The test counts what a reader sees: at least three lines (two breaks),
 * at least two thirds of them short, where short is what fits a book line
 * with room to spare (DOC_LINE_SHORT en widths; a wide East Asian character
 * counts two), and at most half the text in the long ones. A paragraph
 * with one break, with breaks in the middle of long sentences, or of a
 * few short lines before a long run of prose stays prose. A reader that
 * knows its lines are verse (DOC_F_VERSE: a Gutenberg book's stanza, a
 * speech in verse) says so, and two lines of any length are a group.
 */
#include <string.h>

#include "doc.h"

#include "../base/utf8.h"

bool
doc_wide_char(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

size_t
doc_ens(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t k = utf8_decode(s + i, len - i, &c);
        if (k == 0)
            k = 1;
        n += doc_wide_char(c) ? 2 : 1;
        i += k;
    }
    return n;
}

/* The lines of a paragraph, as its hard breaks end them, in en widths. */
typedef struct line_stats {
    size_t lines, shorts, breaks, total, in_long, longest;
} line_stats;

static void
line_end(line_stats *st, size_t cur)
{
    st->lines++;
    st->shorts += cur <= DOC_LINE_SHORT;
    st->in_long += cur > DOC_LINE_SHORT ? cur : 0;
    st->total += cur;
    if (cur > st->longest)
        st->longest = cur;
}

static void
measure_lines(const doc_node *para, line_stats *st)
{
    memset(st, 0, sizeof *st);
    size_t cur = 0;
    bool any = false; /* the current line has text */
    doc_iter it;
    doc_iter_init(&it, (doc_node *)para);
    doc_node *n;
    doc_event ev;
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (n == para || ev != DOC_EV_ENTER)
            continue;
        if (doc_is_block(n->type)) {
            doc_iter_skip(&it);
            continue;
        }
        if (n->type == DOC_TEXT || n->type == DOC_CODE) {
            cur += doc_ens(n->text, n->len);
            for (size_t i = 0; i < n->len && !any; i++)
                any = n->text[i] != ' ' && n->text[i] != '\n' && n->text[i] != '\t';
        } else if (n->type == DOC_BREAK) {
            st->breaks++;
            if (any)
                line_end(st, cur);
            cur = 0;
            any = false;
        }
    }
    if (any)
        line_end(st, cur);
}

bool
doc_para_is_line_group(const doc_node *para)
{
    if (!para || para->type != DOC_PARA)
        return false;
    line_stats st;
    measure_lines(para, &st);
    if ((para->flags & DOC_F_VERSE) && st.breaks >= 1 && st.lines >= 2)
        return true;
    return st.breaks >= 2 && st.lines >= 3 && 3 * st.shorts >= 2 * st.lines &&
           2 * st.in_long <= st.total;
}

/* Centred display lines are few and short: an epigraph, a dedication, a
 * title page's lines, two book lines at most (a centred paragraph longer
 * than that is prose set ragged on both sides). A page that centres a
 * longer paragraph, or most of its paragraphs, centres its text for its
 * design, so none of its centring is kept. */
void
doc_para_center_settle(doc_node *article)
{
    size_t paras = 0, centred = 0;
    bool prose = false;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_PARA)
            continue;
        paras++;
        if (!(n->flags & DOC_F_CENTER))
            continue;
        centred++;
        line_stats st;
        measure_lines(n, &st);
        prose |= st.longest > 2 * DOC_LINE_SHORT;
    }
    if (!prose && !(centred >= 4 && 2 * centred > paras))
        return;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && n->type == DOC_PARA)
            n->flags &= ~(uint32_t)DOC_F_CENTER;
}

size_t
doc_line_marker(const char *s, size_t len)
{
    static const char *const signs[] = {"+",
                                        "-",
                                        "*",
                                        "\xE2\x80\xA2",
                                        "\xE2\x80\x93",
                                        "\xE2\x80\x94",
                                        "\xC2\xB7",
                                        "\xE2\x96\xAA",
                                        "\xE2\x96\xBA"};
    for (size_t i = 0; i < sizeof signs / sizeof *signs; i++) {
        size_t k = strlen(signs[i]);
        if (len > k + 1 && !memcmp(s, signs[i], k) && s[k] == ' ' && s[k + 1] != ' ')
            return k + 1;
    }
    size_t d = 0;
    while (d < len && d < 3 && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == 0 && len > 0 && s[0] >= 'a' && s[0] <= 'z')
        d = 1;
    if (d > 0 && d + 2 < len && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ')
        return d + 2;
    return 0;
}
