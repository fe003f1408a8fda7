/*
 * lines.c - split plain text into measured lines, within caps.
 *
 * One pass over the text: each line is trimmed of white space (including
 * no-break and zero-width spaces, which web copies are full of), its list,
 * quote or rule marker is recognised, and the figures later passes need are
 * taken once: code points, words, the first word's width and how the line
 * ends. The caps (RD_TEXT_MAX_LINE bytes a line, RD_TEXT_MAX_WORD bytes a
 * word) are checked while scanning, so a 50 MB file with no newline costs
 * one bounded scan and an error, not a 50 MB paragraph.
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

/* Space for trimming: Unicode spaces plus zero-width space and BOM. */
static bool
is_trim_space(uint32_t cp)
{
    return utf8_is_space(cp) || cp == 0x200B || cp == 0xFEFF || cp == 0x2060;
}

/* Bytes of a space code point at s (0 if none), reading forwards. */
static size_t
space_at(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || c == '\t')
        return 1;
    if (c < 0x80)
        return 0;
    uint32_t cp;
    size_t k = utf8_decode(s, len, &cp);
    return k && is_trim_space(cp) ? k : 0;
}

/* Bytes of a space code point ending at s+len (0 if none), reading backwards. */
static size_t
space_before(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[len - 1];
    if (c == ' ' || c == '\t')
        return 1;
    if (c < 0x80)
        return 0;
    size_t k = 1;
    while (k < 4 && k < len && ((unsigned char)s[len - k] & 0xC0) == 0x80)
        k++;
    uint32_t cp;
    if (utf8_decode(s + len - k, k, &cp) != k)
        return 0;
    return is_trim_space(cp) ? k : 0;
}

/* The code point that ends s[0..len), and where it starts. */
static uint32_t
last_cp(const char *s, size_t len, size_t *start)
{
    size_t k = 1;
    while (k < 4 && k < len && ((unsigned char)s[len - k] & 0xC0) == 0x80)
        k++;
    uint32_t cp;
    if (utf8_decode(s + len - k, k, &cp) != k) {
        *start = len - 1;
        return (unsigned char)s[len - 1];
    }
    *start = len - k;
    return cp;
}

static bool
is_closer(uint32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
           cp == 0x00BB || cp == '*' || cp == '_';
}

/* Flags for how the text ends, looking through closing quotes and brackets. */
static uint8_t
end_flags(const char *s, size_t len)
{
    size_t n = len;
    for (int guard = 0; n > 0 && guard < 4; guard++) {
        size_t st;
        uint32_t cp = last_cp(s, n, &st);
        if (is_closer(cp)) {
            n = st;
            continue;
        }
        switch (cp) {
        case '.':
        case 0x2026: /* … */
        case 0x3002: /* 。 */
        case 0xFF0E: /* ． */
            return RD_TEXT_F_SENTENCE;
        case '!':
        case '?':
        case 0xFF01: /* ！ */
        case 0xFF1F: /* ？ */
            return RD_TEXT_F_SENTENCE | RD_TEXT_F_QUESTION;
        case ',':
        case ';':
        case ':':
        case '-':
        case 0x2013:
        case 0x2014:
            return RD_TEXT_F_SOFTEND;
        default:
            return 0;
        }
    }
    return 0;
}

/* The last word of s[0..len) is an initialism of two letters or more,
 * each with its stop: "U.S.", "N.Y.C.". */
static bool
ends_with_initialism(const char *s, size_t len)
{
    size_t st = len;
    while (st > 0 && s[st - 1] != ' ')
        st--;
    size_t k = st, letters = 0;
    while (k + 1 < len && ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z')) &&
           s[k + 1] == '.')
        k += 2, letters++;
    return k == len && letters >= 2;
}

/* Headline case: a capital opens every word of four letters or more but
 * one in four at most; short words ("and", "the", "in") may be lower
 * case ("Havoc on What's Underneath N.Y.C."). Running prose has long
 * words in lower case, German included. Four such words at least. */
static bool
headline_cased(const char *s, size_t len)
{
    size_t caps = 0, counted = 0;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && s[i - 1] != ' ')
            continue;
        size_t e = i;
        while (e < len && s[e] != ' ')
            e++;
        bool upper = s[i] >= 'A' && s[i] <= 'Z';
        if (upper || (e - i >= 4 && s[i] >= 'a' && s[i] <= 'z'))
            counted++, caps += upper;
    }
    return counted >= 4 && caps * 4 >= counted * 3;
}

/* A thematic break: three or more of one of * - _ = ~ (spaces allowed);
 * *mark receives the character. */
static bool
is_rule(const char *s, size_t len, char *mark_out)
{
    char mark = 0;
    int count = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t')
            continue;
        if (!strchr("*-_=~", c) || (mark && c != mark))
            return false;
        mark = c;
        count++;
    }
    *mark_out = mark;
    return count >= 3;
}

/* Bytes of a bullet marker at s ("- ", "• ", ...), 0 if none. */
static size_t
bullet_marker(const char *s, size_t len)
{
    size_t k = 0;
    if (len >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+'))
        k = 1;
    else if (len >= 4 && (unsigned char)s[0] == 0xE2) {
        uint32_t cp;
        size_t n = utf8_decode(s, len, &cp);
        /* • ‣ ◦ ▪ – */
        if (n && (cp == 0x2022 || cp == 0x2023 || cp == 0x25E6 || cp == 0x25AA || cp == 0x2013))
            k = n;
    }
    if (!k || k >= len || (s[k] != ' ' && s[k] != '\t'))
        return 0;
    return k;
}

/* Bytes of a "## " heading marker (1-6 '#' and a space), 0 if none. */
static size_t
hash_marker(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && i < 7 && s[i] == '#')
        i++;
    if (i == 0 || i > 6 || i >= len || (s[i] != ' ' && s[i] != '\t'))
        return 0;
    return i + 1;
}

/* Bytes of an ordered marker at s ("1. ", "12) "), 0 if none. */
static size_t
ordered_marker(const char *s, size_t len, uint32_t *num, char *delim)
{
    size_t i = 0;
    uint32_t v = 0;
    while (i < len && i < 3 && s[i] >= '0' && s[i] <= '9')
        v = v * 10 + (uint32_t)(s[i++] - '0');
    if (i == 0 || i + 1 >= len || (s[i] != '.' && s[i] != ')') ||
        (s[i + 1] != ' ' && s[i + 1] != '\t'))
        return 0;
    *num = v;
    *delim = s[i];
    return i + 1;
}

/* After an ordered marker "24. ", a month written as a word and a year
 * (dt, found from the line's start s): the marker's number was the
 * date's day when the line is a post's meta row ("24. M\xc3\xa4rz 2004,
 * 19:49 | jdoe": past the time and a separator, two words at most) or a
 * sentence. "3. March of the penguins" has no year in its date and stays
 * an item; so does a timeline's entry ("9. November 1989 | Die Mauer
 * f\xc3\xa4llt"), one of a list. */
static bool
day_month_year(const char *s, size_t len, size_t k, const rd_text_date *dt, uint32_t day)
{
    size_t m = k;
    while (m < len && (s[m] == ' ' || s[m] == '\t'))
        m++;
    if (m >= len || !((s[m] >= 'A' && s[m] <= 'Z') || (unsigned char)s[m] >= 0xC0) || !dt->year ||
        !dt->month || dt->day != (int)day)
        return false;
    size_t e = len;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\r'))
        e--;
    if (e > 0 && strchr(".!?", s[e - 1]))
        return true;
    size_t i = dt->end;
    while (i < e && (s[i] == ' ' || s[i] == ','))
        i++;
    size_t d = i;
    while (i < e && ((s[i] >= '0' && s[i] <= '9') || s[i] == ':'))
        i++;
    if (i > d && !memchr(s + d, ':', i - d))
        i = d; /* no time of day */
    while (i < e && (s[i] == ' ' || s[i] == ','))
        i++;
    if (e - i >= 3 && !strncmp(s + i, "Uhr", 3))
        i += 3;
    size_t words = 0;
    while (i < e) {
        while (i < e && s[i] == ' ')
            i++;
        size_t t = i;
        while (i < e && s[i] != ' ')
            i++;
        /* A separator alone: | : - or a dot, dash or bullet. */
        bool sep = (i - t == 1 && strchr("|:-", s[t])) ||
                   (i - t == 2 && (unsigned char)s[t] == 0xC2 && (unsigned char)s[t + 1] == 0xB7) ||
                   (i - t == 3 && (unsigned char)s[t] == 0xE2 && (unsigned char)s[t + 1] == 0x80);
        words += i > t && !sep;
    }
    return words <= 2;
}

/* Length of s without reference markers at its end ("... country.[1]",
 * "... beams.[3][4]"), so the full stop before them is seen. */
static size_t
len_before_refs(const char *s, size_t len)
{
    for (int guard = 0; guard < 4 && len > 3 && s[len - 1] == ']'; guard++) {
        size_t i = len - 2, n = 0;
        while (i > 0 && n < 3 && ((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'z')))
            i--, n++;
        if (n == 0 || s[i] != '[' || i == 0)
            break;
        len = i;
    }
    return len;
}

/* One part of a writer's or an agency's tag: a capital letter ("I"),
 * small letters ("dpa", "lnw") or two to four capitals ("AFP", "EFE").
 * A word set as a badge ("Video", "VIDEO", "Updated", "Review") is none. */
static bool
tag_part(const char *s, size_t n)
{
    size_t low = 0, up = 0;
    for (size_t i = 0; i < n; i++) {
        low += s[i] >= 'a' && s[i] <= 'z';
        up += s[i] >= 'A' && s[i] <= 'Z';
    }
    return n && (low == n || (up == n && n <= 4));
}

/* Length of s without the tag in brackets that closes a news story
 * after its last sentence: the writer's or the agency's ("... in Radio
 * Centro. (I)", "... on Monday. (dpa)", "... said. (AFP/lnw)"); 0 if
 * there is none. Parts of tag_part's shape joined by slashes, eight
 * words or more before it (a paragraph's line, not a headline or a
 * link's label: "Budget summary. (PDF)"), and a full stop, "!" or "?"
 * (or a quote closing one) right before the space. */
static size_t
len_before_tag(const char *s, size_t len, size_t words)
{
    if (words < 9 || len < 6 || s[len - 1] != ')')
        return 0;
    size_t i = len - 1;
    while (i > 0 && len - 1 - i <= 12) {
        char c = s[i - 1];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/'))
            break;
        i--;
    }
    /* s[i] is the tag's first byte; a bracket and a space before it */
    if (i < 3 || i == len - 1 || s[i - 1] != '(' || s[i - 2] != ' ')
        return 0;
    for (size_t p = i, q; p < len - 1; p = q + 1) {
        q = p;
        while (q < len - 1 && s[q] != '/')
            q++;
        if (!tag_part(s + p, q - p))
            return 0;
    }
    char end = s[i - 3];
    bool closed = end == '.' || end == '!' || end == '?' || end == '"' ||
                  (i >= 5 && (unsigned char)s[i - 5] == 0xE2 && (unsigned char)s[i - 4] == 0x80 &&
                   (unsigned char)s[i - 3] == 0x9D); /* a closing quote's last byte */
    return closed ? i - 2 : 0;
}

/* A line set between two vertical box-drawing bars, tight against its
 * text and with no other box-drawing character: "│2019年02月13日 Jane
 * Marsh│", as blogs frame a post's date and author. The bars are
 * decoration; a drawn table's row pads its cells and has more bars. */
static bool
framed(const char *s, size_t len)
{
    if (len < 8 || (unsigned char)s[0] != 0xE2 || (unsigned char)s[1] != 0x94 ||
        ((unsigned char)s[2] != 0x82 && (unsigned char)s[2] != 0x83) ||
        memcmp(s, s + len - 3, 3) != 0 || s[3] == ' ' || s[len - 4] == ' ')
        return false;
    for (size_t i = 3; i + 3 < len; i++)
        if ((unsigned char)s[i] == 0xE2 && ((unsigned char)s[i + 1] == 0x94 ||
                                            (unsigned char)s[i + 1] == 0x95))
            return false;
    return true;
}

void
rd_text_line_measure(rd_text_line *ln, const char *s, size_t len, uint16_t indent)
{
    ln->indent = indent;
    ln->kind = len ? RD_TEXT_PLAIN : RD_TEXT_BLANK;
    ln->flags = 0;
    ln->ordinal = 0;
    ln->delim = 0;
    if (len) {
        size_t k;
        if (s[0] == '>') {
            ln->kind = RD_TEXT_QUOTE;
            k = 1;
        } else if (is_rule(s, len, &ln->delim)) {
            ln->kind = RD_TEXT_RULE;
            k = 0;
        } else if ((k = hash_marker(s, len)) != 0) {
            ln->kind = RD_TEXT_HASH;
            ln->ordinal = (uint32_t)(k - 1);
            /* Closing hashes ("## Title ##") are decoration. */
            while (len > k && (s[len - 1] == '#' || s[len - 1] == ' '))
                len--;
        } else if ((k = bullet_marker(s, len)) != 0) {
            ln->kind = RD_TEXT_BULLET;
            ln->delim = s[0];
        } else if ((k = ordered_marker(s, len, &ln->ordinal, &ln->delim)) != 0) {
            rd_text_date dt;
            /* "12. März 2024" is a German date, not item 12; so is it
             * opening a post's meta row ("24. März 2004, 19:49 | Jane"):
             * the day's number, the month's name and a year. */
            if (ln->delim == '.' && rd_text_date_find(s, len, NULL, &dt) && dt.start == 0 &&
                (dt.whole || day_month_year(s, len, k, &dt, ln->ordinal)))
                k = 0;
            else
                ln->kind = RD_TEXT_ORDERED;
        }
        s += k;
        len -= k;
        size_t sp;
        while (len && (sp = space_at(s, len)) != 0) {
            s += sp;
            len -= sp;
        }
        if (ln->kind == RD_TEXT_PLAIN && framed(s, len)) {
            s += 3;
            len -= 6;
        }
    }
    ln->s = s;
    ln->len = (uint32_t)len;
    uint32_t cps = 0, words = 0, first = 0;
    bool in_word = false, first_done = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) != 0x80)
            cps++;
        bool sp = c == ' ' || c == '\t';
        if (sp) {
            if (in_word)
                first_done = true;
            in_word = false;
        } else {
            if (!in_word)
                words++;
            in_word = true;
            if (!first_done && (c & 0xC0) != 0x80)
                first++;
        }
    }
    ln->cps = cps;
    ln->words = words > 0xFFFF ? 0xFFFF : (uint16_t)words;
    ln->first_word = first > 0xFFFF ? 0xFFFF : (uint16_t)first;
    if (len)
        ln->flags = end_flags(s, len_before_refs(s, len));
    /* A story's last sentence and its closing tag: the body reads the
     * sentence's end, while a headline with a badge stays a headline. */
    size_t tagged = len ? len_before_tag(s, len, words) : 0;
    if (tagged && (end_flags(s, tagged) & RD_TEXT_F_SENTENCE))
        ln->flags |= RD_TEXT_F_TAGGED;
    /* A headline ending in an initialism ("Winter Wreaks Havoc on N.Y.C.")
     * ends with the initialism's stop, not a sentence's. */
    if ((ln->flags & RD_TEXT_F_SENTENCE) && !(ln->flags & RD_TEXT_F_QUESTION) &&
        ends_with_initialism(s, len) && headline_cased(s, len))
        ln->flags &= (uint16_t)~RD_TEXT_F_SENTENCE;
    if (ln->kind == RD_TEXT_QUOTE && !len)
        ln->flags = 0;
}

/* Length of s without an encyclopedia's section edit link at its end
 * ("History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]",
 * "Histoire[modifier | modifier le code]", "Historia[editar]"). */
static size_t
cut_edit_link(const char *s, size_t len)
{
    if (len < 4 || s[len - 1] != ']')
        return len;
    size_t open = len - 1;
    while (open > 0 && s[open] != '[' && len - open < 48)
        open--;
    if (s[open] != '[' || open == 0)
        return len;
    static const char *const words[] = {"edit", "bearbeiten", "modifier", "editar", "modifica"};
    const char *w = s + open + 1;
    size_t wl = len - open - 2;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t k = strlen(words[i]);
        if (wl >= k && strncasecmp(w, words[i], k) == 0 &&
            (wl == k || w[k] == ' ' || w[k] == '|')) {
            while (open > 0 && (s[open - 1] == ' ' || s[open - 1] == '\t'))
                open--;
            return open;
        }
    }
    return len;
}

void
rd_text_line_cut(rd_text_line *ln, size_t len)
{
    /* A marker's line is measured again from the indentation's end, so
     * that the marker is read as before; a plain line from its text, so
     * that a box's frame ("|By Jane DoeNext post|") stays off it. */
    const char *s = ln->raw;
    size_t sp;
    if (ln->kind == RD_TEXT_PLAIN)
        s = ln->s;
    while (s < ln->s && (sp = space_at(s, (size_t)(ln->s - s))) != 0)
        s += sp;
    rd_text_line_measure(ln, s, (size_t)(ln->s + len - s), ln->indent);
    ln->chrome = ln->len ? (uint8_t)rd_text_chrome_kind(ln->s, ln->len) : 0;
    if (ln->len && rd_text_is_breadcrumb(ln->s, ln->len))
        ln->chrome |= RD_TEXT_CRUMB;
}

bool
rd_text_line_is_copyright(const rd_text_line *ln)
{
    return (ln->len >= 9 && strncasecmp(ln->s, "copyright", 9) == 0) ||
           (ln->len >= 3 && strncasecmp(ln->s, "(c)", 3) == 0) ||
           (ln->len >= 2 && (unsigned char)ln->s[0] == 0xC2 && (unsigned char)ln->s[1] == 0xA9);
}

/* A count of comments alone on its line, as it heads the comments
 * under a form: "3 commentaires", "12 Comments", "5 Kommentare". */
bool
rd_text_comment_count(const rd_text_line *ln)
{
    size_t i = 0;
    while (i < ln->len && ln->s[i] >= '0' && ln->s[i] <= '9')
        i++;
    if (!i || i + 1 >= ln->len || ln->s[i] != ' ' || ln->words != 2)
        return false;
    const char *w = ln->s + i + 1;
    size_t n = ln->len - i - 1;
    /* The word whole, in the number's form: "3 Commentary" heads a
     * numbered section, "5 Comment" too. 0 takes either ("0 commentaire"). */
    static const char *const one[] = {"comment", "kommentar", "commentaire", "comentario"};
    static const char *const many[] = {"comments", "kommentare", "commentaires", "comentarios"};
    if (n > 1 && w[n - 1] == ':')
        n--; /* "2 comments:" over the thread */
    bool single = i == 1 && (ln->s[0] == '0' || ln->s[0] == '1');
    bool plural = !(i == 1 && ln->s[0] == '1');
    for (size_t k = 0; k < sizeof one / sizeof *one; k++)
        if ((single && strlen(one[k]) == n && !strncasecmp(w, one[k], n)) ||
            (plural && strlen(many[k]) == n && !strncasecmp(w, many[k], n)))
            return true;
    return false;
}

/* Line x opens a hard-wrapped paragraph: plain text that stops
 * mid-sentence and goes on in lower case on line y. */
static bool
wrapped_start(const rd_text_line *x, const rd_text_line *y)
{
    return x->kind == RD_TEXT_PLAIN && x->chrome == 0 && x->words >= 3 &&
           !(x->flags & RD_TEXT_F_SENTENCE) && y->kind == RD_TEXT_PLAIN && y->len &&
           y->s[0] >= 'a' && y->s[0] <= 'z';
}

/* Is the text hard-wrapped: hardly a line of 40 characters or more
 * past 100, and most such lines running on into the next? Text copied
 * from a page has a line per paragraph instead, and its menus and lists
 * of headlines are lines of their own. */
static bool
hard_wrapped(const rd_text_line *v, size_t n, uint32_t *width)
{
    size_t mid = 0, longl = 0, pairs = 0;
    *width = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i].kind != RD_TEXT_PLAIN || v[i].cps < 40)
            continue;
        if (v[i].cps > 100) {
            longl++;
            continue;
        }
        mid++;
        if (v[i].cps > *width)
            *width = v[i].cps;
        pairs += i + 1 < n && v[i + 1].kind == RD_TEXT_PLAIN && v[i + 1].len;
    }
    return longl * 10 <= mid + longl && pairs >= 2 && pairs * 2 >= mid;
}

int
rd_text_lines_split(arena *a, diag_list *d, const char *path, const char *text, size_t len,
                    rd_text_lines *out)
{
    /* Count lines first so the array is allocated once. */
    size_t n = 1;
    for (const char *p = text, *e = text + len; (p = memchr(p, '\n', (size_t)(e - p))) != NULL;
         p++)
        n++;
    if (n > RD_TEXT_MAX_LINES) {
        diag_error(d, path, RD_TEXT_MAX_LINES + 1, 1,
                   "more than %u lines; too long for one article", RD_TEXT_MAX_LINES);
        return -1;
    }
    rd_text_line *v = arena_alloc(a, n * sizeof(*v));
    size_t count = 0;
    const char *p = text, *end = text + len;
    uint32_t lineno = 1;
    while (p < end || count == 0) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t ll = (size_t)((nl ? nl : end) - p);
        /* Check the caps on at most RD_TEXT_MAX_LINE + 1 bytes. */
        size_t scan = ll > RD_TEXT_MAX_LINE ? RD_TEXT_MAX_LINE + 1 : ll;
        size_t word = 0;
        for (size_t i = 0; i < scan; i++) {
            if (p[i] == ' ' || p[i] == '\t') {
                word = 0;
            } else if (++word > RD_TEXT_MAX_WORD) {
                diag_error(d, path, lineno, (uint32_t)(i - word + 2),
                           "a word longer than %u KiB (words in plain text are capped at "
                           "%u KiB); is this really a text file?",
                           RD_TEXT_MAX_WORD / 1024, RD_TEXT_MAX_WORD / 1024);
                return -1;
            }
        }
        if (ll > RD_TEXT_MAX_LINE) {
            diag_error(d, path, lineno, 1,
                       "line longer than %u KiB (lines in plain text are capped at %u KiB); "
                       "is this really a text file?",
                       RD_TEXT_MAX_LINE / 1024, RD_TEXT_MAX_LINE / 1024);
            return -1;
        }
        const char *s = p, *e = p + ll;
        uint32_t indent = 0;
        size_t sp;
        while (s < e && (sp = space_at(s, (size_t)(e - s))) != 0) {
            indent += *s == '\t' ? 4 : 1;
            s += sp;
        }
        while (e > s && (sp = space_before(s, (size_t)(e - s))) != 0)
            e -= sp;
        if (e > s)
            e = s + cut_edit_link(s, (size_t)(e - s));
        rd_text_line *ln = &v[count++];
        ln->raw = p;
        ln->raw_len = (uint32_t)(ll && p[ll - 1] == '\r' ? ll - 1 : ll);
        ln->lineno = lineno;
        ln->role = RD_TEXT_CONTENT;
        rd_text_line_measure(ln, s, (size_t)(e - s), indent > 0xFFFF ? 0xFFFF : (uint16_t)indent);
        /* Chrome is looked up once here; later passes read the field. */
        ln->chrome = 0;
        if (ln->len) {
            ln->chrome = (uint8_t)rd_text_chrome_kind(ln->s, ln->len);
            if (rd_text_is_breadcrumb(ln->s, ln->len))
                ln->chrome |= RD_TEXT_CRUMB;
        }
        lineno++;
        if (!nl)
            break;
        p = nl + 1;
    }
    /* A line that carries on the sentence of a full line above ("... granted
     * for the term of" / "copyright on the Program, and are irrevocable")
     * is part of a paragraph, whatever a chrome word it opens with (a
     * site's address under a title starts in lower case too, but is one
     * word under a short line). */
    for (size_t i = 1; i < count; i++) {
        const rd_text_line *up = &v[i - 1];
        rd_text_line *ln = &v[i];
        if (ln->chrome == RD_TEXT_CHROME_LINE && ln->len && ln->s[0] >= 'a' && ln->s[0] <= 'z' &&
            ln->words >= 3 && up->kind != RD_TEXT_BLANK && up->chrome == 0 && up->cps >= 40 &&
            !(up->flags & RD_TEXT_F_SENTENCE) && up->s[up->len - 1] != ':' &&
            ln->indent <= up->indent + 1)
            ln->chrome = 0;
    }
    /* In a document set in fixed columns (hardly a line past 100), a line
     * centred on its own between blank lines, as plain-text documents set
     * their headings ("TERMS AND CONDITIONS"), is a heading, not the footer
     * link of the same words. (A page's copy may indent its buttons deep,
     * but its lines run long.) */
    size_t filled = 0, wide = 0;
    uint32_t cols = 0;
    for (size_t i = 0; i < count; i++) {
        if (v[i].kind == RD_TEXT_BLANK)
            continue;
        uint32_t w = v[i].indent + v[i].cps;
        filled++;
        if (w > 100)
            wide++;
        else if (w > cols)
            cols = w;
    }
    rd_text_glued_post_lines(v, count, wide * 20 <= filled);
    for (size_t i = 0; wide * 20 <= filled && i < count; i++) {
        rd_text_line *ln = &v[i];
        int32_t mid = (int32_t)ln->indent * 2 + (int32_t)ln->cps - (int32_t)cols;
        if (ln->chrome == RD_TEXT_CHROME_LINE && ln->indent >= 10 && mid >= -12 && mid <= 12 &&
            (i == 0 || v[i - 1].kind == RD_TEXT_BLANK) &&
            (i + 1 == count || v[i + 1].kind == RD_TEXT_BLANK))
            ln->chrome = 0;
    }
    /* In such a document, a copyright line over a hard-wrapped notice
     * ("Copyright (C) 2019 A" / "Anyone may copy this document, but" /
     * "not change it.") is the document's own notice, not a site's footer,
     * whose copyright line stands alone or over links. */
    for (size_t i = 0; wide * 20 <= filled && i + 2 < count; i++)
        if (v[i].chrome == RD_TEXT_CHROME_LINE && rd_text_line_is_copyright(&v[i]) &&
            wrapped_start(&v[i + 1], &v[i + 2]))
            v[i].chrome = 0;
    /* "X", the service Twitter became, among share buttons ("Facebook /
     * X / LinkedIn"): a button too. Alone it may be a section's roman
     * ten. */
    for (size_t i = 1; i + 1 < count; i++) {
        if (v[i].len != 1 || v[i].s[0] != 'X' || v[i].chrome)
            continue;
        size_t up = i - 1, q = i + 1;
        if (v[up].kind == RD_TEXT_BLANK && up > 0)
            up--;
        if (v[q].kind == RD_TEXT_BLANK && q + 1 < count)
            q++;
        if (v[up].chrome == RD_TEXT_CHROME_LINE && v[q].chrome == RD_TEXT_CHROME_LINE &&
            v[up].words <= 3 && v[q].words <= 3)
            v[i].chrome = RD_TEXT_CHROME_LINE;
    }
    /* One of the page's buttons worded as a command alone on its line
     * ("Artikel empfehlen:") is chrome glued to other chrome ("Diese
     * Seite drucken Diese Seite per Email verschicken.", "\xc2\xa9
     * privat"). Under a line ending with a colon it is a list's item
     * ("The answers:" / "Print this article"), between paragraphs or
     * blank lines a heading ("Send to a friend"): text. The chrome read
     * here is the lines' own, so that such buttons listed together do
     * not make each other chrome. */
    for (size_t i = 0; i < count; i++) {
        if (v[i].chrome || !v[i].len || !rd_text_is_page_action(v[i].s, v[i].len))
            continue;
        const rd_text_line *up = i > 0 && v[i - 1].kind != RD_TEXT_BLANK ? &v[i - 1] : NULL;
        const rd_text_line *dn = i + 1 < count && v[i + 1].kind != RD_TEXT_BLANK ? &v[i + 1] : NULL;
        if (up && up->len && up->s[up->len - 1] == ':')
            continue;
        if ((up && up->chrome && !rd_text_is_page_action(up->s, up->len)) ||
            (dn && dn->chrome && !rd_text_is_page_action(dn->s, dn->len)))
            v[i].chrome = RD_TEXT_CHROME_LINE;
    }
    /* A label of picks ("Editors recommend") heads a list of other
     * stories' titles; over a paragraph of prose ("Experts recommend" over
     * what they advise), or over a list the article's prose goes on
     * after ("Doctors recommend" / "- Rest every hour" / a paragraph), it
     * is the article's own heading. */
    for (size_t i = 0; i < count; i++) {
        if (v[i].chrome != RD_TEXT_CHROME_CUT || !rd_text_is_picks_label(v[i].s, v[i].len))
            continue;
        size_t j = i + 1;
        while (j < count && v[j].kind == RD_TEXT_BLANK)
            j++;
        while (j < count && (v[j].kind == RD_TEXT_BULLET || v[j].kind == RD_TEXT_ORDERED ||
                             v[j].kind == RD_TEXT_BLANK))
            j++;
        if (j < count && (rd_text_line_is_prose(&v[j]) || v[j].words > 20))
            v[i].chrome = 0;
    }
    /* A comment form's label set as a heading, a blank line over it,
     * with no chrome next to it ("Add a comment" between a tutorial's
     * paragraphs), heads the text's own section; the form's stands by
     * the comments' count or buttons, or glued under the post's last
     * line. */
    for (size_t i = 0; i < count; i++) {
        if (v[i].chrome == RD_TEXT_CHROME_NONE || !rd_text_is_comment_form(v[i].s, v[i].len))
            continue;
        size_t up = i, q = i + 1;
        while (up > 0 && v[up - 1].kind == RD_TEXT_BLANK)
            up--;
        while (q < count && v[q].kind == RD_TEXT_BLANK)
            q++;
        if (up < i && (up == 0 || v[up - 1].chrome == RD_TEXT_CHROME_NONE) &&
            (q == count || (v[q].chrome == RD_TEXT_CHROME_NONE && !rd_text_comment_count(&v[q]))))
            v[i].chrome = RD_TEXT_CHROME_NONE;
    }
    /* A quote's marker opening a breadcrumb trail alone among lines that
     * are no quote ("> Blogs > Asia") is the trail's first separator. */
    for (size_t i = 0; i < count; i++) {
        rd_text_line *ln = &v[i];
        if (ln->kind != RD_TEXT_QUOTE || !ln->len ||
            (i > 0 && v[i - 1].kind == RD_TEXT_QUOTE && v[i - 1].len) ||
            (i + 1 < count && v[i + 1].kind == RD_TEXT_QUOTE))
            continue;
        const char *m = ln->s;
        while (m > ln->raw && *m != '>')
            m--;
        if (*m != '>' || !rd_text_is_breadcrumb(m, (size_t)(ln->s + ln->len - m)))
            continue;
        ln->kind = RD_TEXT_PLAIN;
        ln->chrome |= RD_TEXT_CRUMB;
    }
    /* A lone ">" between lines that are no quote is a breadcrumb's
     * separator on a line of its own ("Home", ">", "News"), not an empty
     * quote line. */
    for (size_t i = 0; i < count; i++) {
        rd_text_line *ln = &v[i];
        if (ln->kind != RD_TEXT_QUOTE || ln->len || (i > 0 && v[i - 1].kind == RD_TEXT_QUOTE) ||
            (i + 1 < count && v[i + 1].kind == RD_TEXT_QUOTE))
            continue;
        ln->s--;
        while (*ln->s != '>')
            ln->s--;
        ln->kind = RD_TEXT_PLAIN;
        ln->len = 1;
        ln->cps = 1;
        ln->words = 1;
        ln->first_word = 1;
    }
    out->v = v;
    out->n = count;
    out->wrapped = hard_wrapped(v, count, &out->width);
    out->keep_marks = false;
    return 0;
}

bool
rd_text_line_is_prose(const rd_text_line *ln)
{
    /* Code points count too: Chinese and Japanese put no spaces between
     * words, and say in 30 letters what English says in 10 words. */
    return ln->words >= 25 || ln->cps >= 200 ||
           ((ln->words >= 10 || ln->cps >= 60) &&
            (ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_TAGGED))) ||
           (ln->cps >= 30 && (ln->flags & RD_TEXT_F_SENTENCE) && rd_text_line_has_cjk(ln));
}

/* First character is an ASCII capital, a digit, a quote or any non-ASCII letter. */
static bool
starts_like_label(const rd_text_line *ln)
{
    if (!ln->len)
        return false;
    unsigned char c = (unsigned char)ln->s[0];
    if (c >= 'a' && c <= 'z')
        return false;
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'')
        return true;
    if (c < 0x80)
        return false;
    uint32_t cp;
    if (!utf8_decode(ln->s, ln->len, &cp))
        return false;
    /* Latin small letters (ß-ÿ, and the Latin Extended lower halves loosely)
     * are not heading starts; curly quotes and other scripts are. */
    return !(cp >= 0xDF && cp <= 0xFF);
}

/* Bytes of a number at s: roman in one case ("XII", "iv"), arabic
 * ("12"), or spelled ("One", "TWELVE"); 0 if none. */
static size_t
part_number(const char *s, size_t len)
{
    static const char *const spelled[] = {
        "one",     "two",     "three",     "four",     "five",     "six",      "seven",
        "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",   NULL};
    /* the ordinals spelled after the word for a part, in either case
       ("Cap\xc3\xadtulo primero", "Chapitre premier", "ACT FIRST") */
    static const char *const ordinals[] = {
        "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "s\xc3\xa9ptimo", "octavo",
        "noveno",
        "d\xc3\xa9"
        "cimo",
        "premier", "deuxi\xc3\xa8me", "troisi\xc3\xa8me", "primo", "secondo", "terzo", "quarto",
        "sesto", "settimo", "ottavo", "nono", "decimo", "unico", "\xc3\xbanico", "unique",
        /* "ACT FIRST", "BOOK FIRST\xe2\x80\x94A JUST MAN" */
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", NULL};
    size_t n = 0; /* (a dash after the number ends it: "I\xe2\x80\x94THE SEA") */
    while (n < len && (isalnum((unsigned char)s[n]) || (unsigned char)s[n] >= 0x80) &&
           !(n + 2 < len && !memcmp(s + n, "\xe2\x80", 2) &&
             ((unsigned char)s[n + 2] == 0x93 || (unsigned char)s[n + 2] == 0x94)))
        n++;
    if (n == 0)
        return 0;
    for (size_t k = 0; ordinals[k]; k++)
        if (strlen(ordinals[k]) == n && strncasecmp(s, ordinals[k], n) == 0)
            return n;
    bool digits = true, upper = true, lower = true;
    for (size_t i = 0; i < n; i++) {
        digits &= isdigit((unsigned char)s[i]) != 0;
        upper &= strchr("IVXLC", s[i]) != NULL;
        lower &= strchr("ivxlc", s[i]) != NULL;
    }
    if ((digits && n <= 4) || upper || lower)
        return n;
    for (size_t k = 0; spelled[k]; k++)
        if (strlen(spelled[k]) == n && strncasecmp(s, spelled[k], n) == 0 &&
            isupper((unsigned char)s[0]))
            return n;
    return 0;
}

/* "first" to "twelfth", in any case: the ordinal of a part spelled before
 * its word ("FIRST ACT") or after "the" ("BOOK THE FIRST"). */
static bool
english_ordinal(const char *s, size_t len)
{
    static const char *const ordinals[] = {"first",    "second",  "third",  "fourth", "fifth",
                                           "sixth",    "seventh", "eighth", "ninth",  "tenth",
                                           "eleventh", "twelfth", NULL};
    for (size_t i = 0; ordinals[i]; i++)
        if (strlen(ordinals[i]) == len && !strncasecmp(s, ordinals[i], len))
            return true;
    return false;
}

bool
rd_text_line_is_chapter(const rd_text_line *ln)
{
    /* the words for a chapter, a book, a part, an act and a scene in the
       languages Project Gutenberg has most books in (each case of a
       letter with an accent spelled out: strncasecmp folds ASCII only) */
    static const char *const keys[] = {"chapter",
                                       "book",
                                       "part",
                                       "act",
                                       "scene",
                                       "stave",
                                       "canto",
                                       "volume",
                                       "cap\xc3\xadtulo",
                                       "cap\xc3\x8dtulo",
                                       "capitulo",
                                       "chapitre",
                                       "kapitel",
                                       "capitolo",
                                       "libro",
                                       "livre",
                                       "buch",
                                       "teil",
                                       "parte",
                                       "acto",
                                       "acte",
                                       "akt",
                                       "atto",
                                       "escena",
                                       "sc\xc3\xa8ne",
                                       "sc\xc3\x88ne",
                                       "szene",
                                       "scena",
                                       NULL};
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 2 || ln->words > 12 || ln->cps > 90 ||
        !(isupper((unsigned char)ln->s[0]) || (unsigned char)ln->s[0] >= 0x80))
        return false;
    size_t k = 0;
    while (k < ln->len && (isalpha((unsigned char)ln->s[k]) || (unsigned char)ln->s[k] >= 0x80))
        k++;
    bool key = false;
    for (size_t i = 0; keys[i] && !key; i++)
        key = strlen(keys[i]) == k && strncasecmp(ln->s, keys[i], k) == 0;
    /* "FIRST ACT", "Second Part.": an English ordinal before the word,
       and nothing after it but a stop */
    if (!key && k < ln->len && ln->s[k] == ' ' && english_ordinal(ln->s, k)) {
        size_t w = k + 1, e = w;
        while (e < ln->len && isalpha((unsigned char)ln->s[e]))
            e++;
        for (size_t i = 0; keys[i] && !key; i++)
            key = strlen(keys[i]) == e - w && strncasecmp(ln->s + w, keys[i], e - w) == 0;
        return key && (e == ln->len || (e + 1 == ln->len && ln->s[e] == '.'));
    }
    if (!key || k >= ln->len || ln->s[k] != ' ')
        return false;
    const char *s = ln->s + k + 1, *e = ln->s + ln->len;
    /* "BOOK THE FIRST", "Book the Second.--The Golden Thread" */
    size_t n = 0;
    if (e - s > 4 && !strncasecmp(s, "the ", 4)) {
        size_t w = 0;
        while (s + 4 + w < e && isalpha((unsigned char)s[4 + w]))
            w++;
        if (english_ordinal(s + 4, w))
            n = 4 + w;
    }
    if (!n)
        n = part_number(s, (size_t)(e - s));
    if (!n)
        return false;
    s += n;
    if (s < e && (*s == '.' || *s == ':'))
        s++;
    if (s == e)
        return true;
    /* ("BOOK THE FIRST--RECALLED TO LIFE", "CHAPTER I\xe2\x80\x94THE SEA": a
       title in capitals after a dash; "Book II--she said it at dinner--"
       is the text's sentence) */
    size_t mark = 0;
    if (e - s > 2 && s[0] == '-' && s[1] == '-')
        mark = 2;
    else if (e - s > 3 && !memcmp(s, "\xe2\x80\x94", 3))
        mark = 3;
    if (mark) {
        bool lower = false;
        for (const char *q = s + mark; q < e && !lower; q++)
            lower = islower((unsigned char)*q) != 0;
        return isupper((unsigned char)s[mark]) && !lower;
    }
    /* A title after the number stands after a mark ("CHAPTER XII. THE
     * TRIAL", "Part 2 - The Road"); "Chapter 12 begins with a storm." is
     * the text's sentence. */
    bool dash = e - s > 2 && s[0] == ' ' &&
                (s[1] == '-' || (e - s > 4 && memcmp(s + 1, "\xe2\x80", 2) == 0 &&
                                 ((unsigned char)s[3] == 0x93 || (unsigned char)s[3] == 0x94)));
    return *s == ' ' && (s[-1] == '.' || s[-1] == ':' || dash);
}

/* A line in quotation marks that ends a sentence inside them ("\xe2\x80\x9cWhat is
 * his name?\xe2\x80\x9d", "\"Stop!\""): someone's words, not a heading. */
static bool
quoted_speech(const rd_text_line *ln)
{
    static const char *const opens[] = {"\xe2\x80\x9c", "\"", "\xe2\x80\x98", "`", "\xc2\xab",
                                        "\xe2\x80\x9e", NULL};
    static const char *const closes[] = {"\xe2\x80\x9d", "\"", "\xe2\x80\x99", "'", "\xc2\xbb",
                                         "\xe2\x80\x9c", NULL};
    bool open = false;
    for (size_t i = 0; opens[i] && !open; i++)
        open = ln->len > strlen(opens[i]) && !strncmp(ln->s, opens[i], strlen(opens[i]));
    if (!open)
        return false;
    for (size_t i = 0; closes[i]; i++) {
        size_t n = strlen(closes[i]);
        if (ln->len > n + 1 && !memcmp(ln->s + ln->len - n, closes[i], n))
            return strchr("?!.,;\xe2", ln->s[ln->len - n - 1]) != NULL; /* (\xe2: "\xe2\x80\xa6") */
    }
    return false;
}

bool
rd_text_line_is_heading_like(const rd_text_line *ln)
{
    if (ln->kind == RD_TEXT_HASH)
        return ln->len > 0;
    if (ln->kind != RD_TEXT_PLAIN || ln->words == 0 || ln->words > 12 || ln->cps > 90)
        return false;
    /* "CHAPTER I.", "ACT III. SCENE 2.": a book's parts keep their full
     * stop and are headings all the same. */
    if (rd_text_line_is_chapter(ln))
        return rd_text_line_has_letter(ln);
    if (ln->flags & RD_TEXT_F_SOFTEND)
        return false;
    if ((ln->flags & RD_TEXT_F_SENTENCE) && !((ln->flags & RD_TEXT_F_QUESTION) && ln->words <= 10))
        return false;
    if (quoted_speech(ln))
        return false;
    return starts_like_label(ln) && rd_text_line_has_letter(ln);
}

bool
rd_text_line_is_link_like(const rd_text_line *ln)
{
    if ((ln->kind != RD_TEXT_PLAIN && ln->kind != RD_TEXT_BULLET) || ln->words == 0 ||
        ln->words > 5 || ln->cps > 40)
        return false;
    if (ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND))
        return false;
    /* Chinese and Japanese set no spaces: a label is a few letters of
     * their script ("\xe3\x83\x9b\xe3\x83\xbc\xe3\x83\xa0",
     * "\xe3\x83\x87\xe3\x82\xb8\xe3\x82\xbf\xe3\x83\xab\xe8\xa3\xbd\xe5\x93\x81"), a headline more
     * than 20. */
    if (ln->cps > 20 && ln->words <= 2 && rd_text_line_has_cjk(ln))
        return false;
    for (uint32_t i = 0; i < ln->len; i++) {
        unsigned char c = (unsigned char)ln->s[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return true;
        if (c >= 0x80)
            return true;
    }
    return false;
}

bool
rd_text_line_has_cjk(const rd_text_line *ln)
{
    for (uint32_t i = 0; i < ln->len; i++) {
        unsigned char c = (unsigned char)ln->s[i];
        if (c < 0xE3 || c > 0xED)
            continue; /* below U+3000, or a private-use icon (U+E000 and up) */
        uint32_t cp;
        size_t k = utf8_decode(ln->s + i, ln->len - i, &cp);
        if (k && ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
                  (cp >= 0xAC00 && cp <= 0xD7AF)))
            return true;
    }
    return false;
}

size_t
rd_text_one_of_at(const char *s, size_t len, size_t i, const char *const *list, size_t n)
{
    if (i >= len)
        return 0;
    for (size_t k = 0; k < n; k++) {
        if (list[k][0] != s[i])
            continue; /* the common case, and cheap: called at every byte of a line */
        size_t m = strlen(list[k]);
        if (i + m <= len && !memcmp(s + i, list[k], m))
            return m;
    }
    return 0;
}

bool
rd_text_line_is_label_of(const rd_text_line *ln, const char *const *list, size_t n)
{
    size_t len = ln->len;
    while (len && (ln->s[len - 1] == ':' || ln->s[len - 1] == ' '))
        len--;
    for (size_t k = 0; k < n; k++)
        if (len == strlen(list[k]) && !strncasecmp(ln->s, list[k], len))
            return true;
    return false;
}

bool
rd_text_line_has_letter(const rd_text_line *ln)
{
    for (uint32_t i = 0; i < ln->len; i++) {
        unsigned char c = (unsigned char)ln->s[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return true;
        if (c >= 0x80) {
            uint32_t cp;
            size_t k = utf8_decode(ln->s + i, ln->len - i, &cp);
            /* Letters of any script; not the punctuation and symbol blocks. */
            if (k && cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && cp != 0xD7 && cp != 0xF7)
                return true;
            if (k)
                i += (uint32_t)k - 1;
        }
    }
    return false;
}
