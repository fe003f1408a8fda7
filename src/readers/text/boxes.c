/*
 * boxes.c - boxes of the page that chrome.c cannot tell line by line,
 * since their lines read like any headline or question: the lines
 * between a box's label and its closing button ("More Stories By Jane" /
 * three headlines / "View All"), and the question a report button opens
 * ("Report This Article" / "What is the issue?"), and a counter's unit
 * under its number ("367" / "Shares").
 */
#include "text_int.h"

#include <string.h>
#include <strings.h>

/* Most lines a label's box holds before its closing button. */
#define BOX_MAX_LINES 10

static bool
line_is(const rd_text_line *ln, const char *const *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ln->len == strlen(t[i]) && !strncasecmp(ln->s, t[i], ln->len))
            return true;
    return false;
}

/* The button that closes a list of links: "View All", "See all". */
static bool
closer(const rd_text_line *ln)
{
    static const char *const t[] = {"view all", "see all", "show all", "view more", "see more"};
    return ln->kind == RD_TEXT_PLAIN && line_is(ln, t, sizeof t / sizeof *t);
}

/* A report button: "Report This Article", "Report this post". */
static bool
report_button(const rd_text_line *ln)
{
    return ln->chrome != 0 && ln->len > 7 && !strncasecmp(ln->s, "report ", 7) && ln->words <= 4;
}

/* A label that opens a box of other stories ("More Stories By Jane",
 * "Read Next") over headlines, closed by its "View All" button within a
 * few lines: the headlines are the box's, whatever they look like. No
 * prose stands in such a box. */
static void
closed_box(rd_text_lines *L, size_t i)
{
    size_t lines = 0;
    for (size_t k = i + 1; k < L->n; k++) {
        rd_text_line *x = &L->v[k];
        if (x->kind == RD_TEXT_BLANK)
            continue;
        if (closer(x)) {
            if (lines == 0)
                return;
            for (size_t j = i; j <= k; j++)
                if (L->v[j].kind != RD_TEXT_BLANK)
                    L->v[j].chrome = RD_TEXT_CHROME_LINE;
            return;
        }
        if (++lines > BOX_MAX_LINES || rd_text_line_is_prose(x) || x->kind != RD_TEXT_PLAIN ||
            (x->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
            return;
    }
}

/* A count alone on its line: digits, maybe parted by "," or "." and
 * closed by "K" or "M" ("367", "1,204", "2.5K"). */
static bool
count_alone(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->len == 0 || ln->len > 9 || ln->s[0] < '0' ||
        ln->s[0] > '9')
        return false;
    for (size_t i = 0; i < ln->len; i++) {
        char c = ln->s[i];
        bool last = i + 1 == ln->len;
        if (!((c >= '0' && c <= '9') || c == ',' || c == '.' || (last && (c == 'K' || c == 'M'))))
            return false;
    }
    return true;
}

/* A counter's unit, which a copy may set under its number: "Shares",
 * "Comments", "Views". */
static bool
counter_unit(const rd_text_line *ln)
{
    static const char *const t[] = {"shares",    "comments",  "views",   "likes",
                                    "reactions", "responses", "replies", "reads"};
    return ln->kind == RD_TEXT_PLAIN && line_is(ln, t, sizeof t / sizeof *t);
}

/* Whether the line holds w (lower case), in any case. */
static bool
holds(const rd_text_line *ln, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= ln->len; i++)
        if (!strncasecmp(ln->s + i, w, k))
            return true;
    return false;
}

/* A question about "this" thing of the page: "Was this step helpful?",
 * "Is this tip useful?". */
static bool
asks_of_this(const rd_text_line *ln)
{
    static const char *const opens[] = {"was this ", "is this ", "did you find this "};
    for (size_t i = 0; i < sizeof opens / sizeof *opens; i++)
        if (ln->len > strlen(opens[i]) && !strncasecmp(ln->s, opens[i], strlen(opens[i])))
            return true;
    return false;
}

/* A feedback widget's answer: "Yes", "No". */
static bool
answer_button(const rd_text_line *ln)
{
    static const char *const t[] = {"yes", "no"};
    return ln->kind == RD_TEXT_PLAIN && line_is(ln, t, sizeof t / sizeof *t);
}

/* Most lines past a widget's answers to the prose it stands in: more
 * questions and their buttons. */
#define ANSWER_REACH 8

bool
rd_text_answer_under_question(const rd_text_lines *L, size_t i)
{
    if (!answer_button(&L->v[i]))
        return false;
    bool asked = false;
    for (size_t k = i, answers = 1; k-- > 0;) {
        const rd_text_line *x = &L->v[k];
        if (x->kind == RD_TEXT_BLANK)
            continue;
        if (answer_button(x) && ++answers <= 2)
            continue;
        asked = x->kind == RD_TEXT_PLAIN && x->len && x->s[x->len - 1] == '?';
        break;
    }
    if (!asked)
        return false;
    /* ... inside the text: prose follows, past more questions and their
       buttons (a site's poll after the article, over teasers, is no
       part of it) */
    for (size_t k = i + 1, seen = 0; k < L->n && seen < ANSWER_REACH; k++) {
        const rd_text_line *x = &L->v[k];
        if (x->kind == RD_TEXT_BLANK)
            continue;
        if (rd_text_line_is_prose(x))
            return true;
        if (!answer_button(x) && !(x->kind == RD_TEXT_PLAIN && x->len && x->s[x->len - 1] == '?'))
            return false;
        seen++;
    }
    return false;
}

void
rd_text_boxes_mark(rd_text_lines *L)
{
    for (size_t i = 0; i < L->n; i++) {
        rd_text_line *ln = &L->v[i];
        if ((ln->chrome & 0x0F) == RD_TEXT_CHROME_CUT && ln->kind == RD_TEXT_PLAIN)
            closed_box(L, i);
        /* "367" over "Shares": a counter copied over two lines. */
        if (i + 1 < L->n && count_alone(ln) && counter_unit(&L->v[i + 1]))
            ln->chrome = L->v[i + 1].chrome = RD_TEXT_CHROME_LINE;
        /* A feedback question's buttons under it ("Was this article
         * helpful?" / "Yes" / "No"). */
        if (ln->kind == RD_TEXT_PLAIN && ln->len && ln->s[ln->len - 1] == '?' &&
            (holds(ln, "helpful") || holds(ln, "useful")) &&
            (ln->chrome || (ln->words <= 6 && asks_of_this(ln)))) {
            size_t at[2], seen = 0;
            for (size_t k = i + 1; k < L->n && seen < 2; k++) {
                if (L->v[k].kind == RD_TEXT_BLANK)
                    continue;
                if (!answer_button(&L->v[k]))
                    break;
                at[seen++] = k;
            }
            /* (a question about this step or tip is the widget's only
               over its buttons: a paragraph may answer it) */
            if (ln->chrome || seen == 2)
                for (size_t q = 0; q < seen; q++)
                    L->v[at[q]].chrome = RD_TEXT_CHROME_LINE;
            if (seen == 2)
                ln->chrome = RD_TEXT_CHROME_LINE;
        }
        /* The dialog a report button opens asks its question under it. */
        size_t q = i + 1;
        if (report_button(ln) && q < L->n) {
            rd_text_line *x = &L->v[q];
            if (x->kind == RD_TEXT_PLAIN && x->chrome == 0 && x->words <= 6 && x->len &&
                x->s[x->len - 1] == '?')
                x->chrome = RD_TEXT_CHROME_LINE;
        }
    }
}
