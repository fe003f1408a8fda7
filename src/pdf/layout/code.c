/*
 * code.c - code blocks: monospace, ragged, never hyphenated, one size per
 * article, wrapped lines hung past their own indent with a marker.
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The smallest a code block is set to fit its widest line, of its size;
 * output in columns (a result table, a box drawing) may go smaller, as
 * its lines wrapped lose the columns that are all it says. */
#define CODE_MIN_SCALE 0.8
#define CODE_TABLE_MIN_SCALE 0.6

/* the widest line of code `s` set at `size`, tabs as four spaces */
static double
code_widest(const flow *f, const char *s, size_t len, double size)
{
    double widest = 0, tab = 4 * f->mx->width(f->mx->ud, PDF_FACE_MONO, size, " ", 1);
    for (size_t a = 0; a < len;) {
        size_t b = a;
        double w = 0;
        while (b < len && s[b] != '\n') {
            size_t k = b;
            while (k < len && s[k] != '\n' && s[k] != '\t')
                k++;
            if (k > b)
                w += f->mx->width(f->mx->ud, PDF_FACE_MONO, size, s + b, k - b);
            if (k < len && s[k] == '\t') {
                w += tab;
                k++;
            }
            b = k;
        }
        if (w > widest)
            widest = w;
        a = b + 1;
    }
    return widest;
}

/* Is the line [a, b) a table's rule ("----+----", "+===+", "|---|",
   "───┼───"): only rule characters, three dashes at least? */
static bool
code_rule_line(const char *s, size_t a, size_t b)
{
    int dashes = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '-' || c == '=')
            dashes++;
        else if (c == 0xE2 && i + 2 < b && ((unsigned char)s[i + 1] & 0xFE) == 0x94)
            dashes++, i += 2; /* U+2500-U+257F, box drawing */
        else if (c != '+' && c != '|' && c != ':' && c != ' ')
            return false;
    }
    return dashes >= 3;
}

/* Output laid out in columns: a rule line of a table and two lines or
   more with a column mark ('|' standing alone, or a box-drawing bar).
   A shell pipeline or C's "||" has the bars but not the rule. */
static bool
code_tabular(const char *s, size_t len)
{
    int rules = 0, rows = 0;
    for (size_t a = 0; a < len;) {
        size_t b = a;
        while (b < len && s[b] != '\n')
            b++;
        if (code_rule_line(s, a, b)) {
            rules++;
        } else {
            for (size_t i = a; i < b; i++) {
                bool bar =
                    s[i] == '|' && (i == a || s[i - 1] != '|') && (i + 1 == b || s[i + 1] != '|');
                bool box = (unsigned char)s[i] == 0xE2 && i + 2 < b &&
                           (unsigned char)s[i + 1] == 0x94 &&
                           ((unsigned char)s[i + 2] == 0x82 || (unsigned char)s[i + 2] == 0x83);
                if (bar || box) {
                    rows++;
                    break;
                }
            }
        }
        a = b + 1;
    }
    return rules >= 1 && rows >= 2;
}

static void
code_text(const doc_node *n, const char **s, size_t *len)
{
    *s = n->text ? n->text : "";
    *len = n->text ? n->len : 0;
    while (*len > 0 && (*s)[*len - 1] == '\n')
        (*len)--;
}

/* The size the article's wide listings share (0: none is wide): the
   smallest any of them needs to fit the measure, not under the floor.
   Each set at its own fit, one article mixed four sizes of code, a
   change of size from block to block a reader sees as a change of
   kind; now there are two, the code size and this. Output in columns
   goes its own way (code_tabular). */
double
lay_wide_code_size(const flow *f, const doc_node *n, double size, double room, double small)
{
    for (; n; n = n->next) {
        if (n->type == DOC_CODE_BLOCK) {
            const char *s;
            size_t len;
            code_text(n, &s, &len);
            double w = code_widest(f, s, len, size);
            if (w > room && !code_tabular(s, len)) {
                double fit = size * room / w;
                fit = fit > size * CODE_MIN_SCALE ? fit : size * CODE_MIN_SCALE;
                if (small == 0 || fit < small)
                    small = fit;
            }
        }
        small = lay_wide_code_size(f, n->first_child, size, room, small);
    }
    return small;
}

double
lay_code_size(const flow *f)
{
    return lay_body_size(f) * (f->st->code_scale > 0 ? f->st->code_scale : 0.85);
}

double
lay_code_room(const flow *f, double width, double size)
{
    return width - f->mx->width(f->mx->ud, PDF_FACE_MONO, size, "\xE2\x86\xA9", 3);
}

void
lay_code(flow *f, const doc_node *n, ctx c)
{
    double size = lay_code_size(f);
    para_opts o;
    lay_para_defaults(f, &o, c);
    o.x = c.x + lay_body_size(f);
    o.width = c.width - lay_body_size(f);
    const char *s;
    size_t len;
    code_text(n, &s, &len);
    /* A block whose widest line does not fit is set smaller, before any
       line wraps: a listing or a preformatted page (an RFC, a terminal
       session) keeps its columns, where wrapped lines would scramble
       them. It takes the article's size for wide code (lay_wide_code_size) or,
       in a narrower measure (a quote, a list), what it needs. So do the
       article's other blocks, which fit: one size for its code, block
       after block, as a book sets its listings. */
    double widest = code_widest(f, s, len, size);
    double room = lay_code_room(f, o.width, size);
    bool table = code_tabular(s, len);
    if (widest > room && room > 0) {
        double fit = size * room / widest;
        double floor = size * (table ? CODE_TABLE_MIN_SCALE : CODE_MIN_SCALE);
        fit = fit > floor ? fit : floor;
        size = !table && f->code_small > 0 && f->code_small < fit ? f->code_small : fit;
    } else if (!table && f->code_small > 0 && f->code_small < size) {
        size = f->code_small;
    }
    o.size = size;
    o.face = PDF_FACE_MONO;
    o.lead = size * lay_leading(f);
    o.justify = false;
    o.hyph = NULL;
    o.code = true;
    o.dest = lay_name_of(f, n);
    if (!f->first_block)
        lay_block_space(f, 0.5);
    double spw = f->mx->width(f->mx->ud, PDF_FACE_MONO, size, " ", 1);
    size_t nlines = 0, i = 0;
    for (size_t k = 0; k < len; k++)
        nlines += s[k] == '\n';
    nlines++;
    size_t li = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && s[j] != '\n')
            j++;
        /* leading spaces become the indent; tabs count as 4 */
        size_t k = i;
        double ind = 0;
        while (k < j && (s[k] == ' ' || s[k] == '\t')) {
            ind += s[k] == '\t' ? 4 * spw : spw;
            k++;
        }
        /* a line too long for the measure turns over two spaces in from
           its own indent, so a wrapped line never reads as a dedent */
        double in = ind < o.width / 2 ? ind : o.width / 2;
        para_opts lo = o;
        lo.x = o.x + in + 2 * spw;
        lo.width = o.width - in - 2 * spw;
        lo.hang = 2 * spw;
        lo.indent = 0;
        if (k < j)
            lay_add_span(f, s + k, j - k, PDF_FACE_MONO, size, LB_SPAN_NOHYPH | LB_SPAN_KEEPSP, -1);
        /* the whole block obeys widow/orphan rules, not each source line */
        o.no_widow_rules = true;
        size_t before = f->vl.n;
        if (k == j) {
            /* an empty line still takes its place */
            lay_item *v = arena_alloc(f->art, sizeof *v);
            lay_emit_line(f, v, 0, o.lead, lay_line_base(f, o.face, size, o.lead), 0, NULL, 0);
        } else {
            lay_set_para(f, &lo, n);
            o.dest = NULL; /* named at its first line */
        }
        /* forbid a break after the block's first and before its last line */
        if (li == 1 || (li > 0 && li + 1 == nlines)) {
            for (size_t q = before; q < f->vl.n; q++)
                if (f->vl.v[q].kind == LAY_V_PENALTY) {
                    f->vl.v[q].penalty = INF;
                    break;
                }
        }
        li++;
        i = j + 1;
        if (j >= len)
            break;
    }
    lay_block_space(f, 0.5);
    f->first_block = false;
    f->after_heading = false;
}
