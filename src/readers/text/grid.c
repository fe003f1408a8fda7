/*
 * grid.c - lines that were never prose: drawn tables and aligned columns.
 *
 * Text copied from a <pre> block or a table keeps its lines, and joining
 * them into paragraphs scrambles them. Five shapes are found, each a run
 * of lines with no blank line inside:
 *   - a table drawn with box-drawing characters (psql's "───┼───", "│"):
 *     two lines crossed by their bars, a rule of them with such a line,
 *     or, for one column, a rule between a short header and short cells;
 *   - an ASCII table: a "+---+---+" border with "| a | b |" rows, a
 *     Markdown "|---|---|" separator under a row with bars, or three
 *     "| ... |" rows;
 *   - rows of tab-separated cells, as a browser copies an HTML table;
 *   - a listing: two lines or more between blank lines, each holding a
 *     bracket, brace, semicolon or comparison, indented, or four words or
 *     fewer, none a sentence unless a comment ("-- Wrong!"), a bracket or
 *     comparison somewhere, and one line ending or opening as only code
 *     does ("AS n;", "bounds AS (", "});"); a title-case line at either
 *     end is the heading over or under it, and listings one blank line
 *     apart are one;
 *   - three or more lines whose words stand in columns: every line has a
 *     gap of two spaces or more, not after a full stop (prose with two
 *     spaces after its sentences), and the gaps share a gutter two columns
 *     wide. A run where most lines hold a cell of seven words or more is
 *     justified prose, not a grid.
 * A drawn table becomes a DOC_TABLE when it parses cleanly and is no wider
 * than GRID_TABLE_COLS: one header row over a rule, and the same number of
 * cells on every row (rows parted by rules between them are joined, as
 * cells wrapped over several lines).
 * Three tab rows or more with as many cells (most of them) are a table
 * too, since the tabs are the cells of the table the text was copied
 * from; its first row is a header when it reads as one: labels over a
 * column of figures ("Year" over "1947"), or an empty corner cell over
 * labelled rows. Everything else is a preformatted block (DOC_CODE_BLOCK,
 * text kept as it stood, indentation common to its lines cut, tabs
 * expanded), which both writers set in
 * monospace without reflowing. Lists, quotes and headings never enter a
 * block: only plain lines and rules do. A parenthesised line closing a drawn
 * table ("(3 rows)") stays outside it.
 */
#include "text_int.h"

#include <string.h>

#include "../../base/buf.h"
#include "../../base/utf8.h"

#define GRID_COLS 320 /* columns the gutter search looks at; wider lines are prose */
#define GRID_MAX_CELLS 64
/* A drawn table wider than this stays drawn: set as a table its long
 * figures would be cut, where the monospace block is set smaller. */
#define GRID_TABLE_COLS 80
/* Cells one table may have; a bigger grid is a preformatted block, whose
 * cost is its text, not a node a cell. */
#define GRID_TABLE_CELLS 20000

typedef struct gap_map {
    uint64_t w[GRID_COLS / 64];
} gap_map;

/* A line that may stand in a grid: body text, plain or a rule. */
static bool
eligible(const rd_text_line *ln)
{
    return ln->role == RD_TEXT_CONTENT && (ln->kind == RD_TEXT_PLAIN || ln->kind == RD_TEXT_RULE) &&
           !(ln->flags & (RD_TEXT_F_TOC | RD_TEXT_F_PRE | RD_TEXT_F_TABLE));
}

static bool
is_space_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || utf8_is_space(cp) || cp == 0x200B || cp == 0xFEFF;
}

/* The code point at s[0..len) (one byte on a bad sequence); *n its bytes. */
static uint32_t
cp_at(const char *s, size_t len, size_t *n)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    uint32_t cp;
    size_t k = utf8_decode(s, len, &cp);
    *n = k ? k : 1;
    return k ? cp : c;
}

static bool
is_box(uint32_t cp)
{
    return cp >= 0x2500 && cp <= 0x257F;
}

/* A vertical bar between cells: ASCII or drawn. */
static bool
is_vbar(uint32_t cp)
{
    return cp == '|' || cp == 0x2502 || cp == 0x2503 || cp == 0x2551 || cp == 0x2506 ||
           cp == 0x2507 || cp == 0x250A || cp == 0x250B;
}

/* A letter or digit of any script (loosely: not ASCII punctuation, and
 * not the general punctuation, arrow, shape and symbol blocks). */
static bool
is_alnum_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x2BFF);
}

/* Trim spaces (any Unicode space) off both ends of s[*b..*e). */
static void
trim(const char *s, size_t *b, size_t *e)
{
    size_t n;
    while (*b < *e && is_space_cp(cp_at(s + *b, *e - *b, &n)))
        *b += n;
    while (*e > *b) {
        size_t k = 1;
        while (k < 4 && k < *e - *b && ((unsigned char)s[*e - k] & 0xC0) == 0x80)
            k++;
        uint32_t cp;
        if (utf8_decode(s + *e - k, k, &cp) != k || !is_space_cp(cp))
            break;
        *e -= k;
    }
}

/* What a line of a drawn table is. */
typedef struct shape {
    bool box;      /* holds a box-drawing character */
    bool box_rule; /* nothing but box-drawing characters: "──────┼──────" */
    bool vbars;    /* holds a vertical bar between text */
    bool border;   /* "+----+----+" */
    bool pipe_row; /* "| a | b |" */
    bool rule;     /* only rule characters (- = + : | and box drawing), three strokes or more */
} shape;

static shape
shape_of(const rd_text_line *ln)
{
    shape sh;
    memset(&sh, 0, sizeof sh);
    size_t b = 0, e = ln->raw_len;
    trim(ln->raw, &b, &e);
    if (b == e)
        return sh;
    const char *s = ln->raw;
    size_t strokes = 0, plus = 0, other = 0, bars = 0, boxes = 0;
    for (size_t i = b, n; i < e; i += n) {
        uint32_t cp = cp_at(s + i, e - i, &n);
        if (is_box(cp))
            boxes++;
        if (is_vbar(cp))
            bars++;
        else if (cp == '-' || cp == '=' || cp == 0x2500 || cp == 0x2501 || cp == 0x2550)
            strokes++;
        else if (cp == '+' || (is_box(cp) && !is_vbar(cp)))
            plus++;
        else if (cp != ':' && cp != ' ')
            other++;
    }
    sh.box = boxes > 0;
    sh.rule = other == 0 && strokes >= 3;
    sh.box_rule = sh.rule && boxes >= 3;
    sh.vbars = bars > 0 && other > 0;
    sh.border = sh.rule && s[b] == '+' && s[e - 1] == '+' && plus >= 2 && bars == 0;
    sh.pipe_row = e - b >= 3 && s[b] == '|' && s[e - 1] == '|' && other > 0;
    return sh;
}

/* ---- parsing a drawn table ---- */

typedef struct grid {
    size_t rows, cols;
    const char **cell; /* rows * cols, NUL-terminated, in the arena */
    size_t *len;
    bool header; /* the first row is a header */
} grid;

/* Split a content line at its bars into at most GRID_MAX_CELLS trimmed
 * cells [cb[k], ce[k]); a bar at either end opens or closes the row.
 * Returns the count. */
static size_t
split_bars(const rd_text_line *ln, size_t *cb, size_t *ce)
{
    size_t b = 0, e = ln->raw_len;
    trim(ln->raw, &b, &e);
    const char *s = ln->raw;
    size_t n = 0, start = b, k;
    bool lead = false;
    for (size_t i = b; i < e; i += k) {
        uint32_t cp = cp_at(s + i, e - i, &k);
        if (!is_vbar(cp))
            continue;
        if (i == b) {
            lead = true;
            start = i + k;
            continue;
        }
        if (n < GRID_MAX_CELLS) {
            cb[n] = start;
            ce[n] = i;
            n++;
        }
        start = i + k;
    }
    if (start < e || (!lead && start == e && n == 0)) {
        if (n < GRID_MAX_CELLS) {
            cb[n] = start;
            ce[n] = e;
            n++;
        }
    }
    for (size_t c = 0; c < n; c++)
        trim(s, &cb[c], &ce[c]);
    return n;
}

static bool
parenthesised(const rd_text_line *ln)
{
    return ln->len >= 3 && ln->s[0] == '(' && ln->s[ln->len - 1] == ')';
}

/*
 * Parse the drawn table v[i..*j). With `a` NULL it only decides, and
 * leaves out a parenthesised line at the end with no bar (psql's "(2
 * rows)") by lowering *j; with an arena it fills *g. Returns true when the lines form a table with
 * one header row over a rule and as many cells on every row.
 */
static bool
parse_drawn(arena *a, const rd_text_line *v, size_t i, size_t *j, grid *g)
{
    size_t end = *j;
    if (!a && end - i >= 3 && parenthesised(&v[end - 1]) && !shape_of(&v[end - 1]).vbars)
        end--;
    size_t cols = 0, content = 0, header_lines = 0, rules_after = 0;
    bool seen_rule_after_content = false, trailing_rule = false;
    size_t cb[GRID_MAX_CELLS], ce[GRID_MAX_CELLS];
    for (size_t k = i; k < end; k++) {
        shape sh = shape_of(&v[k]);
        if (sh.rule) {
            if (content > 0 && !seen_rule_after_content) {
                seen_rule_after_content = true;
                header_lines = content;
            } else if (seen_rule_after_content) {
                rules_after++;
            }
            trailing_rule = true;
            continue;
        }
        trailing_rule = false;
        size_t n = split_bars(&v[k], cb, ce);
        if (n == 0 || n >= GRID_MAX_CELLS)
            return false;
        if (cols && n != cols)
            return false;
        cols = n;
        content++;
    }
    if (header_lines != 1 || content < 2)
        return false;
    /* Rules between body rows part rows of several lines each; a rule at
     * the bottom is only the frame. */
    bool grouped = rules_after > (trailing_rule ? 1u : 0u);
    *j = end;
    if (!a)
        return true;
    /* Rows: count, then fill. */
    size_t rows = 0;
    bool in_row = false;
    for (size_t k = i; k < end; k++) {
        if (shape_of(&v[k]).rule) {
            in_row = false;
            continue;
        }
        if (!in_row || !grouped)
            rows++;
        in_row = true;
    }
    g->rows = rows;
    g->cols = cols;
    g->header = true;
    g->cell = arena_alloc(a, rows * cols * sizeof *g->cell);
    g->len = arena_alloc(a, rows * cols * sizeof *g->len);
    buf *acc = arena_alloc(a, cols * sizeof *acc);
    for (size_t c = 0; c < cols; c++)
        buf_init(&acc[c], 0);
    size_t r = 0;
    in_row = false;
    for (size_t k = i; k <= end; k++) {
        bool rule = k < end && shape_of(&v[k]).rule;
        bool flush = in_row && (k == end || rule || !grouped);
        if (flush) {
            for (size_t c = 0; c < cols; c++) {
                g->cell[r * cols + c] =
                    arena_strndup(a, acc[c].data ? acc[c].data : "", acc[c].len);
                g->len[r * cols + c] = acc[c].len;
                buf_clear(&acc[c]);
            }
            r++;
            in_row = false;
        }
        if (k == end || rule)
            continue;
        split_bars(&v[k], cb, ce);
        for (size_t c = 0; c < cols; c++) {
            if (ce[c] <= cb[c])
                continue;
            if (acc[c].len)
                buf_addc(&acc[c], ' ');
            buf_add(&acc[c], v[k].raw + cb[c], ce[c] - cb[c]);
        }
        in_row = true;
    }
    for (size_t c = 0; c < cols; c++)
        buf_cleanup(&acc[c]);
    return true;
}

/* ---- tab-separated rows ---- */

/* Cells of a line split at its tabs (after any leading spaces); 0 when
 * the line has no tab. Fills up to GRID_MAX_CELLS spans. */
static size_t
split_tabs(const rd_text_line *ln, size_t *cb, size_t *ce)
{
    const char *s = ln->raw;
    size_t e = ln->raw_len, b = 0;
    while (b < e && s[b] == ' ')
        b++;
    if (!memchr(s + b, '\t', e - b))
        return 0;
    size_t n = 0, start = b;
    for (size_t i = b; i <= e; i++) {
        if (i < e && s[i] != '\t')
            continue;
        if (n < GRID_MAX_CELLS) {
            cb[n] = start;
            ce[n] = i;
            trim(s, &cb[n], &ce[n]);
            n++;
        }
        start = i + 1;
    }
    return n;
}

/* A cell holding a figure: "1947", "4.2.3", "$40,266", "-3", "+64", "16.6%". */
static bool
figure_cell(const char *s, size_t len)
{
    size_t i = 0;
    if (i < len && (s[i] == '$' || s[i] == '-' || s[i] == '+' || s[i] == '(' || s[i] == '~'))
        i++;
    else if (len >= 2 && ((unsigned char)s[0] == 0xC2 || (unsigned char)s[0] == 0xE2)) {
        size_t n;
        uint32_t cp = cp_at(s, len, &n);
        if (cp == 0xA3 || cp == 0x20AC || cp == 0xA5 || cp == 0x2212) /* £ € ¥ − */
            i = n;
    }
    return i < len && s[i] >= '0' && s[i] <= '9';
}

/* Does the first of the tab rows v[i..j) read as their header? */
static bool
tab_header(const rd_text_line *v, size_t i, size_t j, size_t cols)
{
    size_t cb[GRID_MAX_CELLS], ce[GRID_MAX_CELLS];
    size_t n = split_tabs(&v[i], cb, ce);
    if (n != cols || j - i < 3)
        return false;
    const char *s = v[i].raw;
    bool corner = ce[0] == cb[0];
    for (size_t c = 0; c < n; c++) {
        size_t len = ce[c] - cb[c];
        if (len == 0 && c > 0)
            return false;
        if (len > 80 || (len && figure_cell(s + cb[c], len)))
            return false;
        if (len && (s[ce[c] - 1] == '.' || s[ce[c] - 1] == ','))
            return false;
    }
    /* An empty corner over rows that all have a label. */
    if (corner) {
        for (size_t k = i + 1; k < j; k++) {
            size_t m = split_tabs(&v[k], cb, ce);
            if (m == 0 || ce[0] == cb[0])
                return false;
        }
        return true;
    }
    /* A label over a column of figures (two thirds of its cells). Each
     * row is split once: the count stays linear in the text. */
    size_t filled[GRID_MAX_CELLS] = {0}, figures[GRID_MAX_CELLS] = {0};
    for (size_t k = i + 1; k < j; k++) {
        size_t m = split_tabs(&v[k], cb, ce);
        for (size_t c = 0; c < m && c < cols; c++) {
            if (ce[c] == cb[c])
                continue;
            filled[c]++;
            figures[c] += figure_cell(v[k].raw + cb[c], ce[c] - cb[c]);
        }
    }
    for (size_t c = 0; c < cols; c++)
        if (filled[c] && figures[c] * 3 >= filled[c] * 2)
            return true;
    return false;
}

/* ---- column-aligned lines ---- */

/* The gutter map of a line: the columns inside its gaps of two spaces or
 * more that have text on both sides and do not follow a sentence's end.
 * False when the line cannot stand in such a run (too wide, a tab, no gap).
 * *long_cell is set when some cell between gaps holds seven words or more. */
static bool
gaps_of(const rd_text_line *ln, gap_map *m, bool *long_cell)
{
    memset(m, 0, sizeof *m);
    *long_cell = false;
    const char *s = ln->raw;
    size_t len = ln->raw_len;
    if (memchr(s, '\t', len))
        return false;
    uint32_t col = 0, run_start = 0, run = 0, cell_words = 0;
    uint32_t last = 0, before_last = 0; /* the two code points before a gap */
    uint32_t lead = 0;                  /* code points before the first gap */
    bool text = false, any = false, in_word = false, first_gap = true;
    for (size_t i = 0, n; i < len; i += n) {
        uint32_t cp = cp_at(s + i, len - i, &n);
        /* columns as the text was aligned: a wide (CJK) character takes two */
        uint32_t wd = (uint32_t)utf8_cp_width(cp);
        if (col + wd > GRID_COLS)
            return false;
        if (is_space_cp(cp)) {
            if (run == 0)
                run_start = col;
            run += wd;
            in_word = false;
        } else {
            if (text && run >= 2) {
                bool sentence = (last == '.' || last == '!' || last == '?') &&
                                !(before_last >= '0' && before_last <= '9');
                /* One symbol before the first gap is a list's marker
                 * ("►  2017 (11)", "•  Home"), not a column. */
                bool marker = first_gap && lead == 1 && !is_alnum_cp(last);
                first_gap = false;
                if (!sentence && !marker) {
                    for (uint32_t c = run_start; c < col; c++)
                        m->w[c / 64] |= (uint64_t)1 << (c % 64);
                    any = true;
                }
                if (cell_words >= 7)
                    *long_cell = true;
                cell_words = 0;
            }
            if (!in_word)
                cell_words++;
            in_word = true;
            run = 0;
            text = true;
            lead += first_gap;
            before_last = last;
            last = cp;
        }
        col += wd;
    }
    if (cell_words >= 7)
        *long_cell = true;
    return any;
}

/* True when m holds two adjacent columns. */
static bool
has_gutter(const gap_map *m)
{
    for (size_t k = 0; k < GRID_COLS / 64; k++) {
        uint64_t w = m->w[k];
        uint64_t pair = w & (w >> 1);
        if (k + 1 < GRID_COLS / 64 && (w >> 63) && (m->w[k + 1] & 1))
            return true;
        if (pair)
            return true;
    }
    return false;
}

static void
mark(rd_text_lines *L, size_t i, size_t j, uint8_t flag)
{
    for (size_t k = i; k < j; k++)
        L->v[k].flags |= flag;
    L->v[i].flags |= RD_TEXT_F_OPEN;
}

/* Columns of the longest line of v[i..j), as drawn (wide characters two). */
static size_t
widest(const rd_text_line *v, size_t i, size_t j)
{
    size_t w = 0;
    for (size_t k = i; k < j; k++) {
        size_t n = 0, b;
        for (size_t p = 0; p < v[k].raw_len; p += b)
            n += (size_t)utf8_cp_width(cp_at(v[k].raw + p, v[k].raw_len - p, &b));
        w = n > w ? n : w;
    }
    return w;
}

/* Lines at either end of a drawn table's run that read as the prose
 * around it: a sentence, or an introduction ending with a colon. */
static bool
prose_edge(const rd_text_line *ln, bool top)
{
    shape sh = shape_of(ln);
    if (sh.box || sh.rule || sh.pipe_row || sh.vbars)
        return false;
    if (rd_text_line_is_prose(ln))
        return true;
    if ((ln->flags & RD_TEXT_F_SENTENCE) && ln->words >= 4)
        return true;
    return top && ln->len && ln->s[ln->len - 1] == ':' && ln->words >= 2;
}

/* A line that belongs to a drawing: a rule, or text crossed by bars. */
static bool
drawn_line(const rd_text_line *ln)
{
    shape sh = shape_of(ln);
    return sh.rule || sh.vbars || sh.pipe_row || sh.border || sh.box;
}

/* A cell of a one-column table: short, no sentence, not the count under
 * it ("(1 row)"). */
static bool
lone_cell(const rd_text_line *ln)
{
    return eligible(ln) && ln->kind == RD_TEXT_PLAIN && ln->words <= 6 && ln->cps <= 60 &&
           !(ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) && !parenthesised(ln);
}

static void
mark_drawn(rd_text_lines *L, size_t from, size_t to)
{
    const rd_text_line *v = L->v;
    size_t i = from;
    while (i < to) {
        if (!eligible(&v[i]) || !drawn_line(&v[i])) {
            i++;
            continue;
        }
        /* The core: drawn lines in a row. */
        size_t j = i;
        size_t box_rules = 0, box_bars = 0, borders = 0, pipe_rows = 0, seps = 0, barred = 0;
        while (j < to && eligible(&v[j]) && drawn_line(&v[j])) {
            shape sh = shape_of(&v[j]);
            box_rules += sh.box_rule;
            box_bars += sh.box && sh.vbars;
            borders += sh.border;
            pipe_rows += sh.pipe_row;
            seps += sh.rule && !sh.box && memchr(v[j].raw, '|', v[j].raw_len) != NULL;
            barred += sh.vbars;
            j++;
        }
        size_t b = i, e = j;
        bool drawn = box_bars >= 2 || (borders >= 1 && pipe_rows >= 1) ||
                     (seps >= 1 && barred >= 2) || pipe_rows >= 3 ||
                     (box_rules >= 1 && barred >= 1 && j - i >= 2);
        if (!drawn && box_rules >= 1 && barred == 0) {
            /* One column (psql's): a header over the rule, cells under it. */
            if (b > from && lone_cell(&v[b - 1]) && !drawn_line(&v[b - 1])) {
                b--;
                while (e < to && lone_cell(&v[e]) && !drawn_line(&v[e]))
                    e++;
                drawn = e > j;
            }
        }
        if (drawn) {
            while (b < e && prose_edge(&v[b], true))
                b++;
            while (e > b && prose_edge(&v[e - 1], false))
                e--;
            if (e - b >= 2) {
                size_t end = e;
                grid g;
                /* 80 columns hold 40 cells at most: a bar and a letter each. */
                if (widest(v, b, e) <= GRID_TABLE_COLS && (e - b) * 40 <= GRID_TABLE_CELLS &&
                    parse_drawn(NULL, v, b, &end, &g))
                    mark(L, b, end, RD_TEXT_F_TABLE);
                else
                    mark(L, b, e, RD_TEXT_F_PRE);
            }
        }
        i = e > j ? e : j;
    }
}

static void
mark_tabs(rd_text_lines *L, size_t from, size_t to)
{
    const rd_text_line *v = L->v;
    size_t cb[GRID_MAX_CELLS], ce[GRID_MAX_CELLS];
    size_t i = from;
    while (i < to) {
        size_t j = i, cols = 0, full = 0;
        while (j < to && eligible(&v[j])) {
            size_t n = split_tabs(&v[j], cb, ce);
            if (n < 2)
                break;
            cols = n > cols ? n : cols;
            j++;
        }
        if (j == i) {
            i++;
            continue;
        }
        for (size_t k = i; k < j; k++)
            full += split_tabs(&v[k], cb, ce) == cols;
        /* Most rows as wide as the widest: cells, not stray tabs. */
        bool even = full * 3 >= (j - i) * 2;
        if (even && j - i >= 3)
            mark(L, i, j, (j - i) * cols <= GRID_TABLE_CELLS ? RD_TEXT_F_TABLE : RD_TEXT_F_PRE);
        i = j;
    }
}

static void
mark_aligned(rd_text_lines *L, size_t from, size_t to)
{
    const rd_text_line *v = L->v;
    size_t i = from;
    gap_map cur, next;
    bool long_cell;
    while (i < to) {
        if (!eligible(&v[i]) || !gaps_of(&v[i], &cur, &long_cell)) {
            i++;
            continue;
        }
        size_t longs = long_cell, j = i + 1;
        while (j < to && eligible(&v[j]) && gaps_of(&v[j], &next, &long_cell)) {
            gap_map both;
            for (size_t k = 0; k < GRID_COLS / 64; k++)
                both.w[k] = cur.w[k] & next.w[k];
            if (!has_gutter(&both))
                break;
            cur = both;
            longs += long_cell;
            j++;
        }
        if (j - i >= 3 && longs * 2 <= j - i) {
            mark(L, i, j, RD_TEXT_F_PRE);
            i = j;
        } else {
            i++;
        }
    }
}

/* ---- code ---- */

/* A line that reads as program text: it holds a bracket, a brace, a
 * semicolon or a comparison, is four words or fewer ("SELECT", "ORDER BY
 * period DESC"), or is indented (a clause inside a statement). */
static bool
code_like(const rd_text_line *ln)
{
    if (ln->words <= 4 || ln->indent >= 2)
        return true;
    for (uint32_t k = 0; k < ln->len; k++)
        if (strchr("(){}[];=<>", ln->s[k]))
            return true;
    return false;
}

/* A comment line: "-- Wrong!", "// load-add.js", a C comment opening. */
static bool
comment(const rd_text_line *ln)
{
    return ln->len >= 2 && ln->cps <= 100 &&
           (!strncmp(ln->s, "--", 2) || !strncmp(ln->s, "//", 2) || !strncmp(ln->s, "/*", 2));
}

/* A line only program text ends or opens so: "... AS n;", "bounds AS (",
 * "if (x) {", "),", "}", or markup: "<body>". */
static bool
code_edge(const rd_text_line *ln)
{
    if (!ln->len)
        return false;
    char f = ln->s[0], l = ln->s[ln->len - 1];
    return l == ';' || l == '{' || l == '(' || l == '[' || f == ')' || f == '}' || f == ']' ||
           (f == '<' && l == '>');
}

/* A title-case line of a few words, no code in it ("Request", "Future
 * improvements"): a heading, where "SELECT" or "FROM" is code. */
static bool
heading_word(const rd_text_line *ln)
{
    if (ln->indent > 0 || !ln->len || ln->s[0] < 'A' || ln->s[0] > 'Z' || code_edge(ln))
        return false;
    bool lower = false;
    for (uint32_t k = 0; k < ln->len; k++) {
        if (strchr("(){}[];=<>_.:", ln->s[k]))
            return false;
        lower |= ln->s[k] >= 'a' && ln->s[k] <= 'z';
    }
    return lower;
}

/* Groups of two lines or more between blank lines that are all program
 * text, no line a sentence, one of them ending or opening as only code
 * does: a listing copied from a <pre> block. */
static void
mark_code(rd_text_lines *L, size_t from, size_t to)
{
    const rd_text_line *v = L->v;
    size_t i = from;
    while (i < to) {
        if (v[i].kind == RD_TEXT_BLANK || (i > from && v[i - 1].kind != RD_TEXT_BLANK)) {
            i++;
            continue;
        }
        size_t j = i, edges = 0, brackets = 0;
        bool ok = true;
        while (j < to && v[j].kind != RD_TEXT_BLANK) {
            const rd_text_line *ln = &v[j];
            ok = ok && eligible(ln) && ln->kind == RD_TEXT_PLAIN &&
                 (comment(ln) || (!(ln->flags & RD_TEXT_F_SENTENCE) && !rd_text_line_is_prose(ln) &&
                                  code_like(ln)));
            edges += code_edge(ln);
            for (uint32_t k = 0; k < ln->len && !brackets; k++)
                brackets += strchr("(){}[]=<>", ln->s[k]) != NULL;
            j++;
        }
        /* A heading over or under the listing with no blank line. */
        size_t b = i, e = j;
        while (ok && b < e && heading_word(&v[b]))
            b++;
        while (ok && e > b && heading_word(&v[e - 1]))
            e--;
        /* A listing goes on across one blank line: one block. */
        bool goes_on =
            b >= from + 2 && v[b - 1].kind == RD_TEXT_BLANK && (v[b - 2].flags & RD_TEXT_F_CODE);
        if (ok && e - b >= 2 && edges >= 1 && (brackets || goes_on)) {
            mark(L, b, e, RD_TEXT_F_PRE);
            if (goes_on) {
                L->v[b - 1].flags |= RD_TEXT_F_PRE | RD_TEXT_F_CODE;
                L->v[b].flags &= (uint16_t)~RD_TEXT_F_OPEN;
            }
            for (size_t k = b; k < e; k++)
                L->v[k].flags |= RD_TEXT_F_CODE;
        }
        i = j;
    }
}

void
rd_text_grid_mark(rd_text_lines *L, size_t from, size_t to)
{
    mark_drawn(L, from, to);
    mark_tabs(L, from, to);
    mark_aligned(L, from, to);
    mark_code(L, from, to);
}

/* ---- building ---- */

/* Append s[0..len) with spaces of every kind made plain and tabs
 * expanded to the next multiple of 8; *col tracks the column. */
static void
add_plain(buf *b, const char *s, size_t len, size_t *col)
{
    for (size_t i = 0, n; i < len; i += n) {
        /* A run of plain ASCII goes in at once. */
        size_t k = i;
        while (k < len && s[k] >= 0x20 && s[k] < 0x7F)
            k++;
        if (k > i) {
            buf_add(b, s + i, k - i);
            *col += k - i;
            n = k - i;
            continue;
        }
        uint32_t cp = cp_at(s + i, len - i, &n);
        if (cp == '\t') {
            do {
                buf_addc(b, ' ');
                (*col)++;
            } while (*col % 8);
            continue;
        }
        if (cp == 0x200B || cp == 0xFEFF) /* zero width: no column */
            continue;
        if (is_space_cp(cp))
            buf_addc(b, ' ');
        else
            buf_add(b, s + i, n);
        (*col)++;
    }
}

static doc_node *
pre_block(arena *a, const char *path, const rd_text_line *v, size_t i, size_t j)
{
    /* The indentation all lines share goes; the rest stays. */
    size_t common = SIZE_MAX;
    for (size_t k = i; k < j; k++) {
        const char *s = v[k].raw;
        size_t len = v[k].raw_len, p = 0, col = 0, n;
        uint32_t cp;
        while (p < len && is_space_cp(cp = cp_at(s + p, len - p, &n))) {
            col = cp == '\t' ? (col / 8 + 1) * 8 : col + (cp == 0x200B || cp == 0xFEFF ? 0 : 1);
            p += n;
        }
        if (p < len && col < common)
            common = col;
    }
    if (common == SIZE_MAX)
        common = 0;
    buf b;
    buf_init(&b, 0);
    for (size_t k = i; k < j; k++) {
        size_t col = 0, at = b.len;
        add_plain(&b, v[k].raw, v[k].raw_len, &col);
        /* cut the shared indentation (plain spaces by now) */
        size_t cut = 0;
        while (cut < common && at + cut < b.len && b.data[at + cut] == ' ')
            cut++;
        if (cut) {
            memmove(b.data + at, b.data + at + cut, b.len - at - cut);
            b.len -= cut;
        }
        while (b.len > at && b.data[b.len - 1] == ' ')
            b.len--;
        if (k + 1 < j)
            buf_addc(&b, '\n');
    }
    doc_pos pos = {path, v[i].lineno, 1};
    doc_node *cb_node = doc_node_new(a, DOC_CODE_BLOCK, pos);
    cb_node->text = arena_strndup(a, b.data ? b.data : "", b.len);
    cb_node->len = b.len;
    cb_node->flags |= DOC_F_NOSMART;
    buf_cleanup(&b);
    return cb_node;
}

static doc_node *
table_node(arena *a, const char *path, const rd_text_line *v, const grid *g, size_t i)
{
    doc_pos pos = {path, v[i].lineno, 1};
    doc_node *t = doc_node_new(a, DOC_TABLE, pos);
    for (size_t r = 0; r < g->rows; r++) {
        doc_node *row = doc_node_new(a, DOC_ROW, pos);
        if (r == 0 && g->header)
            row->flags |= DOC_F_HEADER;
        for (size_t c = 0; c < g->cols; c++) {
            doc_node *cell = doc_node_new(a, DOC_CELL, pos);
            if (g->len[r * g->cols + c])
                doc_append(cell,
                           doc_text_new(a, g->cell[r * g->cols + c], g->len[r * g->cols + c], pos));
            doc_append(row, cell);
        }
        doc_append(t, row);
    }
    return t;
}

/* The tab rows v[i..j) as a grid (its first row a header when it reads
 * as one); cells a row lacks stay empty. */
static void
parse_tabs(arena *a, const rd_text_line *v, size_t i, size_t j, grid *g)
{
    size_t cb[GRID_MAX_CELLS], ce[GRID_MAX_CELLS];
    size_t cols = 0;
    for (size_t k = i; k < j; k++) {
        size_t n = split_tabs(&v[k], cb, ce);
        cols = n > cols ? n : cols;
    }
    g->rows = j - i;
    g->cols = cols;
    g->header = tab_header(v, i, j, cols);
    g->cell = arena_alloc(a, g->rows * cols * sizeof *g->cell);
    g->len = arena_alloc(a, g->rows * cols * sizeof *g->len);
    for (size_t k = i; k < j; k++) {
        size_t n = split_tabs(&v[k], cb, ce);
        for (size_t c = 0; c < cols; c++) {
            size_t at = (k - i) * cols + c;
            if (c < n) {
                buf tmp;
                buf_init(&tmp, 0);
                size_t col = 0;
                add_plain(&tmp, v[k].raw + cb[c], ce[c] - cb[c], &col);
                g->cell[at] = arena_strndup(a, tmp.data ? tmp.data : "", tmp.len);
                g->len[at] = tmp.len;
                buf_cleanup(&tmp);
            } else {
                g->cell[at] = "";
                g->len[at] = 0;
            }
        }
    }
}

size_t
rd_text_grid_build(arena *a, const char *path, const rd_text_line *v, size_t i, size_t to,
                   doc_node *parent)
{
    uint8_t kind = v[i].flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE);
    size_t j = i + 1;
    while (j < to && (v[j].flags & kind) && !(v[j].flags & RD_TEXT_F_OPEN) &&
           v[j].role == RD_TEXT_CONTENT)
        j++;
    if (kind & RD_TEXT_F_TABLE) {
        grid g;
        size_t cb[GRID_MAX_CELLS], ce[GRID_MAX_CELLS];
        if (split_tabs(&v[i], cb, ce) >= 2) {
            parse_tabs(a, v, i, j, &g);
            doc_append(parent, table_node(a, path, v, &g, i));
            return j;
        }
        size_t end = j;
        if (parse_drawn(a, v, i, &end, &g)) {
            doc_append(parent, table_node(a, path, v, &g, i));
            return j;
        }
    }
    doc_append(parent, pre_block(a, path, v, i, j));
    return j;
}
