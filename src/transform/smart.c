/*
 * smart.c - the typography pass (quotes, apostrophes, dashes, ellipses,
 * no-break spaces), run over the tree after reading and before writing so
 * the EPUB and the PDF show the same characters.
 *
 * Quotes need context that crosses node boundaries: in `"*word*"` the
 * opening quote's next character lives in the emphasis. So the pass works
 * per inline context (a block whose children are inlines): it lays the
 * context's inline text out as one string, with code spans, images and
 * note references standing in as U+FFFC (a "word" character that is never
 * edited) and hard breaks as "\n", and remembers which byte range came
 * from which DOC_TEXT node. Every rule reads its neighbours from that whole
 * string but edits only inside one node's range, so the result is written
 * back node by node. Quote state (how many double and single quotes are
 * open) runs through the whole context.
 *
 * URLs and e-mail addresses inside text are found first and marked as
 * protected bytes, copied verbatim. Rules only ever turn straight ASCII
 * characters into typographic ones (never the reverse), but for the one
 * that undoes a page editor's no-break space between two words (see
 * loose_tie). The quote rules
 * judge the character before a quote by what it has become (the output so
 * far), and the space, dash and range rules treat a run of spaces, "--" and
 * "..." the same as the characters they turn into, so a second run sees
 * the same context and changes nothing (test_smart checks this on
 * thousands of generated strings).
 */
#include "smart.h"

#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"
#include "../base/utf8.h"

/* Quotes of one language. */
typedef struct sm_lang {
    const char *dq_open, *dq_close, *sq_open, *sq_close;
    bool quotes; /* change straight quotes at all */
    bool fr;     /* narrow no-break spaces inside « » and before ; : ! ? */
    bool en;     /* English elisions: 'em, 'n', 'tis, ... */
} sm_lang;

#define NNBSP "\xE2\x80\xAF"
#define NBSP "\xC2\xA0"
#define APOS "\xE2\x80\x99"

#define LDQUO "\xE2\x80\x9C"
#define RDQUO "\xE2\x80\x9D"
#define LSQUO "\xE2\x80\x98"
#define LAQUO "\xC2\xAB"
#define RAQUO "\xC2\xBB"

static const sm_lang lang_en = {.dq_open = LDQUO,
                                .dq_close = RDQUO,
                                .sq_open = LSQUO,
                                .sq_close = APOS,
                                .quotes = true,
                                .en = true};
static const sm_lang lang_de = {.dq_open = "\xE2\x80\x9E",
                                .dq_close = LDQUO,
                                .sq_open = "\xE2\x80\x9A",
                                .sq_close = LSQUO,
                                .quotes = true};
static const sm_lang lang_fr = {.dq_open = LAQUO,
                                .dq_close = RAQUO,
                                .sq_open = LDQUO,
                                .sq_close = RDQUO,
                                .quotes = true,
                                .fr = true};
static const sm_lang lang_guill = {
    .dq_open = LAQUO, .dq_close = RAQUO, .sq_open = LDQUO, .sq_close = RDQUO, .quotes = true};
/* Polish, Hungarian, Romanian: low opening, high closing quotes */
static const sm_lang lang_pl = {.dq_open = "\xE2\x80\x9E",
                                .dq_close = RDQUO,
                                .sq_open = "\xE2\x80\x9A",
                                .sq_close = APOS,
                                .quotes = true};
/* Swedish: closing quotes at both ends */
static const sm_lang lang_sv = {
    .dq_open = RDQUO, .dq_close = RDQUO, .sq_open = APOS, .sq_close = APOS, .quotes = true};
static const sm_lang lang_other = {.quotes = false};

static const sm_lang *
lang_of(const char *tag)
{
    if (!tag || !*tag)
        return &lang_en;
    char p[4] = {0};
    size_t n = 0;
    while (n < 3 && tag[n] && tag[n] != '-' && tag[n] != '_') {
        char ch = tag[n];
        p[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    if (tag[n] && tag[n] != '-' && tag[n] != '_')
        return &lang_other;
    if (!strcmp(p, "en"))
        return &lang_en;
    /* German's „ “: Czech, Slovak, Slovene, Croatian, Bulgarian,
       Lithuanian, Icelandic too */
    static const char *const low_high[] = {"de", "cs", "sk", "sl", "hr", "bg", "lt", "is"};
    for (size_t i = 0; i < sizeof low_high / sizeof *low_high; i++)
        if (!strcmp(p, low_high[i]))
            return &lang_de;
    if (!strcmp(p, "pl") || !strcmp(p, "hu") || !strcmp(p, "ro"))
        return &lang_pl;
    if (!strcmp(p, "sv"))
        return &lang_sv;
    if (!strcmp(p, "fr"))
        return &lang_fr;
    if (!strcmp(p, "pt") && (strstr(tag, "BR") || strstr(tag, "br")))
        return &lang_en; /* Brazilian Portuguese uses “ ” ‘ ’ */
    /* Greek quotes « » with “ ” inside, unspaced, as Spanish does; the
       guess from the script (doc_lang_guess) gives a Greek article "el" */
    if (!strcmp(p, "es") || !strcmp(p, "it") || !strcmp(p, "pt") || !strcmp(p, "el"))
        return &lang_guill;
    /* « » in Russian, Ukrainian, Belarusian and Norwegian */
    if (!strcmp(p, "ru") || !strcmp(p, "uk") || !strcmp(p, "be") || !strcmp(p, "no") ||
        !strcmp(p, "nb") || !strcmp(p, "nn"))
        return &lang_guill;
    return &lang_other;
}

/* ---- characters ---- */

#define CP_START 0u    /* before the start / after the end of the context */
#define CP_OBJ 0xFFFCu /* code span, image, note reference */

static uint32_t
cp_at(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return CP_START;
    uint32_t cp;
    return utf8_decode(s + i, n - i, &cp) ? cp : 0xFFFDu;
}

/* Start of the code point that ends just before i. */
static size_t
cp_start_before(const char *s, size_t i)
{
    size_t k = i - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80 && i - k < 4)
        k--;
    return k;
}

static uint32_t
cp_before(const char *s, size_t n, size_t i)
{
    return i == 0 ? CP_START : cp_at(s, n, cp_start_before(s, i));
}

static bool
is_space(uint32_t c)
{
    return c == CP_START || c == ' ' || c == '\n' || c == '\t' || utf8_is_space(c);
}

static bool
is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

static bool
is_letter(uint32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
        return false;
    if (c >= 0x2000 && c <= 0x2BFF) /* punctuation, symbols, arrows */
        return false;
    if (c >= 0x3000 && c <= 0x303F)
        return false;
    if (c == CP_OBJ || c == 0xFFFD || utf8_is_space(c))
        return false;
    return true;
}

static bool
is_word(uint32_t c)
{
    return is_letter(c) || is_digit(c) || c == CP_OBJ;
}

static bool
is_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

/* ---- the pass over one context ---- */

typedef struct sm_seg {
    doc_node *node; /* NULL: opaque (code, image, break) */
    size_t start, end;
} sm_seg;

typedef struct sm_ctx {
    arena *a;
    const sm_lang *L;
    const char *s;
    size_t n;
    unsigned char *prot; /* 1 = copy verbatim */
    int dq, sq;          /* open straight quotes converted so far */
    uint32_t carry;      /* last character the previous segment became */
    buf out;
} sm_ctx;

static bool
has_prefix_ci(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != p[i])
            return false;
    }
    return true;
}

/* A token [b, e) (no white space inside) that is a URL or an e-mail. */
static bool
is_url_or_email(const char *s, size_t b, size_t e)
{
    const char *t = s + b;
    size_t n = e - b;
    if (has_prefix_ci(t, n, "http://") || has_prefix_ci(t, n, "https://") ||
        has_prefix_ci(t, n, "ftp://") || has_prefix_ci(t, n, "mailto:") ||
        has_prefix_ci(t, n, "www."))
        return true;
    for (size_t i = 0; i + 2 < n; i++)
        if (t[i] == ':' && t[i + 1] == '/' && t[i + 2] == '/')
            return true;
    /* e-mail: word chars, '@', then a dotted domain. */
    const char *at = memchr(t, '@', n);
    if (at && at > t) {
        const char *dot = memchr(at, '.', n - (size_t)(at - t));
        if (dot && dot > at + 1 && dot + 1 < t + n)
            return true;
    }
    return false;
}

/* Mark URLs and e-mail addresses in s[b..e) as protected. Leading and
 * trailing punctuation stays outside, so `"http://x.org".` keeps its
 * quotes and full stop editable. */
/* Can s[b..e) hold a URL or an e-mail address at all? Each needs a ':', an
 * '@' or "www." (any case); most text has none, and then the token walk
 * below is skipped. */
static bool
may_hold_address(const char *s, size_t b, size_t e)
{
    if (memchr(s + b, ':', e - b) || memchr(s + b, '@', e - b))
        return true;
    for (const char *d = memchr(s + b, '.', e - b); d; d = memchr(d + 1, '.', (size_t)(s + e - d - 1))) {
        size_t k = (size_t)(d - s);
        if (k >= b + 3 && (s[k - 1] | 0x20) == 'w' && (s[k - 2] | 0x20) == 'w' &&
            (s[k - 3] | 0x20) == 'w')
            return true;
    }
    return false;
}

static void
protect_tokens(sm_ctx *c, size_t b, size_t e)
{
    if (!may_hold_address(c->s, b, e))
        return;
    size_t i = b;
    while (i < e) {
        while (i < e && (c->s[i] == ' ' || c->s[i] == '\n' || c->s[i] == '\t'))
            i++;
        size_t j = i;
        while (j < e && c->s[j] != ' ' && c->s[j] != '\n' && c->s[j] != '\t')
            j++;
        size_t tb = i, te = j;
        while (tb < te && strchr("\"'([<{", c->s[tb]))
            tb++;
        while (te > tb && strchr("\"'.,;:!?)]>}", c->s[te - 1]))
            te--;
        if (te > tb && is_url_or_email(c->s, tb, te))
            memset(c->prot + tb, 1, te - tb);
        i = j;
    }
}

static void
emit(sm_ctx *c, const char *s)
{
    buf_adds(&c->out, s);
}

/* Drop ASCII spaces and NBSPs the output ends with (French « » spacing). */
static void
strip_trailing_spaces(sm_ctx *c)
{
    for (;;) {
        if (c->out.len >= 1 && c->out.data[c->out.len - 1] == ' ')
            c->out.len--;
        else if (c->out.len >= 2 && !memcmp(c->out.data + c->out.len - 2, NBSP, 2))
            c->out.len -= 2;
        else
            break;
    }
    if (c->out.data)
        c->out.data[c->out.len] = '\0';
}

static bool
out_ends_with(sm_ctx *c, const char *s)
{
    size_t k = strlen(s);
    return c->out.len >= k && !memcmp(c->out.data + c->out.len - k, s, k);
}

/* The last character written so far: the quote rules look at what the
 * text has become, not what it was, so that a second run (which sees only
 * the result) decides exactly as the first did. */
static uint32_t
out_last(sm_ctx *c)
{
    if (!c->out.len)
        return c->carry;
    return cp_at(c->out.data, c->out.len, cp_start_before(c->out.data, c->out.len));
}

static uint32_t
cp_of(const char *s)
{
    uint32_t cp;
    return utf8_decode(s, strlen(s), &cp) ? cp : 0;
}

/* Characters after which a quote opens: space, brackets, dashes, slashes
 * and opening quotes (which ones depends on the language: German closes
 * with the English opening quote). */
static bool
opens_after(sm_ctx *c, uint32_t p)
{
    static const uint32_t opens[] = {'(',    '[',    '{',    '<',    '/',  '-',    '"',  '\'',
                                     0x2013, 0x2014, 0x201E, 0x201A, 0xAB, 0x2039, 0xBF, 0xA1};
    if (is_space(p))
        return true;
    for (size_t i = 0; i < sizeof(opens) / sizeof(opens[0]); i++)
        if (opens[i] == p)
            return true;
    if (c->L->dq_open && (p == cp_of(c->L->dq_open) || p == cp_of(c->L->sq_open)))
        return true;
    bool german = c->L->dq_close && cp_of(c->L->dq_close) == 0x201C;
    return !german && (p == 0x201C || p == 0x2018);
}

/* After an opening « (French): one narrow no-break space, replacing any
 * spaces typed there. Returns the new input position. */
static size_t
fr_after_open(sm_ctx *c, size_t i, size_t end)
{
    while (i < end && !c->prot[i] &&
           (c->s[i] == ' ' || (end - i >= 2 && !memcmp(c->s + i, NBSP, 2))))
        i += c->s[i] == ' ' ? 1 : 2;
    if (!(end - i >= 3 && !memcmp(c->s + i, NNBSP, 3)))
        emit(c, NNBSP);
    return i;
}

static void
fr_before_close(sm_ctx *c, uint32_t prev)
{
    strip_trailing_spaces(c);
    if (out_ends_with(c, NNBSP) || (c->out.len == 0 && is_space(prev)))
        return;
    emit(c, NNBSP);
}

static const char *const en_elisions[] = {"em",    "n",    "tis", "twas", "til",
                                          "cause", "bout", "cos", NULL};

/* Length of the elided word at s[i] ('em, 'tis, ...) or 0. */
static size_t
elision_at(sm_ctx *c, size_t i, size_t end)
{
    for (size_t k = 0; en_elisions[k]; k++) {
        size_t l = strlen(en_elisions[k]);
        if (end - i >= l && has_prefix_ci(c->s + i, end - i, en_elisions[k]) &&
            !is_letter(cp_at(c->s, c->n, i + l)))
            return l;
    }
    return 0;
}

/* 5'10": digits, a straight apostrophe, digits, then the double quote at i. */
static bool
feet_inches_before(sm_ctx *c, size_t i)
{
    size_t k = i;
    size_t d = 0;
    while (k > 0 && is_digit((unsigned char)c->s[k - 1]))
        k--, d++;
    if (!d || d > 2 || k == 0 || c->s[k - 1] != '\'')
        return false;
    return k >= 2 && is_digit((unsigned char)c->s[k - 2]);
}

static size_t
digits_back(const char *s, size_t i, size_t *from)
{
    size_t k = i;
    while (k > 0 && is_digit((unsigned char)s[k - 1]))
        k--;
    *from = k;
    return i - k;
}

static size_t
digits_fwd(const char *s, size_t n, size_t i)
{
    size_t k = i;
    while (k < n && is_digit((unsigned char)s[k]))
        k++;
    return k - i;
}

static long
num(const char *s, size_t len)
{
    long v = 0;
    for (size_t i = 0; i < len && i < 9; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* A hyphen at i between two numbers that clearly form a range: years
 * (1990-1995) or page numbers after "pp." / "pages". */
static bool
is_range(sm_ctx *c, size_t i, size_t seg_start, size_t end)
{
    size_t b;
    size_t d1 = digits_back(c->s, i, &b);
    size_t d2 = digits_fwd(c->s, end, i + 1);
    if (!d1 || !d2 || b < seg_start)
        return false;
    uint32_t before = cp_before(c->s, c->n, b);
    uint32_t after = cp_at(c->s, c->n, i + 1 + d2);
    /* Not part of a longer chain of numbers (2001-2005-2009, 1.1990-1995,
     * dates, times); a dash or an ellipsis next to the range is fine. */
    if (is_word(before) || before == '/' || before == ':' ||
        ((before == '-' || before == '.') && b >= 2 && is_digit(cp_before(c->s, c->n, b - 1))))
        return false;
    if (is_word(after) || after == '/' || after == ':' ||
        ((after == '-' || after == '.') && is_digit(cp_at(c->s, c->n, i + 2 + d2))))
        return false;
    long x = num(c->s + b, d1), y = num(c->s + i + 1, d2);
    if (d1 == 4 && d2 == 4 && x >= 1000 && y <= 2999 && x < y)
        return true;
    /* Page ranges: "pp. 12-15", "pages 3-9". */
    if (x < y && b >= 4 &&
        (has_prefix_ci(c->s + b - 4, 4, "pp. ") ||
         (b >= 6 && has_prefix_ci(c->s + b - 6, 6, "pages "))))
        return true;
    return false;
}

/* clang-format off */
static const char *const units[] = {
    "km", "m", "cm", "mm", "nm", "kg", "g", "mg", "t", "l", "ml", "L", "mL", "cl", "dl",
    "mi", "ft", "yd", "lb", "lbs", "oz", "mph", "km/h", "kph", "Hz", "kHz", "MHz", "GHz",
    "kB", "MB", "GB", "TB", "KB", "kW", "kWh", "MW", "W", "V", "mA", "min", "ms", "h", "%",
    "\u2030", "\u00B0" "C", "\u00B0" "F", "\u00B0", "\u20AC", "$", "\u00A3", "EUR", "USD", NULL};
/* clang-format on */

/* True when the word at s[i] is a unit symbol followed by a boundary. */
static bool
unit_at(sm_ctx *c, size_t i, size_t end)
{
    for (size_t k = 0; units[k]; k++) {
        size_t l = strlen(units[k]);
        if (end - i >= l && !memcmp(c->s + i, units[k], l)) {
            uint32_t after = cp_at(c->s, c->n, i + l);
            /* "5 km-long" is a compound; "5 km--" is a unit and a dash. */
            bool compound = after == '-' && is_word(cp_at(c->s, c->n, i + l + 1));
            if (!is_word(after) && !compound)
                return true;
        }
    }
    return false;
}

/* A single hyphen with spaces on both sides and something on both sides
 * of those (runs of spaces count as one: they are about to collapse). */
static bool
spaced_hyphen(sm_ctx *c, size_t i)
{
    if (i == 0 || c->s[i - 1] != ' ' || i + 1 >= c->n || c->s[i + 1] != ' ')
        return false;
    size_t b = i - 1, e = i + 1;
    while (b > 0 && c->s[b - 1] == ' ')
        b--;
    while (e < c->n && c->s[e] == ' ')
        e++;
    return b > 0 && !is_space(cp_before(c->s, c->n, b)) && !is_space(cp_at(c->s, c->n, e));
}

/* Decide the single space (the first of a run) at i. */
static void
space_at(sm_ctx *c, size_t i, size_t end)
{
    size_t j = i;
    while (j < end && c->s[j] == ' ')
        j++;
    uint32_t p = cp_before(c->s, c->n, i);
    uint32_t q = cp_at(c->s, c->n, j);
    if (c->L->fr && j < c->n && !c->prot[j] &&
        (q == 0xBB || ((q == ';' || q == ':' || q == '!' || q == '?') && !is_space(p) &&
                       !is_word(cp_at(c->s, c->n, j + 1))))) {
        emit(c, NNBSP);
        return;
    }
    if (c->L->fr && p == 0xAB) {
        emit(c, NNBSP);
        return;
    }
    /* Initials: "J. R. R. Tolkien". */
    if (p == '.' && i >= 2 && is_upper(cp_before(c->s, c->n, cp_start_before(c->s, i)))) {
        size_t u = cp_start_before(c->s, cp_start_before(c->s, i));
        uint32_t before = cp_before(c->s, c->n, u);
        /* Not the last letter of "U.S." (a letter and a full stop before). */
        bool abbrev = before == '.' && u >= 2 && is_letter(cp_before(c->s, c->n, u - 1));
        if (!is_letter(before) && !abbrev && is_upper(q)) {
            emit(c, NBSP);
            return;
        }
    }
    /* Number and unit: "5 km", "20 %". */
    if (is_digit(p) && j < end && unit_at(c, j, end)) {
        emit(c, NBSP);
        return;
    }
    emit(c, " ");
}

/* Letters each side of a no-break space that make it a plain one. */
#define TIE_WORD 2

/* A no-break space between two words ("Graphics\u00A0settings",
 * "UX\u00A0draft") is what a page editor types for a space: a tie binds
 * an initial, a number and its unit, a dotted abbreviation, a one-letter
 * word or a roman numeral ("J. R.", "5 km", "Mr. Smith", Czech "v Praze",
 * "World War II"), and those stay, as do the ones the rules above write.
 * Kept, it welds the words into one that a narrow table column must cut
 * in the middle ("UX d-raft") and a justified line cannot stretch. */
static bool
loose_tie(const sm_ctx *c, size_t i)
{
    size_t n = 0;
    for (size_t k = i; k > 0 && n < TIE_WORD && is_letter(cp_before(c->s, c->n, k));
         k = cp_start_before(c->s, k))
        n++;
    if (n < TIE_WORD)
        return false;
    n = 0;
    uint32_t cp;
    size_t j = i + 2, l;
    bool roman = true;
    for (; (l = utf8_decode(c->s + j, c->n - j, &cp)) && is_letter(cp); j += l) {
        roman = roman && strchr("IVXLCDM", (int)cp) && cp < 0x80;
        n++;
    }
    return n >= TIE_WORD && !(roman && n <= 5);
}

/* "--" after a word ("torrents--except", "I thought--", a line ending
 * "torrents--" in hard-wrapped text): the typewriter's em dash, as plain
 * text, e-mail and Project Gutenberg write it. After a space ("a -- b")
 * or between numbers ("10--20") it stays an en dash (TeX's and pandoc's
 * "--"; pandoc's "Monday--Friday" becomes an em dash). */
static bool
typed_em_dash(const sm_ctx *c, size_t i, size_t r)
{
    uint32_t p = cp_before(c->s, c->n, i), q = cp_at(c->s, c->n, i + r);
    if (is_space(p) || is_digit(p) || is_digit(q))
        return false;
    return is_letter(p) || is_letter(q) || p == '.' || p == ',' || p == '!' || p == '?' ||
           p == '"' || p == '\'' || p == 0x201D || p == 0x2019 || p == ')';
}

/* A stop or an ellipsis at s[k] after any spaces and no-break spaces
 * (dir > 0), or ending at s[k] before any (dir < 0): another dot of a
 * spaced run, whatever an earlier run made of it. */
static bool
dot_near(const sm_ctx *c, size_t k, size_t end, int dir)
{
    static const char ell[] = "\xE2\x80\xA6";
    if (dir > 0) {
        for (;;) {
            if (k < end && c->s[k] == ' ')
                k++;
            else if (k + 1 < end && !memcmp(c->s + k, NBSP, 2))
                k += 2;
            else
                break;
        }
        return (k < end && c->s[k] == '.') || (k + 3 <= end && !memcmp(c->s + k, ell, 3));
    }
    for (;;) {
        if (k >= 1 && c->s[k - 1] == ' ')
            k--;
        else if (k >= 2 && !memcmp(c->s + k - 2, NBSP, 2))
            k -= 2;
        else
            break;
    }
    return (k >= 1 && c->s[k - 1] == '.') || (k >= 3 && !memcmp(c->s + k - 3, ell, 3));
}

/* ". . ." at s[i]: three stops spaces apart, and no other stop next to
 * them (". . . ." is a sentence's stop and an ellipsis, left alone); an
 * old book's ellipsis, which a line must not break. Its length in s, or
 * 0. */
static size_t
spaced_ellipsis(const sm_ctx *c, size_t i, size_t end)
{
    size_t k = i;
    for (int dot = 0; dot < 3; dot++) {
        if (k >= end || c->s[k] != '.' || c->prot[k])
            return 0;
        k++;
        if (dot == 2)
            break;
        size_t sp = k;
        while (k < end && c->s[k] == ' ' && !c->prot[k])
            k++;
        if (k == sp)
            return 0;
    }
    if (dot_near(c, k, end, 1) || dot_near(c, i, end, -1))
        return 0;
    return k - i;
}

/* Bytes some rule below may act on; every other byte (and every protected
 * one) is copied as it is and changes no state, so runs of them are copied
 * in one go instead of being decoded byte by byte. */
static const bool sm_trigger[256] = {['"'] = true, ['\''] = true, ['-'] = true, ['.'] = true,
                                     [' '] = true, [';'] = true,  [':'] = true, ['!'] = true,
                                     ['?'] = true, [0xC2] = true};

/* A space after an ASCII letter or a comma, outside French, is always a
 * plain space (no collapse, initial, unit or French spacing rule applies:
 * see space_at), so it may join a copied run too: that is most spaces. */
static bool
plain_space(const sm_ctx *c, size_t i)
{
    if (c->L->fr || i == 0 || c->s[i] != ' ')
        return false;
    unsigned char b = (unsigned char)c->s[i - 1];
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == ',';
}

static inline bool
copied_as_is(const sm_ctx *c, size_t i)
{
    return !sm_trigger[(unsigned char)c->s[i]] || c->prot[i] || plain_space(c, i);
}

/* The end of the run of bytes from i that are copied as they are. */
static size_t
copied_run(const sm_ctx *c, size_t i, size_t end)
{
    const unsigned char *s = (const unsigned char *)c->s;
    while (i < end) {
        if (!sm_trigger[s[i]]) {
            i++; /* the common case: one table look-up */
            continue;
        }
        if (!c->prot[i] && !plain_space(c, i))
            break;
        i++;
    }
    return i;
}

static void
smart_segment(sm_ctx *c, size_t start, size_t end)
{
    const sm_lang *L = c->L;
    size_t i = start;
    while (i < end) {
        unsigned char ch = (unsigned char)c->s[i];
        if (copied_as_is(c, i)) {
            size_t j = copied_run(c, i + 1, end);
            buf_add(&c->out, c->s + i, j - i);
            i = j;
            continue;
        }
        uint32_t p = cp_before(c->s, c->n, i);
        uint32_t q = cp_at(c->s, c->n, i + 1);
        if ((ch == '"' || ch == '\'' || ch == ';' || ch == ':' || ch == '!' || ch == '?'))
            p = out_last(c);
        if (ch == '"' && L->quotes) {
            bool open;
            if (is_digit(p) && (c->dq == 0 || feet_inches_before(c, i))) {
                emit(c, "\"");
                i++;
                continue;
            }
            if (opens_after(c, p)) {
                if (is_space(q) && c->dq == 0 && !L->fr) {
                    emit(c, "\""); /* a quote between spaces: unknown */
                    i++;
                    continue;
                }
                open = !(is_space(q) && c->dq > 0);
            } else {
                open = false;
            }
            if (open) {
                c->dq++;
                emit(c, L->dq_open);
                i++;
                if (L->fr)
                    i = fr_after_open(c, i, end);
            } else {
                if (c->dq > 0)
                    c->dq--;
                if (L->fr)
                    fr_before_close(c, p);
                emit(c, L->dq_close);
                i++;
            }
            continue;
        }
        if (ch == '\'' && L->quotes) {
            i++;
            if (is_word(p) && is_letter(q)) {
                emit(c, APOS); /* don't, l'homme, 1990's */
            } else if (is_digit(p) && is_digit(q)) {
                emit(c, "'"); /* 5'10" */
            } else if (!opens_after(c, p)) {
                if (c->sq > 0) {
                    c->sq--;
                    emit(c, L->sq_close);
                } else if (is_digit(p)) {
                    emit(c, "'"); /* 12' ladder: feet */
                } else {
                    emit(c, APOS); /* students', goin' */
                }
            } else if (is_digit(q) && is_digit(cp_at(c->s, c->n, i + 1)) &&
                       !is_digit(cp_at(c->s, c->n, i + 2))) {
                emit(c, APOS); /* '90s */
            } else if (L->en && elision_at(c, i, end)) {
                size_t l = elision_at(c, i, end);
                emit(c, APOS);
                buf_add(&c->out, c->s + i, l);
                i += l;
                if (l == 1 && i < end && c->s[i] == '\'') { /* rock 'n' roll */
                    emit(c, APOS);
                    i++;
                }
            } else if (is_space(q)) {
                emit(c, "'");
            } else {
                c->sq++;
                emit(c, L->sq_open);
            }
            continue;
        }
        if (ch == '-') {
            size_t r = 0;
            while (i + r < end && c->s[i + r] == '-' && !c->prot[i + r])
                r++;
            if (r == 3 || (r == 2 && typed_em_dash(c, i, r)))
                emit(c, "\xE2\x80\x94");
            else if (r == 2)
                emit(c, "\xE2\x80\x93");
            else if (r == 1 && spaced_hyphen(c, i))
                emit(c, "\xE2\x80\x93"); /* word - word */
            else if (r == 1 && is_range(c, i, start, end))
                emit(c, "\xE2\x80\x93");
            else
                buf_add(&c->out, c->s + i, r);
            i += r;
            continue;
        }
        if (ch == '.') {
            size_t r = 0, n;
            while (i + r < end && c->s[i + r] == '.' && !c->prot[i + r])
                r++;
            if (r == 3 && p != '.')
                emit(c, "\xE2\x80\xA6");
            else if (r == 1 && p != '.' && (n = spaced_ellipsis(c, i, end)) > 0) {
                /* ". . .": tied, so no line breaks inside it */
                emit(c, "." NBSP "." NBSP ".");
                r = n;
            } else
                buf_add(&c->out, c->s + i, r);
            i += r;
            continue;
        }
        if (ch == ' ') {
            if (p == ' ' && !(i > 0 && c->prot[i - 1])) {
                i++; /* collapse runs of spaces */
                continue;
            }
            space_at(c, i, end);
            i++;
            continue;
        }
        if (L->fr && (ch == ';' || ch == ':' || ch == '!' || ch == '?')) {
            /* "Quoi?" -> "Quoi ?" (but not 10:30, ?! or a smiley). */
            uint32_t nx = q;
            if ((is_word(p) || p == 0xBB || p == 0x201D || p == ')' || p == 0x2026) &&
                !is_word(nx) && nx != '/' && nx != ')' && nx != '(')
                emit(c, NNBSP);
            buf_add(&c->out, c->s + i, 1);
            i++;
            continue;
        }
        if (L->fr && ch == 0xC2 && i + 1 < end && (unsigned char)c->s[i + 1] == 0xAB) {
            emit(c, "\xC2\xAB");
            i = fr_after_open(c, i + 2, end);
            continue;
        }
        if (L->fr && ch == 0xC2 && i + 1 < end && (unsigned char)c->s[i + 1] == 0xBB) {
            if (!is_space(p) || out_ends_with(c, " ") || out_ends_with(c, NBSP))
                fr_before_close(c, p);
            emit(c, "\xC2\xBB");
            i += 2;
            continue;
        }
        if (ch == 0xC2 && i + 1 < end && (unsigned char)c->s[i + 1] == 0xA0 && !c->prot[i] &&
            loose_tie(c, i)) {
            emit(c, " ");
            i += 2;
            continue;
        }
        buf_add(&c->out, c->s + i, 1);
        i++;
    }
}

/* Run the rules over s[0..n) laid out from `segs`, writing each edited
 * node's text back. */
static void
smart_run(sm_ctx *c, sm_seg *segs, size_t n_segs)
{
    c->prot = arena_alloc(c->a, c->n + 1);
    for (size_t k = 0; k < n_segs; k++) {
        if (!segs[k].node)
            memset(c->prot + segs[k].start, 1, segs[k].end - segs[k].start);
        else
            protect_tokens(c, segs[k].start, segs[k].end);
    }
    c->dq = c->sq = 0;
    c->carry = CP_START;
    for (size_t k = 0; k < n_segs; k++) {
        sm_seg *g = &segs[k];
        if (!g->node) {
            if (g->end > g->start)
                c->carry = cp_before(c->s, c->n, g->end);
            continue;
        }
        buf_clear(&c->out);
        smart_segment(c, g->start, g->end);
        if (c->out.len)
            c->carry = out_last(c);
        size_t len = c->out.len;
        if (len != g->end - g->start || (len && memcmp(c->out.data, c->s + g->start, len) != 0)) {
            g->node->text = arena_strndup(c->a, c->out.data ? c->out.data : "", len);
            g->node->len = len;
        }
    }
}

typedef struct sm_layout {
    buf text;
    sm_seg *segs;
    size_t n, cap;
} sm_layout;

static void
layout_add(sm_layout *l, doc_node *node, const char *s, size_t len)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->segs = xrealloc(l->segs, l->cap * sizeof(*l->segs));
    }
    sm_seg *g = &l->segs[l->n++];
    g->node = node;
    g->start = l->text.len;
    buf_add(&l->text, s, len);
    g->end = l->text.len;
}

/* Lay out the inlines of one block and smarten them. */
static void
smart_context(sm_ctx *c, doc_node *block, sm_layout *l)
{
    buf_clear(&l->text);
    l->n = 0;
    bool any = false;
    for (doc_node *k = block->first_child; k; k = k->next) {
        if (doc_is_block(k->type))
            continue;
        doc_iter it;
        doc_node *x;
        doc_event ev;
        doc_iter_init(&it, k);
        while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE) {
            if (ev != DOC_EV_ENTER)
                continue;
            switch (x->type) {
            case DOC_TEXT:
                if (x->flags & DOC_F_NOSMART) {
                    layout_add(l, NULL, "\xEF\xBF\xBC", 3);
                } else if (x->text) {
                    layout_add(l, x, x->text, x->len);
                    any = true;
                }
                break;
            case DOC_BREAK: layout_add(l, NULL, "\n", 1); break;
            case DOC_CODE:
            case DOC_IMAGE:
            case DOC_NOTE_REF:
                layout_add(l, NULL, "\xEF\xBF\xBC", 3);
                doc_iter_skip(&it);
                break;
            default:
                if (x->flags & DOC_F_NOSMART) { /* held apart, as text is: a formula */
                    layout_add(l, NULL, "\xEF\xBF\xBC", 3);
                    doc_iter_skip(&it);
                }
                break;
            }
        }
    }
    if (!any)
        return;
    c->s = l->text.data;
    c->n = l->text.len;
    smart_run(c, l->segs, l->n);
}

char *
tf_smart_string(arena *a, const char *s, size_t len, const char *lang, size_t *out_len)
{
    sm_ctx c = {.a = a, .L = lang_of(lang), .s = s, .n = len};
    buf_init(&c.out, 0);
    doc_node tmp;
    memset(&tmp, 0, sizeof(tmp));
    tmp.type = DOC_TEXT;
    tmp.text = s;
    tmp.len = len;
    sm_seg seg = {&tmp, 0, len};
    smart_run(&c, &seg, 1);
    buf_cleanup(&c.out);
    if (out_len)
        *out_len = tmp.len;
    return tmp.text == s ? arena_strndup(a, s, len) : (char *)tmp.text;
}

static const char *
smart_meta(arena *a, const char *s, const char *lang)
{
    return s ? tf_smart_string(a, s, strlen(s), lang, NULL) : NULL;
}

void
tf_smart_article(arena *a, doc_node *article, const char *lang)
{
    if (!article || (article->flags & DOC_F_SMARTENED))
        return;
    doc_meta *m = article->as.article.meta;
    if (!lang)
        lang = m && m->language ? m->language : "en";
    sm_ctx c = {.a = a, .L = lang_of(lang)};
    buf_init(&c.out, 0);
    sm_layout l = {0};
    buf_init(&l.text, 0);
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || !doc_is_block(n->type))
            continue;
        if (n->type == DOC_CODE_BLOCK || (n->flags & DOC_F_NOSMART)) {
            doc_iter_skip(&it);
            continue;
        }
        for (doc_node *k = n->first_child; k; k = k->next)
            if (!doc_is_block(k->type)) {
                smart_context(&c, n, &l);
                break;
            }
    }
    if (m) {
        m->title = smart_meta(a, m->title, lang);
        m->subtitle = smart_meta(a, m->subtitle, lang);
        m->description = smart_meta(a, m->description, lang);
    }
    article->flags |= DOC_F_SMARTENED;
    free(l.segs);
    buf_cleanup(&l.text);
    buf_cleanup(&c.out);
}
