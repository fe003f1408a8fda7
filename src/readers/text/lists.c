/*
 * lists.c - a list copied without its bullets.
 *
 * A browser copies a page's bulleted list as one item a line and leaves
 * the bullets out, so the items read as a run of short one-line
 * paragraphs: too many in a row to be headings, and no sentences. The
 * page says a list comes: a lead-in line of some words ending in a colon
 * ("Here is what I changed this year:") stands right over the run, or a
 * blank line away from it. The run is the consecutive lines after it
 * that are short and end on no punctuation at all (an item is a phrase,
 * not a sentence or a clause running on), two of them at least. Verse
 * after a colon is no list: its lines end on commas and full stops, run
 * on into each other ("and nothing more to ask of" / "the morning"), or
 * end on a short line that is no prose; a run must end at a blank line,
 * the body's end, dropped chrome, another block (a list, a heading's
 * marks) or a line of prose, or at a heading over prose or a list. A
 * short line right over a numbered or bulleted list is that list's label
 * ("Instructions"), not the run's last item. A lead-in that names verse,
 * words said or written, or commands ("the chorus goes like this:"), an
 * address's lines and a table copied one cell a line make no list.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "text_int.h"

#define ITEM_MAX_WORDS 16
#define ITEM_MAX_CPS 100
#define LEAD_MIN_WORDS 3

static bool
is_gap(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_BLANK;
}

/* Does the word at s[0..len) stand alone as one of words? */
static bool
word_is(const char *s, size_t len, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == len && !strncasecmp(s, words[i], len))
            return true;
    return false;
}

/* Small words a phrase does not end on ("nothing more to ask of", "the
 * river and the"), and words a new phrase does not open with in lower
 * case ("and the morning"): such a line runs on into the line next to
 * it (verse, a sentence broken by hand). A preposition may end an item
 * ("a place to fish from", "with the light on"), and "to" or "the" open
 * one ("to build a wall", "the old pier"). */
static const char *const enders[] = {"a",  "an",   "the", "and", "or",  "but",   "nor", "of",
                                     "my", "your", "his", "her", "our", "their", "its", NULL};
static const char *const openers[] = {"and", "or", "but", "nor", "of", "that", NULL};

static bool
runs_on(const rd_text_line *ln)
{
    size_t e = ln->len, b = e;
    while (b > 0 && ln->s[b - 1] != ' ')
        b--;
    if (b > 0 && word_is(ln->s + b, e - b, enders))
        return true;
    size_t f = 0;
    while (f < ln->len && ln->s[f] != ' ')
        f++;
    return islower((unsigned char)ln->s[0]) && f < ln->len && word_is(ln->s, f, openers);
}

/* Words of a lead-in over lines that are no list: verse, a song, what
 * someone said, wrote or asked, a sign's or a note's words, an address,
 * commands to type. */
static const char *const quoting[] = {
    "poem",     "poems",   "verse",    "verses",  "lines",       "chorus",  "refrain", "lyrics",
    "lyric",    "song",    "rhyme",    "prayer",  "reads",       "goes",    "went",    "said",
    "says",     "say",     "saying",   "wrote",   "writes",      "written", "told",    "asked",
    "warned",   "replied", "answered", "address", "addresses",   "sign",    "message", "command",
    "commands", "run",     "type",     "enter",   "inscription", NULL};

static bool
quotes_lines(const rd_text_line *ln)
{
    for (size_t i = 0; i < ln->len;) {
        while (i < ln->len && !isalpha((unsigned char)ln->s[i]))
            i++;
        size_t e = i;
        while (e < ln->len && isalpha((unsigned char)ln->s[e]))
            e++;
        if (e > i && word_is(ln->s + i, e - i, quoting))
            return true;
        i = e;
    }
    return false;
}

static bool
lead_in(const rd_text_line *ln)
{
    return ln->role == RD_TEXT_CONTENT && ln->kind == RD_TEXT_PLAIN && ln->len > 1 &&
           ln->s[ln->len - 1] == ':' && ln->words >= LEAD_MIN_WORDS &&
           !(ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC)) && !quotes_lines(ln);
}

/* A postal address's line: a post box ("PO Box 12"), a postcode ("HX7
 * 8AB") or a ZIP ("OR 97201", "Oregon 97209") closing it, or a house
 * number opening a street ("14 Mill Lane", "1200 NW Naito Parkway"). An
 * item that opens with a number and a capital ("3 Large Eggs") reads
 * the same and is missed: a wrong list is worse than a missed one. */
static bool
address_line(const rd_text_line *ln)
{
    const char *s = ln->s;
    size_t n = ln->len, b = n;
    if (!strncmp(s, "PO Box ", 7) || !strncmp(s, "P.O. Box ", 9) || !strncmp(s, "P O Box ", 8))
        return true;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    size_t w = n - b;
    /* "8AB" after "HX7" */
    if (b >= 3 && w == 3 && isdigit((unsigned char)s[b]) && isupper((unsigned char)s[b + 1]) &&
        isupper((unsigned char)s[b + 2]) && isupper((unsigned char)s[0]))
        return true;
    /* "97201" or "97201-1234" after a state's name or code */
    if (b >= 3 && (w == 5 || (w == 10 && s[b + 5] == '-')) && isupper((unsigned char)s[0])) {
        bool zip = true;
        for (size_t i = b; i < n; i++)
            zip &= isdigit((unsigned char)s[i]) != 0 || i == b + 5;
        if (zip)
            return true;
    }
    /* a house number ("14", "14a", "12-14") and a capitalised word */
    size_t d = 0;
    while (d < n && (isdigit((unsigned char)s[d]) || s[d] == '-'))
        d++;
    if (d == 0 || !isdigit((unsigned char)s[0]))
        return false;
    if (d < n && islower((unsigned char)s[d]) && (d + 1 == n || s[d + 1] == ' '))
        d++;
    return d + 1 < n && s[d] == ' ' && isupper((unsigned char)s[d + 1]);
}

/* A table's cell alone on its line: a number with at most a unit and a
 * bracket after it ("41.5 min", "12.0 min (-71%)", "$4,200"). */
static bool
number_cell(const rd_text_line *ln)
{
    unsigned char c = (unsigned char)ln->s[0];
    if (!(isdigit(c) || c == '$' || c == '-' || c == '+' || c == 0xC2 || c == 0xE2))
        return false;
    size_t words = 0;
    bool in_word = false, paren = false;
    for (size_t i = 0; i < ln->len; i++) {
        char x = ln->s[i];
        paren = x == '(' ? true : x == ')' ? false : paren;
        if (!paren && isalpha((unsigned char)x) && !in_word)
            words++;
        in_word = isalpha((unsigned char)x) != 0;
    }
    return words <= 1;
}

/* Is the run [first, j) a table copied one cell a line? A third of its
 * lines at least are number cells, and the other lines, from the last
 * back, come at one stride of two or more (a row's label and its
 * numbers: "Trawlers" / "41.5 min" / "12.0 min"), a header row of words
 * over them ("Vessel" / "Before" / "After") counting as one. Or a table
 * of word cells: short lines, two at least the same as one a few lines
 * on ("Yes", "No"), as the items of a list are not. */
static bool
table_cells(const rd_text_lines *L, size_t first, size_t j)
{
    size_t nums = 0, labels = 0, stride = 0, last = j;
    bool even = true;
    for (size_t i = j; i-- > first;) {
        if (number_cell(&L->v[i])) {
            nums++;
            continue;
        }
        if (even && last < j) {
            if (!stride)
                stride = last - i;
            else if (last - i != stride) {
                even = false;
                /* (the header: one row of words, right over the rows) */
                bool header = stride >= 2 && last - first == stride;
                for (size_t h = first; header && h < last; h++)
                    header = !number_cell(&L->v[h]);
                labels += header;
            }
        }
        if (even) {
            last = i;
            labels++;
        }
    }
    if (nums * 3 >= j - first && stride >= 2 && labels >= 3)
        return true;
    size_t same = 0;
    for (size_t a = first; a < j; a++) {
        if (L->v[a].words > 3)
            return false;
        for (size_t b = a + 1; b < j && b <= a + 12; b++)
            if (L->v[a].len == L->v[b].len && !memcmp(L->v[a].s, L->v[b].s, L->v[a].len)) {
                same++;
                break;
            }
    }
    return j - first >= 6 && same >= 2;
}

/* A mark of a program, a shell session or a protocol's lines ("$ hg
 * update", "#include <x.h>", "HTTP/1.1 200 OK", "Origin: *"): a listing
 * copied one line a line, no list. */
static bool
code_mark(const rd_text_line *ln)
{
    for (uint32_t k = 0; k < ln->len; k++) {
        char c = ln->s[k];
        if (strchr("{}[];=<>$#\\|*^~`", c) ||
            (c == '/' && k + 1 < ln->len &&
             (ln->s[k + 1] == '/' || isdigit((unsigned char)ln->s[k + 1]))))
            return true;
    }
    return false;
}

static bool
item_like(const rd_text_line *ln)
{
    return ln->role == RD_TEXT_CONTENT && ln->kind == RD_TEXT_PLAIN && ln->chrome == 0 &&
           ln->words >= 1 && ln->words <= ITEM_MAX_WORDS && ln->cps <= ITEM_MAX_CPS &&
           !(ln->flags &
             (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND | RD_TEXT_F_QUESTION | RD_TEXT_F_PRE |
              RD_TEXT_F_TABLE | RD_TEXT_F_TOC | RD_TEXT_F_VERSE | RD_TEXT_F_ITEM)) &&
           rd_text_line_has_letter(ln) && !runs_on(ln);
}

static bool
marked_list(const rd_text_line *ln)
{
    return ln->role == RD_TEXT_CONTENT &&
           (ln->kind == RD_TEXT_BULLET || ln->kind == RD_TEXT_ORDERED);
}

/* The first line from i on that is not blank, or `to`. */
static size_t
next_line(const rd_text_lines *L, size_t i, size_t to)
{
    while (i < to && is_gap(&L->v[i]))
        i++;
    return i;
}

/* May a run of items end right before line j? */
static bool
ends_run(const rd_text_lines *L, size_t j, size_t to)
{
    if (j >= to)
        return true;
    const rd_text_line *ln = &L->v[j];
    /* (a line dropped from among the items, "30 min" taken for a
       reading time, leaves the run's shape unknown) */
    if (!is_gap(ln) && ln->role == RD_TEXT_DROP && j + 1 < to && item_like(&L->v[j + 1]))
        return false;
    if (is_gap(ln) || ln->role != RD_TEXT_CONTENT || ln->kind != RD_TEXT_PLAIN ||
        (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
        return true;
    if (rd_text_line_is_prose(ln))
        return true;
    if (!rd_text_line_is_heading_like(ln))
        return false;
    size_t n = next_line(L, j + 1, to);
    return n < to && (rd_text_line_is_prose(&L->v[n]) || marked_list(&L->v[n]));
}

static bool
capital(const rd_text_line *ln)
{
    unsigned char c = (unsigned char)ln->s[0];
    return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

/* Every word of four letters or more opens with a capital, and two
 * words at least do: "Tips for a Longer Life", not "Move the fish
 * market". */
static bool
title_cased(const rd_text_line *ln)
{
    size_t caps = 0;
    for (size_t i = 0; i < ln->len; i++) {
        if (i > 0 && ln->s[i - 1] != ' ')
            continue;
        size_t e = i;
        while (e < ln->len && ln->s[e] != ' ')
            e++;
        if (ln->s[i] >= 'A' && ln->s[i] <= 'Z')
            caps++;
        else if (e - i >= 4 && ln->s[i] >= 'a' && ln->s[i] <= 'z')
            return false;
    }
    return caps >= 2;
}

/* A word and a number: "Step 1", "Part 2", "Day 3". */
static bool
numbered_label(const rd_text_line *ln)
{
    if (ln->words != 2 || !capital(ln))
        return false;
    size_t i = ln->len;
    while (i > 0 && ln->s[i - 1] >= '0' && ln->s[i - 1] <= '9')
        i--;
    return i < ln->len && i > 1 && ln->s[i - 1] == ' ';
}

/* Is the last line of the run [first, j) a heading glued under the list,
 * with prose under it? Its shape tells it from the items: a capital
 * under items that all open in lower case, Title Case under items that
 * are not in it, or a numbered step's label ("Step 1"). */
static bool
heading_after(const rd_text_lines *L, size_t first, size_t j, size_t to)
{
    const rd_text_line *last = &L->v[j - 1];
    size_t n = next_line(L, j, to);
    if (n >= to || L->v[n].role != RD_TEXT_CONTENT || !rd_text_line_is_prose(&L->v[n]))
        return false;
    bool lower = true, titles = false, numbered = false;
    for (size_t i = first; i + 1 < j; i++) {
        lower &= !capital(&L->v[i]);
        titles |= title_cased(&L->v[i]);
        numbered |= numbered_label(&L->v[i]);
    }
    return (lower && capital(last)) || (!titles && title_cased(last)) ||
           (!numbered && numbered_label(last));
}

void
rd_text_bare_lists(rd_text_lines *L, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        if (!lead_in(&L->v[k]))
            continue;
        size_t first = k + 1;
        if (first < to && is_gap(&L->v[first]))
            first++;
        size_t j = first;
        while (j < to && item_like(&L->v[j]))
            j++;
        /* (a short line over a marked list labels it; a last line set
           otherwise than the items, over prose, heads the next section) */
        if (j < to && j > first && marked_list(&L->v[j]))
            j--;
        else if (j - first >= 3 && heading_after(L, first, j, to))
            j--;
        if (j - first < 3 || !ends_run(L, j, to))
            continue;
        /* (short lines right over a table are its caption; code marks in
           any line make the run a listing) */
        if (j < to && (L->v[j].flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
            continue;
        bool code = false;
        for (size_t i = first; i < j && !code; i++)
            code = code_mark(&L->v[i]) || address_line(&L->v[i]);
        if (code || table_cells(L, first, j))
            continue;
        for (size_t i = first; i < j; i++) {
            L->v[i].kind = RD_TEXT_BULLET;
            L->v[i].delim = '-';
            L->v[i].flags |= RD_TEXT_F_ITEM;
        }
        k = j - 1;
    }
}
